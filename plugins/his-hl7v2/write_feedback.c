/*
 * Feedback out: the canonical feedback as an HL7 v2.5 ORU^R01 a GP's HIS
 * files like any result (docs/his-hl7v2.md says why ORU^R01 and not
 * RRI^I12). One OBR for the referral: OBR-2 placer order number = our
 * referral id with the practice AGB as its namespace, OBR-3 filler order
 * number = the receiver's reference, OBR-25 final or not. Then OBX lines:
 * the status coded, the ICPC episode, the core's SOEP journal entry as
 * text (bb_soep_new, the same four texts every HIS adapter writes; SNOMED
 * codes of zib-SOAPReport), the intake date, sessions and measurements
 * (LOINC, with the NHG Tabel 45 number as the alternate code where the
 * terminology core has a verified one, the value then in NHG's unit).
 */
#include <stdio.h>
#include <string.h>

#include "hl7v2.h"

#define SNOMED_S "255362007^Subjectief^SCT"
#define SNOMED_O "260224007^Objectief^SCT"
#define SNOMED_E "129265001^Evaluatie^SCT"
#define SNOMED_P "129271007^Plan^SCT"

typedef struct writer {
	hl7_out *o;
	const bb_feedback *fb;
	unsigned obx;
	char date[32];   /* the feedback's date as DTM */
} writer;

static const char *get(const writer *w, int field)
{
	return bb_feedback_get(w->fb, field);
}

/* Author (OBX-16, XCN with the whole name in XCN.2) and organisation (OBX-23, XON.1). */
static void who(writer *w)
{
	out_str(w->o, "|||");
	if (get(w, BB_FB_AUTHOR_NAME)) {
		out_str(w->o, "^");
		out_esc(w->o, get(w, BB_FB_AUTHOR_NAME));
	}
	out_str(w->o, "|||||||");
	out_esc(w->o, get(w, BB_FB_AUTHOR_ORGANIZATION));
}

/* OBX of type TX: one repetition per line of `text`. */
static void obx_text(writer *w, const char *code, const char *text)
{
	const char *p;

	out_printf(w->o, "OBX|%u|TX|%s||", ++w->obx, code);
	for (p = text; *p; p++) {
		char one[2] = { *p, '\0' };
		if (*p == '\n')
			out_str(w->o, "~");
		else if (*p != '\r')
			out_esc(w->o, one);
	}
	out_printf(w->o, "||||||F|||%s", w->date);
	who(w);
	out_str(w->o, "\r");
}

static void obx_coded(writer *w, const char *code, const char *value, const char *display,
		      const char *system)
{
	out_printf(w->o, "OBX|%u|CE|%s||", ++w->obx, code);
	out_esc(w->o, value);
	out_str(w->o, "^");
	out_esc(w->o, display);
	out_printf(w->o, "^%s||||||F|||%s\r", system, w->date);
}

static void obx_number(writer *w, const char *code, const char *value, const char *unit,
		       const char *when)
{
	char dtm[32] = "";

	if (when && !iso_to_dtm(when, dtm))
		dtm[0] = '\0';
	out_printf(w->o, "OBX|%u|NM|%s||", ++w->obx, code);
	out_esc(w->o, value);
	out_str(w->o, "|");
	if (unit) {
		out_esc(w->o, unit);
		out_str(w->o, "^");
		out_esc(w->o, unit);
		out_str(w->o, "^UCUM");
	}
	out_printf(w->o, "|||||F|||%s\r", dtm[0] ? dtm : w->date);
}

/* OBX-3 and OBX-5/6 of a measurement: LOINC, and NHG's number and unit where verified. */
static void obx_measurement(writer *w, const char *loinc, const char *value, const char *unit,
			    const char *when)
{
	const bb_measure_info *row = bb_measure_by_loinc(loinc);
	const char *nhg = NULL, *nhg_unit = NULL;
	char *nhg_value = NULL, dtm[32] = "";

	if (bb_measure_nhg_value(&nhg, &nhg_value, &nhg_unit, loinc, value) != BB_OK)
		nhg = NULL;
	if (when && !iso_to_dtm(when, dtm))
		dtm[0] = '\0';
	out_printf(w->o, "OBX|%u|NM|", ++w->obx);
	out_esc(w->o, loinc);
	out_str(w->o, "^");
	out_esc(w->o, row ? row->display : "");
	out_str(w->o, "^LN");
	if (nhg) {
		out_str(w->o, "^");
		out_esc(w->o, nhg);
		out_str(w->o, "^");
		out_esc(w->o, row->name);
		out_str(w->o, "^NHG45");
		value = nhg_value;
		unit = nhg_unit;
	}
	out_str(w->o, "||");
	out_esc(w->o, value);
	out_str(w->o, "|");
	out_esc(w->o, unit);
	out_str(w->o, "^");
	out_esc(w->o, unit);
	out_printf(w->o, "^UCUM|||||F|||%s\r", dtm[0] ? dtm : w->date);
	bb_free(nhg_value);
}

int hl7_write_feedback(hl7_out *o, const bb_feedback *fb, const char *now)
{
	writer w = { o, fb, 0, "" };
	const char *status = bb_feedback_get(fb, BB_FB_STATUS);
	const char *id = bb_feedback_get(fb, BB_FB_REFERRAL_ID);
	const char *agb = bb_feedback_get(fb, BB_FB_PRACTICE_AGB);
	char seed[300], control[21], intake[32];
	bb_soep *soep = NULL;
	size_t i;
	int rc;

	if (!status || !id || !agb)
		return BB_EINPUT;
	if ((rc = bb_soep_new(&soep, fb)) != BB_OK)
		return rc;
	if (!get(&w, BB_FB_DATE) || !iso_to_dtm(get(&w, BB_FB_DATE), w.date))
		snprintf(w.date, sizeof(w.date), "%s", now);
	snprintf(seed, sizeof(seed), "%s|%s|%s|%s|%s", agb, id, status,
		 get(&w, BB_FB_BUSINESS_STATUS) ? get(&w, BB_FB_BUSINESS_STATUS) : "", w.date);
	hl7_control_id(control, "BBFB", seed);

	out_str(o, "MSH|^~\\&|BEWEEGBRUG|");
	out_esc(o, get(&w, BB_FB_AUTHOR_ORGANIZATION));
	out_str(o, "|HIS|");
	out_esc(o, agb);
	out_printf(o, "|%s||ORU^R01^ORU_R01|%s|P|2.5|||AL|NE|NLD|UNICODE UTF-8\r", now, control);

	out_str(o, "OBR|1|");
	out_esc(o, id);
	out_str(o, "^");
	out_esc(o, agb);
	out_str(o, "|");
	out_esc(o, get(&w, BB_FB_RECEIVER_REFERENCE));
	out_printf(o, "|BBTK^Terugkoppeling beweegaanbieder^L|||%s|||||||||||||||%s|||%s\r",
		   w.date, w.date, table_result_status(status));

	obx_coded(&w, "STATUS^Status verwijzing^L", status, table_status_text(status), "FHIRTASK");
	if (get(&w, BB_FB_BUSINESS_STATUS))
		obx_coded(&w, "BSTATUS^Business status^L", get(&w, BB_FB_BUSINESS_STATUS), "", "BSER");
	if (get(&w, BB_FB_FORWARDED_TRACK))
		obx_coded(&w, "DOORVERWIJZING^Doorverwezen naar traject^L",
			  get(&w, BB_FB_FORWARDED_TRACK),
			  get(&w, BB_FB_FORWARDED_ORGANIZATION) ? get(&w, BB_FB_FORWARDED_ORGANIZATION) : "",
			  "BBTRACK");
	if (get(&w, BB_FB_REASON_CODE))
		obx_coded(&w, "REDEN^Reden stoppen of afwijzen^L", get(&w, BB_FB_REASON_CODE),
			  get(&w, BB_FB_REASON_TEXT) ? get(&w, BB_FB_REASON_TEXT) : "", "BBSTOP");
	if (get(&w, BB_FB_EPISODE_CODE)) {
		const bb_icpc_info *row = bb_icpc_lookup(get(&w, BB_FB_EPISODE_CODE));
		const char *title = get(&w, BB_FB_EPISODE_TEXT);
		if (!title && row && strcmp(row->code, get(&w, BB_FB_EPISODE_CODE)) == 0)
			title = row->text;
		obx_coded(&w, "EPISODE^Episode van de verwijzing^L", get(&w, BB_FB_EPISODE_CODE),
			  title ? title : "", "ICPC1NL");
	}
	{
		static const char *const codes[] = { SNOMED_S, SNOMED_O, SNOMED_E, SNOMED_P };
		int part;
		for (part = BB_SOEP_S; part <= BB_SOEP_P; part++)
			if (*bb_soep_text(soep, part))
				obx_text(&w, codes[part - BB_SOEP_S], bb_soep_text(soep, part));
	}
	if (get(&w, BB_FB_INTAKE_DATE) && iso_to_dtm(get(&w, BB_FB_INTAKE_DATE), intake))
		out_printf(o, "OBX|%u|DTM|INTAKE^Intakedatum^L||%s||||||F\r", ++w.obx, intake);
	if (get(&w, BB_FB_SESSIONS_ATTENDED))
		obx_number(&w, "298057009^Number of appointments attended^SCT",
			   get(&w, BB_FB_SESSIONS_ATTENDED), "{sessions}", NULL);
	if (get(&w, BB_FB_SESSIONS_MISSED))
		obx_number(&w, "298058004^Number of appointments missed^SCT",
			   get(&w, BB_FB_SESSIONS_MISSED), "{sessions}", NULL);
	for (i = 0; i < bb_feedback_measurement_count(fb); i++) {
		const char *loinc, *value, *unit, *when;
		if (bb_feedback_measurement_at(&loinc, &value, &unit, &when, fb, i) == BB_OK)
			obx_measurement(&w, loinc, value, unit, when);
	}
	/* the well-being score: our own code (no LOINC exists), coding system BBOUTCOME */
	if (get(&w, BB_FB_WELLBEING))
		obx_number(&w, BB_WELLBEING_CODE "^" BB_WELLBEING_DISPLAY "^BBOUTCOME",
			   get(&w, BB_FB_WELLBEING), BB_WELLBEING_UNIT, NULL);
	bb_soep_free(soep);
	return o->failed ? BB_ENOMEM : BB_OK;
}
