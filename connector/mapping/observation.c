/*
 * Measurements as Observations (observation.h). The pairing of blood
 * pressures: a systolic reading takes the first unused diastolic reading
 * with the same date; a reading without its partner stays an Observation
 * of its own, because a panel without both components is not a bp panel.
 */
#include "observation.h"

#include <stdlib.h>
#include <string.h>

#include "loinc.h"
#include "naming.h"
#include "claims.h"

static int same_when(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static void quantity(fhir_node *parent, const char *name, const char *value, const char *unit)
{
	fhir_node *q = fhir_add(parent, name);

	fhir_set(q, "value", value);
	fhir_set(q, "unit", unit);
	fhir_set(q, "system", SYS_UCUM);
	fhir_set(q, "code", unit);
}

static fhir_node *observation(const obs_writer *w, const char *urn, const char *loinc,
			      const char *when)
{
	const loinc_info *info = mapping_loinc_lookup(loinc);
	fhir_node *o = mapping_entry(w->bundle, "Observation", urn);

	if (w->claim_profiles)
		profile_claim_observation(o, loinc);
	fhir_set(o, "status", "final");
	if (info)
		mapping_concept(o, "category", SYS_OBS_CATEGORY, info->category, info->category_display,
			   NULL);
	mapping_concept(o, "code", SYS_LOINC, loinc, info ? info->display : NULL, NULL);
	w->subject(o, w->payload);
	if (when || w->default_when)
		fhir_set(o, "effectiveDateTime", when ? when : w->default_when);
	return o;
}

static void component(fhir_node *o, const obs_measurement *m)
{
	const loinc_info *info = mapping_loinc_lookup(m->loinc);
	fhir_node *c = fhir_add(o, "component");

	mapping_concept(c, "code", SYS_LOINC, m->loinc, info ? info->display : NULL, NULL);
	quantity(c, "valueQuantity", m->value, m->unit);
}

size_t mapping_obs_plan(const obs_measurement *m, size_t n, char (*urns)[URN_LEN], int *failed)
{
	size_t i, j, planned = 0;

	for (i = 0; i < n; i++)
		urns[i][0] = '\0';
	for (i = 0; i < n; i++) {
		size_t partner = n;

		if (urns[i][0])
			continue;
		if (strcmp(m[i].loinc, LOINC_BP_SYSTOLIC) == 0 ||
		    strcmp(m[i].loinc, LOINC_BP_DIASTOLIC) == 0) {
			const char *other = strcmp(m[i].loinc, LOINC_BP_SYSTOLIC) == 0
					    ? LOINC_BP_DIASTOLIC : LOINC_BP_SYSTOLIC;
			for (j = i + 1; j < n && partner == n; j++)
				if (!urns[j][0] && strcmp(m[j].loinc, other) == 0 &&
				    same_when(m[i].when, m[j].when))
					partner = j;
		}
		mapping_urn(failed, urns[i]);
		if (partner < n)
			memcpy(urns[partner], urns[i], URN_LEN);
		planned++;
	}
	return planned;
}

void mapping_obs_write(const obs_writer *w, const obs_measurement *m, size_t n, char (*urns)[URN_LEN])
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		size_t partner = n;
		fhir_node *o;

		for (j = 0; j < i && strcmp(urns[j], urns[i]) != 0; j++)
			;
		if (j < i)
			continue;   /* the second reading of a panel written already */
		for (j = i + 1; j < n && partner == n; j++)
			if (strcmp(urns[j], urns[i]) == 0)
				partner = j;
		if (partner < n) {
			const obs_measurement *sys = strcmp(m[i].loinc, LOINC_BP_SYSTOLIC) == 0
						     ? &m[i] : &m[partner];
			const obs_measurement *dia = sys == &m[i] ? &m[partner] : &m[i];
			o = observation(w, urns[i], LOINC_BP_PANEL, m[i].when);
			component(o, sys);
			component(o, dia);
		} else {
			o = observation(w, urns[i], m[i].loinc, m[i].when);
			quantity(o, "valueQuantity", m[i].value, m[i].unit);
		}
	}
}

size_t mapping_obs_readings(const fhir_node *obs, obs_reading_cb cb, void *payload)
{
	const char *when = fhir_get_value(obs, "effectiveDateTime", 0);
	const char *loinc = mapping_coding_code(fhir_get(obs, "code", 0), SYS_LOINC);
	const fhir_node *q = fhir_get(obs, "valueQuantity", 0);
	size_t i, found = 0;

	if (q && loinc) {
		const char *unit = fhir_get_value(q, "code", 0) ? fhir_get_value(q, "code", 0)
							      : fhir_get_value(q, "unit", 0);
		cb(q, loinc, fhir_get_value(q, "value", 0), unit, when, payload);
		found++;
	}
	for (i = 0; i < fhir_count(obs, "component"); i++) {
		const fhir_node *c = fhir_get(obs, "component", i);
		const char *cl = mapping_coding_code(fhir_get(c, "code", 0), SYS_LOINC);
		const fhir_node *cq = fhir_get(c, "valueQuantity", 0);
		const char *unit;

		if (!cl || !cq)
			continue;
		unit = fhir_get_value(cq, "code", 0) ? fhir_get_value(cq, "code", 0)
						     : fhir_get_value(cq, "unit", 0);
		cb(cq, cl, fhir_get_value(cq, "value", 0), unit, when, payload);
		found++;
	}
	return found;
}
