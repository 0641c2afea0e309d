/*
 * Lexical checks of FHIR R4 primitive values. Hand-written matchers
 * rather than regex(3): POSIX regex has no bounded, locale-free
 * behaviour we could rely on, and dates need calendar checks anyway.
 */
#include "fhir_prim.h"

#include <stdint.h>
#include <string.h>

#include "util/swar.h"

size_t fhir_utf8_seq(const unsigned char *p, size_t n)
{
	unsigned c = p[0];

	if (c < 0x80)
		return 1;
	if (c < 0xC2)
		return 0;   /* continuation byte or overlong 2-byte lead */
	if (c < 0xE0) {
		if (n < 2 || (p[1] & 0xC0) != 0x80)
			return 0;
		return 2;
	}
	if (c < 0xF0) {
		if (n < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE0 && p[1] < 0xA0)
			return 0;   /* overlong */
		if (c == 0xED && p[1] >= 0xA0)
			return 0;   /* UTF-16 surrogate */
		return 3;
	}
	if (c < 0xF5) {
		if (n < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 ||
		    (p[3] & 0xC0) != 0x80)
			return 0;
		if (c == 0xF0 && p[1] < 0x90)
			return 0;   /* overlong */
		if (c == 0xF4 && p[1] >= 0x90)
			return 0;   /* above U+10FFFF */
		return 4;
	}
	return 0;
}

/* 1 if all of s[0..len) is well-formed UTF-8 without NUL bytes. */
static int fhir_utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < len) {
		size_t k;

		if (p[i] == 0)
			return 0;
		k = fhir_utf8_seq(p + i, len - i);
		if (!k)
			return 0;
		i += k;
	}
	return 1;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* n digits at s[*i], value into *v */
static int digits(const char *s, size_t len, size_t *i, int n, int *v)
{
	int k;

	*v = 0;
	for (k = 0; k < n; k++) {
		if (*i >= len || !is_digit(s[*i]))
			return 0;
		*v = *v * 10 + (s[*i] - '0');
		(*i)++;
	}
	return 1;
}

static int expect(const char *s, size_t len, size_t *i, char c)
{
	if (*i >= len || s[*i] != c)
		return 0;
	(*i)++;
	return 1;
}

static int days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return days[m - 1];
}

/*
 * YYYY, YYYY-MM or YYYY-MM-DD; *parts says how many were present.
 * The year must not be 0000 (the R4 regex excludes it).
 */
static int match_date(const char *s, size_t len, size_t *i, int *parts, const char **why)
{
	int y, m, d;

	*parts = 0;
	if (!digits(s, len, i, 4, &y) || y == 0) {
		*why = "expected a year of four digits (0001-9999)";
		return 0;
	}
	*parts = 1;
	if (*i == len || s[*i] != '-')
		return 1;
	(*i)++;
	if (!digits(s, len, i, 2, &m) || m < 1 || m > 12) {
		*why = "expected a month 01-12";
		return 0;
	}
	*parts = 2;
	if (*i == len || s[*i] != '-')
		return 1;
	(*i)++;
	if (!digits(s, len, i, 2, &d) || d < 1 || d > days_in_month(y, m)) {
		*why = "day does not exist in that month";
		return 0;
	}
	*parts = 3;
	return 1;
}

/* hh:mm:ss(.f+)? */
static int match_time(const char *s, size_t len, size_t *i, const char **why)
{
	int h, m, sec;

	if (!digits(s, len, i, 2, &h) || h > 23 || !expect(s, len, i, ':') ||
	    !digits(s, len, i, 2, &m) || m > 59 || !expect(s, len, i, ':') ||
	    !digits(s, len, i, 2, &sec) || sec > 60) {
		*why = "expected a time hh:mm:ss (00:00:00-23:59:60)";
		return 0;
	}
	if (*i < len && s[*i] == '.') {
		size_t start = ++(*i);

		while (*i < len && is_digit(s[*i]))
			(*i)++;
		if (*i == start) {
			*why = "expected digits after the decimal point of the seconds";
			return 0;
		}
	}
	return 1;
}

/* Z or +hh:mm / -hh:mm with hh:mm <= 14:00 */
static int match_tz(const char *s, size_t len, size_t *i, const char **why)
{
	int h, m;

	if (*i < len && s[*i] == 'Z') {
		(*i)++;
		return 1;
	}
	if (*i >= len || (s[*i] != '+' && s[*i] != '-')) {
		*why = "a time needs a time zone (Z or +hh:mm)";
		return 0;
	}
	(*i)++;
	if (!digits(s, len, i, 2, &h) || !expect(s, len, i, ':') ||
	    !digits(s, len, i, 2, &m) || m > 59 || h > 14 || (h == 14 && m != 0)) {
		*why = "time zone offset must be -14:00..+14:00";
		return 0;
	}
	return 1;
}

static int check_date(const char *s, size_t len, const char **why)
{
	size_t i = 0;
	int parts;

	if (!match_date(s, len, &i, &parts, why))
		return 0;
	if (i != len) {
		*why = "expected a date YYYY, YYYY-MM or YYYY-MM-DD";
		return 0;
	}
	return 1;
}

static int check_datetime(const char *s, size_t len, int need_time, const char **why)
{
	size_t i = 0;
	int parts;

	if (!match_date(s, len, &i, &parts, why))
		return 0;
	if (i == len && !need_time)
		return 1;
	if (parts != 3 || i == len || s[i] != 'T') {
		*why = need_time ? "expected YYYY-MM-DDThh:mm:ss with a time zone"
				 : "expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss+zz:zz";
		return 0;
	}
	i++;
	if (!match_time(s, len, &i, why) || !match_tz(s, len, &i, why))
		return 0;
	if (i != len) {
		*why = "unexpected characters after the time zone";
		return 0;
	}
	return 1;
}

static int check_time(const char *s, size_t len, const char **why)
{
	size_t i = 0;

	if (!match_time(s, len, &i, why))
		return 0;
	if (i != len) {
		*why = "expected a time hh:mm:ss";
		return 0;
	}
	return 1;
}

/*
 * Integers: optional '-', no leading zeros, within [min, max].
 * positiveInt and unsignedInt take no sign.
 */
static int check_int(const char *s, size_t len, int allow_minus, long long min,
		     long long max, const char **why)
{
	size_t i = 0;
	long long v = 0;
	int neg = 0;

	if (allow_minus && len && s[0] == '-') {
		neg = 1;
		i++;
	}
	if (i == len || !is_digit(s[i]) || (s[i] == '0' && i + 1 < len) ||
	    (neg && s[i] == '0')) {
		*why = "expected an integer without leading zeros";
		return 0;
	}
	for (; i < len; i++) {
		if (!is_digit(s[i])) {
			*why = "expected an integer without leading zeros";
			return 0;
		}
		v = v * 10 + (s[i] - '0');
		if (v > 2147483648LL) {
			*why = "integer out of range";
			return 0;
		}
	}
	if (neg)
		v = -v;
	if (v < min || v > max) {
		*why = min > 0 ? "must be a positive integer (1..2147483647)"
		       : min == 0 ? "must be a non-negative integer (0..2147483647)"
		       : "integer out of range (32 bits)";
		return 0;
	}
	return 1;
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static int check_decimal(const char *s, size_t len, const char **why)
{
	size_t i = 0, start;

	*why = "expected a decimal such as 27.0, -1.50 or 1.2e-3";
	if (i < len && s[i] == '-')
		i++;
	if (i == len || !is_digit(s[i]))
		return 0;
	if (s[i] == '0' && i + 1 < len && is_digit(s[i + 1]))
		return 0;
	while (i < len && is_digit(s[i]))
		i++;
	if (i < len && s[i] == '.') {
		start = ++i;
		while (i < len && is_digit(s[i]))
			i++;
		if (i == start)
			return 0;
	}
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			i++;
		start = i;
		while (i < len && is_digit(s[i]))
			i++;
		if (i == start)
			return 0;
	}
	return i == len;
}

static int check_id(const char *s, size_t len, const char **why)
{
	size_t i;

	if (len > 64) {
		*why = "an id has at most 64 characters";
		return 0;
	}
	for (i = 0; i < len; i++) {
		char c = s[i];

		if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || is_digit(c) ||
		      c == '-' || c == '.')) {
			*why = "an id may only contain A-Z, a-z, 0-9, '-' and '.'";
			return 0;
		}
	}
	return 1;
}

/* [^\s]+(\s[^\s]+)* : no leading, trailing or doubled white space */
static int check_code(const char *s, size_t len, const char **why)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (is_ws(s[i]) && (i == 0 || i + 1 == len || is_ws(s[i + 1]))) {
			*why = "a code may not have leading, trailing or repeated white space";
			return 0;
		}
	}
	return 1;
}

static int check_uri(const char *s, size_t len, const char **why)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (is_ws(s[i])) {
			*why = "a uri may not contain white space";
			return 0;
		}
	}
	return 1;
}

static int check_oid(const char *s, size_t len, const char **why)
{
	size_t i = 8;

	*why = "expected urn:oid: followed by a dotted OID";
	if (len < 10 || memcmp(s, "urn:oid:", 8) != 0 || s[i] < '0' || s[i] > '2')
		return 0;
	i++;
	if (i == len)
		return 0;
	while (i < len) {
		if (s[i] != '.' || i + 1 == len || !is_digit(s[i + 1]))
			return 0;
		i++;
		if (s[i] == '0' && i + 1 < len && is_digit(s[i + 1]))
			return 0;
		while (i < len && is_digit(s[i]))
			i++;
	}
	return 1;
}

static int check_uuid(const char *s, size_t len, const char **why)
{
	size_t i;

	*why = "expected urn:uuid: followed by a lower-case UUID";
	if (len != 45 || memcmp(s, "urn:uuid:", 9) != 0)
		return 0;
	for (i = 9; i < len; i++) {
		size_t k = i - 9;

		if (k == 8 || k == 13 || k == 18 || k == 23) {
			if (s[i] != '-')
				return 0;
		} else if (!is_digit(s[i]) && !(s[i] >= 'a' && s[i] <= 'f')) {
			return 0;
		}
	}
	return 1;
}

static int check_base64(const char *s, size_t len, const char **why)
{
	size_t i, n = 0, pad = 0;

	*why = "not valid base64";
	for (i = 0; i < len; i++) {
		char c = s[i];

		if (is_ws(c))
			continue;
		if (c == '=') {
			pad++;
		} else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || is_digit(c) ||
			   c == '+' || c == '/') {
			if (pad)
				return 0;   /* data after padding */
		} else {
			return 0;
		}
		n++;
	}
	return n % 4 == 0 && pad <= 2;
}

/* FHIR's limit on a string's length: 1 MiB of characters (so at least that many bytes pass) */
#define STRING_MAX_CHARS (1024 * 1024)

/* [ \r\n\t\S]+ : no control characters; at most STRING_MAX_CHARS characters */
static int check_string(const char *s, size_t len, const char **why)
{
	size_t i = 0, chars = 0;

	/* eight bytes at a time while none is below 0x20 or 0x7F, the last
	 * eight overlapping the ones before them */
	for (; len - i >= 8 || (len >= 8 && i < len); i += 8) {
		uint64_t v;

		if (len - i < 8)
			i = len - 8;
		v = swar_load(s + i);
		if (swar_has_below(v, 0x20) | swar_has(v, 0x7F))
			break;
	}
	for (; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((c < 0x20 && !is_ws((char)c)) || c == 0x7F) {
			*why = "control characters are not allowed";
			return 0;
		}
	}
	if (len > STRING_MAX_CHARS) {
		/* only then can there be too many characters */
		for (i = 0; i < len; i++)
			if (((unsigned char)s[i] & 0xC0) != 0x80)
				chars++;
		if (chars > STRING_MAX_CHARS) {
			*why = "a string may not exceed 1048576 characters";
			return 0;
		}
	}
	return 1;
}

/*
 * No byte of s[0..len) is white space, a control character or DEL: then
 * it is a valid string, code and uri at once (most values are), checked
 * eight bytes at a time, the last eight overlapping the ones before.
 */
static int plain_text(const char *s, size_t len)
{
	uint64_t v, hit = 0;
	size_t i;

	if (len < 8) {
		for (i = 0; i < len; i++)
			if ((unsigned char)s[i] <= 0x20 || s[i] == 0x7F)
				return 0;
		return 1;
	}
	for (i = 0;; i += 8) {
		if (i > len - 8)
			i = len - 8;
		v = swar_load(s + i);
		hit |= swar_has_below(v, 0x21) | swar_has(v, 0x7F);    /* <= 0x20, or DEL */
		if (i == len - 8)
			break;
	}
	return hit == 0;
}

int fhir_prim_valid(fhir_prim p, const char *s, size_t len, const char **why)
{
	if (len > 0 && !fhir_utf8_valid(s, len)) {
		*why = "not valid UTF-8";
		return 0;
	}
	return fhir_prim_valid_text(p, s, len, why);
}

int fhir_prim_valid_text(fhir_prim p, const char *s, size_t len, const char **why)
{
	*why = "";
	if (len == 0) {
		*why = "empty value (FHIR forbids empty strings)";
		return 0;
	}
	switch (p) {
	case FHIR_PRIM_BOOLEAN:
		if ((len == 4 && memcmp(s, "true", 4) == 0) || (len == 5 && memcmp(s, "false", 5) == 0))
			return 1;
		*why = "expected true or false";
		return 0;
	case FHIR_PRIM_INTEGER:
		return check_int(s, len, 1, -2147483648LL, 2147483647LL, why);
	case FHIR_PRIM_POSITIVEINT:
		return check_int(s, len, 0, 1, 2147483647LL, why);
	case FHIR_PRIM_UNSIGNEDINT:
		return check_int(s, len, 0, 0, 2147483647LL, why);
	case FHIR_PRIM_DECIMAL:
		return check_decimal(s, len, why);
	case FHIR_PRIM_DATE:
		return check_date(s, len, why);
	case FHIR_PRIM_DATETIME:
		return check_datetime(s, len, 0, why);
	case FHIR_PRIM_INSTANT:
		return check_datetime(s, len, 1, why);
	case FHIR_PRIM_TIME:
		return check_time(s, len, why);
	case FHIR_PRIM_ID:
		return check_id(s, len, why);
	case FHIR_PRIM_CODE:
		return (len <= STRING_MAX_CHARS && plain_text(s, len)) ||
		       (check_string(s, len, why) && check_code(s, len, why));
	case FHIR_PRIM_URI:
	case FHIR_PRIM_URL:
	case FHIR_PRIM_CANONICAL:
		return (len <= STRING_MAX_CHARS && plain_text(s, len)) ||
		       (check_string(s, len, why) && check_uri(s, len, why));
	case FHIR_PRIM_OID:
		return check_oid(s, len, why);
	case FHIR_PRIM_UUID:
		return check_uuid(s, len, why);
	case FHIR_PRIM_BASE64BINARY:
		return check_base64(s, len, why);
	case FHIR_PRIM_STRING:
	case FHIR_PRIM_MARKDOWN:
		return check_string(s, len, why);
	case FHIR_PRIM_XHTML:
		return 1;
	case FHIR_PRIM_NONE:
		break;
	}
	*why = "not a primitive type";
	return 0;
}
