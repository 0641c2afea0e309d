/*
 * The store under attack and accident (issue 15): a wrong key, an outbox
 * emptied, deleted, replaced or damaged, files others can read, and
 * messages altered on disk. Each is refused or isolated with the file
 * and the problem named; nothing starts afresh in silence, and one bad
 * message never holds up the others.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "beweegbrug.h"
#include "store/inbox.h"
#include "store/outbox.h"
#include "store/outbox_priv.h"
#include "testutil.h"

#define KEY_HEX "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n"
#define OTHER_KEY_HEX "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100\n"

typedef struct fx {
	char *dir;
	char db[600], key[600], mark[600];
	diag_list d;
} fx;

static int setup(void **state)
{
	fx *f = calloc(1, sizeof(*f));

	f->dir = test_tmpdir();
	snprintf(f->db, sizeof(f->db), "%s/outbox.db", f->dir);
	snprintf(f->mark, sizeof(f->mark), "%s/outbox.db.id", f->dir);
	snprintf(f->key, sizeof(f->key), "%s/outbox.key", f->dir);
	test_write_file(f->key, KEY_HEX);
	chmod(f->key, 0600);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fx *f = *state;
	char cmd[700];

	diag_free(&f->d);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(f->dir);
	free(f);
	return 0;
}

static unsigned mode_of(const char *path)
{
	struct stat st;

	assert_int_equal(stat(path, &st), 0);
	return (unsigned)(st.st_mode & 0777);
}

static void sql(const char *db, const char *text)
{
	sqlite3 *h = NULL;
	char *err = NULL;

	assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
	sqlite3_busy_timeout(h, 5000);
	if (sqlite3_exec(h, text, NULL, NULL, &err) != SQLITE_OK)
		fail_msg("%s: %s", text, err);
	sqlite3_close(h);
}

/* An outbox with messages m1..m<n>, closed again. */
static void make_outbox(fx *f, const char *db, int n)
{
	outbox *ob;
	char id[16];
	int i;

	assert_int_equal(outbox_open(&ob, db, f->key, NULL, &f->d), BB_OK);
	for (i = 1; i <= n; i++) {
		snprintf(id, sizeof(id), "m%d", i);
		assert_int_equal(outbox_enqueue(ob, id, "gli", "HV-1", "application/fhir+json",
						"{\"resourceType\":\"Bundle\"}", 25, 1000 + i, &f->d), BB_OK);
	}
	outbox_close(ob);
}

static int open_fails_with(fx *f, int code, const char *text)
{
	outbox *ob = (outbox *)1;
	int rc;

	diag_clear(&f->d);
	rc = outbox_open(&ob, f->db, f->key, NULL, &f->d);
	if (rc != code) {
		print_error("outbox_open: %d, expected %d (%s)\n", rc, code,
			    f->d.count ? diag_line(&f->d, 0) : "no message");
		return 0;
	}
	assert_null(ob);
	if (!f->d.count || !strstr(diag_line(&f->d, 0), text)) {
		print_error("message: %s\nexpected: %s\n", f->d.count ? diag_line(&f->d, 0) : "(none)",
			    text);
		return 0;
	}
	return 1;
}

static void files_are_the_owners_alone(void **state)
{
	fx *f = *state;
	char wal[700], shm[700];
	outbox *ob;
	mode_t old = umask(022);   /* what most services run with */

	snprintf(wal, sizeof(wal), "%s-wal", f->db);
	snprintf(shm, sizeof(shm), "%s-shm", f->db);
	assert_int_equal(outbox_open(&ob, f->db, f->key, NULL, &f->d), BB_OK);
	assert_int_equal(outbox_enqueue(ob, "m1", "gli", NULL, "application/fhir+json", "x", 1, 1,
					&f->d), BB_OK);
	/* while the outbox is open its write-ahead log and shared memory exist */
	assert_int_equal(mode_of(f->db), 0600);
	assert_int_equal(mode_of(wal), 0600);
	assert_int_equal(mode_of(shm), 0600);
	assert_int_equal(mode_of(f->mark), 0600);
	outbox_close(ob);
	/* an outbox made looser (an older version, a copy) is tightened when opened */
	chmod(f->db, 0644);
	assert_int_equal(outbox_open(&ob, f->db, f->key, NULL, &f->d), BB_OK);
	assert_int_equal(mode_of(f->db), 0600);
	outbox_close(ob);
	umask(old);
}

static void the_mark_names_the_outbox(void **state)
{
	fx *f = *state;
	outbox *ob;
	char *text;
	size_t len;
	FILE *m;

	assert_int_equal(outbox_open(&ob, f->db, f->key, NULL, &f->d), BB_OK);
	assert_int_equal(strlen(outbox_id(ob)), 32);
	m = fopen(f->mark, "r");
	assert_non_null(m);
	text = calloc(1, 600);
	len = fread(text, 1, 599, m);
	fclose(m);
	assert_true(len > 0);
	assert_non_null(strstr(text, outbox_id(ob)));
	assert_non_null(strstr(text, "beweegbrug outbox mark v1\n"));
	free(text);
	outbox_close(ob);
}

static void a_wrong_key_is_refused_naming_the_key(void **state)
{
	fx *f = *state;

	make_outbox(f, f->db, 2);
	test_write_file(f->key, OTHER_KEY_HEX);
	assert_true(open_fails_with(f, BB_ECONFIG, "is not the key of the outbox"));
	assert_non_null(strstr(diag_line(&f->d, 0), f->key));
	/* also when the mark is gone: the database's own key check says it */
	unlink(f->mark);
	assert_true(open_fails_with(f, BB_ECONFIG, "its key check does not match"));
	assert_non_null(strstr(diag_line(&f->d, 0), f->db));
	/* the right key still opens it, and the mark is made again */
	test_write_file(f->key, KEY_HEX);
	make_outbox(f, f->db, 0);
	assert_int_equal(access(f->mark, F_OK), 0);
}

static void an_emptied_or_deleted_outbox_is_refused(void **state)
{
	fx *f = *state;

	make_outbox(f, f->db, 3);
	assert_int_equal(truncate(f->db, 0), 0);
	assert_true(open_fails_with(f, BB_ECORRUPT, "the outbox is empty (0 bytes), but"));
	assert_non_null(strstr(diag_line(&f->d, 0), f->mark));
	unlink(f->db);
	assert_true(open_fails_with(f, BB_ECORRUPT, "the outbox is missing, but"));
	/* nothing was made meanwhile: the refusal wrote nothing */
	assert_int_equal(access(f->db, F_OK), -1);
	/* starting afresh is a decision: remove the mark */
	unlink(f->mark);
	make_outbox(f, f->db, 0);
}

static void a_replaced_outbox_is_refused(void **state)
{
	fx *f = *state;
	char other[700], cmd[1600];

	snprintf(other, sizeof(other), "%s/other.db", f->dir);
	make_outbox(f, f->db, 2);
	make_outbox(f, other, 1);
	/* another outbox of ours (same key) copied over this one */
	snprintf(cmd, sizeof(cmd), "cp '%s' '%s'", other, f->db);
	assert_int_equal(system(cmd), 0);
	assert_true(open_fails_with(f, BB_ECORRUPT, "this is not the outbox that was made here"));
	/* an SQLite database of someone else's, without an outbox identity */
	unlink(f->db);
	sql(f->db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
	assert_true(open_fails_with(f, BB_ECORRUPT, "it has no outbox identity"));
}

static void a_damaged_database_is_refused(void **state)
{
	fx *f = *state;
	struct stat st;
	int fd, i;
	char junk[4096];

	make_outbox(f, f->db, 200);
	/* cut in half: pages are missing */
	assert_int_equal(stat(f->db, &st), 0);
	assert_true(st.st_size > 16384);
	assert_int_equal(truncate(f->db, st.st_size / 2), 0);
	assert_true(open_fails_with(f, BB_ECORRUPT, "damaged"));
	assert_non_null(strstr(diag_line(&f->d, 0), f->db));
	/* overwritten with something else altogether */
	for (i = 0; i < (int)sizeof(junk); i++)
		junk[i] = (char)(i * 7 + 3);
	fd = open(f->db, O_WRONLY | O_TRUNC);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, junk, sizeof(junk)), (ssize_t)sizeof(junk));
	close(fd);
	assert_true(open_fails_with(f, BB_ECORRUPT, "damaged"));
}

static void an_old_outbox_gets_an_identity_after_its_key_is_checked(void **state)
{
	fx *f = *state;
	outbox *ob;

	/* an outbox from before identities: no meta table, no mark */
	make_outbox(f, f->db, 1);
	sql(f->db, "DROP TABLE meta");
	unlink(f->mark);
	test_write_file(f->key, OTHER_KEY_HEX);
	assert_true(open_fails_with(f, BB_ECONFIG, "this key does not open the messages stored in"));
	test_write_file(f->key, KEY_HEX);
	assert_int_equal(outbox_open(&ob, f->db, f->key, NULL, &f->d), BB_OK);
	assert_int_equal(access(f->mark, F_OK), 0);
	outbox_close(ob);
}

typedef struct seen {
	char text[400];
} seen;

static int note(const outbox_row *r, void *payload)
{
	seen *s = payload;
	size_t n = strlen(s->text);

	snprintf(s->text + n, sizeof(s->text) - n, "%s:%d%s ", r->msg_id, (int)r->state,
		 r->last_error && strstr(r->last_error, "message damaged in the outbox") ? "!" : "");
	return 0;
}

static void a_poisoned_message_is_given_up_and_the_rest_go_on(void **state)
{
	fx *f = *state;
	outbox_item it;
	outbox *ob;
	unsigned char *body;
	size_t len;
	seen s;

	make_outbox(f, f->db, 5);
	/* m1: other bytes; m2: no blob at all; m4: m5's sealed payload moved over */
	sql(f->db, "UPDATE outbox SET payload = randomblob(60) WHERE msg_id = 'm1';"
		   "UPDATE outbox SET payload = 'short' WHERE msg_id = 'm2';"
		   "UPDATE outbox SET payload = (SELECT payload FROM outbox WHERE msg_id = 'm5')"
		   " WHERE msg_id = 'm4';");
	assert_int_equal(outbox_open(&ob, f->db, f->key, NULL, &f->d), BB_OK);
	assert_int_equal(outbox_claim(ob, NULL, 2000, &it, &f->d), BB_ECORRUPT);
	assert_string_equal(it.msg_id, "m1");
	assert_string_equal(it.referral_id, "HV-1");
	assert_null(it.payload);
	assert_non_null(strstr(it.damage, "cannot be decrypted"));
	outbox_item_free(&it);
	assert_int_equal(outbox_claim(ob, NULL, 2000, &it, &f->d), BB_ECORRUPT);
	assert_string_equal(it.msg_id, "m2");
	assert_non_null(strstr(it.damage, "not a sealed message"));
	outbox_item_free(&it);
	assert_int_equal(outbox_claim(ob, NULL, 2000, &it, &f->d), BB_OK);
	assert_string_equal(it.msg_id, "m3");
	assert_memory_equal(it.payload, "{\"resourceType\":\"Bundle\"}", 25);
	assert_int_equal(outbox_delivered(ob, it.row, 2000, &f->d), BB_OK);
	outbox_item_free(&it);
	assert_int_equal(outbox_claim(ob, NULL, 2000, &it, &f->d), BB_ECORRUPT);
	assert_string_equal(it.msg_id, "m4");
	outbox_item_free(&it);
	assert_int_equal(outbox_claim(ob, NULL, 2000, &it, &f->d), BB_OK);
	assert_string_equal(it.msg_id, "m5");
	outbox_item_free(&it);
	assert_int_equal(outbox_claim(ob, NULL, 2001, &it, &f->d), BB_ENOTFOUND);
	/* given up on, each with the reason; the operator sees them */
	memset(&s, 0, sizeof(s));
	assert_int_equal(outbox_list(ob, -1, note, &s, &f->d), BB_OK);
	assert_string_equal(s.text, "m1:2! m2:2! m3:1 m4:2! m5:0 ");
	diag_clear(&f->d);
	assert_int_equal(outbox_show(ob, "m1", NULL, NULL, &body, &len, &f->d), BB_ECORRUPT);
	assert_null(body);
	assert_non_null(strstr(diag_line(&f->d, 0), "message m1 cannot be decrypted"));
	outbox_close(ob);
}

/*
 * Numbers from an altered row cannot make the store compute out of range
 * (the fuzz target found `now - created_at` overflowing for created_at =
 * INT64_MIN; the sanitizer build stops on it): the message is simply too
 * old, and given up on.
 */
static void extreme_numbers_in_a_row_are_harmless(void **state)
{
	fx *f = *state;
	outbox_item it;
	outbox *ob;
	int dead = -1;

	make_outbox(f, f->db, 1);
	sql(f->db, "UPDATE outbox SET created_at = -9223372036854775808, attempts = -1");
	assert_int_equal(outbox_open(&ob, f->db, f->key, NULL, &f->d), BB_OK);
	assert_int_equal(outbox_claim(ob, NULL, 2000, &it, &f->d), BB_OK);
	assert_int_equal(outbox_failed(ob, it.row, 0, "down", 2000, &dead, &f->d), BB_OK);
	assert_int_equal(dead, 1);
	outbox_item_free(&it);
	outbox_close(ob);
}

static void a_damaged_inbox_message_is_named(void **state)
{
	fx *f = *state;
	inbox_answer a = { .http_status = 200, .content_type = "application/fhir+json",
			   .body = (unsigned char *)"{}", .len = 2 }, got;
	inbox_msg m;
	unsigned char *body = NULL;
	size_t len;
	outbox *ob;

	memset(&m, 0, sizeof(m));
	m.msg_id = "in1";
	m.sender = "coach";
	m.kind = "feedback";
	m.referral_id = "HV-1";
	m.state = "received";
	m.content_type = "application/fhir+json";
	assert_int_equal(outbox_open(&ob, f->db, f->key, NULL, &f->d), BB_OK);
	assert_int_equal(inbox_store(ob, &m, "{\"x\":1}", 7, &a, NULL, &f->d), BB_OK);
	outbox_close(ob);
	sql(f->db, "UPDATE inbox SET payload = randomblob(40), answer_type = x'07'");
	assert_int_equal(outbox_open(&ob, f->db, f->key, NULL, &f->d), BB_OK);
	diag_clear(&f->d);
	assert_int_equal(inbox_get(ob, "in1", NULL, NULL, &body, &len, &f->d), BB_ECORRUPT);
	assert_non_null(strstr(diag_line(&f->d, 0), "message in1 cannot be decrypted"));
	diag_clear(&f->d);
	assert_int_equal(inbox_find(ob, "in1", &got, NULL, &f->d), BB_ECORRUPT);
	assert_non_null(strstr(diag_line(&f->d, 0), "damaged"));
	outbox_close(ob);
}

/* How many statements the database has, and how many are mid-step. */
static int statements(sqlite3 *db, int *busy)
{
	sqlite3_stmt *st = NULL;
	int n = 0;

	*busy = 0;
	while ((st = sqlite3_next_stmt(db, st)) != NULL) {
		n++;
		*busy += sqlite3_stmt_busy(st) != 0;
	}
	return n;
}

static const char *const kept_sql[OUTBOX_STMT_SLOTS + 1] = {
	"SELECT ?1 IS NULL", "SELECT 1", "SELECT 2", "SELECT 3", "SELECT 4", "SELECT 5",
	"SELECT 6", "SELECT 7", "SELECT 8", "SELECT 9", "SELECT 10", "SELECT 11", "SELECT 12",
	"SELECT 13", "SELECT 14", "SELECT 15", "SELECT 16",
};

/*
 * Statements kept prepared (issue 20) are handed out again reset and
 * unbound, never to two users at once, leave no read open, and do not
 * keep the database from closing.
 */
static void kept_statements_are_reused_one_user_at_a_time(void **state)
{
	fx *f = *state;
	sqlite3_stmt *a, *b, *c, *extra;
	int n0, busy, i;
	outbox *ob;

	assert_int_equal(outbox_open(&ob, f->db, f->key, NULL, &f->d), BB_OK);
	n0 = statements(ob->db, &busy);
	assert_int_equal(busy, 0);

	assert_int_equal(outbox_stmt(&a, ob, kept_sql[0]), SQLITE_OK);
	assert_int_equal(sqlite3_bind_int(a, 1, 7), SQLITE_OK);
	assert_int_equal(sqlite3_step(a), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(a, 0), 0);
	/* asked again while handed out: a statement of its own, finalized on return */
	assert_int_equal(outbox_stmt(&c, ob, kept_sql[0]), SQLITE_OK);
	assert_ptr_not_equal(c, a);
	assert_int_equal(statements(ob->db, &busy), n0 + 2);
	outbox_stmt_done(ob, c);
	assert_int_equal(statements(ob->db, &busy), n0 + 1);
	assert_int_equal(busy, 1);                      /* a is mid-step */
	outbox_stmt_done(ob, a);
	assert_int_equal(statements(ob->db, &busy), n0 + 1);
	assert_int_equal(busy, 0);                      /* reset: no read left open */

	/* the same statement again, and its old binding is gone */
	assert_int_equal(outbox_stmt(&b, ob, kept_sql[0]), SQLITE_OK);
	assert_ptr_equal(b, a);
	assert_int_equal(sqlite3_step(b), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(b, 0), 1);
	outbox_stmt_done(ob, b);

	/* every slot taken: one more is made and finalized */
	for (i = 1; i < OUTBOX_STMT_SLOTS; i++) {
		assert_int_equal(outbox_stmt(&b, ob, kept_sql[i]), SQLITE_OK);
		outbox_stmt_done(ob, b);
	}
	assert_int_equal(statements(ob->db, &busy), n0 + OUTBOX_STMT_SLOTS);
	assert_int_equal(outbox_stmt(&extra, ob, kept_sql[OUTBOX_STMT_SLOTS]), SQLITE_OK);
	assert_int_equal(statements(ob->db, &busy), n0 + OUTBOX_STMT_SLOTS + 1);
	outbox_stmt_done(ob, extra);
	assert_int_equal(statements(ob->db, &busy), n0 + OUTBOX_STMT_SLOTS);
	outbox_stmt_done(ob, NULL);

	/* a buffer that held other SQL before: its statement, not the old one's */
	{
		char sql[32] = "SELECT ?1 IS NULL";

		outbox_close(ob);
		assert_int_equal(outbox_open(&ob, f->db, f->key, NULL, &f->d), BB_OK);
		assert_int_equal(outbox_stmt(&a, ob, sql), SQLITE_OK);
		outbox_stmt_done(ob, a);
		snprintf(sql, sizeof sql, "SELECT 42");
		assert_int_equal(outbox_stmt(&b, ob, sql), SQLITE_OK);
		assert_int_equal(sqlite3_step(b), SQLITE_ROW);
		assert_int_equal(sqlite3_column_int(b, 0), 42);
		outbox_stmt_done(ob, b);
		/* kept in place of the old one, not beside it */
		assert_int_equal(statements(ob->db, &busy), n0 + 1);
		for (a = sqlite3_next_stmt(ob->db, NULL); a; a = sqlite3_next_stmt(ob->db, a))
			assert_string_not_equal(sqlite3_sql(a), "SELECT ?1 IS NULL");
		assert_int_equal(outbox_stmt(&c, ob, sql), SQLITE_OK);
		assert_ptr_equal(c, b);
		outbox_stmt_done(ob, c);
	}
	/* a leak or a failed close here shows in valgrind and ASan */
	outbox_close(ob);
}

static int count_and_look_again(const inbox_msg *m, void *payload)
{
	fx *f = ((void **)payload)[0];
	outbox *ob = ((void **)payload)[1];
	inbox_answer got;

	/* the listing's own statement is handed out: these get their own */
	assert_int_equal(inbox_find(ob, m->msg_id, &got, NULL, &f->d), BB_OK);
	assert_string_equal(got.sender, "coach");
	inbox_answer_free(&got);
	((int *)((void **)payload)[2])[0]++;
	return 0;
}

static int list_inside_list(const inbox_msg *m, void *payload)
{
	fx *f = ((void **)payload)[0];
	outbox *ob = ((void **)payload)[1];
	int inner = 0;
	void *args[3] = { f, ob, &inner };

	(void)m;
	assert_int_equal(inbox_list(ob, NULL, count_and_look_again, args, &f->d), BB_OK);
	assert_int_equal(inner, 2);
	((int *)((void **)payload)[2])[0]++;
	return 0;
}

static void the_inbox_can_be_read_from_inside_its_own_listing(void **state)
{
	fx *f = *state;
	inbox_answer a = { .http_status = 200, .content_type = "application/fhir+json",
			   .body = (unsigned char *)"{}", .len = 2 };
	inbox_msg m;
	int outer = 0;
	void *args[3];
	outbox *ob;

	memset(&m, 0, sizeof(m));
	m.sender = "coach";
	m.kind = "feedback";
	m.referral_id = "HV-1";
	m.state = "received";
	m.content_type = "application/fhir+json";
	assert_int_equal(outbox_open(&ob, f->db, f->key, NULL, &f->d), BB_OK);
	m.msg_id = "in1";
	assert_int_equal(inbox_store(ob, &m, "{\"x\":1}", 7, &a, NULL, &f->d), BB_OK);
	m.msg_id = "in2";
	assert_int_equal(inbox_store(ob, &m, "{\"x\":2}", 7, &a, NULL, &f->d), BB_OK);
	/* the same message again is refused by its kept INSERT, as before */
	assert_int_equal(inbox_store(ob, &m, "{\"x\":2}", 7, &a, NULL, &f->d), BB_EINVAL);
	args[0] = f;
	args[1] = ob;
	args[2] = &outer;
	assert_int_equal(inbox_list(ob, NULL, list_inside_list, args, &f->d), BB_OK);
	assert_int_equal(outer, 2);
	outbox_close(ob);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(files_are_the_owners_alone, setup, teardown),
		cmocka_unit_test_setup_teardown(the_mark_names_the_outbox, setup, teardown),
		cmocka_unit_test_setup_teardown(a_wrong_key_is_refused_naming_the_key, setup, teardown),
		cmocka_unit_test_setup_teardown(an_emptied_or_deleted_outbox_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(a_replaced_outbox_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(a_damaged_database_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(an_old_outbox_gets_an_identity_after_its_key_is_checked,
						setup, teardown),
		cmocka_unit_test_setup_teardown(a_poisoned_message_is_given_up_and_the_rest_go_on, setup,
						teardown),
		cmocka_unit_test_setup_teardown(extreme_numbers_in_a_row_are_harmless, setup, teardown),
		cmocka_unit_test_setup_teardown(a_damaged_inbox_message_is_named, setup, teardown),
		cmocka_unit_test_setup_teardown(kept_statements_are_reused_one_user_at_a_time, setup,
						teardown),
		cmocka_unit_test_setup_teardown(the_inbox_can_be_read_from_inside_its_own_listing,
						setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
