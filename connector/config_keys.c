/*
 * bb_config_keys: the configuration keys this installation knows, from the
 * parser's own tables and the loaded destination adapters' tables, so
 * that tools and documentation (the man page test) never work from a
 * hand-kept list.
 */
#include "config.h"
#include "connector.h"

typedef struct relay {
	bb_config_key_cb cb;
	void *payload;
} relay;

static void core_key(const char *section, const char *key, int required, const char *value,
		     void *payload)
{
	relay *r = payload;

	r->cb(section, NULL, key, required, value, r->payload);
}

static void found(const bb_plugin_info *info, void *payload)
{
	(void)info;
	(void)payload;
}

int bb_config_keys(bb_connector *c, bb_config_key_cb cb, void *payload)
{
	relay r = { cb, payload };
	const loaded_plugin *p;
	const char *const *key;
	int rc;

	if (!cb)
		return BB_EINVAL;
	config_each_key(core_key, &r);
	if (!c)
		return BB_OK;
	/* loads every plugin on the search path, so each one's table is known */
	rc = bb_plugin_foreach(c, found, NULL);
	if (rc != BB_OK)
		return rc;
	mutex_lock(&c->lock);
	/* a destination adapter's keys go in [destination], a HIS adapter's in [his "NAME"] */
	for (p = c->plugins; p; p = p->next)
		for (key = p->table.settings; key && *key; key++)
			cb(p->info.kind == BB_ADAPTER_HIS ? "his" : "destination", p->info.name, *key, 0,
			   p->info.kind == BB_ADAPTER_HIS ? "a code map: CODE=value, ..."
							  : "text (the adapter checks it)",
			   payload);
	mutex_unlock(&c->lock);
	return BB_OK;
}
