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

#endif
