/*
 * The store's messages -> one record per referral. Every message the
 * installation sent (outbox) or received (inbox) is opened and read as
 * FHIR: a referral message gives the referral's practice, receiver,
 * offer, postcode area, the day it was made and the measurements the GP
 * sent; a feedback message gives a step (status, reason, follow-up,
 * where the person goes on) and outcome measurements. Only these are
 * kept: never a name, BSN or date of birth, so they cannot leak into a
 * report by mistake.
 */
#include "report.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "connector.h"
#include "fhir/fhir_codec.h"
#include "fhir/fhir_node.h"
#include "inbound/inbound.h"
#include "mapping/build.h"
#include "mapping/mapping.h"
#include "mapping/naming.h"
#include "mapping/observation.h"
#include "readers.h"
#include "store/inbox.h"
#include "store/store.h"
#include "terminology/nl_time.h"

/*
 * The outcomes: LOINC codes as the feedback sends them (docs/feedback-loop.md;
 * the names and units are the terminology core's). Welbevinden has no agreed
 * LOINC or SNOMED code (standards.md §5.4): it is the structured field
 * BB_FB_WELLBEING, an Observation in our own code system
 * (https://beweegbrug.nl/fhir/CodeSystem/outcome#welbevinden). Words in the
 * narrative are never read as a score.
 */
static const char *const outcome_loinc[OUT_COUNT] = { "39156-5", "29463-7", "8280-0", "64098-7", NULL };
static const char *const outcome_name[OUT_COUNT] = {
	"BMI", "Gewicht", "Buikomvang", "Zesminutenwandeltest", "Welbevinden (0-10)"
};
static const char *const outcome_unit[OUT_COUNT] = { "kg/m2", "kg", "cm", "m", "score" };

const char *report_outcome_loinc(int o) { return o >= 0 && o < OUT_COUNT ? outcome_loinc[o] : NULL; }
const char *report_outcome_name(int o) { return o >= 0 && o < OUT_COUNT ? outcome_name[o] : NULL; }
const char *report_outcome_unit(int o) { return o >= 0 && o < OUT_COUNT ? outcome_unit[o] : NULL; }

static int outcome_of(const char *loinc)
{
	int o;

	for (o = 0; loinc && o < OUT_COUNT; o++)
		if (outcome_loinc[o] && strcmp(outcome_loinc[o], loinc) == 0)
			return o;
	return -1;
}

static void copy(char *dst, size_t size, const char *src)
{
	size_t n = src ? strlen(src) : 0;

	if (n >= size)
		n = size - 1;
	if (n)
		memcpy(dst, src, n);
	dst[n] = '\0';
}

static size_t hash(const char *s)
{
	size_t h = 5381;

	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

/* Index the records by key (open addressing; slots hold index + 1). */
static int rehash(rep_data *data, size_t nslots)
{
	size_t *slots = calloc(nslots, sizeof(*slots)), i;

	if (!slots)
		return BB_ENOMEM;
	for (i = 0; i < data->n; i++) {
		size_t h = hash(data->refs[i].key) & (nslots - 1);
		while (slots[h])
			h = (h + 1) & (nslots - 1);
		slots[h] = i + 1;
	}
	free(data->slots);
	data->slots = slots;
	data->nslots = nslots;
	return BB_OK;
}

/* The record for "AGB|id", made when new. NULL on out-of-memory. */
static rep_referral *referral_for(rep_data *data, const char *agb, const char *id)
{
	char *key = store_referral_key(agb, id);
	rep_referral *r;
	size_t h;

	if (!key)
		return NULL;
	if (data->nslots) {
		for (h = hash(key) & (data->nslots - 1); data->slots[h]; h = (h + 1) & (data->nslots - 1))
			if (strcmp(data->refs[data->slots[h] - 1].key, key) == 0) {
				free(key);
				return &data->refs[data->slots[h] - 1];
			}
	}
	if (data->n == data->cap) {
		size_t cap = data->cap ? data->cap * 2 : 256;
		rep_referral *more = realloc(data->refs, cap * sizeof(*more));
		if (!more) {
			free(key);
			return NULL;
		}
		data->refs = more;
		data->cap = cap;
	}
	r = &data->refs[data->n++];
	memset(r, 0, sizeof(*r));
	r->key = key;
	copy(r->practice, sizeof(r->practice), agb);
	/* at most half full */
	if (data->n * 2 > data->nslots) {
		if (rehash(data, data->nslots ? data->nslots * 2 : 1024) != BB_OK) {
			data->n--;
			free(key);
			return NULL;
		}
	} else {
		h = hash(key) & (data->nslots - 1);
		while (data->slots[h])
			h = (h + 1) & (data->nslots - 1);
		data->slots[h] = data->n;
	}
	return r;
}

static int add_value(rep_referral *r, int o, double value, int64_t when, unsigned seq)
{
	if (r->nout[o] == r->capout[o]) {
		size_t cap = r->capout[o] ? r->capout[o] * 2 : 4;
		rep_value *more = realloc(r->out[o], cap * sizeof(*more));
		if (!more)
			return BB_ENOMEM;
		r->out[o] = more;
		r->capout[o] = cap;
	}
	r->out[o][r->nout[o]].value = value;
	r->out[o][r->nout[o]].when = when;
	r->out[o][r->nout[o]].seq = seq;
	r->nout[o]++;
	return BB_OK;
}

static int parse_number(const char *s, double *out)
{
	char *end;

	if (!s || !*s)
		return 0;
	*out = strtod(s, &end);
	return end != s && (*end == '\0' || *end == '.' || *end == ' ');
}

/* ---- the referral message ------------------------------------------------ */

typedef struct obs_ctx {
	rep_referral *r;
	unsigned seq;
	int64_t when;
	int failed;
} obs_ctx;

static void take_obs(const fhir_node *at, const char *loinc, const char *value, const char *unit,
		     const char *when, void *payload)
{
	obs_ctx *o = payload;
	int which = outcome_of(loinc);
	double v;

	(void)at;
	(void)unit;
	if (which < 0 || !parse_number(value, &v))
		return;
	if (add_value(o->r, which, v, when ? inbound_datetime_epoch(when) : o->when, o->seq) != BB_OK)
		o->failed = 1;
}

static const fhir_node *organization_with(const fhir_node *bundle, const char *system,
					   const char *value)
{
	size_t i, j;

	for (i = 0; i < fhir_count(bundle, "entry"); i++) {
		const fhir_node *res = fhir_get(fhir_get(bundle, "entry", i), "resource", 0);
		if (!res || strcmp(fhir_node_type_name(res), "Organization") != 0)
			continue;
		for (j = 0; j < fhir_count(res, "identifier"); j++) {
			const fhir_node *id = fhir_get(res, "identifier", j);
			const char *s = fhir_get_value(id, "system", 0), *v = fhir_get_value(id, "value", 0);
			if (s && strcmp(s, system) == 0 && (!value || (v && strcmp(v, value) == 0)))
				return res;
		}
	}
	return NULL;
}

static char *dup_or_null(const char *s)
{
	return s ? str_dup(s) : NULL;
}

/* PC4: the four digits of a Dutch postcode, the usual statistical area. */
static void pc4(char out[5], const char *postcode)
{
	out[0] = '\0';
	if (postcode && isdigit((unsigned char)postcode[0]) && isdigit((unsigned char)postcode[1]) &&
	    isdigit((unsigned char)postcode[2]) && isdigit((unsigned char)postcode[3])) {
		memcpy(out, postcode, 4);
		out[4] = '\0';
	}
}

static int read_referral(rep_data *data, const fhir_node *bundle, const fhir_node *sr)
{
	const fhir_node *ident = fhir_get(sr, "identifier", 0), *org, *patient;
	const char *sys = fhir_get_value(ident, "system", 0), *id = fhir_get_value(ident, "value", 0);
	const char *agb, *authored = fhir_get_value(sr, "authoredOn", 0);
	rep_referral *r;
	obs_ctx oc;
	size_t i;

	if (!sys || !id || strncmp(sys, SYS_REFERRAL_PREFIX, strlen(SYS_REFERRAL_PREFIX)) != 0)
		return BB_EINPUT;
	agb = sys + strlen(SYS_REFERRAL_PREFIX);
	if (!(r = referral_for(data, agb, id)))
		return BB_ENOMEM;
	if (r->have_referral)
		return BB_OK;   /* the same referral sent again: counted once */
	r->have_referral = 1;
	if (!authored || !term_nl_local_date(r->day, authored))
		r->day[0] = '\0';
	if ((org = organization_with(bundle, SYS_AGB, agb)) != NULL)
		r->practice_name = dup_or_null(fhir_get_value(org, "name", 0));
	if ((org = organization_with(bundle, SYS_RECEIVER_ID, NULL)) != NULL) {
		for (i = 0; i < fhir_count(org, "identifier"); i++) {
			const fhir_node *oid = fhir_get(org, "identifier", i);
			const char *s = fhir_get_value(oid, "system", 0);
			if (s && strcmp(s, SYS_RECEIVER_ID) == 0 && !r->receiver)
				r->receiver = dup_or_null(fhir_get_value(oid, "value", 0));
		}
		r->receiver_name = dup_or_null(fhir_get_value(org, "name", 0));
	}
	for (i = 0; i < fhir_count(sr, "orderDetail"); i++) {
		const char *offer = mapping_coding_code(fhir_get(sr, "orderDetail", i), SYS_OFFER);
		if (offer && !r->offer)
			r->offer = str_dup(offer);
	}
	patient = mapping_first_of_type(bundle, "Patient");
	pc4(r->wijk, fhir_get_value(fhir_get(patient, "address", 0), "postalCode", 0));
	/* what the GP measured before: the baseline of the outcomes */
	memset(&oc, 0, sizeof(oc));
	oc.r = r;
	oc.seq = data->seq;
	oc.when = authored ? inbound_datetime_epoch(authored) : 0;
	for (i = 0; i < fhir_count(bundle, "entry"); i++) {
		const fhir_node *res = fhir_get(fhir_get(bundle, "entry", i), "resource", 0);
		if (res && strcmp(fhir_node_type_name(res), "Observation") == 0)
			mapping_obs_readings(res, take_obs, &oc);
	}
	if (oc.failed)
		return BB_ENOMEM;
	return BB_OK;
}

/* ---- a feedback message -------------------------------------------------- */

static int read_feedback(rep_data *data, const fhir_node *bundle, const char *source)
{
	diag_list ignored = DIAG_LIST_INIT;
	const char *agb, *id, *wellbeing, *date;
	bb_feedback *fb = NULL;
	rep_referral *r;
	rep_feedback *e;
	size_t i;
	double v;
	int rc;

	if ((rc = bb_feedback_new(&fb)) != BB_OK)
		return rc;
	rc = mapping_feedback_read(fb, bundle, source, &ignored);
	diag_free(&ignored);
	agb = bb_feedback_get(fb, BB_FB_PRACTICE_AGB);
	id = bb_feedback_get(fb, BB_FB_REFERRAL_ID);
	if (!agb || !id || !bb_feedback_get(fb, BB_FB_STATUS)) {
		bb_feedback_free(fb);
		return BB_EINPUT;
	}
	/* one that broke a rule of ours was refused, or it is kept as far as it reads */
	if (!(r = referral_for(data, agb, id))) {
		bb_feedback_free(fb);
		return BB_ENOMEM;
	}
	if (r->nfb == r->capfb) {
		size_t cap = r->capfb ? r->capfb * 2 : 4;
		rep_feedback *more = realloc(r->fb, cap * sizeof(*more));
		if (!more) {
			bb_feedback_free(fb);
			return BB_ENOMEM;
		}
		r->fb = more;
		r->capfb = cap;
	}
	e = &r->fb[r->nfb++];
	memset(e, 0, sizeof(*e));
	date = bb_feedback_get(fb, BB_FB_DATE);
	e->when = date ? inbound_datetime_epoch(date) : 0;
	e->seq = data->seq;
	copy(e->status, sizeof(e->status), bb_feedback_get(fb, BB_FB_STATUS));
	copy(e->reason, sizeof(e->reason), bb_feedback_get(fb, BB_FB_REASON_CODE));
	copy(e->continuation, sizeof(e->continuation), bb_feedback_get(fb, BB_FB_CONTINUATION));
	copy(e->track, sizeof(e->track), bb_feedback_get(fb, BB_FB_FORWARDED_TRACK));
	e->intake = bb_feedback_get(fb, BB_FB_INTAKE_DATE) != NULL;
	e->followup = bb_feedback_get(fb, BB_FB_FOLLOWUP_MONTHS) ? atoi(bb_feedback_get(fb, BB_FB_FOLLOWUP_MONTHS)) : 0;
	e->active = bb_feedback_get(fb, BB_FB_FOLLOWUP_ACTIVE) &&
		    strcmp(bb_feedback_get(fb, BB_FB_FOLLOWUP_ACTIVE), "yes") == 0;
	e->per_week = bb_feedback_get(fb, BB_FB_FOLLOWUP_PER_WEEK)
			      ? atoi(bb_feedback_get(fb, BB_FB_FOLLOWUP_PER_WEEK)) : -1;
	rc = BB_OK;
	for (i = 0; i < bb_feedback_measurement_count(fb); i++) {
		const char *loinc, *value, *unit, *when;
		int o;
		bb_feedback_measurement_at(&loinc, &value, &unit, &when, fb, i);
		if ((o = outcome_of(loinc)) >= 0 && parse_number(value, &v) &&
		    (rc = add_value(r, o, v, when ? inbound_datetime_epoch(when) : e->when, data->seq)) != BB_OK)
			goto done;
	}
	/* the structured score, checked 0-10 by the model when the message was read */
	wellbeing = bb_feedback_get(fb, BB_FB_WELLBEING);
	if (wellbeing && parse_number(wellbeing, &v))
		rc = add_value(r, OUT_WELLBEING, v, e->when, data->seq);
done:
	bb_feedback_free(fb);
	return rc;
}

/* One message's bytes: a referral (it has a ServiceRequest) or a feedback. */
static int read_message(rep_data *data, fhir_reader *rd, const unsigned char *body, size_t len,
			const char *source)
{
	diag_list d = DIAG_LIST_INIT;
	fhir_node *bundle = NULL;
	const fhir_node *sr;
	int rc;

	data->messages++;
	data->seq++;
	rc = connector_fhir_read_with(rd, &bundle, (const char *)body, len, source, &d);
	diag_free(&d);
	if (rc == BB_OK) {
		sr = mapping_first_of_type(bundle, "ServiceRequest");
		rc = sr ? read_referral(data, bundle, sr) : read_feedback(data, bundle, source);
	}
	fhir_node_free(bundle);
	if (rc == BB_EINPUT || (rc != BB_OK && rc != BB_ENOMEM)) {
		data->unreadable++;   /* not ours to judge here: the report says how many */
		rc = BB_OK;
	}
	return rc;
}

/* ---- the stores ----------------------------------------------------------- */

/* Messages read from the store at a time, with the store's lock held. */
#define BATCH 128

typedef struct batch {
	struct {
		char *id;
		unsigned char *body;
		size_t len;
	} item[BATCH];
	size_t n;
	fhir_reader *rd;           /* one reader for every message, or NULL: fhir_read */
	int side;                  /* 0 the outbox, 1 the inbox */
	int64_t *last;             /* the last row read on that side */
} batch;

static int take_body(const char *msg_id, unsigned char *body, size_t len, void *payload)
{
	batch *b = payload;
	char *id = str_dup(msg_id);

	if (!id) {
		free(body);
		return BB_ENOMEM;
	}
	b->item[b->n].id = id;
	b->item[b->n].body = body;
	b->item[b->n].len = len;
	b->n++;
	return BB_OK;
}

/* The next BATCH messages of one side (store_with). */
static int read_batch(outbox *ob, void *arg, diag_list *d)
{
	batch *b = arg;

	return store_bodies(ob, b->side, *b->last, BATCH, b->last, take_body, b, d);
}

/* The next BATCH messages of one side: read, counted and freed, all of them on any result. */
static int next_batch(rep_data *data, bb_connector *c, batch *b, diag_list *d)
{
	size_t i;
	int rc;

	if ((rc = store_with(c->store, read_batch, b, d)) != BB_OK)
		goto done;
	for (i = 0; i < b->n; i++) {
		if (!b->item[i].body) {
			data->messages++;     /* damaged in the store: not counted, and said */
			data->unreadable++;
		} else if ((rc = read_message(data, b->rd, b->item[i].body, b->item[i].len,
					      b->item[i].id)) != BB_OK) {
			goto done;
		}
	}
done:
	for (i = 0; i < b->n; i++) {
		free(b->item[i].body);
		free(b->item[i].id);
	}
	return rc;
}

/*
 * The outbox, then the inbox, in row order: BATCH messages are read (and
 * decrypted) with the store's lock held, then parsed and counted without
 * it, so a server or deliverer in this process is never held up by a
 * long report. One statement per batch walks the table by its key.
 */
int report_collect(rep_data *data, bb_connector *c, diag_list *d)
{
	int64_t last[2] = { 0, 0 };
	batch *b = calloc(1, sizeof(*b));
	int side, rc;

	memset(data, 0, sizeof(*data));
	if (!b)
		return BB_ENOMEM;
	connector_init_libxml();
	b->rd = connector_take_reader(c);
	for (side = 0; side < 2; side++) {
		do {
			b->n = 0;
			b->side = side;
			b->last = &last[side];
			if ((rc = next_batch(data, c, b, d)) != BB_OK)
				goto fail;
		} while (b->n == BATCH);
	}
	connector_give_reader(c, b->rd);
	free(b);
	return BB_OK;
fail:
	connector_give_reader(c, b->rd);
	free(b);
	report_data_free(data);
	return rc;
}

void report_data_free(rep_data *data)
{
	size_t i;
	int o;

	for (i = 0; i < data->n; i++) {
		rep_referral *r = &data->refs[i];
		free(r->key);
		free(r->practice_name);
		free(r->receiver);
		free(r->receiver_name);
		free(r->offer);
		free(r->fb);
		for (o = 0; o < OUT_COUNT; o++)
			free(r->out[o]);
	}
	free(data->refs);
	free(data->slots);
	memset(data, 0, sizeof(*data));
}
