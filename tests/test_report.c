/*
 * bb_report against figures worked out by hand (docs/monitoring.md has the
 * same case as a table). A GP practice and a GLI provider in one process,
 * each with its own store: twelve referrals go from the GP to the
 * provider through bb_inbound_process, the provider answers (accept,
 * decline, intake, complete, stop, follow-ups at 6 and 12 months) and the
 * answers go back the same way. Each side's report is made from its own
 * store only, and both must give exactly the rows below.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <sys/stat.h>

#include "beweegbrug.h"
#include "testutil.h"

typedef struct fx {
	char *dir;
	bb_connector *gp, *coach;
	char *gp_pem, *coach_pem;
	char *record;
	size_t record_len;
	size_t applied, followups_in_journal;
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
	if (buf) {
		buf[n] = '\0';
		if (len)
			*len = (size_t)n;
	}
	return buf;
}

static char *make_cert(const char *dir, const char *name, const char *subject)
{
	char cmd[1200], path[600];

	snprintf(cmd, sizeof(cmd),
		 "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2"
		 " -subj '%s' -keyout %s/%s.key -out %s/%s.pem 2>/dev/null", subject, dir, name,
		 dir, name);
	assert_int_equal(system(cmd), 0);
	snprintf(path, sizeof(path), "%s/%s.pem", dir, name);
	return slurp(path, NULL);
}

static bb_connector *connector_for(const fx *f, const char *name, const char *sections)
{
	char key[600], path[600], conf[4000];
	bb_connector *c = NULL;

	snprintf(key, sizeof(key), "%s/%s.outbox.key", f->dir, name);
	test_write_file(key, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n");
	chmod(key, 0600);
	snprintf(conf, sizeof(conf),
		 "[connector]\nsender_endpoint = https://beweegbrug.test/fhir\nhis_adapter = his-xml\n"
		 "outbox = %s/%s.db\noutbox_key = %s\n%s", f->dir, name, key, sections);
	snprintf(path, sizeof(path), "%s/%s.conf", f->dir, name);
	test_write_file(path, conf);
	assert_int_equal(bb_connector_new(&c, NULL), BB_OK);
	if (bb_connector_load_config(c, path) != BB_OK)
		fail_msg("%s", bb_error_last(c)->message);
	return c;
}

/* The GP's HIS: takes every entry; a follow-up's SOEP says what it is. */
static int on_feedback(const char *referral_id, const bb_feedback *fb, const char *entry,
		       size_t len, void *payload)
{
	fx *f = payload;
	bb_soep *soep = NULL;

	(void)referral_id;
	(void)entry;
	(void)len;
	f->applied++;
	if (bb_feedback_get(fb, BB_FB_FOLLOWUP_MONTHS)) {
		assert_int_equal(bb_soep_new(&soep, fb), BB_OK);
		assert_non_null(strstr(bb_soep_title(soep), "follow-up"));
		assert_non_null(strstr(bb_soep_text(soep, BB_SOEP_S), "maanden na de start: pati\xc3\xabnt is"));
		f->followups_in_journal++;
		bb_soep_free(soep);
	}
	return 0;
}

static int setup(void **state)
{
	fx *f = calloc(1, sizeof(*f));
	char sample[700];

	f->dir = test_tmpdir();
	f->gp_pem = make_cert(f->dir, "gp", "/O=Huisartsen Test/CN=gp-practice-001");
	f->coach_pem = make_cert(f->dir, "coach", "/O=Leefstijl Test/CN=gli-001");
	f->gp = connector_for(f, "gp",
			      "[destination \"gli\"]\nadapter = fhir-message\n"
			      "endpoint = https://localhost:9/fhir\nreceiver_kind = gli\n"
			      "[sender \"gli\"]\nsubject = CN=gli-001,O=Leefstijl Test\n"
			      "role = provider\n");
	f->coach = connector_for(f, "coach",
				 "[destination \"gp\"]\nadapter = fhir-message\n"
				 "endpoint = https://localhost:9/fhir\nreceiver_kind = platform\n"
				 "[sender \"gp\"]\nsubject = CN=gp-practice-001, O=Huisartsen Test\n"
				 "role = referrer\nagb = 01000002\nreply_to = gp\n");
	assert_int_equal(bb_connector_on_feedback(f->gp, on_feedback, f), BB_OK);
	snprintf(sample, sizeof(sample), "%s/schemas/samples/his-xml/gli-obesitas.xml",
		 test_env("abs_top_srcdir"));
	f->record = slurp(sample, &f->record_len);
	assert_non_null(f->record);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fx *f = *state;
	char cmd[700];

	bb_connector_free(f->gp);
	bb_connector_free(f->coach);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(f->gp_pem);
	free(f->coach_pem);
	free(f->record);
	free(f->dir);
	free(f);
	return 0;
}

/* ---- carrying messages by hand ----------------------------------------------- */

typedef struct pending_ids {
	char ids[64][40];
	size_t n;
} pending_ids;

static int remember(const bb_outbox_entry *e, void *payload)
{
	pending_ids *p = payload;

	if (p->n < 64)
		snprintf(p->ids[p->n++], 40, "%s", e->message_id);
	return 0;
}

/* Every pending message of `from` to `to`, in order; they stay in `from`'s store. */
static void carry(bb_connector *from, bb_connector *to, const char *pem)
{
	pending_ids p;
	size_t i;

	memset(&p, 0, sizeof(p));
	assert_int_equal(bb_outbox_list(from, BB_OUTBOX_PENDING, remember, &p), BB_OK);
	for (i = 0; i < p.n; i++) {
		bb_inbound_response resp = BB_INBOUND_RESPONSE_INIT;
		char *body = NULL;
		size_t len = 0;
		int rc;

		assert_int_equal(bb_outbox_show(&body, &len, from, p.ids[i], NULL, NULL), BB_OK);
		rc = bb_inbound_process(&resp, to, pem, "application/fhir+json; fhirVersion=4.0", body, len);
		if (rc != BB_OK)
			fail_msg("HTTP %d: %s\n%s", resp.http_status, bb_error_last(to)->message, resp.body);
		bb_inbound_response_free(&resp);
		bb_free(body);
	}
}

static void refer(fx *f, int i, const char *authored, const char *postcode, const char *offer)
{
	bb_referral *r = NULL;
	char id[32];

	snprintf(id, sizeof(id), "HV-R%02d", i);
	assert_int_equal(bb_referral_from_his(&r, f->gp, NULL, "gli.xml", f->record, f->record_len),
			 BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_ID, id), BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_AUTHORED, authored), BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_RECEIVER_ID, "gli"), BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_PATIENT_POSTCODE, postcode), BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_OFFER_ID, offer), BB_OK);
	if (bb_referral_send(NULL, f->gp, r, "gli") != BB_OK)
		fail_msg("%s", bb_error_last(f->gp)->message);
	bb_referral_free(r);
}

/* One feedback from the provider; `extra` sets more fields: FIELD, "value", ..., 0. */
static void answer(fx *f, int i, const char *status, const char *date, ...)
{
	bb_feedback *fb = NULL;
	char id[32];
	va_list ap;
	int field;

	snprintf(id, sizeof(id), "HV-R%02d", i);
	assert_int_equal(bb_feedback_new(&fb), BB_OK);
	bb_feedback_set(fb, BB_FB_REFERRAL_ID, id);
	bb_feedback_set(fb, BB_FB_STATUS, status);
	bb_feedback_set(fb, BB_FB_DATE, date);
	bb_feedback_set(fb, BB_FB_AUTHOR_ORGANIZATION, "Leefstijl West (test)");
	va_start(ap, date);
	while ((field = va_arg(ap, int)) != 0) {
		const char *v = va_arg(ap, const char *);
		if (field == -1) {   /* a measurement: LOINC, value, unit */
			const char *value = va_arg(ap, const char *), *unit = va_arg(ap, const char *);
			assert_int_equal(bb_feedback_add_measurement(fb, v, value, unit, date), BB_OK);
		} else if (bb_feedback_set(fb, field, v) != BB_OK) {
			fail_msg("field %d = %s refused", field, v);
		}
	}
	va_end(ap);
	if (bb_feedback_send(NULL, f->coach, fb) != BB_OK)
		fail_msg("%s %s: %s", id, status, bb_error_last(f->coach)->message);
	bb_feedback_free(fb);
}

#define MEASURE(loinc, value, unit) -1, loinc, value, unit

/*
 * The case (docs/monitoring.md, "a small case by hand"):
 *   R01-R07 made 10 January 2027; R08 at 23:30 UTC on 31 January, which is
 *   1 February in Amsterdam; R09-R12 5 February. R01-R06 live in 3021, the
 *   others in 3022; R01-R06 chose offer gli-west, the others beweeg-west.
 *   R01-R10 accepted, R11 declined (geen-plek), R12 no answer.
 *   R01-R09 started (intake); R01-R06 completed, R07 stopped (motivatie),
 *   R08 stopped (medisch), R09 still running, R10 accepted only.
 *   At completion R01-R05 go on to a regular offer (R01-R03 naming it),
 *   R06 does not. BMI: 32.4 in the GP's referral, at completion 28.4 ..
 *   33.4 (changes -4 .. +1); six-minute walk 400 m at the intake, 450 ..
 *   500 m at completion; welbevinden (the structured score) 5 at the intake,
 *   7.5 (R01-R03), 7 (R04-R05) and 6 (R06) at the end: changes 2.5, 2.5,
 *   2.5, 2, 2, 1, so n 6, median 2.25, quartiles 2.00 and 2.50 (type 7).
 *   R06's narrative says "Welbevinden (0-10): 9": words are not a score.
 *   Follow-up at 6 months: R01-R05 active (2, 2, 3, 1, 2 times a week),
 *   R06 and R07 not; at 12 months R01-R03 active, R04 not.
 */
static void the_year(fx *f)
{
	static const char *const per_week[] = { "2", "2", "3", "1", "2" };
	char bmi[8], walk[8];
	int i;

	for (i = 1; i <= 12; i++)
		refer(f, i,
		      i <= 7 ? "2027-01-10T09:00:00+01:00" : i == 8 ? "2027-01-31T23:30:00Z"
							      : "2027-02-05T09:00:00+01:00",
		      i <= 6 ? "3021 AB" : "3022 CD", i <= 6 ? "gli-west" : "beweeg-west");
	carry(f->gp, f->coach, f->gp_pem);
	for (i = 1; i <= 10; i++)
		answer(f, i, "accepted", "2027-02-10T10:00:00+01:00", 0);
	answer(f, 11, "rejected", "2027-02-10T10:00:00+01:00", BB_FB_REASON_CODE, "geen-plek", 0);
	for (i = 1; i <= 9; i++) {
		if (i <= 6)
			answer(f, i, "in-progress", "2027-02-20T10:00:00+01:00",
			       BB_FB_INTAKE_DATE, "2027-02-20", BB_FB_WELLBEING, "5",
			       MEASURE("64098-7", "400", "m"), 0);
		else
			answer(f, i, "in-progress", "2027-02-20T10:00:00+01:00",
			       BB_FB_INTAKE_DATE, "2027-02-20", 0);
	}
	for (i = 1; i <= 6; i++) {
		snprintf(bmi, sizeof(bmi), "%d.4", 27 + i);
		snprintf(walk, sizeof(walk), "%d", 440 + 10 * i);
		if (i <= 3)
			answer(f, i, "completed", "2027-06-01T10:00:00+02:00", BB_FB_CONTINUATION,
			       "regulier-aanbod", BB_FB_NEXT_OFFER, "walking-football",
			       BB_FB_WELLBEING, "7.5", MEASURE("39156-5", bmi, "kg/m2"),
			       MEASURE("64098-7", walk, "m"), 0);
		else
			answer(f, i, "completed", "2027-06-01T10:00:00+02:00", BB_FB_CONTINUATION,
			       i <= 5 ? "regulier-aanbod" : "geen",
			       BB_FB_WELLBEING, i <= 5 ? "7" : "6", BB_FB_NARRATIVE,
			       i <= 5 ? "Goed gegaan." : "Welbevinden (0-10): 9",
			       MEASURE("39156-5", bmi, "kg/m2"), MEASURE("64098-7", walk, "m"), 0);
	}
	answer(f, 7, "failed", "2027-04-01T10:00:00+02:00", BB_FB_REASON_CODE, "motivatie", 0);
	answer(f, 8, "failed", "2027-04-01T10:00:00+02:00", BB_FB_REASON_CODE, "medisch", 0);
	for (i = 1; i <= 7; i++)
		answer(f, i, i <= 6 ? "completed" : "failed", "2027-08-20T10:00:00+02:00",
		       BB_FB_FOLLOWUP_MONTHS, "6", BB_FB_FOLLOWUP_ACTIVE, i <= 5 ? "yes" : "no",
		       i <= 5 ? BB_FB_FOLLOWUP_PER_WEEK : 0, i <= 5 ? per_week[i - 1] : NULL, 0);
	for (i = 1; i <= 4; i++)
		answer(f, i, "completed", "2028-02-20T10:00:00+01:00", BB_FB_FOLLOWUP_MONTHS, "12",
		       BB_FB_FOLLOWUP_ACTIVE, i <= 3 ? "yes" : "no", 0);
	carry(f->coach, f->gp, f->coach_pem);
}

static char *report(bb_connector *c, int group, const char *from, const char *to, int format)
{
	bb_report_options o;
	char *out = NULL;
	size_t len = 0;

	memset(&o, 0, sizeof(o));
	o.group = group;
	o.from = from;
	o.to = to;
	if (bb_report(&out, &len, c, &o, format) != BB_OK)
		fail_msg("%s", bb_error_last(c)->message);
	assert_int_equal(strlen(out), len);
	return out;
}

static void expect_rows(const char *csv, const char *const *rows)
{
	for (; *rows; rows++) {
		char line[300];
		snprintf(line, sizeof(line), "\n%s\n", *rows);
		if (!strstr(csv, line))
			fail_msg("no row\n  %s\nin\n%s", *rows, csv);
	}
}

static const char *const total_rows[] = {
	"practice,totaal,,referred,,12,,,,,",
	"practice,totaal,,accepted,,10,12,83.3,,,",
	"practice,totaal,,declined,,<5,12,,,,",
	"practice,totaal,,declined_reason,geen-plek,<5,<5,,,,",
	"practice,totaal,,started,,9,12,75.0,,,",
	"practice,totaal,,running,,<5,9,,,,",
	"practice,totaal,,completed,,6,9,66.7,,,",
	"practice,totaal,,stopped,,<5,9,,,,",
	"practice,totaal,,stop_reason,medisch,<5,<5,,,,",
	"practice,totaal,,stop_reason,motivatie,<5,<5,,,,",
	"practice,totaal,,cancelled,,0,12,0.0,,,",
	"practice,totaal,,doorstroom,,5,6,83.3,,,",
	"practice,totaal,,continuation,geen,<5,6,,,,",
	"practice,totaal,,continuation,regulier-aanbod,5,6,83.3,,,",
	"practice,totaal,,behoud,6,5,7,71.4,,,",
	"practice,totaal,,times_per_week,6,5,,,2.00,2.00,2.00",
	"practice,totaal,,behoud,12,<5,<5,,,,",
	"practice,totaal,,times_per_week,12,0,,,,,",
	"practice,totaal,,change,39156-5,6,,,-1.50,-2.75,-0.25",
	"practice,totaal,,change,29463-7,0,,,,,",
	"practice,totaal,,change,8280-0,0,,,,,",
	"practice,totaal,,change,64098-7,6,,,75.00,62.50,87.50",
	"practice,totaal,,change,welbevinden,6,,,2.25,2.00,2.50",
	"practice,01000002,Huisartsenpraktijk De Testwijk,behoud,6,5,7,71.4,,,",
	NULL
};

static void figures_match_the_hand_count_on_both_sides(void **state)
{
	fx *f = *state;
	char *gp, *coach;

	the_year(f);
	/* every answer reached the GP's journal, the follow-ups too */
	assert_int_equal(f->applied, 11 + 9 + 6 + 2 + 7 + 4);
	assert_int_equal(f->followups_in_journal, 11);
	gp = report(f->gp, BB_REPORT_BY_PRACTICE, NULL, NULL, BB_REPORT_CSV);
	coach = report(f->coach, BB_REPORT_BY_PRACTICE, NULL, NULL, BB_REPORT_CSV);
	expect_rows(gp, total_rows);
	/* the provider counts from what it received and sent: the same figures */
	assert_string_equal(gp, coach);
	bb_free(gp);
	bb_free(coach);
}

static void grouped_by_amsterdam_month_offer_and_wijk(void **state)
{
	static const char *const months[] = {
		"month,2027-01,,referred,,7,,,,,",
		/* 23:30 UTC on 31 January is 1 February in Amsterdam */
		"month,2027-02,,referred,,5,,,,,",
		"month,2027-01,,completed,,6,7,85.7,,,",
		NULL
	};
	static const char *const offers[] = {
		"offer,gli-west,,referred,,6,,,,,",
		"offer,beweeg-west,,referred,,6,,,,,",
		"offer,gli-west,,completed,,6,6,100.0,,,",
		"offer,beweeg-west,,completed,,0,<5,,,,",
		NULL
	};
	static const char *const wijken[] = {
		"wijk,3021,,referred,,6,,,,,",
		"wijk,3022,,referred,,6,,,,,",
		NULL
	};
	static const char *const february[] = {
		"month,2027-02,,referred,,5,,,,,",
		"month,totaal,,referred,,5,,,,,",
		NULL
	};
	fx *f = *state;
	char *csv;

	the_year(f);
	csv = report(f->gp, BB_REPORT_BY_MONTH, NULL, NULL, BB_REPORT_CSV);
	expect_rows(csv, months);
	bb_free(csv);
	csv = report(f->coach, BB_REPORT_BY_OFFER, NULL, NULL, BB_REPORT_CSV);
	expect_rows(csv, offers);
	bb_free(csv);
	csv = report(f->coach, BB_REPORT_BY_WIJK, NULL, NULL, BB_REPORT_CSV);
	expect_rows(csv, wijken);
	bb_free(csv);
	/* a period: Amsterdam days, inclusive */
	csv = report(f->gp, BB_REPORT_BY_MONTH, "2027-02-01", "2027-02-28", BB_REPORT_CSV);
	expect_rows(csv, february);
	assert_null(strstr(csv, "2027-01"));
	bb_free(csv);
}

/* No BSN, name, birth date or address of the patient in any output. */
static void no_person_in_any_output(void **state)
{
	static const char *const person[] = {
		"999990068", "Heijden", "Johanna", "Joke", "1971-03-08", "Teststraat", "3021 AB",
		"010-0000000", NULL
	};
	static const int formats[] = { BB_REPORT_CSV, BB_REPORT_FHIR_JSON, BB_REPORT_FHIR_XML,
				       BB_REPORT_HTML, 0 };
	fx *f = *state;
	const char *const *p;
	int g;
	size_t i;

	the_year(f);
	for (i = 0; formats[i]; i++)
		for (g = BB_REPORT_BY_PRACTICE; g <= BB_REPORT_BY_MONTH; g++) {
			char *gp = report(f->gp, g, NULL, NULL, formats[i]);
			char *coach = report(f->coach, g, NULL, NULL, formats[i]);
			for (p = person; *p; p++) {
				if (strstr(gp, *p) || strstr(coach, *p))
					fail_msg("\"%s\" in a report (format %d, group %d)", *p, formats[i], g);
			}
			bb_free(gp);
			bb_free(coach);
		}
}

static void bad_options_refused(void **state)
{
	fx *f = *state;
	bb_report_options o;
	char *out = NULL;
	size_t len;

	memset(&o, 0, sizeof(o));
	o.group = 99;
	assert_int_equal(bb_report(&out, &len, f->gp, &o, BB_REPORT_CSV), BB_EINVAL);
	assert_non_null(strstr(bb_error_last(f->gp)->message, "not a way to group"));
	o.group = 0;
	o.from = "1-2-2027";
	assert_int_equal(bb_report(&out, &len, f->gp, &o, BB_REPORT_CSV), BB_EINVAL);
	assert_int_equal(bb_report(&out, &len, f->gp, NULL, 99), BB_EINVAL);
	assert_null(out);
	/* an empty store: a header and a total of zero */
	assert_int_equal(bb_report(&out, &len, f->gp, NULL, BB_REPORT_CSV), BB_OK);
	assert_non_null(strstr(out, "practice,totaal,,referred,,0,,,,,"));
	bb_free(out);
}

/*
 * `test_report --fixture`: make the year's two stores and leave them, for
 * the shell tests of the other outputs (tests/report.test); prints the
 * directory, which holds gp.conf and coach.conf.
 */
static int fixture(void)
{
	void *state = NULL;
	fx *f;

	setup(&state);
	f = state;
	the_year(f);
	printf("%s\n", f->dir);
	bb_connector_free(f->gp);
	bb_connector_free(f->coach);
	/* the stores stay for the caller; the rest goes (LeakSanitizer) */
	free(f->gp_pem);
	free(f->coach_pem);
	free(f->record);
	free(f->dir);
	free(f);
	return 0;
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(figures_match_the_hand_count_on_both_sides, setup, teardown),
		cmocka_unit_test_setup_teardown(grouped_by_amsterdam_month_offer_and_wijk, setup, teardown),
		cmocka_unit_test_setup_teardown(no_person_in_any_output, setup, teardown),
		cmocka_unit_test_setup_teardown(bad_options_refused, setup, teardown),
	};

	if (argc == 2 && strcmp(argv[1], "--fixture") == 0)
		return fixture();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
