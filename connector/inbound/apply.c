/*
 * After receiving: feedback into the HIS (GP side), the inbox for the
 * provider, and feedback out (provider side).
 *
 * Applying is at least once and in arrival order: a stored feedback stays
 * "received" until the HIS callback says it has it, then it is "applied".
 * One applier at a time (the applier's lock), never holding the store's
 * lock while the HIS is called. Lock order: the applier's, then the store's.
 */
#include "inbound.h"

#include "audit/audit.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fhir/fhir_codec.h"
#include "log.h"
#include "util/mutex.h"
#include "fhir/fhir_node.h"
#include "mapping/build.h"
#include "mapping/feedback_parties.h"
#include "mapping/mapping.h"
#include "mapping/naming.h"
#include "mapping/uuid.h"
#include "readers.h"
#include "store/store.h"
#include "util/strutil.h"

/*
 * The connector's applier: the HIS's feedback callback and the one lock
 * that lets one thread at a time give received feedback to it. The only
 * lock taken while it is held is the store's (never the other way): the
 * store's lock is let go before the HIS is called.
 */
struct applier {
	mutex lock;                   /* one applier at a time; guards cb and payload */
	bb_feedback_apply_cb cb;
	void *payload;
	atomic_int wanted;            /* received feedback waits for an applier */
};

int inbound_applier_new(applier **out)
{
	applier *a = calloc(1, sizeof(*a));

	*out = NULL;
	if (!a)
		return BB_ENOMEM;
	if (mutex_init(&a->lock, LOCK_RANK_APPLIER, "the applier's lock (inbound/apply.c)") != 0) {
		free(a);
		return BB_ERROR;
	}
	atomic_init(&a->wanted, 0);
	*out = a;
	return BB_OK;
}

void inbound_applier_free(applier *a)
{
	if (!a)
		return;
	mutex_destroy(&a->lock);
	free(a);
}

int bb_connector_on_feedback(bb_connector *c, bb_feedback_apply_cb cb, void *payload)
{
	if (!c)
		return BB_EINVAL;
	mutex_lock(&c->applier->lock);
	c->applier->cb = cb;
	c->applier->payload = payload;
	mutex_unlock(&c->applier->lock);
	return BB_OK;
}

typedef struct pending {
	char *msg_id;
	char *sender;            /* the [sender] it came from */
	int64_t row;
	struct pending *next;
} pending;

static int collect_pending(const inbox_msg *m, void *payload)
{
	pending ***tail = payload, *p;

	if (strcmp(m->kind, "feedback") != 0)
		return 0;
	p = calloc(1, sizeof(*p));
	if (!p || !(p->msg_id = str_dup(m->msg_id)) || (m->sender && !(p->sender = str_dup(m->sender)))) {
		if (p)
			free(p->msg_id);
		free(p);
		return BB_ENOMEM;
	}
	p->row = m->row;
	**tail = p;
	*tail = &p->next;
	return 0;
}

/* ---- what the GP's own referral says ------------------------------------ */

typedef struct sent_referral {
	const char *referral_id;
	char *msg_id;             /* the newest outbox message for it */
	unsigned char *body;      /* that message */
	size_t len;
} sent_referral;

static int find_sent(const outbox_row *row, void *payload)
{
	sent_referral *s = payload;

	if (row->referral_id && strcmp(row->referral_id, s->referral_id) == 0) {
		free(s->msg_id);
		s->msg_id = str_dup(row->msg_id);
	}
	return 0;
}

/*
 * The receiver need not echo what the referral was about. The GP side
 * knows: its own referral message is in the outbox. Its kind and main
 * ICPC episode go into the feedback when the receiver left them out, so
 * the journal entry lands in the right episode (docs/soep.md). A receiver
 * whose data profile gets only the category of the main reason (a
 * beweegcoach, say: docs/data-minimisation.md) was sent no ICPC code, so
 * then only the kind is known here; the HIS files the entry with its
 * referral id, which it links to the episode itself.
 */
/* What the referral message `bundle` says about referral `id` of practice `agb`: kind and main episode. */
static void fill_from_bundle(bb_feedback *fb, const fhir_node *bundle)
{
	const char *id = bb_feedback_get(fb, BB_FB_REFERRAL_ID), *agb = bb_feedback_get(fb, BB_FB_PRACTICE_AGB);
	char *system;
	size_t i;

	if (!id || !agb || !bundle)
		return;
	system = str_printf(SYS_REFERRAL_PREFIX "%s", agb);
	for (i = 0; system && i < fhir_count(bundle, "entry"); i++) {
		const fhir_node *sr = fhir_get(fhir_get(bundle, "entry", i), "resource", 0);
		const fhir_node *ident = fhir_get(sr, "identifier", 0), *reason;
		const char *sys = fhir_get_value(ident, "system", 0), *value = fhir_get_value(ident, "value", 0);
		size_t r;
		if (!sr || strcmp(fhir_node_type_name(sr), "ServiceRequest") != 0 || !sys || !value ||
		    strcmp(sys, system) != 0 || strcmp(value, id) != 0)
			continue;
		if (!bb_feedback_get(fb, BB_FB_REFERRAL_KIND))
			bb_feedback_set(fb, BB_FB_REFERRAL_KIND, mapping_referral_kind(sr));
		/* the main episode: the first ICPC reason */
		for (r = 0; !bb_feedback_get(fb, BB_FB_EPISODE_CODE) &&
			    (reason = fhir_get(sr, "reasonCode", r)) != NULL; r++) {
			const char *code = mapping_coding_code(reason, SYS_ICPC);
			if (!code)
				continue;
			bb_feedback_set(fb, BB_FB_EPISODE_CODE, code);
			if (!bb_feedback_get(fb, BB_FB_EPISODE_TEXT))
				bb_feedback_set(fb, BB_FB_EPISODE_TEXT, fhir_get_value(reason, "text", 0));
		}
	}
	free(system);
}

/* The same from the referral message's bytes. */
static void fill_from_message(bb_connector *c, bb_feedback *fb, const unsigned char *body,
			      size_t len)
{
	fhir_node *bundle = NULL;
	diag_list d = DIAG_LIST_INIT;

	if (!body)
		return;
	connector_init_libxml();
	if (connector_fhir_read(c, &bundle, (const char *)body, len, "referral", &d) == BB_OK)
		fill_from_bundle(fb, bundle);
	fhir_node_free(bundle);
	diag_free(&d);
}

/* The newest message in the outbox for the referral (store_with). */
static int read_sent(outbox *ob, void *arg, diag_list *d)
{
	sent_referral *sent = arg;

	if (outbox_list(ob, -1, find_sent, sent, d) == BB_OK && sent->msg_id)
		outbox_show(ob, sent->msg_id, NULL, NULL, &sent->body, &sent->len, d);
	return BB_OK;
}

static void fill_from_referral(bb_connector *c, bb_feedback *fb)
{
	sent_referral sent = { bb_feedback_get(fb, BB_FB_REFERRAL_ID), NULL, NULL, 0 };
	diag_list d = DIAG_LIST_INIT;

	if (!sent.referral_id ||
	    (bb_feedback_get(fb, BB_FB_EPISODE_CODE) && bb_feedback_get(fb, BB_FB_REFERRAL_KIND)))
		return;
	store_with(c->store, read_sent, &sent, &d);
	fill_from_message(c, fb, sent.body, sent.len);
	free(sent.body);
	free(sent.msg_id);
	diag_free(&d);
}

/* One stored feedback on its way to the HIS, as store_with steps see it. */
typedef struct applying {
	const pending *p;
	unsigned char *body;
	size_t len;
	int damaged;             /* it cannot be read back: set aside */
	const char *state;       /* mark_step: the state it gets */
} applying;

static int read_step(outbox *ob, void *arg, diag_list *d)
{
	applying *a = arg;
	int rc = inbox_get(ob, a->p->msg_id, NULL, NULL, &a->body, &a->len, d);

	if (rc == BB_ECORRUPT) {
		/*
		 * Altered or damaged on disk: it can never be applied, and must
		 * not hold up the feedback after it. Set aside as "damaged".
		 */
		inbox_set_state(ob, a->p->row, "damaged", NULL);
		a->damaged = 1;
	}
	return rc;
}

static int mark_step(outbox *ob, void *arg, diag_list *d)
{
	applying *a = arg;

	return inbox_set_state(ob, a->p->row, a->state, d);
}

/* The HIS has it and we recorded that: into the patient record. */
static void audit_applied(bb_connector *c, const pending *p, const bb_feedback *fb)
{
	audit_rec a;
	char *detail = str_printf("status %s", bb_feedback_get(fb, BB_FB_STATUS));

	memset(&a, 0, sizeof(a));
	a.event = "feedback.applied";
	a.actor = "his";
	a.referral = bb_feedback_get(fb, BB_FB_REFERRAL_ID);
	a.practice = bb_feedback_get(fb, BB_FB_PRACTICE_AGB);
	a.peer = p->sender;
	a.message = p->msg_id;
	a.outcome = "applied";
	a.detail = detail;
	connector_audit(c, &a, 1);
	free(detail);
}

/* Apply one stored feedback: the HIS adapter's entry to the HIS's callback. */
static int apply_one(bb_connector *c, const pending *p, diag_list *d)
{
	applying ap = { p, NULL, 0, 0, NULL };
	size_t elen = 0;
	bb_feedback *fb = NULL;
	char *entry = NULL;
	int rc;

	rc = store_with(c->store, read_step, &ap, d);
	if (rc == BB_ECORRUPT && ap.damaged) {
		/* said at error level and in the audit trail */
		audit_rec a;

		log_msg(c, BB_LOG_ERROR, "feedback %s set aside, not applied: %s", p->msg_id,
			d->count ? diag_line(d, d->count - 1) : "damaged in the inbox");
		memset(&a, 0, sizeof(a));
		a.event = "feedback.damaged";
		a.actor = "beweegbrug";
		a.peer = p->sender;
		a.message = p->msg_id;
		a.outcome = "damaged";
		a.detail = "the stored message cannot be read back: altered or damaged";
		connector_audit(c, &a, 1);
		diag_clear(d);
		goto done;
	}
	if (rc != BB_OK)
		goto done;
	if ((rc = bb_feedback_from_fhir(&fb, c, p->msg_id, ap.body, ap.len)) != BB_OK)
		goto done;
	fill_from_referral(c, fb);
	if ((rc = bb_feedback_to_his(&entry, &elen, c, NULL, fb)) != BB_OK)
		goto done;
	if (c->applier->cb(bb_feedback_get(fb, BB_FB_REFERRAL_ID), fb, entry, elen,
			   c->applier->payload) != 0) {
		rc = BB_EUNAVAILABLE;
		log_event(c, BB_LOG_WARN, "feedback.not-taken", "message", p->msg_id,
			  "referral", bb_feedback_get(fb, BB_FB_REFERRAL_ID), (char *)NULL);
		goto done;
	}
	ap.state = "applied";
	rc = store_with(c->store, mark_step, &ap, d);
	/* logged whether or not the mark was stored: the HIS has it either way */
	log_event(c, BB_LOG_INFO, "feedback.applied", "message", p->msg_id,
		  "referral", bb_feedback_get(fb, BB_FB_REFERRAL_ID),
		  "status", bb_feedback_get(fb, BB_FB_STATUS), (char *)NULL);
	if (rc != BB_OK)
		goto done;
	audit_applied(c, p, fb);
done:
	free(entry);
	bb_feedback_free(fb);
	free(ap.body);
	return rc;
}

static int list_pending(outbox *ob, void *arg, diag_list *d)
{
	return inbox_list(ob, "received", collect_pending, arg, d);
}

/* One batch: what is pending now, in arrival order. Called with the applier's lock held. */
static int apply_batch(bb_connector *c, size_t *applied, diag_list *d)
{
	pending *head = NULL, **tail = &head, *p, *next;
	size_t n = 0;
	int rc;

	if (applied)
		*applied = 0;
	if (!c->applier->cb)
		return BB_OK;   /* nobody to give it to yet: it waits, stored */
	if ((rc = store_with(c->store, list_pending, &tail, d)) != BB_OK)
		goto done;
	/*
	 * In arrival order; the first that fails stops the rest, to keep the
	 * order. One damaged on disk is set aside (apply_one) and the rest go on.
	 */
	for (p = head; p; p = p->next) {
		rc = apply_one(c, p, d);
		if (rc == BB_ECORRUPT)
			rc = BB_OK;
		else if (rc != BB_OK)
			goto done;
		else
			n++;
	}
done:
	for (p = head; p; p = next) {
		next = p->next;
		free(p->msg_id);
		free(p->sender);
		free(p);
	}
	if (applied)
		*applied = n;
	return rc;
}

/*
 * Apply stored, unapplied feedback in arrival order: everything pending,
 * waiting for another applier to finish first.
 */
static int inbound_apply_pending(bb_connector *c, size_t *applied, diag_list *d)
{
	size_t n, total = 0;
	int rc;

	mutex_lock(&c->applier->lock);
	do {
		rc = apply_batch(c, &n, d);
		total += n;
		if (rc != BB_OK)
			break;
	} while (n > 0);   /* what came in meanwhile */
	mutex_unlock(&c->applier->lock);
	if (applied)
		*applied = total;
	return rc;
}

/*
 * After a message is stored: apply it unless another thread is applying
 * already, in which case that thread will (the applier's `wanted`), and this one
 * returns at once. So the sender's answer never waits behind a slow HIS
 * busy with an earlier message, and still nothing is left waiting: the
 * applier looks at the flag again after letting go of the lock.
 */
void inbound_apply_soon(bb_connector *c)
{
	applier *a = c->applier;
	diag_list d = DIAG_LIST_INIT;
	size_t n;

	atomic_store(&a->wanted, 1);
	while (mutex_trylock(&a->lock) == 0) {
		while (atomic_exchange(&a->wanted, 0)) {
			do {
				if (apply_batch(c, &n, &d) != BB_OK) {
					/* stays pending, in order; the next message or apply_pending retries */
					n = 0;
				}
			} while (n > 0);
		}
		mutex_unlock(&a->lock);
		if (!atomic_load(&a->wanted))
			break;
	}
	diag_free(&d);
}

int bb_inbox_apply_pending(size_t *applied, bb_connector *c)
{
	diag_list d = DIAG_LIST_INIT;
	int rc;

	if (!c)
		return BB_EINVAL;
	rc = inbound_apply_pending(c, applied, &d);
	if (rc == BB_OK)
		err_clear(&c->err);
	else if (d.count)
		rc = err_set_diags(&c->err, &d, rc);
	else
		rc = connector_error(c, rc, "feedback could not be applied to the HIS; it stays pending");
	diag_free(&d);
	return rc;
}

/* ---- the inbox for the operator and the provider ------------------------ */

typedef struct relay {
	bb_inbox_entry_cb cb;
	void *payload;
	outbox *ob;               /* while the store's lock is held */
	const char *id;           /* show: which message */
	unsigned char *body;      /* show: its bytes */
	size_t len;
} relay;

static int to_entry(const inbox_msg *m, void *payload)
{
	relay *r = payload;
	bb_inbox_entry e;
	char *key = store_referral_key(m->practice_agb, m->referral_id), *status = NULL, *date = NULL;
	int rc;

	memset(&e, 0, sizeof(e));
	e.message_id = m->msg_id;
	e.sender_id = m->sender;
	e.kind = m->kind;
	e.referral_id = m->referral_id;
	e.practice_agb = m->practice_agb;
	e.state = m->state;
	e.received = m->received_at;
	if (key && store_referral_state_get(r->ob, key, &status, &date, NULL) == BB_OK)
		e.status = status;
	else
		e.status = m->status;
	rc = r->cb ? r->cb(&e, r->payload) : 0;
	free(key);
	free(status);
	free(date);
	return rc;
}

static int list_step(outbox *ob, void *arg, diag_list *d)
{
	relay *r = arg;

	r->ob = ob;
	return inbox_list(ob, NULL, to_entry, r, d);
}

static int show_step(outbox *ob, void *arg, diag_list *d)
{
	relay *r = arg;

	r->ob = ob;
	return inbox_get(ob, r->id, to_entry, r, &r->body, &r->len, d);
}

int bb_inbox_list(bb_connector *c, bb_inbox_entry_cb cb, void *payload)
{
	diag_list d = DIAG_LIST_INIT;
	relay r = { cb, payload, NULL, NULL, NULL, 0 };
	int rc;

	if (!c)
		return BB_EINVAL;
	if ((rc = store_with(c->store, list_step, &r, &d)) != BB_OK)
		rc = err_set_diags(&c->err, &d, rc);
	else
		err_clear(&c->err);
	diag_free(&d);
	return rc;
}

int bb_inbox_show(char **body, size_t *len, bb_connector *c, const char *id,
		  bb_inbox_entry_cb cb, void *payload)
{
	diag_list d = DIAG_LIST_INIT;
	relay r = { cb, payload, NULL, id, NULL, 0 };
	int rc;

	if (!c)
		return BB_EINVAL;
	if (body)
		*body = NULL;
	if (len)
		*len = 0;
	if (!id)
		return connector_error(c, BB_EINVAL, "bb_inbox_show: no id");
	if ((rc = store_with(c->store, show_step, &r, &d)) != BB_OK) {
		free(r.body);
		rc = err_set_diags(&c->err, &d, rc);
		goto done;
	}
	if (body) {
		*body = (char *)r.body;
		if (len)
			*len = r.len;
	} else {
		free(r.body);
	}
	err_clear(&c->err);
done:
	diag_free(&d);
	return rc;
}

/* ---- provider side: feedback out ------------------------------------------ */

typedef struct referral_found {
	char *sender, *agb;
} referral_found;

static int found_referral(const inbox_msg *m, void *payload)
{
	referral_found *f = payload;

	if (strcmp(m->kind, "referral") != 0)
		return BB_ENOTFOUND;
	f->sender = str_dup(m->sender);
	f->agb = m->practice_agb ? str_dup(m->practice_agb) : NULL;
	return f->sender ? 0 : BB_ENOMEM;
}

/*
 * A feedback message's ids: the MessageHeader id is the caller's
 * (BB_FB_MESSAGE_ID) or a new UUID; the Bundle's, which is the outbox's
 * key, is derived from it, so the same feedback sent twice is one message.
 */
static int feedback_ids(const char *given, char bundle_id[UUID_STR_LEN],
			char header_id[UUID_STR_LEN], diag_list *d)
{
	char *name;
	int rc;

	if (given && !mapping_uuid_is_valid(given))
		return diag_add(d, BB_EINVAL, NULL, 0, "feedback.message_id",
				"\"%s\" is not a lower-case UUID", given);
	if (given)
		memcpy(header_id, given, UUID_STR_LEN);
	else if (mapping_uuid_v4(header_id) != 0)
		return BB_ERROR;
	name = str_printf("feedback\n%s\n", header_id);
	if (!name)
		return BB_ENOMEM;
	rc = mapping_uuid_v5(bundle_id, name, strlen(name)) == 0 ? BB_OK : BB_ERROR;
	free(name);
	return rc;
}

/* ---- a follow-up after a stop: the stop's reason again --------------------- */

typedef struct sent_feedback {
	const char *referral_id;
	char **ids;
	size_t n;
	int failed;
} sent_feedback;

static int collect_sent(const outbox_row *row, void *payload)
{
	sent_feedback *s = payload;
	char **more;

	if (!row->referral_id || strcmp(row->referral_id, s->referral_id) != 0)
		return 0;
	if (!(more = realloc(s->ids, (s->n + 1) * sizeof(*more))) || !(more[s->n] = str_dup(row->msg_id))) {
		if (more)
			s->ids = more;
		s->failed = 1;
		return 0;
	}
	s->ids = more;
	s->n++;
	return 0;
}

/*
 * A follow-up months after the start keeps the referral's status; after a
 * stop that is failed, and a failed Task says why (rule bb-20). The reason
 * is the one our own stop message gave: the newest feedback on this
 * referral in our outbox that has one. Called with the store's lock held.
 */
static void reason_from_our_stop(bb_connector *c, outbox *ob, bb_feedback *fb)
{
	sent_feedback s = { bb_feedback_get(fb, BB_FB_REFERRAL_ID), NULL, 0, 0 };
	diag_list ignored = DIAG_LIST_INIT;
	size_t i;

	if (outbox_list(ob, -1, collect_sent, &s, &ignored) == BB_OK && !s.failed) {
		for (i = s.n; i-- > 0 && !bb_feedback_get(fb, BB_FB_REASON_CODE) &&
			      !bb_feedback_get(fb, BB_FB_REASON_TEXT);) {
			unsigned char *body = NULL;
			size_t len = 0;
			fhir_node *bundle = NULL;
			bb_feedback *old = NULL;
			if (outbox_show(ob, s.ids[i], NULL, NULL, &body, &len, &ignored) == BB_OK &&
			    connector_fhir_read(c, &bundle, (const char *)body, len, "feedback",
						&ignored) == BB_OK &&
			    bb_feedback_new(&old) == BB_OK &&
			    mapping_feedback_read(old, bundle, "feedback", &ignored) == BB_OK &&
			    strcmp(bb_feedback_get(old, BB_FB_STATUS), "failed") == 0) {
				bb_feedback_set(fb, BB_FB_REASON_CODE, bb_feedback_get(old, BB_FB_REASON_CODE));
				bb_feedback_set(fb, BB_FB_REASON_TEXT, bb_feedback_get(old, BB_FB_REASON_TEXT));
			}
			bb_feedback_free(old);
			fhir_node_free(bundle);
			free(body);
		}
	}
	for (i = 0; i < s.n; i++)
		free(s.ids[i]);
	free(s.ids);
	diag_free(&ignored);
}

/* True when the outbox already holds message `id` (a repeated bb_feedback_send). */
static int outbox_has(outbox *ob, const char *id)
{
	diag_list ignored = DIAG_LIST_INIT;
	unsigned char *body = NULL;
	size_t len = 0;
	int found = outbox_show(ob, id, NULL, NULL, &body, &len, &ignored) == BB_OK;

	free(body);
	diag_free(&ignored);
	return found;
}

/* What bb_feedback_send looks up first: which referral, from whom, what we said before. */
typedef struct looking {
	const bb_feedback *fb;
	const char *id, *ref, *status;
	referral_found *f;
	int repeat;               /* the same message was sent before */
	unsigned char *body;      /* the referral as received */
	size_t blen;
	char *key, *why;
	step_verdict verdict;
} looking;

static int look_step(outbox *ob, void *arg, diag_list *d)
{
	looking *l = arg;
	int rc;

	if (bb_feedback_get(l->fb, BB_FB_MESSAGE_ID) && outbox_has(ob, l->id)) {
		l->repeat = 1;   /* sent before: the same message, not a new step */
		return BB_OK;
	}
	rc = inbox_get(ob, l->ref, found_referral, l->f, &l->body, &l->blen, d);
	if (rc != BB_OK)
		return rc;
	l->key = store_referral_key(bb_feedback_get(l->fb, BB_FB_PRACTICE_AGB)
				      ? bb_feedback_get(l->fb, BB_FB_PRACTICE_AGB) : l->f->agb, l->ref);
	if (!l->key)
		rc = BB_ENOMEM;
	else
		l->verdict = inbound_feedback_step(ob, l->key, l->fb, 0, &l->why, d);
	if (l->verdict == STEP_UNKNOWN && !bb_task_transition_ok("requested", l->status)) {
		l->verdict = STEP_ILLEGAL;   /* received, nothing said yet */
		l->why = str_printf("referral %s is requested; %s cannot follow", l->ref, l->status);
	}
	if (l->verdict == STEP_ERROR)
		rc = d->count ? d->items[0].code : BB_ENOMEM;
	return rc;
}

/* reason_from_our_stop's connector and feedback, for store_with. */
typedef struct our_stop {
	bb_connector *c;
	bb_feedback *fb;
} our_stop;

static int our_stop_step(outbox *ob, void *arg, diag_list *d)
{
	our_stop *s = arg;

	(void)d;
	reason_from_our_stop(s->c, ob, s->fb);
	return BB_OK;
}

/* The step just sent, recorded for the referral (store_with). */
typedef struct recording {
	const char *key;
	const bb_feedback *fb;
} recording;

static int record_step(outbox *ob, void *arg, diag_list *d)
{
	recording *r = arg;

	return inbound_feedback_step_record(ob, r->key, r->fb, (int64_t)time(NULL), d);
}

/*
 * Our copy of the caller's feedback `fb` (made by the caller, freed by it
 * on any result), completed with what the referral said: the practice, the
 * header id, a date, the measurements, a stop's reason for a later
 * follow-up, and the Task's people and episode from the referral as
 * received (`body`, or NULL).
 */
static int feedback_complete(bb_connector *c, bb_feedback *fb, const bb_feedback *fb_in,
			     const referral_found *f, const char *header_id, const char *status,
			     const unsigned char *body, size_t blen)
{
	char now[32];
	int field, rc;

	for (field = 1; field < 256; field++)
		if (bb_feedback_field_name(field) && bb_feedback_get(fb_in, field) &&
		    (rc = bb_feedback_set(fb, field, bb_feedback_get(fb_in, field))) != BB_OK)
			return rc;
	if (!bb_feedback_get(fb, BB_FB_PRACTICE_AGB) && f->agb &&
	    (rc = bb_feedback_set(fb, BB_FB_PRACTICE_AGB, f->agb)) != BB_OK)
		return rc;
	if ((rc = bb_feedback_set(fb, BB_FB_MESSAGE_ID, header_id)) != BB_OK)
		return rc;
	mapping_now(now);
	if (!bb_feedback_get(fb, BB_FB_DATE) && (rc = bb_feedback_set(fb, BB_FB_DATE, now)) != BB_OK)
		return rc;
	for (field = 0; (size_t)field < bb_feedback_measurement_count(fb_in); field++) {
		const char *l, *v, *u, *w;
		bb_feedback_measurement_at(&l, &v, &u, &w, fb_in, (size_t)field);
		if ((rc = bb_feedback_add_measurement(fb, l, v, u, w)) != BB_OK)
			return rc;
	}
	if (bb_feedback_get(fb, BB_FB_FOLLOWUP_MONTHS) && strcmp(status, "failed") == 0) {
		our_stop s = { c, fb };
		store_with(c->store, our_stop_step, &s, NULL);
	}
	/* the same Task as the referral's: whom, who asked, who answers, when */
	if (body) {
		fhir_node *referral = NULL;
		diag_list ignored = DIAG_LIST_INIT;
		connector_init_libxml();
		if (connector_fhir_read(c, &referral, (const char *)body, blen, "referral",
					&ignored) == BB_OK) {
			mapping_parties_from_referral(fb, referral);
			/* what it was about: the GP files the answer in that episode */
			fill_from_bundle(fb, referral);
		}
		fhir_node_free(referral);
		diag_free(&ignored);
	}
	return BB_OK;
}

/*
 * The feedback message built, written in the destination's format and put
 * in the outbox for `dest` together with its audit record: the provider's
 * answer to the GP, as durable as its audit record.
 */
static int feedback_enqueue(bb_connector *c, const bb_feedback *fb, const char *id,
			    const char *header_id, const char *ref, const char *status,
			    const char *dest, diag_list *d)
{
	const char *org = bb_feedback_get(fb, BB_FB_AUTHOR_ORGANIZATION);
	const cfg_section *ds;
	const char *format;
	char *actor, *detail;
	audit_rec audit;
	fhir_node *bundle = NULL;
	strbuf bytes = STRBUF_INIT;
	msg_context ctx;
	int rc, xml;

	actor = org ? str_printf("organization:%s", org) : NULL;
	detail = str_printf("status %s", status);
	memset(&audit, 0, sizeof(audit));
	audit.event = "feedback.queued";
	audit.actor = actor;
	audit.referral = ref;
	audit.practice = bb_feedback_get(fb, BB_FB_PRACTICE_AGB);
	audit.peer = dest;
	audit.message = id;
	audit.outcome = "queued";
	audit.detail = detail;
	ds = config_destination(c->cfg, dest);
	memset(&ctx, 0, sizeof(ctx));
	ctx.bundle_id = id;
	ctx.message_id = header_id;
	ctx.destination_endpoint = config_get(ds, "endpoint");
	ctx.destination_name = config_get(ds, "name");
	ctx.source_endpoint = config_get(&c->cfg->connector, "sender_endpoint");
	format = config_get(ds, "format");
	xml = format && strcmp(format, "xml") == 0;
	connector_init_libxml();
	if ((rc = mapping_feedback_message(&bundle, fb, &ctx, d)) != BB_OK)
		goto done;
	if ((rc = fhir_write(&bytes, bundle, xml ? FHIR_FORMAT_XML : FHIR_FORMAT_JSON, 0)) != BB_OK)
		goto done;
	rc = delivery_enqueue(c, id, dest, ref, NULL,
			       xml ? "application/fhir+xml; fhirVersion=4.0"
				   : "application/fhir+json; fhirVersion=4.0",
			       bytes.data, bytes.len, &audit, d);
done:
	strbuf_free(&bytes);
	fhir_node_free(bundle);
	free(actor);
	free(detail);
	return rc;
}

int bb_feedback_send(char message_id[BB_MESSAGE_ID_LEN], bb_connector *c, const bb_feedback *fb_in)
{
	diag_list d = DIAG_LIST_INIT;
	referral_found f = { NULL, NULL };
	const char *ref, *dest = NULL, *status;
	const cfg_section *sender;
	char id[UUID_STR_LEN], header_id[UUID_STR_LEN];
	looking l;
	recording r;
	bb_feedback *fb = NULL;
	int rc;

	if (!c)
		return BB_EINVAL;
	if (!fb_in || !(ref = bb_feedback_get(fb_in, BB_FB_REFERRAL_ID)) ||
	    !(status = bb_feedback_get(fb_in, BB_FB_STATUS)))
		return connector_error(c, BB_EINVAL, "bb_feedback_send: a referral id and a status are needed");
	/* MessageHeader.source.endpoint: where the GP side answers us, a real address */
	if (!c->cfg || !config_get(&c->cfg->connector, "sender_endpoint"))
		return err_set(&c->err, BB_ECONFIG, c->cfg ? c->cfg->path : NULL, 0, "[connector]",
			       "sender_endpoint is needed to send feedback: the https:// address "
			       "where the GP side answers us (MessageHeader.source.endpoint)");
	memset(&l, 0, sizeof(l));
	l.verdict = STEP_OK;
	if ((rc = feedback_ids(bb_feedback_get(fb_in, BB_FB_MESSAGE_ID), id, header_id, &d)) != BB_OK)
		goto fail;
	/* which referral, from whom, and what we said before */
	l.fb = fb_in;
	l.id = id;
	l.ref = ref;
	l.status = status;
	l.f = &f;
	rc = store_with(c->store, look_step, &l, &d);
	if (rc == BB_ENOTFOUND && !d.count)
		diag_add(&d, rc, NULL, 0, NULL, "no referral %s in the inbox", ref);
	if (rc != BB_OK)
		goto fail;
	if (l.repeat)
		goto sent;
	sender = config_sender(c->cfg, f.sender);
	dest = sender ? config_get(sender, "reply_to") : NULL;
	if (!dest) {
		rc = diag_add(&d, BB_ECONFIG, c->cfg ? c->cfg->path : NULL, 0, NULL,
			      "[sender \"%s\"] has no reply_to destination for feedback", f.sender);
		goto fail;
	}
	if (l.verdict == STEP_ILLEGAL) {
		rc = diag_add(&d, BB_EINVAL, NULL, 0, "status", "%s", l.why);
		goto fail;
	}
	/* our copy, completed with what the referral said */
	if ((rc = bb_feedback_new(&fb)) != BB_OK ||
	    (rc = feedback_complete(c, fb, fb_in, &f, header_id, status, l.body, l.blen)) != BB_OK)
		goto fail;
	if ((rc = feedback_enqueue(c, fb, id, header_id, ref, status, dest, &d)) != BB_OK)
		goto fail;
	r.key = l.key;
	r.fb = fb;
	if ((rc = store_with(c->store, record_step, &r, &d)) != BB_OK)
		goto fail;
sent:
	if (message_id)
		memcpy(message_id, id, UUID_STR_LEN);
	if (l.repeat)
		log_event(c, BB_LOG_INFO, "feedback.repeated", "message", id, "referral", ref,
			  (char *)NULL);
	else
		log_event(c, BB_LOG_INFO, "feedback.queued", "referral", ref, "status", status,
			  "destination", dest, "message", id, (char *)NULL);
	err_clear(&c->err);
	goto done;
fail:
	rc = err_set_diags(&c->err, &d, rc);
done:
	bb_feedback_free(fb);
	free(l.body);
	free(l.why);
	free(l.key);
	free(f.sender);
	free(f.agb);
	diag_free(&d);
	return rc;
}
