/*
 * The HTTPS client for destination adapters, on libcurl with OpenSSL.
 *
 * Verification of the peer and of its host name is always on: there is no
 * setting to turn it off, because a referral sent to the wrong party
 * cannot be called back. Everything else comes from the destination's
 * configuration section: client_cert, client_key (PEM, or PKCS#12 when the
 * file ends in .p12/.pfx), client_key_passphrase_file, ca_file, pin,
 * timeout. Proxies come from the usual environment variables (libcurl).
 */
#include <curl/curl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host.h"
#include "log.h"

#define CONNECT_TIMEOUT 15L
#define DEFAULT_TIMEOUT 60L
#define MAX_RESPONSE (16L * 1024 * 1024)

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;
static int curl_ready;

/* curl_global_init is not thread-safe everywhere: once per process. */
static void init_curl(void)
{
	curl_ready = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
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

int bb_host_post(const bb_host *host, const char *url, const char *content_type,
		 const void *body, size_t len, bb_buf *response, long *status,
		 char why[BB_HOST_WHY_LEN])
{
	char errbuf[CURL_ERROR_SIZE] = "";
	char agent[64], *ctype = NULL, *pass = NULL;
	struct curl_slist *headers = NULL;
	sink s = { response, 0, 0 };
	const char *v;
	long timeout = DEFAULT_TIMEOUT;
	CURLcode rc;
	CURL *curl;
	int result;

	if (status)
		*status = 0;
	if (why)
		why[0] = '\0';
	if (!host || !url || !content_type || (!body && len))
		return BB_EINVAL;
	if (strncmp(url, "https://", 8) != 0)
		return bb_host_error(host, BB_EINVAL, 0, "endpoint",
				     "only https:// is allowed, not \"%s\"", url);
	pthread_once(&curl_once, init_curl);
	if (!curl_ready || !(curl = curl_easy_init()))
		return bb_host_error(host, BB_ERROR, 0, NULL, "libcurl could not be initialised");

	snprintf(agent, sizeof(agent), "Beweegbrug/%s", BB_VERSION);
	ctype = str_printf("Content-Type: %s", content_type);
	headers = curl_slist_append(headers, ctype);
	headers = curl_slist_append(headers, strncmp(content_type, "application/fhir+xml", 20) == 0
					     ? "Accept: application/fhir+xml"
					     : "Accept: application/fhir+json");
	curl_easy_setopt(curl, CURLOPT_URL, url);
	curl_easy_setopt(curl, CURLOPT_POST, 1L);
	curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body ? body : "");
	curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
	curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
	curl_easy_setopt(curl, CURLOPT_USERAGENT, agent);
	curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https");
	curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
	curl_easy_setopt(curl, CURLOPT_SSLVERSION, (long)CURL_SSLVERSION_TLSv1_2);
	curl_easy_setopt(curl, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_2TLS);
	curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, CONNECT_TIMEOUT);
	if ((v = bb_host_setting(host, "timeout")))
		timeout = strtol(v, NULL, 10);
	curl_easy_setopt(curl, CURLOPT_TIMEOUT, timeout);
	curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(curl, CURLOPT_WRITEDATA, &s);
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
		pass = read_passphrase(v);
		if (pass)
			curl_easy_setopt(curl, CURLOPT_KEYPASSWD, pass);
	}
	if ((v = bb_host_setting(host, "pin")))
		curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, v);

	rc = curl_easy_perform(curl);
	if (rc == CURLE_OK) {
		long code = 0;
		curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
		if (status)
			*status = code;
		result = BB_OK;
		log_msg(host->connector, BB_LOG_DEBUG, "POST %s: HTTP %ld, %zu bytes", url, code, s.total);
	} else {
		if (why && s.too_big)
			snprintf(why, BB_HOST_WHY_LEN, "the response from %s is larger than %ld bytes",
				 url, MAX_RESPONSE);
		else if (why)
			snprintf(why, BB_HOST_WHY_LEN, "POST %s failed: %s", url,
				 errbuf[0] ? errbuf : curl_easy_strerror(rc));
		log_msg(host->connector, BB_LOG_INFO, "POST %s failed: %s", url,
			errbuf[0] ? errbuf : curl_easy_strerror(rc));
		result = BB_EUNAVAILABLE;
	}
	curl_easy_cleanup(curl);
	curl_slist_free_all(headers);
	free(ctype);
	if (pass) {
		memset(pass, 0, strlen(pass));
		free(pass);
	}
	return result;
}
