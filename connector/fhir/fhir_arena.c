/*
 * Block arena for FHIR trees, see fhir_arena.h.
 */
#include "fhir_arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct fhir_arena_block {
	fhir_arena_block *next;
	size_t size;
	alignas(16) char data[];
};

void fhir_arena_init(fhir_arena *a, size_t hint)
{
	a->head = NULL;
	a->pos = a->end = NULL;
	if (hint < FHIR_ARENA_MIN_BLOCK)
		hint = FHIR_ARENA_MIN_BLOCK;
	if (hint > FHIR_ARENA_MAX_BLOCK)
		hint = FHIR_ARENA_MAX_BLOCK;
	a->next_size = hint;
}

void *fhir_arena_alloc_slow(fhir_arena *a, size_t n)
{
	fhir_arena_block *b;
	size_t size = a->next_size;

	if (n > SIZE_MAX - sizeof(*b) - 16)
		return NULL;
	if (n > FHIR_ARENA_MAX_BLOCK / 2) {
		/* a big piece gets a block of its own, behind the current one */
		b = malloc(sizeof(*b) + n);
		if (!b)
			return NULL;
		b->size = n;
		if (a->head) {
			b->next = a->head->next;
			a->head->next = b;
		} else {
			b->next = NULL;
			a->head = b;
			a->pos = a->end = b->data + n;
		}
		return b->data;
	}
	while (size < n)
		size *= 2;
	b = malloc(sizeof(*b) + size);
	if (!b)
		return NULL;
	b->size = size;
	b->next = a->head;
	a->head = b;
	a->pos = b->data + n;
	a->end = b->data + size;
	if (a->next_size < FHIR_ARENA_MAX_BLOCK)
		a->next_size *= 2;
	return b->data;
}

void fhir_arena_adopt(fhir_arena *into, fhir_arena *from)
{
	fhir_arena_block *last;

	if (!from->head)
		return;
	if (!into->head) {
		*into = *from;
	} else {
		/* behind into's head, which keeps its free space */
		for (last = from->head; last->next; last = last->next)
			;
		last->next = into->head->next;
		into->head->next = from->head;
	}
	from->head = NULL;
	from->pos = from->end = NULL;
}

void fhir_arena_free(fhir_arena *a)
{
	fhir_arena_block *b = a->head, *next;

	/* `a` may live in one of its own blocks: forget them before freeing */
	a->head = NULL;
	a->pos = a->end = NULL;
	for (; b; b = next) {
		next = b->next;
		free(b);
	}
}
