/*
 * NHG table 45 ("diagnostische bepalingen") <-> LOINC, for the
 * measurements a GP sends with a referral to exercise and gets back in
 * feedback. See nhg45.c for the table and its verification status.
 */
#ifndef HX_NHG45_H
#define HX_NHG45_H

typedef struct nhg45_row {
	const char *nhg;       /* NHG table 45 bepalingnummer */
	const char *loinc;     /* LOINC code the core uses */
	const char *ucum;      /* UCUM unit of the NHG bepaling */
	const char *naam;      /* Dutch name, as a GP reads it in the journal */
	const char *woord;     /* the same in the middle of a sentence */
	int verified;          /* 1 once checked against the official table */
} nhg45_row;

const nhg45_row *nhg45_by_nhg(const char *nhg);
const nhg45_row *nhg45_by_loinc(const char *loinc);

#endif
