/*
 * Diagnostics: a list of problems found in one piece of input.
 *
 * Parsers and validators do not stop at the first problem when they can go
 * on; a GP's software vendor wants every problem in one run. Each entry says
 * where the problem is as precisely as the input allows: the input's name, a
 * line number (text formats), and a path (a FHIR path such as
 * "Bundle.entry[2].resource.subject", an HL7 position such as "PID-3", or a
 * configuration key).
 *
 * The list is owned by whoever created it; nothing in here is shared between
 * threads.
 */
#ifndef BB_DIAG_H
#define BB_DIAG_H

#include <stddef.h>
#include <stdarg.h>

typedef struct diag_entry {
	int code;              /* a bb_status value (negative) */
	char *source;          /* input name, e.g. a file name; may be NULL */
	unsigned line;         /* 1-based line, 0 when unknown */
	char *path;            /* FHIR path, segment-field or key; may be NULL */
	char *message;         /* what is wrong, without the location */
} diag_entry;

typedef struct diag_list {
	diag_entry *items;
	size_t count;
	size_t alloc;
	size_t limit;          /* stop recording after this many; 0 = 100 */
	size_t dropped;        /* problems seen after the limit was hit */
	char **lines;          /* diag_line() cache: entries formatted */
	size_t nlines;
} diag_list;

#define DIAG_LIST_INIT { NULL, 0, 0, 0, 0, NULL, 0 }

#if defined(__GNUC__)
#  define DIAG_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#  define DIAG_PRINTF(a, b)
#endif

/* Record a problem; returns `code` so callers can `return diag_add(...)`. */
int diag_add(diag_list *d, int code, const char *source, unsigned line,
	     const char *path, const char *fmt, ...) DIAG_PRINTF(6, 7);
int diag_addv(diag_list *d, int code, const char *source, unsigned line,
	      const char *path, const char *fmt, va_list ap);

/*
 * Whether the list records no more (it only counts what is dropped):
 * callers skip the work of describing a problem, such as its FHIR path,
 * which a hostile input could otherwise make them do for every element.
 */
int diag_full(const diag_list *d);

/*
 * One line for a human: "source:line: path: message", leaving out the parts
 * that are unknown. The result is malloc'ed; NULL on out-of-memory.
 */
char *diag_format(const diag_entry *e);

/*
 * Entry `index` formatted as by diag_format(), owned by the list and valid
 * until the list changes; NULL when out of range or out of memory.
 */
const char *diag_line(diag_list *d, size_t index);

/* Remove all entries (keeps the limit). */
void diag_clear(diag_list *d);
void diag_free(diag_list *d);

#endif
