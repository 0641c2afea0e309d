/*
 * The local HIS API's socket (api.h): a Unix socket, whose file's owner,
 * group and mode (0660) decide who may connect, or TCP, where without TLS
 * only a loopback address is taken and with TLS only a client with a
 * certificate from [api] ca_file gets past the handshake. Its connections
 * are held to the same deadlines and caps as `serve`'s, by the same code
 * (conns.c): a slow or silent client is cut off, one peer cannot take
 * every slot, and a flood waits in the kernel's backlog.
 */
#include "server/api.h"

#include <arpa/inet.h>
#include <errno.h>
#include <grp.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/listener.h>

#include "audit/audit.h"
#include "config.h"
#include "connector.h"
#include "log.h"
#include "server/server.h"
#include "util/strutil.h"

static unsigned long config_number(const cfg_section *sec, const char *key, unsigned long def)
{
	const char *v = sec->name ? config_get(sec, key) : NULL;

	/* config.c has checked the range already. */
	return v ? strtoul(v, NULL, 10) : def;
}

static const char *config_text(const cfg_section *sec, const char *key)
{
	return sec->name ? config_get(sec, key) : NULL;
}

/* "host:port", "[v6]:port"; the configuration checked the port. */
static int split_listen(bb_api *a, const char *listen)
{
	const char *colon = strrchr(listen, ':');
	size_t hlen = (size_t)(colon - listen);

	if (hlen >= 2 && listen[0] == '[' && listen[hlen - 1] == ']')
		a->host = str_ndup(listen + 1, hlen - 2);
	else
		a->host = str_ndup(listen, hlen);
	a->port = atoi(colon + 1);
	return a->host ? BB_OK : connector_error(a->c, BB_ENOMEM, "out of memory");
}

/* Only this machine can reach a loopback address: plain HTTP is taken there only. */
static int is_loopback(const char *host)
{
	struct in_addr v4;
	struct in6_addr v6;

	if (strcmp(host, "localhost") == 0)
		return 1;
	if (inet_pton(AF_INET, host, &v4) == 1)
		return (ntohl(v4.s_addr) >> 24) == 127;
	return inet_pton(AF_INET6, host, &v6) == 1 && IN6_IS_ADDR_LOOPBACK(&v6);
}

int api_configure(bb_api *a, const bb_api_options *opt)
{
	static const cfg_section none;
	const cfg_section *sec = a->c->cfg ? &a->c->cfg->api : &none;
	const char *sock = opt->socket_path ? opt->socket_path : config_text(sec, "socket");
	const char *listen = sock ? NULL : config_text(sec, "listen");
	const char *cert = config_text(sec, "certificate");
	conn_pool *p = &a->pool;
	int rc;

	if (!sock && !listen)
		return connector_error(a->c, BB_ECONFIG, "[api]: no socket to listen on: give --socket PATH,"
				       " or socket = PATH or listen = HOST:PORT in [api]");
	a->max_body = opt->max_body ? opt->max_body
		      : (size_t)config_number(sec, "max_body", API_DEFAULT_MAX_BODY);
	p->timeout = opt->timeout > 0 ? opt->timeout
		     : (int)config_number(sec, "timeout", API_DEFAULT_TIMEOUT);
	p->max_connections = (unsigned)config_number(sec, "max_connections", API_DEFAULT_MAX_CONNECTIONS);
	p->max_per_peer = (unsigned)config_number(sec, "max_connections_per_peer", API_DEFAULT_MAX_PER_PEER);
	p->handshake_timeout = (int)config_number(sec, "handshake_timeout", API_DEFAULT_HANDSHAKE_TIMEOUT);
	p->header_timeout = (int)config_number(sec, "header_timeout", API_DEFAULT_HEADER_TIMEOUT);
	p->request_timeout = (int)config_number(sec, "request_timeout", API_DEFAULT_REQUEST_TIMEOUT);
	if (p->request_timeout < p->header_timeout)
		return connector_error(a->c, BB_ECONFIG, "[api]: request_timeout (%d) is shorter than"
				       " header_timeout (%d)", p->request_timeout, p->header_timeout);
	if (cert) {
		rc = server_tls_ctx(a->c, "api", cert, config_text(sec, "key"), config_text(sec, "ca_file"),
				    &a->ctx);
		if (rc != BB_OK)
			return rc;
		a->tls = 1;
	}
	if (sock) {
		a->socket_path = str_dup(sock);
		a->address = str_printf("unix:%s", sock);
		return a->socket_path && a->address ? BB_OK : connector_error(a->c, BB_ENOMEM, "out of memory");
	}
	rc = split_listen(a, listen);
	if (rc != BB_OK)
		return rc;
	if (!a->ctx && !is_loopback(a->host))
		return connector_error(a->c, BB_ECONFIG, "[api]: listen = \"%s\" is not a loopback address:"
				       " without certificate, key and ca_file the API takes 127.0.0.1 or ::1"
				       " only, as anyone who reaches the port could refer in the practice's name",
				       listen);
	return BB_OK;
}

/*
 * A request libevent answered itself (conns.c, own_answer): unreadable as
 * HTTP, over its size limits (a body over twice max_body), an unknown
 * Expect or method. Our handler never saw it, so the answer is written
 * whole here, as problem+json like every refusal of the API, and audited;
 * the connection closes after it, as libevent meant.
 */
static void own_answer(conn_pool *p, server_conn *c, int status, struct evbuffer *answer)
{
	bb_api *a = p->owner;
	const char *why = conns_own_reason(status, c->req_bytes, API_MAX_HEADERS);
	char body[500], head[240], actor[80];
	audit_rec rec;
	int n, h;

	if (status == 413)
		n = snprintf(body, sizeof body, "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":413,"
			     "\"detail\":\"%s; at most %zu bytes of body are taken (max_body) and %u of"
			     " request line and headers\"}", conns_own_title(status), why, a->max_body,
			     (unsigned)API_MAX_HEADERS);
	else
		n = snprintf(body, sizeof body, "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,"
			     "\"detail\":\"the request was refused: %s\"}", conns_own_title(status), status, why);
	h = snprintf(head, sizeof head, "HTTP/1.1 %d %s\r\n"
		     "Content-Type: application/problem+json\r\nCache-Control: no-store\r\n"
		     "Connection: close\r\nContent-Length: %d\r\n\r\n", status, conns_own_title(status), n);
	evbuffer_add(answer, head, (size_t)h);
	evbuffer_add(answer, body, (size_t)n);
	snprintf(actor, sizeof actor, "api:%s", c->addr[0] ? c->addr : "?");
	memset(&rec, 0, sizeof rec);
	rec.event = "api.request";
	rec.actor = actor;
	rec.outcome = "refused";
	rec.detail = why;
	connector_audit(a->c, &rec, 1);
	log_msg(a->c, BB_LOG_WARN, "api: a request refused (%d): %s", status, why);
}

/* evhttp's bevcb: every accepted socket gets its connection record, over TLS or not. */
static struct bufferevent *api_bev(struct event_base *base, void *arg)
{
	bb_api *a = arg;
	SSL *ssl;

	(void)base;
	if (!a->tls)
		return conn_plain_bev(&a->pool);
	ssl = server_tls_ssl_new(&a->ctx, &a->ctx_lock);
	if (!ssl) {
		log_event(a->c, BB_LOG_ERROR, "api.out-of-memory", "what", "TLS session", (char *)NULL);
		return NULL;
	}
	return conn_tls_bev(&a->pool, ssl);
}

/* A socket file left by a process that is gone is removed; a live one or another file is not. */
static int clear_stale(bb_api *a, const struct sockaddr_un *sun)
{
	struct stat st;
	int fd, rc;

	if (lstat(a->socket_path, &st) != 0)
		return BB_OK;
	if (!S_ISSOCK(st.st_mode))
		return connector_error(a->c, BB_ECONFIG, "%s: exists and is not a socket", a->socket_path);
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	rc = fd >= 0 ? connect(fd, (const struct sockaddr *)sun, sizeof *sun) : -1;
	if (fd >= 0)
		close(fd);
	if (rc == 0)
		return connector_error(a->c, BB_EUNAVAILABLE, "%s: another process listens there",
				       a->socket_path);
	unlink(a->socket_path);
	return BB_OK;
}

static int listen_unix(bb_api *a, const char *group)
{
	struct sockaddr_un sun;
	gid_t gid = (gid_t)-1;
	int rc;

	memset(&sun, 0, sizeof sun);
	sun.sun_family = AF_UNIX;
	if (strlen(a->socket_path) >= sizeof sun.sun_path)
		return connector_error(a->c, BB_ECONFIG, "%s: a socket path has at most %zu bytes",
				       a->socket_path, sizeof sun.sun_path - 1);
	memcpy(sun.sun_path, a->socket_path, strlen(a->socket_path));
	if (group) {
		struct group *g = getgrnam(group);
		if (!g)
			return connector_error(a->c, BB_ECONFIG, "group %s: no such group", group);
		gid = g->gr_gid;
	}
	rc = clear_stale(a, &sun);
	if (rc != BB_OK)
		return rc;
	a->listen_fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	if (a->listen_fd < 0 || bind(a->listen_fd, (struct sockaddr *)&sun, sizeof sun) != 0)
		return connector_error(a->c, BB_EUNAVAILABLE, "%s: cannot listen: %s", a->socket_path,
				       strerror(errno));
	/* Before listen() nobody can connect: the mode is set before the first client. */
	if (chmod(a->socket_path, 0660) != 0 || (group && chown(a->socket_path, (uid_t)-1, gid) != 0) ||
	    listen(a->listen_fd, 64) != 0) {
		rc = connector_error(a->c, BB_EUNAVAILABLE, "%s: cannot listen: %s", a->socket_path,
				     strerror(errno));
		unlink(a->socket_path);
		return rc;
	}
	a->lev = evconnlistener_new(a->base, NULL, NULL, LEV_OPT_CLOSE_ON_FREE | LEV_OPT_CLOSE_ON_EXEC,
				    -1, a->listen_fd);
	if (a->lev)
		a->listen_fd = -1;     /* the listener owns it */
	if (!a->lev || (a->sock = evhttp_bind_listener(a->http, a->lev)) == NULL) {
		unlink(a->socket_path);
		return connector_error(a->c, BB_ENOMEM, "%s: cannot listen", a->socket_path);
	}
	a->bound = 1;          /* evhttp owns the listener now */
	return BB_OK;
}

static int listen_tcp(bb_api *a)
{
	int port;

	a->sock = evhttp_bind_socket_with_handle(a->http, a->host, (ev_uint16_t)a->port);
	if (!a->sock)
		return connector_error(a->c, BB_EUNAVAILABLE, "[api]: cannot listen on %s:%d: %s", a->host,
				       a->port, strerror(errno));
	port = conns_tcp_bound(evhttp_bound_socket_get_fd(a->sock));
	if (port >= 0)
		a->port = port;
	a->address = str_printf(strchr(a->host, ':') ? "%s://[%s]:%d" : "%s://%s:%d",
				a->ctx ? "https" : "http", a->host, a->port);
	return a->address ? BB_OK : connector_error(a->c, BB_ENOMEM, "out of memory");
}

int api_listen(bb_api *a, const char *group)
{
	int rc = conns_start(&a->pool, a->c, a->base, "api");

	if (rc != BB_OK)
		return rc;
	a->pool.owner = a;
	a->pool.own_answer = own_answer;
	conns_fit_fd_limit(&a->pool);
	evhttp_set_bevcb(a->http, api_bev, a);
	rc = a->socket_path ? listen_unix(a, group) : listen_tcp(a);
	if (rc != BB_OK)
		return rc;
	conns_listen(&a->pool, evhttp_bound_socket_get_listener(a->sock));
	return BB_OK;
}

void api_listen_close(bb_api *a)
{
	/* evhttp_free (before this) closed the connections; what is left goes with the base */
	conns_free_events(&a->pool);
}

void api_listen_free(bb_api *a)
{
	conns_free(&a->pool);
	SSL_CTX_free(a->ctx);
	a->ctx = NULL;
	mutex_destroy(&a->ctx_lock);
	free(a->host);
}

/*
 * SIGHUP: over HTTPS, the [api] certificate, key and CA file as they are
 * now, for connections from now on (tls_ctx_swap); connections open now
 * keep theirs. On the Unix socket or plain TCP there is nothing of the
 * API's own to read again.
 */
int bb_api_reload(bb_api *a)
{
	if (!a)
		return BB_EINVAL;
	return a->tls ? server_tls_listener_reload(a->c, "api", &a->c->cfg->api, &a->ctx, &a->ctx_lock) : BB_OK;
}

void api_actor(bb_api *a, struct evhttp_request *req, char *out, size_t size)
{
	server_conn *c = conn_of(&a->pool, req);
	char *cn = NULL, *pem = a->tls ? server_peer_pem(req, &cn) : NULL;

	if (cn)
		snprintf(out, size, "api:cert CN=%s", cn);
	else if (c && c->addr[0])
		snprintf(out, size, "api:%s", c->addr);
	else
		snprintf(out, size, "api:%s", a->socket_path ? "unix-socket" : "tcp");
	free(cn);
	free(pem);
}
