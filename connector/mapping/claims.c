/* Which profiles a resource claims (claims.h). */
#include "claims.h"

#include <string.h>

#include "loinc.h"

void profile_claim(fhir_node *resource, const char *profile)
{
	fhir_node *meta = fhir_get(resource, "meta", 0);

	if (!meta)
		meta = fhir_add(resource, "meta");
	fhir_set(meta, "profile", profile);
}

/* Vital signs have a profile of ours (derived from nl-core's) and R4 core's. */
static const struct {
	const char *loinc, *ours, *core;
} vital[] = {
	{ "39156-5", PROFILE_BMI, R4_PROFILE("bmi") },
	{ "29463-7", PROFILE_BODYWEIGHT, R4_PROFILE("bodyweight") },
	{ "8302-2", PROFILE_BODYHEIGHT, R4_PROFILE("bodyheight") },
	{ "85354-9", PROFILE_BLOODPRESSURE, R4_PROFILE("bp") },
	{ "8867-4", PROFILE_OBSERVATION, R4_PROFILE("heartrate") },
};

void profile_claim_observation(fhir_node *obs, const char *loinc)
{
	const loinc_info *info = mapping_loinc_lookup(loinc);
	size_t i;

	for (i = 0; i < sizeof(vital) / sizeof(vital[0]); i++)
		if (strcmp(vital[i].loinc, loinc) == 0) {
			profile_claim(obs, vital[i].ours);
			profile_claim(obs, vital[i].core);
			return;
		}
	profile_claim(obs, PROFILE_OBSERVATION);
	if (info && strcmp(info->category, "vital-signs") == 0)
		profile_claim(obs, R4_PROFILE("vitalsigns"));
}
