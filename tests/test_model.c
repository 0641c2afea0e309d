/* The canonical model: checks on every value, text kept exactly. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "beweegbrug.h"

static void bsn_elfproef(void **state)
{
	bb_referral *r;
	(void)state;

	assert_int_equal(bb_referral_new(&r), BB_OK);
	/* 999990068 and 999990081: test numbers that pass the elfproef */
	assert_int_equal(bb_referral_set(r, BB_REF_PATIENT_BSN, "999990068"), BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_PATIENT_BSN, "999990081"), BB_OK);
	assert_string_equal(bb_referral_get(r, BB_REF_PATIENT_BSN), "999990081");
	/* one digit off fails; so do wrong lengths and the all-zero number */
	assert_int_equal(bb_referral_set(r, BB_REF_PATIENT_BSN, "999990069"), BB_EINPUT);
	assert_int_equal(bb_referral_set(r, BB_REF_PATIENT_BSN, "99999006"), BB_EINPUT);
	assert_int_equal(bb_referral_set(r, BB_REF_PATIENT_BSN, "000000000"), BB_EINPUT);
	assert_int_equal(bb_referral_set(r, BB_REF_PATIENT_BSN, "99999006x"), BB_EINPUT);
	/* the failed sets kept the last good value */
	assert_string_equal(bb_referral_get(r, BB_REF_PATIENT_BSN), "999990081");
	assert_int_equal(bb_referral_problem_count(r), 4);
	assert_string_equal(bb_referral_problem_at(r, 0),
			    "patient.bsn: \"999990069\" is not a valid BSN (9 digits passing the elfproef)");
	bb_referral_free(r);
}

static void dates_follow_the_calendar(void **state)
{
	bb_referral *r;
	(void)state;

	bb_referral_new(&r);
	assert_int_equal(bb_referral_set(r, BB_REF_PATIENT_BIRTHDATE, "2024-02-29"), BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_PATIENT_BIRTHDATE, "2023-02-29"), BB_EINPUT);
	assert_int_equal(bb_referral_set(r, BB_REF_PATIENT_BIRTHDATE, "17-05-1970"), BB_EINPUT);
	assert_int_equal(bb_referral_set(r, BB_REF_AUTHORED, "2026-11-20T10:15:00+01:00"), BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_AUTHORED, "2026-11-20T10:15:00.123Z"), BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_AUTHORED, "2026-11-20"), BB_OK);
	/* FHIR: a time needs a zone */
	assert_int_equal(bb_referral_set(r, BB_REF_AUTHORED, "2026-11-20T10:15:00"), BB_EINPUT);
	assert_int_equal(bb_referral_set(r, BB_REF_AUTHORED, "2026-11-20T24:00:00Z"), BB_EINPUT);
	bb_referral_free(r);
}

static void identifiers_and_enums(void **state)
{
	bb_referral *r;
	(void)state;

	bb_referral_new(&r);
	assert_int_equal(bb_referral_set(r, BB_REF_REFERRER_AGB, "01000001"), BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_REFERRER_AGB, "1000001"), BB_EINPUT);
	assert_int_equal(bb_referral_set(r, BB_REF_REFERRER_BIG, "12345678901"), BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_KIND, "gli"), BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_KIND, "GLI"), BB_EINPUT);
	assert_int_equal(bb_referral_set(r, BB_REF_PATIENT_POSTCODE, "3021 AB"), BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_PATIENT_POSTCODE, "3021AB"), BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_PATIENT_POSTCODE, "0321 AB"), BB_EINPUT);
	assert_int_equal(bb_referral_set(r, BB_REF_PATIENT_FAMILY, "Özdemir-van 't Hof"), BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_PATIENT_FAMILY, "two\nlines"), BB_EINPUT);
	assert_int_equal(bb_referral_set(r, BB_REF_LETTER, "two\nlines are fine here"), BB_OK);
	assert_int_equal(bb_referral_set(r, 9999, "x"), BB_EINPUT);
	/* empty clears */
	assert_int_equal(bb_referral_set(r, BB_REF_KIND, ""), BB_OK);
	assert_null(bb_referral_get(r, BB_REF_KIND));
	bb_referral_free(r);
}

static void measurements_keep_decimal_text(void **state)
{
	bb_referral *r;
	const char *loinc, *value, *unit, *when;
	(void)state;

	bb_referral_new(&r);
	assert_int_equal(bb_referral_add_measurement(r, "39156-5", "27.0", "kg/m2", "2026-11-18"), BB_OK);
	assert_int_equal(bb_referral_add_measurement(r, "29463-7", "1.50", "kg", NULL), BB_OK);
	assert_int_equal(bb_referral_add_measurement(r, "8280-0", "0.00012", "cm", NULL), BB_OK);
	assert_int_equal(bb_referral_measurement_count(r), 3);
	bb_referral_measurement_at(&loinc, &value, &unit, &when, r, 0);
	assert_string_equal(value, "27.0");
	assert_string_equal(when, "2026-11-18");
	bb_referral_measurement_at(NULL, &value, NULL, &when, r, 1);
	assert_string_equal(value, "1.50");
	assert_null(when);
	bb_referral_measurement_at(NULL, &value, NULL, NULL, r, 2);
	assert_string_equal(value, "0.00012");
	/* wrong LOINC check digit, Dutch decimal comma, no unit */
	assert_int_equal(bb_referral_add_measurement(r, "39156-4", "27.0", "kg/m2", NULL), BB_EINPUT);
	assert_int_equal(bb_referral_add_measurement(r, "39156-5", "27,0", "kg/m2", NULL), BB_EINPUT);
	assert_int_equal(bb_referral_add_measurement(r, "39156-5", "27.0", "", NULL), BB_EINPUT);
	assert_int_equal(bb_referral_measurement_count(r), 3);
	assert_string_equal(bb_referral_problem_at(r, 1),
			    "measurement.value: \"27,0\" is not a decimal number (use '.' as the decimal point)");
	bb_referral_free(r);
}

static void reasons(void **state)
{
	bb_referral *r;
	const char *sys, *code, *text;
	(void)state;

	bb_referral_new(&r);
	assert_int_equal(bb_referral_add_reason(r, "icpc-1-nl", "T90.02", "Diabetes mellitus type 2"), BB_OK);
	assert_int_equal(bb_referral_add_reason(r, NULL, NULL, "Wil fitter worden"), BB_OK);
	assert_int_equal(bb_referral_add_reason(r, "icpc-1-nl", "T9", "te kort"), BB_EINPUT);
	assert_int_equal(bb_referral_add_reason(r, "icpc-1-nl", "T90", ""), BB_EINPUT);
	assert_int_equal(bb_referral_reason_count(r), 2);
	bb_referral_reason_at(&sys, &code, &text, r, 0);
	assert_string_equal(code, "T90.02");
	bb_referral_reason_at(&sys, &code, &text, r, 1);
	assert_null(code);
	assert_null(sys);
	bb_referral_free(r);
}

static void locations_name_the_input(void **state)
{
	bb_referral *r;
	(void)state;

	bb_referral_new(&r);
	bb_referral_locate(r, 14, "/verwijzing/patient/bsn");
	bb_referral_set(r, BB_REF_PATIENT_BSN, "123");
	assert_string_equal(bb_referral_problem_at(r, 0),
			    "/verwijzing/patient/bsn: patient.bsn \"123\" is not a valid BSN (9 digits passing the elfproef)");
	bb_referral_free(r);
}

static void feedback_fields(void **state)
{
	bb_feedback *fb;
	(void)state;

	assert_int_equal(bb_feedback_new(&fb), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_STATUS, "accepted"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_STATUS, "happy"), BB_EINPUT);
	assert_int_equal(bb_feedback_set(fb, BB_FB_SESSIONS_ATTENDED, "11"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_SESSIONS_ATTENDED, "-1"), BB_EINPUT);
	assert_int_equal(bb_feedback_add_measurement(fb, "39156-5", "29.8", "kg/m2", "2027-02-01"), BB_OK);
	assert_string_equal(bb_feedback_get(fb, BB_FB_STATUS), "accepted");
	assert_string_equal(bb_feedback_field_name(BB_FB_SESSIONS_MISSED), "feedback.sessions_missed");
	assert_int_equal(bb_feedback_problem_count(fb), 2);
	bb_feedback_free(fb);
}

static void describe_summarises(void **state)
{
	bb_referral *r;
	char *text;
	(void)state;

	bb_referral_new(&r);
	bb_referral_set(r, BB_REF_ID, "HV-1");
	bb_referral_set(r, BB_REF_KIND, "gli");
	bb_referral_set(r, BB_REF_PATIENT_INITIALS, "J.M.");
	bb_referral_set(r, BB_REF_PATIENT_PREFIX, "van der");
	bb_referral_set(r, BB_REF_PATIENT_FAMILY, "Heijden");
	assert_int_equal(bb_referral_describe(&text, r), BB_OK);
	assert_non_null(strstr(text, "Verwijzing HV-1 (gli)\n"));
	assert_non_null(strstr(text, "  name         J.M. van der Heijden\n"));
	bb_free(text);
	bb_referral_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(bsn_elfproef),
		cmocka_unit_test(dates_follow_the_calendar),
		cmocka_unit_test(identifiers_and_enums),
		cmocka_unit_test(measurements_keep_decimal_text),
		cmocka_unit_test(reasons),
		cmocka_unit_test(locations_name_the_input),
		cmocka_unit_test(feedback_fields),
		cmocka_unit_test(describe_summarises),
	};

	return cmocka_run_group_tests_name("model", tests, NULL, NULL);
}
