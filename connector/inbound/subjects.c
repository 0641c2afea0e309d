/*
 * Remembered certificate subjects, see subjects.h.
 */
#include "inbound/subjects.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "beweegbrug.h"
#include "util/mutex.h"
#include "util/strutil.h"

#define SUBJECTS 32

typedef struct subject_entry {
	char *pem;
	size_t pem_len;
	char *subject;
	uint64_t used;              /* when it was last used: the oldest goes first */
} subject_entry;

/* The lock is a leaf: a certificate is read without it, and nothing else is taken under it. */
struct subject_cache {
	mutex lock;                 /* guards everything below */
	subject_entry e[SUBJECTS];
	uint64_t clock;
};

int inbound_subjects_new(subject_cache **out)
{
	subject_cache *s = calloc(1, sizeof(*s));

	*out = NULL;
	if (!s)
		return BB_ENOMEM;
	if (mutex_init(&s->lock, LOCK_RANK_LEAF, "the certificate subjects' lock (inbound/subjects.c)") != 0) {
		free(s);
		return BB_ERROR;
	}
	*out = s;
	return BB_OK;
}

void inbound_subjects_free(subject_cache *s)
{
	size_t i;

	if (!s)
		return;
	for (i = 0; i < SUBJECTS; i++) {
		free(s->e[i].pem);
		free(s->e[i].subject);
	}
	mutex_destroy(&s->lock);
	free(s);
}

char *inbound_subjects_lookup(subject_cache *s, const char *pem, char *(*read)(const char *pem))
{
	size_t len = strlen(pem), i, victim = 0;
	char *subject;

	mutex_lock(&s->lock);
	for (i = 0; i < SUBJECTS; i++) {
		subject_entry *e = &s->e[i];

		if (e->pem && e->pem_len == len && memcmp(e->pem, pem, len) == 0) {
			e->used = ++s->clock;
			subject = str_dup(e->subject);
			mutex_unlock(&s->lock);
			return subject;
		}
	}
	mutex_unlock(&s->lock);
	/* read outside the lock: other senders' messages need not wait */
	subject = read(pem);
	if (!subject)
		return NULL;
	mutex_lock(&s->lock);
	for (i = 1; i < SUBJECTS; i++)
		if (s->e[i].used < s->e[victim].used)
			victim = i;
	{
		subject_entry *e = &s->e[victim];
		char *p = str_dup(pem), *v = str_dup(subject);

		if (p && v) {
			free(e->pem);
			free(e->subject);
			e->pem = p;
			e->pem_len = len;
			e->subject = v;
			e->used = ++s->clock;
		} else {
			free(p);
			free(v);
		}
	}
	mutex_unlock(&s->lock);
	return subject;
}
