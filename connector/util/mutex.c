/*
 * Ranked mutexes and, with BB_LOCK_CHECK, the check of the lock order
 * (mutex.h).
 */
#include "mutex.h"

#include <stdio.h>
#include <stdlib.h>

int mutex_init(mutex *m, lock_rank rank, const char *name)
{
#ifdef BB_LOCK_CHECK
	m->rank = rank;
	m->name = name;
#else
	(void)rank;
	(void)name;
#endif
	return pthread_mutex_init(&m->m, NULL) == 0 ? 0 : -1;
}

void mutex_destroy(mutex *m)
{
	pthread_mutex_destroy(&m->m);
}

#ifdef BB_LOCK_CHECK

/* More than this many locks held at once by one thread is itself reported. */
#define HELD_MAX 8

typedef struct held_lock {
	const mutex *m;
	const char *file;
	int line;
} held_lock;

/* The locks this thread holds, in the order it took them. */
static _Thread_local held_lock held[HELD_MAX];
static _Thread_local int nheld;

static void (*_Atomic on_violation)(const char *report);

static const char *rank_name(lock_rank r)
{
	switch (r) {
	case LOCK_RANK_APPLIER: return "applier";
	case LOCK_RANK_STORE: return "store";
	case LOCK_RANK_AUDIT: return "audit trail";
	case LOCK_RANK_AUDIT_FILE: return "audit file";
	case LOCK_RANK_LEAF: return "leaf";
	case LOCK_RANK_LIBRARY: return "library loading";
	case LOCK_RANK_ERRORS: return "error slots";
	}
	return "?";
}

static void violation(const char *report)
{
	void (*handler)(const char *) = on_violation;

	if (handler) {
		handler(report);
		return;
	}
	fprintf(stderr, "%s\n", report);
	abort();
}

void mutex_on_violation(void (*handler)(const char *report))
{
	on_violation = handler;
}

int mutex_held_count(void)
{
	return nheld;
}

/* Before taking `m` at file:line: every lock held must rank below it. */
static void check_order(const mutex *m, const char *file, int line)
{
	char report[512];
	int i;

	for (i = 0; i < nheld; i++) {
		const held_lock *h = &held[i];

		if (h->m->rank < m->rank)
			continue;
		snprintf(report, sizeof(report),
			 "lock order violated: %s (rank %d, %s) taken at %s:%d while %s (rank %d, %s)"
			 " is held, taken at %s:%d; see docs/internals/threading.md",
			 m->name, (int)m->rank, rank_name(m->rank), file, line, h->m->name,
			 (int)h->m->rank, rank_name(h->m->rank), h->file, h->line);
		violation(report);
		return;
	}
}

static void note_taken(const mutex *m, const char *file, int line)
{
	char report[256];

	if (nheld == HELD_MAX) {
		snprintf(report, sizeof(report), "lock order: more than %d locks held at once, "
			 "%s taken at %s:%d", HELD_MAX, m->name, file, line);
		violation(report);
		return;
	}
	held[nheld].m = m;
	held[nheld].file = file;
	held[nheld].line = line;
	nheld++;
}

void mutex_lock_at(mutex *m, const char *file, int line)
{
	check_order(m, file, line);
	pthread_mutex_lock(&m->m);
	note_taken(m, file, line);
}

/* A trylock never waits, so it cannot deadlock: it is only noted. */
int mutex_trylock_at(mutex *m, const char *file, int line)
{
	int rc = pthread_mutex_trylock(&m->m);

	if (rc == 0)
		note_taken(m, file, line);
	return rc;
}

void mutex_unlock(mutex *m)
{
	int i;

	/* the latest first: locks are mostly let go in the reverse order */
	for (i = nheld - 1; i >= 0; i--)
		if (held[i].m == m) {
			for (; i + 1 < nheld; i++)
				held[i] = held[i + 1];
			nheld--;
			break;
		}
	pthread_mutex_unlock(&m->m);
}

#endif
