/*
 * The outbox store: durable and idempotent enqueue, claims with leases,
 * backoff and dead letter, and payloads that are never on disk in clear.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>
#include <sys/stat.h>

#include "beweegbrug.h"
#include "store/outbox.h"
#include "testutil.h"

#define BSN "999990068"
#define PAYLOAD "{\"resourceType\":\"Bundle\",\"patient\":\"" BSN "\",\"name\":\"Heijden\"}"

typedef struct fx {
	char *dir;
	char db[600], key[600];
	outbox *ob;
	diag_list d;
} fx;

static void write_key(const char *path, mode_t mode)
{
	test_write_file(path, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n");
	chmod(path, mode);
}

static int setup(void **state)
{
	fx *f = calloc(1, sizeof(*f));
	outbox_policy p = { 3, 30, 3600, 60, 0 };

	f->dir = test_tmpdir();
	snprintf(f->db, sizeof(f->db), "%s/outbox.db", f->dir);
	snprintf(f->key, sizeof(f->key), "%s/outbox.key", f->dir);
	write_key(f->key, 0600);
	assert_int_equal(outbox_open(&f->ob, f->db, f->key, &p, &f->d), BB_OK);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fx *f = *state;
	char cmd[700];

	outbox_close(f->ob);
	diag_free(&f->d);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(f->dir);
	free(f);
	return 0;
}

static void enqueue_claim_deliver(void **state)
{
	fx *f = *state;
	outbox_item it;
	size_t n;

	assert_int_equal(outbox_enqueue(f->ob, "m1", "gli", NULL, "application/fhir+json", PAYLOAD,
					strlen(PAYLOAD), 1000, &f->d), BB_OK);
	/* the same message again is stored once */
	assert_int_equal(outbox_enqueue(f->ob, "m1", "gli", NULL, "application/fhir+json", PAYLOAD,
					strlen(PAYLOAD), 1001, &f->d), BB_OK);
	outbox_count(f->ob, OUTBOX_PENDING, &n, &f->d);
	assert_int_equal(n, 1);
	assert_int_equal(outbox_claim(f->ob, NULL, 1000, &it, &f->d), BB_OK);
	assert_string_equal(it.msg_id, "m1");
	assert_string_equal(it.destination, "gli");
	assert_int_equal(it.len, strlen(PAYLOAD));
	assert_memory_equal(it.payload, PAYLOAD, it.len);
	/* claimed: not claimable again during the lease */
	outbox_item it2;
	assert_int_equal(outbox_claim(f->ob, NULL, 1010, &it2, &f->d), BB_ENOTFOUND);
	assert_int_equal(outbox_delivered(f->ob, it.row, 1011, &f->d), BB_OK);
	outbox_count(f->ob, OUTBOX_DELIVERED, &n, &f->d);
	assert_int_equal(n, 1);
	assert_int_equal(outbox_claim(f->ob, NULL, 999999, &it2, &f->d), BB_ENOTFOUND);
	outbox_item_free(&it);
}

static void lease_expiry_after_a_crash(void **state)
{
	fx *f = *state;
	outbox_item it;

	outbox_enqueue(f->ob, "m2", "gli", NULL, "application/fhir+json", "x", 1, 1000, &f->d);
	assert_int_equal(outbox_claim(f->ob, NULL, 1000, &it, &f->d), BB_OK);
	outbox_item_free(&it); /* the sender dies without a word */
	assert_int_equal(outbox_claim(f->ob, NULL, 1059, &it, &f->d), BB_ENOTFOUND);
	assert_int_equal(outbox_claim(f->ob, NULL, 1060, &it, &f->d), BB_OK);
	assert_string_equal(it.msg_id, "m2");
	outbox_item_free(&it);
}

static void backoff_then_dead_letter(void **state)
{
	fx *f = *state;
	outbox_policy p = { 3, 30, 3600, 60, 0 };
	outbox_item it;
	int dead = -1;
	size_t n;

	assert_int_equal(outbox_backoff(&p, 1), 30);
	assert_int_equal(outbox_backoff(&p, 2), 60);
	assert_int_equal(outbox_backoff(&p, 5), 480);
	assert_int_equal(outbox_backoff(&p, 30), 3600);

	outbox_enqueue(f->ob, "m3", "coach", NULL, "application/fhir+json", "y", 1, 1000, &f->d);
	assert_int_equal(outbox_claim(f->ob, "coach", 1000, &it, &f->d), BB_OK);
	assert_int_equal(outbox_failed(f->ob, it.row, 0, "503", 1000, &dead, &f->d), BB_OK);
	assert_false(dead);
	outbox_item_free(&it);
	/* not due before 30 s, due within 30 + 7 (jitter up to a quarter) */
	assert_int_equal(outbox_claim(f->ob, NULL, 1029, &it, &f->d), BB_ENOTFOUND);
	assert_int_equal(outbox_claim(f->ob, "other", 1037, &it, &f->d), BB_ENOTFOUND);
	assert_int_equal(outbox_claim(f->ob, "coach", 1037, &it, &f->d), BB_OK);
	assert_int_equal(it.attempts, 1);
	outbox_failed(f->ob, it.row, 0, "503", 1037, &dead, &f->d);
	outbox_item_free(&it);
	assert_int_equal(outbox_claim(f->ob, NULL, 5000, &it, &f->d), BB_OK);
	assert_int_equal(outbox_failed(f->ob, it.row, 0, "503", 5000, &dead, &f->d), BB_OK);
	assert_true(dead); /* third failure with max_attempts 3 */
	outbox_item_free(&it);
	outbox_count(f->ob, OUTBOX_DEAD, &n, &f->d);
	assert_int_equal(n, 1);

	/* a fatal refusal goes to dead letter at once */
	outbox_enqueue(f->ob, "m4", "coach", NULL, "application/fhir+json", "z", 1, 6000, &f->d);
	assert_int_equal(outbox_claim(f->ob, NULL, 6000, &it, &f->d), BB_OK);
	assert_int_equal(outbox_failed(f->ob, it.row, 1, "fatal-error", 6000, &dead, &f->d), BB_OK);
	assert_true(dead);
	outbox_item_free(&it);
}

/* Does the file at `path` contain `needle` anywhere? */
static int file_contains(const char *path, const char *needle)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	long size;
	int found = 0;

	if (!fp)
		return 0;
	fseek(fp, 0, SEEK_END);
	size = ftell(fp);
	rewind(fp);
	buf = malloc((size_t)size + 1);
	if (fread(buf, 1, (size_t)size, fp) == (size_t)size)
		found = memmem(buf, (size_t)size, needle, strlen(needle)) != NULL;
	free(buf);
	fclose(fp);
	return found;
}

static void no_bsn_or_name_on_disk(void **state)
{
	fx *f = *state;
	char wal[700];

	assert_int_equal(outbox_enqueue(f->ob, "m5", "gli", NULL, "application/fhir+json", PAYLOAD,
					strlen(PAYLOAD), 1000, &f->d), BB_OK);
	snprintf(wal, sizeof(wal), "%s-wal", f->db);
	/* the enqueue is durable: it is in the WAL file already */
	assert_true(file_contains(wal, "m5"));
	assert_false(file_contains(wal, BSN));
	assert_false(file_contains(wal, "Heijden"));
	assert_false(file_contains(f->db, BSN));
	assert_false(file_contains(f->db, "Heijden"));
}

static void wrong_key_is_refused_before_anything_is_read(void **state)
{
	fx *f = *state;
	outbox_item it;
	outbox *other = (outbox *)1;
	char key2[700];

	outbox_enqueue(f->ob, "m6", "gli", NULL, "application/fhir+json", PAYLOAD, strlen(PAYLOAD), 1000, &f->d);
	snprintf(key2, sizeof(key2), "%s/other.key", f->dir);
	test_write_file(key2, "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100");
	chmod(key2, 0600);
	diag_clear(&f->d);
	/* a wrong key of the right length: refused at open, naming the key file */
	assert_int_equal(outbox_open(&other, f->db, key2, NULL, &f->d), BB_ECONFIG);
	assert_null(other);
	assert_non_null(strstr(diag_line(&f->d, 0), key2));
	assert_non_null(strstr(diag_line(&f->d, 0), "is not the key of the outbox"));
	/* nothing was given up on: the right key still gets the message */
	assert_int_equal(outbox_claim(f->ob, NULL, 1000, &it, &f->d), BB_OK);
	assert_string_equal(it.msg_id, "m6");
	outbox_item_free(&it);
}

static void key_file_rules(void **state)
{
	fx *f = *state;
	outbox *ob = (outbox *)1;
	char key[700], db[700], expect[900];

	snprintf(key, sizeof(key), "%s/open.key", f->dir);
	snprintf(db, sizeof(db), "%s/x.db", f->dir);
	write_key(key, 0644);
	diag_clear(&f->d);
	assert_int_equal(outbox_open(&ob, db, key, NULL, &f->d), BB_ECONFIG);
	assert_null(ob);
	snprintf(expect, sizeof(expect),
		 "%s: the outbox key is readable by others (mode 644); chmod 600 it", key);
	assert_string_equal(diag_line(&f->d, 0), expect);
	test_write_file(key, "too short");
	chmod(key, 0600);
	diag_clear(&f->d);
	assert_int_equal(outbox_open(&ob, db, key, NULL, &f->d), BB_ECONFIG);
	snprintf(expect, sizeof(expect), "%s: the outbox key must be 32 bytes or 64 hex digits", key);
	assert_string_equal(diag_line(&f->d, 0), expect);
}

static void adapter_state_is_durable_and_per_destination(void **state)
{
	fx *f = *state;
	char *v = NULL;
	outbox *again;

	assert_int_equal(outbox_state_get(f->ob, "rest", "cursor", &v, &f->d), BB_ENOTFOUND);
	assert_null(v);
	assert_int_equal(outbox_state_put(f->ob, "rest", "cursor", "2026-11-23T10:00:00Z", 1, &f->d), BB_OK);
	assert_int_equal(outbox_state_put(f->ob, "rest", "cursor", "2026-11-23T11:00:00Z", 2, &f->d), BB_OK);
	assert_int_equal(outbox_state_put(f->ob, "other", "cursor", "x", 2, &f->d), BB_OK);
	outbox_close(f->ob);
	assert_int_equal(outbox_open(&again, f->db, f->key, NULL, &f->d), BB_OK);
	f->ob = again;
	assert_int_equal(outbox_state_get(f->ob, "rest", "cursor", &v, &f->d), BB_OK);
	assert_string_equal(v, "2026-11-23T11:00:00Z");
	free(v);
	assert_int_equal(outbox_state_get(f->ob, "other", "cursor", &v, &f->d), BB_OK);
	assert_string_equal(v, "x");
	free(v);
}

static void postpone_spends_no_attempt(void **state)
{
	fx *f = *state;
	outbox_item it;
	int64_t when = 0;

	outbox_enqueue(f->ob, "p1", "gli", "HV-1", "application/fhir+json", "x", 1, 1000, &f->d);
	assert_int_equal(outbox_next_due(f->ob, &when, &f->d), BB_OK);
	assert_int_equal(when, 1000);
	assert_int_equal(outbox_claim(f->ob, NULL, 1000, &it, &f->d), BB_OK);
	assert_string_equal(it.referral_id, "HV-1");
	assert_int_equal(outbox_postpone(f->ob, it.row, 5000, &f->d), BB_OK);
	outbox_item_free(&it);
	assert_int_equal(outbox_next_due(f->ob, &when, &f->d), BB_OK);
	assert_int_equal(when, 5000);
	assert_int_equal(outbox_claim(f->ob, NULL, 4999, &it, &f->d), BB_ENOTFOUND);
	assert_int_equal(outbox_claim(f->ob, NULL, 5000, &it, &f->d), BB_OK);
	assert_int_equal(it.attempts, 0);
	outbox_item_free(&it);
}

static void too_old_is_given_up(void **state)
{
	fx *f = *state;
	outbox_policy p = { 100, 30, 3600, 60, 600 };
	outbox_item it;
	outbox *ob;
	int dead = -1;
	char db[700];

	snprintf(db, sizeof(db), "%s/age.db", f->dir);
	assert_int_equal(outbox_open(&ob, db, f->key, &p, &f->d), BB_OK);
	outbox_enqueue(ob, "a1", "gli", NULL, "application/fhir+json", "x", 1, 1000, &f->d);
	assert_int_equal(outbox_claim(ob, NULL, 1000, &it, &f->d), BB_OK);
	assert_int_equal(outbox_failed(ob, it.row, 0, "down", 1599, &dead, &f->d), BB_OK);
	assert_int_equal(dead, 0);
	outbox_item_free(&it);
	assert_int_equal(outbox_claim(ob, NULL, 1700, &it, &f->d), BB_OK);
	/* attempts are left (2 of 100), but the message is 600 s old */
	assert_int_equal(outbox_failed(ob, it.row, 0, "down", 1600 + 30, &dead, &f->d), BB_OK);
	assert_int_equal(dead, 1);
	outbox_item_free(&it);
	outbox_close(ob);
}

static int collect(const outbox_row *r, void *payload)
{
	char *seen = payload;

	strcat(seen, r->msg_id);
	strcat(seen, r->state == OUTBOX_PENDING ? ":p " : r->state == OUTBOX_DELIVERED ? ":d " : ":x ");
	return 0;
}

static void operator_list_show_retry_purge(void **state)
{
	fx *f = *state;
	outbox_item it;
	unsigned char *body;
	size_t len, n;
	char seen[200] = "";

	outbox_enqueue(f->ob, "o1", "gli", "HV-1", "application/fhir+json", PAYLOAD,
		       strlen(PAYLOAD), 1000, &f->d);
	outbox_enqueue(f->ob, "o2", "gli", "HV-2", "application/fhir+json", "x", 1, 1001, &f->d);
	outbox_enqueue(f->ob, "o3", "gli", "HV-3", "application/fhir+json", "y", 1, 1002, &f->d);
	assert_int_equal(outbox_claim(f->ob, NULL, 1005, &it, &f->d), BB_OK);
	outbox_delivered(f->ob, it.row, 1005, &f->d);
	outbox_item_free(&it);
	assert_int_equal(outbox_claim(f->ob, NULL, 1005, &it, &f->d), BB_OK);
	outbox_failed(f->ob, it.row, 1, "HTTP 400", 1005, NULL, &f->d);
	outbox_item_free(&it);
	assert_int_equal(outbox_list(f->ob, -1, collect, seen, &f->d), BB_OK);
	assert_string_equal(seen, "o1:d o2:x o3:p ");
	seen[0] = '\0';
	assert_int_equal(outbox_list(f->ob, OUTBOX_DEAD, collect, seen, &f->d), BB_OK);
	assert_string_equal(seen, "o2:x ");

	assert_int_equal(outbox_show(f->ob, "o1", NULL, NULL, &body, &len, &f->d), BB_OK);
	assert_int_equal(len, strlen(PAYLOAD));
	assert_memory_equal(body, PAYLOAD, len);
	free(body);
	diag_clear(&f->d);
	assert_int_equal(outbox_show(f->ob, "nope", NULL, NULL, &body, &len, &f->d), BB_ENOTFOUND);
	assert_null(body);

	/* a delivered message is never retried; the given-up one is */
	assert_int_equal(outbox_retry(f->ob, "o1", 2000, &n, &f->d), BB_ENOTFOUND);
	assert_int_equal(outbox_retry(f->ob, NULL, 2000, &n, &f->d), BB_OK);
	assert_int_equal(n, 1);
	/* o3 waited longer (due since 1002), then o2, due again now, attempts reset */
	assert_int_equal(outbox_claim(f->ob, NULL, 2000, &it, &f->d), BB_OK);
	assert_string_equal(it.msg_id, "o3");
	outbox_failed(f->ob, it.row, 0, "down", 2000, NULL, &f->d);
	outbox_item_free(&it);
	assert_int_equal(outbox_claim(f->ob, NULL, 2000, &it, &f->d), BB_OK);
	assert_string_equal(it.msg_id, "o2");
	assert_int_equal(it.attempts, 0);
	outbox_item_free(&it);

	/* purge takes only delivered (or dead) rows older than the limit */
	assert_int_equal(outbox_purge(f->ob, OUTBOX_DELIVERED, 999, &n, &f->d), BB_OK);
	assert_int_equal(n, 0);
	assert_int_equal(outbox_purge(f->ob, OUTBOX_DELIVERED, 3000, &n, &f->d), BB_OK);
	assert_int_equal(n, 1);
	assert_int_equal(outbox_purge(f->ob, OUTBOX_PENDING, 3000, &n, &f->d), BB_EINVAL);
	seen[0] = '\0';
	assert_int_equal(outbox_list(f->ob, -1, collect, seen, &f->d), BB_OK);
	assert_string_equal(seen, "o2:p o3:p ");
	(void)len;
}

static void group_commit_keeps_good_items(void **state)
{
	fx *f = *state;
	size_t n = 0;

	assert_int_equal(outbox_begin(f->ob, &f->d), BB_OK);
	assert_int_equal(outbox_savepoint(f->ob, 0, &f->d), BB_OK);
	assert_int_equal(outbox_enqueue(f->ob, "g1", "gli", NULL, "t", "a", 1, 1000, &f->d), BB_OK);
	assert_int_equal(outbox_savepoint(f->ob, 1, &f->d), BB_OK);
	assert_int_equal(outbox_savepoint(f->ob, 0, &f->d), BB_OK);
	assert_int_equal(outbox_enqueue(f->ob, "g2", "gli", NULL, "t", "b", 1, 1000, &f->d), BB_OK);
	assert_int_equal(outbox_savepoint(f->ob, 2, &f->d), BB_OK);   /* undo g2 only */
	assert_int_equal(outbox_end(f->ob, 1, &f->d), BB_OK);
	assert_int_equal(outbox_count(f->ob, OUTBOX_PENDING, &n, &f->d), BB_OK);
	assert_int_equal(n, 1);
}

/* What store_bodies hands over, in order: ids and bodies side by side. */
typedef struct walked {
	char ids[16][8];
	char bodies[16][8];
	size_t n;
} walked;

static int walk_one(const char *msg_id, unsigned char *body, size_t len, void *payload)
{
	walked *w = payload;

	assert_true(w->n < 16);
	if (body)
		assert_int_equal(strlen((char *)body), len);   /* NUL-terminated at len */
	else
		assert_int_equal(len, 0);
	snprintf(w->ids[w->n], sizeof(w->ids[0]), "%s", msg_id);
	snprintf(w->bodies[w->n], sizeof(w->bodies[0]), "%s", body ? (char *)body : "(none)");
	w->n++;
	free(body);
	return BB_OK;
}

/* The whole-store walk: every message once, in row order, across batch edges; a bad row stops it. */
static void bodies_in_batches(void **state)
{
	fx *f = *state;
	walked w = { .n = 0 };
	int64_t last = 0;
	char cmd[900];
	size_t i, batches = 0, before;

	for (i = 0; i < 5; i++) {
		char id[8], body[8];
		snprintf(id, sizeof(id), "b%zu", i);
		snprintf(body, sizeof(body), "body%zu", i);
		assert_int_equal(outbox_enqueue(f->ob, id, "gli", NULL, "t", body, strlen(body), 1000, &f->d),
				 BB_OK);
	}
	do {
		before = w.n;
		assert_int_equal(store_bodies(f->ob, 0, last, 2, &last, walk_one, &w, &f->d), BB_OK);
		batches++;
	} while (w.n - before == 2);
	assert_int_equal(w.n, 5);
	assert_int_equal(batches, 3);
	for (i = 0; i < 5; i++) {
		char id[8], body[8];
		snprintf(id, sizeof(id), "b%zu", i);
		snprintf(body, sizeof(body), "body%zu", i);
		assert_string_equal(w.ids[i], id);
		assert_string_equal(w.bodies[i], body);
	}
	/* nothing after the last row; the inbox (empty) walks too */
	assert_int_equal(store_bodies(f->ob, 0, last, 2, &last, walk_one, &w, &f->d), BB_OK);
	assert_int_equal(store_bodies(f->ob, 1, 0, 2, &last, walk_one, &w, &f->d), BB_OK);
	assert_int_equal(w.n, 5);
	/* a damaged row comes without its body, and the walk goes on past it */
	snprintf(cmd, sizeof(cmd), "sqlite3 '%s' \"UPDATE outbox SET payload = randomblob(80)"
		 " WHERE msg_id = 'b2'\"", f->db);
	assert_int_equal(system(cmd), 0);
	w.n = 0;
	assert_int_equal(store_bodies(f->ob, 0, 0, 10, &last, walk_one, &w, &f->d), BB_OK);
	assert_int_equal(w.n, 5);
	assert_string_equal(w.ids[2], "b2");
	assert_string_equal(w.bodies[2], "(none)");
	assert_string_equal(w.bodies[3], "body3");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(enqueue_claim_deliver, setup, teardown),
		cmocka_unit_test_setup_teardown(bodies_in_batches, setup, teardown),
		cmocka_unit_test_setup_teardown(lease_expiry_after_a_crash, setup, teardown),
		cmocka_unit_test_setup_teardown(backoff_then_dead_letter, setup, teardown),
		cmocka_unit_test_setup_teardown(no_bsn_or_name_on_disk, setup, teardown),
		cmocka_unit_test_setup_teardown(wrong_key_is_refused_before_anything_is_read, setup, teardown),
		cmocka_unit_test_setup_teardown(key_file_rules, setup, teardown),
		cmocka_unit_test_setup_teardown(adapter_state_is_durable_and_per_destination, setup, teardown),
		cmocka_unit_test_setup_teardown(postpone_spends_no_attempt, setup, teardown),
		cmocka_unit_test_setup_teardown(too_old_is_given_up, setup, teardown),
		cmocka_unit_test_setup_teardown(operator_list_show_retry_purge, setup, teardown),
		cmocka_unit_test_setup_teardown(group_commit_keeps_good_items, setup, teardown),
	};

	return cmocka_run_group_tests_name("outbox", tests, NULL, NULL);
}
