/*
 * bb_referral_from_json: the canonical referral as a JSON document
 * (docs/canonical-json.md), for a HIS that fills the core's fields itself
 * instead of exporting a record for a HIS adapter.
 *
 * One rule gives the shape: the field named "group.key" in the model's
 * table (fields.c; bb_referral_field_name) is member "key" of the
 * top-level object "group", its value a JSON string. So "patient.bsn" is
 * {"patient": {"bsn": "..."}} and "referral.id" is {"referral": {"id":
 * "..."}}. The groups are whatever the table's names begin with, so a
 * field added to the table is readable here without a change. Beside the
 * groups, two arrays: "reasons" (bb_referral_add_episode) and
 * "measurements" (bb_referral_add_his_measurement, so NHG numbers map and
 * unknown codes are refused by the terminology core, as for every HIS).
 *
 * Every value is a string, also numbers: "27.0" stays "27.0", which a
 * JSON number would not promise. The text passes fhir_json_guard_check first
 * (size, depth, duplicate keys, UTF-8, no \u0000), then json-c reads it
 * strictly. Every problem is collected, each naming its JSON path
 * ("patient.bsnn: unknown field ..."), as the HIS adapters report theirs.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "connector.h"
#include "fhir/json_guard.h"
#include "model.h"
#include "util/strutil.h"

/* The core's input limit, as for HIS records (adapter_calls.c). */
#define MAX_DOCUMENT_BYTES BB_MAX_INPUT
/*
 * The document is three levels deep (document, array, reason); a few
 * more let a value that is an object or array be named as such rather
 * than refused as too deep.
 */
#define MAX_DOCUMENT_DEPTH 6u
/* Reasons and measurements in one referral: far above any real one. */
#define MAX_ITEMS 1000u

static const char *const reason_keys[] = { "system", "code", "text", "since", NULL };
static const char *const measurement_keys[] = { "loinc", "nhg", "value", "unit", "when", NULL };

typedef struct reader {
	bb_referral *r;
	model_fields *m;
	unsigned unknown;      /* unknown keys so far: only the first few list the known ones */
} reader;

/*
 * The known keys are listed with the first few unknown ones: a document of
 * a hundred thousand unknown keys must not cost a list each (the problems
 * beyond the model's cap are dropped anyway).
 */
#define LISTED_UNKNOWN 3

static int problem(reader *rd, const char *path, const char *fmt, ...) STR_PRINTF(3, 4);
static int problem(reader *rd, const char *path, const char *fmt, ...)
{
	va_list ap;
	int rc;

	bb_referral_locate(rd->r, 0, NULL);
	va_start(ap, fmt);
	rc = model_problemv(rd->m, path, fmt, ap);
	va_end(ap);
	return rc;
}

/*
 * "prefix.key" (or "key") for messages: a key is the sender's text, so at
 * most 100 bytes of it, cut at a character boundary, control characters
 * shown as '?' (a message is one line).
 */
static void member_path(char *out, size_t size, const char *prefix, const char *key)
{
	size_t n = strlen(key), i, at;

	if (n > 100)
		for (n = 100; n > 0 && ((unsigned char)key[n] & 0xC0) == 0x80; n--)
			;
	at = (size_t)snprintf(out, size, "%s%s", prefix ? prefix : "", prefix ? "." : "");
	for (i = 0; i < n && at + 1 < size; i++, at++)
		out[at] = (unsigned char)key[i] < 0x20 || key[i] == 0x7F ? '?' : key[i];
	out[at < size ? at : size - 1] = '\0';
}

static const char *json_type_word(json_object *v)
{
	switch (json_object_get_type(v)) {
	case json_type_null: return "null";
	case json_type_boolean: return "a boolean";
	case json_type_double:
	case json_type_int: return "a number";
	case json_type_object: return "an object";
	case json_type_array: return "an array";
	default: return "a string";
	}
}

/* The value of a field: a string, or a problem naming the path. */
static const char *string_value(reader *rd, const char *path, json_object *v)
{
	if (json_object_is_type(v, json_type_string))
		return json_object_get_string(v);
	if (json_object_is_type(v, json_type_null))
		problem(rd, path, "is null: leave a field out when it has no value");
	else if (json_object_is_type(v, json_type_int) || json_object_is_type(v, json_type_double))
		problem(rd, path, "is a number, not a string: every value is text, numbers too "
			"(\"27.0\", so that its digits are kept exactly)");
	else
		problem(rd, path, "is %s, not a string", json_type_word(v));
	return NULL;
}

/* Does the model have a field in `group` (the part of its name before '.')? */
static int is_group(const char *group)
{
	size_t i, n = strlen(group);

	for (i = 0; i < referral_field_count; i++)
		if (strncmp(referral_fields[i].name, group, n) == 0 && referral_fields[i].name[n] == '.')
			return 1;
	return 0;
}

static const field_def *field_named(const char *group, const char *key)
{
	size_t i, n = strlen(group);

	for (i = 0; i < referral_field_count; i++) {
		const char *name = referral_fields[i].name;
		if (strncmp(name, group, n) == 0 && name[n] == '.' && strcmp(name + n + 1, key) == 0)
			return &referral_fields[i];
	}
	return NULL;
}

/* "bsn, given, ...": the keys `group` has, to say what was meant. */
static char *group_keys(const char *group)
{
	strbuf b = STRBUF_INIT;
	size_t i, n = strlen(group);

	for (i = 0; i < referral_field_count; i++) {
		const char *name = referral_fields[i].name;
		if (strncmp(name, group, n) == 0 && name[n] == '.')
			strbuf_printf(&b, "%s%s", b.len ? ", " : "", name + n + 1);
	}
	return strbuf_detach(&b, NULL);
}

static char *document_keys(void)
{
	strbuf b = STRBUF_INIT;
	size_t i, j;

	for (i = 0; i < referral_field_count; i++) {
		const char *name = referral_fields[i].name;
		size_t n = strcspn(name, ".");
		int seen = 0;
		for (j = 0; j < i && !seen; j++)
			seen = strncmp(referral_fields[j].name, name, n) == 0 &&
			       referral_fields[j].name[n] == '.';
		if (!seen)
			strbuf_printf(&b, "%.*s, ", (int)n, name);
	}
	strbuf_printf(&b, "reasons, measurements");
	return strbuf_detach(&b, NULL);
}

static void read_group(reader *rd, const char *group, json_object *o)
{
	char path[160];

	if (!json_object_is_type(o, json_type_object)) {
		problem(rd, group, "is %s, not an object of fields", json_type_word(o));
		return;
	}
	json_object_object_foreach(o, key, v) {
		const field_def *def = field_named(group, key);
		const char *s;

		member_path(path, sizeof path, group, key);
		if (!def) {
			char *known = rd->unknown++ < LISTED_UNKNOWN ? group_keys(group) : NULL;
			if (known)
				problem(rd, path, "unknown field (%s has: %s)", group, known);
			else
				problem(rd, path, "unknown field");
			free(known);
			continue;
		}
		if ((s = string_value(rd, path, v)) == NULL)
			continue;
		bb_referral_locate(rd->r, 0, NULL);
		/* the model names the field, which is the path: "patient.bsn" */
		bb_referral_set(rd->r, def->id, s);
	}
}

/*
 * One reason or measurement: an object with only `keys`, each a string.
 * vals[i] gets key i's value or NULL. Returns 0 when every member is good.
 */
static int read_item(reader *rd, const char *path, json_object *o, const char *const *keys,
		     const char **vals, const char *what)
{
	char member[200];
	int ok = 1;
	size_t i;

	for (i = 0; keys[i]; i++)
		vals[i] = NULL;
	if (!json_object_is_type(o, json_type_object)) {
		problem(rd, path, "is %s, not an object (%s)", json_type_word(o), what);
		return -1;
	}
	json_object_object_foreach(o, key, v) {
		member_path(member, sizeof member, path, key);
		for (i = 0; keys[i] && strcmp(keys[i], key) != 0; i++)
			;
		if (!keys[i]) {
			problem(rd, member, "unknown field (%s)", what);
			ok = 0;
		} else if ((vals[i] = string_value(rd, member, v)) == NULL) {
			ok = 0;
		}
	}
	return ok ? 0 : -1;
}

static void read_list(reader *rd, const char *name, json_object *a)
{
	int reasons = strcmp(name, "reasons") == 0;
	const char *const *keys = reasons ? reason_keys : measurement_keys;
	const char *what = reasons ? "a reason has system, code, text, since"
			   : "a measurement has loinc and/or nhg, value, unit, when";
	const char *v[5];
	char path[64];
	size_t i, n;

	if (!json_object_is_type(a, json_type_array)) {
		problem(rd, name, "is %s, not an array", json_type_word(a));
		return;
	}
	n = json_object_array_length(a);
	if (n > MAX_ITEMS) {
		problem(rd, name, "has %zu entries; at most %u are taken", n, MAX_ITEMS);
		return;
	}
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof path, "%s[%zu]", name, i);
		if (read_item(rd, path, json_object_array_get_idx(a, i), keys, v, what) != 0)
			continue;
		/* the core names the field in its own words after the path */
		bb_referral_locate(rd->r, 0, path);
		if (reasons)
			bb_referral_add_episode(rd->r, v[0], v[1], v[2], v[3]);
		else
			bb_referral_add_his_measurement(rd->r, v[1], v[0], v[2], v[3], v[4]);
	}
	bb_referral_locate(rd->r, 0, NULL);
}

static void read_document(reader *rd, json_object *root)
{
	if (!json_object_is_type(root, json_type_object)) {
		problem(rd, NULL, "the document is %s, not a JSON object with the referral's fields",
			json_type_word(root));
		return;
	}
	json_object_object_foreach(root, key, v) {
		if (strcmp(key, "reasons") == 0 || strcmp(key, "measurements") == 0) {
			read_list(rd, key, v);
		} else if (is_group(key)) {
			read_group(rd, key, v);
		} else {
			char *known = rd->unknown++ < LISTED_UNKNOWN ? document_keys() : NULL;
			char path[128];
			member_path(path, sizeof path, NULL, key);
			if (known)
				problem(rd, path, "unknown field (a referral document has: %s)", known);
			else
				problem(rd, path, "unknown field");
			free(known);
		}
	}
}

/* The document as json-c's tree, after the guard; NULL with a problem recorded. */
static json_object *parse(reader *rd, const char *text, size_t len)
{
	json_guard_error gerr;
	json_tokener *tok;
	json_object *root;
	int rc;

	rc = fhir_json_guard_check(text, len, MAX_DOCUMENT_BYTES, MAX_DOCUMENT_DEPTH, &gerr);
	if (rc != 0) {
		bb_referral_locate(rd->r, gerr.line, NULL);
		model_problem(rd->m, NULL, "not a canonical referral document: %s", gerr.message);
		bb_referral_locate(rd->r, 0, NULL);
		return NULL;
	}
	tok = json_tokener_new_ex((int)MAX_DOCUMENT_DEPTH + 1);
	if (!tok)
		return NULL;
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
	root = json_tokener_parse_ex(tok, text, (int)len);
	if (!root || json_tokener_get_error(tok) != json_tokener_success) {
		/* the guard accepted it: json-c ran out of memory */
		problem(rd, NULL, "not a canonical referral document: %s",
			json_tokener_error_desc(json_tokener_get_error(tok)));
		json_object_put(root);
		root = NULL;
	}
	json_tokener_free(tok);
	return root;
}

int bb_referral_from_json(bb_referral **out, bb_connector *c, const char *source,
			  const void *data, size_t len)
{
	diag_list d = DIAG_LIST_INIT;
	reader rd = { NULL, NULL, 0 };
	json_object *root = NULL;
	int rc;
	size_t i;

	if (!c)
		return BB_EINVAL;
	if (!out || (!data && len))
		return connector_error(c, BB_EINVAL, "bb_referral_from_json: missing argument");
	*out = NULL;
	if (!source)
		source = "input";
	if (len > MAX_DOCUMENT_BYTES)
		return err_set(&c->err, BB_ETOOBIG, source, 0, NULL,
			       "input is %zu bytes; the limit is %u", len, MAX_DOCUMENT_BYTES);
	if ((rc = bb_referral_new(&rd.r)) != BB_OK)
		return connector_error(c, rc, "bb_referral_from_json: out of memory");
	rd.m = model_referral_mut(rd.r);
	if (model_set_source(rd.m, source) != BB_OK) {
		bb_referral_free(rd.r);
		return connector_error(c, BB_ENOMEM, "bb_referral_from_json: out of memory");
	}
	/* A UTF-8 byte order mark is not JSON, but .NET's Encoding.UTF8 writes one: skip it. */
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
		data = (const char *)data + 3;
		len -= 3;
	}
	root = parse(&rd, data ? data : "", len);
	if (root)
		read_document(&rd, root);
	json_object_put(root);
	if (root && rd.m->problems.count == 0)
		adapter_practice_defaults(c, rd.r, source);
	if (rd.m->problems.count == 0 && !root) {
		bb_referral_free(rd.r);
		return connector_error(c, BB_ENOMEM, "bb_referral_from_json: out of memory");
	}
	if (rd.m->problems.count == 0) {
		err_clear(&c->err);
		*out = rd.r;
		return BB_OK;
	}
	for (i = 0; i < rd.m->problems.count; i++) {
		const diag_entry *e = &rd.m->problems.items[i];
		diag_add(&d, e->code, e->source, e->line, e->path, "%s", e->message);
	}
	rc = err_set_diags(&c->err, &d, BB_EINPUT);
	diag_free(&d);
	bb_referral_free(rd.r);
	return rc;
}
