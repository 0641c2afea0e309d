/*
 * libcurl, loaded when the first request is made rather than when the
 * library is: libcurl brings some forty shared libraries (GnuTLS,
 * Kerberos, LDAP, ...) whose loading cost every `beweegbrug convert`,
 * `validate` and `reformat` most of its start-up time, though they never
 * send anything.
 *
 * Files that call libcurl include this header instead of <curl/curl.h>
 * and call bb_curl_load() before their first libcurl call; the curl_*
 * names then go through the table that bb_curl_load() fills. Only the
 * functions listed here may be used.
 */
#ifndef BB_CURL_LOAD_H
#define BB_CURL_LOAD_H

/* Plain prototypes: the type-checking macros would hide ours. */
#define CURL_DISABLE_TYPECHECK 1
#include <curl/curl.h>

typedef struct bb_curl_api {
	CURL *(*easy_init)(void);
	CURLcode (*easy_setopt)(CURL *curl, CURLoption option, ...);
	CURLcode (*easy_perform)(CURL *curl);
	CURLcode (*easy_getinfo)(CURL *curl, CURLINFO info, ...);
	void (*easy_reset)(CURL *curl);
	void (*easy_cleanup)(CURL *curl);
	const char *(*easy_strerror)(CURLcode code);
	struct curl_slist *(*slist_append)(struct curl_slist *list, const char *s);
	void (*slist_free_all)(struct curl_slist *list);
} bb_curl_api;

extern bb_curl_api bb_curl;

/*
 * Load libcurl and run curl_global_init, once per process (thread-safe).
 * 0 when libcurl is ready; -1 when it is not, with the reason in *why
 * (static text; NULL allowed).
 */
int bb_curl_load(const char **why);

#ifndef BB_CURL_LOAD_SELF
/* curl.h makes these two macros (to count their arguments) */
#undef curl_easy_setopt
#undef curl_easy_getinfo
#define curl_easy_init bb_curl.easy_init
#define curl_easy_setopt bb_curl.easy_setopt
#define curl_easy_perform bb_curl.easy_perform
#define curl_easy_getinfo bb_curl.easy_getinfo
#define curl_easy_reset bb_curl.easy_reset
#define curl_easy_cleanup bb_curl.easy_cleanup
#define curl_easy_strerror bb_curl.easy_strerror
#define curl_slist_append bb_curl.slist_append
#define curl_slist_free_all bb_curl.slist_free_all
/* loading runs it; nothing else may */
#define curl_global_init(flags) bb_curl_global_init_is_done_by_bb_curl_load
#endif

#endif
