/* beweegbrug config check FILE */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static int run(int argc, char **argv);

const cli_command cmd_config = {
	"config",
	"check a configuration file; list the keys",
	"Usage: beweegbrug config check FILE\n"
	"       beweegbrug config keys\n"
	"\n"
	"check: reads FILE strictly, as the library does: unknown sections or keys,\n"
	"bad values, unreadable certificate files and adapters that cannot be\n"
	"loaded are each reported as FILE:LINE: problem. Prints a summary when it\n"
	"is valid.\n"
	"\n"
	"keys: lists every key the library and the installed destination adapters\n"
	"know, one per line: SECTION<TAB>KEY<TAB>required|optional<TAB>VALUE, where\n"
	"SECTION is e.g. [connector] or [destination \"ID\"] (adapter ADAPTER).\n"
	"docs/configuration.md and beweegbrug.conf(5) describe each.\n"
	"\n"
	"Exit codes: 0 valid, 64 usage, 66 file missing, 78 invalid.\n",
	run
};

static void print_key(const char *section, const char *adapter, const char *key, int required,
		      const char *value, void *payload)
{
	int id = strcmp(section, "destination") == 0 || strcmp(section, "sender") == 0;

	(void)payload;
	if (adapter && strcmp(section, "his") == 0)
		printf("[his \"%s\"]\t%s\t%s\t%s\n", adapter, key, required ? "required" : "optional",
		       value);
	else if (adapter)
		printf("[%s \"ID\"] (adapter %s)\t%s\t%s\t%s\n", section, adapter, key,
		       required ? "required" : "optional", value);
	else
		printf("[%s%s]\t%s\t%s\t%s\n", section, id ? " \"ID\"" : "", key,
		       required ? "required" : "optional", value);
}

static int list_keys(void)
{
	bb_connector *c;
	int rc;

	if (cli_connector(&c, 0) != BB_OK)
		return EXIT_SOFTWARE;
	rc = bb_config_keys(c, print_key, NULL);
	if (rc != BB_OK)
		cli_print_errors(c);
	bb_connector_free(c);
	return fflush(stdout) == 0 ? cli_exit_code(rc) : EXIT_SOFTWARE;
}

static int run(int argc, char **argv)
{
	bb_connector *c;
	int rc, code;
	size_t i;

	if (argc == 2 && strcmp(argv[1], "keys") == 0)
		return list_keys();
	if (argc != 3 || strcmp(argv[1], "check") != 0)
		return cli_usage_error(&cmd_config, "expected: config check FILE, or config keys");
	if (bb_connector_new(&c, NULL) != BB_OK) {
		fprintf(stderr, "%s: out of memory\n", cli_program);
		return EXIT_SOFTWARE;
	}
	rc = bb_connector_load_config(c, argv[2]);
	if (rc != BB_OK) {
		cli_print_errors(c);
		code = rc == BB_ENOTFOUND || rc == BB_EIO ? EXIT_NOINPUT : EXIT_CONFIG;
		bb_connector_free(c);
		return code;
	}
	printf("%s: valid\n", argv[2]);
	printf("  HIS adapter: %s\n", bb_config_his_adapter(c) ? bb_config_his_adapter(c) : "(none)");
	printf("  outbox:      %s\n", bb_config_outbox(c) ? bb_config_outbox(c) : "(none)");
	printf("  plugins:     %s\n", bb_plugin_search_path(c));
	for (i = 0; i < bb_config_destination_count(c); i++) {
		const char *id = bb_config_destination_id(c, i);
		printf("  destination %s: %s via %s (%s)\n", id,
		       bb_config_destination_get(c, id, "receiver_kind"),
		       bb_config_destination_get(c, id, "adapter"),
		       bb_config_destination_get(c, id, "endpoint"));
	}
	bb_connector_free(c);
	return EXIT_OK;
}
