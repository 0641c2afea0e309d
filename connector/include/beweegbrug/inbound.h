/*
 * <beweegbrug/inbound.h>: receiving messages others send us.
 * Part of the public API; programs include <beweegbrug.h>, which
 * includes every topic header. This one also compiles on its own.
 */
#ifndef BEWEEGBRUG_INBOUND_H
#define BEWEEGBRUG_INBOUND_H

#include "beweegbrug/common.h"
#include "beweegbrug/feedback.h"
#include "beweegbrug/message.h"
#include "beweegbrug/outbox.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- receiving: messages others send us ------------------------------- */

/*
 * Who may send us what is configured per sender:
 *
 *   [sender "huisartsen-jekerkwartier"]
 *   subject = CN=gp-practice-001,O=Test GP   (the client certificate's subject, RFC 2253)
 *   role = referrer        (referrer: sends us referrals, we are the provider;
 *                           provider: sends us feedback, we are the GP side)
 *   agb = 01012345         (referrer: the practice AGB codes its referrals may carry;
 *                           provider: its own, for referrals forwarded to it)
 *   destination = coach    (provider: the destinations it is, whose referrals it
 *                           may report on; default: the one with its id)
 *   reply_to = gp-jekerkwartier   (provider side: the destination our feedback goes to)
 *
 * bb_inbound_process() is the whole receiving side for a HIS vendor whose
 * own web layer terminates TLS: it takes the request body and the
 * client's certificate (PEM, as the web layer verified it), authorises
 * the sender by subject (and a referral by its practice AGB, feedback by
 * whom the referral was sent or forwarded to), reads and validates the message, stores it
 * durably (the outbox database, encrypted), applies feedback (GP side;
 * when another thread is applying already, that thread takes this one
 * too, so no answer waits behind a slow HIS), and returns the FHIR
 * response message to send back with its HTTP status. A message already received (same MessageHeader id) is answered
 * again as the first time and not stored or applied twice.
 *
 * Return: BB_OK stored (or a duplicate), BB_EREFUSED refused for good
 * (unknown sender, invalid message, a referral not sent to this sender,
 * another practice's AGB, illegal transition: the response is a fatal-error), BB_EUNAVAILABLE not now
 * (storage full or busy: transient-error). The response is set in every
 * case; free what it holds with bb_inbound_response_free. Initialise it
 * with BB_INBOUND_RESPONSE_INIT: a version this library does not know is
 * refused (BB_EINVAL) and the response is left as it was.
 */
typedef struct bb_inbound_response {
	unsigned int version;       /* BB_INBOUND_RESPONSE_VERSION */
	int http_status;            /* 200, 400, 403, 413, 415, 503 ... */
	char *body;                 /* FHIR response message (or OperationOutcome) */
	size_t len;
	const char *content_type;   /* the request's format: application/fhir+json or +xml */
} bb_inbound_response;

#define BB_INBOUND_RESPONSE_VERSION 1
#define BB_INBOUND_RESPONSE_INIT { BB_INBOUND_RESPONSE_VERSION, 0, NULL, 0, NULL }

/* Thread safety: safe. */
BB_EXTERN int bb_inbound_process(bb_inbound_response *response, bb_connector *connector,
				 const char *client_cert_pem, const char *content_type,
				 const void *body, size_t len);
/* Frees what a response holds (not the struct itself). Thread safety: one thread per handle. */
BB_EXTERN void bb_inbound_response_free(bb_inbound_response *response);

/*
 * GP side: told once for every feedback applied, in order, with what the
 * HIS adapter made of it (journal entry plus measurements, in the HIS's
 * own form) and the canonical feedback. Return 0 when the HIS stored it;
 * non-zero keeps the message pending (tried again by the next receive,
 * bb_inbox_apply_pending or bb_poll_feedback). Applying is at least once:
 * a process killed after the HIS stored an entry but before the library
 * recorded that offers the same message again, so the HIS should
 * recognise a repeat by BB_FB_MESSAGE_ID.
 * Thread safety: not thread-safe (set it before the threads start).
 */
typedef int (*bb_feedback_apply_cb)(const char *referral_id, const bb_feedback *feedback,
				    const char *his_entry, size_t len, void *payload);
BB_EXTERN int bb_connector_on_feedback(bb_connector *connector, bb_feedback_apply_cb cb,
				       void *payload);
/*
 * GP side, for a destination that is polled (fhir-rest): fetch its new
 * feedback and take each message exactly as if it had been pushed to our
 * server (checked, stored once, applied in order). *stored (may be NULL)
 * counts the messages stored.
 * Thread safety: safe.
 */
BB_EXTERN int bb_poll_feedback(size_t *stored, bb_connector *connector,
			       const char *destination_id);
/*
 * Apply received feedback that is stored but not yet applied (after a crash).
 * Thread safety: safe.
 */
BB_EXTERN int bb_inbox_apply_pending(size_t *applied, bb_connector *connector);

/* What was received (provider side: referrals; GP side: feedback). */
typedef struct bb_inbox_entry {
	const char *message_id;
	const char *sender_id;      /* the [sender] section */
	const char *kind;           /* "referral" or "feedback" */
	const char *referral_id;
	const char *practice_agb;
	const char *status;         /* the referral's Task status now */
	const char *state;          /* "received", "applied", "stale" (older than what is known), "damaged" (cannot be read back: set aside) */
	int64_t received;           /* seconds since the epoch */
} bb_inbox_entry;
/*
 * As bb_outbox_entry_cb: runs with the store held; do not call back into the connector.
 * Thread safety: safe.
 */
typedef int (*bb_inbox_entry_cb)(const bb_inbox_entry *entry, void *payload);
BB_EXTERN int bb_inbox_list(bb_connector *connector, bb_inbox_entry_cb cb, void *payload);
/* One message by message id, or the referral message of a referral id. Thread safety: safe. */
BB_EXTERN int bb_inbox_show(char **body, size_t *len, bb_connector *connector,
			    const char *id, bb_inbox_entry_cb cb, void *payload);

/*
 * Provider side: answer a received referral. `feedback` names the
 * referral (BB_FB_REFERRAL_ID, and BB_FB_PRACTICE_AGB when several
 * practices refer); the status must be a legal next step from what was
 * sent before. The message goes to the referring sender's reply_to
 * destination through the outbox, as durable as a referral.
 * Thread safety: safe.
 */
BB_EXTERN int bb_feedback_send(char message_id[BB_MESSAGE_ID_LEN], bb_connector *connector,
			       const bb_feedback *feedback);

/*
 * The CapabilityStatement of this receiver (what GET [base]/metadata
 * answers): mutual TLS, $process-message, the messages taken (event
 * v2-0003#I12, referral and feedback) and the profiles of what travels in
 * them. `base_url` is the address senders use ("https://host:8443/fhir").
 * For a HIS vendor whose own web layer serves the endpoint. Free *out
 * with bb_free.
 * Thread safety: safe.
 */
BB_EXTERN int bb_capability_statement(char **out, size_t *out_len, bb_connector *connector,
				      const char *base_url, bb_format format);

#ifdef __cplusplus
}
#endif

#endif
