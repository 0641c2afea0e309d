/*
 * <beweegbrug/api.h>: the local HIS API.
 * Part of the public API; programs include <beweegbrug.h>, which
 * includes every topic header. This one also compiles on its own.
 */
#ifndef BEWEEGBRUG_API_H
#define BEWEEGBRUG_API_H

#include "beweegbrug/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- the local HIS API (HTTP on a Unix socket or loopback) ------------------- */

/*
 * For a HIS on the same machine that does not load this library: HTTP/1.1
 * on a Unix socket, created with mode 0660 (owner and group may connect;
 * `group` names the group, else the process's), or on TCP as the
 * configuration's [api] section says (plain on loopback only; HTTPS with
 * client certificates when it names certificate, key and ca_file). The
 * [api] section also holds the connection limits (docs/security.md). POST
 * /referrals (as
 * bb_refer), GET /referrals/{id} (outbox state and received feedback),
 * GET /offers (bb_offers_suggest on the configured beweegkaart), GET
 * /journal and POST /journal/{id}/ack (the entries `journal_dir` holds,
 * as `beweegbrug serve --journal-dir` writes them, each offered until the
 * HIS acknowledges it). Errors are application/problem+json with the
 * library's messages. docs/openapi.yaml describes every answer.
 */
typedef struct bb_api bb_api;
typedef struct bb_api_options {
	unsigned int version;       /* BB_API_OPTIONS_VERSION */
	const char *socket_path;    /* NULL: [api] socket or listen */
	const char *group;          /* the socket file's group; NULL: the process's */
	const char *journal_dir;    /* NULL: no journal feed */
	size_t max_body;            /* bytes; 0: 1 MiB */
	int timeout;                /* seconds a connection may be idle; 0: [api] timeout, else 60 */
} bb_api_options;
#define BB_API_OPTIONS_VERSION 1
#define BB_API_OPTIONS_INIT { BB_API_OPTIONS_VERSION, NULL, NULL, NULL, 0, 0 }

/* Thread safety: safe. */
BB_EXTERN int bb_api_new(bb_api **out, bb_connector *connector, const bb_api_options *options);
/*
 * "unix:PATH", "http://HOST:PORT" or "https://HOST:PORT" (valid until free).
 * Thread safety: safe.
 */
BB_EXTERN const char *bb_api_address(const bb_api *api);
/* Answer requests until bb_api_stop. Thread safety: one thread per handle. */
BB_EXTERN int bb_api_run(bb_api *api);
/* Answer the waiting long polls, stop, return from run. Thread safety: safe. */
BB_EXTERN void bb_api_stop(bb_api *api);
/*
 * Over HTTPS: read the [api] certificate, key and CA file again, for
 * connections accepted from now on; open connections keep theirs. On bad
 * files the API goes on with the old ones and this returns the error. On
 * the Unix socket or plain TCP: BB_OK, nothing to do.
 * `beweegbrug api` calls it on SIGHUP, with bb_connector_reload (which
 * reads the beweegkaart again).
 * Thread safety: safe.
 */
BB_EXTERN int bb_api_reload(bb_api *api);
/*
 * Closes the listener and removes the socket file.
 * Thread safety: not thread-safe (after bb_api_run has returned).
 */
BB_EXTERN void bb_api_free(bb_api *api);

/*
 * Feedback to a HIS that takes HL7 v2 over MLLP: send `entry` (what
 * bb_feedback_to_his made with `adapter`, an ORU^R01) to the HIS's
 * listener at `address` ("host:port") in one MLLP frame and wait for its
 * answer (30 s at most). BB_OK only when the HIS's answer, read by the
 * adapter, accepts this message (HL7 v2: AA or CA naming its control
 * id); BB_EUNAVAILABLE when the HIS cannot be reached, does not answer,
 * answers something else or asks to be sent again later (AR); BB_EREFUSED when it refused the
 * content (AE). One attempt; the caller retries.
 * Thread safety: safe.
 */
BB_EXTERN int bb_his_deliver(bb_connector *connector, const char *adapter, const char *address,
			     const void *entry, size_t len);
/*
 * Apply received feedback by sending it to the HIS with bb_his_deliver, to
 * [mllp] feedback_to with [mllp] adapter (default his_adapter): the
 * feedback callback of bb_connector_on_feedback. A message the HIS did not
 * take after three quick tries stays pending and is tried again with the
 * next received message or bb_inbox_apply_pending. BB_ENOTFOUND without
 * feedback_to.
 * Thread safety: not thread-safe (set it before the threads start).
 */
BB_EXTERN int bb_connector_feedback_to_his(bb_connector *connector);

#ifdef __cplusplus
}
#endif

#endif
