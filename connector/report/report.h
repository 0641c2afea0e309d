/*
 * Monitoring (docs/monitoring.md): instroom, doorstroom and behoud,
 * derived from the stores the connector keeps anyway. There is no second
 * source of truth: a GP practice's outbox holds the referrals it sent and
 * its inbox the feedback on them; a provider's or platform's inbox holds
 * what it received and its outbox the feedback it sent. Both are read
 * the same way, message by message, and nothing is stored.
 *
 *   collect.c   the store's messages -> one record per referral
 *   figures.c   records -> the figures per group, with small cells hidden
 *   write_*.c   the figures as CSV, FHIR MeasureReport, HTML
 */
#ifndef BB_REPORT_H
#define BB_REPORT_H

#include <stddef.h>
#include <stdint.h>

#include "beweegbrug.h"
#include "util/diag.h"
#include "util/strutil.h"

/* The outcome measurements a report follows (LOINC, or our own key for welbevinden). */
enum { OUT_BMI, OUT_WEIGHT, OUT_WAIST, OUT_WALK, OUT_WELLBEING, OUT_COUNT };

typedef struct rep_value {
	double value;
	int64_t when;            /* seconds since the epoch */
	unsigned seq;            /* arrival order, to break ties */
} rep_value;

/* One feedback message, as much as monitoring needs of it. */
typedef struct rep_feedback {
	int64_t when;
	unsigned seq;
	char status[16];
	char reason[24];         /* stop or decline reason code */
	char continuation[20];
	char track[16];          /* a stadspoli's forward */
	int intake;              /* carries an intake date */
	int followup;            /* months, 0 when not a follow-up */
	int active;              /* follow-up: 1 yes, 0 no */
	int per_week;            /* follow-up: times a week, -1 unknown */
} rep_feedback;

/* One referral: who, where, when, and what was heard of it. */
typedef struct rep_referral {
	char *key;               /* "AGB|id" */
	char practice[9];
	char *practice_name;
	char *receiver;          /* receiver id */
	char *receiver_name;
	char *offer;             /* beweegkaart offer id, or NULL */
	char wijk[5];            /* PC4, "" unknown */
	char day[11];            /* the day it was made, Europe/Amsterdam */
	int have_referral;       /* the referral message itself is in the store */
	rep_feedback *fb;
	size_t nfb, capfb;
	rep_value *out[OUT_COUNT];
	size_t nout[OUT_COUNT], capout[OUT_COUNT];
} rep_referral;

typedef struct rep_data {
	rep_referral *refs;
	size_t n, cap;
	size_t *slots, nslots;   /* index by key: record index + 1, 0 free */
	unsigned seq;
	size_t messages, unreadable;
} rep_data;

/* Every referral and feedback message in the connector's store. */
int report_collect(rep_data *data, bb_connector *c, diag_list *d);
void report_data_free(rep_data *data);

/* LOINC code of an outcome (NULL for welbevinden, which has none). */
const char *report_outcome_loinc(int outcome);
const char *report_outcome_name(int outcome);    /* "BMI", "Gewicht", ... */
const char *report_outcome_unit(int outcome);

/* ---- figures ----------------------------------------------------------- */

/* One cell: a count (or, for outcomes, n with median and quartiles). */
typedef struct rep_row {
	const char *measure;     /* referred, accepted, ... (static) */
	char detail[32];         /* a reason code, months, LOINC; "" */
	long value;              /* count or n */
	long denominator;        /* -1: none */
	int is_outcome;
	double median, q1, q3;
} rep_row;

typedef struct rep_group {
	char *key;               /* the group's value ("totaal" for all) */
	char *label;             /* words for people (practice name, ...) */
	rep_row *rows;
	size_t nrows, caprows;
} rep_group;

typedef struct rep_figures {
	const char *group_by;    /* practice | offer | receiver | wijk | month */
	char from[11], to[11];   /* the period, Amsterdam days; "" open */
	char first_day[11], last_day[11];   /* of the referrals counted */
	unsigned min_cell;
	rep_group *groups;       /* sorted by key; the total last */
	size_t ngroups;
	int months[8];           /* follow-up moments seen, ascending */
	size_t nmonths;
	size_t referrals;        /* in the period, all groups */
} rep_figures;

int report_figures(rep_figures *f, const rep_data *data, const bb_report_options *opts,
		   diag_list *d);
void report_figures_free(rep_figures *f);

/* A count as a reader may see it: "" when value < 0, "<5" when 0 < value < min_cell. */
int report_hidden(const rep_figures *f, long value);
/* Percent value/denominator when neither is hidden; 0 when it must not be shown. */
int report_percent(const rep_figures *f, const rep_row *r, double *pct);

/* The writers: append the report to `out`. */
int report_write_csv(strbuf *out, const rep_figures *f);
int report_write_fhir(strbuf *out, const rep_figures *f, int xml, diag_list *d);

/*
 * The code systems of the FHIR output (our package publishes them as
 * CodeSystem resources made from these tables, tests/codesystems.c):
 * indicator `index` (the CSV's measure) with its meaning in Dutch, and
 * grouping `index` (practice, offer, ...) with its Dutch name; NULL past
 * the last. An indicator with a detail is coded "measure/detail" (a
 * reason, track or continuation code, the months of a follow-up, an
 * outcome's LOINC code or welbevinden), a quartile of a median
 * "change/<outcome>/q1" or "times_per_week/<months>/q3".
 */
#define REPORT_SYS_INDICATOR "https://beweegbrug.nl/fhir/CodeSystem/monitoring-indicator"
#define REPORT_SYS_GROUPING "https://beweegbrug.nl/fhir/CodeSystem/monitoring-grouping"
const char *report_indicator_at(size_t index, const char **meaning);
const char *report_grouping_at(size_t index, const char **display);
int report_write_html(strbuf *out, const rep_figures *f);

#endif
