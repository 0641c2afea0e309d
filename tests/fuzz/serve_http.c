/*
 * libFuzzer target: the HTTP request handling of `beweegbrug serve`
 * (docs/security.md). The input's bytes go, as a client would send them,
 * over mutual TLS on loopback into the server's own code: libevent's
 * evhttp over bufferevent_openssl parses the request line, headers,
 * chunked or sized body and pipelined requests; connector/server does its
 * checks (path, method, Content-Type, size, the connection's state and
 * deadlines) and hands the body to bb_inbound_process, which authorises
 * the sender, reads FHIR, checks the profile and the referral's parties,
 * and stores. The first input byte chooses which configured certificate
 * the client presents: even, a GP (referrer); odd, a beweegcoach
 * (provider). A crash, a sanitizer report, a libevent warning, a leak or
 * a connection that never ends (a hang) is a finding.
 *
 * The server is the one `serve` runs (bb_server_new, TLS and all); this
 * program drives its event loop itself and runs bb_inbound_process in
 * that loop (no worker threads), so a run is repeatable. The client is
 * OpenSSL on a non-blocking socket in the same thread.
 */
#include <errno.h>
#include <signal.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
#include <arpa/inet.h>

#include <event2/event.h>
#include <libxml/parser.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include "beweegbrug.h"
#include "server/server.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bb_connector *conn;
static bb_server *server;
static SSL_CTX *client_ctx[2];        /* the GP's, the beweegcoach's */
static SSL_SESSION *session[2];       /* resumed: a full handshake once per certificate */
static struct sockaddr_in server_addr;
static char workdir[64];

/* A throwaway self-signed certificate with this subject; its key too when asked. */
static X509 *make_cert(const char *cn, const char *org, EVP_PKEY **key_out)
{
	EVP_PKEY *key = EVP_EC_gen("P-256");
	X509 *x = X509_new();
	X509_NAME *name = X509_get_subject_name(x);

	if (!key || !x)
		abort();
	X509_set_version(x, 2);
	ASN1_INTEGER_set(X509_get_serialNumber(x), 1);
	X509_gmtime_adj(X509_getm_notBefore(x), -3600);
	X509_gmtime_adj(X509_getm_notAfter(x), 86400 * 30);
	X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, (const unsigned char *)org, -1, -1, 0);
	X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, (const unsigned char *)cn, -1, -1, 0);
	X509_set_issuer_name(x, name);
	X509_set_pubkey(x, key);
	if (!X509_sign(x, key, EVP_sha256()))
		abort();
	*key_out = key;
	return x;
}

static FILE *open_private(const char *dir, const char *name, const char *mode)
{
	char path[300];
	FILE *f;
	int fd;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	fd = open(path, O_WRONLY | O_CREAT | (mode[0] == 'a' ? O_APPEND : O_TRUNC), 0600);
	f = fd >= 0 ? fdopen(fd, mode) : NULL;
	if (!f)
		abort();
	return f;
}

/* A libevent warning means it was misused (or is about to fail): a finding. */
static void libevent_says(int severity, const char *msg)
{
	fprintf(stderr, "serve_http: libevent: %s\n", msg);
	if (severity >= EVENT_LOG_WARN)
		abort();
}

/* The working directory goes with the process (not after a crash: it is evidence then). */
static void remove_workdir(void)
{
	static const char *const names[] = { "server.key", "server.crt", "ca.pem", "outbox.key",
					      "b.conf", "outbox.db", "outbox.db-wal", "outbox.db-shm",
					      "outbox.db-journal", "outbox.db.mark" };
	char path[300];
	size_t i;

	for (i = 0; i < sizeof names / sizeof *names; i++) {
		snprintf(path, sizeof path, "%s/%s", workdir, names[i]);
		unlink(path);
	}
	rmdir(workdir);
}

static SSL_CTX *client_for(X509 *cert, EVP_PKEY *key)
{
	SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());

	if (!ctx || SSL_CTX_use_certificate(ctx, cert) != 1 || SSL_CTX_use_PrivateKey(ctx, key) != 1)
		abort();
	/* the server's certificate is ours: nothing to verify it against here */
	SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
	SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_CLIENT);
	return ctx;
}

static void init(void)
{
	char *dir = workdir;
	char path[300], conf[3000], key[32];
	EVP_PKEY *skey, *gkey, *ckey;
	X509 *scert, *gp, *coach;
	FILE *f;
	int fd;

	xmlInitParser();
	/* this program drives the server's loop itself (no bb_server_run): as serve does */
	signal(SIGPIPE, SIG_IGN);
	event_set_log_callback(libevent_says);
	/* the store in memory when there is a tmpfs: its fsyncs cost nothing there */
	snprintf(dir, sizeof workdir, "/dev/shm/bb-fuzz-http.XXXXXX");
	if (!mkdtemp(dir)) {
		snprintf(dir, sizeof workdir, "/tmp/bb-fuzz-http.XXXXXX");
		if (!mkdtemp(dir))
			abort();
	}
	atexit(remove_workdir);
	scert = make_cert("fuzz-server", "Beweegbrug Fuzz", &skey);
	gp = make_cert("fuzz-gp", "Beweegbrug Fuzz", &gkey);
	coach = make_cert("fuzz-coach", "Beweegbrug Fuzz", &ckey);
	f = open_private(dir, "server.key", "w");
	PEM_write_PrivateKey(f, skey, NULL, NULL, 0, NULL, NULL);
	fclose(f);
	f = open_private(dir, "server.crt", "w");
	PEM_write_X509(f, scert);
	fclose(f);
	/* both clients' certificates are self-signed: each is its own CA */
	f = open_private(dir, "ca.pem", "w");
	PEM_write_X509(f, gp);
	PEM_write_X509(f, coach);
	fclose(f);
	fd = open("/dev/urandom", O_RDONLY);
	if (fd < 0 || read(fd, key, sizeof key) != (ssize_t)sizeof key)
		abort();
	close(fd);
	f = open_private(dir, "outbox.key", "w");
	if (fwrite(key, 1, sizeof key, f) != sizeof key)
		abort();
	fclose(f);
	snprintf(conf, sizeof conf,
		 "[connector]\noutbox = %s/outbox.db\noutbox_key = %s/outbox.key\n"
		 "[server]\nlisten = 127.0.0.1:0\ncertificate = %s/server.crt\nkey = %s/server.key\n"
		 "ca_file = %s/ca.pem\nmax_body = 65536\n"
		 "[sender \"gp\"]\nsubject = CN=fuzz-gp,O=Beweegbrug Fuzz\nrole = referrer\n"
		 "agb = 01000002\n"
		 "[sender \"coach\"]\nsubject = CN=fuzz-coach,O=Beweegbrug Fuzz\nrole = provider\n",
		 dir, dir, dir, dir, dir);
	f = open_private(dir, "b.conf", "w");
	fputs(conf, f);
	fclose(f);
	snprintf(path, sizeof path, "%s/b.conf", dir);
	if (bb_connector_new(&conn, NULL) != BB_OK || bb_connector_load_config(conn, path) != BB_OK ||
	    bb_server_new(&server, conn) != BB_OK) {
		fprintf(stderr, "serve_http: %s\n", conn ? bb_error_last(conn)->message : "no connector");
		abort();
	}
	/* bb_inbound_process in this thread, as it comes: no worker threads */
	server->inline_jobs = 1;
	memset(&server_addr, 0, sizeof server_addr);
	server_addr.sin_family = AF_INET;
	server_addr.sin_port = htons((uint16_t)bb_server_port(server));
	server_addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	client_ctx[0] = client_for(gp, gkey);
	client_ctx[1] = client_for(coach, ckey);
	X509_free(scert);
	X509_free(gp);
	X509_free(coach);
	EVP_PKEY_free(skey);
	EVP_PKEY_free(gkey);
	EVP_PKEY_free(ckey);
}

/* Whether an SSL call that returned `rc` only waits for the socket. */
static int waits(SSL *ssl, int rc)
{
	int e = SSL_get_error(ssl, rc);

	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t sent = 0;
	long spins;
	int fd, who, rc, shook = 0, eof = 0, closed_wr = 0;
	char buf[8192];
	SSL *ssl;

	if (!server)
		init();
	if (size < 1)
		return 0;
	/* the first byte: who is calling */
	who = data[0] & 1;
	data++;
	size--;

	fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	if (fd < 0 || (connect(fd, (struct sockaddr *)&server_addr, sizeof server_addr) != 0 &&
		       errno != EINPROGRESS))
		abort();
	ssl = SSL_new(client_ctx[who]);
	if (!ssl || SSL_set_fd(ssl, fd) != 1)
		abort();
	SSL_set_mode(ssl, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
	if (session[who])
		SSL_set_session(ssl, session[who]);
	SSL_set_connect_state(ssl);
	/*
	 * Handshake, send everything, then end the stream (a TCP half-close,
	 * no close_notify): the server must finish every request it can and
	 * close. It runs meanwhile, so a large input does not wait on a full
	 * socket buffer.
	 */
	for (spins = 0; !eof || server->pool.conns; spins++) {
		event_base_loop(server->base, EVLOOP_ONCE | EVLOOP_NONBLOCK);
		if (eof)
			goto next;
		if (!shook) {
			rc = SSL_do_handshake(ssl);
			if (rc == 1) {
				shook = 1;
			} else if (!waits(ssl, rc)) {
				eof = 1;   /* refused: fine, the server chose */
				goto next;
			}
		}
		if (shook && sent < size) {
			rc = SSL_write(ssl, data + sent, (int)(size - sent > 16384 ? 16384 : size - sent));
			if (rc > 0)
				sent += (size_t)rc;
			else if (!waits(ssl, rc))
				sent = size;   /* the server closed early: fine */
		}
		if (shook && sent == size && !closed_wr) {
			shutdown(fd, SHUT_WR);
			closed_wr = 1;
		}
		while (shook && (rc = SSL_read(ssl, buf, sizeof buf)) > 0)
			;
		if (shook && rc <= 0 && !waits(ssl, rc))
			eof = 1;
next:
		ERR_clear_error();
		if (spins > 4000000) {
			fprintf(stderr, "serve_http: the connection never ended\n");
			abort();
		}
	}
	if (shook && SSL_session_reused(ssl) == 0) {
		SSL_SESSION *got = SSL_get1_session(ssl);
		if (got && SSL_SESSION_is_resumable(got)) {
			SSL_SESSION_free(session[who]);
			session[who] = got;
		} else {
			SSL_SESSION_free(got);
		}
	}
	SSL_free(ssl);
	close(fd);
	return 0;
}
