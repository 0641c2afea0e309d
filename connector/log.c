#include "log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "connector.h"
#include "util/strutil.h"

static const char *const level_names[] = { NULL, "error", "warn", "info", "debug" };

const char *bb_log_level_name(bb_log_level level)
{
	if (level < BB_LOG_ERROR || level > BB_LOG_DEBUG)
		return "unknown";
	return level_names[level];
}

bb_log_level log_level_parse(const char *name)
{
	int i;

	for (i = BB_LOG_ERROR; i <= BB_LOG_DEBUG; i++)
		if (strcmp(name, level_names[i]) == 0)
			return (bb_log_level)i;
	return (bb_log_level)0;
}

static int wanted(const bb_connector *c, bb_log_level level)
{
	return c && c->log && level <= connector_log_level(c);
}

/*
 * One event, one line: a peer's error text or a HIS field may hold line
 * breaks, and a line break in a log is a forged second event. Control
 * characters are written as escapes; a BSN never reaches the log.
 */
static void emit(const bb_connector *c, bb_log_level level, const char *text)
{
	strbuf b = STRBUF_INIT;
	const unsigned char *p;
	char *line;

	for (p = (const unsigned char *)text; *p; p++) {
		if (*p == '\n')
			strbuf_puts(&b, "\\n");
		else if (*p == '\r')
			strbuf_puts(&b, "\\r");
		else if (*p == '\t')
			strbuf_puts(&b, "\\t");
		else if (*p < 0x20 || *p == 0x7f)
			strbuf_printf(&b, "\\x%02x", *p);
		else
			strbuf_add(&b, (const char *)p, 1);
	}
	line = strbuf_detach(&b, NULL);
	if (!line)
		return;
	str_mask_bsn(line);
	c->log(level, line, c->log_payload);
	free(line);
}

static void log_msgv(const bb_connector *c, bb_log_level level, const char *fmt, va_list ap)
{
	char *text;

	if (!wanted(c, level))
		return;
	text = str_vprintf(fmt, ap);
	if (text)
		emit(c, level, text);
	free(text);
}

void log_msg(const bb_connector *c, bb_log_level level, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_msgv(c, level, fmt, ap);
	va_end(ap);
}

/* A value that needs no quotes: non-empty, no space, quote, '=' or backslash. */
static int bare(const char *v)
{
	if (!*v)
		return 0;
	for (; *v; v++)
		if ((unsigned char)*v <= ' ' || *v == '"' || *v == '=' || *v == '\\')
			return 0;
	return 1;
}

void log_event(const bb_connector *c, bb_log_level level, const char *event, ...)
{
	strbuf b = STRBUF_INIT;
	const char *key, *value, *v;
	char *text;
	va_list ap;

	if (!wanted(c, level))
		return;
	strbuf_puts(&b, event);
	va_start(ap, event);
	while ((key = va_arg(ap, const char *)) != NULL) {
		value = va_arg(ap, const char *);
		if (!value)
			continue;
		strbuf_printf(&b, " %s=", key);
		if (bare(value)) {
			strbuf_puts(&b, value);
			continue;
		}
		strbuf_puts(&b, "\"");
		for (v = value; *v; v++) {
			if (*v == '"' || *v == '\\')
				strbuf_puts(&b, "\\");
			strbuf_add(&b, v, 1);
		}
		strbuf_puts(&b, "\"");
	}
	va_end(ap);
	text = strbuf_detach(&b, NULL);
	if (text)
		emit(c, level, text);
	free(text);
}
