/*
 * The one way this codec lets libxml2 parse bytes (FHIR documents and
 * XHTML narrative taken from JSON): SAX2 events straight to the caller,
 * no libxml2 tree.
 *
 * Safety rules (FHIR R4 XML, and plain XXE hygiene):
 *   - no network (XML_PARSE_NONET), entities are never substituted and no
 *     DTD is ever loaded (no XML_PARSE_NOENT / DTDLOAD / DTDATTR);
 *   - any document with a DOCTYPE is refused at the DOCTYPE itself: the
 *     internalSubset event stops the parser before the internal subset is
 *     read, so no entity is ever declared (XXE, billion laughs);
 *   - UTF-8 only: an XML declaration naming another encoding, or a
 *     UTF-16/32 byte order mark, is refused before parsing;
 *   - nesting is limited (libxml2's own 256 levels, and the callers'
 *     tree limits); text and attribute values to libxml2's 10 MB.
 *
 * Attribute values: with entity substitution off, libxml2 hands a literal
 * '&' in an attribute value to SAX as the character reference "&#38;"
 * (everything else arrives decoded); fhir_xml_attr_value undoes that.
 */
#ifndef FHIR_XMLSAFE_H
#define FHIR_XMLSAFE_H

#include <stddef.h>

#include <libxml/parser.h>

#include "util/strutil.h"

typedef struct fhir_xml_error {
	char message[256];
	unsigned line;          /* 0 when unknown */
	int too_big;            /* 1: refused for a size/depth limit */
} fhir_xml_error;

/*
 * A parser for SAX runs, reusable for several documents in a row (one
 * libxml2 context, made on first use, kept after a parse that went well
 * while its dictionary of names stays small, see fhir_xmlsafe.c). Not
 * shared between threads at once.
 */
typedef struct fhir_xml_sax {
	xmlParserCtxtPtr px;
	void *user;             /* the caller's state, for its handlers */
	fhir_xml_error *err;
	int failed;
	/*
	 * The context's generation, unique in the process (never 0 once a
	 * context is made): what a caller caches by the address of a name
	 * interned in the context's dictionary is good only while this stays
	 * the same (fhir_x2j.c).
	 */
	unsigned long gen;
} fhir_xml_sax;

#define FHIR_XML_SAX_INIT { NULL, NULL, NULL, 0, 0 }

/*
 * Parse buf[0..len) sending events to `handlers` (startElementNs,
 * endElementNs, characters, comment, processingInstruction; the rest is
 * ours). Handlers get the libxml2 context as `ctx`; fhir_xml_sax_of(ctx)
 * gives `s`, whose `user` is passed through. Returns 0 when the input was
 * well-formed, namespace-well-formed UTF-8 without a DOCTYPE; otherwise
 * -1 with `err` telling the first problem (events may have been sent
 * before it was found).
 */
int fhir_xml_sax_parse(fhir_xml_sax *s, const char *buf, size_t len, const char *url,
		       const xmlSAXHandler *handlers, void *user, fhir_xml_error *err);

static inline fhir_xml_sax *fhir_xml_sax_of(void *ctx)
{
	return (fhir_xml_sax *)((xmlParserCtxtPtr)ctx)->_private;
}

/*
 * Input line of the event being handled (1-based, 0 when unknown): what
 * xmlSAX2GetLineNumber reads, without a call into libxml2 for every
 * element (the reader asks at each start tag).
 */
static inline unsigned fhir_xml_sax_line(void *ctx)
{
	xmlParserCtxtPtr px = ctx;

	return px && px->input && px->input->line > 0 ? (unsigned)px->input->line : 0;
}

/*
 * Is text[0..len) XML white space only (space, tab, CR, LF)? Both FHIR
 * XML readers (fhir_xml_read.c, fhir_x2j.c) refuse any other text outside
 * the narrative.
 */
static inline int fhir_xml_blank(const xmlChar *text, int len)
{
	static const unsigned char space[256] = {
		[' '] = 1, ['\t'] = 1, ['\r'] = 1, ['\n'] = 1,
	};
	int i;

	for (i = 0; i < len; i++)
		if (!space[text[i]])
			return 0;
	return 1;
}

/* Stop the parse from a handler (the caller's own reason, no message). */
void fhir_xml_sax_stop(void *ctx);

void fhir_xml_sax_free(fhir_xml_sax *s);

/*
 * Append the attribute value [v, end) from a SAX2 attribute to `out`,
 * with "&#38;" turned back into '&'. Escaping is the caller's.
 */
void fhir_xml_attr_value(strbuf *out, const xmlChar *v, const xmlChar *end);

#endif
