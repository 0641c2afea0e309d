#include "diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strutil.h"

static size_t diag_limit(const diag_list *d)
{
	return d->limit ? d->limit : 100;
}

int diag_full(const diag_list *d)
{
	return d && d->count >= diag_limit(d);
}

int diag_addv(diag_list *d, int code, const char *source, unsigned line,
	      const char *path, const char *fmt, va_list ap)
{
	diag_entry *e;

	if (!d)
		return code;
	if (d->count >= diag_limit(d)) {
		d->dropped++;
		return code;
	}
	if (d->count == d->alloc) {
		size_t n = d->alloc ? d->alloc * 2 : 8;
		diag_entry *grown = realloc(d->items, n * sizeof(*grown));
		if (!grown) {
			d->dropped++;
			return code;
		}
		d->items = grown;
		d->alloc = n;
	}
	e = &d->items[d->count];
	memset(e, 0, sizeof(*e));
	e->code = code;
	e->line = line;
	e->source = source ? strdup(source) : NULL;
	e->path = path ? strdup(path) : NULL;
	e->message = str_vprintf(fmt, ap);
	if (!e->message || (source && !e->source) || (path && !e->path)) {
		free(e->source);
		free(e->path);
		free(e->message);
		d->dropped++;
		return code;
	}
	d->count++;
	return code;
}

int diag_add(diag_list *d, int code, const char *source, unsigned line,
	     const char *path, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_addv(d, code, source, line, path, fmt, ap);
	va_end(ap);
	return code;
}

char *diag_format(const diag_entry *e)
{
	char linebuf[24] = "";

	if (e->line)
		snprintf(linebuf, sizeof(linebuf), ":%u", e->line);
	return str_printf("%s%s%s%s%s%s",
			  e->source ? e->source : "",
			  e->source ? linebuf : "",
			  e->source ? ": " : "",
			  e->path ? e->path : "",
			  e->path ? ": " : "",
			  e->message);
}

static void drop_lines(diag_list *d)
{
	size_t i;

	for (i = 0; i < d->nlines; i++)
		free(d->lines[i]);
	free(d->lines);
	d->lines = NULL;
	d->nlines = 0;
}

const char *diag_line(diag_list *d, size_t index)
{
	size_t i;

	if (!d || index >= d->count)
		return NULL;
	if (d->nlines != d->count) {
		drop_lines(d);
		d->lines = calloc(d->count, sizeof(char *));
		if (!d->lines)
			return NULL;
		for (i = 0; i < d->count; i++)
			d->lines[i] = diag_format(&d->items[i]);
		d->nlines = d->count;
	}
	return d->lines[index];
}

void diag_clear(diag_list *d)
{
	size_t i;

	if (!d)
		return;
	drop_lines(d);
	for (i = 0; i < d->count; i++) {
		free(d->items[i].source);
		free(d->items[i].path);
		free(d->items[i].message);
	}
	d->count = 0;
	d->dropped = 0;
}

void diag_free(diag_list *d)
{
	if (!d)
		return;
	diag_clear(d);
	free(d->items);
	d->items = NULL;
	d->alloc = 0;
}
