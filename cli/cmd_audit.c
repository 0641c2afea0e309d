/* beweegbrug audit: check the audit trail's chain, read it by referral or patient, rotate it. */
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
	"       beweegbrug audit rotate --config FILE\n"
	"\n"
	"verify  check every record of the file named by audit_log: each line a\n"
	"        record whose HMAC-SHA256 under the audit key is right (so nobody\n"
	"        without the key can have rewritten it), chained to the one before,\n"
	"        sequence numbers without gaps; the start (sequence 1, or the\n"
	"        rotation record that continues an archive, which is checked too);\n"
	"        the end against the anchor (audit_anchor), so records removed at\n"
	"        the end, or a file emptied or replaced, are found. Prints \"N\n"
	"        records, chain intact\", one \"checked:\" line for each of these\n"
	"        and the last hash. On the first broken line it prints the file,\n"
	"        line, sequence number and why (hash mismatch, prev mismatch,\n"
	"        sequence gap, unreadable or cut off, records missing at the start\n"
	"        or the end, a gap the writer found).\n"
	"list    the intact records, oldest first, tab-separated with a header line:\n"
	"        seq, time, event, actor, patient, referral, practice, peer, message,\n"
	"        outcome, detail. --referral keeps one referral's records; --patient\n"
	"        the patient's own records (found by their pseudonym; the BSN itself\n"
	"        is never in the trail) and every record of their referrals.\n"
	"rotate  start a new file without breaking the chain: the trail becomes\n"
	"        AUDIT_LOG.FIRST-LAST and a new AUDIT_LOG continues it with an\n"
	"        audit.rotated record; writers that have it open follow. Prints\n"
	"        the archive's path. Refused when the trail's end is not where its\n"
	"        anchor says.\n"
	"\n"
	"See docs/audit.md.\n"
	"\n"
	"Exit codes: 0 intact (or rotated), 64 usage, 65 the chain is broken,\n"
	"66 no audit trail file yet, 74 the trail cannot be read or written,\n"
	"78 configuration (no audit_log, or the audit key).\n",
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

/* What verify checked, one line each, so that an auditor sees what "intact" covers. */
static void print_checks(const bb_audit_report *r)
{
	printf("checked: the HMAC-SHA256 of every record under the audit key, sequence %llu..%llu"
	       " without gaps, each link to the record before\n",
	       (unsigned long long)r->first_seq, (unsigned long long)r->last_seq);
	if (r->anchor == BB_AUDIT_ANCHOR_MATCHED)
		printf("checked: the end against the anchor %s (seq %llu): no record removed from"
		       " the end\n", r->anchor_path, (unsigned long long)r->anchor_seq);
	if (!r->continues[0])
		printf("checked: the start: seq 1, the first record of the trail\n");
	else if (r->continues_checked)
		printf("checked: the start: this file continues %s, whose chain (%zu records, with"
		       " the archives before it) is intact and leads into it\n", r->continues,
		       r->earlier_records);
	else
		printf("not checked: the records before seq %llu: this file continues %s, which is"
		       " not beside it\n", (unsigned long long)r->first_seq, r->continues);
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
		return cli_usage_error(&cmd_audit, "expected verify, list or rotate");
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
	if (strcmp(action, "verify") != 0 && strcmp(action, "list") != 0 &&
	    strcmp(action, "rotate") != 0)
		return cli_usage_error(&cmd_audit, "no action '%s'", action);
	if (!config)
		return cli_usage_error(&cmd_audit, "--config is needed");
	if (optind != argc)
		return cli_usage_error(&cmd_audit, "too many arguments");
	if (strcmp(action, "list") != 0 && (referral || patient))
		return cli_usage_error(&cmd_audit, "%s takes no --referral or --patient", action);
	if (cli_connector(&c, 0) != BB_OK)
		return EXIT_SOFTWARE;
	if (bb_connector_load_config(c, config) != BB_OK) {
		cli_print_errors(c);
		bb_connector_free(c);
		return EXIT_CONFIG;
	}
	if (strcmp(action, "verify") == 0) {
		bb_audit_report r;

		memset(&r, 0, sizeof(r));
		r.version = BB_AUDIT_REPORT_VERSION;
		rc = bb_audit_check(&r, c);
		count = r.records;
		first_bad = r.first_bad;
		code = code_of(c, rc);
		if (rc == BB_OK) {
			printf("%zu records, chain intact\n", count);
			if (count) {
				print_checks(&r);
				printf("last hash %s\n", r.last_hash);
			}
		}
		else if (rc == BB_EINPUT)
			fprintf(stderr, "%s: the first %zu records are intact; line %zu is the first"
				" broken one\n", cli_program, count, first_bad);
	} else if (strcmp(action, "rotate") == 0) {
		char *archived = NULL;

		rc = bb_audit_rotate(&archived, c);
		code = code_of(c, rc);
		if (code == EXIT_OK && archived)
			printf("%s archived; the trail goes on in a new file\n", archived);
		else if (code == EXIT_OK)
			printf("the trail is empty: nothing to rotate\n");
		bb_free(archived);
	} else {
		rc = bb_audit_list(c, referral, patient, print_record, &count);
		code = code_of(c, rc);
		if (code == EXIT_OK && !count)
			print_header();
	}
	bb_connector_free(c);
	return code;
}
