#include "charset.h"

int charset_utf8_valid(const unsigned char *s, size_t n, size_t *bad)
{
	size_t i = 0, k, need;
	unsigned long cp, min;

	while (i < n) {
		unsigned char c = s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF) {
			need = 1;
			cp = c & 0x1F;
			min = 0x80;
		} else if (c >= 0xE0 && c <= 0xEF) {
			need = 2;
			cp = c & 0x0F;
			min = 0x800;
		} else if (c >= 0xF0 && c <= 0xF4) {
			need = 3;
			cp = c & 0x07;
			min = 0x10000;
		} else {
			goto invalid;
		}
		if (n - i <= need)
			goto invalid;
		for (k = 1; k <= need; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				goto invalid;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			goto invalid;
		i += need + 1;
	}
	return 1;
invalid:
	if (bad)
		*bad = i;
	return 0;
}

size_t charset_latin1_to_utf8(char *out, const unsigned char *in, size_t n)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++) {
		if (in[i] < 0x80) {
			out[o++] = (char)in[i];
		} else {
			out[o++] = (char)(0xC0 | (in[i] >> 6));
			out[o++] = (char)(0x80 | (in[i] & 0x3F));
		}
	}
	return o;
}

int charset_latin1_is_control(unsigned char c)
{
	return c >= 0x80 && c <= 0x9F;
}
