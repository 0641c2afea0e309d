/*
 * Expat's SAX parse of the official XML examples, with handlers that do
 * nothing: the peer of `codec_bench x2j sax` (libxml2's own parse), so
 * that `make bench` shows whether another XML parser from Debian's
 * archive would lift the ceiling under the codec's XML reader.
 *
 * It does what `codec_bench x2j sax` does with libxml2: namespaces on,
 * one parser kept for all documents (XML_ParserReset between them), each
 * document given whole, and handlers for elements, text and comments
 * that do nothing. Expat is not a dependency of Beweegbrug; this program
 * is built only when configure finds it.
 *
 * Usage: bench/expat_sax DIR [SECONDS]
 *   Passes over every NAME.xml in DIR that has a NAME.json beside it
 *   (the documents codec_bench reads) until SECONDS (default 1) of CPU
 *   time have gone by, and prints
 *     RESULT codec-x2j-expat DOCS_PER_SECOND docs/s
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <expat.h>

struct doc {
	char *xml;
	size_t len;
};

static struct doc *docs;
static size_t ndocs;
static unsigned long events;    /* touched by the handlers, so none is idle */

static void XMLCALL on_start(void *ud, const XML_Char *name, const XML_Char **attrs)
{
	(void)ud;
	(void)name;
	events += attrs[0] != NULL;
}

static void XMLCALL on_end(void *ud, const XML_Char *name)
{
	(void)ud;
	(void)name;
	events++;
}

static void XMLCALL on_text(void *ud, const XML_Char *s, int len)
{
	(void)ud;
	(void)s;
	events += (unsigned long)len;
}

static void XMLCALL on_comment(void *ud, const XML_Char *s)
{
	(void)ud;
	(void)s;
	events++;
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long n;

	if (!f || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0 ||
	    !(buf = malloc((size_t)n + 1)) || fread(buf, 1, (size_t)n, f) != (size_t)n) {
		fprintf(stderr, "expat_sax: cannot read %s\n", path);
		exit(2);
	}
	fclose(f);
	*len = (size_t)n;
	return buf;
}

/* the documents codec_bench reads: NAME.xml where NAME.json is beside it */
static void load(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	size_t cap = 0;

	if (!d) {
		fprintf(stderr, "expat_sax: cannot open %s\n", dir);
		exit(2);
	}
	while ((de = readdir(d))) {
		size_t n = strlen(de->d_name);
		char path[4096];
		FILE *f;

		if (n < 6 || strcmp(de->d_name + n - 5, ".json") != 0)
			continue;
		snprintf(path, sizeof(path), "%s/%.*s.xml", dir, (int)(n - 5), de->d_name);
		if (!(f = fopen(path, "rb")))
			continue;
		fclose(f);
		if (ndocs == cap) {
			cap = cap ? cap * 2 : 64;
			if (!(docs = realloc(docs, cap * sizeof(*docs))))
				exit(2);
		}
		docs[ndocs].xml = slurp(path, &docs[ndocs].len);
		ndocs++;
	}
	closedir(d);
	if (!ndocs) {
		fprintf(stderr, "expat_sax: no NAME.json/NAME.xml pairs in %s\n", dir);
		exit(2);
	}
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void one_pass(XML_Parser p)
{
	size_t i;

	for (i = 0; i < ndocs; i++) {
		XML_ParserReset(p, NULL);
		XML_SetElementHandler(p, on_start, on_end);
		XML_SetCharacterDataHandler(p, on_text);
		XML_SetCommentHandler(p, on_comment);
		if (XML_Parse(p, docs[i].xml, (int)docs[i].len, 1) != XML_STATUS_OK) {
			fprintf(stderr, "expat_sax: document %zu, line %lu: %s\n", i,
				(unsigned long)XML_GetCurrentLineNumber(p),
				XML_ErrorString(XML_GetErrorCode(p)));
			exit(1);
		}
	}
}

int main(int argc, char **argv)
{
	double seconds = argc > 2 ? atof(argv[2]) : 1.0, t0, t;
	unsigned long passes = 0;
	XML_Parser p;
	size_t i;

	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: expat_sax DIR [SECONDS]\n");
		return 2;
	}
	load(argv[1]);
	/* '\1' joins a namespace and a local name, as libxml2's SAX2 splits them */
	if (!(p = XML_ParserCreateNS(NULL, '\1')))
		return 1;
	one_pass(p);    /* warm-up */
	t0 = now_s();
	do {
		one_pass(p);
		passes++;
		t = now_s() - t0;
	} while (t < seconds);
	printf("RESULT codec-x2j-expat %.0f docs/s\n", (double)(passes * ndocs) / t);
	XML_ParserFree(p);
	for (i = 0; i < ndocs; i++)
		free(docs[i].xml);
	free(docs);
	return events ? 0 : 1;
}
