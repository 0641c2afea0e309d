/*
 * The document against schemas/his-referral.xsd.
 *
 * The schema text is compiled into the plugin at build time (embed.sh),
 * not read from the data directory: then an uninstalled build, a moved
 * installation and a HIS that loads the plugin from its own folder all
 * validate against exactly the schema the plugin was built with, and no
 * file lookup can fail or be redirected at run time. The same file is
 * installed in $(pkgdatadir)/schemas for vendors and their tools.
 *
 * Problems name the line and the element, like the model's do:
 * "6: /verwijzing/patient/bsn: [facet 'pattern'] The value ...".
 */
#include <string.h>

#include <libxml/xmlerror.h>

#include "hx.h"

unsigned hx_node_line(const xmlNode *node)
{
	long line;

	if (node && node->type == XML_ATTRIBUTE_NODE)
		node = node->parent;
	line = node ? xmlGetLineNo(node) : 0;
	return line > 0 ? (unsigned)line : 0;
}

void hx_node_path(char *buf, size_t size, const xmlNode *node)
{
	const xmlNode *chain[16];
	size_t n = 0, len = 0, i;
	int cut = 0;

	if (!size)
		return;
	buf[0] = '\0';
	for (; node && node->type != XML_DOCUMENT_NODE; node = node->parent) {
		if (n == sizeof(chain) / sizeof(chain[0])) {
			cut = 1;
			break;
		}
		chain[n++] = node;
	}
	if (cut)
		len += (size_t)snprintf(buf, size, "/...");
	for (i = n; i-- > 0 && len < size;) {
		const char *name = chain[i]->name ? (const char *)chain[i]->name : "?";
		len += (size_t)snprintf(buf + len, size - len, "/%s%s",
					chain[i]->type == XML_ATTRIBUTE_NODE ? "@" : "", name);
	}
}

typedef struct collector {
	const bb_host *host;
	unsigned count;
} collector;

/* Remove every occurrence of `what` from `s`. */
static void drop(char *s, const char *what)
{
	size_t n = strlen(what);
	char *p;

	while ((p = strstr(s, what)) != NULL)
		memmove(p, p + n, strlen(p + n) + 1);
}

/*
 * libxml2 says "Element '{urn:beweegbrug:his:1}bsn': [facet ...] ...\n" or
 * "Element '...', attribute 'soort': ...". The path names the element, so
 * keep the rest, on one line, short (a value in the message may be long);
 * an attribute's name goes into `attribute`.
 */
static void tidy(char *msg, size_t size, char *attribute, size_t attribute_size)
{
	size_t n;

	attribute[0] = '\0';
	drop(msg, "{" HX_NS "}");
	if (strncmp(msg, "Element '", 9) == 0) {
		char *end = strchr(msg + 9, '\'');
		if (end && strncmp(end, "': ", 3) == 0) {
			memmove(msg, end + 3, strlen(end + 3) + 1);
		} else if (end && strncmp(end, "', attribute '", 14) == 0) {
			char *name = end + 14, *close = strchr(name, '\'');
			if (close && strncmp(close, "': ", 3) == 0) {
				snprintf(attribute, attribute_size, "%.*s", (int)(close - name), name);
				memmove(msg, close + 3, strlen(close + 3) + 1);
			}
		}
	}
	for (n = 0; msg[n]; n++)
		if ((unsigned char)msg[n] < 0x20)
			msg[n] = ' ';
	while (n && msg[n - 1] == ' ')
		msg[--n] = '\0';
	if (n > 300 && size > 304) {
		n = 300;
		while (n && ((unsigned char)msg[n] & 0xC0) == 0x80)
			n--;  /* do not cut a UTF-8 character in half */
		memcpy(msg + n, "...", 4);
	}
}

#if LIBXML_VERSION >= 21200
static void on_error(void *ctx, const xmlError *e)
#else
static void on_error(void *ctx, xmlErrorPtr e)
#endif
{
	collector *c = ctx;
	char path[256] = "", msg[512], attribute[64];
	const xmlNode *node = e ? (const xmlNode *)e->node : NULL;
	unsigned line;

	if (!e || e->level < XML_ERR_ERROR)
		return;
	if (++c->count > HX_MAX_PROBLEMS)
		return;
	snprintf(msg, sizeof(msg), "%s", e->message ? e->message : "invalid");
	tidy(msg, sizeof(msg), attribute, sizeof(attribute));
	line = node ? hx_node_line(node) : (e->line > 0 ? (unsigned)e->line : 0);
	if (node)
		hx_node_path(path, sizeof(path), node);
	if (node && node->type == XML_ELEMENT_NODE && attribute[0] &&
	    strlen(path) + strlen(attribute) + 3 < sizeof(path))
		strcat(strcat(path, "/@"), attribute);
	bb_host_error(c->host, BB_EINPUT, line, path[0] ? path : NULL, "%s", msg);
}

typedef struct schema_errors {
	char *why;
	size_t size;
	unsigned count;
} schema_errors;

#if LIBXML_VERSION >= 21200
static void on_schema_error(void *ctx, const xmlError *e)
#else
static void on_schema_error(void *ctx, xmlErrorPtr e)
#endif
{
	schema_errors *c = ctx;

	if (e && e->level >= XML_ERR_ERROR && c->count++ == 0)
		snprintf(c->why, c->size, "the built-in his-referral.xsd does not compile: %s",
			 e->message ? e->message : "?");
}

xmlSchemaPtr hx_schema_compile(char *why, size_t size)
{
	schema_errors c = { why, size, 0 };
	xmlSchemaParserCtxtPtr pctxt;
	xmlSchemaPtr schema;

	if (size)
		why[0] = '\0';
	pctxt = xmlSchemaNewMemParserCtxt(hx_referral_xsd, (int)strlen(hx_referral_xsd));
	if (!pctxt) {
		snprintf(why, size, "out of memory compiling his-referral.xsd");
		return NULL;
	}
	xmlSchemaSetParserStructuredErrors(pctxt, on_schema_error, &c);
	schema = xmlSchemaParse(pctxt);
	xmlSchemaFreeParserCtxt(pctxt);
	if (!schema && c.count == 0)
		snprintf(why, size, "the built-in his-referral.xsd does not compile");
	return schema;
}

xmlSchemaPtr hx_schema_new(const bb_host *host)
{
	char why[400];
	xmlSchemaPtr schema = hx_schema_compile(why, sizeof(why));

	if (!schema)
		bb_host_error(host, BB_ERROR, 0, NULL, "%s", why);
	return schema;
}

/* Namespace and version first: a newer document deserves a clear word. */
static int check_root(const bb_host *host, const xmlNode *root)
{
	const char *ns = root->ns && root->ns->href ? (const char *)root->ns->href : NULL;
	xmlChar *v;
	int rc = BB_OK;

	if (ns && strncmp(ns, HX_NS_BASE, strlen(HX_NS_BASE)) == 0 && strcmp(ns, HX_NS) != 0 &&
	    strchr("0123456789", ns[strlen(HX_NS_BASE)]) && ns[strlen(HX_NS_BASE)])
		return bb_host_error(host, BB_EINPUT, hx_node_line(root), "/verwijzing",
				     "namespace %s is another major version of the his-xml "
				     "format; this plugin reads " HX_NS, ns);
	if (!ns || strcmp(ns, HX_NS) != 0 || strcmp((const char *)root->name, "verwijzing") != 0)
		return bb_host_error(host, BB_EINPUT, hx_node_line(root), NULL,
				     "root element must be <verwijzing xmlns=\"" HX_NS "\">");
	v = xmlGetNoNsProp(root, (const xmlChar *)"versie");
	if (v && strncmp((const char *)v, "1.", 2) == 0 && strlen((const char *)v) <= 5) {
		int minor = 0;
		const char *d;
		for (d = (const char *)v + 2; *d >= '0' && *d <= '9'; d++)
			minor = minor * 10 + (*d - '0');
		if (!*d && minor > HX_MINOR)
			rc = bb_host_error(host, BB_EINPUT, hx_node_line(root), "/verwijzing/@versie",
					   "the record is his-xml %s; this plugin reads up to 1.%d: "
					   "update Beweegbrug or export version 1.%d",
					   (const char *)v, HX_MINOR, HX_MINOR);
	}
	xmlFree(v);
	return rc;
}

/*
 * Before the schema: no value comes near HX_MAX_VALUE, so the schema's
 * patterns and messages never work on megabytes. Iterative: a document's
 * depth is libxml2's business, not our stack's.
 */
static int check_sizes(const bb_host *host, const xmlNode *root)
{
	const xmlNode *n = root;
	char path[256];

	while (n) {
		const xmlAttr *a;
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (n->content && strlen((const char *)n->content) > HX_MAX_VALUE) {
				hx_node_path(path, sizeof(path), n->parent);
				return bb_host_error(host, BB_EINPUT, hx_node_line(n->parent), path,
						     "text longer than %u bytes", HX_MAX_VALUE);
			}
		}
		if (n->type == XML_ELEMENT_NODE) {
			for (a = n->properties; a; a = a->next) {
				if (a->children && a->children->content &&
				    strlen((const char *)a->children->content) > HX_MAX_VALUE) {
					hx_node_path(path, sizeof(path), (const xmlNode *)a);
					return bb_host_error(host, BB_EINPUT, hx_node_line(n), path,
							     "value longer than %u bytes", HX_MAX_VALUE);
				}
			}
		}
		if (n->type == XML_ELEMENT_NODE && n->children) {
			n = n->children;
			continue;
		}
		while (n && n != root && !n->next)
			n = n->parent;
		if (!n || n == root)
			break;
		n = n->next;
	}
	return BB_OK;
}

int hx_validate(const bb_host *host, xmlSchemaPtr schema, xmlDocPtr doc)
{
	collector c = { host, 0 };
	xmlSchemaValidCtxtPtr vctxt;
	xmlNodePtr root = xmlDocGetRootElement(doc);
	int rc;

	if (!root)
		return bb_host_error(host, BB_EINPUT, 0, NULL, "the record has no root element");
	if ((rc = check_root(host, root)) != BB_OK || (rc = check_sizes(host, root)) != BB_OK)
		return rc;
	vctxt = xmlSchemaNewValidCtxt(schema);
	if (!vctxt)
		return BB_ENOMEM;
	xmlSchemaSetValidStructuredErrors(vctxt, on_error, &c);
	rc = xmlSchemaValidateDoc(vctxt, doc);
	xmlSchemaFreeValidCtxt(vctxt);
	if (c.count > HX_MAX_PROBLEMS)
		bb_host_error(host, BB_EINPUT, 0, NULL, "%u more schema problems not shown",
			      c.count - HX_MAX_PROBLEMS);
	if (rc > 0 || c.count)
		return BB_EINPUT;
	if (rc < 0)
		return bb_host_error(host, BB_ERROR, 0, NULL, "schema validation failed internally");
	return BB_OK;
}
