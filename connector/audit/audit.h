/*
 * The audit trail (docs/audit.md): an append-only file, one JSON line per
 * record, each chained to the one before by SHA-256, so that changing,
 * removing or reordering a line shows. No BSN is ever written: patients
 * appear as a keyed pseudonym (pseudonym.c).
 *
 * audit_log.c appends (thread- and process-safe), audit_read.c reads
 * and verifies, pseudonym.c makes the pseudonyms, and connector/audit_api.c
 * joins them to the connector and the public API.
 */
#ifndef BB_AUDIT_H
#define BB_AUDIT_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"

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

/* Open (create, mode 0600) the file for appending. */
int audit_open(audit_log **out, const char *path, diag_list *d);
void audit_close(audit_log *a);
/*
 * Append `n` records in order, chained after the file's last record as it
 * is on disk now (another process may have appended since), under an
 * exclusive lock: one write() per record, then one fdatasync for all.
 */
int audit_append(audit_log *a, const audit_rec *recs, size_t n, diag_list *d);

/*
 * The line for a record: `{"seq":..,...,"prev":"..","hash":".."}` and a
 * newline. `time` is ISO 8601 UTC. malloc'ed; NULL on out-of-memory.
 */
char *audit_format(uint64_t seq, const char *time, const audit_rec *r,
		   const char prev[AUDIT_HASH_HEX + 1], char hash_out[AUDIT_HASH_HEX + 1]);
/* SHA-256 over prev (64 hex characters) || rec, in hex: the chain's link. 0 on success. */
int audit_chain_hash(char out[AUDIT_HASH_HEX + 1], const char *prev, const char *rec, size_t len);
/*
 * Read one line (without its newline). 0 when it is a well-formed record
 * whose hash matches its content; otherwise -1 with *why set (static
 * text), and, when the JSON itself was readable, `out` filled anyway.
 */
int audit_parse(audit_line *out, const char *line, size_t len, const char **why);
void audit_line_free(audit_line *l);

/* Called for each record by audit_read; non-zero stops. */
typedef int (*audit_line_cb)(const audit_line *l, unsigned lineno, void *payload);

/* What audit_verify found. */
typedef struct audit_verdict {
	size_t records;        /* intact records before the first broken one (all when intact) */
	unsigned first_bad;    /* line number of the first broken line; 0 when intact */
	uint64_t bad_seq;      /* its sequence number when readable, else 0 */
	char why[160];         /* why it is broken */
	char last_hash[AUDIT_HASH_HEX + 1];   /* the last intact record's hash */
} audit_verdict;

/*
 * Verify the whole file: every line a record, hashes right, each prev the
 * hash before, sequence 1, 2, 3 ... BB_OK when intact, BB_EINPUT when
 * broken (`v` says where and why), other codes when it cannot be read.
 * `cb` (may be NULL) is called for each intact record.
 */
int audit_verify_file(const char *path, audit_verdict *v, audit_line_cb cb, void *payload,
		      diag_list *d);

/* ---- pseudonyms --------------------------------------------------------- */

/*
 * The pseudonym key: HKDF-SHA256 of the key file `path` (audit_key, or
 * else outbox_key; same format and mode rules), info "beweegbrug audit
 * pseudonym v1", so it is never the outbox's encryption key itself.
 */
int pseudonym_key(unsigned char key[AUDIT_KEY_LEN], const char *path, diag_list *d);
/* HMAC-SHA256(key, bsn), the first 16 bytes in hex. 0 on success. */
int pseudonym_of(char out[AUDIT_PSEUDONYM_HEX + 1], const unsigned char key[AUDIT_KEY_LEN],
		 const char *bsn);

#endif
