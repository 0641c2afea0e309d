/* The benchmarks' documents: see examples.h. */
#include "examples.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static char *slurp(const char *who, const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long n;

	if (!f || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0 ||
	    !(buf = malloc((size_t)n + 1)) || fread(buf, 1, (size_t)n, f) != (size_t)n) {
		fprintf(stderr, "%s: cannot read %s\n", who, path);
		exit(2);
	}
	fclose(f);
	buf[n] = '\0';
	*len = (size_t)n;
	return buf;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(((const bench_example *)a)->name, ((const bench_example *)b)->name);
}

bench_example *bench_examples_load(const char *who, const char *dir, size_t *count)
{
	DIR *d = opendir(dir);
	bench_example *ex = NULL, *grown;
	struct dirent *de;
	size_t n = 0, cap = 0;

	if (!d) {
		fprintf(stderr, "%s: cannot open %s\n", who, dir);
		exit(2);
	}
	while ((de = readdir(d))) {
		size_t len = strlen(de->d_name);
		char path[4096];
		FILE *f;

		if (len < 6 || strcmp(de->d_name + len - 5, ".json") != 0)
			continue;
		snprintf(path, sizeof(path), "%s/%.*s.xml", dir, (int)(len - 5), de->d_name);
		if (!(f = fopen(path, "rb")))
			continue;
		fclose(f);
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			if (!(grown = realloc(ex, cap * sizeof(*ex)))) {
				fprintf(stderr, "%s: out of memory\n", who);
				exit(2);
			}
			ex = grown;
		}
		ex[n].name = strndup(de->d_name, len - 5);
		ex[n].xml = slurp(who, path, &ex[n].xml_len);
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		ex[n].json = slurp(who, path, &ex[n].json_len);
		n++;
	}
	closedir(d);
	if (!n) {
		fprintf(stderr, "%s: no NAME.json/NAME.xml pairs in %s\n", who, dir);
		exit(2);
	}
	qsort(ex, n, sizeof(*ex), by_name);
	*count = n;
	return ex;
}

void bench_examples_free(bench_example *ex, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++) {
		free(ex[i].name);
		free(ex[i].json);
		free(ex[i].xml);
	}
	free(ex);
}

double bench_cpu_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}
