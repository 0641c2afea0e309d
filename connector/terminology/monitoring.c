/*
 * The monitoring outputs of a feedback Task (docs/monitoring.md): the
 * codes of https://beweegbrug.nl/fhir/CodeSystem/monitoring-output that type
 * each Task.output, so that a reader never depends on words.
 *
 * Source: Beweegbrug's own (no national profile for exercise referral
 * feedback: research standards.md §5.4). What they carry follows the
 * referral guidance's monitoring of doorstroom and behoud (issue 16):
 * where someone goes on, and at a follow-up moment whether they are still
 * active and how often. Codes are stable; displays are Dutch.
 */
#include <string.h>

#include "terms.h"

const term_code term_monitoring_outputs[] = {
	{ TERM_MONITOR_FOLLOWUP, "Follow-up: maanden na de start" },
	{ TERM_MONITOR_ACTIVE, "Nog actief" },
	{ TERM_MONITOR_PER_WEEK, "Keer per week actief" },
	{ TERM_MONITOR_CONTINUATION, "Vervolg na het traject" },
	{ TERM_MONITOR_NEXT_OFFER, "Vervolgaanbod (beweegkaart)" },
	{ NULL, NULL }
};

const char *term_monitoring_output_display(const char *code)
{
	size_t i;

	for (i = 0; code && term_monitoring_outputs[i].code; i++)
		if (strcmp(term_monitoring_outputs[i].code, code) == 0)
			return term_monitoring_outputs[i].display;
	return NULL;
}
