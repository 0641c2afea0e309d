/*
 * Loading libcurl on first use, see curl_load.h.
 */
#define BB_CURL_LOAD_SELF 1
#include "transport/curl_load.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

/* The library the build linked against (configure finds its soname). */
#ifndef BB_CURL_SONAME
#define BB_CURL_SONAME "libcurl.so.4"
#endif

bb_curl_api bb_curl;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static const char *failure;
static char failure_text[256];

/* The address of `name` in `lib` into *slot; 0, or -1 when it is missing. */
static int resolve(void *lib, const char *name, void *slot)
{
	void *f = dlsym(lib, name);

	if (!f) {
		snprintf(failure_text, sizeof(failure_text), "%s has no %s", BB_CURL_SONAME, name);
		failure = failure_text;
		return -1;
	}
	/* POSIX: a function pointer fits where dlsym's result came from */
	*(void **)slot = f;
	return 0;
}

static void load(void)
{
	CURLcode (*global_init)(long flags) = NULL;
	void *lib = dlopen(BB_CURL_SONAME, RTLD_NOW | RTLD_LOCAL);
	bb_curl_api api;

	if (!lib) {
		snprintf(failure_text, sizeof(failure_text), "cannot load %s: %s", BB_CURL_SONAME,
			 dlerror());
		failure = failure_text;
		return;
	}
	if (resolve(lib, "curl_global_init", &global_init) < 0 ||
	    resolve(lib, "curl_easy_init", &api.easy_init) < 0 ||
	    resolve(lib, "curl_easy_setopt", &api.easy_setopt) < 0 ||
	    resolve(lib, "curl_easy_perform", &api.easy_perform) < 0 ||
	    resolve(lib, "curl_easy_getinfo", &api.easy_getinfo) < 0 ||
	    resolve(lib, "curl_easy_reset", &api.easy_reset) < 0 ||
	    resolve(lib, "curl_easy_cleanup", &api.easy_cleanup) < 0 ||
	    resolve(lib, "curl_easy_strerror", &api.easy_strerror) < 0 ||
	    resolve(lib, "curl_slist_append", &api.slist_append) < 0 ||
	    resolve(lib, "curl_slist_free_all", &api.slist_free_all) < 0)
		return;         /* the library stays loaded: harmless, and rare */
	/* curl_global_init is not thread-safe everywhere: here, once per process */
	if (global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		failure = "curl_global_init failed";
		return;
	}
	bb_curl = api;
}

int bb_curl_load(const char **why)
{
	pthread_once(&once, load);
	if (failure) {
		if (why)
			*why = failure;
		return -1;
	}
	return 0;
}
