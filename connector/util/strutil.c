#include "strutil.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int strbuf_grow(strbuf *b, size_t extra)
{
	size_t need, n;
	char *grown;

	if (b->failed)
		return -1;
	if (extra > (size_t)-1 - b->len - 1)
		goto fail;
	need = b->len + extra + 1;
	if (need <= b->alloc)
		return 0;
	n = b->alloc ? b->alloc : 64;
	while (n < need)
		n = n > (size_t)-1 / 2 ? need : n * 2;
	grown = realloc(b->data, n);
	if (!grown)
		goto fail;
	b->data = grown;
	b->alloc = n;
	return 0;
fail:
	b->failed = 1;
	return -1;
}

int strbuf_add(strbuf *b, const void *data, size_t len)
{
	if (strbuf_grow(b, len) < 0)
		return -1;
	if (len)
		memcpy(b->data + b->len, data, len);
	b->len += len;
	b->data[b->len] = '\0';
	return 0;
}

int strbuf_puts(strbuf *b, const char *s)
{
	return strbuf_add(b, s, strlen(s));
}

int strbuf_putc(strbuf *b, char c)
{
	return strbuf_add(b, &c, 1);
}

int strbuf_vprintf(strbuf *b, const char *fmt, va_list ap)
{
	va_list copy;
	int n;

	if (b->failed)
		return -1;
	va_copy(copy, ap);
	n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n < 0 || strbuf_grow(b, (size_t)n) < 0) {
		b->failed = 1;
		return -1;
	}
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
	return 0;
}

int strbuf_printf(strbuf *b, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = strbuf_vprintf(b, fmt, ap);
	va_end(ap);
	return rc;
}

char *strbuf_detach(strbuf *b, size_t *len)
{
	char *out;

	if (b->failed) {
		strbuf_free(b);
		return NULL;
	}
	if (!b->data && strbuf_grow(b, 0) < 0)
		return NULL;
	out = b->data;
	if (len)
		*len = b->len;
	b->data = NULL;
	b->len = b->alloc = 0;
	return out;
}

void strbuf_reset(strbuf *b)
{
	b->len = 0;
	b->failed = 0;
	if (b->data)
		b->data[0] = '\0';
}

void strbuf_free(strbuf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->alloc = 0;
	b->failed = 0;
}

char *str_vprintf(const char *fmt, va_list ap)
{
	strbuf b = STRBUF_INIT;

	strbuf_vprintf(&b, fmt, ap);
	return strbuf_detach(&b, NULL);
}

char *str_printf(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = str_vprintf(fmt, ap);
	va_end(ap);
	return s;
}

char *str_dup(const char *s)
{
	return s ? strdup(s) : NULL;
}

char *str_ndup(const char *s, size_t n)
{
	char *out = malloc(n + 1);

	if (!out)
		return NULL;
	memcpy(out, s, n);
	out[n] = '\0';
	return out;
}

char *str_trim(char *s)
{
	size_t len = strlen(s);
	char *start = s;

	while (len && isspace((unsigned char)s[len - 1]))
		s[--len] = '\0';
	while (*start && isspace((unsigned char)*start))
		start++;
	if (start != s)
		memmove(s, start, strlen(start) + 1);
	return s;
}

static int is_alnum_ascii(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char *str_mask_bsn(char *s)
{
	size_t i = 0, run;

	if (!s)
		return s;
	while (s[i]) {
		for (run = 0; s[i + run] >= '0' && s[i + run] <= '9'; run++)
			;
		if (run == 9 && (i == 0 || !is_alnum_ascii(s[i - 1])) && !is_alnum_ascii(s[i + 9]))
			memset(s + i, '*', 9);
		i += run ? run : 1;
	}
	return s;
}
