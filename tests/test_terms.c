/*
 * The terminology core: the NHG Tabel 45 <-> LOINC <-> UCUM table, the
 * write-back being the exact inverse of the read mapping for every row,
 * unverified NHG numbers refused (never guessed), codes that disagree
 * refused, units converted by powers of ten only, and the ICPC table.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "beweegbrug.h"
#include "mapping/loinc.h"
#include "terminology/terms.h"

static bb_referral *fresh(void)
{
	bb_referral *r = NULL;

	assert_int_equal(bb_referral_new(&r), BB_OK);
	return r;
}

/* The only measurement of `r`. */
static void only(const bb_referral *r, const char **loinc, const char **value, const char **unit)
{
	assert_int_equal(bb_referral_measurement_count(r), 1);
	assert_int_equal(bb_referral_measurement_at(loinc, value, unit, NULL, r, 0), BB_OK);
}

static void decimal_shift(void **state)
{
	static const struct {
		const char *in;
		int shift;
		const char *out;
	} cases[] = {
		{ "1.72", 2, "172" }, { "172", -2, "1.72" }, { "170", -2, "1.70" },
		{ "1.70", 2, "170" }, { "1.7", 2, "170" }, { "172.5", -2, "1.725" },
		{ "0.5", -2, "0.005" }, { "0.005", 2, "0.5" }, { "5", -3, "0.005" },
		{ "88.4", 3, "88400" }, { "88400", -3, "88.400" }, { "-1.5", 1, "-15" },
		{ "0", 2, "0" }, { "12", 0, "12" },
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *got = term_decimal_shift(cases[i].in, cases[i].shift);
		if (!got || strcmp(got, cases[i].out) != 0)
			fail_msg("%s shifted %d: %s, not %s", cases[i].in, cases[i].shift,
				 got ? got : "(null)", cases[i].out);
		free(got);
	}
	assert_null(term_decimal_shift("1.", 1));
	assert_null(term_decimal_shift(".5", 1));
	assert_null(term_decimal_shift("1e3", 1));
	assert_null(term_decimal_shift("", 1));
}

/* Every row names its source; a row with an NHG number knows NHG's unit. */
static void every_row_is_sourced(void **state)
{
	const bb_measure_info *m;
	const bb_icpc_info *c;
	size_t i, nhg = 0;
	(void)state;

	for (i = 0; (m = bb_measure_at(i)) != NULL; i++) {
		assert_non_null(m->source);
		assert_true(strlen(m->source) > 10);
		assert_non_null(m->name);
		assert_non_null(m->word);
		assert_non_null(m->display);
		assert_ptr_equal(bb_measure_by_loinc(m->loinc), m);
		/* the FHIR mapping reads the same rows: every one, with its category */
		assert_non_null(mapping_loinc_lookup(m->loinc));
		assert_string_equal(mapping_loinc_lookup(m->loinc)->display, m->display);
		assert_non_null(mapping_loinc_lookup(m->loinc)->category_display);
		if (m->nhg) {
			nhg++;
			assert_non_null(m->nhg_unit);
			assert_non_null(m->ucum);
			assert_ptr_equal(bb_measure_by_nhg(m->nhg), m);
		}
	}
	/* 357, 560, 1272, 1740, 1744, 2816: what we could verify publicly */
	assert_int_equal(nhg, 6);
	for (i = 0; (c = bb_icpc_at(i)) != NULL; i++) {
		assert_non_null(c->source);
		assert_non_null(c->text);
	}
	assert_true(i > 10);
}

/*
 * Write-back is the inverse of reading, for every row with an NHG number:
 * canonical -> (NHG number, value in NHG's unit) -> the reader -> the same
 * canonical measurement, digit for digit.
 */
static void write_back_inverts_read(void **state)
{
	static const char *const values[] = { "0.5", "1", "27.4", "86.0", "172", "172.5", "135", "41" };
	const bb_measure_info *m;
	size_t i, v, rows = 0;
	(void)state;

	for (i = 0; (m = bb_measure_at(i)) != NULL; i++) {
		if (!m->nhg)
			continue;
		rows++;
		for (v = 0; v < sizeof(values) / sizeof(values[0]); v++) {
			bb_referral *r = fresh();
			const char *nhg, *unit, *l, *val, *u;
			char *nhg_value = NULL;

			assert_int_equal(bb_measure_nhg_value(&nhg, &nhg_value, &unit, m->loinc,
							      values[v]), BB_OK);
			assert_string_equal(nhg, m->nhg);
			assert_string_equal(unit, m->nhg_unit);
			/* read back as the HIS writes it: the number with its unit, and without */
			assert_int_equal(bb_referral_add_his_measurement(r, nhg, NULL, nhg_value, unit,
									 "2027-03-12"), BB_OK);
			assert_int_equal(bb_referral_add_his_measurement(r, nhg, NULL, nhg_value, NULL,
									 "2027-03-12"), BB_OK);
			assert_int_equal(bb_referral_measurement_count(r), 2);
			for (size_t k = 0; k < 2; k++) {
				assert_int_equal(bb_referral_measurement_at(&l, &val, &u, NULL, r, k), BB_OK);
				if (strcmp(l, m->loinc) != 0 || strcmp(val, values[v]) != 0 ||
				    strcmp(u, m->ucum) != 0)
					fail_msg("NHG %s: %s %s came back as LOINC %s %s %s", m->nhg,
						 values[v], m->ucum, l, val, u);
			}
			bb_free(nhg_value);
			bb_referral_free(r);
		}
	}
	assert_int_equal(rows, 6);
	{
		const char *nhg, *unit;
		char *value = NULL;
		assert_int_equal(bb_measure_nhg_value(&nhg, &value, &unit, "8280-0", "99"),
				 BB_ENOTFOUND);
		assert_null(nhg);
		assert_int_equal(bb_measure_nhg_value(&nhg, &value, &unit, "8302-2", "172"), BB_OK);
		assert_string_equal(nhg, "560");
		assert_string_equal(value, "1.72");
		assert_string_equal(unit, "m");
		bb_free(value);
	}
}

/*
 * The numbers that gave different meanings before: 1740 is diastolic blood
 * pressure (never heart rate), 2816 is HbA1c; 1742, 1743, 2307, 233, 2403
 * could not be verified and are refused, naming the number.
 */
static void nhg_numbers(void **state)
{
	static const struct {
		const char *nhg, *loinc, *value, *unit;
	} known[] = {
		{ "1740", "8462-4", "88", "mm[Hg]" }, { "1744", "8480-6", "138", "mm[Hg]" },
		{ "2816", "59261-8", "58", "mmol/mol" }, { "357", "29463-7", "88.4", "kg" },
		{ "560", "8302-2", "175", "cm" }, { "1272", "39156-5", "28.9", "kg/m2" },
	};
	static const char *const unknown[] = { "1742", "1743", "2307", "233", "2403", "1875", "99999" };
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
		bb_referral *r = fresh();
		const char *l, *v, *u, *value = strcmp(known[i].nhg, "560") == 0 ? "1.75" : known[i].value;
		assert_int_equal(bb_referral_add_his_measurement(r, known[i].nhg, NULL, value, NULL,
								 NULL), BB_OK);
		only(r, &l, &v, &u);
		assert_string_equal(l, known[i].loinc);
		assert_string_equal(v, known[i].value);
		assert_string_equal(u, known[i].unit);
		bb_referral_free(r);
	}
	for (i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++) {
		bb_referral *r = fresh();
		const char *msg;
		assert_int_equal(bb_referral_add_his_measurement(r, unknown[i], NULL, "88", "cm", NULL),
				 BB_EINPUT);
		assert_int_equal(bb_referral_measurement_count(r), 0);
		msg = bb_referral_problem_at(r, 0);
		assert_non_null(strstr(msg, unknown[i]));
		assert_non_null(strstr(msg, "send the LOINC code too"));
		bb_referral_free(r);
		/* with the LOINC code too, the measurement travels (the NHG number does not) */
		r = fresh();
		assert_int_equal(bb_referral_add_his_measurement(r, unknown[i], "8280-0", "88", "cm",
								 NULL), BB_OK);
		assert_int_equal(bb_referral_measurement_count(r), 1);
		bb_referral_free(r);
	}
}

static void disagreements_and_units(void **state)
{
	bb_referral *r = fresh();
	const char *l, *v, *u;
	(void)state;

	/* 1740 with the heart-rate code: the codes disagree, nothing is guessed */
	assert_int_equal(bb_referral_add_his_measurement(r, "1740", "8867-4", "88", "/min", NULL),
			 BB_EINPUT);
	assert_non_null(strstr(bb_referral_problem_at(r, 0), "disagree"));
	assert_int_equal(bb_referral_measurement_count(r), 0);
	bb_referral_free(r);

	/* a length in m through LOINC is kept in cm */
	r = fresh();
	assert_int_equal(bb_referral_add_measurement(r, "8302-2", "1.72", "m", NULL), BB_OK);
	only(r, &l, &v, &u);
	assert_string_equal(v, "172");
	assert_string_equal(u, "cm");
	bb_referral_free(r);

	/* a unit that does not fit the code is refused, naming the unit */
	r = fresh();
	assert_int_equal(bb_referral_add_measurement(r, "29463-7", "190", "[lb_av]", NULL), BB_EINPUT);
	assert_non_null(strstr(bb_referral_problem_at(r, 0), "[lb_av]"));
	assert_int_equal(bb_referral_add_measurement(r, "59261-8", "7.1", "%", NULL), BB_EINPUT);
	bb_referral_free(r);

	/* a LOINC code that does not fix its unit needs one; one that does, need not */
	r = fresh();
	assert_int_equal(bb_referral_add_his_measurement(r, NULL, "29463-7", "88", NULL, NULL),
			 BB_EINPUT);
	assert_int_equal(bb_referral_add_his_measurement(r, NULL, "59261-8", "58", NULL, NULL),
			 BB_OK);
	only(r, &l, &v, &u);
	assert_string_equal(u, "mmol/mol");
	/* codes the table does not know still travel with their unit */
	assert_int_equal(bb_referral_add_his_measurement(r, NULL, "2093-3", "5.2", "mmol/L", NULL),
			 BB_OK);
	assert_int_equal(bb_referral_add_his_measurement(r, NULL, NULL, "5.2", "mmol/L", NULL),
			 BB_EINPUT);
	bb_referral_free(r);
}

static void icpc(void **state)
{
	const bb_icpc_info *c;
	(void)state;

	c = bb_icpc_lookup("K86");
	assert_non_null(c);
	assert_string_equal(c->risk, "hypertensie");
	c = bb_icpc_lookup("K86.02");       /* a sub-code the rubric covers */
	assert_non_null(c);
	assert_string_equal(c->code, "K86");
	c = bb_icpc_lookup("T90.02");
	assert_string_equal(c->text, "Diabetes mellitus type 2");
	assert_string_equal(c->risk, "diabetes");
	c = bb_icpc_lookup("T90.01");
	assert_non_null(c);
	assert_null(c->risk);
	assert_string_equal(bb_icpc_lookup("T93.01")->risk, "dyslipidemie");
	assert_string_equal(bb_icpc_lookup("L90.01")->risk, "artrose");
	assert_null(bb_icpc_lookup("K90"));       /* only its checked sub-codes */
	assert_non_null(bb_icpc_lookup("K90.03"));
	assert_null(bb_icpc_lookup("P06"));       /* slaapstoornis is not slaapapneu */
	assert_null(bb_icpc_lookup("P06.01"));    /* no public source for this sub-code */
	assert_null(bb_icpc_lookup("T82"));
	assert_null(bb_icpc_lookup(""));
	assert_null(bb_icpc_lookup(NULL));
}

/* Doorstroom codes: one table, in the terminology core, that the model checks against. */
static void continuation(void **state)
{
	bb_feedback *fb = NULL;
	size_t i;
	(void)state;

	for (i = 0; term_continuation_codes[i]; i++) {
		const char *words = term_continuation_display(term_continuation_codes[i]);
		assert_non_null(words);
		assert_true(strlen(words) > 5);
	}
	assert_int_equal(i, 4);
	assert_string_equal(term_continuation_display("regulier-aanbod"),
			    "Gaat door bij regulier sport- of beweegaanbod");
	assert_null(term_continuation_display("sportschool"));
	assert_null(term_continuation_display(""));
	assert_null(term_continuation_display(NULL));
	/* the model takes exactly the table's codes */
	assert_int_equal(bb_feedback_new(&fb), BB_OK);
	for (i = 0; term_continuation_codes[i]; i++)
		assert_int_equal(bb_feedback_set(fb, BB_FB_CONTINUATION, term_continuation_codes[i]), BB_OK);
	assert_int_not_equal(bb_feedback_set(fb, BB_FB_CONTINUATION, "sportschool"), BB_OK);
	bb_feedback_free(fb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(decimal_shift),
		cmocka_unit_test(every_row_is_sourced),
		cmocka_unit_test(write_back_inverts_read),
		cmocka_unit_test(nhg_numbers),
		cmocka_unit_test(disagreements_and_units),
		cmocka_unit_test(icpc),
		cmocka_unit_test(continuation),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
