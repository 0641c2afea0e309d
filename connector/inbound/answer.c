/*
 * The FHIR response message we send back for a received message: a
 * MessageHeader with response.identifier = the request's MessageHeader id
 * and code ok | transient-error | fatal-error, and an OperationOutcome
 * saying why. A request we could not even read gets the OperationOutcome
 * alone.
 */
#include "inbound.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fhir/fhir_codec.h"
#include "mapping/claims.h"
#include "mapping/mapping.h"
#include "mapping/naming.h"
#include "mapping/uuid.h"

static void add_outcome(fhir_node *oo, const char *severity, const char *code,
			const diag_list *why, const char *text)
{
	size_t i;
	fhir_node *issue;

	if (text || !why || !why->count) {
		issue = fhir_add(oo, "issue");
		fhir_set(issue, "severity", severity);
		fhir_set(issue, "code", code);
		fhir_set(issue, "diagnostics", text ? text : "accepted");
	}
	for (i = 0; why && i < why->count && i < 20; i++) {
		char *line = diag_format(&why->items[i]);
		issue = fhir_add(oo, "issue");
		fhir_set(issue, "severity", severity);
		fhir_set(issue, "code", code);
		if (line)
			fhir_set(issue, "diagnostics", line);
		if (why->items[i].path)
			fhir_set(issue, "expression", why->items[i].path);
		free(line);
	}
}

int inbound_answer_make(inbox_answer *out, int http_status, const char *response_code,
		const request_info *req, const char *text, const diag_list *why, int xml)
{
	const char *severity = strcmp(response_code, "ok") == 0 ? "information" : "error";
	const char *issue_code = strcmp(response_code, "ok") == 0 ? "informational"
				 : strcmp(response_code, "transient-error") == 0 ? "transient"
				 : "processing";
	char bundle_id[UUID_STR_LEN], header_id[UUID_STR_LEN], oo_id[UUID_STR_LEN], now[32];
	char url[64];
	fhir_node *root, *oo;
	strbuf b = STRBUF_INIT;
	int rc;

	memset(out, 0, sizeof(*out));
	if (mapping_uuid_v4(bundle_id) || mapping_uuid_v4(header_id) || mapping_uuid_v4(oo_id))
		return BB_ERROR;
	mapping_now(now);
	if (req && req->header_id && req->event_code) {
		fhir_node *entry, *h, *resp;

		root = fhir_resource_new("Bundle", NULL);
		fhir_set(root, "id", bundle_id);
		profile_claim(root, PROFILE_RESPONSE_MESSAGE);
		/* like every message of ours: a sender's log can name this answer */
		{
			fhir_node *id = fhir_add(root, "identifier");
			fhir_set(id, "system", SYS_MESSAGE_ID);
			fhir_set(id, "value", bundle_id);
		}
		fhir_set(root, "type", "message");
		fhir_set(root, "timestamp", now);
		entry = fhir_add(root, "entry");
		snprintf(url, sizeof(url), "urn:uuid:%s", header_id);
		fhir_set(entry, "fullUrl", url);
		h = fhir_add_resource(entry, "resource", "MessageHeader");
		fhir_set(h, "id", header_id);
		profile_claim(h, PROFILE_RESPONSE_MESSAGEHEADER);
		{
			fhir_node *ev = fhir_add(h, "eventCoding");
			if (req->event_system)
				fhir_set(ev, "system", req->event_system);
			fhir_set(ev, "code", req->event_code);
		}
		/* the answer goes back where the request came from */
		if (req->their_endpoint)
			fhir_set(fhir_add(h, "destination"), "endpoint", req->their_endpoint);
		fhir_set(fhir_add(h, "source"), "endpoint",
			 req->our_endpoint ? req->our_endpoint : "urn:beweegbrug:receiver");
		resp = fhir_add(h, "response");
		fhir_set(resp, "identifier", req->header_id);
		fhir_set(resp, "code", response_code);
		snprintf(url, sizeof(url), "urn:uuid:%s", oo_id);
		fhir_set(fhir_add(resp, "details"), "reference", url);
		entry = fhir_add(root, "entry");
		fhir_set(entry, "fullUrl", url);
		oo = fhir_add_resource(entry, "resource", "OperationOutcome");
		fhir_set(oo, "id", oo_id);
	} else {
		root = oo = fhir_resource_new("OperationOutcome", NULL);
		fhir_set(oo, "id", oo_id);
	}
	if (oo)
		profile_claim(oo, PROFILE_OPERATIONOUTCOME);
	add_outcome(oo, severity, issue_code, why, text);
	rc = root && !fhir_errors(root) ? fhir_write(&b, root, xml ? FHIR_FORMAT_XML
								 : FHIR_FORMAT_JSON, 1)
					: BB_ERROR;
	fhir_node_free(root);
	if (rc != BB_OK) {
		strbuf_free(&b);
		return rc;
	}
	out->http_status = http_status;
	out->body = (unsigned char *)strbuf_detach(&b, &out->len);
	out->content_type = strdup(xml ? "application/fhir+xml" : "application/fhir+json");
	if (!out->body || !out->content_type) {
		inbox_answer_free(out);
		return BB_ENOMEM;
	}
	return BB_OK;
}
