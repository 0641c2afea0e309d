/*
 * A budget for XML input, checked on the bytes before any XML parser
 * sees them (docs/security.md).
 *
 * libxml2 2.9 (Debian 12's) checks each element's attributes for
 * duplicates in quadratic time: one element with ~95,000 attributes in a
 * 1 MB body kept a worker busy for half a minute. Newer libxml2 hashes
 * them, but our limits must not depend on the version a HIS links. So
 * every XML document we read (FHIR XML messages and resources, HIS XML
 * records) is first scanned once, in linear time: at most
 * XML_MAX_ATTRIBUTES attributes on one element and XML_MAX_MARKUP tags
 * (an end tag counts too) and attributes in all. This is a count, not a parser: comments,
 * CDATA sections, processing instructions and quoted values are skipped
 * so that what they contain is not counted. A quicker pass runs first
 * and lets through, without that count, any input where no run between
 * two '<' holds more than XML_MAX_ATTRIBUTES '=' (an XML parser reading
 * these bytes reads no attribute past a '<') and that holds at most
 * XML_MAX_MARKUP '<' and '=' in all (xml_budget.c).
 *
 * Counting bytes only works where the bytes are the markup: an input
 * whose XML declaration names an encoding other than UTF-8, US-ASCII,
 * ISO-8859-1, ISO-8859-15 or windows-1252 is refused. UTF-16/32 and
 * EBCDIC input without such a declaration the callers refuse before
 * (by its byte order mark or first four bytes).
 */
#ifndef BB_XML_BUDGET_H
#define BB_XML_BUDGET_H

#include <stddef.h>

/* FHIR elements carry one to three (value, id, url, xmlns); HIS XML a handful. */
#define XML_MAX_ATTRIBUTES 64
/* A 1 MiB FHIR XML message holds about 70,000 elements and attributes. */
#define XML_MAX_MARKUP 250000

typedef struct xml_budget_problem {
	unsigned line;           /* 1-based line of the element at fault */
	char message[160];
} xml_budget_problem;

/* 0 when `buf` is within the budget; -1 with *why filled when it is not. */
int xml_budget_check(const char *buf, size_t len, xml_budget_problem *why);

/*
 * The encodings the XML declaration at the start of `buf` names (after a
 * UTF-8 byte order mark): every "encoding" in it up to its first '>' is
 * given to `allowed`, not only the first, so that nothing that merely
 * looks like one can hide the one a parser reads. 1 when each is allowed
 * (or none is named); otherwise 0 with the first refused name in
 * [*name, *name + *n). xml_budget_check and the FHIR reader's UTF-8 check
 * both read declarations this way.
 */
int xml_declared_encodings_ok(const char *buf, size_t len,
			      int (*allowed)(const char *name, size_t n),
			      const char **name, size_t *n);

/* Does the input look like XML (its first byte past a BOM and blanks is '<')? */
int xml_looks_like(const char *buf, size_t len);

#endif
