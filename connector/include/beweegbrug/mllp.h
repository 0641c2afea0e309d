/*
 * <beweegbrug/mllp.h>: the MLLP listener.
 * Part of the public API; programs include <beweegbrug.h>, which
 * includes every topic header. This one also compiles on its own.
 */
#ifndef BEWEEGBRUG_MLLP_H
#define BEWEEGBRUG_MLLP_H

#include "beweegbrug/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- the MLLP listener (HL7 v2 from an interface engine) ------------------ */

/*
 * [mllp] in the configuration: listen (host:port, default 127.0.0.1:2575),
 * adapter (the HIS adapter that reads and answers; default his_adapter),
 * destination (where referrals go; default the receiver each names),
 * certificate, key and ca_file (all three: TLS with client certificates
 * from ca_file, else plain TCP), max_message (bytes), max_connections,
 * max_per_peer, timeout (seconds a started message may take to arrive)
 * and idle_timeout (seconds a connection may stay silent). Each framed
 * record goes through bb_his_receive and its answer goes back on the same
 * connection, in order. Bytes outside frames are skipped (up to a limit);
 * a message over max_message is answered as refused without being read.
 * Thread safety: safe.
 */
typedef struct bb_mllp bb_mllp;
BB_EXTERN int bb_mllp_new(bb_mllp **out, bb_connector *connector);
/* The port actually listened on (useful with port 0). Thread safety: safe. */
BB_EXTERN int bb_mllp_port(const bb_mllp *listener);
/* "mllp://HOST:PORT" or "mllps://HOST:PORT" (valid until free). Thread safety: safe. */
BB_EXTERN const char *bb_mllp_address(const bb_mllp *listener);
/* Listen until bb_mllp_stop. Thread safety: one thread per handle. */
BB_EXTERN int bb_mllp_run(bb_mllp *listener);
/*
 * Stop accepting, finish the messages in progress, return from run.
 * Thread safety: safe.
 */
BB_EXTERN void bb_mllp_stop(bb_mllp *listener);
/*
 * With TLS: read the [mllp] certificate, key and CA file again, for
 * connections accepted from now on; open connections keep theirs. On bad
 * files the listener goes on with the old ones and this returns the
 * error. Without TLS: BB_OK, nothing to do. `beweegbrug mllp` calls it
 * on SIGHUP, with bb_connector_reload.
 * Thread safety: safe.
 */
BB_EXTERN int bb_mllp_reload(bb_mllp *listener);
/* Thread safety: not thread-safe (after bb_mllp_run has returned). */
BB_EXTERN void bb_mllp_free(bb_mllp *listener);

#ifdef __cplusplus
}
#endif

#endif
