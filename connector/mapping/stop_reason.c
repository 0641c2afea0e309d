/*
 * Why a receiver declines or a patient stops: there is no national code
 * list (standards.md §5.4), so Beweegbrug defines a small one. Codes are
 * stable; the Dutch displays are what a GP reads in the journal.
 */
#include <string.h>

#include "mapping.h"

static const char *const reasons[][2] = {
	/* declined */
	{ "geen-plek", "Geen plek beschikbaar" },
	{ "buiten-doelgroep", "Valt buiten de doelgroep of indicatie" },
	{ "niet-bereikbaar", "Patiënt niet bereikbaar" },
	{ "patient-wil-niet", "Patiënt ziet af van deelname" },
	/* stopped */
	{ "motivatie", "Onvoldoende motivatie" },
	{ "medisch", "Medische reden" },
	{ "tijd", "Geen tijd door werk of zorgtaken" },
	{ "kosten", "Kosten" },
	{ "verhuisd", "Verhuisd" },
	{ "aanbod-past-niet", "Aanbod past niet bij de patiënt" },
	{ "doel-bereikt", "Doel eerder bereikt" },
	{ "overig", "Overige reden" },
};

const char *mapping_stop_reason_at(size_t index, const char **display)
{
	if (index >= sizeof(reasons) / sizeof(reasons[0]))
		return NULL;
	*display = reasons[index][1];
	return reasons[index][0];
}

const char *mapping_stop_reason_display(const char *code)
{
	size_t i;

	for (i = 0; code && i < sizeof(reasons) / sizeof(reasons[0]); i++)
		if (strcmp(reasons[i][0], code) == 0)
			return reasons[i][1];
	return NULL;
}
