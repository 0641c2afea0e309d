/* FHIR MeasureReport: slice 3 (stub until then). */
#include "report.h"

int report_write_fhir(strbuf *out, const rep_figures *f, int xml, diag_list *d)
{
	(void)out; (void)f; (void)xml;
	return diag_add(d, BB_EUNSUPPORTED, NULL, 0, "format", "FHIR output is not there yet");
}
