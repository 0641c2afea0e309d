#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *cli_program = "beweegbrug";

/*
 * One line per event. In the journal the priority travels as "<N>" and
 * journald names the program; on a terminal or in a file the line says
 * both itself.
 */
static void log_to_stderr(bb_log_level level, const char *message, void *payload)
{
	(void)payload;
	if (cli_stderr_is_journal())
		fprintf(stderr, "%s%s: %s\n", cli_priority(cli_log_priority(level)),
			bb_log_level_name(level), message);
	else
		fprintf(stderr, "%s: %s: %s\n", cli_program, bb_log_level_name(level), message);
}

int cli_connector(bb_connector **out, int verbose)
{
	bb_options opts = BB_OPTIONS_INIT;

	opts.log = log_to_stderr;
	if (verbose)
		opts.log_level = verbose > 1 ? BB_LOG_DEBUG : BB_LOG_INFO;
	return bb_connector_new(out, &opts);
}

void cli_print_errors(const bb_connector *c)
{
	size_t i, n = bb_error_count(c);

	if (n == 0) {
		fprintf(stderr, "%s%s: %s\n", cli_priority(3), cli_program, bb_error_last(c)->message);
		return;
	}
	for (i = 0; i < n; i++)
		fprintf(stderr, "%s%s\n", cli_priority(3), bb_error_message_at(c, i));
}

int cli_exit_code(int status)
{
	switch (status) {
	case BB_OK:
		return EXIT_OK;
	case BB_EINPUT:
	case BB_ETOOBIG:
	case BB_EREFUSED:
	case BB_ECORRUPT:	/* the stored data is wrong: damaged or altered */
		return EXIT_DATAERR;
	case BB_EIO:		/* reading or writing failed: disk full, permissions */
		return EXIT_IOERR;
	case BB_EUNAVAILABLE:
	case BB_EUNSUPPORTED:	/* the adapter cannot do this: a missing service */
		return EXIT_UNAVAILABLE;
	case BB_ECONFIG:
	case BB_EPLUGIN:
	case BB_EABI:
	case BB_EKIND:
	case BB_ENOTFOUND:
		return EXIT_CONFIG;
	case BB_EINVAL:
		return EXIT_USAGE;
	}
	return EXIT_SOFTWARE;
}

int cli_read_file(const char *path, size_t limit, char **out, size_t *len)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, alloc = 0;

	*out = NULL;
	*len = 0;
	if (!f) {
		fprintf(stderr, "%s: %s: %s\n", cli_program, path, strerror(errno));
		return EXIT_NOINPUT;
	}
	for (;;) {
		size_t got;
		if (n == alloc) {
			char *grown;
			alloc = alloc ? alloc * 2 : 65536;
			grown = realloc(buf, alloc + 1);
			if (!grown) {
				fprintf(stderr, "%s: %s: out of memory\n", cli_program, path);
				goto fail;
			}
			buf = grown;
		}
		got = fread(buf + n, 1, alloc - n, f);
		n += got;
		if (n > limit) {
			fprintf(stderr, "%s: %s: larger than %zu bytes\n", cli_program, path, limit);
			free(buf);
			if (f != stdin)
				fclose(f);
			return EXIT_DATAERR;
		}
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		fprintf(stderr, "%s: %s: read error\n", cli_program, path);
		goto fail;
	}
	if (f != stdin)
		fclose(f);
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return EXIT_OK;
fail:
	free(buf);
	if (f != stdin)
		fclose(f);
	return EXIT_NOINPUT;
}

int cli_usage_error(const cli_command *cmd, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s %s: ", cli_program, cmd->name);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry '%s %s --help'.\n", cli_program, cmd->name);
	return EXIT_USAGE;
}

int cli_wants_help(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return 0;
		if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0)
			return 1;
	}
	return 0;
}

int cli_format(const char *name)
{
	if (strcmp(name, "json") == 0)
		return BB_FORMAT_JSON;
	if (strcmp(name, "xml") == 0)
		return BB_FORMAT_XML;
	return 0;
}

int cli_write_stdout(const char *data, size_t len)
{
	if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
		fprintf(stderr, "%s: cannot write standard output\n", cli_program);
		return EXIT_SOFTWARE;
	}
	return EXIT_OK;
}

char *cli_his_adapter_name(const char *arg)
{
	/* "xml" is short for "his-xml"; "canonical" is the core's own JSON document */
	char *name = strncmp(arg, "his-", 4) == 0 || strcmp(arg, CLI_CANONICAL) == 0 ? strdup(arg)
										      : NULL;

	if (!name && (name = malloc(strlen(arg) + 5)) != NULL)
		sprintf(name, "his-%s", arg);
	if (!name)
		fprintf(stderr, "%s: out of memory\n", cli_program);
	return name;
}

int cli_read_referral(bb_referral **out, bb_connector *c, const char *adapter,
		      const char *source, const void *data, size_t len)
{
	if (adapter && strcmp(adapter, CLI_CANONICAL) == 0)
		return bb_referral_from_json(out, c, source, data, len);
	return bb_referral_from_his(out, c, adapter, source, data, len);
}


int cli_his_input_open(cli_his_input *in, const cli_command *cmd, int argc, char **argv,
		       const char *input_name)
{
	static const struct option longopts[] = {
		{ "his", required_argument, NULL, 'H' },
		{ NULL, 0, NULL, 0 }
	};
	const char *his = NULL;
	int opt, code;

	memset(in, 0, sizeof(*in));
	while ((opt = getopt_long(argc, argv, "H:", longopts, NULL)) != -1) {
		if (opt != 'H')
			return cli_usage_error(cmd, "unknown option");
		his = optarg;
	}
	if (!his)
		return cli_usage_error(cmd, "name the HIS adapter with --his");
	if (optind + 1 != argc)
		return cli_usage_error(cmd, "expected exactly one %s", input_name);
	if (!(in->adapter = cli_his_adapter_name(his)))
		return EXIT_SOFTWARE;
	code = cli_read_file(argv[optind], BB_MAX_INPUT, &in->data, &in->len);
	if (code != EXIT_OK)
		return code;
	in->source = strcmp(argv[optind], "-") == 0 ? "stdin" : argv[optind];
	return cli_connector(&in->c, 0) == BB_OK ? EXIT_OK : EXIT_SOFTWARE;
}

void cli_his_input_close(cli_his_input *in)
{
	free(in->adapter);
	free(in->data);
	bb_connector_free(in->c);
	memset(in, 0, sizeof(*in));
}

/* Write a listener's port to `path`, aside and renamed, so a reader never sees half a number. */
int cli_write_port_file(const char *path, int port)
{
	char tmp[4096];
	FILE *f;

	/* Written aside and renamed, so a reader never sees half a number. */
	if ((size_t)snprintf(tmp, sizeof tmp, "%s.tmp", path) >= sizeof tmp)
		return -1;
	f = fopen(tmp, "w");
	if (!f)
		return -1;
	fprintf(f, "%d\n", port);
	if (fclose(f) != 0)
		return -1;
	return rename(tmp, path);
}
