/*
 * Prepared statements kept on an outbox's database (outbox_priv.h).
 * SQLite re-prepares a kept statement by itself when the schema changes,
 * so a slot never goes stale; the slots only save the parse.
 */
#include "outbox_priv.h"

#include <stddef.h>
#include <string.h>

int outbox_stmt(sqlite3_stmt **st, outbox *ob, const char *sql)
{
	outbox_stmt_slot *free_slot = NULL;
	int taken = 0, rc;
	size_t i;

	*st = NULL;
	for (i = 0; i < OUTBOX_STMT_SLOTS; i++) {
		outbox_stmt_slot *s = &ob->stmts[i];

		if (s->sql == sql && s->busy) {
			taken = 1;              /* asked again while handed out: a fresh one */
		} else if (s->sql == sql && strcmp(sqlite3_sql(s->st), sql) != 0) {
			/* another text at the address of one kept before (a reused buffer) */
			sqlite3_finalize(s->st);
			s->sql = NULL;
			s->st = NULL;
		} else if (s->sql == sql) {
			s->busy = 1;
			*st = s->st;
			return SQLITE_OK;
		}
		if (!s->sql && !free_slot)
			free_slot = s;
	}
	if (taken)
		free_slot = NULL;
	rc = sqlite3_prepare_v3(ob->db, sql, -1, free_slot ? SQLITE_PREPARE_PERSISTENT : 0, st,
				NULL);
	if (rc != SQLITE_OK || !free_slot)
		return rc;
	free_slot->sql = sql;
	free_slot->st = *st;
	free_slot->busy = 1;
	return SQLITE_OK;
}

void outbox_stmt_done(outbox *ob, sqlite3_stmt *st)
{
	size_t i;

	if (!st)
		return;
	for (i = 0; i < OUTBOX_STMT_SLOTS; i++) {
		outbox_stmt_slot *s = &ob->stmts[i];

		if (s->st == st) {
			/* the bindings may point at the caller's memory, about to be freed */
			sqlite3_reset(st);
			sqlite3_clear_bindings(st);
			s->busy = 0;
			return;
		}
	}
	sqlite3_finalize(st);
}

void outbox_stmts_free(outbox *ob)
{
	size_t i;

	for (i = 0; i < OUTBOX_STMT_SLOTS; i++) {
		sqlite3_finalize(ob->stmts[i].st);   /* NULL is a no-op */
		ob->stmts[i].sql = NULL;
		ob->stmts[i].st = NULL;
		ob->stmts[i].busy = 0;
	}
}
