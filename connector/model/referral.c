/* bb_referral: the canonical referral, filled by HIS adapters or by a HIS. */
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "util/lexical.h"
#include "model.h"
#include "referral.h"
#include "util/strutil.h"

typedef struct reason {
	char *system, *code, *text;
	char *since;     /* the date the HIS episode began, or NULL */
} reason;

struct bb_referral {
	model_fields f;
	reason *reasons;
	size_t nreasons;
	measurement_list measurements;
};

int bb_referral_new(bb_referral **out)
{
	bb_referral *r;

	if (!out)
		return BB_EINVAL;
	*out = NULL;
	r = calloc(1, sizeof(*r));
	if (!r)
		return BB_ENOMEM;
	if (model_fields_init(&r->f, referral_fields, referral_field_count) != BB_OK) {
		free(r);
		return BB_ENOMEM;
	}
	*out = r;
	return BB_OK;
}

void bb_referral_free(bb_referral *r)
{
	size_t i;

	if (!r)
		return;
	for (i = 0; i < r->nreasons; i++) {
		free(r->reasons[i].system);
		free(r->reasons[i].code);
		free(r->reasons[i].text);
		free(r->reasons[i].since);
	}
	free(r->reasons);
	model_measurement_list_free(&r->measurements);
	model_fields_free(&r->f);
	free(r);
}

int bb_referral_set(bb_referral *r, bb_referral_field field, const char *value)
{
	if (!r)
		return BB_EINVAL;
	return model_set(&r->f, field, value);
}

const char *bb_referral_get(const bb_referral *r, bb_referral_field field)
{
	return r ? model_get(&r->f, field) : NULL;
}

const char *bb_referral_field_name(bb_referral_field field)
{
	const field_def *d = model_field_def(referral_fields, referral_field_count, field);
	return d ? d->name : NULL;
}

int bb_referral_add_reason(bb_referral *r, const char *system, const char *code,
			   const char *text)
{
	return bb_referral_add_episode(r, system, code, text, NULL);
}

int bb_referral_add_episode(bb_referral *r, const char *system, const char *code,
			    const char *text, const char *since)
{
	reason *grown, *x;

	if (!r)
		return BB_EINVAL;
	if (since && *since && !lex_is_date(since, 1))
		return model_problem(&r->f, "reason.since", "\"%.40s\" is not a date (YYYY-MM-DD)",
				     since);
	if (!text || !*text)
		return model_problem(&r->f, "reason.text", "is missing: every reason needs the GP's text");
	if (code && *code && (!system || !*system))
		return model_problem(&r->f, "reason.system", "is missing for code \"%.20s\"", code);
	if (system && strcmp(system, REASON_SYSTEM_ICPC) == 0 && (!code || !model_icpc_code_ok(code)))
		return model_problem(&r->f, "reason.code",
				     "\"%.20s\" is not an ICPC-1-NL code (e.g. T90 or T90.02)",
				     code ? code : "");
	if (system && *system && strcmp(system, REASON_SYSTEM_ICPC) != 0 &&
	    strcmp(system, REASON_SYSTEM_SNOMED) != 0 && strncmp(system, "http", 4) != 0 &&
	    strncmp(system, "urn:", 4) != 0)
		return model_problem(&r->f, "reason.system",
				     "\"%.40s\" is not icpc-1-nl, snomed or a URI", system);
	grown = realloc(r->reasons, (r->nreasons + 1) * sizeof(*grown));
	if (!grown)
		return BB_ENOMEM;
	r->reasons = grown;
	x = &r->reasons[r->nreasons];
	x->system = str_dup(system && *system ? system : NULL);
	x->code = str_dup(code && *code ? code : NULL);
	x->text = strdup(text);
	x->since = str_dup(since && *since ? since : NULL);
	if (!x->text || (since && *since && !x->since)) {
		free(x->system);
		free(x->code);
		free(x->text);
		free(x->since);
		return BB_ENOMEM;
	}
	r->nreasons++;
	return BB_OK;
}

size_t bb_referral_reason_count(const bb_referral *r)
{
	return r ? r->nreasons : 0;
}

int bb_referral_reason_at(const char **system, const char **code, const char **text,
			  const bb_referral *r, size_t i)
{
	if (!r || i >= r->nreasons)
		return BB_ENOTFOUND;
	if (system)
		*system = r->reasons[i].system;
	if (code)
		*code = r->reasons[i].code;
	if (text)
		*text = r->reasons[i].text;
	return BB_OK;
}

const char *bb_referral_reason_since(const bb_referral *r, size_t i)
{
	return r && i < r->nreasons ? r->reasons[i].since : NULL;
}

int bb_referral_add_measurement(bb_referral *r, const char *loinc, const char *value,
				const char *unit, const char *when)
{
	if (!r)
		return BB_EINVAL;
	return model_measurement_add(&r->f, &r->measurements, loinc, value, unit, when);
}

size_t bb_referral_measurement_count(const bb_referral *r)
{
	return r ? r->measurements.count : 0;
}

int bb_referral_measurement_at(const char **loinc, const char **value, const char **unit,
			       const char **when, const bb_referral *r, size_t i)
{
	const measurement *m;

	if (!r || i >= r->measurements.count)
		return BB_ENOTFOUND;
	m = &r->measurements.items[i];
	if (loinc)
		*loinc = m->loinc;
	if (value)
		*value = m->value;
	if (unit)
		*unit = m->unit;
	if (when)
		*when = m->when;
	return BB_OK;
}

void bb_referral_locate(bb_referral *r, unsigned line, const char *where)
{
	if (r)
		model_locate(&r->f, line, where);
}

int bb_referral_problem(bb_referral *r, const char *fmt, ...)
{
	va_list ap;
	int rc;

	if (!r)
		return BB_EINVAL;
	va_start(ap, fmt);
	rc = model_problemv(&r->f, NULL, fmt, ap);
	va_end(ap);
	return rc;
}

size_t bb_referral_problem_count(const bb_referral *r)
{
	return r ? r->f.problems.count : 0;
}

const char *bb_referral_problem_at(const bb_referral *r, size_t i)
{
	/* Formatting is cached in the object; it is logically const. */
	return r ? diag_line((diag_list *)&r->f.problems, i) : NULL;
}

const model_fields *model_referral(const bb_referral *r)
{
	return &r->f;
}

model_fields *model_referral_mut(bb_referral *r)
{
	return &r->f;
}

int model_referral_copy(bb_referral **out, const bb_referral *from)
{
	bb_referral *to = NULL;
	size_t i;
	int rc;

	*out = NULL;
	if ((rc = bb_referral_new(&to)) != BB_OK)
		return rc;
	rc = model_set_source(&to->f, from->f.source);
	for (i = 0; i < from->f.ndefs && rc == BB_OK; i++)
		rc = model_set(&to->f, from->f.defs[i].id, model_get(&from->f, from->f.defs[i].id));
	for (i = 0; i < from->nreasons && rc == BB_OK; i++)
		rc = bb_referral_add_episode(to, from->reasons[i].system, from->reasons[i].code,
					     from->reasons[i].text, from->reasons[i].since);
	for (i = 0; i < from->measurements.count && rc == BB_OK; i++) {
		const measurement *m = &from->measurements.items[i];
		rc = bb_referral_add_measurement(to, m->loinc, m->value, m->unit, m->when);
	}
	if (rc != BB_OK) {
		bb_referral_free(to);
		return rc;
	}
	*out = to;
	return BB_OK;
}
