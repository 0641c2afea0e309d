/*
 * <beweegbrug/report.h>: monitoring: instroom, doorstroom, behoud.
 * Part of the public API; programs include <beweegbrug.h>, which
 * includes every topic header. This one also compiles on its own.
 */
#ifndef BEWEEGBRUG_REPORT_H
#define BEWEEGBRUG_REPORT_H

#include "beweegbrug/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- monitoring: instroom, doorstroom, behoud ------------------------- */

/*
 * A report over the referrals this installation sent or received
 * (docs/monitoring.md), derived from its own outbox and inbox: a GP
 * practice sees its referrals, a provider or platform what it received.
 * Figures only: counts under `min_cell` people are shown as "<5" (or the
 * FHIR equivalent), and no BSN, name or date of birth is ever written.
 */
typedef enum bb_report_group {
	BB_REPORT_BY_PRACTICE = 1,
	BB_REPORT_BY_OFFER,
	BB_REPORT_BY_RECEIVER,
	BB_REPORT_BY_WIJK,              /* the patient's postcode area (PC4) */
	BB_REPORT_BY_MONTH              /* the month the referral was made */
} bb_report_group;

typedef enum bb_report_format {
	BB_REPORT_CSV = 1,
	BB_REPORT_FHIR_JSON,            /* a Bundle of Measure definitions and MeasureReports */
	BB_REPORT_FHIR_XML,
	BB_REPORT_HTML                  /* one self-contained page with charts */
} bb_report_format;

typedef struct bb_report_options {
	const char *from;               /* first day (YYYY-MM-DD, Amsterdam) of referrals counted; NULL: open */
	const char *to;                 /* last day, inclusive; NULL: open */
	bb_report_group group;          /* 0: by practice */
	unsigned min_cell;              /* smallest count shown; 0: 5 */
} bb_report_options;

/* The report in `format`; *out is NUL-terminated, free it with bb_free. Thread safety: safe. */
BB_EXTERN int bb_report(char **out, size_t *out_len, bb_connector *connector,
			const bb_report_options *options, bb_report_format format);

#ifdef __cplusplus
}
#endif

#endif
