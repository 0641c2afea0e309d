/*
 * A pool of accepted HTTP connections and the limits an attacker must not
 * be able to exhaust (conns.c, conns_accept.c): shared by the FHIR
 * receiver (`serve`, bb_server) and the local HIS API (`api`, bb_api), so
 * both hold the same deadlines and caps with one piece of code. The pool
 * moves no bytes and parses nothing: evhttp reads the requests; the pool
 * only watches how fast their bytes come and how many connections each
 * peer holds. Only the loop thread touches it.
 */
#ifndef BB_CONNS_H
#define BB_CONNS_H

#include <stddef.h>

#include <openssl/ssl.h>

#include "beweegbrug.h"

struct event_base;
struct event;
struct evconnlistener;
struct evhttp_request;
struct bufferevent;
struct evbuffer;
struct evbuffer_cb_info;
struct evbuffer_cb_entry;

/*
 * A request's deadline: header_timeout after its first byte, plus one
 * second for every CONN_MIN_RATE bytes that arrived, but never later
 * than request_timeout after its first byte. So a slow header is cut off
 * after header_timeout, and a body must keep coming.
 */
#define CONN_MIN_RATE (16u * 1024)
/* File descriptors kept for everything else (store, logs, journal, curl). */
#define CONN_FD_RESERVE 16u
/* Closed connections are logged at most this often, in seconds, per reason. */
#define CONN_DROP_LOG_EVERY 5
/* Connections accepted before their addresses are looked at, at most. */
#define CONN_ACCEPT_BURST 32u
/* How often deadlines are checked, in milliseconds. */
#define CONN_SWEEP_MS 250

/* How many live connections come from one address (conns.c). */
typedef struct peer_count {
	struct peer_count *next;
	char addr[64];
	unsigned n;                        /* freed when it reaches 0 */
} peer_count;

typedef enum conn_state {
	CONN_HANDSHAKE,    /* TLS handshake, or (plain) no byte yet: handshake_timeout */
	CONN_IDLE,         /* between requests: timeout */
	CONN_READING,      /* a request has begun: its deadline (CONN_MIN_RATE) */
	CONN_TAKEN         /* a whole request is with the handler: no deadline */
} conn_state;

/* Why a connection was closed by us (the index of conn_pool.dropped). */
enum conn_drop {
	DROP_HANDSHAKE,    /* no TLS handshake (plain: no request) within handshake_timeout */
	DROP_HEADER,       /* a request not read by its deadline */
	DROP_IDLE,         /* idle longer than timeout */
	DROP_PEER,         /* over max_connections_per_peer: the peer's longest waiting, or the newcomer */
	DROP_EVICTED,      /* idle or handshaking when max_connections was reached */
	DROP_NOFD,         /* evicted because the process ran out of file descriptors */
	DROP_REASONS
};

struct conn_pool;

/*
 * One accepted connection, from accept to close. A TLS one lives as long
 * as libevent's bufferevent: the SSL's ex_data frees it. A plain one holds
 * a reference to its bufferevent and lets go once evhttp has (conns.c),
 * so the list cannot drift from what libevent holds.
 */
typedef struct server_conn {
	struct server_conn *prev, *next;   /* the pool's list, oldest first */
	struct conn_pool *pool;
	struct bufferevent *bev;           /* what evhttp reads from and writes to */
	conn_state state;
	double accepted;                   /* monotonic seconds */
	double req_since;                  /* first byte of the request being read; 0 none */
	double deadline;                   /* 0: none */
	size_t req_bytes;                  /* bytes of that request so far */
	char addr[64];                     /* the peer's address, once admitted */
	struct peer_count *counted;        /* its address's count, while it counts */
	unsigned char peer_id[32];         /* SHA-256 of the client certificate */
	int tls;                           /* a TLS connection (else plain) */
	int held;                          /* plain: we hold a reference to bev */
	int rewriting;                     /* evhttp's own answer is being replaced (own_answer) */
	int in_rewrite;                    /* our own changes to the output: not looked at */
	size_t ours;                       /* the length of our answer in the output */
	struct evbuffer_cb_entry *input_cb;   /* plain: conn_on_input on bev's input */
	struct evbuffer_cb_entry *output_cb;  /* plain: conn_on_output on bev's output */
	int has_peer;
	int admitted;                      /* its address has been looked at */
	int busy;                          /* over max_connections: answered 503 */
	int doomed;                        /* shut down by us; libevent frees it */
} server_conn;

typedef struct conn_pool {
	bb_connector *c;
	struct event_base *base;
	const char *name;              /* "server", "api": the log lines' prefix */
	struct evconnlistener *lev;    /* the listener we gate; NULL: none (stopping) */

	/* limits, as configured */
	unsigned max_connections;
	unsigned max_per_peer;
	int timeout, handshake_timeout, header_timeout, request_timeout;

	unsigned conn_cap;             /* what the file-descriptor limit allows of max_connections */
	unsigned fd_room;              /* file descriptors connections may hold; 0: no limit */
	server_conn *conns, *conns_tail;
	unsigned live;                 /* connections not doomed */
	unsigned records;              /* connections in the list, doomed ones too */
	unsigned unadmitted;           /* accepted, address not looked at yet */
	peer_count *peers;             /* by address */
	int accept_paused;             /* out of file descriptors: resume_ev resumes */
	int stopping;                  /* no longer accepting */
	unsigned long dropped[DROP_REASONS];   /* since the last log line, by reason */
	double dropped_logged;         /* when the last such lines were written */
	char dropped_addr[DROP_REASONS][64];   /* the last address dropped for each */
	struct event *admit_ev, *sweep_ev, *resume_ev;
	/*
	 * libevent answers some requests itself (400 unreadable, 413 over its
	 * size limits, 417, 501), in HTML, with no call to our handler
	 * (libevent 2.1 has no hook). When set, this writes the whole answer of
	 * that status to send instead (status line, headers, body) and records
	 * the refusal; NULL leaves libevent's (conns.c, conn_on_output).
	 */
	void (*own_answer)(struct conn_pool *p, server_conn *c, int status, struct evbuffer *answer);
	void *owner;                   /* for own_answer: the pool's owner */
} conn_pool;

/* conns.c */
/* Make the pool's events; its limits are set by the caller before. */
int conns_start(conn_pool *p, bb_connector *c, struct event_base *base, const char *name);
/*
 * Free the pool's events (before its event base is freed), then the rest
 * (after: freeing the base may free connections, which uncount themselves).
 */
void conns_free_events(conn_pool *p);
void conns_free(conn_pool *p);
server_conn *conn_new(conn_pool *p, struct bufferevent *bev);
/* evbuffer callback on a connection's plaintext input: a request's bytes. */
void conn_on_input(struct evbuffer *buf, const struct evbuffer_cb_info *info, void *arg);
/* The bufferevent is going: forget the connection. */
void conn_gone(server_conn *c);
/* The connection a request came on, or NULL when it has gone. */
server_conn *conn_of(conn_pool *p, struct evhttp_request *req);
/* TLS handshake done with a verified client certificate of this SHA-256. */
void conn_handshake_done(server_conn *c, const unsigned char peer_id[32]);
/* A whole request is with the handler; its answer is written. */
void conn_request_taken(server_conn *c);
void conn_answered(server_conn *c);
/*
 * For own_answer: the status line's words, and why libevent refused the
 * request, in a few words that name no data of it. `request_bytes` is how
 * much of the request came (server_conn.req_bytes): a 413 under
 * `max_headers` cannot be the headers.
 */
const char *conns_own_title(int status);
const char *conns_own_reason(int status, size_t request_bytes, size_t max_headers);
/* Look at what evhttp writes (a TLS connection; a plain one does from the start): own_answer. */
void conn_watch_output(server_conn *c);
/* Log the closed connections not logged yet (at stop). */
void conns_log_now(conn_pool *p);
/* The process is out of file descriptors: close idle and handshaking connections. */
void conns_out_of_fds(conn_pool *p);
/*
 * A plain (no TLS) bufferevent for an accepted socket (an evhttp bevcb's
 * body), its connection forgotten soon after evhttp frees it.
 */
struct bufferevent *conn_plain_bev(conn_pool *p);

/* conns_accept.c */
/* Accept new connections now or not (stopping, paused, too many open or new). */
void conns_gate(conn_pool *p);
/* Keep max_connections within the process's file-descriptor limit. */
void conns_fit_fd_limit(conn_pool *p);
/* The listener to gate; its accept() failures (EMFILE) are handled. */
void conns_listen(conn_pool *p, struct evconnlistener *lev);
/* A TCP socket evhttp bound: Nagle off (see why there); its port, -1 if unknown. */
int conns_tcp_bound(int fd);
/*
 * The pool whose sweep event `ev` is, else NULL. The sweep is added for as
 * long as the pool runs, so it is the event a search of the loop's events
 * (event_base_foreach_event visits added and active ones only) finds.
 */
conn_pool *conns_pool_of_event(const struct event *ev);

/* tls.c */
/* A TLS bufferevent for an accepted socket over `ssl` (taken), its connection tied to the SSL's life. */
struct bufferevent *conn_tls_bev(conn_pool *p, SSL *ssl);

#endif
