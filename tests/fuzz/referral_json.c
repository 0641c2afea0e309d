/*
 * libFuzzer target: the core reading the canonical referral as JSON
 * (bb_referral_from_json, docs/canonical-json.md) and, when that works,
 * the referral becoming a message. A crash, sanitizer report or hang is
 * a finding.
 */
#include <stdint.h>
#include <stdlib.h>

#include "beweegbrug.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static bb_connector *c;
	bb_referral *r = NULL;
	char *out = NULL;

	if (!c && bb_connector_new(&c, NULL) != BB_OK)
		abort();
	if (bb_referral_from_json(&r, c, "fuzz", data, size) == BB_OK) {
		bb_referral_to_fhir(&out, NULL, c, r, NULL, BB_FORMAT_JSON);
		bb_free(out);
		bb_referral_free(r);
	}
	return 0;
}
