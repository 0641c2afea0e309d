/*
 * <beweegbrug/offers.h>: the sociale beweegkaart: offers and suggestions.
 * Part of the public API; programs include <beweegbrug.h>, which
 * includes every topic header. This one also compiles on its own.
 */
#ifndef BEWEEGBRUG_OFFERS_H
#define BEWEEGBRUG_OFFERS_H

#include "beweegbrug/common.h"
#include "beweegbrug/referral.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- sociale beweegkaart: offers -------------------------------------- */

/*
 * The catalogue of local offers a GP chooses from (docs/beweegkaart.md): a
 * FHIR R4 Bundle of HealthcareService (one per offer), Organization,
 * Location and Endpoint, in JSON or XML. Each offer says what it is, for
 * whom, where, when, what it costs and how it takes referrals.
 */
typedef struct bb_offers bb_offers;

/* An offer; strings are owned by the catalogue, NULL when not given. */
typedef struct bb_offer {
	const char *id;             /* the HealthcareService id */
	const char *name;
	const char *kind;           /* walking-group | fitness | sport | swimming | chair-exercise |
				       physio-group | gli | beweegcoach | stadspoli */
	const char *organization;   /* who provides it */
	const char *town;           /* where it takes place */
	const char *venue;          /* the venue's name and address, one line */
	const char *summary;
	const char *cost;           /* e.g. "gratis", "EUR 15 per maand" as written */
	const char *insurer_pays;   /* what the insurance covers, as written */
	const char *when;           /* e.g. "di, do 10:00-11:00" */
	const char *contact;        /* phone of the offer or its organisation */
	const char *endpoint;       /* where it takes electronic referrals */
	const char *destination_id; /* the configured destination with that endpoint, else NULL */
	const char *program;        /* e.g. "CooL" */
	int age_min, age_max;       /* -1: no limit */
} bb_offer;

/*
 * A catalogue; `connector` (may be NULL) gives its configuration (the
 * destinations that take offers) and receives the errors.
 * Thread safety: safe.
 */
BB_EXTERN int bb_offers_new(bb_offers **out, bb_connector *connector);
/* Thread safety: one thread per handle. */
BB_EXTERN void bb_offers_free(bb_offers *offers);
/*
 * Load or refresh from a file, or an https URL fetched with If-None-Match
 * (a 304 keeps what is loaded); NULL: the configured `beweegkaart`. A bad
 * catalogue is refused whole (the error names the file, the resource and
 * the field) and the one loaded before stays.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_offers_load(bb_offers *offers, const char *file_or_url);
BB_EXTERN size_t bb_offers_count(const bb_offers *offers);
BB_EXTERN const bb_offer *bb_offers_at(const bb_offers *offers, size_t index);
BB_EXTERN const bb_offer *bb_offers_find(const bb_offers *offers, const char *id);
/*
 * Does the offer have feature `code` (free, outdoor, group, women-only, ...)?
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_offer_has_feature(const bb_offer *offer, const char *code);

/* Who the offers are for. Initialise with BB_OFFER_QUERY_INIT. */
typedef struct bb_offer_query {
	unsigned int version;       /* BB_OFFER_QUERY_VERSION */
	const char *reasons;        /* ICPC codes, comma separated ("T90,K86"); T90.02 matches T90 */
	int age;                    /* years; -1 unknown */
	const char *postcode;       /* "3021", "3021 AB" or "3021AB" */
	const char *prefers;        /* features, comma separated: "outdoor,group" */
	const char *mobility;       /* NULL or "limited" */
	const char *kind;           /* only offers of this kind; NULL: any */
	const char *bmi;            /* e.g. "31.5": GLI offers are judged by the GLI criteria */
} bb_offer_query;

#define BB_OFFER_QUERY_VERSION 1
#define BB_OFFER_QUERY_INIT { BB_OFFER_QUERY_VERSION, NULL, -1, NULL, NULL, NULL, NULL, NULL }

/* One suggested offer; owned by its list. Fields are only ever appended. */
typedef struct bb_suggestion {
	const bb_offer *offer;
	int score;
	const char *why;            /* the reasons it fits (or not), one per line */
} bb_suggestion;

/*
 * Suggestions, best first, in a list the library owns: read it with
 * bb_suggestions_count and bb_suggestions_at, free it with
 * bb_suggestions_free. A list and not an array of bb_suggestion, so that
 * a later version can append fields to bb_suggestion without breaking a
 * caller built with this header (the caller never steps through an
 * array by the struct's size); libgit2's git_status_list does the same.
 * Thread safety: one thread per handle.
 */
typedef struct bb_suggestions bb_suggestions;
BB_EXTERN size_t bb_suggestions_count(const bb_suggestions *list);
/*
 * Suggestion `index` (0 is the best), or NULL past the last.
 * Thread safety: one thread per handle.
 */
BB_EXTERN const bb_suggestion *bb_suggestions_at(const bb_suggestions *list, size_t index);
BB_EXTERN void bb_suggestions_free(bb_suggestions *list);

/*
 * The best `max` offers for `query`, best first, each with why it fits
 * (docs/beweegkaart.md has the rules). Offers that do not fit at all (age,
 * town, mobility, conditions they are not for) are left out; the list may
 * be empty. On failure *out is NULL.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_offers_suggest(bb_suggestions **out, const bb_offers *offers,
				const bb_offer_query *query, size_t max);
/*
 * The same for a referral: its ICPC reasons, the patient's age and
 * postcode, `prefers` plus what its preferences text names (buiten,
 * groep, avond, vrouwen, gratis ...), and for GLI offers the GLI check.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_offers_suggest_for_referral(bb_suggestions **out, const bb_offers *offers,
					     const bb_referral *referral, const char *prefers,
					     size_t max);

#ifdef __cplusplus
}
#endif

#endif
