/*
 * The profiles our messages claim (meta.profile): ours, under one
 * canonical base (schemas/README.md), derived from nl-core where nl-core
 * has one, and for vital signs also the R4 core profile they conform to,
 * so that a receiver without our package still knows what to check.
 */
#ifndef BB_MAPPING_CLAIMS_H
#define BB_MAPPING_CLAIMS_H

#include "fhir/fhir_node.h"

#define BB_CANONICAL_BASE "https://beweegbrug.nl/fhir"
#define BB_PROFILE(id) BB_CANONICAL_BASE "/StructureDefinition/" id
#define BB_CODESYSTEM(id) BB_CANONICAL_BASE "/CodeSystem/" id
#define R4_PROFILE(id) "http://hl7.org/fhir/StructureDefinition/" id

#define PROFILE_REFERRAL_MESSAGE BB_PROFILE("beweegbrug-ReferralMessage")
#define PROFILE_FEEDBACK_MESSAGE BB_PROFILE("beweegbrug-FeedbackMessage")
#define PROFILE_MESSAGEHEADER BB_PROFILE("beweegbrug-MessageHeader")
#define PROFILE_REFERRAL_TASK BB_PROFILE("beweegbrug-ReferralTask")
#define PROFILE_FEEDBACK_TASK BB_PROFILE("beweegbrug-FeedbackTask")
#define PROFILE_FORWARD_TASK BB_PROFILE("beweegbrug-ForwardTask")
#define PROFILE_SERVICEREQUEST BB_PROFILE("beweegbrug-ServiceRequest")
#define PROFILE_PATIENT BB_PROFILE("beweegbrug-Patient")
#define PROFILE_PRACTITIONER BB_PROFILE("beweegbrug-HealthProfessional-Practitioner")
#define PROFILE_PRACTITIONERROLE BB_PROFILE("beweegbrug-HealthProfessional-PractitionerRole")
#define PROFILE_PRACTICE BB_PROFILE("beweegbrug-HealthcareProvider-Organization")
#define PROFILE_RECEIVER BB_PROFILE("beweegbrug-ReceiverOrganization")
#define PROFILE_PROBLEM BB_PROFILE("beweegbrug-Problem")
#define PROFILE_GOAL BB_PROFILE("beweegbrug-Goal")
#define PROFILE_CONSENT BB_PROFILE("beweegbrug-Consent")
#define PROFILE_OBSERVATION BB_PROFILE("beweegbrug-Observation")
#define PROFILE_BODYWEIGHT BB_PROFILE("beweegbrug-BodyWeight")
#define PROFILE_BODYHEIGHT BB_PROFILE("beweegbrug-BodyHeight")
#define PROFILE_BLOODPRESSURE BB_PROFILE("beweegbrug-BloodPressure")
#define PROFILE_BMI BB_PROFILE("beweegbrug-BodyMassIndex")
/* the answer to a received message (connector/inbound/answer.c) */
#define PROFILE_RESPONSE_MESSAGE BB_PROFILE("beweegbrug-ResponseMessage")
#define PROFILE_RESPONSE_MESSAGEHEADER BB_PROFILE("beweegbrug-ResponseMessageHeader")
#define PROFILE_OPERATIONOUTCOME BB_PROFILE("beweegbrug-OperationOutcome")

/* Add `profile` to the resource's meta.profile. */
void profile_claim(fhir_node *resource, const char *profile);
/* The profiles of an Observation with this LOINC code (ours, and R4 core's for vital signs). */
void profile_claim_observation(fhir_node *obs, const char *loinc);

#endif
