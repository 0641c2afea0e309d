/*
 * The store's identity and its key check (identity.c).
 *
 * An outbox database is created once, with a random 128-bit id. Inside it
 * (table meta) it keeps that id and a key check: an HMAC of the id under a
 * key derived from the outbox key. Beside it, in PATH.id, the same id and
 * the time it was made, with an HMAC under the same derived key.
 *
 * So, before anything is read or written:
 *  - a wrong key is refused, naming the key file and the database
 *    (the key check does not match), instead of sealing new messages
 *    nobody can open again or calling every old one damaged;
 *  - a database that is missing, empty (0 bytes), or another one
 *    (another id, or none) where PATH.id says an outbox was made is
 *    refused: it was deleted, truncated or replaced, and starting afresh
 *    would silently lose the queued referrals;
 *  - the first run is the one where neither the database nor PATH.id
 *    exists.
 */
#ifndef BB_OUTBOX_IDENTITY_H
#define BB_OUTBOX_IDENTITY_H

#include <sqlite3.h>
#include <stdint.h>

#include "util/diag.h"
#include "seal.h"

#define STORE_ID_HEX 32

/* What PATH.id says. */
typedef struct store_mark {
	char id[STORE_ID_HEX + 1];
	int64_t created;
} store_mark;

/*
 * Read PATH.id (`mark_path`). BB_ENOTFOUND when there is none; BB_OK with
 * *m filled; BB_ECONFIG when its MAC does not match this key (another
 * key); BB_ECORRUPT when it is not a mark at all.
 */
int store_mark_read(store_mark *m, const char *mark_path, const unsigned char key[SEAL_KEY_LEN],
		    const char *key_file, diag_list *d);
/* Write PATH.id atomically (mode 0600, synced with its directory). */
int store_mark_write(const store_mark *m, const char *mark_path,
		     const unsigned char key[SEAL_KEY_LEN], diag_list *d);

/*
 * With the tables made: make sure the database has an identity and that
 * `key` is its key. `fresh`: the database was created just now (or was
 * a file of 0 bytes with no mark beside it). A database without an
 * identity that is not fresh is an outbox from before identities: the key
 * is checked on a stored message if there is one, and the identity added.
 * `mark` (NULL when there is none) is what PATH.id says: the database
 * must be that outbox. *id receives the database's id. BB_ECONFIG: wrong
 * key; BB_ECORRUPT: the identity is damaged, or the database is not the
 * outbox the mark names.
 */
int store_identity(char id[STORE_ID_HEX + 1], int64_t *created, sqlite3 *db, const char *db_path,
		   const unsigned char key[SEAL_KEY_LEN], const char *key_file, int fresh,
		   const store_mark *mark, const char *mark_path, diag_list *d);

/* "2026-11-24 01:43 UTC" */
void store_date(char out[32], int64_t t);

/* The bb_status for an SQLite result code: damaged, or input/output. */
int store_status(int sqlite_rc);

#endif
