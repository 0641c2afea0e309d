/* The generic field store behind bb_referral and bb_feedback. */
#include "model.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "util/lexical.h"
#include "terminology/terms.h"
#include "util/strutil.h"

int model_fields_init(model_fields *m, const field_def *defs, size_t ndefs)
{
	size_t i;

	memset(m, 0, sizeof(*m));
	m->defs = defs;
	m->ndefs = ndefs;
	for (i = 0; i < ndefs; i++)
		if (defs[i].id > m->max_id)
			m->max_id = defs[i].id;
	m->values = calloc((size_t)m->max_id + 1, sizeof(char *));
	return m->values ? BB_OK : BB_ENOMEM;
}

void model_fields_free(model_fields *m)
{
	int i;

	if (m->values)
		for (i = 0; i <= m->max_id; i++)
			free(m->values[i]);
	free(m->values);
	diag_free(&m->problems);
	free(m->source);
	free(m->where);
	memset(m, 0, sizeof(*m));
}

const field_def *model_field_def(const field_def *defs, size_t ndefs, int id)
{
	size_t i;

	for (i = 0; i < ndefs; i++)
		if (defs[i].id == id)
			return &defs[i];
	return NULL;
}

void model_locate(model_fields *m, unsigned line, const char *where)
{
	m->line = line;
	free(m->where);
	m->where = str_dup(where);
}

int model_set_source(model_fields *m, const char *source)
{
	free(m->source);
	m->source = str_dup(source);
	return source && !m->source ? BB_ENOMEM : BB_OK;
}

int model_problemv(model_fields *m, const char *field, const char *fmt, va_list ap)
{
	char *msg = str_vprintf(fmt, ap);
	int rc;

	if (!msg)
		return BB_ENOMEM;
	/* Name the input position when the adapter gave one, and the field too. */
	if (m->where && field)
		rc = diag_add(&m->problems, BB_EINPUT, m->source, m->line, m->where,
			      "%s %s", field, msg);
	else
		rc = diag_add(&m->problems, BB_EINPUT, m->source, m->line,
			      m->where ? m->where : field, "%s", msg);
	free(msg);
	return rc;
}

int model_problem(model_fields *m, const char *field, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = model_problemv(m, field, fmt, ap);
	va_end(ap);
	return rc;
}

int model_set(model_fields *m, int id, const char *value)
{
	const field_def *def = model_field_def(m->defs, m->ndefs, id);
	const char *why = NULL;
	char *copy;

	if (!def)
		return model_problem(m, NULL, "unknown field id %d", id);
	if (!value || !*value) {
		free(m->values[id]);
		m->values[id] = NULL;
		return BB_OK;
	}
	if (!model_field_value_ok(def, value, &why)) {
		/* Values that break the rules are shown, but cut short. */
		return model_problem(m, def->name, "\"%.80s%s\" %s", value,
				     strlen(value) > 80 ? "..." : "", why);
	}
	copy = strdup(value);
	if (!copy)
		return BB_ENOMEM;
	free(m->values[id]);
	m->values[id] = copy;
	return BB_OK;
}

const char *model_get(const model_fields *m, int id)
{
	if (id < 0 || id > m->max_id)
		return NULL;
	return m->values[id];
}

/* NRS: 0 (no pain) to 10 (worst imaginable), whole numbers only. */
static int pain_score_ok(const char *v)
{
	if (v[0] >= '0' && v[0] <= '9' && v[1] == '\0')
		return 1;
	return strcmp(v, "10") == 0;
}

int model_measurement_add(model_fields *m, measurement_list *l, const char *loinc,
		    const char *value, const char *unit, const char *when)
{
	measurement *grown, *x;
	char *converted = NULL;
	const char *canonical = unit, *why = NULL;

	if (!loinc || !model_loinc_is_valid(loinc))
		return model_problem(m, "measurement.code",
				     "\"%.20s\" is not a LOINC code with a valid check digit",
				     loinc ? loinc : "");
	if (!value || !lex_is_decimal(value))
		return model_problem(m, "measurement.value",
				     "\"%.40s\" is not a decimal number (use '.' as the decimal point)",
				     value ? value : "");
	if (strcmp(loinc, LOINC_PAIN_NRS) == 0 && !pain_score_ok(value))
		return model_problem(m, "measurement.value",
				     "\"%.40s\" is not a pain score: LOINC " LOINC_PAIN_NRS
				     " is a whole number from 0 to 10 (NRS)", value);
	if (!unit || !model_ucum_unit_ok(unit))
		return model_problem(m, "measurement.unit", "\"%.40s\" is not a UCUM unit",
				     unit ? unit : "");
	if (when && *when && !lex_is_datetime(when))
		return model_problem(m, "measurement.date",
				     "\"%.40s\" is not a date or date-time with time zone", when);
	/* one canonical unit per code, whichever way the measurement came in */
	if (!term_canonical(loinc, value, unit, &converted, &canonical, &why)) {
		const bb_measure_info *row = bb_measure_by_loinc(loinc);
		return model_problem(m, "measurement.unit", "\"%.40s\" %s: LOINC %s (%s) is in %s",
				     unit, why, loinc, row->word, row->ucum);
	}
	grown = realloc(l->items, (l->count + 1) * sizeof(*grown));
	if (!grown) {
		free(converted);
		return BB_ENOMEM;
	}
	l->items = grown;
	x = &l->items[l->count];
	x->loinc = strdup(loinc);
	x->value = converted ? converted : strdup(value);
	x->unit = strdup(canonical);
	x->when = when && *when ? strdup(when) : NULL;
	if (!x->loinc || !x->value || !x->unit || (when && *when && !x->when)) {
		free(x->loinc);
		free(x->value);
		free(x->unit);
		free(x->when);
		return BB_ENOMEM;
	}
	l->count++;
	return BB_OK;
}

void model_measurement_list_free(measurement_list *l)
{
	size_t i;

	for (i = 0; i < l->count; i++) {
		free(l->items[i].loinc);
		free(l->items[i].value);
		free(l->items[i].unit);
		free(l->items[i].when);
	}
	free(l->items);
	l->items = NULL;
	l->count = 0;
}
