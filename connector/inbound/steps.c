/*
 * Does a feedback fit what is known of its referral? One judgement for
 * both sides: the GP side when it receives feedback, the provider side
 * before it sends some, so neither accepts a step the other would refuse.
 *
 * What is known is kept in referral_state: the referral's Task status and
 * the date of the feedback that set it, under "AGB|id"; and, once a
 * stadspoli has forwarded the patient, the forwarded Task's status under
 * "AGB|id|forward". After a forward the referral's own Task stays
 * completed, and further reports on the physio, specialist or coach track
 * move the forwarded Task instead (docs/stadspoli.md).
 */
#include "inbound.h"

#include <stdlib.h>
#include <string.h>

#include "util/strutil.h"

/* The forwarded Task's status a feedback reports, or NULL when it forwards nothing. */
static const char *forwarded_status(const bb_feedback *fb)
{
	if (!bb_feedback_get(fb, BB_FB_FORWARDED_TRACK))
		return NULL;
	return bb_feedback_get(fb, BB_FB_FORWARDED_STATUS) ? bb_feedback_get(fb, BB_FB_FORWARDED_STATUS)
							   : "requested";
}

/*
 * Older than what is applied: dated earlier, or in the same second but a
 * step that comes before the current status (an "accepted" sent in the
 * same second as the "in-progress" after it).
 */
static int is_stale(const char *status0, const char *date0, const char *status, const char *date)
{
	int64_t before, now;

	if (!date0 || !date)
		return 0;
	before = inbound_datetime_epoch(date0);
	now = inbound_datetime_epoch(date);
	if (now != before)
		return now < before;
	return !bb_task_transition_ok(status0, status) && bb_task_transition_ok(status, status0);
}

/*
 * A follow-up report months after the start (docs/monitoring.md) comes
 * when the programme may be over: after completed or failed it keeps
 * that status, so the Task does not move and the step is allowed.
 */
static int is_follow_up_after_end(const bb_feedback *fb, const char *status0, const char *status)
{
	return bb_feedback_get(fb, BB_FB_FOLLOWUP_MONTHS) && strcmp(status0, status) == 0 &&
	       (strcmp(status, "completed") == 0 || strcmp(status, "failed") == 0);
}

static char *forward_key(const char *key)
{
	return str_printf("%s|forward", key);
}

step_verdict inbound_feedback_step(outbox *ob, const char *key, const bb_feedback *fb, int check_dates,
			   char **why, diag_list *d)
{
	const char *status = bb_feedback_get(fb, BB_FB_STATUS);
	const char *date = check_dates ? bb_feedback_get(fb, BB_FB_DATE) : NULL;
	const char *fstatus = forwarded_status(fb);
	const char *ref = bb_feedback_get(fb, BB_FB_REFERRAL_ID);
	char *status0 = NULL, *date0 = NULL, *fprev = NULL, *fdate = NULL, *fkey = NULL;
	step_verdict v = STEP_OK;
	int rc;

	*why = NULL;
	rc = store_referral_state_get(ob, key, &status0, &date0, d);
	if (rc == BB_ENOTFOUND) {
		v = STEP_UNKNOWN;
		goto out;
	}
	if (rc != BB_OK) {
		v = STEP_ERROR;
		goto out;
	}
	if (fstatus && strcmp(status0, "completed") == 0 && strcmp(status, "completed") == 0) {
		/* a report on the forwarded track: the forwarded Task moves */
		if (!(fkey = forward_key(key))) {
			v = STEP_ERROR;
			goto out;
		}
		rc = store_referral_state_get(ob, fkey, &fprev, &fdate, d);
		if (rc != BB_OK && rc != BB_ENOTFOUND) {
			v = STEP_ERROR;
			goto out;
		}
		if (is_stale(status0, date0, status, date) ||
		    is_stale(fprev ? fprev : "requested", fdate, fstatus, date))
			v = STEP_STALE;
		else if (fprev && !bb_task_transition_ok(fprev, fstatus))
			v = STEP_ILLEGAL;
		if (v == STEP_ILLEGAL)
			*why = str_printf("referral %s was forwarded and that track is %s; %s cannot follow",
					  ref, fprev, fstatus);
		goto out;
	}
	if (is_stale(status0, date0, status, date))
		v = STEP_STALE;
	else if (is_follow_up_after_end(fb, status0, status))
		v = STEP_OK;
	else if (!bb_task_transition_ok(status0, status)) {
		v = STEP_ILLEGAL;
		*why = str_printf("referral %s is %s; %s cannot follow", ref, status0, status);
	}
out:
	if (v == STEP_ILLEGAL && !*why)
		v = STEP_ERROR;   /* out of memory for the words */
	free(status0);
	free(date0);
	free(fprev);
	free(fdate);
	free(fkey);
	return v;
}

int inbound_feedback_step_record(outbox *ob, const char *key, const bb_feedback *fb, int64_t now,
			 diag_list *d)
{
	const char *fstatus = forwarded_status(fb);
	char *fkey;
	int rc;

	rc = store_referral_state_put(ob, key, bb_feedback_get(fb, BB_FB_STATUS),
				bb_feedback_get(fb, BB_FB_DATE), now, d);
	if (rc != BB_OK || !fstatus)
		return rc;
	if (!(fkey = forward_key(key)))
		return BB_ENOMEM;
	rc = store_referral_state_put(ob, fkey, fstatus, bb_feedback_get(fb, BB_FB_DATE), now, d);
	free(fkey);
	return rc;
}
