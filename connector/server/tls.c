/*
 * The server's TLS: one SSL_CTX that insists on a client certificate from
 * ca_file (a missing or untrusted one fails the handshake, before any HTTP),
 * one SSL per accepted connection that carries the connection's record
 * (conns.c), and the moment the handshake is done.
 */
#include "server/server.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/bufferevent_ssl.h>
#include <event2/http.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "config.h"
#include "connector.h"
#include "log.h"
#include "util/strutil.h"

static int tls_ctx_swap(bb_connector *c, const char *section, const char *cert, const char *key,
			const char *ca, SSL_CTX **slot, mutex *lock);

/*
 * One ex_data slot on every SSL we make: the connection (conns.c). Its
 * free function runs when the SSL goes, whichever part of libevent frees
 * the connection, so the connection list cannot drift.
 */
static int conn_idx = -1;
static pthread_once_t idx_once = PTHREAD_ONCE_INIT;

static void ssl_gone(void *parent, void *ptr, CRYPTO_EX_DATA *ad, int idx, long argl, void *argp)
{
	(void)parent; (void)ad; (void)idx; (void)argl; (void)argp;
	conn_gone(ptr);
}

static void idx_init(void)
{
	conn_idx = SSL_get_ex_new_index(0, NULL, NULL, NULL, ssl_gone);
}

/* The handshake is done (verified): the connection learns who its peer is. */
static void on_info(const SSL *ssl, int where, int ret)
{
	server_conn *c;
	X509 *peer;
	unsigned char id[32];
	unsigned int n = sizeof id;

	(void)ret;
	if (!(where & SSL_CB_HANDSHAKE_DONE) || !(c = SSL_get_ex_data(ssl, conn_idx)))
		return;
	peer = SSL_get0_peer_certificate(ssl);
	memset(id, 0, sizeof id);
	if (peer)
		X509_digest(peer, EVP_sha256(), id, &n);
	conn_handshake_done(c, id);
}

/* The library must never ask for a passphrase on a terminal. */
static int no_passphrase(char *buf, int size, int rwflag, void *userdata)
{
	(void)buf; (void)size; (void)rwflag; (void)userdata;
	return 0;
}

static int tls_error(bb_connector *c, const char *section, const char *what, const char *file)
{
	char text[256] = "";
	unsigned long e = ERR_peek_last_error();

	if (e)
		ERR_error_string_n(e, text, sizeof text);
	ERR_clear_error();
	return connector_error(c, BB_ECONFIG, "[%s]: %s %s: %s", section, what, file,
			       *text ? text : "failed");
}

/* A context from the files as they are now; NULL after setting the error. */
static SSL_CTX *make_ctx(bb_connector *c, const char *section, const char *cert, const char *key,
			 const char *ca)
{
	STACK_OF(X509_NAME) *names;
	static const unsigned char sid[] = "beweegbrug-server";
	SSL_CTX *ctx;

	ERR_clear_error();
	ctx = SSL_CTX_new(TLS_server_method());
	if (!ctx) {
		connector_error(c, BB_ENOMEM, "cannot make a TLS context");
		return NULL;
	}
	SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
	/* Renegotiation is a CPU lever for clients and we never need it. */
	SSL_CTX_set_options(ctx, SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
	SSL_CTX_set_default_passwd_cb(ctx, no_passphrase);
	if (SSL_CTX_use_certificate_chain_file(ctx, cert) != 1)
		tls_error(c, section, "cannot use certificate", cert);
	else if (SSL_CTX_use_PrivateKey_file(ctx, key, SSL_FILETYPE_PEM) != 1)
		tls_error(c, section, "cannot use key (PEM, not encrypted)", key);
	else if (SSL_CTX_check_private_key(ctx) != 1)
		tls_error(c, section, "key does not belong to the certificate:", key);
	else if (SSL_CTX_load_verify_locations(ctx, ca, NULL) != 1)
		tls_error(c, section, "cannot read ca_file", ca);
	else
		goto good;
	SSL_CTX_free(ctx);
	return NULL;
good:
	/* Tell clients which CAs we take, so one with several certificates picks right. */
	names = SSL_load_client_CA_file(ca);
	if (names)
		SSL_CTX_set_client_CA_list(ctx, names);
	SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, NULL);
	/* Resumed sessions must keep their verified peer: needs a context id. */
	SSL_CTX_set_session_id_context(ctx, sid, sizeof sid - 1);
	/* the handshake's end tells the connection who its peer is (conns.c) */
	SSL_CTX_set_info_callback(ctx, on_info);
	return ctx;
}

int server_tls_init(bb_server *s, const char *cert, const char *key, const char *ca)
{
	pthread_once(&idx_once, idx_init);
	if (conn_idx < 0)
		return connector_error(s->c, BB_ERROR, "OpenSSL has no ex_data slot left");
	s->ctx = make_ctx(s->c, "server", cert, key, ca);
	return s->ctx ? BB_OK : bb_error_last(s->c)->code;
}

/*
 * SIGHUP for a listener: its section's certificate, key and ca_file as
 * they are now, for connections accepted from now on (tls_ctx_swap), and
 * one log line, "NAME.reloaded" or "NAME.reload-failed". When the new
 * files are bad, the listener goes on with what it had.
 */
int server_tls_listener_reload(bb_connector *c, const char *name, const cfg_section *sec, SSL_CTX **slot,
			mutex *lock)
{
	char event[48];
	int rc = tls_ctx_swap(c, name, config_get(sec, "certificate"), config_get(sec, "key"),
			      config_get(sec, "ca_file"), slot, lock);

	if (rc != BB_OK) {
		snprintf(event, sizeof event, "%s.reload-failed", name);
		log_event(c, BB_LOG_ERROR, event, "reason", bb_error_last(c)->message, (char *)NULL);
		return rc;
	}
	snprintf(event, sizeof event, "%s.reloaded", name);
	log_event(c, BB_LOG_INFO, event, "certificate", config_get(sec, "certificate"),
		  "ca_file", config_get(sec, "ca_file"), (char *)NULL);
	return BB_OK;
}

/*
 * The new context for any listener's *slot, guarded by `lock` (serve, the
 * API and MLLP reload on SIGHUP from another thread than their loop's).
 * A connection open now keeps its SSL, which holds a reference to the old
 * context; on bad files *slot is left as it was.
 */
static int tls_ctx_swap(bb_connector *c, const char *section, const char *cert, const char *key,
			const char *ca, SSL_CTX **slot, mutex *lock)
{
	SSL_CTX *fresh = make_ctx(c, section, cert, key, ca), *old;

	if (!fresh)
		return bb_error_last(c)->code;
	mutex_lock(lock);
	old = *slot;
	*slot = fresh;
	mutex_unlock(lock);
	SSL_CTX_free(old);
	return BB_OK;
}

SSL *server_tls_ssl_new(SSL_CTX **slot, mutex *lock)
{
	SSL *ssl;

	mutex_lock(lock);
	ssl = *slot ? SSL_new(*slot) : NULL;
	mutex_unlock(lock);
	return ssl;
}

int server_tls_ctx(bb_connector *c, const char *section, const char *cert, const char *key,
		   const char *ca, SSL_CTX **out)
{
	/* the context's info callback reads the slot: it must exist before the first handshake */
	pthread_once(&idx_once, idx_init);
	*out = make_ctx(c, section, cert, key, ca);
	return *out ? BB_OK : bb_error_last(c)->code;
}

/*
 * For every accepted socket (evhttp's bevcb). Returning NULL would make
 * evhttp fall back to a plain socket; that is still safe, because the
 * handler answers nothing without a verified client certificate.
 */
struct bufferevent *server_tls_bev(struct event_base *base, void *arg)
{
	bb_server *s = arg;
	SSL *ssl;

	(void)base;
	ssl = server_tls_ssl_new(&s->ctx, &s->ctx_lock);
	if (!ssl) {
		log_event(s->c, BB_LOG_ERROR, "server.out-of-memory", "what", "TLS session", (char *)NULL);
		return NULL;
	}
	return conn_tls_bev(&s->pool, ssl);
}

struct bufferevent *conn_tls_bev(conn_pool *p, SSL *ssl)
{
	struct bufferevent *bev;
	server_conn *c;

	pthread_once(&idx_once, idx_init);
	c = conn_idx >= 0 ? conn_new(p, NULL) : NULL;
	if (!c || !SSL_set_ex_data(ssl, conn_idx, c)) {
		conn_gone(c);
		SSL_free(ssl);
		return NULL;
	}
	c->tls = 1;
	bev = bufferevent_openssl_socket_new(p->base, -1, ssl, BUFFEREVENT_SSL_ACCEPTING,
					     BEV_OPT_CLOSE_ON_FREE);
	if (!bev) {
		SSL_free(ssl);   /* and with it the connection */
		return NULL;
	}
	c->bev = bev;
	evbuffer_add_cb(bufferevent_get_input(bev), conn_on_input, c);
	if (p->own_answer)
		conn_watch_output(c);
	/* Clients that hang up without close_notify are normal, not errors. */
	bufferevent_openssl_set_allow_dirty_shutdown(bev, 1);
	return bev;
}

static SSL *request_ssl(struct evhttp_request *req)
{
	struct evhttp_connection *conn = evhttp_request_get_connection(req);
	struct bufferevent *bev = conn ? evhttp_connection_get_bufferevent(conn) : NULL;

	return bev ? bufferevent_openssl_get_ssl(bev) : NULL;
}

static char *common_name(X509 *x)
{
	char cn[256];
	int n = X509_NAME_get_text_by_NID(X509_get_subject_name(x), NID_commonName, cn, sizeof cn);

	return n > 0 ? str_dup(cn) : str_dup("(no CN)");
}

char *server_peer_pem(struct evhttp_request *req, char **cn)
{
	SSL *ssl = request_ssl(req);
	X509 *x = ssl ? SSL_get1_peer_certificate(ssl) : NULL;
	BIO *mem = NULL;
	char *pem = NULL, *data;
	long n;

	*cn = NULL;
	/* The handshake verified it; this guards against a path that did not. */
	if (!x || SSL_get_verify_result(ssl) != X509_V_OK)
		goto out;
	mem = BIO_new(BIO_s_mem());
	if (mem && PEM_write_bio_X509(mem, x) == 1) {
		n = BIO_get_mem_data(mem, &data);
		if (n > 0)
			pem = str_ndup(data, (size_t)n);
	}
	if (pem)
		*cn = common_name(x);
out:
	BIO_free(mem);
	X509_free(x);
	return pem;
}
