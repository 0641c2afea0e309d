#include "log.h"

#include <stdlib.h>
#include <string.h>

#include "connector.h"
#include "strutil.h"

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

void log_msgv(const bb_connector *c, bb_log_level level, const char *fmt, va_list ap)
{
	char *line;

	if (!c || !c->log || level > connector_log_level(c))
		return;
	line = str_vprintf(fmt, ap);
	if (!line)
		return;
	/* a log line never carries a BSN, whatever text it quotes */
	str_mask_bsn(line);
	c->log(level, line, c->log_payload);
	free(line);
}

void log_msg(const bb_connector *c, bb_log_level level, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_msgv(c, level, fmt, ap);
	va_end(ap);
}
