/*
 * stadspoli: the Beweeghuis flavour of fhir-message (standards.md §2.7).
 * A stadspoli triages musculoskeletal complaints and forwards the patient
 * to physiotherapy, a medical specialist or a 12-week beweegcoach track.
 * It delivers with FHIR messaging like fhir-message, through the core's
 * bb_host_process_message, but first looks at what it is about to send:
 * a referral the stadspoli cannot triage is refused here, as FATAL, with
 * the field at fault, instead of travelling to a receiver that will only
 * refuse it later or, worse, accept it and leave the patient waiting.
 *
 * Setting (optional): tracks = the tracks this stadspoli offers, from
 * physio, specialist, beweegcoach (space or comma separated; all when
 * not set). A referral asking for a track not offered is refused.
 *
 * The triage outcome that comes back (the referral's Task completed, a
 * child Task partOf it with the track) is feedback, read by the core's
 * bb_feedback_from_fhir; see docs/stadspoli.md.
 */
#include <stdio.h>
#include <string.h>

#include "beweegbrug/sys/plugin.h"

#define SYS_ICPC "http://hl7.org/fhir/sid/icpc-1-nl"
#define SYS_SNOMED "http://snomed.info/sct"
#define SYS_TRACK "https://beweegbrug.nl/fhir/CodeSystem/stadspoli-track"
#define SNOMED_PATIENT_REFERRAL "3457005"   /* the triage request (standards.md §5.1) */

static const char *const track_codes[] = { "physio", "specialist", "beweegcoach", NULL };

/* The resource an element of `bundle` refers to with `name`[0], or NULL. */
static const bb_fhir *follow(const bb_fhir *bundle, const bb_fhir *from, const char *name,
			     const char *type)
{
	const bb_fhir *to = bb_fhir_resolve(bundle, bb_fhir_get(from, name, 0));

	return to && strcmp(bb_fhir_type(to), type) == 0 ? to : NULL;
}

/* The code of the first coding in `system` of CodeableConcept `cc`, or NULL. */
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

/* Is `word` in the space- or comma-separated `list`? */
static int listed(const char *list, const char *word)
{
	size_t n = strlen(word);
	const char *p = list;

	for (; (p = strstr(p, word)) != NULL; p += n)
		if ((p == list || strchr(" ,\t", p[-1])) && (p[n] == '\0' || strchr(" ,\t", p[n])))
			return 1;
	return 0;
}

/* The `tracks` setting names only known tracks; BB_ECONFIG names the stranger. */
static int check_setting(const bb_host *host, const char *tracks)
{
	char word[32];
	const char *p = tracks;
	size_t i, n;
	int known;

	while (p && *p) {
		p += strspn(p, " ,\t");
		n = strcspn(p, " ,\t");
		if (!n)
			break;
		snprintf(word, sizeof(word), "%.*s", (int)n, p);
		for (known = 0, i = 0; track_codes[i]; i++)
			known |= strcmp(track_codes[i], word) == 0;
		if (!known)
			return bb_host_error(host, BB_ECONFIG, 0, "tracks",
					     "\"%s\" is not a stadspoli track (physio, specialist, beweegcoach)",
					     word);
		p += n;
	}
	return BB_OK;
}

/* Refuse, naming the element at fault by its FHIR path; 0: it may not go. */
static int refuse(bb_delivery *result, const bb_fhir *at, const char *element, const char *why)
{
	char *path = at ? bb_fhir_path(at) : NULL;

	bb_delivery_set(result, BB_DELIVERY_FATAL, "not for a stadspoli: %s%s%s: %s",
			path ? path : "", path && element ? "." : "", element ? element : "", why);
	bb_free(path);
	return 0;
}

/*
 * Is this stadspoli triage content? A referral (Task requested) whose
 * ServiceRequest gives at least one ICPC-1-NL L-code (the musculoskeletal
 * chapter: bewegingsapparaat) and asks for a triage (SNOMED 3457005) or a
 * track this stadspoli offers. Returns 1 when it may go; otherwise sets a
 * FATAL outcome and returns 0.
 */
static int triage_content(const bb_host *host, const bb_fhir *bundle, bb_delivery *result)
{
	const char *offered = bb_host_setting(host, "tracks");
	const bb_fhir *header = bb_fhir_get(bb_fhir_get(bundle, "entry", 0), "resource", 0);
	const bb_fhir *task, *sr;
	const char *status, *track, *first = NULL;
	size_t i;
	int musculoskeletal = 0;

	task = header && strcmp(bb_fhir_type(header), "MessageHeader") == 0
	       ? follow(bundle, header, "focus", "Task") : NULL;
	if (!task)
		return refuse(result, header ? header : bundle, "focus",
			      "a referral message's MessageHeader points at its Task");
	status = bb_fhir_value(task, "status", 0);
	if (!status || strcmp(status, "requested") != 0)
		return refuse(result, task, "status",
			      "a stadspoli is sent referrals (Task status requested)");
	sr = follow(bundle, task, "focus", "ServiceRequest");
	if (!sr)
		return refuse(result, task, "focus", "the Task's focus is the referral's ServiceRequest");

	for (i = 0; i < bb_fhir_count(sr, "reasonCode"); i++) {
		const char *icpc = code_in(bb_fhir_get(sr, "reasonCode", i), SYS_ICPC);
		if (icpc && !first)
			first = icpc;
		if (icpc && icpc[0] == 'L')
			musculoskeletal = 1;
	}
	if (!musculoskeletal) {
		char why[200];
		snprintf(why, sizeof(why), "no ICPC-1-NL L-code among the reasons%s%s%s: a stadspoli "
			 "triages complaints of the musculoskeletal system (bewegingsapparaat) only",
			 first ? " (first: " : "", first ? first : "", first ? ")" : "");
		return refuse(result, sr, "reasonCode", why);
	}

	track = code_in(bb_fhir_get(sr, "performerType", 0), SYS_TRACK);
	if (!track && (!code_in(bb_fhir_get(sr, "code", 0), SYS_SNOMED) ||
		       strcmp(code_in(bb_fhir_get(sr, "code", 0), SYS_SNOMED), SNOMED_PATIENT_REFERRAL) != 0))
		return refuse(result, sr, "code",
			      "neither a triage request (SNOMED " SNOMED_PATIENT_REFERRAL
			      " Patient referral) nor a track in performerType (" SYS_TRACK ")");
	if (track && offered && !listed(offered, track)) {
		char why[200];
		snprintf(why, sizeof(why), "track \"%.20s\" is not offered here (tracks = %.80s)",
			 track, offered);
		return refuse(result, sr, "performerType", why);
	}
	return 1;
}

static int deliver(void *state, const bb_host *host, const bb_message *msg, bb_delivery *result)
{
	bb_fhir *bundle = NULL;
	bb_input in;
	int rc, ok;
	(void)state;

	if ((rc = check_setting(host, bb_host_setting(host, "tracks"))) != BB_OK)
		return rc;
	in.source = bb_message_id(msg);
	in.data = bb_message_body(msg, &in.len);
	if (bb_host_fhir_read(&bundle, host, &in) != BB_OK || !bundle) {
		bb_delivery_set(result, BB_DELIVERY_FATAL,
				"not for a stadspoli: the message is not readable FHIR");
		return BB_OK;
	}
	ok = strcmp(bb_fhir_type(bundle), "Bundle") == 0
	     ? triage_content(host, bundle, result)
	     : refuse(result, bundle, NULL, "a message is a Bundle");
	bb_fhir_free(bundle);
	if (!ok)
		return BB_OK;
	return bb_host_process_message(result, host, msg);
}

static const char *const settings[] = { "tracks", NULL };

static const bb_adapter stadspoli = {
	.abi_version = BB_PLUGIN_ABI_VERSION,
	.struct_size = sizeof(bb_adapter),
	.kind = BB_ADAPTER_DESTINATION,
	.name = "stadspoli",
	.description = "Stadspoli (Beweeghuis): musculoskeletal triage referrals by FHIR messaging",
	.settings = settings,
	.deliver = deliver,
};

BB_PLUGIN_EXPORT const bb_adapter *bb_adapter_entry(uint32_t host_abi_version)
{
	(void)host_abi_version;
	return &stadspoli;
}
