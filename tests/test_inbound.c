/*
 * The receiving side through the public API, both roles in one process
 * (two connectors, two outbox files): a GP sends a referral, the provider
 * receives it; the provider answers with feedback, the GP applies it once
 * and in order. The certificates are made here with openssl.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <pthread.h>
#include <sys/stat.h>

#include "beweegbrug.h"
#include "testutil.h"

/* Every message this suite makes (referrals, every feedback step, forwards)
 * and every answer the receiving side gives, kept for the third-party
 * validator (the last test): one folder for the whole run. */
static char *kept_dir;
static unsigned kept_count;

static void keep(const char *what, const char *body, size_t len)
{
	char path[700];
	FILE *out;

	if (!kept_dir || !body || len == 0 || body[0] != '{')
		return;
	snprintf(path, sizeof(path), "%s/%03u-%s.json", kept_dir, ++kept_count, what);
	out = fopen(path, "wb");
	assert_non_null(out);
	assert_int_equal(fwrite(body, 1, len, out), len);
	assert_int_equal(fclose(out), 0);
}

typedef struct fx {
	char *dir;
	bb_connector *gp, *coach;
	char *gp_pem, *coach_pem, *rogue_pem;
	char *coach_b_pem, *fysio_pem;   /* two more providers the GP knows */
	char *record;
	size_t record_len;
	char applied[32][64];         /* "referral:status" per applied feedback */
	char applied_ids[32][40];     /* and the message id it came in */
	size_t napplied;
	int refuse;                   /* the GP's HIS says no */
} fx;

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t)n + 1);
	if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	if (buf) {
		buf[n] = '\0';
		if (len)
			*len = (size_t)n;
	}
	return buf;
}

static char *make_cert(const char *dir, const char *name, const char *subject)
{
	char cmd[1200], path[600];

	snprintf(cmd, sizeof(cmd),
		 "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2"
		 " -subj '%s' -keyout %s/%s.key -out %s/%s.pem 2>/dev/null", subject, dir, name,
		 dir, name);
	assert_int_equal(system(cmd), 0);
	snprintf(path, sizeof(path), "%s/%s.pem", dir, name);
	return slurp(path, NULL);
}

static bb_connector *connector_for(const fx *f, const char *name, const char *sections)
{
	char key[600], path[600], conf[4000];
	bb_connector *c = NULL;

	snprintf(key, sizeof(key), "%s/%s.outbox.key", f->dir, name);
	test_write_file(key, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n");
	chmod(key, 0600);
	snprintf(conf, sizeof(conf),
		 "[connector]\nsender_endpoint = https://beweegbrug.test/fhir\nhis_adapter = his-xml\noutbox = %s/%s.db\noutbox_key = %s\n"
		 "audit_log = %s/%s.audit\n%s",
		 f->dir, name, key, f->dir, name, sections);
	snprintf(path, sizeof(path), "%s/%s.conf", f->dir, name);
	test_write_file(path, conf);
	assert_int_equal(bb_connector_new(&c, NULL), BB_OK);
	if (bb_connector_load_config(c, path) != BB_OK)
		fail_msg("%s", bb_error_last(c)->message);
	return c;
}

static int on_feedback(const char *referral_id, const bb_feedback *fb, const char *entry,
		       size_t len, void *payload)
{
	fx *f = payload;

	if (f->refuse)
		return -1;
	assert_non_null(entry);
	assert_true(len > 0);
	/* filed in the GP's own referral's ICPC episode, which the coach did not send */
	if (!strstr(entry, "<episode icpc=\"T82\">Obesitas</episode>"))
		fail_msg("no episode in %s", entry);
	if (f->napplied < 32) {
		snprintf(f->applied_ids[f->napplied], 40, "%s",
			 bb_feedback_get(fb, BB_FB_MESSAGE_ID) ? bb_feedback_get(fb, BB_FB_MESSAGE_ID) : "");
		snprintf(f->applied[f->napplied++], 64, "%s:%s", referral_id,
			 bb_feedback_get(fb, BB_FB_STATUS));
	}
	return 0;
}

static int setup(void **state)
{
	fx *f = calloc(1, sizeof(*f));
	char sample[700];

	f->dir = test_tmpdir();
	f->gp_pem = make_cert(f->dir, "gp", "/O=Huisartsen Test/CN=gp-practice-001");
	f->coach_pem = make_cert(f->dir, "coach", "/O=Beweegcoach Test/CN=coach-001");
	f->rogue_pem = make_cert(f->dir, "rogue", "/O=Elders/CN=someone");
	f->coach_b_pem = make_cert(f->dir, "coach-b", "/O=Beweegcoach Twee/CN=coach-002");
	f->fysio_pem = make_cert(f->dir, "fysio", "/O=Fysio Jekerdal/CN=fysio-001");
	f->gp = connector_for(f, "gp",
			      "[destination \"coach\"]\nadapter = fhir-message\n"
			      "endpoint = https://localhost:9/fhir\nreceiver_kind = gli\n"
			      "[destination \"coach-b\"]\nadapter = fhir-message\n"
			      "endpoint = https://localhost:9/fhir\nreceiver_kind = gli\n"
			      "[sender \"coach\"]\nsubject = CN=coach-001,O=Beweegcoach Test\n"
			      "role = provider\n"
			      "[sender \"coach-b\"]\nsubject = CN=coach-002,O=Beweegcoach Twee\n"
			      "role = provider\n"
			      "[sender \"fysio\"]\nsubject = CN=fysio-001,O=Fysio Jekerdal\n"
			      "role = provider\nagb = 01000010\n");
	f->coach = connector_for(f, "coach",
				 "[destination \"gp\"]\nadapter = fhir-message\n"
				 "endpoint = https://localhost:9/fhir\nreceiver_kind = platform\n"
				 "[sender \"gp\"]\nsubject = CN=gp-practice-001, O=Huisartsen Test\n"
				 "role = referrer\nagb = 01000002\nreply_to = gp\n");
	assert_int_equal(bb_connector_on_feedback(f->gp, on_feedback, f), BB_OK);
	snprintf(sample, sizeof(sample), "%s/schemas/samples/his-xml/gli-obesitas.xml",
		 test_env("abs_top_srcdir"));
	f->record = slurp(sample, &f->record_len);
	assert_non_null(f->record);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fx *f = *state;
	char cmd[700];

	bb_connector_free(f->gp);
	bb_connector_free(f->coach);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(f->gp_pem);
	free(f->coach_pem);
	free(f->rogue_pem);
	free(f->coach_b_pem);
	free(f->fysio_pem);
	free(f->record);
	free(f->dir);
	free(f);
	return 0;
}

/* The bytes of the newest pending message in a connector's outbox. */
typedef struct newest {
	char id[64];
} newest;

static int remember(const bb_outbox_entry *e, void *payload)
{
	newest *n = payload;

	snprintf(n->id, sizeof(n->id), "%s", e->message_id);
	return 0;
}

static char *last_queued(bb_connector *c, size_t *len)
{
	newest n = { "" };
	char *body = NULL;

	assert_int_equal(bb_outbox_list(c, BB_OUTBOX_PENDING, remember, &n), BB_OK);
	assert_int_equal(bb_outbox_show(&body, len, c, n.id, NULL, NULL), BB_OK);
	keep("queued", body, *len);
	/* taken out of the queue: this test carries it by hand */
	assert_int_equal(bb_outbox_purge(NULL, c, BB_OUTBOX_DELIVERED, 0), BB_OK);
	return body;
}

static int deliver(bb_connector *to, const char *pem, const char *body, size_t len,
		   bb_inbound_response *resp)
{
	int rc;

	memset(resp, 0, sizeof(*resp));
	resp->version = BB_INBOUND_RESPONSE_VERSION;
	rc = bb_inbound_process(resp, to, pem, "application/fhir+json; fhirVersion=4.0", body, len);
	if (resp->body)
		keep("answer", resp->body, strlen(resp->body));
	if (getenv("BB_TEST_VERBOSE") && rc != BB_OK)
		fprintf(stderr, "HTTP %d: %s\n%s\n", resp->http_status, bb_error_last(to)->message,
			resp->body);
	return rc;
}

static void referral_to_provider(fx *f, const char *ref_id, char **out, size_t *out_len)
{
	bb_referral *r = NULL;
	char id[BB_MESSAGE_ID_LEN];

	assert_int_equal(bb_referral_from_his(&r, f->gp, NULL, "gli.xml", f->record, f->record_len),
			 BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_ID, ref_id), BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_RECEIVER_ID, "coach"), BB_OK);
	assert_int_equal(bb_referral_send(id, f->gp, r, "coach"), BB_OK);
	bb_referral_free(r);
	*out = last_queued(f->gp, out_len);
}

static char *feedback_bytes(fx *f, const char *ref, const char *status, const char *bs,
			    const char *date, size_t *len)
{
	bb_feedback *fb = NULL;
	char id[BB_MESSAGE_ID_LEN];

	assert_int_equal(bb_feedback_new(&fb), BB_OK);
	bb_feedback_set(fb, BB_FB_REFERRAL_ID, ref);
	bb_feedback_set(fb, BB_FB_STATUS, status);
	bb_feedback_set(fb, BB_FB_BUSINESS_STATUS, bs);
	bb_feedback_set(fb, BB_FB_DATE, date);
	if (bb_feedback_send(id, f->coach, fb) != BB_OK)
		fail_msg("%s", bb_error_last(f->coach)->message);
	bb_feedback_free(fb);
	return last_queued(f->coach, len);
}

static void referral_received_once(void **state)
{
	fx *f = *state;
	bb_inbound_response resp = BB_INBOUND_RESPONSE_INIT;
	char *msg, *first;
	size_t len;

	referral_to_provider(f, "HV-IN-1", &msg, &len);
	assert_int_equal(deliver(f->coach, f->gp_pem, msg, len, &resp), BB_OK);
	assert_int_equal(resp.http_status, 200);
	assert_non_null(strstr(resp.body, "\"code\": \"ok\""));
	first = strdup(resp.body);
	bb_inbound_response_free(&resp);
	/* the same message again: the first answer, stored once */
	assert_int_equal(deliver(f->coach, f->gp_pem, msg, len, &resp), BB_OK);
	assert_string_equal(resp.body, first);
	bb_inbound_response_free(&resp);
	free(first);
	/* unknown sender; a sender in the wrong role; not FHIR JSON */
	assert_int_equal(deliver(f->coach, f->rogue_pem, msg, len, &resp), BB_EREFUSED);
	assert_int_equal(resp.http_status, 403);
	assert_non_null(strstr(resp.body, "is not a configured sender"));
	bb_inbound_response_free(&resp);
	assert_int_equal(deliver(f->gp, f->coach_pem, msg, len, &resp), BB_EREFUSED);
	assert_int_equal(resp.http_status, 403);
	assert_non_null(strstr(resp.body, "may not send referral messages"));
	bb_inbound_response_free(&resp);
	assert_int_equal(bb_inbound_process(&resp, f->coach, f->gp_pem, "text/plain", msg, len),
			 BB_EREFUSED);
	assert_int_equal(resp.http_status, 415);
	bb_inbound_response_free(&resp);
	assert_int_equal(deliver(f->coach, f->gp_pem, "{\"resourceType\":\"Bundle\"", 24, &resp),
			 BB_EREFUSED);
	assert_int_equal(resp.http_status, 400);
	bb_inbound_response_free(&resp);
	free(msg);
}

static void feedback_applied_once_and_in_order(void **state)
{
	fx *f = *state;
	bb_inbound_response resp = BB_INBOUND_RESPONSE_INIT;
	char *msg, *accepted, *progress, *done, *late;
	size_t len, alen, plen, dlen, llen;

	referral_to_provider(f, "HV-IN-2", &msg, &len);
	assert_int_equal(deliver(f->coach, f->gp_pem, msg, len, &resp), BB_OK);
	bb_inbound_response_free(&resp);
	free(msg);
	accepted = feedback_bytes(f, "HV-IN-2", "accepted", "3.0", "2026-11-23T10:00:00+01:00", &alen);
	progress = feedback_bytes(f, "HV-IN-2", "in-progress", "5.1.4", "2026-11-23T11:00:00+01:00", &plen);
	done = feedback_bytes(f, "HV-IN-2", "completed", "7.0", "2026-11-23T12:00:00+01:00", &dlen);

	/* the provider may not go back */
	{
		bb_feedback *fb = NULL;
		bb_feedback_new(&fb);
		bb_feedback_set(fb, BB_FB_REFERRAL_ID, "HV-IN-2");
		bb_feedback_set(fb, BB_FB_STATUS, "accepted");
		bb_feedback_set(fb, BB_FB_BUSINESS_STATUS, "3.0");
		assert_int_equal(bb_feedback_send(NULL, f->coach, fb), BB_EINVAL);
		assert_non_null(strstr(bb_error_last(f->coach)->message,
				       "referral HV-IN-2 is completed; accepted cannot follow"));
		bb_feedback_free(fb);
	}

	/* accepted, then completed (progress held back), then accepted again */
	assert_int_equal(deliver(f->gp, f->coach_pem, accepted, alen, &resp), BB_OK);
	bb_inbound_response_free(&resp);
	assert_int_equal(deliver(f->gp, f->coach_pem, done, dlen, &resp), BB_OK);
	bb_inbound_response_free(&resp);
	assert_int_equal(deliver(f->gp, f->coach_pem, accepted, alen, &resp), BB_OK);
	bb_inbound_response_free(&resp);
	/* the late in-progress: answered ok, kept, not applied */
	assert_int_equal(deliver(f->gp, f->coach_pem, progress, plen, &resp), BB_OK);
	assert_non_null(strstr(resp.body, "older than the feedback already applied"));
	bb_inbound_response_free(&resp);
	assert_int_equal(f->napplied, 2);
	assert_string_equal(f->applied[0], "HV-IN-2:accepted");
	assert_string_equal(f->applied[1], "HV-IN-2:completed");

	/* a newer message that would undo "completed" is refused (made by hand:
	   the provider's own side would not let it out) */
	{
		bb_feedback *fb = NULL;
		bb_feedback_new(&fb);
		bb_feedback_set(fb, BB_FB_REFERRAL_ID, "HV-IN-2");
		bb_feedback_set(fb, BB_FB_PRACTICE_AGB, "01000002");
		bb_feedback_set(fb, BB_FB_STATUS, "accepted");
		bb_feedback_set(fb, BB_FB_BUSINESS_STATUS, "3.0");
		bb_feedback_set(fb, BB_FB_DATE, "2026-11-23T13:00:00+01:00");
		bb_feedback_set(fb, BB_FB_REFERRAL_AUTHORED, "2026-11-20T10:00:00+01:00");
		bb_feedback_set(fb, BB_FB_AUTHOR_ORGANIZATION, "Leefstijl West");
		assert_int_equal(bb_feedback_to_fhir(&late, &llen, f->coach, fb, BB_FORMAT_JSON), BB_OK);
		bb_feedback_free(fb);
		keep("by-hand", late, llen);
	}
	assert_int_equal(deliver(f->gp, f->coach_pem, late, llen, &resp), BB_EREFUSED);
	assert_int_equal(resp.http_status, 422);
	assert_non_null(strstr(resp.body, "referral HV-IN-2 is completed; accepted cannot follow"));
	bb_inbound_response_free(&resp);
	assert_int_equal(f->napplied, 2);
	bb_free(late);
	free(accepted);
	free(progress);
	free(done);
}

/* Each side's audit trail, as "event outcome" lines, checked and without a BSN. */
typedef struct trail {
	char events[64][64];
	char patient[64][40];
	size_t n;
} trail;

static int keep_record(const bb_audit_record *r, void *payload)
{
	trail *t = payload;

	if (t->n < 64) {
		snprintf(t->events[t->n], 64, "%s %s", r->event, r->outcome);
		snprintf(t->patient[t->n++], 40, "%s", r->patient ? r->patient : "");
	}
	return 0;
}

static size_t find_event(const trail *t, const char *what)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		if (strcmp(t->events[i], what) == 0)
			return i;
	fail_msg("no \"%s\" in the audit trail", what);
	return 0;
}

static void audit_trail_both_sides(void **state)
{
	fx *f = *state;
	bb_inbound_response resp = BB_INBOUND_RESPONSE_INIT;
	trail gp, coach;
	char pseudonym[BB_PSEUDONYM_LEN], path[700], *msg, *fb, *text;
	size_t len, flen, records = 0, bad = 0;

	referral_to_provider(f, "HV-AU-1", &msg, &len);
	assert_int_equal(deliver(f->coach, f->gp_pem, msg, len, &resp), BB_OK);
	bb_inbound_response_free(&resp);
	/* sent again (our answer lost, say): answered as before, and recorded */
	assert_int_equal(deliver(f->coach, f->gp_pem, msg, len, &resp), BB_OK);
	bb_inbound_response_free(&resp);
	assert_int_equal(deliver(f->coach, f->rogue_pem, msg, len, &resp), BB_EREFUSED);
	bb_inbound_response_free(&resp);
	free(msg);
	fb = feedback_bytes(f, "HV-AU-1", "accepted", "3.0", "2026-11-23T10:00:00+01:00", &flen);
	assert_int_equal(deliver(f->gp, f->coach_pem, fb, flen, &resp), BB_OK);
	bb_inbound_response_free(&resp);
	free(fb);
	assert_int_equal(f->napplied, 1);

	memset(&gp, 0, sizeof(gp));
	memset(&coach, 0, sizeof(coach));
	assert_int_equal(bb_audit_verify(&records, &bad, f->gp), BB_OK);
	assert_int_equal(bad, 0);
	assert_int_equal(bb_audit_verify(&records, &bad, f->coach), BB_OK);
	assert_int_equal(bb_audit_list(f->gp, "HV-AU-1", NULL, keep_record, &gp), BB_OK);
	assert_int_equal(bb_audit_list(f->coach, NULL, NULL, keep_record, &coach), BB_OK);
	/* the GP: sent, the answer received, then applied to the HIS */
	assert_true(find_event(&gp, "referral.queued queued") < find_event(&gp, "feedback.received received"));
	assert_true(find_event(&gp, "feedback.received received") < find_event(&gp, "feedback.applied applied"));
	/* the provider: received (the patient by pseudonym), a stranger refused, the answer queued */
	assert_int_equal(bb_audit_pseudonym(pseudonym, f->coach, "999990068"), BB_OK);
	assert_string_equal(coach.patient[find_event(&coach, "referral.received received")], pseudonym);
	assert_string_equal(gp.patient[find_event(&gp, "referral.queued queued")], pseudonym);
	find_event(&coach, "message.refused refused");
	find_event(&coach, "message.received repeat");
	find_event(&coach, "feedback.queued queued");
	/* the patient's records at the GP: the referral's, found by the BSN */
	memset(&gp, 0, sizeof(gp));
	assert_int_equal(bb_audit_list(f->gp, NULL, "999990068", keep_record, &gp), BB_OK);
	find_event(&gp, "feedback.applied applied");
	/* no BSN in either file */
	snprintf(path, sizeof(path), "%s/gp.audit", f->dir);
	text = slurp(path, NULL);
	assert_non_null(text);
	assert_non_null(strstr(text, "HV-AU-1"));     /* positive control: the right file */
	assert_null(strstr(text, "999990068"));
	free(text);
	snprintf(path, sizeof(path), "%s/coach.audit", f->dir);
	text = slurp(path, NULL);
	assert_non_null(text);
	assert_non_null(strstr(text, "HV-AU-1"));
	assert_null(strstr(text, "999990068"));
	free(text);
}

static void refusals_and_pending(void **state)
{
	fx *f = *state;
	bb_inbound_response resp = BB_INBOUND_RESPONSE_INIT;
	char *msg, *fb1;
	size_t len, flen, n = 0;

	/* feedback for a referral the GP never sent */
	referral_to_provider(f, "HV-IN-3", &msg, &len);
	assert_int_equal(deliver(f->coach, f->gp_pem, msg, len, &resp), BB_OK);
	bb_inbound_response_free(&resp);
	free(msg);
	fb1 = feedback_bytes(f, "HV-IN-3", "accepted", "3.0", "2026-11-23T10:00:00+01:00", &flen);
	{
		/* a GP that has no record of HV-IN-3: another GP connector */
		bb_connector *other = connector_for(f, "other",
			"[destination \"coach\"]\nadapter = fhir-message\n"
			"endpoint = https://localhost:9/fhir\nreceiver_kind = gli\n"
			"[sender \"coach\"]\nsubject = CN=coach-001,O=Beweegcoach Test\nrole = provider\n");
		assert_int_equal(deliver(other, f->coach_pem, fb1, flen, &resp), BB_EREFUSED);
		/* the same answer as for another party's referral: it tells nothing */
		assert_int_equal(resp.http_status, 403);
		assert_non_null(strstr(resp.body, "no referral HV-IN-3 of practice 01000002 was sent to coach"));
		bb_inbound_response_free(&resp);
		bb_connector_free(other);
	}
	/* the HIS refuses: stored, answered ok, applied later */
	f->refuse = 1;
	assert_int_equal(deliver(f->gp, f->coach_pem, fb1, flen, &resp), BB_OK);
	assert_int_equal(resp.http_status, 200);
	bb_inbound_response_free(&resp);
	assert_int_equal(f->napplied, 0);
	f->refuse = 0;
	assert_int_equal(bb_inbox_apply_pending(&n, f->gp), BB_OK);
	assert_int_equal(n, 1);
	assert_int_equal(f->napplied, 1);
	assert_int_equal(bb_inbox_apply_pending(&n, f->gp), BB_OK);
	assert_int_equal(n, 0);
	free(fb1);
}

static int note_state(const bb_inbox_entry *e, void *payload)
{
	char *out = payload;

	if (strcmp(e->kind, "feedback") == 0)
		snprintf(out + strlen(out), 200 - strlen(out), "%s ", e->state);
	return 0;
}

/*
 * A stored feedback altered on disk cannot be applied; it is set aside
 * (state "damaged", an error in the log, feedback.damaged in the trail)
 * and the feedback after it is applied: before, it held up every later
 * one for good.
 */
static void damaged_feedback_is_set_aside(void **state)
{
	fx *f = *state;
	bb_inbound_response resp = BB_INBOUND_RESPONSE_INIT;
	char *msg, *accepted, *progress, cmd[1400], states[200] = "", *journal_text;
	size_t len, alen, plen, n = 9;

	referral_to_provider(f, "HV-IN-9", &msg, &len);
	assert_int_equal(deliver(f->coach, f->gp_pem, msg, len, &resp), BB_OK);
	bb_inbound_response_free(&resp);
	free(msg);
	accepted = feedback_bytes(f, "HV-IN-9", "accepted", "3.0", "2026-11-23T10:00:00+01:00", &alen);
	progress = feedback_bytes(f, "HV-IN-9", "in-progress", "5.1.4", "2026-11-23T11:00:00+01:00",
				  &plen);
	f->refuse = 1;   /* both stored, neither applied yet */
	assert_int_equal(deliver(f->gp, f->coach_pem, accepted, alen, &resp), BB_OK);
	bb_inbound_response_free(&resp);
	assert_int_equal(deliver(f->gp, f->coach_pem, progress, plen, &resp), BB_OK);
	bb_inbound_response_free(&resp);
	snprintf(cmd, sizeof(cmd), "sqlite3 '%s/gp.db' \"UPDATE inbox SET payload = randomblob(80)"
		 " WHERE row = (SELECT min(row) FROM inbox WHERE kind = 'feedback')\"", f->dir);
	assert_int_equal(system(cmd), 0);
	f->refuse = 0;
	assert_int_equal(bb_inbox_apply_pending(&n, f->gp), BB_OK);
	assert_int_equal(n, 1);
	assert_int_equal(f->napplied, 1);
	assert_string_equal(f->applied[0], "HV-IN-9:in-progress");
	assert_int_equal(bb_inbox_list(f->gp, note_state, states), BB_OK);
	assert_string_equal(states, "damaged applied ");
	snprintf(cmd, sizeof(cmd), "%s/gp.audit", f->dir);
	journal_text = slurp(cmd, NULL);
	assert_non_null(strstr(journal_text, "\"event\":\"feedback.damaged\""));
	free(journal_text);
	assert_int_equal(bb_inbox_apply_pending(&n, f->gp), BB_OK);
	assert_int_equal(n, 0);
	free(accepted);
	free(progress);
}

/* The MessageHeader id of a message (JSON), for comparing with what was applied. */
static void header_id_of(const char *msg, char out[40])
{
	const char *p = strstr(msg, "\"MessageHeader\"");
	const char *id = p ? strstr(p, "\"id\"") : NULL;

	assert_non_null(id);
	id = strchr(id + 4, '"');   /* past the colon and any space */
	assert_non_null(id);
	snprintf(out, 40, "%.36s", id + 1);
}

typedef struct racer {
	fx *f;
	const char *msg;
	size_t len;
	pthread_barrier_t *start;
	int rc, http;
} racer;

static void *race(void *arg)
{
	racer *r = arg;
	bb_inbound_response resp = BB_INBOUND_RESPONSE_INIT;

	pthread_barrier_wait(r->start);
	r->rc = deliver(r->f->gp, r->f->coach_pem, r->msg, r->len, &resp);
	r->http = resp.http_status;
	bb_inbound_response_free(&resp);
	return NULL;
}

/* RACERS connections bring one message at the same moment. */
#define RACERS 8
static void deliver_at_once(fx *f, const char *msg, size_t len)
{
	racer r[RACERS];
	pthread_t t[RACERS];
	pthread_barrier_t start;
	size_t i;

	pthread_barrier_init(&start, NULL, RACERS);
	for (i = 0; i < RACERS; i++) {
		r[i] = (racer){ f, msg, len, &start, -1, 0 };
		assert_int_equal(pthread_create(&t[i], NULL, race, &r[i]), 0);
	}
	for (i = 0; i < RACERS; i++)
		pthread_join(t[i], NULL);
	pthread_barrier_destroy(&start);
	for (i = 0; i < RACERS; i++) {
		if (r[i].rc != BB_OK || r[i].http != 200)
			fail_msg("connection %zu of %d: HTTP %d (%d)", i + 1, RACERS, r[i].http, r[i].rc);
	}
}

static int count_outbox(const bb_outbox_entry *e, void *payload)
{
	(void)e;
	++*(size_t *)payload;
	return 0;
}

static int count_inbox(const bb_inbox_entry *e, void *payload)
{
	(void)e;
	++*(size_t *)payload;
	return 0;
}

static void scope_repeats_and_races(void **state)
{
	fx *f = *state;
	bb_inbound_response resp = BB_INBOUND_RESPONSE_INIT;
	char *msg, *accepted, *progress, *other, *done, hid[40], date[40];
	char id1[BB_MESSAGE_ID_LEN], id2[BB_MESSAGE_ID_LEN];
	size_t len, alen, plen, olen, dlen, n = 0, pending, round;
	const char *same = "2026-11-23T10:00:00+01:00";

	referral_to_provider(f, "HV-IN-4", &msg, &len);
	assert_int_equal(deliver(f->coach, f->gp_pem, msg, len, &resp), BB_OK);
	bb_inbound_response_free(&resp);
	free(msg);

	/* the same referral id from another practice is another referral: refused */
	{
		bb_feedback *fb = NULL;
		bb_feedback_new(&fb);
		bb_feedback_set(fb, BB_FB_REFERRAL_ID, "HV-IN-4");
		bb_feedback_set(fb, BB_FB_PRACTICE_AGB, "01999993");
		bb_feedback_set(fb, BB_FB_STATUS, "accepted");
		bb_feedback_set(fb, BB_FB_BUSINESS_STATUS, "3.0");
		bb_feedback_set(fb, BB_FB_DATE, same);
		bb_feedback_set(fb, BB_FB_REFERRAL_AUTHORED, "2026-11-20T10:00:00+01:00");
		bb_feedback_set(fb, BB_FB_AUTHOR_ORGANIZATION, "Leefstijl West");
		assert_int_equal(bb_feedback_to_fhir(&other, &olen, f->coach, fb, BB_FORMAT_JSON), BB_OK);
		bb_feedback_free(fb);
		keep("by-hand", other, olen);
	}
	assert_int_equal(deliver(f->gp, f->coach_pem, other, olen, &resp), BB_EREFUSED);
	assert_int_equal(resp.http_status, 422);
	assert_non_null(strstr(resp.body, "no referral HV-IN-4 from practice 01999993"));
	bb_inbound_response_free(&resp);
	bb_free(other);

	/* accepted and in-progress in the same second, arriving the wrong way round */
	accepted = feedback_bytes(f, "HV-IN-4", "accepted", "3.0", same, &alen);
	progress = feedback_bytes(f, "HV-IN-4", "in-progress", "5.1.4", same, &plen);
	assert_int_equal(deliver(f->gp, f->coach_pem, progress, plen, &resp), BB_OK);
	bb_inbound_response_free(&resp);
	assert_int_equal(deliver(f->gp, f->coach_pem, accepted, alen, &resp), BB_OK);
	assert_int_equal(resp.http_status, 200);
	assert_non_null(strstr(resp.body, "older than the feedback already applied"));
	bb_inbound_response_free(&resp);
	assert_int_equal(f->napplied, 1);
	assert_string_equal(f->applied[0], "HV-IN-4:in-progress");
	/* the HIS is told which message it got: its key to recognise a repeat */
	header_id_of(progress, hid);
	assert_string_equal(f->applied_ids[0], hid);
	free(accepted);
	free(progress);

	/* progress reports, each brought by RACERS connections at once: all
	   answered ok, each stored and applied once */
	for (round = 0; round < 16; round++) {
		snprintf(date, sizeof(date), "2026-11-23T11:%02zu:00+01:00", round);
		progress = feedback_bytes(f, "HV-IN-4", "in-progress", "5.1.4", date, &plen);
		deliver_at_once(f, progress, plen);
		free(progress);
	}
	assert_int_equal(bb_inbox_list(f->gp, count_inbox, &n), BB_OK);
	assert_int_equal(n, 2 + 16);
	assert_int_equal(f->napplied, 1 + 16);

	/* the provider sends "completed" twice under one message id: one message */
	n = 0;
	assert_int_equal(bb_outbox_list(f->coach, BB_OUTBOX_PENDING, count_outbox, &n), BB_OK);
	pending = n;
	{
		bb_feedback *fb = NULL;
		bb_feedback_new(&fb);
		bb_feedback_set(fb, BB_FB_REFERRAL_ID, "HV-IN-4");
		bb_feedback_set(fb, BB_FB_STATUS, "completed");
		bb_feedback_set(fb, BB_FB_BUSINESS_STATUS, "7.0");
		bb_feedback_set(fb, BB_FB_MESSAGE_ID, "4b0c2a9e-5d1f-4c7e-9a3b-2f6d8e1c0a57");
		assert_int_equal(bb_feedback_send(id1, f->coach, fb), BB_OK);
		if (bb_feedback_send(id2, f->coach, fb) != BB_OK)
			fail_msg("the same message again: %s", bb_error_last(f->coach)->message);
		assert_string_equal(id1, id2);
		bb_feedback_set(fb, BB_FB_MESSAGE_ID, "not-a-uuid");
		assert_int_equal(bb_feedback_send(NULL, f->coach, fb), BB_EINVAL);
		assert_non_null(strstr(bb_error_last(f->coach)->message, "not a lower-case UUID"));
		bb_feedback_free(fb);
	}
	n = 0;
	assert_int_equal(bb_outbox_list(f->coach, BB_OUTBOX_PENDING, count_outbox, &n), BB_OK);
	assert_int_equal(n, pending + 1);
	done = last_queued(f->coach, &dlen);
	header_id_of(done, hid);
	assert_string_equal(hid, "4b0c2a9e-5d1f-4c7e-9a3b-2f6d8e1c0a57");
	deliver_at_once(f, done, dlen);
	assert_int_equal(f->napplied, 1 + 16 + 1);
	assert_string_equal(f->applied[17], "HV-IN-4:completed");
	assert_string_equal(f->applied_ids[17], "4b0c2a9e-5d1f-4c7e-9a3b-2f6d8e1c0a57");
	free(done);
}

/* A stadspoli's feedback on HV-IN-5 made by hand (the GP side must judge it itself). */
static char *by_hand_for(fx *f, const char *ref, const char *status, const char *track_status,
			 const char *track_agb, const char *date, size_t *len)
{
	bb_feedback *fb = NULL;
	char *out = NULL;

	bb_feedback_new(&fb);
	bb_feedback_set(fb, BB_FB_REFERRAL_ID, ref);
	bb_feedback_set(fb, BB_FB_PRACTICE_AGB, "01000002");
	bb_feedback_set(fb, BB_FB_STATUS, status);
	bb_feedback_set(fb, BB_FB_BUSINESS_STATUS, "7.0");
	bb_feedback_set(fb, BB_FB_DATE, date);
	bb_feedback_set(fb, BB_FB_REFERRAL_AUTHORED, "2026-11-20T10:00:00+01:00");
	bb_feedback_set(fb, BB_FB_AUTHOR_ORGANIZATION, "Stadspoli Maastricht (test)");
	if (track_status) {
		bb_feedback_set(fb, BB_FB_FORWARDED_TRACK, "physio");
		bb_feedback_set(fb, BB_FB_FORWARDED_ORGANIZATION, "Fysio Jekerdal (test)");
		bb_feedback_set(fb, BB_FB_FORWARDED_STATUS, track_status);
		if (track_agb)
			bb_feedback_set(fb, BB_FB_FORWARDED_AGB, track_agb);
	}
	assert_int_equal(bb_feedback_to_fhir(&out, len, f->coach, fb, BB_FORMAT_JSON), BB_OK);
	bb_feedback_free(fb);
	keep("by-hand", out, *len);
	return out;
}

static char *by_hand(fx *f, const char *status, const char *track_status, const char *date,
		     size_t *len)
{
	return by_hand_for(f, "HV-IN-5", status, track_status, NULL, date, len);
}

static void forwarded_track_reports(void **state)
{
	fx *f = *state;
	bb_inbound_response resp = BB_INBOUND_RESPONSE_INIT;
	bb_feedback *fb = NULL;
	char *msg, *m;
	size_t len, mlen;
	char id[BB_MESSAGE_ID_LEN];

	referral_to_provider(f, "HV-IN-5", &msg, &len);
	assert_int_equal(deliver(f->coach, f->gp_pem, msg, len, &resp), BB_OK);
	bb_inbound_response_free(&resp);
	free(msg);
	/* triage done: forwarded to physio (the track is requested) */
	m = by_hand(f, "completed", "requested", "2026-11-23T11:00:00+01:00", &mlen);
	assert_int_equal(deliver(f->gp, f->coach_pem, m, mlen, &resp), BB_OK);
	bb_inbound_response_free(&resp);
	bb_free(m);
	/* the physio accepts: the referral stays completed, the track moves */
	m = by_hand(f, "completed", "accepted", "2026-11-23T12:00:00+01:00", &mlen);
	assert_int_equal(deliver(f->gp, f->coach_pem, m, mlen, &resp), BB_OK);
	assert_null(strstr(resp.body, "older than"));
	bb_inbound_response_free(&resp);
	bb_free(m);
	assert_int_equal(f->napplied, 2);
	/* the track cannot go back */
	m = by_hand(f, "completed", "requested", "2026-11-23T13:00:00+01:00", &mlen);
	assert_int_equal(deliver(f->gp, f->coach_pem, m, mlen, &resp), BB_EREFUSED);
	assert_int_equal(resp.http_status, 422);
	assert_non_null(strstr(resp.body, "that track is accepted; requested cannot follow"));
	bb_inbound_response_free(&resp);
	bb_free(m);
	/* a track report dated before the one applied: kept, not applied */
	m = by_hand(f, "completed", "received", "2026-11-23T11:30:00+01:00", &mlen);
	assert_int_equal(deliver(f->gp, f->coach_pem, m, mlen, &resp), BB_OK);
	assert_non_null(strstr(resp.body, "older than the feedback already applied"));
	bb_inbound_response_free(&resp);
	bb_free(m);
	/* "completed" again without a track is no step at all */
	m = by_hand(f, "completed", NULL, "2026-11-23T14:00:00+01:00", &mlen);
	assert_int_equal(deliver(f->gp, f->coach_pem, m, mlen, &resp), BB_EREFUSED);
	assert_non_null(strstr(resp.body, "is completed; completed cannot follow"));
	bb_inbound_response_free(&resp);
	bb_free(m);
	assert_int_equal(f->napplied, 2);
	/* the provider's own side judges the same way */
	free(feedback_bytes(f, "HV-IN-5", "accepted", "3.0", "2026-11-23T10:00:00+01:00", &mlen));
	assert_int_equal(bb_feedback_new(&fb), BB_OK);
	bb_feedback_set(fb, BB_FB_REFERRAL_ID, "HV-IN-5");
	bb_feedback_set(fb, BB_FB_STATUS, "completed");
	bb_feedback_set(fb, BB_FB_BUSINESS_STATUS, "7.0");
	bb_feedback_set(fb, BB_FB_FORWARDED_TRACK, "physio");
	bb_feedback_set(fb, BB_FB_FORWARDED_ORGANIZATION, "Fysio Jekerdal (test)");
	assert_int_equal(bb_feedback_send(id, f->coach, fb), BB_OK);          /* requested */
	bb_feedback_set(fb, BB_FB_FORWARDED_STATUS, "accepted");
	assert_int_equal(bb_feedback_send(id, f->coach, fb), BB_OK);
	bb_feedback_set(fb, BB_FB_FORWARDED_STATUS, "requested");
	assert_int_equal(bb_feedback_send(id, f->coach, fb), BB_EINVAL);
	assert_non_null(strstr(bb_error_last(f->coach)->message,
			       "that track is accepted; requested cannot follow"));
	bb_feedback_free(fb);
}

/* How many audit records of the GP say "event outcome" with this peer. */
typedef struct refusals {
	const char *peer;
	size_t n;
} refusals;

static int count_refusal(const bb_audit_record *r, void *payload)
{
	refusals *c = payload;

	if (strcmp(r->event, "message.refused") == 0 && r->peer && strcmp(r->peer, c->peer) == 0)
		c->n++;
	return 0;
}

/*
 * Issue 15: a provider may only report on a referral sent to it (or
 * forwarded to its AGB). Provider B's "completed" on provider A's referral
 * is refused, audited, neither stored nor applied, and A's own reports
 * still apply; a message id of A's cannot be reused by B; the physio the
 * stadspoli forwarded to may report on the track, and only on the track.
 */
static void feedback_only_from_whom_it_went_to(void **state)
{
	fx *f = *state;
	bb_inbound_response resp = BB_INBOUND_RESPONSE_INIT;
	refusals audited = { "coach-b", 0 };
	char *msg, *done, *intake, *m;
	size_t len, dlen, ilen, mlen, stored = 0, stored_after = 0;

	referral_to_provider(f, "HV-AZ-1", &msg, &len);
	assert_int_equal(deliver(f->coach, f->gp_pem, msg, len, &resp), BB_OK);
	bb_inbound_response_free(&resp);
	free(msg);
	intake = feedback_bytes(f, "HV-AZ-1", "in-progress", "5.1.4", "2026-11-24T10:00:00+01:00", &ilen);
	done = feedback_bytes(f, "HV-AZ-1", "completed", "7.0", "2026-11-24T12:00:00+01:00", &dlen);
	assert_int_equal(bb_inbox_list(f->gp, count_inbox, &stored), BB_OK);

	/* provider B posts the completed on A's referral */
	assert_int_equal(deliver(f->gp, f->coach_b_pem, done, dlen, &resp), BB_EREFUSED);
	assert_int_equal(resp.http_status, 403);
	assert_non_null(strstr(resp.body, "OperationOutcome"));
	assert_non_null(strstr(resp.body, "no referral HV-AZ-1 of practice 01000002 was sent to coach-b"));
	bb_inbound_response_free(&resp);
	assert_int_equal(f->napplied, 0);
	assert_int_equal(bb_inbox_list(f->gp, count_inbox, &stored_after), BB_OK);
	assert_int_equal(stored_after, stored);
	assert_int_equal(bb_audit_list(f->gp, NULL, NULL, count_refusal, &audited), BB_OK);
	assert_int_equal(audited.n, 1);

	/* A's intake, dated before B's "completed", still applies, then A's completed */
	assert_int_equal(deliver(f->gp, f->coach_pem, intake, ilen, &resp), BB_OK);
	assert_null(strstr(resp.body, "older than"));
	bb_inbound_response_free(&resp);
	assert_int_equal(deliver(f->gp, f->coach_pem, done, dlen, &resp), BB_OK);
	bb_inbound_response_free(&resp);
	assert_int_equal(f->napplied, 2);
	assert_string_equal(f->applied[0], "HV-AZ-1:in-progress");
	assert_string_equal(f->applied[1], "HV-AZ-1:completed");
	/* A's message again from B: not A's first answer, not a second copy */
	assert_int_equal(deliver(f->gp, f->coach_b_pem, done, dlen, &resp), BB_EREFUSED);
	assert_int_equal(resp.http_status, 403);
	assert_non_null(strstr(resp.body, "was sent before by another sender"));
	bb_inbound_response_free(&resp);
	free(intake);
	free(done);

	/* a stadspoli's forward: before it, the physio may say nothing */
	referral_to_provider(f, "HV-AZ-2", &msg, &len);
	assert_int_equal(deliver(f->coach, f->gp_pem, msg, len, &resp), BB_OK);
	bb_inbound_response_free(&resp);
	free(msg);
	m = by_hand_for(f, "HV-AZ-2", "completed", "accepted", "01000010", "2026-11-24T11:00:00+01:00", &mlen);
	assert_int_equal(deliver(f->gp, f->fysio_pem, m, mlen, &resp), BB_EREFUSED);
	assert_int_equal(resp.http_status, 403);
	bb_inbound_response_free(&resp);
	bb_free(m);
	/* the stadspoli (here: coach) forwards to the physio's AGB */
	m = by_hand_for(f, "HV-AZ-2", "completed", "requested", "01000010", "2026-11-24T12:00:00+01:00",
			&mlen);
	assert_int_equal(deliver(f->gp, f->coach_pem, m, mlen, &resp), BB_OK);
	bb_inbound_response_free(&resp);
	bb_free(m);
	/* now the physio may report on the track */
	m = by_hand_for(f, "HV-AZ-2", "completed", "accepted", "01000010", "2026-11-24T13:00:00+01:00",
			&mlen);
	assert_int_equal(deliver(f->gp, f->fysio_pem, m, mlen, &resp), BB_OK);
	bb_inbound_response_free(&resp);
	bb_free(m);
	/* but not on the referral itself */
	m = by_hand_for(f, "HV-AZ-2", "completed", NULL, NULL, "2026-11-24T14:00:00+01:00", &mlen);
	assert_int_equal(deliver(f->gp, f->fysio_pem, m, mlen, &resp), BB_EREFUSED);
	assert_int_equal(resp.http_status, 403);
	assert_non_null(strstr(resp.body, "may report on the forwarded track only"));
	bb_inbound_response_free(&resp);
	bb_free(m);
	/* nor may coach B, to whom nothing was sent or forwarded */
	m = by_hand_for(f, "HV-AZ-2", "completed", "in-progress", "01000010", "2026-11-24T15:00:00+01:00",
			&mlen);
	assert_int_equal(deliver(f->gp, f->coach_b_pem, m, mlen, &resp), BB_EREFUSED);
	assert_int_equal(resp.http_status, 403);
	bb_inbound_response_free(&resp);
	bb_free(m);
	assert_int_equal(f->napplied, 4);
}

/* A record with another practice's AGB, as another GP's HIS would make it. */
static char *record_of_practice(const fx *f, const char *agb, size_t *len)
{
	const char *at = strstr(f->record, "<agb>01000002</agb>");
	char *copy;

	assert_non_null(at);
	copy = malloc(f->record_len + 1);
	memcpy(copy, f->record, f->record_len + 1);
	memcpy(copy + (at - f->record) + 5, agb, 8);
	*len = f->record_len;
	return copy;
}

/*
 * Issue 15: a GP (certificate registered for practice 01000002) cannot
 * file a referral under another practice's AGB.
 */
static void referral_only_under_its_practice(void **state)
{
	fx *f = *state;
	bb_inbound_response resp = BB_INBOUND_RESPONSE_INIT;
	bb_referral *r = NULL;
	refusals audited = { "gp", 0 };
	char id[BB_MESSAGE_ID_LEN], *record, *msg;
	size_t rlen, len, stored = 0;

	record = record_of_practice(f, "01000099", &rlen);
	assert_int_equal(bb_referral_from_his(&r, f->gp, NULL, "other.xml", record, rlen), BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_ID, "HV-AGB-1"), BB_OK);
	assert_int_equal(bb_referral_set(r, BB_REF_RECEIVER_ID, "coach"), BB_OK);
	assert_int_equal(bb_referral_send(id, f->gp, r, "coach"), BB_OK);
	bb_referral_free(r);
	free(record);
	msg = last_queued(f->gp, &len);
	assert_int_equal(deliver(f->coach, f->gp_pem, msg, len, &resp), BB_EREFUSED);
	assert_int_equal(resp.http_status, 403);
	assert_non_null(strstr(resp.body, "filed under practice 01000099"));
	bb_inbound_response_free(&resp);
	free(msg);
	assert_int_equal(bb_inbox_list(f->coach, count_inbox, &stored), BB_OK);
	assert_int_equal(stored, 0);
	assert_int_equal(bb_audit_list(f->coach, NULL, NULL, count_refusal, &audited), BB_OK);
	assert_int_equal(audited.n, 1);
	/* its own practice goes through */
	referral_to_provider(f, "HV-AGB-2", &msg, &len);
	assert_int_equal(deliver(f->coach, f->gp_pem, msg, len, &resp), BB_OK);
	bb_inbound_response_free(&resp);
	free(msg);
}

/* Everything kept above is valid FHIR R4 for the team's third-party
 * validator, and its vital signs conform to the R4 core profiles: the
 * shell tests' fhir_valid (tests/lib.sh), run on the folder. */
static void every_message_valid_for_the_third_party_validator(void **state)
{
	char cmd[2000];
	int rc;

	(void)state;
	if (!getenv("BB_SHARED_DIR") || !*getenv("BB_SHARED_DIR")) {
		print_message("skipped: no ../shared, so no validator for the %u messages kept\n",
			      kept_count);
		return;
	}
	assert_true(kept_count >= 40);
	snprintf(cmd, sizeof(cmd),
		 "sh -c '. \"$abs_top_srcdir/tests/lib.sh\"; "
		 "fhir_valid \"test_inbound: %u messages and answers\" %s/*.json; finish' >&2",
		 kept_count, kept_dir);
	rc = system(cmd);
	assert_int_equal(rc, 0);
}

static int keep_setup(void **state)
{
	(void)state;
	kept_dir = test_tmpdir();
	return kept_dir ? 0 : -1;
}

static int keep_teardown(void **state)
{
	char cmd[700];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", kept_dir);
	free(kept_dir);
	kept_dir = NULL;
	return system(cmd) == 0 ? 0 : -1;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(referral_received_once, setup, teardown),
		cmocka_unit_test_setup_teardown(feedback_applied_once_and_in_order, setup, teardown),
		cmocka_unit_test_setup_teardown(refusals_and_pending, setup, teardown),
		cmocka_unit_test_setup_teardown(damaged_feedback_is_set_aside, setup, teardown),
		cmocka_unit_test_setup_teardown(scope_repeats_and_races, setup, teardown),
		cmocka_unit_test_setup_teardown(forwarded_track_reports, setup, teardown),
		cmocka_unit_test_setup_teardown(feedback_only_from_whom_it_went_to, setup, teardown),
		cmocka_unit_test_setup_teardown(referral_only_under_its_practice, setup, teardown),
		cmocka_unit_test_setup_teardown(audit_trail_both_sides, setup, teardown),
		cmocka_unit_test(every_message_valid_for_the_third_party_validator),
	};

	return cmocka_run_group_tests_name("inbound", tests, keep_setup, keep_teardown);
}
