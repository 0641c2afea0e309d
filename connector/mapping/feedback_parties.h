/*
 * Who a feedback message is about and between (BSeR: the feedback's Task
 * is the referral's Task): the patient as a reference the GP side can
 * resolve (the BSN when the receiver was given it, else the referral's own
 * patient identifier), the referring GP (requester), the receiver that
 * answers (owner, the message's sender) and the practice (the message's
 * receiver). The patient goes by identifier only: feedback carries no
 * patient data the GP does not have.
 */
#ifndef BB_MAPPING_FEEDBACK_PARTIES_H
#define BB_MAPPING_FEEDBACK_PARTIES_H

#include "beweegbrug.h"
#include "build.h"
#include "util/diag.h"
#include "fhir/fhir_node.h"

/* parent.name = Reference(Patient) by identifier: the BSN, else the referral-patient id. */
void mapping_parties_patient_ref(fhir_node *parent, const char *name, const bb_feedback *fb);
/* Task.requester: the referring GP by AGB when known, else the practice (`practice_urn`). */
void mapping_parties_requester(fhir_node *task, const bb_feedback *fb, const char *practice_urn);
/* The practice and the receiver as Organization entries with these fullUrls. */
void mapping_parties_organizations(fhir_node *bundle, const bb_feedback *fb, const char *practice,
		      const char *receiver);
/*
 * Fill what the referral said (BB_FB_PATIENT_BSN, _REFERRAL_AUTHORED,
 * _REFERRER_AGB, _PRACTICE_NAME/_URA, _RECEIVER_ID/_AGB/_URA and the
 * receiver's name as BB_FB_AUTHOR_ORGANIZATION) from the referral message
 * as received, for the fields `fb` does not have yet.
 */
int mapping_parties_from_referral(bb_feedback *fb, const fhir_node *referral);
/*
 * Reading a feedback message: the same fields from its Task and the
 * Organizations it points at. The patient must be named so the GP side
 * can resolve it: a BSN, or the patient identifier of this very referral.
 */
void mapping_parties_read(bb_feedback *fb, const fhir_node *bundle, const fhir_node *task,
	     const char *source, diag_list *d);

#endif
