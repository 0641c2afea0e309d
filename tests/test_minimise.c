/*
 * Data minimisation per receiver kind, through the real path: a rich
 * referral goes through bb_referral_send to destinations of each kind,
 * and the message stored in the outbox (what will leave) is searched for
 * what must and must not be in it. Every absence is paired with the
 * presence of the same thing for a receiver that may have it, so no check
 * passes because the referral never held the data.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <sys/stat.h>

#include "beweegbrug.h"
#include "testutil.h"

typedef struct fx {
	char *dir;
	bb_connector *c;
} fx;

static const char *const kinds[][3] = {
	/* destination id, receiver_kind, data */
	{ "sport", "sport-aanbieder", NULL },
	{ "sport-bsn", "sport-aanbieder", "bsn, letter" },
	{ "coach", "beweegcoach", NULL },
	{ "coach-diag", "beweegcoach", "diagnoses" },
	{ "platform", "platform", NULL },
	{ "gli", "gli", NULL },
	{ "poli", "stadspoli", NULL },
};
#define NKINDS (sizeof(kinds) / sizeof(kinds[0]))

static int setup(void **state)
{
	fx *f = calloc(1, sizeof(*f));
	char path[700], conf[6000];
	size_t i, n;

	f->dir = test_tmpdir();
	snprintf(path, sizeof(path), "%s/outbox.key", f->dir);
	test_write_file(path, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n");
	chmod(path, 0600);
	n = (size_t)snprintf(conf, sizeof(conf),
			     "[connector]\nsender_endpoint = https://beweegbrug.test/fhir\noutbox = %s/outbox.db\noutbox_key = %s\n", f->dir, path);
	for (i = 0; i < NKINDS; i++)
		n += (size_t)snprintf(conf + n, sizeof(conf) - n,
				      "[destination \"%s\"]\nadapter = fhir-message\n"
				      "endpoint = https://localhost:9/%s\nreceiver_kind = %s\n%s%s%s",
				      kinds[i][0], kinds[i][0], kinds[i][1],
				      kinds[i][2] ? "data = " : "", kinds[i][2] ? kinds[i][2] : "",
				      kinds[i][2] ? "\n" : "");
	snprintf(path, sizeof(path), "%s/b.conf", f->dir);
	test_write_file(path, conf);
	assert_int_equal(bb_connector_new(&f->c, NULL), BB_OK);
	assert_int_equal(bb_connector_load_config(f->c, path), BB_OK);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fx *f = *state;
	char cmd[700];

	bb_connector_free(f->c);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(f->dir);
	free(f);
	return 0;
}

/* A referral with everything a GP record can hold. */
static bb_referral *rich(const char *receiver)
{
	static const struct { int field; const char *value; } fields[] = {
		{ BB_REF_ID, "HV-MIN-0001" }, { BB_REF_KIND, "beweegcoach" },
		{ BB_REF_AUTHORED, "2027-02-01T10:00:00+01:00" },
		{ BB_REF_LETTER, "Mevrouw heeft een depressieve episode doorgemaakt" },
		{ BB_REF_PREFERENCES, "liefst buiten, in een groep" },
		{ BB_REF_GOAL, "weer met de kleinkinderen kunnen fietsen" },
		{ BB_REF_COMPLAINT_ONSET, "2026-06-01" },
		{ BB_REF_PATIENT_BSN, "999990019" }, { BB_REF_PATIENT_GIVEN, "Fatima" },
		{ BB_REF_PATIENT_INITIALS, "F." }, { BB_REF_PATIENT_FAMILY, "Testkamp" },
		{ BB_REF_PATIENT_BIRTHDATE, "1966-04-02" }, { BB_REF_PATIENT_GENDER, "female" },
		{ BB_REF_PATIENT_STREET, "Proefstraat" }, { BB_REF_PATIENT_HOUSENUMBER, "12" },
		{ BB_REF_PATIENT_POSTCODE, "3021 AB" }, { BB_REF_PATIENT_CITY, "Rotterdam" },
		{ BB_REF_PATIENT_PHONE, "010-0000001" },
		{ BB_REF_PATIENT_EMAIL, "f.testkamp@example.org" },
		{ BB_REF_REFERRER_AGB, "01000003" }, { BB_REF_REFERRER_FAMILY, "Bakker" },
		{ BB_REF_PRACTICE_AGB, "01000004" }, { BB_REF_PRACTICE_NAME, "Praktijk Proefpark" },
		{ BB_REF_CONSENT, "yes" }, { BB_REF_CONSENT_DATE, "2027-02-01T09:55:00+01:00" },
	};
	bb_referral *r;
	size_t i;

	assert_int_equal(bb_referral_new(&r), BB_OK);
	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		assert_int_equal(bb_referral_set(r, fields[i].field, fields[i].value), BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_RECEIVER_ID, receiver), BB_OK);
	assert_int_equal(bb_referral_add_reason(r, "icpc-1-nl", "T90.02", "Diabetes mellitus type 2"),
			 BB_OK);
	assert_int_equal(bb_referral_add_reason(r, "icpc-1-nl", "P76", "Depressie"), BB_OK);
	assert_int_equal(bb_referral_add_measurement(r, "39156-5", "31.2", "kg/m2", "2027-01-20"), BB_OK);
	assert_int_equal(bb_referral_add_measurement(r, "8480-6", "152", "mm[Hg]", "2027-01-20"), BB_OK);
	assert_int_equal(bb_referral_add_measurement(r, "4548-4", "7.1", "%", "2027-01-20"), BB_OK);
	assert_int_equal(bb_referral_add_measurement(r, "64098-7", "410", "m", "2027-01-20"), BB_OK);
	return r;
}

/* The message bb_referral_send stores for destination `to`, as text. */
static char *sent_to(fx *f, const char *to)
{
	bb_referral *r = rich(to);
	char id[BB_MESSAGE_ID_LEN], *body = NULL;
	size_t len = 0;

	if (bb_referral_send(id, f->c, r, to) != BB_OK)
		fail_msg("send to %s: %s", to, bb_error_last(f->c)->message);
	bb_referral_free(r);
	assert_int_equal(bb_outbox_show(&body, &len, f->c, id, NULL, NULL), BB_OK);
	return body;
}

#define HAS(body, text) (strstr((body), (text)) != NULL)

static void expect(const char *to, const char *body, const char *text, int wanted)
{
	if (HAS(body, text) != wanted)
		fail_msg("%s: \"%s\" should %sbe in the message", to, text, wanted ? "" : "not ");
}

/* What every profile keeps: who refers, the practice, the consent, where the patient lives. */
static void always_sent(const char *to, const char *body)
{
	expect(to, body, "01000003", 1);          /* referrer AGB */
	expect(to, body, "01000004", 1);          /* practice AGB */
	expect(to, body, "HV-MIN-0001", 1);
	expect(to, body, "\"Consent\"", 1);
	expect(to, body, "2027-02-01T09:55:00+01:00", 1);
	expect(to, body, "3021 AB", 1);
	expect(to, body, "Rotterdam", 1);
}

static void sport_aanbieder_gets_little(void **state)
{
	fx *f = *state;
	char *b = sent_to(f, "sport");

	always_sent("sport", b);
	/* contact details, name, age and gender: to reach and place the patient */
	expect("sport", b, "Testkamp", 1);
	expect("sport", b, "010-0000001", 1);
	expect("sport", b, "f.testkamp@example.org", 1);
	expect("sport", b, "1966-04-02", 1);
	expect("sport", b, "liefst buiten", 1);
	expect("sport", b, "weer met de kleinkinderen", 1);
	/* the reason as a category, the fitness baseline */
	expect("sport", b, "Meer bewegen; reden: gewicht en stofwisseling", 1);
	expect("sport", b, "64098-7", 1);
	/* no BSN, no diagnosis, no clinical measurements, no letter, no street */
	expect("sport", b, "999990019", 0);
	expect("sport", b, "fhir.nl/fhir/NamingSystem/bsn", 0);
	expect("sport", b, "T90", 0);
	expect("sport", b, "Diabetes", 0);
	expect("sport", b, "P76", 0);
	expect("sport", b, "epressie", 0);        /* neither the reason nor the letter */
	expect("sport", b, "\"Condition\"", 0);
	expect("sport", b, "39156-5", 0);
	expect("sport", b, "8480-6", 0);
	expect("sport", b, "4548-4", 0);
	expect("sport", b, "Proefstraat", 0);
	expect("sport", b, "2026-06-01", 0);      /* the complaint's onset */
	free(b);
}

static void data_key_adds_items(void **state)
{
	fx *f = *state;
	char *b = sent_to(f, "sport-bsn");

	always_sent("sport-bsn", b);
	expect("sport-bsn", b, "999990019", 1);
	expect("sport-bsn", b, "fhir.nl/fhir/NamingSystem/bsn", 1);
	expect("sport-bsn", b, "depressieve episode", 1);   /* the letter */
	/* and only those */
	expect("sport-bsn", b, "T90", 0);
	expect("sport-bsn", b, "39156-5", 0);
	expect("sport-bsn", b, "Proefstraat", 0);
	free(b);

	b = sent_to(f, "coach-diag");
	expect("coach-diag", b, "T90.02", 1);
	expect("coach-diag", b, "P76", 1);
	expect("coach-diag", b, "\"Condition\"", 1);
	expect("coach-diag", b, "2026-06-01", 1);
	expect("coach-diag", b, "999990019", 0);
	free(b);
}

static void beweegcoach_and_platform(void **state)
{
	fx *f = *state;
	const char *to[] = { "coach", "platform" };
	size_t i;

	for (i = 0; i < 2; i++) {
		char *b = sent_to(f, to[i]);
		always_sent(to[i], b);
		/* the address, the letter and the measurements a coach follows */
		expect(to[i], b, "Proefstraat", 1);
		expect(to[i], b, "depressieve episode", 1);
		expect(to[i], b, "39156-5", 1);
		expect(to[i], b, "8480-6", 1);
		expect(to[i], b, "Meer bewegen; reden: gewicht en stofwisseling", 1);
		/* but no BSN and no diagnoses */
		expect(to[i], b, "999990019", 0);
		expect(to[i], b, "T90", 0);
		expect(to[i], b, "P76", 0);
		expect(to[i], b, "\"Condition\"", 0);
		free(b);
	}
}

static void gli_and_stadspoli_get_the_clinical_picture(void **state)
{
	fx *f = *state;
	const char *to[] = { "gli", "poli" };
	size_t i;

	for (i = 0; i < 2; i++) {
		char *b = sent_to(f, to[i]);
		always_sent(to[i], b);
		expect(to[i], b, "999990019", 1);
		expect(to[i], b, "T90.02", 1);
		expect(to[i], b, "P76", 1);
		expect(to[i], b, "\"Condition\"", 1);
		expect(to[i], b, "39156-5", 1);
		expect(to[i], b, "4548-4", 1);
		expect(to[i], b, "Proefstraat", 1);
		expect(to[i], b, "2026-06-01", 1);
		expect(to[i], b, "depressieve episode", 1);
		expect(to[i], b, "Meer bewegen; reden", 0);
		free(b);
	}
}

typedef struct tally { int n; } tally;

static int count_entry(const bb_outbox_entry *e, void *payload)
{
	(void)e;
	((tally *)payload)->n++;
	return 0;
}

/* No referral leaves without consent for that receiver; nothing is queued when refused. */
static void consent_for_that_receiver(void **state)
{
	fx *f = *state;
	bb_referral *r = rich("gli");
	char id[BB_MESSAGE_ID_LEN];
	tally before = { 0 }, after = { 0 };

	assert_int_equal(bb_outbox_list(f->c, BB_OUTBOX_ANY, count_entry, &before), BB_OK);
	assert_int_equal(bb_referral_send(id, f->c, r, "sport"), BB_EINPUT);
	assert_string_equal(bb_error_last(f->c)->message,
			    "receiver.id: the patient's consent was recorded for receiver \"gli\", "
			    "not for \"sport\"");
	assert_int_equal(bb_referral_set(r, BB_REF_CONSENT, "no"), BB_OK);
	assert_int_equal(bb_referral_send(id, f->c, r, "gli"), BB_EINPUT);
	assert_non_null(strstr(bb_error_last(f->c)->message, "did not consent"));
	assert_int_equal(bb_referral_set(r, BB_REF_CONSENT, NULL), BB_OK);
	assert_int_equal(bb_referral_send(id, f->c, r, "gli"), BB_EINPUT);
	assert_non_null(strstr(bb_error_last(f->c)->message, "consent"));
	assert_int_equal(bb_outbox_list(f->c, BB_OUTBOX_ANY, count_entry, &after), BB_OK);
	assert_int_equal(after.n, before.n);
	/* the positive control: with consent for it, it goes */
	assert_int_equal(bb_referral_set(r, BB_REF_CONSENT, "yes"), BB_OK);
	assert_int_equal(bb_referral_send(id, f->c, r, "gli"), BB_OK);
	bb_referral_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(sport_aanbieder_gets_little, setup, teardown),
		cmocka_unit_test_setup_teardown(data_key_adds_items, setup, teardown),
		cmocka_unit_test_setup_teardown(beweegcoach_and_platform, setup, teardown),
		cmocka_unit_test_setup_teardown(gli_and_stadspoli_get_the_clinical_picture, setup,
						teardown),
		cmocka_unit_test_setup_teardown(consent_for_that_receiver, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
