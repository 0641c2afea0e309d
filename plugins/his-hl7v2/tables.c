/*
 * The local tables of the his-hl7v2 convention (docs/his-hl7v2.md): codes
 * a Dutch HIS writes in REF^I12 and what they mean in the canonical model.
 */
#include <string.h>

#include "hl7v2.h"

/* RF1-3 Referral Type (HL7 table 0281 is user-defined; this is ours). */
static const kind_entry kinds[] = {
	{ "GLI", "gli", NULL },
	{ "BWC", "beweegcoach", NULL },
	{ "SPOLI", "stadspoli", NULL },          /* triage decides the track */
	{ "SPOLI-FYS", "stadspoli", "physio" },
	{ "SPOLI-SPEC", "stadspoli", "specialist" },
	{ "SPOLI-BWC", "stadspoli", "beweegcoach" },
	{ "REG", "regular", NULL },
};

const kind_entry *table_referral_type(const char *code)
{
	size_t i;

	for (i = 0; code && i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(kinds[i].code, code) == 0)
			return &kinds[i];
	return NULL;
}

/* RF1-2 Priority, HL7 table 0280. */
const char *table_priority(const char *code)
{
	if (!code)
		return NULL;
	if (strcmp(code, "R") == 0)
		return "routine";
	if (strcmp(code, "A") == 0)
		return "asap";
	if (strcmp(code, "S") == 0)
		return "stat";
	return NULL;
}

/* PID-8 Administrative Sex, HL7 table 0001. */
const char *table_gender(const char *code)
{
	static const char *const map[][2] = {
		{ "M", "male" }, { "F", "female" }, { "O", "other" }, { "U", "unknown" },
		{ "A", "other" }, { "N", "unknown" },
	};
	size_t i;

	for (i = 0; code && i < sizeof(map) / sizeof(map[0]); i++)
		if (strcmp(map[i][0], code) == 0)
			return map[i][1];
	return NULL;
}

/* Coding-system names for ICPC-1-NL a HIS may write in CE.3 (or its OID). */
int table_is_icpc(const char *system)
{
	static const char *const names[] = {
		"ICPC", "ICPC1NL", "ICPC-1-NL", "ICPC1", "2.16.840.1.113883.2.4.4.31.1",
	};
	size_t i;

	for (i = 0; system && i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(names[i], system) == 0)
			return 1;
	return 0;
}

/* NHG Tabel 45 (diagnostische bepalingen), by name or OID. */
int table_is_nhg45(const char *system)
{
	return system && (strcmp(system, "NHG45") == 0 || strcmp(system, "NHG-45") == 0 ||
			  strcmp(system, "2.16.840.1.113883.2.4.4.30.45") == 0);
}

/* PRD-7 PLN.2 identifier types (table 0338 is user-defined; these are ours). */
int table_pln_type(const char *type)
{
	if (!type)
		return PLN_UNKNOWN;
	if (strcmp(type, "AGB") == 0 || strcmp(type, "AGB-Z") == 0)
		return PLN_AGB;
	if (strcmp(type, "URA") == 0)
		return PLN_URA;
	if (strcmp(type, "UZI") == 0)
		return PLN_UZI;
	if (strcmp(type, "BIG") == 0)
		return PLN_BIG;
	if (strcmp(type, "AANBOD") == 0)
		return PLN_OFFER;
	return PLN_UNKNOWN;
}

const char *table_status_text(const char *status)
{
	static const char *const map[][2] = {
		{ "received", "Verwijzing ontvangen" },
		{ "accepted", "Verwijzing geaccepteerd" },
		{ "rejected", "Verwijzing afgewezen" },
		{ "in-progress", "Traject loopt" },
		{ "on-hold", "Traject gepauzeerd" },
		{ "completed", "Traject afgerond" },
		{ "failed", "Traject voortijdig gestopt" },
		{ "cancelled", "Verwijzing geannuleerd" },
	};
	size_t i;

	for (i = 0; status && i < sizeof(map) / sizeof(map[0]); i++)
		if (strcmp(map[i][0], status) == 0)
			return map[i][1];
	return status;
}

/* OBR-25 Result Status (HL7 table 0123): is the report final? */
const char *table_result_status(const char *status)
{
	if (!status)
		return "P";
	if (strcmp(status, "completed") == 0 || strcmp(status, "failed") == 0)
		return "F";
	if (strcmp(status, "rejected") == 0 || strcmp(status, "cancelled") == 0)
		return "X";
	return "P";
}
