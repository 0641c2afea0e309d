/*
 * Running a listener (serve's bb_server, mllp's bb_mllp, api's bb_api)
 * until SIGTERM or SIGINT: the one start-up, reload and shut-down sequence
 * the three commands share, so a fix to it (the order of delivery and
 * listening, what systemd is told, how a failed run stops the signal
 * thread) is made once.
 */
#include "cli.h"

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <time.h>

typedef struct waiter_state {
	bb_connector *c;
	const cli_listener *l;
	void *handle;
	sigset_t set;
} waiter_state;

/*
 * SIGHUP: new certificates and catalogue for what comes next; nothing
 * queued is dropped. A file that cannot be read is said and the old one
 * stays in use (the service goes on: READY=1 again either way).
 */
static void reload(const waiter_state *w)
{
	cli_notify_reloading();
	if (bb_connector_reload(w->c) != BB_OK)
		cli_print_errors(w->c);
	if (w->l->reload && w->l->reload(w->handle) != BB_OK)
		cli_print_errors(w->c);
	cli_notify("READY=1\nSTATUS=listening on %s", w->l->address(w->handle));
}

/*
 * The only thread that sees the stop signals (they are blocked in every
 * other one): SIGHUP reloads, a quiet tick_seconds runs the tick,
 * SIGTERM/SIGINT stop the listener.
 */
static void *wait_for_signal(void *arg)
{
	waiter_state *w = arg;
	const cli_listener *l = w->l;
	int sig;

	for (;;) {
		if (l->tick) {
			struct timespec wait = { l->tick_seconds, 0 };

			sig = sigtimedwait(&w->set, NULL, &wait);
			if (sig < 0) {
				l->tick(l->ctx);
				continue;
			}
		} else if (sigwait(&w->set, &sig) != 0) {
			continue;
		}
		if (sig == SIGHUP) {
			reload(w);
			continue;
		}
		break;
	}
	cli_notify("STOPPING=1");
	l->stop(w->handle);
	return NULL;
}

int cli_run_listener(bb_connector *c, const cli_listener *l, const char *port_file)
{
	waiter_state w = { c, l, NULL, { { 0 } } };
	pthread_t waiter;
	int rc, code = EXIT_OK;

	/* Blocked before any thread starts, so only the waiter sees them. */
	sigemptyset(&w.set);
	sigaddset(&w.set, SIGTERM);
	sigaddset(&w.set, SIGINT);
	sigaddset(&w.set, SIGHUP);
	pthread_sigmask(SIG_BLOCK, &w.set, NULL);
	rc = l->make(l->ctx, &w.handle);
	if (rc != BB_OK) {
		cli_print_errors(c);
		return cli_exit_code(rc);
	}
	if (port_file && l->port && cli_write_port_file(port_file, l->port(w.handle)) != 0) {
		fprintf(stderr, "%s%s: cannot write %s\n", cli_priority(3), cli_program, port_file);
		l->free(w.handle);
		return EXIT_SOFTWARE;
	}
	if ((rc = bb_delivery_start(c)) != BB_OK) {
		cli_print_errors(c);
		l->free(w.handle);
		return cli_exit_code(rc);
	}
	if (pthread_create(&waiter, NULL, wait_for_signal, &w) != 0) {
		fprintf(stderr, "%s%s: cannot start a thread\n", cli_priority(3), cli_program);
		bb_delivery_stop(c);
		l->free(w.handle);
		return EXIT_SOFTWARE;
	}
	fprintf(stderr, "%slistening on %s\n", cli_priority(5), l->address(w.handle));
	cli_notify("READY=1\nSTATUS=listening on %s", l->address(w.handle));
	rc = l->run(w.handle);
	if (rc != BB_OK) {
		cli_print_errors(c);
		code = EXIT_SOFTWARE;
		pthread_kill(waiter, SIGTERM);
	}
	pthread_join(waiter, NULL);
	bb_delivery_stop(c);
	l->free(w.handle);
	return code;
}
