/*
 * XHTML narrative: checking the string form and making it from XML.
 */
#include "fhir_xhtml.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/xmlsave.h>

#include "fhir_xmlsafe.h"
#include "strutil.h"

/* Deeper XHTML than this is refused (also bounds the check's recursion). */
#define XHTML_MAX_DEPTH 64

static int in_xhtml_ns(xmlNodePtr n)
{
	return n->ns && n->ns->href && strcmp((const char *)n->ns->href, FHIR_XHTML_NS) == 0;
}

/*
 * txt-1: only basic HTML formatting. Elements outside this list (script,
 * style, form, object, iframe, ...) are refused: narratives are shown to
 * people in record systems, so they must not carry active content. The
 * list is the one FHIR R4 Narrative.div allows (HTML 4 chapters 7-11, 15,
 * links and images).
 */
static int allowed_element(const char *name)
{
	static const char *const ok[] = {
		"a", "abbr", "acronym", "address", "area", "b", "bdo", "big", "blockquote",
		"br", "caption", "cite", "code", "col", "colgroup", "dd", "dfn", "div",
		"dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
		"kbd", "li", "map", "ol", "p", "pre", "q", "samp", "small", "span",
		"strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
		"tr", "tt", "ul", "var"
	};
	size_t i;

	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		if (strcmp(name, ok[i]) == 0)
			return 1;
	return 0;
}

/* No event handlers (onclick=...) and no script URLs. */
static int allowed_attrs(xmlNodePtr n, const char **why)
{
	xmlAttrPtr a;

	for (a = n->properties; a; a = a->next) {
		const char *name = (const char *)a->name;

		if ((name[0] == 'o' || name[0] == 'O') && (name[1] == 'n' || name[1] == 'N')) {
			*why = "narrative may not contain event handler attributes (txt-1)";
			return 0;
		}
		if (strcmp(name, "href") == 0 || strcmp(name, "src") == 0) {
			xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
			const char *p = (const char *)v;
			int bad;

			while (p && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
				p++;
			bad = p && (strncmp(p, "javascript:", 11) == 0 || strncmp(p, "JavaScript:", 11) == 0);
			xmlFree(v);
			if (bad) {
				*why = "narrative may not contain script links (txt-1)";
				return 0;
			}
		}
	}
	return 1;
}

/* Checks elements below `n`; counts non-white-space text and images (txt-2). */
static int check_subtree(xmlNodePtr n, int depth, int *content, const char **why)
{
	xmlNodePtr c;

	if (depth > XHTML_MAX_DEPTH) {
		*why = "narrative nested too deeply";
		return 0;
	}
	if (!allowed_attrs(n, why))
		return 0;
	for (c = n->children; c; c = c->next) {
		if (c->type == XML_ELEMENT_NODE) {
			if (!in_xhtml_ns(c)) {
				*why = "narrative contains an element outside the XHTML namespace";
				return 0;
			}
			if (!allowed_element((const char *)c->name)) {
				*why = "narrative may only contain basic HTML formatting elements (txt-1)";
				return 0;
			}
			if (strcmp((const char *)c->name, "img") == 0)
				*content = 1;
			if (!check_subtree(c, depth + 1, content, why))
				return 0;
		} else if (c->type == XML_TEXT_NODE && !xmlIsBlankNode(c)) {
			*content = 1;
		}
	}
	return 1;
}

int fhir_xhtml_valid(const char *s, size_t len, const char **why)
{
	fhir_xml_error err;
	xmlDocPtr doc;
	xmlNodePtr root;
	int ok, content = 0;

	/*
	 * Exactly one element and nothing around it: the XML writer puts this
	 * text inside a document as it is, so an XML declaration, comment or
	 * processing instruction before or after the div would break it.
	 */
	if (len < 2 || s[0] != '<' || s[1] == '?' || s[1] == '!') {
		*why = "narrative must be a <div> element (nothing before it)";
		return 0;
	}
	doc = fhir_xml_parse(s, len, "narrative", &err);
	if (!doc) {
		*why = "narrative is not well-formed XHTML";
		return 0;
	}
	root = xmlDocGetRootElement(doc);
	if (!root || strcmp((const char *)root->name, "div") != 0 || !in_xhtml_ns(root)) {
		*why = "narrative must be a <div> in the XHTML namespace";
		xmlFreeDoc(doc);
		return 0;
	}
	if (root->prev || root->next) {
		*why = "narrative must be a single <div> element (nothing after it)";
		xmlFreeDoc(doc);
		return 0;
	}
	ok = check_subtree(root, 1, &content, why);
	if (ok && !content) {
		*why = "narrative has no content (txt-2)";
		ok = 0;
	}
	xmlFreeDoc(doc);
	return ok;
}

char *fhir_xhtml_serialize(xmlNodePtr div)
{
	xmlDocPtr doc;
	xmlNodePtr copy;
	xmlBufferPtr buf;
	xmlSaveCtxtPtr save;
	char *out = NULL;

	doc = xmlNewDoc((const xmlChar *)"1.0");
	if (!doc)
		return NULL;
	/* A copy in a document of its own picks up the namespace declarations it uses. */
	copy = xmlDocCopyNode(div, doc, 1);
	if (!copy)
		goto done;
	xmlDocSetRootElement(doc, copy);
	xmlReconciliateNs(doc, copy);
	buf = xmlBufferCreate();
	if (!buf)
		goto done;
	/* With an explicit UTF-8 encoding libxml2 keeps non-ASCII text as is. */
	save = xmlSaveToBuffer(buf, "UTF-8", XML_SAVE_NO_DECL | XML_SAVE_AS_XML);
	if (save) {
		xmlSaveTree(save, copy);
		if (xmlSaveClose(save) >= 0)
			out = str_dup((const char *)xmlBufferContent(buf));
	}
	xmlBufferFree(buf);
done:
	xmlFreeDoc(doc);
	return out;
}
