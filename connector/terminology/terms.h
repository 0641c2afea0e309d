/*
 * The terminology core: the only place that says what a code means.
 * Measurements (NHG Tabel 45 <-> LOINC <-> UCUM <-> Dutch words) and
 * ICPC-1-NL codes (Dutch text, and which weight-related risk group of the
 * GLI check they belong to). docs/terminology.md lists every row and the
 * public source it comes from; the public face is bb_measure_* and
 * bb_icpc_* in beweegbrug/terminology.h.
 */
#ifndef BB_TERMS_H
#define BB_TERMS_H

#include <stddef.h>

#include "beweegbrug.h"

/* The ICPC-1-NL system name the model uses for reasons. */
#define TERM_ICPC_SYSTEM "icpc-1-nl"

/*
 * Decimal text with the point moved `shift` places to the right (left
 * when negative), digit for digit: "1.72" +2 -> "172", "172" -2 -> "1.72",
 * "170" -2 -> "1.70". Nothing is rounded, so a value shifted there and
 * back is the same number. NULL when `value` is not a plain decimal.
 */
char *term_decimal_shift(const char *value, int shift);

/*
 * A measurement in the model's canonical unit for its LOINC code: `unit`
 * converted by a power of ten when the row allows it (m -> cm, g -> kg).
 * *value_out is a new string (free it) or NULL when nothing changed;
 * *unit_out the unit to store. Returns 0 when the unit does not fit the
 * code, with the reason in *why (static text). Codes without a row pass
 * unchanged.
 */
int term_canonical(const char *loinc, const char *value, const char *unit,
		   char **value_out, const char **unit_out, const char **why);

/*
 * The ICPC row for `code`: the exact code, else its rubric ("T90" for
 * "T90.05") when the rubric row covers its sub-codes. NULL when none.
 */
const bb_icpc_info *term_icpc(const char *code);

/*
 * Where a person goes on after the programme (doorstroom), coded in
 * https://beweegbrug.nl/fhir/CodeSystem/continuation (continuation.c names the
 * source): the codes (NULL-terminated), and the Dutch display of `code`,
 * NULL when it is not one of them.
 */
extern const char *const term_continuation_codes[];
const char *term_continuation_display(const char *code);

/*
 * Outcomes no public code system covers, in Beweegbrug's own
 * https://beweegbrug.nl/fhir/CodeSystem/outcome (outcome.c names the
 * source): today only welbevinden, a score 0-10.
 */
typedef struct term_outcome {
	const char *code, *display, *definition;
	const char *ucum;       /* the unit of its value */
	int low, high;          /* the range a value must be in */
	const char *source;
} term_outcome;
const term_outcome *term_outcome_at(size_t index);
const term_outcome *term_outcome_lookup(const char *code);
/* 1 when `value` is a score low..high, whole or with one decimal ("7", "7.5"). */
int term_score_ok(const char *value, int low, int high);

/* A code of one of our own code systems and its Dutch display. */
typedef struct term_code {
	const char *code, *display;
} term_code;

/*
 * The monitoring outputs of a feedback Task, coded in
 * https://beweegbrug.nl/fhir/CodeSystem/monitoring-output (monitoring.c
 * names the source); the table ends with a NULL code.
 */
#define TERM_MONITOR_FOLLOWUP "follow-up-months"
#define TERM_MONITOR_ACTIVE "still-active"
#define TERM_MONITOR_PER_WEEK "times-per-week"
#define TERM_MONITOR_CONTINUATION "continuation"
#define TERM_MONITOR_NEXT_OFFER "next-offer"
extern const term_code term_monitoring_outputs[];
const char *term_monitoring_output_display(const char *code);

/* "1.5" -> "1,5": the decimal comma a Dutch reader expects (into buf). */
void term_dutch_decimal(char *buf, size_t size, const char *value);
/* A UCUM unit as written in a Dutch sentence: mm[Hg] -> mmHg, kg/m2 -> kg/m². */
const char *term_unit_words(const char *ucum);

#endif
