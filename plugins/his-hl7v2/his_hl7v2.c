/*
 * his-hl7v2: HL7 v2.5 REF^I12 in (ER7, optionally MLLP-framed), feedback
 * out as ORU^R01. The mapping and the conventions are in docs/his-hl7v2.md.
 */
#include <stdio.h>
#include <stdlib.h>

#include "er7.h"
#include "hl7v2.h"

/*
 * The sender's key for this message (HL7 v2.5 2.10.1: MSH-10 is unique
 * per sending application): MSH-3, MSH-4 and MSH-10 as sent, so that a
 * resent message is recognised (bb_host_record_key).
 */
static void record_key(const bb_host *host, const er7_message *m)
{
	er7_slice app, fac, ctl;
	char *key;

	if (!er7_at(m, &m->segs[0], 10, 1, 0, 0, &ctl) || ctl.n == 0)
		return;
	if (!er7_at(m, &m->segs[0], 3, 1, 0, 0, &app))
		app.n = 0;
	if (!er7_at(m, &m->segs[0], 4, 1, 0, 0, &fac))
		fac.n = 0;
	key = malloc(app.n + fac.n + ctl.n + 16);
	if (!key)
		return;
	snprintf(key, app.n + fac.n + ctl.n + 16, "%.*s|%.*s|%.*s", (int)app.n, app.n ? app.p : "",
		 (int)fac.n, fac.n ? fac.p : "", (int)ctl.n, ctl.p);
	bb_host_record_key(host, key);
	free(key);
}

static int read_referral(void *state, const bb_host *host, const bb_input *in,
			 bb_referral *out)
{
	er7_message m;
	er7_error err;
	int rc;
	(void)state;

	rc = er7_parse(&m, in->data, in->len, &err);
	if (rc == -2)
		return bb_host_error(host, BB_ENOMEM, 0, NULL, "out of memory");
	if (rc != 0)
		return bb_host_error(host, BB_EINPUT, err.segment, err.where, "%s", err.message);
	record_key(host, &m);
	rc = read_ref_i12_host(host, &m, out);
	er7_free(&m);
	return rc;
}

static int write_feedback(void *state, const bb_host *host, const bb_feedback *fb, bb_buf *out)
{
	hl7_out o = { NULL, 0, 0, 0 };
	char now[32];
	int rc;
	(void)state;

	hl7_now(now);
	if ((rc = hl7_write_feedback(&o, fb, now)) == BB_EINPUT) {
		rc = bb_host_error(host, rc, 0, "feedback",
				   "the feedback lacks its referral id, practice AGB or status");
		goto fail;
	}
	if (rc != BB_OK)
		goto fail;
	if (o.failed) {
		rc = BB_ENOMEM;
		goto fail;
	}
	rc = bb_buf_append(out, o.p, o.len);
fail:
	out_free(&o);
	return rc;
}

/* The original-mode ACK for a received REF^I12, with an ERR per problem. */
static int acknowledge(void *state, const bb_host *host, const bb_input *in,
		       const bb_problems *problems, bb_buf *out)
{
	hl7_out o = { NULL, 0, 0, 0 };
	size_t count = bb_problems_count(problems);
	hl7_ack_problem *list = count ? calloc(count, sizeof(*list)) : NULL;
	char now[32], control[21], seed[64];
	size_t i;
	int rc;
	(void)state;

	if (count && !list)
		return bb_host_error(host, BB_ENOMEM, 0, NULL, "out of memory");
	for (i = 0; i < count; i++) {
		list[i].segment = bb_problems_line(problems, i);
		list[i].where = bb_problems_where(problems, i);
		list[i].text = bb_problems_message(problems, i);
	}
	hl7_now(now);
	snprintf(seed, sizeof(seed), "%s|%zu|%zu", now, in->len, count);
	hl7_control_id(control, "BBACK", seed);
	hl7_ack_build_now(&o, in->data, in->len, list, count, bb_host_not_now(host), now, control);
	rc = o.failed ? BB_ENOMEM : bb_buf_append(out, o.p, o.len);
	out_free(&o);
	free(list);
	return rc;
}

/* The HIS's ACK to an ORU^R01 we sent it. */
static int check_answer(void *state, const bb_host *host, const bb_input *sent,
			const bb_input *answer)
{
	char why[300];
	int rc;
	(void)state;

	rc = hl7_check_answer(sent->data, sent->len, answer->data, answer->len, why, sizeof why);
	if (rc == 0)
		return BB_OK;
	return bb_host_error(host, rc == 1 ? BB_EUNAVAILABLE : rc == 2 ? BB_EREFUSED : BB_EINPUT, 0,
			     "MSA", "%s", why);
}

/* The HIS's own codes an installation maps ([his "his-hl7v2"], docs/his-hl7v2.md). */
static const char *const settings[] = { MAP_REFERRAL_TYPES, NULL };

static const bb_adapter his_hl7v2 = {
	.abi_version = BB_PLUGIN_ABI_VERSION,
	.struct_size = sizeof(bb_adapter),
	.kind = BB_ADAPTER_HIS,
	.name = "his-hl7v2",
	.description = "HL7 v2.5 REF^I12 in, ORU^R01 feedback out (ER7, MLLP)",
	.settings = settings,
	.read_referral = read_referral,
	.write_feedback = write_feedback,
	.acknowledge = acknowledge,
	.check_answer = check_answer,
};

BB_PLUGIN_EXPORT const bb_adapter *bb_adapter_entry(uint32_t host_abi_version)
{
	(void)host_abi_version;
	return &his_hl7v2;
}
