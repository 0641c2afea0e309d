/* Dates and times shown to a person: Europe/Amsterdam, summer time included. */
#ifndef BB_NL_TIME_H
#define BB_NL_TIME_H

#include <stddef.h>
#include <stdint.h>

typedef struct nl_when {
	int year, month, day, hour, minute, second;
	int parts;      /* 1 year, 2 year-month, 3 date, 4 date-time (converted to Amsterdam) */
} nl_when;

/* Offset of Amsterdam from UTC at `utc` (seconds since the epoch): 3600 or 7200. */
long term_nl_offset(int64_t utc);
/* "19 mei 2027", with_time: "19 mei 2027 om 01:30" (a bare date stays a date). */
void term_nl_date_words(char *buf, size_t size, const char *iso, int with_time);
/* The Amsterdam calendar date of `iso` as YYYY-MM-DD; 0 when it has no day. */
int term_nl_local_date(char out[11], const char *iso);
/* Today's date in Amsterdam at `utc_now`. */
void term_nl_today(char out[11], int64_t utc_now);

#endif
