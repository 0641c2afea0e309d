/* beweegbrug validate: does a message meet FHIR R4 and our profile? */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int run(int argc, char **argv);

const cli_command cmd_validate = {
	"validate",
	"check a referral or feedback message against our profile",
	"Usage: beweegbrug validate INPUT...\n"
	"\n"
	"Checks each referral or feedback message (FHIR R4 message Bundle, JSON or\n"
	"XML; a file, or - for standard input) strictly: the FHIR R4 structure and\n"
	"types, and the Beweegbrug profile rules (schemas/README.md): references\n"
	"resolve to the right resources, BSN/AGB/URA/BIG pass their checks, codes\n"
	"come from ICPC-1-NL/LOINC/SNOMED/UCUM, the patient consented to the\n"
	"receiver, and the Task's status follows the Task table.\n"
	"\n"
	"Prints \"INPUT: valid referral message\" (or feedback) per valid input;\n"
	"each problem is one line on standard error, INPUT:LINE: FHIR.path: [rule]\n"
	"problem. Exit code 0 when all inputs are valid, 65 otherwise.\n",
	run
};

static int run(int argc, char **argv)
{
	bb_connector *c = NULL;
	int i, worst = EXIT_OK;

	if (argc < 2)
		return cli_usage_error(&cmd_validate, "expected at least one INPUT");
	for (i = 1; i < argc; i++)
		if (argv[i][0] == '-' && argv[i][1] != '\0')
			return cli_usage_error(&cmd_validate, "unknown option '%s'", argv[i]);
	if (cli_connector(&c, 0) != BB_OK)
		return EXIT_SOFTWARE;
	for (i = 1; i < argc; i++) {
		const char *source = strcmp(argv[i], "-") == 0 ? "stdin" : argv[i];
		char *data = NULL;
		size_t len;
		bb_message_kind kind;
		int rc, code = cli_read_file(argv[i], BB_MAX_INPUT, &data, &len);

		if (code == EXIT_OK) {
			rc = bb_validate(&kind, c, source, data, len);
			if (rc == BB_OK)
				printf("%s: valid %s message\n", source,
				       kind == BB_MESSAGE_REFERRAL ? "referral" : "feedback");
			else {
				cli_print_errors(c);
				code = cli_exit_code(rc);
			}
		}
		free(data);
		if (code != EXIT_OK && (worst == EXIT_OK || code == EXIT_DATAERR))
			worst = code;
	}
	bb_connector_free(c);
	return worst;
}
