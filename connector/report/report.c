/* bb_report: collect, count, write (docs/monitoring.md). */
#include "report.h"

#include <string.h>

#include "connector.h"
#include "log.h"

/* The figures of `data` counted and written in `format` into buf. */
static int report_bytes(strbuf *buf, bb_connector *c, const rep_data *data,
			const bb_report_options *opts, bb_report_format format, diag_list *d)
{
	rep_figures f;
	int rc;

	if ((rc = report_figures(&f, data, opts, d)) != BB_OK)
		return rc;
	if (data->unreadable)
		log_msg(c, BB_LOG_WARN, "report: %zu of %zu stored messages could not be read "
			"as a referral or feedback; they are not counted", data->unreadable,
			data->messages);
	if (format == BB_REPORT_CSV)
		rc = report_write_csv(buf, &f);
	else if (format == BB_REPORT_HTML)
		rc = report_write_html(buf, &f);
	else
		rc = report_write_fhir(buf, &f, format == BB_REPORT_FHIR_XML, d);
	report_figures_free(&f);
	return rc;
}

int bb_report(char **out, size_t *out_len, bb_connector *c, const bb_report_options *opts,
	      bb_report_format format)
{
	diag_list d = DIAG_LIST_INIT;
	strbuf buf = STRBUF_INIT;
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
	if ((rc = report_collect(&data, c, &d)) != BB_OK)
		goto fail;   /* report_collect freed what it had */
	rc = report_bytes(&buf, c, &data, opts, format, &d);
	report_data_free(&data);
	if (rc != BB_OK)
		goto fail;
	if (!buf.data && strbuf_puts(&buf, "") != 0) {
		rc = BB_ENOMEM;
		goto fail;
	}
	*out = strbuf_detach(&buf, out_len);
	err_clear(&c->err);
	goto done;
fail:
	rc = d.count ? err_set_diags(&c->err, &d, rc)
		     : connector_error(c, rc, "the report could not be made");
done:
	strbuf_free(&buf);
	diag_free(&d);
	return rc;
}
