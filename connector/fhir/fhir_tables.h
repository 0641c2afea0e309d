/*
 * The generated tables (fhir_tables.c). Only fhir_meta.c reads these
 * directly; everything else goes through fhir_meta.h.
 */
#ifndef FHIR_TABLES_H
#define FHIR_TABLES_H

#include "fhir_meta.h"

extern const char fhir_pool[];
extern const size_t fhir_types_len;
extern const fhir_type fhir_types[];
extern const uint16_t fhir_types_by_name[];
extern const fhir_elem fhir_elems[];
extern const fhir_choice fhir_choices[];

/* One slot of the element hash table (gen-tables.js nameHash, fhir_meta.c). */
typedef struct fhir_elem_slot {
	uint16_t owner;         /* type index; 65535 marks an empty slot */
	uint16_t elem;          /* index in fhir_elems */
	uint16_t choice;        /* row in fhir_choices, 65535 when not a choice */
} fhir_elem_slot;

extern const size_t fhir_elem_hash_size;       /* a power of two */
extern const fhir_elem_slot fhir_elem_hash[];

#endif
