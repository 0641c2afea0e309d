/*
 * bb_mllp: HL7 v2 over MLLP (a record between 0x0B and 0x1C 0x0D) from a
 * HIS's interface engine, plain TCP or TLS with client certificates.
 *
 * Every peer may be hostile, so the listener bounds what each connection
 * can cost: bytes outside frames (MLLP_MAX_GARBAGE), the size of one
 * message (max_message; a larger one is skipped and answered as refused
 * from its first segment), the time a started message may take (timeout),
 * silence (idle_timeout), connections in all and per peer address, and
 * unread answers (reading pauses while MLLP_MAX_UNREAD_ANSWERS bytes wait).
 * One message per connection is in work at a time: answers go back in
 * order, and the next frame is read once the answer is written to the
 * connection. Refusals are logged and audited.
 *
 * Threads: the loop thread owns every libevent object. bb_his_receive()
 * stores durably (an fsync), so it runs on worker threads; a finished job
 * comes back to the loop through the wake pipe.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/bufferevent_ssl.h>
#include <event2/event.h>
#include <event2/listener.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include "audit/audit.h"
#include "config.h"
#include "connector.h"
#include "host/host.h"
#include "log.h"
#include "server/server.h"
#include "util/sigpipe.h"
#include "util/strutil.h"

#define MLLP_DEFAULT_LISTEN "127.0.0.1:2575"
/*
 * The HL7 v2 reader's own limit (plugins/his-hl7v2/er7.h, 8 MiB): a larger
 * message is caught here, answered AE from its MSH, and never read whole.
 */
#define MLLP_DEFAULT_MAX_MESSAGE (8u * 1024 * 1024)
#define MLLP_DEFAULT_MAX_CONNECTIONS 16u
#define MLLP_DEFAULT_MAX_PER_PEER 4u
#define MLLP_DEFAULT_TIMEOUT 30
#define MLLP_DEFAULT_IDLE_TIMEOUT 600
/* Bytes outside frames a connection may send before it is closed. */
#define MLLP_MAX_GARBAGE (64u * 1024)
/* Input read ahead of the frame being collected. */
#define MLLP_READ_AHEAD (256u * 1024)
/* Answers the peer has not read yet; reading pauses above this. */
#define MLLP_MAX_UNREAD_ANSWERS (64u * 1024)
/* What is kept of a message over max_message to answer it: its MSH. */
#define MLLP_HEAD (64u * 1024)
#define MLLP_WORKERS 4

typedef struct mllp_conn mllp_conn;

typedef struct mllp_job {
	struct mllp_job *next;
	mllp_conn *conn;
	char *data;
	size_t len;
	size_t too_big;                /* bytes of a message over max_message; 0 if not */
	char *source;
	struct timespec start;
	bb_his_receipt *receipt;       /* the answer, or NULL when there is none */
	char *answer;                  /* a too-big message's answer */
	size_t answer_len;
	char *why;                     /* why there is no answer */
} mllp_job;

struct mllp_conn {
	bb_mllp *m;
	struct bufferevent *bev;
	struct event *deadline;        /* a started message must arrive in time */
	char peer[INET6_ADDRSTRLEN];   /* the address, for per-peer limits */
	char name[INET6_ADDRSTRLEN + 16];
	struct evbuffer *frame;        /* the message being collected */
	size_t frame_len;              /* its bytes so far, kept or not */
	size_t garbage;
	int in_frame;
	int busy;                      /* a job is in work for it */
	int gone;                      /* the connection is closed; free when the job returns */
	mllp_conn *prev, *next;
};

/* Reasons for refusing a connection whose audit records are spaced out (audit_refusal). */
#define MLLP_REFUSAL_REASONS 8

struct bb_mllp {
	bb_connector *c;
	SSL_CTX *ctx;                  /* replaced by bb_mllp_reload from another thread, under ctx_lock */
	mutex ctx_lock;                /* a leaf (mutex.h) */
	int tls;                       /* set once, before any thread: read this, not ctx */
	struct event_base *base;
	struct evconnlistener *lev;
	struct event *wake_ev, *resume_ev;
	int wake[2];
	char *host, *address, *adapter, *destination;
	int port;
	size_t max_message;
	unsigned max_connections, max_per_peer;
	int timeout, idle_timeout;
	mllp_conn *conns;
	unsigned nconns, inflight;
	atomic_int stop_requested;
	int stopping, ran;
	/* connection refusals by reason, for the audit trail (loop thread only): see audit_refusal */
	struct refusal_count {
		char why[128];
		char peer[INET6_ADDRSTRLEN + 16];
		time_t audited;
		unsigned long held;
	} refusals[MLLP_REFUSAL_REASONS];

	mutex lock;                    /* the two job lists; a leaf */
	pthread_cond_t cond;
	mllp_job *todo, *todo_tail, *done;
	int quit;
	pthread_t workers[MLLP_WORKERS];
	int nworkers;
};

static void process(mllp_conn *k);

/*
 * Connection refusals are audited, but a peer that opens connections as
 * fast as it can must not make the loop thread wait on the audit trail's
 * fdatasync for each: within MLLP_AUDIT_EVERY seconds of the last record
 * for the same reason, refusals are counted, and the next record for that
 * reason (or refusals_flush, at the latest when the listener stops) says
 * how many it stands for. Every refusal is in the trail, counted.
 */
#define MLLP_AUDIT_EVERY 5

static void refusal_record(bb_mllp *m, const char *peer, const char *why, unsigned long before)
{
	char *detail = before ? str_printf("%s (and %lu more like it in the %d s before, counted"
					   " here, not recorded one by one)", why, before,
					   MLLP_AUDIT_EVERY)
			      : NULL;
	audit_rec rec;

	memset(&rec, 0, sizeof rec);
	rec.event = "mllp.connection";
	rec.actor = peer;
	rec.outcome = "refused";
	rec.detail = detail ? detail : why;
	connector_audit(m->c, &rec, 1);
	free(detail);
}

/* The counted refusals into the audit trail now (`all`), or those whose time is up. */
static void refusals_flush(bb_mllp *m, int all)
{
	time_t now = time(NULL);
	size_t i;

	for (i = 0; i < MLLP_REFUSAL_REASONS; i++) {
		struct refusal_count *r = &m->refusals[i];

		if (r->held && (all || now - r->audited >= MLLP_AUDIT_EVERY)) {
			refusal_record(m, r->peer, r->why, r->held - 1);
			r->held = 0;
			r->audited = now;
		}
	}
}

static void audit_refusal(bb_mllp *m, const char *peer, const char *why)
{
	time_t now = time(NULL);
	struct refusal_count *r = NULL, *oldest = &m->refusals[0];
	size_t i;

	for (i = 0; i < MLLP_REFUSAL_REASONS && !r; i++) {
		if (strncmp(m->refusals[i].why, why, sizeof m->refusals[i].why - 1) == 0)
			r = &m->refusals[i];
		else if (m->refusals[i].audited < oldest->audited)
			oldest = &m->refusals[i];
	}
	if (r && now >= r->audited && now - r->audited < MLLP_AUDIT_EVERY) {
		/* counted; the last peer is named when the count is written */
		r->held++;
		snprintf(r->peer, sizeof r->peer, "%s", peer);
		log_msg(m->c, BB_LOG_DEBUG, "mllp: %s: %s", peer, why);
		return;
	}
	log_msg(m->c, BB_LOG_WARN, "mllp: %s: %s", peer, why);
	if (!r) {
		r = oldest;
		if (r->held)
			refusal_record(m, r->peer, r->why, r->held - 1);
		r->held = 0;
		snprintf(r->why, sizeof r->why, "%s", why);
	}
	refusal_record(m, peer, why, r->held);
	r->held = 0;
	r->audited = now;
}

/* ---- jobs (worker threads) ------------------------------------------------ */

static void job_free(mllp_job *j)
{
	if (!j)
		return;
	bb_his_receipt_free(j->receipt);
	free(j->data);
	free(j->answer);
	free(j->source);
	free(j->why);
	free(j);
}

static void run_job(bb_mllp *m, mllp_job *j)
{
	if (j->too_big) {
		diag_list p = DIAG_LIST_INIT;

		diag_add(&p, BB_ETOOBIG, j->source, 0, NULL,
			 "the message is %zu bytes or more; this listener takes at most %zu (max_message)",
			 j->too_big, m->max_message);
		if (adapter_his_answer(&j->answer, &j->answer_len, m->c, m->adapter, j->source, j->data,
			       j->len, &p, NULL) != BB_OK)
			j->why = str_dup(bb_error_last(m->c)->message);
		diag_free(&p);
		return;
	}
	if (bb_his_receive(&j->receipt, m->c, m->adapter, j->source, j->data, j->len,
			   m->destination) != BB_OK)
		j->why = str_dup(bb_error_last(m->c)->message);
}

static void *worker(void *arg)
{
	bb_mllp *m = arg;
	sigpipe_guard guard;
	mllp_job *j;

	sigpipe_block(&guard);
	for (;;) {
		mutex_lock(&m->lock);
		while (!m->todo && !m->quit)
			cond_wait(&m->cond, &m->lock);
		j = m->todo;
		if (j) {
			m->todo = j->next;
			if (!m->todo)
				m->todo_tail = NULL;
		}
		mutex_unlock(&m->lock);
		if (!j)
			break;
		run_job(m, j);
		mutex_lock(&m->lock);
		j->next = m->done;
		m->done = j;
		mutex_unlock(&m->lock);
		if (write(m->wake[1], "j", 1) < 0) {
			/* the pipe is full: the loop wakes anyway */
		}
	}
	sigpipe_restore(&guard);
	return NULL;
}

static void submit(mllp_conn *k, mllp_job *j)
{
	bb_mllp *m = k->m;

	k->busy = 1;
	m->inflight++;
	clock_gettime(CLOCK_MONOTONIC, &j->start);
	mutex_lock(&m->lock);
	if (m->todo_tail)
		m->todo_tail->next = j;
	else
		m->todo = j;
	m->todo_tail = j;
	pthread_cond_signal(&m->cond);
	mutex_unlock(&m->lock);
}

/* ---- connections (loop thread) -------------------------------------------- */

static void conn_free(mllp_conn *k)
{
	bb_mllp *m = k->m;

	if (k->prev)
		k->prev->next = k->next;
	else
		m->conns = k->next;
	if (k->next)
		k->next->prev = k->prev;
	m->nconns--;
	if (k->deadline)
		event_free(k->deadline);
	if (k->frame)
		evbuffer_free(k->frame);
	free(k);
	if (m->stopping && m->inflight == 0 && !m->conns)
		event_base_loopexit(m->base, NULL);
}

/* Close the connection; a job in work finishes and its answer is dropped. */
static void conn_close(mllp_conn *k)
{
	if (k->bev) {
		bufferevent_free(k->bev);
		k->bev = NULL;
	}
	if (k->deadline)
		event_del(k->deadline);
	k->gone = 1;
	if (!k->busy)
		conn_free(k);
}

static void conn_refuse(mllp_conn *k, const char *why)
{
	audit_refusal(k->m, k->name, why);
	conn_close(k);
}

static void frame_late(evutil_socket_t fd, short what, void *arg)
{
	mllp_conn *k = arg;
	char why[96];

	(void)fd; (void)what;
	snprintf(why, sizeof why, "a message took longer than %d s to arrive", k->m->timeout);
	conn_refuse(k, why);
}

/* The peer's certificate CN, for the record's source; NULL without TLS. */
static char *peer_cn(mllp_conn *k)
{
	SSL *ssl = k->bev ? bufferevent_openssl_get_ssl(k->bev) : NULL;
	X509 *x = ssl ? SSL_get1_peer_certificate(ssl) : NULL;
	char cn[256];
	char *out = NULL;

	if (x && X509_NAME_get_text_by_NID(X509_get_subject_name(x), NID_commonName, cn,
					   sizeof cn) > 0)
		out = str_dup(cn);
	X509_free(x);
	return out;
}

static void frame_done(mllp_conn *k)
{
	bb_mllp *m = k->m;
	mllp_job *j = calloc(1, sizeof *j);
	size_t kept = evbuffer_get_length(k->frame);
	char *cn = peer_cn(k);

	k->in_frame = 0;
	event_del(k->deadline);
	if (j) {
		j->conn = k;
		j->len = kept;
		j->data = malloc(kept + 1);
		j->source = cn ? str_printf("mllp %s (%s)", k->name, cn) : str_printf("mllp %s", k->name);
		if (k->frame_len > m->max_message)
			j->too_big = k->frame_len;
	}
	free(cn);
	if (!j || !j->data || !j->source) {
		job_free(j);
		evbuffer_drain(k->frame, kept);
		conn_refuse(k, "out of memory for a message");
		return;
	}
	evbuffer_remove(k->frame, j->data, kept);
	j->data[kept] = '\0';
	if (j->too_big)
		audit_refusal(m, k->name, "a message over max_message (answered, not read)");
	submit(k, j);
}

/* Move `n` bytes of input into the frame, keeping at most what the limit allows. */
static void take(mllp_conn *k, struct evbuffer *in, size_t n)
{
	size_t room, limit = k->m->max_message;

	if (k->frame_len < limit) {
		room = limit - k->frame_len;
		evbuffer_remove_buffer(in, k->frame, n < room ? n : room);
		if (n > room)
			evbuffer_drain(in, n - room);
	} else {
		evbuffer_drain(in, n);
	}
	k->frame_len += n;
	/* Over the limit only the first segment stays, to address the answer. */
	if (k->frame_len > limit && evbuffer_get_length(k->frame) > MLLP_HEAD) {
		struct evbuffer *head = evbuffer_new();
		if (head) {
			evbuffer_remove_buffer(k->frame, head, MLLP_HEAD);
			evbuffer_drain(k->frame, evbuffer_get_length(k->frame));
			evbuffer_add_buffer(k->frame, head);
			evbuffer_free(head);
		}
	}
}

static void frame_start(mllp_conn *k)
{
	struct timeval tv = { k->m->timeout, 0 };

	k->in_frame = 1;
	k->frame_len = 0;
	evbuffer_drain(k->frame, evbuffer_get_length(k->frame));
	evtimer_add(k->deadline, &tv);
}

/* Read what the input holds: skip bytes between frames, collect a frame, hand it on. */
static void process(mllp_conn *k)
{
	struct evbuffer *in;

	while (k->bev && !k->busy) {
		struct evbuffer_ptr sb, eb;
		size_t len;

		in = bufferevent_get_input(k->bev);
		if (evbuffer_get_length(bufferevent_get_output(k->bev)) > MLLP_MAX_UNREAD_ANSWERS)
			return;        /* the write callback resumes */
		len = evbuffer_get_length(in);
		if (len == 0)
			return;
		sb = evbuffer_search(in, "\x0b", 1, NULL);
		if (!k->in_frame) {
			size_t skip = sb.pos < 0 ? len : (size_t)sb.pos;
			if (skip) {
				evbuffer_drain(in, skip);
				k->garbage += skip;
				if (k->garbage > MLLP_MAX_GARBAGE) {
					conn_refuse(k, "too many bytes outside MLLP frames");
					return;
				}
				log_msg(k->m->c, BB_LOG_DEBUG, "mllp: %s: %zu byte(s) outside frames skipped",
					k->name, skip);
			}
			if (sb.pos < 0)
				return;
			evbuffer_drain(in, 1);
			frame_start(k);
			continue;
		}
		eb = evbuffer_search(in, "\x1c", 1, NULL);
		if (sb.pos >= 0 && (eb.pos < 0 || sb.pos < eb.pos)) {
			/* A new start inside a frame: the sender gave up on the last one. */
			k->garbage += k->frame_len + (size_t)sb.pos;
			evbuffer_drain(in, (size_t)sb.pos + 1);
			if (k->garbage > MLLP_MAX_GARBAGE) {
				conn_refuse(k, "too many bytes outside MLLP frames");
				return;
			}
			frame_start(k);
			continue;
		}
		if (eb.pos < 0) {
			take(k, in, len);
			return;
		}
		take(k, in, (size_t)eb.pos);
		if (evbuffer_get_length(in) < 2)
			return;        /* the end marker's second byte is still to come */
		{
			unsigned char two[2];
			evbuffer_copyout(in, two, 2);
			if (two[1] != 0x0d) {
				/* 0x1C inside the message: data (the adapter will refuse it) */
				take(k, in, 1);
				continue;
			}
		}
		evbuffer_drain(in, 2);
		frame_done(k);
	}
}

static void on_read(struct bufferevent *bev, void *arg)
{
	(void)bev;
	process(arg);
}

static void on_write(struct bufferevent *bev, void *arg)
{
	mllp_conn *k = arg;

	(void)bev;
	if (k->m->stopping && !k->busy) {
		conn_close(k);
		return;
	}
	process(k);
}

static void on_event(struct bufferevent *bev, short what, void *arg)
{
	mllp_conn *k = arg;
	unsigned long e = bufferevent_get_openssl_error(bev);

	if (e && !(what & BEV_EVENT_CONNECTED)) {
		char text[160];
		ERR_error_string_n(e, text, sizeof text);
		conn_refuse(k, text[0] ? text : "TLS failed");
		return;
	}
	if (what & BEV_EVENT_TIMEOUT) {
		log_msg(k->m->c, BB_LOG_INFO, "mllp: %s: closed after %d s without a byte", k->name,
			k->m->idle_timeout);
		conn_close(k);
	} else if (what & (BEV_EVENT_EOF | BEV_EVENT_ERROR)) {
		if (k->in_frame || k->busy)
			log_msg(k->m->c, BB_LOG_INFO, "mllp: %s: hung up %s", k->name,
				k->busy ? "before its answer" : "inside a message");
		conn_close(k);
	}
}

static unsigned conns_from(const bb_mllp *m, const char *peer)
{
	const mllp_conn *k;
	unsigned n = 0;

	for (k = m->conns; k; k = k->next)
		n += !k->gone && strcmp(k->peer, peer) == 0;
	return n;
}

static void on_accept(struct evconnlistener *lev, evutil_socket_t fd, struct sockaddr *sa,
		      int salen, void *arg)
{
	bb_mllp *m = arg;
	char peer[INET6_ADDRSTRLEN] = "?", name[INET6_ADDRSTRLEN + 16];
	struct timeval idle = { m->idle_timeout, 0 }, wr = { m->timeout, 0 };
	mllp_conn *k;
	int port = 0;

	(void)lev; (void)salen;
	refusals_flush(m, 0);
	if (sa->sa_family == AF_INET) {
		inet_ntop(AF_INET, &((struct sockaddr_in *)sa)->sin_addr, peer, sizeof peer);
		port = ntohs(((struct sockaddr_in *)sa)->sin_port);
	} else if (sa->sa_family == AF_INET6) {
		inet_ntop(AF_INET6, &((struct sockaddr_in6 *)sa)->sin6_addr, peer, sizeof peer);
		port = ntohs(((struct sockaddr_in6 *)sa)->sin6_port);
	}
	snprintf(name, sizeof name, "%s:%d", peer, port);
	if (m->stopping) {
		evutil_closesocket(fd);
		return;
	}
	if (m->nconns >= m->max_connections || conns_from(m, peer) >= m->max_per_peer) {
		evutil_closesocket(fd);
		audit_refusal(m, name, m->nconns >= m->max_connections
				       ? "over max_connections" : "over max_per_peer");
		return;
	}
	k = calloc(1, sizeof *k);
	if (!k) {
		evutil_closesocket(fd);
		return;
	}
	k->m = m;
	memcpy(k->peer, peer, sizeof peer);
	memcpy(k->name, name, sizeof name);
	k->frame = evbuffer_new();
	k->deadline = evtimer_new(m->base, frame_late, k);
	if (m->tls) {
		SSL *ssl = server_tls_ssl_new(&m->ctx, &m->ctx_lock);
		k->bev = ssl ? bufferevent_openssl_socket_new(m->base, fd, ssl, BUFFEREVENT_SSL_ACCEPTING,
							      BEV_OPT_CLOSE_ON_FREE) : NULL;
		if (!k->bev)
			SSL_free(ssl);
		else
			bufferevent_openssl_set_allow_dirty_shutdown(k->bev, 1);
	} else {
		k->bev = bufferevent_socket_new(m->base, fd, BEV_OPT_CLOSE_ON_FREE);
	}
	k->next = m->conns;
	if (m->conns)
		m->conns->prev = k;
	m->conns = k;
	m->nconns++;
	if (!k->bev || !k->frame || !k->deadline) {
		if (!k->bev)
			evutil_closesocket(fd);
		log_msg(m->c, BB_LOG_ERROR, "mllp: %s: out of memory", name);
		conn_close(k);
		return;
	}
	bufferevent_setcb(k->bev, on_read, on_write, on_event, k);
	bufferevent_setwatermark(k->bev, EV_READ, 0, MLLP_READ_AHEAD);
	bufferevent_set_timeouts(k->bev, &idle, &wr);
	bufferevent_enable(k->bev, EV_READ | EV_WRITE);
	log_msg(m->c, BB_LOG_DEBUG, "mllp: %s: connected", name);
}

static void on_accept_error(struct evconnlistener *lev, void *arg)
{
	bb_mllp *m = arg;
	struct timeval tv = { 1, 0 };

	log_msg(m->c, BB_LOG_WARN, "mllp: cannot accept a connection: %s; pausing for 1 s",
		evutil_socket_error_to_string(EVUTIL_SOCKET_ERROR()));
	evconnlistener_disable(lev);
	evtimer_add(m->resume_ev, &tv);
}

static void resume_accepting(evutil_socket_t fd, short what, void *arg)
{
	bb_mllp *m = arg;

	(void)fd; (void)what;
	if (m->lev && !m->stopping)
		evconnlistener_enable(m->lev);
}

/* A finished job: its answer goes out, and the connection reads on. */
static void job_back(bb_mllp *m, mllp_job *j)
{
	mllp_conn *k = j->conn;
	const char *answer = j->receipt ? j->receipt->answer : j->answer;
	size_t len = j->receipt ? j->receipt->answer_len : j->answer_len;
	struct timespec end;
	static const char *const names[] = { "?", "accepted", "refused", "not now" };

	clock_gettime(CLOCK_MONOTONIC, &end);
	m->inflight--;
	k->busy = 0;
	if (answer) {
		int o = j->receipt ? j->receipt->outcome : BB_HIS_REFUSED;
		log_msg(m->c, BB_LOG_INFO, "mllp: %s: %s%s%s%s in %.1f ms%s", k->name,
			names[o >= 1 && o <= 3 ? o : 0], j->receipt && j->receipt->message_id ? " as " : "",
			j->receipt && j->receipt->message_id ? j->receipt->message_id : "",
			j->receipt && j->receipt->repeat ? " (a repeat)" : "",
			(double)(end.tv_sec - j->start.tv_sec) * 1e3 +
			(double)(end.tv_nsec - j->start.tv_nsec) / 1e6,
			k->gone ? "; the peer hung up before the answer" : "");
	} else {
		log_msg(m->c, BB_LOG_ERROR, "mllp: %s: no answer could be made: %s", k->name,
			j->why ? j->why : "unknown");
	}
	if (k->gone) {
		conn_free(k);
	} else if (!answer) {
		conn_close(k);
	} else {
		struct evbuffer *out = bufferevent_get_output(k->bev);
		evbuffer_add(out, "\x0b", 1);
		evbuffer_add(out, answer, len);
		evbuffer_add(out, "\x1c\x0d", 2);
		process(k);
	}
	job_free(j);
}

static void begin_stop(bb_mllp *m)
{
	mllp_conn *k, *next;
	struct timeval tv = { m->timeout, 0 };

	m->stopping = 1;
	refusals_flush(m, 1);
	if (m->lev) {
		evconnlistener_free(m->lev);
		m->lev = NULL;
	}
	/* Idle connections go now; the busy ones once their answer is out. */
	for (k = m->conns; k; k = next) {
		next = k->next;
		if (!k->busy)
			conn_close(k);
	}
	log_msg(m->c, BB_LOG_INFO, "mllp: stopping, %u message(s) in work", m->inflight);
	if (m->inflight == 0)
		event_base_loopexit(m->base, NULL);
	else
		event_base_loopexit(m->base, &tv);
}

static void on_wake(evutil_socket_t fd, short what, void *arg)
{
	bb_mllp *m = arg;
	mllp_job *done, *j;
	char buf[64];

	(void)what;
	while (read(fd, buf, sizeof buf) > 0)
		;
	mutex_lock(&m->lock);
	done = m->done;
	m->done = NULL;
	mutex_unlock(&m->lock);
	while (done) {
		j = done;
		done = j->next;
		job_back(m, j);
	}
	if (atomic_load(&m->stop_requested) && !m->stopping)
		begin_stop(m);
}

/* ---- set-up ---------------------------------------------------------------- */

static unsigned long number(const cfg_section *sec, const char *key, unsigned long def)
{
	const char *v = config_get(sec, key);

	return v ? strtoul(v, NULL, 10) : def;
}

static int read_config(bb_mllp *m, const cfg_section *sec)
{
	const char *listen = sec ? config_get(sec, "listen") : NULL;
	const char *colon, *h, *adapter;
	size_t hlen;

	if (!listen)
		listen = MLLP_DEFAULT_LISTEN;
	colon = strrchr(listen, ':');
	h = listen;
	hlen = (size_t)(colon - listen);
	if (hlen >= 2 && h[0] == '[' && h[hlen - 1] == ']') {
		h++;
		hlen -= 2;
	}
	m->host = str_ndup(h, hlen);
	m->port = atoi(colon + 1);
	adapter = sec && config_get(sec, "adapter") ? config_get(sec, "adapter") : bb_config_his_adapter(m->c);
	if (!adapter)
		return connector_error(m->c, BB_ECONFIG,
				       "[mllp]: no adapter, and no his_adapter in [connector]");
	m->adapter = str_dup(adapter);
	if (sec && config_get(sec, "destination"))
		m->destination = str_dup(config_get(sec, "destination"));
	m->max_message = number(sec, "max_message", MLLP_DEFAULT_MAX_MESSAGE);
	m->max_connections = (unsigned)number(sec, "max_connections", MLLP_DEFAULT_MAX_CONNECTIONS);
	m->max_per_peer = (unsigned)number(sec, "max_per_peer", MLLP_DEFAULT_MAX_PER_PEER);
	m->timeout = (int)number(sec, "timeout", MLLP_DEFAULT_TIMEOUT);
	m->idle_timeout = (int)number(sec, "idle_timeout", MLLP_DEFAULT_IDLE_TIMEOUT);
	if (!m->host || !m->adapter)
		return connector_error(m->c, BB_ENOMEM, "out of memory");
	if (sec && config_get(sec, "certificate")) {
		m->tls = 1;
		return server_tls_ctx(m->c, "mllp", config_get(sec, "certificate"), config_get(sec, "key"),
				      config_get(sec, "ca_file"), &m->ctx);
	}
	return BB_OK;
}

/* Fail at start, not at the first message: the adapter must load and answer. */
static int check_adapter(bb_mllp *m)
{
	char *answer = NULL;
	int rc = adapter_his_answer(&answer, NULL, m->c, m->adapter, "mllp", "", 0, NULL, NULL);

	free(answer);
	if (rc == BB_EUNSUPPORTED)
		return connector_error(m->c, BB_ECONFIG,
				       "[mllp]: HIS adapter \"%s\" cannot answer messages", m->adapter);
	return rc;
}

static int start_listening(bb_mllp *m)
{
	struct evutil_addrinfo hints, *ai = NULL;
	struct sockaddr_storage ss;
	socklen_t sl = sizeof ss;
	char port[16];
	int one = 1, err;

	memset(&hints, 0, sizeof hints);
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = EVUTIL_AI_PASSIVE | EVUTIL_AI_NUMERICHOST;
	snprintf(port, sizeof port, "%d", m->port);
	err = evutil_getaddrinfo(m->host, port, &hints, &ai);
	if (err != 0 || !ai)
		return connector_error(m->c, BB_ECONFIG, "[mllp]: listen = %s:%d: not a numeric address",
				       m->host, m->port);
	m->lev = evconnlistener_new_bind(m->base, on_accept, m,
					 LEV_OPT_CLOSE_ON_FREE | LEV_OPT_REUSEABLE | LEV_OPT_CLOSE_ON_EXEC,
					 64, ai->ai_addr, (int)ai->ai_addrlen);
	evutil_freeaddrinfo(ai);
	if (!m->lev)
		return connector_error(m->c, BB_EUNAVAILABLE, "[mllp]: cannot listen on %s:%d: %s",
				       m->host, m->port, strerror(errno));
	evconnlistener_set_error_cb(m->lev, on_accept_error);
	/* Answers are small and each is awaited: no Nagle delay on them. */
	setsockopt(evconnlistener_get_fd(m->lev), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	if (getsockname(evconnlistener_get_fd(m->lev), (struct sockaddr *)&ss, &sl) == 0) {
		if (ss.ss_family == AF_INET)
			m->port = ntohs(((struct sockaddr_in *)&ss)->sin_port);
		else if (ss.ss_family == AF_INET6)
			m->port = ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
	}
	m->address = str_printf(strchr(m->host, ':') ? "%s://[%s]:%d" : "%s://%s:%d",
				m->ctx ? "mllps" : "mllp", m->host, m->port);
	return m->address ? BB_OK : connector_error(m->c, BB_ENOMEM, "out of memory");
}

int bb_mllp_new(bb_mllp **out, bb_connector *c)
{
	struct event_config *ec;
	bb_mllp *m;
	int rc;

	if (!out || !c)
		return BB_EINVAL;
	*out = NULL;
	if (!c->cfg || !c->cfg->mllp.name)
		return connector_error(c, BB_ECONFIG, "the configuration has no [mllp] section");
	m = calloc(1, sizeof *m);
	if (!m)
		return connector_error(c, BB_ENOMEM, "out of memory");
	m->c = c;
	m->wake[0] = m->wake[1] = -1;
	mutex_init(&m->lock, LOCK_RANK_LEAF, "MLLP's job lists (server/mllp.c)");
	mutex_init(&m->ctx_lock, LOCK_RANK_LEAF, "MLLP's TLS context (server/tls.c)");
	pthread_cond_init(&m->cond, NULL);
	if ((rc = read_config(m, &c->cfg->mllp)) != BB_OK)
		goto fail;
	/* the listener takes a practice's records only: it must know which */
	if (!delivery_practices_served(c)) {
		rc = connector_error(c, BB_ECONFIG,
				     "[mllp]: name the practices whose records it takes: practices = AGB"
				     " code(s) in [mllp], or agb in [practice]");
		goto fail;
	}
	if ((rc = check_adapter(m)) != BB_OK)
		goto fail;
	ec = event_config_new();
	if (ec)
		event_config_set_flag(ec, EVENT_BASE_FLAG_NOLOCK);
	m->base = ec ? event_base_new_with_config(ec) : NULL;
	event_config_free(ec);
	if (!m->base || pipe2(m->wake, O_NONBLOCK | O_CLOEXEC) != 0) {
		rc = connector_error(c, BB_ERROR, "cannot make the listener's event loop");
		goto fail;
	}
	m->wake_ev = event_new(m->base, m->wake[0], EV_READ | EV_PERSIST, on_wake, m);
	m->resume_ev = evtimer_new(m->base, resume_accepting, m);
	if (!m->wake_ev || !m->resume_ev || event_add(m->wake_ev, NULL) != 0) {
		rc = connector_error(c, BB_ENOMEM, "cannot make the listener's event loop");
		goto fail;
	}
	if ((rc = start_listening(m)) != BB_OK)
		goto fail;
	log_msg(c, BB_LOG_INFO, "mllp: listening on %s", m->address);
	*out = m;
	return BB_OK;
fail:
	bb_mllp_free(m);
	return rc;
}

int bb_mllp_port(const bb_mllp *m)
{
	return m ? m->port : -1;
}

const char *bb_mllp_address(const bb_mllp *m)
{
	return m ? m->address : NULL;
}

int bb_mllp_run(bb_mllp *m)
{
	sigpipe_guard guard;
	int i, rc;

	if (!m)
		return BB_EINVAL;
	if (m->ran)
		return connector_error(m->c, BB_EINVAL, "bb_mllp_run: a listener runs once");
	m->ran = 1;
	for (i = 0; i < MLLP_WORKERS; i++) {
		if (pthread_create(&m->workers[i], NULL, worker, m) != 0)
			break;
		m->nworkers++;
	}
	if (m->nworkers == 0)
		return connector_error(m->c, BB_ERROR, "mllp: cannot start a worker thread");
	if (atomic_load(&m->stop_requested))
		begin_stop(m);
	/* Peers hang up: EPIPE, never a SIGPIPE that ends the HIS's process. */
	sigpipe_block(&guard);
	rc = event_base_dispatch(m->base) < 0 ? BB_ERROR : BB_OK;
	sigpipe_restore(&guard);
	log_msg(m->c, BB_LOG_INFO, "mllp: stopped");
	if (rc != BB_OK)
		return connector_error(m->c, rc, "the listener's event loop failed");
	return BB_OK;
}

void bb_mllp_stop(bb_mllp *m)
{
	if (!m)
		return;
	atomic_store(&m->stop_requested, 1);
	if (write(m->wake[1], "s", 1) < 0) {
		/* full pipe: a wake-up is pending anyway */
	}
}

/*
 * SIGHUP: with TLS, the [mllp] certificate, key and CA file as they are
 * now, for connections from now on (tls_ctx_swap); open connections keep
 * theirs. Without TLS there is nothing of the listener's own to read again.
 */
int bb_mllp_reload(bb_mllp *m)
{
	if (!m)
		return BB_EINVAL;
	return m->tls ? server_tls_listener_reload(m->c, "mllp", &m->c->cfg->mllp, &m->ctx, &m->ctx_lock) : BB_OK;
}

void bb_mllp_free(bb_mllp *m)
{
	mllp_conn *k;
	mllp_job *j;
	int i;

	if (!m)
		return;
	mutex_lock(&m->lock);
	m->quit = 1;
	pthread_cond_broadcast(&m->cond);
	mutex_unlock(&m->lock);
	for (i = 0; i < m->nworkers; i++)
		pthread_join(m->workers[i], NULL);
	/* Jobs not taken or not answered: nothing more will happen to them. */
	while ((j = m->todo)) {
		m->todo = j->next;
		job_free(j);
	}
	while ((j = m->done)) {
		m->done = j->next;
		job_free(j);
	}
	while ((k = m->conns)) {
		k->busy = 0;
		if (k->bev)
			bufferevent_free(k->bev);
		k->bev = NULL;
		m->stopping = 0;
		conn_free(k);
	}
	if (m->lev)
		evconnlistener_free(m->lev);
	if (m->wake_ev)
		event_free(m->wake_ev);
	if (m->resume_ev)
		event_free(m->resume_ev);
	if (m->base)
		event_base_free(m->base);
	if (m->wake[0] >= 0)
		close(m->wake[0]);
	if (m->wake[1] >= 0)
		close(m->wake[1]);
	SSL_CTX_free(m->ctx);
	mutex_destroy(&m->ctx_lock);
	mutex_destroy(&m->lock);
	pthread_cond_destroy(&m->cond);
	free(m->host);
	free(m->address);
	free(m->adapter);
	free(m->destination);
	free(m);
}
