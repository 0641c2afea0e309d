/*
 * Internals of the canonical model: one table of fields per object, each
 * field with a name and a check, values stored as text. Problems found
 * while filling an object are kept in the object itself, with the input
 * location the adapter last gave, so that the core can report all of them
 * after the adapter returns.
 */
#ifndef BB_MODEL_H
#define BB_MODEL_H

#include <stddef.h>

#include "beweegbrug.h"
#include "util/diag.h"

typedef enum field_check {
	FC_TEXT,        /* free text, may span lines */
	FC_LINE,        /* one line of text */
	FC_ENUM,        /* one of `allowed` */
	FC_BSN,
	FC_AGB,         /* 8 digits */
	FC_URA,         /* 8 digits */
	FC_BIG,         /* 11 digits */
	FC_UZI,         /* 9 digits */
	FC_DATE,        /* YYYY-MM-DD */
	FC_DATETIME,    /* date, or date-time with zone */
	FC_POSTCODE,    /* Dutch: 1234 AB */
	FC_EMAIL,
	FC_PHONE,
	FC_COUNTRY,     /* ISO 3166 alpha-2 */
	FC_COUNT,       /* non-negative integer */
	FC_MONTHS,      /* 1-60: months after the start */
	FC_PER_WEEK,    /* 1-28: times a week */
	FC_SCORE10,     /* a score 0-10, whole or one decimal (terminology/outcome.c) */
	FC_ID,          /* an identifier: printable, no spaces, <= 64 */
	FC_ICPC         /* ICPC-1-NL: T90 or T90.02 */
} field_check;

typedef struct field_def {
	int id;
	const char *name;
	field_check check;
	const char *const *allowed;
} field_def;

/* Values and problems of one model object. */
typedef struct model_fields {
	const field_def *defs;
	size_t ndefs;
	int max_id;
	char **values;           /* indexed by field id */
	diag_list problems;
	char *source;            /* input name, set by the core */
	unsigned line;           /* current input location, set by the adapter */
	char *where;
} model_fields;

typedef struct measurement {
	char *loinc, *value, *unit, *when;
} measurement;

typedef struct measurement_list {
	measurement *items;
	size_t count;
} measurement_list;

extern const field_def referral_fields[];
extern const size_t referral_field_count;
extern const field_def feedback_fields[];
extern const size_t feedback_field_count;

int model_fields_init(model_fields *m, const field_def *defs, size_t ndefs);
void model_fields_free(model_fields *m);
const field_def *model_field_def(const field_def *defs, size_t ndefs, int id);
int model_set(model_fields *m, int id, const char *value);
const char *model_get(const model_fields *m, int id);
int model_problem(model_fields *m, const char *field, const char *fmt, ...) DIAG_PRINTF(3, 4);
int model_problemv(model_fields *m, const char *field, const char *fmt, va_list ap);
void model_locate(model_fields *m, unsigned line, const char *where);
int model_set_source(model_fields *m, const char *source);

/* Checks a value against a field's rule; on failure returns 0 and sets *why (static text). */
int model_field_value_ok(const field_def *def, const char *value, const char **why);
/* Pain severity, 0-10 verbal numeric rating: the stadspoli's pain score. */
#define LOINC_PAIN_NRS "72514-3"

/* ICPC-1-NL code: a chapter letter, two digits, optionally '.' and two digits. */
int model_icpc_code_ok(const char *code);
/* LOINC code with a valid mod-10 check digit, e.g. 39156-5. */
int model_loinc_is_valid(const char *code);
int model_ucum_unit_ok(const char *unit);

int model_measurement_add(model_fields *m, measurement_list *l, const char *loinc,
		    const char *value, const char *unit, const char *when);
void model_measurement_list_free(measurement_list *l);

/* bb_gli_check with "today" (YYYY-MM-DD) given, for tests. */
int model_gli_check_at(bb_gli_verdict *verdict, char **explanation, const bb_referral *r, const char *today);

/* A copy of every field, reason and measurement of `from`, and its input name (no problems). */
int model_referral_copy(bb_referral **out, const bb_referral *from);

/* Internal access for the core (mapping, describe). */
const model_fields *model_referral(const bb_referral *r);
model_fields *model_referral_mut(bb_referral *r);
model_fields *model_feedback_mut(bb_feedback *f);

#endif
