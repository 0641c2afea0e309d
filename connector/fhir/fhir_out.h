/*
 * Appending to a strbuf in the codec's writers: an inline fast path for
 * the common case (the bytes fit), strbuf_add otherwise. The buffer is
 * NUL-terminated by out_finish (strbuf_add keeps doing it on its path).
 */
#ifndef FHIR_OUT_H
#define FHIR_OUT_H

#include <string.h>

#include "util/strutil.h"

static inline void out_add(strbuf *b, const char *s, size_t n)
{
	if (b->alloc - b->len > n) {
		memcpy(b->data + b->len, s, n);
		b->len += n;
	} else {
		strbuf_add(b, s, n);
	}
}

static inline void out_putc(strbuf *b, char c)
{
	if (b->alloc - b->len > 1)
		b->data[b->len++] = c;
	else
		strbuf_add(b, &c, 1);
}

#define out_lit(b, lit) out_add((b), (lit), sizeof(lit) - 1)

/*
 * A JSON string with its quotes, escaped as the JSON writer escapes
 * (fhir_json_write.c), for code outside it that must write the same text.
 */
void fhir_json_put_string(strbuf *b, const char *s, size_t len);

static inline void out_puts(strbuf *b, const char *s)
{
	out_add(b, s, strlen(s));
}

/* n copies of byte c */
static inline void out_fill(strbuf *b, char c, size_t n)
{
	if (b->alloc - b->len > n || strbuf_grow(b, n) == 0) {
		memset(b->data + b->len, c, n);
		b->len += n;
	}
}

/* NUL-terminate; -1 if any append failed. */
static inline int out_finish(strbuf *b)
{
	if (strbuf_grow(b, 0) < 0)
		return -1;
	b->data[b->len] = '\0';
	return 0;
}

#endif
