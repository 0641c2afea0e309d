/*
 * The inbox: messages others sent us, in the outbox database (same file,
 * same key, same durability). A message is stored before it is answered;
 * its MessageHeader id is unique, so a repeat finds the first answer.
 * Payloads are sealed like the outbox's. Beside it, what we know of each
 * referral's state (its Task status and the date of the feedback that set
 * it), on the GP side to apply feedback in order, on the provider side to
 * send only legal next steps.
 */
#ifndef BB_INBOX_H
#define BB_INBOX_H

#include <stddef.h>
#include <stdint.h>

#include "outbox.h"

typedef struct inbox_msg {
	const char *msg_id;
	const char *sender;
	const char *kind;            /* "referral" | "feedback" */
	const char *referral_id;
	const char *practice_agb;
	const char *status;          /* Task status the message carries */
	const char *date;            /* feedback date-time, or NULL */
	const char *state;           /* "received" | "applied" | "stale" */
	const char *content_type;
	int64_t received_at;
	int64_t row;
} inbox_msg;

typedef struct inbox_answer {
	int http_status;
	char *content_type;
	unsigned char *body;
	size_t len;
	char *sender;                /* inbox_find: who sent the message stored */
} inbox_answer;

void inbox_answer_free(inbox_answer *a);

/*
 * Store a received message with the answer to give (and to give again to
 * a repeat). BB_OK; BB_EINVAL if msg_id is already stored.
 */
int inbox_store(outbox *ob, const inbox_msg *m, const void *payload, size_t len,
		const inbox_answer *answer, int64_t *row, diag_list *d);
/* The answer stored for msg_id: BB_OK, or BB_ENOTFOUND. */
int inbox_find(outbox *ob, const char *msg_id, inbox_answer *answer, int64_t *row, diag_list *d);
int inbox_set_state(outbox *ob, int64_t row, const char *state, diag_list *d);

typedef int (*inbox_cb)(const inbox_msg *m, void *payload);
/* Every message, oldest first; `state` NULL for all. */
int inbox_list(outbox *ob, const char *state, inbox_cb cb, void *payload, diag_list *d);
/*
 * One message by message id, or (when none has that id) the referral
 * message with that referral id; with its decrypted body (free()).
 */
int inbox_get(outbox *ob, const char *id, inbox_cb cb, void *payload, unsigned char **body,
	      size_t *len, diag_list *d);

/* A referral's known state: BB_ENOTFOUND when nothing is known yet. */
int store_referral_state_get(outbox *ob, const char *key, char **status, char **date, diag_list *d);
/* "practice AGB|referral id": how a referral is known on both sides. */
char *store_referral_key(const char *practice_agb, const char *referral_id);
/* A referral we sent: "requested", unless feedback on it is known already. */
int store_referral_state_sent(outbox *ob, const char *key, int64_t now, diag_list *d);
int store_referral_state_put(outbox *ob, const char *key, const char *status, const char *date,
		       int64_t now, diag_list *d);

/*
 * Who may report on a referral (docs/security.md): "dest:ID", the
 * [destination] it was sent to, and "agb:CODE", an organisation it was
 * forwarded to. store_referral_party_list calls cb for each (a non-zero return
 * stops it and is returned); for a referral queued before these were
 * recorded, the destinations of its outbox rows.
 */
int store_referral_party_add(outbox *ob, const char *key, const char *party, diag_list *d);
int store_referral_party_list(outbox *ob, const char *key, const char *referral_id,
			int (*cb)(const char *party, void *payload), void *payload, diag_list *d);

#endif
