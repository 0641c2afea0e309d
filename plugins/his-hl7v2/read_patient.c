/*
 * PID: the patient. BSN from PID-3, the Dutch name from PID-5 (XPN with
 * the FN subcomponents HL7 v2.5 made for Dutch surnames), birth date,
 * sex, address and telecom.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "hl7v2.h"

#define BSN_OID "2.16.840.1.113883.2.4.6.3"

static int eq(const char *a, const char *b)
{
	return a && strcmp(a, b) == 0;
}

/*
 * PID-3 is a list of identifiers (CX). The BSN is the one assigned by
 * NLMINBIZA (CX.4.1) or the BSN OID (CX.4.2), or typed NNNLD (CX.5).
 */
static void read_bsn(hl7_reader *rd, const er7_segment *pid)
{
	size_t r, n = rd_reps(rd, pid, 3);
	char *bsn = NULL;

	for (r = 1; r <= n; r++) {
		char *id = rd_get(rd, pid, 3, (unsigned)r, 1, 0);
		char *ns = rd_get(rd, pid, 3, (unsigned)r, 4, 1);
		char *oid = rd_get(rd, pid, 3, (unsigned)r, 4, 2);
		char *type = rd_get(rd, pid, 3, (unsigned)r, 5, 0);
		if (id && (eq(ns, "NLMINBIZA") || eq(oid, BSN_OID) || eq(type, "NNNLD"))) {
			if (bsn && strcmp(bsn, id) != 0)
				rd_problem(rd, pid, 3, "two different BSNs (%.20s and %.20s)", bsn, id);
			else if (!bsn) {
				bsn = id;
				id = NULL;
			}
		}
		free(id);
		free(ns);
		free(oid);
		free(type);
	}
	if (bsn) {
		rd_locate(rd, pid, 3);
		bb_referral_set(rd->out, BB_REF_PATIENT_BSN, bsn);
	}
	free(bsn);
}

/*
 * XPN name of repetition `rep`: FN.1 surname as displayed, FN.2 own
 * voorvoegsel, FN.3 own surname, FN.4 partner's voorvoegsel, FN.5
 * partner's surname. With FN.3 empty, FN.1 is the own surname.
 */
static void read_name(hl7_reader *rd, const er7_segment *pid, unsigned rep)
{
	char *own = rd_get(rd, pid, 5, rep, 1, 3);
	char *usage = rd_get(rd, pid, 5, rep, 11, 0);

	rd_set(rd, pid, 5, rep, 1, 2, BB_REF_PATIENT_PREFIX);
	if (own) {
		rd_locate(rd, pid, 5);
		bb_referral_set(rd->out, BB_REF_PATIENT_FAMILY, own);
	} else {
		rd_set(rd, pid, 5, rep, 1, 1, BB_REF_PATIENT_FAMILY);
	}
	rd_set(rd, pid, 5, rep, 1, 4, BB_REF_PATIENT_PARTNER_PREFIX);
	rd_set(rd, pid, 5, rep, 1, 5, BB_REF_PATIENT_PARTNER_FAMILY);
	rd_set(rd, pid, 5, rep, 2, 0, BB_REF_PATIENT_GIVEN);
	rd_set(rd, pid, 5, rep, 3, 0, BB_REF_PATIENT_INITIALS);
	/* XPN.11 name assembly order: the Dutch NL1-NL4 (naamgebruik) */
	if (usage) {
		rd_locate(rd, pid, 5);
		bb_referral_set(rd->out, BB_REF_PATIENT_NAME_USAGE, usage);
	}
	free(own);
	free(usage);
}

/* The legal name (XPN.7 L, or the first without a type); a call name is type N. */
static void read_names(hl7_reader *rd, const er7_segment *pid)
{
	size_t r, n = rd_reps(rd, pid, 5);
	unsigned legal = 0;

	for (r = 1; r <= n; r++) {
		char *type = rd_get(rd, pid, 5, (unsigned)r, 7, 0);
		if (eq(type, "N"))
			rd_set(rd, pid, 5, (unsigned)r, 2, 0, BB_REF_PATIENT_CALL_NAME);
		else if (!legal && (!type || eq(type, "L")))
			legal = (unsigned)r;
		free(type);
	}
	if (legal)
		read_name(rd, pid, legal);
	else
		rd_problem(rd, pid, 5, "no legal name (XPN.7 L or empty)");
}

static void read_dates_and_sex(hl7_reader *rd, const er7_segment *pid)
{
	char *v = rd_get(rd, pid, 7, 1, 1, 0);
	char date[11];
	const char *g;

	if (v) {
		if (dtm_to_date(v, date)) {
			rd_locate(rd, pid, 7);
			bb_referral_set(rd->out, BB_REF_PATIENT_BIRTHDATE, date);
		} else
			rd_problem(rd, pid, 7, "\"%.40s\" is not a date (YYYYMMDD)", v);
	}
	free(v);
	v = rd_get(rd, pid, 8, 1, 1, 0);
	if (v) {
		if ((g = table_gender(v)) != NULL) {
			rd_locate(rd, pid, 8);
			bb_referral_set(rd->out, BB_REF_PATIENT_GENDER, g);
		} else
			rd_problem(rd, pid, 8, "\"%.20s\" is not M, F, O or U", v);
	}
	free(v);
}

static void set_country(hl7_reader *rd, const er7_segment *pid, char *c)
{
	static const char *const alpha3[][2] = {
		{ "NLD", "NL" }, { "BEL", "BE" }, { "DEU", "DE" }, { "FRA", "FR" }, { "GBR", "GB" },
	};
	size_t i;

	for (i = 0; c && i < sizeof(alpha3) / sizeof(alpha3[0]); i++)
		if (strcmp(alpha3[i][0], c) == 0) {
			rd_locate(rd, pid, 11);
			bb_referral_set(rd->out, BB_REF_PATIENT_COUNTRY, alpha3[i][1]);
			return;
		}
	rd_locate(rd, pid, 11);
	bb_referral_set(rd->out, BB_REF_PATIENT_COUNTRY, c);
}

/*
 * XAD: SAD.1 street line, SAD.2 street name, SAD.3 house number, XAD.2
 * house number suffix (toevoeging), XAD.3 city, XAD.5 postcode, XAD.6
 * country. A suffix written inside SAD.3 ("12A") is split off.
 */
static void read_address(hl7_reader *rd, const er7_segment *pid)
{
	char *street = rd_get(rd, pid, 11, 1, 1, 2), *number = rd_get(rd, pid, 11, 1, 1, 3);
	char *suffix = rd_get(rd, pid, 11, 1, 2, 0), *country = rd_get(rd, pid, 11, 1, 6, 0);

	if (!street)
		street = rd_get(rd, pid, 11, 1, 1, 1);
	rd_locate(rd, pid, 11);
	if (street)
		bb_referral_set(rd->out, BB_REF_PATIENT_STREET, street);
	if (number) {
		size_t d = 0;
		while (isdigit((unsigned char)number[d]))
			d++;
		if (d && number[d] && !suffix) {
			char *rest = number + d;
			while (*rest == ' ' || *rest == '-')
				rest++;
			bb_referral_set(rd->out, BB_REF_PATIENT_HOUSENUMBER_SUFFIX, rest);
			number[d] = '\0';
		}
		bb_referral_set(rd->out, BB_REF_PATIENT_HOUSENUMBER, number);
	}
	if (suffix)
		bb_referral_set(rd->out, BB_REF_PATIENT_HOUSENUMBER_SUFFIX, suffix);
	rd_set(rd, pid, 11, 1, 3, 0, BB_REF_PATIENT_CITY);
	rd_set(rd, pid, 11, 1, 5, 0, BB_REF_PATIENT_POSTCODE);
	if (country)
		set_country(rd, pid, country);
	free(street);
	free(number);
	free(suffix);
	free(country);
}

/*
 * XTN in PID-13: e-mail when XTN.2 is NET or XTN.3 is Internet (address
 * in XTN.4); otherwise a phone number in XTN.12 (unformatted) or XTN.1.
 * The first of each kind is kept.
 */
void read_telecom(hl7_reader *rd, const er7_segment *seg, unsigned field, int phone_field,
		  int email_field)
{
	size_t r, n = rd_reps(rd, seg, field);
	int have_phone = 0, have_email = 0;

	for (r = 1; r <= n; r++) {
		unsigned rep = (unsigned)r;
		char *use = rd_get(rd, seg, field, rep, 2, 0);
		char *equip = rd_get(rd, seg, field, rep, 3, 0);
		if (eq(use, "NET") || eq(equip, "Internet") || eq(equip, "X.400")) {
			if (!have_email && email_field) {
				char *mail = rd_get(rd, seg, field, rep, 4, 0);
				if (mail) {
					rd_locate(rd, seg, field);
					bb_referral_set(rd->out, email_field, mail);
					have_email = 1;
				}
				free(mail);
			}
		} else if (!have_phone && phone_field) {
			char *num = rd_get(rd, seg, field, rep, 12, 0);
			if (!num)
				num = rd_get(rd, seg, field, rep, 1, 0);
			if (num) {
				rd_locate(rd, seg, field);
				bb_referral_set(rd->out, phone_field, num);
				have_phone = 1;
			}
			free(num);
		}
		free(use);
		free(equip);
	}
}

void read_patient(hl7_reader *rd, const er7_segment *pid)
{
	read_bsn(rd, pid);
	read_names(rd, pid);
	read_dates_and_sex(rd, pid);
	read_address(rd, pid);
	read_telecom(rd, pid, 13, BB_REF_PATIENT_PHONE, BB_REF_PATIENT_EMAIL);
}
