/*
 * FHIR R4 metadata: which types exist, which elements each has, in which
 * order, with which cardinality. The tables are generated from the FHIR
 * type definitions (see gen/gen-tables.js); this header is the only way
 * the rest of the codec looks at them.
 *
 * A type is a primitive (string, decimal, ...), a complex data type
 * (HumanName, Extension, ...), a resource, or a backbone element, which is
 * an anonymous type named by its path ("Patient.contact"). "Resource" and
 * "DomainResource" are abstract: elements such as Bundle.entry.resource
 * and contained have type Resource and take any concrete resource.
 *
 * An element of a choice type (value[x]) is one table entry named by its
 * base ("value") with a list of allowed types; fhir_elem_find() resolves
 * "valueQuantity" to it.
 *
 * Everything here is static const data: thread-safe, nothing to free.
 */
#ifndef FHIR_META_H
#define FHIR_META_H

#include <stddef.h>
#include <stdint.h>

typedef enum fhir_kind {
	FHIR_KIND_PRIMITIVE = 1,
	FHIR_KIND_COMPLEX = 2,
	FHIR_KIND_RESOURCE = 3,
	FHIR_KIND_BACKBONE = 4
} fhir_kind;

/* Primitive kinds. The generator relies on this exact order. */
typedef enum fhir_prim {
	FHIR_PRIM_NONE = 0,
	FHIR_PRIM_BASE64BINARY,
	FHIR_PRIM_BOOLEAN,
	FHIR_PRIM_CANONICAL,
	FHIR_PRIM_CODE,
	FHIR_PRIM_DATE,
	FHIR_PRIM_DATETIME,
	FHIR_PRIM_DECIMAL,
	FHIR_PRIM_ID,
	FHIR_PRIM_INSTANT,
	FHIR_PRIM_INTEGER,
	FHIR_PRIM_MARKDOWN,
	FHIR_PRIM_OID,
	FHIR_PRIM_POSITIVEINT,
	FHIR_PRIM_STRING,
	FHIR_PRIM_TIME,
	FHIR_PRIM_UNSIGNEDINT,
	FHIR_PRIM_URI,
	FHIR_PRIM_URL,
	FHIR_PRIM_UUID,
	FHIR_PRIM_XHTML
} fhir_prim;

/* Element flags */
#define FHIR_E_MULTIPLE 0x01   /* max = "*" (JSON array) */
#define FHIR_E_REQUIRED 0x02   /* min = 1 */
#define FHIR_E_ATTR     0x04   /* an XML attribute: element id, Extension.url */
#define FHIR_E_CHOICE   0x08   /* value[x]: `type` indexes fhir_choices */

/* Type flags */
#define FHIR_T_ABSTRACT 0x01   /* Resource, DomainResource */

typedef struct fhir_type {
	uint32_t name;          /* offset in the string pool */
	uint16_t first_elem;
	uint16_t elem_count;
	uint8_t kind;           /* fhir_kind */
	uint8_t prim;           /* fhir_prim, for primitives */
	uint8_t flags;          /* FHIR_T_* */
} fhir_type;

typedef struct fhir_elem {
	uint32_t name;          /* base name, e.g. "value" for value[x] */
	uint16_t type;          /* type index, or first fhir_choices row */
	uint16_t order;         /* position in the owning type (definition order) */
	uint8_t flags;          /* FHIR_E_* */
	uint8_t nchoice;        /* number of allowed types of a choice */
} fhir_elem;

typedef struct fhir_choice {
	uint32_t name;          /* full name, e.g. "valueQuantity" */
	uint16_t type;
} fhir_choice;

/* Type by name ("Patient", "dateTime", "Patient.contact"); NULL if unknown. */
const fhir_type *fhir_type_by_name(const char *name);
/* A concrete (not abstract) resource type by name, or NULL. */
const fhir_type *fhir_resource_type(const char *name);
int fhir_is_resource_type(const char *name);

const char *fhir_type_name(const fhir_type *t);
size_t fhir_type_elem_count(const fhir_type *t);
const fhir_elem *fhir_type_elem(const fhir_type *t, size_t i);
static inline int fhir_type_is_primitive(const fhir_type *t) { return t->kind == FHIR_KIND_PRIMITIVE; }
static inline int fhir_type_is_resource(const fhir_type *t) { return t->kind == FHIR_KIND_RESOURCE; }

/*
 * Element of `t` by its JSON/XML name. For a choice, `name` must carry a
 * type suffix of an allowed type ("valueQuantity"); the chosen type is
 * stored in *type_out. For other elements *type_out is the element's type.
 * `len` is the length of `name` (it need not be NUL-terminated). NULL when
 * there is no such element.
 */
const fhir_elem *fhir_elem_find(const fhir_type *t, const char *name, size_t len,
				const fhir_type **type_out);
/* The same for a NUL-terminated name, measured while it is hashed (the XML reader's). */
const fhir_elem *fhir_elem_find_z(const fhir_type *t, const char *name, const fhir_type **type_out);

/* Element by its base name only ("value" for value[x]); NULL if none. */
const fhir_elem *fhir_elem_by_base(const fhir_type *t, const char *name);

const char *fhir_elem_name(const fhir_elem *e);
/* The element's type; NULL for a choice (use fhir_elem_choice). */
const fhir_type *fhir_elem_type(const fhir_elem *e);
/* i-th allowed type of a choice, with its full name; NULL past the end. */
const fhir_type *fhir_elem_choice(const fhir_elem *e, size_t i, const char **name_out);
/* Name of element `e` when it holds a value of type `t` ("valueQuantity"). */
const char *fhir_elem_name_for(const fhir_elem *e, const fhir_type *t);
static inline int fhir_elem_min(const fhir_elem *e) { return (e->flags & FHIR_E_REQUIRED) ? 1 : 0; }
/* -1 means "*" */
static inline int fhir_elem_max(const fhir_elem *e) { return (e->flags & FHIR_E_MULTIPLE) ? -1 : 1; }
static inline int fhir_elem_is_multiple(const fhir_elem *e) { return (e->flags & FHIR_E_MULTIPLE) != 0; }
static inline int fhir_elem_is_attr(const fhir_elem *e) { return (e->flags & FHIR_E_ATTR) != 0; }
static inline int fhir_elem_is_choice(const fhir_elem *e) { return (e->flags & FHIR_E_CHOICE) != 0; }

/* Name of a primitive kind ("dateTime"), for messages. */
const char *fhir_prim_name(fhir_prim p);

#endif
