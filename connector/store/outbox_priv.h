/* Inside the outbox database: shared by the outbox and the inbox tables. */
#ifndef BB_OUTBOX_PRIV_H
#define BB_OUTBOX_PRIV_H

#include <sqlite3.h>

#include "identity.h"
#include "outbox.h"
#include "seal.h"

/* A statement kept prepared on the database (stmt.c). */
typedef struct outbox_stmt_slot {
	const char *sql;             /* the string literal it was made from, by address */
	sqlite3_stmt *st;
	int busy;                    /* handed out and not given back yet */
} outbox_stmt_slot;

#define OUTBOX_STMT_SLOTS 16

struct outbox {
	sqlite3 *db;
	outbox_stmt_slot stmts[OUTBOX_STMT_SLOTS];
	char *path;
	unsigned char key[SEAL_KEY_LEN];
	outbox_policy policy;
	char id[STORE_ID_HEX + 1];   /* the store's identity (identity.h) */
	int64_t created;
};

/*
 * An outbox on a database that is open already (an in-memory one: the
 * fuzz target), made fresh with `key`; `name` names it in messages. Takes
 * the database over (outbox_close closes it), also on failure.
 */
int outbox_open_db(outbox **out, sqlite3 *db, const char *name,
		   const unsigned char key[SEAL_KEY_LEN], diag_list *d);

int outbox_db_problem(outbox *ob, diag_list *d, const char *what);

/*
 * A prepared statement for `sql`, which must be a string literal: it is
 * kept on `ob` by the literal's address and handed out again, reset and
 * with no bindings, instead of being prepared anew (preparing the inbox's
 * statements was a tenth of serve's instructions per message; issue 20).
 * When the statement for `sql` is handed out already (a callback that
 * asks again) or every slot is taken, a fresh one is made and finalized
 * on return. Give it back with outbox_stmt_done, which resets it so that
 * no read stays open. The caller holds what guards ob->db. SQLITE_OK or
 * SQLite's error code.
 */
int outbox_stmt(sqlite3_stmt **st, outbox *ob, const char *sql);
/* Give back what outbox_stmt handed out; NULL is ignored. */
void outbox_stmt_done(outbox *ob, sqlite3_stmt *st);
/* Finalize every kept statement: before closing the database. */
void outbox_stmts_free(outbox *ob);
int outbox_exec(outbox *ob, const char *sql, diag_list *d);
/* The associated data that binds a sealed payload to its message and party. */
char *outbox_aad_of(const char *msg_id, const char *party, size_t *len);
/* Create the inbox tables (inbox.c). */
int inbox_schema(outbox *ob, diag_list *d);

#endif
