/* HTML: slice 4 (stub until then). */
#include "report.h"

int report_write_html(strbuf *out, const rep_figures *f)
{
	(void)out; (void)f;
	return BB_EUNSUPPORTED;
}
