/*
 * <beweegbrug/terminology.h>: what the codes mean.
 * Part of the public API; programs include <beweegbrug.h>, which
 * includes every topic header. This one also compiles on its own.
 */
#ifndef BEWEEGBRUG_TERMINOLOGY_H
#define BEWEEGBRUG_TERMINOLOGY_H

#include "beweegbrug/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- terminology: what the codes mean (docs/terminology.md) ----------- */

/*
 * One row of the measurement table: the only place in Beweegbrug that
 * maps NHG Tabel 45 <-> LOINC <-> UCUM <-> Dutch words. Rows are static:
 * the pointers stay valid for the life of the process; fields are only
 * ever appended.
 */
typedef struct bb_measure_info {
	const char *loinc;      /* "29463-7" */
	const char *ucum;       /* the canonical unit measurements are kept in; NULL: any */
	const char *nhg;        /* NHG Tabel 45 bepalingnummer; NULL when none is verified */
	const char *nhg_unit;   /* the unit NHG records it in (UCUM); NULL without nhg */
	const char *name;       /* Dutch, as a heading: "Gewicht" */
	const char *word;       /* Dutch, in a sentence: "gewicht" */
	const char *display;    /* LOINC's English display */
	const char *category;   /* FHIR observation-category code */
	const char *source;     /* the public source of the row */
} bb_measure_info;

/* Thread safety: safe. */
BB_EXTERN const bb_measure_info *bb_measure_by_loinc(const char *loinc);
BB_EXTERN const bb_measure_info *bb_measure_by_nhg(const char *nhg);
/* Row `index` (0, 1, ...); NULL past the last. Thread safety: safe. */
BB_EXTERN const bb_measure_info *bb_measure_at(size_t index);
/*
 * Writing back to a HIS: the NHG number of a canonical measurement and
 * its value in NHG's unit (*value: free with bb_free; "172" cm -> "1.72"
 * m). The exact inverse of bb_referral_add_his_measurement.
 * BB_ENOTFOUND when the code has no verified NHG number.
 * Thread safety: safe.
 */
BB_EXTERN int bb_measure_nhg_value(const char **nhg, char **value, const char **unit,
				   const char *loinc, const char *canonical_value);

/*
 * ICPC-1-NL codes the core knows: a Dutch text, and the weight-related
 * risk group the GLI check counts them in (NULL: none).
 */
typedef struct bb_icpc_info {
	const char *code;       /* "T90.02", or a rubric "K86" that covers its sub-codes */
	const char *text;       /* Dutch */
	const char *risk;       /* "hypertensie", "dyslipidemie", "diabetes", "HVZ", "artrose", or NULL */
	const char *source;
} bb_icpc_info;

/*
 * The row for `code`: the code itself, else its rubric when that covers sub-codes.
 * Thread safety: safe.
 */
BB_EXTERN const bb_icpc_info *bb_icpc_lookup(const char *code);
BB_EXTERN const bb_icpc_info *bb_icpc_at(size_t index);

#ifdef __cplusplus
}
#endif

#endif
