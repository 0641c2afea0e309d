/*
 * Canonical feedback -> a transaction Bundle for the HIS's own FHIR API:
 * a journal entry as a SOEP Composition (zib SOAPReport: type SNOMED
 * 11591000146107, sections S/O/E/P) and the measurements as Observations.
 * Both point at the HIS's referral (its ServiceRequest) by identifier;
 * the feedback carries no patient data, the HIS knows whose referral it is.
 */
#include <stdio.h>
#include <string.h>

#include "hf.h"

#define XHTML_OPEN "<div xmlns=\"http://www.w3.org/1999/xhtml\">"

typedef struct text {
	char buf[4096];
	size_t len;
} text;

static void add(text *t, const char *s)
{
	size_t n = strlen(s);

	if (t->len + n >= sizeof(t->buf))
		n = sizeof(t->buf) - t->len - 1;
	memcpy(t->buf + t->len, s, n);
	t->len += n;
	t->buf[t->len] = '\0';
}

/* Add `s` escaped for XHTML text content. */
static void add_escaped(text *t, const char *s)
{
	char one[2] = { 0, 0 };

	for (; s && *s; s++) {
		if (*s == '&')
			add(t, "&amp;");
		else if (*s == '<')
			add(t, "&lt;");
		else if (*s == '>')
			add(t, "&gt;");
		else {
			one[0] = *s;
			add(t, one);
		}
	}
}

static const char *get(const bb_feedback *fb, int f)
{
	return bb_feedback_get(fb, f);
}

/* The E line: what happened, in words a GP reads in the journal. */
static const char *status_words(const char *status)
{
	static const char *const words[][2] = {
		{ "received", "Verwijzing ontvangen" },
		{ "accepted", "Verwijzing geaccepteerd" },
		{ "rejected", "Verwijzing afgewezen" },
		{ "in-progress", "Traject loopt" },
		{ "on-hold", "Traject onderbroken" },
		{ "completed", "Traject afgerond" },
		{ "failed", "Traject voortijdig gestopt" },
		{ "cancelled", "Traject geannuleerd" },
	};
	size_t i;

	for (i = 0; status && i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(words[i][0], status) == 0)
			return words[i][1];
	return "Terugkoppeling";
}

/* The P line: the next step for the GP. */
static const char *next_step(const char *status)
{
	if (!status)
		return "Geen actie nodig.";
	if (strcmp(status, "completed") == 0)
		return "Resultaat bespreken bij het volgende consult.";
	if (strcmp(status, "rejected") == 0 || strcmp(status, "failed") == 0 ||
	    strcmp(status, "cancelled") == 0)
		return "Met patiënt bespreken hoe verder; eventueel ander aanbod kiezen.";
	return "Volgende terugkoppeling afwachten.";
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

static void section(bb_fhir *comp, const char *code, const char *title, const text *body)
{
	bb_fhir *s = bb_fhir_add(comp, "section"), *cc, *c, *narr;
	char div[4300];

	bb_fhir_set(s, "title", title);
	cc = bb_fhir_add(s, "code");
	c = bb_fhir_add(cc, "coding");
	bb_fhir_set(c, "system", HF_SNOMED);
	bb_fhir_set(c, "code", code);
	narr = bb_fhir_add(s, "text");
	bb_fhir_set(narr, "status", "generated");
	snprintf(div, sizeof(div), XHTML_OPEN "%s</div>", body->buf);
	bb_fhir_set(narr, "div", div);
}

static void referral_ref(bb_fhir *parent, const char *name, const char *system, const char *id)
{
	bb_fhir *ref = bb_fhir_add(parent, name), *ident;

	bb_fhir_set(ref, "type", "ServiceRequest");
	ident = bb_fhir_add(ref, "identifier");
	bb_fhir_set(ident, "system", system);
	bb_fhir_set(ident, "value", id);
}

static bb_fhir *post(bb_fhir *bundle, const char *type)
{
	bb_fhir *e = bb_fhir_add(bundle, "entry"), *req;

	req = bb_fhir_add(e, "request");
	bb_fhir_set(req, "method", "POST");
	bb_fhir_set(req, "url", type);
	return bb_fhir_add_resource(e, "resource", type);
}

static void observation(bb_fhir *bundle, const char *system, const char *refsys, const char *refid,
			const char *code, const char *value, const char *unit, const char *when)
{
	bb_fhir *o = post(bundle, "Observation"), *cc, *c, *q;

	bb_fhir_set(o, "status", "final");
	referral_ref(o, "basedOn", refsys, refid);
	cc = bb_fhir_add(o, "code");
	c = bb_fhir_add(cc, "coding");
	bb_fhir_set(c, "system", system);
	bb_fhir_set(c, "code", code);
	bb_fhir_set(o, "effectiveDateTime", when);
	q = bb_fhir_add(o, "valueQuantity");
	bb_fhir_set(q, "value", value);
	bb_fhir_set(q, "unit", unit);
	bb_fhir_set(q, "system", HF_UCUM);
	bb_fhir_set(q, "code", strcmp(unit, "sessies") == 0 ? "{sessions}" : unit);
}

int hf_write_feedback(const bb_host *host, const bb_feedback *fb, bb_buf *out)
{
	const char *status = get(fb, BB_FB_STATUS), *org = get(fb, BB_FB_AUTHOR_ORGANIZATION);
	const char *date = get(fb, BB_FB_DATE), *id = get(fb, BB_FB_REFERRAL_ID), *track;
	char refsys[80], line[600];
	text s = { "", 0 }, o = { "", 0 }, e = { "", 0 }, p = { "", 0 };
	bb_fhir *bundle, *comp, *cc, *c, *author, *ev;
	size_t i;
	int rc;

	if (!status || !date || !id || !get(fb, BB_FB_PRACTICE_AGB))
		return bb_host_error(host, BB_EINPUT, 0, "feedback",
				     "needs status, date, referral id and practice AGB");
	snprintf(refsys, sizeof(refsys), HF_REFERRAL_PREFIX "%s", get(fb, BB_FB_PRACTICE_AGB));

	snprintf(line, sizeof(line), "Terugkoppeling van %s over verwijzing %s. ",
		 org ? org : "de ontvanger", id);
	add_escaped(&s, line);
	add_escaped(&s, get(fb, BB_FB_NARRATIVE));

	for (i = 0; i < bb_feedback_measurement_count(fb); i++) {
		const char *loinc, *value, *unit, *when;
		bb_feedback_measurement_at(fb, i, &loinc, &value, &unit, &when);
		snprintf(line, sizeof(line), "%sLOINC %s: %s %s%s%s", i ? "; " : "", loinc, value, unit,
			 when ? " op " : "", when ? when : "");
		add_escaped(&o, line);
	}
	if (get(fb, BB_FB_SESSIONS_ATTENDED) || get(fb, BB_FB_SESSIONS_MISSED)) {
		snprintf(line, sizeof(line), "%sSessies bijgewoond: %s, gemist: %s", o.len ? "; " : "",
			 get(fb, BB_FB_SESSIONS_ATTENDED) ? get(fb, BB_FB_SESSIONS_ATTENDED) : "?",
			 get(fb, BB_FB_SESSIONS_MISSED) ? get(fb, BB_FB_SESSIONS_MISSED) : "?");
		add_escaped(&o, line);
	}
	if (get(fb, BB_FB_INTAKE_DATE)) {
		snprintf(line, sizeof(line), "%sIntake: %s", o.len ? "; " : "", get(fb, BB_FB_INTAKE_DATE));
		add_escaped(&o, line);
	}
	if (!o.len)
		add(&o, "Geen metingen.");
	track = track_words(get(fb, BB_FB_FORWARDED_TRACK));
	add_escaped(&e, track ? "Triage afgerond" : status_words(status));
	if (get(fb, BB_FB_REASON_TEXT)) {
		add(&e, ": ");
		add_escaped(&e, get(fb, BB_FB_REASON_TEXT));
	}
	add(&e, ".");
	if (track) {
		const char *next = get(fb, BB_FB_FORWARDED_ORGANIZATION);
		const char *fstatus = get(fb, BB_FB_FORWARDED_STATUS);

		if (fstatus && strcmp(fstatus, "requested") != 0 && status_words(fstatus))
			/* a later report on the track the stadspoli forwarded to */
			snprintf(line, sizeof(line), " Vervolg (%s, %s): %s.", track,
				 next ? next : "nieuwe behandelaar onbekend", status_words(fstatus));
		else
			snprintf(line, sizeof(line), " Stadspoli: doorverwezen naar %s (%s).", track,
				 next ? next : "nieuwe behandelaar onbekend");
		add_escaped(&e, line);
		snprintf(line, sizeof(line), "Vervolg bij %s; volgende terugkoppeling afwachten.",
			 next ? next : "de nieuwe behandelaar");
		add_escaped(&p, line);
	} else {
		add_escaped(&p, next_step(status));
	}

	bundle = bb_fhir_new("Bundle");
	bb_fhir_set(bundle, "type", "transaction");
	comp = post(bundle, "Composition");
	bb_fhir_set(comp, "status", "final");
	cc = bb_fhir_add(comp, "type");
	c = bb_fhir_add(cc, "coding");
	bb_fhir_set(c, "system", HF_SNOMED);
	bb_fhir_set(c, "code", "11591000146107");
	bb_fhir_set(c, "display", "SOEP-verslag");
	bb_fhir_set(comp, "date", date);
	author = bb_fhir_add(comp, "author");
	bb_fhir_set(author, "display", org ? org : "Ontvanger van de verwijzing");
	snprintf(line, sizeof(line), "Terugkoppeling verwijzing %s: %s", id, status_words(status));
	bb_fhir_set(comp, "title", line);
	ev = bb_fhir_add(comp, "event");
	referral_ref(ev, "detail", refsys, id);
	section(comp, "255362007", "S", &s);
	section(comp, "260224007", "O", &o);
	section(comp, "129265001", "E", &e);
	section(comp, "129271007", "P", &p);

	for (i = 0; i < bb_feedback_measurement_count(fb); i++) {
		const char *loinc, *value, *unit, *when;
		bb_feedback_measurement_at(fb, i, &loinc, &value, &unit, &when);
		observation(bundle, HF_LOINC, refsys, id, loinc, value, unit, when ? when : date);
	}
	if (get(fb, BB_FB_SESSIONS_ATTENDED))
		observation(bundle, HF_SNOMED, refsys, id, "298057009", get(fb, BB_FB_SESSIONS_ATTENDED),
			    "sessies", date);
	if (get(fb, BB_FB_SESSIONS_MISSED))
		observation(bundle, HF_SNOMED, refsys, id, "298058004", get(fb, BB_FB_SESSIONS_MISSED),
			    "sessies", date);
	rc = bb_host_fhir_write(host, bundle, BB_FORMAT_JSON, out);
	bb_fhir_free(bundle);
	return rc;
}
