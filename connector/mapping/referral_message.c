/*
 * bb_referral -> FHIR R4 message Bundle, as standards.md §5.1 designs it:
 * MessageHeader first (event v2-0003#I12), then Task, ServiceRequest,
 * Patient, PractitionerRole, Practitioner, the practice and receiver
 * Organizations, a Condition per coded reason, the patient's Goal, an
 * Observation per measurement, and the Consent. Every entry has a urn:uuid fullUrl and
 * every reference points at one, so the message stands on its own.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "fhir/fhir_node.h"
#include "build.h"
#include "claims.h"
#include "dutch_name.h"
#include "mapping.h"
#include "observation.h"
#include "model/referral.h"
#include "naming.h"
#include "util/strutil.h"
#include "uuid.h"

typedef struct builder {
	const bb_referral *r;
	fhir_node *bundle;
	diag_list *d;
	int failed;
	/* fullUrls of the entries others point to */
	char header[URN_LEN], task[URN_LEN], request[URN_LEN], patient[URN_LEN];
	char role[URN_LEN], practitioner[URN_LEN], practice[URN_LEN], receiver[URN_LEN];
	char consent[URN_LEN], goal[URN_LEN];
	char (*conditions)[URN_LEN];
	char (*observations)[URN_LEN];    /* per measurement; a bp panel's two share one */
	obs_measurement *measurements;
} builder;

static const char *get(const builder *b, int field)
{
	return bb_referral_get(b->r, field);
}

/* The official name per nl-core NameInformation, and the roepnaam as a usual name. */
static void patient_name(builder *b, fhir_node *patient)
{
	dutch_name n;

	n.given = get(b, BB_REF_PATIENT_GIVEN);
	n.initials = get(b, BB_REF_PATIENT_INITIALS);
	n.prefix = get(b, BB_REF_PATIENT_PREFIX);
	n.family = get(b, BB_REF_PATIENT_FAMILY);
	n.partner_prefix = get(b, BB_REF_PATIENT_PARTNER_PREFIX);
	n.partner_family = get(b, BB_REF_PATIENT_PARTNER_FAMILY);
	n.usage = get(b, BB_REF_PATIENT_NAME_USAGE);
	mapping_dutch_name_write(patient, &n);
	if (get(b, BB_REF_PATIENT_CALL_NAME)) {
		fhir_node *usual = fhir_add(patient, "name");
		fhir_set(usual, "use", "usual");
		fhir_set(usual, "given", get(b, BB_REF_PATIENT_CALL_NAME));
	}
}

static void patient_address(builder *b, fhir_node *patient)
{
	const char *street = get(b, BB_REF_PATIENT_STREET);
	const char *number = get(b, BB_REF_PATIENT_HOUSENUMBER);
	const char *suffix = get(b, BB_REF_PATIENT_HOUSENUMBER_SUFFIX);
	fhir_node *a;

	if (!street && !get(b, BB_REF_PATIENT_CITY) && !get(b, BB_REF_PATIENT_POSTCODE))
		return;
	a = fhir_add(patient, "address");
	/* zib AddressType HP, the official (GBA) address: use home, type both */
	mapping_concept(fhir_extension_add(a, EXT_ADDRESS_TYPE), "valueCodeableConcept", SYS_V3_ADDRESS_USE,
		   "HP", "Primary Home", NULL);
	fhir_set(a, "use", "home");
	fhir_set(a, "type", "both");
	if (street) {
		char *text = str_printf("%s%s%s%s", street, number ? " " : "", number ? number : "",
					suffix ? suffix : "");
		fhir_node *line = fhir_set(a, "line", text);
		mapping_string_ext(line, EXT_ADXP_STREET, street);
		mapping_string_ext(line, EXT_ADXP_HOUSENUMBER, number);
		mapping_string_ext(line, EXT_ADXP_SUFFIX, suffix);
		free(text);
	}
	if (get(b, BB_REF_PATIENT_CITY))
		fhir_set(a, "city", get(b, BB_REF_PATIENT_CITY));
	if (get(b, BB_REF_PATIENT_POSTCODE))
		fhir_set(a, "postalCode", get(b, BB_REF_PATIENT_POSTCODE));
	fhir_set(a, "country", get(b, BB_REF_PATIENT_COUNTRY) ? get(b, BB_REF_PATIENT_COUNTRY) : "NL");
}

static void add_patient(builder *b)
{
	fhir_node *p = mapping_entry(b->bundle, "Patient", b->patient);
	char *system = str_printf(SYS_REFERRAL_PATIENT_PREFIX "%s", get(b, BB_REF_PRACTICE_AGB));

	profile_claim(p, PROFILE_PATIENT);
	mapping_identifier(p, SYS_BSN, get(b, BB_REF_PATIENT_BSN));
	mapping_identifier(p, system, get(b, BB_REF_ID));
	free(system);
	patient_name(b, p);
	mapping_telecom(p, "phone", get(b, BB_REF_PATIENT_PHONE), "home");
	mapping_telecom(p, "email", get(b, BB_REF_PATIENT_EMAIL), "home");
	if (get(b, BB_REF_PATIENT_GENDER))
		fhir_set(p, "gender", get(b, BB_REF_PATIENT_GENDER));
	if (get(b, BB_REF_PATIENT_BIRTHDATE))
		fhir_set(p, "birthDate", get(b, BB_REF_PATIENT_BIRTHDATE));
	patient_address(b, p);
}

/* A referrer's role as the UZI role code list has it, for the roles we know. */
static const char *uzi_role(const char *role)
{
	return role && strcasecmp(role, "huisarts") == 0 ? UZI_ROLE_HUISARTS : NULL;
}

static void add_referrer(builder *b)
{
	fhir_node *role = mapping_entry(b->bundle, "PractitionerRole", b->role);
	const char *rtext = get(b, BB_REF_REFERRER_ROLE);
	fhir_node *doc;
	dutch_name n;

	profile_claim(role, PROFILE_PRACTITIONERROLE);
	mapping_ref(role, "practitioner", b->practitioner);
	mapping_ref(role, "organization", b->practice);
	if (rtext)
		fhir_set(fhir_add(role, "code"), "text", rtext);
	/* zib HealthProfessional Specialty: the UZI role code list (huisarts 01.015) */
	if (uzi_role(rtext))
		mapping_concept(role, "specialty", SYS_UZI_ROLE, uzi_role(rtext), "Huisarts", NULL);
	mapping_telecom(role, "phone", get(b, BB_REF_REFERRER_PHONE), "work");

	doc = mapping_entry(b->bundle, "Practitioner", b->practitioner);
	profile_claim(doc, PROFILE_PRACTITIONER);
	mapping_identifier(doc, SYS_AGB, get(b, BB_REF_REFERRER_AGB));
	mapping_identifier(doc, SYS_UZI, get(b, BB_REF_REFERRER_UZI));
	mapping_identifier(doc, SYS_BIG, get(b, BB_REF_REFERRER_BIG));
	memset(&n, 0, sizeof(n));
	n.given = get(b, BB_REF_REFERRER_GIVEN);
	n.initials = get(b, BB_REF_REFERRER_INITIALS);
	n.prefix = get(b, BB_REF_REFERRER_PREFIX);
	n.family = get(b, BB_REF_REFERRER_FAMILY);
	mapping_dutch_name_write(doc, &n);
}

static void add_organizations(builder *b)
{
	fhir_node *org = mapping_entry(b->bundle, "Organization", b->practice);
	const char *name;

	profile_claim(org, PROFILE_PRACTICE);
	mapping_identifier(org, SYS_AGB, get(b, BB_REF_PRACTICE_AGB));
	mapping_identifier(org, SYS_URA, get(b, BB_REF_PRACTICE_URA));
	fhir_set(org, "active", "true");
	/* zib HealthcareProvider OrganizationType: the referral comes from a GP practice */
	mapping_concept(org, "type", SYS_ORGANIZATION_TYPE, ORGANIZATION_TYPE_HUISARTSPRAKTIJK,
		   "Huisartspraktijk (zelfstandig of groepspraktijk)", NULL);
	if (get(b, BB_REF_PRACTICE_NAME))
		fhir_set(org, "name", get(b, BB_REF_PRACTICE_NAME));
	mapping_telecom(org, "phone", get(b, BB_REF_PRACTICE_PHONE), "work");

	org = mapping_entry(b->bundle, "Organization", b->receiver);
	profile_claim(org, PROFILE_RECEIVER);
	mapping_identifier(org, SYS_RECEIVER_ID, get(b, BB_REF_RECEIVER_ID));
	mapping_identifier(org, SYS_AGB, get(b, BB_REF_RECEIVER_AGB));
	mapping_identifier(org, SYS_URA, get(b, BB_REF_RECEIVER_URA));
	fhir_set(org, "active", "true");
	name = get(b, BB_REF_RECEIVER_NAME) ? get(b, BB_REF_RECEIVER_NAME) : get(b, BB_REF_RECEIVER_ID);
	if (name)
		fhir_set(org, "name", name);
}

static const char *fhir_system_of(const char *reason_system)
{
	if (!reason_system)
		return NULL;
	if (strcmp(reason_system, REASON_SYSTEM_ICPC) == 0)
		return SYS_ICPC;
	if (strcmp(reason_system, REASON_SYSTEM_SNOMED) == 0)
		return SYS_SNOMED;
	return reason_system;
}

/*
 * One Condition per coded reason, with the date its HIS episode began.
 * The complaint's onset, when given, belongs to the main one, the first: a triage weighs how long a complaint has lasted
 * (standards.md §2.7: "trauma < 2 weeks" goes elsewhere), and R4 says it
 * in Condition.onsetDateTime, as nl-core-Problem does (ProblemStartDate).
 */
static void add_conditions(builder *b)
{
	size_t i, n = bb_referral_reason_count(b->r);
	const char *onset = get(b, BB_REF_COMPLAINT_ONSET);

	for (i = 0; i < n; i++) {
		const char *sys, *code, *text;
		fhir_node *c;

		bb_referral_reason_at(&sys, &code, &text, b->r, i);
		if (!code)
			continue;
		c = mapping_entry(b->bundle, "Condition", b->conditions[i]);
		profile_claim(c, PROFILE_PROBLEM);
		/* a reason for referral is a current problem */
		mapping_concept(c, "clinicalStatus", SYS_CONDITION_CLINICAL, "active", "Active", NULL);
		/*
		 * No verificationStatus: the HIS record does not say it, and we do
		 * not guess it. nl-core-Problem wants it, when present, as the FHIR
		 * code plus the zib VerificationStatus in SNOMED (schemas/README.md).
		 */
		mapping_concept(c, "code", fhir_system_of(sys), code, NULL, text);
		mapping_ref(c, "subject", b->patient);
		/* the main complaint's onset, else the date the HIS episode began */
		if (onset)
			fhir_set(c, "onsetDateTime", onset);
		else if (bb_referral_reason_since(b->r, i))
			fhir_set(c, "onsetDateTime", bb_referral_reason_since(b->r, i));
		onset = NULL;
	}
}

/*
 * The patient's goal (hulpvraag) as a Goal, which is what zib
 * TreatmentObjective (nl-core-TreatmentObjective) profiles; the
 * ServiceRequest points at it with the core extension
 * resource-pertainsToGoal, as BSeR's referral ServiceRequest does.
 * Proposed: the receiver makes it a plan with the patient.
 */
static void add_goal(builder *b)
{
	fhir_node *g;

	if (!get(b, BB_REF_GOAL))
		return;
	g = mapping_entry(b->bundle, "Goal", b->goal);
	profile_claim(g, PROFILE_GOAL);
	fhir_set(g, "lifecycleStatus", "proposed");
	fhir_set(fhir_add(g, "description"), "text", get(b, BB_REF_GOAL));
	mapping_ref(g, "subject", b->patient);
	mapping_ref(g, "expressedBy", b->patient);
}

static void patient_subject(fhir_node *obs, const void *payload)
{
	mapping_ref(obs, "subject", ((const builder *)payload)->patient);
}

/*
 * Measurements as Observations (observation.c): a reading without its own
 * date is reported by the GP as current when referring, so it carries the
 * referral's date, as the vital-signs profiles need one.
 */
static void add_observations(builder *b, const char *authored)
{
	obs_writer w;

	memset(&w, 0, sizeof(w));
	w.bundle = b->bundle;
	w.failed = &b->failed;
	w.subject = patient_subject;
	w.payload = b;
	w.default_when = authored;
	w.claim_profiles = 1;
	mapping_obs_write(&w, b->measurements, bb_referral_measurement_count(b->r), b->observations);
}

static void add_consent(builder *b)
{
	fhir_node *c = mapping_entry(b->bundle, "Consent", b->consent);
	fhir_node *prov, *actor;

	profile_claim(c, PROFILE_CONSENT);
	fhir_set(c, "status", "active");
	mapping_concept(c, "scope", SYS_CONSENT_SCOPE, "patient-privacy", "Privacy Consent", NULL);
	mapping_concept(c, "category", SYS_V3_ACTCODE, "INFA", "information access", NULL);
	mapping_ref(c, "patient", b->patient);
	if (get(b, BB_REF_CONSENT_DATE))
		fhir_set(c, "dateTime", get(b, BB_REF_CONSENT_DATE));
	mapping_ref(c, "performer", b->patient);
	mapping_concept(c, "policyRule", SYS_V3_ACTCODE, "OPTIN", "opt-in", NULL);
	prov = fhir_add(c, "provision");
	fhir_set(prov, "type", "permit");
	actor = fhir_add(prov, "actor");
	mapping_concept(actor, "role", SYS_V3_PARTICIPATION, "IRCP", "information recipient", NULL);
	mapping_ref(actor, "reference", b->receiver);
	mapping_concept(prov, "action", SYS_CONSENT_ACTION, "access",
		"Access", NULL);
}

typedef struct kind_codes {
	const char *kind;
	const char *code, *display;           /* SNOMED, ServiceRequest.code */
	const char *text;                     /* Dutch, for people */
	const char *category, *category_display;
} kind_codes;

static const kind_codes kinds[] = {
	{ "gli", "390893007", "Referral to physical activity program",
	  "Gecombineerde leefstijlinterventie (GLI)", "313204009", "Lifestyle education" },
	{ "beweegcoach", "390893007", "Referral to physical activity program",
	  "Beweegcoachtraject", "409063005", "Counseling" },
	{ "stadspoli", "3457005", "Patient referral",
	  "Stadspoli: triage bewegingsapparaat", "409063005", "Counseling" },
	{ "regular", "390893007", "Referral to physical activity program",
	  "Beweegaanbod in de wijk", "409063005", "Counseling" },
};

static const kind_codes *codes_for(const char *kind)
{
	size_t i;

	for (i = 0; kind && i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(kinds[i].kind, kind) == 0)
			return &kinds[i];
	return &kinds[3];
}

const char *mapping_referral_kind(const fhir_node *sr)
{
	const char *text = fhir_get_value(fhir_get(sr, "code", 0), "text", 0);
	const char *category = mapping_coding_code(fhir_get(sr, "category", 0), SYS_SNOMED);
	size_t i;

	/* what add_request wrote: the Dutch text tells the kinds with the same codes apart */
	for (i = 0; text && category && i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(kinds[i].text, text) == 0 && strcmp(kinds[i].category, category) == 0)
			return kinds[i].kind;
	return NULL;
}

static void referral_identifier(builder *b, fhir_node *res)
{
	fhir_node *id = fhir_add(res, "identifier");
	char *system = str_printf(SYS_REFERRAL_PREFIX "%s", get(b, BB_REF_PRACTICE_AGB));

	mapping_concept(id, "type", SYS_V2_0203, "PLAC", "Placer Identifier", NULL);
	fhir_set(id, "system", system);
	fhir_set(id, "value", get(b, BB_REF_ID));
	mapping_ref(id, "assigner", b->practice);
	free(system);
}

static void add_task(builder *b, const char *authored)
{
	fhir_node *t = mapping_entry(b->bundle, "Task", b->task);

	profile_claim(t, PROFILE_REFERRAL_TASK);
	referral_identifier(b, t);
	fhir_set(t, "status", "requested");
	mapping_concept(t, "businessStatus", SYS_BSER_BUSINESS_STATUS, "2.0", "Service Request Created", NULL);
	fhir_set(t, "intent", "order");
	fhir_set(t, "priority", get(b, BB_REF_PRIORITY) ? get(b, BB_REF_PRIORITY) : "routine");
	mapping_concept(t, "code", SYS_TASK_CODE, "fulfill", "Fulfill the focal request", NULL);
	mapping_ref(t, "focus", b->request);
	mapping_ref(t, "for", b->patient);
	fhir_set(t, "authoredOn", authored);
	mapping_ref(t, "requester", b->role);
	mapping_ref(t, "owner", b->receiver);
	if (get(b, BB_REF_VALID_UNTIL))
		fhir_set(fhir_add(fhir_add(t, "restriction"), "period"), "end",
			 get(b, BB_REF_VALID_UNTIL));
}

static void add_request(builder *b, const char *authored)
{
	const kind_codes *k = codes_for(get(b, BB_REF_KIND));
	fhir_node *s = mapping_entry(b->bundle, "ServiceRequest", b->request);
	size_t i;

	profile_claim(s, PROFILE_SERVICEREQUEST);
	if (b->goal[0])
		mapping_ref(fhir_extension_add(s, EXT_PERTAINS_TO_GOAL), "valueReference", b->goal);
	referral_identifier(b, s);
	fhir_set(s, "status", "active");
	fhir_set(s, "intent", "order");
	mapping_concept(s, "category", SYS_SNOMED, k->category, k->category_display, NULL);
	fhir_set(s, "priority", get(b, BB_REF_PRIORITY) ? get(b, BB_REF_PRIORITY) : "routine");
	mapping_concept(s, "code", SYS_SNOMED, k->code, k->display, k->text);
	mapping_ref(s, "subject", b->patient);
	fhir_set(s, "authoredOn", authored);
	mapping_ref(s, "requester", b->role);
	mapping_ref(s, "performer", b->receiver);
	/* the beweegkaart offer the GP chose: which of the receiver's offers (monitoring groups by it) */
	if (get(b, BB_REF_OFFER_ID))
		mapping_concept(s, "orderDetail", SYS_OFFER, get(b, BB_REF_OFFER_ID), NULL, NULL);
	if (get(b, BB_REF_TRACK))
		mapping_concept(s, "performerType", SYS_TRACK, get(b, BB_REF_TRACK),
			   mapping_track_display(get(b, BB_REF_TRACK)), mapping_track_display(get(b, BB_REF_TRACK)));
	for (i = 0; i < bb_referral_reason_count(b->r); i++) {
		const char *sys, *code, *text;
		bb_referral_reason_at(&sys, &code, &text, b->r, i);
		mapping_concept(s, "reasonCode", fhir_system_of(sys), code, NULL, text);
	}
	for (i = 0; i < bb_referral_reason_count(b->r); i++)
		if (b->conditions[i][0])
			mapping_ref(s, "reasonReference", b->conditions[i]);
	/* a blood pressure panel holds two measurements: point at it once */
	for (i = 0; i < bb_referral_measurement_count(b->r); i++)
		if (i == 0 || strcmp(b->observations[i], b->observations[i - 1]) != 0)
			mapping_ref(s, "supportingInfo", b->observations[i]);
	if (b->consent[0])
		mapping_ref(s, "supportingInfo", b->consent);
	if (get(b, BB_REF_LETTER))
		fhir_set(fhir_add(s, "note"), "text", get(b, BB_REF_LETTER));
	if (get(b, BB_REF_PREFERENCES)) {
		char *text = str_printf("Wensen van de patiënt: %s", get(b, BB_REF_PREFERENCES));
		fhir_set(fhir_add(s, "note"), "text", text);
		free(text);
	}
}

static void add_header(builder *b, const msg_context *ctx, const char *message_id)
{
	fhir_node *h = mapping_entry(b->bundle, "MessageHeader", b->header);
	fhir_node *dest, *src;
	char *endpoint = NULL, *source = NULL;
	const char *dname = ctx->destination_name ? ctx->destination_name
			    : get(b, BB_REF_RECEIVER_NAME);

	fhir_set(h, "id", message_id);
	profile_claim(h, PROFILE_MESSAGEHEADER);
	mapping_coding(h, "eventCoding", SYS_V2_0003, "I12", "REF/RRI - Patient referral");
	dest = fhir_add(h, "destination");
	if (dname)
		fhir_set(dest, "name", dname);
	if (!ctx->destination_endpoint)
		endpoint = str_printf(ENDPOINT_UNADDRESSED_PREFIX "%s", get(b, BB_REF_RECEIVER_ID));
	fhir_set(dest, "endpoint", ctx->destination_endpoint ? ctx->destination_endpoint : endpoint);
	mapping_ref(dest, "receiver", b->receiver);
	mapping_ref(h, "sender", b->role);
	src = fhir_add(h, "source");
	if (get(b, BB_REF_PRACTICE_NAME))
		fhir_set(src, "name", get(b, BB_REF_PRACTICE_NAME));
	fhir_set(src, "software", "Beweegbrug");
	fhir_set(src, "version", BB_VERSION);
	if (!ctx->source_endpoint)
		source = str_printf("urn:beweegbrug:sender:agb:%s", get(b, BB_REF_PRACTICE_AGB));
	fhir_set(src, "endpoint", ctx->source_endpoint ? ctx->source_endpoint : source);
	mapping_ref(h, "focus", b->task);
	free(endpoint);
	free(source);
}

static int has_coded_reason(const bb_referral *r)
{
	size_t i;

	for (i = 0; i < bb_referral_reason_count(r); i++) {
		const char *code;
		bb_referral_reason_at(NULL, &code, NULL, r, i);
		if (code)
			return 1;
	}
	return 0;
}

/*
 * What a referral must have before it can become a message at all. Consent
 * only where the message is to leave (ctx->consent_required): a record the
 * HIS exported before the patient was asked still converts, without a
 * Consent, for a look at it; send and refer refuse it.
 */
static int check_referral(builder *b, const msg_context *ctx)
{
	static const struct {
		int field;
		const char *why;
	} required[] = {
		{ BB_REF_ID, "is needed: it identifies the referral in every answer" },
		{ BB_REF_PRACTICE_AGB, "is needed: it scopes the referral id (a HIS that does not "
				       "name the practice in its records: set agb in the "
				       "configuration's [practice])" },
		{ BB_REF_RECEIVER_ID, "is needed: a referral goes to a receiver" },
	};
	size_t i;
	int bad = 0;

	for (i = 0; i < sizeof(required) / sizeof(required[0]); i++)
		if (!get(b, required[i].field)) {
			diag_add(b->d, BB_EINPUT, NULL, 0, bb_referral_field_name(required[i].field),
				 "%s", required[i].why);
			bad = 1;
		}
	if (!get(b, BB_REF_CONSENT) && ctx->consent_required) {
		diag_add(b->d, BB_EINPUT, NULL, 0, bb_referral_field_name(BB_REF_CONSENT),
			 "is needed: no referral leaves without the patient's consent (record it in "
			 "the HIS, or give it at the click: bb_his_record.consent_now, "
			 "beweegbrug refer --consent-now)");
		bad = 1;
	}
	if (get(b, BB_REF_CONSENT) && strcmp(get(b, BB_REF_CONSENT), "yes") != 0) {
		diag_add(b->d, BB_EINPUT, NULL, 0, "consent.given",
			 "the patient did not consent to sharing with the receiver");
		bad = 1;
	}
	if (bb_referral_reason_count(b->r) == 0) {
		diag_add(b->d, BB_EINPUT, NULL, 0, "reason",
			 "at least one reason for referral is needed");
		bad = 1;
	} else if (get(b, BB_REF_COMPLAINT_ONSET) && !has_coded_reason(b->r)) {
		diag_add(b->d, BB_EINPUT, NULL, 0, "complaint.onset",
			 "needs a coded reason (ICPC): the onset is the start of that complaint");
		bad = 1;
	}
	return bad ? BB_EINPUT : BB_OK;
}

int mapping_referral_message(fhir_node **out, const bb_referral *r, const msg_context *ctx,
			     diag_list *d)
{
	builder b;
	char bundle_id[UUID_STR_LEN], message_id[UUID_STR_LEN], now[32];
	const char *authored;
	size_t i, nr, nm;
	fhir_node *id;
	int rc;

	*out = NULL;
	memset(&b, 0, sizeof(b));
	b.r = r;
	b.d = d;
	if ((rc = check_referral(&b, ctx)) != BB_OK)
		return rc;
	nr = bb_referral_reason_count(r);
	nm = bb_referral_measurement_count(r);
	b.conditions = calloc(nr ? nr : 1, URN_LEN);
	b.observations = calloc(nm ? nm : 1, URN_LEN);
	b.measurements = calloc(nm ? nm : 1, sizeof(*b.measurements));
	b.bundle = fhir_resource_new("Bundle", d);
	if (!b.conditions || !b.observations || !b.measurements || !b.bundle) {
		rc = BB_ENOMEM;
		goto done;
	}
	mapping_urn(&b.failed, b.header);
	mapping_urn(&b.failed, b.task);
	mapping_urn(&b.failed, b.request);
	mapping_urn(&b.failed, b.patient);
	mapping_urn(&b.failed, b.role);
	mapping_urn(&b.failed, b.practitioner);
	mapping_urn(&b.failed, b.practice);
	mapping_urn(&b.failed, b.receiver);
	if (get(&b, BB_REF_CONSENT))
		mapping_urn(&b.failed, b.consent);
	if (get(&b, BB_REF_GOAL))
		mapping_urn(&b.failed, b.goal);
	for (i = 0; i < nr; i++) {
		const char *code;
		bb_referral_reason_at(NULL, &code, NULL, r, i);
		if (code)
			mapping_urn(&b.failed, b.conditions[i]);
	}
	for (i = 0; i < nm; i++)
		bb_referral_measurement_at(&b.measurements[i].loinc, &b.measurements[i].value, &b.measurements[i].unit, &b.measurements[i].when,
					   r, i);
	mapping_obs_plan(b.measurements, nm, b.observations, &b.failed);
	if (mapping_uuid_v4(bundle_id) != 0 || mapping_uuid_v4(message_id) != 0)
		b.failed = 1;
	mapping_now(now);
	authored = get(&b, BB_REF_AUTHORED) ? get(&b, BB_REF_AUTHORED) : now;

	fhir_set(b.bundle, "id", ctx->bundle_id ? ctx->bundle_id : bundle_id);
	profile_claim(b.bundle, PROFILE_REFERRAL_MESSAGE);
	id = fhir_add(b.bundle, "identifier");
	fhir_set(id, "system", SYS_MESSAGE_ID);
	fhir_set(id, "value", ctx->bundle_id ? ctx->bundle_id : bundle_id);
	fhir_set(b.bundle, "type", "message");
	fhir_set(b.bundle, "timestamp", ctx->timestamp ? ctx->timestamp : now);

	/* The order is the message's: MessageHeader first (bdl-12). */
	add_header(&b, ctx, ctx->message_id ? ctx->message_id : message_id);
	add_task(&b, authored);
	add_request(&b, authored);
	add_patient(&b);
	add_referrer(&b);
	add_organizations(&b);
	add_conditions(&b);
	add_goal(&b);
	add_observations(&b, authored);
	if (b.consent[0])
		add_consent(&b);

	if (b.failed) {
		rc = diag_add(d, BB_ERROR, NULL, 0, NULL, "no random numbers for UUIDs");
		goto done;
	}
	if (fhir_errors(b.bundle)) {
		rc = BB_EINPUT;
		goto done;
	}
	rc = fhir_check(b.bundle, NULL, d);
done:
	free(b.conditions);
	free(b.observations);
	free(b.measurements);
	if (rc == BB_OK)
		*out = b.bundle;
	else
		fhir_node_free(b.bundle);
	return rc;
}
