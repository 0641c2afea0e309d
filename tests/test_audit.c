/*
 * The audit trail: a chain of records verifies; each kind of tampering
 * (a changed field, a removed line, two lines swapped, a cut-off last
 * line, a record that chains elsewhere, a line that is no record) is
 * reported at the right line and record; appends from several threads and
 * several open files (as several processes would have) keep one unbroken
 * chain; a torn last line is not chained to; patients are pseudonyms and
 * no BSN reaches the file; the public API reads the same.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <pthread.h>
#include <string.h>
#include <sys/stat.h>

#include "beweegbrug.h"
#include "audit/audit.h"
#include "log.h"
#include "testutil.h"

/* Synthetic BSNs that pass the elfproef (the 99999xxxx test range). */
#define BSN_A "999990068"
#define BSN_B "999990081"
#define NREC 12

typedef struct fx {
	char *dir;
	char log[600], key[600], conf[600];
} fx;

static int setup(void **state)
{
	fx *f = calloc(1, sizeof(*f));
	char text[2000];

	f->dir = test_tmpdir();
	snprintf(f->log, sizeof(f->log), "%s/audit.log", f->dir);
	snprintf(f->key, sizeof(f->key), "%s/audit.key", f->dir);
	snprintf(f->conf, sizeof(f->conf), "%s/b.conf", f->dir);
	test_write_file(f->key, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n");
	chmod(f->key, 0600);
	snprintf(text, sizeof(text), "[connector]\nsender_endpoint = https://beweegbrug.test/fhir\naudit_log = %s\naudit_key = %s\n", f->log, f->key);
	test_write_file(f->conf, text);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fx *f = *state;
	char cmd[700];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(f->dir);
	free(f);
	return 0;
}

/* Append n records "peer-1" ... in batches of 1, 2, 3 ... */
static void append_records(const char *path, size_t n)
{
	diag_list d = DIAG_LIST_INIT;
	audit_log *a = NULL;
	audit_rec recs[8];
	char peers[8][32];
	size_t done = 0, batch = 1, i;

	assert_int_equal(audit_open(&a, path, &d), BB_OK);
	while (done < n) {
		size_t k = batch < n - done ? batch : n - done;
		for (i = 0; i < k; i++) {
			memset(&recs[i], 0, sizeof(recs[i]));
			snprintf(peers[i], sizeof(peers[i]), "peer-%zu", done + i + 1);
			recs[i].event = "referral.queued";
			recs[i].actor = "agb:01000001";
			recs[i].referral = "HV-TEST-1";
			recs[i].peer = peers[i];
			recs[i].outcome = "queued";
		}
		assert_int_equal(audit_append(a, recs, k, &d), BB_OK);
		done += k;
		batch = batch % 4 + 1;
	}
	audit_close(a);
	diag_free(&d);
}

static char *slurp(const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	long n;

	assert_non_null(fp);
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	rewind(fp);
	buf = malloc((size_t)n + 1);
	assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
	buf[n] = '\0';
	fclose(fp);
	return buf;
}

/* The file's lines (each without its newline); *n their number. */
static char **lines_of(const char *path, size_t *n)
{
	char *text = slurp(path), *p, *nl;
	char **lines = calloc(4096, sizeof(*lines));

	*n = 0;
	for (p = text; *p && *n < 4096; p = nl + 1) {
		nl = strchr(p, '\n');
		if (!nl)
			nl = p + strlen(p) - 1;
		lines[(*n)++] = strndup(p, (size_t)(nl - p + (*nl != '\n')));
	}
	free(text);
	return lines;
}

static void write_lines(const char *path, char **lines, size_t n, int last_newline)
{
	FILE *fp = fopen(path, "wb");
	size_t i;

	assert_non_null(fp);
	for (i = 0; i < n; i++)
		fprintf(fp, "%s%s", lines[i], i + 1 < n || last_newline ? "\n" : "");
	fclose(fp);
}

static void free_lines(char **lines, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
}

static void expect_broken(const char *path, unsigned line, uint64_t seq, const char *why)
{
	diag_list d = DIAG_LIST_INIT;
	audit_verdict v;

	assert_int_equal(audit_verify_file(path, &v, NULL, NULL, &d), BB_EINPUT);
	if (v.first_bad != line || v.bad_seq != seq || !strstr(v.why, why))
		fail_msg("expected line %u seq %llu (%s), got line %u seq %llu: %s", line,
			 (unsigned long long)seq, why, v.first_bad, (unsigned long long)v.bad_seq, v.why);
	assert_int_equal(v.records, line - 1);
	diag_free(&d);
}

static void chain_verifies(void **state)
{
	fx *f = *state;
	diag_list d = DIAG_LIST_INIT;
	audit_verdict v;
	struct stat st;
	size_t n;
	char **lines;

	append_records(f->log, NREC);
	assert_int_equal(audit_verify_file(f->log, &v, NULL, NULL, &d), BB_OK);
	assert_int_equal(v.records, NREC);
	assert_int_equal(v.first_bad, 0);
	/* made 0600: it names referrals and pseudonyms */
	assert_int_equal(stat(f->log, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	/* first record: sequence 1, chained to the zero hash; each line ends with its hash */
	lines = lines_of(f->log, &n);
	assert_int_equal(n, NREC);
	assert_non_null(strstr(lines[0], "{\"seq\":1,\"time\":\""));
	assert_non_null(strstr(lines[0], "\"prev\":\"0000000000000000000000000000000000000000000000000000000000000000\""));
	assert_non_null(strstr(lines[NREC - 1], v.last_hash));
	free_lines(lines, n);
	diag_free(&d);
}

static void edited_field_found(void **state)
{
	fx *f = *state;
	size_t n;
	char **lines, *p;

	append_records(f->log, NREC);
	lines = lines_of(f->log, &n);
	p = strstr(lines[4], "\"peer-5\"");
	assert_non_null(p);
	p[6] = '9';                      /* peer-5 -> peer-9 on line 5 */
	write_lines(f->log, lines, n, 1);
	expect_broken(f->log, 5, 5, "hash mismatch");
	free_lines(lines, n);
}

static void deleted_line_found(void **state)
{
	fx *f = *state;
	size_t n;
	char **lines;

	append_records(f->log, NREC);
	lines = lines_of(f->log, &n);
	free(lines[6]);                  /* remove line 7 */
	memmove(&lines[6], &lines[7], (n - 7) * sizeof(*lines));
	write_lines(f->log, lines, n - 1, 1);
	expect_broken(f->log, 7, 8, "sequence gap");
	free_lines(lines, n - 1);
}

static void swapped_lines_found(void **state)
{
	fx *f = *state;
	size_t n;
	char **lines, *t;

	append_records(f->log, NREC);
	lines = lines_of(f->log, &n);
	t = lines[2];                    /* lines 3 and 4 */
	lines[2] = lines[3];
	lines[3] = t;
	write_lines(f->log, lines, n, 1);
	expect_broken(f->log, 3, 4, "sequence gap");
	free_lines(lines, n);
}

static void cut_last_line_found(void **state)
{
	fx *f = *state;
	size_t n;
	char **lines;

	append_records(f->log, NREC);
	lines = lines_of(f->log, &n);
	lines[n - 1][strlen(lines[n - 1]) / 2] = '\0';
	write_lines(f->log, lines, n, 0);
	expect_broken(f->log, NREC, 0, "cut off");
	/* also only the newline gone: a record, but not a whole line */
	free_lines(lines, n);
}

static void other_chain_and_garbage_found(void **state)
{
	fx *f = *state;
	char prev[AUDIT_HASH_HEX + 1], hash[AUDIT_HASH_HEX + 1];
	audit_rec r;
	size_t n;
	char **lines;

	append_records(f->log, NREC);
	lines = lines_of(f->log, &n);
	/* a record correct in itself, with sequence 6, but chained to something else */
	memset(prev, 'a', AUDIT_HASH_HEX);
	prev[AUDIT_HASH_HEX] = '\0';
	memset(&r, 0, sizeof(r));
	r.event = "referral.queued";
	r.outcome = "queued";
	free(lines[5]);
	lines[5] = audit_format(6, "2026-01-01T00:00:00.000Z", &r, prev, hash);
	lines[5][strlen(lines[5]) - 1] = '\0';
	write_lines(f->log, lines, n, 1);
	expect_broken(f->log, 6, 6, "prev mismatch");
	/* and a line that is no record at all */
	free(lines[5]);
	lines[5] = strdup("not a record");
	write_lines(f->log, lines, n, 1);
	expect_broken(f->log, 6, 0, "not a record");
	free_lines(lines, n);
}

/* Threads appending at once: some share a handle, some have their own open file. */
typedef struct worker {
	audit_log *shared;
	const char *path;
	int own;
} worker;

#define THREADS 6
#define PER_THREAD 40

static void *append_many(void *arg)
{
	worker *w = arg;
	diag_list d = DIAG_LIST_INIT;
	audit_log *a = w->shared;
	audit_rec r;
	int i;

	if (w->own && audit_open(&a, w->path, &d) != BB_OK)
		return (void *)1;
	memset(&r, 0, sizeof(r));
	r.event = "message.delivered";
	r.outcome = "delivered";
	for (i = 0; i < PER_THREAD; i++)
		if (audit_append(a, &r, 1, &d) != BB_OK)
			return (void *)1;
	if (w->own)
		audit_close(a);
	diag_free(&d);
	return NULL;
}

static void concurrent_appends_keep_the_chain(void **state)
{
	fx *f = *state;
	diag_list d = DIAG_LIST_INIT;
	pthread_t t[THREADS];
	worker w[THREADS];
	audit_log *shared = NULL;
	audit_verdict v;
	void *res;
	int i;

	assert_int_equal(audit_open(&shared, f->log, &d), BB_OK);
	for (i = 0; i < THREADS; i++) {
		w[i].shared = shared;
		w[i].path = f->log;
		w[i].own = i % 2;   /* an own open file: flock, as between processes */
		assert_int_equal(pthread_create(&t[i], NULL, append_many, &w[i]), 0);
	}
	for (i = 0; i < THREADS; i++) {
		assert_int_equal(pthread_join(t[i], &res), 0);
		assert_null(res);
	}
	audit_close(shared);
	assert_int_equal(audit_verify_file(f->log, &v, NULL, NULL, &d), BB_OK);
	assert_int_equal(v.records, THREADS * PER_THREAD);
	diag_free(&d);
}

static void torn_tail_not_chained_to(void **state)
{
	fx *f = *state;
	diag_list d = DIAG_LIST_INIT;
	size_t n;
	char **lines;

	append_records(f->log, 3);
	lines = lines_of(f->log, &n);
	lines[2][20] = '\0';            /* a crash cut record 3 */
	write_lines(f->log, lines, n, 0);
	free_lines(lines, n);
	append_records(f->log, 1);      /* chains to record 2, on a line of its own */
	lines = lines_of(f->log, &n);
	assert_int_equal(n, 4);
	assert_non_null(strstr(lines[3], "{\"seq\":3,"));
	free_lines(lines, n);
	/* the cut line stays visible: verify names it */
	expect_broken(f->log, 3, 0, "not a record");
	diag_free(&d);
}

static void pseudonyms_not_bsns(void **state)
{
	fx *f = *state;
	diag_list d = DIAG_LIST_INIT;
	unsigned char key[AUDIT_KEY_LEN], other[AUDIT_KEY_LEN];
	char pa[AUDIT_PSEUDONYM_HEX + 1], pb[AUDIT_PSEUDONYM_HEX + 1], pa2[AUDIT_PSEUDONYM_HEX + 1];
	char prev[AUDIT_HASH_HEX + 1], hash[AUDIT_HASH_HEX + 1], *line;
	audit_rec r;

	assert_int_equal(pseudonym_key(key, f->key, &d), BB_OK);
	assert_int_equal(pseudonym_of(pa, key, BSN_A), 0);
	assert_int_equal(pseudonym_of(pb, key, BSN_B), 0);
	assert_int_equal(pseudonym_of(pa2, key, BSN_A), 0);
	assert_int_equal(strlen(pa), 32);
	assert_string_equal(pa, pa2);        /* the same patient, the same pseudonym */
	assert_string_not_equal(pa, pb);
	/* another key, another pseudonym: the file alone does not tell the BSN */
	memcpy(other, key, sizeof(key));
	other[0] ^= 1;
	assert_int_equal(pseudonym_of(pb, other, BSN_A), 0);
	assert_string_not_equal(pa, pb);
	/* a key readable by others is refused, as the outbox key is */
	chmod(f->key, 0644);
	assert_int_equal(pseudonym_key(key, f->key, &d), BB_ECONFIG);
	assert_non_null(strstr(diag_line(&d, 0), "readable by others"));
	/* a BSN quoted in a detail (a receiver's error text) is masked */
	memset(&r, 0, sizeof(r));
	r.event = "message.dead-letter";
	r.patient = pa;
	r.detail = "receiver says: patient " BSN_A " unknown; AGB 01000001, id 1234567890";
	memset(prev, '0', AUDIT_HASH_HEX);
	prev[AUDIT_HASH_HEX] = '\0';
	line = audit_format(1, "2026-01-01T00:00:00.000Z", &r, prev, hash);
	assert_non_null(line);
	assert_null(strstr(line, BSN_A));
	assert_non_null(strstr(line, "patient ********* unknown; AGB 01000001, id 1234567890"));
	assert_non_null(strstr(line, pa));
	free(line);
	diag_free(&d);
}

static int keep_event(const bb_audit_record *r, void *payload)
{
	char *out = payload;

	snprintf(out + strlen(out), 1000 - strlen(out), "%s %s %s|", r->event, r->outcome,
		 r->patient ? "patient" : "-");
	return 0;
}

/* Through the connector: a referral queued and delivered, and direct sends. */
static void deliveries_recorded(void **state)
{
	fx *f = *state;
	bb_options opts = BB_OPTIONS_INIT;
	bb_connector *c = NULL;
	bb_referral *r = NULL;
	bb_delivery_stats st;
	char path[1200], text[3000], sample[700], events[1000] = "", *record;
	size_t len, records = 0;
	FILE *fp;

	snprintf(path, sizeof(path), "%s:%s", test_env("BEWEEGBRUG_PLUGIN_PATH"),
		 test_env("BB_TEST_PLUGIN_DIR"));
	opts.plugin_path = path;
	snprintf(text, sizeof(text),
		 "[connector]\nsender_endpoint = https://beweegbrug.test/fhir\nhis_adapter = his-xml\noutbox = %s/outbox.db\noutbox_key = %s\n"
		 "audit_log = %s\n"
		 "[destination \"coach\"]\nadapter = test-dest\n"
		 "endpoint = https://coach.example.test/fhir\nreceiver_kind = beweegcoach\n"
		 "spool_dir = %s\n", f->dir, f->key, f->log, f->dir);
	test_write_file(f->conf, text);
	assert_int_equal(bb_connector_new(&c, &opts), BB_OK);
	if (bb_connector_load_config(c, f->conf) != BB_OK)
		fail_msg("%s", bb_error_last(c)->message);
	snprintf(sample, sizeof(sample), "%s/schemas/samples/his-xml/beweegcoach-diabetes.xml",
		 test_env("abs_top_srcdir"));
	fp = fopen(sample, "rb");
	assert_non_null(fp);
	record = calloc(1, 1 << 16);
	len = fread(record, 1, (1 << 16) - 1, fp);
	fclose(fp);
	assert_int_equal(bb_referral_from_his(&r, c, NULL, "sample", record, len), BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_RECEIVER_ID, "coach"), BB_OK);
	assert_int_equal(bb_referral_send(NULL, c, r, "coach"), BB_OK);
	bb_referral_free(r);
	free(record);
	assert_int_equal(bb_outbox_deliver_due(c, &st), BB_OK);
	assert_int_equal(st.delivered, 1);
	assert_int_equal(bb_deliver_now(c, "coach", "direct-1", "application/fhir+json", "{}", 2), BB_OK);
	assert_int_equal(bb_deliver_now(c, "coach", "fatal-1", "application/fhir+json", "{}", 2),
			 BB_EREFUSED);
	assert_int_equal(bb_audit_verify(c, &records, NULL), BB_OK);
	assert_int_equal(records, 4);
	assert_int_equal(bb_audit_list(c, NULL, NULL, keep_event, events), BB_OK);
	assert_string_equal(events, "referral.queued queued patient|message.delivered delivered -|"
			    "message.sent-direct delivered -|message.sent-direct refused -|");
	/* the patient's records: the referral's, delivered included */
	events[0] = '\0';
	assert_int_equal(bb_audit_list(c, NULL, BSN_B, keep_event, events), BB_OK);
	assert_string_equal(events, "referral.queued queued patient|message.delivered delivered -|");
	bb_connector_free(c);
}

static void capture(bb_log_level level, const char *message, void *payload)
{
	(void)level;
	snprintf(payload, 200, "%s", message);
}

/* Whatever a log line quotes (a receiver's error text), a BSN comes out masked. */
static void log_lines_masked(void **state)
{
	bb_options opts = BB_OPTIONS_INIT;
	bb_connector *c = NULL;
	char got[200] = "";

	(void)state;
	opts.log = capture;
	opts.log_payload = got;
	opts.log_level = BB_LOG_DEBUG;
	assert_int_equal(bb_connector_new(&c, &opts), BB_OK);
	log_msg(c, BB_LOG_WARN, "receiver: patient %s unknown (BSN=%s)", BSN_A, BSN_B);
	assert_string_equal(got, "receiver: patient ********* unknown (BSN=*********)");
	/* positive control: ids and other numbers pass unchanged */
	log_msg(c, BB_LOG_WARN, "message 4f1e2a3b-1234-5678-9abc-123456789abc, AGB 01000001, "
		"10 digits 1234567890, in id HV-%s", "123456789x");
	assert_string_equal(got, "message 4f1e2a3b-1234-5678-9abc-123456789abc, AGB 01000001, "
			    "10 digits 1234567890, in id HV-123456789x");
	bb_connector_free(c);
}

static void public_api(void **state)
{
	fx *f = *state;
	bb_connector *c = NULL;
	char pseudonym[BB_PSEUDONYM_LEN];
	size_t records = 0, first_bad = 0, n;
	const bb_error *e;
	char **lines, *p;

	assert_int_equal(bb_connector_new(&c, NULL), BB_OK);
	if (bb_connector_load_config(c, f->conf) != BB_OK)
		fail_msg("%s", bb_error_last(c)->message);
	/* no file yet */
	assert_int_equal(bb_audit_verify(c, &records, &first_bad), BB_ENOTFOUND);
	append_records(f->log, NREC);
	assert_int_equal(bb_audit_verify(c, &records, &first_bad), BB_OK);
	assert_int_equal(records, NREC);
	assert_int_equal(first_bad, 0);
	assert_int_equal(bb_audit_pseudonym(pseudonym, c, BSN_A), BB_OK);
	assert_int_equal(strlen(pseudonym), 32);
	/* an invalid BSN is refused without being repeated */
	assert_int_equal(bb_audit_pseudonym(pseudonym, c, "999990069"), BB_EINVAL);
	assert_null(strstr(bb_error_last(c)->message, "999990069"));

	lines = lines_of(f->log, &n);
	p = strstr(lines[8], "\"queued\"");
	assert_non_null(p);
	memcpy(p + 1, "QUEUED", 6);
	write_lines(f->log, lines, n, 1);
	free_lines(lines, n);
	assert_int_equal(bb_audit_verify(c, &records, &first_bad), BB_EINPUT);
	assert_int_equal(records, 8);
	assert_int_equal(first_bad, 9);
	e = bb_error_last(c);
	assert_int_equal(e->line, 9);
	assert_string_equal(e->field, "seq 9");
	assert_string_equal(e->source, f->log);
	assert_non_null(strstr(e->message, "audit.log:9: seq 9: hash mismatch"));
	bb_connector_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(chain_verifies, setup, teardown),
		cmocka_unit_test_setup_teardown(edited_field_found, setup, teardown),
		cmocka_unit_test_setup_teardown(deleted_line_found, setup, teardown),
		cmocka_unit_test_setup_teardown(swapped_lines_found, setup, teardown),
		cmocka_unit_test_setup_teardown(cut_last_line_found, setup, teardown),
		cmocka_unit_test_setup_teardown(other_chain_and_garbage_found, setup, teardown),
		cmocka_unit_test_setup_teardown(concurrent_appends_keep_the_chain, setup, teardown),
		cmocka_unit_test_setup_teardown(torn_tail_not_chained_to, setup, teardown),
		cmocka_unit_test_setup_teardown(pseudonyms_not_bsns, setup, teardown),
		cmocka_unit_test_setup_teardown(public_api, setup, teardown),
		cmocka_unit_test(log_lines_masked),
		cmocka_unit_test_setup_teardown(deliveries_recorded, setup, teardown),
	};

	return cmocka_run_group_tests_name("audit", tests, NULL, NULL);
}
