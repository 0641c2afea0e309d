/*
 * ER7 tokenizer: framing, delimiters, character set, segment table.
 * See er7.h for what it promises.
 */
#include "er7.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"

static int fail(er7_error *err, unsigned segment, const char *where, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static int fail(er7_error *err, unsigned segment, const char *where, const char *fmt, ...)
{
	va_list ap;

	if (err) {
		err->segment = segment;
		snprintf(err->where, sizeof(err->where), "%s", where);
		va_start(ap, fmt);
		vsnprintf(err->message, sizeof(err->message), fmt, ap);
		va_end(ap);
	}
	return -1;
}

static int is_upper_or_digit(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/*
 * Which segment and field byte `offset` of `data` falls in, for error
 * messages about bytes before the segment table exists. Segments are
 * counted as er7_parse counts them: empty lines do not count.
 */
static void locate(const unsigned char *data, size_t len, size_t offset, char fs,
		   unsigned *segment, char *where, size_t where_size)
{
	unsigned seg = 0, field = 0;
	size_t i, start = 0;
	int line_start = 1;
	char name[4] = "???";

	if (offset > len)
		offset = len;
	for (i = 0; i < offset; i++) {
		if (data[i] == '\r' || data[i] == '\n') {
			line_start = 1;
			continue;
		}
		if (line_start) {
			seg++;
			start = i;
			field = 0;
		}
		line_start = 0;
		if ((char)data[i] == fs && i >= start + 3)
			field++;
	}
	if (line_start || seg == 0) {
		seg++;
		start = offset;
		field = 0;
	}
	if (start + 3 <= len && is_upper_or_digit(data[start]) &&
	    is_upper_or_digit(data[start + 1]) && is_upper_or_digit(data[start + 2])) {
		memcpy(name, data + start, 3);
		name[3] = '\0';
	}
	/* MSH-1 is the separator itself, so MSH's fields count one further */
	if (strcmp(name, "MSH") == 0 && field > 0)
		field++;
	*segment = seg;
	if (field)
		snprintf(where, where_size, "%s-%u", name, field);
	else
		snprintf(where, where_size, "%s", name);
}

static int fail_at(er7_error *err, const unsigned char *data, size_t len, size_t offset,
		   char fs, const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static int fail_at(er7_error *err, const unsigned char *data, size_t len, size_t offset,
		   char fs, const char *fmt, ...)
{
	va_list ap;

	if (err) {
		locate(data, len, offset, fs, &err->segment, err->where, sizeof(err->where));
		va_start(ap, fmt);
		vsnprintf(err->message, sizeof(err->message), fmt, ap);
		va_end(ap);
	}
	return -1;
}

/* MLLP: 0x0B, the message, 0x1C 0x0D. Strips the frame; -1 if it is broken. */
static int unframe(const unsigned char **data, size_t *len, int *mllp, er7_error *err)
{
	const unsigned char *d = *data;
	size_t n = *len;

	*mllp = 0;
	if (n == 0 || d[0] != 0x0B)
		return 0;
	*mllp = 1;
	d++;
	n--;
	/* tolerate a line end after the frame's CR, as files often have one */
	if (n && d[n - 1] == '\n')
		n--;
	if (n && d[n - 1] == '\r')
		n--;
	if (n == 0 || d[n - 1] != 0x1C)
		return fail_at(err, d, n, n, '|',
			       "the MLLP frame is not closed (no 0x1C 0x0D at the end): the message is truncated");
	n--;
	*data = d;
	*len = n;
	return 0;
}

static int valid_delimiter(unsigned char c)
{
	return c > 0x20 && c < 0x7F && !is_upper_or_digit(c) && !(c >= 'a' && c <= 'z');
}

static int read_delimiters(const unsigned char *d, size_t n, er7_delims *out, er7_error *err)
{
	size_t i, j, enc_len = 0;
	char all[5];

	if (n < 3 || memcmp(d, "MSH", 3) != 0)
		return fail(err, 1, "MSH", "the message must start with an MSH segment");
	if (n < 4 || !valid_delimiter(d[3]))
		return fail(err, 1, "MSH-1",
			    "the field separator must be a printable character that is not a letter or digit");
	out->field = (char)d[3];
	while (4 + enc_len < n && d[4 + enc_len] != d[3] && d[4 + enc_len] != '\r' &&
	       d[4 + enc_len] != '\n')
		enc_len++;
	if (enc_len != 4)
		return fail(err, 1, "MSH-2",
			    "must be exactly four encoding characters (component, repetition, escape, subcomponent), not %zu",
			    enc_len);
	out->component = (char)d[4];
	out->repetition = (char)d[5];
	out->escape = (char)d[6];
	out->subcomponent = (char)d[7];
	memcpy(all, d + 3, 5);
	for (i = 0; i < 5; i++) {
		if (!valid_delimiter((unsigned char)all[i]))
			return fail(err, 1, "MSH-2",
				    "encoding characters must be printable and not letters or digits");
		for (j = i + 1; j < 5; j++)
			if (all[i] == all[j])
				return fail(err, 1, "MSH-2",
					    "the five delimiters of MSH-1 and MSH-2 must all differ");
	}
	return 0;
}

/* MSH-18, first component, trimmed: the character set. */
static int read_charset(const unsigned char *d, size_t n, const er7_delims *dl, er7_charset *cs,
			er7_error *err)
{
	size_t i = 3, start, end;
	unsigned field = 1;
	char name[32];

	/* field k of MSH starts after the (k-1)-th separator; MSH-1 is d[3] */
	while (i < n && d[i] != '\r' && d[i] != '\n' && field < 18) {
		if ((char)d[i] == dl->field)
			field++;
		i++;
	}
	*cs = ER7_UTF8;
	if (field < 18)
		return 0;
	start = i;
	while (i < n && d[i] != '\r' && d[i] != '\n' && (char)d[i] != dl->field &&
	       (char)d[i] != dl->component && (char)d[i] != dl->repetition)
		i++;
	end = i;
	while (start < end && d[start] == ' ')
		start++;
	while (end > start && d[end - 1] == ' ')
		end--;
	if (end - start >= sizeof(name))
		return fail(err, 1, "MSH-18", "unknown character set");
	for (i = start; i < end; i++) {
		unsigned char c = d[i];
		/* not yet known to be text: anything but printable ASCII shows as '?' */
		if (c < 0x20 || c > 0x7E)
			c = '?';
		name[i - start] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
	}
	name[end - start] = '\0';
	if (!name[0] || strcmp(name, "UNICODE UTF-8") == 0 || strcmp(name, "UNICODE") == 0)
		*cs = ER7_UTF8;
	else if (strcmp(name, "ASCII") == 0)
		*cs = ER7_ASCII;
	else if (strcmp(name, "8859/1") == 0)
		*cs = ER7_LATIN1;
	else
		return fail(err, 1, "MSH-18",
			    "character set \"%s\" is not supported (use UNICODE UTF-8 or 8859/1)", name);
	return 0;
}

/* Bytes that have no place in a message: controls other than CR, LF and TAB. */
static int check_controls(const unsigned char *d, size_t n, char fs, er7_error *err)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = d[i];
		if ((c < 0x20 && c != '\r' && c != '\n' && c != '\t') || c == 0x7F)
			return fail_at(err, d, n, i, fs, "control character 0x%02X in the message", c);
	}
	return 0;
}

/* Into one UTF-8 copy, checking the bytes against the declared set. */
static int to_utf8(er7_message *m, const unsigned char *d, size_t n, er7_error *err)
{
	size_t bad, cap = m->charset == ER7_LATIN1 ? 2 * n + 1 : n + 1;

	if (m->charset == ER7_UTF8 && !charset_utf8_valid(d, n, &bad))
		return fail_at(err, d, n, bad, m->d.field,
			       "bytes are not valid UTF-8 (MSH-18 says UNICODE UTF-8, or is empty)");
	if (m->charset == ER7_ASCII)
		for (bad = 0; bad < n; bad++)
			if (d[bad] > 0x7F)
				return fail_at(err, d, n, bad, m->d.field,
					       "byte 0x%02X is not ASCII (MSH-18 says ASCII)", d[bad]);
	if (m->charset == ER7_LATIN1)
		for (bad = 0; bad < n; bad++)
			if (charset_latin1_is_control(d[bad]))
				return fail_at(err, d, n, bad, m->d.field,
					       "byte 0x%02X is a control character in 8859/1", d[bad]);
	m->buf = malloc(cap);
	if (!m->buf)
		return -2;
	if (m->charset == ER7_LATIN1)
		m->buf_len = charset_latin1_to_utf8(m->buf, d, n);
	else {
		memcpy(m->buf, d, n);
		m->buf_len = n;
	}
	m->buf[m->buf_len] = '\0';
	return 0;
}

/* A segment's shape: a name, then its separator, and fields within limits. */
static int check_segment(const er7_message *m, const er7_segment *s, er7_error *err)
{
	const char *t = s->text;
	size_t i, start, fields = 0;
	char where[16];

	if (s->len < 3 || !(t[0] >= 'A' && t[0] <= 'Z') || !is_upper_or_digit((unsigned char)t[1]) ||
	    !is_upper_or_digit((unsigned char)t[2]) || (s->len > 3 && t[3] != m->d.field))
		return fail(err, s->number, s->name[0] ? s->name : "???",
			    "not a segment: a segment starts with a three-character name (e.g. PID) and \"%c\"",
			    m->d.field);
	start = 4;
	for (i = 4; i <= s->len; i++) {
		if (i < s->len && t[i] != m->d.field)
			continue;
		fields++;
		if (i - start > ER7_MAX_FIELD) {
			snprintf(where, sizeof(where), "%s-%zu", s->name,
				 strcmp(s->name, "MSH") == 0 ? fields + 1 : fields);
			return fail(err, s->number, where, "field is %zu bytes long; the limit is %u",
				    i - start, ER7_MAX_FIELD);
		}
		if (fields > ER7_MAX_FIELDS)
			return fail(err, s->number, s->name, "segment has more than %u fields",
				    ER7_MAX_FIELDS);
		start = i + 1;
	}
	return 0;
}

static int split_segments(er7_message *m, er7_error *err)
{
	size_t i = 0, k, start, count = 0, cap = 0;
	char *b = m->buf;
	size_t n = m->buf_len;

	/* count first, so the table is allocated once and bounded */
	for (i = 0; i < n; i++)
		if ((b[i] != '\r' && b[i] != '\n') && (i == 0 || b[i - 1] == '\r' || b[i - 1] == '\n'))
			count++;
	if (count > ER7_MAX_SEGMENTS)
		return fail(err, ER7_MAX_SEGMENTS + 1, "MSH", "more than %u segments", ER7_MAX_SEGMENTS);
	cap = count ? count : 1;
	m->segs = calloc(cap, sizeof(er7_segment));
	if (!m->segs)
		return -2;
	i = 0;
	while (i < n) {
		er7_segment *s;
		if (b[i] == '\r' || b[i] == '\n') {
			if (b[i] == '\n')
				m->bare_lf = 1;
			else if (i + 1 < n && b[i + 1] == '\n')
				m->bare_lf = 1;
			i++;
			continue;
		}
		start = i;
		while (i < n && b[i] != '\r' && b[i] != '\n')
			i++;
		s = &m->segs[m->nsegs++];
		s->text = b + start;
		s->len = i - start;
		s->number = (unsigned)m->nsegs;
		for (k = 0; k < 3 && k < s->len; k++) {
			unsigned char c = (unsigned char)s->text[k];
			/* a bad name is shown in messages: keep it printable ASCII */
			s->name[k] = (char)(c > 0x20 && c < 0x7F ? c : '?');
		}
		s->name[k] = '\0';
		if (check_segment(m, s, err))
			return -1;
		if (s->number > 1 && strcmp(s->name, "MSH") == 0)
			return fail(err, s->number, "MSH",
				    "a second MSH: batches of messages are not supported");
	}
	return 0;
}

int er7_parse(er7_message *m, const unsigned char *data, size_t len, er7_error *err)
{
	int rc;

	memset(m, 0, sizeof(*m));
	if (err)
		memset(err, 0, sizeof(*err));
	if (len > ER7_MAX_MESSAGE)
		return fail(err, 1, "MSH", "the message is %zu bytes; the limit is %u", len,
			    ER7_MAX_MESSAGE);
	if ((rc = unframe(&data, &len, &m->mllp, err)) != 0)
		return rc;
	if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF) {
		data += 3;  /* a UTF-8 byte order mark is not part of the message */
		len -= 3;
	}
	if (len == 0)
		return fail(err, 1, "MSH", "the message is empty");
	if ((rc = read_delimiters(data, len, &m->d, err)) != 0 ||
	    (rc = read_charset(data, len, &m->d, &m->charset, err)) != 0 ||
	    (rc = check_controls(data, len, m->d.field, err)) != 0 ||
	    (rc = to_utf8(m, data, len, err)) != 0 ||
	    (rc = split_segments(m, err)) != 0) {
		er7_free(m);
		return rc;
	}
	return 0;
}

void er7_free(er7_message *m)
{
	if (!m)
		return;
	free(m->buf);
	free(m->segs);
	memset(m, 0, sizeof(*m));
}

const er7_segment *er7_find(const er7_message *m, const char *name, unsigned occurrence)
{
	size_t i;

	for (i = 0; i < m->nsegs; i++)
		if (strcmp(m->segs[i].name, name) == 0 && --occurrence == 0)
			return &m->segs[i];
	return NULL;
}
