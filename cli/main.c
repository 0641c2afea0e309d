/* beweegbrug: the command-line face of libbeweegbrug. */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const cli_command *const commands[] = {
	&cmd_convert,
	&cmd_reformat,
	&cmd_validate,
	&cmd_journal,
	&cmd_send,
	&cmd_refer,
	&cmd_offers,
	&cmd_deliver,
	&cmd_outbox,
	&cmd_fetch,
	&cmd_serve,
	&cmd_mllp,
	&cmd_api,
	&cmd_inbox,
	&cmd_feedback,
	&cmd_audit,
	&cmd_report,
	&cmd_ack,
	&cmd_post,
	&cmd_config,
	&cmd_plugins,
	NULL
};

static void print_overview(FILE *f)
{
	const cli_command *const *c;

	fprintf(f,
		"Usage: %s COMMAND [OPTIONS] [ARGS]\n"
		"\n"
		"Referrals from the GP's information system to sport and exercise offers,\n"
		"and their feedback back into the patient record.\n"
		"\n"
		"Commands:\n", cli_program);
	for (c = commands; *c; c++)
		fprintf(f, "  %-10s %s\n", (*c)->name, (*c)->summary);
	fprintf(f,
		"\n"
		"Options:\n"
		"  -h, --help     show this help, or a command's help: %s help COMMAND\n"
		"  --version      show the program and library versions\n"
		"\n"
		"Exit codes: 0 ok, 64 usage, 65 bad input data (also stored data that is\n"
		"damaged or was altered), 66 missing input, 69 receiver unavailable,\n"
		"70 internal error, 74 input/output error (disk full, permissions),\n"
		"78 bad configuration (also a wrong or unprotected key).\n",
		cli_program);
}

static const cli_command *find_command(const char *name)
{
	const cli_command *const *c;

	for (c = commands; *c; c++)
		if (strcmp((*c)->name, name) == 0)
			return *c;
	return NULL;
}

int main(int argc, char **argv)
{
	const cli_command *cmd;

	/*
	 * A peer that hangs up must cost a write an EPIPE, not the process.
	 * The program may decide that for itself; the library only blocks
	 * SIGPIPE in its own threads (docs/security.md).
	 */
	signal(SIGPIPE, SIG_IGN);
	if (argc < 2) {
		print_overview(stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("beweegbrug %s (library %s)\n", BB_VERSION, bb_version());
		return EXIT_OK;
	}
	if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
		print_overview(stdout);
		return EXIT_OK;
	}
	if (strcmp(argv[1], "help") == 0) {
		if (argc < 3) {
			print_overview(stdout);
			return EXIT_OK;
		}
		cmd = find_command(argv[2]);
		if (!cmd) {
			fprintf(stderr, "%s: no command '%s'; see '%s --help'\n", cli_program, argv[2],
				cli_program);
			return EXIT_USAGE;
		}
		fputs(cmd->usage, stdout);
		return EXIT_OK;
	}
	cmd = find_command(argv[1]);
	if (!cmd) {
		fprintf(stderr, "%s: '%s' is not a command; see '%s --help'\n", cli_program, argv[1],
			cli_program);
		return EXIT_USAGE;
	}
	if (cli_wants_help(argc - 1, argv + 1)) {
		fputs(cmd->usage, stdout);
		return EXIT_OK;
	}
	return cmd->run(argc - 1, argv + 1);
}
