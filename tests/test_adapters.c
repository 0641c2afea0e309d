/*
 * Both adapter kinds through the real ABI: the test plugins are loaded
 * from files and driven by the library's public calls.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <sys/stat.h>

#include "beweegbrug.h"
#include "testutil.h"

static const char *plugdir;

typedef struct fixture {
	bb_connector *c;
	char *dir;
	char conf[512];
	char spool[512];
} fixture;

static int setup(void **state)
{
	fixture *f = calloc(1, sizeof(*f));
	bb_options o = BB_OPTIONS_INIT;
	char text[2048];

	f->dir = test_tmpdir();
	snprintf(f->spool, sizeof(f->spool), "%s/spool", f->dir);
	mkdir(f->spool, 0700);
	snprintf(f->conf, sizeof(f->conf), "%s/b.conf", f->dir);
	snprintf(text, sizeof(text),
		 "[connector]\n"
		 "his_adapter = test-his\n"
		 "[destination \"coach\"]\n"
		 "adapter = test-dest\n"
		 "endpoint = https://coach.example.test/fhir\n"
		 "receiver_kind = beweegcoach\n"
		 "spool_dir = %s\n", f->spool);
	test_write_file(f->conf, text);
	o.plugin_path = plugdir;
	assert_int_equal(bb_connector_new(&f->c, &o), BB_OK);
	assert_int_equal(bb_connector_load_config(f->c, f->conf), BB_OK);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fixture *f = *state;
	char cmd[600];

	bb_connector_free(f->c);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(f->dir);
	free(f);
	return 0;
}

static void his_adapter_reads_a_record(void **state)
{
	fixture *f = *state;
	const char *rec = "id=HV-7\nkind=beweegcoach\nbsn=999990081\nfamily=Jansen\n"
			  "reason=K86 Hypertensie\n";
	bb_referral *r = NULL;
	const char *code, *text;

	/* NULL adapter: the configured his_adapter */
	assert_int_equal(bb_referral_from_his(&r, f->c, NULL, "rec.txt", rec, strlen(rec)), BB_OK);
	assert_string_equal(bb_referral_get(r, BB_REF_ID), "HV-7");
	assert_string_equal(bb_referral_get(r, BB_REF_PATIENT_BSN), "999990081");
	assert_int_equal(bb_referral_reason_count(r), 1);
	bb_referral_reason_at(NULL, &code, &text, r, 0);
	assert_string_equal(code, "K86");
	assert_string_equal(text, "Hypertensie");
	bb_referral_free(r);
}

static void all_problems_with_lines(void **state)
{
	fixture *f = *state;
	const char *rec = "id=HV-8\nbsn=123456789\nbirthdate=1970-02-30\ncolour=blue\n";
	bb_referral *r = (bb_referral *)1;

	assert_int_equal(bb_referral_from_his(&r, f->c, "test-his", "rec.txt", rec, strlen(rec)),
			 BB_EINPUT);
	assert_null(r);
	assert_int_equal(bb_error_count(f->c), 3);
	assert_string_equal(bb_error_message_at(f->c, 0),
			    "rec.txt:2: bsn: patient.bsn \"123456789\" is not a valid BSN (9 digits passing the elfproef)");
	assert_string_equal(bb_error_message_at(f->c, 1),
			    "rec.txt:3: birthdate: patient.birthdate \"1970-02-30\" is not a date (YYYY-MM-DD)");
	assert_string_equal(bb_error_message_at(f->c, 2), "rec.txt:4: colour: unknown key");
	assert_int_equal(bb_error_last(f->c)->line, 2);
	assert_string_equal(bb_error_last(f->c)->source, "rec.txt");
	assert_string_equal(bb_error_last(f->c)->field, "bsn");
}

static void adapter_failure_is_reported(void **state)
{
	fixture *f = *state;
	bb_referral *r = NULL;

	assert_int_equal(bb_referral_from_his(&r, f->c, "test-his", "rec.txt", "no equals", 9),
			 BB_EINPUT);
	assert_string_equal(bb_error_last(f->c)->message, "rec.txt:1: expected key=value");
}

static void feedback_into_the_his(void **state)
{
	fixture *f = *state;
	bb_feedback *fb;
	char *out = NULL;
	size_t len = 0;

	bb_feedback_new(&fb);
	bb_feedback_set(fb, BB_FB_REFERRAL_ID, "HV-7");
	bb_feedback_set(fb, BB_FB_STATUS, "accepted");
	assert_int_equal(bb_feedback_to_his(&out, &len, f->c, NULL, fb), BB_OK);
	assert_string_equal(out, "referral=HV-7\nstatus=accepted\n");
	assert_int_equal(len, strlen(out));
	bb_free(out);
	/* the adapter's own refusal comes back with its field */
	bb_feedback_set(fb, BB_FB_STATUS, NULL);
	assert_int_equal(bb_feedback_to_his(&out, &len, f->c, NULL, fb), BB_EINPUT);
	assert_string_equal(bb_error_last(f->c)->message, "feedback.status: no status");
	bb_feedback_free(fb);
}

static void delivery_outcomes(void **state)
{
	fixture *f = *state;
	char path[600];
	struct stat st;

	assert_int_equal(bb_deliver_now(f->c, "coach", "msg-1", "application/fhir+json", "{}", 2), BB_OK);
	snprintf(path, sizeof(path), "%s/msg-1", f->spool);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_size, 2);

	assert_int_equal(bb_deliver_now(f->c, "coach", "transient-2", "application/fhir+json", "{}", 2),
			 BB_EUNAVAILABLE);
	assert_string_equal(bb_error_last(f->c)->message,
			    "destination \"coach\": not delivered, will retry: receiver busy (test)");
	assert_int_equal(bb_deliver_now(f->c, "coach", "fatal-3", "application/fhir+json", "{}", 2),
			 BB_EREFUSED);
	assert_string_equal(bb_error_last(f->c)->message,
			    "destination \"coach\" refused message fatal-3: receiver refused (test)");
	assert_int_equal(bb_deliver_now(f->c, "nobody", "m", "application/fhir+json", "{}", 2),
			 BB_ENOTFOUND);
	assert_string_equal(bb_error_last(f->c)->message,
			    "destination \"nobody\" is not in the configuration");
}

static int collect(const char *type, const void *body, size_t len, void *payload)
{
	int *n = payload;
	(void)type;
	assert_true(len > 0 && body);
	(*n)++;
	return 0;
}

static void fetching_feedback(void **state)
{
	fixture *f = *state;
	char path[700];
	int n = 0;

	snprintf(path, sizeof(path), "%s/feedback", f->spool);
	mkdir(path, 0700);
	snprintf(path, sizeof(path), "%s/feedback/fb-1", f->spool);
	test_write_file(path, "x");
	snprintf(path, sizeof(path), "%s/feedback/fb-2", f->spool);
	test_write_file(path, "y");
	assert_int_equal(bb_fetch_feedback(f->c, "coach", collect, &n), BB_OK);
	assert_int_equal(n, 2);
}

static void config_checks_adapter_kinds_and_keys(void **state)
{
	fixture *f = *state;
	char text[1024];

	snprintf(text, sizeof(text),
		 "[connector]\n"
		 "his_adapter = test-dest\n"
		 "[destination \"coach\"]\n"
		 "adapter = test-his\n"
		 "endpoint = https://coach.example.test/fhir\n"
		 "receiver_kind = beweegcoach\n"
		 "spool_dir = /tmp\n"
		 "[destination \"other\"]\n"
		 "adapter = test-dest\n"
		 "endpoint = https://other.example.test/fhir\n"
		 "receiver_kind = gli\n"
		 "spool_dri = /tmp\n");
	test_write_file(f->conf, text);
	assert_int_equal(bb_connector_load_config(f->c, f->conf), BB_ECONFIG);
	assert_int_equal(bb_error_count(f->c), 4);
	assert_non_null(strstr(bb_error_message_at(f->c, 0),
			       "b.conf:2: [connector]: his_adapter: plugin \"test-dest\" ("));
	assert_non_null(strstr(bb_error_message_at(f->c, 0),
			       "is a destination adapter, not a HIS adapter"));
	assert_non_null(strstr(bb_error_message_at(f->c, 1),
			       "b.conf:4: [destination \"coach\"]: adapter: plugin \"test-his\" ("));
	/* the adapter could not be loaded, so its own keys are unknown too */
	assert_non_null(strstr(bb_error_message_at(f->c, 2),
			       "b.conf:7: [destination \"coach\"]: unknown key \"spool_dir\""));
	assert_non_null(strstr(bb_error_message_at(f->c, 3),
			       "b.conf:12: [destination \"other\"]: unknown key \"spool_dri\" (not a destination key, nor one adapter test-dest accepts)"));
	/* a failed load keeps the previous configuration */
	assert_string_equal(bb_config_his_adapter(f->c), "test-his");
	assert_string_equal(bb_config_destination_get(f->c, "coach", "adapter"), "test-dest");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(his_adapter_reads_a_record, setup, teardown),
		cmocka_unit_test_setup_teardown(all_problems_with_lines, setup, teardown),
		cmocka_unit_test_setup_teardown(adapter_failure_is_reported, setup, teardown),
		cmocka_unit_test_setup_teardown(feedback_into_the_his, setup, teardown),
		cmocka_unit_test_setup_teardown(delivery_outcomes, setup, teardown),
		cmocka_unit_test_setup_teardown(fetching_feedback, setup, teardown),
		cmocka_unit_test_setup_teardown(config_checks_adapter_kinds_and_keys, setup, teardown),
	};

	plugdir = test_env("BB_TEST_PLUGIN_DIR");
	return cmocka_run_group_tests_name("adapters", tests, NULL, NULL);
}
