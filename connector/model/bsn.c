#include "bsn.h"

#include <string.h>

int model_is_digits(const char *s, unsigned n)
{
	unsigned i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return s[n] == '\0';
}

int model_bsn_is_valid(const char *s)
{
	int sum = 0, i;

	if (!model_is_digits(s, 9))
		return 0;
	for (i = 0; i < 8; i++)
		sum += (9 - i) * (s[i] - '0');
	sum -= s[8] - '0';
	/* All zeros passes the arithmetic but is no number anyone has. */
	return sum % 11 == 0 && strcmp(s, "000000000") != 0;
}
