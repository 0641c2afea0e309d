/*
 * bb_api: the local HIS API (docs/his-integration.md, docs/openapi.yaml):
 * the requests and their answers. Where it listens (a Unix socket whose
 * file's owner, group and mode 0660 decide who may talk to it, TCP on
 * loopback, or HTTPS with client certificates) and the connection limits
 * it shares with `serve` are api_listen.c's. It is a thin layer over
 * the public calls the CLI uses: bb_refer (POST /referrals), the outbox
 * and inbox (GET /referrals/{id}), the beweegkaart (GET /offers) and the
 * journal directory `serve --journal-dir` writes (GET /journal, POST
 * /journal/{id}/ack).
 *
 * One thread, the caller of bb_api_run, owns the libevent objects and
 * answers every request; bb_refer's fsync runs there too, which is what
 * one HIS on one machine needs. A long poll of the journal is parked and
 * looked at again every API_POLL_MS until it has entries or its time is up.
 *
 * The journal feed: an entry is a file NNNN-REFERRAL-STATUS.EXT in the
 * journal directory; its id is that name and its sequence NNNN. An
 * acknowledgement is the file .acked/NAME, written durably before the
 * answer; entries with one are never offered again, entries without one
 * are offered again on every read from an earlier cursor (a HIS that
 * restarts reads from 0), so an entry is not lost and, once filed and
 * acknowledged, not filed twice. The entry files are never moved, so the
 * writer's numbering and its repeat detection (.applied/) stay intact.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/queue.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <event2/listener.h>

#include <json-c/json.h>

#include "audit/audit.h"
#include "config.h"
#include "connector.h"
#include "offers/pick.h"
#include "server/api.h"
#include "log.h"
#include "util/sigpipe.h"
#include "util/strutil.h"

#define API_POLL_MS 200
#define API_MAX_WAIT 30            /* seconds a long poll may wait */
#define API_MAX_ENTRIES 100        /* journal entries in one answer, at most */
#define API_MAX_ENTRY (4u * 1024 * 1024)
#define API_MAX_ANSWER (8u * 1024 * 1024)   /* entries' bytes in one answer, past the first */
#define API_JSON_DEPTH 16

/* ---- answers ------------------------------------------------------------ */

/* The answer is written: the connection's idle clock (conns.c) runs again. */
static void answered(struct evhttp_request *req, void *arg)
{
	server_conn *c = conn_of(arg, req);

	if (c)
		conn_answered(c);
}

static void reply(struct evhttp_request *req, int status, const char *type, const char *body,
		  size_t len)
{
	struct evbuffer *b = evbuffer_new();
	struct evkeyvalq *h = evhttp_request_get_output_headers(req);
	evhttp_add_header(h, "Content-Type", type);
	evhttp_add_header(h, "Cache-Control", "no-store");
	if (b)
		evbuffer_add(b, body, len);
	evhttp_send_reply(req, status, NULL, b);
	if (b)
		evbuffer_free(b);
}

static void reply_json(struct evhttp_request *req, int status, json_object *o)
{
	size_t len = 0;
	const char *s = o ? json_object_to_json_string_length(o, JSON_C_TO_STRING_PLAIN |
							     JSON_C_TO_STRING_NOSLASHESCAPE, &len) : NULL;

	if (!s)
		reply(req, 500, "application/problem+json",
		      "{\"title\":\"out of memory\",\"status\":500}", 38);
	else
		reply(req, status, "application/json", s, len);
	json_object_put(o);
}

static void add_str(json_object *o, const char *key, const char *value)
{
	json_object_object_add(o, key, value ? json_object_new_string(value) : NULL);
}

static const char *status_title(int status)
{
	switch (status) {
	case 400: return "Bad Request";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 413: return "Payload Too Large";
	case 415: return "Unsupported Media Type";
	case 422: return "Unprocessable Content";
	case 503: return "Service Unavailable";
	default: return "Internal Server Error";
	}
}

/*
 * application/problem+json (RFC 9457). `detail` is the CLI's text; with
 * from_connector the connector's last error gives it, every problem line
 * ("errors") and the field and line at fault, as the CLI prints them.
 */
static void problem(bb_api *a, struct evhttp_request *req, int status, int from_connector,
		    const char *detail)
{
	json_object *o = json_object_new_object();
	size_t len = 0;
	const char *s;

	add_str(o, "type", "about:blank");
	add_str(o, "title", status_title(status));
	json_object_object_add(o, "status", json_object_new_int(status));
	if (from_connector) {
		const bb_error *e = bb_error_last(a->c);
		size_t i, n = bb_error_count(a->c);
		json_object *errs = json_object_new_array();

		add_str(o, "detail", e->message);
		if (e->field)
			add_str(o, "field", e->field);
		if (e->source)
			add_str(o, "source", e->source);
		if (e->line)
			json_object_object_add(o, "line", json_object_new_int((int)e->line));
		for (i = 0; i < n; i++)
			json_object_array_add(errs, json_object_new_string(bb_error_message_at(a->c, i)));
		if (n == 0)
			json_object_array_add(errs, json_object_new_string(e->message));
		json_object_object_add(o, "errors", errs);
	} else {
		add_str(o, "detail", detail);
	}
	s = json_object_to_json_string_length(o, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE,
					      &len);
	reply(req, status, "application/problem+json", s ? s : "{}", s ? len : 2);
	json_object_put(o);
}

/* A refusal: logged, audited (never patient data: `why` is ours), answered. */
static void refuse(bb_api *a, struct evhttp_request *req, int status, const char *what,
		   const char *why, int from_connector, const char *detail)
{
	audit_rec rec;
	char actor[300];

	api_actor(a, req, actor, sizeof actor);
	memset(&rec, 0, sizeof rec);
	rec.event = "api.request";
	rec.actor = actor;
	rec.outcome = "refused";
	rec.detail = why;
	connector_audit(a->c, &rec, 1);
	log_msg(a->c, BB_LOG_WARN, "api: %s refused: %s", what, why);
	problem(a, req, status, from_connector, detail);
}

/* ---- request helpers ---------------------------------------------------- */

/* The body, NUL-terminated; NULL (answered) when over max_body. */
static char *take_body(bb_api *a, struct evhttp_request *req, const char *what, size_t *len)
{
	struct evbuffer *in = evhttp_request_get_input_buffer(req);
	size_t n = evbuffer_get_length(in);
	char *body;

	if (n > a->max_body) {
		char d[128];
		snprintf(d, sizeof d, "the body has %zu bytes; at most %zu are taken (max_body)", n,
			 a->max_body);
		refuse(a, req, 413, what, "body over max_body", 0, d);
		return NULL;
	}
	body = malloc(n + 1);
	if (!body) {
		problem(a, req, 500, 0, "out of memory");
		return NULL;
	}
	evbuffer_copyout(in, body, n);
	body[n] = '\0';
	*len = n;
	return body;
}

/* The media type of Content-Type without parameters, lower case; "" when none. */
static void media_type(struct evhttp_request *req, char *out, size_t size)
{
	const char *ct = evhttp_find_header(evhttp_request_get_input_headers(req), "Content-Type");
	size_t i = 0;

	for (; ct && *ct && *ct != ';' && i + 1 < size; ct++)
		if (!isspace((unsigned char)*ct))
			out[i++] = (char)tolower((unsigned char)*ct);
	out[i] = '\0';
}

/*
 * Not a HIS adapter: the canonical referral as JSON, read by the core
 * (bb_referral_from_json), as `refer --his canonical` does. Its media type
 * is our own, so that it cannot be taken for the {"record": ...} wrapper.
 */
#define CANONICAL "canonical"
#define CANONICAL_TYPE "application/vnd.beweegbrug.referral+json"

/*
 * "xml" -> "his-xml"; a full name stays, and so does "canonical". Only
 * [a-z0-9-]: it names a plugin file.
 */
static int adapter_name(const char *arg, char *out, size_t size)
{
	const char *p;

	if (!arg || !*arg || strlen(arg) > 32)
		return -1;
	for (p = arg; *p; p++)
		if (!islower((unsigned char)*p) && !isdigit((unsigned char)*p) && *p != '-')
			return -1;
	snprintf(out, size, "%s%s",
		 strncmp(arg, "his-", 4) == 0 || strcmp(arg, CANONICAL) == 0 ? "" : "his-", arg);
	return 0;
}

/* The HIS adapter a content type names; NULL for none. */
static const char *adapter_of_type(const char *type)
{
	if (strcmp(type, CANONICAL_TYPE) == 0)
		return CANONICAL;
	if (strcmp(type, "application/xml") == 0 || strcmp(type, "text/xml") == 0)
		return "his-xml";
	if (strcmp(type, "x-application/hl7-v2+er7") == 0 || strcmp(type, "application/hl7-v2") == 0)
		return "his-hl7v2";
	if (strcmp(type, "application/fhir+json") == 0 || strcmp(type, "application/fhir+xml") == 0)
		return "his-fhir";
	return NULL;
}

static int parse_uint(const char *s, unsigned long max, unsigned long *out)
{
	char *end;
	unsigned long v;

	if (!s || !isdigit((unsigned char)*s))
		return -1;
	errno = 0;
	v = strtoul(s, &end, 10);
	if (*end || errno || v > max)
		return -1;
	*out = v;
	return 0;
}

/* ---- POST /referrals ------------------------------------------------------ */

static const char *receipt_state(int status)
{
	switch (status) {
	case BB_RECEIPT_QUEUED: return "queued";
	case BB_RECEIPT_RETRYING: return "retrying";
	case BB_RECEIPT_DELIVERED: return "delivered";
	case BB_RECEIPT_FAILED: return "failed";
	default: return "unknown";
	}
}

static int status_of(int rc)
{
	switch (rc) {
	case BB_EUNAVAILABLE:
	case BB_EIO:
		return 503;
	case BB_ETOOBIG:
		return 413;
	case BB_ENOMEM:
	case BB_ECONFIG:
	case BB_ECORRUPT:
		return 500;
	default:
		return 422;
	}
}

/*
 * A JSON body parsed into *root: {"offer": ..., "adapter": ..., "record":
 * "the HIS record as text"}, or the canonical document, which the core
 * reads (a body that is not JSON at all is a bad request either way).
 * -1 when it was refused.
 */
static int read_json_body(bb_api *a, struct evhttp_request *req, const char *type, const char *body,
			  size_t len, json_object **root)
{
	json_tokener *tok = json_tokener_new_ex(API_JSON_DEPTH);
	/* the reader skips a UTF-8 byte order mark (.NET writes one); json-c does not */
	size_t bom = strcmp(type, CANONICAL_TYPE) == 0 && len >= 3 &&
		     memcmp(body, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;

	*root = tok ? json_tokener_parse_ex(tok, body + bom, (int)(len - bom)) : NULL;
	if (tok && (json_tokener_get_error(tok) != json_tokener_success ||
		    json_tokener_get_parse_end(tok) != len - bom)) {
		char d[200];
		snprintf(d, sizeof d, "the body is not JSON: %s at byte %zu",
			 json_tokener_error_desc(json_tokener_get_error(tok)),
			 json_tokener_get_parse_end(tok) + bom);
		json_object_put(*root);
		*root = NULL;
		json_tokener_free(tok);
		refuse(a, req, 400, "POST /referrals", "body is not JSON", 0, d);
		return -1;
	}
	json_tokener_free(tok);
	return 0;
}

/* What to refer, by the body's media type: the record, and the offer and adapter it names. */
typedef struct posted {
	const char *record;
	size_t rlen;
	const char *offer, *want;
} posted;

/* The record in the body, as its media type says; -1 when it was refused. */
static int take_record(bb_api *a, struct evhttp_request *req, const char *type, const char *body,
		       size_t len, json_object *root, posted *p)
{
	json_object *v;

	if (strcmp(type, CANONICAL_TYPE) == 0) {
		p->record = body;
		p->rlen = len;
		if (!p->want)
			p->want = CANONICAL;
	} else if (strcmp(type, "application/json") == 0) {
		if (!json_object_is_type(root, json_type_object) ||
		    !json_object_object_get_ex(root, "record", &v) || !json_object_is_type(v, json_type_string)) {
			refuse(a, req, 400, "POST /referrals", "no record in the JSON body", 0,
			       "record: the JSON body needs \"record\", the HIS record as a string; "
			       "the canonical referral document is sent as " CANONICAL_TYPE);
			return -1;
		}
		p->record = json_object_get_string(v);
		p->rlen = (size_t)json_object_get_string_len(v);
		if (!p->offer && json_object_object_get_ex(root, "offer", &v) &&
		    json_object_is_type(v, json_type_string))
			p->offer = json_object_get_string(v);
		if (!p->want && json_object_object_get_ex(root, "adapter", &v) &&
		    json_object_is_type(v, json_type_string))
			p->want = json_object_get_string(v);
	} else {
		p->record = body;
		p->rlen = len;
		if (!p->want)
			p->want = adapter_of_type(type);
		if (!p->want && type[0]) {
			char d[400];
			snprintf(d, sizeof d, "Content-Type %s names no HIS adapter; use application/xml,"
				 " x-application/hl7-v2+er7, application/fhir+json or +xml, application/json,"
				 " " CANONICAL_TYPE ", or ?adapter=", type);
			refuse(a, req, 415, "POST /referrals", "unsupported content type", 0, d);
			return -1;
		}
	}
	return 0;
}

/* 201 with the receipt of a referral taken. */
static void reply_receipt(struct evhttp_request *req, const bb_receipt *r)
{
	json_object *o = json_object_new_object();

	add_str(o, "referral_id", r->referral_id);
	add_str(o, "message_id", r->message_id);
	add_str(o, "offer_id", r->offer_id);
	add_str(o, "offer_name", r->offer_name);
	add_str(o, "destination", r->receiver_id);
	add_str(o, "receiver_name", r->receiver_name);
	add_str(o, "state", receipt_state(r->status));
	add_str(o, "status_text", r->status_text);
	add_str(o, "warnings", r->warnings);
	add_str(o, "last_error", r->last_error);
	reply_json(req, 201, o);
}

static void post_referral(bb_api *a, struct evhttp_request *req, struct evkeyvalq *q)
{
	char type[128], adapter[48];
	posted p = { NULL, 0, evhttp_find_header(q, "offer"), evhttp_find_header(q, "adapter") };
	size_t len = 0;
	char *body = take_body(a, req, "POST /referrals", &len);
	json_object *root = NULL;
	bb_his_record rec = BB_HIS_RECORD_INIT;
	bb_referral *filled = NULL;
	bb_receipt *r = NULL;
	int rc, st;
	const char *why;

	if (!body)
		return;
	media_type(req, type, sizeof type);
	if ((strcmp(type, "application/json") == 0 || strcmp(type, CANONICAL_TYPE) == 0) &&
	    read_json_body(a, req, type, body, len, &root) != 0)
		goto done;
	if (take_record(a, req, type, body, len, root, &p) != 0)
		goto done;
	if (p.want && adapter_name(p.want, adapter, sizeof adapter) != 0) {
		refuse(a, req, 400, "POST /referrals", "bad adapter name", 0,
		       "adapter: a HIS adapter's name is letters, digits and '-' (xml, hl7v2, fhir)");
		goto done;
	}
	if (p.want && strcmp(adapter, CANONICAL) == 0) {
		if ((rc = bb_referral_from_json(&filled, a->c, "api", p.record, p.rlen)) != BB_OK)
			goto refused;
		/* the document may name the offer itself (receiver.offer_id) */
		if (!p.offer || !*p.offer)
			p.offer = bb_referral_get(filled, BB_REF_OFFER_ID);
	}
	if (!p.offer || !*p.offer) {
		refuse(a, req, 400, "POST /referrals", "no offer", 0,
		       "offer: the beweegkaart offer to refer to is needed (?offer=, \"offer\", or "
		       "receiver.offer_id of a canonical document)");
		goto done;
	}
	if (filled) {
		rc = bb_refer_referral(&r, a->c, filled, p.offer);
	} else {
		rec.adapter = p.want ? adapter : NULL;
		rec.source = "api";
		rec.data = p.record;
		rec.len = p.rlen;
		rc = bb_refer(&r, a->c, &rec, p.offer);
	}
	if (rc != BB_OK)
		goto refused;
	reply_receipt(req, r);
	goto done;
refused:
	st = status_of(rc);
	why = rc == BB_ENOTFOUND || rc == BB_EUNSUPPORTED ? "unknown adapter or offer"
	      : st == 503 ? "cannot store now" : "referral refused";
	if (rc == BB_ENOTFOUND || rc == BB_EUNSUPPORTED)
		st = 400;
	refuse(a, req, st, "POST /referrals", why, 1, NULL);
done:
	bb_receipt_free(r);
	bb_referral_free(filled);
	json_object_put(root);
	free(body);
}

/* ---- GET /referrals/{id} -------------------------------------------------- */

typedef struct found {
	const char *want;
	json_object *entry;
} found;

static const char *outbox_state(int s)
{
	return s == BB_OUTBOX_DELIVERED ? "delivered" : s == BB_OUTBOX_DEAD ? "failed" : "pending";
}

static int keep_entry(const bb_outbox_entry *e, void *payload)
{
	found *f = payload;

	/* by message id, or the newest message of a referral id */
	if (f->want && strcmp(e->message_id, f->want) != 0 &&
	    (!e->referral_id || strcmp(e->referral_id, f->want) != 0))
		return 0;
	json_object_put(f->entry);
	f->entry = json_object_new_object();
	add_str(f->entry, "message_id", e->message_id);
	add_str(f->entry, "referral_id", e->referral_id);
	add_str(f->entry, "destination", e->destination_id);
	add_str(f->entry, "state", outbox_state(e->state));
	json_object_object_add(f->entry, "attempts", json_object_new_int((int)e->attempts));
	json_object_object_add(f->entry, "created", json_object_new_int64(e->created));
	json_object_object_add(f->entry, "next_attempt", json_object_new_int64(e->next_attempt));
	add_str(f->entry, "last_error", e->last_error);
	return 0;
}

typedef struct history {
	const char *referral_id;
	json_object *list;
} history;

static int add_feedback(const bb_inbox_entry *e, void *payload)
{
	history *h = payload;
	json_object *o;

	if (!e->referral_id || strcmp(e->referral_id, h->referral_id) != 0)
		return 0;
	o = json_object_new_object();
	add_str(o, "message_id", e->message_id);
	add_str(o, "kind", e->kind);
	add_str(o, "sender", e->sender_id);
	add_str(o, "status", e->status);
	add_str(o, "state", e->state);
	json_object_object_add(o, "received", json_object_new_int64(e->received));
	json_object_array_add(h->list, o);
	return 0;
}

static void get_referral(bb_api *a, struct evhttp_request *req, const char *id)
{
	found f = { id, NULL };
	history h;
	int rc;

	rc = bb_outbox_list(a->c, BB_OUTBOX_ANY, keep_entry, &f);
	if (rc != BB_OK) {
		problem(a, req, status_of(rc) == 422 ? 500 : status_of(rc), 1, NULL);
		json_object_put(f.entry);
		return;
	}
	if (!f.entry) {
		char d[160];
		snprintf(d, sizeof d, "no referral or message with id %.80s in the outbox", id);
		refuse(a, req, 404, "GET /referrals/{id}", "unknown referral", 0, d);
		return;
	}
	h.referral_id = json_object_get_string(json_object_object_get(f.entry, "referral_id"));
	h.list = json_object_new_array();
	if (h.referral_id && bb_inbox_list(a->c, add_feedback, &h) != BB_OK) {
		json_object_put(h.list);
		json_object_put(f.entry);
		problem(a, req, 500, 1, NULL);
		return;
	}
	json_object_object_add(f.entry, "history", h.list);
	reply_json(req, 200, f.entry);
}

/* ---- GET /offers ---------------------------------------------------------- */

typedef struct offers_answer {
	const bb_offer_query *query;
	size_t top;
	json_object *list;
} offers_answer;

/* On the catalogue held for it (offers_with): the suggestions, copied into JSON. */
static int suggest_json(const bb_offers *offers, void *arg)
{
	offers_answer *w = arg;
	bb_suggestions *list = NULL;
	size_t i, n;
	int rc = bb_offers_suggest(&list, offers, w->query, w->top);

	if (rc != BB_OK)
		return rc;
	n = bb_suggestions_count(list);
	w->list = json_object_new_array();
	for (i = 0; i < n && w->list; i++) {
		const bb_suggestion *s = bb_suggestions_at(list, i);
		const bb_offer *o = s->offer;
		json_object *e = json_object_new_object();
		json_object_object_add(e, "rank", json_object_new_int((int)i + 1));
		json_object_object_add(e, "score", json_object_new_int(s->score));
		add_str(e, "id", o->id);
		add_str(e, "name", o->name);
		add_str(e, "kind", o->kind);
		add_str(e, "organization", o->organization);
		add_str(e, "town", o->town);
		add_str(e, "when", o->when);
		add_str(e, "destination", o->destination_id);
		add_str(e, "contact", o->contact);
		add_str(e, "why", s->why);
		json_object_array_add(w->list, e);
	}
	bb_suggestions_free(list);
	return w->list ? BB_OK : BB_ENOMEM;
}

/*
 * The suggestions come from the connector's catalogue, the one POST
 * /referrals refers to, so an offer suggested can be referred to, and a
 * reload (SIGHUP) changes both at once; it is not read again per request
 * (a catalogue at a URL would be fetched each time).
 */
static void get_offers(bb_api *a, struct evhttp_request *req, struct evkeyvalq *q)
{
	bb_offer_query query = BB_OFFER_QUERY_INIT;
	offers_answer w = { &query, 3, NULL };
	diag_list d = DIAG_LIST_INIT;
	unsigned long top = 3, age;
	const char *v;
	int rc;

	query.reasons = evhttp_find_header(q, "reason");
	query.postcode = evhttp_find_header(q, "postcode");
	query.prefers = evhttp_find_header(q, "prefers");
	query.kind = evhttp_find_header(q, "kind");
	query.bmi = evhttp_find_header(q, "bmi");
	query.mobility = evhttp_find_header(q, "mobility");
	if (query.mobility && strcmp(query.mobility, "limited") != 0) {
		refuse(a, req, 400, "GET /offers", "bad query", 0, "mobility: takes limited");
		return;
	}
	if ((v = evhttp_find_header(q, "age")) != NULL) {
		if (parse_uint(v, 130, &age) != 0) {
			refuse(a, req, 400, "GET /offers", "bad query", 0, "age: takes years, 0 to 130");
			return;
		}
		query.age = (int)age;
	}
	if ((v = evhttp_find_header(q, "top")) != NULL && (parse_uint(v, 100, &top) != 0 || top < 1)) {
		refuse(a, req, 400, "GET /offers", "bad query", 0, "top: takes 1 to 100");
		return;
	}
	w.top = (size_t)top;
	rc = offers_with(a->c, suggest_json, &w, &d);
	if (rc != BB_OK) {
		if (d.count)
			err_set_diags(&a->c->err, &d, rc);
		diag_free(&d);
		json_object_put(w.list);
		refuse(a, req, rc == BB_EINPUT ? 422 : 503, "GET /offers", "no suggestions", 1, NULL);
		return;
	}
	diag_free(&d);
	{
		json_object *o = json_object_new_object();
		json_object_object_add(o, "offers", w.list);
		reply_json(req, 200, o);
	}
}

/* ---- the journal ---------------------------------------------------------- */

/* NNNN-REFERRAL-STATUS.EXT: its number, or 0 when the name is not an entry. */
static unsigned long entry_number(const char *name)
{
	unsigned long n = 0;
	const char *p = name;

	if (!isdigit((unsigned char)*p))
		return 0;
	while (isdigit((unsigned char)*p)) {
		if (n > ULONG_MAX / 10 - 1)
			return 0;
		n = n * 10 + (unsigned long)(*p++ - '0');
	}
	return *p == '-' && strchr(p, '.') ? n : 0;
}

/* An entry id as the HIS sends it back: a plain file name, nothing else. */
static int safe_id(const char *id)
{
	const char *p;

	if (!id || !*id || id[0] == '.' || strlen(id) > 200)
		return 0;
	for (p = id; *p; p++)
		if (!isalnum((unsigned char)*p) && *p != '-' && *p != '_' && *p != '.')
			return 0;
	return entry_number(id) != 0;
}

static int acked(const bb_api *a, const char *name)
{
	char path[PATH_MAX];
	struct stat st;

	snprintf(path, sizeof path, "%s/.acked/%s", a->journal_dir, name);
	return stat(path, &st) == 0;
}

typedef struct entry_name {
	unsigned long n;
	char name[256];
} entry_name;

static int by_number(const void *x, const void *y)
{
	const entry_name *a = x, *b = y;

	return a->n < b->n ? -1 : a->n > b->n;
}

/* The unacknowledged entries after `since`, in order, at most `limit`; -1 when unreadable. */
static int pending_entries(const bb_api *a, unsigned long since, entry_name **out, size_t *count)
{
	DIR *d = opendir(a->journal_dir);
	struct dirent *e;
	entry_name *v = NULL;
	size_t n = 0, cap = 0;

	*out = NULL;
	*count = 0;
	if (!d)
		return -1;
	while ((e = readdir(d)) != NULL) {
		unsigned long num = entry_number(e->d_name);
		if (num <= since || strlen(e->d_name) >= sizeof v->name || !safe_id(e->d_name) ||
		    acked(a, e->d_name))
			continue;
		if (n == cap) {
			entry_name *nv = realloc(v, (cap = cap ? cap * 2 : 16) * sizeof *v);
			if (!nv) {
				free(v);
				closedir(d);
				return -1;
			}
			v = nv;
		}
		v[n].n = num;
		snprintf(v[n].name, sizeof v[n].name, "%s", e->d_name);
		n++;
	}
	closedir(d);
	if (n)
		qsort(v, n, sizeof *v, by_number);
	*out = v;
	*count = n;
	return 0;
}

static const char *entry_type(const char *name)
{
	const char *ext = strrchr(name, '.');

	if (ext && strcmp(ext, ".xml") == 0)
		return "application/xml";
	if (ext && strcmp(ext, ".hl7") == 0)
		return "x-application/hl7-v2+er7";
	if (ext && strcmp(ext, ".json") == 0)
		return "application/fhir+json";
	return "application/octet-stream";
}

/*
 * The '-' between REFERRAL and STATUS in an entry's name (without its
 * extension), or NULL. Referral ids may hold '-' and three FHIR Task
 * statuses do too, so the status is matched whole at the end: "in-progress"
 * after the last '-' alone would name referral "HV-1-in" and status
 * "progress", and a HIS would file it under a referral it never made.
 */
static char *status_dash(char *name)
{
	static const char *const dashed[] = { "-in-progress", "-on-hold", "-entered-in-error" };
	size_t len = strlen(name), i;

	for (i = 0; i < sizeof dashed / sizeof dashed[0]; i++) {
		size_t n = strlen(dashed[i]);
		if (len > n && strcmp(name + len - n, dashed[i]) == 0)
			return name + len - n;
	}
	return strrchr(name, '-');
}

static char *read_entry(const bb_api *a, const char *name, size_t *len)
{
	char path[PATH_MAX];
	char *buf = NULL;
	struct stat st;
	int fd;

	snprintf(path, sizeof path, "%s/%s", a->journal_dir, name);
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size <= API_MAX_ENTRY &&
	    (buf = malloc((size_t)st.st_size + 1)) != NULL) {
		size_t got = 0;
		ssize_t r;
		while (got < (size_t)st.st_size &&
		       (r = read(fd, buf + got, (size_t)st.st_size - got)) > 0)
			got += (size_t)r;
		buf[got] = '\0';
		*len = got;
	}
	close(fd);
	return buf;
}

/* Answer a journal read with what is there now (possibly nothing). */
static void answer_journal(bb_api *a, struct evhttp_request *req, unsigned long since, size_t limit,
			   entry_name *v, size_t n)
{
	json_object *o = json_object_new_object(), *list = json_object_new_array();
	unsigned long cursor = since;
	size_t i, bytes = 0;

	for (i = 0; i < n && i < limit && (i == 0 || bytes < API_MAX_ANSWER); i++) {
		size_t len = 0;
		char *text = read_entry(a, v[i].name, &len);
		json_object *e;
		char ref[256], *dash;
		const char *rest = strchr(v[i].name, '-') + 1;

		if (!text) {
			/* the operator's to look at; the entries after it still go out */
			log_msg(a->c, BB_LOG_WARN, "api: journal entry %s/%s cannot be read (over %u bytes,"
				" not a file, or out of memory): skipped", a->journal_dir, v[i].name,
				API_MAX_ENTRY);
			continue;
		}
		bytes += len;
		e = json_object_new_object();
		add_str(e, "id", v[i].name);
		json_object_object_add(e, "sequence", json_object_new_int64((int64_t)v[i].n));
		/* REFERRAL-STATUS.EXT */
		snprintf(ref, sizeof ref, "%s", rest);
		if ((dash = strrchr(ref, '.')) != NULL)
			*dash = '\0';
		if ((dash = status_dash(ref)) != NULL) {
			*dash = '\0';
			add_str(e, "status", dash + 1);
		}
		add_str(e, "referral_id", ref);
		add_str(e, "content_type", entry_type(v[i].name));
		json_object_object_add(e, "entry", json_object_new_string_len(text, (int)len));
		free(text);
		json_object_array_add(list, e);
		cursor = v[i].n;
	}
	json_object_object_add(o, "entries", list);
	json_object_object_add(o, "cursor", json_object_new_int64((int64_t)cursor));
	reply_json(req, 200, o);
}

static void poll_gone(struct evhttp_connection *con, void *arg)
{
	bb_api *a = arg;
	api_poll **p = &a->polls;

	while (*p) {
		if (evhttp_request_get_connection((*p)->req) == con) {
			api_poll *dead = *p;
			*p = dead->next;
			free(dead);
		} else {
			p = &(*p)->next;
		}
	}
}

/* Look at the parked long polls: answer those with entries or out of time. */
static void check_polls(evutil_socket_t fd, short what, void *arg)
{
	bb_api *a = arg;
	api_poll **p = &a->polls;
	time_t now = time(NULL);

	(void)fd; (void)what;
	while (*p) {
		api_poll *w = *p;
		entry_name *v = NULL;
		size_t n = 0;
		int rc = pending_entries(a, w->since, &v, &n);

		if (rc == 0 && n == 0 && now < w->until && !atomic_load(&a->stop_requested)) {
			free(v);
			p = &w->next;
			continue;
		}
		*p = w->next;
		evhttp_connection_set_closecb(evhttp_request_get_connection(w->req), NULL, NULL);
		if (rc != 0)
			problem(a, w->req, 503, 0, "the journal directory cannot be read");
		else
			answer_journal(a, w->req, w->since, w->limit, v, n);
		free(v);
		free(w);
	}
}

static void get_journal(bb_api *a, struct evhttp_request *req, struct evkeyvalq *q)
{
	unsigned long since = 0, wait = 0, limit = API_MAX_ENTRIES;
	const char *v;
	entry_name *list = NULL;
	size_t n = 0;

	if (!a->journal_dir) {
		problem(a, req, 404, 0, "this API has no journal: start it with --journal-dir DIR");
		return;
	}
	if ((v = evhttp_find_header(q, "since")) != NULL && parse_uint(v, ULONG_MAX - 1, &since) != 0) {
		refuse(a, req, 400, "GET /journal", "bad query", 0, "since: takes a cursor, 0 or more");
		return;
	}
	if ((v = evhttp_find_header(q, "timeout")) != NULL && parse_uint(v, API_MAX_WAIT, &wait) != 0) {
		refuse(a, req, 400, "GET /journal", "bad query", 0, "timeout: takes seconds, 0 to 30");
		return;
	}
	if ((v = evhttp_find_header(q, "limit")) != NULL &&
	    (parse_uint(v, API_MAX_ENTRIES, &limit) != 0 || limit < 1)) {
		refuse(a, req, 400, "GET /journal", "bad query", 0, "limit: takes 1 to 100");
		return;
	}
	if (pending_entries(a, since, &list, &n) != 0) {
		problem(a, req, 503, 0, "the journal directory cannot be read");
		return;
	}
	if (n == 0 && wait > 0) {
		api_poll *w = calloc(1, sizeof *w);
		if (w) {
			w->req = req;
			w->since = since;
			w->limit = (size_t)limit;
			w->until = time(NULL) + (time_t)wait;
			w->next = a->polls;
			a->polls = w;
			evhttp_connection_set_closecb(evhttp_request_get_connection(req), poll_gone, a);
			free(list);
			return;
		}
	}
	answer_journal(a, req, since, (size_t)limit, list, n);
	free(list);
}

static int sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int rc;

	if (fd < 0)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

static void ack_entry(bb_api *a, struct evhttp_request *req, const char *id)
{
	char path[PATH_MAX + 256], dir[PATH_MAX];
	struct stat st;
	json_object *o;
	int fd, ok;

	if (!a->journal_dir) {
		problem(a, req, 404, 0, "this API has no journal: start it with --journal-dir DIR");
		return;
	}
	snprintf(path, sizeof path, "%s/%s", a->journal_dir, safe_id(id) ? id : "");
	if (!safe_id(id) || lstat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
		char d[300];
		snprintf(d, sizeof d, "no journal entry %.200s", id);
		refuse(a, req, 404, "POST /journal/{id}/ack", "unknown journal entry", 0, d);
		return;
	}
	snprintf(dir, sizeof dir, "%s/.acked", a->journal_dir);
	snprintf(path, sizeof path, "%s/%s", dir, id);
	if (mkdir(dir, 0700) == 0)
		sync_dir(a->journal_dir);
	/* durable before the answer: a crash after it still knows the entry was filed */
	fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
	ok = fd >= 0 && fsync(fd) == 0;
	if (fd >= 0)
		close(fd);
	ok = ok && sync_dir(dir) == 0;
	if (!ok) {
		char d[PATH_MAX + 400];
		snprintf(d, sizeof d, "%s: cannot record the acknowledgement: %s", path, strerror(errno));
		problem(a, req, 503, 0, d);
		return;
	}
	{
		audit_rec rec;
		char actor[300];
		api_actor(a, req, actor, sizeof actor);
		memset(&rec, 0, sizeof rec);
		rec.event = "journal.acknowledged";
		rec.actor = actor;
		rec.outcome = "filed";
		rec.detail = id;
		connector_audit(a->c, &rec, 1);
	}
	o = json_object_new_object();
	add_str(o, "id", id);
	json_object_object_add(o, "acknowledged", json_object_new_boolean(1));
	reply_json(req, 200, o);
}

/* ---- routing ---------------------------------------------------------------- */

/* "/referrals/ID" with prefix "/referrals/": ID decoded when it is one segment. */
static char *segment_after(const char *path, const char *prefix, const char *suffix)
{
	size_t pl = strlen(prefix), sl = suffix ? strlen(suffix) : 0, len = strlen(path);
	char *raw, *dec;

	if (strncmp(path, prefix, pl) != 0 || len <= pl + sl || (sl && strcmp(path + len - sl, suffix) != 0))
		return NULL;
	raw = str_ndup(path + pl, len - pl - sl);
	if (!raw || strchr(raw, '/')) {
		free(raw);
		return NULL;
	}
	dec = evhttp_uridecode(raw, 0, NULL);
	free(raw);
	if (dec && (!*dec || strchr(dec, '/'))) {
		free(dec);
		return NULL;
	}
	return dec;
}

static void handle(struct evhttp_request *req, void *arg)
{
	bb_api *a = arg;
	const struct evhttp_uri *uri = evhttp_request_get_evhttp_uri(req);
	const char *path = uri ? evhttp_uri_get_path(uri) : NULL;
	const char *query = uri ? evhttp_uri_get_query(uri) : NULL;
	enum evhttp_cmd_type m = evhttp_request_get_command(req);
	struct evkeyvalq q = { 0 };
	char *id = NULL;
	int get = m == EVHTTP_REQ_GET, post = m == EVHTTP_REQ_POST;

	server_conn *c = conn_of(&a->pool, req);

	TAILQ_INIT(&q);
	bb_error_clear(a->c);
	/* the request is whole: its deadline stops; the answer restarts the idle clock */
	if (c)
		conn_request_taken(c);
	if (evhttp_request_get_connection(req))
		evhttp_request_set_on_complete_cb(req, answered, &a->pool);
	/*
	 * With TLS configured, a request must have come over a TLS connection of
	 * ours whose client presented a certificate we verified. When our
	 * bufferevent could not be made (out of memory), libevent 2.1 quietly
	 * makes a plain one of its own: that connection gets nothing.
	 */
	if (a->tls && (!c || !c->tls || !c->has_peer)) {
		evhttp_add_header(evhttp_request_get_output_headers(req), "Connection", "close");
		refuse(a, req, 403, "request", "not over TLS with a verified client certificate", 0,
		       "this API takes requests over TLS with a client certificate only");
		return;
	}
	if (c && c->busy) {
		/* every slot was reading or being answered when it came (conns.c) */
		evhttp_add_header(evhttp_request_get_output_headers(req), "Retry-After", "1");
		evhttp_add_header(evhttp_request_get_output_headers(req), "Connection", "close");
		log_msg(a->c, BB_LOG_WARN, "api: a request refused: over max_connections");
		problem(a, req, 503, 0, "too many connections (max_connections); try again");
		return;
	}
	log_msg(a->c, BB_LOG_INFO, "api: %s %s", get ? "GET" : post ? "POST" : "other method",
		path ? path : "(unreadable target)");
	if (!path || (query && evhttp_parse_query_str(query, &q) != 0)) {
		refuse(a, req, 400, "request", "bad request target", 0, "the request target cannot be read");
		goto out;
	}
	if (strcmp(path, "/referrals") == 0) {
		if (post)
			post_referral(a, req, &q);
		else
			problem(a, req, 405, 0, "/referrals takes POST");
	} else if ((id = segment_after(path, "/referrals/", NULL)) != NULL) {
		if (get)
			get_referral(a, req, id);
		else
			problem(a, req, 405, 0, "/referrals/{id} takes GET");
	} else if (strcmp(path, "/offers") == 0) {
		if (get)
			get_offers(a, req, &q);
		else
			problem(a, req, 405, 0, "/offers takes GET");
	} else if (strcmp(path, "/journal") == 0) {
		if (get)
			get_journal(a, req, &q);
		else
			problem(a, req, 405, 0, "/journal takes GET");
	} else if ((id = segment_after(path, "/journal/", "/ack")) != NULL) {
		if (post)
			ack_entry(a, req, id);
		else
			problem(a, req, 405, 0, "/journal/{id}/ack takes POST");
	} else {
		char d[300];
		snprintf(d, sizeof d, "no such resource: %.200s (see docs/openapi.yaml)", path);
		refuse(a, req, 404, "request", "unknown path", 0, d);
	}
out:
	free(id);
	evhttp_clear_headers(&q);
}

/* ---- the listener ------------------------------------------------------------ */

static void on_wake(evutil_socket_t fd, short what, void *arg)
{
	bb_api *a = arg;
	char buf[16];

	(void)what;
	while (read(fd, buf, sizeof buf) > 0)
		;
	if (atomic_load(&a->stop_requested)) {
		check_polls(-1, 0, a);     /* every parked poll answered with what there is */
		event_base_loopexit(a->base, NULL);
	}
}

int bb_api_new(bb_api **out, bb_connector *c, const bb_api_options *opt)
{
	struct timeval tv, poll_tv = { 0, API_POLL_MS * 1000 };
	bb_api *a;
	size_t hard;
	int rc;

	if (!out || !c || !opt || opt->version != BB_API_OPTIONS_VERSION)
		return BB_EINVAL;
	*out = NULL;
	a = calloc(1, sizeof *a);
	if (!a)
		return connector_error(c, BB_ENOMEM, "out of memory");
	a->c = c;
	a->listen_fd = a->wake[0] = a->wake[1] = -1;
	mutex_init(&a->ctx_lock, LOCK_RANK_LEAF, "the API's TLS context (server/tls.c)");
	rc = api_configure(a, opt);
	if (rc != BB_OK) {
		bb_api_free(a);
		return rc;
	}
	a->journal_dir = opt->journal_dir ? str_dup(opt->journal_dir) : NULL;
	if (opt->journal_dir && !a->journal_dir) {
		bb_api_free(a);
		return connector_error(c, BB_ENOMEM, "out of memory");
	}
	if (a->journal_dir) {
		struct stat st;
		if (stat(a->journal_dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
			rc = connector_error(c, BB_ECONFIG, "%s: the journal directory does not exist",
					     a->journal_dir);
			bb_api_free(a);
			return rc;
		}
	}
	{
		/* Only this loop's thread touches libevent: no locking needed. */
		struct event_config *ec = event_config_new();
		if (ec)
			event_config_set_flag(ec, EVENT_BASE_FLAG_NOLOCK);
		a->base = ec ? event_base_new_with_config(ec) : NULL;
		event_config_free(ec);
	}
	if (!a->base || pipe2(a->wake, O_NONBLOCK | O_CLOEXEC) != 0) {
		bb_api_free(a);
		return connector_error(c, BB_ERROR, "cannot make the API's event loop");
	}
	a->http = evhttp_new(a->base);
	a->wake_ev = event_new(a->base, a->wake[0], EV_READ | EV_PERSIST, on_wake, a);
	a->poll_ev = event_new(a->base, -1, EV_PERSIST, check_polls, a);
	if (!a->http || !a->wake_ev || !a->poll_ev || event_add(a->wake_ev, NULL) != 0 ||
	    event_add(a->poll_ev, &poll_tv) != 0) {
		bb_api_free(a);
		return connector_error(c, BB_ENOMEM, "cannot make the API's event loop");
	}
	/*
	 * libevent answers a body over its own limit with an HTML page, so its
	 * limit is twice ours and the handler refuses what lies between with
	 * problem+json (as the HTTPS server does).
	 */
	hard = a->max_body <= (size_t)EV_SSIZE_MAX / 2 ? a->max_body * 2 : (size_t)EV_SSIZE_MAX;
	evhttp_set_max_body_size(a->http, (ev_ssize_t)hard);
	evhttp_set_max_headers_size(a->http, API_MAX_HEADERS);
	tv.tv_sec = a->pool.timeout;
	tv.tv_usec = 0;
	evhttp_set_timeout_tv(a->http, &tv);
	evhttp_set_allowed_methods(a->http, EVHTTP_REQ_GET | EVHTTP_REQ_POST | EVHTTP_REQ_HEAD |
				   EVHTTP_REQ_PUT | EVHTTP_REQ_DELETE | EVHTTP_REQ_OPTIONS |
				   EVHTTP_REQ_PATCH);
	evhttp_set_gencb(a->http, handle, a);
	rc = api_listen(a, opt->group ? opt->group
			      : c->cfg && c->cfg->api.name ? config_get(&c->cfg->api, "group") : NULL);
	if (rc != BB_OK) {
		bb_api_free(a);
		return rc;
	}
	log_event(c, BB_LOG_INFO, "api.listening", "address", a->address, (char *)NULL);
	*out = a;
	return BB_OK;
}

const char *bb_api_address(const bb_api *a)
{
	return a ? a->address : NULL;
}

int bb_api_run(bb_api *a)
{
	sigpipe_guard guard;
	int rc;

	if (!a)
		return BB_EINVAL;
	if (a->ran)
		return connector_error(a->c, BB_EINVAL, "bb_api_run: an API runs once");
	a->ran = 1;
	if (atomic_load(&a->stop_requested))
		return BB_OK;
	/* A HIS that hangs up must give EPIPE, not a SIGPIPE (sigpipe.h). */
	sigpipe_block(&guard);
	rc = event_base_dispatch(a->base) < 0 ? BB_ERROR : BB_OK;
	sigpipe_restore(&guard);
	conns_log_now(&a->pool);
	log_event(a->c, BB_LOG_INFO, "api.stopped", (char *)NULL);
	if (rc != BB_OK)
		return connector_error(a->c, rc, "the API's event loop failed");
	return BB_OK;
}

void bb_api_stop(bb_api *a)
{
	ssize_t w;

	if (!a)
		return;
	atomic_store(&a->stop_requested, 1);
	w = write(a->wake[1], "s", 1);
	(void)w;
}

void bb_api_free(bb_api *a)
{
	if (!a)
		return;
	while (a->polls) {
		api_poll *p = a->polls;
		a->polls = p->next;
		free(p);
	}
	if (a->http)
		evhttp_free(a->http);
	if (a->lev && !a->bound)
		evconnlistener_free(a->lev);
	if (a->listen_fd >= 0)
		close(a->listen_fd);
	if (a->bound)
		unlink(a->socket_path);
	if (a->wake_ev)
		event_free(a->wake_ev);
	if (a->poll_ev)
		event_free(a->poll_ev);
	api_listen_close(a);
	if (a->base)
		event_base_free(a->base);
	api_listen_free(a);
	if (a->wake[0] >= 0)
		close(a->wake[0]);
	if (a->wake[1] >= 0)
		close(a->wake[1]);
	free(a->socket_path);
	free(a->address);
	free(a->journal_dir);
	free(a);
}
