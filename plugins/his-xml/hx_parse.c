/*
 * Bytes -> document, refusing what a HIS export never needs and an
 * attacker would use: a DOCTYPE stops the parser before any declaration
 * in it is read, so no entity is ever defined, expanded or loaded
 * (XXE, billion laughs); nothing is fetched from the network; libxml2's
 * default limits (depth 256, 10 MB per text node) stay on because
 * XML_PARSE_HUGE is not given, and the record itself is capped.
 */
#include <string.h>

#include <libxml/parser.h>

#include "hx.h"

/* Where the parser met a DOCTYPE; _private points at one. */
typedef struct dtd_seen {
	int seen;
	unsigned line;
} dtd_seen;

static void refuse_dtd(void *ctx, const xmlChar *name, const xmlChar *ext, const xmlChar *sys)
{
	xmlParserCtxtPtr p = ctx;
	dtd_seen *d = p->_private;

	(void)name;
	(void)ext;
	(void)sys;
	if (d && !d->seen) {
		d->seen = 1;
		d->line = p->input && p->input->line > 0 ? (unsigned)p->input->line : 0;
	}
	xmlStopParser(p);
}

/* One line, no control characters: libxml2's messages end in "\n". */
static void one_line(char *s)
{
	size_t n;

	for (n = 0; s[n]; n++)
		if ((unsigned char)s[n] < 0x20)
			s[n] = ' ';
	while (n && s[n - 1] == ' ')
		s[--n] = '\0';
}

int hx_parse(xmlDocPtr *out, const bb_host *host, const bb_input *in)
{
	xmlParserCtxtPtr ctxt;
	xmlDocPtr doc;
	dtd_seen dtd = { 0, 0 };

	*out = NULL;
	if (in->len > HX_MAX_RECORD)
		return bb_host_error(host, BB_ETOOBIG, 0, NULL,
				     "HIS record is %zu bytes; his-xml reads at most %u",
				     in->len, HX_MAX_RECORD);
	if (in->len == 0)
		return bb_host_error(host, BB_EINPUT, 1, NULL, "HIS record is empty");
	ctxt = xmlNewParserCtxt();
	if (!ctxt)
		return BB_ENOMEM;
	ctxt->sax->internalSubset = refuse_dtd;
	ctxt->_private = &dtd;
	doc = xmlCtxtReadMemory(ctxt, (const char *)in->data, (int)in->len, in->source, NULL,
				XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
				XML_PARSE_BIG_LINES);
	if (dtd.seen || !doc || !ctxt->wellFormed || doc->intSubset || doc->extSubset) {
		const xmlError *e = xmlCtxtGetLastError(ctxt);
		unsigned line = e && e->line > 0 ? (unsigned)e->line : 0;
		char msg[240] = "parse error";
		int rc;

		if (e && e->message) {
			snprintf(msg, sizeof(msg), "%s", e->message);
			one_line(msg);
		}
		if (dtd.seen || (doc && (doc->intSubset || doc->extSubset)))
			rc = bb_host_error(host, BB_EINPUT, dtd.seen && dtd.line ? dtd.line : line, NULL,
					   "a DOCTYPE is not allowed in a HIS record");
		else
			rc = bb_host_error(host, BB_EINPUT, line, NULL, "not well-formed XML: %s", msg);
		xmlFreeDoc(doc);
		xmlFreeParserCtxt(ctxt);
		return rc;
	}
	xmlFreeParserCtxt(ctxt);
	*out = doc;
	return BB_OK;
}
