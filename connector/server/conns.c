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
 *    and accepting pauses while SERVER_ACCEPT_BURST new connections wait
 *    to be looked at, so a flood cannot run the process out of them.
 *
 * A connection is closed with shutdown(): libevent then reads the end and
 * frees it by its own path, so nothing here frees libevent's objects. The
 * record is freed with the bufferevent (the SSL's ex_data). evhttp hands
 * us no connection at accept, only the bufferevent before its socket is
 * set, so the peer's address is looked at an instant later (admit_ev).
 */
#include "server/server.h"

#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
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

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void set_reading_deadline(server_conn *c)
{
	bb_server *s = c->s;
	double grown = c->req_since + s->header_timeout + (double)c->req_bytes / SERVER_MIN_RATE;
	double cap = c->req_since + s->request_timeout;

	c->deadline = grown < cap ? grown : cap;
}

static void become_idle(server_conn *c)
{
	c->state = CONN_IDLE;
	c->req_since = 0;
	c->req_bytes = 0;
	c->deadline = now_s() + c->s->timeout;
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
	if (c->state == CONN_IDLE)
		c->state = CONN_READING;
	if (c->state == CONN_READING)
		set_reading_deadline(c);
}

/* The listening socket's listener, or NULL (none yet, or stopping). */
static struct evconnlistener *listener(bb_server *s)
{
	return s->sock ? evhttp_bound_socket_get_listener(s->sock) : NULL;
}

server_conn *conn_new(bb_server *s, struct bufferevent *bev)
{
	server_conn *c = calloc(1, sizeof *c);

	if (!c)
		return NULL;
	c->s = s;
	c->bev = bev;
	c->accepted = now_s();
	c->state = CONN_HANDSHAKE;
	c->deadline = c->accepted + s->handshake_timeout;
	c->prev = s->conns_tail;
	if (s->conns_tail)
		s->conns_tail->next = c;
	else
		s->conns = c;
	s->conns_tail = c;
	s->live++;
	s->records++;
	s->unadmitted++;
	/* Look at its address once evhttp has given the bufferevent its socket. */
	event_active(s->admit_ev, EV_TIMEOUT, 1);
	conns_gate(s);
	return c;
}

/*
 * A flood waits in the kernel's backlog, not in our file descriptors:
 * accepting pauses while SERVER_ACCEPT_BURST connections wait to be
 * looked at, or while the connections still open (doomed ones hold their
 * socket until libevent has seen the end) would leave the process too few
 * file descriptors of its own.
 */
void conns_gate(bb_server *s)
{
	struct evconnlistener *lev = listener(s);
	unsigned most = s->conn_cap + SERVER_ACCEPT_BURST;

	if (!lev)
		return;
	if (s->fd_room && most > s->fd_room)
		most = s->fd_room;
	if (s->stopping || s->accept_paused || s->unadmitted >= SERVER_ACCEPT_BURST ||
	    s->records >= most)
		evconnlistener_disable(lev);
	else
		evconnlistener_enable(lev);
}

struct bufferevent *server_accept_bev(struct event_base *base, void *arg)
{
	(void)base;
	return server_tls_bev(arg);
}

/* The count of this address, made when it is new; NULL when out of memory. */
static peer_count *peer_of(bb_server *s, const char *addr)
{
	peer_count *p;

	for (p = s->peers; p; p = p->next)
		if (strcmp(p->addr, addr) == 0)
			return p;
	p = calloc(1, sizeof *p);
	if (!p)
		return NULL;
	memcpy(p->addr, addr, sizeof p->addr);
	p->next = s->peers;
	s->peers = p;
	return p;
}

static void uncount(server_conn *c)
{
	peer_count **pp;

	if (!c->counted)
		return;
	if (--c->counted->n == 0) {
		for (pp = &c->s->peers; *pp && *pp != c->counted; pp = &(*pp)->next)
			;
		if (*pp)
			*pp = c->counted->next;
		free(c->counted);
	}
	c->counted = NULL;
}

void conn_gone(server_conn *c)
{
	bb_server *s;

	if (!c)
		return;
	s = c->s;
	uncount(c);
	if (!c->admitted && s->unadmitted)
		s->unadmitted--;
	s->records--;
	if (c->prev)
		c->prev->next = c->next;
	else
		s->conns = c->next;
	if (c->next)
		c->next->prev = c->prev;
	else
		s->conns_tail = c->prev;
	if (!c->doomed)
		s->live--;
	free(c);
	conns_gate(s);
}

server_conn *conn_of(bb_server *s, struct evhttp_request *req)
{
	struct evhttp_connection *evcon = req ? evhttp_request_get_connection(req) : NULL;
	struct bufferevent *bev = evcon ? evhttp_connection_get_bufferevent(evcon) : NULL;
	server_conn *c;

	for (c = s->conns; bev && c; c = c->next)
		if (c->bev == bev)
			return c;
	return NULL;
}

void conn_drop(server_conn *c, enum conn_drop why)
{
	bb_server *s = c->s;
	evutil_socket_t fd = c->bev ? bufferevent_getfd(c->bev) : -1;

	if (c->doomed)
		return;
	c->doomed = 1;
	c->deadline = 0;
	s->live--;
	uncount(c);
	s->dropped[why]++;
	memcpy(s->dropped_addr[why], c->addr, sizeof c->addr);
	if (fd >= 0)
		shutdown(fd, SHUT_RDWR);
}

/* How many live connections present this one's client certificate. */
static unsigned count_same_cert(const bb_server *s, const server_conn *me)
{
	const server_conn *c;
	unsigned n = 0;

	for (c = s->conns; c; c = c->next)
		if (!c->doomed && c->has_peer && memcmp(c->peer_id, me->peer_id, sizeof c->peer_id) == 0)
			n++;
	return n;
}

/*
 * Push out a connection that does nothing yet (handshaking or idle): from
 * the address with the most connections, handshaking before idle, the
 * oldest first. So a flood from a few addresses loses its own.
 */
static int evict_one(bb_server *s, const server_conn *except, enum conn_drop why)
{
	server_conn *c, *victim = NULL;
	unsigned best = 0, n;

	for (c = s->conns; c; c = c->next) {
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
		strcpy(c->addr, "local");
		return;
	}
	if (a && !inet_ntop(family, a, c->addr, sizeof c->addr))
		strcpy(c->addr, "?");
}

/* New connections: their address against max_connections_per_peer, the total against max_connections. */
static void admit(evutil_socket_t fd, short what, void *arg)
{
	bb_server *s = arg;
	server_conn *c, *next;

	(void)fd; (void)what;
	for (c = s->conns; c; c = next) {
		next = c->next;
		if (c->admitted || c->doomed)
			continue;
		c->admitted = 1;
		if (s->unadmitted)
			s->unadmitted--;
		peer_address(c);
		c->counted = peer_of(s, c->addr);
		if (c->counted)
			c->counted->n++;
		if (c->counted && c->counted->n > s->max_per_peer)
			conn_drop(c, DROP_PEER);
		else if (s->live > s->conn_cap && !evict_one(s, c, DROP_EVICTED))
			c->busy = 1;   /* every slot is working: this one gets a 503 */
	}
	s->unadmitted = 0;
	conns_gate(s);
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
	if (!c->doomed && count_same_cert(c->s, c) > c->s->max_per_peer) {
		conn_drop(c, DROP_PEER);
		event_active(c->s->admit_ev, EV_TIMEOUT, 1);
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

void conns_out_of_fds(bb_server *s)
{
	int i;

	/* a few, oldest first: enough room to accept again and to work */
	for (i = 0; i < 8 && evict_one(s, NULL, DROP_NOFD); i++)
		;
}

static const char *const drop_words[] = {
	[DROP_HANDSHAKE] = "no TLS handshake within handshake_timeout",
	[DROP_HEADER] = "a request not read by its deadline (header_timeout, request_timeout)",
	[DROP_IDLE] = "idle longer than timeout",
	[DROP_PEER] = "over max_connections_per_peer",
	[DROP_EVICTED] = "idle or handshaking when max_connections was reached",
	[DROP_NOFD] = "idle or handshaking when the process ran out of file descriptors",
};

/* One warning per reason every SERVER_DROP_LOG_EVERY s at most, however many connections. */
static void log_drops(bb_server *s, double now, int now_anyway)
{
	size_t i;

	if (!now_anyway && now < s->dropped_logged + SERVER_DROP_LOG_EVERY)
		return;
	s->dropped_logged = now;
	for (i = 0; i < sizeof drop_words / sizeof *drop_words; i++) {
		if (!s->dropped[i])
			continue;
		log_msg(s->c, i == DROP_IDLE ? BB_LOG_DEBUG : BB_LOG_WARN,
			"server: closed %lu connection(s), the last from %s: %s", s->dropped[i],
			s->dropped_addr[i][0] ? s->dropped_addr[i] : "?", drop_words[i]);
		s->dropped[i] = 0;
	}
}

static void sweep(evutil_socket_t fd, short what, void *arg)
{
	bb_server *s = arg;
	double now = now_s();
	server_conn *c, *next;

	(void)fd; (void)what;
	for (c = s->conns; c; c = next) {
		next = c->next;
		if (c->doomed || c->state == CONN_TAKEN || c->deadline == 0 || now < c->deadline)
			continue;
		conn_drop(c, c->state == CONN_HANDSHAKE ? DROP_HANDSHAKE
			     : c->state == CONN_READING ? DROP_HEADER : DROP_IDLE);
	}
	log_drops(s, now, 0);
}

void conns_log_now(bb_server *s)
{
	log_drops(s, now_s(), 1);
}

int conns_start(bb_server *s)
{
	struct timeval tv = { 0, SERVER_SWEEP_MS * 1000 };

	s->admit_ev = event_new(s->base, -1, 0, admit, s);
	s->sweep_ev = event_new(s->base, -1, EV_PERSIST, sweep, s);
	if (!s->admit_ev || !s->sweep_ev)
		return connector_error(s->c, BB_ENOMEM, "out of memory");
	if (event_add(s->sweep_ev, &tv) != 0)
		return connector_error(s->c, BB_ERROR, "cannot start the server's timer");
	return BB_OK;
}
