/*
 * The FHIR codec against its floor: what the parsers it is built on cost
 * on their own for the same documents.
 *
 *   j2x  FHIR JSON -> FHIR XML
 *        ours:  fhir_reader_read + fhir_write_xml (compact) + free, with
 *               one fhir_reader for all documents, as a converter's loop
 *               or a server's worker keeps one
 *        once:  the same with fhir_read (a reader made for each document)
 *        raw:   json-c parse + free of the same JSON (default flags),
 *               plus libxml2's xmlDocDumpMemory of the official XML of
 *               the same resource (parsed beforehand)
 *   x2j  FHIR XML -> FHIR JSON
 *        ours:  fhir_reader_to_json (pretty, as FHIR.js writes it) with
 *               one reader for all documents: JSON written while libxml2
 *               parses, no tree (fhir_x2j.c). Its first pass checks, for
 *               each document, that the converter took it (not the
 *               reader after a refusal) and that the output is byte for
 *               byte tree's, and stops at the first that is not
 *        once:  the same with a reader made for each document
 *        tree:  fhir_reader_read + fhir_write_json (pretty) + free: the
 *               way through the tree, as ours went before fhir_x2j.c
 *        raw:   libxml2 xmlReadMemory (XML_PARSE_NONET) + xmlFreeDoc of
 *               the same XML, plus
 *               json-c's pretty print of the official JSON (parsed
 *               beforehand)
 *        read:  fhir_reader_read + free with one reader, and no output:
 *               the ceiling of any JSON writer on this reader's tree (a
 *               reader that wrote JSON as it parsed would save part of
 *               it, the tree, and pay for the writing)
 *        sax:   libxml2's SAX2 parse of the same XML with handlers that
 *               do nothing (the options and input fhir_read_xml uses,
 *               one libxml2 context kept for all, as ours keeps one): what
 *               any reader built on libxml2 pays before it does anything
 *   j2j  FHIR JSON -> FHIR JSON
 *        ours:  fhir_reader_read + fhir_write_json (compact) + free
 *        once:  the same with fhir_read
 *        raw:   json-c parse + print + free
 *
 * Usage: bench/codec_bench MODE IMPL DIR [SECONDS]
 *   MODE j2x|x2j|j2j, IMPL ours|once|raw, and for x2j also tree|read|sax,
 *   DIR a folder of NAME.json/NAME.xml
 *   pairs (the official R4 examples). Passes over every pair until
 *   SECONDS (default 1) of CPU time have gone by; prints one line
 *     RESULT codec-MODE-IMPL DOCS_PER_SECOND docs/s
 *   (documents per CPU second)
 *   plus, on a separate first pass, allocations per document:
 *     RESULT allocs-MODE-IMPL N allocs/doc
 * bench/run runs it in interleaved rounds beside FHIR.js.
 *
 * bench/codec_bench rss MODE DIR N...   converts documents (ours) until
 *   each count N in turn has been done, printing the resident memory after
 *   each: RESULT rss-codec-N KB (it should not grow with N).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <json-c/json.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#include "beweegbrug.h"
#include "fhir/fhir_codec.h"
#include "fhir/fhir_x2j.h"
#include "examples.h"

/*
 * ---- counting allocations ----------------------------------------------
 * glibc lets a program replace malloc for every library it loads; these
 * count, then hand over to glibc's own. Default visibility: the build
 * hides symbols otherwise, and then json-c and libxml2 would not see them.
 */
#if !defined(__SANITIZE_ADDRESS__) && defined(__GLIBC__)
#define EXPORTED __attribute__((visibility("default")))
extern void *__libc_malloc(size_t n);
extern void *__libc_calloc(size_t n, size_t m);
extern void *__libc_realloc(void *p, size_t n);
static unsigned long allocs;
EXPORTED void *malloc(size_t n)
{
	allocs++;
	return __libc_malloc(n);
}
EXPORTED void *calloc(size_t n, size_t m)
{
	allocs++;
	return __libc_calloc(n, m);
}
EXPORTED void *realloc(void *p, size_t n)
{
	allocs++;
	return __libc_realloc(p, n);
}
#define COUNTING 1
#else
static unsigned long allocs;
#define COUNTING 0
#endif

typedef struct doc {
	char *name;
	char *json, *xml;
	size_t json_len, xml_len;
	json_object *jtree;     /* raw floor: the official JSON, parsed */
	xmlDocPtr xtree;        /* raw floor: the official XML, parsed */
} doc;

static doc *docs;
static size_t ndocs;

/* The examples (examples.c, the loader every codec peer uses); their strings move to docs. */
static void load(const char *dir)
{
	bench_example *ex = bench_examples_load("codec_bench", dir, &ndocs);
	size_t i;

	if (!(docs = calloc(ndocs, sizeof(*docs))))
		exit(2);
	for (i = 0; i < ndocs; i++) {
		docs[i].name = ex[i].name;
		docs[i].json = ex[i].json;
		docs[i].json_len = ex[i].json_len;
		docs[i].xml = ex[i].xml;
		docs[i].xml_len = ex[i].xml_len;
	}
	free(ex);
}

static void die_doc(const doc *d, const char *what)
{
	fprintf(stderr, "codec_bench: %s: %s failed\n", d->name, what);
	exit(1);
}

/* ---- one document, each way ------------------------------------------- */

static size_t sink;     /* keeps the work observable */

/*
 * Output in the form the peer writes, for a like-for-like comparison:
 * FHIR.js's xmlToJson pretty-prints its JSON (JSON.stringify with tabs),
 * its jsonToXml writes compact XML, and Node's JSON.stringify (the j2j
 * peer) compact JSON. The floor prints the same way (raw below).
 */
static int pretty_like_peer(fhir_format from, fhir_format to)
{
	return from == FHIR_FORMAT_XML && to == FHIR_FORMAT_JSON;
}

static void die_diags(const doc *d, const diag_list *dl, const char *what)
{
	if (dl->count) {
		char *s = diag_format(&dl->items[0]);

		fprintf(stderr, "  %s\n", s);
		free(s);
	}
	die_doc(d, what);
}

/* x2j ours: fhir_reader_to_json, with `rd` or a reader made for the document */
static void ours_x2j(fhir_reader *rd, const doc *d)
{
	diag_list dl = DIAG_LIST_INIT;
	strbuf out = STRBUF_INIT;
	fhir_reader *own = rd ? NULL : fhir_reader_new();

	if (fhir_reader_to_json(rd ? rd : own, &out, d->xml, d->xml_len, d->name, NULL, &dl) != BB_OK)
		die_diags(d, &dl, "fhir_reader_to_json");
	sink += out.len;
	strbuf_free(&out);
	fhir_reader_free(own);
	diag_free(&dl);
}

/* `rd`: the reader kept for all documents, or NULL to make one for each */
static void ours(fhir_reader *rd, const doc *d, fhir_format from, fhir_format to, int write)
{
	diag_list dl = DIAG_LIST_INIT;
	fhir_node *res;
	strbuf out = STRBUF_INIT;
	const char *text = from == FHIR_FORMAT_JSON ? d->json : d->xml;
	size_t len = from == FHIR_FORMAT_JSON ? d->json_len : d->xml_len;
	int rc = rd ? fhir_reader_read(rd, &res, text, len, d->name, NULL, &dl)
		    : fhir_read(&res, text, len, d->name, &dl);

	if (rc != BB_OK)
		die_diags(d, &dl, "fhir_read");
	if (!write)
		sink += res != NULL;
	else if (fhir_write(&out, res, to, pretty_like_peer(from, to)) != BB_OK)
		die_doc(d, "fhir_write");
	sink += out.len;
	strbuf_free(&out);
	fhir_node_free(res);
	diag_free(&dl);
}

/* json-c as a program would call it: default flags, its own tokener */
static json_object *json_parse(const doc *d)
{
	struct json_tokener *tok = json_tokener_new();
	json_object *o;

	o = json_tokener_parse_ex(tok, d->json, (int)d->json_len);
	json_tokener_free(tok);
	if (!o)
		die_doc(d, "json-c parse");
	return o;
}

static void raw(doc *d, fhir_format from, fhir_format to)
{
	if (from == FHIR_FORMAT_JSON) {
		json_object *o = json_parse(d);

		if (to == FHIR_FORMAT_JSON)
			sink += strlen(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN |
								      JSON_C_TO_STRING_NOSLASHESCAPE));
		json_object_put(o);
	} else {
		xmlDocPtr x = xmlReadMemory(d->xml, (int)d->xml_len, d->name, NULL, XML_PARSE_NONET);

		if (!x)
			die_doc(d, "xmlReadMemory");
		xmlFreeDoc(x);
	}
	if (from == FHIR_FORMAT_JSON && to == FHIR_FORMAT_XML) {
		xmlChar *mem;
		int n;

		xmlDocDumpMemory(d->xtree, &mem, &n);
		if (!mem)
			die_doc(d, "xmlDocDumpMemory");
		sink += (size_t)n;
		xmlFree(mem);
	}
	if (from == FHIR_FORMAT_XML && to == FHIR_FORMAT_JSON)
		sink += strlen(json_object_to_json_string_ext(d->jtree, JSON_C_TO_STRING_PRETTY |
								    JSON_C_TO_STRING_NOSLASHESCAPE));
}

/*
 * libxml2 alone. The handlers are there (libxml2 skips the work of
 * building their arguments for a NULL one) but do nothing.
 */
static void sax_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
		      const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
		      int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
	(void)ctx, (void)localname, (void)prefix, (void)uri, (void)nb_namespaces;
	(void)namespaces, (void)nb_attributes, (void)nb_defaulted, (void)attributes;
	sink++;
}

static void sax_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
	(void)ctx, (void)localname, (void)prefix, (void)uri;
}

static void sax_text(void *ctx, const xmlChar *ch, int len)
{
	(void)ctx, (void)ch, (void)len;
}

static void sax_comment(void *ctx, const xmlChar *value)
{
	(void)ctx, (void)value;
}

/*
 * The input as fhir_read_xml gives it (fhir_xmlsafe.c): before libxml2
 * 2.11, memory input without a read callback, which saves 10% here.
 */
static xmlParserCtxtPtr sax_kept;       /* one context for all documents */

static void sax_handlers(xmlParserCtxtPtr px)
{
	memset(px->sax, 0, sizeof(*px->sax));
	px->sax->initialized = XML_SAX2_MAGIC;
	px->sax->startElementNs = sax_start;
	px->sax->endElementNs = sax_end;
	px->sax->characters = sax_text;
	px->sax->ignorableWhitespace = sax_text;
	px->sax->comment = sax_comment;
}

/*
 * The parse fhir_read_xml runs (fhir_xmlsafe.c): before libxml2 2.11,
 * memory input without a read callback, which saves 10% here, and the
 * context marked progressive; later, xmlCtxtReadMemory.
 */
static void sax_only(const doc *d)
{
	const int opts = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES |
			 XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
	xmlParserCtxtPtr px = sax_kept ? sax_kept : xmlNewParserCtxt();

	if (!px)
		die_doc(d, "libxml2 context");
	sax_handlers(px);
#if LIBXML_VERSION < 21100
	{
		xmlParserInputBufferPtr in;
		xmlParserInputPtr stream;

		xmlCtxtReset(px);
		if (!(in = xmlParserInputBufferCreateMem(d->xml, (int)d->xml_len,
							 XML_CHAR_ENCODING_NONE)))
			die_doc(d, "libxml2 input");
		in->readcallback = NULL;
		if (!(stream = xmlNewIOInputStream(px, in, XML_CHAR_ENCODING_NONE)))
			die_doc(d, "libxml2 input");
		inputPush(px, stream);
		xmlCtxtUseOptions(px, opts);
		px->progressive = 1;
		xmlParseDocument(px);
		px->progressive = 0;
	}
#else
	xmlCtxtReadMemory(px, d->xml, (int)d->xml_len, NULL, NULL, opts);
#endif
	if (!px->wellFormed)
		die_doc(d, "libxml2 SAX parse");
	sax_kept = px;
}

enum impl { IMPL_OURS, IMPL_ONCE, IMPL_TREE, IMPL_READ, IMPL_RAW, IMPL_SAX };

static fhir_reader *kept;       /* ours: the reader for all documents */
static int checking;            /* x2j ours: compare with tree (the first pass) */
static unsigned long check_allocs;      /* ... and the allocations that cost */

/*
 * x2j ours, first pass: the converter alone must take document d, and
 * write what the tree's way writes; stop at the first byte that differs.
 */
static fhir_xml_sax check_sax = FHIR_XML_SAX_INIT;
static fhir_x2j *check_conv;    /* one for the check pass, as ours keeps one */

static void check_x2j(const doc *d)
{
	diag_list dl = DIAG_LIST_INIT;
	strbuf want = STRBUF_INIT, got = STRBUF_INIT;
	fhir_x2j *x = check_conv ? check_conv : (check_conv = fhir_x2j_new());
	fhir_node *res;
	unsigned long a0 = allocs;
	const char *why = "out of memory";
	size_t i, n;

	if (!x || fhir_x2j_convert(x, &check_sax, &got, d->xml, d->xml_len, &why) != 0) {
		fprintf(stderr, "codec_bench: %s: fhir_x2j refused it (%s): ours would read it "
				"with the tree, and this would not measure the converter\n", d->name, why);
		exit(1);
	}
	if (fhir_reader_read(kept, &res, d->xml, d->xml_len, d->name, NULL, &dl) != BB_OK)
		die_diags(d, &dl, "fhir_reader_read");
	if (fhir_write_json(&want, res, 1) != BB_OK)
		die_doc(d, "fhir_write_json");
	n = want.len < got.len ? want.len : got.len;
	for (i = 0; i < n && want.data[i] == got.data[i]; i++)
		;
	if (i < n || want.len != got.len) {
		size_t from = i > 40 ? i - 40 : 0;

		fprintf(stderr, "codec_bench: %s: fhir_x2j differs from the tree's way at byte %zu "
				"(tree %zu bytes, fhir_x2j %zu)\n  tree:     %.80s\n  fhir_x2j: %.80s\n",
			d->name, i, want.len, got.len, want.data + from, got.data + from);
		exit(1);
	}
	strbuf_free(&want);
	strbuf_free(&got);
	fhir_node_free(res);
	diag_free(&dl);
	check_allocs += allocs - a0;
}

static void one_pass(enum impl impl, fhir_format from, fhir_format to)
{
	size_t i;

	for (i = 0; i < ndocs; i++) {
		if (from == FHIR_FORMAT_XML && to == FHIR_FORMAT_JSON &&
		    (impl == IMPL_OURS || impl == IMPL_ONCE)) {
			if (checking)
				check_x2j(&docs[i]);
			ours_x2j(impl == IMPL_OURS ? kept : NULL, &docs[i]);
		} else if (impl == IMPL_OURS || impl == IMPL_ONCE || impl == IMPL_TREE)
			ours(impl == IMPL_ONCE ? NULL : kept, &docs[i], from, to, 1);
		else if (impl == IMPL_READ)
			ours(kept, &docs[i], from, to, 0);
		else if (impl == IMPL_SAX)
			sax_only(&docs[i]);
		else
			raw(&docs[i], from, to);
	}
}

/* Resident memory of this process, in KB (0 when unknown). */
static long rss_kb(void)
{
	FILE *f = fopen("/proc/self/status", "r");
	char line[256];
	long kb = 0;

	while (f && fgets(line, sizeof(line), f))
		if (strncmp(line, "VmRSS:", 6) == 0)
			kb = atol(line + 6);
	if (f)
		fclose(f);
	return kb;
}

static int parse_mode(const char *mode, fhir_format *from, fhir_format *to)
{
	if (strcmp(mode, "j2x") == 0) {
		*from = FHIR_FORMAT_JSON;
		*to = FHIR_FORMAT_XML;
	} else if (strcmp(mode, "x2j") == 0) {
		*from = FHIR_FORMAT_XML;
		*to = FHIR_FORMAT_JSON;
	} else if (strcmp(mode, "j2j") == 0) {
		*from = *to = FHIR_FORMAT_JSON;
	} else {
		fprintf(stderr, "codec_bench: unknown mode %s\n", mode);
		return -1;
	}
	return 0;
}

/* codec_bench rss MODE DIR N...: memory after N documents, for each N */
static int rss_run(int argc, char **argv)
{
	fhir_format from, to;
	unsigned long done = 0;
	int i;

	if (argc < 5 || parse_mode(argv[2], &from, &to) < 0)
		return 2;
	xmlInitParser();
	load(argv[3]);
	if (!(kept = fhir_reader_new()))
		return 1;
	for (i = 4; i < argc; i++) {
		unsigned long upto = strtoul(argv[i], NULL, 10);

		for (; done < upto; done++)
			if (from == FHIR_FORMAT_XML && to == FHIR_FORMAT_JSON)
				ours_x2j(kept, &docs[done % ndocs]);
			else
				ours(kept, &docs[done % ndocs], from, to, 1);
		printf("RESULT rss-codec-%lu %ld KB\n", upto, rss_kb());
	}
	fhir_reader_free(kept);
	xmlCleanupParser();
	return 0;
}

int main(int argc, char **argv)
{
	const char *mode, *impl;
	fhir_format from, to;
	double seconds = 1.0, t0, t;
	unsigned long passes = 0, a0;
	enum impl use;
	size_t i;

	if (argc > 1 && strcmp(argv[1], "rss") == 0)
		return rss_run(argc, argv);
	if (argc < 4 || argc > 5) {
		fprintf(stderr, "usage: codec_bench j2x|x2j|j2j ours|once|raw|tree|read|sax DIR "
				"[SECONDS]\n"
				"       codec_bench rss j2x|x2j|j2j DIR COUNT...\n");
		return 2;
	}
	mode = argv[1];
	impl = argv[2];
	if (argc == 5)
		seconds = atof(argv[4]);
	if (parse_mode(mode, &from, &to) < 0)
		return 2;
	if (strcmp(impl, "ours") == 0) {
		use = IMPL_OURS;
	} else if (strcmp(impl, "once") == 0) {
		use = IMPL_ONCE;
	} else if (strcmp(impl, "read") == 0) {
		use = IMPL_READ;
	} else if (strcmp(impl, "raw") == 0) {
		use = IMPL_RAW;
	} else if (strcmp(impl, "sax") == 0 && from == FHIR_FORMAT_XML) {
		use = IMPL_SAX;
	} else if (strcmp(impl, "tree") == 0 && from == FHIR_FORMAT_XML && to == FHIR_FORMAT_JSON) {
		use = IMPL_TREE;
	} else {
		fprintf(stderr, "codec_bench: unknown implementation %s for %s\n", impl, mode);
		return 2;
	}
	xmlInitParser();
	load(argv[3]);
	/* the check of ours x2j reads with kept too */
	if (!(kept = fhir_reader_new()))
		return 1;
	for (i = 0; i < ndocs && use == IMPL_RAW; i++) {
		/* the other half of each floor: the equivalent tree, ready to print */
		docs[i].jtree = json_parse(&docs[i]);
		docs[i].xtree = xmlReadMemory(docs[i].xml, (int)docs[i].xml_len, docs[i].name, NULL,
					      XML_PARSE_NONET);
		if (!docs[i].xtree)
			die_doc(&docs[i], "xmlReadMemory");
	}
	/* warm-up pass, counting allocations (x2j ours and once: and checking the output) */
	a0 = allocs;
	checking = from == FHIR_FORMAT_XML && to == FHIR_FORMAT_JSON &&
		   (use == IMPL_OURS || use == IMPL_ONCE);
	one_pass(use, from, to);
	checking = 0;
	fhir_x2j_free(check_conv);      /* not part of what is measured */
	check_conv = NULL;
	fhir_xml_sax_free(&check_sax);
	if (COUNTING)
		printf("RESULT allocs-%s-%s %.1f allocs/doc\n", mode, impl,
		       (double)(allocs - a0 - check_allocs) / (double)ndocs);
	t0 = bench_cpu_seconds();
	do {
		one_pass(use, from, to);
		passes++;
		t = bench_cpu_seconds() - t0;
	} while (t < seconds);
	printf("RESULT codec-%s-%s %.0f docs/s\n", mode, impl, (double)(passes * ndocs) / t);
	for (i = 0; i < ndocs; i++) {
		json_object_put(docs[i].jtree);
		xmlFreeDoc(docs[i].xtree);
		free(docs[i].json);
		free(docs[i].xml);
		free(docs[i].name);
	}
	free(docs);
	fhir_reader_free(kept);
	if (sax_kept)
		xmlFreeParserCtxt(sax_kept);
	xmlCleanupParser();
	return sink ? 0 : 1;
}
