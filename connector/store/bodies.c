/*
 * Every stored message's body, decrypted, in row order and a batch at a
 * time: for readers of the whole store (bb_report). One statement walks
 * the table by its primary key, where reading message by message costs a
 * statement prepared and an index lookup for each (and that was what the
 * report spent its time on, besides parsing). The caller holds the
 * store's lock for one batch only, so a server or deliverer in the same
 * process waits for a batch, never for the whole report.
 */
#include "outbox.h"
#include "outbox_priv.h"

#include <stdlib.h>

#include <openssl/crypto.h>

#include <sqlite3.h>

#include "beweegbrug.h"

int store_bodies(outbox *ob, int inbox, int64_t after, size_t max, int64_t *last,
		 store_body_cb cb, void *payload, diag_list *d)
{
	static const char *const sql[2] = {
		"SELECT row, msg_id, destination, payload FROM outbox WHERE row > ?1 ORDER BY row LIMIT ?2",
		"SELECT row, msg_id, sender, payload FROM inbox WHERE row > ?1 ORDER BY row LIMIT ?2",
	};
	const char *what = inbox ? "the inbox" : "the outbox";
	char *aad;
	sqlite3_stmt *st = NULL;
	int rc = BB_OK, step = SQLITE_DONE;

	if (sqlite3_prepare_v2(ob->db, sql[inbox ? 1 : 0], -1, &st, NULL) != SQLITE_OK)
		return outbox_db_problem(ob, d, inbox ? "cannot read the inbox" : "cannot read the outbox");
	sqlite3_bind_int64(st, 1, after);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)max);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *msg_id = (const char *)sqlite3_column_text(st, 1);
		const char *party = (const char *)sqlite3_column_text(st, 2);
		int type = sqlite3_column_type(st, 3);   /* before the blob is fetched */
		const unsigned char *blob = sqlite3_column_blob(st, 3);
		size_t blen = (size_t)sqlite3_column_bytes(st, 3), aad_len = 0, len;
		unsigned char *body = NULL;

		*last = sqlite3_column_int64(st, 0);
		if (!msg_id || !party) {
			rc = diag_add(d, BB_EIO, ob->path, 0, NULL, "row %lld of %s has no message id",
				      (long long)*last, what);
			goto done;
		}
		/*
		 * A damaged row (not a sealed message, or one that does not
		 * open: the key was checked when the store opened) is handed
		 * over without a body, and the walk goes on: one poisoned
		 * message must not hide all the others from the reader.
		 */
		len = 0;
		if (type == SQLITE_BLOB && blen >= SEAL_OVERHEAD) {
			aad = outbox_aad_of(msg_id, party, &aad_len);
			len = blen - SEAL_OVERHEAD;
			if (!aad || !(body = malloc(len + 1))) {
				free(aad);
				rc = BB_ENOMEM;
				goto done;
			}
			if (seal_decrypt(ob->key, aad, aad_len, blob, blen, body) != 0) {
				OPENSSL_cleanse(body, len);
				free(body);
				body = NULL;
				len = 0;
			} else {
				body[len] = '\0';
			}
			free(aad);
		}
		/* the body (or NULL) is the callback's now */
		if ((rc = cb(msg_id, body, len, payload)) != BB_OK)
			goto done;
	}
	if (step != SQLITE_DONE)
		rc = outbox_db_problem(ob, d, inbox ? "cannot read the inbox" : "cannot read the outbox");
done:
	sqlite3_finalize(st);
	return rc;
}
