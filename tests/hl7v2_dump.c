/*
 * hl7v2_dump FILE: print every segment, field, repetition, component and
 * subcomponent of an HL7 v2 message as our ER7 tokenizer reads it, with
 * escapes decoded, as JSON in the shape of the hl7v2-parse oracle's
 * "segments" (so tests/hl7v2-oracle.test can compare the two with jq).
 * Exit 0 parsed, 1 refused (the reason on stderr), 2 usage or I/O error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "er7.h"

static void put_json_string(const char *s, size_t n)
{
	size_t i;

	putchar('"');
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c == '\n')
			fputs("\\n", stdout);
		else if (c == '\r')
			fputs("\\r", stdout);
		else if (c == '\t')
			fputs("\\t", stdout);
		else if (c < 0x20)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

static int put_leaf(const er7_message *m, er7_slice s, const er7_segment *seg, unsigned f)
{
	er7_error err;
	char *v;

	if (er7_decode(m, s, &v, &err) != 0) {
		fprintf(stderr, "segment %u: %s-%u: %s\n", seg->number, seg->name, f, err.message);
		return -1;
	}
	put_json_string(v, strlen(v));
	free(v);
	return 0;
}

static int put_field(const er7_message *m, const er7_segment *seg, unsigned f)
{
	er7_slice field, rep, comp, sub;
	size_t r, c, s, nr, nc, ns;

	er7_field(m, seg, f, &field);
	if (strcmp(seg->name, "MSH") == 0 && f <= 2) {
		fputs("[[[", stdout);
		put_json_string(field.p, field.n);
		fputs("]]]", stdout);
		return 0;
	}
	/* the oracle shows an empty field as [] */
	if (field.n == 0) {
		fputs("[]", stdout);
		return 0;
	}
	putchar('[');
	nr = er7_count(field, m->d.repetition);
	for (r = 1; r <= nr; r++) {
		er7_part(field, m->d.repetition, r, &rep);
		fputs(r > 1 ? ",[" : "[", stdout);
		nc = er7_count(rep, m->d.component);
		for (c = 1; c <= nc; c++) {
			er7_part(rep, m->d.component, c, &comp);
			fputs(c > 1 ? ",[" : "[", stdout);
			ns = er7_count(comp, m->d.subcomponent);
			for (s = 1; s <= ns; s++) {
				er7_part(comp, m->d.subcomponent, s, &sub);
				if (s > 1)
					putchar(',');
				if (put_leaf(m, sub, seg, f))
					return -1;
			}
			putchar(']');
		}
		putchar(']');
	}
	putchar(']');
	return 0;
}

int main(int argc, char **argv)
{
	er7_message m;
	er7_error err;
	unsigned char *data = NULL;
	size_t len = 0, cap = 0, i;
	unsigned f, nf;
	FILE *in;
	int rc = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: hl7v2_dump FILE\n");
		return 2;
	}
	in = strcmp(argv[1], "-") == 0 ? stdin : fopen(argv[1], "rb");
	if (!in) {
		perror(argv[1]);
		return 2;
	}
	for (;;) {
		size_t got;
		if (len == cap) {
			unsigned char *bigger;
			cap = cap ? cap * 2 : 65536;
			bigger = realloc(data, cap);
			if (!bigger) {
				free(data);
				return 2;
			}
			data = bigger;
		}
		got = fread(data + len, 1, cap - len, in);
		len += got;
		if (got == 0)
			break;
	}
	if (in != stdin)
		fclose(in);
	if (er7_parse(&m, data, len, &err) != 0) {
		fprintf(stderr, "segment %u: %s: %s\n", err.segment, err.where, err.message);
		free(data);
		return 1;
	}
	putchar('[');
	for (i = 0; i < m.nsegs && rc == 0; i++) {
		const er7_segment *seg = &m.segs[i];
		fputs(i ? ",\n{\"name\":" : "{\"name\":", stdout);
		put_json_string(seg->name, strlen(seg->name));
		fputs(",\"fields\":[", stdout);
		put_json_string(seg->name, strlen(seg->name));
		nf = er7_field_count(&m, seg);
		for (f = 1; f <= nf && rc == 0; f++) {
			putchar(',');
			rc = put_field(&m, seg, f);
		}
		fputs("]}", stdout);
	}
	fputs("]\n", stdout);
	er7_free(&m);
	free(data);
	return rc ? 1 : 0;
}
