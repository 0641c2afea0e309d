/* beweegbrug journal: what the HIS stores for a feedback message. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int run(int argc, char **argv);

const cli_command cmd_journal = {
	"journal",
	"show what the HIS would store for a feedback message",
	"Usage: beweegbrug journal --his ADAPTER FEEDBACK-MESSAGE\n"
	"\n"
	"Reads a feedback message Bundle (FHIR R4, JSON or XML; a file or - for\n"
	"standard input), checks it against the Task status table, and prints what\n"
	"the HIS adapter ADAPTER (his-xml or xml, ...) writes into the patient\n"
	"record: a journal entry plus measurements, in the HIS's own form.\n"
	"\n"
	"Bad input: exit 65, nothing on standard output, one line per problem.\n",
	run
};

#define MAX_INPUT (16u * 1024 * 1024)

static int run(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "his", required_argument, NULL, 'H' },
		{ NULL, 0, NULL, 0 }
	};
	const char *his = NULL, *source;
	char *adapter = NULL, *data = NULL, *text = NULL;
	size_t len, text_len = 0;
	bb_connector *c = NULL;
	bb_feedback *fb = NULL;
	int opt, rc, code;

	while ((opt = getopt_long(argc, argv, "H:", longopts, NULL)) != -1) {
		if (opt == 'H')
			his = optarg;
		else
			return cli_usage_error(&cmd_journal, "unknown option");
	}
	if (!his)
		return cli_usage_error(&cmd_journal, "name the HIS adapter with --his");
	if (optind + 1 != argc)
		return cli_usage_error(&cmd_journal, "expected exactly one FEEDBACK-MESSAGE");
	adapter = cli_his_adapter_name(his);
	code = cli_read_file(argv[optind], MAX_INPUT, &data, &len);
	if (code != EXIT_OK || !adapter)
		goto out;
	if (cli_connector(&c, 0) != BB_OK) {
		code = EXIT_SOFTWARE;
		goto out;
	}
	source = strcmp(argv[optind], "-") == 0 ? "stdin" : argv[optind];
	rc = bb_feedback_from_fhir(&fb, c, source, data, len);
	if (rc == BB_OK)
		rc = bb_feedback_to_his(&text, &text_len, c, adapter, fb);
	if (rc != BB_OK) {
		cli_print_errors(c);
		code = cli_exit_code(rc);
		goto out;
	}
	code = cli_write_stdout(text, text_len);
out:
	bb_free(text);
	bb_feedback_free(fb);
	free(data);
	free(adapter);
	bb_connector_free(c);
	return code;
}
