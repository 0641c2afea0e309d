/*
 * his-xml: the Beweegbrug HIS XML export, the format a HIS vendor maps to
 * when it has nothing better (docs/his-xml.md). Referrals come in as
 * <verwijzing xmlns="urn:beweegbrug:his:1"> (schemas/his-referral.xsd);
 * feedback goes out as a journal entry, <terugkoppeling
 * xmlns="urn:beweegbrug:his:terugkoppeling:1"> (schemas/his-feedback.xsd).
 * Dutch element names, because the people who map to it are Dutch HIS
 * developers reading Dutch GP concepts.
 */
#include "hx.h"

static int read_referral(void *state, const bb_host *host, const bb_input *in,
			 bb_referral *out)
{
	xmlSchemaPtr schema;
	int rc;

	(void)state;
	/*
	 * Compiled per call (about a millisecond): a plugin keeps no global
	 * state, and the host makes fresh adapter state for every call.
	 */
	schema = hx_schema_new(host);
	if (!schema)
		return BB_ERROR;
	rc = hx_read(host, schema, in, out);
	xmlSchemaFree(schema);
	return rc;
}

static int write_feedback(void *state, const bb_host *host, const bb_feedback *fb, bb_buf *out)
{
	(void)state;
	return hx_write_feedback(host, fb, out);
}

static const bb_adapter his_xml = {
	.abi_version = BB_PLUGIN_ABI_VERSION,
	.struct_size = sizeof(bb_adapter),
	.kind = BB_ADAPTER_HIS,
	.name = "his-xml",
	.description = "Beweegbrug HIS XML export (urn:beweegbrug:his:1) and journal feedback",
	.read_referral = read_referral,
	.write_feedback = write_feedback,
};

BB_PLUGIN_EXPORT const bb_adapter *bb_adapter_entry(uint32_t host_abi_version)
{
	(void)host_abi_version;
	return &his_xml;
}
