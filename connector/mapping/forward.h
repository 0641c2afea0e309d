/*
 * A triage outcome in feedback (standards.md §2.7; schemas/README.md):
 * the stadspoli completes the referral's Task and forwards the patient to
 * a track with a child Task (partOf the referral's Task), owned by the
 * organisation that takes the patient on. The referral's Task says so in
 * its business status: BSeR 7.0 plus our code triaged-forwarded, so a
 * reader that knows only BSeR still sees a completed referral.
 */
#ifndef BB_MAPPING_FORWARD_H
#define BB_MAPPING_FORWARD_H

#include "beweegbrug.h"
#include "util/diag.h"
#include "fhir/fhir_node.h"

#define FORWARD_DISPLAY "Triage afgerond, doorverwezen"

/* Model rules for a forward; problems name the feedback field. 1 when fine. */
int forward_check(const bb_feedback *fb, diag_list *d);
/*
 * Write the forward into the feedback message: our business status coding
 * on the referral's Task `task`, the receiving Organization and the child
 * Task. `focus_system` scopes the referral id (the PLAC system).
 */
void forward_write(fhir_node *bundle, fhir_node *task, const char *task_urn,
		   const bb_feedback *fb, const char *focus_system, const char *date,
		   int *failed);
/* The child Tasks of `task` in `bundle` (Tasks whose partOf points at it). */
size_t forward_children(const fhir_node *bundle, const fhir_node *task,
			const fhir_node **first);
/* Does the Task's business status carry triaged-forwarded? */
int forward_flagged(const fhir_node *task);
/* Read the forward of `task` into `fb`; problems name the FHIR path. */
void forward_read(bb_feedback *fb, const fhir_node *bundle, const fhir_node *task,
		  const char *source, diag_list *d);

#endif
