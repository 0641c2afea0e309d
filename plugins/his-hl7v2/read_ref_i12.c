/*
 * REF^I12 as a whole: the message header, the order of segments (an OBX
 * only inside an OBR group), RF1, the consent (CON) and the letter (NTE),
 * handing PID, PRD, DG1 and OBX to their readers.
 */
#include <stdlib.h>
#include <string.h>

#include "hl7v2.h"

/* Segments REF_I12 v2.5 may hold that carry nothing we need: skipped. */
static const char *const skipped[] = {
	"SFT", "AUT", "CTD", "NK1", "GT1", "IN1", "IN2", "IN3", "ACC", "DRG", "AL1", "PR1",
	"PV1", "PV2", NULL
};

static int is_skipped(const char *name)
{
	size_t i;

	if (name[0] == 'Z')  /* local Z-segments: ignored, as HL7 v2 asks */
		return 1;
	for (i = 0; skipped[i]; i++)
		if (strcmp(skipped[i], name) == 0)
			return 1;
	return 0;
}

static void read_header(hl7_reader *rd, const er7_segment *msh)
{
	char *type = rd_get(rd, msh, 9, 1, 1, 0), *event = rd_get(rd, msh, 9, 1, 2, 0);
	char *version = rd_get(rd, msh, 12, 1, 1, 0);

	if (!type || strcmp(type, "REF") != 0 || !event || strcmp(event, "I12") != 0)
		rd_problem(rd, msh, 9, "message type %.10s^%.10s is not REF^I12", type ? type : "",
			   event ? event : "");
	if (!version || strncmp(version, "2.5", 3) != 0 || (version[3] && version[3] != '.'))
		rd_problem(rd, msh, 12, "version \"%.10s\" is not 2.5", version ? version : "");
	/* MSH-6 receiving facility: the destination id of the receiver */
	rd_set(rd, msh, 6, 1, 1, 0, BB_REF_RECEIVER_ID);
	free(type);
	free(event);
	free(version);
}

static void set_datetime(hl7_reader *rd, const er7_segment *seg, unsigned field, int model_field,
			 int date_only)
{
	char *v = rd_get(rd, seg, field, 1, 1, 0);
	char iso[40];
	int ok;

	if (!v)
		return;
	ok = date_only ? dtm_to_date(v, iso) : dtm_to_datetime(v, iso);
	if (ok) {
		rd_locate(rd, seg, field);
		bb_referral_set(rd->out, model_field, iso);
	} else {
		rd_problem(rd, seg, field, "\"%.40s\" is not a date/time (YYYYMMDD[HHMM[SS]][+ZZZZ])", v);
	}
	free(v);
}

static void read_rf1(hl7_reader *rd, const er7_segment *rf1)
{
	char *priority = rd_get(rd, rf1, 2, 1, 1, 0), *type = rd_get(rd, rf1, 3, 1, 1, 0);
	const kind_entry *k;
	char local[64];

	if (priority) {
		if (table_priority(priority)) {
			rd_locate(rd, rf1, 2);
			bb_referral_set(rd->out, BB_REF_PRIORITY, table_priority(priority));
		} else
			rd_problem(rd, rf1, 2, "priority \"%.10s\" is not R, A or S (HL7 table 0280)", priority);
	}
	if (!type) {
		rd_problem(rd, rf1, 3, "the referral type is needed (GLI, BWC, SPOLI, SPOLI-FYS, SPOLI-SPEC, SPOLI-BWC, REG)");
	} else if (bb_host_code(local, sizeof(local), rd->host, MAP_REFERRAL_TYPES, type) == 1) {
		/* the HIS's own code, as the installation maps it: "kind" or "kind/track" */
		char *slash = strchr(local, '/');
		if (slash)
			*slash++ = '\0';
		rd_locate(rd, rf1, 3);
		bb_referral_set(rd->out, BB_REF_KIND, local);
		if (slash)
			bb_referral_set(rd->out, BB_REF_TRACK, slash);
	} else if ((k = table_referral_type(type)) == NULL) {
		rd_problem(rd, rf1, 3, "referral type \"%.20s\" is not GLI, BWC, SPOLI, SPOLI-FYS, SPOLI-SPEC, SPOLI-BWC or REG, "
			   "nor a code of the HIS's own in the configuration's [his \"his-hl7v2\"] "
			   MAP_REFERRAL_TYPES " (e.g. %.20s=beweegcoach)", type, type);
	} else {
		rd_locate(rd, rf1, 3);
		bb_referral_set(rd->out, BB_REF_KIND, k->kind);
		if (k->track)
			bb_referral_set(rd->out, BB_REF_TRACK, k->track);
	}
	rd_set(rd, rf1, 6, 1, 1, 0, BB_REF_ID);
	if (!rd_reps(rd, rf1, 6))
		rd_problem(rd, rf1, 6, "the referral id (originating referral identifier) is needed");
	set_datetime(rd, rf1, 7, BB_REF_AUTHORED, 0);
	set_datetime(rd, rf1, 8, BB_REF_VALID_UNTIL, 1);
	read_rf1_reasons(rd, rf1);
	free(priority);
	free(type);
}

/*
 * CON (v2.5 chapter 9): CON-11 consent status (table 0498: A active =
 * given, R refused and X rescinded = not given), CON-13 decision time.
 */
static void read_consent(hl7_reader *rd, const er7_segment *con)
{
	char *status = rd_get(rd, con, 11, 1, 1, 0);

	if (status && strcmp(status, "A") == 0) {
		rd_locate(rd, con, 11);
		bb_referral_set(rd->out, BB_REF_CONSENT, "yes");
	} else if (status && (strcmp(status, "R") == 0 || strcmp(status, "X") == 0)) {
		rd_locate(rd, con, 11);
		bb_referral_set(rd->out, BB_REF_CONSENT, "no");
	} else {
		rd_problem(rd, con, 11, "consent status \"%.10s\" is not A (given), R (refused) or X (withdrawn)",
			   status ? status : "");
	}
	set_datetime(rd, con, 13, BB_REF_CONSENT_DATE, 0);
	free(status);
}

/* Append text to a growing letter, a line break between parts. */
static int append(char **acc, const char *text)
{
	size_t old = *acc ? strlen(*acc) : 0, add = strlen(text);
	char *bigger = realloc(*acc, old + add + 2);

	if (!bigger)
		return -1;
	if (old)
		bigger[old++] = '\n';
	memcpy(bigger + old, text, add + 1);
	*acc = bigger;
	return 0;
}

/* FT line breaks (\.br\) become real ones; other formatting stays as text. */
static void formatted_breaks(char *s, char esc)
{
	char pattern[6] = { esc, '.', 'b', 'r', esc, '\0' };
	char *p, *o = s;

	while ((p = strstr(s, pattern)) != NULL) {
		size_t n = (size_t)(p - s);
		memmove(o, s, n);
		o += n;
		*o++ = '\n';
		s = p + 5;
	}
	memmove(o, s, strlen(s) + 1);
}

/*
 * A message-level NTE: NTE-3 comment lines; NTE-4 WENSEN marks the
 * patient's wishes, HULPVRAAG the patient's goal (a triage plans towards it).
 */
static void read_note(hl7_reader *rd, const er7_segment *nte, char **letter, char **wishes,
		      char **goal)
{
	char *type = rd_get(rd, nte, 4, 1, 1, 0);
	size_t r, n = rd_reps(rd, nte, 3);

	for (r = 1; r <= n; r++) {
		char *line = rd_get(rd, nte, 3, (unsigned)r, 0, 0);
		if (line) {
			formatted_breaks(line, rd->m->d.escape);
			append(type && strcmp(type, "WENSEN") == 0 ? wishes :
			       type && strcmp(type, "HULPVRAAG") == 0 ? goal : letter, line);
		}
		free(line);
	}
	free(type);
}

typedef struct counts {
	int rf1, pid, con, rp, rt, pp;
	unsigned last_nte_segment;
} counts;

static void finish(hl7_reader *rd, const counts *c, char *letter, char *wishes, char *goal)
{
	const er7_segment *msh = &rd->m->segs[0];

	if (letter || wishes || goal) {
		bb_referral_locate(rd->out, c->last_nte_segment, "NTE-3");
		bb_referral_set(rd->out, BB_REF_LETTER, letter);
		bb_referral_set(rd->out, BB_REF_PREFERENCES, wishes);
		bb_referral_set(rd->out, BB_REF_GOAL, goal);
	}
	if (!c->rf1)
		rd_problem(rd, msh, 0, "no RF1 segment: the referral id and type are in RF1");
	if (!c->pid)
		rd_problem(rd, msh, 0, "no PID segment: a referral needs its patient");
	if (!c->rp)
		rd_problem(rd, msh, 0, "no PRD with role RP: a referral needs the referring GP");
	if (!c->rt)
		rd_problem(rd, msh, 0, "no PRD with role RT: a referral needs its receiver");
}

int read_ref_i12(const er7_message *m, bb_referral *out)
{
	return read_ref_i12_host(NULL, m, out);
}

int read_ref_i12_host(const bb_host *host, const er7_message *m, bb_referral *out)
{
	hl7_reader rd = { m, out, "", host };
	const er7_segment *obr = NULL;
	char *letter = NULL, *wishes = NULL, *goal = NULL;
	size_t i, last_observation = 0;
	counts c;

	memset(&c, 0, sizeof(c));
	/*
	 * NTEs after the last OBR/OBX are the letter, although the grammar
	 * would give them to that OBX: HIS exports put the letter at the end
	 * whether or not there were observations (docs/his-hl7v2.md).
	 */
	for (i = 0; i < m->nsegs; i++)
		if (strcmp(m->segs[i].name, "OBR") == 0 || strcmp(m->segs[i].name, "OBX") == 0)
			last_observation = i;
	read_header(&rd, &m->segs[0]);
	for (i = 1; i < m->nsegs; i++) {
		const er7_segment *s = &m->segs[i];
		const char *n = s->name;
		int in_group = obr != NULL;
		/* an OBR group is the OBR and the OBX and NTE segments after it */
		if (strcmp(n, "OBX") != 0 && strcmp(n, "NTE") != 0)
			obr = NULL;
		if (strcmp(n, "RF1") == 0) {
			if (c.rf1++)
				rd_problem(&rd, s, 0, "a second RF1 segment");
			else
				read_rf1(&rd, s);
		} else if (strcmp(n, "PRD") == 0) {
			read_provider(&rd, s, &c.rp, &c.rt, &c.pp);
		} else if (strcmp(n, "PID") == 0) {
			if (c.pid++)
				rd_problem(&rd, s, 0, "a second PID segment");
			else
				read_patient(&rd, s);
		} else if (strcmp(n, "DG1") == 0) {
			read_diagnosis(&rd, s);
		} else if (strcmp(n, "OBR") == 0) {
			obr = s;
		} else if (strcmp(n, "OBX") == 0) {
			if (!in_group)
				rd_problem(&rd, s, 0, "an OBX outside an OBR group: every OBX must follow its OBR");
			else
				read_observation(&rd, s, obr);
		} else if (strcmp(n, "NTE") == 0) {
			/* notes inside an OBR group belong to the observations */
			if (!in_group || i > last_observation) {
				read_note(&rd, s, &letter, &wishes, &goal);
				c.last_nte_segment = s->number;
			}
		} else if (strcmp(n, "CON") == 0) {
			if (c.con++)
				rd_problem(&rd, s, 0, "a second CON segment");
			else
				read_consent(&rd, s);
		} else if (!is_skipped(n)) {
			rd_problem(&rd, s, 0, "segment %s has no place in a REF^I12", n);
		}
	}
	finish(&rd, &c, letter, wishes, goal);
	free(letter);
	free(wishes);
	free(goal);
	return BB_OK;
}
