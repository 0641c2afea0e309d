/*
 * The GLI entry check: does the record meet the criteria under which the
 * basic insurance pays for a gecombineerde leefstijlinterventie? BMI of 30
 * or more, or 25 or more together with a weight-related risk factor:
 * hart- en vaatziekten, diabetes mellitus type 2, slaapapneu or artrose.
 *
 * It only advises. The GP knows things the record does not say (a waist
 * circumference, a diagnosis kept elsewhere), so the result is a verdict
 * with its reasons, shown as a warning; nothing refuses a referral on it.
 *
 * Numbers are read here by hand rather than with strtod: strtod follows
 * the process locale, and a HIS that runs with a Dutch locale would read
 * "27.4" as 27.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "model.h"
#include "strutil.h"

#define LOINC_BMI "39156-5"
#define LOINC_WEIGHT "29463-7"
#define LOINC_HEIGHT "8302-2"

/* Adults: the GLI for children runs through other programmes. */
#define GLI_MIN_AGE 18

/*
 * ICPC-1-NL rubrics counted as a risk factor. A sub-code (T90.02) belongs
 * to its rubric (T90) unless the rubric lists sub-codes of its own.
 */
typedef struct risk_code {
	const char *code;      /* rubric, or rubric.sub when only that sub-code counts */
	const char *group;     /* as the GLI criteria name it */
	const char *text;
} risk_code;

static const risk_code risk_codes[] = {
	{ "K74", "HVZ", "angina pectoris" },
	{ "K75", "HVZ", "acuut myocardinfarct" },
	{ "K76", "HVZ", "andere chronische ischemische hartziekte" },
	{ "K77", "HVZ", "hartfalen" },
	{ "K89", "HVZ", "TIA" },
	{ "K90", "HVZ", "CVA" },
	{ "K91", "HVZ", "atherosclerose" },
	{ "K92", "HVZ", "perifeer arterieel vaatlijden" },
	{ "T90.02", "DM2", "diabetes mellitus type 2" },
	{ "T90", "DM2", "diabetes mellitus (type not given)" },
	/* the NHG sub-code for slaapapneu; not checked against the NHG table, which we lack */
	{ "P06.01", "slaapapneu", "slaapapneu" },
	{ "L89", "artrose", "coxartrose" },
	{ "L90", "artrose", "gonartrose" },
	{ "L91", "artrose", "artrose, overige" },
};

/* A code excluded although its rubric counts: type 1 diabetes is not weight-related. */
static const char *const not_risk_codes[] = { "T90.01", NULL };

static const risk_code *risk_of(const char *code)
{
	size_t i, rubric = strcspn(code, ".");

	for (i = 0; not_risk_codes[i]; i++)
		if (strcmp(code, not_risk_codes[i]) == 0)
			return NULL;
	for (i = 0; i < sizeof(risk_codes) / sizeof(risk_codes[0]); i++) {
		const char *rc = risk_codes[i].code;
		if (strcmp(code, rc) == 0)
			return &risk_codes[i];
		if (!strchr(rc, '.') && strlen(rc) == rubric && strncmp(code, rc, rubric) == 0)
			return &risk_codes[i];
	}
	return NULL;
}

/*
 * A decimal as the model keeps it ("27.4", "1.71", "92"), in thousandths,
 * so that thresholds compare exactly. Returns -1 if it is not one.
 */
static long long decimal_milli(const char *s)
{
	long long whole = 0, frac = 0, scale = 1000;
	int digits = 0;

	if (!s)
		return -1;
	for (; *s >= '0' && *s <= '9'; s++, digits++)
		if ((whole = whole * 10 + (*s - '0')) > 1000000)
			return -1;
	if (*s == '.')
		for (s++; *s >= '0' && *s <= '9'; s++, digits++)
			if (scale > 1)
				frac += (*s - '0') * (scale /= 10);
	return digits && !*s ? whole * 1000 + frac : -1;
}

/* The latest measurement with this code; undated ones count as oldest. */
static int latest(const bb_referral *r, const char *loinc, const char **value,
		  const char **unit, const char **when)
{
	size_t i, n = bb_referral_measurement_count(r);
	int found = 0;

	for (i = 0; i < n; i++) {
		const char *l, *v, *u, *w;
		if (bb_referral_measurement_at(r, i, &l, &v, &u, &w) != BB_OK || strcmp(l, loinc) != 0)
			continue;
		if (!found || (w && (!*when || strcmp(w, *when) > 0))) {
			*value = v;
			*unit = u;
			*when = w;
			found = 1;
		}
	}
	return found;
}

typedef struct bmi_found {
	long long milli;    /* BMI x 1000 */
	char *how;          /* "BMI 27.4 (2026-10-01)" */
} bmi_found;

static void bmi_from_record(bmi_found *f, const bb_referral *r)
{
	const char *v = NULL, *u = NULL, *w = NULL;
	const char *wv = NULL, *wu = NULL, *ww = NULL, *hv = NULL, *hu = NULL, *hw = NULL;

	f->milli = -1;
	f->how = NULL;
	if (latest(r, LOINC_BMI, &v, &u, &w) && (f->milli = decimal_milli(v)) >= 0) {
		f->how = str_printf("BMI %s kg/m2%s%s%s", v, w ? " (" : "", w ? w : "", w ? ")" : "");
		return;
	}
	if (latest(r, LOINC_WEIGHT, &wv, &wu, &ww) && latest(r, LOINC_HEIGHT, &hv, &hu, &hw)) {
		long long kg = decimal_milli(wv), h = decimal_milli(hv);
		if (wu && strcmp(wu, "g") == 0)
			kg /= 1000;
		else if (!wu || strcmp(wu, "kg") != 0)
			kg = -1;
		if (hu && strcmp(hu, "cm") == 0)
			h /= 100;
		else if (!hu || strcmp(hu, "m") != 0)
			h = -1;
		if (kg > 0 && h > 500 && h < 3000) {
			/* kg and m both x1000, so BMI x1000 = kg * 10^6 / h^2; judged as shown, to 0.1 */
			long long tenths = (kg * 10000 + h * h / 2) / (h * h);
			f->milli = tenths * 100;
			f->how = str_printf("BMI %lld.%lld kg/m2, computed from weight %s %s and height %s %s%s%s%s",
					    tenths / 10, tenths % 10, wv, wu, hv, hu,
					    ww ? " (" : "", ww ? ww : "", ww ? ")" : "");
		}
	}
}

/* Whole years between a YYYY-MM-DD birth date and today's UTC date; -1 if unknown. */
static int age_years(const char *birth, const char *today)
{
	int by, bm, bd, ty, tm, td, age;

	if (!birth || sscanf(birth, "%4d-%2d-%2d", &by, &bm, &bd) != 3 ||
	    sscanf(today, "%4d-%2d-%2d", &ty, &tm, &td) != 3)
		return -1;
	age = ty - by;
	if (tm < bm || (tm == bm && td < bd))
		age--;
	return age;
}

static void list_risks(strbuf *risks, const bb_referral *r)
{
	size_t i, n = bb_referral_reason_count(r);

	for (i = 0; i < n; i++) {
		const char *system, *code, *text;
		const risk_code *rc;
		if (bb_referral_reason_at(r, i, &system, &code, &text) != BB_OK || !code ||
		    !system || strcmp(system, "icpc-1-nl") != 0 || !(rc = risk_of(code)))
			continue;
		strbuf_printf(risks, "%s%s %s (%s)", risks->len ? ", " : "", code,
			      text && *text ? text : rc->text, rc->group);
	}
}

int gli_check_at(int *verdict, char **explanation, const bb_referral *r, const char *today)
{
	bmi_found bmi;
	strbuf risks = STRBUF_INIT, why = STRBUF_INIT, out = STRBUF_INIT;
	int v, age;

	if (!verdict || !r)
		return BB_EINVAL;
	bmi_from_record(&bmi, r);
	list_risks(&risks, r);
	age = age_years(bb_referral_get(r, BB_REF_PATIENT_BIRTHDATE), today);

	/* the finding first, then the verdict it leads to */
	if (bmi.milli < 0) {
		v = BB_GLI_UNKNOWN;
		strbuf_puts(&why, "the record has no BMI (LOINC 39156-5), nor a weight and height "
			    "to compute it from");
		if (risks.len)
			strbuf_printf(&why, "; risk factors named: %s", risks.data);
	} else if (bmi.milli >= 30000) {
		v = BB_GLI_ELIGIBLE;
		strbuf_printf(&why, "%s is 30 or more", bmi.how);
	} else if (bmi.milli >= 25000 && risks.len) {
		v = BB_GLI_ELIGIBLE;
		strbuf_printf(&why, "%s is 25 or more with a risk factor: %s", bmi.how, risks.data);
	} else if (bmi.milli >= 25000) {
		v = BB_GLI_NOT_ELIGIBLE;
		strbuf_printf(&why, "%s is below 30 and the reasons name no risk factor (HVZ, DM2, "
			      "slaapapneu, artrose) that would admit a BMI of 25 or more", bmi.how);
	} else {
		v = BB_GLI_NOT_ELIGIBLE;
		strbuf_printf(&why, "%s is below 25", bmi.how);
	}
	if (age >= 0 && age < GLI_MIN_AGE) {
		v = BB_GLI_NOT_ELIGIBLE;
		strbuf_printf(&why, "; but the patient is %d, and the insured GLI is for adults "
			      "(18 and over)", age);
	}
	if (why.data)
		strbuf_printf(&out, "%s: %s", v == BB_GLI_ELIGIBLE ? "eligible"
				    : v == BB_GLI_NOT_ELIGIBLE ? "not eligible" : "unknown", why.data);
	free(bmi.how);
	strbuf_free(&risks);
	strbuf_free(&why);
	if (!out.data) {
		strbuf_free(&out);
		return BB_ENOMEM;
	}
	*verdict = v;
	if (explanation)
		*explanation = strbuf_detach(&out, NULL);
	else
		strbuf_free(&out);
	return BB_OK;
}

int bb_gli_check(int *verdict, char **explanation, const bb_referral *r)
{
	char today[11];
	time_t now = time(NULL);
	struct tm tm;

	if (explanation)
		*explanation = NULL;
	gmtime_r(&now, &tm);
	strftime(today, sizeof(today), "%Y-%m-%d", &tm);
	return gli_check_at(verdict, explanation, r, today);
}
