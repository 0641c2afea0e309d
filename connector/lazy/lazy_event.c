/* libevent and libevent_openssl (the server), loaded on first use: see lazy.h. */
#include "lazy/lazy.h"

#include <event2/buffer.h>
#include <event2/bufferevent_ssl.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/listener.h>

#ifndef BB_EVENT_SONAME
#define BB_EVENT_SONAME "libevent-2.1.so.7"
#endif
#ifndef BB_EVENT_SSL_SONAME
#define BB_EVENT_SSL_SONAME "libevent_openssl-2.1.so.7"
#endif

static lazy_lib ev = LAZY_LIB(BB_EVENT_SONAME);
static lazy_lib evssl = LAZY_LIB(BB_EVENT_SSL_SONAME);

LAZY(ev, int, evbuffer_add, (struct evbuffer *b, const void *d, size_t n), (b, d, n))
LAZY(ev, ev_ssize_t, evbuffer_copyout, (struct evbuffer *b, void *d, size_t n), (b, d, n))
LAZY_VOID(ev, evbuffer_free, (struct evbuffer *b), (b))
LAZY(ev, size_t, evbuffer_get_length, (const struct evbuffer *b), (b))
LAZY(ev, struct evbuffer *, evbuffer_new, (void), ())
LAZY(ev, struct evbuffer_cb_entry *, evbuffer_add_cb, (struct evbuffer *b, evbuffer_cb_func cb, void *arg),
     (b, cb, arg))
LAZY_VOID(ev, event_active, (struct event *e, int res, short ncalls), (e, res, ncalls))
LAZY(ev, int, evconnlistener_disable, (struct evconnlistener *l), (l))
LAZY(ev, int, evconnlistener_enable, (struct evconnlistener *l), (l))
LAZY(ev, struct event_base *, evconnlistener_get_base, (struct evconnlistener *l), (l))
LAZY_VOID(ev, evconnlistener_set_error_cb, (struct evconnlistener *l, evconnlistener_errorcb cb), (l, cb))
LAZY(ev, int, event_add, (struct event *e, const struct timeval *tv), (e, tv))
LAZY(ev, int, event_base_dispatch, (struct event_base *b), (b))
LAZY(ev, int, event_base_foreach_event, (struct event_base *b, event_base_foreach_event_cb fn, void *arg),
     (b, fn, arg))
LAZY_VOID(ev, event_base_free, (struct event_base *b), (b))
LAZY(ev, int, event_base_loopexit, (struct event_base *b, const struct timeval *tv), (b, tv))
LAZY(ev, struct event_base *, event_base_new_with_config, (const struct event_config *c), (c))
LAZY_VOID(ev, event_config_free, (struct event_config *c), (c))
LAZY(ev, struct event_config *, event_config_new, (void), ())
LAZY(ev, int, event_config_set_flag, (struct event_config *c, int flag), (c, flag))
LAZY_VOID(ev, event_free, (struct event *e), (e))
LAZY(ev, event_callback_fn, event_get_callback, (const struct event *e), (e))
LAZY(ev, void *, event_get_callback_arg, (const struct event *e), (e))
LAZY(ev, struct event *, event_new,
     (struct event_base *b, evutil_socket_t fd, short what, event_callback_fn cb, void *arg),
     (b, fd, what, cb, arg))
LAZY(ev, int, evhttp_add_header, (struct evkeyvalq *h, const char *k, const char *v), (h, k, v))
LAZY(ev, struct evhttp_bound_socket *, evhttp_bind_socket_with_handle,
     (struct evhttp *http, const char *address, ev_uint16_t port), (http, address, port))
LAZY(ev, evutil_socket_t, evhttp_bound_socket_get_fd, (struct evhttp_bound_socket *s), (s))
LAZY(ev, struct evconnlistener *, evhttp_bound_socket_get_listener, (struct evhttp_bound_socket *s), (s))
LAZY(ev, struct bufferevent *, evhttp_connection_get_bufferevent, (struct evhttp_connection *c), (c))
LAZY_VOID(ev, evhttp_connection_get_peer, (struct evhttp_connection *c, char **address, ev_uint16_t *port),
	  (c, address, port))
LAZY_VOID(ev, evhttp_del_accept_socket, (struct evhttp *http, struct evhttp_bound_socket *s), (http, s))
LAZY(ev, const char *, evhttp_find_header, (const struct evkeyvalq *h, const char *k), (h, k))
LAZY_VOID(ev, evhttp_free, (struct evhttp *http), (http))
LAZY(ev, struct evhttp *, evhttp_new, (struct event_base *b), (b))
LAZY(ev, enum evhttp_cmd_type, evhttp_request_get_command, (const struct evhttp_request *r), (r))
LAZY(ev, struct evhttp_connection *, evhttp_request_get_connection, (struct evhttp_request *r), (r))
LAZY(ev, const struct evhttp_uri *, evhttp_request_get_evhttp_uri, (const struct evhttp_request *r), (r))
LAZY(ev, struct evbuffer *, evhttp_request_get_input_buffer, (struct evhttp_request *r), (r))
LAZY(ev, struct evkeyvalq *, evhttp_request_get_input_headers, (struct evhttp_request *r), (r))
LAZY(ev, struct evkeyvalq *, evhttp_request_get_output_headers, (struct evhttp_request *r), (r))
LAZY(ev, const char *, evhttp_request_get_uri, (const struct evhttp_request *r), (r))
LAZY_VOID(ev, evhttp_request_set_on_complete_cb,
	  (struct evhttp_request *r, void (*cb)(struct evhttp_request *, void *), void *arg), (r, cb, arg))
LAZY_VOID(ev, evhttp_send_reply, (struct evhttp_request *r, int code, const char *reason, struct evbuffer *b),
	  (r, code, reason, b))
LAZY_VOID(ev, evhttp_set_allowed_methods, (struct evhttp *http, ev_uint16_t methods), (http, methods))
LAZY_VOID(ev, evhttp_set_bevcb,
	  (struct evhttp *http, struct bufferevent *(*cb)(struct event_base *, void *), void *arg),
	  (http, cb, arg))
LAZY_VOID(ev, evhttp_set_gencb, (struct evhttp *http, void (*cb)(struct evhttp_request *, void *), void *arg),
	  (http, cb, arg))
LAZY_VOID(ev, evhttp_set_max_body_size, (struct evhttp *http, ev_ssize_t n), (http, n))
LAZY_VOID(ev, evhttp_set_max_headers_size, (struct evhttp *http, ev_ssize_t n), (http, n))
LAZY_VOID(ev, evhttp_set_timeout_tv, (struct evhttp *http, const struct timeval *tv), (http, tv))
LAZY(ev, const char *, evhttp_uri_get_path, (const struct evhttp_uri *u), (u))
LAZY(ev, const char *, evhttp_uri_get_query, (const struct evhttp_uri *u), (u))
LAZY(ev, char *, evhttp_uridecode, (const char *uri, int plus, size_t *n), (uri, plus, n))
/* the local HIS API (server/api.c) */
LAZY(ev, struct evhttp_bound_socket *, evhttp_bind_listener, (struct evhttp *http, struct evconnlistener *l),
     (http, l))
LAZY_VOID(ev, evhttp_clear_headers, (struct evkeyvalq *h), (h))
LAZY_VOID(ev, evhttp_connection_set_closecb,
	  (struct evhttp_connection *c, void (*cb)(struct evhttp_connection *, void *), void *arg), (c, cb, arg))
LAZY(ev, int, evhttp_parse_query_str, (const char *q, struct evkeyvalq *h), (q, h))
LAZY(ev, struct evconnlistener *, evconnlistener_new,
     (struct event_base *b, evconnlistener_cb cb, void *arg, unsigned flags, int backlog, evutil_socket_t fd),
     (b, cb, arg, flags, backlog, fd))

LAZY(evssl, struct ssl_st *, bufferevent_openssl_get_ssl, (struct bufferevent *b), (b))
LAZY_VOID(evssl, bufferevent_openssl_set_allow_dirty_shutdown, (struct bufferevent *b, int allow), (b, allow))
LAZY(evssl, struct bufferevent *, bufferevent_openssl_socket_new,
     (struct event_base *b, evutil_socket_t fd, struct ssl_st *ssl, enum bufferevent_ssl_state st, int opt),
     (b, fd, ssl, st, opt))

/* The MLLP listener (server/mllp.c). */
LAZY(ev, int, bufferevent_enable, (struct bufferevent *b, short e), (b, e))
LAZY_VOID(ev, bufferevent_free, (struct bufferevent *b), (b))
LAZY(ev, struct evbuffer *, bufferevent_get_input, (struct bufferevent *b), (b))
LAZY(ev, struct evbuffer *, bufferevent_get_output, (struct bufferevent *b), (b))
LAZY(ev, evutil_socket_t, bufferevent_getfd, (struct bufferevent *b), (b))
LAZY(ev, int, bufferevent_set_timeouts,
     (struct bufferevent *b, const struct timeval *r, const struct timeval *w), (b, r, w))
LAZY_VOID(ev, bufferevent_setcb,
	  (struct bufferevent *b, bufferevent_data_cb r, bufferevent_data_cb w,
	   bufferevent_event_cb e, void *arg), (b, r, w, e, arg))
LAZY_VOID(ev, bufferevent_setwatermark, (struct bufferevent *b, short e, size_t lo, size_t hi),
	  (b, e, lo, hi))
LAZY(ev, struct bufferevent *, bufferevent_socket_new,
     (struct event_base *base, evutil_socket_t fd, int options), (base, fd, options))
LAZY(ev, int, evbuffer_add_buffer, (struct evbuffer *o, struct evbuffer *i), (o, i))
LAZY(ev, int, evbuffer_drain, (struct evbuffer *b, size_t n), (b, n))
LAZY(ev, int, evbuffer_remove, (struct evbuffer *b, void *d, size_t n), (b, d, n))
LAZY(ev, int, evbuffer_remove_buffer, (struct evbuffer *s, struct evbuffer *d, size_t n), (s, d, n))
LAZY(ev, struct evbuffer_ptr, evbuffer_search,
     (struct evbuffer *b, const char *what, size_t len, const struct evbuffer_ptr *start),
     (b, what, len, start))
LAZY_VOID(ev, evconnlistener_free, (struct evconnlistener *l), (l))
LAZY(ev, evutil_socket_t, evconnlistener_get_fd, (struct evconnlistener *l), (l))
LAZY(ev, struct evconnlistener *, evconnlistener_new_bind,
     (struct event_base *base, evconnlistener_cb cb, void *ptr, unsigned flags, int backlog,
      const struct sockaddr *sa, int socklen), (base, cb, ptr, flags, backlog, sa, socklen))
LAZY(ev, int, event_del, (struct event *e), (e))
LAZY(ev, int, evutil_closesocket, (evutil_socket_t s), (s))
LAZY_VOID(ev, evutil_freeaddrinfo, (struct evutil_addrinfo *ai), (ai))
LAZY(ev, int, evutil_getaddrinfo,
     (const char *node, const char *serv, const struct evutil_addrinfo *hints,
      struct evutil_addrinfo **res), (node, serv, hints, res))
LAZY(evssl, unsigned long, bufferevent_get_openssl_error, (struct bufferevent *b), (b))

/* Plain connections of the local HIS API (server/conns.c). */
LAZY_VOID(ev, bufferevent_incref, (struct bufferevent *b), (b))
LAZY(ev, int, bufferevent_decref, (struct bufferevent *b), (b))
LAZY_VOID(ev, bufferevent_getcb,
	  (struct bufferevent *b, bufferevent_data_cb *r, bufferevent_data_cb *w, bufferevent_event_cb *e,
	   void **arg), (b, r, w, e, arg))
LAZY(ev, int, bufferevent_disable, (struct bufferevent *b, short e), (b, e))
LAZY(ev, int, evbuffer_remove_cb_entry, (struct evbuffer *b, struct evbuffer_cb_entry *ent), (b, ent))
