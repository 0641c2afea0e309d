/*
 * One SOEP journal entry for every HIS (docs/soep.md). The HIS adapters
 * only put these four texts in their container (a his-xml element, an
 * ORU^R01 OBX, a FHIR Composition section), so one feedback reads the
 * same in every HIS.
 *
 *   S  what the receiver reports, attributed to them by name
 *   O  measurements in Dutch words, Dutch decimals and units, attendance
 *   E  the status, tied to the referral's ICPC episode; a stop or decline
 *      reason as the receiver gave it
 *   P  the receiver's plan; what they propose the GP does is marked
 *      "Voorstel aanbieder: ..."; nothing here is advice of our own
 *
 * Every date a person reads is the day (and time) in Europe/Amsterdam.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "beweegbrug.h"
#include "mapping/mapping.h"
#include "nl_time.h"
#include "util/strutil.h"
#include "terms.h"

#define LOINC_SYSTOLIC "8480-6"
#define LOINC_DIASTOLIC "8462-4"

struct bb_soep {
	char *part[4];       /* S, O, E, P */
	char *title;
	char *author;
};

typedef struct writer {
	const bb_feedback *fb;
	const char *status;
	const char *who;         /* "M. de Vries, Leefstijlcoaches West" or the organisation */
	const char *track;       /* a stadspoli's forward: the track in words, or NULL */
	const char *next_org;
	const char *kind;        /* the referral's kind; a forward after triage is a stadspoli's */
} writer;

static const char *get(const writer *w, int field)
{
	return bb_feedback_get(w->fb, field);
}

static const char *lookup(const char *const (*table)[2], size_t n, const char *key)
{
	size_t i;

	for (i = 0; key && i < n; i++)
		if (strcmp(table[i][0], key) == 0)
			return table[i][1];
	return NULL;
}

#define LOOKUP(table, key) lookup(table, sizeof(table) / sizeof(table[0]), key)

/* The programme, as a noun in a sentence and as a heading. */
static const char *kind_noun(const char *kind)
{
	static const char *const words[][2] = {
		{ "gli", "de GLI" }, { "beweegcoach", "het beweegcoachtraject" },
		{ "stadspoli", "de stadspoli" }, { "regular", "het beweegaanbod" },
	};
	const char *w = LOOKUP(words, kind);
	return w ? w : "het beweegtraject";
}

static const char *kind_title(const char *kind)
{
	static const char *const words[][2] = {
		{ "gli", "GLI" }, { "beweegcoach", "Beweegcoachtraject" },
		{ "stadspoli", "Stadspoli" }, { "regular", "Beweegaanbod" },
	};
	const char *w = LOOKUP(words, kind);
	return w ? w : "Beweegtraject";
}

static const char *status_words(const char *status)
{
	static const char *const words[][2] = {
		{ "received", "verwijzing ontvangen" }, { "accepted", "verwijzing geaccepteerd" },
		{ "rejected", "verwijzing afgewezen" }, { "in-progress", "loopt" },
		{ "on-hold", "onderbroken" }, { "completed", "afgerond" },
		{ "failed", "voortijdig gestopt" }, { "cancelled", "geannuleerd" },
		{ "requested", "aangevraagd" },
	};
	return LOOKUP(words, status);
}

/* Only the appointment steps (5.x) say more than the status itself. */
static const char *step_words(const char *business)
{
	static const char *const words[][2] = {
		{ "5.1.1", "afspraak gepland" }, { "5.1.2", "niet verschenen op afspraak" },
		{ "5.1.3", "afspraak geannuleerd" }, { "5.1.4", "afspraak gehouden" },
		{ "5.2", "annulering gevraagd" },
	};
	return LOOKUP(words, business);
}

static const char *track_words(const char *track)
{
	static const char *const words[][2] = {
		{ "physio", "fysiotherapie" }, { "specialist", "de medisch specialist" },
		{ "beweegcoach", "een beweegcoachtraject" },
	};
	return LOOKUP(words, track);
}

/* Append `text` as a sentence: ending in a full stop unless it has its own. */
static void sentence(strbuf *b, const char *text)
{
	size_t n = strlen(text);

	if (b->len && b->data[b->len - 1] != ' ' && b->data[b->len - 1] != '\n')
		strbuf_putc(b, ' ');
	strbuf_puts(b, text);
	if (n && !strchr(".!?", text[n - 1]))
		strbuf_putc(b, '.');
}

/* ---- S ------------------------------------------------------------------ */

/* Where someone goes on: " Vervolg: Gaat door bij ... (aanbod X)." */
static void continuation_words(strbuf *b, const writer *w)
{
	const char *cont = get(w, BB_FB_CONTINUATION), *offer = get(w, BB_FB_NEXT_OFFER);

	strbuf_printf(b, " Vervolg: %s", term_continuation_display(cont) ? term_continuation_display(cont) : cont);
	if (offer)
		strbuf_printf(b, " (aanbod %s)", offer);
	strbuf_putc(b, '.');
}

/* "follow-up 6 maanden na de start: patiënt is nog actief, 2 keer per week" */
static void follow_up_words(strbuf *b, const writer *w)
{
	const char *active = get(w, BB_FB_FOLLOWUP_ACTIVE), *cont = get(w, BB_FB_CONTINUATION);
	const char *offer = get(w, BB_FB_NEXT_OFFER), *per_week = get(w, BB_FB_FOLLOWUP_PER_WEEK);

	strbuf_printf(b, "follow-up %s maanden na de start: ", get(w, BB_FB_FOLLOWUP_MONTHS));
	if (active && strcmp(active, "yes") == 0) {
		strbuf_puts(b, "pati\xc3\xabnt is nog actief");
		if (offer)
			strbuf_printf(b, " bij aanbod %s", offer);
		else if (cont && strcmp(cont, "zelfstandig") == 0)
			strbuf_puts(b, ", zelfstandig");
		if (per_week)
			strbuf_printf(b, ", %s keer per week", per_week);
	} else {
		strbuf_puts(b, "pati\xc3\xabnt is niet meer actief");
	}
}

static void part_s(strbuf *b, const writer *w)
{
	const char *st = w->status, *kind = kind_noun(w->kind);
	const char *fstatus = get(w, BB_FB_FORWARDED_STATUS), *narrative = get(w, BB_FB_NARRATIVE);
	char date[64], intake[64];

	if (get(w, BB_FB_AUTHOR_NAME) && get(w, BB_FB_AUTHOR_ORGANIZATION))
		strbuf_printf(b, "%s van %s", get(w, BB_FB_AUTHOR_NAME),
			      get(w, BB_FB_AUTHOR_ORGANIZATION));
	else
		strbuf_puts(b, w->who);
	if (get(w, BB_FB_DATE)) {
		term_nl_date_words(date, sizeof(date), get(w, BB_FB_DATE), 0);
		strbuf_printf(b, " meldt op %s: ", date);
	} else {
		strbuf_puts(b, " meldt: ");
	}
	if (get(w, BB_FB_FOLLOWUP_MONTHS))
		follow_up_words(b, w);
	else if (w->track && fstatus && strcmp(fstatus, "requested") != 0 && status_words(fstatus))
		/* a later report on the track the stadspoli forwarded to */
		strbuf_printf(b, "vervolg bij %s (%s): %s", w->next_org, w->track,
			      status_words(fstatus));
	else if (w->track)
		strbuf_printf(b, "triage afgerond, pati\xc3\xabnt doorverwezen naar %s (%s)",
			      w->track, w->next_org);
	else if (strcmp(st, "received") == 0)
		strbuf_puts(b, "verwijzing ontvangen");
	else if (strcmp(st, "accepted") == 0)
		strbuf_puts(b, "verwijzing geaccepteerd");
	else if (strcmp(st, "in-progress") == 0)
		strbuf_printf(b, "pati\xc3\xabnt is gestart met %s", kind);
	else if (strcmp(st, "on-hold") == 0)
		strbuf_printf(b, "%s is tijdelijk onderbroken", kind);
	else if (strcmp(st, "completed") == 0)
		strbuf_printf(b, "%s is afgerond", kind);
	else if (strcmp(st, "rejected") == 0)
		strbuf_puts(b, "verwijzing niet aangenomen");
	else if (strcmp(st, "failed") == 0)
		strbuf_printf(b, "pati\xc3\xabnt is voortijdig gestopt met %s", kind);
	else
		strbuf_printf(b, "%s is geannuleerd", kind);
	if (get(w, BB_FB_INTAKE_DATE) && strcmp(st, "in-progress") == 0) {
		term_nl_date_words(intake, sizeof(intake), get(w, BB_FB_INTAKE_DATE), 0);
		strbuf_printf(b, " (intake %s)", intake);
	}
	strbuf_putc(b, '.');
	if (get(w, BB_FB_CONTINUATION) && !get(w, BB_FB_FOLLOWUP_MONTHS))
		continuation_words(b, w);
	if (narrative) {
		strbuf_puts(b, " Verslag: ");
		strbuf_puts(b, narrative);
		if (!strchr(".!?", narrative[strlen(narrative) - 1]))
			strbuf_putc(b, '.');
	}
}

/* ---- O ------------------------------------------------------------------ */

/* The Amsterdam day of `when` (YYYY-MM-DD), or "" when undated. */
static void day_of(char out[11], const char *when)
{
	if (!when || !term_nl_local_date(out, when))
		out[0] = '\0';
}

static int same_day(const char *a, const char *b)
{
	char x[11], y[11];

	day_of(x, a);
	day_of(y, b);
	return strcmp(x, y) == 0;
}

/* The value of `loinc` measured the same day in `unit`, to write "135/85 mmHg". */
static const char *partner(const bb_feedback *fb, const char *loinc, const char *when,
			   const char *unit)
{
	size_t i, n = bb_feedback_measurement_count(fb);

	for (i = 0; i < n; i++) {
		const char *l, *v, *u, *t;
		bb_feedback_measurement_at(&l, &v, &u, &t, fb, i);
		if (strcmp(l, loinc) == 0 && strcmp(u, unit) == 0 && same_day(t, when))
			return v;
	}
	return NULL;
}

/* The Amsterdam day all measurements share, or "": then each says its own. */
static void common_day(char out[11], const bb_feedback *fb)
{
	size_t i, n = bb_feedback_measurement_count(fb);
	char first[11] = "", day[11];

	out[0] = '\0';
	for (i = 0; i < n; i++) {
		const char *l, *v, *u, *t;
		bb_feedback_measurement_at(&l, &v, &u, &t, fb, i);
		day_of(day, t);
		if (!day[0] || (first[0] && strcmp(first, day) != 0))
			return;
		memcpy(first, day, sizeof(first));
	}
	memcpy(out, first, 11);
}

static void measurement_words(strbuf *b, int first, const char *loinc, const char *value,
			      const char *unit)
{
	const bb_measure_info *row = bb_measure_by_loinc(loinc);
	char num[64];

	term_dutch_decimal(num, sizeof(num), value);
	if (row)
		strbuf_printf(b, "%s %s %s", first ? row->name : row->word, num,
			      term_unit_words(unit));
	else
		strbuf_printf(b, "%s LOINC %s: %s %s", first ? "Meting" : "meting", loinc, num,
			      term_unit_words(unit));
}

static void part_o(strbuf *b, const writer *w)
{
	size_t i, n = bb_feedback_measurement_count(w->fb), items = 0;
	const char *came = get(w, BB_FB_SESSIONS_ATTENDED), *missed = get(w, BB_FB_SESSIONS_MISSED);
	char once[11], date[64];

	common_day(once, w->fb);
	if (n && once[0]) {
		term_nl_date_words(date, sizeof(date), once, 0);
		strbuf_printf(b, "Gemeten op %s: ", date);
	}
	for (i = 0; i < n; i++) {
		const char *loinc, *value, *unit, *when, *dia;
		int first = items == 0 && !once[0];

		bb_feedback_measurement_at(&loinc, &value, &unit, &when, w->fb, i);
		/* a diastolic value is written with its systolic partner */
		if (strcmp(loinc, LOINC_DIASTOLIC) == 0 && partner(w->fb, LOINC_SYSTOLIC, when, unit))
			continue;
		if (items)
			strbuf_puts(b, once[0] ? ", " : "; ");
		if (strcmp(loinc, LOINC_SYSTOLIC) == 0 &&
		    (dia = partner(w->fb, LOINC_DIASTOLIC, when, unit))) {
			char sys[64], d[64];
			term_dutch_decimal(sys, sizeof(sys), value);
			term_dutch_decimal(d, sizeof(d), dia);
			strbuf_printf(b, "%s %s/%s %s", first ? "Bloeddruk" : "bloeddruk", sys, d,
				      term_unit_words(unit));
		} else {
			measurement_words(b, first, loinc, value, unit);
		}
		if (when && !once[0]) {
			term_nl_date_words(date, sizeof(date), when, 0);
			strbuf_printf(b, " (%s)", date);
		}
		items++;
	}
	if (items)
		strbuf_putc(b, '.');
	if (get(w, BB_FB_WELLBEING)) {
		char score[16];
		term_dutch_decimal(score, sizeof(score), get(w, BB_FB_WELLBEING));
		strbuf_printf(b, "%s" BB_WELLBEING_DISPLAY ": %s.", items ? " " : "", score);
		items++;
	}
	if (came || missed) {
		strbuf_printf(b, "%sBijeenkomsten: ", items ? " " : "");
		if (came)
			strbuf_printf(b, "%s bijgewoond", came);
		if (missed)
			strbuf_printf(b, "%s%s gemist", came ? ", " : "", missed);
		strbuf_putc(b, '.');
	}
}

/* ---- E ------------------------------------------------------------------ */

static void part_e(strbuf *b, const writer *w)
{
	const char *code = get(w, BB_FB_EPISODE_CODE), *text = get(w, BB_FB_EPISODE_TEXT);
	const char *business = get(w, BB_FB_BUSINESS_STATUS), *fstatus = get(w, BB_FB_FORWARDED_STATUS);
	const char *rcode = get(w, BB_FB_REASON_CODE), *rtext = get(w, BB_FB_REASON_TEXT);
	const char *rwords = rcode ? mapping_stop_reason_display(rcode) : NULL;
	const bb_icpc_info *row = code ? term_icpc(code) : NULL;

	/* the episode the entry belongs to: the GP's own title, else the table's */
	if (code && (text || (row && strcmp(row->code, code) == 0)))
		strbuf_printf(b, "%s %s", code, text ? text : row->text);
	else if (code)
		strbuf_printf(b, "ICPC %s", code);
	else if (text)
		strbuf_puts(b, text);
	else
		strbuf_printf(b, "Verwijzing %s", get(w, BB_FB_REFERRAL_ID));
	strbuf_printf(b, " \xe2\x80\x94 %s: ", kind_title(w->kind));
	if (w->track && fstatus && strcmp(fstatus, "requested") != 0 && status_words(fstatus))
		strbuf_printf(b, "triage afgerond, doorverwezen naar %s; vervolg %s", w->track,
			      status_words(fstatus));
	else if (w->track)
		strbuf_printf(b, "triage afgerond, doorverwezen naar %s", w->track);
	else
		strbuf_puts(b, status_words(w->status));
	if (!w->track && business && step_words(business))
		strbuf_printf(b, " (%s)", step_words(business));
	if (get(w, BB_FB_FOLLOWUP_MONTHS))
		strbuf_printf(b, "; follow-up na %s maanden: %s", get(w, BB_FB_FOLLOWUP_MONTHS),
			      get(w, BB_FB_FOLLOWUP_ACTIVE) && strcmp(get(w, BB_FB_FOLLOWUP_ACTIVE), "yes") == 0
				      ? "nog actief" : "niet meer actief");
	strbuf_putc(b, '.');
	if (rwords || rcode || rtext) {
		strbuf_puts(b, " Reden volgens de aanbieder:");
		if (rwords || rcode)
			sentence(b, rwords ? rwords : rcode);
		if (rtext && !(rwords && strcmp(rtext, rwords) == 0))
			sentence(b, rtext);
	}
}

/* ---- P ------------------------------------------------------------------ */

static void part_p(strbuf *b, const writer *w)
{
	const char *st = w->status, *plan = get(w, BB_FB_PLAN), *proposal = get(w, BB_FB_PROPOSAL);
	char intake[80], line[600];

	if (w->track) {
		snprintf(line, sizeof(line), "Vervolg bij %s (%s)", w->next_org, w->track);
		sentence(b, line);
	}
	if (get(w, BB_FB_INTAKE_DATE) && (strcmp(st, "received") == 0 || strcmp(st, "accepted") == 0)) {
		term_nl_date_words(intake, sizeof(intake), get(w, BB_FB_INTAKE_DATE), 1);
		snprintf(line, sizeof(line), "Intake bij de aanbieder op %s", intake);
		sentence(b, line);
	}
	if (plan) {
		if (b->len)
			strbuf_putc(b, ' ');
		strbuf_puts(b, "Plan aanbieder:");
		sentence(b, plan);
	}
	if (proposal) {
		if (b->len)
			strbuf_putc(b, ' ');
		strbuf_puts(b, "Voorstel aanbieder:");
		sentence(b, proposal);
	}
	if (!b->len)
		strbuf_puts(b, "Geen plan of voorstel van de aanbieder ontvangen.");
}

/* ---- the entry ----------------------------------------------------------- */

void bb_soep_free(bb_soep *s)
{
	int i;

	if (!s)
		return;
	for (i = 0; i < 4; i++)
		free(s->part[i]);
	free(s->title);
	free(s->author);
	free(s);
}

int bb_soep_new(bb_soep **out, const bb_feedback *fb)
{
	void (*const make[4])(strbuf *, const writer *) = { part_s, part_o, part_e, part_p };
	const char *name, *org;
	strbuf b = STRBUF_INIT;
	bb_soep *s;
	writer w;
	int i, failed = 0;
	const char *kind;

	if (!out || !fb)
		return BB_EINVAL;
	*out = NULL;
	w.fb = fb;
	w.status = bb_feedback_get(fb, BB_FB_STATUS);
	if (!w.status || !status_words(w.status) || strcmp(w.status, "requested") == 0)
		return BB_EINPUT;
	name = bb_feedback_get(fb, BB_FB_AUTHOR_NAME);
	org = bb_feedback_get(fb, BB_FB_AUTHOR_ORGANIZATION);
	w.track = track_words(bb_feedback_get(fb, BB_FB_FORWARDED_TRACK));
	kind = bb_feedback_get(fb, BB_FB_REFERRAL_KIND);
	w.kind = kind ? kind : w.track ? "stadspoli" : NULL;
	w.next_org = bb_feedback_get(fb, BB_FB_FORWARDED_ORGANIZATION);
	if (!w.next_org)
		w.next_org = "de nieuwe behandelaar";
	if (!(s = calloc(1, sizeof(*s))))
		return BB_ENOMEM;
	if (name && org)
		s->author = str_printf("%s, %s", name, org);
	else
		s->author = str_dup(name ? name : org ? org : "De aanbieder");
	w.who = s->author;
	for (i = 0; s->author && i < 4; i++) {
		make[i](&b, &w);
		failed |= b.failed;
		s->part[i] = b.len ? strbuf_detach(&b, NULL) : str_dup("");
		strbuf_free(&b);
		failed |= !s->part[i];
	}
	if (bb_feedback_get(fb, BB_FB_FOLLOWUP_MONTHS))
		s->title = str_printf("Terugkoppeling %s%s%s: follow-up %s maanden", kind_title(w.kind),
				      org ? " van " : "", org ? org : "",
				      bb_feedback_get(fb, BB_FB_FOLLOWUP_MONTHS));
	else
		s->title = str_printf("Terugkoppeling %s%s%s: %s", kind_title(w.kind),
				      org ? " van " : "", org ? org : "",
				      w.track ? "triage afgerond" : status_words(w.status));
	if (failed || !s->author || !s->title) {
		bb_soep_free(s);
		return BB_ENOMEM;
	}
	*out = s;
	return BB_OK;
}

const char *bb_soep_text(const bb_soep *s, bb_soep_section part)
{
	if (!s || part < BB_SOEP_S || part > BB_SOEP_P)
		return NULL;
	return s->part[part - BB_SOEP_S];
}

const char *bb_soep_title(const bb_soep *s)
{
	return s ? s->title : NULL;
}

const char *bb_soep_author(const bb_soep *s)
{
	return s ? s->author : NULL;
}
