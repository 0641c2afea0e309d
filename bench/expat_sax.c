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
 *   (examples.c: the documents codec_bench reads) until SECONDS (default 1) of CPU
 *   time have gone by, and prints
 *     RESULT codec-x2j-expat DOCS_PER_SECOND docs/s
 */
#include <stdio.h>
#include <stdlib.h>

#include <expat.h>

#include "examples.h"

static bench_example *docs;
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

static void one_pass(XML_Parser p)
{
	size_t i;

	for (i = 0; i < ndocs; i++) {
		XML_ParserReset(p, NULL);
		XML_SetElementHandler(p, on_start, on_end);
		XML_SetCharacterDataHandler(p, on_text);
		XML_SetCommentHandler(p, on_comment);
		if (XML_Parse(p, docs[i].xml, (int)docs[i].xml_len, 1) != XML_STATUS_OK) {
			fprintf(stderr, "expat_sax: %s, line %lu: %s\n", docs[i].name,
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

	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: expat_sax DIR [SECONDS]\n");
		return 2;
	}
	docs = bench_examples_load("expat_sax", argv[1], &ndocs);
	/* '\1' joins a namespace and a local name, as libxml2's SAX2 splits them */
	if (!(p = XML_ParserCreateNS(NULL, '\1')))
		return 1;
	one_pass(p);    /* warm-up */
	t0 = bench_cpu_seconds();
	do {
		one_pass(p);
		passes++;
		t = bench_cpu_seconds() - t0;
	} while (t < seconds);
	printf("RESULT codec-x2j-expat %.0f docs/s\n", (double)(passes * ndocs) / t);
	XML_ParserFree(p);
	bench_examples_free(docs, ndocs);
	return events ? 0 : 1;
}
