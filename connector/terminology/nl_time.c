/*
 * Dates and times as a person in the Netherlands reads them: in
 * Europe/Amsterdam, summer time included. A measurement taken at
 * 2027-05-18T23:30:00Z was taken on 19 May there.
 *
 * Why not localtime_r: it reads the zone from TZ, and changing TZ
 * (setenv + tzset) in a library is neither thread-safe nor ours to do -
 * the HIS that loads us has its own zone. So the rule is computed here:
 * CET (UTC+1), and CEST (UTC+2) from 01:00 UTC on the last Sunday of
 * March to 01:00 UTC on the last Sunday of October (EU Directive
 * 2000/84/EC, in force in the Netherlands since 1996). From 1981 to 1995
 * summer time ended on the last Sunday of September. Earlier years are
 * shown without summer time. tests/test_time.c checks every transition
 * from 1981 to 2037 against the C library's tz database (TZ set in that
 * test process only).
 */
#include "nl_time.h"

#include <stdio.h>
#include <string.h>

/* Days since 1970-01-01 of a proleptic Gregorian date. */
static int64_t days_from_civil(int64_t y, int m, int d)
{
	int64_t era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int *y, int *m, int *d)
{
	int64_t era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* Day number of the last Sunday of month m (1-12) of year y. */
static int64_t last_sunday(int y, int m)
{
	int ny = m == 12 ? y + 1 : y, nm = m == 12 ? 1 : m + 1;
	int64_t last = days_from_civil(ny, nm, 1) - 1;
	/* 1970-01-01 was a Thursday: weekday 0 = Sunday */
	int64_t wd = ((last % 7) + 7 + 4) % 7;

	return last - wd;
}

long term_nl_offset(int64_t utc)
{
	int64_t day = utc >= 0 ? utc / 86400 : -((-utc + 86399) / 86400);
	int y, m, d;
	int64_t start, end;

	civil_from_days(day, &y, &m, &d);
	if (y < 1981)
		return 3600;
	start = last_sunday(y, 3) * 86400 + 3600;
	end = last_sunday(y, y >= 1996 ? 10 : 9) * 86400 + 3600;
	return utc >= start && utc < end ? 7200 : 3600;
}

static int digits(const char *s, int n, int *out)
{
	int v = 0, i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 1;
}

/*
 * A FHIR date or dateTime as it reads in Amsterdam: a date-time with a
 * zone is moved to Amsterdam's local time; a date stays the date it is.
 * 0 when `iso` is not one.
 */
static int nl_local(nl_when *w, const char *iso)
{
	const char *p, *zone;
	int tzh = 0, tzm = 0, sign = 1;
	int64_t t;

	memset(w, 0, sizeof(*w));
	if (!iso || !digits(iso, 4, &w->year))
		return 0;
	w->parts = 1;
	if (iso[4] == '\0')
		return 1;
	if (iso[4] != '-' || !digits(iso + 5, 2, &w->month) || w->month < 1 || w->month > 12)
		return 0;
	w->parts = 2;
	if (iso[7] == '\0')
		return 1;
	if (iso[7] != '-' || !digits(iso + 8, 2, &w->day) || w->day < 1 || w->day > 31)
		return 0;
	w->parts = 3;
	if (iso[10] == '\0')
		return 1;
	/* a date-time: thh:mm:ss[.f] and a zone, as FHIR demands */
	if (iso[10] != 'T' || !digits(iso + 11, 2, &w->hour) || iso[13] != ':' ||
	    !digits(iso + 14, 2, &w->minute) || iso[16] != ':' || !digits(iso + 17, 2, &w->second))
		return 0;
	p = iso + 19;
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9'; p++)
			;
	zone = p;
	if (*zone == 'Z' && zone[1] == '\0') {
		tzh = tzm = 0;
	} else if ((*zone == '+' || *zone == '-') && digits(zone + 1, 2, &tzh) && zone[3] == ':' &&
		   digits(zone + 4, 2, &tzm) && zone[6] == '\0') {
		sign = *zone == '-' ? -1 : 1;
	} else {
		return 0;
	}
	t = days_from_civil(w->year, w->month, w->day) * 86400 + w->hour * 3600 + w->minute * 60 +
	    w->second - sign * (tzh * 3600 + tzm * 60);
	t += term_nl_offset(t);
	civil_from_days(t >= 0 ? t / 86400 : -((-t + 86399) / 86400), &w->year, &w->month, &w->day);
	t = ((t % 86400) + 86400) % 86400;
	w->hour = (int)(t / 3600);
	w->minute = (int)(t / 60 % 60);
	w->second = (int)(t % 60);
	w->parts = 4;
	return 1;
}

static const char *const months[] = {
	"januari", "februari", "maart", "april", "mei", "juni", "juli",
	"augustus", "september", "oktober", "november", "december"
};

void term_nl_date_words(char *buf, size_t size, const char *iso, int with_time)
{
	nl_when w;

	if (!size)
		return;
	if (!nl_local(&w, iso)) {
		snprintf(buf, size, "%s", iso ? iso : "");
		return;
	}
	switch (w.parts) {
	case 1:
		snprintf(buf, size, "%d", w.year);
		break;
	case 2:
		snprintf(buf, size, "%s %d", months[w.month - 1], w.year);
		break;
	case 3:
		snprintf(buf, size, "%d %s %d", w.day, months[w.month - 1], w.year);
		break;
	default:
		if (with_time)
			snprintf(buf, size, "%d %s %d om %02d:%02d", w.day, months[w.month - 1],
				 w.year, w.hour, w.minute);
		else
			snprintf(buf, size, "%d %s %d", w.day, months[w.month - 1], w.year);
	}
}

int term_nl_local_date(char out[11], const char *iso)
{
	nl_when w;

	if (!nl_local(&w, iso) || w.parts < 3)
		return 0;
	snprintf(out, 11, "%04d-%02d-%02d", w.year, w.month, w.day);
	return 1;
}

void term_nl_today(char out[11], int64_t utc_now)
{
	int64_t t = utc_now + term_nl_offset(utc_now);
	int y, m, d;

	civil_from_days(t >= 0 ? t / 86400 : -((-t + 86399) / 86400), &y, &m, &d);
	snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
}
