#include "hx_text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void grow(hx_str *s, size_t more)
{
	char *p;
	size_t cap;

	if (s->failed || s->len + more + 1 <= s->cap)
		return;
	cap = s->cap ? s->cap : 128;
	while (cap < s->len + more + 1)
		cap *= 2;
	p = realloc(s->p, cap);
	if (!p) {
		s->failed = 1;
		return;
	}
	s->p = p;
	s->cap = cap;
}

void hx_str_add(hx_str *s, const char *text)
{
	size_t n = strlen(text);

	grow(s, n);
	if (s->failed)
		return;
	memcpy(s->p + s->len, text, n + 1);
	s->len += n;
}

void hx_str_addf(hx_str *s, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0) {
		s->failed = 1;
		return;
	}
	grow(s, (size_t)n);
	if (s->failed)
		return;
	va_start(ap, fmt);
	vsnprintf(s->p + s->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	s->len += (size_t)n;
}

void hx_str_free(hx_str *s)
{
	free(s->p);
	s->p = NULL;
	s->len = s->cap = 0;
}

int hx_put_escaped(bb_buf *out, const char *text, int attribute)
{
	const char *run = text, *p;
	int rc = BB_OK;

	for (p = text; *p && rc == BB_OK; p++) {
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
		rc = bb_buf_append(out, run, (size_t)(p - run));
		if (rc == BB_OK)
			rc = bb_buf_append(out, rep, strlen(rep));
		run = p + 1;
	}
	if (rc == BB_OK)
		rc = bb_buf_append(out, run, strlen(run));
	return rc;
}

void hx_date_words(char *buf, size_t size, const char *iso)
{
	static const char *const months[] = {
		"januari", "februari", "maart", "april", "mei", "juni", "juli",
		"augustus", "september", "oktober", "november", "december"
	};
	int y, m, d;
	char tail;

	if (iso && strlen(iso) >= 10 &&
	    sscanf(iso, "%4d-%2d-%2d%c", &y, &m, &d, &tail) >= 3 && m >= 1 && m <= 12 &&
	    d >= 1 && d <= 31)
		snprintf(buf, size, "%d %s %d", d, months[m - 1], y);
	else
		snprintf(buf, size, "%s", iso ? iso : "");
}

void hx_decimal_words(char *buf, size_t size, const char *value)
{
	char *dot;

	snprintf(buf, size, "%s", value ? value : "");
	if ((dot = strchr(buf, '.')) != NULL)
		*dot = ',';
}

const char *hx_unit_words(const char *ucum)
{
	static const char *const units[][2] = {
		{ "kg/m2", "kg/m\xc2\xb2" }, { "mm[Hg]", "mmHg" }, { "/min", "per minuut" },
		{ "{sessions}", "bijeenkomsten" }, { "d/wk", "dagen per week" },
		{ "min/d", "minuten per dag" }, { "min/wk", "minuten per week" },
		{ "{score}", "(NRS 0-10)" },
	};
	size_t i;

	for (i = 0; ucum && i < sizeof(units) / sizeof(units[0]); i++)
		if (strcmp(units[i][0], ucum) == 0)
			return units[i][1];
	return ucum ? ucum : "";
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

const char *hx_business_words(const char *code)
{
	static const char *const words[][2] = {
		{ "2.0", "verwijzing ontvangen" }, { "3.0", "verwijzing geaccepteerd" },
		{ "4.0", "verwijzing afgewezen" }, { "5.1.1", "afspraak gepland" },
		{ "5.1.2", "niet verschenen op afspraak" }, { "5.1.3", "afspraak geannuleerd" },
		{ "5.1.4", "afspraak gehouden" }, { "5.2", "annulering gevraagd" },
		{ "6.0", "traject gestopt" }, { "7.0", "traject afgerond" },
	};
	return lookup(words, sizeof(words) / sizeof(words[0]), code);
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
