/*
 * <beweegbrug/config.h>: the configuration read back, and plugins.
 * Part of the public API; programs include <beweegbrug.h>, which
 * includes every topic header. This one also compiles on its own.
 */
#ifndef BEWEEGBRUG_CONFIG_H
#define BEWEEGBRUG_CONFIG_H

#include "beweegbrug/common.h"

#ifdef __cplusplus
extern "C" {
#endif

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

#ifdef __cplusplus
}
#endif

#endif
