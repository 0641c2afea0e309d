/*
 * The Content-Type of a received message (RFC 9110 8.3; FHIR R4 http.html
 * "Content Types and encodings"). Shared by the server's own refusals and
 * bb_inbound_process, so both judge a header alike.
 */
#include "inbound.h"

#include <string.h>
#include <strings.h>

#define CT_JSON "application/fhir+json"
#define CT_XML "application/fhir+xml"

static const char *skip_ows(const char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

/* Does parameter value [v, v+n) (token or quoted-string) equal `want`, ignoring case? */
static int value_is(const char *v, size_t n, const char *want, int prefix)
{
	size_t w = strlen(want);

	if (n >= 2 && v[0] == '"' && v[n - 1] == '"') {
		v++;
		n -= 2;
	}
	if (prefix)
		return n >= w && strncasecmp(v, want, w) == 0 && (n == w || v[w] == '.');
	return n == w && strncasecmp(v, want, w) == 0;
}

int inbound_media_type(const char *ctype, const char **problem)
{
	const char *p, *name, *value;
	size_t n, nlen, vlen;
	int fmt;

	if (problem)
		*problem = "Content-Type must be application/fhir+json or application/fhir+xml";
	if (!ctype)
		return 0;
	p = skip_ows(ctype);
	n = strcspn(p, "; \t");
	if (n == strlen(CT_JSON) && strncasecmp(p, CT_JSON, n) == 0)
		fmt = 'j';
	else if (n == strlen(CT_XML) && strncasecmp(p, CT_XML, n) == 0)
		fmt = 'x';
	else
		return 0;
	for (p = strchr(p + n, ';'); p; p = strchr(p, ';')) {
		name = skip_ows(p + 1);
		nlen = strcspn(name, "=; \t");
		value = name + nlen;
		p = value;
		if (*value != '=')
			continue;   /* not a parameter: nothing we act on */
		value++;
		if (*value == '"') {
			const char *end = strchr(value + 1, '"');
			vlen = end ? (size_t)(end - value) + 1 : strlen(value);
		} else {
			vlen = strcspn(value, "; \t");
		}
		p = value + vlen;
		if (nlen == 7 && strncasecmp(name, "charset", 7) == 0 && !value_is(value, vlen, "utf-8", 0)) {
			if (problem)
				*problem = "FHIR messages are UTF-8: charset must be utf-8";
			return 0;
		}
		if (nlen == 11 && strncasecmp(name, "fhirVersion", 11) == 0 &&
		    !value_is(value, vlen, "4.0", 1)) {
			if (problem)
				*problem = "this server takes FHIR R4: fhirVersion must be 4.0";
			return 0;
		}
	}
	return fmt;
}
