/* SIGPIPE blocked per thread, never ignored process-wide: see sigpipe.h. */
#include "sigpipe.h"

#include <pthread.h>
#include <signal.h>
#include <time.h>

void sigpipe_block(sigpipe_guard *g)
{
	sigset_t pipe_set, old;

	sigemptyset(&pipe_set);
	sigaddset(&pipe_set, SIGPIPE);
	g->was_blocked = pthread_sigmask(SIG_BLOCK, &pipe_set, &old) == 0 ? sigismember(&old, SIGPIPE) : 1;
}

void sigpipe_restore(const sigpipe_guard *g)
{
	static const struct timespec zero = { 0, 0 };
	sigset_t pipe_set, pending;

	if (g->was_blocked)
		return;
	sigemptyset(&pipe_set);
	sigaddset(&pipe_set, SIGPIPE);
	/* sigtimedwait takes one pending instance; ours is a thread's own. */
	while (sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE) &&
	       sigtimedwait(&pipe_set, NULL, &zero) == SIGPIPE)
		;
	pthread_sigmask(SIG_UNBLOCK, &pipe_set, NULL);
}
