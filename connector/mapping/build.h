/*
 * Small helpers for building and reading FHIR message Bundles with the
 * element tree: entries with urn:uuid fullUrls, references, codings and
 * concepts, identifiers. All accept a NULL parent (the tree records the
 * problem), so callers can chain them and check the tree once.
 */
#ifndef BB_MAPPING_BUILD_H
#define BB_MAPPING_BUILD_H

#include "fhir/fhir_node.h"
#include "uuid.h"

#define URN_LEN (9 + UUID_STR_LEN)   /* "urn:uuid:" + uuid */

/* A new "urn:uuid:..." in `out`; on failure sets *failed and returns -1. */
int mapping_urn(int *failed, char out[URN_LEN]);
/* A new Bundle.entry with fullUrl `urn` holding a new resource of `type`. */
fhir_node *mapping_entry(fhir_node *bundle, const char *type, const char *urn);
/* parent.name = Reference(urn) */
void mapping_ref(fhir_node *parent, const char *name, const char *urn);
/* parent.name = Reference by identifier (no resource in the Bundle) */
fhir_node *mapping_ref_identifier(fhir_node *parent, const char *name, const char *type,
			     const char *system, const char *value);
fhir_node *mapping_coding(fhir_node *parent, const char *name, const char *system,
		     const char *code, const char *display);
/* A CodeableConcept with (if code) one coding and (if text) a text. */
fhir_node *mapping_concept(fhir_node *parent, const char *name, const char *system,
		      const char *code, const char *display, const char *text);
/* An Identifier, only when value is not NULL. */
void mapping_identifier(fhir_node *parent, const char *system, const char *value);
void mapping_telecom(fhir_node *parent, const char *system, const char *value, const char *use);
/* A string extension on any element, only when value is not NULL. */
void mapping_string_ext(fhir_node *prim, const char *url, const char *value);

/* Reading: the code of the coding with `system` in a CodeableConcept. */
const char *mapping_coding_code(const fhir_node *cc, const char *system);
/* The entry resource a urn:uuid Reference points at, or NULL. */
const fhir_node *mapping_resolve(const fhir_node *bundle, const fhir_node *reference);
const fhir_node *mapping_first_of_type(const fhir_node *bundle, const char *type);

/*
 * The entries of a Bundle by fullUrl, for checks that resolve every
 * reference in a message: a lookup halves a sorted list where
 * mapping_resolve walks the entries, so a message with many entries and
 * references costs n log n, not n squared. Made once the Bundle is
 * complete; it points into the tree and lives no longer than it.
 */
typedef struct mapping_index_row {
	const char *url;
	size_t entry;                /* the entry's position in the Bundle */
	const fhir_node *resource;
} mapping_index_row;

typedef struct mapping_index {
	const fhir_node *bundle;
	mapping_index_row *rows;          /* sorted by url, then by entry */
	size_t count;
	int failed;                  /* out of memory: lookups walk the entries */
} mapping_index;

void mapping_index_make(mapping_index *ix, const fhir_node *bundle);
/* What mapping_resolve(ix->bundle, reference) answers. */
const fhir_node *mapping_index_resolve(const mapping_index *ix, const fhir_node *reference);
/* The position of the first entry whose fullUrl is `url`, or (size_t)-1. */
size_t mapping_index_first(const mapping_index *ix, const char *url);
void mapping_index_free(mapping_index *ix);

#endif
