/*
 * The last error of each thread, per connector.
 *
 * A HIS calls the library from several threads; each must see its own
 * last error, and two connectors in one process must not share one. So
 * each connector has a pthread key (no global state) whose per-thread
 * slot holds the error; the slots are also linked in a list so that
 * bb_connector_free() can release the ones other threads left behind.
 */
#ifndef BB_ERROR_H
#define BB_ERROR_H

#include <pthread.h>

#include "beweegbrug.h"
#include "util/mutex.h"
#include "util/diag.h"

typedef struct err_slot {
	bb_error pub;            /* what bb_error_last() returns */
	diag_list problems;      /* every problem of the last failed call */
	struct err_slot *next;
} err_slot;

typedef struct err_state {
	pthread_key_t key;
	mutex lock;              /* guards `slots`; taken under any other lock (mutex.h) */
	err_slot *slots;
} err_state;

int err_state_init(err_state *s);
void err_state_free(err_state *s);

/* This thread's slot; NULL only on out-of-memory. */
err_slot *err_slot_get(err_state *s);
/*
 * Append every problem of `slot` to `to`, the line that counts those not
 * shown included: `to` is made large enough, where a list of the default
 * size would drop that line and count one more instead.
 */
void err_slot_copy_problems(diag_list *to, const err_slot *slot);

/* Replace the thread's error with one problem; returns `code`. */
int err_set(err_state *s, int code, const char *source, unsigned line,
	    const char *field, const char *fmt, ...) DIAG_PRINTF(6, 7);
/*
 * Replace the thread's error with all problems of `d` (which must not be
 * empty); the first one is the main error. Returns its code, or
 * `fallback` when `d` is empty.
 */
int err_set_diags(err_state *s, const diag_list *d, int fallback);
void err_clear(err_state *s);

#endif
