/*
 * bb_referral_from_json: the canonical referral as a JSON document
 * (docs/canonical-json.md), through the public API as a HIS uses it.
 *
 * 1. The sample document is the same referral as the his-xml sample it
 *    was written from: every field, reason and measurement, and the same
 *    FHIR message (ids and the time of making left aside).
 * 2. Each kind of bad document is refused with the JSON path at fault,
 *    and every problem of a document is reported, not only the first.
 * 3. Measurements go through the terminology core: an NHG number maps to
 *    LOINC in its canonical unit; an unknown NHG number or a malformed
 *    ICPC code is refused.
 * 4. bb_refer_referral refuses a referral that recorded problems while
 *    it was filled (the whole click is in tests/api.test).
 */
#include <ctype.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

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
	return 0;
}

static char *slurp(const char *rel, size_t *len)
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
	*len = (size_t)n;
	return buf;
}

static int same(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* ---- 1. the sample is the his-xml sample's referral ------------------------ */

/* Does `p` start a JSON string holding a date and time ("2026-12-05T15:…")? */
static int is_instant(const char *p)
{
	static const char shape[] = "\"dddd-dd-ddTdd:dd:dd";

	for (size_t i = 0; shape[i]; i++) {
		if (shape[i] == 'd' ? !isdigit((unsigned char)p[i]) : p[i] != shape[i])
			return 0;
	}
	return strchr(p + 1, '"') != NULL;
}

/* Every UUID becomes U and every date-time (the Bundle's, the MessageHeader's, ...) T. */
static void normalise(char *s)
{
	char *p, *w = s;

	for (p = s; *p;) {
		size_t i;
		int uuid = 1;

		for (i = 0; i < 36 && uuid; i++)
			uuid = i == 8 || i == 13 || i == 18 || i == 23 ? p[i] == '-'
				: p[i] && isxdigit((unsigned char)p[i]);
		if (uuid) {
			*w++ = 'U';
			p += 36;
		} else if (is_instant(p)) {
			/* any "YYYY-MM-DDThh:mm:ss..." string: the two messages
			 * are made a moment apart, and may fall in two seconds */
			memcpy(w, "\"T\"", 3);
			w += 3;
			p = strchr(p + 1, '"') + 1;
		} else {
			*w++ = *p++;
		}
	}
	*w = '\0';
}

static void test_sample_is_the_his_xml_record(void **state)
{
	bb_referral *from_json = NULL, *from_xml = NULL;
	char *json, *xml, *fhir_json = NULL, *fhir_xml = NULL;
	size_t jlen, xlen, i, n_fields = 0;
	const char *a[4], *b[4];
	int id;
	(void)state;

	json = slurp("schemas/samples/canonical/beweegcoach-diabetes.json", &jlen);
	xml = slurp("schemas/samples/his-xml/beweegcoach-diabetes.xml", &xlen);
	assert_int_equal(bb_referral_from_json(&from_json, connector, "sample.json", json, jlen), BB_OK);
	assert_int_equal(bb_referral_from_his(&from_xml, connector, "his-xml", "sample.xml", xml, xlen),
			 BB_OK);
	for (id = 1; id < 256; id++) {
		if (!bb_referral_field_name(id))
			continue;
		if (bb_referral_get(from_xml, id))
			n_fields++;
		if (!same(bb_referral_get(from_json, id), bb_referral_get(from_xml, id)))
			fail_msg("%s: json \"%s\", his-xml \"%s\"", bb_referral_field_name(id),
				 bb_referral_get(from_json, id), bb_referral_get(from_xml, id));
	}
	assert_true(n_fields >= 25);   /* the comparison compared something */
	assert_int_equal(bb_referral_reason_count(from_json), 2);
	assert_int_equal(bb_referral_reason_count(from_xml), 2);
	for (i = 0; i < 2; i++) {
		bb_referral_reason_at(&a[0], &a[1], &a[2], from_json, i);
		bb_referral_reason_at(&b[0], &b[1], &b[2], from_xml, i);
		a[3] = bb_referral_reason_since(from_json, i);
		b[3] = bb_referral_reason_since(from_xml, i);
		assert_true(same(a[0], b[0]) && same(a[1], b[1]) && same(a[2], b[2]) && same(a[3], b[3]));
	}
	assert_string_equal(a[3], "2021-02-03");
	assert_int_equal(bb_referral_measurement_count(from_json), 4);
	assert_int_equal(bb_referral_measurement_count(from_xml), 4);
	for (i = 0; i < 4; i++) {
		bb_referral_measurement_at(&a[0], &a[1], &a[2], &a[3], from_json, i);
		bb_referral_measurement_at(&b[0], &b[1], &b[2], &b[3], from_xml, i);
		assert_true(same(a[0], b[0]) && same(a[1], b[1]) && same(a[2], b[2]) && same(a[3], b[3]));
	}
	/* with a UTF-8 byte order mark in front, as .NET's Encoding.UTF8 writes it */
	{
		char *bom = malloc(jlen + 3);
		bb_referral *again = NULL;
		assert_non_null(bom);
		memcpy(bom, "\xEF\xBB\xBF", 3);
		memcpy(bom + 3, json, jlen);
		assert_int_equal(bb_referral_from_json(&again, connector, "bom.json", bom, jlen + 3), BB_OK);
		assert_string_equal(bb_referral_get(again, BB_REF_PATIENT_BSN), "999990081");
		bb_referral_free(again);
		free(bom);
	}
	/* and so the same message */
	assert_int_equal(bb_referral_to_fhir(&fhir_json, NULL, connector, from_json, NULL,
					     BB_FORMAT_JSON), BB_OK);
	assert_int_equal(bb_referral_to_fhir(&fhir_xml, NULL, connector, from_xml, NULL,
					     BB_FORMAT_JSON), BB_OK);
	assert_non_null(strstr(fhir_json, "999990081"));
	normalise(fhir_json);
	normalise(fhir_xml);
	assert_string_equal(fhir_json, fhir_xml);
	bb_free(fhir_json);
	bb_free(fhir_xml);
	bb_referral_free(from_json);
	bb_referral_free(from_xml);
	free(json);
	free(xml);
}

/* ---- 2. refusals, each naming its path --------------------------------------- */

/* `doc` is refused (BB_EINPUT unless `code`), and some problem line contains `want`. */
static void refused_as(const char *doc, int code, const char *want)
{
	bb_referral *r = (bb_referral *)1;
	size_t i, n;
	int rc = bb_referral_from_json(&r, connector, "doc", doc, strlen(doc));

	if (rc != (code ? code : BB_EINPUT))
		fail_msg("%s: returned %d (%s), not refused", doc, rc, bb_error_last(connector)->message);
	assert_null(r);
	n = bb_error_count(connector);
	assert_true(n >= 1);
	for (i = 0; i < n; i++)
		if (strstr(bb_error_message_at(connector, i), want))
			return;
	fail_msg("%s: no problem says \"%s\"; the first is \"%s\"", doc, want,
		 bb_error_message_at(connector, 0));
}

/*
 * Many unknown keys: each is a problem, but only the first few carry the
 * list of known keys (a document of 100,000 unknown keys cost a list each:
 * 0.56 s of the API's loop for 1 MiB). The fourth one has no list.
 */
static void test_many_unknown_keys_are_cheap(void **state)
{
	size_t size = 5000 * 20 + 32, len, i, n, listed = 0;
	char *doc = malloc(size);
	bb_referral *r = NULL;
	(void)state;

	assert_non_null(doc);
	len = (size_t)snprintf(doc, size, "{\"patient\": {");
	for (i = 0; i < 5000; i++)
		len += (size_t)snprintf(doc + len, size - len, "%s\"x%zu\": \"1\"", i ? ", " : "", i);
	len += (size_t)snprintf(doc + len, size - len, "}}");
	assert_true(len < size);
	assert_int_equal(bb_referral_from_json(&r, connector, "doc", doc, len), BB_EINPUT);
	assert_null(r);
	n = bb_error_count(connector);
	assert_true(n >= 4);
	for (i = 0; i < n; i++)
		if (strstr(bb_error_message_at(connector, i), "(patient has: "))
			listed++;
	assert_int_equal(listed, 3);
	assert_non_null(strstr(bb_error_message_at(connector, 3), "doc: patient.x3: unknown field"));
	free(doc);
}

static void test_refusals_name_the_path(void **state)
{
	char deep[200];
	size_t i;
	(void)state;

	refused_as("[]", 0, "doc: the document is an array, not a JSON object");
	refused_as("\"x\"", 0, "the document is a string");
	refused_as("{\"patient\": {\"bsnn\": \"999990081\"}}", 0,
		   "doc: patient.bsnn: unknown field (patient has: bsn, given,");
	refused_as("{\"patients\": {}}", 0, "doc: patients: unknown field (a referral document has: referral, patient,");
	refused_as("{\"patient\": {\"housenumber\": 7}}", 0,
		   "doc: patient.housenumber: is a number, not a string");
	refused_as("{\"referral\": {\"priority\": true}}", 0, "doc: referral.priority: is a boolean, not a string");
	refused_as("{\"patient\": {\"bsn\": null}}", 0, "doc: patient.bsn: is null");
	refused_as("{\"patient\": \"Kuijpers\"}", 0, "doc: patient: is a string, not an object of fields");
	refused_as("{\"reasons\": {\"text\": \"a\"}}", 0, "doc: reasons: is an object, not an array");
	refused_as("{\"reasons\": [\"T90\"]}", 0, "doc: reasons[0]: is a string, not an object");
	refused_as("{\"reasons\": [{\"text\": \"a\"}, {\"text\": \"b\", \"icpc\": \"T90\"}]}", 0,
		   "doc: reasons[1].icpc: unknown field (a reason has system, code, text, since)");
	refused_as("{\"measurements\": [{\"loinc\": \"29463-7\", \"value\": 88.4, \"unit\": \"kg\"}]}", 0,
		   "doc: measurements[0].value: is a number, not a string");
	refused_as("{\"measurements\": [{\"loinc\": \"29463-7\", \"value\": [\"88.4\"]}]}", 0,
		   "doc: measurements[0].value: is an array, not a string");
	refused_as("{\"patient\": {\"bsn\": \"999990081\",\n \"bsn\": \"999990093\"}}", 0,
		   "doc:2: not a canonical referral document: duplicate key \"bsn\"");
	refused_as("{\"patient\": {\"bsn\": \"999990081\"", 0, "doc:1: not a canonical referral document:");
	refused_as("{\"patient\": {\"family\": \"a\\u0000b\"}}", 0, "not a canonical referral document: NUL");
	refused_as("", 0, "not a canonical referral document");
	for (i = 0; i < 40; i++)
		deep[i] = '[';
	for (; i < 80; i++)
		deep[i] = ']';
	deep[i] = '\0';
	refused_as(deep, 0, "doc:1: not a canonical referral document: nested more than 6 levels deep");
	/* the sender's keys in a message: one line, cut short */
	refused_as("{\"patient\": {\"bs\\nn\": \"1\"}}", 0, "doc: patient.bs?n: unknown field");
	refused_as("{\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\": \"1\"}", 0,
		   "doc: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: unknown field");
	/* a value the model refuses: the field, which is the path */
	refused_as("{\"patient\": {\"bsn\": \"123456789\"}}", 0, "doc: patient.bsn: \"123456789\"");
	refused_as("{\"referral\": {\"kind\": \"sport\"}}", 0, "doc: referral.kind: \"sport\"");
}

static void test_every_problem_is_reported(void **state)
{
	static const char doc[] =
		"{\"patient\": {\"bsn\": \"123456789\", \"gender\": 1, \"postcode\": \"12\"},"
		" \"referrer\": {\"agb\": \"0100\"}, \"colour\": \"red\","
		" \"reasons\": [{\"system\": \"icpc-1-nl\", \"code\": \"T9\", \"text\": \"x\"}]}";
	bb_referral *r = NULL;
	(void)state;

	assert_int_equal(bb_referral_from_json(&r, connector, "doc", doc, strlen(doc)), BB_EINPUT);
	assert_int_equal(bb_error_count(connector), 6);
	assert_string_equal(bb_error_last(connector)->field, "patient.bsn");
}

static void test_oversized_input(void **state)
{
	size_t n = 16u * 1024 * 1024 + 1;
	char *big = malloc(n);
	bb_referral *r = NULL;
	(void)state;

	assert_non_null(big);
	memset(big, ' ', n);
	assert_int_equal(bb_referral_from_json(&r, connector, "big", big, n), BB_ETOOBIG);
	assert_null(r);
	assert_non_null(strstr(bb_error_last(connector)->message, "the limit is"));
	free(big);
}

/* ---- 3. codes through the terminology core ---------------------------------- */

static void test_nhg_measurement_is_mapped(void **state)
{
	static const char doc[] =
		"{\"measurements\": [{\"nhg\": \"560\", \"value\": \"1.75\", \"when\": \"2027-01-05\"},"
		" {\"loinc\": \"39156-5\", \"value\": \"27.0\", \"unit\": \"kg/m2\"}]}";
	bb_referral *r = NULL;
	const char *loinc, *value, *unit, *when;
	(void)state;

	assert_int_equal(bb_referral_from_json(&r, connector, "doc", doc, strlen(doc)), BB_OK);
	assert_int_equal(bb_referral_measurement_count(r), 2);
	bb_referral_measurement_at(&loinc, &value, &unit, &when, r, 0);
	assert_string_equal(loinc, "8302-2");   /* NHG 560, lengte in m */
	assert_string_equal(value, "175");
	assert_string_equal(unit, "cm");
	assert_string_equal(when, "2027-01-05");
	bb_referral_measurement_at(&loinc, &value, &unit, &when, r, 1);
	assert_string_equal(value, "27.0");     /* decimals stay text exactly */
	assert_null(when);
	bb_referral_free(r);
}

static void test_unknown_codes_are_refused(void **state)
{
	(void)state;
	refused_as("{\"measurements\": [{\"nhg\": \"9999\", \"value\": \"1\"}]}", 0,
		   "doc: measurements[0]: measurement.nhg NHG Tabel 45 bepaling 9999 is not in");
	refused_as("{\"measurements\": [{\"nhg\": \"560\", \"loinc\": \"29463-7\", \"value\": \"1.75\"}]}", 0,
		   "doc: measurements[0]: measurement.code NHG Tabel 45 bepaling 560 is LOINC 8302-2");
	refused_as("{\"measurements\": [{\"loinc\": \"29463-8\", \"value\": \"88\", \"unit\": \"kg\"}]}", 0,
		   "doc: measurements[0]: measurement.code \"29463-8\" is not a LOINC code");
	refused_as("{\"reasons\": [{\"system\": \"icpc-1-nl\", \"code\": \"T9\", \"text\": \"x\"}]}", 0,
		   "doc: reasons[0]: reason.code \"T9\" is not an ICPC-1-NL code");
	refused_as("{\"reasons\": [{\"system\": \"icd-10\", \"code\": \"E11\", \"text\": \"x\"}]}", 0,
		   "doc: reasons[0]: reason.system \"icd-10\" is not icpc-1-nl, snomed or a URI");
}

/* ---- 4. bb_refer_referral ------------------------------------------------------ */

static void test_refer_referral_refuses_a_referral_with_problems(void **state)
{
	bb_referral *r = NULL;
	bb_receipt *receipt = (bb_receipt *)1;
	(void)state;

	assert_int_equal(bb_referral_new(&r), BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_ID, "HV-1"), BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_PATIENT_BSN, "123456789"), BB_EINPUT);
	assert_int_equal(bb_refer_referral(&receipt, connector, r, "some-offer"), BB_EINPUT);
	assert_null(receipt);
	assert_string_equal(bb_error_last(connector)->field, "patient.bsn");
	assert_int_equal(bb_refer_referral(&receipt, connector, NULL, "some-offer"), BB_EINVAL);
	assert_int_equal(bb_refer_referral(&receipt, connector, r, NULL), BB_EINVAL);
	bb_referral_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sample_is_the_his_xml_record),
		cmocka_unit_test(test_refusals_name_the_path),
		cmocka_unit_test(test_many_unknown_keys_are_cheap),
		cmocka_unit_test(test_every_problem_is_reported),
		cmocka_unit_test(test_oversized_input),
		cmocka_unit_test(test_nhg_measurement_is_mapped),
		cmocka_unit_test(test_unknown_codes_are_refused),
		cmocka_unit_test(test_refer_referral_refuses_a_referral_with_problems),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
