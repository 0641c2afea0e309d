/* The XML budget's scan: see xml_budget.h. One pass, no allocation. */
#include "xml_budget.h"

#include <stdio.h>
#include <string.h>

typedef struct scan {
	const char *p, *end;
	unsigned line;
} scan;

/* Move past `n` bytes, counting lines. */
static void step(scan *s, size_t n)
{
	const char *stop = s->p + n > s->end ? s->end : s->p + n;

	for (; s->p < stop; s->p++)
		if (*s->p == '\n')
			s->line++;
}

/* Move past the next occurrence of `token` (or to the end). */
static void skip_past(scan *s, const char *token)
{
	size_t n = strlen(token);
	const char *q = s->p;

	while (q + n <= s->end && memcmp(q, token, n) != 0)
		q++;
	step(s, q + n <= s->end ? (size_t)(q - s->p) + n : (size_t)(s->end - s->p));
}

static int starts(const scan *s, const char *token)
{
	size_t n = strlen(token);

	return (size_t)(s->end - s->p) >= n && memcmp(s->p, token, n) == 0;
}

static int over(xml_budget_problem *why, unsigned line, const char *what)
{
	if (why) {
		why->line = line;
		snprintf(why->message, sizeof why->message, "%s", what);
	}
	return -1;
}

int xml_budget_check(const char *buf, size_t len, xml_budget_problem *why)
{
	scan s = { buf, buf + len, 1 };
	size_t markup = 0, attrs;
	unsigned tag_line;
	char quote;

	if (why)
		memset(why, 0, sizeof *why);
	while (s.p < s.end) {
		const char *lt = memchr(s.p, '<', (size_t)(s.end - s.p));

		if (!lt)
			break;
		step(&s, (size_t)(lt - s.p) + 1);
		if (starts(&s, "!--")) {
			skip_past(&s, "-->");
			continue;
		}
		if (starts(&s, "![CDATA[")) {
			skip_past(&s, "]]>");
			continue;
		}
		if (starts(&s, "?")) {
			skip_past(&s, "?>");
			continue;
		}
		if (++markup > XML_MAX_MARKUP)
			return over(why, s.line, "more than 250000 elements and attributes in one document");
		if (starts(&s, "!") || starts(&s, "/")) {
			skip_past(&s, ">");
			continue;
		}
		/* a start tag: count its attributes, values in quotes left alone */
		tag_line = s.line;
		attrs = 0;
		quote = 0;
		while (s.p < s.end) {
			char c = *s.p;

			if (quote) {
				const char *q = memchr(s.p, quote, (size_t)(s.end - s.p));
				step(&s, q ? (size_t)(q - s.p) + 1 : (size_t)(s.end - s.p));
				quote = 0;
				continue;
			}
			if (c == '>' || c == '<')
				break;
			if (c == '"' || c == '\'') {
				quote = c;
			} else if (c == '=') {
				if (++attrs > XML_MAX_ATTRIBUTES)
					return over(why, tag_line, "an element with more than 64 attributes");
				if (++markup > XML_MAX_MARKUP)
					return over(why, tag_line,
						    "more than 250000 elements and attributes in one document");
			}
			step(&s, 1);
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
