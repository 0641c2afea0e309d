/*
 * <beweegbrug/feedback.h>: the canonical feedback and the SOEP entry.
 * Part of the public API; programs include <beweegbrug.h>, which
 * includes every topic header. This one also compiles on its own.
 */
#ifndef BEWEEGBRUG_FEEDBACK_H
#define BEWEEGBRUG_FEEDBACK_H

#include "beweegbrug/common.h"
#include "beweegbrug/message.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- the canonical feedback (terugkoppeling) ------------------------- */

typedef struct bb_feedback bb_feedback;

typedef enum bb_feedback_field {
	BB_FB_REFERRAL_ID = 1,          /* the GP side's referral id it answers */
	BB_FB_RECEIVER_REFERENCE,       /* the receiver's own id for it */
	BB_FB_STATUS,                   /* FHIR Task status: received | accepted | rejected | in-progress | completed | failed | cancelled | on-hold */
	BB_FB_BUSINESS_STATUS,          /* BSeR business status, e.g. 3.0 */
	BB_FB_REASON_CODE,              /* coded reason (decline, stop) */
	BB_FB_REASON_TEXT,
	BB_FB_NARRATIVE,                /* the coach's short report */
	BB_FB_DATE,                     /* date-time of the feedback */
	BB_FB_INTAKE_DATE,
	BB_FB_AUTHOR_NAME,
	BB_FB_AUTHOR_ORGANIZATION,
	BB_FB_SESSIONS_ATTENDED,        /* integer */
	BB_FB_SESSIONS_MISSED,          /* integer */
	BB_FB_PRACTICE_AGB,             /* the referring practice's AGB (scopes the referral id) */
	/*
	 * The MessageHeader id of the message the feedback travels in (a UUID).
	 * Received feedback always has it: the HIS's key to recognise a repeat
	 * (applying is at least once; see bb_connector_on_feedback). When
	 * sending it is optional: bb_feedback_send with the same id twice is
	 * one message, stored and sent once.
	 */
	BB_FB_MESSAGE_ID,

	/*
	 * A triage outcome (stadspoli): the referral's Task is completed and a
	 * child Task (partOf it) forwards the patient to a track.
	 */
	BB_FB_FORWARDED_TRACK = 30,     /* physio | specialist | beweegcoach */
	BB_FB_FORWARDED_ORGANIZATION,   /* name of the organisation that takes the patient on */
	BB_FB_FORWARDED_AGB,            /* its AGB code (8 digits), when known */
	BB_FB_FORWARDED_STATUS,         /* the forwarded Task's status; requested when not given */

	/*
	 * What the referral said, so that the feedback's Task is the same
	 * Task (BSeR): whom it is for, who asked, who acts and when it was
	 * asked. bb_feedback_send fills them from the received referral; a
	 * caller of bb_feedback_to_fhir sets them. Without a BSN the patient
	 * is named by the referral-scoped identifier every referral's Patient
	 * carries (schemas/README.md), which the GP side can always resolve.
	 */
	BB_FB_PATIENT_BSN = 40,         /* only when the receiver was given the BSN */
	BB_FB_REFERRAL_AUTHORED,        /* date-time the GP referred (Task.authoredOn) */
	BB_FB_REFERRER_AGB,             /* the referring GP (Task.requester) */
	BB_FB_PRACTICE_NAME,            /* the referring practice (the message's receiver) */
	BB_FB_PRACTICE_URA,
	BB_FB_RECEIVER_ID,              /* who answers (Task.owner): the referral's receiver id, */
	BB_FB_RECEIVER_AGB,             /* its AGB and URA; BB_FB_AUTHOR_ORGANIZATION is its name */
	BB_FB_RECEIVER_URA,

	/*
	 * What the referral was about, so the GP's journal entry lands in the
	 * right episode: the kind of programme and the ICPC-1-NL episode (the
	 * referral's main reason). Carried in the message as the Task's
	 * reasonCode; the GP side fills them from its own referral when the
	 * receiver left them out.
	 */
	BB_FB_REFERRAL_KIND = 60,       /* gli | beweegcoach | stadspoli | regular */
	BB_FB_EPISODE_CODE,             /* ICPC-1-NL code, e.g. T82 */
	BB_FB_EPISODE_TEXT,             /* the episode's title, as the GP named it */
	/*
	 * The receiver's own plan, and what they propose the GP does. Both are
	 * the receiver's words: the journal shows the plan as theirs and the
	 * proposal as "Voorstel aanbieder: ...", never as advice of its own.
	 */
	BB_FB_PLAN,
	BB_FB_PROPOSAL,
	/*
	 * Monitoring (docs/monitoring.md). At completion, and at a follow-up:
	 * where the person goes on, coded in https://beweegbrug.nl/fhir/CodeSystem/continuation
	 * (regulier-aanbod | zelfstandig | geen | onbekend), and the beweegkaart
	 * offer when it is one. A follow-up report, sent months after the
	 * start like any other feedback: the moment, still active or not, and
	 * how often. A follow-up may come after the referral is completed or
	 * failed; it keeps that status.
	 */
	BB_FB_CONTINUATION = 70,
	BB_FB_NEXT_OFFER,               /* the beweegkaart offer id they went on to */
	BB_FB_FOLLOWUP_MONTHS,          /* months after the start, 1-60 */
	BB_FB_FOLLOWUP_ACTIVE,          /* yes | no */
	BB_FB_FOLLOWUP_PER_WEEK,        /* how often a week they are active, 1-28 */
	/*
	 * Welbevinden (well-being) as the person scores it, 0-10 (at most one
	 * decimal), a structured outcome like BMI or conditie: an Observation
	 * coded BB_WELLBEING_SYSTEM#BB_WELLBEING_CODE in the message, a
	 * measurement in the HIS. Out of range is refused, never clipped.
	 */
	BB_FB_WELLBEING = 80
} bb_feedback_field;

/*
 * The code of a well-being score. No LOINC or SNOMED code for a 0-10
 * well-being score is agreed in the sources we work from (research
 * standards.md §5.4: "fitness and well-being scores have no agreed
 * LOINC/SNOMED"), so it is Beweegbrug's own code system, published in our
 * FHIR package (CodeSystem-outcome.json); the core's table is
 * connector/terminology/outcome.c.
 */
#define BB_WELLBEING_SYSTEM "https://beweegbrug.nl/fhir/CodeSystem/outcome"
#define BB_WELLBEING_CODE "welbevinden"
#define BB_WELLBEING_DISPLAY "Welbevinden (0-10)"
#define BB_WELLBEING_UNIT "{score}"   /* UCUM annotation: a score without a unit */

/* Thread safety: safe. */
BB_EXTERN int bb_feedback_new(bb_feedback **out);
/* Thread safety: one thread per handle. */
BB_EXTERN void bb_feedback_free(bb_feedback *feedback);
BB_EXTERN int bb_feedback_set(bb_feedback *feedback, bb_feedback_field field,
			      const char *value);
BB_EXTERN const char *bb_feedback_get(const bb_feedback *feedback, bb_feedback_field field);
/* Thread safety: safe. */
BB_EXTERN const char *bb_feedback_field_name(bb_feedback_field field);
/* Thread safety: one thread per handle. */
BB_EXTERN int bb_feedback_add_measurement(bb_feedback *feedback, const char *loinc,
					  const char *value, const char *unit,
					  const char *when);
BB_EXTERN size_t bb_feedback_measurement_count(const bb_feedback *feedback);
BB_EXTERN int bb_feedback_measurement_at(const char **loinc, const char **value,
					 const char **unit, const char **when,
					 const bb_feedback *feedback, size_t index);
BB_EXTERN size_t bb_feedback_problem_count(const bb_feedback *feedback);
BB_EXTERN const char *bb_feedback_problem_at(const bb_feedback *feedback, size_t index);

/*
 * The feedback as one SOEP journal entry (docs/soep.md): the same four
 * texts for every HIS, in Dutch, dates in Europe/Amsterdam. The HIS
 * adapters put exactly these texts in their container; a HIS vendor can
 * call it too. S: what the receiver reports, attributed to them; O:
 * measurements and attendance in words; E: the status, tied to the
 * referral's ICPC episode; P: the receiver's plan, and anything meant for
 * the GP as "Voorstel aanbieder: ...". BB_EINPUT when the feedback has no
 * status a receiver reports.
 */
typedef struct bb_soep bb_soep;
typedef enum bb_soep_section {
	BB_SOEP_S = 1,
	BB_SOEP_O,
	BB_SOEP_E,
	BB_SOEP_P
} bb_soep_section;

/* Thread safety: safe. */
BB_EXTERN int bb_soep_new(bb_soep **out, const bb_feedback *feedback);
/* Thread safety: one thread per handle. */
BB_EXTERN void bb_soep_free(bb_soep *soep);
/*
 * One part's text (UTF-8, "" when the part has nothing to say; O may be empty).
 * Thread safety: one thread per handle.
 */
BB_EXTERN const char *bb_soep_text(const bb_soep *soep, bb_soep_section part);
/*
 * One line for the entry's heading: "Terugkoppeling GLI van ...: loopt".
 * Thread safety: one thread per handle.
 */
BB_EXTERN const char *bb_soep_title(const bb_soep *soep);
/*
 * Who wrote it, as the journal names the author: "M. de Vries, Leefstijlcoaches West".
 * Thread safety: one thread per handle.
 */
BB_EXTERN const char *bb_soep_author(const bb_soep *soep);

/*
 * Let the HIS adapter write the feedback in the HIS's own form (journal
 * entry plus measurements). `out` is NUL-terminated; free it with bb_free.
 * Thread safety: safe.
 */
BB_EXTERN int bb_feedback_to_his(char **out, size_t *out_len, bb_connector *connector,
				 const char *adapter, const bb_feedback *feedback);

/*
 * The feedback as a FHIR R4 message Bundle (MessageHeader, the updated
 * Task, outcome Observations; see schemas/README.md). Status and business
 * status must go together by the Task table; declining, stopping and
 * cancelling need a reason.
 * Thread safety: safe.
 */
BB_EXTERN int bb_feedback_to_fhir(char **out, size_t *out_len, bb_connector *connector,
				  const bb_feedback *feedback, bb_format format);
/* Read a feedback message Bundle (JSON or XML) into the canonical feedback. Thread safety: safe. */
BB_EXTERN int bb_feedback_from_fhir(bb_feedback **out, bb_connector *connector,
				    const char *source, const void *data, size_t len);
/*
 * May a referral Task go from status `from` to `to`? (FHIR Task codes;
 * the same status twice is a progress report and allowed until final.)
 * Thread safety: safe.
 */
BB_EXTERN int bb_task_transition_ok(const char *from, const char *to);

#ifdef __cplusplus
}
#endif

#endif
