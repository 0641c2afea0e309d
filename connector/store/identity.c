/*
 * The store's identity and key check: see identity.h for what it guards
 * against. The key check and the mark's MAC use a key derived from the
 * outbox key with HKDF-SHA256 (info "beweegbrug outbox key check v1"), so
 * neither is ever computed with the encryption key itself.
 */
#include "identity.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

#include "beweegbrug.h"
#include "outbox.h"
#include "util/strutil.h"

static const char hkdf_info[] = "beweegbrug outbox key check v1";
static const char mark_magic[] = "beweegbrug outbox mark v1";

#define MAC_HEX 64
#define MARK_MAX 512

static void hex_of(char *out, const unsigned char *in, size_t n)
{
	static const char digits[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < n; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 15];
	}
	out[2 * n] = '\0';
}

static int is_hex(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return s[n] == '\0';
}

/* HMAC-SHA256 under the derived check key over `text`, in hex. 0 on success. */
static int check_mac(char out[MAC_HEX + 1], const unsigned char key[SEAL_KEY_LEN], const char *text)
{
	unsigned char ck[32], md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	size_t outlen = sizeof(ck);
	EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, NULL);
	int ok = ctx && EVP_PKEY_derive_init(ctx) > 0 &&
		 EVP_PKEY_CTX_set_hkdf_md(ctx, EVP_sha256()) > 0 &&
		 EVP_PKEY_CTX_set1_hkdf_key(ctx, key, SEAL_KEY_LEN) > 0 &&
		 EVP_PKEY_CTX_add1_hkdf_info(ctx, (const unsigned char *)hkdf_info,
					     (int)strlen(hkdf_info)) > 0 &&
		 EVP_PKEY_derive(ctx, ck, &outlen) > 0 && outlen == sizeof(ck);

	EVP_PKEY_CTX_free(ctx);
	ok = ok && HMAC(EVP_sha256(), ck, (int)sizeof(ck), (const unsigned char *)text,
			strlen(text), md, &n) && n == 32;
	if (ok)
		hex_of(out, md, 32);
	OPENSSL_cleanse(ck, sizeof(ck));
	OPENSSL_cleanse(md, sizeof(md));
	return ok ? 0 : -1;
}

/* What the database's key check covers. */
static char *check_text(const char *id)
{
	return str_printf("beweegbrug outbox %s", id);
}

static char *mark_text(const store_mark *m)
{
	return str_printf("%s\nid %s\ncreated %lld\n", mark_magic, m->id, (long long)m->created);
}

int store_status(int sqlite_rc)
{
	switch (sqlite_rc & 0xff) {
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
	case SQLITE_FORMAT:
		return BB_ECORRUPT;
	case SQLITE_NOMEM:
		return BB_ENOMEM;
	default:
		return BB_EIO;
	}
}

int store_mark_read(store_mark *m, const char *mark_path, const unsigned char key[SEAL_KEY_LEN],
		    const char *key_file, diag_list *d)
{
	char buf[MARK_MAX + 1], mac[MAC_HEX + 1], want[MAC_HEX + 1];
	char magic[64], id[64], macs[80];
	long long created = 0;
	char *text;
	ssize_t n;
	int fd, fields, ok;

	memset(m, 0, sizeof(*m));
	fd = open(mark_path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0 && errno == ENOENT)
		return BB_ENOTFOUND;
	if (fd < 0)
		return diag_add(d, BB_EIO, mark_path, 0, NULL, "cannot read the outbox's mark: %s",
				strerror(errno));
	n = read(fd, buf, MARK_MAX);
	close(fd);
	if (n < 0)
		return diag_add(d, BB_EIO, mark_path, 0, NULL, "cannot read the outbox's mark: %s",
				strerror(errno));
	buf[n] = '\0';
	fields = sscanf(buf, "%63[^\n]\nid %63s\ncreated %lld\nmac %79s", magic, id, &created, macs);
	if (fields != 4 || strcmp(magic, mark_magic) != 0 || strlen(id) != STORE_ID_HEX ||
	    !is_hex(id, STORE_ID_HEX) || strlen(macs) != MAC_HEX || !is_hex(macs, MAC_HEX))
		return diag_add(d, BB_ECORRUPT, mark_path, 0, NULL,
				"not an outbox mark (damaged?); it should say which outbox was made here");
	memcpy(m->id, id, sizeof(m->id));
	m->created = created;
	memcpy(mac, macs, sizeof(mac));
	text = mark_text(m);
	ok = text && check_mac(want, key, text) == 0;
	free(text);
	if (!ok)
		return diag_add(d, BB_ERROR, mark_path, 0, NULL, "cannot compute HMAC-SHA256");
	if (CRYPTO_memcmp(want, mac, MAC_HEX) != 0)
		return diag_add(d, BB_ECONFIG, key_file, 0, NULL,
				"the outbox key is not the key of the outbox marked in %s (its key check"
				" does not match): a wrong or replaced key file, or a mark from elsewhere",
				mark_path);
	return BB_OK;
}

static int sync_dir_of(const char *path)
{
	char *dir = str_dup(path), *slash = dir ? strrchr(dir, '/') : NULL;
	int fd, rc;

	if (!dir)
		return -1;
	if (slash == dir)
		slash[1] = '\0';
	else if (slash)
		*slash = '\0';
	fd = open(slash ? dir : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	free(dir);
	if (fd < 0)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

int store_mark_write(const store_mark *m, const char *mark_path,
		     const unsigned char key[SEAL_KEY_LEN], diag_list *d)
{
	char mac[MAC_HEX + 1];
	char *text = mark_text(m), *all = NULL, *tmp = NULL;
	unsigned int nonce = 0;
	size_t len, off = 0;
	int fd = -1, rc = BB_OK;

	/* a name of its own: two processes (or connectors) making the first outbox at once */
	RAND_bytes((unsigned char *)&nonce, sizeof(nonce));
	tmp = str_printf("%s.tmp.%ld.%08x", mark_path, (long)getpid(), nonce);
	if (!text || !tmp || check_mac(mac, key, text) != 0 ||
	    !(all = str_printf("%smac %s\n", text, mac))) {
		rc = BB_ENOMEM;
		goto out;
	}
	/* written aside, synced and renamed: a crash leaves the old mark or the new one */
	unlink(tmp);
	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0) {
		rc = diag_add(d, BB_EIO, tmp, 0, NULL, "cannot write the outbox's mark: %s",
			      strerror(errno));
		goto out;
	}
	len = strlen(all);
	while (off < len) {
		ssize_t w = write(fd, all + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		off += (size_t)w;
	}
	if (off != len || fsync(fd) != 0 || close(fd) != 0) {
		fd = -1;
		rc = diag_add(d, BB_EIO, tmp, 0, NULL, "cannot write the outbox's mark: %s",
			      strerror(errno));
		unlink(tmp);
		goto out;
	}
	fd = -1;
	if (rename(tmp, mark_path) != 0) {
		rc = diag_add(d, BB_EIO, mark_path, 0, NULL, "cannot write the outbox's mark: %s",
			      strerror(errno));
		unlink(tmp);
		goto out;
	}
	sync_dir_of(mark_path);
out:
	if (fd >= 0)
		close(fd);
	free(text);
	free(all);
	free(tmp);
	return rc;
}

/* meta's value for `key`, malloc'ed, or NULL (absent: *rc BB_OK; else an error). */
static char *meta_get(sqlite3 *db, const char *db_path, const char *key, int *rc, diag_list *d)
{
	sqlite3_stmt *st = NULL;
	char *value = NULL;
	int step;

	*rc = BB_OK;
	if (sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key = ?", -1, &st, NULL) != SQLITE_OK) {
		*rc = diag_add(d, store_status(sqlite3_errcode(db)), db_path, 0, NULL,
			       "cannot read the outbox's identity: %s", sqlite3_errmsg(db));
		return NULL;
	}
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	step = sqlite3_step(st);
	if (step == SQLITE_ROW && sqlite3_column_type(st, 0) == SQLITE_TEXT) {
		value = str_dup((const char *)sqlite3_column_text(st, 0));
		if (!value)
			*rc = BB_ENOMEM;
	} else if (step == SQLITE_ROW) {
		*rc = diag_add(d, BB_ECORRUPT, db_path, 0, NULL,
			       "the outbox's identity is damaged (meta %s is not text)", key);
	} else if (step != SQLITE_DONE) {
		*rc = diag_add(d, store_status(sqlite3_errcode(db)), db_path, 0, NULL,
			       "cannot read the outbox's identity: %s", sqlite3_errmsg(db));
	}
	sqlite3_finalize(st);
	return value;
}

static int meta_put(sqlite3 *db, const char *db_path, const char *key, const char *value,
		    diag_list *d)
{
	sqlite3_stmt *st = NULL;
	int rc = BB_OK;

	if (sqlite3_prepare_v2(db, "INSERT INTO meta(key, value) VALUES (?, ?)", -1, &st, NULL) !=
	    SQLITE_OK || (sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC),
			  sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC),
			  sqlite3_step(st)) != SQLITE_DONE)
		rc = diag_add(d, store_status(sqlite3_errcode(db)), db_path, 0, NULL,
			      "cannot store the outbox's identity: %s", sqlite3_errmsg(db));
	sqlite3_finalize(st);
	return rc;
}

/*
 * An outbox from before identities: does this key open a message stored
 * in it? 1 yes (or nothing is stored), 0 no, <0 error.
 */
static int key_opens_a_message(sqlite3 *db, const unsigned char key[SEAL_KEY_LEN])
{
	static const char *const sql[] = {
		"SELECT msg_id, destination, payload FROM outbox ORDER BY row LIMIT 1",
		"SELECT msg_id, sender, payload FROM inbox ORDER BY row LIMIT 1",
	};
	size_t i;

	for (i = 0; i < 2; i++) {
		sqlite3_stmt *st = NULL;
		int found = 0, opens = 0;

		if (sqlite3_prepare_v2(db, sql[i], -1, &st, NULL) != SQLITE_OK)
			return -1;
		if (sqlite3_step(st) == SQLITE_ROW) {
			const char *id = (const char *)sqlite3_column_text(st, 0);
			const char *party = (const char *)sqlite3_column_text(st, 1);
			const unsigned char *blob = sqlite3_column_blob(st, 2);
			size_t blen = (size_t)sqlite3_column_bytes(st, 2);
			char *aad = id && party ? str_printf("%s\n%s", id, party) : NULL;
			unsigned char *plain = blen >= SEAL_OVERHEAD ? malloc(blen - SEAL_OVERHEAD + 1)
								     : NULL;

			found = 1;
			opens = aad && plain && blob &&
				seal_decrypt(key, aad, strlen(aad), blob, blen, plain) == 0;
			if (plain)
				OPENSSL_cleanse(plain, blen - SEAL_OVERHEAD);
			free(plain);
			free(aad);
		}
		sqlite3_finalize(st);
		if (found)
			return opens;
	}
	return 1;
}

void store_date(char out[32], int64_t t)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (gmtime_r(&tt, &tm))
		strftime(out, 32, "%Y-%m-%d %H:%M UTC", &tm);
	else
		snprintf(out, 32, "%lld", (long long)t);
}

/*
 * The identity the outbox has (`sid`, `check`, `made` from table meta):
 * whole, made under this key, and the outbox the mark says was made here.
 */
static int identity_found(char id[STORE_ID_HEX + 1], int64_t *created, const char *sid,
			  const char *check, const char *made, const char *db_path,
			  const unsigned char key[SEAL_KEY_LEN], const char *key_file,
			  const store_mark *mark, const char *mark_path, diag_list *d)
{
	char want[MAC_HEX + 1], when[32];
	char *text = NULL;
	int rc = BB_OK;

	if (!sid || !check || !made || strlen(sid) != STORE_ID_HEX || !is_hex(sid, STORE_ID_HEX)) {
		rc = diag_add(d, BB_ECORRUPT, db_path, 0, NULL,
			      "the outbox's identity is damaged (table meta)");
		goto out;
	}
	if (!(text = check_text(sid)) || check_mac(want, key, text) != 0) {
		rc = BB_ENOMEM;
		goto out;
	}
	if (strlen(check) != MAC_HEX || CRYPTO_memcmp(want, check, MAC_HEX) != 0) {
		rc = diag_add(d, BB_ECONFIG, key_file, 0, NULL,
			      "this is not the key of the outbox %s (its key check does not"
			      " match): a wrong or replaced key file; nothing was read or written",
			      db_path);
		goto out;
	}
	if (mark && strcmp(mark->id, sid) != 0) {
		store_date(when, mark->created);
		rc = diag_add(d, BB_ECORRUPT, db_path, 0, NULL,
			      "this is not the outbox that was made here: it is outbox %s, but %s"
			      " says outbox %s was made here on %s (the file was replaced?)."
			      " Restore the outbox from a backup", sid, mark_path, mark->id, when);
		goto out;
	}
	memcpy(id, sid, STORE_ID_HEX + 1);
	*created = strtoll(made, NULL, 10);
out:
	free(text);
	return rc;
}

/*
 * No identity yet: a new outbox, or one from before identities, whose
 * messages this key must open. A new id and its key check go into table
 * meta (in the caller's transaction).
 */
static int identity_new(char id[STORE_ID_HEX + 1], int64_t *created, sqlite3 *db,
			const char *db_path, const unsigned char key[SEAL_KEY_LEN],
			const char *key_file, int fresh, const store_mark *mark,
			const char *mark_path, diag_list *d)
{
	char want[MAC_HEX + 1], when[32];
	char *text = NULL;
	unsigned char raw[STORE_ID_HEX / 2];
	int rc;

	if (mark) {
		store_date(when, mark->created);
		return diag_add(d, BB_ECORRUPT, db_path, 0, NULL,
				"this is not the outbox that was made here: it has no outbox identity,"
				" but %s says outbox %s was made here on %s (the file was replaced?)."
				" Restore the outbox from a backup", mark_path, mark->id, when);
	}
	if (!fresh) {
		int opens = key_opens_a_message(db, key);
		if (opens < 0)
			return diag_add(d, store_status(sqlite3_errcode(db)), db_path, 0, NULL,
					"cannot read the outbox: %s", sqlite3_errmsg(db));
		if (!opens)
			return diag_add(d, BB_ECONFIG, key_file, 0, NULL,
					"this key does not open the messages stored in %s: a wrong or"
					" replaced key file; nothing was read or written", db_path);
	}
	if (RAND_bytes(raw, sizeof(raw)) != 1)
		return diag_add(d, BB_ERROR, db_path, 0, NULL, "no random bytes for the outbox's id");
	hex_of(id, raw, sizeof(raw));
	*created = (int64_t)time(NULL);
	snprintf(when, sizeof(when), "%lld", (long long)*created);
	if (!(text = check_text(id)) || check_mac(want, key, text) != 0) {
		rc = BB_ENOMEM;
		goto out;
	}
	if ((rc = meta_put(db, db_path, "store_id", id, d)) != BB_OK ||
	    (rc = meta_put(db, db_path, "key_check", want, d)) != BB_OK)
		goto out;
	rc = meta_put(db, db_path, "created", when, d);
out:
	free(text);
	return rc;
}

int store_identity(char id[STORE_ID_HEX + 1], int64_t *created, sqlite3 *db, const char *db_path,
		   const unsigned char key[SEAL_KEY_LEN], const char *key_file, int fresh,
		   const store_mark *mark, const char *mark_path, diag_list *d)
{
	char *sid = NULL, *check = NULL, *made = NULL;
	int rc;

	id[0] = '\0';
	*created = 0;
	if (sqlite3_exec(db, "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY,"
			 " value TEXT NOT NULL)", NULL, NULL, NULL) != SQLITE_OK)
		return diag_add(d, store_status(sqlite3_errcode(db)), db_path, 0, NULL,
				"cannot read the outbox's identity: %s", sqlite3_errmsg(db));
	/* one process makes the identity; the others find it */
	if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return diag_add(d, store_status(sqlite3_errcode(db)), db_path, 0, NULL,
				"cannot read the outbox's identity: %s", sqlite3_errmsg(db));
	sid = meta_get(db, db_path, "store_id", &rc, d);
	if (rc != BB_OK)
		goto out;
	check = meta_get(db, db_path, "key_check", &rc, d);
	if (rc != BB_OK)
		goto out;
	made = meta_get(db, db_path, "created", &rc, d);
	if (rc != BB_OK)
		goto out;
	if (sid || check || made)
		rc = identity_found(id, created, sid, check, made, db_path, key, key_file, mark,
				    mark_path, d);
	else
		rc = identity_new(id, created, db, db_path, key, key_file, fresh, mark, mark_path, d);
out:
	/* what was found or made is kept only when all of it is */
	if (rc != BB_OK)
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	else if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		rc = diag_add(d, store_status(sqlite3_errcode(db)), db_path, 0, NULL,
			      "cannot store the outbox's identity: %s", sqlite3_errmsg(db));
	if (rc != BB_OK)
		id[0] = '\0';
	free(sid);
	free(check);
	free(made);
	return rc;
}
