/*
 * The HTTPS client for destination adapters, on libcurl with OpenSSL.
 *
 * Verification of the peer and of its host name is always on: there is no
 * setting to turn it off, because a referral sent to the wrong party
 * cannot be called back. Everything else comes from the destination's
 * configuration section: client_cert, client_key (PEM, or PKCS#12 when the
 * file ends in .p12/.pfx), client_key_passphrase_file, ca_file, pin,
 * timeout. Proxies come from the usual environment variables (libcurl).
 *
 * Handles are kept per destination and reused (curl_easy_reset keeps a
 * handle's open connections and TLS sessions), so a burst of referrals to
 * one receiver pays for one handshake, not one each. A handle is used by
 * one call at a time; a few idle ones are kept per destination.
 */
#include <openssl/crypto.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host/host.h"
#include "log.h"
#include "util/mutex.h"
#include "transport/curl_load.h"
#include "transport/policy.h"

#define CONNECT_TIMEOUT 15L
#define DEFAULT_TIMEOUT 60L
#define MAX_RESPONSE (16L * 1024 * 1024)
#define POOL_IDLE 4              /* idle handles kept per destination */

typedef struct handle_pool {
	char *destination;
	CURL *idle[POOL_IDLE];
	size_t count;
	struct handle_pool *next;
} handle_pool;

/*
 * The connector's kept handles, per destination. bb_connector_reload
 * closes the idle handles and counts a new generation; a handle taken
 * before that is closed when it comes back, so after a reload every
 * connection is made with the files as they are now. The lock is a leaf:
 * it is held only to take or give back a handle, never during a request.
 */
struct https_pool {
	mutex lock;                   /* guards `pools` and the generation's changes */
	handle_pool *pools;
	atomic_uint generation;       /* one more at each bb_connector_reload */
};

int transport_pool_new(https_pool **out)
{
	https_pool *hp = calloc(1, sizeof(*hp));

	*out = NULL;
	if (!hp)
		return BB_ENOMEM;
	if (mutex_init(&hp->lock, LOCK_RANK_LEAF, "the HTTPS pool's lock (transport/https.c)") != 0) {
		free(hp);
		return BB_ERROR;
	}
	atomic_init(&hp->generation, 0);
	*out = hp;
	return BB_OK;
}

void transport_pool_free(https_pool *hp)
{
	handle_pool *p, *next;

	if (!hp)
		return;
	for (p = hp->pools; p; p = next) {
		next = p->next;
		while (p->count)
			curl_easy_cleanup(p->idle[--p->count]);
		free(p->destination);
		free(p);
	}
	mutex_destroy(&hp->lock);
	free(hp);
}

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;
static int curl_ready;
static const char *curl_why = "";

/* libcurl is loaded (and initialised) with the first request. */
static void init_curl(void)
{
	curl_ready = bb_curl_load(&curl_why) == 0;
}

typedef struct sink {
	bb_buf *buf;
	size_t total;
	int too_big;
} sink;

static size_t on_data(char *data, size_t size, size_t n, void *payload)
{
	sink *s = payload;
	size_t len = size * n;

	s->total += len;
	if (s->total > (size_t)MAX_RESPONSE) {
		s->too_big = 1;
		return 0;
	}
	if (s->buf && bb_buf_append(s->buf, data, len) != BB_OK)
		return 0;
	return len;
}

static int has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* The first line of a passphrase file, or NULL. */
static char *read_passphrase(const char *path)
{
	FILE *f = fopen(path, "r");
	char line[1024];
	size_t n;

	if (!f)
		return NULL;
	if (!fgets(line, sizeof(line), f)) {
		fclose(f);
		return NULL;
	}
	fclose(f);
	n = strcspn(line, "\r\n");
	line[n] = '\0';
	return strdup(line);
}

/* An idle handle for the destination, or a new one; *generation is the pool's now. */
static CURL *pool_take(https_pool *hp, const char *destination, unsigned *generation)
{
	handle_pool *p;
	CURL *curl = NULL;

	*generation = atomic_load(&hp->generation);
	if (destination) {
		mutex_lock(&hp->lock);
		*generation = atomic_load(&hp->generation);
		for (p = hp->pools; p; p = p->next)
			if (strcmp(p->destination, destination) == 0 && p->count) {
				curl = p->idle[--p->count];
				break;
			}
		mutex_unlock(&hp->lock);
	}
	if (curl) {
		curl_easy_reset(curl);
		return curl;
	}
	return curl_easy_init();
}

/* The destination's pool, made on first use. Call with the pool's lock held. */
static handle_pool *pool_of(https_pool *hp, const char *destination)
{
	handle_pool *p;

	for (p = hp->pools; p; p = p->next)
		if (strcmp(p->destination, destination) == 0)
			return p;
	p = calloc(1, sizeof(*p));
	if (!p || !(p->destination = strdup(destination))) {
		free(p);
		return NULL;
	}
	p->next = hp->pools;
	hp->pools = p;
	return p;
}

/* Keep the handle (and its open connection) for the next call, or close it. */
static void pool_give(https_pool *hp, const char *destination, CURL *curl, unsigned generation)
{
	handle_pool *p;

	if (destination) {
		mutex_lock(&hp->lock);
		p = generation == atomic_load(&hp->generation) ? pool_of(hp, destination) : NULL;
		if (p && p->count < POOL_IDLE) {
			p->idle[p->count++] = curl;
			curl = NULL;
		}
		mutex_unlock(&hp->lock);
	}
	if (curl)
		curl_easy_cleanup(curl);
}

void transport_pool_reload(https_pool *hp)
{
	handle_pool *p;

	mutex_lock(&hp->lock);
	atomic_fetch_add(&hp->generation, 1);
	for (p = hp->pools; p; p = p->next)
		while (p->count)
			curl_easy_cleanup(p->idle[--p->count]);
	mutex_unlock(&hp->lock);
}

static int method_ok(const char *m)
{
	static const char *const methods[] = { "GET", "POST", "PUT", "PATCH", "DELETE", NULL };
	size_t i;

	for (i = 0; methods[i]; i++)
		if (strcmp(m, methods[i]) == 0)
			return 1;
	return 0;
}

/* The destination's TLS settings on the handle; the passphrase to wipe later. */
static void set_tls(CURL *curl, const bb_host *host, char **pass)
{
	const char *v;

	transport_apply_policy(curl);
	if ((v = bb_host_setting(host, "ca_file")))
		curl_easy_setopt(curl, CURLOPT_CAINFO, v);
	if ((v = bb_host_setting(host, "client_cert"))) {
		curl_easy_setopt(curl, CURLOPT_SSLCERT, v);
		if (has_suffix(v, ".p12") || has_suffix(v, ".pfx"))
			curl_easy_setopt(curl, CURLOPT_SSLCERTTYPE, "P12");
	}
	if ((v = bb_host_setting(host, "client_key")))
		curl_easy_setopt(curl, CURLOPT_SSLKEY, v);
	if ((v = bb_host_setting(host, "client_key_passphrase_file"))) {
		*pass = read_passphrase(v);
		if (*pass)
			curl_easy_setopt(curl, CURLOPT_KEYPASSWD, *pass);
	}
	if ((v = bb_host_setting(host, "pin")))
		curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, v);
}

/* The handle set for one request; *pass gets the key's passphrase, if any (set_tls). */
static void set_request(CURL *curl, const bb_host *host, const char *method, const char *url,
			const void *body, size_t len, struct curl_slist *headers, const char *agent,
			char *errbuf, sink *s, char **pass)
{
	const char *v;
	long timeout = DEFAULT_TIMEOUT;

	curl_easy_setopt(curl, CURLOPT_URL, url);
	if (strcmp(method, "GET") == 0) {
		curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
	} else {
		if (strcmp(method, "POST") == 0)
			curl_easy_setopt(curl, CURLOPT_POST, 1L);
		else
			curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method);
		curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body ? body : "");
		curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
	}
	curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
	curl_easy_setopt(curl, CURLOPT_USERAGENT, agent);
	curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(curl, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_2TLS);
	curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, CONNECT_TIMEOUT);
	if ((v = bb_host_setting(host, "timeout")))
		timeout = strtol(v, NULL, 10);
	curl_easy_setopt(curl, CURLOPT_TIMEOUT, timeout);
	curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(curl, CURLOPT_WRITEDATA, s);
	set_tls(curl, host, pass);
}

/*
 * How the request went, logged: BB_OK with the HTTP status in *status
 * for any answer, BB_EUNAVAILABLE with the reason in `why` when none came.
 */
static int request_said(CURLcode rc, CURL *curl, const bb_host *host, const char *dest,
			const char *method, const char *url, const char *errbuf, const sink *s,
			long *status, char why[BB_HOST_WHY_LEN])
{
	if (rc == CURLE_OK) {
		long code = 0, conns = 0;
		char http[16], bytes[24];

		curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
		curl_easy_getinfo(curl, CURLINFO_NUM_CONNECTS, &conns);
		if (status)
			*status = code;
		snprintf(http, sizeof http, "%ld", code);
		snprintf(bytes, sizeof bytes, "%zu", s->total);
		log_event(host->connector, BB_LOG_DEBUG, "http.done", "destination", dest,
			  "method", method, "url", url, "status", http, "bytes", bytes,
			  "connection", conns ? "new" : "reused", (char *)NULL);
		return BB_OK;
	}
	if (why && s->too_big)
		snprintf(why, BB_HOST_WHY_LEN, "the response from %s is larger than %ld bytes",
			 url, MAX_RESPONSE);
	else if (why)
		snprintf(why, BB_HOST_WHY_LEN, "%.8s %.120s failed: %.110s", method, url,
			 errbuf[0] ? errbuf : curl_easy_strerror(rc));
	log_event(host->connector, BB_LOG_INFO, "http.failed", "destination", dest,
		  "method", method, "url", url,
		  "reason", errbuf[0] ? errbuf : curl_easy_strerror(rc), (char *)NULL);
	return BB_EUNAVAILABLE;
}

int bb_host_request(bb_buf *response, long *status, char why[BB_HOST_WHY_LEN],
		    const bb_host *host, const char *method, const char *url,
		    const char *const *extra, const char *accept, const char *content_type, const void *body,
		    size_t len)
{
	char errbuf[CURL_ERROR_SIZE] = "";
	char agent[64], *ctype = NULL, *acc = NULL, *pass = NULL;
	struct curl_slist *headers = NULL;
	sink s = { response, 0, 0 };
	const char *dest;
	CURLcode rc;
	CURL *curl;
	unsigned generation;
	int result;

	if (status)
		*status = 0;
	if (why)
		why[0] = '\0';
	if (!host || !method || !url || (!body && len) || (body && !content_type))
		return BB_EINVAL;
	if (!method_ok(method))
		return bb_host_error(host, BB_EINVAL, 0, NULL, "HTTP method \"%s\" is not offered",
				     method);
	if (strncmp(url, "https://", 8) != 0)
		return bb_host_error(host, BB_EINVAL, 0, "endpoint",
				     "only https:// is allowed, not \"%s\"", url);
	pthread_once(&curl_once, init_curl);
	dest = bb_host_destination(host);
	if (!curl_ready || !(curl = pool_take(host->connector->pool, dest, &generation)))
		return bb_host_error(host, BB_ERROR, 0, NULL, "libcurl could not be initialised%s%s",
				     curl_ready ? "" : ": ", curl_ready ? "" : curl_why);

	snprintf(agent, sizeof(agent), "Beweegbrug/%s", BB_VERSION);
	acc = str_printf("Accept: %s", accept ? accept : "application/fhir+json");
	headers = curl_slist_append(headers, acc);
	if (content_type) {
		ctype = str_printf("Content-Type: %s", content_type);
		headers = curl_slist_append(headers, ctype);
	}
	for (; extra && *extra; extra++)
		headers = curl_slist_append(headers, *extra);
	set_request(curl, host, method, url, body, len, headers, agent, errbuf, &s, &pass);

	rc = curl_easy_perform(curl);
	result = request_said(rc, curl, host, dest, method, url, errbuf, &s, status, why);
	/* The handle holds the passphrase and header pointers: clear before keeping it. */
	curl_easy_setopt(curl, CURLOPT_KEYPASSWD, NULL);
	curl_easy_setopt(curl, CURLOPT_HTTPHEADER, NULL);
	curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, NULL);
	curl_easy_setopt(curl, CURLOPT_WRITEDATA, NULL);
	pool_give(host->connector->pool, dest, curl, generation);
	curl_slist_free_all(headers);
	free(ctype);
	free(acc);
	if (pass) {
		OPENSSL_cleanse(pass, strlen(pass));
		free(pass);
	}
	return result;
}

int bb_host_post(bb_buf *response, long *status, char why[BB_HOST_WHY_LEN],
		 const bb_host *host, const char *url, const char *content_type, const void *body,
		 size_t len)
{
	if (!content_type)
		return BB_EINVAL;
	return bb_host_request(response, status, why, host,
			       "POST",
			       url, NULL, strncmp(content_type, "application/fhir+xml", 20) == 0
				       ? "application/fhir+xml" : "application/fhir+json", content_type, body, len);
}
