/*
 * <beweegbrug/gli.h>: the GLI eligibility check.
 * Part of the public API; programs include <beweegbrug.h>, which
 * includes every topic header. This one also compiles on its own.
 */
#ifndef BEWEEGBRUG_GLI_H
#define BEWEEGBRUG_GLI_H

#include "beweegbrug/common.h"
#include "beweegbrug/referral.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- GLI eligibility -------------------------------------------------- */

typedef enum bb_gli_verdict {
	BB_GLI_NOT_CHECKED = 0, /* (bb_receipt) not a GLI referral, so not checked */
	BB_GLI_ELIGIBLE = 1,    /* BMI >= 30, or >= 25 with a risk factor */
	BB_GLI_NOT_ELIGIBLE,    /* the record's BMI (or age) does not meet the criteria */
	BB_GLI_UNKNOWN          /* no BMI, nor weight and height to compute it */
} bb_gli_verdict;

/*
 * Does the record meet the entry criteria of the insured GLI (gecombineerde
 * leefstijlinterventie)? BMI 30 or more, or 25 or more with a risk factor
 * among the reasons (ICPC-1-NL: HVZ K74-K77, K89-K92; DM2 T90 but not
 * T90.01; slaapapneu P06.01; artrose L89-L91); adults only. The BMI is the
 * latest LOINC 39156-5, else computed from the latest weight (29463-7) and
 * height (8302-2). Advice only: a warning for the GP, never a block.
 * *verdict is the verdict; *explanation (may be NULL; free with
 * bb_free) says why in one line, e.g. "eligible: BMI 27.4 kg/m2
 * (2026-10-01) is 25 or more with a risk factor: T90.02 diabetes mellitus
 * type 2 (DM2)".
 * Thread safety: safe.
 */
BB_EXTERN int bb_gli_check(bb_gli_verdict *verdict, char **explanation,
			   const bb_referral *referral);

#ifdef __cplusplus
}
#endif

#endif
