/*
 * One offer of the configured beweegkaart, copied out for bb_refer: the
 * catalogue may be refreshed by another thread while a referral is made,
 * so callers get their own copy, never a pointer into it.
 */
#ifndef BB_OFFERS_PICK_H
#define BB_OFFERS_PICK_H

#include "beweegbrug.h"
#include "util/diag.h"

/* The connector's beweegkaart and its lock (pick.c); free it when no thread uses it. */
typedef struct offers_cache offers_cache;
int offers_cache_new(offers_cache **out);
void offers_cache_free(offers_cache *oc);

typedef struct offer_pick {
	char *id, *name, *kind, *organization;
	char *destination_id;   /* the configured destination that takes it, or NULL */
	char *contact;          /* how to refer otherwise (phone, e-mail), or NULL */
} offer_pick;

/*
 * Find `offer_id` in the catalogue named by the configuration key
 * `beweegkaart`, loading it on first use. BB_EINPUT (field "offer.id")
 * when there is no such offer, BB_ECONFIG when no catalogue is configured.
 */
int offers_lookup(bb_connector *c, const char *offer_id, offer_pick *out, diag_list *d);
void offer_pick_free(offer_pick *p);
/*
 * Run `fn` on the same catalogue (loaded on first use, kept as for
 * lookups): GET /offers suggests from what POST /referrals refers to,
 * and a reload changes both at once. It runs without a lock, on a
 * catalogue held for it: a reload meanwhile swaps in a new one and frees
 * this one only after `fn` returns, so copy out what must outlive the
 * call. Returns what `fn` returns.
 */
int offers_with(bb_connector *c, int (*fn)(const bb_offers *offers, void *arg), void *arg,
			  diag_list *d);
/*
 * bb_connector_reload: read the configured beweegkaart again now, when
 * this connector has loaded it before (else it is read on first use
 * anyway). A catalogue that fails keeps the one loaded before; the
 * problem goes to `d`.
 */
int offers_reload(bb_connector *c, diag_list *d);

#endif
