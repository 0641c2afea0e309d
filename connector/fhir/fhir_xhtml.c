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

static int check_subtree(xmlNodePtr n, int depth, const char **why)
{
	xmlNodePtr c;

	if (depth > XHTML_MAX_DEPTH) {
		*why = "narrative nested too deeply";
		return 0;
	}
	for (c = n->children; c; c = c->next) {
		if (c->type == XML_ELEMENT_NODE) {
			if (!in_xhtml_ns(c)) {
				*why = "narrative contains an element outside the XHTML namespace";
				return 0;
			}
			if (!check_subtree(c, depth + 1, why))
				return 0;
		}
	}
	return 1;
}

int fhir_xhtml_valid(const char *s, size_t len, const char **why)
{
	fhir_xml_error err;
	xmlDocPtr doc;
	xmlNodePtr root;
	int ok;

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
	ok = check_subtree(root, 1, why);
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
