/*
 * Public calls that produce FHIR bytes: a referral as a message Bundle,
 * and reformatting between FHIR JSON and XML.
 */
#include <libxml/parser.h>
#include <libxml/xmlschemastypes.h>
#include <pthread.h>
#include <string.h>

#include "connector.h"
#include "fhir/fhir_codec.h"
#include "log.h"
#include "mapping/mapping.h"
#include "mapping/profile.h"
#include "mapping/task_states.h"
#include "model/model.h"
#include "readers.h"

static pthread_once_t xml_once = PTHREAD_ONCE_INIT;

/*
 * libxml2's global tables, made once before any thread needs them. In
 * libxml2 2.9 the XML Schema built-in types are set up on first use
 * without a lock, so plugins compiling an XSD in several threads at once
 * raced and leaked (LeakSanitizer in test_send, 8 senders with his-xml).
 */
static void init_xml(void)
{
	xmlInitParser();
	xmlSchemaInitTypes();
}

void connector_init_libxml(void)
{
	pthread_once(&xml_once, init_xml);
}

static int to_bytes(char **out, size_t *out_len, bb_connector *c, const fhir_node *res,
		    int format)
{
	strbuf b = STRBUF_INIT;
	int rc;

	rc = fhir_write(&b, res, format == BB_FORMAT_XML ? FHIR_FORMAT_XML : FHIR_FORMAT_JSON, 1);
	if (rc != BB_OK) {
		strbuf_free(&b);
		return connector_error(c, rc, "cannot write FHIR: %s", bb_strerror(rc));
	}
	*out = strbuf_detach(&b, out_len);
	return *out ? BB_OK : connector_error(c, BB_ENOMEM, "out of memory");
}

/* A mapping from a model object to a message Bundle. */
typedef int (*map_fn)(fhir_node **out, const void *model, const msg_context *ctx, diag_list *d);

static int map_referral(fhir_node **out, const void *model, const msg_context *ctx, diag_list *d)
{
	return mapping_referral_message(out, model, ctx, d);
}

static int map_feedback(fhir_node **out, const void *model, const msg_context *ctx, diag_list *d)
{
	return mapping_feedback_message(out, model, ctx, d);
}

/* Map `model` to its message and write it; what both *_to_fhir calls do. */
static int message_bytes(char **out, size_t *out_len, bb_connector *c, map_fn map,
			 const void *model, msg_context *ctx, int format)
{
	diag_list d = DIAG_LIST_INIT;
	fhir_node *bundle = NULL;
	int rc;

	if (c->cfg && !ctx->source_endpoint)
		ctx->source_endpoint = config_get(&c->cfg->connector, "sender_endpoint");
	connector_init_libxml();
	if ((rc = map(&bundle, model, ctx, &d)) != BB_OK) {
		rc = err_set_diags(&c->err, &d, rc);
		goto done;
	}
	if ((rc = to_bytes(out, out_len, c, bundle, format)) != BB_OK)
		goto done;   /* to_bytes said why */
	err_clear(&c->err);
done:
	fhir_node_free(bundle);
	diag_free(&d);
	return rc;
}

static int bad_format(int format)
{
	return format != BB_FORMAT_JSON && format != BB_FORMAT_XML;
}

int bb_referral_to_fhir(char **out, size_t *out_len, bb_connector *c, const bb_referral *r,
			const char *destination_id, bb_format format)
{
	msg_context ctx;

	if (!c)
		return BB_EINVAL;
	if (!out || !r || bad_format(format))
		return connector_error(c, BB_EINVAL, "bb_referral_to_fhir: bad argument");
	*out = NULL;
	if (out_len)
		*out_len = 0;
	memset(&ctx, 0, sizeof(ctx));
	if (destination_id) {
		const cfg_section *s = c->cfg ? config_destination(c->cfg, destination_id) : NULL;
		if (!s)
			return connector_error(c, BB_ENOTFOUND,
					       "destination \"%s\" is not in the configuration",
					       destination_id);
		ctx.destination_endpoint = config_get(s, "endpoint");
		ctx.destination_name = config_get(s, "name");
	}
	/*
	 * A HIS may export the record before the patient was asked: it converts,
	 * without a Consent, so that it can be looked at; it cannot be sent.
	 */
	if (!bb_referral_get(r, BB_REF_CONSENT))
		log_msg(c, BB_LOG_WARN, "%s: no consent (consent.given) in the record: the message has "
			"no Consent, and send and refer refuse it until the patient consents",
			model_referral(r)->source ? model_referral(r)->source : "referral");
	return message_bytes(out, out_len, c, map_referral, r, &ctx, format);
}

/*
 * bb_fhir_reformat to JSON: with a spare reader, FHIR XML is converted
 * without a tree (fhir_reader_to_json); the same bytes and problems.
 */
static int reformat_to_json(char **out, size_t *out_len, bb_connector *c, const char *source,
			    const char *data, size_t len, diag_list *d)
{
	fhir_reader *rd = connector_take_reader(c);
	strbuf b = STRBUF_INIT;
	fhir_node *res = NULL;
	int rc;

	if (rd)
		rc = fhir_reader_to_json(rd, &b, data, len, source, NULL, d);
	else if ((rc = fhir_read(&res, data, len, source, d)) == BB_OK)
		rc = fhir_write_json(&b, res, 1);
	connector_give_reader(c, rd);
	fhir_node_free(res);
	if (rc != BB_OK) {
		strbuf_free(&b);
		return d->count ? err_set_diags(&c->err, d, rc)
				     : connector_error(c, rc, "cannot write FHIR: %s", bb_strerror(rc));
	}
	*out = strbuf_detach(&b, out_len);
	if (!*out)
		return connector_error(c, BB_ENOMEM, "out of memory");
	err_clear(&c->err);
	return BB_OK;
}

int bb_fhir_reformat(char **out, size_t *out_len, bb_connector *c, const char *source,
		     const void *data, size_t len, bb_format format)
{
	diag_list d = DIAG_LIST_INIT;
	fhir_node *res = NULL;
	int rc;

	if (!c)
		return BB_EINVAL;
	if (!out || (!data && len) || bad_format(format))
		return connector_error(c, BB_EINVAL, "bb_fhir_reformat: bad argument");
	*out = NULL;
	if (out_len)
		*out_len = 0;
	connector_init_libxml();
	if (format == BB_FORMAT_JSON) {
		rc = reformat_to_json(out, out_len, c, source ? source : "input", data ? data : "",
				      len, &d);
		goto done;
	}
	if ((rc = connector_fhir_read(c, &res, data ? data : "", len, source ? source : "input",
				      &d)) != BB_OK) {
		rc = err_set_diags(&c->err, &d, rc);
		goto done;
	}
	if ((rc = to_bytes(out, out_len, c, res, format)) != BB_OK)
		goto done;   /* to_bytes said why */
	err_clear(&c->err);
done:
	fhir_node_free(res);
	diag_free(&d);
	return rc;
}

int bb_task_transition_ok(const char *from, const char *to)
{
	return from && to && task_transition_ok(from, to);
}

int bb_feedback_to_fhir(char **out, size_t *out_len, bb_connector *c, const bb_feedback *fb,
			bb_format format)
{
	msg_context ctx;

	if (!c)
		return BB_EINVAL;
	if (!out || !fb || bad_format(format))
		return connector_error(c, BB_EINVAL, "bb_feedback_to_fhir: bad argument");
	*out = NULL;
	if (out_len)
		*out_len = 0;
	memset(&ctx, 0, sizeof(ctx));
	return message_bytes(out, out_len, c, map_feedback, fb, &ctx, format);
}

int bb_feedback_from_fhir(bb_feedback **out, bb_connector *c, const char *source,
			  const void *data, size_t len)
{
	diag_list d = DIAG_LIST_INIT;
	fhir_node *bundle = NULL;
	bb_feedback *fb = NULL;
	int rc;

	if (!c)
		return BB_EINVAL;
	if (!out || (!data && len))
		return connector_error(c, BB_EINVAL, "bb_feedback_from_fhir: bad argument");
	*out = NULL;
	if (!source)
		source = "input";
	connector_init_libxml();
	if ((rc = connector_fhir_read(c, &bundle, data ? data : "", len, source, &d)) != BB_OK ||
	    (rc = bb_feedback_new(&fb)) != BB_OK ||
	    (rc = mapping_feedback_read(fb, bundle, source, &d)) != BB_OK)
		goto fail;
	err_clear(&c->err);
	*out = fb;
	goto done;
fail:
	bb_feedback_free(fb);
	rc = err_set_diags(&c->err, &d, rc);
done:
	fhir_node_free(bundle);
	diag_free(&d);
	return rc;
}

int bb_validate(bb_message_kind *kind, bb_connector *c, const char *source, const void *data, size_t len)
{
	diag_list d = DIAG_LIST_INIT;
	fhir_node *res = NULL;
	int rc, k = 0, no_consent = 0;

	if (kind)
		*kind = 0;
	if (!c)
		return BB_EINVAL;
	if (!data && len)
		return connector_error(c, BB_EINVAL, "bb_validate: bad argument");
	if (!source)
		source = "input";
	connector_init_libxml();
	if ((rc = connector_fhir_read(c, &res, data ? data : "", len, source, &d)) != BB_OK ||
	    (rc = profile_check_unsent(&k, &no_consent, res, source, &d)) != BB_OK) {
		rc = err_set_diags(&c->err, &d, rc);
		goto done;
	}
	/* valid, but not a message that may leave: say so, once */
	if (no_consent)
		log_msg(c, BB_LOG_WARN, "%s: the referral has no Consent: valid, but no referral "
			"leaves without the patient's consent (bb-13)", source);
	err_clear(&c->err);
	if (kind)
		*kind = k;
done:
	fhir_node_free(res);
	diag_free(&d);
	return rc;
}
