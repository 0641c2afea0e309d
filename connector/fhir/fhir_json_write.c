/*
 * FHIR JSON writer: builds a json-c tree in definition order and lets
 * json-c print it.
 *
 * JSON rules applied (FHIR R4 json.html):
 *   - "resourceType" comes first in every resource object;
 *   - a primitive's value goes in "name", its id/extensions in "_name";
 *   - repeating elements are arrays even with one item; for repeating
 *     primitives "name" and "_name" are parallel arrays padded with null,
 *     and either is left out when it would hold only nulls;
 *   - boolean and numeric primitives are JSON booleans/numbers, decimals
 *     printed with exactly their text (json_object_new_double_s);
 *   - no empty objects, arrays or strings: elements without content are
 *     left out.
 * Recursion follows the tree, whose depth the builder limits.
 */
#include "fhir_codec.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "beweegbrug.h"

typedef struct jw {
	int oom;
} jw;

static json_object *complex_obj(jw *w, const fhir_node *n);

/* The JSON value of a primitive's text, typed by its kind. */
static json_object *prim_json(jw *w, const fhir_node *n)
{
	const char *v = fhir_value(n);
	json_object *o = NULL;

	switch ((fhir_prim)fhir_node_type(n)->prim) {
	case FHIR_PRIM_BOOLEAN:
		o = json_object_new_boolean(strcmp(v, "true") == 0);
		break;
	case FHIR_PRIM_INTEGER:
	case FHIR_PRIM_POSITIVEINT:
	case FHIR_PRIM_UNSIGNEDINT:
		o = json_object_new_int64(strtoll(v, NULL, 10));
		break;
	case FHIR_PRIM_DECIMAL:
		/* the double is only a courtesy; json-c prints the text */
		o = json_object_new_double_s(strtod(v, NULL), v);
		break;
	default:
		o = json_object_new_string(v);
		break;
	}
	if (!o)
		w->oom = 1;
	return o;
}

static int add(jw *w, json_object *obj, const char *key, json_object *val)
{
	if (json_object_object_add(obj, key, val) != 0) {
		json_object_put(val);
		w->oom = 1;
		return -1;
	}
	return 0;
}

static int append(jw *w, json_object *arr, json_object *val)
{
	if (json_object_array_add(arr, val) != 0) {
		json_object_put(val);
		w->oom = 1;
		return -1;
	}
	return 0;
}

/* id + extensions of a primitive as the "_name" object, or NULL if none. */
static json_object *prim_ext(jw *w, const fhir_node *n)
{
	if (fhir_child_count(n) == 0)
		return NULL;
	return complex_obj(w, n);
}

/* kids[first..end) all belong to one primitive element */
static void write_prims(jw *w, json_object *obj, const fhir_node *parent, size_t first,
			size_t end, int multiple)
{
	const fhir_node *k0 = fhir_child(parent, first);
	const char *name = fhir_node_name(k0);
	char *uname;
	size_t i;

	uname = malloc(strlen(name) + 2);
	if (!uname) {
		w->oom = 1;
		return;
	}
	uname[0] = '_';
	strcpy(uname + 1, name);
	if (!multiple) {
		json_object *x = prim_ext(w, k0);

		if (fhir_value(k0))
			add(w, obj, name, prim_json(w, k0));
		if (x)
			add(w, obj, uname, x);
	} else {
		json_object *vals = json_object_new_array();
		json_object *exts = json_object_new_array();
		int any_val = 0, any_ext = 0;

		if (!vals || !exts) {
			w->oom = 1;
			json_object_put(vals);
			json_object_put(exts);
			free(uname);
			return;
		}
		for (i = first; i < end; i++) {
			const fhir_node *k = fhir_child(parent, i);
			json_object *x = prim_ext(w, k);

			if (!fhir_value(k) && !x)
				continue;   /* empty: left out */
			if (fhir_value(k)) {
				append(w, vals, prim_json(w, k));
				any_val = 1;
			} else {
				append(w, vals, NULL);
			}
			if (x)
				any_ext = 1;
			append(w, exts, x);
		}
		if (any_val)
			add(w, obj, name, vals);
		else
			json_object_put(vals);
		if (any_ext)
			add(w, obj, uname, exts);
		else
			json_object_put(exts);
	}
	free(uname);
}

/* kids[first..end) all belong to one complex (or resource) element */
static void write_complexes(jw *w, json_object *obj, const fhir_node *parent, size_t first,
			    size_t end, int multiple)
{
	const char *name = fhir_node_name(fhir_child(parent, first));
	json_object *arr = NULL;
	size_t i;

	if (multiple && !(arr = json_object_new_array())) {
		w->oom = 1;
		return;
	}
	for (i = first; i < end; i++) {
		json_object *o = complex_obj(w, fhir_child(parent, i));

		if (!o)
			continue;
		if (!multiple) {
			add(w, obj, name, o);
			return;
		}
		append(w, arr, o);
	}
	if (arr && json_object_array_length(arr) > 0)
		add(w, obj, name, arr);
	else
		json_object_put(arr);
}

/* The object for a complex, backbone or resource node (or a primitive's
 * id/extension part); NULL when it would be empty. */
static json_object *complex_obj(jw *w, const fhir_node *n)
{
	json_object *obj = json_object_new_object();
	size_t i, end, count = fhir_child_count(n);

	if (!obj) {
		w->oom = 1;
		return NULL;
	}
	if (fhir_node_is_resource(n))
		add(w, obj, "resourceType", json_object_new_string(fhir_node_type_name(n)));
	for (i = 0; i < count; i = end) {
		const fhir_node *k = fhir_child(n, i);
		const fhir_elem *e = fhir_node_elem(k);
		int multiple = fhir_elem_is_multiple(e);

		for (end = i + 1; end < count && fhir_node_elem(fhir_child(n, end)) == e; end++)
			;
		if (fhir_node_is_primitive(k))
			write_prims(w, obj, n, i, end, multiple);
		else
			write_complexes(w, obj, n, i, end, multiple);
	}
	if (json_object_object_length(obj) == 0) {
		json_object_put(obj);
		return NULL;
	}
	return obj;
}

int fhir_write_json(strbuf *out, const fhir_node *res, int pretty)
{
	jw w = { 0 };
	json_object *root;
	const char *text;
	int flags = JSON_C_TO_STRING_NOSLASHESCAPE |
		    (pretty ? JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED : JSON_C_TO_STRING_PLAIN);

	if (!out || !res || !fhir_node_is_resource(res))
		return BB_EINVAL;
	root = complex_obj(&w, res);
	if (!root || w.oom) {
		json_object_put(root);
		return BB_ENOMEM;
	}
	text = json_object_to_json_string_ext(root, flags);
	if (!text || strbuf_puts(out, text) < 0 || (pretty && strbuf_putc(out, '\n') < 0)) {
		json_object_put(root);
		return BB_ENOMEM;
	}
	json_object_put(root);
	return BB_OK;
}
