/*
 * NHG table 45 -> LOINC, kept in the repository so that a HIS can send the
 * bepalingen it stores without knowing LOINC.
 *
 * NEEDS VERIFICATION: the NHG numbers below were NOT checked against the
 * official NHG table 45 (referentiemodel.nhg.org; licence-gated, not in our
 * research, standards.md §5.4). Every row is marked verified = 0 until
 * someone with access to the table has compared number, name and unit.
 * Until then a HIS should send loinc="..." as well (it always wins), and
 * importers of our feedback should key on the LOINC code. The LOINC codes
 * and UCUM units are the ones of standards.md §1.6; HbA1c is the IFCC
 * value in mmol/mol that Dutch laboratories report (LOINC 59261-8).
 *
 * docs/his-xml.md shows the same table; change both together.
 */
#include "nhg45.h"

#include <string.h>

static const nhg45_row rows[] = {
	{ "1272", "39156-5", "kg/m2", "BMI", "BMI", 0 },
	{ "357", "29463-7", "kg", "Gewicht", "gewicht", 0 },
	{ "233", "8302-2", "cm", "Lengte", "lengte", 0 },
	{ "2403", "8280-0", "cm", "Buikomvang", "buikomvang", 0 },
	{ "1742", "8480-6", "mm[Hg]", "Systolische bloeddruk", "systolische bloeddruk", 0 },
	{ "1743", "8462-4", "mm[Hg]", "Diastolische bloeddruk", "diastolische bloeddruk", 0 },
	{ "2307", "59261-8", "mmol/mol", "HbA1c", "HbA1c", 0 },
	{ "1740", "8867-4", "/min", "Hartfrequentie", "hartfrequentie", 0 },
	/* the stadspoli's pain score (NRS 0-10): no NHG number known here */
	{ "", "72514-3", "{score}", "Pijnscore (NRS)", "pijnscore", 0 },
	/* the six-minute walk test (conditie), from the beweegcoach: no NHG number known here */
	{ "", "64098-7", "m", "6-minutenwandeltest", "6-minutenwandeltest", 0 },
	/* HbA1c as a percentage (DCCT): no NHG number of its own here */
	{ "", "4548-4", "%", "HbA1c", "HbA1c", 0 },
};

#define N_ROWS (sizeof(rows) / sizeof(rows[0]))

const nhg45_row *nhg45_by_nhg(const char *nhg)
{
	size_t i;

	for (i = 0; nhg && *nhg && i < N_ROWS; i++)
		if (strcmp(rows[i].nhg, nhg) == 0)
			return &rows[i];
	return NULL;
}

const nhg45_row *nhg45_by_loinc(const char *loinc)
{
	size_t i;

	for (i = 0; loinc && i < N_ROWS; i++)
		if (strcmp(rows[i].loinc, loinc) == 0)
			return &rows[i];
	return NULL;
}
