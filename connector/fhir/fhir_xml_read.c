/*
 * FHIR XML reader: libxml2's SAX2 events (fhir_xmlsafe.c) straight into
 * the FHIR tree. libxml2 builds no document of its own, and the narrative
 * div is checked and serialised as it streams past (fhir_xhtml.c).
 *
 * Checked here, each problem reported with its line and FHIR path:
 * namespace http://hl7.org/fhir (XHTML for the narrative div); known
 * elements; definition order, as the official XSD requires; only the
 * attributes FHIR defines (value on primitives, id on elements, url on
 * Extension); no text outside the narrative; a primitive has a value or
 * extensions. An element that cannot be read is skipped with everything
 * in it, and reading goes on. Problems are only reported when the input
 * is well-formed XML; otherwise the parser's error is the one reported.
 * Nesting: libxml2 stops at 256 levels, the tree builder at FHIR_MAX_DEPTH.
 */
#include "fhir_codec.h"

#include <stdlib.h>
#include <string.h>

#include "beweegbrug.h"
#include "fhir_node_priv.h"
#include "fhir_reader_priv.h"
#include "fhir_xhtml.h"
#include "fhir_xmlsafe.h"

#define FHIR_NS "http://hl7.org/fhir"

typedef enum frame_kind {
	F_NODE,         /* a FHIR element: its node is being filled */
	F_WRAPPER,      /* <contained>, <resource>: holds one resource */
	F_NARRATIVE,    /* the XHTML div, being captured */
	F_SKIP          /* an element (and all inside it) not read */
} frame_kind;

typedef struct fhir_xml_frame {
	frame_kind kind;
	fhir_node *node;        /* F_NODE: the node; F_WRAPPER: its parent */
	const fhir_elem *last;  /* F_NODE: last element read in order */
	const fhir_elem *elem;  /* F_WRAPPER, F_NARRATIVE: the element */
	const fhir_type *type;  /* F_NARRATIVE: xhtml */
	unsigned line;          /* where the start tag was */
	int has_value;          /* F_NODE: a value attribute was read */
	int inner;              /* F_WRAPPER: resources seen */
	int text_reported;      /* text in the wrong place, already said */
} frame;

typedef struct reader {
	fhir_ctx ctx;
	fhir_node *res;         /* the root, once its start tag was read */
	frame *frames;
	size_t depth, aframes;
	fhir_xhtml_sax xhtml;   /* the div being captured */
	strbuf div;
	/* a problem with the root element, reported after the parse */
	char root_problem[160];
	size_t root_problem_len;
	unsigned root_line;
	size_t hint;            /* arena size hint */
	size_t doc_len;         /* bytes of XML being read */
	const xmlChar *fhir_ns; /* libxml2's interned copy of FHIR_NS, once seen */
} reader;

static reader *rd_of(void *ctx)
{
	return fhir_xml_sax_of(ctx)->user;
}

static int is_ns(const xmlChar *uri, const char *ns)
{
	return uri && strcmp((const char *)uri, ns) == 0;
}

/* Is `uri` the FHIR namespace? libxml2 interns names, so mostly a pointer compare. */
static int is_fhir(reader *r, const xmlChar *uri)
{
	if (uri && uri == r->fhir_ns)
		return 1;
	if (!is_ns(uri, FHIR_NS))
		return 0;
	r->fhir_ns = uri;
	return 1;
}

static inline frame *push(reader *r, frame_kind kind, unsigned line)
{
	frame *f;

	if (r->depth == r->aframes) {
		size_t na = r->aframes ? r->aframes * 2 : 32;
		frame *grown = realloc(r->frames, na * sizeof(*grown));

		if (!grown)
			return NULL;
		r->frames = grown;
		r->aframes = na;
	}
	f = &r->frames[r->depth++];
	memset(f, 0, sizeof(*f));
	f->kind = kind;
	f->line = line;
	return f;
}

static void oom(reader *r, void *ctx)
{
	fhir_report(&r->ctx, BB_ENOMEM, NULL, NULL, -1, "out of memory");
	fhir_xml_sax_stop(ctx);
}

/* ---- start tags ------------------------------------------------------------ */

/*
 * An attribute's value as text: straight from libxml2's buffer, or, when
 * it holds the "&#38;" libxml2 leaves for '&', decoded into `tmp`.
 */
static inline const char *attr_text(const xmlChar **a, strbuf *tmp, size_t *len)
{
	const xmlChar *v = a[3], *end = a[4];

	if (!memchr(v, '&', (size_t)(end - v))) {
		*len = (size_t)(end - v);
		return (const char *)v;
	}
	strbuf_reset(tmp);
	fhir_xml_attr_value(tmp, v, end);
	*len = tmp->len;
	return tmp->failed ? NULL : tmp->data ? tmp->data : "";
}

/* The attributes of a FHIR element: value, id, url where the type has them. */
static int read_attrs(reader *r, fhir_node *k, int nb_attributes, const xmlChar **attributes,
		      int *has_value)
{
	const fhir_type *t = k->type;
	const xmlChar **value = NULL;
	int i, ok = 1;
	strbuf tmp = STRBUF_INIT;

	for (i = 0; i < nb_attributes; i++) {
		const xmlChar **a = attributes + 5 * i;
		const char *name = (const char *)a[0], *text;
		const fhir_type *at_type;
		const fhir_elem *e;
		size_t len;

		if (a[1]) {
			fhir_report(&r->ctx, BB_EINPUT, k, NULL, -1, "attribute %s:%s is not allowed",
				    (const char *)a[1], name);
			ok = 0;
			continue;
		}
		/* "value", compared inline: this runs for every primitive */
		if (name[0] == 'v' && name[1] == 'a' && name[2] == 'l' && name[3] == 'u' &&
		    name[4] == 'e' && name[5] == '\0' && t->kind == FHIR_KIND_PRIMITIVE) {
			value = a;      /* set after the other attributes, as before */
			continue;
		}
		e = fhir_elem_find_z(t, name, &at_type);
		if (!e || !fhir_elem_is_attr(e)) {
			fhir_report(&r->ctx, BB_EINPUT, k, NULL, -1, "attribute '%s' is not allowed here",
				    name);
			ok = 0;
		} else if (!(text = attr_text(a, &tmp, &len))) {
			fhir_report(&r->ctx, BB_ENOMEM, k, NULL, -1, "out of memory");
			ok = 0;
		} else if (!fhir_node_add(&r->ctx, k, e, at_type, text, len)) {
			ok = 0;
		}
	}
	if (ok && value) {
		const char *text;
		size_t len;

		*has_value = 1;
		if (!(text = attr_text(value, &tmp, &len)))
			fhir_report(&r->ctx, BB_ENOMEM, k, NULL, -1, "out of memory");
		else
			fhir_node_set_value(&r->ctx, k, text, len);
	}
	if (tmp.data)           /* only an attribute holding '&' needed it */
		strbuf_free(&tmp);
	return ok;
}

static void start_root(reader *r, void *ctx, const xmlChar *localname, const xmlChar *uri,
		       int nb_attributes, unsigned line)
{
	const fhir_type *t = fhir_resource_type((const char *)localname);
	frame *f;

	if (!is_fhir(r, uri) || !t) {
		int n = snprintf(r->root_problem, sizeof(r->root_problem),
				 is_fhir(r, uri) ? "<%s> is not a FHIR resource this codec knows"
						     : "<%s> is not in the FHIR namespace " FHIR_NS,
				 (const char *)localname);

		r->root_problem_len = n > 0 ? (size_t)n : 1;
		r->root_line = line;
		if (!push(r, F_SKIP, line))
			oom(r, ctx);
		return;
	}
	r->res = fhir_node_new_root(t, r->hint);
	if (!r->res || !(f = push(r, F_NODE, line))) {
		oom(r, ctx);
		return;
	}
	r->ctx.arena = fhir_node_arena(r->res);
	f->node = r->res;
	if (nb_attributes)
		fhir_report(&r->ctx, BB_EINPUT, r->res, NULL, -1, "attributes are not allowed on a resource");
}

/* The element inside <contained>, <resource>: a resource. */
static void start_wrapped(reader *r, void *ctx, frame *w, const xmlChar *localname,
			  const xmlChar *uri, int nb_attributes, unsigned line)
{
	const char *wname = fhir_elem_name(w->elem);
	const fhir_type *t;
	fhir_node *k;
	frame *f;

	if (w->inner++) {
		fhir_report(&r->ctx, BB_EINPUT, w->node, wname, -1, "holds more than one resource");
		if (!push(r, F_SKIP, line))
			oom(r, ctx);
		return;
	}
	t = fhir_resource_type((const char *)localname);
	if (!t || !is_fhir(r, uri)) {
		fhir_report(&r->ctx, BB_EINPUT, w->node, wname, -1,
			    "<%s> is not a FHIR resource this codec knows", (const char *)localname);
		if (!push(r, F_SKIP, line))
			oom(r, ctx);
		return;
	}
	k = fhir_node_add(&r->ctx, w->node, w->elem, t, NULL, 0);
	if (!(f = push(r, k ? F_NODE : F_SKIP, line))) {
		oom(r, ctx);
		return;
	}
	f->node = k;
	if (k && nb_attributes)
		fhir_report(&r->ctx, BB_EINPUT, k, NULL, -1, "attributes are not allowed on a resource");
}

/* The narrative div of `node` (element e, type t) starts: its frame and buffer. */
static frame *start_narrative(reader *r, void *ctx, fhir_node *node, const fhir_elem *e,
			      const fhir_type *t, unsigned line)
{
	frame *f = push(r, F_NARRATIVE, line);

	if (!f) {
		oom(r, ctx);
		return NULL;
	}
	f->node = node;
	f->elem = e;
	f->type = t;
	strbuf_reset(&r->div);
	/*
	 * Room for a div as long as the whole document, up to 64 KB, at once:
	 * doubling from 64 bytes took six reallocs (and copies) for a
	 * narrative of a few KB, 0.5% of reading one of the R4 examples.
	 */
	if (r->div.alloc < r->doc_len && r->div.alloc < 65536)
		strbuf_grow(&r->div, r->doc_len < 65536 ? r->doc_len : 65536);
	fhir_xhtml_sax_init(&r->xhtml, &r->div);
	return f;
}

static void ev_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
		     const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
		     int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
	reader *r = rd_of(ctx);
	unsigned line = fhir_xml_sax_line(ctx);
	const char *name = (const char *)localname;
	frame *p, *f;
	fhir_node *node, *k;
	const fhir_elem *e;
	const fhir_type *t;

	(void)nb_defaulted;
	r->ctx.line = line;
	if (r->depth == 0) {
		start_root(r, ctx, localname, uri, nb_attributes, line);
		return;
	}
	p = &r->frames[r->depth - 1];
	switch (p->kind) {
	case F_SKIP:
		if (!push(r, F_SKIP, line))
			oom(r, ctx);
		return;
	case F_NARRATIVE:
		fhir_xhtml_sax_start(&r->xhtml, ctx, localname, prefix, uri, nb_namespaces, namespaces,
				     nb_attributes, attributes);
		if (!push(r, F_NARRATIVE, line))
			oom(r, ctx);
		return;
	case F_WRAPPER:
		start_wrapped(r, ctx, p, localname, uri, nb_attributes, line);
		return;
	case F_NODE:
		break;
	}
	node = p->node;
	e = fhir_elem_find_z(node->type, name, &t);
	if (!e || fhir_elem_is_attr(e)) {
		fhir_report(&r->ctx, BB_EINPUT, node, name, -1, e ?
			    "'%s' must be an attribute, not an element" : "unknown element '%s'", name);
		goto skip;
	}
	if (t->prim != FHIR_PRIM_XHTML && !is_fhir(r, uri)) {
		fhir_report(&r->ctx, BB_EINPUT, node, name, -1,
			    "element is not in the FHIR namespace " FHIR_NS);
		goto skip;
	}
	if (p->last && e->order < p->last->order) {
		/* still read it: its own problems are worth reporting too */
		fhir_report(&r->ctx, BB_EINPUT, node, name,
			    fhir_elem_is_multiple(e) ? (long)fhir_count(node, name) : -1,
			    "element out of order: <%s> must come before <%s>", name,
			    fhir_elem_name(p->last));
	} else {
		p->last = e;
	}
	if (t->prim == FHIR_PRIM_XHTML) {
		if (!is_ns(uri, FHIR_XHTML_NS)) {
			fhir_report(&r->ctx, BB_EINPUT, node, "div", -1,
				    "the narrative div must be in the XHTML namespace");
			goto skip;
		}
		if (!start_narrative(r, ctx, node, e, t, line))
			return;
		fhir_xhtml_sax_start(&r->xhtml, ctx, localname, prefix, uri, nb_namespaces, namespaces,
				     nb_attributes, attributes);
		return;
	}
	if (t->kind == FHIR_KIND_RESOURCE) {
		if (nb_attributes)
			fhir_report(&r->ctx, BB_EINPUT, node, name, -1,
				    "attributes are not allowed on a resource container");
		if (!(f = push(r, F_WRAPPER, line))) {
			oom(r, ctx);
			return;
		}
		f->node = node;
		f->elem = e;
		return;
	}
	k = fhir_node_add(&r->ctx, node, e, t, NULL, 0);
	if (!k)
		goto skip;
	if (!(f = push(r, F_NODE, line))) {
		oom(r, ctx);
		return;
	}
	f->node = k;
	if (!read_attrs(r, k, nb_attributes, attributes, &f->has_value))
		f->kind = F_SKIP;       /* nothing inside is read, as before */
	return;
skip:
	if (!push(r, F_SKIP, line))
		oom(r, ctx);
}

/* ---- end tags, text ----------------------------------------------------------- */

static void end_narrative(reader *r, frame *f)
{
	const char *why;

	r->ctx.line = f->line;
	if (!fhir_xhtml_sax_ok(&r->xhtml, &why))
		fhir_report(&r->ctx, r->div.failed ? BB_ENOMEM : BB_EINPUT, f->node, "div", -1, "%s", why);
	else
		fhir_node_add_checked_xhtml(&r->ctx, f->node, f->elem, f->type, r->div.data, r->div.len);
	fhir_xhtml_sax_done(&r->xhtml);
}

static void ev_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
	reader *r = rd_of(ctx);
	frame *f;

	(void)uri;
	if (r->depth == 0)
		return;
	f = &r->frames[--r->depth];
	switch (f->kind) {
	case F_NARRATIVE:
		fhir_xhtml_sax_end(&r->xhtml, localname, prefix);
		if (r->depth == 0 || r->frames[r->depth - 1].kind != F_NARRATIVE)
			end_narrative(r, f);
		break;
	case F_WRAPPER:
		if (!f->inner) {
			r->ctx.line = f->line;
			fhir_report(&r->ctx, BB_EINPUT, f->node, fhir_elem_name(f->elem), -1,
				    "holds no resource");
		}
		break;
	case F_NODE:
		if (f->node->type->kind == FHIR_KIND_PRIMITIVE && !f->has_value &&
		    !fhir_get(f->node, "extension", 0)) {
			r->ctx.line = f->line;
			fhir_report(&r->ctx, BB_EINPUT, f->node, NULL, -1,
				    "has neither a value attribute nor an extension");
		}
		break;
	case F_SKIP:
		break;
	}
}

static void ev_text(void *ctx, const xmlChar *ch, int len)
{
	reader *r = rd_of(ctx);
	frame *f;

	if (r->depth == 0)
		return;
	f = &r->frames[r->depth - 1];
	switch (f->kind) {
	case F_NARRATIVE:
		fhir_xhtml_sax_text(&r->xhtml, ch, len);
		return;
	case F_SKIP:
		return;
	case F_NODE:
	case F_WRAPPER:
		if (f->text_reported || fhir_xml_blank(ch, len))
			return;
		f->text_reported = 1;
		r->ctx.line = fhir_xml_sax_line(ctx);
		if (f->kind == F_WRAPPER)
			fhir_report(&r->ctx, BB_EINPUT, f->node, fhir_elem_name(f->elem), -1,
				    "text is not allowed here");
		else
			fhir_report(&r->ctx, BB_EINPUT, f->node, NULL, -1,
				    "text is not allowed here (FHIR uses value attributes)");
		return;
	}
}

static void ev_comment(void *ctx, const xmlChar *value)
{
	reader *r = rd_of(ctx);

	if (r->depth && r->frames[r->depth - 1].kind == F_NARRATIVE)
		fhir_xhtml_sax_comment(&r->xhtml, value);
}

static void ev_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
	reader *r = rd_of(ctx);

	if (r->depth && r->frames[r->depth - 1].kind == F_NARRATIVE)
		fhir_xhtml_sax_pi(&r->xhtml, target, data);
}

/* ---- entry point --------------------------------------------------------------- */

/*
 * The comment handler stays for the whole parse, though comments are kept
 * only inside a narrative: libxml2 2.9 checks a comment's length (at most
 * 10,000,000 bytes) and quotes it in its errors only when it copies it
 * for a handler, so without one a longer comment would be let through.
 */
static const xmlSAXHandler handlers = {
	.startElementNs = ev_start,
	.endElementNs = ev_end,
	.characters = ev_text,
	.ignorableWhitespace = ev_text,
	.comment = ev_comment,
	.processingInstruction = ev_pi,
};

/* Copy the problems found while reading into the caller's list. */
static void pass_on(diag_list *to, const diag_list *from)
{
	size_t i;

	for (i = 0; i < from->count; i++) {
		const diag_entry *e = &from->items[i];

		diag_add(to, e->code, e->source, e->line, e->path, "%s", e->message);
	}
}

int fhir_read_xml(fhir_node **out, const char *buf, size_t len, const char *source,
		  const fhir_limits *lim, diag_list *diags)
{
	fhir_reader rd = FHIR_READER_INIT;
	int rc = fhir_read_xml_with(&rd, out, buf, len, source, lim, diags);

	fhir_reader_release(&rd);
	return rc;
}

int fhir_read_xml_with(fhir_reader *rd, fhir_node **out, const char *buf, size_t len,
		       const char *source, const fhir_limits *lim, diag_list *diags)
{
	size_t max = lim && lim->max_bytes ? lim->max_bytes : BB_MAX_INPUT;
	fhir_xml_error err;
	diag_list found = DIAG_LIST_INIT;
	reader r;
	int rc;

	*out = NULL;
	if (len > max)
		return diag_add(diags, BB_ETOOBIG, source, 0, NULL,
				"input of %zu bytes exceeds the limit of %zu bytes", len, max);
	memset(&r, 0, sizeof(r));
	/* the element stack and the narrative's buffer, from the last document */
	r.frames = rd->frames;
	r.aframes = rd->aframes;
	r.div = rd->div;
	strbuf_reset(&r.div);
	/* problems wait in `found` until the XML is known to be well-formed */
	found.limit = diags ? diags->limit : 0;
	r.ctx.diags = diags ? &found : NULL;
	r.ctx.source = source;
	r.ctx.utf8_checked = 1;         /* libxml2 checked every byte */
	r.hint = len + len / 2;
	r.doc_len = len;
	rc = fhir_xml_sax_parse(&rd->sax, buf, len, source, &handlers, &r, &err);
	fhir_xhtml_sax_done(&r.xhtml);
	rd->frames = r.frames;
	rd->aframes = r.aframes;
	rd->div = r.div;
	fhir_reader_trim(rd);
	if (rc < 0 || r.ctx.oom) {
		fhir_node_free(r.res);
		diag_free(&found);
		if (rc < 0)
			return diag_add(diags, err.too_big ? BB_ETOOBIG : BB_EINPUT, source, err.line,
					NULL, "%s", err.message);
		return diag_add(diags, BB_ENOMEM, source, 0, NULL, "out of memory");
	}
	if (r.root_problem_len) {
		diag_free(&found);
		return diag_add(diags, BB_EINPUT, source, r.root_line, NULL, "%s", r.root_problem);
	}
	pass_on(diags, &found);
	diag_free(&found);
	r.ctx.diags = diags;
	if (!r.res)
		return diag_add(diags, BB_EINPUT, source, 0, NULL, "no FHIR resource");
	return fhir_read_finish(&r.ctx, r.res, out);
}
