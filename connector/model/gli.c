/*
 * The GLI entry check as the guideline states it. The insured GLI
 * (gecombineerde leefstijlinterventie) is for adults with a matig or
 * sterk verhoogd gewichtsgerelateerd gezondheidsrisico (GGR): Zorgstandaard
 * Obesitas, NHG-Standaard Obesitas, Loket Gezond Leven, the insurers'
 * policy texts (docs/gli.md quotes them). The GGR comes from three
 * things in the record:
 *
 *   BMI band          normal waist and    ernstig vergrote waist
 *                     no risk factor      and/or a risk factor
 *   25 - < 30         licht verhoogd      matig verhoogd
 *   30 - < 35         matig verhoogd      sterk verhoogd
 *   >= 35             sterk verhoogd      sterk verhoogd
 *
 * The waist is ernstig vergroot from 102 cm (men) and 88 cm (women). A
 * risk factor is a reason whose ICPC-1-NL code the terminology core puts
 * in a risk group (hypertensie, dyslipidemie, diabetes, HVZ, artrose).
 *
 * It only advises: the verdict is a warning with its reasons, never a
 * block; and where the record cannot decide (BMI 25-30, no waist, no risk
 * factor) it says what to measure or record instead of guessing.
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
#include "util/strutil.h"
#include "terminology/nl_time.h"
#include "terminology/terms.h"

#define LOINC_BMI "39156-5"
#define LOINC_WEIGHT "29463-7"
#define LOINC_HEIGHT "8302-2"
#define LOINC_WAIST "8280-0"

/* Adults: the GLI for children runs through other programmes. */
#define GLI_MIN_AGE 18

/* Ernstig vergrote buikomvang, in mm so thresholds compare exactly. */
#define WAIST_MEN_MM 1020
#define WAIST_WOMEN_MM 880

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
		if (bb_referral_measurement_at(&l, &v, &u, &w, r, i) != BB_OK || strcmp(l, loinc) != 0)
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

/* " (2026-10-01)" for a dated measurement: the day it was in Amsterdam. */
static void dated(char *buf, size_t size, const char *when)
{
	char day[11];

	if (!when) {
		buf[0] = '\0';
		return;
	}
	snprintf(buf, size, " (%s)", term_nl_local_date(day, when) ? day : when);
}

typedef struct bmi_found {
	long long milli;    /* BMI x 1000; -1 when unknown */
	char *how;          /* "BMI 27.4 kg/m2 (2026-10-01)" */
} bmi_found;

static void bmi_from_record(bmi_found *f, const bb_referral *r)
{
	const char *v = NULL, *u = NULL, *w = NULL;
	const char *wv = NULL, *wu = NULL, *ww = NULL, *hv = NULL, *hu = NULL, *hw = NULL;
	char when[64];

	f->milli = -1;
	f->how = NULL;
	if (latest(r, LOINC_BMI, &v, &u, &w) && (f->milli = decimal_milli(v)) >= 0) {
		dated(when, sizeof(when), w);
		f->how = str_printf("BMI %s kg/m2%s", v, when);
		return;
	}
	if (latest(r, LOINC_WEIGHT, &wv, &wu, &ww) && latest(r, LOINC_HEIGHT, &hv, &hu, &hw)) {
		long long kg = decimal_milli(wv), h = decimal_milli(hv);
		if (!wu || strcmp(wu, "kg") != 0)
			kg = -1;
		if (hu && strcmp(hu, "cm") == 0)
			h /= 100;
		else if (!hu || strcmp(hu, "m") != 0)
			h = -1;
		if (kg > 0 && h > 500 && h < 3000) {
			/* kg and m both x1000, so BMI x1000 = kg * 10^6 / h^2; judged as shown, to 0.1 */
			long long tenths = (kg * 10000 + h * h / 2) / (h * h);
			f->milli = tenths * 100;
			dated(when, sizeof(when), ww);
			f->how = str_printf("BMI %lld.%lld kg/m2, computed from weight %s %s and height %s %s%s",
					    tenths / 10, tenths % 10, wv, wu, hv, hu, when);
		}
	}
}

/* Whole years between a YYYY-MM-DD birth date and today; -1 if unknown. */
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

/* The reasons that are weight-related risk factors, as "K86 Hypertensie (hypertensie)". */
static void list_risks(strbuf *risks, const bb_referral *r)
{
	size_t i, n = bb_referral_reason_count(r);

	for (i = 0; i < n; i++) {
		const char *system, *code, *text;
		const bb_icpc_info *row;
		if (bb_referral_reason_at(&system, &code, &text, r, i) != BB_OK || !code ||
		    !system || strcmp(system, TERM_ICPC_SYSTEM) != 0 || !(row = term_icpc(code)) ||
		    !row->risk)
			continue;
		strbuf_printf(risks, "%s%s %s (%s)", risks->len ? ", " : "", code,
			      text && *text ? text : row->text, row->risk);
	}
}

enum waist_state { WAIST_UNKNOWN, WAIST_NORMAL, WAIST_LARGE, WAIST_UNDECIDED };

typedef struct waist_found {
	enum waist_state state;
	char *how;           /* "buikomvang 104 cm (man: ernstig vergroot vanaf 102 cm)" */
} waist_found;

static void waist_from_record(waist_found *f, const bb_referral *r)
{
	const char *v = NULL, *u = NULL, *w = NULL, *sex = bb_referral_get(r, BB_REF_PATIENT_GENDER);
	long long mm;
	char when[64];

	f->state = WAIST_UNKNOWN;
	f->how = NULL;
	if (!latest(r, LOINC_WAIST, &v, &u, &w) || !u || strcmp(u, "cm") != 0 ||
	    (mm = decimal_milli(v)) < 0)
		return;
	mm /= 100;  /* thousandths of a cm -> tenths: mm */
	dated(when, sizeof(when), w);
	if (sex && strcmp(sex, "male") == 0) {
		f->state = mm >= WAIST_MEN_MM ? WAIST_LARGE : WAIST_NORMAL;
		f->how = str_printf("waist %s cm%s, %s for a man (102 cm or more)", v, when,
				    f->state == WAIST_LARGE ? "ernstig vergroot" : "not ernstig vergroot");
	} else if (sex && strcmp(sex, "female") == 0) {
		f->state = mm >= WAIST_WOMEN_MM ? WAIST_LARGE : WAIST_NORMAL;
		f->how = str_printf("waist %s cm%s, %s for a woman (88 cm or more)", v, when,
				    f->state == WAIST_LARGE ? "ernstig vergroot" : "not ernstig vergroot");
	} else if (mm >= WAIST_MEN_MM || mm < WAIST_WOMEN_MM) {
		/* whatever the sex: above both thresholds, or below both */
		f->state = mm >= WAIST_MEN_MM ? WAIST_LARGE : WAIST_NORMAL;
		f->how = str_printf("waist %s cm%s, %s", v, when, f->state == WAIST_LARGE
				    ? "ernstig vergroot (102 cm or more)"
				    : "not ernstig vergroot (below 88 cm)");
	} else {
		f->state = WAIST_UNDECIDED;
		f->how = str_printf("waist %s cm%s: ernstig vergroot for a woman (88 cm), not for a "
				    "man (102 cm), and the record gives no sex", v, when);
	}
}

#define RISK_GROUPS "hypertensie, dyslipidemie, diabetes, HVZ, artrose"

int model_gli_check_at(bb_gli_verdict *verdict, char **explanation, const bb_referral *r, const char *today)
{
	bmi_found bmi;
	waist_found waist;
	strbuf risks = STRBUF_INIT, why = STRBUF_INIT, out = STRBUF_INIT;
	const char *ggr = NULL;
	int v, age, plus;

	if (!verdict || !r)
		return BB_EINVAL;
	bmi_from_record(&bmi, r);
	waist_from_record(&waist, r);
	list_risks(&risks, r);
	age = age_years(bb_referral_get(r, BB_REF_PATIENT_BIRTHDATE), today);
	plus = waist.state == WAIST_LARGE || risks.len;

	/* the GGR cell first, then the rule that admitted the patient or what is missing */
	if (bmi.milli < 0) {
		v = BB_GLI_UNKNOWN;
		strbuf_puts(&why, "the record has no BMI (LOINC 39156-5), nor a weight and height "
			    "to compute it from: measure them");
		if (risks.len)
			strbuf_printf(&why, "; risk factors named: %s", risks.data);
	} else if (bmi.milli < 25000) {
		v = BB_GLI_NOT_ELIGIBLE;
		strbuf_printf(&why, "%s is below 25: no verhoogd gewichtsgerelateerd "
			      "gezondheidsrisico (GGR)", bmi.how);
	} else if (bmi.milli < 30000 && !plus && (waist.state == WAIST_UNKNOWN ||
						 waist.state == WAIST_UNDECIDED)) {
		v = BB_GLI_UNKNOWN;
		if (waist.state == WAIST_UNKNOWN)
			strbuf_printf(&why, "%s, no waist circumference: measure the waist, or record "
				      "a risk factor (%s)", bmi.how, RISK_GROUPS);
		else
			strbuf_printf(&why, "%s, %s: record the sex, or a risk factor (%s)", bmi.how,
				      waist.how, RISK_GROUPS);
	} else if (bmi.milli < 30000 && !plus) {
		v = BB_GLI_NOT_ELIGIBLE;
		strbuf_printf(&why, "GGR licht verhoogd: %s with %s and no risk factor among the "
			      "reasons (%s)", bmi.how, waist.how, RISK_GROUPS);
	} else {
		v = BB_GLI_ELIGIBLE;
		if (bmi.milli < 30000)
			ggr = "matig";
		else if (bmi.milli < 35000)
			ggr = plus ? "sterk" : "matig";
		else
			ggr = "sterk";
		strbuf_printf(&why, "GGR %s verhoogd: %s", ggr, bmi.how);
		if (bmi.milli >= 35000)
			strbuf_puts(&why, " is 35 or more");
		else if (bmi.milli >= 30000 && !plus)
			strbuf_puts(&why, " is 30 or more");
		if (waist.state == WAIST_LARGE)
			strbuf_printf(&why, " with %s", waist.how);
		if (risks.len)
			strbuf_printf(&why, "%s risk factor: %s", waist.state == WAIST_LARGE
				      ? " and" : " with a", risks.data);
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
	free(waist.how);
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

int bb_gli_check(bb_gli_verdict *verdict, char **explanation, const bb_referral *r)
{
	char today[11];

	if (explanation)
		*explanation = NULL;
	/* the patient's age as the GP counts it: today in Amsterdam */
	term_nl_today(today, (int64_t)time(NULL));
	return model_gli_check_at(verdict, explanation, r, today);
}
