/*
 * libcrypto, loaded on first use: see lazy.h. It was the largest library
 * loaded with libbeweegbrug (3,377 symbol bindings, 21,000 relocations: a
 * quarter of `beweegbrug convert`'s start-up), yet only the outbox's seal,
 * the audit trail, name-based ids and the TLS code need it. libssl and
 * libevent_openssl, themselves loaded on first use, load it as theirs.
 */
#include "lazy/lazy.h"

#include <string.h>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#ifndef BB_CRYPTO_SONAME
#define BB_CRYPTO_SONAME "libcrypto.so.3"
#endif

static lazy_lib lib = LAZY_LIB(BB_CRYPTO_SONAME);

/*
 * Wiping a secret must not load a library: keys are wiped when a
 * connector is freed, also by commands that never used them. glibc's
 * explicit_bzero gives OPENSSL_cleanse's guarantee (the compiler may not
 * drop it).
 */
void OPENSSL_cleanse(void *ptr, size_t len)
{
	explicit_bzero(ptr, len);
}

LAZY(lib, long, BIO_ctrl, (BIO *bp, int cmd, long larg, void *parg), (bp, cmd, larg, parg))
LAZY(lib, int, BIO_free, (BIO *a), (a))
LAZY(lib, BIO *, BIO_new, (const BIO_METHOD *type), (type))
LAZY(lib, BIO *, BIO_new_mem_buf, (const void *buf, int len), (buf, len))
LAZY(lib, const BIO_METHOD *, BIO_s_mem, (void), ())
LAZY(lib, int, CRYPTO_get_ex_new_index,
     (int class_index, long argl, void *argp, CRYPTO_EX_new *new_func, CRYPTO_EX_dup *dup_func,
      CRYPTO_EX_free *free_func),
     (class_index, argl, argp, new_func, dup_func, free_func))
LAZY(lib, int, CRYPTO_memcmp, (const void *in_a, const void *in_b, size_t len), (in_a, in_b, len))
LAZY_VOID(lib, ERR_clear_error, (void), ())
LAZY_VOID(lib, ERR_error_string_n, (unsigned long e, char *buf, size_t len), (e, buf, len))
LAZY(lib, unsigned long, ERR_peek_last_error, (void), ())
LAZY(lib, int, EVP_CIPHER_CTX_ctrl, (EVP_CIPHER_CTX *ctx, int type, int arg, void *ptr),
     (ctx, type, arg, ptr))
LAZY_VOID(lib, EVP_CIPHER_CTX_free, (EVP_CIPHER_CTX *c), (c))
LAZY(lib, EVP_CIPHER_CTX *, EVP_CIPHER_CTX_new, (void), ())
LAZY(lib, int, EVP_DecryptFinal_ex, (EVP_CIPHER_CTX *ctx, unsigned char *outm, int *outl),
     (ctx, outm, outl))
LAZY(lib, int, EVP_DecryptInit_ex,
     (EVP_CIPHER_CTX *ctx, const EVP_CIPHER *cipher, ENGINE *impl, const unsigned char *key,
      const unsigned char *iv),
     (ctx, cipher, impl, key, iv))
LAZY(lib, int, EVP_DecryptUpdate,
     (EVP_CIPHER_CTX *ctx, unsigned char *out, int *outl, const unsigned char *in, int inl),
     (ctx, out, outl, in, inl))
LAZY(lib, int, EVP_Digest,
     (const void *data, size_t count, unsigned char *md, unsigned int *size, const EVP_MD *type,
      ENGINE *impl),
     (data, count, md, size, type, impl))
LAZY(lib, int, EVP_DigestFinal_ex, (EVP_MD_CTX *ctx, unsigned char *md, unsigned int *s),
     (ctx, md, s))
LAZY(lib, int, EVP_DigestInit_ex, (EVP_MD_CTX *ctx, const EVP_MD *type, ENGINE *impl),
     (ctx, type, impl))
LAZY(lib, int, EVP_DigestUpdate, (EVP_MD_CTX *ctx, const void *d, size_t cnt), (ctx, d, cnt))
LAZY(lib, int, EVP_EncryptFinal_ex, (EVP_CIPHER_CTX *ctx, unsigned char *out, int *outl),
     (ctx, out, outl))
LAZY(lib, int, EVP_EncryptInit_ex,
     (EVP_CIPHER_CTX *ctx, const EVP_CIPHER *cipher, ENGINE *impl, const unsigned char *key,
      const unsigned char *iv),
     (ctx, cipher, impl, key, iv))
LAZY(lib, int, EVP_EncryptUpdate,
     (EVP_CIPHER_CTX *ctx, unsigned char *out, int *outl, const unsigned char *in, int inl),
     (ctx, out, outl, in, inl))
LAZY_VOID(lib, EVP_MD_CTX_free, (EVP_MD_CTX *ctx), (ctx))
LAZY(lib, EVP_MD_CTX *, EVP_MD_CTX_new, (void), ())
LAZY(lib, EVP_MD *, EVP_MD_fetch, (OSSL_LIB_CTX *ctx, const char *algorithm, const char *properties),
     (ctx, algorithm, properties))
LAZY(lib, int, EVP_PKEY_CTX_add1_hkdf_info, (EVP_PKEY_CTX *ctx, const unsigned char *info, int infolen),
     (ctx, info, infolen))
LAZY_VOID(lib, EVP_PKEY_CTX_free, (EVP_PKEY_CTX *ctx), (ctx))
LAZY(lib, EVP_PKEY_CTX *, EVP_PKEY_CTX_new_id, (int id, ENGINE *e), (id, e))
LAZY(lib, int, EVP_PKEY_CTX_set1_hkdf_key, (EVP_PKEY_CTX *ctx, const unsigned char *key, int keylen),
     (ctx, key, keylen))
LAZY(lib, int, EVP_PKEY_CTX_set_hkdf_md, (EVP_PKEY_CTX *ctx, const EVP_MD *md), (ctx, md))
LAZY(lib, int, EVP_PKEY_derive, (EVP_PKEY_CTX *ctx, unsigned char *key, size_t *keylen),
     (ctx, key, keylen))
LAZY(lib, int, EVP_PKEY_derive_init, (EVP_PKEY_CTX *ctx), (ctx))
LAZY(lib, const EVP_CIPHER *, EVP_aes_256_gcm, (void), ())
LAZY(lib, const EVP_MD *, EVP_sha1, (void), ())
LAZY(lib, const EVP_MD *, EVP_sha256, (void), ())
LAZY(lib, unsigned char *, HMAC,
     (const EVP_MD *evp_md, const void *key, int key_len, const unsigned char *data, size_t data_len,
      unsigned char *md, unsigned int *md_len),
     (evp_md, key, key_len, data, data_len, md, md_len))
LAZY(lib, X509 *, PEM_read_bio_X509, (BIO *out, X509 **x, pem_password_cb *cb, void *u),
     (out, x, cb, u))
LAZY(lib, int, PEM_write_bio_X509, (BIO *out, const X509 *x), (out, x))
LAZY(lib, int, RAND_bytes, (unsigned char *buf, int num), (buf, num))
LAZY(lib, int, X509_NAME_get_text_by_NID, (const X509_NAME *name, int nid, char *buf, int len),
     (name, nid, buf, len))
LAZY(lib, int, X509_NAME_print_ex, (BIO *out, const X509_NAME *nm, int indent, unsigned long flags),
     (out, nm, indent, flags))
LAZY(lib, int, X509_digest, (const X509 *data, const EVP_MD *type, unsigned char *md, unsigned int *len),
     (data, type, md, len))
LAZY_VOID(lib, X509_free, (X509 *a), (a))
LAZY(lib, X509_NAME *, X509_get_subject_name, (const X509 *a), (a))
