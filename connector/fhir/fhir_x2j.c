/*
 * FHIR XML -> pretty FHIR JSON while libxml2's SAX2 parse runs, with no
 * tree (fhir_x2j.h): fhir_reader_to_json's way for documents up to
 * 1 MiB. Reading into the tree and writing it out costs a FHIR XML
 * document some 17% more instructions (docs/performance.md).
 *
 * It makes every check the reader makes (fhir_xml_read.c, and
 * fhir_check after it) as it streams, and refuses at the first problem:
 * the encoding check, the XML budget and the DOCTYPE refusal
 * (fhir_xml_sax_parse, as for the reader); the FHIR namespace of every
 * element and XHTML's for the div; definition order and "does not
 * repeat"; attribute names, prefixes, and attributes on resources; every
 * value's lexical form (fhir_prim_valid_text, id and url included); no
 * text outside the narrative, and the narrative's own rules (txt-1,
 * txt-2); a primitive with a value or extensions; no empty element; one
 * resource per container; required elements (a mask per type) and ext-1;
 * the nesting limit (FHIR_MAX_DEPTH nodes). A refusal leaves the output
 * as it was: the caller then reads the document with the reader, which
 * reports every problem with its line and FHIR path, so this file needs
 * no messages. tests/test_fhir_x2j.c and the fuzz target fhir_x2j hold
 * the two to the same verdicts and the same bytes.
 *
 * How it writes: each open element is a frame holding the JSON object it
 * is writing (level, members so far) and the run of children of one
 * element being written (a repeating element is one JSON array). A
 * primitive's value is written at its start tag; its id and extensions
 * ("_name") follow at once for a single one, and go to a side buffer for
 * repeating ones, whose "_name" array must follow the whole value array.
 * Extension.url, an XML attribute, waits in a buffer until its place in
 * element order (after the child extensions). An element left without
 * members is refused (FHIR has no empty elements, and the reader refuses
 * them), so each complex element is opened at its start tag.
 *
 * What is kept between documents: keys prepared once per name, and
 * elements and resource types looked up once per (parent type, name).
 * libxml2 interns names in its context's dictionary, so a name's address
 * finds them. That context is the reader's (fhir_xmlsafe.c), dropped
 * after a refusal or when its dictionary outgrows its bounds. Each new
 * context has a generation number unique in the process, and a new
 * generation makes all three caches stale (forget_names), so no address
 * from a freed dictionary is ever compared.
 * Nothing is allocated per element: stacks and buffers are kept, and
 * trimmed after a document that made them grow past a usual one's.
 */
#include "fhir_x2j.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "beweegbrug.h"
#include "fhir/fhir_meta.h"
#include "fhir/fhir_node.h"
#include "fhir/fhir_out.h"
#include "fhir/fhir_prim.h"
#include "fhir/fhir_xhtml.h"
#include "fhir/fhir_xmlsafe.h"
#include "util/swar.h"
#include "util/xml_budget.h"

#define INDENT_MAX 256          /* spaces copied at once; deeper falls back to a fill */
/*
 * Repeating primitives' "_name" arrays open at once. Each is copied into
 * the one around it when it closes, so content under k of them is copied
 * k times: a review made a 902 KB document cost 7 times the tree's way
 * with 19. Past two (no official example nests even two: an extension of
 * a repeating primitive's item holding another repeating primitive), the
 * document goes to the reader.
 */
#define MAX_SIDE 2
#define KEY_SLOTS 2048          /* prepared keys, by the interned name's address */
#define KEY_MAX 64              /* longer names are written without a prepared key */
#define KEY_TEXT 16384          /* the keys' text; when full, all keys are prepared again */
#define REQ_SLOTS 256           /* required-element masks, by type */
#define LOOKUP_SLOTS 4096       /* elements and attributes, by (parent type, interned name) */
#define RES_SLOTS 256           /* resource types, by interned name */
#define FHIR_NS "http://hl7.org/fhir"

enum fkind { K_OBJ, K_PRIM, K_WRAP };
enum fopen { OPENED, OPEN_KEY, OPEN_SIDE };

typedef struct sframe {
	uint8_t kind;           /* enum fkind */
	uint8_t open;           /* enum fopen: how its '{' is written, once needed */
	uint8_t item;           /* K_PRIM: one of a repeating primitive */
	uint8_t run_multi;      /* the run's element repeats: a JSON array */
	uint8_t run_prim;       /* ... of primitives: value and "_name" arrays */
	uint8_t arr_open;       /* the run's array has its key and '[' */
	uint8_t any_ext;        /* some item of the run has a "_name" object */
	int level;              /* json-c's level of this frame's object */
	int members;            /* members written into it */
	strbuf *out;            /* where it writes: the output or a side buffer */
	const fhir_type *type;
	const xmlChar *name;    /* K_PRIM: its element name, for "_name" */
	const fhir_elem *run;   /* the element whose items are being written */
	const xmlChar *run_name;
	int items;              /* items of the run so far */
	int nulls;              /* leading items without a value, not yet written */
	int side;               /* index of the run's side buffer */
	const fhir_elem *pend;  /* an attribute member waiting for its place */
	const xmlChar *pend_name;
	size_t pend_off, pend_len;      /* its text, in s->attrs */
	/* checks: */
	uint64_t seen;          /* its type's elements met (a type has at most 54) */
	int last;               /* order of the last child element, -1 before one */
	int kids;               /* child elements */
	uint8_t has_value;      /* K_PRIM: a value attribute */
	uint8_t inner;          /* K_WRAP: resources met */
} sframe;

/* A prepared key: its text in fhir_x2j.keytext, "name": then "_name": */
typedef struct keyent {
	const xmlChar *name;
	uint16_t off;
	uint8_t plen, ulen;
	uint32_t epoch;         /* fhir_x2j.epoch when made: older ones are stale */
} keyent;

struct fhir_x2j {
	unsigned long cached_gen;       /* the context the caches' names are from (unique) */
	uint32_t epoch;         /* one more for each new context: cache entries of another are stale */
	const xmlChar *fhir_ns; /* libxml2's interned FHIR namespace, once seen */
	const fhir_type *ext_type;      /* Extension, and its two elements of ext-1 */
	uint64_t ext_value_bit, ext_ext_bit;
	struct reqmask {
		const fhir_type *type;
		uint64_t mask;
	} req[REQ_SLOTS];
	strbuf *out;
	sframe *frames;
	size_t depth, aframes;
	size_t wraps;           /* open frames that are resource containers, not nodes */
	strbuf side[MAX_SIDE];
	int nside;
	strbuf attrs;           /* pending attribute values, last in first out */
	strbuf tmp;             /* an attribute value with "&#38;" decoded */
	strbuf div;             /* the narrative being serialised */
	fhir_xhtml_sax xhtml;
	int div_depth;          /* open elements of the narrative, 0 outside it */
	const xmlChar *div_name;
	const char *why;        /* first thing not handled */
	char whybuf[200];
	char sep_run[2 + INDENT_MAX];   /* ",\n" and spaces */
	keyent keys[KEY_SLOTS];         /* 16 bytes each, their text apart: few cache lines */
	size_t keyused;
	char keytext[KEY_TEXT];
	struct lookup {
		const xmlChar *name;
		const fhir_type *parent, *type;
		const fhir_elem *elem;
		uint32_t epoch;
	} lookups[LOOKUP_SLOTS];
	struct restype {
		const xmlChar *name;
		const fhir_type *type;
		uint32_t epoch;
	} restypes[RES_SLOTS];
};

/* ---- writing JSON --------------------------------------------------------- */

/*
 * A short copy: separators and keys, 2 to 260 bytes. out_add's memcpy of
 * an unknown length was inlined by gcc -O2 as "rep movsq", whose start-up
 * made put_key a sixth of the cycles of this file; two overlapping loads
 * and stores (or a few 16-byte ones) cost a few cycles.
 */
static inline void copy_short(char *d, const char *s, size_t n)
{
#ifdef __SSE2__
	if (n >= 16) {
		size_t i;

		for (i = 0; i + 16 < n; i += 16)
			_mm_storeu_si128((__m128i *)(void *)(d + i),
					 _mm_loadu_si128((const __m128i *)(const void *)(s + i)));
		_mm_storeu_si128((__m128i *)(void *)(d + n - 16),
				 _mm_loadu_si128((const __m128i *)(const void *)(s + n - 16)));
		return;
	}
#else
	if (n >= 16) {
		memcpy(d, s, n);
		return;
	}
#endif
	if (n >= 8) {
		uint64_t a, b;

		memcpy(&a, s, 8);
		memcpy(&b, s + n - 8, 8);
		memcpy(d, &a, 8);
		memcpy(d + n - 8, &b, 8);
	} else if (n >= 4) {
		uint32_t a, b;

		memcpy(&a, s, 4);
		memcpy(&b, s + n - 4, 4);
		memcpy(d, &a, 4);
		memcpy(d + n - 4, &b, 4);
	} else if (n) {
		d[0] = s[0];
		d[n / 2] = s[n / 2];
		d[n - 1] = s[n - 1];
	}
}

static inline void out_short(strbuf *b, const char *s, size_t n)
{
	if (b->alloc - b->len > n) {
		copy_short(b->data + b->len, s, n);
		b->len += n;
	} else {
		strbuf_add(b, s, n);
	}
}

/*
 * Does the JSON writer escape nothing in v? Its escaping (fhir_json_write.c)
 * changes exactly '"', '\\' and the bytes below 0x20, and copies every
 * other byte as it is.
 */
static inline int json_plain(const char *v, size_t len)
{
	const unsigned char *p = (const unsigned char *)v;
	size_t i;

#ifdef __SSE2__
	if (len >= 16) {
		for (i = 0;; i += 16) {
			const unsigned char *q = i + 16 < len ? p + i : p + len - 16;
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)q);
			__m128i hit = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
						   _mm_cmpeq_epi8(x, _mm_set1_epi8('\\')));

			hit = _mm_or_si128(hit, _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x1F)), x));
			if (_mm_movemask_epi8(hit))
				return 0;
			if (i + 16 >= len)
				return 1;
		}
	}
#endif
	if (len >= 8) {
		for (i = 0;; i += 8) {
			uint64_t w = swar_load(i + 8 < len ? p + i : p + len - 8);

			if (swar_has(w, '"') | swar_has(w, '\\') | swar_has_below(w, 0x20))
				return 0;
			if (i + 8 >= len)
				return 1;
		}
	}
	for (i = 0; i < len; i++)
		if (p[i] < 0x20 || p[i] == '"' || p[i] == '\\')
			return 0;
	return 1;
}

/*
 * A JSON string as the JSON writer writes it: most values need no
 * escaping and are copied here between quotes; the rest, and the long
 * ones, go to the writer's own escaping (fhir_json_put_string), whose
 * call and set-up cost a short value some 170 instructions.
 */
static inline void put_string(strbuf *b, const char *v, size_t len)
{
	if (len <= 256 && b->alloc - b->len > len + 2 && json_plain(v, len)) {
		char *d = b->data + b->len;

		d[0] = '"';
		copy_short(d + 1, v, len);
		d[len + 1] = '"';
		b->len += len + 2;
		return;
	}
	fhir_json_put_string(b, v, len);
}

/* Before the n-th member or item (n from 0) of a container at `level`. */
static inline void sep(fhir_x2j *s, strbuf *b, int n, int level)
{
	size_t ind = 2 * (size_t)(level + 1);

	if (ind <= INDENT_MAX) {
		out_short(b, s->sep_run + !n, (n != 0) + 1 + ind);
		return;
	}
	if (n)
		out_putc(b, ',');
	out_putc(b, '\n');
	out_fill(b, ' ', ind);
}

/* After the last of `n` members or items, the closing bracket. */
static inline void closing(fhir_x2j *s, strbuf *b, int n, int level, char bracket)
{
	size_t ind = 2 * (size_t)level;

	if (n && ind <= INDENT_MAX) {
		out_short(b, s->sep_run + 1, 1 + ind);
	} else {
		if (n)
			out_putc(b, '\n');
		out_fill(b, ' ', ind);
	}
	out_putc(b, bracket);
}

/*
 * A cache slot for an address (n slots, a power of two): the top bits of a
 * multiplicative hash. libxml2 packs interned names byte after byte, so
 * their low bits are not to be dropped: a shift and xor put names a few
 * bytes apart in one slot, and the lookups kept missing in steady state.
 */
static inline size_t slot(uintptr_t a, size_t n)
{
	return (size_t)(((uint64_t)a * 0x9E3779B97F4A7C15ull) >> 52) & (n - 1);
}

/* The prepared key of an interned name. */
static const keyent *key_of(fhir_x2j *s, const xmlChar *name)
{
	keyent *k = &s->keys[slot((uintptr_t)name, KEY_SLOTS)];
	char *t;
	size_t n;

	if (k->name == name && k->epoch == s->epoch)
		return k;
	n = strlen((const char *)name);
	if (n > KEY_MAX)
		return NULL;
	if (s->keyused + 2 * n + 9 > KEY_TEXT) {
		memset(s->keys, 0, sizeof(s->keys));
		s->keyused = 0;
	}
	k->name = name;
	k->epoch = s->epoch;
	k->off = (uint16_t)s->keyused;
	t = s->keytext + s->keyused;
	t[0] = '"';
	memcpy(t + 1, name, n);
	memcpy(t + 1 + n, "\": ", 3);
	k->plen = (uint8_t)(n + 4);
	t += n + 4;
	t[0] = '"';
	t[1] = '_';
	memcpy(t + 2, name, n);
	memcpy(t + 2 + n, "\": ", 3);
	k->ulen = (uint8_t)(n + 5);
	s->keyused += 2 * n + 9;
	return k;
}

/* The key of the next member of frame f ("_name" when `under`). */
static inline void put_key(fhir_x2j *s, sframe *f, const xmlChar *name, int under)
{
	const keyent *k = key_of(s, name);

	sep(s, f->out, f->members++, f->level);
	if (k) {
		const char *t = s->keytext + k->off;

		out_short(f->out, under ? t + k->plen : t, under ? k->ulen : k->plen);
		return;
	}
	out_putc(f->out, '"');
	if (under)
		out_putc(f->out, '_');
	out_puts(f->out, (const char *)name);
	out_lit(f->out, "\": ");
}

/* A primitive's JSON value, typed by its kind (fhir_json_write.c's prim_value). */
static inline void put_value(strbuf *b, fhir_prim prim, const char *v, size_t len)
{
	switch (prim) {
	case FHIR_PRIM_BOOLEAN:
		if (len == 4 && memcmp(v, "true", 4) == 0)
			out_lit(b, "true");
		else
			out_lit(b, "false");
		break;
	case FHIR_PRIM_INTEGER:
	case FHIR_PRIM_POSITIVEINT:
	case FHIR_PRIM_UNSIGNEDINT:
	case FHIR_PRIM_DECIMAL:
		out_add(b, v, len);
		break;
	default:
		put_string(b, v, len);
		break;
	}
}

/* ---- frames -------------------------------------------------------------- */

static fhir_x2j *state(void *ctx)
{
	return fhir_xml_sax_of(ctx)->user;
}

/*
 * Refuse the document: the reader will read it and say why. This stops
 * libxml2, which in 2.9 frees the input buffer at once: nothing handed
 * to the running handler (attribute values above all) may be read after
 * it, so every caller returns at once, and loops test s->why.
 */
#if defined(__GNUC__)
__attribute__((cold, noinline))
#endif
static void fail(fhir_x2j *s, void *ctx, const char *fmt, const char *name)
{
	if (!s->why) {
		snprintf(s->whybuf, sizeof(s->whybuf), fmt, name);
		s->why = s->whybuf;
	}
	fhir_xml_sax_stop(ctx);
}

/* Room for two more frames, so that pointers into the stack stay put. */
static int reserve(fhir_x2j *s)
{
	sframe *grown;
	size_t na;

	if (s->depth + 2 <= s->aframes)
		return 0;
	na = s->aframes ? s->aframes * 2 : 64;
	if (!(grown = realloc(s->frames, na * sizeof(*grown))))
		return -1;
	s->frames = grown;
	s->aframes = na;
	return 0;
}

static inline sframe *push(fhir_x2j *s, enum fkind kind, int level, strbuf *out, const fhir_type *t)
{
	sframe *f = &s->frames[s->depth++];

	s->wraps += kind == K_WRAP;
	f->seen = 0;
	f->last = -1;
	f->kids = 0;
	f->has_value = 0;
	f->inner = 0;
	f->kind = (uint8_t)kind;
	f->open = OPENED;
	f->item = 0;
	f->level = level;
	f->members = 0;
	f->out = out;
	f->type = t;
	f->run = NULL;
	f->pend = NULL;
	return f;
}

/* A primitive's "_name" object gets its '{' with its first member. */
static inline void need_open(fhir_x2j *s, sframe *f)
{
	if (f->open == OPENED)
		return;
	if (f->open == OPEN_KEY)
		put_key(s, f - 1, f->name, 1);
	out_putc(f->out, '{');
	f->open = OPENED;
}

static void flush_pend(fhir_x2j *s, sframe *f)
{
	put_key(s, f, f->pend_name, 0);
	put_string(f->out, s->attrs.data + f->pend_off, f->pend_len);
	s->attrs.len = f->pend_off;
	f->pend = NULL;
}

/* The run of frame f's children ends: close its arrays. */
static void close_run(fhir_x2j *s, sframe *f)
{
	strbuf *side;

	if (!f->run_multi)
		return;
	if (f->arr_open)
		closing(s, f->out, f->items, f->level + 1, ']');
	if (!f->run_prim)
		return;
	side = &s->side[f->side];
	if (f->any_ext) {
		put_key(s, f, f->run_name, 1);
		out_putc(f->out, '[');
		if (side->len)          /* no buffer at all after a failed first append */
			out_add(f->out, side->data, side->len);
		closing(s, f->out, f->items, f->level + 1, ']');
	}
	s->nside--;
}

/* A child of element e starts in frame p: end the run before it, start its own. */
static inline int begin_child(fhir_x2j *s, sframe *p, const fhir_elem *e, const fhir_type *t,
			      const xmlChar *name)
{
	need_open(s, p);
	if (p->run == e)
		return 0;
	if (p->run)
		close_run(s, p);
	if (p->pend && p->pend->order < e->order)
		flush_pend(s, p);
	p->run = e;
	p->run_name = name;
	p->run_multi = fhir_elem_is_multiple(e);
	p->run_prim = t->kind == FHIR_KIND_PRIMITIVE;
	p->items = 0;
	p->nulls = 0;
	p->arr_open = 0;
	p->any_ext = 0;
	if (p->run_multi && p->run_prim) {
		if (s->nside == MAX_SIDE)
			return -1;
		p->side = s->nside++;
		s->side[p->side].len = 0;
	}
	return 0;
}

/* The place of a complex child's value in p: its key, or an array item. Its level. */
static inline int open_slot(fhir_x2j *s, sframe *p, const xmlChar *name)
{
	if (!p->run_multi) {
		put_key(s, p, name, 0);
		return p->level + 1;
	}
	if (!p->arr_open) {
		put_key(s, p, name, 0);
		out_putc(p->out, '[');
		p->arr_open = 1;
	}
	sep(s, p->out, p->items++, p->level + 1);
	return p->level + 2;
}

/* A resource's object, "resourceType" first. */
static void open_resource(fhir_x2j *s, strbuf *b, const fhir_type *t, int level)
{
	out_putc(b, '{');
	sep(s, b, 0, level);
	out_lit(b, "\"resourceType\": \"");
	out_puts(b, fhir_type_name(t));
	out_putc(b, '"');
}

/* ---- checks ------------------------------------------------------------------ */

/* Is `uri` the FHIR namespace? libxml2 interns it: mostly a pointer compare. */
static inline int is_fhir(fhir_x2j *s, const xmlChar *uri)
{
	if (uri && uri == s->fhir_ns)
		return 1;
	if (!uri || strcmp((const char *)uri, FHIR_NS) != 0)
		return 0;
	s->fhir_ns = uri;
	return 1;
}

/* The required elements of type t as a mask of their orders. */
static uint64_t req_mask(fhir_x2j *s, const fhir_type *t)
{
	uintptr_t a = (uintptr_t)t;
	struct reqmask *r = &s->req[(a >> 3) & (REQ_SLOTS - 1)];
	size_t i, n;

	if (r->type == t)
		return r->mask;
	r->type = t;
	r->mask = 0;
	n = fhir_type_elem_count(t);
	for (i = 0; i < n; i++)
		if (fhir_type_elem(t, i)->flags & FHIR_E_REQUIRED)
			r->mask |= 1ull << i;
	return r->mask;
}

/* A child element e of p: namespace, order, repeats, depth. 0 when it failed. */
static inline int check_child(fhir_x2j *s, void *ctx, sframe *p, const fhir_elem *e,
			      const fhir_type *t, const xmlChar *name, const xmlChar *uri)
{
	int o = e->order;

	if (o >= 64) {          /* no R4 type has so many elements: `seen` is 64 bits */
		fail(s, ctx, "<%s>: element order past 63", (const char *)name);
		return 0;
	}
	if (t->prim == FHIR_PRIM_XHTML ? !uri || strcmp((const char *)uri, FHIR_XHTML_NS) != 0
				       : !is_fhir(s, uri)) {
		fail(s, ctx, "<%s> is not in its namespace", (const char *)name);
		return 0;
	}
	if (o < p->last || (o == p->last && !fhir_elem_is_multiple(e))) {
		fail(s, ctx, "<%s> out of order or repeated", (const char *)name);
		return 0;
	}
	/* the reader's depth counts nodes: a container and its resource are one */
	if (s->depth - s->wraps >= FHIR_MAX_DEPTH) {
		fail(s, ctx, "<%s> nested too deep", (const char *)name);
		return 0;
	}
	p->last = o;
	p->seen |= 1ull << o;
	p->kids++;
	return 1;
}

/* Frame f ends: what fhir_check and the reader's end tags ask. 0 when it failed. */
static int check_end(fhir_x2j *s, void *ctx, const sframe *f)
{
	uint64_t req;

	switch ((enum fkind)f->kind) {
	case K_WRAP:
		if (!f->inner)
			fail(s, ctx, "a resource container holds no resource%s", "");
		return f->inner != 0;
	case K_PRIM:
		if (!f->has_value && !f->kids)
			fail(s, ctx, "<%s> has neither a value nor an extension", (const char *)f->name);
		return f->has_value || f->kids;
	case K_OBJ:
		break;
	}
	if (!f->members) {
		fail(s, ctx, "an empty element%s", "");
		return 0;
	}
	req = req_mask(s, f->type);
	if ((f->seen & req) != req) {
		fail(s, ctx, "a required element of %s is missing", fhir_type_name(f->type));
		return 0;
	}
	if (f->type == s->ext_type && !(f->seen & s->ext_value_bit) == !(f->seen & s->ext_ext_bit)) {
		fail(s, ctx, "an extension needs a value[x] or extensions (ext-1)%s", "");
		return 0;
	}
	return 1;
}

static int lexical_ok(fhir_x2j *s, void *ctx, fhir_prim prim, const char *v, size_t len)
{
	const char *why;

	if (fhir_prim_valid_text(prim, v, len, &why))
		return 1;
	fail(s, ctx, "invalid value: %s", why);
	return 0;
}

/*
 * An element or attribute by (parent type, interned name): a direct-mapped
 * cache before fhir_elem_find_z, whose hash of the name and compare cost
 * more than a pointer compare (libxml2 interns names in its context's
 * dictionary, kept for the converter's life, as for the keys). Only
 * names found are kept: a miss is asked again, and refused as before.
 */
static inline const fhir_elem *find(fhir_x2j *s, const fhir_type *pt, const xmlChar *name,
				    const fhir_type **t)
{
	struct lookup *l = &s->lookups[slot((uintptr_t)name ^ ((uintptr_t)pt << 16), LOOKUP_SLOTS)];

	if (l->name == name && l->parent == pt && l->epoch == s->epoch) {
		*t = l->type;
		return l->elem;
	}
	l->elem = fhir_elem_find_z(pt, (const char *)name, &l->type);
	l->name = l->elem ? name : NULL;
	l->parent = pt;
	l->epoch = s->epoch;
	*t = l->type;
	return l->elem;
}

/* A resource type by its interned name, as fhir_resource_type; only found ones kept. */
static inline const fhir_type *resource_type(fhir_x2j *s, const xmlChar *name)
{
	struct restype *r = &s->restypes[slot((uintptr_t)name, RES_SLOTS)];

	if (r->name == name && r->epoch == s->epoch)
		return r->type;
	r->type = fhir_resource_type((const char *)name);
	r->name = r->type ? name : NULL;
	r->epoch = s->epoch;
	return r->type;
}

/* ---- attributes ------------------------------------------------------------- */

/* An attribute's value, with the "&#38;" libxml2 leaves for '&' decoded. */
static inline const char *attr_text(fhir_x2j *s, const xmlChar **a, size_t *len)
{
	const xmlChar *v = a[3], *end = a[4];

	if (!memchr(v, '&', (size_t)(end - v))) {
		*len = (size_t)(end - v);
		return (const char *)v;
	}
	s->tmp.len = 0;         /* not strbuf_reset: a failed append stays marked (out_of_memory) */
	fhir_xml_attr_value(&s->tmp, v, end);
	*len = s->tmp.len;
	return s->tmp.data ? s->tmp.data : "";
}

/*
 * The id and url attributes of frame f's element (type t): the first
 * element of every type is written at once, a later one (Extension.url)
 * waits for its place.
 */
static void attrs(fhir_x2j *s, void *ctx, sframe *f, int nb, const xmlChar **at)
{
	int i;

	/* the reader makes an attribute a node one level below its element's */
	if (nb && s->depth - s->wraps >= FHIR_MAX_DEPTH) {
		fail(s, ctx, "attribute '%s' nested too deep", (const char *)at[0]);
		return;
	}
	for (i = 0; i < nb; i++) {
		const xmlChar **a = at + 5 * i;
		const fhir_type *atype;
		const fhir_elem *e = find(s, f->type, a[0], &atype);
		const char *text;
		size_t len;

		if (!e || !fhir_elem_is_attr(e) || a[1]) {
			fail(s, ctx, "attribute '%s' not handled", (const char *)a[0]);
			return;
		}
		text = attr_text(s, a, &len);
		if (e->order >= 64 || !lexical_ok(s, ctx, (fhir_prim)atype->prim, text, len)) {
			fail(s, ctx, "attribute '%s' not handled", (const char *)a[0]);
			return;
		}
		f->seen |= 1ull << e->order;
		if (e->order == 0) {
			need_open(s, f);
			put_key(s, f, a[0], 0);
			put_string(f->out, text, len);
			continue;
		}
		if (f->pend) {
			fail(s, ctx, "a second late attribute '%s' not handled", (const char *)a[0]);
			return;
		}
		f->pend = e;
		f->pend_name = a[0];
		f->pend_off = s->attrs.len;
		f->pend_len = len;
		if (strbuf_add(&s->attrs, text, len) < 0) {
			fail(s, ctx, "out of memory%s", "");    /* flush_pend must not read it */
			return;
		}
	}
}

/* ---- start tags --------------------------------------------------------------- */

/* A primitive element of p: its value now, its "_name" object when needed. */
static void start_prim(fhir_x2j *s, void *ctx, sframe *p, const fhir_type *t, const xmlChar *name,
		       int nb, const xmlChar **at)
{
	const xmlChar **value = NULL;
	const char *text = NULL;
	size_t len = 0;
	sframe *f;
	int i;

	for (i = 0; i < nb; i++) {
		const char *an = (const char *)at[5 * i];

		/* "value", compared inline as fhir_xml_read.c does */
		if (an[0] == 'v' && an[1] == 'a' && an[2] == 'l' && an[3] == 'u' && an[4] == 'e' &&
		    an[5] == '\0') {
			value = at + 5 * i;
			break;
		}
	}
	if (value)
		text = attr_text(s, value, &len);
	if (value && (value[1] || !lexical_ok(s, ctx, (fhir_prim)t->prim, text, len))) {
		fail(s, ctx, "<%s>: a value not allowed", (const char *)name);
		return;
	}
	if (!p->run_multi) {
		if (value) {
			put_key(s, p, name, 0);
			put_value(p->out, (fhir_prim)t->prim, text, len);
		}
		f = push(s, K_PRIM, p->level + 1, p->out, t);
		f->open = OPEN_KEY;
	} else {
		int n = p->items++, k;
		strbuf *side = &s->side[p->side];

		if (value) {
			if (!p->arr_open) {
				put_key(s, p, name, 0);
				out_putc(p->out, '[');
				p->arr_open = 1;
				for (k = 0; k < p->nulls; k++) {
					sep(s, p->out, k, p->level + 1);
					out_lit(p->out, "null");
				}
			}
			sep(s, p->out, n, p->level + 1);
			put_value(p->out, (fhir_prim)t->prim, text, len);
		} else if (p->arr_open) {
			sep(s, p->out, n, p->level + 1);
			out_lit(p->out, "null");
		} else {
			p->nulls++;
		}
		sep(s, side, n, p->level + 1);
		f = push(s, K_PRIM, p->level + 2, side, t);
		f->open = OPEN_SIDE;
		f->item = 1;
	}
	f->name = name;
	f->has_value = value != NULL;
	if (nb > (value != NULL)) {
		/*
		 * id: every attribute but value, which attrs() would not find.
		 * Not one more after a refusal: stopping the parser (fail) frees
		 * the input that the attribute values point into.
		 */
		for (i = 0; i < nb && !s->why; i++)
			if (at + 5 * i != value)
				attrs(s, ctx, f, 1, at + 5 * i);
	}
}

/*
 * Forget every name of an earlier libxml2 context: its dictionary may be
 * freed, and a new one may put other names at the same addresses. A new
 * epoch makes every entry stale at once; clearing the 164 KiB of caches
 * instead would cost more than converting a small document, after every
 * refusal (a review measured 2.0-2.4 times a small document's cost). Only
 * when the 32-bit epoch wraps are they cleared, so that no entry of an
 * epoch long gone can match again.
 */
static void forget_names(fhir_x2j *s, unsigned long gen)
{
	if (++s->epoch == 0) {
		memset(s->keys, 0, sizeof(s->keys));
		memset(s->lookups, 0, sizeof(s->lookups));
		memset(s->restypes, 0, sizeof(s->restypes));
		s->epoch = 1;
	}
	s->keyused = 0;
	s->fhir_ns = NULL;
	s->cached_gen = gen;
}

static void start_root(fhir_x2j *s, void *ctx, const xmlChar *name, const xmlChar *uri, int nb)
{
	const fhir_xml_sax *sax = fhir_xml_sax_of(ctx);
	const fhir_type *t;

	/* the first event of a document: before any name is looked up */
	if (s->cached_gen != sax->gen)
		forget_names(s, sax->gen);
	t = resource_type(s, name);
	if (!t || !is_fhir(s, uri) || nb) {
		fail(s, ctx, "<%s>: not a FHIR resource, or with attributes", (const char *)name);
		return;
	}
	open_resource(s, s->out, t, 0);
	push(s, K_OBJ, 0, s->out, t)->members = 1;
}

static void ev_comment(void *ctx, const xmlChar *value);

static void start_div(fhir_x2j *s, void *ctx, const xmlChar *localname, const xmlChar *prefix,
		      const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
		      int nb_attributes, const xmlChar **attributes)
{
	((xmlParserCtxtPtr)ctx)->sax->comment = ev_comment;
	s->div.len = 0;         /* as for tmp */
	fhir_xhtml_sax_init(&s->xhtml, &s->div);
	s->div_depth = 1;
	s->div_name = localname;
	fhir_xhtml_sax_start(&s->xhtml, ctx, localname, prefix, uri, nb_namespaces, namespaces,
			     nb_attributes, attributes);
}

static void ev_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
		     const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
		     int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
	fhir_x2j *s = state(ctx);
	const fhir_elem *e;
	const fhir_type *t;
	sframe *p;
	int level;

	(void)nb_defaulted;
	if (s->div_depth) {
		s->div_depth++;
		fhir_xhtml_sax_start(&s->xhtml, ctx, localname, prefix, uri, nb_namespaces, namespaces,
				     nb_attributes, attributes);
		return;
	}
	if (reserve(s) < 0) {
		fail(s, ctx, "out of memory%s", "");
		return;
	}
	if (s->depth == 0) {
		start_root(s, ctx, localname, uri, nb_attributes);
		return;
	}
	p = &s->frames[s->depth - 1];
	if (p->kind == K_WRAP) {
		t = resource_type(s, localname);
		if (!t || ((p->inner++ || !is_fhir(s, uri) || nb_attributes))) {
			fail(s, ctx, "<%s>: not a FHIR resource, a second one, or with attributes",
			     (const char *)localname);
			return;
		}
		open_resource(s, p->out, t, p->level);
		push(s, K_OBJ, p->level, p->out, t)->members = 1;
		return;
	}
	e = find(s, p->type, localname, &t);
	if (!e || fhir_elem_is_attr(e)) {
		fail(s, ctx, "element <%s> not handled", (const char *)localname);
		return;
	}
	if (!check_child(s, ctx, p, e, t, localname, uri))
		return;
	if (begin_child(s, p, e, t, localname) < 0) {
		fail(s, ctx, "repeating primitives nested too deep at <%s>", (const char *)localname);
		return;
	}
	if (t->kind == FHIR_KIND_PRIMITIVE) {
		if (t->prim == FHIR_PRIM_XHTML)
			start_div(s, ctx, localname, prefix, uri, nb_namespaces, namespaces,
				  nb_attributes, attributes);
		else
			start_prim(s, ctx, p, t, localname, nb_attributes, attributes);
		return;
	}
	level = open_slot(s, p, localname);
	if (t->kind == FHIR_KIND_RESOURCE) {
		if (nb_attributes)
			fail(s, ctx, "attributes on <%s>", (const char *)localname);
		push(s, K_WRAP, level, p->out, t);
		return;
	}
	out_putc(p->out, '{');
	attrs(s, ctx, push(s, K_OBJ, level, p->out, t), nb_attributes, attributes);
}

/* ---- end tags, text ------------------------------------------------------------ */

static void end_div(fhir_x2j *s, void *ctx)
{
	sframe *p = &s->frames[s->depth - 1];
	const char *why;

	if (!fhir_xhtml_sax_ok(&s->xhtml, &why)) {
		fail(s, ctx, "narrative: %s", why);
		return;
	}
	fhir_xhtml_sax_done(&s->xhtml);
	put_key(s, p, s->div_name, 0);
	fhir_json_put_string(p->out, s->div.data ? s->div.data : "", s->div.len);
}

static void ev_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
	fhir_x2j *s = state(ctx);
	sframe *f;

	(void)uri;
	if (s->div_depth) {
		fhir_xhtml_sax_end(&s->xhtml, localname, prefix);
		if (--s->div_depth == 0) {
			((xmlParserCtxtPtr)ctx)->sax->comment = NULL;
			end_div(s, ctx);
		}
		return;
	}
	if (s->depth == 0)
		return;
	f = &s->frames[--s->depth];
	s->wraps -= f->kind == K_WRAP;
	if (f->kind != K_WRAP && f->open == OPENED) {
		/* before the checks: a run's "_name" array or a late attribute is a member */
		if (f->run)
			close_run(s, f);
		if (f->pend)
			flush_pend(s, f);
	}
	if (!check_end(s, ctx, f))
		return;
	if (f->kind == K_WRAP)
		return;
	if (f->open != OPENED) {
		if (f->item)
			out_lit(f->out, "null");
		return;
	}
	closing(s, f->out, f->members, f->level, '}');
	if (f->item)
		f[-1].any_ext = 1;
	if (s->depth == 0)
		out_putc(f->out, '\n');
}

static void ev_text(void *ctx, const xmlChar *ch, int len)
{
	fhir_x2j *s = state(ctx);

	if (s->div_depth)
		fhir_xhtml_sax_text(&s->xhtml, ch, len);
	else if (!fhir_xml_blank(ch, len))
		fail(s, ctx, "text outside the narrative%s", "");
}

static void ev_comment(void *ctx, const xmlChar *value)
{
	fhir_x2j *s = state(ctx);

	if (s->div_depth)
		fhir_xhtml_sax_comment(&s->xhtml, value);
}

static void ev_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
	fhir_x2j *s = state(ctx);

	if (s->div_depth)
		fhir_xhtml_sax_pi(&s->xhtml, target, data);
}

/* ---- entry points --------------------------------------------------------------- */

/* Buffers kept after a document up to this size; bigger ones are freed. */
#define KEEP_BUF_BYTES (64 * 1024)
#define KEEP_FRAMES 256

fhir_x2j *fhir_x2j_new(void)
{
	fhir_x2j *s = calloc(1, sizeof(*s));

	if (!s)
		return NULL;
	s->ext_type = fhir_type_by_name("Extension");
	s->ext_value_bit = 1ull << fhir_elem_by_base(s->ext_type, "value")->order;
	s->ext_ext_bit = 1ull << fhir_elem_by_base(s->ext_type, "extension")->order;
	s->sep_run[0] = ',';
	s->sep_run[1] = '\n';
	memset(s->sep_run + 2, ' ', INDENT_MAX);
	return s;
}

void fhir_x2j_trim(fhir_x2j *s)
{
	int i;

	for (i = 0; i < MAX_SIDE; i++)
		if (s->side[i].alloc > KEEP_BUF_BYTES)
			strbuf_free(&s->side[i]);
	if (s->attrs.alloc > KEEP_BUF_BYTES)
		strbuf_free(&s->attrs);
	if (s->tmp.alloc > KEEP_BUF_BYTES)
		strbuf_free(&s->tmp);
	if (s->div.alloc > KEEP_BUF_BYTES)
		strbuf_free(&s->div);
	if (s->aframes > KEEP_FRAMES) {
		free(s->frames);
		s->frames = NULL;
		s->aframes = 0;
	}
}

void fhir_x2j_free(fhir_x2j *s)
{
	int i;

	if (!s)
		return;
	free(s->frames);
	for (i = 0; i < MAX_SIDE; i++)
		strbuf_free(&s->side[i]);
	strbuf_free(&s->attrs);
	strbuf_free(&s->tmp);
	strbuf_free(&s->div);
	fhir_xhtml_sax_done(&s->xhtml);
	free(s);
}

/*
 * The handlers fhir_xml_sax_parse installs for a conversion. No comment
 * handler outside the narrative (start_div sets one inside it): without
 * one libxml2 2.9 neither copies a comment into a new buffer nor checks
 * its length against XML_MAX_TEXT_LENGTH (10 MB), and no document given
 * to this converter (FHIR_X2J_MAX_BYTES) holds a comment that long. The
 * verdict is the same; a refused comment's message would differ, but
 * refusals are the reader's to report.
 */
static const xmlSAXHandler handlers = {
	.startElementNs = ev_start,
	.endElementNs = ev_end,
	.characters = ev_text,
	.ignorableWhitespace = ev_text,
	.processingInstruction = ev_pi,
	.initialized = XML_SAX2_MAGIC,
};

/*
 * Did an append to one of the converter's own buffers fail? Their marks
 * stay until here (only a strbuf_reset clears one), so a value or
 * narrative cut short by a failed allocation is never written as if it
 * were whole. The marked buffers are freed, to start clean.
 */
static int out_of_memory(fhir_x2j *s)
{
	int i, oom = s->attrs.failed | s->tmp.failed | s->div.failed;

	for (i = 0; i < MAX_SIDE; i++)
		if (s->side[i].failed) {
			strbuf_free(&s->side[i]);
			oom = 1;
		}
	if (oom) {
		strbuf_free(&s->attrs);
		strbuf_free(&s->tmp);
		strbuf_free(&s->div);
	}
	return oom;
}

int fhir_x2j_convert(fhir_x2j *s, fhir_xml_sax *sax, strbuf *out, const char *xml, size_t len,
		     const char **why)
{
	size_t start = out->len;
	int was_failed = out->failed;
	fhir_xml_error err;
	int rc;

	s->out = out;
	s->depth = 0;
	s->wraps = 0;
	s->nside = 0;
	s->div_depth = 0;
	s->attrs.len = 0;
	s->why = NULL;
	fhir_xhtml_sax_done(&s->xhtml);        /* what a stopped parse left */
	if (len > FHIR_X2J_MAX_BYTES) {
		s->why = "larger than FHIR_X2J_MAX_BYTES";
	} else {
		if (out->alloc - out->len < 8192)
			strbuf_grow(out, 8192);
		rc = fhir_xml_sax_parse(sax, xml, len, NULL, &handlers, s, &err);
		if (!s->why && rc < 0)
			s->why = "refused by the XML parser";
		if (!s->why && (s->depth || s->div_depth))
			s->why = "elements left open";
		if (out_of_memory(s) && !s->why)
			s->why = "out of memory";
		if (!s->why && out_finish(out) < 0)
			s->why = "out of memory";
	}
	fhir_xhtml_sax_done(&s->xhtml);
	fhir_x2j_trim(s);
	if (why)
		*why = s->why;
	if (s->why) {
		out->len = start;
		out->failed = was_failed;
		if (out->data)
			out->data[start] = '\0';
		return -1;
	}
	return 0;
}
