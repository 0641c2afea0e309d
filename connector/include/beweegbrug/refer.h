/*
 * <beweegbrug/refer.h>: the one click: bb_refer.
 * Part of the public API; programs include <beweegbrug.h>, which
 * includes every topic header. This one also compiles on its own.
 */
#ifndef BEWEEGBRUG_REFER_H
#define BEWEEGBRUG_REFER_H

#include "beweegbrug/common.h"
#include "beweegbrug/referral.h"
#include "beweegbrug/gli.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- the one click: bb_refer ------------------------------------------ */

/*
 * A record as the HIS exports it. Initialise with BB_HIS_RECORD_INIT.
 * Version 2 added the consent given at the click; a caller built for
 * version 1 (without those fields) still works.
 */
typedef struct bb_his_record {
	unsigned int version;     /* BB_HIS_RECORD_VERSION */
	const char *adapter;      /* the HIS adapter, e.g. "his-xml"; NULL: the configured one */
	const char *source;       /* names the record in messages, e.g. the HIS's own record id */
	const void *data;
	size_t len;
	/*
	 * Version 2. consent_now 1: the GP asked the patient with the offer on
	 * screen and the patient consented, now, to sharing with the receiver
	 * that takes the offer. The referral's Consent then has this moment as
	 * its dateTime, and the audit trail records who asked (event
	 * consent.given). consent_by: the AGB (8 digits) of the GP who asked;
	 * NULL: the record's referrer. consent_time: an ISO 8601 date-time with
	 * a time zone; NULL: now. A record that says the patient refused is
	 * not overruled: the HIS must record the new answer.
	 */
	int consent_now;
	const char *consent_by;
	const char *consent_time;
} bb_his_record;

#define BB_HIS_RECORD_VERSION 2
#define BB_HIS_RECORD_INIT { BB_HIS_RECORD_VERSION, NULL, NULL, NULL, 0, 0, NULL, NULL }

typedef enum bb_receipt_status {
	BB_RECEIPT_QUEUED = 1,    /* stored durably; delivery is under way */
	BB_RECEIPT_RETRYING,      /* stored; the receiver was not reached yet, retries follow */
	BB_RECEIPT_DELIVERED,     /* (a repeated click) the receiver has it */
	BB_RECEIPT_FAILED         /* (a repeated click) given up on: see last_error */
} bb_receipt_status;

/* What bb_refer hands back; the library owns the strings. Fields are only ever appended. */
typedef struct bb_receipt {
	const char *referral_id;  /* the GP side's referral id */
	const char *message_id;   /* the outbox message (the same for every click on this referral) */
	const char *offer_id, *offer_name;
	const char *receiver_id;  /* the destination that takes the offer */
	const char *receiver_name;
	bb_receipt_status status;
	const char *status_text;  /* one Dutch line for the HIS screen */
	const char *warnings;     /* lines for the GP (GLI check, kind mismatch), or NULL */
	const char *last_error;   /* the last delivery problem, or NULL */
	bb_gli_verdict gli_verdict; /* BB_GLI_NOT_CHECKED unless a GLI referral */
} bb_receipt;

/*
 * The button in the consulting room: read `record` with the HIS adapter,
 * look up `offer_id` in the configured beweegkaart (key `beweegkaart`),
 * point the referral at the destination that takes that offer, check the
 * consent is for that receiver (a record that names another receiver is
 * refused), run the GLI check for a GLI referral (a warning, never a
 * block), then minimise, build, validate and store the message durably
 * as bb_referral_send does, and start the delivery thread. Returns once
 * the message is on disk; *receipt (free with bb_receipt_free) says what
 * the HIS can show. Clicking again for the same referral queues nothing
 * new and reports the first message's state. On failure *receipt is NULL
 * and bb_error_last() names the field at fault.
 * Thread safety: safe.
 */
BB_EXTERN int bb_refer(bb_receipt **receipt, bb_connector *connector,
		       const bb_his_record *record, const char *offer_id);
/*
 * The same button for a referral the HIS has filled itself (bb_referral_new
 * and bb_referral_set, or bb_referral_from_json): everything bb_refer does
 * after reading the record, on a copy (`referral` is not changed). A
 * referral that recorded problems while it was filled is refused with
 * them. bb_refer is bb_referral_from_his followed by this, plus the
 * consent at the click of a version 2 record.
 * Thread safety: safe.
 */
BB_EXTERN int bb_refer_referral(bb_receipt **receipt, bb_connector *connector,
				const bb_referral *referral, const char *offer_id);
/* Thread safety: one thread per handle. */
BB_EXTERN void bb_receipt_free(bb_receipt *receipt);

#ifdef __cplusplus
}
#endif

#endif
