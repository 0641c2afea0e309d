/*
 * A reader kept between documents, see fhir_codec.h.
 */
#include "fhir_reader_priv.h"

#include <stdlib.h>

#include "beweegbrug.h"

/*
 * Buffers worth keeping for the next document: the narrative buffer of
 * up to 64 KiB (the size fhir_xml_read.c grows it to at once) and room
 * for 4,096 members of open JSON objects (64 bytes each). The XML
 * reader's element stack is kept whole: libxml2 stops at 256 levels, so
 * it never grows past 512 frames. libxml2's context has its own bound
 * (fhir_xmlsafe.c).
 */
#define KEEP_DIV_BYTES  65536
#define KEEP_MEMBERS    4096

fhir_reader *fhir_reader_new(void)
{
	fhir_reader *rd = malloc(sizeof(*rd));

	if (rd)
		*rd = (fhir_reader)FHIR_READER_INIT;
	return rd;
}

void fhir_reader_trim(fhir_reader *rd)
{
	if (rd->div.alloc > KEEP_DIV_BYTES)
		strbuf_free(&rd->div);
	if (rd->amembers > KEEP_MEMBERS) {
		free(rd->members);
		rd->members = NULL;
		rd->amembers = 0;
	}
}

void fhir_reader_release(fhir_reader *rd)
{
	fhir_xml_sax_free(&rd->sax);
	free(rd->frames);
	strbuf_free(&rd->div);
	free(rd->members);
	*rd = (fhir_reader)FHIR_READER_INIT;
}

void fhir_reader_free(fhir_reader *rd)
{
	if (!rd)
		return;
	fhir_reader_release(rd);
	free(rd);
}

int fhir_reader_read(fhir_reader *rd, fhir_node **out, const char *buf, size_t len,
		     const char *source, const fhir_limits *lim, diag_list *diags)
{
	*out = NULL;
	if (!rd || !buf)
		return BB_EINVAL;
	switch (fhir_detect_format(buf, len)) {
	case FHIR_FORMAT_JSON:
		return fhir_read_json_with(rd, out, buf, len, source, lim, diags);
	case FHIR_FORMAT_XML:
		return fhir_read_xml_with(rd, out, buf, len, source, lim, diags);
	default:
		return diag_add(diags, BB_EINPUT, source, 1, NULL,
				"neither FHIR JSON ('{') nor FHIR XML ('<')");
	}
}
