/*
 * The figures as CSV (RFC 4180 quoting; lines end in LF), one row per figure and group: easy to
 * filter or pivot in a spreadsheet, and the same rows the HTML and the
 * MeasureReports show. A count under the smallest cell is "<5"; a
 * percentage or a median that would reveal it is left empty.
 *
 *   group_by,group,label,measure,detail,value,denominator,percent,median,q1,q3
 */
#include "report.h"

#include <string.h>

/* A field, quoted when it holds a comma, a quote or a line break. */
static void field(strbuf *out, const char *s)
{
	if (!s)
		return;
	if (!strpbrk(s, ",\"\n")) {
		strbuf_puts(out, s);
		return;
	}
	strbuf_putc(out, '"');
	for (; *s; s++) {
		if (*s == '"')
			strbuf_putc(out, '"');
		strbuf_putc(out, *s);
	}
	strbuf_putc(out, '"');
}

static void count(strbuf *out, const rep_figures *f, long v)
{
	if (v < 0)
		return;
	if (report_hidden(f, v))
		strbuf_printf(out, "<%u", f->min_cell);
	else
		strbuf_printf(out, "%ld", v);
}

int report_write_csv(strbuf *out, const rep_figures *f)
{
	size_t i, j;

	strbuf_puts(out, "group_by,group,label,measure,detail,value,denominator,percent,median,q1,q3\n");
	for (i = 0; i < f->ngroups; i++) {
		const rep_group *g = &f->groups[i];
		for (j = 0; j < g->nrows; j++) {
			const rep_row *r = &g->rows[j];
			double pct;
			strbuf_printf(out, "%s,", f->group_by);
			field(out, g->key);
			strbuf_putc(out, ',');
			field(out, g->label);
			strbuf_printf(out, ",%s,", r->measure);
			field(out, r->detail);
			strbuf_putc(out, ',');
			count(out, f, r->value);
			strbuf_putc(out, ',');
			count(out, f, r->denominator);
			strbuf_putc(out, ',');
			if (report_percent(f, r, &pct))
				strbuf_printf(out, "%.1f", pct);
			strbuf_putc(out, ',');
			if (r->is_outcome && r->value > 0 && !report_hidden(f, r->value))
				strbuf_printf(out, "%.2f,%.2f,%.2f", r->median, r->q1, r->q3);
			else
				strbuf_puts(out, ",,");
			strbuf_puts(out, "\n");
		}
	}
	return out->failed ? BB_ENOMEM : BB_OK;
}
