/*
 * Durable sending: the connector's outbox, and referrals into it.
 *
 * bb_referral_send returns once the message is on disk. Each commit costs
 * an fsync, so callers that arrive while one commit is running are not
 * made to wait for a sync each: the first caller to find no commit in
 * progress becomes the leader, takes every request queued so far and
 * commits them in one transaction (group commit, c-design.md §2c), then
 * wakes the others. Nobody waits for a batch to fill: a lone caller
 * commits at once.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit/audit.h"
#include "connector.h"
#include "fhir/fhir_codec.h"
#include "log.h"
#include "util/mutex.h"
#include "mapping/minimise.h"
#include "mapping/profile.h"
#include "mapping/mapping.h"
#include "mapping/uuid.h"
#include "store/inbox.h"
#include "store/outbox.h"
#include "store/store.h"
#include "util/strutil.h"

/* One caller's message waiting for the group commit. */
typedef struct commit_req {
	/* a store of the caller's own (delivery_store_grouped), or a message to queue */
	int (*store)(outbox *ob, void *arg);
	void *store_arg;
	const char *msg_id, *destination, *referral_id, *referral_key, *content_type;
	const void *body;
	size_t len;
	const audit_rec *audit;     /* the audit record once it is stored, or NULL */
	diag_list *d;               /* the caller's; written by the leader */
	int rc;
	int done;
	struct commit_req *next;
} commit_req;

/*
 * The queue of the group commit: the requests waiting for the next batch,
 * and whether a leader is committing one. Its lock is never held while
 * the store's lock is taken: a leader takes the batch and lets go of the
 * queue before it commits, so callers can queue meanwhile.
 */
struct commit_queue {
	mutex lock;                /* guards everything below; a leaf (mutex.h) */
	pthread_cond_t done;       /* a batch was committed */
	commit_req *waiting;       /* the next batch, newest first */
	int committing;            /* a leader is committing a batch */
};

int delivery_commit_queue_new(commit_queue **out)
{
	commit_queue *q = calloc(1, sizeof(*q));

	*out = NULL;
	if (!q)
		return BB_ENOMEM;
	if (mutex_init(&q->lock, LOCK_RANK_LEAF, "the commit queue's lock (send.c)") != 0) {
		free(q);
		return BB_ERROR;
	}
	if (pthread_cond_init(&q->done, NULL) != 0) {
		mutex_destroy(&q->lock);
		free(q);
		return BB_ERROR;
	}
	*out = q;
	return BB_OK;
}

void delivery_commit_queue_free(commit_queue *q)
{
	if (!q)
		return;
	pthread_cond_destroy(&q->done);
	mutex_destroy(&q->lock);
	free(q);
}

/*
 * One message of a batch, under a savepoint of its own, so that one bad
 * message fails alone: on a failure it is rolled back to before it and
 * the others go on.
 */
static int store_one(outbox *ob, commit_req *r, int64_t now)
{
	char *party;
	int rc;

	if ((rc = outbox_savepoint(ob, 0, r->d)) != BB_OK)
		goto fail;
	if (r->store)
		rc = r->store(ob, r->store_arg);
	else
		rc = outbox_enqueue(ob, r->msg_id, r->destination, r->referral_id, r->content_type,
				    r->body, r->len, now, r->d);
	if (rc != BB_OK)
		goto fail;
	if (r->referral_key) {
		if ((rc = store_referral_state_sent(ob, r->referral_key, now, r->d)) != BB_OK)
			goto fail;
		/* only this destination (and whom it forwards to) may report on it */
		party = str_printf("dest:%s", r->destination);
		rc = party ? store_referral_party_add(ob, r->referral_key, party, r->d) : BB_ENOMEM;
		free(party);
		if (rc != BB_OK)
			goto fail;
	}
	return outbox_savepoint(ob, 1, r->d);
fail:
	outbox_savepoint(ob, 2, NULL);
	return rc;
}

/*
 * The batch is durable: its audit records follow, in one append and one
 * sync. A crash between the two leaves messages without their "queued"
 * record (docs/audit.md: the crash window); their delivery records still
 * name them.
 */
static void audit_batch(bb_connector *c, commit_req *batch)
{
	audit_rec *recs;
	commit_req *r;
	size_t n = 0;

	/* only the requests that were stored have a record to write */
	for (r = batch; r; r = r->next)
		n += r->audit && r->rc == BB_OK;
	recs = n ? calloc(n, sizeof(*recs)) : NULL;
	n = 0;
	for (r = batch; recs && r; r = r->next)
		if (r->audit && r->rc == BB_OK)
			recs[n++] = *r->audit;
	if (recs)
		connector_audit(c, recs, n);
	else
		for (r = batch; r; r = r->next)
			if (r->audit && r->rc == BB_OK)
				connector_audit(c, r->audit, 1);
	free(recs);
}

/* As leader: store `batch` in one transaction. Called without the queue's lock. */
static void commit_batch(bb_connector *c, commit_req *batch)
{
	diag_list d = DIAG_LIST_INIT;
	int64_t now = (int64_t)time(NULL);
	commit_req *r;
	store_txn *txn;
	outbox *ob;
	size_t i;
	int rc;

	if ((rc = store_txn_begin(c->store, &txn, &d)) != BB_OK)
		goto fail;
	ob = store_txn_outbox(txn);
	for (r = batch; r; r = r->next)
		r->rc = store_one(ob, r, now);
	/* a failed COMMIT is rolled back inside the store, before its lock is released */
	if ((rc = store_txn_commit(txn, &d)) != BB_OK)
		goto fail;
	audit_batch(c, batch);
	diag_free(&d);
	return;
fail:
	/* Nothing of the batch is durable: each caller hears why. */
	for (r = batch; r; r = r->next) {
		for (i = 0; i < d.count; i++)
			diag_add(r->d, d.items[i].code, d.items[i].source, d.items[i].line,
				 d.items[i].path, "%s", d.items[i].message);
		r->rc = rc;
	}
	diag_free(&d);
}

static int enqueue_grouped(bb_connector *c, commit_req *req)
{
	commit_queue *q = c->commits;

	mutex_lock(&q->lock);
	req->next = q->waiting;
	q->waiting = req;
	while (!req->done) {
		if (!q->committing) {
			commit_req *batch = q->waiting, *r;

			q->waiting = NULL;
			q->committing = 1;
			mutex_unlock(&q->lock);
			commit_batch(c, batch);
			mutex_lock(&q->lock);
			for (r = batch; r; r = r->next)
				r->done = 1;
			q->committing = 0;
			pthread_cond_broadcast(&q->done);
		} else {
			cond_wait(&q->done, &q->lock);
		}
	}
	mutex_unlock(&q->lock);
	return req->rc;
}

int delivery_enqueue(bb_connector *c, const char *msg_id, const char *destination,
		      const char *referral_id, const char *referral_key, const char *content_type,
		      const void *body, size_t len, const audit_rec *audit, diag_list *d)
{
	commit_req req;
	int rc;

	memset(&req, 0, sizeof(req));
	req.msg_id = msg_id;
	req.destination = destination;
	req.referral_id = referral_id;
	req.referral_key = referral_key;
	req.content_type = content_type;
	req.body = body;
	req.len = len;
	req.audit = audit;
	req.d = d;
	rc = enqueue_grouped(c, &req);
	if (rc == BB_OK)
		delivery_kick(c);
	return rc;
}

int delivery_store_grouped(bb_connector *c, int (*fn)(outbox *ob, void *arg), void *arg,
			   diag_list *d)
{
	commit_req req;

	memset(&req, 0, sizeof(req));
	req.store = fn;
	req.store_arg = arg;
	req.d = d;
	return enqueue_grouped(c, &req);
}

/*
 * The message ids of a referral for a destination: name-based, so that
 * sending the same referral again (a double click, a HIS that retries
 * after a crash) yields the same message and the outbox stores it once.
 */
static int message_ids(const bb_referral *r, const char *destination_id,
		       char bundle_id[UUID_STR_LEN], char header_id[UUID_STR_LEN])
{
	const char *agb = bb_referral_get(r, BB_REF_PRACTICE_AGB);
	const char *ref = bb_referral_get(r, BB_REF_ID);
	char *name;
	int rc;

	if (!ref)
		return mapping_uuid_v4(bundle_id) == 0 && mapping_uuid_v4(header_id) == 0 ? 0 : -1;
	name = str_printf("referral\n%s\n%s\n%s\n", agb ? agb : "", ref, destination_id);
	if (!name)
		return -1;
	rc = mapping_uuid_v5(bundle_id, name, strlen(name));
	if (rc == 0) {
		char *h = str_printf("%sheader", name);
		rc = h ? mapping_uuid_v5(header_id, h, strlen(h)) : -1;
		free(h);
	}
	free(name);
	return rc;
}

/* The Bundle for `sent`, checked against our profile and written in the destination's format. */
static int referral_bytes(strbuf *bytes, fhir_node **bundle, const bb_referral *sent,
			  const msg_context *ctx, int xml, diag_list *d)
{
	int message_kind = 0, rc;

	connector_init_libxml();
	if ((rc = mapping_referral_message(bundle, sent, ctx, d)) != BB_OK)
		return rc;
	/*
	 * What leaves must meet our profile as well as FHIR R4: a receiver
	 * should never be the first to find a rule broken.
	 */
	if ((rc = profile_check(&message_kind, *bundle, "message", d)) != BB_OK)
		return rc;
	return fhir_write(bytes, *bundle, xml ? FHIR_FORMAT_XML : FHIR_FORMAT_JSON, 0);
}

/*
 * Who sent what about whom to whom: the referrer (else the practice).
 * *actor is malloc'ed for the record; the patient is the pseudonym in `pseudonym`.
 */
static void referral_audit(audit_rec *audit, char **actor, bb_connector *c, const bb_referral *r,
			   const char *destination_id, const char *bundle_id, const char *profile,
			   char pseudonym[BB_PSEUDONYM_LEN])
{
	const char *who;

	memset(audit, 0, sizeof(*audit));
	who = bb_referral_get(r, BB_REF_REFERRER_AGB);
	if (!who)
		who = bb_referral_get(r, BB_REF_PRACTICE_AGB);
	*actor = who ? str_printf("agb:%s", who) : NULL;
	audit->event = "referral.queued";
	audit->actor = *actor;
	audit->patient = connector_pseudonym(c, bb_referral_get(r, BB_REF_PATIENT_BSN), pseudonym);
	audit->referral = bb_referral_get(r, BB_REF_ID);
	audit->practice = bb_referral_get(r, BB_REF_PRACTICE_AGB);
	audit->peer = destination_id;
	audit->message = bundle_id;
	audit->outcome = "queued";
	audit->detail = profile;
}

int bb_referral_send(char message_id[BB_MESSAGE_ID_LEN], bb_connector *c, const bb_referral *r,
		     const char *destination_id)
{
	diag_list d = DIAG_LIST_INIT;
	const cfg_section *s;
	const char *format;
	char bundle_id[UUID_STR_LEN], header_id[UUID_STR_LEN];
	msg_context ctx;
	fhir_node *bundle = NULL;
	strbuf bytes = STRBUF_INIT;
	char *key = NULL, *actor = NULL, *profile = NULL;
	char pseudonym[BB_PSEUDONYM_LEN];
	const char *receiver, *kind;
	bb_referral *sent = NULL;
	unsigned items;
	audit_rec audit;
	int xml, rc;

	if (!c)
		return BB_EINVAL;
	if (!r || !destination_id)
		return connector_error(c, BB_EINVAL, "bb_referral_send: missing argument");
	s = c->cfg ? config_destination(c->cfg, destination_id) : NULL;
	if (!s)
		return connector_error(c, BB_ENOTFOUND, "destination \"%s\" is not in the configuration",
				       destination_id);
	if (message_ids(r, destination_id, bundle_id, header_id) != 0)
		return connector_error(c, BB_ERROR, "no message id could be made");
	/* MessageHeader.source.endpoint: where the receiver answers, a real address */
	if (!config_get(&c->cfg->connector, "sender_endpoint"))
		return err_set(&c->err, BB_ECONFIG, c->cfg->path, 0, "[connector]",
			       "sender_endpoint is needed to send: the https:// address where "
			       "receivers answer us (MessageHeader.source.endpoint)");
	/*
	 * Consent is given for a receiver: a referral whose consent names
	 * another receiver does not leave for this one.
	 */
	receiver = bb_referral_get(r, BB_REF_RECEIVER_ID);
	if (receiver && strcmp(receiver, destination_id) != 0) {
		rc = diag_add(&d, BB_EINPUT, NULL, 0, "receiver.id",
			      "the patient's consent was recorded for receiver \"%s\", not for \"%s\"",
			      receiver, destination_id);
		goto fail;
	}
	/* Only what this kind of receiver may have is mapped at all. */
	kind = config_get(s, "receiver_kind");
	if ((rc = minimise_profile(&items, kind, config_get(s, "data"), &d)) != BB_OK ||
	    (rc = minimise_referral(&sent, r, items)) != BB_OK)
		goto fail;
	profile = str_printf("data profile %s%s%s", kind, config_get(s, "data") ? " + " : "",
			     config_get(s, "data") ? config_get(s, "data") : "");
	memset(&ctx, 0, sizeof(ctx));
	/* One id names the message in the outbox and in the Bundle, on every retry. */
	ctx.bundle_id = bundle_id;
	ctx.message_id = header_id;
	ctx.destination_endpoint = config_get(s, "endpoint");
	ctx.destination_name = config_get(s, "name");
	ctx.source_endpoint = config_get(&c->cfg->connector, "sender_endpoint");
	ctx.consent_required = 1;    /* no referral leaves without the patient's consent */
	format = config_get(s, "format");
	xml = format && strcmp(format, "xml") == 0;
	/* made before any step can fail, as before: the pseudonym opens the audit trail */
	referral_audit(&audit, &actor, c, r, destination_id, bundle_id, profile, pseudonym);
	if ((rc = referral_bytes(&bytes, &bundle, sent, &ctx, xml, &d)) != BB_OK)
		goto fail;
	if (!(key = store_referral_key(bb_referral_get(r, BB_REF_PRACTICE_AGB), bb_referral_get(r, BB_REF_ID)))) {
		rc = BB_ENOMEM;
		goto fail;
	}
	if ((rc = delivery_enqueue(c, bundle_id, destination_id, bb_referral_get(r, BB_REF_ID), key,
				    xml ? "application/fhir+xml; fhirVersion=4.0"
					: "application/fhir+json; fhirVersion=4.0",
				    bytes.data, bytes.len, &audit, &d)) != BB_OK)
		goto fail;
	if (message_id)
		memcpy(message_id, bundle_id, UUID_STR_LEN);
	log_event(c, BB_LOG_INFO, "referral.queued", "referral", bb_referral_get(r, BB_REF_ID),
		  "destination", destination_id, "message", bundle_id, (char *)NULL);
	err_clear(&c->err);
	goto done;
fail:
	rc = err_set_diags(&c->err, &d, rc);
done:
	free(actor);
	free(key);
	strbuf_free(&bytes);
	fhir_node_free(bundle);
	bb_referral_free(sent);
	free(profile);
	diag_free(&d);
	return rc;
}
