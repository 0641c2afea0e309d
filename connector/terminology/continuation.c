/*
 * Where a person goes on after the programme (doorstroom), as the
 * provider reports it at completion and at each follow-up: the code table
 * of https://beweegbrug.nl/fhir/CodeSystem/continuation, in the terminology core with
 * the other tables (docs/terminology.md lists it with its source).
 *
 * Source: there is no national code list for this (research standards.md
 * §5.4: no national profile for GLI or exercise referral feedback, no
 * coded list of its outcomes), so the code system is Beweegbrug's own.
 * What it distinguishes follows public monitoring of the GLI (RIVM,
 * "Monitor Gecombineerde Leefstijlinterventie 2023") and the referral
 * guidance's principle of monitoring instroom, doorstroom and behoud
 * (issue 16): doorstroom is moving on to a regular sport or exercise
 * offer after the programme; exercising on one's own is counted apart,
 * not as doorstroom.
 * Codes are stable; the Dutch displays are what a GP reads in the journal.
 */
#include <string.h>

#include "terms.h"

/* The codes, NULL-terminated: also the model's check of the field (model/fields.c). */
const char *const term_continuation_codes[] = {
	"regulier-aanbod", "zelfstandig", "geen", "onbekend", NULL
};
static const char *const displays[] = {
	"Gaat door bij regulier sport- of beweegaanbod",
	"Beweegt zelfstandig verder, zonder aanbieder",
	"Geen vervolg",
	"Vervolg onbekend",
};
_Static_assert(sizeof(displays) / sizeof(displays[0]) + 1 ==
		       sizeof(term_continuation_codes) / sizeof(term_continuation_codes[0]),
	       "a display for each continuation code");

const char *term_continuation_display(const char *code)
{
	size_t i;

	for (i = 0; code && term_continuation_codes[i]; i++)
		if (strcmp(term_continuation_codes[i], code) == 0)
			return displays[i];
	return NULL;
}
