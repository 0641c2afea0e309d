/*
 * Our own code systems as FHIR CodeSystem and ValueSet sources for the
 * package (schemas/profiles), made from the tables the library codes with,
 * so the published code systems cannot drift from what we write:
 *
 *   continuation        terminology/continuation.c (doorstroom)
 *   outcome             terminology/outcome.c (welbevinden)
 *   monitoring-output   terminology/monitoring.c (a feedback Task's outputs)
 *   monitoring-indicator, monitoring-grouping
 *                       report/ (the Measure and MeasureReport of
 *                       `beweegbrug report --format fhir`)
 *
 * Usage: tests/codesystems OUTDIR. `make codesystems` writes them into
 * schemas/profiles (then `make fhir-package`); tests/fhir-package.test
 * checks that the committed files are what this program makes.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "beweegbrug.h"
#include "mapping/mapping.h"
#include "report/report.h"
#include "terminology/terms.h"

typedef struct out {
	FILE *f;
	int concepts;
} out;

static void json_string(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c < 0x20)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

static FILE *open_in(const char *dir, const char *type, const char *id)
{
	char path[4096];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s-%s.json", dir, type, id);
	if (!(f = fopen(path, "w"))) {
		perror(path);
		exit(1);
	}
	return f;
}

static void header(FILE *f, const char *type, const char *id, const char *name, const char *title,
		   const char *description)
{
	fprintf(f, "{\n  \"resourceType\": \"%s\",\n  \"id\": \"%s\",\n  \"name\": \"%s\",\n  \"title\": ",
		type, id, name);
	json_string(f, title);
	fputs(",\n  \"description\": ", f);
	json_string(f, description);
	fputs(",\n", f);
}

static out code_system(const char *dir, const char *id, const char *name, const char *title,
		       const char *description)
{
	out o = { open_in(dir, "CodeSystem", id), 0 };
	FILE *vs = open_in(dir, "ValueSet", id);
	char all[128];

	header(o.f, "CodeSystem", id, name, title, description);
	fputs("  \"caseSensitive\": true,\n  \"content\": \"complete\",\n  \"concept\": [\n", o.f);
	/* and its value set: all of it, as for the code systems made by hand */
	snprintf(all, sizeof(all), "All codes of the CodeSystem %s.", id);
	header(vs, "ValueSet", id, name, title, all);
	fprintf(vs, "  \"compose\": {\n    \"include\": [\n      {\n"
		"        \"system\": \"https://beweegbrug.nl/fhir/CodeSystem/%s\"\n      }\n    ]\n  }\n}\n",
		id);
	fclose(vs);
	return o;
}

static void concept(out *o, const char *code, const char *fmt, ...)
{
	char display[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(display, sizeof(display), fmt, ap);
	va_end(ap);
	fprintf(o->f, "%s    {\n      \"code\": ", o->concepts++ ? ",\n" : "");
	json_string(o->f, code);
	fputs(",\n      \"display\": ", o->f);
	json_string(o->f, display);
	fputs("\n    }", o->f);
}

static void done(out *o)
{
	fputs("\n  ]\n}\n", o->f);
	fclose(o->f);
}

/* The indicators with a detail: "measure/detail", its words after the measure's. */
static void details(out *o, const char *measure, const char *meaning)
{
	const char *code, *words;
	char c[96];
	size_t i;
	int m, o_;

	if (strcmp(measure, "declined_reason") == 0 || strcmp(measure, "stop_reason") == 0) {
		for (i = 0; (code = mapping_stop_reason_at(i, &words)) != NULL; i++) {
			snprintf(c, sizeof(c), "%s/%s", measure, code);
			concept(o, c, "%s: %s", meaning, words);
		}
		snprintf(c, sizeof(c), "%s/onbekend", measure);
		concept(o, c, "%s: geen reden gecodeerd", meaning);
	} else if (strcmp(measure, "forwarded_track") == 0) {
		for (i = 0; (code = mapping_track_at(i, &words)) != NULL; i++) {
			snprintf(c, sizeof(c), "%s/%s", measure, code);
			concept(o, c, "%s: %s", meaning, words);
		}
	} else if (strcmp(measure, "continuation") == 0) {
		for (i = 0; (code = term_continuation_codes[i]) != NULL; i++) {
			snprintf(c, sizeof(c), "%s/%s", measure, code);
			concept(o, c, "%s: %s", meaning, term_continuation_display(code));
		}
	} else if (strcmp(measure, "behoud") == 0) {
		for (m = 1; m <= 60; m++) {
			snprintf(c, sizeof(c), "%s/%d", measure, m);
			concept(o, c, "%s: %d maanden na de start", meaning, m);
		}
	} else if (strcmp(measure, "times_per_week") == 0) {
		/* a median, with its quartiles as indicators of their own */
		for (m = 1; m <= 60; m++) {
			snprintf(c, sizeof(c), "%s/%d", measure, m);
			concept(o, c, "%s: %d maanden na de start", meaning, m);
			snprintf(c, sizeof(c), "%s/%d/q1", measure, m);
			concept(o, c, "%s: %d maanden na de start (eerste kwartiel)", meaning, m);
			snprintf(c, sizeof(c), "%s/%d/q3", measure, m);
			concept(o, c, "%s: %d maanden na de start (derde kwartiel)", meaning, m);
		}
	} else if (strcmp(measure, "change") == 0) {
		for (o_ = 0; o_ < OUT_COUNT; o_++) {
			const char *key = report_outcome_loinc(o_) ? report_outcome_loinc(o_) : "welbevinden";
			snprintf(c, sizeof(c), "change/%s", key);
			concept(o, c, "%s: %s", meaning, report_outcome_name(o_));
			snprintf(c, sizeof(c), "change/%s/q1", key);
			concept(o, c, "%s: %s (eerste kwartiel)", meaning, report_outcome_name(o_));
			snprintf(c, sizeof(c), "change/%s/q3", key);
			concept(o, c, "%s: %s (derde kwartiel)", meaning, report_outcome_name(o_));
		}
	}
}

int main(int argc, char **argv)
{
	const char *dir = argc == 2 ? argv[1] : NULL, *code, *words;
	const term_outcome *row;
	out o;
	size_t i;

	if (!dir) {
		fprintf(stderr, "usage: codesystems OUTDIR\n");
		return 2;
	}

	o = code_system(dir, "continuation", "BeweegbrugContinuation",
			"Beweegbrug: where someone goes on after the programme",
			"Where a person goes on after a programme (doorstroom), reported at completion, a stop or a "
			"follow-up (feedback Task output continuation). There is no national list; these are ours "
			"(connector/terminology/continuation.c, docs/terminology.md).");
	for (i = 0; (code = term_continuation_codes[i]) != NULL; i++)
		concept(&o, code, "%s", term_continuation_display(code));
	done(&o);

	o = code_system(dir, "outcome", "BeweegbrugOutcome",
			"Beweegbrug: outcomes without a public code",
			"Outcomes a provider reports that no agreed LOINC or SNOMED code covers (research notes, "
			"standards 5.4), as Observation.code: welbevinden, the person's own score 0-10 "
			"(valueQuantity, UCUM {score}). Table: connector/terminology/outcome.c.");
	for (i = 0; (row = term_outcome_at(i)) != NULL; i++)
		concept(&o, row->code, "%s", row->display);
	done(&o);

	o = code_system(dir, "monitoring-output", "BeweegbrugMonitoringOutput",
			"Beweegbrug: monitoring outputs of a feedback Task",
			"The type of a feedback Task.output that carries monitoring (docs/monitoring.md): a follow-up "
			"moment, still active, how often, where someone goes on, the next offer. Table: "
			"connector/terminology/monitoring.c.");
	for (i = 0; term_monitoring_outputs[i].code; i++)
		concept(&o, term_monitoring_outputs[i].code, "%s", term_monitoring_outputs[i].display);
	done(&o);

	o = code_system(dir, "monitoring-indicator", "BeweegbrugMonitoringIndicator",
			"Beweegbrug: monitoring indicators",
			"The indicators of `beweegbrug report` (Measure.group.code and MeasureReport.group.code; "
			"the CSV's measure and detail, docs/monitoring.md): measure, or measure/detail with a "
			"reason, track or continuation code, the months of a follow-up, an outcome (LOINC or "
			"welbevinden), and /q1 or /q3 for the quartiles of a median (an outcome's change, times a week).");
	for (i = 0; (code = report_indicator_at(i, &words)) != NULL; i++) {
		concept(&o, code, "%s", words);
		details(&o, code, words);
	}
	done(&o);

	o = code_system(dir, "monitoring-grouping", "BeweegbrugMonitoringGrouping",
			"Beweegbrug: how a monitoring report is grouped",
			"The stratifier of every indicator of `beweegbrug report` (--by): each group is a "
			"stratum (docs/monitoring.md).");
	for (i = 0; (code = report_grouping_at(i, &words)) != NULL; i++)
		concept(&o, code, "%s", words);
	done(&o);
	return 0;
}
