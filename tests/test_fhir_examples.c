/*
 * Round trips of the official FHIR R4 examples through our codec.
 *
 * For every example in $BB_SHARED_DIR/fhir-r4/examples whose resource
 * type the codec supports:
 *   1. XML -> ours -> JSON equals the official JSON of the same resource
 *      (compared as parsed trees; numbers by their text, so 1.50 != 1.5);
 *   2. JSON -> ours -> XML equals the official XML after canonicalisation
 *      (C14N, after dropping comments and white-space-only text outside
 *      the XHTML narrative);
 *   3. every XML we write validates against fhir-single.xsd.
 * And for every one of the 146 R4 resource types, an instance with every
 * element of the resource and of its backbone elements (made from our
 * tables, with codes taken from the XSD's enumerations) is read, written
 * as XML that validates against fhir-single.xsd, and read back unchanged.
 *
 * Differences the FHIR specification allows, and which are therefore not
 * counted (see allowed_* below):
 *   - XML comments: not part of the resource content; JSON cannot carry
 *     them (FHIR R4 xml.html: comments "SHALL NOT" carry data).
 *   - White-space-only text between FHIR elements (indentation).
 *   - The narrative div: in JSON it is a string, so only its XML infoset
 *     is significant, not how it was serialised ("&quot;" vs '"', "<br/>"
 *     vs "<br></br>", attribute quotes, namespace declaration placement).
 *     Divs are compared after parsing and C14N on both sides.
 *
 * Without BB_SHARED_DIR (or when it does not hold the examples) every
 * test is skipped with a message: it must not pass silently.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <json-c/json.h>
#include <libxml/c14n.h>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "beweegbrug.h"
#include "fhir/fhir_codec.h"
#include "fhir/fhir_reader_priv.h"
#include "fhir/fhir_tables.h"
#include "fhir/fhir_xhtml.h"

#define FHIR_NS "http://hl7.org/fhir"

typedef struct fixture {
	char *dir;              /* .../fhir-r4/examples, or NULL */
	char *xsd;              /* .../fhir-r4/schema/fhir-single.xsd */
	char **names;           /* example base names (without extension) */
	size_t count;
	xmlSchemaPtr schema;
} fixture;

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	strbuf b = STRBUF_INIT;
	char chunk[65536];
	size_t n;

	if (!f)
		return NULL;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		strbuf_add(&b, chunk, n);
	fclose(f);
	return strbuf_detach(&b, len);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int setup(void **state)
{
	fixture *fx = calloc(1, sizeof(*fx));
	const char *shared = getenv("BB_SHARED_DIR");
	DIR *d;
	struct dirent *de;
	struct stat st;

	assert_non_null(fx);
	*state = fx;
	xmlInitParser();
	if (!shared || !*shared)
		return 0;
	fx->dir = str_printf("%s/fhir-r4/examples", shared);
	fx->xsd = str_printf("%s/fhir-r4/schema/fhir-single.xsd", shared);
	if (stat(fx->dir, &st) != 0 || !(d = opendir(fx->dir))) {
		free(fx->dir);
		fx->dir = NULL;
		return 0;
	}
	while ((de = readdir(d))) {
		size_t n = strlen(de->d_name);
		char *json;

		if (n < 5 || strcmp(de->d_name + n - 4, ".xml") != 0)
			continue;
		/* only pairs: name.xml and name.json */
		json = str_printf("%s/%.*s.json", fx->dir, (int)(n - 4), de->d_name);
		if (stat(json, &st) == 0) {
			fx->names = realloc(fx->names, (fx->count + 1) * sizeof(*fx->names));
			fx->names[fx->count++] = str_ndup(de->d_name, n - 4);
		}
		free(json);
	}
	closedir(d);
	qsort(fx->names, fx->count, sizeof(*fx->names), cmp_str);
	return 0;
}

static int teardown(void **state)
{
	fixture *fx = *state;
	size_t i;

	for (i = 0; i < fx->count; i++)
		free(fx->names[i]);
	free(fx->names);
	free(fx->dir);
	free(fx->xsd);
	if (fx->schema)
		xmlSchemaFree(fx->schema);
	free(fx);
	return 0;
}

static void need_examples(const fixture *fx)
{
	if (!fx->dir || fx->count == 0) {
		print_message("SKIP: BB_SHARED_DIR is not set or has no fhir-r4/examples; "
			      "the official FHIR examples cannot be checked\n");
		skip();
	}
}

static void print_diags(const char *what, const diag_list *d)
{
	size_t i;

	for (i = 0; i < d->count; i++) {
		char *s = diag_format(&d->items[i]);

		print_message("  %s: %s\n", what, s ? s : "?");
		free(s);
	}
}

/* ---- canonical XML --------------------------------------------------- */

/*
 * Drop comments, processing instructions and white-space-only text
 * between FHIR elements (not inside the XHTML narrative). Recursion is
 * bounded by libxml2's document depth limit.
 */
static void strip_insignificant(xmlNodePtr el)
{
	xmlNodePtr c = el->children, next;

	for (; c; c = next) {
		next = c->next;
		if (c->type == XML_COMMENT_NODE || c->type == XML_PI_NODE ||
		    (c->type == XML_TEXT_NODE && xmlIsBlankNode(c))) {
			xmlUnlinkNode(c);
			xmlFreeNode(c);
		} else if (c->type == XML_ELEMENT_NODE && c->ns &&
			   strcmp((const char *)c->ns->href, FHIR_NS) == 0) {
			strip_insignificant(c);
		}
	}
}

/* C14N of an XML text, after strip_insignificant; malloc'ed or NULL. */
static char *canonical_xml(const char *buf, size_t len, int strip)
{
	xmlDocPtr doc = xmlReadMemory(buf, (int)len, "c14n", NULL, XML_PARSE_NONET);
	xmlChar *out = NULL;
	xmlNodePtr c, next;
	char *res;

	if (!doc)
		return NULL;
	if (strip) {
		for (c = doc->children; c; c = next) {
			next = c->next;
			if (c->type == XML_COMMENT_NODE || c->type == XML_PI_NODE) {
				xmlUnlinkNode(c);
				xmlFreeNode(c);
			}
		}
		strip_insignificant(xmlDocGetRootElement(doc));
	}
	if (xmlC14NDocDumpMemory(doc, NULL, XML_C14N_1_0, NULL, 0, &out) < 0)
		out = NULL;
	xmlFreeDoc(doc);
	res = out ? str_dup((const char *)out) : NULL;
	xmlFree(out);
	return res;
}

/* ---- JSON tree comparison ------------------------------------------- */

typedef struct jdiff {
	strbuf where;           /* JSON path of the first difference */
	int found;
} jdiff;

static int json_equal(jdiff *d, json_object *a, json_object *b, const char *path);

static int note(jdiff *d, const char *path, const char *what)
{
	if (!d->found) {
		d->found = 1;
		strbuf_printf(&d->where, "%s: %s", path, what);
	}
	return 0;
}

/* Narrative divs: compared as canonical XML (allowed difference). */
static int div_equal(jdiff *d, const char *a, const char *b, const char *path)
{
	char *ca = canonical_xml(a, strlen(a), 0), *cb = canonical_xml(b, strlen(b), 0);
	int eq = ca && cb && strcmp(ca, cb) == 0;

	free(ca);
	free(cb);
	return eq ? 1 : note(d, path, "narrative differs as XML");
}

static int json_equal(jdiff *d, json_object *a, json_object *b, const char *path)
{
	enum json_type ta = json_object_get_type(a), tb = json_object_get_type(b);
	char sub[1024];

	/* numbers: by their text; an integer and a double compare by text too */
	if ((ta == json_type_int || ta == json_type_double) &&
	    (tb == json_type_int || tb == json_type_double)) {
		if (strcmp(json_object_get_string(a), json_object_get_string(b)) != 0)
			return note(d, path, "number text differs");
		return 1;
	}
	if (ta != tb)
		return note(d, path, "JSON types differ");
	switch (ta) {
	case json_type_null:
		return 1;
	case json_type_boolean:
		return json_object_get_boolean(a) == json_object_get_boolean(b) ? 1
			: note(d, path, "boolean differs");
	case json_type_string: {
		const char *sa = json_object_get_string(a), *sb = json_object_get_string(b);
		size_t pl = strlen(path);

		if (pl >= 4 && strcmp(path + pl - 4, "/div") == 0)
			return div_equal(d, sa, sb, path);
		return strcmp(sa, sb) == 0 ? 1 : note(d, path, "string differs");
	}
	case json_type_array: {
		size_t i, n = json_object_array_length(a);

		if (n != json_object_array_length(b))
			return note(d, path, "array lengths differ");
		for (i = 0; i < n; i++) {
			snprintf(sub, sizeof(sub), "%s/%zu", path, i);
			if (!json_equal(d, json_object_array_get_idx(a, i),
					json_object_array_get_idx(b, i), sub))
				return 0;
		}
		return 1;
	}
	case json_type_object: {
		json_object_object_foreach(a, key, va) {
			json_object *vb;

			snprintf(sub, sizeof(sub), "%s/%s", path, key);
			if (!json_object_object_get_ex(b, key, &vb))
				return note(d, sub, "only in ours");
			if (!json_equal(d, va, vb, sub))
				return 0;
		}
		{
			json_object_object_foreach(b, key2, vb2) {
				(void)vb2;
				snprintf(sub, sizeof(sub), "%s/%s", path, key2);
				if (!json_object_object_get_ex(a, key2, NULL))
					return note(d, sub, "only in the official JSON");
			}
		}
		return 1;
	}
	default:
		return note(d, path, "unexpected JSON type");
	}
}

static json_object *parse_json(const char *s)
{
	struct json_tokener *tok = json_tokener_new_ex(128);
	json_object *o;

	json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
	o = json_tokener_parse_ex(tok, s, (int)strlen(s));
	json_tokener_free(tok);
	return o;
}

/*
 * Our JSON writer prints exactly what json-c prints for the same tree (it
 * used to build a json-c tree and let json-c print it; other programs
 * compare the text): re-printing our text with json-c changes nothing.
 */
static int jsonc_layout(const char *ours, int pretty)
{
	json_object *o = parse_json(ours);
	const char *again;
	strbuf b = STRBUF_INIT;
	int same;

	if (!o)
		return 0;
	again = json_object_to_json_string_ext(o, JSON_C_TO_STRING_NOSLASHESCAPE |
					       (pretty ? JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED
						       : JSON_C_TO_STRING_PLAIN));
	strbuf_puts(&b, again);
	if (pretty)
		strbuf_putc(&b, '\n');
	same = strcmp(b.data, ours) == 0;
	if (!same) {
		size_t k = 0;

		while (ours[k] && ours[k] == b.data[k])
			k++;
		print_message("    layout differs from json-c's at byte %zu:\n    ours:   %.60s\n"
			      "    json-c: %.60s\n", k, ours + k, b.data + k);
	}
	strbuf_free(&b);
	json_object_put(o);
	return same;
}

/* ---- the tests -------------------------------------------------------- */

static fhir_node *read_example(const fixture *fx, const char *name, const char *ext)
{
	char *path = str_printf("%s/%s.%s", fx->dir, name, ext);
	size_t len;
	char *buf = read_file(path, &len);
	diag_list d = DIAG_LIST_INIT;
	fhir_node *res = NULL;

	if (!buf) {
		print_message("  %s: cannot read\n", path);
	} else if (fhir_read(&res, buf, len, path, &d) != BB_OK) {
		print_message("  %s: our reader refused it:\n", path);
		print_diags("error", &d);
	}
	diag_free(&d);
	free(buf);
	free(path);
	return res;
}

static void test_xml_to_json(void **state)
{
	fixture *fx = *state;
	size_t i, failed = 0;

	need_examples(fx);
	for (i = 0; i < fx->count; i++) {
		const char *name = fx->names[i];
		fhir_node *res = read_example(fx, name, "xml");
		strbuf out = STRBUF_INIT;
		char *path, *official;
		json_object *ours = NULL, *theirs = NULL;
		jdiff d = { STRBUF_INIT, 0 };

		if (!res) {
			failed++;
			continue;
		}
		assert_int_equal(fhir_write(&out, res, FHIR_FORMAT_JSON, 1), BB_OK);
		if (!jsonc_layout(out.data, 1)) {
			print_message("  %s.xml -> JSON (pretty) is not laid out as json-c would\n", name);
			failed++;
		}
		path = str_printf("%s/%s.json", fx->dir, name);
		official = read_file(path, NULL);
		assert_non_null(official);
		ours = parse_json(out.data);
		theirs = parse_json(official);
		assert_non_null(ours);
		assert_non_null(theirs);
		if (!json_equal(&d, ours, theirs, "")) {
			print_message("  %s.xml -> JSON differs from %s.json at %s\n", name, name,
				      d.where.data);
			failed++;
		}
		strbuf_free(&d.where);
		json_object_put(ours);
		json_object_put(theirs);
		free(official);
		free(path);
		strbuf_free(&out);
		fhir_node_free(res);
	}
	print_message("  XML -> JSON: %zu of %zu examples equal the official JSON\n",
		      fx->count - failed, fx->count);
	assert_int_equal(failed, 0);
}

static int validate_xsd(fixture *fx, const char *xml, size_t len, const char *what)
{
	xmlDocPtr doc;
	xmlSchemaValidCtxtPtr v;
	int rc;

	if (!fx->schema) {
		xmlSchemaParserCtxtPtr pc = xmlSchemaNewParserCtxt(fx->xsd);

		assert_non_null(pc);
		fx->schema = xmlSchemaParse(pc);
		xmlSchemaFreeParserCtxt(pc);
		assert_non_null(fx->schema);
	}
	doc = xmlReadMemory(xml, (int)len, what, NULL, XML_PARSE_NONET);
	if (!doc)
		return -1;
	v = xmlSchemaNewValidCtxt(fx->schema);
	rc = xmlSchemaValidateDoc(v, doc);
	xmlSchemaFreeValidCtxt(v);
	xmlFreeDoc(doc);
	return rc;
}

static void test_json_to_xml(void **state)
{
	fixture *fx = *state;
	size_t i, failed = 0, invalid = 0;

	need_examples(fx);
	for (i = 0; i < fx->count; i++) {
		const char *name = fx->names[i];
		fhir_node *res = read_example(fx, name, "json");
		strbuf out = STRBUF_INIT;
		char *path, *official, *c_ours, *c_theirs;
		size_t olen;

		if (!res) {
			failed++;
			continue;
		}
		assert_int_equal(fhir_write(&out, res, FHIR_FORMAT_XML, 1), BB_OK);
		if (validate_xsd(fx, out.data, out.len, name) != 0) {
			print_message("  %s.json -> XML does not validate against fhir-single.xsd\n", name);
			invalid++;
		}
		path = str_printf("%s/%s.xml", fx->dir, name);
		official = read_file(path, &olen);
		assert_non_null(official);
		c_ours = canonical_xml(out.data, out.len, 1);
		c_theirs = canonical_xml(official, olen, 1);
		assert_non_null(c_ours);
		assert_non_null(c_theirs);
		if (strcmp(c_ours, c_theirs) != 0) {
			size_t k = 0;

			while (c_ours[k] && c_ours[k] == c_theirs[k])
				k++;
			print_message("  %s.json -> XML differs from %s.xml (canonical) at byte %zu:\n"
				      "    ours:     %.80s\n    official: %.80s\n", name, name, k,
				      c_ours + k, c_theirs + k);
			failed++;
		}
		free(c_ours);
		free(c_theirs);
		free(official);
		free(path);
		strbuf_free(&out);
		fhir_node_free(res);
	}
	print_message("  JSON -> XML: %zu of %zu examples equal the official XML, %zu invalid\n",
		      fx->count - failed, fx->count, invalid);
	assert_int_equal(failed, 0);
	assert_int_equal(invalid, 0);
}

/* XML -> ours -> XML, pretty and compact, validates and equals the original. */
static void test_xml_to_xml(void **state)
{
	fixture *fx = *state;
	size_t i, failed = 0;
	int pretty;

	need_examples(fx);
	for (i = 0; i < fx->count; i++) {
		const char *name = fx->names[i];
		fhir_node *res = read_example(fx, name, "xml");
		char *path, *official, *c_theirs;
		size_t olen;

		if (!res) {
			failed++;
			continue;
		}
		path = str_printf("%s/%s.xml", fx->dir, name);
		official = read_file(path, &olen);
		c_theirs = canonical_xml(official, olen, 1);
		assert_non_null(c_theirs);
		for (pretty = 0; pretty <= 1; pretty++) {
			strbuf out = STRBUF_INIT;
			char *c_ours;

			assert_int_equal(fhir_write(&out, res, FHIR_FORMAT_XML, pretty), BB_OK);
			c_ours = canonical_xml(out.data, out.len, 1);
			if (validate_xsd(fx, out.data, out.len, name) != 0 || !c_ours ||
			    strcmp(c_ours, c_theirs) != 0) {
				print_message("  %s.xml -> XML (%s) differs or is invalid\n", name,
					      pretty ? "pretty" : "compact");
				failed++;
			}
			free(c_ours);
			strbuf_free(&out);
		}
		free(c_theirs);
		free(official);
		free(path);
		fhir_node_free(res);
	}
	assert_int_equal(failed, 0);
}

/* JSON -> ours -> JSON (compact) equals the official JSON. */
static void test_json_to_json(void **state)
{
	fixture *fx = *state;
	size_t i, failed = 0;

	need_examples(fx);
	for (i = 0; i < fx->count; i++) {
		const char *name = fx->names[i];
		fhir_node *res = read_example(fx, name, "json");
		strbuf out = STRBUF_INIT;
		char *path, *official;
		json_object *ours, *theirs;
		jdiff d = { STRBUF_INIT, 0 };

		if (!res) {
			failed++;
			continue;
		}
		assert_int_equal(fhir_write(&out, res, FHIR_FORMAT_JSON, 0), BB_OK);
		if (!jsonc_layout(out.data, 0)) {
			print_message("  %s.json -> JSON (compact) is not laid out as json-c would\n", name);
			failed++;
		}
		path = str_printf("%s/%s.json", fx->dir, name);
		official = read_file(path, NULL);
		ours = parse_json(out.data);
		theirs = parse_json(official);
		if (!ours || !theirs || !json_equal(&d, ours, theirs, "")) {
			print_message("  %s.json -> JSON differs at %s\n", name,
				      d.where.data ? d.where.data : "(parse)");
			failed++;
		}
		strbuf_free(&d.where);
		json_object_put(ours);
		json_object_put(theirs);
		free(official);
		free(path);
		strbuf_free(&out);
		fhir_node_free(res);
	}
	assert_int_equal(failed, 0);
}

/* ---- every resource type ------------------------------------------------ */

/*
 * The XSD's definition of the complex type `name` (our backbone types are
 * "Specimen.collection", the XSD's "Specimen.Collection": compared without
 * case), or NULL.
 */
static xmlNodePtr xsd_type(xmlDocPtr xsd, const char *name, const char *kind)
{
	xmlNodePtr c;

	for (c = xmlDocGetRootElement(xsd)->children; c; c = c->next) {
		xmlChar *n;
		int eq;

		if (c->type != XML_ELEMENT_NODE || strcmp((const char *)c->name, kind) != 0)
			continue;
		n = xmlGetProp(c, (const xmlChar *)"name");
		eq = n && strcasecmp((const char *)n, name) == 0;
		xmlFree(n);
		if (eq)
			return c;
	}
	return NULL;
}

/* The XSD type name of element `elem` in complex type node `ct` (or its bases). */
static char *xsd_elem_type(xmlDocPtr xsd, xmlNodePtr ct, const char *elem, int depth)
{
	xmlNodePtr stack[64];
	size_t sp = 0;

	if (!ct || depth > 8)
		return NULL;
	stack[sp++] = ct->children;
	while (sp) {
		xmlNodePtr n = stack[--sp];

		for (; n; n = n->next) {
			xmlChar *v;

			if (n->type != XML_ELEMENT_NODE)
				continue;
			if (strcmp((const char *)n->name, "element") == 0) {
				v = xmlGetProp(n, (const xmlChar *)"name");
				if (v && strcmp((const char *)v, elem) == 0) {
					xmlFree(v);
					v = xmlGetProp(n, (const xmlChar *)"type");
					return (char *)v;
				}
				xmlFree(v);
			} else if (strcmp((const char *)n->name, "extension") == 0) {
				char *t;

				v = xmlGetProp(n, (const xmlChar *)"base");
				t = v ? xsd_elem_type(xsd, xsd_type(xsd, (const char *)v, "complexType"),
						      elem, depth + 1) : NULL;
				xmlFree(v);
				if (t)
					return t;
			}
			if (n->children && sp < 64 && strcmp((const char *)n->name, "annotation") != 0)
				stack[sp++] = n->children;
		}
	}
	return NULL;
}

/* The first enumerated code of XSD type `t` ("SpecimenStatus"), or NULL. */
static char *xsd_first_code(xmlDocPtr xsd, const char *t)
{
	char *list = str_printf("%s-list", t);
	xmlNodePtr st = xsd_type(xsd, list, "simpleType"), c;

	free(list);
	if (!st)
		return NULL;
	for (c = st->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name, "restriction") == 0)
			break;
	for (c = c ? c->children : NULL; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name, "enumeration") == 0)
			return (char *)xmlGetProp(c, (const xmlChar *)"value");
	return NULL;
}

static void put_prim(strbuf *b, const fhir_type *t, const char *code)
{
	switch ((fhir_prim)t->prim) {
	case FHIR_PRIM_BASE64BINARY: strbuf_puts(b, "\"aGVsbG8=\""); break;
	case FHIR_PRIM_BOOLEAN: strbuf_puts(b, "true"); break;
	case FHIR_PRIM_CANONICAL: strbuf_puts(b, "\"http://example.org/c|1\""); break;
	case FHIR_PRIM_CODE: strbuf_printf(b, "\"%s\"", code ? code : "x"); break;
	case FHIR_PRIM_DATE: strbuf_puts(b, "\"2020-02-29\""); break;
	case FHIR_PRIM_DATETIME: strbuf_puts(b, "\"2020-01-02T03:04:05+01:00\""); break;
	case FHIR_PRIM_DECIMAL: strbuf_puts(b, "1.50"); break;
	case FHIR_PRIM_ID: strbuf_puts(b, "\"a-1\""); break;
	case FHIR_PRIM_INSTANT: strbuf_puts(b, "\"2020-01-02T03:04:05.678Z\""); break;
	case FHIR_PRIM_INTEGER: strbuf_puts(b, "-3"); break;
	case FHIR_PRIM_MARKDOWN: strbuf_puts(b, "\"*m* & <n>\""); break;
	case FHIR_PRIM_OID: strbuf_puts(b, "\"urn:oid:1.2.3\""); break;
	case FHIR_PRIM_POSITIVEINT: strbuf_puts(b, "2"); break;
	case FHIR_PRIM_STRING: strbuf_puts(b, "\"s \\\"q\\\" \\u00e9\""); break;
	case FHIR_PRIM_TIME: strbuf_puts(b, "\"10:11:12\""); break;
	case FHIR_PRIM_UNSIGNEDINT: strbuf_puts(b, "0"); break;
	case FHIR_PRIM_URI: strbuf_puts(b, "\"urn:x\""); break;
	case FHIR_PRIM_URL: strbuf_puts(b, "\"http://example.org/u\""); break;
	case FHIR_PRIM_UUID: strbuf_puts(b, "\"urn:uuid:6b6f6a2a-4a4b-4c4d-8e8f-909192939495\""); break;
	case FHIR_PRIM_XHTML:
		strbuf_puts(b, "\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\"><p>x</p></div>\"");
		break;
	default: strbuf_puts(b, "\"?\""); break;
	}
}

static void put_value(fixture *fx, xmlDocPtr xsd, strbuf *b, const fhir_type *t, xmlNodePtr ct,
		      const char *elem, int all, int depth);

/*
 * The members of an object of type `t` (XSD complex type node `ct`):
 * every element when `all` (the resource and its backbone elements),
 * otherwise only the required ones; a data type without required elements
 * gets an extension, so that it is not empty.
 */
static void put_members(fixture *fx, xmlDocPtr xsd, strbuf *b, const fhir_type *t, xmlNodePtr ct,
			int all, int depth)
{
	size_t i;
	int any = 0;

	if (strcmp(fhir_type_name(t), "Extension") == 0) {
		strbuf_puts(b, "\"url\":\"http://example.org/x\",\"valueString\":\"v\"");
		return;
	}
	if (strcmp(fhir_type_name(t), "Narrative") == 0) {
		strbuf_puts(b, "\"status\":\"generated\",\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">"
			    "<p>n &amp; <b>m</b></p></div>\"");
		return;
	}
	for (i = 0; i < fhir_type_elem_count(t); i++) {
		const fhir_elem *e = fhir_type_elem(t, i);
		const char *name = fhir_elem_name(e);
		const fhir_type *et;
		char *xt;
		xmlNodePtr ect;

		if (!(e->flags & FHIR_E_REQUIRED) && !all)
			continue;
		if (fhir_elem_is_attr(e) || (t->kind != FHIR_KIND_RESOURCE && strcmp(name, "id") == 0))
			continue;
		if (fhir_elem_is_choice(e))
			et = fhir_elem_choice(e, 0, &name);
		else
			et = fhir_elem_type(e);
		if (et->kind == FHIR_KIND_BACKBONE && depth > 3 && !(e->flags & FHIR_E_REQUIRED))
			continue;   /* content references recurse (Questionnaire.item.item) */
		xt = xsd_elem_type(xsd, ct, name, 0);
		if (!xt)
			print_message("  no XSD type for %s.%s\n", fhir_type_name(t), name);
		assert_non_null(xt);
		ect = et->kind == FHIR_KIND_PRIMITIVE ? NULL : xsd_type(xsd, xt, "complexType");
		strbuf_printf(b, "%s\"%s\":", any ? "," : "", name);
		any = 1;
		if (fhir_elem_is_multiple(e))
			strbuf_putc(b, '[');
		put_value(fx, xsd, b, et, ect, xt, et->kind == FHIR_KIND_BACKBONE && all, depth + 1);
		if (fhir_elem_is_multiple(e))
			strbuf_putc(b, ']');
		xmlFree(xt);
	}
	if (!any && t->kind != FHIR_KIND_RESOURCE)
		strbuf_puts(b, "\"extension\":[{\"url\":\"http://example.org/x\",\"valueString\":\"v\"}]");
}

static void put_value(fixture *fx, xmlDocPtr xsd, strbuf *b, const fhir_type *t, xmlNodePtr ct,
		      const char *xsd_name, int all, int depth)
{
	if (t->kind == FHIR_KIND_PRIMITIVE) {
		char *code = t->prim == FHIR_PRIM_CODE ? xsd_first_code(xsd, xsd_name) : NULL;

		put_prim(b, t, code);
		xmlFree(code);
		return;
	}
	if (t->kind == FHIR_KIND_RESOURCE) {
		/* contained, Bundle.entry.resource, Parameters.parameter.resource */
		strbuf_puts(b, "{\"resourceType\":\"Specimen\",\"id\":\"s1\",\"note\":[{\"text\":\"t\"}]}");
		return;
	}
	strbuf_putc(b, '{');
	put_members(fx, xsd, b, t, ct, all, depth);
	strbuf_putc(b, '}');
}

static void test_every_resource_type(void **state)
{
	fixture *fx = *state;
	char *path;
	xmlDocPtr xsd;
	size_t i, types = 0, failed = 0;

	need_examples(fx);
	path = str_printf("%s/../schema/fhir-single.xsd", fx->dir);
	xsd = xmlReadFile(path, NULL, XML_PARSE_NONET);
	free(path);
	assert_non_null(xsd);
	for (i = 0; i < fhir_types_len; i++) {
		const fhir_type *t = &fhir_types[i];
		strbuf json = STRBUF_INIT, xml = STRBUF_INIT, back = STRBUF_INIT;
		diag_list d = DIAG_LIST_INIT;
		fhir_node *res = NULL, *again = NULL;
		const char *name = fhir_type_name(t);

		if (t->kind != FHIR_KIND_RESOURCE || (t->flags & FHIR_T_ABSTRACT))
			continue;
		types++;
		strbuf_printf(&json, "{\"resourceType\":\"%s\",", name);
		put_members(fx, xsd, &json, t, xsd_type(xsd, name, "complexType"), 1, 0);
		strbuf_putc(&json, '}');
		if (fhir_read(&res, json.data, json.len, name, &d) != BB_OK) {
			print_message("  %s: our reader refused our instance:\n", name);
			print_diags("error", &d);
			failed++;
		} else {
			assert_int_equal(fhir_write(&xml, res, FHIR_FORMAT_XML, 0), BB_OK);
			if (validate_xsd(fx, xml.data, xml.len, name) != 0) {
				print_message("  %s: our XML does not validate against fhir-single.xsd\n", name);
				failed++;
			} else if (fhir_read(&again, xml.data, xml.len, name, &d) != BB_OK ||
				   fhir_write(&back, again, FHIR_FORMAT_JSON, 0) != BB_OK) {
				print_message("  %s: our XML was not read back\n", name);
				print_diags("error", &d);
				failed++;
			} else {
				json_object *a = parse_json(json.data), *b = parse_json(back.data);
				jdiff jd = { STRBUF_INIT, 0 };

				if (!json_equal(&jd, b, a, "")) {
					print_message("  %s: JSON -> XML -> JSON differs at %s\n", name,
						      jd.where.data);
					failed++;
				}
				strbuf_free(&jd.where);
				json_object_put(a);
				json_object_put(b);
			}
		}
		fhir_node_free(res);
		fhir_node_free(again);
		diag_free(&d);
		strbuf_free(&json);
		strbuf_free(&xml);
		strbuf_free(&back);
	}
	xmlFreeDoc(xsd);
	print_message("  every resource type: %zu of %zu round trip and validate\n", types - failed,
		      types);
	assert_int_equal(types, 146);
	assert_int_equal(failed, 0);
}

/* Both readers' verdicts and output as text, to compare them. */
static char *outcome(int rc, const fhir_node *res, const diag_list *d)
{
	strbuf b = STRBUF_INIT;
	size_t i;

	strbuf_printf(&b, "rc %d\n", rc);
	if (res) {
		assert_int_equal(fhir_write(&b, res, FHIR_FORMAT_JSON, 0), BB_OK);
		strbuf_putc(&b, '\n');
	}
	for (i = 0; i < d->count; i++) {
		char *s = diag_format(&d->items[i]);

		strbuf_printf(&b, "%s\n", s);
		free(s);
	}
	return strbuf_detach(&b, NULL);
}

/*
 * One fhir_reader for every example, XML and JSON, with documents it must
 * refuse in between (each example cut in half, a DOCTYPE, an undeclared
 * prefix, an element left open): each gives exactly what fhir_read gives.
 * The libxml2 context is kept from one good XML document to the next, and
 * dropped after every XML document that failed.
 */
static void test_one_reader_for_all(void **state)
{
	static const char *const hostile[] = {
		"<!DOCTYPE Patient [<!ENTITY e \"x\">]><Patient xmlns=\"http://hl7.org/fhir\"/>",
		"<Patient xmlns=\"http://hl7.org/fhir\"><text><x:div/></text></Patient>",
		"<Patient xmlns=\"http://hl7.org/fhir\" xmlns:h=\"http://www.w3.org/1999/xhtml\">"
		"<text><status value=\"generated\"/><h:div>",
	};
	/* each example: its XML twice, its JSON, both cut in half, a hostile one */
	static const char *const order[] = { "xml", "xml", "json", "xml", "json", NULL };
	fixture *fx = *state;
	fhir_reader *kept = fhir_reader_new();
	size_t i, k, docs = 0, differ = 0, reused = 0, dropped = 0;

	need_examples(fx);
	assert_non_null(kept);
	for (i = 0; i < fx->count; i++) {
		xmlParserCtxtPtr first = NULL;

		for (k = 0; k < sizeof order / sizeof order[0]; k++) {
			char *path = str_printf("%s/%s.%s", fx->dir, fx->names[i],
						order[k] ? order[k] : "hostile");
			size_t len;
			char *buf;
			diag_list d1 = DIAG_LIST_INIT, d2 = DIAG_LIST_INIT;
			fhir_node *r1 = NULL, *r2 = NULL;
			char *o1, *o2;
			int rc1, rc2;

			if (order[k]) {
				buf = read_file(path, &len);
				assert_non_null(buf);
			} else {
				buf = strdup(hostile[i % (sizeof hostile / sizeof hostile[0])]);
				assert_non_null(buf);
				len = strlen(buf);
			}
			if (k == 3 || k == 4)
				len /= 2;       /* refused, half-way through */
			rc1 = fhir_read(&r1, buf, len, path, &d1);
			rc2 = fhir_reader_read(kept, &r2, buf, len, path, NULL, &d2);
			o1 = outcome(rc1, r1, &d1);
			o2 = outcome(rc2, r2, &d2);
			if (strcmp(o1, o2) != 0) {
				print_message("  %s (%zu bytes): a kept reader differs:\n%s---\n%s", path,
					      len, o1, o2);
				differ++;
			}
			if (k == 0)
				first = kept->sax.px;
			if (k == 1 && first && kept->sax.px == first)
				reused++;
			if (k == 3 || !order[k]) {
				assert_int_not_equal(rc2, BB_OK);
				if (!kept->sax.px)
					dropped++;
			}
			docs++;
			free(o1);
			free(o2);
			fhir_node_free(r1);
			fhir_node_free(r2);
			diag_free(&d1);
			diag_free(&d2);
			free(buf);
			free(path);
		}
	}
	fhir_reader_free(kept);
	print_message("  one reader for %zu documents: %zu differ from fhir_read; the context was "
		      "kept for %zu of %zu examples read twice, and dropped after %zu of %zu failures\n",
		      docs, differ, reused, fx->count, dropped, 2 * fx->count);
	assert_int_equal(differ, 0);
	assert_int_equal(reused, fx->count);
	assert_int_equal(dropped, 2 * fx->count);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_xml_to_json),
		cmocka_unit_test(test_json_to_xml),
		cmocka_unit_test(test_xml_to_xml),
		cmocka_unit_test(test_json_to_json),
		cmocka_unit_test(test_every_resource_type),
		cmocka_unit_test(test_one_reader_for_all),
	};
	const char *shared = getenv("BB_SHARED_DIR");
	char *dir = shared && *shared ? str_printf("%s/fhir-r4/examples", shared) : NULL;
	struct stat st;
	int available = dir && stat(dir, &st) == 0;
	int rc;

	free(dir);
	rc = cmocka_run_group_tests(tests, setup, teardown);
	xmlCleanupParser();
	/* 77: the automake test driver reports SKIP, not PASS */
	return rc == 0 && !available ? 77 : rc;
}
