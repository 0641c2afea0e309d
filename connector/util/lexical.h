/*
 * Lexical checks for the value types the model and FHIR share: dates,
 * date-times, decimals. They follow the FHIR R4 definitions (which are
 * stricter than ISO 8601: a date-time with a time must have a zone).
 */
#ifndef BB_LEXICAL_H
#define BB_LEXICAL_H

/* YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date; `full` requires all three. */
int lex_is_date(const char *s, int full);
/* FHIR dateTime: a date, or a full date with time hh:mm:ss[.f+] and zone (Z or +hh:mm). */
int lex_is_datetime(const char *s);
/* FHIR decimal: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
int lex_is_decimal(const char *s);
/* FHIR integer: -?(0|[1-9][0-9]*) within 32 bits; `min` 0 or 1 for unsignedInt/positiveInt */
int lex_is_integer(const char *s, long min);

#endif
