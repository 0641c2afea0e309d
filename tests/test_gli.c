/*
 * The GLI entry check as the guideline states it: the GGR (gewichts-
 * gerelateerd gezondheidsrisico) from BMI, waist and risk factors, every
 * cell of its table and every boundary (BMI 25.0, 30.0, 35.0; waist 102
 * cm for men, 88 cm for women), missing data said as what to measure or
 * record, risk factors by ICPC code (and what does not count), a BMI
 * computed from weight and height, the latest measurement winning, adults
 * only, and an explanation that names the rule.
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

static void waist(bb_referral *r, const char *cm)
{
	assert_int_equal(bb_referral_add_measurement(r, "8280-0", cm, "cm", "2026-10-01"), BB_OK);
}

/* Runs the check; returns the verdict and leaves the explanation in *why. */
static int check(bb_referral *r, char **why)
{
	bb_gli_verdict verdict = BB_GLI_NOT_CHECKED;

	assert_int_equal(model_gli_check_at(&verdict, why, r, TODAY), BB_OK);
	assert_non_null(*why);
	return verdict;
}

/*
 * Every cell of the GGR table, at and next to every boundary. Columns:
 * the waist (normal, ernstig vergroot, or not measured) and whether a
 * reason is a risk factor. Rows: the BMI bands.
 */
enum { W_NORMAL, W_LARGE, W_NONE };

static void ggr_table(void **state)
{
	static const struct {
		const char *bmi;
		int waist, risk;
		int verdict;
		const char *ggr;      /* the cell's words in the explanation; NULL: none */
	} cells[] = {
		/* below 25: no GGR, whatever else */
		{ "24.9", W_NORMAL, 0, BB_GLI_NOT_ELIGIBLE, "is below 25" },
		{ "24.9", W_LARGE, 1, BB_GLI_NOT_ELIGIBLE, "is below 25" },
		{ "24.9", W_NONE, 0, BB_GLI_NOT_ELIGIBLE, "is below 25" },
		/* 25 - <30: licht without, matig with a large waist or a risk factor */
		{ "25.0", W_NORMAL, 0, BB_GLI_NOT_ELIGIBLE, "GGR licht verhoogd" },
		{ "25.0", W_LARGE, 0, BB_GLI_ELIGIBLE, "GGR matig verhoogd" },
		{ "25.0", W_NORMAL, 1, BB_GLI_ELIGIBLE, "GGR matig verhoogd" },
		{ "25.0", W_LARGE, 1, BB_GLI_ELIGIBLE, "GGR matig verhoogd" },
		{ "25.0", W_NONE, 0, BB_GLI_UNKNOWN, "no waist circumference: measure the waist" },
		{ "25.0", W_NONE, 1, BB_GLI_ELIGIBLE, "GGR matig verhoogd" },
		{ "27.0", W_NORMAL, 0, BB_GLI_NOT_ELIGIBLE, "GGR licht verhoogd" },
		{ "27.0", W_LARGE, 0, BB_GLI_ELIGIBLE, "GGR matig verhoogd" },
		{ "27.0", W_NONE, 0, BB_GLI_UNKNOWN, "no waist circumference" },
		{ "29.9", W_NORMAL, 0, BB_GLI_NOT_ELIGIBLE, "GGR licht verhoogd" },
		{ "29.9", W_LARGE, 1, BB_GLI_ELIGIBLE, "GGR matig verhoogd" },
		{ "29.9", W_NONE, 0, BB_GLI_UNKNOWN, "or record a risk factor" },
		/* 30 - <35: matig without, sterk with */
		{ "30.0", W_NORMAL, 0, BB_GLI_ELIGIBLE, "GGR matig verhoogd" },
		{ "30.0", W_NONE, 0, BB_GLI_ELIGIBLE, "GGR matig verhoogd" },
		{ "30.0", W_LARGE, 0, BB_GLI_ELIGIBLE, "GGR sterk verhoogd" },
		{ "30.0", W_NORMAL, 1, BB_GLI_ELIGIBLE, "GGR sterk verhoogd" },
		{ "30.0", W_LARGE, 1, BB_GLI_ELIGIBLE, "GGR sterk verhoogd" },
		{ "32.0", W_NONE, 1, BB_GLI_ELIGIBLE, "GGR sterk verhoogd" },
		{ "34.9", W_NORMAL, 0, BB_GLI_ELIGIBLE, "GGR matig verhoogd" },
		{ "34.9", W_LARGE, 0, BB_GLI_ELIGIBLE, "GGR sterk verhoogd" },
		/* 35 and over: sterk in every column */
		{ "35.0", W_NORMAL, 0, BB_GLI_ELIGIBLE, "GGR sterk verhoogd" },
		{ "35.0", W_NONE, 0, BB_GLI_ELIGIBLE, "GGR sterk verhoogd" },
		{ "35.0", W_LARGE, 1, BB_GLI_ELIGIBLE, "GGR sterk verhoogd" },
		{ "39.9", W_NORMAL, 1, BB_GLI_ELIGIBLE, "GGR sterk verhoogd" },
		{ "40.0", W_NORMAL, 0, BB_GLI_ELIGIBLE, "GGR sterk verhoogd" },
		{ "45.0", W_LARGE, 0, BB_GLI_ELIGIBLE, "GGR sterk verhoogd" },
	};
	static const char *const sexes[][3] = {
		/* sex, a normal waist, an ernstig vergrote one: at the boundary */
		{ "male", "101.9", "102" }, { "female", "87.9", "88" },
	};
	size_t i, s;
	(void)state;

	for (s = 0; s < 2; s++)
		for (i = 0; i < sizeof(cells) / sizeof(cells[0]); i++) {
			bb_referral *r = record("1968-03-14");
			char *why = NULL;
			int v;
			assert_int_equal(bb_referral_set(r, BB_REF_PATIENT_GENDER, sexes[s][0]), BB_OK);
			bmi(r, cells[i].bmi, "2026-10-01");
			if (cells[i].waist != W_NONE)
				waist(r, cells[i].waist == W_LARGE ? sexes[s][2] : sexes[s][1]);
			if (cells[i].risk)
				reason(r, "K86", "Hypertensie");
			v = check(r, &why);
			if (v != cells[i].verdict || !strstr(why, cells[i].ggr))
				fail_msg("%s, BMI %s, waist %d, risk %d: %s", sexes[s][0], cells[i].bmi,
					 cells[i].waist, cells[i].risk, why);
			free(why);
			bb_referral_free(r);
		}
}

static void explanations_name_the_rule(void **state)
{
	bb_referral *r;
	char *why = NULL;
	(void)state;

	/* the patient: BMI 27 and hypertension is matig verhoogd, so GLI */
	r = record("1968-03-14");
	bmi(r, "27.4", "2026-10-01");
	reason(r, "K86", "Hypertensie");
	assert_int_equal(check(r, &why), BB_GLI_ELIGIBLE);
	assert_string_equal(why, "eligible: GGR matig verhoogd: BMI 27.4 kg/m2 (2026-10-01) with a "
			    "risk factor: K86 Hypertensie (hypertensie)");
	free(why);
	bb_referral_free(r);

	/* BMI 27 and no waist: say what to do */
	r = record("1968-03-14");
	bmi(r, "27", "2026-10-01");
	assert_int_equal(check(r, &why), BB_GLI_UNKNOWN);
	assert_string_equal(why, "unknown: BMI 27 kg/m2 (2026-10-01), no waist circumference: "
			    "measure the waist, or record a risk factor (hypertensie, dyslipidemie, "
			    "diabetes, HVZ, artrose)");
	free(why);
	bb_referral_free(r);

	r = record("1968-03-14");
	assert_int_equal(bb_referral_set(r, BB_REF_PATIENT_GENDER, "male"), BB_OK);
	bmi(r, "27.4", "2026-10-01");
	waist(r, "104");
	assert_int_equal(check(r, &why), BB_GLI_ELIGIBLE);
	assert_string_equal(why, "eligible: GGR matig verhoogd: BMI 27.4 kg/m2 (2026-10-01) with "
			    "waist 104 cm (2026-10-01), ernstig vergroot for a man (102 cm or more)");
	free(why);
	bb_referral_free(r);

	r = record("1968-03-14");
	assert_int_equal(bb_referral_set(r, BB_REF_PATIENT_GENDER, "female"), BB_OK);
	bmi(r, "27.4", "2026-10-01");
	waist(r, "80");
	assert_int_equal(check(r, &why), BB_GLI_NOT_ELIGIBLE);
	assert_string_equal(why, "not eligible: GGR licht verhoogd: BMI 27.4 kg/m2 (2026-10-01) with "
			    "waist 80 cm (2026-10-01), not ernstig vergroot for a woman (88 cm or more) "
			    "and no risk factor among the reasons (hypertensie, dyslipidemie, "
			    "diabetes, HVZ, artrose)");
	free(why);
	bb_referral_free(r);

	r = record("1968-03-14");
	bmi(r, "33.1", NULL);
	assert_int_equal(check(r, &why), BB_GLI_ELIGIBLE);
	assert_string_equal(why, "eligible: GGR matig verhoogd: BMI 33.1 kg/m2 is 30 or more");
	free(why);
	bb_referral_free(r);

	/* a measurement date is the day it was in Amsterdam */
	r = record("1968-03-14");
	bmi(r, "36.0", "2026-05-18T23:30:00Z");
	assert_int_equal(check(r, &why), BB_GLI_ELIGIBLE);
	assert_string_equal(why, "eligible: GGR sterk verhoogd: BMI 36.0 kg/m2 (2026-05-19) is 35 or more");
	free(why);
	bb_referral_free(r);
}

/* The waist without the patient's sex: decided only outside 88-102 cm. */
static void waist_without_sex(void **state)
{
	static const struct {
		const char *cm;
		int verdict;
		const char *says;
	} cases[] = {
		{ "87.9", BB_GLI_NOT_ELIGIBLE, "not ernstig vergroot (below 88 cm)" },
		{ "88", BB_GLI_UNKNOWN, "record the sex, or a risk factor" },
		{ "101.9", BB_GLI_UNKNOWN, "and the record gives no sex" },
		{ "102", BB_GLI_ELIGIBLE, "ernstig vergroot (102 cm or more)" },
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		bb_referral *r = record(NULL);
		char *why = NULL;
		bmi(r, "28.0", "2026-10-01");
		waist(r, cases[i].cm);
		if (check(r, &why) != cases[i].verdict || !strstr(why, cases[i].says))
			fail_msg("waist %s: %s", cases[i].cm, why);
		free(why);
		bb_referral_free(r);
	}
}

/* Each risk group by rubric and by sub-code; and what does not count. */
static void risk_factor_codes(void **state)
{
	static const struct {
		const char *code;
		const char *group;      /* NULL: not a risk factor */
	} cases[] = {
		{ "K86", "(hypertensie)" }, { "K86.01", "(hypertensie)" }, { "K87", "(hypertensie)" },
		{ "T93", "(dyslipidemie)" }, { "T93.01", "(dyslipidemie)" },
		{ "T90", "(diabetes)" }, { "T90.02", "(diabetes)" }, { "T90.01", NULL },
		{ "K74", "(HVZ)" }, { "K75", "(HVZ)" }, { "K76.01", "(HVZ)" }, { "K77", "(HVZ)" },
		{ "K89", "(HVZ)" }, { "K90.03", "(HVZ)" }, { "K91", "(HVZ)" }, { "K92.01", "(HVZ)" },
		{ "L89", "(artrose)" }, { "L90.00", "(artrose)" }, { "L91", "(artrose)" },
		/* not sourced (slaapapneu, prediabetes) or not a comorbidity */
		{ "P06.01", NULL }, { "P06", NULL }, { "A91.05", NULL }, { "K90", NULL },
		{ "T82", NULL }, { "T83", NULL }, { "L03", NULL },
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		bb_referral *r = record(NULL);
		char *why = NULL;
		int v;
		assert_int_equal(bb_referral_set(r, BB_REF_PATIENT_GENDER, "male"), BB_OK);
		bmi(r, "26.0", "2026-10-01");
		waist(r, "90");
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

	assert_int_equal(bb_referral_set(r, BB_REF_PATIENT_GENDER, "female"), BB_OK);
	bmi(r, "27.0", "2026-10-01");
	waist(r, "80");
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
	assert_string_equal(why, "eligible: GGR matig verhoogd: BMI 31.5 kg/m2, computed from weight "
			    "92 kg and height 171 cm (2026-10-01) is 30 or more");
	free(why);
	bb_referral_free(r);

	/* grams and metres are kept as kg and cm: 79900 g / 1.80 m^2 = 24.66 */
	r = record(NULL);
	assert_int_equal(bb_referral_add_measurement(r, "29463-7", "79900", "g", NULL), BB_OK);
	assert_int_equal(bb_referral_add_measurement(r, "8302-2", "1.80", "m", NULL), BB_OK);
	reason(r, "L90", "Gonartrose");
	assert_int_equal(check(r, &why), BB_GLI_NOT_ELIGIBLE);
	assert_non_null(strstr(why, "BMI 24.7 kg/m2, computed from weight 79.900 kg and height 180 cm"));
	free(why);
	bb_referral_free(r);

	/* a weight without a height is not enough */
	r = record(NULL);
	assert_int_equal(bb_referral_add_measurement(r, "29463-7", "120", "kg", NULL), BB_OK);
	reason(r, "T90.02", "DM2");
	assert_int_equal(check(r, &why), BB_GLI_UNKNOWN);
	assert_string_equal(why, "unknown: the record has no BMI (LOINC 39156-5), nor a weight and "
			    "height to compute it from: measure them; risk factors named: T90.02 DM2 "
			    "(diabetes)");
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
	assert_int_equal(check(r, &why), BB_GLI_UNKNOWN);
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
	assert_string_equal(why, "not eligible: GGR matig verhoogd: BMI 32.0 kg/m2 (2026-10-01) is 30 "
			    "or more; but the patient is 16, and the insured GLI is for adults (18 and "
			    "over)");
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
	bb_gli_verdict verdict = BB_GLI_NOT_CHECKED;
	(void)state;

	assert_int_equal(check(r, &why), BB_GLI_UNKNOWN);
	assert_string_equal(why, "unknown: the record has no BMI (LOINC 39156-5), nor a weight and "
			    "height to compute it from: measure them");
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
		cmocka_unit_test(ggr_table),
		cmocka_unit_test(explanations_name_the_rule),
		cmocka_unit_test(waist_without_sex),
		cmocka_unit_test(risk_factor_codes),
		cmocka_unit_test(only_icpc_counts),
		cmocka_unit_test(bmi_from_weight_and_height),
		cmocka_unit_test(latest_measurement_wins),
		cmocka_unit_test(adults_only),
		cmocka_unit_test(no_measurements),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
