/*
 * HL7 v2 DTM (YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]][+/-ZZZZ]) <-> ISO 8601
 * as the canonical model and FHIR want it.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "hl7v2.h"

static size_t digits(const char *s)
{
	size_t n = 0;

	while (isdigit((unsigned char)s[n]))
		n++;
	return n;
}

int dtm_to_date(const char *dtm, char out[11])
{
	if (!dtm || digits(dtm) < 8)
		return 0;
	snprintf(out, 11, "%.4s-%.2s-%.2s", dtm, dtm + 4, dtm + 6);
	return 1;
}

/* 0 Sunday .. 6 Saturday (Sakamoto). */
static int weekday(int y, int m, int d)
{
	static const int t[] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };

	if (m < 3)
		y -= 1;
	return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

static int last_sunday(int y, int m)
{
	int d = 31;

	return d - weekday(y, m, d);
}

/*
 * Summer time in the Netherlands (EU rule since 1996): from the last
 * Sunday of March 02:00 local to the last Sunday of October 03:00 local.
 */
static int dutch_summer_time(int y, int m, int d, int h)
{
	int ls;

	if (m < 3 || m > 10)
		return 0;
	if (m > 3 && m < 10)
		return 1;
	ls = last_sunday(y, m);
	if (m == 3)
		return d > ls || (d == ls && h >= 2);
	return d < ls || (d == ls && h < 3);
}

int dtm_to_datetime(const char *dtm, char out[40])
{
	size_t n = dtm ? digits(dtm) : 0;
	const char *p = dtm ? dtm + n : NULL;
	char frac[8] = "", zone[8];
	int y, mo, d, h, mi = 0, s = 0;

	if (!dtm || n < 8)
		return 0;
	if (n == 8 && (!*p || *p == '+' || *p == '-')) {
		snprintf(out, 40, "%.4s-%.2s-%.2s", dtm, dtm + 4, dtm + 6);
		return 1;
	}
	if (n != 10 && n != 12 && n != 14)
		return 0;
	if (sscanf(dtm, "%4d%2d%2d%2d", &y, &mo, &d, &h) != 4)
		return 0;
	if (n >= 12)
		sscanf(dtm + 10, "%2d", &mi);
	if (n >= 14)
		sscanf(dtm + 12, "%2d", &s);
	if (*p == '.') {
		size_t f = digits(p + 1);
		if (n != 14 || f < 1 || f > 4)
			return 0;
		snprintf(frac, sizeof(frac), ".%.*s", (int)f, p + 1);
		p += 1 + f;
	}
	if (*p == '+' || *p == '-') {
		if (digits(p + 1) != 4 || p[5])
			return 0;
		snprintf(zone, sizeof(zone), "%c%.2s:%.2s", p[0], p + 1, p + 3);
	} else if (*p) {
		return 0;
	} else {
		if (mo < 1 || mo > 12)
			return 0;
		snprintf(zone, sizeof(zone), "%s",
			 dutch_summer_time(y, mo, d, h) ? "+02:00" : "+01:00");
	}
	snprintf(out, 40, "%04d-%02d-%02dT%02d:%02d:%02d%s%s", y, mo, d, h, mi, s, frac, zone);
	return 1;
}

int iso_to_dtm(const char *iso, char out[32])
{
	size_t o = 0, i;

	/* keep the digits of date and time, the fraction, and the zone without ':' */
	for (i = 0; iso[i] && o < 31; i++) {
		char c = iso[i];
		if (isdigit((unsigned char)c)) {
			out[o++] = c;
		} else if (c == '.' && i > 10) {
			out[o++] = c;
		} else if ((c == '+' || c == '-') && i > 10) {
			out[o++] = c;
		} else if (c == 'Z' && i > 10) {
			if (o + 5 > 31)
				return 0;
			memcpy(out + o, "+0000", 5);
			o += 5;
		}
	}
	out[o] = '\0';
	return o >= 4;
}
