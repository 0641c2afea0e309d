/*
 * Original-mode acknowledgement (HL7 v2.5 chapter 2.9) for a received
 * REF^I12: ACK^I12^ACK with MSA-1
 *   AR  rejected: the message cannot be taken at all (no readable MSH,
 *       not REF^I12, not version 2.5, unknown processing id);
 *   AE  error: it was read, but its content has problems;
 *   AA  accepted.
 * Each problem becomes an ERR segment with its location (ERR-2, ERL), an
 * HL7 table 0357 code (ERR-3), severity E (ERR-4) and our text (ERR-8).
 * When the host cannot take the message now (bb_host_not_now), AR with
 * ERR-3 207 and the host's reason: the sender should send it again later.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hl7v2.h"

/* HL7 table 0357, guessed from our own wording of problems. */
static const char *error_code(const char *text)
{
	if (strstr(text, "is needed") || strncmp(text, "no ", 3) == 0 || strstr(text, "is empty"))
		return "101^Required field missing^HL70357";
	if (strstr(text, "outside") || strstr(text, "a second") || strstr(text, "has no place"))
		return "100^Segment sequence error^HL70357";
	if (strstr(text, "is not one of") || strstr(text, "table"))
		return "103^Table value not found^HL70357";
	return "102^Data type error^HL70357";
}

/* "PID-3" -> segment name and field number. */
static void split_where(const char *where, char name[4], unsigned *field)
{
	const char *dash;

	name[0] = '\0';
	*field = 0;
	if (!where || strlen(where) < 3)
		return;
	memcpy(name, where, 3);
	name[3] = '\0';
	dash = strchr(where, '-');
	if (dash)
		*field = (unsigned)strtoul(dash + 1, NULL, 10);
}

/* Which occurrence of its name the segment with this number is. */
static unsigned occurrence(const er7_message *m, unsigned number, const char *name)
{
	unsigned k = 0;
	size_t i;

	if (!m)
		return 1;
	for (i = 0; i < m->nsegs && m->segs[i].number <= number; i++)
		if (strcmp(m->segs[i].name, name) == 0)
			k++;
	return k ? k : 1;
}

static void err_segment(hl7_out *o, const er7_message *m, unsigned segment, const char *where,
			const char *code, const char *text)
{
	char name[4];
	unsigned field;

	split_where(where, name, &field);
	out_str(o, "ERR||");
	if (name[0]) {
		out_esc(o, name);
		out_printf(o, "^%u", occurrence(m, segment, name));
		if (field)
			out_printf(o, "^%u", field);
	}
	out_printf(o, "|%s|E||||", code);
	/* problem texts quote input, sometimes cut inside a UTF-8 sequence */
	out_esc_text(o, text);
	out_str(o, "\r");
}

/* A decoded leaf of the received MSH, or NULL. */
static char *msh_value(const er7_message *m, unsigned field, unsigned comp)
{
	er7_slice s;
	char *v = NULL;

	if (!m || !er7_at(m, &m->segs[0], field, 1, comp, 0, &s) || s.n == 0)
		return NULL;
	if (er7_decode(m, s, &v, NULL) != 0)
		return NULL;
	return v;
}

/* Why the message as a whole cannot be taken, or NULL. */
static const char *reject_reason(const er7_message *m, const char **code, unsigned *field)
{
	char *type = msh_value(m, 9, 1), *event = msh_value(m, 9, 2);
	char *version = msh_value(m, 12, 1), *processing = msh_value(m, 11, 1);
	const char *why = NULL;

	if (!type || strcmp(type, "REF") != 0 || !event || strcmp(event, "I12") != 0) {
		why = "only REF^I12 messages are accepted";
		*code = "200^Unsupported message type^HL70357";
		*field = 9;
	} else if (!version || strncmp(version, "2.5", 3) != 0) {
		why = "only HL7 version 2.5 is accepted";
		*code = "203^Unsupported version id^HL70357";
		*field = 12;
	} else if (!processing || !strchr("PTD", processing[0]) || processing[1]) {
		why = "processing id must be P, T or D";
		*code = "202^Unsupported processing id^HL70357";
		*field = 11;
	}
	free(type);
	free(event);
	free(version);
	free(processing);
	return why;
}

/*
 * A message that cannot be read as a whole (too large, bad bytes further
 * on) may still have a readable MSH: the answer is then addressed to its
 * sender and names its control id, so the sender can match it.
 */
static int parse_head(er7_message *head, const unsigned char *data, size_t len)
{
	er7_error err;
	size_t n = 0;

	if (len && data[0] == 0x0b) {
		data++;
		len--;
	}
	while (n < len && n < 65536 && data[n] != '\r' && data[n] != '\n')
		n++;
	return n >= 8 && n < 65536 && er7_parse(head, data, n, &err) == 0 ? 0 : -1;
}

const char *hl7_ack_build(hl7_out *o, const unsigned char *data, size_t len,
			  const hl7_ack_problem *problems, size_t count, const char *now,
			  const char *control_id)
{
	return hl7_ack_build_now(o, data, len, problems, count, NULL, now, control_id);
}

const char *hl7_ack_build_now(hl7_out *o, const unsigned char *data, size_t len,
			      const hl7_ack_problem *problems, size_t count, const char *not_now,
			      const char *now, const char *control_id)
{
	er7_message m, head;
	er7_error err;
	const er7_message *mp = NULL, *hp = NULL;
	const char *ack = "AA", *why = NULL, *code = NULL;
	char *app, *facility, *control, *processing;
	unsigned field = 0;
	char where[16];
	size_t i;

	if (er7_parse(&m, data, len, &err) == 0)
		mp = &m;
	else if (parse_head(&head, data, len) == 0)
		hp = &head;
	if (!mp)
		ack = "AR";
	else if ((why = reject_reason(mp, &code, &field)) != NULL)
		ack = "AR";
	else if (not_now)
		ack = "AR";
	else if (count)
		ack = "AE";
	app = msh_value(mp ? mp : hp, 3, 1);
	facility = msh_value(mp ? mp : hp, 4, 1);
	control = msh_value(mp ? mp : hp, 10, 1);
	processing = msh_value(mp ? mp : hp, 11, 1);

	out_str(o, "MSH|^~\\&|BEWEEGBRUG|BEWEEGBRUG|");
	out_esc(o, app);
	out_str(o, "|");
	out_esc(o, facility);
	out_printf(o, "|%s||ACK^I12^ACK|", now);
	out_esc(o, control_id);
	out_printf(o, "|%s|2.5|||||||UNICODE UTF-8\r",
		   processing && strchr("PTD", processing[0]) && !processing[1] ? processing : "P");
	out_printf(o, "MSA|%s|", ack);
	out_esc(o, control);
	out_str(o, "\r");
	if (!mp)
		err_segment(o, NULL, err.segment, err.where, "102^Data type error^HL70357",
			    err.message);
	if (why) {
		snprintf(where, sizeof(where), "MSH-%u", field);
		err_segment(o, mp, 1, where, code, why);
	}
	if (mp && !why && not_now)
		err_segment(o, mp, 0, NULL, "207^Application internal error^HL70357", not_now);
	for (i = 0; i < count; i++)
		err_segment(o, mp, problems[i].segment, problems[i].where,
			    error_code(problems[i].text), problems[i].text);
	free(app);
	free(facility);
	free(control);
	free(processing);
	if (mp)
		er7_free(&m);
	if (hp)
		er7_free(&head);
	return ack;
}

/* The ERR-8 text of an answer, or its MSA-3, for the log. */
static char *answer_text(const er7_message *m)
{
	const er7_segment *seg = er7_find(m, "ERR", 1);
	er7_slice s;
	char *v = NULL;

	if (seg && er7_at(m, seg, 8, 1, 0, 0, &s) && s.n && er7_decode(m, s, &v, NULL) == 0)
		return v;
	seg = er7_find(m, "MSA", 1);
	if (seg && er7_at(m, seg, 3, 1, 0, 0, &s) && s.n && er7_decode(m, s, &v, NULL) == 0)
		return v;
	return NULL;
}

int hl7_check_answer(const unsigned char *sent, size_t sent_len, const unsigned char *answer,
		     size_t answer_len, char *why, size_t why_size)
{
	er7_message ours, theirs;
	er7_error err;
	const er7_segment *msa;
	er7_slice code = { NULL, 0 }, ref = { NULL, 0 }, ctl = { NULL, 0 };
	char *text = NULL;
	int rc = -1;

	snprintf(why, why_size, "the answer cannot be read");
	if (er7_parse(&ours, sent, sent_len, &err) != 0)
		return -1;
	if (er7_parse(&theirs, answer, answer_len, &err) != 0) {
		snprintf(why, why_size, "the answer is not HL7 v2: %s", err.message);
		er7_free(&ours);
		return -1;
	}
	msa = er7_find(&theirs, "MSA", 1);
	er7_at(&ours, &ours.segs[0], 10, 1, 0, 0, &ctl);
	if (!msa || !er7_at(&theirs, msa, 1, 1, 0, 0, &code) || code.n != 2) {
		snprintf(why, why_size, "the answer has no MSA-1");
	} else if (!er7_at(&theirs, msa, 2, 1, 0, 0, &ref) || ref.n != ctl.n ||
		   (ctl.n && memcmp(ref.p, ctl.p, ctl.n) != 0)) {
		snprintf(why, why_size, "the answer's MSA-2 \"%.*s\" is not our control id \"%.*s\"",
			 (int)(ref.n > 40 ? 40 : ref.n), ref.n ? ref.p : "", (int)ctl.n,
			 ctl.n ? ctl.p : "");
	} else {
		text = answer_text(&theirs);
		if (er7_eq(code, "AA") || er7_eq(code, "CA"))
			rc = 0;
		else if (er7_eq(code, "AR") || er7_eq(code, "CR"))
			rc = 1;
		else if (er7_eq(code, "AE") || er7_eq(code, "CE"))
			rc = 2;
		snprintf(why, why_size, "the HIS answered %.2s%s%.200s", code.p, text ? ": " : "",
			 text ? text : "");
		free(text);
	}
	er7_free(&ours);
	er7_free(&theirs);
	return rc;
}
