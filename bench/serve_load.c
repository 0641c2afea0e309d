/*
 * Load check for `beweegbrug serve` (not a timed test): C clients, each a
 * thread with its own kept HTTPS connection and client certificate, send N
 * referral messages in total (distinct Bundle and MessageHeader ids made
 * from one template), then the inbox is read through the public API and
 * every message must be there exactly once. Prints the rate and the
 * latency percentiles. bench/serve-load sets up the server and runs this.
 *
 *   serve_load --url URL [--config FILE] --cert F --key F --cacert F
 *              --template MESSAGE.json [-n 5000] [-c 20] [--name NAME]
 *
 * Without --config the inbox is not checked (another server: the peer).
 * With --name the figures are also printed as RESULT lines for bench/run:
 * serve-NAME (messages/s), serve-NAME-p50, serve-NAME-p99 (ms) and, with
 * the inbox checked, serve-NAME-lost and serve-NAME-twice.
 */
#include <getopt.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

#include "beweegbrug.h"

#define MAX_TRIES 10

typedef struct load {
	const char *url, *cert, *key, *cacert, *config, *name;
	char *tmpl;
	size_t tmpl_len;
	char bundle_id[40], header_id[40];  /* as in the template */
	unsigned tag;                       /* this run's id prefix */
	int n, clients;
	atomic_int next;
	atomic_int ok, failed, retries;
	double *latency_ms;                 /* per message */
} load;

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static void message_ids(const load *l, int i, char bundle[40], char header[40])
{
	/* Same length as the template's UUIDs, so the message keeps its size. */
	snprintf(bundle, 40, "%08x-0000-4000-8000-%012d", l->tag, i);
	snprintf(header, 40, "%08x-0000-4000-9000-%012d", l->tag, i);
}

/* Every occurrence of `from` in `s` becomes `to` (same length). */
static void replace_all(char *s, const char *from, const char *to)
{
	size_t n = strlen(from);
	char *p = s;

	while ((p = strstr(p, from))) {
		memcpy(p, to, n);
		p += n;
	}
}

static size_t discard(char *ptr, size_t size, size_t n, void *arg)
{
	(void)ptr; (void)arg;
	return size * n;
}

static int send_one(load *l, CURL *h, char *body, long *status)
{
	CURLcode rc;

	curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, (long)l->tmpl_len);
	rc = curl_easy_perform(h);
	*status = 0;
	if (rc == CURLE_OK)
		curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, status);
	return rc == CURLE_OK && *status == 200;
}

static CURL *client_handle(const load *l, struct curl_slist *headers)
{
	CURL *h = curl_easy_init();

	if (!h)
		return NULL;
	curl_easy_setopt(h, CURLOPT_URL, l->url);
	curl_easy_setopt(h, CURLOPT_SSLCERT, l->cert);
	curl_easy_setopt(h, CURLOPT_SSLKEY, l->key);
	curl_easy_setopt(h, CURLOPT_CAINFO, l->cacert);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, discard);
	curl_easy_setopt(h, CURLOPT_TIMEOUT, 60L);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	return h;
}

static void *client(void *arg)
{
	load *l = arg;
	struct curl_slist *headers = curl_slist_append(NULL, "Content-Type: application/fhir+json");
	CURL *h = client_handle(l, headers);
	char *body = malloc(l->tmpl_len + 1);
	char bundle[40], header[40];
	long status;
	int i, tries;

	while (h && body && (i = atomic_fetch_add(&l->next, 1)) < l->n) {
		double t0 = now_ms();

		memcpy(body, l->tmpl, l->tmpl_len + 1);
		message_ids(l, i, bundle, header);
		replace_all(body, l->bundle_id, bundle);
		replace_all(body, l->header_id, header);
		/* What a real sender does: an unanswered message is sent again. */
		for (tries = 1; !send_one(l, h, body, &status) && tries < MAX_TRIES; tries++) {
			atomic_fetch_add(&l->retries, 1);
			usleep(100000);
		}
		l->latency_ms[i] = now_ms() - t0;
		if (tries < MAX_TRIES || status == 200)
			atomic_fetch_add(&l->ok, 1);
		else
			atomic_fetch_add(&l->failed, 1);
	}
	curl_easy_cleanup(h);
	curl_slist_free_all(headers);
	free(body);
	return NULL;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

typedef struct tally {
	const load *l;
	unsigned char *seen;     /* per message: times found */
	int foreign;
} tally;

static int count_entry(const bb_inbox_entry *e, void *payload)
{
	tally *t = payload;
	char prefix[16];
	int i;

	snprintf(prefix, sizeof prefix, "%08x-", t->l->tag);
	if (!e->message_id || strncmp(e->message_id, prefix, 9) != 0)
		return 0;
	/* Either the Bundle id or the MessageHeader id may be the inbox's key. */
	i = atoi(e->message_id + 24);
	if (i >= 0 && i < t->l->n && t->seen[i] < 255)
		t->seen[i]++;
	else
		t->foreign++;
	return 0;
}

static int check_inbox(const load *l, int *missing, int *twice)
{
	bb_options opts = BB_OPTIONS_INIT;
	bb_connector *c = NULL;
	tally t = { l, calloc((size_t)l->n, 1), 0 };
	int i, rc;

	*missing = *twice = 0;
	rc = t.seen ? bb_connector_new(&c, &opts) : BB_ENOMEM;
	if (rc == BB_OK)
		rc = bb_connector_load_config(c, l->config);
	if (rc == BB_OK)
		rc = bb_inbox_list(c, count_entry, &t);
	if (rc != BB_OK)
		fprintf(stderr, "serve_load: inbox: %s\n", c ? bb_error_last(c)->message : "no memory");
	for (i = 0; rc == BB_OK && i < l->n; i++) {
		*missing += t.seen[i] == 0;
		*twice += t.seen[i] > 1;
	}
	bb_connector_free(c);
	free(t.seen);
	return rc;
}

/* The template's Bundle.id and MessageHeader.id (the first entry's resource). */
static int template_ids(load *l)
{
	const char *p = strstr(l->tmpl, "\"id\"");
	const char *mh = strstr(l->tmpl, "\"MessageHeader\"");
	const char *q;

	/* A space in a scanf format matches any white space, or none. */
	if (!p || sscanf(p, "\"id\" : \"%36[0-9a-f-]\"", l->bundle_id) != 1)
		return -1;
	if (!mh || !(q = strstr(mh, "\"id\"")) ||
	    sscanf(q, "\"id\" : \"%36[0-9a-f-]\"", l->header_id) != 1)
		return -1;
	return strlen(l->bundle_id) == 36 && strlen(l->header_id) == 36 ? 0 : -1;
}

static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long n;

	if (f && fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) > 0 && fseek(f, 0, SEEK_SET) == 0 &&
	    (buf = malloc((size_t)n + 1)) && fread(buf, 1, (size_t)n, f) == (size_t)n) {
		buf[n] = '\0';
		*len = (size_t)n;
	} else {
		free(buf);
		buf = NULL;
	}
	if (f)
		fclose(f);
	return buf;
}

static int parse_args(load *l, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "url", required_argument, NULL, 'u' }, { "config", required_argument, NULL, 'f' },
		{ "cert", required_argument, NULL, 'C' }, { "key", required_argument, NULL, 'K' },
		{ "cacert", required_argument, NULL, 'A' }, { "template", required_argument, NULL, 't' },
		{ "name", required_argument, NULL, 'N' }, { NULL, 0, NULL, 0 }
	};
	const char *tmpl = NULL;
	int o;

	l->n = 5000;
	l->clients = 20;
	while ((o = getopt_long(argc, argv, "n:c:", opts, NULL)) != -1) {
		switch (o) {
		case 'u': l->url = optarg; break;
		case 'f': l->config = optarg; break;
		case 'C': l->cert = optarg; break;
		case 'K': l->key = optarg; break;
		case 'A': l->cacert = optarg; break;
		case 't': tmpl = optarg; break;
		case 'n': l->n = atoi(optarg); break;
		case 'c': l->clients = atoi(optarg); break;
		case 'N': l->name = optarg; break;
		default: return -1;
		}
	}
	if (!l->url || !l->cert || !l->key || !l->cacert || !tmpl || l->n < 1 ||
	    l->clients < 1 || l->clients > 256)
		return -1;
	l->tmpl = read_all(tmpl, &l->tmpl_len);
	if (!l->tmpl || template_ids(l) != 0) {
		fprintf(stderr, "serve_load: %s: cannot find the Bundle and MessageHeader ids\n", tmpl);
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	load l;
	pthread_t th[256];
	double t0, secs;
	int i, missing = 0, twice = 0, rc;

	memset(&l, 0, sizeof l);
	if (parse_args(&l, argc, argv) != 0) {
		fprintf(stderr, "usage: serve_load --url URL [--config FILE] --cert F --key F --cacert F "
				"--template MESSAGE.json [-n 5000] [-c 20] [--name NAME]\n");
		return 64;
	}
	srand((unsigned)time(NULL) ^ (unsigned)getpid());
	l.tag = ((unsigned)rand() << 8) ^ (unsigned)rand();
	l.latency_ms = calloc((size_t)l.n, sizeof *l.latency_ms);
	curl_global_init(CURL_GLOBAL_DEFAULT);
	t0 = now_ms();
	for (i = 0; i < l.clients; i++)
		pthread_create(&th[i], NULL, client, &l);
	for (i = 0; i < l.clients; i++)
		pthread_join(th[i], NULL);
	secs = (now_ms() - t0) / 1e3;
	qsort(l.latency_ms, (size_t)l.n, sizeof *l.latency_ms, cmp_double);
	printf("%d messages from %d clients in %.1f s: %.0f messages/s\n", l.n, l.clients, secs,
	       l.n / secs);
	printf("latency (ms, including retries): p50 %.1f, p90 %.1f, p99 %.1f, max %.1f\n",
	       l.latency_ms[l.n / 2], l.latency_ms[l.n * 9 / 10], l.latency_ms[l.n * 99 / 100],
	       l.latency_ms[l.n - 1]);
	printf("answered 200: %d, failed: %d, re-sent: %d\n", atomic_load(&l.ok),
	       atomic_load(&l.failed), atomic_load(&l.retries));
	rc = l.config ? check_inbox(&l, &missing, &twice) : BB_OK;
	if (rc == BB_OK && l.config)
		printf("inbox: %d stored, %d missing, %d stored more than once\n",
		       l.n - missing, missing, twice);
	if (l.name) {
		printf("RESULT serve-%s %.0f msg/s\n", l.name, l.n / secs);
		printf("RESULT serve-%s-p50 %.2f ms\nRESULT serve-%s-p99 %.2f ms\n", l.name,
		       l.latency_ms[l.n / 2], l.name, l.latency_ms[l.n * 99 / 100]);
		if (l.config && rc == BB_OK)
			printf("RESULT serve-%s-lost %d messages\nRESULT serve-%s-twice %d messages\n",
			       l.name, missing, l.name, twice);
	}
	curl_global_cleanup();
	free(l.latency_ms);
	free(l.tmpl);
	return rc == BB_OK && missing == 0 && twice == 0 && atomic_load(&l.failed) == 0 ? 0 : 1;
}
