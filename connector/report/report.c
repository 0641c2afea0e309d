/* bb_report: collect, count, write (docs/monitoring.md). */
#include "report.h"

#include <string.h>

#include "connector.h"
#include "log.h"

int bb_report(char **out, size_t *out_len, bb_connector *c, const bb_report_options *opts,
	      bb_report_format format)
{
	diag_list d = DIAG_LIST_INIT;
	strbuf buf = STRBUF_INIT;
	rep_figures f;
	rep_data data;
	int rc;

	if (out)
		*out = NULL;
	if (out_len)
		*out_len = 0;
	if (!c)
		return BB_EINVAL;
	if (!out || format < BB_REPORT_CSV || format > BB_REPORT_HTML)
		return connector_error(c, BB_EINVAL, "bb_report: no output, or no such format (%d)", format);
	rc = report_collect(&data, c, &d);
	if (rc == BB_OK) {
		rc = report_figures(&f, &data, opts, &d);
		if (rc == BB_OK) {
			if (data.unreadable)
				log_msg(c, BB_LOG_WARN, "report: %zu of %zu stored messages could not be read "
					"as a referral or feedback; they are not counted", data.unreadable,
					data.messages);
			if (format == BB_REPORT_CSV)
				rc = report_write_csv(&buf, &f);
			else if (format == BB_REPORT_HTML)
				rc = report_write_html(&buf, &f);
			else
				rc = report_write_fhir(&buf, &f, format == BB_REPORT_FHIR_XML, &d);
			report_figures_free(&f);
		}
		report_data_free(&data);
	}
	if (rc == BB_OK && !buf.data && strbuf_puts(&buf, "") != 0)
		rc = BB_ENOMEM;
	if (rc == BB_OK) {
		*out = strbuf_detach(&buf, out_len);
		err_clear(&c->err);
	} else {
		rc = d.count ? err_set_diags(&c->err, &d, rc)
			     : connector_error(c, rc, "the report could not be made");
	}
	strbuf_free(&buf);
	diag_free(&d);
	return rc;
}
