/*
 * The services a plugin sees during one call (bb_host), and the small
 * objects that cross the plugin boundary: buffers, messages, delivery
 * results and feedback sinks. One bb_host lives on the stack of the core
 * function that calls into an adapter.
 */
#ifndef BB_HOST_H
#define BB_HOST_H

#include "connector.h"
#include "util/strutil.h"

struct bb_host {
	bb_connector *connector;
	const loaded_plugin *plugin;
	const cfg_section *section;     /* destination section, or NULL */
	const char *source;             /* input name, for errors */
	diag_list *problems;            /* where bb_host_error() records */
	char **record_key;              /* where bb_host_record_key() stores, or NULL */
	const char *not_now;            /* what bb_host_not_now() says */
};

/* What acknowledge() reads through bb_problems_*: a diag_list's entries, borrowed. */
struct bb_problems {
	const diag_entry *items;
	size_t count;
};

struct bb_buf {
	strbuf b;
	size_t limit;                   /* adapters cannot grow a buffer past this */
};

struct bb_message {
	const char *id;
	const char *content_type;
	const void *body;
	size_t len;
};

struct bb_delivery {
	int outcome;                    /* 0 until the adapter says */
	char *detail;
};

struct bb_feedback_sink {
	bb_feedback_message_cb cb;
	void *payload;
	int rc;                         /* first non-zero return of cb */
	size_t count;
};

void host_init(bb_host *h, bb_connector *c, const loaded_plugin *p,
	       const cfg_section *section, const char *source, diag_list *problems);

/*
 * bb_referral_from_his, keeping the key the adapter gave the record
 * (bb_host_record_key; *record_key malloc'ed or left NULL).
 */
int adapter_his_read(bb_referral **out, bb_connector *c, const char *adapter, const char *source,
	     const void *data, size_t len, char **record_key);
/*
 * The adapter's answer to a record (its acknowledge callback), with
 * `problems` (may be NULL) and `not_now` (NULL, or why the host cannot
 * take the record now). `out` malloc'ed.
 */
int adapter_his_answer(char **out, size_t *out_len, bb_connector *c, const char *adapter,
	       const char *source, const void *data, size_t len, const diag_list *problems,
	       const char *not_now);
/* [mllp] practices, else [practice] agb: whose records bb_his_receive takes (NULL: any). */
const char *delivery_practices_served(const bb_connector *c);
/* The adapter's check_answer: did the HIS take `sent`? (BB_OK, BB_EUNAVAILABLE, BB_EREFUSED, ...) */
int adapter_his_check_answer(bb_connector *c, const char *adapter, const void *sent, size_t sent_len,
		     const void *answer, size_t answer_len);

#endif
