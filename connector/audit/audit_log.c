/*
 * Appending to the audit trail, and starting a new file.
 *
 * Several writers may append at once: threads of one connector (the
 * mutex) and other processes (beweegbrug serve and a CLI command, both
 * appending: flock on the file). Under the lock the writer reads the
 * file's last record again, because another process may have appended
 * since, and chains its records after it. Each record is one write() on
 * an O_APPEND descriptor; one fdatasync covers a batch. Then the anchor
 * (anchor.c) is moved to the last record.
 *
 * A crash in the middle of a write can leave the last line cut off (no
 * newline). The next writer does not chain to it: it ends that line and
 * chains to the last complete record, so the cut line stays visible and
 * `audit verify` names it.
 *
 * Before it appends, the writer compares the file's end with the anchor.
 * If records were removed at the end, or the file was emptied or
 * replaced, or the anchor removed or altered, continuing in silence would
 * cover it up: the writer first appends an "audit.gap" record that says
 * what it found, so the trail itself keeps the evidence, and verify
 * reports it.
 *
 * Rotation renames the file while writers in other processes may hold
 * it open: a writer that gets the lock checks that its descriptor is
 * still the file at the path, and follows the rename if not.
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
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "beweegbrug.h"
#include "util/mutex.h"
#include "util/strutil.h"

/* The last record is found in this much of the file's end (a record is < 4 KiB). */
#define TAIL_BYTES 65536

struct audit_log {
	char *path;
	char *anchor_path;      /* NULL: no anchor */
	int fd;
	int anchor_fd;          /* -1 without an anchor */
	unsigned char key[AUDIT_KEY_LEN];   /* the chain key */
	/*
	 * Threads of this process; flock is per open file. This lock and
	 * sync_lock are never held together; either may be taken while the
	 * store's or the audit trail's lock is held (mutex.h).
	 */
	mutex lock;
	/*
	 * Group sync: appends write under the locks, then wait for an
	 * fdatasync that began after their write; one thread syncs for all
	 * that wait (sync_to). Counts of appends written and synced.
	 */
	_Atomic uint64_t written;
	uint64_t synced;
	int syncing;
	mutex sync_lock;
	pthread_cond_t sync_cond;
	uint64_t anchored;      /* the highest seq this handle anchored (sync_lock) */
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

/*
 * HMAC-SHA256(key, prev (64 hex characters) || record), in hex; plain
 * SHA-256 without a key. 0 on success.
 */
int audit_chain_hash(char out[AUDIT_HASH_HEX + 1], const unsigned char *key, const char *prev,
		     const char *rec, size_t len)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	int ok;

	if (key) {
		unsigned char *msg = malloc(AUDIT_HASH_HEX + len);
		ok = msg != NULL;
		if (ok) {
			memcpy(msg, prev, AUDIT_HASH_HEX);
			memcpy(msg + AUDIT_HASH_HEX, rec, len);
			ok = HMAC(EVP_sha256(), key, AUDIT_KEY_LEN, msg, AUDIT_HASH_HEX + len, md, &n) &&
			     n == 32;
		}
		free(msg);
	} else {
		EVP_MD_CTX *ctx = EVP_MD_CTX_new();
		ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) == 1 &&
		     EVP_DigestUpdate(ctx, prev, AUDIT_HASH_HEX) == 1 &&
		     EVP_DigestUpdate(ctx, rec, len) == 1 && EVP_DigestFinal_ex(ctx, md, &n) == 1 &&
		     n == 32;
		EVP_MD_CTX_free(ctx);
	}
	if (!ok)
		return -1;
	hex_of(out, md, 32);
	return 0;
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

char *audit_format(const unsigned char chain_key[AUDIT_KEY_LEN], uint64_t seq, const char *time,
		   const audit_rec *r, const char prev[AUDIT_HASH_HEX + 1],
		   char hash_out[AUDIT_HASH_HEX + 1])
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
	    audit_chain_hash(hash_out, chain_key, prev, text, len) == 0)
		line = str_printf("%.*s,\"hash\":\"%s\"}\n", (int)(len - 1), text, hash_out);
	json_object_put(o);
	free(detail);
	return line;
}

static void sync_dir_of(const char *path)
{
	char *dir = str_dup(path), *slash = dir ? strrchr(dir, '/') : NULL;
	int dfd;

	if (!dir)
		return;
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

/* Open (create, 0600) the trail's file for appending. -1 with d set on failure. */
static int open_trail(const char *path, diag_list *d)
{
	struct stat st;
	int fd, created = 0;

	fd = open(path, O_RDWR | O_APPEND | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0 && errno == ENOENT) {
		fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
		created = fd >= 0;
		if (fd < 0 && errno == EEXIST)   /* another process made it just now */
			fd = open(path, O_RDWR | O_APPEND | O_CLOEXEC | O_NOFOLLOW);
	}
	if (fd < 0) {
		diag_add(d, BB_EIO, path, 0, "audit_log", "cannot open the audit trail: %s",
			 strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		diag_add(d, BB_EIO, path, 0, "audit_log", "the audit trail is not a regular file");
		return -1;
	}
	/* the new name must survive a crash too: sync its directory */
	if (created)
		sync_dir_of(path);
	return fd;
}

int audit_open(audit_log **out, const char *path, const char *anchor_path,
	       const unsigned char chain_key[AUDIT_KEY_LEN], diag_list *d)
{
	audit_log *a;
	int fd, afd = -1;

	*out = NULL;
	if ((fd = open_trail(path, d)) < 0)
		return BB_EIO;
	if (anchor_path && (afd = audit_anchor_open(anchor_path, d)) < 0) {
		close(fd);
		return BB_EIO;
	}
	a = calloc(1, sizeof(*a));
	if (!a || !(a->path = str_dup(path)) || (anchor_path && !(a->anchor_path = str_dup(anchor_path))) ||
	    mutex_init(&a->lock, LOCK_RANK_AUDIT_FILE, "the audit file's lock (audit/audit_log.c)") != 0) {
		if (a) {
			free(a->path);
			free(a->anchor_path);
		}
		free(a);
		close(fd);
		if (afd >= 0)
			close(afd);
		return BB_ENOMEM;
	}
	mutex_init(&a->sync_lock, LOCK_RANK_AUDIT_FILE, "the audit file's sync lock (audit/audit_log.c)");
	pthread_cond_init(&a->sync_cond, NULL);
	a->fd = fd;
	a->anchor_fd = afd;
	memcpy(a->key, chain_key, AUDIT_KEY_LEN);
	*out = a;
	return BB_OK;
}

void audit_close(audit_log *a)
{
	if (!a)
		return;
	close(a->fd);
	if (a->anchor_fd >= 0)
		close(a->anchor_fd);
	OPENSSL_cleanse(a->key, sizeof(a->key));
	mutex_destroy(&a->lock);
	mutex_destroy(&a->sync_lock);
	pthread_cond_destroy(&a->sync_cond);
	free(a->path);
	free(a->anchor_path);
	free(a);
}

/*
 * The last record on disk: its sequence number and hash (zero and the
 * zero hash for an empty file). *torn is set when the file does not end
 * with a newline. A last line that cannot be read, or whose HMAC is not
 * ours, is skipped for the one before it: the damage stays where it is,
 * for verify to report.
 */
static int read_last(int fd, const char *path, const unsigned char key[AUDIT_KEY_LEN],
		     uint64_t *seq, char hash[AUDIT_HASH_HEX + 1], int *torn, diag_list *d)
{
	struct stat st;
	char *buf;
	size_t n, end;
	off_t from;
	ssize_t got;

	*seq = 0;
	memcpy(hash, zero_hash, sizeof(zero_hash));
	*torn = 0;
	if (fstat(fd, &st) != 0)
		return diag_add(d, BB_EIO, path, 0, "audit_log", "cannot stat the audit trail: %s",
				strerror(errno));
	if (st.st_size == 0)
		return BB_OK;
	n = st.st_size > TAIL_BYTES ? TAIL_BYTES : (size_t)st.st_size;
	from = st.st_size - (off_t)n;
	buf = malloc(n + 1);
	if (!buf)
		return BB_ENOMEM;
	got = pread(fd, buf, n, from);
	if (got != (ssize_t)n) {
		free(buf);
		return diag_add(d, BB_EIO, path, 0, "audit_log", "cannot read the audit trail: %s",
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
		if (audit_parse(&l, key, buf + start, end - 1 - start, &why) == 0) {
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

	mutex_lock(&a->sync_lock);
	while (a->synced < mine) {
		uint64_t upto;
		int ok, fd;

		if (a->syncing) {
			cond_wait(&a->sync_cond, &a->sync_lock);
			continue;
		}
		a->syncing = 1;
		mutex_unlock(&a->sync_lock);
		/*
		 * A rotation may swap a->fd under a->lock meanwhile (lock_current,
		 * which syncs the file it leaves): sync a duplicate of this one.
		 */
		mutex_lock(&a->lock);
		upto = atomic_load(&a->written);
		fd = dup(a->fd);
		mutex_unlock(&a->lock);
		ok = fd >= 0 && fdatasync(fd) == 0;
		if (!ok)
			rc = diag_add(d, BB_EIO, a->path, 0, "audit_log",
				      "cannot sync the audit trail: %s", strerror(errno));
		if (fd >= 0)
			close(fd);
		mutex_lock(&a->sync_lock);
		a->syncing = 0;
		if (ok && upto > a->synced)
			a->synced = upto;
		pthread_cond_broadcast(&a->sync_cond);
		if (rc != BB_OK)
			break;   /* the others were woken: one of them syncs again */
	}
	mutex_unlock(&a->sync_lock);
	return rc;
}

static int lock_fd(int fd, const char *path, diag_list *d)
{
	while (flock(fd, LOCK_EX) != 0)
		if (errno != EINTR)
			return diag_add(d, BB_EIO, path, 0, "audit_log", "cannot lock the audit trail: %s",
					strerror(errno));
	return BB_OK;
}

/* Is `fd` still the file at `path`? (Not after a rotation renamed it.) */
static int still_there(int fd, const char *path)
{
	struct stat a, b;

	return fstat(fd, &a) == 0 && stat(path, &b) == 0 && a.st_dev == b.st_dev &&
	       a.st_ino == b.st_ino;
}

/*
 * Lock the trail, following a rotation: with the lock held, a->fd is the
 * file at a->path. Called with a->lock held.
 */
static int lock_current(audit_log *a, diag_list *d)
{
	int rc, tries;

	for (tries = 0; tries < 100; tries++) {
		int fd;

		if ((rc = lock_fd(a->fd, a->path, d)) != BB_OK)
			return rc;
		if (still_there(a->fd, a->path))
			return BB_OK;
		/* renamed to an archive: the trail goes on in a new file at the path */
		if ((fd = open_trail(a->path, d)) < 0) {
			flock(a->fd, LOCK_UN);
			return BB_EIO;
		}
		/* what this process wrote to the file now archived is on disk too */
		fdatasync(a->fd);
		flock(a->fd, LOCK_UN);
		close(a->fd);
		a->fd = fd;
	}
	return diag_add(d, BB_EIO, a->path, 0, "audit_log", "the audit trail keeps being replaced");
}

/* Write `line` and note its hash as the last. */
static int put_line(audit_log *a, char *line, diag_list *d)
{
	int rc = BB_OK;

	if (!line)
		return BB_ENOMEM;
	/* one write per record: a reader or a crash sees whole lines or a cut last one */
	if (write_all(a->fd, line, strlen(line)) != 0)
		rc = diag_add(d, BB_EIO, a->path, 0, "audit_log", "cannot write the audit trail: %s",
			      strerror(errno));
	free(line);
	return rc;
}

/* What is wrong with a trail ending at (seq, hash) under a readable anchor `an`, or NULL. */
static char *end_not_anchored(uint64_t seq, const char *hash, const audit_anchor *an)
{
	if (seq < an->seq)
		return str_printf("the trail ends at seq %llu, but its anchor says seq %llu (hash %.16s...)"
				  " was written: records were removed at the end, or the file was"
				  " emptied or replaced", (unsigned long long)seq,
				  (unsigned long long)an->seq, an->hash);
	if (seq == an->seq && strcmp(hash, an->hash) != 0)
		return str_printf("the record at seq %llu is not the one the anchor names (hash %.16s...):"
				  " the end of the trail was rewritten", (unsigned long long)seq, an->hash);
	return NULL;
}

/*
 * Compare the file's end (seq, hash) with the anchor. NULL when they
 * agree (or the file has gone on past the anchor: a crash between the
 * two writes); otherwise what is wrong, for the gap record (malloc'ed).
 */
static char *anchor_disagrees(audit_log *a, uint64_t seq, const char *hash)
{
	diag_list d = DIAG_LIST_INIT;
	audit_anchor an;
	char *why = NULL;
	int rc;

	if (a->anchor_fd < 0)
		return NULL;
	rc = audit_anchor_read(&an, a->anchor_fd, a->anchor_path, a->key, &d);
	if (rc == BB_ENOTFOUND && seq > 0)
		why = str_printf("the trail has records up to seq %llu but its anchor is missing or"
				 " empty: it was removed, or the trail was put here from elsewhere",
				 (unsigned long long)seq);
	else if (rc == BB_ECORRUPT)
		why = str_printf("the trail's anchor does not verify under the audit key (altered,"
				 " or written with another key); the trail ends at seq %llu",
				 (unsigned long long)seq);
	else if (rc == BB_OK)
		why = end_not_anchored(seq, hash, &an);
	diag_free(&d);
	return why;
}

int audit_append(audit_log *a, const audit_rec *recs, size_t n, diag_list *d)
{
	uint64_t mine = 0;
	char prev[AUDIT_HASH_HEX + 1], hash[AUDIT_HASH_HEX + 1], when[64];
	char *gap = NULL;
	uint64_t seq;
	size_t i;
	int torn = 0, first, rc;

	if (!n)
		return BB_OK;
	mutex_lock(&a->lock);
	if ((rc = lock_current(a, d)) != BB_OK) {
		mutex_unlock(&a->lock);
		return rc;
	}
	if ((rc = read_last(a->fd, a->path, a->key, &seq, prev, &torn, d)) != BB_OK)
		goto unlock;
	first = seq == 0;
	if (torn && write_all(a->fd, "\n", 1) != 0) {
		rc = diag_add(d, BB_EIO, a->path, 0, "audit_log", "cannot write the audit trail: %s",
			      strerror(errno));
		goto unlock;
	}
	now_iso(when);
	if ((gap = anchor_disagrees(a, seq, prev)) != NULL) {
		/* the trail itself keeps the evidence, before anything more is added */
		audit_rec g;

		memset(&g, 0, sizeof(g));
		g.event = "audit.gap";
		g.actor = "beweegbrug";
		g.outcome = "gap";
		g.detail = gap;
		if ((rc = put_line(a, audit_format(a->key, ++seq, when, &g, prev, hash), d)) != BB_OK)
			goto unlock;
		memcpy(prev, hash, sizeof(prev));
	}
	for (i = 0; i < n; i++) {
		if ((rc = put_line(a, audit_format(a->key, ++seq, when, &recs[i], prev, hash), d)) != BB_OK)
			goto unlock;
		memcpy(prev, hash, sizeof(prev));
	}
	if (first && a->anchor_fd >= 0) {
		/*
		 * A new trail: its anchor must exist before anyone else takes the
		 * lock, or they would find records without one (audit.gap). Once
		 * there, anchors may lag behind the trail, which verify allows.
		 */
		if (fdatasync(a->fd) != 0) {
			rc = diag_add(d, BB_EIO, a->path, 0, "audit_log",
				      "cannot sync the audit trail: %s", strerror(errno));
			goto unlock;
		}
		if ((rc = audit_anchor_write(a->anchor_fd, a->anchor_path, a->key, seq, prev, d)) != BB_OK)
			goto unlock;
	} else {
		mine = atomic_fetch_add(&a->written, 1) + 1;
	}
	/* written and told: the records went in after the gap record, synced below as any */
	if (gap)
		rc = diag_add(d, BB_ECORRUPT, a->path, 0, "audit_log",
			      "records are missing from the audit trail: %s (recorded as audit.gap,"
			      " seq %llu)", gap, (unsigned long long)(seq - n));
unlock:
	free(gap);
	flock(a->fd, LOCK_UN);
	mutex_unlock(&a->lock);
	/* synced outside the locks, so that others can append meanwhile */
	if (mine && sync_to(a, mine, d) != BB_OK)
		return BB_EIO;
	/* then the anchor: behind the file after a crash, never ahead of it */
	if (mine && a->anchor_fd >= 0) {
		int arc = BB_OK;

		mutex_lock(&a->sync_lock);
		/* appends finish out of order: an anchor never goes back in this process */
		if (seq > a->anchored) {
			arc = audit_anchor_write(a->anchor_fd, a->anchor_path, a->key, seq, prev, d);
			if (arc == BB_OK)
				a->anchored = seq;
		}
		mutex_unlock(&a->sync_lock);
		if (arc != BB_OK)
			return arc;
	}
	return rc;
}

/* The first record's sequence number, or 0 when the first line is not one of ours. */
static uint64_t first_seq(int fd, const unsigned char key[AUDIT_KEY_LEN])
{
	char buf[8192];
	ssize_t got = pread(fd, buf, sizeof(buf) - 1, 0);
	char *nl;
	audit_line l;
	const char *why;
	uint64_t seq = 0;

	if (got <= 0)
		return 0;
	buf[got] = '\0';
	if (!(nl = strchr(buf, '\n')))
		return 0;
	if (audit_parse(&l, key, buf, (size_t)(nl - buf), &why) == 0)
		seq = l.seq;
	audit_line_free(&l);
	return seq;
}

int audit_rotate(const char *path, const char *anchor_path,
		 const unsigned char chain_key[AUDIT_KEY_LEN], const char *actor, char **archived,
		 diag_list *d)
{
	char prev[AUDIT_HASH_HEX + 1], hash[AUDIT_HASH_HEX + 1], when[64];
	char *archive = NULL, *tmp = NULL, *detail = NULL, *line = NULL, *gap = NULL;
	const char *base;
	uint64_t last, first;
	audit_log *a = NULL;
	audit_rec r;
	int rc, torn = 0, fd = -1, locked = 0;

	if (archived)
		*archived = NULL;
	if ((rc = audit_open(&a, path, anchor_path, chain_key, d)) != BB_OK)
		return rc;
	mutex_lock(&a->lock);
	if ((rc = lock_current(a, d)) != BB_OK)
		goto out;
	locked = 1;
	if ((rc = read_last(a->fd, path, chain_key, &last, prev, &torn, d)) != BB_OK)
		goto out;
	if (last == 0)
		goto out;   /* an empty trail: nothing to keep apart */
	/* a trail whose end is not where its anchor says is not archived as if whole */
	if ((gap = anchor_disagrees(a, last, prev)) != NULL) {
		rc = diag_add(d, BB_ECORRUPT, path, 0, "audit_log", "not rotated: %s; run audit verify,"
			      " and keep the file as evidence", gap);
		goto out;
	}
	first = first_seq(a->fd, chain_key);
	archive = str_printf("%s.%llu-%llu", path, (unsigned long long)(first ? first : 1),
			     (unsigned long long)last);
	tmp = str_printf("%s.rotating", path);
	base = archive ? strrchr(archive, '/') : NULL;
	base = base ? base + 1 : archive;
	detail = archive ? str_printf("continues %s: records %llu..%llu", base,
				      (unsigned long long)(first ? first : 1),
				      (unsigned long long)last) : NULL;
	if (!archive || !tmp || !detail) {
		rc = BB_ENOMEM;
		goto out;
	}
	if (access(archive, F_OK) == 0) {
		rc = diag_add(d, BB_EIO, archive, 0, "audit_log", "not rotated: the archive exists already");
		goto out;
	}
	memset(&r, 0, sizeof(r));
	r.event = "audit.rotated";
	r.actor = actor;
	r.outcome = "rotated";
	r.detail = detail;
	now_iso(when);
	if (!(line = audit_format(chain_key, last + 1, when, &r, prev, hash))) {
		rc = BB_ENOMEM;
		goto out;
	}
	/* the new file, whole and synced, before either name changes */
	unlink(tmp);
	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0 || write_all(fd, line, strlen(line)) != 0 || fdatasync(fd) != 0) {
		rc = diag_add(d, BB_EIO, tmp, 0, "audit_log", "not rotated: %s", strerror(errno));
		unlink(tmp);
		goto out;
	}
	/*
	 * Writers of other processes wait on the old file's lock; when they
	 * get it they find it renamed and follow to the new file.
	 */
	if (rename(path, archive) != 0) {
		rc = diag_add(d, BB_EIO, path, 0, "audit_log", "not rotated: %s", strerror(errno));
		unlink(tmp);
		goto out;
	}
	if (rename(tmp, path) != 0) {
		rc = diag_add(d, BB_EIO, path, 0, "audit_log",
			      "rotation half done: the trail is in %s and %s: %s", archive, tmp,
			      strerror(errno));
		goto out;
	}
	sync_dir_of(path);
	if (a->anchor_fd >= 0 &&
	    (rc = audit_anchor_write(a->anchor_fd, anchor_path, chain_key, last + 1, hash, d)) != BB_OK)
		goto out;
	if (archived) {
		*archived = archive;
		archive = NULL;
	}
out:
	if (fd >= 0)
		close(fd);
	if (locked)
		flock(a->fd, LOCK_UN);
	mutex_unlock(&a->lock);
	audit_close(a);
	free(archive);
	free(tmp);
	free(detail);
	free(line);
	free(gap);
	return rc;
}
