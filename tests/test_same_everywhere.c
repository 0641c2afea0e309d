/*
 * Clinical meaning that is the same everywhere (issue 13):
 *
 * 1. The same measurement sent through his-xml, his-hl7v2 and his-fhir
 *    (as an NHG Tabel 45 number, a LOINC code, or both) becomes the
 *    identical canonical measurement: LOINC code, value, unit and date.
 * 2. One feedback written by the three HIS adapters carries the same
 *    S/O/E/P text in each container (his-xml element, ORU^R01 OBX text,
 *    FHIR Composition section), and that text is the core's bb_soep.
 *
 * Everything goes through the public API and the real plugins, as a HIS
 * would use them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <json-c/json.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "beweegbrug.h"
#include "testutil.h"

static bb_connector *connector;

static int setup(void **state)
{
	bb_options o = BB_OPTIONS_INIT;
	(void)state;

	o.plugin_path = test_env("BEWEEGBRUG_PLUGIN_PATH");
	assert_int_equal(bb_connector_new(&connector, &o), BB_OK);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	bb_connector_free(connector);
	xmlCleanupParser();
	return 0;
}

/* ---- 1. measurements ------------------------------------------------------ */

/* One measurement as a HIS might send it. */
typedef struct sent {
	const char *nhg, *loinc, *value, *unit;
	/* what the core must make of it */
	const char *c_loinc, *c_value, *c_unit;
} sent;

static const sent cases[] = {
	{ "357", NULL, "88.4", "kg", "29463-7", "88.4", "kg" },
	{ "560", NULL, "1.75", "m", "8302-2", "175", "cm" },
	{ "560", "8302-2", "1.75", "m", "8302-2", "175", "cm" },
	{ NULL, "8302-2", "1.75", "m", "8302-2", "175", "cm" },
	{ NULL, "8302-2", "175", "cm", "8302-2", "175", "cm" },
	{ "1272", NULL, "28.9", "kg/m2", "39156-5", "28.9", "kg/m2" },
	{ "1744", NULL, "138", "mm[Hg]", "8480-6", "138", "mm[Hg]" },
	{ "1740", NULL, "86", "mm[Hg]", "8462-4", "86", "mm[Hg]" },
	{ "2816", NULL, "58", "mmol/mol", "59261-8", "58", "mmol/mol" },
	{ "2816", "59261-8", "58", "mmol/mol", "59261-8", "58", "mmol/mol" },
	{ NULL, "8280-0", "104", "cm", "8280-0", "104", "cm" },
};

#define N_CASES (sizeof(cases) / sizeof(cases[0]))

static char *slurp(const char *rel)
{
	char path[1024];
	FILE *f;
	long n;
	char *buf;

	snprintf(path, sizeof(path), "%s/%s", test_env("abs_top_srcdir"), rel);
	f = fopen(path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* `text` with [from, to) replaced by `insert`. */
static char *splice(const char *text, const char *from, const char *to, const char *insert)
{
	size_t a = (size_t)(from - text), ins = strlen(insert), rest = strlen(to);
	char *out = malloc(a + ins + rest + 1);

	assert_non_null(out);
	memcpy(out, text, a);
	memcpy(out + a, insert, ins);
	memcpy(out + a + ins, to, rest + 1);
	return out;
}

/* The sample his-xml record with its <meting> lines replaced by ours. */
static char *as_his_xml(void)
{
	char *base = slurp("schemas/samples/his-xml/gli-obesitas.xml"), *out;
	char lines[4096] = "";
	const char *from = strstr(base, "  <meting"), *to = strstr(base, "  <toestemming");
	size_t i;

	assert_non_null(from);
	assert_non_null(to);
	for (i = 0; i < N_CASES; i++) {
		size_t n = strlen(lines);
		char nhg[32] = "", loinc[32] = "";
		if (cases[i].nhg)
			snprintf(nhg, sizeof(nhg), " nhg=\"%s\"", cases[i].nhg);
		if (cases[i].loinc)
			snprintf(loinc, sizeof(loinc), " loinc=\"%s\"", cases[i].loinc);
		snprintf(lines + n, sizeof(lines) - n, "  <meting%s%s waarde=\"%s\" eenheid=\"%s\" "
			 "datum=\"2026-11-18\"/>\n", nhg, loinc, cases[i].value, cases[i].unit);
	}
	out = splice(base, from, to, lines);
	free(base);
	return out;
}

/* The sample REF^I12 with its OBX segments replaced by ours. */
static char *as_hl7v2(void)
{
	char *base = slurp("schemas/samples/his-hl7v2/gli-obesitas.hl7"), *out;
	char segs[4096] = "";
	const char *from = strstr(base, "OBX|1|"), *to = strstr(base, "NTE|1|");
	size_t i;

	assert_non_null(from);
	assert_non_null(to);
	for (i = 0; i < N_CASES; i++) {
		size_t n = strlen(segs);
		char code[128];
		if (cases[i].loinc && cases[i].nhg)
			snprintf(code, sizeof(code), "%s^^LN^%s^^NHG45", cases[i].loinc, cases[i].nhg);
		else if (cases[i].loinc)
			snprintf(code, sizeof(code), "%s^^LN", cases[i].loinc);
		else
			snprintf(code, sizeof(code), "%s^^NHG45", cases[i].nhg);
		snprintf(segs + n, sizeof(segs) - n, "OBX|%zu|NM|%s||%s|%s^%s^UCUM|||||F|||20261118\r",
			 i + 1, code, cases[i].value, cases[i].unit, cases[i].unit);
	}
	out = splice(base, from, to, segs);
	free(base);
	return out;
}

/* The sample his-fhir Bundle with its Observations replaced by ours. */
static char *as_his_fhir(void)
{
	char *base = slurp("schemas/samples/his-fhir/gli-diabetes.json"), *out;
	json_object *root = json_tokener_parse(base), *entries, *kept, *sr = NULL, *info, *refs;
	size_t i, n;

	assert_non_null(root);
	assert_true(json_object_object_get_ex(root, "entry", &entries));
	kept = json_object_new_array();
	n = json_object_array_length(entries);
	for (i = 0; i < n; i++) {
		json_object *e = json_object_array_get_idx(entries, i), *res, *type;
		json_object_object_get_ex(e, "resource", &res);
		json_object_object_get_ex(res, "resourceType", &type);
		if (strcmp(json_object_get_string(type), "ServiceRequest") == 0)
			sr = res;
		if (strcmp(json_object_get_string(type), "Observation") != 0)
			json_object_array_add(kept, json_object_get(e));
	}
	assert_non_null(sr);
	/* the ServiceRequest's supportingInfo: what is not an Observation, then ours */
	refs = json_object_new_array();
	if (json_object_object_get_ex(sr, "supportingInfo", &info))
		for (i = 0; i < json_object_array_length(info); i++) {
			json_object *ref = json_object_array_get_idx(info, i), *target;
			const char *to;
			size_t k;
			int observation = 0;
			json_object_object_get_ex(ref, "reference", &target);
			to = json_object_get_string(target);
			for (k = 0; k < n; k++) {
				json_object *e = json_object_array_get_idx(entries, k), *url, *res, *type;
				json_object_object_get_ex(e, "fullUrl", &url);
				json_object_object_get_ex(e, "resource", &res);
				json_object_object_get_ex(res, "resourceType", &type);
				if (url && to && strcmp(json_object_get_string(url), to) == 0 &&
				    strcmp(json_object_get_string(type), "Observation") == 0)
					observation = 1;
			}
			if (!observation)
				json_object_array_add(refs, json_object_get(ref));
		}
	for (i = 0; i < N_CASES; i++) {
		char obs[1024], url[64];
		json_object *e, *ref = json_object_new_object();
		snprintf(url, sizeof(url), "urn:uuid:00000000-0000-4000-8000-0000000000%02zu", i);
		json_object_object_add(ref, "reference", json_object_new_string(url));
		json_object_array_add(refs, ref);
		snprintf(obs, sizeof(obs),
			 "{\"fullUrl\": \"%s\","
			 " \"resource\": {\"resourceType\": \"Observation\", \"status\": \"final\","
			 " \"code\": {\"coding\": [%s%s%s%s%s%s%s]},"
			 " \"effectiveDateTime\": \"2026-11-18\","
			 " \"valueQuantity\": {\"value\": %s, \"unit\": \"%s\","
			 " \"system\": \"http://unitsofmeasure.org\", \"code\": \"%s\"}}}",
			 url, cases[i].loinc ? "{\"system\": \"http://loinc.org\", \"code\": \"" : "",
			 cases[i].loinc ? cases[i].loinc : "", cases[i].loinc ? "\"}" : "",
			 cases[i].loinc && cases[i].nhg ? ", " : "",
			 cases[i].nhg ? "{\"system\": \"https://referentiemodel.nhg.org/tabellen/"
					"nhg-tabel-45-diagnostische-bepalingen\", \"code\": \"" : "",
			 cases[i].nhg ? cases[i].nhg : "", cases[i].nhg ? "\"}" : "",
			 cases[i].value, cases[i].unit, cases[i].unit);
		e = json_tokener_parse(obs);
		assert_non_null(e);
		json_object_array_add(kept, e);
	}
	json_object_object_add(sr, "supportingInfo", refs);
	json_object_object_add(root, "entry", kept);
	out = strdup(json_object_to_json_string_ext(root, JSON_C_TO_STRING_PLAIN |
							     JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(root);
	free(base);
	return out;
}

static bb_referral *read_with(const char *adapter, const char *record)
{
	bb_referral *r = NULL;
	int rc = bb_referral_from_his(&r, connector, adapter, adapter, record, strlen(record));

	if (rc != BB_OK)
		fail_msg("%s: %s", adapter, bb_error_last(connector)->message);
	return r;
}

static void same_measurement_everywhere(void **state)
{
	static const char *const adapters[] = { "his-xml", "his-hl7v2", "his-fhir" };
	char *records[3];
	bb_referral *r[3];
	size_t a, i;
	(void)state;

	records[0] = as_his_xml();
	records[1] = as_hl7v2();
	records[2] = as_his_fhir();
	for (a = 0; a < 3; a++) {
		r[a] = read_with(adapters[a], records[a]);
		if (bb_referral_measurement_count(r[a]) != N_CASES)
			fail_msg("%s: %zu measurements", adapters[a], bb_referral_measurement_count(r[a]));
	}
	for (i = 0; i < N_CASES; i++)
		for (a = 0; a < 3; a++) {
			const char *l, *v, *u, *w;
			assert_int_equal(bb_referral_measurement_at(&l, &v, &u, &w, r[a], i), BB_OK);
			if (strcmp(l, cases[i].c_loinc) || strcmp(v, cases[i].c_value) ||
			    strcmp(u, cases[i].c_unit) || !w || strncmp(w, "2026-11-18", 10))
				fail_msg("%s, case %zu (nhg %s, loinc %s, %s %s): LOINC %s %s %s %s",
					 adapters[a], i, cases[i].nhg ? cases[i].nhg : "-",
					 cases[i].loinc ? cases[i].loinc : "-", cases[i].value,
					 cases[i].unit, l, v, u, w ? w : "(no date)");
		}
	for (a = 0; a < 3; a++) {
		bb_referral_free(r[a]);
		free(records[a]);
	}
}

/* An NHG number we cannot vouch for is refused by every adapter, naming it. */
static void unverified_number_refused_everywhere(void **state)
{
	static const char *const adapters[] = { "his-xml", "his-hl7v2", "his-fhir" };
	char *records[3], *bad[3];
	size_t a;
	(void)state;

	records[0] = as_his_xml();
	records[1] = as_hl7v2();
	records[2] = as_his_fhir();
	/* the first case's NHG 357 becomes 240, a number nobody verified */
	for (a = 0; a < 3; a++) {
		static const char *const where[] = { "nhg=\"357\"", "|357^^NHG45", "\"code\":\"357\"" };
		char *p = strstr(records[a], where[a]);
		bb_referral *r = NULL;
		assert_non_null(p);
		p = strstr(p, "357");
		memcpy(p, "240", 3);
		bad[a] = records[a];
		assert_int_equal(bb_referral_from_his(&r, connector, adapters[a], adapters[a], bad[a],
						      strlen(bad[a])), BB_EINPUT);
		assert_null(r);
		if (!strstr(bb_error_last(connector)->message, "bepaling 240 ") ||
		    !strstr(bb_error_last(connector)->message, "send the LOINC code too"))
			fail_msg("%s: %s", adapters[a], bb_error_last(connector)->message);
		free(records[a]);
	}
}

/* ---- 2. one SOEP entry ----------------------------------------------------- */

static bb_feedback *feedback(void)
{
	bb_feedback *fb = NULL;

	assert_int_equal(bb_feedback_new(&fb), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_REFERRAL_ID, "HV-2026-000417"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_PRACTICE_AGB, "01000002"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_RECEIVER_REFERENCE, "GLI-RW-0042"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_STATUS, "in-progress"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_BUSINESS_STATUS, "5.1.4"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_DATE, "2027-05-18T23:45:00Z"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_INTAKE_DATE, "2027-01-08T09:00:00+01:00"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_AUTHOR_NAME, "M. de Vries"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_AUTHOR_ORGANIZATION,
					 "Leefstijlcoaches Rotterdam West (test)"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_REFERRAL_KIND, "gli"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_EPISODE_CODE, "T82"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_EPISODE_TEXT, "Obesitas"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_NARRATIVE,
					 "Mevrouw doet trouw mee & zwemt nu twee keer per week.\n"
					 "Wil <graag> door met | fietsen ^ wandelen."), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_PLAN, "Na 12 weken een tussenmeting."), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_PROPOSAL,
					 "Graag de bloeddrukmedicatie evalueren"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_SESSIONS_ATTENDED, "9"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_SESSIONS_MISSED, "1"), BB_OK);
	/* 23:30 UTC on 18 May: 19 May in Amsterdam */
	assert_int_equal(bb_feedback_add_measurement(fb, "29463-7", "91.5", "kg",
						     "2027-05-18T23:30:00Z"), BB_OK);
	assert_int_equal(bb_feedback_add_measurement(fb, "8302-2", "172", "cm", "2027-05-19"), BB_OK);
	assert_int_equal(bb_feedback_add_measurement(fb, "8480-6", "138", "mm[Hg]", "2027-05-19"),
			 BB_OK);
	assert_int_equal(bb_feedback_add_measurement(fb, "8462-4", "86", "mm[Hg]",
						     "2027-05-19T08:00:00+02:00"), BB_OK);
	return fb;
}

typedef struct soep_texts {
	char *part[4];
} soep_texts;

static void texts_free(soep_texts *t)
{
	int i;

	for (i = 0; i < 4; i++)
		free(t->part[i]);
}

static int part_index(const char *name)
{
	static const char *const names[] = { "S", "O", "E", "P" };
	int i;

	for (i = 0; i < 4; i++)
		if (strcmp(names[i], name) == 0)
			return i;
	return -1;
}

static void from_his_xml(soep_texts *t, const char *doc)
{
	xmlDocPtr x = xmlReadMemory(doc, (int)strlen(doc), "fb.xml", NULL, XML_PARSE_NONET);
	xmlNodePtr n, j = NULL;

	assert_non_null(x);
	for (n = xmlDocGetRootElement(x)->children; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, "journaal") == 0)
			j = n;
	assert_non_null(j);
	for (n = j->children; n; n = n->next) {
		int i;
		if (n->type != XML_ELEMENT_NODE || (i = part_index((const char *)n->name)) < 0)
			continue;
		xmlChar *c = xmlNodeGetContent(n);
		t->part[i] = strdup((const char *)c);
		xmlFree(c);
	}
	xmlFreeDoc(x);
}

/* HL7 v2 text: repetitions are lines, escapes undone. */
static char *unescape_hl7(const char *p, const char *end)
{
	char *out = malloc((size_t)(end - p) + 1);
	size_t o = 0;

	assert_non_null(out);
	while (p < end) {
		if (*p == '~') {
			out[o++] = '\n';
			p++;
		} else if (*p == '\\') {
			const char *close = memchr(p + 1, '\\', (size_t)(end - p - 1));
			assert_non_null(close);
			if (close - p == 2)
				out[o++] = p[1] == 'F' ? '|' : p[1] == 'S' ? '^' : p[1] == 'T' ? '&'
					   : p[1] == 'R' ? '~' : '\\';
			else if (strncmp(p, "\\X0A\\", 5) == 0)
				out[o++] = '\n';
			p = close + 1;
		} else {
			out[o++] = *p++;
		}
	}
	out[o] = '\0';
	return out;
}

static void from_hl7v2(soep_texts *t, const char *msg)
{
	static const char *const codes[] = { "255362007^", "260224007^", "129265001^", "129271007^" };
	const char *seg = msg;

	while (seg && *seg) {
		const char *end = strchr(seg, '\r');
		if (!end)
			end = seg + strlen(seg);
		if (strncmp(seg, "OBX|", 4) == 0) {
			/* OBX|n|TX|code||value|... : field 3 is the code, field 5 the value */
			const char *f = seg;
			int field = 0, i;
			const char *f3 = NULL, *f5 = NULL, *f6 = NULL;
			for (; f < end; f++)
				if (*f == '|') {
					field++;
					if (field == 3)
						f3 = f + 1;
					else if (field == 5)
						f5 = f + 1;
					else if (field == 6)
						f6 = f;
				}
			for (i = 0; f3 && f5 && f6 && i < 4; i++)
				if (strncmp(f3, codes[i], strlen(codes[i])) == 0)
					t->part[i] = unescape_hl7(f5, f6);
		}
		seg = *end ? end + 1 : end;
	}
}

/* XHTML narrative back to text: <br/> is a line, entities undone, the div dropped. */
static char *unescape_div(const char *div)
{
	const char *p = strchr(div, '>') + 1, *end = strrchr(div, '<');
	char *out = malloc(strlen(div) + 1);
	size_t o = 0;

	assert_non_null(out);
	while (p < end) {
		if (strncmp(p, "<br/>", 5) == 0) {
			out[o++] = '\n';
			p += 5;
		} else if (strncmp(p, "&amp;", 5) == 0) {
			out[o++] = '&';
			p += 5;
		} else if (strncmp(p, "&lt;", 4) == 0) {
			out[o++] = '<';
			p += 4;
		} else if (strncmp(p, "&gt;", 4) == 0) {
			out[o++] = '>';
			p += 4;
		} else {
			out[o++] = *p++;
		}
	}
	out[o] = '\0';
	return out;
}

static void from_his_fhir(soep_texts *t, const char *json)
{
	json_object *root = json_tokener_parse(json), *entries, *comp, *sections;
	size_t i;

	assert_non_null(root);
	assert_true(json_object_object_get_ex(root, "entry", &entries));
	json_object_object_get_ex(json_object_array_get_idx(entries, 0), "resource", &comp);
	assert_true(json_object_object_get_ex(comp, "section", &sections));
	for (i = 0; i < json_object_array_length(sections); i++) {
		json_object *s = json_object_array_get_idx(sections, i), *title, *text, *div;
		int k;
		json_object_object_get_ex(s, "title", &title);
		json_object_object_get_ex(s, "text", &text);
		json_object_object_get_ex(text, "div", &div);
		k = part_index(json_object_get_string(title));
		assert_true(k >= 0);
		t->part[k] = unescape_div(json_object_get_string(div));
	}
	json_object_put(root);
}

static void one_soep_entry_everywhere(void **state)
{
	static const char *const adapters[] = { "his-xml", "his-hl7v2", "his-fhir" };
	bb_feedback *fb = feedback();
	bb_soep *soep = NULL;
	soep_texts got[3];
	size_t a;
	int p;
	(void)state;

	memset(got, 0, sizeof(got));
	assert_int_equal(bb_soep_new(&soep, fb), BB_OK);
	for (a = 0; a < 3; a++) {
		char *out = NULL;
		size_t len = 0;
		if (bb_feedback_to_his(&out, &len, connector, adapters[a], fb) != BB_OK)
			fail_msg("%s: %s", adapters[a], bb_error_last(connector)->message);
		if (a == 0)
			from_his_xml(&got[a], out);
		else if (a == 1)
			from_hl7v2(&got[a], out);
		else
			from_his_fhir(&got[a], out);
		bb_free(out);
	}
	for (p = BB_SOEP_S; p <= BB_SOEP_P; p++)
		for (a = 0; a < 3; a++) {
			const char *want = bb_soep_text(soep, p), *have = got[a].part[p - BB_SOEP_S];
			if (!have || strcmp(want, have) != 0)
				fail_msg("%s, part %d:\n  core: %s\n  %s: %s", adapters[a], p, want,
					 adapters[a], have ? have : "(missing)");
		}
	/* and what the text says: attributed, in Dutch, in Amsterdam's days */
	assert_string_equal(bb_soep_text(soep, BB_SOEP_S),
			    "M. de Vries van Leefstijlcoaches Rotterdam West (test) meldt op 19 mei 2027: "
			    "pati\xc3\xabnt is gestart met de GLI (intake 8 januari 2027). Verslag: Mevrouw "
			    "doet trouw mee & zwemt nu twee keer per week.\nWil <graag> door met | "
			    "fietsen ^ wandelen.");
	assert_string_equal(bb_soep_text(soep, BB_SOEP_O),
			    "Gemeten op 19 mei 2027: gewicht 91,5 kg, lengte 172 cm, bloeddruk "
			    "138/86 mmHg. Bijeenkomsten: 9 bijgewoond, 1 gemist.");
	assert_string_equal(bb_soep_text(soep, BB_SOEP_E),
			    "T82 Obesitas \xe2\x80\x94 GLI: loopt (afspraak gehouden).");
	assert_string_equal(bb_soep_text(soep, BB_SOEP_P),
			    "Plan aanbieder: Na 12 weken een tussenmeting. Voorstel aanbieder: Graag de "
			    "bloeddrukmedicatie evalueren.");
	for (a = 0; a < 3; a++)
		texts_free(&got[a]);
	bb_soep_free(soep);
	bb_feedback_free(fb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(same_measurement_everywhere),
		cmocka_unit_test(unverified_number_refused_everywhere),
		cmocka_unit_test(one_soep_entry_everywhere),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
