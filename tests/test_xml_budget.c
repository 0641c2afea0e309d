/*
 * The XML budget (connector/util/xml_budget.h): the scan that runs before any
 * XML parser sees a document. What it counts (elements, attributes), what
 * it must leave alone (comments, CDATA, processing instructions, quoted
 * values), the line it names, and that an unclosed construct ends the
 * scan instead of running past the buffer.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "util/xml_budget.h"

/* <e a0="v" a1="v" ... /> with n attributes, after `lines` newlines */
static char *element_with(size_t n, unsigned lines)
{
	char *buf = malloc(64 + lines + n * 16), *p = buf;

	assert_non_null(buf);
	p += sprintf(p, "<r>");
	for (unsigned i = 0; i < lines; i++)
		*p++ = '\n';
	p += sprintf(p, "<e");
	for (size_t i = 0; i < n; i++)
		p += sprintf(p, " a%zu=\"v\"", i);
	sprintf(p, "/></r>");
	return buf;
}

static int check(const char *doc, xml_budget_problem *why)
{
	return xml_budget_check(doc, strlen(doc), why);
}

static void attributes_up_to_the_limit_pass(void **state)
{
	char *doc = element_with(XML_MAX_ATTRIBUTES, 0);
	xml_budget_problem why;
	(void)state;

	assert_int_equal(check(doc, &why), 0);
	free(doc);
}

static void one_attribute_over_is_refused_at_its_line(void **state)
{
	char *doc = element_with(XML_MAX_ATTRIBUTES + 1, 6);
	xml_budget_problem why;
	(void)state;

	assert_int_equal(check(doc, &why), -1);
	assert_int_equal(why.line, 7);
	assert_string_equal(why.message, "an element with more than 64 attributes");
	free(doc);
}

static void what_is_not_markup_is_not_counted(void **state)
{
	/* 200 '=' and '<x' inside each construct: none of it is an attribute */
	char filler[1200], doc[8192];
	xml_budget_problem why;
	(void)state;

	for (int i = 0; i < 200; i++)
		memcpy(filler + 6 * i, " a=<x ", 6);
	filler[1200 - 1] = '\0';
	snprintf(doc, sizeof doc,
		 "<?xml version=\"1.0\"?><?pi %s?><r>\n<!-- %s -->\n<![CDATA[%s]]>\n"
		 "<e v=\"%s\" w='%s'/></r>", filler, filler, filler, filler, filler);
	assert_int_equal(check(doc, &why), 0);
}

static void too_many_elements_are_refused(void **state)
{
	size_t n = XML_MAX_MARKUP + 1, len = 3 + n * 4 + 5;
	char *doc = malloc(len), *p = doc;
	xml_budget_problem why;
	(void)state;

	assert_non_null(doc);
	memcpy(p, "<r>", 3), p += 3;
	/* with <r> and </r> (an end tag is counted too): XML_MAX_MARKUP */
	for (size_t i = 0; i + 3 < n; i++)
		memcpy(p, "<e/>", 4), p += 4;
	memcpy(p, "</r>", 4), p += 4;
	assert_int_equal(xml_budget_check(doc, (size_t)(p - doc), &why), 0);   /* exactly the limit */
	memcpy(p - 4, "<e/></r>", 8), p += 4;
	assert_int_equal(xml_budget_check(doc, (size_t)(p - doc), &why), -1);
	assert_string_equal(why.message, "more than 250000 elements and attributes in one document");
	assert_int_equal(why.line, 1);
	free(doc);
}

static void unclosed_constructs_end_the_scan(void **state)
{
	static const char *const docs[] = {
		"<r><!-- never closed", "<r><![CDATA[ never", "<r><?pi never", "<r><e a=\"never",
		"<r><e a='never", "<", "<!", "<!-", "<!-->", "<?>", "<e a=", "",
	};
	xml_budget_problem why;
	(void)state;

	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		/* exactly the document, no NUL after it: a read past it is ASan's to catch */
		size_t len = strlen(docs[i]);
		char *copy = malloc(len ? len : 1);

		assert_non_null(copy);
		memcpy(copy, docs[i], len);
		assert_int_equal(xml_budget_check(copy, len, &why), 0);
		free(copy);
	}
}

static void a_comment_opener_does_not_close_itself(void **state)
{
	/* "<!-->" opens a comment that "-->" later closes: the attributes
	 * between them are comment text, as an XML parser reads them */
	char *doc = element_with(XML_MAX_ATTRIBUTES + 1, 0), wrapped[4096];
	xml_budget_problem why;
	(void)state;

	snprintf(wrapped, sizeof wrapped, "<r><!-->%s--></r>", doc);
	assert_int_equal(check(wrapped, &why), 0);
	free(doc);
}

static void a_closer_is_found_among_lookalikes(void **state)
{
	/* each construct holds '>' after bytes that are almost its closer:
	 * the scan must end it at the real one, no sooner and no later */
	static const char *const opens[] = { "<!--", "<![CDATA[", "<?pi" };
	static const char *const fakes[] = { "> -> -x> - ->", "> ]> ]x> ] ]>", "> ? > ?x>" };
	static const char *const closes[] = { "-->", "]]>", "?>" };
	char *doc = element_with(XML_MAX_ATTRIBUTES + 1, 0), buf[8192];
	xml_budget_problem why;
	(void)state;

	for (size_t i = 0; i < 3; i++) {
		/* inside: not counted */
		snprintf(buf, sizeof buf, "<r>%s %s %s %s</r>", opens[i], fakes[i], doc, closes[i]);
		assert_int_equal(check(buf, &why), 0);
		/* right after: counted */
		snprintf(buf, sizeof buf, "<r>%s %s %s%s</r>", opens[i], fakes[i], closes[i], doc);
		assert_int_equal(check(buf, &why), -1);
		assert_string_equal(why.message, "an element with more than 64 attributes");
	}
	free(doc);
}

/*
 * The scan as it was before it looked at sixteen bytes at once: a byte
 * at a time, the reference the real one must agree with everywhere.
 */
static int reference_check(const char *buf, size_t len)
{
	const char *p = buf, *end = buf + len;
	size_t markup = 0;

	while (p < end && (p = memchr(p, '<', (size_t)(end - p))) != NULL) {
		size_t attrs = 0;

		p++;
		if (p < end && *p == '!' && (size_t)(end - p) >= 3 && memcmp(p, "!--", 3) == 0) {
			const char *c = memmem(p + 3, (size_t)(end - p - 3), "-->", 3);

			p = c ? c + 3 : end;
			continue;
		}
		if (p < end && *p == '!' && (size_t)(end - p) >= 8 && memcmp(p, "![CDATA[", 8) == 0) {
			const char *c = memmem(p + 8, (size_t)(end - p - 8), "]]>", 3);

			p = c ? c + 3 : end;
			continue;
		}
		if (p < end && *p == '?') {
			const char *c = memmem(p + 1, (size_t)(end - p - 1), "?>", 2);

			p = c ? c + 2 : end;
			continue;
		}
		if (++markup > XML_MAX_MARKUP)
			return -1;
		if (p < end && (*p == '!' || *p == '/')) {
			const char *gt = memchr(p, '>', (size_t)(end - p));

			p = gt ? gt + 1 : end;
			continue;
		}
		for (; p < end && *p != '>' && *p != '<'; p++) {
			if (*p == '"' || *p == '\'') {
				const char *close = memchr(p + 1, *p, (size_t)(end - p - 1));

				if (!close)
					return 0;
				p = close;
			} else if (*p == '=' && (++attrs > XML_MAX_ATTRIBUTES || ++markup > XML_MAX_MARKUP)) {
				return -1;
			}
		}
	}
	return 0;
}

/*
 * Every kind of construct, `gap` blanks before each byte the scan looks
 * for, so that over gaps 0..32 each of them falls at every offset from
 * where the scan's previous search began; an element with `nattrs`
 * attributes at the end.
 */
static int spaced_doc(char *doc, size_t cap, int gap, size_t nattrs)
{
	int n = snprintf(doc, cap,
			 "<r>%*s<!-- a=\"> %*s-->%*s<x v='=<>\"%*s' w=\"'>=%*s\"%*s/>%*s<?pi a=b%*s?>"
			 "%*s<![CDATA[<a b=c>%*s]]>%*s</x%*s>%*s<!DOCTYPE a=\"b\"%*s>%*s<e",
			 gap, "", gap, "", gap, "", gap, "", gap, "", gap, "", gap, "", gap, "",
			 gap, "", gap, "", gap, "", gap, "", gap, "", gap, "", gap, "");

	for (size_t i = 0; i < nattrs && n > 0 && (size_t)n < cap; i++)
		n += snprintf(doc + n, cap - (size_t)n, " a%zu%*s=%*s\"%*sv\"", i, gap, "", gap, "",
			      gap, "");
	if (n > 0 && (size_t)n < cap)
		n += snprintf(doc + n, cap - (size_t)n, "%*s/>%*s</r>", gap, "", gap, "");
	assert_true(n > 0 && (size_t)n < cap);
	return n;
}

static void every_offset_and_every_end_agree_with_a_byte_scan(void **state)
{
	static char doc[8192];
	(void)state;

	for (int gap = 0; gap <= 32; gap++) {
		for (size_t nattrs = XML_MAX_ATTRIBUTES; nattrs <= XML_MAX_ATTRIBUTES + 1; nattrs++) {
			int n = spaced_doc(doc, sizeof doc, gap, nattrs);
			xml_budget_problem why;

			assert_int_equal(reference_check(doc, (size_t)n), nattrs > XML_MAX_ATTRIBUTES ? -1 : 0);
			assert_int_equal(xml_budget_check(doc, (size_t)n, &why), reference_check(doc, (size_t)n));
		}
		/* every end, each in a buffer of its own size: a read past it is ASan's */
		for (size_t len = 0, n = (size_t)spaced_doc(doc, sizeof doc, gap, 3); len <= n; len++) {
			char *copy = malloc(len ? len : 1);
			xml_budget_problem why;

			assert_non_null(copy);
			memcpy(copy, doc, len);
			assert_int_equal(xml_budget_check(copy, len, &why), reference_check(copy, len));
			free(copy);
		}
	}
}

static void a_slash_after_a_value_does_not_end_its_tag(void **state)
{
	/* not well-formed, but counted as an XML parser would read on: '/'
	 * ends a start tag only as "/>" (and '>' after a value ends it) */
	char doc[4096];
	size_t n = (size_t)sprintf(doc, "<r><e");
	xml_budget_problem why;
	(void)state;

	for (int i = 0; i <= XML_MAX_ATTRIBUTES; i++)
		n += (size_t)sprintf(doc + n, " a%d=\"v\"/", i);
	strcpy(doc + n, "></r>");
	assert_int_equal(reference_check(doc, strlen(doc)), -1);
	assert_int_equal(check(doc, &why), -1);
	assert_string_equal(why.message, "an element with more than 64 attributes");
}

/* ---- the quick pass (xml_budget.c): random documents ------------------ */

static uint64_t rng_state;

static unsigned rnd(unsigned n)
{
	rng_state = rng_state * 6364136223846793005ull + 1442695040888963407ull;
	return (unsigned)((rng_state >> 33) % n);
}

/* `n` bytes of text drawn from `alphabet` */
static void put_text(char **p, const char *alphabet, unsigned n)
{
	size_t k = strlen(alphabet);

	while (n--)
		*(*p)++ = alphabet[rnd((unsigned)k)];
}

/*
 * A document of random constructs: start tags with up to 70 attributes
 * (namespace declarations among them) whose values hold '=', '>', '/'
 * and the other quote, end tags, text with '=' and '>', comments, CDATA
 * sections and processing instructions full of '=' and '<'. With
 * `lt_in_values`, values hold '<' too, which no XML allows. Returns the
 * length; `cap` must be at least 64 KiB.
 */
static size_t random_doc(char *doc, int lt_in_values)
{
	/* with lt_in_values, a tag's values hold '<' only now and then */
	const char *value_bytes = lt_in_values && rnd(3) == 0 ? "v=>/ <x" : "v=>/ x";
	char *p = doc;
	unsigned parts = 1 + rnd(12);

	p += sprintf(p, "<r>");
	while (parts--) {
		unsigned kind = rnd(8), n, i;
		char q = rnd(2) ? '"' : '\'';

		switch (kind) {
		case 0: case 1: case 2:
			/* mostly few attributes, often close to the limit */
			n = rnd(4) ? rnd(4) : 56 + rnd(15);
			p += sprintf(p, "<e%u", rnd(3));
			for (i = 0; i < n; i++) {
				if (rnd(8) == 0)
					p += sprintf(p, " xmlns:p%u=%c", i, q);
				else
					p += sprintf(p, "%*sa%u%*s=%*s%c", 1 + (int)rnd(2), "", i,
						     (int)rnd(2), "", (int)rnd(2), "", q);
				put_text(&p, value_bytes, rnd(6));
				*p++ = q == '"' ? '\'' : '"';
				put_text(&p, value_bytes, rnd(3));
				*p++ = q;
			}
			p += sprintf(p, rnd(2) ? "/>" : ">");
			break;
		case 3:
			p += sprintf(p, "</e%u>", rnd(3));
			break;
		case 4:
			put_text(&p, "t=> \n", rnd(90));
			break;
		case 5:
			p += sprintf(p, "<!--");
			put_text(&p, "c=<a > ", rnd(200));
			p += sprintf(p, "-->");
			break;
		case 6:
			p += sprintf(p, "<![CDATA[");
			put_text(&p, "d=<a >", rnd(200));
			p += sprintf(p, "]]>");
			break;
		default:
			p += sprintf(p, "<?pi ");
			put_text(&p, "a=b <", rnd(120));
			p += sprintf(p, "?>");
			break;
		}
	}
	p += sprintf(p, "</r>");
	return (size_t)(p - doc);
}

/*
 * Where no value holds '<' (every document an XML parser would accept),
 * the quick pass and the exact scan give the same verdict as the byte
 * scan above: only what it lets through sooner, it lets through.
 */
static void the_quick_pass_changes_no_verdict_on_xml(void **state)
{
	static char doc[65536];
	size_t over = 0, within = 0;
	(void)state;

	rng_state = 20261205;
	for (int i = 0; i < 20000; i++) {
		size_t len = random_doc(doc, 0);
		int want = reference_check(doc, len);
		xml_budget_problem why;

		assert_int_equal(xml_budget_check(doc, len, &why), want);
		if (want)
			over++;
		else
			within++;
	}
	print_message("  20000 random documents: %zu within the budget, %zu over it\n", within, over);
	assert_true(over > 1000 && within > 1000);
}

typedef struct seen {
	int most_attributes;    /* on one element, namespace declarations included */
	size_t markup;          /* elements and attributes */
} seen;

static void count_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
			const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
			int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
	seen *s = ((xmlParserCtxtPtr)ctx)->_private;

	(void)localname, (void)prefix, (void)uri, (void)namespaces, (void)nb_defaulted,
	(void)attributes;
	if (nb_attributes + nb_namespaces > s->most_attributes)
		s->most_attributes = nb_attributes + nb_namespaces;
	s->markup += 1 + (size_t)nb_attributes + (size_t)nb_namespaces;
}

/*
 * What libxml2 parses of `doc`, in recovery mode. The callers parse
 * without it, and then libxml2 stops calling the handlers at the first
 * error but reads on in the same way (the value loop stops at '<', and the
 * attribute loop ends with "attributes construct error", parser.c of
 * 2.9.14): recovery mode only lets the test see every tag it reads.
 */
static seen libxml2_sees(const char *doc, size_t len)
{
	xmlSAXHandler sax;
	xmlParserCtxtPtr px;
	seen s = { 0, 0 };

	memset(&sax, 0, sizeof sax);
	sax.initialized = XML_SAX2_MAGIC;
	sax.startElementNs = count_start;
	px = xmlCreateMemoryParserCtxt(doc, (int)len);
	assert_non_null(px);
	memcpy(px->sax, &sax, sizeof sax);
	px->_private = &s;
	xmlCtxtUseOptions(px, XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
			      XML_PARSE_NOWARNING);
	xmlParseDocument(px);
	xmlFreeParserCtxt(px);
	return s;
}

/*
 * Values holding '<' (not XML): the quick pass may let through a start
 * tag the exact scan would count past the limit, because a parser never
 * reads an attribute past such a '<'. libxml2 itself, in recovery mode,
 * is the judge: whatever the budget lets through, it finds no element
 * with more than 64 attributes and no more markup than the budget allows.
 */
static void what_passes_stays_within_the_budget_for_libxml2(void **state)
{
	static char doc[65536];
	size_t passed = 0, sooner = 0;
	(void)state;

	rng_state = 5122026;
	for (int i = 0; i < 5000; i++) {
		size_t len = random_doc(doc, 1);
		xml_budget_problem why;

		if (xml_budget_check(doc, len, &why) == 0) {
			seen s = libxml2_sees(doc, len);

			assert_true(s.most_attributes <= XML_MAX_ATTRIBUTES);
			assert_true(s.markup <= XML_MAX_MARKUP);
			passed++;
			if (reference_check(doc, len) != 0)
				sooner++;
		}
	}
	print_message("  5000 random documents with '<' in some values: %zu passed the budget, %zu of "
		      "them only by the quick pass\n", passed, sooner);
	assert_true(passed > 2500 && passed < 4900 && sooner > 50);
}

/* The case above, written out: 65 attributes, a '<' in the first value. */
static void a_parser_reads_no_attribute_past_a_lt(void **state)
{
	char *doc = element_with(XML_MAX_ATTRIBUTES + 1, 0), *a0 = strstr(doc, "a0=\"v\"");
	xml_budget_problem why;
	seen s;
	(void)state;

	assert_non_null(a0);
	a0[4] = '<';                    /* <e a0="<" a1="v" ... a64="v"/> */
	assert_int_equal(reference_check(doc, strlen(doc)), -1);
	assert_int_equal(check(doc, &why), 0);
	s = libxml2_sees(doc, strlen(doc));
	assert_true(s.most_attributes <= 1);
	free(doc);
}

/*
 * The scan counts bytes, so it must be reading the parser's markup: an XML
 * declaration naming an encoding in which '<', '=' or a quote may be part
 * of another character, or in which they are not single bytes, is refused
 * before any parser switches to it. A record in UTF-16LE after such a
 * declaration once passed with 100,000 attributes on one element.
 */
static void a_declared_encoding_the_scan_cannot_read_is_refused(void **state)
{
	static const char *const refused[] = {
		"UTF-16LE", "UTF-16", "utf-32", "UCS-2", "EBCDIC-US", "IBM037", "ISO-2022-JP",
		"Shift_JIS", "UTF-7", "",
	};
	static const char *const read[] = {
		"UTF-8", "utf-8", "UTF8", "US-ASCII", "ISO-8859-1", "iso-8859-15", "latin1",
		"windows-1252", "CP1252",
	};
	char doc[512];
	xml_budget_problem why;
	(void)state;

	for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
		char want[200];

		snprintf(doc, sizeof doc, "<?xml version=\"1.0\" encoding=\"%s\"?>\n<r a=\"1\"/>",
			 refused[i]);
		assert_int_equal(check(doc, &why), -1);
		assert_int_equal(why.line, 1);
		snprintf(want, sizeof want, "encoding \"%s\" is not accepted: write the document in "
			 "UTF-8 (or ISO-8859-1, ISO-8859-15, windows-1252)", refused[i]);
		assert_string_equal(why.message, want);
		/* after a UTF-8 byte order mark, with single quotes and blanks around '=' */
		snprintf(doc, sizeof doc, "\xEF\xBB\xBF<?xml version='1.0' encoding = '%s' ?><r/>",
			 refused[i]);
		assert_int_equal(check(doc, &why), -1);
	}
	for (size_t i = 0; i < sizeof read / sizeof read[0]; i++) {
		snprintf(doc, sizeof doc, "<?xml version=\"1.0\" encoding=\"%s\"?>\n<r a=\"1\"/>", read[i]);
		assert_int_equal(check(doc, &why), 0);
	}
	/* no declaration, or one without an encoding: the parser reads UTF-8 */
	assert_int_equal(check("<?xml version=\"1.0\"?><r/>", &why), 0);
	assert_int_equal(check("<r encoding=\"UTF-16\"/>", &why), 0);
	/* every "encoding" in the declaration counts, not only the first */
	assert_int_equal(check("<?xml version=\"1.0\" encoding=\"UTF-8\" encoding=\"UTF-16LE\"?><r/>",
			       &why), -1);
	/* the declaration in ASCII, then a body in UTF-16LE with 100 attributes */
	{
		char body[4096], *p = body;
		size_t n;

		p += sprintf(p, "<?xml version=\"1.0\" encoding=\"UTF-16LE\"?>");
		for (const char *c = "<r"; *c; c++)
			*p++ = *c, *p++ = '\0';
		for (int a = 0; a < 100; a++) {
			char one[32];

			snprintf(one, sizeof one, " a%d=\"\x3c", a);
			for (const char *c = one; *c; c++)
				*p++ = *c, *p++ = '\0';
			*p++ = '\0';            /* U+3C00 after '<': a raw '<' in every value */
			*p++ = '\x3c';
			*p++ = '"', *p++ = '\0';
		}
		*p++ = '/', *p++ = '\0', *p++ = '>', *p++ = '\0';
		n = (size_t)(p - body);
		assert_int_equal(xml_budget_check(body, n, &why), -1);
		assert_string_equal(why.message, "encoding \"UTF-16LE\" is not accepted: write the "
			 "document in UTF-8 (or ISO-8859-1, ISO-8859-15, windows-1252)");
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(attributes_up_to_the_limit_pass),
		cmocka_unit_test(one_attribute_over_is_refused_at_its_line),
		cmocka_unit_test(what_is_not_markup_is_not_counted),
		cmocka_unit_test(too_many_elements_are_refused),
		cmocka_unit_test(unclosed_constructs_end_the_scan),
		cmocka_unit_test(a_comment_opener_does_not_close_itself),
		cmocka_unit_test(a_closer_is_found_among_lookalikes),
		cmocka_unit_test(every_offset_and_every_end_agree_with_a_byte_scan),
		cmocka_unit_test(a_slash_after_a_value_does_not_end_its_tag),
		cmocka_unit_test(the_quick_pass_changes_no_verdict_on_xml),
		cmocka_unit_test(what_passes_stays_within_the_budget_for_libxml2),
		cmocka_unit_test(a_parser_reads_no_attribute_past_a_lt),
		cmocka_unit_test(a_declared_encoding_the_scan_cannot_read_is_refused),
	};

	int rc;

	xmlInitParser();
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	xmlCleanupParser();
	return rc;
}
