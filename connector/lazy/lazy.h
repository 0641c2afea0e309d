/*
 * Libraries that only some commands need - SQLite (the outbox), libcrypto
 * (seals, the audit trail, name-based ids), libssl and libevent (the
 * server) - are loaded when one of their functions is first
 * called, not when libbeweegbrug is: `beweegbrug convert`, `validate` and
 * `reformat` never touch them, and loading them was a quarter of those
 * commands' start-up (libcurl, the largest, is loaded by
 * transport/curl_load.c).
 *
 * Each library's functions that the core calls are defined here under
 * their own names (lazy_sqlite.c, lazy_crypto.c, lazy_ssl.c, lazy_event.c): a small
 * function that finds the real one on first use and calls it. The code
 * that uses them does not change. The definitions are hidden in the
 * shared library like everything but bb_*.
 */
#ifndef BB_LAZY_H
#define BB_LAZY_H

#include <stdatomic.h>
#include <stddef.h>

typedef struct lazy_lib {
	const char *soname;
	_Atomic(void *) handle;
} lazy_lib;

#define LAZY_LIB(soname) { soname, NULL }

/*
 * `name` in `lib`, loading the library first (once, thread-safe). Never
 * NULL: a library or function that is missing means a broken
 * installation, which is reported on standard error before abort(), as
 * the dynamic loader would have refused to start the program.
 */
void *lazy_sym(lazy_lib *lib, const char *name);

/* The address of `name`, resolved on first use and kept. */
#define LAZY_FN(lib, name)                                                       \
	static _Atomic(void *) slot_;                                            \
	void *fn_ = atomic_load_explicit(&slot_, memory_order_acquire);          \
	if (!fn_) {                                                              \
		fn_ = lazy_sym(&(lib), #name);                                   \
		atomic_store_explicit(&slot_, fn_, memory_order_release);        \
	}

/* ret name params { return real_name args; } */
#define LAZY(lib, ret, name, params, args)                                       \
	ret name params                                                          \
	{                                                                        \
		LAZY_FN(lib, name)                                               \
		return ((ret (*) params)fn_) args;                               \
	}

/* The same for functions that return nothing. */
#define LAZY_VOID(lib, name, params, args)                                       \
	void name params                                                         \
	{                                                                        \
		LAZY_FN(lib, name)                                               \
		((void (*) params)fn_) args;                                     \
	}

#endif
