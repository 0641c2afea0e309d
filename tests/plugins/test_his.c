/*
 * test-his: the smallest useful HIS adapter, proving the ABI. Its record
 * format is "key=value" lines: id, kind, bsn, family, birthdate, reason
 * (ICPC code, space, text). Feedback comes out as "key=value" lines too.
 */
#include <stdio.h>
#include <string.h>

#include "beweegbrug/sys/plugin.h"

static int open_state(void **state, const bb_host *host)
{
	static int opened;
	(void)host;
	*state = &opened;
	return BB_OK;
}

static int read_referral(void *state, const bb_host *host, const bb_input *in,
			 bb_referral *out)
{
	const char *p = (const char *)in->data, *end = p + in->len;
	unsigned line = 0;

	if (!state)
		return bb_host_error(host, BB_ERROR, 0, NULL, "open was not called");
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		char buf[512], *eq;

		line++;
		if (n >= sizeof(buf))
			return bb_host_error(host, BB_EINPUT, line, NULL, "line too long");
		memcpy(buf, p, n);
		buf[n] = '\0';
		p += n + 1;
		if (!*buf)
			continue;
		eq = strchr(buf, '=');
		if (!eq)
			return bb_host_error(host, BB_EINPUT, line, NULL, "expected key=value");
		*eq++ = '\0';
		bb_referral_locate(out, line, buf);
		if (strcmp(buf, "id") == 0)
			bb_referral_set(out, BB_REF_ID, eq);
		else if (strcmp(buf, "kind") == 0)
			bb_referral_set(out, BB_REF_KIND, eq);
		else if (strcmp(buf, "bsn") == 0)
			bb_referral_set(out, BB_REF_PATIENT_BSN, eq);
		else if (strcmp(buf, "family") == 0)
			bb_referral_set(out, BB_REF_PATIENT_FAMILY, eq);
		else if (strcmp(buf, "birthdate") == 0)
			bb_referral_set(out, BB_REF_PATIENT_BIRTHDATE, eq);
		else if (strcmp(buf, "reason") == 0) {
			char *sp = strchr(eq, ' ');
			if (!sp)
				bb_referral_problem(out, "reason needs a code and a text");
			else {
				*sp = '\0';
				bb_referral_add_reason(out, "icpc-1-nl", eq, sp + 1);
			}
		} else
			bb_referral_problem(out, "unknown key");
	}
	return BB_OK;
}

static int write_feedback(void *state, const bb_host *host, const bb_feedback *fb, bb_buf *out)
{
	const char *status = bb_feedback_get(fb, BB_FB_STATUS);
	(void)state;

	if (!status)
		return bb_host_error(host, BB_EINPUT, 0, "feedback.status", "no status");
	bb_buf_printf(out, "referral=%s\nstatus=%s\n",
		      bb_feedback_get(fb, BB_FB_REFERRAL_ID) ? bb_feedback_get(fb, BB_FB_REFERRAL_ID) : "",
		      status);
	return BB_OK;
}

static const bb_adapter adapter = {
	.abi_version = BB_PLUGIN_ABI_VERSION,
	.struct_size = sizeof(bb_adapter),
	.kind = BB_ADAPTER_HIS,
	.name = "test-his",
	.description = "test HIS adapter (key=value records)",
	.open = open_state,
	.read_referral = read_referral,
	.write_feedback = write_feedback,
};

BB_PLUGIN_EXPORT const bb_adapter *bb_adapter_entry(uint32_t host_abi_version)
{
	(void)host_abi_version;
	return &adapter;
}
