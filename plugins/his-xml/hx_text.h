/* Dutch words for the coded parts of the feedback file, and XML escaping. */
#ifndef HX_TEXT_H
#define HX_TEXT_H

#include <stddef.h>

#include "beweegbrug/sys/plugin.h"

/* Append `text` XML-escaped (attribute values also escape line ends). */
int hx_put_escaped(bb_buf *out, const char *text, int attribute);

/* Task status -> Dutch ("in-progress" -> "loopt"); NULL if unknown. */
const char *hx_status_words(const char *status);
/* Beweegbrug stop/decline reason code -> the Dutch text a GP reads. */
const char *hx_reason_words(const char *code);
/* A stadspoli track (physio, ...) in words: "fysiotherapie"; and as his-referral.xsd writes it. */
const char *hx_track_words(const char *track);
const char *hx_track_export(const char *track);

#endif
