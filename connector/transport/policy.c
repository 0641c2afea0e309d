/* The outgoing-request policy (policy.h). */
#include "policy.h"

#include <strings.h>

void transport_apply_policy(CURL *curl)
{
	curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https");
	curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "https");
	curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
	curl_easy_setopt(curl, CURLOPT_SSLVERSION, (long)CURL_SSLVERSION_TLSv1_2);
	curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
}

int transport_url_allowed(const char *url)
{
	return url && strncasecmp(url, TRANSPORT_SCHEME, sizeof(TRANSPORT_SCHEME) - 1) == 0;
}
