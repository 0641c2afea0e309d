/*
 * What the FHIR mapping needs of a LOINC code, read from the terminology
 * core (connector/terminology/terms.c), the only table of codes. Unknown
 * codes still travel, just without a display text and category.
 */
#include "loinc.h"

#include <pthread.h>
#include <string.h>

#include "beweegbrug.h"

#define LOINC_ROWS_MAX 64

static loinc_info rows[LOINC_ROWS_MAX];
static size_t row_count;
static pthread_once_t rows_once = PTHREAD_ONCE_INIT;

/* The observation-category codes the core uses, with their displays. */
static const char *category_display(const char *code)
{
	static const char *const names[][2] = {
		{ "vital-signs", "Vital Signs" }, { "exam", "Exam" },
		{ "laboratory", "Laboratory" }, { "activity", "Activity" },
		{ "survey", "Survey" }, { "social-history", "Social History" },
	};
	size_t i;

	for (i = 0; code && i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(names[i][0], code) == 0)
			return names[i][1];
	return NULL;
}

static void load_rows(void)
{
	const bb_measure_info *m;

	for (row_count = 0; row_count < LOINC_ROWS_MAX && (m = bb_measure_at(row_count)) != NULL;
	     row_count++) {
		rows[row_count].code = m->loinc;
		rows[row_count].display = m->display;
		rows[row_count].category = m->category;
		rows[row_count].category_display = category_display(m->category);
	}
}

const loinc_info *mapping_loinc_lookup(const char *code)
{
	size_t i;

	pthread_once(&rows_once, load_rows);
	for (i = 0; code && i < row_count; i++)
		if (strcmp(rows[i].code, code) == 0)
			return &rows[i];
	return NULL;
}
