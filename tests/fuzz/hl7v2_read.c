/*
 * libFuzzer target: the his-hl7v2 reader, tokenizer and ACK builder. Any
 * input must either be refused with a located reason or read into the
 * canonical model; every leaf of what parses must decode or be refused;
 * the ACK for it must itself parse. A crash, a sanitizer report or an
 * unparseable ACK is a finding.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "er7.h"
#include "hl7v2.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Decode every leaf: the dump tool's walk, without printing. */
static void walk(const er7_message *m)
{
	size_t i, r, c, s;

	for (i = 0; i < m->nsegs; i++) {
		const er7_segment *seg = &m->segs[i];
		unsigned f, nf = er7_field_count(m, seg);
		for (f = 1; f <= nf; f++) {
			er7_slice field, rep, comp, sub;
			er7_field(m, seg, f, &field);
			for (r = 1; r <= er7_count(field, m->d.repetition); r++) {
				er7_part(field, m->d.repetition, r, &rep);
				for (c = 1; c <= er7_count(rep, m->d.component); c++) {
					er7_part(rep, m->d.component, c, &comp);
					for (s = 1; s <= er7_count(comp, m->d.subcomponent); s++) {
						char *v = NULL;
						er7_part(comp, m->d.subcomponent, s, &sub);
						if (er7_decode(m, sub, &v, NULL) == 0 &&
						    strlen(v) > sub.n * 2)
							abort();
						free(v);
					}
				}
			}
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	er7_message m, again;
	er7_error err;
	bb_referral *r = NULL;
	hl7_out ack = { NULL, 0, 0, 0 };
	hl7_ack_problem p = { 1, "PID-3", "a problem with | and ^ in it" };

	if (er7_parse(&m, data, size, &err) == 0) {
		if (m.nsegs == 0 || strcmp(m.segs[0].name, "MSH") != 0)
			abort();
		walk(&m);
		if (bb_referral_new(&r) == BB_OK) {
			read_ref_i12(&m, r);
			bb_referral_free(r);
		}
		er7_free(&m);
	} else if (!err.where[0] || !err.message[0]) {
		abort();  /* every refusal names a place and a reason */
	}
	hl7_ack_build(&ack, data, size, &p, 1, "20260101000000+0000", "FUZZ");
	if (!ack.failed) {
		if (er7_parse(&again, (const unsigned char *)ack.p, ack.len, &err) != 0)
			abort();
		er7_free(&again);
	}
	out_free(&ack);
	return 0;
}
