/*
 * Canonical feedback -> a transaction Bundle for the HIS's own FHIR API:
 * the core's SOEP journal entry (bb_soep_new, the same four texts every
 * HIS adapter writes) as a Composition (zib SOAPReport: type SNOMED
 * 11591000146107, sections S/O/E/P), and the measurements as
 * Observations coded in LOINC and, where the terminology core has a
 * verified number, NHG Tabel 45 (the value then in NHG's unit). Both
 * point at the HIS's referral (its ServiceRequest) by identifier; the
 * feedback carries no patient data, the HIS knows whose referral it is.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hf.h"

#define XHTML_OPEN "<div xmlns=\"http://www.w3.org/1999/xhtml\">"
#define XHTML_CLOSE "</div>"

static const char *get(const bb_feedback *fb, int f)
{
	return bb_feedback_get(fb, f);
}

/* `text` as XHTML: escaped, a line break as <br/>; NULL on out-of-memory. */
static char *xhtml(const char *text)
{
	size_t n = strlen(XHTML_OPEN) + strlen(XHTML_CLOSE) + 1, o;
	const char *p;
	char *out;

	for (p = text; *p; p++)
		n += *p == '&' ? 5 : *p == '<' || *p == '>' ? 4 : *p == '\n' ? 5 : 1;
	if (!(out = malloc(n)))
		return NULL;
	o = (size_t)sprintf(out, "%s", XHTML_OPEN);
	for (p = text; *p; p++) {
		const char *rep = *p == '&' ? "&amp;" : *p == '<' ? "&lt;" : *p == '>' ? "&gt;"
				  : *p == '\n' ? "<br/>" : NULL;
		if (rep) {
			memcpy(out + o, rep, strlen(rep));
			o += strlen(rep);
		} else if (*p != '\r') {
			out[o++] = *p;
		}
	}
	memcpy(out + o, XHTML_CLOSE, sizeof(XHTML_CLOSE));
	return out;
}

static int section(bb_fhir *comp, const char *code, const char *title, const char *body)
{
	bb_fhir *s, *cc, *c, *narr;
	char *div;

	if (!*body)
		return BB_OK;
	if (!(div = xhtml(body)))
		return BB_ENOMEM;
	s = bb_fhir_add(comp, "section");
	bb_fhir_set(s, "title", title);
	cc = bb_fhir_add(s, "code");
	c = bb_fhir_add(cc, "coding");
	bb_fhir_set(c, "system", HF_SNOMED);
	bb_fhir_set(c, "code", code);
	narr = bb_fhir_add(s, "text");
	bb_fhir_set(narr, "status", "generated");
	bb_fhir_set(narr, "div", div);
	free(div);
	return BB_OK;
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

static void coding(bb_fhir *cc, const char *system, const char *code, const char *display)
{
	bb_fhir *c = bb_fhir_add(cc, "coding");

	bb_fhir_set(c, "system", system);
	bb_fhir_set(c, "code", code);
	if (display)
		bb_fhir_set(c, "display", display);
}

static void observation(bb_fhir *bundle, const char *refsys, const char *refid,
			const char *system, const char *code, const char *value, const char *unit,
			const char *when)
{
	bb_fhir *o = post(bundle, "Observation"), *cc, *q;
	const bb_measure_info *row = NULL;
	const char *nhg = NULL, *nhg_unit = NULL;
	char *nhg_value = NULL;

	bb_fhir_set(o, "status", "final");
	referral_ref(o, "basedOn", refsys, refid);
	cc = bb_fhir_add(o, "code");
	if (strcmp(system, HF_LOINC) == 0) {
		row = bb_measure_by_loinc(code);
		if (bb_measure_nhg_value(&nhg, &nhg_value, &nhg_unit, code, value) != BB_OK)
			nhg = NULL;
	}
	coding(cc, system, code, row ? row->display
			  : strcmp(system, BB_WELLBEING_SYSTEM) == 0 ? BB_WELLBEING_DISPLAY : NULL);
	if (nhg) {
		coding(cc, HF_NHG45, nhg, row->word);
		value = nhg_value;
		unit = nhg_unit;
	}
	if (row)
		bb_fhir_set(cc, "text", row->name);
	bb_fhir_set(o, "effectiveDateTime", when);
	q = bb_fhir_add(o, "valueQuantity");
	bb_fhir_set(q, "value", value);
	bb_fhir_set(q, "unit", unit);
	bb_fhir_set(q, "system", HF_UCUM);
	bb_fhir_set(q, "code", unit);
	bb_free(nhg_value);
}

int hf_write_feedback(const bb_host *host, const bb_feedback *fb, bb_buf *out)
{
	static const char *const codes[] = { "255362007", "260224007", "129265001", "129271007" };
	static const char *const titles[] = { "S", "O", "E", "P" };
	const char *status = get(fb, BB_FB_STATUS), *date = get(fb, BB_FB_DATE);
	const char *id = get(fb, BB_FB_REFERRAL_ID);
	char refsys[80];
	bb_fhir *bundle, *comp, *cc, *author, *ev;
	bb_soep *soep = NULL;
	size_t i;
	int rc, part;

	if (!status || !date || !id || !get(fb, BB_FB_PRACTICE_AGB))
		return bb_host_error(host, BB_EINPUT, 0, "feedback",
				     "needs status, date, referral id and practice AGB");
	if ((rc = bb_soep_new(&soep, fb)) != BB_OK)
		return rc == BB_ENOMEM ? rc
		       : bb_host_error(host, rc, 0, "feedback.status",
				       "\"%s\" is not a status a receiver reports", status);
	snprintf(refsys, sizeof(refsys), HF_REFERRAL_PREFIX "%s", get(fb, BB_FB_PRACTICE_AGB));

	bundle = bb_fhir_new("Bundle");
	bb_fhir_set(bundle, "type", "transaction");
	comp = post(bundle, "Composition");
	bb_fhir_set(comp, "status", "final");
	cc = bb_fhir_add(comp, "type");
	coding(cc, HF_SNOMED, "11591000146107", "SOEP-verslag");
	bb_fhir_set(comp, "date", date);
	author = bb_fhir_add(comp, "author");
	bb_fhir_set(author, "display", bb_soep_author(soep));
	bb_fhir_set(comp, "title", bb_soep_title(soep));
	ev = bb_fhir_add(comp, "event");
	referral_ref(ev, "detail", refsys, id);
	for (part = BB_SOEP_S; part <= BB_SOEP_P; part++)
		if ((rc = section(comp, codes[part - BB_SOEP_S], titles[part - BB_SOEP_S],
				  bb_soep_text(soep, part))) != BB_OK)
			goto fail;

	for (i = 0; i < bb_feedback_measurement_count(fb); i++) {
		const char *loinc, *value, *unit, *when;
		bb_feedback_measurement_at(&loinc, &value, &unit, &when, fb, i);
		observation(bundle, refsys, id, HF_LOINC, loinc, value, unit, when ? when : date);
	}
	if (get(fb, BB_FB_SESSIONS_ATTENDED))
		observation(bundle, refsys, id, HF_SNOMED, "298057009",
			    get(fb, BB_FB_SESSIONS_ATTENDED), "{sessions}", date);
	if (get(fb, BB_FB_SESSIONS_MISSED))
		observation(bundle, refsys, id, HF_SNOMED, "298058004",
			    get(fb, BB_FB_SESSIONS_MISSED), "{sessions}", date);
	/* the well-being score: our own code, no LOINC exists (BB_WELLBEING_*, beweegbrug/feedback.h) */
	if (get(fb, BB_FB_WELLBEING))
		observation(bundle, refsys, id, BB_WELLBEING_SYSTEM, BB_WELLBEING_CODE,
			    get(fb, BB_FB_WELLBEING), BB_WELLBEING_UNIT, date);
	rc = bb_host_fhir_write(out, host, bundle, BB_FORMAT_JSON);
fail:
	bb_fhir_free(bundle);
	bb_soep_free(soep);
	return rc;
}
