/*
 * The HTTPS server's inside (connector/server/). It moves bytes: it checks
 * method, path, content type and size, takes the client certificate, and
 * hands the body to bb_inbound_process(). It never parses FHIR.
 *
 * Threads: one event loop thread (the caller of bb_server_run) owns every
 * libevent object. bb_inbound_process() stores durably (an fsync), so it
 * runs on a few worker threads instead, where concurrent requests share a
 * group commit; a finished job comes back to the loop through the wake
 * pipe, and only the loop thread replies.
 */
#ifndef BB_SERVER_H
#define BB_SERVER_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <time.h>

#include <openssl/ssl.h>

#include "beweegbrug.h"

struct event_base;
struct event;
struct evhttp;
struct evhttp_bound_socket;
struct evhttp_request;

/* Defaults of the [server] keys (docs/server.md, docs/security.md). */
#define SERVER_DEFAULT_LISTEN "0.0.0.0:8443"
#define SERVER_DEFAULT_BASE "/fhir"
#define SERVER_DEFAULT_MAX_BODY (1024u * 1024)
#define SERVER_DEFAULT_MAX_CONNECTIONS 256u
#define SERVER_DEFAULT_MAX_PER_PEER 32u
#define SERVER_DEFAULT_TIMEOUT 30
#define SERVER_DEFAULT_HANDSHAKE_TIMEOUT 10
#define SERVER_DEFAULT_HEADER_TIMEOUT 10
#define SERVER_DEFAULT_REQUEST_TIMEOUT 60
/* Request line plus headers; FHIR clients send a handful. */
#define SERVER_MAX_HEADERS (16 * 1024)
/*
 * A request's deadline: header_timeout after its first byte, plus one
 * second for every SERVER_MIN_RATE bytes that arrived, but never later
 * than request_timeout after its first byte. So a slow header is cut off
 * after header_timeout, and a body must keep coming.
 */
#define SERVER_MIN_RATE (16u * 1024)
/* File descriptors kept for everything else (store, logs, journal, curl). */
#define SERVER_FD_RESERVE 16u
/* Closed connections are logged at most this often, in seconds, per reason. */
#define SERVER_DROP_LOG_EVERY 5
/* Connections accepted before their addresses are looked at, at most. */
#define SERVER_ACCEPT_BURST 32u
/* How often deadlines are checked, in milliseconds. */
#define SERVER_SWEEP_MS 250
/* Threads calling bb_inbound_process(): enough to fill a group commit. */
#define SERVER_WORKERS 8

/* How many live connections come from one address (conns.c). */
typedef struct peer_count {
	struct peer_count *next;
	char addr[64];
	unsigned n;                        /* freed when it reaches 0 */
} peer_count;

/*
 * One accepted connection, from accept to close (conns.c). It lives as
 * long as libevent's bufferevent: the SSL's ex_data frees it. Only the
 * loop thread touches it.
 */
typedef enum conn_state {
	CONN_HANDSHAKE,    /* TLS handshake under way: handshake_timeout */
	CONN_IDLE,         /* between requests: timeout */
	CONN_READING,      /* a request has begun: its deadline (SERVER_MIN_RATE) */
	CONN_TAKEN         /* a whole request is with the handler: no deadline */
} conn_state;

typedef struct server_conn {
	struct server_conn *prev, *next;   /* the server's list, oldest first */
	struct bb_server *s;
	struct bufferevent *bev;           /* what evhttp reads from and writes to */
	conn_state state;
	double accepted;                   /* monotonic seconds */
	double req_since;                  /* first byte of the request being read; 0 none */
	double deadline;                   /* 0: none */
	size_t req_bytes;                  /* bytes of that request so far */
	char addr[64];                     /* the peer's address, once admitted */
	struct peer_count *counted;        /* its address's count, while it counts */
	unsigned char peer_id[32];         /* SHA-256 of the client certificate */
	int has_peer;
	int admitted;                      /* its address has been looked at */
	int busy;                          /* over max_connections: answered 503 */
	int doomed;                        /* shut down by us; libevent frees it */
} server_conn;

/* One request on its way through a worker. */
typedef struct server_job {
	struct server_job *next;
	struct evhttp_request *req;    /* touched by the loop thread only */
	char *cert_pem;
	char *content_type;
	char *body;
	size_t len;
	char *peer;                    /* for the log: the certificate's CN */
	struct timespec start;
	int rc;                        /* of bb_inbound_process */
	bb_inbound_response resp;
} server_job;

typedef struct job_queue {
	pthread_mutex_t lock;
	pthread_cond_t cond;
	server_job *head, *tail;
	int quit;
} job_queue;

struct bb_server {
	bb_connector *c;
	SSL_CTX *ctx;                  /* replaced by bb_server_reload, under ctx_lock */
	pthread_mutex_t ctx_lock;
	struct event_base *base;
	struct evhttp *http;
	struct evhttp_bound_socket *sock;
	struct event *wake_ev, *deadline_ev, *resume_ev, *admit_ev, *sweep_ev;
	int wake[2];                   /* self-pipe: stop requests and finished jobs */

	char *host;                    /* from listen, for messages */
	int port;
	char *path;                    /* base + "/$process-message" */
	char *url;                     /* https://HOST:PORT/BASE, for messages */
	char *metadata_path;           /* base + "/metadata" */
	char *cap[2];                  /* the CapabilityStatement: JSON, XML (made at start) */
	size_t cap_len[2];
	size_t max_body;
	unsigned max_connections;      /* as configured */
	unsigned conn_cap;             /* what the file-descriptor limit allows of it */
	unsigned max_per_peer;
	int timeout, handshake_timeout, header_timeout, request_timeout;

	/* connections (conns.c), loop thread only */
	server_conn *conns, *conns_tail;
	unsigned live;                 /* connections not doomed */
	unsigned records;              /* connections in the list, doomed ones too */
	unsigned unadmitted;           /* accepted, address not looked at yet */
	unsigned fd_room;              /* file descriptors connections may hold; 0: no limit */
	peer_count *peers;             /* by address */
	int accept_paused;             /* out of file descriptors: resume_ev resumes */
	unsigned long dropped[6];      /* since the last log line, by conn_drop reason */
	double dropped_logged;         /* when the last such lines were written */
	char dropped_addr[6][64];      /* the last address dropped for each */

	atomic_int stop_requested;
	unsigned inflight;             /* requests taken and not yet answered (loop) */
	int stopping;                  /* loop thread: no longer accepting */
	int ran;

	int inline_jobs;               /* bb_inbound_process in the loop thread (the fuzz target) */

	job_queue todo;                /* loop -> workers */
	pthread_mutex_t done_lock;     /* workers -> loop */
	server_job *done;
	pthread_t workers[SERVER_WORKERS];
	int nworkers;
};

/* Why a connection was closed by us (the index of bb_server.dropped). */
enum conn_drop {
	DROP_HANDSHAKE,    /* no TLS handshake within handshake_timeout */
	DROP_HEADER,       /* a request not read by its deadline */
	DROP_IDLE,         /* idle longer than timeout */
	DROP_PEER,         /* over max_connections_per_peer */
	DROP_EVICTED,      /* idle or handshaking when max_connections was reached */
	DROP_NOFD          /* evicted because the process ran out of file descriptors */
};

/* conns.c */
/* Make the bufferevent for an accepted socket (evhttp's bevcb): TLS. */
struct bufferevent *server_accept_bev(struct event_base *base, void *arg);
server_conn *conn_new(bb_server *s, struct bufferevent *bev);
/* evbuffer callback on a connection's plaintext input: a request's bytes. */
struct evbuffer;
struct evbuffer_cb_info;
void conn_on_input(struct evbuffer *buf, const struct evbuffer_cb_info *info, void *arg);
/* The bufferevent is going: forget the connection. */
void conn_gone(server_conn *c);
/* The connection a request came on, or NULL when it has gone. */
server_conn *conn_of(bb_server *s, struct evhttp_request *req);
/* TLS handshake done with a verified client certificate of this SHA-256. */
void conn_handshake_done(server_conn *c, const unsigned char peer_id[32]);
/* A whole request is with the handler; its answer is written. */
void conn_request_taken(server_conn *c);
void conn_answered(server_conn *c);
/* Close a connection (shutdown: libevent sees the end and frees it). */
void conn_drop(server_conn *c, enum conn_drop why);
/* The process is out of file descriptors: close idle and handshaking connections. */
void conns_out_of_fds(bb_server *s);
/* Accept new connections now or not (stopping, paused, too many open or new). */
void conns_gate(bb_server *s);
int conns_start(bb_server *s);
/* Log the closed connections not logged yet (at stop). */
void conns_log_now(bb_server *s);

/* tls.c */
/* A TLS server context that insists on a client certificate from `ca` ([section] in errors). */
int server_tls_ctx(bb_connector *c, const char *section, const char *cert, const char *key,
		   const char *ca, SSL_CTX **out);
int server_tls_init(bb_server *s, const char *cert, const char *key, const char *ca);
/* New connections get a context from the files as they are now; the old one stays on error. */
int server_tls_reload(bb_server *s, const char *cert, const char *key, const char *ca);
/* A TLS bufferevent for an accepted socket, its connection tied to the SSL's life. */
struct bufferevent *server_tls_bev(bb_server *s);
/* The client certificate (PEM) and its CN; NULL when there is none. */
char *server_peer_pem(struct evhttp_request *req, char **cn);

/* handler.c */
void server_handle(struct evhttp_request *req, void *arg);
/* Answer the finished jobs (loop thread). */
void server_reply_done(bb_server *s);
/* One request fewer in flight; ends a graceful stop when none is left. */
void server_request_finished(bb_server *s);

/* workers.c */
int server_workers_start(bb_server *s);
void server_workers_stop(bb_server *s);
void server_job_submit(bb_server *s, server_job *j);
void server_job_free(server_job *j);
/* Tell the loop thread something happened ('s' stop, 'j' job done). */
void server_wake(bb_server *s, char why);

#endif
