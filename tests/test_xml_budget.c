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
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
