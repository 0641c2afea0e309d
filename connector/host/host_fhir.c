/*
 * The FHIR services of beweegbrug/sys/plugin.h: the codec's tree under another name.
 * bb_fhir is a fhir_node; the casts are the whole adapter.
 */
#include <stdlib.h>
#include <string.h>

#include "fhir/fhir_codec.h"
#include "host.h"
#include "readers.h"

#define N(x) ((fhir_node *)(x))
#define F(x) ((bb_fhir *)(x))

int bb_host_fhir_read(bb_fhir **out, const bb_host *host, const bb_input *in)
{
	diag_list d = DIAG_LIST_INIT;
	fhir_node *res = NULL;
	size_t i;
	int rc;

	if (!out)
		return BB_EINVAL;
	*out = NULL;
	if (!host || !in)
		return BB_EINVAL;
	connector_init_libxml();
	/* a spare reader of the connector; none in a fuzz target's host */
	rc = connector_fhir_read(host->connector, &res, (const char *)in->data, in->len, in->source,
				&d);
	for (i = 0; i < d.count && host->problems; i++) {
		const diag_entry *e = &d.items[i];
		diag_add(host->problems, e->code, e->source, e->line, e->path, "%s", e->message);
	}
	diag_free(&d);
	*out = F(res);
	return rc;
}

void bb_fhir_free(bb_fhir *root)
{
	fhir_node_free(N(root));
}

const char *bb_fhir_type(const bb_fhir *n)
{
	return n ? fhir_node_type_name(N(n)) : NULL;
}

bb_fhir *bb_fhir_get(const bb_fhir *n, const char *name, size_t index)
{
	return n && name ? F(fhir_get(N(n), name, index)) : NULL;
}

size_t bb_fhir_count(const bb_fhir *n, const char *name)
{
	return n && name ? fhir_count(N(n), name) : 0;
}

const char *bb_fhir_value(const bb_fhir *n, const char *name, size_t index)
{
	return n && name ? fhir_get_value(N(n), name, index) : NULL;
}

const char *bb_fhir_text(const bb_fhir *n)
{
	return n ? fhir_value(N(n)) : NULL;
}

char *bb_fhir_path(const bb_fhir *n)
{
	return n ? fhir_node_path(N(n)) : NULL;
}

bb_fhir *bb_fhir_resolve(const bb_fhir *bundle, const bb_fhir *reference)
{
	const char *ref = bb_fhir_value(reference, "reference", 0);
	const char *slash;
	size_t i, n = bb_fhir_count(bundle, "entry");

	if (!ref)
		return NULL;
	for (i = 0; i < n; i++) {
		bb_fhir *e = bb_fhir_get(bundle, "entry", i);
		const char *full = bb_fhir_value(e, "fullUrl", 0);
		if (full && strcmp(full, ref) == 0)
			return bb_fhir_get(e, "resource", 0);
	}
	/* A relative "Type/id" reference names the resource by type and id. */
	slash = strchr(ref, '/');
	if (!slash || strchr(slash + 1, '/') || strncmp(ref, "urn:", 4) == 0)
		return NULL;
	for (i = 0; i < n; i++) {
		bb_fhir *r = bb_fhir_get(bb_fhir_get(bundle, "entry", i), "resource", 0);
		const char *type = bb_fhir_type(r), *id = bb_fhir_value(r, "id", 0);
		if (type && id && strlen(type) == (size_t)(slash - ref) &&
		    strncmp(type, ref, (size_t)(slash - ref)) == 0 && strcmp(id, slash + 1) == 0)
			return r;
	}
	return NULL;
}

bb_fhir *bb_fhir_new(const char *resource_type)
{
	return resource_type ? F(fhir_resource_new(resource_type, NULL)) : NULL;
}

bb_fhir *bb_fhir_add(bb_fhir *parent, const char *name)
{
	return F(fhir_add(N(parent), name));
}

bb_fhir *bb_fhir_set(bb_fhir *parent, const char *name, const char *value)
{
	return value ? F(fhir_set(N(parent), name, value)) : NULL;
}

bb_fhir *bb_fhir_add_resource(bb_fhir *parent, const char *name, const char *type)
{
	return F(fhir_add_resource(N(parent), name, type));
}

bb_fhir *bb_fhir_extension(bb_fhir *parent, const char *url)
{
	return F(fhir_extension_add(N(parent), url));
}

bb_fhir *bb_fhir_add_copy(bb_fhir *parent, const char *name, const bb_fhir *src)
{
	return F(fhir_copy_into(N(parent), name, N(src)));
}

int bb_host_fhir_write(bb_buf *out, const bb_host *host, const bb_fhir *root, bb_format format)
{
	diag_list d = DIAG_LIST_INIT;
	strbuf b = STRBUF_INIT;
	size_t i;
	int rc;

	if (!host || !root || !out)
		return BB_EINVAL;
	if (fhir_errors(N(root)))
		return bb_host_error(host, BB_ERROR, 0, NULL,
				     "the adapter built a FHIR tree with %u problem(s)",
				     fhir_errors(N(root)));
	rc = fhir_check(N(root), NULL, &d);
	for (i = 0; i < d.count; i++)
		bb_host_error(host, BB_ERROR, 0, d.items[i].path, "%s", d.items[i].message);
	diag_free(&d);
	if (rc != BB_OK)
		return BB_ERROR;
	rc = fhir_write(&b, N(root), format == BB_FORMAT_XML ? FHIR_FORMAT_XML : FHIR_FORMAT_JSON, 1);
	if (rc != BB_OK)
		goto done;
	rc = bb_buf_append(out, b.data ? b.data : "", b.len);
done:
	strbuf_free(&b);
	return rc;
}
