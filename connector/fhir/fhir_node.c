/*
 * The generic FHIR element tree and its table-checked builder.
 */
#include "fhir_node_priv.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "beweegbrug.h"
#include "fhir_prim.h"
#include "fhir_xhtml.h"

/* ---- small helpers ----------------------------------------------------- */

static fhir_node *top_of(const fhir_node *n)
{
	while (n->parent)
		n = n->parent;
	return (fhir_node *)n;
}

/* Height of a subtree; trees are depth-limited, so the recursion is too. */
static int height_of(const fhir_node *n)
{
	int h = 0;
	size_t i;

	for (i = 0; i < n->nkids; i++) {
		int k = height_of(n->kids[i]);

		if (k > h)
			h = k;
	}
	return h + 1;
}

/* After a subtree moved: its depths follow its new parent. */
static void set_depths(fhir_node *n, unsigned depth)
{
	size_t i;

	n->depth = (uint16_t)depth;
	for (i = 0; i < n->nkids; i++)
		set_depths(n->kids[i], depth + 1);
}

fhir_arena *fhir_node_arena(const fhir_node *n)
{
	return &top_of(n)->root->arena;
}

static inline fhir_node *node_alloc(fhir_arena *a, const fhir_elem *e, const fhir_type *t)
{
	fhir_node *n = fhir_arena_alloc(a, sizeof(*n));

	if (n) {
		memset(n, 0, sizeof(*n));
		n->elem = e;
		n->type = t;
	}
	return n;
}

/*
 * Where a child of element order `order` goes: after the last child whose
 * element comes at or before it. Children are sorted, so equal elements
 * are neighbours and appending in order (what readers do) is O(1).
 */
static size_t insert_pos(const fhir_node *parent, unsigned order)
{
	size_t pos = parent->nkids;

	while (pos > 0 && parent->kids[pos - 1]->elem->order > order)
		pos--;
	return pos;
}

static inline int insert_kid_at(fhir_arena *a, fhir_node *parent, fhir_node *kid, size_t pos)
{
	if (parent->nkids == parent->akids) {
		/* the old array stays in the arena: growth doubles, so at most half is waste */
		uint32_t na = parent->akids ? parent->akids * 2 : 4;
		fhir_node **grown;

		if (na <= parent->akids)
			return -1;
		grown = fhir_arena_alloc(a, na * sizeof(*grown));
		if (!grown)
			return -1;
		if (parent->nkids)
			memcpy(grown, parent->kids, parent->nkids * sizeof(*grown));
		parent->kids = grown;
		parent->akids = na;
	}
	if (pos < parent->nkids)        /* readers append: no call to move nothing */
		memmove(parent->kids + pos + 1, parent->kids + pos,
			(parent->nkids - pos) * sizeof(*parent->kids));
	parent->kids[pos] = kid;
	parent->nkids++;
	kid->parent = parent;
	return 0;
}

static const fhir_node *find_elem(const fhir_node *parent, const fhir_elem *e)
{
	size_t i;

	for (i = 0; i < parent->nkids; i++)
		if (parent->kids[i]->elem == e)
			return parent->kids[i];
	return NULL;
}

static size_t count_elem(const fhir_node *parent, const fhir_elem *e)
{
	size_t i, n = 0;

	for (i = 0; i < parent->nkids; i++)
		if (parent->kids[i]->elem == e)
			n++;
	return n;
}

/* ---- paths and reports ------------------------------------------------- */

/* Position among the siblings of the same element (the [i] in a path). */
static size_t fhir_node_index(const fhir_node *n)
{
	size_t i, idx = 0;

	if (!n || !n->parent)
		return 0;
	for (i = 0; i < n->parent->nkids && n->parent->kids[i] != n; i++)
		if (n->parent->kids[i]->elem == n->elem)
			idx++;
	return idx;
}

/* fhir_node_path appended to `out`; returns 0 or -1 on out-of-memory. */
static int fhir_node_path_buf(strbuf *out, const fhir_node *n)
{
	const fhir_node *chain[FHIR_MAX_DEPTH + 1];
	size_t depth = 0;

	if (!n)
		return 0;
	for (; n && depth < FHIR_MAX_DEPTH + 1; n = n->parent)
		chain[depth++] = n;
	while (depth--) {
		const fhir_node *c = chain[depth];

		if (!c->parent) {
			strbuf_puts(out, fhir_type_name(c->type));
			continue;
		}
		strbuf_printf(out, ".%s", fhir_node_name(c));
		if (fhir_elem_is_multiple(c->elem))
			strbuf_printf(out, "[%zu]", fhir_node_index(c));
	}
	return out->failed ? -1 : 0;
}

char *fhir_node_path(const fhir_node *n)
{
	strbuf b = STRBUF_INIT;

	fhir_node_path_buf(&b, n);
	return strbuf_detach(&b, NULL);
}

void fhir_report(fhir_ctx *ctx, int code, const fhir_node *parent, const char *name,
		 long index, const char *fmt, ...)
{
	strbuf path = STRBUF_INIT;
	va_list ap;

	ctx->errors++;
	if (code == BB_ENOMEM)
		ctx->oom = 1;
	if (!ctx->diags)
		return;
	if (ctx->diags->count >= (ctx->diags->limit ? ctx->diags->limit : 100)) {
		/* the list is full: let it count the problem, skip building the path */
		diag_add(ctx->diags, code, ctx->source, ctx->line, NULL, "(dropped)");
		return;
	}
	if (parent)
		fhir_node_path_buf(&path, parent);
	if (name)
		strbuf_printf(&path, "%s%s", path.len ? "." : "", name);
	if (index >= 0)
		strbuf_printf(&path, "[%ld]", index);
	va_start(ap, fmt);
	diag_addv(ctx->diags, code, ctx->source, ctx->line,
		  path.failed || !path.data ? NULL : path.data, fmt, ap);
	va_end(ap);
	strbuf_free(&path);
}

/* ---- internal construction (readers and builder) ------------------------ */

fhir_node *fhir_node_new_root(const fhir_type *t, size_t hint)
{
	fhir_arena a;
	fhir_root *r;
	fhir_node *n;

	/* the root's bookkeeping and the node itself live in the tree's arena */
	fhir_arena_init(&a, hint);
	r = fhir_arena_alloc(&a, sizeof(*r));
	if (!r) {
		fhir_arena_free(&a);
		return NULL;
	}
	r->diags = NULL;
	r->errors = 0;
	r->arena = a;
	n = node_alloc(&r->arena, NULL, t);
	if (!n) {
		a = r->arena;
		fhir_arena_free(&a);
		return NULL;
	}
	n->root = r;
	n->depth = 1;
	return n;
}

/*
 * The [index] a new item of `e` under `parent` would get, or -1 for a
 * single element. For messages only: counting is O(siblings).
 */
static long new_index(const fhir_node *parent, const fhir_elem *e)
{
	return e && fhir_elem_is_multiple(e) ? (long)count_elem(parent, e) : -1L;
}

/* Is v[0..vlen) a valid value of `t`? Reports at parent.name[index of e]. */
static inline int value_ok(fhir_ctx *ctx, const fhir_node *parent, const fhir_elem *e,
			   const fhir_type *t, const char *v, size_t vlen, int xhtml_checked)
{
	const char *why;
	int ok = ctx->utf8_checked ? fhir_prim_valid_text((fhir_prim)t->prim, v, vlen, &why)
				   : fhir_prim_valid((fhir_prim)t->prim, v, vlen, &why);

	if (!ok) {
		fhir_report(ctx, BB_EINPUT, parent, e ? fhir_elem_name_for(e, t) : NULL,
			    new_index(parent, e), "invalid %s: %s", fhir_type_name(t), why);
		return 0;
	}
	if (t->prim == FHIR_PRIM_XHTML && !xhtml_checked && !fhir_xhtml_valid(v, vlen, &why)) {
		fhir_report(ctx, BB_EINPUT, parent, e ? fhir_elem_name_for(e, t) : NULL,
			    new_index(parent, e), "%s", why);
		return 0;
	}
	return 1;
}

static inline fhir_node *node_add(fhir_ctx *ctx, fhir_node *parent, const fhir_elem *e,
				  const fhir_type *t, const char *v, size_t vlen, int xhtml_checked)
{
	size_t pos = insert_pos(parent, e->order);
	fhir_node *n;

	if (!ctx->arena)
		return NULL;    /* a subtree that was freed (removed from its tree) */

	if (!fhir_elem_is_multiple(e) && pos > 0 && parent->kids[pos - 1]->elem == e) {
		const fhir_node *old = parent->kids[pos - 1];

		if (old->type != t)
			fhir_report(ctx, BB_EINPUT, parent, fhir_elem_name_for(e, t), -1,
				    "only one of %s[x] is allowed (already has %s)",
				    fhir_elem_name(e), fhir_node_name(old));
		else
			fhir_report(ctx, BB_EINPUT, parent, fhir_elem_name_for(e, t), -1,
				    "element does not repeat and is already present");
		return NULL;
	}
	if (parent->elem && fhir_elem_is_attr(parent->elem)) {
		/* XML carries these as attributes, which cannot have children */
		fhir_report(ctx, BB_EINPUT, parent, fhir_elem_name_for(e, t), -1,
			    "an element id or Extension.url cannot have an id or extensions");
		return NULL;
	}
	if (parent->depth >= FHIR_MAX_DEPTH) {
		fhir_report(ctx, BB_EINPUT, parent, fhir_elem_name_for(e, t), new_index(parent, e),
			    "nested more than %d levels deep", FHIR_MAX_DEPTH);
		return NULL;
	}
	if (v && t->kind != FHIR_KIND_PRIMITIVE) {
		fhir_report(ctx, BB_EINPUT, parent, fhir_elem_name_for(e, t), new_index(parent, e),
			    "%s is not a primitive element (type %s)", fhir_elem_name_for(e, t),
			    fhir_type_name(t));
		return NULL;
	}
	if (v && !value_ok(ctx, parent, e, t, v, vlen, xhtml_checked))
		return NULL;
	if (vlen > UINT32_MAX)
		goto oom;
	n = node_alloc(ctx->arena, e, t);
	if (!n)
		goto oom;
	n->depth = (uint16_t)(parent->depth + 1);
	if (v) {
		if (!(n->value = fhir_arena_strndup(ctx->arena, v, vlen)))
			goto oom;
		n->vlen = (uint32_t)vlen;
	}
	if (insert_kid_at(ctx->arena, parent, n, pos) < 0)
		goto oom;
	return n;
oom:
	fhir_report(ctx, BB_ENOMEM, parent, fhir_elem_name_for(e, t), new_index(parent, e),
		    "out of memory");
	return NULL;
}

fhir_node *fhir_node_add(fhir_ctx *ctx, fhir_node *parent, const fhir_elem *e,
			 const fhir_type *t, const char *v, size_t vlen)
{
	return node_add(ctx, parent, e, t, v, vlen, 0);
}

fhir_node *fhir_node_add_checked_xhtml(fhir_ctx *ctx, fhir_node *parent, const fhir_elem *e,
				       const fhir_type *t, const char *v, size_t vlen)
{
	return node_add(ctx, parent, e, t, v, vlen, 1);
}

int fhir_node_set_value(fhir_ctx *ctx, fhir_node *n, const char *v, size_t vlen)
{
	char *copy;

	if (n->type->kind != FHIR_KIND_PRIMITIVE) {
		fhir_report(ctx, BB_EINPUT, n, NULL, -1, "not a primitive element (type %s)",
			    fhir_type_name(n->type));
		return BB_EINPUT;
	}
	if (!value_ok(ctx, n, NULL, n->type, v, vlen, 0))
		return BB_EINPUT;
	copy = vlen <= UINT32_MAX ? fhir_arena_strndup(ctx->arena, v, vlen) : NULL;
	if (!copy) {
		fhir_report(ctx, BB_ENOMEM, n, NULL, -1, "out of memory");
		return BB_ENOMEM;
	}
	n->value = copy;
	n->vlen = (uint32_t)vlen;
	return BB_OK;
}

/* ---- public builder ----------------------------------------------------- */

/* Builder context of the tree `n` is in; counts into its root. */
static fhir_ctx builder_ctx(const fhir_node *n)
{
	fhir_ctx c;
	const fhir_node *top = top_of(n);

	memset(&c, 0, sizeof(c));
	c.diags = top->root ? top->root->diags : NULL;
	c.arena = top->root ? &top->root->arena : NULL;
	return c;
}

static void builder_done(fhir_node *n, const fhir_ctx *c)
{
	fhir_node *top = (fhir_node *)top_of(n);

	if (top->root)
		top->root->errors += c->errors;
}

fhir_node *fhir_resource_new(const char *type, diag_list *diags)
{
	const fhir_type *t = fhir_resource_type(type);
	fhir_node *n;

	if (!t) {
		diag_add(diags, BB_EINPUT, NULL, 0, type, "not a FHIR R4 resource type this codec knows");
		return NULL;
	}
	n = fhir_node_new_root(t, 0);
	if (!n) {
		diag_add(diags, BB_ENOMEM, NULL, 0, type, "out of memory");
		return NULL;
	}
	n->root->diags = diags;
	return n;
}

/* Resolve `name` in the parent's type or report it. */
static const fhir_elem *resolve(fhir_ctx *c, const fhir_node *parent, const char *name,
				const fhir_type **t)
{
	const fhir_elem *e = fhir_elem_find(parent->type, name, strlen(name), t);

	if (!e)
		fhir_report(c, BB_EINPUT, parent, name, -1, "%s has no element '%s'",
			    fhir_type_name(parent->type), name);
	return e;
}

fhir_node *fhir_add(fhir_node *parent, const char *name)
{
	fhir_ctx c;
	const fhir_type *t;
	const fhir_elem *e;
	fhir_node *n = NULL;

	if (!parent || !name)
		return NULL;
	c = builder_ctx(parent);
	e = resolve(&c, parent, name, &t);
	if (e && t->kind == FHIR_KIND_RESOURCE)
		fhir_report(&c, BB_EINPUT, parent, name, -1,
			    "element holds a resource: use fhir_add_resource()");
	else if (e)
		n = fhir_node_add(&c, parent, e, t, NULL, 0);
	builder_done(parent, &c);
	return n;
}

fhir_node *fhir_set(fhir_node *parent, const char *name, const char *value)
{
	fhir_ctx c;
	const fhir_type *t;
	const fhir_elem *e;
	fhir_node *n = NULL;

	if (!parent || !name)
		return NULL;
	c = builder_ctx(parent);
	e = resolve(&c, parent, name, &t);
	if (e && t->kind != FHIR_KIND_PRIMITIVE)
		fhir_report(&c, BB_EINPUT, parent, name, -1,
			    "not a primitive element (type %s)", fhir_type_name(t));
	else if (e && !value)
		fhir_report(&c, BB_EINPUT, parent, name, -1, "no value given");
	else if (e)
		n = fhir_node_add(&c, parent, e, t, value, strlen(value));
	builder_done(parent, &c);
	return n;
}

int fhir_set_value(fhir_node *prim, const char *value)
{
	fhir_ctx c;
	int rc;

	if (!prim)
		return BB_EINVAL;
	c = builder_ctx(prim);
	if (!value) {
		fhir_report(&c, BB_EINPUT, prim, NULL, -1, "no value given");
		rc = BB_EINPUT;
	} else {
		rc = fhir_node_set_value(&c, prim, value, strlen(value));
	}
	builder_done(prim, &c);
	return rc;
}

fhir_node *fhir_extension_add(fhir_node *parent, const char *url)
{
	fhir_node *ext = fhir_add(parent, "extension");

	if (ext && !fhir_set(ext, "url", url)) {
		fhir_node_free(ext);
		return NULL;
	}
	return ext;
}

fhir_node *fhir_add_resource(fhir_node *parent, const char *name, const char *type)
{
	fhir_node *res, *n;

	if (!parent || !name)
		return NULL;
	res = fhir_resource_new(type, NULL);
	if (!res) {
		fhir_ctx c = builder_ctx(parent);

		fhir_report(&c, BB_EINPUT, parent, name, -1, "'%s' is not a resource type",
			    type ? type : "(null)");
		builder_done(parent, &c);
		return NULL;
	}
	n = res;
	if (fhir_attach(parent, name, res) != BB_OK) {
		fhir_node_free(res);
		return NULL;
	}
	return n;
}

int fhir_attach(fhir_node *parent, const char *name, fhir_node *res)
{
	fhir_ctx c;
	const fhir_type *t;
	const fhir_elem *e;
	long index = -1;
	int rc = BB_EINPUT;

	if (!parent || !name || !res || res->parent || !res->root || res == top_of(parent))
		return BB_EINVAL;
	c = builder_ctx(parent);
	e = resolve(&c, parent, name, &t);
	if (!e)
		goto done;
	if (fhir_elem_is_multiple(e))
		index = (long)count_elem(parent, e);
	if (t->kind != FHIR_KIND_RESOURCE) {
		fhir_report(&c, BB_EINPUT, parent, name, index, "element does not hold a resource");
	} else if (!fhir_elem_is_multiple(e) && find_elem(parent, e)) {
		fhir_report(&c, BB_EINPUT, parent, name, -1,
			    "element does not repeat and is already present");
	} else if (parent->depth + height_of(res) > FHIR_MAX_DEPTH) {
		fhir_report(&c, BB_EINPUT, parent, name, index,
			    "nested more than %d levels deep", FHIR_MAX_DEPTH);
	} else {
		res->elem = e;
		if (!c.arena || insert_kid_at(c.arena, parent, res, insert_pos(parent, e->order)) < 0) {
			res->elem = NULL;
			fhir_report(&c, BB_ENOMEM, parent, name, index, "out of memory");
			rc = BB_ENOMEM;
		} else {
			fhir_root *r = res->root;
			fhir_arena moved = r->arena;

			/* res's arena (which holds r itself) now belongs to parent's tree */
			c.errors += r->errors;
			res->root = NULL;
			fhir_arena_adopt(c.arena, &moved);
			set_depths(res, parent->depth + 1u);
			rc = BB_OK;
		}
	}
done:
	builder_done(parent, &c);
	return rc;
}

/*
 * Copy the children of `src` under `dst` (both of the same type, so the
 * element descriptors of `src` are valid for `dst`). Resources inside
 * (contained, Bundle.entry.resource) become resources again. Each child
 * goes through fhir_node_add, so the copy is checked like anything built.
 */
static int copy_kids(fhir_ctx *c, fhir_node *dst, const fhir_node *src)
{
	size_t i;

	for (i = 0; i < src->nkids; i++) {
		const fhir_node *k = src->kids[i];
		fhir_node *n;

		if (k->type->kind == FHIR_KIND_RESOURCE) {
			n = fhir_node_new_root(k->type, 0);
			if (!n || copy_kids(c, n, k) < 0 ||
			    fhir_attach(dst, fhir_elem_name(k->elem), n) != BB_OK) {
				fhir_node_free(n);
				return -1;
			}
			continue;
		}
		n = fhir_node_add(c, dst, k->elem, k->type, k->value, k->vlen);
		if (!n || copy_kids(c, n, k) < 0)
			return -1;
	}
	return 0;
}

fhir_node *fhir_copy_into(fhir_node *parent, const char *name, const fhir_node *src)
{
	fhir_ctx c;
	fhir_node *n;

	if (!parent || !name || !src)
		return NULL;
	if (src->type->kind == FHIR_KIND_RESOURCE)
		n = fhir_add_resource(parent, name, fhir_type_name(src->type));
	else if (src->value)
		n = fhir_set(parent, name, src->value);
	else
		n = fhir_add(parent, name);
	if (!n)
		return NULL;
	if (n->type != src->type) {
		c = builder_ctx(parent);
		fhir_report(&c, BB_EINPUT, parent, name, -1, "cannot copy a %s into %s",
			    fhir_type_name(src->type), fhir_type_name(n->type));
		builder_done(parent, &c);
		fhir_node_free(n);
		return NULL;
	}
	c = builder_ctx(parent);
	if (copy_kids(&c, n, src) < 0) {
		builder_done(parent, &c);
		fhir_node_free(n);
		return NULL;
	}
	builder_done(parent, &c);
	return n;
}

unsigned fhir_errors(const fhir_node *n)
{
	const fhir_node *top;

	if (!n)
		return 0;
	top = top_of(n);
	return top->root ? top->root->errors : 0;
}

void fhir_node_free(fhir_node *n)
{
	if (!n)
		return;
	if (n->parent) {
		/* removed from its tree; its memory goes with the tree's arena */
		fhir_node *p = n->parent;
		size_t i;

		for (i = 0; i < p->nkids && p->kids[i] != n; i++)
			;
		if (i < p->nkids) {
			memmove(p->kids + i, p->kids + i + 1, (p->nkids - i - 1) * sizeof(*p->kids));
			p->nkids--;
		}
		n->parent = NULL;
		return;
	}
	if (n->root) {
		fhir_arena a = n->root->arena;   /* holds n and n->root themselves */

		fhir_arena_free(&a);
	}
}

/* ---- reading ------------------------------------------------------------ */

const char *fhir_node_name(const fhir_node *n)
{
	if (!n)
		return NULL;
	if (!n->elem)
		return fhir_type_name(n->type);
	return fhir_elem_name_for(n->elem, n->type);
}

const char *fhir_node_type_name(const fhir_node *n)
{
	return n ? fhir_type_name(n->type) : NULL;
}

const fhir_type *fhir_node_type(const fhir_node *n)
{
	return n ? n->type : NULL;
}

int fhir_node_is_resource(const fhir_node *n)
{
	return n && n->type->kind == FHIR_KIND_RESOURCE;
}

const char *fhir_value(const fhir_node *n)
{
	return n ? n->value : NULL;
}

/*
 * The children of `parent` that answer to `name` (full name, or a
 * choice's base name): children are sorted by element, so they are
 * kids[*first .. *first + *count), except that a full choice name
 * ("valueQuantity") also needs the type (*type, NULL for any).
 */
static void kids_named(const fhir_node *parent, const char *name, size_t *first, size_t *count,
		       const fhir_type **type)
{
	const fhir_type *t = NULL;
	const fhir_elem *e = fhir_elem_find(parent->type, name, strlen(name), &t);
	size_t lo = 0, hi = parent->nkids, end;

	*first = *count = 0;
	*type = NULL;
	if (!e) {
		e = fhir_elem_by_base(parent->type, name);
		if (!e || !fhir_elem_is_choice(e))
			return;         /* no such element */
	} else if (fhir_elem_is_choice(e)) {
		*type = t;
	}
	while (lo < hi) {       /* the first child at or after e */
		size_t mid = lo + (hi - lo) / 2;

		if (parent->kids[mid]->elem->order < e->order)
			lo = mid + 1;
		else
			hi = mid;
	}
	/*
	 * The first child after e, also by halving: a walk made every
	 * fhir_get(bundle, "entry", i) cost the number of entries, and a loop
	 * over the entries their square (an element's order is unique in its
	 * type, so the children of e are exactly those of its order).
	 */
	end = lo;
	hi = parent->nkids;
	while (end < hi) {
		size_t mid = end + (hi - end) / 2;

		if (parent->kids[mid]->elem->order <= e->order)
			end = mid + 1;
		else
			hi = mid;
	}
	*first = lo;
	*count = end - lo;
}

fhir_node *fhir_get(const fhir_node *parent, const char *name, size_t index)
{
	const fhir_type *t;
	size_t first, count, i;

	if (!parent || !name)
		return NULL;
	kids_named(parent, name, &first, &count, &t);
	if (!t)
		return index < count ? parent->kids[first + index] : NULL;
	for (i = first; i < first + count; i++)
		if (parent->kids[i]->type == t && index-- == 0)
			return parent->kids[i];
	return NULL;
}

const char *fhir_get_value(const fhir_node *parent, const char *name, size_t index)
{
	return fhir_value(fhir_get(parent, name, index));
}

size_t fhir_count(const fhir_node *parent, const char *name)
{
	const fhir_type *t;
	size_t first, count, i, n = 0;

	if (!parent || !name)
		return 0;
	kids_named(parent, name, &first, &count, &t);
	if (!t)
		return count;
	for (i = first; i < first + count; i++)
		n += parent->kids[i]->type == t;
	return n;
}

size_t fhir_child_count(const fhir_node *n)
{
	return n ? n->nkids : 0;
}

fhir_node *fhir_child(const fhir_node *n, size_t i)
{
	if (!n || i >= n->nkids)
		return NULL;
	return n->kids[i];
}

fhir_node *fhir_parent(const fhir_node *n)
{
	return n ? n->parent : NULL;
}

/* ---- fhir_check ---------------------------------------------------------- */

static void check_node(fhir_ctx *c, const fhir_node *n)
{
	size_t i;

	if (n->type->kind == FHIR_KIND_PRIMITIVE) {
		if (!n->value && !find_elem(n, fhir_elem_by_base(n->type, "extension")))
			fhir_report(c, BB_EINPUT, n, NULL, -1, "has neither a value nor an extension");
	} else if (n->nkids == 0 && n->type->kind != FHIR_KIND_RESOURCE) {
		fhir_report(c, BB_EINPUT, n, NULL, -1, "empty element");
	} else {
		/* a type's elements are one run of the table: no call per element */
		const fhir_elem *elems = fhir_type_elem(n->type, 0);
		const char *tname = fhir_type_name(n->type);

		for (i = 0; i < n->type->elem_count; i++) {
			const fhir_elem *e = &elems[i];

			if ((e->flags & FHIR_E_REQUIRED) && !find_elem(n, e))
				fhir_report(c, BB_EINPUT, n, fhir_elem_name(e), -1,
					    "required element is missing");
		}
		/* ext-1: an extension has a value or nested extensions, not both */
		if (tname[0] == 'E' && strcmp(tname, "Extension") == 0) {
			int has_value = find_elem(n, fhir_elem_by_base(n->type, "value")) != NULL;
			int has_ext = find_elem(n, fhir_elem_by_base(n->type, "extension")) != NULL;

			if (has_value == has_ext)
				fhir_report(c, BB_EINPUT, n, NULL, -1,
					    "an extension needs either a value[x] or extensions, not both (ext-1)");
		}
	}
	for (i = 0; i < n->nkids; i++)
		check_node(c, n->kids[i]);
}

int fhir_check(const fhir_node *res, const char *source, diag_list *diags)
{
	fhir_ctx c;

	if (!res)
		return BB_EINVAL;
	memset(&c, 0, sizeof(c));
	c.diags = diags;
	c.source = source;
	check_node(&c, res);
	return c.errors ? BB_EINPUT : BB_OK;
}

int fhir_read_finish(fhir_ctx *ctx, fhir_node *res, fhir_node **out)
{
	if (!ctx->errors && fhir_check(res, ctx->source, ctx->diags) != BB_OK)
		ctx->errors = 1;
	if (ctx->errors) {
		fhir_node_free(res);
		return ctx->oom ? BB_ENOMEM : BB_EINPUT;
	}
	*out = res;
	return BB_OK;
}

int fhir_node_has_content(const fhir_node *n)
{
	size_t i;

	if (n->value || n->type->kind == FHIR_KIND_RESOURCE)
		return 1;
	for (i = 0; i < n->nkids; i++)
		if (fhir_node_has_content(n->kids[i]))
			return 1;
	return 0;
}
