/*
 * FHIR JSON reader.
 *
 * json-c parses the text (strictly, depth-limited), and the json-c tree
 * is walked against the FHIR tables. What json-c does not check is
 * checked around it, so that exactly the texts fhir_json_guard_check accepts
 * are read:
 *   - before: fhir_json_guard_scan, one flat pass over the bytes (tokens,
 *     strings, UTF-8, integers of at most 18 digits) that also counts the
 *     object members in the text;
 *   - after: the walk counts the members json-c kept; fewer means a
 *     duplicate key (json-c keeps the last one).
 * Whenever anything is wrong or uncertain, fhir_json_guard_check runs after
 * all, and when it refuses the text its message is the one reported
 * (the same message as when it ran on every input).
 *
 * Object members may come in any order (also "resourceType"); they are
 * sorted into definition order, and a primitive's "name" and "_name"
 * members are read together. The walk recurses once per JSON object
 * level, which the depth limit bounds.
 */
#include "fhir_codec.h"

#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "beweegbrug.h"
#include "fhir_node_priv.h"
#include "fhir_reader_priv.h"
#include "fhir_xhtml.h"
#include "json_guard.h"

/* One member of a JSON object, resolved to its FHIR element. */
typedef struct fhir_json_member {
	const char *key;
	const char *name;        /* key without a leading '_' */
	json_object *val;
	const fhir_elem *elem;
	const fhir_type *type;
	int underscore;
} member;

typedef struct jr {
	fhir_ctx ctx;
	member *ms;             /* a stack: each open object's members */
	size_t nms, ams;
	size_t keys;            /* members of the objects walked */
	fhir_xml_sax *xhtml;    /* parser for the narratives, made on first use */
} jr;

static void read_object(jr *r, fhir_node *node, json_object *obj);

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

/* Decimal text of v into buf (at least 21 bytes); returns its length. */
static size_t int_text(char *buf, int64_t v)
{
	char tmp[24];
	size_t n = 0, i = 0;
	uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;

	do {
		tmp[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		buf[i++] = '-';
	while (n)
		buf[i++] = tmp[--n];
	buf[i] = '\0';
	return i;
}

/*
 * The primitive value in `v` as text, checking its JSON type against the
 * primitive kind: booleans are JSON booleans, integers JSON integers,
 * decimals JSON numbers (their source text, so "1.50" stays), the rest
 * JSON strings. `num` holds the text of an integer.
 */
static const char *prim_text(jr *r, const fhir_node *parent, const char *name, long index,
			     const fhir_type *t, json_object *v, size_t *len, char *num)
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
		fhir_report(&r->ctx, BB_EINPUT, parent, name, index, "%s must be %s, not %s",
			    fhir_type_name(t), want, json_type_word(v));
		return NULL;
	}
	switch (jt) {
	case json_type_boolean:
		*len = json_object_get_boolean(v) ? 4 : 5;
		return json_object_get_boolean(v) ? "true" : "false";
	case json_type_string:
		*len = (size_t)json_object_get_string_len(v);
		return json_object_get_string(v);
	case json_type_int:
		/* at most 18 digits (checked), so exactly the source's */
		*len = int_text(num, json_object_get_int64(v));
		return num;
	default:
		/* json-c keeps a parsed number's source text ("1.50") as its userdata */
		text = json_object_get_userdata(v);
		if (!text)
			text = json_object_get_string(v);
		*len = text ? strlen(text) : 0;
		return text;
	}
}

/* One primitive item: value `v` and/or id+extensions `x` (either may be NULL). */
static void read_prim_item(jr *r, fhir_node *node, const member *m, json_object *v,
			   json_object *x, long index)
{
	const char *name = m->name;     /* what fhir_elem_name_for(m->elem, m->type) gives */
	const char *text = NULL;
	char num[24];
	size_t len = 0;
	fhir_node *k;

	if (!v && !x) {
		fhir_report(&r->ctx, BB_EINPUT, node, name, index,
			    "null in both %s and _%s", name, name);
		return;
	}
	if (v) {
		text = prim_text(r, node, name, index, m->type, v, &len, num);
		if (!text)
			return;
	}
	if (x && !json_object_is_type(x, json_type_object)) {
		fhir_report(&r->ctx, BB_EINPUT, node, name, index,
			    "_%s must hold an object (id, extension), not %s", name,
			    json_type_word(x));
		return;
	}
	if (text && m->type->prim == FHIR_PRIM_XHTML) {
		const char *why;

		/* one parser for every narrative of the document */
		if (!fhir_xhtml_valid_with(r->xhtml, text, len, &why)) {
			fhir_report(&r->ctx, BB_EINPUT, node, name, index, "%s", why);
			return;
		}
		k = fhir_node_add_checked_xhtml(&r->ctx, node, m->elem, m->type, text, len);
	} else {
		k = fhir_node_add(&r->ctx, node, m->elem, m->type, text, len);
	}
	if (k && x)
		read_object(r, k, x);
}

/* A primitive element: its "name" member `mv` and "_name" member `mx`. */
static void read_prims(jr *r, fhir_node *node, const member *mv, const member *mx)
{
	const member *m = mv ? mv : mx;
	const char *name = m->name;
	json_object *v = mv ? mv->val : NULL, *x = mx ? mx->val : NULL;
	size_t i, nv = 0, nx = 0, n;

	if (!fhir_elem_is_multiple(m->elem)) {
		if ((v && json_object_is_type(v, json_type_array)) ||
		    (x && json_object_is_type(x, json_type_array))) {
			fhir_report(&r->ctx, BB_EINPUT, node, name, -1, "does not repeat: no array allowed");
			return;
		}
		if ((mv && !v) || (mx && !x)) {
			fhir_report(&r->ctx, BB_EINPUT, node, name, -1,
				    "null is only allowed as padding inside arrays");
			return;
		}
		read_prim_item(r, node, m, v, x, -1);
		return;
	}
	if ((mv && !json_object_is_type(v, json_type_array)) ||
	    (mx && !json_object_is_type(x, json_type_array))) {
		fhir_report(&r->ctx, BB_EINPUT, node, name, -1, "repeats: must be an array");
		return;
	}
	if (v)
		nv = json_object_array_length(v);
	if (x)
		nx = json_object_array_length(x);
	if ((mv && nv == 0) || (mx && nx == 0)) {
		fhir_report(&r->ctx, BB_EINPUT, node, name, -1, "empty array");
		return;
	}
	if (mv && mx && nv != nx) {
		fhir_report(&r->ctx, BB_EINPUT, node, name, -1,
			    "%s has %zu items but _%s has %zu (pad with null)", name, nv, name, nx);
		return;
	}
	n = mv ? nv : nx;
	for (i = 0; i < n; i++)
		read_prim_item(r, node, m, v ? json_object_array_get_idx(v, i) : NULL,
			       x ? json_object_array_get_idx(x, i) : NULL, (long)i);
}

/* A resource held by an element (contained, Bundle.entry.resource). */
static void read_resource_item(jr *r, fhir_node *node, const member *m, json_object *o,
			       long index)
{
	json_object *rt;
	const fhir_type *t;
	fhir_node *k;

	if (!json_object_object_get_ex(o, "resourceType", &rt) ||
	    !json_object_is_type(rt, json_type_string)) {
		fhir_report(&r->ctx, BB_EINPUT, node, m->name, index, "resource without resourceType");
		return;
	}
	t = fhir_resource_type(json_object_get_string(rt));
	if (!t) {
		fhir_report(&r->ctx, BB_EINPUT, node, m->name, index,
			    "unknown or unsupported resource type '%s'", json_object_get_string(rt));
		return;
	}
	k = fhir_node_add(&r->ctx, node, m->elem, t, NULL, 0);
	if (k)
		read_object(r, k, o);
}

static void read_complex_item(jr *r, fhir_node *node, const member *m, json_object *o,
			      long index)
{
	fhir_node *k;

	if (!json_object_is_type(o, json_type_object)) {
		fhir_report(&r->ctx, BB_EINPUT, node, m->name, index, "%s must be an object, not %s",
			    fhir_type_name(m->type), json_type_word(o));
		return;
	}
	if (json_object_object_length(o) == 0) {
		fhir_report(&r->ctx, BB_EINPUT, node, m->name, index, "empty object");
		return;
	}
	if (m->type->kind == FHIR_KIND_RESOURCE) {
		read_resource_item(r, node, m, o, index);
		return;
	}
	k = fhir_node_add(&r->ctx, node, m->elem, m->type, NULL, 0);
	if (k)
		read_object(r, k, o);
}

static void read_complexes(jr *r, fhir_node *node, const member *m)
{
	size_t i, n;

	if (!fhir_elem_is_multiple(m->elem)) {
		if (json_object_is_type(m->val, json_type_array))
			fhir_report(&r->ctx, BB_EINPUT, node, m->name, -1,
				    "does not repeat: no array allowed");
		else
			read_complex_item(r, node, m, m->val, -1);
		return;
	}
	if (!json_object_is_type(m->val, json_type_array)) {
		fhir_report(&r->ctx, BB_EINPUT, node, m->name, -1, "repeats: must be an array");
		return;
	}
	n = json_object_array_length(m->val);
	if (n == 0)
		fhir_report(&r->ctx, BB_EINPUT, node, m->name, -1, "empty array");
	for (i = 0; i < n; i++) {
		json_object *o = json_object_array_get_idx(m->val, i);

		if (!o)
			fhir_report(&r->ctx, BB_EINPUT, node, m->name, (long)i,
				    "null is only allowed in arrays of primitives");
		else
			read_complex_item(r, node, m, o, (long)i);
	}
}

/*
 * Resolve the members of `obj` against the type of `node` into ms[];
 * returns how many, and whether they came in definition order already.
 */
static size_t collect(jr *r, fhir_node *node, json_object *obj, member *ms, int *sorted)
{
	const fhir_type *nt = fhir_node_type(node);
	size_t n = 0;
	struct json_object_iter it;

	*sorted = 1;
	/*
	 * in text order, walked inline: json-c's iterator functions are four
	 * calls a member (json_object_object_foreachC is json-c 0.15's and 0.16's)
	 */
	json_object_object_foreachC(obj, it) {
		member *m = &ms[n];

		m->key = it.key;
		m->val = it.val;
		m->underscore = m->key[0] == '_';
		m->name = m->key + m->underscore;
		if (m->key[0] == 'r' && nt->kind == FHIR_KIND_RESOURCE &&
		    strcmp(m->key, "resourceType") == 0) {
			if (!json_object_is_type(m->val, json_type_string) ||
			    strcmp(json_object_get_string(m->val), fhir_type_name(nt)) != 0)
				fhir_report(&r->ctx, BB_EINPUT, node, "resourceType", -1,
					    "must be \"%s\"", fhir_type_name(nt));
			continue;
		}
		m->elem = fhir_elem_find_z(nt, m->name, &m->type);
		if (!m->elem) {
			fhir_report(&r->ctx, BB_EINPUT, node, m->key, -1, "unknown element '%s' in %s",
				    m->key, fhir_type_name(nt));
			continue;
		}
		if (m->underscore && m->type->kind != FHIR_KIND_PRIMITIVE) {
			fhir_report(&r->ctx, BB_EINPUT, node, m->key, -1,
				    "'%s' is not a primitive element, so '%s' is not allowed",
				    m->name, m->key);
			continue;
		}
		if (m->type->prim == FHIR_PRIM_XHTML && m->underscore) {
			fhir_report(&r->ctx, BB_EINPUT, node, m->key, -1, "the narrative div has no '_div'");
			continue;
		}
		if (!m->val && !m->underscore && !fhir_elem_is_multiple(m->elem)) {
			fhir_report(&r->ctx, BB_EINPUT, node, m->key, -1,
				    "null is only allowed as padding inside arrays");
			continue;
		}
		/* in order, with "x" before "_x", as cmp_member sorts them */
		if (n > 0 && *sorted && cmp_member(&ms[n - 1], m) > 0)
			*sorted = 0;
		n++;
	}
	return n;
}

static void read_object(jr *r, fhir_node *node, json_object *obj)
{
	size_t count = (size_t)json_object_object_length(obj), n, i, j, base = r->nms;
	int sorted;

	r->keys += count;
	if (count == 0)
		return;
	if (r->ams - r->nms < count) {
		size_t na = r->ams ? r->ams : 64;
		member *grown;

		while (na - r->nms < count)
			na *= 2;
		grown = realloc(r->ms, na * sizeof(*grown));
		if (!grown) {
			fhir_report(&r->ctx, BB_ENOMEM, node, NULL, -1, "out of memory");
			return;
		}
		r->ms = grown;
		r->ams = na;
	}
	n = collect(r, node, obj, r->ms + base, &sorted);
	r->nms = base + n;
	if (!sorted)
		qsort(r->ms + base, n, sizeof(*r->ms), cmp_member);
	for (i = 0; i < n; i = j) {
		/* the stack may move while members are read: index, do not point */
		const member *m0 = &r->ms[base + i];
		const fhir_elem *e = m0->elem;
		member mv, mx;
		int has_v, has_x;

		/* Members of one element: "x" and "_x", or rival choices. */
		for (j = i; j < n && r->ms[base + j].elem == e; j++)
			;
		if (j - 1 != i && strcmp(m0->name, r->ms[base + j - 1].name) != 0) {
			fhir_report(&r->ctx, BB_EINPUT, node, r->ms[base + j - 1].key, -1,
				    "only one of %s[x] is allowed (also has %s)",
				    fhir_elem_name(e), m0->key);
			continue;
		}
		if (m0->type->kind != FHIR_KIND_PRIMITIVE) {
			mv = *m0;
			read_complexes(r, node, &mv);
			continue;
		}
		has_v = !m0->underscore;
		has_x = r->ms[base + j - 1].underscore;
		if (has_v)
			mv = *m0;
		if (has_x)
			mx = r->ms[base + j - 1];
		read_prims(r, node, has_v ? &mv : NULL, has_x ? &mx : NULL);
	}
	r->nms = base;
}

/* ---- entry point ------------------------------------------------------------- */

static unsigned offset_line(const char *buf, size_t off)
{
	unsigned line = 1;
	size_t i;

	for (i = 0; i < off; i++)
		if (buf[i] == '\n')
			line++;
	return line;
}

/*
 * Something is wrong or uncertain: if the full check refuses the text,
 * report its message and return its code; 0 when it accepts the text.
 */
static int guard_verdict(const char *buf, size_t len, const fhir_limits *lim,
			 const char *source, diag_list *diags)
{
	json_guard_error gerr;
	int rc = fhir_json_guard_check(buf, len, lim->max_bytes, lim->max_depth, &gerr);

	if (rc != 0)
		diag_add(diags, rc, source, gerr.line, NULL, "%s", gerr.message);
	return rc;
}

/* Copy the problems found while reading into the caller's list. */
static void pass_on(diag_list *to, const diag_list *from)
{
	size_t i;

	for (i = 0; i < from->count; i++) {
		const diag_entry *e = &from->items[i];

		diag_add(to, e->code, e->source, e->line, e->path, "%s", e->message);
	}
}

static int only_space(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
			return 0;
	return 1;
}

/*
 * The text parsed by json-c into *root, nested at most `depth`. A refusal
 * is the guard's verdict when it has one (it names the place), else
 * json-c's error.
 */
static int parse_text(json_object **root, const char *buf, size_t len, unsigned depth,
		      const fhir_limits *lim, const char *source, diag_list *diags)
{
	/*
	 * json-c refuses nesting deeper than its limit minus one, and its
	 * tokener allocates and clears a stack of that many levels first
	 * (2 KB for the default 64, 1% of a FHIR document's conversion)
	 */
	struct json_tokener *tok = json_tokener_new_ex((int)depth + 1);
	enum json_tokener_error jerr;
	size_t end;
	int rc;

	if (!tok)
		return diag_add(diags, BB_ENOMEM, source, 0, NULL, "out of memory");
	/* UTF-8 is already checked (fhir_json_guard_scan or fhir_json_guard_check) */
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
	*root = json_tokener_parse_ex(tok, buf, (int)len);
	end = json_tokener_get_parse_end(tok);
	jerr = json_tokener_get_error(tok);
	json_tokener_free(tok);
	if (*root && jerr == json_tokener_success && only_space(buf + end, len - end))
		return BB_OK;
	json_object_put(*root);
	*root = NULL;
	if ((rc = guard_verdict(buf, len, lim, source, diags)) != 0)
		return rc;
	/* the full check accepts what json-c refused: rare (out of memory) */
	return diag_add(diags, BB_EINPUT, source, offset_line(buf, end), NULL,
			"invalid JSON: %s", jerr == json_tokener_success ? "data after the value"
			: json_tokener_error_desc(jerr));
}

/* The resource type `root` names; refused when it is not a resource we know. */
static int root_type(const fhir_type **t, json_object *root, const char *buf, size_t len,
		     const fhir_limits *lim, const char *source, diag_list *diags)
{
	json_object *rt;
	int rc;

	if (json_object_is_type(root, json_type_object) &&
	    json_object_object_get_ex(root, "resourceType", &rt) &&
	    json_object_is_type(rt, json_type_string) &&
	    (*t = fhir_resource_type(json_object_get_string(rt))))
		return BB_OK;
	if ((rc = guard_verdict(buf, len, lim, source, diags)) != 0)
		return rc;
	if (!json_object_is_type(root, json_type_object))
		return diag_add(diags, BB_EINPUT, source, 1, NULL, "a FHIR resource must be a JSON object");
	if (!json_object_object_get_ex(root, "resourceType", &rt) ||
	    !json_object_is_type(rt, json_type_string))
		return diag_add(diags, BB_EINPUT, source, 0, NULL, "no \"resourceType\" string");
	return diag_add(diags, BB_EINPUT, source, 0, "resourceType",
			"unknown or unsupported resource type '%s'", json_object_get_string(rt));
}

int fhir_read_json(fhir_node **out, const char *buf, size_t len, const char *source,
		   const fhir_limits *lim, diag_list *diags)
{
	fhir_reader rd = FHIR_READER_INIT;
	int rc = fhir_read_json_with(&rd, out, buf, len, source, lim, diags);

	fhir_reader_release(&rd);
	return rc;
}

int fhir_read_json_with(fhir_reader *rd, fhir_node **out, const char *buf, size_t len,
			const char *source, const fhir_limits *lim, diag_list *diags)
{
	fhir_limits def = FHIR_LIMITS_INIT;
	json_object *root = NULL;
	const fhir_type *t;
	diag_list found = DIAG_LIST_INIT;
	size_t max_bytes, keys = 0;
	unsigned depth, nest = 0;
	int rc, scanned;
	fhir_node *res;
	jr r;

	*out = NULL;
	if (!lim)
		lim = &def;
	max_bytes = lim->max_bytes ? lim->max_bytes : JSON_GUARD_MAX_BYTES;
	depth = lim->max_depth ? lim->max_depth : JSON_GUARD_MAX_DEPTH;
	if (depth > JSON_GUARD_DEPTH_CAP)
		depth = JSON_GUARD_DEPTH_CAP;
	/* A UTF-8 byte order mark is not JSON, but harmless: skip it. */
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
		buf += 3;
		len -= 3;
	}
	if (len > max_bytes)
		return diag_add(diags, BB_ETOOBIG, source, 0, NULL,
				"input of %zu bytes exceeds the limit of %zu bytes", len, max_bytes);
	if (len > 0x7FFFFFFF)
		return diag_add(diags, BB_ETOOBIG, source, 0, NULL, "input too large");
	scanned = fhir_json_guard_scan(buf, len, &keys, &nest) == 0;
	if (!scanned && (rc = guard_verdict(buf, len, lim, source, diags)) != 0)
		return rc;
	/* no deeper than the text nests: the same verdict, a smaller stack */
	if (scanned && nest < depth)
		depth = nest;
	if ((rc = parse_text(&root, buf, len, depth, lim, source, diags)) != BB_OK)
		return rc;
	if ((rc = root_type(&t, root, buf, len, lim, source, diags)) != BB_OK) {
		json_object_put(root);
		return rc;
	}
	memset(&r, 0, sizeof(r));
	/* the member stack and libxml2's context, from the last document */
	r.ms = rd->members;
	r.ams = rd->amembers;
	r.xhtml = &rd->sax;
	/* problems wait in `found` until the text is known to pass the guard */
	found.limit = diags ? diags->limit : 0;
	r.ctx.diags = diags ? &found : NULL;
	r.ctx.source = source;
	r.ctx.utf8_checked = 1;         /* fhir_json_guard_scan or fhir_json_guard_check did */
	r.ctx.arena = NULL;
	if (!(res = fhir_node_new_root(t, len))) {
		json_object_put(root);
		return diag_add(diags, BB_ENOMEM, source, 0, NULL, "out of memory");
	}
	r.ctx.arena = fhir_node_arena(res);
	read_object(&r, res, root);
	json_object_put(root);
	rd->members = r.ms;
	rd->amembers = r.ams;
	fhir_reader_trim(rd);
	/* fewer members kept than written: json-c dropped a duplicate key */
	if ((r.ctx.errors || (scanned && r.keys != keys)) &&
	    (rc = guard_verdict(buf, len, lim, source, diags)) != 0)
		goto fail;
	if (!r.ctx.errors && scanned && r.keys != keys) {
		/* cannot happen when the guard agrees; refuse rather than guess */
		rc = diag_add(diags, BB_EINPUT, source, 0, NULL, "duplicate key in an object");
		goto fail;
	}
	pass_on(diags, &found);
	diag_free(&found);
	r.ctx.diags = diags;
	return fhir_read_finish(&r.ctx, res, out);
fail:
	diag_free(&found);
	fhir_node_free(res);
	return rc;
}
