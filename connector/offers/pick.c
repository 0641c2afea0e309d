/*
 * The configured beweegkaart as bb_refer sees it. The connector keeps one
 * catalogue, loaded on first use and refreshed when older than a few
 * minutes (a URL answers 304 when unchanged). Callers get a copy of the
 * offer, never a pointer into a catalogue another thread may replace.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "config.h"
#include "connector.h"
#include "util/mutex.h"
#include "offers/pick.h"
#include "offers_priv.h"
#include "util/strutil.h"

#define REFRESH_SECONDS 300
#define REFRESH_RETRY_SECONDS 60

void offer_pick_free(offer_pick *p)
{
	if (!p)
		return;
	free(p->id);
	free(p->name);
	free(p->kind);
	free(p->organization);
	free(p->destination_id);
	free(p->contact);
	memset(p, 0, sizeof(*p));
}

static char *dup_or_null(const char *s)
{
	return s ? str_dup(s) : NULL;
}

/* One loaded catalogue, shared by the threads reading it; never changed once loaded. */
typedef struct offers_ref {
	bb_offers *offers;
	unsigned refs;          /* the cache's own while it is current, and one per reader */
} offers_ref;

/*
 * The connector's beweegkaart. A load (a file read, or a URL fetched over
 * the network) runs without the lock: it builds a new catalogue and swaps
 * it in. A reader takes the lock only to hold the current catalogue (a
 * reference), so nobody waits behind a slow publisher but the one caller
 * that loads, and callers that find no catalogue yet. The lock is a leaf:
 * nothing else is taken while it is held.
 */
struct offers_cache {
	mutex lock;             /* guards everything below and each offers_ref's refs */
	pthread_cond_t loaded;  /* a load ended */
	offers_ref *current;    /* NULL until a load succeeds */
	time_t checked;         /* when `current` was last loaded or found unchanged */
	int loading;            /* a thread is loading; the others read `current` meanwhile */
	int tried;              /* a load was tried (bb_connector_reload loads again) */
};

int offers_cache_new(offers_cache **out)
{
	offers_cache *oc = calloc(1, sizeof(*oc));

	*out = NULL;
	if (!oc)
		return BB_ENOMEM;
	if (mutex_init(&oc->lock, LOCK_RANK_LEAF, "the beweegkaart's lock (offers/pick.c)") != 0) {
		free(oc);
		return BB_ERROR;
	}
	if (pthread_cond_init(&oc->loaded, NULL) != 0) {
		mutex_destroy(&oc->lock);
		free(oc);
		return BB_ERROR;
	}
	*out = oc;
	return BB_OK;
}

void offers_cache_free(offers_cache *oc)
{
	if (!oc)
		return;
	if (oc->current) {
		bb_offers_free(oc->current->offers);
		free(oc->current);
	}
	pthread_cond_destroy(&oc->loaded);
	mutex_destroy(&oc->lock);
	free(oc);
}

/* Let go of a catalogue held by hold() or by the cache; the last one frees it. */
static void let_go(offers_cache *oc, offers_ref *r)
{
	unsigned left;

	if (!r)
		return;
	mutex_lock(&oc->lock);
	left = --r->refs;
	mutex_unlock(&oc->lock);
	if (!left) {
		bb_offers_free(r->offers);
		free(r);
	}
}

/* With the lock held: one more reader of `r`. */
static offers_ref *hold(offers_ref *r)
{
	if (r)
		r->refs++;
	return r;
}

/*
 * Without the lock: `where` read into a new catalogue. A URL is asked
 * with the ETag of `now` (the catalogue in use, or NULL), so an unchanged
 * one costs a 304: then *fresh is NULL and BB_OK returned. Problems are
 * the calling thread's error (bb_offers_load).
 */
static int load_new(offers_ref **fresh, bb_connector *c, const char *where, const offers_ref *now)
{
	bb_offers *o = NULL;
	int rc;

	*fresh = NULL;
	if ((rc = bb_offers_new(&o, c)) != BB_OK)
		return rc;
	if (now && now->offers->etag && now->offers->source &&
	    strcmp(now->offers->source, where) == 0) {
		o->source = str_dup(now->offers->source);
		o->etag = str_dup(now->offers->etag);
		if (!o->source || !o->etag) {
			rc = BB_ENOMEM;
			goto drop;
		}
	}
	if ((rc = bb_offers_load(o, where)) != BB_OK)
		goto drop;
	if (!o->cat) {
		/* unchanged (304): BB_OK and nothing fresh, unless there was nothing before */
		if (!now)
			rc = connector_error(c, BB_EIO, "%s: answered 304 (not modified) to a first request",
					     where);
		goto drop;
	}
	if (!(*fresh = calloc(1, sizeof(**fresh)))) {
		rc = BB_ENOMEM;
		goto drop;
	}
	(*fresh)->offers = o;
	(*fresh)->refs = 1;       /* the cache's */
	return BB_OK;
drop:
	bb_offers_free(o);
	return rc;
}

/*
 * The configured catalogue, held for the caller (give it back with
 * let_go): loaded on first use and read again when older than
 * REFRESH_SECONDS, or now when `reload` says so. A failed refresh keeps
 * the catalogue we have, only no catalogue at all fails. While one thread
 * loads, the others read the catalogue in use, or wait when there is
 * none yet. `reload`: BB_OK and *out NULL when nothing was loaded before.
 */
static int current_catalogue(offers_ref **out, bb_connector *c, const char *where, int reload,
			     diag_list *d)
{
	offers_cache *oc = c->offers;
	offers_ref *now, *fresh = NULL, *old = NULL;
	time_t t;
	int rc;

	*out = NULL;
	mutex_lock(&oc->lock);
	if (reload && !oc->tried) {
		mutex_unlock(&oc->lock);
		return BB_OK;
	}
	for (;;) {
		t = time(NULL);
		if (!reload && oc->current && (oc->loading || t - oc->checked < REFRESH_SECONDS)) {
			*out = hold(oc->current);
			mutex_unlock(&oc->lock);
			return BB_OK;
		}
		if (!oc->loading)
			break;
		cond_wait(&oc->loaded, &oc->lock);
	}
	oc->loading = 1;
	oc->tried = 1;
	now = hold(oc->current);
	mutex_unlock(&oc->lock);

	rc = load_new(&fresh, c, where, now);

	mutex_lock(&oc->lock);
	oc->loading = 0;
	pthread_cond_broadcast(&oc->loaded);
	t = time(NULL);
	if (rc == BB_OK) {
		if (fresh) {
			old = oc->current;    /* the cache's reference, given up below */
			oc->current = fresh;
		}
		oc->checked = t;
	} else if (oc->current && !reload) {
		/*
		 * Keep what we have, and try again in a minute, not at every
		 * call: a publisher that is down would cost each caller that
		 * refreshes its whole time-out each time.
		 */
		oc->checked = t - REFRESH_SECONDS + REFRESH_RETRY_SECONDS;
		rc = BB_OK;
	}
	if (rc == BB_OK)
		*out = hold(oc->current);
	mutex_unlock(&oc->lock);
	let_go(oc, now);
	let_go(oc, old);
	if (rc != BB_OK)
		diag_add(d, rc, where, 0, "beweegkaart", "%s%s", bb_error_last(c)->message,
			 reload && now ? " (the catalogue loaded before stays)" : "");
	return rc;
}

static const char *configured(const bb_connector *c, diag_list *d)
{
	const char *where = c->cfg ? config_get(&c->cfg->connector, "beweegkaart") : NULL;

	if (!where)
		diag_add(d, BB_ECONFIG, NULL, 0, "beweegkaart",
			 "no beweegkaart is configured in [connector]: no offers to refer to");
	return where;
}

int offers_lookup(bb_connector *c, const char *offer_id, offer_pick *out, diag_list *d)
{
	const char *where = configured(c, d);
	const bb_offer *o;
	offers_ref *r;
	int rc;

	memset(out, 0, sizeof(*out));
	if (!where)
		return BB_ECONFIG;
	if ((rc = current_catalogue(&r, c, where, 0, d)) != BB_OK)
		goto fail;
	/* copied while the catalogue is held: a reload may replace it after */
	if (!(o = bb_offers_find(r->offers, offer_id))) {
		rc = diag_add(d, BB_EINPUT, NULL, 0, "offer.id",
			      "no offer \"%s\" in the beweegkaart %s", offer_id, where);
	} else {
		out->id = dup_or_null(o->id);
		out->name = dup_or_null(o->name);
		out->kind = dup_or_null(o->kind);
		out->organization = dup_or_null(o->organization);
		out->destination_id = dup_or_null(o->destination_id);
		out->contact = dup_or_null(o->contact);
		if (!out->id || !out->name)
			rc = BB_ENOMEM;
	}
	let_go(c->offers, r);
	if (rc != BB_OK)
		goto fail;
	return BB_OK;
fail:
	offer_pick_free(out);
	return rc;
}

int offers_with(bb_connector *c, int (*fn)(const bb_offers *offers, void *arg), void *arg,
			  diag_list *d)
{
	const char *where = configured(c, d);
	offers_ref *r;
	int rc;

	if (!where)
		return BB_ECONFIG;
	if ((rc = current_catalogue(&r, c, where, 0, d)) != BB_OK)
		return rc;
	rc = fn(r->offers, arg);
	let_go(c->offers, r);
	return rc;
}

int offers_reload(bb_connector *c, diag_list *d)
{
	const char *where = c->cfg ? config_get(&c->cfg->connector, "beweegkaart") : NULL;
	offers_ref *r = NULL;
	int rc;

	if (!where)
		return BB_OK;
	rc = current_catalogue(&r, c, where, 1, d);
	let_go(c->offers, r);
	return rc;
}
