/*
 * Measurements as Observations, the same for the referral and the
 * feedback message: every one names its patient (subject), has a date
 * (effective[x]) and a UCUM quantity, so that the R4 vital-signs profiles
 * (bmi, bodyweight, bodyheight, bp) accept it. A systolic and a diastolic
 * blood pressure taken at the same moment become one 85354-9 panel with
 * two components, as the R4 bp profile wants, not two loose Observations.
 */
#ifndef BB_MAPPING_OBSERVATION_H
#define BB_MAPPING_OBSERVATION_H

#include "build.h"
#include "fhir/fhir_node.h"

#define LOINC_BP_PANEL "85354-9"
#define LOINC_BP_SYSTOLIC "8480-6"
#define LOINC_BP_DIASTOLIC "8462-4"

typedef struct obs_measurement {
	const char *loinc, *value, *unit, *when;
} obs_measurement;

typedef struct obs_writer {
	fhir_node *bundle;
	int *failed;                      /* set when no UUID could be made */
	/* Writes Observation.subject (a Reference to the patient) on `obs`. */
	void (*subject)(fhir_node *obs, const void *payload);
	const void *payload;
	/* effective[x] of a measurement without a date (the vital-signs profiles require one) */
	const char *default_when;
	/* our profiles to claim per kind of Observation (meta.profile); NULL: none */
	int claim_profiles;
} obs_writer;

/*
 * Plan the Observations for `m[0..n)`: urns[i] receives the fullUrl of
 * the Observation that will carry m[i]; the two readings of a blood
 * pressure panel share one. Returns how many Observations there will be;
 * sets *failed when no UUID could be made.
 */
size_t mapping_obs_plan(const obs_measurement *m, size_t n, char (*urns)[URN_LEN], int *failed);
/* Write the Observations planned, in the order of their first reading. */
void mapping_obs_write(const obs_writer *w, const obs_measurement *m, size_t n,
	       char (*urns)[URN_LEN]);

/* The measurements a blood pressure panel (or any Observation) holds, for reading back. */
typedef void (*obs_reading_cb)(const fhir_node *at, const char *loinc, const char *value,
			       const char *unit, const char *when, void *payload);
/*
 * Call `cb` for each quantity reading of `obs`: its own LOINC-coded
 * value, or each LOINC-coded component of a panel. Returns the number of
 * readings found.
 */
size_t mapping_obs_readings(const fhir_node *obs, obs_reading_cb cb, void *payload);

#endif
