/* beweegbrug outbox: what waits, what was delivered, what was given up. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"

static int run_outbox(int argc, char **argv);

const cli_command cmd_outbox = {
	"outbox",
	"list, show, retry or purge the outbox's messages (operator)",
	"Usage: beweegbrug outbox list  --config FILE [--state pending|delivered|dead|all]\n"
	"       beweegbrug outbox show  --config FILE [--body] MESSAGE_ID\n"
	"       beweegbrug outbox retry --config FILE (MESSAGE_ID | --dead)\n"
	"       beweegbrug outbox purge --config FILE [--dead] [--older-than DAYS]\n"
	"\n"
	"list   one line per message, oldest first: id, state, destination,\n"
	"       referral id, attempts, created, next attempt, last error\n"
	"       (tab-separated, with a header line). Default: all states.\n"
	"show   one message's details; with --body only its bytes (the FHIR\n"
	"       message, decrypted), e.g. for 'beweegbrug validate -'.\n"
	"retry  give a given-up message a fresh count of attempts, due now (or\n"
	"       every given-up message with --dead); a waiting message becomes\n"
	"       due now. A delivered message is never sent again.\n"
	"purge  delete delivered messages (given-up ones with --dead) older than\n"
	"       DAYS (default 30; 0 removes all of them), overwriting their pages.\n"
	"\n"
	"Exit codes: 0 done, 64 usage, 65 the outbox database (or a message in it)\n"
	"is damaged, emptied or replaced, 66 no such message, 74 the outbox cannot\n"
	"be read or written, 78 configuration (including a wrong outbox key).\n",
	run_outbox
};

static const char *state_name(int state)
{
	switch (state) {
	case BB_OUTBOX_PENDING: return "pending";
	case BB_OUTBOX_DELIVERED: return "delivered";
	case BB_OUTBOX_DEAD: return "dead";
	}
	return "?";
}

static int state_of(const char *name)
{
	static const char *const names[] = { "pending", "delivered", "dead", NULL };
	int i;

	if (strcmp(name, "all") == 0)
		return BB_OUTBOX_ANY;
	for (i = 0; names[i]; i++)
		if (strcmp(name, names[i]) == 0)
			return i;
	return -2;
}

/* UTC, ISO 8601: operators compare these across machines. */
static void iso_time(char out[32], int64_t t)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (!t || !gmtime_r(&tt, &tm) || !strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm))
		strcpy(out, "-");
}

static int print_row(const bb_outbox_entry *e, void *payload)
{
	char created[32], next[32];
	size_t *count = payload;

	iso_time(created, e->created);
	iso_time(next, e->state == BB_OUTBOX_PENDING ? e->next_attempt : 0);
	printf("%s\t%s\t%s\t%s\t%u\t%s\t%s\t%s\n", e->message_id, state_name(e->state),
	       e->destination_id, e->referral_id ? e->referral_id : "-", e->attempts, created,
	       next, e->last_error ? e->last_error : "-");
	(*count)++;
	return 0;
}

static int print_details(const bb_outbox_entry *e, void *payload)
{
	char created[32], next[32];
	(void)payload;

	iso_time(created, e->created);
	iso_time(next, e->state == BB_OUTBOX_PENDING ? e->next_attempt : 0);
	printf("message:      %s\nstate:        %s\ndestination:  %s\nreferral:     %s\n"
	       "content type: %s\nsize:         %zu bytes\nattempts:     %u\ncreated:      %s\n"
	       "next attempt: %s\nlast error:   %s\n",
	       e->message_id, state_name(e->state), e->destination_id,
	       e->referral_id ? e->referral_id : "-", e->content_type, e->size, e->attempts,
	       created, next, e->last_error ? e->last_error : "-");
	return 0;
}

static int code_of(bb_connector *c, int rc)
{
	if (rc == BB_OK)
		return EXIT_OK;
	cli_print_errors(c);
	return rc == BB_ENOTFOUND ? EXIT_NOINPUT : cli_exit_code(rc);
}

int run_outbox(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "state", required_argument, NULL, 's' },
		{ "body", no_argument, NULL, 'b' },
		{ "dead", no_argument, NULL, 'd' },
		{ "older-than", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 }
	};
	const char *config = NULL, *action, *id = NULL;
	int opt, state = BB_OUTBOX_ANY, body = 0, dead = 0, code = EXIT_OK;
	long days = 30;
	bb_connector *c = NULL;
	size_t count = 0;
	char *end;

	if (argc < 2)
		return cli_usage_error(&cmd_outbox, "expected list, show, retry or purge");
	action = argv[1];
	argc--;
	argv++;
	while ((opt = getopt_long(argc, argv, "c:s:bdo:", longopts, NULL)) != -1) {
		if (opt == 'c') {
			config = optarg;
		} else if (opt == 's') {
			if ((state = state_of(optarg)) == -2)
				return cli_usage_error(&cmd_outbox, "no state '%s'", optarg);
		} else if (opt == 'b') {
			body = 1;
		} else if (opt == 'd') {
			dead = 1;
		} else if (opt == 'o') {
			days = strtol(optarg, &end, 10);
			if (*end || end == optarg || days < 0 || days > 36500)
				return cli_usage_error(&cmd_outbox, "--older-than wants a number of days");
		} else {
			return cli_usage_error(&cmd_outbox, "unknown option");
		}
	}
	if (!config)
		return cli_usage_error(&cmd_outbox, "--config is needed");
	if (optind < argc)
		id = argv[optind++];
	if (optind != argc)
		return cli_usage_error(&cmd_outbox, "too many arguments");
	if (strcmp(action, "show") == 0 ? !id : strcmp(action, "retry") == 0 ? !id == !dead : !!id)
		return cli_usage_error(&cmd_outbox, "wrong arguments for '%s'", action);
	if (strcmp(action, "list") && strcmp(action, "show") && strcmp(action, "retry") &&
	    strcmp(action, "purge"))
		return cli_usage_error(&cmd_outbox, "no action '%s'", action);
	if (cli_connector(&c, 0) != BB_OK)
		return EXIT_SOFTWARE;
	if (bb_connector_load_config(c, config) != BB_OK) {
		cli_print_errors(c);
		bb_connector_free(c);
		return EXIT_CONFIG;
	}
	/* the store first: a damaged one or a wrong key prints nothing on standard output */
	if ((code = code_of(c, bb_connector_open_store(c))) != EXIT_OK) {
	} else if (strcmp(action, "list") == 0) {
		printf("message\tstate\tdestination\treferral\tattempts\tcreated\tnext attempt\tlast error\n");
		code = code_of(c, bb_outbox_list(c, state, print_row, &count));
	} else if (strcmp(action, "show") == 0) {
		char *bytes = NULL;
		size_t len = 0;
		int rc = bb_outbox_show(&bytes, &len, c, id, body ? NULL : print_details, NULL);

		code = code_of(c, rc);
		if (code == EXIT_OK && body)
			code = cli_write_stdout(bytes, len);
		bb_free(bytes);
	} else if (strcmp(action, "retry") == 0) {
		code = code_of(c, bb_outbox_retry(&count, c, dead ? NULL : id));
		if (code == EXIT_OK)
			printf("%zu message(s) due again\n", count);
	} else {
		code = code_of(c, bb_outbox_purge(&count, c,
						  dead ? BB_OUTBOX_DEAD : BB_OUTBOX_DELIVERED, (int64_t)days * 86400));
		if (code == EXIT_OK)
			printf("%zu message(s) purged\n", count);
	}
	bb_connector_free(c);
	return code;
}
