/*
 * The audit trail's anchor: where the trail ends, kept apart from it.
 *
 * A chain shows a record changed or removed in the middle, but not
 * records removed at the end, or a file emptied: what is left is a chain
 * too. So after each append the writer notes the last record's sequence
 * number and hash in the anchor, with an HMAC under the chain key, and
 * `audit verify` checks that the trail still reaches that record and
 * that it is the same. Without the key nobody can write an anchor that
 * verifies.
 *
 * The file holds two slots of 256 bytes; record N goes to slot N % 2, so
 * a write cut short by a crash spoils one slot and the other still says
 * where the trail was one record earlier. A slot is one line:
 *   "beweegbrug-anchor-v1 SEQ HASH MAC" padded with spaces, then "\n".
 * MAC = HMAC-SHA256(chain key, "beweegbrug audit anchor v1\nSEQ\nHASH").
 */
#include "audit.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "beweegbrug.h"

#define SLOT 256
#define MAGIC "beweegbrug-anchor-v1"

static int slot_mac(char out[AUDIT_HASH_HEX + 1], const unsigned char key[AUDIT_KEY_LEN],
		    uint64_t seq, const char *hash)
{
	static const char digits[] = "0123456789abcdef";
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	char text[160];
	int len, i;

	len = snprintf(text, sizeof(text), "beweegbrug audit anchor v1\n%" PRIu64 "\n%s", seq, hash);
	if (len < 0 || (size_t)len >= sizeof(text) ||
	    !HMAC(EVP_sha256(), key, AUDIT_KEY_LEN, (const unsigned char *)text, (size_t)len, md, &n) ||
	    n != 32)
		return -1;
	for (i = 0; i < 32; i++) {
		out[2 * i] = digits[md[i] >> 4];
		out[2 * i + 1] = digits[md[i] & 15];
	}
	out[AUDIT_HASH_HEX] = '\0';
	return 0;
}

static int is_hex64(const char *s)
{
	size_t i;

	for (i = 0; i < AUDIT_HASH_HEX; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return s[AUDIT_HASH_HEX] == '\0';
}

/* One slot: 1 when it is a valid anchor under the key. */
static int read_slot(audit_anchor *out, const char *slot, const unsigned char key[AUDIT_KEY_LEN])
{
	char magic[32], hash[80], mac[80], want[AUDIT_HASH_HEX + 1], text[SLOT + 1];
	unsigned long long seq;

	memcpy(text, slot, SLOT);
	text[SLOT] = '\0';
	if (sscanf(text, "%31s %llu %79s %79s", magic, &seq, hash, mac) != 4 ||
	    strcmp(magic, MAGIC) != 0 || strlen(hash) != AUDIT_HASH_HEX || !is_hex64(hash) ||
	    strlen(mac) != AUDIT_HASH_HEX || !is_hex64(mac) || seq == 0 ||
	    slot_mac(want, key, (uint64_t)seq, hash) != 0 ||
	    CRYPTO_memcmp(want, mac, AUDIT_HASH_HEX) != 0)
		return 0;
	out->seq = (uint64_t)seq;
	memcpy(out->hash, hash, sizeof(out->hash));
	return 1;
}

int audit_anchor_open(const char *path, diag_list *d)
{
	int fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
	struct stat st;

	if (fd < 0) {
		diag_add(d, BB_EIO, path, 0, "audit_anchor", "cannot open the audit trail's anchor: %s",
			 strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		diag_add(d, BB_EIO, path, 0, "audit_anchor", "the audit trail's anchor is not a regular file");
		return -1;
	}
	return fd;
}

int audit_anchor_read(audit_anchor *out, int fd, const char *path,
		const unsigned char chain_key[AUDIT_KEY_LEN], diag_list *d)
{
	char buf[2 * SLOT];
	audit_anchor a[2];
	ssize_t got;
	int ok[2], own = fd < 0;

	memset(out, 0, sizeof(*out));
	if (own) {
		fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
		if (fd < 0 && errno == ENOENT)
			return BB_ENOTFOUND;
		if (fd < 0)
			return diag_add(d, BB_EIO, path, 0, "audit_anchor",
					"cannot read the audit trail's anchor: %s", strerror(errno));
	}
	memset(buf, 0, sizeof(buf));
	/* writers finish their appends in any order, outside the trail's lock: see audit_anchor_write */
	while (flock(fd, LOCK_SH) != 0 && errno == EINTR)
		;
	got = pread(fd, buf, sizeof(buf), 0);
	flock(fd, LOCK_UN);
	if (own)
		close(fd);
	if (got < 0)
		return diag_add(d, BB_EIO, path, 0, "audit_anchor",
				"cannot read the audit trail's anchor: %s", strerror(errno));
	if (got == 0)
		return BB_ENOTFOUND;
	ok[0] = read_slot(&a[0], buf, chain_key);
	ok[1] = got > SLOT && read_slot(&a[1], buf + SLOT, chain_key);
	if (!ok[0] && !ok[1])
		return diag_add(d, BB_ECORRUPT, path, 0, "audit_anchor",
				"the audit trail's anchor does not verify under the audit key"
				" (altered, damaged, or written with another key)");
	*out = ok[0] && (!ok[1] || a[0].seq >= a[1].seq) ? a[0] : a[1];
	return BB_OK;
}

int audit_anchor_write(int fd, const char *path, const unsigned char chain_key[AUDIT_KEY_LEN],
		 uint64_t seq, const char hash[AUDIT_HASH_HEX + 1], diag_list *d)
{
	char slot[SLOT + 1], mac[AUDIT_HASH_HEX + 1];
	int n;

	if (slot_mac(mac, chain_key, seq, hash) != 0)
		return diag_add(d, BB_ERROR, path, 0, "audit_anchor", "cannot compute HMAC-SHA256");
	n = snprintf(slot, sizeof(slot), "%s %" PRIu64 " %s %s", MAGIC, seq, hash, mac);
	if (n < 0 || n >= SLOT)
		return diag_add(d, BB_ERROR, path, 0, "audit_anchor", "anchor too long");
	memset(slot + n, ' ', (size_t)(SLOT - 1 - n));
	slot[SLOT - 1] = '\n';
	/*
	 * The anchor is written after the trail's fdatasync, which appends
	 * share outside the trail's lock: a lock of its own keeps a reader from
	 * seeing a slot half-written by another thread or process.
	 */
	while (flock(fd, LOCK_EX) != 0)
		if (errno != EINTR)
			return diag_add(d, BB_EIO, path, 0, "audit_anchor",
					"cannot lock the audit trail's anchor: %s", strerror(errno));
	n = pwrite(fd, slot, SLOT, (off_t)(seq % 2) * SLOT) == SLOT ? 0 : errno;
	flock(fd, LOCK_UN);
	if (n)
		return diag_add(d, BB_EIO, path, 0, "audit_anchor",
				"cannot write the audit trail's anchor: %s", strerror(n));
	return BB_OK;
}
