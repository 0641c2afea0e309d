/*
 * his-hl7v2 internals shared by the plugin's files (never installed).
 * The reader maps REF^I12 segments to the canonical referral; the writers
 * make ORU^R01 feedback and ACK messages.
 */
#ifndef HL7V2_H
#define HL7V2_H

#include <stddef.h>

#include "beweegbrug/sys/plugin.h"
#include "er7.h"

/* ---- reading ------------------------------------------------------------ */

typedef struct hl7_reader {
	const er7_message *m;
	bb_referral *out;
	char where[24];
	const bb_host *host;     /* the installation's code maps; NULL: the default tables only */
} hl7_reader;

/* Name the place ("PID-3") so that the model's problems say where they are. */
void rd_locate(hl7_reader *rd, const er7_segment *seg, unsigned field);
/*
 * The decoded leaf at field/rep/comp/sub (1-based; 0 for "all of it"), or
 * NULL when empty or absent. A bad escape is a problem at that field.
 * Free the result with free().
 */
char *rd_get(hl7_reader *rd, const er7_segment *seg, unsigned field, unsigned rep,
	     unsigned comp, unsigned sub);
/* Set a model field from a leaf; nothing when the leaf is empty. */
void rd_set(hl7_reader *rd, const er7_segment *seg, unsigned field, unsigned rep,
	    unsigned comp, unsigned sub, int model_field);
/* Record a problem at segment `seg`, field `field`. */
void rd_problem(hl7_reader *rd, const er7_segment *seg, unsigned field, const char *fmt, ...)
	BB_FORMAT(4, 5);
/* Repetitions of a field the reader will look at; more is a problem. */
#define HL7_MAX_REPETITIONS 100u
/* How many repetitions field `field` has (0 when empty or over the limit). */
size_t rd_reps(hl7_reader *rd, const er7_segment *seg, unsigned field);

/* Phone and e-mail from an XTN field (model field 0: not wanted). */
void read_telecom(hl7_reader *rd, const er7_segment *seg, unsigned field, int phone_field,
		  int email_field);
void read_patient(hl7_reader *rd, const er7_segment *pid);
void read_provider(hl7_reader *rd, const er7_segment *prd, int *seen_rp, int *seen_rt,
		   int *seen_pp);
void read_diagnosis(hl7_reader *rd, const er7_segment *dg1);
void read_rf1_reasons(hl7_reader *rd, const er7_segment *rf1);
void read_observation(hl7_reader *rd, const er7_segment *obx, const er7_segment *obr);
int read_ref_i12(const er7_message *m, bb_referral *out);
/* The same with the installation's code maps ([his "his-hl7v2"]) before the default tables. */
int read_ref_i12_host(const bb_host *host, const er7_message *m, bb_referral *out);

/* The code maps an installation may give (configuration [his "his-hl7v2"]). */
#define MAP_REFERRAL_TYPES "referral_types"

/* ---- HL7 DTM <-> ISO 8601 ------------------------------------------------ */

/* "19700517..." -> "1970-05-17"; 0 when it is not at least a full date. */
int dtm_to_date(const char *dtm, char out[11]);
/*
 * A DTM as a FHIR dateTime: a date alone stays a date; a time gets its
 * zone from the DTM or, without one, the Dutch zone (CET/CEST) of that
 * day, since a Dutch HIS writes local time. 0 when malformed.
 */
int dtm_to_datetime(const char *dtm, char out[40]);
/* An ISO date or date-time back to a DTM ("2026-11-20T10:15:00+01:00" -> "20261120101500+0100"). */
int iso_to_dtm(const char *iso, char out[32]);

/* ---- local tables ------------------------------------------------------ */

typedef struct kind_entry {
	const char *code;      /* RF1-3 code */
	const char *kind;      /* BB_REF_KIND */
	const char *track;     /* BB_REF_TRACK or NULL */
} kind_entry;

const kind_entry *table_referral_type(const char *code);
const char *table_priority(const char *code);
const char *table_gender(const char *code);
int table_is_icpc(const char *system);
int table_is_nhg45(const char *system);
/* PRD-7 identifier types (PLN.2) we read. */
enum { PLN_UNKNOWN, PLN_AGB, PLN_URA, PLN_UZI, PLN_BIG, PLN_OFFER };
int table_pln_type(const char *type);
/* Task status -> Dutch words for the journal, and OBR-25 result status. */
const char *table_status_text(const char *status);
const char *table_result_status(const char *status);

/* ---- writing ------------------------------------------------------------ */

/* A growing string owned by the plugin (tests have no host buffer). */
typedef struct hl7_out {
	char *p;
	size_t len, cap;
	int failed;
} hl7_out;

void out_add(hl7_out *o, const char *s, size_t n);
void out_str(hl7_out *o, const char *s);
void out_printf(hl7_out *o, const char *fmt, ...) BB_FORMAT(2, 3);
/* Text with our delimiters (|^~\&) and line breaks escaped; NULL adds nothing. */
void out_esc(hl7_out *o, const char *text);
/* The same for text that may not be valid UTF-8 (cut messages): bad bytes become '?'. */
void out_esc_text(hl7_out *o, const char *text);
void out_free(hl7_out *o);

/* A message control id derived from `seed` (deterministic; plugins keep no state). */
void hl7_control_id(char out[21], const char *prefix, const char *seed);
/* Now as an HL7 DTM in UTC ("20261120091500+0000"). */
void hl7_now(char out[32]);

/* The feedback as ORU^R01 (see docs/his-hl7v2.md); `now` is a DTM. */
int hl7_write_feedback(hl7_out *o, const bb_feedback *fb, const char *now);

/* ---- acknowledgements ---------------------------------------------------- */

typedef struct hl7_ack_problem {
	unsigned segment;       /* segment number, 0 if unknown */
	const char *where;      /* "PID-3" or NULL */
	const char *text;
} hl7_ack_problem;

/*
 * The original-mode ACK for a received message `data`: AA when there are
 * no problems; AR when the message cannot be taken at all (no readable
 * MSH, not REF^I12, not v2.5, unsupported processing id); AE when its
 * content has problems, with one ERR segment each. Returns the code
 * written ("AA", "AE", "AR").
 */
const char *hl7_ack_build(hl7_out *o, const unsigned char *data, size_t len,
			  const hl7_ack_problem *problems, size_t count, const char *now,
			  const char *control_id);
/* The same, answering AR with `not_now` (NULL: none) when the host cannot take the message now. */
const char *hl7_ack_build_now(hl7_out *o, const unsigned char *data, size_t len,
			      const hl7_ack_problem *problems, size_t count, const char *not_now,
			      const char *now, const char *control_id);

/*
 * The HIS's ACK to a message we sent (`sent`, our ORU^R01): 0 accepted
 * (MSA-1 AA or CA and MSA-2 our MSH-10); 1 try again later (AR, CR);
 * 2 refused (AE, CE); -1 not an answer to it. `why` says what it was.
 */
int hl7_check_answer(const unsigned char *sent, size_t sent_len, const unsigned char *answer,
		     size_t answer_len, char *why, size_t why_size);

#endif
