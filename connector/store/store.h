/*
 * The store: the connector's one database (outbox, inbox, adapter state,
 * referral states) and the lock that guards its handle.
 *
 * The SQLite handle is opened without SQLite's own mutex and is shared by
 * every thread of the connector, so all use of it goes through here, under
 * the store's lock. A transaction and the lock are one thing: the lock is
 * taken by store_txn_begin and released only by store_txn_commit or
 * store_txn_abort, which always leave the handle with no transaction open
 * (a failed COMMIT is rolled back before the unlock). So no thread can
 * release the lock with a transaction open, and no thread's ROLLBACK can
 * reach a transaction that another thread began after it.
 *
 * The store is opened on first use, from the settings store_configure
 * gave; a store that cannot be opened is tried again at the next use.
 */
#ifndef BB_STORE_H
#define BB_STORE_H

#include "util/diag.h"
#include "outbox.h"

typedef struct store store;
typedef struct store_txn store_txn;

int store_new(store **out);
/* Closes the database. No thread may be using the store. */
void store_free(store *s);

/*
 * Where the store is and how its messages are retried (copies are kept).
 * Until it is opened, the last settings given count; once it is open,
 * new settings are ignored, as the open database stays in use.
 * `config_path` names the configuration file in messages; any argument
 * may be NULL (the open then says what is missing).
 */
int store_configure(store *s, const char *config_path, const char *path, const char *key_file,
		    const outbox_policy *policy);

/*
 * `fn` on the store, opened first if need be, with the store's lock held.
 * For reads and for writes of one statement (each is its own
 * transaction); a change of several statements is a store_txn. `fn` should
 * not begin a transaction, with one exception: outbox_claim (deliver.c)
 * runs its own BEGIN IMMEDIATE ... COMMIT inside, and rolls it back itself
 * when its COMMIT fails. One `fn` leaves open is rolled back before the
 * lock is released (and BB_ERROR returned if `fn` said BB_OK). `fn` may
 * be NULL: then the store is only opened. Returns what `fn` returned, or
 * why the store could not be opened (in `d`).
 */
typedef int (*store_fn)(outbox *ob, void *arg, diag_list *d);
int store_with(store *s, store_fn fn, void *arg, diag_list *d);
/* The same, but only when the store is open already: BB_ENOTFOUND if not. */
int store_with_open(store *s, store_fn fn, void *arg, diag_list *d);

/*
 * Take the lock, open the store if need be and BEGIN IMMEDIATE. On
 * failure the lock is released again, *txn is NULL and `d` says why.
 */
int store_txn_begin(store *s, store_txn **txn, diag_list *d);
/* The outbox to work on inside the transaction. */
outbox *store_txn_outbox(store_txn *txn);
/*
 * COMMIT and release the lock. When the COMMIT fails, `d` says so
 * ("cannot commit ..."), and the transaction is rolled back before the
 * lock is released: nothing of it is stored. `txn` is gone afterwards.
 */
int store_txn_commit(store_txn *txn, diag_list *d);
/* ROLLBACK and release the lock. `txn` is gone afterwards. */
void store_txn_abort(store_txn *txn);

/*
 * For tests only (not in the public ABI): the next `n` COMMITs of
 * store_txn_commit fail, as SQLite makes a COMMIT fail when a commit hook
 * refuses it (the transaction is rolled back, the COMMIT returns
 * SQLITE_CONSTRAINT_COMMITHOOK).
 */
void store_test_fail_commits(store *s, unsigned n);

#endif
