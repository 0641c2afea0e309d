/*
 * Bytes -> document, refusing what a HIS export never needs and an
 * attacker would use: a DOCTYPE stops the parser before any declaration
 * in it is read, so no entity is ever defined, expanded or loaded
 * (XXE, billion laughs); nothing is fetched from the network; libxml2's
 * default limits (depth 256, 10 MB per text node) stay on because
 * XML_PARSE_HUGE is not given, and the record itself is capped.
 */
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

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

/*
 * libxml2 reports some problems (a failing character conversion, say)
 * through its per-thread generic handler, which prints to stderr. A
 * plugin never prints: hx_parse swaps in this one for the parse and puts
 * the caller's back.
 */
static void quiet(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

/*
 * The encodings a HIS record may declare: UTF-8, and the single-byte
 * Western ones Dutch systems still export. Anything else is refused, not
 * guessed at: a wrong guess gives a patient a garbled name.
 */
static int encoding_ok(const char *enc)
{
	static const char *const ok[] = {
		"UTF-8", "UTF8", "US-ASCII", "ASCII", "ISO-8859-1", "ISO_8859-1", "LATIN1",
		"ISO-8859-15", "ISO_8859-15", "LATIN-9", "WINDOWS-1252", "CP1252"
	};
	size_t i;

	if (!enc)
		return 1;
	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		if (strcasecmp(ok[i], enc) == 0)
			return 1;
	return 0;
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
	{
		xmlGenericErrorFunc old = xmlGenericError;
		void *old_ctx = xmlGenericErrorContext;
		xmlSetGenericErrorFunc(NULL, quiet);
		doc = xmlCtxtReadMemory(ctxt, (const char *)in->data, (int)in->len, in->source,
					NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
					XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES);
		xmlSetGenericErrorFunc(old_ctx, old);
	}
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
	if (!encoding_ok((const char *)doc->encoding)) {
		int rc = bb_host_error(host, BB_EINPUT, 1, NULL,
				       "encoding \"%.40s\" is not accepted: write the record in UTF-8 "
				       "(or ISO-8859-1, ISO-8859-15, windows-1252)",
				       (const char *)doc->encoding);
		xmlFreeDoc(doc);
		return rc;
	}
	*out = doc;
	return BB_OK;
}
