/*
 * FHIR JSON writer, straight from the tree into a strbuf.
 *
 * JSON rules applied (FHIR R4 json.html):
 *   - "resourceType" comes first in every resource object;
 *   - a primitive's value goes in "name", its id/extensions in "_name";
 *   - repeating elements are arrays even with one item; for repeating
 *     primitives "name" and "_name" are parallel arrays padded with null,
 *     and either is left out when it would hold only nulls;
 *   - boolean and numeric primitives are JSON booleans/numbers written
 *     with exactly their text (a decimal "1.50" stays 1.50);
 *   - no empty objects, arrays or strings: elements without content are
 *     left out.
 *
 * The layout is json-c's (the writer used to build a json-c tree and print
 * it, and other programs compare our text): compact is
 * JSON_C_TO_STRING_PLAIN, pretty is JSON_C_TO_STRING_PRETTY|SPACED (two
 * spaces per level, "key": value) plus a final newline; strings escaped
 * as json-c does with JSON_C_TO_STRING_NOSLASHESCAPE (\" \\ \b \f \n \r
 * \t, other control characters as \u00xx). test_fhir_codec checks the
 * text against json-c's own printing of it.
 * Recursion follows the tree, whose depth the builder limits.
 */
#include "fhir_codec.h"

#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "beweegbrug.h"
#include "fhir_node_priv.h"
#include "fhir_out.h"
#include "util/swar.h"

typedef struct jw {
	strbuf *b;
	int pretty;
} jw;

/* 1: escape as \x; 2: escape as \u00xx */
static const unsigned char json_special[256] = {
	[0x00] = 2, [0x01] = 2, [0x02] = 2, [0x03] = 2, [0x04] = 2, [0x05] = 2, [0x06] = 2,
	[0x07] = 2, ['\b'] = 1, ['\t'] = 1, ['\n'] = 1, [0x0B] = 2, ['\f'] = 1, ['\r'] = 1,
	[0x0E] = 2, [0x0F] = 2, [0x10] = 2, [0x11] = 2, [0x12] = 2, [0x13] = 2, [0x14] = 2,
	[0x15] = 2, [0x16] = 2, [0x17] = 2, [0x18] = 2, [0x19] = 2, [0x1A] = 2, [0x1B] = 2,
	[0x1C] = 2, [0x1D] = 2, [0x1E] = 2, [0x1F] = 2, ['"'] = 1, ['\\'] = 1,
};

/* Eight bytes at once: any '"', '\\' or control character among them? */
static int special8(const unsigned char *p)
{
	uint64_t v = swar_load(p);

	return (swar_has(v, '"') | swar_has(v, '\\') | swar_has_below(v, 0x20)) != 0;
}

#ifdef __SSE2__
/*
 * Sixteen bytes at once (SSE2 is part of x86-64): the offset of the first
 * '"', '\\' or control character among them, or 16. A narrative div is
 * most of the text this writer escapes; eight bytes at a time (special8)
 * cost it three times the instructions.
 */
static unsigned special16(const unsigned char *p)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i hit = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
				   _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
	unsigned mask;

	/* v <= 0x1F, unsigned: min(v, 0x1F) == v */
	hit = _mm_or_si128(hit, _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v));
	mask = (unsigned)_mm_movemask_epi8(hit);
	return mask ? (unsigned)__builtin_ctz(mask) : 16;
}
#endif

static void put_string(strbuf *b, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s, *end = p + len, *run = p;

	out_putc(b, '"');
	for (; p < end; p++) {
		char esc[6];

#ifdef __SSE2__
		while (end - p >= 16) {
			unsigned k = special16(p);

			p += k;
			if (k < 16)
				break;
		}
#endif
		while (end - p >= 8 && !special8(p))
			p += 8;
		if (p == end)
			break;
		if (!json_special[*p])
			continue;
		out_add(b, (const char *)run, (size_t)(p - run));
		run = p + 1;
		if (json_special[*p] == 2) {
			esc[0] = '\\';
			esc[1] = 'u';
			esc[2] = '0';
			esc[3] = '0';
			esc[4] = hex[*p >> 4];
			esc[5] = hex[*p & 0xF];
			out_add(b, esc, 6);
			continue;
		}
		esc[0] = '\\';
		switch (*p) {
		case '\b': esc[1] = 'b'; break;
		case '\t': esc[1] = 't'; break;
		case '\n': esc[1] = 'n'; break;
		case '\f': esc[1] = 'f'; break;
		case '\r': esc[1] = 'r'; break;
		default: esc[1] = (char)*p; break;     /* " and \ */
		}
		out_add(b, esc, 2);
	}
	out_add(b, (const char *)run, (size_t)(p - run));
	out_putc(b, '"');
}

void fhir_json_put_string(strbuf *b, const char *s, size_t len)
{
	put_string(b, s, len);
}

static void indent(jw *w, int level)
{
	if (w->pretty)
		out_fill(w->b, ' ', 2u * (size_t)level);
}

/* Before the n-th member or item (n from 0) of a container at `level`. */
static inline void separator(jw *w, int n, int level)
{
	if (n)
		out_putc(w->b, ',');
	if (w->pretty) {
		out_putc(w->b, '\n');
		indent(w, level + 1);
	}
}

/* After the last of `n` members or items, before the closing bracket. */
static inline void closing(jw *w, int n, int level, char bracket)
{
	if (w->pretty) {
		if (n)
			out_putc(w->b, '\n');
		indent(w, level);
	}
	out_putc(w->b, bracket);
}

static inline void key(jw *w, int *members, int level, const char *prefix, const char *name)
{
	separator(w, (*members)++, level);
	out_putc(w->b, '"');
	if (prefix)
		out_putc(w->b, *prefix);
	out_puts(w->b, name);    /* element names need no escaping */
	if (w->pretty)
		out_lit(w->b, "\": ");
	else
		out_lit(w->b, "\":");
}

/* The JSON value of a primitive's text, typed by its kind. */
static inline void prim_value(jw *w, const fhir_node *n)
{
	switch ((fhir_prim)n->type->prim) {
	case FHIR_PRIM_BOOLEAN:
		if (n->vlen == 4 && memcmp(n->value, "true", 4) == 0)
			out_lit(w->b, "true");
		else
			out_lit(w->b, "false");
		break;
	case FHIR_PRIM_INTEGER:
	case FHIR_PRIM_POSITIVEINT:
	case FHIR_PRIM_UNSIGNEDINT:
	case FHIR_PRIM_DECIMAL:
		/* checked lexical forms, which are JSON numbers as they are */
		out_add(w->b, n->value, n->vlen);
		break;
	default:
		put_string(w->b, n->value, n->vlen);
		break;
	}
}

/* Has a primitive anything for its "_name" part (id, extensions)? */
static int prim_has_ext(const fhir_node *n)
{
	size_t i;

	for (i = 0; i < n->nkids; i++)
		if (fhir_node_has_content(n->kids[i]))
			return 1;
	return 0;
}

static void write_object(jw *w, const fhir_node *n, int level);

/* kids[first..end) all belong to one primitive element */
static void write_prims(jw *w, int *members, const fhir_node *parent, size_t first,
			size_t end, int level)
{
	const fhir_node *k0 = parent->kids[first];
	const char *name = fhir_node_name(k0);
	size_t i;
	int n;

	if (!fhir_elem_is_multiple(k0->elem)) {
		if (k0->value) {
			key(w, members, level, NULL, name);
			prim_value(w, k0);
		}
		if (prim_has_ext(k0)) {
			key(w, members, level, "_", name);
			write_object(w, k0, level + 1);
		}
		return;
	}
	/* Parallel arrays; items with neither a value nor extensions are left out. */
	{
		int any_val = 0, any_ext = 0;

		for (i = first; i < end; i++) {
			const fhir_node *k = parent->kids[i];

			any_val |= k->value != NULL;
			any_ext |= prim_has_ext(k);
		}
		if (any_val) {
			key(w, members, level, NULL, name);
			out_putc(w->b, '[');
			for (i = first, n = 0; i < end; i++) {
				const fhir_node *k = parent->kids[i];

				if (!k->value && !prim_has_ext(k))
					continue;
				separator(w, n++, level + 1);
				if (k->value)
					prim_value(w, k);
				else
					out_lit(w->b, "null");
			}
			closing(w, n, level + 1, ']');
		}
		if (any_ext) {
			key(w, members, level, "_", name);
			out_putc(w->b, '[');
			for (i = first, n = 0; i < end; i++) {
				const fhir_node *k = parent->kids[i];
				int ext = prim_has_ext(k);

				if (!k->value && !ext)
					continue;
				separator(w, n++, level + 1);
				if (ext)
					write_object(w, k, level + 2);
				else
					out_lit(w->b, "null");
			}
			closing(w, n, level + 1, ']');
		}
	}
}

/* kids[first..end) all belong to one complex (or resource) element */
static void write_complexes(jw *w, int *members, const fhir_node *parent, size_t first,
			    size_t end, int level)
{
	const fhir_node *k0 = parent->kids[first];
	size_t i;
	int n = 0;

	for (i = first; i < end && !fhir_node_has_content(parent->kids[i]); i++)
		;
	if (i == end)
		return;
	key(w, members, level, NULL, fhir_node_name(k0));
	if (!fhir_elem_is_multiple(k0->elem)) {
		write_object(w, parent->kids[i], level + 1);
		return;
	}
	out_putc(w->b, '[');
	for (; i < end; i++) {
		const fhir_node *k = parent->kids[i];

		if (!fhir_node_has_content(k))
			continue;
		separator(w, n++, level + 1);
		write_object(w, k, level + 2);
	}
	closing(w, n, level + 1, ']');
}

/*
 * The object for a complex, backbone or resource node (or a primitive's
 * id/extension part) at nesting `level` (json-c's: the root is 0, its
 * members are indented one step). Callers check it has content.
 */
static void write_object(jw *w, const fhir_node *n, int level)
{
	size_t i, end, count = n->nkids;
	int members = 0;

	out_putc(w->b, '{');
	if (n->type->kind == FHIR_KIND_RESOURCE) {
		key(w, &members, level, NULL, "resourceType");
		put_string(w->b, fhir_type_name(n->type), strlen(fhir_type_name(n->type)));
	}
	for (i = 0; i < count; i = end) {
		const fhir_node *k = n->kids[i];
		const fhir_elem *e = k->elem;

		for (end = i + 1; end < count && n->kids[end]->elem == e; end++)
			;
		if (k->type->kind == FHIR_KIND_PRIMITIVE)
			write_prims(w, &members, n, i, end, level);
		else
			write_complexes(w, &members, n, i, end, level);
	}
	closing(w, members, level, '}');
}

int fhir_write_json(strbuf *out, const fhir_node *res, int pretty)
{
	jw w;

	if (!out || !res || !fhir_node_is_resource(res))
		return BB_EINVAL;
	w.b = out;
	w.pretty = pretty;
	if (out->alloc - out->len < 8192)
		strbuf_grow(out, 8192);         /* not sixty-four bytes at first */
	write_object(&w, res, 0);
	if (pretty)
		out_putc(out, '\n');
	return out_finish(out) < 0 ? BB_ENOMEM : BB_OK;
}
