/* Small helpers for building FHIR message Bundles with the element tree. */
#include "build.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mapping.h"
#include "uuid.h"

void mapping_now(char out[32])
{
	time_t t = time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int mapping_urn(int *failed, char out[URN_LEN])
{
	char id[UUID_STR_LEN];

	if (mapping_uuid_v4(id) != 0) {
		*failed = 1;
		id[0] = '\0';
	}
	snprintf(out, URN_LEN, "urn:uuid:%s", id);
	return *failed ? -1 : 0;
}

/* A new Bundle.entry holding a new resource of `type`, with fullUrl `urn`. */
fhir_node *mapping_entry(fhir_node *bundle, const char *type, const char *urn)
{
	fhir_node *e = fhir_add(bundle, "entry");

	fhir_set(e, "fullUrl", urn);
	return fhir_add_resource(e, "resource", type);
}

void mapping_ref(fhir_node *parent, const char *name, const char *urn)
{
	fhir_set(fhir_add(parent, name), "reference", urn);
}

fhir_node *mapping_coding(fhir_node *parent, const char *name, const char *system,
			 const char *code, const char *display)
{
	fhir_node *c = fhir_add(parent, name);

	fhir_set(c, "system", system);
	fhir_set(c, "code", code);
	if (display)
		fhir_set(c, "display", display);
	return c;
}

/* A CodeableConcept with one coding and, optionally, a text. */
fhir_node *mapping_concept(fhir_node *parent, const char *name, const char *system,
			  const char *code, const char *display, const char *text)
{
	fhir_node *cc = fhir_add(parent, name);

	if (code)
		mapping_coding(cc, "coding", system, code, display);
	if (text)
		fhir_set(cc, "text", text);
	return cc;
}

void mapping_identifier(fhir_node *parent, const char *system, const char *value)
{
	fhir_node *id;

	if (!value)
		return;
	id = fhir_add(parent, "identifier");
	fhir_set(id, "system", system);
	fhir_set(id, "value", value);
}

void mapping_telecom(fhir_node *parent, const char *system, const char *value, const char *use)
{
	fhir_node *t;

	if (!value)
		return;
	t = fhir_add(parent, "telecom");
	fhir_set(t, "system", system);
	fhir_set(t, "value", value);
	if (use)
		fhir_set(t, "use", use);
}

void mapping_string_ext(fhir_node *prim, const char *url, const char *value)
{
	if (value)
		fhir_set(fhir_extension_add(prim, url), "valueString", value);
}


fhir_node *mapping_ref_identifier(fhir_node *parent, const char *name, const char *type,
			     const char *system, const char *value)
{
	fhir_node *r = fhir_add(parent, name);
	fhir_node *id;

	if (type)
		fhir_set(r, "type", type);
	id = fhir_add(r, "identifier");
	fhir_set(id, "system", system);
	fhir_set(id, "value", value);
	return r;
}

const char *mapping_coding_code(const fhir_node *cc, const char *system)
{
	size_t i, n = fhir_count(cc, "coding");

	for (i = 0; i < n; i++) {
		const fhir_node *c = fhir_get(cc, "coding", i);
		const char *sys = fhir_get_value(c, "system", 0);
		if (sys && strcmp(sys, system) == 0)
			return fhir_get_value(c, "code", 0);
	}
	return NULL;
}

const fhir_node *mapping_resolve(const fhir_node *bundle, const fhir_node *reference)
{
	const char *url = fhir_get_value(reference, "reference", 0);
	size_t i, n = fhir_count(bundle, "entry");

	if (!url)
		return NULL;
	for (i = 0; i < n; i++) {
		const fhir_node *e = fhir_get(bundle, "entry", i);
		const char *full = fhir_get_value(e, "fullUrl", 0);
		if (full && strcmp(full, url) == 0)
			return fhir_get(e, "resource", 0);
	}
	return NULL;
}

static int row_order(const void *a, const void *b)
{
	const mapping_index_row *x = a, *y = b;
	int c = strcmp(x->url, y->url);

	if (c)
		return c;
	return x->entry < y->entry ? -1 : x->entry > y->entry;
}

void mapping_index_make(mapping_index *ix, const fhir_node *bundle)
{
	size_t i, n = fhir_count(bundle, "entry");

	memset(ix, 0, sizeof(*ix));
	ix->bundle = bundle;
	if (n == 0)
		return;
	if (!(ix->rows = calloc(n, sizeof(*ix->rows)))) {
		ix->failed = 1;
		return;
	}
	for (i = 0; i < n; i++) {
		const fhir_node *e = fhir_get(bundle, "entry", i);
		const char *url = fhir_get_value(e, "fullUrl", 0);

		if (!url)
			continue;
		ix->rows[ix->count].url = url;
		ix->rows[ix->count].entry = i;
		ix->rows[ix->count].resource = fhir_get(e, "resource", 0);
		ix->count++;
	}
	qsort(ix->rows, ix->count, sizeof(*ix->rows), row_order);
}

/* The first row whose url is `url`, or NULL. */
static const mapping_index_row *first_row(const mapping_index *ix, const char *url)
{
	size_t lo = 0, hi = ix->count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(ix->rows[mid].url, url) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < ix->count && strcmp(ix->rows[lo].url, url) == 0 ? &ix->rows[lo] : NULL;
}

const fhir_node *mapping_index_resolve(const mapping_index *ix, const fhir_node *reference)
{
	const char *url = fhir_get_value(reference, "reference", 0);
	const mapping_index_row *r;

	if (ix->failed)
		return mapping_resolve(ix->bundle, reference);
	r = url ? first_row(ix, url) : NULL;
	return r ? r->resource : NULL;
}

size_t mapping_index_first(const mapping_index *ix, const char *url)
{
	const mapping_index_row *r;
	size_t i, n;

	if (!ix->failed) {
		r = first_row(ix, url);
		return r ? r->entry : (size_t)-1;
	}
	n = fhir_count(ix->bundle, "entry");
	for (i = 0; i < n; i++) {
		const char *full = fhir_get_value(fhir_get(ix->bundle, "entry", i), "fullUrl", 0);
		if (full && strcmp(full, url) == 0)
			return i;
	}
	return (size_t)-1;
}

void mapping_index_free(mapping_index *ix)
{
	free(ix->rows);
	memset(ix, 0, sizeof(*ix));
}

const fhir_node *mapping_first_of_type(const fhir_node *bundle, const char *type)
{
	size_t i, n = fhir_count(bundle, "entry");

	for (i = 0; i < n; i++) {
		const fhir_node *r = fhir_get(fhir_get(bundle, "entry", i), "resource", 0);
		if (r && strcmp(fhir_node_type_name(r), type) == 0)
			return r;
	}
	return NULL;
}
