/*
 * The figures as one self-contained HTML page for a municipality's policy
 * officer or a GLI provider: no script, no font, no image or style from
 * elsewhere, so it opens offline and prints. Charts are inline SVG drawn
 * here: the funnel from referral to doorstroom, the retention curve
 * (behoud at each follow-up moment), the stop reasons, and the outcome
 * changes as median with quartiles. Every number in a table cell carries
 * data-group / data-measure / data-detail, the CSV's keys, so a reader
 * (and tests/report-html.test) can check the page against the CSV.
 */
#include "report.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "mapping/mapping.h"

static void esc(strbuf *b, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': strbuf_puts(b, "&amp;"); break;
		case '<': strbuf_puts(b, "&lt;"); break;
		case '>': strbuf_puts(b, "&gt;"); break;
		case '"': strbuf_puts(b, "&quot;"); break;
		default: strbuf_putc(b, *s);
		}
	}
}

static const rep_row *get(const rep_group *g, const char *measure, const char *detail)
{
	size_t i;

	for (i = 0; i < g->nrows; i++)
		if (strcmp(g->rows[i].measure, measure) == 0 &&
		    strcmp(g->rows[i].detail, detail ? detail : "") == 0)
			return &g->rows[i];
	return NULL;
}

/* A count as shown: "<5" when hidden. */
static void count_text(char *out, size_t size, const rep_figures *f, long v)
{
	if (report_hidden(f, v))
		snprintf(out, size, "&lt;%u", f->min_cell);
	else
		snprintf(out, size, "%ld", v);
}

/* 12,5 %: Dutch decimals in the page */
static void dutch(char *s)
{
	for (; *s; s++)
		if (*s == '.')
			*s = ',';
}

/* One table cell with its keys; the number, "<5", or "–" when there is none. */
static void cell(strbuf *b, const rep_figures *f, const rep_group *g, const char *measure,
		 const char *detail, int what /* 0 value, 1 percent, 2 median */)
{
	const rep_row *r = get(g, measure, detail);
	char text[40] = "\xe2\x80\x93";
	double pct;

	strbuf_printf(b, "<td data-group=\"");
	esc(b, g->key);
	strbuf_printf(b, "\" data-measure=\"%s\" data-detail=\"%s\" data-kind=\"%s\">", measure,
		      detail ? detail : "", what == 0 ? "value" : what == 1 ? "percent" : "median");
	if (r && what == 0)
		count_text(text, sizeof(text), f, r->value);
	else if (r && what == 1 && report_percent(f, r, &pct))
		snprintf(text, sizeof(text), "%.1f", pct);
	else if (r && what == 2 && r->value > 0 && !report_hidden(f, r->value))
		snprintf(text, sizeof(text), "%.2f", r->median);
	strbuf_puts(b, text);
	strbuf_puts(b, "</td>");
}

/* ---- charts -------------------------------------------------------------------- */

static void bar(strbuf *b, int y, const char *label, long v, long max, const rep_figures *f,
		const char *color)
{
	double w = max > 0 && !report_hidden(f, v) ? 420.0 * (double)v / (double)max : 0;
	char text[24];

	count_text(text, sizeof(text), f, v);
	if (report_hidden(f, v)) {
		/* some, but too few to show: a short grey stub, the same for every small count */
		w = 8;
		color = "#bbb";
	}
	strbuf_printf(b, "<text x=\"0\" y=\"%d\" class=\"l\">", y + 15);
	esc(b, label);
	strbuf_printf(b, "</text><rect x=\"190\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"%s\"/>"
		      "<text x=\"%.1f\" y=\"%d\" class=\"v\">%s</text>\n",
		      y, w, color, 196 + w, y + 15, text);
}

static void funnel(strbuf *b, const rep_figures *f, const rep_group *t)
{
	static const char *const steps[][2] = {
		{ "referred", "Verwezen" }, { "accepted", "Geaccepteerd" }, { "started", "Gestart" },
		{ "completed", "Afgerond" }, { "doorstroom", "Doorstroom" },
	};
	long max = get(t, "referred", NULL) ? get(t, "referred", NULL)->value : 0;
	size_t i;

	strbuf_printf(b, "<svg id=\"chart-funnel\" role=\"img\" aria-label=\"Trechter van verwijzing tot doorstroom\" "
		      "viewBox=\"0 0 680 %d\" width=\"680\" height=\"%d\">\n", 30 * 5 + 10, 30 * 5 + 10);
	for (i = 0; i < 5; i++) {
		const rep_row *r = get(t, steps[i][0], NULL);
		bar(b, 5 + 30 * (int)i, steps[i][1], r ? r->value : 0, max, f, "#2a6f97");
	}
	strbuf_puts(b, "</svg>\n");
}

static void retention(strbuf *b, const rep_figures *f, const rep_group *t)
{
	int maxm = f->nmonths ? f->months[f->nmonths - 1] : 12, havepoint = 0;
	double px = 0, py = 0;
	size_t i;

	strbuf_puts(b, "<svg id=\"chart-retention\" role=\"img\" aria-label=\"Behoud na de start\" "
		       "viewBox=\"0 0 680 260\" width=\"680\" height=\"260\">\n"
		       "<line x1=\"60\" y1=\"220\" x2=\"660\" y2=\"220\" class=\"ax\"/>"
		       "<line x1=\"60\" y1=\"20\" x2=\"60\" y2=\"220\" class=\"ax\"/>\n");
	for (i = 0; i <= 4; i++)
		strbuf_printf(b, "<text x=\"52\" y=\"%d\" class=\"r\">%zu%%</text>"
			      "<line x1=\"60\" y1=\"%d\" x2=\"660\" y2=\"%d\" class=\"grid\"/>\n",
			      224 - (int)(50 * i), 25 * i, 220 - (int)(50 * i), 220 - (int)(50 * i));
	/* at the start everyone who started is active: the curve begins at 100% */
	strbuf_puts(b, "<text x=\"60\" y=\"245\" class=\"m\">start</text>"
		       "<circle cx=\"60\" cy=\"20\" r=\"4\" fill=\"#2a6f97\"/>");
	px = 60;
	py = 20;
	havepoint = 1;
	for (i = 0; i < f->nmonths; i++) {
		const rep_row *r;
		char detail[8];
		double pct, x = 60 + 560.0 * f->months[i] / maxm, y;
		snprintf(detail, sizeof(detail), "%d", f->months[i]);
		strbuf_printf(b, "<text x=\"%.1f\" y=\"245\" class=\"m\">%d mnd</text>", x, f->months[i]);
		r = get(t, "behoud", detail);
		if (!r || !report_percent(f, r, &pct)) {
			strbuf_printf(b, "<text x=\"%.1f\" y=\"210\" class=\"m\">&lt;%u</text>\n", x, f->min_cell);
			continue;
		}
		y = 220 - 2 * pct;
		if (havepoint)
			strbuf_printf(b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"curve\"/>",
				      px, py, x, y);
		strbuf_printf(b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#2a6f97\"/>"
			      "<text x=\"%.1f\" y=\"%.1f\" class=\"m\">%.1f%%</text>\n", x, y, x, y - 10, pct);
		px = x;
		py = y;
		havepoint = 1;
	}
	strbuf_puts(b, "</svg>\n");
}

static void reasons(strbuf *b, const rep_figures *f, const rep_group *t)
{
	size_t i, n = 0;
	long max = 0;
	int y = 5;

	for (i = 0; i < t->nrows; i++)
		if (strcmp(t->rows[i].measure, "stop_reason") == 0) {
			n++;
			if (t->rows[i].value > max)
				max = t->rows[i].value;
		}
	strbuf_printf(b, "<svg id=\"chart-reasons\" role=\"img\" aria-label=\"Redenen van stoppen\" "
		      "viewBox=\"0 0 680 %zu\" width=\"680\" height=\"%zu\">\n", 30 * n + 30, 30 * n + 30);
	if (!n)
		strbuf_puts(b, "<text x=\"0\" y=\"20\" class=\"l\">Niemand gestopt in deze periode.</text>\n");
	for (i = 0; i < t->nrows; i++) {
		const rep_row *r = &t->rows[i];
		const char *words;
		if (strcmp(r->measure, "stop_reason") != 0)
			continue;
		words = mapping_stop_reason_display(r->detail) ? mapping_stop_reason_display(r->detail) : r->detail;
		bar(b, y, words, r->value, max, f, "#c8553d");
		y += 30;
	}
	strbuf_puts(b, "</svg>\n");
}

static void outcomes(strbuf *b, const rep_figures *f, const rep_group *t)
{
	int o, y = 10;

	strbuf_printf(b, "<svg id=\"chart-outcomes\" role=\"img\" aria-label=\"Verandering in uitkomsten\" "
		      "viewBox=\"0 0 680 %d\" width=\"680\" height=\"%d\">\n", 40 * OUT_COUNT + 10,
		      40 * OUT_COUNT + 10);
	for (o = 0; o < OUT_COUNT; o++, y += 40) {
		const rep_row *r = get(t, "change", report_outcome_loinc(o) ? report_outcome_loinc(o) : "welbevinden");
		double lo, hi, span, x0 = 380;
		char text[120];

		strbuf_printf(b, "<text x=\"0\" y=\"%d\" class=\"l\">%s (%s)</text>", y + 15,
			      report_outcome_name(o), report_outcome_unit(o));
		if (!r || r->value == 0 || report_hidden(f, r->value)) {
			count_text(text, sizeof(text), f, r ? r->value : 0);
			strbuf_printf(b, "<text x=\"230\" y=\"%d\" class=\"l\">n = %s</text>\n", y + 15, text);
			continue;
		}
		/* each outcome on its own scale: zero in the middle, the widest quartile at the edge */
		lo = r->q1 < 0 ? -r->q1 : r->q1;
		hi = r->q3 < 0 ? -r->q3 : r->q3;
		span = (lo > hi ? lo : hi) * 1.1;
		if (span <= 0)
			span = 1;
		strbuf_printf(b, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"ax\"/>", x0, y, x0, y + 24);
		strbuf_printf(b, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"#9cc5a1\"/>",
			      x0 + 150 * r->q1 / span, y + 2, 150 * (r->q3 - r->q1) / span + 1);
		strbuf_printf(b, "<rect x=\"%.1f\" y=\"%d\" width=\"3\" height=\"24\" fill=\"#1b4332\"/>",
			      x0 + 150 * r->median / span - 1.5, y);
		snprintf(text, sizeof(text), "n = %ld, mediaan %.2f [%.2f; %.2f]", r->value, r->median, r->q1, r->q3);
		dutch(text);
		strbuf_printf(b, "<text x=\"230\" y=\"%d\" class=\"s\">%s</text>\n", y + 38, text);
	}
	strbuf_puts(b, "</svg>\n");
}

/* ---- the page ------------------------------------------------------------------ */

static const char *grouping_words(const char *by)
{
	if (strcmp(by, "practice") == 0) return "huisartspraktijk (AGB)";
	if (strcmp(by, "offer") == 0) return "aanbod (beweegkaart)";
	if (strcmp(by, "receiver") == 0) return "ontvanger";
	if (strcmp(by, "wijk") == 0) return "wijk (postcode, 4 cijfers)";
	return "maand van verwijzen";
}

static void table(strbuf *b, const rep_figures *f)
{
	size_t i, m;
	int o;

	strbuf_puts(b, "<table id=\"figures\"><thead><tr><th>");
	strbuf_puts(b, grouping_words(f->group_by));
	strbuf_puts(b, "</th><th>Verwezen</th><th>Geaccep&shy;teerd</th><th>Gestart</th><th>Start %</th>"
		       "<th>Afgerond</th><th>Gestopt</th><th>Door&shy;stroom</th><th>Door&shy;stroom %</th>");
	for (m = 0; m < f->nmonths; m++)
		strbuf_printf(b, "<th>Behoud<br>%d mnd %%</th>", f->months[m]);
	/* short heads, so the table fits a printed page; the chart above names them in full */
	static const char *const short_name[OUT_COUNT] = { "BMI", "gewicht", "buik", "6MWT", "welbev." };
	for (o = 0; o < OUT_COUNT; o++)
		strbuf_printf(b, "<th>&Delta; %s<br>mediaan</th>", short_name[o]);
	strbuf_puts(b, "</tr></thead><tbody>\n");
	for (i = 0; i < f->ngroups; i++) {
		const rep_group *g = &f->groups[i];
		strbuf_puts(b, i + 1 == f->ngroups ? "<tr class=\"total\"><th>" : "<tr><th>");
		esc(b, i + 1 == f->ngroups ? "Totaal" : g->key);
		if (g->label) {
			strbuf_puts(b, "<br><small>");
			esc(b, g->label);
			strbuf_puts(b, "</small>");
		}
		strbuf_puts(b, "</th>");
		cell(b, f, g, "referred", NULL, 0);
		cell(b, f, g, "accepted", NULL, 0);
		cell(b, f, g, "started", NULL, 0);
		cell(b, f, g, "started", NULL, 1);
		cell(b, f, g, "completed", NULL, 0);
		cell(b, f, g, "stopped", NULL, 0);
		cell(b, f, g, "doorstroom", NULL, 0);
		cell(b, f, g, "doorstroom", NULL, 1);
		for (m = 0; m < f->nmonths; m++) {
			char d[8];
			snprintf(d, sizeof(d), "%d", f->months[m]);
			cell(b, f, g, "behoud", d, 1);
		}
		for (o = 0; o < OUT_COUNT; o++)
			cell(b, f, g, "change", report_outcome_loinc(o) ? report_outcome_loinc(o) : "welbevinden", 2);
		strbuf_puts(b, "</tr>\n");
	}
	strbuf_puts(b, "</tbody></table>\n");
}

static const char style[] =
	"body{font-family:sans-serif;margin:2em;color:#222;max-width:1100px}"
	"h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccc}"
	"svg{display:block;margin:.5em 0;max-width:100%;height:auto}"
	"svg text{font-size:13px;font-family:sans-serif}svg .v{fill:#222}svg .r{text-anchor:end;fill:#555}"
	"svg .m{text-anchor:middle;fill:#333}svg .s{fill:#333;font-size:12px}"
	"svg .ax{stroke:#555;stroke-width:1}svg .grid{stroke:#ddd;stroke-width:1}"
	"svg .curve{stroke:#2a6f97;stroke-width:2}"
	"table{border-collapse:collapse;font-size:.72em;margin-top:.5em}"
	"th,td{border:1px solid #bbb;padding:.2em .35em;text-align:right}thead th{background:#eef}"
	"tbody th{text-align:left;font-weight:normal}tr.total{font-weight:bold;background:#f4f4f4}"
	".cards{display:flex;gap:1em;flex-wrap:wrap}.card{border:1px solid #ccc;padding:.6em 1em;min-width:9em}"
	".card b{display:block;font-size:1.6em}.note{color:#555;font-size:.85em}"
	"@media print{body{margin:0}h2{page-break-after:avoid}svg,table{page-break-inside:avoid}}";

static void card(strbuf *b, const rep_figures *f, const rep_group *t, const char *title,
		 const char *measure, const char *detail, int percent)
{
	const rep_row *r = get(t, measure, detail);
	char text[40] = "\xe2\x80\x93";
	double pct;

	if (r && !percent)
		count_text(text, sizeof(text), f, r->value);
	else if (r && report_percent(f, r, &pct)) {
		snprintf(text, sizeof(text), "%.1f%%", pct);
		dutch(text);
	}
	strbuf_printf(b, "<div class=\"card\"><b>%s</b>%s</div>", text, title);
}

int report_write_html(strbuf *b, const rep_figures *f)
{
	const rep_group *t = &f->groups[f->ngroups - 1];
	char made[32], moment[16];
	time_t now = time(NULL);
	struct tm tm;
	size_t m;

	if (!gmtime_r(&now, &tm) || !strftime(made, sizeof(made), "%Y-%m-%d %H:%M UTC", &tm))
		strcpy(made, "-");
	strbuf_puts(b, "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">"
		       "<title>Beweegbrug: instroom, doorstroom en behoud</title><style>");
	strbuf_puts(b, style);
	strbuf_puts(b, "</style></head><body>\n<h1>Instroom, doorstroom en behoud</h1>\n<p>");
	strbuf_printf(b, "Verwijzingen gemaakt van <b>%s</b> tot en met <b>%s</b> (dag van verwijzen in "
		      "Nederlandse tijd), per %s. Gemaakt %s door beweegbrug %s.</p>\n",
		      f->from[0] ? f->from : f->first_day[0] ? f->first_day : "begin",
		      f->to[0] ? f->to : f->last_day[0] ? f->last_day : "nu", grouping_words(f->group_by),
		      made, BB_VERSION);
	strbuf_printf(b, "<p class=\"note\">Alleen aantallen, geen personen. Aantallen onder de %u "
		      "worden getoond als &lt;%u; percentages en medianen die ze zouden verraden "
		      "ontbreken (&ndash;). Bron: de berichten die deze installatie verstuurde en "
		      "ontving.</p>\n", f->min_cell, f->min_cell);
	strbuf_puts(b, "<div class=\"cards\">");
	card(b, f, t, "verwezen", "referred", NULL, 0);
	card(b, f, t, "gestart van verwezen", "started", NULL, 1);
	card(b, f, t, "afgerond van gestart", "completed", NULL, 1);
	card(b, f, t, "gestopt van gestart", "stopped", NULL, 1);
	card(b, f, t, "doorstroom van afgerond", "doorstroom", NULL, 1);
	for (m = 0; m < f->nmonths; m++) {
		char title[40];
		snprintf(moment, sizeof(moment), "%d", f->months[m]);
		snprintf(title, sizeof(title), "nog actief na %d maanden", f->months[m]);
		card(b, f, t, title, "behoud", moment, 1);
	}
	strbuf_puts(b, "</div>\n<h2>Van verwijzing tot doorstroom</h2>\n");
	funnel(b, f, t);
	strbuf_puts(b, "<h2>Behoud: nog actief na de start</h2>\n<p class=\"note\">Van wie een "
		       "follow-up kreeg op dat moment; het begin is de start.</p>\n");
	retention(b, f, t);
	strbuf_puts(b, "<h2>Redenen van stoppen</h2>\n");
	reasons(b, f, t);
	strbuf_puts(b, "<h2>Verandering in uitkomsten</h2>\n<p class=\"note\">Per persoon de laatste "
		       "min de eerste meting (de eerste is die van de huisarts in de verwijzing, of de "
		       "eerste van de aanbieder); het vlak loopt van het eerste tot het derde kwartiel, "
		       "de streep is de mediaan.</p>\n");
	outcomes(b, f, t);
	strbuf_puts(b, "<h2>Per groep</h2>\n");
	table(b, f);
	strbuf_puts(b, "<p class=\"note\">Verwezen: verwijzingen in de periode. Gestart: intake, "
		       "voortgang of afgerond. Afgerond en gestopt: van de gestarten. Doorstroom: na "
		       "afronding verder bij regulier sport- of beweegaanbod. Behoud: nog actief bij de "
		       "follow-up, van wie er een kreeg. Zie docs/monitoring.md.</p>\n</body></html>\n");
	return b->failed ? BB_ENOMEM : BB_OK;
}
