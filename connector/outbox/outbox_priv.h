/* Inside the outbox database: shared by the outbox and the inbox tables. */
#ifndef BB_OUTBOX_PRIV_H
#define BB_OUTBOX_PRIV_H

#include <sqlite3.h>

#include "outbox.h"
#include "seal.h"

struct outbox {
	sqlite3 *db;
	char *path;
	unsigned char key[SEAL_KEY_LEN];
	outbox_policy policy;
};

int db_problem(outbox *ob, diag_list *d, const char *what);
int ob_exec(outbox *ob, const char *sql, diag_list *d);
/* The associated data that binds a sealed payload to its message and party. */
char *aad_of(const char *msg_id, const char *party, size_t *len);
/* Create the inbox tables (inbox.c). */
int inbox_schema(outbox *ob, diag_list *d);

#endif
