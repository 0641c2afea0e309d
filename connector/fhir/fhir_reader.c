/*
 * A reader kept between documents, see fhir_codec.h.
 */
#include "fhir_reader_priv.h"

#include <stdlib.h>

#include "beweegbrug.h"
#include "fhir_x2j.h"

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
	fhir_x2j_free(rd->x2j);
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

int fhir_reader_to_json(fhir_reader *rd, strbuf *out, const char *buf, size_t len,
			const char *source, const fhir_limits *lim, diag_list *diags)
{
	size_t max = lim && lim->max_bytes ? lim->max_bytes : BB_MAX_INPUT;
	fhir_node *res = NULL;
	size_t start;
	int rc, was_failed;

	if (!rd || !out || !buf)
		return BB_EINVAL;
	/*
	 * The converter for XML it may take; when it refuses, or cannot make
	 * itself, the reader reads the document again and says why.
	 */
	if (len <= max && len <= FHIR_X2J_MAX_BYTES &&
	    fhir_detect_format(buf, len) == FHIR_FORMAT_XML &&
	    (rd->x2j || (rd->x2j = fhir_x2j_new())) &&
	    fhir_x2j_convert(rd->x2j, &rd->sax, out, buf, len, NULL) == 0)
		return BB_OK;
	if ((rc = fhir_reader_read(rd, &res, buf, len, source, lim, diags)) != BB_OK)
		return rc;
	start = out->len;
	was_failed = out->failed;
	if ((rc = fhir_write_json(out, res, 1)) != BB_OK) {
		out->len = start;
		out->failed = was_failed;
		if (out->data)
			out->data[start] = '\0';
	}
	fhir_node_free(res);
	return rc;
}
