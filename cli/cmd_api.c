/* beweegbrug api: the local HIS API on a Unix socket or loopback/TLS TCP (bb_api). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int run_api(int argc, char **argv);

const cli_command cmd_api = {
	"api",
	"the local HIS API: referrals, offers and the journal over HTTP on a Unix socket",
	"Usage: beweegbrug api --config FILE [--socket PATH] [--group NAME]\n"
	"                      [--journal-dir DIR] [--max-body BYTES] [--timeout SECONDS] [-v]\n"
	"\n"
	"Listens on the Unix socket PATH (made with mode 0660, group NAME when\n"
	"given: who may connect is who may open that file), or without --socket\n"
	"on the configuration's [api] socket or listen (TCP: a loopback address,\n"
	"or HTTPS where only clients with a certificate from [api] ca_file get\n"
	"in), for HTTP requests of a HIS:\n"
	"  POST /referrals?offer=ID[&adapter=xml|hl7v2|fhir]  a HIS record (the\n"
	"      adapter from Content-Type: application/xml, x-application/hl7-v2+er7,\n"
	"      application/fhir+json), or application/json {\"offer\", \"adapter\",\n"
	"      \"record\"}; queued as by 'beweegbrug refer', answered with the receipt\n"
	"  GET  /referrals/{id}     a message or referral id: its state and history\n"
	"  GET  /offers?reason=T90&age=58&postcode=3021  the beweegkaart's suggestions\n"
	"  GET  /journal?since=N&timeout=S  the feedback entries in DIR (as 'serve\n"
	"      --journal-dir DIR' writes them) not yet acknowledged, after cursor N;\n"
	"      waits up to S seconds (at most 30) for one\n"
	"  POST /journal/{id}/ack   the HIS has filed the entry: never offered again\n"
	"Errors are application/problem+json with the same text as the commands.\n"
	"Bodies over --max-body (default 1048576) are refused with 413; a\n"
	"connection idle for --timeout seconds (default 60) is closed; [api] sets\n"
	"these and the deadlines and connection caps of docs/security.md. Referrals\n"
	"in the outbox are delivered meanwhile. docs/openapi.yaml describes it,\n"
	"docs/his-integration.md says when to use it.\n"
	"\n"
	"Prints 'listening on unix:PATH' (or http[s]://HOST:PORT) on standard error once it accepts\n"
	"connections; -v (--verbose) logs every request (-vv: debug). On SIGTERM\n"
	"or SIGINT it answers waiting requests and exits 0. On SIGHUP it reads\n"
	"the beweegkaart, each destination's TLS files and (over HTTPS) the\n"
	"certificate, key and ca_file of [api] again, for what comes next; when a\n"
	"new file is bad the old one stays in use (the error is logged).\n"
	"\n"
	"Exit codes: 0 stopped by a signal, 64 usage, 69 cannot listen,\n"
	"70 internal error, 78 configuration.\n",
	run_api
};

/* bb_api as a cli_listener */
typedef struct api_ctx {
	bb_connector *c;
	const bb_api_options *opt;
} api_ctx;

static int make(void *ctx, void **handle)
{
	api_ctx *a = ctx;

	return bb_api_new((bb_api **)handle, a->c, a->opt);
}
static const char *address(void *h) { return bb_api_address(h); }
static int run(void *h) { return bb_api_run(h); }
static void stop(void *h) { bb_api_stop(h); }
static void release(void *h) { bb_api_free(h); }
static int reload(void *h) { return bb_api_reload(h); }

static int serve_api(bb_connector *c, const bb_api_options *opt)
{
	api_ctx a = { c, opt };
	const cli_listener l = { .ctx = &a, .make = make, .address = address, .run = run,
				 .stop = stop, .free = release, .reload = reload };

	return cli_run_listener(c, &l, NULL);
}

static int run_api(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "socket", required_argument, NULL, 's' },
		{ "group", required_argument, NULL, 'g' },
		{ "journal-dir", required_argument, NULL, 'j' },
		{ "max-body", required_argument, NULL, 'm' },
		{ "timeout", required_argument, NULL, 't' },
		{ "verbose", no_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 }
	};
	bb_api_options opt = BB_API_OPTIONS_INIT;
	const char *config = NULL;
	bb_connector *c = NULL;
	char *end;
	long n;
	int o, verbose = 0, code;

	while ((o = getopt_long(argc, argv, "c:s:g:j:m:t:v", longopts, NULL)) != -1) {
		switch (o) {
		case 'c': config = optarg; break;
		case 's': opt.socket_path = optarg; break;
		case 'g': opt.group = optarg; break;
		case 'j': opt.journal_dir = optarg; break;
		case 'v': verbose++; break;
		case 'm':
			n = strtol(optarg, &end, 10);
			if (*end || end == optarg || n < 1 || n > 64L * 1024 * 1024)
				return cli_usage_error(&cmd_api, "--max-body takes bytes, 1 to 67108864");
			opt.max_body = (size_t)n;
			break;
		case 't':
			n = strtol(optarg, &end, 10);
			if (*end || end == optarg || n < 1 || n > 3600)
				return cli_usage_error(&cmd_api, "--timeout takes seconds, 1 to 3600");
			opt.timeout = (int)n;
			break;
		default:
			return cli_usage_error(&cmd_api, "unknown option");
		}
	}
	if (!config || optind != argc)
		return cli_usage_error(&cmd_api, "expected --config FILE [--socket PATH]");
	if (cli_connector(&c, verbose) != BB_OK)
		return EXIT_SOFTWARE;
	if (bb_connector_load_config(c, config) != BB_OK) {
		cli_print_errors(c);
		code = EXIT_CONFIG;
	} else {
		code = serve_api(c, &opt);
	}
	bb_connector_free(c);
	return code;
}
