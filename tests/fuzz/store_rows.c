/*
 * libFuzzer target: the store reading its own rows back (issue 15). The
 * input describes the rows of an outbox database as someone with write
 * access to the file could leave them: any column NULL, an integer, text
 * or a blob, payloads sealed properly (with the right key and binding) or
 * not, an identity (table meta) made up or missing. The tables are made
 * without their constraints, as an attacker who rewrites the file could.
 *
 * Then the store is used as the deliverer and the operator use it: claim
 * everything due and settle it, list, show, retry, purge, the inbox, the
 * referral and adapter state. Findings: a crash or sanitizer report, a
 * claim that fails on a row's content instead of giving that row up
 * (BB_ECORRUPT with the row), a row claimed twice in one pass, a
 * poisoned row left pending, or a pass that never ends.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "beweegbrug.h"
#include "store/inbox.h"
#include "store/outbox.h"
#include "store/outbox_priv.h"
#include "store/seal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const unsigned char key[SEAL_KEY_LEN] = {
	1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
	17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32
};

#define NOW 1800000000LL

/* The input, read front to back; past the end everything is 0. */
typedef struct in {
	const uint8_t *p;
	size_t n;
} in;

static unsigned byte(in *r)
{
	if (!r->n)
		return 0;
	r->n--;
	return *r->p++;
}

static int64_t int64(in *r)
{
	uint64_t v = 0;
	int i;

	for (i = 0; i < 8; i++)
		v = v << 8 | byte(r);
	return (int64_t)v;
}

/* Up to 255 bytes: a pointer into the input and its length. */
static const uint8_t *bytes(in *r, size_t *len)
{
	const uint8_t *p = r->p;

	*len = byte(r);
	if (*len > r->n)
		*len = r->n;
	r->p += *len;
	r->n -= *len;
	return p;
}

static const char outbox_cols[] =
	"CREATE TABLE outbox (row INTEGER PRIMARY KEY, msg_id, destination, content_type, state,"
	" attempts, next_attempt_at, lease_until, last_error, created_at, payload, referral_id);"
	"CREATE TABLE adapter_state (destination, key, value, updated_at);"
	"CREATE TABLE inbox (row INTEGER PRIMARY KEY, msg_id, sender, kind, referral_id,"
	" practice_agb, status, fb_date, state, content_type, received_at, payload, answer_status,"
	" answer_type, answer);"
	"CREATE TABLE referral_state (referral_key, status, fb_date, updated_at);"
	"CREATE TABLE meta (key, value);";

/*
 * Bind column i from the input. Kinds: 0 NULL, 1 integer, 2 text, 3 blob,
 * 4 a small integer or a time near NOW (states, attempts, due times),
 * 5 well-formed text from a few choices.
 */
static void bind(sqlite3_stmt *st, int i, in *r)
{
	static const char *const words[] = { "gli", "m1", "received", "feedback", "referral",
					     "applied", "application/fhir+json", "HV-1", "" };
	size_t len;
	const uint8_t *p;

	switch (byte(r) % 6) {
	case 0:
		sqlite3_bind_null(st, i);
		break;
	case 1:
		sqlite3_bind_int64(st, i, int64(r));
		break;
	case 2:
		p = bytes(r, &len);
		sqlite3_bind_text(st, i, (const char *)p, (int)len, SQLITE_TRANSIENT);
		break;
	case 3:
		p = bytes(r, &len);
		sqlite3_bind_blob(st, i, p, (int)len, SQLITE_TRANSIENT);
		break;
	case 4: {
		unsigned small = byte(r);
		sqlite3_bind_int64(st, i, (int64_t)(small % 4) - 1 + (small & 4 ? NOW : 0));
		break;
	}
	default:
		sqlite3_bind_text(st, i, words[byte(r) % 9], -1, SQLITE_STATIC);
	}
}

/*
 * Seal `plain` for the row as the store will read it: the associated
 * data is the row's two binding columns as text (`aad_sql` selects them).
 */
static void seal_into(sqlite3 *db, const char *table, const char *aad_sql, int64_t row,
		      const uint8_t *plain, size_t len)
{
	char sql[200], *aad;
	sqlite3_stmt *st = NULL;
	unsigned char *sealed = malloc(len + SEAL_OVERHEAD);
	const char *a = "", *b = "";
	int n;

	snprintf(sql, sizeof(sql), "SELECT %s FROM %s WHERE row = ?", aad_sql, table);
	if (!sealed || sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		abort();
	sqlite3_bind_int64(st, 1, row);
	if (sqlite3_step(st) == SQLITE_ROW) {
		if (sqlite3_column_text(st, 0))
			a = (const char *)sqlite3_column_text(st, 0);
		if (sqlite3_column_text(st, 1))
			b = (const char *)sqlite3_column_text(st, 1);
	}
	n = (int)(strlen(a) + strlen(b) + 2);
	aad = malloc((size_t)n);
	if (!aad)
		abort();
	snprintf(aad, (size_t)n, "%s\n%s", a, b);
	if (seal_encrypt(key, aad, strlen(aad), plain, len, sealed) != 0)
		abort();
	free(aad);
	sqlite3_finalize(st);
	snprintf(sql, sizeof(sql), "UPDATE %s SET payload = ? WHERE row = ?", table);
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		abort();
	sqlite3_bind_blob(st, 1, sealed, (int)(len + SEAL_OVERHEAD), SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, row);
	sqlite3_step(st);
	sqlite3_finalize(st);
	free(sealed);
}

/*
 * Insert up to 5 rows of `ncols` columns. Column `sealcol` (1-based, 0:
 * none) is the payload: raw from the input, or sealed properly for the
 * row (then the rest of the store's checks get their turn).
 */
static void fill(sqlite3 *db, const char *table, const char *sql, int ncols, int sealcol,
		 const char *aad_sql, in *r)
{
	unsigned rows = byte(r) % 6, k;

	for (k = 0; k < rows; k++) {
		sqlite3_stmt *st = NULL;
		int i, sealed = 0;

		if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
			abort();
		for (i = 1; i <= ncols; i++) {
			if (i == sealcol && byte(r) % 2) {
				sealed = 1;
				sqlite3_bind_null(st, i);
			} else {
				bind(st, i, r);
			}
		}
		sqlite3_step(st);
		sqlite3_finalize(st);
		if (sealed) {
			size_t len;
			const uint8_t *p = bytes(r, &len);
			seal_into(db, table, aad_sql, sqlite3_last_insert_rowid(db), p, len);
		}
	}
}

static int touch_row(const outbox_row *row, void *payload)
{
	size_t *sum = payload;

	*sum += strlen(row->msg_id) + strlen(row->destination) + strlen(row->content_type) +
		(row->referral_id ? strlen(row->referral_id) : 0) +
		(row->last_error ? strlen(row->last_error) : 0) + row->size + row->attempts;
	if (row->state < OUTBOX_PENDING || row->state > OUTBOX_DEAD)
		abort();
	return 0;
}

typedef struct ids {
	char *v[16];
	size_t n;
} ids;

static int collect_outbox(const outbox_row *row, void *payload)
{
	ids *x = payload;

	if (x->n < 16 && (x->v[x->n] = strdup(row->msg_id)))
		x->n++;
	return 0;
}

static int collect_inbox(const inbox_msg *m, void *payload)
{
	ids *x = payload;
	size_t sum = strlen(m->msg_id) + strlen(m->sender) + strlen(m->kind) + strlen(m->state) +
		     strlen(m->content_type) + (m->referral_id ? strlen(m->referral_id) : 0) +
		     (m->practice_agb ? strlen(m->practice_agb) : 0) +
		     (m->status ? strlen(m->status) : 0) + (m->date ? strlen(m->date) : 0);

	(void)sum;
	if (x->n < 16 && (x->v[x->n] = strdup(m->msg_id)))
		x->n++;
	return 0;
}

static void ids_free(ids *x)
{
	size_t i;

	for (i = 0; i < x->n; i++)
		free(x->v[i]);
	x->n = 0;
}

/* The state of an outbox row, straight from the database. */
static int state_of(outbox *ob, int64_t row)
{
	sqlite3_stmt *st = NULL;
	int state = -100;

	if (sqlite3_prepare_v2(ob->db, "SELECT state FROM outbox WHERE row = ?", -1, &st, NULL) !=
	    SQLITE_OK)
		abort();
	sqlite3_bind_int64(st, 1, row);
	if (sqlite3_step(st) == SQLITE_ROW)
		state = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return state;
}

static void claim_everything(outbox *ob, in *r)
{
	int64_t claimed[64];
	size_t n = 0, i, passes;
	diag_list d = DIAG_LIST_INIT;

	for (passes = 0; passes < 64; passes++) {
		outbox_item it;
		int rc = outbox_claim(ob, NULL, NOW, &it, &d), dead = 0;

		if (rc == BB_ENOTFOUND)
			break;
		if (rc == BB_ENOMEM)
			break;
		if (rc == BB_ECORRUPT && it.row) {
			/* a poisoned row: given up on, with a reason, and never seen again */
			if (!it.damage || it.payload || state_of(ob, it.row) != OUTBOX_DEAD)
				abort();
		} else if (rc != BB_OK) {
			/* the database is sound: only a row's content can be wrong, and that is isolated */
			fprintf(stderr, "claim failed: %s\n", d.count ? diag_line(&d, 0) : "?");
			abort();
		} else {
			if (!it.payload || !it.msg_id || !it.destination || !it.content_type ||
			    it.payload[it.len] != '\0')
				abort();
			switch (byte(r) % 4) {
			case 0:
				outbox_delivered(ob, it.row, NOW, &d);
				break;
			case 1:
				outbox_failed(ob, it.row, 0, "down", NOW, &dead, &d);
				break;
			case 2:
				outbox_failed(ob, it.row, 1, "refused", NOW, &dead, &d);
				break;
			default:
				outbox_postpone(ob, it.row, NOW + 1, &d);
			}
		}
		for (i = 0; i < n; i++)
			if (claimed[i] == it.row)
				abort();   /* claimed twice in one pass */
		if (n < 64)
			claimed[n++] = it.row;
		outbox_item_free(&it);
		diag_clear(&d);
	}
	if (passes == 64)
		abort();   /* at most 5 rows: a pass must end */
	diag_free(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	diag_list d = DIAG_LIST_INIT;
	in r = { data, size };
	sqlite3 *db = NULL;
	outbox *ob = NULL;
	ids out = { { 0 }, 0 }, inb = { { 0 }, 0 };
	size_t sum = 0, count, i;
	int64_t when;

	if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
	    SQLITE_OK || sqlite3_exec(db, outbox_cols, NULL, NULL, NULL) != SQLITE_OK)
		abort();
	fill(db, "outbox", "INSERT INTO outbox(msg_id, destination, content_type, state, attempts,"
		 " next_attempt_at, lease_until, last_error, created_at, payload, referral_id)"
		 " VALUES (?,?,?,?,?,?,?,?,?,?,?)", 11, 10, "msg_id, destination", &r);
	fill(db, "inbox", "INSERT INTO inbox(msg_id, sender, kind, referral_id, practice_agb, status,"
		 " fb_date, state, content_type, received_at, payload, answer_status, answer_type,"
		 " answer) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", 14, 11, "msg_id, sender", &r);
	fill(db, "referral_state", "INSERT INTO referral_state VALUES (?,?,?,?)", 4, 0, NULL, &r);
	fill(db, "adapter_state", "INSERT INTO adapter_state VALUES (?,?,?,?)", 4, 0, NULL, &r);
	if (byte(&r) & 1)
		fill(db, "meta", "INSERT INTO meta VALUES (?,?)", 2, 0, NULL, &r);
	/* the store takes the database over; an identity it refuses is a refusal, not a finding */
	if (outbox_open_db(&ob, db, "fuzz.db", key, &d) != BB_OK)
		goto out;
	claim_everything(ob, &r);
	outbox_list(ob, -1, touch_row, &sum, &d);
	outbox_list(ob, -1, collect_outbox, &out, &d);
	for (i = 0; i < out.n; i++) {
		unsigned char *body = NULL;
		size_t len = 0;
		outbox_show(ob, out.v[i], NULL, NULL, &body, &len, &d);
		free(body);
		outbox_knows_referral(ob, out.v[i], &d);
	}
	outbox_next_due(ob, &when, &d);
	for (i = 0; i < 3; i++)
		outbox_count(ob, (outbox_state)i, &count, &d);
	inbox_list(ob, NULL, collect_inbox, &inb, &d);
	for (i = 0; i < inb.n; i++) {
		unsigned char *body = NULL;
		size_t len = 0;
		inbox_answer a;
		char *status = NULL, *date = NULL, *value = NULL;

		inbox_get(ob, inb.v[i], NULL, NULL, &body, &len, &d);
		free(body);
		if (inbox_find(ob, inb.v[i], &a, NULL, &d) == BB_OK)
			inbox_answer_free(&a);
		if (store_referral_state_get(ob, inb.v[i], &status, &date, &d) == BB_OK) {
			free(status);
			free(date);
		}
		if (outbox_state_get(ob, inb.v[i], "cursor", &value, &d) == BB_OK)
			free(value);
	}
	outbox_retry(ob, NULL, NOW, &count, &d);
	claim_everything(ob, &r);
	outbox_purge(ob, OUTBOX_DELIVERED, NOW, &count, &d);
	outbox_purge(ob, OUTBOX_DEAD, NOW, &count, &d);
out:
	ids_free(&out);
	ids_free(&inb);
	outbox_close(ob);
	diag_free(&d);
	return 0;
}
