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
	char log[600], key[600], conf[600], anchor[700];
} fx;

/* The chain key, as the connector derives it from the audit key file. */
static unsigned char chain[AUDIT_KEY_LEN];
/* What each test's trail is anchored in (the connector's default: the log + ".anchor"). */
static const char *anchor;

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
	snprintf(f->anchor, sizeof(f->anchor), "%s.anchor", f->log);
	anchor = f->anchor;
	{
		diag_list d = DIAG_LIST_INIT;
		audit_keys k;
		assert_int_equal(audit_keys_load(&k, f->key, &d), BB_OK);
		memcpy(chain, k.chain, sizeof(chain));
		diag_free(&d);
	}
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

	assert_int_equal(audit_open(&a, path, anchor, chain, &d), BB_OK);
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

	assert_int_equal(audit_verify_file(path, anchor, chain, &v, NULL, NULL, &d), BB_EINPUT);
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
	assert_int_equal(audit_verify_file(f->log, anchor, chain, &v, NULL, NULL, &d), BB_OK);
	assert_int_equal(v.records, NREC);
	assert_int_equal(v.first_bad, 0);
	/* the end was checked against the anchor, which names the last record */
	assert_int_equal(v.anchor, AUDIT_ANCHOR_MATCHED);
	assert_int_equal(v.anchor_seq, NREC);
	assert_int_equal(stat(f->anchor, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
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
	lines[5] = audit_format(chain, 6, "2026-01-01T00:00:00.000Z", &r, prev, hash);
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

	if (w->own && audit_open(&a, w->path, anchor, chain, &d) != BB_OK)
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

	assert_int_equal(audit_open(&shared, f->log, anchor, chain, &d), BB_OK);
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
	assert_int_equal(audit_verify_file(f->log, anchor, chain, &v, NULL, NULL, &d), BB_OK);
	assert_int_equal(v.records, THREADS * PER_THREAD);
	assert_int_equal(v.anchor, AUDIT_ANCHOR_MATCHED);
	diag_free(&d);
}

static void torn_tail_not_chained_to(void **state)
{
	fx *f = *state;
	diag_list d = DIAG_LIST_INIT;
	size_t n;
	char **lines;
	FILE *fp;

	append_records(f->log, 2);
	/* a crash in the middle of writing record 3: half a line, not synced, no anchor moved */
	fp = fopen(f->log, "ab");
	assert_non_null(fp);
	fputs("{\"seq\":3,\"time\":\"2026-", fp);
	fclose(fp);
	append_records(f->log, 1);      /* chains to record 2, on a line of its own */
	lines = lines_of(f->log, &n);
	assert_int_equal(n, 4);
	assert_non_null(strstr(lines[3], "{\"seq\":3,"));
	assert_null(strstr(lines[3], "audit.gap"));   /* a crash is no gap */
	free_lines(lines, n);
	/* the cut line stays visible: verify names it */
	expect_broken(f->log, 3, 0, "not a record");
	diag_free(&d);
}

/* Rewrite every line from `from` (0-based) on, chained anew with `key` (NULL: plain SHA-256). */
static void rechain(char **lines, size_t n, size_t from, const unsigned char *key)
{
	char prev[AUDIT_HASH_HEX + 1], hash[AUDIT_HASH_HEX + 1];
	size_t i;

	memcpy(prev, strstr(lines[from], "\"prev\":\"") + 8, AUDIT_HASH_HEX);
	prev[AUDIT_HASH_HEX] = '\0';
	for (i = from; i < n; i++) {
		char *h = strstr(lines[i], ",\"hash\":\""), *p = strstr(lines[i], "\"prev\":\"") + 8;
		size_t len;

		memcpy(p, prev, AUDIT_HASH_HEX);
		len = (size_t)(h - lines[i]);
		h[0] = '}';
		assert_int_equal(audit_chain_hash(hash, key, prev, lines[i], len + 1), 0);
		h[0] = ',';
		memcpy(h + 9, hash, AUDIT_HASH_HEX);
		memcpy(prev, hash, sizeof(prev));
	}
}

/*
 * An insider with write access to the file but not the key edits a record
 * and computes the chain anew from there (as they could when the chain
 * was plain SHA-256): found at the edited record. With another key: the same.
 */
static void edit_and_rechain_found(void **state)
{
	fx *f = *state;
	unsigned char other[AUDIT_KEY_LEN];
	size_t n;
	char **lines, *p;

	append_records(f->log, NREC);
	lines = lines_of(f->log, &n);
	p = strstr(lines[4], "\"peer-5\"");
	p[6] = '9';
	rechain(lines, n, 4, NULL);
	write_lines(f->log, lines, n, 1);
	expect_broken(f->log, 5, 5, "chained with plain SHA-256, not with the audit key");
	memcpy(other, chain, sizeof(other));
	other[0] ^= 0x5a;
	rechain(lines, n, 4, other);
	write_lines(f->log, lines, n, 1);
	expect_broken(f->log, 5, 5, "or it was written with another audit key");
	/* positive control: with the key itself the rewrite would pass (so the key is what protects) */
	rechain(lines, n, 4, chain);
	write_lines(f->log, lines, n, 1);
	{
		diag_list d = DIAG_LIST_INIT;
		audit_verdict v;
		/* the anchor still names the old record 12: even the key-holder's rewrite shows there */
		assert_int_equal(audit_verify_file(f->log, NULL, chain, &v, NULL, NULL, &d), BB_OK);
		assert_int_equal(audit_verify_file(f->log, anchor, chain, &v, NULL, NULL, &d), BB_EINPUT);
		assert_int_equal(v.anchor, AUDIT_ANCHOR_DIFFERENT);
		diag_free(&d);
	}
	free_lines(lines, n);
}

/* The last record removed, the file emptied, the file removed: found at the end. */
static void removed_at_the_end_found(void **state)
{
	fx *f = *state;
	diag_list d = DIAG_LIST_INIT;
	audit_verdict v;
	size_t n;
	char **lines;
	FILE *fp;

	append_records(f->log, NREC);
	lines = lines_of(f->log, &n);
	write_lines(f->log, lines, n - 1, 1);
	expect_broken(f->log, NREC, NREC, "the trail ends at seq 11, but its anchor");
	assert_int_equal(audit_verify_file(f->log, anchor, chain, &v, NULL, NULL, &d), BB_EINPUT);
	assert_int_equal(v.anchor, AUDIT_ANCHOR_SHORT);
	assert_int_equal(v.anchor_seq, NREC);
	assert_non_null(strstr(v.why, "1 record(s) were removed from the end"));
	fp = fopen(f->log, "w");        /* emptied */
	fclose(fp);
	expect_broken(f->log, 1, 1, "the trail ends at seq 0, but its anchor");
	unlink(f->log);                 /* removed */
	assert_int_equal(audit_verify_file(f->log, anchor, chain, &v, NULL, NULL, &d), BB_EINPUT);
	assert_non_null(strstr(v.why, "the trail is missing, but its anchor"));
	free_lines(lines, n);
	diag_free(&d);
}

/* The anchor removed or altered: the end cannot be vouched for, and verify says so. */
static void anchor_removed_or_altered_found(void **state)
{
	fx *f = *state;
	diag_list d = DIAG_LIST_INIT;
	audit_verdict v;
	char *text;
	FILE *fp;

	append_records(f->log, NREC);
	text = slurp(f->anchor);
	text[30] ^= 1;                  /* one bit in each slot */
	text[256 + 30] ^= 1;
	fp = fopen(f->anchor, "wb");
	fwrite(text, 1, 512, fp);
	fclose(fp);
	assert_int_equal(audit_verify_file(f->log, anchor, chain, &v, NULL, NULL, &d), BB_EINPUT);
	assert_int_equal(v.anchor, AUDIT_ANCHOR_INVALID);
	unlink(f->anchor);
	assert_int_equal(audit_verify_file(f->log, anchor, chain, &v, NULL, NULL, &d), BB_EINPUT);
	assert_int_equal(v.anchor, AUDIT_ANCHOR_MISSING);
	assert_non_null(strstr(v.why, "is missing"));
	free(text);
	diag_free(&d);
}

/*
 * The writer that finds records missing at the end does not cover it up:
 * it writes an audit.gap record first, says so, and verify reports it.
 */
static void writer_records_a_gap(void **state)
{
	fx *f = *state;
	diag_list d = DIAG_LIST_INIT;
	audit_log *a = NULL;
	audit_rec r;
	size_t n;
	char **lines;

	append_records(f->log, NREC);
	lines = lines_of(f->log, &n);
	write_lines(f->log, lines, n - 3, 1);   /* records 10..12 removed */
	free_lines(lines, n);
	memset(&r, 0, sizeof(r));
	r.event = "referral.queued";
	r.outcome = "queued";
	assert_int_equal(audit_open(&a, f->log, anchor, chain, &d), BB_OK);
	assert_int_equal(audit_append(a, &r, 1, &d), BB_ECORRUPT);
	assert_non_null(strstr(diag_line(&d, 0), "records are missing from the audit trail"));
	audit_close(a);
	lines = lines_of(f->log, &n);
	assert_int_equal(n, 11);
	assert_non_null(strstr(lines[9], "\"seq\":10,"));
	assert_non_null(strstr(lines[9], "\"event\":\"audit.gap\""));
	assert_non_null(strstr(lines[9], "the trail ends at seq 9, but its anchor says seq 12"));
	assert_non_null(strstr(lines[10], "\"event\":\"referral.queued\""));
	free_lines(lines, n);
	expect_broken(f->log, 10, 10, "records are missing here (found by the writer)");
	diag_free(&d);
}

/* Records removed at the start of a file: it must begin at 1 or continue an archive. */
static void removed_at_the_start_found(void **state)
{
	fx *f = *state;
	size_t n;
	char **lines;

	append_records(f->log, NREC);
	lines = lines_of(f->log, &n);
	write_lines(f->log, lines + 3, n - 3, 1);
	expect_broken(f->log, 1, 4, "the trail begins at seq 4");
	free_lines(lines, n);
}

/*
 * Rotation keeps one chain: the new file continues the archive, a writer
 * that had the old file open follows, verify checks the archive too, and
 * says when it is not there.
 */
static void rotation_keeps_the_chain(void **state)
{
	fx *f = *state;
	diag_list d = DIAG_LIST_INIT;
	audit_verdict v;
	audit_log *early = NULL;
	audit_rec r;
	char *archived = NULL, want[800];
	size_t n;
	char **lines;

	append_records(f->log, 5);
	assert_int_equal(audit_open(&early, f->log, anchor, chain, &d), BB_OK);   /* before */
	assert_int_equal(audit_rotate(f->log, anchor, chain, "os-user:test", &archived, &d), BB_OK);
	snprintf(want, sizeof(want), "%s.1-5", f->log);
	assert_string_equal(archived, want);
	memset(&r, 0, sizeof(r));
	r.event = "message.delivered";
	r.outcome = "delivered";
	assert_int_equal(audit_append(early, &r, 1, &d), BB_OK);   /* follows to the new file */
	audit_close(early);
	append_records(f->log, 2);
	lines = lines_of(f->log, &n);
	assert_int_equal(n, 4);
	assert_non_null(strstr(lines[0], "{\"seq\":6,"));
	assert_non_null(strstr(lines[0], "\"event\":\"audit.rotated\""));
	assert_non_null(strstr(lines[0], "continues audit.log.1-5: records 1..5"));
	assert_non_null(strstr(lines[1], "{\"seq\":7,"));
	free_lines(lines, n);
	assert_int_equal(audit_verify_file(f->log, anchor, chain, &v, NULL, NULL, &d), BB_OK);
	assert_int_equal(v.records, 4);
	assert_int_equal(v.first_seq, 6);
	assert_int_equal(v.last_seq, 9);
	assert_string_equal(v.continues, "audit.log.1-5");
	assert_int_equal(v.continues_checked, 1);
	assert_int_equal(v.earlier_records, 5);
	assert_int_equal(v.anchor, AUDIT_ANCHOR_MATCHED);
	/* a changed archive breaks the link into the new file */
	lines = lines_of(archived, &n);
	write_lines(archived, lines, n - 1, 1);
	assert_int_equal(audit_verify_file(f->log, anchor, chain, &v, NULL, NULL, &d), BB_EINPUT);
	assert_int_equal(v.first_bad, 1);
	assert_non_null(strstr(v.why, "but that archive ends at seq 4"));
	/* an archive moved away: this file still verifies, and says what was not checked */
	unlink(archived);
	assert_int_equal(audit_verify_file(f->log, anchor, chain, &v, NULL, NULL, &d), BB_OK);
	assert_int_equal(v.continues_checked, 0);
	free_lines(lines, n);
	free(archived);
	/* an empty trail is not rotated */
	unlink(f->log);
	unlink(f->anchor);
	assert_int_equal(audit_rotate(f->log, anchor, chain, "os-user:test", &archived, &d), BB_OK);
	assert_null(archived);
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

	assert_int_equal(audit_pseudonym_key(key, f->key, &d), BB_OK);
	assert_int_equal(audit_pseudonym_of(pa, key, BSN_A), 0);
	assert_int_equal(audit_pseudonym_of(pb, key, BSN_B), 0);
	assert_int_equal(audit_pseudonym_of(pa2, key, BSN_A), 0);
	assert_int_equal(strlen(pa), 32);
	assert_string_equal(pa, pa2);        /* the same patient, the same pseudonym */
	assert_string_not_equal(pa, pb);
	/* another key, another pseudonym: the file alone does not tell the BSN */
	memcpy(other, key, sizeof(key));
	other[0] ^= 1;
	assert_int_equal(audit_pseudonym_of(pb, other, BSN_A), 0);
	assert_string_not_equal(pa, pb);
	/* a key readable by others is refused, as the outbox key is */
	chmod(f->key, 0644);
	assert_int_equal(audit_pseudonym_key(key, f->key, &d), BB_ECONFIG);
	assert_non_null(strstr(diag_line(&d, 0), "readable by others"));
	/* a BSN quoted in a detail (a receiver's error text) is masked */
	memset(&r, 0, sizeof(r));
	r.event = "message.dead-letter";
	r.patient = pa;
	r.detail = "receiver says: patient " BSN_A " unknown; AGB 01000001, id 1234567890";
	memset(prev, '0', AUDIT_HASH_HEX);
	prev[AUDIT_HASH_HEX] = '\0';
	line = audit_format(chain, 1, "2026-01-01T00:00:00.000Z", &r, prev, hash);
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
	bb_delivery_stats st = BB_DELIVERY_STATS_INIT;
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
	assert_int_equal(bb_outbox_deliver_due(&st, c), BB_OK);
	assert_int_equal(st.delivered, 1);
	assert_int_equal(bb_deliver_now(c, "coach", "direct-1", "application/fhir+json", "{}", 2), BB_OK);
	assert_int_equal(bb_deliver_now(c, "coach", "fatal-1", "application/fhir+json", "{}", 2),
			 BB_EREFUSED);
	assert_int_equal(bb_audit_verify(&records, NULL, c), BB_OK);
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
	assert_int_equal(bb_audit_verify(&records, &first_bad, c), BB_ENOTFOUND);
	append_records(f->log, NREC);
	assert_int_equal(bb_audit_verify(&records, &first_bad, c), BB_OK);
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
	assert_int_equal(bb_audit_verify(&records, &first_bad, c), BB_EINPUT);
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
		cmocka_unit_test_setup_teardown(edit_and_rechain_found, setup, teardown),
		cmocka_unit_test_setup_teardown(removed_at_the_end_found, setup, teardown),
		cmocka_unit_test_setup_teardown(anchor_removed_or_altered_found, setup, teardown),
		cmocka_unit_test_setup_teardown(writer_records_a_gap, setup, teardown),
		cmocka_unit_test_setup_teardown(removed_at_the_start_found, setup, teardown),
		cmocka_unit_test_setup_teardown(rotation_keeps_the_chain, setup, teardown),
		cmocka_unit_test_setup_teardown(pseudonyms_not_bsns, setup, teardown),
		cmocka_unit_test_setup_teardown(public_api, setup, teardown),
		cmocka_unit_test(log_lines_masked),
		cmocka_unit_test_setup_teardown(deliveries_recorded, setup, teardown),
	};

	return cmocka_run_group_tests_name("audit", tests, NULL, NULL);
}
