/*
 * bb_inbound_process: one received message, from bytes to a stored
 * message and an answer.
 *
 *  1. the sender: the client certificate's subject must be a [sender]
 *     of the configuration (403 otherwise);
 *  2. the bytes: a FHIR message Bundle in the declared format within the
 *     size limit (415, 413, 400);
 *  3. a repeat (same MessageHeader id, same sender) gets the first answer
 *     again; the same id from another sender is refused (403);
 *  4. the message: our profile (400), of the kind this sender's role may
 *     send (403): referrals from a referrer, feedback from a provider;
 *     a referral's practice must be one the sender is registered for
 *     (its [sender] agb; 403);
 *  5. feedback only (GP side): the referral must be one we sent to this
 *     sender, or that the party we sent it to forwarded to this sender's
 *     AGB (403, the same answer when there is no such referral at all, so
 *     it tells nothing about other parties' referrals); the step must
 *     follow what we know (422 for an illegal step); an older feedback
 *     than the one applied is kept but not applied ("stale");
 *  6. stored durably with its answer, then the answer goes back; feedback
 *     is then applied to the HIS (apply.c).
 *
 * Every refusal is logged and audited (message.refused).
 */
#include "inbound.h"

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit/audit.h"
#include "inbound/subjects.h"
#include "fhir/fhir_codec.h"
#include "log.h"
#include "mapping/build.h"
#include "mapping/mapping.h"
#include "mapping/naming.h"
#include "mapping/profile.h"
#include "readers.h"
#include "store/store.h"
#include "util/strutil.h"

#define DEFAULT_MAX_BODY (8u * 1024 * 1024)

int64_t inbound_datetime_epoch(const char *s)
{
	int y, mo, d, h = 0, mi = 0, sec = 0, n = 0, oh = 0, om = 0;
	struct tm tm;
	const char *z;
	int64_t t;

	if (!s || sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3)
		return 0;
	if (s[n] == 'T' && sscanf(s + n + 1, "%2d:%2d:%2d", &h, &mi, &sec) != 3)
		return 0;
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec;
	t = (int64_t)timegm(&tm);
	z = s[n] == 'T' ? s + n + 9 : NULL;
	while (z && *z == '.')
		for (z++; *z >= '0' && *z <= '9'; z++)
			;
	if (z && (*z == '+' || *z == '-') && sscanf(z + 1, "%2d:%2d", &oh, &om) == 2)
		t -= (*z == '+' ? 1 : -1) * (int64_t)(oh * 3600 + om * 60);
	return t;
}

/* The certificate's subject, RFC 2253 ("CN=gp-001,O=Huisartsen Noord"). */
static char *cert_subject(const char *pem)
{
	BIO *in = BIO_new_mem_buf(pem, -1), *out = BIO_new(BIO_s_mem());
	X509 *x = in ? PEM_read_bio_X509(in, NULL, NULL, NULL) : NULL;
	char *subject = NULL, *data;
	long n;

	if (x && out && X509_NAME_print_ex(out, X509_get_subject_name(x), 0, XN_FLAG_RFC2253) >= 0 &&
	    (n = BIO_get_mem_data(out, &data)) > 0)
		subject = str_ndup(data, (size_t)n);
	X509_free(x);
	BIO_free(in);
	BIO_free(out);
	return subject;
}

/* Compare subjects ignoring spaces after separators ("CN=a, O=b" = "CN=a,O=b"). */
static int same_subject(const char *a, const char *b)
{
	while (*a && *b) {
		if (*a != *b)
			return 0;
		if (*a == ',') {
			while (a[1] == ' ')
				a++;
			while (b[1] == ' ')
				b++;
		}
		a++;
		b++;
	}
	return *a == *b;
}

static const cfg_section *find_sender(const config *cfg, const char *subject)
{
	size_t i;

	for (i = 0; cfg && subject && i < cfg->nsenders; i++) {
		const char *want = config_get(&cfg->senders[i], "subject");
		if (want && same_subject(want, subject))
			return &cfg->senders[i];
	}
	return NULL;
}


static const fhir_node *entry_resource(const fhir_node *bundle, const char *type)
{
	size_t i;

	for (i = 0; i < fhir_count(bundle, "entry"); i++) {
		const fhir_node *r = fhir_get(fhir_get(bundle, "entry", i), "resource", 0);
		if (r && strcmp(fhir_node_type_name(r), type) == 0)
			return r;
	}
	return NULL;
}

/* What one call has found out so far. */
typedef struct inbound {
	bb_connector *c;
	const cfg_section *sender;
	int xml;
	request_info req;
	inbox_msg msg;
	bb_feedback *fb;
	char *key;                   /* referral key */
	char *own[4];                /* copies of the request's header id, event, source endpoint */
	char *refusal;               /* why, for the caller's error */
	int stored;                  /* stored now (not a repeat): worth an audit record */
	int repeat;                  /* a message stored before, answered again */
	int foreign_repeat;          /* its id is another sender's stored message */
	diag_list why;
} inbound;

/* The BSN in a referral message's Patient, if the receiver may have it. */
static const char *patient_bsn(const fhir_node *bundle)
{
	size_t i, k;

	for (i = 0; i < fhir_count(bundle, "entry"); i++) {
		const fhir_node *r = fhir_get(fhir_get(bundle, "entry", i), "resource", 0);
		if (!r || strcmp(fhir_node_type_name(r), "Patient") != 0)
			continue;
		for (k = 0; k < fhir_count(r, "identifier"); k++) {
			const fhir_node *id = fhir_get(r, "identifier", k);
			const char *sys = fhir_get_value(id, "system", 0);
			if (sys && strcmp(sys, SYS_BSN) == 0)
				return fhir_get_value(id, "value", 0);
		}
	}
	return NULL;
}

/*
 * Who sent us what about whom, once it is stored (or why it was refused).
 * Called from check_and_store too, inside the group commit, with the
 * store's lock held: the audit trail's lock is then taken under it, the
 * one order those two are held in (store/store.c, audit_api.c, mutex.h).
 */
static void audit_inbound(inbound *in, const fhir_node *bundle, const char *outcome,
			  const char *detail)
{
	char pseudonym[BB_PSEUDONYM_LEN], *actor;
	audit_rec a;

	actor = str_printf("sender:%s", in->sender ? in->sender->id : "(unknown)");
	memset(&a, 0, sizeof(a));
	a.event = strcmp(outcome, "refused") == 0 ? "message.refused"
		  : !in->msg.kind ? "message.received"
		  : strcmp(in->msg.kind, "referral") == 0 ? "referral.received"
		  : "feedback.received";
	a.actor = actor;
	a.patient = bundle ? connector_pseudonym(in->c, patient_bsn(bundle), pseudonym) : NULL;
	a.referral = in->msg.referral_id;
	a.practice = in->msg.practice_agb;
	a.peer = in->sender ? in->sender->id : NULL;
	a.message = in->msg.msg_id;
	a.outcome = outcome;
	a.detail = detail;
	connector_audit(in->c, &a, 1);
	free(actor);
}

/* The referral's id and practice AGB from its Task's placer identifier. */
static void referral_ids(inbound *in, const fhir_node *bundle)
{
	static const char prefix[] = "urn:beweegbrug:id:referral:agb:";
	const fhir_node *task = entry_resource(bundle, "Task");
	size_t i;

	for (i = 0; task && i < fhir_count(task, "identifier"); i++) {
		const fhir_node *id = fhir_get(task, "identifier", i);
		const char *sys = fhir_get_value(id, "system", 0);
		if (sys && strncmp(sys, prefix, sizeof(prefix) - 1) == 0) {
			in->msg.practice_agb = sys + sizeof(prefix) - 1;
			in->msg.referral_id = fhir_get_value(id, "value", 0);
			break;
		}
	}
	in->msg.status = task ? fhir_get_value(task, "status", 0) : NULL;
}

static int answer(inbound *in, bb_inbound_response *resp, int http, const char *code,
		  const char *text, int rc)
{
	inbox_answer a;

	if (inbound_answer_make(&a, http, code, in->req.header_id ? &in->req : NULL, text, &in->why,
			in->xml) != BB_OK) {
		resp->http_status = 500;
		return BB_ERROR;
	}
	resp->http_status = a.http_status;
	resp->body = (char *)a.body;
	resp->len = a.len;
	resp->content_type = in->xml ? "application/fhir+xml" : "application/fhir+json";
	free(a.content_type);
	free(in->refusal);
	in->refusal = text ? str_dup(text) : NULL;
	if (rc != BB_OK) {
		char status[16];
		snprintf(status, sizeof status, "%d", http);
		log_event(in->c, BB_LOG_WARN, "message.refused", "sender",
			  in->sender ? in->sender->id : "-", "message", in->msg.msg_id,
			  "referral", in->msg.referral_id, "http", status,
			  "reason", text ? text : in->why.count ? diag_line(&in->why, 0) : code,
			  (char *)NULL);
	}
	if (rc == BB_EREFUSED) {
		char *detail = str_printf("HTTP %d: %s", http,
					  text ? text : in->why.count ? diag_line(&in->why, 0) : code);
		audit_inbound(in, NULL, "refused", detail);
		free(detail);
	}
	return rc;
}

/*
 * A message stored before: its first answer again, nothing stored twice.
 * BB_OK when it was a repeat (resp set), BB_ENOTFOUND when it is new.
 * Called with the store's lock held.
 */
static int answer_repeat(inbound *in, outbox *ob, bb_inbound_response *resp)
{
	inbox_answer dup;
	int rc = inbox_find(ob, in->msg.msg_id, &dup, NULL, &in->why);

	if (rc != BB_OK)
		return rc;
	if (strcmp(dup.sender, in->sender->id) != 0) {
		/* not its message: neither the first answer nor a second copy */
		inbox_answer_free(&dup);
		in->foreign_repeat = 1;
		return BB_OK;
	}
	resp->http_status = dup.http_status;
	resp->body = (char *)dup.body;
	resp->len = dup.len;
	resp->content_type = in->xml ? "application/fhir+xml" : "application/fhir+json";
	free(dup.content_type);
	free(dup.sender);
	log_event(in->c, BB_LOG_INFO, "message.repeated", "message", in->msg.msg_id,
		  "sender", in->sender->id, "referral", in->msg.referral_id, (char *)NULL);
	in->repeat = 1;
	return BB_OK;
}

static int refuse_foreign_repeat(inbound *in, bb_inbound_response *resp)
{
	char *text = str_printf("message %s was sent before by another sender", in->msg.msg_id);
	int rc = answer(in, resp, 403, "fatal-error", text ? text : "message id taken", BB_EREFUSED);

	free(text);
	return rc;
}

/* What a sender may report on, matched against a referral's parties. */
typedef struct party_match {
	const cfg_section *sender;
	int sent_to;                 /* the referral went to this sender */
	int forwarded_to;            /* it was forwarded to this sender's AGB */
} party_match;

static int match_party(const char *party, void *payload)
{
	party_match *m = payload;
	const char *dests = config_get(m->sender, "destination");

	if (strncmp(party, "dest:", 5) == 0 &&
	    (dests ? config_list_has(dests, party + 5) : strcmp(party + 5, m->sender->id) == 0))
		m->sent_to = 1;
	else if (strncmp(party, "agb:", 4) == 0 && config_list_has(config_get(m->sender, "agb"), party + 4))
		m->forwarded_to = 1;
	return m->sent_to;   /* enough: stop */
}

/*
 * Feedback only from the party the referral was sent to ([sender]
 * destination, default its own id), or from an organisation that party
 * forwarded it to ([sender] agb), and then only on the forwarded track.
 * A referral we never sent gets the same answer as one sent elsewhere.
 * Called with the store's lock held.
 */
static int feedback_party_check(inbound *in, outbox *ob, bb_inbound_response *resp)
{
	party_match m = { in->sender, 0, 0 };
	const char *agb = in->msg.practice_agb ? in->msg.practice_agb : "(no AGB)";
	char *text;
	int rc;

	rc = store_referral_party_list(ob, in->key, in->msg.referral_id, match_party, &m, &in->why);
	if (rc < 0)
		return answer(in, resp, 503, "transient-error", "storage problem", BB_EUNAVAILABLE);
	if (m.sent_to || (m.forwarded_to && bb_feedback_get(in->fb, BB_FB_FORWARDED_TRACK)))
		return BB_OK;
	if (m.forwarded_to)
		text = str_printf("referral %s of practice %s was forwarded to %s: it may report on the"
				  " forwarded track only", in->msg.referral_id, agb, in->sender->id);
	else
		text = str_printf("no referral %s of practice %s was sent to %s", in->msg.referral_id, agb,
				  in->sender->id);
	rc = answer(in, resp, 403, "fatal-error", text ? text : "not your referral", BB_EREFUSED);
	free(text);
	return rc;
}

/* Add the AGB codes of the Organization `org_ref` names. */
static void claim_org(const fhir_node *bundle, const fhir_node *org_ref, const char **claims, size_t *n,
		      size_t max)
{
	const fhir_node *org = org_ref ? mapping_resolve(bundle, org_ref) : NULL;
	size_t i;

	for (i = 0; org && i < fhir_count(org, "identifier") && *n < max; i++) {
		const fhir_node *id = fhir_get(org, "identifier", i);
		const char *sys = fhir_get_value(id, "system", 0);
		if (sys && strcmp(sys, SYS_AGB) == 0 && fhir_get_value(id, "value", 0))
			claims[(*n)++] = fhir_get_value(id, "value", 0);
	}
}

/* The organisation of the PractitionerRole (or the Organization) `ref` names. */
static void claim_requester(const fhir_node *bundle, const fhir_node *ref, const char **claims, size_t *n,
			    size_t max)
{
	const fhir_node *r = ref ? mapping_resolve(bundle, ref) : NULL;

	if (r && strcmp(fhir_node_type_name(r), "PractitionerRole") == 0)
		claim_org(bundle, fhir_get(r, "organization", 0), claims, n, max);
	else if (r && strcmp(fhir_node_type_name(r), "Organization") == 0)
		claim_org(bundle, ref, claims, n, max);
}

/*
 * Every AGB code a referral gives its practice: the placer identifiers of
 * its Task and ServiceRequest (urn:beweegbrug:id:referral:agb:CODE), their
 * assigner, and the organisation of their requester and of the
 * MessageHeader's sender. Each must be one the sending certificate is
 * registered for ([sender] agb): a GP cannot file a referral under another
 * practice.
 */
static int referral_practice_check(inbound *in, const fhir_node *bundle, bb_inbound_response *resp)
{
	static const char *const kinds[] = { "Task", "ServiceRequest" };
	const char *claims[64];
	const char *registered = config_get(in->sender, "agb");
	const fhir_node *h = fhir_get(fhir_get(bundle, "entry", 0), "resource", 0);
	size_t n = 0, i, k, max = sizeof claims / sizeof *claims;
	char *text;
	int rc;

	for (k = 0; k < 2; k++) {
		const fhir_node *r = entry_resource(bundle, kinds[k]);
		for (i = 0; r && i < fhir_count(r, "identifier") && n < max; i++) {
			const fhir_node *id = fhir_get(r, "identifier", i);
			const char *sys = fhir_get_value(id, "system", 0);
			if (!sys || strncmp(sys, SYS_REFERRAL_PREFIX, strlen(SYS_REFERRAL_PREFIX)) != 0)
				continue;
			claims[n++] = sys + strlen(SYS_REFERRAL_PREFIX);
			claim_org(bundle, fhir_get(id, "assigner", 0), claims, &n, max);
		}
		if (r)
			claim_requester(bundle, fhir_get(r, "requester", 0), claims, &n, max);
	}
	claim_requester(bundle, fhir_get(h, "sender", 0), claims, &n, max);
	for (i = 0; i < n; i++)
		if (!config_list_has(registered, claims[i]))
			break;
	if (i == n && n > 0)
		return BB_OK;
	text = n == 0 ? str_printf("the referral names no practice AGB")
		      : str_printf("the referral is filed under practice %s; sender %s is registered for"
				   " practice %s", claims[i], in->sender->id,
				   registered ? registered : "(none)");
	rc = answer(in, resp, 403, "fatal-error", text ? text : "not your practice", BB_EREFUSED);
	free(text);
	return rc;
}

/* Steps 5 and 6 under the store's lock: check against what is known, store. */
static int check_and_store(inbound *in, outbox *ob, const void *body, size_t len,
			   bb_inbound_response *resp)
{
	int64_t now = (int64_t)time(NULL);
	inbox_answer a;
	int rc;

	/* the same message may have come in on another connection meanwhile */
	rc = answer_repeat(in, ob, resp);
	if (rc == BB_OK)
		return in->foreign_repeat ? refuse_foreign_repeat(in, resp) : BB_OK;
	if (rc != BB_ENOTFOUND)
		return answer(in, resp, 503, "transient-error", "storage problem", BB_EUNAVAILABLE);
	in->msg.state = "received";
	if (in->fb) {
		char *why = NULL;

		rc = feedback_party_check(in, ob, resp);
		if (rc != BB_OK)
			return rc;
		switch (inbound_feedback_step(ob, in->key, in->fb, 1, &why, &in->why)) {
		case STEP_OK:
			break;
		case STEP_STALE:
			/* late, e.g. an "accepted" after the "completed": keep, do not apply */
			in->msg.state = "stale";
			break;
		case STEP_UNKNOWN:
			why = str_printf("feedback for a referral we never sent: no referral %s"
					 " from practice %s", in->msg.referral_id,
					 in->msg.practice_agb ? in->msg.practice_agb : "(no AGB)");
			rc = answer(in, resp, 422, "fatal-error", why, BB_EREFUSED);
			free(why);
			return rc;
		case STEP_ILLEGAL:
			rc = answer(in, resp, 422, "fatal-error", why, BB_EREFUSED);
			free(why);
			return rc;
		default:
			return answer(in, resp, 503, "transient-error", "storage problem",
				      BB_EUNAVAILABLE);
		}
	}
	if (inbound_answer_make(&a, 200, "ok", &in->req,
			strcmp(in->msg.state, "stale") == 0
				? "received; older than the feedback already applied, so not applied"
				: "received and stored", NULL, in->xml) != BB_OK)
		return answer(in, resp, 500, "transient-error", "cannot answer", BB_ERROR);
	in->msg.received_at = now;
	/* in the group commit's transaction (process); its savepoint is undone on failure */
	if ((rc = inbox_store(ob, &in->msg, body, len, &a, NULL, &in->why)) != BB_OK)
		goto fail;
	if (strcmp(in->msg.state, "stale") != 0 &&
	    (rc = in->fb ? inbound_feedback_step_record(ob, in->key, in->fb, now, &in->why)
			 : store_referral_state_put(ob, in->key, in->msg.status, in->msg.date, now,
					      &in->why)) != BB_OK)
		goto fail;
	if (in->fb && bb_feedback_get(in->fb, BB_FB_FORWARDED_AGB)) {
		/* forwarded: that organisation may report on the track from now on */
		char *party = str_printf("agb:%s", bb_feedback_get(in->fb, BB_FB_FORWARDED_AGB));
		rc = party ? store_referral_party_add(ob, in->key, party, &in->why) : BB_ENOMEM;
		free(party);
		if (rc != BB_OK)
			goto fail;
	}
	resp->http_status = 200;
	resp->body = (char *)a.body;
	resp->len = a.len;
	resp->content_type = in->xml ? "application/fhir+xml" : "application/fhir+json";
	free(a.content_type);
	log_event(in->c, BB_LOG_INFO, "message.received", "message", in->msg.msg_id,
		  "kind", in->msg.kind, "sender", in->sender->id, "referral", in->msg.referral_id,
		  "status", in->msg.state, (char *)NULL);
	in->stored = 1;
	return BB_OK;
fail:
	inbox_answer_free(&a);
	return answer(in, resp, 503, "transient-error", "the message could not be stored",
		      BB_EUNAVAILABLE);
}

/* check_and_store as one member of a group commit (delivery_store_grouped). */
typedef struct store_call {
	inbound *in;
	const void *body;
	size_t len;
	bb_inbound_response *resp;
	int rc, ran;
} store_call;

static int store_member(outbox *ob, void *arg)
{
	store_call *s = arg;

	s->ran = 1;
	s->rc = check_and_store(s->in, ob, s->body, s->len, s->resp);
	return s->rc;
}

/*
 * Steps 5 and 6 for several messages at once: workers storing at the same
 * time share one commit, and so one fsync, instead of taking turns.
 */
static int store_grouped(inbound *in, const void *body, size_t len, bb_inbound_response *resp)
{
	store_call s = { in, body, len, resp, BB_OK, 0 };
	int rc = delivery_store_grouped(in->c, store_member, &s, &in->why);

	if (s.ran && s.rc != BB_OK)
		return s.rc;            /* refused or not stored: its own answer stands */
	if (rc == BB_OK)
		return BB_OK;
	/* the batch was not committed after all */
	bb_inbound_response_free(resp);
	in->stored = 0;
	return answer(in, resp, 503, "transient-error", "the message could not be stored",
		      BB_EUNAVAILABLE);
}

typedef struct repeat_check {
	inbound *in;
	bb_inbound_response *resp;
} repeat_check;

/* answer_repeat on the store (store_with); problems go to in->why. */
static int answer_repeat_step(outbox *ob, void *arg, diag_list *d)
{
	repeat_check *r = arg;

	(void)d;
	return answer_repeat(r->in, ob, r->resp);
}

/* The MessageHeader's ids copied into `in`: the answer may be made after the tree is gone. */
static int take_header(inbound *in, const fhir_node *h, bb_inbound_response *resp)
{
	const char *v;

	in->own[0] = str_dup(fhir_get_value(h, "id", 0));
	v = fhir_get_value(fhir_get(h, "eventCoding", 0), "system", 0);
	in->own[1] = v ? str_dup(v) : NULL;
	v = fhir_get_value(fhir_get(h, "eventCoding", 0), "code", 0);
	in->own[2] = str_dup(v ? v : "unknown");
	v = fhir_get_value(fhir_get(h, "source", 0), "endpoint", 0);
	in->own[3] = v ? str_dup(v) : NULL;
	in->req.their_endpoint = in->own[3];
	if (!in->own[0] || !in->own[2])
		return answer(in, resp, 503, "transient-error", "out of memory", BB_ENOMEM);
	in->req.header_id = in->msg.msg_id = in->own[0];
	in->req.event_system = in->own[1];
	in->req.event_code = in->own[2];
	return BB_OK;
}

/*
 * What a message of this `kind` is about: a referral's ids and practice,
 * or the feedback read; refused when this sender's role may not send it
 * or it names no referral.
 */
static int take_subject(inbound *in, const fhir_node *bundle, int kind, const char *role,
			bb_inbound_response *resp)
{
	int rc;

	in->msg.kind = kind == PROFILE_REFERRAL ? "referral" : "feedback";
	if ((kind == PROFILE_REFERRAL) != (strcmp(role, "referrer") == 0)) {
		char *text = str_printf("sender %s (role %s) may not send %s messages",
					in->sender->id, role, in->msg.kind);
		rc = answer(in, resp, 403, "fatal-error", text, BB_EREFUSED);
		free(text);
		return rc;
	}
	if (kind == PROFILE_REFERRAL) {
		referral_ids(in, bundle);
		if ((rc = referral_practice_check(in, bundle, resp)) != BB_OK)
			return rc;
	} else {
		if (bb_feedback_new(&in->fb) != BB_OK ||
		    mapping_feedback_read(in->fb, bundle, "request", &in->why) != BB_OK)
			return answer(in, resp, 400, "fatal-error", NULL, BB_EREFUSED);
		in->msg.referral_id = bb_feedback_get(in->fb, BB_FB_REFERRAL_ID);
		in->msg.practice_agb = bb_feedback_get(in->fb, BB_FB_PRACTICE_AGB);
		in->msg.status = bb_feedback_get(in->fb, BB_FB_STATUS);
		in->msg.date = bb_feedback_get(in->fb, BB_FB_DATE);
	}
	in->msg.content_type = in->xml ? "application/fhir+xml" : "application/fhir+json";
	in->msg.sender = in->sender->id;
	in->key = store_referral_key(in->msg.practice_agb, in->msg.referral_id);
	if (!in->msg.referral_id || !in->msg.status || !in->key)
		return answer(in, resp, 400, "fatal-error",
			      "the message names no referral (Task identifier and status)", BB_EREFUSED);
	return BB_OK;
}

/* Steps 2 to 6, with the sender known. */
static int process(inbound *in, const char *ctype, const void *body, size_t len,
		   bb_inbound_response *resp)
{
	const char *v, *role = config_get(in->sender, "role");
	size_t max_body = DEFAULT_MAX_BODY;
	fhir_node *bundle = NULL;
	const fhir_node *h;
	repeat_check rc_arg;
	int rc, kind = 0;

	(void)ctype;

	if (in->c->cfg && (v = config_get(&in->c->cfg->server, "max_body")))
		max_body = (size_t)strtoul(v, NULL, 10);
	if (len > max_body)
		return answer(in, resp, 413, "fatal-error", "the message is larger than max_body",
			      BB_EREFUSED);
	connector_init_libxml();
	if (connector_fhir_read(in->c, &bundle, body ? body : "", len, "request", &in->why) !=
	    BB_OK) {
		rc = answer(in, resp, 400, "fatal-error", NULL, BB_EREFUSED);
		goto done;
	}
	h = fhir_get(fhir_get(bundle, "entry", 0), "resource", 0);
	if (strcmp(fhir_node_type_name(bundle), "Bundle") != 0 || !h ||
	    strcmp(fhir_node_type_name(h), "MessageHeader") != 0 || !fhir_get_value(h, "id", 0)) {
		rc = answer(in, resp, 400, "fatal-error",
			    "not a FHIR message: a Bundle whose first entry is a MessageHeader with an id",
			    BB_EREFUSED);
		goto done;
	}
	if ((rc = take_header(in, h, resp)) != BB_OK)
		goto done;

	/* a repeat: the first answer again, nothing stored twice */
	rc_arg.in = in;
	rc_arg.resp = resp;
	rc = store_with(in->c->store, answer_repeat_step, &rc_arg, &in->why);
	if (rc == BB_OK) {
		if (in->foreign_repeat)
			rc = refuse_foreign_repeat(in, resp);
		else
			/*
			 * Recorded too: a sender repeats when our answer did not reach it,
			 * which is also what it does after we crashed between storing a
			 * message and writing its record.
			 */
			audit_inbound(in, NULL, "repeat", NULL);
		goto done;
	}
	if (rc != BB_ENOTFOUND) {
		rc = answer(in, resp, 503, "transient-error", "storage problem", BB_EUNAVAILABLE);
		goto done;
	}

	if (profile_check(&kind, bundle, "request", &in->why) != BB_OK) {
		rc = answer(in, resp, 400, "fatal-error", NULL, BB_EREFUSED);
		goto done;
	}
	if ((rc = take_subject(in, bundle, kind, role, resp)) != BB_OK)
		goto done;
	if ((rc = store_grouped(in, body, len, resp)) != BB_OK)
		goto done;
	/*
	 * Stored and committed: now its audit record, before the answer goes
	 * back. A crash between the two loses the record, not the message.
	 */
	if (in->stored)
		audit_inbound(in, bundle, in->msg.state, NULL);
	else if (in->repeat)
		audit_inbound(in, bundle, "repeat", NULL);
done:
	fhir_node_free(bundle);
	return rc;
}

int bb_inbound_process(bb_inbound_response *resp, bb_connector *c, const char *client_cert_pem,
		       const char *content_type, const void *body, size_t len)
{
	inbound in;
	const char *media_problem = NULL;
	char *subject = NULL;
	int rc, fmt;

	if (!c)
		return BB_EINVAL;
	if (!resp || (!body && len))
		return connector_error(c, BB_EINVAL, "bb_inbound_process: missing argument");
	if (resp->version < 1 || resp->version > BB_INBOUND_RESPONSE_VERSION)
		return connector_error(c, BB_EINVAL, "bb_inbound_process: bb_inbound_response version %u "
				       "is not one this library knows (1 to %u): initialise it with "
				       "BB_INBOUND_RESPONSE_INIT", resp->version,
				       BB_INBOUND_RESPONSE_VERSION);
	/* version 1 is all of it; a later version clears only the caller's version's fields */
	memset(resp, 0, sizeof(*resp));
	resp->version = BB_INBOUND_RESPONSE_VERSION;
	memset(&in, 0, sizeof(in));
	in.c = c;
	fmt = inbound_media_type(content_type, &media_problem);
	in.xml = fmt == 'x';
	in.req.our_endpoint = c->cfg ? config_get(&c->cfg->connector, "sender_endpoint") : NULL;
	/* who first: a refusal names its sender in the log and the audit trail */
	if (!client_cert_pem || !(subject = inbound_subjects_lookup(c->subjects, client_cert_pem, cert_subject))) {
		rc = answer(&in, resp, 403, "fatal-error", "no readable client certificate",
			    BB_EREFUSED);
	} else if (!(in.sender = find_sender(c->cfg, subject))) {
		char *text = str_printf("certificate subject \"%s\" is not a configured sender", subject);
		rc = answer(&in, resp, 403, "fatal-error", text, BB_EREFUSED);
		free(text);
	} else if (!fmt) {
		rc = answer(&in, resp, 415, "fatal-error", media_problem, BB_EREFUSED);
	} else {
		rc = process(&in, content_type, body, len, resp);
	}
	if (rc == BB_OK) {
		err_clear(&c->err);
		/* feedback is applied after it is stored and answered for */
		if (in.fb)
			inbound_apply_soon(c);
	} else if (in.why.count) {
		err_set_diags(&c->err, &in.why, rc);   /* keeps rc: refused or not now */
	} else {
		rc = connector_error(c, rc, "message refused: HTTP %d: %s", resp->http_status,
				     in.refusal ? in.refusal : "see the response");
	}
	bb_feedback_free(in.fb);
	free(in.refusal);
	free(in.own[0]);
	free(in.own[1]);
	free(in.own[2]);
	free(in.own[3]);
	free(in.key);
	free(subject);
	diag_free(&in.why);
	return rc;
}

void bb_inbound_response_free(bb_inbound_response *r)
{
	if (!r)
		return;
	free(r->body);
	r->body = NULL;
	r->len = 0;
}

/* ---- polling: feedback fetched from a platform goes the same way ---------- */

typedef struct poll_state {
	bb_connector *c;
	const cfg_section *sender;
	size_t stored, refused;
} poll_state;

static int take_polled(const char *content_type, const void *body, size_t len, void *payload)
{
	poll_state *p = payload;
	bb_inbound_response resp = BB_INBOUND_RESPONSE_INIT;
	inbound in;
	int rc;

	memset(&in, 0, sizeof(in));
	in.c = p->c;
	in.sender = p->sender;
	in.xml = inbound_media_type(content_type, NULL) == 'x';
	rc = process(&in, content_type, body, len, &resp);
	if (rc == BB_OK)
		p->stored++;
	else if (rc == BB_EREFUSED)
		p->refused++;   /* logged by answer(); a platform cannot be told */
	bb_inbound_response_free(&resp);
	bb_feedback_free(in.fb);
	free(in.refusal);
	free(in.own[0]);
	free(in.own[1]);
	free(in.own[2]);
	free(in.own[3]);
	free(in.key);
	diag_free(&in.why);
	/* storage trouble: stop, so the cursor does not move past this message */
	return rc == BB_EUNAVAILABLE || rc == BB_ENOMEM ? -1 : 0;
}

int bb_poll_feedback(size_t *stored, bb_connector *c, const char *destination_id)
{
	/* the polled destination speaks as a provider would through our server */
	cfg_entry role = { (char *)"role", (char *)"provider", 0, 0 };
	cfg_section sender = { (char *)"sender", (char *)destination_id, 0, &role, 1 };
	poll_state p = { c, &sender, 0, 0 };
	int rc;

	if (stored)
		*stored = 0;
	if (!c)
		return BB_EINVAL;
	if (!destination_id)
		return connector_error(c, BB_EINVAL, "bb_poll_feedback: no destination");
	rc = bb_fetch_feedback(c, destination_id, take_polled, &p);
	if (stored)
		*stored = p.stored;
	if (rc != BB_OK || (rc = bb_inbox_apply_pending(NULL, c)) != BB_OK)
		return rc;
	if (p.refused)
		return connector_error(c, BB_EREFUSED, "%zu polled feedback message(s) refused; see the log",
				       p.refused);
	return BB_OK;
}
