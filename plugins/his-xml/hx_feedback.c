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
	if ((rc = bb_buf_printf(out, "    <%s>", name)) != BB_OK)
		return rc;
	if ((rc = hx_put_escaped(out, text, 0)) != BB_OK)
		return rc;
	return bb_buf_printf(out, "</%s>\n", name);
}

/* ` name="value"` when value is set. */
static int put_attr(bb_buf *out, const char *name, const char *value)
{
	int rc;

	if (!value)
		return BB_OK;
	if ((rc = bb_buf_printf(out, " %s=\"", name)) != BB_OK)
		return rc;
	if ((rc = hx_put_escaped(out, value, 1)) != BB_OK)
		return rc;
	return bb_buf_append(out, "\"", 1);
}

/* <tag attrs...>text</tag> or <tag attrs.../>; attrs as name, value pairs ending in NULL. */
static int put_element(bb_buf *out, const char *indent, const char *tag, const char *text,
		       const char *const *attrs)
{
	int rc;

	if ((rc = bb_buf_printf(out, "%s<%s", indent, tag)) != BB_OK)
		return rc;
	for (; attrs && attrs[0]; attrs += 2)
		if ((rc = put_attr(out, attrs[0], attrs[1])) != BB_OK)
			return rc;
	if (!text)
		return bb_buf_append(out, "/>\n", 3);
	if ((rc = bb_buf_append(out, ">", 1)) != BB_OK)
		return rc;
	if ((rc = hx_put_escaped(out, text, 0)) != BB_OK)
		return rc;
	return bb_buf_printf(out, "</%s>\n", tag);
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
	int rc;

	for (i = 0; i < n; i++) {
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
		if (rc != BB_OK)
			return rc;
	}
	return BB_OK;
}

/* Who and what: the referral, the provider, the status, its reason, a forward, the episode. */
static int put_heading(bb_buf *out, const bb_feedback *fb, const char *status)
{
	const char *code = bb_feedback_get(fb, BB_FB_REASON_CODE);
	const char *text = bb_feedback_get(fb, BB_FB_REASON_TEXT);
	const char *episode = bb_feedback_get(fb, BB_FB_EPISODE_CODE);
	const char *track = hx_track_words(bb_feedback_get(fb, BB_FB_FORWARDED_TRACK));
	int rc;

	{
		const char *attrs[] = {
			"id", bb_feedback_get(fb, BB_FB_REFERRAL_ID),
			"praktijkAgb", bb_feedback_get(fb, BB_FB_PRACTICE_AGB), NULL
		};
		if ((rc = put_element(out, "  ", "verwijzing", NULL, attrs)) != BB_OK)
			return rc;
	}
	if (bb_feedback_get(fb, BB_FB_AUTHOR_ORGANIZATION) ||
	    bb_feedback_get(fb, BB_FB_RECEIVER_REFERENCE)) {
		const char *attrs[] = {
			"referentie", bb_feedback_get(fb, BB_FB_RECEIVER_REFERENCE), NULL
		};
		if ((rc = put_element(out, "  ", "aanbieder",
				      bb_feedback_get(fb, BB_FB_AUTHOR_ORGANIZATION), attrs)) != BB_OK)
			return rc;
	}
	{
		const char *attrs[] = {
			"code", status, "bser", bb_feedback_get(fb, BB_FB_BUSINESS_STATUS), NULL
		};
		if ((rc = put_element(out, "  ", "status", hx_status_words(status), attrs)) != BB_OK)
			return rc;
	}
	if (code || text) {
		const char *attrs[] = { "code", code, NULL };
		if ((rc = put_element(out, "  ", "reden",
				      text ? text : hx_reason_words(code) ? hx_reason_words(code) : code,
				      attrs)) != BB_OK)
			return rc;
	}
	if (track) {
		const char *next = bb_feedback_get(fb, BB_FB_FORWARDED_ORGANIZATION);
		const char *attrs[] = {
			"traject", hx_track_export(bb_feedback_get(fb, BB_FB_FORWARDED_TRACK)),
			"agb", bb_feedback_get(fb, BB_FB_FORWARDED_AGB),
			"status", bb_feedback_get(fb, BB_FB_FORWARDED_STATUS)
				  ? bb_feedback_get(fb, BB_FB_FORWARDED_STATUS) : "requested", NULL
		};
		if ((rc = put_element(out, "  ", "doorverwijzing",
				      next ? next : "de nieuwe behandelaar", attrs)) != BB_OK)
			return rc;
	}
	if (episode) {
		/* the GP's own episode title, else the core's text, else the code */
		const bb_icpc_info *row = bb_icpc_lookup(episode);
		const char *title = bb_feedback_get(fb, BB_FB_EPISODE_TEXT);
		const char *attrs[] = { "icpc", episode, NULL };
		if (!title)
			title = row && strcmp(row->code, episode) == 0 ? row->text : episode;
		if ((rc = put_element(out, "  ", "episode", title, attrs)) != BB_OK)
			return rc;
	}
	return BB_OK;
}

/* The SOEP entry for the GP to read. */
static int put_journal(bb_buf *out, const bb_feedback *fb, const bb_soep *soep)
{
	static const struct { const char *name; bb_soep_section part; } lines[] = {
		{ "S", BB_SOEP_S }, { "O", BB_SOEP_O }, { "E", BB_SOEP_E }, { "P", BB_SOEP_P }
	};
	const char *attrs[] = {
		"datum", bb_feedback_get(fb, BB_FB_DATE),
		"auteur", bb_feedback_get(fb, BB_FB_AUTHOR_NAME), NULL
	};
	size_t i;
	int rc;

	if ((rc = bb_buf_append(out, "  <journaal", 11)) != BB_OK)
		return rc;
	for (i = 0; attrs[i]; i += 2)
		if ((rc = put_attr(out, attrs[i], attrs[i + 1])) != BB_OK)
			return rc;
	if ((rc = bb_buf_append(out, ">\n", 2)) != BB_OK)
		return rc;
	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++)
		if ((rc = put_line(out, lines[i].name, bb_soep_text(soep, lines[i].part))) != BB_OK)
			return rc;
	return bb_buf_append(out, "  </journaal>\n", 14);
}

/* The facts coded for the HIS to file: intake, sessions, measurements, wellbeing. */
static int put_facts(bb_buf *out, const bb_feedback *fb)
{
	int rc;

	if (bb_feedback_get(fb, BB_FB_INTAKE_DATE)) {
		const char *attrs[] = { "datum", bb_feedback_get(fb, BB_FB_INTAKE_DATE), NULL };
		if ((rc = put_element(out, "  ", "intake", NULL, attrs)) != BB_OK)
			return rc;
	}
	if (bb_feedback_get(fb, BB_FB_SESSIONS_ATTENDED) || bb_feedback_get(fb, BB_FB_SESSIONS_MISSED)) {
		const char *attrs[] = {
			"bijgewoond", bb_feedback_get(fb, BB_FB_SESSIONS_ATTENDED),
			"gemist", bb_feedback_get(fb, BB_FB_SESSIONS_MISSED), NULL
		};
		if ((rc = put_element(out, "  ", "bijeenkomsten", NULL, attrs)) != BB_OK)
			return rc;
	}
	if ((rc = put_measurements(out, fb)) != BB_OK)
		return rc;
	if (bb_feedback_get(fb, BB_FB_WELLBEING)) {
		/* a score with our own code: no LOINC or NHG number exists for it */
		const char *attrs[] = {
			"code", BB_WELLBEING_CODE, "systeem", BB_WELLBEING_SYSTEM,
			"waarde", bb_feedback_get(fb, BB_FB_WELLBEING), "schaal", "0-10",
			"datum", bb_feedback_get(fb, BB_FB_DATE), NULL
		};
		return put_element(out, "  ", "welbevinden", BB_WELLBEING_DISPLAY, attrs);
	}
	return BB_OK;
}

int hx_write_feedback(const bb_host *host, const bb_feedback *fb, bb_buf *out)
{
	const char *status = bb_feedback_get(fb, BB_FB_STATUS);
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
	if ((rc = bb_buf_printf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				"<terugkoppeling xmlns=\"" HX_FEEDBACK_NS "\" versie=\"1.%d\">\n",
				bb_feedback_get(fb, BB_FB_WELLBEING) ? 2 : HX_MINOR)) != BB_OK)
		goto fail;
	if ((rc = put_heading(out, fb, status)) != BB_OK)
		goto fail;
	if ((rc = put_journal(out, fb, soep)) != BB_OK)
		goto fail;
	if ((rc = put_facts(out, fb)) != BB_OK)
		goto fail;
	rc = bb_buf_append(out, "</terugkoppeling>\n", 18);
fail:
	bb_soep_free(soep);
	return rc;
}
