/*
 * The plugin loader and ABI: loading real plugin files, and every way a
 * plugin can be wrong, each with its exact message.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <pthread.h>

#include "beweegbrug/sys/plugin.h"
#include "testutil.h"

static const char *plugdir;

static bb_connector *connector_at(const char *path)
{
	bb_options o = BB_OPTIONS_INIT;
	bb_connector *c = NULL;

	o.plugin_path = path;
	assert_int_equal(bb_connector_new(&c, &o), BB_OK);
	return c;
}

static int setup(void **state)
{
	*state = connector_at(plugdir);
	return 0;
}

static int teardown(void **state)
{
	bb_connector_free(*state);
	return 0;
}

/* Load `name` expecting failure `code` and exactly `expected` as message. */
static void expect_failure(bb_connector *c, const char *name, int kind, int code,
			   const char *fmt, ...)
{
	const bb_plugin_info *info = (void *)1;
	char expected[2048];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(expected, sizeof(expected), fmt, ap);
	va_end(ap);
	assert_int_equal(bb_plugin_load(&info, c, name, kind), code);
	assert_null(info);
	assert_int_equal(bb_error_last(c)->code, code);
	assert_string_equal(bb_error_last(c)->message, expected);
}

static void loads_a_his_adapter(void **state)
{
	bb_connector *c = *state;
	const bb_plugin_info *info = NULL;
	char path[1024];

	assert_int_equal(bb_plugin_load(&info, c, "test-his", BB_ADAPTER_HIS), BB_OK);
	assert_non_null(info);
	assert_string_equal(info->name, "test-his");
	assert_int_equal(info->kind, BB_ADAPTER_HIS);
	assert_int_equal(info->abi_version, BB_PLUGIN_ABI_VERSION);
	snprintf(path, sizeof(path), "%s/test-his.so", plugdir);
	assert_string_equal(info->path, path);
	assert_int_equal(bb_error_last(c)->code, BB_OK);
}

static void loads_a_destination_adapter_once(void **state)
{
	bb_connector *c = *state;
	const bb_plugin_info *a = NULL, *b = NULL;

	assert_int_equal(bb_plugin_load(&a, c, "test-dest", BB_ADAPTER_DESTINATION), BB_OK);
	assert_int_equal(bb_plugin_load(&b, c, "test-dest", 0), BB_OK);
	assert_ptr_equal(a, b);
	assert_int_equal(a->kind, BB_ADAPTER_DESTINATION);
}

static void plugin_not_found(void **state)
{
	expect_failure(*state, "his-nope", 0, BB_ENOTFOUND,
		       "plugin \"his-nope\" not found (searched: %s)", plugdir);
}

static void missing_entry_symbol(void **state)
{
	expect_failure(*state, "test-noentry", 0, BB_EPLUGIN,
		       "plugin \"test-noentry\" (%s/test-noentry.so) has no entry symbol bb_adapter_entry",
		       plugdir);
}

static void abi_too_new(void **state)
{
	expect_failure(*state, "test-abinew", 0, BB_EABI,
		       "plugin \"test-abinew\" (%s/test-abinew.so) needs plugin ABI 99, but this library speaks ABI 2 to 2; upgrade libbeweegbrug",
		       plugdir);
}

static void abi_too_old(void **state)
{
	expect_failure(*state, "test-abiold", 0, BB_EABI,
		       "plugin \"test-abiold\" (%s/test-abiold.so) was built for plugin ABI 0, but this library speaks ABI 2 to 2; rebuild the plugin against its beweegbrug/sys/plugin.h",
		       plugdir);
}

/* ABI 1 handed acknowledge() an array of struct bb_problem: such a plugin is refused, by file and both ABIs. */
static void abi_1_refused(void **state)
{
	expect_failure(*state, "test-abi1", 0, BB_EABI,
		       "plugin \"test-abi1\" (%s/test-abi1.so) was built for plugin ABI 1, but this library speaks ABI 2 to 2; rebuild the plugin against its beweegbrug/sys/plugin.h",
		       plugdir);
	assert_int_equal(BB_PLUGIN_ABI_VERSION, 2u);
	assert_int_equal(BB_PLUGIN_ABI_MIN, 2u);
}

static void table_too_small(void **state)
{
	expect_failure(*state, "test-small", 0, BB_EABI,
		       "plugin \"test-small\" (%s/test-small.so) has an adapter table of 8 bytes; plugin ABI 2 needs at least %zu",
		       plugdir, offsetof(bb_adapter, acknowledge));
}

static void wrong_kind(void **state)
{
	expect_failure(*state, "test-dest", BB_ADAPTER_HIS, BB_EKIND,
		       "plugin \"test-dest\" (%s/test-dest.so) is a destination adapter, not a HIS adapter",
		       plugdir);
	expect_failure(*state, "test-his", BB_ADAPTER_DESTINATION, BB_EKIND,
		       "plugin \"test-his\" (%s/test-his.so) is a HIS adapter, not a destination adapter",
		       plugdir);
}

static void entry_returns_no_table(void **state)
{
	expect_failure(*state, "test-nulltable", 0, BB_EPLUGIN,
		       "plugin \"test-nulltable\" (%s/test-nulltable.so) returned no adapter table for plugin ABI 2",
		       plugdir);
}

static void his_adapter_without_reader(void **state)
{
	expect_failure(*state, "test-noread", 0, BB_EPLUGIN,
		       "plugin \"test-noread\" (%s/test-noread.so) is a HIS adapter without read_referral",
		       plugdir);
}

static void file_name_and_table_name_differ(void **state)
{
	expect_failure(*state, "test-misnamed", 0, BB_EPLUGIN,
		       "plugin file %s/test-misnamed.so calls itself \"other-name\"; the file must be named other-name.so",
		       plugdir);
}

static void file_that_is_no_library(void **state)
{
	char *dir = test_tmpdir(), path[512];
	bb_connector *c = connector_at(dir);
	const char *msg;
	(void)state;

	snprintf(path, sizeof(path), "%s/junk.so", dir);
	test_write_file(path, "this is not an ELF file\n");
	assert_int_equal(bb_plugin_load(NULL, c, "junk", 0), BB_EPLUGIN);
	msg = bb_error_last(c)->message;
	snprintf(path, sizeof(path), "plugin \"junk\" (%s/junk.so) cannot be loaded: ", dir);
	assert_memory_equal(msg, path, strlen(path));
	assert_true(strlen(msg) > strlen(path)); /* dlopen's own reason follows */
	bb_connector_free(c);
	snprintf(path, sizeof(path), "%s/junk.so", dir);
	unlink(path);
	rmdir(dir);
	free(dir);
}

static void names_cannot_be_paths(void **state)
{
	expect_failure(*state, "../etc/evil", 0, BB_EINVAL,
		       "\"../etc/evil\" is not a plugin name (lower case letters, digits and '-')");
	expect_failure(*state, "", 0, BB_EINVAL,
		       "\"\" is not a plugin name (lower case letters, digits and '-')");
}

static void search_path_order(void **state)
{
	bb_connector *c = connector_at("/a:/b");
	bb_connector *env = NULL;
	(void)state;

	/* An explicit option wins... */
	assert_string_equal(bb_plugin_search_path(c), "/a:/b");
	bb_connector_free(c);
	/* ...else the environment (make check sets it to the built plugins). */
	assert_int_equal(bb_connector_new(&env, NULL), BB_OK);
	assert_string_equal(bb_plugin_search_path(env), getenv("BEWEEGBRUG_PLUGIN_PATH"));
	bb_connector_free(env);
}

static int builtin_read(void *s, const bb_host *h, const bb_input *in, bb_referral *out)
{
	(void)s; (void)h; (void)in;
	return bb_referral_set(out, BB_REF_ID, "builtin-1");
}

static const bb_adapter builtin = {
	.abi_version = BB_PLUGIN_ABI_VERSION,
	.struct_size = sizeof(bb_adapter),
	.kind = BB_ADAPTER_HIS,
	.name = "his-builtin",
	.description = "compiled into the test",
	.read_referral = builtin_read,
};

static const bb_adapter *builtin_entry(uint32_t abi)
{
	(void)abi;
	return &builtin;
}

/* A HIS adapter whose record "bad" has two problems, and whose answer lists what acknowledge() reads. */
static int ack_read(void *s, const bb_host *h, const bb_input *in, bb_referral *out)
{
	(void)s;
	if (in->len == 3 && memcmp(in->data, "bad", 3) == 0) {
		bb_host_error(h, BB_EINPUT, 3, "PID-3", "no patient id");
		return bb_host_error(h, BB_EINPUT, 0, NULL, "no referral type");
	}
	if (in->len == 5 && memcmp(in->data, "worse", 5) == 0) {
		unsigned i;
		for (i = 1; i < 250; i++)
			bb_host_error(h, BB_EINPUT, i, NULL, "problem %u", i);
		return bb_host_error(h, BB_EINPUT, 250, NULL, "problem 250");
	}
	return bb_referral_set(out, BB_REF_ID, "ack-1");
}

static int ack_answer(void *s, const bb_host *h, const bb_input *in, const bb_problems *problems,
		      bb_buf *out)
{
	size_t i, n = bb_problems_count(problems);
	(void)s; (void)h; (void)in;

	bb_buf_printf(out, "%zu:", n);
	for (i = 0; i < n; i++)
		bb_buf_printf(out, "%u|%s|%s;", bb_problems_line(problems, i),
			      bb_problems_where(problems, i) ? bb_problems_where(problems, i) : "-",
			      bb_problems_message(problems, i));
	/* past the end, and a NULL list: empty, never a crash */
	if (bb_problems_line(problems, n) != 0 || bb_problems_where(problems, n) ||
	    bb_problems_message(problems, n) || bb_problems_count(NULL) != 0 ||
	    bb_problems_message(NULL, 0) || bb_problems_line(NULL, 0) != 0 || bb_problems_where(NULL, 0))
		bb_buf_printf(out, "out of range not empty");
	return BB_OK;
}

static const bb_adapter ack_adapter = {
	.abi_version = BB_PLUGIN_ABI_VERSION,
	.struct_size = sizeof(bb_adapter),
	.kind = BB_ADAPTER_HIS,
	.name = "his-ack",
	.description = "answers with the problems it was handed",
	.read_referral = ack_read,
	.acknowledge = ack_answer,
};

static const bb_adapter *ack_entry(uint32_t abi)
{
	(void)abi;
	return &ack_adapter;
}

static void acknowledge_reads_problems(void **state)
{
	bb_connector *c = *state;
	char *text = NULL;
	size_t len = 0;
	int accepted = -1;

	assert_int_equal(bb_adapter_register(c, ack_entry), BB_OK);
	assert_int_equal(bb_his_acknowledge(&text, &len, &accepted, c, "his-ack", "rec", "bad", 3), BB_OK);
	assert_int_equal(accepted, 0);
	assert_string_equal(text, "2:3|PID-3|no patient id;0|-|no referral type;");
	assert_int_equal(len, strlen(text));
	bb_free(text);
	assert_int_equal(bb_his_acknowledge(&text, &len, &accepted, c, "his-ack", "rec", "ok", 2), BB_OK);
	assert_int_equal(accepted, 1);
	assert_string_equal(text, "0:");
	bb_free(text);
}

/*
 * 250 problems: the first 100 are told, and the rest counted, both in
 * the answer and in the last error afterwards (once, with the right
 * count: a copy of the problems used to drop the count and count itself).
 */
static void acknowledge_counts_what_it_does_not_show(void **state)
{
	bb_connector *c = *state;
	const bb_error *e;
	char *text = NULL;
	size_t len = 0;
	int accepted = -1;

	assert_int_equal(bb_adapter_register(c, ack_entry), BB_OK);
	assert_int_equal(bb_his_acknowledge(&text, &len, &accepted, c, "his-ack", "rec", "worse", 5),
			 BB_OK);
	assert_int_equal(accepted, 0);
	assert_non_null(strstr(text, "101:1|-|problem 1;"));
	assert_non_null(strstr(text, ";100|-|problem 100;0|-|150 more problems not shown;"));
	bb_free(text);
	e = bb_error_last(c);
	assert_int_equal(e->code, BB_EINPUT);
	assert_int_equal(bb_error_count(c), 101);
	assert_string_equal(bb_error_message_at(c, 100), "rec: 150 more problems not shown");
}

static const bb_adapter *bad_builtin_entry(uint32_t abi)
{
	static bb_adapter bad;
	(void)abi;
	bad = builtin;
	bad.abi_version = 7;
	bad.name = "his-bad-builtin";
	return &bad;
}

static void builtin_adapters_use_the_same_checks(void **state)
{
	bb_connector *c = *state;
	const bb_plugin_info *info;
	bb_referral *r = NULL;

	assert_int_equal(bb_adapter_register(c, builtin_entry), BB_OK);
	assert_int_equal(bb_plugin_load(&info, c, "his-builtin", BB_ADAPTER_HIS), BB_OK);
	assert_string_equal(info->path, "(built in)");
	assert_int_equal(bb_referral_from_his(&r, c, "his-builtin", "x", "", 0), BB_OK);
	assert_string_equal(bb_referral_get(r, BB_REF_ID), "builtin-1");
	bb_referral_free(r);

	assert_int_equal(bb_adapter_register(c, builtin_entry), BB_EINVAL);
	assert_string_equal(bb_error_last(c)->message,
			    "an adapter named \"his-builtin\" is already loaded");
	assert_int_equal(bb_adapter_register(c, bad_builtin_entry), BB_EABI);
	assert_string_equal(bb_error_last(c)->message,
			    "plugin \"his-bad-builtin\" ((built in)) needs plugin ABI 7, but this library speaks ABI 2 to 2; upgrade libbeweegbrug");
}

typedef struct seen {
	int his, dest, broken;
} seen;

static void count(const bb_plugin_info *info, void *payload)
{
	seen *s = payload;

	if (strcmp(info->name, "test-his") == 0)
		s->his++;
	else if (strcmp(info->name, "test-dest") == 0)
		s->dest++;
	else if (strncmp(info->name, "test-", 5) == 0)
		s->broken++;
}

static void log_count(bb_log_level level, const char *msg, void *payload)
{
	(void)msg;
	if (level == BB_LOG_WARN)
		(*(int *)payload)++;
}

static void foreach_lists_good_plugins_and_warns_on_bad(void **state)
{
	bb_options o = BB_OPTIONS_INIT;
	bb_connector *c;
	seen s = { 0, 0, 0 };
	int warnings = 0;
	(void)state;

	o.plugin_path = plugdir;
	o.log = log_count;
	o.log_payload = &warnings;
	assert_int_equal(bb_connector_new(&c, &o), BB_OK);
	assert_int_equal(bb_plugin_foreach(c, count, &s), BB_OK);
	assert_int_equal(s.his, 1);
	assert_int_equal(s.dest, 1);
	assert_int_equal(s.broken, 0);
	assert_int_equal(warnings, 8); /* the eight broken plugins */
	bb_connector_free(c);
}

static void *fail_in_thread(void *arg)
{
	bb_connector *c = arg;

	bb_plugin_load(NULL, c, "his-nope", 0);
	return (void *)(intptr_t)bb_error_last(c)->code;
}

static void errors_are_per_thread(void **state)
{
	bb_connector *c = *state;
	pthread_t t;
	void *code;

	assert_int_equal(bb_plugin_load(NULL, c, "test-his", 0), BB_OK);
	assert_int_equal(pthread_create(&t, NULL, fail_in_thread, c), 0);
	assert_int_equal(pthread_join(t, &code), 0);
	assert_int_equal((int)(intptr_t)code, BB_ENOTFOUND);
	/* This thread's last call succeeded; the other thread's failure is not ours. */
	assert_int_equal(bb_error_last(c)->code, BB_OK);
	assert_string_equal(bb_error_last(c)->message, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(loads_a_his_adapter, setup, teardown),
		cmocka_unit_test_setup_teardown(loads_a_destination_adapter_once, setup, teardown),
		cmocka_unit_test_setup_teardown(plugin_not_found, setup, teardown),
		cmocka_unit_test_setup_teardown(missing_entry_symbol, setup, teardown),
		cmocka_unit_test_setup_teardown(abi_too_new, setup, teardown),
		cmocka_unit_test_setup_teardown(abi_too_old, setup, teardown),
		cmocka_unit_test_setup_teardown(abi_1_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(acknowledge_reads_problems, setup, teardown),
		cmocka_unit_test_setup_teardown(acknowledge_counts_what_it_does_not_show, setup,
						teardown),
		cmocka_unit_test_setup_teardown(table_too_small, setup, teardown),
		cmocka_unit_test_setup_teardown(wrong_kind, setup, teardown),
		cmocka_unit_test_setup_teardown(entry_returns_no_table, setup, teardown),
		cmocka_unit_test_setup_teardown(his_adapter_without_reader, setup, teardown),
		cmocka_unit_test_setup_teardown(file_name_and_table_name_differ, setup, teardown),
		cmocka_unit_test(file_that_is_no_library),
		cmocka_unit_test_setup_teardown(names_cannot_be_paths, setup, teardown),
		cmocka_unit_test(search_path_order),
		cmocka_unit_test_setup_teardown(builtin_adapters_use_the_same_checks, setup, teardown),
		cmocka_unit_test(foreach_lists_good_plugins_and_warns_on_bad),
		cmocka_unit_test_setup_teardown(errors_are_per_thread, setup, teardown),
	};

	plugdir = test_env("BB_TEST_PLUGIN_DIR");
	return cmocka_run_group_tests_name("loader", tests, NULL, NULL);
}
