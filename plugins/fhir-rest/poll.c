/*
 * fhir-rest, the polling half: a receiver on a REST platform answers a
 * referral by updating our Task there (status, businessStatus, outputs).
 * Each poll asks for the Tasks of our practice(s) changed since the last
 * one, reads every version written since then, and hands each version a
 * receiver wrote to the host as a feedback message Bundle, exactly as the
 * core reads one (schemas/README.md "Feedback message").
 *
 * The cursor is the newest meta.lastUpdated handed over, kept in the
 * adapter state (the outbox database). It moves on after each message the
 * sink took, so a restart neither repeats nor loses one; only a crash
 * between the sink taking a message and the cursor being stored repeats
 * that message, with the same Bundle.id (ids are derived from the Task
 * version), so the HIS can recognise it.
 *
 * One poll:
 *   1. list: GET [base]/Task?identifier=<our PLAC systems>&_lastUpdated=gt<cursor>
 *      &_sort=_lastUpdated, following `next` links. Paging is by offset, so
 *      a Task updated while we page moves to the end and could push another
 *      past a page boundary; seeing a Task twice tells us that happened, and
 *      the listing starts over.
 *   2. versions: for a Task with more than one version, GET its _history
 *      and keep the versions after the cursor, up to the newest the listing
 *      showed (later ones belong to the next poll, so nothing written in
 *      between is skipped by the cursor).
 *   3. report in order of lastUpdated; skip what the GP side wrote itself
 *      (status requested: our own create).
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "rest.h"

#define CURSOR_KEY "task-cursor"
#define PAGE_SIZE "50"
#define MAX_PAGES 10000          /* a guard against a server whose next links loop */
#define MAX_LISTINGS 3           /* start over at most this often per poll */

typedef struct poll {
	rest r;
	char *systems;           /* identifier=... search value: our PLAC systems, escaped */
	char *agbs;              /* practice_agb, as configured */
	char *cursor;            /* newest lastUpdated handed over, or NULL */
	char *bound;             /* newest lastUpdated the listing showed, or NULL */
	bb_fhir *store;          /* a collection Bundle: the Task versions to look at */
	char **ids;              /* Task ids listed, with their current versionId */
	char **versions;
	size_t n, alloc;
} poll;

/* ---- instants ----------------------------------------------------------- */

/* Seconds since 1970 and nanoseconds of a FHIR instant; 0 when it is not one. */
static int instant_parse(const char *s, long long *secs, long *nanos)
{
	struct tm tm;
	int y, mo, d, h, mi, sec, n = 0, oh = 0, om = 0;
	long frac = 0, scale = 100000000;
	char sign;

	memset(&tm, 0, sizeof(tm));
	if (!s || sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &sec, &n) != 6)
		return 0;
	s += n;
	if (*s == '.')
		for (s++; isdigit((unsigned char)*s); s++, scale /= 10)
			frac += scale ? (*s - '0') * scale : 0;
	sign = *s;
	if (sign == 'Z' && s[1] == '\0')
		sign = '+';
	else if ((sign != '+' && sign != '-') || sscanf(s + 1, "%2d:%2d%n", &oh, &om, &n) != 2 ||
		 s[1 + n] != '\0')
		return 0;
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec;
	*secs = (long long)timegm(&tm) - (sign == '-' ? -1 : 1) * (oh * 3600LL + om * 60LL);
	*nanos = frac;
	return 1;
}

/* <0, 0, >0 as instant a is before, at, after b; text order if either is no instant. */
static int instant_cmp(const char *a, const char *b)
{
	long long sa, sb;
	long na, nb;

	if (!instant_parse(a, &sa, &na) || !instant_parse(b, &sb, &nb))
		return strcmp(a ? a : "", b ? b : "");
	if (sa != sb)
		return sa < sb ? -1 : 1;
	return na < nb ? -1 : na > nb;
}

static const char *last_updated(const bb_fhir *res)
{
	return bb_fhir_value(bb_fhir_get(res, "meta", 0), "lastUpdated", 0);
}

static const char *version_id(const bb_fhir *res)
{
	return bb_fhir_value(bb_fhir_get(res, "meta", 0), "versionId", 0);
}

/* ---- ids ---------------------------------------------------------------- */

/*
 * A UUID named by its parts (RFC 9562 version 8: FNV-1a over the parts),
 * so the same Task version always makes the same message ids.
 */
static void name_uuid(char out[37], const char *const parts[])
{
	uint64_t h[2] = { 0xcbf29ce484222325ULL, 0x6c62272e07bb0142ULL };
	unsigned char b[16];
	size_t i, k;
	const char *s;

	for (i = 0; parts[i]; i++)
		for (s = parts[i];; s++) {
			for (k = 0; k < 2; k++)
				h[k] = (h[k] ^ (unsigned char)(*s + k)) * 0x100000001b3ULL;
			if (!*s)
				break;
		}
	for (i = 0; i < 16; i++)
		b[i] = (unsigned char)(h[i / 8] >> (8 * (i % 8)));
	b[6] = (unsigned char)((b[6] & 0x0f) | 0x80);
	b[8] = (unsigned char)((b[8] & 0x3f) | 0x80);
	snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
		 b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12],
		 b[13], b[14], b[15]);
}

/* ---- settings and state --------------------------------------------- */

/* True when `agb` is one of practice_agb's codes. */
static int agb_listed(const poll *p, const char *agb, size_t len)
{
	const char *s = p->agbs;

	while (*s) {
		size_t n;
		s += strspn(s, ", \t");
		n = strcspn(s, ", \t");
		if (n && n == len && strncmp(s, agb, len) == 0)
			return 1;
		s += n;
	}
	return 0;
}

/* practice_agb -> "sysA|,sysB|" (escaped): the Tasks of those practices. */
static int read_practices(poll *p)
{
	const char *v = bb_host_setting(p->r.host, "practice_agb"), *s;
	bb_buf *q;
	int rc = BB_OK, count = 0;

	if (!v)
		return bb_host_error(p->r.host, BB_ECONFIG, 0, "practice_agb",
				     "is needed to poll feedback: the AGB code(s) of the practice(s) "
				     "whose Tasks are ours");
	if (!(q = bb_host_buf_new(p->r.host)))
		return BB_ENOMEM;
	for (s = v; *s;) {
		size_t n, i;
		s += strspn(s, ", \t");
		n = strcspn(s, ", \t");
		if (!n)
			break;
		for (i = 0; i < n && isdigit((unsigned char)s[i]); i++)
			;
		if (i != 8 || n != 8) {
			rc = bb_host_error(p->r.host, BB_ECONFIG, 0, "practice_agb",
					   "\"%.*s\" is not an AGB code (8 digits)", (int)n, s);
			goto fail;
		}
		if ((rc = bb_buf_printf(q, "%s%s%.*s%%7C", count++ ? "," : "",
					"urn:beweegbrug:id:referral:agb:", (int)n, s)) != BB_OK)
			goto fail;
		s += n;
	}
	if (!(p->systems = strdup((const char *)bb_host_buf_data(q, NULL))) ||
	    !(p->agbs = strdup(v)))
		rc = BB_ENOMEM;
fail:
	bb_host_buf_free(q);
	return rc;
}

static int load_cursor(poll *p)
{
	char *v = NULL;
	int rc = bb_host_state_get(&v, p->r.host, CURSOR_KEY);

	if (rc == BB_ENOTFOUND)
		return BB_OK;
	if (rc != BB_OK)
		goto fail;
	if (v && !(p->cursor = strdup(v)))
		rc = BB_ENOMEM;
fail:
	bb_free(v);
	return rc;
}

/* Move the cursor to `at` (never back), durably. */
static int save_cursor(poll *p, const char *at)
{
	char *copy;
	int rc;

	if (!at || (p->cursor && instant_cmp(at, p->cursor) <= 0))
		return BB_OK;
	if (!(copy = strdup(at)))
		return BB_ENOMEM;
	rc = bb_host_state_set(p->r.host, CURSOR_KEY, copy);
	if (rc != BB_OK) {
		free(copy);
		return rc;
	}
	free(p->cursor);
	p->cursor = copy;
	return BB_OK;
}

/* ---- HTTP -------------------------------------------------------------- */

/* A failed GET as the host's error: retry later, or refused. */
static int get_failed(const poll *p, const char *url, const char *field, long status,
		      const bb_fhir *answer, const char *why)
{
	const char *text = rest_outcome_text(answer);

	if (why)
		return bb_host_error(p->r.host, BB_EUNAVAILABLE, 0, field, "GET %s: %s", url, why);
	return bb_host_error(p->r.host, status == 429 || status >= 500 ? BB_EUNAVAILABLE : BB_EREFUSED,
			     0, field, "GET %s: HTTP %ld%s%s", url, status, text ? ": " : "",
			     text ? text : "");
}

/* GET a resource or Bundle; BB_OK with *out only on 200, *status set either way. */
static int get(const poll *p, const char *url, const char *field, long *status, bb_fhir **out)
{
	char why[BB_HOST_WHY_LEN];
	int rc = rest_call(&p->r, "GET", url, NULL, NULL, 0, status, out, why);

	if (rc == BB_EUNAVAILABLE)
		return get_failed(p, url, field, 0, NULL, why);
	if (rc != BB_OK)
		return rc;
	if (*status == 200 && *out)
		return BB_OK;
	if (*status == 200)
		return bb_host_error(p->r.host, BB_EINPUT, 0, field, "GET %s: the answer is not FHIR", url);
	rc = get_failed(p, url, field, *status, *out, NULL);
	bb_fhir_free(*out);
	*out = NULL;
	return rc;
}

/* The searchset's next link, only if it stays on the receiver (our certificate goes there). */
static const char *next_link(const poll *p, const bb_fhir *page)
{
	size_t i;

	for (i = 0; i < bb_fhir_count(page, "link"); i++) {
		const bb_fhir *l = bb_fhir_get(page, "link", i);
		const char *rel = bb_fhir_value(l, "relation", 0), *url = bb_fhir_value(l, "url", 0);
		if (rel && url && strcmp(rel, "next") == 0 && strncmp(url, p->r.base, p->r.base_len) == 0 &&
		    url[p->r.base_len] == '/')
			return url;
	}
	return NULL;
}

typedef int (*page_fn)(poll *p, const bb_fhir *page, void *arg);

/* GET `first` and every next page, calling `fn` on each. */
static int each_page(poll *p, const char *first, page_fn fn, void *arg)
{
	char *url = strdup(first);
	const char *next;
	bb_fhir *page = NULL;
	long status;
	int rc = BB_OK, pages = 0;

	if (!url)
		return BB_ENOMEM;
	while (url) {
		if (++pages > MAX_PAGES) {
			rc = bb_host_error(p->r.host, BB_EINPUT, 0, "endpoint",
					   "more than %d pages from %s: its next links loop", MAX_PAGES, first);
			goto fail;
		}
		if ((rc = get(p, url, "endpoint", &status, &page)) != BB_OK)
			goto fail;
		if (!rest_is(page, "Bundle")) {
			rc = bb_host_error(p->r.host, BB_EINPUT, 0, "endpoint",
					   "GET %s: answered %s, not a Bundle", url, bb_fhir_type(page));
			goto fail;
		}
		if ((rc = fn(p, page, arg)) != BB_OK)
			goto fail;
		next = next_link(p, page);
		free(url);
		url = next ? strdup(next) : NULL;
		if (next && !url) {
			rc = BB_ENOMEM;
			goto fail;
		}
		bb_fhir_free(page);
		page = NULL;
	}
fail:
	free(url);
	bb_fhir_free(page);
	return rc;
}

/* ---- 1. list the changed Tasks -------------------------------------- */

static int ours(const poll *p, const bb_fhir *task)
{
	size_t i, plen = strlen(SYS_REFERRAL_PREFIX);

	for (i = 0; i < bb_fhir_count(task, "identifier"); i++) {
		const char *sys = bb_fhir_value(bb_fhir_get(task, "identifier", i), "system", 0);
		if (sys && strncmp(sys, SYS_REFERRAL_PREFIX, plen) == 0 &&
		    agb_listed(p, sys + plen, strlen(sys + plen)))
			return 1;
	}
	return 0;
}

/* Keep a copy of a Task version for later. */
static int keep(poll *p, const bb_fhir *task)
{
	bb_fhir *e = bb_fhir_add(p->store, "entry");

	return e && bb_fhir_add_copy(e, "resource", task) ? BB_OK : BB_ENOMEM;
}

static int bound_at(poll *p, const char *lu)
{
	if (!lu || (p->bound && instant_cmp(lu, p->bound) <= 0))
		return BB_OK;
	free(p->bound);
	return (p->bound = strdup(lu)) ? BB_OK : BB_ENOMEM;
}

static void forget(poll *p)
{
	size_t i;

	for (i = 0; i < p->n; i++) {
		free(p->ids[i]);
		free(p->versions[i]);
	}
	p->n = 0;
	bb_fhir_free(p->store);
	p->store = NULL;
	free(p->bound);
	p->bound = NULL;
}

static int remember(poll *p, const char *id, const char *version)
{
	if (p->n == p->alloc) {
		size_t na = p->alloc ? p->alloc * 2 : 16;
		char **ids = realloc(p->ids, na * sizeof(*ids)), **vs;
		if (!ids)
			return BB_ENOMEM;
		p->ids = ids;
		if (!(vs = realloc(p->versions, na * sizeof(*vs))))
			return BB_ENOMEM;
		p->versions = vs;
		p->alloc = na;
	}
	p->ids[p->n] = strdup(id);
	p->versions[p->n] = strdup(version ? version : "");
	p->n++;
	return p->ids[p->n - 1] && p->versions[p->n - 1] ? BB_OK : BB_ENOMEM;
}

/* One page of the listing; *moved when a Task shows up twice. */
static int list_page(poll *p, const bb_fhir *page, void *moved)
{
	size_t i, k;
	int rc;

	for (i = 0; i < bb_fhir_count(page, "entry"); i++) {
		const bb_fhir *t = bb_fhir_get(bb_fhir_get(page, "entry", i), "resource", 0);
		const char *id = bb_fhir_value(t, "id", 0);
		if (!rest_is(t, "Task") || !id)
			continue;
		if ((rc = bound_at(p, last_updated(t))) != BB_OK)
			return rc;
		for (k = 0; k < p->n; k++)
			if (strcmp(p->ids[k], id) == 0)
				*(int *)moved = 1;
		if (!ours(p, t) || *(int *)moved)
			continue;
		if ((rc = remember(p, id, version_id(t))) != BB_OK || (rc = keep(p, t)) != BB_OK)
			return rc;
	}
	return BB_OK;
}

static int list_changed(poll *p)
{
	bb_buf *q = bb_host_buf_new(p->r.host);
	int rc, moved = 1, tries;

	if (!q)
		return BB_ENOMEM;
	if ((rc = bb_buf_printf(q, "%.*s/Task?identifier=%s&_sort=_lastUpdated&_count=" PAGE_SIZE,
				(int)p->r.base_len, p->r.base, p->systems)) != BB_OK)
		goto fail;
	if (p->cursor && ((rc = bb_buf_printf(q, "&_lastUpdated=gt")) != BB_OK ||
			  (rc = rest_escape(q, p->cursor)) != BB_OK))
		goto fail;
	for (tries = 0; moved && tries < MAX_LISTINGS; tries++) {
		forget(p);
		moved = 0;
		if (!(p->store = bb_fhir_new("Bundle"))) {
			rc = BB_ENOMEM;
			goto fail;
		}
		bb_fhir_set(p->store, "type", "collection");
		if ((rc = each_page(p, (const char *)bb_host_buf_data(q, NULL), list_page, &moved)) != BB_OK)
			goto fail;
	}
	if (moved)
		rc = bb_host_error(p->r.host, BB_EUNAVAILABLE, 0, "endpoint",
				   "the receiver's Tasks kept changing while they were listed; try again");
fail:
	bb_host_buf_free(q);
	return rc;
}

/* ---- 2. the versions in between ----------------------------------------- */

/* Keep the versions of one Task's history after the cursor, up to the bound. */
static int history_page(poll *p, const bb_fhir *page, void *current)
{
	size_t i;
	int rc;

	for (i = 0; i < bb_fhir_count(page, "entry"); i++) {
		const bb_fhir *t = bb_fhir_get(bb_fhir_get(page, "entry", i), "resource", 0);
		const char *lu = last_updated(t), *v = version_id(t);
		if (!rest_is(t, "Task") || !lu || !v || strcmp(v, (const char *)current) == 0)
			continue;
		if ((p->cursor && instant_cmp(lu, p->cursor) <= 0) || instant_cmp(lu, p->bound) > 0)
			continue;
		if ((rc = keep(p, t)) != BB_OK)
			return rc;
	}
	return BB_OK;
}

static int read_histories(poll *p)
{
	size_t i;
	int rc;

	for (i = 0; i < p->n; i++) {
		char path[256];
		char *url;
		/* the first version is the current one, which the listing gave */
		if (strcmp(p->versions[i], "1") == 0)
			continue;
		snprintf(path, sizeof(path), "Task/%s/_history", p->ids[i]);
		if (!(url = rest_url(&p->r, path)))
			return BB_ENOMEM;
		rc = each_page(p, url, history_page, p->versions[i]);
		free(url);
		if (rc != BB_OK)
			return rc;
	}
	return BB_OK;
}

/* ---- 3. feedback messages ---------------------------------------------- */

static const bb_fhir *plac(const poll *p, const bb_fhir *task)
{
	size_t i, plen = strlen(SYS_REFERRAL_PREFIX);

	for (i = 0; i < bb_fhir_count(task, "identifier"); i++) {
		const bb_fhir *id = bb_fhir_get(task, "identifier", i);
		const char *sys = bb_fhir_value(id, "system", 0);
		if (sys && strncmp(sys, SYS_REFERRAL_PREFIX, plen) == 0 &&
		    agb_listed(p, sys + plen, strlen(sys + plen)))
			return id;
	}
	return NULL;
}

/* Copy choice element `base`[x] ("value", "effective") of `src` under its typed name. */
static void copy_choice(bb_fhir *dst, const bb_fhir *src, const char *base)
{
	const bb_fhir *v = bb_fhir_get(src, base, 0);
	const char *type = bb_fhir_type(v);
	char name[64];

	if (!v || !type)
		return;
	snprintf(name, sizeof(name), "%s%c%s", base, toupper((unsigned char)type[0]), type + 1);
	bb_fhir_add_copy(dst, name, v);
}

static void copy_all(bb_fhir *dst, const bb_fhir *src, const char *name)
{
	size_t i;

	for (i = 0; i < bb_fhir_count(src, name); i++)
		bb_fhir_add_copy(dst, name, bb_fhir_get(src, name, i));
}

/* Identifiers without their assigner: a reference into the receiver's store. */
static void copy_identifiers(bb_fhir *dst, const bb_fhir *src)
{
	size_t i;

	for (i = 0; i < bb_fhir_count(src, "identifier"); i++) {
		const bb_fhir *id = bb_fhir_get(src, "identifier", i);
		bb_fhir *c = bb_fhir_add(dst, "identifier");
		bb_fhir_set(c, "use", bb_fhir_value(id, "use", 0));
		bb_fhir_add_copy(c, "type", bb_fhir_get(id, "type", 0));
		bb_fhir_set(c, "system", bb_fhir_value(id, "system", 0));
		bb_fhir_set(c, "value", bb_fhir_value(id, "value", 0));
		bb_fhir_add_copy(c, "period", bb_fhir_get(id, "period", 0));
	}
}

/*
 * The outcome Observation a Task.output points at, fetched from the
 * receiver. BB_OK with *out NULL when it is gone or not on the receiver
 * (the output is then left out, with a warning).
 */
static int fetch_observation(const poll *p, const bb_fhir *ref, const char *field, bb_fhir **out)
{
	const char *s = bb_fhir_value(ref, "reference", 0);
	char *url = NULL;
	long status = 0;
	int rc;

	*out = NULL;
	if (s && strncmp(s, "Observation/", 12) == 0)
		url = rest_url(&p->r, s);
	else if (s && strncmp(s, p->r.base, p->r.base_len) == 0 &&
		 strncmp(s + p->r.base_len, "/Observation/", 13) == 0)
		url = strdup(s);
	else {
		bb_host_log(p->r.host, BB_LOG_WARN, "%s: \"%s\" is not an Observation on %s; left out",
			    field, s ? s : "", p->r.base);
		return BB_OK;
	}
	if (!url)
		return BB_ENOMEM;
	if ((rc = get(p, url, field, &status, out)) != BB_OK) {
		if (status == 404 || status == 410) {
			bb_host_log(p->r.host, BB_LOG_WARN, "%s: %s is gone (HTTP %ld); left out", field,
				    url, status);
			rc = BB_OK;
		}
	} else if (!rest_is(*out, "Observation")) {
		bb_host_log(p->r.host, BB_LOG_WARN, "%s: %s is a %s, not an Observation; left out",
			    field, url, bb_fhir_type(*out));
		bb_fhir_free(*out);
		*out = NULL;
	}
	free(url);
	return rc;
}

/* The parts of an Observation the core reads, as a new entry of the message. */
static void add_observation(const poll *p, bb_fhir *msg, const bb_fhir *task_for,
			    const bb_fhir *obs, char urn[46])
{
	const char *parts[] = { "observation", p->r.base, bb_fhir_value(obs, "id", 0),
				version_id(obs) ? version_id(obs) : "", NULL };
	char uuid[37];
	bb_fhir *e, *o;

	name_uuid(uuid, parts);
	snprintf(urn, 46, "urn:uuid:%s", uuid);
	e = bb_fhir_add(msg, "entry");
	bb_fhir_set(e, "fullUrl", urn);
	o = bb_fhir_add_resource(e, "resource", "Observation");
	bb_fhir_set(o, "id", bb_fhir_value(obs, "id", 0));
	bb_fhir_set(o, "status", bb_fhir_value(obs, "status", 0));
	copy_all(o, obs, "category");
	bb_fhir_add_copy(o, "code", bb_fhir_get(obs, "code", 0));
	bb_fhir_add_copy(o, "subject", bb_fhir_get(task_for, "for", 0));
	copy_choice(o, obs, "effective");
	copy_choice(o, obs, "value");
	copy_all(o, obs, "component");
}

/* Task.output: a value as it is; a reference to an Observation as a message entry. */
static int add_outputs(const poll *p, bb_fhir *msg, bb_fhir *task, const bb_fhir *t)
{
	size_t i;
	bb_fhir *obs = NULL;
	int rc = BB_OK;

	for (i = 0; i < bb_fhir_count(t, "output"); i++) {
		const bb_fhir *out = bb_fhir_get(t, "output", i);
		const bb_fhir *ref = bb_fhir_get(out, "valueReference", 0);
		bb_fhir *o;
		char field[64], urn[46];

		if (!ref) {
			bb_fhir_add_copy(task, "output", out);
			continue;
		}
		snprintf(field, sizeof(field), "Task.output[%zu].valueReference", i);
		if ((rc = fetch_observation(p, ref, field, &obs)) != BB_OK)
			goto fail;
		if (obs) {
			add_observation(p, msg, task, obs, urn);
			o = bb_fhir_add(task, "output");
			bb_fhir_add_copy(o, "type", bb_fhir_get(out, "type", 0));
			bb_fhir_set(bb_fhir_add(o, "valueReference"), "reference", urn);
		}
		bb_fhir_free(obs);
		obs = NULL;
	}
fail:
	bb_fhir_free(obs);
	return rc;
}

/* parent.name = a Reference by identifier to a resource of `type`. */
static void ref_identifier(bb_fhir *parent, const char *name, const char *type,
			   const char *system, const char *value)
{
	bb_fhir *r = bb_fhir_add(parent, name), *id;

	bb_fhir_set(r, "type", type);
	id = bb_fhir_add(r, "identifier");
	bb_fhir_set(id, "system", system);
	bb_fhir_set(id, "value", value);
}

/*
 * The Task as the feedback message carries it: what the core reads, and
 * nothing that points into the receiver's store. The parties a feedback
 * message names (schemas/README.md) are the referral's own: the patient of
 * this referral by its referral-patient identifier, the practice as
 * requester (`practice_urn`) and the platform's Organization as owner.
 */
static int add_task(const poll *p, bb_fhir *msg, bb_fhir *task, const bb_fhir *t,
		    const char *practice_urn, const char *owner_urn)
{
	const bb_fhir *id = plac(p, t);
	const char *modified = bb_fhir_value(t, "lastModified", 0);
	const char *agb = bb_fhir_value(id, "system", 0) + strlen(SYS_REFERRAL_PREFIX);
	char patient_system[96];
	bb_fhir *focus;

	bb_fhir_set(task, "id", bb_fhir_value(t, "id", 0));
	copy_identifiers(task, t);
	bb_fhir_set(task, "status", bb_fhir_value(t, "status", 0));
	bb_fhir_add_copy(task, "statusReason", bb_fhir_get(t, "statusReason", 0));
	bb_fhir_add_copy(task, "businessStatus", bb_fhir_get(t, "businessStatus", 0));
	bb_fhir_set(task, "intent", bb_fhir_value(t, "intent", 0));
	bb_fhir_add_copy(task, "code", bb_fhir_get(t, "code", 0));
	/* the referral's ServiceRequest, by the identifier the GP side knows */
	focus = bb_fhir_add(task, "focus");
	bb_fhir_set(focus, "type", "ServiceRequest");
	focus = bb_fhir_add(focus, "identifier");
	bb_fhir_set(focus, "system", bb_fhir_value(id, "system", 0));
	bb_fhir_set(focus, "value", bb_fhir_value(id, "value", 0));
	ref_identifier(task, "basedOn", "ServiceRequest", bb_fhir_value(id, "system", 0),
		       bb_fhir_value(id, "value", 0));
	snprintf(patient_system, sizeof(patient_system), SYS_REFERRAL_PATIENT_PREFIX "%s", agb);
	ref_identifier(task, "for", "Patient", patient_system, bb_fhir_value(id, "value", 0));
	bb_fhir_set(task, "authoredOn", bb_fhir_value(t, "authoredOn", 0));
	bb_fhir_set(task, "lastModified", modified ? modified : last_updated(t));
	bb_fhir_set(bb_fhir_add(task, "requester"), "reference", practice_urn);
	bb_fhir_set(bb_fhir_add(task, "owner"), "reference", owner_urn);
	copy_all(task, t, "note");
	return add_outputs(p, msg, task, t);
}

static int feedback_message(const poll *p, const bb_fhir *t, bb_fhir **out)
{
	const char *tid = bb_fhir_value(t, "id", 0), *ver = version_id(t);
	const char *agb = bb_fhir_value(plac(p, t), "system", 0) + strlen(SYS_REFERRAL_PREFIX);
	const char *bp[] = { "bundle", p->r.base, tid, ver, NULL };
	const char *hp[] = { "header", p->r.base, tid, ver, NULL };
	const char *tp[] = { "task", p->r.base, tid, ver, NULL };
	char bid[37], hid[37], tid_urn[46], h_urn[46], uuid[37], dest[64];
	char practice_urn[46], owner_urn[46];
	const char *owner = bb_fhir_value(bb_fhir_get(t, "owner", 0), "display", 0);
	bb_fhir *msg = bb_fhir_new("Bundle"), *e, *h, *task, *c;
	int rc;

	name_uuid(bid, bp);
	name_uuid(uuid, hp);
	snprintf(h_urn, sizeof(h_urn), "urn:uuid:%s", uuid);
	name_uuid(uuid, tp);
	snprintf(tid_urn, sizeof(tid_urn), "urn:uuid:%s", uuid);
	name_uuid(hid, (const char *const[]){ "header-id", p->r.base, tid, ver, NULL });
	name_uuid(uuid, (const char *const[]){ "practice", p->r.base, tid, ver, NULL });
	snprintf(practice_urn, sizeof(practice_urn), "urn:uuid:%s", uuid);
	name_uuid(uuid, (const char *const[]){ "owner", p->r.base, tid, ver, NULL });
	snprintf(owner_urn, sizeof(owner_urn), "urn:uuid:%s", uuid);
	snprintf(dest, sizeof(dest), "urn:beweegbrug:sender:agb:%s", agb);

	bb_fhir_set(msg, "id", bid);
	c = bb_fhir_add(msg, "identifier");
	bb_fhir_set(c, "system", SYS_MESSAGE_ID);
	bb_fhir_set(c, "value", bid);
	bb_fhir_set(msg, "type", "message");
	bb_fhir_set(msg, "timestamp", last_updated(t));

	e = bb_fhir_add(msg, "entry");
	bb_fhir_set(e, "fullUrl", h_urn);
	h = bb_fhir_add_resource(e, "resource", "MessageHeader");
	bb_fhir_set(h, "id", hid);
	c = bb_fhir_add(h, "eventCoding");
	bb_fhir_set(c, "system", "http://terminology.hl7.org/CodeSystem/v2-0003");
	bb_fhir_set(c, "code", "I12");
	bb_fhir_set(c, "display", "REF/RRI - Patient referral");
	c = bb_fhir_add(h, "destination");
	bb_fhir_set(c, "endpoint", dest);
	bb_fhir_set(bb_fhir_add(c, "receiver"), "reference", practice_urn);
	bb_fhir_set(bb_fhir_add(h, "sender"), "reference", owner_urn);
	c = bb_fhir_add(h, "source");
	bb_fhir_set(c, "name", owner);
	bb_fhir_set(c, "endpoint", p->r.base);
	bb_fhir_set(bb_fhir_add(h, "focus"), "reference", tid_urn);

	e = bb_fhir_add(msg, "entry");
	bb_fhir_set(e, "fullUrl", tid_urn);
	task = bb_fhir_add_resource(e, "resource", "Task");
	rc = msg ? add_task(p, msg, task, t, practice_urn, owner_urn) : BB_ENOMEM;
	/* the practice asked; the platform (this destination) answers */
	e = bb_fhir_add(msg, "entry");
	bb_fhir_set(e, "fullUrl", practice_urn);
	c = bb_fhir_add_resource(e, "resource", "Organization");
	c = bb_fhir_add(c, "identifier");
	bb_fhir_set(c, "system", SYS_AGB);
	bb_fhir_set(c, "value", agb);
	e = bb_fhir_add(msg, "entry");
	bb_fhir_set(e, "fullUrl", owner_urn);
	c = bb_fhir_add_resource(e, "resource", "Organization");
	if (owner)
		bb_fhir_set(c, "name", owner);
	c = bb_fhir_add(c, "identifier");
	bb_fhir_set(c, "system", SYS_RECEIVER_ID);
	bb_fhir_set(c, "value", bb_host_destination(p->r.host));
	if (rc != BB_OK) {
		bb_fhir_free(msg);
		msg = NULL;
	}
	*out = msg;
	return rc;
}

/* Order of report: lastUpdated, then versionId. */
static int by_time(const void *a, const void *b)
{
	const bb_fhir *x = *(const bb_fhir *const *)a, *y = *(const bb_fhir *const *)b;
	int c = instant_cmp(last_updated(x), last_updated(y));

	if (c)
		return c;
	return (int)(strtol(version_id(x), NULL, 10) - strtol(version_id(y), NULL, 10));
}

/* Hand one Task version over. *taken is 0 when the sink refused it. */
static int hand_over(poll *p, bb_feedback_sink *sink, const bb_fhir *t, int *taken)
{
	bb_fhir *msg = NULL;
	bb_buf *out = NULL;
	const unsigned char *data;
	size_t len;
	int rc;

	*taken = 0;
	if ((rc = feedback_message(p, t, &msg)) != BB_OK)
		goto fail;
	if (!(out = bb_host_buf_new(p->r.host))) {
		rc = BB_ENOMEM;
		goto fail;
	}
	if ((rc = bb_host_fhir_write(out, p->r.host, msg,
				     p->r.xml ? BB_FORMAT_XML : BB_FORMAT_JSON)) != BB_OK)
		goto fail;
	data = bb_host_buf_data(out, &len);
	*taken = bb_feedback_sink_push(sink, p->r.xml ? CT_XML : CT_JSON, data, len) == 0;
fail:
	bb_host_buf_free(out);
	bb_fhir_free(msg);
	return rc;
}

static int report(poll *p, bb_feedback_sink *sink)
{
	size_t i, n = bb_fhir_count(p->store, "entry"), k = 0;
	const bb_fhir **list = n ? calloc(n, sizeof(*list)) : NULL;
	int rc = BB_OK, taken = 1;

	if (n && !list)
		return BB_ENOMEM;
	for (i = 0; i < n; i++) {
		const bb_fhir *t = bb_fhir_get(bb_fhir_get(p->store, "entry", i), "resource", 0);
		const char *status = bb_fhir_value(t, "status", 0);
		/* requested is what the GP side writes; a receiver never reports it */
		if (status && strcmp(status, "requested") != 0 && version_id(t) && last_updated(t) &&
		    plac(p, t))
			list[k++] = t;
	}
	if (k > 1)	/* qsort must never get NULL, not even for 0 items (UBSan) */
		qsort(list, k, sizeof(*list), by_time);
	for (i = 0; taken && i < k; i++) {
		if ((rc = hand_over(p, sink, list[i], &taken)) != BB_OK)
			goto fail;
		if (taken && (rc = save_cursor(p, last_updated(list[i]))) != BB_OK)
			goto fail;
	}
	/* Everything up to the bound has been seen; what was skipped stays skipped. */
	if (taken)
		rc = save_cursor(p, p->bound);
fail:
	free(list);
	return rc;
}

int rest_fetch_feedback(void *state, const bb_host *host, bb_feedback_sink *sink)
{
	poll p;
	int rc;
	(void)state;

	memset(&p, 0, sizeof(p));
	if ((rc = rest_init(&p.r, host)) != BB_OK)
		goto fail;
	if ((rc = read_practices(&p)) != BB_OK)
		goto fail;
	if ((rc = load_cursor(&p)) != BB_OK)
		goto fail;
	if ((rc = list_changed(&p)) != BB_OK)
		goto fail;
	if ((rc = read_histories(&p)) != BB_OK)
		goto fail;
	rc = report(&p, sink);
fail:
	forget(&p);
	free(p.ids);
	free(p.versions);
	free(p.systems);
	free(p.agbs);
	free(p.cursor);
	return rc;
}
