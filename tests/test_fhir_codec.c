/*
 * Unit tests of the FHIR R4 codec: builder checks, primitive values,
 * JSON and XML readers/writers, and the inputs they must refuse.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libxml/parser.h>

#include "beweegbrug.h"
#include "fhir/fhir_codec.h"
#include "fhir/fhir_meta.h"
#include "fhir/fhir_prim.h"
#include "fhir/fhir_reader_priv.h"
#include "fhir/json_guard.h"

/* ---- helpers ---------------------------------------------------------- */

static fhir_node *rd(const char *text, diag_list *d)
{
	fhir_node *res = NULL;

	fhir_read(&res, text, strlen(text), "input", d);
	return res;
}

static char *wr(const fhir_node *res, fhir_format fmt, int pretty)
{
	strbuf b = STRBUF_INIT;

	assert_int_equal(fhir_write(&b, res, fmt, pretty), BB_OK);
	return strbuf_detach(&b, NULL);
}

static void dump(const diag_list *d)
{
	size_t i;

	for (i = 0; i < d->count; i++) {
		char *s = diag_format(&d->items[i]);

		print_message("    diag: %s\n", s);
		free(s);
	}
}

/*
 * Is there a diag with this path (NULL: any), whose message contains
 * `sub` (NULL: any) and with this line (0: any)?
 */
static int has(const diag_list *d, const char *path, const char *sub, unsigned line)
{
	size_t i;

	for (i = 0; i < d->count; i++) {
		const diag_entry *e = &d->items[i];

		if (path && (!e->path || strcmp(e->path, path) != 0))
			continue;
		if (sub && !strstr(e->message, sub))
			continue;
		if (line && e->line != line)
			continue;
		return 1;
	}
	dump(d);
	return 0;
}

/* Read `text`, expect failure with code `code` and a matching diag. */
static void refuse(const char *text, int code, const char *path, const char *sub, unsigned line)
{
	diag_list d = DIAG_LIST_INIT;
	fhir_node *res = NULL;
	int rc = fhir_read(&res, text, strlen(text), "input", &d);

	if (rc != code)
		dump(&d);
	assert_int_equal(rc, code);
	assert_null(res);
	assert_true(has(&d, path, sub, line));
	assert_string_equal(d.items[0].source, "input");
	diag_free(&d);
}

/* Read `text` (must succeed) and write it in `fmt`, compact. */
static char *convert(const char *text, fhir_format fmt)
{
	diag_list d = DIAG_LIST_INIT;
	fhir_node *res = rd(text, &d);
	char *out;

	if (!res)
		dump(&d);
	assert_non_null(res);
	assert_int_equal(d.count, 0);
	out = wr(res, fmt, 0);
	fhir_node_free(res);
	diag_free(&d);
	return out;
}

#define XML_HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
#define NS " xmlns=\"http://hl7.org/fhir\""

/* ---- metadata ------------------------------------------------------------ */

static void test_meta_lookup(void **state)
{
	const fhir_type *obs = fhir_type_by_name("Observation"), *t = NULL;
	const fhir_elem *e;

	(void)state;
	assert_non_null(obs);
	assert_true(fhir_is_resource_type("Patient"));
	assert_false(fhir_is_resource_type("Resource"));      /* abstract */
	assert_false(fhir_is_resource_type("HumanName"));
	assert_false(fhir_is_resource_type("Patientx"));
	e = fhir_elem_find(obs, "valueQuantity", 13, &t);
	assert_non_null(e);
	assert_string_equal(fhir_elem_name(e), "value");
	assert_string_equal(fhir_type_name(t), "Quantity");
	assert_true(fhir_elem_is_choice(e));
	assert_null(fhir_elem_find(obs, "value", 5, &t));      /* a choice needs its suffix */
	assert_null(fhir_elem_find(obs, "valueFoo", 8, &t));
	e = fhir_elem_find(fhir_type_by_name("Patient"), "name", 4, &t);
	assert_int_equal(fhir_elem_max(e), -1);
	assert_int_equal(fhir_elem_min(e), 0);
	assert_string_equal(fhir_type_name(t), "HumanName");
	/* Extension has the full value[x] choice, url is an attribute */
	e = fhir_elem_find(fhir_type_by_name("Extension"), "valueCodeableConcept", 20, &t);
	assert_non_null(e);
	assert_true(fhir_elem_find(fhir_type_by_name("Extension"), "url", 3, &t) != NULL);
	assert_true(fhir_elem_is_attr(fhir_elem_find(fhir_type_by_name("Extension"), "url", 3, &t)));
	assert_false(fhir_elem_is_attr(fhir_elem_find(fhir_type_by_name("Patient"), "id", 2, &t)));
	/* backbone types and content references */
	e = fhir_elem_find(fhir_type_by_name("QuestionnaireResponse.item"), "item", 4, &t);
	assert_string_equal(fhir_type_name(t), "QuestionnaireResponse.item");
	assert_int_equal(fhir_type_by_name("decimal")->prim, FHIR_PRIM_DECIMAL);
	/* definition order: Resource elements, then DomainResource, then own */
	assert_true(fhir_elem_find(fhir_type_by_name("Patient"), "id", 2, &t)->order <
		    fhir_elem_find(fhir_type_by_name("Patient"), "text", 4, &t)->order);
}

/* ---- primitive lexical rules ---------------------------------------------- */

static void test_prim_lexical(void **state)
{
	static const struct { fhir_prim p; const char *v; int ok; } cases[] = {
		{ FHIR_PRIM_DATE, "1970", 1 }, { FHIR_PRIM_DATE, "1970-05", 1 },
		{ FHIR_PRIM_DATE, "1970-05-17", 1 }, { FHIR_PRIM_DATE, "2024-02-29", 1 },
		{ FHIR_PRIM_DATE, "2023-02-29", 0 }, { FHIR_PRIM_DATE, "1970-02-30", 0 },
		{ FHIR_PRIM_DATE, "17-05-1970", 0 }, { FHIR_PRIM_DATE, "0000", 0 },
		{ FHIR_PRIM_DATE, "1970-13", 0 }, { FHIR_PRIM_DATE, "1970-05-17T10:00:00Z", 0 },
		{ FHIR_PRIM_DATETIME, "2026-11-04T10:00:00+01:00", 1 },
		{ FHIR_PRIM_DATETIME, "2026-11-04T10:00:00.123Z", 1 },
		{ FHIR_PRIM_DATETIME, "2026-11-04", 1 }, { FHIR_PRIM_DATETIME, "2026", 1 },
		{ FHIR_PRIM_DATETIME, "2026-11-04T10:00:00", 0 },       /* no time zone */
		{ FHIR_PRIM_DATETIME, "2026-11-04T24:00:00Z", 0 },
		{ FHIR_PRIM_DATETIME, "2026-11-04T10:00Z", 0 },
		{ FHIR_PRIM_DATETIME, "2026-11-04T10:00:00+25:00", 0 },
		{ FHIR_PRIM_DATETIME, "2026-11T10:00:00Z", 0 },
		{ FHIR_PRIM_INSTANT, "2026-11-04T10:00:00Z", 1 },
		{ FHIR_PRIM_INSTANT, "2026-11-04", 0 },
		{ FHIR_PRIM_TIME, "23:59:59", 1 }, { FHIR_PRIM_TIME, "23:59", 0 },
		{ FHIR_PRIM_DECIMAL, "27.0", 1 }, { FHIR_PRIM_DECIMAL, "1.50", 1 },
		{ FHIR_PRIM_DECIMAL, "0.00012", 1 }, { FHIR_PRIM_DECIMAL, "-3", 1 },
		{ FHIR_PRIM_DECIMAL, "1.0e-2", 1 }, { FHIR_PRIM_DECIMAL, "31,2", 0 },
		{ FHIR_PRIM_DECIMAL, "01.5", 0 }, { FHIR_PRIM_DECIMAL, "1.", 0 },
		{ FHIR_PRIM_DECIMAL, ".5", 0 },
		{ FHIR_PRIM_INTEGER, "-2147483648", 1 }, { FHIR_PRIM_INTEGER, "2147483648", 0 },
		{ FHIR_PRIM_INTEGER, "007", 0 }, { FHIR_PRIM_INTEGER, "1.0", 0 },
		{ FHIR_PRIM_POSITIVEINT, "0", 0 }, { FHIR_PRIM_POSITIVEINT, "1", 1 },
		{ FHIR_PRIM_UNSIGNEDINT, "0", 1 }, { FHIR_PRIM_UNSIGNEDINT, "-1", 0 },
		{ FHIR_PRIM_BOOLEAN, "true", 1 }, { FHIR_PRIM_BOOLEAN, "True", 0 },
		{ FHIR_PRIM_ID, "abc-1.2", 1 }, { FHIR_PRIM_ID, "a_b", 0 },
		{ FHIR_PRIM_ID, "01234567890123456789012345678901234567890123456789012345678901234", 0 },
		{ FHIR_PRIM_CODE, "in progress", 1 }, { FHIR_PRIM_CODE, "in  progress", 0 },
		{ FHIR_PRIM_CODE, " x", 0 },
		{ FHIR_PRIM_URI, "http://example.org/a", 1 }, { FHIR_PRIM_URI, "http://a b", 0 },
		{ FHIR_PRIM_OID, "urn:oid:2.16.840.1.113883.2.4.6.3", 1 },
		{ FHIR_PRIM_OID, "urn:oid:2.016", 0 },
		{ FHIR_PRIM_UUID, "urn:uuid:c757873d-ec9a-4326-a141-556f43239520", 1 },
		{ FHIR_PRIM_UUID, "urn:uuid:C757873D-EC9A-4326-A141-556F43239520", 0 },
		{ FHIR_PRIM_BASE64BINARY, "aGVsbG8=", 1 }, { FHIR_PRIM_BASE64BINARY, "aGVsbG8", 0 },
		{ FHIR_PRIM_BASE64BINARY, "aGV\nsbG8=", 1 }, { FHIR_PRIM_BASE64BINARY, "a=Vs", 0 },
		{ FHIR_PRIM_STRING, "tab\tand\nnewline", 1 }, { FHIR_PRIM_STRING, "bell\a", 0 },
		{ FHIR_PRIM_STRING, "", 0 }, { FHIR_PRIM_STRING, "caf\xc3\xa9", 1 },
		{ FHIR_PRIM_STRING, "bad \xc3", 0 }, { FHIR_PRIM_STRING, "overlong \xc0\xaf", 0 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *why;
		int ok = fhir_prim_valid(cases[i].p, cases[i].v, strlen(cases[i].v), &why);

		if (ok != cases[i].ok)
			print_message("    %s \"%s\": expected %s\n", fhir_prim_name(cases[i].p),
				      cases[i].v, cases[i].ok ? "valid" : "invalid");
		assert_int_equal(ok, cases[i].ok);
	}
}

/*
 * Strings, codes and uris of length 1..40 with one or two bytes that are
 * white space or control characters at each position: the eight-bytes-at-
 * a-time checks must agree with the rules read byte by byte.
 */
static int ref_control(unsigned char c)
{
	return (c < 0x20 && c != ' ' && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

static int ref_ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int ref_valid(fhir_prim p, const unsigned char *v, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (ref_control(v[i]))
			return 0;
		if (p == FHIR_PRIM_URI && ref_ws(v[i]))
			return 0;
		if (p == FHIR_PRIM_CODE && ref_ws(v[i]) && (i == 0 || i + 1 == len || ref_ws(v[i + 1])))
			return 0;
	}
	return 1;
}

static void test_prim_text_at_every_offset(void **state)
{
	static const unsigned char odd[] = { ' ', '\t', '\n', '\r', 0x01, 0x1F, 0x7F, 0x21, 0x80 };
	static const fhir_prim kinds[] = { FHIR_PRIM_STRING, FHIR_PRIM_CODE, FHIR_PRIM_URI };
	unsigned char v[40];
	(void)state;

	for (size_t len = 1; len <= sizeof v; len++)
		for (size_t at = 0; at < len; at++)
			for (size_t k = 0; k < sizeof odd * (sizeof odd + 1); k++)
				for (size_t p = 0; p < sizeof kinds / sizeof kinds[0]; p++) {
					const char *why;
					int ok;

					memset(v, 'x', len);
					v[at] = odd[k % sizeof odd];
					if (k >= sizeof odd && at + 1 < len)       /* and a second one after it */
						v[at + 1] = odd[k / sizeof odd - 1];
					ok = fhir_prim_valid_text(kinds[p], (const char *)v, len, &why);
					if (ok != ref_valid(kinds[p], v, len))
						print_message("    %s of %zu bytes, 0x%02x at %zu\n",
							      fhir_prim_name(kinds[p]), len, v[at], at);
					assert_int_equal(ok, ref_valid(kinds[p], v, len));
				}
}

/* ---- builder ---------------------------------------------------------------- */

static void test_builder(void **state)
{
	diag_list d = DIAG_LIST_INIT;
	fhir_node *p, *n, *q, *ext;
	char *path, *json;

	(void)state;
	assert_null(fhir_resource_new("Nonsense", &d));
	assert_true(has(&d, "Nonsense", "resource type", 0));
	diag_clear(&d);

	p = fhir_resource_new("Patient", &d);
	assert_non_null(p);
	assert_non_null(fhir_set(p, "id", "pat-1"));
	n = fhir_add(p, "name");
	assert_non_null(fhir_set(n, "family", "Jansen"));
	assert_non_null(fhir_set(n, "given", "Anna"));
	q = fhir_set(n, "given", "Maria");
	assert_non_null(q);
	path = fhir_node_path(q);
	assert_string_equal(path, "Patient.name[0].given[1]");
	free(path);
	assert_int_equal(fhir_errors(p), 0);

	/* problems: each NULL, reported with its path, counted */
	assert_null(fhir_set(n, "family", "Again"));            /* not repeating */
	assert_true(has(&d, "Patient.name[0].family", "already present", 0));
	assert_null(fhir_add(p, "nmae"));                        /* unknown */
	assert_true(has(&d, "Patient.nmae", "no element 'nmae'", 0));
	assert_null(fhir_set(p, "birthDate", "17-05-1970"));
	assert_true(has(&d, "Patient.birthDate", "invalid date", 0));
	assert_null(fhir_set(p, "gender", ""));
	assert_null(fhir_set(p, "active", "yes"));
	assert_null(fhir_set(p, "name", "x"));                   /* not primitive */
	assert_null(fhir_add(p, "contained"));                   /* holds a resource */
	assert_null(fhir_set(NULL, "id", "x"));                  /* chaining on failure */
	assert_null(fhir_add(NULL, "name"));
	assert_int_equal(fhir_errors(p), 7);

	/* a primitive with only an extension, and fhir_set_value later */
	q = fhir_add(p, "birthDate");
	ext = fhir_extension_add(q, "http://example.org/ext/precision");
	assert_non_null(fhir_set(ext, "valueCode", "estimated"));
	assert_int_equal(fhir_set_value(q, "1970-02-30"), BB_EINPUT);
	assert_int_equal(fhir_set_value(q, "1970-05-17"), BB_OK);
	assert_string_equal(fhir_get_value(p, "birthDate", 0), "1970-05-17");

	/* choice: full name or base name finds it */
	assert_non_null(fhir_set(p, "deceasedBoolean", "false"));
	assert_null(fhir_set(p, "deceasedDateTime", "2020-01-01"));  /* only one deceased[x] */
	assert_true(has(&d, "Patient.deceasedDateTime", "only one of deceased[x]", 0));
	assert_string_equal(fhir_get_value(p, "deceased", 0), "false");
	assert_string_equal(fhir_node_name(fhir_get(p, "deceased", 0)), "deceasedBoolean");

	/* children come out in definition order whatever the build order */
	json = wr(p, FHIR_FORMAT_JSON, 0);
	assert_string_equal(json,
		"{\"resourceType\":\"Patient\",\"id\":\"pat-1\","
		"\"name\":[{\"family\":\"Jansen\",\"given\":[\"Anna\",\"Maria\"]}],"
		"\"birthDate\":\"1970-05-17\",\"_birthDate\":{\"extension\":[{\"url\":"
		"\"http://example.org/ext/precision\",\"valueCode\":\"estimated\"}]},"
		"\"deceasedBoolean\":false}");
	free(json);
	assert_int_equal(fhir_count(n, "given"), 2);
	assert_string_equal(fhir_node_type_name(n), "HumanName");
	assert_ptr_equal(fhir_parent(n), p);
	fhir_node_free(p);
	diag_free(&d);
}

static void test_builder_resources(void **state)
{
	diag_list d = DIAG_LIST_INIT;
	fhir_node *b, *e, *pat, *sr, *t;
	char *path, *xml;

	(void)state;
	b = fhir_resource_new("Bundle", &d);
	fhir_set(b, "type", "message");
	e = fhir_add(b, "entry");
	fhir_set(e, "fullUrl", "urn:uuid:c757873d-ec9a-4326-a141-556f43239520");
	pat = fhir_add_resource(e, "resource", "Patient");
	assert_non_null(pat);
	assert_string_equal(fhir_node_name(pat), "resource");
	assert_string_equal(fhir_node_type_name(pat), "Patient");
	assert_true(fhir_node_is_resource(pat));
	fhir_set(pat, "gender", "female");

	/* a separately built resource moved into the bundle */
	sr = fhir_resource_new("ServiceRequest", &d);
	fhir_set(sr, "status", "active");
	fhir_set(sr, "intent", "order");
	fhir_set(fhir_add(sr, "subject"), "reference", "urn:uuid:c757873d-ec9a-4326-a141-556f43239520");
	e = fhir_add(b, "entry");
	assert_int_equal(fhir_attach(e, "fullUrl", sr), BB_EINPUT);   /* not a resource element */
	assert_int_equal(fhir_attach(e, "resource", sr), BB_OK);
	t = fhir_get(fhir_get(fhir_get(b, "entry", 1), "resource", 0), "subject", 0);
	path = fhir_node_path(t);
	assert_string_equal(path, "Bundle.entry[1].resource.subject");
	free(path);
	assert_null(fhir_add_resource(e, "resource", "Patient"));       /* already has one */
	assert_null(fhir_add_resource(fhir_get(b, "entry", 0), "request", "Patient"));

	xml = wr(b, FHIR_FORMAT_XML, 0);
	assert_non_null(strstr(xml, "<entry><fullUrl value=\"urn:uuid:c757873d-ec9a-4326-a141-556f43239520\"/>"
				    "<resource><Patient><gender value=\"female\"/></Patient></resource></entry>"));
	assert_non_null(strstr(xml, "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"message\"/>"));
	free(xml);
	assert_int_equal(fhir_check(b, "built", &d), BB_OK);
	fhir_node_free(b);
	diag_free(&d);
}

static void test_builder_depth_and_check(void **state)
{
	diag_list d = DIAG_LIST_INIT;
	fhir_node *q, *item;
	int i;

	(void)state;
	q = fhir_resource_new("QuestionnaireResponse", &d);
	item = q;
	for (i = 0; i < FHIR_MAX_DEPTH + 5 && item; i++)
		item = fhir_add(item, "item");
	assert_null(item);
	assert_true(has(&d, NULL, "nested more than", 0));

	/* fhir_check: missing required status, items without linkId, empty Coding */
	diag_clear(&d);
	fhir_node_free(q);
	q = fhir_resource_new("QuestionnaireResponse", &d);
	fhir_add(fhir_add(q, "identifier"), "type");
	assert_int_equal(fhir_check(q, "built", &d), BB_EINPUT);
	assert_true(has(&d, "QuestionnaireResponse.status", "required element is missing", 0));
	assert_true(has(&d, "QuestionnaireResponse.identifier.type", "empty element", 0));
	fhir_node_free(q);
	diag_free(&d);
}

/* ---- decimals ---------------------------------------------------------------- */

static void test_decimal_text(void **state)
{
	const char *json =
		"{\"resourceType\":\"Observation\",\"status\":\"final\","
		"\"code\":{\"text\":\"x\"},"
		"\"component\":["
		"{\"code\":{\"text\":\"a\"},\"valueQuantity\":{\"value\":27.0}},"
		"{\"code\":{\"text\":\"b\"},\"valueQuantity\":{\"value\":1.50}},"
		"{\"code\":{\"text\":\"c\"},\"valueQuantity\":{\"value\":0.00012}},"
		"{\"code\":{\"text\":\"d\"},\"valueQuantity\":{\"value\":1.0e-2}},"
		"{\"code\":{\"text\":\"e\"},\"valueInteger\":12}]}";
	char *xml, *back;
	diag_list d = DIAG_LIST_INIT;
	fhir_node *res;

	(void)state;
	/* JSON -> tree keeps the text */
	res = rd(json, &d);
	assert_non_null(res);
	assert_string_equal(fhir_get_value(fhir_get(fhir_get(res, "component", 1), "value", 0),
					   "value", 0), "1.50");
	fhir_node_free(res);
	/* JSON -> XML -> JSON: the same text both ways */
	xml = convert(json, FHIR_FORMAT_XML);
	assert_non_null(strstr(xml, "<value value=\"27.0\"/>"));
	assert_non_null(strstr(xml, "<value value=\"1.50\"/>"));
	assert_non_null(strstr(xml, "<value value=\"0.00012\"/>"));
	assert_non_null(strstr(xml, "<value value=\"1.0e-2\"/>"));
	back = convert(xml, FHIR_FORMAT_JSON);
	assert_string_equal(back, json);
	free(back);
	free(xml);
	/* a decimal in JSON must be a number, an integer must be an integer */
	refuse("{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},"
	       "\"valueQuantity\":{\"value\":\"1.5\"}}", BB_EINPUT,
	       "Observation.valueQuantity.value", "must be a JSON number", 0);
	refuse("{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},"
	       "\"valueInteger\":1.0}", BB_EINPUT, "Observation.valueInteger", "JSON integer", 0);
	refuse(XML_HEAD "<Observation" NS "><status value=\"final\"/><code><text value=\"x\"/></code>"
	       "<valueQuantity><value value=\"31,2\"/></valueQuantity></Observation>", BB_EINPUT,
	       "Observation.valueQuantity.value", "invalid decimal", 1);
	diag_free(&d);
}

/* ---- primitive extensions and null padding --------------------------------- */

static void test_primitive_extensions(void **state)
{
	const char *json =
		"{\"resourceType\":\"Patient\",\"name\":[{\"given\":[\"Anna\",null,\"Els\"],"
		"\"_given\":[null,{\"extension\":[{\"url\":\"http://example.org/x\","
		"\"valueString\":\"unknown\"}]},{\"id\":\"g3\"}]}],"
		"\"_gender\":{\"id\":\"gd\",\"extension\":[{\"url\":\"http://example.org/y\","
		"\"valueBoolean\":true}]}}";
	char *xml, *back;
	diag_list d = DIAG_LIST_INIT;
	fhir_node *res;

	(void)state;
	res = rd(json, &d);
	assert_non_null(res);
	assert_int_equal(fhir_count(fhir_get(res, "name", 0), "given"), 3);
	assert_null(fhir_get_value(fhir_get(res, "name", 0), "given", 1));
	assert_null(fhir_value(fhir_get(res, "gender", 0)));
	fhir_node_free(res);

	xml = convert(json, FHIR_FORMAT_XML);
	assert_non_null(strstr(xml,
		"<given value=\"Anna\"/><given><extension url=\"http://example.org/x\">"
		"<valueString value=\"unknown\"/></extension></given><given id=\"g3\" value=\"Els\"/>"));
	assert_non_null(strstr(xml, "<gender id=\"gd\"><extension url=\"http://example.org/y\">"
				    "<valueBoolean value=\"true\"/></extension></gender>"));
	back = convert(xml, FHIR_FORMAT_JSON);
	assert_string_equal(back, json);
	free(back);
	free(xml);

	/* the arrays must line up, and null must be padding */
	refuse("{\"resourceType\":\"Patient\",\"name\":[{\"given\":[\"a\",\"b\"],\"_given\":[null]}]}",
	       BB_EINPUT, "Patient.name[0].given", "pad with null", 0);
	refuse("{\"resourceType\":\"Patient\",\"name\":[{\"given\":[\"a\",null],\"_given\":[null,null]}]}",
	       BB_EINPUT, "Patient.name[0].given[1]", "null in both", 0);
	refuse("{\"resourceType\":\"Patient\",\"gender\":null}", BB_EINPUT, "Patient.gender",
	       "null is only allowed", 0);
	refuse("{\"resourceType\":\"Patient\",\"_name\":{\"id\":\"x\"}}", BB_EINPUT, "Patient._name",
	       "not a primitive", 0);
	refuse("{\"resourceType\":\"Patient\",\"extension\":[{\"url\":\"http://e.org/a\",\"_url\":"
	       "{\"id\":\"u\"},\"valueString\":\"x\"}]}", BB_EINPUT, "Patient.extension[0].url.id",
	       "cannot have an id or extensions", 0);
	refuse("{\"resourceType\":\"Patient\",\"_gender\":{\"value\":\"male\"}}", BB_EINPUT,
	       "Patient.gender.value", "unknown element", 0);
	diag_free(&d);
}

/* ---- choice types -------------------------------------------------------------- */

static void test_choice_types(void **state)
{
	const char *json =
		"{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"t\"},"
		"\"effectivePeriod\":{\"start\":\"2026-01-01\"},\"valueString\":\"ok\","
		"\"component\":[{\"code\":{\"text\":\"c\"},\"valueCodeableConcept\":{\"text\":\"v\"}}]}";
	char *xml, *back;

	(void)state;
	xml = convert(json, FHIR_FORMAT_XML);
	assert_non_null(strstr(xml, "<effectivePeriod><start value=\"2026-01-01\"/></effectivePeriod>"
				    "<valueString value=\"ok\"/>"));
	assert_non_null(strstr(xml, "<valueCodeableConcept><text value=\"v\"/></valueCodeableConcept>"));
	back = convert(xml, FHIR_FORMAT_JSON);
	assert_string_equal(back, json);
	free(back);
	free(xml);
	refuse("{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"t\"},"
	       "\"valueString\":\"a\",\"valueBoolean\":true}", BB_EINPUT, NULL,
	       "only one of value[x]", 0);
	refuse("{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"t\"},"
	       "\"value\":\"a\"}", BB_EINPUT, "Observation.value", "unknown element", 0);
	refuse("{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"t\"},"
	       "\"valueMoney\":{\"value\":1}}", BB_EINPUT, "Observation.valueMoney",
	       "unknown element", 0);
}

/*
 * The XML reader takes libxml2's events straight into the tree, and
 * writes the narrative as it streams past: entities and character
 * references in values, namespace prefixes declared outside the div,
 * comments, CDATA and empty elements all come out as they went in.
 */
static void test_xml_events(void **state)
{
	char *json;

	(void)state;
	json = convert(XML_HEAD "<Patient" NS "><name><family value=\"A&amp;B &#38; C &quot;x&quot; &lt;&gt;\"/>"
		       "<given value=\"tab&#9;nl&#10;\"/></name></Patient>", FHIR_FORMAT_JSON);
	assert_string_equal(json, "{\"resourceType\":\"Patient\",\"name\":[{\"family\":"
			    "\"A&B & C \\\"x\\\" <>\",\"given\":[\"tab\\tnl\\n\"]}]}");
	free(json);
	/* a div with a prefix from the resource, an attribute with '&', xml:lang,
	 * a comment, CDATA, an empty element and a second prefix for XHTML */
	json = convert(XML_HEAD "<Patient" NS " xmlns:h=\"http://www.w3.org/1999/xhtml\"><text>"
		       "<status value=\"generated\"/><h:div xml:lang=\"nl\"><!-- c -->"
		       "<h:a href=\"x?a=1&amp;b=2\">a &amp; b</h:a><![CDATA[<c>]]><h:br/>"
		       "<p xmlns=\"http://www.w3.org/1999/xhtml\" title=\"t&quot;\">p</p></h:div></text></Patient>",
		       FHIR_FORMAT_JSON);
	assert_string_equal(json, "{\"resourceType\":\"Patient\",\"text\":{\"status\":\"generated\",\"div\":"
			    "\"<h:div xmlns:h=\\\"http://www.w3.org/1999/xhtml\\\" xml:lang=\\\"nl\\\"><!-- c -->"
			    "<h:a href=\\\"x?a=1&amp;b=2\\\">a &amp; b</h:a>&lt;c&gt;<h:br/>"
			    "<p xmlns=\\\"http://www.w3.org/1999/xhtml\\\" title=\\\"t&quot;\\\">p</p></h:div>\"}}");
	free(json);
	/* text that is not white space where FHIR has none, reported once */
	refuse(XML_HEAD "<Patient" NS "><contained>x<Basic><code><text value=\"t\"/></code></Basic>"
	       "</contained></Patient>", BB_EINPUT, "Patient.contained", "text is not allowed", 1);
	refuse(XML_HEAD "<Patient" NS "><contained/></Patient>", BB_EINPUT, "Patient.contained",
	       "holds no resource", 1);
	refuse(XML_HEAD "<Patient" NS "><contained><Basic><code><text value=\"t\"/></code></Basic>"
	       "<Basic><code><text value=\"u\"/></code></Basic></contained></Patient>", BB_EINPUT,
	       "Patient.contained", "more than one resource", 1);
	/* the parser's error, not the reader's, when the XML is not well-formed */
	refuse(XML_HEAD "<Patient" NS "><foo/><gender value=\"male\"></Patient>", BB_EINPUT, NULL,
	       "mismatch", 1);
	refuse(XML_HEAD "<Nope" NS "/>", BB_EINPUT, NULL, "not a FHIR resource", 1);
	refuse(XML_HEAD "<Patient xmlns=\"urn:other\"/>", BB_EINPUT, NULL, "not in the FHIR namespace", 1);
}

/* ext-1 and the cardinality checks after reading: an extension has a value or extensions */
static void test_extension_needs_value_or_extensions(void **state)
{
	char *json;
	(void)state;

	refuse("{\"resourceType\":\"Patient\",\"extension\":[{\"url\":\"http://x\"}]}", BB_EINPUT,
	       "Patient.extension[0]", "(ext-1)", 0);
	refuse(XML_HEAD "<Patient" NS "><extension url=\"http://x\"><extension url=\"http://y\">"
	       "<valueString value=\"b\"/></extension><valueString value=\"a\"/></extension></Patient>",
	       BB_EINPUT, "Patient.extension[0]", "(ext-1)", 0);     /* found after reading: no line */
	refuse("{\"resourceType\":\"Patient\",\"extension\":[{\"valueString\":\"a\"}]}", BB_EINPUT,
	       "Patient.extension[0].url", "required element is missing", 0);
	json = convert("{\"resourceType\":\"Patient\",\"extension\":[{\"url\":\"http://x\",\"valueString\":\"a\"},"
		       "{\"url\":\"http://y\",\"extension\":[{\"url\":\"z\",\"valueCode\":\"c\"}]}]}",
		       FHIR_FORMAT_JSON);
	free(json);
}

/* Comments are kept in every narrative, and only there (the reader hears of them only inside one). */
static void test_comments_in_narratives_only(void **state)
{
	char *json;
	(void)state;

	json = convert(XML_HEAD "<!-- a --><Patient" NS "><!-- b --><text><!-- c --><status value=\"generated\"/>"
		       "<div xmlns=\"http://www.w3.org/1999/xhtml\"><!-- d -->x<!-- e --></div><!-- f --></text>"
		       "<!-- g --><contained><Basic><text><status value=\"generated\"/>"
		       "<div xmlns=\"http://www.w3.org/1999/xhtml\">y<!-- h --></div></text><!-- i -->"
		       "<code><text value=\"t\"/></code></Basic></contained><!-- j --></Patient><!-- k -->",
		       FHIR_FORMAT_JSON);
	assert_string_equal(json, "{\"resourceType\":\"Patient\",\"text\":{\"status\":\"generated\",\"div\":"
			    "\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\"><!-- d -->x<!-- e --></div>\"},"
			    "\"contained\":[{\"resourceType\":\"Basic\",\"text\":{\"status\":\"generated\",\"div\":"
			    "\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">y<!-- h --></div>\"},"
			    "\"code\":{\"text\":\"t\"}}]}");
	free(json);
}

/*
 * Narrative text of 1..40 bytes in one piece (a CDATA section) with '<',
 * '&' or '>' at each position: escaped wherever it falls, eight bytes at
 * a time or not.
 */
static void test_narrative_text_escapes_at_every_offset(void **state)
{
	static const char specials[] = { '<', '&', '>' };
	static const char *const escaped[] = { "&lt;", "&amp;", "&gt;" };
	char xml[512], want[512], text[41], out[256];
	(void)state;

	for (size_t len = 1; len <= 40; len++)
		for (size_t at = 0; at <= len; at++)    /* at == len: none */
			for (size_t k = 0; k < sizeof specials; k++) {
				char *json;

				memset(text, 'x', len);
				text[len] = '\0';
				if (at < len)
					text[at] = specials[k];
				snprintf(xml, sizeof xml, XML_HEAD "<Patient" NS "><text><status value=\"generated\"/>"
					 "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p><![CDATA[%s]]></p></div>"
					 "</text></Patient>", text);
				snprintf(out, sizeof out, "%.*s%s%s", (int)(at < len ? at : len), text,
					 at < len ? escaped[k] : "", at < len ? text + at + 1 : "");
				snprintf(want, sizeof want, "{\"resourceType\":\"Patient\",\"text\":{\"status\":"
					 "\"generated\",\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">"
					 "<p>%s</p></div>\"}}", out);
				json = convert(xml, FHIR_FORMAT_JSON);
				assert_string_equal(json, want);
				free(json);
			}
}

/*
 * Comments outside a narrative are not kept, but libxml2 still checks them
 * all: its length limit and its quoting of a comment in an error need the
 * reader's comment handler there for the whole parse (libxml2 2.9 copies a
 * comment, and checks it, only for a handler).
 */
static void test_comments_checked_everywhere(void **state)
{
	const size_t big = 10500000;    /* past libxml2's 10,000,000 bytes */
	const char *where[] = { "<Patient" NS "><!--%s--><id value=\"x\"/></Patient>",
				"<Patient" NS "><id value=\"x\"/></Patient><!--%s-->" };
	char *filler = malloc(big + 1), *doc;
	size_t i;
	(void)state;

	refuse("<Patient" NS "><!-- a -- b --><id value=\"x\"/></Patient>", BB_EINPUT, NULL,
	       "Double hyphen within comment: <!-- a", 1);
	assert_non_null(filler);
	memset(filler, 'a', big);
	filler[big] = '\0';
	doc = malloc(big + 128);
	assert_non_null(doc);
	for (i = 0; i < sizeof(where) / sizeof(where[0]); i++) {
		snprintf(doc, big + 128, where[i], filler);
		refuse(doc, BB_EINPUT, NULL, "Comment too big", 1);
	}
	free(doc);
	free(filler);
}

/* ---- XHTML narrative -------------------------------------------------------------- */

/*
 * A narrative of about 300 KB, its elements' names (with and without a
 * prefix) and text of 1..37 bytes, shifted by 0..15 bytes: wherever the
 * div's buffer fills up, in a name or not, the div comes out as it went in.
 */
static void test_narrative_names_across_the_buffer_end(void **state)
{
	static const char *const names[] = { "p", "span", "h:strong", "blockquote", "h:b", "em" };
	const size_t cap = 400 * 1024;
	char *div = malloc(cap), *xml = malloc(cap + 512), *want = malloc(2 * cap);
	(void)state;

	assert_non_null(div);
	assert_non_null(xml);
	assert_non_null(want);
	for (int shift = 0; shift < 16; shift++) {
		size_t n = (size_t)sprintf(div, "<div xmlns=\"http://www.w3.org/1999/xhtml\" "
					   "xmlns:h=\"http://www.w3.org/1999/xhtml\">%.*s",
					   shift, "0123456789abcdef");
		char *json, *w;

		for (size_t i = 0; n < 300 * 1024; i++) {
			const char *name = names[i % (sizeof names / sizeof names[0])];

			n += (size_t)sprintf(div + n, "<%s>%.*s</%s>", name, (int)(1 + i % 37),
					     "abcdefghijklmnopqrstuvwxyz0123456789A", name);
		}
		strcpy(div + n, "</div>");
		sprintf(xml, XML_HEAD "<Patient" NS "><text><status value=\"generated\"/>%s</text></Patient>",
			div);
		json = convert(xml, FHIR_FORMAT_JSON);
		w = want + sprintf(want, "{\"resourceType\":\"Patient\",\"text\":{\"status\":\"generated\",\"div\":\"");
		for (const char *c = div; *c; c++) {
			if (*c == '"')
				*w++ = '\\';
			*w++ = *c;
		}
		strcpy(w, "\"}}");
		assert_string_equal(json, want);
		free(json);
	}
	free(div);
	free(xml);
	free(want);
}


static void test_narrative(void **state)
{
	const char *xml = XML_HEAD "<Patient" NS "><text><status value=\"generated\"/>"
		"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Anna &amp; <b>Jansen</b> &quot;caf\xc3\xa9&quot;"
		"<br/></p></div></text></Patient>";
	char *json, *back;
	diag_list d = DIAG_LIST_INIT;
	fhir_node *res;

	(void)state;
	json = convert(xml, FHIR_FORMAT_JSON);
	assert_string_equal(json,
		"{\"resourceType\":\"Patient\",\"text\":{\"status\":\"generated\",\"div\":"
		"\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\"><p>Anna &amp; <b>Jansen</b> "
		"\\\"caf\xc3\xa9\\\"<br/></p></div>\"}}");
	/* and back: a real XHTML subtree again */
	back = convert(json, FHIR_FORMAT_XML);
	assert_non_null(strstr(back, "<text><status value=\"generated\"/><div xmlns=\"http://www.w3.org/1999/xhtml\">"
				     "<p>Anna &amp; <b>Jansen</b> \"caf\xc3\xa9\"<br/></p></div></text>"));
	res = rd(back, &d);
	assert_non_null(res);
	fhir_node_free(res);
	free(back);
	free(json);

	/* a div taken from another namespace declaration style (prefix) */
	json = convert(XML_HEAD "<Patient" NS " xmlns:h=\"http://www.w3.org/1999/xhtml\"><text>"
		       "<status value=\"generated\"/><h:div><h:p>x</h:p></h:div></text></Patient>",
		       FHIR_FORMAT_JSON);
	assert_non_null(strstr(json, "http://www.w3.org/1999/xhtml"));
	free(json);

	refuse("{\"resourceType\":\"Patient\",\"text\":{\"status\":\"generated\",\"div\":\"<div>x</div>\"}}",
	       BB_EINPUT, "Patient.text.div", "XHTML namespace", 0);
	refuse("{\"resourceType\":\"Patient\",\"text\":{\"status\":\"generated\",\"div\":\"<div xmlns="
	       "\\\"http://www.w3.org/1999/xhtml\\\"><p>x</div>\"}}",
	       BB_EINPUT, "Patient.text.div", "not well-formed", 0);
	refuse("{\"resourceType\":\"Patient\",\"text\":{\"status\":\"generated\",\"div\":\"<!DOCTYPE div "
	       "[<!ENTITY e \\\"x\\\">]><div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">&e;</div>\"}}",
	       BB_EINPUT, "Patient.text.div", NULL, 0);
	refuse("{\"resourceType\":\"Patient\",\"text\":{\"status\":\"generated\",\"div\":\"<?xml version="
	       "\\\"1.0\\\"?><div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">x</div>\"}}",
	       BB_EINPUT, "Patient.text.div", "nothing before it", 0);
	refuse("{\"resourceType\":\"Patient\",\"text\":{\"status\":\"generated\",\"div\":\"<div xmlns="
	       "\\\"http://www.w3.org/1999/xhtml\\\">x</div><!-- -->\"}}",
	       BB_EINPUT, "Patient.text.div", "nothing after it", 0);
	/* txt-1: no active content; txt-2: some content */
	refuse(XML_HEAD "<Patient" NS "><text><status value=\"generated\"/><div xmlns=\"http://www.w3.org/1999/xhtml\">"
	       "<p>x</p><script>alert(1)</script></div></text></Patient>", BB_EINPUT, "Patient.text.div",
	       "basic HTML", 1);
	refuse(XML_HEAD "<Patient" NS "><text><status value=\"generated\"/><div xmlns=\"http://www.w3.org/1999/xhtml\">"
	       "<p onclick=\"alert(1)\">x</p></div></text></Patient>", BB_EINPUT, "Patient.text.div",
	       "event handler", 1);
	refuse(XML_HEAD "<Patient" NS "><text><status value=\"generated\"/><div xmlns=\"http://www.w3.org/1999/xhtml\">"
	       "<a href=\" javascript:alert(1)\">x</a></div></text></Patient>", BB_EINPUT, "Patient.text.div",
	       "script links", 1);
	refuse(XML_HEAD "<Patient" NS "><text><status value=\"generated\"/><div xmlns=\"http://www.w3.org/1999/xhtml\">"
	       "<p> </p></div></text></Patient>", BB_EINPUT, "Patient.text.div", "no content", 1);
	refuse(XML_HEAD "<Patient" NS "><text><status value=\"generated\"/><div><p>x</p></div></text></Patient>",
	       BB_EINPUT, "Patient.text.div", "XHTML namespace", 1);
	refuse("{\"resourceType\":\"Patient\",\"text\":{\"status\":\"generated\"}}", BB_EINPUT,
	       "Patient.text.div", "required element is missing", 0);
	diag_free(&d);
}

/*
 * A narrative read from JSON is checked with libxml2's text events only
 * until some text is found (txt-2): later text, elements and comments are
 * still checked, and blank text alone is still no content.
 */
static void test_json_narrative_text(void **state)
{
#define DIV_OPEN "<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">"
#define PATIENT(div) "{\"resourceType\":\"Patient\",\"text\":{\"status\":\"generated\",\"div\":\"" div "\"}}"
	static const char *const good[] = {
		PATIENT(DIV_OPEN " \\n\\t<p> </p> x</div>"),
		PATIENT(DIV_OPEN "<p>  </p><b> y </b></div>"),
		PATIENT(DIV_OPEN "x<p>a &amp; b</p><!-- c --><br/></div>"),
	};
	diag_list d = DIAG_LIST_INIT;
	size_t k;

	(void)state;
	for (k = 0; k < sizeof good / sizeof good[0]; k++) {
		fhir_node *res = rd(good[k], &d);

		if (!res)
			print_message("good[%zu] refused\n", k);
		assert_non_null(res);
		fhir_node_free(res);
		diag_clear(&d);
	}
	refuse(PATIENT(DIV_OPEN " \\n <p> </p>\\t</div>"), BB_EINPUT, "Patient.text.div", "no content", 0);
	refuse(PATIENT(DIV_OPEN "x<script>y</script></div>"), BB_EINPUT, "Patient.text.div",
	       "basic HTML", 0);
	refuse(PATIENT(DIV_OPEN "x<p onclick=\\\"f()\\\">y</p></div>"), BB_EINPUT, "Patient.text.div",
	       "event handler", 0);
	refuse(PATIENT(DIV_OPEN "x</div><!-- -->"), BB_EINPUT, "Patient.text.div", "nothing after it", 0);
	refuse(PATIENT(DIV_OPEN "x<p>y</div>"), BB_EINPUT, "Patient.text.div", "not well-formed", 0);
	diag_free(&d);
#undef PATIENT
#undef DIV_OPEN
}

/* ---- XML security ----------------------------------------------------------------- */

/*
 * The XML reader itself (not only the format's detection, which wants a
 * '<') refuses EBCDIC, which libxml2 would detect by its "<?xm" and decode
 * behind the XML budget's back.
 */
static void test_xml_refuses_ebcdic(void **state)
{
	/* <?xml version="1.0" encoding="IBM037"?><Patient/> in IBM037 */
	static const char ebcdic[] = "\x4C\x6F\xA7\x94\x93\x40\xA5\x85\x99\xA2\x89\x96\x95\x7E"
				     "\x7F\xF1\x4B\xF0\x7F\x6F\x6E\x4C\xD7\x81\xA3\x89\x85\x95\xA3"
				     "\x61\x6E";
	diag_list d = DIAG_LIST_INIT;
	fhir_node *res = NULL;

	(void)state;
	assert_int_equal(fhir_read_xml(&res, ebcdic, sizeof ebcdic - 1, "input", NULL, &d), BB_EINPUT);
	assert_null(res);
	assert_true(has(&d, NULL, "found EBCDIC", 1));
	diag_free(&d);
}

/*
 * libxml2 is told that the whole input is there (fhir_xmlsafe.c,
 * read_memory): whatever the document, its end is still the end. Every
 * proper prefix of a document, and of a narrative taken from JSON (the
 * same parser context for both divs), is refused; the whole is read.
 */
static void test_xml_every_prefix_refused(void **state)
{
	static const char div[] = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p title=\"a &amp; b\">"
				  "Anna <b>Jansen</b><!-- c --><br/></p><table><tr><td>x</td></tr></table></div>";
	const char *xml = XML_HEAD "<Patient" NS "><id value=\"p1\"/><text><status value=\"generated\"/>"
			  "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Anna &amp; <b>Jansen</b><br/></p>"
			  "</div></text><active value=\"true\"/><name><family value=\"Jansen\"/></name></Patient>";
	size_t n, len = strlen(xml), dlen = strlen(div);
	diag_list d = DIAG_LIST_INIT;
	fhir_node *res = NULL;

	(void)state;
	for (n = 1; n <= len; n++) {
		int rc = fhir_read_xml(&res, xml, n, "input", NULL, &d);

		if ((rc == BB_OK) != (n == len))
			print_message("prefix of %zu of %zu bytes: %d\n", n, len, rc);
		assert_int_equal(rc == BB_OK, n == len);
		fhir_node_free(res);
		res = NULL;
		diag_free(&d);
	}
	for (n = 1; n <= dlen; n++) {
		strbuf json = STRBUF_INIT;
		size_t i;
		int rc;

		/* two narratives: a whole one, then the prefix */
		strbuf_puts(&json, "{\"resourceType\":\"Patient\",\"contained\":[{\"resourceType\":\"Basic\","
				   "\"text\":{\"status\":\"generated\",\"div\":\"");
		for (i = 0; i < dlen; i++)
			strbuf_puts(&json, div[i] == '"' ? "\\\"" : (char[2]){div[i], 0});
		strbuf_puts(&json, "\"},\"code\":{\"text\":\"t\"}}],\"text\":{\"status\":\"generated\",\"div\":\"");
		for (i = 0; i < n; i++)
			strbuf_puts(&json, div[i] == '"' ? "\\\"" : (char[2]){div[i], 0});
		strbuf_puts(&json, "\"}}");
		assert_false(json.failed);
		rc = fhir_read_json(&res, json.data, json.len, "input", NULL, &d);
		if ((rc == BB_OK) != (n == dlen))
			print_message("div prefix of %zu of %zu bytes: %d\n", n, dlen, rc);
		assert_int_equal(rc == BB_OK, n == dlen);
		if (n < dlen)
			assert_true(has(&d, "Patient.text.div", NULL, 0));
		fhir_node_free(res);
		res = NULL;
		diag_free(&d);
		strbuf_free(&json);
	}
}

static void test_xml_refuses_doctype(void **state)
{
	clock_t start = clock();

	(void)state;
	refuse(XML_HEAD "<!DOCTYPE Patient><Patient" NS "/>", BB_EINPUT, NULL, "DOCTYPE", 1);
	/* external entity (XXE) */
	refuse(XML_HEAD "\n<!DOCTYPE Patient [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
	       "<Patient" NS "><id value=\"&xxe;\"/></Patient>", BB_EINPUT, NULL, "DOCTYPE", 2);
	/* external DTD */
	refuse("<!DOCTYPE Patient SYSTEM \"http://example.org/evil.dtd\"><Patient" NS "/>",
	       BB_EINPUT, NULL, "DOCTYPE", 1);
	/* billion laughs */
	refuse(XML_HEAD "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
	       "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
	       "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
	       "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
	       "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
	       "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
	       "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
	       "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
	       "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>"
	       "<Patient" NS "><id value=\"&lol9;\"/></Patient>", BB_EINPUT, NULL, "DOCTYPE", 1);
	/* refused at once, not after expanding anything */
	assert_true((double)(clock() - start) / CLOCKS_PER_SEC < 2.0);
	/* undeclared entities are not well-formed; only UTF-8 */
	refuse(XML_HEAD "<Patient" NS "><id value=\"&foo;\"/></Patient>", BB_EINPUT, NULL, NULL, 1);
	refuse("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><Patient" NS "/>", BB_EINPUT, NULL,
	       "UTF-8", 1);
	refuse(XML_HEAD "<Patient" NS "><id value=\"caf\xe9\"/></Patient>", BB_EINPUT, NULL, NULL, 0);
	refuse(XML_HEAD "<Patient" NS "><id value=\"x\"></Patient>", BB_EINPUT, NULL, NULL, 1);
	/* no root element, and more than one: each said for what it is */
	refuse(XML_HEAD "<!-- only a comment -->", BB_EINPUT, NULL, "no root element", 0);
	refuse(XML_HEAD "<Patient" NS "/>\n<Patient" NS "/>", BB_EINPUT, NULL,
	       "more after the root element", 2);
	refuse(XML_HEAD "<Patient" NS "/>text", BB_EINPUT, NULL, "more after the root element", 0);
}

/* Only an attribute spelt exactly "value" is a primitive's value (compared inline). */
static void test_xml_value_attribute_spelling(void **state)
{
	static const char *const near[] = { "v", "val", "valu", "values", "valuE", "Value" };
	char doc[256];

	(void)state;
	for (size_t i = 0; i < sizeof near / sizeof near[0]; i++) {
		snprintf(doc, sizeof doc, XML_HEAD "<Patient" NS "><gender %s=\"male\"/></Patient>",
			 near[i]);
		refuse(doc, BB_EINPUT, NULL, "is not allowed here", 1);
	}
	free(convert(XML_HEAD "<Patient" NS "><gender value=\"male\"/></Patient>", FHIR_FORMAT_JSON));
}

/* ---- XML structure ----------------------------------------------------------------- */

static void test_xml_order_and_unknown(void **state)
{
	diag_list d = DIAG_LIST_INIT;
	fhir_node *res;
	const char *several = XML_HEAD "\n<Patient" NS ">\n"
		"  <gender value=\"female\"/>\n"
		"  <id value=\"p1\"/>\n"                       /* line 4: out of order */
		"  <name><famly value=\"X\"/></name>\n"        /* line 5: unknown */
		"  <birthDate value=\"1970-02-30\"/>\n"       /* line 6: bad date */
		"  <active value=\"true\" foo=\"1\"/>\n"       /* line 7: attribute; also order */
		"</Patient>\n";

	(void)state;
	/* every problem is reported, each with its line and path */
	res = rd(several, &d);
	assert_null(res);
	assert_true(has(&d, "Patient.id", "out of order", 4));
	assert_true(has(&d, "Patient.name[0]", "out of order", 5));
	assert_true(has(&d, "Patient.name[0].famly", "unknown element", 5));
	assert_true(has(&d, "Patient.birthDate", "invalid date", 6));
	assert_true(has(&d, "Patient.active", "out of order", 7));
	assert_true(d.count >= 4);
	diag_free(&d);

	refuse(XML_HEAD "<Patient" NS "><active value=\"true\" foo=\"1\"/></Patient>", BB_EINPUT,
	       "Patient.active", "attribute 'foo'", 1);
	refuse(XML_HEAD "<Patient" NS "><name><given value=\"a\"/><prefix value=\"b\"/>"
	       "<given value=\"c\"/></name></Patient>", BB_EINPUT, "Patient.name[0].given[1]",
	       "out of order", 1);
	refuse(XML_HEAD "<Patient" NS "><gender value=\"male\"/><gender value=\"female\"/></Patient>",
	       BB_EINPUT, "Patient.gender", "already present", 1);
	refuse(XML_HEAD "<Patient" NS "><gender/></Patient>", BB_EINPUT, "Patient.gender",
	       "neither a value", 1);
	refuse(XML_HEAD "<Patient" NS "><gender value=\"\"/></Patient>", BB_EINPUT, "Patient.gender",
	       "empty", 1);
	refuse(XML_HEAD "<Patient" NS "><name>Jansen</name></Patient>", BB_EINPUT, "Patient.name[0]",
	       "text is not allowed", 1);
	refuse(XML_HEAD "<Patient><id value=\"x\"/></Patient>", BB_EINPUT, NULL,
	       "not in the FHIR namespace", 1);
	refuse(XML_HEAD "<Patient" NS "><gender url=\"x\" value=\"male\"/></Patient>", BB_EINPUT,
	       "Patient.gender", "attribute 'url'", 1);
	refuse(XML_HEAD "<Patient" NS " id=\"p\"/>", BB_EINPUT, "Patient", "attributes are not allowed", 1);
	refuse(XML_HEAD "<Bundle" NS "><type value=\"collection\"/><entry><resource><Nope/></resource>"
	       "</entry></Bundle>", BB_EINPUT, "Bundle.entry[0].resource", "not a FHIR resource", 1);
	refuse(XML_HEAD "<Basic" NS "><code><text value=\"x\"/></code><extension url=\"u\">"
	       "<valueString value=\"v\"/></extension></Basic>", BB_EINPUT, "Basic.extension[0]",
	       "out of order", 1);
}

/* ---- JSON structure and guard ---------------------------------------------------------- */

static void test_json_unknown_and_types(void **state)
{
	diag_list d = DIAG_LIST_INIT;
	fhir_node *res;

	(void)state;
	/* resourceType need not come first; every problem is reported */
	res = rd("{\"name\":[{\"family\":\"x\",\"foo\":1},{\"given\":\"y\"}],\"resourceType\":\"Patient\","
		 "\"birthdate\":\"1970\",\"active\":\"true\",\"contact\":[{\"name\":{\"text\":\"z\","
		 "\"bar\":true}}]}", &d);
	assert_null(res);
	assert_true(has(&d, "Patient.name[0].foo", "unknown element 'foo'", 0));
	assert_true(has(&d, "Patient.name[1].given", "must be an array", 0));
	assert_true(has(&d, "Patient.birthdate", "unknown element", 0));
	assert_true(has(&d, "Patient.active", "true or false", 0));
	assert_true(has(&d, "Patient.contact[0].name.bar", "unknown element", 0));
	assert_int_equal(d.count, 5);
	diag_free(&d);

	res = rd("{\"gender\":\"female\",\"resourceType\":\"Patient\"}", &d);
	assert_non_null(res);
	fhir_node_free(res);

	refuse("{\"resourceType\":\"Patient\",\"name\":[]}", BB_EINPUT, "Patient.name", "empty array", 0);
	refuse("{\"resourceType\":\"Patient\",\"maritalStatus\":{}}", BB_EINPUT, "Patient.maritalStatus",
	       "empty object", 0);
	refuse("{\"resourceType\":\"Patient\",\"gender\":\"\"}", BB_EINPUT, "Patient.gender", "empty", 0);
	refuse("{\"resourceType\":\"Patient\",\"gender\":[\"male\"]}", BB_EINPUT, "Patient.gender",
	       "no array", 0);
	refuse("{\"resourceType\":\"Patient\",\"contained\":[{\"id\":\"x\"}]}", BB_EINPUT,
	       "Patient.contained[0]", "without resourceType", 0);
	refuse("{\"resourceType\":\"Patient\",\"contained\":[{\"resourceType\":\"Bogus\"}]}", BB_EINPUT,
	       "Patient.contained[0]", "unknown or unsupported", 0);
	refuse("{\"resourceType\":\"Bogus\"}", BB_EINPUT, "resourceType", "unsupported resource type", 0);
	refuse("{\"id\":\"x\"}", BB_EINPUT, NULL, "resourceType", 0);
	refuse("[1]", BB_EINPUT, NULL, "neither", 0);
	refuse("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
	       "{\"resourceType\":\"Patient\",\"birthDate\":\"1970-02-30\"}}]}", BB_EINPUT,
	       "Bundle.entry[0].resource.birthDate", "invalid date", 0);
	refuse("{\"resourceType\":\"Bundle\"}", BB_EINPUT, "Bundle.type", "required", 0);
	diag_free(&d);
}

static void test_json_guard(void **state)
{
	strbuf deep = STRBUF_INIT, big = STRBUF_INIT;
	fhir_limits lim = FHIR_LIMITS_INIT;
	diag_list d = DIAG_LIST_INIT;
	fhir_node *res = NULL;
	int i;

	(void)state;
	refuse("{\"resourceType\":\"Patient\",\"gender\":\"male\",\"gender\":\"female\"}", BB_EINPUT,
	       NULL, "duplicate key \"gender\"", 1);
	/* the same key spelt with an escape is still the same key */
	refuse("{\"resourceType\":\"Patient\",\n\"id\":\"a\",\n\"\\u0069d\":\"b\"}", BB_EINPUT, NULL,
	       "duplicate key \"id\"", 3);
	/* keys may repeat in different objects */
	res = rd("{\"resourceType\":\"Patient\",\"name\":[{\"text\":\"a\"},{\"text\":\"b\"}]}", &d);
	assert_non_null(res);
	fhir_node_free(res);

	for (i = 0; i < 100; i++)
		strbuf_puts(&deep, "{\"a\":");
	strbuf_puts(&deep, "1");
	for (i = 0; i < 100; i++)
		strbuf_puts(&deep, "}");
	refuse(deep.data, BB_ETOOBIG, NULL, "nested more than 64", 0);
	strbuf_free(&deep);

	refuse("{\"resourceType\":\"Observation\",\"valueInteger\":1234567890123456789}", BB_EINPUT,
	       NULL, "more than 18 digits", 1);
	refuse("{\"resourceType\":\"Patient\",\"gender\":\"m\xc3\"}", BB_EINPUT, NULL, "UTF-8", 1);
	refuse("{\"resourceType\":\"Patient\",\"gender\":\"m\\ud800\"}", BB_EINPUT, NULL, "surrogate", 1);
	refuse("{\"resourceType\":\"Patient\",\"gender\":\"m\\u0000\"}", BB_EINPUT, NULL, "NUL", 1);
	refuse("{\"resourceType\":\"Patient\",}", BB_EINPUT, NULL, NULL, 1);
	refuse("{\"resourceType\":\"Patient\"} x", BB_EINPUT, NULL, "after the JSON value", 1);
	refuse("{\"resourceType\":'Patient'}", BB_EINPUT, NULL, NULL, 1);

	/*
	 * The reader has json-c parse the text and checks around it what json-c
	 * does not (fhir_json_guard_scan, member counts); whatever it refuses, it
	 * refuses for the reason fhir_json_guard_check gives. json-c alone accepts
	 * every one of these.
	 */
	{
		static const char *const nasty[] = {
			"{\"resourceType\":\"Observation\",\"valueDecimal\":NaN}",
			"{\"resourceType\":\"Observation\",\"valueDecimal\":Infinity}",
			"{\"resourceType\":\"Observation\",\"valueDecimal\":-Infinity}",
			"{\"resourceType\":\"Observation\",\"valueDecimal\":-01}",
			"{\"resourceType\":\"Observation\",\"valueDecimal\":1.}",
			"{\"resourceType\":\"Observation\",\"valueDecimal\":1.e5}",
			"{\"resourceType\":\"Observation\",\"valueDecimal\":12345678901234567890}",
			"{\"resourceType\":\"Observation\",\"valueDecimal\":-9223372036854775809}",
			"{'resourceType':\"Patient\"}",
			"{\"resourceType\":\"Patient\",\"gender\":\"a\tb\"}",
			"{\"resourceType\":\"Patient\",\"gender\":\"a\x01\"}",
			"{\"resourceType\":\"Patient\",\"gender\":\"\\udc00\"}",
			"{\"resourceType\":\"Patient\",\"gender\":\"\\ud800\\u0041\"}",
			"{\"resourceType\":\"Patient\",\"gender\":\"\xc0\x80\"}",
			"{\"resourceType\":\"Patient\",\"gender\":\"\xed\xa0\x80\"}",
			"{\"resourceType\":\"Patient\",\"gender\":\"\xf4\x90\x80\x80\"}",
			"{\"resourceType\":\"Patient\",\"gend\\u0000er\":\"male\"}",
			"{\"resourceType\":\"Patient\"}{}",
			"{\"resourceType\":\"Patient\",\"active\":truex}",
			"{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"a\",\"family\":\"b\"}]}",
			"{\"resourceType\":\"Patient\",\"gender\":\"male\",\"_gender\":{\"id\":\"a\",\"id\":\"b\"}}",
			"{\"resourceType\":\"Patient\",\"contained\":[{\"resourceType\":\"Basic\",\"id\":\"a\","
			"\"id\":\"b\",\"code\":{\"text\":\"x\"}}]}",
			"{\"resourceType\":\"Patient\",\"resourceType\":\"Patient\"}",
			"{\"resourceType\":\"Patient\",\"gender\":\"male\",\"x\":{\"a\":1,\"a\":2}}",
			"\v{\"resourceType\":\"Patient\"}",
			"",
			"   ",
		};
		size_t k;

		for (k = 0; k < sizeof(nasty) / sizeof(nasty[0]); k++) {
			json_guard_error ge;
			int want = fhir_json_guard_check(nasty[k], strlen(nasty[k]), 0, 0, &ge);

			if (want == 0)
				print_message("    the guard accepts nasty[%zu]: %s\n", k, nasty[k]);
			assert_int_not_equal(want, 0);
			assert_int_equal(fhir_read_json(&res, nasty[k], strlen(nasty[k]), "input", NULL, &d),
					 want);
			assert_null(res);
			assert_true(has(&d, NULL, ge.message, ge.line));
			assert_int_equal(d.count, 1);
			diag_clear(&d);
		}
	}

	/* size limit: default 16 MiB, configurable */
	strbuf_puts(&big, "{\"resourceType\":\"Patient\",\"id\":\"x\"}");
	lim.max_bytes = 20;
	assert_int_equal(fhir_read_ex(&res, big.data, big.len, "input", &lim, &d), BB_ETOOBIG);
	assert_true(has(&d, NULL, "exceeds the limit", 0));
	assert_int_equal(d.items[0].code, BB_ETOOBIG);
	diag_clear(&d);
	lim.max_bytes = 0;
	assert_int_equal(fhir_read_ex(&res, big.data, big.len, "input", &lim, &d), BB_OK);
	fhir_node_free(res);
	strbuf_reset(&big);
	strbuf_puts(&big, "{\"resourceType\":\"Patient\",\"id\":\"x\",\"x\":\"");
	assert_int_equal(strbuf_grow(&big, 17u * 1024 * 1024), 0);
	memset(big.data + big.len, 'a', 17u * 1024 * 1024);
	big.len += 17u * 1024 * 1024;
	strbuf_puts(&big, "\"}");
	assert_int_equal(fhir_read(&res, big.data, big.len, "input", &d), BB_ETOOBIG);
	assert_int_equal(fhir_read_xml(&res, big.data, big.len, "input", NULL, &d), BB_ETOOBIG);
	strbuf_free(&big);
	diag_free(&d);

	/* depth limit is configurable too */
	{
		json_guard_error ge;

		/* empty keys are keys too (and once made the guard misbehave) */
		assert_int_equal(fhir_json_guard_check("{\"\":1,\"\":2}", 11, 0, 0, &ge), BB_EINPUT);
		assert_non_null(strstr(ge.message, "duplicate key"));
		assert_int_equal(fhir_json_guard_check("{\"\":{\"\":1}}", 11, 0, 0, &ge), 0);
		assert_int_equal(fhir_json_guard_check("[[[1]]]", 7, 0, 2, &ge), BB_ETOOBIG);
		assert_int_equal(fhir_json_guard_check("[[[1]]]", 7, 0, 3, &ge), 0);
	}
}

/*
 * fhir_json_guard_scan skips runs of spaces sixteen bytes at a time: runs of
 * every length up to 40, with a tab, line end or a stray byte at each
 * offset, after punctuation and strings; a stray byte must never be
 * skipped with the spaces.
 */
static void test_json_guard_space_runs(void **state)
{
	static const char plain[] = "                                        "; /* 40 */

	(void)state;
	for (size_t len = 0; len <= 40; len++) {
		for (size_t at = 0; at <= len; at++) {
			for (int k = 0; k < 3; k++) {
				static const char odd[] = { '\t', '\n', 'x' };
				char run[48], doc[512];
				size_t keys = 0;
				unsigned depth = 0;
				int n;

				memset(run, ' ', len);
				run[len] = '\0';
				if (at < len)
					run[at] = odd[k];
				n = snprintf(doc, sizeof doc, "{%s\"a\":%s1%s}%s", run, run, run, run);
				assert_true(n > 0 && (size_t)n < sizeof doc);
				assert_int_equal(fhir_json_guard_scan(doc, (size_t)n, &keys, &depth),
						 at < len && odd[k] == 'x' ? -1 : 0);
				if (at == len || odd[k] != 'x')
					assert_int_equal(keys, 1);
				/*
				 * after a string, ',', ':' and brackets (taken without a
				 * turn of the loop): the run in one place, spaces elsewhere
				 */
				for (int place = 0; place < 6; place++) {
					const char *r[6];

					for (int q = 0; q < 6; q++)
						r[q] = q == place ? run : plain + (sizeof plain - 1 - len);
					n = snprintf(doc, sizeof doc,
						     "[\"a\",%s\"b\"%s,[%s{\"c\":%s\"d\"}%s]%s]",
						     r[0], r[1], r[2], r[3], r[4], r[5]);
					assert_true(n > 0 && (size_t)n < sizeof doc);
					assert_int_equal(fhir_json_guard_scan(doc, (size_t)n, &keys, &depth),
							 at < len && odd[k] == 'x' ? -1 : 0);
					if (at == len || odd[k] != 'x') {
						assert_int_equal(keys, 1);
						assert_int_equal(depth, 3);
					}
				}
			}
		}
	}
}

/*
 * fhir_json_guard_scan looks at sixteen string bytes at once: strings of every
 * length up to 40 with an escape, UTF-8, a raw control byte or a byte
 * that is not UTF-8 at each offset. The last two must be found wherever
 * they are.
 */
static void test_json_guard_string_offsets(void **state)
{
	static const struct {
		const char *bytes;
		int ok;
	} odd[] = {
		{ "\\n", 0 }, { "\\\"", 0 }, { "\\u00e9", 0 }, { "\xc3\xa9", 0 },
		{ "\x01", -1 }, { "\xff", -1 }, { "\xc3", -1 },
	};
	(void)state;
	for (size_t len = 1; len <= 40; len++) {
		for (size_t at = 0; at < len; at++) {
			for (size_t k = 0; k < sizeof odd / sizeof odd[0]; k++) {
				char str[64], doc[128];
				size_t n = 0, keys = 0;
				unsigned depth = 0;
				int w;

				for (size_t i = 0; i < len; i++) {
					const char *b = i == at ? odd[k].bytes : "y";

					memcpy(str + n, b, strlen(b));
					n += strlen(b);
				}
				str[n] = '\0';
				w = snprintf(doc, sizeof doc, "{\"%s\":\"%s\"}", str, str);
				assert_true(w > 0 && (size_t)w < sizeof doc);
				assert_int_equal(fhir_json_guard_scan(doc, (size_t)w, &keys, &depth), odd[k].ok);
			}
		}
	}
}

/*
 * json-c gets a tokener only as deep as the text nests (what
 * fhir_json_guard_scan counts): the same verdicts as with the configured
 * limit, at every limit from 1 to 8 and nestings from 1 to 7 (the deepest
 * level holding a value, which json-c counts as a level of its own).
 */
static void test_json_depth_from_scan(void **state)
{
	static const struct {
		const char *text;
		int rc;
		unsigned depth;
	} scans[] = {
		{ "1", 0, 0 }, { "{}", 0, 1 }, { "[[[1]]]", 0, 3 }, { "[[],[[]],[]]", 0, 3 },
		{ "{\"a\":\"[[{{\"}", 0, 1 }, { "{\"a\":[{\"b\":[\"]\"]}]}", 0, 4 },
		{ "]", -1, 0 }, { "[]]", -1, 0 }, { "{}}{", -1, 0 },
	};
	size_t k, keys;
	unsigned depth, levels, max;

	(void)state;
	for (k = 0; k < sizeof scans / sizeof scans[0]; k++) {
		depth = 99;
		assert_int_equal(fhir_json_guard_scan(scans[k].text, strlen(scans[k].text), &keys, &depth),
				 scans[k].rc);
		if (scans[k].rc == 0)
			assert_int_equal(depth, scans[k].depth);
	}
	/* Patient, then `levels` nested extensions: 1 + 2 * levels deep */
	for (levels = 0; levels <= 3; levels++) {
		strbuf t = STRBUF_INIT;
		unsigned i, nest = 1 + 2 * levels;

		strbuf_puts(&t, "{\"resourceType\":\"Patient\"");
		for (i = 0; i < levels; i++)
			strbuf_puts(&t, ",\"extension\":[{\"url\":\"http://example.org/x\"");
		strbuf_puts(&t, levels ? ",\"valueString\":\"v\"" : ",\"active\":true");
		for (i = 0; i < levels; i++)
			strbuf_puts(&t, "}]");
		strbuf_puts(&t, "}");
		assert_false(t.failed);
		for (max = 1; max <= 8; max++) {
			fhir_limits lim = FHIR_LIMITS_INIT;
			diag_list d = DIAG_LIST_INIT;
			fhir_node *res = NULL;
			int rc;

			lim.max_depth = max;
			rc = fhir_read_json(&res, t.data, t.len, "input", &lim, &d);
			if (rc != (nest > max ? BB_ETOOBIG : BB_OK)) {
				print_message("nesting %u, limit %u: %d\n", nest, max, rc);
				dump(&d);
			}
			assert_int_equal(rc, nest > max ? BB_ETOOBIG : BB_OK);
			fhir_node_free(res);
			diag_free(&d);
		}
		strbuf_free(&t);
	}
}

/* ---- writers ----------------------------------------------------------------------------- */

static void test_writers_pretty_and_order(void **state)
{
	diag_list d = DIAG_LIST_INIT;
	fhir_node *p;
	char *s;

	(void)state;
	p = fhir_resource_new("Patient", &d);
	fhir_set(p, "gender", "female");
	fhir_set(fhir_add(p, "name"), "family", "A & B <\"C\">\n");
	fhir_set(p, "id", "p1");
	fhir_add(p, "maritalStatus");                  /* left empty: not written */
	s = wr(p, FHIR_FORMAT_JSON, 1);
	assert_string_equal(s,
		"{\n  \"resourceType\": \"Patient\",\n  \"id\": \"p1\",\n  \"name\": [\n    {\n"
		"      \"family\": \"A & B <\\\"C\\\">\\n\"\n    }\n  ],\n  \"gender\": \"female\"\n}\n");
	free(s);
	s = wr(p, FHIR_FORMAT_XML, 1);
	assert_string_equal(s,
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Patient xmlns=\"http://hl7.org/fhir\">\n"
		"\t<id value=\"p1\"/>\n\t<name>\n\t\t<family value=\"A &amp; B &lt;&quot;C&quot;&gt;&#10;\"/>\n"
		"\t</name>\n\t<gender value=\"female\"/>\n</Patient>\n");
	free(s);
	/* and the escaped newline survives the way back */
	s = wr(p, FHIR_FORMAT_XML, 0);
	fhir_node_free(p);
	p = rd(s, &d);
	assert_non_null(p);
	assert_string_equal(fhir_get_value(fhir_get(p, "name", 0), "family", 0), "A & B <\"C\">\n");
	free(s);
	fhir_node_free(p);
	assert_int_equal(fhir_write(NULL, NULL, FHIR_FORMAT_JSON, 0), BB_EINVAL);
	diag_free(&d);
}

/*
 * The JSON writer looks at sixteen or eight bytes at once: every string
 * length up to 40 with one byte to escape at each position, and bytes
 * that only look like one (UTF-8, which stays as it is).
 */
static void test_json_string_escapes_at_every_offset(void **state)
{
	static const char *const specials[] = { "\"", "\\", "\n", "\t", "\xc3\xa9" };
	static const char *const escaped[] = { "\\\"", "\\\\", "\\n", "\\t", "\xc3\xa9" };
	diag_list d = DIAG_LIST_INIT;
	(void)state;

	for (size_t len = 1; len <= 40; len++) {
		for (size_t at = 0; at < len; at++) {
			for (size_t k = 0; k < sizeof specials / sizeof specials[0]; k++) {
				char value[64], want[128], *out;
				size_t n = 0, w = 0;
				fhir_node *p = fhir_resource_new("Patient", &d);

				for (size_t i = 0; i < len; i++) {
					const char *v = i == at ? specials[k] : "x", *e = i == at ? escaped[k] : "x";

					memcpy(value + n, v, strlen(v)), n += strlen(v);
					memcpy(want + w, e, strlen(e)), w += strlen(e);
				}
				value[n] = '\0';
				want[w] = '\0';
				assert_non_null(fhir_set(fhir_add(p, "name"), "family", value));
				out = wr(p, FHIR_FORMAT_JSON, 0);
				{
					char *at_key = strstr(out, "\"family\":\"");

					assert_non_null(at_key);
					at_key += strlen("\"family\":\"");
					assert_memory_equal(at_key, want, w);
					assert_string_equal(at_key + w, "\"}]}");
				}
				free(out);
				fhir_node_free(p);
			}
		}
	}
	diag_free(&d);
}

/*
 * The XML writer looks at attribute values eight bytes at a time: values
 * of every length up to 40 with one byte to escape (or a look-alike that
 * needs none: '=', '%', '?', UTF-8) at each offset.
 */
static void test_xml_attr_escapes_at_every_offset(void **state)
{
	static const char *const specials[] = { "&", "<", ">", "\"", "\t", "\n", "\r",
						"=", "%", "?", "\xc3\xa9" };
	static const char *const escaped[] = { "&amp;", "&lt;", "&gt;", "&quot;", "&#9;", "&#10;",
					       "&#13;", "=", "%", "?", "\xc3\xa9" };
	diag_list d = DIAG_LIST_INIT;
	(void)state;

	for (size_t len = 1; len <= 40; len++) {
		for (size_t at = 0; at < len; at++) {
			for (size_t k = 0; k < sizeof specials / sizeof specials[0]; k++) {
				char value[64], want[160], *out, *v;
				size_t n = 0, w = 0;
				fhir_node *p = fhir_resource_new("Patient", &d);

				w = (size_t)snprintf(want, sizeof want, "<family value=\"");
				for (size_t i = 0; i < len; i++) {
					const char *a = i == at ? specials[k] : "x", *e = i == at ? escaped[k] : "x";

					memcpy(value + n, a, strlen(a)), n += strlen(a);
					memcpy(want + w, e, strlen(e)), w += strlen(e);
				}
				value[n] = '\0';
				memcpy(want + w, "\"/>", 4);
				assert_non_null(fhir_set(fhir_add(p, "name"), "family", value));
				out = wr(p, FHIR_FORMAT_XML, 0);
				v = strstr(out, "<family ");
				assert_non_null(v);
				assert_memory_equal(v, want, strlen(want));
				free(out);
				fhir_node_free(p);
			}
		}
	}
	diag_free(&d);
}

static void test_detect_format(void **state)
{
	(void)state;
	assert_int_equal(fhir_detect_format("  {", 3), FHIR_FORMAT_JSON);
	assert_int_equal(fhir_detect_format("\xEF\xBB\xBF<?xml", 8), FHIR_FORMAT_XML);
	assert_int_equal(fhir_detect_format("MSH|", 4), FHIR_FORMAT_UNKNOWN);
	assert_int_equal(fhir_detect_format("", 0), FHIR_FORMAT_UNKNOWN);
}

/* ---- fixture files (tests/data/fhir) ------------------------------------------------- */

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	strbuf b = STRBUF_INIT;
	char chunk[8192];
	size_t n;

	if (!f)
		return NULL;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		strbuf_add(&b, chunk, n);
	fclose(f);
	return strbuf_detach(&b, len);
}

/* Read, write in `fmt`, read again, write again: the two writes are equal. */
static void round_trip_file(const char *path)
{
	static const fhir_format fmts[] = { FHIR_FORMAT_JSON, FHIR_FORMAT_XML };
	diag_list d = DIAG_LIST_INIT;
	size_t len, i;
	char *buf = slurp(path, &len);
	fhir_node *res = NULL, *again = NULL;

	assert_non_null(buf);
	if (fhir_read(&res, buf, len, path, &d) != BB_OK)
		dump(&d);
	assert_non_null(res);
	for (i = 0; i < 2; i++) {
		char *a = wr(res, fmts[i], 1), *b;

		assert_int_equal(fhir_read(&again, a, strlen(a), "output", &d), BB_OK);
		b = wr(again, fmts[i], 1);
		assert_string_equal(a, b);
		fhir_node_free(again);
		free(a);
		free(b);
	}
	fhir_node_free(res);
	free(buf);
	diag_free(&d);
}

/* fhir_copy_into: a deep copy writes exactly like the original. */
static void test_copy_into(void **state)
{
	static const char *const patient =
		"{\"resourceType\":\"Patient\",\"id\":\"p1\","
		"\"text\":{\"status\":\"generated\",\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">Jan</div>\"},"
		"\"contained\":[{\"resourceType\":\"Organization\",\"id\":\"o1\",\"name\":\"Praktijk\"}],"
		"\"extension\":[{\"url\":\"urn:x\",\"valueDecimal\":27.0}],"
		"\"identifier\":[{\"system\":\"http://fhir.nl/fhir/NamingSystem/bsn\",\"value\":\"999990068\"}],"
		"\"name\":[{\"family\":\"Berg\",\"_family\":{\"extension\":[{\"url\":\"urn:y\",\"valueString\":\"van den\"}]},"
		"\"given\":[\"Jan\",\"Piet\"]}],"
		"\"birthDate\":\"1970-05-17\",\"managingOrganization\":{\"reference\":\"#o1\"}}";
	diag_list d = DIAG_LIST_INIT;
	fhir_node *src = rd(patient, &d), *bundle, *entry, *copy, *other;
	char *a, *b;

	(void)state;
	bundle = fhir_resource_new("Bundle", &d);
	fhir_set(bundle, "type", "collection");
	entry = fhir_add(bundle, "entry");
	copy = fhir_copy_into(entry, "resource", src);
	assert_non_null(copy);
	assert_int_equal(fhir_errors(bundle), 0);
	a = wr(src, FHIR_FORMAT_JSON, 0);
	b = wr(copy, FHIR_FORMAT_JSON, 0);
	assert_string_equal(a, b);
	free(b);
	/* the copy is independent: freeing the source leaves it whole */
	fhir_node_free(src);
	b = wr(fhir_get(entry, "resource", 0), FHIR_FORMAT_JSON, 0);
	assert_string_equal(a, b);
	free(a);
	free(b);
	/* a data type into the same element of another resource */
	other = fhir_resource_new("Patient", &d);
	assert_non_null(fhir_copy_into(other, "name", fhir_get(copy, "name", 0)));
	a = wr(other, FHIR_FORMAT_XML, 0);
	assert_non_null(strstr(a, "<family value=\"Berg\"><extension url=\"urn:y\">"));
	assert_non_null(strstr(a, "<given value=\"Jan\"/><given value=\"Piet\"/>"));
	free(a);
	/* ... but not into an element of another type */
	assert_null(fhir_copy_into(other, "address", fhir_get(copy, "name", 0)));
	assert_int_equal(fhir_errors(other), 1);
	fhir_node_free(other);
	fhir_node_free(bundle);
	diag_free(&d);
}

static void test_fixtures(void **state)
{
	/* every bad-* file and the reason it must give */
	static const struct { const char *file; int code; const char *why; unsigned line; } bad[] = {
		{ "bad-xxe.xml", BB_EINPUT, "DOCTYPE", 2 },
		{ "bad-billion-laughs.xml", BB_EINPUT, "DOCTYPE", 2 },
		{ "bad-latin1.xml", BB_EINPUT, "only UTF-8", 1 },
		{ "bad-out-of-order.xml", BB_EINPUT, "out of order", 4 },
		{ "bad-duplicate-key.json", BB_EINPUT, "duplicate key \"gender\"", 5 },
		{ "bad-deep-nesting.json", BB_ETOOBIG, "nested more than", 1 },
		{ "bad-huge-integer.json", BB_EINPUT, "more than 18 digits", 3 },
		{ "bad-unknown-element.json", BB_EINPUT, "unknown element 'voornaam'", 0 },
	};
	static const char *const good[] = {
		"good-observation-decimals.json", "good-patient-extensions.xml",
	};
	const char *top = getenv("abs_top_srcdir");
	char *dir = str_printf("%s/tests/data/fhir", top && *top ? top : ".");
	size_t i;

	(void)state;
	{
		char *probe = str_printf("%s/%s", dir, good[0]);
		FILE *f = fopen(probe, "rb");

		free(probe);
		if (!f) {
			print_message("SKIP: %s not found (set abs_top_srcdir)\n", dir);
			free(dir);
			skip();
		}
		fclose(f);
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char *path = str_printf("%s/%s", dir, bad[i].file);
		diag_list d = DIAG_LIST_INIT;
		fhir_node *res = NULL;
		size_t len;
		char *buf = slurp(path, &len);

		assert_non_null(buf);
		assert_int_equal(fhir_read(&res, buf, len, path, &d), bad[i].code);
		assert_null(res);
		assert_true(has(&d, NULL, bad[i].why, bad[i].line));
		assert_string_equal(d.items[0].source, path);
		diag_free(&d);
		free(buf);
		free(path);
	}
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		char *path = str_printf("%s/%s", dir, good[i]);

		round_trip_file(path);
		free(path);
	}
	free(dir);
}

/* ---- a reader kept between documents ---------------------------------- */

static int kept_read(fhir_reader *kept, const char *text, diag_list *d)
{
	fhir_node *res = NULL;
	int rc = fhir_reader_read(kept, &res, text, strlen(text), "input", NULL, d);

	fhir_node_free(res);
	return rc;
}

/*
 * A document that stopped inside an element may leave its namespace
 * declarations on libxml2's stack (upstream 2.9's xmlCtxtReset does not
 * clear it): its context is dropped, and a prefix it declared is not
 * known to the next document.
 */
static void test_reader_forgets_a_failed_document(void **state)
{
	static const char *const open_ns =
		"<Patient xmlns=\"http://hl7.org/fhir\" xmlns:h=\"http://www.w3.org/1999/xhtml\">"
		"<text><status value=\"generated\"/><h:div>";
	static const char *const uses_h =
		"<Patient xmlns=\"http://hl7.org/fhir\"><text><status value=\"generated\"/>"
		"<h:div>x</h:div></text></Patient>";
	static const char *const good =
		"<Patient xmlns=\"http://hl7.org/fhir\"><active value=\"true\"/></Patient>";
	fhir_reader *kept = fhir_reader_new();
	diag_list d = DIAG_LIST_INIT;
	(void)state;

	assert_non_null(kept);
	assert_int_equal(kept_read(kept, good, &d), BB_OK);
	assert_non_null(kept->sax.px);
	assert_int_equal(kept_read(kept, open_ns, &d), BB_EINPUT);
	assert_null(kept->sax.px);
	diag_clear(&d);
	assert_int_equal(kept_read(kept, uses_h, &d), BB_EINPUT);
	assert_true(has(&d, NULL, "Namespace prefix h", 0));
	diag_free(&d);
	fhir_reader_free(kept);
}

/*
 * What a kept reader holds stays bounded whatever it is sent: a
 * document that leaves libxml2's dictionary past 512 KiB (one namespace
 * name of 600,000 bytes) is read as usual, and then its context is
 * dropped; one over 1 MiB is read with a new context (libxml2's own
 * dictionary limit then bites as for fhir_read); buffers grown past a
 * usual document's are freed. A usual document leaves both in place.
 */
static void test_reader_keeps_its_bounds(void **state)
{
	const size_t big = 600000;
	strbuf doc = STRBUF_INIT;
	fhir_reader *kept = fhir_reader_new();
	diag_list d = DIAG_LIST_INIT;
	xmlParserCtxtPtr px;
	size_t i;
	(void)state;

	assert_non_null(kept);
	assert_int_equal(kept_read(kept, "<Patient xmlns=\"http://hl7.org/fhir\"><text><status "
				   "value=\"generated\"/><div xmlns=\"http://www.w3.org/1999/xhtml\">"
				   "x</div></text></Patient>", &d), BB_OK);
	assert_non_null(px = kept->sax.px);
	assert_true(kept->div.alloc > 0 && kept->div.alloc <= 65536);
	assert_non_null(kept->frames);

	/* a big dictionary: dropped after the document */
	strbuf_puts(&doc, "<Patient xmlns=\"http://hl7.org/fhir\" xmlns:n=\"urn:");
	for (i = 0; i < big; i++)
		strbuf_putc(&doc, (char)('a' + i % 26));
	strbuf_puts(&doc, "\"><active value=\"true\"/></Patient>");
	assert_false(doc.failed);
	assert_int_equal(kept_read(kept, doc.data, &d), BB_OK);
	assert_null(kept->sax.px);

	/* a narrative of 100 KB: its buffer is not kept */
	strbuf_reset(&doc);
	strbuf_puts(&doc, "<Patient xmlns=\"http://hl7.org/fhir\"><text><status value=\"generated\"/>"
			  "<div xmlns=\"http://www.w3.org/1999/xhtml\">");
	for (i = 0; i < 100000; i++)
		strbuf_putc(&doc, 'x');
	strbuf_puts(&doc, "</div></text></Patient>");
	assert_int_equal(kept_read(kept, doc.data, &d), BB_OK);
	assert_int_equal(kept->div.alloc, 0);
	assert_non_null(kept->sax.px);

	/* a document over 1 MiB gets a context of its own, not the kept one */
	assert_int_equal(kept_read(kept, "<Patient xmlns=\"http://hl7.org/fhir\" "
				   "xmlns:zzkept=\"urn:kept\"><active value=\"true\"/></Patient>", &d),
			 BB_OK);
	assert_non_null(kept->sax.px);
	assert_non_null(xmlDictExists(kept->sax.px->dict, BAD_CAST "zzkept", -1));
	strbuf_reset(&doc);
	strbuf_puts(&doc, "<Patient xmlns=\"http://hl7.org/fhir\"><text><status value=\"generated\"/>"
			  "<div xmlns=\"http://www.w3.org/1999/xhtml\">");
	for (i = 0; i < 1100000; i++)
		strbuf_putc(&doc, 'x');
	strbuf_puts(&doc, "</div></text></Patient>");
	assert_int_equal(kept_read(kept, doc.data, &d), BB_OK);
	assert_non_null(kept->sax.px);
	assert_null(xmlDictExists(kept->sax.px->dict, BAD_CAST "zzkept", -1));

	/* an object of 5,000 members (refused: none is known): its stack is not kept */
	strbuf_reset(&doc);
	strbuf_puts(&doc, "{\"resourceType\":\"Patient\"");
	for (i = 0; i < 5000; i++)
		strbuf_printf(&doc, ",\"x%zu\":1", i);
	strbuf_puts(&doc, "}");
	assert_false(doc.failed);
	assert_int_equal(kept_read(kept, doc.data, &d), BB_EINPUT);
	assert_true(has(&d, NULL, "unknown element", 0));
	assert_null(kept->members);
	assert_int_equal(kept->amembers, 0);
	diag_free(&d);
	strbuf_free(&doc);
	fhir_reader_free(kept);
	fhir_reader_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reader_forgets_a_failed_document),
		cmocka_unit_test(test_reader_keeps_its_bounds),
		cmocka_unit_test(test_meta_lookup),
		cmocka_unit_test(test_prim_lexical),
		cmocka_unit_test(test_prim_text_at_every_offset),
		cmocka_unit_test(test_builder),
		cmocka_unit_test(test_builder_resources),
		cmocka_unit_test(test_builder_depth_and_check),
		cmocka_unit_test(test_decimal_text),
		cmocka_unit_test(test_primitive_extensions),
		cmocka_unit_test(test_choice_types),
		cmocka_unit_test(test_extension_needs_value_or_extensions),
		cmocka_unit_test(test_comments_in_narratives_only),
		cmocka_unit_test(test_comments_checked_everywhere),
		cmocka_unit_test(test_narrative_text_escapes_at_every_offset),
		cmocka_unit_test(test_narrative),
		cmocka_unit_test(test_narrative_names_across_the_buffer_end),
		cmocka_unit_test(test_json_narrative_text),
		cmocka_unit_test(test_xml_events),
		cmocka_unit_test(test_xml_refuses_doctype),
		cmocka_unit_test(test_xml_refuses_ebcdic),
		cmocka_unit_test(test_xml_every_prefix_refused),
		cmocka_unit_test(test_xml_value_attribute_spelling),
		cmocka_unit_test(test_xml_order_and_unknown),
		cmocka_unit_test(test_json_unknown_and_types),
		cmocka_unit_test(test_json_guard),
		cmocka_unit_test(test_json_guard_space_runs),
		cmocka_unit_test(test_json_guard_string_offsets),
		cmocka_unit_test(test_json_depth_from_scan),
		cmocka_unit_test(test_writers_pretty_and_order),
		cmocka_unit_test(test_json_string_escapes_at_every_offset),
		cmocka_unit_test(test_xml_attr_escapes_at_every_offset),
		cmocka_unit_test(test_detect_format),
		cmocka_unit_test(test_copy_into),
		cmocka_unit_test(test_fixtures),
	};
	int rc;

	xmlInitParser();
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	xmlCleanupParser();
	return rc;
}
