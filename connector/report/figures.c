/*
 * Records -> figures. Each referral in the period is one person's path:
 *
 *   referred   the referral was made (its day, Europe/Amsterdam, is in the period)
 *   accepted   the receiver accepted it, or reported any step after that
 *   declined   its last step is rejected (with the reason)
 *   started    an intake, a report in progress (or on hold), or completed
 *   completed  its last step is completed (a stadspoli's forward apart)
 *   stopped    its last step is failed: uitval, with the reason
 *   doorstroom completed, and goes on at a regular offer (continuation
 *              regulier-aanbod, at completion or at a later follow-up)
 *   behoud M   of those with a follow-up M months after the start, still active
 *
 * Outcomes are changes per person: the last value minus the first (the
 * GP's measurement in the referral, or the provider's first), for people
 * with two values on different moments; n, median and quartiles (the
 * quartiles interpolated as spreadsheets do, R's type 7).
 */
#include "report.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/lexical.h"
#include "mapping/mapping.h"

static const char *const group_names[] = { NULL, "practice", "offer", "receiver", "wijk", "month" };
static const char *const group_words[] = {
	NULL, "Huisartspraktijk (AGB)", "Aanbod van de beweegkaart", "Aanbieder (ontvanger)",
	"Wijk (postcodegebied van de pati\xc3\xabnt)", "Maand van verwijzen (Europe/Amsterdam)"
};

const char *report_grouping_at(size_t index, const char **display)
{
	if (index + 1 >= sizeof(group_names) / sizeof(group_names[0]))
		return NULL;
	*display = group_words[index + 1];
	return group_names[index + 1];
}

static int by_time(const void *a, const void *b)
{
	const rep_feedback *x = a, *y = b;

	if (x->when != y->when)
		return x->when < y->when ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int value_by_time(const void *a, const void *b)
{
	const rep_value *x = a, *y = b;

	if (x->when != y->when)
		return x->when < y->when ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int by_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* ---- one person's path ----------------------------------------------------- */

typedef struct path {
	int accepted, declined, started, completed, stopped, cancelled, running;
	const char *reason;          /* of the decline or the stop */
	const char *continuation;
	const char *track;
	int followup_seen[61], active[61], per_week[61];
	int has_change[OUT_COUNT];
	double change[OUT_COUNT];
} path;

static int is(const char *a, const char *b)
{
	return strcmp(a, b) == 0;
}

static void walk(path *p, rep_referral *r)
{
	const rep_feedback *last = NULL;
	size_t i;
	int o;

	memset(p, 0, sizeof(*p));
	if (r->nfb > 1)   /* qsort wants an array, and there is none without feedback */
		qsort(r->fb, r->nfb, sizeof(*r->fb), by_time);
	for (i = 0; i < r->nfb; i++) {
		const rep_feedback *e = &r->fb[i];
		if (e->followup > 0 && e->followup <= 60) {
			/* the latest report for a moment counts */
			p->followup_seen[e->followup] = 1;
			p->active[e->followup] = e->active;
			p->per_week[e->followup] = e->active ? e->per_week : -1;
			if (e->continuation[0] && !p->continuation)
				p->continuation = e->continuation;
			continue;
		}
		last = e;
		if (is(e->status, "accepted") || is(e->status, "in-progress") || is(e->status, "on-hold") ||
		    is(e->status, "completed") || is(e->status, "failed"))
			p->accepted = 1;
		if (is(e->status, "in-progress") || is(e->status, "on-hold") || e->intake ||
		    is(e->status, "completed"))
			p->started = 1;
		if (e->track[0])
			p->track = e->track;
	}
	if (last) {
		p->declined = is(last->status, "rejected");
		p->stopped = is(last->status, "failed");
		p->cancelled = is(last->status, "cancelled");
		p->completed = is(last->status, "completed") && !p->track;
		p->running = is(last->status, "in-progress") || is(last->status, "on-hold");
		if ((p->declined || p->stopped) && last->reason[0])
			p->reason = last->reason;
		/* at completion; a follow-up's word only when the completion said none */
		if (last->continuation[0])
			p->continuation = last->continuation;
	}
	if (p->declined)
		p->accepted = 0;
	for (o = 0; o < OUT_COUNT; o++) {
		rep_value *v = r->out[o];
		size_t n = r->nout[o];
		if (n < 2)
			continue;
		qsort(v, n, sizeof(*v), value_by_time);
		if (v[n - 1].when > v[0].when) {
			p->has_change[o] = 1;
			p->change[o] = v[n - 1].value - v[0].value;
		}
	}
}

/* ---- the tallies of one group ------------------------------------------------- */

typedef struct counted {
	char code[32];
	long n;
} counted;

typedef struct tally {
	char *key, *label;
	long referred, accepted, declined, started, completed, stopped, cancelled, running;
	long doorstroom, forwarded;
	counted reasons_declined[24], reasons_stopped[24], continuations[8], tracks[8];
	size_t nrd, nrs, ncont, ntracks;
	long fu_reported[61], fu_active[61];
	double *per_week[61];
	size_t nper_week[61];
	double *changes[OUT_COUNT];
	size_t nchanges[OUT_COUNT];
	int failed;
} tally;

static void count_code(counted *list, size_t *n, size_t max, const char *code)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (strcmp(list[i].code, code) == 0) {
			list[i].n++;
			return;
		}
	if (*n == max)
		return;
	strncpy(list[*n].code, code, sizeof(list[*n].code) - 1);
	list[*n].code[sizeof(list[*n].code) - 1] = '\0';
	list[*n].n = 1;
	(*n)++;
}

static void push(tally *t, double **arr, size_t *n, double v)
{
	double *more = realloc(*arr, (*n + 1) * sizeof(**arr));

	if (!more) {
		t->failed = 1;
		return;
	}
	more[(*n)++] = v;
	*arr = more;
}

static void add_path(tally *t, const path *p)
{
	int m, o;

	t->referred++;
	t->accepted += p->accepted;
	t->declined += p->declined;
	t->started += p->started;
	t->completed += p->completed;
	t->stopped += p->stopped;
	t->cancelled += p->cancelled;
	t->running += p->running;
	if (p->declined)
		count_code(t->reasons_declined, &t->nrd, 24, p->reason ? p->reason : "onbekend");
	if (p->stopped)
		count_code(t->reasons_stopped, &t->nrs, 24, p->reason ? p->reason : "onbekend");
	if (p->track) {
		t->forwarded++;
		count_code(t->tracks, &t->ntracks, 8, p->track);
	}
	if (p->completed) {
		count_code(t->continuations, &t->ncont, 8, p->continuation ? p->continuation : "onbekend");
		t->doorstroom += p->continuation && strcmp(p->continuation, "regulier-aanbod") == 0;
	}
	for (m = 1; m <= 60; m++) {
		if (!p->followup_seen[m])
			continue;
		t->fu_reported[m]++;
		t->fu_active[m] += p->active[m];
		if (p->active[m] && p->per_week[m] >= 0)
			push(t, &t->per_week[m], &t->nper_week[m], p->per_week[m]);
	}
	for (o = 0; o < OUT_COUNT; o++)
		if (p->has_change[o])
			push(t, &t->changes[o], &t->nchanges[o], p->change[o]);
}

static void tally_free(tally *t)
{
	int i;

	free(t->key);
	free(t->label);
	for (i = 0; i <= 60; i++)
		free(t->per_week[i]);
	for (i = 0; i < OUT_COUNT; i++)
		free(t->changes[i]);
}

/* ---- rows ----------------------------------------------------------------------- */

static rep_row *row(rep_group *g, const char *measure, const char *detail, long value,
		    long denominator)
{
	rep_row *r;

	if (g->nrows == g->caprows) {
		size_t cap = g->caprows ? g->caprows * 2 : 32;
		rep_row *more = realloc(g->rows, cap * sizeof(*more));
		if (!more)
			return NULL;
		g->rows = more;
		g->caprows = cap;
	}
	r = &g->rows[g->nrows++];
	memset(r, 0, sizeof(*r));
	r->measure = measure;
	strncpy(r->detail, detail ? detail : "", sizeof(r->detail) - 1);
	r->value = value;
	r->denominator = denominator;
	return r;
}

/* Quantile p of sorted x[0..n-1], interpolated between order statistics (type 7). */
static double quantile(const double *x, size_t n, double p)
{
	double h = (double)(n - 1) * p, lo = floor(h);
	size_t i = (size_t)lo;

	if (i + 1 >= n)
		return x[n - 1];
	return x[i] + (h - lo) * (x[i + 1] - x[i]);
}

static int stats_row(rep_group *g, const char *measure, const char *detail, double *x, size_t n)
{
	rep_row *r = row(g, measure, detail, (long)n, -1);

	if (!r)
		return BB_ENOMEM;
	r->is_outcome = 1;
	if (n) {
		qsort(x, n, sizeof(*x), by_double);
		r->median = quantile(x, n, 0.5);
		r->q1 = quantile(x, n, 0.25);
		r->q3 = quantile(x, n, 0.75);
	}
	return BB_OK;
}

static int by_code(const void *a, const void *b)
{
	return strcmp(((const counted *)a)->code, ((const counted *)b)->code);
}

static int code_rows(rep_group *g, const char *measure, counted *list, size_t n, long denominator)
{
	size_t i;

	qsort(list, n, sizeof(*list), by_code);
	for (i = 0; i < n; i++)
		if (!row(g, measure, list[i].code, list[i].n, denominator))
			return BB_ENOMEM;
	return BB_OK;
}

static int make_rows(rep_group *g, tally *t, const rep_figures *f)
{
	char months[8];
	size_t i;
	int o, ok = 1;

	ok = ok && row(g, "referred", NULL, t->referred, -1);
	ok = ok && row(g, "accepted", NULL, t->accepted, t->referred);
	ok = ok && row(g, "declined", NULL, t->declined, t->referred);
	ok = ok && code_rows(g, "declined_reason", t->reasons_declined, t->nrd, t->declined) == BB_OK;
	ok = ok && row(g, "started", NULL, t->started, t->referred);
	ok = ok && row(g, "running", NULL, t->running, t->started);
	ok = ok && row(g, "completed", NULL, t->completed, t->started);
	ok = ok && row(g, "stopped", NULL, t->stopped, t->started);
	ok = ok && code_rows(g, "stop_reason", t->reasons_stopped, t->nrs, t->stopped) == BB_OK;
	ok = ok && row(g, "cancelled", NULL, t->cancelled, t->referred);
	if (t->forwarded) {
		ok = ok && row(g, "forwarded", NULL, t->forwarded, t->referred);
		ok = ok && code_rows(g, "forwarded_track", t->tracks, t->ntracks, t->forwarded) == BB_OK;
	}
	ok = ok && row(g, "doorstroom", NULL, t->doorstroom, t->completed);
	ok = ok && code_rows(g, "continuation", t->continuations, t->ncont, t->completed) == BB_OK;
	for (i = 0; ok && i < f->nmonths; i++) {
		int m = f->months[i];
		snprintf(months, sizeof(months), "%d", m);
		ok = row(g, "behoud", months, t->fu_active[m], t->fu_reported[m]) &&
		     stats_row(g, "times_per_week", months, t->per_week[m], t->nper_week[m]) == BB_OK;
	}
	for (o = 0; ok && o < OUT_COUNT; o++)
		ok = stats_row(g, "change",
			       report_outcome_loinc(o) ? report_outcome_loinc(o) : "welbevinden",
			       t->changes[o], t->nchanges[o]) == BB_OK;
	return ok && !t->failed ? BB_OK : BB_ENOMEM;
}

/* ---- grouping --------------------------------------------------------------------- */

static const char *group_key(const rep_referral *r, int group, char month[8])
{
	switch (group) {
	case BB_REPORT_BY_OFFER:
		return r->offer ? r->offer : "onbekend";
	case BB_REPORT_BY_RECEIVER:
		return r->receiver ? r->receiver : "onbekend";
	case BB_REPORT_BY_WIJK:
		return r->wijk[0] ? r->wijk : "onbekend";
	case BB_REPORT_BY_MONTH:
		memcpy(month, r->day, 7);
		month[7] = '\0';
		return month;
	default:
		return r->practice;
	}
}

static const char *group_label(const rep_referral *r, int group)
{
	if (group == BB_REPORT_BY_PRACTICE)
		return r->practice_name;
	if (group == BB_REPORT_BY_RECEIVER)
		return r->receiver_name;
	return NULL;
}

static int by_key(const void *a, const void *b)
{
	return strcmp(((const tally *)a)->key, ((const tally *)b)->key);
}

static int date_ok(const char *s)
{
	return s && strlen(s) == 10 && lex_is_date(s, 1);
}

int report_figures(rep_figures *f, const rep_data *data, const bb_report_options *opts,
		   diag_list *d)
{
	int group = opts && opts->group ? opts->group : BB_REPORT_BY_PRACTICE;
	tally *tallies = NULL, total;
	size_t nt = 0, i, j;
	int seen[61], rc = BB_OK, m;

	memset(f, 0, sizeof(*f));
	memset(&total, 0, sizeof(total));
	memset(seen, 0, sizeof(seen));
	if (group < BB_REPORT_BY_PRACTICE || group > BB_REPORT_BY_MONTH)
		return diag_add(d, BB_EINVAL, NULL, 0, "group", "%d is not a way to group a report", group);
	if ((opts && opts->from && !date_ok(opts->from)) || (opts && opts->to && !date_ok(opts->to)))
		return diag_add(d, BB_EINVAL, NULL, 0, "period", "a period's days are YYYY-MM-DD");
	f->group_by = group_names[group];
	f->min_cell = opts && opts->min_cell ? opts->min_cell : 5;
	if (opts && opts->from)
		memcpy(f->from, opts->from, 11);
	if (opts && opts->to)
		memcpy(f->to, opts->to, 11);
	/* the follow-up moments anyone reported, so every group has the same columns */
	for (i = 0; i < data->n; i++)
		for (j = 0; j < data->refs[i].nfb; j++)
			if (data->refs[i].fb[j].followup > 0 && data->refs[i].fb[j].followup <= 60)
				seen[data->refs[i].fb[j].followup] = 1;
	for (m = 1; m <= 60 && f->nmonths < sizeof(f->months) / sizeof(f->months[0]); m++)
		if (seen[m])
			f->months[f->nmonths++] = m;
	tallies = calloc(data->n + 1, sizeof(*tallies));
	if (!tallies)
		return BB_ENOMEM;
	for (i = 0; i < data->n; i++) {
		rep_referral *r = &data->refs[i];
		char month[8];
		const char *key;
		tally *t = NULL;
		path p;
		if (!r->have_referral || !r->day[0])
			continue;   /* feedback on a referral whose message is gone: no day, no group */
		if ((f->from[0] && strcmp(r->day, f->from) < 0) || (f->to[0] && strcmp(r->day, f->to) > 0))
			continue;
		walk(&p, r);
		if (!f->first_day[0] || strcmp(r->day, f->first_day) < 0)
			memcpy(f->first_day, r->day, 11);
		if (strcmp(r->day, f->last_day) > 0)
			memcpy(f->last_day, r->day, 11);
		key = group_key(r, group, month);
		for (j = 0; j < nt; j++)
			if (strcmp(tallies[j].key, key) == 0) {
				t = &tallies[j];
				break;
			}
		if (!t) {
			t = &tallies[nt++];
			t->key = str_dup(key);
			t->label = group_label(r, group) ? str_dup(group_label(r, group)) : NULL;
			if (!t->key) {
				rc = BB_ENOMEM;
				goto done;
			}
		}
		add_path(t, &p);
		add_path(&total, &p);
		f->referrals++;
	}
	qsort(tallies, nt, sizeof(*tallies), by_key);
	if (!(f->groups = calloc(nt + 1, sizeof(*f->groups)))) {
		rc = BB_ENOMEM;
		goto done;
	}
	for (i = 0; i <= nt; i++) {
		tally *t = i < nt ? &tallies[i] : &total;
		rep_group *g = &f->groups[f->ngroups++];
		g->key = str_dup(i < nt ? t->key : "totaal");
		g->label = t->label ? str_dup(t->label) : NULL;
		if ((rc = g->key ? make_rows(g, t, f) : BB_ENOMEM) != BB_OK)
			goto done;
	}
done:
	for (i = 0; i < nt; i++)
		tally_free(&tallies[i]);
	tally_free(&total);
	free(tallies);
	if (rc != BB_OK)
		report_figures_free(f);
	return rc;
}

void report_figures_free(rep_figures *f)
{
	size_t i;

	for (i = 0; i < f->ngroups; i++) {
		free(f->groups[i].key);
		free(f->groups[i].label);
		free(f->groups[i].rows);
	}
	free(f->groups);
	memset(f, 0, sizeof(*f));
}

int report_hidden(const rep_figures *f, long value)
{
	return value > 0 && (unsigned long)value < f->min_cell;
}

int report_percent(const rep_figures *f, const rep_row *r, double *pct)
{
	if (r->is_outcome || r->denominator <= 0 || report_hidden(f, r->value) ||
	    report_hidden(f, r->denominator))
		return 0;
	*pct = 100.0 * (double)r->value / (double)r->denominator;
	return 1;
}
