/*
 * <beweegbrug/message.h>: FHIR messages.
 * Part of the public API; programs include <beweegbrug.h>, which
 * includes every topic header. This one also compiles on its own.
 */
#ifndef BEWEEGBRUG_MESSAGE_H
#define BEWEEGBRUG_MESSAGE_H

#include "beweegbrug/common.h"
#include "beweegbrug/referral.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- FHIR messages ---------------------------------------------------- */

typedef enum bb_format {
	BB_FORMAT_JSON = 1,   /* application/fhir+json */
	BB_FORMAT_XML = 2     /* application/fhir+xml */
} bb_format;

/*
 * The referral as a FHIR R4 message Bundle (MessageHeader, Task,
 * ServiceRequest, Patient, PractitionerRole, Practitioner, Organizations,
 * Conditions, Observations, Consent; see schemas/README.md), addressed to
 * the configured destination `destination_id` (NULL: to the receiver the
 * referral names, unaddressed). `out` is NUL-terminated, free it with
 * bb_free. A referral without id, practice AGB, receiver or reason, or
 * one the patient refused consent for, makes no message (BB_EINPUT, naming
 * the field). A referral the patient was not yet asked about (no consent
 * at all) makes a message without a Consent, with a warning in the log:
 * something to look at, never to send (bb_referral_send and bb_refer refuse it).
 * Thread safety: safe.
 */
BB_EXTERN int bb_referral_to_fhir(char **out, size_t *out_len, bb_connector *connector,
				  const bb_referral *referral, const char *destination_id,
				  bb_format format);

/*
 * Read any supported FHIR R4 resource or Bundle (JSON or XML, detected)
 * and write it in `format`, losslessly. Every problem of the input is
 * reported (bb_error_count), naming the line (XML) and the FHIR path.
 * Thread safety: safe.
 */
BB_EXTERN int bb_fhir_reformat(char **out, size_t *out_len, bb_connector *connector,
			       const char *source, const void *data, size_t len, bb_format format);

typedef enum bb_message_kind {
	BB_MESSAGE_REFERRAL = 1,
	BB_MESSAGE_FEEDBACK = 2
} bb_message_kind;

/*
 * Check a referral or feedback message (JSON or XML) against the FHIR R4
 * rules the reader enforces and the Beweegbrug profile rules (references
 * resolve to the right types, Dutch identifiers pass their checks, codes
 * from the promised systems, consent for the receiver, the Task table).
 * `kind` (may be NULL) says which message it was. All problems are
 * reported (bb_error_count), each naming the rule and the FHIR path. A
 * referral without any Consent is valid with a warning in the log (it is
 * what bb_referral_to_fhir makes of a record without consent); the server
 * and bb_referral_send never take or send one.
 * Thread safety: safe.
 */
BB_EXTERN int bb_validate(bb_message_kind *kind, bb_connector *connector, const char *source,
			  const void *data, size_t len);

/*
 * Read a HIS record as bb_referral_from_his() does, and answer it the way
 * its format expects (for HL7 v2 an ACK: AA accepted, AE with an ERR per
 * problem, AR rejected). The answer is made for bad records too: that is
 * when the HIS needs it most. *accepted (may be NULL) is 1 when the record
 * was read without problems; the problems stay available as the last
 * error. BB_EUNSUPPORTED when the adapter's format has no answers.
 * Thread safety: safe.
 */
BB_EXTERN int bb_his_acknowledge(char **out, size_t *out_len, int *accepted,
				 bb_connector *connector, const char *adapter,
				 const char *source, const void *data, size_t len);

/*
 * Take a HIS record that arrived over a network (an HL7 v2 message from an
 * interface engine, say): read it, make and check the referral message
 * for `destination_id` (NULL: the receiver the referral names) and store
 * it durably, then answer it the way its format expects. Only once the
 * message is on disk is the answer "accepted". A record with problems is
 * answered "refused" with one entry per problem (HL7 v2: AE, an ERR
 * naming segment and field); when the record cannot be taken now (the
 * outbox is unavailable) it is answered "not now" (HL7 v2: AR), and the
 * sender should try again. A repeat of a record (the same sender's key,
 * see bb_host_record_key, or else the same bytes) gets the answer the
 * first one got, and nothing is queued again. Returns BB_OK whenever
 * there is an answer to send; other codes mean there is none (the
 * adapter cannot answer at all). Free *out with bb_his_receipt_free.
 */
typedef enum bb_his_outcome {
	BB_HIS_ACCEPTED = 1,    /* queued durably */
	BB_HIS_REFUSED = 2,     /* the record has problems; resending it will not help */
	BB_HIS_NOT_NOW = 3      /* not taken now; try again later */
} bb_his_outcome;

typedef struct bb_his_receipt {
	bb_his_outcome outcome;
	int repeat;               /* 1: answered before; this is that answer again */
	const char *answer;       /* the answer in the HIS's format */
	size_t answer_len;
	const char *message_id;   /* the outbox message when accepted, else NULL */
	const char *destination_id;
	const char *reason;       /* the first problem, or why not now; NULL when accepted */
} bb_his_receipt;

/* Thread safety: safe. */
BB_EXTERN int bb_his_receive(bb_his_receipt **out, bb_connector *connector, const char *adapter,
			     const char *source, const void *data, size_t len,
			     const char *destination_id);
/* Thread safety: one thread per handle. */
BB_EXTERN void bb_his_receipt_free(bb_his_receipt *receipt);

#ifdef __cplusplus
}
#endif

#endif
