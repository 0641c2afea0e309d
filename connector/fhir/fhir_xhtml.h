/*
 * The XHTML narrative (Narrative.div). In JSON it is one string holding
 * the serialised <div>; in XML it is a real element subtree in the XHTML
 * namespace. The tree keeps the string form.
 *
 * Both are checked and (from XML) serialised while libxml2 parses them,
 * event by event (fhir_xhtml_sax): no libxml2 tree, no second parse.
 */
#ifndef FHIR_XHTML_H
#define FHIR_XHTML_H

#include <stddef.h>

#include <libxml/parser.h>

#include "fhir_xmlsafe.h"
#include "util/strutil.h"

#define FHIR_XHTML_NS "http://www.w3.org/1999/xhtml"

/*
 * Is s[0..len) a well-formed <div> in the XHTML namespace (no DOCTYPE,
 * nothing but the one element, no elements outside XHTML, txt-1, txt-2)?
 * 1 if so; else 0 with a static reason in *why. `parser` (may be NULL)
 * is reused between calls, e.g. for every div of one document.
 */
int fhir_xhtml_valid(const char *s, size_t len, const char **why);
int fhir_xhtml_valid_with(fhir_xml_sax *parser, const char *s, size_t len, const char **why);

/* One narrative being read from SAX events: its checks and its text. */
typedef struct fhir_xhtml_sax {
	strbuf *out;            /* the serialised div, or NULL to only check */
	const char *why;        /* first problem found, or NULL */
	int depth;              /* open elements, the div being 1 */
	int content;            /* txt-2: non-blank text or an image */
	int tag_open;           /* a start tag waits for its '>' or '/>' */
	int ended;              /* the div has been closed */
	const xmlChar *xhtml_ns;        /* libxml2's interned XHTML namespace, once seen */
	const xmlChar *seen[16];        /* interned names found allowed (txt-1) */
	size_t nseen;
	/* namespace bindings written inside the div, innermost last */
	struct fhir_xhtml_ns {
		const xmlChar *prefix, *uri;
		int depth;
	} *ns;
	size_t nns, ans;
} fhir_xhtml_sax;

/* Start on the div's own start tag; `out` may be NULL. */
void fhir_xhtml_sax_init(fhir_xhtml_sax *x, strbuf *out);
void fhir_xhtml_sax_done(fhir_xhtml_sax *x);

/*
 * SAX2 events inside the div (the div's own start and end included).
 * `px` is the libxml2 context, whose in-scope namespaces are looked up
 * for prefixes declared outside the div.
 */
void fhir_xhtml_sax_start(fhir_xhtml_sax *x, xmlParserCtxtPtr px, const xmlChar *localname,
			  const xmlChar *prefix, const xmlChar *uri, int nb_namespaces,
			  const xmlChar **namespaces, int nb_attributes, const xmlChar **attributes);
void fhir_xhtml_sax_end(fhir_xhtml_sax *x, const xmlChar *localname, const xmlChar *prefix);
void fhir_xhtml_sax_text(fhir_xhtml_sax *x, const xmlChar *ch, int len);
void fhir_xhtml_sax_comment(fhir_xhtml_sax *x, const xmlChar *value);
void fhir_xhtml_sax_pi(fhir_xhtml_sax *x, const xmlChar *target, const xmlChar *data);

/* After the div ended: 1 if it is a valid narrative, else 0 with *why. */
int fhir_xhtml_sax_ok(const fhir_xhtml_sax *x, const char **why);

#endif
