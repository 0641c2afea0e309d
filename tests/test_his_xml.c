/*
 * The his-xml plugin through the public API, as a HIS uses it: records in
 * (schema, NHG table, error places), feedback out (a journal entry valid
 * against schemas/his-feedback.xsd, escaped, in plain Dutch).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "beweegbrug.h"
#include "testutil.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
	"<verwijzing xmlns=\"urn:beweegbrug:his:1\" id=\"T-1\" soort=\"gli\" datum=\"2026-11-20\">\n"
#define PEOPLE \
	"  <patient><bsn>999990068</bsn><naam><achternaam>Test</achternaam></naam>\n" \
	"    <geboortedatum>1970-01-01</geboortedatum></patient>\n" \
	"  <verwijzer><agb>01000001</agb><achternaam>Arts</achternaam></verwijzer>\n" \
	"  <praktijk><agb>01000002</agb></praktijk>\n" \
	"  <ontvanger><id>gli-test</id></ontvanger>\n"
#define EPISODE "  <episode icpc=\"T82\">Obesitas</episode>\n"
#define TAIL "</verwijzing>\n"

static xmlSchemaPtr feedback_schema;

typedef struct fixture {
	bb_connector *c;
} fixture;

static int setup(void **state)
{
	fixture *f = calloc(1, sizeof(*f));
	bb_options o = BB_OPTIONS_INIT;

	o.plugin_path = test_env("BEWEEGBRUG_PLUGIN_PATH");
	assert_int_equal(bb_connector_new(&f->c, &o), BB_OK);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fixture *f = *state;

	bb_connector_free(f->c);
	free(f);
	return 0;
}

static int read_record(fixture *f, const char *xml, bb_referral **out)
{
	return bb_referral_from_his(out, f->c, "his-xml", "rec.xml", xml, strlen(xml));
}

/* Does any of the last call's problems equal `line`? */
static int has_problem(fixture *f, const char *line)
{
	size_t i;

	for (i = 0; i < bb_error_count(f->c); i++)
		if (strcmp(bb_error_message_at(f->c, i), line) == 0)
			return 1;
	for (i = 0; i < bb_error_count(f->c); i++)
		fprintf(stderr, "  problem: %s\n", bb_error_message_at(f->c, i));
	return 0;
}

static void minimal_record_reads(void **state)
{
	fixture *f = *state;
	bb_referral *r = NULL;
	const char *system, *code, *text;

	assert_int_equal(read_record(f, HEAD PEOPLE EPISODE TAIL, &r), BB_OK);
	assert_string_equal(bb_referral_get(r, BB_REF_KIND), "gli");
	assert_string_equal(bb_referral_get(r, BB_REF_PATIENT_FAMILY), "Test");
	assert_int_equal(bb_referral_reason_count(r), 1);
	assert_int_equal(bb_referral_reason_at(&system, &code, &text, r, 0), BB_OK);
	assert_string_equal(system, "icpc-1-nl");
	assert_string_equal(code, "T82");
	assert_string_equal(text, "Obesitas");
	bb_referral_free(r);
}

static void dutch_values_become_model_values(void **state)
{
	fixture *f = *state;
	bb_referral *r = NULL;
	const char *xml =
		"<verwijzing xmlns=\"urn:beweegbrug:his:1\" id=\"T-2\" soort=\"stadspoli\" "
		"datum=\"2026-11-20\">\n" PEOPLE
		"  <traject> fysiotherapie </traject>\n" EPISODE
		"  <toestemming gegeven=\"nee\" datum=\"2026-11-20\"/>\n" TAIL;

	assert_int_equal(read_record(f, xml, &r), BB_OK);
	assert_string_equal(bb_referral_get(r, BB_REF_KIND), "stadspoli");
	assert_string_equal(bb_referral_get(r, BB_REF_TRACK), "physio");
	assert_string_equal(bb_referral_get(r, BB_REF_CONSENT), "no");
	bb_referral_free(r);
}

/*
 * NHG numbers go through the core's verified table (docs/terminology.md):
 * 1744 is systolic blood pressure, 560 a length in metres kept in cm. A
 * number and a LOINC code that mean different things are refused; before
 * issue 13 the LOINC code silently won.
 */
static void nhg_numbers_map_to_loinc(void **state)
{
	fixture *f = *state;
	bb_referral *r = NULL;
	const char *loinc, *value, *unit, *when;
	const char *xml = HEAD PEOPLE EPISODE
		"  <meting nhg=\"357\" waarde=\"80.0\" datum=\"2026-11-01\"/>\n"
		"  <meting nhg=\"1744\" waarde=\"140\" datum=\"2026-11-01\"/>\n"
		"  <meting nhg=\"560\" loinc=\"8302-2\" waarde=\"1.80\" datum=\"2026-11-01\"/>\n"
		"  <meting loinc=\"8280-0\" waarde=\"100\" eenheid=\"cm\" datum=\"2026-11-01\"/>\n" TAIL;
	const char *clash = HEAD PEOPLE EPISODE
		"  <meting nhg=\"357\" loinc=\"8302-2\" waarde=\"180\" eenheid=\"cm\" datum=\"2026-11-01\"/>\n" TAIL;
	const char *unverified = HEAD PEOPLE EPISODE
		"  <meting nhg=\"1742\" waarde=\"140\" datum=\"2026-11-01\"/>\n" TAIL;

	assert_int_equal(read_record(f, xml, &r), BB_OK);
	assert_int_equal(bb_referral_measurement_count(r), 4);
	bb_referral_measurement_at(&loinc, &value, &unit, &when, r, 0);
	assert_string_equal(loinc, "29463-7");
	assert_string_equal(value, "80.0");
	assert_string_equal(unit, "kg");
	bb_referral_measurement_at(&loinc, &value, &unit, &when, r, 1);
	assert_string_equal(loinc, "8480-6");
	assert_string_equal(unit, "mm[Hg]");
	bb_referral_measurement_at(&loinc, &value, &unit, &when, r, 2);
	assert_string_equal(loinc, "8302-2");
	assert_string_equal(value, "180");
	assert_string_equal(unit, "cm");
	bb_referral_measurement_at(&loinc, &value, &unit, &when, r, 3);
	assert_string_equal(unit, "cm");
	bb_referral_free(r);

	assert_int_equal(read_record(f, clash, &r), BB_EINPUT);
	assert_true(has_problem(f, "rec.xml:9: /verwijzing/meting: measurement.code NHG Tabel 45 "
				   "bepaling 357 is LOINC 29463-7 (gewicht), not 8302-2: the two codes "
				   "disagree"));
	assert_int_equal(read_record(f, unverified, &r), BB_EINPUT);
	assert_true(has_problem(f, "rec.xml:9: /verwijzing/meting: measurement.nhg NHG Tabel 45 "
				   "bepaling 1742 is not in Beweegbrug's verified table "
				   "(docs/terminology.md): send the LOINC code too"));
}

static void unknown_loinc_needs_a_unit(void **state)
{
	fixture *f = *state;
	bb_referral *r = NULL;
	const char *xml = HEAD PEOPLE EPISODE
		"  <meting loinc=\"2093-3\" waarde=\"5.1\" datum=\"2026-11-01\"/>\n" TAIL;

	assert_int_equal(read_record(f, xml, &r), BB_EINPUT);
	assert_null(r);
	assert_true(has_problem(f, "rec.xml:9: /verwijzing/meting: measurement.unit is needed: "
				   "LOINC 2093-3 does not fix its unit"));
}

static void schema_problems_name_line_and_element(void **state)
{
	fixture *f = *state;
	bb_referral *r = NULL;
	const char *xml = HEAD PEOPLE
		"  <meting loinc=\"8280-0\" waarde=\"100\" datum=\"2026-11-01\"/>\n" TAIL;

	assert_int_equal(read_record(f, xml, &r), BB_EINPUT);
	assert_true(has_problem(f, "rec.xml:8: /verwijzing/meting: This element is not "
				   "expected. Expected is one of ( traject, episode )."));
}

static void problems_are_capped(void **state)
{
	fixture *f = *state;
	bb_referral *r = NULL;
	char xml[8192];
	size_t len, i;

	len = (size_t)snprintf(xml, sizeof(xml), "%s%s%s", HEAD, PEOPLE, EPISODE);
	for (i = 0; i < 30; i++)
		len += (size_t)snprintf(xml + len, sizeof(xml) - len,
					"  <meting loinc=\"x\" waarde=\"y\" datum=\"z\"/>\n");
	snprintf(xml + len, sizeof(xml) - len, "%s", TAIL);
	assert_int_equal(read_record(f, xml, &r), BB_EINPUT);
	/* 20 problems, then one line that says how many more there were */
	assert_int_equal(bb_error_count(f->c), 21);
	assert_true(has_problem(f, "rec.xml: 70 more schema problems not shown"));
}

static void long_values_are_cut_in_messages(void **state)
{
	fixture *f = *state;
	bb_referral *r = NULL;
	char *xml = malloc(40000);
	size_t n;
	const char *msg;

	n = (size_t)snprintf(xml, 40000, "%s", HEAD PEOPLE "  <episode icpc=\"");
	memset(xml + n, 'X', 30000);
	n += 30000;
	snprintf(xml + n, 40000 - n, "%s", "\">x</episode>\n" TAIL);
	assert_int_equal(read_record(f, xml, &r), BB_EINPUT);
	msg = bb_error_message_at(f->c, 0);
	assert_non_null(strstr(msg, "rec.xml:8: /verwijzing/episode/@icpc: "));
	assert_true(strlen(msg) < 400);
	free(xml);
}

/* ---- feedback ------------------------------------------------------------ */

static char *journal_of(fixture *f, const bb_feedback *fb)
{
	char *text = NULL;
	size_t len = 0;

	assert_int_equal(bb_feedback_to_his(&text, &len, f->c, "his-xml", fb), BB_OK);
	assert_int_equal(strlen(text), len);
	return text;
}

static void assert_valid_feedback(const char *text)
{
	xmlDocPtr doc = xmlReadMemory(text, (int)strlen(text), "journal.xml", NULL, XML_PARSE_NONET);
	xmlSchemaValidCtxtPtr v;

	assert_non_null(doc);
	v = xmlSchemaNewValidCtxt(feedback_schema);
	if (xmlSchemaValidateDoc(v, doc) != 0)
		fprintf(stderr, "%s\n", text);
	assert_int_equal(xmlSchemaValidateDoc(v, doc), 0);
	xmlSchemaFreeValidCtxt(v);
	xmlFreeDoc(doc);
}

static bb_feedback *feedback(const char *status)
{
	bb_feedback *fb;

	assert_int_equal(bb_feedback_new(&fb), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_REFERRAL_ID, "HV-1"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_PRACTICE_AGB, "01000002"), BB_OK);
	assert_int_equal(bb_feedback_set(fb, BB_FB_STATUS, status), BB_OK);
	return fb;
}

static void every_status_gives_a_valid_journal(void **state)
{
	static const char *const statuses[] = {
		"received", "accepted", "rejected", "in-progress", "on-hold",
		"completed", "failed", "cancelled"
	};
	fixture *f = *state;
	size_t i;

	for (i = 0; i < sizeof(statuses) / sizeof(statuses[0]); i++) {
		bb_feedback *fb = feedback(statuses[i]);
		char *text = journal_of(f, fb);
		assert_non_null(strstr(text, "<E>Verwijzing HV-1 \xe2\x80\x94 Beweegtraject: "));
		assert_non_null(strstr(text, "<S>De aanbieder meldt: "));
		assert_non_null(strstr(text, "<P>"));
		assert_valid_feedback(text);
		bb_free(text);
		bb_feedback_free(fb);
	}
}

static void journal_words_and_codes(void **state)
{
	fixture *f = *state;
	bb_feedback *fb = feedback("in-progress");
	char *text;

	bb_feedback_set(fb, BB_FB_AUTHOR_ORGANIZATION, "Coach & Co <test>");
	bb_feedback_set(fb, BB_FB_AUTHOR_NAME, "José \"Jo\" Ünal");
	bb_feedback_set(fb, BB_FB_INTAKE_DATE, "2027-01-08T10:00:00+01:00");
	bb_feedback_set(fb, BB_FB_NARRATIVE, "Regel 1\nRegel 2 met <tags> & \"quotes\"");
	bb_feedback_set(fb, BB_FB_SESSIONS_ATTENDED, "1");
	bb_feedback_add_measurement(fb, "8480-6", "140", "mm[Hg]", "2027-02-01");
	bb_feedback_add_measurement(fb, "8462-4", "90", "mm[Hg]", "2027-02-01");
	bb_feedback_add_measurement(fb, "2093-3", "5.2", "mmol/L", "2027-02-03");
	bb_feedback_set(fb, BB_FB_REFERRAL_KIND, "beweegcoach");
	bb_feedback_set(fb, BB_FB_EPISODE_CODE, "K86");
	bb_feedback_add_measurement(fb, "8302-2", "172", "cm", "2027-02-01");
	text = journal_of(f, fb);
	assert_valid_feedback(text);
	/* the core's SOEP text (docs/soep.md), attributed, escaped once */
	assert_non_null(strstr(text, "<S>José \"Jo\" Ünal van Coach &amp; Co &lt;test&gt; meldt: "
				     "patiënt is gestart met het beweegcoachtraject (intake 8 januari "
				     "2027). Verslag: Regel 1\nRegel 2 met &lt;tags&gt; &amp; \"quotes\".</S>"));
	assert_non_null(strstr(text, "<O>Bloeddruk 140/90 mmHg (1 februari 2027); meting LOINC "
				     "2093-3: 5,2 mmol/L (3 februari 2027); lengte 172 cm (1 februari "
				     "2027). Bijeenkomsten: 1 bijgewoond.</O>"));
	/* the episode from the core's ICPC table when the GP's title is not known */
	assert_non_null(strstr(text, "<episode icpc=\"K86\">Hypertensie zonder orgaanbeschadiging</episode>"));
	assert_non_null(strstr(text, "<E>K86 Hypertensie zonder orgaanbeschadiging \xe2\x80\x94 "
				     "Beweegcoachtraject: loopt.</E>"));
	assert_non_null(strstr(text, "<P>Geen plan of voorstel van de aanbieder ontvangen.</P>"));
	assert_non_null(strstr(text, "auteur=\"José &quot;Jo&quot; Ünal\""));
	assert_non_null(strstr(text, "<meting loinc=\"2093-3\" waarde=\"5.2\" eenheid=\"mmol/L\" "
				     "datum=\"2027-02-03\">LOINC 2093-3</meting>"));
	/* NHG's number for diastolic blood pressure is 1740 (it was written as 1743) */
	assert_non_null(strstr(text, "<meting loinc=\"8462-4\" nhg=\"1740\" waarde=\"90\""));
	/* and NHG's unit for a length: metres, the inverse of what the reader does */
	assert_non_null(strstr(text, "<meting loinc=\"8302-2\" nhg=\"560\" waarde=\"1.72\" "
				     "eenheid=\"m\" datum=\"2027-02-01\">Lengte</meting>"));
	bb_free(text);
	bb_feedback_free(fb);
}

static void reason_code_and_text(void **state)
{
	fixture *f = *state;
	bb_feedback *fb = feedback("rejected");
	char *text;

	bb_feedback_set(fb, BB_FB_REASON_CODE, "geen-plek");
	bb_feedback_set(fb, BB_FB_REASON_TEXT, "Wachtlijst tot maart");
	text = journal_of(f, fb);
	assert_valid_feedback(text);
	assert_non_null(strstr(text, "<E>Verwijzing HV-1 \xe2\x80\x94 Beweegtraject: verwijzing "
				     "afgewezen. Reden volgens de aanbieder: Geen plek beschikbaar. "
				     "Wachtlijst tot maart.</E>"));
	assert_non_null(strstr(text, "<reden code=\"geen-plek\">Wachtlijst tot maart</reden>"));
	bb_free(text);
	bb_feedback_free(fb);
}

static void feedback_without_status_is_refused(void **state)
{
	fixture *f = *state;
	bb_feedback *fb;
	char *text = NULL;

	assert_int_equal(bb_feedback_new(&fb), BB_OK);
	bb_feedback_set(fb, BB_FB_REFERRAL_ID, "HV-1");
	assert_int_equal(bb_feedback_to_his(&text, NULL, f->c, "his-xml", fb), BB_EINPUT);
	assert_null(text);
	bb_feedback_free(fb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(minimal_record_reads, setup, teardown),
		cmocka_unit_test_setup_teardown(dutch_values_become_model_values, setup, teardown),
		cmocka_unit_test_setup_teardown(nhg_numbers_map_to_loinc, setup, teardown),
		cmocka_unit_test_setup_teardown(unknown_loinc_needs_a_unit, setup, teardown),
		cmocka_unit_test_setup_teardown(schema_problems_name_line_and_element, setup, teardown),
		cmocka_unit_test_setup_teardown(problems_are_capped, setup, teardown),
		cmocka_unit_test_setup_teardown(long_values_are_cut_in_messages, setup, teardown),
		cmocka_unit_test_setup_teardown(every_status_gives_a_valid_journal, setup, teardown),
		cmocka_unit_test_setup_teardown(journal_words_and_codes, setup, teardown),
		cmocka_unit_test_setup_teardown(reason_code_and_text, setup, teardown),
		cmocka_unit_test_setup_teardown(feedback_without_status_is_refused, setup, teardown),
	};
	char path[1024];
	xmlSchemaParserCtxtPtr p;
	int rc;

	snprintf(path, sizeof(path), "%s/schemas/his-feedback.xsd", test_env("abs_top_srcdir"));
	p = xmlSchemaNewParserCtxt(path);
	feedback_schema = xmlSchemaParse(p);
	xmlSchemaFreeParserCtxt(p);
	if (!feedback_schema) {
		fprintf(stderr, "%s does not compile\n", path);
		return 1;
	}
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	xmlSchemaFree(feedback_schema);
	xmlCleanupParser();
	return rc;
}
