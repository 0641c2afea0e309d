/*
 * The streaming FHIR XML -> JSON converter (connector/fhir/fhir_x2j.c)
 * against the tree way it stands in for (issue 20).
 *
 * The promise (fhir_x2j.h, fhir_codec.h): fhir_x2j_convert never accepts
 * a document that fhir_reader_read refuses, and what it accepts it writes
 * byte for byte as fhir_write_json(out, res, 1) does; fhir_reader_to_json
 * gives the same verdict, the same problems and the same bytes as
 * fhir_reader_read + fhir_write_json, and leaves `out` as it was on a
 * refusal. A false accept or a different byte is a defect in a message a
 * GP relies on, so every document here goes every way and is compared:
 *
 *   - the converter alone, kept for all documents with its own libxml2
 *     context (fhir_xml_sax), against a fresh tree read (fhir_read_ex);
 *   - fhir_reader_to_json and fhir_reader_read + fhir_write_json on ONE
 *     kept reader for everything (refusals included, which drop its
 *     libxml2 context), and fhir_reader_to_json on a fresh reader.
 *
 * Documents: tests/data/fhir-x2j/edge.xml (its JSON is edge.json),
 * tests/data/fhir*, the repository's JSON messages written as XML, the
 * official R4 examples and the nl-core / zib XML under $BB_SHARED_DIR
 * (skipped with a printed reason when absent), an instance of every
 * resource type made from the codec's tables, and some thousands of
 * mutants of them made here with a fixed-seed PRNG (BB_X2J_MUTANTS=N
 * makes N times as many, for a longer run by hand): lines deleted,
 * duplicated, swapped; values changed; unknown elements and attributes;
 * namespaces and prefixes; containers; DOCTYPEs; comments and PIs; deep
 * nesting; truncation; stray bytes. The converter must take both sides
 * (accepted and refused mutants are counted and both must be non-zero),
 * and every official example and edge.xml must be taken by it.
 *
 * Then what the converter keeps: its caches of names interned in
 * libxml2's dictionary must be forgotten whenever the context is made
 * anew (after a refusal, or when the dictionary outgrew KEEP_DICT_NAMES
 * in fhir_xmlsafe.c): documents whose names land where an earlier
 * context's other names were would otherwise get the old names' keys.
 * Last, documents over FHIR_X2J_MAX_BYTES and over lim->max_bytes go to
 * the reader.
 *
 * A difference is printed with the document's name and mutation, and the
 * document is written to tests/test_fhir_x2j-diff-N.xml (under the build
 * directory, where make check runs it).
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <libxml/parser.h>

#include "beweegbrug.h"
#include "fhir/fhir_codec.h"
#include "fhir/fhir_meta.h"
#include "fhir/fhir_reader_priv.h"
#include "fhir/fhir_tables.h"
#include "fhir/fhir_x2j.h"
#include "fhir/fhir_xmlsafe.h"
#include "util/strutil.h"
#include "testutil.h"

#define SOURCE "doc.xml"
/* what `out` holds before each call: a refusal must leave it so */
#define PREFILL "[prefilled]\n"
#define FHIR_NS_ATTR "xmlns=\"http://hl7.org/fhir\""
#define MAX_REPORTS 25

/* ---- documents --------------------------------------------------------------- */

typedef struct doc {
	char *name;
	char *buf;
	size_t len;
	int must_accept;        /* the converter must take it (official examples, edge.xml) */
	int mutate;             /* how many mutants are made of it */
} doc;

typedef struct docs {
	doc *d;
	size_t n;
} docs;

static void add_doc(docs *ds, const char *name, const char *buf, size_t len, int must_accept,
		    int mutate)
{
	doc *d;

	ds->d = realloc(ds->d, (ds->n + 1) * sizeof(*ds->d));
	assert_non_null(ds->d);
	d = &ds->d[ds->n++];
	d->name = str_dup(name);
	d->buf = malloc(len + 1);
	assert_non_null(d->name);
	assert_non_null(d->buf);
	memcpy(d->buf, buf, len);
	d->buf[len] = '\0';
	d->len = len;
	d->must_accept = must_accept;
	d->mutate = mutate;
}

static void docs_free(docs *ds)
{
	size_t i;

	for (i = 0; i < ds->n; i++) {
		free(ds->d[i].name);
		free(ds->d[i].buf);
	}
	free(ds->d);
	ds->d = NULL;
	ds->n = 0;
}

static char *read_whole(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	strbuf b = STRBUF_INIT;
	char chunk[65536];
	size_t n;

	if (!f)
		return NULL;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		strbuf_add(&b, chunk, n);
	fclose(f);
	assert_false(b.failed);
	if (!b.data)
		strbuf_add(&b, "", 0);
	return strbuf_detach(&b, len);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Files in `dir` ending in `ext` (sorted), or under it with `recurse`. Their count. */
static size_t add_dir(docs *ds, const char *dir, const char *ext, int recurse, int must_accept,
		      int mutate)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, i, added = 0, el = strlen(ext);

	if (!d)
		return 0;
	while ((de = readdir(d))) {
		size_t l = strlen(de->d_name);
		char *path;
		struct stat st;

		if (de->d_name[0] == '.')
			continue;
		path = str_printf("%s/%s", dir, de->d_name);
		assert_non_null(path);
		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
			if (recurse)
				added += add_dir(ds, path, ext, recurse, must_accept, mutate);
			free(path);
			continue;
		}
		if (l > el && strcmp(de->d_name + l - el, ext) == 0) {
			names = realloc(names, (n + 1) * sizeof(*names));
			assert_non_null(names);
			names[n++] = path;
		} else {
			free(path);
		}
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof(*names), cmp_str);
	for (i = 0; i < n; i++) {
		size_t len;
		char *buf = read_whole(names[i], &len);

		assert_non_null(buf);
		add_doc(ds, names[i], buf, len, must_accept, mutate);
		free(buf);
		free(names[i]);
	}
	free(names);
	return added + n;
}

static const char *shared_dir(void)
{
	const char *s = getenv("BB_SHARED_DIR");
	char *ex;
	struct stat st;
	int ok;

	if (!s || !*s)
		return NULL;
	ex = str_printf("%s/fhir-r4/examples", s);
	ok = ex && stat(ex, &st) == 0;
	free(ex);
	return ok ? s : NULL;
}

#define MUTANTS 64             /* of each document, with the shared ones */

/* The repository's FHIR XML, and its JSON messages and resources written as XML. */
static void repo_docs(docs *ds)
{
	const char *top = test_env("abs_top_srcdir");
	const char *jsondirs[] = { "tests/data/fhir", "tests/data/messages", "schemas/samples/his-fhir" };
	char *dir;
	size_t i, j;
	docs js = { NULL, 0 };

	dir = str_printf("%s/tests/data/fhir-x2j", top);
	assert_true(add_dir(ds, dir, ".xml", 0, 1, MUTANTS) >= 1);
	free(dir);
	dir = str_printf("%s/tests/data/fhir", top);
	assert_true(add_dir(ds, dir, ".xml", 0, 0, MUTANTS) >= 4);
	free(dir);
	for (i = 0; i < sizeof(jsondirs) / sizeof(jsondirs[0]); i++) {
		dir = str_printf("%s/%s", top, jsondirs[i]);
		add_dir(&js, dir, ".json", 0, 0, 0);
		free(dir);
	}
	for (j = 0; j < js.n; j++) {
		fhir_node *res = NULL;
		diag_list dl = DIAG_LIST_INIT;
		strbuf x = STRBUF_INIT;
		char *name;

		/* the JSON itself: fhir_reader_to_json's other path */
		add_doc(ds, js.d[j].name, js.d[j].buf, js.d[j].len, 0, 0);
		if (fhir_read(&res, js.d[j].buf, js.d[j].len, js.d[j].name, &dl) == BB_OK) {
			assert_int_equal(fhir_write_xml(&x, res, 1), BB_OK);
			name = str_printf("%s (as XML)", js.d[j].name);
			add_doc(ds, name, x.data, x.len, 1, MUTANTS);
			free(name);
		}
		fhir_node_free(res);
		diag_free(&dl);
		strbuf_free(&x);
	}
	docs_free(&js);
}

/* The official examples (XML taken, JSON to the reader), and nl-core / zib XML. */
static size_t shared_docs(docs *ds, const char *shared, int with_standards)
{
	size_t n;
	char *dir = str_printf("%s/fhir-r4/examples", shared);

	n = add_dir(ds, dir, ".xml", 0, 1, MUTANTS);
	add_dir(ds, dir, ".json", 0, 0, 0);
	free(dir);
	if (with_standards) {
		dir = str_printf("%s/standards/nl-core/examples", shared);
		n += add_dir(ds, dir, ".xml", 1, 0, MUTANTS);
		free(dir);
		dir = str_printf("%s/standards/nl-core/profiles", shared);
		n += add_dir(ds, dir, ".xml", 1, 0, 0);
		free(dir);
		dir = str_printf("%s/standards/nl-core/zib", shared);
		n += add_dir(ds, dir, ".xml", 1, 0, 0);
		free(dir);
	}
	return n;
}

/*
 * An instance of every concrete resource type from the codec's tables, as
 * JSON (the reader puts it in XML order), then written as XML, pretty and
 * compact: every element of the resource and of its backbone elements,
 * the required ones of data types (or an extension, so that none is
 * empty), each choice with another of its types from one resource to the
 * next. Each element name of R4 then goes through the converter, which
 * also fills its 16 KiB of prepared keys more than once in one context.
 */
static void gen_prim(strbuf *b, const fhir_type *t, unsigned vary)
{
	switch ((fhir_prim)t->prim) {
	case FHIR_PRIM_BASE64BINARY: strbuf_puts(b, "\"aGVsbG8=\""); break;
	case FHIR_PRIM_BOOLEAN: strbuf_puts(b, vary & 1 ? "true" : "false"); break;
	case FHIR_PRIM_CANONICAL: strbuf_puts(b, "\"http://example.org/c|1\""); break;
	case FHIR_PRIM_CODE: strbuf_puts(b, "\"a-code\""); break;
	case FHIR_PRIM_DATE: strbuf_puts(b, vary & 1 ? "\"2020-02-29\"" : "\"2020-02\""); break;
	case FHIR_PRIM_DATETIME: strbuf_puts(b, vary & 1 ? "\"2020-01-02T03:04:05+01:00\"" : "\"2020\""); break;
	case FHIR_PRIM_DECIMAL: strbuf_puts(b, vary & 1 ? "1.50" : "-0.000001e3"); break;
	case FHIR_PRIM_ID: strbuf_puts(b, "\"a-1.B\""); break;
	case FHIR_PRIM_INSTANT: strbuf_puts(b, "\"2020-01-02T03:04:05.678Z\""); break;
	case FHIR_PRIM_INTEGER: strbuf_puts(b, vary & 1 ? "-3" : "2147483647"); break;
	case FHIR_PRIM_MARKDOWN: strbuf_puts(b, "\"*m* & <n>\\n\\t\""); break;
	case FHIR_PRIM_OID: strbuf_puts(b, "\"urn:oid:1.2.3\""); break;
	case FHIR_PRIM_POSITIVEINT: strbuf_puts(b, "2"); break;
	case FHIR_PRIM_STRING: strbuf_puts(b, vary & 1 ? "\"s \\\"q\\\" \\u00e9 \\\\\"" : "\"\\u20ac 1/2\""); break;
	case FHIR_PRIM_TIME: strbuf_puts(b, "\"10:11:12\""); break;
	case FHIR_PRIM_UNSIGNEDINT: strbuf_puts(b, "0"); break;
	case FHIR_PRIM_URI: strbuf_puts(b, "\"urn:x\""); break;
	case FHIR_PRIM_URL: strbuf_puts(b, "\"http://example.org/u?a=1&b=2\""); break;
	case FHIR_PRIM_UUID: strbuf_puts(b, "\"urn:uuid:6b6f6a2a-4a4b-4c4d-8e8f-909192939495\""); break;
	default: strbuf_puts(b, "\"?\""); break;
	}
}

static void gen_value(strbuf *b, const fhir_type *t, int all, int depth, unsigned vary);

static void gen_members(strbuf *b, const fhir_type *t, int all, int depth, unsigned vary)
{
	size_t i;
	int any = 0;

	if (strcmp(fhir_type_name(t), "Extension") == 0) {
		strbuf_puts(b, "\"url\":\"http://example.org/x\",\"valueString\":\"v\"");
		return;
	}
	if (strcmp(fhir_type_name(t), "Narrative") == 0) {
		strbuf_puts(b, "\"status\":\"generated\",\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">"
			    "<p>n &amp; <b>m</b><br/></p><!-- c --></div>\"");
		return;
	}
	for (i = 0; i < fhir_type_elem_count(t); i++) {
		const fhir_elem *e = fhir_type_elem(t, i);
		const char *name = fhir_elem_name(e);
		const fhir_type *et;

		if (!(e->flags & FHIR_E_REQUIRED) && !all)
			continue;
		if (fhir_elem_is_attr(e) || (t->kind != FHIR_KIND_RESOURCE && strcmp(name, "id") == 0))
			continue;
		if (fhir_elem_is_choice(e))
			et = fhir_elem_choice(e, (vary + i) % e->nchoice, &name);
		else
			et = fhir_elem_type(e);
		if (et->kind == FHIR_KIND_BACKBONE && depth > 3 && !(e->flags & FHIR_E_REQUIRED))
			continue;       /* content references recurse (Questionnaire.item.item) */
		strbuf_printf(b, "%s\"%s\":", any ? "," : "", name);
		any = 1;
		if (fhir_elem_is_multiple(e))
			strbuf_putc(b, '[');
		gen_value(b, et, et->kind == FHIR_KIND_BACKBONE && all, depth + 1, vary);
		if (fhir_elem_is_multiple(e) && et->kind == FHIR_KIND_PRIMITIVE && (vary & 2)) {
			strbuf_putc(b, ',');    /* a second item */
			gen_value(b, et, 0, depth + 1, vary + 1);
		}
		if (fhir_elem_is_multiple(e))
			strbuf_putc(b, ']');
	}
	if (!any && t->kind != FHIR_KIND_RESOURCE)
		strbuf_puts(b, "\"extension\":[{\"url\":\"http://example.org/x\",\"valueString\":\"v\"}]");
}

static void gen_value(strbuf *b, const fhir_type *t, int all, int depth, unsigned vary)
{
	if (t->kind == FHIR_KIND_PRIMITIVE) {
		gen_prim(b, t, vary);
		return;
	}
	if (t->kind == FHIR_KIND_RESOURCE) {
		/* contained, Bundle.entry.resource, Parameters.parameter.resource */
		strbuf_puts(b, "{\"resourceType\":\"Specimen\",\"id\":\"s1\",\"note\":[{\"text\":\"t\"}]}");
		return;
	}
	strbuf_putc(b, '{');
	gen_members(b, t, all, depth, vary);
	strbuf_putc(b, '}');
}

/* Every resource type, pretty and compact XML; the count of types the reader took. */
static size_t every_type_docs(docs *ds, int mutants)
{
	size_t i, types = 0, taken = 0;

	for (i = 0; i < fhir_types_len; i++) {
		const fhir_type *t = &fhir_types[i];
		strbuf json = STRBUF_INIT, xml = STRBUF_INIT;
		diag_list d = DIAG_LIST_INIT;
		fhir_node *res = NULL;
		char *name;

		if (t->kind != FHIR_KIND_RESOURCE || (t->flags & FHIR_T_ABSTRACT))
			continue;
		types++;
		strbuf_printf(&json, "{\"resourceType\":\"%s\",", fhir_type_name(t));
		gen_members(&json, t, 1, 0, (unsigned)i);
		strbuf_putc(&json, '}');
		assert_false(json.failed);
		if (fhir_read(&res, json.data, json.len, fhir_type_name(t), &d) == BB_OK) {
			taken++;
			assert_int_equal(fhir_write_xml(&xml, res, 1), BB_OK);
			name = str_printf("every type: %s", fhir_type_name(t));
			add_doc(ds, name, xml.data, xml.len, 1, mutants);
			free(name);
			strbuf_reset(&xml);
			assert_int_equal(fhir_write_xml(&xml, res, 0), BB_OK);
			name = str_printf("every type: %s (compact)", fhir_type_name(t));
			add_doc(ds, name, xml.data, xml.len, 1, 0);
			free(name);
		} else {
			print_message("  every type: %s: the reader refused the generated instance: %s\n",
				      fhir_type_name(t), d.count ? d.items[0].message : "?");
		}
		fhir_node_free(res);
		diag_free(&d);
		strbuf_free(&json);
		strbuf_free(&xml);
	}
	assert_true(types >= 140);
	return taken;
}

/* ---- the ways, and comparing them -------------------------------------------- */

typedef struct ctx {
	fhir_x2j *x2j;          /* the converter alone, kept */
	fhir_xml_sax sax;       /* ... with its own libxml2 context */
	fhir_reader *kept;      /* one reader for every document of the suite */
	size_t accepted, refused;
	size_t failures;
	size_t checked;
} ctx;

typedef struct result {
	int rc;
	strbuf out;
	strbuf diags;
} result;

static void result_free(result *r)
{
	strbuf_free(&r->out);
	strbuf_free(&r->diags);
}

static void prefill(strbuf *b)
{
	strbuf_reset(b);
	strbuf_puts(b, PREFILL);
}

static void format_diags(strbuf *b, const diag_list *d)
{
	size_t i;

	strbuf_printf(b, "%zu problems, %zu dropped\n", d->count, d->dropped);
	for (i = 0; i < d->count; i++) {
		char *s = diag_format(&d->items[i]);

		assert_non_null(s);
		strbuf_puts(b, s);
		strbuf_putc(b, '\n');
		free(s);
	}
}

/* The tree way: fhir_read_ex (rd NULL: a reader of its own) or rd, then fhir_write_json. */
static void tree_way(fhir_reader *rd, const doc *d, const fhir_limits *lim, result *r)
{
	fhir_node *res = NULL;
	diag_list dl = DIAG_LIST_INIT;

	memset(r, 0, sizeof(*r));
	prefill(&r->out);
	r->rc = rd ? fhir_reader_read(rd, &res, d->buf, d->len, SOURCE, lim, &dl)
		   : fhir_read_ex(&res, d->buf, d->len, SOURCE, lim, &dl);
	if (r->rc == BB_OK)
		assert_int_equal(fhir_write_json(&r->out, res, 1), BB_OK);
	else
		assert_null(res);
	format_diags(&r->diags, &dl);
	fhir_node_free(res);
	diag_free(&dl);
}

static void to_json_way(fhir_reader *rd, const doc *d, const fhir_limits *lim, result *r)
{
	diag_list dl = DIAG_LIST_INIT;

	memset(r, 0, sizeof(*r));
	prefill(&r->out);
	r->rc = fhir_reader_to_json(rd, &r->out, d->buf, d->len, SOURCE, lim, &dl);
	format_diags(&r->diags, &dl);
	diag_free(&dl);
}

static int same_buf(const strbuf *a, const strbuf *b)
{
	return a->len == b->len && !a->failed && !b->failed &&
	       (a->len == 0 || memcmp(a->data, b->data, a->len) == 0);
}

/* Where two outputs first differ, for the report. */
static size_t first_diff(const strbuf *a, const strbuf *b)
{
	size_t i, n = a->len < b->len ? a->len : b->len;

	for (i = 0; i < n && a->data[i] == b->data[i]; i++)
		;
	return i;
}

static void report(ctx *c, const doc *d, const char *mutation, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	c->failures++;
	if (c->failures <= MAX_REPORTS) {
		char *path = str_printf("tests/test_fhir_x2j-diff-%zu.xml", c->failures);
		FILE *f = fopen(path, "wb");

		if (f) {
			fwrite(d->buf, 1, d->len, f);
			fclose(f);
		}
		print_message("DIFF %s%s%s: %s (written to %s)\n", d->name, mutation ? " / " : "",
			      mutation ? mutation : "", msg, path);
		free(path);
	}
}

static void compare(ctx *c, const doc *d, const char *mutation, const char *way,
		    const result *got, const result *want)
{
	if (got->rc != want->rc) {
		report(c, d, mutation, "%s: rc %d, the tree way %d (%s)", way, got->rc, want->rc,
		       want->diags.data);
		return;
	}
	if (!same_buf(&got->out, &want->out)) {
		size_t at = first_diff(&got->out, &want->out);

		report(c, d, mutation, "%s: output differs at byte %zu of %zu/%zu: '%.40s' vs '%.40s'",
		       way, at, got->out.len, want->out.len, got->out.data + at, want->out.data + at);
		return;
	}
	if (!same_buf(&got->diags, &want->diags))
		report(c, d, mutation, "%s: problems differ:\n%s-- vs the tree way --\n%s", way,
		       got->diags.data, want->diags.data);
}

/* The converter alone: accepts => the tree way accepts, and the bytes are equal. */
static int converter_way(ctx *c, const doc *d, const char *mutation, const result *want)
{
	strbuf out = STRBUF_INIT;
	const char *why = "?";
	int rc;

	prefill(&out);
	rc = fhir_x2j_convert(c->x2j, &c->sax, &out, d->buf, d->len, &why);
	if (rc == 0) {
		c->accepted++;
		if (want->rc != BB_OK)
			report(c, d, mutation, "the converter accepts what the reader refuses (%s)",
			       want->diags.data);
		else if (!same_buf(&out, &want->out))
			report(c, d, mutation, "the converter's output differs at byte %zu of %zu/%zu",
			       first_diff(&out, &want->out), out.len, want->out.len);
		if (why)
			report(c, d, mutation, "the converter accepts and says why not: %s", why);
	} else {
		c->refused++;
		if (rc != -1)
			report(c, d, mutation, "the converter returned %d", rc);
		if (!why)
			report(c, d, mutation, "the converter refuses without a reason");
		if (out.failed || out.len != strlen(PREFILL) || memcmp(out.data, PREFILL, out.len) != 0)
			report(c, d, mutation, "the converter's refusal changed `out`");
		if (d->must_accept)
			report(c, d, mutation, "the converter refuses it: %s", why ? why : "?");
	}
	strbuf_free(&out);
	return rc;
}

/*
 * Every way for one document. Returns the converter's verdict (0 taken).
 * `lim` NULL: the defaults.
 */
static int check_doc(ctx *c, const doc *d, const char *mutation, const fhir_limits *lim)
{
	result want, got;
	fhir_reader *fresh;
	int conv = -1;

	c->checked++;
	tree_way(NULL, d, lim, &want);
	if (want.rc == BB_OK && want.out.len <= strlen(PREFILL))
		report(c, d, mutation, "the tree way wrote nothing");
	if (want.rc != BB_OK && strncmp(want.diags.data, "0 problems", 10) == 0)
		report(c, d, mutation, "the tree way refused without problems");
	if (!lim && fhir_detect_format(d->buf, d->len) == FHIR_FORMAT_XML)
		conv = converter_way(c, d, mutation, &want);

	to_json_way(c->kept, d, lim, &got);
	compare(c, d, mutation, "fhir_reader_to_json (kept reader)", &got, &want);
	result_free(&got);

	tree_way(c->kept, d, lim, &got);
	compare(c, d, mutation, "fhir_reader_read + fhir_write_json (kept reader)", &got, &want);
	result_free(&got);

	fresh = fhir_reader_new();
	assert_non_null(fresh);
	to_json_way(fresh, d, lim, &got);
	compare(c, d, mutation, "fhir_reader_to_json (new reader)", &got, &want);
	result_free(&got);
	fhir_reader_free(fresh);

	result_free(&want);
	return conv;
}

static void ctx_init(ctx *c)
{
	memset(c, 0, sizeof(*c));
	c->sax = (fhir_xml_sax)FHIR_XML_SAX_INIT;
	c->x2j = fhir_x2j_new();
	c->kept = fhir_reader_new();
	assert_non_null(c->x2j);
	assert_non_null(c->kept);
}

static void ctx_free(ctx *c)
{
	fhir_x2j_free(c->x2j);
	fhir_xml_sax_free(&c->sax);
	fhir_reader_free(c->kept);
}

static void check_all(ctx *c, const docs *ds)
{
	size_t i;

	for (i = 0; i < ds->n; i++)
		check_doc(c, &ds->d[i], NULL, NULL);
}

/* ---- the documents as they are ------------------------------------------------- */

static void test_edge(void **state)
{
	const char *top = test_env("abs_top_srcdir");
	char *xp = str_printf("%s/tests/data/fhir-x2j/edge.xml", top);
	char *jp = str_printf("%s/tests/data/fhir-x2j/edge.json", top);
	size_t xl, jl;
	char *xml = read_whole(xp, &xl), *json = read_whole(jp, &jl);
	fhir_x2j *x = fhir_x2j_new();
	fhir_xml_sax sax = FHIR_XML_SAX_INIT;
	strbuf out = STRBUF_INIT;
	const char *why = NULL;
	ctx c;
	doc d = { "edge.xml", xml, xl, 1, 0 };

	(void)state;
	assert_non_null(xml);
	assert_non_null(json);
	assert_non_null(x);
	/* alone, on a new converter, and then again on the same one */
	assert_int_equal(fhir_x2j_convert(x, &sax, &out, xml, xl, &why), 0);
	assert_null(why);
	assert_int_equal(out.len, jl);
	assert_memory_equal(out.data, json, jl);
	strbuf_reset(&out);
	assert_int_equal(fhir_x2j_convert(x, &sax, &out, xml, xl, &why), 0);
	assert_int_equal(out.len, jl);
	assert_memory_equal(out.data, json, jl);
	/* and every way */
	ctx_init(&c);
	assert_int_equal(check_doc(&c, &d, NULL, NULL), 0);
	assert_int_equal(c.failures, 0);
	ctx_free(&c);
	strbuf_free(&out);
	fhir_xml_sax_free(&sax);
	fhir_x2j_free(x);
	free(xml);
	free(json);
	free(xp);
	free(jp);
}

static void test_repo_documents(void **state)
{
	docs ds = { NULL, 0 };
	ctx c;

	(void)state;
	repo_docs(&ds);
	ctx_init(&c);
	check_all(&c, &ds);
	print_message("  %zu repository documents: the converter took %zu, refused %zu; %zu differences\n",
		      ds.n, c.accepted, c.refused, c.failures);
	assert_int_equal(c.failures, 0);
	assert_true(c.accepted >= 4);
	assert_true(c.refused >= 3);    /* tests/data/fhir/bad-*.xml */
	ctx_free(&c);
	docs_free(&ds);
}

static void test_shared_documents(void **state)
{
	const char *shared = shared_dir();
	docs ds = { NULL, 0 };
	size_t nxml;
	ctx c;

	(void)state;
	if (!shared) {
		print_message("SKIP: BB_SHARED_DIR is not set or has no fhir-r4/examples; the "
			      "official examples and nl-core / zib XML cannot be converted\n");
		skip();
	}
	nxml = shared_docs(&ds, shared, 1);
	ctx_init(&c);
	check_all(&c, &ds);
	print_message("  %zu XML documents under BB_SHARED_DIR (+ %zu JSON): the converter took %zu, "
		      "refused %zu; %zu differences\n", nxml, ds.n - nxml, c.accepted, c.refused,
		      c.failures);
	assert_int_equal(c.failures, 0);
	assert_true(c.accepted >= 36);
	ctx_free(&c);
	docs_free(&ds);
}

static void test_every_resource_type(void **state)
{
	docs ds = { NULL, 0 };
	size_t taken;
	ctx c;

	(void)state;
	taken = every_type_docs(&ds, 0);
	ctx_init(&c);
	check_all(&c, &ds);
	print_message("  %zu resource types, as pretty and compact XML: the converter took %zu, refused "
		      "%zu; %zu differences\n", taken, c.accepted, c.refused, c.failures);
	assert_int_equal(c.failures, 0);
	assert_true(taken >= 140);
	ctx_free(&c);
	docs_free(&ds);
}

/* ---- mutants -------------------------------------------------------------------- */

typedef struct rng {
	uint64_t s;
} rng;

static uint64_t rnd(rng *r)
{
	/* xorshift64* */
	r->s ^= r->s >> 12;
	r->s ^= r->s << 25;
	r->s ^= r->s >> 27;
	return r->s * 0x2545F4914F6CDD1Dull;
}

static size_t pick(rng *r, size_t n)
{
	return n ? (size_t)(rnd(r) >> 11) % n : 0;
}

#define PICK(r, arr) ((arr)[pick((r), sizeof(arr) / sizeof((arr)[0]))])

/* m = d[0..off) + ins + d[off + del..) */
static void splice(strbuf *m, const char *d, size_t len, size_t off, size_t del, const char *ins,
		   size_t inslen)
{
	assert_true(off <= len && del <= len - off);
	strbuf_reset(m);
	strbuf_add(m, d, off);
	strbuf_add(m, ins, inslen);
	strbuf_add(m, d + off + del, len - off - del);
}

/* Offsets of every occurrence of `needle` in d; their count. */
static size_t find_all(const char *d, size_t len, const char *needle, size_t *at, size_t max)
{
	size_t n = 0, nl = strlen(needle);
	const char *p = d, *end = d + len;

	while (n < max && (p = memmem(p, (size_t)(end - p), needle, nl))) {
		at[n++] = (size_t)(p - d);
		p += nl;
	}
	return n;
}

/* Start of line i (of `nl` line starts), and its end (before '\n'). */
typedef struct lines {
	size_t *start;
	size_t n;
} lines;

static void split_lines(lines *ls, const char *d, size_t len)
{
	size_t i;

	ls->n = 0;
	ls->start = realloc(ls->start, (len + 2) * sizeof(*ls->start));
	assert_non_null(ls->start);
	ls->start[ls->n++] = 0;
	for (i = 0; i < len; i++)
		if (d[i] == '\n' && i + 1 < len)
			ls->start[ls->n++] = i + 1;
	ls->start[ls->n] = len;      /* sentinel */
}

static size_t line_end(const lines *ls, size_t i)
{
	size_t e = ls->start[i + 1];

	return (i + 1 < ls->n) ? e - 1 : e;     /* without the '\n' */
}

static const char *const values[] = {
	"", " ", " x", "x ", "a  b", "\t", "a&#9;b", "a&#10;b", "&#13;", "x&#38;y", "&#38;#38;",
	"&amp;", "&amp;amp;", "&lt;b&gt;", "&quot;q&quot;", "&apos;", "\\", "back\\slash\"",
	"\xc3\xa9t\xc3\xa9", "\xe2\x82\xac", "\xf0\x9d\x84\x9e", "\xef\xbf\xbd", "&#xFFFD;", "&#x10FFFF;",
	"&#1;", "&#0;", "&#xD800;", "&#x85;", "&#x7F;", "x\x7fy", "\xc3", "\xed\xa0\x80", "\xc0\xaf",
	"\x01", "&unknown;", "&#65;", "&#x41;",
	"true", "false", "TRUE", "1", "0", "-0", "+1", "01", "007", "1e5", "1E-2", "1.2.3", "1.", ".5",
	"-.5", "0.0", "1.50", "2147483647", "2147483648", "-2147483648", "-2147483649",
	"99999999999999999999999999", "3.14159265358979323846264338327950288419716939937510",
	"2020", "2020-01", "2020-1-1", "2020-13-01", "2020-02-30", "2020-02-29", "2019-02-29",
	"2020-01-01T10:00:00Z", "2020-01-01T10:00:00", "2020-01-01T25:00:00+01:00",
	"2020-01-01T10:00:00.123456789+14:00", "10:00", "10:00:00", "24:00:00", "T10:00:00",
	"AQID", "A===", "AQ==", "http://x y", "urn:uuid:0c3151bd-1cbf-4d64-b04d-cd9187a4c6e0",
	"urn:oid:1.2.3", "#p1", "Patient/1", "a_b", "a-b.c",
	"abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789",
	"generated", "male", "final", "G", "kg",
};

/* A long value: escapes at the end, past the converter's 256-byte plain copy. */
static void long_value(rng *r, strbuf *v)
{
	size_t n = 200 + pick(r, 120), i;

	strbuf_reset(v);
	for (i = 0; i < n; i++)
		strbuf_putc(v, (char)('a' + (char)(i % 26)));
	strbuf_puts(v, PICK(r, ((const char *const[]){ "", "&quot;", "\\", "&#10;", "&#38;", " " })));
}

static const char *const inserts[] = {
	"<bogus value=\"1\"/>",
	"<extension/>",
	"<extension url=\"http://example.org/x\"><valueString value=\"x\"/></extension>",
	"<extension url=\"http://example.org/x\"/>",
	"<extension url=\"http://example.org/x\"><valueString value=\"x\"/><extension url=\"y\">"
	"<valueBoolean value=\"true\"/></extension></extension>",
	"<extension><valueString value=\"x\"/></extension>",
	"<modifierExtension url=\"http://example.org/m\"><valueCode value=\"c\"/></modifierExtension>",
	"<id value=\"dup\"/>",
	"<meta><versionId value=\"1\"/></meta>",
	"<meta/>",
	"<meta></meta>",
	"<text/>",
	"<language value=\"nl\"/>",
	"<implicitRules value=\"http://example.org/r\"/>",
	"<text><status value=\"generated\"/><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></text>",
	"<text><status value=\"generated\"/><div xmlns=\"http://www.w3.org/1999/xhtml\"></div></text>",
	"<text><status value=\"generated\"/><div>x</div></text>",
	"<contained/>",
	"<contained></contained>",
	"<contained><Basic><code><text value=\"t\"/></code></Basic></contained>",
	"<contained><Basic><code><text value=\"t\"/></code></Basic><Basic><code><text value=\"u\"/>"
	"</code></Basic></contained>",
	"<contained><Basic/></contained>",
	"<contained><Basic id=\"b\"><code><text value=\"t\"/></code></Basic></contained>",
	"<contained><bogus/></contained>",
	"<name><given value=\"A\"/></name>",
	"<name/>",
	"<name><given/></name>",
	"<name><given id=\"g\"/></name>",
	"<name><given><extension url=\"u\"><valueString value=\"v\"/></extension></given>"
	"<given value=\"b\"/></name>",
	"<active value=\"true\"/>",
	"<active/>",
	"<active value=\"true\"><extension url=\"u\"><valueString value=\"v\"/></extension></active>",
	"<identifier><value value=\"1\"/></identifier>",
	"<status value=\"final\"/>",
	"<fhir_comments value=\"x\"/>",
	"<f:active xmlns:f=\"http://hl7.org/fhir\" value=\"true\"/>",
	"<x:id xmlns:x=\"urn:other\" value=\"a\"/>",
	"<active xmlns=\"http://hl7.org/fhir/\" value=\"true\"/>",
	"<active xmlns=\"\" value=\"true\"/>",
	"<![CDATA[ ]]>",
	"<![CDATA[x]]>",
	"&#32;",
	"&#160;",
	"x",
	"<!-- c -->",
	"<!---->",
	"<?pi data?>",
	"<?xml-stylesheet href=\"a\"?>",
	"<!-- a -- b -->",
	"<?xml version=\"1.0\"?>",
	"]]>",
};

static const char *const attrs[] = {
	" bogus=\"1\"", " id=\"i1\"", " id=\"\"", " id=\"a b\"", " id=\"a&#38;b\"", " url=\"http://x\"",
	" url=\"\"", " xml:lang=\"nl\"", " xml:space=\"preserve\"", " xmlns:q=\"urn:q\"",
	" q:x=\"1\" xmlns:q=\"urn:q\"", " value=\"x\"", " xmlns=\"http://hl7.org/fhir\"", " xmlns=\"\"",
	" xmlns=\"urn:other\"", " xmlns:f=\"http://hl7.org/fhir\" f:value=\"1\"",
	" xsi:type=\"x\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"", " id='x'",
	" value=\"a\" value=\"b\"",
};

static const char *const narrative_bits[] = {
	"<!-- n -->", "<?p q?>", "<!---->", "<!-- -->x", "<p>a<!--c-->b</p>", "<p>a<?x y?>b</p>",
	"<!-- a -- b -->", "<b>bold</b>", "<script>x</script>", "<p onclick=\"x\">a</p>",
	"<img src=\"a.png\"/>", "<img/>", "<a href=\"#x\">a</a>", "<p xmlns=\"urn:other\">x</p>",
	"<h:p xmlns:h=\"http://www.w3.org/1999/xhtml\">x</h:p>", "&amp;&lt;&gt;&quot;&apos;",
	"&#x1F600;", "&#0;", "\t", "<br></br>", "<![CDATA[<b>]]>", "&nbsp;", "<div><div>x</div></div>",
	"<table><tr><td>1</td></tr></table>", "<p style=\"color:red\">r</p>", "<p class=\"c\" id=\"i\">x</p>",
};

static const char *const namespaces[] = {
	"xmlns=\"http://hl7.org/fhir/\"", "xmlns=\"http://HL7.org/fhir\"", "xmlns=\"\"",
	"xmlns=\"http://hl7.org/fhirx\"", "xmlns=\"https://hl7.org/fhir\"",
	"xmlns=\"http://hl7.org/fhir\" xmlns=\"http://hl7.org/fhir\"",
	"xmlns=\"http://hl7.org/fhir\" xmlns:f=\"http://hl7.org/fhir\"",
	"xmlns=\"http://hl7.org/fhir\" xmlns:h=\"http://www.w3.org/1999/xhtml\"",
	"xmlns=\"http://www.w3.org/1999/xhtml\"", "xmlns:f=\"http://hl7.org/fhir\"",
};

/*
 * What ends a run of nested extensions: values with and without an id
 * (an attribute is a node one level below its element in the reader's
 * tree), a complex value with only an id, a primitive with an extension.
 */
static const char *const bottom[] = {
	"<valueString value=\"x\"/>",
	"<valueString id=\"i\" value=\"x\"/>",
	"<valuePeriod id=\"i\"/>",
	"<valuePeriod><start value=\"2020\"/></valuePeriod>",
	"<valueString><extension url=\"e\"><valueBoolean value=\"true\"/></extension></valueString>",
	"<valueString id=\"i\"><extension url=\"e\"><valueBoolean value=\"true\"/></extension>"
	"</valueString>",
	"<extension url=\"v\"><valueString value=\"x\"/></extension>",
	"<valueHumanName id=\"i\"><given value=\"a\"/><given id=\"g\" value=\"b\"/></valueHumanName>",
	"<valueHumanName><given id=\"g\"><extension url=\"e\"><valueCode value=\"c\"/></extension>"
	"</given></valueHumanName>",
};

/* The offsets of start tags (a '<' then a letter) in d. */
static size_t start_tags(const char *d, size_t len, size_t *at, size_t max)
{
	size_t i, n = 0;

	for (i = 0; i + 1 < len && n < max; i++)
		if (d[i] == '<' && ((d[i + 1] >= 'a' && d[i + 1] <= 'z') ||
				    (d[i + 1] >= 'A' && d[i + 1] <= 'Z')))
			at[n++] = i;
	return n;
}

static size_t name_end(const char *d, size_t len, size_t i)
{
	while (i < len && d[i] != ' ' && d[i] != '>' && d[i] != '/' && d[i] != '\n' && d[i] != '\t')
		i++;
	return i;
}

/* The root element: the start tag carrying the FHIR namespace, and the last end tag. */
static int root_tags(const char *d, size_t len, size_t *open, size_t *name_len, size_t *close)
{
	const char *ns = memmem(d, len, FHIR_NS_ATTR, strlen(FHIR_NS_ATTR));
	const char *p;
	size_t i;

	if (!ns)
		return 0;
	for (p = ns; p > d && *p != '<'; p--)
		;
	if (*p != '<')
		return 0;
	*open = (size_t)(p - d);
	*name_len = name_end(d, len, *open + 1) - (*open + 1);
	for (i = len; i-- > 1;)
		if (d[i - 1] == '<' && d[i] == '/')
			break;
	if (i <= 1)
		return 0;
	*close = i - 1;
	/* a root whose end is not the last end tag (a mutant's) is left alone */
	return *close > *open + 1 + *name_len + strlen(FHIR_NS_ATTR);
}

enum { M_DEL_LINE, M_DUP_LINE, M_SWAP_LINES, M_VALUE, M_DROP_VALUE, M_INSERT, M_ATTR,
       M_NAMESPACE, M_PREFIX, M_CONTAINER, M_DOCTYPE, M_NARRATIVE, M_DEEP, M_TRUNCATE, M_STRAY,
       M_RENAME, M_PROLOG, M_QUOTES, M_LONG_VALUE, M_TAIL, M_MUTATIONS };

/*
 * One mutation of d[0..len) into m, described in `desc`. The mutations
 * aim at what the converter checks as it streams (fhir_x2j.c's first
 * comment) and at what it writes.
 */
static void mutate(rng *r, const char *d, size_t len, strbuf *m, char *desc, size_t dsz,
		   lines *ls, size_t *at, size_t max_at)
{
	int kind = (int)pick(r, M_MUTATIONS);
	strbuf t = STRBUF_INIT;
	size_t i, j, n, s0, e0, s1, e1;

	split_lines(ls, d, len);
	switch (kind) {
	case M_DEL_LINE:
		i = pick(r, ls->n);
		splice(m, d, len, ls->start[i], ls->start[i + 1] - ls->start[i], "", 0);
		snprintf(desc, dsz, "line %zu deleted", i + 1);
		break;
	case M_DUP_LINE:
		i = pick(r, ls->n);
		s0 = ls->start[i];
		e0 = line_end(ls, i);
		strbuf_add(&t, d + s0, e0 - s0);
		strbuf_putc(&t, '\n');
		splice(m, d, len, s0, 0, t.data, t.len);
		snprintf(desc, dsz, "line %zu duplicated", i + 1);
		break;
	case M_SWAP_LINES:
		if (ls->n < 2) {
			splice(m, d, len, 0, 0, "", 0);
			snprintf(desc, dsz, "none (one line)");
			break;
		}
		i = pick(r, ls->n - 1);
		j = pick(r, 3) ? i + 1 : i + 1 + pick(r, ls->n - i - 1);
		s0 = ls->start[i];
		e0 = line_end(ls, i);
		s1 = ls->start[j];
		e1 = line_end(ls, j);
		strbuf_add(&t, d + s1, e1 - s1);
		strbuf_add(&t, d + e0, s1 - e0);
		strbuf_add(&t, d + s0, e0 - s0);
		splice(m, d, len, s0, e1 - s0, t.data, t.len);
		snprintf(desc, dsz, "lines %zu and %zu swapped", i + 1, j + 1);
		break;
	case M_VALUE:
	case M_DROP_VALUE:
	case M_QUOTES:
	case M_LONG_VALUE:
		n = find_all(d, len, " value=\"", at, max_at);
		if (!n) {
			splice(m, d, len, 0, 0, "", 0);
			snprintf(desc, dsz, "none (no value)");
			break;
		}
		i = at[pick(r, n)];
		s0 = i + strlen(" value=\"");
		e0 = s0;
		while (e0 < len && d[e0] != '"')
			e0++;
		if (e0 == len) {        /* no closing quote (a mutant's) */
			splice(m, d, len, 0, 0, "", 0);
			snprintf(desc, dsz, "none (a value without its end)");
			break;
		}
		if (kind == M_VALUE) {
			const char *v = PICK(r, values);

			splice(m, d, len, s0, e0 - s0, v, strlen(v));
			snprintf(desc, dsz, "value at byte %zu := \"%s\"", s0, v);
		} else if (kind == M_LONG_VALUE) {
			long_value(r, &t);
			splice(m, d, len, s0, e0 - s0, t.data, t.len);
			snprintf(desc, dsz, "value at byte %zu := %zu bytes", s0, t.len);
		} else if (kind == M_DROP_VALUE) {
			splice(m, d, len, i, e0 + 1 - i, "", 0);
			snprintf(desc, dsz, "value at byte %zu dropped", s0);
		} else {
			static const char *const quoted[] = { " value='", " value = \"", " value=\"\" value=\"" };
			const char *q = PICK(r, quoted);

			strbuf_puts(&t, q);
			strbuf_add(&t, d + s0, e0 - s0);
			strbuf_putc(&t, q[strlen(q) - 1]);
			splice(m, d, len, i, e0 + 1 - i, t.data, t.len);
			snprintf(desc, dsz, "value at byte %zu quoted as %.9s", s0, t.data);
		}
		break;
	case M_INSERT: {
		const char *ins = PICK(r, inserts);

		i = pick(r, ls->n + 1);
		i = i < ls->n ? ls->start[i] : len;
		splice(m, d, len, i, 0, ins, strlen(ins));
		snprintf(desc, dsz, "'%s' inserted at byte %zu", ins, i);
		break;
	}
	case M_ATTR: {
		const char *a = PICK(r, attrs);

		n = start_tags(d, len, at, max_at);
		if (!n) {
			splice(m, d, len, 0, 0, "", 0);
			snprintf(desc, dsz, "none (no tag)");
			break;
		}
		i = name_end(d, len, at[pick(r, n)] + 1);
		splice(m, d, len, i, 0, a, strlen(a));
		snprintf(desc, dsz, "attribute '%s' added at byte %zu", a, i);
		break;
	}
	case M_NAMESPACE: {
		const char *ns = PICK(r, namespaces);

		n = find_all(d, len, FHIR_NS_ATTR, at, max_at);
		if (!n) {
			splice(m, d, len, 0, 0, "", 0);
			snprintf(desc, dsz, "none (no FHIR namespace)");
			break;
		}
		i = at[pick(r, n)];
		splice(m, d, len, i, strlen(FHIR_NS_ATTR), ns, strlen(ns));
		snprintf(desc, dsz, "namespace at byte %zu := '%s'", i, ns);
		break;
	}
	case M_PREFIX: {
		/* the root element with a prefix: its start and end tags, and maybe the default */
		size_t open, nlen, close;
		const char *decl = pick(r, 2) ? "f:" : "fhir:";

		if (!root_tags(d, len, &open, &nlen, &close)) {
			splice(m, d, len, 0, 0, "", 0);
			snprintf(desc, dsz, "none (no root)");
			break;
		}
		strbuf_add(&t, d, open + 1);
		strbuf_puts(&t, decl);
		strbuf_add(&t, d + open + 1, nlen);
		strbuf_printf(&t, " xmlns:%.*s=\"http://hl7.org/fhir\"", (int)strlen(decl) - 1, decl);
		j = pick(r, 2);
		if (j == 0) {   /* keep the default namespace */
			strbuf_add(&t, d + open + 1 + nlen, close + 2 - (open + 1 + nlen));
		} else {        /* drop it: the other elements are in no namespace */
			const char *ns = memmem(d + open, len - open, FHIR_NS_ATTR, strlen(FHIR_NS_ATTR));
			size_t k = (size_t)(ns - d);

			strbuf_add(&t, d + open + 1 + nlen, k - 1 - (open + 1 + nlen));
			strbuf_add(&t, d + k + strlen(FHIR_NS_ATTR), close + 2 - (k + strlen(FHIR_NS_ATTR)));
		}
		strbuf_puts(&t, decl);
		strbuf_add(&t, d + close + 2, len - close - 2);
		splice(m, t.data, t.len, 0, 0, "", 0);
		snprintf(desc, dsz, "root prefixed '%s' (%s)", decl,
			 j == 0 ? "default namespace kept" : "default namespace dropped");
		break;
	}
	case M_CONTAINER: {
		const char *second[] = {
			"<Basic><code><text value=\"second\"/></code></Basic>",
			"<Basic xmlns=\"http://hl7.org/fhir\"><code><text value=\"second\"/></code></Basic>",
			"<Basic id=\"x\"><code><text value=\"second\"/></code></Basic>",
			"<!-- c --><Basic><code><text value=\"second\"/></code></Basic>",
			"<bogus/>", "x", "<Basic/>", "<Basic></Basic>", "<Basic xmlns=\"urn:x\"/>",
			"<Patient><contained><Basic><code><text value=\"in\"/></code></Basic></contained>"
			"<active value=\"true\"/></Patient>",
		};
		const char *ins = PICK(r, second);
		size_t na = find_all(d, len, "<contained>", at, max_at);

		na += find_all(d, len, "<resource>", at + na, max_at - na);
		if (!na) {
			const char *const tags[] = { "<contained>", "<resource>" };
			const char *tag = PICK(r, tags);
			const char *p = memmem(d, len, "</text>", 7);

			i = p ? (size_t)(p - d) + 7 : 0;
			if (!p && (p = memmem(d, len, "<id value=", 10)) &&
			    (p = memchr(p, '>', len - (size_t)(p - d))))
				i = (size_t)(p - d) + 1;
			strbuf_puts(&t, tag);
			strbuf_puts(&t, ins);
			strbuf_puts(&t, tag[1] == 'c' ? "</contained>" : "</resource>");
			splice(m, d, len, i, 0, t.data, t.len);
			snprintf(desc, dsz, "'%s' inserted at byte %zu", t.data, i);
			break;
		}
		j = pick(r, na);
		i = at[j] + (d[at[j] + 1] == 'c' ? strlen("<contained>") : strlen("<resource>"));
		if (pick(r, 2)) {       /* after the resource there */
			const char *p = memmem(d + i, len - i, d[at[j] + 1] == 'c' ? "</contained>" : "</resource>",
					       d[at[j] + 1] == 'c' ? 12 : 11);

			i = p ? (size_t)(p - d) : i;
		}
		splice(m, d, len, i, 0, ins, strlen(ins));
		snprintf(desc, dsz, "'%s' inserted in a container at byte %zu", ins, i);
		break;
	}
	case M_DOCTYPE: {
		const char *const dt[] = {
			"<!DOCTYPE Patient>", "<!DOCTYPE x [<!ENTITY e \"y\">]>",
			"<!DOCTYPE x SYSTEM \"http://example.org/x.dtd\">", "<!DOCTYPE x []>",
		};
		const char *ins = PICK(r, dt);
		const char *p = memmem(d, len, "?>", 2);

		i = p && (size_t)(p - d) < 100 ? (size_t)(p - d) + 2 : 0;
		splice(m, d, len, i, 0, ins, strlen(ins));
		snprintf(desc, dsz, "'%s' at byte %zu", ins, i);
		break;
	}
	case M_NARRATIVE: {
		const char *ins = PICK(r, narrative_bits);
		size_t nd = find_all(d, len, "<div", at, max_at);
		const char *p;

		if (!nd) {
			splice(m, d, len, 0, 0, "", 0);
			snprintf(desc, dsz, "none (no narrative)");
			break;
		}
		i = at[pick(r, nd)];
		p = memchr(d + i, '>', len - i);
		i = p ? (size_t)(p - d) + 1 : i;
		if (pick(r, 2) && (p = memmem(d + i, len - i, "</div>", 6)))
			i = (size_t)(p - d);    /* before the div's end (or an inner one's) */
		splice(m, d, len, i, 0, ins, strlen(ins));
		snprintf(desc, dsz, "narrative: '%s' at byte %zu", ins, i);
		break;
	}
	case M_DEEP: {
		static const int depths[] = { 30, 60, 61, 61, 62, 62, 62, 63, 63, 64, 65, 100, 255, 256, 300 };
		int depth = PICK(r, depths), k, how = (int)pick(r, 3);
		const char *p;

		if (how == 0) {         /* extensions in extensions */
			for (k = 0; k < depth; k++)
				strbuf_puts(&t, "<extension url=\"u\">");
			strbuf_puts(&t, PICK(r, bottom));
			for (k = 0; k < depth; k++)
				strbuf_puts(&t, "</extension>");
		} else if (how == 1) {  /* resources in containers */
			for (k = 0; k < depth; k++)
				strbuf_puts(&t, "<contained><Basic><code><text value=\"t\"/></code>");
			for (k = 0; k < depth; k++)
				strbuf_puts(&t, "</Basic></contained>");
		} else {                /* divs in the narrative */
			strbuf_puts(&t, "<text><status value=\"generated\"/><div xmlns=\"http://www.w3.org/1999/xhtml\">");
			for (k = 0; k < depth; k++)
				strbuf_puts(&t, "<div>");
			strbuf_puts(&t, "x");
			for (k = 0; k < depth; k++)
				strbuf_puts(&t, "</div>");
			strbuf_puts(&t, "</div></text>");
		}
		/* after the id when there is one, else after the root's start tag */
		p = memmem(d, len, "<id value=", 10);
		if (!p)
			p = memmem(d, len, FHIR_NS_ATTR, strlen(FHIR_NS_ATTR));
		p = p ? memchr(p, '>', len - (size_t)(p - d)) : NULL;
		i = p ? (size_t)(p - d) + 1 : 0;
		splice(m, d, len, i, 0, t.data, t.len);
		snprintf(desc, dsz, "%s nested %d deep at byte %zu",
			 how == 0 ? "extensions" : how == 1 ? "contained resources" : "narrative divs", depth, i);
		break;
	}
	case M_TRUNCATE:
		i = pick(r, len + 1);
		splice(m, d, i, i, 0, "", 0);
		snprintf(desc, dsz, "cut at byte %zu of %zu", i, len);
		break;
	case M_STRAY: {
		static const char bytes[] = { '\0', '\x01', '\x1f', '\x7f', '\x80', '\xc3', '\xff', '<', '>',
					      '&', '"', '\'', ']', '/', ' ', '\t', '\r', '=' };
		char b = bytes[pick(r, sizeof(bytes))];
		int replace = (int)pick(r, 2) && len > 0;

		i = pick(r, len);
		splice(m, d, len, i, (size_t)replace, &b, 1);
		snprintf(desc, dsz, "byte 0x%02x %s at %zu", (unsigned)(unsigned char)b,
			 replace ? "replaces the one" : "inserted", i);
		break;
	}
	case M_RENAME: {
		static const char *const how[] = { "upper", "x", "cut", "value" };
		const char *h = PICK(r, how);

		n = start_tags(d, len, at, max_at);
		if (!n) {
			splice(m, d, len, 0, 0, "", 0);
			snprintf(desc, dsz, "none (no tag)");
			break;
		}
		i = at[pick(r, n)] + 1;
		e0 = name_end(d, len, i);
		strbuf_add(&t, d, len);
		if (h[0] == 'u') {
			t.data[i] = (char)(t.data[i] ^ 0x20);
			splice(m, t.data, t.len, 0, 0, "", 0);
		} else if (h[0] == 'x') {
			splice(m, d, len, e0, 0, "x", 1);
		} else if (h[0] == 'c') {
			splice(m, d, len, e0 - 1, e0 - i > 1, "", 0);
		} else {        /* valueString -> valueBoolean and the like: a choice's type */
			const char *const types[] = { "Boolean", "String", "Code", "Integer", "Reference",
						      "Quantity", "DateTime", "Bogus" };
			const char *ty = PICK(r, types);
			const char *v = memmem(d + i, e0 - i, "value", 5);

			if (v && (size_t)(v - d) + 5 < e0)
				splice(m, d, len, (size_t)(v - d) + 5, e0 - ((size_t)(v - d) + 5), ty, strlen(ty));
			else
				splice(m, d, len, e0, 0, "Boolean", 7);
		}
		snprintf(desc, dsz, "element name at byte %zu changed (%s)", i, h);
		break;
	}
	case M_PROLOG: {
		static const char *const how[] = { "crlf", "bom", "latin1", "utf8", "nodecl", "standalone",
						   "blank-lines", "utf-16" };
		const char *h = PICK(r, how);
		const char *p = memmem(d, len, "?>", 2);
		size_t decl = p && memcmp(d, "<?xml", 5) == 0 ? (size_t)(p - d) + 2 : 0;

		if (strcmp(h, "crlf") == 0) {
			for (i = 0; i < len; i++) {
				if (d[i] == '\n')
					strbuf_putc(&t, '\r');
				strbuf_putc(&t, d[i]);
			}
			splice(m, t.data, t.len, 0, 0, "", 0);
		} else if (strcmp(h, "bom") == 0) {
			splice(m, d, len, 0, 0, "\xef\xbb\xbf", 3);
		} else if (strcmp(h, "nodecl") == 0) {
			splice(m, d, len, 0, decl, "", 0);
		} else if (strcmp(h, "blank-lines") == 0) {
			splice(m, d, len, decl, 0, "\n\n  \n", 5);
		} else {
			const char *nd = strcmp(h, "latin1") == 0 ? "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
				       : strcmp(h, "utf8") == 0 ? "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
				       : strcmp(h, "utf-16") == 0 ? "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
				       : "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

			splice(m, d, len, 0, decl, nd, strlen(nd));
		}
		snprintf(desc, dsz, "prolog: %s", h);
		break;
	}
	case M_TAIL: {
		static const char *const tails[] = { "\n<!-- tail -->", "\n<?x y?>", "x", "\n\n", "<a/>",
						     "\xef\xbb\xbf", "\0" };
		const char *tl = PICK(r, tails);

		splice(m, d, len, len, 0, tl, *tl ? strlen(tl) : 1);
		snprintf(desc, dsz, "'%s' after the root", *tl ? tl : "\\0");
		break;
	}
	}
	strbuf_free(&t);
	assert_false(m->failed);
}

static uint64_t name_seed(const char *name)
{
	/* FNV-1a of the base name: each document's mutants are the same whatever the order */
	const char *b = strrchr(name, '/');
	uint64_t h = 0xcbf29ce484222325ull;

	for (b = b ? b + 1 : name; *b; b++)
		h = (h ^ (unsigned char)*b) * 0x100000001b3ull;
	return h ? h : 1;
}

/* Mutants of each document: its count times `scale`, some with two mutations. */
static void check_mutants(ctx *c, const docs *ds, size_t scale)
{
	strbuf m1 = STRBUF_INIT, m2 = STRBUF_INIT;
	lines ls = { NULL, 0 };
	size_t max_at = 4096;
	size_t *at = malloc(max_at * sizeof(*at));
	size_t i, k;

	assert_non_null(at);
	for (i = 0; i < ds->n; i++) {
		const doc *src = &ds->d[i];
		rng r = { name_seed(src->name) };
		size_t per = (size_t)src->mutate * scale;

		for (k = 0; k < per; k++) {
			char desc[700], d1[300], d2[300];
			doc mut;

			mutate(&r, src->buf, src->len, &m1, d1, sizeof(d1), &ls, at, max_at);
			if (pick(&r, 4) == 0) {
				mutate(&r, m1.data, m1.len, &m2, d2, sizeof(d2), &ls, at, max_at);
				snprintf(desc, sizeof(desc), "#%zu: %s; then %s", k, d1, d2);
				mut = (doc){ src->name, m2.data, m2.len, 0, 0 };
			} else {
				snprintf(desc, sizeof(desc), "#%zu: %s", k, d1);
				mut = (doc){ src->name, m1.data, m1.len, 0, 0 };
			}
			check_doc(c, &mut, desc, NULL);
		}
	}
	free(at);
	free(ls.start);
	strbuf_free(&m1);
	strbuf_free(&m2);
}

static void test_mutants(void **state)
{
	const char *shared = shared_dir();
	docs ds = { NULL, 0 };
	size_t i, nsrc = 0, scale = 1;
	ctx c;

	(void)state;
	repo_docs(&ds);
	every_type_docs(&ds, 8);
	if (shared)
		shared_docs(&ds, shared, 1);
	else
		print_message("  (BB_SHARED_DIR has no fhir-r4/examples: mutants of the repository's "
			      "documents only, three times as many)\n");
	for (i = 0; i < ds.n; i++)
		nsrc += ds.d[i].mutate != 0;
	/* about 5,500 mutants with the shared documents; BB_X2J_MUTANTS=N: N times as many */
	if (getenv("BB_X2J_MUTANTS") && atoi(getenv("BB_X2J_MUTANTS")) > 0)
		scale = (size_t)atoi(getenv("BB_X2J_MUTANTS"));
	ctx_init(&c);
	check_mutants(&c, &ds, shared ? scale : 3 * scale);
	print_message("  %zu mutants of %zu documents: the converter took %zu and refused %zu; "
		      "%zu differences\n", c.checked, nsrc, c.accepted, c.refused, c.failures);
	assert_int_equal(c.failures, 0);
	assert_true(c.accepted > 0);
	assert_true(c.refused > 0);
	ctx_free(&c);
	docs_free(&ds);
}

/* ---- what is kept between documents ------------------------------------------------ */

/*
 * Pairs of documents whose names have the same lengths in the same order,
 * so that in a new libxml2 context the second's names are interned where
 * the first's were (libxml2 packs them in pools, and malloc tends to give
 * a freed pool's memory to the next): a converter that kept the first's
 * prepared keys and lookups by address would write the first's names, or
 * take the second's wrong namespace for FHIR's.
 */
static const char *const pairs[][2] = {
	{ "<Patient xmlns=\"http://hl7.org/fhir\"><name><prefix value=\"Dr\"/></name></Patient>",
	  "<Patient xmlns=\"http://hl7.org/fhir\"><name><suffix value=\"Jr\"/></name></Patient>" },
	{ "<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"F\"/></name></Patient>",
	  "<Patient xmlns=\"http://hl7.org/fhir\"><name><suffix value=\"F\"/></name></Patient>" },
	{ "<Patient xmlns=\"http://hl7.org/fhir\"><gender value=\"male\"/></Patient>",
	  "<Patient xmlns=\"http://hl7.org/fhir\"><active value=\"true\"/></Patient>" },
	{ "<Patient xmlns=\"http://hl7.org/fhir\"><active value=\"true\"/></Patient>",
	  "<Patient xmlns=\"http://hl7.org/fhix\"><active value=\"true\"/></Patient>" },
	{ "<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"a\"/></Patient>",
	  "<Account xmlns=\"http://hl7.org/fhir\"><id value=\"a\"/></Account>" },
	{ "<Basic xmlns=\"http://hl7.org/fhir\"><code><text value=\"t\"/></code></Basic>",
	  "<Basic xmlns=\"http://hl7.org/fhir\"><code><data value=\"t\"/></code></Basic>" },
};

#define NPAIRS (sizeof(pairs) / sizeof(pairs[0]))

/* Refused: a new context after it. */
static const char refusal[] = "<Patient xmlns=\"http://hl7.org/fhir\"><bogus/></Patient>";

/*
 * Accepted, but with more names than a kept context may hold
 * (KEEP_DICT_NAMES, 4096, in fhir_xmlsafe.c): `n` elements each declaring
 * 60 new prefixes (a prefix and its URI are two names). The reader reads
 * namespace declarations without a word; the context is dropped after it.
 */
static char *many_names(size_t n, unsigned tag)
{
	strbuf b = STRBUF_INIT;
	size_t i, k;

	strbuf_puts(&b, "<Patient xmlns=\"http://hl7.org/fhir\">");
	for (i = 0; i < n; i++) {
		strbuf_puts(&b, "<name");
		for (k = 0; k < 60; k++)
			strbuf_printf(&b, " xmlns:p%u_%zu_%zu=\"urn:p:%u:%zu:%zu\"", tag, i, k, tag, i, k);
		strbuf_printf(&b, "><given value=\"g%zu\"/></name>", i);
	}
	strbuf_puts(&b, "</Patient>");
	assert_false(b.failed);
	return strbuf_detach(&b, NULL);
}

/*
 * Refused, with names the dictionary has not seen: unknown elements, each
 * name new.
 */
static char *unknown_names(size_t n, unsigned tag)
{
	strbuf b = STRBUF_INIT;
	size_t i;

	strbuf_puts(&b, "<Patient xmlns=\"http://hl7.org/fhir\"><active value=\"true\"/>");
	for (i = 0; i < n; i++)
		strbuf_printf(&b, "<unknown%u_%zu value=\"x\"/>", tag, i);
	strbuf_puts(&b, "</Patient>");
	return strbuf_detach(&b, NULL);
}

static doc as_doc(const char *name, const char *text)
{
	return (doc){ (char *)(uintptr_t)name, (char *)(uintptr_t)text, strlen(text), 0, 0 };
}

/*
 * The converter alone, then a kept reader: each pair with a refusal, a
 * big dictionary or many unknown names between its two documents, many
 * times. Every way is compared with a fresh tree read (check_doc).
 */
static void test_new_context_forgets_names(void **state)
{
	char *big = many_names(40, 0), *unknown = unknown_names(3000, 0);
	ctx c;
	size_t round, p, between, new_ctx = 0, dict_drops = 0;

	(void)state;
	ctx_init(&c);
	for (round = 0; round < 8; round++) {
		for (p = 0; p < NPAIRS; p++) {
			for (between = 0; between < 3; between++) {
				doc a = as_doc("pair A", pairs[p][0]), b = as_doc("pair B", pairs[p][1]);
				doc mid = as_doc(between == 0 ? "refusal" : between == 1 ? "many names"
							   : "unknown names",
						 between == 0 ? refusal : between == 1 ? big : unknown);
				unsigned long gen;
				result want[3];
				int k;

				/*
				 * The converter alone, nothing else between: the new
				 * context is made right after the old one is freed
				 */
				tree_way(NULL, &a, NULL, &want[0]);
				tree_way(NULL, &mid, NULL, &want[1]);
				tree_way(NULL, &b, NULL, &want[2]);
				converter_way(&c, &a, "alone", &want[0]);
				gen = c.sax.gen;
				converter_way(&c, &mid, "alone", &want[1]);
				converter_way(&c, &b, "alone", &want[2]);
				new_ctx += c.sax.gen != gen;   /* generations are unique in the process */
				for (k = 0; k < 3; k++)
					result_free(&want[k]);
				/* and every way, the kept reader too */
				check_doc(&c, &a, NULL, NULL);
				gen = c.sax.gen;
				check_doc(&c, &mid, NULL, NULL);
				if (between == 1) {
					/* taken, and yet not kept: the dictionary's bound */
					dict_drops += c.sax.px == NULL;
				}
				check_doc(&c, &b, NULL, NULL);
				new_ctx += c.sax.gen != gen;   /* generations are unique in the process */
			}
		}
	}
	print_message("  %zu documents in a row every way (as many first on the converter alone): a new libxml2 "
		      "context %zu times between pairs, %zu of them after an accepted document past the "
		      "dictionary's bound; %zu differences\n", c.checked, new_ctx, dict_drops, c.failures);
	assert_int_equal(c.failures, 0);
	assert_int_equal(new_ctx, 2 * 8 * NPAIRS * 3);
	assert_int_equal(dict_drops, 8 * NPAIRS);
	ctx_free(&c);
	free(big);
	free(unknown);
}

/*
 * Many documents in a row on the kept ways, each with names new to the
 * dictionary, so that it outgrows its bound now and then while good
 * documents run between: every way must still agree.
 */
static void test_growing_dictionary(void **state)
{
	const char *top = test_env("abs_top_srcdir");
	char *xp = str_printf("%s/tests/data/fhir-x2j/edge.xml", top);
	size_t xl, i, drops = 0, made = 0;
	char *xml = read_whole(xp, &xl);
	unsigned long gen;
	ctx c;

	(void)state;
	assert_non_null(xml);
	ctx_init(&c);
	check_doc(&c, &(doc){ "edge.xml", xml, xl, 1, 0 }, NULL, NULL);
	gen = c.sax.gen;
	for (i = 0; i < 60; i++) {
		/* 10 elements of 60 prefixes: 1,200 names each, kept until past 4,096 */
		char *d = many_names(10, (unsigned)i + 1);
		doc dd = as_doc("new names", d);

		assert_int_equal(check_doc(&c, &dd, NULL, NULL), 0);
		drops += c.sax.px == NULL;      /* taken, and dropped past the bound */
		/* first in a new context, now and then: names where others were */
		dd = as_doc("pair", pairs[i % NPAIRS][(i / NPAIRS) % 2]);
		check_doc(&c, &dd, NULL, NULL);
		check_doc(&c, &(doc){ "edge.xml", xml, xl, 1, 0 }, NULL, NULL);
		/* generations are the process's: count the converter's own new ones */
		made += c.sax.gen != gen;
		gen = c.sax.gen;
		free(d);
	}
	print_message("  %zu documents: the converter's context was dropped past its dictionary's bound "
		      "%zu times (a new one in %zu of 60 rounds); %zu differences\n", c.checked, drops,
		      made, c.failures);
	assert_int_equal(c.failures, 0);
	assert_true(drops >= 10);
	ctx_free(&c);
	free(xml);
	free(xp);
}

/*
 * Around the reader's depth limit (FHIR_MAX_DEPTH nodes), every way:
 * extensions nested 55 to 66 deep in a resource, and in a contained
 * resource (a container and its resource are one node), ending in each
 * of bottom[]. The x2jrev review found the converter taking an id or
 * url one level past the limit, which the reader refuses (F1).
 */
static void test_depth_limit(void **state)
{
	static const char *const around[][2] = {
		{ "<Patient xmlns=\"http://hl7.org/fhir\">", "</Patient>" },
		{ "<Patient xmlns=\"http://hl7.org/fhir\"><contained><Basic><code><text value=\"t\"/></code>",
		  "</Basic></contained></Patient>" },
		{ "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"collection\"/><entry><resource><Basic>"
		  "<code><text value=\"t\"/></code>", "</Basic></resource></entry></Bundle>" },
	};
	strbuf b = STRBUF_INIT;
	size_t a, k, taken = 0;
	int depth, i;
	ctx c;

	(void)state;
	ctx_init(&c);
	for (a = 0; a < sizeof(around) / sizeof(around[0]); a++) {
		for (depth = 55; depth <= 66; depth++) {
			for (k = 0; k < sizeof(bottom) / sizeof(bottom[0]); k++) {
				char desc[80];
				doc d;

				strbuf_reset(&b);
				strbuf_puts(&b, around[a][0]);
				for (i = 0; i < depth; i++)
					strbuf_puts(&b, "<extension url=\"u\">");
				strbuf_puts(&b, bottom[k]);
				for (i = 0; i < depth; i++)
					strbuf_puts(&b, "</extension>");
				strbuf_puts(&b, around[a][1]);
				assert_false(b.failed);
				d = (doc){ "deep.xml", b.data, b.len, 0, 0 };
				snprintf(desc, sizeof(desc), "in %zu, %d extensions deep, bottom %zu", a, depth, k);
				taken += check_doc(&c, &d, desc, NULL) == 0;
			}
		}
	}
	print_message("  %zu documents at the depth limit: the converter took %zu; %zu differences\n",
		      c.checked, taken, c.failures);
	assert_int_equal(c.failures, 0);
	assert_true(taken > 0 && taken < c.checked);
	ctx_free(&c);
	strbuf_free(&b);
}

/*
 * Repeating primitives whose items' extensions hold repeating primitives
 * again: each open run has a "_name" side buffer, copied into the one
 * around it when it closes, so the converter takes at most two nested
 * (MAX_SIDE in fhir_x2j.c, after the x2jrev review's F3) and leaves deeper
 * ones to the reader. Runs side by side are not nested and are taken.
 */
static void nested_given(strbuf *b, int k, size_t text)
{
	size_t i;

	if (k == 0) {
		strbuf_puts(b, "<given id=\"in\" value=\"");
		for (i = 0; i < text; i++)
			strbuf_putc(b, (char)('a' + (char)(i % 26)));
		strbuf_puts(b, "\"/>");
		return;
	}
	strbuf_puts(b, "<given value=\"v\"/><given><extension url=\"u\"><valueHumanName>");
	nested_given(b, k - 1, text);
	strbuf_puts(b, "</valueHumanName></extension></given><given value=\"w\"/>");
}

static void test_nested_side_buffers(void **state)
{
	strbuf b = STRBUF_INIT, out = STRBUF_INIT;
	const char *why;
	ctx c;
	int k;

	(void)state;
	ctx_init(&c);
	for (k = 0; k <= 8; k++) {
		size_t text = k == 5 ? 100000 : 10;
		char desc[64];
		doc d;

		strbuf_reset(&b);
		strbuf_puts(&b, "<Patient xmlns=\"http://hl7.org/fhir\"><name>");
		nested_given(&b, k, text);
		strbuf_puts(&b, "</name></Patient>");
		assert_false(b.failed);
		d = (doc){ "nested.xml", b.data, b.len, 0, 0 };
		snprintf(desc, sizeof(desc), "%d nested runs of given", k + 1);
		/* the innermost given's run is open too: k + 1 in all */
		assert_int_equal(check_doc(&c, &d, desc, NULL), k + 1 <= 2 ? 0 : -1);
		if (k + 1 > 2) {
			prefill(&out);
			assert_int_equal(fhir_x2j_convert(c.x2j, &c.sax, &out, b.data, b.len, &why), -1);
			assert_non_null(strstr(why, "nested too deep"));
		}
	}
	/* side by side: given, prefix, suffix each with extensions, in two names */
	strbuf_reset(&b);
	strbuf_puts(&b, "<Patient xmlns=\"http://hl7.org/fhir\">");
	for (k = 0; k < 2; k++)
		strbuf_puts(&b, "<name><given><extension url=\"u\"><valueString value=\"g\"/></extension></given>"
			    "<given value=\"h\"/><prefix id=\"p\" value=\"Dr\"/><prefix value=\"Ir\"/>"
			    "<suffix><extension url=\"u\"><valueString value=\"s\"/></extension></suffix></name>");
	strbuf_puts(&b, "</Patient>");
	assert_int_equal(check_doc(&c, &(doc){ "side-by-side.xml", b.data, b.len, 1, 0 }, NULL, NULL), 0);
	print_message("  %zu documents with nested repeating primitives; %zu differences\n", c.checked,
		      c.failures);
	assert_int_equal(c.failures, 0);
	ctx_free(&c);
	strbuf_free(&b);
	strbuf_free(&out);
}

/*
 * A refused attribute with more after it, on each kind of element. The
 * converter's refusal stops libxml2, which frees the input the remaining
 * attribute values point into: a second review found the converter then
 * read the next one (an id) from freed memory, and a process crashed on a
 * document of 400 KB. Under ASan any such read is a failure here; the
 * documents of more than 128 KiB have their input in a buffer of its own.
 */
static void test_refused_attribute_then_more(void **state)
{
	static const char *const tags[] = {
		/* a primitive: a refused attribute, then an id */
		"<name><given talue=\"b\" id=\"j\"/></name>",
		"<name><given bogus=\"1\" id=\"j\" value=\"v\"/></name>",
		"<name><given value=\"v\" bogus=\"1\" id=\"j\"/></name>",
		"<name><given x:id=\"1\" id=\"j\" value=\"v\" xmlns:x=\"urn:x\"/></name>",
		"<birthDate bogus=\"1\" id=\"x\" value=\"2000-01-01\"/>",
		"<birthDate id=\"bad id!\" value=\"2000-01-01\" bogus=\"1\"/>",
		"<active bogus=\"1\" id=\"a\" value=\"true\"/>",
		/* a complex element, an extension */
		"<name bogus=\"1\" id=\"n\"><family value=\"F\"/></name>",
		"<extension bogus=\"1\" url=\"http://e\"><valueString value=\"s\"/></extension>",
		"<extension url=\"http://e\" url2=\"x\" id=\"e\"><valueString value=\"s\"/></extension>",
	};
	static const size_t pads[] = { 0, 200 * 1024, 400 * 1024 };
	strbuf b = STRBUF_INIT;
	size_t i, j, k;
	ctx c;

	(void)state;
	ctx_init(&c);
	for (i = 0; i < sizeof(tags) / sizeof(tags[0]); i++)
		for (j = 0; j < sizeof(pads) / sizeof(pads[0]); j++) {
			char desc[96];

			strbuf_reset(&b);
			strbuf_puts(&b, "<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"p\"/>");
			/* a long valid value first, so the input is large */
			if (pads[j]) {
				strbuf_puts(&b, "<identifier><value value=\"");
				for (k = 0; k < pads[j]; k++)
					strbuf_putc(&b, (char)('a' + (char)(k % 26)));
				strbuf_puts(&b, "\"/></identifier>");
			}
			strbuf_puts(&b, tags[i]);
			for (k = 0; k < 3; k++)         /* and more after it */
				strbuf_puts(&b, "<name><given id=\"g\" value=\"w\"/></name>");
			strbuf_puts(&b, "</Patient>");
			assert_false(b.failed);
			snprintf(desc, sizeof(desc), "tag %zu, %zu bytes before it", i, pads[j]);
			assert_int_equal(check_doc(&c, &(doc){ "refused-attribute.xml", b.data, b.len, 0, 0 },
						   desc, NULL), -1);
		}
	print_message("  %zu documents with a refused attribute and more; %zu differences\n",
		      c.checked, c.failures);
	assert_int_equal(c.failures, 0);
	ctx_free(&c);
	strbuf_free(&b);
}

/*
 * One kept converter, and a new fhir_xml_sax for each document at the same
 * address (a stack variable of one function): the third review found the
 * converter then saw the same (parser, generation) again and took a name
 * from a freed dictionary, whose successor had put another name at the
 * same address: <zzzzzz value="true"/> came out as "active": true.
 * Generations are now unique in the process. Without that this fails in
 * a plain build (ASan holds freed memory back, so addresses do not repeat
 * there).
 */
static int convert_with_new_parser(fhir_x2j *x, strbuf *out, const char *xml, const void **where)
{
	fhir_xml_sax sax = FHIR_XML_SAX_INIT;
	int rc = fhir_x2j_convert(x, &sax, out, xml, strlen(xml), NULL);

	*where = &sax;
	fhir_xml_sax_free(&sax);
	return rc;
}

static void test_new_parser_at_the_same_address(void **state)
{
	static const char *const names[][2] = {
		{ "active", "zzzzzz" }, { "gender", "genxer" }, { "birthDate", "birthDaze" },
		{ "deceasedBoolean", "deceasedBoolea_" },
	};
	const void *first = NULL, *where;
	fhir_x2j *x = fhir_x2j_new();
	strbuf out = STRBUF_INIT, xml = STRBUF_INIT;
	size_t i, round, same = 0;

	(void)state;
	assert_non_null(x);
	for (round = 0; round < 20; round++)
		for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
			const char *value = i == 1 ? "female" : i == 2 ? "2000-01-01" : "true";
			int k;

			for (k = 0; k < 2; k++) {
				strbuf_reset(&xml);
				strbuf_printf(&xml, "<Patient xmlns=\"http://hl7.org/fhir\"><%s value=\"%s\"/>"
					      "</Patient>", names[i][k], value);
				strbuf_reset(&out);
				/* the valid name is taken, the other (not an element of Patient) never */
				assert_int_equal(convert_with_new_parser(x, &out, xml.data, &where), k ? -1 : 0);
				if (!first)
					first = where;
				same += where == first;
			}
		}
	print_message("  %zu of 160 conversions with the parser at the same address\n", same);
	assert_int_equal(same, 160);    /* else the test does not test what it says */
	fhir_x2j_free(x);
	strbuf_free(&out);
	strbuf_free(&xml);
}

/* ---- allocation failures ------------------------------------------------------ */

/*
 * The test is linked with -Wl,--wrap for malloc, calloc and realloc
 * (connector/fhir/Makefile.inc): the core's own allocations (libbbcore
 * and libbbutil are linked in whole) come here, libxml2's do not. When
 * armed, the allocation numbered `fail_at` from the arming fails (and
 * with `fail_rest`, every one after it too).
 */
void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t m);
void *__real_realloc(void *p, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t m);
void *__wrap_realloc(void *p, size_t n);

static struct {
	int armed;
	int fail_rest;
	long fail_at;
	long count;             /* allocations since arming */
	long failed;            /* allocations refused since arming */
} oom;

static int oom_now(void)
{
	long k;

	if (!oom.armed)
		return 0;
	k = oom.count++;
	if (k == oom.fail_at || (oom.fail_rest && k > oom.fail_at)) {
		oom.failed++;
		return 1;
	}
	return 0;
}

void *__wrap_malloc(size_t n)
{
	return oom_now() ? NULL : __real_malloc(n);
}

void *__wrap_calloc(size_t n, size_t m)
{
	return oom_now() ? NULL : __real_calloc(n, m);
}

void *__wrap_realloc(void *p, size_t n)
{
	return oom_now() ? NULL : __real_realloc(p, n);
}

static void arm(long at, int rest)
{
	oom.fail_at = at;
	oom.fail_rest = rest;
	oom.count = 0;
	oom.failed = 0;
	oom.armed = 1;
}

static void disarm(void)
{
	oom.armed = 0;
}

/*
 * Every allocation of one conversion made to fail in turn (alone, or with
 * all after it), on a new converter and on a warm one: the converter
 * either gives the tree way's bytes or refuses with `out` as it was (its
 * failed mark too), and its next conversion, with memory, is right again.
 * The same for fhir_reader_to_json on a kept reader, whose fallback must
 * leave `out` unmarked (the review's F6). Returns the allocations tried.
 */
static long oom_doc(ctx *c, const doc *d)
{
	result want, got;
	long n, tried = 0;
	int warm, rest, base;

	tree_way(NULL, d, NULL, &want);
	{
		/* the converter's own verdict with memory: what it must give again after */
		fhir_x2j *x = fhir_x2j_new();
		fhir_xml_sax sax = FHIR_XML_SAX_INIT;
		strbuf out = STRBUF_INIT;

		assert_non_null(x);
		base = fhir_x2j_convert(x, &sax, &out, d->buf, d->len, NULL);
		strbuf_free(&out);
		fhir_xml_sax_free(&sax);
		fhir_x2j_free(x);
	}
	for (warm = 0; warm < 2; warm++) {
		for (rest = 0; rest < 2; rest++) {
			for (n = 0;; n++) {
				fhir_x2j *x = warm ? c->x2j : fhir_x2j_new();
				fhir_xml_sax sax = FHIR_XML_SAX_INIT;
				strbuf out = STRBUF_INIT;
				const char *why = NULL;
				int rc;

				assert_non_null(x);
				prefill(&out);
				arm(n, rest);
				rc = fhir_x2j_convert(x, warm ? &c->sax : &sax, &out, d->buf, d->len, &why);
				disarm();
				tried++;
				if (rc == 0 && !same_buf(&out, &want.out))
					report(c, d, "allocation failure", "accepted with other bytes (allocation %ld%s)",
					       n, rest ? " on" : "");
				if (rc != 0 && (out.failed || strcmp(out.data, PREFILL) != 0))
					report(c, d, "allocation failure", "a refusal changed `out` (allocation %ld%s)",
					       n, rest ? " on" : "");
				if (rc == 0 && want.rc != BB_OK)
					report(c, d, "allocation failure", "accepted what the reader refuses");
				/* with memory again, on the same converter */
				prefill(&out);
				rc = fhir_x2j_convert(x, warm ? &c->sax : &sax, &out, d->buf, d->len, &why);
				if (rc != base || (rc == 0 && !same_buf(&out, &want.out)))
					report(c, d, "after an allocation failure", "another verdict, or other "
					       "bytes (%s)", why ? why : "taken");
				strbuf_free(&out);
				if (!warm) {
					fhir_x2j_free(x);
					fhir_xml_sax_free(&sax);
				}
				if (oom.count <= n)
					break;  /* every allocation of the conversion tried */
			}
		}
	}
	memset(&got, 0, sizeof(got));
	for (n = 0;; n++) {
		prefill(&got.out);
		arm(n, 0);
		{
			diag_list dl = DIAG_LIST_INIT;

			got.rc = fhir_reader_to_json(c->kept, &got.out, d->buf, d->len, SOURCE, NULL, &dl);
			disarm();
			diag_free(&dl);
		}
		tried++;
		if (got.rc == BB_OK && !same_buf(&got.out, &want.out))
			report(c, d, "allocation failure", "fhir_reader_to_json: other bytes (allocation %ld)", n);
		if (got.rc != BB_OK && (got.out.failed || strcmp(got.out.data, PREFILL) != 0))
			report(c, d, "allocation failure", "fhir_reader_to_json: refusal changed `out` "
			       "(allocation %ld)", n);
		strbuf_free(&got.out);
		if (oom.count <= n)
			break;
	}
	/* and with memory again, every way */
	check_doc(c, d, "after allocation failures", NULL);
	result_free(&want);
	return tried;
}

static void test_allocation_failures(void **state)
{
	const char *top = test_env("abs_top_srcdir");
	char *xp = str_printf("%s/tests/data/fhir-x2j/edge.xml", top);
	size_t xl;
	char *xml = read_whole(xp, &xl);
	/* the review's F2: a pending Extension.url (after child extensions), long ones */
	const char *pend = "<Patient xmlns=\"http://hl7.org/fhir\"><extension url=\"http://example.org/"
			   "aaaaaaaaaaaaaaaaaaaaa\"><extension url=\"http://example.org/bbbbbbbbbbbbbbbbbbbbb"
			   "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\"><valueString "
			   "value=\"v\"/></extension></extension></Patient>";
	strbuf nested = STRBUF_INIT;
	long tried = 0;
	ctx c;

	(void)state;
	assert_non_null(xml);
	strbuf_puts(&nested, "<Patient xmlns=\"http://hl7.org/fhir\"><name>");
	nested_given(&nested, 1, 3000);
	strbuf_puts(&nested, "</name></Patient>");
	ctx_init(&c);
	/* the sequence itself must notice a failure (or the test proves nothing) */
	arm(0, 1);
	{
		fhir_x2j *x = fhir_x2j_new();

		disarm();
		assert_null(x);
		assert_int_equal(oom.failed, 1);
	}
	tried += oom_doc(&c, &(doc){ "edge.xml", xml, xl, 0, 0 });
	{
		doc pd = as_doc("pending url", pend), rd = as_doc("refused", refusal);

		tried += oom_doc(&c, &pd);
		tried += oom_doc(&c, &rd);
	}
	tried += oom_doc(&c, &(doc){ "nested.xml", nested.data, nested.len, 0, 0 });
	/* three nested runs: the converter refuses, and the reader's JSON outgrows `out` */
	strbuf_reset(&nested);
	strbuf_puts(&nested, "<Patient xmlns=\"http://hl7.org/fhir\"><name>");
	nested_given(&nested, 2, 20000);
	strbuf_puts(&nested, "</name></Patient>");
	tried += oom_doc(&c, &(doc){ "nested3.xml", nested.data, nested.len, 0, 0 });
	print_message("  %ld conversions with one allocation failing (or all from one on); %zu "
		      "differences\n", tried, c.failures);
	assert_int_equal(c.failures, 0);
	assert_true(tried > 100);
	ctx_free(&c);
	strbuf_free(&nested);
	free(xml);
	free(xp);
}

/* ---- what goes to the reader -------------------------------------------------- */

static void test_large_and_limits(void **state)
{
	const char *top = test_env("abs_top_srcdir");
	char *xp = str_printf("%s/tests/data/fhir-x2j/edge.xml", top);
	size_t xl, i;
	char *xml = read_whole(xp, &xl);
	strbuf big = STRBUF_INIT, out = STRBUF_INIT;
	const char *why = NULL;
	fhir_limits lim = FHIR_LIMITS_INIT;
	ctx c;
	doc d;

	(void)state;
	assert_non_null(xml);
	ctx_init(&c);
	/* just over FHIR_X2J_MAX_BYTES, good: the reader's, and the same bytes */
	strbuf_puts(&big, "<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"big\"/>");
	for (i = 0; big.len < FHIR_X2J_MAX_BYTES + 100; i++)
		strbuf_printf(&big, "<identifier><system value=\"urn:oid:1.2.3\"/><value value=\"%zu\"/>"
			      "</identifier>\n", i);
	strbuf_puts(&big, "<active value=\"true\"/></Patient>\n");
	assert_false(big.failed);
	d = (doc){ "big.xml", big.data, big.len, 0, 0 };
	prefill(&out);
	assert_int_equal(fhir_x2j_convert(c.x2j, &c.sax, &out, big.data, big.len, &why), -1);
	assert_string_equal(why, "larger than FHIR_X2J_MAX_BYTES");
	assert_string_equal(out.data, PREFILL);
	check_doc(&c, &d, "over FHIR_X2J_MAX_BYTES", NULL);
	/* ... and a bad one */
	big.data[big.len - 12] = 'X';
	check_doc(&c, &d, "over FHIR_X2J_MAX_BYTES, refused", NULL);
	/* exactly FHIR_X2J_MAX_BYTES: the converter's */
	big.len = 0;
	strbuf_puts(&big, "<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"big\"/>");
	while (big.len < FHIR_X2J_MAX_BYTES - 200)
		strbuf_puts(&big, "<identifier><value value=\"1\"/></identifier>\n");
	strbuf_puts(&big, "<active value=\"true\"/></Patient>");
	while (big.len < FHIR_X2J_MAX_BYTES)
		strbuf_putc(&big, '\n');
	assert_int_equal(big.len, FHIR_X2J_MAX_BYTES);
	d = (doc){ "max.xml", big.data, big.len, 1, 0 };
	assert_int_equal(check_doc(&c, &d, "exactly FHIR_X2J_MAX_BYTES", NULL), 0);
	/*
	 * Under the bound, with buffers that grow past what is kept
	 * (KEEP_BUF_BYTES, 64 KiB): a narrative of 300 KB and 4,000 given
	 * names with extensions (their "_given" side buffer); then edge.xml
	 * on the trimmed converter
	 */
	big.len = 0;
	strbuf_puts(&big, "<Patient xmlns=\"http://hl7.org/fhir\"><text><status value=\"generated\"/>"
		    "<div xmlns=\"http://www.w3.org/1999/xhtml\">");
	for (i = 0; i < 12000; i++)
		strbuf_printf(&big, "<p>line &amp; %zu</p>", i);
	strbuf_puts(&big, "</div></text><name>");
	for (i = 0; i < 4000; i++)
		strbuf_printf(&big, "<given value=\"g%zu\"><extension url=\"u\"><valueInteger value=\"%zu\"/>"
			      "</extension></given>", i, i);
	strbuf_puts(&big, "</name></Patient>");
	assert_true(big.len < FHIR_X2J_MAX_BYTES);
	d = (doc){ "grown.xml", big.data, big.len, 1, 0 };
	assert_int_equal(check_doc(&c, &d, "buffers past 64 KiB", NULL), 0);
	d = (doc){ "edge.xml", xml, xl, 1, 0 };
	assert_int_equal(check_doc(&c, &d, "after buffers past 64 KiB", NULL), 0);
	/* lim->max_bytes: below, at and above the document's size */
	d = (doc){ "edge.xml", xml, xl, 0, 0 };
	lim.max_bytes = xl - 1;
	check_doc(&c, &d, "max_bytes = size - 1", &lim);
	lim.max_bytes = 10;
	check_doc(&c, &d, "max_bytes = 10", &lim);
	lim.max_bytes = xl;
	check_doc(&c, &d, "max_bytes = size", &lim);
	lim.max_bytes = xl + 1;
	check_doc(&c, &d, "max_bytes = size + 1", &lim);
	lim.max_bytes = 1;
	d = (doc){ "big.xml", big.data, big.len, 0, 0 };
	check_doc(&c, &d, "big, max_bytes = 1", &lim);
	{
		/* the reader's refusal for size, through fhir_reader_to_json */
		diag_list dl = DIAG_LIST_INIT;

		lim.max_bytes = xl - 1;
		prefill(&out);
		assert_int_equal(fhir_reader_to_json(c.kept, &out, xml, xl, SOURCE, &lim, &dl), BB_ETOOBIG);
		assert_string_equal(out.data, PREFILL);
		assert_true(dl.count >= 1);
		diag_free(&dl);
	}
	print_message("  %zu documents at and over the bounds; %zu differences\n", c.checked, c.failures);
	assert_int_equal(c.failures, 0);
	ctx_free(&c);
	strbuf_free(&big);
	strbuf_free(&out);
	free(xml);
	free(xp);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_edge),
		cmocka_unit_test(test_repo_documents),
		cmocka_unit_test(test_shared_documents),
		cmocka_unit_test(test_every_resource_type),
		cmocka_unit_test(test_mutants),
		cmocka_unit_test(test_new_context_forgets_names),
		cmocka_unit_test(test_growing_dictionary),
		cmocka_unit_test(test_depth_limit),
		cmocka_unit_test(test_nested_side_buffers),
		cmocka_unit_test(test_refused_attribute_then_more),
		cmocka_unit_test(test_new_parser_at_the_same_address),
		cmocka_unit_test(test_allocation_failures),
		cmocka_unit_test(test_large_and_limits),
	};
	int rc;

	xmlInitParser();
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	xmlCleanupParser();
	return rc;
}
