/* Small helpers shared by the cmocka suites. */
#ifndef BB_TESTUTIL_H
#define BB_TESTUTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* An environment variable the test harness must set; aborts the test when missing. */
static inline const char *test_env(const char *name)
{
	const char *v = getenv(name);
	if (!v || !*v) {
		fprintf(stderr, "%s is not set; run the tests with make check\n", name);
		exit(1);
	}
	return v;
}

/* A fresh temporary directory; the caller removes what it puts there. */
static inline char *test_tmpdir(void)
{
	char tmpl[] = "/tmp/bbtest.XXXXXX";
	char *d = mkdtemp(tmpl);
	return d ? strdup(d) : NULL;
}

static inline void test_write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	if (!f) {
		perror(path);
		exit(1);
	}
	fputs(text, f);
	fclose(f);
}

#endif
