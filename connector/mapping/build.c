/* Small helpers for building FHIR message Bundles with the element tree. */
#include "build.h"

#include <stdio.h>
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

int mb_urn(int *failed, char out[URN_LEN])
{
	char id[UUID_STR_LEN];

	if (uuid_v4(id) != 0) {
		*failed = 1;
		id[0] = '\0';
	}
	snprintf(out, URN_LEN, "urn:uuid:%s", id);
	return *failed ? -1 : 0;
}

/* A new Bundle.entry holding a new resource of `type`, with fullUrl `urn`. */
fhir_node *mb_entry(fhir_node *bundle, const char *type, const char *urn)
{
	fhir_node *e = fhir_add(bundle, "entry");

	fhir_set(e, "fullUrl", urn);
	return fhir_add_resource(e, "resource", type);
}

void mb_ref(fhir_node *parent, const char *name, const char *urn)
{
	fhir_set(fhir_add(parent, name), "reference", urn);
}

fhir_node *mb_coding(fhir_node *parent, const char *name, const char *system,
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
fhir_node *mb_concept(fhir_node *parent, const char *name, const char *system,
			  const char *code, const char *display, const char *text)
{
	fhir_node *cc = fhir_add(parent, name);

	if (code)
		mb_coding(cc, "coding", system, code, display);
	if (text)
		fhir_set(cc, "text", text);
	return cc;
}

void mb_identifier(fhir_node *parent, const char *system, const char *value)
{
	fhir_node *id;

	if (!value)
		return;
	id = fhir_add(parent, "identifier");
	fhir_set(id, "system", system);
	fhir_set(id, "value", value);
}

void mb_telecom(fhir_node *parent, const char *system, const char *value, const char *use)
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

void mb_string_ext(fhir_node *prim, const char *url, const char *value)
{
	if (value)
		fhir_set(fhir_extension_add(prim, url), "valueString", value);
}


fhir_node *mb_ref_identifier(fhir_node *parent, const char *name, const char *type,
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

const char *mb_coding_code(const fhir_node *cc, const char *system)
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

const fhir_node *mb_resolve(const fhir_node *bundle, const fhir_node *reference)
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

const fhir_node *mb_first_of_type(const fhir_node *bundle, const char *type)
{
	size_t i, n = fhir_count(bundle, "entry");

	for (i = 0; i < n; i++) {
		const fhir_node *r = fhir_get(fhir_get(bundle, "entry", i), "resource", 0);
		if (r && strcmp(fhir_node_type_name(r), type) == 0)
			return r;
	}
	return NULL;
}
