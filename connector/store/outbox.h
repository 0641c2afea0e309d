/*
 * The durable outbox: every message waits here until its receiver has it.
 *
 * One SQLite database per installation, in WAL mode with
 * synchronous=FULL: when outbox_enqueue() returns, the message survives a
 * crash or a power cut (c-design.md §2c measured the choice). Payloads are
 * encrypted at rest with AES-256-GCM under a key file that only its owner
 * may read, so the file never holds a BSN or a name in clear text; the
 * message id and destination are the additional data, so a payload cannot
 * be moved to another row unnoticed.
 *
 * Delivery is at least once: a sender claims a row for a lease, then
 * marks it delivered or failed. A failed transient delivery is retried
 * with exponential backoff and jitter; after max_attempts (or a fatal
 * refusal) the row is dead-lettered. A lease that runs out (the sender
 * crashed) makes the row claimable again. The same message id is never
 * stored twice, so retries of an enqueue are harmless.
 *
 * An outbox handle is used by one thread at a time; several processes may
 * use the same file (SQLite's locking, with a busy timeout).
 */
#ifndef BB_OUTBOX_H
#define BB_OUTBOX_H

#include <stddef.h>
#include <stdint.h>

#include "util/diag.h"

typedef struct outbox outbox;

typedef enum outbox_state {
	OUTBOX_PENDING = 0,
	OUTBOX_DELIVERED = 1,
	OUTBOX_DEAD = 2
} outbox_state;

typedef struct outbox_policy {
	unsigned max_attempts;       /* dead letter after this many failures; 0: 12 */
	unsigned base_delay;         /* seconds before the first retry; 0: 30 */
	unsigned max_delay;          /* backoff cap in seconds; 0: 3600 */
	unsigned lease;              /* seconds a claim lasts; 0: 300 */
	unsigned max_age;            /* dead letter a message older than this (s); 0: 7 days */
} outbox_policy;

typedef struct outbox_item {
	int64_t row;
	char *msg_id;
	char *destination;
	char *content_type;
	unsigned char *payload;      /* decrypted */
	size_t len;
	unsigned attempts;
	char *referral_id;           /* the HIS's referral id, or NULL */
	int64_t created_at;
	const char *damage;          /* BB_ECORRUPT from outbox_claim: why it is unreadable */
} outbox_item;

/*
 * Open (creating if needed) the outbox at `path`, with the key in
 * `key_file` (32 raw bytes or 64 hex digits; mode 0600 or stricter).
 * Before anything is read or written it checks that every page of the
 * database reads (BB_ECORRUPT: damaged), that the key is the outbox's
 * own (BB_ECONFIG), and that the database is the one PATH.id says was
 * made here: a missing, emptied or replaced outbox is refused
 * (BB_ECORRUPT) rather than started afresh (identity.h). The database
 * and its -wal and -shm files are the owner's alone (0600). Problems go
 * to `d` naming the file.
 */
int outbox_open(outbox **out, const char *path, const char *key_file,
		const outbox_policy *policy, diag_list *d);
/* The store's identity: 32 hex digits. */
const char *outbox_id(const outbox *ob);
void outbox_close(outbox *ob);

/* Store a message durably; BB_OK also when this msg_id is already stored. */
int outbox_enqueue(outbox *ob, const char *msg_id, const char *destination,
		   const char *referral_id, const char *content_type, const void *payload,
		   size_t len, int64_t now, diag_list *d);

/*
 * Group commit: enqueue several messages between outbox_begin and
 * outbox_end(commit=1), paying for one sync instead of one each. Each item
 * inside a SAVEPOINT (op 0 open, 1 keep, 2 undo) so one bad item does not
 * take the others with it.
 */
int outbox_begin(outbox *ob, diag_list *d);
int outbox_end(outbox *ob, int commit, diag_list *d);
int outbox_savepoint(outbox *ob, int op, diag_list *d);

/*
 * Claim the oldest message that is due (for `destination`, or any when
 * NULL). BB_ENOTFOUND when none is due. Free the item with outbox_item_free.
 *
 * A message that cannot be read back (altered or damaged on disk: it
 * does not decrypt, or a column is missing) is given up on right here,
 * with the reason as its last error, and BB_ECORRUPT is returned with
 * item->row set and what could be read of it (msg_id, destination and
 * referral_id, each possibly NULL; no payload), so the caller can report
 * it and claim the next one. BB_ECORRUPT with item->row 0 is the database
 * itself failing.
 */
int outbox_claim(outbox *ob, const char *destination, int64_t now, outbox_item *item,
		 diag_list *d);
void outbox_item_free(outbox_item *item);

int outbox_delivered(outbox *ob, int64_t row, int64_t now, diag_list *d);
/*
 * A delivery failed. `fatal`: dead letter now; otherwise retry later, or
 * dead letter when the attempts are used up. *dead (may be NULL) says which.
 */
int outbox_failed(outbox *ob, int64_t row, int fatal, const char *reason, int64_t now,
		  int *dead, diag_list *d);

/* Release a claim without counting an attempt; due again at `until`. */
int outbox_postpone(outbox *ob, int64_t row, int64_t until, diag_list *d);
/* When the next pending message is due (BB_ENOTFOUND: none pending). */
int outbox_next_due(outbox *ob, int64_t *when, diag_list *d);

/* Small per-destination values (adapter cursors). get: BB_ENOTFOUND if unset. */
int outbox_state_get(outbox *ob, const char *destination, const char *key, char **value,
		     diag_list *d);
int outbox_state_put(outbox *ob, const char *destination, const char *key, const char *value,
		     int64_t now, diag_list *d);

/* One row as the operator sees it; strings valid during the callback. */
typedef struct outbox_row {
	int64_t row;
	const char *msg_id, *destination, *referral_id, *content_type, *last_error;
	outbox_state state;
	unsigned attempts;
	int64_t created_at, next_attempt_at;
	size_t size;                 /* payload bytes */
} outbox_row;
typedef int (*outbox_row_cb)(const outbox_row *row, void *payload);

/* Every row in `state` (or all when state < 0), oldest first; stops at a non-zero cb. */
int outbox_list(outbox *ob, int state, outbox_row_cb cb, void *payload, diag_list *d);
/* One message with its decrypted body (free with free); cb (may be NULL) sees the row. */
int outbox_show(outbox *ob, const char *msg_id, outbox_row_cb cb, void *payload,
		unsigned char **body, size_t *len, diag_list *d);
/*
 * Make a given-up message (or, with msg_id NULL, all of them) pending
 * again with a fresh count of attempts, due now; a named pending message
 * becomes due now. Delivered messages are never resent.
 */
int outbox_retry(outbox *ob, const char *msg_id, int64_t now, size_t *count, diag_list *d);
/* Delete delivered (or given-up) messages created at or before `before`. */
int outbox_purge(outbox *ob, int state, int64_t before, size_t *count, diag_list *d);

/* 1 when a message for this HIS referral id was ever queued here, 0 if not, <0 on error. */
int outbox_knows_referral(outbox *ob, const char *referral_id, diag_list *d);

/* How many rows are in each state. */
int outbox_count(outbox *ob, outbox_state state, size_t *count, diag_list *d);

/*
 * Whole-store readers (bodies.c): each message's id and decrypted body
 * (NUL-terminated, `len` bytes), in row order, for at most `max` rows of
 * the outbox (inbox = 0) or the inbox (inbox = 1) after row `after`;
 * *last becomes the last row read (unchanged when there was none). The
 * callback owns `body` (free it). A damaged row (not a sealed message, or
 * one that does not open) comes with body NULL and len 0, and the walk
 * goes on. A callback's result other than BB_OK stops the walk and is
 * returned.
 */
typedef int (*store_body_cb)(const char *msg_id, unsigned char *body, size_t len, void *payload);
int store_bodies(outbox *ob, int inbox, int64_t after, size_t max, int64_t *last,
		 store_body_cb cb, void *payload, diag_list *d);

/* The delay before retry number `attempt` (1-based), without jitter. */
unsigned outbox_backoff(const outbox_policy *policy, unsigned attempt);

#endif
