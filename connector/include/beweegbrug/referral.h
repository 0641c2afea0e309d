/*
 * <beweegbrug/referral.h>: the canonical referral.
 * Part of the public API; programs include <beweegbrug.h>, which
 * includes every topic header. This one also compiles on its own.
 */
#ifndef BEWEEGBRUG_REFERRAL_H
#define BEWEEGBRUG_REFERRAL_H

#include "beweegbrug/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- the canonical referral ------------------------------------------- */

/*
 * A referral as the core understands it, independent of any HIS or FHIR.
 * Filled field by field, like curl's options: field ids are part of the
 * ABI (append only), values are text and checked when set. Dates are
 * YYYY-MM-DD, date-times ISO 8601 with a time zone, decimals stay text
 * exactly as given ("27.0" stays "27.0").
 */
typedef struct bb_referral bb_referral;

typedef enum bb_referral_field {
	BB_REF_ID = 1,                  /* the GP side's referral id */
	BB_REF_KIND,                    /* gli | beweegcoach | stadspoli | regular */
	BB_REF_AUTHORED,                /* date-time the GP made the referral */
	BB_REF_PRIORITY,                /* routine | urgent | asap | stat */
	BB_REF_LETTER,                  /* free-text letter to the receiver */
	BB_REF_PREFERENCES,             /* the patient's wishes (days, places, kind of sport) */
	BB_REF_TRACK,                   /* stadspoli: physio | specialist | beweegcoach */
	BB_REF_VALID_UNTIL,             /* date after which the referral lapses */

	BB_REF_PATIENT_BSN = 20,        /* 9 digits, elfproef */
	BB_REF_PATIENT_GIVEN,           /* given names, space separated */
	BB_REF_PATIENT_INITIALS,        /* e.g. "J.P." */
	BB_REF_PATIENT_CALL_NAME,       /* roepnaam */
	BB_REF_PATIENT_PREFIX,          /* own voorvoegsel, e.g. "van der" */
	BB_REF_PATIENT_FAMILY,          /* own surname, e.g. "Berg" */
	BB_REF_PATIENT_PARTNER_PREFIX,
	BB_REF_PATIENT_PARTNER_FAMILY,
	BB_REF_PATIENT_NAME_USAGE,      /* NL1 own | NL2 partner | NL3 partner-own | NL4 own-partner */
	BB_REF_PATIENT_BIRTHDATE,
	BB_REF_PATIENT_GENDER,          /* male | female | other | unknown */
	BB_REF_PATIENT_STREET,
	BB_REF_PATIENT_HOUSENUMBER,
	BB_REF_PATIENT_HOUSENUMBER_SUFFIX,
	BB_REF_PATIENT_POSTCODE,        /* "1234 AB" or "1234AB" */
	BB_REF_PATIENT_CITY,
	BB_REF_PATIENT_COUNTRY,         /* ISO 3166 alpha-2, default NL */
	BB_REF_PATIENT_PHONE,
	BB_REF_PATIENT_EMAIL,

	BB_REF_REFERRER_AGB = 50,       /* 8 digits */
	BB_REF_REFERRER_UZI,
	BB_REF_REFERRER_BIG,            /* 11 digits */
	BB_REF_REFERRER_INITIALS,
	BB_REF_REFERRER_GIVEN,
	BB_REF_REFERRER_PREFIX,
	BB_REF_REFERRER_FAMILY,
	BB_REF_REFERRER_ROLE,           /* e.g. huisarts, praktijkondersteuner */
	BB_REF_REFERRER_PHONE,
	BB_REF_PRACTICE_AGB,
	BB_REF_PRACTICE_URA,
	BB_REF_PRACTICE_NAME,
	BB_REF_PRACTICE_PHONE,

	BB_REF_RECEIVER_ID = 80,        /* a destination id from the configuration */
	BB_REF_RECEIVER_NAME,
	BB_REF_RECEIVER_AGB,
	BB_REF_RECEIVER_URA,
	BB_REF_OFFER_ID,                /* the chosen offer in the beweegkaart */

	BB_REF_CONSENT = 100,           /* yes | no: the patient agreed to share with the receiver */
	BB_REF_CONSENT_DATE,            /* date-time the consent was recorded */

	/*
	 * Triage content (stadspoli). The pain score travels as a measurement:
	 * LOINC 72514-3, NRS 0-10, unit {score}.
	 */
	BB_REF_COMPLAINT_ONSET = 120,   /* date the main complaint (the first reason) began */
	BB_REF_GOAL                     /* the patient's goal in their own words (hulpvraag) */
} bb_referral_field;

/* Thread safety: safe. */
BB_EXTERN int bb_referral_new(bb_referral **out);
/* Thread safety: one thread per handle. */
BB_EXTERN void bb_referral_free(bb_referral *referral);

/*
 * Set a field. On a bad value it returns BB_EINPUT and records the problem
 * (with the location given to bb_referral_locate) in the referral; the
 * value is not stored. NULL or "" clears the field.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_referral_set(bb_referral *referral, bb_referral_field field,
			      const char *value);
/*
 * The field's value, or NULL. Valid until the field is set again.
 * Thread safety: one thread per handle.
 */
BB_EXTERN const char *bb_referral_get(const bb_referral *referral, bb_referral_field field);
/*
 * The field's name as used in messages, e.g. "patient.bsn"; NULL if unknown.
 * Thread safety: safe.
 */
BB_EXTERN const char *bb_referral_field_name(bb_referral_field field);

/*
 * A reason for referral: a code from a coding system (normally ICPC-1-NL:
 * system "icpc-1-nl", code "T90.02") with the GP's own text. At least the
 * text is required.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_referral_add_reason(bb_referral *referral, const char *system,
				     const char *code, const char *text);
BB_EXTERN size_t bb_referral_reason_count(const bb_referral *referral);
BB_EXTERN int bb_referral_reason_at(const char **system, const char **code,
				    const char **text, const bb_referral *referral, size_t index);
/*
 * The same with the date the HIS episode began (YYYY-MM-DD, or NULL): the
 * receiver learns how long the problem has been there. The referral
 * message carries it as the Condition's onsetDateTime.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_referral_add_episode(bb_referral *referral, const char *system,
				      const char *code, const char *text, const char *since);
/* The episode's start date of reason `index`, or NULL. Thread safety: one thread per handle. */
BB_EXTERN const char *bb_referral_reason_since(const bb_referral *referral, size_t index);

/*
 * A measurement: LOINC code, value as decimal text, UCUM unit, and the
 * date (or date-time) it was measured.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_referral_add_measurement(bb_referral *referral, const char *loinc,
					  const char *value, const char *unit,
					  const char *when);
BB_EXTERN size_t bb_referral_measurement_count(const bb_referral *referral);
BB_EXTERN int bb_referral_measurement_at(const char **loinc, const char **value,
					 const char **unit, const char **when,
					 const bb_referral *referral, size_t index);

/*
 * A measurement as a HIS records it: an NHG Tabel 45 number (`nhg`) and/or
 * a LOINC code, the value, and the unit (may be NULL when the NHG
 * bepaling or the LOINC code fixes it). It is mapped through the
 * terminology core to the canonical LOINC code and unit (NHG 560, lengte
 * in m, becomes LOINC 8302-2 in cm). An NHG number that is not in the
 * verified table is refused, naming the number and asking for the LOINC
 * code too; an NHG number and a LOINC code that mean different things are
 * refused. Problems are recorded as by bb_referral_set.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_referral_add_his_measurement(bb_referral *referral, const char *nhg,
					      const char *loinc, const char *value,
					      const char *unit, const char *when);

/*
 * Where in the input the next values come from, so that problems name the
 * place: a line (0 if unknown) and a position such as "PID-3" or
 * "/verwijzing/patient/bsn" (NULL if none). Adapters call this; a HIS
 * filling a referral by hand need not.
 * Thread safety: one thread per handle.
 */
BB_EXTERN void bb_referral_locate(bb_referral *referral, unsigned line, const char *where);
/*
 * Record a problem found by an adapter at the current location. Returns BB_EINPUT.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_referral_problem(bb_referral *referral, const char *fmt, ...) BB_FORMAT(2, 3);
/*
 * Problems recorded so far: count and the text of each ("where: message").
 * Thread safety: one thread per handle.
 */
BB_EXTERN size_t bb_referral_problem_count(const bb_referral *referral);
BB_EXTERN const char *bb_referral_problem_at(const bb_referral *referral, size_t index);

/*
 * A readable, multi-line summary of the referral (for people, not machines).
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_referral_describe(char **out, const bb_referral *referral);

/*
 * Read a HIS record with the HIS adapter `adapter` (e.g. "his-xml"; NULL:
 * the configured one). `source` names the input in error messages.
 * Thread safety: safe.
 */
BB_EXTERN int bb_referral_from_his(bb_referral **out, bb_connector *connector,
				   const char *adapter, const char *source,
				   const void *data, size_t len);

/*
 * Read the canonical referral as a JSON document (docs/canonical-json.md,
 * media type application/vnd.beweegbrug.referral+json): for a HIS that
 * fills the fields itself rather than exporting a record for an adapter.
 * The field named "group.key" (bb_referral_field_name) is member "key" of
 * the top-level object "group", a JSON string: {"referral": {"id": ...,
 * "kind": "gli"}, "patient": {"bsn": ...}, ...}; beside them the arrays
 * "reasons" ({system, code, text, since}: bb_referral_add_episode) and
 * "measurements" ({loinc and/or nhg, value, unit, when}:
 * bb_referral_add_his_measurement). Every value is a string; decimals stay
 * text exactly ("27.0"). Unknown members, other JSON types, duplicate
 * keys, nesting deeper than the shape and more than 16 MiB are refused.
 * Like a HIS record without a practice, a document without practice.agb
 * takes the configuration's [practice]. On failure *out is NULL and every
 * problem is reported (bb_error_count), each naming its JSON path
 * ("patient.bsn", "reasons[1]"). `source` names the input in messages.
 * Thread safety: safe.
 */
BB_EXTERN int bb_referral_from_json(bb_referral **out, bb_connector *connector,
				    const char *source, const void *data, size_t len);

#ifdef __cplusplus
}
#endif

#endif
