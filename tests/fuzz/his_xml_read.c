/*
 * libFuzzer target: the his-xml reader, the whole way a HIS record goes
 * (safe parse, root and size checks, his-referral.xsd, mapping into the
 * canonical referral). Every problem must come back as a diagnostic with
 * a message; a crash, a sanitizer report, a hang, output from libxml2 on
 * stderr or an accepted record that cannot be described is a finding.
 *
 * The schema is compiled once here, not per input as the plugin does, so
 * the fuzzer spends its time on the input.
 */
#include <libxml/parser.h>
#include <stdint.h>
#include <stdlib.h>

#include "beweegbrug.h"
#include "host/host.h"
#include "hx.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A plugin never prints: libxml2 printing on its behalf is a finding too. */
static void printed(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
	abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static xmlSchemaPtr schema;
	diag_list d = DIAG_LIST_INIT;
	bb_referral *r = NULL;
	bb_input in = { "fuzz", data, size };
	bb_host h;
	char *text = NULL;
	int rc;
	size_t i;

	if (!schema) {
		xmlInitParser();
		xmlSetGenericErrorFunc(NULL, printed);
		host_init(&h, NULL, NULL, NULL, "schema", &d);
		schema = hx_schema_new(&h);
		if (!schema)
			abort();
		diag_free(&d);
	}
	host_init(&h, NULL, NULL, NULL, "fuzz", &d);
	if (bb_referral_new(&r) != BB_OK)
		abort();
	rc = hx_read(&h, schema, &in, r);
	if (rc != BB_OK && d.count == 0)
		abort();  /* a failure without a word for the user */
	for (i = 0; i < d.count; i++)
		if (!d.items[i].message || !d.items[i].message[0])
			abort();
	if (rc == BB_OK && bb_referral_problem_count(r) == 0) {
		if (bb_referral_describe(&text, r) != BB_OK)
			abort();
		bb_free(text);
	}
	bb_referral_free(r);
	diag_free(&d);
	return 0;
}
