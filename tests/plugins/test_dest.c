/*
 * test-dest: a destination adapter that "delivers" by writing the message
 * to a file in its spool_dir, and fetches feedback from spool_dir/feedback.
 * Message ids starting with "transient" or "fatal" make it fail that way.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "beweegbrug/sys/plugin.h"

static const char *const settings[] = { "spool_dir", NULL };

static int deliver(void *state, const bb_host *host, const bb_message *msg,
		   bb_delivery *result)
{
	const char *dir = bb_host_setting(host, "spool_dir");
	const char *id = bb_message_id(msg);
	char path[1024];
	size_t len;
	const void *body = bb_message_body(msg, &len);
	FILE *f;
	(void)state;

	if (strncmp(id, "transient", 9) == 0) {
		bb_delivery_set(result, BB_DELIVERY_TRANSIENT, "receiver busy (test)");
		return BB_OK;
	}
	if (strncmp(id, "fatal", 5) == 0) {
		bb_delivery_set(result, BB_DELIVERY_FATAL, "receiver refused (test)");
		return BB_OK;
	}
	if (!dir)
		return bb_host_error(host, BB_ECONFIG, 0, "spool_dir", "not set for %s",
				     bb_host_destination(host));
	snprintf(path, sizeof(path), "%s/%s", dir, id);
	f = fopen(path, "wb");
	if (!f || fwrite(body, 1, len, f) != len) {
		if (f)
			fclose(f);
		return bb_host_error(host, BB_EIO, 0, NULL, "cannot write %s", path);
	}
	fclose(f);
	bb_host_log(host, BB_LOG_INFO, "wrote %s", path);
	bb_delivery_set(result, BB_DELIVERY_OK, "stored as %s", path);
	return BB_OK;
}

static int fetch_feedback(void *state, const bb_host *host, bb_feedback_sink *sink)
{
	char path[1024];
	DIR *d;
	struct dirent *de;
	(void)state;

	snprintf(path, sizeof(path), "%s/feedback", bb_host_setting(host, "spool_dir"));
	d = opendir(path);
	if (!d)
		return BB_OK;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		if (bb_feedback_sink_push(sink, "text/plain", de->d_name, strlen(de->d_name)) != 0)
			break;
	}
	closedir(d);
	return BB_OK;
}

static const bb_adapter adapter = {
	.abi_version = BB_PLUGIN_ABI_VERSION,
	.struct_size = sizeof(bb_adapter),
	.kind = BB_ADAPTER_DESTINATION,
	.name = "test-dest",
	.description = "test destination adapter (writes files)",
	.settings = settings,
	.deliver = deliver,
	.fetch_feedback = fetch_feedback,
};

BB_PLUGIN_EXPORT const bb_adapter *bb_adapter_entry(uint32_t host_abi_version)
{
	(void)host_abi_version;
	return &adapter;
}
