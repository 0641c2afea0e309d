/*
 * The lock order check on the real connector (built with BB_LOCK_CHECK:
 * configure --enable-sanitizers or --enable-lock-check; without it the
 * test says so and skips).
 *
 * The order in docs/internals/threading.md holds on the paths every
 * threaded test takes (the sanitizer build's test_send, test_store_txn,
 * loop.test and serve.test abort on a violation); here a HIS that breaks
 * the rule of beweegbrug.h, an outbox listing callback that calls back
 * into the connector, is caught even though this run would not deadlock:
 * bb_connector_on_feedback takes the applier's lock while the store's is
 * held, the reverse of the applier's own order.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "beweegbrug.h"
#include "connector.h"
#include "util/mutex.h"
#include "testutil.h"

#ifdef BB_LOCK_CHECK

static char report[512];
static int nreports;

static void record(const char *r)
{
	if (!nreports++)
		snprintf(report, sizeof(report), "%s", r);
}

typedef struct fx {
	char *dir;
	bb_connector *c;
} fx;

static int setup(void **state)
{
	fx *f = calloc(1, sizeof(*f));
	char key[600], conf[600], text[1600];
	diag_list d = DIAG_LIST_INIT;

	f->dir = test_tmpdir();
	snprintf(key, sizeof(key), "%s/outbox.key", f->dir);
	test_write_file(key, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n");
	chmod(key, 0600);
	snprintf(text, sizeof(text), "[connector]\noutbox = %s/outbox.db\noutbox_key = %s\n", f->dir,
		 key);
	snprintf(conf, sizeof(conf), "%s/b.conf", f->dir);
	test_write_file(conf, text);
	assert_int_equal(bb_connector_new(&f->c, NULL), BB_OK);
	assert_int_equal(bb_connector_load_config(f->c, conf), BB_OK);
	assert_int_equal(delivery_enqueue(f->c, "m1", "gli", "r1", NULL, "application/fhir+json",
					   "{}", 2, NULL, &d), BB_OK);
	diag_free(&d);
	nreports = 0;
	mutex_on_violation(record);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fx *f = *state;
	char cmd[700];

	mutex_on_violation(NULL);
	bb_connector_free(f->c);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(f->dir);
	free(f);
	return 0;
}

static int ignore_feedback(const char *referral_id, const bb_feedback *fb, const char *entry,
			   size_t len, void *payload)
{
	(void)referral_id;
	(void)fb;
	(void)entry;
	(void)len;
	(void)payload;
	return 0;
}

/* What a listing callback may do: copy; nothing is reported. */
static int just_count(const bb_outbox_entry *e, void *payload)
{
	(void)e;
	(*(int *)payload)++;
	return 0;
}

/* What it must not: call back into the connector. */
static int calls_back(const bb_outbox_entry *e, void *payload)
{
	(void)e;
	bb_connector_on_feedback(payload, ignore_feedback, NULL);
	return 0;
}

static void right_order_is_quiet(void **state)
{
	fx *f = *state;
	size_t applied = 99;
	int n = 0;

	assert_int_equal(bb_outbox_list(f->c, BB_OUTBOX_ANY, just_count, &n), BB_OK);
	assert_int_equal(n, 1);
	/* the applier's lock, then the store's */
	assert_int_equal(bb_connector_on_feedback(f->c, ignore_feedback, NULL), BB_OK);
	assert_int_equal(bb_inbox_apply_pending(&applied, f->c), BB_OK);
	assert_int_equal(applied, 0);
	if (nreports)
		fail_msg("reported: %s", report);
	assert_int_equal(mutex_held_count(), 0);
}

static void callback_into_the_connector_is_caught(void **state)
{
	fx *f = *state;

	assert_int_equal(bb_outbox_list(f->c, BB_OUTBOX_ANY, calls_back, f->c), BB_OK);
	assert_int_equal(nreports, 1);
	if (!strstr(report, "lock order violated: the applier's lock (inbound/apply.c)") ||
	    !strstr(report, "while the store's lock (store/store.c) (rank 2, store) is held"))
		fail_msg("report: %s", report);
	assert_int_equal(mutex_held_count(), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(right_order_is_quiet, setup, teardown),
		cmocka_unit_test_setup_teardown(callback_into_the_connector_is_caught, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

#else

int main(void)
{
	printf("# SKIP: the lock order check is not built in (configure --enable-lock-check)\n");
	return 77;
}

#endif
