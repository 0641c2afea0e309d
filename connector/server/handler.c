/*
 * One request: what the server refuses itself (path, method, content type,
 * size, busy, stopping) and the hand-over of the rest to a worker. The
 * refusals carry a fixed OperationOutcome; the server writes those few
 * bytes itself and never reads FHIR.
 */
#include "server/server.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>

#include "audit/audit.h"
#include "connector.h"
#include "inbound/inbound.h"
#include "log.h"
#include "mapping/claims.h"
#include "mapping/uuid.h"
#include "util/strutil.h"

#define CT_JSON "application/fhir+json"
#define CT_XML "application/fhir+xml"

static double elapsed_ms(const struct timespec *start)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - start->tv_sec) * 1e3 +
	       (double)(now.tv_nsec - start->tv_nsec) / 1e6;
}

static const char *method_name(enum evhttp_cmd_type m)
{
	switch (m) {
	case EVHTTP_REQ_GET: return "GET";
	case EVHTTP_REQ_POST: return "POST";
	case EVHTTP_REQ_HEAD: return "HEAD";
	case EVHTTP_REQ_PUT: return "PUT";
	case EVHTTP_REQ_DELETE: return "DELETE";
	case EVHTTP_REQ_OPTIONS: return "OPTIONS";
	case EVHTTP_REQ_TRACE: return "TRACE";
	case EVHTTP_REQ_CONNECT: return "CONNECT";
	case EVHTTP_REQ_PATCH: return "PATCH";
	}
	return "?";
}

/* The request target for the log: at most 120 bytes, control bytes as '?'. */
static void loggable(char *out, size_t size, const char *in)
{
	size_t i;

	for (i = 0; in && in[i] && i + 1 < size && i < 120; i++)
		out[i] = (unsigned char)in[i] < 0x20 || in[i] == 0x7f ? '?' : in[i];
	out[i] = '\0';
}

static void log_request(bb_server *s, struct evhttp_request *req, const char *peer, int status,
			const struct timespec *start)
{
	char target[128], from[128], code[16], ms[32];
	const char *host = "?";
	ev_uint16_t port = 0;
	struct evhttp_connection *conn = evhttp_request_get_connection(req);
	char *addr = NULL;

	if (conn)
		evhttp_connection_get_peer(conn, &addr, &port);
	if (addr)
		host = addr;
	loggable(target, sizeof target, evhttp_request_get_uri(req));
	snprintf(from, sizeof from, strchr(host, ':') ? "[%s]:%u" : "%s:%u", host, (unsigned)port);
	snprintf(code, sizeof code, "%d", status);
	snprintf(ms, sizeof ms, "%.1f", elapsed_ms(start));
	log_event(s->c, status >= 500 ? BB_LOG_WARN : BB_LOG_INFO, "server.request",
		  "method", method_name(evhttp_request_get_command(req)), "target", target,
		  "status", code, "peer", from, "cn", peer ? peer : "-", "ms", ms, (char *)NULL);
}

static void request_complete(struct evhttp_request *req, void *arg)
{
	bb_server *s = arg;
	server_conn *c = conn_of(&s->pool, req);

	/* the answer is written: the connection waits for its next request */
	if (c)
		conn_answered(c);
	server_request_finished(s);
}

/*
 * Send status + body. The request counts as in flight until evhttp has
 * written the answer (on_complete), so a graceful stop does not cut it off.
 */
static void reply(bb_server *s, struct evhttp_request *req, int status, const char *ctype,
		  const char *body, size_t len, int close)
{
	struct evkeyvalq *h = evhttp_request_get_output_headers(req);
	struct evbuffer *buf = evbuffer_new();

	if (ctype)
		evhttp_add_header(h, "Content-Type", ctype);
	if (close)
		evhttp_add_header(h, "Connection", "close");
	if (buf && body && evhttp_request_get_command(req) != EVHTTP_REQ_HEAD)
		evbuffer_add(buf, body, len);
	/* A client that went away detached its request; evhttp frees it at send. */
	if (evhttp_request_get_connection(req))
		evhttp_request_set_on_complete_cb(req, request_complete, s);
	else
		server_request_finished(s);
	evhttp_send_reply(req, status, NULL, buf);
	evbuffer_free(buf);
}

/*
 * A request refused before it reached the inbound path (which audits its
 * own refusals as message.refused): recorded as server.request / refused,
 * with our reason and the client as actor, never anything of the request.
 * 503 is not a refusal but "not now", and is only logged.
 */
static void audit_as(bb_server *s, const char *actor, int status, const char *why)
{
	char detail[300];
	audit_rec rec;

	snprintf(detail, sizeof detail, "HTTP %d: %s", status, why);
	memset(&rec, 0, sizeof rec);
	rec.event = "server.request";
	rec.actor = actor;
	rec.outcome = "refused";
	rec.detail = detail;
	connector_audit(s->c, &rec, 1);
}

static void audit_refusal(bb_server *s, struct evhttp_request *req, const char *peer, int status,
			  const char *why)
{
	struct evhttp_connection *conn = evhttp_request_get_connection(req);
	char actor[300];
	char *addr = NULL;
	ev_uint16_t port = 0;

	if (peer) {
		snprintf(actor, sizeof actor, "server:cert %s", peer);
	} else {
		if (conn)
			evhttp_connection_get_peer(conn, &addr, &port);
		snprintf(actor, sizeof actor, "server:%s", addr ? addr : "?");
	}
	audit_as(s, actor, status, why);
}

/*
 * A request libevent answered itself (conns.c, own_answer): unreadable as
 * HTTP, over its size limits, an unknown Expect or method. The answer is
 * an OperationOutcome of ours in JSON (the request's format is unknown:
 * its headers may not have been read), claiming our profile like every
 * refusal of the server; audited like them.
 */
void server_own_answer(conn_pool *p, server_conn *c, int status, struct evbuffer *answer)
{
	bb_server *s = p->owner;
	const char *why = conns_own_reason(status, c->req_bytes, SERVER_MAX_HEADERS);
	const char *code = status == 413 ? "too-long" : status == 400 ? "structure" : "not-supported";
	char id[UUID_STR_LEN], actor[80], code_text[8];
	char *body, *head;

	if (mapping_uuid_v4(id))
		snprintf(id, sizeof id, "%s", "00000000-0000-4000-8000-000000000000");
	body = str_printf("{\"resourceType\":\"OperationOutcome\",\"id\":\"%s\","
			  "\"meta\":{\"profile\":[\"%s\"]},\"issue\":[{"
			  "\"severity\":\"error\",\"code\":\"%s\",\"diagnostics\":\"the request was refused: %s\"}]}",
			  id, PROFILE_OPERATIONOUTCOME, code, why);
	head = str_printf("HTTP/1.1 %d %s\r\nContent-Type: %s\r\nCache-Control: no-store\r\n"
			  "Connection: close\r\nContent-Length: %zu\r\n\r\n", status, conns_own_title(status),
			  body ? CT_JSON : "text/plain", body ? strlen(body) : 0);
	if (head)
		evbuffer_add(answer, head, strlen(head));
	if (head && body)
		evbuffer_add(answer, body, strlen(body));
	free(head);
	free(body);
	snprintf(actor, sizeof actor, "server:%s", c->addr[0] ? c->addr : "?");
	audit_as(s, actor, status, why);
	snprintf(code_text, sizeof code_text, "%d", status);
	log_event(s->c, BB_LOG_WARN, "server.refused", "status", code_text, "why", why, "peer", actor + 7,
		  (char *)NULL);
}

/* A refusal of the server's own: an OperationOutcome in the request's format. */
static void refuse(bb_server *s, struct evhttp_request *req, const char *peer, int status,
		   int xml, const char *code, const char *text, const struct timespec *start)
{
	char id[UUID_STR_LEN];
	char *body;

	/* like every answer of ours: an id and the profile it claims (schemas/README.md) */
	if (mapping_uuid_v4(id))
		snprintf(id, sizeof id, "%s", "00000000-0000-4000-8000-000000000000");
	if (xml)
		body = str_printf("<OperationOutcome xmlns=\"http://hl7.org/fhir\"><id value=\"%s\"/>"
				  "<meta><profile value=\"%s\"/></meta><issue>"
				  "<severity value=\"error\"/><code value=\"%s\"/>"
				  "<diagnostics value=\"%s\"/></issue></OperationOutcome>",
				  id, PROFILE_OPERATIONOUTCOME, code, text);
	else
		body = str_printf("{\"resourceType\":\"OperationOutcome\",\"id\":\"%s\","
				  "\"meta\":{\"profile\":[\"%s\"]},\"issue\":[{"
				  "\"severity\":\"error\",\"code\":\"%s\",\"diagnostics\":\"%s\"}]}",
				  id, PROFILE_OPERATIONOUTCOME, code, text);
	if (status != 503)
		audit_refusal(s, req, peer, status, text);
	if (status == 405)
		evhttp_add_header(evhttp_request_get_output_headers(req), "Allow", "POST");
	if (status == 503)
		evhttp_add_header(evhttp_request_get_output_headers(req), "Retry-After", "1");
	log_request(s, req, peer, status, start);
	reply(s, req, status, xml ? CT_XML : CT_JSON, body, body ? strlen(body) : 0,
	      status == 503 || status == 413);
	free(body);
}

/* Does the request's path (percent-decoded, query left aside) equal `want`? */
static int is_path(struct evhttp_request *req, const char *want)
{
	const struct evhttp_uri *uri = evhttp_request_get_evhttp_uri(req);
	const char *path = uri ? evhttp_uri_get_path(uri) : NULL;
	char *decoded;
	int match;

	if (!path || !want)
		return 0;
	decoded = evhttp_uridecode(path, 0, NULL);
	match = decoded && strcmp(decoded, want) == 0;
	free(decoded);
	return match;
}

/*
 * GET [base]/metadata: the CapabilityStatement made at start, as XML when
 * the client asks for it (Accept or _format), else JSON.
 */
static void metadata(bb_server *s, struct evhttp_request *req, const char *peer,
		     const struct timespec *start)
{
	const char *accept = evhttp_find_header(evhttp_request_get_input_headers(req), "Accept");
	const struct evhttp_uri *uri = evhttp_request_get_evhttp_uri(req);
	const char *query = uri ? evhttp_uri_get_query(uri) : NULL;
	int xml = (accept && strstr(accept, "xml") && !strstr(accept, "json")) ||
		  (query && strstr(query, "_format=") && strstr(query, "xml"));

	log_request(s, req, peer, 200, start);
	reply(s, req, 200, xml ? CT_XML : CT_JSON, s->cap[xml], s->cap_len[xml], 0);
}

/* Does the request's path (percent-decoded, query left aside) name our endpoint? */
static int is_endpoint(bb_server *s, struct evhttp_request *req)
{
	const struct evhttp_uri *uri = evhttp_request_get_evhttp_uri(req);
	const char *path = uri ? evhttp_uri_get_path(uri) : NULL;
	char *decoded;
	int match;

	if (!path)
		return 0;
	decoded = evhttp_uridecode(path, 0, NULL);
	match = decoded && strcmp(decoded, s->path) == 0;
	free(decoded);
	return match;
}

static server_job *make_job(struct evhttp_request *req, char *pem, char *peer, const char *ctype,
			    const struct timespec *start)
{
	struct evbuffer *in = evhttp_request_get_input_buffer(req);
	size_t len = evbuffer_get_length(in);
	server_job *j = calloc(1, sizeof *j);

	if (!j)
		return NULL;
	j->resp.version = BB_INBOUND_RESPONSE_VERSION;
	j->req = req;
	j->cert_pem = pem;
	j->peer = peer;
	j->start = *start;
	j->content_type = str_dup(ctype);
	j->body = malloc(len + 1);
	j->len = len;
	if (!j->content_type || !j->body) {
		j->cert_pem = j->peer = NULL;
		server_job_free(j);
		return NULL;
	}
	/* Copied: the worker must not touch libevent's buffers. */
	evbuffer_copyout(in, j->body, len);
	j->body[len] = '\0';
	return j;
}

void server_handle(struct evhttp_request *req, void *arg)
{
	bb_server *s = arg;
	const char *ctype = evhttp_find_header(evhttp_request_get_input_headers(req), "Content-Type");
	const char *media_problem = NULL;
	int fmt = inbound_media_type(ctype, &media_problem);
	int xml = fmt == 'x';
	struct timespec start;
	char *pem, *peer = NULL;
	server_conn *c = conn_of(&s->pool, req);
	server_job *j;

	clock_gettime(CLOCK_MONOTONIC, &start);
	s->inflight++;
	/* the connection's request deadline stops here: it is ours to answer */
	if (c)
		conn_request_taken(c);
	pem = server_peer_pem(req, &peer);
	if (!pem) {
		/* Only reachable if TLS was bypassed: the handshake demands a certificate. */
		refuse(s, req, NULL, 403, xml, "security", "a client certificate is required", &start);
	} else if (is_path(req, s->metadata_path) &&
		   (evhttp_request_get_command(req) == EVHTTP_REQ_GET ||
		    evhttp_request_get_command(req) == EVHTTP_REQ_HEAD)) {
		metadata(s, req, peer, &start);
	} else if (!is_endpoint(s, req)) {
		refuse(s, req, peer, 404, xml, "not-found",
		       "only POST [base]/$process-message and GET [base]/metadata are served", &start);
	} else if (evhttp_request_get_command(req) != EVHTTP_REQ_POST) {
		refuse(s, req, peer, 405, xml, "not-supported", "$process-message takes POST only",
		       &start);
	} else if (s->stopping || (c && c->busy)) {
		refuse(s, req, peer, 503, xml, "transient",
		       s->stopping ? "the server is stopping; try again" : "too many connections; try again",
		       &start);
	} else if (!fmt) {
		refuse(s, req, peer, 415, 0, "not-supported", media_problem, &start);
	} else if (evbuffer_get_length(evhttp_request_get_input_buffer(req)) > s->max_body) {
		refuse(s, req, peer, 413, xml, "too-long", "the message is larger than max_body", &start);
	} else if (!(j = make_job(req, pem, peer, ctype, &start))) {
		refuse(s, req, peer, 503, xml, "transient", "out of memory; try again", &start);
	} else {
		server_job_submit(s, j);
		return;
	}
	free(pem);
	free(peer);
}

static void reply_job(bb_server *s, server_job *j)
{
	int status = j->resp.http_status;

	if (!j->resp.body || status < 200 || status > 599) {
		/* bb_inbound_process always fills the response; this is its failure to. */
		free(j->peer);
		j->peer = NULL;
		refuse(s, j->req, NULL, 500, inbound_media_type(j->content_type, NULL) == 'x', "exception",
		       "the message could not be processed", &j->start);
		return;
	}
	log_request(s, j->req, j->peer, status, &j->start);
	reply(s, j->req, status, j->resp.content_type ? j->resp.content_type : j->content_type,
	      j->resp.body, j->resp.len, 0);
}

void server_reply_done(bb_server *s)
{
	server_job *list, *j, *rev = NULL;

	mutex_lock(&s->done_lock);
	list = s->done;
	s->done = NULL;
	mutex_unlock(&s->done_lock);
	/* The list is newest first; answer in the order they finished. */
	while ((j = list)) {
		list = j->next;
		j->next = rev;
		rev = j;
	}
	while ((j = rev)) {
		rev = j->next;
		reply_job(s, j);
		server_job_free(j);
	}
}
