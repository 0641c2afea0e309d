/*
 * libFuzzer target: the streaming FHIR XML -> JSON converter
 * (connector/fhir/fhir_x2j.c) against the tree way it stands in for.
 *
 * For each input: a converter kept for the whole run (with its own
 * libxml2 context, kept and dropped by fhir_xml_sax_parse's rules, as in
 * a server's worker) and a new tree read (fhir_read_ex, then
 * fhir_write_json pretty). A finding (abort) is the converter accepting
 * what the reader refuses, writing other bytes than fhir_write_json, or
 * touching `out` when it refuses; and fhir_reader_to_json on a kept
 * reader giving another rc, other problems or other bytes than the tree
 * way. tests/test_fhir_x2j.c holds the same promise on fixed documents
 * and their mutants; a disagreement found here goes there as a case.
 */
#include <libxml/parser.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "beweegbrug.h"
#include "fhir/fhir_codec.h"
#include "fhir/fhir_x2j.h"
#include "fhir/fhir_xmlsafe.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define PREFILL "[prefilled]"

static void finding(const char *what)
{
	fprintf(stderr, "fhir_x2j: %s\n", what);
	abort();
}

static void format_diags(strbuf *b, const diag_list *d)
{
	size_t i;

	strbuf_printf(b, "%zu/%zu\n", d->count, d->dropped);
	for (i = 0; i < d->count; i++) {
		char *s = diag_format(&d->items[i]);

		if (!s)
			finding("diag_format: out of memory");
		strbuf_puts(b, s);
		strbuf_putc(b, '\n');
		free(s);
	}
}

static int same(const strbuf *a, const strbuf *b)
{
	return a->len == b->len && !a->failed && !b->failed &&
	       (a->len == 0 || memcmp(a->data, b->data, a->len) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static fhir_x2j *x;
	static fhir_xml_sax sax = FHIR_XML_SAX_INIT;
	static fhir_reader *kept;
	const char *buf = (const char *)data;
	diag_list d = DIAG_LIST_INIT, d2 = DIAG_LIST_INIT;
	strbuf want = STRBUF_INIT, got = STRBUF_INIT, wd = STRBUF_INIT, gd = STRBUF_INIT;
	fhir_node *res = NULL;
	const char *why = NULL;
	int rc, crc;

	if (!x) {
		xmlInitParser();
		if (!(x = fhir_x2j_new()) || !(kept = fhir_reader_new()))
			finding("out of memory at start");
	}
	/* the tree way, new each time */
	strbuf_puts(&want, PREFILL);
	rc = fhir_read_ex(&res, buf, size, "fuzz", NULL, &d);
	if (rc == BB_OK && fhir_write_json(&want, res, 1) != BB_OK)
		finding("fhir_write_json failed");
	format_diags(&wd, &d);

	/* the converter alone */
	strbuf_puts(&got, PREFILL);
	crc = fhir_x2j_convert(x, &sax, &got, buf, size, &why);
	if (crc == 0) {
		if (rc != BB_OK)
			finding("the converter accepts what the reader refuses");
		if (!same(&got, &want))
			finding("the converter's bytes differ from fhir_write_json's");
	} else if (crc != -1 || !why) {
		finding("the converter refuses without -1 and a reason");
	} else if (got.len != strlen(PREFILL) || got.failed || memcmp(got.data, PREFILL, got.len) != 0) {
		finding("the converter's refusal changed `out`");
	}

	/* fhir_reader_to_json on a kept reader */
	strbuf_reset(&got);
	strbuf_puts(&got, PREFILL);
	if (fhir_reader_to_json(kept, &got, buf, size, "fuzz", NULL, &d2) != rc)
		finding("fhir_reader_to_json's rc differs from the tree way's");
	if (!same(&got, &want))     /* on a refusal both are PREFILL alone */
		finding("fhir_reader_to_json's bytes differ from the tree way's");
	format_diags(&gd, &d2);
	if (!same(&gd, &wd))
		finding("fhir_reader_to_json's problems differ from the tree way's");

	fhir_node_free(res);
	diag_free(&d);
	diag_free(&d2);
	strbuf_free(&want);
	strbuf_free(&got);
	strbuf_free(&wd);
	strbuf_free(&gd);
	return 0;
}
