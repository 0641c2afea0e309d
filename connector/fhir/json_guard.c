/*
 * JSON pre-check, see json_guard.h. Recursive descent; the recursion is
 * bounded by max_depth, which is checked before every descent.
 */
#include "json_guard.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "beweegbrug.h"
#include "fhir_prim.h"
#include "util/strutil.h"
#include "util/swar.h"

typedef struct key_rec {
	size_t off, len;        /* unescaped key in the arena */
	unsigned line;
	const char *p;          /* set just before sorting */
} key_rec;

typedef struct guard {
	const unsigned char *s;
	size_t len, pos;
	unsigned line;
	unsigned max_depth;
	strbuf arena;           /* unescaped keys of the open objects */
	key_rec *keys;
	size_t nkeys, akeys;
	json_guard_error *err;
	int failed;
} guard;

static int fail(guard *g, int code, const char *fmt, ...) STR_PRINTF(3, 4);

static int fail(guard *g, int code, const char *fmt, ...)
{
	va_list ap;

	if (g->failed)
		return -1;
	g->failed = 1;
	g->err->code = code;
	g->err->line = g->line;
	va_start(ap, fmt);
	vsnprintf(g->err->message, sizeof(g->err->message), fmt, ap);
	va_end(ap);
	return -1;
}

static void skip_ws(guard *g)
{
	while (g->pos < g->len) {
		unsigned char c = g->s[g->pos];

		if (c == '\n')
			g->line++;
		else if (c != ' ' && c != '\t' && c != '\r')
			break;
		g->pos++;
	}
}

static int hex4(guard *g, unsigned *v)
{
	size_t i;

	*v = 0;
	if (g->len - g->pos < 4)
		return fail(g, BB_EINPUT, "truncated \\u escape");
	for (i = 0; i < 4; i++) {
		unsigned char c = g->s[g->pos + i];
		unsigned d;

		if (c >= '0' && c <= '9')
			d = c - '0';
		else if (c >= 'a' && c <= 'f')
			d = c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			d = c - 'A' + 10;
		else
			return fail(g, BB_EINPUT, "invalid \\u escape");
		*v = *v * 16 + d;
	}
	g->pos += 4;
	return 0;
}

static void put_utf8(strbuf *b, unsigned cp)
{
	char u[4];
	size_t n;

	if (cp < 0x80) {
		u[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (char)(0xC0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		u[0] = (char)(0xE0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		u[0] = (char)(0xF0 | (cp >> 18));
		u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	strbuf_add(b, u, n);
}

/* A string at g->pos (on the opening quote). Keys are unescaped into `out`. */
static int string(guard *g, strbuf *out)
{
	g->pos++;
	for (;;) {
		unsigned char c;

		if (g->pos >= g->len)
			return fail(g, BB_EINPUT, "unterminated string");
		c = g->s[g->pos];
		if (c == '"') {
			g->pos++;
			return 0;
		}
		if (c < 0x20)
			return fail(g, BB_EINPUT, "control character in a string (must be escaped)");
		if (c == '\\') {
			unsigned cp;

			if (++g->pos >= g->len)
				return fail(g, BB_EINPUT, "unterminated string");
			c = g->s[g->pos++];
			switch (c) {
			case '"': case '\\': case '/':
				cp = c;
				break;
			case 'b': cp = '\b'; break;
			case 'f': cp = '\f'; break;
			case 'n': cp = '\n'; break;
			case 'r': cp = '\r'; break;
			case 't': cp = '\t'; break;
			case 'u':
				if (hex4(g, &cp) < 0)
					return -1;
				if (cp >= 0xDC00 && cp <= 0xDFFF)
					return fail(g, BB_EINPUT, "lone UTF-16 low surrogate escape");
				if (cp >= 0xD800 && cp <= 0xDBFF) {
					unsigned lo;

					if (g->len - g->pos < 2 || g->s[g->pos] != '\\' || g->s[g->pos + 1] != 'u')
						return fail(g, BB_EINPUT, "lone UTF-16 high surrogate escape");
					g->pos += 2;
					if (hex4(g, &lo) < 0)
						return -1;
					if (lo < 0xDC00 || lo > 0xDFFF)
						return fail(g, BB_EINPUT, "lone UTF-16 high surrogate escape");
					cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
				}
				if (cp == 0)
					return fail(g, BB_EINPUT, "NUL character (\\u0000) is not allowed");
				break;
			default:
				return fail(g, BB_EINPUT, "invalid escape \\%c", c >= 0x20 && c < 0x7F ? c : '?');
			}
			if (out)
				put_utf8(out, cp);
			continue;
		}
		{
			size_t n = fhir_utf8_seq(g->s + g->pos, g->len - g->pos);

			if (!n)
				return fail(g, BB_EINPUT, "invalid UTF-8");
			if (out)
				strbuf_add(out, g->s + g->pos, n);
			g->pos += n;
		}
	}
}

static int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static int number(guard *g)
{
	size_t start = g->pos, digits = 0;
	int integral = 1;

	if (g->s[g->pos] == '-')
		g->pos++;
	if (g->pos >= g->len || !is_digit(g->s[g->pos]))
		return fail(g, BB_EINPUT, "invalid number");
	if (g->s[g->pos] == '0') {
		g->pos++;
		digits = 1;
		if (g->pos < g->len && is_digit(g->s[g->pos]))
			return fail(g, BB_EINPUT, "numbers may not have leading zeros");
	} else {
		while (g->pos < g->len && is_digit(g->s[g->pos])) {
			g->pos++;
			digits++;
		}
	}
	if (g->pos < g->len && g->s[g->pos] == '.') {
		integral = 0;
		g->pos++;
		if (g->pos >= g->len || !is_digit(g->s[g->pos]))
			return fail(g, BB_EINPUT, "invalid number (digits must follow '.')");
		while (g->pos < g->len && is_digit(g->s[g->pos]))
			g->pos++;
	}
	if (g->pos < g->len && (g->s[g->pos] == 'e' || g->s[g->pos] == 'E')) {
		integral = 0;
		g->pos++;
		if (g->pos < g->len && (g->s[g->pos] == '+' || g->s[g->pos] == '-'))
			g->pos++;
		if (g->pos >= g->len || !is_digit(g->s[g->pos]))
			return fail(g, BB_EINPUT, "invalid number (digits must follow the exponent)");
		while (g->pos < g->len && is_digit(g->s[g->pos]))
			g->pos++;
	}
	if (integral && digits > 18)
		return fail(g, BB_EINPUT, "integer %.*s%s has more than 18 digits",
			    (int)(g->pos - start > 24 ? 24 : g->pos - start),
			    (const char *)g->s + start, g->pos - start > 24 ? "..." : "");
	return 0;
}

static int literal(guard *g, const char *word)
{
	size_t n = strlen(word);

	if (g->len - g->pos < n || memcmp(g->s + g->pos, word, n) != 0)
		return fail(g, BB_EINPUT, "invalid token");
	g->pos += n;
	return 0;
}

static int cmp_key(const void *a, const void *b)
{
	const key_rec *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->p, y->p, n);

	if (c)
		return c;
	return x->len < y->len ? -1 : x->len > y->len;
}

/* Sort the keys of the object just closed and look for equal neighbours. */
static int check_dups(guard *g, size_t first)
{
	size_t i, n = g->nkeys - first;
	key_rec *k = g->keys + first;
	/* only empty keys so far: the arena was never allocated */
	const char *base = g->arena.data ? g->arena.data : "";

	for (i = 0; i < n; i++)
		k[i].p = base + k[i].off;
	qsort(k, n, sizeof(*k), cmp_key);
	for (i = 1; i < n; i++) {
		if (cmp_key(&k[i - 1], &k[i]) == 0) {
			g->line = k[i].line > k[i - 1].line ? k[i].line : k[i - 1].line;
			return fail(g, BB_EINPUT, "duplicate key \"%.*s\" in an object",
				    (int)(k[i].len > 60 ? 60 : k[i].len), k[i].p);
		}
	}
	return 0;
}

static int value(guard *g, unsigned depth);

static int object(guard *g, unsigned depth)
{
	size_t first_key = g->nkeys, arena_mark = g->arena.len;

	g->pos++;
	skip_ws(g);
	if (g->pos < g->len && g->s[g->pos] == '}') {
		g->pos++;
		return 0;
	}
	for (;;) {
		key_rec *k;
		size_t off;

		skip_ws(g);
		if (g->pos >= g->len || g->s[g->pos] != '"')
			return fail(g, BB_EINPUT, "expected a key string");
		if (g->nkeys == g->akeys) {
			size_t na = g->akeys ? g->akeys * 2 : 32;
			key_rec *grown = realloc(g->keys, na * sizeof(*grown));

			if (!grown)
				return fail(g, BB_ENOMEM, "out of memory");
			g->keys = grown;
			g->akeys = na;
		}
		off = g->arena.len;
		k = &g->keys[g->nkeys];
		k->line = g->line;
		if (string(g, &g->arena) < 0)
			return -1;
		if (g->arena.failed)
			return fail(g, BB_ENOMEM, "out of memory");
		k->off = off;
		k->len = g->arena.len - off;
		g->nkeys++;
		skip_ws(g);
		if (g->pos >= g->len || g->s[g->pos] != ':')
			return fail(g, BB_EINPUT, "expected ':' after a key");
		g->pos++;
		if (value(g, depth) < 0)
			return -1;
		skip_ws(g);
		if (g->pos < g->len && g->s[g->pos] == ',') {
			g->pos++;
			continue;
		}
		if (g->pos < g->len && g->s[g->pos] == '}') {
			g->pos++;
			break;
		}
		return fail(g, BB_EINPUT, "expected ',' or '}' in an object");
	}
	if (check_dups(g, first_key) < 0)
		return -1;
	/* Forget this object's keys; the parent's stay contiguous below them. */
	g->nkeys = first_key;
	g->arena.len = arena_mark;
	return 0;
}

static int array(guard *g, unsigned depth)
{
	g->pos++;
	skip_ws(g);
	if (g->pos < g->len && g->s[g->pos] == ']') {
		g->pos++;
		return 0;
	}
	for (;;) {
		if (value(g, depth) < 0)
			return -1;
		skip_ws(g);
		if (g->pos < g->len && g->s[g->pos] == ',') {
			g->pos++;
			continue;
		}
		if (g->pos < g->len && g->s[g->pos] == ']') {
			g->pos++;
			return 0;
		}
		return fail(g, BB_EINPUT, "expected ',' or ']' in an array");
	}
}

static int value(guard *g, unsigned depth)
{
	unsigned char c;

	skip_ws(g);
	if (g->pos >= g->len)
		return fail(g, BB_EINPUT, "unexpected end of input");
	c = g->s[g->pos];
	if (c == '{' || c == '[') {
		if (depth + 1 > g->max_depth)
			return fail(g, BB_ETOOBIG, "nested more than %u levels deep", g->max_depth);
		return c == '{' ? object(g, depth + 1) : array(g, depth + 1);
	}
	if (c == '"')
		return string(g, NULL);
	if (c == '-' || is_digit(c))
		return number(g);
	if (c == 't')
		return literal(g, "true");
	if (c == 'f')
		return literal(g, "false");
	if (c == 'n')
		return literal(g, "null");
	if (c >= 0x80)
		return fail(g, BB_EINPUT, "unexpected byte 0x%02X", c);
	return fail(g, BB_EINPUT, "unexpected character '%c'", c >= 0x20 && c < 0x7F ? c : '?');
}

int fhir_json_guard_check(const char *buf, size_t len, size_t max_bytes, unsigned max_depth,
		     json_guard_error *err)
{
	guard g;
	int rc = 0;

	memset(err, 0, sizeof(*err));
	memset(&g, 0, sizeof(g));
	g.s = (const unsigned char *)buf;
	g.len = len;
	g.line = 1;
	g.max_depth = max_depth ? max_depth : JSON_GUARD_MAX_DEPTH;
	if (g.max_depth > JSON_GUARD_DEPTH_CAP)
		g.max_depth = JSON_GUARD_DEPTH_CAP;   /* bounds our recursion */
	g.err = err;
	if (!max_bytes)
		max_bytes = JSON_GUARD_MAX_BYTES;
	if (len > max_bytes) {
		fail(&g, BB_ETOOBIG, "input of %zu bytes exceeds the limit of %zu bytes", len, max_bytes);
		return BB_ETOOBIG;
	}
	if (value(&g, 0) == 0) {
		skip_ws(&g);
		if (g.pos != g.len)
			fail(&g, BB_EINPUT, "unexpected data after the JSON value");
	}
	if (g.failed)
		rc = err->code;
	strbuf_free(&g.arena);
	free(g.keys);
	return rc;
}

/* ---- the flat scan (fhir_json_guard_scan) ----------------------------------------- */

/* Bytes that end a number or a word: white space, ',', ']', '}'. */
static const unsigned char delimiter[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, [','] = 1, [']'] = 1, ['}'] = 1,
};

static int hex_value(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* \uXXXX at p (p[0] is 'u'); the code unit, or -1 */
static long scan_u(const unsigned char *p, const unsigned char *end)
{
	long v = 0;
	int i;

	if (end - p < 5)
		return -1;
	for (i = 1; i <= 4; i++) {
		int d = hex_value(p[i]);

		if (d < 0)
			return -1;
		v = v * 16 + d;
	}
	return v;
}

/* String bytes that need no look: printable ASCII other than '"' and '\\'. */
static const unsigned char plain[256] = {
#define R8(x) x, x, x, x, x, x, x, x
	R8(0), R8(0), R8(0), R8(0),                     /* 0x00-0x1F */
	1, 1, 0, 1, 1, 1, 1, 1, R8(1), R8(1), R8(1),    /* 0x20-0x3F, '"' */
	R8(1), R8(1), R8(1), 1, 1, 1, 1, 0, 1, 1, 1,    /* 0x40-0x5F, '\\' */
	R8(1), R8(1), R8(1), R8(1),                     /* 0x60-0x7F */
#undef R8
};

/*
 * Eight string bytes at once: is any of them '"', '\\', a control
 * character or non-ASCII? (The usual tricks for "has a zero byte" and
 * "has a byte below n", on a 64-bit word.)
 */
static int special8(const unsigned char *p)
{
	uint64_t v = swar_load(p);

	return (swar_has(v, '"') | swar_has(v, '\\') | swar_has_below(v, 0x20) |
		swar_has_high(v)) != 0;
}

/* White space between tokens. */
static const unsigned char space[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1,
};

/*
 * An escape in a string at p (the backslash): what follows it, or NULL
 * when it is not one JSON allows, or is \u0000 or half a surrogate pair.
 * Out of fhir_json_guard_scan's loop because escapes are rare in FHIR text;
 * the compiler inlines it back (one caller), so the loop keeps its speed
 * (callgrind, the commit that split it).
 */
static const unsigned char *scan_escape(const unsigned char *p, const unsigned char *end)
{
	unsigned char c;

	if (end - p < 2)
		return NULL;
	c = p[1];
	if (c == 'u') {
		long u = scan_u(p + 1, end);

		if (u <= 0 || (u >= 0xDC00 && u <= 0xDFFF))
			return NULL;      /* \u0000, lone low surrogate */
		p += 6;
		if (u >= 0xD800 && u <= 0xDBFF) {
			long lo;

			if (end - p < 2 || p[0] != '\\' || p[1] != 'u')
				return NULL;
			lo = scan_u(p + 1, end);
			if (lo < 0xDC00 || lo > 0xDFFF)
				return NULL;
			p += 6;
		}
		return p;
	}
	if (c != '"' && c != '\\' && c != '/' && c != 'b' && c != 'f' &&
	    c != 'n' && c != 'r' && c != 't')
		return NULL;
	return p + 2;
}

/*
 * A number at p: what follows it, or NULL when it is not JSON's
 * -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? or is an integer
 * json-c cannot hold exactly. Inlined back like scan_escape.
 */
static const unsigned char *scan_number(const unsigned char *p, const unsigned char *end)
{
	const unsigned char *start;
	size_t digits;
	int integral = 1;

	if (*p == '-')
		p++;
	start = p;
	if (p >= end || !is_digit(*p))
		return NULL;
	if (*p == '0')
		p++;
	else
		while (p < end && is_digit(*p))
			p++;
	if (p < end && *p == '.') {
		integral = 0;
		if (++p >= end || !is_digit(*p))
			return NULL;
		while (p < end && is_digit(*p))
			p++;
	}
	digits = (size_t)(p - start);
	if (p < end && (*p == 'e' || *p == 'E')) {
		integral = 0;
		p++;
		if (p < end && (*p == '+' || *p == '-'))
			p++;
		if (p >= end || !is_digit(*p))
			return NULL;
		while (p < end && is_digit(*p))
			p++;
	}
	if (integral && digits > 18)
		return NULL;      /* more than json-c holds exactly */
	return p;
}

/*
 * Past white space: indentation comes in runs of spaces, looked at
 * sixteen at a time where there is SSE2 (always on x86-64). A helper of
 * fhir_json_guard_scan's loop, inlined back into it (one caller).
 */
static inline const unsigned char *skip_space(const unsigned char *p, const unsigned char *end)
{
#ifdef __SSE2__
	while (end - p >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
		unsigned other = ~(unsigned)_mm_movemask_epi8(
			_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))) & 0xFFFFu;

		if (other) {
			p += __builtin_ctz(other);
			break;
		}
		p += 16;
	}
#endif
	while (p < end && space[*p])
		p++;
	return p;
}

/* Past white space that may follow a token (none, in compact JSON). */
static inline const unsigned char *skip_space_after(const unsigned char *p,
						    const unsigned char *end)
{
	return p < end && space[*p] ? skip_space(p + 1, end) : p;
}

/*
 * Past the plain bytes of a string, to its first '"', '\\', control or
 * non-ASCII byte (below 0x20 as a signed byte), or its end. Sixteen bytes
 * at once with SSE2: most strings are keys of a few bytes, whose closing
 * quote is found without the byte loop. Inlined back like skip_space.
 */
static inline const unsigned char *skip_plain(const unsigned char *p, const unsigned char *end)
{
#ifdef __SSE2__
	while (end - p >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
		__m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
							_mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
					   _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)));
		unsigned m = (unsigned)_mm_movemask_epi8(hit);

		if (m)
			return p + __builtin_ctz(m);
		p += 16;
	}
#endif
	while (end - p >= 8 && !special8(p))
		p += 8;
	while (p < end && plain[*p])
		p++;
	return p;
}

int fhir_json_guard_scan(const char *buf, size_t len, size_t *keys, unsigned *depth)
{
	const unsigned char *p = (const unsigned char *)buf, *end = p + len;
	size_t n = 0;
	unsigned open = 0, most = 0;

	while (p < end) {
		unsigned char c = *p;

		/*
		 * Punctuation is mostly followed by white space (", " and the
		 * indentation after ",", "{" and "[" in pretty JSON), and a
		 * string by ':' or ',': those are taken here rather than by
		 * another turn of the loop and its dispatch.
		 */
		switch (c) {
		case ' ': case '\t': case '\n': case '\r':
			p = skip_space(p + 1, end);
			continue;
		case '{': case '[':
			if (++open > most)
				most = open;
			p = skip_space_after(p + 1, end);
			continue;
		case '}': case ']':
			if (open-- == 0)
				return -1;      /* a closer too many: the full check says where */
			p = skip_space_after(p + 1, end);
			continue;
		case ',':
			p = skip_space_after(p + 1, end);
			continue;
		case ':':
			n++;
			p = skip_space_after(p + 1, end);
			continue;
		case '"':
			for (p++;;) {
				p = skip_plain(p, end);
				if (p >= end)
					return -1;
				c = *p;
				if (c == '"') {
					p++;
					if (p < end && *p == ':') {
						n++;
						p = skip_space_after(p + 1, end);
					} else if (p < end && *p == ',') {
						p = skip_space_after(p + 1, end);
					}
					break;
				}
				if (c < 0x20)
					return -1;
				if (c >= 0x80) {
					size_t k = fhir_utf8_seq(p, (size_t)(end - p));

					if (!k)
						return -1;
					p += k;
					continue;
				}
				/* an escape */
				if (!(p = scan_escape(p, end)))
					return -1;
			}
			continue;
		case 't':
			if (end - p < 4 || memcmp(p, "true", 4) != 0)
				return -1;
			p += 4;
			break;
		case 'f':
			if (end - p < 5 || memcmp(p, "false", 5) != 0)
				return -1;
			p += 5;
			break;
		case 'n':
			if (end - p < 4 || memcmp(p, "null", 4) != 0)
				return -1;
			p += 4;
			break;
		default:
			if (!(p = scan_number(p, end)))
				return -1;
			break;
		}
		/* after a number or a word */
		if (p < end && !delimiter[*p])
			return -1;
	}
	*keys = n;
	*depth = most;
	return 0;
}
