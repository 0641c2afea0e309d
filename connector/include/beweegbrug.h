/*
 * libbeweegbrug: referrals from Dutch general practice to local sport and
 * exercise offers, and the feedback back into the patient record.
 *
 * This is the header a HIS vendor includes. Conventions (as in libgit2):
 *   - every handle is opaque and has a _new/_free pair;
 *   - functions return an int: BB_OK (0) or a negative bb_status;
 *   - output parameters come first, before the handle and the inputs
 *     (bb_refer(&receipt, connector, &record, offer_id)); a function with
 *     one output names it `out`. Two kinds of function keep another order:
 *     an accessor that returns its result directly gives that result's
 *     length through a last `len` (bb_message_body), and the callbacks of
 *     a plugin's bb_adapter table take their state and host first;
 *   - a parameter or field that holds a value of one of the enums below
 *     has that enum's type (bb_format, bb_referral_field, ...); `int`
 *     stays for plain numbers, for yes/no (0 or 1), and for status codes:
 *     the int a function returns, bb_error.code, bb_strerror's argument
 *     (a code from a newer library is still an int). The plugin table's
 *     fields are uint32_t, as its layout is frozen (beweegbrug/plugin.h);
 *   - a struct the caller allocates that may grow starts with `unsigned
 *     int version`, set by its BB_*_INIT (bb_options, bb_delivery_stats,
 *     bb_inbound_response, ...). The library reads and writes only the
 *     fields of the caller's version and refuses one it does not know (0:
 *     not initialised, or newer than the library) with BB_EINVAL naming
 *     the struct. A version rather than a size, as libgit2's option
 *     structs: the first structs here had one, and a version names a set
 *     of fields where a size also moves with padding;
 *   - a struct the library hands out is read through a pointer and only
 *     ever gets fields appended; several of them come as an opaque list
 *     with _count and _at (bb_suggestions), never as an array the caller
 *     steps through by the struct's size;
 *   - what a function returns through `out` belongs to the caller and is
 *     released with the matching _free; strings returned directly are
 *     borrowed and stay valid as documented;
 *   - after a failure, bb_error_last() tells what went wrong and where.
 *
 * Thread safety: a bb_connector may be shared by threads. Loading
 * configuration and plugins happens once, before the threads start;
 * after that, calls documented as thread-safe may run concurrently. The
 * last error is kept per connector *and* per thread. Every function's
 * comment ends with one of three marks (tests/thread-marks.test checks
 * that each exported function has one; docs/internals/threading.md has
 * the locks behind them):
 *   "Thread safety: safe." Any thread, at the same time as any other
 *     call, on the same connector or handle. What it only reads (a const
 *     referral, say) may be read by other threads meanwhile, not changed.
 *   "Thread safety: one thread per handle." Calls on one object (a
 *     referral, a feedback, a catalogue, a list, a server's run, the
 *     bb_host of one adapter callback) one at a time; different objects
 *     in different threads at once.
 *   "Thread safety: not thread-safe." Only while no other thread uses
 *     the connector or handle: set-up before the threads start, and _free.
 *
 * The library never writes to stdout or stderr and never exits the
 * process: messages go to the log callback given in bb_options.
 */
#ifndef BEWEEGBRUG_H
#define BEWEEGBRUG_H

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

/* ---- configuration, read back --------------------------------------- */

/* The HIS adapter named in the configuration, or NULL. Thread safety: safe. */
BB_EXTERN const char *bb_config_his_adapter(const bb_connector *connector);
/* The outbox path from the configuration, or NULL. Thread safety: safe. */
BB_EXTERN const char *bb_config_outbox(const bb_connector *connector);
BB_EXTERN size_t bb_config_destination_count(const bb_connector *connector);
/*
 * Id of destination `index`, in the order of the file; NULL when out of range.
 * Thread safety: safe.
 */
BB_EXTERN const char *bb_config_destination_id(const bb_connector *connector, size_t index);
/*
 * A destination's setting by key (e.g. "adapter", "endpoint"), as written
 * in the file; NULL when the destination or the key is not set.
 * Thread safety: safe.
 */
BB_EXTERN const char *bb_config_destination_get(const bb_connector *connector,
						const char *destination_id, const char *key);

/*
 * Every configuration key this installation knows, for tools that write
 * or document configurations: `cb` gets the section ("connector",
 * "practice", "server", "sender", "destination"), the adapter (NULL for
 * the library's own keys), the key, whether its section requires it, and
 * what the value must be in words ("one of: json, xml"). With a connector, the keys of
 * each adapter on the plugin search path follow, with the adapter's name:
 * a destination adapter's in section "destination", a HIS adapter's (its
 * code maps) in "his" (the adapter checks their values). `cb` must not
 * call the library with this connector.
 * Thread safety: safe.
 */
typedef void (*bb_config_key_cb)(const char *section, const char *adapter, const char *key,
				 int required, const char *value, void *payload);
BB_EXTERN int bb_config_keys(bb_connector *connector, bb_config_key_cb cb, void *payload);

/* ---- plugins --------------------------------------------------------- */

typedef enum bb_adapter_kind {
	BB_ADAPTER_ANY = 0,          /* bb_plugin_load: of whatever kind */
	BB_ADAPTER_HIS = 1,          /* HIS record <-> canonical model */
	BB_ADAPTER_DESTINATION = 2   /* delivers messages, fetches feedback */
} bb_adapter_kind;

/* "HIS adapter", "destination adapter". Thread safety: safe. */
BB_EXTERN const char *bb_adapter_kind_name(bb_adapter_kind kind);

typedef struct bb_plugin_info {
	const char *name;          /* e.g. "his-xml" */
	const char *description;
	const char *path;          /* file it was loaded from; "(built in)" otherwise */
	bb_adapter_kind kind;
	unsigned abi_version;      /* the ABI the plugin was built for */
} bb_plugin_info;

/*
 * Load (once) the plugin `name` and check it is of `kind` (BB_ADAPTER_ANY:
 * any kind).
 * `out` may be NULL; the info stays valid until the connector is freed.
 * Names are lower case letters, digits and '-'.
 * Thread safety: safe.
 */
BB_EXTERN int bb_plugin_load(const bb_plugin_info **out, bb_connector *connector,
			     const char *name, bb_adapter_kind kind);

/* The directories searched for plugins, in order, joined by ':'. Thread safety: safe. */
BB_EXTERN const char *bb_plugin_search_path(bb_connector *connector);

/*
 * Call `cb` for each plugin file found on the search path that loads and
 * speaks a supported ABI (built-in adapters included). Plugins that fail
 * to load are reported to the log at warn level and skipped.
 * Thread safety: safe.
 */
typedef void (*bb_plugin_cb)(const bb_plugin_info *info, void *payload);
BB_EXTERN int bb_plugin_foreach(bb_connector *connector, bb_plugin_cb cb, void *payload);

/* ---- memory ------------------------------------------------------------ */

/* Free memory the library handed out (strings and buffers). Thread safety: safe. */
BB_EXTERN void bb_free(void *ptr);

/* ---- the canonical referral ------------------------------------------- */

/*
 * A referral as the core understands it, independent of any HIS or FHIR.
 * Filled field by field, like curl's options: field ids are part of the
 * ABI (append only), values are text and checked when set. Dates are
 * YYYY-MM-DD, date-times ISO 8601 with a time zone, decimals stay text
 * exactly as given ("27.0" stays "27.0").
 */
typedef struct bb_referral bb_referral;

typedef enum bb_referral_field {
	BB_REF_ID = 1,                  /* the GP side's referral id */
	BB_REF_KIND,                    /* gli | beweegcoach | stadspoli | regular */
	BB_REF_AUTHORED,                /* date-time the GP made the referral */
	BB_REF_PRIORITY,                /* routine | urgent | asap | stat */
	BB_REF_LETTER,                  /* free-text letter to the receiver */
	BB_REF_PREFERENCES,             /* the patient's wishes (days, places, kind of sport) */
	BB_REF_TRACK,                   /* stadspoli: physio | specialist | beweegcoach */
	BB_REF_VALID_UNTIL,             /* date after which the referral lapses */

	BB_REF_PATIENT_BSN = 20,        /* 9 digits, elfproef */
	BB_REF_PATIENT_GIVEN,           /* given names, space separated */
	BB_REF_PATIENT_INITIALS,        /* e.g. "J.P." */
	BB_REF_PATIENT_CALL_NAME,       /* roepnaam */
	BB_REF_PATIENT_PREFIX,          /* own voorvoegsel, e.g. "van der" */
	BB_REF_PATIENT_FAMILY,          /* own surname, e.g. "Berg" */
	BB_REF_PATIENT_PARTNER_PREFIX,
	BB_REF_PATIENT_PARTNER_FAMILY,
	BB_REF_PATIENT_NAME_USAGE,      /* NL1 own | NL2 partner | NL3 partner-own | NL4 own-partner */
	BB_REF_PATIENT_BIRTHDATE,
	BB_REF_PATIENT_GENDER,          /* male | female | other | unknown */
	BB_REF_PATIENT_STREET,
	BB_REF_PATIENT_HOUSENUMBER,
	BB_REF_PATIENT_HOUSENUMBER_SUFFIX,
	BB_REF_PATIENT_POSTCODE,        /* "1234 AB" or "1234AB" */
	BB_REF_PATIENT_CITY,
	BB_REF_PATIENT_COUNTRY,         /* ISO 3166 alpha-2, default NL */
	BB_REF_PATIENT_PHONE,
	BB_REF_PATIENT_EMAIL,

	BB_REF_REFERRER_AGB = 50,       /* 8 digits */
	BB_REF_REFERRER_UZI,
	BB_REF_REFERRER_BIG,            /* 11 digits */
	BB_REF_REFERRER_INITIALS,
	BB_REF_REFERRER_GIVEN,
	BB_REF_REFERRER_PREFIX,
	BB_REF_REFERRER_FAMILY,
	BB_REF_REFERRER_ROLE,           /* e.g. huisarts, praktijkondersteuner */
	BB_REF_REFERRER_PHONE,
	BB_REF_PRACTICE_AGB,
	BB_REF_PRACTICE_URA,
	BB_REF_PRACTICE_NAME,
	BB_REF_PRACTICE_PHONE,

	BB_REF_RECEIVER_ID = 80,        /* a destination id from the configuration */
	BB_REF_RECEIVER_NAME,
	BB_REF_RECEIVER_AGB,
	BB_REF_RECEIVER_URA,
	BB_REF_OFFER_ID,                /* the chosen offer in the beweegkaart */

	BB_REF_CONSENT = 100,           /* yes | no: the patient agreed to share with the receiver */
	BB_REF_CONSENT_DATE,            /* date-time the consent was recorded */

	/*
	 * Triage content (stadspoli). The pain score travels as a measurement:
	 * LOINC 72514-3, NRS 0-10, unit {score}.
	 */
	BB_REF_COMPLAINT_ONSET = 120,   /* date the main complaint (the first reason) began */
	BB_REF_GOAL                     /* the patient's goal in their own words (hulpvraag) */
} bb_referral_field;

/* Thread safety: safe. */
BB_EXTERN int bb_referral_new(bb_referral **out);
/* Thread safety: one thread per handle. */
BB_EXTERN void bb_referral_free(bb_referral *referral);

/*
 * Set a field. On a bad value it returns BB_EINPUT and records the problem
 * (with the location given to bb_referral_locate) in the referral; the
 * value is not stored. NULL or "" clears the field.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_referral_set(bb_referral *referral, bb_referral_field field,
			      const char *value);
/*
 * The field's value, or NULL. Valid until the field is set again.
 * Thread safety: one thread per handle.
 */
BB_EXTERN const char *bb_referral_get(const bb_referral *referral, bb_referral_field field);
/*
 * The field's name as used in messages, e.g. "patient.bsn"; NULL if unknown.
 * Thread safety: safe.
 */
BB_EXTERN const char *bb_referral_field_name(bb_referral_field field);

/*
 * A reason for referral: a code from a coding system (normally ICPC-1-NL:
 * system "icpc-1-nl", code "T90.02") with the GP's own text. At least the
 * text is required.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_referral_add_reason(bb_referral *referral, const char *system,
				     const char *code, const char *text);
BB_EXTERN size_t bb_referral_reason_count(const bb_referral *referral);
BB_EXTERN int bb_referral_reason_at(const char **system, const char **code,
				    const char **text, const bb_referral *referral, size_t index);
/*
 * The same with the date the HIS episode began (YYYY-MM-DD, or NULL): the
 * receiver learns how long the problem has been there. The referral
 * message carries it as the Condition's onsetDateTime.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_referral_add_episode(bb_referral *referral, const char *system,
				      const char *code, const char *text, const char *since);
/* The episode's start date of reason `index`, or NULL. Thread safety: one thread per handle. */
BB_EXTERN const char *bb_referral_reason_since(const bb_referral *referral, size_t index);

/*
 * A measurement: LOINC code, value as decimal text, UCUM unit, and the
 * date (or date-time) it was measured.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_referral_add_measurement(bb_referral *referral, const char *loinc,
					  const char *value, const char *unit,
					  const char *when);
BB_EXTERN size_t bb_referral_measurement_count(const bb_referral *referral);
BB_EXTERN int bb_referral_measurement_at(const char **loinc, const char **value,
					 const char **unit, const char **when,
					 const bb_referral *referral, size_t index);

/*
 * A measurement as a HIS records it: an NHG Tabel 45 number (`nhg`) and/or
 * a LOINC code, the value, and the unit (may be NULL when the NHG
 * bepaling or the LOINC code fixes it). It is mapped through the
 * terminology core to the canonical LOINC code and unit (NHG 560, lengte
 * in m, becomes LOINC 8302-2 in cm). An NHG number that is not in the
 * verified table is refused, naming the number and asking for the LOINC
 * code too; an NHG number and a LOINC code that mean different things are
 * refused. Problems are recorded as by bb_referral_set.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_referral_add_his_measurement(bb_referral *referral, const char *nhg,
					      const char *loinc, const char *value,
					      const char *unit, const char *when);

/*
 * Where in the input the next values come from, so that problems name the
 * place: a line (0 if unknown) and a position such as "PID-3" or
 * "/verwijzing/patient/bsn" (NULL if none). Adapters call this; a HIS
 * filling a referral by hand need not.
 * Thread safety: one thread per handle.
 */
BB_EXTERN void bb_referral_locate(bb_referral *referral, unsigned line, const char *where);
/*
 * Record a problem found by an adapter at the current location. Returns BB_EINPUT.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_referral_problem(bb_referral *referral, const char *fmt, ...) BB_FORMAT(2, 3);
/*
 * Problems recorded so far: count and the text of each ("where: message").
 * Thread safety: one thread per handle.
 */
BB_EXTERN size_t bb_referral_problem_count(const bb_referral *referral);
BB_EXTERN const char *bb_referral_problem_at(const bb_referral *referral, size_t index);

/*
 * A readable, multi-line summary of the referral (for people, not machines).
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_referral_describe(char **out, const bb_referral *referral);

/*
 * Read a HIS record with the HIS adapter `adapter` (e.g. "his-xml"; NULL:
 * the configured one). `source` names the input in error messages.
 * Thread safety: safe.
 */
BB_EXTERN int bb_referral_from_his(bb_referral **out, bb_connector *connector,
				   const char *adapter, const char *source,
				   const void *data, size_t len);

/*
 * Read the canonical referral as a JSON document (docs/canonical-json.md,
 * media type application/vnd.beweegbrug.referral+json): for a HIS that
 * fills the fields itself rather than exporting a record for an adapter.
 * The field named "group.key" (bb_referral_field_name) is member "key" of
 * the top-level object "group", a JSON string: {"referral": {"id": ...,
 * "kind": "gli"}, "patient": {"bsn": ...}, ...}; beside them the arrays
 * "reasons" ({system, code, text, since}: bb_referral_add_episode) and
 * "measurements" ({loinc and/or nhg, value, unit, when}:
 * bb_referral_add_his_measurement). Every value is a string; decimals stay
 * text exactly ("27.0"). Unknown members, other JSON types, duplicate
 * keys, nesting deeper than the shape and more than 16 MiB are refused.
 * Like a HIS record without a practice, a document without practice.agb
 * takes the configuration's [practice]. On failure *out is NULL and every
 * problem is reported (bb_error_count), each naming its JSON path
 * ("patient.bsn", "reasons[1]"). `source` names the input in messages.
 * Thread safety: safe.
 */
BB_EXTERN int bb_referral_from_json(bb_referral **out, bb_connector *connector,
				    const char *source, const void *data, size_t len);

/* ---- terminology: what the codes mean (docs/terminology.md) ----------- */

/*
 * One row of the measurement table: the only place in Beweegbrug that
 * maps NHG Tabel 45 <-> LOINC <-> UCUM <-> Dutch words. Rows are static:
 * the pointers stay valid for the life of the process; fields are only
 * ever appended.
 */
typedef struct bb_measure_info {
	const char *loinc;      /* "29463-7" */
	const char *ucum;       /* the canonical unit measurements are kept in; NULL: any */
	const char *nhg;        /* NHG Tabel 45 bepalingnummer; NULL when none is verified */
	const char *nhg_unit;   /* the unit NHG records it in (UCUM); NULL without nhg */
	const char *name;       /* Dutch, as a heading: "Gewicht" */
	const char *word;       /* Dutch, in a sentence: "gewicht" */
	const char *display;    /* LOINC's English display */
	const char *category;   /* FHIR observation-category code */
	const char *source;     /* the public source of the row */
} bb_measure_info;

/* Thread safety: safe. */
BB_EXTERN const bb_measure_info *bb_measure_by_loinc(const char *loinc);
BB_EXTERN const bb_measure_info *bb_measure_by_nhg(const char *nhg);
/* Row `index` (0, 1, ...); NULL past the last. Thread safety: safe. */
BB_EXTERN const bb_measure_info *bb_measure_at(size_t index);
/*
 * Writing back to a HIS: the NHG number of a canonical measurement and
 * its value in NHG's unit (*value: free with bb_free; "172" cm -> "1.72"
 * m). The exact inverse of bb_referral_add_his_measurement.
 * BB_ENOTFOUND when the code has no verified NHG number.
 * Thread safety: safe.
 */
BB_EXTERN int bb_measure_nhg_value(const char **nhg, char **value, const char **unit,
				   const char *loinc, const char *canonical_value);

/*
 * ICPC-1-NL codes the core knows: a Dutch text, and the weight-related
 * risk group the GLI check counts them in (NULL: none).
 */
typedef struct bb_icpc_info {
	const char *code;       /* "T90.02", or a rubric "K86" that covers its sub-codes */
	const char *text;       /* Dutch */
	const char *risk;       /* "hypertensie", "dyslipidemie", "diabetes", "HVZ", "artrose", or NULL */
	const char *source;
} bb_icpc_info;

/*
 * The row for `code`: the code itself, else its rubric when that covers sub-codes.
 * Thread safety: safe.
 */
BB_EXTERN const bb_icpc_info *bb_icpc_lookup(const char *code);
BB_EXTERN const bb_icpc_info *bb_icpc_at(size_t index);

/* ---- GLI eligibility -------------------------------------------------- */

typedef enum bb_gli_verdict {
	BB_GLI_NOT_CHECKED = 0, /* (bb_receipt) not a GLI referral, so not checked */
	BB_GLI_ELIGIBLE = 1,    /* BMI >= 30, or >= 25 with a risk factor */
	BB_GLI_NOT_ELIGIBLE,    /* the record's BMI (or age) does not meet the criteria */
	BB_GLI_UNKNOWN          /* no BMI, nor weight and height to compute it */
} bb_gli_verdict;

/*
 * Does the record meet the entry criteria of the insured GLI (gecombineerde
 * leefstijlinterventie)? BMI 30 or more, or 25 or more with a risk factor
 * among the reasons (ICPC-1-NL: HVZ K74-K77, K89-K92; DM2 T90 but not
 * T90.01; slaapapneu P06.01; artrose L89-L91); adults only. The BMI is the
 * latest LOINC 39156-5, else computed from the latest weight (29463-7) and
 * height (8302-2). Advice only: a warning for the GP, never a block.
 * *verdict is the verdict; *explanation (may be NULL; free with
 * bb_free) says why in one line, e.g. "eligible: BMI 27.4 kg/m2
 * (2026-10-01) is 25 or more with a risk factor: T90.02 diabetes mellitus
 * type 2 (DM2)".
 * Thread safety: safe.
 */
BB_EXTERN int bb_gli_check(bb_gli_verdict *verdict, char **explanation,
			   const bb_referral *referral);

/* ---- FHIR messages ---------------------------------------------------- */

typedef enum bb_format {
	BB_FORMAT_JSON = 1,   /* application/fhir+json */
	BB_FORMAT_XML = 2     /* application/fhir+xml */
} bb_format;

/*
 * The referral as a FHIR R4 message Bundle (MessageHeader, Task,
 * ServiceRequest, Patient, PractitionerRole, Practitioner, Organizations,
 * Conditions, Observations, Consent; see schemas/README.md), addressed to
 * the configured destination `destination_id` (NULL: to the receiver the
 * referral names, unaddressed). `out` is NUL-terminated, free it with
 * bb_free. A referral without id, practice AGB, receiver or reason, or
 * one the patient refused consent for, makes no message (BB_EINPUT, naming
 * the field). A referral the patient was not yet asked about (no consent
 * at all) makes a message without a Consent, with a warning in the log:
 * something to look at, never to send (bb_referral_send and bb_refer refuse it).
 * Thread safety: safe.
 */
BB_EXTERN int bb_referral_to_fhir(char **out, size_t *out_len, bb_connector *connector,
				  const bb_referral *referral, const char *destination_id,
				  bb_format format);

/*
 * Read any supported FHIR R4 resource or Bundle (JSON or XML, detected)
 * and write it in `format`, losslessly. Every problem of the input is
 * reported (bb_error_count), naming the line (XML) and the FHIR path.
 * Thread safety: safe.
 */
BB_EXTERN int bb_fhir_reformat(char **out, size_t *out_len, bb_connector *connector,
			       const char *source, const void *data, size_t len, bb_format format);

typedef enum bb_message_kind {
	BB_MESSAGE_REFERRAL = 1,
	BB_MESSAGE_FEEDBACK = 2
} bb_message_kind;

/*
 * Check a referral or feedback message (JSON or XML) against the FHIR R4
 * rules the reader enforces and the Beweegbrug profile rules (references
 * resolve to the right types, Dutch identifiers pass their checks, codes
 * from the promised systems, consent for the receiver, the Task table).
 * `kind` (may be NULL) says which message it was. All problems are
 * reported (bb_error_count), each naming the rule and the FHIR path. A
 * referral without any Consent is valid with a warning in the log (it is
 * what bb_referral_to_fhir makes of a record without consent); the server
 * and bb_referral_send never take or send one.
 * Thread safety: safe.
 */
BB_EXTERN int bb_validate(bb_message_kind *kind, bb_connector *connector, const char *source,
			  const void *data, size_t len);

/*
 * Read a HIS record as bb_referral_from_his() does, and answer it the way
 * its format expects (for HL7 v2 an ACK: AA accepted, AE with an ERR per
 * problem, AR rejected). The answer is made for bad records too: that is
 * when the HIS needs it most. *accepted (may be NULL) is 1 when the record
 * was read without problems; the problems stay available as the last
 * error. BB_EUNSUPPORTED when the adapter's format has no answers.
 * Thread safety: safe.
 */
BB_EXTERN int bb_his_acknowledge(char **out, size_t *out_len, int *accepted,
				 bb_connector *connector, const char *adapter,
				 const char *source, const void *data, size_t len);

/*
 * Take a HIS record that arrived over a network (an HL7 v2 message from an
 * interface engine, say): read it, make and check the referral message
 * for `destination_id` (NULL: the receiver the referral names) and store
 * it durably, then answer it the way its format expects. Only once the
 * message is on disk is the answer "accepted". A record with problems is
 * answered "refused" with one entry per problem (HL7 v2: AE, an ERR
 * naming segment and field); when the record cannot be taken now (the
 * outbox is unavailable) it is answered "not now" (HL7 v2: AR), and the
 * sender should try again. A repeat of a record (the same sender's key,
 * see bb_host_record_key, or else the same bytes) gets the answer the
 * first one got, and nothing is queued again. Returns BB_OK whenever
 * there is an answer to send; other codes mean there is none (the
 * adapter cannot answer at all). Free *out with bb_his_receipt_free.
 */
typedef enum bb_his_outcome {
	BB_HIS_ACCEPTED = 1,    /* queued durably */
	BB_HIS_REFUSED = 2,     /* the record has problems; resending it will not help */
	BB_HIS_NOT_NOW = 3      /* not taken now; try again later */
} bb_his_outcome;

typedef struct bb_his_receipt {
	bb_his_outcome outcome;
	int repeat;               /* 1: answered before; this is that answer again */
	const char *answer;       /* the answer in the HIS's format */
	size_t answer_len;
	const char *message_id;   /* the outbox message when accepted, else NULL */
	const char *destination_id;
	const char *reason;       /* the first problem, or why not now; NULL when accepted */
} bb_his_receipt;

/* Thread safety: safe. */
BB_EXTERN int bb_his_receive(bb_his_receipt **out, bb_connector *connector, const char *adapter,
			     const char *source, const void *data, size_t len,
			     const char *destination_id);
/* Thread safety: one thread per handle. */
BB_EXTERN void bb_his_receipt_free(bb_his_receipt *receipt);

/* ---- the canonical feedback (terugkoppeling) ------------------------- */

typedef struct bb_feedback bb_feedback;

typedef enum bb_feedback_field {
	BB_FB_REFERRAL_ID = 1,          /* the GP side's referral id it answers */
	BB_FB_RECEIVER_REFERENCE,       /* the receiver's own id for it */
	BB_FB_STATUS,                   /* FHIR Task status: received | accepted | rejected | in-progress | completed | failed | cancelled | on-hold */
	BB_FB_BUSINESS_STATUS,          /* BSeR business status, e.g. 3.0 */
	BB_FB_REASON_CODE,              /* coded reason (decline, stop) */
	BB_FB_REASON_TEXT,
	BB_FB_NARRATIVE,                /* the coach's short report */
	BB_FB_DATE,                     /* date-time of the feedback */
	BB_FB_INTAKE_DATE,
	BB_FB_AUTHOR_NAME,
	BB_FB_AUTHOR_ORGANIZATION,
	BB_FB_SESSIONS_ATTENDED,        /* integer */
	BB_FB_SESSIONS_MISSED,          /* integer */
	BB_FB_PRACTICE_AGB,             /* the referring practice's AGB (scopes the referral id) */
	/*
	 * The MessageHeader id of the message the feedback travels in (a UUID).
	 * Received feedback always has it: the HIS's key to recognise a repeat
	 * (applying is at least once; see bb_connector_on_feedback). When
	 * sending it is optional: bb_feedback_send with the same id twice is
	 * one message, stored and sent once.
	 */
	BB_FB_MESSAGE_ID,

	/*
	 * A triage outcome (stadspoli): the referral's Task is completed and a
	 * child Task (partOf it) forwards the patient to a track.
	 */
	BB_FB_FORWARDED_TRACK = 30,     /* physio | specialist | beweegcoach */
	BB_FB_FORWARDED_ORGANIZATION,   /* name of the organisation that takes the patient on */
	BB_FB_FORWARDED_AGB,            /* its AGB code (8 digits), when known */
	BB_FB_FORWARDED_STATUS,         /* the forwarded Task's status; requested when not given */

	/*
	 * What the referral said, so that the feedback's Task is the same
	 * Task (BSeR): whom it is for, who asked, who acts and when it was
	 * asked. bb_feedback_send fills them from the received referral; a
	 * caller of bb_feedback_to_fhir sets them. Without a BSN the patient
	 * is named by the referral-scoped identifier every referral's Patient
	 * carries (schemas/README.md), which the GP side can always resolve.
	 */
	BB_FB_PATIENT_BSN = 40,         /* only when the receiver was given the BSN */
	BB_FB_REFERRAL_AUTHORED,        /* date-time the GP referred (Task.authoredOn) */
	BB_FB_REFERRER_AGB,             /* the referring GP (Task.requester) */
	BB_FB_PRACTICE_NAME,            /* the referring practice (the message's receiver) */
	BB_FB_PRACTICE_URA,
	BB_FB_RECEIVER_ID,              /* who answers (Task.owner): the referral's receiver id, */
	BB_FB_RECEIVER_AGB,             /* its AGB and URA; BB_FB_AUTHOR_ORGANIZATION is its name */
	BB_FB_RECEIVER_URA,

	/*
	 * What the referral was about, so the GP's journal entry lands in the
	 * right episode: the kind of programme and the ICPC-1-NL episode (the
	 * referral's main reason). Carried in the message as the Task's
	 * reasonCode; the GP side fills them from its own referral when the
	 * receiver left them out.
	 */
	BB_FB_REFERRAL_KIND = 60,       /* gli | beweegcoach | stadspoli | regular */
	BB_FB_EPISODE_CODE,             /* ICPC-1-NL code, e.g. T82 */
	BB_FB_EPISODE_TEXT,             /* the episode's title, as the GP named it */
	/*
	 * The receiver's own plan, and what they propose the GP does. Both are
	 * the receiver's words: the journal shows the plan as theirs and the
	 * proposal as "Voorstel aanbieder: ...", never as advice of its own.
	 */
	BB_FB_PLAN,
	BB_FB_PROPOSAL,
	/*
	 * Monitoring (docs/monitoring.md). At completion, and at a follow-up:
	 * where the person goes on, coded in https://beweegbrug.nl/fhir/CodeSystem/continuation
	 * (regulier-aanbod | zelfstandig | geen | onbekend), and the beweegkaart
	 * offer when it is one. A follow-up report, sent months after the
	 * start like any other feedback: the moment, still active or not, and
	 * how often. A follow-up may come after the referral is completed or
	 * failed; it keeps that status.
	 */
	BB_FB_CONTINUATION = 70,
	BB_FB_NEXT_OFFER,               /* the beweegkaart offer id they went on to */
	BB_FB_FOLLOWUP_MONTHS,          /* months after the start, 1-60 */
	BB_FB_FOLLOWUP_ACTIVE,          /* yes | no */
	BB_FB_FOLLOWUP_PER_WEEK,        /* how often a week they are active, 1-28 */
	/*
	 * Welbevinden (well-being) as the person scores it, 0-10 (at most one
	 * decimal), a structured outcome like BMI or conditie: an Observation
	 * coded BB_WELLBEING_SYSTEM#BB_WELLBEING_CODE in the message, a
	 * measurement in the HIS. Out of range is refused, never clipped.
	 */
	BB_FB_WELLBEING = 80
} bb_feedback_field;

/*
 * The code of a well-being score. No LOINC or SNOMED code for a 0-10
 * well-being score is agreed in the sources we work from (research
 * standards.md §5.4: "fitness and well-being scores have no agreed
 * LOINC/SNOMED"), so it is Beweegbrug's own code system, published in our
 * FHIR package (CodeSystem-outcome.json); the core's table is
 * connector/terminology/outcome.c.
 */
#define BB_WELLBEING_SYSTEM "https://beweegbrug.nl/fhir/CodeSystem/outcome"
#define BB_WELLBEING_CODE "welbevinden"
#define BB_WELLBEING_DISPLAY "Welbevinden (0-10)"
#define BB_WELLBEING_UNIT "{score}"   /* UCUM annotation: a score without a unit */

/* Thread safety: safe. */
BB_EXTERN int bb_feedback_new(bb_feedback **out);
/* Thread safety: one thread per handle. */
BB_EXTERN void bb_feedback_free(bb_feedback *feedback);
BB_EXTERN int bb_feedback_set(bb_feedback *feedback, bb_feedback_field field,
			      const char *value);
BB_EXTERN const char *bb_feedback_get(const bb_feedback *feedback, bb_feedback_field field);
/* Thread safety: safe. */
BB_EXTERN const char *bb_feedback_field_name(bb_feedback_field field);
/* Thread safety: one thread per handle. */
BB_EXTERN int bb_feedback_add_measurement(bb_feedback *feedback, const char *loinc,
					  const char *value, const char *unit,
					  const char *when);
BB_EXTERN size_t bb_feedback_measurement_count(const bb_feedback *feedback);
BB_EXTERN int bb_feedback_measurement_at(const char **loinc, const char **value,
					 const char **unit, const char **when,
					 const bb_feedback *feedback, size_t index);
BB_EXTERN size_t bb_feedback_problem_count(const bb_feedback *feedback);
BB_EXTERN const char *bb_feedback_problem_at(const bb_feedback *feedback, size_t index);

/*
 * The feedback as one SOEP journal entry (docs/soep.md): the same four
 * texts for every HIS, in Dutch, dates in Europe/Amsterdam. The HIS
 * adapters put exactly these texts in their container; a HIS vendor can
 * call it too. S: what the receiver reports, attributed to them; O:
 * measurements and attendance in words; E: the status, tied to the
 * referral's ICPC episode; P: the receiver's plan, and anything meant for
 * the GP as "Voorstel aanbieder: ...". BB_EINPUT when the feedback has no
 * status a receiver reports.
 */
typedef struct bb_soep bb_soep;
typedef enum bb_soep_section {
	BB_SOEP_S = 1,
	BB_SOEP_O,
	BB_SOEP_E,
	BB_SOEP_P
} bb_soep_section;

/* Thread safety: safe. */
BB_EXTERN int bb_soep_new(bb_soep **out, const bb_feedback *feedback);
/* Thread safety: one thread per handle. */
BB_EXTERN void bb_soep_free(bb_soep *soep);
/*
 * One part's text (UTF-8, "" when the part has nothing to say; O may be empty).
 * Thread safety: one thread per handle.
 */
BB_EXTERN const char *bb_soep_text(const bb_soep *soep, bb_soep_section part);
/*
 * One line for the entry's heading: "Terugkoppeling GLI van ...: loopt".
 * Thread safety: one thread per handle.
 */
BB_EXTERN const char *bb_soep_title(const bb_soep *soep);
/*
 * Who wrote it, as the journal names the author: "M. de Vries, Leefstijlcoaches West".
 * Thread safety: one thread per handle.
 */
BB_EXTERN const char *bb_soep_author(const bb_soep *soep);

/*
 * Let the HIS adapter write the feedback in the HIS's own form (journal
 * entry plus measurements). `out` is NUL-terminated; free it with bb_free.
 * Thread safety: safe.
 */
BB_EXTERN int bb_feedback_to_his(char **out, size_t *out_len, bb_connector *connector,
				 const char *adapter, const bb_feedback *feedback);

/*
 * The feedback as a FHIR R4 message Bundle (MessageHeader, the updated
 * Task, outcome Observations; see schemas/README.md). Status and business
 * status must go together by the Task table; declining, stopping and
 * cancelling need a reason.
 * Thread safety: safe.
 */
BB_EXTERN int bb_feedback_to_fhir(char **out, size_t *out_len, bb_connector *connector,
				  const bb_feedback *feedback, bb_format format);
/* Read a feedback message Bundle (JSON or XML) into the canonical feedback. Thread safety: safe. */
BB_EXTERN int bb_feedback_from_fhir(bb_feedback **out, bb_connector *connector,
				    const char *source, const void *data, size_t len);
/*
 * May a referral Task go from status `from` to `to`? (FHIR Task codes;
 * the same status twice is a progress report and allowed until final.)
 * Thread safety: safe.
 */
BB_EXTERN int bb_task_transition_ok(const char *from, const char *to);

/* ---- monitoring: instroom, doorstroom, behoud ------------------------- */

/*
 * A report over the referrals this installation sent or received
 * (docs/monitoring.md), derived from its own outbox and inbox: a GP
 * practice sees its referrals, a provider or platform what it received.
 * Figures only: counts under `min_cell` people are shown as "<5" (or the
 * FHIR equivalent), and no BSN, name or date of birth is ever written.
 */
typedef enum bb_report_group {
	BB_REPORT_BY_PRACTICE = 1,
	BB_REPORT_BY_OFFER,
	BB_REPORT_BY_RECEIVER,
	BB_REPORT_BY_WIJK,              /* the patient's postcode area (PC4) */
	BB_REPORT_BY_MONTH              /* the month the referral was made */
} bb_report_group;

typedef enum bb_report_format {
	BB_REPORT_CSV = 1,
	BB_REPORT_FHIR_JSON,            /* a Bundle of Measure definitions and MeasureReports */
	BB_REPORT_FHIR_XML,
	BB_REPORT_HTML                  /* one self-contained page with charts */
} bb_report_format;

typedef struct bb_report_options {
	const char *from;               /* first day (YYYY-MM-DD, Amsterdam) of referrals counted; NULL: open */
	const char *to;                 /* last day, inclusive; NULL: open */
	bb_report_group group;          /* 0: by practice */
	unsigned min_cell;              /* smallest count shown; 0: 5 */
} bb_report_options;

/* The report in `format`; *out is NUL-terminated, free it with bb_free. Thread safety: safe. */
BB_EXTERN int bb_report(char **out, size_t *out_len, bb_connector *connector,
			const bb_report_options *options, bb_report_format format);

/* ---- the outbox: durable sending ------------------------------------- */

/*
 * Make the referral's message for `destination_id` (in the destination's
 * configured format) and store it in the outbox; returns once it is on
 * disk (configuration keys outbox and outbox_key). `message_id` (may be
 * NULL) receives the message's id, the same on every retry.
 * Thread safety: safe.
 */
#define BB_MESSAGE_ID_LEN 37
BB_EXTERN int bb_referral_send(char message_id[BB_MESSAGE_ID_LEN], bb_connector *connector,
			       const bb_referral *referral, const char *destination_id);

/* What bb_outbox_deliver_due did. Initialise with BB_DELIVERY_STATS_INIT. */
typedef struct bb_delivery_stats {
	unsigned int version; /* BB_DELIVERY_STATS_VERSION */
	size_t delivered;     /* the receiver has it */
	size_t retrying;      /* failed for now; tried again after a backoff */
	size_t dead;          /* given up (refused, or too many attempts) */
} bb_delivery_stats;

#define BB_DELIVERY_STATS_VERSION 1
#define BB_DELIVERY_STATS_INIT { BB_DELIVERY_STATS_VERSION, 0, 0, 0 }

/*
 * Deliver every message that is due now, once each. A message given up on
 * is logged at error level ("verwijzing niet afgeleverd: ..."). BB_OK
 * when every attempt succeeded, BB_EUNAVAILABLE when some will be retried,
 * BB_EREFUSED when some were given up on. `stats` may be NULL; a version
 * this library does not know is refused (BB_EINVAL) before anything is
 * delivered.
 * Thread safety: safe.
 */
BB_EXTERN int bb_outbox_deliver_due(bb_delivery_stats *stats, bb_connector *connector);

/*
 * Told when a message is given up on (dead letter), so the HIS can show
 * it in the patient's record: `journal_line` is a ready Dutch line
 * ("verwijzing niet afgeleverd: <reden> (ontvanger: <naam>)"),
 * `referral_id` the HIS's own id (NULL if unknown). Called from the
 * thread that delivers; set it before starting delivery.
 * Thread safety: not thread-safe (set it before delivery starts).
 */
typedef void (*bb_dead_letter_cb)(const char *referral_id, const char *destination_id,
				  const char *message_id, const char *journal_line,
				  void *payload);
BB_EXTERN int bb_connector_on_dead_letter(bb_connector *connector, bb_dead_letter_cb cb,
					  void *payload);

/*
 * A delivery thread inside the library: it delivers what is due, sleeps
 * until the next message is due, and wakes at once when
 * bb_referral_send queues something. Per destination a circuit breaker
 * stops calling a receiver after breaker_failures (default 3) failures in
 * a row, for breaker_cooldown seconds (default 30, doubling while the
 * receiver stays down, at most an hour); its messages wait without
 * spending attempts. bb_delivery_stop finishes the delivery in progress
 * and returns; bb_connector_free stops the thread too.
 * Thread safety: safe.
 */
BB_EXTERN int bb_delivery_start(bb_connector *connector);
BB_EXTERN int bb_delivery_stop(bb_connector *connector);

/* ---- the one click: bb_refer ------------------------------------------ */

/*
 * A record as the HIS exports it. Initialise with BB_HIS_RECORD_INIT.
 * Version 2 added the consent given at the click; a caller built for
 * version 1 (without those fields) still works.
 */
typedef struct bb_his_record {
	unsigned int version;     /* BB_HIS_RECORD_VERSION */
	const char *adapter;      /* the HIS adapter, e.g. "his-xml"; NULL: the configured one */
	const char *source;       /* names the record in messages, e.g. the HIS's own record id */
	const void *data;
	size_t len;
	/*
	 * Version 2. consent_now 1: the GP asked the patient with the offer on
	 * screen and the patient consented, now, to sharing with the receiver
	 * that takes the offer. The referral's Consent then has this moment as
	 * its dateTime, and the audit trail records who asked (event
	 * consent.given). consent_by: the AGB (8 digits) of the GP who asked;
	 * NULL: the record's referrer. consent_time: an ISO 8601 date-time with
	 * a time zone; NULL: now. A record that says the patient refused is
	 * not overruled: the HIS must record the new answer.
	 */
	int consent_now;
	const char *consent_by;
	const char *consent_time;
} bb_his_record;

#define BB_HIS_RECORD_VERSION 2
#define BB_HIS_RECORD_INIT { BB_HIS_RECORD_VERSION, NULL, NULL, NULL, 0, 0, NULL, NULL }

typedef enum bb_receipt_status {
	BB_RECEIPT_QUEUED = 1,    /* stored durably; delivery is under way */
	BB_RECEIPT_RETRYING,      /* stored; the receiver was not reached yet, retries follow */
	BB_RECEIPT_DELIVERED,     /* (a repeated click) the receiver has it */
	BB_RECEIPT_FAILED         /* (a repeated click) given up on: see last_error */
} bb_receipt_status;

/* What bb_refer hands back; the library owns the strings. Fields are only ever appended. */
typedef struct bb_receipt {
	const char *referral_id;  /* the GP side's referral id */
	const char *message_id;   /* the outbox message (the same for every click on this referral) */
	const char *offer_id, *offer_name;
	const char *receiver_id;  /* the destination that takes the offer */
	const char *receiver_name;
	bb_receipt_status status;
	const char *status_text;  /* one Dutch line for the HIS screen */
	const char *warnings;     /* lines for the GP (GLI check, kind mismatch), or NULL */
	const char *last_error;   /* the last delivery problem, or NULL */
	bb_gli_verdict gli_verdict; /* BB_GLI_NOT_CHECKED unless a GLI referral */
} bb_receipt;

/*
 * The button in the consulting room: read `record` with the HIS adapter,
 * look up `offer_id` in the configured beweegkaart (key `beweegkaart`),
 * point the referral at the destination that takes that offer, check the
 * consent is for that receiver (a record that names another receiver is
 * refused), run the GLI check for a GLI referral (a warning, never a
 * block), then minimise, build, validate and store the message durably
 * as bb_referral_send does, and start the delivery thread. Returns once
 * the message is on disk; *receipt (free with bb_receipt_free) says what
 * the HIS can show. Clicking again for the same referral queues nothing
 * new and reports the first message's state. On failure *receipt is NULL
 * and bb_error_last() names the field at fault.
 * Thread safety: safe.
 */
BB_EXTERN int bb_refer(bb_receipt **receipt, bb_connector *connector,
		       const bb_his_record *record, const char *offer_id);
/*
 * The same button for a referral the HIS has filled itself (bb_referral_new
 * and bb_referral_set, or bb_referral_from_json): everything bb_refer does
 * after reading the record, on a copy (`referral` is not changed). A
 * referral that recorded problems while it was filled is refused with
 * them. bb_refer is bb_referral_from_his followed by this, plus the
 * consent at the click of a version 2 record.
 * Thread safety: safe.
 */
BB_EXTERN int bb_refer_referral(bb_receipt **receipt, bb_connector *connector,
				const bb_referral *referral, const char *offer_id);
/* Thread safety: one thread per handle. */
BB_EXTERN void bb_receipt_free(bb_receipt *receipt);

/* ---- the outbox, for the operator --------------------------------------- */

/*
 * Open the connector's store now and check it, as a daemon should before
 * it starts (beweegbrug serve and deliver do): the outbox database (every
 * page readable; the key is the one it was made with; it is the database
 * that was made here, not a missing, emptied or replaced one) and, with
 * audit_log, the audit trail and its keys. BB_OK, or the error naming the
 * file and the problem: BB_ECONFIG for a key (wrong, readable by others,
 * of the wrong length) or a missing setting, BB_ECORRUPT for a damaged,
 * emptied or replaced database, BB_EIO when it cannot be read or written
 * (disk full, permissions). Other calls open the store on first use and
 * return the same errors.
 * Thread safety: safe.
 */
BB_EXTERN int bb_connector_open_store(bb_connector *connector);

typedef enum bb_outbox_state {
	BB_OUTBOX_PENDING = 0,      /* waiting to be (re)tried */
	BB_OUTBOX_DELIVERED = 1,
	BB_OUTBOX_DEAD = 2,         /* given up: refused, too many attempts or too old */
	BB_OUTBOX_ANY = -1
} bb_outbox_state;

typedef struct bb_outbox_entry {
	const char *message_id;
	const char *destination_id;
	const char *referral_id;    /* NULL if unknown */
	const char *content_type;
	const char *last_error;     /* NULL if none */
	bb_outbox_state state;
	unsigned attempts;
	int64_t created;            /* seconds since the epoch */
	int64_t next_attempt;
	size_t size;                /* message bytes */
} bb_outbox_entry;

/*
 * Called for each entry; strings are valid during the call. Non-zero stops.
 * The callback runs while the connector holds its store: it must not call
 * the connector's outbox, inbox, send or delivery functions (that call
 * would wait for the store forever). Copy what it needs and act after the
 * listing returns. The same holds for bb_inbox_entry_cb.
 */
typedef int (*bb_outbox_entry_cb)(const bb_outbox_entry *entry, void *payload);

/* The outbox's messages in `state` (BB_OUTBOX_ANY: all), oldest first. Thread safety: safe. */
BB_EXTERN int bb_outbox_list(bb_connector *connector, bb_outbox_state state,
			     bb_outbox_entry_cb cb, void *payload);
/*
 * One message: its entry (to cb, may be NULL) and its bytes (free with bb_free).
 * Thread safety: safe.
 */
BB_EXTERN int bb_outbox_show(char **body, size_t *len, bb_connector *connector,
			     const char *message_id, bb_outbox_entry_cb cb, void *payload);
/*
 * Try again: a given-up message (or all of them when message_id is NULL)
 * gets a fresh count of attempts and is due now. Never resends a
 * delivered message. *count (may be NULL) says how many.
 * Thread safety: safe.
 */
BB_EXTERN int bb_outbox_retry(size_t *count, bb_connector *connector, const char *message_id);
/*
 * Remove delivered (or, with state BB_OUTBOX_DEAD, given-up) messages older than `age` s.
 * Thread safety: safe.
 */
BB_EXTERN int bb_outbox_purge(size_t *count, bb_connector *connector, bb_outbox_state state,
			      int64_t age);

/* ---- delivery, without the outbox ------------------------------------ */

/*
 * Hand one message to a configured destination now and wait for the
 * answer. BB_OK: delivered; BB_EUNAVAILABLE: try again later;
 * BB_EREFUSED: the receiver refused it. The durable way to send is the
 * outbox; this is for checks and for HIS vendors who queue themselves.
 * Thread safety: safe.
 */
BB_EXTERN int bb_deliver_now(bb_connector *connector, const char *destination_id,
			     const char *message_id, const char *content_type,
			     const void *body, size_t len);

/* Called for each feedback message a destination hands back. */
typedef int (*bb_feedback_message_cb)(const char *content_type, const void *body,
				      size_t len, void *payload);
/* Ask a destination for feedback messages that wait (poll). Thread safety: safe. */
BB_EXTERN int bb_fetch_feedback(bb_connector *connector, const char *destination_id,
				bb_feedback_message_cb cb, void *payload);

/* ---- receiving: messages others send us ------------------------------- */

/*
 * Who may send us what is configured per sender:
 *
 *   [sender "huisartsen-jekerkwartier"]
 *   subject = CN=gp-practice-001,O=Test GP   (the client certificate's subject, RFC 2253)
 *   role = referrer        (referrer: sends us referrals, we are the provider;
 *                           provider: sends us feedback, we are the GP side)
 *   agb = 01012345         (referrer: the practice AGB codes its referrals may carry;
 *                           provider: its own, for referrals forwarded to it)
 *   destination = coach    (provider: the destinations it is, whose referrals it
 *                           may report on; default: the one with its id)
 *   reply_to = gp-jekerkwartier   (provider side: the destination our feedback goes to)
 *
 * bb_inbound_process() is the whole receiving side for a HIS vendor whose
 * own web layer terminates TLS: it takes the request body and the
 * client's certificate (PEM, as the web layer verified it), authorises
 * the sender by subject (and a referral by its practice AGB, feedback by
 * whom the referral was sent or forwarded to), reads and validates the message, stores it
 * durably (the outbox database, encrypted), applies feedback (GP side;
 * when another thread is applying already, that thread takes this one
 * too, so no answer waits behind a slow HIS), and returns the FHIR
 * response message to send back with its HTTP status. A message already received (same MessageHeader id) is answered
 * again as the first time and not stored or applied twice.
 *
 * Return: BB_OK stored (or a duplicate), BB_EREFUSED refused for good
 * (unknown sender, invalid message, a referral not sent to this sender,
 * another practice's AGB, illegal transition: the response is a fatal-error), BB_EUNAVAILABLE not now
 * (storage full or busy: transient-error). The response is set in every
 * case; free what it holds with bb_inbound_response_free. Initialise it
 * with BB_INBOUND_RESPONSE_INIT: a version this library does not know is
 * refused (BB_EINVAL) and the response is left as it was.
 */
typedef struct bb_inbound_response {
	unsigned int version;       /* BB_INBOUND_RESPONSE_VERSION */
	int http_status;            /* 200, 400, 403, 413, 415, 503 ... */
	char *body;                 /* FHIR response message (or OperationOutcome) */
	size_t len;
	const char *content_type;   /* the request's format: application/fhir+json or +xml */
} bb_inbound_response;

#define BB_INBOUND_RESPONSE_VERSION 1
#define BB_INBOUND_RESPONSE_INIT { BB_INBOUND_RESPONSE_VERSION, 0, NULL, 0, NULL }

/* Thread safety: safe. */
BB_EXTERN int bb_inbound_process(bb_inbound_response *response, bb_connector *connector,
				 const char *client_cert_pem, const char *content_type,
				 const void *body, size_t len);
/* Frees what a response holds (not the struct itself). Thread safety: one thread per handle. */
BB_EXTERN void bb_inbound_response_free(bb_inbound_response *response);

/*
 * GP side: told once for every feedback applied, in order, with what the
 * HIS adapter made of it (journal entry plus measurements, in the HIS's
 * own form) and the canonical feedback. Return 0 when the HIS stored it;
 * non-zero keeps the message pending (tried again by the next receive,
 * bb_inbox_apply_pending or bb_poll_feedback). Applying is at least once:
 * a process killed after the HIS stored an entry but before the library
 * recorded that offers the same message again, so the HIS should
 * recognise a repeat by BB_FB_MESSAGE_ID.
 * Thread safety: not thread-safe (set it before the threads start).
 */
typedef int (*bb_feedback_apply_cb)(const char *referral_id, const bb_feedback *feedback,
				    const char *his_entry, size_t len, void *payload);
BB_EXTERN int bb_connector_on_feedback(bb_connector *connector, bb_feedback_apply_cb cb,
				       void *payload);
/*
 * GP side, for a destination that is polled (fhir-rest): fetch its new
 * feedback and take each message exactly as if it had been pushed to our
 * server (checked, stored once, applied in order). *stored (may be NULL)
 * counts the messages stored.
 * Thread safety: safe.
 */
BB_EXTERN int bb_poll_feedback(size_t *stored, bb_connector *connector,
			       const char *destination_id);
/*
 * Apply received feedback that is stored but not yet applied (after a crash).
 * Thread safety: safe.
 */
BB_EXTERN int bb_inbox_apply_pending(size_t *applied, bb_connector *connector);

/* What was received (provider side: referrals; GP side: feedback). */
typedef struct bb_inbox_entry {
	const char *message_id;
	const char *sender_id;      /* the [sender] section */
	const char *kind;           /* "referral" or "feedback" */
	const char *referral_id;
	const char *practice_agb;
	const char *status;         /* the referral's Task status now */
	const char *state;          /* "received", "applied", "stale" (older than what is known), "damaged" (cannot be read back: set aside) */
	int64_t received;           /* seconds since the epoch */
} bb_inbox_entry;
/*
 * As bb_outbox_entry_cb: runs with the store held; do not call back into the connector.
 * Thread safety: safe.
 */
typedef int (*bb_inbox_entry_cb)(const bb_inbox_entry *entry, void *payload);
BB_EXTERN int bb_inbox_list(bb_connector *connector, bb_inbox_entry_cb cb, void *payload);
/* One message by message id, or the referral message of a referral id. Thread safety: safe. */
BB_EXTERN int bb_inbox_show(char **body, size_t *len, bb_connector *connector,
			    const char *id, bb_inbox_entry_cb cb, void *payload);

/*
 * Provider side: answer a received referral. `feedback` names the
 * referral (BB_FB_REFERRAL_ID, and BB_FB_PRACTICE_AGB when several
 * practices refer); the status must be a legal next step from what was
 * sent before. The message goes to the referring sender's reply_to
 * destination through the outbox, as durable as a referral.
 * Thread safety: safe.
 */
BB_EXTERN int bb_feedback_send(char message_id[BB_MESSAGE_ID_LEN], bb_connector *connector,
			       const bb_feedback *feedback);

/*
 * The CapabilityStatement of this receiver (what GET [base]/metadata
 * answers): mutual TLS, $process-message, the messages taken (event
 * v2-0003#I12, referral and feedback) and the profiles of what travels in
 * them. `base_url` is the address senders use ("https://host:8443/fhir").
 * For a HIS vendor whose own web layer serves the endpoint. Free *out
 * with bb_free.
 * Thread safety: safe.
 */
BB_EXTERN int bb_capability_statement(char **out, size_t *out_len, bb_connector *connector,
				      const char *base_url, bb_format format);

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

/* ---- the audit trail (NEN 7513) ----------------------------------------- */

/*
 * With `audit_log` in [connector] the library appends one record to that
 * file for every referral queued, message delivered or given up, message
 * received or refused, feedback queued or applied to the HIS, and outbox
 * retry or purge (docs/audit.md). Records are JSON lines chained by
 * HMAC-SHA256 under a key derived from `audit_key` (or `outbox_key`), held
 * apart from the log: changing, removing or reordering a line is found by
 * bb_audit_verify, and rewriting the chain needs the key. An anchor file
 * (`audit_anchor`, default: the trail's path + ".anchor") holds where the
 * trail ends, under the same key, so records removed from the end or a
 * file emptied or replaced are found too. Patients appear only as a
 * pseudonym, HMAC-SHA256 of the BSN under another key derived from the
 * same file; no BSN is ever written. Several threads and processes may
 * append at once.
 */

/*
 * Check the whole trail. BB_OK: intact, *records (may be NULL) is their
 * number. BB_EINPUT: broken; *first_bad (may be NULL) is the line number
 * of the first broken line (the line after the last for a broken end),
 * *records the intact records before it, and bb_error_last() says which
 * record and why (source: the file, line, field "seq N": "hash mismatch
 * ...", "sequence gap ...", "prev mismatch ...", a cut-off or unreadable
 * line, records missing found by the writer, the end short of its
 * anchor). BB_ENOTFOUND: no file yet; BB_ECONFIG: no audit_log configured.
 * Thread safety: safe.
 */
BB_EXTERN int bb_audit_verify(size_t *records, size_t *first_bad, bb_connector *connector);

/* How the trail's end compared with its anchor. */
typedef enum bb_audit_anchor_state {
	BB_AUDIT_ANCHOR_NONE = 0,       /* not checked */
	BB_AUDIT_ANCHOR_MATCHED = 1,    /* the trail reaches the anchored record, unchanged */
	BB_AUDIT_ANCHOR_MISSING = 2,    /* no anchor beside records (removed?) */
	BB_AUDIT_ANCHOR_INVALID = 3,    /* the anchor does not verify under the key */
	BB_AUDIT_ANCHOR_SHORT = 4,      /* the trail ends before the anchored record */
	BB_AUDIT_ANCHOR_DIFFERENT = 5   /* the anchored record is not the one in the trail */
} bb_audit_anchor_state;

/* What bb_audit_check checked and found. Initialise version to BB_AUDIT_REPORT_VERSION. */
#define BB_AUDIT_REPORT_VERSION 1
typedef struct bb_audit_report {
	unsigned int version;
	size_t records;             /* intact records in the current file */
	size_t first_bad;           /* line of the first broken record; 0 when intact */
	uint64_t first_seq, last_seq;   /* of the intact records of the current file */
	char last_hash[65];         /* the last intact record's hash */
	bb_audit_anchor_state anchor;
	uint64_t anchor_seq;        /* the record the anchor names */
	char anchor_path[1024];
	char continues[256];        /* the archive the current file continues (rotation), or "" */
	int continues_checked;      /* 1: that archive (and those before it) verified and lead here */
	size_t earlier_records;     /* the intact records of the archives checked */
} bb_audit_report;
/*
 * bb_audit_verify with the details: every record's HMAC under the audit
 * key, the sequence and links, the start (sequence 1, or a rotation
 * record whose archive is checked back as far as it goes, up to 64
 * archives), the end against the anchor. Returns as bb_audit_verify.
 * Thread safety: safe.
 */
BB_EXTERN int bb_audit_check(bb_audit_report *report, bb_connector *connector);

/*
 * Start a new file without breaking the chain: the trail becomes
 * AUDIT_LOG.FIRST-LAST and AUDIT_LOG starts with an "audit.rotated"
 * record (sequence LAST + 1) that continues it. Writers in other processes
 * follow. *archived (may be NULL; free with bb_free) is the archive's
 * path, NULL when the trail was empty. Refused (BB_ECORRUPT) when the
 * trail's end is not where its anchor says.
 * Thread safety: safe.
 */
BB_EXTERN int bb_audit_rotate(char **archived, bb_connector *connector);

/* One record, as bb_audit_list hands it over; strings valid during the call, NULL when not set. */
typedef struct bb_audit_record {
	uint64_t seq;               /* 1, 2, 3 ... */
	unsigned line;              /* its line in the file */
	const char *time;           /* UTC, ISO 8601 with milliseconds */
	const char *event;          /* e.g. "referral.queued", "message.delivered", "feedback.applied" */
	const char *actor;          /* who: "agb:NNNNNNNN", "sender:ID", "his", "os-user:NAME", ... */
	const char *patient;        /* the patient pseudonym (32 hex digits) */
	const char *referral_id;
	const char *practice_agb;
	const char *peer;           /* destination or sender id */
	const char *message_id;
	const char *outcome;        /* e.g. "queued", "delivered", "dead", "stored", "refused", "applied" */
	const char *detail;
	const char *hash;           /* this record's link in the chain */
} bb_audit_record;
typedef int (*bb_audit_record_cb)(const bb_audit_record *record, void *payload);

/*
 * The intact records, oldest first, about `referral_id` and/or the
 * patient with `patient_bsn` (the patient's own records and every record
 * of their referrals); NULL for no filter. Stops at a broken record and
 * returns BB_EINPUT as bb_audit_verify does.
 * Thread safety: safe.
 */
BB_EXTERN int bb_audit_list(bb_connector *connector, const char *referral_id,
			    const char *patient_bsn, bb_audit_record_cb cb, void *payload);

/*
 * The pseudonym the trail uses for a BSN: 32 lower-case hex digits and a NUL.
 * Thread safety: safe.
 */
#define BB_PSEUDONYM_LEN 33
BB_EXTERN int bb_audit_pseudonym(char out[BB_PSEUDONYM_LEN], bb_connector *connector,
				 const char *bsn);

/* ---- sociale beweegkaart: offers -------------------------------------- */

/*
 * The catalogue of local offers a GP chooses from (docs/beweegkaart.md): a
 * FHIR R4 Bundle of HealthcareService (one per offer), Organization,
 * Location and Endpoint, in JSON or XML. Each offer says what it is, for
 * whom, where, when, what it costs and how it takes referrals.
 */
typedef struct bb_offers bb_offers;

/* An offer; strings are owned by the catalogue, NULL when not given. */
typedef struct bb_offer {
	const char *id;             /* the HealthcareService id */
	const char *name;
	const char *kind;           /* walking-group | fitness | sport | swimming | chair-exercise |
				       physio-group | gli | beweegcoach | stadspoli */
	const char *organization;   /* who provides it */
	const char *town;           /* where it takes place */
	const char *venue;          /* the venue's name and address, one line */
	const char *summary;
	const char *cost;           /* e.g. "gratis", "EUR 15 per maand" as written */
	const char *insurer_pays;   /* what the insurance covers, as written */
	const char *when;           /* e.g. "di, do 10:00-11:00" */
	const char *contact;        /* phone of the offer or its organisation */
	const char *endpoint;       /* where it takes electronic referrals */
	const char *destination_id; /* the configured destination with that endpoint, else NULL */
	const char *program;        /* e.g. "CooL" */
	int age_min, age_max;       /* -1: no limit */
} bb_offer;

/*
 * A catalogue; `connector` (may be NULL) gives its configuration (the
 * destinations that take offers) and receives the errors.
 * Thread safety: safe.
 */
BB_EXTERN int bb_offers_new(bb_offers **out, bb_connector *connector);
/* Thread safety: one thread per handle. */
BB_EXTERN void bb_offers_free(bb_offers *offers);
/*
 * Load or refresh from a file, or an https URL fetched with If-None-Match
 * (a 304 keeps what is loaded); NULL: the configured `beweegkaart`. A bad
 * catalogue is refused whole (the error names the file, the resource and
 * the field) and the one loaded before stays.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_offers_load(bb_offers *offers, const char *file_or_url);
BB_EXTERN size_t bb_offers_count(const bb_offers *offers);
BB_EXTERN const bb_offer *bb_offers_at(const bb_offers *offers, size_t index);
BB_EXTERN const bb_offer *bb_offers_find(const bb_offers *offers, const char *id);
/*
 * Does the offer have feature `code` (free, outdoor, group, women-only, ...)?
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_offer_has_feature(const bb_offer *offer, const char *code);

/* Who the offers are for. Initialise with BB_OFFER_QUERY_INIT. */
typedef struct bb_offer_query {
	unsigned int version;       /* BB_OFFER_QUERY_VERSION */
	const char *reasons;        /* ICPC codes, comma separated ("T90,K86"); T90.02 matches T90 */
	int age;                    /* years; -1 unknown */
	const char *postcode;       /* "3021", "3021 AB" or "3021AB" */
	const char *prefers;        /* features, comma separated: "outdoor,group" */
	const char *mobility;       /* NULL or "limited" */
	const char *kind;           /* only offers of this kind; NULL: any */
	const char *bmi;            /* e.g. "31.5": GLI offers are judged by the GLI criteria */
} bb_offer_query;

#define BB_OFFER_QUERY_VERSION 1
#define BB_OFFER_QUERY_INIT { BB_OFFER_QUERY_VERSION, NULL, -1, NULL, NULL, NULL, NULL, NULL }

/* One suggested offer; owned by its list. Fields are only ever appended. */
typedef struct bb_suggestion {
	const bb_offer *offer;
	int score;
	const char *why;            /* the reasons it fits (or not), one per line */
} bb_suggestion;

/*
 * Suggestions, best first, in a list the library owns: read it with
 * bb_suggestions_count and bb_suggestions_at, free it with
 * bb_suggestions_free. A list and not an array of bb_suggestion, so that
 * a later version can append fields to bb_suggestion without breaking a
 * caller built with this header (the caller never steps through an
 * array by the struct's size); libgit2's git_status_list does the same.
 * Thread safety: one thread per handle.
 */
typedef struct bb_suggestions bb_suggestions;
BB_EXTERN size_t bb_suggestions_count(const bb_suggestions *list);
/*
 * Suggestion `index` (0 is the best), or NULL past the last.
 * Thread safety: one thread per handle.
 */
BB_EXTERN const bb_suggestion *bb_suggestions_at(const bb_suggestions *list, size_t index);
BB_EXTERN void bb_suggestions_free(bb_suggestions *list);

/*
 * The best `max` offers for `query`, best first, each with why it fits
 * (docs/beweegkaart.md has the rules). Offers that do not fit at all (age,
 * town, mobility, conditions they are not for) are left out; the list may
 * be empty. On failure *out is NULL.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_offers_suggest(bb_suggestions **out, const bb_offers *offers,
				const bb_offer_query *query, size_t max);
/*
 * The same for a referral: its ICPC reasons, the patient's age and
 * postcode, `prefers` plus what its preferences text names (buiten,
 * groep, avond, vrouwen, gratis ...), and for GLI offers the GLI check.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_offers_suggest_for_referral(bb_suggestions **out, const bb_offers *offers,
					     const bb_referral *referral, const char *prefers,
					     size_t max);

#ifdef __cplusplus
}
#endif

#endif
