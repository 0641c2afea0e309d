/*
 * Patient pseudonyms for the audit trail. A BSN never goes into the
 * trail; HMAC-SHA256 under a key of ours does, so that the same patient
 * has the same pseudonym in every record (who was sent what about whom),
 * while someone with the file but not the key cannot test BSNs against it
 * (there are only 10^9 of them, so an unkeyed hash would be reversible).
 *
 * The key is derived with HKDF-SHA256 from a key file: audit_key when
 * configured, else outbox_key. Deriving keeps the HMAC key apart from the
 * outbox's encryption key even when both come from the same file. The
 * key of the chain (audit_log.c) is derived from the same file here,
 * with another info string.
 */
#include "audit.h"

#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>

#include "beweegbrug.h"
#include "store/seal.h"

static const char pseudonym_info[] = "beweegbrug audit pseudonym v1";
static const char chain_info[] = "beweegbrug audit chain v1";

static int derive(unsigned char key[AUDIT_KEY_LEN], const unsigned char ikm[SEAL_KEY_LEN],
		  const char *info)
{
	size_t outlen = AUDIT_KEY_LEN;
	EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, NULL);
	int ok = ctx && EVP_PKEY_derive_init(ctx) > 0 &&
		 EVP_PKEY_CTX_set_hkdf_md(ctx, EVP_sha256()) > 0 &&
		 EVP_PKEY_CTX_set1_hkdf_key(ctx, ikm, SEAL_KEY_LEN) > 0 &&
		 EVP_PKEY_CTX_add1_hkdf_info(ctx, (const unsigned char *)info, (int)strlen(info)) > 0 &&
		 EVP_PKEY_derive(ctx, key, &outlen) > 0 && outlen == AUDIT_KEY_LEN;

	EVP_PKEY_CTX_free(ctx);
	return ok ? 0 : -1;
}

int audit_keys_load(audit_keys *k, const char *path, diag_list *d)
{
	unsigned char ikm[SEAL_KEY_LEN];
	int rc, ok;

	rc = seal_load_key_named(ikm, path, "audit key", d);
	if (rc != BB_OK)
		return rc;
	ok = derive(k->pseudonym, ikm, pseudonym_info) == 0 && derive(k->chain, ikm, chain_info) == 0;
	OPENSSL_cleanse(ikm, sizeof(ikm));
	if (!ok) {
		OPENSSL_cleanse(k, sizeof(*k));
		return diag_add(d, BB_ERROR, path, 0, NULL, "cannot derive the audit keys (HKDF)");
	}
	return BB_OK;
}

int audit_pseudonym_key(unsigned char key[AUDIT_KEY_LEN], const char *path, diag_list *d)
{
	audit_keys k;
	int rc = audit_keys_load(&k, path, d);

	if (rc == BB_OK)
		memcpy(key, k.pseudonym, AUDIT_KEY_LEN);
	OPENSSL_cleanse(&k, sizeof(k));
	return rc;
}

int audit_pseudonym_of(char out[AUDIT_PSEUDONYM_HEX + 1], const unsigned char key[AUDIT_KEY_LEN],
		 const char *bsn)
{
	static const char digits[] = "0123456789abcdef";
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	size_t i;

	if (!bsn || !HMAC(EVP_sha256(), key, AUDIT_KEY_LEN, (const unsigned char *)bsn,
			  strlen(bsn), md, &n) || n < AUDIT_PSEUDONYM_HEX / 2)
		return -1;
	for (i = 0; i < AUDIT_PSEUDONYM_HEX / 2; i++) {
		out[2 * i] = digits[md[i] >> 4];
		out[2 * i + 1] = digits[md[i] & 15];
	}
	out[AUDIT_PSEUDONYM_HEX] = '\0';
	OPENSSL_cleanse(md, sizeof(md));
	return 0;
}
