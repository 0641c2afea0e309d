/*
 * Lexical rules of the FHIR R4 primitive types (the regular expressions
 * of the specification, plus calendar validity and integer ranges), and a
 * UTF-8 checker shared with the JSON guard.
 */
#ifndef FHIR_PRIM_H
#define FHIR_PRIM_H

#include <stddef.h>

#include "fhir_meta.h"

/*
 * Is s[0..len) a valid lexical value of primitive kind `p`? Returns 1 if
 * so; otherwise 0 and *why says what is wrong (static text). XHTML is
 * only checked for being valid UTF-8 here; fhir_xhtml.c checks the rest.
 */
int fhir_prim_valid(fhir_prim p, const char *s, size_t len, const char **why);

/* The same for text already known to be well-formed UTF-8 without NUL. */
int fhir_prim_valid_text(fhir_prim p, const char *s, size_t len, const char **why);

/*
 * Length (1-4) of the well-formed UTF-8 sequence at p[0..n), or 0 if the
 * bytes there are not one (overlong forms, surrogates and values above
 * U+10FFFF are not well-formed).
 */
size_t fhir_utf8_seq(const unsigned char *p, size_t n);

#endif
