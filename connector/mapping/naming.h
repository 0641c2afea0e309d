/*
 * The code systems and identifier systems our messages use, in one place.
 * Sources: ../shared/research/standards.md (nl-core NamingSystems, BSeR,
 * FHIR R4 core). URIs under urn:beweegbrug are ours (see schemas/README.md).
 */
#ifndef BB_NAMING_H
#define BB_NAMING_H

/* Dutch identifier systems (nl-core) */
#define SYS_BSN "http://fhir.nl/fhir/NamingSystem/bsn"
#define SYS_AGB "http://fhir.nl/fhir/NamingSystem/agb-z"
#define SYS_URA "http://fhir.nl/fhir/NamingSystem/ura"
#define SYS_UZI "http://fhir.nl/fhir/NamingSystem/uzi-nr-pers"
#define SYS_BIG "http://fhir.nl/fhir/NamingSystem/big"

/* Terminologies */
#define SYS_ICPC "http://hl7.org/fhir/sid/icpc-1-nl"
#define SYS_SNOMED "http://snomed.info/sct"
#define SYS_LOINC "http://loinc.org"
#define SYS_UCUM "http://unitsofmeasure.org"
#define SYS_V2_0003 "http://terminology.hl7.org/CodeSystem/v2-0003"
#define SYS_V2_0203 "http://terminology.hl7.org/CodeSystem/v2-0203"
#define SYS_V2_0136 "http://terminology.hl7.org/CodeSystem/v2-0136"   /* Yes/no indicator */
#define SYS_TASK_CODE "http://hl7.org/fhir/CodeSystem/task-code"
#define SYS_BSER_BUSINESS_STATUS "http://hl7.org/fhir/us/bser/CodeSystem/TaskBusinessStatusCS"
#define SYS_OBS_CATEGORY "http://terminology.hl7.org/CodeSystem/observation-category"
#define SYS_CONDITION_CLINICAL "http://terminology.hl7.org/CodeSystem/condition-clinical"
#define SYS_CONDITION_VERIFICATION "http://terminology.hl7.org/CodeSystem/condition-ver-status"
#define SYS_CONSENT_SCOPE "http://terminology.hl7.org/CodeSystem/consentscope"
#define SYS_V3_ACTCODE "http://terminology.hl7.org/CodeSystem/v3-ActCode"
#define SYS_V3_PARTICIPATION "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
#define SYS_CONSENT_ACTION "http://terminology.hl7.org/CodeSystem/consentaction"
#define EXT_PERTAINS_TO_GOAL "http://hl7.org/fhir/StructureDefinition/resource-pertainsToGoal"

/* Dutch name and address parts (zib NameInformation / AddressInformation) */
#define EXT_OWN_PREFIX "http://hl7.org/fhir/StructureDefinition/humanname-own-prefix"
#define EXT_OWN_NAME "http://hl7.org/fhir/StructureDefinition/humanname-own-name"
#define EXT_PARTNER_PREFIX "http://hl7.org/fhir/StructureDefinition/humanname-partner-prefix"
#define EXT_PARTNER_NAME "http://hl7.org/fhir/StructureDefinition/humanname-partner-name"
#define EXT_ASSEMBLY_ORDER "http://hl7.org/fhir/StructureDefinition/humanname-assembly-order"
#define EXT_EN_QUALIFIER "http://hl7.org/fhir/StructureDefinition/iso21090-EN-qualifier"
#define EXT_ADXP_STREET "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetName"
#define EXT_ADXP_HOUSENUMBER "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumber"
#define EXT_ADXP_SUFFIX "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-buildingNumberSuffix"
#define SYS_NAME_ASSEMBLY "http://hl7.org/fhir/name-assembly-order"
#define EXT_ADDRESS_TYPE "http://nictiz.nl/fhir/StructureDefinition/ext-AddressInformation.AddressType"
#define SYS_V3_ADDRESS_USE "http://terminology.hl7.org/CodeSystem/v3-AddressUse"

/* Dutch code lists nl-core binds (zib 2020) */
#define SYS_UZI_ROLE "http://fhir.nl/fhir/NamingSystem/uzi-rolcode"
#define UZI_ROLE_HUISARTS "01.015"
#define SYS_ORGANIZATION_TYPE "http://nictiz.nl/fhir/NamingSystem/organization-type"
#define ORGANIZATION_TYPE_HUISARTSPRAKTIJK "Z3"

/* Ours */
#define SYS_MESSAGE_ID "urn:beweegbrug:id:message"
#define SYS_RECEIVER_ID "urn:beweegbrug:id:receiver"
#define SYS_REFERRAL_PREFIX "urn:beweegbrug:id:referral:agb:"   /* + practice AGB */
/*
 * The patient of one referral (+ practice AGB; the value is the referral
 * id): every referral's Patient carries it, so feedback can name the
 * patient to the GP side even when the receiver was not given the BSN.
 */
#define SYS_REFERRAL_PATIENT_PREFIX "urn:beweegbrug:id:referral-patient:agb:"
#define SYS_STOP_REASON "https://beweegbrug.nl/fhir/CodeSystem/stop-reason"
#define SYS_CONTINUATION "https://beweegbrug.nl/fhir/CodeSystem/continuation"
/* outcomes no public code system covers (terminology/outcome.c): welbevinden */
#define SYS_OUTCOME BB_WELLBEING_SYSTEM
/* the monitoring outputs of a feedback Task (docs/monitoring.md) */
#define SYS_MONITORING_OUTPUT "https://beweegbrug.nl/fhir/CodeSystem/monitoring-output"
#define SYS_OFFER "urn:beweegbrug:id:offer"
#define SYS_RECEIVER_REFERENCE "urn:beweegbrug:id:receiver-reference"
#define SYS_TRACK "https://beweegbrug.nl/fhir/CodeSystem/stadspoli-track"
#define SYS_BUSINESS_STATUS "https://beweegbrug.nl/fhir/CodeSystem/business-status"
#define BUSINESS_TRIAGED_FORWARDED "triaged-forwarded"
#define SNOMED_SESSIONS_ATTENDED "298057009"
#define SNOMED_SESSIONS_MISSED "298058004"
#define ENDPOINT_UNADDRESSED_PREFIX "urn:beweegbrug:receiver:"

#endif
