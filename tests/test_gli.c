/*
 * The GLI entry check: BMI thresholds, risk factors by ICPC code (and
 * what does not count), a BMI computed from weight and height, the latest
 * measurement winning, adults only, and an explanation that names why.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "beweegbrug.h"
#include "model/model.h"

#define TODAY "2026-11-24"

static bb_referral *record(const char *birthdate)
{
	bb_referral *r;

	assert_int_equal(bb_referral_new(&r), BB_OK);
	if (birthdate)
		assert_int_equal(bb_referral_set(r, BB_REF_PATIENT_BIRTHDATE, birthdate), BB_OK);
	return r;
}

static void bmi(bb_referral *r, const char *value, const char *when)
{
	assert_int_equal(bb_referral_add_measurement(r, "39156-5", value, "kg/m2", when), BB_OK);
}

static void reason(bb_referral *r, const char *code, const char *text)
{
	assert_int_equal(bb_referral_add_reason(r, "icpc-1-nl", code, text), BB_OK);
}

/* Runs the check; returns the verdict and leaves the explanation in *why. */
static int check(bb_referral *r, char **why)
{
	int verdict = 0;

	assert_int_equal(gli_check_at(&verdict, why, r, TODAY), BB_OK);
	assert_non_null(*why);
	return verdict;
}

static void bmi_thresholds(void **state)
{
	static const struct {
		const char *bmi;
		int with_risk;
		int verdict;
	} cases[] = {
		{ "30.0", 0, BB_GLI_ELIGIBLE },
		{ "30", 0, BB_GLI_ELIGIBLE },
		{ "41.7", 0, BB_GLI_ELIGIBLE },
		{ "29.99", 0, BB_GLI_NOT_ELIGIBLE },
		{ "29.99", 1, BB_GLI_ELIGIBLE },
		{ "25.0", 1, BB_GLI_ELIGIBLE },
		{ "25.0", 0, BB_GLI_NOT_ELIGIBLE },
		{ "24.99", 1, BB_GLI_NOT_ELIGIBLE },
		{ "19.5", 0, BB_GLI_NOT_ELIGIBLE },
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		bb_referral *r = record("1968-03-14");
		char *why = NULL;
		bmi(r, cases[i].bmi, "2026-10-01");
		if (cases[i].with_risk)
			reason(r, "T90.02", "Diabetes mellitus type 2");
		if (check(r, &why) != cases[i].verdict)
			fail_msg("BMI %s%s: %s", cases[i].bmi, cases[i].with_risk ? " with DM2" : "", why);
		free(why);
		bb_referral_free(r);
	}
}

static void explanations_name_the_reason(void **state)
{
	bb_referral *r = record("1968-03-14");
	char *why = NULL;
	(void)state;

	bmi(r, "27.4", "2026-10-01");
	reason(r, "T90.02", "Diabetes mellitus type 2");
	assert_int_equal(check(r, &why), BB_GLI_ELIGIBLE);
	assert_string_equal(why, "eligible: BMI 27.4 kg/m2 (2026-10-01) is 25 or more with a risk "
			    "factor: T90.02 Diabetes mellitus type 2 (DM2)");
	free(why);
	bb_referral_free(r);

	r = record("1968-03-14");
	bmi(r, "33.1", NULL);
	assert_int_equal(check(r, &why), BB_GLI_ELIGIBLE);
	assert_string_equal(why, "eligible: BMI 33.1 kg/m2 is 30 or more");
	free(why);
	bb_referral_free(r);

	r = record("1968-03-14");
	bmi(r, "27.4", "2026-10-01");
	reason(r, "K86", "Hypertensie");
	assert_int_equal(check(r, &why), BB_GLI_NOT_ELIGIBLE);
	assert_string_equal(why, "not eligible: BMI 27.4 kg/m2 (2026-10-01) is below 30 and the "
			    "reasons name no risk factor (HVZ, DM2, slaapapneu, artrose) that would "
			    "admit a BMI of 25 or more");
	free(why);
	bb_referral_free(r);
}

/* Each group the criteria name, by rubric and by sub-code; and what does not count. */
static void risk_factor_codes(void **state)
{
	static const struct {
		const char *code;
		const char *group;      /* NULL: not a risk factor */
	} cases[] = {
		{ "K74", "(HVZ)" }, { "K75", "(HVZ)" }, { "K76.01", "(HVZ)" }, { "K77", "(HVZ)" },
		{ "K90.03", "(HVZ)" }, { "K92", "(HVZ)" },
		{ "T90", "(DM2)" }, { "T90.02", "(DM2)" }, { "T90.01", NULL },
		{ "P06.01", "(slaapapneu)" }, { "P06", NULL },
		{ "L89", "(artrose)" }, { "L90.00", "(artrose)" }, { "L91", "(artrose)" },
		{ "K86", NULL }, { "K87", NULL }, { "T82", NULL }, { "T83", NULL }, { "L03", NULL },
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		bb_referral *r = record(NULL);
		char *why = NULL;
		int v;
		bmi(r, "26.0", "2026-10-01");
		reason(r, cases[i].code, "klacht");
		v = check(r, &why);
		if (cases[i].group) {
			if (v != BB_GLI_ELIGIBLE || !strstr(why, cases[i].group))
				fail_msg("%s should count as %s: %s", cases[i].code, cases[i].group, why);
		} else if (v != BB_GLI_NOT_ELIGIBLE) {
			fail_msg("%s should not count: %s", cases[i].code, why);
		}
		free(why);
		bb_referral_free(r);
	}
}

/* A reason coded in another system never counts, whatever its code looks like. */
static void only_icpc_counts(void **state)
{
	bb_referral *r = record(NULL);
	char *why = NULL;
	(void)state;

	bmi(r, "27.0", "2026-10-01");
	assert_int_equal(bb_referral_add_reason(r, "snomed", "T90", "not ICPC"), BB_OK);
	assert_int_equal(bb_referral_add_reason(r, NULL, NULL, "suikerziekte"), BB_OK);
	assert_int_equal(check(r, &why), BB_GLI_NOT_ELIGIBLE);
	free(why);
	bb_referral_free(r);
}

static void bmi_from_weight_and_height(void **state)
{
	bb_referral *r = record("1968-03-14");
	char *why = NULL;
	(void)state;

	/* 92 kg / 1.71 m^2 = 31.46 */
	assert_int_equal(bb_referral_add_measurement(r, "29463-7", "92", "kg", "2026-10-01"), BB_OK);
	assert_int_equal(bb_referral_add_measurement(r, "8302-2", "171", "cm", "2025-01-10"), BB_OK);
	assert_int_equal(check(r, &why), BB_GLI_ELIGIBLE);
	assert_string_equal(why, "eligible: BMI 31.5 kg/m2, computed from weight 92 kg and height "
			    "171 cm (2026-10-01) is 30 or more");
	free(why);
	bb_referral_free(r);

	/* grams and metres: 79900 g / 1.80 m^2 = 24.66 */
	r = record(NULL);
	assert_int_equal(bb_referral_add_measurement(r, "29463-7", "79900", "g", NULL), BB_OK);
	assert_int_equal(bb_referral_add_measurement(r, "8302-2", "1.80", "m", NULL), BB_OK);
	reason(r, "L90", "Gonartrose");
	assert_int_equal(check(r, &why), BB_GLI_NOT_ELIGIBLE);
	/* kept in the canonical units, kg and cm (the terminology core) */
	assert_non_null(strstr(why, "BMI 24.7 kg/m2, computed from weight 79.900 kg and height 180 cm"));
	free(why);
	bb_referral_free(r);

	/* a weight without a height is not enough */
	r = record(NULL);
	assert_int_equal(bb_referral_add_measurement(r, "29463-7", "120", "kg", NULL), BB_OK);
	reason(r, "T90.02", "DM2");
	assert_int_equal(check(r, &why), BB_GLI_UNKNOWN);
	assert_string_equal(why, "unknown: the record has no BMI (LOINC 39156-5), nor a weight and "
			    "height to compute it from; risk factors named: T90.02 DM2 (DM2)");
	free(why);
	bb_referral_free(r);
}

/* The newest BMI decides: a patient who lost weight no longer qualifies on an old value. */
static void latest_measurement_wins(void **state)
{
	bb_referral *r = record(NULL);
	char *why = NULL;
	(void)state;

	bmi(r, "28.5", "2026-09-30");
	bmi(r, "31.0", "2025-02-01");
	bmi(r, "35.0", NULL);
	assert_int_equal(check(r, &why), BB_GLI_NOT_ELIGIBLE);
	assert_non_null(strstr(why, "BMI 28.5 kg/m2 (2026-09-30)"));
	free(why);
	bb_referral_free(r);

	/* and a BMI taken as given wins over one that would be computed */
	r = record(NULL);
	bmi(r, "30.2", "2026-01-01");
	assert_int_equal(bb_referral_add_measurement(r, "29463-7", "60", "kg", "2026-11-01"), BB_OK);
	assert_int_equal(bb_referral_add_measurement(r, "8302-2", "180", "cm", "2026-11-01"), BB_OK);
	assert_int_equal(check(r, &why), BB_GLI_ELIGIBLE);
	free(why);
	bb_referral_free(r);
}

static void adults_only(void **state)
{
	bb_referral *r = record("2009-11-25");   /* 16 the day before the 17th birthday */
	char *why = NULL;
	(void)state;

	bmi(r, "32.0", "2026-10-01");
	assert_int_equal(check(r, &why), BB_GLI_NOT_ELIGIBLE);
	assert_string_equal(why, "not eligible: BMI 32.0 kg/m2 (2026-10-01) is 30 or more; but the "
			    "patient is 16, and the insured GLI is for adults (18 and over)");
	free(why);
	bb_referral_free(r);

	r = record("2008-11-24");               /* 18 today */
	bmi(r, "32.0", "2026-10-01");
	assert_int_equal(check(r, &why), BB_GLI_ELIGIBLE);
	assert_null(strstr(why, "adults"));
	free(why);
	bb_referral_free(r);
}

static void no_measurements(void **state)
{
	bb_referral *r = record(NULL);
	char *why = NULL;
	int verdict = 0;
	(void)state;

	assert_int_equal(check(r, &why), BB_GLI_UNKNOWN);
	assert_string_equal(why, "unknown: the record has no BMI (LOINC 39156-5), nor a weight and "
			    "height to compute it from");
	free(why);
	/* the public call: today's date, explanation optional, arguments checked */
	assert_int_equal(bb_gli_check(&verdict, NULL, r), BB_OK);
	assert_int_equal(verdict, BB_GLI_UNKNOWN);
	assert_int_equal(bb_gli_check(NULL, &why, r), BB_EINVAL);
	assert_null(why);
	assert_int_equal(bb_gli_check(&verdict, &why, NULL), BB_EINVAL);
	bb_referral_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(bmi_thresholds),
		cmocka_unit_test(explanations_name_the_reason),
		cmocka_unit_test(risk_factor_codes),
		cmocka_unit_test(only_icpc_counts),
		cmocka_unit_test(bmi_from_weight_and_height),
		cmocka_unit_test(latest_measurement_wins),
		cmocka_unit_test(adults_only),
		cmocka_unit_test(no_measurements),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
