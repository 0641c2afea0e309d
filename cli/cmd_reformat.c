/* beweegbrug reformat: FHIR JSON <-> XML, losslessly. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int run(int argc, char **argv);

const cli_command cmd_reformat = {
	"reformat",
	"rewrite a FHIR R4 resource or Bundle in JSON or XML",
	"Usage: beweegbrug reformat --format json|xml INPUT\n"
	"\n"
	"Reads any supported FHIR R4 resource or Bundle from INPUT (a file, or -\n"
	"for standard input; JSON or XML, detected) and writes it in FORMAT. Nothing\n"
	"is lost: decimals keep their digits, extensions and narrative stay.\n"
	"\n"
	"Input is read strictly: syntax, unknown elements, wrong types, XML element\n"
	"order, duplicate JSON keys and DOCTYPEs are refused. Each problem is one\n"
	"line on standard error (INPUT:LINE: FHIR.path: problem), exit code 65.\n",
	run
};

static int run(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	const char *format = NULL, *source;
	char *data = NULL, *text = NULL;
	size_t len, text_len = 0;
	bb_connector *c = NULL;
	int opt, rc, code;

	while ((opt = getopt_long(argc, argv, "f:", longopts, NULL)) != -1) {
		if (opt == 'f')
			format = optarg;
		else
			return cli_usage_error(&cmd_reformat, "unknown option");
	}
	if (!format || !cli_format(format))
		return cli_usage_error(&cmd_reformat, "--format json or --format xml is needed");
	if (optind + 1 != argc)
		return cli_usage_error(&cmd_reformat, "expected exactly one INPUT");
	code = cli_read_file(argv[optind], BB_MAX_INPUT, &data, &len);
	if (code != EXIT_OK)
		return code;
	if (cli_connector(&c, 0) != BB_OK) {
		free(data);
		return EXIT_SOFTWARE;
	}
	source = strcmp(argv[optind], "-") == 0 ? "stdin" : argv[optind];
	rc = bb_fhir_reformat(&text, &text_len, c, source, data, len, cli_format(format));
	if (rc != BB_OK) {
		cli_print_errors(c);
		code = cli_exit_code(rc);
	} else {
		code = cli_write_stdout(text, text_len);
	}
	bb_free(text);
	free(data);
	bb_connector_free(c);
	return code;
}
