/*
 * Durable sending through the public API: many HIS threads at once
 * (group commit), the same referral twice (one message), and the
 * operator's view of what was queued.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <pthread.h>
#include <sys/stat.h>

#include "beweegbrug.h"
#include "testutil.h"

#define THREADS 8
#define PER_THREAD 6

typedef struct fx {
	char *dir;
	bb_connector *c;
	char *record;
	size_t len;
} fx;

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t)n + 1);
	if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	if (buf)
		buf[n] = '\0';
	*len = (size_t)n;
	return buf;
}

static int setup(void **state)
{
	fx *f = calloc(1, sizeof(*f));
	char path[700], conf[2000], sample[700];

	f->dir = test_tmpdir();
	snprintf(path, sizeof(path), "%s/outbox.key", f->dir);
	test_write_file(path, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n");
	chmod(path, 0600);
	snprintf(conf, sizeof(conf),
		 "[connector]\nsender_endpoint = https://beweegbrug.test/fhir\nhis_adapter = his-xml\noutbox = %s/outbox.db\noutbox_key = %s\n"
		 "audit_log = %s/audit.log\n"
		 "[destination \"gli\"]\nadapter = fhir-message\n"
		 "endpoint = https://localhost:9/fhir\nreceiver_kind = gli\n", f->dir, path, f->dir);
	snprintf(path, sizeof(path), "%s/b.conf", f->dir);
	test_write_file(path, conf);
	assert_int_equal(bb_connector_new(&f->c, NULL), BB_OK);
	assert_int_equal(bb_connector_load_config(f->c, path), BB_OK);
	snprintf(sample, sizeof(sample), "%s/schemas/samples/his-xml/gli-obesitas.xml",
		 test_env("abs_top_srcdir"));
	f->record = slurp(sample, &f->len);
	assert_non_null(f->record);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fx *f = *state;
	char cmd[700];

	bb_connector_free(f->c);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(f->record);
	free(f->dir);
	free(f);
	return 0;
}

typedef struct job {
	fx *f;
	int thread;
	int failures;
	char ids[PER_THREAD][BB_MESSAGE_ID_LEN];
} job;

static void *sender(void *arg)
{
	job *j = arg;
	int i;

	for (i = 0; i < PER_THREAD; i++) {
		bb_referral *r = NULL;
		char ref[32];

		snprintf(ref, sizeof(ref), "HV-T%d-%d", j->thread, i);
		if (bb_referral_from_his(&r, j->f->c, NULL, "gli-obesitas.xml", j->f->record,
					 j->f->len) != BB_OK ||
		    bb_referral_set(r, BB_REF_ID, ref) != BB_OK ||
		    bb_referral_set(r, BB_REF_RECEIVER_ID, "gli") != BB_OK ||
		    bb_referral_send(j->ids[i], j->f->c, r, "gli") != BB_OK)
			j->failures++;
		bb_referral_free(r);
	}
	return NULL;
}

typedef struct tally {
	size_t pending;
	char seen[THREADS * PER_THREAD][32];
	size_t n;
} tally;

static int count_entry(const bb_outbox_entry *e, void *payload)
{
	tally *t = payload;
	size_t i;

	if (e->state == BB_OUTBOX_PENDING)
		t->pending++;
	for (i = 0; i < t->n; i++)
		if (strcmp(t->seen[i], e->referral_id) == 0)
			fail_msg("referral %s stored twice", e->referral_id);
	if (t->n < THREADS * PER_THREAD)
		snprintf(t->seen[t->n++], sizeof(t->seen[0]), "%s", e->referral_id);
	return 0;
}

static void concurrent_senders_each_stored_once(void **state)
{
	fx *f = *state;
	pthread_t th[THREADS];
	job jobs[THREADS];
	tally t;
	int i;

	memset(jobs, 0, sizeof(jobs));
	memset(&t, 0, sizeof(t));
	for (i = 0; i < THREADS; i++) {
		jobs[i].f = f;
		jobs[i].thread = i;
		assert_int_equal(pthread_create(&th[i], NULL, sender, &jobs[i]), 0);
	}
	for (i = 0; i < THREADS; i++) {
		pthread_join(th[i], NULL);
		assert_int_equal(jobs[i].failures, 0);
	}
	assert_int_equal(bb_outbox_list(f->c, BB_OUTBOX_ANY, count_entry, &t), BB_OK);
	assert_int_equal(t.n, THREADS * PER_THREAD);
	assert_int_equal(t.pending, THREADS * PER_THREAD);
	/* the group commits' audit records: one per send, one unbroken chain */
	{
		size_t records = 0, first_bad = 0;
		assert_int_equal(bb_audit_verify(&records, &first_bad, f->c), BB_OK);
		assert_int_equal(records, THREADS * PER_THREAD);
		assert_int_equal(first_bad, 0);
	}
}

static void same_referral_same_message(void **state)
{
	fx *f = *state;
	char a[BB_MESSAGE_ID_LEN], b[BB_MESSAGE_ID_LEN], c[BB_MESSAGE_ID_LEN];
	bb_referral *r = NULL;
	tally t;

	memset(&t, 0, sizeof(t));
	assert_int_equal(bb_referral_from_his(&r, f->c, NULL, "x.xml", f->record, f->len), BB_OK);
	/* the record's consent names another receiver: nothing is queued for this one */
	assert_int_equal(bb_referral_send(a, f->c, r, "gli"), BB_EINPUT);
	assert_string_equal(bb_error_last(f->c)->message,
			    "receiver.id: the patient's consent was recorded for receiver "
			    "\"gli-rotterdam-west\", not for \"gli\"");
	assert_int_equal(bb_outbox_list(f->c, BB_OUTBOX_ANY, count_entry, &t), BB_OK);
	assert_int_equal(t.n, 0);
	assert_int_equal(bb_referral_set(r, BB_REF_RECEIVER_ID, "gli"), BB_OK);
	assert_int_equal(bb_referral_send(a, f->c, r, "gli"), BB_OK);
	assert_int_equal(bb_referral_send(b, f->c, r, "gli"), BB_OK);
	assert_string_equal(a, b);
	/* another referral id is another message */
	assert_int_equal(bb_referral_set(r, BB_REF_ID, "HV-OTHER"), BB_OK);
	assert_int_equal(bb_referral_send(c, f->c, r, "gli"), BB_OK);
	assert_string_not_equal(a, c);
	bb_referral_free(r);
	assert_int_equal(bb_outbox_list(f->c, BB_OUTBOX_ANY, count_entry, &t), BB_OK);
	assert_int_equal(t.n, 2);
}

static void operator_reads_the_message(void **state)
{
	fx *f = *state;
	char id[BB_MESSAGE_ID_LEN], *body = NULL;
	bb_referral *r = NULL;
	size_t len = 0, n = 9;

	assert_int_equal(bb_referral_from_his(&r, f->c, NULL, "x.xml", f->record, f->len), BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_RECEIVER_ID, "gli"), BB_OK);
	assert_int_equal(bb_referral_send(id, f->c, r, "gli"), BB_OK);
	bb_referral_free(r);
	assert_int_equal(bb_outbox_show(&body, &len, f->c, id, NULL, NULL), BB_OK);
	assert_non_null(strstr(body, id));
	assert_non_null(strstr(body, "\"resourceType\":\"Bundle\""));
	assert_int_equal(strlen(body), len);
	bb_free(body);
	assert_int_equal(bb_outbox_retry(&n, f->c, "not-there"), BB_ENOTFOUND);
	assert_int_equal(n, 0);
	assert_int_equal(bb_outbox_list(f->c, 7, NULL, NULL), BB_EINVAL);
}

static void *stop_delivery(void *arg)
{
	return (void *)(intptr_t)bb_delivery_stop(arg);
}

static void *start_delivery(void *arg)
{
	return (void *)(intptr_t)bb_delivery_start(arg);
}

/*
 * bb_delivery_start and _stop are marked thread-safe: stops at once from
 * many threads join the worker once (joining a thread twice is undefined:
 * a crash or a hang), and a start while a stop joins starts anew after it.
 */
static void delivery_stops_and_starts_from_many_threads(void **state)
{
	fx *f = *state;
	pthread_t t[8];
	void *rc;
	int round, i;

	for (round = 0; round < 20; round++) {
		assert_int_equal(bb_delivery_start(f->c), BB_OK);
		for (i = 0; i < 8; i++)
			assert_int_equal(pthread_create(&t[i], NULL,
							i % 4 == 3 ? start_delivery : stop_delivery, f->c), 0);
		for (i = 0; i < 8; i++) {
			assert_int_equal(pthread_join(t[i], &rc), 0);
			assert_int_equal((intptr_t)rc, BB_OK);
		}
		assert_int_equal(bb_delivery_stop(f->c), BB_OK);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(concurrent_senders_each_stored_once, setup, teardown),
		cmocka_unit_test_setup_teardown(same_referral_same_message, setup, teardown),
		cmocka_unit_test_setup_teardown(operator_reads_the_message, setup, teardown),
		cmocka_unit_test_setup_teardown(delivery_stops_and_starts_from_many_threads, setup,
						teardown),
	};

	return cmocka_run_group_tests_name("send", tests, NULL, NULL);
}
