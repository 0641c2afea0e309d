/*
 * The Beweegbrug message profile: rules beyond what the FHIR R4 schema
 * can say (schemas/README.md lists them with their ids). Each problem is
 * reported with the rule id and the FHIR path, all of them in one pass.
 *
 * The rules look at a message as a whole: that its parts point at each
 * other correctly, that identifiers are real Dutch identifiers, that codes
 * come from the systems we promise, and that the Task tells a story the
 * Task table allows.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "build.h"
#include "forward.h"
#include "mapping.h"
#include "model/bsn.h"
#include "model/model.h"
#include "naming.h"
#include "profile.h"
#include "task_states.h"
#include "terminology/terms.h"

typedef struct checker {
	const fhir_node *bundle;
	mapping_index ix;          /* the entries by fullUrl */
	const char *source;
	diag_list *d;
	int *no_consent;      /* non-NULL: a referral may lack its Consent (not to be sent) */
} checker;

static void fail(checker *k, const fhir_node *at, const char *rule, const char *fmt, ...)
	DIAG_PRINTF(4, 5);

static void fail(checker *k, const fhir_node *at, const char *rule, const char *fmt, ...)
{
	char *path, *msg;
	va_list ap;

	if (diag_full(k->d)) {          /* counted, not described */
		diag_add(k->d, BB_EINPUT, k->source, 0, NULL, "[%s]", rule);
		return;
	}
	path = at ? fhir_node_path(at) : NULL;
	va_start(ap, fmt);
	msg = str_vprintf(fmt, ap);
	va_end(ap);
	diag_add(k->d, BB_EINPUT, k->source, 0, path, "[%s] %s", rule, msg ? msg : "?");
	free(msg);
	free(path);
}

static const char *type_of(const fhir_node *n)
{
	return n ? fhir_node_type_name(n) : "";
}

static const fhir_node *resource_at(const checker *k, size_t i)
{
	return fhir_get(fhir_get(k->bundle, "entry", i), "resource", 0);
}

/* ---- the whole Bundle -------------------------------------------------- */

static void check_entries(checker *k)
{
	size_t i, j, n = fhir_count(k->bundle, "entry");

	if (n == 0 || strcmp(type_of(resource_at(k, 0)), "MessageHeader") != 0)
		fail(k, n ? fhir_get(k->bundle, "entry", 0) : k->bundle, "bdl-12",
		     "a message Bundle starts with its MessageHeader");
	for (i = 0; i < n; i++) {
		const fhir_node *e = fhir_get(k->bundle, "entry", i);
		const char *url = fhir_get_value(e, "fullUrl", 0);

		if (!url || strncmp(url, "urn:uuid:", 9) != 0 || !mapping_uuid_is_valid(url + 9)) {
			fail(k, e, "bb-2", "fullUrl must be urn:uuid: with a lower-case UUID, not \"%s\"",
			     url ? url : "");
			continue;
		}
		j = mapping_index_first(&k->ix, url);
		if (j < i)
			fail(k, e, "bdl-7", "fullUrl %s is also the fullUrl of entry[%zu]", url, j);
	}
}

/* Which resource types each reference element of our message may point at. */
static const struct {
	const char *resource, *element, *targets;
} ref_targets[] = {
	{ "MessageHeader", "focus", "Task" },
	{ "MessageHeader", "sender", "PractitionerRole Organization" },
	{ "MessageHeader.destination", "receiver", "Organization" },
	{ "Task", "focus", "ServiceRequest" },
	{ "Task", "for", "Patient" },
	{ "Task", "requester", "PractitionerRole Organization" },
	{ "Task", "basedOn", "ServiceRequest" },
	{ "Task", "owner", "Organization" },
	{ "Task", "partOf", "Task" },
	{ "Task.output", "valueReference", "Observation" },
	{ "ServiceRequest", "subject", "Patient" },
	{ "ServiceRequest", "requester", "PractitionerRole" },
	{ "ServiceRequest", "performer", "Organization" },
	{ "ServiceRequest", "reasonReference", "Condition" },
	{ "ServiceRequest", "supportingInfo", "Observation Consent" },
	{ "PractitionerRole", "practitioner", "Practitioner" },
	{ "PractitionerRole", "organization", "Organization" },
	{ "Condition", "subject", "Patient" },
	{ "Observation", "subject", "Patient" },
	{ "Consent", "patient", "Patient" },
	{ "Consent", "performer", "Patient" },
	{ "Consent.provision.actor", "reference", "Organization" },
	{ "Goal", "subject", "Patient" },
	{ "Goal", "expressedBy", "Patient" },
};

static const char *allowed_targets(const fhir_node *ref)
{
	const fhir_node *parent = fhir_parent(ref);
	const char *pt = type_of(parent), *name = fhir_node_name(ref);
	const char *url = fhir_get_value(parent, "url", 0);
	size_t i;

	/* an extension's reference is typed by the extension's definition */
	if (strcmp(pt, "Extension") == 0 && url && strcmp(url, EXT_PERTAINS_TO_GOAL) == 0)
		return "Goal";
	for (i = 0; i < sizeof(ref_targets) / sizeof(ref_targets[0]); i++)
		if (strcmp(ref_targets[i].resource, pt) == 0 && strcmp(ref_targets[i].element, name) == 0)
			return ref_targets[i].targets;
	return NULL;
}

static int word_in(const char *list, const char *word)
{
	size_t n = strlen(word);
	const char *p = list;

	for (; (p = strstr(p, word)) != NULL; p += n)
		if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return 1;
	return 0;
}

/* bb-3: every urn:uuid reference resolves, to a resource of an allowed type. */
static void check_references(checker *k, const fhir_node *n)
{
	size_t i;

	if (strcmp(type_of(n), "Reference") == 0) {
		const char *url = fhir_get_value(n, "reference", 0);
		if (url && strncmp(url, "urn:uuid:", 9) == 0) {
			const fhir_node *target = mapping_index_resolve(&k->ix, n);
			const char *allowed = allowed_targets(n);
			if (!target)
				fail(k, n, "bb-3", "%s is not the fullUrl of any entry", url);
			else if (allowed && !word_in(allowed, type_of(target)))
				fail(k, n, "bb-3", "points at a %s; expected %s", type_of(target), allowed);
		}
	}
	/* Trees are at most FHIR_MAX_DEPTH deep, so the recursion is bounded. */
	for (i = 0; i < fhir_child_count(n); i++)
		check_references(k, fhir_child(n, i));
}

/* bb-6: identifiers in the Dutch systems are real ones. */
static void check_identifier(checker *k, const fhir_node *id)
{
	const char *system = fhir_get_value(id, "system", 0);
	const char *value = fhir_get_value(id, "value", 0);

	if (!system || !value)
		return;
	if (strcmp(system, SYS_BSN) == 0 && !model_bsn_is_valid(value))
		fail(k, id, "bb-6", "BSN \"%s\" is not 9 digits passing the elfproef", value);
	else if ((strcmp(system, SYS_AGB) == 0 || strcmp(system, SYS_URA) == 0) && !model_is_digits(value, 8))
		fail(k, id, "bb-6", "%s \"%s\" is not 8 digits",
		     strcmp(system, SYS_AGB) == 0 ? "AGB code" : "URA number", value);
	else if (strcmp(system, SYS_BIG) == 0 && !model_is_digits(value, 11))
		fail(k, id, "bb-6", "BIG number \"%s\" is not 11 digits", value);
	else if (strcmp(system, SYS_UZI) == 0 && !model_is_digits(value, 9))
		fail(k, id, "bb-6", "UZI number \"%s\" is not 9 digits", value);
}

static void check_identifiers(checker *k, const fhir_node *n)
{
	size_t i;

	if (strcmp(type_of(n), "Identifier") == 0)
		check_identifier(k, n);
	for (i = 0; i < fhir_child_count(n); i++)
		check_identifiers(k, fhir_child(n, i));
}

/* bb-7: codes come from the systems we promise. */
static void check_codes(checker *k, const fhir_node *res)
{
	const char *type = type_of(res);
	const fhir_node *code = fhir_get(res, "code", 0);
	size_t i;

	if (strcmp(type, "Observation") == 0) {
		const char *loinc = mapping_coding_code(code, SYS_LOINC);
		const char *ours = mapping_coding_code(code, SYS_OUTCOME);
		const fhir_node *q = fhir_get(res, "valueQuantity", 0);
		const term_outcome *row = ours ? term_outcome_lookup(ours) : NULL;
		if (!loinc && !ours && !mapping_coding_code(code, SYS_SNOMED))
			fail(k, code ? code : res, "bb-7", "an Observation is coded in LOINC (or SNOMED for session counts, "
			     SYS_OUTCOME " for welbevinden)");
		else if (ours && !row)
			fail(k, code, "bb-7", "\"%.40s\" is not a code of " SYS_OUTCOME, ours);
		else if (row && !term_score_ok(fhir_get_value(q, "value", 0), row->low, row->high))
			fail(k, q ? q : res, "bb-7", "%s is a score from %d to %d", row->display, row->low, row->high);
		else if (loinc && !model_loinc_is_valid(loinc))
			fail(k, code, "bb-7", "LOINC code \"%s\" has a wrong check digit", loinc);
		if (q && fhir_get(q, "code", 0) &&
		    (!fhir_get_value(q, "system", 0) || strcmp(fhir_get_value(q, "system", 0), SYS_UCUM) != 0))
			fail(k, q, "bb-7", "a coded quantity uses UCUM (" SYS_UCUM ")");
	} else if (strcmp(type, "Condition") == 0) {
		const char *icpc = mapping_coding_code(code, SYS_ICPC);
		if (icpc && !model_icpc_code_ok(icpc))
			fail(k, code, "bb-7", "\"%s\" is not an ICPC-1-NL code", icpc);
	} else if (strcmp(type, "ServiceRequest") == 0) {
		for (i = 0; i < fhir_count(res, "reasonCode"); i++) {
			const fhir_node *rc = fhir_get(res, "reasonCode", i);
			const char *icpc = mapping_coding_code(rc, SYS_ICPC);
			if (!fhir_get(rc, "text", 0))
				fail(k, rc, "bb-7", "every reason carries the GP's text");
			if (icpc && !model_icpc_code_ok(icpc))
				fail(k, rc, "bb-7", "\"%s\" is not an ICPC-1-NL code", icpc);
		}
	}
}

/* ---- the MessageHeader and the Task ------------------------------------ */

static const fhir_node *check_header(checker *k, const fhir_node *h)
{
	const fhir_node *ev = fhir_get(h, "eventCoding", 0);
	const char *sys = fhir_get_value(ev, "system", 0), *code = fhir_get_value(ev, "code", 0);
	const fhir_node *task;

	if (!fhir_get(h, "id", 0))
		fail(k, h, "bb-4", "the MessageHeader needs an id: receivers use it to drop duplicates");
	if (!fhir_get(k->bundle, "identifier", 0) || !fhir_get(k->bundle, "timestamp", 0))
		fail(k, k->bundle, "bb-4", "a message Bundle has an identifier and a timestamp");
	if (!sys || !code || strcmp(sys, SYS_V2_0003) != 0 || strcmp(code, "I12") != 0)
		fail(k, ev ? ev : h, "bb-5", "the event is " SYS_V2_0003 "#I12 (REF/RRI - Patient referral)");
	if (fhir_count(h, "focus") != 1) {
		fail(k, h, "bb-5", "the MessageHeader has exactly one focus: the Task");
		return NULL;
	}
	task = mapping_index_resolve(&k->ix, fhir_get(h, "focus", 0));
	if (!task || strcmp(type_of(task), "Task") != 0) {
		fail(k, fhir_get(h, "focus", 0), "bb-5", "the focus is the Task in this message");
		return NULL;
	}
	return task;
}

/* The PLAC identifier of a Task or ServiceRequest, or NULL. */
static const fhir_node *placer_id(const fhir_node *res)
{
	size_t i;

	for (i = 0; i < fhir_count(res, "identifier"); i++) {
		const fhir_node *id = fhir_get(res, "identifier", i);
		const char *t = mapping_coding_code(fhir_get(id, "type", 0), SYS_V2_0203);
		if (t && strcmp(t, "PLAC") == 0)
			return id;
	}
	return NULL;
}

static void check_placer(checker *k, const fhir_node *res)
{
	const fhir_node *id = placer_id(res);
	const char *system = fhir_get_value(id, "system", 0);
	size_t n = strlen(SYS_REFERRAL_PREFIX);

	if (!id || !fhir_get(id, "value", 0))
		fail(k, res, "bb-10", "the referral is identified by a PLAC identifier with a value");
	else if (!system || strncmp(system, SYS_REFERRAL_PREFIX, n) != 0 || !model_is_digits(system + n, 8))
		fail(k, id, "bb-10", "the PLAC identifier's system is " SYS_REFERRAL_PREFIX "<practice AGB>");
}

static void require(checker *k, const fhir_node *res, const char *element, const char *rule,
		    const char *why)
{
	if (!fhir_get(res, element, 0))
		fail(k, res, rule, "%s is required: %s", element, why);
}

static void check_referral(checker *k, const fhir_node *h, const fhir_node *task)
{
	const fhir_node *sr, *consent, *prov;
	const char *bs = mapping_coding_code(fhir_get(task, "businessStatus", 0), SYS_BSER_BUSINESS_STATUS);
	const char *a, *b;
	size_t i, patients = 0;

	check_placer(k, task);
	if (!bs || strcmp(bs, "2.0") != 0)
		fail(k, task, "bb-10", "a new referral's Task has business status 2.0 (Service Request Created)");
	if (!mapping_coding_code(fhir_get(task, "code", 0), SYS_TASK_CODE))
		fail(k, task, "bb-10", "the Task's code is " SYS_TASK_CODE "#fulfill");
	require(k, task, "for", "bb-10", "whom the referral is for");
	require(k, task, "requester", "bb-10", "who refers");
	require(k, task, "owner", "bb-10", "who is asked to act");
	require(k, task, "authoredOn", "bb-10", "when the GP referred");
	if (fhir_get_value(task, "intent", 0) && strcmp(fhir_get_value(task, "intent", 0), "order") != 0)
		fail(k, task, "bb-10", "the Task's intent is order");

	sr = mapping_index_resolve(&k->ix, fhir_get(task, "focus", 0));
	if (!sr) {
		fail(k, task, "bb-11", "the Task's focus is the ServiceRequest in this message");
	} else {
		check_placer(k, sr);
		a = fhir_get_value(placer_id(task), "value", 0);
		b = fhir_get_value(placer_id(sr), "value", 0);
		if (a && b && strcmp(a, b) != 0)
			fail(k, sr, "bb-11", "the ServiceRequest's PLAC id \"%s\" differs from the Task's \"%s\"", b, a);
		require(k, sr, "requester", "bb-11", "who refers");
		if (!fhir_get(sr, "reasonCode", 0))
			fail(k, sr, "bb-11", "a referral gives at least one reason");
	}
	if (!fhir_get(h, "destination", 0) || !fhir_get(fhir_get(h, "destination", 0), "receiver", 0))
		fail(k, h, "bb-12", "a referral names its destination and receiver");
	require(k, h, "sender", "bb-12", "the referring PractitionerRole");

	for (i = 0; i < fhir_count(k->bundle, "entry"); i++)
		if (strcmp(type_of(resource_at(k, i)), "Patient") == 0)
			patients++;
	if (patients != 1)
		fail(k, k->bundle, "bb-14", "a referral is about exactly one Patient, not %zu", patients);

	consent = mapping_first_of_type(k->bundle, "Consent");
	if (!consent && k->no_consent) {
		*k->no_consent = 1;
		return;
	}
	if (!consent) {
		fail(k, k->bundle, "bb-13", "no referral leaves without the patient's Consent");
		return;
	}
	prov = fhir_get(consent, "provision", 0);
	if (!fhir_get_value(consent, "status", 0) || strcmp(fhir_get_value(consent, "status", 0), "active") != 0)
		fail(k, consent, "bb-13", "the Consent is active");
	if (!fhir_get_value(prov, "type", 0) || strcmp(fhir_get_value(prov, "type", 0), "permit") != 0)
		fail(k, prov ? prov : consent, "bb-13", "the Consent permits (provision.type permit)");
	a = fhir_get_value(fhir_get(fhir_get(prov, "actor", 0), "reference", 0), "reference", 0);
	b = fhir_get_value(fhir_get(task, "owner", 0), "reference", 0);
	if (!a || !b || strcmp(a, b) != 0)
		fail(k, prov ? prov : consent, "bb-13",
		     "the Consent's actor is the receiver the Task goes to (Task.owner)");
}

/* Does CodeableConcept `cc` have a coding system#code? */
static int has_coding(const fhir_node *cc, const char *system, const char *code)
{
	const char *c = mapping_coding_code(cc, system);
	return c && strcmp(c, code) == 0;
}

/*
 * bb-22: a triage that forwards. The referral's Task is completed with
 * business status 7.0 and triaged-forwarded; exactly one Task is partOf
 * it, owned by an Organization in the message that has a name, with the
 * track as input and a status the Task table allows.
 */
static void check_forward(checker *k, const fhir_node *task)
{
	const fhir_node *child, *org, *bs = fhir_get(task, "businessStatus", 0);
	const char *status = fhir_get_value(task, "status", 0), *cstatus, *cbs, *track = NULL;
	size_t i, n = forward_children(k->bundle, task, &child);

	if (n == 0) {
		if (forward_flagged(task))
			fail(k, bs, "bb-22", "a triage that forwards has a Task partOf the referral's Task");
		return;
	}
	if (n > 1)
		fail(k, task, "bb-22", "a triage forwards to one track, not %zu", n);
	if (!status || strcmp(status, "completed") != 0 || !has_coding(bs, SYS_BSER_BUSINESS_STATUS, "7.0") ||
	    !forward_flagged(task))
		fail(k, task, "bb-22", "a forward completes the referral's Task: status completed, business "
		     "status 7.0 and " SYS_BUSINESS_STATUS "#" BUSINESS_TRIAGED_FORWARDED);
	cstatus = fhir_get_value(child, "status", 0);
	cbs = mapping_coding_code(fhir_get(child, "businessStatus", 0), SYS_BSER_BUSINESS_STATUS);
	if (!task_status_known(cstatus))
		fail(k, child, "bb-22", "\"%s\" is not a status of a referral Task", cstatus ? cstatus : "");
	else if (cbs && !task_business_ok(cstatus, cbs))
		fail(k, fhir_get(child, "businessStatus", 0), "bb-22",
		     "business status %s does not go with status %s", cbs, cstatus);
	for (i = 0; !track && i < fhir_count(child, "input"); i++)
		track = mapping_coding_code(fhir_get(fhir_get(child, "input", i), "valueCodeableConcept", 0),
				       SYS_TRACK);
	if (!track || !mapping_track_display(track))
		fail(k, child, "bb-22", "the forwarded Task names its track in input (" SYS_TRACK
		     ": physio, specialist or beweegcoach)");
	org = mapping_index_resolve(&k->ix, fhir_get(child, "owner", 0));
	if (!org || strcmp(type_of(org), "Organization") != 0 || !fhir_get(org, "name", 0))
		fail(k, fhir_get(child, "owner", 0) ? fhir_get(child, "owner", 0) : child, "bb-22",
		     "the forwarded Task's owner is an Organization in the message, with a name");
}

/* A logical reference to a Patient: by identifier, with a system and a value. */
static int names_patient(const fhir_node *ref)
{
	const fhir_node *id = fhir_get(ref, "identifier", 0);
	const char *type = fhir_get_value(ref, "type", 0);

	return id && fhir_get(id, "system", 0) && fhir_get(id, "value", 0) &&
	       (!type || strcmp(type, "Patient") == 0) && !fhir_get(ref, "reference", 0);
}

/*
 * bb-23: the feedback's Task is the referral's Task (BSeR): it names the
 * patient (by identifier), who asked, who answers (an Organization in the
 * message), when the GP referred and the ServiceRequest it is based on;
 * the MessageHeader names its sender and receiver; every Observation is
 * about the Task's patient.
 */
static void check_parties(checker *k, const fhir_node *task)
{
	const fhir_node *h = resource_at(k, 0), *owner, *pfor = fhir_get(task, "for", 0);
	const char *pid = fhir_get_value(fhir_get(pfor, "identifier", 0), "value", 0);
	size_t i;

	if (!pfor || !names_patient(pfor))
		fail(k, pfor ? pfor : task, "bb-23", "the Task names its patient by identifier (for): "
		     "the BSN or the referral's patient identifier, no Patient resource");
	require(k, task, "requester", "bb-23", "who referred");
	require(k, task, "authoredOn", "bb-23", "when the GP referred");
	require(k, task, "basedOn", "bb-23", "the referral's ServiceRequest");
	owner = mapping_index_resolve(&k->ix, fhir_get(task, "owner", 0));
	if (!owner || strcmp(type_of(owner), "Organization") != 0 ||
	    (!fhir_get(owner, "name", 0) && !fhir_get(owner, "identifier", 0)))
		fail(k, fhir_get(task, "owner", 0) ? fhir_get(task, "owner", 0) : task, "bb-23",
		     "the Task's owner is an Organization in the message, with a name or identifier");
	require(k, h, "sender", "bb-23", "the receiver that answers");
	if (!fhir_get(fhir_get(h, "destination", 0), "receiver", 0))
		fail(k, h, "bb-23", "the MessageHeader names the practice it answers (destination.receiver)");
	for (i = 0; i < fhir_count(k->bundle, "entry"); i++) {
		const fhir_node *r = resource_at(k, i), *subj;
		const char *sid;
		if (strcmp(type_of(r), "Observation") != 0)
			continue;
		subj = fhir_get(r, "subject", 0);
		sid = fhir_get_value(fhir_get(subj, "identifier", 0), "value", 0);
		if (!subj || !names_patient(subj) || (pid && sid && strcmp(pid, sid) != 0))
			fail(k, subj ? subj : r, "bb-23", "an Observation is about the Task's patient "
			     "(subject, by the same identifier as Task.for)");
	}
}

static void check_feedback(checker *k, const fhir_node *task)
{
	const char *status = fhir_get_value(task, "status", 0);
	const char *bs = mapping_coding_code(fhir_get(task, "businessStatus", 0), SYS_BSER_BUSINESS_STATUS);

	check_placer(k, task);
	if (!task_status_known(status))
		fail(k, task, "bb-20", "\"%s\" is not a status of a referral Task", status ? status : "");
	else if (bs && !task_business_ok(status, bs))
		fail(k, fhir_get(task, "businessStatus", 0), "bb-20",
		     "business status %s does not go with status %s", bs, status);
	if (status && task_needs_reason(status) && !fhir_get(task, "statusReason", 0))
		fail(k, task, "bb-20", "a Task that is %s says why (statusReason)", status);
	if (mapping_first_of_type(k->bundle, "Patient"))
		fail(k, k->bundle, "bb-21", "feedback carries no patient data: the GP has it already");
	check_parties(k, task);
	check_forward(k, task);
}

static int check(int *kind, int *no_consent, const fhir_node *bundle, const char *source,
		 diag_list *d)
{
	checker k = { .bundle = bundle, .source = source, .d = d, .no_consent = no_consent };
	const fhir_node *h, *task;
	/* dropped too: a list that is full already only counts what it is told */
	size_t i, before = d->count + d->dropped, entries = fhir_count(bundle, "entry");
	const char *type = fhir_get_value(bundle, "type", 0);

	*kind = 0;
	if (strcmp(type_of(bundle), "Bundle") != 0 || !type || strcmp(type, "message") != 0) {
		fail(&k, bundle, "bb-1", "a Beweegbrug message is a Bundle of type message");
		return BB_EINPUT;
	}
	if (entries > PROFILE_MAX_ENTRIES) {
		fail(&k, bundle, "bb-1", "a Beweegbrug message has at most %d entries, not %zu",
		     PROFILE_MAX_ENTRIES, entries);
		return BB_EINPUT;
	}
	mapping_index_make(&k.ix, bundle);
	check_entries(&k);
	check_references(&k, bundle);
	check_identifiers(&k, bundle);
	for (i = 0; i < fhir_count(bundle, "entry"); i++)
		check_codes(&k, resource_at(&k, i));
	h = resource_at(&k, 0);
	task = h && strcmp(type_of(h), "MessageHeader") == 0 ? check_header(&k, h) : NULL;
	if (task) {
		const char *status = fhir_get_value(task, "status", 0);
		*kind = status && strcmp(status, "requested") == 0 ? PROFILE_REFERRAL : PROFILE_FEEDBACK;
		if (*kind == PROFILE_REFERRAL)
			check_referral(&k, h, task);
		else
			check_feedback(&k, task);
	}
	mapping_index_free(&k.ix);
	return d->count + d->dropped > before ? BB_EINPUT : BB_OK;
}

int profile_check(int *kind, const fhir_node *bundle, const char *source, diag_list *d)
{
	return check(kind, NULL, bundle, source, d);
}

int profile_check_unsent(int *kind, int *no_consent, const fhir_node *bundle, const char *source,
			 diag_list *d)
{
	*no_consent = 0;
	return check(kind, no_consent, bundle, source, d);
}
