/*
 * bb_connector_reload: what a running service reads again on SIGHUP
 * (systemctl reload). Certificates, keys and CA bundles are replaced on
 * disk while the service runs (a renewal, a new receiver CA); queued and
 * in-flight work must not notice. So nothing is stopped here: the kept
 * HTTPS connections are closed (idle ones now, busy ones when their call
 * ends), and the next connection reads the files as they are now. The
 * configuration file itself is not read again: its values are shared by
 * running threads (change it, check it, restart; the outbox keeps
 * everything across a restart).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "connector.h"
#include "log.h"
#include "offers/pick.h"

/* The destination keys that name files read at each new connection. */
static const char *const tls_files[] = {
	"client_cert", "client_key", "client_key_passphrase_file", "ca_file", NULL
};

int bb_connector_reload(bb_connector *c)
{
	diag_list d = DIAG_LIST_INIT;
	const char *const *key;
	char problems[24];
	size_t i;
	int rc;

	if (!c)
		return BB_EINVAL;
	if (!c->cfg)
		return connector_error(c, BB_ECONFIG, "bb_connector_reload: no configuration loaded");
	err_clear(&c->err);
	/*
	 * A file that cannot be read now fails each connection to its
	 * receiver (retried later); say so now, to the one who reloaded.
	 */
	for (i = 0; i < c->cfg->ndestinations; i++) {
		const cfg_section *s = &c->cfg->destinations[i];
		for (key = tls_files; *key; key++) {
			const cfg_entry *e = config_find(s, *key);
			if (e && access(e->value, R_OK) != 0)
				diag_add(&d, BB_ECONFIG, c->cfg->path, e->line, NULL,
					 "[destination \"%s\"]: %s: cannot read \"%s\": %s", s->id,
					 *key, e->value, strerror(errno));
		}
	}
	transport_pool_reload(c->pool);
	offers_reload(c, &d);
	snprintf(problems, sizeof problems, "%zu", d.count);
	log_event(c, d.count ? BB_LOG_ERROR : BB_LOG_INFO, "connector.reloaded", "problems", problems,
		  "first", d.count ? diag_line(&d, 0) : NULL, (char *)NULL);
	rc = d.count ? err_set_diags(&c->err, &d, BB_ECONFIG) : BB_OK;
	diag_free(&d);
	return rc;
}
