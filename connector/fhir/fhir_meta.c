/*
 * Lookups over the generated FHIR tables.
 */
#include "fhir_meta.h"

#include <stdint.h>
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

/*
 * FNV-1a over the name, mixed with the type: gen-tables.js nameHash. In
 * steps, so that a NUL-terminated name is hashed while it is measured.
 */
#define NAME_HASH_START 0x811c9dc5u

static inline uint32_t name_hash_byte(uint32_t h, unsigned char c)
{
	return (h ^ c) * 0x01000193u;
}

static inline uint32_t name_hash_type(uint32_t h, size_t type_index)
{
	return h ^ ((uint32_t)(type_index + 1) * 0x9e3779b1u);
}

static uint32_t name_hash(const char *name, size_t len, size_t type_index)
{
	uint32_t h = NAME_HASH_START;
	size_t i;

	for (i = 0; i < len; i++)
		h = name_hash_byte(h, (unsigned char)name[i]);
	return name_hash_type(h, type_index);
}

/* The slot chain of hash `h` for the type of index `ti`: the element named name[0..len). */
static inline const fhir_elem *find_hashed(size_t ti, uint32_t h, const char *name,
					   size_t len, const fhir_type **type_out)
{
	size_t mask = fhir_elem_hash_size - 1, i = h & mask;

	for (;; i = (i + 1) & mask) {
		const fhir_elem_slot *s = &fhir_elem_hash[i];
		const fhir_elem *e;

		if (s->owner == 0xFFFF)
			return NULL;
		if (s->owner != ti)
			continue;
		e = &fhir_elems[s->elem];
		if (s->choice == 0xFFFF) {
			if (name_eq(POOL(e->name), name, len)) {
				if (type_out)
					*type_out = &fhir_types[e->type];
				return e;
			}
		} else if (name_eq(POOL(fhir_choices[s->choice].name), name, len)) {
			if (type_out)
				*type_out = &fhir_types[fhir_choices[s->choice].type];
			return e;
		}
	}
}

const fhir_elem *fhir_elem_find(const fhir_type *t, const char *name, size_t len,
				const fhir_type **type_out)
{
	size_t ti = (size_t)(t - fhir_types);

	/* a name never holds a NUL, and the pool's names are NUL-terminated */
	if (len == 0 || memchr(name, '\0', len))
		return NULL;
	return find_hashed(ti, name_hash(name, len, ti), name, len, type_out);
}

const fhir_elem *fhir_elem_find_z(const fhir_type *t, const char *name, const fhir_type **type_out)
{
	size_t ti = (size_t)(t - fhir_types), len;
	uint32_t h = NAME_HASH_START;

	/* name_hash and strlen in one pass */
	for (len = 0; name[len]; len++)
		h = name_hash_byte(h, (unsigned char)name[len]);
	if (len == 0)
		return NULL;
	return find_hashed(ti, name_hash_type(h, ti), name, len, type_out);
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
