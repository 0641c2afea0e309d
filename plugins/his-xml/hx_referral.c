/*
 * A document that passed the schema -> the canonical referral. The schema
 * has settled structure and lexical form; the model checks meaning (BSN
 * elfproef, real dates, LOINC check digits) and records problems at the
 * place given to bb_referral_locate, so they name line and element too.
 */
#include <stdio.h>
#include <string.h>

#include "hx.h"

/* Element name -> referral field, for simple text elements per parent. */
typedef struct text_field {
	const char *element;
	int field;
} text_field;

static const text_field patient_fields[] = {
	{ "bsn", BB_REF_PATIENT_BSN },
	{ "geboortedatum", BB_REF_PATIENT_BIRTHDATE },
	{ "telefoon", BB_REF_PATIENT_PHONE },
	{ "email", BB_REF_PATIENT_EMAIL },
	{ NULL, 0 }
};

static const text_field name_fields[] = {
	{ "voornamen", BB_REF_PATIENT_GIVEN },
	{ "voorletters", BB_REF_PATIENT_INITIALS },
	{ "roepnaam", BB_REF_PATIENT_CALL_NAME },
	{ "voorvoegsel", BB_REF_PATIENT_PREFIX },
	{ "achternaam", BB_REF_PATIENT_FAMILY },
	{ "partnerVoorvoegsel", BB_REF_PATIENT_PARTNER_PREFIX },
	{ "partnerAchternaam", BB_REF_PATIENT_PARTNER_FAMILY },
	{ "naamgebruik", BB_REF_PATIENT_NAME_USAGE },
	{ NULL, 0 }
};

static const text_field address_fields[] = {
	{ "straat", BB_REF_PATIENT_STREET },
	{ "huisnummer", BB_REF_PATIENT_HOUSENUMBER },
	{ "huisnummertoevoeging", BB_REF_PATIENT_HOUSENUMBER_SUFFIX },
	{ "postcode", BB_REF_PATIENT_POSTCODE },
	{ "woonplaats", BB_REF_PATIENT_CITY },
	{ "land", BB_REF_PATIENT_COUNTRY },
	{ NULL, 0 }
};

static const text_field referrer_fields[] = {
	{ "agb", BB_REF_REFERRER_AGB },
	{ "uzi", BB_REF_REFERRER_UZI },
	{ "big", BB_REF_REFERRER_BIG },
	{ "voorletters", BB_REF_REFERRER_INITIALS },
	{ "voornaam", BB_REF_REFERRER_GIVEN },
	{ "voorvoegsel", BB_REF_REFERRER_PREFIX },
	{ "achternaam", BB_REF_REFERRER_FAMILY },
	{ "rol", BB_REF_REFERRER_ROLE },
	{ "telefoon", BB_REF_REFERRER_PHONE },
	{ NULL, 0 }
};

static const text_field practice_fields[] = {
	{ "agb", BB_REF_PRACTICE_AGB },
	{ "ura", BB_REF_PRACTICE_URA },
	{ "naam", BB_REF_PRACTICE_NAME },
	{ "telefoon", BB_REF_PRACTICE_PHONE },
	{ NULL, 0 }
};

static const text_field receiver_fields[] = {
	{ "id", BB_REF_RECEIVER_ID },
	{ "naam", BB_REF_RECEIVER_NAME },
	{ "agb", BB_REF_RECEIVER_AGB },
	{ "ura", BB_REF_RECEIVER_URA },
	{ "aanbod", BB_REF_OFFER_ID },
	{ NULL, 0 }
};

static const text_field referral_fields[] = {
	{ "brief", BB_REF_LETTER },
	{ "wensen", BB_REF_PREFERENCES },
	{ "geldigTot", BB_REF_VALID_UNTIL },
	{ "hulpvraag", BB_REF_GOAL },
	{ NULL, 0 }
};

/* Dutch words of the export -> the model's values. */
typedef struct word {
	const char *nl;
	const char *model;
} word;

static const word kinds[] = {
	{ "gli", "gli" }, { "beweegcoach", "beweegcoach" }, { "stadspoli", "stadspoli" },
	{ "regulier", "regular" }, { NULL, NULL }
};
static const word tracks[] = {
	{ "fysiotherapie", "physio" }, { "specialist", "specialist" },
	{ "beweegcoach", "beweegcoach" }, { NULL, NULL }
};
static const word genders[] = {
	{ "M", "male" }, { "V", "female" }, { "X", "other" }, { "O", "unknown" }, { NULL, NULL }
};
static const word consents[] = { { "ja", "yes" }, { "nee", "no" }, { NULL, NULL } };

typedef struct reader {
	const bb_host *host;
	bb_referral *out;
	char path[256];
} reader;

static const char *translate(const word *w, const char *nl)
{
	for (; nl && w->nl; w++)
		if (strcmp(w->nl, nl) == 0)
			return w->model;
	/* the schema lets nothing else through; the model will name it */
	return nl;
}

static int named(const xmlNode *n, const char *name)
{
	return strcmp((const char *)n->name, name) == 0;
}

/* Remember where we are, so model problems name line and element. */
static void locate(reader *rd, const xmlNode *n)
{
	hx_node_path(rd->path, sizeof(rd->path), n);
	bb_referral_locate(rd->out, hx_node_line(n), rd->path);
}

/* Remove XML white space at both ends of `s`, in place; returns s. */
static char *trim_xml_space(char *s)
{
	char *start = s;
	size_t len;

	if (!s)
		return NULL;
	while (*start == ' ' || *start == '\n' || *start == '\t' || *start == '\r')
		start++;
	len = strlen(start);
	while (len && (start[len - 1] == ' ' || start[len - 1] == '\n' ||
		       start[len - 1] == '\t' || start[len - 1] == '\r'))
		len--;
	memmove(s, start, len);
	s[len] = '\0';
	return s;
}

/* Trimmed text content (pretty printing adds white space); free with xmlFree. */
static char *text_of(const xmlNode *n)
{
	return trim_xml_space((char *)xmlNodeGetContent(n));
}

/* A trimmed attribute (the schema's token types allow white space around it). */
static char *attr(const xmlNode *n, const char *name)
{
	return trim_xml_space((char *)xmlGetNoNsProp(n, (const xmlChar *)name));
}

static void set_text(reader *rd, const xmlNode *n, int field, const word *words)
{
	char *v = text_of(n);

	bb_referral_set(rd->out, field, words ? translate(words, v) : v);
	xmlFree(v);
}

static void set_attr(reader *rd, const xmlNode *n, const char *name, int field,
		     const word *words)
{
	char *v = attr(n, name);

	if (v) {
		char where[300];
		snprintf(where, sizeof(where), "%s/@%s", rd->path, name);
		bb_referral_locate(rd->out, hx_node_line(n), where);
		bb_referral_set(rd->out, field, words ? translate(words, v) : v);
		bb_referral_locate(rd->out, hx_node_line(n), rd->path);
	}
	xmlFree(v);
}

/* The element children of `parent` that are simple fields of `table`. */
static void read_fields(reader *rd, const xmlNode *parent, const text_field *table)
{
	const xmlNode *n;
	const text_field *t;

	for (n = parent->children; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		locate(rd, n);
		for (t = table; t->element && !named(n, t->element); t++)
			;
		if (t->element)
			set_text(rd, n, t->field, NULL);
		else if (named(n, "naam"))
			read_fields(rd, n, name_fields);
		else if (named(n, "adres"))
			read_fields(rd, n, address_fields);
		else if (named(n, "geslacht"))
			set_text(rd, n, BB_REF_PATIENT_GENDER, genders);
		else
			bb_referral_problem(rd->out, "unknown element");
	}
}

/*
 * An episode: a reason for referral, with the date the HIS episode began.
 * The first episode is the main complaint; its begindatum is also the
 * complaint's onset (a triage asks how long it has lasted).
 */
static void read_episode(reader *rd, const xmlNode *n)
{
	char *icpc = attr(n, "icpc"), *title = text_of(n), *start = attr(n, "begindatum");
	int first = bb_referral_reason_count(rd->out) == 0;

	bb_referral_add_episode(rd->out, icpc ? "icpc-1-nl" : NULL, icpc, title, start);
	if (start && first)
		set_attr(rd, n, "begindatum", BB_REF_COMPLAINT_ONSET, NULL);
	xmlFree(icpc);
	xmlFree(title);
	xmlFree(start);
}

/*
 * A measurement: an NHG Tabel 45 number and/or a LOINC code, mapped by the
 * terminology core (docs/terminology.md); the core refuses an NHG number
 * it cannot vouch for, and codes that disagree.
 */
static void read_measurement(reader *rd, const xmlNode *n)
{
	char *loinc = attr(n, "loinc"), *nhg = attr(n, "nhg"), *value = attr(n, "waarde");
	char *unit = attr(n, "eenheid"), *when = attr(n, "datum");

	bb_referral_add_his_measurement(rd->out, nhg, loinc, value, unit, when);
	xmlFree(loinc);
	xmlFree(nhg);
	xmlFree(value);
	xmlFree(unit);
	xmlFree(when);
}

static void read_consent(reader *rd, const xmlNode *n)
{
	set_attr(rd, n, "gegeven", BB_REF_CONSENT, consents);
	set_attr(rd, n, "datum", BB_REF_CONSENT_DATE, NULL);
}

/*
 * soort: the installation's code map first ([his "his-xml"] referral_types,
 * CODE=kind or CODE=kind/track), then our own words; a code in neither is
 * refused, naming the setting that would map it.
 */
static void read_kind(reader *rd, const xmlNode *root)
{
	char *v = attr(root, "soort"), local[64], where[300];
	char *slash;
	const word *w;

	if (!v)
		return;
	snprintf(where, sizeof(where), "%s/@soort", rd->path);
	bb_referral_locate(rd->out, hx_node_line(root), where);
	if (bb_host_code(local, sizeof(local), rd->host, HX_MAP_REFERRAL_TYPES, v) == 1) {
		if ((slash = strchr(local, '/')) != NULL)
			*slash++ = '\0';
		bb_referral_set(rd->out, BB_REF_KIND, local);
		if (slash)
			bb_referral_set(rd->out, BB_REF_TRACK, slash);
	} else {
		for (w = kinds; w->nl && strcmp(w->nl, v) != 0; w++)
			;
		if (w->nl)
			bb_referral_set(rd->out, BB_REF_KIND, w->model);
		else
			bb_referral_problem(rd->out, "referral kind \"%.32s\" is not gli, beweegcoach, "
					    "stadspoli or regulier, nor a code of the HIS's own in the "
					    "configuration's [his \"his-xml\"] " HX_MAP_REFERRAL_TYPES
					    " (e.g. %.32s=beweegcoach)", v, v);
	}
	bb_referral_locate(rd->out, hx_node_line(root), rd->path);
	xmlFree(v);
}

int hx_map_referral(const bb_host *host, xmlDocPtr doc, bb_referral *out)
{
	xmlNodePtr root = xmlDocGetRootElement(doc);
	const xmlNode *n;
	const text_field *t;
	reader rd;

	rd.host = host;
	rd.out = out;
	locate(&rd, root);
	set_attr(&rd, root, "id", BB_REF_ID, NULL);
	read_kind(&rd, root);
	set_attr(&rd, root, "datum", BB_REF_AUTHORED, NULL);
	set_attr(&rd, root, "prioriteit", BB_REF_PRIORITY, NULL);
	for (n = root->children; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		locate(&rd, n);
		for (t = referral_fields; t->element && !named(n, t->element); t++)
			;
		if (t->element)
			set_text(&rd, n, t->field, NULL);
		else if (named(n, "patient"))
			read_fields(&rd, n, patient_fields);
		else if (named(n, "verwijzer"))
			read_fields(&rd, n, referrer_fields);
		else if (named(n, "praktijk"))
			read_fields(&rd, n, practice_fields);
		else if (named(n, "ontvanger"))
			read_fields(&rd, n, receiver_fields);
		else if (named(n, "traject"))
			set_text(&rd, n, BB_REF_TRACK, tracks);
		else if (named(n, "episode"))
			read_episode(&rd, n);
		else if (named(n, "meting"))
			read_measurement(&rd, n);
		else if (named(n, "toestemming"))
			read_consent(&rd, n);
		else
			bb_referral_problem(out, "unknown element");
	}
	return BB_OK;
}

int hx_read(const bb_host *host, xmlSchemaPtr schema, const bb_input *in, bb_referral *out)
{
	xmlDocPtr doc;
	int rc;

	if ((rc = hx_parse(&doc, host, in)) != BB_OK)
		return rc;
	if ((rc = hx_validate(host, schema, doc)) != BB_OK)
		goto fail;
	rc = hx_map_referral(host, doc, out);
fail:
	xmlFreeDoc(doc);
	return rc;
}
