/*
 * Format-neutral entry points: pick the JSON or XML reader/writer.
 */
#include "fhir_codec.h"

#include "beweegbrug.h"
#include "fhir_reader_priv.h"

fhir_format fhir_detect_format(const char *buf, size_t len)
{
	size_t i = 0;

	if (len >= 3 && (unsigned char)buf[0] == 0xEF && (unsigned char)buf[1] == 0xBB &&
	    (unsigned char)buf[2] == 0xBF)
		i = 3;
	for (; i < len; i++) {
		char c = buf[i];

		if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
			continue;
		if (c == '{')
			return FHIR_FORMAT_JSON;
		if (c == '<')
			return FHIR_FORMAT_XML;
		break;
	}
	return FHIR_FORMAT_UNKNOWN;
}

int fhir_read_ex(fhir_node **out, const char *buf, size_t len, const char *source,
		 const fhir_limits *lim, diag_list *diags)
{
	fhir_reader rd = FHIR_READER_INIT;
	int rc = fhir_reader_read(&rd, out, buf, len, source, lim, diags);

	fhir_reader_release(&rd);
	return rc;
}

int fhir_read(fhir_node **out, const char *buf, size_t len, const char *source,
	      diag_list *diags)
{
	return fhir_read_ex(out, buf, len, source, NULL, diags);
}

int fhir_write(strbuf *out, const fhir_node *res, fhir_format fmt, int pretty)
{
	switch (fmt) {
	case FHIR_FORMAT_JSON:
		return fhir_write_json(out, res, pretty);
	case FHIR_FORMAT_XML:
		return fhir_write_xml(out, res, pretty);
	default:
		return BB_EINVAL;
	}
}
