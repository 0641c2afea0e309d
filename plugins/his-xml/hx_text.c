#include "hx_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int hx_put_escaped(bb_buf *out, const char *text, int attribute)
{
	const char *run = text, *p;
	int rc;

	for (p = text; *p; p++) {
		const char *rep = NULL;
		switch (*p) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = attribute ? "&quot;" : NULL; break;
		case '\r': rep = "&#13;"; break;
		case '\n': rep = attribute ? "&#10;" : NULL; break;
		case '\t': rep = attribute ? "&#9;" : NULL; break;
		default: break;
		}
		if (!rep)
			continue;
		if ((rc = bb_buf_append(out, run, (size_t)(p - run))) != BB_OK)
			return rc;
		if ((rc = bb_buf_append(out, rep, strlen(rep))) != BB_OK)
			return rc;
		run = p + 1;
	}
	return bb_buf_append(out, run, strlen(run));
}

static const char *lookup(const char *const (*table)[2], size_t n, const char *key)
{
	size_t i;

	for (i = 0; key && i < n; i++)
		if (strcmp(table[i][0], key) == 0)
			return table[i][1];
	return NULL;
}

const char *hx_status_words(const char *status)
{
	static const char *const words[][2] = {
		{ "received", "ontvangen" }, { "accepted", "geaccepteerd" },
		{ "rejected", "afgewezen" }, { "in-progress", "loopt" },
		{ "on-hold", "onderbroken" }, { "completed", "afgerond" },
		{ "failed", "voortijdig gestopt" }, { "cancelled", "geannuleerd" },
	};
	return lookup(words, sizeof(words) / sizeof(words[0]), status);
}

/*
 * Where a stadspoli forwarded the patient, as the end of "doorverwezen
 * naar ...", and the export's own word for the track (his-referral.xsd).
 */
const char *hx_track_words(const char *track)
{
	static const char *const words[][2] = {
		{ "physio", "fysiotherapie" }, { "specialist", "de medisch specialist" },
		{ "beweegcoach", "een beweegcoachtraject van 12 weken" },
	};
	return lookup(words, sizeof(words) / sizeof(words[0]), track);
}

const char *hx_track_export(const char *track)
{
	static const char *const words[][2] = {
		{ "physio", "fysiotherapie" }, { "specialist", "specialist" },
		{ "beweegcoach", "beweegcoach" },
	};
	return lookup(words, sizeof(words) / sizeof(words[0]), track);
}

/*
 * The same codes and texts as the core's stop-reason table
 * (connector/mapping/stop_reason.c), which plugins cannot reach: keep
 * them in step. An unknown code is shown as it is.
 */
const char *hx_reason_words(const char *code)
{
	static const char *const words[][2] = {
		{ "geen-plek", "Geen plek beschikbaar" },
		{ "buiten-doelgroep", "Valt buiten de doelgroep of indicatie" },
		{ "niet-bereikbaar", "Pati\xc3\xabnt niet bereikbaar" },
		{ "patient-wil-niet", "Pati\xc3\xabnt ziet af van deelname" },
		{ "motivatie", "Onvoldoende motivatie" },
		{ "medisch", "Medische reden" },
		{ "tijd", "Geen tijd door werk of zorgtaken" },
		{ "kosten", "Kosten" },
		{ "verhuisd", "Verhuisd" },
		{ "aanbod-past-niet", "Aanbod past niet bij de pati\xc3\xabnt" },
		{ "doel-bereikt", "Doel eerder bereikt" },
		{ "overig", "Overige reden" },
	};
	return lookup(words, sizeof(words) / sizeof(words[0]), code);
}
