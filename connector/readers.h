/*
 * The connector's spare FHIR readers (readers.c): the library's own paths
 * that read FHIR (reformat, validate, a plugin's bb_host_fhir_read, a
 * received message, a report, the beweegkaart) take one, read and give it
 * back, so libxml2's parser context and the readers' buffers are made once
 * per reader rather than once per document (fhir_codec.h, fhir_reader).
 */
#ifndef BB_READERS_H
#define BB_READERS_H

#include "connector.h"
#include "fhir/fhir_codec.h"

/*
 * A spare reader of `c`, or a new one; NULL when out of memory (read with
 * fhir_read then). `c` may be NULL: always a new one. The reader is the
 * caller's alone until it is given back.
 */
fhir_reader *connector_take_reader(bb_connector *c);
/*
 * Give `rd` back to `c`'s spares; freed when every slot is taken (or `c`
 * is NULL). NULL is fine.
 */
void connector_give_reader(bb_connector *c, fhir_reader *rd);
/*
 * fhir_read with one of `c`'s spare readers: the same result and the
 * same problems in `diags`. `c` may be NULL.
 */
int connector_fhir_read(bb_connector *c, fhir_node **out, const char *buf, size_t len,
			const char *source, diag_list *diags);
/* fhir_read with `rd`, or plain fhir_read when `rd` is NULL (take failed). */
int connector_fhir_read_with(fhir_reader *rd, fhir_node **out, const char *buf, size_t len,
			     const char *source, diag_list *diags);
/* bb_connector_free: free the spares. */
void connector_readers_free(bb_connector *c);

#endif
