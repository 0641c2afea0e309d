/*
 * Loading a library on first use, see lazy.h.
 */
#include "lazy/lazy.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

#include "util/mutex.h"

/* Taken under any lock but the error slots' (mutex.h): a first use may come anywhere. */
static mutex loading = MUTEX_INITIALIZER(LOCK_RANK_LIBRARY, "loading a library (lazy/lazy.c)");

static void broken(const char *what, const char *soname, const char *why)
{
	fprintf(stderr, "libbeweegbrug: %s %s: %s (the installation is incomplete)\n", what, soname,
		why ? why : "?");
	abort();
}

void *lazy_sym(lazy_lib *lib, const char *name)
{
	void *h = atomic_load_explicit(&lib->handle, memory_order_acquire), *f;

	if (!h) {
		mutex_lock(&loading);
		h = atomic_load_explicit(&lib->handle, memory_order_acquire);
		if (!h) {
			/* never closed: its objects live as long as the process may use them */
			h = dlopen(lib->soname, RTLD_NOW | RTLD_LOCAL);
			if (!h)
				broken("cannot load", lib->soname, dlerror());
			atomic_store_explicit(&lib->handle, h, memory_order_release);
		}
		mutex_unlock(&loading);
	}
	f = dlsym(h, name);
	if (!f)
		broken("no such function in", lib->soname, name);
	return f;
}
