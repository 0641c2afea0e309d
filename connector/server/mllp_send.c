/*
 * Feedback to a HIS that takes HL7 v2 over MLLP: what the HIS adapter made
 * of the feedback (an ORU^R01) goes to the HIS's listener in one frame, and
 * counts as delivered only when the HIS's answer, read by the same adapter
 * (check_answer), accepts it. A plain blocking client with a deadline on
 * every step: it is called from the thread that applies feedback, which
 * keeps the message pending and tries again when this fails.
 */
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/socket.h>

#include "config.h"
#include "connector.h"
#include "host/host.h"
#include "log.h"
#include "util/sigpipe.h"
#include "util/strutil.h"

/* The longest answer we read: an ACK is a few hundred bytes. */
#define ANSWER_MAX (1024u * 1024)
#define SEND_TIMEOUT_MS 30000

static long ms_left(const struct timespec *deadline)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (long)(deadline->tv_sec - now.tv_sec) * 1000 +
	       (deadline->tv_nsec - now.tv_nsec) / 1000000;
}

static int wait_for(int fd, short what, const struct timespec *deadline)
{
	struct pollfd p = { fd, what, 0 };
	long left;
	int n;

	for (;;) {
		left = ms_left(deadline);
		if (left <= 0)
			return 0;
		n = poll(&p, 1, (int)left);
		if (n > 0)
			return 1;
		if (n < 0 && errno != EINTR)
			return -1;
	}
}

/* A connected socket to "host:port", or -1 with `why`. */
static int dial(const char *address, const struct timespec *deadline, char *why, size_t size)
{
	struct addrinfo hints, *ai = NULL, *a;
	const char *colon = strrchr(address, ':');
	char host[256];
	size_t hlen;
	int fd = -1, err = 0;
	socklen_t el = sizeof err;

	if (!colon || (hlen = (size_t)(colon - address)) == 0 || hlen >= sizeof host) {
		snprintf(why, size, "\"%s\" is not host:port", address);
		return -1;
	}
	memcpy(host, address[0] == '[' ? address + 1 : address, hlen);
	host[address[0] == '[' ? hlen - 2 : hlen] = '\0';
	memset(&hints, 0, sizeof hints);
	hints.ai_socktype = SOCK_STREAM;
	if ((err = getaddrinfo(host, colon + 1, &hints, &ai)) != 0) {
		snprintf(why, size, "%s: %s", address, gai_strerror(err));
		return -1;
	}
	snprintf(why, size, "%s: no address", address);
	for (a = ai; a; a = a->ai_next) {
		fd = socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, a->ai_protocol);
		if (fd < 0)
			continue;
		if (connect(fd, a->ai_addr, a->ai_addrlen) == 0)
			break;
		if (errno == EINPROGRESS && wait_for(fd, POLLOUT, deadline) == 1 &&
		    getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &el) == 0 && err == 0)
			break;
		snprintf(why, size, "cannot connect to %s: %s", address,
			 errno == EINPROGRESS && !err ? "timed out" : strerror(err ? err : errno));
		close(fd);
		fd = -1;
	}
	freeaddrinfo(ai);
	return fd;
}

static int send_all(int fd, const unsigned char *p, size_t n, const struct timespec *deadline)
{
	ssize_t w;

	while (n > 0) {
		w = send(fd, p, n, MSG_NOSIGNAL);
		if (w > 0) {
			p += w;
			n -= (size_t)w;
		} else if (w < 0 && (errno == EAGAIN || errno == EINTR)) {
			if (wait_for(fd, POLLOUT, deadline) != 1)
				return -1;
		} else {
			return -1;
		}
	}
	return 0;
}

/* Read one MLLP frame's content into *out (malloc'ed); -1 with `why`. */
static int read_frame(int fd, const struct timespec *deadline, char **out, size_t *len,
		      char *why, size_t size)
{
	strbuf b = STRBUF_INIT;
	char chunk[4096];
	const char *start, *end;
	ssize_t r;

	for (;;) {
		if (b.len && (start = memchr(b.data, 0x0b, b.len)) != NULL &&
		    (end = memchr(start, 0x1c, b.len - (size_t)(start - b.data))) != NULL &&
		    (size_t)(end - b.data) + 1 < b.len && end[1] == 0x0d) {
			*len = (size_t)(end - start - 1);
			*out = str_ndup(start + 1, *len);
			strbuf_free(&b);
			return *out ? 0 : -1;
		}
		if (b.len > ANSWER_MAX) {
			snprintf(why, size, "the HIS's answer is over %u bytes", ANSWER_MAX);
			break;
		}
		r = recv(fd, chunk, sizeof chunk, 0);
		if (r > 0) {
			if (strbuf_add(&b, chunk, (size_t)r) != 0) {
				snprintf(why, size, "out of memory");
				break;
			}
		} else if (r == 0) {
			snprintf(why, size, "the HIS hung up without an answer");
			break;
		} else if (errno == EAGAIN || errno == EINTR) {
			if (wait_for(fd, POLLIN, deadline) != 1) {
				snprintf(why, size, "no answer from the HIS within %d s",
					 SEND_TIMEOUT_MS / 1000);
				break;
			}
		} else {
			snprintf(why, size, "reading the HIS's answer: %s", strerror(errno));
			break;
		}
	}
	strbuf_free(&b);
	return -1;
}

int bb_his_deliver(bb_connector *c, const char *adapter, const char *address, const void *entry,
		   size_t len)
{
	struct timespec deadline;
	char why[300], *answer = NULL;
	size_t alen = 0;
	int fd, rc;

	if (!c || !address || !entry)
		return c ? connector_error(c, BB_EINVAL, "bb_his_deliver: missing argument") : BB_EINVAL;
	clock_gettime(CLOCK_MONOTONIC, &deadline);
	deadline.tv_sec += SEND_TIMEOUT_MS / 1000;
	fd = dial(address, &deadline, why, sizeof why);
	if (fd < 0)
		return connector_error(c, BB_EUNAVAILABLE, "feedback to the HIS: %s", why);
	if (send_all(fd, (const unsigned char *)"\x0b", 1, &deadline) != 0 ||
	    send_all(fd, entry, len, &deadline) != 0 ||
	    send_all(fd, (const unsigned char *)"\x1c\x0d", 2, &deadline) != 0) {
		close(fd);
		return connector_error(c, BB_EUNAVAILABLE, "feedback to the HIS at %s: cannot send: %s",
				       address, strerror(errno));
	}
	rc = read_frame(fd, &deadline, &answer, &alen, why, sizeof why);
	close(fd);
	if (rc != 0)
		return connector_error(c, BB_EUNAVAILABLE, "feedback to the HIS at %s: %s", address, why);
	rc = adapter_his_check_answer(c, adapter, entry, len, answer, alen);
	free(answer);
	if (rc == BB_EINPUT) {
		/* Not an answer to this message (another's ACK, noise): as if none came. */
		char *text = str_dup(bb_error_last(c)->message);
		rc = connector_error(c, BB_EUNAVAILABLE, "feedback to the HIS at %s: %s", address,
				     text ? text : "the answer is not for this message");
		free(text);
	}
	return rc;
}

/* ---- applying received feedback by sending it to the HIS ------------------- */

static int send_to_his(const char *referral_id, const bb_feedback *fb, const char *entry,
		       size_t len, void *payload)
{
	bb_connector *c = payload;
	const char *address = config_get(&c->cfg->mllp, "feedback_to");
	const char *adapter = config_get(&c->cfg->mllp, "adapter");
	unsigned attempt;
	int rc = BB_ERROR;

	(void)fb;
	/* A few quick tries; after that the message stays pending for the next pass. */
	for (attempt = 1; attempt <= 3; attempt++) {
		rc = bb_his_deliver(c, adapter, address, entry, len);
		if (rc == BB_OK) {
			log_msg(c, BB_LOG_INFO, "feedback for %s delivered to the HIS at %s",
				referral_id ? referral_id : "?", address);
			return 0;
		}
		log_msg(c, BB_LOG_WARN, "feedback for %s not delivered to the HIS (attempt %u): %s",
			referral_id ? referral_id : "?", attempt, bb_error_last(c)->message);
		if (rc == BB_EREFUSED)
			break;
		if (attempt < 3) {
			struct timespec pause = { 0, 500000000L * (long)attempt };
			nanosleep(&pause, NULL);
		}
	}
	return 1;
}

int bb_connector_feedback_to_his(bb_connector *c)
{
	if (!c)
		return BB_EINVAL;
	if (!c->cfg || !c->cfg->mllp.name || !config_get(&c->cfg->mllp, "feedback_to"))
		return connector_error(c, BB_ENOTFOUND,
				       "no feedback_to in [mllp]: feedback has no HIS address to go to");
	return bb_connector_on_feedback(c, send_to_his, c);
}
