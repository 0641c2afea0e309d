/* beweegbrug convert: a HIS record in, the referral out. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int run(int argc, char **argv);

const cli_command cmd_convert = {
	"convert",
	"turn a HIS referral record into the FHIR referral message",
	"Usage: beweegbrug convert --his ADAPTER [--format json|xml|summary]\n"
	"                          [--config FILE [--to DESTINATION]] INPUT\n"
	"\n"
	"Reads INPUT (a file, or - for standard input) with the HIS adapter ADAPTER\n"
	"(his-xml, or just xml) and writes the referral message Bundle (FHIR R4) on\n"
	"standard output, addressed to DESTINATION when given.\n"
	"\n"
	"  --his ADAPTER     HIS adapter; default: his_adapter from --config\n"
	"  --format FORMAT   json (default), xml, or summary (readable text)\n"
	"  --config FILE     configuration file\n"
	"  --to DESTINATION  a destination of the configuration\n"
	"  -v, --verbose     log more (twice: debug)\n"
	"\n"
	"On bad input nothing is written to standard output; each problem is one\n"
	"line on standard error, INPUT:LINE: place: what is wrong, and the exit\n"
	"code is 65.\n",
	run
};

static int run(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "his", required_argument, NULL, 'H' },
		{ "format", required_argument, NULL, 'f' },
		{ "config", required_argument, NULL, 'c' },
		{ "to", required_argument, NULL, 't' },
		{ "verbose", no_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 }
	};
	const char *his = NULL, *format = "json", *config = NULL, *to = NULL;
	char *adapter = NULL, *data = NULL, *text = NULL;
	size_t len, text_len = 0;
	bb_connector *c = NULL;
	bb_referral *r = NULL;
	int opt, verbose = 0, rc, code;

	while ((opt = getopt_long(argc, argv, "H:f:c:t:v", longopts, NULL)) != -1) {
		switch (opt) {
		case 'H': his = optarg; break;
		case 'f': format = optarg; break;
		case 'c': config = optarg; break;
		case 't': to = optarg; break;
		case 'v': verbose++; break;
		default: return cli_usage_error(&cmd_convert, "unknown option");
		}
	}
	if (optind + 1 != argc)
		return cli_usage_error(&cmd_convert, "expected exactly one INPUT");
	if (strcmp(format, "summary") != 0 && !cli_format(format))
		return cli_usage_error(&cmd_convert, "unknown format '%s' (known: json, xml, summary)",
				       format);
	if (to && !config)
		return cli_usage_error(&cmd_convert, "--to needs --config");
	if (!his && !config)
		return cli_usage_error(&cmd_convert, "name a HIS adapter with --his, or give --config");

	if (cli_connector(&c, verbose) != BB_OK)
		return EXIT_SOFTWARE;
	if (config && bb_connector_load_config(c, config) != BB_OK) {
		cli_print_errors(c);
		code = EXIT_CONFIG;
		goto out;
	}
	if (his && !(adapter = cli_his_adapter_name(his))) {
		code = EXIT_SOFTWARE;
		goto out;
	}
	code = cli_read_file(argv[optind], BB_MAX_INPUT, &data, &len);
	if (code != EXIT_OK)
		goto out;
	rc = cli_read_referral(&r, c, adapter,
				  strcmp(argv[optind], "-") == 0 ? "stdin" : argv[optind], data, len);
	if (rc != BB_OK) {
		cli_print_errors(c);
		code = cli_exit_code(rc);
		goto out;
	}
	if (strcmp(format, "summary") == 0)
		rc = bb_referral_describe(&text, r);
	else
		rc = bb_referral_to_fhir(&text, &text_len, c, r, to, cli_format(format));
	if (rc != BB_OK) {
		cli_print_errors(c);
		code = cli_exit_code(rc);
		goto out;
	}
	fputs(text, stdout);
	code = fflush(stdout) == 0 ? EXIT_OK : EXIT_SOFTWARE;
out:
	bb_free(text);
	bb_referral_free(r);
	free(data);
	free(adapter);
	bb_connector_free(c);
	return code;
}
