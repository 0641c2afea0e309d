/*
 * fhir-rest: deliver a referral to a receiver that takes RESTful FHIR (a
 * regional platform), as one `transaction` Bundle POSTed to [base], over
 * the host's HTTPS with the destination's client certificate. Feedback is
 * polled from the receiver's Task changes (poll.c).
 *
 * Idempotency. The outbox retries a message until it hears an answer, so
 * a retry may follow an attempt that committed and only lost its answer;
 * the same referral may also be queued again (a new message, new
 * urn:uuids). So every entry is a conditional create, POST with
 * request.ifNoneExist on an identifier that names the same thing on every
 * attempt:
 *   Task, ServiceRequest   the referral's PLAC identifier;
 *   Patient, Practitioner, Organizations
 *                          their BSN, AGB, URA, UZI, BIG or our receiver id
 *                          (shared by every referral that names them);
 *   the rest (PractitionerRole, Conditions, Observations, Consent) carry
 *                          no identifier in the message, so they get one
 *                          of ours: urn:beweegbrug:id:referral-part:agb:<AGB>
 *                          | <referral id>/<Type>/<n>, the n-th of that type.
 * A server that finds the identifier answers 200 with the stored resource
 * and resolves our urn:uuid references to it, so a repeat creates nothing
 * and changes nothing (not even a version: a receiver's Task update is
 * never overwritten). PUT with ids of our own would be idempotent too, but
 * it would overwrite the receiver's changes and bump versions, which the
 * poller would then see as changes.
 *
 * How the answer is read:
 *   2xx with its receipt, a transaction-response with an entry for each
 *   entry sent, each 2xx: delivered. 2xx without one (an empty body, a
 *   web page from a proxy, anything else): retry later, never counted as
 *   delivered. 429, 5xx, no answer: retry later; other 4xx (412: an
 *   identifier matches several resources; 400: invalid): refused.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rest.h"

#define SYS_PART_PREFIX "urn:beweegbrug:id:referral-part:agb:"

/* Identifier systems that name a resource across referrals, best first. */
static const char *const shared_systems[] = {
	"http://fhir.nl/fhir/NamingSystem/bsn",
	"http://fhir.nl/fhir/NamingSystem/agb-z",
	"http://fhir.nl/fhir/NamingSystem/ura",
	"http://fhir.nl/fhir/NamingSystem/uzi-nr-pers",
	"http://fhir.nl/fhir/NamingSystem/big",
	"urn:beweegbrug:id:receiver",
	NULL
};

/* ---- shared with poll.c ------------------------------------------------ */

int rest_init(rest *r, const bb_host *host)
{
	const char *format = bb_host_setting(host, "format");

	r->host = host;
	r->base = bb_host_setting(host, "endpoint");
	if (!r->base)
		return bb_host_error(host, BB_ECONFIG, 0, "endpoint", "no endpoint for %s",
				     bb_host_destination(host));
	r->base_len = strlen(r->base);
	while (r->base_len && r->base[r->base_len - 1] == '/')
		r->base_len--;
	r->xml = format && strcmp(format, "xml") == 0;
	return BB_OK;
}

char *rest_url(const rest *r, const char *path)
{
	size_t n = r->base_len + 1 + strlen(path) + 1;
	char *url = malloc(n);

	if (url)
		snprintf(url, n, "%.*s/%s", (int)r->base_len, r->base, path);
	return url;
}

int rest_escape(bb_buf *out, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	int rc;

	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		    c == '-' || c == '.' || c == '_' || c == '~' || c == ':' || c == '/')
			rc = bb_buf_append(out, s, 1);
		else
			rc = bb_buf_printf(out, "%%%c%c", hex[c >> 4], hex[c & 15]);
		if (rc != BB_OK)
			return rc;
	}
	return BB_OK;
}

int rest_is(const bb_fhir *t, const char *type)
{
	return t && strcmp(bb_fhir_type(t), type) == 0;
}

int rest_call(const rest *r, const char *method, const char *url, const char *content_type,
	      const void *body, size_t len, long *status, bb_fhir **answer,
	      char why[BB_HOST_WHY_LEN])
{
	bb_buf *resp = bb_host_buf_new(r->host);
	bb_input in;
	int rc;

	*answer = NULL;
	*status = 0;
	if (!resp)
		return BB_ENOMEM;
	rc = bb_host_request(resp, status, why, r->host,
			     method,
			     url, NULL, r->xml ? "application/fhir+xml" : "application/fhir+json", content_type, body, len);
	if (rc == BB_OK) {
		in.source = url;
		in.data = bb_host_buf_data(resp, &in.len);
		/* An answer that is not FHIR says nothing more than its status. */
		if (in.len)
			bb_host_fhir_read(answer, r->host, &in);
	}
	bb_host_buf_free(resp);
	return rc;
}

const char *rest_outcome_text(const bb_fhir *root)
{
	const bb_fhir *oo = NULL, *issue;
	size_t i;

	if (rest_is(root, "OperationOutcome"))
		oo = root;
	for (i = 0; !oo && i < bb_fhir_count(root, "entry"); i++) {
		const bb_fhir *e = bb_fhir_get(root, "entry", i);
		const bb_fhir *r = bb_fhir_get(e, "resource", 0);
		if (rest_is(r, "OperationOutcome"))
			oo = r;
		/* a transaction-response names a failed entry's outcome here */
		r = bb_fhir_get(bb_fhir_get(e, "response", 0), "outcome", 0);
		if (!oo && rest_is(r, "OperationOutcome"))
			oo = r;
	}
	issue = bb_fhir_get(oo, "issue", 0);
	if (bb_fhir_value(issue, "diagnostics", 0))
		return bb_fhir_value(issue, "diagnostics", 0);
	return bb_fhir_value(bb_fhir_get(issue, "details", 0), "text", 0);
}

/* ---- building the transaction ---------------------------------------- */

typedef struct referral_key {
	const char *system;      /* the PLAC identifier of the message's Task */
	const char *value;
	const char *agb;         /* the practice AGB inside that system */
} referral_key;

static const bb_fhir *entry_resource(const bb_fhir *bundle, size_t i)
{
	return bb_fhir_get(bb_fhir_get(bundle, "entry", i), "resource", 0);
}

/* The PLAC identifier of a Task or ServiceRequest, or NULL. */
static const bb_fhir *plac_identifier(const bb_fhir *res)
{
	size_t i;

	for (i = 0; i < bb_fhir_count(res, "identifier"); i++) {
		const bb_fhir *id = bb_fhir_get(res, "identifier", i);
		const char *sys = bb_fhir_value(id, "system", 0);
		if (sys && bb_fhir_value(id, "value", 0) &&
		    strncmp(sys, SYS_REFERRAL_PREFIX, strlen(SYS_REFERRAL_PREFIX)) == 0 &&
		    sys[strlen(SYS_REFERRAL_PREFIX)])
			return id;
	}
	return NULL;
}

static int find_referral(const bb_fhir *bundle, referral_key *key)
{
	size_t i;

	for (i = 0; i < bb_fhir_count(bundle, "entry"); i++) {
		const bb_fhir *res = entry_resource(bundle, i);
		const bb_fhir *id = rest_is(res, "Task") ? plac_identifier(res) : NULL;
		if (id) {
			key->system = bb_fhir_value(id, "system", 0);
			key->value = bb_fhir_value(id, "value", 0);
			key->agb = key->system + strlen(SYS_REFERRAL_PREFIX);
			return 1;
		}
	}
	return 0;
}

/* The identifier that names `res` on the receiver, or NULL if it has none. */
static const bb_fhir *naming_identifier(const bb_fhir *res)
{
	size_t i, s;

	if (rest_is(res, "Task") || rest_is(res, "ServiceRequest"))
		return plac_identifier(res);
	for (s = 0; shared_systems[s]; s++)
		for (i = 0; i < bb_fhir_count(res, "identifier"); i++) {
			const bb_fhir *id = bb_fhir_get(res, "identifier", i);
			const char *sys = bb_fhir_value(id, "system", 0);
			if (sys && strcmp(sys, shared_systems[s]) == 0 && bb_fhir_value(id, "value", 0))
				return id;
		}
	return NULL;
}

/* How many entries before `upto` hold a resource of `type`. */
static size_t ordinal(const bb_fhir *bundle, size_t upto, const char *type)
{
	size_t i, n = 0;

	for (i = 0; i < upto; i++)
		if (rest_is(entry_resource(bundle, i), type))
			n++;
	return n;
}

/* request.ifNoneExist: identifier=system|value, both escaped (a '|' or ',' would split them). */
static int if_none_exist(bb_buf *cond, const char *system, const char *value)
{
	int rc;

	if ((rc = bb_buf_printf(cond, "identifier=")) != BB_OK)
		return rc;
	if ((rc = rest_escape(cond, system)) != BB_OK)
		return rc;
	if ((rc = bb_buf_printf(cond, "|")) != BB_OK)
		return rc;
	return rest_escape(cond, value);
}

/*
 * One transaction entry: the resource as the message has it, created only
 * if nothing with its identifier exists yet.
 */
static int add_entry(const rest *r, bb_fhir *tx, const bb_fhir *msg, size_t i,
		     const referral_key *key)
{
	const bb_fhir *res = entry_resource(msg, i);
	const bb_fhir *named = naming_identifier(res);
	const char *type = bb_fhir_type(res), *system, *value;
	char part_system[128], part_value[512];
	bb_fhir *entry, *copy, *req;
	bb_buf *cond;
	int rc;

	entry = bb_fhir_add(tx, "entry");
	/* the urn:uuid the other entries' references use; the server rewrites them */
	bb_fhir_set(entry, "fullUrl", bb_fhir_value(bb_fhir_get(msg, "entry", i), "fullUrl", 0));
	copy = bb_fhir_add_copy(entry, "resource", res);
	if (named) {
		system = bb_fhir_value(named, "system", 0);
		value = bb_fhir_value(named, "value", 0);
	} else {
		/* Part of this referral only: named by the referral and its place in it. */
		bb_fhir *id = bb_fhir_add(copy, "identifier");
		snprintf(part_system, sizeof(part_system), SYS_PART_PREFIX "%s", key->agb);
		snprintf(part_value, sizeof(part_value), "%s/%s/%zu", key->value, type,
			 ordinal(msg, i, type) + 1);
		bb_fhir_set(id, "system", part_system);
		bb_fhir_set(id, "value", part_value);
		system = part_system;
		value = part_value;
	}
	req = bb_fhir_add(entry, "request");
	bb_fhir_set(req, "method", "POST");
	bb_fhir_set(req, "url", type);
	if (!(cond = bb_host_buf_new(r->host)))
		return BB_ENOMEM;
	rc = if_none_exist(cond, system, value);
	if (rc == BB_OK)
		bb_fhir_set(req, "ifNoneExist", (const char *)bb_host_buf_data(cond, NULL));
	bb_host_buf_free(cond);
	return rc;
}

/*
 * The message's resources as a transaction. The MessageHeader is left
 * out: it describes one act of messaging (its id changes when the
 * referral is queued again), not a thing the receiver keeps, and a REST
 * receiver learns the event from the Task itself; stored, it would be a
 * new resource on every queueing.
 */
static int build_transaction(const rest *r, const bb_fhir *msg, const referral_key *key,
			     bb_fhir **out)
{
	bb_fhir *tx = bb_fhir_new("Bundle");
	size_t i;
	int rc = BB_ENOMEM;

	*out = NULL;
	if (!tx)
		return BB_ENOMEM;
	bb_fhir_set(tx, "type", "transaction");
	for (i = 0; i < bb_fhir_count(msg, "entry"); i++) {
		const bb_fhir *res = entry_resource(msg, i);
		if (!res || rest_is(res, "MessageHeader"))
			continue;
		if ((rc = add_entry(r, tx, msg, i, key)) != BB_OK)
			goto fail;
	}
	*out = tx;
	return BB_OK;
fail:
	bb_fhir_free(tx);
	return rc;
}

/* ---- reading the answer ------------------------------------------------ */

/* "201 Created" -> 201; 0 when it is not a status. */
static long entry_status(const bb_fhir *answer, size_t i)
{
	const char *s = bb_fhir_value(bb_fhir_get(bb_fhir_get(answer, "entry", i), "response", 0),
				      "status", 0);
	return s ? strtol(s, NULL, 10) : 0;
}

static void judge(const bb_fhir *answer, long status, size_t sent, bb_delivery *result)
{
	const char *text = rest_outcome_text(answer);
	const char *type = bb_fhir_value(answer, "type", 0);
	size_t i, n, created = 0, found = 0;

	if (status == 429 || status >= 500) {
		bb_delivery_set(result, BB_DELIVERY_TRANSIENT, "HTTP %ld%s%s", status,
				text ? ": " : "", text ? text : "");
		return;
	}
	if (status < 200 || status >= 300) {
		bb_delivery_set(result, BB_DELIVERY_FATAL, "HTTP %ld%s%s", status, text ? ": " : "",
				text ? text : "");
		return;
	}
	/* A yes counts only with the receipt a FHIR server gives for a transaction. */
	if (!rest_is(answer, "Bundle") || !type || strcmp(type, "transaction-response") != 0) {
		bb_delivery_set(result, BB_DELIVERY_TRANSIENT,
				"HTTP %ld without a receipt (%s, not a transaction-response):"
				" not counted as delivered", status,
				answer ? bb_fhir_type(answer) : "no FHIR in the answer");
		return;
	}
	n = bb_fhir_count(answer, "entry");
	if (n != sent) {
		bb_delivery_set(result, BB_DELIVERY_TRANSIENT,
				"HTTP %ld with a transaction-response of %zu entries for the %zu sent:"
				" not counted as delivered", status, n, sent);
		return;
	}
	for (i = 0; i < n; i++) {
		long s = entry_status(answer, i);
		if (s == 201)
			created++;
		else if (s >= 200 && s < 300)
			found++;
		else {
			bb_delivery_set(result, BB_DELIVERY_TRANSIENT,
					"HTTP %ld, but entry %zu of the transaction-response has status"
					" %ld: not counted as delivered", status, i, s);
			return;
		}
	}
	bb_delivery_set(result, BB_DELIVERY_OK, "HTTP %ld, transaction of %zu: %zu created, %zu already there",
			status, n, created, found);
}

/* ---- deliver -------------------------------------------------------- */

static int read_message(const rest *r, const bb_message *msg, bb_fhir **out,
			bb_delivery *result, referral_key *key)
{
	bb_input in;
	const bb_fhir *head;

	in.source = bb_message_id(msg);
	in.data = bb_message_body(msg, &in.len);
	if (bb_host_fhir_read(out, r->host, &in) != BB_OK || !*out) {
		bb_delivery_set(result, BB_DELIVERY_FATAL, "message %s is not FHIR R4 this adapter can read",
				bb_message_id(msg));
		return 0;
	}
	head = entry_resource(*out, 0);
	if (!rest_is(*out, "Bundle") || !rest_is(head, "MessageHeader")) {
		bb_delivery_set(result, BB_DELIVERY_FATAL,
				"message %s is not a message Bundle (MessageHeader first)",
				bb_message_id(msg));
		return 0;
	}
	if (!find_referral(*out, key)) {
		bb_delivery_set(result, BB_DELIVERY_FATAL,
				"message %s has no Task with a PLAC identifier in " SYS_REFERRAL_PREFIX
				"<AGB>, so a retry could not be recognised", bb_message_id(msg));
		return 0;
	}
	return 1;
}

static int deliver(void *state, const bb_host *host, const bb_message *msg, bb_delivery *result)
{
	char why[BB_HOST_WHY_LEN];
	bb_fhir *m = NULL, *tx = NULL, *answer = NULL;
	bb_buf *body = NULL;
	referral_key key;
	char *url = NULL;
	const unsigned char *bytes;
	size_t len;
	long status = 0;
	rest r;
	int rc;
	(void)state;

	if ((rc = rest_init(&r, host)) != BB_OK)
		return rc;
	/* Speak the message's own format, whatever the destination's default. */
	r.xml = bb_message_content_type(msg) && strstr(bb_message_content_type(msg), "xml");
	if (!read_message(&r, msg, &m, result, &key))
		goto out;
	if ((rc = build_transaction(&r, m, &key, &tx)) != BB_OK)
		goto out;
	if (!(body = bb_host_buf_new(host))) {
		rc = BB_ENOMEM;
		goto out;
	}
	if ((rc = bb_host_fhir_write(body, host, tx, r.xml ? BB_FORMAT_XML : BB_FORMAT_JSON)) != BB_OK)
		goto out;
	/* a transaction goes to [base] itself */
	if (!(url = strndup(r.base, r.base_len))) {
		rc = BB_ENOMEM;
		goto out;
	}
	bytes = bb_host_buf_data(body, &len);
	rc = rest_call(&r, "POST", url, r.xml ? CT_XML : CT_JSON, bytes, len, &status, &answer, why);
	if (rc == BB_EUNAVAILABLE) {
		bb_delivery_set(result, BB_DELIVERY_TRANSIENT, "%s", why);
		rc = BB_OK;
	} else if (rc == BB_OK) {
		judge(answer, status, bb_fhir_count(tx, "entry"), result);
	}
out:
	free(url);
	bb_fhir_free(answer);
	bb_host_buf_free(body);
	bb_fhir_free(tx);
	bb_fhir_free(m);
	return rc;
}

static const char *const settings[] = { "practice_agb", NULL };

static const bb_adapter fhir_rest = {
	.abi_version = BB_PLUGIN_ABI_VERSION,
	.struct_size = sizeof(bb_adapter),
	.kind = BB_ADAPTER_DESTINATION,
	.name = "fhir-rest",
	.description = "RESTful FHIR: a transaction of conditional creates; feedback by polling Task changes",
	.settings = settings,
	.deliver = deliver,
	.fetch_feedback = rest_fetch_feedback,
};

BB_PLUGIN_EXPORT const bb_adapter *bb_adapter_entry(uint32_t host_abi_version)
{
	(void)host_abi_version;
	return &fhir_rest;
}
