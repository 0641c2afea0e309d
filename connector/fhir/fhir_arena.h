/*
 * Arena allocation for one FHIR tree: nodes, child arrays and values come
 * from a few large blocks that are freed together with the tree, instead
 * of one malloc and one free per piece.
 *
 * Blocks grow geometrically (the first sized from a hint, typically the
 * input length) up to FHIR_ARENA_MAX_BLOCK; a request larger than that
 * gets a block of its own. Nothing is freed on its own: replacing a value
 * or removing a subtree leaves the old bytes until the tree goes.
 *
 * Not thread-safe; a tree is only used by one thread at a time.
 */
#ifndef FHIR_ARENA_H
#define FHIR_ARENA_H

#include <stddef.h>
#include <string.h>

#define FHIR_ARENA_MIN_BLOCK 1024u
#define FHIR_ARENA_MAX_BLOCK (1024u * 1024u)

typedef struct fhir_arena_block fhir_arena_block;

typedef struct fhir_arena {
	fhir_arena_block *head;     /* newest block first */
	char *pos, *end;            /* free space in the head block */
	size_t next_size;           /* size of the next block */
} fhir_arena;

/* An empty arena whose first block will hold about `hint` bytes. */
void fhir_arena_init(fhir_arena *a, size_t hint);

/* `n` bytes aligned for any object; NULL when out of memory. */
void *fhir_arena_alloc_slow(fhir_arena *a, size_t n);

static inline void *fhir_arena_alloc(fhir_arena *a, size_t n)
{
	n = (n + 15u) & ~(size_t)15u;
	if ((size_t)(a->end - a->pos) >= n) {
		void *p = a->pos;

		a->pos += n;
		return p;
	}
	return fhir_arena_alloc_slow(a, n);
}

/* A NUL-terminated copy of s[0..n); NULL when out of memory (inline: one per value read). */
static inline char *fhir_arena_strndup(fhir_arena *a, const char *s, size_t n)
{
	char *p = fhir_arena_alloc(a, n + 1);

	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

/* Move every block of `from` into `into`; `from` is left empty. */
void fhir_arena_adopt(fhir_arena *into, fhir_arena *from);

/* Free every block. The arena is empty afterwards. */
void fhir_arena_free(fhir_arena *a);

#endif
