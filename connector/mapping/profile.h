/*
 * The Beweegbrug message profile: the rules beyond the FHIR R4 schema that
 * referral and feedback messages must meet (listed in schemas/README.md).
 */
#ifndef BB_PROFILE_H
#define BB_PROFILE_H

#include "util/diag.h"
#include "fhir/fhir_node.h"

enum { PROFILE_REFERRAL = 1, PROFILE_FEEDBACK = 2 };

/*
 * The most entries a message Bundle may have (rule bb-1). Ours have about
 * twenty; the bound keeps every check over entries and references cheap
 * whatever a sender puts in 16 MiB.
 */
#define PROFILE_MAX_ENTRIES 1000

/*
 * Check a message Bundle; every problem goes to `d` as "[rule] text" with
 * its FHIR path. *kind tells which message it is (0: could not tell).
 */
int profile_check(int *kind, const fhir_node *bundle, const char *source, diag_list *d);

/*
 * The same, but a referral without a Consent passes (*no_consent set to 1):
 * a message made from a record the patient was not yet asked about, to look
 * at, never to send. A Consent that is there must still be right.
 */
int profile_check_unsent(int *kind, int *no_consent, const fhir_node *bundle, const char *source,
			 diag_list *d);

#endif
