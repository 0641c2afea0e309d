/*
 * Delivery from the outbox: one pass over what is due
 * (bb_outbox_deliver_due), the circuit breaker per destination, the
 * dead-letter callback, and the delivery thread.
 *
 * The store's lock is held only for the short database steps, never while
 * a receiver is being called: a HIS thread that queues a referral must not
 * wait for a slow receiver somewhere else.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit/audit.h"
#include "connector.h"
#include "log.h"
#include "util/mutex.h"
#include "store/outbox.h"
#include "store/store.h"
#include "util/strutil.h"

#define BREAKER_FAILURES 3u      /* failures in a row that open the circuit */
#define BREAKER_COOLDOWN 30u     /* first pause, doubling while the receiver stays down */
#define BREAKER_MAX_COOLDOWN 3600u
#define WORKER_POLL 1            /* seconds: also notice what other processes queue */

typedef struct breaker {
	char *destination;
	unsigned failures;           /* transient failures in a row */
	unsigned cooldown;           /* the current pause, 0 while closed */
	int64_t open_until;
	struct breaker *next;
} breaker;

/*
 * The connector's delivery: a breaker per destination, the dead-letter
 * callback and the delivery thread. Its lock is a leaf: nothing else is
 * taken while it is held (a pass lets go of it before it touches the
 * store, and the dead-letter callback is called without it).
 */
struct delivery {
	mutex lock;                  /* guards everything below */
	pthread_cond_t wake;         /* the worker: stop, or something was queued */
	pthread_cond_t stopped;      /* a stop's join is over (joining went to 0) */
	breaker *breakers;
	bb_dead_letter_cb dead_letter;
	void *dead_letter_payload;
	pthread_t worker;
	int running, stop, kicked;
	int joining;                 /* a bb_delivery_stop is joining the worker */
};

int delivery_new(delivery **out)
{
	delivery *dl = calloc(1, sizeof(*dl));

	*out = NULL;
	if (!dl)
		return BB_ENOMEM;
	if (mutex_init(&dl->lock, LOCK_RANK_LEAF, "the delivery's lock (deliver.c)") != 0) {
		free(dl);
		return BB_ERROR;
	}
	if (pthread_cond_init(&dl->wake, NULL) != 0) {
		mutex_destroy(&dl->lock);
		free(dl);
		return BB_ERROR;
	}
	if (pthread_cond_init(&dl->stopped, NULL) != 0) {
		pthread_cond_destroy(&dl->wake);
		mutex_destroy(&dl->lock);
		free(dl);
		return BB_ERROR;
	}
	*out = dl;
	return BB_OK;
}

void delivery_free(delivery *dl)
{
	breaker *b, *next;

	if (!dl)
		return;
	for (b = dl->breakers; b; b = next) {
		next = b->next;
		free(b->destination);
		free(b);
	}
	pthread_cond_destroy(&dl->stopped);
	pthread_cond_destroy(&dl->wake);
	mutex_destroy(&dl->lock);
	free(dl);
}

static unsigned setting(const bb_connector *c, const char *key, unsigned dflt)
{
	const char *v = c->cfg ? config_get(&c->cfg->connector, key) : NULL;

	return v ? (unsigned)strtoul(v, NULL, 10) : dflt;
}

/* Call with the delivery's lock held. NULL on out-of-memory. */
static breaker *breaker_of(delivery *dl, const char *destination)
{
	breaker *b;

	for (b = dl->breakers; b; b = b->next)
		if (strcmp(b->destination, destination) == 0)
			return b;
	b = calloc(1, sizeof(*b));
	if (!b || !(b->destination = str_dup(destination))) {
		free(b);
		return NULL;
	}
	b->next = dl->breakers;
	dl->breakers = b;
	return b;
}

/* 0 when the circuit is open: do not call the receiver before *until. */
static int breaker_allows(bb_connector *c, const char *destination, int64_t now, int64_t *until)
{
	breaker *b;
	int allow = 1;

	mutex_lock(&c->delivery->lock);
	b = breaker_of(c->delivery, destination);
	if (b && b->open_until > now) {
		*until = b->open_until;
		allow = 0;
	}
	mutex_unlock(&c->delivery->lock);
	return allow;
}

/*
 * After a call: an answer (delivered or refused) shows the receiver is
 * there and closes the circuit; a failure counts, and enough in a row open
 * it. After the pause one message is tried (half open): its failure opens
 * the circuit again for twice as long.
 */
static void breaker_record(bb_connector *c, const char *destination, int reachable, int64_t now)
{
	unsigned threshold = setting(c, "breaker_failures", BREAKER_FAILURES);
	unsigned base = setting(c, "breaker_cooldown", BREAKER_COOLDOWN);
	char failures[16], pause[16];
	breaker *b;

	mutex_lock(&c->delivery->lock);
	b = breaker_of(c->delivery, destination);
	if (b && reachable) {
		if (b->cooldown)
			log_event(c, BB_LOG_INFO, "destination.circuit-closed", "destination", destination,
				  (char *)NULL);
		b->failures = 0;
		b->cooldown = 0;
		b->open_until = 0;
	} else if (b && ++b->failures >= threshold) {
		b->cooldown = !b->cooldown ? base
			      : b->cooldown >= BREAKER_MAX_COOLDOWN / 2 ? BREAKER_MAX_COOLDOWN
			      : b->cooldown * 2;
		b->open_until = now + b->cooldown;
		snprintf(failures, sizeof failures, "%u", b->failures);
		snprintf(pause, sizeof pause, "%u", b->cooldown);
		log_event(c, BB_LOG_WARN, "destination.circuit-open", "destination", destination,
			  "failures", failures, "pause_s", pause, (char *)NULL);
	}
	mutex_unlock(&c->delivery->lock);
}

static void tell_dead_letter(bb_connector *c, const outbox_item *item, const char *detail)
{
	const char *dest = item->destination ? item->destination : "(onbekend)";
	const char *msg_id = item->msg_id ? item->msg_id : "(onbekend)";
	const cfg_section *s = c->cfg && item->destination
			       ? config_destination(c->cfg, item->destination) : NULL;
	const char *name = s && config_get(s, "name") ? config_get(s, "name") : dest;
	char *line = str_printf("verwijzing niet afgeleverd: %s (ontvanger: %s)",
				detail && *detail ? detail : "onbekende reden", name);
	bb_dead_letter_cb cb;
	void *payload;

	log_event(c, BB_LOG_ERROR, "message.dead-letter", "message", msg_id, "destination", dest,
		  "referral", item->referral_id, "reason", line ? line : "verwijzing niet afgeleverd",
		  (char *)NULL);
	/* called without the lock: the HIS may do anything in it but call back */
	mutex_lock(&c->delivery->lock);
	cb = c->delivery->dead_letter;
	payload = c->delivery->dead_letter_payload;
	mutex_unlock(&c->delivery->lock);
	if (cb && line)
		cb(item->referral_id, dest, msg_id, line, payload);
	free(line);
}

/*
 * The audit record of a settled message, written after the outbox has
 * recorded the outcome: a crash between the two leaves the record out,
 * never a record of something the outbox does not know.
 */
static void audit_settled(bb_connector *c, const outbox_item *item, int dead, const char *detail)
{
	audit_rec a;

	memset(&a, 0, sizeof(a));
	a.event = dead ? "message.dead-letter" : "message.delivered";
	a.actor = "deliverer";
	a.referral = item->referral_id;
	a.peer = item->destination;
	a.message = item->msg_id;
	a.outcome = dead ? "dead" : "delivered";
	a.detail = dead ? detail : NULL;
	connector_audit(c, &a, 1);
}

/* One database step of a pass, run under the store's lock (store_with). */
typedef struct step {
	int64_t now;                 /* claim: due by then; settle: the time */
	outbox_item *item;           /* claim: filled */
	int64_t row;                 /* settle, postpone: the claimed row */
	int outcome;                 /* settle: what the adapter said */
	const char *detail;
	int dead;                    /* settle: given up on */
	int64_t when;                /* next due */
} step;

static int claim_step(outbox *ob, void *arg, diag_list *d)
{
	step *s = arg;

	return outbox_claim(ob, NULL, s->now, s->item, d);
}

static int settle_step(outbox *ob, void *arg, diag_list *d)
{
	step *s = arg;

	if (s->outcome == BB_OK)
		return outbox_delivered(ob, s->row, s->now, d);
	return outbox_failed(ob, s->row, s->outcome == BB_EREFUSED, s->detail, s->now,
			     &s->dead, d);
}

static int postpone_step(outbox *ob, void *arg, diag_list *d)
{
	step *s = arg;

	return outbox_postpone(ob, s->row, s->when, d);
}

static int next_due_step(outbox *ob, void *arg, diag_list *d)
{
	step *s = arg;

	(void)d;
	return outbox_next_due(ob, &s->when, NULL);
}

/*
 * Claim the next message that was due at `due_by`; BB_ENOTFOUND when none.
 * A pass claims only what was due when it began: on a slow machine a
 * message retried early in the pass may fall due again before the pass
 * ends, and "once each" must hold.
 */
static int claim_next(bb_connector *c, int64_t due_by, outbox_item *item, diag_list *d)
{
	step s = { due_by, item, 0, 0, NULL, 0, 0 };

	return store_with(c->store, claim_step, &s, d);
}

/* Record the outcome of one attempt; *dead says whether it was given up. */
static int settle(bb_connector *c, const outbox_item *item, int outcome, const char *detail,
		  int *dead, diag_list *d)
{
	step s = { (int64_t)time(NULL), NULL, item->row, outcome, detail, 0, 0 };
	int rc = store_with(c->store, settle_step, &s, d);

	*dead = s.dead;
	return rc;
}

static int postpone(bb_connector *c, const outbox_item *item, int64_t until, diag_list *d)
{
	step s = { 0, NULL, item->row, 0, NULL, 0, until };

	return store_with(c->store, postpone_step, &s, d);
}

int bb_outbox_deliver_due(bb_delivery_stats *stats, bb_connector *c)
{
	diag_list d = DIAG_LIST_INIT;
	bb_delivery_stats st = BB_DELIVERY_STATS_INIT;
	outbox_item item;
	int64_t started = (int64_t)time(NULL);
	int rc = BB_OK;

	if (!c)
		return BB_EINVAL;
	if (stats && (stats->version < 1 || stats->version > BB_DELIVERY_STATS_VERSION))
		return connector_error(c, BB_EINVAL, "bb_outbox_deliver_due: bb_delivery_stats version %u "
				       "is not one this library knows (1 to %u): initialise it with "
				       "BB_DELIVERY_STATS_INIT", stats->version, BB_DELIVERY_STATS_VERSION);
	while (rc == BB_OK) {
		char *detail = NULL;
		int dead = 0, outcome;
		int64_t until = 0;

		rc = claim_next(c, started, &item, &d);
		if (rc == BB_ENOTFOUND) {
			rc = BB_OK;
			break;
		}
		if (rc == BB_ECORRUPT && item.row) {
			/*
			 * A poisoned message, given up on by the outbox already:
			 * report it as any dead letter and go on with the rest.
			 */
			const char *why = item.damage ? item.damage : "damaged in the outbox";
			char *reason = str_printf("bericht beschadigd in de outbox (%s)", why);

			log_msg(c, BB_LOG_ERROR, "%s", d.count ? diag_line(&d, d.count - 1) : why);

			st.dead++;
			audit_settled(c, &item, 1, why);
			tell_dead_letter(c, &item, reason ? reason : "bericht beschadigd in de outbox");
			free(reason);
			outbox_item_free(&item);
			diag_clear(&d);
			rc = BB_OK;
			continue;
		}
		if (rc != BB_OK)
			break;
		if (!breaker_allows(c, item.destination, (int64_t)time(NULL), &until)) {
			/* Waits for the circuit without spending an attempt. */
			rc = postpone(c, &item, until, &d);
			st.retrying++;
			outbox_item_free(&item);
			continue;
		}
		outcome = adapter_deliver(c, item.destination, item.msg_id, item.content_type,
					  item.payload, item.len, &detail);
		breaker_record(c, item.destination, outcome == BB_OK || outcome == BB_EREFUSED,
			       (int64_t)time(NULL));
		rc = settle(c, &item, outcome, detail, &dead, &d);
		/* the trail records an end (delivered, given up) once the outbox holds it */
		if ((outcome == BB_OK || dead) && rc == BB_OK)
			audit_settled(c, &item, dead, detail);
		if (outcome == BB_OK) {
			st.delivered++;
			log_event(c, BB_LOG_INFO, "message.delivered", "message", item.msg_id,
				  "destination", item.destination, "referral", item.referral_id,
				  (char *)NULL);
		} else if (dead) {
			st.dead++;
			tell_dead_letter(c, &item, detail);
		} else {
			st.retrying++;
			char attempt[16];
			snprintf(attempt, sizeof attempt, "%u", item.attempts + 1);
			log_event(c, BB_LOG_WARN, "message.retry", "message", item.msg_id,
				  "destination", item.destination, "referral", item.referral_id,
				  "attempt", attempt, "reason", detail ? detail : "", (char *)NULL);
		}
		free(detail);
		outbox_item_free(&item);
	}
	if (stats)
		*stats = st;   /* version 1 is all of it; a later one copies a version's fields */
	if (rc != BB_OK)
		rc = err_set_diags(&c->err, &d, rc);
	else if (st.dead)
		rc = connector_error(c, BB_EREFUSED, "%zu message(s) given up on", st.dead);
	else if (st.retrying)
		rc = connector_error(c, BB_EUNAVAILABLE, "%zu message(s) will be retried", st.retrying);
	else
		err_clear(&c->err);
	diag_free(&d);
	return rc;
}

int bb_connector_on_dead_letter(bb_connector *c, bb_dead_letter_cb cb, void *payload)
{
	if (!c)
		return BB_EINVAL;
	mutex_lock(&c->delivery->lock);
	c->delivery->dead_letter = cb;
	c->delivery->dead_letter_payload = payload;
	mutex_unlock(&c->delivery->lock);
	return BB_OK;
}

/* ---- the delivery thread ------------------------------------------------ */

/* Seconds until something may be due: the next message, at most WORKER_POLL. */
static int64_t next_wait(bb_connector *c)
{
	int64_t now = (int64_t)time(NULL), wait = WORKER_POLL;
	step s = { 0, NULL, 0, 0, NULL, 0, 0 };

	if (store_with_open(c->store, next_due_step, &s, NULL) == BB_OK && s.when - now < wait)
		wait = s.when - now;
	return wait < 0 ? 0 : wait;
}

/*
 * A pass that could not run (the store failed: damaged, disk full,
 * locked) is logged at error level: the same problem again once a
 * minute, a new one at once, so nobody is left guessing why nothing
 * leaves, and the log is not flooded once a second.
 */
static void report_pass(bb_connector *c, int rc, char **last, int64_t *last_at)
{
	const char *why;
	int64_t now = (int64_t)time(NULL);

	if (rc == BB_OK || rc == BB_EUNAVAILABLE || rc == BB_EREFUSED) {
		if (*last)
			log_msg(c, BB_LOG_INFO, "delivery works again");
		free(*last);
		*last = NULL;
		return;
	}
	why = bb_error_last(c)->message;
	if (!why || !*why)
		why = bb_strerror(rc);
	if (*last && strcmp(*last, why) == 0 && now - *last_at < 60)
		return;
	log_msg(c, BB_LOG_ERROR, "delivery stopped: %s", why);
	free(*last);
	*last = str_dup(why);
	*last_at = now;
}

static void *worker_main(void *arg)
{
	bb_connector *c = arg;
	delivery *dl = c->delivery;
	char *last = NULL;
	int64_t last_at = 0;

	mutex_lock(&dl->lock);
	while (!dl->stop) {
		struct timespec deadline;
		int64_t wait;

		dl->kicked = 0;
		mutex_unlock(&dl->lock);
		report_pass(c, bb_outbox_deliver_due(NULL, c), &last, &last_at);
		wait = next_wait(c);
		clock_gettime(CLOCK_REALTIME, &deadline);
		deadline.tv_sec += (time_t)wait;
		if (!wait)
			deadline.tv_nsec += 100 * 1000 * 1000;   /* due now, but leased elsewhere */
		if (deadline.tv_nsec >= 1000000000L) {
			deadline.tv_sec++;
			deadline.tv_nsec -= 1000000000L;
		}
		mutex_lock(&dl->lock);
		while (!dl->stop && !dl->kicked &&
		       cond_timedwait(&dl->wake, &dl->lock, &deadline) != ETIMEDOUT)
			;
	}
	mutex_unlock(&dl->lock);
	free(last);
	return NULL;
}

void delivery_kick(bb_connector *c)
{
	delivery *dl = c->delivery;

	mutex_lock(&dl->lock);
	if (dl->running) {
		dl->kicked = 1;
		pthread_cond_signal(&dl->wake);
	}
	mutex_unlock(&dl->lock);
}

int bb_delivery_start(bb_connector *c)
{
	int rc = BB_OK;

	if (!c)
		return BB_EINVAL;
	/* a damaged store or a wrong key is said now, not once a second in the log */
	if ((rc = bb_connector_open_store(c)) != BB_OK)
		return rc;
	mutex_lock(&c->delivery->lock);
	/* a stop that is joining the worker ends first: then this one starts anew */
	while (c->delivery->joining)
		cond_wait(&c->delivery->stopped, &c->delivery->lock);
	if (!c->delivery->running) {
		sigset_t pipe_set, old;

		c->delivery->stop = 0;
		/* The thread inherits a mask that blocks SIGPIPE (sigpipe.h). */
		sigemptyset(&pipe_set);
		sigaddset(&pipe_set, SIGPIPE);
		pthread_sigmask(SIG_BLOCK, &pipe_set, &old);
		if (pthread_create(&c->delivery->worker, NULL, worker_main, c) == 0)
			c->delivery->running = 1;
		else
			rc = BB_ERROR;
		pthread_sigmask(SIG_SETMASK, &old, NULL);
	}
	mutex_unlock(&c->delivery->lock);
	if (rc != BB_OK)
		return connector_error(c, rc, "cannot start the delivery thread");
	log_event(c, BB_LOG_INFO, "delivery.started", (char *)NULL);
	return BB_OK;
}

int bb_delivery_stop(bb_connector *c)
{
	delivery *dl;
	int running;

	if (!c)
		return BB_EINVAL;
	dl = c->delivery;
	mutex_lock(&dl->lock);
	dl->stop = 1;
	pthread_cond_signal(&dl->wake);
	if (dl->joining) {
		/* Another thread is joining the worker (a thread is joined once): wait for it. */
		while (dl->joining)
			cond_wait(&dl->stopped, &dl->lock);
		mutex_unlock(&dl->lock);
		return BB_OK;
	}
	running = dl->running;
	dl->joining = running;
	mutex_unlock(&dl->lock);
	if (!running)
		return BB_OK;
	/* Waits for the delivery in progress: a message is never left half settled. */
	pthread_join(dl->worker, NULL);
	mutex_lock(&dl->lock);
	dl->running = 0;
	dl->joining = 0;
	pthread_cond_broadcast(&dl->stopped);
	mutex_unlock(&dl->lock);
	log_event(c, BB_LOG_INFO, "delivery.stopped", (char *)NULL);
	return BB_OK;
}
