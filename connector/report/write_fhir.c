/*
 * The figures as FHIR R4: a collection Bundle with the Measure that
 * defines every indicator and one MeasureReport (type summary) that gives
 * them. Each indicator is a group of both (group.code in
 * https://beweegbrug.nl/fhir/CodeSystem/monitoring-indicator, the same names as the
 * CSV's measure/detail); the report's totals are the group's populations,
 * and each practice, offer, receiver, wijk or month is a stratum of the
 * group's one stratifier. Populations use the R4 measure-population codes
 * (initial-population, denominator, numerator, measure-population); a
 * proportion's score is a percentage, an outcome's the median change (its
 * quartiles are indicators of their own). A count under the smallest
 * cell is not given: the population carries data-absent-reason "masked",
 * and so does a score that would reveal it.
 */
#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "connector.h"
#include "fhir/fhir_codec.h"
#include "fhir/fhir_node.h"
#include "mapping/build.h"
#include "mapping/mapping.h"

#define MEASURE_URL "https://beweegbrug.nl/fhir/Measure/beweegbrug-monitoring"
#define SYS_INDICATOR REPORT_SYS_INDICATOR
#define SYS_GROUPING REPORT_SYS_GROUPING
#define SYS_POPULATION "http://terminology.hl7.org/CodeSystem/measure-population"
#define SYS_SCORING "http://terminology.hl7.org/CodeSystem/measure-scoring"
#define SYS_MEASURE_TYPE "http://terminology.hl7.org/CodeSystem/measure-type"
#define EXT_ABSENT "http://hl7.org/fhir/StructureDefinition/data-absent-reason"

/* What each indicator means, in words for the Measure. */
static const char *const meanings[][2] = {
	{ "referred", "Instroom: verwijzingen gemaakt in de periode (dag van verwijzen, Europe/Amsterdam)" },
	{ "accepted", "Verwijzingen die de aanbieder accepteerde, van alle verwijzingen" },
	{ "declined", "Verwijzingen die de aanbieder afwees, van alle verwijzingen" },
	{ "declined_reason", "Afgewezen om deze reden (https://beweegbrug.nl/fhir/CodeSystem/stop-reason), van de afgewezen verwijzingen" },
	{ "started", "Gestart (intake, voortgang of afgerond), van alle verwijzingen: startpercentage" },
	{ "running", "Nog bezig aan het eind van de gegevens, van de gestarten" },
	{ "completed", "Afgerond, van de gestarten" },
	{ "stopped", "Voortijdig gestopt (uitval), van de gestarten" },
	{ "stop_reason", "Gestopt om deze reden (https://beweegbrug.nl/fhir/CodeSystem/stop-reason), van de gestopten" },
	{ "cancelled", "Geannuleerd op verzoek van de verwijzer, van alle verwijzingen" },
	{ "forwarded", "Na triage doorverwezen (stadspoli), van alle verwijzingen" },
	{ "forwarded_track", "Doorverwezen naar dit spoor, van de doorverwezen verwijzingen" },
	{ "doorstroom", "Doorstroom: na afronding verder bij regulier sport- of beweegaanbod, van de afgeronden" },
	{ "continuation", "Vervolg na afronding (https://beweegbrug.nl/fhir/CodeSystem/continuation), van de afgeronden" },
	{ "behoud", "Behoud: nog actief bij de follow-up zoveel maanden na de start, van wie een follow-up kreeg" },
	{ "times_per_week", "Keer per week actief bij de follow-up (mediaan), van wie nog actief is" },
	{ "change", "Verandering per persoon: laatste min eerste meting (mediaan; kwartielen apart)" },
};

const char *report_indicator_at(size_t index, const char **words)
{
	if (index >= sizeof(meanings) / sizeof(meanings[0]))
		return NULL;
	*words = meanings[index][1];
	return meanings[index][0];
}

static const char *meaning(const char *measure)
{
	size_t i;

	for (i = 0; i < sizeof(meanings) / sizeof(meanings[0]); i++)
		if (strcmp(meanings[i][0], measure) == 0)
			return meanings[i][1];
	return measure;
}

/* "stop_reason/motivatie", "change/39156-5/q1": the indicator's code. */
static void indicator(char *out, size_t size, const rep_row *r, const char *part)
{
	snprintf(out, size, "%s%s%s%s%s", r->measure, r->detail[0] ? "/" : "", r->detail,
		 part ? "/" : "", part ? part : "");
}

static void population(fhir_node *parent, const rep_figures *f, const char *code, long count)
{
	fhir_node *p = fhir_add(parent, "population");
	char n[24];

	mapping_concept(p, "code", SYS_POPULATION, code, NULL, NULL);
	if (report_hidden(f, count)) {
		fhir_set(fhir_extension_add(p, EXT_ABSENT), "valueCode", "masked");
		return;
	}
	snprintf(n, sizeof(n), "%ld", count);
	fhir_set(p, "count", n);
}

static void score(fhir_node *parent, const char *value, const char *unit, const char *ucum)
{
	fhir_node *q = fhir_add(parent, "measureScore");

	fhir_set(q, "value", value);
	fhir_set(q, "unit", unit);
	fhir_set(q, "system", "http://unitsofmeasure.org");
	fhir_set(q, "code", ucum);
}

/* One indicator's figures (populations and score) into `at`: a group or a stratum. */
static void figures(fhir_node *at, const rep_figures *f, const rep_row *r, int part)
{
	char v[40];
	double pct, x;

	if (r->is_outcome) {
		population(at, f, "measure-population", r->value);
		if (r->value > 0 && !report_hidden(f, r->value)) {
			x = part == 1 ? r->q1 : part == 3 ? r->q3 : r->median;
			snprintf(v, sizeof(v), "%.2f", x);
			score(at, v, "1", "1");
		}
		return;
	}
	if (r->denominator < 0) {
		population(at, f, "initial-population", r->value);
		return;
	}
	population(at, f, "denominator", r->denominator);
	population(at, f, "numerator", r->value);
	if (report_percent(f, r, &pct)) {
		snprintf(v, sizeof(v), "%.1f", pct);
		score(at, v, "%", "%");
	}
}

static const rep_row *find_row(const rep_group *g, const rep_row *like)
{
	size_t i;

	for (i = 0; i < g->nrows; i++)
		if (strcmp(g->rows[i].measure, like->measure) == 0 &&
		    strcmp(g->rows[i].detail, like->detail) == 0)
			return &g->rows[i];
	return NULL;
}

static void today(char out[11])
{
	time_t t = time(NULL);
	struct tm tm;

	if (!gmtime_r(&t, &tm) || !strftime(out, 11, "%Y-%m-%d", &tm))
		strcpy(out, "1970-01-01");
}

static fhir_node *make_measure(const rep_figures *f, const rep_group *total, diag_list *d)
{
	fhir_node *m = fhir_resource_new("Measure", d), *g, *p;
	char code[80];
	size_t i;
	int part;

	fhir_set(m, "id", "beweegbrug-monitoring");
	fhir_set(m, "url", MEASURE_URL);
	fhir_set(m, "version", BB_VERSION);
	fhir_set(m, "name", "BeweegbrugMonitoring");
	fhir_set(m, "title", "Beweegbrug: instroom, doorstroom en behoud");
	fhir_set(m, "status", "active");
	fhir_set(m, "publisher", "Beweegbrug");
	fhir_set(m, "description",
		 "Instroom, doorstroom en behoud van verwijzingen vanuit de huisartspraktijk naar sport "
		 "en bewegen, met redenen van afwijzen en stoppen en de verandering in uitkomsten. "
		 "Afgeleid uit de berichten die een installatie verstuurde en ontving "
		 "(docs/monitoring.md). Alleen aantallen; aantallen onder de kleinste cel worden "
		 "niet getoond (data-absent-reason masked).");
	mapping_concept(m, "type", SYS_MEASURE_TYPE, "outcome", "Outcome", NULL);
	for (i = 0; i < total->nrows; i++) {
		const rep_row *r = &total->rows[i];
		for (part = 0; part <= (r->is_outcome ? 3 : 0); part += r->is_outcome ? (part == 0 ? 1 : 2) : 1) {
			const char *words = part == 1 ? "eerste kwartiel" : part == 3 ? "derde kwartiel" : NULL;
			indicator(code, sizeof(code), r, part == 1 ? "q1" : part == 3 ? "q3" : NULL);
			g = fhir_add(m, "group");
			mapping_concept(g, "code", SYS_INDICATOR, code, NULL, code);
			if (words) {
				char *desc = str_printf("%s (%s)", meaning(r->measure), words);
				fhir_set(g, "description", desc);
				free(desc);
			} else {
				fhir_set(g, "description", meaning(r->measure));
			}
			p = fhir_add(g, "population");
			mapping_concept(p, "code", SYS_POPULATION,
				   r->is_outcome ? "measure-population" : r->denominator < 0 ? "initial-population" : "numerator",
				   NULL, NULL);
			{
				fhir_node *e = fhir_add(p, "criteria");
				fhir_set(e, "description", meaning(r->measure));
				fhir_set(e, "language", "text/plain");
				fhir_set(e, "expression", code);
			}
			if (!r->is_outcome && r->denominator >= 0) {
				p = fhir_add(g, "population");
				mapping_concept(p, "code", SYS_POPULATION, "denominator", NULL, NULL);
				fhir_node *e = fhir_add(p, "criteria");
				fhir_set(e, "language", "text/plain");
				fhir_set(e, "expression", "zie description");
			}
			mapping_concept(fhir_add(g, "stratifier"), "code", SYS_GROUPING, f->group_by, NULL, NULL);
		}
	}
	return m;
}

static fhir_node *make_report(const rep_figures *f, const rep_group *total, diag_list *d)
{
	fhir_node *mr = fhir_resource_new("MeasureReport", d), *g, *s, *st, *period;
	char code[80], day[11];
	size_t i, j;
	int part;

	fhir_set(mr, "id", "beweegbrug-monitoring-report");
	fhir_set(mr, "status", "complete");
	fhir_set(mr, "type", "summary");
	fhir_set(mr, "measure", MEASURE_URL);
	today(day);
	fhir_set(mr, "date", day);
	period = fhir_add(mr, "period");
	fhir_set(period, "start", f->from[0] ? f->from : f->first_day[0] ? f->first_day : day);
	fhir_set(period, "end", f->to[0] ? f->to : f->last_day[0] ? f->last_day : day);
	for (i = 0; i < total->nrows; i++) {
		const rep_row *r = &total->rows[i];
		for (part = 0; part <= (r->is_outcome ? 3 : 0); part += r->is_outcome ? (part == 0 ? 1 : 2) : 1) {
			indicator(code, sizeof(code), r, part == 1 ? "q1" : part == 3 ? "q3" : NULL);
			g = fhir_add(mr, "group");
			mapping_concept(g, "code", SYS_INDICATOR, code, NULL, NULL);
			figures(g, f, r, part);
			s = fhir_add(g, "stratifier");
			mapping_concept(s, "code", SYS_GROUPING, f->group_by, NULL, NULL);
			for (j = 0; j + 1 < f->ngroups; j++) {
				const rep_row *gr = find_row(&f->groups[j], r);
				rep_row zero;
				if (!gr) {
					/* a reason nobody in this group had: a count of 0 */
					zero = *r;
					zero.value = 0;
					zero.denominator = r->denominator < 0 ? -1 : 0;
					gr = &zero;
				}
				st = fhir_add(s, "stratum");
				fhir_set(fhir_add(st, "value"), "text", f->groups[j].key);
				figures(st, f, gr, part);
			}
		}
	}
	return mr;
}

int report_write_fhir(strbuf *out, const rep_figures *f, int xml, diag_list *d)
{
	const rep_group *total = &f->groups[f->ngroups - 1];
	fhir_node *bundle, *m, *mr;
	int rc;

	connector_init_libxml();
	bundle = fhir_resource_new("Bundle", d);
	fhir_set(bundle, "type", "collection");
	m = make_measure(f, total, d);
	mr = make_report(f, total, d);
	{
		fhir_node *e = fhir_add(bundle, "entry");
		fhir_set(e, "fullUrl", MEASURE_URL);
		fhir_attach(e, "resource", m);
		e = fhir_add(bundle, "entry");
		fhir_set(e, "fullUrl", "https://beweegbrug.nl/fhir/MeasureReport/beweegbrug-monitoring-report");
		fhir_attach(e, "resource", mr);
	}
	if (!bundle || fhir_errors(bundle) || (rc = fhir_check(bundle, NULL, d)) != BB_OK) {
		fhir_node_free(bundle);
		return bundle ? BB_ERROR : BB_ENOMEM;
	}
	rc = fhir_write(out, bundle, xml ? FHIR_FORMAT_XML : FHIR_FORMAT_JSON, 1);
	fhir_node_free(bundle);
	return rc;
}
