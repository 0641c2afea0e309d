/*
 * The services a plugin sees during one call (bb_host), and the small
 * objects that cross the plugin boundary: buffers, messages, delivery
 * results and feedback sinks. One bb_host lives on the stack of the core
 * function that calls into an adapter.
 */
#ifndef BB_HOST_H
#define BB_HOST_H

#include "connector.h"
#include "strutil.h"

struct bb_host {
	bb_connector *connector;
	const loaded_plugin *plugin;
	const cfg_section *section;     /* destination section, or NULL */
	const char *source;             /* input name, for errors */
	diag_list *problems;            /* where bb_host_error() records */
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

#endif
