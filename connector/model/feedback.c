/* bb_feedback: the canonical terugkoppeling from a receiver. */
#include <stdlib.h>
#include <string.h>

#include "model.h"

struct bb_feedback {
	model_fields f;
	measurement_list measurements;
};

int bb_feedback_new(bb_feedback **out)
{
	bb_feedback *fb;

	if (!out)
		return BB_EINVAL;
	*out = NULL;
	fb = calloc(1, sizeof(*fb));
	if (!fb)
		return BB_ENOMEM;
	if (model_fields_init(&fb->f, feedback_fields, feedback_field_count) != BB_OK) {
		free(fb);
		return BB_ENOMEM;
	}
	*out = fb;
	return BB_OK;
}

void bb_feedback_free(bb_feedback *fb)
{
	if (!fb)
		return;
	model_measurement_list_free(&fb->measurements);
	model_fields_free(&fb->f);
	free(fb);
}

int bb_feedback_set(bb_feedback *fb, bb_feedback_field field, const char *value)
{
	return fb ? model_set(&fb->f, field, value) : BB_EINVAL;
}

const char *bb_feedback_get(const bb_feedback *fb, bb_feedback_field field)
{
	return fb ? model_get(&fb->f, field) : NULL;
}

const char *bb_feedback_field_name(bb_feedback_field field)
{
	const field_def *d = model_field_def(feedback_fields, feedback_field_count, field);
	return d ? d->name : NULL;
}

int bb_feedback_add_measurement(bb_feedback *fb, const char *loinc, const char *value,
				const char *unit, const char *when)
{
	return fb ? model_measurement_add(&fb->f, &fb->measurements, loinc, value, unit, when)
		  : BB_EINVAL;
}

size_t bb_feedback_measurement_count(const bb_feedback *fb)
{
	return fb ? fb->measurements.count : 0;
}

int bb_feedback_measurement_at(const char **loinc, const char **value, const char **unit,
			       const char **when, const bb_feedback *fb, size_t i)
{
	const measurement *m;

	if (!fb || i >= fb->measurements.count)
		return BB_ENOTFOUND;
	m = &fb->measurements.items[i];
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

size_t bb_feedback_problem_count(const bb_feedback *fb)
{
	return fb ? fb->f.problems.count : 0;
}

const char *bb_feedback_problem_at(const bb_feedback *fb, size_t i)
{
	return fb ? diag_line((diag_list *)&fb->f.problems, i) : NULL;
}

model_fields *model_feedback_mut(bb_feedback *fb)
{
	return &fb->f;
}
