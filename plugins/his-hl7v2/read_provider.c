/*
 * PRD: the providers of a referral, by PRD-1 role (HL7 table 0286):
 *   RP  referring provider: the GP (name, phone, AGB/UZI/BIG in PRD-7);
 *   PP  primary care provider: the GP practice (name, phone, AGB/URA);
 *   RT  referred-to provider: the receiver (name, AGB/URA, offer id).
 * PRD-7 is a list of PLN identifiers typed by PLN.2 (tables.c).
 */
#include <stdlib.h>
#include <string.h>

#include "hl7v2.h"

typedef struct role_fields {
	int agb, ura, uzi, big, offer, phone, name;
} role_fields;

static const role_fields referrer = {
	BB_REF_REFERRER_AGB, 0, BB_REF_REFERRER_UZI, BB_REF_REFERRER_BIG, 0,
	BB_REF_REFERRER_PHONE, 0
};
static const role_fields practice = {
	BB_REF_PRACTICE_AGB, BB_REF_PRACTICE_URA, 0, 0, 0, BB_REF_PRACTICE_PHONE,
	BB_REF_PRACTICE_NAME
};
static const role_fields receiver = {
	BB_REF_RECEIVER_AGB, BB_REF_RECEIVER_URA, 0, 0, BB_REF_OFFER_ID, 0, BB_REF_RECEIVER_NAME
};

static void read_identifiers(hl7_reader *rd, const er7_segment *prd, const role_fields *rf)
{
	size_t r, n = rd_reps(rd, prd, 7);

	for (r = 1; r <= n; r++) {
		char *id = rd_get(rd, prd, 7, (unsigned)r, 1, 0);
		char *type = rd_get(rd, prd, 7, (unsigned)r, 2, 0);
		int field = 0;
		switch (table_pln_type(type)) {
		case PLN_AGB: field = rf->agb; break;
		case PLN_URA: field = rf->ura; break;
		case PLN_UZI: field = rf->uzi; break;
		case PLN_BIG: field = rf->big; break;
		case PLN_OFFER: field = rf->offer; break;
		default:
			rd_problem(rd, prd, 7, "identifier type \"%.20s\" (PLN.2) is not AGB, AGB-Z, URA, UZI, BIG or AANBOD",
				   type ? type : "");
			break;
		}
		if (field && id) {
			rd_locate(rd, prd, 7);
			bb_referral_set(rd->out, field, id);
		} else if (type && !field && table_pln_type(type) != PLN_UNKNOWN) {
			rd_problem(rd, prd, 7, "a %s identifier has no place in this PRD role", type);
		}
		free(id);
		free(type);
	}
}

/* The GP as a person: XPN with the same FN convention as PID-5. */
static void read_referrer_name(hl7_reader *rd, const er7_segment *prd)
{
	char *own = rd_get(rd, prd, 2, 1, 1, 3);

	rd_set(rd, prd, 2, 1, 1, 2, BB_REF_REFERRER_PREFIX);
	if (own) {
		rd_locate(rd, prd, 2);
		bb_referral_set(rd->out, BB_REF_REFERRER_FAMILY, own);
	} else {
		rd_set(rd, prd, 2, 1, 1, 1, BB_REF_REFERRER_FAMILY);
	}
	rd_set(rd, prd, 2, 1, 2, 0, BB_REF_REFERRER_GIVEN);
	rd_set(rd, prd, 2, 1, 3, 0, BB_REF_REFERRER_INITIALS);
	free(own);
}

void read_provider(hl7_reader *rd, const er7_segment *prd, int *seen_rp, int *seen_rt,
		   int *seen_pp)
{
	char *role = rd_get(rd, prd, 1, 1, 1, 0);
	const role_fields *rf = NULL;
	int *seen = NULL;

	if (role && strcmp(role, "RP") == 0) {
		rf = &referrer;
		seen = seen_rp;
	} else if (role && strcmp(role, "PP") == 0) {
		rf = &practice;
		seen = seen_pp;
	} else if (role && strcmp(role, "RT") == 0) {
		rf = &receiver;
		seen = seen_rt;
	}
	if (!rf) {
		rd_problem(rd, prd, 1, "provider role \"%.20s\" is not RP (referring GP), PP (practice) or RT (receiver)",
			   role ? role : "");
		free(role);
		return;
	}
	if ((*seen)++) {
		rd_problem(rd, prd, 1, "a second PRD with role %s", role);
		free(role);
		return;
	}
	if (rf == &referrer)
		read_referrer_name(rd, prd);
	else
		/* an organisation's name is written as XPN.1 (FN.1) */
		rd_set(rd, prd, 2, 1, 1, 1, rf->name);
	if (rf->phone)
		read_telecom(rd, prd, 5, rf->phone, 0);
	read_identifiers(rd, prd, rf);
	free(role);
}
