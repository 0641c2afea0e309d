/*
 * Reading and writing FHIR R4 resources as JSON or XML.
 *
 *	fhir_node *res;
 *	if (fhir_read(&res, buf, len, "referral.json", &diags) == BB_OK) {
 *		strbuf out = STRBUF_INIT;
 *		fhir_write(&out, res, FHIR_FORMAT_XML, 1);
 *		...
 *		fhir_node_free(res);
 *	}
 *
 * Readers are strict: every problem they find (syntax, unknown element,
 * wrong JSON type, invalid primitive value, XML element order, missing
 * required element, ...) is reported to `diags` with code BB_EINPUT (or
 * BB_ETOOBIG for limits, BB_ENOMEM), the input name as source, the line
 * for XML and some JSON syntax errors, and the FHIR path. They go on after
 * a problem where they can, so one run reports many problems. On any
 * problem *out is NULL.
 *
 * Both readers and writers are thread-safe (no global state), given that
 * libxml2 was initialised once by the host (xmlInitParser()).
 */
#ifndef FHIR_CODEC_H
#define FHIR_CODEC_H

#include <stddef.h>

#include "util/diag.h"
#include "fhir_node.h"
#include "util/strutil.h"

typedef enum fhir_format {
	FHIR_FORMAT_UNKNOWN = 0,
	FHIR_FORMAT_JSON = 1,
	FHIR_FORMAT_XML = 2
} fhir_format;

typedef struct fhir_limits {
	size_t max_bytes;       /* 0: BB_MAX_INPUT (16 MiB) */
	unsigned max_depth;     /* JSON object/array nesting; 0: 64 */
} fhir_limits;

#define FHIR_LIMITS_INIT { 0, 0 }

/*
 * JSON if the first non-blank byte (after a UTF-8 BOM) is '{', XML if it
 * is '<'; otherwise FHIR_FORMAT_UNKNOWN.
 */
fhir_format fhir_detect_format(const char *buf, size_t len);

/* Read one resource, detecting the format. `lim` may be NULL (defaults). */
int fhir_read(fhir_node **out, const char *buf, size_t len, const char *source,
	      diag_list *diags);
int fhir_read_ex(fhir_node **out, const char *buf, size_t len, const char *source,
		 const fhir_limits *lim, diag_list *diags);
int fhir_read_json(fhir_node **out, const char *buf, size_t len, const char *source,
		   const fhir_limits *lim, diag_list *diags);
int fhir_read_xml(fhir_node **out, const char *buf, size_t len, const char *source,
		  const fhir_limits *lim, diag_list *diags);

/*
 * A reader for many documents in a row: a converter's loop, a server's
 * worker. It keeps libxml2's parser context (with its dictionary of the
 * names met) and its own buffers from one document to the next instead
 * of making them for each, which makes reading FHIR XML some 10% faster
 * (docs/performance.md). What it reads and reports is what fhir_read_ex
 * would (tests/test_fhir_examples.c compares them). One thread at a time;
 * any thread may use it in turn. What it keeps is bounded, whatever a
 * peer sends: the context is made anew after a document that failed or
 * that left libxml2's dictionary past its bound, and for any document
 * over 1 MiB (fhir_xmlsafe.c); buffers that grew beyond a usual
 * document's are freed.
 *
 *	fhir_reader *rd = fhir_reader_new();
 *	for (each document)
 *		if (fhir_reader_read(rd, &res, buf, len, name, NULL, &diags) == BB_OK) ...
 *	fhir_reader_free(rd);
 */
typedef struct fhir_reader fhir_reader;

fhir_reader *fhir_reader_new(void);        /* NULL when out of memory */
void fhir_reader_free(fhir_reader *rd);    /* NULL is fine */
/* fhir_read_ex with what `rd` keeps; BB_EINVAL when `rd` or `buf` is NULL. */
int fhir_reader_read(fhir_reader *rd, fhir_node **out, const char *buf, size_t len,
		     const char *source, const fhir_limits *lim, diag_list *diags);

/*
 * Read one resource with `rd` (as fhir_reader_read) and append it to
 * `out` as pretty JSON: the same verdict, the same problems in `diags`
 * and the same bytes as fhir_reader_read then fhir_write_json(out, res,
 * 1). FHIR XML of up to 1 MiB is converted while libxml2 parses it,
 * without a tree (fhir_x2j.c, some 15% fewer instructions); whatever
 * that converter refuses is read again by the reader, which reports it.
 * On a problem `out` is as it was. BB_OK; BB_EINPUT / BB_ETOOBIG /
 * BB_ENOMEM with the problems in `diags`; BB_ENOMEM with none when the
 * JSON could not be written; BB_EINVAL (a NULL argument). A refused
 * document costs both: the converter's parse up to the problem, then
 * the reader's (docs/performance.md).
 */
int fhir_reader_to_json(fhir_reader *rd, strbuf *out, const char *buf, size_t len,
			const char *source, const fhir_limits *lim, diag_list *diags);

/*
 * Append `res` (any resource node, usually a root) to `out`. `pretty`:
 * indented, one element per line; otherwise compact. Elements without
 * content are left out (FHIR allows no empty elements). BB_OK, or
 * BB_ENOMEM / BB_EINVAL.
 */
int fhir_write(strbuf *out, const fhir_node *res, fhir_format fmt, int pretty);
int fhir_write_json(strbuf *out, const fhir_node *res, int pretty);
int fhir_write_xml(strbuf *out, const fhir_node *res, int pretty);

#endif
