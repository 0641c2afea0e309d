/*
 * A byte-level pre-check of JSON text, run before json-c sees it.
 *
 * json-c 0.16 silently keeps the last of duplicate keys, clamps integers
 * that do not fit in 64 bits, and would happily build a tree as deep as
 * the input. FHIR says property names SHALL be unique, and we want
 * resource limits before any tree is built. So this scanner checks the
 * complete JSON grammar (RFC 8259) and refuses:
 *   - input larger than max_bytes (BB_ETOOBIG);
 *   - nesting of objects/arrays deeper than max_depth (BB_ETOOBIG);
 *   - duplicate keys in one object (compared after unescaping);
 *   - integers (no fraction, no exponent) of more than 18 digits, which
 *     json-c cannot hold exactly;
 *   - invalid UTF-8, lone UTF-16 surrogate escapes and \u0000;
 *   - anything that is not exactly one JSON value.
 * The scan is linear apart from sorting each object's keys once.
 */
#ifndef JSON_GUARD_H
#define JSON_GUARD_H

#include <stddef.h>

#include "beweegbrug.h"

#define JSON_GUARD_MAX_BYTES BB_MAX_INPUT
#define JSON_GUARD_MAX_DEPTH 64u
/* A larger max_depth is lowered to this: the scanner recurses per level. */
#define JSON_GUARD_DEPTH_CAP 512u

typedef struct json_guard_error {
	int code;               /* BB_EINPUT, BB_ETOOBIG or BB_ENOMEM */
	unsigned line;          /* 1-based */
	char message[160];
} json_guard_error;

/*
 * Check buf[0..len). 0 when the text passes; otherwise a negative
 * bb_status, with `err` filled in. Limits of 0 mean the defaults above.
 */
int fhir_json_guard_check(const char *buf, size_t len, size_t max_bytes, unsigned max_depth,
		     json_guard_error *err);

/*
 * The part of the check that json-c cannot do, in one flat pass with no
 * allocation, for the FHIR JSON reader (fhir_json_read.c), which has
 * json-c parse the text after it:
 *   - every token is lexically what fhir_json_guard_check accepts: strings
 *     (escapes, no control characters, well-formed UTF-8, no lone
 *     surrogate escapes, no \u0000), numbers (JSON grammar, integers of
 *     at most 18 digits), true/false/null, punctuation, white space, and
 *     a number or word is followed by a delimiter;
 *   - *keys is the number of object members in the text (its ':' tokens);
 *   - *depth is how deeply its objects and arrays nest (0 for none), so
 *     that json-c's tokener gets a stack no deeper than the text needs.
 * Together with json-c in strict mode (the grammar and the depth) and the
 * reader comparing *keys with the members json-c kept (a duplicate key is
 * kept once), that is fhir_json_guard_check. Returns 0 when the text passes;
 * -1 means "not certain": run fhir_json_guard_check for the verdict and the
 * message.
 */
int fhir_json_guard_scan(const char *buf, size_t len, size_t *keys, unsigned *depth);

#endif
