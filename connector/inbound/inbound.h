/*
 * Receiving: what bb_inbound_process needs inside (answers, applying
 * feedback). The server (connector/server/) only moves bytes to and from
 * bb_inbound_process; everything about FHIR and senders is here.
 */
#ifndef BB_INBOUND_H
#define BB_INBOUND_H

#include "connector.h"
#include "outbox/inbox.h"

/* What we know of a request when answering it. */
typedef struct request_info {
	const char *header_id;       /* the request's MessageHeader.id */
	const char *event_system;
	const char *event_code;
	const char *our_endpoint;    /* MessageHeader.source.endpoint of our answer */
} request_info;

/*
 * The response message (or a bare OperationOutcome when `req` has no
 * header) with `text` and/or the problems in `why`.
 */
int answer_make(inbox_answer *out, int http_status, const char *response_code,
		const request_info *req, const char *text, const diag_list *why, int xml);

/* Seconds since the epoch of a FHIR dateTime/instant; 0 when it is not one. */
int64_t datetime_epoch(const char *s);

/* Apply stored, unapplied feedback in arrival order (apply.c). */
int inbound_apply_pending(bb_connector *c, size_t *applied, diag_list *d);

#endif
