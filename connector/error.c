#include "error.h"

#include <stdlib.h>
#include <string.h>

#include "util/strutil.h"

static void slot_reset(err_slot *e)
{
	diag_clear(&e->problems);
	free((char *)e->pub.message);
	memset(&e->pub, 0, sizeof(e->pub));
	e->pub.message = NULL;
}

int err_state_init(err_state *s)
{
	memset(s, 0, sizeof(*s));
	if (pthread_key_create(&s->key, NULL) != 0)
		return BB_ENOMEM;
	if (mutex_init(&s->lock, LOCK_RANK_ERRORS, "the error slots' lock (error.c)") != 0) {
		pthread_key_delete(s->key);
		return BB_ERROR;
	}
	return BB_OK;
}

void err_state_free(err_state *s)
{
	err_slot *e = s->slots, *next;

	for (; e; e = next) {
		next = e->next;
		slot_reset(e);
		diag_free(&e->problems);
		free(e);
	}
	s->slots = NULL;
	pthread_key_delete(s->key);
	mutex_destroy(&s->lock);
}

err_slot *err_slot_get(err_state *s)
{
	err_slot *e = pthread_getspecific(s->key);

	if (e)
		return e;
	e = calloc(1, sizeof(*e));
	if (!e)
		return NULL;
	if (pthread_setspecific(s->key, e) != 0) {
		free(e);
		return NULL;
	}
	mutex_lock(&s->lock);
	e->next = s->slots;
	s->slots = e;
	mutex_unlock(&s->lock);
	return e;
}

/* Point the public view at the first problem. */
static int slot_publish(err_slot *e)
{
	diag_entry *first = &e->problems.items[0];

	e->pub.code = first->code;
	e->pub.message = diag_format(first);
	e->pub.source = first->source;
	e->pub.line = first->line;
	e->pub.field = first->path;
	return first->code;
}

static int err_setv(err_state *s, int code, const char *source, unsigned line,
		    const char *field, const char *fmt, va_list ap)
{
	err_slot *e = err_slot_get(s);

	if (!e)
		return code;
	slot_reset(e);
	diag_addv(&e->problems, code, source, line, field, fmt, ap);
	if (e->problems.count == 0) {
		e->pub.code = code;
		return code;
	}
	slot_publish(e);
	return code;
}

int err_set(err_state *s, int code, const char *source, unsigned line,
	    const char *field, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	err_setv(s, code, source, line, field, fmt, ap);
	va_end(ap);
	return code;
}

int err_set_diags(err_state *s, const diag_list *d, int fallback)
{
	err_slot *e;
	size_t i;

	if (!d || d->count == 0)
		return fallback;
	e = err_slot_get(s);
	if (!e)
		return d->items[0].code;
	slot_reset(e);
	/* room for every problem and the line that counts the rest */
	e->problems.limit = d->count + 1;
	for (i = 0; i < d->count; i++) {
		const diag_entry *p = &d->items[i];
		diag_add(&e->problems, p->code, p->source, p->line, p->path, "%s", p->message);
	}
	if (d->dropped)
		diag_add(&e->problems, d->items[0].code, d->items[0].source, 0, NULL,
			 "%zu more problems not shown", d->dropped);
	if (e->problems.count == 0)
		return d->items[0].code;
	return slot_publish(e);
}

void err_slot_copy_problems(diag_list *to, const err_slot *slot)
{
	size_t i, limit = to->limit ? to->limit : 100;

	if (!slot)
		return;
	if (to->count + slot->problems.count > limit)
		to->limit = to->count + slot->problems.count;
	for (i = 0; i < slot->problems.count; i++) {
		const diag_entry *e = &slot->problems.items[i];
		diag_add(to, e->code, e->source, e->line, e->path, "%s", e->message);
	}
}

void err_clear(err_state *s)
{
	err_slot *e = pthread_getspecific(s->key);

	if (e)
		slot_reset(e);
}
