/*
 * The core's mutexes, each with its rank in the one order in which locks
 * may be held together (docs/internals/threading.md).
 *
 * A thread may take a lock only while every lock it holds has a lower
 * rank. Ranks, from the outside in:
 *
 *   LOCK_RANK_APPLIER   the applier's (inbound/apply.c): held while the
 *                       store's is taken, so that received feedback is
 *                       read, given to the HIS and marked in one order;
 *   LOCK_RANK_STORE     the store's (store/store.c): held while a refusal
 *                       found inside the group commit is audited;
 *   LOCK_RANK_AUDIT     the audit trail's (audit_api.c): held while the
 *                       trail is opened;
 *   LOCK_RANK_AUDIT_FILE the audit file's two (audit/audit_log.c), which
 *                       are never held together;
 *   LOCK_RANK_LEAF      every other lock of the core: the commit queue,
 *                       delivery, the beweegkaart, the HTTPS pool, the
 *                       certificate subjects, the loaded plugins, the
 *                       servers' job lists and TLS contexts. A leaf is
 *                       never held while another leaf is taken;
 *   LOCK_RANK_LIBRARY   loading a library on first use (lazy/lazy.c);
 *   LOCK_RANK_ERRORS    the list of per-thread error slots (error.c),
 *                       which any code may set while it holds a lock.
 *
 * Built with BB_LOCK_CHECK (configure --enable-sanitizers defines it),
 * every lock and unlock keeps a per-thread list of the locks held, and
 * taking a lock whose rank is not above all of them is reported (naming
 * both locks and where each was taken) and aborts: the threaded tests of
 * the sanitizer build then fail on an order that could deadlock, even
 * when the run did not. Without it these are plain pthread calls.
 */
#ifndef BB_MUTEX_H
#define BB_MUTEX_H

#include <pthread.h>
#include <time.h>

typedef enum lock_rank {
	LOCK_RANK_APPLIER = 1,
	LOCK_RANK_STORE,
	LOCK_RANK_AUDIT,
	LOCK_RANK_AUDIT_FILE,
	LOCK_RANK_LEAF,
	LOCK_RANK_LIBRARY,
	LOCK_RANK_ERRORS
} lock_rank;

typedef struct mutex {
	pthread_mutex_t m;
#ifdef BB_LOCK_CHECK
	lock_rank rank;
	const char *name;
#endif
} mutex;

#ifdef BB_LOCK_CHECK
#define MUTEX_INITIALIZER(rank, name) { PTHREAD_MUTEX_INITIALIZER, (rank), (name) }
#else
#define MUTEX_INITIALIZER(rank, name) { PTHREAD_MUTEX_INITIALIZER }
#endif

/* `name` (a string that lives as long as the lock) names it in a report. */
int mutex_init(mutex *m, lock_rank rank, const char *name);
void mutex_destroy(mutex *m);

#ifdef BB_LOCK_CHECK
void mutex_lock_at(mutex *m, const char *file, int line);
int mutex_trylock_at(mutex *m, const char *file, int line);
void mutex_unlock(mutex *m);
#define mutex_lock(m) mutex_lock_at((m), __FILE__, __LINE__)
#define mutex_trylock(m) mutex_trylock_at((m), __FILE__, __LINE__)
/*
 * For tests: what to do with a report instead of printing it and
 * aborting (NULL: abort again). A handler that returns lets the lock be
 * taken anyway.
 */
void mutex_on_violation(void (*handler)(const char *report));
/* How many locks the calling thread holds (tests). */
int mutex_held_count(void);
#else
static inline void mutex_lock(mutex *m)
{
	pthread_mutex_lock(&m->m);
}

static inline int mutex_trylock(mutex *m)
{
	return pthread_mutex_trylock(&m->m);
}

static inline void mutex_unlock(mutex *m)
{
	pthread_mutex_unlock(&m->m);
}
#endif

/* The lock is let go while waiting and held again on return, as pthread's. */
static inline void cond_wait(pthread_cond_t *c, mutex *m)
{
	pthread_cond_wait(c, &m->m);
}

static inline int cond_timedwait(pthread_cond_t *c, mutex *m, const struct timespec *deadline)
{
	return pthread_cond_timedwait(c, &m->m, deadline);
}

#endif
