/* libssl (the server's TLS), loaded on first use: see lazy.h. It loads libcrypto as its own. */
#include "lazy/lazy.h"

#include <openssl/ssl.h>

#ifndef BB_SSL_SONAME
#define BB_SSL_SONAME "libssl.so.3"
#endif

static lazy_lib lib = LAZY_LIB(BB_SSL_SONAME);

LAZY(lib, int, SSL_CTX_check_private_key, (const SSL_CTX *ctx), (ctx))
LAZY(lib, long, SSL_CTX_ctrl, (SSL_CTX *ctx, int cmd, long larg, void *parg), (ctx, cmd, larg, parg))
LAZY_VOID(lib, SSL_CTX_free, (SSL_CTX *ctx), (ctx))
LAZY(lib, int, SSL_CTX_load_verify_locations, (SSL_CTX *ctx, const char *file, const char *path),
     (ctx, file, path))
LAZY(lib, SSL_CTX *, SSL_CTX_new, (const SSL_METHOD *m), (m))
LAZY_VOID(lib, SSL_CTX_set_client_CA_list, (SSL_CTX *ctx, STACK_OF(X509_NAME) *names), (ctx, names))
LAZY_VOID(lib, SSL_CTX_set_default_passwd_cb, (SSL_CTX *ctx, pem_password_cb *cb), (ctx, cb))
LAZY_VOID(lib, SSL_CTX_set_info_callback, (SSL_CTX *ctx, void (*cb)(const SSL *, int, int)), (ctx, cb))
LAZY(lib, X509 *, SSL_get0_peer_certificate, (const SSL *s), (s))
LAZY(lib, uint64_t, SSL_CTX_set_options, (SSL_CTX *ctx, uint64_t op), (ctx, op))
LAZY(lib, int, SSL_CTX_set_session_id_context,
     (SSL_CTX *ctx, const unsigned char *sid, unsigned int len), (ctx, sid, len))
LAZY_VOID(lib, SSL_CTX_set_verify, (SSL_CTX *ctx, int mode, SSL_verify_cb cb), (ctx, mode, cb))
LAZY(lib, int, SSL_CTX_use_PrivateKey_file, (SSL_CTX *ctx, const char *file, int type),
     (ctx, file, type))
LAZY(lib, int, SSL_CTX_use_certificate_chain_file, (SSL_CTX *ctx, const char *file), (ctx, file))
LAZY_VOID(lib, SSL_free, (SSL *s), (s))
LAZY(lib, X509 *, SSL_get1_peer_certificate, (const SSL *s), (s))
LAZY(lib, void *, SSL_get_ex_data, (const SSL *s, int idx), (s, idx))
LAZY(lib, long, SSL_get_verify_result, (const SSL *s), (s))
LAZY(lib, STACK_OF(X509_NAME) *, SSL_load_client_CA_file, (const char *file), (file))
LAZY(lib, SSL *, SSL_new, (SSL_CTX *ctx), (ctx))
LAZY(lib, int, SSL_set_ex_data, (SSL *s, int idx, void *data), (s, idx, data))
LAZY(lib, const SSL_METHOD *, TLS_server_method, (void), ())
