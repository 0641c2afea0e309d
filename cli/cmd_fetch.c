/* beweegbrug fetch: poll a destination for feedback and show what the HIS gets. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int run(int argc, char **argv);

const cli_command cmd_fetch = {
	"fetch",
	"fetch new feedback from a destination and show it",
	"Usage: beweegbrug fetch --config FILE [--his ADAPTER] DESTINATION\n"
	"       beweegbrug fetch --config FILE --apply DESTINATION\n"
	"\n"
	"With --apply (the GP side in production): each new feedback is checked,\n"
	"stored once in the inbox and applied in order, exactly like feedback pushed\n"
	"to 'beweegbrug serve'; the journal entry of each applied feedback (by the\n"
	"configuration's his_adapter) is printed, and a count on standard error.\n"
	"\n"
	"Asks DESTINATION for the feedback its receiver wrote since the last fetch\n"
	"(for fhir-rest: the changes to our Tasks), reads each feedback message and\n"
	"prints, in the order the receiver wrote them, what the HIS adapter ADAPTER\n"
	"(his-xml or xml, ...) writes into the patient record; without --his, a short\n"
	"summary per message. What was fetched is not fetched again.\n"
	"\n"
	"Exit codes: 0 ok (also when there is nothing new), 65 a message could not be\n"
	"read (the others are still shown), 69 receiver unavailable or the adapter\n"
	"cannot fetch, 74 the store cannot be read or written, 78 configuration,\n"
	"64 usage.\n",
	run
};

typedef struct fetch_run {
	bb_connector *c;
	const char *destination;
	const char *adapter;     /* HIS adapter, or NULL for the summary */
	size_t count;
	int code;                /* the worst exit code so far */
} fetch_run;

static void print_summary(const bb_feedback *fb)
{
	const char *v;
	size_t i;

	printf("referral %s (practice %s): %s", bb_feedback_get(fb, BB_FB_REFERRAL_ID),
	       bb_feedback_get(fb, BB_FB_PRACTICE_AGB), bb_feedback_get(fb, BB_FB_STATUS));
	if ((v = bb_feedback_get(fb, BB_FB_BUSINESS_STATUS)))
		printf(" (%s)", v);
	if ((v = bb_feedback_get(fb, BB_FB_DATE)))
		printf(" at %s", v);
	if ((v = bb_feedback_get(fb, BB_FB_RECEIVER_REFERENCE)))
		printf(", their reference %s", v);
	putchar('\n');
	if ((v = bb_feedback_get(fb, BB_FB_REASON_TEXT)) || (v = bb_feedback_get(fb, BB_FB_REASON_CODE)))
		printf("  reason: %s\n", v);
	if ((v = bb_feedback_get(fb, BB_FB_NARRATIVE)))
		printf("  note: %s\n", v);
	for (i = 0; i < bb_feedback_measurement_count(fb); i++) {
		const char *loinc, *value, *unit, *when;
		bb_feedback_measurement_at(&loinc, &value, &unit, &when, fb, i);
		printf("  measurement %s: %s %s%s%s%s\n", loinc, value, unit ? unit : "",
		       when ? " (" : "", when ? when : "", when ? ")" : "");
	}
	if ((v = bb_feedback_get(fb, BB_FB_WELLBEING)))
		printf("  " BB_WELLBEING_DISPLAY ": %s\n", v);
	if ((v = bb_feedback_get(fb, BB_FB_SESSIONS_ATTENDED)))
		printf("  sessions attended: %s\n", v);
	if ((v = bb_feedback_get(fb, BB_FB_SESSIONS_MISSED)))
		printf("  sessions missed: %s\n", v);
}

/* One feedback message: read it, show it. A bad one is reported and skipped. */
static int on_message(const char *content_type, const void *body, size_t len, void *payload)
{
	fetch_run *fr = payload;
	char source[128], *text = NULL;
	size_t text_len = 0;
	bb_feedback *fb = NULL;
	int rc;
	(void)content_type;

	fr->count++;
	snprintf(source, sizeof(source), "%s: feedback %zu", fr->destination, fr->count);
	if ((rc = bb_feedback_from_fhir(&fb, fr->c, source, body, len)) != BB_OK)
		goto fail;
	if (!fr->adapter) {
		print_summary(fb);
		fflush(stdout);
		goto done;
	}
	if ((rc = bb_feedback_to_his(&text, &text_len, fr->c, fr->adapter, fb)) != BB_OK)
		goto fail;
	if (cli_write_stdout(text, text_len) != EXIT_OK) {
		fr->code = EXIT_SOFTWARE;
		rc = BB_EIO;
	}
	goto done;
fail:
	cli_print_errors(fr->c);
	if (fr->code == EXIT_OK)
		fr->code = cli_exit_code(rc);
done:
	bb_free(text);
	bb_feedback_free(fb);
	/* Only a failing stdout stops the fetch: what was not shown must come again. */
	return rc == BB_EIO ? rc : 0;
}

/* --apply: the journal entries as the HIS is handed them. */
static int print_applied(const char *referral_id, const bb_feedback *fb, const char *entry,
			 size_t len, void *payload)
{
	(void)referral_id;
	(void)fb;
	(void)payload;
	return cli_write_stdout(entry, len) == EXIT_OK ? 0 : -1;
}

static int apply(fetch_run *fr)
{
	size_t stored = 0;
	int rc;

	bb_connector_on_feedback(fr->c, print_applied, NULL);
	rc = bb_poll_feedback(&stored, fr->c, fr->destination);
	fprintf(stderr, "%s: %zu feedback message(s) stored\n", cli_program, stored);
	if (rc != BB_OK)
		cli_print_errors(fr->c);
	return cli_exit_code(rc);
}

static int run(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "his", required_argument, NULL, 'H' },
		{ "apply", no_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 }
	};
	const char *config = NULL, *his = NULL;
	char *adapter = NULL;
	fetch_run fr;
	int opt, rc, applying = 0;

	memset(&fr, 0, sizeof(fr));
	while ((opt = getopt_long(argc, argv, "c:H:a", longopts, NULL)) != -1) {
		if (opt == 'c')
			config = optarg;
		else if (opt == 'a')
			applying = 1;
		else if (opt == 'H')
			his = optarg;
		else
			return cli_usage_error(&cmd_fetch, "unknown option");
	}
	if (!config)
		return cli_usage_error(&cmd_fetch, "--config is needed");
	if (optind + 1 != argc)
		return cli_usage_error(&cmd_fetch, "expected exactly one DESTINATION");
	if (applying && his)
		return cli_usage_error(&cmd_fetch, "--apply uses the configuration's his_adapter, not --his");
	if (his && !(adapter = cli_his_adapter_name(his)))
		return EXIT_SOFTWARE;
	fr.destination = argv[optind];
	fr.adapter = adapter;
	if (cli_connector(&fr.c, 0) != BB_OK) {
		free(adapter);
		return EXIT_SOFTWARE;
	}
	if (bb_connector_load_config(fr.c, config) != BB_OK) {
		cli_print_errors(fr.c);
		fr.code = EXIT_CONFIG;
		goto out;
	}
	if (applying) {
		fr.code = apply(&fr);
		goto out;
	}
	rc = bb_fetch_feedback(fr.c, fr.destination, on_message, &fr);
	if (rc != BB_OK && fr.code != EXIT_SOFTWARE) {
		cli_print_errors(fr.c);
		fr.code = cli_exit_code(rc);
	}
out:
	bb_connector_free(fr.c);
	free(adapter);
	return fr.code;
}
