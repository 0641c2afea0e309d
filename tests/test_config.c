/* The configuration parser: strict, with file and line in every message. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "config.h"
#include "testutil.h"

static diag_list d = DIAG_LIST_INIT;

static config *parse_ok(const char *text)
{
	config *cfg = NULL;

	diag_clear(&d);
	assert_int_equal(config_parse(&cfg, "t.conf", text, strlen(text), &d), BB_OK);
	assert_int_equal(d.count, 0);
	return cfg;
}

/* Parse expecting failure; returns the problems, one formatted line each. */
static void expect_lines(const char *text, size_t n, ...)
{
	config *cfg = (config *)1;
	va_list ap;
	size_t i;

	diag_clear(&d);
	assert_int_not_equal(config_parse(&cfg, "t.conf", text, strlen(text), &d), BB_OK);
	assert_null(cfg);
	va_start(ap, n);
	for (i = 0; i < n; i++)
		assert_string_equal(diag_line(&d, i), va_arg(ap, const char *));
	va_end(ap);
	assert_int_equal(d.count, n);
}

static void a_full_valid_file(void **state)
{
	config *cfg;
	(void)state;

	cfg = parse_ok("# Beweegbrug\n"
		       "[connector]\n"
		       "his_adapter = his-xml\n"
		       "log_level = info\n"
		       "outbox = /tmp/outbox.db\n"
		       "\n"
		       "[destination \"gli-west\"]\n"
		       "adapter = fhir-message\n"
		       "endpoint = https://gli.example.test/fhir\n"
		       "receiver_kind = gli\n"
		       "data = bsn, measurements,letter\n"
		       "name = \"  Leefstijl West  \"\n"
		       "timeout = 30\n");
	assert_string_equal(config_get(&cfg->connector, "his_adapter"), "his-xml");
	assert_int_equal(cfg->ndestinations, 1);
	assert_string_equal(cfg->destinations[0].id, "gli-west");
	assert_int_equal(cfg->destinations[0].line, 7);
	/* quotes keep the spaces inside */
	assert_string_equal(config_get(&cfg->destinations[0], "name"), "  Leefstijl West  ");
	assert_int_equal(config_find(&cfg->destinations[0], "timeout")->line, 13);
	config_free(cfg);
}

static void unknown_key_with_suggestion(void **state)
{
	(void)state;
	expect_lines("[connector]\nhis_adaptor = his-xml\nfoo = 1\n", 2,
		     "t.conf:2: [connector]: unknown key \"his_adaptor\" (did you mean \"his_adapter\"?)",
		     "t.conf:3: [connector]: unknown key \"foo\"");
}

static void unknown_section(void **state)
{
	(void)state;
	expect_lines("[conector]\nlog_level = info\n", 1,
		     "t.conf:1: unknown section [conector] (known: [connector], [destination \"id\"], [server], "
		     "[sender \"id\"], [practice], [his \"adapter\"], [mllp], [api])");
}

/* [practice] and [his "adapter"]: what a HIS does not say in every record. */
static void practice_and_code_maps(void **state)
{
	config *cfg = NULL;
	char value[32];
	const char *text = "[practice]\nagb = 01000002\nname = De Testwijk\n"
			   "[his \"his-hl7v2\"]\nreferral_types = VERW-BEW=beweegcoach, VERW-FYS = stadspoli/physio\n";
	(void)state;

	diag_clear(&d);
	assert_int_equal(config_parse(&cfg, "t.conf", text, strlen(text), &d), BB_OK);
	assert_string_equal(config_get(&cfg->practice, "agb"), "01000002");
	assert_non_null(config_his(cfg, "his-hl7v2"));
	assert_int_equal(config_code_map(config_get(config_his(cfg, "his-hl7v2"), "referral_types"),
					 "VERW-FYS", value, sizeof(value)), 1);
	assert_string_equal(value, "stadspoli/physio");
	assert_int_equal(config_code_map(config_get(config_his(cfg, "his-hl7v2"), "referral_types"),
					 "VERW", value, sizeof(value)), 0);
	config_free(cfg);
	expect_lines("[practice]\nagb = 123\nura = 1234567X\n[his \"his-hl7v2\"]\nreferral_types = GLI\n"
		     "[his]\n", 4,
		     "t.conf:6: [his] needs an id: [his \"his-hl7v2\"]",
		     "t.conf:2: [practice]: agb = \"123\" is not 8 digits",
		     "t.conf:3: [practice]: ura = \"1234567X\" is not 8 digits",
		     "t.conf:5: [his \"his-hl7v2\"]: referral_types is not a code map: CODE=value items "
		     "separated by commas, e.g. VERW-BEW=beweegcoach");
}

static void bad_values_all_reported(void **state)
{
	(void)state;
	expect_lines("[connector]\n"
		     "log_level = loud\n"
		     "his_adapter = His_XML\n"
		     "[destination \"a\"]\n"
		     "adapter = fhir-message\n"
		     "endpoint = http://plain.example.test/\n"
		     "receiver_kind = gym\n"
		     "timeout = 0\n"
		     "ca_file = /nonexistent/ca.pem\n"
		     "data = bsn, shoe-size\n",
		     7,
		     "t.conf:2: [connector]: log_level = \"loud\" is not one of: error, warn, info, debug",
		     "t.conf:3: [connector]: his_adapter = \"His_XML\" is not a plugin name (lower case letters, digits, '-')",
		     "t.conf:6: [destination \"a\"]: endpoint = \"http://plain.example.test/\" is not an https:// URL",
		     "t.conf:7: [destination \"a\"]: receiver_kind = \"gym\" is not one of: sport-aanbieder, beweegcoach, gli, stadspoli, platform",
		     "t.conf:8: [destination \"a\"]: timeout = \"0\" is not a number of seconds from 1 to 86400",
		     "t.conf:9: [destination \"a\"]: ca_file: cannot read \"/nonexistent/ca.pem\": No such file or directory",
		     "t.conf:10: [destination \"a\"]: data: \"shoe-size\" is not one of: bsn, name, birthdate, gender, address, contact, reasons, diagnoses, measurements, letter, preferences");
}

static void required_keys(void **state)
{
	(void)state;
	expect_lines("[destination \"a\"]\nadapter = x\n", 2,
		     "t.conf:1: [destination \"a\"]: required key \"endpoint\" is missing",
		     "t.conf:1: [destination \"a\"]: required key \"receiver_kind\" is missing");
}

static void syntax_errors(void **state)
{
	(void)state;
	expect_lines("log_level = info\n"
		     "[connector]\n"
		     "just words\n"
		     "log_level = info\n"
		     "log_level = debug\n"
		     "outbox =\n"
		     "[connector]\n"
		     "[destination]\n"
		     "[destination gli]\n"
		     "[destination \"ok\"\n",
		     8,
		     "t.conf:1: \"log_level\" is outside any section; start with [connector]",
		     "t.conf:3: expected \"key = value\", a [section] or a # comment",
		     "t.conf:5: log_level is set twice in this section (first on line 4)",
		     "t.conf:6: outbox has an empty value; leave the key out instead",
		     "t.conf:7: [connector] appears twice (first on line 2)",
		     "t.conf:8: [destination] needs an id: [destination \"gli-noord\"]",
		     "t.conf:9: section id must be in double quotes: [destination \"id\"]",
		     "t.conf:10: section header must look like [connector] or [destination \"id\"]");
}

static void duplicate_destination(void **state)
{
	const char *dest = "adapter = x\nendpoint = https://a.test/\nreceiver_kind = gli\n";
	char text[512];
	(void)state;

	snprintf(text, sizeof(text), "[destination \"a\"]\n%s[destination \"a\"]\n%s", dest, dest);
	expect_lines(text, 1, "t.conf:5: destination \"a\" appears twice (first on line 1)");
}

static void extra_destination_keys_are_left_to_the_adapter(void **state)
{
	config *cfg;
	(void)state;

	cfg = parse_ok("[destination \"a\"]\nadapter = x\nendpoint = https://a.test/\n"
		       "receiver_kind = gli\nspool_dir = /tmp\n");
	assert_true(config_find(&cfg->destinations[0], "spool_dir")->extra);
	assert_false(config_find(&cfg->destinations[0], "adapter")->extra);
	config_free(cfg);
}

static void binary_and_oversized_input(void **state)
{
	config *cfg;
	char *big;
	(void)state;

	diag_clear(&d);
	assert_int_equal(config_parse(&cfg, "t.conf", "[connector]\0x", 13, &d), BB_ECONFIG);
	assert_string_equal(diag_line(&d, 0),
			    "t.conf: configuration contains a NUL byte; is it a text file?");
	big = calloc(1, CONFIG_MAX_BYTES + 2);
	memset(big, '#', CONFIG_MAX_BYTES + 1);
	diag_clear(&d);
	assert_int_equal(config_parse(&cfg, "t.conf", big, CONFIG_MAX_BYTES + 1, &d), BB_ETOOBIG);
	free(big);
}

static void missing_file(void **state)
{
	config *cfg;
	(void)state;

	diag_clear(&d);
	assert_int_equal(config_load(&cfg, "/nonexistent/b.conf", &d), BB_ENOTFOUND);
	assert_string_equal(diag_line(&d, 0),
			    "/nonexistent/b.conf: cannot open configuration: No such file or directory");
}

static int cleanup(void **state)
{
	(void)state;
	diag_free(&d);
	return 0;
}

static void server_and_senders(void **state)
{
	config *cfg;
	(void)state;

	cfg = parse_ok("[connector]\n"
		       "[destination \"gp\"]\nadapter = fhir-message\n"
		       "endpoint = https://gp.example.test/fhir\nreceiver_kind = platform\n"
		       "[server]\nlisten = 127.0.0.1:0\ncertificate = /dev/null\nkey = /dev/null\n"
		       "ca_file = /dev/null\nmax_body = 1048576\n"
		       "[sender \"praktijk-noord\"]\nsubject = CN=gp-001,O=Huisartsen Noord\n"
		       "role = referrer\nagb = 01012345, 01012346\nreply_to = gp\n"
		       "[sender \"coach\"]\nsubject = CN=coach\nrole = provider\ndestination = gp\n"
		       "agb = 01000010\n");
	assert_string_equal(config_get(&cfg->server, "listen"), "127.0.0.1:0");
	assert_int_equal(cfg->nsenders, 2);
	assert_string_equal(config_get(config_sender(cfg, "praktijk-noord"), "subject"),
			    "CN=gp-001,O=Huisartsen Noord");
	assert_null(config_sender(cfg, "gp"));
	assert_true(config_list_has(config_get(config_sender(cfg, "praktijk-noord"), "agb"), "01012346"));
	assert_false(config_list_has(config_get(config_sender(cfg, "praktijk-noord"), "agb"), "0101234"));
	config_free(cfg);
	/* who a sender is, for authorisation (docs/security.md) */
	expect_lines("[destination \"gp\"]\nadapter = fhir-message\n"
		     "endpoint = https://gp.example.test/fhir\nreceiver_kind = platform\n"
		     "[sender \"a\"]\nsubject = CN=a\nrole = referrer\n"
		     "[sender \"b\"]\nsubject = CN=b\nrole = provider\nagb = 0100001, 01000002x\n"
		     "destination = gp nowhere\n", 4,
		     "t.conf:5: [sender \"a\"]: a referrer needs agb = the practice AGB code(s) its"
		     " referrals may carry",
		     "t.conf:11: [sender \"b\"]: agb: \"0100001\" is not an AGB code (8 digits)",
		     "t.conf:11: [sender \"b\"]: agb: \"01000002x\" is not an AGB code (8 digits)",
		     "t.conf:12: [sender \"b\"]: destination = \"nowhere\" is not a [destination]");
	expect_lines("[server]\nlisten = 8443\ncertificate = /dev/null\nkey = /dev/null\n"
		     "ca_file = /dev/null\nmax_body = -1\n"
		     "[sender \"x\"]\nsubject = CN=x\nrole = gp\nreply_to = nowhere\n"
		     "[sender \"x\"]\n", 5,
		     "t.conf:11: sender \"x\" appears twice (first on line 7)",
		     "t.conf:2: [server]: listen = \"8443\" is not host:port (e.g. 0.0.0.0:8443)",
		     "t.conf:6: [server]: max_body = \"-1\" is not a whole number from 1",
		     "t.conf:9: [sender \"x\"]: role = \"gp\" is not one of: referrer, provider",
		     "t.conf:10: [sender \"x\"]: reply_to = \"nowhere\" is not a [destination]");
}

/* [api] (the local HIS API): its keys, TLS all or none, one socket, and the deadlines' order. */
static void api_section_is_checked(void **state)
{
	(void)state;
	expect_lines("[api]\nlisten = 127.0.0.1:8080\ncertificate = /etc/hostname\n", 1,
		     "t.conf:1: [api]: TLS needs certificate, key and ca_file together");
	expect_lines("[api]\nsocket = /tmp/api.sock\nlisten = 127.0.0.1:8080\n", 1,
		     "t.conf:3: [api]: socket and listen exclude each other (one API, one socket)");
	expect_lines("[api]\nsocket = /tmp/api.sock\nheader_timeout = 20\nrequest_timeout = 10\n", 1,
		     "t.conf:4: [api]: request_timeout (10) is shorter than header_timeout (20)");
	expect_lines("[api]\nsocket = /tmp/api.sock\nmax_connections = 0\n", 1,
		     "t.conf:3: [api]: max_connections = \"0\" is not a whole number from 1");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(a_full_valid_file),
		cmocka_unit_test(unknown_key_with_suggestion),
		cmocka_unit_test(unknown_section),
		cmocka_unit_test(practice_and_code_maps),
		cmocka_unit_test(server_and_senders),
		cmocka_unit_test(bad_values_all_reported),
		cmocka_unit_test(required_keys),
		cmocka_unit_test(syntax_errors),
		cmocka_unit_test(duplicate_destination),
		cmocka_unit_test(extra_destination_keys_are_left_to_the_adapter),
		cmocka_unit_test(binary_and_oversized_input),
		cmocka_unit_test(missing_file),
		cmocka_unit_test(api_section_is_checked),
	};

	return cmocka_run_group_tests_name("config", tests, NULL, cleanup);
}
