/*
 * libFuzzer target: the HTTP request handling of `beweegbrug serve`
 * (docs/security.md). The input's bytes go, as a client would send them,
 * into the server's own code: libevent's evhttp parses the request line,
 * headers, chunked or sized body and pipelined requests; connector/server
 * does its checks (path, method, Content-Type, size, the connection's
 * state and deadlines) and hands the body to bb_inbound_process, which
 * authorises the sender, reads FHIR, checks the profile and the referral's
 * parties, and stores. Only TLS is left out (a server_new_plain() server
 * on a Unix socket), with the first input byte choosing which configured
 * certificate the connection presents: even, a GP (referrer); odd, a
 * beweegcoach (provider). A crash, a sanitizer report, a leak or a
 * connection that never ends (a hang) is a finding.
 */
#include <errno.h>
#include <signal.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <event2/event.h>
#include <libxml/parser.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "beweegbrug.h"
#include "server/server.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bb_connector *conn;
static bb_server *server;
static char sock_path[200];
static char *peer_pem[2];

/* A throwaway self-signed certificate with this subject, as PEM. */
static char *make_cert(const char *cn, const char *org, const char *key_path, const char *cert_path)
{
	EVP_PKEY *key = EVP_EC_gen("P-256");
	X509 *x = X509_new();
	X509_NAME *name = X509_get_subject_name(x);
	BIO *mem = BIO_new(BIO_s_mem());
	char *pem = NULL, *p;
	long n;
	FILE *f;

	X509_set_version(x, 2);
	ASN1_INTEGER_set(X509_get_serialNumber(x), 1);
	X509_gmtime_adj(X509_getm_notBefore(x), -3600);
	X509_gmtime_adj(X509_getm_notAfter(x), 86400);
	X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, (const unsigned char *)org, -1, -1, 0);
	X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, (const unsigned char *)cn, -1, -1, 0);
	X509_set_issuer_name(x, name);
	X509_set_pubkey(x, key);
	if (!X509_sign(x, key, EVP_sha256()))
		abort();
	PEM_write_bio_X509(mem, x);
	n = BIO_get_mem_data(mem, &p);
	pem = strndup(p, (size_t)n);
	if (key_path && (f = fopen(key_path, "w"))) {
		PEM_write_PrivateKey(f, key, NULL, NULL, 0, NULL, NULL);
		fclose(f);
	}
	if (cert_path && (f = fopen(cert_path, "w"))) {
		fputs(pem, f);
		fclose(f);
	}
	BIO_free(mem);
	X509_free(x);
	EVP_PKEY_free(key);
	return pem;
}

static void write_file(const char *path, const char *text, size_t len, mode_t mode)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);

	if (fd < 0 || write(fd, text, len) != (ssize_t)len)
		abort();
	close(fd);
}

static char workdir[64];

/* The working directory goes with the process (not after a crash: it is evidence then). */
static void remove_workdir(void)
{
	static const char *const names[] = { "server.key", "server.crt", "outbox.key", "b.conf",
					      "outbox.db", "outbox.db-wal", "outbox.db-shm",
					      "outbox.db-journal", "http.sock" };
	char path[300];
	size_t i;

	for (i = 0; i < sizeof names / sizeof *names; i++) {
		snprintf(path, sizeof path, "%s/%s", workdir, names[i]);
		unlink(path);
	}
	rmdir(workdir);
}

static void init(void)
{
	char *dir = workdir;
	char path[300], conf[3000], key[32];
	struct sockaddr_un sa;
	int fd, rnd;

	xmlInitParser();
	/* this program drives the server's loop itself (no bb_server_run): as serve does */
	signal(SIGPIPE, SIG_IGN);
	/* the store in memory when there is a tmpfs: its fsyncs cost nothing there */
	snprintf(dir, sizeof workdir, "/dev/shm/bb-fuzz-http.XXXXXX");
	if (!mkdtemp(dir)) {
		snprintf(dir, sizeof workdir, "/tmp/bb-fuzz-http.XXXXXX");
		if (!mkdtemp(dir))
			abort();
	}
	atexit(remove_workdir);
	snprintf(path, sizeof path, "%s/server.key", dir);
	peer_pem[0] = make_cert("fuzz-gp", "Beweegbrug Fuzz", path, NULL);
	snprintf(path, sizeof path, "%s/server.crt", dir);
	write_file(path, peer_pem[0], strlen(peer_pem[0]), 0600);
	peer_pem[1] = make_cert("fuzz-coach", "Beweegbrug Fuzz", NULL, NULL);
	rnd = open("/dev/urandom", O_RDONLY);
	if (rnd < 0 || read(rnd, key, sizeof key) != (ssize_t)sizeof key)
		abort();
	close(rnd);
	snprintf(path, sizeof path, "%s/outbox.key", dir);
	write_file(path, key, sizeof key, 0600);
	snprintf(conf, sizeof conf,
		 "[connector]\noutbox = %s/outbox.db\noutbox_key = %s/outbox.key\n"
		 "[server]\nlisten = 127.0.0.1:0\ncertificate = %s/server.crt\nkey = %s/server.key\n"
		 "ca_file = %s/server.crt\nmax_body = 65536\n"
		 "[sender \"gp\"]\nsubject = CN=fuzz-gp,O=Beweegbrug Fuzz\nrole = referrer\n"
		 "agb = 01000002\n"
		 "[sender \"coach\"]\nsubject = CN=fuzz-coach,O=Beweegbrug Fuzz\nrole = provider\n",
		 dir, dir, dir, dir, dir);
	snprintf(path, sizeof path, "%s/b.conf", dir);
	write_file(path, conf, strlen(conf), 0600);
	if (bb_connector_new(&conn, NULL) != BB_OK || bb_connector_load_config(conn, path) != BB_OK) {
		fprintf(stderr, "serve_http: %s\n", conn ? bb_error_last(conn)->message : "no connector");
		abort();
	}
	snprintf(sock_path, sizeof sock_path, "%s/http.sock", dir);
	memset(&sa, 0, sizeof sa);
	sa.sun_family = AF_UNIX;
	snprintf(sa.sun_path, sizeof sa.sun_path, "%s", sock_path);
	fd = socket(AF_UNIX, SOCK_STREAM, 0);
	if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(fd, 16) != 0)
		abort();
	evutil_make_socket_nonblocking(fd);
	if (server_new_plain(&server, conn, peer_pem[0], fd) != BB_OK) {
		fprintf(stderr, "serve_http: %s\n", bb_error_last(conn)->message);
		abort();
	}
	/* from here on the two certificates are ours, chosen per input */
	free(server->plain_peer_pem);
	server->plain_peer_pem = peer_pem[0];
}

/* Read what the server wrote, so its writes never block; 1 at end of stream. */
static int drain(int fd)
{
	char buf[8192];
	ssize_t n;

	while ((n = read(fd, buf, sizeof buf)) > 0)
		;
	return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sockaddr_un sa;
	size_t sent = 0;
	long spins;
	int fd, eof = 0;

	if (!server)
		init();
	if (size < 1)
		return 0;
	/* the first byte: who is calling */
	server->plain_peer_pem = peer_pem[data[0] & 1];
	data++;
	size--;

	memset(&sa, 0, sizeof sa);
	sa.sun_family = AF_UNIX;
	snprintf(sa.sun_path, sizeof sa.sun_path, "%s", sock_path);
	fd = socket(AF_UNIX, SOCK_STREAM, 0);
	if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0)
		abort();
	evutil_make_socket_nonblocking(fd);
	/*
	 * Send everything, then end the stream: the server must finish every
	 * request it can and close. It runs meanwhile, so a large input does
	 * not wait on a full socket buffer.
	 */
	for (spins = 0; !eof || server->conns || sent < size; spins++) {
		if (sent < size) {
			ssize_t n = write(fd, data + sent, size - sent);
			if (n > 0)
				sent += (size_t)n;
			else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
				sent = size;   /* the server closed early: fine */
			if (sent == size)
				shutdown(fd, SHUT_WR);
		} else if (size == 0 && spins == 0) {
			shutdown(fd, SHUT_WR);
		}
		event_base_loop(server->base, EVLOOP_ONCE | EVLOOP_NONBLOCK);
		if (!eof)
			eof = drain(fd);
		if (spins > 2000000) {
			fprintf(stderr, "serve_http: the connection never ended\n");
			abort();
		}
	}
	close(fd);
	return 0;
}
