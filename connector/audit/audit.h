/*
 * The audit trail (docs/audit.md): an append-only file, one JSON line per
 * record, each chained to the one before by HMAC-SHA256 under a key held
 * apart from the log (the chain key, derived from audit_key), so that
 * changing, removing or reordering a line shows, and someone who can
 * write the file but does not have the key cannot write the chain anew.
 * Beside it an anchor (anchor.c) holds the last record's sequence number
 * and hash under the same key, so that records removed from the end, or
 * a file emptied or replaced, show too. Files are rotated without
 * breaking the chain: the new file's first record continues the old
 * file's last. No BSN is ever written: patients appear as a keyed
 * pseudonym (pseudonym.c).
 *
 * audit_log.c appends and rotates (thread- and process-safe),
 * audit_read.c reads and verifies, anchor.c keeps the anchor, pseudonym.c
 * derives the keys and makes the pseudonyms, and connector/audit_api.c
 * joins them to the connector and the public API.
 */
#ifndef BB_AUDIT_H
#define BB_AUDIT_H

#include <stddef.h>
#include <stdint.h>

#include "util/diag.h"

#define AUDIT_HASH_HEX 64          /* SHA-256 in lower-case hex */
#define AUDIT_PSEUDONYM_HEX 32     /* HMAC-SHA256 truncated to 128 bits */
#define AUDIT_KEY_LEN 32

/* What happened; every field may be NULL (written as null). */
typedef struct audit_rec {
	const char *event;     /* "referral.queued", "message.delivered", ... */
	const char *actor;     /* who: "agb:01234567", "sender:gp-noord", "os-user:ops" */
	const char *patient;   /* the pseudonym, never a BSN */
	const char *referral;  /* the GP side's referral id */
	const char *practice;  /* the practice AGB that scopes the referral id */
	const char *peer;      /* destination or sender id */
	const char *message;   /* message id */
	const char *outcome;   /* "queued", "delivered", "dead", "stored", "refused", ... */
	const char *detail;    /* a short reason; never patient data */
} audit_rec;

/* A record read back; strings are owned by the parser's buffer. */
typedef struct audit_line {
	uint64_t seq;
	const char *time, *event, *actor, *patient, *referral, *practice, *peer, *message,
		*outcome, *detail;
	char prev[AUDIT_HASH_HEX + 1];
	char hash[AUDIT_HASH_HEX + 1];
	void *json;            /* the parsed object, for audit_line_free */
} audit_line;

typedef struct audit_log audit_log;

/* The keys the trail needs, both derived from one key file (pseudonym.c). */
typedef struct audit_keys {
	unsigned char chain[AUDIT_KEY_LEN];      /* HMAC of each record's link, and of the anchor */
	unsigned char pseudonym[AUDIT_KEY_LEN];  /* HMAC of a BSN */
} audit_keys;

/*
 * Open (create, mode 0600) the file for appending, with its anchor file
 * (`anchor_path`, created 0600; NULL: no anchor) and the chain key.
 */
int audit_open(audit_log **out, const char *path, const char *anchor_path,
	       const unsigned char chain_key[AUDIT_KEY_LEN], diag_list *d);
void audit_close(audit_log *a);
/*
 * Append `n` records in order, chained after the file's last record as it
 * is on disk now (another process may have appended since), under an
 * exclusive lock: one write() per record, then one fdatasync for all;
 * then the anchor is moved to the last. A file that was rotated meanwhile
 * is followed to the new one. When the file does not end where its anchor
 * says (records removed at the end, the file emptied or replaced, the
 * anchor removed or altered), an "audit.gap" record saying so is written
 * first, and BB_ECORRUPT is returned (the records are written all the same:
 * the trail must not lose what happened).
 */
int audit_append(audit_log *a, const audit_rec *recs, size_t n, diag_list *d);
/*
 * Start a new file: under the lock, the current file becomes
 * PATH.FIRST-LAST (its first and last sequence numbers) and PATH starts
 * with an "audit.rotated" record that continues it (sequence LAST + 1,
 * prev the last record's hash). *archived (may be NULL; free()) is the
 * archive's path; NULL when the trail was empty (nothing to rotate).
 * `actor` names who asked.
 */
int audit_rotate(const char *path, const char *anchor_path,
		 const unsigned char chain_key[AUDIT_KEY_LEN], const char *actor, char **archived,
		 diag_list *d);

/*
 * The line for a record: `{"seq":..,...,"prev":"..","hash":".."}` and a
 * newline. `time` is ISO 8601 UTC. malloc'ed; NULL on out-of-memory.
 */
char *audit_format(const unsigned char chain_key[AUDIT_KEY_LEN], uint64_t seq, const char *time,
		   const audit_rec *r, const char prev[AUDIT_HASH_HEX + 1],
		   char hash_out[AUDIT_HASH_HEX + 1]);
/*
 * HMAC-SHA256 under the chain key over prev (64 hex characters) || rec,
 * in hex: the chain's link. With key NULL, plain SHA-256 (how trails
 * were chained before the key; only to recognise one). 0 on success.
 */
int audit_chain_hash(char out[AUDIT_HASH_HEX + 1], const unsigned char *key, const char *prev,
		     const char *rec, size_t len);
/*
 * Read one line (without its newline). 0 when it is a well-formed record
 * whose hash is its HMAC under `chain_key`; otherwise -1 with *why set
 * (static text), and, when the JSON itself was readable, `out` filled
 * anyway.
 */
int audit_parse(audit_line *out, const unsigned char chain_key[AUDIT_KEY_LEN], const char *line,
		size_t len, const char **why);
void audit_line_free(audit_line *l);

/* ---- the anchor (anchor.c) ---------------------------------------------- */

/* What the anchor says: the last record written. */
typedef struct audit_anchor {
	uint64_t seq;
	char hash[AUDIT_HASH_HEX + 1];
} audit_anchor;

/*
 * Read the anchor from an open file (or by path when fd < 0). BB_OK;
 * BB_ENOTFOUND when there is none (no file, or an empty one); BB_ECORRUPT
 * when neither of its two slots verifies under the key (altered, damaged,
 * or written with another key).
 */
int audit_anchor_read(audit_anchor *out, int fd, const char *path,
		const unsigned char chain_key[AUDIT_KEY_LEN], diag_list *d);
/*
 * Move the anchor to (seq, hash): one pwrite of a slot; the two slots
 * alternate, so a write cut short by a crash leaves the other intact.
 * Not synced: after a power cut the anchor may be behind the file, never
 * ahead of it (the file is synced first), and behind is what verify
 * accepts.
 */
int audit_anchor_write(int fd, const char *path, const unsigned char chain_key[AUDIT_KEY_LEN],
		 uint64_t seq, const char hash[AUDIT_HASH_HEX + 1], diag_list *d);
/* Open (create, 0600) the anchor file for reading and writing. -1 with d set on failure. */
int audit_anchor_open(const char *path, diag_list *d);

/* Called for each record by audit_read; non-zero stops. */
typedef int (*audit_line_cb)(const audit_line *l, unsigned lineno, void *payload);

/* How the end of the file compares with its anchor. */
enum {
	AUDIT_ANCHOR_NONE = 0,      /* no anchor configured: the end was not checked */
	AUDIT_ANCHOR_MATCHED,       /* the file reaches the anchored record, which is the same */
	AUDIT_ANCHOR_MISSING,       /* no anchor file, or an empty one, beside records */
	AUDIT_ANCHOR_INVALID,       /* the anchor does not verify under the key */
	AUDIT_ANCHOR_SHORT,         /* the file ends before the anchored record */
	AUDIT_ANCHOR_DIFFERENT      /* the anchored record is not the one in the file */
};

/* What audit_verify found. */
typedef struct audit_verdict {
	size_t records;        /* intact records before the first broken one (all when intact) */
	unsigned first_bad;    /* line number of the first broken line; 0 when intact */
	uint64_t bad_seq;      /* its sequence number when readable, else 0 */
	char why[400];         /* why it is broken */
	char last_hash[AUDIT_HASH_HEX + 1];   /* the last intact record's hash */
	uint64_t first_seq, last_seq;         /* of the intact records (0 when none) */
	int anchor;                           /* AUDIT_ANCHOR_* */
	uint64_t anchor_seq;
	char continues[256];   /* the archive this file continues (its file name), or "" */
	int continues_checked; /* 1: that archive was here and its chain leads into this file */
	size_t earlier_records;/* the intact records of the archives checked */
} audit_verdict;

/*
 * Verify the whole file: every line a record whose HMAC is right under
 * the chain key, each prev the hash before, sequence without gaps from 1
 * (or from a rotation record that continues an archive beside it, which
 * is then verified too, back to the first), no "audit.gap" record, and
 * with `anchor_path` the end against the anchor. BB_OK when intact,
 * BB_EINPUT when broken (`v` says where and why; a broken end is the
 * line after the last), other codes when it cannot be read. `cb` (may be
 * NULL) is called for each intact record of this file.
 */
int audit_verify_file(const char *path, const char *anchor_path,
		      const unsigned char chain_key[AUDIT_KEY_LEN], audit_verdict *v,
		      audit_line_cb cb, void *payload, diag_list *d);

/* ---- pseudonyms --------------------------------------------------------- */

/*
 * The pseudonym key: HKDF-SHA256 of the key file `path` (audit_key, or
 * else outbox_key; same format and mode rules), info "beweegbrug audit
 * pseudonym v1", so it is never the outbox's encryption key itself.
 */
int audit_pseudonym_key(unsigned char key[AUDIT_KEY_LEN], const char *path, diag_list *d);
/* Both keys of the trail from the key file: the pseudonym key and the
 * chain key (info "beweegbrug audit chain v1"). */
int audit_keys_load(audit_keys *k, const char *path, diag_list *d);
/* HMAC-SHA256(key, bsn), the first 16 bytes in hex. 0 on success. */
int audit_pseudonym_of(char out[AUDIT_PSEUDONYM_HEX + 1], const unsigned char key[AUDIT_KEY_LEN],
		 const char *bsn);

#endif
