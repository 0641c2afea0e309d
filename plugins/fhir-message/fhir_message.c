/*
 * fhir-message: deliver a message Bundle with FHIR messaging, POST
 * [base]/$process-message (standards.md §5.3), over the host's HTTPS with
 * the destination's client certificate. The exchange and how its answer
 * decides OK / TRANSIENT / FATAL is the core's bb_host_process_message,
 * shared with the adapters that add a receiver's rules on top (stadspoli).
 */
#include "beweegbrug/sys/plugin.h"

static int deliver(void *state, const bb_host *host, const bb_message *msg, bb_delivery *result)
{
	(void)state;
	return bb_host_process_message(result, host, msg);
}

static const char *const settings[] = { NULL };

static const bb_adapter fhir_message = {
	.abi_version = BB_PLUGIN_ABI_VERSION,
	.struct_size = sizeof(bb_adapter),
	.kind = BB_ADAPTER_DESTINATION,
	.name = "fhir-message",
	.description = "FHIR messaging: POST [base]/$process-message over mutual TLS",
	.settings = settings,
	.deliver = deliver,
};

BB_PLUGIN_EXPORT const bb_adapter *bb_adapter_entry(uint32_t host_abi_version)
{
	(void)host_abi_version;
	return &fhir_message;
}
