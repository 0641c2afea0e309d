/*
 * How long the GP waits after pressing the button: bb_refer() from a HIS
 * record to a durable message, one click at a time as in a consulting
 * room. Measured in the same run against two peers:
 *
 *   send   the bare path a HIS could also take: bb_referral_from_his +
 *          bb_referral_send (read, build, store) without the catalogue
 *          lookup, consent check, GLI check and receipt;
 *   fsync  the floor any durable design pays: write a message-sized file
 *          and fsync it, in the same directory.
 *
 * The delivery thread runs during both, against a receiver that refuses
 * connections (127.0.0.1:9), as when a receiver is down.
 *
 * Usage: bench/refer_bench [CLICKS]   (default 300; run by `make bench-refer`)
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "beweegbrug.h"

#define DEST_URL "https://127.0.0.1:9/fhir"

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (!f || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0 ||
	    !(buf = malloc((size_t)n + 1)) || fread(buf, 1, (size_t)n, f) != (size_t)n) {
		fprintf(stderr, "cannot read %s\n", path);
		exit(1);
	}
	fclose(f);
	buf[n] = '\0';
	*len = (size_t)n;
	return buf;
}

/* `text` with every `from` replaced by `to` (a new string). */
static char *replace_all(const char *text, const char *from, const char *to)
{
	size_t lf = strlen(from), lt = strlen(to), n = 0;
	const char *p;
	char *out, *o;

	for (p = text; (p = strstr(p, from)); p += lf)
		n++;
	out = malloc(strlen(text) + n * (lt > lf ? lt - lf : 0) + 1);
	if (!out)
		exit(1);
	for (o = out, p = text; ; ) {
		const char *hit = strstr(p, from);
		size_t k = hit ? (size_t)(hit - p) : strlen(p);
		memcpy(o, p, k);
		o += k;
		if (!hit)
			break;
		memcpy(o, to, lt);
		o += lt;
		p = hit + lf;
	}
	*o = '\0';
	return out;
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	if (!f || fputs(text, f) < 0 || fclose(f) != 0) {
		fprintf(stderr, "cannot write %s\n", path);
		exit(1);
	}
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

typedef struct figures {
	double p50, p95, p99, max, mean;
} figures;

static figures summarise(double *ms, int n)
{
	figures f;
	double sum = 0;
	int i;

	qsort(ms, (size_t)n, sizeof(*ms), cmp_double);
	for (i = 0; i < n; i++)
		sum += ms[i];
	f.p50 = ms[n / 2];
	f.p95 = ms[(n * 95) / 100];
	f.p99 = ms[(n * 99) / 100 < n ? (n * 99) / 100 : n - 1];
	f.max = ms[n - 1];
	f.mean = sum / n;
	return f;
}

static void print_row(const char *name, figures f)
{
	printf("%-8s p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms  mean %7.2f ms\n", name,
	       f.p50, f.p95, f.p99, f.max, f.mean);
}

/* The record with its id made unique for click `i` (the same length each time). */
static char *record_for(const char *tmpl, const char *prefix, int i)
{
	char id[32], *out;

	snprintf(id, sizeof(id), "id=\"%s-%06d\"", prefix, i);
	out = replace_all(tmpl, "id=\"HV-BENCH-XXXXXX\"", id);
	return out;
}

int main(int argc, char **argv)
{
	const char *src = getenv("abs_top_srcdir");
	int clicks = argc > 1 ? atoi(argv[1]) : 300, i;
	const char *tmp = getenv("TMPDIR");
	char dir[512], path[1024], conf[4096];
	char *sample, *kaart, *kaart2, *tmpl, *endpoint = NULL, offer_id[128] = "";
	double *a, *b, *c;
	size_t len;
	bb_connector *conn = NULL;
	bb_offers *offers = NULL;
	figures fa, fb, fc;

	if (!src || clicks < 10) {
		fprintf(stderr, "usage: abs_top_srcdir=DIR bench/refer_bench [CLICKS >= 10]\n");
		return 64;
	}
	snprintf(dir, sizeof(dir), "%s/bb-refer-bench-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(dir))
		return 1;
	a = calloc((size_t)clicks, sizeof(double));
	b = calloc((size_t)clicks, sizeof(double));
	c = calloc((size_t)clicks, sizeof(double));

	/* The sample catalogue, with its first electronic beweegcoach offer aimed at our destination. */
	snprintf(path, sizeof(path), "%s/schemas/samples/beweegkaart/rotterdam-maastricht.json", src);
	kaart = slurp(path, &len);
	if (bb_connector_new(&conn, NULL) != BB_OK || bb_offers_new(&offers, conn) != BB_OK ||
	    bb_offers_load(offers, path) != BB_OK) {
		fprintf(stderr, "catalogue: %s\n", conn ? bb_error_last(conn)->message : "?");
		return 1;
	}
	for (len = 0; len < bb_offers_count(offers); len++) {
		const bb_offer *o = bb_offers_at(offers, len);
		if (o->endpoint && o->kind && strcmp(o->kind, "beweegcoach") == 0) {
			snprintf(offer_id, sizeof(offer_id), "%s", o->id);
			endpoint = strdup(o->endpoint);
			break;
		}
	}
	bb_offers_free(offers);
	bb_connector_free(conn);
	if (!endpoint) {
		fprintf(stderr, "no electronic beweegcoach offer in %s\n", path);
		return 1;
	}
	kaart2 = replace_all(kaart, endpoint, DEST_URL);
	snprintf(path, sizeof(path), "%s/kaart.json", dir);
	write_file(path, kaart2);
	snprintf(path, sizeof(path), "%s/outbox.key", dir);
	write_file(path, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n");
	chmod(path, 0600);
	snprintf(conf, sizeof(conf),
		 "[connector]\nsender_endpoint = https://beweegbrug.test/fhir\nhis_adapter = his-xml\noutbox = %s/outbox.db\noutbox_key = %s/outbox.key\n"
		 "beweegkaart = %s/kaart.json\nretry_delay = 3600\n"
		 "[destination \"coach\"]\nadapter = fhir-message\nendpoint = %s\n"
		 "receiver_kind = beweegcoach\ntimeout = 2\n", dir, dir, dir, DEST_URL);
	snprintf(path, sizeof(path), "%s/beweegbrug.conf", dir);
	write_file(path, conf);

	/* A record without a chosen receiver: the click chooses it. */
	snprintf(path, sizeof(path), "%s/schemas/samples/his-xml/beweegcoach-diabetes.xml", src);
	sample = slurp(path, &len);
	{
		char *s1 = replace_all(sample, "id=\"HV-2027-000112\"", "id=\"HV-BENCH-XXXXXX\"");
		char *open = strstr(s1, "<ontvanger>"), *close = strstr(s1, "</ontvanger>");
		if (!open || !close) {
			fprintf(stderr, "unexpected sample\n");
			return 1;
		}
		*open = '\0';
		tmpl = malloc(strlen(s1) + strlen(close) + 16);
		sprintf(tmpl, "%s<ontvanger/>%s", s1, close + strlen("</ontvanger>"));
		free(s1);
	}

	snprintf(path, sizeof(path), "%s/beweegbrug.conf", dir);
	if (bb_connector_new(&conn, NULL) != BB_OK || bb_connector_load_config(conn, path) != BB_OK ||
	    bb_delivery_start(conn) != BB_OK) {
		fprintf(stderr, "connector: %s\n", bb_error_last(conn)->message);
		return 1;
	}
	printf("refer_bench: %d clicks, one at a time; offer %s; receiver down (%s)\n", clicks,
	       offer_id, DEST_URL);

	/* Interleaved, so both paths see the same machine and the same growing outbox. */
	for (i = 0; i < clicks; i++) {
		char *rec = record_for(tmpl, "HV-REFER", i), *rec2 = record_for(tmpl, "HV-SENDS", i);
		bb_his_record hr = BB_HIS_RECORD_INIT;
		bb_receipt *receipt = NULL;
		bb_referral *r = NULL;
		char id[BB_MESSAGE_ID_LEN];
		double t0;
		int fd;

		hr.source = "bench.xml";
		hr.data = rec;
		hr.len = strlen(rec);
		t0 = now_ms();
		if (bb_refer(&receipt, conn, &hr, offer_id) != BB_OK) {
			fprintf(stderr, "bb_refer: %s\n", bb_error_last(conn)->message);
			return 1;
		}
		a[i] = now_ms() - t0;
		bb_receipt_free(receipt);

		t0 = now_ms();
		if (bb_referral_from_his(&r, conn, NULL, "bench.xml", rec2, strlen(rec2)) != BB_OK ||
		    bb_referral_set(r, BB_REF_RECEIVER_ID, "coach") != BB_OK ||
		    bb_referral_send(id, conn, r, "coach") != BB_OK) {
			fprintf(stderr, "send: %s\n", bb_error_last(conn)->message);
			return 1;
		}
		b[i] = now_ms() - t0;
		bb_referral_free(r);

		snprintf(path, sizeof(path), "%s/floor-%d", dir, i);
		t0 = now_ms();
		fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		if (fd < 0 || write(fd, rec, strlen(rec)) < 0 || fsync(fd) != 0 || close(fd) != 0)
			return 1;
		c[i] = now_ms() - t0;
		unlink(path);
		free(rec);
		free(rec2);
	}
	bb_delivery_stop(conn);
	bb_connector_free(conn);

	fa = summarise(a, clicks);
	fb = summarise(b, clicks);
	fc = summarise(c, clicks);
	print_row("bb_refer", fa);
	print_row("send", fb);
	print_row("fsync", fc);
	printf("ratio bb_refer/send: p50 %.2f, p99 %.2f\n", fa.p50 / fb.p50, fa.p99 / fb.p99);
	printf("ratio bb_refer/fsync: p50 %.2f, p99 %.2f\n", fa.p50 / fc.p50, fa.p99 / fc.p99);
	/* for bench/run */
	printf("RESULT refer-p50 %.3f ms\nRESULT refer-p99 %.3f ms\n", fa.p50, fa.p99);
	printf("RESULT refer-send-p50 %.3f ms\nRESULT refer-send-p99 %.3f ms\n", fb.p50, fb.p99);
	printf("RESULT fsync-p50 %.3f ms\nRESULT fsync-p99 %.3f ms\n", fc.p50, fc.p99);

	snprintf(conf, sizeof(conf), "rm -rf '%s'", dir);
	if (system(conf) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	free(a);
	free(b);
	free(c);
	free(sample);
	free(kaart);
	free(kaart2);
	free(tmpl);
	free(endpoint);
	return 0;
}
