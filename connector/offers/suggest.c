/*
 * Which offers fit the patient in front of the GP, best first, and why.
 *
 * First what rules an offer out: another kind than asked, an age outside
 * its range, another town, an offer that needs good mobility for someone
 * whose mobility is limited, or an offer for particular conditions none of
 * which the patient has. Then points, each with the sentence that explains
 * it (docs/beweegkaart.md lists them):
 *
 *   +30  it is for one of the patient's conditions (+5 for each further one)
 *   +10  ... and it is specialised (4 conditions or fewer)
 *   +10  it is open to everyone (no particular conditions)
 *   +20  it serves the patient's wijk; +5 elsewhere in the same town
 *   +12  per preferred feature it has (outdoor, group, free, evening ...)
 *   +10  it suits limited mobility, when mobility is limited
 *   +15  a GLI the patient meets the criteria for; -25 when they do not
 *    +3  it takes electronic referrals here (one click)
 *
 * Ties go to the lower id, so the same question always gets the same answer.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "offers_priv.h"
#include "util/strutil.h"

typedef struct list {
	char **items;
	size_t count;
} list;

/* "T90, K86" -> {"T90", "K86"}: comma or space separated, trimmed. */
static int split(list *l, const char *text)
{
	const char *p = text;

	memset(l, 0, sizeof(*l));
	while (p && *p) {
		size_t n;
		char **grown;
		p += strspn(p, ", \t");
		n = strcspn(p, ", \t");
		if (!n)
			break;
		grown = realloc(l->items, (l->count + 1) * sizeof(*grown));
		if (!grown || !(grown[l->count] = str_ndup(p, n))) {
			free(grown ? grown : l->items);
			memset(l, 0, sizeof(*l));
			return BB_ENOMEM;
		}
		l->items = grown;
		l->count++;
		p += n;
	}
	return BB_OK;
}

static void list_free(list *l)
{
	size_t i;

	for (i = 0; i < l->count; i++)
		free(l->items[i]);
	free(l->items);
}

/* T90.02 is within T90; T90 is within T90.02's rubric too (the offer names the rubric). */
static int icpc_match(const char *patient, const char *offer)
{
	size_t pr = strcspn(patient, "."), orr = strcspn(offer, ".");

	if (strchr(offer, '.'))
		return strcmp(patient, offer) == 0;
	return pr == orr && strncmp(patient, offer, pr) == 0;
}

typedef struct judged {
	const offer_item *it;
	int score;
	strbuf why;
} judged;

static void say(judged *j, int points, const char *fmt, ...) STR_PRINTF(3, 4);
static void say(judged *j, int points, const char *fmt, ...)
{
	va_list ap;

	j->score += points;
	if (j->why.len)
		strbuf_putc(&j->why, '\n');
	va_start(ap, fmt);
	strbuf_vprintf(&j->why, fmt, ap);
	va_end(ap);
}

/* What the query asks, parsed once. */
typedef struct asked {
	const bb_offer_query *q;
	list reasons, prefers;
	char pc4[5];
	const offer_area *home;     /* the patient's wijk in this catalogue */
	bb_gli_verdict gli_verdict; /* BB_GLI_NOT_CHECKED: not judged */
	char *gli_why;
} asked;

static int conditions(judged *j, const asked *a)
{
	const offer_item *it = j->it;
	strbuf m = STRBUF_INIT;
	size_t i, k, matched = 0;

	if (!it->nconditions) {
		say(j, 10, "open to everyone");
		return 1;
	}
	if (!a->reasons.count) {
		strbuf_free(&m);
		return 1;
	}
	for (i = 0; i < it->nconditions; i++)
		for (k = 0; k < a->reasons.count; k++)
			if (icpc_match(a->reasons.items[k], it->conditions[i].code)) {
				strbuf_printf(&m, "%s%s %s", matched ? ", " : "", it->conditions[i].code,
					      it->conditions[i].display ? it->conditions[i].display : "");
				matched++;
				break;
			}
	if (!matched) {
		strbuf_free(&m);
		return 0;
	}
	say(j, 30 + 5 * (int)(matched - 1), "for %s", m.data);
	if (it->nconditions <= 4)
		say(j, 10, "a specialised offer");
	strbuf_free(&m);
	return 1;
}

static int area(judged *j, const asked *a)
{
	const offer_item *it = j->it;
	size_t i, k;

	if (!a->pc4[0])
		return 1;
	for (i = 0; i < it->nareas; i++)
		for (k = 0; k < it->areas[i]->npc4; k++)
			if (strcmp(it->areas[i]->pc4[k], a->pc4) == 0) {
				say(j, 20, "serves %s (%s)", a->pc4, it->areas[i]->name);
				return 1;
			}
	if (a->home && it->pub.town && strcmp(a->home->town, it->pub.town) == 0) {
		say(j, 5, "in %s, but not for %s (%s)", it->pub.town, a->pc4, a->home->name);
		return 1;
	}
	if (!a->home && it->venue_pc4[0] && strncmp(it->venue_pc4, a->pc4, 2) == 0)
		return 1;   /* a postcode the catalogue has no area for: the same region will do */
	return 0;
}

static int age(judged *j, const asked *a)
{
	const bb_offer *o = &j->it->pub;

	if (a->q->age < 0 || (o->age_min < 0 && o->age_max < 0))
		return 1;
	if ((o->age_min >= 0 && a->q->age < o->age_min) || (o->age_max >= 0 && a->q->age > o->age_max))
		return 0;
	if (o->age_max >= 0)
		say(j, 0, "age %d fits (%d-%d)", a->q->age, o->age_min < 0 ? 0 : o->age_min, o->age_max);
	else
		say(j, 0, "age %d fits (%d+)", a->q->age, o->age_min);
	return 1;
}

static void preferences(judged *j, const asked *a)
{
	strbuf missing = STRBUF_INIT;
	size_t i;

	for (i = 0; i < a->prefers.count; i++) {
		if (bb_offer_has_feature(&j->it->pub, a->prefers.items[i]))
			say(j, 12, "%s: yes", a->prefers.items[i]);
		else
			strbuf_printf(&missing, "%s%s", missing.len ? ", " : "", a->prefers.items[i]);
	}
	if (missing.len)
		say(j, 0, "not %s", missing.data);
	strbuf_free(&missing);
}

static void gli(judged *j, const asked *a)
{
	if (!j->it->pub.kind || strcmp(j->it->pub.kind, "gli") != 0 || !a->gli_verdict)
		return;
	if (a->gli_verdict == BB_GLI_ELIGIBLE)
		say(j, 15, "GLI %s", a->gli_why);
	else if (a->gli_verdict == BB_GLI_NOT_ELIGIBLE)
		say(j, -25, "GLI %s", a->gli_why);
	else
		say(j, 0, "GLI: check the entry criteria (%s)", a->gli_why ? a->gli_why : "");
}

static void how_to_refer(judged *j)
{
	const bb_offer *o = &j->it->pub;

	if (o->cost)
		say(j, 0, "cost: %s", o->cost);
	if (o->insurer_pays)
		say(j, 0, "insurance: %s", o->insurer_pays);
	if (o->destination_id)
		say(j, 3, "refer: electronically via destination %s", o->destination_id);
	else if (o->endpoint)
		say(j, 0, "refer: takes electronic referrals, but no destination here has endpoint %s",
		    o->endpoint);
	else
		say(j, 0, "refer: by phone%s%s", o->contact ? " " : "", o->contact ? o->contact : "");
}

/* Everything that rules the offer out; 1 if it stays. */
static int judge(judged *j, const asked *a)
{
	const bb_offer *o = &j->it->pub;
	int limited = a->q->mobility && strcmp(a->q->mobility, "limited") == 0;

	if (a->q->kind && (!o->kind || strcmp(a->q->kind, o->kind) != 0))
		return 0;
	if (limited && bb_offer_has_feature(o, "needs-good-mobility"))
		return 0;
	if (!conditions(j, a) || !area(j, a) || !age(j, a))
		return 0;
	if (limited && bb_offer_has_feature(o, "for-limited-mobility"))
		say(j, 10, "suits limited mobility");
	preferences(j, a);
	gli(j, a);
	how_to_refer(j);
	return 1;
}

static int by_score(const void *x, const void *y)
{
	const judged *a = x, *b = y;

	if (a->score != b->score)
		return b->score - a->score;
	return strcmp(a->it->pub.id, b->it->pub.id);
}

/* The GLI criteria for the query: its reasons and BMI, through bb_gli_check. */
static void judge_gli(asked *a, const bb_referral *record)
{
	bb_referral *r = NULL;
	size_t i;

	if (record) {
		bb_gli_check(&a->gli_verdict, &a->gli_why, record);
		return;
	}
	if (!a->q->bmi) {
		a->gli_verdict = BB_GLI_UNKNOWN;
		a->gli_why = str_dup("no BMI given");
		return;
	}
	if (bb_referral_new(&r) != BB_OK)
		return;
	for (i = 0; i < a->reasons.count; i++)
		bb_referral_add_reason(r, "icpc-1-nl", a->reasons.items[i], a->reasons.items[i]);
	if (a->q->age >= 0) {
		/* an age as a birth date far enough back: only "adult or not" matters here */
		char birth[24];
		time_t now = time(NULL);
		struct tm tm;
		gmtime_r(&now, &tm);
		snprintf(birth, sizeof(birth), "%04d-01-01", tm.tm_year + 1900 - a->q->age - 1);
		bb_referral_set(r, BB_REF_PATIENT_BIRTHDATE, birth);
	}
	if (bb_referral_add_measurement(r, "39156-5", a->q->bmi, "kg/m2", NULL) == BB_OK)
		bb_gli_check(&a->gli_verdict, &a->gli_why, r);
	bb_referral_free(r);
}

/* The list bb_offers_suggest hands out: the items and the texts they point to. */
struct bb_suggestions {
	size_t count;
	bb_suggestion *items;
};

static int suggest(bb_suggestions **out, const bb_offers *offers, const bb_offer_query *q,
		   size_t max, const bb_referral *record)
{
	asked a;
	judged *all;
	bb_suggestions *found;
	size_t i, n = 0;
	int rc = BB_OK;

	if (!out)
		return BB_EINVAL;
	*out = NULL;
	if (!offers || !q || q->version != BB_OFFER_QUERY_VERSION)
		return BB_EINVAL;
	if (!(found = calloc(1, sizeof(*found))))
		return BB_ENOMEM;
	if (!offers->cat) {
		*out = found;
		return BB_OK;
	}
	memset(&a, 0, sizeof(a));
	a.q = q;
	if (split(&a.reasons, q->reasons) != BB_OK || split(&a.prefers, q->prefers) != BB_OK) {
		list_free(&a.reasons);
		free(found);
		return BB_ENOMEM;
	}
	if (q->postcode && strlen(q->postcode) >= 4 && strspn(q->postcode, "0123456789") >= 4) {
		memcpy(a.pc4, q->postcode, 4);
		a.home = catalogue_area_of(offers->cat, a.pc4);
	}
	judge_gli(&a, record);
	all = calloc(offers->cat->count + 1, sizeof(*all));
	if (!all) {
		rc = BB_ENOMEM;
		goto done;
	}
	for (i = 0; i < offers->cat->count; i++) {
		judged *j = &all[n];
		j->it = &offers->cat->items[i];
		j->score = 0;   /* the slot of an offer ruled out before is reused */
		memset(&j->why, 0, sizeof(j->why));
		if (judge(j, &a))
			n++;
		else
			strbuf_free(&j->why);
	}
	qsort(all, n, sizeof(*all), by_score);
	if (max && n > max) {
		for (i = max; i < n; i++)
			strbuf_free(&all[i].why);
		n = max;
	}
	if (n && !(found->items = calloc(n, sizeof(*found->items))))
		rc = BB_ENOMEM;
	for (i = 0; i < n; i++) {
		if (rc == BB_OK) {
			found->items[i].offer = &all[i].it->pub;
			found->items[i].score = all[i].score;
			found->items[i].why = strbuf_detach(&all[i].why, NULL);
		} else {
			strbuf_free(&all[i].why);
		}
	}
	if (rc == BB_OK)
		found->count = n;
	free(all);
done:
	if (rc == BB_OK)
		*out = found;
	else
		bb_suggestions_free(found);
	list_free(&a.reasons);
	list_free(&a.prefers);
	free(a.gli_why);
	return rc;
}

int bb_offers_suggest(bb_suggestions **out, const bb_offers *offers,
		      const bb_offer_query *query, size_t max)
{
	return suggest(out, offers, query, max, NULL);
}

/* Words in the GP's note of the patient's wishes, and the feature each names. */
static const struct { const char *word, *feature; } wish_words[] = {
	{ "buiten", "outdoor" }, { "groep", "group" }, { "samen", "group" },
	{ "alleen", "individual" }, { "avond", "evening" }, { "overdag", "daytime" },
	{ "vrouw", "women-only" }, { "gratis", "free" }, { "zwem", "water" },
	{ "water", "water" }, { "weekend", "weekend" }, { "dichtbij", "near-home" },
	{ "wijk", "near-home" },
};

static int years_since(const char *birth)
{
	int by, bm, bd, age;
	time_t now = time(NULL);
	struct tm tm;

	if (!birth || sscanf(birth, "%4d-%2d-%2d", &by, &bm, &bd) != 3)
		return -1;
	gmtime_r(&now, &tm);
	age = tm.tm_year + 1900 - by;
	if (tm.tm_mon + 1 < bm || (tm.tm_mon + 1 == bm && tm.tm_mday < bd))
		age--;
	return age;
}

int bb_offers_suggest_for_referral(bb_suggestions **out, const bb_offers *offers,
				   const bb_referral *r, const char *prefers, size_t max)
{
	bb_offer_query q = BB_OFFER_QUERY_INIT;
	strbuf reasons = STRBUF_INIT, wishes = STRBUF_INIT;
	const char *text;
	size_t i;
	int rc;

	if (out)
		*out = NULL;
	if (!r)
		return BB_EINVAL;
	for (i = 0; i < bb_referral_reason_count(r); i++) {
		const char *sys, *code;
		bb_referral_reason_at(&sys, &code, NULL, r, i);
		if (code && sys && strcmp(sys, "icpc-1-nl") == 0)
			strbuf_printf(&reasons, "%s%s", reasons.len ? "," : "", code);
	}
	if (prefers)
		strbuf_puts(&wishes, prefers);
	text = bb_referral_get(r, BB_REF_PREFERENCES);
	for (i = 0; text && i < sizeof(wish_words) / sizeof(wish_words[0]); i++) {
		char *lower = str_dup(text), *p;
		for (p = lower; p && *p; p++)
			if (*p >= 'A' && *p <= 'Z')
				*p = (char)(*p - 'A' + 'a');
		if (lower && strstr(lower, wish_words[i].word) &&
		    !(wishes.data && strstr(wishes.data, wish_words[i].feature)))
			strbuf_printf(&wishes, "%s%s", wishes.len ? "," : "", wish_words[i].feature);
		free(lower);
	}
	q.reasons = reasons.data;
	q.prefers = wishes.data;
	q.postcode = bb_referral_get(r, BB_REF_PATIENT_POSTCODE);
	q.age = years_since(bb_referral_get(r, BB_REF_PATIENT_BIRTHDATE));
	rc = suggest(out, offers, &q, max, r);
	strbuf_free(&reasons);
	strbuf_free(&wishes);
	return rc;
}

size_t bb_suggestions_count(const bb_suggestions *s)
{
	return s ? s->count : 0;
}

const bb_suggestion *bb_suggestions_at(const bb_suggestions *s, size_t index)
{
	return s && index < s->count ? &s->items[index] : NULL;
}

void bb_suggestions_free(bb_suggestions *s)
{
	size_t i;

	if (!s)
		return;
	for (i = 0; i < s->count; i++)
		free((char *)s->items[i].why);   /* made here by strbuf_detach */
	free(s->items);
	free(s);
}
