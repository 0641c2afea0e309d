/*
 * The mapping between the canonical model and FHIR message Bundles:
 * what the referral message contains and how its parts point at each
 * other, the feedback message both ways, and the Task status table.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "beweegbrug.h"
#include "fhir/fhir_codec.h"
#include "mapping/build.h"
#include "mapping/forward.h"
#include "mapping/mapping.h"
#include "mapping/naming.h"
#include "mapping/profile.h"
#include "mapping/task_states.h"

static bb_referral *sample_referral(void)
{
	bb_referral *r;

	assert_int_equal(bb_referral_new(&r), BB_OK);
	bb_referral_set(r, BB_REF_ID, "HV-42");
	bb_referral_set(r, BB_REF_KIND, "gli");
	bb_referral_set(r, BB_REF_AUTHORED, "2026-11-20T10:15:00+01:00");
	bb_referral_set(r, BB_REF_PATIENT_BSN, "999990068");
	bb_referral_set(r, BB_REF_PATIENT_GIVEN, "Johanna Maria");
	bb_referral_set(r, BB_REF_PATIENT_INITIALS, "J.M.");
	bb_referral_set(r, BB_REF_PATIENT_PREFIX, "van der");
	bb_referral_set(r, BB_REF_PATIENT_FAMILY, "Heijden");
	bb_referral_set(r, BB_REF_PATIENT_PARTNER_PREFIX, "de");
	bb_referral_set(r, BB_REF_PATIENT_PARTNER_FAMILY, "Vries");
	bb_referral_set(r, BB_REF_PATIENT_NAME_USAGE, "NL4");
	bb_referral_set(r, BB_REF_PATIENT_BIRTHDATE, "1971-03-08");
	bb_referral_set(r, BB_REF_PATIENT_GENDER, "female");
	bb_referral_set(r, BB_REF_PATIENT_STREET, "Teststraat");
	bb_referral_set(r, BB_REF_PATIENT_HOUSENUMBER, "12");
	bb_referral_set(r, BB_REF_PATIENT_HOUSENUMBER_SUFFIX, "A");
	bb_referral_set(r, BB_REF_PATIENT_CITY, "Rotterdam");
	bb_referral_set(r, BB_REF_REFERRER_AGB, "01000001");
	bb_referral_set(r, BB_REF_REFERRER_FAMILY, "Özdemir");
	bb_referral_set(r, BB_REF_PRACTICE_AGB, "01000002");
	bb_referral_set(r, BB_REF_PRACTICE_NAME, "Praktijk Test");
	bb_referral_set(r, BB_REF_RECEIVER_ID, "gli-west");
	bb_referral_set(r, BB_REF_CONSENT, "yes");
	bb_referral_set(r, BB_REF_CONSENT_DATE, "2026-11-20T10:10:00+01:00");
	bb_referral_set(r, BB_REF_LETTER, "Graag een intake.");
	bb_referral_add_reason(r, "icpc-1-nl", "T82", "Obesitas");
	bb_referral_add_reason(r, NULL, NULL, "Wil fitter worden");
	bb_referral_add_measurement(r, "39156-5", "27.0", "kg/m2", "2026-11-18");
	assert_int_equal(bb_referral_problem_count(r), 0);
	return r;
}

static const fhir_node *entry_resource(const fhir_node *bundle, size_t i)
{
	return fhir_get(fhir_get(bundle, "entry", i), "resource", 0);
}

/* Every urn:uuid reference below `n` resolves to an entry of `bundle`. */
static void all_references_resolve(const fhir_node *bundle, const fhir_node *n, size_t *count)
{
	size_t i;

	if (strcmp(fhir_node_type_name(n), "Reference") == 0 && fhir_get_value(n, "reference", 0)) {
		assert_non_null(mapping_resolve(bundle, n));
		(*count)++;
	}
	for (i = 0; i < fhir_child_count(n); i++)
		all_references_resolve(bundle, fhir_child(n, i), count);
}

static void referral_message_shape(void **state)
{
	bb_referral *r = sample_referral();
	diag_list d = DIAG_LIST_INIT;
	msg_context ctx = { 0 };
	fhir_node *b = NULL;
	const fhir_node *h, *task, *sr, *patient, *name, *fam, *obs;
	static const char *const order[] = {
		"MessageHeader", "Task", "ServiceRequest", "Patient", "PractitionerRole",
		"Practitioner", "Organization", "Organization", "Condition", "Observation", "Consent"
	};
	size_t i, refs = 0;
	(void)state;

	ctx.destination_endpoint = "https://gli.example.test/fhir";
	assert_int_equal(mapping_referral_message(&b, r, &ctx, &d), BB_OK);
	assert_int_equal(d.count, 0);
	assert_string_equal(fhir_get_value(b, "type", 0), "message");
	assert_int_equal(fhir_count(b, "entry"), sizeof(order) / sizeof(order[0]));
	for (i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		const char *url = fhir_get_value(fhir_get(b, "entry", i), "fullUrl", 0);
		assert_string_equal(fhir_node_type_name(entry_resource(b, i)), order[i]);
		assert_memory_equal(url, "urn:uuid:", 9);
		assert_true(mapping_uuid_is_valid(url + 9));
	}
	all_references_resolve(b, b, &refs);
	assert_true(refs >= 20);

	h = entry_resource(b, 0);
	assert_string_equal(fhir_get_value(fhir_get(h, "eventCoding", 0), "code", 0), "I12");
	assert_string_equal(fhir_get_value(fhir_get(h, "eventCoding", 0), "system", 0), SYS_V2_0003);
	assert_string_equal(fhir_get_value(fhir_get(h, "destination", 0), "endpoint", 0),
			    "https://gli.example.test/fhir");
	task = mapping_resolve(b, fhir_get(h, "focus", 0));
	assert_ptr_equal(task, entry_resource(b, 1));
	assert_string_equal(fhir_get_value(task, "status", 0), "requested");
	assert_string_equal(mapping_coding_code(fhir_get(task, "businessStatus", 0), SYS_BSER_BUSINESS_STATUS), "2.0");
	assert_string_equal(fhir_get_value(fhir_get(task, "identifier", 0), "value", 0), "HV-42");
	assert_string_equal(fhir_get_value(fhir_get(task, "identifier", 0), "system", 0),
			    SYS_REFERRAL_PREFIX "01000002");
	sr = mapping_resolve(b, fhir_get(task, "focus", 0));
	assert_string_equal(fhir_node_type_name(sr), "ServiceRequest");
	assert_string_equal(mapping_coding_code(fhir_get(sr, "code", 0), SYS_SNOMED), "390893007");
	/* both reasons travel; only the coded one becomes a Condition */
	assert_int_equal(fhir_count(sr, "reasonCode"), 2);
	assert_string_equal(fhir_get_value(fhir_get(sr, "reasonCode", 1), "text", 0), "Wil fitter worden");
	assert_int_equal(fhir_count(sr, "reasonReference"), 1);
	assert_string_equal(mapping_coding_code(fhir_get(mapping_resolve(b, fhir_get(sr, "reasonReference", 0)), "code", 0), SYS_ICPC), "T82");

	patient = mapping_resolve(b, fhir_get(sr, "subject", 0));
	assert_string_equal(fhir_get_value(fhir_get(patient, "identifier", 0), "system", 0), SYS_BSN);
	name = fhir_get(patient, "name", 0);
	/* NL4: own name, then the partner's */
	assert_string_equal(fhir_get_value(name, "family", 0), "van der Heijden-de Vries");
	fam = fhir_get(name, "family", 0);
	assert_int_equal(fhir_count(fam, "extension"), 4);
	assert_string_equal(fhir_get_value(fhir_get(fam, "extension", 0), "url", 0), EXT_OWN_PREFIX);
	assert_string_equal(fhir_get_value(fhir_get(fam, "extension", 0), "valueString", 0), "van der");
	/* nl-core NameInformation: first names BR; initials J.M. stand for them, so not repeated */
	assert_int_equal(fhir_count(name, "given"), 2);
	assert_string_equal(fhir_get_value(name, "text", 0), "Johanna Maria van der Heijden-de Vries");
	assert_string_equal(fhir_value(fhir_get(fhir_get(patient, "address", 0), "line", 0)),
			    "Teststraat 12A");

	obs = entry_resource(b, 9);
	assert_string_equal(fhir_get_value(fhir_get(obs, "valueQuantity", 0), "value", 0), "27.0");
	assert_string_equal(mapping_coding_code(fhir_get(obs, "category", 0), SYS_OBS_CATEGORY), "vital-signs");
	/* the Consent permits exactly the receiver the Task goes to */
	assert_string_equal(
		fhir_get_value(fhir_get(fhir_get(fhir_get(entry_resource(b, 10), "provision", 0), "actor", 0), "reference", 0), "reference", 0),
		fhir_get_value(fhir_get(task, "owner", 0), "reference", 0));

	fhir_node_free(b);
	diag_free(&d);
	bb_referral_free(r);
}

static void referral_without_what_it_needs(void **state)
{
	bb_referral *r;
	diag_list d = DIAG_LIST_INIT;
	msg_context ctx = { 0 };
	fhir_node *b = (fhir_node *)1;
	(void)state;

	bb_referral_new(&r);
	bb_referral_set(r, BB_REF_CONSENT, "no");
	assert_int_equal(mapping_referral_message(&b, r, &ctx, &d), BB_EINPUT);
	assert_null(b);
	assert_int_equal(d.count, 5);
	assert_string_equal(diag_line(&d, 0), "referral.id: is needed: it identifies the referral in every answer");
	assert_string_equal(diag_line(&d, 1), "practice.agb: is needed: it scopes the referral id (a HIS that "
			    "does not name the practice in its records: set agb in the configuration's [practice])");
	assert_string_equal(diag_line(&d, 2), "receiver.id: is needed: a referral goes to a receiver");
	assert_string_equal(diag_line(&d, 3), "consent.given: the patient did not consent to sharing with the receiver");
	assert_string_equal(diag_line(&d, 4), "reason: at least one reason for referral is needed");
	diag_free(&d);
	bb_referral_free(r);
}

/*
 * No consent at all: a message without a Consent to look at, which the
 * lenient check passes and names; where the message is to leave (send:
 * consent_required) or arrive (the strict check), it is refused.
 */
static void consent_not_yet_asked(void **state)
{
	bb_referral *r = sample_referral();
	diag_list d = DIAG_LIST_INIT;
	msg_context ctx = { 0 };
	fhir_node *b = NULL;
	const fhir_node *sr;
	size_t i;
	int kind, no_consent = 0;
	(void)state;

	bb_referral_set(r, BB_REF_CONSENT, NULL);
	bb_referral_set(r, BB_REF_CONSENT_DATE, NULL);
	assert_int_equal(mapping_referral_message(&b, r, &ctx, &d), BB_OK);
	assert_null(mapping_first_of_type(b, "Consent"));
	sr = mapping_first_of_type(b, "ServiceRequest");
	for (i = 0; i < fhir_count(sr, "supportingInfo"); i++)
		assert_non_null(mapping_resolve(b, fhir_get(sr, "supportingInfo", i)));
	assert_int_equal(profile_check_unsent(&kind, &no_consent, b, "x.json", &d), BB_OK);
	assert_int_equal(no_consent, 1);
	assert_int_equal(kind, PROFILE_REFERRAL);
	assert_int_equal(profile_check(&kind, b, "x.json", &d), BB_EINPUT);
	assert_string_equal(diag_line(&d, 0), "x.json: Bundle: [bb-13] no referral leaves without the patient's Consent");
	fhir_node_free(b);
	diag_clear(&d);

	b = (fhir_node *)1;
	ctx.consent_required = 1;
	assert_int_equal(mapping_referral_message(&b, r, &ctx, &d), BB_EINPUT);
	assert_null(b);
	assert_int_equal(d.count, 1);
	assert_non_null(strstr(diag_line(&d, 0), "consent.given: is needed: no referral leaves without the patient's consent"));
	diag_clear(&d);

	/* with consent, the lenient check says nothing of it */
	bb_referral_set(r, BB_REF_CONSENT, "yes");
	assert_int_equal(mapping_referral_message(&b, r, &ctx, &d), BB_OK);
	assert_int_equal(profile_check_unsent(&kind, &no_consent, b, "x.json", &d), BB_OK);
	assert_int_equal(no_consent, 0);
	fhir_node_free(b);
	diag_free(&d);
	bb_referral_free(r);
}

/* A stadspoli's triage content: onset, pain score and goal in the message. */
static void referral_triage_content(void **state)
{
	bb_referral *r = sample_referral();
	diag_list d = DIAG_LIST_INIT;
	msg_context ctx = { 0 };
	fhir_node *b = NULL;
	const fhir_node *cond, *goal, *sr, *ext, *obs;
	size_t i;
	(void)state;

	bb_referral_set(r, BB_REF_KIND, "stadspoli");
	bb_referral_set(r, BB_REF_TRACK, "physio");
	bb_referral_set(r, BB_REF_COMPLAINT_ONSET, "2026-08-01");
	bb_referral_set(r, BB_REF_GOAL, "Weer fietsen naar het werk.");
	assert_int_equal(bb_referral_add_measurement(r, "72514-3", "6", "{score}", "2026-11-18"), BB_OK);
	/* NRS is 0-10, whole numbers: 11 and 6.5 are refused, naming the field */
	assert_int_equal(bb_referral_add_measurement(r, "72514-3", "11", "{score}", NULL), BB_EINPUT);
	assert_int_equal(bb_referral_add_measurement(r, "72514-3", "6.5", "{score}", NULL), BB_EINPUT);
	assert_int_equal(bb_referral_problem_count(r), 2);
	assert_non_null(strstr(bb_referral_problem_at(r, 0), "measurement.value"));
	assert_non_null(strstr(bb_referral_problem_at(r, 0), "0 to 10"));
	assert_int_equal(bb_referral_set(r, BB_REF_COMPLAINT_ONSET, "2026-02-30"), BB_EINPUT);

	assert_int_equal(mapping_referral_message(&b, r, &ctx, &d), BB_OK);
	cond = mapping_first_of_type(b, "Condition");
	assert_string_equal(fhir_get_value(cond, "onsetDateTime", 0), "2026-08-01");
	goal = mapping_first_of_type(b, "Goal");
	assert_non_null(goal);
	assert_string_equal(fhir_get_value(goal, "lifecycleStatus", 0), "proposed");
	assert_string_equal(fhir_get_value(fhir_get(goal, "description", 0), "text", 0),
			    "Weer fietsen naar het werk.");
	sr = mapping_first_of_type(b, "ServiceRequest");
	ext = fhir_get(sr, "extension", 0);
	assert_string_equal(fhir_get_value(ext, "url", 0), EXT_PERTAINS_TO_GOAL);
	assert_ptr_equal(mapping_resolve(b, fhir_get(ext, "valueReference", 0)), goal);
	assert_string_equal(mapping_coding_code(fhir_get(sr, "performerType", 0), SYS_TRACK), "physio");
	for (i = 0, obs = NULL; i < fhir_count(b, "entry"); i++) {
		const fhir_node *o = entry_resource(b, i);
		if (strcmp(fhir_node_type_name(o), "Observation") == 0 &&
		    strcmp(mapping_coding_code(fhir_get(o, "code", 0), SYS_LOINC), "72514-3") == 0)
			obs = o;
	}
	assert_non_null(obs);
	assert_string_equal(mapping_coding_code(fhir_get(obs, "category", 0), SYS_OBS_CATEGORY), "survey");
	fhir_node_free(b);

	/* an onset with no coded reason to carry it makes no message */
	bb_referral_free(r);
	bb_referral_new(&r);
	bb_referral_set(r, BB_REF_ID, "HV-43");
	bb_referral_set(r, BB_REF_PRACTICE_AGB, "01000002");
	bb_referral_set(r, BB_REF_RECEIVER_ID, "poli");
	bb_referral_set(r, BB_REF_CONSENT, "yes");
	bb_referral_set(r, BB_REF_COMPLAINT_ONSET, "2026-08-01");
	bb_referral_add_reason(r, NULL, NULL, "Pijn in de knie");
	diag_clear(&d);
	assert_int_equal(mapping_referral_message(&b, r, &ctx, &d), BB_EINPUT);
	assert_string_equal(diag_line(&d, 0),
			    "complaint.onset: needs a coded reason (ICPC): the onset is the start of that complaint");
	bb_referral_free(r);
	diag_free(&d);
}

static bb_feedback *sample_feedback(const char *status)
{
	bb_feedback *fb;

	bb_feedback_new(&fb);
	bb_feedback_set(fb, BB_FB_REFERRAL_ID, "HV-42");
	bb_feedback_set(fb, BB_FB_PRACTICE_AGB, "01000002");
	bb_feedback_set(fb, BB_FB_RECEIVER_REFERENCE, "GLI-2026-7");
	bb_feedback_set(fb, BB_FB_STATUS, status);
	bb_feedback_set(fb, BB_FB_DATE, "2027-02-01T09:00:00+01:00");
	bb_feedback_set(fb, BB_FB_REFERRAL_AUTHORED, "2026-11-04T10:00:00+01:00");
	bb_feedback_set(fb, BB_FB_AUTHOR_NAME, "M. de Coach");
	bb_feedback_set(fb, BB_FB_AUTHOR_ORGANIZATION, "Leefstijl West");
	bb_feedback_set(fb, BB_FB_NARRATIVE, "Trouw aanwezig, 4 kg afgevallen.");
	return fb;
}

static void feedback_round_trip(void **state)
{
	bb_feedback *fb = sample_feedback("completed"), *back;
	diag_list d = DIAG_LIST_INIT;
	msg_context ctx = { 0 };
	fhir_node *b = NULL, *read = NULL;
	strbuf json = STRBUF_INIT;
	const char *loinc, *value, *unit, *when;
	(void)state;

	bb_feedback_set(fb, BB_FB_SESSIONS_ATTENDED, "22");
	bb_feedback_set(fb, BB_FB_SESSIONS_MISSED, "2");
	bb_feedback_set(fb, BB_FB_INTAKE_DATE, "2026-12-01");
	bb_feedback_add_measurement(fb, "39156-5", "29.80", "kg/m2", "2027-01-30");
	bb_feedback_add_measurement(fb, "8480-6", "135", "mm[Hg]", "2027-01-30");
	bb_feedback_add_measurement(fb, "8462-4", "85", "mm[Hg]", "2027-01-30");
	assert_int_equal(mapping_feedback_message(&b, fb, &ctx, &d), BB_OK);
	{
		/* BSeR: the referral's own Task, with its parties; R4: a bp panel, subjects */
		const fhir_node *task = mapping_first_of_type(b, "Task"), *h = entry_resource(b, 0);
		const fhir_node *owner = mapping_resolve(b, fhir_get(task, "owner", 0)), *panel = NULL;
		size_t i, observations = 0;
		int kind = 0;
		assert_string_equal(fhir_get_value(fhir_get(fhir_get(task, "for", 0), "identifier", 0), "system", 0),
				    SYS_REFERRAL_PATIENT_PREFIX "01000002");
		assert_string_equal(fhir_get_value(fhir_get(fhir_get(task, "for", 0), "identifier", 0), "value", 0), "HV-42");
		assert_string_equal(fhir_get_value(task, "authoredOn", 0), "2026-11-04T10:00:00+01:00");
		assert_non_null(fhir_get(task, "basedOn", 0));
		assert_non_null(fhir_get(task, "requester", 0));
		assert_string_equal(fhir_get_value(owner, "name", 0), "Leefstijl West");
		assert_ptr_equal(mapping_resolve(b, fhir_get(h, "sender", 0)), owner);
		assert_non_null(mapping_resolve(b, fhir_get(fhir_get(h, "destination", 0), "receiver", 0)));
		for (i = 0; i < fhir_count(b, "entry"); i++) {
			const fhir_node *r = entry_resource(b, i);
			if (strcmp(fhir_node_type_name(r), "Observation") != 0)
				continue;
			observations++;
			assert_non_null(fhir_get(r, "subject", 0));
			if (strcmp(mapping_coding_code(fhir_get(r, "code", 0), SYS_LOINC) ? mapping_coding_code(fhir_get(r, "code", 0), SYS_LOINC) : "", "85354-9") == 0)
				panel = r;
		}
		/* BMI, one bp panel (not two loose readings), sessions attended and missed */
		assert_int_equal(observations, 4);
		assert_non_null(panel);
		assert_int_equal(fhir_count(panel, "component"), 2);
		assert_int_equal(profile_check(&kind, b, "fb", &d), BB_OK);
		assert_int_equal(kind, PROFILE_FEEDBACK);
	}
	/* through bytes, as it would travel */
	assert_int_equal(fhir_write(&json, b, FHIR_FORMAT_JSON, 0), BB_OK);
	assert_int_equal(fhir_read(&read, json.data, json.len, "fb.json", &d), BB_OK);
	assert_int_equal(bb_feedback_new(&back), BB_OK);
	assert_int_equal(mapping_feedback_read(back, read, "fb.json", &d), BB_OK);
	assert_int_equal(d.count, 0);
	assert_string_equal(bb_feedback_get(back, BB_FB_REFERRAL_ID), "HV-42");
	assert_string_equal(bb_feedback_get(back, BB_FB_PRACTICE_AGB), "01000002");
	assert_string_equal(bb_feedback_get(back, BB_FB_RECEIVER_REFERENCE), "GLI-2026-7");
	assert_string_equal(bb_feedback_get(back, BB_FB_STATUS), "completed");
	assert_string_equal(bb_feedback_get(back, BB_FB_BUSINESS_STATUS), "7.0");
	assert_string_equal(bb_feedback_get(back, BB_FB_SESSIONS_ATTENDED), "22");
	assert_string_equal(bb_feedback_get(back, BB_FB_SESSIONS_MISSED), "2");
	assert_string_equal(bb_feedback_get(back, BB_FB_INTAKE_DATE), "2026-12-01");
	assert_string_equal(bb_feedback_get(back, BB_FB_NARRATIVE), "Trouw aanwezig, 4 kg afgevallen.");
	assert_string_equal(bb_feedback_get(back, BB_FB_AUTHOR_ORGANIZATION), "Leefstijl West");
	assert_int_equal(bb_feedback_measurement_count(back), 3);
	bb_feedback_measurement_at(&loinc, &value, &unit, &when, back, 0);
	assert_string_equal(value, "29.80");
	assert_string_equal(when, "2027-01-30");
	/* the panel reads back as the two readings it holds */
	bb_feedback_measurement_at(&loinc, &value, &unit, &when, back, 1);
	assert_string_equal(loinc, "8480-6");
	assert_string_equal(value, "135");
	bb_feedback_measurement_at(&loinc, &value, &unit, &when, back, 2);
	assert_string_equal(loinc, "8462-4");
	assert_string_equal(unit, "mm[Hg]");
	assert_string_equal(bb_feedback_get(back, BB_FB_REFERRAL_AUTHORED), "2026-11-04T10:00:00+01:00");
	/* no patient data goes back */
	assert_null(mapping_first_of_type(read, "Patient"));
	assert_null(strstr(json.data, "999990068"));

	strbuf_free(&json);
	fhir_node_free(b);
	fhir_node_free(read);
	bb_feedback_free(fb);
	bb_feedback_free(back);
	diag_free(&d);
}


/*
 * The patient of a feedback: by BSN when the receiver had it, else by the
 * referral's patient identifier; a reference the GP side cannot resolve,
 * or a Task without its parties, is refused (bb-23).
 */
static void feedback_names_the_patient(void **state)
{
	bb_feedback *fb = sample_feedback("accepted"), *back;
	diag_list d = DIAG_LIST_INIT;
	msg_context ctx = { 0 };
	fhir_node *b = NULL, *task, *id;
	int kind;
	(void)state;

	bb_feedback_set(fb, BB_FB_PATIENT_BSN, "999990068");
	assert_int_equal(mapping_feedback_message(&b, fb, &ctx, &d), BB_OK);
	task = (fhir_node *)mapping_first_of_type(b, "Task");
	id = fhir_get(fhir_get(task, "for", 0), "identifier", 0);
	assert_string_equal(fhir_get_value(id, "system", 0), SYS_BSN);
	assert_string_equal(fhir_get_value(id, "value", 0), "999990068");
	fhir_node_free(b);

	bb_feedback_set(fb, BB_FB_PATIENT_BSN, NULL);
	assert_int_equal(mapping_feedback_message(&b, fb, &ctx, &d), BB_OK);
	task = (fhir_node *)mapping_first_of_type(b, "Task");
	id = fhir_get(fhir_get(task, "for", 0), "identifier", 0);
	/* another referral's patient: the GP side cannot resolve it */
	assert_int_equal(fhir_set_value(fhir_get(id, "value", 0), "HV-43"), BB_OK);
	bb_feedback_new(&back);
	assert_int_equal(mapping_feedback_read(back, b, "x.json", &d), BB_EINPUT);
	assert_non_null(strstr(diag_line(&d, 0), "does not name the patient of referral HV-42"));
	bb_feedback_free(back);
	diag_clear(&d);
	/* (a Task without its parties failing bb-23: tests/profile.test) */
	assert_int_equal(profile_check(&kind, b, "x.json", &d), BB_OK);
	fhir_node_free(b);
	diag_clear(&d);

	/* and without the referral's date there is no feedback message */
	bb_feedback_set(fb, BB_FB_REFERRAL_AUTHORED, NULL);
	assert_int_equal(mapping_feedback_message(&b, fb, &ctx, &d), BB_EINPUT);
	assert_non_null(strstr(diag_line(&d, 0), "feedback.referral_authored: is needed"));
	bb_feedback_free(fb);
	diag_free(&d);
}

/* The Observation in `b` coded in our outcome code system, or NULL. */
static fhir_node *wellbeing_observation(const fhir_node *b)
{
	size_t i;

	for (i = 0; i < fhir_count(b, "entry"); i++) {
		const fhir_node *r = entry_resource(b, i);
		if (strcmp(fhir_node_type_name(r), "Observation") == 0 &&
		    mapping_coding_code(fhir_get(r, "code", 0), SYS_OUTCOME))
			return (fhir_node *)r;
	}
	return NULL;
}

/*
 * Welbevinden is a structured score: 0-10, whole or one decimal, checked
 * by the model (naming feedback.wellbeing), an Observation coded
 * https://beweegbrug.nl/fhir/CodeSystem/outcome#welbevinden in the message,
 * read back from FHIR JSON and XML; a score out of range or a code we do
 * not know in a message is refused, never clipped or guessed.
 */
static void feedback_wellbeing_round_trip(void **state)
{
	static const int formats[] = { FHIR_FORMAT_JSON, FHIR_FORMAT_XML };
	static const char *const bad[] = { "11", "-1", "10.5", "7.55", "07", "zeven", "7,5", "1e1" };
	bb_feedback *fb = sample_feedback("completed"), *back;
	diag_list d = DIAG_LIST_INIT;
	msg_context ctx = { 0 };
	fhir_node *b = NULL, *read = NULL, *obs, *q;
	strbuf out = STRBUF_INIT;
	size_t i;
	int kind = 0;
	(void)state;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		assert_int_equal(bb_feedback_set(fb, BB_FB_WELLBEING, bad[i]), BB_EINPUT);
		assert_non_null(strstr(bb_feedback_problem_at(fb, i), "feedback.wellbeing"));
		assert_non_null(strstr(bb_feedback_problem_at(fb, i), "0 to 10"));
	}
	assert_null(bb_feedback_get(fb, BB_FB_WELLBEING));
	assert_int_equal(bb_feedback_set(fb, BB_FB_WELLBEING, "10"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_WELLBEING, "0"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_WELLBEING, "7.5"), BB_OK);
	/* (the problems above stay with the object; a fresh one carries none) */
	bb_feedback_free(fb);
	fb = sample_feedback("completed");
	bb_feedback_set(fb, BB_FB_WELLBEING, "7.5");

	assert_int_equal(mapping_feedback_message(&b, fb, &ctx, &d), BB_OK);
	obs = wellbeing_observation(b);
	assert_non_null(obs);
	assert_string_equal(mapping_coding_code(fhir_get(obs, "code", 0), SYS_OUTCOME), "welbevinden");
	assert_string_equal(SYS_OUTCOME, "https://beweegbrug.nl/fhir/CodeSystem/outcome");
	assert_null(mapping_coding_code(fhir_get(obs, "code", 0), SYS_LOINC));
	assert_string_equal(mapping_coding_code(fhir_get(obs, "category", 0), SYS_OBS_CATEGORY), "survey");
	q = fhir_get(obs, "valueQuantity", 0);
	assert_string_equal(fhir_get_value(q, "value", 0), "7.5");
	assert_string_equal(fhir_get_value(q, "system", 0), SYS_UCUM);
	assert_string_equal(fhir_get_value(q, "code", 0), "{score}");
	assert_non_null(fhir_get(obs, "subject", 0));
	assert_string_equal(fhir_get_value(obs, "effectiveDateTime", 0), "2027-02-01T09:00:00+01:00");
	assert_int_equal(profile_check(&kind, b, "fb", &d), BB_OK);
	assert_int_equal(d.count, 0);

	for (i = 0; i < 2; i++) {
		strbuf_free(&out);
		assert_int_equal(fhir_write(&out, b, formats[i], 0), BB_OK);
		assert_int_equal(fhir_read(&read, out.data, out.len, "fb", &d), BB_OK);
		assert_int_equal(bb_feedback_new(&back), BB_OK);
		assert_int_equal(mapping_feedback_read(back, read, "fb", &d), BB_OK);
		assert_int_equal(d.count, 0);
		assert_string_equal(bb_feedback_get(back, BB_FB_WELLBEING), "7.5");
		/* a score, not a measurement with a LOINC code, not words */
		assert_int_equal(bb_feedback_measurement_count(back), 0);
		assert_string_equal(bb_feedback_get(back, BB_FB_NARRATIVE), "Trouw aanwezig, 4 kg afgevallen.");
		bb_feedback_free(back);
		fhir_node_free(read);
		read = NULL;
	}

	/* a message whose score is out of range: refused by the reader and by bb-7 */
	assert_int_equal(fhir_set_value(fhir_get(q, "value", 0), "11"), BB_OK);
	bb_feedback_new(&back);
	assert_int_equal(mapping_feedback_read(back, b, "fb.json", &d), BB_EINPUT);
	assert_non_null(strstr(diag_line(&d, 0), "feedback.wellbeing"));
	assert_non_null(strstr(diag_line(&d, 0), "0 to 10"));
	assert_null(bb_feedback_get(back, BB_FB_WELLBEING));
	bb_feedback_free(back);
	diag_clear(&d);
	assert_int_equal(profile_check(&kind, b, "fb.json", &d), BB_EINPUT);
	assert_non_null(strstr(diag_line(&d, 0), "[bb-7] Welbevinden (0-10) is a score from 0 to 10"));
	diag_clear(&d);
	assert_int_equal(fhir_set_value(fhir_get(q, "value", 0), "7"), BB_OK);
	/* its unit must be the score's */
	assert_int_equal(fhir_set_value(fhir_get(q, "code", 0), "kg"), BB_OK);
	bb_feedback_new(&back);
	assert_int_equal(mapping_feedback_read(back, b, "fb.json", &d), BB_EINPUT);
	assert_non_null(strstr(diag_line(&d, 0), "needs a valueQuantity with UCUM code {score}"));
	bb_feedback_free(back);
	diag_clear(&d);
	assert_int_equal(fhir_set_value(fhir_get(q, "code", 0), "{score}"), BB_OK);
	/* "{score}" of another unit system is not our score either */
	assert_int_equal(fhir_set_value(fhir_get(q, "system", 0), "urn:local:units"), BB_OK);
	bb_feedback_new(&back);
	assert_int_equal(mapping_feedback_read(back, b, "fb.json", &d), BB_EINPUT);
	assert_non_null(strstr(diag_line(&d, 0), "needs a valueQuantity with UCUM code {score}"));
	bb_feedback_free(back);
	diag_clear(&d);
	assert_int_equal(fhir_set_value(fhir_get(q, "system", 0), SYS_UCUM), BB_OK);
	/* a code of our system that we do not have: refused, not read as welbevinden */
	assert_int_equal(fhir_set_value(fhir_get(fhir_get(fhir_get(obs, "code", 0), "coding", 0), "code", 0),
					"geluk"), BB_OK);
	bb_feedback_new(&back);
	assert_int_equal(mapping_feedback_read(back, b, "fb.json", &d), BB_EINPUT);
	assert_non_null(strstr(diag_line(&d, 0), "\"geluk\" is not a code of https://beweegbrug.nl/fhir/CodeSystem/outcome"));
	assert_null(bb_feedback_get(back, BB_FB_WELLBEING));
	bb_feedback_free(back);
	diag_clear(&d);
	assert_int_equal(profile_check(&kind, b, "fb.json", &d), BB_EINPUT);
	assert_non_null(strstr(diag_line(&d, 0), "[bb-7] \"geluk\" is not a code of"));
	diag_clear(&d);
	assert_int_equal(fhir_set_value(fhir_get(fhir_get(fhir_get(obs, "code", 0), "coding", 0), "code", 0),
					"welbevinden"), BB_OK);
	/* "<7" is a bound, not a score of 7: refused, never filed as 7 */
	fhir_set(q, "comparator", "<");
	assert_false(fhir_errors(q));
	bb_feedback_new(&back);
	assert_int_equal(mapping_feedback_read(back, b, "fb.json", &d), BB_EINPUT);
	assert_non_null(strstr(diag_line(&d, 0), "comparator \"<\" is a bound, not a score"));
	assert_null(bb_feedback_get(back, BB_FB_WELLBEING));
	bb_feedback_free(back);
	diag_clear(&d);

	strbuf_free(&out);
	fhir_node_free(b);
	bb_feedback_free(fb);
	diag_free(&d);
}

/* A triage outcome: the referral's Task completed, a child Task forwards. */
static void feedback_forward_round_trip(void **state)
{
	bb_feedback *fb = sample_feedback("completed"), *back;
	diag_list d = DIAG_LIST_INIT;
	msg_context ctx = { 0 };
	fhir_node *b = NULL, *read = NULL;
	const fhir_node *task, *child, *org;
	strbuf json = STRBUF_INIT;
	(void)state;

	bb_feedback_set(fb, BB_FB_FORWARDED_TRACK, "beweegcoach");
	bb_feedback_set(fb, BB_FB_FORWARDED_ORGANIZATION, "Beweegcoaches Heuvelland");
	bb_feedback_set(fb, BB_FB_FORWARDED_AGB, "04000002");
	bb_feedback_set(fb, BB_FB_FORWARDED_STATUS, "accepted");
	assert_int_equal(mapping_feedback_message(&b, fb, &ctx, &d), BB_OK);
	task = mapping_resolve(b, fhir_get(entry_resource(b, 0), "focus", 0));
	assert_int_equal(forward_children(b, task, &child), 1);
	assert_true(forward_flagged(task));
	assert_string_equal(mapping_coding_code(fhir_get(task, "businessStatus", 0), SYS_BSER_BUSINESS_STATUS), "7.0");
	assert_string_equal(fhir_get_value(child, "status", 0), "accepted");
	assert_string_equal(mapping_coding_code(fhir_get(child, "businessStatus", 0), SYS_BSER_BUSINESS_STATUS), "3.0");
	org = mapping_resolve(b, fhir_get(child, "owner", 0));
	assert_string_equal(fhir_get_value(org, "name", 0), "Beweegcoaches Heuvelland");

	assert_int_equal(fhir_write(&json, b, FHIR_FORMAT_JSON, 0), BB_OK);
	assert_int_equal(fhir_read(&read, json.data, json.len, "fb.json", &d), BB_OK);
	assert_int_equal(bb_feedback_new(&back), BB_OK);
	assert_int_equal(mapping_feedback_read(back, read, "fb.json", &d), BB_OK);
	assert_int_equal(d.count, 0);
	assert_string_equal(bb_feedback_get(back, BB_FB_STATUS), "completed");
	assert_string_equal(bb_feedback_get(back, BB_FB_FORWARDED_TRACK), "beweegcoach");
	assert_string_equal(bb_feedback_get(back, BB_FB_FORWARDED_ORGANIZATION), "Beweegcoaches Heuvelland");
	assert_string_equal(bb_feedback_get(back, BB_FB_FORWARDED_AGB), "04000002");
	assert_string_equal(bb_feedback_get(back, BB_FB_FORWARDED_STATUS), "accepted");
	strbuf_free(&json);
	fhir_node_free(b);
	fhir_node_free(read);
	bb_feedback_free(back);

	/* a forward ends the triage: not while the Task is still in progress */
	bb_feedback_set(fb, BB_FB_STATUS, "in-progress");
	bb_feedback_set(fb, BB_FB_FORWARDED_ORGANIZATION, NULL);
	bb_feedback_set(fb, BB_FB_FORWARDED_STATUS, "failed");
	diag_clear(&d);
	assert_int_equal(mapping_feedback_message(&b, fb, &ctx, &d), BB_EINPUT);
	assert_int_equal(d.count, 3);
	assert_string_equal(diag_line(&d, 0), "feedback.forwarded.organization: is needed: the GP reads who takes the patient on");
	assert_string_equal(diag_line(&d, 1), "feedback.status: a forward ends the triage: the status is completed, not in-progress");
	assert_string_equal(diag_line(&d, 2), "feedback.forwarded.status: failed needs a reason, which a forward does not carry");
	assert_int_equal(bb_feedback_set(fb, BB_FB_FORWARDED_TRACK, "yoga"), BB_EINPUT);
	bb_feedback_free(fb);
	diag_free(&d);
}

static void feedback_that_breaks_the_table(void **state)
{
	bb_feedback *fb = sample_feedback("completed");
	diag_list d = DIAG_LIST_INIT;
	msg_context ctx = { 0 };
	fhir_node *b = NULL;
	(void)state;

	bb_feedback_set(fb, BB_FB_BUSINESS_STATUS, "3.0");
	assert_int_equal(mapping_feedback_message(&b, fb, &ctx, &d), BB_EINPUT);
	assert_string_equal(diag_line(&d, 0), "feedback.business_status: \"3.0\" does not go with status completed");
	bb_feedback_free(fb);

	diag_clear(&d);
	fb = sample_feedback("rejected");
	assert_int_equal(mapping_feedback_message(&b, fb, &ctx, &d), BB_EINPUT);
	assert_string_equal(diag_line(&d, 0), "feedback.reason_text: is needed when the status is rejected");
	bb_feedback_set(fb, BB_FB_REASON_CODE, "geen-plek");
	diag_clear(&d);
	assert_int_equal(mapping_feedback_message(&b, fb, &ctx, &d), BB_OK);
	assert_string_equal(mapping_coding_code(fhir_get(mapping_first_of_type(b, "Task"), "statusReason", 0), SYS_STOP_REASON), "geen-plek");
	assert_string_equal(mapping_coding_code(fhir_get(mapping_first_of_type(b, "Task"), "businessStatus", 0), SYS_BSER_BUSINESS_STATUS), "4.0");
	fhir_node_free(b);
	bb_feedback_set(fb, BB_FB_REASON_CODE, "zomaar");
	diag_clear(&d);
	assert_int_equal(mapping_feedback_message(&b, fb, &ctx, &d), BB_EINPUT);
	assert_string_equal(diag_line(&d, 0), "feedback.reason_code: \"zomaar\" is not a Beweegbrug stop or decline reason");
	bb_feedback_free(fb);
	diag_free(&d);
}

static void reading_feedback_checks_the_table(void **state)
{
	bb_feedback *fb = sample_feedback("accepted"), *back;
	diag_list d = DIAG_LIST_INIT;
	msg_context ctx = { 0 };
	fhir_node *b = NULL, *task, *bs;
	(void)state;

	assert_int_equal(mapping_feedback_message(&b, fb, &ctx, &d), BB_OK);
	/* a receiver's software that pairs "accepted" with "completed" (7.0) */
	task = (fhir_node *)mapping_first_of_type(b, "Task");
	bs = fhir_get(fhir_get(task, "businessStatus", 0), "coding", 0);
	assert_int_equal(fhir_set_value(fhir_get(bs, "code", 0), "7.0"), BB_OK);
	bb_feedback_new(&back);
	assert_int_equal(mapping_feedback_read(back, b, "x.json", &d), BB_EINPUT);
	assert_string_equal(diag_line(&d, 0),
			    "x.json: Bundle.entry[1].resource.businessStatus: business status 7.0 does not go with the Task's status");
	bb_feedback_free(back);
	/* and one that sends a Task back to requested */
	diag_clear(&d);
	assert_int_equal(fhir_set_value(fhir_get(task, "status", 0), "requested"), BB_OK);
	bb_feedback_new(&back);
	assert_int_equal(mapping_feedback_read(back, b, "x.json", &d), BB_EINPUT);
	assert_string_equal(diag_line(&d, 0),
			    "x.json: Bundle.entry[1].resource.status: \"requested\" is not a status a receiver reports");
	bb_feedback_free(back);
	fhir_node_free(b);
	bb_feedback_free(fb);
	diag_free(&d);
}

static void task_transitions(void **state)
{
	(void)state;
	assert_true(task_transition_ok("requested", "accepted"));
	assert_true(task_transition_ok("requested", "rejected"));
	assert_true(task_transition_ok("accepted", "in-progress"));
	assert_true(task_transition_ok("in-progress", "in-progress")); /* progress report */
	assert_true(task_transition_ok("in-progress", "completed"));
	assert_true(task_transition_ok("on-hold", "in-progress"));
	/* a late "accepted" never overwrites a "completed" */
	assert_false(task_transition_ok("completed", "accepted"));
	assert_false(task_transition_ok("completed", "completed"));
	assert_false(task_transition_ok("rejected", "accepted"));
	assert_false(task_transition_ok("in-progress", "rejected"));
	assert_false(task_transition_ok("accepted", "received"));
	assert_false(task_transition_ok("accepted", "bogus"));
	assert_true(task_business_ok("accepted", "5.1.1"));
	assert_false(task_business_ok("accepted", "7.0"));
	assert_string_equal(task_default_business("failed")->code, "6.0");
	assert_true(task_needs_reason("failed"));
	assert_false(task_needs_reason("completed"));
	assert_true(bb_task_transition_ok("received", "accepted"));
	assert_false(bb_task_transition_ok(NULL, "accepted"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(referral_message_shape),
		cmocka_unit_test(referral_without_what_it_needs),
		cmocka_unit_test(referral_triage_content),
		cmocka_unit_test(feedback_round_trip),
		cmocka_unit_test(feedback_names_the_patient),
		cmocka_unit_test(feedback_forward_round_trip),
		cmocka_unit_test(feedback_wellbeing_round_trip),
		cmocka_unit_test(feedback_that_breaks_the_table),
		cmocka_unit_test(reading_feedback_checks_the_table),
		cmocka_unit_test(task_transitions),
		cmocka_unit_test(consent_not_yet_asked),
	};

	return cmocka_run_group_tests_name("mapping", tests, NULL, NULL);
}
