/*
 * The documents the codec benchmarks read: every NAME.json in a folder
 * that has a NAME.xml beside it (the official R4 examples), sorted by
 * name. One loader, so that every program compared in bench/run reads
 * exactly the same documents.
 */
#ifndef BENCH_EXAMPLES_H
#define BENCH_EXAMPLES_H

#include <stddef.h>

typedef struct bench_example {
	char *name;             /* NAME */
	char *json, *xml;       /* the files' bytes, NUL-terminated */
	size_t json_len, xml_len;
} bench_example;

/* All pairs in dir, in *count; exits with a message naming `who` on failure. */
bench_example *bench_examples_load(const char *who, const char *dir, size_t *count);
void bench_examples_free(bench_example *ex, size_t count);

/* CPU seconds of this process: on a shared machine the wall clock also
 * counts the time other programs had the CPU. */
double bench_cpu_seconds(void);

#endif
