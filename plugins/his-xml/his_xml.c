/*
 * his-xml: the Beweegbrug HIS XML export, the format a HIS vendor maps to
 * when it has nothing better (docs/his-xml.md). Referrals come in as
 * <verwijzing xmlns="urn:beweegbrug:his:1"> (schemas/his-referral.xsd);
 * feedback goes out as a journal entry, <terugkoppeling
 * xmlns="urn:beweegbrug:his:terugkoppeling:1"> (schemas/his-feedback.xsd).
 * Dutch element names, because the people who map to it are Dutch HIS
 * developers reading Dutch GP concepts.
 */
#include <pthread.h>

#include "hx.h"

/*
 * The referral schema, compiled once per process (while the plugin is
 * loaded) on first use: compiling took longer than reading a record. It
 * is constant afterwards and shared by every thread; each validation
 * makes its own context. Freed when the plugin is unloaded.
 */
static pthread_once_t schema_once = PTHREAD_ONCE_INIT;
static xmlSchemaPtr schema;
static char schema_why[400];

static void compile_schema(void)
{
	schema = hx_schema_compile(schema_why, sizeof(schema_why));
}

__attribute__((destructor)) static void free_schema(void)
{
	if (schema)
		xmlSchemaFree(schema);
	schema = NULL;
}

static int read_referral(void *state, const bb_host *host, const bb_input *in,
			 bb_referral *out)
{
	(void)state;
	pthread_once(&schema_once, compile_schema);
	if (!schema)
		return bb_host_error(host, BB_ERROR, 0, NULL, "%s", schema_why);
	return hx_read(host, schema, in, out);
}

static int write_feedback(void *state, const bb_host *host, const bb_feedback *fb, bb_buf *out)
{
	(void)state;
	return hx_write_feedback(host, fb, out);
}

/* The HIS's own codes an installation maps ([his "his-xml"], docs/his-xml.md). */
static const char *const settings[] = { HX_MAP_REFERRAL_TYPES, NULL };

static const bb_adapter his_xml = {
	.abi_version = BB_PLUGIN_ABI_VERSION,
	.struct_size = sizeof(bb_adapter),
	.kind = BB_ADAPTER_HIS,
	.name = "his-xml",
	.description = "Beweegbrug HIS XML export (urn:beweegbrug:his:1) and journal feedback",
	.settings = settings,
	.read_referral = read_referral,
	.write_feedback = write_feedback,
};

BB_PLUGIN_EXPORT const bb_adapter *bb_adapter_entry(uint32_t host_abi_version)
{
	(void)host_abi_version;
	return &his_xml;
}
