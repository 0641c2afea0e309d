/*
 * One HIS record to the referral message, per input adapter: what
 * `beweegbrug convert` does for each record, in one process (so the time
 * is the work, not the start-up): bb_referral_from_his + bb_referral_to_fhir
 * (JSON).
 *
 * Usage: bench/his_bench ADAPTER RECORD [SECONDS]
 *   ADAPTER his-xml | his-hl7v2 | his-fhir; RECORD a sample record.
 *   Run with BEWEEGBRUG_PLUGIN_PATH set (make bench does). Converts the
 *   record over and over for SECONDS (default 1) of CPU time and prints
 *     RESULT his-ADAPTER MICROSECONDS us/record   (CPU time per record)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "beweegbrug.h"

/* CPU time of the process: on a shared machine the wall clock also
 * counts the time other programs had the CPU. */
static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (!f || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0 ||
	    !(buf = malloc((size_t)n + 1)) || fread(buf, 1, (size_t)n, f) != (size_t)n) {
		fprintf(stderr, "his_bench: cannot read %s\n", path);
		exit(2);
	}
	fclose(f);
	buf[n] = '\0';
	*len = (size_t)n;
	return buf;
}

static void convert(bb_connector *c, const char *adapter, const char *record, size_t len)
{
	bb_referral *r = NULL;
	char *text = NULL;
	size_t text_len;

	if (bb_referral_from_his(&r, c, adapter, "bench", record, len) != BB_OK ||
	    bb_referral_to_fhir(&text, &text_len, c, r, NULL, BB_FORMAT_JSON) != BB_OK) {
		fprintf(stderr, "his_bench: %s: %s\n", adapter, bb_error_last(c)->message);
		exit(1);
	}
	free(text);
	bb_referral_free(r);
}

int main(int argc, char **argv)
{
	bb_connector *c = NULL;
	double seconds = 1.0, t0, t;
	unsigned long n = 0;
	size_t len;
	char *record;

	if (argc < 3 || argc > 4) {
		fprintf(stderr, "usage: his_bench ADAPTER RECORD [SECONDS]\n");
		return 2;
	}
	if (argc == 4)
		seconds = atof(argv[3]);
	record = slurp(argv[2], &len);
	if (bb_connector_new(&c, NULL) != BB_OK)
		return 2;
	convert(c, argv[1], record, len);       /* warm-up: plugin loaded, schema compiled */
	t0 = now_s();
	do {
		convert(c, argv[1], record, len);
		n++;
		t = now_s() - t0;
	} while (t < seconds);
	printf("RESULT %s %.1f us/record\n", argv[1], 1e6 * t / (double)n);
	bb_connector_free(c);
	free(record);
	return 0;
}
