/* beweegbrug report: instroom, doorstroom and behoud, figures only (docs/monitoring.md). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int run_report(int argc, char **argv);

const cli_command cmd_report = {
	"report",
	"monitoring: instroom, doorstroom, behoud, stop reasons, outcomes",
	"Usage: beweegbrug report --config FILE [--from DAY] [--to DAY]\n"
	"                         [--by practice|offer|receiver|wijk|month]\n"
	"                         [--format csv|fhir-json|fhir-xml|html] [--min-cell N]\n"
	"                         [--output FILE]\n"
	"\n"
	"Counts the referrals this installation sent or received, from its own\n"
	"outbox and inbox (a GP practice sees its referrals, a provider or\n"
	"platform what it received), made from DAY to DAY inclusive (YYYY-MM-DD,\n"
	"Europe/Amsterdam; default: all), grouped by the referring practice (AGB),\n"
	"the beweegkaart offer, the receiver, the patient's postcode area (PC4) or\n"
	"the month the referral was made, with a total. The figures: instroom\n"
	"(referred, accepted, declined with reasons, started), completed, stopped\n"
	"with reasons (uitval), doorstroom to a regular offer, behoud at each\n"
	"follow-up moment, and the change in BMI, weight, waist, six-minute walk\n"
	"and welbevinden (n, median, quartiles). See docs/monitoring.md.\n"
	"\n"
	"Figures only: a count under N people (--min-cell, default 5) is shown\n"
	"as <N, and what would reveal it is left out. No BSN, name or date of\n"
	"birth is ever written.\n"
	"\n"
	"--format csv        one row per figure and group (default)\n"
	"         fhir-json  a Bundle of FHIR R4 Measure definitions and MeasureReports\n"
	"         fhir-xml   the same in XML\n"
	"         html       one self-contained page with charts, readable offline\n"
	"                    and printable\n"
	"--output FILE       write there (atomically) instead of standard output\n"
	"\n"
	"Exit codes: 0 done, 64 usage (also a DAY that is no date), 70 internal\n"
	"error, 73 cannot write FILE,\n"
	"78 configuration.\n",
	run_report
};

static int group_of(const char *s)
{
	static const char *const names[] = { "practice", "offer", "receiver", "wijk", "month" };
	int i;

	for (i = 0; i < 5; i++)
		if (strcmp(s, names[i]) == 0)
			return BB_REPORT_BY_PRACTICE + i;
	return 0;
}

static int format_of(const char *s)
{
	if (strcmp(s, "csv") == 0)
		return BB_REPORT_CSV;
	if (strcmp(s, "fhir-json") == 0 || strcmp(s, "fhir") == 0)
		return BB_REPORT_FHIR_JSON;
	if (strcmp(s, "fhir-xml") == 0)
		return BB_REPORT_FHIR_XML;
	if (strcmp(s, "html") == 0)
		return BB_REPORT_HTML;
	return 0;
}

/* Write to FILE.tmp, then rename: a reader never sees half a report. */
static int write_file(const char *path, const char *data, size_t len)
{
	char tmp[4096];
	FILE *f;
	int ok;

	if (snprintf(tmp, sizeof(tmp), "%s.tmp", path) >= (int)sizeof(tmp))
		return 0;
	if (!(f = fopen(tmp, "wb")))
		return 0;
	ok = fwrite(data, 1, len, f) == len;
	ok = fclose(f) == 0 && ok;
	if (ok)
		ok = rename(tmp, path) == 0;
	if (!ok)
		remove(tmp);
	return ok;
}

static int run_report(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "from", required_argument, NULL, 'f' },
		{ "to", required_argument, NULL, 't' },
		{ "by", required_argument, NULL, 'b' },
		{ "format", required_argument, NULL, 'F' },
		{ "min-cell", required_argument, NULL, 'm' },
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 }
	};
	const char *config = NULL, *output = NULL;
	bb_report_options opts;
	bb_connector *c = NULL;
	int opt, format = BB_REPORT_CSV, code = EXIT_OK, rc;
	char *out = NULL, *end;
	size_t len = 0;
	long n;

	memset(&opts, 0, sizeof(opts));
	while ((opt = getopt_long(argc, argv, "c:f:t:b:F:m:o:", longopts, NULL)) != -1) {
		switch (opt) {
		case 'c': config = optarg; break;
		case 'f': opts.from = optarg; break;
		case 't': opts.to = optarg; break;
		case 'o': output = optarg; break;
		case 'b':
			if (!(opts.group = group_of(optarg)))
				return cli_usage_error(&cmd_report, "--by: practice, offer, receiver, wijk or month");
			break;
		case 'F':
			if (!(format = format_of(optarg)))
				return cli_usage_error(&cmd_report, "--format: csv, fhir-json, fhir-xml or html");
			break;
		case 'm':
			n = strtol(optarg, &end, 10);
			if (*end || n < 1 || n > 1000)
				return cli_usage_error(&cmd_report, "--min-cell wants a number from 1 to 1000");
			opts.min_cell = (unsigned)n;
			break;
		default:
			return cli_usage_error(&cmd_report, "unknown option");
		}
	}
	if (!config)
		return cli_usage_error(&cmd_report, "--config is needed");
	if (optind != argc)
		return cli_usage_error(&cmd_report, "no arguments besides the options");
	if (cli_connector(&c, 0) != BB_OK)
		return EXIT_SOFTWARE;
	if (bb_connector_load_config(c, config) != BB_OK) {
		cli_print_errors(c);
		code = EXIT_CONFIG;
	} else if ((rc = bb_report(&out, &len, c, &opts, format)) != BB_OK) {
		cli_print_errors(c);
		/* a period or grouping the library refuses is how it was asked */
		code = rc == BB_EINVAL ? EXIT_USAGE : cli_exit_code(rc);
	} else if (output && !write_file(output, out, len)) {
		fprintf(stderr, "%s report: cannot write %s\n", cli_program, output);
		code = 73;
	} else if (!output) {
		code = cli_write_stdout(out, len);
	}
	bb_free(out);
	bb_connector_free(c);
	return code;
}
