/* Dutch official names (dutch_name.h). */
#include "dutch_name.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "build.h"
#include "naming.h"
#include "util/strutil.h"

#define MAX_PARTS 16

/* "van der Berg": a voorvoegsel and a surname, either may be missing. */
static char *join_name(const char *prefix, const char *name)
{
	if (prefix && name)
		return str_printf("%s %s", prefix, name);
	return str_dup(name ? name : prefix);
}

/* The family name as the person uses it: NL1 own, NL2 partner, NL3 partner-own, NL4 own-partner. */
static char *family_as_used(const dutch_name *n)
{
	const char *usage = n->usage ? n->usage : "NL1";
	char *own = join_name(n->prefix, n->family);
	char *partner = join_name(n->partner_prefix, n->partner_family);
	char *family;

	if (strcmp(usage, "NL2") == 0 && partner)
		family = str_dup(partner);
	else if (strcmp(usage, "NL3") == 0 && partner && own)
		family = str_printf("%s-%s", partner, own);
	else if (strcmp(usage, "NL4") == 0 && partner && own)
		family = str_printf("%s-%s", own, partner);
	else
		family = str_dup(own);
	free(own);
	free(partner);
	return family;
}

/* Split `s` at any of `seps` into at most MAX_PARTS parts (in `buf`). */
static size_t split(char *buf, const char *seps, char *parts[MAX_PARTS])
{
	size_t n = 0;
	char *save = NULL, *p;

	for (p = strtok_r(buf, seps, &save); p && n < MAX_PARTS; p = strtok_r(NULL, seps, &save))
		parts[n++] = p;
	return n;
}

/* Does initial "Th" stand for first name "Theodorus"? */
static int initial_of(const char *initial, const char *name)
{
	size_t i;

	for (i = 0; initial[i]; i++)
		if (tolower((unsigned char)initial[i]) != tolower((unsigned char)name[i]))
			return 0;
	return i > 0;
}

static void given(fhir_node *name, const char *value, const char *qualifier)
{
	fhir_set(fhir_extension_add(fhir_set(name, "given", value), EXT_EN_QUALIFIER),
		 "valueCode", qualifier);
}

static void given_initial(fhir_node *name, const char *initial)
{
	char *v = str_printf("%s.", initial);

	if (v)
		given(name, v, "IN");
	free(v);
}

void mapping_dutch_name_write(fhir_node *resource, const dutch_name *n)
{
	char *gbuf = str_dup(n->given), *ibuf = str_dup(n->initials);
	char *g[MAX_PARTS], *in[MAX_PARTS];
	size_t ng = gbuf ? split(gbuf, " ", g) : 0, ni = ibuf ? split(ibuf, ". ", in) : 0;
	size_t i, lined_up = 0;
	char *family = family_as_used(n), *first = NULL, *text;
	fhir_node *name, *fam;

	if (!family && !ng && !ni)
		goto done;
	/* How many initials stand for the first names, in order. */
	while (lined_up < ng && lined_up < ni && initial_of(in[lined_up], g[lined_up]))
		lined_up++;

	name = fhir_add(resource, "name");
	fhir_set(fhir_extension_add(name, EXT_ASSEMBLY_ORDER), "valueCode",
		 n->usage ? n->usage : "NL1");
	fhir_set(name, "use", "official");
	if (ng) {
		first = str_dup(n->given);
	} else if (ni) {
		strbuf b = STRBUF_INIT;
		for (i = 0; i < ni; i++)
			strbuf_printf(&b, "%s.", in[i]);
		first = strbuf_detach(&b, NULL);
	}
	if (first && family)
		text = str_printf("%s %s", first, family);
	else
		text = str_dup(first ? first : family);
	if (text)
		fhir_set(name, "text", text);
	free(text);
	free(first);
	if (family) {
		fam = fhir_set(name, "family", family);
		mapping_string_ext(fam, EXT_OWN_PREFIX, n->prefix);
		mapping_string_ext(fam, EXT_OWN_NAME, n->family);
		mapping_string_ext(fam, EXT_PARTNER_PREFIX, n->partner_prefix);
		mapping_string_ext(fam, EXT_PARTNER_NAME, n->partner_family);
	}
	for (i = 0; i < ng; i++)
		given(name, g[i], "BR");
	if (lined_up == ni) {
		/* every initial is that of a first name given in full: nothing to add */
	} else if (lined_up == ng) {
		/* initials of first names not known in full follow the known ones */
		for (i = lined_up; i < ni; i++)
			given_initial(name, in[i]);
	} else {
		/* initials that do not match the first names: a name of their own */
		fhir_node *second = fhir_add(resource, "name");
		fhir_set(second, "use", "official");
		for (i = 0; i < ni; i++)
			given_initial(second, in[i]);
	}
done:
	free(family);
	free(gbuf);
	free(ibuf);
}
