/*
 * ER7: the pipe-and-hat encoding of HL7 v2 messages. This tokenizer knows
 * nothing about REF^I12 or the canonical model, so the dump tool and the
 * fuzz target can use it alone (it needs only libc).
 *
 * er7_parse() takes the raw bytes (optionally MLLP-framed), checks them
 * (delimiters from MSH-1/MSH-2, character set from MSH-18, control
 * characters, limits) and keeps one UTF-8 copy of the message with a
 * table of its segments. Fields, repetitions, components and
 * subcomponents are found by scanning that copy when asked for, and
 * escape sequences are decoded only then (er7_decode).
 *
 * Nothing here recurses on input, and every allocation is bounded by the
 * input size: the UTF-8 copy is at most twice the input (8859/1 bytes
 * take two bytes in UTF-8), the segment table at most ER7_MAX_SEGMENTS.
 */
#ifndef HL7V2_ER7_H
#define HL7V2_ER7_H

#include <stddef.h>

/* Limits: far above any real referral, low enough to refuse abuse early. */
#define ER7_MAX_MESSAGE (8u * 1024 * 1024)   /* bytes, after MLLP framing */
#define ER7_MAX_SEGMENTS 10000u
#define ER7_MAX_FIELDS 1000u                 /* fields in one segment */
#define ER7_MAX_FIELD (64u * 1024)           /* bytes in one field */

typedef enum er7_charset {
	ER7_UTF8 = 1,     /* MSH-18 empty, "UNICODE UTF-8", "UNICODE" */
	ER7_ASCII,        /* MSH-18 "ASCII": bytes above 0x7F are an error */
	ER7_LATIN1        /* MSH-18 "8859/1": converted to UTF-8 */
} er7_charset;

typedef struct er7_delims {
	char field, component, repetition, escape, subcomponent;
} er7_delims;

typedef struct er7_segment {
	const char *text;     /* the segment in the UTF-8 copy, without terminator */
	size_t len;
	unsigned number;      /* 1-based position in the message */
	char name[4];         /* the first three characters, NUL-terminated */
} er7_segment;

typedef struct er7_message {
	char *buf;            /* the message as UTF-8 */
	size_t buf_len;
	er7_segment *segs;
	size_t nsegs;
	er7_delims d;
	er7_charset charset;
	int mllp;             /* it came in an MLLP frame */
	int bare_lf;          /* some segments ended with LF or CRLF instead of CR */
} er7_message;

/* Where and why parsing failed: segment number (1-based) and "SEG-N". */
typedef struct er7_error {
	unsigned segment;
	char where[16];
	char message[200];
} er7_error;

/* A piece of the message, not NUL-terminated, escapes not decoded. */
typedef struct er7_slice {
	const char *p;
	size_t n;
} er7_slice;

/*
 * Parse `len` bytes. 0 on success; -1 with `err` filled for bad input;
 * -2 when out of memory. On failure `m` holds nothing to free.
 */
int er7_parse(er7_message *m, const unsigned char *data, size_t len, er7_error *err);
void er7_free(er7_message *m);

/* The `occurrence`-th (1-based) segment named `name`, or NULL. */
const er7_segment *er7_find(const er7_message *m, const char *name, unsigned occurrence);

/*
 * Field `n` of a segment (1-based; MSH numbered as in the standard, so
 * MSH-1 is the field separator and MSH-2 the encoding characters).
 * Returns 0 when the segment has no such field (out->n is then 0).
 */
int er7_field(const er7_message *m, const er7_segment *seg, unsigned n, er7_slice *out);
/* How many fields the segment has (as numbered above). */
unsigned er7_field_count(const er7_message *m, const er7_segment *seg);

/* Number of parts of `s` split at `delim` (an empty slice has one part). */
size_t er7_count(er7_slice s, char delim);
/* Part `index` (1-based) of `s` split at `delim`; 0 and an empty slice if absent. */
int er7_part(er7_slice s, char delim, size_t index, er7_slice *out);

/*
 * The leaf at field/repetition/component/subcomponent (all 1-based;
 * 0 for "the whole of it", e.g. comp 0 gives the whole repetition).
 */
int er7_at(const er7_message *m, const er7_segment *seg, unsigned field, unsigned rep,
	   unsigned comp, unsigned sub, er7_slice *out);

/*
 * Decode the escape sequences of a leaf (\F\ \S\ \T\ \R\ \E\ \Xhh..\;
 * \H\ and \N\ dropped; formatting commands such as \.br\ kept as they
 * are) into a new NUL-terminated UTF-8 string. Returns 0, -1 with `err`
 * (message only) for a bad sequence, or -2 when out of memory.
 */
int er7_decode(const er7_message *m, er7_slice s, char **out, er7_error *err);

/* 1 if the slice equals the NUL-terminated `text` byte for byte. */
int er7_eq(er7_slice s, const char *text);

#endif
