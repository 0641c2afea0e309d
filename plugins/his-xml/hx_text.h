/* Plain Dutch for the journal: words, dates, numbers, and XML escaping. */
#ifndef HX_TEXT_H
#define HX_TEXT_H

#include <stddef.h>

#include "beweegbrug/plugin.h"

/* A growing string; `failed` sticks once memory ran out. */
typedef struct hx_str {
	char *p;
	size_t len, cap;
	int failed;
} hx_str;

void hx_str_add(hx_str *s, const char *text);
void hx_str_addf(hx_str *s, const char *fmt, ...) BB_FORMAT(2, 3);
void hx_str_free(hx_str *s);

/* Append `text` XML-escaped (attribute values also escape line ends). */
int hx_put_escaped(bb_buf *out, const char *text, int attribute);

/* "2027-01-08" or "2027-01-08T10:00:00+01:00" -> "8 januari 2027" (else a copy). */
void hx_date_words(char *buf, size_t size, const char *iso);
/* "91.5" -> "91,5": the decimal comma a Dutch reader expects. */
void hx_decimal_words(char *buf, size_t size, const char *value);
/* UCUM -> how it is written in a sentence: mm[Hg] -> mmHg, kg/m2 -> kg/m². */
const char *hx_unit_words(const char *ucum);

/* Task status -> Dutch ("in-progress" -> "loopt"); NULL if unknown. */
const char *hx_status_words(const char *status);
/* BSeR business status -> Dutch; NULL if unknown. */
const char *hx_business_words(const char *code);
/* Beweegbrug stop/decline reason code -> the Dutch text a GP reads. */
const char *hx_reason_words(const char *code);
/* A stadspoli track (physio, ...) in words: "fysiotherapie"; and as his-referral.xsd writes it. */
const char *hx_track_words(const char *track);
const char *hx_track_export(const char *track);

#endif
