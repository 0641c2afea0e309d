/*
 * tests/hostile: a hostile client for `beweegbrug serve`, for the tests of
 * issue 15 (docs/security.md). Each mode is one attack, bounded in count
 * and time, and ends with one summary line of key=value pairs that the
 * shell tests read.
 *
 *   hostile hello-close   --port P [--count N] [--rst]
 *       N times: a TCP connection that sends a TLS ClientHello and closes
 *       (--rst: with a reset) before the server's answer.
 *   hostile request-close --port P --cert C --key K --body FILE [--count N] [--rst]
 *       N times: a mutual-TLS connection that sends a whole POST and closes
 *       before the answer.
 *   hostile silent        --port P [--count N] [--seconds S] [--from ADDR]
 *       N TCP connections that send nothing, held for S seconds; any the
 *       server closes is opened again (after --reopen seconds, 0.2).
 *   hostile slowloris     --port P --cert C --key K [--count N] [--seconds S]
 *                         [--interval I] [--from ADDR]
 *       N mutual-TLS connections that send a request's header one byte
 *       every I seconds (default 3), held for S seconds; reopened likewise.
 *       Without --cert and --key, with --plain: the same in plain HTTP.
 *
 *   hostile raw           --port P --body FILE [--cert C --key K]
 *       One connection (mutual TLS with --cert and --key, else plain) that
 *       sends FILE's bytes as they are and prints what the server answers,
 *       until it closes (10 s at most): for requests no HTTP client sends.
 *
 *   --unix PATH instead of --port: a Unix socket (silent, slowloris --plain, raw).
 *
 * Summary: "opened=N closed_by_server=N longest_held_ms=N failed=N".
 * The server is always 127.0.0.1 (loopback); --from picks another
 * loopback source address (127.0.0.2, ...), so a test can tell the
 * attacker's connections from the legitimate client's.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

typedef struct opts {
	int port, count, seconds, rst, plain;
	double interval;
	const char *from, *cert, *key, *body, *unix_path;
} opts;

typedef struct slot {
	int fd;
	SSL *ssl;
	double opened, next_send, reopen_at;
	size_t sent;
} slot;

static long opened, closed_by_server, failed;
static double longest, reopen_delay = 0.2;

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int unix_connect(const opts *o)
{
	struct sockaddr_un to;
	int fd = socket(AF_UNIX, SOCK_STREAM, 0);

	if (fd < 0)
		return -1;
	memset(&to, 0, sizeof to);
	to.sun_family = AF_UNIX;
	snprintf(to.sun_path, sizeof to.sun_path, "%s", o->unix_path);
	if (connect(fd, (struct sockaddr *)&to, sizeof to) != 0) {
		close(fd);
		return -1;
	}
	return fd;
}

static int tcp_connect(const opts *o)
{
	struct sockaddr_in to, from;
	int fd, one = 1;

	if (o->unix_path)
		return unix_connect(o);
	fd = socket(AF_INET, SOCK_STREAM, 0);
	if (fd < 0)
		return -1;
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	if (o->from) {
		memset(&from, 0, sizeof from);
		from.sin_family = AF_INET;
		inet_pton(AF_INET, o->from, &from.sin_addr);
		if (bind(fd, (struct sockaddr *)&from, sizeof from) != 0) {
			close(fd);
			return -1;
		}
	}
	memset(&to, 0, sizeof to);
	to.sin_family = AF_INET;
	to.sin_port = htons((unsigned short)o->port);
	inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
	if (connect(fd, (struct sockaddr *)&to, sizeof to) != 0) {
		close(fd);
		return -1;
	}
	return fd;
}

static void abortive(int fd)
{
	struct linger l = { 1, 0 };

	setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
}

static SSL_CTX *client_ctx(const opts *o)
{
	SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());

	if (!ctx)
		return NULL;
	/* The attacker does not care who the server is. */
	SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
	if (o->cert && (SSL_CTX_use_certificate_chain_file(ctx, o->cert) != 1 ||
			SSL_CTX_use_PrivateKey_file(ctx, o->key, SSL_FILETYPE_PEM) != 1)) {
		ERR_print_errors_fp(stderr);
		SSL_CTX_free(ctx);
		return NULL;
	}
	return ctx;
}

/* One ClientHello, written by a non-blocking SSL_connect, then close. */
static void hello_close(const opts *o, SSL_CTX *ctx)
{
	int i;

	for (i = 0; i < o->count; i++) {
		int fd = tcp_connect(o);
		SSL *ssl;

		if (fd < 0) {
			failed++;
			continue;
		}
		opened++;
		fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
		ssl = SSL_new(ctx);
		SSL_set_fd(ssl, fd);
		SSL_connect(ssl);   /* WANT_READ: the hello is on its way */
		if (o->rst)
			abortive(fd);
		SSL_free(ssl);
		close(fd);
	}
}

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *data = NULL;
	long n;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
	    (data = malloc((size_t)n + 1)) && fread(data, 1, (size_t)n, f) == (size_t)n) {
		*len = (size_t)n;
	} else {
		free(data);
		data = NULL;
	}
	fclose(f);
	return data;
}

/* A whole request over mutual TLS, then close without reading the answer. */
static void request_close(const opts *o, SSL_CTX *ctx)
{
	size_t blen = 0;
	char *body = read_file(o->body, &blen), head[512];
	int i, hlen;

	if (!body) {
		fprintf(stderr, "hostile: cannot read %s\n", o->body);
		failed = o->count;
		return;
	}
	hlen = snprintf(head, sizeof head,
			"POST /fhir/$process-message HTTP/1.1\r\nHost: 127.0.0.1\r\n"
			"Content-Type: application/fhir+json\r\nContent-Length: %zu\r\n\r\n", blen);
	for (i = 0; i < o->count; i++) {
		int fd = tcp_connect(o);
		SSL *ssl;

		if (fd < 0) {
			failed++;
			continue;
		}
		ssl = SSL_new(ctx);
		SSL_set_fd(ssl, fd);
		if (SSL_connect(ssl) == 1 && SSL_write(ssl, head, hlen) == hlen &&
		    SSL_write(ssl, body, (int)blen) == (int)blen)
			opened++;
		else
			failed++;
		if (o->rst)
			abortive(fd);
		SSL_free(ssl);
		close(fd);
	}
	free(body);
}

static void slot_close(slot *s, double t, int by_server)
{
	if (by_server) {
		closed_by_server++;
		if (t - s->opened > longest)
			longest = t - s->opened;
	}
	if (s->ssl)
		SSL_free(s->ssl);
	if (s->fd >= 0)
		close(s->fd);
	s->ssl = NULL;
	s->fd = -1;
	s->reopen_at = t + reopen_delay;
}

static void slot_open(const opts *o, SSL_CTX *ctx, slot *s, double t)
{
	s->fd = tcp_connect(o);
	s->sent = 0;
	s->opened = t;
	s->next_send = t;
	if (s->fd < 0) {
		failed++;
		s->reopen_at = t + reopen_delay;
		return;
	}
	if (ctx) {
		struct timeval tv = { 5, 0 };

		/* blocking handshake, with a bound: the server may never answer it */
		setsockopt(s->fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
		s->ssl = SSL_new(ctx);
		SSL_set_fd(s->ssl, s->fd);
		if (SSL_connect(s->ssl) != 1) {
			/* refused or cut off during the handshake: the server closed it */
			opened++;
			slot_close(s, now_s(), 1);
			return;
		}
	}
	opened++;
}

/* Hold `count` connections for `seconds`: silent (ctx NULL, !o->plain) or slowloris. */
static void hold(const opts *o, SSL_CTX *ctx)
{
	static const char req[] = "POST /fhir/$process-message HTTP/1.1\r\nHost: 127.0.0.1\r\n"
				  "Content-Type: application/fhir+json\r\nX-Slow: ";
	slot *slots = calloc((size_t)o->count, sizeof *slots);
	struct pollfd *pfd = calloc((size_t)o->count, sizeof *pfd);
	double t0 = now_s(), t;
	int i;

	if (!slots || !pfd)
		exit(2);
	for (i = 0; i < o->count; i++) {
		slots[i].fd = -1;
		slot_open(o, ctx, &slots[i], now_s());
	}
	while ((t = now_s()) < t0 + o->seconds) {
		for (i = 0; i < o->count; i++) {
			slot *s = &slots[i];

			if (s->fd < 0 && t >= s->reopen_at)
				slot_open(o, ctx, s, t);
			if (s->fd >= 0 && (ctx || o->plain) && t >= s->next_send) {
				char c = s->sent < sizeof req - 1 ? req[s->sent] : 'x';

				if (ctx ? SSL_write(s->ssl, &c, 1) != 1
					: send(s->fd, &c, 1, MSG_NOSIGNAL) != 1)
					slot_close(s, t, 1);
				else
					s->sent++;
				s->next_send = t + o->interval;
			}
			pfd[i].fd = s->fd;
			pfd[i].events = POLLIN;
			pfd[i].revents = 0;
		}
		if (poll(pfd, (nfds_t)o->count, 100) <= 0)
			continue;
		t = now_s();
		for (i = 0; i < o->count; i++) {
			char buf[512];

			if (slots[i].fd < 0 || !(pfd[i].revents & (POLLIN | POLLHUP | POLLERR)))
				continue;
			/* anything readable is the server closing (or an alert before it) */
			if (recv(slots[i].fd, buf, sizeof buf, MSG_DONTWAIT) <= 0 || (!ctx && !o->plain) ||
			    pfd[i].revents & (POLLHUP | POLLERR))
				slot_close(&slots[i], t, 1);
		}
	}
	t = now_s();
	for (i = 0; i < o->count; i++) {
		if (slots[i].fd >= 0 && t - slots[i].opened > longest)
			longest = t - slots[i].opened;
		if (slots[i].fd >= 0)
			slot_close(&slots[i], t, 0);
	}
	free(slots);
	free(pfd);
}

/* FILE's bytes, as they are, then the answer to stdout until the server closes. */
static int raw(const opts *o, SSL_CTX *ctx)
{
	size_t len = 0, off = 0;
	char *data = read_file(o->body, &len), buf[4096];
	struct timeval tv = { 10, 0 };
	SSL *ssl = NULL;
	int fd = tcp_connect(o), n, ok = 0;

	if (!data || fd < 0) {
		fprintf(stderr, "hostile: cannot read %s or connect\n", o->body);
		free(data);
		if (fd >= 0)
			close(fd);
		return 1;
	}
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
	if (ctx) {
		ssl = SSL_new(ctx);
		SSL_set_fd(ssl, fd);
		if (SSL_connect(ssl) != 1)
			goto out;
	}
	while (off < len) {
		n = ssl ? SSL_write(ssl, data + off, (int)(len - off))
			: (int)send(fd, data + off, len - off, MSG_NOSIGNAL);
		if (n <= 0)
			break;   /* the server may answer and close before all is sent */
		off += (size_t)n;
	}
	while ((n = ssl ? SSL_read(ssl, buf, sizeof buf) : (int)recv(fd, buf, sizeof buf, 0)) > 0)
		fwrite(buf, 1, (size_t)n, stdout);
	ok = 1;
out:
	if (ssl)
		SSL_free(ssl);
	close(fd);
	free(data);
	fflush(stdout);
	return ok ? 0 : 1;
}

static void usage(void)
{
	fprintf(stderr, "usage: hostile hello-close|request-close|silent|slowloris|raw --port P"
			" [--count N] [--seconds S] [--interval I] [--from ADDR] [--cert C --key K]"
			" [--body FILE] [--rst] [--reopen SECONDS] [--unix PATH] [--plain]\n");
	exit(64);
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "port", required_argument, NULL, 'p' },
		{ "count", required_argument, NULL, 'n' },
		{ "seconds", required_argument, NULL, 's' },
		{ "interval", required_argument, NULL, 'i' },
		{ "from", required_argument, NULL, 'f' },
		{ "cert", required_argument, NULL, 'c' },
		{ "key", required_argument, NULL, 'k' },
		{ "body", required_argument, NULL, 'b' },
		{ "rst", no_argument, NULL, 'r' },
		{ "reopen", required_argument, NULL, 'o' },
		{ "unix", required_argument, NULL, 'u' },
		{ "plain", no_argument, NULL, 'l' },
		{ NULL, 0, NULL, 0 }
	};
	opts o = { 0, 1, 10, 0, 0, 3.0, NULL, NULL, NULL, NULL, NULL };
	const char *mode;
	SSL_CTX *ctx = NULL;
	int opt;

	if (argc < 2)
		usage();
	mode = argv[1];
	optind = 2;
	while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (opt) {
		case 'p': o.port = atoi(optarg); break;
		case 'n': o.count = atoi(optarg); break;
		case 's': o.seconds = atoi(optarg); break;
		case 'i': o.interval = atof(optarg); break;
		case 'f': o.from = optarg; break;
		case 'c': o.cert = optarg; break;
		case 'k': o.key = optarg; break;
		case 'b': o.body = optarg; break;
		case 'r': o.rst = 1; break;
		case 'o': reopen_delay = atof(optarg); break;
		case 'u': o.unix_path = optarg; break;
		case 'l': o.plain = 1; break;
		default: usage();
		}
	}
	if ((o.port <= 0 && !o.unix_path) || o.count <= 0)
		usage();
	/* The attacker survives its own broken pipes. */
	signal(SIGPIPE, SIG_IGN);
	if (strcmp(mode, "raw") == 0) {
		if (!o.body || (o.cert && !(ctx = client_ctx(&o))))
			usage();
		opt = raw(&o, ctx);
		SSL_CTX_free(ctx);
		return opt;
	}
	if (strcmp(mode, "hello-close") == 0 && (ctx = client_ctx(&o)))
		hello_close(&o, ctx);
	else if (strcmp(mode, "request-close") == 0 && o.cert && o.body && (ctx = client_ctx(&o)))
		request_close(&o, ctx);
	else if (strcmp(mode, "silent") == 0 && !o.plain)
		hold(&o, NULL);
	else if (strcmp(mode, "slowloris") == 0 && o.plain && !o.cert)
		hold(&o, NULL);
	else if (strcmp(mode, "slowloris") == 0 && o.cert && (ctx = client_ctx(&o)))
		hold(&o, ctx);
	else
		usage();
	SSL_CTX_free(ctx);
	printf("opened=%ld closed_by_server=%ld longest_held_ms=%ld failed=%ld\n", opened,
	       closed_by_server, (long)(longest * 1000), failed);
	return 0;
}
