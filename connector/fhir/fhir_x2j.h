/*
 * FHIR XML -> pretty FHIR JSON while libxml2 parses, with no tree
 * (fhir_x2j.c): the fast path of fhir_reader_to_json (fhir_codec.h).
 *
 * It accepts a document only when the reader (fhir_reader_read) would
 * accept it, and then writes what fhir_write_json(out, res, 1) would
 * write, byte for byte. Whatever it refuses, or does not handle, it
 * leaves to that reader, which reports the problems with their lines and
 * FHIR paths: this converter has no messages of its own to give.
 */
#ifndef FHIR_X2J_H
#define FHIR_X2J_H

#include <stddef.h>

#include "fhir_xmlsafe.h"
#include "util/strutil.h"

/*
 * Only documents up to this size are converted here; larger ones get a
 * new libxml2 context each (fhir_xmlsafe.c), where nothing kept helps,
 * and those between 10 MB and 16 MiB meet libxml2's own lookup limit
 * as the reader meets it.
 */
#define FHIR_X2J_MAX_BYTES (1024 * 1024)

typedef struct fhir_x2j fhir_x2j;

/* What is kept between documents: stacks, buffers, prepared keys. NULL: out of memory. */
fhir_x2j *fhir_x2j_new(void);
void fhir_x2j_free(fhir_x2j *x);        /* NULL is fine */

/*
 * Parse xml[0..len) with `sax` (its context is kept or dropped by
 * fhir_xml_sax_parse's rules; `x` notices a new one) and append its
 * pretty JSON to `out`. 0 when done; -1 when the document is refused, is
 * larger than FHIR_X2J_MAX_BYTES, holds something not handled here, or
 * memory ran out: then `out` is as it was, and the caller reads the
 * document with the reader to learn why. *why (may be NULL) gets a short
 * static or kept reason, for tests.
 */
int fhir_x2j_convert(fhir_x2j *x, fhir_xml_sax *sax, strbuf *out, const char *xml, size_t len,
		     const char **why);

/* After a document: let go of buffers grown past a usual document's. */
void fhir_x2j_trim(fhir_x2j *x);

#endif
