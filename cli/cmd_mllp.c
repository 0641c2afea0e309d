/* beweegbrug mllp: take HL7 v2 referrals from the HIS's interface engine over MLLP. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int run_mllp(int argc, char **argv);

const cli_command cmd_mllp = {
	"mllp",
	"take HL7 v2 referrals (REF^I12) over MLLP, answer each with an ACK",
	"Usage: beweegbrug mllp --config FILE [--port-file FILE] [-v]\n"
	"\n"
	"Listens as [mllp] in the configuration says (plain TCP, or TLS with\n"
	"client certificates from ca_file) for HL7 v2 messages in MLLP frames,\n"
	"many per connection. Each is read by the HIS adapter, made into a\n"
	"checked referral message and stored in the outbox before its ACK goes\n"
	"back: AA once it is stored, AE with an ERR segment per problem (naming\n"
	"segment and field) when the message is at fault, AR when it cannot be\n"
	"taken now (send it again later). A message sent again with the same\n"
	"control id gets the same answer and is queued once. Referrals in the\n"
	"outbox are delivered meanwhile, as by 'beweegbrug deliver'.\n"
	"\n"
	"Prints 'listening on mllp://HOST:PORT' (mllps:// with TLS) on standard\n"
	"error once it accepts connections. --port-file writes the port (useful\n"
	"with listen = 127.0.0.1:0). -v (--verbose) logs every message (-vv:\n"
	"debug). On SIGTERM or SIGINT it stops accepting, answers the messages\n"
	"in work and exits 0. On SIGHUP it reads the beweegkaart, each\n"
	"destination's TLS files and (with TLS) the certificate, key and ca_file\n"
	"of [mllp] again, for new connections; when a new file is bad the old one\n"
	"stays in use (the error is logged). See docs/his-integration.md.\n"
	"\n"
	"Exit codes: 0 stopped by a signal, 64 usage, 69 cannot listen,\n"
	"70 internal error, 78 configuration.\n",
	run_mllp
};

/* bb_mllp as a cli_listener */
static int make(void *ctx, void **handle)
{
	return bb_mllp_new((bb_mllp **)handle, ctx);
}
static const char *address(void *h) { return bb_mllp_address(h); }
static int port(void *h) { return bb_mllp_port(h); }
static int run(void *h) { return bb_mllp_run(h); }
static void stop(void *h) { bb_mllp_stop(h); }
static void release(void *h) { bb_mllp_free(h); }
static int reload(void *h) { return bb_mllp_reload(h); }

static int listen_until_stopped(bb_connector *c, const char *port_file)
{
	const cli_listener l = { .ctx = c, .make = make, .address = address, .port = port,
				 .run = run, .stop = stop, .free = release, .reload = reload };

	return cli_run_listener(c, &l, port_file);
}

static int run_mllp(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "port-file", required_argument, NULL, 'p' },
		{ "verbose", no_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 }
	};
	const char *config = NULL, *port_file = NULL;
	bb_connector *c = NULL;
	int opt, verbose = 0, code;

	while ((opt = getopt_long(argc, argv, "c:p:v", longopts, NULL)) != -1) {
		if (opt == 'c')
			config = optarg;
		else if (opt == 'p')
			port_file = optarg;
		else if (opt == 'v')
			verbose++;
		else
			return cli_usage_error(&cmd_mllp, "unknown option");
	}
	if (!config || optind != argc)
		return cli_usage_error(&cmd_mllp, "expected --config FILE [--port-file FILE]");
	if (cli_connector(&c, verbose) != BB_OK)
		return EXIT_SOFTWARE;
	if (bb_connector_load_config(c, config) != BB_OK) {
		cli_print_errors(c);
		code = EXIT_CONFIG;
	} else {
		code = listen_until_stopped(c, port_file);
	}
	bb_connector_free(c);
	return code;
}
