/*
 * Hardened libxml2 parsing, see fhir_xmlsafe.h.
 */
#include "fhir_xmlsafe.h"

#include <limits.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

#include "util/xml_budget.h"

/*
 * The last generation given to a new context (fhir_xml_sax.gen). Counted
 * for the whole process, not per fhir_xml_sax: a new fhir_xml_sax made at
 * the address of a freed one (a stack variable, a reader freed and made
 * again) must not repeat a generation that a cache still holds. A third
 * review made a kept converter take a stale name that way. Atomic: any
 * thread may make a context.
 */
static atomic_ulong last_gen;

static void set_error(fhir_xml_sax *s, unsigned line, const char *msg)
{
	if (s->failed)
		return;
	s->failed = 1;
	s->err->line = line;
	snprintf(s->err->message, sizeof(s->err->message), "%s", msg);
}

void fhir_xml_sax_stop(void *ctx)
{
	xmlStopParser(ctx);
}

/*
 * Called by libxml2 at "<!DOCTYPE name ...", before the "[" of an
 * internal subset is read. Stopping here means no entity declaration is
 * ever parsed, so nothing can be expanded.
 */
static void on_internal_subset(void *ctx, const xmlChar *name, const xmlChar *external_id,
			       const xmlChar *system_id)
{
	(void)name;
	(void)external_id;
	(void)system_id;
	set_error(fhir_xml_sax_of(ctx), fhir_xml_sax_line(ctx),
		  "DOCTYPE declarations are not allowed in FHIR XML");
	xmlStopParser(ctx);
}

/*
 * One problem, one line: libxml2 says some things in two ("Input is not
 * proper UTF-8, indicate encoding !\nBytes: 0xE9 0x20 ..."). Control
 * characters become one space, and trailing blanks go.
 */
static void one_line(char *s)
{
	size_t i, o = 0;

	for (i = 0; s[i]; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == 0x7f) {
			if (o > 0 && s[o - 1] != ' ')
				s[o++] = ' ';
			continue;
		}
		s[o++] = (char)c;
	}
	while (o > 0 && s[o - 1] == ' ')
		o--;
	s[o] = '\0';
}

/* libxml2 reports here instead of stderr (sax->serror with SAX2 magic). */
static void on_error(void *ctx, xmlErrorPtr e)
{
	fhir_xml_sax *s = fhir_xml_sax_of(ctx);
	char msg[200];

	if (!e || e->level < XML_ERR_ERROR || e->code == XML_ERR_USER_STOP)
		return;
	snprintf(msg, sizeof(msg), "%s", e->message ? e->message : "XML error");
	one_line(msg);
	/*
	 * libxml2 says "Start tag expected, '<' not found" for a document with
	 * no element, and "Extra content at the end of the document" for one
	 * with more after its root: say what each means here.
	 */
	if (e->code == XML_ERR_DOCUMENT_EMPTY)
		snprintf(msg, sizeof(msg), "not an XML document (no root element)");
	else if (e->code == XML_ERR_DOCUMENT_END)
		snprintf(msg, sizeof(msg), "more after the root element: a FHIR XML document is one "
			 "resource");
	set_error(s, e->line > 0 ? (unsigned)e->line : 0, msg);
}

/* Case-insensitive compare of an encoding name against "UTF-8". */
static int is_utf8_name(const char *s, size_t n)
{
	static const char want[] = "utf-8";
	size_t i;

	if (n == 4 && (s[0] | 0x20) == 'u' && (s[1] | 0x20) == 't' && (s[2] | 0x20) == 'f' && s[3] == '8')
		return 1;
	if (n != 5)
		return 0;
	for (i = 0; i < 5; i++) {
		char c = s[i];

		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		if (c != want[i])
			return 0;
	}
	return 1;
}

/*
 * Refuse anything that is not UTF-8 before libxml2 would switch decoders:
 * UTF-16/32 byte order marks and encoding="..." other than UTF-8.
 */
static int check_encoding(const char *buf, size_t len, fhir_xml_sax *st)
{
	const unsigned char *u = (const unsigned char *)buf;
	const char *name;
	size_t n;

	if (len >= 2 && ((u[0] == 0xFE && u[1] == 0xFF) || (u[0] == 0xFF && u[1] == 0xFE))) {
		set_error(st, 1, "only UTF-8 is accepted (found a UTF-16/32 byte order mark)");
		return 0;
	}
	if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		buf += 3;
		len -= 3;
	}
	if (len >= 4 && memchr(buf, '\0', len > 4 ? 4 : len)) {
		set_error(st, 1, "only UTF-8 is accepted (found NUL bytes: UTF-16/32?)");
		return 0;
	}
	/* "<?xm" in EBCDIC, which libxml2 detects and decodes: the budget's scan would not see it */
	if (len >= 4 && memcmp(buf, "\x4C\x6F\xA7\x94", 4) == 0) {
		set_error(st, 1, "only UTF-8 is accepted (found EBCDIC)");
		return 0;
	}
	if (!xml_declared_encodings_ok(buf, len, is_utf8_name, &name, &n)) {
		set_error(st, 1, "only UTF-8 is accepted (the XML declaration names another encoding)");
		return 0;
	}
	return 1;
}

/*
 * What xmlCtxtReadMemory does, less the input's growing. libxml2 2.9 and
 * 2.10 copy memory input into their buffer whole, but keep a read
 * callback on it, so near the end of the input (its last 250 bytes)
 * every GROW goes through xmlParserInputBufferGrow to read nothing: 6%
 * of the instructions of a FHIR XML read. Without a read callback
 * xmlParserInputGrow returns at once, as for libxml2's static buffers.
 * Only up to XML_MAX_LOOKUP_LIMIT (10 MB): beyond it libxml2 refuses a
 * lookup on any input that has not the memory reader's callback.
 * Nothing else changes: only UTF-8 gets here (check_encoding), which
 * libxml2 reads without a decoder, so no bytes wait to be decoded.
 *
 * For the same inputs the context is marked progressive, as libxml2's
 * push parser marks its own: then the GROW and SHRINK steps, which the
 * pull parser takes before nearly every token, are skipped instead of
 * calling xmlParserInputGrow to learn that there is nothing more to read
 * (in 2.9, `progressive` is read only there and by the push parser's own
 * loop, which xmlParseDocument does not run). The input is the whole
 * document, NUL-terminated, so the parser sees its end as before; only
 * the check of a lookup beyond XML_MAX_LOOKUP_LIMIT goes, and no input
 * this long gets here. 3% of JSON->XML (the narrative's check) and 4.6%
 * of XML->JSON, in instructions.
 *
 * Only before 2.11: 2.11 leaves memory input without a read callback
 * itself, and from 2.12 on xmlParserInputBufferCreateMem no longer
 * copies but reads the caller's memory through its callback (xmlMemRead),
 * so taking the callback away would leave the parser an empty input.
 * There plain xmlCtxtReadMemory is used.
 */
static int read_memory(xmlParserCtxtPtr px, const char *buf, int len, const char *url, int opts)
{
#if LIBXML_VERSION < 21100
	xmlParserInputBufferPtr in;
	xmlParserInputPtr stream;

	xmlCtxtReset(px);
	/* not reset by xmlCtxtReset: one more each parse, an int that would overflow */
	px->input_id = 1;
	if (!(in = xmlParserInputBufferCreateMem(buf, len, XML_CHAR_ENCODING_NONE)))
		return -1;
	if (len <= XML_MAX_LOOKUP_LIMIT)
		in->readcallback = NULL;
	if (!(stream = xmlNewIOInputStream(px, in, XML_CHAR_ENCODING_NONE))) {
		xmlFreeParserInputBuffer(in);
		return -1;
	}
	inputPush(px, stream);
	xmlCtxtUseOptions(px, opts);
	if (url && !(stream->filename = (char *)xmlStrdup((const xmlChar *)url)))
		return -1;
	px->progressive = len <= XML_MAX_LOOKUP_LIMIT;
	xmlParseDocument(px);
	px->progressive = 0;
	if (px->myDoc) {        /* none is built (no startDocument handler), but as libxml2 does */
		xmlFreeDoc(px->myDoc);
		px->myDoc = NULL;
	}
	return 0;
#else
	xmlCtxtReadMemory(px, buf, len, url, NULL, opts);
	return 0;
#endif
}

/*
 * What a context kept for the next document may hold. libxml2 interns
 * every element, attribute, prefix and namespace name it meets in the
 * context's dictionary and forgets none, so a peer sending new names in
 * each document would grow a kept context without end. Past either bound
 * the context is dropped, and the next parse makes a new one. The 36
 * official R4 examples leave about 1,100 names (a review's count); a
 * reader kept after all 72 of them holds 51 KiB in all (mallinfo2).
 * test_fhir_codec's reader_keeps_its_bounds shows the drop.
 */
#define KEEP_DICT_NAMES 4096
#define KEEP_DICT_BYTES (512 * 1024)
#define FRESH_CONTEXT_BYTES (1024 * 1024)

/*
 * Keep the context for the next parse only after one that went well and
 * closed every element. After a stop or a refusal it is dropped, so that
 * nothing of a failed parse can reach the next document: upstream
 * libxml2 2.9's xmlCtxtReset leaves the namespace stack as the parse left
 * it (2.10 clears it), and a document that stopped inside an element
 * would otherwise pass its namespace declarations on.
 */
static void keep_or_drop(fhir_xml_sax *s)
{
	xmlParserCtxtPtr px = s->px;

	if (!px)
		return;
	if (s->failed || px->disableSAX || px->nsNr != 0 || px->nameNr != 0 || !px->dict ||
	    xmlDictSize(px->dict) > KEEP_DICT_NAMES ||
	    xmlDictGetUsage(px->dict) > KEEP_DICT_BYTES)
		fhir_xml_sax_free(s);
}

int fhir_xml_sax_parse(fhir_xml_sax *s, const char *buf, size_t len, const char *url,
		       const xmlSAXHandler *handlers, void *user, fhir_xml_error *err)
{
	xmlSAXHandler *sax;
	xml_budget_problem over;
	int opts = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES |
		   XML_PARSE_NOERROR | XML_PARSE_NOWARNING;

	memset(err, 0, sizeof(*err));
	s->err = err;
	s->failed = 0;
	s->user = user;
	if (len > INT_MAX) {
		err->too_big = 1;
		set_error(s, 0, "document too large");
		return -1;
	}
	if (!check_encoding(buf, len, s))
		return -1;
	/* before libxml2 spends time on it (xml_budget.h) */
	if (xml_budget_check(buf, len, &over) != 0) {
		set_error(s, over.line, over.message);
		return -1;
	}
	/*
	 * A big document gets a new context: libxml2 limits its dictionary's
	 * pools to 10,000,000 bytes in all, and pools kept from earlier
	 * documents (up to KEEP_DICT_BYTES) would move where that limit bites,
	 * so a kept reader could refuse what a new one reads. Below 1 MiB
	 * neither can reach it; a big document gains nothing from a kept one.
	 */
	if (s->px && len > FRESH_CONTEXT_BYTES)
		fhir_xml_sax_free(s);
	if (!s->px) {
		if (!(s->px = xmlNewParserCtxt())) {
			set_error(s, 0, "out of memory");
			return -1;
		}
		s->gen = atomic_fetch_add_explicit(&last_gen, 1, memory_order_relaxed) + 1;
	}
	s->px->_private = s;
	sax = s->px->sax;
	*sax = *handlers;
	sax->internalSubset = on_internal_subset;
	sax->serror = on_error;
	sax->initialized = XML_SAX2_MAGIC;
	/*
	 * No encoding is forced: check_encoding let only UTF-8 through, and
	 * libxml2 refuses any byte sequence that is not UTF-8 as a fatal error
	 * ("Input is not proper UTF-8"), without the copy a forced decoder makes.
	 */
	if (read_memory(s->px, buf, (int)len, url, opts) < 0) {
		set_error(s, 0, "out of memory");
		fhir_xml_sax_free(s);
		return -1;
	}
	if (!s->failed && (!s->px->wellFormed || !s->px->nsWellFormed))
		set_error(s, 0, "not well-formed XML");
	keep_or_drop(s);
	return s->failed ? -1 : 0;
}

void fhir_xml_sax_free(fhir_xml_sax *s)
{
	if (s->px)
		xmlFreeParserCtxt(s->px);
	s->px = NULL;
}

void fhir_xml_attr_value(strbuf *out, const xmlChar *v, const xmlChar *end)
{
	const xmlChar *run = v, *p;

	for (p = v; p < end; p++) {
		if (*p == '&' && end - p >= 5 && memcmp(p, "&#38;", 5) == 0) {
			strbuf_add(out, run, (size_t)(p - run));
			strbuf_putc(out, '&');
			p += 4;
			run = p + 1;
		}
	}
	strbuf_add(out, run, (size_t)(p - run));
}
