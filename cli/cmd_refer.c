/* beweegbrug refer: the consulting-room button from the command line (bb_refer). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"

static int run_refer(int argc, char **argv);

const cli_command cmd_refer = {
	"refer",
	"refer a HIS record to an offer of the beweegkaart, in one step",
	"Usage: beweegbrug refer --config FILE --offer ID [--his ADAPTER] [--wait SECONDS]\n"
	"                        [--consent-now [--consent-by AGB] [--consent-time TIME]] INPUT\n"
	"\n"
	"What a HIS does behind its 'verwijs' button (bb_refer): reads INPUT with\n"
	"the HIS adapter, finds offer ID in the configured beweegkaart, checks that\n"
	"the patient's consent is for the receiver that takes that offer, checks\n"
	"the GLI criteria for a GLI referral (a warning, never a block), sends the\n"
	"receiver only what its kind may have, and stores the message durably.\n"
	"Then it delivers: with --wait, until the receiver has it or SECONDS\n"
	"pass (the message stays queued for 'beweegbrug deliver' if not).\n"
	"\n"
	"A record without the patient's consent is refused. When the GP asked the\n"
	"patient with the offer on screen and the patient agreed, --consent-now\n"
	"records that consent, for the offer's receiver, in the message's Consent\n"
	"(dateTime: now, or --consent-time, an ISO 8601 date-time with a time zone)\n"
	"and in the audit trail (event consent.given, by the GP whose AGB is\n"
	"--consent-by, default the record's referrer). It never overrules a record\n"
	"that says the patient refused.\n"
	"\n"
	"With --his canonical, INPUT is the canonical referral as JSON\n"
	"(docs/canonical-json.md) that the library reads itself (bb_referral_from_json,\n"
	"then bb_refer_referral): the same checks, the same texts. Its consent is\n"
	"the document's consent.given and consent.date; --consent-now is for HIS\n"
	"records.\n"
	"\n"
	"Prints the receipt: referral, offer, receiver, message id, status (the\n"
	"Dutch line a HIS shows) and any warnings.\n"
	"\n"
	"Exit codes: 0 queued or delivered, 65 bad input, an unknown offer or no\n"
	"consent for this receiver, 66 missing input, 69 the offer takes no\n"
	"electronic referrals or the message was not delivered within --wait,\n"
	"74 the outbox cannot be written (disk full, permissions), 78 configuration\n"
	"(including a wrong outbox key). A damaged outbox database is 65 as well.\n",
	run_refer
};

static void print_receipt(const bb_receipt *r)
{
	static const char *const states[] = { "?", "queued", "retrying", "delivered", "failed" };
	const char *w;

	printf("referral:  %s\n", r->referral_id);
	printf("offer:     %s (%s)\n", r->offer_id, r->offer_name ? r->offer_name : "-");
	printf("receiver:  %s (%s)\n", r->receiver_id, r->receiver_name ? r->receiver_name : "-");
	printf("message:   %s\n", r->message_id);
	printf("status:    %s: %s\n", r->status >= 1 && r->status <= 4 ? states[r->status] : "?",
	       r->status_text);
	for (w = r->warnings; w && *w;) {
		size_t n = strcspn(w, "\n");
		printf("warning:   %.*s\n", (int)n, w);
		w += n + (w[n] == '\n');
	}
}

typedef struct wait_view {
	int state;
	char last_error[256];
} wait_view;

static int note_state(const bb_outbox_entry *e, void *payload)
{
	wait_view *v = payload;

	v->state = e->state;
	snprintf(v->last_error, sizeof(v->last_error), "%s", e->last_error ? e->last_error : "");
	return 0;
}

/* Poll the outbox until the message is delivered or given up, or time is up. */
static int wait_delivered(bb_connector *c, const char *message_id, long seconds)
{
	struct timespec pause = { 0, 50 * 1000 * 1000 };
	time_t end = time(NULL) + seconds;
	wait_view v;

	do {
		v.state = BB_OUTBOX_PENDING;
		v.last_error[0] = '\0';
		if (bb_outbox_show(NULL, NULL, c, message_id, note_state, &v) != BB_OK) {
			cli_print_errors(c);
			return EXIT_SOFTWARE;
		}
		if (v.state == BB_OUTBOX_DELIVERED) {
			printf("delivered: %s\n", message_id);
			return EXIT_OK;
		}
		if (v.state == BB_OUTBOX_DEAD) {
			printf("not delivered: %s\n", v.last_error);
			return EXIT_DATAERR;
		}
		nanosleep(&pause, NULL);
	} while (time(NULL) < end);
	printf("still queued after %ld s%s%s\n", seconds, v.last_error[0] ? ": " : "", v.last_error);
	return EXIT_UNAVAILABLE;
}

static int run_refer(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "offer", required_argument, NULL, 'o' },
		{ "his", required_argument, NULL, 'H' },
		{ "wait", required_argument, NULL, 'w' },
		{ "consent-now", no_argument, NULL, 'N' },
		{ "consent-by", required_argument, NULL, 'B' },
		{ "consent-time", required_argument, NULL, 'T' },
		{ NULL, 0, NULL, 0 }
	};
	const char *config = NULL, *offer = NULL, *his = NULL, *consent_by = NULL, *consent_time = NULL;
	int consent_now = 0;
	char *adapter = NULL, *data = NULL, *end;
	long wait = -1;
	size_t len;
	bb_connector *c = NULL;
	bb_his_record record = BB_HIS_RECORD_INIT;
	bb_receipt *receipt = NULL;
	int opt, rc, code;

	while ((opt = getopt_long(argc, argv, "c:o:H:w:", longopts, NULL)) != -1) {
		if (opt == 'c') {
			config = optarg;
		} else if (opt == 'o') {
			offer = optarg;
		} else if (opt == 'H') {
			his = optarg;
		} else if (opt == 'w') {
			wait = strtol(optarg, &end, 10);
			if (*end || end == optarg || wait < 0 || wait > 3600)
				return cli_usage_error(&cmd_refer, "--wait takes seconds, 0 to 3600");
		} else if (opt == 'N') {
			consent_now = 1;
		} else if (opt == 'B') {
			consent_by = optarg;
		} else if (opt == 'T') {
			consent_time = optarg;
		} else {
			return cli_usage_error(&cmd_refer, "unknown option");
		}
	}
	if (!config || !offer)
		return cli_usage_error(&cmd_refer, "--config and --offer are needed");
	if ((consent_by || consent_time) && !consent_now)
		return cli_usage_error(&cmd_refer, "--consent-by and --consent-time go with --consent-now");
	if (optind + 1 != argc)
		return cli_usage_error(&cmd_refer, "expected exactly one INPUT");
	if (his && !(adapter = cli_his_adapter_name(his)))
		return EXIT_SOFTWARE;
	if (adapter && strcmp(adapter, CLI_CANONICAL) == 0 && consent_now) {
		free(adapter);
		return cli_usage_error(&cmd_refer, "--consent-now is for HIS records: a canonical "
				       "document gives consent.given and consent.date itself");
	}
	code = cli_read_file(argv[optind], BB_MAX_INPUT, &data, &len);
	if (code != EXIT_OK)
		goto out;
	if (cli_connector(&c, 0) != BB_OK) {
		code = EXIT_SOFTWARE;
		goto out;
	}
	if (bb_connector_load_config(c, config) != BB_OK) {
		cli_print_errors(c);
		code = EXIT_CONFIG;
		goto out;
	}
	record.adapter = adapter;
	record.source = strcmp(argv[optind], "-") == 0 ? "stdin" : argv[optind];
	record.data = data;
	record.len = len;
	record.consent_now = consent_now;
	record.consent_by = consent_by;
	record.consent_time = consent_time;
	if (adapter && strcmp(adapter, CLI_CANONICAL) == 0) {
		bb_referral *r = NULL;
		if ((rc = bb_referral_from_json(&r, c, record.source, data, len)) == BB_OK)
			rc = bb_refer_referral(&receipt, c, r, offer);
		bb_referral_free(r);
	} else {
		rc = bb_refer(&receipt, c, &record, offer);
	}
	if (rc != BB_OK) {
		cli_print_errors(c);
		code = cli_exit_code(rc);
		goto out;
	}
	print_receipt(receipt);
	fflush(stdout);
	if (wait >= 0 && receipt->status != BB_RECEIPT_DELIVERED)
		code = wait_delivered(c, receipt->message_id, wait);
out:
	bb_receipt_free(receipt);
	free(adapter);
	free(data);
	bb_connector_free(c);
	return code;
}
