/*
 * tests/embed_serve: a HIS that embeds the server (bb_server_*) and leaves
 * SIGPIPE at its default action, as many programs do. `beweegbrug serve`
 * ignores SIGPIPE itself; this one shows the library holds without that
 * (tests/hostile.test). Usage: embed_serve CONFIG PORT-FILE. It serves
 * until SIGTERM, then prints whether SIGPIPE is still SIG_DFL and
 * unblocked in the thread that ran the server, and exits 0.
 */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>

#include "beweegbrug.h"

static bb_server *server;

static void *wait_for_term(void *arg)
{
	sigset_t *set = arg;
	int sig;

	sigwait(set, &sig);
	bb_server_stop(server);
	return NULL;
}

int main(int argc, char **argv)
{
	bb_options opts = BB_OPTIONS_INIT;
	bb_connector *c = NULL;
	struct sigaction sa;
	sigset_t set, mask;
	pthread_t waiter;
	FILE *f;
	int rc;

	if (argc != 3)
		return 64;
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	if (bb_connector_new(&c, &opts) != BB_OK || bb_connector_load_config(c, argv[1]) != BB_OK ||
	    bb_server_new(&server, c) != BB_OK) {
		fprintf(stderr, "embed_serve: %s\n", c ? bb_error_last(c)->message : "no connector");
		return 78;
	}
	f = fopen(argv[2], "w");
	if (!f)
		return 73;
	fprintf(f, "%d\n", bb_server_port(server));
	fclose(f);
	pthread_create(&waiter, NULL, wait_for_term, &set);
	rc = bb_server_run(server);
	pthread_join(waiter, NULL);
	sigaction(SIGPIPE, NULL, &sa);
	pthread_sigmask(SIG_SETMASK, NULL, &mask);
	printf("SIGPIPE %s, %s\n", sa.sa_handler == SIG_DFL ? "default" : "changed",
	       sigismember(&mask, SIGPIPE) ? "blocked" : "unblocked");
	bb_server_free(server);
	bb_connector_free(c);
	return rc == BB_OK ? 0 : 70;
}
