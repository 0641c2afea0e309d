/*
 * <beweegbrug/common.h>: status codes, errors, the connector handle,
 * its options, memory and the version; every other topic header
 * includes it. Part of the public API; programs include <beweegbrug.h>,
 * whose first comment has the conventions and the thread-safety marks.
 */
#ifndef BEWEEGBRUG_COMMON_H
#define BEWEEGBRUG_COMMON_H

#include <stddef.h>
#include <stdint.h>

#include "beweegbrug/version.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) && __GNUC__ >= 4
#  define BB_EXTERN __attribute__((visibility("default")))
#  define BB_FORMAT(a, b) __attribute__((format(printf, a, b)))
#else
#  define BB_EXTERN
#  define BB_FORMAT(a, b)
#endif

/*
 * Status codes. The numbers are part of the ABI: never renumber, only
 * append. bb_strerror() gives a short text for each.
 */
typedef enum bb_status {
	BB_OK = 0,
	BB_ERROR = -1,        /* internal error (a bug, or the system failed) */
	BB_ENOMEM = -2,       /* out of memory */
	BB_EINVAL = -3,       /* a caller passed an invalid argument */
	BB_ENOTFOUND = -4,    /* a named thing (plugin, file, destination) does not exist */
	BB_EPLUGIN = -5,      /* a plugin could not be loaded or has no entry symbol */
	BB_EABI = -6,         /* a plugin was built for an ABI this library does not speak */
	BB_EKIND = -7,        /* a plugin is not of the kind that was asked for */
	BB_ECONFIG = -8,      /* the configuration is invalid */
	BB_EINPUT = -9,       /* input data is malformed or breaks the rules */
	BB_EIO = -10,         /* reading or writing a file failed */
	BB_EUNAVAILABLE = -11,/* a receiver could not be reached; try again later */
	BB_EREFUSED = -12,    /* a receiver refused the message; retrying will not help */
	BB_ETOOBIG = -13,     /* input exceeds a size limit */
	BB_EUNSUPPORTED = -14,/* the operation is not supported by this adapter */
	BB_ECORRUPT = -15     /* stored data is damaged or was altered (the outbox, the audit trail) */
} bb_status;

/*
 * The largest input the library reads in one piece, in bytes: a HIS record,
 * a FHIR message or resource (JSON or XML), a canonical referral document.
 * More is refused with BB_ETOOBIG before it is parsed. Adapters and
 * listeners may take less (docs/security.md lists each limit).
 */
#define BB_MAX_INPUT (16u * 1024 * 1024)

/* A short English text for a status code ("invalid input", ...). Thread safety: safe. */
BB_EXTERN const char *bb_strerror(int code);

/* The library's version, e.g. "0.1.0". Thread safety: safe. */
BB_EXTERN const char *bb_version(void);

typedef enum bb_log_level {
	BB_LOG_ERROR = 1,
	BB_LOG_WARN = 2,
	BB_LOG_INFO = 3,
	BB_LOG_DEBUG = 4
} bb_log_level;

/* "error", "warn", "info", "debug". Thread safety: safe. */
BB_EXTERN const char *bb_log_level_name(bb_log_level level);

/*
 * Log callback. `message` is one line without a newline, valid only during
 * the call. It may be called from any thread that uses the connector, so
 * the callback must be thread-safe. It may be called while the connector
 * holds its store (a message being stored), so it must not call back into
 * the connector: hand the line to a queue or a file and return.
 */
typedef void (*bb_log_fn)(bb_log_level level, const char *message, void *payload);

/*
 * Options for bb_connector_new(). Initialise with BB_OPTIONS_INIT so that
 * fields added in later versions get their defaults.
 */
typedef struct bb_options {
	unsigned int version;     /* BB_OPTIONS_VERSION */
	bb_log_fn log;            /* NULL: messages are dropped */
	void *log_payload;
	bb_log_level log_level;   /* 0: the configuration's log_level, else warn */
	/*
	 * Where to look for plugins: directories separated by ':'. NULL means:
	 * the environment variable BEWEEGBRUG_PLUGIN_PATH, else the
	 * configuration key plugin_path, else the installed plugin directory.
	 * The first of these that is set replaces the others.
	 */
	const char *plugin_path;
} bb_options;

#define BB_OPTIONS_VERSION 1
#define BB_OPTIONS_INIT { BB_OPTIONS_VERSION, NULL, NULL, (bb_log_level)0, NULL }

typedef struct bb_connector bb_connector;

/* Create a connector. `opts` may be NULL for defaults. Thread safety: safe. */
BB_EXTERN int bb_connector_new(bb_connector **out, const bb_options *opts);
/* Thread safety: not thread-safe (no other call on the connector may run, or follow). */
BB_EXTERN void bb_connector_free(bb_connector *connector);

/*
 * Read and strictly validate a configuration file (format: docs/configuration.md).
 * Unknown sections or keys, bad values and missing required keys are errors
 * that name the file and line. On failure the connector keeps no part of the
 * new configuration.
 * Thread safety: not thread-safe (before the threads start: no other call on the connector may run meanwhile).
 */
BB_EXTERN int bb_connector_load_config(bb_connector *connector, const char *path);

/*
 * Read again what the configuration names and may change on disk while
 * a service runs: each destination's client certificate, key and CA
 * bundle (kept connections are closed, idle ones at once and busy ones
 * when their call ends, so the next connection reads the files as they
 * are now), and the beweegkaart (kept when the new one is bad). Queued
 * messages and deliveries in progress are not touched. The configuration
 * file itself is not read again. BB_ECONFIG names every file that cannot
 * be read now (deliveries to its receiver fail and are retried until it
 * is fixed). `beweegbrug serve` and `deliver` call it on SIGHUP.
 * Thread safety: safe.
 */
BB_EXTERN int bb_connector_reload(bb_connector *connector);

/*
 * What went wrong in the last failed call made on this connector by this
 * thread. Never NULL: without an error it has code BB_OK and an empty
 * message. Valid until the next call on the connector from the same thread.
 */
typedef struct bb_error {
	int code;              /* a bb_status */
	const char *message;   /* full text: "source:line: field: what is wrong" */
	const char *source;    /* file or input name at fault, or NULL */
	unsigned line;         /* line in `source`, 0 when unknown */
	const char *field;     /* key, FHIR path or segment-field at fault, or NULL */
} bb_error;

/* Thread safety: safe. */
BB_EXTERN const bb_error *bb_error_last(const bb_connector *connector);
BB_EXTERN void bb_error_clear(const bb_connector *connector);

/*
 * Some inputs have more than one problem. These give all of the last
 * failed call's problems, each a line as in bb_error.message; index 0 is
 * the same as bb_error_last().
 * Thread safety: safe.
 */
BB_EXTERN size_t bb_error_count(const bb_connector *connector);
BB_EXTERN const char *bb_error_message_at(const bb_connector *connector, size_t index);

/* ---- memory ------------------------------------------------------------ */

/* Free memory the library handed out (strings and buffers). Thread safety: safe. */
BB_EXTERN void bb_free(void *ptr);

#ifdef __cplusplus
}
#endif

#endif
