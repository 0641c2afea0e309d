#include "connector.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host/loader.h"
#include "store/outbox.h"
#include "store/store.h"
#include "audit/audit.h"
#include "inbound/subjects.h"
#include "offers/pick.h"
#include "log.h"
#include "readers.h"
#include "util/strutil.h"

static void connector_resolve_log_level(bb_connector *c);

const char *bb_strerror(int code)
{
	switch (code) {
	case BB_OK: return "no error";
	case BB_ERROR: return "internal error";
	case BB_ENOMEM: return "out of memory";
	case BB_EINVAL: return "invalid argument";
	case BB_ENOTFOUND: return "not found";
	case BB_EPLUGIN: return "plugin cannot be used";
	case BB_EABI: return "plugin ABI mismatch";
	case BB_EKIND: return "plugin of the wrong kind";
	case BB_ECONFIG: return "invalid configuration";
	case BB_EINPUT: return "invalid input";
	case BB_EIO: return "input/output error";
	case BB_EUNAVAILABLE: return "receiver unavailable";
	case BB_EREFUSED: return "refused by receiver";
	case BB_ETOOBIG: return "input too large";
	case BB_EUNSUPPORTED: return "not supported";
	case BB_ECORRUPT: return "stored data damaged or altered";
	}
	return "unknown error";
}

int bb_connector_new(bb_connector **out, const bb_options *opts)
{
	bb_connector *c;
	size_t i;

	if (!out)
		return BB_EINVAL;
	*out = NULL;
	if (opts && (opts->version == 0 || opts->version > BB_OPTIONS_VERSION))
		return BB_EINVAL;
	/* libxml2's global set-up (see message.c), before the HIS's threads use us */
	connector_init_libxml();
	c = calloc(1, sizeof(*c));
	if (!c)
		return BB_ENOMEM;
	for (i = 0; i < CONNECTOR_READERS; i++)
		atomic_init(&c->readers[i], NULL);
	if (err_state_init(&c->err) != BB_OK) {
		free(c);
		return BB_ENOMEM;
	}
	/* With default attributes this cannot fail on Linux; check anyway. */
	if (mutex_init(&c->lock, LOCK_RANK_LEAF, "the plugins' lock (loader.c)") != 0) {
		err_state_free(&c->err);
		free(c);
		return BB_ERROR;
	}
	/* each subsystem with its own lock; bb_connector_free takes a half-made connector */
	if (store_new(&c->store) != BB_OK || delivery_commit_queue_new(&c->commits) != BB_OK ||
	    delivery_new(&c->delivery) != BB_OK || inbound_applier_new(&c->applier) != BB_OK ||
	    connector_audit_trail_new(&c->audit) != BB_OK || offers_cache_new(&c->offers) != BB_OK ||
	    transport_pool_new(&c->pool) != BB_OK || inbound_subjects_new(&c->subjects) != BB_OK) {
		bb_connector_free(c);
		return BB_ENOMEM;
	}
	if (opts) {
		c->log = opts->log;
		c->log_payload = opts->log_payload;
		c->log_level_option = opts->log_level;
		if (opts->plugin_path && !(c->plugin_path_option = strdup(opts->plugin_path))) {
			bb_connector_free(c);
			return BB_ENOMEM;
		}
	}
	connector_resolve_log_level(c);
	*out = c;
	return BB_OK;
}

void bb_connector_free(bb_connector *c)
{
	if (!c)
		return;
	/* The delivery thread first: it uses everything below. */
	if (c->delivery)
		bb_delivery_stop(c);
	delivery_free(c->delivery);
	transport_pool_free(c->pool);
	store_free(c->store);
	delivery_commit_queue_free(c->commits);
	inbound_applier_free(c->applier);
	connector_audit_trail_free(c->audit);
	offers_cache_free(c->offers);
	inbound_subjects_free(c->subjects);
	connector_readers_free(c);
	loader_unload_all(c);
	config_free(c->cfg);
	free(c->plugin_path_option);
	free(c->search_path);
	mutex_destroy(&c->lock);
	err_state_free(&c->err);
	free(c);
}

static void connector_resolve_log_level(bb_connector *c)
{
	bb_log_level level = BB_LOG_WARN;
	const char *v;

	if (c->log_level_option)
		level = c->log_level_option;
	else if (c->cfg && (v = config_get(&c->cfg->connector, "log_level")))
		level = log_level_parse(v);
	atomic_store_explicit(&c->log_level, (int)level, memory_order_relaxed);
}

bb_log_level connector_log_level(const bb_connector *c)
{
	return (bb_log_level)atomic_load_explicit(&c->log_level, memory_order_relaxed);
}

/*
 * Checks that need the plugins: that each named adapter loads and is of
 * the right kind, and that each extra key of a destination is one its
 * adapter declares.
 */
static void check_adapters(bb_connector *c, const config *cfg, diag_list *d)
{
	const cfg_entry *e;
	const loaded_plugin *p;
	diag_list why = DIAG_LIST_INIT;
	size_t i, k;

	if ((e = config_find(&cfg->connector, "his_adapter")) &&
	    loader_load(c, e->value, BB_ADAPTER_HIS, &p, &why) != BB_OK)
		diag_add(d, BB_ECONFIG, cfg->path, e->line, "[connector]", "his_adapter: %s",
			 why.items[0].message);
	diag_clear(&why);

	for (i = 0; i < cfg->ndestinations; i++) {
		const cfg_section *s = &cfg->destinations[i];
		char *label = str_printf("[destination \"%s\"]", s->id);

		e = config_find(s, "adapter");
		p = NULL;
		if (e && loader_load(c, e->value, BB_ADAPTER_DESTINATION, &p, &why) != BB_OK)
			diag_add(d, BB_ECONFIG, cfg->path, e->line, label, "adapter: %s",
				 why.items[0].message);
		diag_clear(&why);
		for (k = 0; k < s->count; k++) {
			const cfg_entry *x = &s->entries[k];
			const char *const *ok;
			int known = 0;
			if (!x->extra)
				continue;
			for (ok = p ? p->table.settings : NULL; ok && *ok; ok++)
				if (strcmp(*ok, x->key) == 0)
					known = 1;
			if (!known && p)
				diag_add(d, BB_ECONFIG, cfg->path, x->line, label,
					 "unknown key \"%s\" (not a destination key, nor one adapter %s accepts)",
					 x->key, p->name);
			else if (!known)
				diag_add(d, BB_ECONFIG, cfg->path, x->line, label,
					 "unknown key \"%s\"", x->key);
		}
		free(label);
	}
	/* [his "adapter"]: a HIS adapter that loads, and only the code maps it declares */
	for (i = 0; i < cfg->nhis; i++) {
		const cfg_section *s = &cfg->his[i];
		char *label = str_printf("[his \"%s\"]", s->id);

		p = NULL;
		if (loader_load(c, s->id, BB_ADAPTER_HIS, &p, &why) != BB_OK)
			diag_add(d, BB_ECONFIG, cfg->path, s->line, label, "%s", why.items[0].message);
		diag_clear(&why);
		for (k = 0; p && k < s->count; k++) {
			const cfg_entry *x = &s->entries[k];
			const char *const *ok;
			int known = 0;
			for (ok = p->table.settings; ok && *ok; ok++)
				if (strcmp(*ok, x->key) == 0)
					known = 1;
			if (!known)
				diag_add(d, BB_ECONFIG, cfg->path, x->line, label,
					 "unknown key \"%s\" (HIS adapter %s has no such code map)", x->key,
					 p->name);
		}
		free(label);
	}
	diag_free(&why);
}

/* The store's place and retry policy from [connector] (used when it is first opened). */
static int configure_store(bb_connector *c, const config *cfg)
{
	const cfg_section *s = &cfg->connector;
	outbox_policy policy = { 0, 0, 0, 0, 0 };
	const char *v;

	if ((v = config_get(s, "max_attempts")))
		policy.max_attempts = (unsigned)strtoul(v, NULL, 10);
	if ((v = config_get(s, "retry_delay")))
		policy.base_delay = (unsigned)strtoul(v, NULL, 10);
	if ((v = config_get(s, "max_age")))
		policy.max_age = (unsigned)strtoul(v, NULL, 10);
	if ((v = config_get(s, "lease")))
		policy.lease = (unsigned)strtoul(v, NULL, 10);
	return store_configure(c->store, cfg->path, config_get(s, "outbox"), config_get(s, "outbox_key"),
			       &policy);
}

int bb_connector_load_config(bb_connector *c, const char *path)
{
	diag_list d = DIAG_LIST_INIT;
	config *cfg = NULL, *old;
	int rc;

	if (!c || !path)
		return c ? connector_error(c, BB_EINVAL, "no configuration file given") : BB_EINVAL;
	err_clear(&c->err);
	rc = config_load(&cfg, path, &d);
	if (rc == BB_OK) {
		/* Plugins are searched with the new file's plugin_path. */
		old = c->cfg;
		c->cfg = cfg;
		loader_reset_search_path(c);
		check_adapters(c, cfg, &d);
		if (d.count) {
			c->cfg = old;
			loader_reset_search_path(c);
			config_free(cfg);
			rc = BB_ECONFIG;
		} else if ((rc = configure_store(c, cfg)) != BB_OK) {
			c->cfg = old;
			loader_reset_search_path(c);
			config_free(cfg);
		} else {
			char count[24];
			config_free(old);
			connector_resolve_log_level(c);
			snprintf(count, sizeof count, "%zu", cfg->ndestinations);
			log_event(c, BB_LOG_INFO, "config.loaded", "path", path, "destinations", count,
				  (char *)NULL);
		}
	}
	if (rc != BB_OK)
		rc = err_set_diags(&c->err, &d, rc);
	diag_free(&d);
	return rc;
}

const bb_error *bb_error_last(const bb_connector *c)
{
	static const bb_error none = { BB_OK, "", NULL, 0, NULL };
	static const bb_error no_connector = { BB_EINVAL, "no connector", NULL, 0, NULL };
	err_slot *e;

	if (!c)
		return &no_connector;
	/* The error state is per thread; reading it does not change the connector. */
	e = err_slot_get((err_state *)&c->err);
	if (!e || !e->pub.message)
		return &none;
	return &e->pub;
}

void bb_error_clear(const bb_connector *c)
{
	if (c)
		err_clear((err_state *)&c->err);
}

size_t bb_error_count(const bb_connector *c)
{
	err_slot *e;

	if (!c)
		return 0;
	e = err_slot_get((err_state *)&c->err);
	return e ? e->problems.count : 0;
}

const char *bb_error_message_at(const bb_connector *c, size_t i)
{
	err_slot *e;

	if (!c)
		return NULL;
	e = err_slot_get((err_state *)&c->err);
	return e ? diag_line(&e->problems, i) : NULL;
}

const char *bb_config_his_adapter(const bb_connector *c)
{
	return c && c->cfg ? config_get(&c->cfg->connector, "his_adapter") : NULL;
}

const char *bb_config_outbox(const bb_connector *c)
{
	return c && c->cfg ? config_get(&c->cfg->connector, "outbox") : NULL;
}

size_t bb_config_destination_count(const bb_connector *c)
{
	return c && c->cfg ? c->cfg->ndestinations : 0;
}

const char *bb_config_destination_id(const bb_connector *c, size_t i)
{
	if (!c || !c->cfg || i >= c->cfg->ndestinations)
		return NULL;
	return c->cfg->destinations[i].id;
}

const char *bb_config_destination_get(const bb_connector *c, const char *id, const char *key)
{
	if (!c || !c->cfg || !id || !key)
		return NULL;
	return config_get(config_destination(c->cfg, id), key);
}

void bb_free(void *p)
{
	free(p);
}
