/*
 * his-fhir: for a HIS with a FHIR API. The HIS hands over a collection or
 * transaction Bundle of nl-core resources around a draft ServiceRequest
 * (docs/his-fhir.md); feedback goes back as a transaction Bundle the HIS
 * can post to its own API: a SOEP journal Composition and Observations.
 */
#include <string.h>

#include "hf.h"

static int read_referral(void *state, const bb_host *host, const bb_input *in,
			 bb_referral *out)
{
	bb_fhir *root = NULL;
	const char *type;
	int rc;
	(void)state;

	rc = bb_host_fhir_read(&root, host, in);
	if (rc != BB_OK)
		return rc;
	type = bb_fhir_value(root, "type", 0);
	if (strcmp(bb_fhir_type(root), "Bundle") != 0 || !type ||
	    (strcmp(type, "collection") != 0 && strcmp(type, "transaction") != 0)) {
		rc = bb_host_error(host, BB_EINPUT, 0, bb_fhir_type(root),
				   "a HIS referral is a Bundle of type collection or transaction");
		bb_fhir_free(root);
		return rc;
	}
	rc = hf_read_referral(host, root, out);
	bb_fhir_free(root);
	return rc;
}

static int write_feedback(void *state, const bb_host *host, const bb_feedback *fb, bb_buf *out)
{
	(void)state;
	return hf_write_feedback(host, fb, out);
}

/* The HIS's own codes an installation maps ([his "his-fhir"], docs/his-fhir.md). */
static const char *const settings[] = { HF_MAP_REFERRAL_TYPES, NULL };

static const bb_adapter his_fhir = {
	.abi_version = BB_PLUGIN_ABI_VERSION,
	.struct_size = sizeof(bb_adapter),
	.kind = BB_ADAPTER_HIS,
	.name = "his-fhir",
	.description = "HIS with a FHIR R4 API (nl-core Bundle in, SOEP Composition out)",
	.settings = settings,
	.read_referral = read_referral,
	.write_feedback = write_feedback,
};

BB_PLUGIN_EXPORT const bb_adapter *bb_adapter_entry(uint32_t host_abi_version)
{
	(void)host_abi_version;
	return &his_fhir;
}
