/*
 * libFuzzer target: the audit trail read back (issue 15). The input is a
 * trail file and an anchor file as someone with write access could leave
 * them: verify must say intact or broken (with a line and a reason) and
 * never crash, and a record it calls intact must be one the key made. The
 * files live in a private directory under /dev/shm (or TMPDIR).
 *
 * Input: the first byte says where the anchor ends (byte * 4, capped),
 * the anchor's bytes, then the trail's. Lines that begin with "@" are
 * replaced by a record of ours chained after the line before, so the
 * fuzzer reaches the checks that come after a valid HMAC (sequence,
 * links, rotation, gaps, the anchor).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "audit/audit.h"
#include "beweegbrug.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const unsigned char key[AUDIT_KEY_LEN] = {
	9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 11, 12, 13, 14, 15, 16,
	17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32
};

static char dir[256], trail[300], anchor[300];

/* The private directory goes with the process (not after a crash: it is evidence then). */
static void remove_dir(void)
{
	unlink(trail);
	unlink(anchor);
	rmdir(dir);
}

static void write_file(const char *path, const void *p, size_t n)
{
	FILE *f = fopen(path, "wb");

	if (!f || (n && fwrite(p, 1, n, f) != n) || fclose(f) != 0)
		abort();
}

static int check_intact(const audit_line *l, unsigned lineno, void *payload)
{
	(void)lineno;
	(void)payload;
	/* called for intact records only: each must carry a 64-digit hash and a sequence */
	if (!l->seq || strlen(l->hash) != AUDIT_HASH_HEX || strlen(l->prev) != AUDIT_HASH_HEX)
		abort();
	return 0;
}

/* Room for k more bytes in out (grown: an "@" line of two bytes becomes a record of ~300). */
static char *room(char *out, size_t *cap, size_t n, size_t k)
{
	while (n + k >= *cap) {
		*cap *= 2;
		if (!(out = realloc(out, *cap)))
			abort();
	}
	return out;
}

/* The trail with each "@detail" line made a valid record of ours (sequence n, chained). */
static char *expand(const char *text, size_t len, size_t *out_len)
{
	char prev[AUDIT_HASH_HEX + 1], hash[AUDIT_HASH_HEX + 1];
	size_t cap = len * 4 + 4096, n = 0, i = 0;
	char *out = malloc(cap);
	uint64_t seq = 0;

	memset(prev, '0', AUDIT_HASH_HEX);
	prev[AUDIT_HASH_HEX] = '\0';
	if (!out)
		abort();
	while (i < len) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - text) : len;

		if (text[i] == '@' && end - i < 200) {
			char detail[256], *line;
			audit_rec r;
			size_t k;

			memcpy(detail, text + i + 1, end - i - 1);
			detail[end - i - 1] = '\0';
			memset(&r, 0, sizeof(r));
			/* "@R..." a rotation record, "@G..." a gap, else a plain one */
			r.event = detail[0] == 'R' ? "audit.rotated" : detail[0] == 'G' ? "audit.gap"
										  : "referral.queued";
			r.detail = detail[0] ? detail + 1 : NULL;
			seq = detail[0] == 'R' ? 7 : seq + 1;
			line = audit_format(key, seq, "2026-01-01T00:00:00.000Z", &r, prev, hash);
			if (!line)
				abort();
			k = strlen(line);
			out = room(out, &cap, n, k);
			memcpy(out + n, line, k);
			n += k;
			free(line);
			memcpy(prev, hash, sizeof(prev));
		} else {
			size_t k = end - i + (nl ? 1 : 0);
			out = room(out, &cap, n, k);
			memcpy(out + n, text + i, k);
			n += k;
		}
		i = end + 1;
	}
	*out_len = n;
	return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	diag_list d = DIAG_LIST_INIT;
	audit_verdict v;
	audit_anchor an;
	size_t alen, tlen;
	char *t;
	int rc;

	if (!dir[0]) {
		const char *base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : getenv("TMPDIR");
		snprintf(dir, sizeof(dir), "%s/bbfuzz.XXXXXX", base ? base : "/tmp");
		if (!mkdtemp(dir))
			abort();
		snprintf(trail, sizeof(trail), "%s/audit.log", dir);
		snprintf(anchor, sizeof(anchor), "%s/audit.log.anchor", dir);
		atexit(remove_dir);
	}
	if (!size)
		return 0;
	alen = (size_t)data[0] * 4;
	if (alen > size - 1)
		alen = size - 1;
	write_file(anchor, data + 1, alen);
	t = expand((const char *)data + 1 + alen, size - 1 - alen, &tlen);
	write_file(trail, t, tlen);
	free(t);
	rc = audit_anchor_read(&an, -1, anchor, key, &d);
	if (rc == BB_OK && (!an.seq || strlen(an.hash) != AUDIT_HASH_HEX))
		abort();
	rc = audit_verify_file(trail, anchor, key, &v, check_intact, NULL, &d);
	if (rc == BB_EINPUT && (!v.first_bad || !v.why[0]))
		abort();   /* broken, but not said where or why */
	if (rc == BB_OK && v.first_bad)
		abort();
	/* the same without the anchor: the chain alone */
	audit_verify_file(trail, NULL, key, &v, NULL, NULL, &d);
	diag_free(&d);
	return 0;
}
