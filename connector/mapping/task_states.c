#include "task_states.h"

#include <string.h>

static const business_status businesses[] = {
	{ "2.0", "Service Request Created" },
	{ "3.0", "Service Request Accepted" },
	{ "4.0", "Service Request Declined" },
	{ "5.1.1", "Service Request Event Scheduled" },
	{ "5.1.2", "Scheduled Service Request Event Unattended" },
	{ "5.1.3", "Scheduled Service Request Event Cancelled" },
	{ "5.1.4", "Service Request Event Completed" },
	{ "5.2", "Service Request Cancellation Requested" },
	{ "6.0", "Service Request Fulfillment Cancelled" },
	{ "7.0", "Service Request Fulfillment Completed" },
};

typedef struct state {
	const char *status;
	const char *next;        /* space-separated statuses it may go to */
	const char *business;    /* space-separated business statuses; first is the default */
	int needs_reason;
} state;

/*
 * Transitions from the NL Generic Functions table (standards.md §1.4);
 * business statuses paired as in §5.2. Final states go nowhere.
 */
static const state states[] = {
	{ "requested", "received accepted rejected cancelled in-progress completed failed", "2.0 5.2", 0 },
	{ "received", "accepted rejected cancelled in-progress completed failed", "2.0 5.2", 0 },
	{ "accepted", "cancelled in-progress completed failed", "3.0 5.1.1 5.1.2 5.1.3 5.1.4 5.2", 0 },
	{ "in-progress", "completed failed on-hold", "5.1.4 5.1.1 5.1.2 5.1.3 5.2", 0 },
	{ "on-hold", "in-progress completed failed", "5.1.3 5.1.2", 1 },
	{ "rejected", "", "4.0", 1 },
	{ "cancelled", "", "6.0", 1 },
	{ "failed", "", "6.0", 1 },
	{ "completed", "", "7.0", 0 },
};

static const state *find(const char *status)
{
	size_t i;

	for (i = 0; status && i < sizeof(states) / sizeof(states[0]); i++)
		if (strcmp(states[i].status, status) == 0)
			return &states[i];
	return NULL;
}

/* Is `word` one of the space-separated words of `list`? */
static int in_words(const char *list, const char *word)
{
	size_t n = strlen(word);
	const char *p = list;

	while ((p = strstr(p, word)) != NULL) {
		if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return 1;
		p += n;
	}
	return 0;
}

int task_status_known(const char *status)
{
	return find(status) != NULL;
}

int task_transition_ok(const char *from, const char *to)
{
	const state *s = find(from);

	if (!s || !find(to))
		return 0;
	/* Another report in the same state is fine while the state is not final. */
	if (strcmp(from, to) == 0)
		return s->next[0] != '\0';
	return in_words(s->next, to);
}

int task_business_ok(const char *status, const char *business)
{
	const state *s = find(status);
	return s && business && *business && in_words(s->business, business);
}

const business_status *task_business_lookup(const char *code)
{
	size_t i;

	for (i = 0; code && i < sizeof(businesses) / sizeof(businesses[0]); i++)
		if (strcmp(businesses[i].code, code) == 0)
			return &businesses[i];
	return NULL;
}

const business_status *task_default_business(const char *status)
{
	const state *s = find(status);
	char code[8];
	size_t n;

	if (!s)
		return NULL;
	n = strcspn(s->business, " ");
	if (n >= sizeof(code))
		return NULL;
	memcpy(code, s->business, n);
	code[n] = '\0';
	return task_business_lookup(code);
}

int task_needs_reason(const char *status)
{
	const state *s = find(status);
	return s && s->needs_reason;
}
