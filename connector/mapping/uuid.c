#include "uuid.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <sys/random.h>

#include <openssl/evp.h>

/* 8-4-4-4-12 lower-case hex digits (no printf: a message makes dozens) */
static void format_uuid(char out[UUID_STR_LEN], const unsigned char *b)
{
	static const char hex[] = "0123456789abcdef";
	size_t i, o = 0;

	for (i = 0; i < 16; i++) {
		if (i == 4 || i == 6 || i == 8 || i == 10)
			out[o++] = '-';
		out[o++] = hex[b[i] >> 4];
		out[o++] = hex[b[i] & 0xF];
	}
	out[o] = '\0';
}

/*
 * SHA-1, fetched from OpenSSL's provider once per process: EVP_sha1()
 * would have OpenSSL look the algorithm up again on every digest.
 */
static pthread_once_t sha1_once = PTHREAD_ONCE_INIT;
static EVP_MD *sha1;

static void fetch_sha1(void)
{
	sha1 = EVP_MD_fetch(NULL, "SHA1", NULL);
}

/* Our namespace for name-based ids (itself a random UUID, fixed forever). */
static const unsigned char bb_namespace[16] = {
	0x5d, 0x2c, 0x8e, 0x41, 0x7a, 0x93, 0x4f, 0x0b,
	0x9c, 0x61, 0x2e, 0xd4, 0x83, 0x17, 0xb5, 0x6a
};

int mapping_uuid_v5(char out[UUID_STR_LEN], const char *name, size_t len)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;
	EVP_MD_CTX *ctx;
	int ok;

	pthread_once(&sha1_once, fetch_sha1);
	ctx = EVP_MD_CTX_new();
	ok = ctx && EVP_DigestInit_ex(ctx, sha1 ? sha1 : EVP_sha1(), NULL) == 1 &&
	     EVP_DigestUpdate(ctx, bb_namespace, sizeof(bb_namespace)) == 1 &&
	     EVP_DigestUpdate(ctx, name, len) == 1 &&
	     EVP_DigestFinal_ex(ctx, md, &mdlen) == 1 && mdlen >= 16;
	EVP_MD_CTX_free(ctx);
	if (!ok)
		return -1;
	md[6] = (unsigned char)((md[6] & 0x0f) | 0x50);   /* version 5 */
	md[8] = (unsigned char)((md[8] & 0x3f) | 0x80);   /* RFC 4122 variant */
	format_uuid(out, md);
	return 0;
}

int mapping_uuid_v4(char out[UUID_STR_LEN])
{
	unsigned char b[16];
	size_t got = 0;

	while (got < sizeof(b)) {
		ssize_t n = getrandom(b + got, sizeof(b) - got, 0);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		got += (size_t)n;
	}
	b[6] = (unsigned char)((b[6] & 0x0f) | 0x40);   /* version 4 */
	b[8] = (unsigned char)((b[8] & 0x3f) | 0x80);   /* RFC 4122 variant */
	format_uuid(out, b);
	return 0;
}

int mapping_uuid_is_valid(const char *s)
{
	int i;

	for (i = 0; i < 36; i++) {
		char c = s[i];
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (c != '-')
				return 0;
		} else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
			return 0;
		}
	}
	return s[36] == '\0';
}
