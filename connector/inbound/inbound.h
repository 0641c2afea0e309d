/*
 * Receiving: what bb_inbound_process needs inside (answers, applying
 * feedback). The server (connector/server/) only moves bytes to and from
 * bb_inbound_process; everything about FHIR and senders is here.
 */
#ifndef BB_INBOUND_H
#define BB_INBOUND_H

#include "connector.h"
#include "store/inbox.h"

/* What we know of a request when answering it. */
typedef struct request_info {
	const char *header_id;       /* the request's MessageHeader.id */
	const char *event_system;
	const char *event_code;
	const char *our_endpoint;    /* MessageHeader.source.endpoint of our answer */
	const char *their_endpoint;  /* the request's source.endpoint: our answer's destination */
} request_info;

/*
 * The response message (or a bare OperationOutcome when `req` has no
 * header) with `text` and/or the problems in `why`.
 */
int inbound_answer_make(inbox_answer *out, int http_status, const char *response_code,
		const request_info *req, const char *text, const diag_list *why, int xml);

/*
 * Which FHIR format a Content-Type names (media.c): 'j' for
 * application/fhir+json, 'x' for application/fhir+xml, compared without
 * regard to case, with any parameters; a charset other than UTF-8 or a
 * fhirVersion other than 4.0 is refused. 0 when refused, with *problem
 * (static text) saying why.
 */
int inbound_media_type(const char *content_type, const char **problem);

/* Seconds since the epoch of a FHIR dateTime/instant; 0 when it is not one. */
int64_t inbound_datetime_epoch(const char *s);

/* How a feedback fits what is known of its referral (steps.c). */
typedef enum step_verdict {
	STEP_OK,          /* the next step: store (and apply) it */
	STEP_STALE,       /* older than what is known: keep, do not apply */
	STEP_ILLEGAL,     /* may not follow what is known; *why says so */
	STEP_UNKNOWN,     /* no such referral (of that practice) */
	STEP_ERROR        /* storage or memory: try again later */
} step_verdict;

/*
 * Judge `fb` (status, date, a forwarded track's status) against the
 * referral's state under `key`. check_dates 0: the transition only (for
 * the sender, whose own new feedback is never late). *why (free it) is
 * set for STEP_ILLEGAL. Called with the store's lock held.
 */
step_verdict inbound_feedback_step(outbox *ob, const char *key, const bb_feedback *fb, int check_dates,
			   char **why, diag_list *d);
/* Record `fb` as what is now known of the referral (and its forwarded track). */
int inbound_feedback_step_record(outbox *ob, const char *key, const bb_feedback *fb, int64_t now,
			 diag_list *d);

/* Apply what is pending unless another thread is at it already (never waits for it). */
void inbound_apply_soon(bb_connector *c);

#endif
