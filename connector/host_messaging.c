/*
 * FHIR messaging for destination adapters: POST a message Bundle to
 * [base]/$process-message (standards.md §5.3) over the host's HTTPS with
 * the destination's client certificate, read the answer, and say what it
 * means for the outbox. Generic FHIR, not any receiver's dialect, so
 * every adapter that speaks messaging (fhir-message, stadspoli) shares it.
 *
 * How the answer is read:
 *   2xx with a response message: MessageHeader.response.code ok -> delivered;
 *       transient-error -> retry later; fatal-error -> refused.
 *   2xx without one (e.g. 202 for async): delivered.
 *   429, 5xx, no answer at all: retry later.
 *   other 4xx: refused (retrying the same bytes will not help).
 *
 * It uses only the plugin API, like the adapters it serves.
 */
#include <stdio.h>
#include <string.h>

#include "beweegbrug/plugin.h"

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

/* MessageHeader.response.code of a response message, or NULL. */
static const char *response_code(const bb_fhir *root)
{
	const bb_fhir *h = bb_fhir_get(bb_fhir_get(root, "entry", 0), "resource", 0);

	if (!h || strcmp(bb_fhir_type(h), "MessageHeader") != 0)
		return NULL;
	return bb_fhir_value(bb_fhir_get(h, "response", 0), "code", 0);
}

/* What the HTTP status and the response message say, as a delivery outcome. */
static void judge(bb_delivery *result, long status, const bb_fhir *answer)
{
	const char *code = response_code(answer), *text = outcome_text(answer);
	const char *sep = text ? ": " : "";

	if (!text)
		text = "";
	if (status == 429 || status >= 500)
		bb_delivery_set(result, BB_DELIVERY_TRANSIENT, "HTTP %ld%s%s", status, sep, text);
	else if (status < 200 || status >= 300)
		bb_delivery_set(result, BB_DELIVERY_FATAL, "HTTP %ld%s%s", status, sep, text);
	else if (code && strcmp(code, "transient-error") == 0)
		bb_delivery_set(result, BB_DELIVERY_TRANSIENT,
				"the receiver answered transient-error%s%s", sep, text);
	else if (code && strcmp(code, "fatal-error") == 0)
		bb_delivery_set(result, BB_DELIVERY_FATAL,
				"the receiver answered fatal-error%s%s", sep, text);
	else
		bb_delivery_set(result, BB_DELIVERY_OK, "HTTP %ld, response %s", status,
				code ? code : "(none)");
}

int bb_host_process_message(const bb_host *host, const bb_message *msg,
			    bb_delivery *result)
{
	const char *base = bb_host_setting(host, "endpoint");
	char url[1024], why[BB_HOST_WHY_LEN];
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
	rc = bb_host_post(host, url, bb_message_content_type(msg), body, len, resp, &status, why);
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
	/* an unreadable answer is judged by its HTTP status alone */
	if (in.len)
		bb_host_fhir_read(host, &in, &answer);
	judge(result, status, answer);
	bb_fhir_free(answer);
	bb_host_buf_free(resp);
	return BB_OK;
}
