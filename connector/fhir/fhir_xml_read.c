/*
 * FHIR XML reader: hardened libxml2 parse (fhir_xmlsafe.c), then a walk
 * of the document against the FHIR tables.
 *
 * Checked here, each problem reported with its line and FHIR path:
 * namespace http://hl7.org/fhir (XHTML for the narrative div); known
 * elements; definition order, as the official XSD requires; only the
 * attributes FHIR defines (value on primitives, id on elements, url on
 * Extension); no text outside the narrative; a primitive has a value or
 * extensions. The walk recurses once per element level; libxml2 limits
 * document depth (256) and the tree builder limits the FHIR depth.
 */
#include "fhir_codec.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "beweegbrug.h"
#include "fhir_node_priv.h"
#include "fhir_xhtml.h"
#include "fhir_xmlsafe.h"

#define FHIR_NS "http://hl7.org/fhir"

static void read_content(fhir_ctx *ctx, fhir_node *node, xmlNodePtr el);

static int ns_is(xmlNodePtr el, const char *href)
{
	return el->ns && el->ns->href && strcmp((const char *)el->ns->href, href) == 0;
}

static void at(fhir_ctx *ctx, xmlNodePtr n)
{
	long line = xmlGetLineNo(n);

	ctx->line = line > 0 ? (unsigned)line : 0;
}

static int blank(const xmlChar *s)
{
	for (; s && *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\n')
			return 0;
	return 1;
}

/*
 * The attributes of `el` (read into `node`): value (primitives, returned
 * through *value), id and url where the type defines them as attributes.
 */
static int read_attrs(fhir_ctx *ctx, fhir_node *node, xmlNodePtr el, xmlChar **value)
{
	const fhir_type *t = fhir_node_type(node);
	xmlAttrPtr a;
	int ok = 1;

	for (a = el->properties; a; a = a->next) {
		const char *name = (const char *)a->name;
		const fhir_type *at_type;
		const fhir_elem *e;
		xmlChar *v;

		at(ctx, el);
		if (a->ns) {
			fhir_report(ctx, BB_EINPUT, node, NULL, -1,
				    "attribute %s:%s is not allowed", a->ns->prefix ? (const char *)a->ns->prefix : "",
				    name);
			ok = 0;
			continue;
		}
		v = xmlNodeGetContent((xmlNodePtr)a);
		if (!v) {
			fhir_report(ctx, BB_ENOMEM, node, NULL, -1, "out of memory");
			return 0;
		}
		if (strcmp(name, "value") == 0 && fhir_node_is_primitive(node) && value) {
			*value = v;
			continue;
		}
		e = fhir_elem_find(t, name, strlen(name), &at_type);
		if (!e || !fhir_elem_is_attr(e)) {
			fhir_report(ctx, BB_EINPUT, node, NULL, -1, "attribute '%s' is not allowed here",
				    name);
			ok = 0;
		} else if (!fhir_node_add(ctx, node, e, at_type, (const char *)v, strlen((const char *)v))) {
			ok = 0;
		}
		xmlFree(v);
	}
	return ok;
}

/* <contained><Patient>...</Patient></contained> */
static void read_wrapped_resource(fhir_ctx *ctx, fhir_node *node, const fhir_elem *e,
				  xmlNodePtr el)
{
	xmlNodePtr c, inner = NULL;
	const fhir_type *t;
	fhir_node *k;

	if (el->properties) {
		at(ctx, el);
		fhir_report(ctx, BB_EINPUT, node, (const char *)el->name, -1,
			    "attributes are not allowed on a resource container");
	}
	for (c = el->children; c; c = c->next) {
		if (c->type == XML_ELEMENT_NODE) {
			if (inner) {
				at(ctx, c);
				fhir_report(ctx, BB_EINPUT, node, (const char *)el->name, -1,
					    "holds more than one resource");
				return;
			}
			inner = c;
		} else if (c->type == XML_TEXT_NODE && !blank(c->content)) {
			at(ctx, c);
			fhir_report(ctx, BB_EINPUT, node, (const char *)el->name, -1,
				    "text is not allowed here");
		}
	}
	at(ctx, el);
	if (!inner) {
		fhir_report(ctx, BB_EINPUT, node, (const char *)el->name, -1, "holds no resource");
		return;
	}
	at(ctx, inner);
	t = fhir_resource_type((const char *)inner->name);
	if (!t || !ns_is(inner, FHIR_NS)) {
		fhir_report(ctx, BB_EINPUT, node, (const char *)el->name, -1,
			    "<%s> is not a FHIR resource this codec knows", (const char *)inner->name);
		return;
	}
	k = fhir_node_add(ctx, node, e, t, NULL, 0);
	if (!k)
		return;
	if (inner->properties)
		fhir_report(ctx, BB_EINPUT, k, NULL, -1, "attributes are not allowed on a resource");
	read_content(ctx, k, inner);
}

static void read_narrative(fhir_ctx *ctx, fhir_node *node, const fhir_elem *e,
			   const fhir_type *t, xmlNodePtr el)
{
	char *xhtml;

	if (!ns_is(el, FHIR_XHTML_NS)) {
		fhir_report(ctx, BB_EINPUT, node, "div", -1,
			    "the narrative div must be in the XHTML namespace");
		return;
	}
	xhtml = fhir_xhtml_serialize(el);
	if (!xhtml) {
		fhir_report(ctx, BB_ENOMEM, node, "div", -1, "out of memory");
		return;
	}
	fhir_node_add(ctx, node, e, t, xhtml, strlen(xhtml));
	free(xhtml);
}

/* One child element `c` of `node`, already resolved to element `e` of type `t`. */
static void read_element(fhir_ctx *ctx, fhir_node *node, const fhir_elem *e,
			 const fhir_type *t, xmlNodePtr c)
{
	xmlChar *value = NULL;
	fhir_node *k;

	if (t->prim == FHIR_PRIM_XHTML) {
		read_narrative(ctx, node, e, t, c);
		return;
	}
	if (t->kind == FHIR_KIND_RESOURCE) {
		read_wrapped_resource(ctx, node, e, c);
		return;
	}
	k = fhir_node_add(ctx, node, e, t, NULL, 0);
	if (!k)
		return;
	if (!read_attrs(ctx, k, c, t->kind == FHIR_KIND_PRIMITIVE ? &value : NULL)) {
		xmlFree(value);
		return;
	}
	if (value) {
		at(ctx, c);
		fhir_node_set_value(ctx, k, (const char *)value, strlen((const char *)value));
	}
	read_content(ctx, k, c);
	if (t->kind == FHIR_KIND_PRIMITIVE && !value && !fhir_get(k, "extension", 0)) {
		at(ctx, c);
		fhir_report(ctx, BB_EINPUT, k, NULL, -1, "has neither a value attribute nor an extension");
	}
	xmlFree(value);
}

/* The child nodes of `el`, as the content of `node`. */
static void read_content(fhir_ctx *ctx, fhir_node *node, xmlNodePtr el)
{
	const fhir_type *nt = fhir_node_type(node);
	const fhir_elem *last = NULL;
	xmlNodePtr c;

	for (c = el->children; c; c = c->next) {
		const char *name = (const char *)c->name;
		const fhir_type *t;
		const fhir_elem *e;

		at(ctx, c);
		switch (c->type) {
		case XML_ELEMENT_NODE:
			break;
		case XML_TEXT_NODE:
			if (!blank(c->content))
				fhir_report(ctx, BB_EINPUT, node, NULL, -1,
					    "text is not allowed here (FHIR uses value attributes)");
			continue;
		case XML_COMMENT_NODE:
		case XML_PI_NODE:
			continue;
		default:
			fhir_report(ctx, BB_EINPUT, node, NULL, -1, "unexpected XML content");
			continue;
		}
		e = fhir_elem_find(nt, name, strlen(name), &t);
		if (!e || fhir_elem_is_attr(e)) {
			fhir_report(ctx, BB_EINPUT, node, name, -1, e ?
				    "'%s' must be an attribute, not an element" :
				    "unknown element '%s'", name);
			continue;
		}
		if (t->prim != FHIR_PRIM_XHTML && !ns_is(c, FHIR_NS)) {
			fhir_report(ctx, BB_EINPUT, node, name, -1,
				    "element is not in the FHIR namespace " FHIR_NS);
			continue;
		}
		if (last && e->order < last->order) {
			fhir_report(ctx, BB_EINPUT, node, name,
				    fhir_elem_is_multiple(e) ? (long)fhir_count(node, name) : -1,
				    "element out of order: <%s> must come before <%s>",
				    name, fhir_elem_name(last));
			/* still read it: its own problems are worth reporting too */
			read_element(ctx, node, e, t, c);
			continue;
		}
		last = e;
		read_element(ctx, node, e, t, c);
	}
}

int fhir_read_xml(fhir_node **out, const char *buf, size_t len, const char *source,
		  const fhir_limits *lim, diag_list *diags)
{
	size_t max = lim && lim->max_bytes ? lim->max_bytes : 16u * 1024u * 1024u;
	fhir_xml_error err;
	xmlDocPtr doc;
	xmlNodePtr root;
	const fhir_type *t;
	fhir_node *res;
	fhir_ctx ctx;

	*out = NULL;
	if (len > max)
		return diag_add(diags, BB_ETOOBIG, source, 0, NULL,
				"input of %zu bytes exceeds the limit of %zu bytes", len, max);
	doc = fhir_xml_parse(buf, len, source, &err);
	if (!doc)
		return diag_add(diags, err.too_big ? BB_ETOOBIG : BB_EINPUT, source, err.line,
				NULL, "%s", err.message);
	memset(&ctx, 0, sizeof(ctx));
	ctx.diags = diags;
	ctx.source = source;
	root = xmlDocGetRootElement(doc);
	at(&ctx, root);
	t = fhir_resource_type((const char *)root->name);
	if (!ns_is(root, FHIR_NS) || !t) {
		diag_add(diags, BB_EINPUT, source, ctx.line, NULL,
			 ns_is(root, FHIR_NS) ? "<%s> is not a FHIR resource this codec knows"
					      : "<%s> is not in the FHIR namespace " FHIR_NS,
			 (const char *)root->name);
		xmlFreeDoc(doc);
		return BB_EINPUT;
	}
	res = fhir_node_new_root(t);
	if (!res) {
		xmlFreeDoc(doc);
		return diag_add(diags, BB_ENOMEM, source, 0, NULL, "out of memory");
	}
	if (root->properties)
		fhir_report(&ctx, BB_EINPUT, res, NULL, -1, "attributes are not allowed on a resource");
	read_content(&ctx, res, root);
	xmlFreeDoc(doc);
	return fhir_read_finish(&ctx, res, out);
}
