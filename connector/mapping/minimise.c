/*
 * Data minimisation: what a receiver may be sent depends on what it is.
 * A sport aanbieder is not a zorgaanbieder: it may not process the BSN
 * (Wabvpz) and has no need of the GP's diagnoses, only of how to reach the
 * patient, roughly why they should move more, and how fit they are. A GLI
 * leefstijlcoach and a stadspoli give insured care and need the clinical
 * picture. docs/data-minimisation.md has the table and the reasons.
 *
 * It works on the canonical model, before any FHIR exists: a reduced copy
 * of the referral is what gets mapped, so nothing left out can leak
 * through a forgotten corner of the mapping.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minimise.h"
#include "model/model.h"

/* What each receiver kind gets without asking. */
static const struct kind_profile {
	const char *kind;
	unsigned items;
} profiles[] = {
	{ "sport-aanbieder", DATA_NAME | DATA_BIRTHDATE | DATA_GENDER | DATA_CONTACT |
				     DATA_PREFERENCES | DATA_FITNESS },
	{ "beweegcoach", DATA_NAME | DATA_BIRTHDATE | DATA_GENDER | DATA_CONTACT | DATA_ADDRESS |
				 DATA_PREFERENCES | DATA_FITNESS | DATA_MEASUREMENTS | DATA_LETTER },
	{ "platform", DATA_NAME | DATA_BIRTHDATE | DATA_GENDER | DATA_CONTACT | DATA_ADDRESS |
			      DATA_PREFERENCES | DATA_FITNESS | DATA_MEASUREMENTS | DATA_LETTER },
	{ "gli", DATA_ALL },
	{ "stadspoli", DATA_ALL },
};

/* The names of the `data` configuration key, as config.c allows them. */
static const struct item_name {
	const char *name;
	unsigned item;
} item_names[] = {
	{ "bsn", DATA_BSN }, { "name", DATA_NAME }, { "birthdate", DATA_BIRTHDATE },
	{ "gender", DATA_GENDER }, { "address", DATA_ADDRESS }, { "contact", DATA_CONTACT },
	{ "reasons", DATA_REASONS }, { "diagnoses", DATA_DIAGNOSES | DATA_REASONS },
	{ "measurements", DATA_MEASUREMENTS | DATA_FITNESS }, { "letter", DATA_LETTER },
	{ "preferences", DATA_PREFERENCES },
};

/* Which fields each item lets through. Fields in no item always go. */
static const struct field_item {
	int field;
	unsigned item;
} field_items[] = {
	{ BB_REF_PATIENT_BSN, DATA_BSN },
	{ BB_REF_PATIENT_GIVEN, DATA_NAME },
	{ BB_REF_PATIENT_INITIALS, DATA_NAME },
	{ BB_REF_PATIENT_CALL_NAME, DATA_NAME },
	{ BB_REF_PATIENT_PREFIX, DATA_NAME },
	{ BB_REF_PATIENT_FAMILY, DATA_NAME },
	{ BB_REF_PATIENT_PARTNER_PREFIX, DATA_NAME },
	{ BB_REF_PATIENT_PARTNER_FAMILY, DATA_NAME },
	{ BB_REF_PATIENT_NAME_USAGE, DATA_NAME },
	{ BB_REF_PATIENT_BIRTHDATE, DATA_BIRTHDATE },
	{ BB_REF_PATIENT_GENDER, DATA_GENDER },
	/* postcode and town always go: they choose the location near home */
	{ BB_REF_PATIENT_STREET, DATA_ADDRESS },
	{ BB_REF_PATIENT_HOUSENUMBER, DATA_ADDRESS },
	{ BB_REF_PATIENT_HOUSENUMBER_SUFFIX, DATA_ADDRESS },
	{ BB_REF_PATIENT_PHONE, DATA_CONTACT },
	{ BB_REF_PATIENT_EMAIL, DATA_CONTACT },
	{ BB_REF_LETTER, DATA_LETTER },
	{ BB_REF_PREFERENCES, DATA_PREFERENCES },
	/* the patient's goal in their own words: what a coach plans towards */
	{ BB_REF_GOAL, DATA_PREFERENCES },
	/* the triage content belongs to the coded complaint */
	{ BB_REF_COMPLAINT_ONSET, DATA_REASONS },
	{ BB_REF_TRACK, DATA_REASONS },
};

/*
 * Fitness measurements: what a sport or exercise programme starts from
 * (how active, how far one walks), not what a clinician follows.
 */
static const char *const fitness_loincs[] = {
	"89555-7", "68516-4", "82290-8", "82291-6", "64098-7", NULL
};

/* The ICPC chapter as a plain category: why to move more, without the diagnosis. */
static const struct chapter {
	char letter;
	const char *category;
} chapters[] = {
	{ 'T', "gewicht en stofwisseling" },
	{ 'K', "hart en bloedvaten" },
	{ 'L', "bewegingsapparaat" },
	{ 'N', "zenuwstelsel" },
	{ 'R', "luchtwegen" },
	{ 'P', "psychisch welbevinden" },
};

#define CATEGORY_PREFIX "Meer bewegen; reden: "
#define CATEGORY_GENERAL "algemene gezondheid"

/* The plain category of an ICPC code's chapter, e.g. "gewicht en stofwisseling". */
static const char *minimise_category(const char *icpc)
{
	size_t i;

	for (i = 0; icpc && i < sizeof(chapters) / sizeof(chapters[0]); i++)
		if (icpc[0] == chapters[i].letter)
			return chapters[i].category;
	return CATEGORY_GENERAL;
}

int minimise_profile(unsigned *items, const char *kind, const char *data, diag_list *d)
{
	size_t i;
	const char *p;

	*items = 0;
	for (i = 0; i < sizeof(profiles) / sizeof(profiles[0]); i++)
		if (kind && strcmp(kind, profiles[i].kind) == 0)
			*items = profiles[i].items;
	if (!*items)
		/* config.c only allows the kinds above: this is a bug, so send nothing */
		return diag_add(d, BB_ECONFIG, NULL, 0, "receiver_kind",
				"\"%s\" is not a receiver kind with a data profile", kind ? kind : "");
	for (p = data; p && *p;) {
		size_t n;
		int known = 0;
		p += strspn(p, ", \t");
		n = strcspn(p, ", \t");
		if (!n)
			break;
		for (i = 0; i < sizeof(item_names) / sizeof(item_names[0]); i++)
			if (strlen(item_names[i].name) == n && strncmp(p, item_names[i].name, n) == 0) {
				*items |= item_names[i].item;
				known = 1;
			}
		if (!known)
			return diag_add(d, BB_ECONFIG, NULL, 0, "data", "unknown data item \"%.*s\"",
					(int)n, p);
		p += n;
	}
	return BB_OK;
}

static int item_of(int field)
{
	size_t i;

	for (i = 0; i < sizeof(field_items) / sizeof(field_items[0]); i++)
		if (field_items[i].field == field)
			return (int)field_items[i].item;
	return 0;
}

static int is_fitness(const char *loinc)
{
	size_t i;

	for (i = 0; fitness_loincs[i]; i++)
		if (strcmp(loinc, fitness_loincs[i]) == 0)
			return 1;
	return 0;
}

/*
 * The reasons as the receiver may see them: all coded (diagnoses), the
 * main one coded (reasons), or only the main one's category.
 */
static int copy_reasons(bb_referral *to, const bb_referral *from, unsigned items)
{
	size_t i, n = bb_referral_reason_count(from);
	int rc = BB_OK;

	for (i = 0; i < n && rc == BB_OK; i++) {
		const char *sys, *code, *text;
		bb_referral_reason_at(&sys, &code, &text, from, i);
		if ((items & DATA_DIAGNOSES) || ((items & DATA_REASONS) && i == 0)) {
			rc = bb_referral_add_episode(to, sys, code, text,
						     bb_referral_reason_since(from, i));
		} else if (i == 0) {
			char line[128];
			snprintf(line, sizeof(line), "%s%s", CATEGORY_PREFIX,
				 minimise_category(sys && strcmp(sys, "icpc-1-nl") == 0 ? code : NULL));
			rc = bb_referral_add_reason(to, NULL, NULL, line);
		}
	}
	return rc;
}

int minimise_referral(bb_referral **out, const bb_referral *from, unsigned items)
{
	const model_fields *m = model_referral(from);
	bb_referral *to = NULL;
	size_t i, n;
	int rc;

	*out = NULL;
	if ((rc = bb_referral_new(&to)) != BB_OK)
		return rc;
	for (i = 0; i < m->ndefs; i++) {
		int field = m->defs[i].id, item = item_of(field);
		const char *v = bb_referral_get(from, field);
		if (v && (!item || (items & (unsigned)item)) &&
		    (rc = bb_referral_set(to, field, v)) != BB_OK)
			goto fail;
	}
	if ((rc = copy_reasons(to, from, items)) != BB_OK)
		goto fail;
	n = bb_referral_measurement_count(from);
	for (i = 0; i < n; i++) {
		const char *loinc, *value, *unit, *when;
		bb_referral_measurement_at(&loinc, &value, &unit, &when, from, i);
		if (((items & DATA_MEASUREMENTS) || ((items & DATA_FITNESS) && is_fitness(loinc))) &&
		    (rc = bb_referral_add_measurement(to, loinc, value, unit, when)) != BB_OK)
			goto fail;
	}
	*out = to;
	return BB_OK;
fail:
	bb_referral_free(to);
	return rc;
}
