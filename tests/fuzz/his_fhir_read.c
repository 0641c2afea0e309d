/*
 * libFuzzer target: the his-fhir adapter reading a HIS Bundle into the
 * canonical referral, and, when that works, the referral becoming a
 * message. A crash, sanitizer report or hang is a finding.
 */
#include <stdint.h>
#include <stdlib.h>

#include "beweegbrug/sys/plugin.h"

const bb_adapter *bb_adapter_entry(uint32_t host_abi_version);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static bb_connector *c;
	bb_referral *r = NULL;
	char *out = NULL;

	if (!c && (bb_connector_new(&c, NULL) != BB_OK ||
		   bb_adapter_register(c, bb_adapter_entry) != BB_OK))
		abort();
	if (bb_referral_from_his(&r, c, "his-fhir", "fuzz", data, size) == BB_OK) {
		bb_referral_to_fhir(&out, NULL, c, r, NULL, BB_FORMAT_JSON);
		bb_free(out);
		bb_referral_free(r);
	}
	return 0;
}
