/*
 * One generic FHIR R4 element tree, checked against the generated type
 * tables while it is built.
 *
 * A node is one element instance: a resource, a data type value
 * (HumanName, Quantity, ...), a backbone element or a primitive. It knows
 * its element definition and its type, so its name is known
 * ("valueQuantity" for a value[x] that holds a Quantity). Children are
 * kept in definition order, which is the order XML requires, whatever
 * order they were added in.
 *
 * Everything FHIR puts on an element is a child: an element id is the
 * child "id", extensions are children "extension", Extension.url is the
 * child "url". A primitive node keeps its value as the exact text (a
 * decimal "1.50" stays "1.50"); its children are only "id" and
 * "extension". Narrative.div is a primitive of type xhtml whose value is
 * the serialised <div xmlns="http://www.w3.org/1999/xhtml">...</div>.
 *
 * A resource inside a resource (Bundle.entry.resource, contained,
 * Parameters.parameter.resource) is a node whose name is the element
 * ("resource") and whose type is the resource type ("Patient").
 *
 * Building: all functions accept a NULL parent and then return NULL (or
 * fail) without a message, so calls can be chained and checked once:
 *
 *	fhir_node *p = fhir_resource_new("Patient", &diags);
 *	fhir_node *n = fhir_add(p, "name");
 *	fhir_set(n, "family", "Jansen");
 *	fhir_set(n, "given", "Anna");
 *	fhir_set(fhir_add(p, "birthDate"), ...);         -- see fhir_set_value
 *	if (fhir_errors(p)) ...                           -- diags say what and where
 *
 * Problems (unknown element, second value of a non-repeating element,
 * a value that is not lexically valid for its type, nesting too deep) are
 * reported to the diag_list given to fhir_resource_new() with code
 * BB_EINPUT and the FHIR path of the element, e.g.
 * "Patient.name[0].given[1]", and counted in fhir_errors().
 *
 * Trees are not shared between threads; separate trees may be used
 * concurrently.
 */
#ifndef FHIR_NODE_H
#define FHIR_NODE_H

#include <stddef.h>

#include "util/diag.h"
#include "fhir_meta.h"
#include "util/strutil.h"

typedef struct fhir_node fhir_node;

/* Deepest allowed tree (a root resource has depth 1). */
#define FHIR_MAX_DEPTH 64

/* ---- building --------------------------------------------------------- */

/*
 * A new, empty resource of a concrete resource type ("Patient"). Builder
 * problems in this tree go to `diags` (borrowed; may be NULL, then they
 * are only counted). NULL on unknown type (reported) or out of memory.
 */
fhir_node *fhir_resource_new(const char *type, diag_list *diags);

/*
 * Add a complex child (or a primitive without a value yet, to give it an
 * id or extensions). `name` is the JSON name, for a choice with its type
 * suffix ("valueQuantity"). A repeating element gets one more item.
 * NULL (reported) if `parent` has no such element, the element is not
 * repeating and already present, or the element holds a resource (use
 * fhir_add_resource).
 */
fhir_node *fhir_add(fhir_node *parent, const char *name);

/*
 * Set a primitive child: `value` is the lexical FHIR value ("27.0",
 * "2026-11-04T10:00:00+01:00", "true"). Returns the new primitive node
 * (to which an id or extensions can be added), NULL (reported) when the
 * value is not valid for the element's type or the element is missing,
 * not primitive, or not repeating and already set.
 */
fhir_node *fhir_set(fhir_node *parent, const char *name, const char *value);

/* Set or replace the value of an existing primitive node. BB_OK or BB_EINPUT. */
int fhir_set_value(fhir_node *prim, const char *value);

/*
 * Add an extension with the given url to any element (including
 * primitives), as `extension`. Returns the Extension node; give it a
 * value with e.g. fhir_set(ext, "valueString", "...").
 */
fhir_node *fhir_extension_add(fhir_node *parent, const char *url);

/*
 * Add an empty resource of type `type` as element `name` of `parent`
 * (e.g. Bundle.entry's "resource", or "contained").
 */
fhir_node *fhir_add_resource(fhir_node *parent, const char *name, const char *type);

/*
 * Move the root resource `res` (made by fhir_resource_new or read from
 * input) into element `name` of `parent`. On success `parent` owns it
 * (do not free it) and BB_OK is returned; on failure (reported, BB_EINPUT)
 * the caller still owns `res`.
 */
int fhir_attach(fhir_node *parent, const char *name, fhir_node *res);

/*
 * Append a deep copy of `src` (any tree) to `parent` as element `name`,
 * which must hold the same type; returns the copy, NULL (reported) when
 * it does not fit.
 */
fhir_node *fhir_copy_into(fhir_node *parent, const char *name, const fhir_node *src);

/* Builder problems reported in the tree of `n` so far (0 = none). */
unsigned fhir_errors(const fhir_node *n);

/*
 * Free `n` and everything below it. A node that has a parent is first
 * removed from it. NULL is ignored.
 */
void fhir_node_free(fhir_node *n);

/* ---- reading ---------------------------------------------------------- */

/* JSON name ("valueQuantity", "given"); for a root resource its type. */
const char *fhir_node_name(const fhir_node *n);
/* "Patient", "HumanName", "string", "Patient.contact" */
const char *fhir_node_type_name(const fhir_node *n);
const fhir_type *fhir_node_type(const fhir_node *n);
int fhir_node_is_resource(const fhir_node *n);

/* A primitive's value text; NULL if it has none or `n` is not primitive. */
const char *fhir_value(const fhir_node *n);

/*
 * The `index`-th child named `name` (0 for non-repeating elements), or
 * NULL. `name` may be a choice's full name ("valueQuantity") or its base
 * ("value"), which matches whatever type it holds.
 */
fhir_node *fhir_get(const fhir_node *parent, const char *name, size_t index);
/* fhir_value(fhir_get(parent, name, index)) */
const char *fhir_get_value(const fhir_node *parent, const char *name, size_t index);
size_t fhir_count(const fhir_node *parent, const char *name);

/* All children in definition order (repeats in their order). */
size_t fhir_child_count(const fhir_node *n);
fhir_node *fhir_child(const fhir_node *n, size_t i);
fhir_node *fhir_parent(const fhir_node *n);
/*
 * FHIR path of `n` for messages: "Bundle.entry[2].resource.subject",
 * "Patient.name[0].given[1]", malloc'ed (NULL on OOM).
 */
char *fhir_node_path(const fhir_node *n);

/*
 * Cardinality and content checks the builder cannot do while a tree is
 * still growing: required elements (min 1) that are missing, primitives
 * with neither a value nor an extension, and complex elements with no
 * content. Reports every problem to `diags` (source = `source`); returns
 * BB_OK or BB_EINPUT.
 */
int fhir_check(const fhir_node *res, const char *source, diag_list *diags);

#endif
