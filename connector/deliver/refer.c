/*
 * bb_refer: the one call behind the HIS's "verwijs" button. It strings the
 * library's steps together in the order that keeps the patient safe:
 *
 *   read the HIS record -> find the chosen offer in the beweegkaart ->
 *   check the consent is for that offer's receiver -> GLI advice ->
 *   (bb_referral_send:) minimise for the receiver, build and validate the
 *   message, store it durably -> start delivery -> a receipt to show.
 *
 * Nothing here knows a HIS or a receiver: the HIS adapter reads the
 * record, the catalogue says which configured destination takes the
 * offer, and the destination's configuration says what it may be sent.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit/audit.h"
#include "connector.h"
#include "util/diag.h"
#include "log.h"
#include "mapping/mapping.h"
#include "model/model.h"
#include "offers/pick.h"
#include "util/strutil.h"

/* The public receipt first, then what its strings point into. */
typedef struct receipt_box {
	bb_receipt pub;
	char *referral_id, *message_id, *offer_id, *offer_name, *receiver_id, *receiver_name;
	char *status_text, *warnings, *last_error;
} receipt_box;

void bb_receipt_free(bb_receipt *receipt)
{
	receipt_box *b = (receipt_box *)receipt;

	if (!b)
		return;
	free(b->referral_id);
	free(b->message_id);
	free(b->offer_id);
	free(b->offer_name);
	free(b->receiver_id);
	free(b->receiver_name);
	free(b->status_text);
	free(b->warnings);
	free(b->last_error);
	free(b);
}

/* The referral kind an offer implies, when the record names none. */
static const char *kind_for_offer(const char *offer_kind)
{
	static const char *const own[] = { "gli", "beweegcoach", "stadspoli", NULL };
	size_t i;

	for (i = 0; offer_kind && own[i]; i++)
		if (strcmp(offer_kind, own[i]) == 0)
			return own[i];
	return "regular";
}

static void warn(strbuf *w, const char *fmt, ...) STR_PRINTF(2, 3);
static void warn(strbuf *w, const char *fmt, ...)
{
	va_list ap;

	if (w->len)
		strbuf_putc(w, '\n');
	va_start(ap, fmt);
	strbuf_vprintf(w, fmt, ap);
	va_end(ap);
}

/*
 * Point the referral at the offer's receiver. The patient consented to
 * sharing with a receiver: if the record already names one, it must be
 * this one; if it names none, the GP asked for consent with the offer on
 * screen, so the consent is for the offer's receiver.
 */
static int aim_at_offer(bb_referral *r, const offer_pick *o, const char *src, strbuf *warnings,
			diag_list *d)
{
	const char *receiver = bb_referral_get(r, BB_REF_RECEIVER_ID);
	const char *offer = bb_referral_get(r, BB_REF_OFFER_ID);
	const char *kind = bb_referral_get(r, BB_REF_KIND);
	const char *implied = kind_for_offer(o->kind);

	if (receiver && strcmp(receiver, o->destination_id) != 0)
		return diag_add(d, BB_EINPUT, src, 0, "receiver.id",
				"the record's consent is for receiver \"%s\", but offer \"%s\" (%s) "
				"takes referrals through \"%s\"; ask the patient's consent again",
				receiver, o->id, o->name, o->destination_id);
	if (offer && strcmp(offer, o->id) != 0)
		return diag_add(d, BB_EINPUT, src, 0, "offer.id",
				"the record names offer \"%s\", the click chose \"%s\"", offer, o->id);
	if ((!receiver && bb_referral_set(r, BB_REF_RECEIVER_ID, o->destination_id) != BB_OK) ||
	    (!offer && bb_referral_set(r, BB_REF_OFFER_ID, o->id) != BB_OK) ||
	    (!bb_referral_get(r, BB_REF_RECEIVER_NAME) && o->organization &&
	     bb_referral_set(r, BB_REF_RECEIVER_NAME, o->organization) != BB_OK))
		return diag_add(d, BB_EINPUT, src, 0, "offer",
				"offer \"%s\" has an id, destination or organisation the referral "
				"cannot hold", o->id);
	if (!kind) {
		if (bb_referral_set(r, BB_REF_KIND, implied) != BB_OK)
			return diag_add(d, BB_ERROR, src, 0, "kind", "cannot set the kind");
	} else if (strcmp(kind, implied) != 0) {
		warn(warnings, "the record says this is a %s referral, but \"%s\" is a %s offer",
		     kind, o->name, o->kind ? o->kind : "general");
	}
	return BB_OK;
}

/*
 * Consent given at the click (bb_his_record version 2): the GP asked with
 * the offer on screen, so it is consent for the offer's receiver, from
 * now: it fills in a consent the record lacks, and replaces the date of one
 * the record holds (the newer consent counts); it never overrules a refusal
 * the record holds. *by gets the AGB of the GP who asked.
 */
static int consent_at_click(bb_referral *r, const bb_his_record *rec, const char *src,
			    const char **by, char when[32], diag_list *d)
{
	const char *given = bb_referral_get(r, BB_REF_CONSENT);

	*by = rec->consent_by ? rec->consent_by : bb_referral_get(r, BB_REF_REFERRER_AGB);
	if (given && strcmp(given, "yes") != 0)
		return diag_add(d, BB_EINPUT, src, 0, "consent.given",
				"the record says the patient did not consent; a consent at the click "
				"does not overrule it: record the patient's new answer in the HIS");
	if (!*by)
		return diag_add(d, BB_EINPUT, src, 0, "consent_by",
				"who asked the patient's consent at the click is needed: the GP's AGB "
				"(bb_his_record.consent_by, beweegbrug refer --consent-by), or a "
				"referrer AGB in the record");
	if (strlen(*by) != 8 || strspn(*by, "0123456789") != 8)
		return diag_add(d, BB_EINPUT, src, 0, "consent_by",
				"\"%.20s\" is not an AGB code (8 digits)", *by);
	if (rec->consent_time)
		snprintf(when, 32, "%s", rec->consent_time);
	else
		mapping_now(when);
	bb_referral_locate(r, 0, "consent at the click");
	if (bb_referral_set(r, BB_REF_CONSENT_DATE, when) != BB_OK)
		return diag_add(d, BB_EINPUT, src, 0, "consent_time",
				"\"%.40s\" is not a date-time with a time zone (e.g. "
				"2026-12-05T10:15:00+01:00)", rec->consent_time);
	if (bb_referral_set(r, BB_REF_CONSENT, "yes") != BB_OK)
		return diag_add(d, BB_ERROR, src, 0, "consent.given", "cannot record the consent");
	return BB_OK;
}

/* The trail: who asked whom, when, for which receiver; never patient data. */
static void audit_click_consent(bb_connector *c, const bb_referral *r, const char *by,
				const char *when, const char *destination)
{
	char actor[16], pseudonym[BB_PSEUDONYM_LEN], detail[64];
	audit_rec a;

	snprintf(actor, sizeof(actor), "agb:%s", by);
	snprintf(detail, sizeof(detail), "at the click, %s", when);
	memset(&a, 0, sizeof(a));
	a.event = "consent.given";
	a.actor = actor;
	a.patient = connector_pseudonym(c, bb_referral_get(r, BB_REF_PATIENT_BSN), pseudonym);
	a.referral = bb_referral_get(r, BB_REF_ID);
	a.practice = bb_referral_get(r, BB_REF_PRACTICE_AGB);
	a.peer = destination;
	a.outcome = "given";
	a.detail = detail;
	connector_audit(c, &a, 1);
}

/* What the outbox now says of the message: the status the HIS shows. */
typedef struct outbox_view {
	int found, state;
	unsigned attempts;
	char *last_error;
} outbox_view;

static int view_entry(const bb_outbox_entry *e, void *payload)
{
	outbox_view *v = payload;

	v->found = 1;
	v->state = e->state;
	v->attempts = e->attempts;
	v->last_error = e->last_error ? str_dup(e->last_error) : NULL;
	return 0;
}

static void describe_status(receipt_box *b, const outbox_view *v)
{
	const char *who = b->receiver_name ? b->receiver_name : b->receiver_id;

	if (v->found && v->state == BB_OUTBOX_DELIVERED) {
		b->pub.status = BB_RECEIPT_DELIVERED;
		b->status_text = str_printf("Verwijzing afgeleverd bij %s", who);
	} else if (v->found && v->state == BB_OUTBOX_DEAD) {
		b->pub.status = BB_RECEIPT_FAILED;
		b->status_text = str_printf("Verwijzing niet afgeleverd bij %s: %s", who,
					    v->last_error ? v->last_error : "opgegeven");
	} else if (v->found && v->attempts > 0) {
		b->pub.status = BB_RECEIPT_RETRYING;
		b->status_text = str_printf("Verwijzing naar %s staat klaar; %s is nog niet bereikt, "
					    "er wordt opnieuw geprobeerd", who, who);
	} else {
		b->pub.status = BB_RECEIPT_QUEUED;
		b->status_text = str_printf("Verwijzing naar %s staat klaar en wordt verzonden", who);
	}
}

static int make_receipt(bb_receipt **out, const bb_referral *r, const offer_pick *o,
			const char *message_id, bb_gli_verdict gli_verdict, strbuf *warnings,
			const outbox_view *v)
{
	receipt_box *b = calloc(1, sizeof(*b));

	if (!b)
		return BB_ENOMEM;
	b->referral_id = str_dup(bb_referral_get(r, BB_REF_ID));
	b->message_id = str_dup(message_id);
	b->offer_id = str_dup(o->id);
	b->offer_name = o->name ? str_dup(o->name) : NULL;
	b->receiver_id = str_dup(o->destination_id);
	b->receiver_name = bb_referral_get(r, BB_REF_RECEIVER_NAME)
			   ? str_dup(bb_referral_get(r, BB_REF_RECEIVER_NAME)) : NULL;
	b->warnings = warnings->len ? strbuf_detach(warnings, NULL) : NULL;
	b->last_error = v->last_error ? str_dup(v->last_error) : NULL;
	describe_status(b, v);
	if (!b->referral_id || !b->message_id || !b->offer_id || !b->receiver_id || !b->status_text) {
		bb_receipt_free(&b->pub);
		return BB_ENOMEM;
	}
	b->pub.referral_id = b->referral_id;
	b->pub.message_id = b->message_id;
	b->pub.offer_id = b->offer_id;
	b->pub.offer_name = b->offer_name;
	b->pub.receiver_id = b->receiver_id;
	b->pub.receiver_name = b->receiver_name;
	b->pub.status_text = b->status_text;
	b->pub.warnings = b->warnings;
	b->pub.last_error = b->last_error;
	b->pub.gli_verdict = gli_verdict;
	*out = &b->pub;
	return BB_OK;
}

/*
 * Everything after reading: `r` (ours, freed here) goes to the offer's
 * receiver. `click` is a version 2 record whose consent was given at the
 * click, or NULL.
 */
static int refer_filled(bb_connector *c, bb_referral *r, const char *src,
			const bb_his_record *click, const char *offer_id, bb_receipt **receipt)
{
	diag_list d = DIAG_LIST_INIT;
	offer_pick offer;
	strbuf warnings = STRBUF_INIT;
	char message_id[BB_MESSAGE_ID_LEN];
	outbox_view view;
	const char *consent_by = NULL;
	char consent_when[32];
	int rc;
	bb_gli_verdict gli = BB_GLI_NOT_CHECKED;

	memset(&offer, 0, sizeof(offer));
	memset(&view, 0, sizeof(view));
	/* 2. the offer the GP clicked, and the destination that takes it */
	if ((rc = offers_lookup(c, offer_id, &offer, &d)) != BB_OK)
		goto fail;
	if (!offer.destination_id) {
		rc = diag_add(&d, BB_EUNSUPPORTED, src, 0, "offer.id",
			      "offer \"%s\" (%s) takes no electronic referrals here: no destination "
			      "is configured for its endpoint%s%s", offer.id, offer.name,
			      offer.contact ? "; contact: " : "", offer.contact ? offer.contact : "");
		goto fail;
	}
	/* 3. consent for this receiver, the offer and the kind in the referral */
	if (click && (rc = consent_at_click(r, click, src, &consent_by, consent_when, &d)) != BB_OK)
		goto fail;
	if ((rc = aim_at_offer(r, &offer, src, &warnings, &d)) != BB_OK)
		goto fail;
	if (click)
		audit_click_consent(c, r, consent_by, consent_when, offer.destination_id);
	/* 4. GLI advice: a warning for the GP, never a block */
	if (strcmp(bb_referral_get(r, BB_REF_KIND), "gli") == 0) {
		char *why = NULL;
		if (bb_gli_check(&gli, &why, r) == BB_OK && gli != BB_GLI_ELIGIBLE && why)
			warn(&warnings, "GLI %s", why);
		free(why);
	}
	/* 5. minimise, build, validate and store durably */
	if ((rc = bb_referral_send(message_id, c, r, offer.destination_id)) != BB_OK)
		goto done;   /* its problems are the last error already */
	/* 6. deliver: the thread is started once and woken by every send */
	if ((rc = bb_delivery_start(c)) != BB_OK)
		goto done;
	/* 7. what the HIS can show: a repeated click finds the first message's state */
	if (bb_outbox_show(NULL, NULL, c, message_id, view_entry, &view) != BB_OK)
		view.found = 0;
	rc = make_receipt(receipt, r, &offer, message_id, gli, &warnings, &view);
	if (rc != BB_OK)
		rc = connector_error(c, rc, "bb_refer: no memory for the receipt");
	else
		log_event(c, BB_LOG_INFO, "refer.done", "referral", (*receipt)->referral_id,
			  "offer", offer.id, "destination", offer.destination_id, (char *)NULL);
	goto done;
fail:
	rc = err_set_diags(&c->err, &d, rc);
done:
	free(view.last_error);
	offer_pick_free(&offer);
	strbuf_free(&warnings);
	bb_referral_free(r);
	diag_free(&d);
	return rc;
}

int bb_refer(bb_receipt **receipt, bb_connector *c, const bb_his_record *record,
	     const char *offer_id)
{
	bb_referral *r = NULL;
	int rc;

	if (!c)
		return BB_EINVAL;
	if (receipt)
		*receipt = NULL;
	if (!record || !record->data || !offer_id || !receipt)
		return connector_error(c, BB_EINVAL, "bb_refer: missing argument");
	if (record->version < 1 || record->version > BB_HIS_RECORD_VERSION)
		return connector_error(c, BB_EINVAL, "bb_refer: record version %u, expected 1 to %u",
				       record->version, BB_HIS_RECORD_VERSION);
	/* 1. the record, as the HIS adapter reads it */
	rc = bb_referral_from_his(&r, c, record->adapter, record->source, record->data,
				  record->len);
	if (rc != BB_OK)
		return rc;   /* the adapter's problems are the connector's last error */
	/* the fields of version 2 exist only in a version 2 record */
	return refer_filled(c, r, record->source ? record->source : "record",
			    record->version >= 2 && record->consent_now ? record : NULL, offer_id,
			    receipt);
}

int bb_refer_referral(bb_receipt **receipt, bb_connector *c, const bb_referral *referral,
		      const char *offer_id)
{
	const model_fields *m;
	bb_referral *r = NULL;
	int rc;

	if (!c)
		return BB_EINVAL;
	if (receipt)
		*receipt = NULL;
	if (!referral || !offer_id || !receipt)
		return connector_error(c, BB_EINVAL, "bb_refer_referral: missing argument");
	m = model_referral(referral);
	/* a value refused while it was filled is missing: the referral is not what was meant */
	if (m->problems.count)
		return err_set_diags(&c->err, &m->problems, BB_EINPUT);
	if ((rc = model_referral_copy(&r, referral)) != BB_OK)
		return connector_error(c, rc, "bb_refer_referral: out of memory");
	return refer_filled(c, r, m->source ? m->source : "referral", NULL, offer_id, receipt);
}
