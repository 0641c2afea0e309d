/* Inside the outbox database: shared by the outbox and the inbox tables. */
#ifndef BB_OUTBOX_PRIV_H
#define BB_OUTBOX_PRIV_H

#include <sqlite3.h>

#include "identity.h"
#include "outbox.h"
#include "seal.h"

struct outbox {
	sqlite3 *db;
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

int db_problem(outbox *ob, diag_list *d, const char *what);
int ob_exec(outbox *ob, const char *sql, diag_list *d);
/* The associated data that binds a sealed payload to its message and party. */
char *aad_of(const char *msg_id, const char *party, size_t *len);
/* Create the inbox tables (inbox.c). */
int inbox_schema(outbox *ob, diag_list *d);

#endif
