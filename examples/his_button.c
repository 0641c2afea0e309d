/*
 * What a HIS vendor puts behind the "verwijs naar beweegaanbod" button:
 * a complete program that uses libbeweegbrug only through its public
 * header and pkg-config, as a HIS would.
 *
 *   his_button CONFIG RECORD [OFFER-ID]
 *
 * 1. Open a connector with the practice's configuration.
 * 2. Read the patient's record and ask the beweegkaart for suggestions
 *    (what the GP sees on screen, with the reasons each fits).
 * 3. The GP and the patient choose (here: OFFER-ID, or the best offer
 *    that takes electronic referrals) and the patient consents.
 * 4. bb_refer(): one call; show its receipt. Then wait a little for the
 *    delivery, as a HIS would refresh its status line.
 *
 * Build it against an installed library with:
 *   cc his_button.c $(pkg-config --cflags --libs beweegbrug) -o his_button
 */
#define _POSIX_C_SOURCE 200809L  /* nanosleep */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <beweegbrug.h>

/* The library logs through the HIS's own logger; here, stderr. */
static void his_log(bb_log_level level, const char *message, void *payload)
{
	(void)payload;
	fprintf(stderr, "[beweegbrug %s] %s\n", bb_log_level_name(level), message);
}

static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long n;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && n < 16 * 1024 * 1024 &&
	    fseek(f, 0, SEEK_SET) == 0 && (buf = malloc((size_t)n + 1)) &&
	    fread(buf, 1, (size_t)n, f) == (size_t)n) {
		buf[n] = '\0';
		*len = (size_t)n;
	} else {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	return buf;
}

static int fail(bb_connector *c, const char *what)
{
	const bb_error *e = c ? bb_error_last(c) : NULL;

	fprintf(stderr, "his_button: %s: %s\n", what, e && e->message ? e->message : "failed");
	return 1;
}

/* What the GP sees: the top suggestions with their reasons. Returns the chosen offer id. */
static const char *show_suggestions(bb_connector *c, const bb_referral *r, char *chosen,
				    size_t size)
{
	bb_offers *offers = NULL;
	bb_suggestions *list = NULL;
	size_t i;

	chosen[0] = '\0';
	if (bb_offers_new(&offers, c) != BB_OK ||
	    bb_offers_suggest_for_referral(&list, offers, r, NULL, 3) != BB_OK) {
		fail(c, "suggestions");
		bb_offers_free(offers);
		return NULL;
	}
	for (i = 0; i < bb_suggestions_count(list); i++) {
		const bb_suggestion *s = bb_suggestions_at(list, i);
		printf("%zu. %s (%s)%s\n   %s\n", i + 1, s->offer->name, s->offer->organization,
		       s->offer->destination_id ? "" : " [by phone]", s->why);
		if (!chosen[0] && s->offer->destination_id)
			snprintf(chosen, size, "%s", s->offer->id);
	}
	bb_suggestions_free(list);
	bb_offers_free(offers);
	return chosen;
}

typedef struct status_view {
	int state;
} status_view;

static int note_state(const bb_outbox_entry *e, void *payload)
{
	((status_view *)payload)->state = e->state;
	return 0;
}

int main(int argc, char **argv)
{
	bb_options opts = BB_OPTIONS_INIT;
	bb_connector *c = NULL;
	bb_referral *r = NULL;
	bb_his_record record = BB_HIS_RECORD_INIT;
	bb_receipt *receipt = NULL;
	char chosen[128], *data;
	const char *offer;
	size_t len = 0;
	int rc = 1, i;

	if (argc < 3 || argc > 4) {
		fprintf(stderr, "usage: his_button CONFIG RECORD [OFFER-ID]\n");
		return 64;
	}
	if (!(data = read_all(argv[2], &len))) {
		fprintf(stderr, "his_button: cannot read %s\n", argv[2]);
		return 66;
	}
	opts.log = his_log;
	if (bb_connector_new(&c, &opts) != BB_OK) {
		free(data);
		return 70;
	}
	if (bb_connector_load_config(c, argv[1]) != BB_OK) {
		rc = fail(c, argv[1]);
		goto out;
	}

	/* 2. the record on screen, and what the beweegkaart suggests for it */
	if (bb_referral_from_his(&r, c, NULL, argv[2], data, len) != BB_OK) {
		rc = fail(c, argv[2]);
		goto out;
	}
	printf("Suggestions for %s:\n", argv[2]);
	if (!show_suggestions(c, r, chosen, sizeof(chosen)))
		goto out;
	offer = argc == 4 ? argv[3] : chosen;
	if (!*offer) {
		fprintf(stderr, "his_button: no suggestion takes electronic referrals\n");
		goto out;
	}

	/* 3-4. the GP chose `offer` with the patient, who consented: one click */
	record.source = argv[2];
	record.data = data;
	record.len = len;
	if (bb_refer(&receipt, c, &record, offer) != BB_OK) {
		rc = fail(c, "bb_refer");
		goto out;
	}
	printf("Referred %s to %s (%s): %s\n", receipt->referral_id, receipt->offer_name,
	       receipt->receiver_id, receipt->status_text);
	if (receipt->warnings)
		printf("Let op: %s\n", receipt->warnings);

	/* the status line refreshes until the receiver has it (here: up to 15 s) */
	for (i = 0; i < 300; i++) {
		status_view v = { BB_OUTBOX_PENDING };
		struct timespec pause = { 0, 50 * 1000 * 1000 };
		if (bb_outbox_show(NULL, NULL, c, receipt->message_id, note_state, &v) != BB_OK) {
			rc = fail(c, "status");
			goto out;
		}
		if (v.state == BB_OUTBOX_DELIVERED) {
			printf("Afgeleverd bij %s\n", receipt->receiver_name ? receipt->receiver_name
									: receipt->receiver_id);
			rc = 0;
			goto out;
		}
		if (v.state == BB_OUTBOX_DEAD)
			break;
		nanosleep(&pause, NULL);
	}
	printf("Nog niet afgeleverd; de verwijzing blijft bewaard en wordt later verzonden\n");
	rc = 2;
out:
	bb_receipt_free(receipt);
	bb_referral_free(r);
	bb_connector_free(c);
	free(data);
	return rc;
}
