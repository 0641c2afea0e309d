/*
 * bb_feedback <-> FHIR R4 feedback message (standards.md §5.2).
 *
 * The message carries the updated Task: the same PLAC identifier the GP's
 * referral had (so the GP side can find its referral), the receiver's own
 * FILL identifier, status + business status + reason, and as outputs the
 * outcome Observations (BMI, weight, sessions attended / missed) and the
 * intake date; after a stadspoli's triage, the forward (forward.c). As
 * in BSeR it is the referral's own Task: for, requester, owner, authoredOn
 * and basedOn as the referral said (feedback_parties.c). It carries no
 * patient data: the patient is named by identifier, the GP already has
 * the rest, and what is not sent cannot leak.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "build.h"
#include "claims.h"
#include "feedback_parties.h"
#include "forward.h"
#include "loinc.h"
#include "mapping.h"
#include "observation.h"
#include "model/model.h"
#include "naming.h"
#include "util/strutil.h"
#include "task_states.h"
#include "terminology/terms.h"

#define OUTPUT_OUTCOME "Terugkoppeling beweegcoach"
#define OUTPUT_INTAKE "Intakedatum"
/* the receiver's own words: their plan, and what they propose the GP does */
#define OUTPUT_PLAN "Plan aanbieder"
#define OUTPUT_PROPOSAL "Voorstel aanbieder"
/* codes in SYS_MONITORING_OUTPUT: the terminology core's table (terminology/monitoring.c) */
#define MONITOR_FOLLOWUP TERM_MONITOR_FOLLOWUP
#define MONITOR_ACTIVE TERM_MONITOR_ACTIVE
#define MONITOR_PER_WEEK TERM_MONITOR_PER_WEEK
#define MONITOR_CONTINUATION TERM_MONITOR_CONTINUATION
#define MONITOR_NEXT_OFFER TERM_MONITOR_NEXT_OFFER

static const char *fb_get(const bb_feedback *fb, int f)
{
	return bb_feedback_get(fb, f);
}

/*
 * Monitoring outputs (docs/monitoring.md): a follow-up says whether the
 * person is still active; where they go on is said at completion, at a
 * stop or at a follow-up, and an offer is a regular offer.
 */
static int monitoring_check(const bb_feedback *fb, diag_list *d)
{
	const char *status = fb_get(fb, BB_FB_STATUS), *cont = fb_get(fb, BB_FB_CONTINUATION);
	int followup = fb_get(fb, BB_FB_FOLLOWUP_MONTHS) != NULL, ok = 1;

	if (followup && !fb_get(fb, BB_FB_FOLLOWUP_ACTIVE)) {
		diag_add(d, BB_EINPUT, NULL, 0, "feedback.follow_up.active",
			 "is needed in a follow-up report: still active, yes or no");
		ok = 0;
	}
	if (!followup && (fb_get(fb, BB_FB_FOLLOWUP_ACTIVE) || fb_get(fb, BB_FB_FOLLOWUP_PER_WEEK))) {
		diag_add(d, BB_EINPUT, NULL, 0, "feedback.follow_up.months",
			 "is needed: still active and how often belong to a follow-up moment");
		ok = 0;
	}
	if (followup && status && strcmp(status, "in-progress") && strcmp(status, "on-hold") &&
	    strcmp(status, "completed") && strcmp(status, "failed")) {
		diag_add(d, BB_EINPUT, NULL, 0, "feedback.follow_up.months",
			 "a follow-up is for someone who started; the referral is %s", status);
		ok = 0;
	}
	if ((cont || fb_get(fb, BB_FB_NEXT_OFFER)) && !followup && status &&
	    strcmp(status, "completed") && strcmp(status, "failed")) {
		diag_add(d, BB_EINPUT, NULL, 0, "feedback.continuation",
			 "where someone goes on is said at completion, at a stop or at a follow-up, "
			 "not when the referral is %s", status);
		ok = 0;
	}
	if (fb_get(fb, BB_FB_NEXT_OFFER) && (!cont || strcmp(cont, "regulier-aanbod") != 0)) {
		diag_add(d, BB_EINPUT, NULL, 0, "feedback.next_offer",
			 "an offer from the beweegkaart goes with continuation regulier-aanbod");
		ok = 0;
	}
	return ok;
}

/* Rules a feedback must meet before it is a message: the Task table. */
static int check_feedback(const bb_feedback *fb, diag_list *d)
{
	const char *status = fb_get(fb, BB_FB_STATUS);
	const char *business = fb_get(fb, BB_FB_BUSINESS_STATUS);
	const char *code = fb_get(fb, BB_FB_REASON_CODE);
	int bad = 0;

	if (!fb_get(fb, BB_FB_REFERRAL_ID)) {
		diag_add(d, BB_EINPUT, NULL, 0, "feedback.referral_id",
			 "is needed: it tells the GP which referral this answers");
		bad = 1;
	}
	if (!fb_get(fb, BB_FB_PRACTICE_AGB)) {
		diag_add(d, BB_EINPUT, NULL, 0, "feedback.practice_agb",
			 "is needed: the referral id belongs to the referring practice");
		bad = 1;
	}
	if (!fb_get(fb, BB_FB_REFERRAL_AUTHORED)) {
		diag_add(d, BB_EINPUT, NULL, 0, "feedback.referral_authored",
			 "is needed: the feedback's Task is the referral's, authored when the GP referred");
		bad = 1;
	}
	if (!fb_get(fb, BB_FB_AUTHOR_ORGANIZATION) && !fb_get(fb, BB_FB_RECEIVER_ID) &&
	    !fb_get(fb, BB_FB_RECEIVER_AGB)) {
		diag_add(d, BB_EINPUT, NULL, 0, "feedback.organization",
			 "is needed (or the receiver's id or AGB): the Task's owner answers");
		bad = 1;
	}
	if (!status || strcmp(status, "requested") == 0) {
		diag_add(d, BB_EINPUT, NULL, 0, "feedback.status",
			 "is needed, and a receiver cannot set a Task back to requested");
		return BB_EINPUT;
	}
	if (business && !task_business_ok(status, business)) {
		diag_add(d, BB_EINPUT, NULL, 0, "feedback.business_status",
			 "\"%s\" does not go with status %s", business, status);
		bad = 1;
	}
	if (task_needs_reason(status) && !fb_get(fb, BB_FB_REASON_TEXT) && !code) {
		diag_add(d, BB_EINPUT, NULL, 0, "feedback.reason_text",
			 "is needed when the status is %s", status);
		bad = 1;
	}
	if (code && !mapping_stop_reason_display(code)) {
		diag_add(d, BB_EINPUT, NULL, 0, "feedback.reason_code",
			 "\"%s\" is not a Beweegbrug stop or decline reason", code);
		bad = 1;
	}
	if (!forward_check(fb, d))
		bad = 1;
	if (!monitoring_check(fb, d))
		bad = 1;
	return bad ? BB_EINPUT : BB_OK;
}

/* What one feedback message is being built from. */
typedef struct fbuild {
	const bb_feedback *fb;
	fhir_node *bundle, *task;
	int failed;
	const char *date;
} fbuild;

static void patient_subject(fhir_node *obs, const void *payload)
{
	mapping_parties_patient_ref(obs, "subject", ((const fbuild *)payload)->fb);
}

static void output(fhir_node *task, const char *urn)
{
	fhir_node *out = fhir_add(task, "output");

	fhir_set(fhir_add(out, "type"), "text", OUTPUT_OUTCOME);
	mapping_ref(out, "valueReference", urn);
}

/*
 * An Observation of the person's, counted or scored (no LOINC vital sign):
 * final, with subject, date and a UCUM quantity; the Task's output points at it.
 */
static void add_counted(fbuild *b, const char *category, const char *category_display,
			const char *system, const char *code, const char *display, const char *text,
			const char *value, const char *unit, const char *ucum)
{
	char urn[URN_LEN];
	fhir_node *o, *q;

	mapping_urn(&b->failed, urn);
	o = mapping_entry(b->bundle, "Observation", urn);
	profile_claim(o, PROFILE_OBSERVATION);
	fhir_set(o, "status", "final");
	mapping_concept(o, "category", SYS_OBS_CATEGORY, category, category_display, NULL);
	mapping_concept(o, "code", system, code, display, text);
	mapping_parties_patient_ref(o, "subject", b->fb);
	fhir_set(o, "effectiveDateTime", b->date);
	q = fhir_add(o, "valueQuantity");
	fhir_set(q, "value", value);
	fhir_set(q, "unit", unit);
	fhir_set(q, "system", SYS_UCUM);
	fhir_set(q, "code", ucum);
	output(b->task, urn);
}

static void add_sessions(fbuild *b, const char *code, const char *display, const char *count)
{
	add_counted(b, "social-history", "Social History", SYS_SNOMED, code, display, NULL, count,
		    "sessions", "{sessions}");
}

/*
 * Welbevinden, the person's own score 0-10: an Observation in our outcome
 * code system (terminology/outcome.c says why it is ours), a survey
 * answer like the pain score, the unit the UCUM annotation {score}.
 */
static void add_wellbeing(fbuild *b, const char *score)
{
	const term_outcome *row = term_outcome_lookup(BB_WELLBEING_CODE);

	add_counted(b, "survey", "Survey", SYS_OUTCOME, row->code, row->display, row->display, score,
		    "score 0-10", row->ucum);
}

/*
 * The outcome measurements (a blood pressure pair as one panel) and the
 * sessions attended and missed, each an Observation of the patient that
 * the Task gives as output. A measurement without a date was taken by the
 * time of this report.
 */
static void add_observations(fbuild *b)
{
	size_t i, n = bb_feedback_measurement_count(b->fb);
	obs_measurement *m = calloc(n + 2, sizeof(*m));
	char (*urns)[URN_LEN] = calloc(n + 2, URN_LEN);
	obs_writer w;

	if (!m || !urns) {
		b->failed = 1;
		goto done;
	}
	for (i = 0; i < n; i++)
		bb_feedback_measurement_at(&m[i].loinc, &m[i].value, &m[i].unit, &m[i].when, b->fb, i);
	mapping_obs_plan(m, n, urns, &b->failed);
	memset(&w, 0, sizeof(w));
	w.bundle = b->bundle;
	w.failed = &b->failed;
	w.subject = patient_subject;
	w.payload = b;
	w.default_when = b->date;
	w.claim_profiles = 1;
	mapping_obs_write(&w, m, n, urns);
	for (i = 0; i < n; i++)
		if (i == 0 || strcmp(urns[i], urns[i - 1]) != 0)
			output(b->task, urns[i]);
	if (fb_get(b->fb, BB_FB_SESSIONS_ATTENDED))
		add_sessions(b, SNOMED_SESSIONS_ATTENDED, "Number of appointments attended",
			     fb_get(b->fb, BB_FB_SESSIONS_ATTENDED));
	if (fb_get(b->fb, BB_FB_SESSIONS_MISSED))
		add_sessions(b, SNOMED_SESSIONS_MISSED, "Number of appointments missed",
			     fb_get(b->fb, BB_FB_SESSIONS_MISSED));
	if (fb_get(b->fb, BB_FB_WELLBEING))
		add_wellbeing(b, fb_get(b->fb, BB_FB_WELLBEING));
done:
	free(m);
	free(urns);
}

/* One monitoring output: its type coded, so a reader never depends on words. */
static fhir_node *monitoring_output(fhir_node *task, const char *code)
{
	const char *display = term_monitoring_output_display(code);
	fhir_node *o = fhir_add(task, "output");

	mapping_concept(o, "type", SYS_MONITORING_OUTPUT, code, display, display);
	return o;
}

static void monitoring_write(fhir_node *t, const bb_feedback *fb)
{
	const char *cont = fb_get(fb, BB_FB_CONTINUATION), *offer = fb_get(fb, BB_FB_NEXT_OFFER);
	fhir_node *o;

	if (fb_get(fb, BB_FB_FOLLOWUP_MONTHS)) {
		o = monitoring_output(t, MONITOR_FOLLOWUP);
		fhir_set(o, "valueInteger", fb_get(fb, BB_FB_FOLLOWUP_MONTHS));
		/*
		 * yes/no as HL7's Yes/no indicator (v2-0136), not valueBoolean:
		 * one of the validators we test with takes a false for a missing
		 * value, and a receiver's code would be no worse off.
		 */
		o = monitoring_output(t, MONITOR_ACTIVE);
		if (strcmp(fb_get(fb, BB_FB_FOLLOWUP_ACTIVE), "yes") == 0)
			mapping_concept(o, "valueCodeableConcept", SYS_V2_0136, "Y", "Yes", NULL);
		else
			mapping_concept(o, "valueCodeableConcept", SYS_V2_0136, "N", "No", NULL);
	}
	if (fb_get(fb, BB_FB_FOLLOWUP_PER_WEEK)) {
		o = monitoring_output(t, MONITOR_PER_WEEK);
		fhir_set(o, "valueInteger", fb_get(fb, BB_FB_FOLLOWUP_PER_WEEK));
	}
	if (cont) {
		o = monitoring_output(t, MONITOR_CONTINUATION);
		mapping_concept(o, "valueCodeableConcept", SYS_CONTINUATION, cont,
			   term_continuation_display(cont), NULL);
	}
	if (offer) {
		o = monitoring_output(t, MONITOR_NEXT_OFFER);
		o = fhir_add(o, "valueIdentifier");
		fhir_set(o, "system", SYS_OFFER);
		fhir_set(o, "value", offer);
	}
}

/*
 * The MessageHeader: from the provider (`receiver`) to the practice
 * (`practice`), whose Organization urns are drawn here; its focus is the Task.
 */
static void header_write(fbuild *b, const msg_context *ctx, const char *header, const char *task_urn,
			 const char *fallback_id, char practice[URN_LEN], char receiver[URN_LEN])
{
	const bb_feedback *fb = b->fb;
	fhir_node *h, *dest, *src;
	char *endpoint = NULL;

	h = mapping_entry(b->bundle, "MessageHeader", header);
	fhir_set(h, "id", ctx->message_id ? ctx->message_id
			 : fb_get(fb, BB_FB_MESSAGE_ID) ? fb_get(fb, BB_FB_MESSAGE_ID) : fallback_id);
	profile_claim(h, PROFILE_MESSAGEHEADER);
	mapping_coding(h, "eventCoding", SYS_V2_0003, "I12", "REF/RRI - Patient referral");
	dest = fhir_add(h, "destination");
	if (ctx->destination_name || fb_get(fb, BB_FB_PRACTICE_NAME))
		fhir_set(dest, "name", ctx->destination_name ? ctx->destination_name
							      : fb_get(fb, BB_FB_PRACTICE_NAME));
	if (!ctx->destination_endpoint)
		endpoint = str_printf("urn:beweegbrug:sender:agb:%s", fb_get(fb, BB_FB_PRACTICE_AGB));
	fhir_set(dest, "endpoint", ctx->destination_endpoint ? ctx->destination_endpoint : endpoint);
	mapping_urn(&b->failed, practice);
	mapping_urn(&b->failed, receiver);
	mapping_ref(dest, "receiver", practice);
	mapping_ref(h, "sender", receiver);
	src = fhir_add(h, "source");
	if (fb_get(fb, BB_FB_AUTHOR_ORGANIZATION))
		fhir_set(src, "name", fb_get(fb, BB_FB_AUTHOR_ORGANIZATION));
	fhir_set(src, "software", "Beweegbrug");
	fhir_set(src, "version", BB_VERSION);
	fhir_set(src, "endpoint", ctx->source_endpoint ? ctx->source_endpoint
			: "urn:beweegbrug:receiver:unaddressed");
	/* who wrote it, also when there is no report text to sign */
	if (fb_get(fb, BB_FB_AUTHOR_NAME))
		fhir_set(fhir_add(h, "author"), "display", fb_get(fb, BB_FB_AUTHOR_NAME));
	mapping_ref(h, "focus", task_urn);
	free(endpoint);
}

/* The Task: the referral's, with its status now, why, and what came of it so far. */
static void task_write(fbuild *b, const char *task_urn, const char *system, const char *status,
		       const business_status *bs, const char *practice, const char *receiver)
{
	const bb_feedback *fb = b->fb;
	const char *date = b->date;
	fhir_node *t, *id, *note;

	t = b->task = mapping_entry(b->bundle, "Task", task_urn);
	profile_claim(t, PROFILE_FEEDBACK_TASK);
	id = fhir_add(t, "identifier");
	mapping_concept(id, "type", SYS_V2_0203, "PLAC", "Placer Identifier", NULL);
	fhir_set(id, "system", system);
	fhir_set(id, "value", fb_get(fb, BB_FB_REFERRAL_ID));
	if (fb_get(fb, BB_FB_RECEIVER_REFERENCE)) {
		id = fhir_add(t, "identifier");
		mapping_concept(id, "type", SYS_V2_0203, "FILL", "Filler Identifier", NULL);
		fhir_set(id, "system", SYS_RECEIVER_REFERENCE);
		fhir_set(id, "value", fb_get(fb, BB_FB_RECEIVER_REFERENCE));
	}
	mapping_ref_identifier(t, "basedOn", "ServiceRequest", system, fb_get(fb, BB_FB_REFERRAL_ID));
	fhir_set(t, "status", status);
	if (fb_get(fb, BB_FB_REASON_CODE) || fb_get(fb, BB_FB_REASON_TEXT)) {
		const char *code = fb_get(fb, BB_FB_REASON_CODE);
		const char *text = fb_get(fb, BB_FB_REASON_TEXT);
		mapping_concept(t, "statusReason", SYS_STOP_REASON, code,
			   code ? mapping_stop_reason_display(code) : NULL,
			   text ? text : mapping_stop_reason_display(code));
	}
	if (bs)
		mapping_concept(t, "businessStatus", SYS_BSER_BUSINESS_STATUS, bs->code, bs->display, NULL);
	fhir_set(t, "intent", "order");
	mapping_concept(t, "code", SYS_TASK_CODE, "fulfill", "Fulfill the focal request", NULL);
	mapping_ref_identifier(t, "focus", "ServiceRequest", system, fb_get(fb, BB_FB_REFERRAL_ID));
	mapping_parties_patient_ref(t, "for", fb);
	fhir_set(t, "authoredOn", fb_get(fb, BB_FB_REFERRAL_AUTHORED));
	fhir_set(t, "lastModified", date);
	mapping_parties_requester(t, fb, practice);
	mapping_ref(t, "owner", receiver);
	/* the ICPC episode the referral was about: the GP's journal files the answer there */
	if (fb_get(fb, BB_FB_EPISODE_CODE) || fb_get(fb, BB_FB_EPISODE_TEXT))
		mapping_concept(t, "reasonCode", fb_get(fb, BB_FB_EPISODE_CODE) ? SYS_ICPC : NULL,
			   fb_get(fb, BB_FB_EPISODE_CODE), NULL, fb_get(fb, BB_FB_EPISODE_TEXT));
	if (fb_get(fb, BB_FB_NARRATIVE)) {
		note = fhir_add(t, "note");
		if (fb_get(fb, BB_FB_AUTHOR_NAME))
			fhir_set(note, "authorString", fb_get(fb, BB_FB_AUTHOR_NAME));
		fhir_set(note, "time", date);
		fhir_set(note, "text", fb_get(fb, BB_FB_NARRATIVE));
	}
	if (fb_get(fb, BB_FB_INTAKE_DATE)) {
		fhir_node *o = fhir_add(t, "output");
		fhir_set(fhir_add(o, "type"), "text", OUTPUT_INTAKE);
		fhir_set(o, "valueDateTime", fb_get(fb, BB_FB_INTAKE_DATE));
	}
	if (fb_get(fb, BB_FB_PLAN)) {
		fhir_node *o = fhir_add(t, "output");
		fhir_set(fhir_add(o, "type"), "text", OUTPUT_PLAN);
		fhir_set(o, "valueString", fb_get(fb, BB_FB_PLAN));
	}
	if (fb_get(fb, BB_FB_PROPOSAL)) {
		fhir_node *o = fhir_add(t, "output");
		fhir_set(fhir_add(o, "type"), "text", OUTPUT_PROPOSAL);
		fhir_set(o, "valueString", fb_get(fb, BB_FB_PROPOSAL));
	}
}

int mapping_feedback_message(fhir_node **out, const bb_feedback *fb, const msg_context *ctx,
			     diag_list *d)
{
	char header[URN_LEN], task_urn[URN_LEN], practice[URN_LEN], receiver[URN_LEN];
	char ids[2][UUID_STR_LEN], now[32];
	const char *status, *business, *date;
	const business_status *bs;
	fhir_node *bundle, *t, *id;
	char *system = NULL;
	fbuild b;
	int rc;

	*out = NULL;
	if ((rc = check_feedback(fb, d)) != BB_OK)
		return rc;
	memset(&b, 0, sizeof(b));
	b.fb = fb;
	status = fb_get(fb, BB_FB_STATUS);
	business = fb_get(fb, BB_FB_BUSINESS_STATUS);
	bs = business ? task_business_lookup(business) : task_default_business(status);
	mapping_now(now);
	date = b.date = fb_get(fb, BB_FB_DATE) ? fb_get(fb, BB_FB_DATE) : now;
	if (mapping_uuid_v4(ids[0]) || mapping_uuid_v4(ids[1]))
		b.failed = 1;
	mapping_urn(&b.failed, header);
	mapping_urn(&b.failed, task_urn);
	system = str_printf(SYS_REFERRAL_PREFIX "%s", fb_get(fb, BB_FB_PRACTICE_AGB));

	bundle = b.bundle = fhir_resource_new("Bundle", d);
	fhir_set(bundle, "id", ctx->bundle_id ? ctx->bundle_id : ids[0]);
	profile_claim(bundle, PROFILE_FEEDBACK_MESSAGE);
	id = fhir_add(bundle, "identifier");
	fhir_set(id, "system", SYS_MESSAGE_ID);
	fhir_set(id, "value", ctx->bundle_id ? ctx->bundle_id : ids[0]);
	fhir_set(bundle, "type", "message");
	fhir_set(bundle, "timestamp", ctx->timestamp ? ctx->timestamp : now);

	header_write(&b, ctx, header, task_urn, ids[1], practice, receiver);
	task_write(&b, task_urn, system, status, bs, practice, receiver);
	t = b.task;
	monitoring_write(t, fb);
	add_observations(&b);
	forward_write(bundle, t, task_urn, fb, system, date, &b.failed);
	mapping_parties_organizations(bundle, fb, practice, receiver);
	free(system);
	if (b.failed) {
		fhir_node_free(bundle);
		return diag_add(d, BB_ERROR, NULL, 0, NULL, "no random numbers for UUIDs");
	}
	if (!bundle || fhir_errors(bundle) || (rc = fhir_check(bundle, NULL, d)) != BB_OK) {
		fhir_node_free(bundle);
		return bundle ? BB_EINPUT : BB_ENOMEM;
	}
	*out = bundle;
	return BB_OK;
}

/* ---- reading ------------------------------------------------------------ */

typedef struct reader {
	bb_feedback *fb;
	const char *source;
	diag_list *d;
} reader;

static int problem(reader *rd, const fhir_node *at, const char *fmt, ...) DIAG_PRINTF(3, 4);

static int problem(reader *rd, const fhir_node *at, const char *fmt, ...)
{
	char *path;
	va_list ap;

	if (diag_full(rd->d))           /* counted, not described */
		return diag_add(rd->d, BB_EINPUT, rd->source, 0, NULL, "(dropped)");
	path = at ? fhir_node_path(at) : NULL;
	va_start(ap, fmt);
	diag_addv(rd->d, BB_EINPUT, rd->source, 0, path, fmt, ap);
	va_end(ap);
	free(path);
	return BB_EINPUT;
}

/* Set a field from the message; a value the model refuses is a problem at `at`. */
static void set(reader *rd, const fhir_node *at, int field, const char *value)
{
	model_fields *m = model_feedback_mut(rd->fb);
	size_t before = m->problems.count;

	if (!value)
		return;
	bb_feedback_set(rd->fb, field, value);
	if (m->problems.count > before)
		problem(rd, at, "%s", m->problems.items[before].message);
}

static void read_identifiers(reader *rd, const fhir_node *task)
{
	size_t i, n = fhir_count(task, "identifier");
	int have_plac = 0;

	for (i = 0; i < n; i++) {
		const fhir_node *id = fhir_get(task, "identifier", i);
		const char *type = mapping_coding_code(fhir_get(id, "type", 0), SYS_V2_0203);
		const char *system = fhir_get_value(id, "system", 0);
		const char *value = fhir_get_value(id, "value", 0);

		if (type && strcmp(type, "PLAC") == 0 && system &&
		    strncmp(system, SYS_REFERRAL_PREFIX, strlen(SYS_REFERRAL_PREFIX)) == 0) {
			set(rd, id, BB_FB_PRACTICE_AGB, system + strlen(SYS_REFERRAL_PREFIX));
			set(rd, id, BB_FB_REFERRAL_ID, value);
			have_plac = 1;
		} else if (type && strcmp(type, "FILL") == 0) {
			set(rd, id, BB_FB_RECEIVER_REFERENCE, value);
		}
	}
	if (!have_plac)
		problem(rd, task, "has no PLAC identifier with system " SYS_REFERRAL_PREFIX
			"<AGB>: the GP side cannot tell which referral this answers");
}

/* One reading of an outcome Observation (a panel has two) into the feedback. */
static void take_reading(const fhir_node *at, const char *loinc, const char *value,
			 const char *unit, const char *when, void *payload)
{
	reader *rd = payload;
	model_fields *m = model_feedback_mut(rd->fb);
	size_t before = m->problems.count;

	if (!value || !unit) {
		problem(rd, at, "a measurement needs a value and a UCUM unit");
		return;
	}
	bb_feedback_add_measurement(rd->fb, loinc, value, unit, when);
	if (m->problems.count > before)
		problem(rd, at, "%s", m->problems.items[before].message);
}

/* A monitoring output into the feedback: 1 when `out` is one. */
static int read_monitoring(reader *rd, const fhir_node *out)
{
	const char *code = mapping_coding_code(fhir_get(out, "type", 0), SYS_MONITORING_OUTPUT);
	const char *v;

	if (!code)
		return 0;
	if (strcmp(code, MONITOR_FOLLOWUP) == 0) {
		set(rd, out, BB_FB_FOLLOWUP_MONTHS, fhir_get_value(out, "valueInteger", 0));
	} else if (strcmp(code, MONITOR_ACTIVE) == 0) {
		v = mapping_coding_code(fhir_get(out, "valueCodeableConcept", 0), SYS_V2_0136);
		if (!v || (strcmp(v, "Y") != 0 && strcmp(v, "N") != 0))
			problem(rd, out, "still active is a code Y or N of " SYS_V2_0136);
		else
			set(rd, out, BB_FB_FOLLOWUP_ACTIVE, strcmp(v, "Y") == 0 ? "yes" : "no");
	} else if (strcmp(code, MONITOR_PER_WEEK) == 0) {
		set(rd, out, BB_FB_FOLLOWUP_PER_WEEK, fhir_get_value(out, "valueInteger", 0));
	} else if (strcmp(code, MONITOR_CONTINUATION) == 0) {
		v = mapping_coding_code(fhir_get(out, "valueCodeableConcept", 0), SYS_CONTINUATION);
		if (!v || !term_continuation_display(v))
			problem(rd, out, "the continuation is not a code of " SYS_CONTINUATION);
		else
			set(rd, out, BB_FB_CONTINUATION, v);
	} else if (strcmp(code, MONITOR_NEXT_OFFER) == 0) {
		set(rd, out, BB_FB_NEXT_OFFER,
		    fhir_get_value(fhir_get(out, "valueIdentifier", 0), "value", 0));
	} else {
		problem(rd, out, "\"%s\" is not a monitoring output we know", code);
	}
	return 1;
}

/*
 * An Observation in our outcome code system: a code we know, its value a
 * score in range with the unit the table gives. Anything else is refused,
 * never read as a near thing.
 */
static void read_outcome(reader *rd, const fhir_node *obs, const fhir_node *q, const char *code,
			 const char *value)
{
	const term_outcome *row = term_outcome_lookup(code);
	const char *unit = fhir_get_value(q, "code", 0);
	const char *unit_system = fhir_get_value(q, "system", 0);
	const char *comparator = fhir_get_value(q, "comparator", 0);

	if (!row || strcmp(row->code, BB_WELLBEING_CODE) != 0) {
		problem(rd, fhir_get(obs, "code", 0), "\"%.40s\" is not a code of " SYS_OUTCOME, code);
		return;
	}
	if (!value || !unit || strcmp(unit, row->ucum) != 0 || !unit_system ||
	    strcmp(unit_system, SYS_UCUM) != 0) {
		problem(rd, q ? q : obs, "feedback.wellbeing: %s needs a valueQuantity with UCUM code %s",
			row->display, row->ucum);
		return;
	}
	/* "<5" is not a score of 5: a bound is not a measurement we can file */
	if (comparator) {
		problem(rd, fhir_get(q, "comparator", 0), "feedback.wellbeing: a score with comparator "
			"\"%.4s\" is a bound, not a score; send the score itself", comparator);
		return;
	}
	if (!term_score_ok(value, row->low, row->high)) {
		problem(rd, fhir_get(q, "value", 0), "feedback.wellbeing: \"%.20s\" is not a score "
			"from %d to %d (whole, or with one decimal)", value, row->low, row->high);
		return;
	}
	if (bb_feedback_get(rd->fb, BB_FB_WELLBEING)) {
		problem(rd, obs, "feedback.wellbeing: a feedback reports one well-being score");
		return;
	}
	set(rd, q, BB_FB_WELLBEING, value);
}

static void read_outputs(reader *rd, const fhir_node *bundle, const fhir_node *task)
{
	size_t i, n = fhir_count(task, "output");
	mapping_index ix;

	mapping_index_make(&ix, bundle);   /* one lookup per output, not a walk of the entries */

	for (i = 0; i < n; i++) {
		const fhir_node *out = fhir_get(task, "output", i);
		const char *type = fhir_get_value(fhir_get(out, "type", 0), "text", 0);
		const fhir_node *vref = fhir_get(out, "valueReference", 0);
		const fhir_node *obs, *q;
		const char *snomed, *ours, *value;

		if (read_monitoring(rd, out))
			continue;
		if (type && strcmp(type, OUTPUT_INTAKE) == 0) {
			set(rd, out, BB_FB_INTAKE_DATE, fhir_get_value(out, "valueDateTime", 0));
			continue;
		}
		if (type && strcmp(type, OUTPUT_PLAN) == 0) {
			set(rd, out, BB_FB_PLAN, fhir_get_value(out, "valueString", 0));
			continue;
		}
		if (type && strcmp(type, OUTPUT_PROPOSAL) == 0) {
			set(rd, out, BB_FB_PROPOSAL, fhir_get_value(out, "valueString", 0));
			continue;
		}
		if (!vref)
			continue;
		obs = mapping_index_resolve(&ix, vref);
		if (!obs || strcmp(fhir_node_type_name(obs), "Observation") != 0) {
			problem(rd, vref, "does not point at an Observation in this message");
			continue;
		}
		q = fhir_get(obs, "valueQuantity", 0);
		value = fhir_get_value(q, "value", 0);
		snomed = mapping_coding_code(fhir_get(obs, "code", 0), SYS_SNOMED);
		ours = mapping_coding_code(fhir_get(obs, "code", 0), SYS_OUTCOME);
		if (ours)
			read_outcome(rd, obs, q, ours, value);
		else if (snomed && strcmp(snomed, SNOMED_SESSIONS_ATTENDED) == 0)
			set(rd, q, BB_FB_SESSIONS_ATTENDED, value);
		else if (snomed && strcmp(snomed, SNOMED_SESSIONS_MISSED) == 0)
			set(rd, q, BB_FB_SESSIONS_MISSED, value);
		else if (mapping_obs_readings(obs, take_reading, rd) == 0)
			problem(rd, obs, "is neither a LOINC measurement with a quantity nor a session count");
	}
	mapping_index_free(&ix);
}

int mapping_feedback_read(bb_feedback *fb, const fhir_node *bundle, const char *source,
			  diag_list *d)
{
	reader rd = { fb, source, d };
	const fhir_node *header, *task, *note;
	const char *status, *business, *type;
	size_t before = d->count + d->dropped;     /* a full list only counts */

	type = fhir_get_value(bundle, "type", 0);
	if (strcmp(fhir_node_type_name(bundle), "Bundle") != 0 || !type ||
	    strcmp(type, "message") != 0)
		return problem(&rd, bundle, "a feedback message is a Bundle of type message");
	header = fhir_get(fhir_get(bundle, "entry", 0), "resource", 0);
	if (!header || strcmp(fhir_node_type_name(header), "MessageHeader") != 0)
		return problem(&rd, bundle, "the first entry must be the MessageHeader");
	task = mapping_resolve(bundle, fhir_get(header, "focus", 0));
	if (!task || strcmp(fhir_node_type_name(task), "Task") != 0)
		return problem(&rd, header, "focus must point at the Task in this message");

	set(&rd, header, BB_FB_MESSAGE_ID, fhir_get_value(header, "id", 0));
	read_identifiers(&rd, task);
	status = fhir_get_value(task, "status", 0);
	if (!task_status_known(status) || strcmp(status, "requested") == 0)
		problem(&rd, fhir_get(task, "status", 0),
			"\"%s\" is not a status a receiver reports", status);
	else
		set(&rd, fhir_get(task, "status", 0), BB_FB_STATUS, status);
	business = mapping_coding_code(fhir_get(task, "businessStatus", 0), SYS_BSER_BUSINESS_STATUS);
	if (business && status && task_status_known(status) && !task_business_ok(status, business))
		problem(&rd, fhir_get(task, "businessStatus", 0),
			"business status %s does not go with the Task's status", business);
	else
		set(&rd, fhir_get(task, "businessStatus", 0), BB_FB_BUSINESS_STATUS, business);
	set(&rd, task, BB_FB_REASON_CODE,
	    mapping_coding_code(fhir_get(task, "statusReason", 0), SYS_STOP_REASON));
	set(&rd, task, BB_FB_REASON_TEXT, fhir_get_value(fhir_get(task, "statusReason", 0), "text", 0));
	set(&rd, task, BB_FB_DATE, fhir_get_value(task, "lastModified", 0));
	set(&rd, task, BB_FB_AUTHOR_ORGANIZATION,
	    fhir_get_value(fhir_get(task, "owner", 0), "display", 0));
	mapping_parties_read(fb, bundle, task, source, d);
	note = fhir_get(task, "note", 0);
	set(&rd, note, BB_FB_NARRATIVE, fhir_get_value(note, "text", 0));
	set(&rd, note, BB_FB_AUTHOR_NAME, fhir_get_value(note, "authorString", 0));
	if (!bb_feedback_get(fb, BB_FB_AUTHOR_NAME))
		set(&rd, header, BB_FB_AUTHOR_NAME,
		    fhir_get_value(fhir_get(header, "author", 0), "display", 0));
	{
		const fhir_node *reason = fhir_get(task, "reasonCode", 0);
		set(&rd, reason, BB_FB_EPISODE_CODE, mapping_coding_code(reason, SYS_ICPC));
		set(&rd, reason, BB_FB_EPISODE_TEXT, fhir_get_value(reason, "text", 0));
	}
	if (status && task_needs_reason(status) && !fhir_get(task, "statusReason", 0))
		problem(&rd, task, "a Task that is %s needs a statusReason", status);
	read_outputs(&rd, bundle, task);
	forward_read(fb, bundle, task, source, d);
	return d->count + d->dropped > before ? BB_EINPUT : BB_OK;
}
