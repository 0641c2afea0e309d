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
 * Recursion follows the tree, whose depth the builder limits. No printf:
 * names and values are copied, escaping runs through a byte table.
 */
#include "fhir_codec.h"

#include <stdint.h>
#include <string.h>

#include "beweegbrug.h"
#include "fhir_node_priv.h"
#include "fhir_out.h"
#include "util/swar.h"

#define FHIR_NS "http://hl7.org/fhir"

typedef struct xw {
	strbuf *b;
	int pretty;
} xw;

/* Bytes an attribute value cannot hold as they are (see put_attr_value). */
static const unsigned char attr_special[256] = {
	['&'] = 1, ['<'] = 1, ['>'] = 1, ['"'] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1,
};

static void indent(xw *w, int level)
{
	if (w->pretty)
		out_fill(w->b, '\t', (size_t)level);
}

static void newline(xw *w)
{
	if (w->pretty)
		out_putc(w->b, '\n');
}

/*
 * Does any of these eight bytes need escaping: '"', '&', '<', '>', or a
 * byte below 0x20 (tab, line feed, carriage return)? One look where the
 * byte loop takes eight.
 */
static int attr_special8(const unsigned char *p)
{
	uint64_t v = swar_load(p);

	return (swar_has(v, '"') | swar_has(v, '&') | swar_has(v, '<') | swar_has(v, '>') |
		swar_has_below(v, 0x20)) != 0;
}

/* Attribute value escaping; tabs and line ends as references so that
 * attribute-value normalisation does not turn them into spaces. */
static void put_attr_value(strbuf *b, const char *v, size_t len)
{
	const unsigned char *p = (const unsigned char *)v, *end = p + len, *run = p;

	/* most values need nothing: past their plain start eight bytes at a time */
	while (end - p >= 8 && !attr_special8(p))
		p += 8;
	for (; p < end; p++) {
		if (!attr_special[*p])
			continue;
		out_add(b, (const char *)run, (size_t)(p - run));
		switch (*p) {
		case '&': out_lit(b, "&amp;"); break;
		case '<': out_lit(b, "&lt;"); break;
		case '>': out_lit(b, "&gt;"); break;
		case '"': out_lit(b, "&quot;"); break;
		case '\t': out_lit(b, "&#9;"); break;
		case '\n': out_lit(b, "&#10;"); break;
		default: out_lit(b, "&#13;"); break;
		}
		run = p + 1;
	}
	out_add(b, (const char *)run, (size_t)(p - run));
}

static void put_attr(xw *w, const char *name, size_t nlen, const char *v, size_t len)
{
	out_putc(w->b, ' ');
	out_add(w->b, name, nlen);
	out_lit(w->b, "=\"");
	put_attr_value(w->b, v, len);
	out_putc(w->b, '"');
}

static void write_node(xw *w, const fhir_node *n, const char *name, int level);

/* Attributes (id, url, value) and child elements of `n` as <name ...>. */
static void write_element(xw *w, const fhir_node *n, const char *name, int level, int root)
{
	size_t i, count = n->nkids, nlen = strlen(name);
	int open = 0;

	indent(w, level);
	out_putc(w->b, '<');
	out_add(w->b, name, nlen);
	if (root)
		out_lit(w->b, " xmlns=\"" FHIR_NS "\"");
	for (i = 0; i < count; i++) {
		const fhir_node *k = n->kids[i];

		if (fhir_elem_is_attr(k->elem) && k->value) {
			const char *an = fhir_node_name(k);

			put_attr(w, an, strlen(an), k->value, k->vlen);
		}
	}
	if (n->value)
		put_attr(w, "value", 5, n->value, n->vlen);
	for (i = 0; i < count; i++) {
		const fhir_node *k = n->kids[i];

		if (fhir_elem_is_attr(k->elem) || !fhir_node_has_content(k))
			continue;
		if (!open) {
			out_putc(w->b, '>');
			newline(w);
			open = 1;
		}
		write_node(w, k, fhir_node_name(k), level + 1);
	}
	if (open) {
		indent(w, level);
		out_lit(w->b, "</");
		out_add(w->b, name, nlen);
		out_putc(w->b, '>');
	} else {
		out_lit(w->b, "/>");
	}
	newline(w);
}

static void write_node(xw *w, const fhir_node *n, const char *name, int level)
{
	if (n->type->prim == FHIR_PRIM_XHTML) {
		/* the stored div is a complete, checked XHTML element */
		if (!n->value)
			return;
		indent(w, level);
		out_add(w->b, n->value, n->vlen);
		newline(w);
		return;
	}
	if (n->type->kind == FHIR_KIND_RESOURCE) {
		/* <contained><Patient>...</Patient></contained> */
		indent(w, level);
		out_putc(w->b, '<');
		out_puts(w->b, name);
		out_putc(w->b, '>');
		newline(w);
		write_element(w, n, fhir_type_name(n->type), level + 1, 0);
		indent(w, level);
		out_lit(w->b, "</");
		out_puts(w->b, name);
		out_putc(w->b, '>');
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
	if (out->alloc - out->len < 8192)
		strbuf_grow(out, 8192);         /* not sixty-four bytes at first */
	out_lit(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
	newline(&w);
	write_element(&w, res, fhir_type_name(res->type), 0, 1);
	return out_finish(out) < 0 ? BB_ENOMEM : BB_OK;
}
