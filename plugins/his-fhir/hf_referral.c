/*
 * A HIS's FHIR Bundle -> the canonical referral. The draft ServiceRequest
 * is the centre; everything else is found through its references, the
 * way the HIS linked it. docs/his-fhir.md lists what is read from where.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hf.h"

#define EXT_BASE "http://hl7.org/fhir/StructureDefinition/"

typedef struct reader {
	const bb_host *host;
	const bb_fhir *bundle;
	bb_referral *r;
} reader;

/* Name the element the next values come from, so problems point at it. */
static void at(reader *rd, const bb_fhir *n)
{
	char *path = bb_fhir_path(n);

	bb_referral_locate(rd->r, 0, path);
	bb_free(path);
}

static void set(reader *rd, const bb_fhir *n, int field, const char *value)
{
	if (!value)
		return;
	at(rd, n);
	bb_referral_set(rd->r, field, value);
}

/* The code of the first coding with `system` in a CodeableConcept. */
static const char *code_in(const bb_fhir *cc, const char *system)
{
	size_t i;

	for (i = 0; i < bb_fhir_count(cc, "coding"); i++) {
		const bb_fhir *c = bb_fhir_get(cc, "coding", i);
		const char *s = bb_fhir_value(c, "system", 0);
		if (s && strcmp(s, system) == 0)
			return bb_fhir_value(c, "code", 0);
	}
	return NULL;
}

static const char *display_in(const bb_fhir *cc)
{
	const char *text = bb_fhir_value(cc, "text", 0);
	return text ? text : bb_fhir_value(bb_fhir_get(cc, "coding", 0), "display", 0);
}

/* The valueString/valueCode of extension `url` on element `n`. */
static const char *ext(const bb_fhir *n, const char *url)
{
	size_t i;

	for (i = 0; i < bb_fhir_count(n, "extension"); i++) {
		const bb_fhir *e = bb_fhir_get(n, "extension", i);
		const char *u = bb_fhir_value(e, "url", 0);
		if (u && strcmp(u, url) == 0) {
			const char *v = bb_fhir_value(e, "valueString", 0);
			return v ? v : bb_fhir_value(e, "valueCode", 0);
		}
	}
	return NULL;
}

static void identifiers(reader *rd, const bb_fhir *res, const char *const systems[][2],
			const int fields[])
{
	size_t i, k;

	for (i = 0; i < bb_fhir_count(res, "identifier"); i++) {
		const bb_fhir *id = bb_fhir_get(res, "identifier", i);
		const char *sys = bb_fhir_value(id, "system", 0);
		for (k = 0; sys && systems[k][0]; k++)
			if (strcmp(sys, systems[k][0]) == 0)
				set(rd, id, fields[k], bb_fhir_value(id, "value", 0));
	}
}

static void telecoms(reader *rd, const bb_fhir *res, int phone, int email)
{
	size_t i;

	for (i = 0; i < bb_fhir_count(res, "telecom"); i++) {
		const bb_fhir *t = bb_fhir_get(res, "telecom", i);
		const char *sys = bb_fhir_value(t, "system", 0);
		if (sys && strcmp(sys, "phone") == 0 && phone)
			set(rd, t, phone, bb_fhir_value(t, "value", 0));
		else if (sys && strcmp(sys, "email") == 0 && email)
			set(rd, t, email, bb_fhir_value(t, "value", 0));
	}
}

/* Given names: qualifier BR joined, IN as initials, unqualified as given. */
static void given_names(reader *rd, const bb_fhir *name, int given_field, int initials_field)
{
	char given[512] = "";
	size_t i, used = 0;

	for (i = 0; i < bb_fhir_count(name, "given"); i++) {
		const bb_fhir *g = bb_fhir_get(name, "given", i);
		const char *q = ext(g, EXT_BASE "iso21090-EN-qualifier"), *v = bb_fhir_text(g);
		if (!v)
			continue;
		if (q && strcmp(q, "IN") == 0) {
			set(rd, g, initials_field, v);
		} else if (given_field && used + strlen(v) + 2 < sizeof(given)) {
			used += (size_t)snprintf(given + used, sizeof(given) - used, "%s%s",
						 used ? " " : "", v);
		}
	}
	if (*given)
		set(rd, name, given_field, given);
}

static void patient(reader *rd, const bb_fhir *p)
{
	static const char *const systems[][2] = { { HF_BSN, "" }, { NULL, NULL } };
	static const int fields[] = { BB_REF_PATIENT_BSN };
	size_t i;

	identifiers(rd, p, systems, fields);
	for (i = 0; i < bb_fhir_count(p, "name"); i++) {
		const bb_fhir *name = bb_fhir_get(p, "name", i);
		const bb_fhir *fam = bb_fhir_get(name, "family", 0);
		const char *use = bb_fhir_value(name, "use", 0);

		if (use && strcmp(use, "usual") == 0) {
			set(rd, name, BB_REF_PATIENT_CALL_NAME, bb_fhir_value(name, "given", 0));
			continue;
		}
		set(rd, name, BB_REF_PATIENT_NAME_USAGE, ext(name, EXT_BASE "humanname-assembly-order"));
		/* nl-core keeps the parts in extensions; without them, the family is one part */
		if (ext(fam, EXT_BASE "humanname-own-name")) {
			set(rd, fam, BB_REF_PATIENT_PREFIX, ext(fam, EXT_BASE "humanname-own-prefix"));
			set(rd, fam, BB_REF_PATIENT_FAMILY, ext(fam, EXT_BASE "humanname-own-name"));
			set(rd, fam, BB_REF_PATIENT_PARTNER_PREFIX, ext(fam, EXT_BASE "humanname-partner-prefix"));
			set(rd, fam, BB_REF_PATIENT_PARTNER_FAMILY, ext(fam, EXT_BASE "humanname-partner-name"));
		} else {
			set(rd, fam, BB_REF_PATIENT_FAMILY, bb_fhir_text(fam));
		}
		given_names(rd, name, BB_REF_PATIENT_GIVEN, BB_REF_PATIENT_INITIALS);
	}
	set(rd, bb_fhir_get(p, "gender", 0), BB_REF_PATIENT_GENDER, bb_fhir_value(p, "gender", 0));
	set(rd, bb_fhir_get(p, "birthDate", 0), BB_REF_PATIENT_BIRTHDATE, bb_fhir_value(p, "birthDate", 0));
	if (bb_fhir_count(p, "address")) {
		const bb_fhir *a = bb_fhir_get(p, "address", 0);
		const bb_fhir *line = bb_fhir_get(a, "line", 0);
		const char *street = ext(line, EXT_BASE "iso21090-ADXP-streetName");

		set(rd, line, BB_REF_PATIENT_STREET, street ? street : bb_fhir_text(line));
		set(rd, line, BB_REF_PATIENT_HOUSENUMBER, ext(line, EXT_BASE "iso21090-ADXP-houseNumber"));
		set(rd, line, BB_REF_PATIENT_HOUSENUMBER_SUFFIX,
		    ext(line, EXT_BASE "iso21090-ADXP-buildingNumberSuffix"));
		set(rd, a, BB_REF_PATIENT_POSTCODE, bb_fhir_value(a, "postalCode", 0));
		set(rd, a, BB_REF_PATIENT_CITY, bb_fhir_value(a, "city", 0));
		set(rd, a, BB_REF_PATIENT_COUNTRY, bb_fhir_value(a, "country", 0));
	}
	telecoms(rd, p, BB_REF_PATIENT_PHONE, BB_REF_PATIENT_EMAIL);
}

static void practitioner(reader *rd, const bb_fhir *p)
{
	static const char *const systems[][2] = {
		{ HF_AGB, "" }, { HF_UZI, "" }, { HF_BIG, "" }, { NULL, NULL }
	};
	static const int fields[] = { BB_REF_REFERRER_AGB, BB_REF_REFERRER_UZI, BB_REF_REFERRER_BIG };
	const bb_fhir *name = bb_fhir_get(p, "name", 0), *fam = bb_fhir_get(name, "family", 0);

	identifiers(rd, p, systems, fields);
	if (ext(fam, EXT_BASE "humanname-own-name")) {
		set(rd, fam, BB_REF_REFERRER_PREFIX, ext(fam, EXT_BASE "humanname-own-prefix"));
		set(rd, fam, BB_REF_REFERRER_FAMILY, ext(fam, EXT_BASE "humanname-own-name"));
	} else {
		set(rd, fam, BB_REF_REFERRER_FAMILY, bb_fhir_text(fam));
	}
	given_names(rd, name, BB_REF_REFERRER_GIVEN, BB_REF_REFERRER_INITIALS);
}

static void practice(reader *rd, const bb_fhir *o)
{
	static const char *const systems[][2] = { { HF_AGB, "" }, { HF_URA, "" }, { NULL, NULL } };
	static const int fields[] = { BB_REF_PRACTICE_AGB, BB_REF_PRACTICE_URA };

	identifiers(rd, o, systems, fields);
	set(rd, o, BB_REF_PRACTICE_NAME, bb_fhir_value(o, "name", 0));
	telecoms(rd, o, BB_REF_PRACTICE_PHONE, 0);
}

static void receiver(reader *rd, const bb_fhir *o)
{
	static const char *const systems[][2] = {
		{ HF_RECEIVER, "" }, { HF_AGB, "" }, { HF_URA, "" }, { NULL, NULL }
	};
	static const int fields[] = { BB_REF_RECEIVER_ID, BB_REF_RECEIVER_AGB, BB_REF_RECEIVER_URA };

	identifiers(rd, o, systems, fields);
	set(rd, o, BB_REF_RECEIVER_NAME, bb_fhir_value(o, "name", 0));
}

static void requester(reader *rd, const bb_fhir *ref)
{
	bb_fhir *who = bb_fhir_resolve(rd->bundle, ref);
	const char *type = bb_fhir_type(who);

	at(rd, ref);
	if (!who) {
		bb_referral_problem(rd->r, "the requester is not in the Bundle");
	} else if (strcmp(type, "PractitionerRole") == 0) {
		bb_fhir *doc = bb_fhir_resolve(rd->bundle, bb_fhir_get(who, "practitioner", 0));
		bb_fhir *org = bb_fhir_resolve(rd->bundle, bb_fhir_get(who, "organization", 0));
		set(rd, who, BB_REF_REFERRER_ROLE, display_in(bb_fhir_get(who, "code", 0)));
		telecoms(rd, who, BB_REF_REFERRER_PHONE, 0);
		if (doc)
			practitioner(rd, doc);
		if (org)
			practice(rd, org);
	} else if (strcmp(type, "Practitioner") == 0) {
		practitioner(rd, who);
	} else {
		bb_referral_problem(rd->r, "the requester is a %s, not a PractitionerRole or Practitioner", type);
	}
}

/*
 * A measurement: Observation.code with a LOINC coding and/or an NHG Tabel
 * 45 one (a Dutch HIS codes its bepalingen so), mapped by the terminology
 * core; valueQuantity in UCUM.
 */
static void measurement(reader *rd, const bb_fhir *o)
{
	const bb_fhir *q = bb_fhir_get(o, "valueQuantity", 0), *code = bb_fhir_get(o, "code", 0);
	const char *unit = bb_fhir_value(q, "code", 0);
	const char *nhg = code_in(code, HF_NHG45);

	at(rd, o);
	if (!q) {
		bb_referral_problem(rd->r, "a measurement needs a valueQuantity");
		return;
	}
	if (!nhg)
		nhg = code_in(code, HF_NHG45_OID);
	bb_referral_add_his_measurement(rd->r, nhg, code_in(code, HF_LOINC),
					bb_fhir_value(q, "value", 0),
					unit ? unit : bb_fhir_value(q, "unit", 0),
					bb_fhir_value(o, "effectiveDateTime", 0));
}

static void consent(reader *rd, const bb_fhir *c)
{
	const char *status = bb_fhir_value(c, "status", 0);
	const char *type = bb_fhir_value(bb_fhir_get(c, "provision", 0), "type", 0);
	int yes = status && strcmp(status, "active") == 0 && type && strcmp(type, "permit") == 0;

	set(rd, c, BB_REF_CONSENT, yes ? "yes" : "no");
	set(rd, c, BB_REF_CONSENT_DATE, bb_fhir_value(c, "dateTime", 0));
}

/*
 * The main complaint's onset: Condition.onsetDateTime of the first
 * Condition (nl-core-Problem's ProblemStartDate). The model keeps a date;
 * the time of day a HIS may add says nothing to a triage.
 */
static void onset(reader *rd, const bb_fhir *cond)
{
	const char *when = bb_fhir_value(cond, "onsetDateTime", 0);
	char date[11];

	if (!when || bb_referral_get(rd->r, BB_REF_COMPLAINT_ONSET))
		return;
	snprintf(date, sizeof(date), "%s", when);
	set(rd, bb_fhir_get(cond, "onsetDateTime", 0), BB_REF_COMPLAINT_ONSET, date);
}

/*
 * The patient's goal (hulpvraag): the Goal the ServiceRequest pertains to
 * (core extension resource-pertainsToGoal, as BSeR does), else the first
 * Goal in the Bundle (nl-core-TreatmentObjective); its description text.
 */
static void goal(reader *rd, const bb_fhir *sr)
{
	const bb_fhir *g = NULL;
	size_t i;

	for (i = 0; !g && i < bb_fhir_count(sr, "extension"); i++) {
		const bb_fhir *e = bb_fhir_get(sr, "extension", i);
		const char *u = bb_fhir_value(e, "url", 0);
		if (u && strcmp(u, EXT_BASE "resource-pertainsToGoal") == 0)
			g = bb_fhir_resolve(rd->bundle, bb_fhir_get(e, "valueReference", 0));
	}
	for (i = 0; !g && i < bb_fhir_count(rd->bundle, "entry"); i++) {
		const bb_fhir *res = bb_fhir_get(bb_fhir_get(rd->bundle, "entry", i), "resource", 0);
		if (res && strcmp(bb_fhir_type(res), "Goal") == 0)
			g = res;
	}
	if (g && strcmp(bb_fhir_type(g), "Goal") == 0)
		set(rd, bb_fhir_get(g, "description", 0), BB_REF_GOAL,
		    display_in(bb_fhir_get(g, "description", 0)));
}

static void reasons(reader *rd, const bb_fhir *sr)
{
	size_t i;

	for (i = 0; i < bb_fhir_count(sr, "reasonCode"); i++) {
		const bb_fhir *cc = bb_fhir_get(sr, "reasonCode", i);
		const char *icpc = code_in(cc, HF_ICPC);
		at(rd, cc);
		bb_referral_add_reason(rd->r, icpc ? "icpc-1-nl" : NULL, icpc, display_in(cc));
	}
	for (i = 0; i < bb_fhir_count(sr, "reasonReference"); i++) {
		const bb_fhir *ref = bb_fhir_get(sr, "reasonReference", i);
		const bb_fhir *cond = bb_fhir_resolve(rd->bundle, ref);
		const bb_fhir *code = bb_fhir_get(cond, "code", 0);
		at(rd, ref);
		if (!cond || strcmp(bb_fhir_type(cond), "Condition") != 0) {
			bb_referral_problem(rd->r, "does not point at a Condition in the Bundle");
			continue;
		}
		at(rd, code ? code : cond);
		{
			/* the date the HIS episode began, as a date */
			const char *when = bb_fhir_value(cond, "onsetDateTime", 0);
			char since[11] = "";
			if (when && strlen(when) >= 10)
				snprintf(since, sizeof(since), "%s", when);
			bb_referral_add_episode(rd->r, code_in(code, HF_ICPC) ? "icpc-1-nl" : NULL,
						code_in(code, HF_ICPC), display_in(code),
						since[0] ? since : NULL);
		}
		if (bb_referral_reason_count(rd->r) == 1)
			onset(rd, cond);
	}
}

/*
 * The kind from the HIS's own coding: the installation's code map
 * ([his "his-fhir"] referral_types) has SYSTEM|CODE keys, FHIR's token
 * form, since a FHIR code means nothing without its system. The first
 * coding the map has wins; `local` gets "kind" or "kind/track".
 */
static const bb_fhir *own_kind(reader *rd, const bb_fhir *cc, char *local, size_t size)
{
	size_t i;

	for (i = 0; i < bb_fhir_count(cc, "coding"); i++) {
		const bb_fhir *c = bb_fhir_get(cc, "coding", i);
		const char *sys = bb_fhir_value(c, "system", 0), *code = bb_fhir_value(c, "code", 0);
		char key[512];

		if (!sys || !code || (size_t)snprintf(key, sizeof(key), "%s|%s", sys, code) >= sizeof(key))
			continue;
		if (bb_host_code(local, size, rd->host, HF_MAP_REFERRAL_TYPES, key) == 1)
			return c;
	}
	return NULL;
}

static const bb_fhir *the_service_request(reader *rd)
{
	const bb_fhir *found = NULL;
	size_t i, n = 0;

	for (i = 0; i < bb_fhir_count(rd->bundle, "entry"); i++) {
		const bb_fhir *res = bb_fhir_get(bb_fhir_get(rd->bundle, "entry", i), "resource", 0);
		if (res && strcmp(bb_fhir_type(res), "ServiceRequest") == 0) {
			found = res;
			n++;
		}
	}
	if (n != 1) {
		at(rd, rd->bundle);
		bb_referral_problem(rd->r, "the Bundle must hold exactly one ServiceRequest (the referral), not %zu", n);
		return NULL;
	}
	return found;
}

int hf_read_referral(const bb_host *host, const bb_fhir *bundle, bb_referral *out)
{
	reader rd = { host, bundle, out };
	const bb_fhir *sr = the_service_request(&rd), *subject, *code, *track, *own;
	const char *kind;
	char local[64];
	size_t i;
	int consent_seen = 0;

	if (!sr)
		return BB_OK; /* the problem is recorded */
	set(&rd, sr, BB_REF_ID, bb_fhir_value(bb_fhir_get(sr, "identifier", 0), "value", 0));
	code = bb_fhir_get(sr, "code", 0);
	track = bb_fhir_get(sr, "performerType", 0);
	if ((own = own_kind(&rd, code, local, sizeof(local))) != NULL) {
		char *slash = strchr(local, '/');
		if (slash)
			*slash++ = '\0';
		set(&rd, own, BB_REF_KIND, local);
		set(&rd, own, BB_REF_TRACK, slash);
	} else {
		kind = code_in(code, HF_KIND);
		if (!kind) {
			at(&rd, code ? code : sr);
			bb_referral_problem(out, "needs a coding in " HF_KIND " (gli, beweegcoach, "
					    "stadspoli, regular), or a coding of the HIS's own that the "
					    "configuration's [his \"his-fhir\"] " HF_MAP_REFERRAL_TYPES
					    " maps (SYSTEM|CODE=kind, e.g. https://his.example/verwijstype|"
					    "BEW=beweegcoach)");
		}
		set(&rd, code, BB_REF_KIND, kind);
	}
	if (!bb_referral_get(out, BB_REF_TRACK))
		set(&rd, track, BB_REF_TRACK, code_in(track, HF_KIND));
	set(&rd, bb_fhir_get(sr, "authoredOn", 0), BB_REF_AUTHORED, bb_fhir_value(sr, "authoredOn", 0));
	set(&rd, bb_fhir_get(sr, "priority", 0), BB_REF_PRIORITY, bb_fhir_value(sr, "priority", 0));
	set(&rd, bb_fhir_get(sr, "note", 0), BB_REF_LETTER, bb_fhir_value(bb_fhir_get(sr, "note", 0), "text", 0));
	set(&rd, bb_fhir_get(sr, "patientInstruction", 0), BB_REF_PREFERENCES,
	    bb_fhir_value(sr, "patientInstruction", 0));
	set(&rd, bb_fhir_get(sr, "occurrencePeriod", 0), BB_REF_VALID_UNTIL,
	    bb_fhir_value(bb_fhir_get(sr, "occurrencePeriod", 0), "end", 0));
	reasons(&rd, sr);
	goal(&rd, sr);

	subject = bb_fhir_resolve(bundle, bb_fhir_get(sr, "subject", 0));
	if (!subject || strcmp(bb_fhir_type(subject), "Patient") != 0) {
		at(&rd, bb_fhir_get(sr, "subject", 0) ? bb_fhir_get(sr, "subject", 0) : sr);
		bb_referral_problem(out, "the subject must be a Patient in the Bundle");
	} else {
		patient(&rd, subject);
	}
	if (bb_fhir_get(sr, "requester", 0))
		requester(&rd, bb_fhir_get(sr, "requester", 0));
	if (bb_fhir_get(sr, "performer", 0)) {
		const bb_fhir *org = bb_fhir_resolve(bundle, bb_fhir_get(sr, "performer", 0));
		if (org && strcmp(bb_fhir_type(org), "Organization") == 0)
			receiver(&rd, org);
	}
	for (i = 0; i < bb_fhir_count(sr, "supportingInfo"); i++) {
		const bb_fhir *ref = bb_fhir_get(sr, "supportingInfo", i);
		const bb_fhir *res = bb_fhir_resolve(bundle, ref);
		const char *type = bb_fhir_type(res);
		if (!res) {
			at(&rd, ref);
			bb_referral_problem(out, "is not in the Bundle");
		} else if (strcmp(type, "Observation") == 0) {
			measurement(&rd, res);
		} else if (strcmp(type, "Consent") == 0) {
			consent(&rd, res);
			consent_seen = 1;
		}
	}
	/* A Consent the ServiceRequest does not point at still counts. */
	for (i = 0; !consent_seen && i < bb_fhir_count(bundle, "entry"); i++) {
		const bb_fhir *res = bb_fhir_get(bb_fhir_get(bundle, "entry", i), "resource", 0);
		if (res && strcmp(bb_fhir_type(res), "Consent") == 0) {
			consent(&rd, res);
			consent_seen = 1;
		}
	}
	return BB_OK;
}
