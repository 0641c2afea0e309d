/* beweegbrug send / deliver: the outbox from the command line. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int run_send(int argc, char **argv);
static int run_deliver(int argc, char **argv);

const cli_command cmd_send = {
	"send",
	"queue a HIS record's referral for a destination (durable)",
	"Usage: beweegbrug send --config FILE --to DESTINATION [--his ADAPTER] INPUT\n"
	"\n"
	"Reads INPUT with the HIS adapter (default: his_adapter of the\n"
	"configuration), makes the referral message for DESTINATION and stores it\n"
	"in the outbox. It returns once the message is on disk, so nothing is lost\n"
	"if the receiver is down or the computer crashes; 'beweegbrug deliver'\n"
	"delivers it. Prints the message id.\n"
	"\n"
	"Exit codes: 0 queued, 65 bad input, 66 missing input, 78 configuration.\n",
	run_send
};

const cli_command cmd_deliver = {
	"deliver",
	"deliver what waits in the outbox",
	"Usage: beweegbrug deliver --config FILE --once\n"
	"\n"
	"Delivers every outbox message that is due, once each, and prints how many\n"
	"were delivered, will be retried (after a growing delay, with jitter) and\n"
	"were given up on (refused, or too many attempts: logged as 'verwijzing niet\n"
	"afgeleverd').\n"
	"\n"
	"Exit codes: 0 all delivered, 69 some will be retried, 65 some given up,\n"
	"78 configuration.\n",
	run_deliver
};

#define MAX_INPUT (16u * 1024 * 1024)

static int load(bb_connector **c, const char *config)
{
	if (cli_connector(c, 0) != BB_OK)
		return EXIT_SOFTWARE;
	if (bb_connector_load_config(*c, config) != BB_OK) {
		cli_print_errors(*c);
		return EXIT_CONFIG;
	}
	return EXIT_OK;
}

static int run_send(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "to", required_argument, NULL, 't' },
		{ "his", required_argument, NULL, 'H' },
		{ NULL, 0, NULL, 0 }
	};
	const char *config = NULL, *to = NULL, *his = NULL;
	char *adapter = NULL, *data = NULL, id[BB_MESSAGE_ID_LEN];
	size_t len;
	bb_connector *c = NULL;
	bb_referral *r = NULL;
	int opt, rc, code;

	while ((opt = getopt_long(argc, argv, "c:t:H:", longopts, NULL)) != -1) {
		if (opt == 'c')
			config = optarg;
		else if (opt == 't')
			to = optarg;
		else if (opt == 'H')
			his = optarg;
		else
			return cli_usage_error(&cmd_send, "unknown option");
	}
	if (!config || !to)
		return cli_usage_error(&cmd_send, "--config and --to are needed");
	if (optind + 1 != argc)
		return cli_usage_error(&cmd_send, "expected exactly one INPUT");
	if (his && !(adapter = cli_his_adapter_name(his)))
		return EXIT_SOFTWARE;
	code = cli_read_file(argv[optind], MAX_INPUT, &data, &len);
	if (code == EXIT_OK)
		code = load(&c, config);
	if (code != EXIT_OK)
		goto out;
	rc = bb_referral_from_his(&r, c, adapter,
				  strcmp(argv[optind], "-") == 0 ? "stdin" : argv[optind], data, len);
	if (rc == BB_OK)
		rc = bb_referral_send(id, c, r, to);
	if (rc == BB_OK) {
		printf("%s queued for %s\n", id, to);
	} else {
		cli_print_errors(c);
		code = cli_exit_code(rc);
	}
out:
	bb_referral_free(r);
	free(adapter);
	free(data);
	bb_connector_free(c);
	return code;
}

static int run_deliver(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "once", no_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 }
	};
	const char *config = NULL;
	bb_delivery_stats st;
	bb_connector *c = NULL;
	int opt, once = 0, rc, code;

	while ((opt = getopt_long(argc, argv, "c:o", longopts, NULL)) != -1) {
		if (opt == 'c')
			config = optarg;
		else if (opt == 'o')
			once = 1;
		else
			return cli_usage_error(&cmd_deliver, "unknown option");
	}
	if (!config || !once || optind != argc)
		return cli_usage_error(&cmd_deliver, "expected --config FILE --once");
	code = load(&c, config);
	if (code == EXIT_OK) {
		rc = bb_outbox_deliver_due(c, &st);
		printf("%zu delivered, %zu retrying, %zu given up\n", st.delivered, st.retrying, st.dead);
		code = cli_exit_code(rc);
		if (rc != BB_OK && rc != BB_EUNAVAILABLE && rc != BB_EREFUSED)
			cli_print_errors(c);
	}
	bb_connector_free(c);
	return code;
}
