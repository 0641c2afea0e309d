/*
 * <beweegbrug/outbox.h>: the outbox: durable sending, and for the operator.
 * Part of the public API; programs include <beweegbrug.h>, which
 * includes every topic header. This one also compiles on its own.
 */
#ifndef BEWEEGBRUG_OUTBOX_H
#define BEWEEGBRUG_OUTBOX_H

#include "beweegbrug/common.h"
#include "beweegbrug/referral.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- the outbox: durable sending ------------------------------------- */

/*
 * Make the referral's message for `destination_id` (in the destination's
 * configured format) and store it in the outbox; returns once it is on
 * disk (configuration keys outbox and outbox_key). `message_id` (may be
 * NULL) receives the message's id, the same on every retry.
 * Thread safety: safe.
 */
#define BB_MESSAGE_ID_LEN 37
BB_EXTERN int bb_referral_send(char message_id[BB_MESSAGE_ID_LEN], bb_connector *connector,
			       const bb_referral *referral, const char *destination_id);

/* What bb_outbox_deliver_due did. Initialise with BB_DELIVERY_STATS_INIT. */
typedef struct bb_delivery_stats {
	unsigned int version; /* BB_DELIVERY_STATS_VERSION */
	size_t delivered;     /* the receiver has it */
	size_t retrying;      /* failed for now; tried again after a backoff */
	size_t dead;          /* given up (refused, or too many attempts) */
} bb_delivery_stats;

#define BB_DELIVERY_STATS_VERSION 1
#define BB_DELIVERY_STATS_INIT { BB_DELIVERY_STATS_VERSION, 0, 0, 0 }

/*
 * Deliver every message that is due now, once each. A message given up on
 * is logged at error level ("verwijzing niet afgeleverd: ..."). BB_OK
 * when every attempt succeeded, BB_EUNAVAILABLE when some will be retried,
 * BB_EREFUSED when some were given up on. `stats` may be NULL; a version
 * this library does not know is refused (BB_EINVAL) before anything is
 * delivered.
 * Thread safety: safe.
 */
BB_EXTERN int bb_outbox_deliver_due(bb_delivery_stats *stats, bb_connector *connector);

/*
 * Told when a message is given up on (dead letter), so the HIS can show
 * it in the patient's record: `journal_line` is a ready Dutch line
 * ("verwijzing niet afgeleverd: <reden> (ontvanger: <naam>)"),
 * `referral_id` the HIS's own id (NULL if unknown). Called from the
 * thread that delivers; set it before starting delivery.
 * Thread safety: not thread-safe (set it before delivery starts).
 */
typedef void (*bb_dead_letter_cb)(const char *referral_id, const char *destination_id,
				  const char *message_id, const char *journal_line,
				  void *payload);
BB_EXTERN int bb_connector_on_dead_letter(bb_connector *connector, bb_dead_letter_cb cb,
					  void *payload);

/*
 * A delivery thread inside the library: it delivers what is due, sleeps
 * until the next message is due, and wakes at once when
 * bb_referral_send queues something. Per destination a circuit breaker
 * stops calling a receiver after breaker_failures (default 3) failures in
 * a row, for breaker_cooldown seconds (default 30, doubling while the
 * receiver stays down, at most an hour); its messages wait without
 * spending attempts. bb_delivery_stop finishes the delivery in progress
 * and returns; bb_connector_free stops the thread too.
 * Thread safety: safe.
 */
BB_EXTERN int bb_delivery_start(bb_connector *connector);
BB_EXTERN int bb_delivery_stop(bb_connector *connector);

/* ---- the outbox, for the operator --------------------------------------- */

/*
 * Open the connector's store now and check it, as a daemon should before
 * it starts (beweegbrug serve and deliver do): the outbox database (every
 * page readable; the key is the one it was made with; it is the database
 * that was made here, not a missing, emptied or replaced one) and, with
 * audit_log, the audit trail and its keys. BB_OK, or the error naming the
 * file and the problem: BB_ECONFIG for a key (wrong, readable by others,
 * of the wrong length) or a missing setting, BB_ECORRUPT for a damaged,
 * emptied or replaced database, BB_EIO when it cannot be read or written
 * (disk full, permissions). Other calls open the store on first use and
 * return the same errors.
 * Thread safety: safe.
 */
BB_EXTERN int bb_connector_open_store(bb_connector *connector);

typedef enum bb_outbox_state {
	BB_OUTBOX_PENDING = 0,      /* waiting to be (re)tried */
	BB_OUTBOX_DELIVERED = 1,
	BB_OUTBOX_DEAD = 2,         /* given up: refused, too many attempts or too old */
	BB_OUTBOX_ANY = -1
} bb_outbox_state;

typedef struct bb_outbox_entry {
	const char *message_id;
	const char *destination_id;
	const char *referral_id;    /* NULL if unknown */
	const char *content_type;
	const char *last_error;     /* NULL if none */
	bb_outbox_state state;
	unsigned attempts;
	int64_t created;            /* seconds since the epoch */
	int64_t next_attempt;
	size_t size;                /* message bytes */
} bb_outbox_entry;

/*
 * Called for each entry; strings are valid during the call. Non-zero stops.
 * The callback runs while the connector holds its store: it must not call
 * the connector's outbox, inbox, send or delivery functions (that call
 * would wait for the store forever). Copy what it needs and act after the
 * listing returns. The same holds for bb_inbox_entry_cb.
 */
typedef int (*bb_outbox_entry_cb)(const bb_outbox_entry *entry, void *payload);

/* The outbox's messages in `state` (BB_OUTBOX_ANY: all), oldest first. Thread safety: safe. */
BB_EXTERN int bb_outbox_list(bb_connector *connector, bb_outbox_state state,
			     bb_outbox_entry_cb cb, void *payload);
/*
 * One message: its entry (to cb, may be NULL) and its bytes (free with bb_free).
 * Thread safety: safe.
 */
BB_EXTERN int bb_outbox_show(char **body, size_t *len, bb_connector *connector,
			     const char *message_id, bb_outbox_entry_cb cb, void *payload);
/*
 * Try again: a given-up message (or all of them when message_id is NULL)
 * gets a fresh count of attempts and is due now. Never resends a
 * delivered message. *count (may be NULL) says how many.
 * Thread safety: safe.
 */
BB_EXTERN int bb_outbox_retry(size_t *count, bb_connector *connector, const char *message_id);
/*
 * Remove delivered (or, with state BB_OUTBOX_DEAD, given-up) messages older than `age` s.
 * Thread safety: safe.
 */
BB_EXTERN int bb_outbox_purge(size_t *count, bb_connector *connector, bb_outbox_state state,
			      int64_t age);

#ifdef __cplusplus
}
#endif

#endif
