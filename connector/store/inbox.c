#include "inbox.h"
#include "outbox_priv.h"

#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>

#include "beweegbrug.h"
#include "util/strutil.h"

static const char schema[] =
	"CREATE TABLE IF NOT EXISTS inbox ("
	" row INTEGER PRIMARY KEY,"
	" msg_id TEXT NOT NULL UNIQUE,"
	" sender TEXT NOT NULL,"
	" kind TEXT NOT NULL,"
	" referral_id TEXT,"
	" practice_agb TEXT,"
	" status TEXT,"
	" fb_date TEXT,"
	" state TEXT NOT NULL,"
	" content_type TEXT NOT NULL,"
	" received_at INTEGER NOT NULL,"
	" payload BLOB NOT NULL,"
	" answer_status INTEGER NOT NULL,"
	" answer_type TEXT NOT NULL,"
	" answer BLOB NOT NULL);"
	"CREATE INDEX IF NOT EXISTS inbox_referral ON inbox(referral_id);"
	"CREATE TABLE IF NOT EXISTS referral_state ("
	" referral_key TEXT PRIMARY KEY,"
	" status TEXT NOT NULL,"
	" fb_date TEXT,"
	" updated_at INTEGER NOT NULL);"
	/* who may report on a referral: "dest:ID" it was sent to, "agb:CODE" it was forwarded to */
	"CREATE TABLE IF NOT EXISTS referral_party ("
	" referral_key TEXT NOT NULL,"
	" party TEXT NOT NULL,"
	" PRIMARY KEY (referral_key, party)) WITHOUT ROWID;"
	/* for store_referral_party_list's look at referrals queued before parties were recorded */
	"CREATE INDEX IF NOT EXISTS outbox_referral ON outbox(referral_id);";

int inbox_schema(outbox *ob, diag_list *d)
{
	return outbox_exec(ob, schema, d);
}

void inbox_answer_free(inbox_answer *a)
{
	if (!a)
		return;
	free(a->content_type);
	free(a->body);
	free(a->sender);
	memset(a, 0, sizeof(*a));
}

static void bind_opt(sqlite3_stmt *st, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

int inbox_store(outbox *ob, const inbox_msg *m, const void *payload, size_t len,
		const inbox_answer *answer, int64_t *row, diag_list *d)
{
	sqlite3_stmt *st = NULL;
	unsigned char *sealed;
	size_t aad_len;
	char *aad;
	int rc = BB_OK;

	sealed = malloc(len + SEAL_OVERHEAD);
	aad = outbox_aad_of(m->msg_id, m->sender, &aad_len);
	if (!sealed || !aad) {
		free(sealed);
		free(aad);
		return BB_ENOMEM;
	}
	if (seal_encrypt(ob->key, aad, aad_len, payload ? payload : "", len, sealed) != 0) {
		rc = diag_add(d, BB_ERROR, ob->path, 0, NULL, "cannot encrypt the message");
		goto out;
	}
	if (outbox_stmt(&st, ob,
			"INSERT INTO inbox(msg_id, sender, kind, referral_id, practice_agb,"
			" status, fb_date, state, content_type, received_at, payload,"
			" answer_status, answer_type, answer)"
			" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)") != SQLITE_OK) {
		rc = outbox_db_problem(ob, d, "cannot store the received message");
		goto out;
	}
	sqlite3_bind_text(st, 1, m->msg_id, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, m->sender, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, m->kind, -1, SQLITE_STATIC);
	bind_opt(st, 4, m->referral_id);
	bind_opt(st, 5, m->practice_agb);
	bind_opt(st, 6, m->status);
	bind_opt(st, 7, m->date);
	sqlite3_bind_text(st, 8, m->state, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, m->content_type, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 10, m->received_at);
	sqlite3_bind_blob(st, 11, sealed, (int)(len + SEAL_OVERHEAD), SQLITE_STATIC);
	sqlite3_bind_int(st, 12, answer->http_status);
	sqlite3_bind_text(st, 13, answer->content_type, -1, SQLITE_STATIC);
	sqlite3_bind_blob(st, 14, answer->body ? (const void *)answer->body : "", (int)answer->len,
			  SQLITE_STATIC);
	switch (sqlite3_step(st)) {
	case SQLITE_DONE:
		if (row)
			*row = sqlite3_last_insert_rowid(ob->db);
		break;
	case SQLITE_CONSTRAINT:
		if (sqlite3_extended_errcode(ob->db) == SQLITE_CONSTRAINT_UNIQUE) {
			rc = diag_add(d, BB_EINVAL, ob->path, 0, NULL, "message %s is already stored",
				      m->msg_id);
			break;
		}
		/* fall through */
	default:
		rc = outbox_db_problem(ob, d, "cannot store the received message");
	}
out:
	outbox_stmt_done(ob, st);
	OPENSSL_cleanse(sealed, len + SEAL_OVERHEAD);
	free(sealed);
	free(aad);
	return rc;
}

int inbox_find(outbox *ob, const char *msg_id, inbox_answer *a, int64_t *row, diag_list *d)
{
	sqlite3_stmt *st = NULL;
	int rc = BB_OK, step;

	memset(a, 0, sizeof(*a));
	if (outbox_stmt(&st, ob, "SELECT row, answer_status, answer_type, answer, sender FROM inbox"
			" WHERE msg_id = ?") != SQLITE_OK)
		return outbox_db_problem(ob, d, "cannot read the inbox");
	sqlite3_bind_text(st, 1, msg_id, -1, SQLITE_STATIC);
	step = sqlite3_step(st);
	if (step == SQLITE_ROW && (sqlite3_column_type(st, 2) != SQLITE_TEXT ||
				   sqlite3_column_type(st, 3) == SQLITE_NULL)) {
		rc = diag_add(d, BB_ECORRUPT, ob->path, 0, NULL,
			      "the stored answer to message %s is damaged in the inbox", msg_id);
	} else if (step == SQLITE_ROW) {
		size_t n = (size_t)sqlite3_column_bytes(st, 3);
		if (row)
			*row = sqlite3_column_int64(st, 0);
		a->http_status = sqlite3_column_int(st, 1);
		a->content_type = str_dup((const char *)sqlite3_column_text(st, 2));
		a->sender = str_dup((const char *)sqlite3_column_text(st, 4));
		a->body = malloc(n + 1);
		if (!a->content_type || !a->body || !a->sender) {
			inbox_answer_free(a);
			rc = BB_ENOMEM;
		} else {
			if (n)
				memcpy(a->body, sqlite3_column_blob(st, 3), n);
			a->body[n] = '\0';
			a->len = n;
		}
	} else {
		rc = step == SQLITE_DONE ? BB_ENOTFOUND : outbox_db_problem(ob, d, "cannot read the inbox");
	}
	outbox_stmt_done(ob, st);
	return rc;
}

int inbox_set_state(outbox *ob, int64_t row, const char *state, diag_list *d)
{
	sqlite3_stmt *st = NULL;
	int rc = BB_OK;

	if (outbox_stmt(&st, ob, "UPDATE inbox SET state = ? WHERE row = ?") != SQLITE_OK)
		return outbox_db_problem(ob, d, "cannot update the inbox");
	sqlite3_bind_text(st, 1, state, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, row);
	if (sqlite3_step(st) != SQLITE_DONE)
		rc = outbox_db_problem(ob, d, "cannot update the inbox");
	outbox_stmt_done(ob, st);
	return rc;
}

#define MSG_COLUMNS "row, msg_id, sender, kind, referral_id, practice_agb, status, fb_date," \
		    " state, content_type, received_at"

/* A column that is always there; "" when a damaged row lacks it. */
static const char *required(sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);

	return s ? s : "";
}

static void msg_of(sqlite3_stmt *st, inbox_msg *m)
{
	m->row = sqlite3_column_int64(st, 0);
	m->msg_id = required(st, 1);
	m->sender = required(st, 2);
	m->kind = required(st, 3);
	m->referral_id = (const char *)sqlite3_column_text(st, 4);
	m->practice_agb = (const char *)sqlite3_column_text(st, 5);
	m->status = (const char *)sqlite3_column_text(st, 6);
	m->date = (const char *)sqlite3_column_text(st, 7);
	m->state = required(st, 8);
	m->content_type = required(st, 9);
	m->received_at = sqlite3_column_int64(st, 10);
}

int inbox_list(outbox *ob, const char *state, inbox_cb cb, void *payload, diag_list *d)
{
	sqlite3_stmt *st = NULL;
	inbox_msg m;
	int rc = BB_OK, step;

	if (outbox_stmt(&st, ob, "SELECT " MSG_COLUMNS " FROM inbox"
			" WHERE ?1 IS NULL OR state = ?1 ORDER BY row") != SQLITE_OK)
		return outbox_db_problem(ob, d, "cannot read the inbox");
	bind_opt(st, 1, state);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		msg_of(st, &m);
		if ((rc = cb(&m, payload)) != 0)
			break;
	}
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		rc = outbox_db_problem(ob, d, "cannot read the inbox");
	outbox_stmt_done(ob, st);
	return rc;
}

int inbox_get(outbox *ob, const char *id, inbox_cb cb, void *payload, unsigned char **body,
	      size_t *len, diag_list *d)
{
	sqlite3_stmt *st = NULL;
	const unsigned char *blob;
	size_t blen, aad_len = 0;
	char *aad = NULL;
	inbox_msg m;
	int rc = BB_OK;

	*body = NULL;
	*len = 0;
	/* a message id first; else the newest referral message of that referral id */
	if (outbox_stmt(&st, ob, "SELECT " MSG_COLUMNS ", payload FROM inbox WHERE msg_id = ?1"
			" OR (kind = 'referral' AND referral_id = ?1)"
			" ORDER BY msg_id = ?1 DESC, row DESC LIMIT 1") != SQLITE_OK)
		return outbox_db_problem(ob, d, "cannot read the inbox");
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_ROW) {
		outbox_stmt_done(ob, st);
		return diag_add(d, BB_ENOTFOUND, ob->path, 0, NULL,
				"no message or referral %s in the inbox", id);
	}
	msg_of(st, &m);
	blob = sqlite3_column_blob(st, 11);
	blen = (size_t)sqlite3_column_bytes(st, 11);
	if (sqlite3_column_type(st, 11) != SQLITE_BLOB || blen < SEAL_OVERHEAD) {
		rc = diag_add(d, BB_ECORRUPT, ob->path, 0, NULL,
			      "message %s is damaged in the inbox: its payload is not a sealed message",
			      m.msg_id);
		goto out;
	}
	aad = outbox_aad_of(m.msg_id, m.sender, &aad_len);
	if (!aad || !(*body = malloc(blen - SEAL_OVERHEAD + 1))) {
		rc = BB_ENOMEM;
		goto out;
	}
	*len = blen - SEAL_OVERHEAD;
	if (seal_decrypt(ob->key, aad, aad_len, blob, blen, *body) != 0) {
		rc = diag_add(d, BB_ECORRUPT, ob->path, 0, NULL,
			      "message %s cannot be decrypted: the stored message was altered or"
			      " damaged (the key was checked when the outbox opened)", m.msg_id);
		goto out;
	}
	(*body)[*len] = '\0';
	if (cb)
		rc = cb(&m, payload);
out:
	if (rc != BB_OK && *body) {
		OPENSSL_cleanse(*body, *len);
		free(*body);
		*body = NULL;
		*len = 0;
	}
	outbox_stmt_done(ob, st);
	free(aad);
	return rc;
}

int store_referral_state_get(outbox *ob, const char *key, char **status, char **date, diag_list *d)
{
	sqlite3_stmt *st = NULL;
	int rc = BB_OK, step;

	*status = NULL;
	*date = NULL;
	if (outbox_stmt(&st, ob, "SELECT status, fb_date FROM referral_state"
			" WHERE referral_key = ?") != SQLITE_OK)
		return outbox_db_problem(ob, d, "cannot read referral state");
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	step = sqlite3_step(st);
	if (step == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_TEXT) {
		rc = diag_add(d, BB_ECORRUPT, ob->path, 0, NULL,
			      "the state of referral %s is damaged in the outbox", key);
	} else if (step == SQLITE_ROW) {
		*status = str_dup((const char *)sqlite3_column_text(st, 0));
		if (sqlite3_column_type(st, 1) == SQLITE_TEXT)
			*date = str_dup((const char *)sqlite3_column_text(st, 1));
		if (!*status || (sqlite3_column_type(st, 1) == SQLITE_TEXT && !*date)) {
			free(*status);
			free(*date);
			*status = *date = NULL;
			rc = BB_ENOMEM;
		}
	} else {
		rc = step == SQLITE_DONE ? BB_ENOTFOUND : outbox_db_problem(ob, d, "cannot read referral state");
	}
	outbox_stmt_done(ob, st);
	return rc;
}

char *store_referral_key(const char *agb, const char *id)
{
	return str_printf("%s|%s", agb ? agb : "", id ? id : "");
}

int store_referral_state_sent(outbox *ob, const char *key, int64_t now, diag_list *d)
{
	sqlite3_stmt *st = NULL;
	int rc = BB_OK;

	if (outbox_stmt(&st, ob, "INSERT OR IGNORE INTO referral_state(referral_key, status,"
			" fb_date, updated_at) VALUES (?1, 'requested', NULL, ?2)") != SQLITE_OK)
		return outbox_db_problem(ob, d, "cannot store referral state");
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, now);
	if (sqlite3_step(st) != SQLITE_DONE)
		rc = outbox_db_problem(ob, d, "cannot store referral state");
	outbox_stmt_done(ob, st);
	return rc;
}

int store_referral_state_put(outbox *ob, const char *key, const char *status, const char *date,
		       int64_t now, diag_list *d)
{
	sqlite3_stmt *st = NULL;
	int rc = BB_OK;

	if (outbox_stmt(&st, ob, "INSERT INTO referral_state(referral_key, status, fb_date,"
			" updated_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT(referral_key) DO UPDATE"
			" SET status = ?2, fb_date = ?3, updated_at = ?4") != SQLITE_OK)
		return outbox_db_problem(ob, d, "cannot store referral state");
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, status, -1, SQLITE_STATIC);
	bind_opt(st, 3, date);
	sqlite3_bind_int64(st, 4, now);
	if (sqlite3_step(st) != SQLITE_DONE)
		rc = outbox_db_problem(ob, d, "cannot store referral state");
	outbox_stmt_done(ob, st);
	return rc;
}

int store_referral_party_add(outbox *ob, const char *key, const char *party, diag_list *d)
{
	sqlite3_stmt *st = NULL;
	int rc = BB_OK;

	if (outbox_stmt(&st, ob, "INSERT OR IGNORE INTO referral_party(referral_key, party)"
			" VALUES (?, ?)") != SQLITE_OK)
		return outbox_db_problem(ob, d, "cannot store who a referral went to");
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, party, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		rc = outbox_db_problem(ob, d, "cannot store who a referral went to");
	outbox_stmt_done(ob, st);
	return rc;
}

int store_referral_party_list(outbox *ob, const char *key, const char *referral_id,
			int (*cb)(const char *party, void *payload), void *payload, diag_list *d)
{
	/*
	 * A referral queued before parties were recorded has none: then the
	 * destinations of its outbox rows say where it went.
	 */
	static const char sql[] =
		"SELECT party FROM referral_party WHERE referral_key = ?1"
		" UNION ALL SELECT 'dest:' || destination FROM outbox WHERE referral_id = ?2"
		" AND NOT EXISTS (SELECT 1 FROM referral_party WHERE referral_key = ?1)";
	sqlite3_stmt *st = NULL;
	int rc = BB_OK, step;

	if (outbox_stmt(&st, ob, sql) != SQLITE_OK)
		return outbox_db_problem(ob, d, "cannot read who a referral went to");
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, referral_id, -1, SQLITE_STATIC);
	while ((step = sqlite3_step(st)) == SQLITE_ROW)
		if ((rc = cb((const char *)sqlite3_column_text(st, 0), payload)) != 0)
			break;
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		rc = outbox_db_problem(ob, d, "cannot read who a referral went to");
	outbox_stmt_done(ob, st);
	return rc;
}
