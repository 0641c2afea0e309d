/*
 * The public face of the beweegkaart: load (from a file or a URL, keeping
 * the previous catalogue when the new one is bad or unchanged) and look
 * offers up. Suggestions are in suggest.c.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "connector.h"
#include "offers_priv.h"
#include "util/strutil.h"

#define MAX_CATALOGUE (8u * 1024 * 1024)

int bb_offers_new(bb_offers **out, bb_connector *c)
{
	bb_offers *o;

	if (!out)
		return BB_EINVAL;
	if (!(o = calloc(1, sizeof(*o))))
		return BB_ENOMEM;
	o->connector = c;
	*out = o;
	return BB_OK;
}

void bb_offers_free(bb_offers *o)
{
	if (!o)
		return;
	catalogue_free(o->cat);
	free(o->source);
	free(o->etag);
	free(o);
}

static int read_file(char **body, size_t *len, const char *path, diag_list *d)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, got;

	if (!f)
		return diag_add(d, BB_EIO, path, 0, NULL, "cannot open the catalogue: %s",
				strerror(errno));
	if (!(buf = malloc(MAX_CATALOGUE + 1))) {
		fclose(f);
		return BB_ENOMEM;
	}
	while ((got = fread(buf + n, 1, MAX_CATALOGUE + 1 - n, f)) > 0 && n + got <= MAX_CATALOGUE)
		n += got;
	if (got > 0 || ferror(f)) {
		fclose(f);
		free(buf);
		return diag_add(d, got > 0 ? BB_ETOOBIG : BB_EIO, path, 0, NULL,
				got > 0 ? "the catalogue is over %u bytes" : "cannot read the catalogue",
				MAX_CATALOGUE);
	}
	fclose(f);
	*body = buf;
	*len = n;
	return BB_OK;
}

static int finish(bb_offers *o, diag_list *d, int rc)
{
	if (o->connector) {
		if (rc == BB_OK)
			err_clear(&o->connector->err);
		else
			rc = err_set_diags(&o->connector->err, d, rc);
	}
	diag_free(d);
	return rc;
}

int bb_offers_load(bb_offers *o, const char *where)
{
	diag_list d = DIAG_LIST_INIT;
	char *body = NULL, *etag = NULL;
	size_t len = 0;
	long status = 200;
	catalogue *cat = NULL;
	int rc, url;

	if (!o)
		return BB_EINVAL;
	if (!where && o->connector && o->connector->cfg)
		where = config_get(&o->connector->cfg->connector, "beweegkaart");
	if (!where) {
		diag_add(&d, BB_ECONFIG, NULL, 0, "beweegkaart",
			 "no catalogue given, and none configured (beweegkaart in [connector])");
		return finish(o, &d, BB_ECONFIG);
	}
	/* a URL of any scheme goes to the fetch, which refuses all but https */
	url = strstr(where, "://") != NULL;
	if (url)
		rc = catalogue_fetch(&body, &len, &status, &etag, where,
				     o->connector && o->connector->cfg
					     ? config_get(&o->connector->cfg->connector, "beweegkaart_ca")
					     : NULL,
				     o->source && strcmp(o->source, where) == 0 ? o->etag : NULL, &d);
	else
		rc = read_file(&body, &len, where, &d);
	if (rc != BB_OK || status == 304) {
		/* not read, or unchanged (304): the catalogue loaded before stays */
		free(body);
		free(etag);
		return finish(o, &d, rc);
	}
	rc = catalogue_parse(&cat, body, len, where, o->connector, &d);
	free(body);
	if (rc != BB_OK) {
		free(etag);
		return finish(o, &d, rc);   /* the catalogue loaded before stays */
	}
	catalogue_free(o->cat);
	o->cat = cat;
	if (!o->source || strcmp(o->source, where) != 0) {
		free(o->source);
		o->source = str_dup(where);
	}
	free(o->etag);
	o->etag = etag;
	return finish(o, &d, BB_OK);
}

size_t bb_offers_count(const bb_offers *o)
{
	return o && o->cat ? o->cat->count : 0;
}

const bb_offer *bb_offers_at(const bb_offers *o, size_t i)
{
	return o && o->cat && i < o->cat->count ? &o->cat->items[i].pub : NULL;
}

const bb_offer *bb_offers_find(const bb_offers *o, const char *id)
{
	size_t i;

	for (i = 0; id && o && o->cat && i < o->cat->count; i++)
		if (strcmp(o->cat->items[i].pub.id, id) == 0)
			return &o->cat->items[i].pub;
	return NULL;
}

int bb_offer_has_feature(const bb_offer *offer, const char *code)
{
	const offer_item *it = (const offer_item *)offer;
	size_t i;

	for (i = 0; it && code && i < it->nfeatures; i++)
		if (strcmp(it->features[i], code) == 0)
			return 1;
	return 0;
}
