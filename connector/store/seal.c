#include "seal.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include "beweegbrug.h"

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int seal_load_key(unsigned char key[SEAL_KEY_LEN], const char *path, diag_list *d)
{
	return seal_load_key_named(key, path, "outbox key", d);
}

int seal_load_key_named(unsigned char key[SEAL_KEY_LEN], const char *path, const char *what,
			diag_list *d)
{
	unsigned char buf[130];
	struct stat st;
	ssize_t n;
	size_t i, len;
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);

	if (fd < 0)
		return diag_add(d, BB_ECONFIG, path, 0, NULL, "cannot open the %s: %s",
				what, strerror(errno));
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return diag_add(d, BB_ECONFIG, path, 0, NULL, "the %s is not a regular file", what);
	}
	/* A key others can read protects nothing: refuse to start. */
	if (st.st_mode & 077) {
		close(fd);
		return diag_add(d, BB_ECONFIG, path, 0, NULL,
				"the %s is readable by others (mode %03o); chmod 600 it",
				what, (unsigned)(st.st_mode & 0777));
	}
	n = read(fd, buf, sizeof(buf));
	close(fd);
	if (n < 0)
		return diag_add(d, BB_ECONFIG, path, 0, NULL, "cannot read the %s: %s",
				what, strerror(errno));
	len = (size_t)n;
	if (len == SEAL_KEY_LEN) {
		memcpy(key, buf, SEAL_KEY_LEN);
		OPENSSL_cleanse(buf, sizeof(buf));
		return BB_OK;
	}
	while (len && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
		len--;
	if (len != 2 * SEAL_KEY_LEN) {
		OPENSSL_cleanse(buf, sizeof(buf));
		return diag_add(d, BB_ECONFIG, path, 0, NULL,
				"the %s must be 32 bytes or 64 hex digits", what);
	}
	for (i = 0; i < SEAL_KEY_LEN; i++) {
		int hi = hexval(buf[2 * i]), lo = hexval(buf[2 * i + 1]);
		if (hi < 0 || lo < 0) {
			OPENSSL_cleanse(buf, sizeof(buf));
			OPENSSL_cleanse(key, SEAL_KEY_LEN);
			return diag_add(d, BB_ECONFIG, path, 0, NULL,
					"the %s must be 32 bytes or 64 hex digits", what);
		}
		key[i] = (unsigned char)(hi << 4 | lo);
	}
	OPENSSL_cleanse(buf, sizeof(buf));
	return BB_OK;
}

int seal_encrypt(const unsigned char key[SEAL_KEY_LEN], const void *aad, size_t aad_len,
	 const void *in, size_t len, unsigned char *out)
{
	EVP_CIPHER_CTX *ctx;
	int n, ok;

	if (len > 0x7fffffff || aad_len > 0x7fffffff || RAND_bytes(out, 12) != 1)
		return -1;
	ctx = EVP_CIPHER_CTX_new();
	if (!ctx)
		return -1;
	ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, out) == 1 &&
	     EVP_EncryptUpdate(ctx, NULL, &n, aad, (int)aad_len) == 1 &&
	     EVP_EncryptUpdate(ctx, out + 12, &n, in, (int)len) == 1 &&
	     EVP_EncryptFinal_ex(ctx, out + 12 + n, &n) == 1 &&
	     EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, out + 12 + len) == 1;
	EVP_CIPHER_CTX_free(ctx);
	return ok ? 0 : -1;
}

int seal_decrypt(const unsigned char key[SEAL_KEY_LEN], const void *aad, size_t aad_len,
	   const unsigned char *in, size_t len, unsigned char *out)
{
	EVP_CIPHER_CTX *ctx;
	size_t clen;
	int n, ok;

	if (len < SEAL_OVERHEAD || len > 0x7fffffff || aad_len > 0x7fffffff)
		return -1;
	clen = len - SEAL_OVERHEAD;
	ctx = EVP_CIPHER_CTX_new();
	if (!ctx)
		return -1;
	ok = EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, in) == 1 &&
	     EVP_DecryptUpdate(ctx, NULL, &n, aad, (int)aad_len) == 1 &&
	     EVP_DecryptUpdate(ctx, out, &n, in + 12, (int)clen) == 1 &&
	     EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, (void *)(in + 12 + clen)) == 1 &&
	     EVP_DecryptFinal_ex(ctx, out + n, &n) == 1;
	EVP_CIPHER_CTX_free(ctx);
	return ok ? 0 : -1;
}
