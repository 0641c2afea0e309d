#include "loader.h"

#include <ctype.h>
#include <dirent.h>
#include <dlfcn.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "log.h"
#include "util/strutil.h"

#define PLUGIN_ENV "BEWEEGBRUG_PLUGIN_PATH"
#define PLUGIN_SUFFIX ".so"
#define BUILTIN_PATH "(built in)"

/* The smallest table each ABI version must provide. */
static size_t min_table_size(uint32_t abi)
{
	/*
	 * ABI 2 needs the fields ABI 1 needed; acknowledge and check_answer,
	 * appended later, may still be absent (treated as NULL).
	 */
	(void)abi;
	return offsetof(bb_adapter, fetch_feedback) + sizeof(((bb_adapter *)0)->fetch_feedback);
}

static int valid_name(const char *name)
{
	const char *p = name;

	if (!*p || strlen(p) > 64 || !(islower((unsigned char)*p) || isdigit((unsigned char)*p)))
		return 0;
	for (; *p; p++)
		if (!islower((unsigned char)*p) && !isdigit((unsigned char)*p) && *p != '-')
			return 0;
	return 1;
}

static int is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/*
 * The installed plugin directory, found relative to the library file
 * itself: lib/libbeweegbrug.so.0 -> lib/beweegbrug/plugins. This keeps an
 * installed tree working when it is moved or installed under another
 * prefix than the one it was configured with.
 */
static char *library_relative_dir(void)
{
	Dl_info info;
	char *real, *slash, *dir;

	if (!dladdr((void *)bb_version, &info) || !info.dli_fname)
		return NULL;
	/* The loader may name it ".../bin/../lib/libbeweegbrug.so.0". */
	real = realpath(info.dli_fname, NULL);
	if (!real)
		return NULL;
	slash = strrchr(real, '/');
	dir = slash ? str_printf("%.*s/beweegbrug/plugins", (int)(slash - real), real) : NULL;
	free(real);
	return dir;
}

static void add_dir(strbuf *b, const char *dir)
{
	size_t dl = strlen(dir);
	const char *p = b->data;

	/* skip duplicates */
	while (p && *p) {
		const char *end = strchr(p, ':');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		if (n == dl && strncmp(p, dir, n) == 0)
			return;
		p = end ? end + 1 : p + n;
	}
	strbuf_printf(b, "%s%s", b->len ? ":" : "", dir);
}

/* Call with c->lock held. */
static const char *search_path_locked(bb_connector *c)
{
	const char *explicit_path = c->plugin_path_option;
	strbuf b = STRBUF_INIT;
	char *rel;

	if (c->search_path)
		return c->search_path;
	if (!explicit_path || !*explicit_path)
		explicit_path = getenv(PLUGIN_ENV);
	if ((!explicit_path || !*explicit_path) && c->cfg)
		explicit_path = config_get(&c->cfg->connector, "plugin_path");
	if (explicit_path && *explicit_path) {
		strbuf_puts(&b, explicit_path);
	} else {
		rel = library_relative_dir();
		if (rel && is_dir(rel))
			add_dir(&b, rel);
		free(rel);
		add_dir(&b, BB_PLUGINDIR);
	}
	c->search_path = strbuf_detach(&b, NULL);
	return c->search_path;
}

const char *bb_plugin_search_path(bb_connector *c)
{
	const char *p;

	if (!c)
		return NULL;
	mutex_lock(&c->lock);
	p = search_path_locked(c);
	mutex_unlock(&c->lock);
	return p;
}

void loader_reset_search_path(bb_connector *c)
{
	mutex_lock(&c->lock);
	free(c->search_path);
	c->search_path = NULL;
	mutex_unlock(&c->lock);
}

/* The first existing <dir>/<name>.so on the path, or NULL. */
static char *find_file(const char *path, const char *name)
{
	const char *p = path;

	while (p && *p) {
		const char *end = strchr(p, ':');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		if (n) {
			char *file = str_printf("%.*s/%s" PLUGIN_SUFFIX, (int)n, p, name);
			if (file && access(file, F_OK) == 0)
				return file;
			free(file);
		}
		p = end ? end + 1 : p + n;
	}
	return NULL;
}

static loaded_plugin *find_loaded(bb_connector *c, const char *name)
{
	loaded_plugin *p;

	for (p = c->plugins; p; p = p->next)
		if (strcmp(p->name, name) == 0)
			return p;
	return NULL;
}

static int kind_ok(const loaded_plugin *p, int kind, diag_list *d)
{
	if (kind && (int)p->table.kind != kind)
		return diag_add(d, BB_EKIND, NULL, 0, NULL,
				"plugin \"%s\" (%s) is a %s, not a %s", p->name, p->path,
				bb_adapter_kind_name((int)p->table.kind), bb_adapter_kind_name(kind));
	return BB_OK;
}

/*
 * Check the table an entry function returned and make the loaded_plugin.
 * `expect_name` is the file's name (NULL for built-ins).
 */
static int adopt_table(bb_connector *c, const bb_adapter *t, const char *expect_name,
		       const char *path, void *handle, loaded_plugin **out, diag_list *d)
{
	const char *who = expect_name ? expect_name : (t && t->name ? t->name : "?");
	char abi[16];
	loaded_plugin *p;
	size_t copy;

	*out = NULL;
	if (!t)
		return diag_add(d, BB_EPLUGIN, NULL, 0, NULL,
				"plugin \"%s\" (%s) returned no adapter table for plugin ABI %u",
				who, path, BB_PLUGIN_ABI_VERSION);
	if (t->abi_version > BB_PLUGIN_ABI_VERSION)
		return diag_add(d, BB_EABI, NULL, 0, NULL,
				"plugin \"%s\" (%s) needs plugin ABI %u, but this library speaks ABI %u to %u; upgrade libbeweegbrug",
				who, path, t->abi_version, BB_PLUGIN_ABI_MIN, BB_PLUGIN_ABI_VERSION);
	if (t->abi_version < BB_PLUGIN_ABI_MIN)
		return diag_add(d, BB_EABI, NULL, 0, NULL,
				"plugin \"%s\" (%s) was built for plugin ABI %u, but this library speaks ABI %u to %u; rebuild the plugin against its beweegbrug/sys/plugin.h",
				who, path, t->abi_version, BB_PLUGIN_ABI_MIN, BB_PLUGIN_ABI_VERSION);
	if (t->struct_size < min_table_size(t->abi_version))
		return diag_add(d, BB_EABI, NULL, 0, NULL,
				"plugin \"%s\" (%s) has an adapter table of %u bytes; plugin ABI %u needs at least %zu",
				who, path, t->struct_size, t->abi_version,
				min_table_size(t->abi_version));
	if (!t->name || !valid_name(t->name))
		return diag_add(d, BB_EPLUGIN, NULL, 0, NULL,
				"plugin \"%s\" (%s) has no valid name in its adapter table", who, path);
	if (expect_name && strcmp(t->name, expect_name) != 0)
		return diag_add(d, BB_EPLUGIN, NULL, 0, NULL,
				"plugin file %s calls itself \"%s\"; the file must be named %s" PLUGIN_SUFFIX,
				path, t->name, t->name);
	if (t->kind != BB_ADAPTER_HIS && t->kind != BB_ADAPTER_DESTINATION)
		return diag_add(d, BB_EPLUGIN, NULL, 0, NULL,
				"plugin \"%s\" (%s) has unknown adapter kind %u", who, path, t->kind);
	if (t->kind == BB_ADAPTER_HIS && !t->read_referral)
		return diag_add(d, BB_EPLUGIN, NULL, 0, NULL,
				"plugin \"%s\" (%s) is a HIS adapter without read_referral", who, path);
	if (t->kind == BB_ADAPTER_DESTINATION && !t->deliver)
		return diag_add(d, BB_EPLUGIN, NULL, 0, NULL,
				"plugin \"%s\" (%s) is a destination adapter without deliver", who, path);

	p = calloc(1, sizeof(*p));
	if (!p)
		return BB_ENOMEM;
	/* Read only what the plugin declared; newer fields stay NULL. */
	copy = t->struct_size < sizeof(p->table) ? t->struct_size : sizeof(p->table);
	memcpy(&p->table, t, copy);
	p->name = strdup(t->name);
	p->path = strdup(path);
	p->description = strdup(t->description ? t->description : "");
	if (!p->name || !p->path || !p->description) {
		free(p->name);
		free(p->path);
		free(p->description);
		free(p);
		return BB_ENOMEM;
	}
	p->handle = handle;
	p->info.name = p->name;
	p->info.path = p->path;
	p->info.description = p->description;
	p->info.kind = (int)t->kind;
	p->info.abi_version = t->abi_version;
	p->next = c->plugins;
	c->plugins = p;
	*out = p;
	snprintf(abi, sizeof abi, "%u", t->abi_version);
	log_event(c, BB_LOG_DEBUG, "plugin.loaded", "plugin", p->name,
		  "kind", bb_adapter_kind_name((int)t->kind), "path", path, "abi", abi, (char *)NULL);
	return BB_OK;
}

/* Load the file of a plugin; call with c->lock held. */
static int load_file(bb_connector *c, const char *name, const char *file,
		     loaded_plugin **out, diag_list *d)
{
	void *handle;
	bb_adapter_entry_fn entry;
	int rc;

	dlerror();
	/* RTLD_LOCAL: two plugins may carry different private dependencies. */
	handle = dlopen(file, RTLD_NOW | RTLD_LOCAL);
	if (!handle) {
		const char *why = dlerror();
		return diag_add(d, BB_EPLUGIN, NULL, 0, NULL,
				"plugin \"%s\" (%s) cannot be loaded: %s", name, file,
				why ? why : "unknown reason");
	}
	/* The cast through a function type is how POSIX says dlsym results are used. */
	*(void **)(&entry) = dlsym(handle, BB_PLUGIN_ENTRY_SYMBOL);
	if (!entry) {
		dlclose(handle);
		return diag_add(d, BB_EPLUGIN, NULL, 0, NULL,
				"plugin \"%s\" (%s) has no entry symbol " BB_PLUGIN_ENTRY_SYMBOL,
				name, file);
	}
	rc = adopt_table(c, entry(BB_PLUGIN_ABI_VERSION), name, file, handle, out, d);
	if (rc != BB_OK)
		dlclose(handle);
	return rc;
}

int loader_load(bb_connector *c, const char *name, int kind, const loaded_plugin **out,
		diag_list *d)
{
	loaded_plugin *p;
	char *file;
	int rc;

	if (out)
		*out = NULL;
	if (!name || !valid_name(name))
		return diag_add(d, BB_EINVAL, NULL, 0, NULL,
				"\"%s\" is not a plugin name (lower case letters, digits and '-')",
				name ? name : "");
	mutex_lock(&c->lock);
	p = find_loaded(c, name);
	if (!p) {
		const char *path = search_path_locked(c);
		file = find_file(path, name);
		if (!file) {
			rc = diag_add(d, BB_ENOTFOUND, NULL, 0, NULL,
				      "plugin \"%s\" not found (searched: %s)", name,
				      path && *path ? path : "nothing");
			goto unlock;
		}
		rc = load_file(c, name, file, &p, d);
		free(file);
		if (rc != BB_OK)
			goto unlock;
	}
	mutex_unlock(&c->lock);
	if ((rc = kind_ok(p, kind, d)) != BB_OK)
		return rc;
	if (out)
		*out = p;
	return BB_OK;
unlock:
	mutex_unlock(&c->lock);
	return rc;
}

/* Check and add an adapter whose entry function is in the program. */
static int loader_register(bb_connector *c, bb_adapter_entry_fn entry,
			   const loaded_plugin **out, diag_list *d)
{
	const bb_adapter *t;
	loaded_plugin *p;
	int rc;

	if (!entry)
		return diag_add(d, BB_EINVAL, NULL, 0, NULL, "no entry function given");
	t = entry(BB_PLUGIN_ABI_VERSION);
	mutex_lock(&c->lock);
	if (t && t->name && find_loaded(c, t->name)) {
		rc = diag_add(d, BB_EINVAL, NULL, 0, NULL,
			      "an adapter named \"%s\" is already loaded", t->name);
		goto unlock;
	}
	if ((rc = adopt_table(c, t, NULL, BUILTIN_PATH, NULL, &p, d)) != BB_OK)
		goto unlock;
	if (out)
		*out = p;
unlock:
	mutex_unlock(&c->lock);
	return rc;
}

void loader_unload_all(bb_connector *c)
{
	loaded_plugin *p = c->plugins, *next;

	for (; p; p = next) {
		next = p->next;
		if (p->handle)
			dlclose(p->handle);
		free(p->name);
		free(p->path);
		free(p->description);
		free(p);
	}
	c->plugins = NULL;
}

const char *bb_adapter_kind_name(bb_adapter_kind kind)
{
	switch (kind) {
	case BB_ADAPTER_HIS: return "HIS adapter";
	case BB_ADAPTER_DESTINATION: return "destination adapter";
	case BB_ADAPTER_ANY: break;
	}
	return "unknown kind of adapter";
}

int bb_plugin_load(const bb_plugin_info **out, bb_connector *c, const char *name, bb_adapter_kind kind)
{
	diag_list d = DIAG_LIST_INIT;
	const loaded_plugin *p;
	int rc;

	if (out)
		*out = NULL;
	if (!c)
		return BB_EINVAL;
	rc = loader_load(c, name, kind, &p, &d);
	if (rc == BB_OK) {
		err_clear(&c->err);
		if (out)
			*out = &p->info;
	} else {
		rc = err_set_diags(&c->err, &d, rc);
	}
	diag_free(&d);
	return rc;
}

int bb_adapter_register(bb_connector *c, bb_adapter_entry_fn entry)
{
	diag_list d = DIAG_LIST_INIT;
	int rc;

	if (!c)
		return BB_EINVAL;
	rc = loader_register(c, entry, NULL, &d);
	if (rc != BB_OK)
		rc = err_set_diags(&c->err, &d, rc);
	diag_free(&d);
	return rc;
}

static int has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n > m && strcmp(s + n - m, suffix) == 0;
}

int bb_plugin_foreach(bb_connector *c, bb_plugin_cb cb, void *payload)
{
	diag_list d = DIAG_LIST_INIT;
	const loaded_plugin *p;
	char *path;
	const char *dir;
	loaded_plugin *q;
	char *save = NULL;

	if (!c || !cb)
		return BB_EINVAL;
	path = str_dup(bb_plugin_search_path(c));
	if (!path)
		return BB_ENOMEM;
	/* Load every plugin file on the path, first directory wins on a name. */
	for (dir = strtok_r(path, ":", &save); dir; dir = strtok_r(NULL, ":", &save)) {
		DIR *dh = opendir(dir);
		struct dirent *de;
		if (!dh)
			continue;
		while ((de = readdir(dh)) != NULL) {
			char *name;
			if (!has_suffix(de->d_name, PLUGIN_SUFFIX))
				continue;
			name = str_ndup(de->d_name, strlen(de->d_name) - strlen(PLUGIN_SUFFIX));
			if (name && valid_name(name) && loader_load(c, name, 0, &p, &d) != BB_OK)
				log_event(c, BB_LOG_WARN, "plugin.skipped", "plugin", name,
					  "reason", d.items[0].message, (char *)NULL);
			diag_clear(&d);
			free(name);
		}
		closedir(dh);
	}
	free(path);
	diag_free(&d);
	for (q = c->plugins; q; q = q->next)
		cb(&q->info, payload);
	return BB_OK;
}
