/*
 * The two character sets a REF^I12 may declare in MSH-18 (UTF-8 and
 * ISO 8859-1), brought to UTF-8, which is what the canonical model holds.
 */
#ifndef HL7V2_CHARSET_H
#define HL7V2_CHARSET_H

#include <stddef.h>

/*
 * Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
 * On failure *bad is the offset of the first byte that is wrong.
 */
int charset_utf8_valid(const unsigned char *s, size_t n, size_t *bad);

/* ISO 8859-1 to UTF-8; `out` has room for 2 * n bytes. Returns the length. */
size_t charset_latin1_to_utf8(char *out, const unsigned char *in, size_t n);

/* 1 if the byte is a C1 control in ISO 8859-1 (0x80-0x9F): not text. */
int charset_latin1_is_control(unsigned char c);

#endif
