/*
 * Reading the audit trail back: one line into a record, and the whole
 * file checked link by link, its start (sequence 1, or a rotation record
 * that continues an archive, which is checked too) and its end (against
 * the anchor). The first broken line is what matters: after it nothing
 * can be trusted, so verification stops there and says where (line
 * number and sequence) and why.
 */
#include "audit.h"

#include <errno.h>
#include <stdarg.h>
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

int audit_parse(audit_line *out, const unsigned char chain_key[AUDIT_KEY_LEN], const char *line,
		size_t len, const char **why)
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
	rc = audit_chain_hash(computed, chain_key, out->prev, rec, len - HASH_SUFFIX_LEN + 1);
	if (rc == 0 && strcmp(computed, out->hash) != 0) {
		/* a plain SHA-256 link: an old trail, or one rewritten by someone without the key */
		char plain[AUDIT_HASH_HEX + 1];
		*why = audit_chain_hash(plain, NULL, out->prev, rec, len - HASH_SUFFIX_LEN + 1) == 0 &&
		       strcmp(plain, out->hash) == 0
		       ? "hash mismatch: the record is chained with plain SHA-256, not with the audit"
			 " key (written by a version before keyed chains, or rewritten by someone"
			 " without the key)"
		       : "hash mismatch: the record was changed after it was written, or it was"
			 " written with another audit key";
		free(rec);
		return -1;
	}
	free(rec);
	if (rc != 0) {
		*why = "cannot compute HMAC-SHA256";
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

/* "continues NAME: records A..B" -> NAME (at most size - 1 bytes); 0 when it is not that. */
static int continued_name(const char *detail, char *name, size_t size)
{
	const char *colon;
	size_t n;

	if (!detail || strncmp(detail, "continues ", 10) != 0 || !(colon = strchr(detail + 10, ':')))
		return 0;
	n = (size_t)(colon - (detail + 10));
	if (!n || n >= size || memchr(detail + 10, '/', n))
		return 0;
	memcpy(name, detail + 10, n);
	name[n] = '\0';
	return 1;
}

/* PATH's directory joined with NAME (malloc'ed). */
static char *beside(const char *path, const char *name)
{
	const char *slash = strrchr(path, '/');
	size_t dir = slash ? (size_t)(slash - path) + 1 : 0;
	char *out = malloc(dir + strlen(name) + 1);

	if (out) {
		memcpy(out, path, dir);
		strcpy(out + dir, name);
	}
	return out;
}

static void set_why(audit_verdict *v, unsigned lineno, uint64_t seq, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void set_why(audit_verdict *v, unsigned lineno, uint64_t seq, const char *fmt, ...)
{
	va_list ap;

	v->first_bad = lineno;
	v->bad_seq = seq;
	va_start(ap, fmt);
	vsnprintf(v->why, sizeof(v->why), fmt, ap);
	va_end(ap);
}

/* How many archives back a rotation is followed (each holds a frame of the stack). */
#define MAX_ARCHIVES 64

static int verify_one(const char *path, const char *anchor_path,
		      const unsigned char key[AUDIT_KEY_LEN], audit_verdict *v, audit_line_cb cb,
		      void *payload, unsigned depth, diag_list *d);

/*
 * A trail whose first record is a rotation's: the archive it names (beside
 * `path`) must end with the record this one chains to. BB_OK with *why set
 * when it does not, or the archive is broken; an archive that is not there
 * is allowed (kept elsewhere); any other failure is returned.
 */
static int check_archive(audit_verdict *v, const char *path, const unsigned char key[AUDIT_KEY_LEN],
			 const audit_line *l, const char *name, unsigned lineno, unsigned depth,
			 const char **why, diag_list *d)
{
	audit_verdict earlier;
	char *archive = beside(path, name);
	int erc = !archive ? BB_ENOMEM
		  : depth >= MAX_ARCHIVES ? BB_ENOTFOUND
		  : verify_one(archive, NULL, key, &earlier, NULL, NULL, depth + 1, d);

	free(archive);
	snprintf(v->continues, sizeof(v->continues), "%s", name);
	if (erc == BB_ENOTFOUND)
		return BB_OK;
	if (erc == BB_EINPUT) {
		set_why(v, lineno, l->seq, "it continues %s, which is broken: %s:%u: %s", name, name,
			earlier.first_bad, earlier.why);
		*why = v->why;
		return BB_OK;
	}
	if (erc != BB_OK)
		return erc;
	if (earlier.last_seq != l->seq - 1 || strcmp(earlier.last_hash, l->prev) != 0) {
		set_why(v, lineno, l->seq, "it continues %s, but that archive ends at seq %llu with"
			" another record: the archive was changed", name,
			(unsigned long long)earlier.last_seq);
		*why = v->why;
		return BB_OK;
	}
	v->continues_checked = 1;
	v->earlier_records = earlier.records + earlier.earlier_records;
	return BB_OK;
}

/*
 * A record that parsed and verified on its own: its place in the chain
 * after the one before (`last_seq`, v->last_hash). BB_OK with *why set
 * when it is out of place; an error when an archive could not be checked.
 */
static int check_chain(audit_verdict *v, const char *path, const unsigned char key[AUDIT_KEY_LEN],
		       const audit_line *l, unsigned lineno, uint64_t last_seq, unsigned depth,
		       const char **why, diag_list *d)
{
	char name[256];

	if (lineno == 1 && l->seq != 1) {
		if (l->event && strcmp(l->event, "audit.rotated") == 0 &&
		    continued_name(l->detail, name, sizeof(name)))
			return check_archive(v, path, key, l, name, lineno, depth, why, d);
		set_why(v, lineno, l->seq, "the trail begins at seq %llu, not at 1 and not with a"
			" rotation record: the records before it were removed", (unsigned long long)l->seq);
		*why = v->why;
	} else if (lineno == 1 && strcmp(l->prev, v->last_hash) != 0) {
		*why = "prev mismatch: the first record does not begin the chain";
	} else if (lineno > 1 && l->seq != last_seq + 1) {
		*why = "sequence gap";
	} else if (lineno > 1 && strcmp(l->prev, v->last_hash) != 0) {
		*why = "prev mismatch: it does not chain to the record before";
	} else if (l->event && strcmp(l->event, "audit.gap") == 0) {
		set_why(v, lineno, l->seq, "records are missing here (found by the writer): %s",
			l->detail ? l->detail : "");
		*why = v->why;
	}
	return BB_OK;
}

/* The first bad line, said in the verdict (unless set_why said it already). */
static void note_bad(audit_verdict *v, const char *why, const audit_line *l, unsigned lineno,
		     uint64_t last_seq)
{
	if (why == v->why)
		return;
	v->first_bad = lineno;
	v->bad_seq = l->json ? l->seq : 0;
	if (strcmp(why, "sequence gap") == 0)
		snprintf(v->why, sizeof(v->why), "sequence gap: record %llu where %llu was expected"
			 " (a record is missing or out of order)", (unsigned long long)l->seq,
			 (unsigned long long)(last_seq + 1));
	else
		snprintf(v->why, sizeof(v->why), "%s", why);
}

/* The end: does the trail still reach the record its anchor names? */
static int check_end(audit_verdict *v, const char *anchor_path, const audit_anchor *an,
		     int have_anchor, const char *anchored_hash, unsigned lineno, uint64_t last_seq)
{
	unsigned after = lineno + 1;
	uint64_t next = last_seq + 1;

	if (have_anchor) {
		v->anchor_seq = an->seq;
		if (last_seq < an->seq) {
			v->anchor = AUDIT_ANCHOR_SHORT;
			set_why(v, after, next, "the trail ends at seq %llu, but its anchor %s says"
				" seq %llu was written: %llu record(s) were removed from the end"
				" (or the file was emptied or replaced)", (unsigned long long)last_seq,
				anchor_path, (unsigned long long)an->seq,
				(unsigned long long)(an->seq - last_seq));
			return BB_EINPUT;
		}
		if (an->seq < v->first_seq || strcmp(anchored_hash, an->hash) != 0) {
			v->anchor = AUDIT_ANCHOR_DIFFERENT;
			set_why(v, after, next, "record %llu is not the one the anchor %s names:"
				" the trail was rewritten", (unsigned long long)an->seq, anchor_path);
			return BB_EINPUT;
		}
		v->anchor = AUDIT_ANCHOR_MATCHED;
	} else if (v->anchor == AUDIT_ANCHOR_INVALID) {
		set_why(v, after, next, "the anchor %s does not verify under the audit key"
			" (altered, or written with another key): the end of the trail cannot be"
			" checked", anchor_path);
		return BB_EINPUT;
	} else if (v->records > 0) {
		set_why(v, after, next, "the anchor %s is missing: whether records were removed"
			" from the end cannot be checked (it is written with every record)",
			anchor_path);
		return BB_EINPUT;
	}
	return BB_OK;
}

static int verify_one(const char *path, const char *anchor_path,
		      const unsigned char key[AUDIT_KEY_LEN], audit_verdict *v, audit_line_cb cb,
		      void *payload, unsigned depth, diag_list *d)
{
	FILE *f = fopen(path, "re");
	char *buf = NULL;
	size_t cap = 0;
	ssize_t n;
	unsigned lineno = 0;
	uint64_t last_seq = 0;
	audit_anchor an;
	char anchored_hash[AUDIT_HASH_HEX + 1] = "";
	int rc = BB_OK, have_anchor = 0, arc;

	memset(v, 0, sizeof(*v));
	memset(v->last_hash, '0', AUDIT_HASH_HEX);
	if (!f && errno == ENOENT && anchor_path &&
	    audit_anchor_read(&an, -1, anchor_path, key, NULL) == BB_OK) {
		/* gone, where the anchor says records were written */
		v->anchor = AUDIT_ANCHOR_SHORT;
		v->anchor_seq = an.seq;
		set_why(v, 1, 1, "the trail is missing, but its anchor %s says seq %llu was written:"
			" the file was removed", anchor_path, (unsigned long long)an.seq);
		return BB_EINPUT;
	}
	if (!f)
		return diag_add(d, errno == ENOENT ? BB_ENOTFOUND : BB_EIO, path, 0, "audit_log",
				"cannot open the audit trail: %s", strerror(errno));
	if (anchor_path) {
		arc = audit_anchor_read(&an, -1, anchor_path, key, d);
		if (arc == BB_OK)
			have_anchor = 1;
		else if (arc == BB_ECORRUPT)
			v->anchor = AUDIT_ANCHOR_INVALID;
		else if (arc == BB_ENOTFOUND)
			v->anchor = AUDIT_ANCHOR_MISSING;
		else {
			rc = arc;
			goto done;
		}
	}
	while ((n = getline(&buf, &cap, f)) > 0) {
		audit_line l;
		const char *why = NULL;
		size_t len = (size_t)n;

		lineno++;
		if (buf[len - 1] != '\n') {
			/* parsed only for its sequence number, if that much is readable */
			audit_parse(&l, key, buf, len, &why);
			why = "the line is cut off (no newline at the end: a crash or a truncation)";
		} else {
			buf[--len] = '\0';
			/* the record itself first, then its place in the chain */
			if (audit_parse(&l, key, buf, len, &why) == 0 &&
			    (rc = check_chain(v, path, key, &l, lineno, last_seq, depth, &why, d)) != BB_OK) {
				audit_line_free(&l);
				goto done;
			}
		}
		if (why) {
			note_bad(v, why, &l, lineno, last_seq);
			audit_line_free(&l);
			rc = BB_EINPUT;
			goto done;
		}
		if (!v->first_seq)
			v->first_seq = l.seq;
		last_seq = l.seq;
		v->last_seq = l.seq;
		memcpy(v->last_hash, l.hash, sizeof(v->last_hash));
		if (have_anchor && l.seq == an.seq)
			memcpy(anchored_hash, l.hash, sizeof(anchored_hash));
		v->records++;
		if (cb && cb(&l, lineno, payload) != 0) {
			audit_line_free(&l);
			break;   /* the caller has seen enough: the end is still checked */
		}
		audit_line_free(&l);
	}
	if (ferror(f)) {
		rc = diag_add(d, BB_EIO, path, 0, "audit_log", "cannot read the audit trail: %s",
			      strerror(errno));
		goto done;
	}
	if (anchor_path)
		rc = check_end(v, anchor_path, &an, have_anchor, anchored_hash, lineno, last_seq);
done:
	free(buf);
	fclose(f);
	return rc;
}

int audit_verify_file(const char *path, const char *anchor_path,
		      const unsigned char chain_key[AUDIT_KEY_LEN], audit_verdict *v,
		      audit_line_cb cb, void *payload, diag_list *d)
{
	return verify_one(path, anchor_path, chain_key, v, cb, payload, 0, d);
}
