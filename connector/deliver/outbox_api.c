/*
 * The outbox for the operator (list, show, retry, purge) and for
 * destination adapters (their small durable state), on the connector's
 * store under its lock (store_with).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/crypto.h>

#include "audit/audit.h"
#include "connector.h"
#include "host/host.h"
#include "util/strutil.h"
#include "store/outbox.h"
#include "store/store.h"

typedef struct entry_relay {
	bb_outbox_entry_cb cb;
	void *payload;
} entry_relay;

static int relay(const outbox_row *r, void *payload)
{
	entry_relay *x = payload;
	bb_outbox_entry e;

	memset(&e, 0, sizeof(e));
	e.message_id = r->msg_id;
	e.destination_id = r->destination;
	e.referral_id = r->referral_id;
	e.content_type = r->content_type;
	e.last_error = r->last_error;
	e.state = (int)r->state;
	e.attempts = r->attempts;
	e.created = r->created_at;
	e.next_attempt = r->next_attempt_at;
	e.size = r->size;
	return x->cb ? x->cb(&e, x->payload) : 0;
}

/* One call on the store, as store_with runs it: its arguments and results. */
typedef struct op {
	int state;                   /* list, purge: which messages */
	const char *id;              /* a message id, or an adapter's state key */
	const char *destination;     /* adapter state: whose */
	const char *value;           /* state_set */
	char **out;                  /* state_get */
	int64_t when;                /* retry: now; purge: created at or before */
	size_t count;                /* retry, purge: how many */
	entry_relay *x;              /* list, show */
	unsigned char *body;         /* show */
	size_t len;
} op;

static int list_step(outbox *ob, void *arg, diag_list *d)
{
	op *o = arg;

	return outbox_list(ob, o->state, relay, o->x, d);
}

static int show_step(outbox *ob, void *arg, diag_list *d)
{
	op *o = arg;

	return outbox_show(ob, o->id, relay, o->x, &o->body, &o->len, d);
}

static int retry_step(outbox *ob, void *arg, diag_list *d)
{
	op *o = arg;

	return outbox_retry(ob, o->id, o->when, &o->count, d);
}

static int purge_step(outbox *ob, void *arg, diag_list *d)
{
	op *o = arg;

	return outbox_purge(ob, o->state, o->when, &o->count, d);
}

static int state_get_step(outbox *ob, void *arg, diag_list *d)
{
	op *o = arg;

	return outbox_state_get(ob, o->destination, o->id, o->out, d);
}

static int state_set_step(outbox *ob, void *arg, diag_list *d)
{
	op *o = arg;

	return outbox_state_put(ob, o->destination, o->id, o->value, o->when, d);
}

static int finish(bb_connector *c, diag_list *d, int rc)
{
	if (rc == BB_OK)
		err_clear(&c->err);
	else
		rc = err_set_diags(&c->err, d, rc);
	diag_free(d);
	return rc;
}

int bb_outbox_list(bb_connector *c, bb_outbox_state state, bb_outbox_entry_cb cb, void *payload)
{
	diag_list d = DIAG_LIST_INIT;
	entry_relay x = { cb, payload };
	op o = { .state = state, .x = &x };
	int rc;

	if (!c)
		return BB_EINVAL;
	if (state < BB_OUTBOX_ANY || state > BB_OUTBOX_DEAD)
		return connector_error(c, BB_EINVAL, "bb_outbox_list: no state %d", state);
	rc = store_with(c->store, list_step, &o, &d);
	return finish(c, &d, rc);
}

int bb_outbox_show(char **body, size_t *len, bb_connector *c,
		   const char *message_id, bb_outbox_entry_cb cb, void *payload)
{
	diag_list d = DIAG_LIST_INIT;
	entry_relay x = { cb, payload };
	op o = { .id = message_id, .x = &x };
	int rc;

	if (!c)
		return BB_EINVAL;
	if (body)
		*body = NULL;
	if (len)
		*len = 0;
	if (!message_id)
		return connector_error(c, BB_EINVAL, "bb_outbox_show: no message id");
	rc = store_with(c->store, show_step, &o, &d);
	if (rc != BB_OK || !body) {
		/* not wanted, or not all of it read: a message about a patient is wiped */
		if (o.body) {
			OPENSSL_cleanse(o.body, o.len);
			free(o.body);
		}
		return finish(c, &d, rc);
	}
	*body = (char *)o.body;
	if (len)
		*len = o.len;
	return finish(c, &d, BB_OK);
}

int bb_connector_open_store(bb_connector *c)
{
	diag_list d = DIAG_LIST_INIT;
	int rc;

	if (!c)
		return BB_EINVAL;
	if ((rc = store_with(c->store, NULL, NULL, &d)) != BB_OK ||
	    (rc = connector_audit_ready(c, &d)) != BB_OK)
		return finish(c, &d, rc);
	return finish(c, &d, BB_OK);
}

/* An operator's action on the outbox, for the audit trail: who is the OS user. */
static void audit_operator(bb_connector *c, const char *event, const char *message_id,
			   const char *what, size_t n)
{
	char who[96], *detail = str_printf("%zu message(s) %s", n, what);
	audit_rec a;

	connector_os_user(who, sizeof(who));
	memset(&a, 0, sizeof(a));
	a.event = event;
	a.actor = who;
	a.message = message_id;
	a.outcome = "done";
	a.detail = detail;
	connector_audit(c, &a, 1);
	free(detail);
}

int bb_outbox_retry(size_t *count, bb_connector *c, const char *message_id)
{
	diag_list d = DIAG_LIST_INIT;
	op o = { .id = message_id };
	int rc;

	if (!c)
		return BB_EINVAL;
	o.when = (int64_t)time(NULL);
	rc = store_with(c->store, retry_step, &o, &d);
	if (count)
		*count = o.count;
	if (rc != BB_OK)
		return finish(c, &d, rc);
	if (o.count)
		delivery_kick(c);
	audit_operator(c, "outbox.retry", message_id, "due again", o.count);
	return finish(c, &d, BB_OK);
}

int bb_outbox_purge(size_t *count, bb_connector *c, bb_outbox_state state, int64_t age)
{
	diag_list d = DIAG_LIST_INIT;
	op o = { .state = state };
	int rc;

	if (!c)
		return BB_EINVAL;
	if (age < 0)
		return connector_error(c, BB_EINVAL, "bb_outbox_purge: negative age");
	o.when = (int64_t)time(NULL) - age;
	rc = store_with(c->store, purge_step, &o, &d);
	if (count)
		*count = o.count;
	if (rc != BB_OK)
		return finish(c, &d, rc);
	audit_operator(c, "outbox.purge", NULL,
		       state == BB_OUTBOX_DEAD ? "given up on, purged" : "delivered, purged", o.count);
	return finish(c, &d, BB_OK);
}

/* ---- adapter state ---------------------------------------------------- */

int bb_host_state_get(char **value, const bb_host *h, const char *key)
{
	int rc;

	if (value)
		*value = NULL;
	if (!h || !key || !value)
		return BB_EINVAL;
	if (!bb_host_destination(h))
		return bb_host_error(h, BB_EINVAL, 0, key, "only a destination adapter keeps state");
	{
		diag_list local = DIAG_LIST_INIT, *d = h->problems ? h->problems : &local;
		op o = { .id = key, .destination = bb_host_destination(h), .out = value };
		rc = store_with(h->connector->store, state_get_step, &o, d);
		diag_free(&local);
	}
	return rc;
}

int bb_host_state_set(const bb_host *h, const char *key, const char *value)
{
	int rc;

	if (!h || !key || !value)
		return BB_EINVAL;
	if (!bb_host_destination(h))
		return bb_host_error(h, BB_EINVAL, 0, key, "only a destination adapter keeps state");
	{
		diag_list local = DIAG_LIST_INIT, *d = h->problems ? h->problems : &local;
		op o = { .id = key, .destination = bb_host_destination(h), .value = value,
			 .when = (int64_t)time(NULL) };
		rc = store_with(h->connector->store, state_set_step, &o, d);
		diag_free(&local);
	}
	return rc;
}
