/*
 * Finding fields, repetitions, components and subcomponents in a parsed
 * message: plain scans over the segment text, so no tree is ever built
 * and nothing recurses.
 */
#include <string.h>

#include "er7.h"

size_t er7_count(er7_slice s, char delim)
{
	size_t i, n = 1;

	for (i = 0; i < s.n; i++)
		if (s.p[i] == delim)
			n++;
	return n;
}

int er7_part(er7_slice s, char delim, size_t index, er7_slice *out)
{
	size_t i, start = 0, k = 1;

	out->p = s.p;
	out->n = 0;
	if (index == 0)
		return 0;
	for (i = 0; i <= s.n; i++) {
		if (i < s.n && s.p[i] != delim)
			continue;
		if (k == index) {
			out->p = s.p + start;
			out->n = i - start;
			return 1;
		}
		k++;
		start = i + 1;
	}
	return 0;
}

static int is_msh(const er7_segment *seg)
{
	return strcmp(seg->name, "MSH") == 0;
}

int er7_field(const er7_message *m, const er7_segment *seg, unsigned n, er7_slice *out)
{
	er7_slice whole = { seg->text, seg->len };

	out->p = seg->text;
	out->n = 0;
	if (n == 0)
		return 0;
	if (is_msh(seg)) {
		if (n == 1) {
			out->p = seg->text + 3;
			out->n = 1;
			return 1;
		}
		/* "MSH", then MSH-2 is the second part split at the separator */
		return er7_part(whole, m->d.field, n, out);
	}
	return er7_part(whole, m->d.field, (size_t)n + 1, out);
}

unsigned er7_field_count(const er7_message *m, const er7_segment *seg)
{
	er7_slice whole = { seg->text, seg->len };
	size_t parts = er7_count(whole, m->d.field);

	return (unsigned)(is_msh(seg) ? parts : parts - 1);
}

int er7_at(const er7_message *m, const er7_segment *seg, unsigned field, unsigned rep,
	   unsigned comp, unsigned sub, er7_slice *out)
{
	er7_slice f;

	if (!er7_field(m, seg, field, &f)) {
		*out = f;
		return 0;
	}
	/* MSH-1 and MSH-2 hold the delimiters themselves: never split them */
	if (is_msh(seg) && field <= 2) {
		*out = f;
		return rep <= 1 && comp <= 1 && sub <= 1;
	}
	*out = f;
	if (rep == 0)
		return 1;
	if (!er7_part(f, m->d.repetition, rep, out))
		return 0;
	if (comp == 0)
		return 1;
	f = *out;
	if (!er7_part(f, m->d.component, comp, out))
		return 0;
	if (sub == 0)
		return 1;
	f = *out;
	return er7_part(f, m->d.subcomponent, sub, out);
}

int er7_eq(er7_slice s, const char *text)
{
	size_t n = strlen(text);

	return s.n == n && memcmp(s.p, text, n) == 0;
}
