#include "lexical.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static int digits(const char *s, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static int num(const char *s, int n)
{
	int v = 0, i;

	for (i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

static int days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 && leap ? 29 : days[m - 1];
}

/* Parses a date prefix; returns its length, or 0 if there is no valid one. */
static size_t date_prefix(const char *s, int full)
{
	int y, m, d;

	if (!digits(s, 4) || (y = num(s, 4)) < 1)
		return 0;
	if (s[4] != '-')
		return full ? 0 : 4;
	if (!digits(s + 5, 2) || (m = num(s + 5, 2)) < 1 || m > 12)
		return 0;
	if (s[7] != '-')
		return full ? 0 : 7;
	if (!digits(s + 8, 2) || (d = num(s + 8, 2)) < 1 || d > days_in_month(y, m))
		return 0;
	return 10;
}

int lex_is_date(const char *s, int full)
{
	size_t n = date_prefix(s, full);
	return n && s[n] == '\0';
}

/* hh:mm:ss(.f+)? ; returns length or 0 */
static size_t time_prefix(const char *s)
{
	size_t n = 8;

	if (!digits(s, 2) || s[2] != ':' || !digits(s + 3, 2) || s[5] != ':' || !digits(s + 6, 2))
		return 0;
	if (num(s, 2) > 23 || num(s + 3, 2) > 59 || num(s + 6, 2) > 60)
		return 0;
	if (s[8] == '.') {
		n = 9;
		while (s[n] >= '0' && s[n] <= '9')
			n++;
		if (n == 9)
			return 0;
	}
	return n;
}

static int zone_ok(const char *z)
{
	if (strcmp(z, "Z") == 0)
		return 1;
	if ((z[0] != '+' && z[0] != '-') || !digits(z + 1, 2) || z[3] != ':' ||
	    !digits(z + 4, 2) || z[6] != '\0')
		return 0;
	return num(z + 1, 2) <= 14 && num(z + 4, 2) <= 59;
}

static int datetime(const char *s, int need_time)
{
	size_t n = date_prefix(s, need_time), t;

	if (!n)
		return 0;
	if (s[n] == '\0')
		return !need_time;
	if (n != 10 || s[n] != 'T')
		return 0;
	t = time_prefix(s + n + 1);
	if (!t)
		return 0;
	return zone_ok(s + n + 1 + t);
}

int lex_is_datetime(const char *s)
{
	return datetime(s, 0);
}

int lex_is_decimal(const char *s)
{
	const char *p = s;

	if (*p == '-')
		p++;
	if (*p == '0')
		p++;
	else if (*p >= '1' && *p <= '9')
		while (*p >= '0' && *p <= '9')
			p++;
	else
		return 0;
	if (*p == '.') {
		p++;
		if (*p < '0' || *p > '9')
			return 0;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	if (*p == 'e' || *p == 'E') {
		p++;
		if (*p == '+' || *p == '-')
			p++;
		if (*p < '0' || *p > '9')
			return 0;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	return *p == '\0';
}

int lex_is_integer(const char *s, long min)
{
	const char *p = s;
	char *end;
	long v;

	if (*p == '-')
		p++;
	if (*p == '0' && p[1] != '\0')
		return 0;
	if (*p < '0' || *p > '9')
		return 0;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *end || v < -2147483648L || v > 2147483647L)
		return 0;
	return v >= min;
}
