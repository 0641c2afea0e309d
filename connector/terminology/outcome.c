/*
 * Outcomes a receiver reports that no public code system covers, coded in
 * Beweegbrug's own https://beweegbrug.nl/fhir/CodeSystem/outcome (published
 * in our FHIR package, schemas/profiles/CodeSystem-outcome.json, and
 * checked against this table by tests/fhir-package.test).
 *
 * Source: research standards.md §5.4, "fitness and well-being scores
 * (conditietest, welbevinden questionnaires) have no agreed LOINC/SNOMED";
 * the monitoring guidance this project serves asks for welbevinden among
 * the results (issue 16). We do not borrow a LOINC or SNOMED code whose
 * meaning is near but not the same: a score of 0-10 that the person gives
 * for how well they feel is what this code means, nothing more.
 * Codes are stable; the display is what a GP reads in the journal.
 */
#include <string.h>

#include "terms.h"

static const term_outcome outcomes[] = {
	{ BB_WELLBEING_CODE, BB_WELLBEING_DISPLAY,
	  "Welbevinden zoals de persoon het zelf scoort, van 0 (slecht) tot 10 (uitstekend)",
	  BB_WELLBEING_UNIT, 0, 10,
	  "Beweegbrug (no LOINC/SNOMED agreed: research standards.md \xc2\xa7" "5.4)" },
};

const term_outcome *term_outcome_at(size_t index)
{
	return index < sizeof(outcomes) / sizeof(outcomes[0]) ? &outcomes[index] : NULL;
}

const term_outcome *term_outcome_lookup(const char *code)
{
	size_t i;

	for (i = 0; code && i < sizeof(outcomes) / sizeof(outcomes[0]); i++)
		if (strcmp(outcomes[i].code, code) == 0)
			return &outcomes[i];
	return NULL;
}

int term_score_ok(const char *value, int low, int high)
{
	const char *p = value;
	long whole = 0;
	int digits = 0;

	/* digits, optionally '.' and one digit: "7", "7.5", "10" (not "7.", "07", "1e1") */
	if (!value || !*value)
		return 0;
	for (; *p >= '0' && *p <= '9'; p++, digits++)
		whole = whole * 10 + (*p - '0');
	if (digits == 0 || digits > 2 || (digits == 2 && value[0] == '0'))
		return 0;
	if (*p == '.') {
		if (!(p[1] >= '0' && p[1] <= '9') || p[2])
			return 0;
		if (whole == high && p[1] != '0')
			return 0;
	} else if (*p) {
		return 0;
	}
	return whole >= low && whole <= high;
}
