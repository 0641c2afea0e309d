/*
 * Durable sending: the connector's outbox, referrals into it, and one pass
 * of delivery over what is due. The outbox is opened on first use from the
 * configuration (outbox, outbox_key, max_attempts, retry_delay) and used
 * under the connector's outbox lock.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "connector.h"
#include "fhir/fhir_codec.h"
#include "log.h"
#include "mapping/mapping.h"
#include "mapping/uuid.h"
#include "outbox/outbox.h"

/* Call with c->outbox_lock held. */
static int outbox_get(bb_connector *c, outbox **out, diag_list *d)
{
	const char *path, *key, *v;
	outbox_policy policy = { 0, 0, 0, 0 };
	int rc;

	if (c->outbox) {
		*out = c->outbox;
		return BB_OK;
	}
	path = c->cfg ? cfg_get(&c->cfg->connector, "outbox") : NULL;
	key = c->cfg ? cfg_get(&c->cfg->connector, "outbox_key") : NULL;
	if (!path || !key)
		return diag_add(d, BB_ECONFIG, c->cfg ? c->cfg->path : NULL, 0, "[connector]",
				"outbox and outbox_key are needed to send");
	if ((v = cfg_get(&c->cfg->connector, "max_attempts")))
		policy.max_attempts = (unsigned)strtoul(v, NULL, 10);
	if ((v = cfg_get(&c->cfg->connector, "retry_delay")))
		policy.base_delay = (unsigned)strtoul(v, NULL, 10);
	rc = outbox_open(&c->outbox, path, key, &policy, d);
	*out = c->outbox;
	return rc;
}

int bb_referral_send(char message_id[BB_MESSAGE_ID_LEN], bb_connector *c, const bb_referral *r,
		     const char *destination_id)
{
	diag_list d = DIAG_LIST_INIT;
	const cfg_section *s;
	const char *format;
	char bundle_id[UUID_STR_LEN];
	msg_context ctx;
	fhir_node *bundle = NULL;
	strbuf bytes = STRBUF_INIT;
	outbox *ob;
	int xml, rc;

	if (!c)
		return BB_EINVAL;
	if (!r || !destination_id)
		return connector_error(c, BB_EINVAL, "bb_referral_send: missing argument");
	s = c->cfg ? config_destination(c->cfg, destination_id) : NULL;
	if (!s)
		return connector_error(c, BB_ENOTFOUND, "destination \"%s\" is not in the configuration",
				       destination_id);
	if (uuid_v4(bundle_id) != 0)
		return connector_error(c, BB_ERROR, "no random numbers for a message id");
	memset(&ctx, 0, sizeof(ctx));
	/* One id names the message in the outbox and in the Bundle, on every retry. */
	ctx.bundle_id = bundle_id;
	ctx.destination_endpoint = cfg_get(s, "endpoint");
	ctx.destination_name = cfg_get(s, "name");
	ctx.source_endpoint = cfg_get(&c->cfg->connector, "sender_endpoint");
	format = cfg_get(s, "format");
	xml = format && strcmp(format, "xml") == 0;
	message_init_libxml();
	rc = mapping_referral_message(&bundle, r, &ctx, &d);
	if (rc == BB_OK)
		rc = fhir_write(&bytes, bundle, xml ? FHIR_FORMAT_XML : FHIR_FORMAT_JSON, 0);
	if (rc == BB_OK) {
		pthread_mutex_lock(&c->outbox_lock);
		rc = outbox_get(c, &ob, &d);
		if (rc == BB_OK)
			rc = outbox_enqueue(ob, bundle_id, destination_id,
					    xml ? "application/fhir+xml; fhirVersion=4.0"
						: "application/fhir+json; fhirVersion=4.0",
					    bytes.data, bytes.len, (int64_t)time(NULL), &d);
		pthread_mutex_unlock(&c->outbox_lock);
	}
	if (rc == BB_OK) {
		if (message_id)
			memcpy(message_id, bundle_id, UUID_STR_LEN);
		log_msg(c, BB_LOG_INFO, "referral %s queued for %s as message %s",
			bb_referral_get(r, BB_REF_ID), destination_id, bundle_id);
		err_clear(&c->err);
	} else {
		rc = err_set_diags(&c->err, &d, rc);
	}
	strbuf_free(&bytes);
	fhir_node_free(bundle);
	diag_free(&d);
	return rc;
}

int bb_outbox_deliver_due(bb_connector *c, bb_delivery_stats *stats)
{
	diag_list d = DIAG_LIST_INIT;
	bb_delivery_stats st = { 0, 0, 0 };
	outbox_item item;
	outbox *ob;
	int rc;

	if (!c)
		return BB_EINVAL;
	pthread_mutex_lock(&c->outbox_lock);
	rc = outbox_get(c, &ob, &d);
	while (rc == BB_OK) {
		char *detail = NULL;
		int dead = 0, outcome;
		int64_t now = (int64_t)time(NULL);

		rc = outbox_claim(ob, NULL, now, &item, &d);
		if (rc == BB_ENOTFOUND) {
			rc = BB_OK;
			break;
		}
		if (rc != BB_OK)
			break;
		outcome = adapter_deliver(c, item.destination, item.msg_id, item.content_type,
					  item.payload, item.len, &detail);
		now = (int64_t)time(NULL);
		if (outcome == BB_OK) {
			rc = outbox_delivered(ob, item.row, now, &d);
			st.delivered++;
			log_msg(c, BB_LOG_INFO, "message %s delivered to %s", item.msg_id,
				item.destination);
		} else {
			rc = outbox_failed(ob, item.row, outcome == BB_EREFUSED, detail, now, &dead, &d);
			if (dead) {
				st.dead++;
				log_msg(c, BB_LOG_ERROR, "verwijzing niet afgeleverd: %s aan %s: %s",
					item.msg_id, item.destination, detail ? detail : "");
			} else {
				st.retrying++;
				log_msg(c, BB_LOG_WARN, "message %s to %s not delivered, will retry: %s",
					item.msg_id, item.destination, detail ? detail : "");
			}
		}
		free(detail);
		outbox_item_free(&item);
	}
	pthread_mutex_unlock(&c->outbox_lock);
	if (stats)
		*stats = st;
	if (rc != BB_OK)
		rc = err_set_diags(&c->err, &d, rc);
	else if (st.dead)
		rc = connector_error(c, BB_EREFUSED, "%zu message(s) given up on", st.dead);
	else if (st.retrying)
		rc = connector_error(c, BB_EUNAVAILABLE, "%zu message(s) will be retried", st.retrying);
	else
		err_clear(&c->err);
	diag_free(&d);
	return rc;
}
