/*
 * The one way this codec lets libxml2 parse bytes (FHIR documents and
 * XHTML narrative taken from JSON).
 *
 * Safety rules (FHIR R4 XML, and plain XXE hygiene):
 *   - no network (XML_PARSE_NONET), entities are never substituted and no
 *     DTD is ever loaded (no XML_PARSE_NOENT / DTDLOAD / DTDATTR);
 *   - any document with a DOCTYPE is refused at the DOCTYPE itself: a SAX
 *     internalSubset hook stops the parser before the internal subset is
 *     read, so no entity is ever declared (XXE, billion laughs);
 *   - UTF-8 only: an XML declaration naming another encoding, or a
 *     UTF-16/32 byte order mark, is refused before parsing;
 *   - nesting is limited (libxml2's own 256 levels, and the callers'
 *     tree limits).
 */
#ifndef FHIR_XMLSAFE_H
#define FHIR_XMLSAFE_H

#include <stddef.h>

#include <libxml/tree.h>

typedef struct fhir_xml_error {
	char message[256];
	unsigned line;          /* 0 when unknown */
	int too_big;            /* 1: refused for a size/depth limit */
} fhir_xml_error;

/*
 * Parse buf[0..len) into a document with line numbers (xmlGetLineNo).
 * NULL on any error or warning-level problem that makes the document
 * unfit (not well-formed, namespace error, DOCTYPE, not UTF-8); `err`
 * then tells the first one.
 */
xmlDocPtr fhir_xml_parse(const char *buf, size_t len, const char *url, fhir_xml_error *err);

#endif
