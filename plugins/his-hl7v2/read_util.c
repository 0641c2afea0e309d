/* Helpers of the REF^I12 reader: where we are, and decoded leaves. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hl7v2.h"

void rd_locate(hl7_reader *rd, const er7_segment *seg, unsigned field)
{
	if (field)
		snprintf(rd->where, sizeof(rd->where), "%s-%u", seg->name, field);
	else
		snprintf(rd->where, sizeof(rd->where), "%s", seg->name);
	bb_referral_locate(rd->out, seg->number, rd->where);
}

void rd_problem(hl7_reader *rd, const er7_segment *seg, unsigned field, const char *fmt, ...)
{
	char text[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	rd_locate(rd, seg, field);
	bb_referral_problem(rd->out, "%s", text);
}

char *rd_get(hl7_reader *rd, const er7_segment *seg, unsigned field, unsigned rep,
	     unsigned comp, unsigned sub)
{
	er7_slice s;
	er7_error err;
	char *v = NULL;
	int rc;

	if (!er7_at(rd->m, seg, field, rep, comp, sub, &s) || s.n == 0)
		return NULL;
	rc = er7_decode(rd->m, s, &v, &err);
	if (rc == -1)
		rd_problem(rd, seg, field, "%s", err.message);
	else if (rc == -2)
		rd_problem(rd, seg, field, "out of memory");
	if (v && !*v) {
		free(v);
		v = NULL;
	}
	return v;
}

void rd_set(hl7_reader *rd, const er7_segment *seg, unsigned field, unsigned rep,
	    unsigned comp, unsigned sub, int model_field)
{
	char *v = rd_get(rd, seg, field, rep, comp, sub);

	if (v) {
		rd_locate(rd, seg, field);
		bb_referral_set(rd->out, model_field, v);
	}
	free(v);
}

size_t rd_reps(hl7_reader *rd, const er7_segment *seg, unsigned field)
{
	er7_slice f;
	size_t n;

	if (!er7_field(rd->m, seg, field, &f) || f.n == 0)
		return 0;
	n = er7_count(f, rd->m->d.repetition);
	/*
	 * Each repetition is found by scanning the field, so reading n of
	 * them costs n times the field: refuse absurd counts rather than
	 * spend seconds on 60000 empty repetitions.
	 */
	if (n > HL7_MAX_REPETITIONS) {
		rd_problem(rd, seg, field, "%zu repetitions; the limit is %u", n, HL7_MAX_REPETITIONS);
		return 0;
	}
	return n;
}
