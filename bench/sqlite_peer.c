/*
 * The floor under durable sending: SQLite on its own, on the same disk,
 * with the outbox's settings (WAL, synchronous=FULL), storing
 * message-sized rows from several threads with one transaction, and so
 * one fsync, per message. bench/outbox_bench is measured against it.
 *
 * Usage: bench/sqlite_peer DIR [MESSAGES] [THREADS] [PER_COMMIT]
 *   DIR a directory on the disk to measure (the outbox bench's); defaults
 *   400 messages, 8 threads (each with its own connection), 1 message per
 *   commit, rows of 19,000 bytes (a referral message). Prints
 *     RESULT sqlite-commit-PER_COMMIT MESSAGES_PER_SECOND msg/s
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#define ROW_BYTES 19000

static int messages = 400, threads = 8, per_commit = 1;
static char path[4096];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int next_msg;

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void check(int rc, sqlite3 *db, const char *what)
{
	if (rc != SQLITE_OK && rc != SQLITE_DONE) {
		fprintf(stderr, "sqlite_peer: %s: %s\n", what, db ? sqlite3_errmsg(db) : "?");
		exit(1);
	}
}

/* The next `n` message numbers (fewer at the end), or 0. */
static int take(int *first, int n)
{
	int got;

	pthread_mutex_lock(&lock);
	*first = next_msg;
	got = messages - next_msg < n ? messages - next_msg : n;
	next_msg += got;
	pthread_mutex_unlock(&lock);
	return got;
}

static void *writer(void *arg)
{
	static char row[ROW_BYTES];
	sqlite3 *db;
	sqlite3_stmt *st;
	int first, n, i;

	(void)arg;
	check(sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL), NULL, "open");
	sqlite3_busy_timeout(db, 60000);
	check(sqlite3_prepare_v2(db, "INSERT INTO outbox (msg_id, payload) VALUES (?, ?)", -1, &st,
				 NULL), db, "prepare");
	while ((n = take(&first, per_commit)) > 0) {
		check(sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL), db, "begin");
		for (i = 0; i < n; i++) {
			char id[32];

			snprintf(id, sizeof(id), "msg-%08d", first + i);
			sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
			sqlite3_bind_blob(st, 2, row, sizeof(row), SQLITE_STATIC);
			check(sqlite3_step(st), db, "insert");
			sqlite3_reset(st);
		}
		check(sqlite3_exec(db, "COMMIT", NULL, NULL, NULL), db, "commit");
	}
	sqlite3_finalize(st);
	sqlite3_close(db);
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_t th[64];
	sqlite3 *db;
	double t0, t;
	int i;

	if (argc < 2) {
		fprintf(stderr, "usage: sqlite_peer DIR [MESSAGES] [THREADS] [PER_COMMIT]\n");
		return 2;
	}
	if (argc > 2)
		messages = atoi(argv[2]);
	if (argc > 3)
		threads = atoi(argv[3]);
	if (argc > 4)
		per_commit = atoi(argv[4]);
	if (messages < 1 || threads < 1 || threads > 64 || per_commit < 1)
		return 2;
	snprintf(path, sizeof(path), "%s/sqlite-peer-%d.db", argv[1], (int)getpid());
	check(sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL), NULL,
	      "create");
	check(sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
			   "CREATE TABLE outbox (row INTEGER PRIMARY KEY, msg_id TEXT NOT NULL UNIQUE,"
			   " payload BLOB NOT NULL);", NULL, NULL, NULL), db, "schema");
	t0 = now_s();
	for (i = 0; i < threads; i++)
		pthread_create(&th[i], NULL, writer, NULL);
	for (i = 0; i < threads; i++)
		pthread_join(th[i], NULL);
	t = now_s() - t0;
	sqlite3_close(db);
	printf("RESULT sqlite-commit-%d %.0f msg/s\n", per_commit, messages / t);
	unlink(path);
	{
		char side[4200];

		snprintf(side, sizeof(side), "%s-wal", path);
		unlink(side);
		snprintf(side, sizeof(side), "%s-shm", path);
		unlink(side);
	}
	return 0;
}
