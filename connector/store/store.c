/*
 * The store: one database handle, one lock, and transactions that cannot
 * outlive the lock (store.h).
 */
#include "store.h"

#include <stdlib.h>
#include <string.h>

#include "beweegbrug.h"
#include "util/mutex.h"
#include "outbox_priv.h"
#include "util/strutil.h"

struct store_txn {
	store *s;
};

struct store {
	/*
	 * Guards everything below and the database handle. Lock order: the
	 * applier's lock may be held when this one is taken (inbound/apply.c
	 * reads and marks received feedback), and the audit trail's may be
	 * taken while this one is held (a message refused inside the group
	 * commit is audited there: inbound.c, audit_inbound); no other lock is
	 * held with it (mutex.h).
	 */
	mutex lock;
	outbox *ob;                /* NULL until the first successful open */
	char *config_path, *path, *key_file;
	outbox_policy policy;
	unsigned fail_commits;     /* store_test_fail_commits */
	store_txn txn;             /* the one transaction, while the lock is held for it */
};

int store_new(store **out)
{
	store *s = calloc(1, sizeof(*s));

	*out = NULL;
	if (!s)
		return BB_ENOMEM;
	if (mutex_init(&s->lock, LOCK_RANK_STORE, "the store's lock (store/store.c)") != 0) {
		free(s);
		return BB_ERROR;
	}
	s->txn.s = s;
	*out = s;
	return BB_OK;
}

void store_free(store *s)
{
	if (!s)
		return;
	outbox_close(s->ob);
	free(s->config_path);
	free(s->path);
	free(s->key_file);
	mutex_destroy(&s->lock);
	free(s);
}

static int replace(char **slot, const char *value)
{
	char *copy = NULL;

	if (value && !(copy = str_dup(value)))
		return BB_ENOMEM;
	free(*slot);
	*slot = copy;
	return BB_OK;
}

int store_configure(store *s, const char *config_path, const char *path, const char *key_file,
		    const outbox_policy *policy)
{
	int rc;

	mutex_lock(&s->lock);
	if ((rc = replace(&s->config_path, config_path)) != BB_OK ||
	    (rc = replace(&s->path, path)) != BB_OK ||
	    (rc = replace(&s->key_file, key_file)) != BB_OK)
		goto unlock;
	if (policy)
		s->policy = *policy;
	else
		memset(&s->policy, 0, sizeof(s->policy));
unlock:
	mutex_unlock(&s->lock);
	return rc;
}

/* The outbox, opened now if it is not yet. Hold the lock. */
static int opened(store *s, diag_list *d)
{
	if (s->ob)
		return BB_OK;
	if (!s->path || !s->key_file)
		return diag_add(d, BB_ECONFIG, s->config_path, 0, "[connector]",
				"outbox and outbox_key are needed to send");
	return outbox_open(&s->ob, s->path, s->key_file, &s->policy, d);
}

/*
 * Nothing may leave the lock with a transaction open: the next holder
 * would find its statements inside it, and its ROLLBACK would be ours.
 */
static int close_leftover(store *s, int rc, diag_list *d)
{
	if (!s->ob || sqlite3_get_autocommit(s->ob->db))
		return rc;
	sqlite3_exec(s->ob->db, "ROLLBACK", NULL, NULL, NULL);
	if (rc != BB_OK)
		return rc;      /* the caller's own failure explains it */
	return diag_add(d, BB_ERROR, s->ob->path, 0, NULL,
			"internal error: a transaction was left open; it was rolled back");
}

static int with(store *s, int open, store_fn fn, void *arg, diag_list *d)
{
	int rc;

	mutex_lock(&s->lock);
	if (open)
		rc = opened(s, d);
	else
		rc = s->ob ? BB_OK : BB_ENOTFOUND;
	if (rc != BB_OK || !fn)
		goto unlock;
	rc = close_leftover(s, fn(s->ob, arg, d), d);
unlock:
	mutex_unlock(&s->lock);
	return rc;
}

int store_with(store *s, store_fn fn, void *arg, diag_list *d)
{
	return with(s, 1, fn, arg, d);
}

int store_with_open(store *s, store_fn fn, void *arg, diag_list *d)
{
	return with(s, 0, fn, arg, d);
}

int store_txn_begin(store *s, store_txn **txn, diag_list *d)
{
	int rc;

	*txn = NULL;
	mutex_lock(&s->lock);
	if ((rc = opened(s, d)) != BB_OK || (rc = outbox_begin(s->ob, d)) != BB_OK)
		goto fail;
	*txn = &s->txn;
	return BB_OK;   /* the lock is held until store_txn_commit */
fail:
	close_leftover(s, rc, NULL);
	mutex_unlock(&s->lock);
	return rc;
}

outbox *store_txn_outbox(store_txn *txn)
{
	return txn->s->ob;
}

/* The commit hook of store_test_fail_commits: non-zero turns the COMMIT into a ROLLBACK. */
static int refuse_commit(void *arg)
{
	(void)arg;
	return 1;
}

int store_txn_commit(store_txn *txn, diag_list *d)
{
	store *s = txn->s;
	sqlite3 *db = s->ob->db;
	int rc = BB_OK, fail = s->fail_commits > 0;

	if (fail) {
		s->fail_commits--;
		sqlite3_commit_hook(db, refuse_commit, NULL);
	}
	if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		rc = outbox_db_problem(s->ob, d, "cannot commit the transaction; nothing of it is stored");
	if (fail)
		sqlite3_commit_hook(db, NULL, NULL);
	/*
	 * A COMMIT that failed may have left the transaction open (SQLITE_BUSY,
	 * a full disk): roll it back while the lock is still ours. After the
	 * unlock the handle may already be in another thread's transaction.
	 */
	close_leftover(s, rc, NULL);
	mutex_unlock(&s->lock);
	return rc;
}

void store_txn_abort(store_txn *txn)
{
	store *s = txn->s;

	close_leftover(s, BB_ERROR, NULL);
	mutex_unlock(&s->lock);
}

void store_test_fail_commits(store *s, unsigned n)
{
	mutex_lock(&s->lock);
	s->fail_commits = n;
	mutex_unlock(&s->lock);
}
