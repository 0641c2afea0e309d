/* What we know of the LOINC codes a referral carries: display and category. */
#ifndef BB_LOINC_H
#define BB_LOINC_H

typedef struct loinc_info {
	const char *code;
	const char *display;
	const char *category;   /* observation-category code */
	const char *category_display;
} loinc_info;

/* The entry for `code`, or NULL for a code we have no table row for. */
const loinc_info *mapping_loinc_lookup(const char *code);

#endif
