/*
 * Where a person goes on after the programme (doorstroom), as the
 * provider reports it at completion and at each follow-up. Like the stop
 * reasons there is no national code list (standards.md §5.4), so
 * Beweegbrug defines this small one, urn:beweegbrug:CodeSystem:continuation.
 * The categories follow the monitoring the guidance asks for:
 * doorstroom is moving on to a regular sport or exercise offer after the
 * programme; exercising on one's own is counted apart, not as doorstroom.
 * Codes are stable; the Dutch displays are what a GP reads in the journal.
 */
#include <string.h>

#include "mapping.h"

static const char *const continuations[][2] = {
	{ "regulier-aanbod", "Gaat door bij regulier sport- of beweegaanbod" },
	{ "zelfstandig", "Beweegt zelfstandig verder, zonder aanbieder" },
	{ "geen", "Geen vervolg" },
	{ "onbekend", "Vervolg onbekend" },
};

const char *continuation_display(const char *code)
{
	size_t i;

	for (i = 0; code && i < sizeof(continuations) / sizeof(continuations[0]); i++)
		if (strcmp(continuations[i][0], code) == 0)
			return continuations[i][1];
	return NULL;
}
