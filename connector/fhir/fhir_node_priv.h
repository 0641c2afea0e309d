/*
 * What the readers (fhir_json.c, fhir_xml.c) need beyond the public
 * builder: adding children whose element they have already resolved, with
 * problems reported at their input position.
 */
#ifndef FHIR_NODE_PRIV_H
#define FHIR_NODE_PRIV_H

#include "fhir_node.h"

/* Where problems go while a tree is being built. */
typedef struct fhir_ctx {
	diag_list *diags;
	const char *source;     /* input name, may be NULL */
	unsigned line;          /* current input line, 0 when unknown */
	unsigned errors;        /* problems reported through this context */
	int oom;                /* an allocation failed */
} fhir_ctx;

/* A new root of a concrete resource type, with no diag sink. */
fhir_node *fhir_node_new_root(const fhir_type *t);

/*
 * Add a child for element `e` of the parent's type holding type `t`, with
 * an optional primitive value v[0..vlen) (vlen ignored when v is NULL).
 * Checks repetition, depth and the value's lexical form; on a problem
 * reports it through `ctx` and returns NULL.
 */
fhir_node *fhir_node_add(fhir_ctx *ctx, fhir_node *parent, const fhir_elem *e,
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

#endif
