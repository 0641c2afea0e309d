#include "host.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"

void host_init(bb_host *h, bb_connector *c, const loaded_plugin *p,
	       const cfg_section *section, const char *source, diag_list *problems)
{
	h->connector = c;
	h->plugin = p;
	h->section = section;
	h->source = source;
	h->problems = problems;
	h->record_key = NULL;
	h->not_now = NULL;
}

int bb_host_record_key(const bb_host *h, const char *key)
{
	char *copy;

	if (!h || !key || !*key)
		return BB_EINVAL;
	if (strlen(key) > 512)
		return BB_ETOOBIG;
	if (!h->record_key)
		return BB_OK;
	if (!(copy = str_dup(key)))
		return BB_ENOMEM;
	free(*h->record_key);
	*h->record_key = copy;
	return BB_OK;
}

const char *bb_host_not_now(const bb_host *h)
{
	return h ? h->not_now : NULL;
}

size_t bb_problems_count(const bb_problems *problems)
{
	return problems ? problems->count : 0;
}

unsigned bb_problems_line(const bb_problems *problems, size_t index)
{
	return problems && index < problems->count ? problems->items[index].line : 0;
}

const char *bb_problems_where(const bb_problems *problems, size_t index)
{
	return problems && index < problems->count ? problems->items[index].path : NULL;
}

const char *bb_problems_message(const bb_problems *problems, size_t index)
{
	if (!problems || index >= problems->count)
		return NULL;
	return problems->items[index].message ? problems->items[index].message : "";
}

void bb_host_log(const bb_host *h, bb_log_level level, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	if (!h)
		return;
	va_start(ap, fmt);
	msg = str_vprintf(fmt, ap);
	va_end(ap);
	if (!msg)
		return;
	/* Prefix the plugin's name, so the HIS's log says who spoke. */
	log_event(h->connector, level, "plugin.message", "plugin",
		  h->plugin ? h->plugin->name : "-", "text", msg, (char *)NULL);
	free(msg);
}

int bb_host_error(const bb_host *h, int code, unsigned line, const char *field,
		  const char *fmt, ...)
{
	va_list ap;

	if (!h || !h->problems)
		return code;
	if (code >= 0)
		code = BB_ERROR;
	va_start(ap, fmt);
	diag_addv(h->problems, code, h->source, line, field, fmt, ap);
	va_end(ap);
	return code;
}

const char *bb_host_setting(const bb_host *h, const char *key)
{
	return h && h->section ? config_get(h->section, key) : NULL;
}

const char *bb_host_destination(const bb_host *h)
{
	return h && h->section && h->plugin && h->plugin->table.kind == BB_ADAPTER_DESTINATION
	       ? h->section->id : NULL;
}

int bb_host_code(char *out, size_t size, const bb_host *h, const char *table, const char *code)
{
	const char *map = bb_host_setting(h, table);

	if (!map || !code || !out || !size)
		return 0;
	return config_code_map(map, code, out, size);
}

int bb_buf_append(bb_buf *buf, const void *data, size_t len)
{
	if (!buf || (len && !data))
		return BB_EINVAL;
	if (buf->limit && buf->b.len + len > buf->limit)
		return BB_ETOOBIG;
	return strbuf_add(&buf->b, data, len) == 0 ? BB_OK : BB_ENOMEM;
}

int bb_buf_printf(bb_buf *buf, const char *fmt, ...)
{
	va_list ap;
	char *s;
	int rc;

	if (!buf)
		return BB_EINVAL;
	va_start(ap, fmt);
	s = str_vprintf(fmt, ap);
	va_end(ap);
	if (!s)
		return BB_ENOMEM;
	rc = bb_buf_append(buf, s, strlen(s));
	free(s);
	return rc;
}

bb_buf *bb_host_buf_new(const bb_host *host)
{
	bb_buf *b = calloc(1, sizeof(*b));

	(void)host;
	if (b)
		b->limit = BB_MAX_INPUT;
	return b;
}

void bb_host_buf_free(bb_buf *buf)
{
	if (!buf)
		return;
	strbuf_free(&buf->b);
	free(buf);
}

const unsigned char *bb_host_buf_data(const bb_buf *buf, size_t *len)
{
	if (len)
		*len = buf ? buf->b.len : 0;
	return buf && buf->b.data ? (const unsigned char *)buf->b.data : (const unsigned char *)"";
}

const char *bb_message_id(const bb_message *m)
{
	return m ? m->id : NULL;
}

const char *bb_message_content_type(const bb_message *m)
{
	return m ? m->content_type : NULL;
}

const void *bb_message_body(const bb_message *m, size_t *len)
{
	if (len)
		*len = m ? m->len : 0;
	return m ? m->body : NULL;
}

void bb_delivery_set(bb_delivery *r, bb_delivery_outcome outcome, const char *fmt, ...)
{
	va_list ap;

	if (!r)
		return;
	r->outcome = outcome;
	free(r->detail);
	va_start(ap, fmt);
	r->detail = str_vprintf(fmt, ap);
	va_end(ap);
	/*
	 * Often a receiver's own words (an OperationOutcome's diagnostics),
	 * which may quote the patient's BSN; they end up in the outbox, the
	 * log and on the operator's screen (beweegbrug post): masked here.
	 */
	str_mask_bsn(r->detail);
}

int bb_feedback_sink_push(bb_feedback_sink *sink, const char *content_type, const void *body,
			  size_t len)
{
	int rc;

	if (!sink || !body)
		return BB_EINVAL;
	rc = sink->cb(content_type, body, len, sink->payload);
	sink->count++;
	if (rc != 0 && sink->rc == 0)
		sink->rc = rc;
	return rc;
}
