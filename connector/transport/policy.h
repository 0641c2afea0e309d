/*
 * The one policy every outgoing request of the library follows, whatever
 * sends it (delivery to a destination, the beweegkaart fetch): https only,
 * the server's certificate and name verified, TLS 1.2 or newer, no
 * redirects (a 3xx is an answer, not a new address to send patient data
 * or trust a catalogue from), and no signals from libcurl in a HIS's
 * process. Callers add only what differs: their CA file, client
 * certificate, timeouts.
 */
#ifndef BB_TRANSPORT_POLICY_H
#define BB_TRANSPORT_POLICY_H

#include "curl_load.h"

/* The schemes a URL of ours may have; anything else is refused before a request. */
#define TRANSPORT_SCHEME "https://"

void transport_apply_policy(CURL *curl);
/* 1 when `url` is one the policy lets through (https://, case-insensitive). */
int transport_url_allowed(const char *url);

#endif
