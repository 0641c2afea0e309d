/* SQLite (the outbox and inbox), loaded on first use: see lazy.h. */
#include "lazy/lazy.h"

#include <sqlite3.h>

#ifndef BB_SQLITE_SONAME
#define BB_SQLITE_SONAME "libsqlite3.so.0"
#endif

static lazy_lib lib = LAZY_LIB(BB_SQLITE_SONAME);

LAZY(lib, int, sqlite3_bind_blob, (sqlite3_stmt *s, int i, const void *v, int n, void (*d)(void *)),
     (s, i, v, n, d))
LAZY(lib, int, sqlite3_bind_int, (sqlite3_stmt *s, int i, int v), (s, i, v))
LAZY(lib, int, sqlite3_bind_int64, (sqlite3_stmt *s, int i, sqlite3_int64 v), (s, i, v))
LAZY(lib, int, sqlite3_bind_null, (sqlite3_stmt *s, int i), (s, i))
LAZY(lib, int, sqlite3_bind_text, (sqlite3_stmt *s, int i, const char *v, int n, void (*d)(void *)),
     (s, i, v, n, d))
LAZY(lib, int, sqlite3_busy_timeout, (sqlite3 *db, int ms), (db, ms))
LAZY(lib, int, sqlite3_changes, (sqlite3 *db), (db))
LAZY(lib, int, sqlite3_close, (sqlite3 *db), (db))
LAZY(lib, void *, sqlite3_commit_hook, (sqlite3 *db, int (*cb)(void *), void *arg), (db, cb, arg))
LAZY(lib, const void *, sqlite3_column_blob, (sqlite3_stmt *s, int i), (s, i))
LAZY(lib, int, sqlite3_column_bytes, (sqlite3_stmt *s, int i), (s, i))
LAZY(lib, int, sqlite3_column_int, (sqlite3_stmt *s, int i), (s, i))
LAZY(lib, sqlite3_int64, sqlite3_column_int64, (sqlite3_stmt *s, int i), (s, i))
LAZY(lib, const unsigned char *, sqlite3_column_text, (sqlite3_stmt *s, int i), (s, i))
LAZY(lib, int, sqlite3_column_type, (sqlite3_stmt *s, int i), (s, i))
LAZY(lib, const char *, sqlite3_errmsg, (sqlite3 *db), (db))
LAZY(lib, int, sqlite3_errcode, (sqlite3 *db), (db))
LAZY(lib, int, sqlite3_system_errno, (sqlite3 *db), (db))
LAZY(lib, int, sqlite3_exec,
     (sqlite3 *db, const char *sql, int (*cb)(void *, int, char **, char **), void *arg, char **err),
     (db, sql, cb, arg, err))
LAZY(lib, int, sqlite3_extended_errcode, (sqlite3 *db), (db))
LAZY(lib, int, sqlite3_finalize, (sqlite3_stmt *s), (s))
LAZY_VOID(lib, sqlite3_free, (void *p), (p))
LAZY(lib, int, sqlite3_get_autocommit, (sqlite3 *db), (db))
LAZY(lib, sqlite3_int64, sqlite3_last_insert_rowid, (sqlite3 *db), (db))
LAZY(lib, int, sqlite3_open_v2, (const char *path, sqlite3 **db, int flags, const char *vfs),
     (path, db, flags, vfs))
LAZY(lib, int, sqlite3_prepare_v2,
     (sqlite3 *db, const char *sql, int n, sqlite3_stmt **st, const char **tail),
     (db, sql, n, st, tail))
LAZY(lib, int, sqlite3_prepare_v3,
     (sqlite3 *db, const char *sql, int n, unsigned flags, sqlite3_stmt **st, const char **tail),
     (db, sql, n, flags, st, tail))
LAZY(lib, int, sqlite3_reset, (sqlite3_stmt *s), (s))
LAZY(lib, const char *, sqlite3_sql, (sqlite3_stmt *s), (s))
LAZY(lib, int, sqlite3_clear_bindings, (sqlite3_stmt *s), (s))
LAZY(lib, int, sqlite3_step, (sqlite3_stmt *s), (s))
