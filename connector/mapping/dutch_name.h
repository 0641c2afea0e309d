/*
 * A Dutch person's official name as nl-core NameInformation wants it
 * (zib NameInformation v1.1): one .given per first name (qualifier BR),
 * an initial (IN) only for a first name not known in full, the family
 * name as used (NL1-NL4) with its parts in extensions, and .text, the
 * whole name rendered. Initials that do not line up with the first names
 * go in a second official name that holds only them, as nl-core's
 * guidance on .given says.
 */
#ifndef BB_MAPPING_DUTCH_NAME_H
#define BB_MAPPING_DUTCH_NAME_H

#include "fhir/fhir_node.h"

typedef struct dutch_name {
	const char *given;                  /* first names, space separated */
	const char *initials;               /* "J.P.M." */
	const char *prefix, *family;        /* own voorvoegsel and surname */
	const char *partner_prefix, *partner_family;
	const char *usage;                  /* NL1 (default) .. NL4 */
} dutch_name;

/* Add the official name(s) to `resource` (Patient or Practitioner). */
void mapping_dutch_name_write(fhir_node *resource, const dutch_name *n);

#endif
