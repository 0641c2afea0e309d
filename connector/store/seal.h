/*
 * Payload encryption for the outbox: AES-256-GCM (OpenSSL EVP) with a
 * random 96-bit nonce per message. Sealed form: nonce || ciphertext || tag.
 */
#ifndef BB_SEAL_H
#define BB_SEAL_H

#include <stddef.h>

#include "util/diag.h"

#define SEAL_KEY_LEN 32
#define SEAL_OVERHEAD (12 + 16)

/*
 * Read a key file: 32 raw bytes, or 64 hex digits (a trailing newline is
 * fine). The file must belong to us and be unreadable by group and others.
 */
int seal_load_key(unsigned char key[SEAL_KEY_LEN], const char *path, diag_list *d);
/* The same for another key file; `what` names it in messages ("audit key"). */
int seal_load_key_named(unsigned char key[SEAL_KEY_LEN], const char *path, const char *what,
			diag_list *d);

/* out must hold len + SEAL_OVERHEAD bytes. 0 on success. */
int seal_encrypt(const unsigned char key[SEAL_KEY_LEN], const void *aad, size_t aad_len,
	 const void *in, size_t len, unsigned char *out);
/* out must hold len - SEAL_OVERHEAD bytes. 0 on success, -1 if tampered or wrong key. */
int seal_decrypt(const unsigned char key[SEAL_KEY_LEN], const void *aad, size_t aad_len,
	   const unsigned char *in, size_t len, unsigned char *out);

#endif
