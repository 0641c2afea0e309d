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

/*
 * The configured catalogue, loaded on first use and read again when older
 * than REFRESH_SECONDS; a failed refresh keeps the catalogue we have, only
 * no catalogue at all fails. Hold offers_lock.
 */
static int current_catalogue(bb_connector *c, const char *where, diag_list *d)
{
	time_t now = time(NULL);
	int rc = BB_OK;

	if (!c->offers)
		rc = bb_offers_new(&c->offers, c);
	if (rc == BB_OK && (!c->offers->cat || now - c->offers_checked >= REFRESH_SECONDS)) {
		rc = bb_offers_load(c->offers, where);
		if (rc == BB_OK) {
			c->offers_checked = now;
		} else if (c->offers->cat) {
			/*
			 * Keep what we have, and try again in a minute, not at every
			 * call: a publisher that is down would hold the lock (and each
			 * caller) for its whole time-out each time.
			 */
			c->offers_checked = now - REFRESH_SECONDS + REFRESH_RETRY_SECONDS;
			rc = BB_OK;
		} else
			diag_add(d, rc, where, 0, "beweegkaart", "%s", bb_error_last(c)->message);
	}
	return rc;
}

static const char *configured(const bb_connector *c, diag_list *d)
{
	const char *where = c->cfg ? cfg_get(&c->cfg->connector, "beweegkaart") : NULL;

	if (!where)
		diag_add(d, BB_ECONFIG, NULL, 0, "beweegkaart",
			 "no beweegkaart is configured in [connector]: no offers to refer to");
	return where;
}

int connector_offer_lookup(bb_connector *c, const char *offer_id, offer_pick *out, diag_list *d)
{
	const char *where = configured(c, d);
	const bb_offer *o;
	int rc;

	memset(out, 0, sizeof(*out));
	if (!where)
		return BB_ECONFIG;
	pthread_mutex_lock(&c->offers_lock);
	rc = current_catalogue(c, where, d);
	if (rc == BB_OK) {
		o = bb_offers_find(c->offers, offer_id);
		if (!o) {
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
	}
	pthread_mutex_unlock(&c->offers_lock);
	if (rc != BB_OK)
		offer_pick_free(out);
	return rc;
}

int connector_offers_with(bb_connector *c, int (*fn)(const bb_offers *offers, void *arg), void *arg,
			  diag_list *d)
{
	const char *where = configured(c, d);
	int rc;

	if (!where)
		return BB_ECONFIG;
	pthread_mutex_lock(&c->offers_lock);
	rc = current_catalogue(c, where, d);
	if (rc == BB_OK)
		rc = fn(c->offers, arg);
	pthread_mutex_unlock(&c->offers_lock);
	return rc;
}

int connector_offers_reload(bb_connector *c, diag_list *d)
{
	const char *where = c->cfg ? cfg_get(&c->cfg->connector, "beweegkaart") : NULL;
	int rc = BB_OK;

	if (!where)
		return BB_OK;
	pthread_mutex_lock(&c->offers_lock);
	if (c->offers) {
		rc = bb_offers_load(c->offers, where);
		if (rc == BB_OK)
			c->offers_checked = time(NULL);
		else
			diag_add(d, rc, where, 0, "beweegkaart", "%s (the catalogue loaded before stays)",
				 bb_error_last(c)->message);
	}
	pthread_mutex_unlock(&c->offers_lock);
	return rc;
}
