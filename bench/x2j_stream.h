/*
 * A streaming FHIR XML -> pretty FHIR JSON converter for codec_bench
 * (`x2j stream`): an optimistic bound, not a reader. See x2j_stream.c.
 */
#ifndef BENCH_X2J_STREAM_H
#define BENCH_X2J_STREAM_H

#include <stddef.h>

#include "util/strutil.h"

typedef struct x2js x2js;

/* What is kept between documents: libxml2's context, stacks, buffers. */
x2js *x2js_new(void);
void x2js_free(x2js *s);

/*
 * Append the pretty JSON (as fhir_write_json(out, res, 1) writes it) of
 * the FHIR XML xml[0..len) to `out`. 0 when done; -1 with a static or
 * kept message in *why when the input is not well-formed XML, holds
 * something this converter does not handle, or memory ran out.
 */
int x2js_convert(x2js *s, strbuf *out, const char *xml, size_t len, const char **why);

/* The same making most of the reader's checks too (x2j_stream.c's top). */
x2js *x2jsc_new(void);
void x2jsc_free(x2js *s);
int x2jsc_convert(x2js *s, strbuf *out, const char *xml, size_t len, const char **why);

#endif
