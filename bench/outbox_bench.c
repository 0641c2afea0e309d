/*
 * How fast referrals become durable: bb_referral_send from many HIS
 * threads at once (group commit: one fsync for everyone waiting), against
 * the peer design measured in the same run: one transaction and one fsync
 * per message. The peer is the same code with the calls serialised by a
 * mutex, so no two sends are ever waiting together and each commits alone.
 *
 * Usage: bench/outbox_bench [MESSAGES] [THREADS]   (defaults 400, 8)
 * Run from the build directory with BEWEEGBRUG_PLUGIN_PATH set (make bench);
 * works in $TMPDIR (default /tmp). bench/run sets it beside bench/sqlite_peer,
 * raw SQLite with the outbox's settings on the same disk.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "beweegbrug.h"

/* The sample record carries the patient's consent for this receiver, and a
 * referral is only sent to the receiver the consent names. */
#define DESTINATION "gli-rotterdam-west"

static int messages = 400, threads = 8;
static char *record;
static size_t record_len;
static bb_connector *conn;
static pthread_mutex_t peer_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t send_lock = PTHREAD_MUTEX_INITIALIZER;
static int serialise;
static int next_job;

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int take_job(void)
{
	int j;

	pthread_mutex_lock(&peer_lock);
	j = next_job < messages ? next_job++ : -1;
	pthread_mutex_unlock(&peer_lock);
	return j;
}

static void *send_worker(void *arg)
{
	int j;
	(void)arg;

	while ((j = take_job()) >= 0) {
		bb_referral *r = NULL;
		char ref[32], id[BB_MESSAGE_ID_LEN];

		snprintf(ref, sizeof(ref), "HV-BENCH-%06d", j);
		if (serialise)
			pthread_mutex_lock(&send_lock);
		if (bb_referral_from_his(&r, conn, NULL, "bench.xml", record, record_len) != BB_OK ||
		    bb_referral_set(r, BB_REF_ID, ref) != BB_OK ||
		    bb_referral_send(id, conn, r, DESTINATION) != BB_OK) {
			fprintf(stderr, "send failed: %s\n", bb_error_last(conn)->message);
			exit(1);
		}
		if (serialise)
			pthread_mutex_unlock(&send_lock);
		bb_referral_free(r);
	}
	return NULL;
}

/* CPU time of the whole process (every thread). */
static double cpu_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double cpu_used;         /* by the last run() */

static double run(void *(*fn)(void *), int n)
{
	pthread_t th[64];
	double t0 = now_s(), c0 = cpu_s();
	int i;

	next_job = 0;
	for (i = 0; i < n; i++)
		pthread_create(&th[i], NULL, fn, NULL);
	for (i = 0; i < n; i++)
		pthread_join(th[i], NULL);
	cpu_used = cpu_s() - c0;
	return now_s() - t0;
}

int main(int argc, char **argv)
{
	char dir[512], path[1024], conf[2048], key[1024], cmd[1200];
	const char *tmp = getenv("TMPDIR");
	const char *top = getenv("abs_top_srcdir");
	double ours1, ours, theirs, ours_cpu;
	FILE *f;

	if (argc > 1)
		messages = atoi(argv[1]);
	if (argc > 2)
		threads = atoi(argv[2]);
	snprintf(dir, sizeof(dir), "%s/bbbench.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (messages < 1 || threads < 1 || threads > 64 || !mkdtemp(dir))
		return 2;
	snprintf(key, sizeof(key), "%s/k", dir);
	f = fopen(key, "w");
	fputs("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n", f);
	fclose(f);
	chmod(key, 0600);
	snprintf(path, sizeof(path), "%s/schemas/samples/his-xml/gli-obesitas.xml", top ? top : "..");
	if (!(f = fopen(path, "rb")))
		return perror(path), 2;
	record = malloc(1 << 20);
	record_len = fread(record, 1, 1 << 20, f);
	fclose(f);

	/* ours, one thread and then many */
	snprintf(conf, sizeof(conf), "[connector]\nsender_endpoint = https://beweegbrug.test/fhir\nhis_adapter = his-xml\noutbox = %s/ours.db\n"
		 "outbox_key = %s\n[destination \"%s\"]\nadapter = fhir-message\n"
		 "endpoint = https://localhost:9/fhir\nreceiver_kind = gli\n", dir, key, DESTINATION);
	snprintf(path, sizeof(path), "%s/b.conf", dir);
	f = fopen(path, "w");
	fputs(conf, f);
	fclose(f);
	if (bb_connector_new(&conn, NULL) != BB_OK || bb_connector_load_config(conn, path) != BB_OK)
		return fprintf(stderr, "config: %s\n", bb_error_last(conn)->message), 2;
	ours1 = run(send_worker, 1);
	bb_connector_free(conn);
	snprintf(cmd, sizeof(cmd), "rm -f %s/ours.db*", dir);
	if (system(cmd) != 0)
		return 2;
	bb_connector_new(&conn, NULL);
	bb_connector_load_config(conn, path);
	ours = run(send_worker, threads);
	ours_cpu = cpu_used;
	bb_connector_free(conn);
	if (system(cmd) != 0)
		return 2;
	bb_connector_new(&conn, NULL);
	bb_connector_load_config(conn, path);
	serialise = 1;
	theirs = run(send_worker, threads);
	bb_connector_free(conn);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	if (system(cmd) != 0)
		return 2;

	printf("durable referrals: %d messages, WAL + synchronous=FULL, %d HIS threads\n",
	       messages, threads);
	printf("  bb_referral_send, 1 thread:            %8.0f /s (%.2f ms each, HIS record to disk)\n",
	       messages / ours1, 1000.0 * ours1 / messages);
	printf("  bb_referral_send, %2d threads:          %8.0f /s (group commit)\n", threads,
	       messages / ours);
	printf("  peer: a commit per message, %2d threads: %8.0f /s (same calls, serialised)\n",
	       threads, messages / theirs);
	printf("  ratio ours/peer: %.2f\n", theirs / ours);
	/* for bench/run */
	printf("RESULT send-1-thread %.0f msg/s\n", messages / ours1);
	printf("RESULT send-%d-threads %.0f msg/s\n", threads, messages / ours);
	printf("RESULT send-%d-threads-serialised %.0f msg/s\n", threads, messages / theirs);
	/* what the disk does not decide: CPU per message, every thread counted */
	printf("RESULT send-cpu %.0f us/msg\n", 1e6 * ours_cpu / messages);
	return 0;
}
