/*
 * One source, several broken plugins: each build defines BROKEN_* to make
 * one defect the loader must catch and name.
 */
#include <stddef.h>

#include "beweegbrug/sys/plugin.h"

/* Unused in the variants that leave it out of the table. */
__attribute__((unused))
static int read_referral(void *s, const bb_host *h, const bb_input *in, bb_referral *out)
{
	(void)s; (void)h; (void)in; (void)out;
	return BB_OK;
}

#ifdef BROKEN_NO_ENTRY
/* Exports a symbol, but not the entry. */
BB_PLUGIN_EXPORT int not_the_entry(void)
{
	return read_referral(NULL, NULL, NULL, NULL);
}
#else
static const bb_adapter adapter = {
#if defined(BROKEN_ABI_NEW)
	.abi_version = 99,
#elif defined(BROKEN_ABI_OLD)
	.abi_version = 0,
#elif defined(BROKEN_ABI_1)
	.abi_version = 1,    /* ABI 1's acknowledge took a bb_problem array */
#else
	.abi_version = BB_PLUGIN_ABI_VERSION,
#endif
#ifdef BROKEN_SMALL
	.struct_size = 8,
#else
	.struct_size = sizeof(bb_adapter),
#endif
	.kind = BB_ADAPTER_HIS,
	.name = PLUGIN_NAME,
	.description = "a deliberately broken plugin for the loader tests",
#ifndef BROKEN_NO_READ
	.read_referral = read_referral,
#endif
};

BB_PLUGIN_EXPORT const bb_adapter *bb_adapter_entry(uint32_t host_abi_version)
{
	(void)host_abi_version;
#ifdef BROKEN_NULL_TABLE
	(void)adapter;
	return NULL;
#else
	return &adapter;
#endif
}
#endif
