/*
 * The beweegbrug command. It uses only the public API, as a HIS would;
 * if the command needs something the API does not offer, a HIS needs it
 * too, and it belongs in the library.
 */
#ifndef BB_CLI_H
#define BB_CLI_H

#include <stddef.h>

#include "beweegbrug.h"

/* sysexits.h values, spelled out: the exit codes are part of our interface. */
enum {
	EXIT_OK = 0,
	EXIT_USAGE = 64,
	EXIT_DATAERR = 65,
	EXIT_NOINPUT = 66,
	EXIT_UNAVAILABLE = 69,
	EXIT_SOFTWARE = 70,
	EXIT_IOERR = 74,
	EXIT_CONFIG = 78
};

typedef struct cli_command {
	const char *name;
	const char *summary;
	const char *usage;       /* full --help text */
	int (*run)(int argc, char **argv);
} cli_command;

extern const cli_command cmd_config;
extern const cli_command cmd_convert;
extern const cli_command cmd_plugins;
extern const cli_command cmd_reformat;
extern const cli_command cmd_journal;
extern const cli_command cmd_validate;
extern const cli_command cmd_ack;
extern const cli_command cmd_post;
extern const cli_command cmd_send;
extern const cli_command cmd_refer;
extern const cli_command cmd_offers;
extern const cli_command cmd_deliver;
extern const cli_command cmd_outbox;
extern const cli_command cmd_fetch;
extern const cli_command cmd_serve;
extern const cli_command cmd_mllp;
extern const cli_command cmd_api;
extern const cli_command cmd_inbox;
extern const cli_command cmd_feedback;
extern const cli_command cmd_audit;
extern const cli_command cmd_report;

/*
 * Running under systemd (cli_service.c). cli_priority gives "<N>" for a
 * line on standard error when that goes to the journal, else "";
 * cli_log_priority maps a library log level to a syslog priority.
 * cli_notify sends a state ("READY=1", "STOPPING=1", ...) to
 * NOTIFY_SOCKET: 0 when there is none, 1 sent, -1 failed.
 */
int cli_stderr_is_journal(void);
const char *cli_priority(int syslog_priority);
int cli_log_priority(bb_log_level level);
int cli_notify(const char *fmt, ...) BB_FORMAT(1, 2);
/* "RELOADING=1" with the time it began. */
int cli_notify_reloading(void);

/*
 * A listener run until SIGTERM/SIGINT by cli_run_listener (cli_listen.c):
 * make it (with the stop signals already blocked, so only the signal thread
 * sees them), write its port to port_file when given, start delivery, say
 * "listening on ADDRESS" (and READY=1 to systemd), run it, and on a signal
 * stop it, stop delivery and free it. On SIGHUP the connector reads its
 * files again (bb_connector_reload: destination certificates, the
 * beweegkaart), then the listener its own (reload: its certificate and
 * CA file; NULL when it has none), between RELOADING=1 and READY=1; nothing
 * queued or in progress is dropped. tick (every tick_seconds without a
 * signal) is optional. Returns the exit code.
 */
typedef struct cli_listener {
	void *ctx;
	int (*make)(void *ctx, void **handle);
	const char *(*address)(void *handle);
	int (*port)(void *handle);
	int (*run)(void *handle);
	void (*stop)(void *handle);
	void (*free)(void *handle);
	int (*reload)(void *handle);
	void (*tick)(void *ctx);
	int tick_seconds;
} cli_listener;
int cli_run_listener(bb_connector *c, const cli_listener *l, const char *port_file);

/* "beweegbrug" or what argv[0] says. */
extern const char *cli_program;

/* A connector that logs to stderr ("beweegbrug: warn: ..."). */
int cli_connector(bb_connector **out, int verbose);
/* Print every problem of the connector's last error on stderr, one per line. */
void cli_print_errors(const bb_connector *c);
/* Exit code for a bb_status (see README: exit codes). */
int cli_exit_code(int status);
/* Read a whole file ("-": standard input), at most `limit` bytes. */
int cli_read_file(const char *path, size_t limit, char **out, size_t *len);
/* Print a usage error and the short usage; returns EXIT_USAGE. */
int cli_usage_error(const cli_command *cmd, const char *fmt, ...) BB_FORMAT(2, 3);
/*
 * "xml" -> "his-xml"; a full name stays, and so does "canonical" (the
 * canonical referral as JSON, docs/canonical-json.md, read by the core).
 * malloc'ed, NULL on out-of-memory.
 */
char *cli_his_adapter_name(const char *arg);
#define CLI_CANONICAL "canonical"
/* bb_referral_from_json for adapter "canonical", else bb_referral_from_his. */
int cli_read_referral(bb_referral **out, bb_connector *c, const char *adapter,
		      const char *source, const void *data, size_t len);
/* BB_FORMAT_JSON or BB_FORMAT_XML for "json"/"xml", else 0. */
int cli_format(const char *name);
/* Write `len` bytes to stdout; EXIT_OK or EXIT_SOFTWARE. */
int cli_write_stdout(const char *data, size_t len);
/* What the `beweegbrug CMD --his ADAPTER INPUT` commands share. */
typedef struct cli_his_input {
	char *adapter;           /* full plugin name, "his-..." */
	char *data;              /* the input, NUL-terminated */
	size_t len;
	const char *source;      /* the input's name in messages ("stdin" for -) */
	bb_connector *c;         /* logs to stderr */
} cli_his_input;

/*
 * Parse `--his ADAPTER INPUT` (INPUT described as `input_name` in usage
 * errors), read INPUT, make a connector. EXIT_OK, or the exit code to
 * return; close the input either way.
 */
int cli_his_input_open(cli_his_input *in, const cli_command *cmd, int argc, char **argv,
		       const char *input_name);
void cli_his_input_close(cli_his_input *in);
/* True when argv has -h or --help before any "--". */
int cli_wants_help(int argc, char **argv);

/*
 * The GP side's journal as files (cli_journal.c): every feedback the
 * library applies is written to DIR as NNNN-<referral>-<status>.<ext>,
 * what the HIS adapter made of it, atomically. Registers the connector's
 * feedback callback, then applies what is stored but not yet applied (a
 * crash, or feedback received while nobody listened). EXIT_OK or an exit
 * code; problems are printed.
 */
int cli_journal_dir_attach(bb_connector *c, const char *dir);
/* How many journal entries this process has written. */
size_t cli_journal_written(void);

/* The port a listener took, written to `path` atomically; 0 or -1. */
int cli_write_port_file(const char *path, int port);

#endif
