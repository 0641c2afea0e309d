/*
 * bb_server: the [server] section made into a listening HTTPS endpoint
 * (libevent evhttp over bufferevent_openssl), its run loop and its
 * graceful stop. See server.h for the threads, docs/server.md for the
 * operator's view.
 */
#include "server/server.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>

#include <event2/event.h>
#include <event2/http.h>
#include <event2/listener.h>

#include "config.h"
#include "connector.h"
#include "log.h"
#include "util/sigpipe.h"
#include "util/strutil.h"

static unsigned long config_number(const cfg_section *sec, const char *key, unsigned long def)
{
	const char *v = config_get(sec, key);

	/* config.c has checked the range already. */
	return v ? strtoul(v, NULL, 10) : def;
}

/* "host:port", "[v6]:port"; the configuration checked the port. */
static int split_listen(bb_server *s, const char *listen)
{
	const char *colon = strrchr(listen, ':');
	const char *h = listen;
	size_t hlen = (size_t)(colon - listen);

	if (hlen >= 2 && h[0] == '[' && h[hlen - 1] == ']') {
		h++;
		hlen -= 2;
	}
	s->host = str_ndup(h, hlen);
	s->port = atoi(colon + 1);
	return s->host ? BB_OK : connector_error(s->c, BB_ENOMEM, "out of memory");
}

static int read_config(bb_server *s, const cfg_section *sec)
{
	const char *base = config_get(sec, "base");
	size_t blen;
	int rc;

	rc = split_listen(s, config_get(sec, "listen") ? config_get(sec, "listen") : SERVER_DEFAULT_LISTEN);
	if (rc != BB_OK)
		return rc;
	if (!base)
		base = SERVER_DEFAULT_BASE;
	blen = strlen(base);
	while (blen > 0 && base[blen - 1] == '/')
		blen--;
	if (blen > 0 && base[0] != '/')
		return connector_error(s->c, BB_ECONFIG, "[server]: base = \"%s\" must start with /",
				       base);
	s->path = str_printf("%.*s/$process-message", (int)blen, base);
	s->max_body = config_number(sec, "max_body", SERVER_DEFAULT_MAX_BODY);
	s->pool.max_connections = (unsigned)config_number(sec, "max_connections",
							  SERVER_DEFAULT_MAX_CONNECTIONS);
	s->pool.max_per_peer = (unsigned)config_number(sec, "max_connections_per_peer",
						       SERVER_DEFAULT_MAX_PER_PEER);
	s->pool.timeout = (int)config_number(sec, "timeout", SERVER_DEFAULT_TIMEOUT);
	s->pool.handshake_timeout = (int)config_number(sec, "handshake_timeout",
						       SERVER_DEFAULT_HANDSHAKE_TIMEOUT);
	s->pool.header_timeout = (int)config_number(sec, "header_timeout", SERVER_DEFAULT_HEADER_TIMEOUT);
	s->pool.request_timeout = (int)config_number(sec, "request_timeout",
						     SERVER_DEFAULT_REQUEST_TIMEOUT);
	if (s->pool.request_timeout < s->pool.header_timeout)
		return connector_error(s->c, BB_ECONFIG, "[server]: request_timeout (%d) is shorter than"
				       " header_timeout (%d)", s->pool.request_timeout, s->pool.header_timeout);
	if (!s->path)
		return connector_error(s->c, BB_ENOMEM, "out of memory");
	return server_tls_init(s, config_get(sec, "certificate"), config_get(sec, "key"),
			       config_get(sec, "ca_file"));
}

static void finish_now(evutil_socket_t fd, short what, void *arg)
{
	bb_server *s = arg;

	(void)fd; (void)what;
	char after[16], left[16];

	snprintf(after, sizeof after, "%d", s->pool.timeout);
	snprintf(left, sizeof left, "%u", s->inflight);
	log_event(s->c, BB_LOG_WARN, "server.stop-forced", "after_s", after, "unanswered", left,
		  (char *)NULL);
	event_base_loopexit(s->base, NULL);
}

void server_request_finished(bb_server *s)
{
	if (s->inflight > 0)
		s->inflight--;
	if (s->stopping && s->inflight == 0)
		event_base_loopexit(s->base, NULL);
}

/* Stop accepting; leave the loop once every request taken has its answer. */
static void begin_stop(bb_server *s)
{
	struct timeval tv = { s->pool.timeout, 0 };
	char n[16];

	s->stopping = 1;
	s->pool.stopping = 1;
	s->pool.lev = NULL;
	if (s->sock) {
		evhttp_del_accept_socket(s->http, s->sock);
		s->sock = NULL;
	}
	snprintf(n, sizeof n, "%u", s->inflight);
	log_event(s->c, BB_LOG_INFO, "server.stopping", "in_progress", n, (char *)NULL);
	/* An answer whose write never completes must not hold the stop forever. */
	evtimer_add(s->deadline_ev, &tv);
	if (s->inflight == 0)
		event_base_loopexit(s->base, NULL);
}

static void on_wake(evutil_socket_t fd, short what, void *arg)
{
	bb_server *s = arg;
	char buf[64];

	(void)what;
	while (read(fd, buf, sizeof buf) > 0)
		;
	server_reply_done(s);
	if (atomic_load(&s->stop_requested) && !s->stopping)
		begin_stop(s);
}

static int make_loop(bb_server *s)
{
	struct event_config *ec = event_config_new();
	int rc;

	/* Only the loop thread touches libevent: no locking needed. */
	if (ec)
		event_config_set_flag(ec, EVENT_BASE_FLAG_NOLOCK);
	s->base = ec ? event_base_new_with_config(ec) : NULL;
	event_config_free(ec);
	if (!s->base || pipe2(s->wake, O_NONBLOCK | O_CLOEXEC) != 0)
		return connector_error(s->c, BB_ERROR, "cannot make the server's event loop");
	s->wake_ev = event_new(s->base, s->wake[0], EV_READ | EV_PERSIST, on_wake, s);
	s->deadline_ev = evtimer_new(s->base, finish_now, s);
	s->http = evhttp_new(s->base);
	if (!s->wake_ev || !s->deadline_ev || !s->http || event_add(s->wake_ev, NULL) != 0)
		return connector_error(s->c, BB_ENOMEM, "cannot make the server's event loop");
	rc = conns_start(&s->pool, s->c, s->base, "server");
	if (rc != BB_OK)
		return rc;
	s->pool.owner = s;
	s->pool.own_answer = server_own_answer;
	return BB_OK;
}

static void set_limits(bb_server *s)
{
	struct timeval tv = { s->pool.timeout, 0 };
	size_t hard = s->max_body <= SIZE_MAX / 2 ? s->max_body * 2 : SIZE_MAX;

	/*
	 * libevent 2.1 answers a body over its own limit with an HTML page.
	 * So evhttp's limit is twice ours (what one connection may cost in
	 * memory), and the handler refuses what lies between with a FHIR
	 * OperationOutcome.
	 */
	evhttp_set_max_body_size(s->http, hard > (size_t)EV_SSIZE_MAX ? EV_SSIZE_MAX : (ev_ssize_t)hard);
	evhttp_set_max_headers_size(s->http, SERVER_MAX_HEADERS);
	evhttp_set_timeout_tv(s->http, &tv);
	/* Every method reaches the handler, which answers 405 rather than 501. */
	evhttp_set_allowed_methods(s->http, EVHTTP_REQ_GET | EVHTTP_REQ_POST | EVHTTP_REQ_HEAD |
				   EVHTTP_REQ_PUT | EVHTTP_REQ_DELETE | EVHTTP_REQ_OPTIONS |
				   EVHTTP_REQ_TRACE | EVHTTP_REQ_CONNECT | EVHTTP_REQ_PATCH);
	evhttp_set_bevcb(s->http, server_tls_bev, s);
	evhttp_set_gencb(s->http, server_handle, s);
}

static int bind_socket(bb_server *s)
{
	int port;

	s->sock = evhttp_bind_socket_with_handle(s->http, s->host, (ev_uint16_t)s->port);
	if (!s->sock)
		return connector_error(s->c, BB_EUNAVAILABLE, "[server]: cannot listen on %s:%d: %s", s->host,
				       s->port, strerror(errno));
	conns_listen(&s->pool, evhttp_bound_socket_get_listener(s->sock));
	port = conns_tcp_bound(evhttp_bound_socket_get_fd(s->sock));
	if (port >= 0)
		s->port = port;
	return BB_OK;
}

/* The server without its listening socket. */
static int server_make(bb_server **out, bb_connector *c)
{
	bb_server *s;
	int rc;

	*out = NULL;
	if (!c->cfg || !c->cfg->server.name)
		return connector_error(c, BB_ECONFIG, "the configuration has no [server] section");
	s = calloc(1, sizeof *s);
	if (!s)
		return connector_error(c, BB_ENOMEM, "out of memory");
	s->c = c;
	s->wake[0] = s->wake[1] = -1;
	mutex_init(&s->todo.lock, LOCK_RANK_LEAF, "serve's job list (server/workers.c)");
	pthread_cond_init(&s->todo.cond, NULL);
	mutex_init(&s->done_lock, LOCK_RANK_LEAF, "serve's finished jobs (server/workers.c)");
	mutex_init(&s->ctx_lock, LOCK_RANK_LEAF, "serve's TLS context (server/tls.c)");
	if ((rc = read_config(s, &c->cfg->server)) != BB_OK || (rc = make_loop(s)) != BB_OK) {
		bb_server_free(s);
		return rc;
	}
	conns_fit_fd_limit(&s->pool);
	set_limits(s);
	*out = s;
	return BB_OK;
}

int bb_server_new(bb_server **out, bb_connector *c)
{
	bb_server *s;
	int rc;

	if (!out || !c)
		return BB_EINVAL;
	rc = server_make(&s, c);
	if (rc != BB_OK)
		return rc;
	rc = bind_socket(s);
	if (rc != BB_OK) {
		bb_server_free(s);
		return rc;
	}
	s->url = str_printf(strchr(s->host, ':') ? "https://[%s]:%d%.*s" : "https://%s:%d%.*s", s->host,
			    s->port, (int)(strlen(s->path) - strlen("/$process-message")), s->path);
	if (!s->url) {
		bb_server_free(s);
		return connector_error(c, BB_ENOMEM, "out of memory");
	}
	/* GET [base]/metadata: the CapabilityStatement, at the address senders use */
	s->metadata_path = str_printf("%.*s/metadata", (int)(strlen(s->path) - strlen("/$process-message")),
				      s->path);
	{
		const char *public_url = config_get(&c->cfg->connector, "sender_endpoint");
		if (!s->metadata_path ||
		    bb_capability_statement(&s->cap[0], &s->cap_len[0], c, public_url ? public_url : s->url,
					    BB_FORMAT_JSON) != BB_OK ||
		    bb_capability_statement(&s->cap[1], &s->cap_len[1], c, public_url ? public_url : s->url,
					    BB_FORMAT_XML) != BB_OK) {
			char *why = str_dup(bb_error_last(c)->message);
			bb_server_free(s);
			rc = connector_error(c, BB_ERROR, "server: no CapabilityStatement could be made: %s",
					     why ? why : "out of memory");
			free(why);
			return rc;
		}
	}
	log_event(c, BB_LOG_INFO, "server.listening", "url", s->url, (char *)NULL);
	*out = s;
	return BB_OK;
}

int bb_server_port(const bb_server *s)
{
	return s ? s->port : -1;
}

const char *bb_server_url(const bb_server *s)
{
	return s ? s->url : NULL;
}

int bb_server_run(bb_server *s)
{
	sigpipe_guard pipe_guard;
	size_t applied = 0;
	int rc;

	if (!s)
		return BB_EINVAL;
	if (s->ran)
		return connector_error(s->c, BB_EINVAL, "bb_server_run: a server runs once");
	s->ran = 1;
	/* Feedback stored before a crash but not yet given to the HIS. */
	rc = bb_inbox_apply_pending(&applied, s->c);
	if (rc != BB_OK) {
		log_event(s->c, BB_LOG_WARN, "feedback.pending", "reason", bb_error_last(s->c)->message,
			  (char *)NULL);
	} else if (applied) {
		char n[24];
		snprintf(n, sizeof n, "%zu", applied);
		log_event(s->c, BB_LOG_INFO, "feedback.caught-up", "applied", n, (char *)NULL);
	}
	rc = server_workers_start(s);
	if (rc != BB_OK)
		return rc;
	/* A stop asked for before we got here still counts. */
	if (atomic_load(&s->stop_requested))
		begin_stop(s);
	/*
	 * This thread writes to clients that may have hung up: EPIPE, not a
	 * SIGPIPE that would end the HIS's process (sigpipe.h).
	 */
	sigpipe_block(&pipe_guard);
	rc = event_base_dispatch(s->base) < 0 ? BB_ERROR : BB_OK;
	sigpipe_restore(&pipe_guard);
	conns_log_now(&s->pool);
	server_workers_stop(s);
	log_event(s->c, BB_LOG_INFO, "server.stopped", (char *)NULL);
	if (rc != BB_OK)
		return connector_error(s->c, rc, "the server's event loop failed");
	return BB_OK;
}

void bb_server_stop(bb_server *s)
{
	if (!s)
		return;
	atomic_store(&s->stop_requested, 1);
	server_wake(s, 's');
}

int bb_server_reload(bb_server *s)
{
	if (!s)
		return BB_EINVAL;
	return server_tls_listener_reload(s->c, "server", &s->c->cfg->server, &s->ctx, &s->ctx_lock);
}

void bb_server_free(bb_server *s)
{
	if (!s)
		return;
	if (s->nworkers)
		server_workers_stop(s);
	/* Frees the connections, and with them their SSLs and records (conns.c). */
	s->sock = NULL;
	s->stopping = 1;
	s->pool.lev = NULL;
	if (s->http)
		evhttp_free(s->http);
	if (s->wake_ev)
		event_free(s->wake_ev);
	if (s->deadline_ev)
		event_free(s->deadline_ev);
	conns_free_events(&s->pool);
	if (s->base)
		event_base_free(s->base);
	if (s->wake[0] >= 0)
		close(s->wake[0]);
	if (s->wake[1] >= 0)
		close(s->wake[1]);
	SSL_CTX_free(s->ctx);
	mutex_destroy(&s->todo.lock);
	pthread_cond_destroy(&s->todo.cond);
	mutex_destroy(&s->done_lock);
	mutex_destroy(&s->ctx_lock);
	free(s->host);
	free(s->path);
	free(s->url);
	free(s->metadata_path);
	free(s->cap[0]);
	free(s->cap[1]);
	conns_free(&s->pool);
	free(s);
}
