/* beweegbrug audit: check the audit trail's chain, and read it by referral or patient. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static int run_audit(int argc, char **argv);

const cli_command cmd_audit = {
	"audit",
	"verify the audit trail's chain, or list its records (NEN 7513)",
	"Usage: beweegbrug audit verify --config FILE\n"
	"       beweegbrug audit list   --config FILE [--referral ID] [--patient BSN]\n"
	"\n"
	"verify  check every record of the file named by audit_log: each line a\n"
	"        record, its hash right, chained to the one before, sequence numbers\n"
	"        without gaps. Prints \"N records, chain intact\" and the last hash\n"
	"        (note it elsewhere: it pins the end of the trail). On the first\n"
	"        broken line it prints the file, line, sequence number and why\n"
	"        (hash mismatch, prev mismatch, sequence gap, unreadable or cut off).\n"
	"list    the intact records, oldest first, tab-separated with a header line:\n"
	"        seq, time, event, actor, patient, referral, practice, peer, message,\n"
	"        outcome, detail. --referral keeps one referral's records; --patient\n"
	"        the patient's own records (found by their pseudonym; the BSN itself\n"
	"        is never in the trail) and every record of their referrals.\n"
	"\n"
	"See docs/audit.md.\n"
	"\n"
	"Exit codes: 0 intact, 64 usage, 65 the chain is broken, 66 no audit trail\n"
	"file yet, 78 configuration (no audit_log).\n",
	run_audit
};

static const char *or_dash(const char *s)
{
	return s ? s : "-";
}

static void print_header(void)
{
	printf("seq\ttime\tevent\tactor\tpatient\treferral\tpractice\tpeer\tmessage\toutcome\tdetail\n");
}

static int print_record(const bb_audit_record *r, void *payload)
{
	size_t *count = payload;

	/* the header with the first record: a refused --patient prints nothing */
	if (!*count)
		print_header();
	printf("%llu\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", (unsigned long long)r->seq,
	       or_dash(r->time), or_dash(r->event), or_dash(r->actor), or_dash(r->patient),
	       or_dash(r->referral_id), or_dash(r->practice_agb), or_dash(r->peer),
	       or_dash(r->message_id), or_dash(r->outcome), or_dash(r->detail));
	(*count)++;
	return 0;
}

static int keep_hash(const bb_audit_record *r, void *payload)
{
	snprintf(payload, 65, "%s", r->hash);
	return 0;
}

static int code_of(bb_connector *c, int rc)
{
	if (rc == BB_OK)
		return EXIT_OK;
	cli_print_errors(c);
	if (rc == BB_ENOTFOUND)
		return EXIT_NOINPUT;
	return rc == BB_EINVAL ? EXIT_USAGE : cli_exit_code(rc);
}

int run_audit(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "referral", required_argument, NULL, 'r' },
		{ "patient", required_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 }
	};
	const char *config = NULL, *action, *referral = NULL, *patient = NULL;
	bb_connector *c = NULL;
	size_t count = 0, first_bad = 0;
	int opt, code, rc;

	if (argc < 2)
		return cli_usage_error(&cmd_audit, "expected verify or list");
	action = argv[1];
	argc--;
	argv++;
	while ((opt = getopt_long(argc, argv, "c:r:p:", longopts, NULL)) != -1) {
		if (opt == 'c')
			config = optarg;
		else if (opt == 'r')
			referral = optarg;
		else if (opt == 'p')
			patient = optarg;
		else
			return cli_usage_error(&cmd_audit, "unknown option");
	}
	if (strcmp(action, "verify") != 0 && strcmp(action, "list") != 0)
		return cli_usage_error(&cmd_audit, "no action '%s'", action);
	if (!config)
		return cli_usage_error(&cmd_audit, "--config is needed");
	if (optind != argc)
		return cli_usage_error(&cmd_audit, "too many arguments");
	if (strcmp(action, "verify") == 0 && (referral || patient))
		return cli_usage_error(&cmd_audit, "verify takes no --referral or --patient");
	if (cli_connector(&c, 0) != BB_OK)
		return EXIT_SOFTWARE;
	if (bb_connector_load_config(c, config) != BB_OK) {
		cli_print_errors(c);
		bb_connector_free(c);
		return EXIT_CONFIG;
	}
	if (strcmp(action, "verify") == 0) {
		rc = bb_audit_verify(c, &count, &first_bad);
		code = code_of(c, rc);
		if (rc == BB_OK) {
			char last[65] = "-";
			printf("%zu records, chain intact\n", count);
			if (count && bb_audit_list(c, NULL, NULL, keep_hash, last) == BB_OK)
				printf("last hash %s\n", last);
		}
		else if (rc == BB_EINPUT)
			fprintf(stderr, "%s: the first %zu records are intact; line %zu is the first"
				" broken one\n", cli_program, count, first_bad);
	} else {
		rc = bb_audit_list(c, referral, patient, print_record, &count);
		if (rc == BB_OK && !count)
			print_header();
		code = code_of(c, rc);
	}
	bb_connector_free(c);
	return code;
}
