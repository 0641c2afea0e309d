/*
 * The worker threads: each takes a job, calls bb_inbound_process() (which
 * stores the message durably before it returns), and hands the job back to
 * the loop thread. Several at once let the store commit them together.
 */
#include "server/server.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include "connector.h"
#include "log.h"

void server_wake(bb_server *s, char why)
{
	ssize_t n;

	/* A full pipe already holds a wake-up; write() is async-signal-safe. */
	do
		n = write(s->wake[1], &why, 1);
	while (n < 0 && errno == EINTR);
}

void server_job_free(server_job *j)
{
	if (!j)
		return;
	free(j->cert_pem);
	free(j->content_type);
	free(j->body);
	free(j->peer);
	bb_inbound_response_free(&j->resp);
	free(j);
}

static server_job *take(job_queue *q)
{
	server_job *j;

	mutex_lock(&q->lock);
	while (!q->head && !q->quit)
		cond_wait(&q->cond, &q->lock);
	j = q->quit ? NULL : q->head;
	if (j) {
		q->head = j->next;
		if (!q->head)
			q->tail = NULL;
		j->next = NULL;
	}
	mutex_unlock(&q->lock);
	return j;
}

static void *worker_main(void *arg)
{
	bb_server *s = arg;
	server_job *j;

	while ((j = take(&s->todo))) {
		j->rc = bb_inbound_process(&j->resp, s->c, j->cert_pem, j->content_type, j->body,
					   j->len);
		mutex_lock(&s->done_lock);
		j->next = s->done;
		s->done = j;
		mutex_unlock(&s->done_lock);
		server_wake(s, 'j');
	}
	return NULL;
}

void server_job_submit(bb_server *s, server_job *j)
{
	if (s->inline_jobs) {
		/* the fuzz target: one thread, the answer at once */
		j->rc = bb_inbound_process(&j->resp, s->c, j->cert_pem, j->content_type, j->body,
					   j->len);
		mutex_lock(&s->done_lock);
		j->next = s->done;
		s->done = j;
		mutex_unlock(&s->done_lock);
		server_reply_done(s);
		return;
	}
	mutex_lock(&s->todo.lock);
	j->next = NULL;
	if (s->todo.tail)
		s->todo.tail->next = j;
	else
		s->todo.head = j;
	s->todo.tail = j;
	pthread_cond_signal(&s->todo.cond);
	mutex_unlock(&s->todo.lock);
}

int server_workers_start(bb_server *s)
{
	sigset_t all, old;
	int i;

	/* Signals stay with the application's threads, as sigwait() users expect. */
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, &old);
	s->todo.quit = 0;
	for (i = 0; i < SERVER_WORKERS; i++) {
		if (pthread_create(&s->workers[i], NULL, worker_main, s) != 0)
			break;
		s->nworkers++;
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (s->nworkers == 0)
		return connector_error(s->c, BB_ERROR, "cannot start the server's worker threads");
	return BB_OK;
}

/* Finish the jobs being processed; jobs not yet started are dropped (never answered). */
void server_workers_stop(bb_server *s)
{
	server_job *j;
	int i;

	mutex_lock(&s->todo.lock);
	s->todo.quit = 1;
	pthread_cond_broadcast(&s->todo.cond);
	mutex_unlock(&s->todo.lock);
	for (i = 0; i < s->nworkers; i++)
		pthread_join(s->workers[i], NULL);
	s->nworkers = 0;
	while ((j = s->todo.head)) {
		s->todo.head = j->next;
		server_job_free(j);
	}
	s->todo.tail = NULL;
	while ((j = s->done)) {
		s->done = j->next;
		server_job_free(j);
	}
}
