/*
 * Every connection from accept to close, and the limits an attacker must
 * not be able to exhaust (docs/security.md):
 *
 *  - a TLS handshake must finish within handshake_timeout, a request must
 *    be read by its deadline (header_timeout after its first byte, growing
 *    with the bytes that arrive, at most request_timeout), and a connection
 *    idle between requests goes after timeout: slow or silent clients are
 *    cut off whatever they trickle;
 *  - one address, and one client certificate, may hold at most
 *    max_connections_per_peer connections: the rest are closed at once;
 *  - when max_connections is reached, a new connection pushes out one
 *    that is still handshaking or idle, taken from the address that holds
 *    the most connections (the oldest of those): connections that do
 *    nothing cannot keep a working client out, and an attacker's many
 *    connections go before a client's one; only when every connection is
 *    reading or being answered does the newcomer get a 503;
 *  - max_connections is kept below the process's file-descriptor limit,
 *    and accepting pauses while CONN_ACCEPT_BURST new connections wait
 *    to be looked at, so a flood cannot run the process out of them.
 *
 * A connection is closed with shutdown(): libevent then reads the end and
 * frees it by its own path, so nothing here frees libevent's objects. The
 * record is freed with the bufferevent (the SSL's ex_data for TLS, the
 * context of a pass-through filter for plain connections). evhttp hands
 * us no connection at accept, only the bufferevent before its socket is
 * set, so the peer's address is looked at an instant later (admit_ev).
 */
#include "server/conns.h"

#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/bufferevent_ssl.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/listener.h>

#include "connector.h"
#include "log.h"

static void conns_release_all(conn_pool *p);

static int let_go(server_conn *c);
static void release(server_conn *c);

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void set_reading_deadline(server_conn *c)
{
	conn_pool *p = c->pool;
	double grown = c->req_since + p->header_timeout + (double)c->req_bytes / CONN_MIN_RATE;
	double cap = c->req_since + p->request_timeout;

	c->deadline = grown < cap ? grown : cap;
}

static void become_idle(server_conn *c)
{
	c->state = CONN_IDLE;
	c->req_since = 0;
	c->req_bytes = 0;
	c->deadline = now_s() + c->pool->timeout;
}

/* Bytes of a request arrived (evbuffer callback on the plaintext input). */
void conn_on_input(struct evbuffer *buf, const struct evbuffer_cb_info *info, void *arg)
{
	server_conn *c = arg;

	(void)buf;
	if (!info->n_added || c->state == CONN_TAKEN)
		return;
	if (c->req_since == 0) {
		c->req_since = now_s();
		c->req_bytes = 0;
	}
	c->req_bytes += info->n_added;
	/* without TLS, the first byte ends the wait for a request to begin */
	if (c->state == CONN_IDLE || (c->state == CONN_HANDSHAKE && !c->tls))
		c->state = CONN_READING;
	if (c->state == CONN_READING)
		set_reading_deadline(c);
}

/* The three digits of a status line's code ("413"), or -1. */
static int status_of_line(const char *p)
{
	if (p[0] < '1' || p[0] > '5' || p[1] < '0' || p[1] > '9' || p[2] < '0' || p[2] > '9')
		return -1;
	return (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');
}

/*
 * What evhttp writes on a connection whose request our handler never got
 * is libevent's own answer: 400 for a request it cannot read as HTTP, 413
 * for headers or a body over its limits, 417 for an Expect it does not
 * know, 501 for a method it does not take. Each is HTML, in libevent's
 * words, and no handler of ours hears of it, so it would go unaudited. The
 * pool owner (own_answer) writes its own answer of the same status in its
 * place: the first line tells which answer it is; everything evhttp writes
 * after it for this answer, headers and HTML, is dropped, and the
 * connection closes after it as evhttp meant. An interim "100 Continue"
 * and an answer behind another still unsent (pipelining) are left alone.
 */
static void conn_on_output(struct evbuffer *buf, const struct evbuffer_cb_info *info, void *arg)
{
	server_conn *c = arg;
	char head[13];
	int status;

	if (c->in_rewrite || !info->n_added)
		return;
	c->in_rewrite = 1;
	if (c->rewriting) {
		/* keep our answer, drop what evhttp added after it */
		struct evbuffer *keep = evbuffer_new();
		if (keep) {
			evbuffer_remove_buffer(buf, keep, c->ours);
			evbuffer_drain(buf, evbuffer_get_length(buf));
			evbuffer_add_buffer(buf, keep);
			evbuffer_free(keep);
		}
	} else if (c->state != CONN_TAKEN && info->orig_size == 0 && c->pool->own_answer &&
		   evbuffer_copyout(buf, head, 12) == 12 && memcmp(head, "HTTP/1.", 7) == 0 &&
		   (status = status_of_line(head + 9)) >= 400) {
		evbuffer_drain(buf, evbuffer_get_length(buf));
		c->pool->own_answer(c->pool, c, status, buf);
		c->ours = evbuffer_get_length(buf);
		c->rewriting = 1;
	}
	c->in_rewrite = 0;
}

const char *conns_own_title(int status)
{
	switch (status) {
	case 400: return "Bad Request";
	case 413: return "Payload Too Large";
	case 417: return "Expectation Failed";
	case 501: return "Not Implemented";
	default: return status >= 500 ? "Server Error" : "Bad Request";
	}
}

const char *conns_own_reason(int status, size_t request_bytes, size_t max_headers)
{
	switch (status) {
	case 400: return request_bytes > max_headers
			 ? "not readable as HTTP/1.1: the request line and headers over their limit, or a malformed chunk"
			 : "not readable as HTTP/1.1: a malformed request line, header or chunk";
	case 413: return request_bytes <= max_headers ? "a body over twice max_body"
			 : "the request line and headers over their limit, or a body over twice max_body";
	case 417: return "an Expect header other than 100-continue";
	case 501: return "a method this server does not take";
	default: return "refused by the HTTP layer";
	}
}

server_conn *conn_new(conn_pool *p, struct bufferevent *bev)
{
	server_conn *c = calloc(1, sizeof *c);

	if (!c)
		return NULL;
	c->pool = p;
	c->bev = bev;
	c->accepted = now_s();
	c->state = CONN_HANDSHAKE;
	c->deadline = c->accepted + p->handshake_timeout;
	c->prev = p->conns_tail;
	if (p->conns_tail)
		p->conns_tail->next = c;
	else
		p->conns = c;
	p->conns_tail = c;
	p->live++;
	p->records++;
	p->unadmitted++;
	/* Look at its address once evhttp has given the bufferevent its socket. */
	event_active(p->admit_ev, EV_TIMEOUT, 1);
	conns_gate(p);
	return c;
}

/* The count of this address, made when it is new; NULL when out of memory. */
static peer_count *peer_of(conn_pool *pool, const char *addr)
{
	peer_count *p;

	for (p = pool->peers; p; p = p->next)
		if (strcmp(p->addr, addr) == 0)
			return p;
	p = calloc(1, sizeof *p);
	if (!p)
		return NULL;
	memcpy(p->addr, addr, sizeof p->addr);
	p->next = pool->peers;
	pool->peers = p;
	return p;
}

static void uncount(server_conn *c)
{
	peer_count **pp;

	if (!c->counted)
		return;
	if (--c->counted->n == 0) {
		for (pp = &c->pool->peers; *pp && *pp != c->counted; pp = &(*pp)->next)
			;
		if (*pp)
			*pp = c->counted->next;
		free(c->counted);
	}
	c->counted = NULL;
}

void conn_gone(server_conn *c)
{
	conn_pool *p;

	if (!c)
		return;
	p = c->pool;
	uncount(c);
	if (!c->admitted && p->unadmitted)
		p->unadmitted--;
	p->records--;
	if (c->prev)
		c->prev->next = c->next;
	else
		p->conns = c->next;
	if (c->next)
		c->next->prev = c->prev;
	else
		p->conns_tail = c->prev;
	if (!c->doomed)
		p->live--;
	free(c);
	conns_gate(p);
}

server_conn *conn_of(conn_pool *p, struct evhttp_request *req)
{
	struct evhttp_connection *evcon = req ? evhttp_request_get_connection(req) : NULL;
	struct bufferevent *bev = evcon ? evhttp_connection_get_bufferevent(evcon) : NULL;
	server_conn *c;

	for (c = p->conns; bev && c; c = c->next)
		if (c->bev == bev)
			return c;
	return NULL;
}

/* Close a connection (shutdown: libevent sees the end and frees it). */
static void conn_drop(server_conn *c, enum conn_drop why)
{
	conn_pool *p = c->pool;
	evutil_socket_t fd = c->bev ? bufferevent_getfd(c->bev) : -1;

	if (c->doomed)
		return;
	c->doomed = 1;
	c->deadline = 0;
	p->live--;
	uncount(c);
	p->dropped[why]++;
	memcpy(p->dropped_addr[why], c->addr, sizeof c->addr);
	if (fd >= 0)
		shutdown(fd, SHUT_RDWR);
}

/* How many live connections present this one's client certificate. */
static unsigned count_same_cert(const conn_pool *p, const server_conn *me)
{
	const server_conn *c;
	unsigned n = 0;

	for (c = p->conns; c; c = c->next)
		if (!c->doomed && c->has_peer && memcmp(c->peer_id, me->peer_id, sizeof c->peer_id) == 0)
			n++;
	return n;
}

/*
 * Push out a connection that does nothing yet (handshaking or idle): from
 * the address with the most connections, handshaking before idle, the
 * oldest first. So a flood from a few addresses loses its own.
 */
static int evict_one(conn_pool *p, const server_conn *except, enum conn_drop why)
{
	server_conn *c, *victim = NULL;
	unsigned best = 0, n;

	for (c = p->conns; c; c = c->next) {
		if (c == except || c->doomed || (c->state != CONN_HANDSHAKE && c->state != CONN_IDLE))
			continue;
		n = c->counted ? c->counted->n : 1;
		if (!victim || n > best ||
		    (n == best && c->state == CONN_HANDSHAKE && victim->state != CONN_HANDSHAKE)) {
			victim = c;
			best = n;
		}
	}
	if (!victim)
		return 0;
	conn_drop(victim, why);
	return 1;
}

/*
 * How stale a connection of a peer over its cap is, as a victim: 0 when it
 * must not be closed for a newcomer; else the higher, the sooner. Idle
 * between requests (its client opens another when it needs one) comes
 * first; then, the one that has waited longest for its client, still
 * handshaking (or, without TLS, silent) or with a request arriving slowly.
 * A request arriving at CONN_MIN_RATE or more (an upload: 16 KiB in its
 * first second, and on) and one with the handler are never chosen. A
 * connection's youth is its protection: a burst of newcomers pushes out
 * the oldest first, so each one lives as long as max_connections_per_peer
 * newer ones take to come.
 */
static double staleness(const server_conn *c, double now)
{
	double age;

	/* the two classes lie 1e9 apart, more than any monotonic time here */
	switch (c->state) {
	case CONN_IDLE:
		return 2e9 - (c->deadline - c->pool->timeout);
	case CONN_HANDSHAKE:
		return 1e9 - c->accepted;
	case CONN_READING:
		age = now - c->req_since;
		return (double)c->req_bytes < CONN_MIN_RATE * (age > 1 ? age : 1) ? 1e9 - c->req_since : 0;
	case CONN_TAKEN:
		break;
	}
	return 0;
}

/*
 * A peer went over max_connections_per_peer with `newcomer`. A peer is
 * often many clients: every process on the machine is 127.0.0.1, a user's
 * programs share a uid on the Unix socket, a practice sits behind one NAT
 * address. Closing the newcomer always let one of them hold every slot
 * (silent or slowloris) and lock the others out. So the peer's stalest
 * connection (staleness) makes room instead; when none is stale, the
 * newcomer goes, as before. A connection that is working (a request
 * arriving at pace, or with the handler) is never closed for a newcomer,
 * and a flood only ever closes its own peer's connections.
 */
static void over_peer_cap(conn_pool *p, server_conn *newcomer, int by_cert)
{
	server_conn *c, *victim = NULL;
	double stale, best = 0, now = now_s();

	for (c = p->conns; c; c = c->next) {
		if (c == newcomer || c->doomed)
			continue;
		if (by_cert ? !c->has_peer || memcmp(c->peer_id, newcomer->peer_id, sizeof c->peer_id) != 0
			    : c->counted != newcomer->counted)
			continue;
		stale = staleness(c, now);
		if (stale > best) {
			victim = c;
			best = stale;
		}
	}
	conn_drop(victim ? victim : newcomer, DROP_PEER);
}

static void peer_address(server_conn *c)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;
	evutil_socket_t fd = bufferevent_getfd(c->bev);
	const void *a = NULL;
	int family;

	strcpy(c->addr, "?");
	if (fd < 0 || getpeername(fd, (struct sockaddr *)&ss, &len) != 0)
		return;
	family = ss.ss_family;
	if (family == AF_INET) {
		a = &((struct sockaddr_in *)&ss)->sin_addr;
	} else if (family == AF_INET6) {
		const struct in6_addr *v6 = &((struct sockaddr_in6 *)&ss)->sin6_addr;
		/* an IPv4 client on a dual-stack socket counts as that IPv4 address */
		if (IN6_IS_ADDR_V4MAPPED(v6)) {
			family = AF_INET;
			a = &v6->s6_addr[12];
		} else {
			a = v6;
		}
	} else if (family == AF_UNIX) {
		/* on a Unix socket the peer is a local user: each uid is counted apart */
		struct ucred cred;
		socklen_t clen = sizeof cred;
		if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &clen) == 0)
			snprintf(c->addr, sizeof c->addr, "uid %lu", (unsigned long)cred.uid);
		else
			strcpy(c->addr, "local");
		return;
	}
	if (a && !inet_ntop(family, a, c->addr, sizeof c->addr))
		strcpy(c->addr, "?");
}

/* New connections: their address against max_connections_per_peer, the total against max_connections. */
static void admit(evutil_socket_t fd, short what, void *arg)
{
	conn_pool *p = arg;
	server_conn *c, *next;

	(void)fd; (void)what;
	for (c = p->conns; c; c = next) {
		next = c->next;
		if (c->admitted || c->doomed)
			continue;
		c->admitted = 1;
		if (p->unadmitted)
			p->unadmitted--;
		peer_address(c);
		c->counted = peer_of(p, c->addr);
		if (c->counted)
			c->counted->n++;
		if (c->counted && c->counted->n > p->max_per_peer)
			over_peer_cap(p, c, 0);
		else if (p->live > p->conn_cap && !evict_one(p, c, DROP_EVICTED))
			c->busy = 1;   /* every slot is working: this one gets a 503 */
	}
	p->unadmitted = 0;
	conns_gate(p);
}

void conn_handshake_done(server_conn *c, const unsigned char peer_id[32])
{
	if (c->state != CONN_HANDSHAKE)
		return;   /* TLS 1.3 says "done" again after a session ticket */
	memcpy(c->peer_id, peer_id, sizeof c->peer_id);
	c->has_peer = 1;
	if (c->req_since) {
		c->state = CONN_READING;   /* the request came with the handshake's last flight */
		set_reading_deadline(c);
	} else {
		become_idle(c);
	}
	if (!c->doomed && count_same_cert(c->pool, c) > c->pool->max_per_peer) {
		over_peer_cap(c->pool, c, 1);
		event_active(c->pool->admit_ev, EV_TIMEOUT, 1);
	}
}

void conn_request_taken(server_conn *c)
{
	c->state = CONN_TAKEN;
	c->deadline = 0;
	c->req_since = 0;
	c->req_bytes = 0;
}

void conn_answered(server_conn *c)
{
	struct evbuffer *in = c->bev ? bufferevent_get_input(c->bev) : NULL;

	if (c->state != CONN_TAKEN)
		return;
	become_idle(c);
	/* the next request was here already (pipelined): its clock runs from now */
	if (in && evbuffer_get_length(in) > 0) {
		c->state = CONN_READING;
		c->req_since = now_s();
		c->req_bytes = evbuffer_get_length(in);
		set_reading_deadline(c);
	}
}

void conns_out_of_fds(conn_pool *p)
{
	int i;

	/* a few, oldest first: enough room to accept again and to work */
	for (i = 0; i < 8 && evict_one(p, NULL, DROP_NOFD); i++)
		;
}

static const char *const drop_words[] = {
	[DROP_HANDSHAKE] = "no TLS handshake (or, without TLS, no request) within handshake_timeout",
	[DROP_HEADER] = "a request not read by its deadline (header_timeout, request_timeout)",
	[DROP_IDLE] = "idle longer than timeout",
	[DROP_PEER] = "over max_connections_per_peer",
	[DROP_EVICTED] = "idle or handshaking when max_connections was reached",
	[DROP_NOFD] = "idle or handshaking when the process ran out of file descriptors",
};

/* One warning per reason every CONN_DROP_LOG_EVERY s at most, however many connections. */
static void log_drops(conn_pool *p, double now, int now_anyway)
{
	size_t i;

	if (!now_anyway && now < p->dropped_logged + CONN_DROP_LOG_EVERY)
		return;
	p->dropped_logged = now;
	for (i = 0; i < sizeof drop_words / sizeof *drop_words; i++) {
		if (!p->dropped[i])
			continue;
		log_msg(p->c, i == DROP_IDLE ? BB_LOG_DEBUG : BB_LOG_WARN,
			"%s: closed %lu connection(s), the last from %s: %s", p->name, p->dropped[i],
			p->dropped_addr[i][0] ? p->dropped_addr[i] : "?", drop_words[i]);
		p->dropped[i] = 0;
	}
}

static void sweep(evutil_socket_t fd, short what, void *arg)
{
	conn_pool *p = arg;
	double now = now_s();
	server_conn *c, *next;

	(void)fd; (void)what;
	for (c = p->conns; c; c = next) {
		next = c->next;
		if (let_go(c)) {
			release(c);
			continue;
		}
		if (c->doomed || c->state == CONN_TAKEN || c->deadline == 0 || now < c->deadline)
			continue;
		conn_drop(c, c->state == CONN_HANDSHAKE ? DROP_HANDSHAKE
			     : c->state == CONN_READING ? DROP_HEADER : DROP_IDLE);
	}
	log_drops(p, now, 0);
}

conn_pool *conns_pool_of_event(const struct event *ev)
{
	return event_get_callback(ev) == sweep ? event_get_callback_arg(ev) : NULL;
}

void conns_log_now(conn_pool *p)
{
	log_drops(p, now_s(), 1);
}

int conns_start(conn_pool *p, bb_connector *c, struct event_base *base, const char *name)
{
	struct timeval tv = { 0, CONN_SWEEP_MS * 1000 };

	p->c = c;
	p->base = base;
	p->name = name;
	p->admit_ev = event_new(p->base, -1, 0, admit, p);
	p->sweep_ev = event_new(p->base, -1, EV_PERSIST, sweep, p);
	if (!p->admit_ev || !p->sweep_ev)
		return connector_error(p->c, BB_ENOMEM, "out of memory");
	if (event_add(p->sweep_ev, &tv) != 0)
		return connector_error(p->c, BB_ERROR, "cannot start the %s's timer", name);
	return BB_OK;
}

void conns_free_events(conn_pool *p)
{
	p->lev = NULL;
	p->stopping = 1;
	/* evhttp_free has freed its connections: the plain ones' last reference is ours */
	conns_release_all(p);
	if (p->admit_ev)
		event_free(p->admit_ev);
	if (p->sweep_ev)
		event_free(p->sweep_ev);
	if (p->resume_ev)
		event_free(p->resume_ev);
	p->admit_ev = p->sweep_ev = p->resume_ev = NULL;
}

void conns_free(conn_pool *p)
{
	while (p->peers) {
		peer_count *n = p->peers;
		p->peers = n->next;
		free(n);
	}
}

/*
 * A plain connection: libevent has no hook for the moment evhttp frees a
 * plain bufferevent (a TLS one tells us through its SSL). So the pool
 * holds a reference of its own, which keeps the record's pointer valid,
 * and the sweep lets go once evhttp has: bufferevent_free clears the
 * callbacks evhttp set. The socket is shut down by evhttp at once and
 * closed when the last reference goes, a sweep (CONN_SWEEP_MS) later.
 */
struct bufferevent *conn_plain_bev(conn_pool *p)
{
	struct bufferevent *bev = bufferevent_socket_new(p->base, -1, BEV_OPT_CLOSE_ON_FREE);
	server_conn *c;

	if (!bev)
		return NULL;
	c = conn_new(p, bev);
	if (c)
		c->input_cb = evbuffer_add_cb(bufferevent_get_input(bev), conn_on_input, c);
	if (c && c->input_cb)
		c->output_cb = evbuffer_add_cb(bufferevent_get_output(bev), conn_on_output, c);
	if (!c || !c->input_cb || !c->output_cb) {
		conn_gone(c);
		bufferevent_free(bev);
		return NULL;
	}
	bufferevent_incref(bev);
	c->held = 1;
	return bev;
}

/* Let go of a plain connection's bufferevent, and forget the connection. */
static void release(server_conn *c)
{
	struct bufferevent *bev = c->bev;

	evbuffer_remove_cb_entry(bufferevent_get_input(bev), c->input_cb);
	evbuffer_remove_cb_entry(bufferevent_get_output(bev), c->output_cb);
	bufferevent_disable(bev, EV_READ | EV_WRITE);
	conn_gone(c);
	bufferevent_decref(bev);
}

/* Has evhttp freed this plain connection's bufferevent (its callbacks are gone)? */
static int let_go(server_conn *c)
{
	bufferevent_data_cb r = NULL, w = NULL;
	bufferevent_event_cb e = NULL;

	if (!c->held || !c->admitted)
		return 0;   /* evhttp sets its callbacks before the connection is admitted */
	bufferevent_getcb(c->bev, &r, &w, &e, NULL);
	return !r && !w && !e;
}

void conn_watch_output(server_conn *c)
{
	evbuffer_add_cb(bufferevent_get_output(c->bev), conn_on_output, c);
}

/* Let go of every plain connection's bufferevent (after evhttp_free). */
static void conns_release_all(conn_pool *p)
{
	server_conn *c, *next;

	for (c = p->conns; c; c = next) {
		next = c->next;
		if (c->held)
			release(c);
	}
}
