/*
 * Lookups over the generated FHIR tables.
 */
#include "fhir_meta.h"

#include <string.h>

#include "fhir_tables.h"

#define POOL(off) (fhir_pool + (off))

const char *fhir_type_name(const fhir_type *t)
{
	return POOL(t->name);
}

const fhir_type *fhir_type_by_name(const char *name)
{
	size_t lo = 0, hi = fhir_types_len;

	if (!name)
		return NULL;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const fhir_type *t = &fhir_types[fhir_types_by_name[mid]];
		int c = strcmp(name, POOL(t->name));

		if (c == 0)
			return t;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

const fhir_type *fhir_resource_type(const char *name)
{
	const fhir_type *t = fhir_type_by_name(name);

	if (!t || t->kind != FHIR_KIND_RESOURCE || (t->flags & FHIR_T_ABSTRACT))
		return NULL;
	return t;
}

int fhir_is_resource_type(const char *name)
{
	return fhir_resource_type(name) != NULL;
}

size_t fhir_type_elem_count(const fhir_type *t)
{
	return t->elem_count;
}

const fhir_elem *fhir_type_elem(const fhir_type *t, size_t i)
{
	if (i >= t->elem_count)
		return NULL;
	return &fhir_elems[t->first_elem + i];
}

const char *fhir_elem_name(const fhir_elem *e)
{
	return POOL(e->name);
}

const fhir_type *fhir_elem_type(const fhir_elem *e)
{
	if (e->flags & FHIR_E_CHOICE)
		return NULL;
	return &fhir_types[e->type];
}

const fhir_type *fhir_elem_choice(const fhir_elem *e, size_t i, const char **name_out)
{
	const fhir_choice *c;

	if (!(e->flags & FHIR_E_CHOICE) || i >= e->nchoice)
		return NULL;
	c = &fhir_choices[e->type + i];
	if (name_out)
		*name_out = POOL(c->name);
	return &fhir_types[c->type];
}

const char *fhir_elem_name_for(const fhir_elem *e, const fhir_type *t)
{
	size_t i;

	if (!(e->flags & FHIR_E_CHOICE))
		return POOL(e->name);
	for (i = 0; i < e->nchoice; i++) {
		const fhir_choice *c = &fhir_choices[e->type + i];

		if (&fhir_types[c->type] == t)
			return POOL(c->name);
	}
	return POOL(e->name);
}

/* Does the NUL-terminated pool string `s` equal name[0..len)? */
static int name_eq(const char *s, const char *name, size_t len)
{
	return strncmp(s, name, len) == 0 && s[len] == '\0';
}

const fhir_elem *fhir_elem_find(const fhir_type *t, const char *name, size_t len,
				const fhir_type **type_out)
{
	return fhir_elem_find_from(t, name, len, 0, type_out);
}

const fhir_elem *fhir_elem_find_from(const fhir_type *t, const char *name, size_t len,
				     size_t from, const fhir_type **type_out)
{
	size_t i, j, blen;

	if (len == 0)
		return NULL;
	for (i = from; i < t->elem_count; i++) {
		const fhir_elem *e = &fhir_elems[t->first_elem + i];
		const char *base = POOL(e->name);

		if (base[0] != name[0])
			continue;       /* also true of every name of a choice */
		if (!(e->flags & FHIR_E_CHOICE)) {
			if (name_eq(base, name, len)) {
				if (type_out)
					*type_out = &fhir_types[e->type];
				return e;
			}
			continue;
		}
		/* A choice matches only with a type suffix: "value" alone is not a name. */
		blen = strlen(base);
		if (len <= blen || strncmp(base, name, blen) != 0)
			continue;
		for (j = 0; j < e->nchoice; j++) {
			const fhir_choice *c = &fhir_choices[e->type + j];

			if (name_eq(POOL(c->name), name, len)) {
				if (type_out)
					*type_out = &fhir_types[c->type];
				return e;
			}
		}
	}
	return NULL;
}

const fhir_elem *fhir_elem_by_base(const fhir_type *t, const char *name)
{
	size_t i;

	for (i = 0; i < t->elem_count; i++) {
		const fhir_elem *e = &fhir_elems[t->first_elem + i];

		if (strcmp(POOL(e->name), name) == 0)
			return e;
	}
	return NULL;
}

const char *fhir_prim_name(fhir_prim p)
{
	static const char *const names[] = {
		"", "base64Binary", "boolean", "canonical", "code", "date",
		"dateTime", "decimal", "id", "instant", "integer", "markdown",
		"oid", "positiveInt", "string", "time", "unsignedInt", "uri",
		"url", "uuid", "xhtml"
	};

	if ((size_t)p >= sizeof(names) / sizeof(names[0]))
		return "";
	return names[p];
}
