/*
 * The log's lines (connector/log.c): one event per line, whatever the text
 * holds; stable keys with values that split back unambiguously; never a BSN.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <cmocka.h>

#include <unistd.h>

#include "beweegbrug.h"
#include "connector.h"
#include "log.h"

static char last[1024];
static bb_log_level last_level;
static int calls;

static void capture(bb_log_level level, const char *message, void *payload)
{
	(void)payload;
	calls++;
	last_level = level;
	snprintf(last, sizeof last, "%s", message);
}

static bb_connector *connector(bb_log_level level)
{
	bb_options o = BB_OPTIONS_INIT;
	bb_connector *c = NULL;

	o.log = capture;
	o.log_level = level;
	assert_int_equal(bb_connector_new(&c, &o), BB_OK);
	calls = 0;
	last[0] = '\0';
	return c;
}

static void an_event_with_stable_keys(void **state)
{
	bb_connector *c = connector(BB_LOG_INFO);

	(void)state;
	log_event(c, BB_LOG_INFO, "message.delivered", "message", "0f6c2a4e-1111-4222-8333-944455556666",
		  "destination", "gli-west", "referral", "HV-12", (char *)NULL);
	assert_string_equal(last, "message.delivered message=0f6c2a4e-1111-4222-8333-944455556666 "
			    "destination=gli-west referral=HV-12");
	assert_int_equal(last_level, BB_LOG_INFO);
	bb_connector_free(c);
}

static void values_with_spaces_quotes_and_equals_are_quoted(void **state)
{
	bb_connector *c = connector(BB_LOG_INFO);

	(void)state;
	log_event(c, BB_LOG_WARN, "message.retry", "reason", "HTTP 503: \"busy\" a=b", "empty", "",
		  "path", "C:\\x", "unknown", (const char *)NULL, "last", "x", (char *)NULL);
	/* a NULL value leaves its key out; the pairs after it still come */
	assert_string_equal(last, "message.retry reason=\"HTTP 503: \\\"busy\\\" a=b\" empty=\"\" "
			    "path=\"C:\\\\x\" last=x");
	bb_connector_free(c);
}

static void a_line_break_never_starts_a_second_event(void **state)
{
	bb_connector *c = connector(BB_LOG_DEBUG);

	(void)state;
	log_event(c, BB_LOG_ERROR, "http.failed", "reason", "bad\nwarn: forged.event x=1\r\t\x01", (char *)NULL);
	assert_string_equal(last, "http.failed reason=\"bad\\nwarn: forged.event x=1\\r\\t\\x01\"");
	assert_null(strchr(last, '\n'));
	log_msg(c, BB_LOG_INFO, "plain %s", "two\nlines");
	assert_string_equal(last, "plain two\\nlines");
	bb_connector_free(c);
}

static void a_bsn_never_reaches_the_log(void **state)
{
	bb_connector *c = connector(BB_LOG_DEBUG);

	(void)state;
	/* 999993653 passes the elfproef: a synthetic test BSN */
	log_event(c, BB_LOG_INFO, "referral.queued", "referral", "999993653",
		  "reason", "patient 999993653 unknown", (char *)NULL);
	assert_null(strstr(last, "999993653"));
	assert_string_equal(last, "referral.queued referral=********* reason=\"patient ********* unknown\"");
	bb_connector_free(c);
}

static void below_the_level_nothing_is_called(void **state)
{
	bb_connector *c = connector(BB_LOG_WARN);

	(void)state;
	log_event(c, BB_LOG_INFO, "message.delivered", "message", "m", (char *)NULL);
	log_msg(c, BB_LOG_DEBUG, "x");
	assert_int_equal(calls, 0);
	log_event(c, BB_LOG_WARN, "destination.circuit-open", "destination", "d", (char *)NULL);
	assert_int_equal(calls, 1);
	bb_connector_free(c);
}

/* A configuration file with `text` in the test's temporary directory. */
static char *config_file(const char *text)
{
	char tmpl[] = "/tmp/bblog.XXXXXX", *path;
	int fd = mkstemp(tmpl);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	path = strdup(tmpl);
	assert_non_null(path);
	return path;
}

/*
 * The level in effect is the options', else the configuration's, else
 * warn; it is resolved when the configuration is loaded, not looked up
 * for each line (a line only reads one atomic value).
 */
static void the_level_is_resolved_once(void **state)
{
	char *conf = config_file("[connector]\nlog_level = debug\n");
	bb_connector *c = connector(0);
	config *cfg;

	(void)state;
	log_msg(c, BB_LOG_INFO, "before the configuration");
	assert_int_equal(calls, 0);   /* warn until a configuration says otherwise */
	assert_int_equal(bb_connector_load_config(c, conf), BB_OK);
	calls = 0;
	log_msg(c, BB_LOG_DEBUG, "from the configuration");
	assert_int_equal(calls, 1);
	/* the lines that follow do not read the configuration again */
	cfg = c->cfg;
	c->cfg = NULL;
	log_msg(c, BB_LOG_DEBUG, "still debug");
	assert_int_equal(calls, 2);
	assert_string_equal(last, "still debug");
	c->cfg = cfg;
	bb_connector_free(c);

	/* the options win over the configuration */
	c = connector(BB_LOG_ERROR);
	assert_int_equal(bb_connector_load_config(c, conf), BB_OK);
	calls = 0;
	log_msg(c, BB_LOG_WARN, "not at error level");
	assert_int_equal(calls, 0);
	bb_connector_free(c);
	unlink(conf);
	free(conf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(an_event_with_stable_keys),
		cmocka_unit_test(values_with_spaces_quotes_and_equals_are_quoted),
		cmocka_unit_test(a_line_break_never_starts_a_second_event),
		cmocka_unit_test(a_bsn_never_reaches_the_log),
		cmocka_unit_test(below_the_level_nothing_is_called),
		cmocka_unit_test(the_level_is_resolved_once),
	};
	return cmocka_run_group_tests_name("log", tests, NULL, NULL);
}
