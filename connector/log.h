/*
 * Messages to the HIS's log callback; the library never prints.
 *
 * Every line is one event: it never holds a line break or another control
 * character (they are written as \n, \t, \xNN), and never a BSN (nine
 * digits on their own are masked). Events about referrals and messages are
 * written by log_event() as "EVENT key=value ...", with stable keys that an
 * administrator can grep and a log shipper can parse (docs/logging.md):
 *
 *   message.delivered message=0f6c... destination=gli-west referral=HV-12
 */
#ifndef BB_LOG_H
#define BB_LOG_H

#include <stdarg.h>

#include "beweegbrug.h"

struct bb_connector;

void log_msg(const struct bb_connector *c, bb_log_level level, const char *fmt, ...)
	BB_FORMAT(3, 4);

/*
 * Log one event: its name, then key/value pairs (const char *), ending
 * with a NULL key. A pair whose value is NULL is left out. Values are
 * written bare when they are one word, else in double quotes with \" and
 * \\ escaped, so the line splits back into its pairs without guessing.
 */
void log_event(const struct bb_connector *c, bb_log_level level, const char *event, ...)
#if defined(__GNUC__)
	__attribute__((sentinel))
#endif
	;

/* Parse "error", "warn", "info", "debug"; 0 when unknown. */
bb_log_level log_level_parse(const char *name);

#endif
