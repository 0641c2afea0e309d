/*
 * FHIR XML writer, straight into a strbuf.
 *
 * XML rules applied (FHIR R4 xml.html): everything in the namespace
 * http://hl7.org/fhir; elements in definition order (the tree keeps that
 * order); a primitive's value, an element's id and Extension.url are
 * attributes; a resource held by an element is wrapped in it
 * (<resource><Patient>...</Patient></resource>); the narrative div is
 * written as the XHTML subtree it holds (checked well-formed when it was
 * set); elements without content are left out.
 * Recursion follows the tree, whose depth the builder limits.
 */
#include "fhir_codec.h"

#include <string.h>

#include "beweegbrug.h"

#define FHIR_NS "http://hl7.org/fhir"

typedef struct xw {
	strbuf *b;
	int pretty;
} xw;

static void indent(xw *w, int level)
{
	int i;

	if (!w->pretty)
		return;
	for (i = 0; i < level; i++)
		strbuf_putc(w->b, '\t');
}

static void newline(xw *w)
{
	if (w->pretty)
		strbuf_putc(w->b, '\n');
}

/* Attribute value escaping; tabs and line ends as references so that
 * attribute-value normalisation does not turn them into spaces. */
static void put_attr(xw *w, const char *name, const char *v)
{
	const char *run = v;

	strbuf_printf(w->b, " %s=\"", name);
	for (; *v; v++) {
		const char *rep;

		switch (*v) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\t': rep = "&#9;"; break;
		case '\n': rep = "&#10;"; break;
		case '\r': rep = "&#13;"; break;
		default: continue;
		}
		strbuf_add(w->b, run, (size_t)(v - run));
		strbuf_puts(w->b, rep);
		run = v + 1;
	}
	strbuf_add(w->b, run, (size_t)(v - run));
	strbuf_putc(w->b, '"');
}

/* Has this node anything to write? (empty elements are left out) */
static int has_content(const fhir_node *n)
{
	size_t i;

	if (fhir_node_is_resource(n) || fhir_value(n))
		return 1;
	for (i = 0; i < fhir_child_count(n); i++)
		if (has_content(fhir_child(n, i)))
			return 1;
	return 0;
}

static void write_node(xw *w, const fhir_node *n, const char *name, int level);

/* Attributes (id, url, value) and child elements of `n` as <name ...>. */
static void write_element(xw *w, const fhir_node *n, const char *name, int level, int root)
{
	size_t i, count = fhir_child_count(n);
	int open = 0;

	indent(w, level);
	strbuf_printf(w->b, "<%s", name);
	if (root)
		put_attr(w, "xmlns", FHIR_NS);
	for (i = 0; i < count; i++) {
		const fhir_node *k = fhir_child(n, i);

		if (fhir_elem_is_attr(fhir_node_elem(k)) && fhir_value(k))
			put_attr(w, fhir_node_name(k), fhir_value(k));
	}
	if (fhir_node_is_primitive(n) && fhir_value(n))
		put_attr(w, "value", fhir_value(n));
	for (i = 0; i < count; i++) {
		const fhir_node *k = fhir_child(n, i);

		if (fhir_elem_is_attr(fhir_node_elem(k)) || !has_content(k))
			continue;
		if (!open) {
			strbuf_putc(w->b, '>');
			newline(w);
			open = 1;
		}
		write_node(w, k, fhir_node_name(k), level + 1);
	}
	if (open) {
		indent(w, level);
		strbuf_printf(w->b, "</%s>", name);
	} else {
		strbuf_puts(w->b, "/>");
	}
	newline(w);
}

static void write_node(xw *w, const fhir_node *n, const char *name, int level)
{
	if (fhir_node_type(n)->prim == FHIR_PRIM_XHTML) {
		/* the stored div is a complete, checked XHTML element */
		if (!fhir_value(n))
			return;
		indent(w, level);
		strbuf_puts(w->b, fhir_value(n));
		newline(w);
		return;
	}
	if (fhir_node_is_resource(n)) {
		/* <contained><Patient>...</Patient></contained> */
		indent(w, level);
		strbuf_printf(w->b, "<%s>", name);
		newline(w);
		write_element(w, n, fhir_node_type_name(n), level + 1, 0);
		indent(w, level);
		strbuf_printf(w->b, "</%s>", name);
		newline(w);
		return;
	}
	write_element(w, n, name, level, 0);
}

int fhir_write_xml(strbuf *out, const fhir_node *res, int pretty)
{
	xw w;

	if (!out || !res || !fhir_node_is_resource(res))
		return BB_EINVAL;
	w.b = out;
	w.pretty = pretty;
	strbuf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
	newline(&w);
	write_element(&w, res, fhir_node_type_name(res), 0, 1);
	return out->failed ? BB_ENOMEM : BB_OK;
}
