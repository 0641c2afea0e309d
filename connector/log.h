/* Messages to the HIS's log callback; the library never prints. */
#ifndef BB_LOG_H
#define BB_LOG_H

#include <stdarg.h>

#include "beweegbrug.h"

struct bb_connector;

void log_msg(const struct bb_connector *c, bb_log_level level, const char *fmt, ...)
	BB_FORMAT(3, 4);
void log_msgv(const struct bb_connector *c, bb_log_level level, const char *fmt, va_list ap);
/* Parse "error", "warn", "info", "debug"; 0 when unknown. */
bb_log_level log_level_parse(const char *name);

#endif
