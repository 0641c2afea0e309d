/*
 * bb_his_receive: a HIS record that came over the network is read, made
 * into a checked referral message, stored durably, and only then answered
 * (the MLLP listener's step, docs/his-integration.md). The answer is the
 * HIS adapter's (an HL7 v2 ACK); the core knows no HIS format.
 *
 * Repeats: an interface engine that saw no answer sends the same record
 * again. The answer given is kept in the outbox database under the
 * sender's key for the record (bb_host_record_key) or, without one, the
 * SHA-256 of its bytes; a repeat gets it back and queues nothing. The
 * queue itself is idempotent too (the message id is derived from the
 * referral), so a crash between storing the message and keeping the
 * answer still queues the referral once. "Not now" answers are not kept:
 * the sender is meant to try again.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/evp.h>

#include "audit/audit.h"
#include "config.h"
#include "connector.h"
#include "host/host.h"
#include "log.h"
#include "store/outbox.h"
#include "store/store.h"
#include "util/strutil.h"

/* Where the answers live: the adapter state table, under this prefix. */
#define ANSWER_SPACE "his-answer:"

typedef struct receipt_impl {
	bb_his_receipt pub;
	char *answer, *message_id, *destination_id, *reason;
} receipt_impl;

void bb_his_receipt_free(bb_his_receipt *receipt)
{
	receipt_impl *r = (receipt_impl *)receipt;

	if (!r)
		return;
	free(r->answer);
	free(r->message_id);
	free(r->destination_id);
	free(r->reason);
	free(r);
}

static char *bytes_key(const void *data, size_t len)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0, i;
	char hex[2 * EVP_MAX_MD_SIZE + 1];

	if (EVP_Digest(data, len, md, &n, EVP_sha256(), NULL) != 1)
		return NULL;
	for (i = 0; i < n; i++)
		snprintf(hex + 2 * i, 3, "%02x", md[i]);
	return str_printf("sha256:%s", hex);
}

/* The kept answer: "OUTCOME MESSAGE-ID DESTINATION\nREASON\nANSWER". */
static char *answer_record(const receipt_impl *r)
{
	return str_printf("%d %s %s\n%s\n%.*s", r->pub.outcome, r->message_id ? r->message_id : "-",
			  r->destination_id ? r->destination_id : "-",
			  r->reason ? r->reason : "", (int)r->pub.answer_len, r->answer);
}

static int answer_parse(receipt_impl *r, const char *v)
{
	char mid[BB_MESSAGE_ID_LEN + 8], dest[128];
	const char *nl = strchr(v, '\n'), *nl2;
	int outcome;

	if (!nl || sscanf(v, "%d %44s %127s", &outcome, mid, dest) != 3 ||
	    !(nl2 = strchr(nl + 1, '\n')))
		return -1;
	r->pub.outcome = outcome;
	r->message_id = strcmp(mid, "-") ? str_dup(mid) : NULL;
	r->destination_id = strcmp(dest, "-") ? str_dup(dest) : NULL;
	r->reason = nl2 > nl + 1 ? str_ndup(nl + 1, (size_t)(nl2 - nl - 1)) : NULL;
	r->answer = str_dup(nl2 + 1);
	r->pub.answer_len = r->answer ? strlen(r->answer) : 0;
	return r->answer ? 0 : -1;
}

/* A kept answer in the store's small values (store_with). */
typedef struct kept {
	const char *space, *key;
	char *value;
} kept;

static int kept_get(outbox *ob, void *arg, diag_list *d)
{
	kept *k = arg;

	return outbox_state_get(ob, k->space, k->key, &k->value, d);
}

static int kept_put(outbox *ob, void *arg, diag_list *d)
{
	kept *k = arg;

	return outbox_state_put(ob, k->space, k->key, k->value, (int64_t)time(NULL), d);
}

/* The kept answer for `key`: 1 found (r filled), 0 none, <0 the store failed. */
static int answer_lookup(bb_connector *c, const char *space, const char *key, receipt_impl *r,
			 diag_list *d)
{
	kept k = { space, key, NULL };
	char *v;
	int rc;

	rc = store_with(c->store, kept_get, &k, d);
	v = k.value;
	if (rc == BB_ENOTFOUND)
		return 0;
	if (rc != BB_OK)
		return rc;
	rc = answer_parse(r, v) == 0 ? 1 : 0;
	free(v);
	return rc;
}

static void answer_keep(bb_connector *c, const char *space, const char *key,
			const receipt_impl *r)
{
	diag_list d = DIAG_LIST_INIT;
	char *v = answer_record(r);
	kept k = { space, key, v };
	int rc = BB_ENOMEM;

	if (v)
		rc = store_with(c->store, kept_put, &k, &d);
	/* The queue is idempotent by itself: a lost answer costs a second answer, not a second message. */
	if (rc != BB_OK)
		log_msg(c, BB_LOG_WARN, "the answer to %s was not kept for repeats: %s", key,
			d.count ? d.items[0].message : bb_strerror(rc));
	free(v);
	diag_free(&d);
}

/* Copy the thread's last error (its problems) into `problems`. */
static void take_problems(bb_connector *c, diag_list *problems)
{
	err_slot *slot = err_slot_get(&c->err);

	if (!slot)
		return;
	err_slot_copy_problems(problems, slot);
	if (problems->count == 0 && slot->pub.code != BB_OK)
		diag_add(problems, slot->pub.code, NULL, 0, slot->pub.field, "%s", slot->pub.message);
}

/* Failures that are the record's fault; anything else is ours, for now. */
static int record_at_fault(int rc)
{
	return rc == BB_EINPUT || rc == BB_ETOOBIG || rc == BB_ENOTFOUND || rc == BB_EREFUSED;
}

static void audit_refusal(bb_connector *c, const char *source, const receipt_impl *r,
			  const diag_list *problems)
{
	audit_rec rec;

	memset(&rec, 0, sizeof rec);
	rec.event = "his.received";
	rec.actor = source;
	rec.outcome = r->pub.outcome == BB_HIS_NOT_NOW ? "not-now" : "refused";
	/* Where the record was at fault, never its values (they may be patient data). */
	rec.detail = problems->count && problems->items[0].path ? problems->items[0].path
		     : r->pub.outcome == BB_HIS_NOT_NOW ? "store unavailable" : "unreadable";
	connector_audit(c, &rec, 1);
}

/*
 * The practices whose records may come in over the network: [mllp]
 * practices, else the installation's [practice] agb. NULL: not configured
 * (the MLLP listener does not start then; see bb_mllp_new).
 */
const char *delivery_practices_served(const bb_connector *c)
{
	if (!c->cfg)
		return NULL;
	if (c->cfg->mllp.name && config_get(&c->cfg->mllp, "practices"))
		return config_get(&c->cfg->mllp, "practices");
	if (c->cfg->practice.name && config_get(&c->cfg->practice, "agb"))
		return config_get(&c->cfg->practice, "agb");
	return NULL;
}

/*
 * A HIS speaks for its own practice only: a record naming another
 * practice's AGB would make a referral in that practice's name, and its
 * feedback would come back into the wrong patient record. Refused, so the
 * HIS's operator sees it in the ACK, and audited.
 */
static int practice_refused(bb_connector *c, const bb_referral *ref, const char *source,
			    diag_list *problems)
{
	const char *served = delivery_practices_served(c);
	const char *agb = bb_referral_get(ref, BB_REF_PRACTICE_AGB);

	if (!served || (agb && config_list_has(served, agb)))
		return 0;
	diag_add(problems, BB_EREFUSED, source, 0, "practice.agb",
		 "the record is for practice AGB %s, and this installation takes records of"
		 " practice %s only ([mllp] practices or [practice] agb)", agb ? agb : "(none)", served);
	return 1;
}

/*
 * What becomes of a record that is no repeat, read with `read_rc`: sent
 * (r->message_id), refused (`problems` says why) or not now (*not_now,
 * when the outbox, `found` < 0, or the store failed us).
 */
static void route_record(bb_connector *c, receipt_impl *r, int read_rc, int found,
			 const bb_referral *ref, const char *source, const char *destination_id,
			 diag_list *problems, const diag_list *d, char **not_now)
{
	char mid[BB_MESSAGE_ID_LEN];
	const char *dest;
	int rc;

	if (found < 0) {
		*not_now = str_printf("the outbox cannot be read: %s",
				      d->count ? d->items[0].message : bb_strerror(found));
		return;
	}
	if (read_rc != BB_OK) {
		if (problems->count == 0)
			diag_add(problems, BB_EINPUT, source, 0, NULL, "the record cannot be read");
		return;
	}
	if (practice_refused(c, ref, source, problems))
		return;   /* problems says why */
	dest = destination_id ? destination_id : bb_referral_get(ref, BB_REF_RECEIVER_ID);
	if (!dest) {
		diag_add(problems, BB_EINPUT, source, 0, NULL,
			 "the referral names no receiver (and no destination is configured for it)");
		return;
	}
	rc = bb_referral_send(mid, c, ref, dest);
	if (rc == BB_OK) {
		r->message_id = str_dup(mid);
		r->destination_id = str_dup(dest);
	} else if (record_at_fault(rc)) {
		take_problems(c, problems);
	} else {
		*not_now = str_printf("the referral could not be stored: %s", bb_error_last(c)->message);
	}
}

int bb_his_receive(bb_his_receipt **out, bb_connector *c, const char *adapter, const char *source,
		   const void *data, size_t len, const char *destination_id)
{
	diag_list problems = DIAG_LIST_INIT, d = DIAG_LIST_INIT;
	receipt_impl *r;
	bb_referral *ref = NULL;
	char *key = NULL, *space = NULL, *not_now = NULL;
	int rc, found;

	if (!out || !c || (!data && len))
		return c ? connector_error(c, BB_EINVAL, "bb_his_receive: missing argument") : BB_EINVAL;
	*out = NULL;
	if (!source)
		source = "network";
	if (!adapter)
		adapter = bb_config_his_adapter(c);
	if (!adapter)
		return connector_error(c, BB_EINVAL,
				       "no HIS adapter named, and none configured (his_adapter)");
	r = calloc(1, sizeof *r);
	space = str_printf(ANSWER_SPACE "%s", adapter);
	if (!r || !space) {
		free(r);
		free(space);
		return connector_error(c, BB_ENOMEM, "out of memory");
	}

	rc = adapter_his_read(&ref, c, adapter, source, data, len, &key);
	if (rc != BB_OK && !record_at_fault(rc) && rc != BB_ERROR) {
		/* The adapter itself is missing or broken: there is nobody to answer. */
		bb_referral_free(ref);
		free(key);
		free(space);
		free(r);
		return rc;
	}
	if (rc != BB_OK)
		take_problems(c, &problems);
	if (!key)
		key = bytes_key(data ? data : "", len);
	if (!key) {
		rc = BB_ENOMEM;
		goto fail;
	}

	found = answer_lookup(c, space, key, r, &d);
	if (found == 1) {
		r->pub.repeat = 1;
		log_msg(c, BB_LOG_INFO, "%s: a repeat of %s; answered as before", source, key);
		goto done;
	}
	route_record(c, r, rc, found, ref, source, destination_id, &problems, &d, &not_now);

	r->pub.outcome = not_now ? BB_HIS_NOT_NOW : problems.count ? BB_HIS_REFUSED : BB_HIS_ACCEPTED;
	if (not_now)
		r->reason = str_dup(not_now);
	else if (problems.count)
		r->reason = str_printf("%s%s%s", problems.items[0].path ? problems.items[0].path : "",
				       problems.items[0].path ? ": " : "", problems.items[0].message);
	rc = adapter_his_answer(&r->answer, &r->pub.answer_len, c, adapter, source, data, len,
			r->pub.outcome == BB_HIS_REFUSED ? &problems : NULL, not_now);
	if (rc != BB_OK)
		goto fail;
	if (r->pub.outcome != BB_HIS_ACCEPTED)
		audit_refusal(c, source, r, &problems);
	if (r->pub.outcome != BB_HIS_NOT_NOW)
		answer_keep(c, space, key, r);
done:
	r->pub.answer = r->answer;
	r->pub.message_id = r->message_id;
	r->pub.destination_id = r->destination_id;
	r->pub.reason = r->reason;
	*out = &r->pub;
	rc = BB_OK;
	goto out;
fail:
	bb_his_receipt_free(&r->pub);
out:
	bb_referral_free(ref);
	free(key);
	free(space);
	free(not_now);
	diag_free(&problems);
	diag_free(&d);
	return rc;
}
