/* The XML budget's scan: see xml_budget.h. One pass, no allocation. */
#include "xml_budget.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/*
 * The scan keeps only a position: lines are counted once, when a problem
 * is reported, not for every byte read (which cost more than the scan).
 */
/*
 * Past the first `token` at or after p (or end). Every token ends in '>',
 * so this looks for '>' with memchr and checks the bytes before it:
 * glibc's memmem spent some 600 instructions per short comment.
 */
static const char *past(const char *p, const char *end, const char *token, size_t n)
{
	const char *gt;

	if ((size_t)(end - p) < n)
		return end;
	for (gt = p + n - 1; gt < end && (gt = memchr(gt, '>', (size_t)(end - gt))) != NULL; gt++)
		if (memcmp(gt - (n - 1), token, n - 1) == 0)
			return gt + 1;
	return end;
}

static int starts(const char *p, const char *end, const char *token, size_t n)
{
	return (size_t)(end - p) >= n && memcmp(p, token, n) == 0;
}

static unsigned line_of(const char *buf, const char *at)
{
	unsigned line = 1;

	for (const char *nl = buf; (nl = memchr(nl, '\n', (size_t)(at - nl))) != NULL; nl++)
		line++;
	return line;
}

static int over(xml_budget_problem *why, const char *buf, const char *at, const char *what)
{
	if (why) {
		why->line = line_of(buf, at);
		snprintf(why->message, sizeof why->message, "%s", what);
	}
	return -1;
}

/* the bytes of a start tag the scan must look at: the rest is names and blanks */
static const unsigned char in_tag_stop[256] = {
	['<'] = 1, ['>'] = 1, ['"'] = 1, ['\''] = 1, ['='] = 1,
};

/*
 * Sixteen bytes at a time with SSE2 (part of x86-64), the last few as
 * before. A FHIR document is short runs: "\n    " between tags, a name,
 * a value of a few bytes; memchr's call and set-up cost more than such a
 * run, and the table above a load and a test for every byte of a name.
 */
#ifdef __SSE2__
static inline __m128i load16(const char *p)
{
	return _mm_loadu_si128((const __m128i *)(const void *)p);
}

static inline __m128i eq16(__m128i v, char c)
{
	return _mm_cmpeq_epi8(v, _mm_set1_epi8(c));
}
#endif

/* The first byte c at or after p, or NULL. */
static inline const char *next_byte(const char *p, const char *end, char c)
{
#ifdef __SSE2__
	for (; end - p >= 16; p += 16) {
		unsigned m = (unsigned)_mm_movemask_epi8(eq16(load16(p), c));

		if (m)
			return p + __builtin_ctz(m);
	}
#endif
	return memchr(p, c, (size_t)(end - p));
}

/* The first byte at or after p that in_tag_stop marks, or end. */
static inline const char *next_in_tag(const char *p, const char *end)
{
#ifdef __SSE2__
	for (; end - p >= 16; p += 16) {
		__m128i v = load16(p);
		__m128i hit = _mm_or_si128(_mm_or_si128(eq16(v, '<'), eq16(v, '>')),
					   _mm_or_si128(eq16(v, '"'), eq16(v, '\'')));
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(hit, eq16(v, '=')));

		if (m)
			return p + __builtin_ctz(m);
	}
#endif
	while (p < end && !in_tag_stop[(unsigned char)*p])
		p++;
	return p;
}

#define TOO_MUCH_MARKUP "more than 250000 elements and attributes in one document"

/*
 * The quick pass: a condition that is enough for the budget, checked 64
 * bytes at a time with no branch per tag. Every attribute has its '='
 * between its start tag's '<' and the next '<' of the input: a name
 * cannot hold '<', nor can an attribute value (XML 1.0, [10] AttValue),
 * and a parser ends the value, and with it the tag, at a '<' (libxml2
 * 2.9: "Unescaped '<' not allowed in attributes values", then
 * "attributes construct error"). So when no run between two '<' holds
 * more than XML_MAX_ATTRIBUTES '=', and the input holds at most
 * XML_MAX_MARKUP '<' and '=' in all, no XML parser reading these bytes as
 * the markup they are (an encoding declared_encoding_ok lets through)
 * can find more than the budget allows. Only when this fails does the exact scan below run, to
 * let through what only looks like markup (comments, quoted values, ...)
 * or to say where the budget is exceeded.
 *
 * On a FHIR document this costs a sixth of the exact scan, which stops
 * at every tag, quote and '=' (10% of reading FHIR XML, in cycles).
 */
#ifdef __SSE2__
/* Bits set in a 64-bit word, with no POPCNT instruction assumed. */
static inline unsigned bits_in(uint64_t x)
{
	x -= (x >> 1) & 0x5555555555555555ull;
	x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
	x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
	return (unsigned)((x * 0x0101010101010101ull) >> 56);
}

/* Which of the 64 bytes at p equal c, one bit each. */
static inline uint64_t mask64(const __m128i v[4], char c)
{
	return (uint64_t)(unsigned)_mm_movemask_epi8(eq16(v[0], c)) |
	       (uint64_t)(unsigned)_mm_movemask_epi8(eq16(v[1], c)) << 16 |
	       (uint64_t)(unsigned)_mm_movemask_epi8(eq16(v[2], c)) << 32 |
	       (uint64_t)(unsigned)_mm_movemask_epi8(eq16(v[3], c)) << 48;
}

static int quick_pass(const char *buf, size_t len)
{
	const char *p = buf, *end = buf + len;
	size_t markup = 0;
	unsigned run = 0;       /* '=' since the last '<' */

	for (; end - p >= 64; p += 64) {
		__m128i v[4] = { load16(p), load16(p + 16), load16(p + 32), load16(p + 48) };
		uint64_t lt = mask64(v, '<'), eq = mask64(v, '=');

		markup += bits_in(lt) + bits_in(eq);
		if (!lt) {
			run += bits_in(eq);
			if (run > XML_MAX_ATTRIBUTES)
				return -1;
			continue;
		}
		/* the run the first '<' ends; runs inside the block are shorter than 64 bytes */
		if (run + bits_in(eq & ((lt & -lt) - 1)) > XML_MAX_ATTRIBUTES)
			return -1;
		/* the run the last '<' starts */
		run = bits_in(eq & ~(((uint64_t)2 << (63 - __builtin_clzll(lt))) - 1));
	}
	for (; p < end; p++) {
		if (*p == '<') {
			run = 0;
			markup++;
		} else if (*p == '=') {
			if (++run > XML_MAX_ATTRIBUTES)
				return -1;
			markup++;
		}
	}
	return markup > XML_MAX_MARKUP ? -1 : 0;
}
#endif

/*
 * Encodings in which the scan sees the markup an XML parser reads: every
 * ASCII character is its own byte, and no byte of another character is
 * one of "<=>\"'" (UTF-8 and the single-byte Western ones a HIS may
 * declare; hx_parse.c has the same list). An XML declaration naming any
 * other (UTF-16 or -32, EBCDIC, ISO-2022-JP, ...) makes libxml2 switch
 * decoders after it, and the scan would count bytes that are not the
 * parser's markup: a record in UTF-16LE with 100,000 attributes on one
 * element passed, and kept libxml2 2.9 busy for seconds.
 */
static int readable_encoding(const char *name, size_t n)
{
	static const char *const ok[] = {
		"UTF-8", "UTF8", "US-ASCII", "ASCII", "ISO-8859-1", "ISO_8859-1", "LATIN1",
		"ISO-8859-15", "ISO_8859-15", "LATIN-9", "WINDOWS-1252", "CP1252"
	};
	size_t i;

	for (i = 0; i < sizeof ok / sizeof ok[0]; i++)
		if (strlen(ok[i]) == n && strncasecmp(ok[i], name, n) == 0)
			return 1;
	return 0;
}

int xml_declared_encodings_ok(const char *buf, size_t len,
			      int (*allowed)(const char *name, size_t n),
			      const char **name, size_t *n)
{
	const char *end, *p;

	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
		buf += 3;
		len -= 3;
	}
	if (len < 5 || memcmp(buf, "<?xml", 5) != 0)
		return 1;
	end = memchr(buf, '>', len);
	if (!end)
		end = buf + len;
	for (p = buf + 5; end - p >= 8; p++) {
		const char *q, *v;
		char quote;

		if (memcmp(p, "encoding", 8) != 0)
			continue;
		q = p + 8;
		while (q < end && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n' || *q == '='))
			q++;
		if (q >= end || (*q != '"' && *q != '\''))
			continue;
		quote = *q++;
		for (v = q; q < end && *q != quote; q++)
			;
		if (!allowed(v, (size_t)(q - v))) {
			*name = v;
			*n = (size_t)(q - v);
			return 0;
		}
	}
	return 1;
}

static int declared_encoding_ok(const char *buf, size_t len, xml_budget_problem *why)
{
	const char *name;
	size_t n;

	if (xml_declared_encodings_ok(buf, len, readable_encoding, &name, &n))
		return 1;
	if (why) {
		why->line = 1;
		snprintf(why->message, sizeof why->message,
			 "encoding \"%.*s\" is not accepted: write the document in "
			 "UTF-8 (or ISO-8859-1, ISO-8859-15, windows-1252)", (int)(n > 40 ? 40 : n), name);
	}
	return 0;
}

int xml_budget_check(const char *buf, size_t len, xml_budget_problem *why)
{
	const char *p = buf, *end = buf + len;
	size_t markup = 0;

	if (why)
		memset(why, 0, sizeof *why);
	if (!declared_encoding_ok(buf, len, why))
		return -1;
#ifdef __SSE2__
	if (quick_pass(buf, len) == 0)
		return 0;
#endif
	while (p < end && (p = next_byte(p, end, '<')) != NULL) {
		const char *tag = p++;
		size_t attrs = 0;

		if (p < end && *p == '!') {     /* one test for most tags, not three */
			if (starts(p, end, "!--", 3)) {
				p = past(p + 3, end, "-->", 3);
				continue;
			}
			if (starts(p, end, "![CDATA[", 8)) {
				p = past(p + 8, end, "]]>", 3);
				continue;
			}
		} else if (p < end && *p == '?') {
			p = past(p + 1, end, "?>", 2);
			continue;
		}
		if (++markup > XML_MAX_MARKUP)
			return over(why, buf, tag, TOO_MUCH_MARKUP);
		if (p < end && (*p == '!' || *p == '/')) {
			const char *gt = next_byte(p, end, '>');

			p = gt ? gt + 1 : end;
			continue;
		}
		/* a start tag: count its attributes, values in quotes left alone */
		for (; p < end; p++) {
			char c;

			p = next_in_tag(p, end);
			if (p == end)
				break;
			c = *p;
			if (c == '>' || c == '<')
				break;
			if (c == '"' || c == '\'') {
				const char *close = next_byte(p + 1, end, c);

				if (!close)
					return 0;
				p = close;
			} else if (c == '=') {
				if (++attrs > XML_MAX_ATTRIBUTES)
					return over(why, buf, tag, "an element with more than 64 attributes");
				if (++markup > XML_MAX_MARKUP)
					return over(why, buf, tag, TOO_MUCH_MARKUP);
				/* most often the value's quote follows at once: no search for it */
				if (p + 1 < end && (p[1] == '"' || p[1] == '\'')) {
					const char *close = next_byte(p + 2, end, p[1]);

					if (!close)
						return 0;
					p = close;
					/* and the tag's end right after it: "/>" or ">" */
					if (end - p > 2 && p[1] == '/' && p[2] == '>') {
						p += 2;
						break;
					}
					if (end - p > 1 && p[1] == '>') {
						p += 1;
						break;
					}
				}
			}
		}
	}
	return 0;
}

int xml_looks_like(const char *buf, size_t len)
{
	const unsigned char *u = (const unsigned char *)buf, *end = u + len;

	if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
		u += 3;
	while (u < end && (*u == ' ' || *u == '\t' || *u == '\r' || *u == '\n'))
		u++;
	return u < end && *u == '<';
}
