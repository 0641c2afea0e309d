/*
 * The triage outcome of a stadspoli, both ways (forward.h says what it
 * looks like). The child Task says where the patient goes: its owner is
 * the receiving Organization (in the message, with its name and AGB), its
 * input the track in https://beweegbrug.nl/fhir/CodeSystem/stadspoli-track, and its
 * focus the same referral ServiceRequest, by the GP's PLAC identifier: it
 * fulfils part of the GP's referral, and later reports on it (issue 6)
 * still lead back to that referral.
 */
#include "forward.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "build.h"
#include "claims.h"
#include "feedback_parties.h"
#include "mapping.h"
#include "model/model.h"
#include "naming.h"
#include "util/strutil.h"
#include "task_states.h"

#define INPUT_TRACK "Traject"

static const char *fb_get(const bb_feedback *fb, int f)
{
	return bb_feedback_get(fb, f);
}

/* Does the feedback forward (any forwarded.* field set)? */
static int forward_present(const bb_feedback *fb)
{
	return fb_get(fb, BB_FB_FORWARDED_TRACK) || fb_get(fb, BB_FB_FORWARDED_ORGANIZATION) ||
	       fb_get(fb, BB_FB_FORWARDED_AGB) || fb_get(fb, BB_FB_FORWARDED_STATUS);
}

int forward_check(const bb_feedback *fb, diag_list *d)
{
	const char *status = fb_get(fb, BB_FB_STATUS), *business = fb_get(fb, BB_FB_BUSINESS_STATUS);
	const char *fstatus = fb_get(fb, BB_FB_FORWARDED_STATUS);
	int ok = 1;

	if (!forward_present(fb))
		return 1;
	if (!fb_get(fb, BB_FB_FORWARDED_TRACK)) {
		diag_add(d, BB_EINPUT, NULL, 0, "feedback.forwarded.track",
			 "is needed when the feedback forwards the patient");
		ok = 0;
	}
	if (!fb_get(fb, BB_FB_FORWARDED_ORGANIZATION)) {
		diag_add(d, BB_EINPUT, NULL, 0, "feedback.forwarded.organization",
			 "is needed: the GP reads who takes the patient on");
		ok = 0;
	}
	if (status && strcmp(status, "completed") != 0) {
		diag_add(d, BB_EINPUT, NULL, 0, "feedback.status",
			 "a forward ends the triage: the status is completed, not %s", status);
		ok = 0;
	} else if (business && strcmp(business, "7.0") != 0) {
		diag_add(d, BB_EINPUT, NULL, 0, "feedback.business_status",
			 "a forward is business status 7.0 (with triaged-forwarded), not %s", business);
		ok = 0;
	}
	if (fstatus && (strcmp(fstatus, "requested") != 0 && !task_transition_ok("requested", fstatus))) {
		diag_add(d, BB_EINPUT, NULL, 0, "feedback.forwarded.status",
			 "\"%s\" is not a status a forwarded Task can reach", fstatus);
		ok = 0;
	} else if (fstatus && task_needs_reason(fstatus)) {
		diag_add(d, BB_EINPUT, NULL, 0, "feedback.forwarded.status",
			 "%s needs a reason, which a forward does not carry", fstatus);
		ok = 0;
	}
	return ok;
}

void forward_write(fhir_node *bundle, fhir_node *task, const char *task_urn,
		   const bb_feedback *fb, const char *focus_system, const char *date,
		   int *failed)
{
	const char *track = fb_get(fb, BB_FB_FORWARDED_TRACK);
	const char *status = fb_get(fb, BB_FB_FORWARDED_STATUS);
	const business_status *bs;
	char org_urn[URN_LEN], child_urn[URN_LEN];
	fhir_node *org, *child, *in, *bsn;
	char *text;

	if (!forward_present(fb))
		return;
	if (!status)
		status = "requested";
	/* the referral's own Task: completed (7.0), and how: triaged and forwarded */
	bsn = fhir_get(task, "businessStatus", 0);
	mapping_coding(bsn, "coding", SYS_BUSINESS_STATUS, BUSINESS_TRIAGED_FORWARDED, FORWARD_DISPLAY);
	fhir_set(bsn, "text", FORWARD_DISPLAY);

	mapping_urn(failed, org_urn);
	mapping_urn(failed, child_urn);
	child = mapping_entry(bundle, "Task", child_urn);
	profile_claim(child, PROFILE_FORWARD_TASK);
	bs = task_default_business(status);
	fhir_set(child, "status", status);
	if (bs)
		mapping_concept(child, "businessStatus", SYS_BSER_BUSINESS_STATUS, bs->code, bs->display, NULL);
	fhir_set(child, "intent", "order");
	mapping_concept(child, "code", SYS_TASK_CODE, "fulfill", "Fulfill the focal request", NULL);
	text = str_printf("Doorverwezen door de stadspoli: %s", mapping_track_display(track));
	fhir_set(child, "description", text);
	free(text);
	mapping_ref(child, "partOf", task_urn);
	mapping_ref_identifier(child, "focus", "ServiceRequest", focus_system,
			  fb_get(fb, BB_FB_REFERRAL_ID));
	mapping_parties_patient_ref(child, "for", fb);
	fhir_set(child, "authoredOn", date);
	fhir_set(child, "lastModified", date);
	mapping_ref(child, "owner", org_urn);
	in = fhir_add(child, "input");
	fhir_set(fhir_add(in, "type"), "text", INPUT_TRACK);
	mapping_concept(in, "valueCodeableConcept", SYS_TRACK, track, mapping_track_display(track),
		   mapping_track_display(track));

	org = mapping_entry(bundle, "Organization", org_urn);
	profile_claim(org, PROFILE_RECEIVER);
	mapping_identifier(org, SYS_AGB, fb_get(fb, BB_FB_FORWARDED_AGB));
	fhir_set(org, "active", "true");
	fhir_set(org, "name", fb_get(fb, BB_FB_FORWARDED_ORGANIZATION));
}

/* ---- reading ------------------------------------------------------------ */

static const fhir_node *entry_resource(const fhir_node *bundle, size_t i)
{
	return fhir_get(fhir_get(bundle, "entry", i), "resource", 0);
}

/*
 * The fullUrl a reference must name to resolve to `task` (as mapping_resolve
 * does: the first entry with that fullUrl), or NULL when none can.
 */
static const char *url_of(const fhir_node *bundle, const fhir_node *task)
{
	size_t i, j, n = fhir_count(bundle, "entry");

	for (i = 0; i < n; i++) {
		const fhir_node *e = fhir_get(bundle, "entry", i);
		const char *url = fhir_get_value(e, "fullUrl", 0);

		if (fhir_get(e, "resource", 0) != task)
			continue;
		if (!url)
			return NULL;
		for (j = 0; j < i; j++) {
			const char *other = fhir_get_value(fhir_get(bundle, "entry", j), "fullUrl", 0);
			if (other && strcmp(other, url) == 0)
				return NULL;    /* that URL names an earlier entry */
		}
		return url;
	}
	return NULL;
}

size_t forward_children(const fhir_node *bundle, const fhir_node *task, const fhir_node **first)
{
	size_t i, j, n = 0;
	/* compared as text: resolving each partOf walked the entries each time */
	const char *task_url = url_of(bundle, task);

	if (first)
		*first = NULL;
	if (!task_url)
		return 0;
	for (i = 0; i < fhir_count(bundle, "entry"); i++) {
		const fhir_node *r = entry_resource(bundle, i);
		if (!r || r == task || strcmp(fhir_node_type_name(r), "Task") != 0)
			continue;
		for (j = 0; j < fhir_count(r, "partOf"); j++) {
			const char *ref = fhir_get_value(fhir_get(r, "partOf", j), "reference", 0);
			if (ref && strcmp(ref, task_url) == 0) {
				if (first && !*first)
					*first = r;
				n++;
				break;
			}
		}
	}
	return n;
}

int forward_flagged(const fhir_node *task)
{
	const char *c = mapping_coding_code(fhir_get(task, "businessStatus", 0), SYS_BUSINESS_STATUS);
	return c && strcmp(c, BUSINESS_TRIAGED_FORWARDED) == 0;
}

typedef struct freader {
	bb_feedback *fb;
	const char *source;
	diag_list *d;
} freader;

static void problem(freader *rd, const fhir_node *at, const char *fmt, ...) DIAG_PRINTF(3, 4);

static void problem(freader *rd, const fhir_node *at, const char *fmt, ...)
{
	char *path = at ? fhir_node_path(at) : NULL;
	va_list ap;

	va_start(ap, fmt);
	diag_addv(rd->d, BB_EINPUT, rd->source, 0, path, fmt, ap);
	va_end(ap);
	free(path);
}

/* Set a field; a value the model refuses is a problem at `at`. */
static void set(freader *rd, const fhir_node *at, int field, const char *value)
{
	model_fields *m = model_feedback_mut(rd->fb);
	size_t before = m->problems.count;

	if (!value)
		return;
	bb_feedback_set(rd->fb, field, value);
	if (m->problems.count > before)
		problem(rd, at, "%s", m->problems.items[before].message);
}

/* The track of the child Task: its input in our track code system. */
static const fhir_node *track_input(const fhir_node *child, const char **code)
{
	size_t i;

	*code = NULL;
	for (i = 0; i < fhir_count(child, "input"); i++) {
		const fhir_node *in = fhir_get(child, "input", i);
		const char *c = mapping_coding_code(fhir_get(in, "valueCodeableConcept", 0), SYS_TRACK);
		if (c) {
			*code = c;
			return in;
		}
	}
	return NULL;
}

void forward_read(bb_feedback *fb, const fhir_node *bundle, const fhir_node *task,
		  const char *source, diag_list *d)
{
	freader rd = { fb, source, d };
	const fhir_node *child, *org, *in;
	const char *track, *status;
	size_t i, n = forward_children(bundle, task, &child);

	if (n == 0) {
		if (forward_flagged(task))
			problem(&rd, fhir_get(task, "businessStatus", 0),
				"says " BUSINESS_TRIAGED_FORWARDED ", but no Task in the message is "
				"partOf this Task to say where the patient went");
		return;
	}
	if (n > 1)
		problem(&rd, task, "%zu Tasks are partOf this Task; a triage forwards to one track", n);
	if (!forward_flagged(task))
		problem(&rd, task, "has a forwarded Task (partOf it) but its businessStatus lacks "
			SYS_BUSINESS_STATUS "#" BUSINESS_TRIAGED_FORWARDED);
	status = fhir_get_value(child, "status", 0);
	if (status && strcmp(status, "requested") != 0 && !task_transition_ok("requested", status))
		problem(&rd, fhir_get(child, "status", 0), "\"%s\" is not a status a forwarded Task "
			"can reach", status);
	else
		set(&rd, fhir_get(child, "status", 0), BB_FB_FORWARDED_STATUS, status);
	in = track_input(child, &track);
	if (!in)
		problem(&rd, child, "a forwarded Task names its track in input "
			"(valueCodeableConcept in " SYS_TRACK ")");
	else if (!mapping_track_display(track))
		problem(&rd, fhir_get(in, "valueCodeableConcept", 0),
			"\"%s\" is not a stadspoli track (physio, specialist, beweegcoach)", track);
	else
		set(&rd, in, BB_FB_FORWARDED_TRACK, track);
	org = mapping_resolve(bundle, fhir_get(child, "owner", 0));
	if (!org || strcmp(fhir_node_type_name(org), "Organization") != 0 ||
	    !fhir_get_value(org, "name", 0)) {
		problem(&rd, fhir_get(child, "owner", 0) ? fhir_get(child, "owner", 0) : child,
			"a forwarded Task's owner is an Organization in the message, with a name");
		return;
	}
	set(&rd, fhir_get(org, "name", 0), BB_FB_FORWARDED_ORGANIZATION, fhir_get_value(org, "name", 0));
	for (i = 0; i < fhir_count(org, "identifier"); i++) {
		const fhir_node *id = fhir_get(org, "identifier", i);
		const char *system = fhir_get_value(id, "system", 0);
		if (system && strcmp(system, SYS_AGB) == 0)
			set(&rd, id, BB_FB_FORWARDED_AGB, fhir_get_value(id, "value", 0));
	}
}
