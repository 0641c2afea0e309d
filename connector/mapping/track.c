/*
 * The stadspoli's tracks (https://beweegbrug.nl/fhir/CodeSystem/stadspoli-track): what
 * the GP asks for in ServiceRequest.performerType, and where a triage
 * outcome forwards the patient (the child Task's input). No national code
 * list exists for these three, so the codes are ours and the model's own
 * values; the displays are the Dutch words a GP and a receiver read.
 */
#include <string.h>

#include "mapping.h"

static const char *const tracks[][2] = {
	{ "physio", "Fysiotherapie" },
	{ "specialist", "Medisch specialist" },
	{ "beweegcoach", "Beweegcoach, 12 weken" },
};

const char *mapping_track_at(size_t index, const char **display)
{
	if (index >= sizeof(tracks) / sizeof(tracks[0]))
		return NULL;
	*display = tracks[index][1];
	return tracks[index][0];
}

const char *mapping_track_display(const char *code)
{
	size_t i;

	for (i = 0; code && i < sizeof(tracks) / sizeof(tracks[0]); i++)
		if (strcmp(tracks[i][0], code) == 0)
			return tracks[i][1];
	return NULL;
}
