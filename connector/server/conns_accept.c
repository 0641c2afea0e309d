/*
 * Accepting, for a connection pool (conns.h): when to take new connections
 * from the kernel and when to leave them in its backlog, so that a flood
 * can neither run the process out of file descriptors nor make it spin.
 */
#include "server/conns.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>

#include <event2/event.h>
#include <event2/listener.h>
#include <event2/util.h>

#include "connector.h"
#include "log.h"

/*
 * A flood waits in the kernel's backlog, not in our file descriptors:
 * accepting pauses while CONN_ACCEPT_BURST connections wait to be
 * looked at, or while the connections still open (doomed ones hold their
 * socket until libevent has seen the end) would leave the process too few
 * file descriptors of its own.
 */
void conns_gate(conn_pool *p)
{
	unsigned most = p->conn_cap + CONN_ACCEPT_BURST;

	if (!p->lev)
		return;
	if (p->fd_room && most > p->fd_room)
		most = p->fd_room;
	if (p->stopping || p->accept_paused || p->unadmitted >= CONN_ACCEPT_BURST ||
	    p->records >= most)
		evconnlistener_disable(p->lev);
	else
		evconnlistener_enable(p->lev);
}

/* File descriptors open now, counted up to `limit`. */
static unsigned open_fds(rlim_t limit)
{
	unsigned n = 0;
	rlim_t fd;

	for (fd = 0; fd < limit; fd++)
		if (fcntl((int)fd, F_GETFD) != -1)
			n++;
	return n;
}

/*
 * Every connection costs a file descriptor, and a flood must not take the
 * last one the store, the logs or the journal need. So connections may
 * hold at most fd_room descriptors: what the limit (ulimit -n) leaves
 * after those open now and CONN_FD_RESERVE more (conns_gate stops
 * accepting there), and max_connections is kept to three quarters of
 * that, the rest being room for new connections to be looked at and
 * closed ones to be freed. The library does not raise the limit: that is
 * the process's call.
 */
void conns_fit_fd_limit(conn_pool *p)
{
	struct rlimit rl;
	unsigned used, room;

	p->conn_cap = p->max_connections;
	p->fd_room = 0;
	if (getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY ||
	    rl.rlim_cur > 1u << 20)
		return;
	used = open_fds(rl.rlim_cur);
	room = rl.rlim_cur > used + CONN_FD_RESERVE + 4 ? (unsigned)rl.rlim_cur - used - CONN_FD_RESERVE
							: 4;
	p->fd_room = room;
	if (room - room / 4 < p->conn_cap) {
		p->conn_cap = room - room / 4;
		log_msg(p->c, BB_LOG_WARN, "%s: max_connections = %u does not fit the process's limit"
			" of %lu open files (ulimit -n; %u open now); taking %u connections at a time",
			p->name, p->max_connections, (unsigned long)rl.rlim_cur, used, p->conn_cap);
	}
}

static void resume_accepting(evutil_socket_t fd, short what, void *arg)
{
	conn_pool *p = arg;

	(void)fd; (void)what;
	p->accept_paused = 0;
	conns_gate(p);
}

/*
 * The pool listening on `lev`, found among its loop's events by the pool's
 * sweep event. (Not by resume_ev: that timer is added only after this
 * search, and the search sees added events only, so it found nothing and
 * accept() failures went unhandled.)
 */
typedef struct pool_search {
	const struct evconnlistener *lev;
	conn_pool *pool;
} pool_search;

static int find_pool(const struct event_base *base, const struct event *ev, void *arg)
{
	pool_search *s = arg;
	conn_pool *p = conns_pool_of_event(ev);

	(void)base;
	if (!p || p->lev != s->lev)
		return 0;
	s->pool = p;
	return 1;
}

/*
 * accept() failed, typically EMFILE: the process is out of file
 * descriptors. Without this libevent would print to stderr and try again
 * at once, spinning. We close the oldest connections that do nothing yet
 * (handshaking, idle), so a working client can get in, and pause
 * accepting for a quarter of a second. The callback's argument is
 * evhttp's, so the pool is found by its loop.
 */
static void accept_failed(struct evconnlistener *lev, void *ptr)
{
	int err = EVUTIL_SOCKET_ERROR();
	struct timeval tv = { 0, 250 * 1000 };
	pool_search search = { lev, NULL };
	conn_pool *p;
	char event[32];

	(void)ptr;
	event_base_foreach_event(evconnlistener_get_base(lev), find_pool, &search);
	if (!(p = search.pool))
		return;
	snprintf(event, sizeof event, "%s.accept-failed", p->name);
	log_event(p->c, BB_LOG_WARN, event, "reason", evutil_socket_error_to_string(err), "pause_s",
		  "0.25", (char *)NULL);
	conns_out_of_fds(p);
	p->accept_paused = 1;
	evconnlistener_disable(lev);
	evtimer_add(p->resume_ev, &tv);
}

void conns_listen(conn_pool *p, struct evconnlistener *lev)
{
	p->lev = lev;
	if (!lev)
		return;
	if (!p->resume_ev)
		p->resume_ev = evtimer_new(p->base, resume_accepting, p);
	/* out of memory for the timer: accept() failures are left to libevent */
	if (p->resume_ev)
		evconnlistener_set_error_cb(lev, accept_failed);
	conns_gate(p);
}

int conns_tcp_bound(int fd)
{
	struct sockaddr_storage ss;
	socklen_t sl = sizeof ss;
	int one = 1;

	/*
	 * evhttp writes an answer's headers and body as separate writes (TLS
	 * records); with Nagle on, the second waits for the client's delayed
	 * ACK (40 ms a request). Accepted sockets inherit the option.
	 */
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	if (getsockname(fd, (struct sockaddr *)&ss, &sl) != 0)
		return -1;
	if (ss.ss_family == AF_INET)
		return ntohs(((struct sockaddr_in *)&ss)->sin_port);
	if (ss.ss_family == AF_INET6)
		return ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
	return -1;
}
