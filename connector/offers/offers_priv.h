/* The inside of a bb_offers catalogue, shared by the files in connector/offers/. */
#ifndef BB_OFFERS_PRIV_H
#define BB_OFFERS_PRIV_H

#include <time.h>

#include "beweegbrug.h"
#include "util/diag.h"
#include "fhir/fhir_node.h"

#define OFFER_KIND_SYSTEM "urn:beweegbrug:CodeSystem:offer-kind"
#define OFFER_FEATURE_SYSTEM "urn:beweegbrug:CodeSystem:offer-feature"
#define OFFER_EXT_PREFIX "urn:beweegbrug:StructureDefinition:offer-"
#define PC4_SYSTEM "urn:beweegbrug:id:pc4"
#define ICPC_SYSTEM "http://hl7.org/fhir/sid/icpc-1-nl"

/* A wijk or other area an offer serves: a name, a town, its 4-digit postcodes. */
typedef struct offer_area {
	const char *name, *town;
	const char **pc4;
	size_t npc4;
} offer_area;

typedef struct offer_condition {
	const char *code, *display;   /* ICPC rubric or sub-code */
} offer_condition;

typedef struct offer_item {
	bb_offer pub;
	offer_condition *conditions;
	size_t nconditions;
	const char **features;
	size_t nfeatures;
	const offer_area **areas;
	size_t nareas;
	char venue_pc4[5];
} offer_item;

/* One loaded catalogue: the FHIR tree its strings point into, and what was derived. */
typedef struct catalogue {
	fhir_node *bundle;
	offer_item *items;
	size_t count;
	offer_area *areas;
	size_t nareas;
	char **owned;                 /* derived strings (when, venue) */
	size_t nowned;
} catalogue;

struct bb_offers {
	bb_connector *connector;
	catalogue *cat;
	char *source;                 /* file or URL loaded */
	char *etag;                   /* a URL's ETag, for If-None-Match */
};

/*
 * Read a catalogue from bytes; all problems go to `d` (source: `source`).
 * `c` (may be NULL) lends a spare FHIR reader and names destinations.
 */
int catalogue_parse(catalogue **out, const char *buf, size_t len, const char *source,
		    bb_connector *c, diag_list *d);
void catalogue_free(catalogue *cat);

/*
 * Fetch `url` under the transport policy (https only; the server verified
 * against `ca_file`, NULL: the system's CAs); *status 200 with *body, or 304
 * (not modified).
 */
int catalogue_fetch(char **body, size_t *len, long *status, char **etag, const char *url,
		    const char *ca_file, const char *if_none_match, diag_list *d);

/* The area of a 4-digit postcode among the catalogue's areas, or NULL. */
const offer_area *catalogue_area_of(const catalogue *cat, const char *pc4);

#endif
