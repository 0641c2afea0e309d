/*
 * The outbox for the operator (list, show, retry, purge) and for
 * destination adapters (their small durable state), on the connector's
 * outbox under its lock.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/crypto.h>

#include "audit/audit.h"
#include "connector.h"
#include "host.h"
#include "strutil.h"
#include "outbox/outbox.h"

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

/* Run `fn` on the opened outbox under its lock and set the thread's error. */
#define WITH_OUTBOX(c, d, rc, ob, call)                                   \
	do {                                                              \
		pthread_mutex_lock(&(c)->outbox_lock);                    \
		(rc) = connector_outbox((c), &(ob), &(d));                \
		if ((rc) == BB_OK)                                        \
			(rc) = (call);                                    \
		pthread_mutex_unlock(&(c)->outbox_lock);                  \
	} while (0)

static int finish(bb_connector *c, diag_list *d, int rc)
{
	if (rc == BB_OK)
		err_clear(&c->err);
	else
		rc = err_set_diags(&c->err, d, rc);
	diag_free(d);
	return rc;
}

int bb_outbox_list(bb_connector *c, int state, bb_outbox_entry_cb cb, void *payload)
{
	diag_list d = DIAG_LIST_INIT;
	entry_relay x = { cb, payload };
	outbox *ob;
	int rc;

	if (!c)
		return BB_EINVAL;
	if (state < BB_OUTBOX_ANY || state > BB_OUTBOX_DEAD)
		return connector_error(c, BB_EINVAL, "bb_outbox_list: no state %d", state);
	WITH_OUTBOX(c, d, rc, ob, outbox_list(ob, state, relay, &x, &d));
	return finish(c, &d, rc);
}

int bb_outbox_show(bb_connector *c, const char *message_id, bb_outbox_entry_cb cb,
		   void *payload, char **body, size_t *len)
{
	diag_list d = DIAG_LIST_INIT;
	entry_relay x = { cb, payload };
	unsigned char *bytes = NULL;
	size_t n = 0;
	outbox *ob;
	int rc;

	if (!c)
		return BB_EINVAL;
	if (body)
		*body = NULL;
	if (len)
		*len = 0;
	if (!message_id)
		return connector_error(c, BB_EINVAL, "bb_outbox_show: no message id");
	WITH_OUTBOX(c, d, rc, ob, outbox_show(ob, message_id, relay, &x, &bytes, &n, &d));
	if (rc == BB_OK && body) {
		*body = (char *)bytes;
		if (len)
			*len = n;
	} else if (bytes) {
		OPENSSL_cleanse(bytes, n);
		free(bytes);
	}
	return finish(c, &d, rc);
}

int bb_connector_open_store(bb_connector *c)
{
	diag_list d = DIAG_LIST_INIT;
	outbox *ob;
	int rc;

	if (!c)
		return BB_EINVAL;
	pthread_mutex_lock(&c->outbox_lock);
	rc = connector_outbox(c, &ob, &d);
	pthread_mutex_unlock(&c->outbox_lock);
	if (rc == BB_OK)
		rc = connector_audit_ready(c, &d);
	return finish(c, &d, rc);
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

int bb_outbox_retry(bb_connector *c, const char *message_id, size_t *count)
{
	diag_list d = DIAG_LIST_INIT;
	size_t n = 0;
	outbox *ob;
	int rc;

	if (!c)
		return BB_EINVAL;
	WITH_OUTBOX(c, d, rc, ob, outbox_retry(ob, message_id, (int64_t)time(NULL), &n, &d));
	if (count)
		*count = n;
	if (rc == BB_OK && n)
		worker_kick(c);
	if (rc == BB_OK)
		audit_operator(c, "outbox.retry", message_id, "due again", n);
	return finish(c, &d, rc);
}

int bb_outbox_purge(bb_connector *c, int state, int64_t age, size_t *count)
{
	diag_list d = DIAG_LIST_INIT;
	size_t n = 0;
	outbox *ob;
	int rc;

	if (!c)
		return BB_EINVAL;
	if (age < 0)
		return connector_error(c, BB_EINVAL, "bb_outbox_purge: negative age");
	WITH_OUTBOX(c, d, rc, ob, outbox_purge(ob, state, (int64_t)time(NULL) - age, &n, &d));
	if (count)
		*count = n;
	if (rc == BB_OK)
		audit_operator(c, "outbox.purge", NULL,
			       state == BB_OUTBOX_DEAD ? "given up on, purged" : "delivered, purged", n);
	return finish(c, &d, rc);
}

/* ---- adapter state ---------------------------------------------------- */

int bb_host_state_get(const bb_host *h, const char *key, char **value)
{
	outbox *ob;
	int rc;

	if (value)
		*value = NULL;
	if (!h || !key || !value)
		return BB_EINVAL;
	if (!bb_host_destination(h))
		return bb_host_error(h, BB_EINVAL, 0, key, "only a destination adapter keeps state");
	{
		diag_list local = DIAG_LIST_INIT, *d = h->problems ? h->problems : &local;
		WITH_OUTBOX(h->connector, *d, rc, ob,
			    outbox_state_get(ob, bb_host_destination(h), key, value, d));
		diag_free(&local);
	}
	return rc;
}

int bb_host_state_set(const bb_host *h, const char *key, const char *value)
{
	outbox *ob;
	int rc;

	if (!h || !key || !value)
		return BB_EINVAL;
	if (!bb_host_destination(h))
		return bb_host_error(h, BB_EINVAL, 0, key, "only a destination adapter keeps state");
	{
		diag_list local = DIAG_LIST_INIT, *d = h->problems ? h->problems : &local;
		WITH_OUTBOX(h->connector, *d, rc, ob,
			    outbox_state_put(ob, bb_host_destination(h), key, value,
					     (int64_t)time(NULL), d));
		diag_free(&local);
	}
	return rc;
}
