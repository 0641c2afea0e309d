/*
 * libFuzzer target: the FHIR reader (JSON and XML). Whatever it accepts
 * must write back out in both formats and read back again: a crash, a
 * sanitizer report, or an output we cannot read is a finding.
 */
#include <libxml/parser.h>
#include <stdint.h>
#include <stdlib.h>

#include "beweegbrug.h"
#include "fhir/fhir_codec.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int initialised;
	diag_list d = DIAG_LIST_INIT;
	fhir_node *res = NULL, *again = NULL;
	strbuf out = STRBUF_INIT;
	int fmt;

	if (!initialised) {
		xmlInitParser();
		initialised = 1;
	}
	if (fhir_read(&res, (const char *)data, size, "fuzz", &d) == BB_OK) {
		for (fmt = FHIR_FORMAT_JSON; fmt <= FHIR_FORMAT_XML; fmt++) {
			strbuf_reset(&out);
			if (fhir_write(&out, res, (fhir_format)fmt, 0) != BB_OK)
				abort();
			diag_clear(&d);
			if (fhir_read(&again, out.data, out.len, "fuzz-out", &d) != BB_OK)
				abort();
			fhir_node_free(again);
			again = NULL;
		}
	}
	fhir_node_free(res);
	strbuf_free(&out);
	diag_free(&d);
	return 0;
}
