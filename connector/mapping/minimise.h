/* Data minimisation per receiver kind (minimise.c, docs/data-minimisation.md). */
#ifndef BB_MINIMISE_H
#define BB_MINIMISE_H

#include "beweegbrug.h"
#include "util/diag.h"

/* What may leave, item by item; the names are those of the `data` key. */
enum {
	DATA_BSN = 1u << 0,
	DATA_NAME = 1u << 1,
	DATA_BIRTHDATE = 1u << 2,
	DATA_GENDER = 1u << 3,
	DATA_ADDRESS = 1u << 4,        /* street and house number; postcode and town always go */
	DATA_CONTACT = 1u << 5,        /* phone, e-mail */
	DATA_REASONS = 1u << 6,        /* the main reason coded (else only its category) */
	DATA_DIAGNOSES = 1u << 7,      /* every reason coded: the other diagnoses too */
	DATA_MEASUREMENTS = 1u << 8,   /* every measurement */
	DATA_FITNESS = 1u << 9,        /* activity and walking-test measurements only */
	DATA_LETTER = 1u << 10,
	DATA_PREFERENCES = 1u << 11,   /* wishes and the patient's goal */
	DATA_ALL = (1u << 12) - 1
};

/* The items for a receiver kind plus the `data` key's extras (may be NULL). */
int minimise_profile(unsigned *items, const char *kind, const char *data, diag_list *d);
/* A copy of `from` with only what `items` allow. */
int minimise_referral(bb_referral **out, const bb_referral *from, unsigned items);

#endif
