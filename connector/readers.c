/*
 * Spare FHIR readers kept by the connector (readers.h).
 *
 * No lock: a slot holds a reader or NULL, and a reader changes hands
 * whole. Taking one is an exchange of a slot with NULL, so no two threads
 * can get the same reader; giving one back puts it into an empty slot
 * with a compare-exchange from NULL, and frees it when there is none.
 * Each exchange orders the reader's contents between the thread that gave
 * it and the one that takes it. So there is no lock to rank
 * (docs/internals/threading.md), and a caller may take and give a reader
 * with any lock of the core held.
 */
#include "readers.h"

#include <stdatomic.h>

fhir_reader *connector_take_reader(bb_connector *c)
{
	size_t i;

	for (i = 0; c && i < CONNECTOR_READERS; i++) {
		fhir_reader *rd = atomic_exchange(&c->readers[i], NULL);
		if (rd)
			return rd;
	}
	return fhir_reader_new();
}

void connector_give_reader(bb_connector *c, fhir_reader *rd)
{
	size_t i;

	for (i = 0; c && rd && i < CONNECTOR_READERS; i++) {
		fhir_reader *empty = NULL;
		if (atomic_compare_exchange_strong(&c->readers[i], &empty, rd))
			return;
	}
	fhir_reader_free(rd);
}

int connector_fhir_read_with(fhir_reader *rd, fhir_node **out, const char *buf, size_t len,
			     const char *source, diag_list *diags)
{
	if (!rd)
		return fhir_read(out, buf, len, source, diags);
	return fhir_reader_read(rd, out, buf, len, source, NULL, diags);
}

int connector_fhir_read(bb_connector *c, fhir_node **out, const char *buf, size_t len,
			const char *source, diag_list *diags)
{
	fhir_reader *rd;
	int rc;

	if (!c)
		return fhir_read(out, buf, len, source, diags);
	rd = connector_take_reader(c);
	rc = connector_fhir_read_with(rd, out, buf, len, source, diags);
	connector_give_reader(c, rd);
	return rc;
}

void connector_readers_free(bb_connector *c)
{
	size_t i;

	for (i = 0; i < CONNECTOR_READERS; i++)
		fhir_reader_free(atomic_exchange(&c->readers[i], NULL));
}
