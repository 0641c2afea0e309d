/* The inside of a bb_connector, shared by the core's modules. */
#ifndef BB_CONNECTOR_H
#define BB_CONNECTOR_H

#include <pthread.h>
#include <stdatomic.h>
#include <time.h>

#include "beweegbrug.h"
#include "beweegbrug/sys/plugin.h"
#include "config.h"
#include "error.h"
#include "util/mutex.h"

typedef struct loaded_plugin {
	bb_plugin_info info;
	bb_adapter table;          /* the plugin's table; callbacks past its struct_size are NULL */
	void *handle;              /* dlopen handle, NULL for built-in adapters */
	char *name, *path, *description;
	struct loaded_plugin *next;
} loaded_plugin;

/*
 * Each subsystem owns its state and its lock behind x_new/x_free, in the
 * file that implements it; the connector only holds them. The order in
 * which their locks may be held together: docs/internals/threading.md.
 */
typedef struct commit_queue commit_queue;
typedef struct delivery delivery;
typedef struct applier applier;
typedef struct audit_trail audit_trail;
typedef struct offers_cache offers_cache;
typedef struct https_pool https_pool;
struct fhir_reader;

/*
 * Spare FHIR readers (readers.c): as many as serve has workers
 * (server.h, SERVER_WORKERS), so that each of them finds one kept. A
 * reader kept after the 72 official R4 examples holds 51 KiB; what one
 * may keep is bounded whatever peers send (a dictionary of 512 KiB, a
 * narrative buffer of 64 KiB, 4,096 JSON members: fhir_reader.c,
 * fhir_xmlsafe.c).
 */
#define CONNECTOR_READERS 8

struct bb_connector {
	bb_log_fn log;
	void *log_payload;
	bb_log_level log_level_option;  /* from the options; 0: from the configuration */
	atomic_int log_level;      /* in effect (connector_log_level); set by connector_resolve_log_level */
	char *plugin_path_option;
	char *search_path;         /* computed on first use, after the configuration */
	err_state err;
	mutex lock;                /* guards plugins and search_path (host/loader.c); a leaf */
	loaded_plugin *plugins;
	config *cfg;

	struct store *store;       /* the database (store/store.c) */
	commit_queue *commits;     /* the group commit of sends (deliver/send.c) */
	delivery *delivery;        /* breakers, dead-letter callback, worker thread (deliver/deliver.c) */
	applier *applier;          /* received feedback into the HIS (inbound/apply.c) */
	audit_trail *audit;        /* the audit trail and its keys (audit_api.c) */
	offers_cache *offers;      /* the configured beweegkaart (offers/pick.c) */
	https_pool *pool;          /* kept HTTPS handles per destination (transport/https.c) */
	struct subject_cache *subjects; /* client certificate subjects read (inbound/subjects.c) */
	/* spare FHIR readers, each slot a reader or NULL; no lock (readers.c) */
	_Atomic(struct fhir_reader *) readers[CONNECTOR_READERS];
};

struct outbox;
struct audit_rec;
/*
 * Queue a message durably (group commit); used for referrals and for
 * feedback. Problems go to `d`. `referral_key` (agb|id, or NULL) is for a
 * referral we send: it is recorded as "requested" in the same
 * transaction, so feedback is accepted only for a referral this practice
 * really sent. `audit` (may be NULL) is appended to the audit trail right
 * after the commit, with the rest of the batch's records.
 */
int delivery_enqueue(bb_connector *c, const char *msg_id, const char *destination,
		      const char *referral_id, const char *referral_key, const char *content_type,
		      const void *body, size_t len, const struct audit_rec *audit, diag_list *d);
/*
 * Run `fn` in the next group commit (the one delivery_enqueue uses):
 * inside the batch's transaction, in a savepoint of its own that is undone
 * when `fn` returns anything but BB_OK. The store's lock is held while
 * it runs; do not hold it when calling. BB_OK once the batch is committed
 * (durable); otherwise what `fn` or the commit returned.
 */
int delivery_store_grouped(bb_connector *c, int (*fn)(struct outbox *ob, void *arg), void *arg,
			   diag_list *d);
/* The group commit's queue and its lock (deliver/send.c); free it when no caller waits. */
int delivery_commit_queue_new(commit_queue **out);
void delivery_commit_queue_free(commit_queue *q);

/* Delivery's state and lock (deliver/deliver.c); free it once bb_delivery_stop has run. */
int delivery_new(delivery **out);
void delivery_free(delivery *dl);
/* Wake the delivery thread, if there is one: something was queued. */
void delivery_kick(bb_connector *c);

/* The applier's callback and lock (inbound/apply.c); free it when no thread applies. */
int inbound_applier_new(applier **out);
void inbound_applier_free(applier *a);

/* The kept HTTPS handles and their lock (transport/https.c). */
int transport_pool_new(https_pool **out);
void transport_pool_free(https_pool *hp);
/* Close the kept HTTPS handles; those in use are closed when they come back. */
void transport_pool_reload(https_pool *hp);

/*
 * The log level in effect: the options' level, else the configuration's
 * log_level, else warn. Resolved when the connector is made, when a
 * configuration is loaded and at bb_connector_reload, not per line: a log
 * line only reads one atomic value.
 */
bb_log_level connector_log_level(const bb_connector *c);

struct audit_rec;
/*
 * Append records to the audit trail when audit_log is configured
 * (audit_api.c). Never fails the caller: what happened has happened; a
 * record that cannot be written is logged at error level.
 */
void connector_audit(bb_connector *c, const struct audit_rec *recs, size_t n);
/* The patient pseudonym of `bsn` in `out` (33 bytes); NULL without a BSN or a key. */
const char *connector_pseudonym(bb_connector *c, const char *bsn, char *out);
/* With audit_log: its keys loaded and the trail opened now (BB_OK when not configured). */
int connector_audit_ready(bb_connector *c, diag_list *d);
/* The audit trail, opened on first use; free: close it and forget its keys. */
int connector_audit_trail_new(audit_trail **out);
void connector_audit_trail_free(audit_trail *t);
/* Who runs this process, for operator actions: "os-user:NAME" (or the uid). */
void connector_os_user(char *out, size_t size);
/*
 * Deliver once with the destination's adapter: BB_OK delivered,
 * BB_EUNAVAILABLE retry later, BB_EREFUSED given up by the receiver, other
 * codes for set-up problems. *detail (malloc'ed) says what happened.
 */
int adapter_deliver(bb_connector *c, const char *destination_id, const char *message_id,
		    const char *content_type, const void *body, size_t len, char **detail);
/* libxml2 wants one initialisation per process before threads use it. */
void connector_init_libxml(void);

/*
 * What a HIS does not repeat in every record: a referral that names no
 * practice AGB takes the [practice] fields it leaves empty
 * (adapter_calls.c; HIS records and canonical JSON documents alike).
 */
void adapter_practice_defaults(bb_connector *c, bb_referral *r, const char *source);

/* Shorthands for setting the calling thread's error; all return `code`. */
#define connector_error(c, code, ...) \
	err_set(&(c)->err, (code), NULL, 0, NULL, __VA_ARGS__)

#endif
