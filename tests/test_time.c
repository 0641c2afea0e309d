/*
 * Dates shown to a person are Europe/Amsterdam, summer time included.
 * The core computes the EU rule itself (a library must not set TZ); here
 * it is checked against the C library's tz database, for which this test
 * process alone sets TZ=Europe/Amsterdam: every hour around every summer
 * time change from 1981 to 2037, and a sample of ordinary hours.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "terminology/nl_time.h"

static int have_tzdata;

static int setup(void **state)
{
	struct tm tm;
	time_t july = 1184000000;   /* 2007-07-09: summer time in Amsterdam */
	(void)state;

	setenv("TZ", "Europe/Amsterdam", 1);
	tzset();
	/* without the tz database glibc falls back to UTC: then only the fixed cases run */
	have_tzdata = localtime_r(&july, &tm) && tm.tm_gmtoff == 7200;
	return 0;
}

static void words(const char *iso, int with_time, const char *expect)
{
	char buf[64];

	term_nl_date_words(buf, sizeof(buf), iso, with_time);
	if (strcmp(buf, expect) != 0)
		fail_msg("%s: \"%s\", not \"%s\"", iso, buf, expect);
}

static void fixed_cases(void **state)
{
	char day[11];
	(void)state;

	/* 23:30 UTC on 18 May is 01:30 on 19 May in Amsterdam (CEST) */
	words("2027-05-18T23:30:00Z", 0, "19 mei 2027");
	words("2027-05-18T23:30:00Z", 1, "19 mei 2027 om 01:30");
	assert_true(term_nl_local_date(day, "2027-05-18T23:30:00Z"));
	assert_string_equal(day, "2027-05-19");
	/* in winter the same hour is still the day before at 00:30 */
	words("2027-01-18T23:30:00Z", 1, "19 januari 2027 om 00:30");
	words("2027-01-18T22:59:59Z", 1, "18 januari 2027 om 23:59");
	/* an offset other than Amsterdam's is converted too */
	words("2027-05-18T20:00:00-05:00", 1, "19 mei 2027 om 03:00");
	words("2027-05-19T01:30:00+02:00", 1, "19 mei 2027 om 01:30");
	/* a bare date stays that date; partial dates as they are */
	words("2027-05-18", 1, "18 mei 2027");
	words("2027-05", 0, "mei 2027");
	words("2027", 0, "2027");
	words("niet-een-datum", 0, "niet-een-datum");
	/* the changes of 2027: 28 March and 31 October, at 01:00 UTC */
	words("2027-03-28T00:59:59Z", 1, "28 maart 2027 om 01:59");
	words("2027-03-28T01:00:00Z", 1, "28 maart 2027 om 03:00");
	words("2027-10-31T00:59:59Z", 1, "31 oktober 2027 om 02:59");
	words("2027-10-31T01:00:00Z", 1, "31 oktober 2027 om 02:00");
	/* before 1996 summer time ended in September */
	words("1995-09-24T00:30:00Z", 1, "24 september 1995 om 02:30");
	words("1995-09-24T01:30:00Z", 1, "24 september 1995 om 02:30");
	words("1995-10-01T12:00:00Z", 1, "1 oktober 1995 om 13:00");
	/* fractional seconds and a leap day */
	words("2028-02-29T23:15:30.123Z", 1, "1 maart 2028 om 00:15");
	/* today in Amsterdam */
	term_nl_today(day, 1810683000);   /* 2027-05-18T23:30:00Z */
	assert_string_equal(day, "2027-05-19");
}

static void agrees_with_tz_database(void **state)
{
	int64_t t, checked = 0;
	int year;
	(void)state;

	if (!have_tzdata) {
		print_message("tz database (tzdata) not installed: only the fixed cases ran\n");
		skip();
	}
	for (year = 1981; year <= 2037; year++) {
		struct tm start = { 0 };
		time_t jan;
		start.tm_year = year - 1900;
		start.tm_mday = 1;
		jan = timegm(&start);
		/* every hour of March, April, September, October and November; every 7th hour else */
		for (t = jan; t < jan + 366 * 86400; t += 3600) {
			struct tm tm;
			time_t tt = (time_t)t;
			int mon;
			gmtime_r(&tt, &tm);
			if (tm.tm_year != year - 1900)
				break;
			mon = tm.tm_mon + 1;
			if (!(mon == 3 || mon == 4 || mon == 9 || mon == 10 || mon == 11) && (t / 3600) % 7)
				continue;
			localtime_r(&tt, &tm);
			if (tm.tm_gmtoff != term_nl_offset(t))
				fail_msg("%lld (%d): tz database %ld, ours %ld", (long long)t, year,
					 (long)tm.tm_gmtoff, term_nl_offset(t));
			checked++;
		}
	}
	print_message("%lld hours from 1981 to 2037 agree with the tz database\n", (long long)checked);
	assert_true(checked > 150000);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(fixed_cases),
		cmocka_unit_test(agrees_with_tz_database),
	};
	return cmocka_run_group_tests(tests, setup, NULL);
}
