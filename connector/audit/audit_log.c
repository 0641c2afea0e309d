/*
 * Appending to the audit trail.
 *
 * Several writers may append at once: threads of one connector (the
 * mutex) and other processes (beweegbrug serve and a CLI command, both
 * appending: flock on the file). Under the lock the writer reads the
 * file's last record again, because another process may have appended
 * since, and chains its records after it. Each record is one write() on
 * an O_APPEND descriptor; one fdatasync covers a batch.
 *
 * A crash in the middle of a write can leave the last line cut off (no
 * newline). The next writer does not chain to it: it ends that line and
 * chains to the last complete record, so the cut line stays visible and
 * `audit verify` names it.
 */
#include "audit.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <json-c/json.h>
#include <openssl/evp.h>

#include "beweegbrug.h"
#include "strutil.h"

/* The last record is found in this much of the file's end (a record is < 4 KiB). */
#define TAIL_BYTES 65536

struct audit_log {
	char *path;
	int fd;
	pthread_mutex_t lock;   /* threads of this process; flock is per open file */
	/*
	 * Group sync: appends write under the locks, then wait for an
	 * fdatasync that began after their write; one thread syncs for all
	 * that wait (sync_to). Counts of appends written and synced.
	 */
	_Atomic uint64_t written;
	uint64_t synced;
	int syncing;
	pthread_mutex_t sync_lock;
	pthread_cond_t sync_cond;
};

static const char zero_hash[AUDIT_HASH_HEX + 1] =
	"0000000000000000000000000000000000000000000000000000000000000000";

static void hex_of(char *out, const unsigned char *in, size_t n)
{
	static const char digits[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < n; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 15];
	}
	out[2 * n] = '\0';
}

/* SHA-256 over prev (64 hex characters) || record, in hex. 0 on success. */
static int chain_hash(char out[AUDIT_HASH_HEX + 1], const char *prev, const char *rec, size_t len)
{
	unsigned char md[32];
	unsigned int n = 0;
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	int ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) == 1 &&
		 EVP_DigestUpdate(ctx, prev, AUDIT_HASH_HEX) == 1 &&
		 EVP_DigestUpdate(ctx, rec, len) == 1 && EVP_DigestFinal_ex(ctx, md, &n) == 1 &&
		 n == sizeof(md);

	EVP_MD_CTX_free(ctx);
	if (!ok)
		return -1;
	hex_of(out, md, sizeof(md));
	return 0;
}

int audit_chain_hash(char out[AUDIT_HASH_HEX + 1], const char *prev, const char *rec, size_t len)
{
	return chain_hash(out, prev, rec, len);
}

static json_object *str_or_null(const char *s)
{
	return s ? json_object_new_string(s) : NULL;
}

/*
 * A detail is free text from elsewhere (a receiver's error, a validation
 * message) and might quote a BSN: standalone nine-digit runs are masked
 * (str_mask_bsn), and the text is kept short.
 */
static char *scrub_detail(const char *s)
{
	size_t len = s ? strlen(s) : 0;

	if (!s)
		return NULL;
	if (len > 300) {
		len = 300;
		/* not in the middle of a UTF-8 character */
		while (len && ((unsigned char)s[len] & 0xC0) == 0x80)
			len--;
	}
	return str_mask_bsn(str_ndup(s, len));
}

char *audit_format(uint64_t seq, const char *time, const audit_rec *r,
		   const char prev[AUDIT_HASH_HEX + 1], char hash_out[AUDIT_HASH_HEX + 1])
{
	json_object *o = json_object_new_object();
	const char *text;
	char *line = NULL, *detail = scrub_detail(r->detail);
	size_t len;

	if (!o || (r->detail && !detail)) {
		json_object_put(o);
		free(detail);
		return NULL;
	}
	/* The order of the keys is fixed: the hash covers these exact bytes. */
	json_object_object_add(o, "seq", json_object_new_int64((int64_t)seq));
	json_object_object_add(o, "time", str_or_null(time));
	json_object_object_add(o, "event", str_or_null(r->event));
	json_object_object_add(o, "actor", str_or_null(r->actor));
	json_object_object_add(o, "patient", str_or_null(r->patient));
	json_object_object_add(o, "referral", str_or_null(r->referral));
	json_object_object_add(o, "practice", str_or_null(r->practice));
	json_object_object_add(o, "peer", str_or_null(r->peer));
	json_object_object_add(o, "message", str_or_null(r->message));
	json_object_object_add(o, "outcome", str_or_null(r->outcome));
	json_object_object_add(o, "detail", str_or_null(detail));
	json_object_object_add(o, "prev", json_object_new_string(prev));
	text = json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN |
						 JSON_C_TO_STRING_NOSLASHESCAPE);
	/*
	 * The record as hashed is this object without "hash"; the line is the
	 * same bytes with ,"hash":"..." put before the closing brace.
	 */
	if (text && (len = strlen(text)) > 2 && text[len - 1] == '}' &&
	    chain_hash(hash_out, prev, text, len) == 0)
		line = str_printf("%.*s,\"hash\":\"%s\"}\n", (int)(len - 1), text, hash_out);
	json_object_put(o);
	free(detail);
	return line;
}

int audit_open(audit_log **out, const char *path, diag_list *d)
{
	audit_log *a;
	struct stat st;
	int fd, created = 0;

	*out = NULL;
	fd = open(path, O_RDWR | O_APPEND | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0 && errno == ENOENT) {
		fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
		created = fd >= 0;
		if (fd < 0 && errno == EEXIST)   /* another process made it just now */
			fd = open(path, O_RDWR | O_APPEND | O_CLOEXEC | O_NOFOLLOW);
	}
	if (fd < 0)
		return diag_add(d, BB_EIO, path, 0, "audit_log", "cannot open the audit trail: %s",
				strerror(errno));
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return diag_add(d, BB_EIO, path, 0, "audit_log", "the audit trail is not a regular file");
	}
	if (created) {
		/* the new name must survive a crash too: sync its directory */
		char *dir = str_dup(path), *slash = dir ? strrchr(dir, '/') : NULL;
		int dfd;

		if (dir) {
			if (slash == dir)
				slash[1] = '\0';
			else if (slash)
				*slash = '\0';
			dfd = open(slash ? dir : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
			if (dfd >= 0) {
				fsync(dfd);
				close(dfd);
			}
			free(dir);
		}
	}
	a = calloc(1, sizeof(*a));
	if (!a || !(a->path = str_dup(path)) || pthread_mutex_init(&a->lock, NULL) != 0) {
		if (a)
			free(a->path);
		free(a);
		close(fd);
		return BB_ENOMEM;
	}
	pthread_mutex_init(&a->sync_lock, NULL);
	pthread_cond_init(&a->sync_cond, NULL);
	a->fd = fd;
	*out = a;
	return BB_OK;
}

void audit_close(audit_log *a)
{
	if (!a)
		return;
	close(a->fd);
	pthread_mutex_destroy(&a->lock);
	pthread_mutex_destroy(&a->sync_lock);
	pthread_cond_destroy(&a->sync_cond);
	free(a->path);
	free(a);
}

/*
 * The last record on disk: its sequence number and hash (zero and the
 * zero hash for an empty file). *torn is set when the file does not end
 * with a newline. A last line that cannot be read is skipped for the one
 * before it: the damage stays where it is, for verify to report.
 */
static int read_last(audit_log *a, uint64_t *seq, char hash[AUDIT_HASH_HEX + 1], int *torn,
		     diag_list *d)
{
	struct stat st;
	char *buf;
	size_t n, end;
	off_t from;
	ssize_t got;

	*seq = 0;
	memcpy(hash, zero_hash, sizeof(zero_hash));
	*torn = 0;
	if (fstat(a->fd, &st) != 0)
		return diag_add(d, BB_EIO, a->path, 0, "audit_log", "cannot stat the audit trail: %s",
				strerror(errno));
	if (st.st_size == 0)
		return BB_OK;
	n = st.st_size > TAIL_BYTES ? TAIL_BYTES : (size_t)st.st_size;
	from = st.st_size - (off_t)n;
	buf = malloc(n + 1);
	if (!buf)
		return BB_ENOMEM;
	got = pread(a->fd, buf, n, from);
	if (got != (ssize_t)n) {
		free(buf);
		return diag_add(d, BB_EIO, a->path, 0, "audit_log", "cannot read the audit trail: %s",
				got < 0 ? strerror(errno) : "short read");
	}
	buf[n] = '\0';
	*torn = buf[n - 1] != '\n';
	end = n;
	/* drop the cut-off part after the last newline */
	while (end && buf[end - 1] != '\n')
		end--;
	while (end) {
		size_t start = end - 1;   /* buf[end - 1] is the line's newline */
		audit_line l;
		const char *why;

		while (start && buf[start - 1] != '\n')
			start--;
		if (start == 0 && from != 0)
			break;               /* the line begins before the window */
		memset(&l, 0, sizeof(l));
		audit_parse(&l, buf + start, end - 1 - start, &why);
		if (l.json && l.seq && strlen(l.hash) == AUDIT_HASH_HEX) {
			*seq = l.seq;
			memcpy(hash, l.hash, sizeof(l.hash));
			audit_line_free(&l);
			break;
		}
		audit_line_free(&l);
		end = start;
	}
	free(buf);
	return BB_OK;
}

static void now_iso(char out[64])
{
	struct timespec ts;
	struct tm tm;
	time_t t;
	unsigned ms;

	clock_gettime(CLOCK_REALTIME, &ts);
	t = ts.tv_sec;
	ms = (unsigned)(ts.tv_nsec / 1000000L) % 1000u;
	gmtime_r(&t, &tm);
	/* milliseconds: records of one second stay told apart for a reader */
	snprintf(out, 64, "%04d-%02d-%02dT%02d:%02d:%02d.%03uZ", tm.tm_year + 1900, tm.tm_mon + 1,
		 tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, ms);
}

static int write_all(int fd, const char *p, size_t len)
{
	while (len) {
		ssize_t w = write(fd, p, len);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		len -= (size_t)w;
	}
	return 0;
}

/*
 * Durable before anyone is told it happened (see docs/audit.md): wait until
 * an fdatasync that began after append number `mine` was written has
 * finished. Whoever finds none running starts one, for everything written
 * so far, so appends from many threads share their syncs.
 */
static int sync_to(audit_log *a, uint64_t mine, diag_list *d)
{
	int rc = BB_OK;

	pthread_mutex_lock(&a->sync_lock);
	while (rc == BB_OK && a->synced < mine) {
		uint64_t upto;
		int ok;

		if (a->syncing) {
			pthread_cond_wait(&a->sync_cond, &a->sync_lock);
			continue;
		}
		a->syncing = 1;
		upto = atomic_load(&a->written);
		pthread_mutex_unlock(&a->sync_lock);
		ok = fdatasync(a->fd) == 0;
		if (!ok)
			rc = diag_add(d, BB_EIO, a->path, 0, "audit_log",
				      "cannot sync the audit trail: %s", strerror(errno));
		pthread_mutex_lock(&a->sync_lock);
		a->syncing = 0;
		if (ok && upto > a->synced)
			a->synced = upto;
		pthread_cond_broadcast(&a->sync_cond);
	}
	pthread_mutex_unlock(&a->sync_lock);
	return rc;
}

int audit_append(audit_log *a, const audit_rec *recs, size_t n, diag_list *d)
{
	uint64_t mine = 0;
	char prev[AUDIT_HASH_HEX + 1], hash[AUDIT_HASH_HEX + 1], when[64];
	uint64_t seq;
	size_t i;
	int torn = 0, rc;

	if (!n)
		return BB_OK;
	pthread_mutex_lock(&a->lock);
	while (flock(a->fd, LOCK_EX) != 0) {
		if (errno != EINTR) {
			rc = diag_add(d, BB_EIO, a->path, 0, "audit_log",
				      "cannot lock the audit trail: %s", strerror(errno));
			pthread_mutex_unlock(&a->lock);
			return rc;
		}
	}
	rc = read_last(a, &seq, prev, &torn, d);
	if (rc == BB_OK && torn && write_all(a->fd, "\n", 1) != 0)
		rc = diag_add(d, BB_EIO, a->path, 0, "audit_log", "cannot write the audit trail: %s",
			      strerror(errno));
	now_iso(when);
	for (i = 0; rc == BB_OK && i < n; i++) {
		char *line = audit_format(++seq, when, &recs[i], prev, hash);

		if (!line) {
			rc = BB_ENOMEM;
			break;
		}
		/* one write per record: a reader or a crash sees whole lines or a cut last one */
		if (write_all(a->fd, line, strlen(line)) != 0)
			rc = diag_add(d, BB_EIO, a->path, 0, "audit_log",
				      "cannot write the audit trail: %s", strerror(errno));
		free(line);
		memcpy(prev, hash, sizeof(prev));
	}
	if (rc == BB_OK)
		mine = atomic_fetch_add(&a->written, 1) + 1;
	flock(a->fd, LOCK_UN);
	pthread_mutex_unlock(&a->lock);
	/* synced outside the locks, so that others can append meanwhile */
	if (rc == BB_OK)
		rc = sync_to(a, mine, d);
	return rc;
}
