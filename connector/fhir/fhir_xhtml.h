/*
 * The XHTML narrative (Narrative.div). In JSON it is one string holding
 * the serialised <div>; in XML it is a real element subtree in the XHTML
 * namespace. The tree keeps the string form.
 */
#ifndef FHIR_XHTML_H
#define FHIR_XHTML_H

#include <stddef.h>

#include <libxml/tree.h>

#define FHIR_XHTML_NS "http://www.w3.org/1999/xhtml"

/*
 * Is s[0..len) a well-formed <div> in the XHTML namespace (no DOCTYPE,
 * nothing but the one element, no elements outside XHTML)? 1 if so; else
 * 0 with a static reason in *why.
 */
int fhir_xhtml_valid(const char *s, size_t len, const char **why);

/*
 * The subtree at `div` (an element of a parsed document) as a
 * self-contained UTF-8 string with the namespace declarations it needs.
 * malloc'ed; NULL on out-of-memory.
 */
char *fhir_xhtml_serialize(xmlNodePtr div);

#endif
