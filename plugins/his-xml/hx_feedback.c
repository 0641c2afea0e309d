/*
 * Canonical feedback -> a journal entry a HIS imports without reading
 * FHIR (schemas/his-feedback.xsd): S/O/E/P lines in plain Dutch for the
 * GP to read, and the same facts coded (status, reason, measurements with
 * LOINC, NHG number, UCUM unit and date) for the HIS to file.
 *
 * The canonical feedback does not say which ICPC episode or which kind of
 * programme the referral was about, so the lines speak of "het
 * beweegtraject" and the optional <episode> link is not written yet.
 */
#include <string.h>

#include "hx.h"
#include "hx_text.h"
#include "nhg45.h"

#define LOINC_SYSTOLIC "8480-6"
#define LOINC_DIASTOLIC "8462-4"

typedef struct journal {
	const bb_feedback *fb;
	const char *status;
	const char *org;         /* the receiver, as the GP reads it */
	char intake[48];         /* intake date in words, or "" */
	const char *track;       /* a stadspoli's forward: the track in words, or NULL */
	const char *next_org;    /* ... and who takes the patient on */
} journal;

static const char *get(const journal *j, int field)
{
	return bb_feedback_get(j->fb, field);
}

/* S: what happened, in the words of the receiver. */
static void line_s(hx_str *s, const journal *j)
{
	const char *st = j->status, *narrative = get(j, BB_FB_NARRATIVE);

	const char *fstatus = get(j, BB_FB_FORWARDED_STATUS);

	if (j->track && fstatus && strcmp(fstatus, "requested") != 0 && hx_status_words(fstatus))
		/* a later report on the track the stadspoli forwarded to */
		hx_str_addf(s, "Vervolg na triage bij %s: %s (%s) %s.", j->org, j->track,
			    j->next_org, hx_status_words(fstatus));
	else if (j->track)
		hx_str_addf(s, "Triage bij %s afgerond. Stadspoli: doorverwezen naar %s (%s).",
			    j->org, j->track, j->next_org);
	else if (strcmp(st, "received") == 0)
		hx_str_addf(s, "Verwijzing ontvangen door %s.", j->org);
	else if (strcmp(st, "accepted") == 0)
		hx_str_addf(s, "Verwijzing geaccepteerd door %s.", j->org);
	else if (strcmp(st, "in-progress") == 0)
		hx_str_addf(s, "Gestart met het beweegtraject bij %s%s%s%s.", j->org,
			    j->intake[0] ? " (intake " : "", j->intake, j->intake[0] ? ")" : "");
	else if (strcmp(st, "on-hold") == 0)
		hx_str_addf(s, "Beweegtraject bij %s tijdelijk onderbroken.", j->org);
	else if (strcmp(st, "completed") == 0)
		hx_str_addf(s, "Beweegtraject bij %s afgerond.", j->org);
	else if (strcmp(st, "rejected") == 0)
		hx_str_addf(s, "Verwijzing niet aangenomen door %s.", j->org);
	else if (strcmp(st, "failed") == 0)
		hx_str_addf(s, "Pati\xc3\xabnt is voortijdig gestopt met het beweegtraject bij %s.",
			    j->org);
	else
		hx_str_addf(s, "Beweegtraject bij %s geannuleerd.", j->org);
	if (narrative)
		hx_str_addf(s, " Verslag %s: %s",
			    get(j, BB_FB_AUTHOR_NAME) ? get(j, BB_FB_AUTHOR_NAME) : "aanbieder",
			    narrative);
}

static void measurement_words(hx_str *s, const char *loinc, const char *value, const char *unit)
{
	const nhg45_row *row = nhg45_by_loinc(loinc);
	char num[64];

	hx_decimal_words(num, sizeof(num), value);
	if (row)
		hx_str_addf(s, "%s %s %s", s->len ? row->woord : row->naam, num,
			    hx_unit_words(unit));
	else
		hx_str_addf(s, "%s LOINC %s: %s %s", s->len ? "meting" : "Meting", loinc, num,
			    hx_unit_words(unit));
}

static int same(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* The value of `loinc` measured at `when` in `unit`, to write "135/85 mmHg". */
static const char *partner(const bb_feedback *fb, const char *loinc, const char *when,
			   const char *unit)
{
	size_t i, n = bb_feedback_measurement_count(fb);

	for (i = 0; i < n; i++) {
		const char *l, *v, *u, *w;
		bb_feedback_measurement_at(fb, i, &l, &v, &u, &w);
		if (strcmp(l, loinc) == 0 && same(u, unit) && same(w, when))
			return v;
	}
	return NULL;
}

/* The date all measurements share, or NULL: then it is said once. */
static const char *common_date(const bb_feedback *fb)
{
	size_t i, n = bb_feedback_measurement_count(fb);
	const char *first = NULL;

	for (i = 0; i < n; i++) {
		const char *l, *v, *u, *w;
		bb_feedback_measurement_at(fb, i, &l, &v, &u, &w);
		if (!w || (first && strcmp(first, w) != 0))
			return NULL;
		first = w;
	}
	return first;
}

/* O: measurements and attendance, in words. */
static void line_o(hx_str *s, const journal *j)
{
	size_t i, n = bb_feedback_measurement_count(j->fb);
	const char *came = get(j, BB_FB_SESSIONS_ATTENDED), *missed = get(j, BB_FB_SESSIONS_MISSED);
	const char *once = common_date(j->fb);
	size_t start;
	char date[48];

	if (once) {
		hx_date_words(date, sizeof(date), once);
		hx_str_addf(s, "Gemeten op %s: ", date);
	}
	start = s->len;
	for (i = 0; i < n; i++) {
		const char *loinc, *value, *unit, *when, *dia;

		bb_feedback_measurement_at(j->fb, i, &loinc, &value, &unit, &when);
		/* a diastolic value is written with its systolic partner */
		if (strcmp(loinc, LOINC_DIASTOLIC) == 0 && partner(j->fb, LOINC_SYSTOLIC, when, unit))
			continue;
		if (s->len > start)
			hx_str_add(s, once ? ", " : "; ");
		if (strcmp(loinc, LOINC_SYSTOLIC) == 0 &&
		    (dia = partner(j->fb, LOINC_DIASTOLIC, when, unit))) {
			char sys[64], d[64];
			hx_decimal_words(sys, sizeof(sys), value);
			hx_decimal_words(d, sizeof(d), dia);
			hx_str_addf(s, "%s %s/%s %s", s->len ? "bloeddruk" : "Bloeddruk", sys, d,
				    hx_unit_words(unit));
		} else {
			measurement_words(s, loinc, value, unit);
		}
		if (when && !once) {
			hx_date_words(date, sizeof(date), when);
			hx_str_addf(s, " (%s)", date);
		}
	}
	if (s->len)
		hx_str_add(s, ".");
	if (came) {
		hx_str_addf(s, "%s%s %s bijgewoond", s->len ? " " : "", came,
			    strcmp(came, "1") == 0 ? "bijeenkomst" : "bijeenkomsten");
		if (missed)
			hx_str_addf(s, ", %s gemist", missed);
		hx_str_add(s, ".");
	} else if (missed) {
		hx_str_addf(s, "%s%s %s gemist.", s->len ? " " : "", missed,
			    strcmp(missed, "1") == 0 ? "bijeenkomst" : "bijeenkomsten");
	}
}

/* Append `text` as a sentence: ending in a full stop unless it has its own. */
static void sentence(hx_str *s, const char *text)
{
	size_t n = strlen(text);

	hx_str_add(s, text);
	if (n && !strchr(".!?", text[n - 1]))
		hx_str_add(s, ".");
}

/* E: where the referral stands, and why. */
static void line_e(hx_str *s, const journal *j)
{
	const char *business = get(j, BB_FB_BUSINESS_STATUS);
	const char *code = get(j, BB_FB_REASON_CODE), *text = get(j, BB_FB_REASON_TEXT);
	const char *reason = code ? hx_reason_words(code) : NULL;

	hx_str_addf(s, "Status: %s", hx_status_words(j->status));
	/* only the appointment steps (5.x) and a forward say more than the status itself */
	if (j->track)
		hx_str_add(s, " (triage, doorverwezen)");
	else if (business && business[0] == '5' && hx_business_words(business))
		hx_str_addf(s, " (%s)", hx_business_words(business));
	hx_str_add(s, ".");
	if (reason || code) {
		hx_str_add(s, " Reden: ");
		sentence(s, reason ? reason : code);
	}
	if (text && !(reason && strcmp(text, reason) == 0)) {
		hx_str_add(s, reason || code ? " " : " Reden: ");
		sentence(s, text);
	}
}

/* P: the next step, and whose it is. */
static void line_p(hx_str *s, const journal *j)
{
	const char *st = j->status;

	if (j->track) {
		hx_str_addf(s, "Vervolg bij %s; die koppelt de voortgang terug. "
			    "Geen actie van de huisarts nodig.", j->next_org);
	} else if (strcmp(st, "received") == 0 || strcmp(st, "accepted") == 0) {
		if (j->intake[0])
			hx_str_addf(s, "Intake bij %s op %s. Geen actie van de huisarts nodig.",
				    j->org, j->intake);
		else
			hx_str_addf(s, "%s plant een intake met de pati\xc3\xabnt. "
				    "Geen actie van de huisarts nodig.", j->org);
	} else if (strcmp(st, "in-progress") == 0) {
		hx_str_addf(s, "Traject loopt door; %s koppelt de voortgang terug.", j->org);
	} else if (strcmp(st, "on-hold") == 0) {
		hx_str_addf(s, "%s meldt wanneer het traject wordt hervat.", j->org);
	} else if (strcmp(st, "completed") == 0) {
		hx_str_add(s, "Traject afgesloten. Bespreek bij het volgende contact hoe de "
			   "pati\xc3\xabnt zelfstandig blijft bewegen.");
	} else if (strcmp(st, "rejected") == 0) {
		hx_str_add(s, "Overweeg met de pati\xc3\xabnt een ander beweegaanbod.");
	} else if (strcmp(st, "failed") == 0) {
		hx_str_add(s, "Bespreek met de pati\xc3\xabnt de reden van stoppen en of een "
			   "ander aanbod past.");
	} else {
		hx_str_addf(s, "Geen vervolg bij %s; overweeg zo nodig een ander aanbod.", j->org);
	}
}

/* <NAME>escaped text</NAME>, when there is text. */
static int put_line(bb_buf *out, const char *name, void (*make)(hx_str *, const journal *),
		    const journal *j)
{
	hx_str s = { NULL, 0, 0, 0 };
	int rc = BB_OK;

	make(&s, j);
	if (s.failed)
		rc = BB_ENOMEM;
	else if (s.len) {
		rc = bb_buf_printf(out, "    <%s>", name);
		if (rc == BB_OK)
			rc = hx_put_escaped(out, s.p, 0);
		if (rc == BB_OK)
			rc = bb_buf_printf(out, "</%s>\n", name);
	}
	hx_str_free(&s);
	return rc;
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

static int put_measurements(bb_buf *out, const bb_feedback *fb)
{
	size_t i, n = bb_feedback_measurement_count(fb);
	int rc = BB_OK;

	for (i = 0; i < n && rc == BB_OK; i++) {
		const char *loinc, *value, *unit, *when;
		const nhg45_row *row;
		char fallback[64];

		bb_feedback_measurement_at(fb, i, &loinc, &value, &unit, &when);
		row = nhg45_by_loinc(loinc);
		snprintf(fallback, sizeof(fallback), "LOINC %s", loinc);
		{
			const char *attrs[] = {
				"loinc", loinc,
				"nhg", row && row->nhg[0] ? row->nhg : NULL,
				"waarde", value, "eenheid", unit, "datum", when, NULL
			};
			rc = put_element(out, "  ", "meting", row ? row->naam : fallback, attrs);
		}
	}
	return rc;
}

int hx_write_feedback(const bb_host *host, const bb_feedback *fb, bb_buf *out)
{
	journal j;
	const char *status = bb_feedback_get(fb, BB_FB_STATUS);
	const char *code = bb_feedback_get(fb, BB_FB_REASON_CODE);
	const char *text = bb_feedback_get(fb, BB_FB_REASON_TEXT);
	int rc;

	if (!status || !hx_status_words(status))
		return bb_host_error(host, BB_EINPUT, 0, "feedback.status",
				     "\"%s\" is not a status a receiver reports",
				     status ? status : "");
	if (!bb_feedback_get(fb, BB_FB_REFERRAL_ID))
		return bb_host_error(host, BB_EINPUT, 0, "feedback.referral_id",
				     "is needed: the HIS files the entry with its referral");
	j.fb = fb;
	j.status = status;
	j.org = bb_feedback_get(fb, BB_FB_AUTHOR_ORGANIZATION);
	if (!j.org)
		j.org = "de aanbieder";
	j.intake[0] = '\0';
	j.track = hx_track_words(bb_feedback_get(fb, BB_FB_FORWARDED_TRACK));
	j.next_org = bb_feedback_get(fb, BB_FB_FORWARDED_ORGANIZATION);
	if (!j.next_org)
		j.next_org = "de nieuwe behandelaar";
	if (bb_feedback_get(fb, BB_FB_INTAKE_DATE))
		hx_date_words(j.intake, sizeof(j.intake), bb_feedback_get(fb, BB_FB_INTAKE_DATE));

	rc = bb_buf_printf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			   "<terugkoppeling xmlns=\"" HX_FEEDBACK_NS "\" versie=\"1.%d\">\n",
			   HX_MINOR);
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
	if (rc == BB_OK && j.track) {
		const char *attrs[] = {
			"traject", hx_track_export(bb_feedback_get(fb, BB_FB_FORWARDED_TRACK)),
			"agb", bb_feedback_get(fb, BB_FB_FORWARDED_AGB),
			"status", bb_feedback_get(fb, BB_FB_FORWARDED_STATUS)
				  ? bb_feedback_get(fb, BB_FB_FORWARDED_STATUS) : "requested", NULL
		};
		rc = put_element(out, "  ", "doorverwijzing", j.next_org, attrs);
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
		rc = put_line(out, "S", line_s, &j);
	if (rc == BB_OK)
		rc = put_line(out, "O", line_o, &j);
	if (rc == BB_OK)
		rc = put_line(out, "E", line_e, &j);
	if (rc == BB_OK)
		rc = put_line(out, "P", line_p, &j);
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
	if (rc == BB_OK)
		rc = bb_buf_append(out, "</terugkoppeling>\n", 18);
	return rc;
}
