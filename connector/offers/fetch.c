/*
 * A catalogue published at an https URL: fetched with libcurl under the
 * transport's one policy (transport/policy.h: https only, verified, TLS 1.2
 * or newer), with If-None-Match so that a refresh of an unchanged catalogue
 * costs one small answer (304). The catalogue decides which receiver a
 * referral goes to, so it is trusted no less than a destination.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "beweegbrug/version.h"
#include "offers_priv.h"
#include "util/strutil.h"
#include "transport/curl_load.h"
#include "transport/policy.h"

#define MAX_DOWNLOAD (8u * 1024 * 1024)

typedef struct download {
	strbuf body;
	char *etag;
	int too_big;
	int not_modified;   /* a 304's headers ended: there is nothing more to read */
	CURL *h;
} download;

static size_t on_body(char *data, size_t size, size_t n, void *payload)
{
	download *dl = payload;

	if (dl->body.len + size * n > MAX_DOWNLOAD) {
		dl->too_big = 1;
		return 0;
	}
	return strbuf_add(&dl->body, data, size * n) == 0 ? size * n : 0;
}

static size_t on_header(char *data, size_t size, size_t n, void *payload)
{
	download *dl = payload;
	size_t len = size * n;

	if (len <= 2 && (data[0] == '\r' || data[0] == '\n')) {
		long code = 0;
		curl_easy_getinfo(dl->h, CURLINFO_RESPONSE_CODE, &code);
		/*
		 * A 304 has no body. Stop here rather than trust the server to
		 * frame an empty one: some keep the connection open and we
		 * would wait for the timeout.
		 */
		if (code == 304) {
			dl->not_modified = 1;
			return 0;
		}
	}
	if (len > 5 && strncasecmp(data, "ETag:", 5) == 0) {
		char *v = str_ndup(data + 5, len - 5);
		free(dl->etag);
		dl->etag = v ? str_dup(str_trim(v)) : NULL;
		free(v);
	}
	return len;
}

int catalogue_fetch(char **body, size_t *len, long *status, char **etag, const char *url,
		    const char *ca_file, const char *if_none_match, diag_list *d)
{
	struct curl_slist *headers = NULL;
	const char *why;
	download dl;
	CURLcode cc;
	CURL *h;
	int rc = BB_OK;

	*body = NULL;
	*len = 0;
	*etag = NULL;
	if (!transport_url_allowed(url))
		return diag_add(d, BB_ECONFIG, url, 0, "beweegkaart",
				"a catalogue is fetched over https only (it decides where referrals go)");
	if (bb_curl_load(&why) < 0)
		return diag_add(d, BB_ERROR, url, 0, NULL, "cannot fetch the catalogue: %s", why);
	if (!(h = curl_easy_init()))
		return BB_ENOMEM;
	memset(&dl, 0, sizeof(dl));
	dl.h = h;
	if (if_none_match) {
		char *line = str_printf("If-None-Match: %s", if_none_match);
		headers = line ? curl_slist_append(NULL, line) : NULL;
		free(line);
	}
	curl_easy_setopt(h, CURLOPT_URL, url);
	transport_apply_policy(h);
	if (ca_file)
		curl_easy_setopt(h, CURLOPT_CAINFO, ca_file);
	curl_easy_setopt(h, CURLOPT_TIMEOUT, 30L);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 10L);
	curl_easy_setopt(h, CURLOPT_USERAGENT, "Beweegbrug/" BB_VERSION);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, &dl);
	curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(h, CURLOPT_HEADERDATA, &dl);
	cc = curl_easy_perform(h);
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, status);
	if (dl.not_modified) {
		cc = CURLE_OK;
		*status = 304;
	}
	if (dl.too_big)
		rc = diag_add(d, BB_ETOOBIG, url, 0, NULL, "the catalogue is over %u bytes", MAX_DOWNLOAD);
	else if (cc != CURLE_OK)
		rc = diag_add(d, BB_EUNAVAILABLE, url, 0, NULL, "cannot fetch the catalogue: %s",
			      curl_easy_strerror(cc));
	else if (*status != 200 && *status != 304)
		rc = diag_add(d, BB_EUNAVAILABLE, url, 0, NULL, "fetching the catalogue: HTTP %ld",
			      *status);
	curl_slist_free_all(headers);
	curl_easy_cleanup(h);
	if (rc != BB_OK || *status == 304) {
		strbuf_free(&dl.body);
		free(dl.etag);
		return rc;
	}
	*len = dl.body.len;
	*body = strbuf_detach(&dl.body, NULL);
	*etag = dl.etag;
	if (!*body) {
		free(dl.etag);
		*etag = NULL;
		return BB_ENOMEM;
	}
	return BB_OK;
}
