/* The parties of a feedback message (feedback_parties.h). */
#include "feedback_parties.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "claims.h"
#include "model/model.h"
#include "naming.h"
#include "util/strutil.h"

static const char *fb_get(const bb_feedback *fb, int f)
{
	return bb_feedback_get(fb, f);
}

void mapping_parties_patient_ref(fhir_node *parent, const char *name, const bb_feedback *fb)
{
	char *system;

	if (fb_get(fb, BB_FB_PATIENT_BSN)) {
		mapping_ref_identifier(parent, name, "Patient", SYS_BSN, fb_get(fb, BB_FB_PATIENT_BSN));
		return;
	}
	system = str_printf(SYS_REFERRAL_PATIENT_PREFIX "%s", fb_get(fb, BB_FB_PRACTICE_AGB));
	mapping_ref_identifier(parent, name, "Patient", system, fb_get(fb, BB_FB_REFERRAL_ID));
	free(system);
}

void mapping_parties_requester(fhir_node *task, const bb_feedback *fb, const char *practice_urn)
{
	if (fb_get(fb, BB_FB_REFERRER_AGB))
		mapping_ref_identifier(task, "requester", "Practitioner", SYS_AGB,
				  fb_get(fb, BB_FB_REFERRER_AGB));
	else
		mapping_ref(task, "requester", practice_urn);
}

void mapping_parties_organizations(fhir_node *bundle, const bb_feedback *fb, const char *practice,
		      const char *receiver)
{
	fhir_node *org;

	org = mapping_entry(bundle, "Organization", practice);
	profile_claim(org, PROFILE_PRACTICE);
	mapping_identifier(org, SYS_AGB, fb_get(fb, BB_FB_PRACTICE_AGB));
	mapping_identifier(org, SYS_URA, fb_get(fb, BB_FB_PRACTICE_URA));
	fhir_set(org, "active", "true");
	mapping_concept(org, "type", SYS_ORGANIZATION_TYPE, ORGANIZATION_TYPE_HUISARTSPRAKTIJK,
		   "Huisartspraktijk (zelfstandig of groepspraktijk)", NULL);
	if (fb_get(fb, BB_FB_PRACTICE_NAME))
		fhir_set(org, "name", fb_get(fb, BB_FB_PRACTICE_NAME));

	org = mapping_entry(bundle, "Organization", receiver);
	profile_claim(org, PROFILE_RECEIVER);
	mapping_identifier(org, SYS_RECEIVER_ID, fb_get(fb, BB_FB_RECEIVER_ID));
	mapping_identifier(org, SYS_AGB, fb_get(fb, BB_FB_RECEIVER_AGB));
	mapping_identifier(org, SYS_URA, fb_get(fb, BB_FB_RECEIVER_URA));
	fhir_set(org, "active", "true");
	if (fb_get(fb, BB_FB_AUTHOR_ORGANIZATION))
		fhir_set(org, "name", fb_get(fb, BB_FB_AUTHOR_ORGANIZATION));
}

/* ---- from the referral as received ---------------------------------------- */

static const char *identifier_value(const fhir_node *res, const char *system)
{
	size_t i;

	for (i = 0; res && i < fhir_count(res, "identifier"); i++) {
		const fhir_node *id = fhir_get(res, "identifier", i);
		const char *sys = fhir_get_value(id, "system", 0);
		if (sys && strcmp(sys, system) == 0)
			return fhir_get_value(id, "value", 0);
	}
	return NULL;
}

static void fill(bb_feedback *fb, int field, const char *value)
{
	if (value && !fb_get(fb, field))
		bb_feedback_set(fb, field, value);
}

int mapping_parties_from_referral(bb_feedback *fb, const fhir_node *referral)
{
	const fhir_node *task = mapping_first_of_type(referral, "Task");
	const fhir_node *patient = mapping_first_of_type(referral, "Patient");
	const fhir_node *owner, *role, *doc, *practice;

	if (!task)
		return BB_EINPUT;
	fill(fb, BB_FB_PATIENT_BSN, identifier_value(patient, SYS_BSN));
	fill(fb, BB_FB_REFERRAL_AUTHORED, fhir_get_value(task, "authoredOn", 0));
	role = mapping_resolve(referral, fhir_get(task, "requester", 0));
	doc = role ? mapping_resolve(referral, fhir_get(role, "practitioner", 0)) : NULL;
	fill(fb, BB_FB_REFERRER_AGB, identifier_value(doc, SYS_AGB));
	practice = role ? mapping_resolve(referral, fhir_get(role, "organization", 0)) : NULL;
	fill(fb, BB_FB_PRACTICE_NAME, fhir_get_value(practice, "name", 0));
	fill(fb, BB_FB_PRACTICE_URA, identifier_value(practice, SYS_URA));
	owner = mapping_resolve(referral, fhir_get(task, "owner", 0));
	fill(fb, BB_FB_RECEIVER_ID, identifier_value(owner, SYS_RECEIVER_ID));
	fill(fb, BB_FB_RECEIVER_AGB, identifier_value(owner, SYS_AGB));
	fill(fb, BB_FB_RECEIVER_URA, identifier_value(owner, SYS_URA));
	fill(fb, BB_FB_AUTHOR_ORGANIZATION, fhir_get_value(owner, "name", 0));
	return BB_OK;
}

/* ---- reading a feedback message ------------------------------------------- */

static void problem(const char *source, diag_list *d, const fhir_node *at, const char *fmt, ...)
	DIAG_PRINTF(4, 5);

static void problem(const char *source, diag_list *d, const fhir_node *at, const char *fmt, ...)
{
	char *path = at ? fhir_node_path(at) : NULL;
	va_list ap;

	va_start(ap, fmt);
	diag_addv(d, BB_EINPUT, source, 0, path, fmt, ap);
	va_end(ap);
	free(path);
}

static void set(bb_feedback *fb, const char *source, diag_list *d, const fhir_node *at,
		int field, const char *value)
{
	model_fields *m = model_feedback_mut(fb);
	size_t before = m->problems.count;

	if (!value)
		return;
	bb_feedback_set(fb, field, value);
	if (m->problems.count > before)
		problem(source, d, at, "%s", m->problems.items[before].message);
}

static void read_patient(bb_feedback *fb, const fhir_node *task, const char *source,
			 diag_list *d)
{
	const fhir_node *ref = fhir_get(task, "for", 0);
	const fhir_node *id = fhir_get(ref, "identifier", 0);
	const char *system = fhir_get_value(id, "system", 0), *value = fhir_get_value(id, "value", 0);
	const char *agb = fb_get(fb, BB_FB_PRACTICE_AGB), *referral = fb_get(fb, BB_FB_REFERRAL_ID);
	size_t n = strlen(SYS_REFERRAL_PATIENT_PREFIX);

	if (!ref)
		return;   /* feedback of Beweegbrug 1 before the parties: the referral id names it */
	if (system && value && strcmp(system, SYS_BSN) == 0) {
		set(fb, source, d, id, BB_FB_PATIENT_BSN, value);
	} else if (!system || !value || strncmp(system, SYS_REFERRAL_PATIENT_PREFIX, n) != 0 ||
		   !agb || !referral || strcmp(system + n, agb) != 0 || strcmp(value, referral) != 0) {
		problem(source, d, ref, "does not name the patient of referral %s: a BSN, or "
			SYS_REFERRAL_PATIENT_PREFIX "%s with value %s", referral ? referral : "?",
			agb ? agb : "<AGB>", referral ? referral : "<referral id>");
	}
}

void mapping_parties_read(bb_feedback *fb, const fhir_node *bundle, const fhir_node *task,
	     const char *source, diag_list *d)
{
	const fhir_node *owner = mapping_resolve(bundle, fhir_get(task, "owner", 0));
	const fhir_node *req = fhir_get(task, "requester", 0);
	const fhir_node *practice = mapping_resolve(bundle, req);

	read_patient(fb, task, source, d);
	set(fb, source, d, task, BB_FB_REFERRAL_AUTHORED, fhir_get_value(task, "authoredOn", 0));
	if (req && !practice) {
		const fhir_node *id = fhir_get(req, "identifier", 0);
		const char *sys = fhir_get_value(id, "system", 0);
		if (sys && strcmp(sys, SYS_AGB) == 0)
			set(fb, source, d, id, BB_FB_REFERRER_AGB, fhir_get_value(id, "value", 0));
	}
	if (owner && strcmp(fhir_node_type_name(owner), "Organization") == 0) {
		set(fb, source, d, owner, BB_FB_AUTHOR_ORGANIZATION, fhir_get_value(owner, "name", 0));
		set(fb, source, d, owner, BB_FB_RECEIVER_ID, identifier_value(owner, SYS_RECEIVER_ID));
		set(fb, source, d, owner, BB_FB_RECEIVER_AGB, identifier_value(owner, SYS_AGB));
		set(fb, source, d, owner, BB_FB_RECEIVER_URA, identifier_value(owner, SYS_URA));
	}
}
