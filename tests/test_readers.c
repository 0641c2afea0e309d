/*
 * The connector's spare FHIR readers (connector/readers.c, issue 20).
 *
 * The library's own paths that read FHIR take a reader the connector
 * keeps, so libxml2's context lives from one document to the next. What
 * they give must not change: many bb_fhir_reformat calls in a row, XML
 * and JSON, good and refused, give exactly what fhir_read and fhir_write
 * give (the repository's documents, hostile ones, and the official R4
 * examples when BB_SHARED_DIR has them); four threads at once on one
 * connector get the same; a reader given back is the one taken next, and
 * each path (reformat, validate, feedback, a plugin's bb_host_fhir_read,
 * the beweegkaart, a report) really leaves a used reader in a slot.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "beweegbrug.h"
#include "connector.h"
#include "fhir/fhir_codec.h"
#include "fhir/fhir_reader_priv.h"
#include "host/host.h"
#include "readers.h"
#include "report/report.h"
#include "util/strutil.h"
#include "testutil.h"

/* ---- documents ------------------------------------------------------------ */

typedef struct doc {
	char *name;
	char *buf;
	size_t len;
} doc;

typedef struct docs {
	doc *d;
	size_t n;
} docs;

static void add_doc(docs *ds, const char *name, const char *buf, size_t len)
{
	doc *d;

	ds->d = realloc(ds->d, (ds->n + 1) * sizeof(*ds->d));
	assert_non_null(ds->d);
	d = &ds->d[ds->n++];
	d->name = strdup(name);
	d->buf = malloc(len + 1);
	assert_non_null(d->name);
	assert_non_null(d->buf);
	memcpy(d->buf, buf, len);
	d->buf[len] = '\0';
	d->len = len;
}

static int read_whole(const char *path, char **buf, size_t *len)
{
	FILE *f = fopen(path, "rb");
	long n;

	if (!f)
		return -1;
	if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
		fclose(f);
		return -1;
	}
	*buf = malloc((size_t)n + 1);
	assert_non_null(*buf);
	if (fread(*buf, 1, (size_t)n, f) != (size_t)n) {
		fclose(f);
		free(*buf);
		return -1;
	}
	fclose(f);
	*len = (size_t)n;
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every .xml and .json in `dir` (sorted), whole and, with `halves`, cut in half. */
static size_t add_dir(docs *ds, const char *dir, int halves)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, i;

	if (!d)
		return 0;
	while ((de = readdir(d))) {
		size_t l = strlen(de->d_name);
		if ((l > 4 && strcmp(de->d_name + l - 4, ".xml") == 0) ||
		    (l > 5 && strcmp(de->d_name + l - 5, ".json") == 0)) {
			names = realloc(names, (n + 1) * sizeof(*names));
			assert_non_null(names);
			names[n++] = str_printf("%s/%s", dir, de->d_name);
		}
	}
	closedir(d);
	qsort(names, n, sizeof(*names), cmp_str);
	for (i = 0; i < n; i++) {
		char *buf;
		size_t len;

		assert_int_equal(read_whole(names[i], &buf, &len), 0);
		add_doc(ds, names[i], buf, len);
		if (halves)
			add_doc(ds, names[i], buf, len / 2);    /* refused, half-way through */
		free(buf);
		free(names[i]);
	}
	free(names);
	return n;
}

/*
 * Refused documents for between the good ones: a document that stops
 * inside an element after declaring a prefix, then one that uses the
 * prefix (a reader that kept the first one's libxml2 context would know
 * it), a DOCTYPE, neither JSON nor XML, empty, a JSON syntax error.
 */
static const char *const hostile[] = {
	"<Patient xmlns=\"http://hl7.org/fhir\" xmlns:h=\"http://www.w3.org/1999/xhtml\">"
	"<text><status value=\"generated\"/><h:div>",
	"<Patient xmlns=\"http://hl7.org/fhir\"><text><status value=\"generated\"/>"
	"<h:div>x</h:div></text></Patient>",
	"<!DOCTYPE Patient [<!ENTITY e \"x\">]><Patient xmlns=\"http://hl7.org/fhir\"/>",
	"hello",
	"",
	"{\"resourceType\":\"Patient\",\"active\":tru}",
	"<Patient xmlns=\"http://hl7.org/fhir\"><active value=\"true\"/></Patient>",
	"{\"resourceType\":\"Patient\",\"active\":true}",
};

#define NHOSTILE (sizeof hostile / sizeof hostile[0])

static void add_hostile(docs *ds)
{
	size_t i;

	for (i = 0; i < NHOSTILE; i++)
		add_doc(ds, "hostile", hostile[i], strlen(hostile[i]));
}

/* The repository's own FHIR documents, good and bad, with hostile ones between. */
static void repo_docs(docs *ds)
{
	const char *top = test_env("abs_top_srcdir");
	char *dir;

	add_hostile(ds);
	dir = str_printf("%s/tests/data/fhir", top);
	assert_true(add_dir(ds, dir, 1) >= 8);
	free(dir);
	add_hostile(ds);
	dir = str_printf("%s/tests/data/messages", top);
	assert_true(add_dir(ds, dir, 1) >= 3);
	free(dir);
	add_hostile(ds);
	dir = str_printf("%s/schemas/samples/his-fhir", top);
	assert_true(add_dir(ds, dir, 0) >= 5);
	free(dir);
	add_hostile(ds);
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

/* ---- what a call gave, as text -------------------------------------------- */

/* fhir_read and fhir_write, as bb_fhir_reformat did before the spare readers. */
static char *expected(const doc *d, bb_format format)
{
	strbuf b = STRBUF_INIT;
	diag_list dl = DIAG_LIST_INIT;
	fhir_node *res = NULL;
	int rc = fhir_read(&res, d->buf, d->len, d->name, &dl);
	size_t i;

	if (rc == BB_OK) {
		strbuf_puts(&b, "ok\n");
		assert_int_equal(fhir_write(&b, res, format == BB_FORMAT_XML ? FHIR_FORMAT_XML
									   : FHIR_FORMAT_JSON, 1), BB_OK);
	} else {
		strbuf_printf(&b, "rc %d\n", rc);
		for (i = 0; i < dl.count; i++) {
			char *s = diag_format(&dl.items[i]);
			strbuf_printf(&b, "%s\n", s);
			free(s);
		}
		if (dl.dropped)
			strbuf_printf(&b, "+%zu\n", dl.dropped);
	}
	fhir_node_free(res);
	diag_free(&dl);
	return strbuf_detach(&b, NULL);
}

/* bb_fhir_reformat on `c`: the output, or the code and every problem. */
static char *actual(bb_connector *c, const doc *d, bb_format format)
{
	strbuf b = STRBUF_INIT;
	char *out = NULL;
	size_t len = 0, i, n;
	int rc = bb_fhir_reformat(&out, &len, c, d->name, d->buf, d->len, format);

	if (rc == BB_OK) {
		strbuf_puts(&b, "ok\n");
		strbuf_add(&b, out, len);
	} else {
		n = bb_error_count(c);
		strbuf_printf(&b, "rc %d\n", rc);
		for (i = 0; i < n; i++) {
			const char *m = bb_error_message_at(c, i);
			if (strstr(m, " more problems not shown"))
				strbuf_printf(&b, "+%lu\n", strtoul(strrchr(m, ':') + 2, NULL, 10));
			else
				strbuf_printf(&b, "%s\n", m);
		}
	}
	bb_free(out);
	return strbuf_detach(&b, NULL);
}

/* ---- many calls in a row ---------------------------------------------------- */

/*
 * Every document, to JSON and to XML, in a row on one connector: each
 * call gives what fhir_read + fhir_write give. The first slot's libxml2
 * context is the same from one good XML document to the next.
 */
static size_t one_connector_for_all(const docs *ds, size_t *good, size_t *kept)
{
	bb_connector *c;
	size_t i, f, differ = 0;

	*good = *kept = 0;
	assert_int_equal(bb_connector_new(&c, NULL), BB_OK);
	for (i = 0; i < ds->n; i++) {
		for (f = 0; f < 2; f++) {
			bb_format format = f ? BB_FORMAT_XML : BB_FORMAT_JSON;
			fhir_reader *before = atomic_load(&c->readers[0]);
			xmlParserCtxtPtr px = before ? before->sax.px : NULL;
			char *want = expected(&ds->d[i], format);
			char *got = actual(c, &ds->d[i], format);
			fhir_reader *after = atomic_load(&c->readers[0]);

			if (strcmp(want, got) != 0) {
				print_message("  %s (%zu bytes): reformat differs from fhir_read:\n%s---\n%s\n",
					      ds->d[i].name, ds->d[i].len, want, got);
				differ++;
			}
			if (strncmp(want, "ok\n", 3) == 0) {
				(*good)++;
				if (px && after == before && after->sax.px == px)
					(*kept)++;
			}
			free(want);
			free(got);
		}
	}
	bb_connector_free(c);
	return differ;
}

static void test_reformat_in_a_row(void **state)
{
	docs ds = { NULL, 0 };
	size_t differ, good, kept;
	(void)state;

	repo_docs(&ds);
	differ = one_connector_for_all(&ds, &good, &kept);
	print_message("  %zu documents x 2 formats: %zu differ, %zu read, libxml2's context kept "
		      "for %zu of them\n", ds.n, differ, good, kept);
	assert_int_equal(differ, 0);
	/* both kinds are there: the test compares refusals too */
	assert_true(good >= 20);
	assert_true(good < 2 * ds.n - 40);
	assert_true(kept >= 6);
	docs_free(&ds);
}

/* The same over the official R4 examples, XML and JSON, each cut in half too. */
static void test_reformat_official_examples(void **state)
{
	const char *shared = getenv("BB_SHARED_DIR");
	docs ds = { NULL, 0 };
	size_t differ, good, kept, n;
	char *dir;
	(void)state;

	if (!shared || !*shared) {
		print_message("SKIP: BB_SHARED_DIR is not set; the official examples cannot be read\n");
		skip();
	}
	dir = str_printf("%s/fhir-r4/examples", shared);
	add_hostile(&ds);
	n = add_dir(&ds, dir, 1);
	add_hostile(&ds);
	free(dir);
	if (n == 0) {
		docs_free(&ds);
		print_message("SKIP: %s/fhir-r4/examples holds no examples\n", shared);
		skip();
	}
	differ = one_connector_for_all(&ds, &good, &kept);
	print_message("  %zu documents x 2 formats: %zu differ, %zu read, libxml2's context kept "
		      "for %zu of them\n", ds.n, differ, good, kept);
	assert_int_equal(differ, 0);
	assert_true(good >= 2 * n - 4);
	assert_true(kept >= n / 2);
	docs_free(&ds);
}

/* ---- several threads on one connector -------------------------------------- */

#define THREADS 4
#define CALLS 500

typedef struct shared_run {
	bb_connector *c;
	const docs *ds;
	char **want[2];         /* per document and format */
	pthread_barrier_t start;        /* all threads begin at once */
} shared_run;

typedef struct worker {
	shared_run *run;
	size_t id, differ, refused;
} worker;

static void *work(void *arg)
{
	worker *w = arg;
	const docs *ds = w->run->ds;
	size_t k;

	pthread_barrier_wait(&w->run->start);
	for (k = 0; k < CALLS; k++) {
		size_t i = (w->id * 7 + k * 5) % ds->n;
		int f = (int)((k + w->id) & 1);
		char *got = actual(w->run->c, &ds->d[i], f ? BB_FORMAT_XML : BB_FORMAT_JSON);

		if (strcmp(got, w->run->want[f][i]) != 0)
			w->differ++;
		if (strncmp(got, "rc ", 3) == 0)
			w->refused++;
		free(got);
	}
	return NULL;
}

static void test_threads_at_once(void **state)
{
	docs ds = { NULL, 0 };
	shared_run run;
	worker w[THREADS];
	pthread_t t[THREADS];
	size_t i, f, differ = 0, refused = 0, spares = 0;
	(void)state;

	repo_docs(&ds);
	run.ds = &ds;
	for (f = 0; f < 2; f++) {
		run.want[f] = calloc(ds.n, sizeof(char *));
		assert_non_null(run.want[f]);
		for (i = 0; i < ds.n; i++)
			run.want[f][i] = expected(&ds.d[i], f ? BB_FORMAT_XML : BB_FORMAT_JSON);
	}
	assert_int_equal(bb_connector_new(&run.c, NULL), BB_OK);
	assert_int_equal(pthread_barrier_init(&run.start, NULL, THREADS), 0);
	for (i = 0; i < THREADS; i++) {
		w[i].run = &run;
		w[i].id = i;
		w[i].differ = w[i].refused = 0;
		assert_int_equal(pthread_create(&t[i], NULL, work, &w[i]), 0);
	}
	for (i = 0; i < THREADS; i++) {
		assert_int_equal(pthread_join(t[i], NULL), 0);
		differ += w[i].differ;
		refused += w[i].refused;
	}
	pthread_barrier_destroy(&run.start);
	for (i = 0; i < CONNECTOR_READERS; i++) {
		fhir_reader *rd = atomic_load(&run.c->readers[i]);
		if (!rd)
			continue;
		spares++;
		/* no reader went to two threads, and so came back twice */
		for (f = 0; f < i; f++)
			assert_ptr_not_equal(atomic_load(&run.c->readers[f]), rd);
	}
	print_message("  %d threads x %d calls: %zu differ, %zu refused; %zu spare readers left\n",
		      THREADS, CALLS, differ, refused, spares);
	assert_int_equal(differ, 0);
	assert_true(refused > 0 && refused < THREADS * CALLS);
	/* one reader per thread at most, all given back */
	assert_true(spares >= 1 && spares <= THREADS);
	bb_connector_free(run.c);
	for (f = 0; f < 2; f++) {
		for (i = 0; i < ds.n; i++)
			free(run.want[f][i]);
		free(run.want[f]);
	}
	docs_free(&ds);
}

/* ---- a reader given back is taken again -------------------------------------- */

static void test_take_and_give(void **state)
{
	fhir_reader *rd[CONNECTOR_READERS + 1], *again;
	bb_connector *c;
	size_t i, j;
	(void)state;

	assert_int_equal(bb_connector_new(&c, NULL), BB_OK);
	rd[0] = connector_take_reader(c);
	assert_non_null(rd[0]);
	connector_give_reader(c, rd[0]);
	assert_ptr_equal(connector_take_reader(c), rd[0]);
	/* all taken at once: each a reader of its own */
	for (i = 1; i <= CONNECTOR_READERS; i++) {
		rd[i] = connector_take_reader(c);
		assert_non_null(rd[i]);
		for (j = 0; j < i; j++)
			assert_ptr_not_equal(rd[i], rd[j]);
	}
	/* given back: the slots keep CONNECTOR_READERS, the last one is freed */
	for (i = 0; i <= CONNECTOR_READERS; i++)
		connector_give_reader(c, rd[i]);
	for (i = 0; i < CONNECTOR_READERS; i++)
		assert_ptr_equal(atomic_load(&c->readers[i]), rd[i]);
	/* taken again: the same readers, slot by slot, and no new one */
	for (i = 0; i < CONNECTOR_READERS; i++)
		assert_ptr_equal(connector_take_reader(c), rd[i]);
	for (i = 0; i < CONNECTOR_READERS; i++)
		connector_give_reader(c, rd[i]);
	again = connector_take_reader(c);
	assert_ptr_equal(again, rd[0]);
	connector_give_reader(c, again);
	connector_give_reader(c, NULL);
	/* without a connector: a reader of its own, freed when given */
	connector_give_reader(NULL, connector_take_reader(NULL));
	bb_connector_free(c);
}

/*
 * Taking and giving alone, as fast as four threads can: a reader is never
 * held by two threads at once. Each reader taken is marked busy in a
 * table by its address; finding it busy already is a reader handed out
 * twice (a take that looked at a slot and emptied it in two steps).
 */
#define TAKES 500000
#define OWNERS 256

static struct {
	_Atomic(fhir_reader *) rd;
	atomic_int busy;
} owners[OWNERS];

static atomic_size_t twice;

static atomic_int *busy_flag(fhir_reader *rd)
{
	size_t i;

	for (i = 0; i < OWNERS; i++) {
		fhir_reader *at = atomic_load(&owners[i].rd);
		if (at == rd)
			return &owners[i].busy;
		if (!at && atomic_compare_exchange_strong(&owners[i].rd, &at, rd))
			return &owners[i].busy;
		if (at == rd)           /* another thread put it there */
			return &owners[i].busy;
	}
	return NULL;                    /* table full: not checked */
}

static void *take_and_give(void *arg)
{
	bb_connector *c = ((shared_run *)arg)->c;
	size_t k;

	pthread_barrier_wait(&((shared_run *)arg)->start);
	for (k = 0; k < TAKES; k++) {
		fhir_reader *rd = connector_take_reader(c);
		atomic_int *busy = rd ? busy_flag(rd) : NULL;

		if (busy && atomic_exchange(busy, 1) != 0)
			atomic_fetch_add(&twice, 1);
		if (busy)
			atomic_store(busy, 0);
		connector_give_reader(c, rd);
	}
	return NULL;
}

static void test_take_and_give_in_threads(void **state)
{
	shared_run run;
	pthread_t t[THREADS];
	size_t i;
	(void)state;

	memset(&run, 0, sizeof(run));
	assert_int_equal(bb_connector_new(&run.c, NULL), BB_OK);
	assert_int_equal(pthread_barrier_init(&run.start, NULL, THREADS), 0);
	for (i = 0; i < THREADS; i++)
		assert_int_equal(pthread_create(&t[i], NULL, take_and_give, &run), 0);
	for (i = 0; i < THREADS; i++)
		assert_int_equal(pthread_join(t[i], NULL), 0);
	pthread_barrier_destroy(&run.start);
	print_message("  %d threads x %d takes: a reader held by two threads %zu times\n", THREADS,
		      TAKES, atomic_load(&twice));
	assert_int_equal(atomic_load(&twice), 0);
	bb_connector_free(run.c);
}

/* ---- each path leaves a used reader ------------------------------------------ */

/* The one spare left after a call on a fresh connector, which the call used. */
static const fhir_reader *one_used_spare(bb_connector *c)
{
	const fhir_reader *rd = atomic_load(&c->readers[0]);
	size_t i;

	for (i = 1; i < CONNECTOR_READERS; i++)
		assert_null(atomic_load(&c->readers[i]));
	assert_non_null(rd);
	/* used: JSON leaves its member stack, XML its context and element stack */
	assert_true(rd->members || rd->sax.px || rd->frames);
	return rd;
}

static char *repo_file(const char *rel, size_t *len)
{
	char *path = str_printf("%s/%s", test_env("abs_top_srcdir"), rel), *buf;

	assert_int_equal(read_whole(path, &buf, len), 0);
	free(path);
	return buf;
}

static const char patient_xml[] =
	"<Patient xmlns=\"http://hl7.org/fhir\"><active value=\"true\"/></Patient>";

static void test_public_paths_use_a_spare(void **state)
{
	bb_connector *c;
	const fhir_reader *rd;
	xmlParserCtxtPtr px;
	char *out = NULL, *fb_json;
	size_t len;
	bb_feedback *fb = NULL;
	bb_message_kind kind;
	(void)state;

	assert_int_equal(bb_connector_new(&c, NULL), BB_OK);
	assert_int_equal(bb_fhir_reformat(&out, NULL, c, "p", patient_xml, strlen(patient_xml),
					  BB_FORMAT_JSON), BB_OK);
	bb_free(out);
	rd = one_used_spare(c);
	assert_non_null(px = rd->sax.px);
	/* the next call takes the same reader and keeps its context */
	assert_int_equal(bb_fhir_reformat(&out, NULL, c, "p", patient_xml, strlen(patient_xml),
					  BB_FORMAT_XML), BB_OK);
	bb_free(out);
	assert_ptr_equal(one_used_spare(c), rd);
	assert_ptr_equal(rd->sax.px, px);
	/* validate and feedback from FHIR read with it too */
	fb_json = repo_file("tests/data/messages/feedback-completed.json", &len);
	assert_int_equal(bb_validate(&kind, c, "fb", fb_json, len), BB_OK);
	assert_ptr_equal(one_used_spare(c), rd);
	assert_non_null(rd->members);
	bb_connector_free(c);

	assert_int_equal(bb_connector_new(&c, NULL), BB_OK);
	assert_int_equal(bb_feedback_from_fhir(&fb, c, "fb", fb_json, len), BB_OK);
	bb_feedback_free(fb);
	one_used_spare(c);
	bb_connector_free(c);

	assert_int_equal(bb_connector_new(&c, NULL), BB_OK);
	assert_int_equal(bb_validate(&kind, c, "fb", fb_json, len), BB_OK);
	one_used_spare(c);
	bb_connector_free(c);
	free(fb_json);
}

/* What a plugin reads through its bb_host, and the beweegkaart. */
static void test_host_and_offers_use_a_spare(void **state)
{
	bb_connector *c;
	bb_host h;
	bb_input in;
	bb_fhir *root = NULL;
	bb_offers *o = NULL;
	diag_list d = DIAG_LIST_INIT;
	char *kaart;
	(void)state;

	assert_int_equal(bb_connector_new(&c, NULL), BB_OK);
	host_init(&h, c, NULL, NULL, "p", &d);
	in.source = "p";
	in.data = (const unsigned char *)patient_xml;
	in.len = strlen(patient_xml);
	assert_int_equal(bb_host_fhir_read(&root, &h, &in), BB_OK);
	assert_non_null(root);
	bb_fhir_free(root);
	assert_non_null(one_used_spare(c)->sax.px);
	bb_connector_free(c);

	/* a host without a connector (a fuzz target's) reads as before */
	host_init(&h, NULL, NULL, NULL, "p", &d);
	assert_int_equal(bb_host_fhir_read(&root, &h, &in), BB_OK);
	bb_fhir_free(root);
	assert_int_equal(d.count, 0);
	diag_free(&d);

	assert_int_equal(bb_connector_new(&c, NULL), BB_OK);
	assert_int_equal(bb_offers_new(&o, c), BB_OK);
	kaart = str_printf("%s/schemas/samples/beweegkaart/rotterdam-maastricht.json",
			   test_env("abs_top_srcdir"));
	assert_int_equal(bb_offers_load(o, kaart), BB_OK);
	assert_non_null(one_used_spare(c)->members);
	bb_offers_free(o);
	free(kaart);
	bb_connector_free(c);
}

/* A report reads every stored message with one reader, given back at the end. */
static void test_report_uses_a_spare(void **state)
{
	char *dir = test_tmpdir(), key[600], conf[600], text[1600], cmd[700], *body;
	bb_connector *c;
	diag_list d = DIAG_LIST_INIT;
	rep_data data;
	size_t len;
	(void)state;

	assert_non_null(dir);
	snprintf(key, sizeof(key), "%s/outbox.key", dir);
	test_write_file(key, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n");
	chmod(key, 0600);
	snprintf(text, sizeof(text), "[connector]\noutbox = %s/outbox.db\noutbox_key = %s\n", dir, key);
	snprintf(conf, sizeof(conf), "%s/b.conf", dir);
	test_write_file(conf, text);
	assert_int_equal(bb_connector_new(&c, NULL), BB_OK);
	assert_int_equal(bb_connector_load_config(c, conf), BB_OK);
	body = repo_file("tests/data/messages/feedback-completed.json", &len);
	assert_int_equal(delivery_enqueue(c, "m1", "gli", "r1", NULL, "application/fhir+json", body,
					   len, NULL, &d), BB_OK);
	assert_int_equal(delivery_enqueue(c, "m2", "gli", "r1", NULL, "application/fhir+json",
					   "{}", 2, NULL, &d), BB_OK);
	assert_int_equal(report_collect(&data, c, &d), BB_OK);
	assert_int_equal(data.messages, 2);
	assert_int_equal(data.unreadable, 1);
	assert_non_null(one_used_spare(c)->members);
	report_data_free(&data);
	diag_free(&d);
	free(body);
	bb_connector_free(c);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_take_and_give),
		cmocka_unit_test(test_take_and_give_in_threads),
		cmocka_unit_test(test_public_paths_use_a_spare),
		cmocka_unit_test(test_host_and_offers_use_a_spare),
		cmocka_unit_test(test_report_uses_a_spare),
		cmocka_unit_test(test_reformat_in_a_row),
		cmocka_unit_test(test_reformat_official_examples),
		cmocka_unit_test(test_threads_at_once),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
