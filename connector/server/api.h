/*
 * The local HIS API's inside (api.c answers requests, api_listen.c owns
 * the socket, its TLS and its connection limits). One thread, the caller
 * of bb_api_run, touches every libevent object.
 */
#ifndef BB_API_H
#define BB_API_H

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
struct evhttp_request;
struct evhttp_bound_socket;
struct evconnlistener;

/* Defaults of the [api] keys (docs/configuration.md, docs/security.md). */
#define API_DEFAULT_MAX_BODY (1024u * 1024)
#define API_DEFAULT_TIMEOUT 60
#define API_DEFAULT_MAX_CONNECTIONS 64u
#define API_DEFAULT_MAX_PER_PEER 16u
#define API_DEFAULT_HANDSHAKE_TIMEOUT 10
#define API_DEFAULT_HEADER_TIMEOUT 10
#define API_DEFAULT_REQUEST_TIMEOUT 60
#define API_MAX_HEADERS (16 * 1024)

typedef struct api_poll {
	struct api_poll *next;
	struct evhttp_request *req;
	unsigned long since;
	size_t limit;
	time_t until;
} api_poll;

struct bb_api {
	bb_connector *c;
	char *socket_path;             /* a Unix socket; NULL: TCP */
	char *host;                    /* TCP: from [api] listen */
	int port;
	char *address;                 /* "unix:PATH", "http://HOST:PORT" or "https://HOST:PORT" */
	char *journal_dir;             /* NULL: no journal feed */
	size_t max_body;
	conn_pool pool;                /* connections and their limits (conns.h) */
	SSL_CTX *ctx;                  /* HTTPS with client certificates; NULL: plain */
	mutex ctx_lock;                /* ctx is replaced by bb_api_reload from another thread; a leaf */
	int tls;                       /* set once, before any thread: read this, not ctx */
	int listen_fd;
	struct event_base *base;
	struct evhttp *http;
	struct evconnlistener *lev;    /* the Unix socket's, until evhttp owns it */
	struct evhttp_bound_socket *sock;
	struct event *wake_ev, *poll_ev;
	int wake[2];
	api_poll *polls;
	atomic_int stop_requested;
	int bound;                     /* the listener is evhttp's: its socket file is ours */
	int ran;
};

/* api_listen.c */
/* The limits and TLS of [api] (options win over it); before api_listen. */
int api_configure(bb_api *a, const bb_api_options *opt);
/* Listen on the Unix socket or TCP address; the pool gates the listener. */
int api_listen(bb_api *a, const char *group);
/* Before the event base is freed, and after. */
void api_listen_close(bb_api *a);
void api_listen_free(bb_api *a);
/* Who the request is from, for the audit trail: "api:uid 1000", "api:cert CN=...". */
void api_actor(bb_api *a, struct evhttp_request *req, char *out, size_t size);

#endif
