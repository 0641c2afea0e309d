/* beweegbrug serve: receive messages over HTTPS with client certificates. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int run_serve(int argc, char **argv);

const cli_command cmd_serve = {
	"serve",
	"receive referrals and feedback over HTTPS (mutual TLS)",
	"Usage: beweegbrug serve --config FILE [--port-file FILE] [--journal-dir DIR] [-v]\n"
	"\n"
	"Listens as [server] in the configuration says and takes FHIR messages\n"
	"at POST [base]/$process-message. Every client must present a\n"
	"certificate from the server's ca_file, or the TLS handshake fails; the\n"
	"sender is then authorised by its certificate subject ([sender]). A\n"
	"message is stored before it is answered. Feedback queued on this side\n"
	"is delivered meanwhile, as by 'beweegbrug deliver'.\n"
	"\n"
	"Prints 'listening on https://HOST:PORT/BASE' on standard error once it\n"
	"accepts connections. --port-file writes the port (useful with\n"
	"listen = 127.0.0.1:0). -v (--verbose) logs every request (-vv: debug).\n"
	"Without --journal-dir and with [mllp] feedback_to, feedback goes into\n"
	"the HIS over MLLP and counts as applied once the HIS's ACK takes it;\n"
	"what the HIS has not taken is sent again every 30 s.\n"
	"--journal-dir DIR (GP side): every feedback applied is written to DIR\n"
	"as NNNN-REFERRAL-STATUS.EXT, what the HIS adapter makes of it; feedback\n"
	"received earlier but not applied yet is applied first (docs/feedback-loop.md).\n"
	"On SIGTERM or SIGINT it stops accepting, answers the requests in\n"
	"progress, and exits 0. On SIGHUP it reads the certificate, key and\n"
	"ca_file of [server], each destination's TLS files and the beweegkaart\n"
	"again, for new connections; queued and running work goes on, and when a\n"
	"new file is bad the old one stays in use (the error is logged). The\n"
	"configuration file itself is read at start only.\n"
	"\n"
	"Under systemd (Type=notify) it reports READY=1 once it listens, and\n"
	"RELOADING=1/READY=1 around a reload; with standard error in the\n"
	"journal, every line carries its syslog priority.\n"
	"\n"
	"Before it listens it opens and checks the store (docs/security.md): a\n"
	"damaged, emptied or replaced outbox database, or a wrong outbox key, stops\n"
	"it with the file and the problem named.\n"
	"\n"
	"Exit codes: 0 stopped by a signal, 64 usage, 65 the outbox database is\n"
	"damaged, emptied or replaced, 69 cannot listen, 70 internal error, 74 the\n"
	"store cannot be read or written (disk full, permissions), 78 configuration\n"
	"(including a key that is wrong, readable by others or of the wrong length).\n",
	run_serve
};

typedef struct serve_ctx {
	bb_connector *c;
	int his_feedback;        /* feedback goes to the HIS over MLLP: retry what is pending */
} serve_ctx;

/* How often feedback the HIS did not take yet is sent again. */
#define HIS_RETRY_SECONDS 30

/* A damaged store or a wrong key: say so and stop, rather than answer 503 to all. */
static int make(void *ctx, void **handle)
{
	serve_ctx *sc = ctx;
	int rc;

	if ((rc = bb_connector_open_store(sc->c)) != BB_OK)
		return rc;
	return bb_server_new((bb_server **)handle, sc->c);
}
static const char *address(void *h) { return bb_server_url(h); }
static int port(void *h) { return bb_server_port(h); }
static int run(void *h) { return bb_server_run(h); }
static void stop(void *h) { bb_server_stop(h); }
static void release(void *h) { bb_server_free(h); }

static int reload(void *h) { return bb_server_reload(h); }

/* Between signals: feedback the HIS did not take over MLLP yet is sent again. */
static void retry_his_feedback(void *ctx)
{
	serve_ctx *sc = ctx;
	size_t applied = 0;

	if (sc->his_feedback && bb_inbox_apply_pending(&applied, sc->c) == BB_OK && applied)
		fprintf(stderr, "%s%s: %zu feedback message(s) sent to the HIS\n", cli_priority(6),
			cli_program, applied);
}

static int serve(bb_connector *c, const char *port_file, int journal)
{
	serve_ctx sc = { c, 0 };
	const cli_listener l = { .ctx = &sc, .make = make, .address = address, .port = port,
				 .run = run, .stop = stop, .free = release, .reload = reload,
				 .tick = retry_his_feedback, .tick_seconds = HIS_RETRY_SECONDS };

	/* [mllp] feedback_to: feedback goes into the HIS over MLLP (unless --journal-dir took it). */
	if (!journal && bb_connector_feedback_to_his(c) == BB_OK)
		sc.his_feedback = 1;
	return cli_run_listener(c, &l, port_file);
}

static int run_serve(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "port-file", required_argument, NULL, 'p' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "journal-dir", required_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 }
	};
	const char *config = NULL, *port_file = NULL, *journal_dir = NULL;
	bb_connector *c = NULL;
	int opt, verbose = 0, code;

	while ((opt = getopt_long(argc, argv, "c:p:vj:", longopts, NULL)) != -1) {
		if (opt == 'c')
			config = optarg;
		else if (opt == 'p')
			port_file = optarg;
		else if (opt == 'j')
			journal_dir = optarg;
		else if (opt == 'v')
			verbose++;
		else
			return cli_usage_error(&cmd_serve, "unknown option");
	}
	if (!config || optind != argc)
		return cli_usage_error(&cmd_serve, "expected --config FILE [--port-file FILE]");
	if (cli_connector(&c, verbose) != BB_OK)
		return EXIT_SOFTWARE;
	if (bb_connector_load_config(c, config) != BB_OK) {
		cli_print_errors(c);
		code = EXIT_CONFIG;
	} else if (journal_dir && (code = cli_journal_dir_attach(c, journal_dir)) != EXIT_OK &&
		   code != EXIT_UNAVAILABLE) {
		/*
		 * A journal directory we cannot use at all. (An entry it could
		 * not take stays pending and is tried again: serve anyway.)
		 */
	} else {
		code = serve(c, port_file, journal_dir != NULL);
	}
	bb_connector_free(c);
	return code;
}
