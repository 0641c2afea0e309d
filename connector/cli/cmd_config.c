/* beweegbrug config check FILE */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static int run(int argc, char **argv);

const cli_command cmd_config = {
	"config",
	"check a configuration file",
	"Usage: beweegbrug config check FILE\n"
	"\n"
	"Reads FILE strictly, as the library does: unknown sections or keys, bad\n"
	"values, unreadable certificate files and adapters that cannot be loaded\n"
	"are each reported as FILE:LINE: problem. Prints a summary when it is valid.\n"
	"\n"
	"Exit codes: 0 valid, 64 usage, 66 file missing, 78 invalid.\n",
	run
};

static int run(int argc, char **argv)
{
	bb_connector *c;
	int rc, code;
	size_t i;

	if (argc != 3 || strcmp(argv[1], "check") != 0)
		return cli_usage_error(&cmd_config, "expected: config check FILE");
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
