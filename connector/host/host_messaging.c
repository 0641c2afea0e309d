/*
 * FHIR messaging for destination adapters: POST a message Bundle to
 * [base]/$process-message (standards.md §5.3) over the host's HTTPS with
 * the destination's client certificate, read the answer, and say what it
 * means for the outbox. Generic FHIR, not any receiver's dialect, so
 * every adapter that speaks messaging (fhir-message, stadspoli) shares it.
 *
 * How the answer is read. A success is only a success with its receipt:
 * what $process-message returns is a response message or, when the
 * receiver processes later (202), an OperationOutcome. Anything else with
 * a 2xx (an empty body, a web page, some other resource, a response to
 * another message) may come from a proxy, a load balancer or a
 * misconfigured endpoint that never saw the message, so it is retried,
 * never counted as delivered:
 *   2xx + response message whose response.identifier is our MessageHeader
 *       id: code ok -> delivered; transient-error -> retry later;
 *       fatal-error -> refused.
 *   2xx + OperationOutcome without an error or fatal issue -> delivered.
 *   2xx + anything else -> retry later (until max_attempts: dead letter).
 *   429, 5xx, no answer at all: retry later.
 *   other 4xx: refused (retrying the same bytes will not help).
 *
 * It uses only the plugin API, like the adapters it serves.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "beweegbrug/sys/plugin.h"

/* The first OperationOutcome diagnostics or details text in `root`, or NULL. */
static const char *outcome_text(const bb_fhir *root)
{
	const bb_fhir *oo = NULL, *issue;
	size_t i;

	if (root && strcmp(bb_fhir_type(root), "OperationOutcome") == 0)
		oo = root;
	for (i = 0; !oo && i < bb_fhir_count(root, "entry"); i++) {
		const bb_fhir *r = bb_fhir_get(bb_fhir_get(root, "entry", i), "resource", 0);
		if (r && strcmp(bb_fhir_type(r), "OperationOutcome") == 0)
			oo = r;
	}
	issue = bb_fhir_get(oo, "issue", 0);
	if (bb_fhir_value(issue, "diagnostics", 0))
		return bb_fhir_value(issue, "diagnostics", 0);
	return bb_fhir_value(bb_fhir_get(issue, "details", 0), "text", 0);
}

/* The MessageHeader of a message Bundle (its first entry), or NULL. */
static const bb_fhir *header_of(const bb_fhir *root)
{
	const bb_fhir *h = bb_fhir_get(bb_fhir_get(root, "entry", 0), "resource", 0);
	const char *type = bb_fhir_value(root, "type", 0);

	if (!root || strcmp(bb_fhir_type(root), "Bundle") != 0 || !type ||
	    strcmp(type, "message") != 0 || !h || strcmp(bb_fhir_type(h), "MessageHeader") != 0)
		return NULL;
	return h;
}

/* Does an OperationOutcome report an error (severity error or fatal)? */
static int reports_error(const bb_fhir *oo)
{
	size_t i;

	for (i = 0; i < bb_fhir_count(oo, "issue"); i++) {
		const char *sev = bb_fhir_value(bb_fhir_get(oo, "issue", i), "severity", 0);
		if (!sev || strcmp(sev, "error") == 0 || strcmp(sev, "fatal") == 0)
			return 1;
	}
	return 0;
}

/*
 * What the HTTP status and the receipt say, as a delivery outcome.
 * `our_id`: the MessageHeader id of the message sent (NULL if unknown).
 */
static void judge(bb_delivery *result, long status, const bb_fhir *answer, const char *our_id)
{
	const bb_fhir *h = header_of(answer), *response = bb_fhir_get(h, "response", 0);
	const char *code = bb_fhir_value(response, "code", 0);
	const char *answered = bb_fhir_value(response, "identifier", 0);
	const char *text = outcome_text(answer);
	const char *sep = text ? ": " : "";

	if (!text)
		text = "";
	if (status == 429 || status >= 500) {
		bb_delivery_set(result, BB_DELIVERY_TRANSIENT, "HTTP %ld%s%s", status, sep, text);
	} else if (status < 200 || status >= 300) {
		bb_delivery_set(result, BB_DELIVERY_FATAL, "HTTP %ld%s%s", status, sep, text);
	} else if (answer && strcmp(bb_fhir_type(answer), "OperationOutcome") == 0) {
		if (reports_error(answer))
			bb_delivery_set(result, BB_DELIVERY_TRANSIENT, "HTTP %ld with an OperationOutcome"
					" that reports an error%s%s: not counted as delivered",
					status, sep, text);
		else
			bb_delivery_set(result, BB_DELIVERY_OK, "HTTP %ld, OperationOutcome%s%s", status,
					sep, text);
	} else if (!response) {
		bb_delivery_set(result, BB_DELIVERY_TRANSIENT,
				"HTTP %ld without a receipt (%s, not a FHIR response message or"
				" OperationOutcome): not counted as delivered", status,
				!answer ? "no FHIR in the answer" : bb_fhir_type(answer));
	} else if (our_id && (!answered || strcmp(answered, our_id) != 0)) {
		bb_delivery_set(result, BB_DELIVERY_TRANSIENT,
				"HTTP %ld with a response to message %.64s, not to ours (%s):"
				" not counted as delivered", status, answered ? answered : "(none)",
				our_id);
	} else if (code && strcmp(code, "ok") == 0) {
		bb_delivery_set(result, BB_DELIVERY_OK, "HTTP %ld, response ok", status);
	} else if (code && strcmp(code, "fatal-error") == 0) {
		bb_delivery_set(result, BB_DELIVERY_FATAL,
				"the receiver answered fatal-error%s%s", sep, text);
	} else {
		bb_delivery_set(result, BB_DELIVERY_TRANSIENT,
				"the receiver answered %.32s%s%s", code ? code : "no response code",
				sep, text);
	}
}

/* The MessageHeader id of our own message, or NULL (free with free()). */
static char *our_header_id(const bb_host *host, const bb_message *msg)
{
	const char *id;
	bb_fhir *m = NULL;
	bb_input in;
	char *copy = NULL;

	in.source = bb_message_id(msg);
	in.data = bb_message_body(msg, &in.len);
	if (bb_host_fhir_read(&m, host, &in) == BB_OK &&
	    (id = bb_fhir_value(header_of(m), "id", 0)) != NULL)
		copy = strdup(id);
	bb_fhir_free(m);
	return copy;
}

int bb_host_process_message(bb_delivery *result, const bb_host *host,
			    const bb_message *msg)
{
	const char *base = bb_host_setting(host, "endpoint");
	char url[1024], why[BB_HOST_WHY_LEN], *our_id;
	size_t len, blen;
	const void *body;
	bb_fhir *answer = NULL;
	bb_input in;
	long status = 0;
	bb_buf *resp;
	int rc;

	if (!host || !msg || !result)
		return BB_EINVAL;
	if (!base)
		return bb_host_error(host, BB_ECONFIG, 0, "endpoint", "no endpoint for %s",
				     bb_host_destination(host));
	blen = strlen(base);
	if (blen && base[blen - 1] == '/')
		blen--;
	if (blen + sizeof("/$process-message") > sizeof(url))
		return bb_host_error(host, BB_ECONFIG, 0, "endpoint",
				     "the endpoint of %s is longer than %zu bytes",
				     bb_host_destination(host), sizeof(url) - sizeof("/$process-message"));
	snprintf(url, sizeof(url), "%.*s/$process-message", (int)blen, base);
	resp = bb_host_buf_new(host);
	if (!resp)
		return BB_ENOMEM;
	body = bb_message_body(msg, &len);
	rc = bb_host_post(resp, &status, why, host, url, bb_message_content_type(msg), body, len);
	if (rc == BB_EUNAVAILABLE) {
		bb_delivery_set(result, BB_DELIVERY_TRANSIENT, "%s", why);
		bb_host_buf_free(resp);
		return BB_OK;
	}
	if (rc != BB_OK) {
		bb_host_buf_free(resp);
		return rc;
	}
	in.source = url;
	in.data = bb_host_buf_data(resp, &in.len);
	/* an unreadable answer is judged by its HTTP status, and is no receipt */
	if (in.len)
		bb_host_fhir_read(&answer, host, &in);
	our_id = our_header_id(host, msg);
	judge(result, status, answer, our_id);
	free(our_id);
	bb_fhir_free(answer);
	bb_host_buf_free(resp);
	return BB_OK;
}
