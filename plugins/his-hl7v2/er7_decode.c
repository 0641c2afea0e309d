/*
 * Escape sequences (HL7 v2.5 chapter 2.7): \F\ \S\ \T\ \R\ \E\ stand for
 * the delimiters, \Xhhhh\ for bytes in the message's character set.
 * \H\ and \N\ (highlighting on/off) only change how text looks, so they
 * are dropped; formatting commands (\.br\, \.sp\ ...) are kept as
 * written, as the text is shown, not laid out, on our side. Character-set
 * switches (\C..\, \M..\) and local escapes (\Z..\) are refused: we cannot
 * honour them, and guessing would change the patient's data.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "er7.h"

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* Report a bad sequence, quoting at most 20 of its bytes as plain ASCII. */
static int bad(er7_error *err, const char *fmt, const char *seq, size_t n)
{
	char quoted[21];
	size_t i;

	if (err) {
		if (n > 20)
			n = 20;
		for (i = 0; i < n; i++)
			quoted[i] = (unsigned char)seq[i] >= 0x20 && (unsigned char)seq[i] < 0x7F
					    ? seq[i] : '?';
		quoted[n] = '\0';
		snprintf(err->message, sizeof(err->message), fmt, (int)n, quoted);
	}
	return -1;
}

/* Append the bytes of \Xhh..\ (content without the X) to `o`. */
static int hex_bytes(const er7_message *m, const char *hex, size_t n, char *out, size_t *o,
		     er7_error *err)
{
	size_t i;

	if (n == 0 || n % 2)
		return bad(err, "\\X%.*s\\ needs an even number of hexadecimal digits", hex, n);
	for (i = 0; i < n; i += 2) {
		int hi = hexval(hex[i]), lo = hexval(hex[i + 1]);
		unsigned char c;
		if (hi < 0 || lo < 0)
			return bad(err, "\\X%.*s\\ is not hexadecimal", hex, n);
		c = (unsigned char)(hi * 16 + lo);
		if ((c < 0x20 && c != '\r' && c != '\n' && c != '\t') || c == 0x7F ||
		    (m->charset == ER7_LATIN1 && charset_latin1_is_control(c)))
			return bad(err, "\\X%.*s\\ stands for a control character", hex, n);
		if (m->charset == ER7_ASCII && c > 0x7F)
			return bad(err, "\\X%.*s\\ is not ASCII (MSH-18 says ASCII)", hex, n);
		if (m->charset == ER7_LATIN1)
			*o += charset_latin1_to_utf8(out + *o, &c, 1);
		else
			out[(*o)++] = (char)c;
	}
	return 0;
}

int er7_decode(const er7_message *m, er7_slice s, char **out, er7_error *err)
{
	const er7_delims *d = &m->d;
	size_t i = 0, o = 0;
	char *r;

	*out = NULL;
	/* every sequence decodes to at most as many bytes as it is long */
	r = malloc(s.n + 1);
	if (!r)
		return -2;
	while (i < s.n) {
		const char *seq;
		size_t j, n;
		if (s.p[i] != d->escape) {
			r[o++] = s.p[i++];
			continue;
		}
		for (j = i + 1; j < s.n && s.p[j] != d->escape; j++)
			;
		if (j >= s.n) {
			free(r);
			return bad(err, "escape sequence \\%.*s... is not closed", s.p + i + 1, s.n - i - 1);
		}
		seq = s.p + i + 1;
		n = j - i - 1;
		if (n == 1 && strchr("FSTRE", seq[0])) {
			switch (seq[0]) {
			case 'F': r[o++] = d->field; break;
			case 'S': r[o++] = d->component; break;
			case 'T': r[o++] = d->subcomponent; break;
			case 'R': r[o++] = d->repetition; break;
			default: r[o++] = d->escape; break;
			}
		} else if (n >= 1 && seq[0] == 'X') {
			if (hex_bytes(m, seq + 1, n - 1, r, &o, err)) {
				free(r);
				return -1;
			}
		} else if (n == 1 && (seq[0] == 'H' || seq[0] == 'N')) {
			/* highlighting: dropped */
		} else if (n >= 2 && seq[0] == '.') {
			memcpy(r + o, s.p + i, n + 2);
			o += n + 2;
		} else {
			free(r);
			return bad(err, "escape sequence \\%.*s\\ is not supported", seq, n);
		}
		i = j + 1;
	}
	r[o] = '\0';
	if (m->charset != ER7_LATIN1 && !charset_utf8_valid((const unsigned char *)r, o, NULL)) {
		free(r);
		return bad(err, "%.*shex escapes do not give valid UTF-8", "", 0);
	}
	*out = r;
	return 0;
}
