/* beweegbrug send / deliver: the outbox from the command line. */
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int run_send(int argc, char **argv);
static int run_deliver(int argc, char **argv);

const cli_command cmd_send = {
	"send",
	"queue a HIS record's referral for a destination (durable)",
	"Usage: beweegbrug send --config FILE --to DESTINATION [--his ADAPTER] INPUT\n"
	"\n"
	"Reads INPUT with the HIS adapter (default: his_adapter of the\n"
	"configuration), makes the referral message for DESTINATION and stores it\n"
	"in the outbox. It returns once the message is on disk, so nothing is lost\n"
	"if the receiver is down or the computer crashes; 'beweegbrug deliver'\n"
	"delivers it. Prints the message id.\n"
	"\n"
	"Exit codes: 0 queued, 65 bad input, or the outbox database is damaged,\n"
	"emptied or replaced, 66 missing input, 74 the outbox cannot be written (disk\n"
	"full, permissions), 78 configuration (including a wrong outbox key).\n",
	run_send
};

const cli_command cmd_deliver = {
	"deliver",
	"deliver what waits in the outbox",
	"Usage: beweegbrug deliver --config FILE [--once]\n"
	"\n"
	"Without --once: keeps delivering until SIGTERM or SIGINT. It sends what\n"
	"is due, sleeps until the next retry is due, and notices within a second\n"
	"what other processes queue. A receiver that fails 3 times in a row gets\n"
	"a pause (circuit breaker) while its messages wait. Each message given up\n"
	"on prints a line 'dead-letter REFERRAL DESTINATION MESSAGE: verwijzing\n"
	"niet afgeleverd: ...'. On SIGTERM the delivery in progress is finished\n"
	"first; exit 0. On SIGHUP each destination's TLS files and the\n"
	"beweegkaart are read again for new connections; nothing queued is\n"
	"dropped. Under systemd (Type=notify) it reports READY=1 once delivering.\n"
	"\n"
	"With --once: delivers every message that is due, once each, and prints\n"
	"how many were delivered, will be retried (after a growing delay, with\n"
	"jitter) and were given up on (refused, too many attempts or too old:\n"
	"logged as 'verwijzing niet afgeleverd').\n"
	"\n"
	"A message that cannot be read back from the outbox (altered or damaged on\n"
	"disk) is given up on like a refused one, and the rest go on.\n"
	"Before it starts it checks the store, as 'beweegbrug serve' does.\n"
	"\n"
	"Exit codes: 0 all delivered (or stopped by a signal), 69 some will be\n"
	"retried, 65 some given up (or the outbox database is damaged, emptied or\n"
	"replaced), 74 the outbox cannot be read or written, 78 configuration\n"
	"(including a wrong outbox key).\n",
	run_deliver
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

static int run_send(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "to", required_argument, NULL, 't' },
		{ "his", required_argument, NULL, 'H' },
		{ NULL, 0, NULL, 0 }
	};
	const char *config = NULL, *to = NULL, *his = NULL;
	char *adapter = NULL, *data = NULL, id[BB_MESSAGE_ID_LEN];
	size_t len;
	bb_connector *c = NULL;
	bb_referral *r = NULL;
	int opt, rc, code;

	while ((opt = getopt_long(argc, argv, "c:t:H:", longopts, NULL)) != -1) {
		if (opt == 'c')
			config = optarg;
		else if (opt == 't')
			to = optarg;
		else if (opt == 'H')
			his = optarg;
		else
			return cli_usage_error(&cmd_send, "unknown option");
	}
	if (!config || !to)
		return cli_usage_error(&cmd_send, "--config and --to are needed");
	if (optind + 1 != argc)
		return cli_usage_error(&cmd_send, "expected exactly one INPUT");
	if (his && !(adapter = cli_his_adapter_name(his)))
		return EXIT_SOFTWARE;
	code = cli_read_file(argv[optind], BB_MAX_INPUT, &data, &len);
	if (code == EXIT_OK)
		code = load(&c, config);
	if (code != EXIT_OK)
		goto out;
	if ((rc = cli_read_referral(&r, c, adapter, strcmp(argv[optind], "-") == 0 ? "stdin" : argv[optind],
				    data, len)) != BB_OK)
		goto fail;
	if ((rc = bb_referral_send(id, c, r, to)) != BB_OK)
		goto fail;
	printf("%s queued for %s\n", id, to);
	goto out;
fail:
	cli_print_errors(c);
	code = cli_exit_code(rc);
out:
	bb_referral_free(r);
	free(adapter);
	free(data);
	bb_connector_free(c);
	return code;
}

static void print_dead_letter(const char *referral_id, const char *destination_id,
			      const char *message_id, const char *journal_line, void *payload)
{
	(void)payload;
	printf("dead-letter %s %s %s: %s\n", referral_id ? referral_id : "-", destination_id,
	       message_id, journal_line);
	fflush(stdout);
}

/* Deliver with the library's delivery thread until SIGTERM or SIGINT. */
static int deliver_forever(bb_connector *c)
{
	sigset_t set;
	int sig = 0, rc;

	/* Blocked before the thread starts, so only sigwait below sees them. */
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGHUP);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	bb_connector_on_dead_letter(c, print_dead_letter, NULL);
	if ((rc = bb_delivery_start(c)) != BB_OK) {
		cli_print_errors(c);
		return cli_exit_code(rc);
	}
	fprintf(stderr, "%s%s: delivering; stop with SIGTERM\n", cli_priority(5), cli_program);
	cli_notify("READY=1\nSTATUS=delivering");
	for (;;) {
		if (sigwait(&set, &sig) != 0)
			continue;
		if (sig != SIGHUP)
			break;
		cli_notify_reloading();
		if (bb_connector_reload(c) != BB_OK)
			cli_print_errors(c);
		cli_notify("READY=1\nSTATUS=delivering");
	}
	cli_notify("STOPPING=1");
	bb_delivery_stop(c);
	return EXIT_OK;
}

static int run_deliver(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "once", no_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 }
	};
	const char *config = NULL;
	bb_delivery_stats st = BB_DELIVERY_STATS_INIT;
	bb_connector *c = NULL;
	int opt, once = 0, rc, code;

	while ((opt = getopt_long(argc, argv, "c:o", longopts, NULL)) != -1) {
		if (opt == 'c')
			config = optarg;
		else if (opt == 'o')
			once = 1;
		else
			return cli_usage_error(&cmd_deliver, "unknown option");
	}
	if (!config || optind != argc)
		return cli_usage_error(&cmd_deliver, "expected --config FILE [--once]");
	code = load(&c, config);
	if (code == EXIT_OK && (rc = bb_connector_open_store(c)) != BB_OK) {
		cli_print_errors(c);
		code = cli_exit_code(rc);
	} else if (code == EXIT_OK && !once) {
		code = deliver_forever(c);
	} else if (code == EXIT_OK) {
		rc = bb_outbox_deliver_due(&st, c);
		printf("%zu delivered, %zu retrying, %zu given up\n", st.delivered, st.retrying, st.dead);
		code = cli_exit_code(rc);
		if (rc != BB_OK && rc != BB_EUNAVAILABLE && rc != BB_EREFUSED)
			cli_print_errors(c);
	}
	bb_connector_free(c);
	return code;
}
