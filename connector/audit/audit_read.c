/*
 * Reading the audit trail back: one line into a record, and the whole
 * file checked link by link. The first broken line is what matters: after
 * it nothing can be trusted, so verification stops there and says where
 * (line number and sequence) and why.
 */
#include "audit.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "beweegbrug.h"

/* ,"hash":"<64 hex>"} ends every line */
#define HASH_SUFFIX_LEN (9 + AUDIT_HASH_HEX + 2)

static int is_hex64(const char *s)
{
	size_t i;

	for (i = 0; i < AUDIT_HASH_HEX; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

/* A string member or null; -1 when it is something else. */
static int member(json_object *o, const char *key, const char **out)
{
	json_object *v = NULL;

	*out = NULL;
	if (!json_object_object_get_ex(o, key, &v))
		return -1;   /* every key is always written, null or not */
	if (!v)
		return 0;
	if (!json_object_is_type(v, json_type_string))
		return -1;
	*out = json_object_get_string(v);
	return 0;
}

int audit_parse(audit_line *out, const char *line, size_t len, const char **why)
{
	json_tokener *tok;
	json_object *o, *v = NULL;
	const char *prev, *hash, *suffix;
	char computed[AUDIT_HASH_HEX + 1];
	char *rec;
	int rc;

	memset(out, 0, sizeof(*out));
	*why = "not a record (unreadable JSON)";
	if (len < HASH_SUFFIX_LEN + 2 || memchr(line, '\0', len))
		return -1;
	tok = json_tokener_new();
	if (!tok) {
		*why = "out of memory";
		return -1;
	}
	o = json_tokener_parse_ex(tok, line, (int)len);
	if (o && json_tokener_get_parse_end(tok) != len) {
		json_object_put(o);
		o = NULL;
	}
	json_tokener_free(tok);
	if (!o)
		return -1;
	if (!json_object_is_type(o, json_type_object)) {
		json_object_put(o);
		return -1;
	}
	out->json = o;
	*why = "not a record (a field is missing or of the wrong type)";
	if (!json_object_object_get_ex(o, "seq", &v) || !json_object_is_type(v, json_type_int) ||
	    json_object_get_int64(v) <= 0)
		return -1;
	out->seq = (uint64_t)json_object_get_int64(v);
	if (member(o, "time", &out->time) || member(o, "event", &out->event) ||
	    member(o, "actor", &out->actor) || member(o, "patient", &out->patient) ||
	    member(o, "referral", &out->referral) || member(o, "practice", &out->practice) ||
	    member(o, "peer", &out->peer) || member(o, "message", &out->message) ||
	    member(o, "outcome", &out->outcome) || member(o, "detail", &out->detail) ||
	    member(o, "prev", &prev) || member(o, "hash", &hash) || !prev || !hash ||
	    strlen(prev) != AUDIT_HASH_HEX || !is_hex64(prev) ||
	    strlen(hash) != AUDIT_HASH_HEX || !is_hex64(hash))
		return -1;
	memcpy(out->prev, prev, sizeof(out->prev));
	memcpy(out->hash, hash, sizeof(out->hash));
	/* the bytes hashed: the line without its hash member */
	suffix = line + len - HASH_SUFFIX_LEN;
	if (memcmp(suffix, ",\"hash\":\"", 9) != 0 || memcmp(suffix + 9, hash, AUDIT_HASH_HEX) != 0 ||
	    memcmp(suffix + 9 + AUDIT_HASH_HEX, "\"}", 2) != 0) {
		*why = "not a record (\"hash\" is not the last member)";
		return -1;
	}
	rec = malloc(len - HASH_SUFFIX_LEN + 1);
	if (!rec) {
		*why = "out of memory";
		return -1;
	}
	memcpy(rec, line, len - HASH_SUFFIX_LEN);
	rec[len - HASH_SUFFIX_LEN] = '}';
	rc = audit_chain_hash(computed, out->prev, rec, len - HASH_SUFFIX_LEN + 1);
	free(rec);
	if (rc != 0) {
		*why = "cannot compute SHA-256";
		return -1;
	}
	if (strcmp(computed, out->hash) != 0) {
		*why = "hash mismatch: the record was changed after it was written";
		return -1;
	}
	*why = NULL;
	return 0;
}

void audit_line_free(audit_line *l)
{
	if (l && l->json)
		json_object_put(l->json);
	if (l)
		l->json = NULL;
}

int audit_verify_file(const char *path, audit_verdict *v, audit_line_cb cb, void *payload,
		      diag_list *d)
{
	FILE *f = fopen(path, "re");
	char *buf = NULL;
	size_t cap = 0;
	ssize_t n;
	unsigned lineno = 0;
	uint64_t last_seq = 0;
	int rc = BB_OK;

	memset(v, 0, sizeof(*v));
	memset(v->last_hash, '0', AUDIT_HASH_HEX);
	if (!f)
		return diag_add(d, errno == ENOENT ? BB_ENOTFOUND : BB_EIO, path, 0, "audit_log",
				"cannot open the audit trail: %s", strerror(errno));
	while ((n = getline(&buf, &cap, f)) > 0) {
		audit_line l;
		const char *why = NULL;
		size_t len = (size_t)n;

		lineno++;
		if (buf[len - 1] != '\n') {
			/* parsed only for its sequence number, if that much is readable */
			audit_parse(&l, buf, len, &why);
			why = "the line is cut off (no newline at the end: a crash or a truncation)";
		} else {
			buf[--len] = '\0';
			/* the record itself first, then its place in the chain */
			if (audit_parse(&l, buf, len, &why) == 0) {
				if (l.seq != last_seq + 1)
					why = "sequence gap";
				else if (strcmp(l.prev, v->last_hash) != 0)
					why = "prev mismatch: it does not chain to the record before";
			}
		}
		if (why) {
			v->first_bad = lineno;
			v->bad_seq = l.json ? l.seq : 0;
			if (strcmp(why, "sequence gap") == 0)
				snprintf(v->why, sizeof(v->why), "sequence gap: record %llu where %llu"
					 " was expected (a record is missing or out of order)",
					 (unsigned long long)l.seq, (unsigned long long)(last_seq + 1));
			else
				snprintf(v->why, sizeof(v->why), "%s", why);
			audit_line_free(&l);
			rc = BB_EINPUT;
			break;
		}
		last_seq = l.seq;
		memcpy(v->last_hash, l.hash, sizeof(v->last_hash));
		v->records++;
		if (cb && cb(&l, lineno, payload) != 0) {
			audit_line_free(&l);
			break;
		}
		audit_line_free(&l);
	}
	if (rc == BB_OK && ferror(f))
		rc = diag_add(d, BB_EIO, path, 0, "audit_log", "cannot read the audit trail: %s",
			      strerror(errno));
	free(buf);
	fclose(f);
	return rc;
}
