/*
 * What the readers and writers need beyond the public builder: the node
 * itself, adding children whose element they have already resolved, with
 * problems reported at their input position, and the tree's arena.
 */
#ifndef FHIR_NODE_PRIV_H
#define FHIR_NODE_PRIV_H

#include <stdint.h>

#include "fhir_arena.h"
#include "fhir_node.h"

/* Present on root nodes only (allocated in the root's own arena). */
typedef struct fhir_root {
	diag_list *diags;
	unsigned errors;
	fhir_arena arena;       /* every node, child array and value of the tree */
} fhir_root;

struct fhir_node {
	fhir_node *parent;
	const fhir_elem *elem;  /* NULL for a root resource */
	const fhir_type *type;
	const char *value;      /* primitives only; in the arena */
	fhir_node **kids;       /* in definition order; in the arena */
	uint32_t nkids, akids;
	uint32_t vlen;          /* strlen(value) */
	uint16_t depth;         /* 1 for a root */
	fhir_root *root;        /* roots only */
};

/* Where problems go while a tree is being built. */
typedef struct fhir_ctx {
	diag_list *diags;
	const char *source;     /* input name, may be NULL */
	unsigned line;          /* current input line, 0 when unknown */
	unsigned errors;        /* problems reported through this context */
	int oom;                /* an allocation failed */
	fhir_arena *arena;      /* of the tree being built */
	/*
	 * Values come from a parser that has already checked that they are
	 * well-formed UTF-8 without NUL (libxml2, or JSON text that passed the
	 * JSON checks): the primitive checks skip that step.
	 */
	int utf8_checked;
} fhir_ctx;

/*
 * A new root of a concrete resource type, with no diag sink, in a new
 * arena whose first block holds about `hint` bytes (0: small).
 */
fhir_node *fhir_node_new_root(const fhir_type *t, size_t hint);

/* The arena of the tree `n` is in. */
fhir_arena *fhir_node_arena(const fhir_node *n);

/*
 * Add a child for element `e` of the parent's type holding type `t`, with
 * an optional primitive value v[0..vlen) (vlen ignored when v is NULL).
 * Checks repetition, depth and the value's lexical form; on a problem
 * reports it through `ctx` and returns NULL. ctx->arena must be the
 * arena of parent's tree.
 */
fhir_node *fhir_node_add(fhir_ctx *ctx, fhir_node *parent, const fhir_elem *e,
			 const fhir_type *t, const char *v, size_t vlen);

/*
 * The same for a narrative div the caller has already checked (txt-1,
 * txt-2, well-formed XHTML) while parsing it: no second parse.
 */
fhir_node *fhir_node_add_checked_xhtml(fhir_ctx *ctx, fhir_node *parent, const fhir_elem *e,
				       const fhir_type *t, const char *v, size_t vlen);

/* Set a primitive's value (checked). BB_OK or BB_EINPUT/BB_ENOMEM. */
int fhir_node_set_value(fhir_ctx *ctx, fhir_node *n, const char *v, size_t vlen);

/*
 * Report a problem at the path of `parent` plus ".name" (when name is not
 * NULL) plus "[index]" (when index >= 0).
 */
void fhir_report(fhir_ctx *ctx, int code, const fhir_node *parent, const char *name,
		 long index, const char *fmt, ...) DIAG_PRINTF(6, 7);

/*
 * The last step of both readers: the cardinality checks, then hand the
 * tree to the caller, or free it when anything was reported. BB_OK,
 * BB_EINPUT or BB_ENOMEM.
 */
int fhir_read_finish(fhir_ctx *ctx, fhir_node *res, fhir_node **out);

/* Has this node anything a writer would write? (empty elements are left out) */
int fhir_node_has_content(const fhir_node *n);

#endif
