/*
 * Finding, loading and checking adapter plugins.
 *
 * A plugin named "his-xml" is the file his-xml.so in one of the search
 * directories. Once loaded it stays loaded until the connector is freed,
 * so adapters and their tables can be used without further locking.
 */
#ifndef BB_LOADER_H
#define BB_LOADER_H

#include "connector.h"
#include "util/diag.h"

/*
 * Load `name` (or find it already loaded) and check it is of `kind`
 * (0: any). Problems go to `d` without a source; the caller adds context.
 */
int loader_load(bb_connector *c, const char *name, int kind, const loaded_plugin **out,
		diag_list *d);
/* Forget the computed search path (the configuration changed). */
void loader_reset_search_path(bb_connector *c);
void loader_unload_all(bb_connector *c);

#endif
