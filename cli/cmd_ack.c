/* beweegbrug ack: the answer a HIS expects for a record it sent. */
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

static int run(int argc, char **argv)
{
	cli_his_input in;
	char *text = NULL;
	size_t text_len = 0;
	int rc, code, accepted = 0;

	code = cli_his_input_open(&in, &cmd_ack, argc, argv, "INPUT");
	if (code == EXIT_OK) {
		rc = bb_his_acknowledge(&text, &text_len, &accepted, in.c, in.adapter, in.source,
					in.data, in.len);
		if (rc != BB_OK) {
			cli_print_errors(in.c);
			code = cli_exit_code(rc);
		} else {
			if (!accepted)
				cli_print_errors(in.c);
			code = cli_write_stdout(text, text_len);
			if (code == EXIT_OK && !accepted)
				code = EXIT_DATAERR;
		}
	}
	bb_free(text);
	cli_his_input_close(&in);
	return code;
}
