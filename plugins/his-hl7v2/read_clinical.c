/*
 * The clinical part: reasons for referral (ICPC-1-NL in RF1-10 and DG1-3)
 * and measurements (OBX in an OBR group, LOINC or NHG Tabel 45 codes).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "hl7v2.h"

static int have_reason(const bb_referral *r, const char *code)
{
	size_t i, n = bb_referral_reason_count(r);
	const char *system, *c, *text;

	for (i = 0; i < n; i++)
		if (bb_referral_reason_at(&system, &c, &text, r, i) == BB_OK && c &&
		    strcmp(c, code) == 0)
			return 1;
	return 0;
}

/*
 * A CE holding an ICPC code: CE.1-3, or the alternate CE.4-6. Returns 1
 * and adds the reason; 0 when neither triplet is ICPC.
 */
static int add_icpc(hl7_reader *rd, const er7_segment *seg, unsigned field, unsigned rep,
		    const char *fallback_text, const char *since)
{
	unsigned base;

	for (base = 1; base <= 4; base += 3) {
		char *system = rd_get(rd, seg, field, rep, base + 2, 0);
		int icpc = table_is_icpc(system);
		free(system);
		if (icpc) {
			char *code = rd_get(rd, seg, field, rep, base, 0);
			char *text = rd_get(rd, seg, field, rep, base + 1, 0);
			rd_locate(rd, seg, field);
			if (!code)
				bb_referral_problem(rd->out, "the ICPC code is empty");
			else if (!have_reason(rd->out, code))
				bb_referral_add_episode(rd->out, "icpc-1-nl", code,
							text ? text : fallback_text, since);
			free(code);
			free(text);
			return 1;
		}
	}
	return 0;
}

/* RF1-10 is HL7 table 0336 (why refer); ICPC-coded entries are reasons too. */
void read_rf1_reasons(hl7_reader *rd, const er7_segment *rf1)
{
	size_t r, n = rd_reps(rd, rf1, 10);

	for (r = 1; r <= n; r++)
		add_icpc(rd, rf1, 10, (unsigned)r, NULL, NULL);
}

/*
 * DG1-5 (diagnosis date) of the DG1 for the first reason is the main
 * complaint's onset: the date the HIS episode began. A triage asks how
 * long a complaint has lasted; the model keeps one onset, so other DG1
 * dates are not carried.
 */
static void read_onset(hl7_reader *rd, const er7_segment *dg1)
{
	char *code = rd_get(rd, dg1, 3, 1, 1, 0), *when = rd_get(rd, dg1, 5, 1, 1, 0);
	const char *first = NULL;
	char iso[11];

	bb_referral_reason_at(NULL, &first, NULL, rd->out, 0);
	if (when && code && first && strcmp(code, first) == 0 &&
	    !bb_referral_get(rd->out, BB_REF_COMPLAINT_ONSET)) {
		/* the onset is a date; a time of day the HIS adds says nothing more */
		if (!dtm_to_date(when, iso))
			rd_problem(rd, dg1, 5, "\"%.40s\" is not a date (YYYYMMDD)", when);
		else {
			rd_locate(rd, dg1, 5);
			bb_referral_set(rd->out, BB_REF_COMPLAINT_ONSET, iso);
		}
	}
	free(code);
	free(when);
}

/*
 * DG1-3 diagnosis code (CE, ICPC), DG1-4 description as the fallback text,
 * DG1-5 the date the HIS episode began.
 */
void read_diagnosis(hl7_reader *rd, const er7_segment *dg1)
{
	char *desc = rd_get(rd, dg1, 4, 1, 0, 0);
	char *system = rd_get(rd, dg1, 3, 1, 3, 0);
	char *when = rd_get(rd, dg1, 5, 1, 1, 0);
	char since[11];

	if (!when || !dtm_to_date(when, since))
		since[0] = '\0';     /* a bad date is reported by read_onset */
	if (!rd_reps(rd, dg1, 3))
		rd_problem(rd, dg1, 3, "the diagnosis code is empty");
	else if (!add_icpc(rd, dg1, 3, 1, desc, since[0] ? since : NULL))
		rd_problem(rd, dg1, 3, "coding system \"%.40s\" is not ICPC (ICPC, ICPC1NL or 2.16.840.1.113883.2.4.4.31.1)",
			   system ? system : "");
	else
		read_onset(rd, dg1);
	free(desc);
	free(system);
	free(when);
}

/* HL7 NM as FHIR wants a decimal: -?(0|[1-9][0-9]*)(\.[0-9]+)? */
static int decimal_ok(const char *v)
{
	const char *p = v;

	if (*p == '-')
		p++;
	if (!isdigit((unsigned char)*p) || (p[0] == '0' && isdigit((unsigned char)p[1])))
		return 0;
	while (isdigit((unsigned char)*p))
		p++;
	if (*p == '.') {
		p++;
		if (!isdigit((unsigned char)*p))
			return 0;
		while (isdigit((unsigned char)*p))
			p++;
	}
	return *p == '\0';
}

/*
 * The codes of OBX-3 (CE.1-3 and the alternate CE.4-6): a LOINC code (LN)
 * and/or an NHG Tabel 45 number. What they mean is the terminology core's
 * business (bb_referral_add_his_measurement). 0 when neither is there.
 */
static int observation_codes(hl7_reader *rd, const er7_segment *obx, char **loinc, char **nhg)
{
	unsigned base;

	*loinc = *nhg = NULL;
	for (base = 1; base <= 4; base += 3) {
		char *system = rd_get(rd, obx, 3, 1, base + 2, 0);
		char *code = rd_get(rd, obx, 3, 1, base, 0);
		if (code && system && strcmp(system, "LN") == 0 && !*loinc) {
			*loinc = code;
			code = NULL;
		} else if (code && table_is_nhg45(system) && !*nhg) {
			*nhg = code;
			code = NULL;
		}
		free(system);
		free(code);
	}
	if (!*loinc && !*nhg) {
		rd_problem(rd, obx, 3, "the observation code must be LOINC (LN) or NHG Tabel 45 (NHG45)");
		return 0;
	}
	return 1;
}

/*
 * One measurement: OBX-2 NM, OBX-3 code, OBX-5 value, OBX-6 UCUM unit,
 * OBX-14 date (else OBR-7). OBX-11 D (deleted), W (wrong) and X (could
 * not be obtained) mean there is no value to pass on.
 */
void read_observation(hl7_reader *rd, const er7_segment *obx, const er7_segment *obr)
{
	char *type = rd_get(rd, obx, 2, 1, 1, 0), *status = rd_get(rd, obx, 11, 1, 1, 0);
	char *loinc = NULL, *nhg = NULL, *value = NULL, *unit = NULL, *unit_system = NULL;
	char *when = NULL, iso[40];
	int coded = 0;

	if (status && (strcmp(status, "D") == 0 || strcmp(status, "W") == 0 ||
		       strcmp(status, "X") == 0))
		goto out;
	if (!type || strcmp(type, "NM") != 0) {
		rd_problem(rd, obx, 2, "value type \"%.10s\": only numeric (NM) measurements are read",
			   type ? type : "");
		goto out;
	}
	coded = observation_codes(rd, obx, &loinc, &nhg);
	value = rd_get(rd, obx, 5, 1, 0, 0);
	if (!value)
		rd_problem(rd, obx, 5, "the value is empty");
	else if (!decimal_ok(value))
		rd_problem(rd, obx, 5, "\"%.40s\" is not a decimal number such as 31.2", value);
	unit = rd_get(rd, obx, 6, 1, 1, 0);
	unit_system = rd_get(rd, obx, 6, 1, 3, 0);
	if (unit_system && strcmp(unit_system, "UCUM") != 0)
		rd_problem(rd, obx, 6, "unit system \"%.20s\" is not UCUM", unit_system);
	when = rd_get(rd, obx, 14, 1, 1, 0);
	if (!when && obr)
		when = rd_get(rd, obr, 7, 1, 1, 0);
	if (when && !dtm_to_datetime(when, iso)) {
		rd_problem(rd, obx, 14, "\"%.40s\" is not a date/time (YYYYMMDD[HHMM[SS]][+ZZZZ])", when);
		goto out;
	}
	if (coded && value && decimal_ok(value)) {
		rd_locate(rd, obx, 3);
		bb_referral_add_his_measurement(rd->out, nhg, loinc, value, unit, when ? iso : NULL);
	}
out:
	free(type);
	free(status);
	free(loinc);
	free(nhg);
	free(value);
	free(unit);
	free(unit_system);
	free(when);
}
