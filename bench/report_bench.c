/*
 * A synthetic year for monitoring (issue 16), and how long the report over
 * it takes. A regional platform receives the referrals of PRACTICES GP
 * practices for a year and answers each one; then `bb_report` (what
 * `beweegbrug report` calls) counts it, grouped by practice, as CSV, FHIR
 * and HTML. The peer, measured in the same run, is only reading back
 * every stored message (decrypted) through the public API, which the
 * report has to do anyway: the ratio is what counting costs on top.
 *
 * The year is made with the calls the command line makes (`serve` is
 * bb_inbound_process, `feedback` is bb_feedback_send), in one process:
 * some 30,000 messages through the binary would be 30,000 process starts.
 *
 * Assumptions (docs/monitoring.md), drawn with a fixed seed:
 *   PER_PRACTICE referrals a practice a year (default 50: about one a
 *   week), made on working days spread over 2027; the patient's postcode
 *   area one of 20, the offer one of 8.
 *   10 % declined (geen-plek 40 %, buiten-doelgroep 30 %, niet-bereikbaar
 *   20 %, patient-wil-niet 10 %); of the accepted 85 % start (intake), the
 *   rest say nothing more; of the started 2 progress reports, then 70 %
 *   complete and 30 % stop (motivatie 35 %, tijd 20 %, medisch 20 %,
 *   kosten 10 %, verhuisd 5 %, aanbod-past-niet 10 %); of the completed
 *   55 % go on at a regular offer, 25 % on their own, 20 % not.
 *   BMI at the referral 30-36, at completion 0-3 lower; six-minute walk
 *   380-460 m at the intake, 20-80 m more at completion.
 *   Follow-up at 6 months for 80 % of completed and stopped (active: 65 %
 *   of completed, 25 % of stopped), at 12 months for 70 % of those (active
 *   80 % of who was active at 6 months, 10 % of who was not).
 *
 * Usage: bench/report_bench [PRACTICES] [PER_PRACTICE]   (defaults 100, 50)
 * Run from the build directory with BEWEEGBRUG_PLUGIN_PATH set
 * (make bench-report).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "beweegbrug.h"

static unsigned long long seed = 20270101;

/* A small LCG: the same year every run, without the C library's rand state. */
static double draw(void)
{
	seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
	return (double)(seed >> 11) / 9007199254740992.0;
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

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
	if (buf) {
		buf[n] = '\0';
		*len = (size_t)n;
	}
	return buf;
}

static void die(bb_connector *c, const char *what)
{
	fprintf(stderr, "report_bench: %s: %s\n", what, c && bb_error_last(c) ? bb_error_last(c)->message : "");
	exit(1);
}

/* yyyy-mm-ddT10:00:00+01:00 for day `d` (0-based) of 2027 plus `plus` days */
static void day_of_year(char out[40], int d, int plus)
{
	struct tm tm;
	time_t t;

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = 127;
	tm.tm_mon = 0;
	tm.tm_mday = 1 + d + plus;
	tm.tm_hour = 9;
	t = timegm(&tm);
	gmtime_r(&t, &tm);
	strftime(out, 40, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static const char *pick(const char *const *codes, const double *weights, size_t n)
{
	double x = draw(), acc = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		acc += weights[i];
		if (x < acc)
			return codes[i];
	}
	return codes[n - 1];
}

static bb_connector *platform;
static size_t feedback_count;

static void answer(const char *ref, const char *agb, const char *status, const char *date, ...)
{
	bb_feedback *fb = NULL;
	va_list ap;
	int field;

	bb_feedback_new(&fb);
	bb_feedback_set(fb, BB_FB_REFERRAL_ID, ref);
	bb_feedback_set(fb, BB_FB_PRACTICE_AGB, agb);
	bb_feedback_set(fb, BB_FB_STATUS, status);
	bb_feedback_set(fb, BB_FB_DATE, date);
	bb_feedback_set(fb, BB_FB_AUTHOR_ORGANIZATION, "Beweegplatform (synthetisch)");
	va_start(ap, date);
	while ((field = va_arg(ap, int)) != 0) {
		const char *v = va_arg(ap, const char *);
		if (field == -1) {
			const char *value = va_arg(ap, const char *), *unit = va_arg(ap, const char *);
			bb_feedback_add_measurement(fb, v, value, unit, date);
		} else if (v) {
			bb_feedback_set(fb, field, v);
		}
	}
	va_end(ap);
	if (bb_feedback_send(NULL, platform, fb) != BB_OK)
		die(platform, ref);
	feedback_count++;
	bb_feedback_free(fb);
}

/*
 * The peer: every stored message read back (decrypted) through the public
 * API. The ids first: a list callback may not call back into the library
 * (it holds the store's lock).
 */
typedef struct peer_ctx {
	char (*ids)[40];
	int *in;
	size_t n, cap, bytes;
} peer_ctx;

static void peer_add(peer_ctx *p, const char *id, int in)
{
	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 1024;
		p->ids = realloc(p->ids, p->cap * sizeof(*p->ids));
		p->in = realloc(p->in, p->cap * sizeof(*p->in));
		if (!p->ids || !p->in)
			exit(1);
	}
	snprintf(p->ids[p->n], 40, "%s", id);
	p->in[p->n++] = in;
}

static int list_in(const bb_inbox_entry *e, void *payload)
{
	peer_add(payload, e->message_id, 1);
	return 0;
}

static int list_out(const bb_outbox_entry *e, void *payload)
{
	peer_add(payload, e->message_id, 0);
	return 0;
}

static void read_back(peer_ctx *p, bb_connector *c)
{
	size_t i;

	for (i = 0; i < p->n; i++) {
		char *body = NULL;
		size_t len = 0;
		int rc = p->in[i] ? bb_inbox_show(&body, &len, c, p->ids[i], NULL, NULL)
				  : bb_outbox_show(&body, &len, c, p->ids[i], NULL, NULL);
		if (rc != BB_OK)
			die(c, "reading back");
		p->bytes += len;
		bb_free(body);
	}
}

#define MEASURE(loinc, value, unit) -1, loinc, value, unit

int main(int argc, char **argv)
{
	static const char *const declines[] = { "geen-plek", "buiten-doelgroep", "niet-bereikbaar", "patient-wil-niet" };
	static const double decline_w[] = { .4, .3, .2, .1 };
	static const char *const stops[] = { "motivatie", "tijd", "medisch", "kosten", "verhuisd", "aanbod-past-niet" };
	static const double stop_w[] = { .35, .2, .2, .1, .05, .1 };
	static const char *const conts[] = { "regulier-aanbod", "zelfstandig", "geen" };
	static const double cont_w[] = { .55, .25, .2 };
	int practices = argc > 1 ? atoi(argv[1]) : 100, per = argc > 2 ? atoi(argv[2]) : 50;
	char dir[] = "/tmp/bb-report-bench-XXXXXX", path[512], conf[16384], cmd[1200], *pem, *record;
	const char *src = getenv("abs_top_srcdir");
	bb_connector *gp = NULL;
	size_t record_len = 0, pem_len = 0, referrals = 0;
	double t0, t_gen, t_peer, t_csv, t_html, t_fhir;
	int p, i, formats[3] = { BB_REPORT_CSV, BB_REPORT_HTML, BB_REPORT_FHIR_JSON };
	double *times[3] = { &t_csv, &t_html, &t_fhir };
	size_t sizes[3];
	bb_report_options ro;
	peer_ctx peer;
	FILE *f;

	if (practices < 1 || practices > 9999 || per < 1 || per > 9999 || !mkdtemp(dir))
		return 2;
	snprintf(path, sizeof(path), "%s/schemas/samples/his-xml/gli-obesitas.xml", src ? src : ".");
	if (!(record = slurp(path, &record_len)))
		return fprintf(stderr, "report_bench: no %s (set abs_top_srcdir)\n", path), 2;
	snprintf(cmd, sizeof(cmd), "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2"
		 " -subj '/O=Huisartsen Regio/CN=gp-region' -keyout %s/gp.key -out %s/gp.pem 2>/dev/null", dir, dir);
	if (system(cmd) != 0)
		return 2;
	snprintf(path, sizeof(path), "%s/gp.pem", dir);
	pem = slurp(path, &pem_len);
	snprintf(path, sizeof(path), "%s/platform.key", dir);
	f = fopen(path, "w");
	fputs("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n", f);
	fclose(f);
	chmod(path, 0600);
	snprintf(conf, sizeof(conf),
		 "[connector]\nsender_endpoint = https://platform.test/fhir\nhis_adapter = his-xml\n"
		 "outbox = %s/platform.db\noutbox_key = %s\n"
		 "[destination \"gp\"]\nadapter = fhir-message\nendpoint = https://gp.test/fhir\n"
		 "receiver_kind = platform\n"
		 "[sender \"gp\"]\nsubject = CN=gp-region,O=Huisartsen Regio\nrole = referrer\nreply_to = gp\n"
		 "agb =",
		 dir, path);
	/* the region's practices: the AGB codes its referrals may carry */
	for (p = 0; p < practices; p++) {
		if (strlen(conf) + 16 >= sizeof(conf)) {
			fprintf(stderr, "report_bench: too many practices for one agb line\n");
			return 1;
		}
		snprintf(conf + strlen(conf), sizeof(conf) - strlen(conf), " 0199%04d", p);
	}
	strcat(conf, "\n");
	snprintf(path, sizeof(path), "%s/platform.conf", dir);
	f = fopen(path, "w");
	fputs(conf, f);
	fclose(f);
	if (bb_connector_new(&platform, NULL) != BB_OK || bb_connector_load_config(platform, path) != BB_OK)
		die(platform, "platform configuration");
	if (bb_connector_new(&gp, NULL) != BB_OK)
		die(gp, "connector");

	/* ---- the year ---- */
	t0 = now_s();
	for (p = 0; p < practices; p++) {
		char agb[24];
		snprintf(agb, sizeof(agb), "0199%04d", p);
		for (i = 0; i < per; i++) {
			bb_referral *r = NULL;
			bb_inbound_response resp = BB_INBOUND_RESPONSE_INIT;
			char ref[48], postcode[24], offer[24], authored[40], d1[40], d2[40], d3[40], d4[40], d5[40],
			     d6[40], d7[40], bmi[16], walk[16], walk2[16], bmi0[16], per_week[16];
			char *msg = NULL;
			size_t len = 0;
			int day = (int)(draw() * 360), started, completed, active6 = 0;
			snprintf(ref, sizeof(ref), "SY-%04d-%04d", p, i);
			snprintf(postcode, sizeof(postcode), "30%02d AB", (int)(draw() * 20) + 10);
			snprintf(offer, sizeof(offer), "aanbod-%d", (int)(draw() * 8) + 1);
			day_of_year(authored, day, 0);
			snprintf(bmi0, sizeof(bmi0), "%.1f", 30 + draw() * 6);
			if (bb_referral_from_his(&r, gp, "his-xml", "bench.xml", record, record_len) != BB_OK)
				die(gp, "sample record");
			bb_referral_set(r, BB_REF_ID, ref);
			bb_referral_set(r, BB_REF_PRACTICE_AGB, agb);
			bb_referral_set(r, BB_REF_AUTHORED, authored);
			bb_referral_set(r, BB_REF_PATIENT_POSTCODE, postcode);
			bb_referral_set(r, BB_REF_OFFER_ID, offer);
			if (bb_referral_to_fhir(&msg, &len, gp, r, NULL, BB_FORMAT_JSON) != BB_OK)
				die(gp, "referral message");
			bb_referral_free(r);
			if (bb_inbound_process(&resp, platform, pem, "application/fhir+json; fhirVersion=4.0", msg,
					       len) != BB_OK)
				die(platform, "receiving a referral");
			bb_inbound_response_free(&resp);
			bb_free(msg);
			referrals++;
			day_of_year(d1, day, 7);
			if (draw() < .10) {
				answer(ref, agb, "rejected", d1, BB_FB_REASON_CODE, pick(declines, decline_w, 4), 0);
				continue;
			}
			answer(ref, agb, "accepted", d1, 0);
			if (draw() >= .85)
				continue;
			day_of_year(d2, day, 21);
			snprintf(walk, sizeof(walk), "%d", 380 + (int)(draw() * 80));
			answer(ref, agb, "in-progress", d2, BB_FB_INTAKE_DATE, d2,
			       MEASURE("64098-7", walk, "m"), 0);
			started = 1;
			day_of_year(d3, day, 60);
			answer(ref, agb, "in-progress", d3, BB_FB_SESSIONS_ATTENDED, "6", 0);
			day_of_year(d4, day, 100);
			answer(ref, agb, "in-progress", d4, BB_FB_SESSIONS_ATTENDED, "12", 0);
			day_of_year(d5, day, 150);
			completed = draw() < .70;
			if (completed) {
				const char *cont = pick(conts, cont_w, 3);
				snprintf(bmi, sizeof(bmi), "%.1f", atof(bmi0) - draw() * 3);
				snprintf(walk2, sizeof(walk2), "%d", atoi(walk) + 20 + (int)(draw() * 60));
				answer(ref, agb, "completed", d5, BB_FB_CONTINUATION, cont,
				       BB_FB_NEXT_OFFER, strcmp(cont, "regulier-aanbod") == 0 ? "sport-regulier" : NULL,
				       MEASURE("39156-5", bmi, "kg/m2"), MEASURE("64098-7", walk2, "m"), 0);
			} else {
				answer(ref, agb, "failed", d5, BB_FB_REASON_CODE, pick(stops, stop_w, 6), 0);
			}
			(void)started;
			if (draw() >= .80)
				continue;
			day_of_year(d6, day, 21 + 183);
			active6 = draw() < (completed ? .65 : .25);
			snprintf(per_week, sizeof(per_week), "%d", 1 + (int)(draw() * 3));
			answer(ref, agb, completed ? "completed" : "failed", d6, BB_FB_FOLLOWUP_MONTHS, "6",
			       BB_FB_FOLLOWUP_ACTIVE, active6 ? "yes" : "no",
			       BB_FB_FOLLOWUP_PER_WEEK, active6 ? per_week : NULL, 0);
			if (draw() >= .70)
				continue;
			day_of_year(d7, day, 21 + 365);
			answer(ref, agb, completed ? "completed" : "failed", d7, BB_FB_FOLLOWUP_MONTHS, "12",
			       BB_FB_FOLLOWUP_ACTIVE, draw() < (active6 ? .8 : .1) ? "yes" : "no", 0);
		}
	}
	t_gen = now_s() - t0;

	/* ---- the peer: read every stored message back ---- */
	t0 = now_s();
	memset(&peer, 0, sizeof(peer));
	if (bb_inbox_list(platform, list_in, &peer) != BB_OK || bb_outbox_list(platform, -1, list_out, &peer) != BB_OK)
		die(platform, "listing the store");
	read_back(&peer, platform);
	t_peer = now_s() - t0;

	/* ---- the report ---- */
	memset(&ro, 0, sizeof(ro));
	ro.group = BB_REPORT_BY_PRACTICE;
	for (i = 0; i < 3; i++) {
		char *out = NULL;
		t0 = now_s();
		if (bb_report(&out, &sizes[i], platform, &ro, formats[i]) != BB_OK)
			die(platform, "report");
		*times[i] = now_s() - t0;
		if (i == 0) {
			snprintf(path, sizeof(path), "%s/report.csv", dir);
			f = fopen(path, "w");
			fwrite(out, 1, sizes[i], f);
			fclose(f);
		}
		bb_free(out);
	}
	printf("synthetic year: %d practices x %d = %zu referrals, %zu feedback messages "
	       "(made in %.1f s)\n", practices, per, referrals, feedback_count, t_gen);
	printf("peer: reading back %zu stored messages (%.1f MB): %.2f s\n", peer.n,
	       (double)peer.bytes / 1e6, t_peer);
	printf("report by practice, CSV:  %.2f s (%.2fx the peer), %zu bytes\n", t_csv, t_csv / t_peer, sizes[0]);
	printf("report by practice, HTML: %.2f s (%.2fx), %zu bytes\n", t_html, t_html / t_peer, sizes[1]);
	printf("report by practice, FHIR: %.2f s (%.2fx), %zu bytes\n", t_fhir, t_fhir / t_peer, sizes[2]);
	printf("store and CSV kept in %s\n", dir);
	bb_connector_free(platform);
	bb_connector_free(gp);
	free(peer.ids);
	free(peer.in);
	free(record);
	free(pem);
	return 0;
}
