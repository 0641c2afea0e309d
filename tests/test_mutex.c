/*
 * The lock order check (connector/util/mutex.h), compiled in here in every
 * build (this program builds mutex.c itself, with BB_LOCK_CHECK): locks
 * taken in rank order pass; a lock taken while one of the same or a
 * higher rank is held is reported, naming both locks and where each was
 * taken; two leaves never nest; a trylock is noted; each thread has its
 * own list; and without a handler a violation aborts the process.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "util/mutex.h"

#ifndef BB_LOCK_CHECK
#error "tests/test_mutex.c is built with BB_LOCK_CHECK"
#endif

static char reports[4][512];
static int nreports;

static void record(const char *report)
{
	if (nreports < 4)
		snprintf(reports[nreports], sizeof(reports[0]), "%s", report);
	nreports++;
}

typedef struct locks {
	mutex applier, store, audit, file, leaf, other_leaf, errors;
} locks;

static int setup(void **state)
{
	locks *l = calloc(1, sizeof(*l));

	assert_non_null(l);
	assert_int_equal(mutex_init(&l->applier, LOCK_RANK_APPLIER, "applier"), 0);
	assert_int_equal(mutex_init(&l->store, LOCK_RANK_STORE, "store"), 0);
	assert_int_equal(mutex_init(&l->audit, LOCK_RANK_AUDIT, "audit trail"), 0);
	assert_int_equal(mutex_init(&l->file, LOCK_RANK_AUDIT_FILE, "audit file"), 0);
	assert_int_equal(mutex_init(&l->leaf, LOCK_RANK_LEAF, "commit queue"), 0);
	assert_int_equal(mutex_init(&l->other_leaf, LOCK_RANK_LEAF, "HTTPS pool"), 0);
	assert_int_equal(mutex_init(&l->errors, LOCK_RANK_ERRORS, "error slots"), 0);
	nreports = 0;
	mutex_on_violation(record);
	*state = l;
	return 0;
}

static int teardown(void **state)
{
	locks *l = *state;

	mutex_on_violation(NULL);
	mutex_destroy(&l->applier);
	mutex_destroy(&l->store);
	mutex_destroy(&l->audit);
	mutex_destroy(&l->file);
	mutex_destroy(&l->leaf);
	mutex_destroy(&l->other_leaf);
	mutex_destroy(&l->errors);
	free(l);
	return 0;
}

/* The order threading.md allows, and unlocks in any order. */
static void in_order(void **state)
{
	locks *l = *state;

	mutex_lock(&l->applier);
	mutex_lock(&l->store);
	mutex_lock(&l->audit);
	mutex_lock(&l->file);
	mutex_lock(&l->leaf);
	mutex_lock(&l->errors);
	assert_int_equal(mutex_held_count(), 6);
	mutex_unlock(&l->store);        /* not the last taken */
	mutex_unlock(&l->errors);
	assert_int_equal(mutex_held_count(), 4);
	/* with the store let go, a second store-ranked lock could be taken again */
	mutex_lock(&l->store);
	assert_int_equal(nreports, 1);  /* ... but not under the audit trail's */
	mutex_unlock(&l->store);
	mutex_unlock(&l->leaf);
	mutex_unlock(&l->file);
	mutex_unlock(&l->audit);
	mutex_unlock(&l->applier);
	assert_int_equal(mutex_held_count(), 0);
	nreports = 0;

	mutex_lock(&l->store);
	mutex_lock(&l->leaf);
	mutex_unlock(&l->leaf);
	mutex_lock(&l->other_leaf);
	mutex_unlock(&l->other_leaf);
	mutex_unlock(&l->store);
	assert_int_equal(nreports, 0);
}

/* The applier's lock taken while the store's is held: the order that deadlocks. */
static void wrong_order(void **state)
{
	locks *l = *state;
	char taken[64], held[64];
	int line;

	mutex_lock(&l->store); line = __LINE__;
	snprintf(held, sizeof(held), "taken at %s:%d", __FILE__, line);
	mutex_lock(&l->applier); line = __LINE__;
	snprintf(taken, sizeof(taken), "taken at %s:%d", __FILE__, line);
	mutex_unlock(&l->applier);
	mutex_unlock(&l->store);
	assert_int_equal(nreports, 1);
	if (!strstr(reports[0], "lock order violated: applier (rank 1, applier)") ||
	    !strstr(reports[0], "while store (rank 2, store) is held") || !strstr(reports[0], taken) ||
	    !strstr(reports[0], held) || !strstr(reports[0], "docs/internals/threading.md"))
		fail_msg("report: %s (expected \"%s\" and \"%s\")", reports[0], taken, held);
	assert_int_equal(mutex_held_count(), 0);
}

/* Two leaves never nest, in either order. */
static void leaves_do_not_nest(void **state)
{
	locks *l = *state;

	mutex_lock(&l->leaf);
	mutex_lock(&l->other_leaf);
	mutex_unlock(&l->other_leaf);
	mutex_unlock(&l->leaf);
	assert_int_equal(nreports, 1);
	assert_non_null(strstr(reports[0], "HTTPS pool (rank 5, leaf)"));
	assert_non_null(strstr(reports[0], "while commit queue (rank 5, leaf) is held"));
	/* and the audit trail's is not taken under a leaf */
	mutex_lock(&l->leaf);
	mutex_lock(&l->audit);
	mutex_unlock(&l->audit);
	mutex_unlock(&l->leaf);
	assert_int_equal(nreports, 2);
}

/* A trylock cannot deadlock, so it is not checked, but what it took counts. */
static void trylock_is_noted(void **state)
{
	locks *l = *state;

	mutex_lock(&l->leaf);
	assert_int_equal(mutex_trylock(&l->applier), 0);
	assert_int_equal(nreports, 0);
	assert_int_equal(mutex_held_count(), 2);
	mutex_unlock(&l->leaf);
	mutex_lock(&l->store);          /* under the applier's: fine */
	mutex_unlock(&l->store);
	assert_int_equal(nreports, 0);
	mutex_unlock(&l->applier);
	mutex_lock(&l->applier);
	assert_int_equal(mutex_trylock(&l->applier), EBUSY);   /* not noted twice */
	assert_int_equal(mutex_held_count(), 1);
	mutex_unlock(&l->applier);
	assert_int_equal(mutex_held_count(), 0);
}

static void *take_applier(void *arg)
{
	locks *l = arg;

	mutex_lock(&l->applier);
	mutex_unlock(&l->applier);
	return NULL;
}

/* What one thread holds is not another's: they take turns, not an order. */
static void per_thread(void **state)
{
	locks *l = *state;
	pthread_t th;

	mutex_lock(&l->store);
	assert_int_equal(pthread_create(&th, NULL, take_applier, l), 0);
	mutex_unlock(&l->store);
	pthread_join(th, NULL);
	assert_int_equal(nreports, 0);
}

/* A condition wait lets the lock go and takes it back: still held after it. */
static void cond_wait_keeps_it(void **state)
{
	locks *l = *state;
	pthread_cond_t cond;
	struct timespec now;

	pthread_cond_init(&cond, NULL);
	mutex_lock(&l->leaf);
	clock_gettime(CLOCK_REALTIME, &now);
	assert_int_equal(cond_timedwait(&cond, &l->leaf, &now), ETIMEDOUT);
	assert_int_equal(mutex_held_count(), 1);
	mutex_lock(&l->errors);
	mutex_unlock(&l->errors);
	mutex_unlock(&l->leaf);
	pthread_cond_destroy(&cond);
	assert_int_equal(nreports, 0);
}

/* Without a handler, a violation is printed and the process aborts. */
static void aborts_by_default(void **state)
{
	locks *l = *state;
	int err[2], status;
	char out[1024];
	ssize_t n, got = 0;
	pid_t pid;

	assert_int_equal(pipe(err), 0);
	fflush(NULL);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		dup2(err[1], 2);
		mutex_on_violation(NULL);
		mutex_lock(&l->leaf);
		mutex_lock(&l->store);
		_exit(0);                   /* not reached */
	}
	close(err[1]);
	while ((n = read(err[0], out + got, sizeof(out) - 1 - (size_t)got)) > 0)
		got += n;
	out[got] = '\0';
	close(err[0]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	if (!WIFSIGNALED(status) || WTERMSIG(status) != SIGABRT)
		fail_msg("the child did not abort (status %d): %s", status, out);
	assert_non_null(strstr(out, "lock order violated: store (rank 2, store)"));
	assert_non_null(strstr(out, "while commit queue (rank 5, leaf) is held"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(in_order, setup, teardown),
		cmocka_unit_test_setup_teardown(wrong_order, setup, teardown),
		cmocka_unit_test_setup_teardown(leaves_do_not_nest, setup, teardown),
		cmocka_unit_test_setup_teardown(trylock_is_noted, setup, teardown),
		cmocka_unit_test_setup_teardown(per_thread, setup, teardown),
		cmocka_unit_test_setup_teardown(cond_wait_keeps_it, setup, teardown),
		cmocka_unit_test_setup_teardown(aborts_by_default, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
