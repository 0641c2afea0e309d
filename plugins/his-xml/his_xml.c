/*
 * his-xml: reads the Beweegbrug HIS XML export, the format a HIS vendor
 * maps to when it has nothing better. Namespace urn:beweegbrug:his:1;
 * Dutch element names, because the people who map to it are Dutch HIS
 * developers reading Dutch GP concepts.
 *
 * The parser refuses DTDs outright (no entities, no external loads) and
 * never touches the network.
 */
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "beweegbrug/plugin.h"

#define HIS_NS "urn:beweegbrug:his:1"

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
	{ "traject", BB_REF_TRACK },
	{ "geldigTot", BB_REF_VALID_UNTIL },
	{ NULL, 0 }
};

typedef struct reader {
	const bb_host *host;
	bb_referral *out;
	char path[256];
} reader;

static int is_ours(const xmlNode *n)
{
	return n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
	       strcmp((const char *)n->ns->href, HIS_NS) == 0;
}

/* Remember where we are, so model problems name line and element. */
static void locate(reader *rd, const xmlNode *n, const char *parent)
{
	snprintf(rd->path, sizeof(rd->path), "%s/%s", parent, (const char *)n->name);
	bb_referral_locate(rd->out, (unsigned)xmlGetLineNo(n), rd->path);
}

static char *text_of(const xmlNode *n)
{
	xmlChar *t = xmlNodeGetContent(n);
	char *s = (char *)t;
	size_t len;

	if (!s)
		return NULL;
	/* trim: XML pretty-printing adds white space around values */
	while (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r')
		s++;
	len = strlen(s);
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\n' || s[len - 1] == '\t' ||
		       s[len - 1] == '\r'))
		s[--len] = '\0';
	memmove(t, s, len + 1);
	return (char *)t;
}

static int set_from(reader *rd, const xmlNode *n, int field)
{
	char *v = text_of(n);
	int rc = bb_referral_set(rd->out, field, v);

	xmlFree(v);
	return rc;
}

/* Read the children of `parent` that are simple fields of `table`. */
static void read_fields(reader *rd, const xmlNode *parent, const char *where,
			const text_field *table,
			void (*other)(reader *, const xmlNode *, const char *))
{
	const xmlNode *n;
	const text_field *t;

	for (n = parent->children; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		locate(rd, n, where);
		if (!is_ours(n)) {
			bb_referral_problem(rd->out, "element is not in namespace " HIS_NS);
			continue;
		}
		for (t = table; t->element; t++)
			if (strcmp((const char *)n->name, t->element) == 0)
				break;
		if (t->element)
			set_from(rd, n, t->field);
		else if (other)
			other(rd, n, where);
		else
			bb_referral_problem(rd->out, "unknown element");
	}
}

static void patient_other(reader *rd, const xmlNode *n, const char *where)
{
	char sub[256];

	snprintf(sub, sizeof(sub), "%s/%s", where, (const char *)n->name);
	if (strcmp((const char *)n->name, "naam") == 0) {
		read_fields(rd, n, sub, name_fields, NULL);
	} else if (strcmp((const char *)n->name, "adres") == 0) {
		read_fields(rd, n, sub, address_fields, NULL);
	} else if (strcmp((const char *)n->name, "geslacht") == 0) {
		/* Dutch HIS codes: M man, V vrouw, X anders, O onbekend */
		static const char *const map[][2] = {
			{ "M", "male" }, { "V", "female" }, { "X", "other" }, { "O", "unknown" }
		};
		char *v = text_of(n);
		size_t i;
		int done = 0;
		for (i = 0; v && i < 4; i++)
			if (strcmp(v, map[i][0]) == 0) {
				bb_referral_set(rd->out, BB_REF_PATIENT_GENDER, map[i][1]);
				done = 1;
			}
		if (!done)
			bb_referral_problem(rd->out, "\"%s\" is not M, V, X or O", v ? v : "");
		xmlFree(v);
	} else {
		bb_referral_problem(rd->out, "unknown element");
	}
}

static char *attr(const xmlNode *n, const char *name)
{
	return (char *)xmlGetProp(n, (const xmlChar *)name);
}

static void referral_other(reader *rd, const xmlNode *n, const char *where)
{
	const char *name = (const char *)n->name;
	char sub[256];

	snprintf(sub, sizeof(sub), "%s/%s", where, name);
	if (strcmp(name, "patient") == 0) {
		read_fields(rd, n, sub, patient_fields, patient_other);
	} else if (strcmp(name, "verwijzer") == 0) {
		read_fields(rd, n, sub, referrer_fields, NULL);
	} else if (strcmp(name, "praktijk") == 0) {
		read_fields(rd, n, sub, practice_fields, NULL);
	} else if (strcmp(name, "ontvanger") == 0) {
		read_fields(rd, n, sub, receiver_fields, NULL);
	} else if (strcmp(name, "episode") == 0) {
		char *icpc = attr(n, "icpc"), *text = text_of(n);
		bb_referral_add_reason(rd->out, icpc ? "icpc-1-nl" : NULL, icpc, text);
		xmlFree(icpc);
		xmlFree(text);
	} else if (strcmp(name, "meting") == 0) {
		char *loinc = attr(n, "loinc"), *value = attr(n, "waarde");
		char *unit = attr(n, "eenheid"), *when = attr(n, "datum");
		bb_referral_add_measurement(rd->out, loinc, value, unit, when);
		xmlFree(loinc);
		xmlFree(value);
		xmlFree(unit);
		xmlFree(when);
	} else if (strcmp(name, "toestemming") == 0) {
		char *given = attr(n, "gegeven"), *when = attr(n, "datum");
		if (given && strcmp(given, "ja") == 0)
			bb_referral_set(rd->out, BB_REF_CONSENT, "yes");
		else if (given && strcmp(given, "nee") == 0)
			bb_referral_set(rd->out, BB_REF_CONSENT, "no");
		else
			bb_referral_problem(rd->out, "gegeven must be \"ja\" or \"nee\"");
		bb_referral_set(rd->out, BB_REF_CONSENT_DATE, when);
		xmlFree(given);
		xmlFree(when);
	} else {
		bb_referral_problem(rd->out, "unknown element");
	}
}

/*
 * Stop at the first DOCTYPE, before its declarations are read: entities
 * are never expanded, nor loaded. _private tells the caller why we stopped.
 */
static void refuse_dtd(void *ctx, const xmlChar *name, const xmlChar *ext, const xmlChar *sys)
{
	xmlParserCtxtPtr p = ctx;
	(void)name;
	(void)ext;
	(void)sys;
	if (p->_private)
		*(int *)p->_private = 1;
	xmlStopParser(p);
}

static int read_referral(void *state, const bb_host *host, const bb_input *in,
			 bb_referral *out)
{
	xmlParserCtxtPtr ctxt;
	xmlDocPtr doc = NULL;
	xmlNodePtr root;
	reader rd;
	char *v;
	int saw_dtd;
	(void)state;

	if (in->len > 8u * 1024 * 1024)
		return bb_host_error(host, BB_ETOOBIG, 0, NULL,
				     "HIS record is larger than 8 MiB");
	if (in->len > (size_t)0x7fffffff)
		return bb_host_error(host, BB_ETOOBIG, 0, NULL, "HIS record too large");
	ctxt = xmlNewParserCtxt();
	if (!ctxt)
		return BB_ENOMEM;
	ctxt->sax->internalSubset = refuse_dtd;
	saw_dtd = 0;
	ctxt->_private = &saw_dtd;
	doc = xmlCtxtReadMemory(ctxt, (const char *)in->data, (int)in->len, in->source, NULL,
				XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (saw_dtd || !doc || !ctxt->wellFormed) {
		const xmlError *e = xmlCtxtGetLastError(ctxt);
		int rc;
		if (saw_dtd || (doc && (doc->intSubset || doc->extSubset)))
			rc = bb_host_error(host, BB_EINPUT, e ? (unsigned)e->line : 0, NULL,
					   "a DOCTYPE is not allowed in a HIS record");
		else
			rc = bb_host_error(host, BB_EINPUT, e ? (unsigned)e->line : 0, NULL,
					   "not well-formed XML: %s",
					   e && e->message ? e->message : "parse error");
		xmlFreeDoc(doc);
		xmlFreeParserCtxt(ctxt);
		return rc;
	}
	xmlFreeParserCtxt(ctxt);
	root = xmlDocGetRootElement(doc);
	if (!root || !is_ours(root) || strcmp((const char *)root->name, "verwijzing") != 0) {
		xmlFreeDoc(doc);
		return bb_host_error(host, BB_EINPUT, root ? (unsigned)xmlGetLineNo(root) : 0, NULL,
				     "root element must be <verwijzing xmlns=\"" HIS_NS "\">");
	}
	rd.host = host;
	rd.out = out;
	bb_referral_locate(out, (unsigned)xmlGetLineNo(root), "/verwijzing");
	if ((v = attr(root, "id")))
		bb_referral_set(out, BB_REF_ID, v);
	xmlFree(v);
	if ((v = attr(root, "soort")))
		bb_referral_set(out, BB_REF_KIND, v);
	xmlFree(v);
	if ((v = attr(root, "datum")))
		bb_referral_set(out, BB_REF_AUTHORED, v);
	xmlFree(v);
	if ((v = attr(root, "prioriteit")))
		bb_referral_set(out, BB_REF_PRIORITY, v);
	xmlFree(v);
	read_fields(&rd, root, "/verwijzing", referral_fields, referral_other);
	xmlFreeDoc(doc);
	return BB_OK;
}

static const bb_adapter his_xml = {
	.abi_version = BB_PLUGIN_ABI_VERSION,
	.struct_size = sizeof(bb_adapter),
	.kind = BB_ADAPTER_HIS,
	.name = "his-xml",
	.description = "Beweegbrug HIS XML export (urn:beweegbrug:his:1)",
	.read_referral = read_referral,
};

BB_PLUGIN_EXPORT const bb_adapter *bb_adapter_entry(uint32_t host_abi_version)
{
	(void)host_abi_version;
	return &his_xml;
}
