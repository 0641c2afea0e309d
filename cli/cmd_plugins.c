/* beweegbrug plugins: what adapters this installation has. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int run(int argc, char **argv);

const cli_command cmd_plugins = {
	"plugins",
	"list the adapters that can be loaded",
	"Usage: beweegbrug plugins [--config FILE]\n"
	"\n"
	"Lists every adapter plugin found on the plugin search path, with its kind,\n"
	"plugin ABI version and file. The search path is BEWEEGBRUG_PLUGIN_PATH,\n"
	"else the configuration's plugin_path, else the installed plugin directory.\n",
	run
};

typedef struct row {
	const bb_plugin_info *info;
} row;

typedef struct rows {
	row items[256];
	size_t n;
} rows;

static void collect(const bb_plugin_info *info, void *payload)
{
	rows *r = payload;

	if (r->n < sizeof(r->items) / sizeof(r->items[0]))
		r->items[r->n++].info = info;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(((const row *)a)->info->name, ((const row *)b)->info->name);
}

static int run(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ NULL, 0, NULL, 0 }
	};
	const char *config = NULL;
	bb_connector *c;
	rows found;
	size_t i;
	int opt;

	while ((opt = getopt_long(argc, argv, "c:", longopts, NULL)) != -1) {
		if (opt == 'c')
			config = optarg;
		else
			return cli_usage_error(&cmd_plugins, "unknown option");
	}
	if (optind != argc)
		return cli_usage_error(&cmd_plugins, "unexpected argument '%s'", argv[optind]);
	if (cli_connector(&c, 0) != BB_OK)
		return EXIT_SOFTWARE;
	if (config && bb_connector_load_config(c, config) != BB_OK) {
		cli_print_errors(c);
		bb_connector_free(c);
		return EXIT_CONFIG;
	}
	found.n = 0;
	bb_plugin_foreach(c, collect, &found);
	qsort(found.items, found.n, sizeof(found.items[0]), by_name);
	printf("search path: %s\n", bb_plugin_search_path(c));
	for (i = 0; i < found.n; i++) {
		const bb_plugin_info *p = found.items[i].info;
		printf("%-14s %-20s ABI %u  %s\n    %s\n", p->name, bb_adapter_kind_name(p->kind),
		       p->abi_version, p->path, p->description);
	}
	if (found.n == 0)
		printf("no plugins found\n");
	bb_connector_free(c);
	return EXIT_OK;
}
