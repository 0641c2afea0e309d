/*
 * Reading a beweegkaart: a FHIR Bundle becomes a table of offers. The
 * FHIR reader checks the Bundle against the R4 type tables first; this
 * file then checks what the catalogue format adds (docs/beweegkaart.md):
 * every reference resolves inside the Bundle, each offer has a known
 * kind, ages are whole years, and only our documented extensions appear.
 * One problem refuses the whole catalogue: a GP must never be offered
 * half of one.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "connector.h"
#include "fhir/fhir_codec.h"
#include "offers_priv.h"
#include "readers.h"
#include "util/strutil.h"

static const char *const known_kinds[] = {
	"walking-group", "fitness", "sport", "swimming", "chair-exercise", "physio-group",
	"gli", "beweegcoach", "stadspoli", NULL
};

static const char *const known_extensions[] = { "age", "cost", "insurer-pays", NULL };

typedef struct reader {
	catalogue *cat;
	const char *source;
	const bb_connector *c;
	diag_list *d;
	int bad;
} reader;

static void problem(reader *rd, const fhir_node *res, const char *field, const char *fmt, ...)
	DIAG_PRINTF(4, 5);
static void problem(reader *rd, const fhir_node *res, const char *field, const char *fmt, ...)
{
	char where[160], *msg;
	va_list ap;

	va_start(ap, fmt);
	msg = str_vprintf(fmt, ap);
	va_end(ap);
	snprintf(where, sizeof(where), "%s/%s%s%s", res ? fhir_node_type_name(res) : "Bundle",
		 res && fhir_get_value(res, "id", 0) ? fhir_get_value(res, "id", 0) : "?",
		 field ? "." : "", field ? field : "");
	diag_add(rd->d, BB_EINPUT, rd->source, 0, where, "%s", msg ? msg : "out of memory");
	free(msg);
	rd->bad = 1;
}

static const char *keep(reader *rd, char *s)
{
	char **grown;

	if (!s)
		return NULL;
	grown = realloc(rd->cat->owned, (rd->cat->nowned + 1) * sizeof(*grown));
	if (!grown) {
		free(s);
		return NULL;
	}
	rd->cat->owned = grown;
	grown[rd->cat->nowned++] = s;
	return s;
}

static const fhir_node *resource_at(const fhir_node *bundle, size_t i)
{
	return fhir_get(fhir_get(bundle, "entry", i), "resource", 0);
}

/* "Organization/x" (or a fullUrl ending so) -> the resource of that type and id. */
static const fhir_node *resolve(reader *rd, const fhir_node *ref_holder, const char *type)
{
	const char *ref = fhir_get_value(ref_holder, "reference", 0);
	size_t i, n = fhir_count(rd->cat->bundle, "entry"), tl = strlen(type);

	if (!ref)
		return NULL;
	if (strncmp(ref, type, tl) != 0 || ref[tl] != '/') {
		const char *slash = strrchr(ref, '/');
		/* an absolute URL: .../Type/id */
		if (!slash || slash - ref < (ptrdiff_t)tl + 1 ||
		    strncmp(slash - tl, type, tl) != 0 || slash[-(ptrdiff_t)tl - 1] != '/')
			return NULL;
		ref = slash - tl;
	}
	for (i = 0; i < n; i++) {
		const fhir_node *r = resource_at(rd->cat->bundle, i);
		const char *id = fhir_get_value(r, "id", 0);
		if (r && strcmp(fhir_node_type_name(r), type) == 0 && id &&
		    strcmp(id, ref + tl + 1) == 0)
			return r;
	}
	return NULL;
}

/*
 * Every relative reference ("Type/id") anywhere in a resource points into
 * the catalogue: an offer whose organisation or endpoint is missing would
 * be shown without one.
 */
static void check_references(reader *rd, const fhir_node *res, const fhir_node *n)
{
	size_t i;

	if (!n)
		return;
	if (strcmp(fhir_node_name(n), "reference") == 0 && fhir_value(n)) {
		const char *ref = fhir_value(n), *slash = strchr(ref, '/');
		if (slash && !strchr(slash + 1, '/') && !strchr(ref, ':')) {
			char type[64];
			size_t tl = (size_t)(slash - ref);
			if (tl < sizeof(type)) {
				memcpy(type, ref, tl);
				type[tl] = '\0';
				if (!resolve(rd, fhir_parent(n), type)) {
					char *where = fhir_node_path(n);
					problem(rd, res, where ? where : "reference",
						"%s is not in the catalogue", ref);
					free(where);
				}
			}
		}
		return;
	}
	for (i = 0; i < fhir_child_count(n); i++)
		check_references(rd, res, fhir_child(n, i));
}

static const char *coding_code(const fhir_node *cc, const char *system, const char **display)
{
	size_t i;

	for (i = 0; i < fhir_count(cc, "coding"); i++) {
		const fhir_node *coding = fhir_get(cc, "coding", i);
		const char *s = fhir_get_value(coding, "system", 0);
		if (s && strcmp(s, system) == 0) {
			if (display)
				*display = fhir_get_value(coding, "display", 0);
			return fhir_get_value(coding, "code", 0);
		}
	}
	return NULL;
}

static void read_areas(reader *rd)
{
	size_t i, n = fhir_count(rd->cat->bundle, "entry");

	rd->cat->areas = calloc(n ? n : 1, sizeof(*rd->cat->areas));
	if (!rd->cat->areas) {
		rd->bad = 1;
		return;
	}
	for (i = 0; i < n; i++) {
		const fhir_node *r = resource_at(rd->cat->bundle, i);
		offer_area *a;
		size_t j, k;

		if (!r || strcmp(fhir_node_type_name(r), "Location") != 0)
			continue;
		for (j = k = 0; j < fhir_count(r, "identifier"); j++) {
			const char *s = fhir_get_value(fhir_get(r, "identifier", j), "system", 0);
			k += s && strcmp(s, PC4_SYSTEM) == 0;
		}
		if (!k)
			continue;   /* a venue, not an area */
		a = &rd->cat->areas[rd->cat->nareas++];
		a->name = fhir_get_value(r, "name", 0);
		a->town = fhir_get_value(fhir_get(r, "address", 0), "city", 0);
		a->pc4 = calloc(k, sizeof(*a->pc4));
		if (!a->pc4) {
			rd->bad = 1;
			return;
		}
		for (j = 0; j < fhir_count(r, "identifier"); j++) {
			const fhir_node *id = fhir_get(r, "identifier", j);
			const char *s = fhir_get_value(id, "system", 0), *v = fhir_get_value(id, "value", 0);
			if (!s || strcmp(s, PC4_SYSTEM) != 0)
				continue;
			if (!v || strlen(v) != 4 || strspn(v, "0123456789") != 4)
				problem(rd, r, "identifier", "\"%s\" is not a 4-digit postcode", v ? v : "");
			else
				a->pc4[a->npc4++] = v;
		}
		if (!a->name || !a->town)
			problem(rd, r, a->name ? "address.city" : "name",
				"an area needs a name and a town");
	}
}

static const offer_area *area_of_location(reader *rd, const fhir_node *loc)
{
	const char *name = fhir_get_value(loc, "name", 0);
	size_t i;

	for (i = 0; name && i < rd->cat->nareas; i++)
		if (rd->cat->areas[i].name == name)
			return &rd->cat->areas[i];
	return NULL;
}

/* Whole years from an age Quantity (unit a); -1 when absent. */
static int years(reader *rd, const fhir_node *res, const fhir_node *q, const char *field)
{
	const char *v = fhir_get_value(q, "value", 0), *code = fhir_get_value(q, "code", 0);

	if (!q)
		return -1;
	if (!v || strspn(v, "0123456789") != strlen(v) || strlen(v) > 3 ||
	    (code && strcmp(code, "a") != 0)) {
		problem(rd, res, field, "an age is whole years (UCUM a), not \"%s\"", v ? v : "");
		return -1;
	}
	return atoi(v);
}

static void read_extensions(reader *rd, const fhir_node *hs, offer_item *it)
{
	size_t i;

	it->pub.age_min = it->pub.age_max = -1;
	for (i = 0; i < fhir_count(hs, "extension"); i++) {
		const fhir_node *ext = fhir_get(hs, "extension", i);
		const char *url = fhir_get_value(ext, "url", 0), *name;
		size_t k;

		if (!url || strncmp(url, OFFER_EXT_PREFIX, strlen(OFFER_EXT_PREFIX)) != 0)
			continue;   /* someone else's extension: not ours to judge */
		name = url + strlen(OFFER_EXT_PREFIX);
		for (k = 0; known_extensions[k] && strcmp(known_extensions[k], name) != 0; k++)
			;
		if (!known_extensions[k]) {
			problem(rd, hs, "extension", "unknown extension %s", url);
		} else if (strcmp(name, "age") == 0) {
			const fhir_node *range = fhir_get(ext, "valueRange", 0);
			if (!range)
				problem(rd, hs, "extension", "%s needs a valueRange", url);
			it->pub.age_min = years(rd, hs, fhir_get(range, "low", 0), "extension.low");
			it->pub.age_max = years(rd, hs, fhir_get(range, "high", 0), "extension.high");
		} else {
			const char *text = fhir_get_value(ext, "valueString", 0);
			if (!text)
				problem(rd, hs, "extension", "%s needs a valueString", url);
			else if (strcmp(name, "cost") == 0)
				it->pub.cost = text;
			else
				it->pub.insurer_pays = text;
		}
	}
}

static const char *const day_names[][2] = {
	{ "mon", "ma" }, { "tue", "di" }, { "wed", "wo" }, { "thu", "do" },
	{ "fri", "vr" }, { "sat", "za" }, { "sun", "zo" },
};

/* "di, do 10:00-11:00; za 09:00-10:00" */
static void read_times(reader *rd, const fhir_node *hs, offer_item *it)
{
	strbuf b = STRBUF_INIT;
	size_t i, j, k;

	for (i = 0; i < fhir_count(hs, "availableTime"); i++) {
		const fhir_node *t = fhir_get(hs, "availableTime", i);
		const char *from = fhir_get_value(t, "availableStartTime", 0);
		const char *to = fhir_get_value(t, "availableEndTime", 0);

		if (b.len)
			strbuf_puts(&b, "; ");
		for (j = 0; j < fhir_count(t, "daysOfWeek"); j++) {
			const char *day = fhir_get_value(t, "daysOfWeek", j);
			for (k = 0; k < 7 && strcmp(day_names[k][0], day) != 0; k++)
				;
			strbuf_printf(&b, "%s%s", j ? ", " : "", k < 7 ? day_names[k][1] : day);
		}
		if (from && to)
			strbuf_printf(&b, " %.5s-%.5s", from, to);
	}
	if (b.len)
		it->pub.when = keep(rd, strbuf_detach(&b, NULL));
	strbuf_free(&b);
}

static void read_venue(reader *rd, const fhir_node *hs, offer_item *it)
{
	const fhir_node *loc = resolve(rd, fhir_get(hs, "location", 0), "Location");
	const fhir_node *addr;
	const char *pc;

	if (!fhir_get(hs, "location", 0))
		return;
	if (!loc) {
		problem(rd, hs, "location", "%s is not in the catalogue",
			fhir_get_value(fhir_get(hs, "location", 0), "reference", 0));
		return;
	}
	addr = fhir_get(loc, "address", 0);
	it->pub.town = fhir_get_value(addr, "city", 0);
	pc = fhir_get_value(addr, "postalCode", 0);
	if (pc && strlen(pc) >= 4 && strspn(pc, "0123456789") >= 4)
		memcpy(it->venue_pc4, pc, 4);
	it->pub.venue = keep(rd, str_printf("%s, %s %s", fhir_get_value(loc, "name", 0),
					    pc ? pc : "", it->pub.town ? it->pub.town : ""));
}

/* The configured destination whose endpoint is `url` (a trailing '/' aside). */
static const char *destination_for(const bb_connector *c, const char *url)
{
	size_t i, n, ul;

	if (!c || !url)
		return NULL;
	ul = strlen(url);
	while (ul && url[ul - 1] == '/')
		ul--;
	n = bb_config_destination_count(c);
	for (i = 0; i < n; i++) {
		const char *id = bb_config_destination_id(c, i);
		const char *ep = bb_config_destination_get(c, id, "endpoint");
		size_t el = ep ? strlen(ep) : 0;
		while (el && ep[el - 1] == '/')
			el--;
		if (ep && el == ul && strncmp(ep, url, ul) == 0)
			return id;
	}
	return NULL;
}

static void read_offer(reader *rd, const fhir_node *hs, offer_item *it)
{
	const fhir_node *org, *ep;
	const char *kind = NULL;
	size_t i, k;

	it->pub.id = fhir_get_value(hs, "id", 0);
	it->pub.name = fhir_get_value(hs, "name", 0);
	it->pub.summary = fhir_get_value(hs, "comment", 0);
	if (!it->pub.id || !it->pub.name)
		problem(rd, hs, it->pub.id ? "name" : "id", "every offer has an id and a name");
	for (i = 0; i < fhir_count(hs, "type") && !kind; i++)
		kind = coding_code(fhir_get(hs, "type", i), OFFER_KIND_SYSTEM, NULL);
	for (k = 0; kind && known_kinds[k] && strcmp(known_kinds[k], kind) != 0; k++)
		;
	if (!kind || !known_kinds[k])
		problem(rd, hs, "type", kind ? "unknown kind of offer \"%s\"" : "no kind of offer (%s)",
			kind ? kind : OFFER_KIND_SYSTEM);
	it->pub.kind = kind;
	org = resolve(rd, fhir_get(hs, "providedBy", 0), "Organization");
	if (!org)
		problem(rd, hs, "providedBy", "the providing Organization is not in the catalogue");
	it->pub.organization = fhir_get_value(org, "name", 0);
	it->pub.contact = fhir_get_value(fhir_get(hs, "telecom", 0), "value", 0);
	if (!it->pub.contact)
		it->pub.contact = fhir_get_value(fhir_get(org, "telecom", 0), "value", 0);
	it->pub.program = fhir_get_value(fhir_get(hs, "program", 0), "text", 0);
	read_extensions(rd, hs, it);
	read_times(rd, hs, it);
	read_venue(rd, hs, it);

	if (fhir_count(hs, "endpoint")) {
		ep = resolve(rd, fhir_get(hs, "endpoint", 0), "Endpoint");
		it->pub.endpoint = fhir_get_value(ep, "address", 0);
		if (!ep || !it->pub.endpoint || strncmp(it->pub.endpoint, "https://", 8) != 0)
			problem(rd, hs, "endpoint", "needs an Endpoint in the catalogue with an https address");
		it->pub.destination_id = destination_for(rd->c, it->pub.endpoint);
	}

	it->conditions = calloc(fhir_count(hs, "eligibility") + 1, sizeof(*it->conditions));
	for (i = 0; it->conditions && i < fhir_count(hs, "eligibility"); i++) {
		const char *display = NULL;
		const char *code = coding_code(fhir_get(fhir_get(hs, "eligibility", i), "code", 0),
					       ICPC_SYSTEM, &display);
		if (!code)
			problem(rd, hs, "eligibility", "a condition is an ICPC-1-NL code (%s)", ICPC_SYSTEM);
		else
			it->conditions[it->nconditions++] = (offer_condition){ code, display };
	}
	it->features = calloc(fhir_count(hs, "characteristic") + 1, sizeof(*it->features));
	for (i = 0; it->features && i < fhir_count(hs, "characteristic"); i++) {
		const char *f = coding_code(fhir_get(hs, "characteristic", i), OFFER_FEATURE_SYSTEM, NULL);
		if (f)
			it->features[it->nfeatures++] = f;
	}
	it->areas = calloc(fhir_count(hs, "coverageArea") + 1, sizeof(*it->areas));
	for (i = 0; it->areas && i < fhir_count(hs, "coverageArea"); i++) {
		const fhir_node *loc = resolve(rd, fhir_get(hs, "coverageArea", i), "Location");
		const offer_area *a = loc ? area_of_location(rd, loc) : NULL;
		if (!a)
			problem(rd, hs, "coverageArea", "%s is not an area of the catalogue (a Location "
				"with %s identifiers)",
				fhir_get_value(fhir_get(hs, "coverageArea", i), "reference", 0), PC4_SYSTEM);
		else
			it->areas[it->nareas++] = a;
	}
	if (!it->conditions || !it->features || !it->areas)
		rd->bad = 1;
}

int catalogue_parse(catalogue **out, const char *buf, size_t len, const char *source,
		    bb_connector *c, diag_list *d)
{
	reader rd;
	size_t i, j, n, offers = 0;
	const char *type;
	int rc;

	*out = NULL;
	memset(&rd, 0, sizeof(rd));
	rd.source = source;
	rd.c = c;
	rd.d = d;
	if (!(rd.cat = calloc(1, sizeof(*rd.cat))))
		return BB_ENOMEM;
	if ((rc = connector_fhir_read(c, &rd.cat->bundle, buf, len, source, d)) != BB_OK) {
		catalogue_free(rd.cat);
		return rc;
	}
	type = fhir_node_type_name(rd.cat->bundle);
	if (strcmp(type, "Bundle") != 0 || !fhir_get_value(rd.cat->bundle, "type", 0) ||
	    strcmp(fhir_get_value(rd.cat->bundle, "type", 0), "collection") != 0) {
		diag_add(d, BB_EINPUT, source, 0, "Bundle.type",
			 "a beweegkaart is a Bundle of type collection, not a %s", type);
		catalogue_free(rd.cat);
		return BB_EINPUT;
	}
	n = fhir_count(rd.cat->bundle, "entry");
	for (i = 0; i < n; i++) {
		const fhir_node *r = resource_at(rd.cat->bundle, i);
		if (!r || !fhir_get_value(r, "id", 0))
			problem(&rd, r, NULL, "entry %zu has no resource with an id", i);
		else if (strcmp(fhir_node_type_name(r), "HealthcareService") == 0)
			offers++;
		/* two resources of one type and id: a reference would be ambiguous */
		for (j = 0; r && j < i; j++) {
			const fhir_node *q = resource_at(rd.cat->bundle, j);
			if (q && strcmp(fhir_node_type_name(q), fhir_node_type_name(r)) == 0 &&
			    fhir_get_value(q, "id", 0) && fhir_get_value(r, "id", 0) &&
			    strcmp(fhir_get_value(q, "id", 0), fhir_get_value(r, "id", 0)) == 0)
				problem(&rd, r, NULL, "the id is used twice");
		}
	}
	for (i = 0; i < n; i++)
		check_references(&rd, resource_at(rd.cat->bundle, i), resource_at(rd.cat->bundle, i));
	read_areas(&rd);
	rd.cat->items = calloc(offers ? offers : 1, sizeof(*rd.cat->items));
	if (!rd.cat->items)
		rd.bad = 1;
	for (i = 0; rd.cat->items && i < n; i++) {
		const fhir_node *r = resource_at(rd.cat->bundle, i);
		if (r && strcmp(fhir_node_type_name(r), "HealthcareService") == 0)
			read_offer(&rd, r, &rd.cat->items[rd.cat->count++]);
	}
	if (!rd.bad && rd.cat->count == 0)
		problem(&rd, NULL, "entry", "the catalogue has no HealthcareService: no offers");
	if (rd.bad) {
		catalogue_free(rd.cat);
		return d->count ? BB_EINPUT : BB_ENOMEM;
	}
	*out = rd.cat;
	return BB_OK;
}

void catalogue_free(catalogue *cat)
{
	size_t i;

	if (!cat)
		return;
	for (i = 0; i < cat->count; i++) {
		free(cat->items[i].conditions);
		free(cat->items[i].features);
		free(cat->items[i].areas);
	}
	for (i = 0; i < cat->nareas; i++)
		free(cat->areas[i].pc4);
	for (i = 0; i < cat->nowned; i++)
		free(cat->owned[i]);
	free(cat->owned);
	free(cat->items);
	free(cat->areas);
	fhir_node_free(cat->bundle);
	free(cat);
}

const offer_area *catalogue_area_of(const catalogue *cat, const char *pc4)
{
	size_t i, j;

	for (i = 0; cat && pc4 && i < cat->nareas; i++)
		for (j = 0; j < cat->areas[i].npc4; j++)
			if (strncmp(cat->areas[i].pc4[j], pc4, 4) == 0)
				return &cat->areas[i];
	return NULL;
}
