/*
 * his-xml internals: the pieces read_referral and write_feedback are made
 * of. Each file has one job:
 *   hx_parse.c     bytes -> libxml2 document, safely (no DTD, no network, limits)
 *   hx_validate.c  the document against schemas/his-referral.xsd, compiled in
 *   hx_referral.c  a valid document -> the canonical referral
 *   hx_feedback.c  the canonical feedback -> a journal entry (his-feedback.xsd):
 *                  the core's SOEP texts and the facts coded
 *   hx_text.c      Dutch words for the coded parts, and XML escaping
 * NHG Tabel 45, LOINC and ICPC meaning come from the core's terminology
 * (bb_measure_*, bb_icpc_*, bb_referral_add_his_measurement).
 */
#ifndef HX_H
#define HX_H

#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include "beweegbrug/sys/plugin.h"

#define HX_NS "urn:beweegbrug:his:1"
#define HX_NS_BASE "urn:beweegbrug:his:"
#define HX_FEEDBACK_NS "urn:beweegbrug:his:terugkoppeling:1"
/* The minor version of format 1 this plugin reads and writes. */
#define HX_MINOR 1

/* Records above this size are refused before parsing. */
#define HX_MAX_RECORD (8u * 1024 * 1024)
/* No text or attribute value of a record comes near this; checked before the schema. */
#define HX_MAX_VALUE (64u * 1024)
/* Schema problems reported per record; the rest are counted. */
#define HX_MAX_PROBLEMS 20

/* The text of schemas/his-referral.xsd (generated at build time). */
extern const char hx_referral_xsd[];

/* Parse `in` safely. On failure the problem is reported through `host`. */
int hx_parse(xmlDocPtr *out, const bb_host *host, const bb_input *in);

/*
 * Compile the built-in referral schema; NULL on failure, said in why[].
 * A compiled schema is only read while validating, so one can serve
 * every thread (each validation has its own context).
 */
xmlSchemaPtr hx_schema_compile(char *why, size_t size);
/* The same, reporting a failure through `host`. */
xmlSchemaPtr hx_schema_new(const bb_host *host);
/*
 * Check the root (namespace, version), value sizes and the schema. Every
 * problem is reported as "LINE: /verwijzing/...: what"; returns BB_EINPUT
 * if there was any.
 */
int hx_validate(const bb_host *host, xmlSchemaPtr schema, xmlDocPtr doc);

/* "/verwijzing/patient/bsn" (or ".../@attr") for a node of the document. */
void hx_node_path(char *buf, size_t size, const xmlNode *node);
/* The node's line; an attribute's is its element's. */
unsigned hx_node_line(const xmlNode *node);

/* Fill `out` from a document that passed hx_validate. */
int hx_map_referral(const bb_host *host, xmlDocPtr doc, bb_referral *out);

/* The code map an installation may give (configuration [his "his-xml"]). */
#define HX_MAP_REFERRAL_TYPES "referral_types"


/* The whole read: parse, validate with `schema`, map. */
int hx_read(const bb_host *host, xmlSchemaPtr schema, const bb_input *in, bb_referral *out);

int hx_write_feedback(const bb_host *host, const bb_feedback *fb, bb_buf *out);

#endif
