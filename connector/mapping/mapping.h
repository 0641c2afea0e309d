/*
 * The canonical model <-> FHIR trees: the referral message Bundle
 * (standards.md §5.1) and, later, the feedback message (§5.2). Knows
 * FHIR and the model; knows nothing of bytes, files or sockets.
 */
#ifndef BB_MAPPING_H
#define BB_MAPPING_H

#include "beweegbrug.h"
#include "util/diag.h"
#include "fhir/fhir_node.h"

/* What the message says about itself and its route, beyond the referral. */
typedef struct msg_context {
	const char *bundle_id;            /* NULL: a new UUID */
	const char *message_id;           /* MessageHeader.id; NULL: a new UUID */
	const char *timestamp;            /* instant; NULL: now */
	const char *source_endpoint;      /* NULL: derived from the practice's AGB */
	const char *destination_endpoint; /* NULL: derived from the receiver id */
	const char *destination_name;     /* NULL: the receiver's name */
	int consent_required;             /* 1: a message to send; without consent it is refused */
} msg_context;

/*
 * Build the referral message Bundle. Problems (a referral that cannot make
 * a valid message: refused consent, no receiver, ...; no consent at all when
 * ctx->consent_required) go to `d` with the model field at fault; then
 * BB_EINPUT and *out NULL. Without consent and not required, the message
 * has no Consent.
 */
int mapping_referral_message(fhir_node **out, const bb_referral *r, const msg_context *ctx,
			     diag_list *d);

/*
 * The feedback message Bundle (standards.md §5.2). `ctx` gives ids and
 * endpoints as for a referral (destination: the GP side).
 */
int mapping_feedback_message(fhir_node **out, const bb_feedback *fb, const msg_context *ctx,
			     diag_list *d);
/* Fill `fb` from a feedback message Bundle; problems name the FHIR path. */
int mapping_feedback_read(bb_feedback *fb, const fhir_node *bundle, const char *source,
			  diag_list *d);

/* The kind (gli, beweegcoach, ...) of a ServiceRequest we wrote; NULL if not ours. */
const char *mapping_referral_kind(const fhir_node *service_request);

/* Our reasons for declining or stopping (schemas/README.md); NULL if unknown. */
const char *mapping_stop_reason_display(const char *code);

/* Dutch display of a stadspoli track (physio | specialist | beweegcoach); NULL if unknown. */
const char *mapping_track_display(const char *code);

/* Row `index` of those two tables: its code and *display; NULL past the last. */
const char *mapping_stop_reason_at(size_t index, const char **display);
const char *mapping_track_at(size_t index, const char **display);

/* Now as a FHIR instant in UTC ("2026-11-23T16:30:00Z"). */
void mapping_now(char out[32]);

#endif
