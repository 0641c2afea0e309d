/*
 * <beweegbrug/audit.h>: the audit trail (NEN 7513).
 * Part of the public API; programs include <beweegbrug.h>, which
 * includes every topic header. This one also compiles on its own.
 */
#ifndef BEWEEGBRUG_AUDIT_H
#define BEWEEGBRUG_AUDIT_H

#include "beweegbrug/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- the audit trail (NEN 7513) ----------------------------------------- */

/*
 * With `audit_log` in [connector] the library appends one record to that
 * file for every referral queued, message delivered or given up, message
 * received or refused, feedback queued or applied to the HIS, and outbox
 * retry or purge (docs/audit.md). Records are JSON lines chained by
 * HMAC-SHA256 under a key derived from `audit_key` (or `outbox_key`), held
 * apart from the log: changing, removing or reordering a line is found by
 * bb_audit_verify, and rewriting the chain needs the key. An anchor file
 * (`audit_anchor`, default: the trail's path + ".anchor") holds where the
 * trail ends, under the same key, so records removed from the end or a
 * file emptied or replaced are found too. Patients appear only as a
 * pseudonym, HMAC-SHA256 of the BSN under another key derived from the
 * same file; no BSN is ever written. Several threads and processes may
 * append at once.
 */

/*
 * Check the whole trail. BB_OK: intact, *records (may be NULL) is their
 * number. BB_EINPUT: broken; *first_bad (may be NULL) is the line number
 * of the first broken line (the line after the last for a broken end),
 * *records the intact records before it, and bb_error_last() says which
 * record and why (source: the file, line, field "seq N": "hash mismatch
 * ...", "sequence gap ...", "prev mismatch ...", a cut-off or unreadable
 * line, records missing found by the writer, the end short of its
 * anchor). BB_ENOTFOUND: no file yet; BB_ECONFIG: no audit_log configured.
 * Thread safety: safe.
 */
BB_EXTERN int bb_audit_verify(size_t *records, size_t *first_bad, bb_connector *connector);

/* How the trail's end compared with its anchor. */
typedef enum bb_audit_anchor_state {
	BB_AUDIT_ANCHOR_NONE = 0,       /* not checked */
	BB_AUDIT_ANCHOR_MATCHED = 1,    /* the trail reaches the anchored record, unchanged */
	BB_AUDIT_ANCHOR_MISSING = 2,    /* no anchor beside records (removed?) */
	BB_AUDIT_ANCHOR_INVALID = 3,    /* the anchor does not verify under the key */
	BB_AUDIT_ANCHOR_SHORT = 4,      /* the trail ends before the anchored record */
	BB_AUDIT_ANCHOR_DIFFERENT = 5   /* the anchored record is not the one in the trail */
} bb_audit_anchor_state;

/* What bb_audit_check checked and found. Initialise version to BB_AUDIT_REPORT_VERSION. */
#define BB_AUDIT_REPORT_VERSION 1
typedef struct bb_audit_report {
	unsigned int version;
	size_t records;             /* intact records in the current file */
	size_t first_bad;           /* line of the first broken record; 0 when intact */
	uint64_t first_seq, last_seq;   /* of the intact records of the current file */
	char last_hash[65];         /* the last intact record's hash */
	bb_audit_anchor_state anchor;
	uint64_t anchor_seq;        /* the record the anchor names */
	char anchor_path[1024];
	char continues[256];        /* the archive the current file continues (rotation), or "" */
	int continues_checked;      /* 1: that archive (and those before it) verified and lead here */
	size_t earlier_records;     /* the intact records of the archives checked */
} bb_audit_report;
/*
 * bb_audit_verify with the details: every record's HMAC under the audit
 * key, the sequence and links, the start (sequence 1, or a rotation
 * record whose archive is checked back as far as it goes, up to 64
 * archives), the end against the anchor. Returns as bb_audit_verify.
 * Thread safety: safe.
 */
BB_EXTERN int bb_audit_check(bb_audit_report *report, bb_connector *connector);

/*
 * Start a new file without breaking the chain: the trail becomes
 * AUDIT_LOG.FIRST-LAST and AUDIT_LOG starts with an "audit.rotated"
 * record (sequence LAST + 1) that continues it. Writers in other processes
 * follow. *archived (may be NULL; free with bb_free) is the archive's
 * path, NULL when the trail was empty. Refused (BB_ECORRUPT) when the
 * trail's end is not where its anchor says.
 * Thread safety: safe.
 */
BB_EXTERN int bb_audit_rotate(char **archived, bb_connector *connector);

/* One record, as bb_audit_list hands it over; strings valid during the call, NULL when not set. */
typedef struct bb_audit_record {
	uint64_t seq;               /* 1, 2, 3 ... */
	unsigned line;              /* its line in the file */
	const char *time;           /* UTC, ISO 8601 with milliseconds */
	const char *event;          /* e.g. "referral.queued", "message.delivered", "feedback.applied" */
	const char *actor;          /* who: "agb:NNNNNNNN", "sender:ID", "his", "os-user:NAME", ... */
	const char *patient;        /* the patient pseudonym (32 hex digits) */
	const char *referral_id;
	const char *practice_agb;
	const char *peer;           /* destination or sender id */
	const char *message_id;
	const char *outcome;        /* e.g. "queued", "delivered", "dead", "stored", "refused", "applied" */
	const char *detail;
	const char *hash;           /* this record's link in the chain */
} bb_audit_record;
typedef int (*bb_audit_record_cb)(const bb_audit_record *record, void *payload);

/*
 * The intact records, oldest first, about `referral_id` and/or the
 * patient with `patient_bsn` (the patient's own records and every record
 * of their referrals); NULL for no filter. Stops at a broken record and
 * returns BB_EINPUT as bb_audit_verify does.
 * Thread safety: safe.
 */
BB_EXTERN int bb_audit_list(bb_connector *connector, const char *referral_id,
			    const char *patient_bsn, bb_audit_record_cb cb, void *payload);

/*
 * The pseudonym the trail uses for a BSN: 32 lower-case hex digits and a NUL.
 * Thread safety: safe.
 */
#define BB_PSEUDONYM_LEN 33
BB_EXTERN int bb_audit_pseudonym(char out[BB_PSEUDONYM_LEN], bb_connector *connector,
				 const char *bsn);

#ifdef __cplusplus
}
#endif

#endif
