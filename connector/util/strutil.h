/*
 * Small string helpers shared by the core: a growable byte buffer and
 * malloc'ing printf. Out-of-memory is sticky in a strbuf: once an append
 * fails, the buffer stays marked as failed and later appends do nothing,
 * so callers can build a whole document and check once at the end.
 */
#ifndef BB_STRUTIL_H
#define BB_STRUTIL_H

#include <stdarg.h>
#include <stddef.h>

#if defined(__GNUC__)
#  define STR_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#  define STR_PRINTF(a, b)
#endif

typedef struct strbuf {
	char *data;      /* always NUL-terminated when non-NULL */
	size_t len;
	size_t alloc;
	int failed;      /* set when an allocation failed */
} strbuf;

#define STRBUF_INIT { NULL, 0, 0, 0 }

int strbuf_grow(strbuf *b, size_t extra);
int strbuf_add(strbuf *b, const void *data, size_t len);
int strbuf_puts(strbuf *b, const char *s);
int strbuf_putc(strbuf *b, char c);
int strbuf_printf(strbuf *b, const char *fmt, ...) STR_PRINTF(2, 3);
int strbuf_vprintf(strbuf *b, const char *fmt, va_list ap);
/* Hand the bytes to the caller (who frees them) and reset the buffer. */
char *strbuf_detach(strbuf *b, size_t *len);
void strbuf_reset(strbuf *b);
void strbuf_free(strbuf *b);

char *str_printf(const char *fmt, ...) STR_PRINTF(1, 2);
char *str_vprintf(const char *fmt, va_list ap);
/* strdup that accepts NULL (returns NULL) */
char *str_dup(const char *s);
char *str_ndup(const char *s, size_t n);
/* Trim ASCII white space at both ends, in place; returns s. */
char *str_trim(char *s);
/*
 * Mask every run of exactly nine digits that stands alone (no letter or
 * digit on either side) with '*': a BSN quoted in free text from
 * elsewhere (a receiver's error, a validation message) must not reach a
 * log line or the audit trail. Ids are not hit: AGB codes have 8 digits,
 * UUIDs mix letters in, referral ids carry a prefix. In place; returns s.
 */
char *str_mask_bsn(char *s);

#endif
