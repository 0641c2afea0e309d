/*
 * his-hl7v2 feedback out, through the public API as a HIS would use it:
 * canonical feedback -> bb_feedback_to_his(..., "his-hl7v2") -> ORU^R01.
 * With BB_HL7V2_WRITE_FHIR=DIR set it also writes each feedback as a FHIR
 * feedback message (bb_feedback_to_fhir) into DIR; that is how the files
 * in tests/data/hl7v2/ were made for tests/hl7v2-oracle.test.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "beweegbrug.h"

static bb_connector *connector(void)
{
	bb_connector *c = NULL;

	assert_int_equal(bb_connector_new(&c, NULL), BB_OK);
	return c;
}

static bb_feedback *completed(void)
{
	bb_feedback *fb = NULL;

	assert_int_equal(bb_feedback_new(&fb), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_REFERRAL_ID, "HV-2026-000417"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_PRACTICE_AGB, "01000002"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_RECEIVER_REFERENCE, "GLI-RW-0042"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_STATUS, "completed"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_BUSINESS_STATUS, "7.0"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_DATE, "2027-11-22T14:30:00+01:00"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_INTAKE_DATE, "2026-12-01"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_AUTHOR_NAME, "Sanne Öztürk"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_AUTHOR_ORGANIZATION,
					 "Leefstijlcoaches Rotterdam West (test)"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_NARRATIVE,
					 "Mevrouw heeft het programma afgerond | doel gehaald.\n"
					 "Zwemmen ^ fietsen & wandelen ~ elke week; map C:\\temp niet."), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_SESSIONS_ATTENDED, "22"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_SESSIONS_MISSED, "2"), BB_OK);
	assert_int_equal(bb_feedback_add_measurement(fb, "39156-5", "29.8", "kg/m2", "2027-11-15"),
			 BB_OK);
	assert_int_equal(bb_feedback_add_measurement(fb, "29463-7", "86.0", "kg",
						     "2027-11-15T09:00:00+01:00"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_WELLBEING, "7.5"), BB_OK);
	return fb;
}

static bb_feedback *stopped(void)
{
	bb_feedback *fb = NULL;

	assert_int_equal(bb_feedback_new(&fb), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_REFERRAL_ID, "HV-2026-000612"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_PRACTICE_AGB, "01000007"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_STATUS, "failed"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_BUSINESS_STATUS, "6.0"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_REASON_CODE, "verhuisd"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_REASON_TEXT, "Patiënt is verhuisd naar Utrecht"),
			 BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_DATE, "2027-02-10T09:00:00+01:00"), BB_OK);
	return fb;
}

static bb_feedback *accepted(void)
{
	bb_feedback *fb = NULL;

	assert_int_equal(bb_feedback_new(&fb), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_REFERRAL_ID, "HV-2026-000711"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_PRACTICE_AGB, "01000011"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_STATUS, "accepted"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_DATE, "2026-09-05T10:00:00+02:00"), BB_OK);
	return fb;
}

/* Write the FHIR message when asked to (to make test data), and the v2 message. */
static char *to_v2(bb_connector *c, const bb_feedback *fb, const char *name)
{
	const char *dir = getenv("BB_HL7V2_WRITE_FHIR");
	char *out = NULL;
	size_t len = 0;

	if (dir && *dir) {
		char path[512], *json = NULL;
		size_t jlen;
		FILE *f;
		assert_int_equal(bb_feedback_to_fhir(&json, &jlen, c, fb, BB_FORMAT_JSON), BB_OK);
		snprintf(path, sizeof(path), "%s/%s.json", dir, name);
		f = fopen(path, "w");
		assert_non_null(f);
		fwrite(json, 1, jlen, f);
		fclose(f);
		bb_free(json);
	}
	if (bb_feedback_to_his(&out, &len, c, "his-hl7v2", fb) != BB_OK)
		fail_msg("to_his: %s", bb_error_last(c)->message);
	assert_int_equal(strlen(out), len);
	return out;
}

static void test_completed(void **state)
{
	bb_connector *c = connector();
	bb_feedback *fb = completed();
	char *v2 = to_v2(c, fb, "feedback-completed");
	(void)state;

	assert_memory_equal(v2, "MSH|^~\\&|BEWEEGBRUG|Leefstijlcoaches Rotterdam West (test)|HIS|01000002|", 71);
	assert_non_null(strstr(v2, "||ORU^R01^ORU_R01|BBFB"));
	assert_non_null(strstr(v2, "|P|2.5|||AL|NE|NLD|UNICODE UTF-8\r"));
	assert_non_null(strstr(v2, "\rOBR|1|HV-2026-000417^01000002|GLI-RW-0042|BBTK^Terugkoppeling beweegaanbieder^L|||20271122143000+0100|"));
	assert_non_null(strstr(v2, "|||F\rOBX|1|CE|STATUS^Status verwijzing^L||completed^Traject afgerond^FHIRTASK||||||F|||20271122143000+0100\r"));
	assert_non_null(strstr(v2, "OBX|2|CE|BSTATUS^Business status^L||7.0^^BSER||||||F"));
	/* the core's SOEP entry (docs/soep.md): line breaks become repetitions, delimiters escaped */
	assert_non_null(strstr(v2, "|TX|255362007^Subjectief^SCT||Sanne Öztürk van Leefstijlcoaches Rotterdam West (test) "
				   "meldt op 22 november 2027: het beweegtraject is afgerond. Verslag: Mevrouw heeft het "
				   "programma afgerond \\F\\ doel gehaald.~Zwemmen \\S\\ fietsen \\T\\ wandelen \\R\\ elke "
				   "week; map C:\\E\\temp niet.||||||F|||20271122143000+0100|||^Sanne Öztürk|||||||"
				   "Leefstijlcoaches Rotterdam West (test)\r"));
	assert_non_null(strstr(v2, "|TX|260224007^Objectief^SCT||Gemeten op 15 november 2027: BMI 29,8 kg/m², "
				   "gewicht 86,0 kg. Welbevinden (0-10): 7,5. Bijeenkomsten: 22 bijgewoond, 2 gemist.||||||F"));
	assert_non_null(strstr(v2, "|TX|129265001^Evaluatie^SCT||Verwijzing HV-2026-000417 — Beweegtraject: "
				   "afgerond.|"));
	/* no advice of our own in P */
	assert_non_null(strstr(v2, "|TX|129271007^Plan^SCT||Geen plan of voorstel van de aanbieder ontvangen.|"));
	assert_null(strstr(v2, "Geen actie"));
	assert_non_null(strstr(v2, "|DTM|INTAKE^Intakedatum^L||20261201||||||F\r"));
	assert_non_null(strstr(v2, "|NM|298057009^Number of appointments attended^SCT||22|{sessions}^{sessions}^UCUM|||||F|||20271122143000+0100\r"));
	/* LOINC, and the verified NHG Tabel 45 number as the alternate code */
	assert_non_null(strstr(v2, "|NM|39156-5^Body mass index (BMI) [Ratio]^LN^1272^BMI^NHG45||29.8|kg/m2^kg/m2^UCUM|||||F|||20271115\r"));
	assert_non_null(strstr(v2, "|NM|29463-7^Body weight^LN^357^Gewicht^NHG45||86.0|kg^kg^UCUM|||||F|||20271115090000+0100\r"));
	/* welbevinden: a number with our own code (no LOINC exists), the last OBX */
	assert_non_null(strstr(v2, "\rOBX|12|NM|welbevinden^Welbevinden (0-10)^BBOUTCOME||7.5|{score}^{score}^UCUM|||||F|||20271122143000+0100\r"));
	assert_null(strstr(v2, "OBX|13|"));
	bb_free(v2);
	bb_feedback_free(fb);
	bb_connector_free(c);
}

static void test_stopped_and_accepted(void **state)
{
	bb_connector *c = connector();
	bb_feedback *fb = stopped();
	char *v2 = to_v2(c, fb, "feedback-stopped");
	(void)state;

	assert_non_null(strstr(v2, "|||F\rOBX|1|CE|STATUS^Status verwijzing^L||failed^Traject voortijdig gestopt^FHIRTASK|"));
	assert_non_null(strstr(v2, "|CE|REDEN^Reden stoppen of afwijzen^L||verhuisd^Patiënt is verhuisd naar Utrecht^BBSTOP|"));
	assert_non_null(strstr(v2, "|TX|129265001^Evaluatie^SCT||Verwijzing HV-2026-000612 — Beweegtraject: voortijdig "
				   "gestopt. Reden volgens de aanbieder: Verhuisd. Patiënt is verhuisd naar Utrecht.|"));
	assert_null(strstr(v2, "Objectief"));
	bb_free(v2);
	bb_feedback_free(fb);

	fb = accepted();
	v2 = to_v2(c, fb, "feedback-accepted");
	/* not final yet: OBR-25 P */
	assert_non_null(strstr(v2, "|20260905100000+0200|||P\r"));
	assert_non_null(strstr(v2, "De aanbieder meldt op 5 september 2026: verwijzing geaccepteerd."));
	bb_free(v2);
	bb_feedback_free(fb);
	bb_connector_free(c);
}

static void test_incomplete_feedback_refused(void **state)
{
	bb_connector *c = connector();
	bb_feedback *fb = NULL;
	char *out = NULL;
	size_t len;
	(void)state;

	assert_int_equal(bb_feedback_new(&fb), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_STATUS, "accepted"), BB_OK);
	assert_int_equal(bb_feedback_to_his(&out, &len, c, "his-hl7v2", fb), BB_EINPUT);
	assert_null(out);
	assert_non_null(strstr(bb_error_last(c)->message, "referral id"));
	bb_feedback_free(fb);
	bb_connector_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_completed),
		cmocka_unit_test(test_stopped_and_accepted),
		cmocka_unit_test(test_incomplete_feedback_refused),
	};

	return cmocka_run_group_tests_name("his-hl7v2 feedback", tests, NULL, NULL);
}
