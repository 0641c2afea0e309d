/*
 * Feedback out: the canonical feedback as an HL7 v2.5 ORU^R01 a GP's HIS
 * files like any result (docs/his-hl7v2.md says why ORU^R01 and not
 * RRI^I12). One OBR for the referral: OBR-2 placer order number = our
 * referral id with the practice AGB as its namespace, OBR-3 filler order
 * number = the receiver's reference, OBR-25 final or not. Then OBX lines:
 * the status coded, the SOEP journal lines as text (SNOMED codes of
 * zib-SOAPReport), the intake date, sessions and measurements.
 */
#include <stdio.h>
#include <string.h>

#include "hl7v2.h"

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

/* Where a stadspoli forwarded the patient, as the end of "doorverwezen naar ...". */
static const char *track_words(const char *track)
{
	static const char *const words[][2] = {
		{ "physio", "fysiotherapie" }, { "specialist", "de medisch specialist" },
		{ "beweegcoach", "een beweegcoachtraject van 12 weken" },
	};
	size_t i;

	for (i = 0; track && i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(words[i][0], track) == 0)
			return words[i][1];
	return NULL;
}

/* P: the plan in plain Dutch: where the referral stands, and why. */
static void plan_line(writer *w)
{
	hl7_out line = { NULL, 0, 0, 0 };
	const char *reason = get(w, BB_FB_REASON_TEXT);
	const char *track = track_words(get(w, BB_FB_FORWARDED_TRACK));

	out_str(&line, track ? "Triage afgerond" : table_status_text(get(w, BB_FB_STATUS)));
	if (reason || get(w, BB_FB_REASON_CODE)) {
		out_str(&line, ": ");
		out_str(&line, reason ? reason : get(w, BB_FB_REASON_CODE));
	}
	out_str(&line, ".");
	if (track) {
		const char *org = get(w, BB_FB_FORWARDED_ORGANIZATION);
		const char *fstatus = get(w, BB_FB_FORWARDED_STATUS);

		if (fstatus && strcmp(fstatus, "requested") != 0 && table_status_text(fstatus))
			/* a later report on the track the stadspoli forwarded to */
			out_printf(&line, " Vervolg (%s, %s): %s.", track,
				   org ? org : "nieuwe behandelaar onbekend", table_status_text(fstatus));
		else
			out_printf(&line, " Stadspoli: doorverwezen naar %s (%s).", track,
				   org ? org : "nieuwe behandelaar onbekend");
	}
	if (!line.failed)
		obx_text(w, SNOMED_P, line.p);
	else
		w->o->failed = 1;
	out_free(&line);
}

/* O: what was observed about taking part. */
static void observed_line(writer *w)
{
	hl7_out line = { NULL, 0, 0, 0 };
	const char *intake = get(w, BB_FB_INTAKE_DATE);
	const char *came = get(w, BB_FB_SESSIONS_ATTENDED), *missed = get(w, BB_FB_SESSIONS_MISSED);

	if (intake)
		out_printf(&line, "Intake op %.10s.", intake);
	if (came)
		out_printf(&line, "%sBijeenkomsten bijgewoond: %s", line.len ? " " : "", came);
	if (missed)
		out_printf(&line, "%s%s: %s", line.len ? (came ? ", " : " ") : "",
			   came ? "gemist" : "Bijeenkomsten gemist", missed);
	if (came || missed)
		out_str(&line, ".");
	if (line.len)
		obx_text(w, SNOMED_O, line.p);
	if (line.failed)
		w->o->failed = 1;
	out_free(&line);
}

int hl7_write_feedback(hl7_out *o, const bb_feedback *fb, const char *now)
{
	writer w = { o, fb, 0, "" };
	const char *status = bb_feedback_get(fb, BB_FB_STATUS);
	const char *id = bb_feedback_get(fb, BB_FB_REFERRAL_ID);
	const char *agb = bb_feedback_get(fb, BB_FB_PRACTICE_AGB);
	char seed[300], control[21], intake[32];
	size_t i;

	if (!status || !id || !agb)
		return BB_EINPUT;
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
	observed_line(&w);
	if (get(&w, BB_FB_NARRATIVE))
		obx_text(&w, SNOMED_E, get(&w, BB_FB_NARRATIVE));
	plan_line(&w);
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
		char code[64];
		if (bb_feedback_measurement_at(fb, i, &loinc, &value, &unit, &when) != BB_OK)
			continue;
		snprintf(code, sizeof(code), "%.40s^^LN", loinc);
		obx_number(&w, code, value, unit, when);
	}
	return o->failed ? BB_ENOMEM : BB_OK;
}
