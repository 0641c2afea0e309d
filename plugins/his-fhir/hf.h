/* his-fhir internals: the referral reader and the feedback writer. */
#ifndef HF_H
#define HF_H

#include "beweegbrug/sys/plugin.h"

/* Systems the HIS uses (nl-core) and the ones we write. */
#define HF_BSN "http://fhir.nl/fhir/NamingSystem/bsn"
#define HF_AGB "http://fhir.nl/fhir/NamingSystem/agb-z"
#define HF_URA "http://fhir.nl/fhir/NamingSystem/ura"
#define HF_UZI "http://fhir.nl/fhir/NamingSystem/uzi-nr-pers"
#define HF_BIG "http://fhir.nl/fhir/NamingSystem/big"
#define HF_ICPC "http://hl7.org/fhir/sid/icpc-1-nl"
#define HF_SNOMED "http://snomed.info/sct"
#define HF_LOINC "http://loinc.org"
#define HF_UCUM "http://unitsofmeasure.org"
/* NHG Tabel 45 (diagnostische bepalingen): as the Dutch HIS FHIR APIs write it, and by OID */
#define HF_NHG45 "https://referentiemodel.nhg.org/tabellen/nhg-tabel-45-diagnostische-bepalingen"
#define HF_NHG45_OID "urn:oid:2.16.840.1.113883.2.4.4.30.45"
#define HF_KIND "urn:beweegbrug:CodeSystem:referral-kind"
#define HF_RECEIVER "urn:beweegbrug:id:receiver"
#define HF_REFERRAL_PREFIX "urn:beweegbrug:id:referral:agb:"

/* The code map an installation may give (configuration [his "his-fhir"]). */
#define HF_MAP_REFERRAL_TYPES "referral_types"

int hf_read_referral(const bb_host *host, const bb_fhir *bundle, bb_referral *out);
int hf_write_feedback(const bb_host *host, const bb_feedback *fb, bb_buf *out);

#endif
