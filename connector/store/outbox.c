#include "outbox.h"
#include "outbox_priv.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <sqlite3.h>

#include "beweegbrug.h"
#include "identity.h"
#include "seal.h"
#include "util/strutil.h"


static const char schema[] =
	"CREATE TABLE IF NOT EXISTS outbox ("
	" row INTEGER PRIMARY KEY,"
	" msg_id TEXT NOT NULL UNIQUE,"
	" destination TEXT NOT NULL,"
	" content_type TEXT NOT NULL,"
	" state INTEGER NOT NULL DEFAULT 0,"
	" attempts INTEGER NOT NULL DEFAULT 0,"
	" next_attempt_at INTEGER NOT NULL,"
	" lease_until INTEGER NOT NULL DEFAULT 0,"
	" last_error TEXT,"
	" created_at INTEGER NOT NULL,"
	" payload BLOB NOT NULL,"
	" referral_id TEXT);"
	"CREATE INDEX IF NOT EXISTS outbox_due ON outbox(state, next_attempt_at);"
	/* what destination adapters keep between runs (polling cursors) */
	"CREATE TABLE IF NOT EXISTS adapter_state ("
	" destination TEXT NOT NULL,"
	" key TEXT NOT NULL,"
	" value TEXT NOT NULL,"
	" updated_at INTEGER NOT NULL,"
	" PRIMARY KEY (destination, key));";

/* What the system said under an I/O error ("No space left on device"), or "". */
static const char *system_why(outbox *ob, char buf[128])
{
	int e = sqlite3_system_errno(ob->db);

	buf[0] = '\0';
	if (e && (sqlite3_errcode(ob->db) & 0xff) != SQLITE_CORRUPT)
		snprintf(buf, 128, " (%s)", strerror(e));
	return buf;
}

int outbox_db_problem(outbox *ob, diag_list *d, const char *what)
{
	int code = store_status(sqlite3_errcode(ob->db));
	char sys[128];

	if (code == BB_ECORRUPT)
		return diag_add(d, code, ob->path, 0, NULL, "%s: the outbox database is damaged (%s);"
				" restore it from a backup", what, sqlite3_errmsg(ob->db));
	return diag_add(d, code, ob->path, 0, NULL, "%s: %s%s", what, sqlite3_errmsg(ob->db),
			system_why(ob, sys));
}

int outbox_exec(outbox *ob, const char *sql, diag_list *d)
{
	char *err = NULL, sys[128];
	int rc = sqlite3_exec(ob->db, sql, NULL, NULL, &err);

	if (rc != SQLITE_OK) {
		int code = store_status(sqlite3_errcode(ob->db));
		diag_add(d, code, ob->path, 0, NULL, "%s%s", err ? err : "database error",
			 code == BB_ECORRUPT ? ": the outbox database is damaged; restore it from a backup"
					     : system_why(ob, sys));
		sqlite3_free(err);
		return code;
	}
	return BB_OK;
}

static void apply_policy_defaults(outbox_policy *p)
{
	if (!p->max_attempts)
		p->max_attempts = 12;
	if (!p->base_delay)
		p->base_delay = 30;
	if (!p->max_delay)
		p->max_delay = 3600;
	if (!p->lease)
		p->lease = 300;
	if (!p->max_age)
		p->max_age = 7 * 24 * 3600;
}

/*
 * The whole file is read once, page by page (quick_check): a database
 * cut short or overwritten is refused when the store opens, naming the
 * file, rather than failing one query at a time later.
 */
static int check_pages(outbox *ob, diag_list *d)
{
	sqlite3_stmt *st = NULL;
	int rc = BB_OK, step;

	if (sqlite3_prepare_v2(ob->db, "PRAGMA quick_check(3)", -1, &st, NULL) != SQLITE_OK)
		return outbox_db_problem(ob, d, "cannot check the outbox");
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *line = (const char *)sqlite3_column_text(st, 0);
		if (line && strcmp(line, "ok") != 0) {
			rc = diag_add(d, BB_ECORRUPT, ob->path, 0, NULL, "the outbox database is damaged"
				      " (%s); restore it from a backup", line);
			goto done;
		}
	}
	if (step != SQLITE_DONE)
		rc = outbox_db_problem(ob, d, "cannot check the outbox");
done:
	sqlite3_finalize(st);
	return rc;
}

/* The tables, a look at every page, and the identity with the key check. */
static int prepare(outbox *ob, const char *key_file, int fresh, const store_mark *mark,
		   const char *mark_path, diag_list *d)
{
	int rc;

	if ((rc = outbox_exec(ob, schema, d)) != BB_OK || (rc = inbox_schema(ob, d)) != BB_OK)
		return rc;
	/* Outboxes made before referral_id existed get the column (harmless if present). */
	sqlite3_exec(ob->db, "ALTER TABLE outbox ADD COLUMN referral_id TEXT", NULL, NULL, NULL);
	if ((rc = check_pages(ob, d)) != BB_OK)
		return rc;
	return store_identity(ob->id, &ob->created, ob->db, ob->path, ob->key,
			      key_file ? key_file : ob->path, fresh, mark, mark_path, d);
}

/*
 * Files that hold message metadata (ids, destinations, AGB codes, states)
 * are for the owner alone. SQLite gives the -wal and -shm files the
 * database's mode, so the database is made 0600 before SQLite sees it; an
 * outbox made looser by an older version is tightened.
 */
static int tighten(const char *path, diag_list *d)
{
	static const char *const suffix[] = { "", "-wal", "-shm", "-journal" };
	size_t i;

	for (i = 0; i < sizeof(suffix) / sizeof(suffix[0]); i++) {
		char *p = str_printf("%s%s", path, suffix[i]);
		struct stat st;

		if (!p)
			return BB_ENOMEM;
		if (lstat(p, &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 077) &&
		    st.st_uid == geteuid() && chmod(p, st.st_mode & 0700) != 0) {
			int rc = diag_add(d, BB_EIO, p, 0, NULL, "cannot make the outbox file private"
					  " (mode %03o): %s", (unsigned)(st.st_mode & 0777),
					  strerror(errno));
			free(p);
			return rc;
		}
		free(p);
	}
	return BB_OK;
}

/*
 * The outbox file as found: a regular file, created (empty, 0600) when
 * missing, and *fresh when it holds nothing yet. Missing or emptied where
 * `mark` says an outbox was made: never start afresh in silence.
 */
static int check_file(int *fresh, const char *path, const store_mark *mark, const char *mark_path,
		      diag_list *d)
{
	struct stat st;
	int exists;

	*fresh = 0;
	exists = lstat(path, &st) == 0;
	if (exists && !S_ISREG(st.st_mode)) {
		return diag_add(d, BB_ECONFIG, path, 0, NULL, "the outbox is not a regular file");
	}
	if (!exists && errno != ENOENT) {
		return diag_add(d, BB_EIO, path, 0, NULL, "cannot open the outbox: %s", strerror(errno));
	}
	/* Missing or emptied where an outbox was made: never start afresh in silence. */
	if (mark && (!exists || st.st_size == 0)) {
		char when[32];
		store_date(when, mark->created);
		return diag_add(d, BB_ECORRUPT, path, 0, NULL,
				"the outbox is %s, but %s says outbox %s was made here on %s: it was"
				" deleted, truncated or replaced, and the messages queued in it are"
				" gone. Restore it from a backup; to start a new, empty outbox on"
				" purpose, remove %s", exists ? "empty (0 bytes)" : "missing", mark_path,
				mark->id, when, mark_path);
	}
	if (!exists) {
		int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
		if (fd < 0 && errno != EEXIST)
			return diag_add(d, BB_EIO, path, 0, NULL, "cannot create the outbox: %s",
					strerror(errno));
		if (fd >= 0)
			close(fd);
		*fresh = 1;
	} else if (st.st_size == 0) {
		*fresh = 1;   /* made by a process that had not got further, or by hand */
	}
	return BB_OK;
}

/*
 * SQLite on the file, in WAL with FULL: a committed enqueue is on disk when
 * it returns (NORMAL would lose it on power loss). The journal mode is
 * checked, because SQLite silently keeps another mode where WAL is
 * impossible.
 */
static int open_wal(outbox *ob, const char *path, diag_list *d)
{
	int rc;

	if (sqlite3_open_v2(path, &ob->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) !=
	    SQLITE_OK) {
		return outbox_db_problem(ob, d, "cannot open the outbox");
	}
	sqlite3_busy_timeout(ob->db, 10000);
	if ((rc = outbox_exec(ob, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", d)) != BB_OK)
		return rc;
	{
		sqlite3_stmt *q;
		int wal = 0;
		if (sqlite3_prepare_v2(ob->db, "PRAGMA journal_mode", -1, &q, NULL) == SQLITE_OK &&
		    sqlite3_step(q) == SQLITE_ROW)
			wal = strcmp((const char *)sqlite3_column_text(q, 0), "wal") == 0;
		sqlite3_finalize(q);
		if (!wal)
			return diag_add(d, BB_EIO, path, 0, NULL,
					"the outbox cannot use write-ahead logging here (a network share?)");
	}
	return BB_OK;
}

int outbox_open(outbox **out, const char *path, const char *key_file,
		const outbox_policy *policy, diag_list *d)
{
	store_mark mark;
	outbox *ob;
	char *mark_path = NULL;
	int rc, fresh = 0, have_mark;

	*out = NULL;
	ob = calloc(1, sizeof(*ob));
	if (!ob || !(ob->path = strdup(path)) || !(mark_path = str_printf("%s.id", path))) {
		if (ob)
			free(ob->path);
		free(ob);
		return BB_ENOMEM;
	}
	if (policy)
		ob->policy = *policy;
	apply_policy_defaults(&ob->policy);
	if ((rc = seal_load_key(ob->key, key_file, d)) != BB_OK)
		goto fail;
	rc = store_mark_read(&mark, mark_path, ob->key, key_file, d);
	if (rc != BB_OK && rc != BB_ENOTFOUND)
		goto fail;
	have_mark = rc == BB_OK;
	if ((rc = check_file(&fresh, path, have_mark ? &mark : NULL, mark_path, d)) != BB_OK)
		goto fail;
	if ((rc = tighten(path, d)) != BB_OK)
		goto fail;
	if ((rc = open_wal(ob, path, d)) != BB_OK)
		goto fail;
	if ((rc = prepare(ob, key_file, fresh, have_mark ? &mark : NULL, mark_path, d)) != BB_OK)
		goto fail;
	if ((rc = tighten(path, d)) != BB_OK)
		goto fail;
	if (!have_mark) {
		store_mark made;
		memcpy(made.id, ob->id, sizeof(made.id));
		made.created = ob->created;
		if ((rc = store_mark_write(&made, mark_path, ob->key, d)) != BB_OK)
			goto fail;
	}
	free(mark_path);
	*out = ob;
	return BB_OK;
fail:
	free(mark_path);
	outbox_close(ob);
	return rc;
}

int outbox_open_db(outbox **out, sqlite3 *db, const char *name,
		   const unsigned char key[SEAL_KEY_LEN], diag_list *d)
{
	outbox *ob;
	int rc;

	*out = NULL;
	ob = calloc(1, sizeof(*ob));
	if (!ob || !(ob->path = strdup(name))) {
		free(ob);
		sqlite3_close(db);
		return BB_ENOMEM;
	}
	ob->db = db;
	memcpy(ob->key, key, SEAL_KEY_LEN);
	apply_policy_defaults(&ob->policy);
	if ((rc = prepare(ob, NULL, 1, NULL, NULL, d)) != BB_OK) {
		outbox_close(ob);
		return rc;
	}
	*out = ob;
	return BB_OK;
}

const char *outbox_id(const outbox *ob)
{
	return ob->id;
}

void outbox_close(outbox *ob)
{
	if (!ob)
		return;
	outbox_stmts_free(ob);
	sqlite3_close(ob->db);
	OPENSSL_cleanse(ob->key, sizeof(ob->key));
	free(ob->path);
	free(ob);
}

/* The associated data binds a payload to its message and destination. */
char *outbox_aad_of(const char *msg_id, const char *destination, size_t *len)
{
	char *aad = str_printf("%s\n%s", msg_id, destination);

	*len = aad ? strlen(aad) : 0;
	return aad;
}

int outbox_enqueue(outbox *ob, const char *msg_id, const char *destination,
		   const char *referral_id, const char *content_type, const void *payload,
		   size_t len, int64_t now, diag_list *d)
{
	sqlite3_stmt *st = NULL;
	unsigned char *sealed;
	size_t aad_len;
	char *aad;
	int rc = BB_OK;

	if (!msg_id || !destination || !content_type || (!payload && len))
		return diag_add(d, BB_EINVAL, ob->path, 0, NULL, "enqueue: missing argument");
	sealed = malloc(len + SEAL_OVERHEAD);
	aad = outbox_aad_of(msg_id, destination, &aad_len);
	if (!sealed || !aad) {
		free(sealed);
		free(aad);
		return BB_ENOMEM;
	}
	if (seal_encrypt(ob->key, aad, aad_len, payload ? payload : "", len, sealed) != 0) {
		rc = diag_add(d, BB_ERROR, ob->path, 0, NULL, "cannot encrypt the payload");
		goto out;
	}
	/* The same message again is not a second message: the receiver gets it once. */
	if (sqlite3_prepare_v2(ob->db,
			       "INSERT OR IGNORE INTO outbox(msg_id, destination, content_type,"
			       " next_attempt_at, created_at, payload, referral_id)"
			       " VALUES (?,?,?,?,?,?,?)",
			       -1, &st, NULL) != SQLITE_OK) {
		rc = outbox_db_problem(ob, d, "cannot store the message");
		goto out;
	}
	sqlite3_bind_text(st, 1, msg_id, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, destination, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, content_type, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, now);
	sqlite3_bind_int64(st, 5, now);
	sqlite3_bind_blob(st, 6, sealed, (int)(len + SEAL_OVERHEAD), SQLITE_STATIC);
	if (referral_id)
		sqlite3_bind_text(st, 7, referral_id, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		rc = outbox_db_problem(ob, d, "cannot store the message");
out:
	sqlite3_finalize(st);
	OPENSSL_cleanse(sealed, len + SEAL_OVERHEAD);
	free(sealed);
	free(aad);
	return rc;
}

void outbox_item_free(outbox_item *item)
{
	if (!item)
		return;
	free(item->msg_id);
	free(item->destination);
	free(item->content_type);
	free(item->referral_id);
	if (item->payload)
		OPENSSL_cleanse(item->payload, item->len);
	free(item->payload);
	memset(item, 0, sizeof(*item));
}

static int update_row(outbox *ob, const char *sql, int64_t row, int64_t a, const char *text,
		      diag_list *d);

/* A text column as a copy; NULL when it is NULL or not text (a damaged row). */
static char *text_col(sqlite3_stmt *st, int i, int *nomem)
{
	char *s;

	if (sqlite3_column_type(st, i) != SQLITE_TEXT)
		return NULL;
	s = str_dup((const char *)sqlite3_column_text(st, i));
	if (!s)
		*nomem = 1;
	return s;
}

/*
 * Read the claimed row into *item. NULL when it is whole; else why it
 * cannot be delivered (static text). *rc is set on out-of-memory.
 */
static const char *decode_row(outbox *ob, sqlite3_stmt *st, outbox_item *item, int *rc)
{
	const unsigned char *blob;
	size_t blen, aad_len = 0;
	char *aad;
	int nomem = 0, bad;

	item->row = sqlite3_column_int64(st, 0);
	item->msg_id = text_col(st, 1, &nomem);
	item->destination = text_col(st, 2, &nomem);
	item->content_type = text_col(st, 3, &nomem);
	item->attempts = (unsigned)sqlite3_column_int(st, 4);
	item->referral_id = text_col(st, 6, &nomem);
	item->created_at = sqlite3_column_int64(st, 7);
	if (nomem) {
		*rc = BB_ENOMEM;
		return NULL;
	}
	if (!item->msg_id || !*item->msg_id)
		return "its message id is missing";
	if (!item->destination || !*item->destination)
		return "its destination is missing";
	if (!item->content_type)
		return "its content type is missing";
	if (sqlite3_column_type(st, 5) != SQLITE_BLOB)
		return "its payload is not a sealed message";
	blob = sqlite3_column_blob(st, 5);
	blen = (size_t)sqlite3_column_bytes(st, 5);
	if (blen < SEAL_OVERHEAD)
		return "its payload is too short to be a sealed message";
	aad = outbox_aad_of(item->msg_id, item->destination, &aad_len);
	item->payload = malloc(blen - SEAL_OVERHEAD + 1);
	if (!aad || !item->payload) {
		free(aad);
		*rc = BB_ENOMEM;
		return NULL;
	}
	item->len = blen - SEAL_OVERHEAD;
	/*
	 * The key was checked when the outbox opened (identity.c), so a
	 * payload that does not authenticate was changed or damaged on disk,
	 * or moved from another row: it is this message's problem alone.
	 */
	bad = seal_decrypt(ob->key, aad, aad_len, blob, blen, item->payload) != 0;
	free(aad);
	if (bad) {
		OPENSSL_cleanse(item->payload, item->len);
		free(item->payload);
		item->payload = NULL;
		item->len = 0;
		return "it cannot be decrypted: the stored message was altered or damaged"
		       " (AES-GCM authentication failed)";
	}
	item->payload[item->len] = '\0';
	return NULL;
}

int outbox_claim(outbox *ob, const char *destination, int64_t now, outbox_item *item,
		 diag_list *d)
{
	sqlite3_stmt *st = NULL;
	const char *why = NULL;
	int rc = BB_OK, step;

	memset(item, 0, sizeof(*item));
	/* Claiming is a read and a write that must not interleave with another sender. */
	if ((rc = outbox_exec(ob, "BEGIN IMMEDIATE", d)) != BB_OK)
		return rc;
	if (sqlite3_prepare_v2(ob->db,
			       "SELECT row, msg_id, destination, content_type, attempts, payload,"
			       " referral_id, created_at FROM outbox WHERE state = 0 AND next_attempt_at <= ?1"
			       " AND lease_until <= ?1 AND (?2 IS NULL OR destination = ?2)"
			       " ORDER BY next_attempt_at, row LIMIT 1", -1, &st, NULL) != SQLITE_OK) {
		rc = outbox_db_problem(ob, d, "cannot read the outbox");
		goto out;
	}
	sqlite3_bind_int64(st, 1, now);
	if (destination)
		sqlite3_bind_text(st, 2, destination, -1, SQLITE_STATIC);
	step = sqlite3_step(st);
	if (step == SQLITE_DONE) {
		rc = BB_ENOTFOUND;
		goto out;
	}
	if (step != SQLITE_ROW) {
		rc = outbox_db_problem(ob, d, "cannot read the outbox");
		goto out;
	}
	why = decode_row(ob, st, item, &rc);
	if (rc != BB_OK)
		goto out;
	sqlite3_finalize(st);
	st = NULL;
	if (why) {
		/*
		 * A poisoned row is given up on here, in the same transaction, so
		 * the messages queued after it go on; the caller hears which one
		 * and why (BB_ECORRUPT with the row) and tells the HIS.
		 */
		char *reason = str_printf("message damaged in the outbox: %s", why);
		if (!reason) {
			rc = BB_ENOMEM;
			goto out;
		}
		rc = update_row(ob, "UPDATE outbox SET state = 2, lease_until = ?1, last_error = ?2"
				    " WHERE row = ?3", item->row, 0, reason, d);
		free(reason);
		item->damage = why;
		if (rc != BB_OK)
			goto out;
		rc = diag_add(d, BB_ECORRUPT, ob->path, 0, NULL, "message %s (row %lld) is given up on: %s",
			      item->msg_id && *item->msg_id ? item->msg_id : "(no id)",
			      (long long)item->row, why);
		goto out;
	}
	if (sqlite3_prepare_v2(ob->db, "UPDATE outbox SET lease_until = ? WHERE row = ?", -1, &st,
			       NULL) != SQLITE_OK) {
		rc = outbox_db_problem(ob, d, "cannot claim the message");
		goto out;
	}
	sqlite3_bind_int64(st, 1, now + ob->policy.lease);
	sqlite3_bind_int64(st, 2, item->row);
	if (sqlite3_step(st) != SQLITE_DONE)
		rc = outbox_db_problem(ob, d, "cannot claim the message");
out:
	sqlite3_finalize(st);
	if (why && rc == BB_ECORRUPT) {
		/* the dead letter is committed; the item says which message it was */
		if (outbox_exec(ob, "COMMIT", d) != BB_OK) {
			outbox_exec(ob, "ROLLBACK", NULL);
			outbox_item_free(item);
			return BB_EIO;
		}
		return BB_ECORRUPT;
	}
	if (rc != BB_OK)
		outbox_exec(ob, "ROLLBACK", d);
	else
		rc = outbox_exec(ob, "COMMIT", d);
	if (rc != BB_OK)
		outbox_item_free(item);
	return rc;
}

unsigned outbox_backoff(const outbox_policy *p, unsigned attempt)
{
	unsigned delay = p->base_delay;

	while (attempt-- > 1 && delay < p->max_delay)
		delay = delay > p->max_delay / 2 ? p->max_delay : delay * 2;
	return delay < p->max_delay ? delay : p->max_delay;
}

static int update_row(outbox *ob, const char *sql, int64_t row, int64_t a, const char *text,
		      diag_list *d)
{
	sqlite3_stmt *st = NULL;
	int rc = BB_OK;

	if (sqlite3_prepare_v2(ob->db, sql, -1, &st, NULL) != SQLITE_OK)
		return outbox_db_problem(ob, d, "cannot update the outbox");
	sqlite3_bind_int64(st, 1, a);
	if (text)
		sqlite3_bind_text(st, 2, text, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, 2);
	sqlite3_bind_int64(st, 3, row);
	if (sqlite3_step(st) != SQLITE_DONE)
		rc = outbox_db_problem(ob, d, "cannot update the outbox");
	else if (sqlite3_changes(ob->db) != 1)
		rc = diag_add(d, BB_ENOTFOUND, ob->path, 0, NULL, "no outbox row %lld",
			      (long long)row);
	sqlite3_finalize(st);
	return rc;
}

int outbox_delivered(outbox *ob, int64_t row, int64_t now, diag_list *d)
{
	(void)now;
	return update_row(ob, "UPDATE outbox SET state = 1, lease_until = ?1, last_error = ?2"
			      " WHERE row = ?3", row, 0, NULL, d);
}

int outbox_failed(outbox *ob, int64_t row, int fatal, const char *reason, int64_t now,
		  int *dead, diag_list *d)
{
	sqlite3_stmt *st = NULL;
	unsigned attempts = 0, delay, jitter = 0;
	int64_t created = now;
	int rc, give_up, found = 0;

	if (sqlite3_prepare_v2(ob->db, "SELECT attempts, created_at FROM outbox WHERE row = ?", -1,
			       &st, NULL) != SQLITE_OK)
		return outbox_db_problem(ob, d, "cannot read the outbox");
	sqlite3_bind_int64(st, 1, row);
	if (sqlite3_step(st) == SQLITE_ROW) {
		int before = sqlite3_column_int(st, 0);
		/* a count below zero (an altered row) does not buy extra attempts */
		attempts = before < 0 ? 1 : (unsigned)before + 1;
		created = sqlite3_column_int64(st, 1);
		found = 1;
	}
	sqlite3_finalize(st);
	if (!found)
		return diag_add(d, BB_ENOTFOUND, ob->path, 0, NULL, "no outbox row %lld", (long long)row);
	/*
	 * A referral that could not be delivered in max_age is stale for the
	 * receiver. (Compared so that no subtraction can overflow, whatever
	 * created_at a damaged or altered row holds: found by fuzzing.)
	 */
	give_up = fatal || attempts >= ob->policy.max_attempts ||
		  created <= now - (int64_t)ob->policy.max_age;
	if (dead)
		*dead = give_up;
	if (give_up)
		return update_row(ob, "UPDATE outbox SET state = 2, attempts = attempts + 1,"
				      " lease_until = ?1, last_error = ?2 WHERE row = ?3",
				  row, 0, reason, d);
	/* Jitter (up to a quarter of the delay) keeps many senders from retrying in step. */
	delay = outbox_backoff(&ob->policy, attempts);
	if (delay >= 4 && RAND_bytes((unsigned char *)&jitter, sizeof(jitter)) == 1)
		jitter %= delay / 4;
	rc = update_row(ob, "UPDATE outbox SET attempts = attempts + 1, lease_until = 0,"
			    " next_attempt_at = ?1, last_error = ?2 WHERE row = ?3",
			row, now + delay + jitter, reason, d);
	return rc;
}

int outbox_count(outbox *ob, outbox_state state, size_t *count, diag_list *d)
{
	sqlite3_stmt *st = NULL;
	int rc = BB_OK;

	*count = 0;
	if (sqlite3_prepare_v2(ob->db, "SELECT count(*) FROM outbox WHERE state = ?", -1, &st,
			       NULL) != SQLITE_OK)
		return outbox_db_problem(ob, d, "cannot read the outbox");
	sqlite3_bind_int(st, 1, (int)state);
	if (sqlite3_step(st) == SQLITE_ROW)
		*count = (size_t)sqlite3_column_int64(st, 0);
	else
		rc = outbox_db_problem(ob, d, "cannot read the outbox");
	sqlite3_finalize(st);
	return rc;
}

int outbox_postpone(outbox *ob, int64_t row, int64_t until, diag_list *d)
{
	return update_row(ob, "UPDATE outbox SET next_attempt_at = ?1, lease_until = 0,"
			      " last_error = coalesce(?2, last_error) WHERE row = ?3",
			  row, until, NULL, d);
}

int outbox_next_due(outbox *ob, int64_t *when, diag_list *d)
{
	sqlite3_stmt *st = NULL;
	int rc = BB_ENOTFOUND;

	if (sqlite3_prepare_v2(ob->db, "SELECT min(max(next_attempt_at, lease_until)) FROM outbox"
			       " WHERE state = 0", -1, &st, NULL) != SQLITE_OK)
		return outbox_db_problem(ob, d, "cannot read the outbox");
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL) {
		*when = sqlite3_column_int64(st, 0);
		rc = BB_OK;
	}
	sqlite3_finalize(st);
	return rc;
}

/* ---- transactions for group commit ------------------------------------ */

int outbox_begin(outbox *ob, diag_list *d)
{
	return outbox_exec(ob, "BEGIN IMMEDIATE", d);
}

int outbox_end(outbox *ob, int commit, diag_list *d)
{
	return outbox_exec(ob, commit ? "COMMIT" : "ROLLBACK", d);
}

int outbox_savepoint(outbox *ob, int op, diag_list *d)
{
	static const char *const sql[] = { "SAVEPOINT item", "RELEASE item",
					   "ROLLBACK TO item; RELEASE item" };
	return outbox_exec(ob, sql[op], d);
}

/* ---- adapter state ---------------------------------------------------- */

int outbox_state_get(outbox *ob, const char *destination, const char *key, char **value,
		     diag_list *d)
{
	sqlite3_stmt *st = NULL;
	int rc = BB_ENOTFOUND, step;

	*value = NULL;
	if (sqlite3_prepare_v2(ob->db, "SELECT value FROM adapter_state WHERE destination = ?"
			       " AND key = ?", -1, &st, NULL) != SQLITE_OK)
		return outbox_db_problem(ob, d, "cannot read adapter state");
	sqlite3_bind_text(st, 1, destination, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, key, -1, SQLITE_STATIC);
	step = sqlite3_step(st);
	if (step == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_TEXT) {
		rc = diag_add(d, BB_ECORRUPT, ob->path, 0, NULL,
			      "adapter state %s of %s is damaged in the outbox", key, destination);
	} else if (step == SQLITE_ROW) {
		*value = str_dup((const char *)sqlite3_column_text(st, 0));
		rc = *value ? BB_OK : BB_ENOMEM;
	} else if (step != SQLITE_DONE) {
		rc = outbox_db_problem(ob, d, "cannot read adapter state");
	}
	sqlite3_finalize(st);
	return rc;
}

int outbox_state_put(outbox *ob, const char *destination, const char *key, const char *value,
		     int64_t now, diag_list *d)
{
	sqlite3_stmt *st = NULL;
	int rc = BB_OK;

	if (sqlite3_prepare_v2(ob->db, "INSERT INTO adapter_state(destination, key, value,"
			       " updated_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT(destination, key)"
			       " DO UPDATE SET value = ?3, updated_at = ?4", -1, &st, NULL) != SQLITE_OK)
		return outbox_db_problem(ob, d, "cannot store adapter state");
	sqlite3_bind_text(st, 1, destination, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, value, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, now);
	if (sqlite3_step(st) != SQLITE_DONE)
		rc = outbox_db_problem(ob, d, "cannot store adapter state");
	sqlite3_finalize(st);
	return rc;
}

/* ---- for the operator --------------------------------------------------- */

/* A column that is always there; "" when a damaged row lacks it. */
static const char *required(sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);

	return s ? s : "";
}

static void row_of(sqlite3_stmt *st, outbox_row *r)
{
	int state = sqlite3_column_int(st, 5);

	r->row = sqlite3_column_int64(st, 0);
	r->msg_id = required(st, 1);
	r->destination = required(st, 2);
	r->referral_id = (const char *)sqlite3_column_text(st, 3);
	r->content_type = required(st, 4);
	/* an unknown state is shown as given up: it is not going anywhere */
	r->state = state >= OUTBOX_PENDING && state <= OUTBOX_DEAD ? (outbox_state)state : OUTBOX_DEAD;
	r->attempts = (unsigned)sqlite3_column_int(st, 6);
	r->created_at = sqlite3_column_int64(st, 7);
	r->next_attempt_at = sqlite3_column_int64(st, 8);
	r->last_error = (const char *)sqlite3_column_text(st, 9);
	r->size = (size_t)sqlite3_column_int64(st, 10);
	if (r->size >= SEAL_OVERHEAD)
		r->size -= SEAL_OVERHEAD;
}

#define ROW_COLUMNS "row, msg_id, destination, referral_id, content_type, state, attempts," \
		    " created_at, next_attempt_at, last_error, length(payload)"

int outbox_list(outbox *ob, int state, outbox_row_cb cb, void *payload, diag_list *d)
{
	sqlite3_stmt *st = NULL;
	outbox_row r;
	int rc = BB_OK, step;

	if (sqlite3_prepare_v2(ob->db, "SELECT " ROW_COLUMNS " FROM outbox"
			       " WHERE ?1 < 0 OR state = ?1 ORDER BY row", -1, &st, NULL) != SQLITE_OK)
		return outbox_db_problem(ob, d, "cannot read the outbox");
	sqlite3_bind_int(st, 1, state);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		row_of(st, &r);
		if ((rc = cb(&r, payload)) != 0)
			break;
	}
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		rc = outbox_db_problem(ob, d, "cannot read the outbox");
	sqlite3_finalize(st);
	return rc;
}

int outbox_show(outbox *ob, const char *msg_id, outbox_row_cb cb, void *payload,
		unsigned char **body, size_t *len, diag_list *d)
{
	sqlite3_stmt *st = NULL;
	const unsigned char *blob;
	size_t blen, aad_len = 0;
	char *aad = NULL;
	outbox_row r;
	int rc = BB_OK, step;

	*body = NULL;
	*len = 0;
	if (sqlite3_prepare_v2(ob->db, "SELECT " ROW_COLUMNS ", payload FROM outbox"
			       " WHERE msg_id = ?", -1, &st, NULL) != SQLITE_OK)
		return outbox_db_problem(ob, d, "cannot read the outbox");
	sqlite3_bind_text(st, 1, msg_id, -1, SQLITE_STATIC);
	step = sqlite3_step(st);
	if (step != SQLITE_ROW) {
		rc = step == SQLITE_DONE ? diag_add(d, BB_ENOTFOUND, ob->path, 0, NULL,
						    "no message %s in the outbox", msg_id)
					 : outbox_db_problem(ob, d, "cannot read the outbox");
		goto out;
	}
	row_of(st, &r);
	blob = sqlite3_column_blob(st, 11);
	blen = (size_t)sqlite3_column_bytes(st, 11);
	if (sqlite3_column_type(st, 11) != SQLITE_BLOB || blen < SEAL_OVERHEAD) {
		rc = diag_add(d, BB_ECORRUPT, ob->path, 0, NULL,
			      "message %s is damaged in the outbox: its payload is not a sealed message",
			      msg_id);
		goto out;
	}
	aad = outbox_aad_of(r.msg_id, r.destination, &aad_len);
	if (!aad || !(*body = malloc(blen - SEAL_OVERHEAD + 1))) {
		rc = BB_ENOMEM;
		goto out;
	}
	*len = blen - SEAL_OVERHEAD;
	if (seal_decrypt(ob->key, aad, aad_len, blob, blen, *body) != 0) {
		rc = diag_add(d, BB_ECORRUPT, ob->path, 0, NULL,
			      "message %s cannot be decrypted: the stored message was altered or"
			      " damaged (the key was checked when the outbox opened)", msg_id);
		goto out;
	}
	(*body)[*len] = '\0';
	if (cb)
		rc = cb(&r, payload);
out:
	if (rc != BB_OK && *body) {
		OPENSSL_cleanse(*body, *len);
		free(*body);
		*body = NULL;
		*len = 0;
	}
	sqlite3_finalize(st);
	free(aad);
	return rc;
}

int outbox_retry(outbox *ob, const char *msg_id, int64_t now, size_t *count, diag_list *d)
{
	sqlite3_stmt *st = NULL;
	int rc = BB_OK;

	*count = 0;
	/* Only given-up or waiting messages: a delivered one is never sent twice. */
	if (sqlite3_prepare_v2(ob->db, "UPDATE outbox SET state = 0, attempts = 0, lease_until = 0,"
			       " next_attempt_at = ?1, created_at = CASE WHEN state = 2 THEN ?1"
			       " ELSE created_at END WHERE state IN (0, 2) AND"
			       " (?2 IS NULL OR msg_id = ?2) AND (?2 IS NOT NULL OR state = 2)",
			       -1, &st, NULL) != SQLITE_OK)
		return outbox_db_problem(ob, d, "cannot update the outbox");
	sqlite3_bind_int64(st, 1, now);
	if (msg_id)
		sqlite3_bind_text(st, 2, msg_id, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE) {
		rc = outbox_db_problem(ob, d, "cannot update the outbox");
		goto done;
	}
	*count = (size_t)sqlite3_changes(ob->db);
	if (msg_id && !*count)
		rc = diag_add(d, BB_ENOTFOUND, ob->path, 0, NULL,
			      "no waiting or given-up message %s in the outbox", msg_id);
done:
	sqlite3_finalize(st);
	return rc;
}

int outbox_purge(outbox *ob, int state, int64_t before, size_t *count, diag_list *d)
{
	sqlite3_stmt *st = NULL;
	int rc = BB_OK;

	*count = 0;
	if (state != OUTBOX_DELIVERED && state != OUTBOX_DEAD)
		return diag_add(d, BB_EINVAL, ob->path, 0, NULL,
				"only delivered or given-up messages can be purged");
	/* secure_delete: the freed pages are zeroed, not left for a forensic reader */
	if ((rc = outbox_exec(ob, "PRAGMA secure_delete = ON", d)) != BB_OK)
		return rc;
	if (sqlite3_prepare_v2(ob->db, "DELETE FROM outbox WHERE state = ? AND created_at <= ?", -1,
			       &st, NULL) != SQLITE_OK)
		return outbox_db_problem(ob, d, "cannot purge the outbox");
	sqlite3_bind_int(st, 1, state);
	sqlite3_bind_int64(st, 2, before);
	if (sqlite3_step(st) != SQLITE_DONE)
		rc = outbox_db_problem(ob, d, "cannot purge the outbox");
	else
		*count = (size_t)sqlite3_changes(ob->db);
	sqlite3_finalize(st);
	return rc;
}

int outbox_knows_referral(outbox *ob, const char *referral_id, diag_list *d)
{
	sqlite3_stmt *st = NULL;
	int found;

	if (sqlite3_prepare_v2(ob->db, "SELECT 1 FROM outbox WHERE referral_id = ? LIMIT 1", -1, &st,
			       NULL) != SQLITE_OK)
		return outbox_db_problem(ob, d, "cannot read the outbox");
	sqlite3_bind_text(st, 1, referral_id, -1, SQLITE_STATIC);
	found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return found;
}
