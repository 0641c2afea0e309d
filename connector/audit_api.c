/*
 * The audit trail on the connector: opened on first use from the
 * configuration (audit_log; the pseudonym key from audit_key or
 * outbox_key), records appended by the core where things happen, and
 * the public bb_audit_* calls (verify, list, pseudonym).
 */
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/crypto.h>

#include "audit/audit.h"
#include "connector.h"
#include "log.h"
#include "model/bsn.h"
#include "util/mutex.h"
#include "util/strutil.h"

/*
 * The connector's audit trail: its keys and the anchor's path, loaded
 * once, and the file, opened on first use. The lock guards loading and
 * opening; once loaded, the keys and the anchor's path do not change until
 * connector_audit_trail_free and are read without it. audit_append has its own
 * locks. Lock order: the store's lock may be held when this one is taken
 * (a message refused while it is checked against the store is audited
 * there); this one is never held when the store's is taken.
 */
struct audit_trail {
	mutex lock;
	audit_log *log;
	unsigned char key[32];     /* the pseudonym key (HKDF of audit_key or outbox_key) */
	unsigned char chain[32];   /* the chain's HMAC key (HKDF of the same file) */
	int keys_loaded;
	char *anchor;              /* audit_anchor, or audit_log + ".anchor" */
	int state;                 /* 0 not yet opened, 1 open, -1 not configured */
};

int connector_audit_trail_new(audit_trail **out)
{
	audit_trail *t = calloc(1, sizeof(*t));

	*out = NULL;
	if (!t)
		return BB_ENOMEM;
	if (mutex_init(&t->lock, LOCK_RANK_AUDIT, "the audit trail's lock (audit_api.c)") != 0) {
		free(t);
		return BB_ERROR;
	}
	*out = t;
	return BB_OK;
}

void connector_audit_trail_free(audit_trail *t)
{
	if (!t)
		return;
	audit_close(t->log);
	OPENSSL_cleanse(t->key, sizeof(t->key));
	OPENSSL_cleanse(t->chain, sizeof(t->chain));
	free(t->anchor);
	mutex_destroy(&t->lock);
	free(t);
}

static const char *audit_path(const bb_connector *c)
{
	return c->cfg ? config_get(&c->cfg->connector, "audit_log") : NULL;
}

/* With the trail's lock held: the keys and the anchor's path, once. */
static int audit_keys_ready(bb_connector *c, diag_list *d)
{
	const char *key, *anchor;
	audit_keys k;
	int rc;

	if (c->audit->keys_loaded)
		return BB_OK;
	key = config_get(&c->cfg->connector, "audit_key");
	if (!key)
		key = config_get(&c->cfg->connector, "outbox_key");
	if (!key)
		return diag_add(d, BB_ECONFIG, c->cfg->path, 0, "[connector]",
				"audit_log needs audit_key (or outbox_key) for the patient pseudonyms"
				" and the chain");
	anchor = config_get(&c->cfg->connector, "audit_anchor");
	free(c->audit->anchor);
	c->audit->anchor = anchor ? str_dup(anchor) : str_printf("%s.anchor", audit_path(c));
	if (!c->audit->anchor)
		return BB_ENOMEM;
	if ((rc = audit_keys_load(&k, key, d)) != BB_OK)
		return rc;
	memcpy(c->audit->key, k.pseudonym, sizeof(c->audit->key));
	memcpy(c->audit->chain, k.chain, sizeof(c->audit->chain));
	OPENSSL_cleanse(&k, sizeof(k));
	c->audit->keys_loaded = 1;
	return BB_OK;
}

/* With the trail's lock held: the keys, and the file opened for appending, once. */
static int audit_ready(bb_connector *c, diag_list *d)
{
	const char *path = audit_path(c);
	int rc;

	if (c->audit->state)
		return c->audit->state > 0 ? BB_OK : BB_ENOTFOUND;
	if (!path) {
		c->audit->state = -1;
		return BB_ENOTFOUND;
	}
	/* a failure is not remembered: the next record tries again */
	if ((rc = audit_keys_ready(c, d)) != BB_OK ||
	    (rc = audit_open(&c->audit->log, path, c->audit->anchor, c->audit->chain, d)) != BB_OK)
		return rc;
	c->audit->state = 1;
	return BB_OK;
}

int connector_audit_ready(bb_connector *c, diag_list *d)
{
	int rc;

	if (!audit_path(c))
		return BB_OK;
	mutex_lock(&c->audit->lock);
	rc = audit_ready(c, d);
	mutex_unlock(&c->audit->lock);
	return rc;
}

void connector_audit(bb_connector *c, const audit_rec *recs, size_t n)
{
	diag_list d = DIAG_LIST_INIT;
	int rc;

	if (!c || !n || !audit_path(c))
		return;
	mutex_lock(&c->audit->lock);
	rc = audit_ready(c, &d);
	mutex_unlock(&c->audit->lock);
	if (rc != BB_OK)
		goto report;
	/* audit_append has its own locks; the file stays open until the connector goes */
	rc = audit_append(c->audit->log, recs, n, &d);
report:
	if (rc == BB_ECORRUPT) {
		/* written, after a record (audit.gap) of what was found missing */
		log_event(c, BB_LOG_ERROR, "audit.gap-found", "reason",
			  d.count ? diag_line(&d, 0) : bb_strerror(rc), (char *)NULL);
	} else if (rc != BB_OK) {
		char count[24];
		snprintf(count, sizeof count, "%zu", n);
		log_event(c, BB_LOG_ERROR, "audit.not-written", "records", count,
			  "first", recs[0].event, "reason", d.count ? diag_line(&d, 0) : bb_strerror(rc),
			  (char *)NULL);
	}
	diag_free(&d);
}

const char *connector_pseudonym(bb_connector *c, const char *bsn, char *out)
{
	diag_list d = DIAG_LIST_INIT;
	int rc;

	if (!c || !bsn || !*bsn || !audit_path(c))
		return NULL;
	mutex_lock(&c->audit->lock);
	if ((rc = audit_ready(c, &d)) != BB_OK)
		goto unlock;
	if (audit_pseudonym_of(out, c->audit->key, bsn) != 0)
		rc = BB_ERROR;
unlock:
	mutex_unlock(&c->audit->lock);
	diag_free(&d);
	if (rc != BB_OK)
		return NULL;
	return out;
}

void connector_os_user(char *out, size_t size)
{
	struct passwd pw, *found = NULL;
	char buf[1024];
	uid_t uid = geteuid();

	if (getpwuid_r(uid, &pw, buf, sizeof(buf), &found) == 0 && found)
		snprintf(out, size, "os-user:%s", found->pw_name);
	else
		snprintf(out, size, "os-user:%u", (unsigned)uid);
}

/* ---- the public calls ---------------------------------------------------- */

/* The trail's path, with its keys and anchor ready; else the connector's error. */
static int need_trail(bb_connector *c, const char **path)
{
	diag_list d = DIAG_LIST_INIT;
	int rc;

	*path = audit_path(c);
	if (!*path)
		return connector_error(c, BB_ECONFIG, "%s: [connector]: no audit_log configured",
				       c->cfg ? c->cfg->path : "the configuration");
	mutex_lock(&c->audit->lock);
	rc = audit_keys_ready(c, &d);
	mutex_unlock(&c->audit->lock);
	if (rc != BB_OK)
		rc = err_set_diags(&c->err, &d, rc);
	diag_free(&d);
	return rc;
}

static int broken(bb_connector *c, const char *path, const audit_verdict *v)
{
	char field[32];

	snprintf(field, sizeof(field), "seq %llu", (unsigned long long)v->bad_seq);
	/* "audit.log:7: seq 7: hash mismatch: ..." */
	return err_set(&c->err, BB_EINPUT, path, v->first_bad, v->bad_seq ? field : NULL, "%s",
		       v->why);
}

_Static_assert((int)BB_AUDIT_ANCHOR_MATCHED == (int)AUDIT_ANCHOR_MATCHED &&
	       (int)BB_AUDIT_ANCHOR_DIFFERENT == (int)AUDIT_ANCHOR_DIFFERENT, "anchor states agree");

int bb_audit_check(bb_audit_report *report, bb_connector *c)
{
	diag_list d = DIAG_LIST_INIT;
	audit_verdict v;
	const char *path;
	int rc;

	if (!c)
		return BB_EINVAL;
	if (!report || report->version != BB_AUDIT_REPORT_VERSION)
		return connector_error(c, BB_EINVAL, "bb_audit_check: a report of version %d is needed",
				       BB_AUDIT_REPORT_VERSION);
	memset((char *)report + sizeof(report->version), 0, sizeof(*report) - sizeof(report->version));
	if ((rc = need_trail(c, &path)) != BB_OK)
		return rc;
	memset(&v, 0, sizeof(v));
	rc = audit_verify_file(path, c->audit->anchor, c->audit->chain, &v, NULL, NULL, &d);
	report->records = v.records;
	report->first_bad = v.first_bad;
	report->first_seq = v.first_seq;
	report->last_seq = v.last_seq;
	memcpy(report->last_hash, v.last_hash, sizeof(report->last_hash));
	report->anchor = v.anchor;
	report->anchor_seq = v.anchor_seq;
	snprintf(report->anchor_path, sizeof(report->anchor_path), "%s", c->audit->anchor);
	snprintf(report->continues, sizeof(report->continues), "%s", v.continues);
	report->continues_checked = v.continues_checked;
	report->earlier_records = v.earlier_records;
	if (rc == BB_EINPUT)
		rc = broken(c, path, &v);
	else if (rc != BB_OK)
		rc = err_set_diags(&c->err, &d, rc);
	else
		err_clear(&c->err);
	diag_free(&d);
	return rc;
}

int bb_audit_verify(size_t *records, size_t *first_bad, bb_connector *c)
{
	bb_audit_report r;
	int rc;

	memset(&r, 0, sizeof(r));
	r.version = BB_AUDIT_REPORT_VERSION;
	rc = bb_audit_check(&r, c);
	if (records)
		*records = r.records;
	if (first_bad)
		*first_bad = r.first_bad;
	return rc;
}

int bb_audit_rotate(char **archived, bb_connector *c)
{
	diag_list d = DIAG_LIST_INIT;
	const char *path;
	char who[96], *arch = NULL;
	int rc;

	if (archived)
		*archived = NULL;
	if (!c)
		return BB_EINVAL;
	if ((rc = need_trail(c, &path)) != BB_OK)
		return rc;
	connector_os_user(who, sizeof(who));
	rc = audit_rotate(path, c->audit->anchor, c->audit->chain, who, &arch, &d);
	if (rc == BB_OK) {
		if (arch)
			log_msg(c, BB_LOG_INFO, "audit trail rotated: %s archived", arch);
		if (archived)
			*archived = arch;
		else
			free(arch);
		err_clear(&c->err);
	} else {
		rc = err_set_diags(&c->err, &d, rc);
	}
	diag_free(&d);
	return rc;
}

int bb_audit_pseudonym(char out[BB_PSEUDONYM_LEN], bb_connector *c, const char *bsn)
{
	if (!c)
		return BB_EINVAL;
	if (!out || !bsn)
		return connector_error(c, BB_EINVAL, "bb_audit_pseudonym: missing argument");
	/* the BSN itself is never repeated in a message */
	if (!model_bsn_is_valid(bsn))
		return connector_error(c, BB_EINVAL, "patient.bsn: not a valid BSN"
				       " (9 digits passing the elfproef)");
	if (!audit_path(c))
		return connector_error(c, BB_ECONFIG, "%s: [connector]: no audit_log configured",
				       c->cfg ? c->cfg->path : "the configuration");
	if (!connector_pseudonym(c, bsn, out))
		return connector_error(c, BB_ECONFIG, "no pseudonym key: see audit_key in the"
				       " configuration and the log");
	err_clear(&c->err);
	return BB_OK;
}

/* What bb_audit_list looks for. */
typedef struct list_filter {
	const char *referral;
	const char *patient;          /* pseudonym */
	char **referrals;             /* the patient's referrals, found in a first pass */
	size_t nreferrals;
	bb_audit_record_cb cb;
	void *payload;
	int stopped;
} list_filter;

static int collect_referrals(const audit_line *l, unsigned lineno, void *payload)
{
	list_filter *f = payload;
	char **grown;
	size_t i;

	(void)lineno;
	if (!l->patient || !l->referral || strcmp(l->patient, f->patient) != 0)
		return 0;
	for (i = 0; i < f->nreferrals; i++)
		if (strcmp(f->referrals[i], l->referral) == 0)
			return 0;
	grown = realloc(f->referrals, (f->nreferrals + 1) * sizeof(*grown));
	if (!grown)
		return 1;
	f->referrals = grown;
	if (!(f->referrals[f->nreferrals] = str_dup(l->referral)))
		return 1;
	f->nreferrals++;
	return 0;
}

static int emit(const audit_line *l, unsigned lineno, void *payload)
{
	list_filter *f = payload;
	bb_audit_record r;
	size_t i;
	int match = 1;

	if (f->referral)
		match = l->referral && strcmp(l->referral, f->referral) == 0;
	if (match && f->patient) {
		/* the patient's own records, and every record about their referrals */
		match = l->patient && strcmp(l->patient, f->patient) == 0;
		for (i = 0; !match && l->referral && i < f->nreferrals; i++)
			match = strcmp(l->referral, f->referrals[i]) == 0;
	}
	if (!match)
		return 0;
	memset(&r, 0, sizeof(r));
	r.seq = l->seq;
	r.line = lineno;
	r.time = l->time;
	r.event = l->event;
	r.actor = l->actor;
	r.patient = l->patient;
	r.referral_id = l->referral;
	r.practice_agb = l->practice;
	r.peer = l->peer;
	r.message_id = l->message;
	r.outcome = l->outcome;
	r.detail = l->detail;
	r.hash = l->hash;
	if (f->cb && f->cb(&r, f->payload) != 0) {
		f->stopped = 1;
		return 1;
	}
	return 0;
}

int bb_audit_list(bb_connector *c, const char *referral_id, const char *patient_bsn,
		  bb_audit_record_cb cb, void *payload)
{
	diag_list d = DIAG_LIST_INIT;
	list_filter f;
	audit_verdict v;
	char pseudonym[BB_PSEUDONYM_LEN];
	const char *path;
	size_t i;
	int rc;

	if (!c)
		return BB_EINVAL;
	if ((rc = need_trail(c, &path)) != BB_OK)
		return rc;
	memset(&f, 0, sizeof(f));
	f.referral = referral_id;
	f.cb = cb;
	f.payload = payload;
	if (patient_bsn) {
		if ((rc = bb_audit_pseudonym(pseudonym, c, patient_bsn)) != BB_OK)
			return rc;
		f.patient = pseudonym;
		rc = audit_verify_file(path, c->audit->anchor, c->audit->chain, &v, collect_referrals,
				       &f, &d);
	}
	if (rc == BB_OK || rc == BB_EINPUT)
		rc = audit_verify_file(path, c->audit->anchor, c->audit->chain, &v, emit, &f, &d);
	/* what follows a broken record cannot be trusted, so it is not listed */
	if (rc == BB_EINPUT)
		rc = broken(c, path, &v);
	else if (rc != BB_OK)
		rc = err_set_diags(&c->err, &d, rc);
	else
		err_clear(&c->err);
	for (i = 0; i < f.nreferrals; i++)
		free(f.referrals[i]);
	free(f.referrals);
	diag_free(&d);
	return rc;
}
