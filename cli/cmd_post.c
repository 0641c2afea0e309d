/* beweegbrug post: hand one message to a destination now (no outbox). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int run(int argc, char **argv);

const cli_command cmd_post = {
	"post",
	"deliver one message file to a destination now, without the outbox",
	"Usage: beweegbrug post --config FILE --to DESTINATION MESSAGE\n"
	"\n"
	"Delivers MESSAGE (a FHIR message Bundle, JSON or XML) to DESTINATION with\n"
	"its adapter and TLS settings, once, and says how it went. For checking a\n"
	"destination's set-up; referrals go through the outbox, which retries.\n"
	"\n"
	"Exit codes: 0 delivered, 69 receiver unavailable (retry later), 65 refused\n"
	"by the receiver, 78 configuration problems, 64 usage, 66 missing input.\n",
	run
};

static int run(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "to", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 }
	};
	const char *config = NULL, *to = NULL, *name, *p;
	char *data = NULL;
	size_t len;
	bb_connector *c = NULL;
	int opt, rc, code;

	while ((opt = getopt_long(argc, argv, "c:t:", longopts, NULL)) != -1) {
		if (opt == 'c')
			config = optarg;
		else if (opt == 't')
			to = optarg;
		else
			return cli_usage_error(&cmd_post, "unknown option");
	}
	if (!config || !to)
		return cli_usage_error(&cmd_post, "--config and --to are needed");
	if (optind + 1 != argc)
		return cli_usage_error(&cmd_post, "expected exactly one MESSAGE");
	code = cli_read_file(argv[optind], BB_MAX_INPUT, &data, &len);
	if (code != EXIT_OK)
		return code;
	if (cli_connector(&c, 1) != BB_OK) {
		free(data);
		return EXIT_SOFTWARE;
	}
	if (bb_connector_load_config(c, config) != BB_OK) {
		cli_print_errors(c);
		code = EXIT_CONFIG;
		goto out;
	}
	for (p = data; *p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'; p++)
		;
	name = strrchr(argv[optind], '/') ? strrchr(argv[optind], '/') + 1 : argv[optind];
	rc = bb_deliver_now(c, to, name,
			    *p == '<' ? "application/fhir+xml; fhirVersion=4.0"
				      : "application/fhir+json; fhirVersion=4.0",
			    data, len);
	if (rc == BB_OK) {
		printf("%s: delivered to %s\n", argv[optind], to);
		code = EXIT_OK;
	} else {
		cli_print_errors(c);
		code = cli_exit_code(rc);
	}
out:
	free(data);
	bb_connector_free(c);
	return code;
}
