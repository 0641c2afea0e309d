/*
 * XHTML narrative: checked, and serialised from XML, event by event.
 */
#include "fhir_xhtml.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fhir_out.h"
#include "util/swar.h"

/* Deeper XHTML than this is refused. */
#define XHTML_MAX_DEPTH 64

/*
 * txt-1: only basic HTML formatting. Elements outside this list (script,
 * style, form, object, iframe, ...) are refused: narratives are shown to
 * people in record systems, so they must not carry active content. The
 * list is the one FHIR R4 Narrative.div allows (HTML 4 chapters 7-11, 15,
 * links and images). Sorted, for bsearch.
 */
static const char *const allowed[] = {
	"a", "abbr", "acronym", "address", "area", "b", "bdo", "big", "blockquote",
	"br", "caption", "cite", "code", "col", "colgroup", "dd", "dfn", "div",
	"dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
	"kbd", "li", "map", "ol", "p", "pre", "q", "samp", "small", "span",
	"strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
	"tr", "tt", "ul", "var"
};

static int cmp_name(const void *key, const void *item)
{
	return strcmp(key, *(const char *const *)item);
}

/*
 * libxml2 interns element names for the length of a parse, and a
 * narrative uses a handful of them over and over: the names already found
 * allowed are remembered by address.
 */
static int allowed_element(fhir_xhtml_sax *x, const xmlChar *name)
{
	size_t i;

	for (i = 0; i < x->nseen; i++)
		if (x->seen[i] == name)
			return 1;
	if (!bsearch(name, allowed, sizeof(allowed) / sizeof(allowed[0]), sizeof(allowed[0]),
		     cmp_name))
		return 0;
	if (x->nseen < sizeof(x->seen) / sizeof(x->seen[0]))
		x->seen[x->nseen++] = name;
	return 1;
}

/* Is `uri` XHTML's? libxml2 interns it, so mostly a pointer compare. */
static int is_xhtml(fhir_xhtml_sax *x, const xmlChar *uri)
{
	if (uri && uri == x->xhtml_ns)
		return 1;
	if (!uri || strcmp((const char *)uri, FHIR_XHTML_NS) != 0)
		return 0;
	x->xhtml_ns = uri;
	return 1;
}

static const unsigned char blank_byte[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1,
};

static void problem(fhir_xhtml_sax *x, const char *why)
{
	if (!x->why)
		x->why = why;
}

void fhir_xhtml_sax_init(fhir_xhtml_sax *x, strbuf *out)
{
	memset(x, 0, sizeof(*x));
	x->out = out;
}

void fhir_xhtml_sax_done(fhir_xhtml_sax *x)
{
	free(x->ns);
	x->ns = NULL;
	x->nns = x->ans = 0;
}

/* ---- writing ------------------------------------------------------------- */

static inline void close_tag(fhir_xhtml_sax *x)
{
	if (x->tag_open) {
		x->tag_open = 0;
		if (x->out)
			out_putc(x->out, '>');
	}
}

/* Bytes text content cannot hold as they are. */
static const unsigned char text_special[256] = {
	['&'] = 1, ['<'] = 1, ['>'] = 1, ['\r'] = 1,
};

/*
 * Any of the eight bytes at p '&', '<', '>' or '\r'? Exact: a byte that
 * is one of them makes its XOR zero, which the test finds without
 * false alarms from its neighbours.
 */
static inline int text_special8(const xmlChar *p)
{
	uint64_t v = swar_load(p);

	return (swar_has(v, '&') | swar_has(v, '<') | swar_has(v, '>') | swar_has(v, '\r')) != 0;
}

/* Text content: & < > escaped, a carriage return kept as a reference. */
static inline void put_text(strbuf *b, const xmlChar *s, size_t len)
{
	const xmlChar *p = s, *end = s + len, *run = s;

	/*
	 * libxml2 hands text over in pieces of a dozen bytes on average (the
	 * R4 examples' narratives), which hardly ever need escaping: a piece
	 * of eight bytes or more is tested eight at a time, its last few as
	 * the last eight, and copied whole when clean.
	 */
	if (len >= 8) {
		while (end - p >= 8 && !text_special8(p))
			p += 8;
		if (p == end || (end - p < 8 && !text_special8(end - 8))) {
			out_add(b, (const char *)s, len);
			return;
		}
	}
	for (; p < end; p++) {
		const char *rep;

		if (!text_special[*p])
			continue;
		switch (*p) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '\r': rep = "&#13;"; break;
		default: continue;
		}
		out_add(b, (const char *)run, (size_t)(p - run));
		out_puts(b, rep);
		run = p + 1;
	}
	out_add(b, (const char *)run, (size_t)(p - run));
}

/* An attribute value as SAX2 gives it (see fhir_xml_attr_value), escaped. */
static void put_attr_value(strbuf *b, const xmlChar *p, const xmlChar *end)
{
	const xmlChar *run = p;

	for (; p < end; p++) {
		const char *rep;
		size_t skip = 0;

		switch (*p) {
		case '&':
			rep = "&amp;";
			if (end - p >= 5 && memcmp(p, "&#38;", 5) == 0)
				skip = 4;
			break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\t': rep = "&#9;"; break;
		case '\n': rep = "&#10;"; break;
		case '\r': rep = "&#13;"; break;
		default: continue;
		}
		out_add(b, (const char *)run, (size_t)(p - run));
		out_puts(b, rep);
		p += skip;
		run = p + 1;
	}
	out_add(b, (const char *)run, (size_t)(p - run));
}

/*
 * A NUL-terminated name, copied a byte at a time while there is room:
 * XHTML names are a few bytes, for which strlen and memcpy calls cost
 * more than the copy.
 */
static inline void put_name(strbuf *b, const xmlChar *name)
{
	size_t room = b->alloc - b->len, i;

	for (i = 0; name[i] && i + 1 < room; i++)
		b->data[b->len + i] = (char)name[i];
	if (!name[i])
		b->len += i;
	else
		out_puts(b, (const char *)name);     /* what was copied is written over */
}

static inline void put_qname(strbuf *b, const xmlChar *prefix, const xmlChar *local)
{
	if (prefix) {
		put_name(b, prefix);
		out_putc(b, ':');
	}
	put_name(b, local);
}

static void put_ns_decl(strbuf *b, const xmlChar *prefix, const xmlChar *uri)
{
	out_lit(b, " xmlns");
	if (prefix) {
		out_putc(b, ':');
		out_puts(b, (const char *)prefix);
	}
	out_lit(b, "=\"");
	put_attr_value(b, uri, uri + strlen((const char *)uri));
	out_putc(b, '"');
}

static int same(const xmlChar *a, const xmlChar *b)
{
	return a == b || (a && b && strcmp((const char *)a, (const char *)b) == 0);
}

static void push_ns(fhir_xhtml_sax *x, const xmlChar *prefix, const xmlChar *uri)
{
	if (x->nns == x->ans) {
		size_t na = x->ans ? x->ans * 2 : 8;
		struct fhir_xhtml_ns *grown = realloc(x->ns, na * sizeof(*grown));

		if (!grown) {
			if (x->out)
				x->out->failed = 1;
			problem(x, "out of memory");
			return;
		}
		x->ns = grown;
		x->ans = na;
	}
	x->ns[x->nns].prefix = prefix;
	x->ns[x->nns].uri = uri;
	x->ns[x->nns].depth = x->depth;
	x->nns++;
}

/*
 * Make sure `prefix` is bound to `uri` in the text written so far: a
 * binding declared outside the div (on the resource, say) is declared
 * again where it is first used, so the div stands on its own.
 */
static void need_ns(fhir_xhtml_sax *x, const xmlChar *prefix, const xmlChar *uri)
{
	size_t i = x->nns;

	if (!uri || (prefix && strcmp((const char *)prefix, "xml") == 0))
		return;
	while (i-- > 0)
		if (same(x->ns[i].prefix, prefix))
			break;
	if (i != (size_t)-1 && same(x->ns[i].uri, uri))
		return;
	put_ns_decl(x->out, prefix, uri);
	push_ns(x, prefix, uri);
}

/* ---- events --------------------------------------------------------------- */

/* No event handlers (onclick=...) and no script URLs. */
static void check_attr(fhir_xhtml_sax *x, const xmlChar *name, const xmlChar *v,
		       const xmlChar *end)
{
	if ((name[0] == 'o' || name[0] == 'O') && (name[1] == 'n' || name[1] == 'N')) {
		problem(x, "narrative may not contain event handler attributes (txt-1)");
		return;
	}
	if (strcmp((const char *)name, "href") == 0 || strcmp((const char *)name, "src") == 0) {
		while (v < end && (*v == ' ' || *v == '\t' || *v == '\n' || *v == '\r'))
			v++;
		if (end - v >= 11 && (memcmp(v, "javascript:", 11) == 0 ||
				      memcmp(v, "JavaScript:", 11) == 0))
			problem(x, "narrative may not contain script links (txt-1)");
	}
}

void fhir_xhtml_sax_start(fhir_xhtml_sax *x, xmlParserCtxtPtr px, const xmlChar *localname,
			  const xmlChar *prefix, const xmlChar *uri, int nb_namespaces,
			  const xmlChar **namespaces, int nb_attributes, const xmlChar **attributes)
{
	int i;

	(void)px;
	if (x->ended) {
		problem(x, "narrative must be a single <div> element (nothing after it)");
		return;
	}
	close_tag(x);
	x->depth++;
	if (x->depth > XHTML_MAX_DEPTH) {
		problem(x, "narrative nested too deeply");
	} else if (x->depth == 1) {
		if (!is_xhtml(x, uri) || strcmp((const char *)localname, "div") != 0)
			problem(x, "narrative must be a <div> in the XHTML namespace");
	} else if (!is_xhtml(x, uri)) {
		problem(x, "narrative contains an element outside the XHTML namespace");
	} else if (!allowed_element(x, localname)) {
		problem(x, "narrative may only contain basic HTML formatting elements (txt-1)");
	} else if (localname[0] == 'i' && strcmp((const char *)localname, "img") == 0) {
		x->content = 1;
	}
	for (i = 0; i < nb_attributes; i++)
		check_attr(x, attributes[5 * i], attributes[5 * i + 3], attributes[5 * i + 4]);
	if (!x->out || x->why)
		return;
	out_putc(x->out, '<');
	put_qname(x->out, prefix, localname);
	for (i = 0; i < nb_namespaces; i++) {
		const xmlChar *p = namespaces[2 * i], *u = namespaces[2 * i + 1];

		put_ns_decl(x->out, p, u ? u : (const xmlChar *)"");
		push_ns(x, p, u ? u : (const xmlChar *)"");
	}
	/* most often the element's own binding is the innermost one written */
	if (!x->nns || x->ns[x->nns - 1].prefix != prefix || x->ns[x->nns - 1].uri != uri)
		need_ns(x, prefix, uri);
	for (i = 0; i < nb_attributes; i++) {
		const xmlChar **a = attributes + 5 * i;

		if (a[1])
			need_ns(x, a[1], a[2]);
		out_putc(x->out, ' ');
		put_qname(x->out, a[1], a[0]);
		out_lit(x->out, "=\"");
		put_attr_value(x->out, a[3], a[4]);
		out_putc(x->out, '"');
	}
	x->tag_open = 1;
}

void fhir_xhtml_sax_end(fhir_xhtml_sax *x, const xmlChar *localname, const xmlChar *prefix)
{
	if (x->ended || x->depth == 0)
		return;
	if (x->out && !x->why) {
		if (x->tag_open) {
			x->tag_open = 0;
			out_lit(x->out, "/>");
		} else {
			out_lit(x->out, "</");
			put_qname(x->out, prefix, localname);
			out_putc(x->out, '>');
		}
	}
	while (x->nns && x->ns[x->nns - 1].depth == x->depth)
		x->nns--;
	if (--x->depth == 0)
		x->ended = 1;
}

void fhir_xhtml_sax_text(fhir_xhtml_sax *x, const xmlChar *ch, int len)
{
	int i;

	if (x->depth == 0)
		return;     /* white space around the div (JSON form) */
	if (!x->content)
		for (i = 0; i < len; i++)
			if (!blank_byte[ch[i]]) {
				x->content = 1;
				break;
			}
	if (!x->out || x->why)
		return;
	close_tag(x);
	put_text(x->out, ch, (size_t)len);
}

void fhir_xhtml_sax_comment(fhir_xhtml_sax *x, const xmlChar *value)
{
	if (x->depth == 0) {
		problem(x, x->ended ? "narrative must be a single <div> element (nothing after it)"
				    : "narrative must be a <div> element (nothing before it)");
		return;
	}
	if (!x->out || x->why)
		return;
	close_tag(x);
	out_lit(x->out, "<!--");
	out_puts(x->out, (const char *)value);
	out_lit(x->out, "-->");
}

void fhir_xhtml_sax_pi(fhir_xhtml_sax *x, const xmlChar *target, const xmlChar *data)
{
	if (x->depth == 0) {
		problem(x, x->ended ? "narrative must be a single <div> element (nothing after it)"
				    : "narrative must be a <div> element (nothing before it)");
		return;
	}
	if (!x->out || x->why)
		return;
	close_tag(x);
	out_lit(x->out, "<?");
	out_puts(x->out, (const char *)target);
	if (data && *data) {
		out_putc(x->out, ' ');
		out_puts(x->out, (const char *)data);
	}
	out_lit(x->out, "?>");
}

int fhir_xhtml_sax_ok(const fhir_xhtml_sax *x, const char **why)
{
	if (x->why) {
		*why = x->why;
		return 0;
	}
	if (!x->content) {
		*why = "narrative has no content (txt-2)";
		return 0;
	}
	if (x->out && x->out->failed) {
		*why = "out of memory";
		return 0;
	}
	return 1;
}

/* ---- the JSON form: a string to check --------------------------------------- */

static fhir_xhtml_sax *state(void *ctx)
{
	return fhir_xml_sax_of(ctx)->user;
}

static void ev_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
		     const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
		     int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
	(void)nb_defaulted;
	fhir_xhtml_sax_start(state(ctx), ctx, localname, prefix, uri, nb_namespaces, namespaces,
			     nb_attributes, attributes);
}

static void ev_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
	(void)uri;
	fhir_xhtml_sax_end(state(ctx), localname, prefix);
}

static void ev_text(void *ctx, const xmlChar *ch, int len)
{
	fhir_xhtml_sax_text(state(ctx), ch, len);
	/*
	 * Text only matters until some is found (txt-2): this is a check, no
	 * text is written, so libxml2 is told to stop handing it over (the
	 * handlers are set again for each div, fhir_xml_sax_parse).
	 */
	if (state(ctx)->content && !state(ctx)->out) {
		((xmlParserCtxtPtr)ctx)->sax->characters = NULL;
		((xmlParserCtxtPtr)ctx)->sax->ignorableWhitespace = NULL;
	}
}

static void ev_comment(void *ctx, const xmlChar *value)
{
	fhir_xhtml_sax_comment(state(ctx), value);
}

static void ev_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
	fhir_xhtml_sax_pi(state(ctx), target, data);
}

int fhir_xhtml_valid_with(fhir_xml_sax *parser, const char *s, size_t len, const char **why)
{
	static const xmlSAXHandler handlers = {
		.startElementNs = ev_start,
		.endElementNs = ev_end,
		.characters = ev_text,
		.ignorableWhitespace = ev_text,
		.comment = ev_comment,
		.processingInstruction = ev_pi,
	};
	fhir_xml_sax own = FHIR_XML_SAX_INIT;
	fhir_xhtml_sax x;
	fhir_xml_error err;
	int ok;

	/*
	 * Exactly one element and nothing around it: the XML writer puts this
	 * text inside a document as it is, so an XML declaration, comment or
	 * processing instruction before or after the div would break it.
	 */
	if (len < 2 || s[0] != '<' || s[1] == '?' || s[1] == '!') {
		*why = "narrative must be a <div> element (nothing before it)";
		return 0;
	}
	fhir_xhtml_sax_init(&x, NULL);
	if (fhir_xml_sax_parse(parser ? parser : &own, s, len, "narrative", &handlers, &x, &err) < 0) {
		*why = "narrative is not well-formed XHTML";
		ok = 0;
	} else {
		ok = fhir_xhtml_sax_ok(&x, why);
	}
	fhir_xhtml_sax_done(&x);
	fhir_xml_sax_free(&own);
	return ok;
}

int fhir_xhtml_valid(const char *s, size_t len, const char **why)
{
	return fhir_xhtml_valid_with(NULL, s, len, why);
}
