/*
 * <beweegbrug/delivery.h>: delivery without the outbox.
 * Part of the public API; programs include <beweegbrug.h>, which
 * includes every topic header. This one also compiles on its own.
 */
#ifndef BEWEEGBRUG_DELIVERY_H
#define BEWEEGBRUG_DELIVERY_H

#include "beweegbrug/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- delivery, without the outbox ------------------------------------ */

/*
 * Hand one message to a configured destination now and wait for the
 * answer. BB_OK: delivered; BB_EUNAVAILABLE: try again later;
 * BB_EREFUSED: the receiver refused it. The durable way to send is the
 * outbox; this is for checks and for HIS vendors who queue themselves.
 * Thread safety: safe.
 */
BB_EXTERN int bb_deliver_now(bb_connector *connector, const char *destination_id,
			     const char *message_id, const char *content_type,
			     const void *body, size_t len);

/* Called for each feedback message a destination hands back. */
typedef int (*bb_feedback_message_cb)(const char *content_type, const void *body,
				      size_t len, void *payload);
/* Ask a destination for feedback messages that wait (poll). Thread safety: safe. */
BB_EXTERN int bb_fetch_feedback(bb_connector *connector, const char *destination_id,
				bb_feedback_message_cb cb, void *payload);

#ifdef __cplusplus
}
#endif

#endif
