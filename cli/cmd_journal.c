/* beweegbrug journal: what the HIS stores for a feedback message, or that sent into the HIS over MLLP. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"

static int run(int argc, char **argv);

const cli_command cmd_journal = {
	"journal",
	"show what the HIS would store for a feedback message, or send it into the HIS",
	"Usage: beweegbrug journal --his ADAPTER FEEDBACK-MESSAGE\n"
	"       beweegbrug journal --his ADAPTER --to HOST:PORT [--attempts N] FEEDBACK-MESSAGE\n"
	"\n"
	"Reads a feedback message Bundle (FHIR R4, JSON or XML; a file or - for\n"
	"standard input), checks it against the Task status table, and prints what\n"
	"the HIS adapter ADAPTER (his-xml or xml, ...) writes into the patient\n"
	"record: a journal entry plus measurements, in the HIS's own form.\n"
	"\n"
	"With --to it sends that instead to the HIS's MLLP listener at HOST:PORT\n"
	"(hl7v2: an ORU^R01) and counts it delivered only when the HIS's ACK\n"
	"accepts it (AA naming its control id). Without that (no connection, no\n"
	"answer within 30 s, AR, an ACK for another message) it tries again, up\n"
	"to --attempts N (default 5), waiting 1, 2, 4, ... seconds in between; an\n"
	"AE (the HIS refuses the content) is not retried. 'beweegbrug serve' does\n"
	"the same for the feedback it receives when [mllp] feedback_to is set.\n"
	"\n"
	"Bad input: exit 65, nothing on standard output, one line per problem.\n"
	"With --to: 0 the HIS took it, 65 refused by the HIS, 69 not taken after\n"
	"the last attempt.\n",
	run
};

static int run(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "his", required_argument, NULL, 'H' },
		{ "to", required_argument, NULL, 't' },
		{ "attempts", required_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 }
	};
	const char *his = NULL, *to = NULL;
	char *adapter = NULL, *data = NULL, *entry = NULL;
	size_t len = 0, entry_len = 0;
	unsigned long attempts = 5, i;
	bb_connector *c = NULL;
	bb_feedback *fb = NULL;
	int opt, rc, code;

	while ((opt = getopt_long(argc, argv, "H:t:a:", longopts, NULL)) != -1) {
		if (opt == 'H')
			his = optarg;
		else if (opt == 't')
			to = optarg;
		else if (opt == 'a')
			attempts = strtoul(optarg, NULL, 10);
		else
			return cli_usage_error(&cmd_journal, "unknown option");
	}
	if (!his)
		return cli_usage_error(&cmd_journal, "name the HIS adapter with --his");
	if (optind + 1 != argc || attempts < 1 || attempts > 100)
		return cli_usage_error(&cmd_journal,
				       "expected [--to HOST:PORT [--attempts 1-100]] FEEDBACK-MESSAGE");
	if (!(adapter = cli_his_adapter_name(his)))
		return EXIT_SOFTWARE;
	code = cli_read_file(argv[optind], BB_MAX_INPUT, &data, &len);
	if (code == EXIT_OK && cli_connector(&c, 0) != BB_OK)
		code = EXIT_SOFTWARE;
	if (code != EXIT_OK)
		goto out;
	if ((rc = bb_feedback_from_fhir(&fb, c, strcmp(argv[optind], "-") == 0 ? "stdin" : argv[optind],
					data, len)) != BB_OK)
		goto fail;
	if ((rc = bb_feedback_to_his(&entry, &entry_len, c, adapter, fb)) != BB_OK)
		goto fail;
	if (!to) {
		code = cli_write_stdout(entry, entry_len);
		goto out;
	}
	for (i = 1; i <= attempts; i++) {
		rc = bb_his_deliver(c, adapter, to, entry, entry_len);
		if (rc == BB_OK) {
			printf("delivered to %s (attempt %lu)\n", to, i);
			goto out;
		}
		fprintf(stderr, "%s%s: attempt %lu: %s\n", cli_priority(4), cli_program, i,
			bb_error_last(c)->message);
		if (rc != BB_EUNAVAILABLE)
			break;
		if (i < attempts) {
			struct timespec pause = { (time_t)1 << (i - 1 > 5 ? 5 : i - 1), 0 };
			nanosleep(&pause, NULL);
		}
	}
fail:
	if (!entry || !to)
		cli_print_errors(c);
	code = rc == BB_EREFUSED ? EXIT_DATAERR : cli_exit_code(rc);
out:
	bb_free(entry);
	bb_feedback_free(fb);
	bb_connector_free(c);
	free(data);
	free(adapter);
	return code;
}
