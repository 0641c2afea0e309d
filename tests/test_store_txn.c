/*
 * A failed COMMIT cannot undo another thread's work (issue 17).
 *
 * The store's SQLite handle is shared by every thread of a connector. When
 * a COMMIT fails, its transaction must be rolled back before the store's
 * lock is released: a ROLLBACK issued after the unlock lands in whatever
 * transaction another thread has begun meanwhile, and undoes it (or half of
 * it: what that thread writes after the ROLLBACK is committed statement by
 * statement, and its own COMMIT then fails).
 *
 * Here HIS threads queue messages through the group commit
 * (delivery_enqueue) while other threads write in transactions of their
 * own, and COMMITs are made to fail all along (SQLite's commit hook turns
 * the COMMIT into a ROLLBACK: store_test_fail_commits). Afterwards, with
 * the store reopened: every piece of work whose caller heard BB_OK is
 * there in full, every piece whose caller heard an error is not there at
 * all and the error named the failed commit, and nothing else is there.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <pthread.h>
#include <stdatomic.h>
#include <sys/stat.h>
#include <time.h>

#include "beweegbrug.h"
#include "connector.h"
#include "store/outbox.h"
#include "store/store.h"
#include "testutil.h"

#define SENDERS 4
#define PER_SENDER 60
#define WRITERS 4
#define PER_WRITER 400
#define MSG_ID_MAX 48

typedef struct fx {
	char *dir;
	char conf[700];
	bb_connector *c;
	atomic_int running;           /* threads still working */
} fx;

/* One piece of work and what its caller heard. */
typedef struct unit {
	char id[MSG_ID_MAX];
	int rc;
	int names_commit;             /* the error said the commit failed */
	int misuse;                   /* the error was a symptom of a shared handle misused */
} unit;

typedef struct worker {
	fx *f;
	int n;
	unit units[PER_WRITER > PER_SENDER ? PER_WRITER : PER_SENDER];
} worker;

static int setup(void **state)
{
	fx *f = calloc(1, sizeof(*f));
	char key[600], text[1600];

	f->dir = test_tmpdir();
	snprintf(key, sizeof(key), "%s/outbox.key", f->dir);
	test_write_file(key, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n");
	chmod(key, 0600);
	snprintf(text, sizeof(text), "[connector]\noutbox = %s/outbox.db\noutbox_key = %s\n", f->dir,
		 key);
	snprintf(f->conf, sizeof(f->conf), "%s/b.conf", f->dir);
	test_write_file(f->conf, text);
	assert_int_equal(bb_connector_new(&f->c, NULL), BB_OK);
	assert_int_equal(bb_connector_load_config(f->c, f->conf), BB_OK);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fx *f = *state;
	char cmd[800];

	bb_connector_free(f->c);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(f->dir);
	free(f);
	return 0;
}

static void heard(unit *u, int rc, const diag_list *d)
{
	size_t i;

	u->rc = rc;
	for (i = 0; rc != BB_OK && i < d->count; i++) {
		const char *m = d->items[i].message;
		if (strstr(m, "cannot commit the transaction"))
			u->names_commit = 1;
		/* what SQLite says when a transaction was undone or left open under us */
		if (strstr(m, "no transaction is active") || strstr(m, "within a transaction") ||
		    strstr(m, "no such savepoint"))
			u->misuse = 1;
	}
}

/* A HIS thread: messages through the group commit. */
static void *sender(void *arg)
{
	worker *w = arg;
	static const char body[] = "{\"resourceType\":\"Bundle\",\"type\":\"message\"}";
	int i;

	for (i = 0; i < PER_SENDER; i++) {
		diag_list d = DIAG_LIST_INIT;
		unit *u = &w->units[i];

		snprintf(u->id, sizeof(u->id), "msg-%d-%d", w->n, i);
		heard(u, delivery_enqueue(w->f->c, u->id, "gli", u->id, NULL, "application/fhir+json",
					   body, sizeof(body) - 1, NULL, &d), &d);
		diag_free(&d);
	}
	atomic_fetch_sub(&w->f->running, 1);
	return NULL;
}

/* Another store user: two values in one transaction, both or neither. */
static void *writer(void *arg)
{
	worker *w = arg;
	int i;

	for (i = 0; i < PER_WRITER; i++) {
		diag_list d = DIAG_LIST_INIT;
		unit *u = &w->units[i];
		store_txn *txn;
		char key[MSG_ID_MAX + 2];
		int rc;

		snprintf(u->id, sizeof(u->id), "w-%d-%d", w->n, i);
		rc = store_txn_begin(w->f->c->store, &txn, &d);
		if (rc == BB_OK) {
			snprintf(key, sizeof(key), "%s.a", u->id);
			rc = outbox_state_put(store_txn_outbox(txn), "test", key, "1", 1, &d);
			snprintf(key, sizeof(key), "%s.b", u->id);
			if (rc == BB_OK)
				rc = outbox_state_put(store_txn_outbox(txn), "test", key, "1", 1, &d);
			if (rc == BB_OK)
				rc = store_txn_commit(txn, &d);
			else
				store_txn_abort(txn);
		}
		heard(u, rc, &d);
		diag_free(&d);
	}
	atomic_fetch_sub(&w->f->running, 1);
	return NULL;
}

static int count_rows(const bb_outbox_entry *e, void *payload)
{
	(void)e;
	(*(size_t *)payload)++;
	return 0;
}

typedef struct probe {
	const char *key;
	char *value;
} probe;

static int state_get(outbox *ob, void *arg, diag_list *d)
{
	probe *p = arg;

	return outbox_state_get(ob, "test", p->key, &p->value, d);
}

/* 1 when the value is stored, 0 when it is not; fails the test on other errors. */
static int stored_value(bb_connector *c, const char *id, const char *suffix)
{
	diag_list d = DIAG_LIST_INIT;
	char key[MSG_ID_MAX + 2];
	probe p = { key, NULL };
	int rc;

	snprintf(key, sizeof(key), "%s%s", id, suffix);
	rc = store_with(c->store, state_get, &p, &d);
	diag_free(&d);
	free(p.value);
	if (rc != BB_OK && rc != BB_ENOTFOUND)
		fail_msg("reading %s: %s", key, bb_strerror(rc));
	return rc == BB_OK;
}

static void check_unit(const unit *u, int stored, size_t *ok, size_t *failed)
{
	if (u->rc == BB_OK) {
		if (!stored)
			fail_msg("%s: its caller heard BB_OK, but it is not stored", u->id);
		(*ok)++;
		return;
	}
	if (stored)
		fail_msg("%s: its caller heard an error (%s), but it is stored (in part)", u->id,
			 bb_strerror(u->rc));
	if (!u->names_commit)
		fail_msg("%s: the error does not name the failed commit", u->id);
	if (u->misuse)
		fail_msg("%s: the error shows its transaction was undone by another thread", u->id);
	(*failed)++;
}

static void failed_commits_undo_only_their_own_work(void **state)
{
	fx *f = *state;
	worker senders[SENDERS], writers[WRITERS];
	pthread_t threads[SENDERS + WRITERS];
	size_t ok = 0, failed = 0, rows = 0, i;
	unsigned armed = 0;
	bb_connector *again = NULL;
	int t, k;

	/* opened first, so that no COMMIT of the set-up is failed */
	assert_int_equal(bb_connector_open_store(f->c), BB_OK);
	atomic_store(&f->running, SENDERS + WRITERS);
	for (t = 0; t < SENDERS; t++) {
		memset(&senders[t], 0, sizeof(senders[t]));
		senders[t].f = f;
		senders[t].n = t;
		assert_int_equal(pthread_create(&threads[t], NULL, sender, &senders[t]), 0);
	}
	for (t = 0; t < WRITERS; t++) {
		memset(&writers[t], 0, sizeof(writers[t]));
		writers[t].f = f;
		writers[t].n = t;
		assert_int_equal(pthread_create(&threads[SENDERS + t], NULL, writer, &writers[t]), 0);
	}
	/* a COMMIT fails every few milliseconds, whoever's it is */
	while (atomic_load(&f->running) > 0) {
		struct timespec pause = { 0, 100 * 1000 };
		store_test_fail_commits(f->c->store, 1);
		armed++;
		nanosleep(&pause, NULL);
	}
	for (t = 0; t < SENDERS + WRITERS; t++)
		assert_int_equal(pthread_join(threads[t], NULL), 0);
	store_test_fail_commits(f->c->store, 0);

	/* what is on disk, as a restarted service sees it */
	bb_connector_free(f->c);
	f->c = NULL;
	assert_int_equal(bb_connector_new(&again, NULL), BB_OK);
	f->c = again;
	assert_int_equal(bb_connector_load_config(again, f->conf), BB_OK);
	for (t = 0; t < SENDERS; t++)
		for (k = 0; k < PER_SENDER; k++) {
			const unit *u = &senders[t].units[k];
			int rc = bb_outbox_show(NULL, NULL, again, u->id, NULL, NULL);
			if (rc != BB_OK && rc != BB_ENOTFOUND)
				fail_msg("reading %s: %s", u->id, bb_error_last(again)->message);
			check_unit(u, rc == BB_OK, &ok, &failed);
		}
	for (t = 0; t < WRITERS; t++)
		for (k = 0; k < PER_WRITER; k++) {
			const unit *u = &writers[t].units[k];
			int a = stored_value(again, u->id, ".a"), b = stored_value(again, u->id, ".b");
			if (a != b)
				fail_msg("%s: half of its transaction is stored", u->id);
			check_unit(u, a, &ok, &failed);
		}
	/* nothing but what the callers were told was stored */
	assert_int_equal(bb_outbox_list(again, BB_OUTBOX_ANY, count_rows, &rows), BB_OK);
	for (i = 0, k = 0; i < SENDERS * PER_SENDER; i++)
		k += senders[i / PER_SENDER].units[i % PER_SENDER].rc == BB_OK;
	assert_int_equal(rows, (size_t)k);
	print_message("%zu pieces of work stored, %zu refused by %u failed commits armed\n", ok,
		      failed, armed);
	/* the fault was really injected, and not everything failed */
	assert_true(failed > 0);
	assert_true(ok > 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(failed_commits_undo_only_their_own_work, setup,
						teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
