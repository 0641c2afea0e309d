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
#include "util/mutex.h"
#include "server/conns.h"

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
/* Threads calling bb_inbound_process(): enough to fill a group commit. */
#define SERVER_WORKERS 8

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
	mutex lock;                     /* a leaf (mutex.h) */
	pthread_cond_t cond;
	server_job *head, *tail;
	int quit;
} job_queue;

struct bb_server {
	bb_connector *c;
	SSL_CTX *ctx;                  /* replaced by bb_server_reload, under ctx_lock */
	mutex ctx_lock;                /* a leaf */
	struct event_base *base;
	struct evhttp *http;
	struct evhttp_bound_socket *sock;
	struct event *wake_ev, *deadline_ev;
	int wake[2];                   /* self-pipe: stop requests and finished jobs */

	char *host;                    /* from listen, for messages */
	int port;
	char *path;                    /* base + "/$process-message" */
	char *url;                     /* https://HOST:PORT/BASE, for messages */
	char *metadata_path;           /* base + "/metadata" */
	char *cap[2];                  /* the CapabilityStatement: JSON, XML (made at start) */
	size_t cap_len[2];
	size_t max_body;
	conn_pool pool;                /* connections and their limits (conns.h), loop thread only */

	atomic_int stop_requested;
	unsigned inflight;             /* requests taken and not yet answered (loop) */
	int stopping;                  /* loop thread: no longer accepting */
	int ran;

	int inline_jobs;               /* bb_inbound_process in the loop thread (the fuzz target) */

	job_queue todo;                /* loop -> workers */
	mutex done_lock;               /* workers -> loop; a leaf */
	server_job *done;
	pthread_t workers[SERVER_WORKERS];
	int nworkers;
};

/* tls.c */
/* A TLS server context that insists on a client certificate from `ca` ([section] in errors). */
int server_tls_ctx(bb_connector *c, const char *section, const char *cert, const char *key,
		   const char *ca, SSL_CTX **out);
int server_tls_init(bb_server *s, const char *cert, const char *key, const char *ca);
struct cfg_section;
/* SIGHUP: [section]'s TLS files again for new connections, logged as NAME.reloaded (tls.c). */
int server_tls_listener_reload(bb_connector *c, const char *name, const struct cfg_section *sec,
			SSL_CTX **slot, mutex *lock);
/* SSL_new of the context in *slot, under `lock`; NULL when there is none or out of memory. */
SSL *server_tls_ssl_new(SSL_CTX **slot, mutex *lock);
/* A TLS bufferevent for an accepted socket (evhttp's bevcb), from the current context. */
struct bufferevent *server_tls_bev(struct event_base *base, void *arg);
/* The client certificate (PEM) and its CN; NULL when there is none. */
char *server_peer_pem(struct evhttp_request *req, char **cn);

/* handler.c */
void server_handle(struct evhttp_request *req, void *arg);
/* libevent's own answer replaced by an OperationOutcome of ours (conn_pool.own_answer). */
void server_own_answer(conn_pool *p, server_conn *c, int status, struct evbuffer *answer);
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
