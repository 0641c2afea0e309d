/*
 * The core's calls into adapters: read a HIS record, write feedback for
 * the HIS, deliver a message, fetch feedback. Each call gets a fresh
 * bb_host and adapter state, and turns what the adapter reported into the
 * connector's error.
 */
#include <stdlib.h>
#include <string.h>

#include "audit/audit.h"
#include "host.h"
#include "loader.h"
#include "log.h"
#include "model/model.h"
#include "util/strutil.h"
#include "util/xml_budget.h"

/* The largest HIS record or message we accept: far above any real referral. */

static int adapter_open(bb_host *h, const loaded_plugin *p, void **state)
{
	*state = NULL;
	if (p->table.open)
		return p->table.open(state, h);
	return BB_OK;
}

static void adapter_close(const loaded_plugin *p, void *state)
{
	if (p->table.close)
		p->table.close(state);
}

/* Turn an adapter's failure into the thread's error. */
static int fail(bb_connector *c, diag_list *d, int rc, const loaded_plugin *p, const char *what)
{
	if (rc >= 0)
		rc = BB_ERROR;
	if (d->count == 0)
		diag_add(d, rc, NULL, 0, NULL, "%s adapter \"%s\" failed to %s: %s",
			 bb_adapter_kind_name((int)p->table.kind), p->name, what, bb_strerror(rc));
	return err_set_diags(&c->err, d, rc);
}

static int load_his(bb_connector *c, const char *adapter, const loaded_plugin **p,
		    diag_list *d)
{
	if (!adapter)
		adapter = bb_config_his_adapter(c);
	if (!adapter)
		return diag_add(d, BB_EINVAL, NULL, 0, NULL,
				"no HIS adapter named, and none configured (his_adapter)");
	return loader_load(c, adapter, BB_ADAPTER_HIS, p, d);
}

/*
 * What a HIS does not repeat in every record: the practice. A record that
 * names no practice AGB takes the configuration's [practice] for the
 * practice fields it leaves empty (a real installation serves one
 * practice); without either the message cannot be made, and the mapping
 * says which setting is missing.
 */
void adapter_practice_defaults(bb_connector *c, bb_referral *r, const char *source)
{
	static const struct {
		int field;
		const char *key;
	} keys[] = {
		{ BB_REF_PRACTICE_AGB, "agb" }, { BB_REF_PRACTICE_URA, "ura" },
		{ BB_REF_PRACTICE_NAME, "name" }, { BB_REF_PRACTICE_PHONE, "phone" },
	};
	const cfg_section *p = c->cfg && c->cfg->practice.name ? &c->cfg->practice : NULL;
	size_t i;

	if (!p || bb_referral_get(r, BB_REF_PRACTICE_AGB))
		return;
	bb_referral_locate(r, config_find(p, "agb") ? config_find(p, "agb")->line : p->line, "[practice]");
	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (!bb_referral_get(r, keys[i].field) && config_get(p, keys[i].key))
			bb_referral_set(r, keys[i].field, config_get(p, keys[i].key));
	log_msg(c, BB_LOG_INFO, "%s: the record names no practice; [practice] of %s is used", source,
		c->cfg->path);
}

/*
 * Does the record start as UTF-16 or UTF-32: a byte order mark (FE FF,
 * FF FE), or a NUL byte among its first four, where every format we read
 * has ASCII ('<?xm', 'MSH|', '{')?
 */
static int starts_utf16_or_32(const unsigned char *p, size_t len)
{
	return (len >= 2 && ((p[0] == 0xFE && p[1] == 0xFF) || (p[0] == 0xFF && p[1] == 0xFE))) ||
	       memchr(p, '\0', len < 4 ? len : 4) != NULL;
}

int bb_referral_from_his(bb_referral **out, bb_connector *c, const char *adapter,
			 const char *source, const void *data, size_t len)
{
	return adapter_his_read(out, c, adapter, source, data, len, NULL);
}

int adapter_his_read(bb_referral **out, bb_connector *c, const char *adapter, const char *source,
	     const void *data, size_t len, char **record_key)
{
	diag_list d = DIAG_LIST_INIT;
	const loaded_plugin *p = NULL;
	bb_referral *r = NULL;
	bb_input in;
	bb_host h;
	void *state;
	int rc;
	size_t i;

	if (!out || !c || (!data && len))
		return c ? connector_error(c, BB_EINVAL, "bb_referral_from_his: missing argument")
			 : BB_EINVAL;
	*out = NULL;
	if (!source)
		source = "input";
	if ((rc = load_his(c, adapter, &p, &d)) != BB_OK)
		goto done;
	if (len > BB_MAX_INPUT) {
		rc = diag_add(&d, BB_ETOOBIG, source, 0, NULL,
			      "input is %zu bytes; the limit is %u", len, BB_MAX_INPUT);
		goto done;
	}
	/*
	 * Every HIS format we read (XML, HL7 v2, JSON) is UTF-8 text. UTF-16
	 * and UTF-32 do not look like XML to the budget's test below, yet
	 * libxml2 would detect and parse them: refused here, before any
	 * parser, so that no record passes the budget unchecked. (A NUL
	 * further on is the adapter's to report, with its own location.)
	 */
	if (data && starts_utf16_or_32(data, len)) {
		rc = diag_add(&d, BB_EINPUT, source, 1, NULL,
			      "the record starts as UTF-16 or UTF-32 (a byte order mark or a NUL byte "
			      "in its first four bytes): a HIS record is UTF-8 text");
		goto done;
	}
	/* "<?xm" in EBCDIC: libxml2 detects and decodes that too */
	if (data && len >= 4 && memcmp(data, "\x4C\x6F\xA7\x94", 4) == 0) {
		rc = diag_add(&d, BB_EINPUT, source, 1, NULL,
			      "the record starts as EBCDIC (\"<?xm\" in EBCDIC): a HIS record is UTF-8 text");
		goto done;
	}
	/* XML records: the budget before any adapter's parser (xml_budget.h) */
	if (data && xml_looks_like(data, len)) {
		xml_budget_problem over;
		if (xml_budget_check(data, len, &over) != 0) {
			rc = diag_add(&d, BB_EINPUT, source, over.line, NULL, "%s", over.message);
			goto done;
		}
	}
	if ((rc = bb_referral_new(&r)) != BB_OK)
		goto done;
	model_set_source(model_referral_mut(r), source);
	host_init(&h, c, p, c->cfg ? config_his(c->cfg, p->name) : NULL, source, &d);
	h.record_key = record_key;
	if ((rc = adapter_open(&h, p, &state)) != BB_OK)
		goto done;
	in.source = source;
	in.data = data ? data : (const unsigned char *)"";
	in.len = len;
	rc = p->table.read_referral(state, &h, &in, r);
	adapter_close(p, state);
	if (rc == BB_OK)
		adapter_practice_defaults(c, r, source);
	/*
	 * Problems recorded in the model count even if the adapter went on,
	 * and are said too when it stopped.
	 */
	for (i = 0; i < bb_referral_problem_count(r); i++) {
		const diag_entry *e = &model_referral(r)->problems.items[i];
		diag_add(&d, e->code, e->source, e->line, e->path, "%s", e->message);
	}
	if (rc != BB_OK)
		goto done;
	if (d.count)
		rc = BB_EINPUT;
done:
	if (rc != BB_OK) {
		bb_referral_free(r);
		rc = p && d.count == 0 ? fail(c, &d, rc, p, "read the record")
				       : err_set_diags(&c->err, &d, rc);
	} else {
		err_clear(&c->err);
		*out = r;
	}
	diag_free(&d);
	return rc;
}

int bb_feedback_to_his(char **out, size_t *out_len, bb_connector *c, const char *adapter,
		       const bb_feedback *fb)
{
	diag_list d = DIAG_LIST_INIT;
	const loaded_plugin *p = NULL;
	bb_buf buf = { STRBUF_INIT, BB_MAX_INPUT };
	bb_host h;
	void *state;
	int rc;

	if (!out || !c || !fb)
		return c ? connector_error(c, BB_EINVAL, "bb_feedback_to_his: missing argument")
			 : BB_EINVAL;
	*out = NULL;
	if (out_len)
		*out_len = 0;
	if ((rc = load_his(c, adapter, &p, &d)) != BB_OK) {
		rc = err_set_diags(&c->err, &d, rc);
		goto done;
	}
	if (!p->table.write_feedback) {
		rc = connector_error(c, BB_EUNSUPPORTED,
				     "HIS adapter \"%s\" cannot write feedback into the HIS", p->name);
		goto done;
	}
	host_init(&h, c, p, c->cfg ? config_his(c->cfg, p->name) : NULL, NULL, &d);
	if ((rc = adapter_open(&h, p, &state)) != BB_OK)
		goto failed;
	rc = p->table.write_feedback(state, &h, fb, &buf);
	adapter_close(p, state);
	if (rc != BB_OK)
		goto failed;
	if (buf.b.failed) {
		rc = BB_ENOMEM;
		goto failed;
	}
	if (!(*out = strbuf_detach(&buf.b, out_len))) {
		rc = BB_ENOMEM;
		goto done;
	}
	err_clear(&c->err);
	goto done;
failed:
	rc = fail(c, &d, rc, p, "write feedback");
done:
	strbuf_free(&buf.b);
	diag_free(&d);
	return rc;
}

/* The destination's section and its loaded adapter. */
static int load_destination(bb_connector *c, const char *id, const cfg_section **s,
			    const loaded_plugin **p, diag_list *d)
{
	*s = c->cfg && id ? config_destination(c->cfg, id) : NULL;
	if (!*s)
		return diag_add(d, BB_ENOTFOUND, NULL, 0, NULL,
				"destination \"%s\" is not in the configuration", id ? id : "");
	return loader_load(c, config_get(*s, "adapter"), BB_ADAPTER_DESTINATION, p, d);
}

int adapter_deliver(bb_connector *c, const char *destination_id, const char *message_id,
		    const char *content_type, const void *body, size_t len, char **detail)
{
	diag_list d = DIAG_LIST_INIT;
	const cfg_section *s;
	const loaded_plugin *p = NULL;
	bb_message msg;
	bb_delivery result = { 0, NULL };
	bb_host h;
	void *state;
	int rc;

	*detail = NULL;
	if ((rc = load_destination(c, destination_id, &s, &p, &d)) != BB_OK) {
		*detail = str_dup(d.count ? d.items[0].message : bb_strerror(rc));
		diag_free(&d);
		return rc;
	}
	msg.id = message_id;
	msg.content_type = content_type;
	msg.body = body;
	msg.len = len;
	host_init(&h, c, p, s, NULL, &d);
	if ((rc = adapter_open(&h, p, &state)) == BB_OK) {
		rc = p->table.deliver(state, &h, &msg, &result);
		adapter_close(p, state);
	}
	if (rc != BB_OK) {
		*detail = d.count ? diag_format(&d.items[0])
				  : str_printf("destination adapter \"%s\" failed: %s", p->name,
					       bb_strerror(rc));
		rc = rc == BB_ECONFIG ? BB_ECONFIG : BB_EPLUGIN;
	} else if (result.outcome == BB_DELIVERY_OK) {
		rc = BB_OK;
	} else if (result.outcome == BB_DELIVERY_TRANSIENT) {
		rc = BB_EUNAVAILABLE;
	} else if (result.outcome == BB_DELIVERY_FATAL) {
		rc = BB_EREFUSED;
	} else {
		rc = BB_EPLUGIN;
		*detail = str_printf("destination adapter \"%s\" did not say how the delivery went",
				     p->name);
	}
	if (!*detail)
		*detail = str_dup(result.detail ? result.detail : "no reason given");
	free(result.detail);
	diag_free(&d);
	return rc;
}

int bb_deliver_now(bb_connector *c, const char *destination_id, const char *message_id,
		   const char *content_type, const void *body, size_t len)
{
	char *detail = NULL;
	int rc;

	if (!c || !message_id || !content_type || !body)
		return c ? connector_error(c, BB_EINVAL, "bb_deliver_now: missing argument")
			 : BB_EINVAL;
	rc = adapter_deliver(c, destination_id, message_id, content_type, body, len, &detail);
	if (rc == BB_OK || rc == BB_EREFUSED) {
		/* past the outbox, but a message about a patient all the same */
		int refused = rc == BB_EREFUSED;
		char who[96];
		audit_rec a;

		connector_os_user(who, sizeof(who));
		memset(&a, 0, sizeof(a));
		a.event = "message.sent-direct";
		a.actor = who;
		a.peer = destination_id;
		a.message = message_id;
		a.outcome = refused ? "refused" : "delivered";
		a.detail = refused ? detail : NULL;
		connector_audit(c, &a, 1);
	}
	switch (rc) {
	case BB_OK:
		log_event(c, BB_LOG_INFO, "message.delivered", "message", message_id,
			  "destination", destination_id, "detail", detail, (char *)NULL);
		err_clear(&c->err);
		break;
	case BB_EUNAVAILABLE:
		connector_error(c, rc, "destination \"%s\": not delivered, will retry: %s",
				destination_id, detail ? detail : "");
		break;
	case BB_EREFUSED:
		connector_error(c, rc, "destination \"%s\" refused message %s: %s", destination_id,
				message_id, detail ? detail : "");
		break;
	default:
		connector_error(c, rc, "%s", detail ? detail : bb_strerror(rc));
	}
	free(detail);
	return rc;
}

int bb_fetch_feedback(bb_connector *c, const char *destination_id, bb_feedback_message_cb cb,
		      void *payload)
{
	diag_list d = DIAG_LIST_INIT;
	const cfg_section *s;
	const loaded_plugin *p = NULL;
	bb_feedback_sink sink = { cb, payload, 0, 0 };
	bb_host h;
	void *state;
	int rc;

	if (!c || !cb)
		return c ? connector_error(c, BB_EINVAL, "bb_fetch_feedback: missing argument")
			 : BB_EINVAL;
	if ((rc = load_destination(c, destination_id, &s, &p, &d)) != BB_OK) {
		rc = err_set_diags(&c->err, &d, rc);
		goto done;
	}
	if (!p->table.fetch_feedback) {
		rc = connector_error(c, BB_EUNSUPPORTED,
				     "destination adapter \"%s\" cannot fetch feedback; its receiver pushes it",
				     p->name);
		goto done;
	}
	host_init(&h, c, p, s, NULL, &d);
	if ((rc = adapter_open(&h, p, &state)) == BB_OK) {
		rc = p->table.fetch_feedback(state, &h, &sink);
		adapter_close(p, state);
	}
	if (rc != BB_OK)
		rc = fail(c, &d, rc, p, "fetch feedback");
	else if (sink.rc != 0)
		rc = connector_error(c, sink.rc < 0 ? sink.rc : BB_ERROR,
				     "the feedback callback failed (%d) after %zu message(s)",
				     sink.rc, sink.count);
	else
		err_clear(&c->err);
done:
	diag_free(&d);
	return rc;
}

int adapter_his_answer(char **out, size_t *out_len, bb_connector *c, const char *adapter,
	       const char *source, const void *data, size_t len, const diag_list *problems,
	       const char *not_now)
{
	diag_list d = DIAG_LIST_INIT;
	const loaded_plugin *p = NULL;
	bb_buf buf = { STRBUF_INIT, BB_MAX_INPUT };
	bb_problems list = { problems ? problems->items : NULL, problems ? problems->count : 0 };
	bb_input in;
	bb_host h;
	void *state;
	int rc;

	*out = NULL;
	if (out_len)
		*out_len = 0;
	if ((rc = load_his(c, adapter, &p, &d)) != BB_OK) {
		rc = err_set_diags(&c->err, &d, rc);
		goto done;
	}
	if (!p->table.acknowledge) {
		rc = connector_error(c, BB_EUNSUPPORTED,
				     "HIS adapter \"%s\" has no acknowledgements in its format", p->name);
		goto done;
	}
	host_init(&h, c, p, c->cfg ? config_his(c->cfg, p->name) : NULL, source, &d);
	h.not_now = not_now;
	in.source = source;
	in.data = data ? data : (const unsigned char *)"";
	in.len = len;
	if ((rc = adapter_open(&h, p, &state)) != BB_OK)
		goto failed;
	rc = p->table.acknowledge(state, &h, &in, &list, &buf);
	adapter_close(p, state);
	if (rc != BB_OK)
		goto failed;
	if (buf.b.failed) {
		rc = BB_ENOMEM;
		goto failed;
	}
	if (!(*out = strbuf_detach(&buf.b, out_len)))
		rc = BB_ENOMEM;
	goto done;
failed:
	rc = fail(c, &d, rc, p, "acknowledge");
done:
	strbuf_free(&buf.b);
	diag_free(&d);
	return rc;
}

int bb_his_acknowledge(char **out, size_t *out_len, int *accepted, bb_connector *c,
		       const char *adapter, const char *source, const void *data, size_t len)
{
	diag_list problems = DIAG_LIST_INIT;
	bb_referral *r = NULL;
	err_slot *slot;
	int rc, read_rc;

	if (!out || !c || (!data && len))
		return c ? connector_error(c, BB_EINVAL, "bb_his_acknowledge: missing argument")
			 : BB_EINVAL;
	*out = NULL;
	if (out_len)
		*out_len = 0;
	if (accepted)
		*accepted = 0;
	if (!source)
		source = "input";
	read_rc = bb_referral_from_his(&r, c, adapter, source, data, len);
	bb_referral_free(r);
	/* Keep the reading problems: they go into the answer and stay the last error. */
	slot = err_slot_get(&c->err);
	if (read_rc != BB_OK)
		err_slot_copy_problems(&problems, slot);
	rc = adapter_his_answer(out, out_len, c, adapter, source, data, len, &problems, NULL);
	if (rc == BB_OK) {
		if (accepted)
			*accepted = read_rc == BB_OK;
		/* The reading problems, if any, remain this thread's last error. */
		if (read_rc == BB_OK)
			err_clear(&c->err);
		else
			err_set_diags(&c->err, &problems, read_rc);
	}
	diag_free(&problems);
	return rc;
}

int adapter_his_check_answer(bb_connector *c, const char *adapter, const void *sent, size_t sent_len,
		     const void *answer, size_t answer_len)
{
	diag_list d = DIAG_LIST_INIT;
	const loaded_plugin *p = NULL;
	bb_input s_in, a_in;
	bb_host h;
	void *state;
	int rc;

	if ((rc = load_his(c, adapter, &p, &d)) != BB_OK) {
		rc = err_set_diags(&c->err, &d, rc);
		goto done;
	}
	if (!p->table.check_answer || !p->table.write_feedback) {
		rc = connector_error(c, BB_EUNSUPPORTED,
				     "HIS adapter \"%s\" cannot read a HIS's answers", p->name);
		goto done;
	}
	host_init(&h, c, p, c->cfg ? config_his(c->cfg, p->name) : NULL, "the HIS's answer", &d);
	s_in.source = "feedback";
	s_in.data = sent;
	s_in.len = sent_len;
	a_in.source = "the HIS's answer";
	a_in.data = answer;
	a_in.len = answer_len;
	if ((rc = adapter_open(&h, p, &state)) == BB_OK) {
		rc = p->table.check_answer(state, &h, &s_in, &a_in);
		adapter_close(p, state);
	}
	if (rc != BB_OK)
		rc = fail(c, &d, rc, p, "read the HIS's answer");
	else
		err_clear(&c->err);
done:
	diag_free(&d);
	return rc;
}
