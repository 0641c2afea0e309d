/* beweegbrug ack: the answer a HIS expects for a record it sent. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int run(int argc, char **argv);

const cli_command cmd_ack = {
	"ack",
	"answer a HIS record the way its format expects (HL7 v2 ACK)",
	"Usage: beweegbrug ack --his ADAPTER INPUT\n"
	"\n"
	"Reads INPUT with the HIS adapter (hl7v2, ...) and writes the answer its\n"
	"format expects on standard output: for HL7 v2 an ACK with MSA-1 AA\n"
	"(accepted), AE (read, with problems: one ERR segment each) or AR\n"
	"(rejected). The problems also go to standard error, one per line.\n"
	"\n"
	"Exit codes: 0 accepted, 65 not accepted (the answer is still written),\n"
	"64 usage, 66 missing input, 69/78 adapter problems.\n",
	run
};

#define MAX_INPUT (16u * 1024 * 1024)

static int run(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "his", required_argument, NULL, 'H' },
		{ NULL, 0, NULL, 0 }
	};
	const char *his = NULL;
	char *adapter = NULL, *data = NULL, *text = NULL;
	size_t len, text_len = 0;
	bb_connector *c = NULL;
	int opt, rc, code, accepted = 0;

	while ((opt = getopt_long(argc, argv, "H:", longopts, NULL)) != -1) {
		if (opt == 'H')
			his = optarg;
		else
			return cli_usage_error(&cmd_ack, "unknown option");
	}
	if (!his)
		return cli_usage_error(&cmd_ack, "name the HIS adapter with --his");
	if (optind + 1 != argc)
		return cli_usage_error(&cmd_ack, "expected exactly one INPUT");
	if (!(adapter = cli_his_adapter_name(his)))
		return EXIT_SOFTWARE;
	code = cli_read_file(argv[optind], MAX_INPUT, &data, &len);
	if (code != EXIT_OK)
		goto out;
	if (cli_connector(&c, 0) != BB_OK) {
		code = EXIT_SOFTWARE;
		goto out;
	}
	rc = bb_his_acknowledge(&text, &text_len, &accepted, c, adapter,
				strcmp(argv[optind], "-") == 0 ? "stdin" : argv[optind], data, len);
	if (rc != BB_OK) {
		cli_print_errors(c);
		code = cli_exit_code(rc);
		goto out;
	}
	if (!accepted)
		cli_print_errors(c);
	code = cli_write_stdout(text, text_len);
	if (code == EXIT_OK && !accepted)
		code = EXIT_DATAERR;
out:
	bb_free(text);
	free(data);
	free(adapter);
	bb_connector_free(c);
	return code;
}
