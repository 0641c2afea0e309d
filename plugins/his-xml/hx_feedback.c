/*
 * Canonical feedback -> a journal entry a HIS imports without reading
 * FHIR (schemas/his-feedback.xsd): the core's SOEP entry (bb_soep_new,
 * the same four texts every HIS adapter writes) for the GP to read, and
 * the same facts coded (status, reason, ICPC episode, measurements with
 * LOINC, the NHG number where verified, UCUM unit and date) for the HIS
 * to file.
 */
#include <stdlib.h>
#include <string.h>

#include "hx.h"
#include "hx_text.h"

/* <NAME>escaped text</NAME>, when there is text. */
static int put_line(bb_buf *out, const char *name, const char *text)
{
	int rc;

	if (!text || !*text)
		return BB_OK;
	rc = bb_buf_printf(out, "    <%s>", name);
	if (rc == BB_OK)
		rc = hx_put_escaped(out, text, 0);
	return rc == BB_OK ? bb_buf_printf(out, "</%s>\n", name) : rc;
}

/* ` name="value"` when value is set. */
static int put_attr(bb_buf *out, const char *name, const char *value)
{
	int rc;

	if (!value)
		return BB_OK;
	rc = bb_buf_printf(out, " %s=\"", name);
	if (rc == BB_OK)
		rc = hx_put_escaped(out, value, 1);
	return rc == BB_OK ? bb_buf_append(out, "\"", 1) : rc;
}

/* <tag attrs...>text</tag> or <tag attrs.../>; attrs as name, value pairs ending in NULL. */
static int put_element(bb_buf *out, const char *indent, const char *tag, const char *text,
		       const char *const *attrs)
{
	int rc = bb_buf_printf(out, "%s<%s", indent, tag);

	for (; rc == BB_OK && attrs && attrs[0]; attrs += 2)
		rc = put_attr(out, attrs[0], attrs[1]);
	if (rc != BB_OK)
		return rc;
	if (!text)
		return bb_buf_append(out, "/>\n", 3);
	rc = bb_buf_append(out, ">", 1);
	if (rc == BB_OK)
		rc = hx_put_escaped(out, text, 0);
	return rc == BB_OK ? bb_buf_printf(out, "</%s>\n", tag) : rc;
}

/*
 * The measurements coded: the canonical LOINC code and unit, or, where
 * the terminology core has a verified NHG number, that number with the
 * value in NHG's unit (lengte 172 cm is NHG 560: 1.72 m), exactly what
 * the referral reader maps back to the same canonical measurement.
 */
static int put_measurements(bb_buf *out, const bb_feedback *fb)
{
	size_t i, n = bb_feedback_measurement_count(fb);
	int rc = BB_OK;

	for (i = 0; i < n && rc == BB_OK; i++) {
		const char *loinc, *value, *unit, *when, *nhg = NULL, *nhg_unit = NULL;
		const bb_measure_info *row;
		char fallback[64], *nhg_value = NULL;

		bb_feedback_measurement_at(&loinc, &value, &unit, &when, fb, i);
		row = bb_measure_by_loinc(loinc);
		if (bb_measure_nhg_value(&nhg, &nhg_value, &nhg_unit, loinc, value) != BB_OK)
			nhg = NULL;
		snprintf(fallback, sizeof(fallback), "LOINC %s", loinc);
		{
			const char *attrs[] = {
				"loinc", loinc, "nhg", nhg,
				"waarde", nhg ? nhg_value : value, "eenheid", nhg ? nhg_unit : unit,
				"datum", when, NULL
			};
			rc = put_element(out, "  ", "meting", row ? row->name : fallback, attrs);
		}
		bb_free(nhg_value);
	}
	return rc;
}

int hx_write_feedback(const bb_host *host, const bb_feedback *fb, bb_buf *out)
{
	const char *status = bb_feedback_get(fb, BB_FB_STATUS);
	const char *code = bb_feedback_get(fb, BB_FB_REASON_CODE);
	const char *text = bb_feedback_get(fb, BB_FB_REASON_TEXT);
	const char *episode = bb_feedback_get(fb, BB_FB_EPISODE_CODE);
	const char *track = hx_track_words(bb_feedback_get(fb, BB_FB_FORWARDED_TRACK));
	bb_soep *soep = NULL;
	int rc;

	if (!status || !hx_status_words(status))
		return bb_host_error(host, BB_EINPUT, 0, "feedback.status",
				     "\"%s\" is not a status a receiver reports",
				     status ? status : "");
	if (!bb_feedback_get(fb, BB_FB_REFERRAL_ID))
		return bb_host_error(host, BB_EINPUT, 0, "feedback.referral_id",
				     "is needed: the HIS files the entry with its referral");
	if ((rc = bb_soep_new(&soep, fb)) != BB_OK)
		return rc == BB_ENOMEM ? rc
		       : bb_host_error(host, rc, 0, "feedback", "cannot be written as a journal entry");

	/* 1.2 added <welbevinden>: a feedback that uses it says so */
	rc = bb_buf_printf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			   "<terugkoppeling xmlns=\"" HX_FEEDBACK_NS "\" versie=\"1.%d\">\n",
			   bb_feedback_get(fb, BB_FB_WELLBEING) ? 2 : HX_MINOR);
	if (rc == BB_OK) {
		const char *attrs[] = {
			"id", bb_feedback_get(fb, BB_FB_REFERRAL_ID),
			"praktijkAgb", bb_feedback_get(fb, BB_FB_PRACTICE_AGB), NULL
		};
		rc = put_element(out, "  ", "verwijzing", NULL, attrs);
	}
	if (rc == BB_OK && (bb_feedback_get(fb, BB_FB_AUTHOR_ORGANIZATION) ||
			    bb_feedback_get(fb, BB_FB_RECEIVER_REFERENCE))) {
		const char *attrs[] = {
			"referentie", bb_feedback_get(fb, BB_FB_RECEIVER_REFERENCE), NULL
		};
		rc = put_element(out, "  ", "aanbieder",
				 bb_feedback_get(fb, BB_FB_AUTHOR_ORGANIZATION), attrs);
	}
	if (rc == BB_OK) {
		const char *attrs[] = {
			"code", status, "bser", bb_feedback_get(fb, BB_FB_BUSINESS_STATUS), NULL
		};
		rc = put_element(out, "  ", "status", hx_status_words(status), attrs);
	}
	if (rc == BB_OK && (code || text)) {
		const char *attrs[] = { "code", code, NULL };
		rc = put_element(out, "  ", "reden",
				 text ? text : hx_reason_words(code) ? hx_reason_words(code) : code,
				 attrs);
	}
	if (rc == BB_OK && track) {
		const char *next = bb_feedback_get(fb, BB_FB_FORWARDED_ORGANIZATION);
		const char *attrs[] = {
			"traject", hx_track_export(bb_feedback_get(fb, BB_FB_FORWARDED_TRACK)),
			"agb", bb_feedback_get(fb, BB_FB_FORWARDED_AGB),
			"status", bb_feedback_get(fb, BB_FB_FORWARDED_STATUS)
				  ? bb_feedback_get(fb, BB_FB_FORWARDED_STATUS) : "requested", NULL
		};
		rc = put_element(out, "  ", "doorverwijzing",
				 next ? next : "de nieuwe behandelaar", attrs);
	}
	if (rc == BB_OK && episode) {
		/* the GP's own episode title, else the core's text, else the code */
		const bb_icpc_info *row = bb_icpc_lookup(episode);
		const char *title = bb_feedback_get(fb, BB_FB_EPISODE_TEXT);
		const char *attrs[] = { "icpc", episode, NULL };
		if (!title)
			title = row && strcmp(row->code, episode) == 0 ? row->text : episode;
		rc = put_element(out, "  ", "episode", title, attrs);
	}
	if (rc == BB_OK) {
		const char *attrs[] = {
			"datum", bb_feedback_get(fb, BB_FB_DATE),
			"auteur", bb_feedback_get(fb, BB_FB_AUTHOR_NAME), NULL
		};
		rc = bb_buf_append(out, "  <journaal", 11);
		for (size_t a = 0; rc == BB_OK && attrs[a]; a += 2)
			rc = put_attr(out, attrs[a], attrs[a + 1]);
		if (rc == BB_OK)
			rc = bb_buf_append(out, ">\n", 2);
	}
	if (rc == BB_OK)
		rc = put_line(out, "S", bb_soep_text(soep, BB_SOEP_S));
	if (rc == BB_OK)
		rc = put_line(out, "O", bb_soep_text(soep, BB_SOEP_O));
	if (rc == BB_OK)
		rc = put_line(out, "E", bb_soep_text(soep, BB_SOEP_E));
	if (rc == BB_OK)
		rc = put_line(out, "P", bb_soep_text(soep, BB_SOEP_P));
	if (rc == BB_OK)
		rc = bb_buf_append(out, "  </journaal>\n", 14);
	if (rc == BB_OK && bb_feedback_get(fb, BB_FB_INTAKE_DATE)) {
		const char *attrs[] = { "datum", bb_feedback_get(fb, BB_FB_INTAKE_DATE), NULL };
		rc = put_element(out, "  ", "intake", NULL, attrs);
	}
	if (rc == BB_OK && (bb_feedback_get(fb, BB_FB_SESSIONS_ATTENDED) ||
			    bb_feedback_get(fb, BB_FB_SESSIONS_MISSED))) {
		const char *attrs[] = {
			"bijgewoond", bb_feedback_get(fb, BB_FB_SESSIONS_ATTENDED),
			"gemist", bb_feedback_get(fb, BB_FB_SESSIONS_MISSED), NULL
		};
		rc = put_element(out, "  ", "bijeenkomsten", NULL, attrs);
	}
	if (rc == BB_OK)
		rc = put_measurements(out, fb);
	if (rc == BB_OK && bb_feedback_get(fb, BB_FB_WELLBEING)) {
		/* a score with our own code: no LOINC or NHG number exists for it */
		const char *attrs[] = {
			"code", BB_WELLBEING_CODE, "systeem", BB_WELLBEING_SYSTEM,
			"waarde", bb_feedback_get(fb, BB_FB_WELLBEING), "schaal", "0-10",
			"datum", bb_feedback_get(fb, BB_FB_DATE), NULL
		};
		rc = put_element(out, "  ", "welbevinden", BB_WELLBEING_DISPLAY, attrs);
	}
	if (rc == BB_OK)
		rc = bb_buf_append(out, "</terugkoppeling>\n", 18);
	bb_soep_free(soep);
	return rc;
}
