/*
 * FHIR JSON reader.
 *
 * The bytes first pass json_guard (duplicate keys, depth, huge integers,
 * UTF-8, size), then json-c parses them strictly, then the json-c tree is
 * walked against the FHIR tables. Object members may come in any order
 * (also "resourceType"); they are sorted into definition order, and a
 * primitive's "name" and "_name" members are read together.
 *
 * The walk recurses once per JSON object level, which json_guard has
 * already limited.
 */
#include "fhir_codec.h"

#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "beweegbrug.h"
#include "fhir_node_priv.h"
#include "json_guard.h"

/* One member of a JSON object, resolved to its FHIR element. */
typedef struct member {
	const char *key;
	const char *name;        /* key without a leading '_' */
	json_object *val;
	const fhir_elem *elem;
	const fhir_type *type;
	int underscore;
} member;

static void read_object(fhir_ctx *ctx, fhir_node *node, json_object *obj);

static const char *json_type_word(json_object *v)
{
	switch (json_object_get_type(v)) {
	case json_type_null: return "null";
	case json_type_boolean: return "a boolean";
	case json_type_double: return "a decimal number";
	case json_type_int: return "an integer";
	case json_type_object: return "an object";
	case json_type_array: return "an array";
	case json_type_string: return "a string";
	}
	return "something else";
}

static int cmp_member(const void *a, const void *b)
{
	const member *x = a, *y = b;
	int c;

	if (x->elem->order != y->elem->order)
		return x->elem->order < y->elem->order ? -1 : 1;
	c = strcmp(x->name, y->name);
	if (c)
		return c;
	return x->underscore - y->underscore;
}

/*
 * The primitive value in `v` as text, checking its JSON type against the
 * primitive kind: booleans are JSON booleans, integers JSON integers,
 * decimals JSON numbers (their source text, so "1.50" stays), the rest
 * JSON strings.
 */
static const char *prim_text(fhir_ctx *ctx, const fhir_node *parent, const char *name,
			     long index, const fhir_type *t, json_object *v, size_t *len)
{
	enum json_type jt = json_object_get_type(v);
	const char *want, *text;
	int ok;

	switch ((fhir_prim)t->prim) {
	case FHIR_PRIM_BOOLEAN:
		ok = jt == json_type_boolean;
		want = "true or false";
		break;
	case FHIR_PRIM_INTEGER:
	case FHIR_PRIM_POSITIVEINT:
	case FHIR_PRIM_UNSIGNEDINT:
		ok = jt == json_type_int;
		want = "a JSON integer";
		break;
	case FHIR_PRIM_DECIMAL:
		ok = jt == json_type_int || jt == json_type_double;
		want = "a JSON number";
		break;
	default:
		ok = jt == json_type_string;
		want = "a JSON string";
		break;
	}
	if (!ok) {
		fhir_report(ctx, BB_EINPUT, parent, name, index, "%s must be %s, not %s",
			    fhir_type_name(t), want, json_type_word(v));
		return NULL;
	}
	if (jt == json_type_boolean) {
		*len = json_object_get_boolean(v) ? 4 : 5;
		return json_object_get_boolean(v) ? "true" : "false";
	}
	if (jt == json_type_string) {
		*len = (size_t)json_object_get_string_len(v);
		return json_object_get_string(v);
	}
	/* numbers: json-c gives the source token (a double keeps "1.50") */
	text = json_object_get_string(v);
	*len = text ? strlen(text) : 0;
	return text;
}

/* One primitive item: value `v` and/or id+extensions `x` (either may be NULL). */
static void read_prim_item(fhir_ctx *ctx, fhir_node *node, const member *m, json_object *v,
			   json_object *x, long index)
{
	const char *name = fhir_elem_name_for(m->elem, m->type);
	const char *text = NULL;
	size_t len = 0;
	fhir_node *k;

	if (!v && !x) {
		fhir_report(ctx, BB_EINPUT, node, name, index,
			    "null in both %s and _%s", name, name);
		return;
	}
	if (v) {
		text = prim_text(ctx, node, name, index, m->type, v, &len);
		if (!text)
			return;
	}
	if (x && !json_object_is_type(x, json_type_object)) {
		fhir_report(ctx, BB_EINPUT, node, name, index,
			    "_%s must hold an object (id, extension), not %s", name,
			    json_type_word(x));
		return;
	}
	k = fhir_node_add(ctx, node, m->elem, m->type, text, len);
	if (k && x)
		read_object(ctx, k, x);
}

/* A primitive element: its "name" member `mv` and "_name" member `mx`. */
static void read_prims(fhir_ctx *ctx, fhir_node *node, const member *mv, const member *mx)
{
	const member *m = mv ? mv : mx;
	const char *name = m->name;
	json_object *v = mv ? mv->val : NULL, *x = mx ? mx->val : NULL;
	size_t i, nv = 0, nx = 0, n;

	if (!fhir_elem_is_multiple(m->elem)) {
		if ((v && json_object_is_type(v, json_type_array)) ||
		    (x && json_object_is_type(x, json_type_array))) {
			fhir_report(ctx, BB_EINPUT, node, name, -1, "does not repeat: no array allowed");
			return;
		}
		if ((mv && !v) || (mx && !x)) {
			fhir_report(ctx, BB_EINPUT, node, name, -1,
				    "null is only allowed as padding inside arrays");
			return;
		}
		read_prim_item(ctx, node, m, v, x, -1);
		return;
	}
	if ((mv && !json_object_is_type(v, json_type_array)) ||
	    (mx && !json_object_is_type(x, json_type_array))) {
		fhir_report(ctx, BB_EINPUT, node, name, -1, "repeats: must be an array");
		return;
	}
	if (v)
		nv = json_object_array_length(v);
	if (x)
		nx = json_object_array_length(x);
	if ((mv && nv == 0) || (mx && nx == 0)) {
		fhir_report(ctx, BB_EINPUT, node, name, -1, "empty array");
		return;
	}
	if (mv && mx && nv != nx) {
		fhir_report(ctx, BB_EINPUT, node, name, -1,
			    "%s has %zu items but _%s has %zu (pad with null)", name, nv, name, nx);
		return;
	}
	n = mv ? nv : nx;
	for (i = 0; i < n; i++)
		read_prim_item(ctx, node, m, v ? json_object_array_get_idx(v, i) : NULL,
			       x ? json_object_array_get_idx(x, i) : NULL, (long)i);
}

/* A resource held by an element (contained, Bundle.entry.resource). */
static void read_resource_item(fhir_ctx *ctx, fhir_node *node, const member *m,
			       json_object *o, long index)
{
	json_object *rt;
	const fhir_type *t;
	fhir_node *k;

	if (!json_object_object_get_ex(o, "resourceType", &rt) ||
	    !json_object_is_type(rt, json_type_string)) {
		fhir_report(ctx, BB_EINPUT, node, m->name, index, "resource without resourceType");
		return;
	}
	t = fhir_resource_type(json_object_get_string(rt));
	if (!t) {
		fhir_report(ctx, BB_EINPUT, node, m->name, index,
			    "unknown or unsupported resource type '%s'", json_object_get_string(rt));
		return;
	}
	k = fhir_node_add(ctx, node, m->elem, t, NULL, 0);
	if (k)
		read_object(ctx, k, o);
}

static void read_complex_item(fhir_ctx *ctx, fhir_node *node, const member *m,
			      json_object *o, long index)
{
	fhir_node *k;

	if (!json_object_is_type(o, json_type_object)) {
		fhir_report(ctx, BB_EINPUT, node, m->name, index, "%s must be an object, not %s",
			    fhir_type_name(m->type), json_type_word(o));
		return;
	}
	if (json_object_object_length(o) == 0) {
		fhir_report(ctx, BB_EINPUT, node, m->name, index, "empty object");
		return;
	}
	if (m->type->kind == FHIR_KIND_RESOURCE) {
		read_resource_item(ctx, node, m, o, index);
		return;
	}
	k = fhir_node_add(ctx, node, m->elem, m->type, NULL, 0);
	if (k)
		read_object(ctx, k, o);
}

static void read_complexes(fhir_ctx *ctx, fhir_node *node, const member *m)
{
	size_t i, n;

	if (!fhir_elem_is_multiple(m->elem)) {
		if (json_object_is_type(m->val, json_type_array))
			fhir_report(ctx, BB_EINPUT, node, m->name, -1, "does not repeat: no array allowed");
		else
			read_complex_item(ctx, node, m, m->val, -1);
		return;
	}
	if (!json_object_is_type(m->val, json_type_array)) {
		fhir_report(ctx, BB_EINPUT, node, m->name, -1, "repeats: must be an array");
		return;
	}
	n = json_object_array_length(m->val);
	if (n == 0)
		fhir_report(ctx, BB_EINPUT, node, m->name, -1, "empty array");
	for (i = 0; i < n; i++) {
		json_object *o = json_object_array_get_idx(m->val, i);

		if (!o)
			fhir_report(ctx, BB_EINPUT, node, m->name, (long)i,
				    "null is only allowed in arrays of primitives");
		else
			read_complex_item(ctx, node, m, o, (long)i);
	}
}

/* Resolve the members of `obj` against the type of `node`. */
static size_t collect(fhir_ctx *ctx, fhir_node *node, json_object *obj, member *ms)
{
	const fhir_type *nt = fhir_node_type(node);
	size_t n = 0;
	struct json_object_iterator it = json_object_iter_begin(obj);
	struct json_object_iterator end = json_object_iter_end(obj);

	for (; !json_object_iter_equal(&it, &end); json_object_iter_next(&it)) {
		member *m = &ms[n];

		m->key = json_object_iter_peek_name(&it);
		m->val = json_object_iter_peek_value(&it);
		m->underscore = m->key[0] == '_';
		m->name = m->key + m->underscore;
		if (strcmp(m->key, "resourceType") == 0 && nt->kind == FHIR_KIND_RESOURCE) {
			if (!json_object_is_type(m->val, json_type_string) ||
			    strcmp(json_object_get_string(m->val), fhir_type_name(nt)) != 0)
				fhir_report(ctx, BB_EINPUT, node, "resourceType", -1,
					    "must be \"%s\"", fhir_type_name(nt));
			continue;
		}
		m->elem = fhir_elem_find(nt, m->name, strlen(m->name), &m->type);
		if (!m->elem) {
			fhir_report(ctx, BB_EINPUT, node, m->key, -1, "unknown element '%s' in %s",
				    m->key, fhir_type_name(nt));
			continue;
		}
		if (m->underscore && m->type->kind != FHIR_KIND_PRIMITIVE) {
			fhir_report(ctx, BB_EINPUT, node, m->key, -1,
				    "'%s' is not a primitive element, so '%s' is not allowed",
				    m->name, m->key);
			continue;
		}
		if (m->type->prim == FHIR_PRIM_XHTML && m->underscore) {
			fhir_report(ctx, BB_EINPUT, node, m->key, -1, "the narrative div has no '_div'");
			continue;
		}
		if (!m->val && !m->underscore && !fhir_elem_is_multiple(m->elem)) {
			fhir_report(ctx, BB_EINPUT, node, m->key, -1,
				    "null is only allowed as padding inside arrays");
			continue;
		}
		n++;
	}
	return n;
}

static void read_object(fhir_ctx *ctx, fhir_node *node, json_object *obj)
{
	size_t count = (size_t)json_object_object_length(obj), n, i, j;
	member *ms;

	if (count == 0)
		return;
	ms = calloc(count, sizeof(*ms));
	if (!ms) {
		fhir_report(ctx, BB_ENOMEM, node, NULL, -1, "out of memory");
		return;
	}
	n = collect(ctx, node, obj, ms);
	qsort(ms, n, sizeof(*ms), cmp_member);
	for (i = 0; i < n; i = j) {
		const member *mv = NULL, *mx = NULL;

		/* Members of one element: "x" and "_x", or rival choices. */
		for (j = i; j < n && ms[j].elem == ms[i].elem; j++)
			;
		if (strcmp(ms[i].name, ms[j - 1].name) != 0) {
			fhir_report(ctx, BB_EINPUT, node, ms[j - 1].key, -1,
				    "only one of %s[x] is allowed (also has %s)",
				    fhir_elem_name(ms[i].elem), ms[i].key);
			continue;
		}
		if (ms[i].type->kind != FHIR_KIND_PRIMITIVE) {
			read_complexes(ctx, node, &ms[i]);
			continue;
		}
		if (!ms[i].underscore)
			mv = &ms[i];
		if (ms[j - 1].underscore)
			mx = &ms[j - 1];
		read_prims(ctx, node, mv, mx);
	}
	free(ms);
}

static unsigned offset_line(const char *buf, size_t off)
{
	unsigned line = 1;
	size_t i;

	for (i = 0; i < off; i++)
		if (buf[i] == '\n')
			line++;
	return line;
}

int fhir_read_json(fhir_node **out, const char *buf, size_t len, const char *source,
		   const fhir_limits *lim, diag_list *diags)
{
	fhir_limits def = FHIR_LIMITS_INIT;
	json_guard_error gerr;
	struct json_tokener *tok;
	json_object *root = NULL, *rt;
	const fhir_type *t;
	fhir_node *res = NULL;
	fhir_ctx ctx;
	int rc;

	*out = NULL;
	if (!lim)
		lim = &def;
	memset(&ctx, 0, sizeof(ctx));
	ctx.diags = diags;
	ctx.source = source;
	/* A UTF-8 byte order mark is not JSON, but harmless: skip it. */
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
		buf += 3;
		len -= 3;
	}
	rc = json_guard_check(buf, len, lim->max_bytes, lim->max_depth, &gerr);
	if (rc != 0)
		return diag_add(diags, rc, source, gerr.line, NULL, "%s", gerr.message);
	if (len > 0x7FFFFFFF)
		return diag_add(diags, BB_ETOOBIG, source, 0, NULL, "input too large");
	tok = json_tokener_new_ex((int)(lim->max_depth ? lim->max_depth : JSON_GUARD_MAX_DEPTH) + 1);
	if (!tok)
		return diag_add(diags, BB_ENOMEM, source, 0, NULL, "out of memory");
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
	root = json_tokener_parse_ex(tok, buf, (int)len);
	if (!root || json_tokener_get_error(tok) != json_tokener_success) {
		/* the guard accepts only valid JSON, so this is rare (e.g. out of memory) */
		diag_add(diags, BB_EINPUT, source,
			 offset_line(buf, json_tokener_get_parse_end(tok)), NULL,
			 "invalid JSON: %s",
			 json_tokener_error_desc(json_tokener_get_error(tok)));
		json_tokener_free(tok);
		json_object_put(root);
		return BB_EINPUT;
	}
	json_tokener_free(tok);
	if (!json_object_is_type(root, json_type_object)) {
		json_object_put(root);
		return diag_add(diags, BB_EINPUT, source, 1, NULL, "a FHIR resource must be a JSON object");
	}
	if (!json_object_object_get_ex(root, "resourceType", &rt) ||
	    !json_object_is_type(rt, json_type_string)) {
		json_object_put(root);
		return diag_add(diags, BB_EINPUT, source, 0, NULL, "no \"resourceType\" string");
	}
	t = fhir_resource_type(json_object_get_string(rt));
	if (!t) {
		diag_add(diags, BB_EINPUT, source, 0, "resourceType",
			 "unknown or unsupported resource type '%s'", json_object_get_string(rt));
		json_object_put(root);
		return BB_EINPUT;
	}
	res = fhir_node_new_root(t);
	if (!res) {
		json_object_put(root);
		return diag_add(diags, BB_ENOMEM, source, 0, NULL, "out of memory");
	}
	read_object(&ctx, res, root);
	json_object_put(root);
	return fhir_read_finish(&ctx, res, out);
}
