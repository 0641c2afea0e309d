/*
 * The configuration file: a small INI dialect, read strictly.
 *
 *   # comment (whole lines only, so '#' may appear in values)
 *   [connector]
 *   his_adapter = his-xml
 *   [destination "gli-noord"]
 *   adapter = fhir-message
 *   endpoint = https://gli.example.nl/fhir
 *   [server]                       (when we receive: beweegbrug serve)
 *   listen = 0.0.0.0:8443
 *   [sender "huisartsen-noord"]    (who may send us what)
 *   subject = CN=gp-001,O=Huisartsen Noord
 *   [practice]                     (the GP practice, for records that do not name it)
 *   agb = 01000002
 *   [his "his-hl7v2"]              (a HIS adapter's local codes: CODE=value, ...)
 *   referral_types = VERW-BEW=beweegcoach, VERW-GLI=gli
 *   [mllp]                         (HL7 v2 from the HIS: beweegbrug mllp)
 *   listen = 127.0.0.1:2575
 *   [api]                          (the local HIS API: beweegbrug api)
 *   socket = /run/beweegbrug/api.sock
 *
 * Every section and key must be known; values are checked by type (enum,
 * URL, readable file, ...). Keys an adapter declares for itself are kept
 * as "extra" here and checked by the connector once the adapter is loaded.
 * Every problem is reported with file and line, all in one pass.
 */
#ifndef BB_CONFIG_H
#define BB_CONFIG_H

#include <stddef.h>

#include "beweegbrug.h"
#include "util/diag.h"

typedef struct cfg_entry {
	char *key;
	char *value;
	unsigned line;
	int extra;               /* not a core key: the adapter must accept it */
} cfg_entry;

typedef struct cfg_section {
	char *name;              /* "connector" or "destination" */
	char *id;                /* destination id; NULL for [connector] */
	unsigned line;
	cfg_entry *entries;
	size_t count;
} cfg_section;

typedef struct config {
	char *path;
	cfg_section connector;   /* name NULL when the file has no [connector] */
	cfg_section *destinations;
	size_t ndestinations;
	cfg_section server;      /* [server]; name NULL when absent */
	cfg_section *senders;    /* [sender "id"]: who may send us messages */
	size_t nsenders;
	cfg_section practice;    /* [practice]: the GP practice this installation serves */
	cfg_section *his;        /* [his "adapter"]: a HIS adapter's code maps */
	cfg_section mllp;        /* [mllp]: the HL7 v2 listener; name NULL when absent */
	cfg_section api;         /* [api]: the local HIS API; name NULL when absent */
	size_t nhis;
} config;

/* Parse `text` (the file's bytes, `path` for messages). All problems go to `d`. */
int config_parse(config **out, const char *path, const char *text, size_t len, diag_list *d);
/* Read and parse a file. */
int config_load(config **out, const char *path, diag_list *d);
void config_free(config *cfg);

const cfg_entry *config_find(const cfg_section *s, const char *key);
const char *config_get(const cfg_section *s, const char *key);
const cfg_section *config_destination(const config *cfg, const char *id);
const cfg_section *config_sender(const config *cfg, const char *id);
/* The [his "adapter"] section of a HIS adapter, or NULL. */
const cfg_section *config_his(const config *cfg, const char *adapter);
/*
 * Look `code` up in a code map value "CODE=value, CODE=value" (spaces
 * around items ignored). The value is copied into `out`: 1 found, 0 not
 * found, -1 when it does not fit.
 */
int config_code_map(const char *map, const char *code, char *out, size_t size);
/* Is `item` one of a list separated by commas and/or blanks ("a, b c")? */
int config_list_has(const char *list, const char *item);

/*
 * Every key of every section's table (bb_config_keys, `beweegbrug config
 * keys`, the man page test): section name, key, required, and what the
 * value must be ("seconds from 1 to 86400", "one of: json, xml", ...).
 */
typedef void (*config_key_fn)(const char *section, const char *key, int required,
			      const char *value, void *payload);
void config_each_key(config_key_fn fn, void *payload);

/* Largest configuration file we read. */
#define CONFIG_MAX_BYTES (1024 * 1024)

#endif
