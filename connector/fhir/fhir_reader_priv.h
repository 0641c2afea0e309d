/*
 * What a fhir_reader keeps between documents (fhir_codec.h), for the two
 * readers that fill and use it (fhir_xml_read.c, fhir_json_read.c).
 */
#ifndef FHIR_READER_PRIV_H
#define FHIR_READER_PRIV_H

#include <stddef.h>

#include "fhir_codec.h"
#include "fhir_xmlsafe.h"
#include "util/strutil.h"

struct fhir_xml_frame;          /* fhir_xml_read.c */
struct fhir_json_member;        /* fhir_json_read.c */
struct fhir_x2j;                /* fhir_x2j.c */

struct fhir_reader {
	fhir_xml_sax sax;       /* libxml2's context: FHIR XML, and narratives from JSON */
	struct fhir_xml_frame *frames;  /* the XML reader's element stack */
	size_t aframes;
	strbuf div;             /* the XML reader's narrative being serialised */
	struct fhir_json_member *members;       /* the JSON reader's member stack */
	size_t amembers;
	struct fhir_x2j *x2j;   /* fhir_reader_to_json's converter, made on first use */
};

#define FHIR_READER_INIT { FHIR_XML_SAX_INIT, NULL, 0, STRBUF_INIT, NULL, 0, NULL }

/*
 * Read with what `rd` keeps (the one-shot readers pass one of their own,
 * released at the end). Both end with fhir_reader_trim.
 */
int fhir_read_xml_with(fhir_reader *rd, fhir_node **out, const char *buf, size_t len,
		       const char *source, const fhir_limits *lim, diag_list *diags);
int fhir_read_json_with(fhir_reader *rd, fhir_node **out, const char *buf, size_t len,
			const char *source, const fhir_limits *lim, diag_list *diags);

/* After a document: let go of what has grown past what is worth keeping. */
void fhir_reader_trim(fhir_reader *rd);

/* Free what `rd` holds (not `rd` itself); it is FHIR_READER_INIT again. */
void fhir_reader_release(fhir_reader *rd);

#endif
