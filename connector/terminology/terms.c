/*
 * The code tables. Every row names its public source (the SRC_* texts
 * below, spelled out in docs/terminology.md). A number or code that could
 * not be found in a public source is left out rather than guessed: an NHG
 * number that is not here is refused by the readers ("send the LOINC code
 * too"), an ICPC code that is not here keeps the GP's own text and counts
 * for nothing in the GLI check.
 */
#include "terms.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "util/strutil.h"

/* ---- sources ------------------------------------------------------------ */

/*
 * Nictiz's own example data for the Ketenzorg information standard 3.0.2:
 * a GP system's "algemene bepalingen" coded with NHG Tabel 45 (v29), with
 * name and unit (github.com/Nictiz/HL7-mappings,
 * hl7_2_ada/ketenzorg/3.0.2/beschikbaarstellen/hl7v3_instance/).
 */
#define SRC_KETENZORG "Nictiz Ketenzorg 3.0.2 example (NHG Tabel 45 v29)"
/*
 * RIVO-Noord Zorgviewer IG (HL7 NL), ConceptMap vital-signs-groups: NHG
 * Tabel 45 -> LOINC "equal" mappings, and the CGM HIS example that codes
 * one Observation in both systems (github.com/RIVO-Noord/zorgviewer-ig).
 */
#define SRC_RIVO "RIVO-Noord Zorgviewer ConceptMap vital-signs-groups"
#define SRC_RIVO_CGM "RIVO-Noord Zorgviewer example VitalSign-CGM (NHG 357 + LOINC 29463-7)"
/*
 * Calculus/VIPLive (a HIS vendor) indicator documentation: "HbA1c: 3266,
 * HBAP B of 2816, HBAC B of 3754, HBAP B PO", with cut-offs in mmol/mol.
 */
#define SRC_CALCULUS "Calculus/VIPLive DM indicator definitions (2816 HBAC B, mmol/mol)"
#define SRC_LOINC "LOINC (loinc.org); no NHG number verified"
#define SRC_HL7VS "FHIR R4 vital signs profiles; no NHG number verified"

/* ---- measurements -------------------------------------------------------- */

typedef struct measure_row {
	bb_measure_info info;
	/*
	 * 1: the LOINC code fixes the unit (BMI is kg/m2, HbA1c IFCC is
	 * mmol/mol), so a HIS may leave the unit out; 0: it must say it.
	 */
	int unit_implied;
} measure_row;

#define M(loinc, ucum, nhg, nhg_unit, name, word, display, category, src, implied) \
	{ { loinc, ucum, nhg, nhg_unit, name, word, display, category, src }, implied }

static const measure_row measures[] = {
	M("39156-5", "kg/m2", "1272", "kg/m2", "BMI", "BMI",
	  "Body mass index (BMI) [Ratio]", "vital-signs", SRC_KETENZORG "; " SRC_RIVO, 1),
	M("29463-7", "kg", "357", "kg", "Gewicht", "gewicht",
	  "Body weight", "vital-signs", SRC_KETENZORG "; " SRC_RIVO_CGM, 0),
	/* NHG records length in metres (Ketenzorg example: 1.72 m); the model in cm */
	M("8302-2", "cm", "560", "m", "Lengte", "lengte",
	  "Body height", "vital-signs", SRC_KETENZORG "; " SRC_RIVO, 0),
	M("8280-0", "cm", NULL, NULL, "Buikomvang", "buikomvang",
	  "Waist Circumference at umbilicus by Tape measure", "exam", SRC_LOINC, 0),
	M("8480-6", "mm[Hg]", "1744", "mm[Hg]", "Systolische bloeddruk", "systolische bloeddruk",
	  "Systolic blood pressure", "vital-signs", SRC_KETENZORG "; " SRC_RIVO, 1),
	M("8462-4", "mm[Hg]", "1740", "mm[Hg]", "Diastolische bloeddruk", "diastolische bloeddruk",
	  "Diastolic blood pressure", "vital-signs", SRC_KETENZORG "; " SRC_RIVO, 1),
	/* the panel carries no value of its own: no unit rule */
	M("85354-9", NULL, NULL, NULL, "Bloeddruk", "bloeddruk",
	  "Blood pressure panel with all children optional", "vital-signs", SRC_HL7VS, 0),
	M("8867-4", "/min", NULL, NULL, "Hartfrequentie", "hartfrequentie",
	  "Heart rate", "vital-signs", SRC_HL7VS, 1),
	M("59261-8", "mmol/mol", "2816", "mmol/mol", "HbA1c", "HbA1c",
	  "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol", "laboratory",
	  SRC_CALCULUS, 1),
	M("4548-4", "%", NULL, NULL, "HbA1c (DCCT)", "HbA1c (DCCT)",
	  "Hemoglobin A1c/Hemoglobin.total in Blood", "laboratory", SRC_LOINC, 1),
	M("89555-7", "d/wk", NULL, NULL, "Dagen per week matig intensief bewegen",
	  "dagen per week matig intensief bewegen",
	  "How many days per week did you engage in moderate to strenuous physical activity in the last 30 days",
	  "activity", SRC_LOINC, 1),
	M("68516-4", "min/d", NULL, NULL, "Minuten bewegen per beweegdag",
	  "minuten bewegen per beweegdag",
	  "On those days that you engage in moderate to strenuous exercise, how many minutes, on average, do you exercise",
	  "activity", SRC_LOINC, 1),
	M("82290-8", NULL, NULL, NULL, "Matig tot zwaar intensief bewegen",
	  "matig tot zwaar intensief bewegen",
	  "Frequency of moderate to vigorous aerobic physical activity", "activity", SRC_LOINC, 0),
	M("82291-6", NULL, NULL, NULL, "Spierversterkende activiteit", "spierversterkende activiteit",
	  "Frequency of muscle-strengthening physical activity", "activity", SRC_LOINC, 0),
	/* the conditietest a beweegcoach reports most: metres walked in six minutes */
	M("64098-7", "m", NULL, NULL, "6-minutenwandeltest", "6-minutenwandeltest",
	  "Walking distance 6 minutes", "activity", SRC_LOINC, 1),
	/* the stadspoli's pain score (NRS 0-10), a patient-reported answer */
	M("72514-3", "{score}", NULL, NULL, "Pijnscore (NRS)", "pijnscore",
	  "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "survey", SRC_LOINC, 1),
};

#define N_MEASURES (sizeof(measures) / sizeof(measures[0]))

const bb_measure_info *bb_measure_at(size_t index)
{
	return index < N_MEASURES ? &measures[index].info : NULL;
}

static const measure_row *row_by_loinc(const char *loinc)
{
	size_t i;

	for (i = 0; loinc && i < N_MEASURES; i++)
		if (strcmp(measures[i].info.loinc, loinc) == 0)
			return &measures[i];
	return NULL;
}

const bb_measure_info *bb_measure_by_loinc(const char *loinc)
{
	const measure_row *row = row_by_loinc(loinc);
	return row ? &row->info : NULL;
}

const bb_measure_info *bb_measure_by_nhg(const char *nhg)
{
	size_t i;

	for (i = 0; nhg && *nhg && i < N_MEASURES; i++)
		if (measures[i].info.nhg && strcmp(measures[i].info.nhg, nhg) == 0)
			return &measures[i].info;
	return NULL;
}

/* ---- units -------------------------------------------------------------- */

/* Units that differ by a power of ten only; value_in_to = value * 10^shift. */
static const struct {
	const char *from, *to;
	int shift;
} conversions[] = {
	{ "m", "cm", 2 }, { "mm", "cm", -1 }, { "cm", "m", -2 },
	{ "g", "kg", -3 }, { "kg", "g", 3 },
};

static int unit_shift(const char *from, const char *to, int *shift)
{
	size_t i;

	if (strcmp(from, to) == 0) {
		*shift = 0;
		return 1;
	}
	for (i = 0; i < sizeof(conversions) / sizeof(conversions[0]); i++)
		if (strcmp(conversions[i].from, from) == 0 && strcmp(conversions[i].to, to) == 0) {
			*shift = conversions[i].shift;
			return 1;
		}
	return 0;
}

char *term_decimal_shift(const char *value, int shift)
{
	const char *p = value, *dot;
	char digits[128], *out;
	size_t nd = 0, o = 0, k;
	long intlen, point;
	int neg = 0;

	if (!value || !*value || shift > 32 || shift < -32)
		return NULL;
	if (*p == '-') {
		neg = 1;
		p++;
	}
	dot = strchr(p, '.');
	if (dot && (dot == p || !dot[1]))
		return NULL;
	/* the digits, and where the point is among them */
	for (; *p; p++) {
		if (*p == '.' && p == dot)
			continue;
		if (!isdigit((unsigned char)*p) || nd + 1 >= sizeof(digits))
			return NULL;
		digits[nd++] = *p;
	}
	if (!nd)
		return NULL;
	intlen = dot ? (long)(dot - value - neg) : (long)nd;
	point = intlen + shift;
	out = malloc(nd + 40);
	if (!out)
		return NULL;
	if (neg)
		out[o++] = '-';
	if (point <= 0) {
		out[o++] = '0';
		out[o++] = '.';
		for (k = 0; k < (size_t)-point; k++)
			out[o++] = '0';
		memcpy(out + o, digits, nd);
		o += nd;
	} else {
		/* the whole part: digits before the point, padded with zeros; no leading zeros */
		size_t start = o;
		for (k = 0; k < (size_t)point; k++) {
			char d = k < nd ? digits[k] : '0';
			if (o == start && d == '0' && k + 1 < (size_t)point)
				continue;
			out[o++] = d;
		}
		if ((size_t)point < nd) {
			out[o++] = '.';
			memcpy(out + o, digits + point, nd - (size_t)point);
			o += nd - (size_t)point;
		}
	}
	out[o] = '\0';
	return out;
}

int term_canonical(const char *loinc, const char *value, const char *unit,
		   char **value_out, const char **unit_out, const char **why)
{
	const measure_row *row = row_by_loinc(loinc);
	int shift;

	*value_out = NULL;
	*unit_out = unit;
	if (!row || !row->info.ucum || !unit)
		return 1;
	if (!unit_shift(unit, row->info.ucum, &shift)) {
		*why = "is not a unit this code is recorded in";
		return 0;
	}
	*unit_out = row->info.ucum;
	if (shift && !(*value_out = term_decimal_shift(value, shift))) {
		*why = "cannot be converted: the value is not a plain decimal";
		return 0;
	}
	return 1;
}

/* ---- the HIS's side: NHG numbers in, NHG numbers out ------------------- */

int bb_referral_add_his_measurement(bb_referral *r, const char *nhg, const char *loinc,
				    const char *value, const char *unit, const char *when)
{
	model_fields *m;
	const measure_row *by_loinc;
	const bb_measure_info *by_nhg = NULL;
	const char *code = loinc;

	if (!r)
		return BB_EINVAL;
	m = model_referral_mut(r);
	if (nhg && !*nhg)
		nhg = NULL;
	if (loinc && !*loinc)
		loinc = code = NULL;
	if (!nhg && !loinc)
		return model_problem(m, "measurement.code",
				     "needs an NHG Tabel 45 number or a LOINC code");
	if (nhg) {
		by_nhg = bb_measure_by_nhg(nhg);
		if (!by_nhg && !loinc)
			return model_problem(m, "measurement.nhg",
					     "NHG Tabel 45 bepaling %.20s is not in Beweegbrug's verified "
					     "table (docs/terminology.md): send the LOINC code too", nhg);
		if (by_nhg && loinc && strcmp(by_nhg->loinc, loinc) != 0)
			return model_problem(m, "measurement.code",
					     "NHG Tabel 45 bepaling %.20s is LOINC %s (%s), not %.20s: "
					     "the two codes disagree", nhg, by_nhg->loinc,
					     by_nhg->word, loinc);
		if (by_nhg)
			code = by_nhg->loinc;
	}
	by_loinc = row_by_loinc(code);
	if (!unit || !*unit) {
		/* the NHG bepaling fixes its unit; some LOINC codes do too */
		if (by_nhg)
			unit = by_nhg->nhg_unit;
		else if (by_loinc && by_loinc->unit_implied)
			unit = by_loinc->info.ucum;
		else
			return model_problem(m, "measurement.unit",
					     "is needed: LOINC %.20s does not fix its unit", code);
	}
	return bb_referral_add_measurement(r, code, value, unit, when);
}

int bb_measure_nhg_value(const char **nhg, char **value, const char **unit,
			 const char *loinc, const char *canonical_value)
{
	const bb_measure_info *row = bb_measure_by_loinc(loinc);
	int shift;

	if (!nhg || !value || !unit || !canonical_value)
		return BB_EINVAL;
	*nhg = NULL;
	*value = NULL;
	*unit = NULL;
	if (!row || !row->nhg)
		return BB_ENOTFOUND;
	if (!unit_shift(row->ucum, row->nhg_unit, &shift))
		return BB_ERROR;
	*value = shift ? term_decimal_shift(canonical_value, shift) : str_dup(canonical_value);
	if (!*value)
		return BB_EINVAL;
	*nhg = row->nhg;
	*unit = row->nhg_unit;
	return BB_OK;
}

/* ---- words --------------------------------------------------------------- */

void term_dutch_decimal(char *buf, size_t size, const char *value)
{
	char *dot;

	if (!size)
		return;
	snprintf(buf, size, "%s", value ? value : "");
	if ((dot = strchr(buf, '.')) != NULL)
		*dot = ',';
}

const char *term_unit_words(const char *ucum)
{
	static const char *const units[][2] = {
		{ "kg/m2", "kg/m\xc2\xb2" }, { "mm[Hg]", "mmHg" }, { "/min", "per minuut" },
		{ "{sessions}", "bijeenkomsten" }, { "d/wk", "dagen per week" },
		{ "min/d", "minuten per dag" }, { "min/wk", "minuten per week" },
		{ "{score}", "(NRS 0-10)" }, { "mmol/mol", "mmol/mol" },
	};
	size_t i;

	for (i = 0; ucum && i < sizeof(units) / sizeof(units[0]); i++)
		if (strcmp(units[i][0], ucum) == 0)
			return units[i][1];
	return ucum ? ucum : "";
}
