/*
 * For adapter authors only: the plugin ABI.
 *
 * A plugin is a shared module that exports exactly one symbol,
 * bb_adapter_entry (BB_PLUGIN_ENTRY_SYMBOL). The host calls it with the
 * newest ABI version it speaks; the plugin returns a pointer to a static,
 * constant bb_adapter table (or NULL if it cannot serve that host).
 *
 * The table starts with abi_version and struct_size. Those two fields are
 * frozen forever; everything after them is append-only. The host reads
 * only the first struct_size bytes and treats callbacks past them as
 * absent, so an old plugin keeps working with a newer host. A host refuses
 * plugins built for a newer ABI than it speaks, and plugins older than
 * BB_PLUGIN_ABI_MIN.
 *
 * Plugins link libbeweegbrug and use the bb_* functions of beweegbrug.h
 * and of this header; they include nothing else from the core. They must
 * not write to stdout/stderr: use bb_host_log(). They may be called from
 * several threads, each time with their own state.
 *
 * A program can also hand the host an adapter compiled into itself, with
 * bb_adapter_register(); it is checked exactly like a loaded plugin.
 */
#ifndef BEWEEGBRUG_SYS_PLUGIN_H
#define BEWEEGBRUG_SYS_PLUGIN_H

#include <stdint.h>

#include "../../beweegbrug.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The ABI described by this header, and the oldest one the host accepts.
 * ABI 2 hands acknowledge() its problems as an opaque bb_problems list
 * (ABI 1 passed an array of a struct that could not grow), so a plugin
 * built for ABI 1 is refused: rebuild it against this header.
 */
#define BB_PLUGIN_ABI_VERSION 2u
#define BB_PLUGIN_ABI_MIN 2u

#define BB_PLUGIN_ENTRY_SYMBOL "bb_adapter_entry"

#if defined(__GNUC__) && __GNUC__ >= 4
#  define BB_PLUGIN_EXPORT __attribute__((visibility("default")))
#else
#  define BB_PLUGIN_EXPORT
#endif

/*
 * What the host offers a plugin during each call: logging, errors and the
 * settings of the configuration section the plugin serves.
 */
typedef struct bb_host bb_host;

/* Thread safety: one thread per handle. */
BB_EXTERN void bb_host_log(const bb_host *host, bb_log_level level,
			   const char *fmt, ...) BB_FORMAT(3, 4);
/*
 * Report why the call fails; returns `code` so that a callback can
 * `return bb_host_error(...)`. `line` 0 and `field` NULL when unknown.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_host_error(const bb_host *host, int code, unsigned line,
			    const char *field, const char *fmt, ...) BB_FORMAT(5, 6);
/*
 * A setting of this plugin's section ([destination "ID"], or [his "NAME"] for a HIS adapter), or NULL.
 * Thread safety: one thread per handle.
 */
BB_EXTERN const char *bb_host_setting(const bb_host *host, const char *key);
/*
 * The id of the destination being served, or NULL for a HIS adapter.
 * Thread safety: one thread per handle.
 */
BB_EXTERN const char *bb_host_destination(const bb_host *host);
/*
 * A HIS adapter's own codes: translate `code` with the code map `table`
 * (one of the adapter's settings) of its [his "NAME"] section, "CODE=value,
 * CODE=value". 1 and the value in `out` when the map has the code; 0 when
 * it does not, or there is no such map; -1 when the value does not fit in
 * `size` bytes. An adapter looks here first and then in its own default
 * table, so an installation can add codes and change what a code means.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_host_code(char *out, size_t size, const bb_host *host,
			   const char *table, const char *code);

/*
 * For a HIS adapter reading a record that arrives over a network (an HL7
 * v2 message from an interface engine): the sender's own key for it (in
 * HL7 v2 sending application, facility and message control id), so that
 * a resent record gets the answer the first one got and is queued once.
 * Call it from read_referral as soon as the key is known, even if the
 * record then turns out to be bad. At most 512 bytes. Without a key the
 * host recognises a repeat by the record's bytes.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_host_record_key(const bb_host *host, const char *key);
/*
 * In acknowledge(): why the host cannot take the record now (its store is
 * unavailable, say), or NULL. The record was not refused for its content;
 * the answer should tell the sender to try again later (HL7 v2: AR).
 * Thread safety: one thread per handle.
 */
BB_EXTERN const char *bb_host_not_now(const bb_host *host);

/*
 * A growing byte buffer the host owns; adapters append their output.
 * Thread safety: one thread per handle.
 */
typedef struct bb_buf bb_buf;
BB_EXTERN int bb_buf_append(bb_buf *buf, const void *data, size_t len);
BB_EXTERN int bb_buf_printf(bb_buf *buf, const char *fmt, ...) BB_FORMAT(2, 3);
/*
 * A buffer for the adapter's own use (e.g. a response); NULL on out-of-memory.
 * Thread safety: one thread per handle.
 */
BB_EXTERN bb_buf *bb_host_buf_new(const bb_host *host);
BB_EXTERN void bb_host_buf_free(bb_buf *buf);
/* The bytes so far (NUL-terminated) and their length. Thread safety: one thread per handle. */
BB_EXTERN const unsigned char *bb_host_buf_data(const bb_buf *buf, size_t *len);

/*
 * HTTPS for destination adapters: POST `body` to `url` with the TLS
 * settings of the destination being served (client certificate and key,
 * CA bundle, optional public-key pin, timeouts), always verifying the
 * peer and its host name, TLS 1.2 or newer. The response body goes to
 * `response` (may be NULL) and its status to *status. BB_OK when an HTTP
 * response arrived, whatever its status; BB_EUNAVAILABLE when none did
 * (network, TLS, timeout), with the reason in `why` (BB_HOST_WHY_LEN).
 * Thread safety: one thread per handle.
 */
#define BB_HOST_WHY_LEN 256
BB_EXTERN int bb_host_post(bb_buf *response, long *status, char why[BB_HOST_WHY_LEN],
			   const bb_host *host, const char *url, const char *content_type,
			   const void *body, size_t len);

/*
 * The same with any method ("GET", "POST", "PUT", "PATCH", "DELETE") and
 * extra request headers ("Name: value", NULL-terminated list, or NULL).
 * `content_type` and `body` may be NULL for a request without a body; the
 * Accept header follows `accept` ("application/fhir+json" when NULL).
 * Connections to a destination are kept and reused between calls.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_host_request(bb_buf *response, long *status, char why[BB_HOST_WHY_LEN],
			      const bb_host *host, const char *method,
			      const char *url, const char *const *headers, const char *accept,
			      const char *content_type, const void *body, size_t len);

/*
 * Small values a destination adapter keeps between runs (a polling
 * cursor, say), stored durably in the outbox database under the
 * destination's id and `key`. get: BB_ENOTFOUND when never set; free
 * *value with bb_free.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_host_state_get(char **value, const bb_host *host, const char *key);
BB_EXTERN int bb_host_state_set(const bb_host *host, const char *key, const char *value);

/*
 * A message to deliver, as the host hands it to a destination adapter.
 * Thread safety: one thread per handle.
 */
typedef struct bb_message bb_message;
BB_EXTERN const char *bb_message_id(const bb_message *msg);
BB_EXTERN const char *bb_message_content_type(const bb_message *msg);
BB_EXTERN const void *bb_message_body(const bb_message *msg, size_t *len);

/* How a delivery went; a destination adapter must say so before returning. */
typedef enum bb_delivery_outcome {
	BB_DELIVERY_OK = 1,          /* the receiver has it */
	BB_DELIVERY_TRANSIENT = 2,   /* not now; the host tries again later */
	BB_DELIVERY_FATAL = 3        /* refused; retrying will not help */
} bb_delivery_outcome;

typedef struct bb_delivery bb_delivery;
/* Thread safety: one thread per handle. */
BB_EXTERN void bb_delivery_set(bb_delivery *result, bb_delivery_outcome outcome,
			       const char *fmt, ...) BB_FORMAT(3, 4);

/*
 * Where a destination adapter hands over feedback messages it fetched.
 * Thread safety: one thread per handle.
 */
typedef struct bb_feedback_sink bb_feedback_sink;
BB_EXTERN int bb_feedback_sink_push(bb_feedback_sink *sink, const char *content_type,
				    const void *body, size_t len);

/* The record a HIS adapter reads. */
typedef struct bb_input {
	const char *source;          /* name for messages, e.g. the file name */
	const unsigned char *data;
	size_t len;
} bb_input;

/*
 * FHIR for adapters that speak it (a HIS with a FHIR API): the core's
 * strict R4 reader and writer and its element tree, so plugins need no
 * FHIR code of their own. A bb_fhir is one element (a resource, a data
 * type value, a primitive); names are FHIR JSON names ("birthDate",
 * "valueQuantity"; a choice's base name "value" matches any type).
 */
typedef struct bb_fhir bb_fhir;

/*
 * Parse `in` (JSON or XML, detected). Every problem is reported through
 * the host (bb_host_error) with line and FHIR path; then BB_EINPUT and
 * *out NULL. Free the result with bb_fhir_free.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_host_fhir_read(bb_fhir **out, const bb_host *host, const bb_input *in);
BB_EXTERN void bb_fhir_free(bb_fhir *root);
/* "Patient", "HumanName", "string" ... Thread safety: one thread per handle. */
BB_EXTERN const char *bb_fhir_type(const bb_fhir *n);
BB_EXTERN bb_fhir *bb_fhir_get(const bb_fhir *n, const char *name, size_t index);
BB_EXTERN size_t bb_fhir_count(const bb_fhir *n, const char *name);
/* The value of the primitive child `name`[index], or NULL. Thread safety: one thread per handle. */
BB_EXTERN const char *bb_fhir_value(const bb_fhir *n, const char *name, size_t index);
/* The value of a primitive element itself, or NULL. Thread safety: one thread per handle. */
BB_EXTERN const char *bb_fhir_text(const bb_fhir *n);
/*
 * The element's FHIR path ("Bundle.entry[2].resource.birthDate"); free with bb_free.
 * Thread safety: one thread per handle.
 */
BB_EXTERN char *bb_fhir_path(const bb_fhir *n);
/*
 * The resource in `bundle` a Reference points at: by fullUrl, or by
 * "Type/id" against the entries' resource type and id. NULL if none.
 * Thread safety: one thread per handle.
 */
BB_EXTERN bb_fhir *bb_fhir_resolve(const bb_fhir *bundle, const bb_fhir *reference);

/*
 * Building: the same checks as the core's own builder (unknown elements,
 * lexical values, cardinality). Problems are counted in the tree and
 * reported by bb_host_fhir_write, which refuses a tree with problems.
 * All take a NULL parent and then return NULL, so calls can be chained.
 * Thread safety: safe.
 */
BB_EXTERN bb_fhir *bb_fhir_new(const char *resource_type);
/* Thread safety: one thread per handle. */
BB_EXTERN bb_fhir *bb_fhir_add(bb_fhir *parent, const char *name);
BB_EXTERN bb_fhir *bb_fhir_set(bb_fhir *parent, const char *name, const char *value);
BB_EXTERN bb_fhir *bb_fhir_add_resource(bb_fhir *parent, const char *name, const char *type);
BB_EXTERN bb_fhir *bb_fhir_extension(bb_fhir *parent, const char *url);
/*
 * Append a deep copy of `src` (from a tree read with bb_host_fhir_read or
 * built here) to `parent` as element `name`; returns the copy. A resource
 * stays a resource ("entry" -> "resource").
 * Thread safety: one thread per handle.
 */
BB_EXTERN bb_fhir *bb_fhir_add_copy(bb_fhir *parent, const char *name, const bb_fhir *src);
/*
 * Append `root` as JSON or XML (BB_FORMAT_*) to `out`, pretty printed.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_host_fhir_write(bb_buf *out, const bb_host *host, const bb_fhir *root,
				 bb_format format);

/*
 * The problems found while reading a record, as handed to acknowledge():
 * a list the host owns, valid during that call only. Read it by index,
 * 0 to bb_problems_count() - 1; an index out of range gives 0 or NULL,
 * and so does a NULL list (as if empty). Fields may be added later as
 * accessors, never by changing these.
 */
typedef struct bb_problems bb_problems;
/* How many problems; 0 when the record was accepted. Thread safety: one thread per handle. */
BB_EXTERN size_t bb_problems_count(const bb_problems *problems);
/*
 * Problem `index`'s line (or HL7 segment number) in the input; 0 if unknown.
 * Thread safety: one thread per handle.
 */
BB_EXTERN unsigned bb_problems_line(const bb_problems *problems, size_t index);
/*
 * Where in the record ("PID-3", "/verwijzing/patient/bsn", ...), or NULL.
 * Thread safety: one thread per handle.
 */
BB_EXTERN const char *bb_problems_where(const bb_problems *problems, size_t index);
/*
 * What is wrong, without the location: never NULL for an index in range.
 * Thread safety: one thread per handle.
 */
BB_EXTERN const char *bb_problems_message(const bb_problems *problems, size_t index);

typedef struct bb_adapter {
	/* frozen: */
	uint32_t abi_version;        /* BB_PLUGIN_ABI_VERSION the plugin was built with */
	uint32_t struct_size;        /* sizeof(bb_adapter) the plugin was built with */
	/* ABI 1: */
	uint32_t kind;               /* bb_adapter_kind */
	uint32_t flags;              /* none defined yet; 0 */
	const char *name;            /* must equal the file name without ".so" */
	const char *description;     /* one line */
	/* extra configuration keys this adapter accepts; NULL-terminated, or NULL */
	const char *const *settings;

	/* Make per-use state; `state` may be left NULL. Optional. */
	int (*open)(void **state, const bb_host *host);
	void (*close)(void *state);

	/* BB_ADAPTER_HIS: HIS record bytes -> canonical referral. */
	int (*read_referral)(void *state, const bb_host *host, const bb_input *in,
			     bb_referral *out);
	/* BB_ADAPTER_HIS: canonical feedback -> what the HIS stores. Optional. */
	int (*write_feedback)(void *state, const bb_host *host, const bb_feedback *fb,
			      bb_buf *out);

	/* BB_ADAPTER_DESTINATION: deliver one message, set the outcome. */
	int (*deliver)(void *state, const bb_host *host, const bb_message *msg,
		       bb_delivery *result);
	/* BB_ADAPTER_DESTINATION: fetch waiting feedback messages. Optional. */
	int (*fetch_feedback)(void *state, const bb_host *host, bb_feedback_sink *sink);

	/* ---- appended later in ABI 1 (older tables end above; treated as NULL) ---- */

	/*
	 * BB_ADAPTER_HIS, optional: answer a received record the way its
	 * format expects (an HL7 v2 ACK with AA/AE/AR, say). `problems` are
	 * what reading the record found (never NULL; read it with the
	 * bb_problems_* accessors); none means it was accepted. ABI 2: in
	 * ABI 1 this took an array of a struct bb_problem and its count.
	 */
	int (*acknowledge)(void *state, const bb_host *host, const bb_input *in,
			   const bb_problems *problems, bb_buf *out);

	/*
	 * BB_ADAPTER_HIS, optional: the HIS's answer to what write_feedback
	 * made, when that was sent to the HIS over a network (an HL7 v2 ACK
	 * to an ORU^R01). BB_OK when the HIS took `sent` (the answer accepts
	 * it and names it); BB_EUNAVAILABLE when it asks to be sent again
	 * later; BB_EREFUSED when it refused the content; BB_EINPUT when
	 * `answer` is no answer to `sent`. Say why with bb_host_error.
	 */
	int (*check_answer)(void *state, const bb_host *host, const bb_input *sent,
			    const bb_input *answer);
} bb_adapter;

typedef const bb_adapter *(*bb_adapter_entry_fn)(uint32_t host_abi_version);

/*
 * FHIR messaging for destination adapters: POST `msg` to the destination's
 * [endpoint]/$process-message with its content type, over bb_host_post,
 * read the response message or OperationOutcome and set `result`:
 * MessageHeader.response.code ok (or a 2xx without a response message)
 * -> BB_DELIVERY_OK; transient-error, 429, 5xx, no answer ->
 * BB_DELIVERY_TRANSIENT; fatal-error, other 4xx -> BB_DELIVERY_FATAL,
 * with the receiver's OperationOutcome text. BB_OK when `result` was set;
 * BB_ECONFIG when the destination has no endpoint.
 * Thread safety: one thread per handle.
 */
BB_EXTERN int bb_host_process_message(bb_delivery *result, const bb_host *host,
				      const bb_message *msg);

/* Offer an adapter compiled into the program, under its table's name. Thread safety: safe. */
BB_EXTERN int bb_adapter_register(bb_connector *connector, bb_adapter_entry_fn entry);

#ifdef __cplusplus
}
#endif

#endif
