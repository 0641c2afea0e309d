/*
 * <beweegbrug/server.h>: the HTTPS server.
 * Part of the public API; programs include <beweegbrug.h>, which
 * includes every topic header. This one also compiles on its own.
 */
#ifndef BEWEEGBRUG_SERVER_H
#define BEWEEGBRUG_SERVER_H

#include "beweegbrug/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- the HTTPS server -------------------------------------------------- */

/*
 * [server] in the configuration: listen (host:port), certificate, key,
 * ca_file (the CAs whose client certificates are accepted),
 * max_body (bytes), max_connections, timeout (seconds). Every request
 * must bring a client certificate from ca_file; the sender is then
 * authorised by bb_inbound_process. POST [base]/$process-message, and
 * GET [base]/metadata: the CapabilityStatement (bb_capability_statement).
 * Thread safety: safe.
 */
typedef struct bb_server bb_server;
BB_EXTERN int bb_server_new(bb_server **out, bb_connector *connector);
/* The port actually listened on (useful with port 0). Thread safety: safe. */
BB_EXTERN int bb_server_port(const bb_server *server);
/* "https://HOST:PORT/BASE": the address senders post to (valid until free). Thread safety: safe. */
BB_EXTERN const char *bb_server_url(const bb_server *server);
/*
 * Serve until bb_server_stop (from another thread or a signal handler's thread).
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_server_run(bb_server *server);
/*
 * Stop accepting, finish the requests in progress, return from run.
 * Thread safety: safe.
 */
BB_EXTERN void bb_server_stop(bb_server *server);
/*
 * Read the server's certificate, key and ca_file again (a renewed
 * certificate, a new CA bundle): connections accepted from now on use
 * them; connections open now and requests in progress keep what they
 * have. When the files are bad (unreadable, key and certificate do not
 * match) the server goes on with the old ones and this returns
 * BB_ECONFIG naming the file. `beweegbrug serve` calls it on SIGHUP,
 * with bb_connector_reload.
 * Thread safety: safe.
 */
BB_EXTERN int bb_server_reload(bb_server *server);
/* Thread safety: not thread-safe (after bb_server_run has returned). */
BB_EXTERN void bb_server_free(bb_server *server);

#ifdef __cplusplus
}
#endif

#endif
