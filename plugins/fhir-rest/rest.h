/*
 * fhir-rest: what the delivering half (fhir_rest.c) and the polling half
 * (poll.c) share: the receiver's base URL, its wire format, and HTTP calls
 * that answer with a parsed FHIR tree.
 */
#ifndef FHIR_REST_H
#define FHIR_REST_H

#include <stddef.h>

#include "beweegbrug/sys/plugin.h"

/* Identifier systems of the Beweegbrug messages (schemas/README.md). */
#define SYS_REFERRAL_PREFIX "urn:beweegbrug:id:referral:agb:"
#define SYS_MESSAGE_ID "urn:beweegbrug:id:message"
/* the patient of a referral (+ practice AGB; value the referral id), schemas/README.md */
#define SYS_REFERRAL_PATIENT_PREFIX "urn:beweegbrug:id:referral-patient:agb:"
#define SYS_AGB "http://fhir.nl/fhir/NamingSystem/agb-z"
#define SYS_RECEIVER_ID "urn:beweegbrug:id:receiver"

#define CT_JSON "application/fhir+json; fhirVersion=4.0"
#define CT_XML "application/fhir+xml; fhirVersion=4.0"

typedef struct rest {
	const bb_host *host;
	const char *base;        /* the endpoint setting */
	size_t base_len;         /* without a trailing '/' */
	int xml;                 /* talk application/fhir+xml */
} rest;

/* Fill `r` from the destination's settings; BB_ECONFIG without an endpoint. */
int rest_init(rest *r, const bb_host *host);

/* "[base]/" + path, malloc'ed; NULL on out-of-memory. */
char *rest_url(const rest *r, const char *path);

/* Append `s` to `out` percent-encoded for a URL query value. */
int rest_escape(bb_buf *out, const char *s);

/*
 * Send a request and parse the answer. BB_OK when an HTTP answer came
 * (*status set; *answer the parsed body or NULL when it had none or was
 * not FHIR); BB_EUNAVAILABLE when none came, the reason in `why`.
 */
int rest_call(const rest *r, const char *method, const char *url, const char *content_type,
	      const void *body, size_t len, long *status, bb_fhir **answer,
	      char why[BB_HOST_WHY_LEN]);

/* The first OperationOutcome text in an answer (or in its entries), or NULL. */
const char *rest_outcome_text(const bb_fhir *root);

/* True when `t` is the resource type `type`. */
int rest_is(const bb_fhir *t, const char *type);

/* The fetch_feedback callback (poll.c). */
int rest_fetch_feedback(void *state, const bb_host *host, bb_feedback_sink *sink);

#endif
