/* beweegbrug inbox: what others sent us (referrals, feedback), and applying it. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"

static int run_inbox(int argc, char **argv);

const cli_command cmd_inbox = {
	"inbox",
	"received referrals and feedback: list, show; apply feedback (journal)",
	"Usage: beweegbrug inbox list  --config FILE\n"
	"       beweegbrug inbox show  --config FILE [--body] ID\n"
	"       beweegbrug inbox apply --config FILE --journal-dir DIR\n"
	"\n"
	"list   one line per received message, oldest first: message id, kind\n"
	"       (referral or feedback), sender ([sender] section), referral id,\n"
	"       practice AGB, the referral's status now, the message's state\n"
	"       (received, applied, stale) and when it was received\n"
	"       (tab-separated, with a header line).\n"
	"show   one message's details; ID is a message id, or a referral id for\n"
	"       the referral message itself. With --body only its bytes (the\n"
	"       FHIR message as received), e.g. for 'beweegbrug validate -'.\n"
	"apply  GP side: apply received feedback that is not applied yet, in the\n"
	"       order it arrived, without a server (after a crash, or when\n"
	"       feedback is received by another process). Each entry is written to\n"
	"       DIR as NNNN-REFERRAL-STATUS.EXT, what the HIS adapter makes of it\n"
	"       (see docs/feedback-loop.md). Stale feedback (older than what was\n"
	"       applied) is never applied.\n"
	"\n"
	"Exit codes: 0 done, 64 usage, 65 the store (or a message in it) is damaged,\n"
	"emptied or replaced, 66 no such message, 69 the journal could not take an\n"
	"entry (it stays pending), 74 the store cannot be read or written,\n"
	"78 configuration (including a wrong outbox key).\n",
	run_inbox
};

static int load(bb_connector **c, const char *config)
{
	if (cli_connector(c, 0) != BB_OK)
		return EXIT_SOFTWARE;
	if (bb_connector_load_config(*c, config) != BB_OK) {
		cli_print_errors(*c);
		return EXIT_CONFIG;
	}
	return EXIT_OK;
}

/* UTC, ISO 8601, as `outbox list` prints times. */
static void iso_time(char out[32], int64_t t)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (!t || !gmtime_r(&tt, &tm) || !strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm))
		strcpy(out, "-");
}

static const char *or_dash(const char *s)
{
	return s && *s ? s : "-";
}

static int print_row(const bb_inbox_entry *e, void *payload)
{
	char received[32];

	(void)payload;
	iso_time(received, e->received);
	printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e->message_id, or_dash(e->kind),
	       or_dash(e->sender_id), or_dash(e->referral_id), or_dash(e->practice_agb),
	       or_dash(e->status), or_dash(e->state), received);
	return 0;
}

static int print_details(const bb_inbox_entry *e, void *payload)
{
	char received[32];

	(void)payload;
	iso_time(received, e->received);
	printf("message:      %s\nkind:         %s\nsender:       %s\nreferral:     %s\n"
	       "practice AGB: %s\nstatus now:   %s\nstate:        %s\nreceived:     %s\n",
	       e->message_id, or_dash(e->kind), or_dash(e->sender_id), or_dash(e->referral_id),
	       or_dash(e->practice_agb), or_dash(e->status), or_dash(e->state), received);
	return 0;
}

static int code_of(bb_connector *c, int rc)
{
	if (rc == BB_OK)
		return EXIT_OK;
	cli_print_errors(c);
	return rc == BB_ENOTFOUND ? EXIT_NOINPUT : cli_exit_code(rc);
}

static int show(bb_connector *c, const char *id, int body)
{
	char *bytes = NULL;
	size_t len = 0;
	int rc, code;

	rc = bb_inbox_show(body ? &bytes : NULL, body ? &len : NULL, c, id, body ? NULL : print_details,
			   NULL);
	code = code_of(c, rc);
	if (code == EXIT_OK && body)
		code = cli_write_stdout(bytes, len);
	bb_free(bytes);
	return code;
}

/*
 * Applying happens inside the journal's attach (it applies what is
 * pending as soon as it can write); what is left pending afterwards is
 * what the journal could not take.
 */
static int apply(bb_connector *c, const char *dir)
{
	int code = cli_journal_dir_attach(c, dir);

	printf("%zu feedback message(s) applied\n", cli_journal_written());
	return code;
}

static int run_inbox(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "body", no_argument, NULL, 'b' },
		{ "journal-dir", required_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 }
	};
	const char *config = NULL, *action, *id = NULL, *dir = NULL;
	bb_connector *c = NULL;
	int opt, body = 0, code;

	if (argc < 2)
		return cli_usage_error(&cmd_inbox, "expected list, show or apply");
	action = argv[1];
	argc--;
	argv++;
	while ((opt = getopt_long(argc, argv, "c:bj:", longopts, NULL)) != -1) {
		if (opt == 'c')
			config = optarg;
		else if (opt == 'b')
			body = 1;
		else if (opt == 'j')
			dir = optarg;
		else
			return cli_usage_error(&cmd_inbox, "unknown option");
	}
	if (strcmp(action, "list") && strcmp(action, "show") && strcmp(action, "apply"))
		return cli_usage_error(&cmd_inbox, "no action '%s'", action);
	if (!config)
		return cli_usage_error(&cmd_inbox, "--config is needed");
	if (optind < argc)
		id = argv[optind++];
	if (optind != argc)
		return cli_usage_error(&cmd_inbox, "too many arguments");
	if (strcmp(action, "show") == 0 ? !id : !!id)
		return cli_usage_error(&cmd_inbox, "wrong arguments for '%s'", action);
	if (body && strcmp(action, "show") != 0)
		return cli_usage_error(&cmd_inbox, "--body goes with 'show'");
	if ((strcmp(action, "apply") == 0) != !!dir)
		return cli_usage_error(&cmd_inbox, "--journal-dir goes with 'apply', and 'apply' needs it");
	code = load(&c, config);
	if (code == EXIT_OK && strcmp(action, "list") == 0) {
		printf("message\tkind\tsender\treferral\tpractice\tstatus\tstate\treceived\n");
		code = code_of(c, bb_inbox_list(c, print_row, NULL));
	} else if (code == EXIT_OK && strcmp(action, "show") == 0) {
		code = show(c, id, body);
	} else if (code == EXIT_OK) {
		code = apply(c, dir);
	}
	bb_connector_free(c);
	return code;
}
