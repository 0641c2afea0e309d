/*
 * The referral Task's life (standards.md §1.4 and §5.2): which status may
 * follow which, and which BSeR business status goes with each status.
 * This table is the only source of truth for what feedback may say.
 */
#ifndef BB_TASK_STATES_H
#define BB_TASK_STATES_H

typedef struct business_status {
	const char *code;       /* TaskBusinessStatusCS code, e.g. "3.0" */
	const char *display;
} business_status;

/* Known Task status (the FHIR codes a referral Task can have). */
int task_status_known(const char *status);
/* May a Task go from `from` to `to`? (the same status again is allowed: a progress report) */
int task_transition_ok(const char *from, const char *to);
/* Is `business` a business status that goes with `status`? */
int task_business_ok(const char *status, const char *business);
/* The business status a status gets when none is given (e.g. "accepted" -> 3.0). */
const business_status *task_default_business(const char *status);
const business_status *task_business_lookup(const char *code);
/* Must the feedback give a reason (statusReason) for this status? */
int task_needs_reason(const char *status);

#endif
