/*
 * The ABI rules of beweegbrug.h that a caller can get wrong: structs the
 * caller allocates carry a version the library checks before it touches
 * them (a struct it does not know is refused, naming the struct and the
 * macro that initialises it), and lists the library hands out are read
 * through accessors.
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

static int setup(void **state)
{
	fx *f = calloc(1, sizeof(*f));
	char key[700], path[700], conf[2000];

	f->dir = test_tmpdir();
	snprintf(key, sizeof(key), "%s/outbox.key", f->dir);
	test_write_file(key, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n");
	chmod(key, 0600);
	snprintf(conf, sizeof(conf),
		 "[connector]\nsender_endpoint = https://beweegbrug.test/fhir\nhis_adapter = his-xml\n"
		 "outbox = %s/outbox.db\noutbox_key = %s\n"
		 "[destination \"gli\"]\nadapter = fhir-message\n"
		 "endpoint = https://localhost:9/fhir\nreceiver_kind = gli\n", f->dir, key);
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
	char cmd[800];

	bb_connector_free(f->c);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(f->dir);
	free(f);
	return 0;
}

static void assert_refused_naming(bb_connector *c, const char *what, const char *macro)
{
	const char *msg = bb_error_last(c)->message;

	assert_int_equal(bb_error_last(c)->code, BB_EINVAL);
	if (!strstr(msg, what) || !strstr(msg, macro))
		fail_msg("the error should name %s and %s: %s", what, macro, msg);
}

/* bb_delivery_stats: 0 (not initialised) and a newer version are refused, 1 is filled. */
static void delivery_stats_version(void **state)
{
	fx *f = *state;
	bb_delivery_stats st = BB_DELIVERY_STATS_INIT;
	bb_delivery_stats zero;

	memset(&zero, 0, sizeof(zero));
	zero.delivered = 77;
	assert_int_equal(bb_outbox_deliver_due(&zero, f->c), BB_EINVAL);
	assert_refused_naming(f->c, "bb_delivery_stats version 0", "BB_DELIVERY_STATS_INIT");
	assert_int_equal(zero.delivered, 77);   /* not touched */

	st.version = BB_DELIVERY_STATS_VERSION + 1;
	assert_int_equal(bb_outbox_deliver_due(&st, f->c), BB_EINVAL);
	assert_refused_naming(f->c, "bb_delivery_stats version 2", "BB_DELIVERY_STATS_INIT");

	st.version = BB_DELIVERY_STATS_VERSION;
	st.delivered = st.retrying = st.dead = 77;
	assert_int_equal(bb_outbox_deliver_due(&st, f->c), BB_OK);   /* an empty outbox */
	assert_int_equal(st.version, BB_DELIVERY_STATS_VERSION);
	assert_int_equal(st.delivered, 0);
	assert_int_equal(st.retrying, 0);
	assert_int_equal(st.dead, 0);
	/* NULL: no statistics wanted */
	assert_int_equal(bb_outbox_deliver_due(NULL, f->c), BB_OK);
}

/* bb_inbound_response: a version the library does not know is refused and left alone. */
static void inbound_response_version(void **state)
{
	fx *f = *state;
	static const char body[] = "{\"resourceType\": \"Bundle\"}";
	bb_inbound_response resp;

	memset(&resp, 0, sizeof(resp));
	resp.http_status = 999;
	assert_int_equal(bb_inbound_process(&resp, f->c, NULL, "application/fhir+json", body,
					    sizeof(body) - 1), BB_EINVAL);
	assert_refused_naming(f->c, "bb_inbound_response version 0", "BB_INBOUND_RESPONSE_INIT");
	assert_int_equal(resp.http_status, 999);
	assert_null(resp.body);

	resp.version = BB_INBOUND_RESPONSE_VERSION + 1;
	assert_int_equal(bb_inbound_process(&resp, f->c, NULL, "application/fhir+json", body,
					    sizeof(body) - 1), BB_EINVAL);
	assert_refused_naming(f->c, "bb_inbound_response version 2", "BB_INBOUND_RESPONSE_INIT");
	assert_int_equal(resp.http_status, 999);

	/* version 1: answered (no client certificate: refused, with a FHIR answer) */
	{
		bb_inbound_response ok = BB_INBOUND_RESPONSE_INIT;

		assert_int_equal(bb_inbound_process(&ok, f->c, NULL, "application/fhir+json", body,
						    sizeof(body) - 1), BB_EREFUSED);
		assert_int_equal(ok.version, BB_INBOUND_RESPONSE_VERSION);
		assert_int_equal(ok.http_status, 403);
		assert_non_null(ok.body);
		assert_true(ok.len > 0);
		bb_inbound_response_free(&ok);
	}
}

/* Suggestions come as a list read through accessors; empty without a catalogue. */
static void suggestions_list(void **state)
{
	fx *f = *state;
	bb_offers *offers = NULL;
	bb_offer_query q = BB_OFFER_QUERY_INIT;
	bb_suggestions *list = NULL;

	assert_int_equal(bb_offers_new(&offers, f->c), BB_OK);
	assert_int_equal(bb_offers_suggest(&list, offers, &q, 3), BB_OK);
	assert_non_null(list);
	assert_int_equal(bb_suggestions_count(list), 0);
	assert_null(bb_suggestions_at(list, 0));
	bb_suggestions_free(list);
	/* the accessors take NULL as an empty list */
	assert_int_equal(bb_suggestions_count(NULL), 0);
	assert_null(bb_suggestions_at(NULL, 0));
	bb_suggestions_free(NULL);
	bb_offers_free(offers);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(delivery_stats_version, setup, teardown),
		cmocka_unit_test_setup_teardown(inbound_response_version, setup, teardown),
		cmocka_unit_test_setup_teardown(suggestions_list, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
