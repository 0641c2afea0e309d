#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "log.h"
#include "util/strutil.h"

typedef enum value_type {
	V_TEXT,          /* any non-empty text */
	V_ENUM,          /* one of `allowed` */
	V_ENUM_LIST,     /* comma-separated items of `allowed` */
	V_PLUGIN,        /* a plugin name */
	V_HTTPS_URL,
	V_READABLE_FILE,
	V_FILE_IN_DIR,   /* a file whose directory exists */
	V_PATH_LIST,     /* directories separated by ':' */
	V_SECONDS,       /* 1 .. 86400 */
	V_AGE,           /* 1 .. 7776000 (90 days) */
	V_COUNT,         /* 1 .. 2^31-1 */
	V_HOSTPORT,      /* host:port, port 0 .. 65535 */
	V_AGB            /* 8 digits (AGB code, URA number) */
} value_type;

typedef struct key_def {
	const char *key;
	value_type type;
	int required;
	const char *const *allowed;
} key_def;

static const char *const log_levels[] = { "error", "warn", "info", "debug", NULL };
static const char *const formats[] = { "json", "xml", NULL };
static const char *const receiver_kinds[] = {
	"sport-aanbieder", "beweegcoach", "gli", "stadspoli", "platform", NULL
};
/* What a receiver may be sent, beyond its kind's default profile. */
static const char *const data_items[] = {
	"bsn", "name", "birthdate", "gender", "address", "contact",
	"reasons", "diagnoses", "measurements", "letter", "preferences", NULL
};

static const key_def connector_keys[] = {
	{ "his_adapter", V_PLUGIN, 0, NULL },
	{ "outbox", V_FILE_IN_DIR, 0, NULL },
	{ "log_level", V_ENUM, 0, log_levels },
	{ "plugin_path", V_PATH_LIST, 0, NULL },
	{ "sender_endpoint", V_HTTPS_URL, 0, NULL },
	{ "outbox_key", V_READABLE_FILE, 0, NULL },
	{ "max_attempts", V_SECONDS, 0, NULL },
	{ "retry_delay", V_SECONDS, 0, NULL },
	{ "max_age", V_AGE, 0, NULL },
	{ "lease", V_SECONDS, 0, NULL },
	{ "breaker_failures", V_SECONDS, 0, NULL },
	{ "breaker_cooldown", V_SECONDS, 0, NULL },
	{ "audit_log", V_FILE_IN_DIR, 0, NULL },
	{ "audit_key", V_READABLE_FILE, 0, NULL },
	{ "audit_anchor", V_FILE_IN_DIR, 0, NULL },
	{ "beweegkaart", V_TEXT, 0, NULL },
	{ "beweegkaart_ca", V_READABLE_FILE, 0, NULL },
	{ NULL, 0, 0, NULL }
};

static const char *const sender_roles[] = { "referrer", "provider", NULL };

/* The GP practice: what a HIS does not repeat in every record (docs/configuration.md). */
static const key_def practice_keys[] = {
	{ "agb", V_AGB, 1, NULL },
	{ "ura", V_AGB, 0, NULL },
	{ "name", V_TEXT, 0, NULL },
	{ "phone", V_TEXT, 0, NULL },
	{ NULL, 0, 0, NULL }
};

static const key_def server_keys[] = {
	{ "listen", V_HOSTPORT, 0, NULL },
	{ "certificate", V_READABLE_FILE, 1, NULL },
	{ "key", V_READABLE_FILE, 1, NULL },
	{ "ca_file", V_READABLE_FILE, 1, NULL },
	{ "base", V_TEXT, 0, NULL },
	{ "max_body", V_COUNT, 0, NULL },
	{ "max_connections", V_COUNT, 0, NULL },
	{ "max_connections_per_peer", V_COUNT, 0, NULL },
	{ "timeout", V_SECONDS, 0, NULL },
	{ "handshake_timeout", V_SECONDS, 0, NULL },
	{ "header_timeout", V_SECONDS, 0, NULL },
	{ "request_timeout", V_SECONDS, 0, NULL },
	{ NULL, 0, 0, NULL }
};

/* The HL7 v2 listener (docs/his-integration.md). */
static const key_def mllp_keys[] = {
	{ "listen", V_HOSTPORT, 0, NULL },
	{ "adapter", V_PLUGIN, 0, NULL },
	{ "destination", V_TEXT, 0, NULL },
	{ "certificate", V_READABLE_FILE, 0, NULL },
	{ "key", V_READABLE_FILE, 0, NULL },
	{ "ca_file", V_READABLE_FILE, 0, NULL },
	{ "max_message", V_COUNT, 0, NULL },
	{ "max_connections", V_COUNT, 0, NULL },
	{ "max_per_peer", V_COUNT, 0, NULL },
	{ "timeout", V_SECONDS, 0, NULL },
	{ "idle_timeout", V_SECONDS, 0, NULL },
	{ "feedback_to", V_HOSTPORT, 0, NULL },
	{ "practices", V_TEXT, 0, NULL },
	{ NULL, 0, 0, NULL }
};

/* The local HIS API (beweegbrug api; docs/his-integration.md, docs/security.md). */
static const key_def api_keys[] = {
	{ "socket", V_FILE_IN_DIR, 0, NULL },
	{ "group", V_TEXT, 0, NULL },
	{ "listen", V_HOSTPORT, 0, NULL },
	{ "certificate", V_READABLE_FILE, 0, NULL },
	{ "key", V_READABLE_FILE, 0, NULL },
	{ "ca_file", V_READABLE_FILE, 0, NULL },
	{ "max_body", V_COUNT, 0, NULL },
	{ "max_connections", V_COUNT, 0, NULL },
	{ "max_connections_per_peer", V_COUNT, 0, NULL },
	{ "timeout", V_SECONDS, 0, NULL },
	{ "handshake_timeout", V_SECONDS, 0, NULL },
	{ "header_timeout", V_SECONDS, 0, NULL },
	{ "request_timeout", V_SECONDS, 0, NULL },
	{ NULL, 0, 0, NULL }
};

static const key_def sender_keys[] = {
	{ "subject", V_TEXT, 1, NULL },
	{ "role", V_ENUM, 1, sender_roles },
	{ "reply_to", V_TEXT, 0, NULL },
	{ "name", V_TEXT, 0, NULL },
	{ "agb", V_TEXT, 0, NULL },
	{ "destination", V_TEXT, 0, NULL },
	{ NULL, 0, 0, NULL }
};

static const key_def destination_keys[] = {
	{ "adapter", V_PLUGIN, 1, NULL },
	{ "endpoint", V_HTTPS_URL, 1, NULL },
	{ "name", V_TEXT, 0, NULL },
	{ "receiver_kind", V_ENUM, 1, receiver_kinds },
	{ "data", V_ENUM_LIST, 0, data_items },
	{ "format", V_ENUM, 0, formats },
	{ "client_cert", V_READABLE_FILE, 0, NULL },
	{ "client_key", V_READABLE_FILE, 0, NULL },
	{ "client_key_passphrase_file", V_READABLE_FILE, 0, NULL },
	{ "ca_file", V_READABLE_FILE, 0, NULL },
	{ "timeout", V_SECONDS, 0, NULL },
	{ "pin", V_TEXT, 0, NULL },
	{ NULL, 0, 0, NULL }
};

/* The next item of a list separated by commas and/or blanks; its length, 0 at the end. */
static size_t list_next(const char **p)
{
	const char *s = *p;
	size_t n;

	while (*s == ',' || *s == ' ' || *s == '\t')
		s++;
	n = strcspn(s, ", \t");
	*p = s;
	return n;
}

int config_list_has(const char *list, const char *item)
{
	size_t n, len = item ? strlen(item) : 0;

	for (; list && (n = list_next(&list)) > 0; list += n)
		if (n == len && strncmp(list, item, n) == 0)
			return 1;
	return 0;
}

/*
 * Who a sender is, for authorisation (docs/security.md): a referrer names
 * the practice AGB codes its referrals may carry (required: a receiver
 * that cannot check the practice would take any); a provider may name the
 * [destination]s it is (default: the one with its id) and its own AGB
 * codes (for referrals forwarded to it).
 */
static void check_sender_parties(const config *cfg, const cfg_section *s, diag_list *d)
{
	const cfg_entry *agb = config_find(s, "agb"), *dest = config_find(s, "destination");
	const cfg_entry *role = config_find(s, "role");
	const char *p;
	size_t n, k;

	for (p = agb ? agb->value : NULL; p && (n = list_next(&p)) > 0; p += n) {
		for (k = 0; k < n && p[k] >= '0' && p[k] <= '9'; k++)
			;
		if (n != 8 || k != 8)
			diag_add(d, BB_ECONFIG, cfg->path, agb->line, NULL,
				 "[sender \"%s\"]: agb: \"%.*s\" is not an AGB code (8 digits)", s->id,
				 (int)n, p);
	}
	if (role && strcmp(role->value, "referrer") == 0 && !agb)
		diag_add(d, BB_ECONFIG, cfg->path, s->line, NULL,
			 "[sender \"%s\"]: a referrer needs agb = the practice AGB code(s) its referrals"
			 " may carry", s->id);
	for (p = dest ? dest->value : NULL; p && (n = list_next(&p)) > 0; p += n) {
		char *id = str_ndup(p, n);
		if (id && !config_destination(cfg, id))
			diag_add(d, BB_ECONFIG, cfg->path, dest->line, NULL,
				 "[sender \"%s\"]: destination = \"%s\" is not a [destination]", s->id, id);
		free(id);
	}
}

/* Levenshtein distance, capped: only used to suggest a near key. */
static size_t edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j;
	size_t row[64];

	if (la >= 63 || lb >= 63)
		return 99;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			size_t up = row[j];
			size_t best = diag + (a[i - 1] != b[j - 1]);
			if (row[j] + 1 < best)
				best = row[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[lb];
}

static const char *nearest_key(const key_def *defs, const char *key)
{
	const char *best = NULL;
	size_t best_d = 3;

	for (; defs->key; defs++) {
		size_t d = edit_distance(defs->key, key);
		if (d < best_d) {
			best_d = d;
			best = defs->key;
		}
	}
	return best;
}

static char *section_label(const cfg_section *s)
{
	return s->id ? str_printf("[%s \"%s\"]", s->name, s->id) : str_printf("[%s]", s->name);
}

static int name_is_plugin(const char *v)
{
	if (!islower((unsigned char)*v) && !isdigit((unsigned char)*v))
		return 0;
	for (; *v; v++)
		if (!islower((unsigned char)*v) && !isdigit((unsigned char)*v) && *v != '-')
			return 0;
	return 1;
}

static int in_list(const char *const *allowed, const char *v, size_t len)
{
	for (; *allowed; allowed++)
		if (strlen(*allowed) == len && strncmp(*allowed, v, len) == 0)
			return 1;
	return 0;
}

static char *list_text(const char *const *allowed)
{
	strbuf b = STRBUF_INIT;

	for (; *allowed; allowed++)
		strbuf_printf(&b, "%s%s", b.len ? ", " : "", *allowed);
	return strbuf_detach(&b, NULL);
}

static int check_https_url(const char *v)
{
	const char *host;

	if (strncmp(v, "https://", 8) != 0)
		return 0;
	host = v + 8;
	if (!*host || *host == '/' || *host == ':')
		return 0;
	for (; *v; v++)
		if (isspace((unsigned char)*v) || iscntrl((unsigned char)*v))
			return 0;
	return 1;
}

/* A comma-separated list of allowed words: the first item that is not one is said. */
static int bad_enum_list(const config *cfg, const char *label, const key_def *def,
			 const cfg_entry *e, diag_list *d)
{
	const char *p = e->value;
	char *allowed = NULL;
	int bad = 0;

	while (*p && !bad) {
		const char *end = strchr(p, ',');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		char *item = str_trim(str_ndup(p, n));
		if (item && !in_list(def->allowed, item, strlen(item))) {
			allowed = list_text(def->allowed);
			diag_add(d, BB_ECONFIG, cfg->path, e->line, label,
				 "%s: \"%s\" is not one of: %s", e->key, item,
				 allowed ? allowed : "?");
			bad = 1;
		}
		free(item);
		p = end ? end + 1 : p + n;
	}
	free(allowed);
	return bad;
}

/* The numeric kinds of value (a count, host:port, an AGB, seconds); 1 when said to be bad. */
static int bad_number(const config *cfg, const char *label, const key_def *def,
		      const cfg_entry *e, diag_list *d)
{
	const char *v = e->value;
	int bad = 0;

	switch (def->type) {
	case V_COUNT: {
		char *end;
		long n;
		errno = 0;
		n = strtol(v, &end, 10);
		if (errno || *end || end == v || n < 1 || n > 2147483647L) {
			diag_add(d, BB_ECONFIG, cfg->path, e->line, label,
				 "%s = \"%s\" is not a whole number from 1", e->key, v);
			bad = 1;
		}
		break;
	}
	case V_HOSTPORT: {
		const char *colon = strrchr(v, ':');
		char *end;
		long port = colon ? strtol(colon + 1, &end, 10) : -1;
		if (!colon || colon == v || !colon[1] || *end || port < 0 || port > 65535) {
			diag_add(d, BB_ECONFIG, cfg->path, e->line, label,
				 "%s = \"%s\" is not host:port (e.g. 0.0.0.0:8443)", e->key, v);
			bad = 1;
		}
		break;
	}
	case V_AGB: {
		size_t n = strspn(v, "0123456789");
		if (n != 8 || v[n]) {
			diag_add(d, BB_ECONFIG, cfg->path, e->line, label,
				 "%s = \"%s\" is not 8 digits", e->key, v);
			bad = 1;
		}
		break;
	}
	case V_SECONDS:
	case V_AGE: {
		long max = def->type == V_AGE ? 7776000L : 86400L;
		char *end;
		long n;
		errno = 0;
		n = strtol(v, &end, 10);
		if (errno || *end || end == v || n < 1 || n > max) {
			diag_add(d, BB_ECONFIG, cfg->path, e->line, label,
				 "%s = \"%s\" is not a number of seconds from 1 to %ld",
				 e->key, v, max);
			bad = 1;
		}
		break;
	}
	default:
		break;
	}
	return bad;
}

/* Check one value; on a problem, record it and return -1. */
static int check_value(const config *cfg, const cfg_section *s, const key_def *def,
		       const cfg_entry *e, diag_list *d)
{
	const char *v = e->value;
	char *label = section_label(s), *allowed = NULL;
	int bad = 0;

	switch (def->type) {
	case V_TEXT:
		break;
	case V_ENUM:
		if (!in_list(def->allowed, v, strlen(v))) {
			allowed = list_text(def->allowed);
			diag_add(d, BB_ECONFIG, cfg->path, e->line, label,
				 "%s = \"%s\" is not one of: %s", e->key, v, allowed ? allowed : "?");
			bad = 1;
		}
		break;
	case V_ENUM_LIST:
		bad = bad_enum_list(cfg, label, def, e, d);
		break;
	case V_PLUGIN:
		if (!name_is_plugin(v)) {
			diag_add(d, BB_ECONFIG, cfg->path, e->line, label,
				 "%s = \"%s\" is not a plugin name (lower case letters, digits, '-')",
				 e->key, v);
			bad = 1;
		}
		break;
	case V_HTTPS_URL:
		if (!check_https_url(v)) {
			diag_add(d, BB_ECONFIG, cfg->path, e->line, label,
				 "%s = \"%s\" is not an https:// URL", e->key, v);
			bad = 1;
		}
		break;
	case V_READABLE_FILE:
		if (access(v, R_OK) != 0) {
			diag_add(d, BB_ECONFIG, cfg->path, e->line, label,
				 "%s: cannot read \"%s\": %s", e->key, v, strerror(errno));
			bad = 1;
		}
		break;
	case V_FILE_IN_DIR: {
		const char *slash = strrchr(v, '/');
		char *dir = slash ? (slash == v ? str_dup("/") : str_ndup(v, (size_t)(slash - v)))
				  : str_dup(".");
		if (dir && access(dir, W_OK | X_OK) != 0) {
			diag_add(d, BB_ECONFIG, cfg->path, e->line, label,
				 "%s: directory \"%s\" is not writable: %s", e->key, dir,
				 strerror(errno));
			bad = 1;
		}
		free(dir);
		break;
	}
	case V_PATH_LIST:
		break;
	case V_COUNT:
	case V_HOSTPORT:
	case V_AGB:
	case V_SECONDS:
	case V_AGE:
		bad = bad_number(cfg, label, def, e, d);
		break;
	}
	free(label);
	free(allowed);
	return bad ? -1 : 0;
}

static const key_def *find_def(const key_def *defs, const char *key)
{
	for (; defs->key; defs++)
		if (strcmp(defs->key, key) == 0)
			return defs;
	return NULL;
}

/* Check keys of a finished section against its table. */
static void check_section(config *cfg, cfg_section *s, const key_def *defs, int allow_extra,
			  diag_list *d)
{
	const key_def *def;
	size_t i;
	char *label = section_label(s);

	for (i = 0; i < s->count; i++) {
		cfg_entry *e = &s->entries[i];
		def = find_def(defs, e->key);
		if (def) {
			check_value(cfg, s, def, e, d);
			continue;
		}
		if (allow_extra) {
			/* The adapter decides; the connector checks after loading it. */
			e->extra = 1;
			continue;
		}
		{
			const char *near = nearest_key(defs, e->key);
			if (near)
				diag_add(d, BB_ECONFIG, cfg->path, e->line, label,
					 "unknown key \"%s\" (did you mean \"%s\"?)", e->key, near);
			else
				diag_add(d, BB_ECONFIG, cfg->path, e->line, label,
					 "unknown key \"%s\"", e->key);
		}
	}
	for (def = defs; def->key; def++)
		if (def->required && !config_find(s, def->key))
			diag_add(d, BB_ECONFIG, cfg->path, s->line, label,
				 "required key \"%s\" is missing", def->key);
	free(label);
}

static int valid_id(const char *id)
{
	if (!*id || strlen(id) > 64)
		return 0;
	if (!islower((unsigned char)*id) && !isdigit((unsigned char)*id))
		return 0;
	for (; *id; id++)
		if (!islower((unsigned char)*id) && !isdigit((unsigned char)*id) &&
		    *id != '-' && *id != '_' && *id != '.')
			return 0;
	return 1;
}

static void section_free(cfg_section *s)
{
	size_t i;

	for (i = 0; i < s->count; i++) {
		free(s->entries[i].key);
		free(s->entries[i].value);
	}
	free(s->entries);
	free(s->name);
	free(s->id);
	memset(s, 0, sizeof(*s));
}

void config_free(config *cfg)
{
	size_t i;

	if (!cfg)
		return;
	section_free(&cfg->connector);
	section_free(&cfg->server);
	section_free(&cfg->mllp);
	section_free(&cfg->api);
	section_free(&cfg->practice);
	for (i = 0; i < cfg->nhis; i++)
		section_free(&cfg->his[i]);
	free(cfg->his);
	for (i = 0; i < cfg->ndestinations; i++)
		section_free(&cfg->destinations[i]);
	free(cfg->destinations);
	for (i = 0; i < cfg->nsenders; i++)
		section_free(&cfg->senders[i]);
	free(cfg->senders);
	free(cfg->path);
	free(cfg);
}

const cfg_entry *config_find(const cfg_section *s, const char *key)
{
	size_t i;

	if (!s)
		return NULL;
	for (i = 0; i < s->count; i++)
		if (strcmp(s->entries[i].key, key) == 0)
			return &s->entries[i];
	return NULL;
}

const char *config_get(const cfg_section *s, const char *key)
{
	const cfg_entry *e = config_find(s, key);
	return e ? e->value : NULL;
}

const cfg_section *config_sender(const config *cfg, const char *id)
{
	size_t i;

	for (i = 0; cfg && i < cfg->nsenders; i++)
		if (strcmp(cfg->senders[i].id, id) == 0)
			return &cfg->senders[i];
	return NULL;
}

const cfg_section *config_his(const config *cfg, const char *adapter)
{
	size_t i;

	for (i = 0; cfg && adapter && i < cfg->nhis; i++)
		if (strcmp(cfg->his[i].id, adapter) == 0)
			return &cfg->his[i];
	return NULL;
}

int config_code_map(const char *map, const char *code, char *out, size_t size)
{
	const char *p = map;
	size_t clen = code ? strlen(code) : 0;

	while (p && *p && code) {
		const char *end = strchr(p, ','), *eq;
		size_t n = end ? (size_t)(end - p) : strlen(p), k, vlen;
		const char *v;

		while (n && isspace((unsigned char)*p)) {
			p++;
			n--;
		}
		eq = memchr(p, '=', n);
		if (eq) {
			k = (size_t)(eq - p);
			while (k && isspace((unsigned char)p[k - 1]))
				k--;
			v = eq + 1;
			vlen = n - (size_t)(v - p);
			while (vlen && isspace((unsigned char)*v)) {
				v++;
				vlen--;
			}
			while (vlen && isspace((unsigned char)v[vlen - 1]))
				vlen--;
			if (k == clen && strncmp(p, code, k) == 0) {
				if (vlen + 1 > size)
					return -1;
				memcpy(out, v, vlen);
				out[vlen] = '\0';
				return 1;
			}
		}
		p = end ? end + 1 : NULL;
	}
	return 0;
}

/* A code map is "CODE=value" items separated by commas, each side non-empty. */
static int code_map_ok(const char *map)
{
	const char *p = map;

	while (p) {
		const char *end = strchr(p, ','), *eq;
		size_t n = end ? (size_t)(end - p) : strlen(p), i;
		int before = 0, after = 0;
		eq = memchr(p, '=', n);
		if (!eq || memchr(eq + 1, '=', n - (size_t)(eq + 1 - p)))
			return 0;
		for (i = 0; p + i < eq; i++)
			before |= !isspace((unsigned char)p[i]);
		for (i = (size_t)(eq - p) + 1; i < n; i++)
			after |= !isspace((unsigned char)p[i]);
		if (!before || !after)
			return 0;
		p = end ? end + 1 : NULL;
	}
	return 1;
}

const cfg_section *config_destination(const config *cfg, const char *id)
{
	size_t i;

	for (i = 0; cfg && i < cfg->ndestinations; i++)
		if (strcmp(cfg->destinations[i].id, id) == 0)
			return &cfg->destinations[i];
	return NULL;
}

static int section_add(cfg_section *s, char *key, char *value, unsigned line)
{
	cfg_entry *grown = realloc(s->entries, (s->count + 1) * sizeof(*grown));

	if (!grown)
		return BB_ENOMEM;
	s->entries = grown;
	s->entries[s->count].key = key;
	s->entries[s->count].value = value;
	s->entries[s->count].line = line;
	s->entries[s->count].extra = 0;
	s->count++;
	return BB_OK;
}

/*
 * Parse a section header "[name]" or "[name "id"]" (already trimmed).
 * Returns the new section or NULL after recording a problem.
 */
static cfg_section *open_section(config *cfg, const char *text, unsigned line, diag_list *d)
{
	size_t len = strlen(text);
	char *inner, *name, *id = NULL, *sp;
	cfg_section *s = NULL;

	if (len < 3 || text[len - 1] != ']') {
		diag_add(d, BB_ECONFIG, cfg->path, line, NULL,
			 "section header must look like [connector] or [destination \"id\"]");
		return NULL;
	}
	inner = str_trim(str_ndup(text + 1, len - 2));
	if (!inner)
		return NULL;
	sp = strpbrk(inner, " \t");
	if (sp) {
		char *q = sp;
		size_t ql;
		*q++ = '\0';
		while (*q == ' ' || *q == '\t')
			q++;
		ql = strlen(q);
		if (ql < 2 || q[0] != '"' || q[ql - 1] != '"') {
			diag_add(d, BB_ECONFIG, cfg->path, line, NULL,
				 "section id must be in double quotes: [%s \"id\"]", inner);
			free(inner);
			return NULL;
		}
		id = str_ndup(q + 1, ql - 2);
	}
	name = inner;
	if (strcmp(name, "connector") == 0 || strcmp(name, "server") == 0 ||
	    strcmp(name, "practice") == 0 || strcmp(name, "mllp") == 0 || strcmp(name, "api") == 0) {
		cfg_section *single = strcmp(name, "server") == 0 ? &cfg->server
				      : strcmp(name, "practice") == 0 ? &cfg->practice
				      : strcmp(name, "mllp") == 0 ? &cfg->mllp
				      : strcmp(name, "api") == 0 ? &cfg->api : &cfg->connector;
		if (id) {
			diag_add(d, BB_ECONFIG, cfg->path, line, NULL, "[%s] takes no id", name);
		} else if (single->name) {
			diag_add(d, BB_ECONFIG, cfg->path, line, NULL,
				 "[%s] appears twice (first on line %u)", name, single->line);
		} else {
			s = single;
			s->name = name;
			s->line = line;
			return s;
		}
	} else if (strcmp(name, "destination") == 0 || strcmp(name, "sender") == 0 ||
		   strcmp(name, "his") == 0) {
		int dest = strcmp(name, "destination") == 0, his = strcmp(name, "his") == 0;
		cfg_section **list = dest ? &cfg->destinations : his ? &cfg->his : &cfg->senders;
		size_t *n = dest ? &cfg->ndestinations : his ? &cfg->nhis : &cfg->nsenders;
		const cfg_section *twin = !id ? NULL : dest ? config_destination(cfg, id)
						 : his ? config_his(cfg, id) : config_sender(cfg, id);
		if (!id) {
			diag_add(d, BB_ECONFIG, cfg->path, line, NULL,
				 "[%s] needs an id: [%s \"%s\"]", name, name,
				 dest ? "gli-noord" : his ? "his-hl7v2" : "huisartsen-noord");
		} else if (!valid_id(id)) {
			diag_add(d, BB_ECONFIG, cfg->path, line, NULL,
				 "%s id \"%s\" must be 1-64 of: a-z 0-9 - _ . (starting with a letter or digit)",
				 name, id);
		} else if (twin) {
			diag_add(d, BB_ECONFIG, cfg->path, line, NULL,
				 "%s \"%s\" appears twice (first on line %u)", name, id, twin->line);
		} else {
			cfg_section *grown = realloc(*list, (*n + 1) * sizeof(*grown));
			if (grown) {
				*list = grown;
				s = &grown[(*n)++];
				memset(s, 0, sizeof(*s));
				s->name = name;
				s->id = id;
				s->line = line;
				return s;
			}
		}
	} else {
		diag_add(d, BB_ECONFIG, cfg->path, line, NULL,
			 "unknown section [%s] (known: [connector], [destination \"id\"], [server], "
			 "[sender \"id\"], [practice], [his \"adapter\"], [mllp], [api])",
			 name);
	}
	free(name);
	free(id);
	return NULL;
}

/* Strip one pair of surrounding double quotes, keeping what is inside as is. */
static char *unquote(char *v)
{
	size_t n = strlen(v);

	if (n >= 2 && v[0] == '"' && v[n - 1] == '"') {
		memmove(v, v + 1, n - 2);
		v[n - 2] = '\0';
	}
	return v;
}

/*
 * The lines into sections of `cfg`: each problem said with its line, and
 * parsing goes on after it, so that one run reports all of them. Only
 * running out of memory stops it.
 */
static int parse_lines(config *cfg, const char *path, const char *text, size_t len, diag_list *d)
{
	cfg_section *cur = NULL;
	int in_bad_section = 0;
	unsigned line = 0;
	size_t pos = 0;

	while (pos < len) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - (text + pos)) : len - pos;
		char *l = str_trim(str_ndup(text + pos, n));
		char *eq, *key, *value;

		pos += n + (nl ? 1 : 0);
		line++;
		if (!l)
			return BB_ENOMEM;
		if (!*l || *l == '#' || *l == ';') {
			free(l);
			continue;
		}
		if (*l == '[') {
			cur = open_section(cfg, l, line, d);
			in_bad_section = cur == NULL;
			free(l);
			continue;
		}
		eq = strchr(l, '=');
		if (!eq) {
			diag_add(d, BB_ECONFIG, path, line, NULL,
				 "expected \"key = value\", a [section] or a # comment");
			free(l);
			continue;
		}
		*eq = '\0';
		key = str_trim(str_dup(l));
		value = unquote(str_trim(str_dup(eq + 1)));
		free(l);
		if (!key || !value) {
			free(key);
			free(value);
			return BB_ENOMEM;
		}
		if (!cur) {
			if (!in_bad_section)
				diag_add(d, BB_ECONFIG, path, line, NULL,
					 "\"%s\" is outside any section; start with [connector]", key);
		} else if (!*key) {
			diag_add(d, BB_ECONFIG, path, line, NULL, "missing key before '='");
		} else if (!*value) {
			diag_add(d, BB_ECONFIG, path, line, NULL,
				 "%s has an empty value; leave the key out instead", key);
		} else if (config_find(cur, key)) {
			diag_add(d, BB_ECONFIG, path, line, NULL,
				 "%s is set twice in this section (first on line %u)", key,
				 config_find(cur, key)->line);
		} else if (section_add(cur, key, value, line) == BB_OK) {
			continue;
		}
		free(key);
		free(value);
	}
	return BB_OK;
}

/* Each section's keys and values, and what one section says about another. */
static void check_config(config *cfg, diag_list *d)
{
	size_t i;

	if (cfg->connector.name) {
		const cfg_entry *e = config_find(&cfg->connector, "audit_log");
		check_section(cfg, &cfg->connector, connector_keys, 0, d);
		/* patients appear in the trail only as a keyed pseudonym: a key is needed */
		if (e && !config_find(&cfg->connector, "audit_key") &&
		    !config_find(&cfg->connector, "outbox_key"))
			diag_add(d, BB_ECONFIG, cfg->path, e->line, "[connector]",
				 "audit_log needs audit_key (or outbox_key) for the patient pseudonyms");
	}
	for (i = 0; i < cfg->ndestinations; i++)
		check_section(cfg, &cfg->destinations[i], destination_keys, 1, d);
	if (cfg->practice.name)
		check_section(cfg, &cfg->practice, practice_keys, 0, d);
	/* a HIS adapter's keys are its own (checked once it is loaded); each is a code map */
	for (i = 0; i < cfg->nhis; i++) {
		size_t k;
		for (k = 0; k < cfg->his[i].count; k++) {
			cfg_entry *e = &cfg->his[i].entries[k];
			e->extra = 1;
			if (!code_map_ok(e->value))
				diag_add(d, BB_ECONFIG, cfg->path, e->line, NULL,
					 "[his \"%s\"]: %s is not a code map: CODE=value items "
					 "separated by commas, e.g. VERW-BEW=beweegcoach",
					 cfg->his[i].id, e->key);
		}
	}
	if (cfg->server.name)
		check_section(cfg, &cfg->server, server_keys, 0, d);
	if (cfg->mllp.name) {
		const cfg_entry *e = config_find(&cfg->mllp, "destination");
		int tls = !!config_find(&cfg->mllp, "certificate") + !!config_find(&cfg->mllp, "key") +
			  !!config_find(&cfg->mllp, "ca_file");
		check_section(cfg, &cfg->mllp, mllp_keys, 0, d);
		if (e && !config_destination(cfg, e->value))
			diag_add(d, BB_ECONFIG, cfg->path, e->line, NULL,
				 "[mllp]: destination = \"%s\" is not a [destination]", e->value);
		if (tls != 0 && tls != 3)
			diag_add(d, BB_ECONFIG, cfg->path, cfg->mllp.line, NULL,
				 "[mllp]: TLS needs certificate, key and ca_file together");
	}
	if (cfg->api.name) {
		int tls = !!config_find(&cfg->api, "certificate") + !!config_find(&cfg->api, "key") +
			  !!config_find(&cfg->api, "ca_file");
		const cfg_entry *hs = config_find(&cfg->api, "header_timeout");
		const cfg_entry *rq = config_find(&cfg->api, "request_timeout");
		check_section(cfg, &cfg->api, api_keys, 0, d);
		if (tls != 0 && tls != 3)
			diag_add(d, BB_ECONFIG, cfg->path, cfg->api.line, NULL,
				 "[api]: TLS needs certificate, key and ca_file together");
		if (config_find(&cfg->api, "socket") && config_find(&cfg->api, "listen"))
			diag_add(d, BB_ECONFIG, cfg->path, config_find(&cfg->api, "listen")->line, NULL,
				 "[api]: socket and listen exclude each other (one API, one socket)");
		if (hs && rq && strtoul(rq->value, NULL, 10) < strtoul(hs->value, NULL, 10))
			diag_add(d, BB_ECONFIG, cfg->path, rq->line, NULL,
				 "[api]: request_timeout (%s) is shorter than header_timeout (%s)",
				 rq->value, hs->value);
	}
	for (i = 0; i < cfg->nsenders; i++) {
		const cfg_entry *e = config_find(&cfg->senders[i], "reply_to");
		check_section(cfg, &cfg->senders[i], sender_keys, 0, d);
		if (e && !config_destination(cfg, e->value))
			diag_add(d, BB_ECONFIG, cfg->path, e->line, NULL,
				 "[sender \"%s\"]: reply_to = \"%s\" is not a [destination]",
				 cfg->senders[i].id, e->value);
		check_sender_parties(cfg, &cfg->senders[i], d);
	}
}

int config_parse(config **out, const char *path, const char *text, size_t len, diag_list *d)
{
	config *cfg;
	size_t before = d->count;

	*out = NULL;
	if (len > CONFIG_MAX_BYTES)
		return diag_add(d, BB_ETOOBIG, path, 0, NULL,
				"configuration is larger than %d bytes", CONFIG_MAX_BYTES);
	if (memchr(text, '\0', len))
		return diag_add(d, BB_ECONFIG, path, 0, NULL,
				"configuration contains a NUL byte; is it a text file?");
	cfg = calloc(1, sizeof(*cfg));
	if (!cfg || !(cfg->path = str_dup(path))) {
		free(cfg);
		return BB_ENOMEM;
	}
	if (parse_lines(cfg, path, text, len, d) != BB_OK) {
		config_free(cfg);
		return BB_ENOMEM;
	}
	check_config(cfg, d);
	if (d->count > before) {
		config_free(cfg);
		return BB_ECONFIG;
	}
	*out = cfg;
	return BB_OK;
}

int config_load(config **out, const char *path, diag_list *d)
{
	FILE *f;
	strbuf b = STRBUF_INIT;
	char chunk[8192];
	size_t n;
	int rc;

	*out = NULL;
	f = fopen(path, "rb");
	if (!f)
		return diag_add(d, errno == ENOENT ? BB_ENOTFOUND : BB_EIO, path, 0, NULL,
				"cannot open configuration: %s", strerror(errno));
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		if (b.len + n > CONFIG_MAX_BYTES) {
			fclose(f);
			strbuf_free(&b);
			return diag_add(d, BB_ETOOBIG, path, 0, NULL,
					"configuration is larger than %d bytes", CONFIG_MAX_BYTES);
		}
		strbuf_add(&b, chunk, n);
	}
	if (ferror(f)) {
		fclose(f);
		strbuf_free(&b);
		return diag_add(d, BB_EIO, path, 0, NULL, "cannot read configuration");
	}
	fclose(f);
	if (b.failed) {
		strbuf_free(&b);
		return BB_ENOMEM;
	}
	rc = config_parse(out, path, b.data ? b.data : "", b.len, d);
	strbuf_free(&b);
	return rc;
}

/*
 * Every section's key table, for config_each_key: a table added above is
 * listed here too, so that `beweegbrug config keys` and the man page test
 * (tests/man.test) know its keys.
 */
static const struct {
	const char *section;
	const key_def *keys;
} key_tables[] = {
	{ "connector", connector_keys },
	{ "practice", practice_keys },
	{ "server", server_keys },
	{ "mllp", mllp_keys },
	{ "api", api_keys },
	{ "sender", sender_keys },
	{ "destination", destination_keys },
};

static char *value_text(const key_def *def)
{
	char *list;

	switch (def->type) {
	case V_TEXT:
		return str_dup("text");
	case V_ENUM:
	case V_ENUM_LIST:
		list = list_text(def->allowed);
		if (!list)
			return NULL;
		{
			char *t = str_printf(def->type == V_ENUM ? "one of: %s"
						: "comma-separated, from: %s", list);
			free(list);
			return t;
		}
	case V_PLUGIN:
		return str_dup("a plugin name");
	case V_HTTPS_URL:
		return str_dup("an https:// URL");
	case V_READABLE_FILE:
		return str_dup("a readable file");
	case V_FILE_IN_DIR:
		return str_dup("a file in a writable directory");
	case V_PATH_LIST:
		return str_dup("directories separated by ':'");
	case V_SECONDS:
		return str_dup("a whole number from 1 to 86400");
	case V_AGE:
		return str_dup("seconds from 1 to 7776000");
	case V_COUNT:
		return str_dup("a whole number from 1");
	case V_HOSTPORT:
		return str_dup("host:port");
	case V_AGB:
		return str_dup("8 digits");
	}
	return str_dup("text");
}

void config_each_key(config_key_fn fn, void *payload)
{
	size_t t;
	const key_def *def;

	for (t = 0; t < sizeof key_tables / sizeof key_tables[0]; t++)
		for (def = key_tables[t].keys; def->key; def++) {
			char *value = value_text(def);
			fn(key_tables[t].section, def->key, def->required, value ? value : "?", payload);
			free(value);
		}
}
