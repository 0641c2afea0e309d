/* beweegbrug journal: what the HIS stores for a feedback message. */
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

static int run(int argc, char **argv)
{
	cli_his_input in;
	bb_feedback *fb = NULL;
	char *text = NULL;
	size_t text_len = 0;
	int rc, code;

	code = cli_his_input_open(&in, &cmd_journal, argc, argv, "FEEDBACK-MESSAGE");
	if (code == EXIT_OK) {
		rc = bb_feedback_from_fhir(&fb, in.c, in.source, in.data, in.len);
		if (rc == BB_OK)
			rc = bb_feedback_to_his(&text, &text_len, in.c, in.adapter, fb);
		if (rc == BB_OK) {
			code = cli_write_stdout(text, text_len);
		} else {
			cli_print_errors(in.c);
			code = cli_exit_code(rc);
		}
	}
	bb_free(text);
	bb_feedback_free(fb);
	cli_his_input_close(&in);
	return code;
}
