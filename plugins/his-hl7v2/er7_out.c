/*
 * Writing ER7: a growing string, escaping of text, message control ids
 * and time stamps. We always write the standard delimiters |^~\& and
 * UTF-8, and end segments with CR as HL7 v2 requires.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "charset.h"
#include "hl7v2.h"

void out_add(hl7_out *o, const char *s, size_t n)
{
	if (o->failed || n == 0)
		return;
	if (o->len + n + 1 > o->cap) {
		size_t cap = o->cap ? o->cap : 256;
		char *bigger;
		while (cap < o->len + n + 1)
			cap *= 2;
		bigger = realloc(o->p, cap);
		if (!bigger) {
			o->failed = 1;
			return;
		}
		o->p = bigger;
		o->cap = cap;
	}
	memcpy(o->p + o->len, s, n);
	o->len += n;
	o->p[o->len] = '\0';
}

void out_str(hl7_out *o, const char *s)
{
	if (s)
		out_add(o, s, strlen(s));
}

void out_printf(hl7_out *o, const char *fmt, ...)
{
	char small[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n < 0) {
		o->failed = 1;
		return;
	}
	if ((size_t)n < sizeof(small)) {
		out_add(o, small, (size_t)n);
	} else {
		char *big = malloc((size_t)n + 1);
		if (!big) {
			o->failed = 1;
			return;
		}
		va_start(ap, fmt);
		vsnprintf(big, (size_t)n + 1, fmt, ap);
		va_end(ap);
		out_add(o, big, (size_t)n);
		free(big);
	}
}

void out_esc(hl7_out *o, const char *text)
{
	const char *p;

	for (p = text; p && *p; p++) {
		switch (*p) {
		case '|': out_str(o, "\\F\\"); break;
		case '^': out_str(o, "\\S\\"); break;
		case '&': out_str(o, "\\T\\"); break;
		case '~': out_str(o, "\\R\\"); break;
		case '\\': out_str(o, "\\E\\"); break;
		case '\r': out_str(o, "\\X0D\\"); break;
		case '\n': out_str(o, "\\X0A\\"); break;
		default: out_add(o, p, 1); break;
		}
	}
}

void out_esc_text(hl7_out *o, const char *text)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t bad;

	while (p && *p) {
		size_t n = strlen((const char *)p);
		char *copy;
		if (charset_utf8_valid(p, n, &bad)) {
			out_esc(o, (const char *)p);
			return;
		}
		/* the valid part, then '?' for the byte that is not */
		copy = strndup((const char *)p, bad);
		if (!copy) {
			o->failed = 1;
			return;
		}
		out_esc(o, copy);
		free(copy);
		out_str(o, "?");
		p += bad + 1;
	}
}

void out_free(hl7_out *o)
{
	free(o->p);
	o->p = NULL;
	o->len = o->cap = 0;
}

/*
 * FNV-1a over the seed: the same feedback gives the same control id, so
 * a HIS that sees a message twice can tell; MSH-10 holds 20 characters.
 */
void hl7_control_id(char out[21], const char *prefix, const char *seed)
{
	uint64_t h = 14695981039346656037ull;
	const unsigned char *p;

	for (p = (const unsigned char *)(seed ? seed : ""); *p; p++) {
		h ^= *p;
		h *= 1099511628211ull;
	}
	snprintf(out, 21, "%.4s%016llx", prefix, (unsigned long long)h);
}

void hl7_now(char out[32])
{
	time_t t = time(NULL);
	struct tm tm;

	if (gmtime_r(&t, &tm))
		strftime(out, 32, "%Y%m%d%H%M%S+0000", &tm);
	else
		snprintf(out, 32, "19700101000000+0000");
}
