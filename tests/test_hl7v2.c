/*
 * his-hl7v2 unit tests: the ER7 tokenizer (delimiters, escapes,
 * repetitions, MLLP, character sets, limits), the REF^I12 reader on the
 * canonical model, DTM conversion and the ACK builder. Linked with the
 * plugin's sources, so internal functions are reachable.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "er7.h"
#include "hl7v2.h"

#define MSH "MSH|^~\\&|HIS|PRAKTIJK|BEWEEGBRUG|gli-test|20261120101500||REF^I12^REF_I12|C1|P|2.5"

/* Parse `text` (C string) or fail the test. */
static void parse_ok(er7_message *m, const char *text)
{
	er7_error err;
	int rc = er7_parse(m, (const unsigned char *)text, strlen(text), &err);

	if (rc != 0)
		fail_msg("parse failed: segment %u: %s: %s", err.segment, err.where, err.message);
}

/* The decoded leaf, or "(absent)"; the caller frees. */
static char *leaf(const er7_message *m, const char *seg, unsigned f, unsigned r, unsigned c,
		  unsigned s)
{
	const er7_segment *sg = er7_find(m, seg, 1);
	er7_slice sl;
	char *v = NULL;

	assert_non_null(sg);
	if (!er7_at(m, sg, f, r, c, s, &sl))
		return strdup("(absent)");
	if (strcmp(seg, "MSH") == 0 && f <= 2)  /* the delimiters: never decoded */
		return strndup(sl.p, sl.n);
	assert_int_equal(er7_decode(m, sl, &v, NULL), 0);
	return v;
}

#define assert_leaf(m, seg, f, r, c, s, want)                                         \
	do {                                                                        \
		char *got_ = leaf(m, seg, f, r, c, s);                              \
		assert_string_equal(got_, want);                                    \
		free(got_);                                                         \
	} while (0)

/* ---- tokenizer ------------------------------------------------------------ */

static void test_delimiters_from_msh(void **state)
{
	er7_message m;
	(void)state;

	/* unusual delimiters: # field, $ component, * repetition, / escape, % sub */
	parse_ok(&m, "MSH#$*/%#A#B\rPID#1##x$y%z*r2#/F/ /S/ /E/\r");
	assert_int_equal(m.d.field, '#');
	assert_int_equal(m.d.component, '$');
	assert_int_equal(m.d.repetition, '*');
	assert_int_equal(m.d.escape, '/');
	assert_int_equal(m.d.subcomponent, '%');
	assert_leaf(&m, "MSH", 1, 1, 1, 1, "#");
	assert_leaf(&m, "MSH", 2, 1, 1, 1, "$*/%");
	assert_leaf(&m, "MSH", 3, 1, 1, 1, "A");
	assert_leaf(&m, "PID", 3, 1, 1, 1, "x");
	assert_leaf(&m, "PID", 3, 1, 2, 1, "y");
	assert_leaf(&m, "PID", 3, 1, 2, 2, "z");
	assert_leaf(&m, "PID", 3, 2, 1, 1, "r2");
	assert_leaf(&m, "PID", 4, 1, 1, 1, "# $ /");
	er7_free(&m);
}

static void test_bad_delimiters(void **state)
{
	er7_message m;
	er7_error err;
	(void)state;

	assert_int_equal(er7_parse(&m, (const unsigned char *)"MSH|^~\\|x", 9, &err), -1);
	assert_string_equal(err.where, "MSH-2");
	assert_int_equal(er7_parse(&m, (const unsigned char *)"MSH|^~\\&&|x", 11, &err), -1);
	assert_string_equal(err.where, "MSH-2");
	assert_int_equal(er7_parse(&m, (const unsigned char *)"MSH|^~\\^|x", 10, &err), -1);
	assert_string_equal(err.where, "MSH-2");
	assert_int_equal(er7_parse(&m, (const unsigned char *)"MSHA^~\\&A", 9, &err), -1);
	assert_string_equal(err.where, "MSH-1");
	assert_int_equal(er7_parse(&m, (const unsigned char *)"PID|1", 5, &err), -1);
	assert_string_equal(err.where, "MSH");
	assert_int_equal(er7_parse(&m, (const unsigned char *)"", 0, &err), -1);
}

static void test_escapes(void **state)
{
	er7_message m;
	er7_slice s;
	er7_error err;
	char *v;
	(void)state;

	parse_ok(&m, MSH "\rNTE|1||a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\f \\X4F4B\\ \\H\\x\\N\\ \\.br\\ \\E\\T\\E\\\r");
	assert_leaf(&m, "NTE", 3, 1, 1, 1, "a|b^c&d~e\\f OK x \\.br\\ \\T\\");
	/* a delimiter decoded from an escape does not split */
	assert_int_equal(er7_count((er7_slice){ "a\\S\\b", 5 }, '^'), 1);
	/* bad sequences are refused with a reason */
	s.p = "x\\Q\\";
	s.n = 4;
	assert_int_equal(er7_decode(&m, s, &v, &err), -1);
	assert_non_null(strstr(err.message, "not supported"));
	s.p = "x\\F";
	s.n = 3;
	assert_int_equal(er7_decode(&m, s, &v, &err), -1);
	assert_non_null(strstr(err.message, "not closed"));
	s.p = "\\X4\\";
	s.n = 4;
	assert_int_equal(er7_decode(&m, s, &v, &err), -1);
	s.p = "\\XZZ\\";
	s.n = 5;
	assert_int_equal(er7_decode(&m, s, &v, &err), -1);
	s.p = "\\X00\\";
	s.n = 5;
	assert_int_equal(er7_decode(&m, s, &v, &err), -1);
	assert_non_null(strstr(err.message, "control character"));
	s.p = "\\XC3\\";  /* half a UTF-8 sequence */
	s.n = 5;
	assert_int_equal(er7_decode(&m, s, &v, &err), -1);
	s.p = "\\XC3A9\\";
	s.n = 7;
	assert_int_equal(er7_decode(&m, s, &v, &err), 0);
	assert_string_equal(v, "\xc3\xa9");
	free(v);
	er7_free(&m);
}

static void test_repetitions_components(void **state)
{
	er7_message m;
	const er7_segment *pid;
	er7_slice f;
	(void)state;

	parse_ok(&m, MSH "\rPID|1||A^^^NS&1.2&ISO^T~B^^^X~~||\r");
	pid = er7_find(&m, "PID", 1);
	assert_non_null(pid);
	assert_int_equal(er7_field_count(&m, pid), 5);
	er7_field(&m, pid, 3, &f);
	assert_int_equal(er7_count(f, '~'), 4);
	assert_leaf(&m, "PID", 3, 1, 4, 2, "1.2");
	assert_leaf(&m, "PID", 3, 2, 4, 1, "X");
	assert_leaf(&m, "PID", 3, 3, 1, 1, "");
	assert_leaf(&m, "PID", 3, 5, 1, 1, "(absent)");
	assert_leaf(&m, "PID", 9, 1, 1, 1, "(absent)");
	/* MSH counts its separator as MSH-1 */
	assert_int_equal(er7_field_count(&m, er7_find(&m, "MSH", 1)), 12);
	assert_leaf(&m, "MSH", 9, 1, 2, 0, "I12");
	assert_leaf(&m, "MSH", 12, 0, 0, 0, "2.5");
	er7_free(&m);
}

static void test_terminators_and_mllp(void **state)
{
	static const char framed[] = "\x0bMSH|^~\\&|A\rPID|1\r\x1c\r";
	static const char unclosed[] = "\x0bMSH|^~\\&|A\rPID|1\r";
	er7_message m;
	er7_error err;
	(void)state;

	parse_ok(&m, "MSH|^~\\&|A\nPID|1\r\nNTE|1\n\n");
	assert_int_equal(m.nsegs, 3);
	assert_int_equal(m.bare_lf, 1);
	assert_int_equal(m.segs[2].number, 3);
	assert_string_equal(m.segs[2].name, "NTE");
	er7_free(&m);
	assert_int_equal(er7_parse(&m, (const unsigned char *)framed, sizeof(framed) - 1, &err), 0);
	assert_int_equal(m.mllp, 1);
	assert_int_equal(m.nsegs, 2);
	er7_free(&m);
	assert_int_equal(er7_parse(&m, (const unsigned char *)unclosed, sizeof(unclosed) - 1, &err), -1);
	assert_non_null(strstr(err.message, "MLLP"));
	assert_int_equal(err.segment, 2);  /* the last segment, where it stops */
}

static void test_charsets(void **state)
{
	static const char latin1[] = "MSH|^~\\&|A|||||||||||||||8859/1\rPID|1||\xe9\\XE9\\\r";
	static const char bad_utf8[] = "MSH|^~\\&|A\rPID|1||\xe9\r";
	static const char c1[] = "MSH|^~\\&|A|||||||||||||||8859/1\rPID|1||\x85\r";
	static const char unknown[] = "MSH|^~\\&|A|||||||||||||||ISO IR87\r";
	er7_message m;
	er7_error err;
	(void)state;

	assert_int_equal(er7_parse(&m, (const unsigned char *)latin1, sizeof(latin1) - 1, &err), 0);
	assert_int_equal(m.charset, ER7_LATIN1);
	assert_leaf(&m, "PID", 3, 1, 1, 1, "\xc3\xa9\xc3\xa9");
	er7_free(&m);
	assert_int_equal(er7_parse(&m, (const unsigned char *)bad_utf8, sizeof(bad_utf8) - 1, &err), -1);
	assert_int_equal(err.segment, 2);
	assert_string_equal(err.where, "PID-3");
	assert_int_equal(er7_parse(&m, (const unsigned char *)c1, sizeof(c1) - 1, &err), -1);
	assert_int_equal(er7_parse(&m, (const unsigned char *)unknown, sizeof(unknown) - 1, &err), -1);
	assert_string_equal(err.where, "MSH-18");
	/* a BOM is not part of the message */
	parse_ok(&m, "\xef\xbb\xbfMSH|^~\\&|A\r");
	er7_free(&m);
}

static void test_controls_and_segment_names(void **state)
{
	static const char nul[] = "MSH|^~\\&|A\rPID|1|\0|x\r";
	er7_message m;
	er7_error err;
	(void)state;

	assert_int_equal(er7_parse(&m, (const unsigned char *)nul, sizeof(nul) - 1, &err), -1);
	assert_int_equal(err.segment, 2);
	assert_string_equal(err.where, "PID-2");
	assert_int_equal(er7_parse(&m, (const unsigned char *)"MSH|^~\\&|A\rpid|1\r", 17, &err), -1);
	assert_int_equal(err.segment, 2);
	/* a bad name is quoted as printable ASCII, even when it holds 8859/1 (fuzz finding) */
	assert_int_equal(er7_parse(&m, (const unsigned char *)"MSH|^~\\&|A|||||||||||||||8859/1\r1E\xc9|x\r", 37, &err), -1);
	assert_string_equal(err.where, "1E?");
	assert_int_equal(er7_parse(&m, (const unsigned char *)"MSH|^~\\&|A\rMSH|^~\\&|B\r", 22, &err), -1);
	assert_non_null(strstr(err.message, "batches"));
}

static void test_limits(void **state)
{
	size_t big = ER7_MAX_FIELD + 10, i;
	char *text = malloc(big + 64);
	er7_message m;
	er7_error err;
	(void)state;

	assert_non_null(text);
	strcpy(text, "MSH|^~\\&|A\rNTE|1||");
	i = strlen(text);
	memset(text + i, 'x', big);
	text[i + big] = '\0';
	assert_int_equal(er7_parse(&m, (unsigned char *)text, strlen(text), &err), -1);
	assert_string_equal(err.where, "NTE-3");
	assert_int_equal(err.segment, 2);
	free(text);

	/* more segments than the limit */
	big = (ER7_MAX_SEGMENTS + 4) * 4 + 32;
	text = malloc(big);
	assert_non_null(text);
	strcpy(text, "MSH|^~\\&|A\r");
	for (i = strlen(text); i + 4 < big - 16; i += 4)
		memcpy(text + i, "ZZZ\r", 4);
	text[i] = '\0';
	assert_int_equal(er7_parse(&m, (unsigned char *)text, strlen(text), &err), -1);
	assert_non_null(strstr(err.message, "segments"));
	free(text);

	/* a message larger than the limit is refused before it is copied */
	assert_int_equal(er7_parse(&m, (const unsigned char *)"MSH", ER7_MAX_MESSAGE + 1u, &err), -1);
	assert_non_null(strstr(err.message, "limit"));
}

/* ---- DTM ----------------------------------------------------------------- */

static void test_dtm(void **state)
{
	char out[40], date[11], dtm[32];
	(void)state;

	assert_true(dtm_to_datetime("20261120101500", out));
	assert_string_equal(out, "2026-11-20T10:15:00+01:00");
	assert_true(dtm_to_datetime("202607011015", out));
	assert_string_equal(out, "2026-07-01T10:15:00+02:00");
	/* summer time starts on the last Sunday of March 2026 (the 29th) at 02:00 */
	assert_true(dtm_to_datetime("2026032901", out));
	assert_string_equal(out, "2026-03-29T01:00:00+01:00");
	assert_true(dtm_to_datetime("2026032903", out));
	assert_string_equal(out, "2026-03-29T03:00:00+02:00");
	assert_true(dtm_to_datetime("20261025040000", out));
	assert_string_equal(out, "2026-10-25T04:00:00+01:00");
	assert_true(dtm_to_datetime("20261120101500.25-0500", out));
	assert_string_equal(out, "2026-11-20T10:15:00.25-05:00");
	assert_true(dtm_to_datetime("20261120", out));
	assert_string_equal(out, "2026-11-20");
	assert_false(dtm_to_datetime("2026112", out));
	assert_false(dtm_to_datetime("20261120101", out));
	assert_false(dtm_to_datetime("20261120101500+01", out));
	assert_true(dtm_to_date("19710308", date));
	assert_string_equal(date, "1971-03-08");
	assert_true(iso_to_dtm("2026-11-20T10:15:00+01:00", dtm));
	assert_string_equal(dtm, "20261120101500+0100");
	assert_true(iso_to_dtm("2026-11-20T09:15:00Z", dtm));
	assert_string_equal(dtm, "20261120091500+0000");
}

/* ---- the reader ------------------------------------------------------------ */

static bb_referral *read_text(const char *text)
{
	er7_message m;
	bb_referral *r = NULL;

	parse_ok(&m, text);
	assert_int_equal(bb_referral_new(&r), BB_OK);
	assert_int_equal(read_ref_i12(&m, r), BB_OK);
	er7_free(&m);
	return r;
}

static int has_problem(const bb_referral *r, const char *text)
{
	size_t i;

	for (i = 0; i < bb_referral_problem_count(r); i++)
		if (strstr(bb_referral_problem_at(r, i), text))
			return 1;
	return 0;
}

static void dump_problems(const bb_referral *r)
{
	size_t i;

	for (i = 0; i < bb_referral_problem_count(r); i++)
		print_message("problem: %s\n", bb_referral_problem_at(r, i));
}

#define GOOD MSH "\r" \
	"RF1|P|R|SPOLI-FYS|||VW-1^01000002|20261120101500|20270101||L15^Knie^ICPC1NL\r" \
	"PRD|RP|van Dam&van&Dam^Piet^P.|||^WPN^PH^^^^^^^^^010-1234567||01000001^AGB-Z\r" \
	"PRD|PP|Praktijk (test)|||||01000002^AGB\r" \
	"PRD|RT|Stadspoli (test)|||||98000003^AGB~spoli-knie^AANBOD\r" \
	"PID|1||PAT-9^^^PRAKTIJK^PI~999990068^^^NLMINBIZA^NNNLD||" \
	"Putten-van der Giessen&van&Putten&van der&Giessen^Anna Maria^A.M.^^^^L^^^^NL3~^Ans^^^^^N||" \
	"19700517|F|||Dorpsstraat 4-2&Dorpsstraat&4-2^^Rotterdam^^3011 AA^NLD||" \
	"^NET^Internet^anna@example.org~^PRN^PH^^^^^^^^^06-12345678\r" \
	"CON|1||||||||||A||20261120100000\r" \
	"DG1|1||L15^Knieklachten^ICPC1NL\r" \
	"DG1|2||L90^Gonartrose^2.16.840.1.113883.2.4.4.31.1\r" \
	"OBR|1|||M|||20261118\r" \
	"OBX|1|NM|39156-5^BMI^LN||27.0|kg/m2^kg/m2^UCUM|||||F\r" \
	"OBX|2|NM|357^Gewicht^NHG45||80.5|kg^^UCUM|||||F|||202611190930\r" \
	"NTE|1|L|Pijn\\.br\\bij traplopen\\E\\.~Tweede regel\r" \
	"NTE|2||Liever 's ochtends|WENSEN\r"

static void test_reader_maps_fields(void **state)
{
	bb_referral *r = read_text(GOOD);
	const char *sys, *code, *text, *loinc, *value, *unit, *when;
	(void)state;

	dump_problems(r);
	assert_int_equal(bb_referral_problem_count(r), 0);
	assert_string_equal(bb_referral_get(r, BB_REF_ID), "VW-1");
	assert_string_equal(bb_referral_get(r, BB_REF_KIND), "stadspoli");
	assert_string_equal(bb_referral_get(r, BB_REF_TRACK), "physio");
	assert_string_equal(bb_referral_get(r, BB_REF_PRIORITY), "routine");
	assert_string_equal(bb_referral_get(r, BB_REF_AUTHORED), "2026-11-20T10:15:00+01:00");
	assert_string_equal(bb_referral_get(r, BB_REF_VALID_UNTIL), "2027-01-01");
	assert_string_equal(bb_referral_get(r, BB_REF_RECEIVER_ID), "gli-test");
	assert_string_equal(bb_referral_get(r, BB_REF_RECEIVER_NAME), "Stadspoli (test)");
	assert_string_equal(bb_referral_get(r, BB_REF_RECEIVER_AGB), "98000003");
	assert_string_equal(bb_referral_get(r, BB_REF_OFFER_ID), "spoli-knie");
	assert_string_equal(bb_referral_get(r, BB_REF_REFERRER_PREFIX), "van");
	assert_string_equal(bb_referral_get(r, BB_REF_REFERRER_FAMILY), "Dam");
	assert_string_equal(bb_referral_get(r, BB_REF_REFERRER_AGB), "01000001");
	assert_string_equal(bb_referral_get(r, BB_REF_REFERRER_PHONE), "010-1234567");
	assert_string_equal(bb_referral_get(r, BB_REF_PRACTICE_AGB), "01000002");
	assert_string_equal(bb_referral_get(r, BB_REF_PRACTICE_NAME), "Praktijk (test)");
	assert_string_equal(bb_referral_get(r, BB_REF_PATIENT_BSN), "999990068");
	assert_string_equal(bb_referral_get(r, BB_REF_PATIENT_PREFIX), "van");
	assert_string_equal(bb_referral_get(r, BB_REF_PATIENT_FAMILY), "Putten");
	assert_string_equal(bb_referral_get(r, BB_REF_PATIENT_PARTNER_PREFIX), "van der");
	assert_string_equal(bb_referral_get(r, BB_REF_PATIENT_PARTNER_FAMILY), "Giessen");
	assert_string_equal(bb_referral_get(r, BB_REF_PATIENT_NAME_USAGE), "NL3");
	assert_string_equal(bb_referral_get(r, BB_REF_PATIENT_GIVEN), "Anna Maria");
	assert_string_equal(bb_referral_get(r, BB_REF_PATIENT_INITIALS), "A.M.");
	assert_string_equal(bb_referral_get(r, BB_REF_PATIENT_CALL_NAME), "Ans");
	assert_string_equal(bb_referral_get(r, BB_REF_PATIENT_BIRTHDATE), "1970-05-17");
	assert_string_equal(bb_referral_get(r, BB_REF_PATIENT_GENDER), "female");
	assert_string_equal(bb_referral_get(r, BB_REF_PATIENT_STREET), "Dorpsstraat");
	assert_string_equal(bb_referral_get(r, BB_REF_PATIENT_HOUSENUMBER), "4");
	assert_string_equal(bb_referral_get(r, BB_REF_PATIENT_HOUSENUMBER_SUFFIX), "2");
	assert_string_equal(bb_referral_get(r, BB_REF_PATIENT_POSTCODE), "3011 AA");
	assert_string_equal(bb_referral_get(r, BB_REF_PATIENT_COUNTRY), "NL");
	assert_string_equal(bb_referral_get(r, BB_REF_PATIENT_EMAIL), "anna@example.org");
	assert_string_equal(bb_referral_get(r, BB_REF_PATIENT_PHONE), "06-12345678");
	assert_string_equal(bb_referral_get(r, BB_REF_CONSENT), "yes");
	assert_string_equal(bb_referral_get(r, BB_REF_CONSENT_DATE), "2026-11-20T10:00:00+01:00");
	assert_string_equal(bb_referral_get(r, BB_REF_LETTER),
			    "Pijn\nbij traplopen\\.\nTweede regel");
	assert_string_equal(bb_referral_get(r, BB_REF_PREFERENCES), "Liever 's ochtends");
	/* L15 from RF1-10 and DG1 once; L90 by OID */
	assert_int_equal(bb_referral_reason_count(r), 2);
	bb_referral_reason_at(&sys, &code, &text, r, 1);
	assert_string_equal(sys, "icpc-1-nl");
	assert_string_equal(code, "L90");
	assert_string_equal(text, "Gonartrose");
	assert_int_equal(bb_referral_measurement_count(r), 2);
	bb_referral_measurement_at(&loinc, &value, &unit, &when, r, 0);
	assert_string_equal(value, "27.0");
	assert_string_equal(when, "2026-11-18");
	bb_referral_measurement_at(&loinc, &value, &unit, &when, r, 1);
	assert_string_equal(loinc, "29463-7");
	assert_string_equal(when, "2026-11-19T09:30:00+01:00");
	bb_referral_free(r);
}

static void test_reader_problems(void **state)
{
	bb_referral *r;
	(void)state;

	/* OBX outside OBR, unknown type, bad BSN, bad sex, unknown segment, no RT */
	r = read_text("MSH|^~\\&|A|B|C|D|20261120||ORU^R01|X|P|2.3\r"
		      "RF1|P|Q|NOPE\r"
		      "PRD|RP|X\r"
		      "PID|1||999990069^^^NLMINBIZA||X||19700230|Z\r"
		      "OBX|1|NM|39156-5^BMI^LN||27\r"
		      "EVN|A01\r"
		      "CON|1||||||||||B\r"
		      "OBR|1\r"
		      "OBX|1|ST|39156-5^BMI^LN||27\r"
		      "OBX|2|NM|39156-5^BMI^XX||,5\r");
	dump_problems(r);
	assert_true(has_problem(r, "MSH-9: message type ORU^R01 is not REF^I12"));
	assert_true(has_problem(r, "MSH-12: version \"2.3\" is not 2.5"));
	assert_true(has_problem(r, "RF1-2: priority"));
	assert_true(has_problem(r, "RF1-3: referral type \"NOPE\""));
	assert_true(has_problem(r, "RF1-6: the referral id"));
	assert_true(has_problem(r, "PID-3: patient.bsn \"999990069\" is not a valid BSN"));
	assert_true(has_problem(r, "PID-7: patient.birthdate"));
	assert_true(has_problem(r, "PID-8: \"Z\" is not M, F, O or U"));
	assert_true(has_problem(r, "OBX: an OBX outside an OBR group"));
	assert_true(has_problem(r, "EVN: segment EVN has no place"));
	assert_true(has_problem(r, "CON-11: consent status \"B\""));
	assert_true(has_problem(r, "OBX-2: value type \"ST\""));
	assert_true(has_problem(r, "OBX-3: the observation code must be LOINC"));
	assert_true(has_problem(r, "OBX-5: \",5\" is not a decimal"));
	assert_true(has_problem(r, "MSH: no PRD with role RT"));
	bb_referral_free(r);
}

/* ---- ACK ------------------------------------------------------------------ */

static char *ack_of(const char *msg, const hl7_ack_problem *p, size_t n, const char *want_code)
{
	hl7_out o = { NULL, 0, 0, 0 };
	const char *code = hl7_ack_build(&o, (const unsigned char *)msg, strlen(msg), p, n,
					 "20261120101600+0000", "ACK-1");

	assert_false(o.failed);
	assert_string_equal(code, want_code);
	return o.p;
}

static void test_ack(void **state)
{
	hl7_ack_problem p[] = {
		{ 3, "PID-3", "patient.bsn \"1\" is not a valid BSN" },
		{ 5, "OBX", "an OBX outside an OBR group" },
	};
	char *a;
	(void)state;

	a = ack_of(MSH "\rRF1|P\r", NULL, 0, "AA");
	assert_string_equal(a, "MSH|^~\\&|BEWEEGBRUG|BEWEEGBRUG|HIS|PRAKTIJK|20261120101600+0000||ACK^I12^ACK|ACK-1|P|2.5|||||||UNICODE UTF-8\r"
			       "MSA|AA|C1\r");
	free(a);

	a = ack_of(MSH "\rRF1|P\rPID|1\rNTE|1\rOBX|1\r", p, 2, "AE");
	assert_non_null(strstr(a, "MSA|AE|C1\r"));
	assert_non_null(strstr(a, "ERR||PID^1^3|102^Data type error^HL70357|E||||patient.bsn \"1\" is not a valid BSN\r"));
	assert_non_null(strstr(a, "ERR||OBX^1|100^Segment sequence error^HL70357|E||||an OBX outside an OBR group\r"));
	free(a);

	/* not REF^I12 / not 2.5: rejected */
	a = ack_of("MSH|^~\\&|HIS|P|||20261120||ADT^A01|C2|P|2.5\r", NULL, 0, "AR");
	assert_non_null(strstr(a, "MSA|AR|C2\r"));
	assert_non_null(strstr(a, "ERR||MSH^1^9|200^Unsupported message type^HL70357|E||||"));
	free(a);
	a = ack_of("MSH|^~\\&|HIS|P|||20261120||REF^I12|C3|P|2.4\r", NULL, 0, "AR");
	assert_non_null(strstr(a, "203^Unsupported version id"));
	free(a);

	/* unreadable: rejected, with the tokenizer's reason */
	a = ack_of("garbage", NULL, 0, "AR");
	assert_non_null(strstr(a, "MSA|AR|\r"));
	assert_non_null(strstr(a, "ERR||MSH^1|102^Data type error^HL70357|E||||the message must start with an MSH segment\r"));
	free(a);

	/* a problem text cut inside a UTF-8 sequence still gives a valid ACK */
	{
		hl7_ack_problem cut = { 2, "PID-5", "name \"\xc3\" cut" };
		er7_message back;
		er7_error err;
		a = ack_of(MSH "\rPID|1\r", &cut, 1, "AE");
		assert_non_null(strstr(a, "|E||||name \"?\" cut\r"));
		assert_int_equal(er7_parse(&back, (unsigned char *)a, strlen(a), &err), 0);
		er7_free(&back);
		free(a);
	}
	/* an unknown character set with non-ASCII bytes: the ACK quotes it safely (fuzz finding) */
	a = ack_of("MSH|^~\\&|A|||||||||||||||UNICODE U\xe9" "F-8\r", NULL, 0, "AR");
	assert_non_null(strstr(a, "character set \"UNICODE U?F-8\" is not supported"));
	free(a);

	/* values from the message are escaped again in the ACK */
	a = ack_of("MSH|^~\\&|H\\F\\IS|P|||20261120||REF^I12|C\\S\\4|P|2.5\r", NULL, 0, "AA");
	assert_non_null(strstr(a, "|BEWEEGBRUG|BEWEEGBRUG|H\\F\\IS|P|"));
	assert_non_null(strstr(a, "MSA|AA|C\\S\\4\r"));
	free(a);
}

static void test_out_escape_and_control_id(void **state)
{
	hl7_out o = { NULL, 0, 0, 0 };
	char id1[21], id2[21];
	(void)state;

	out_esc(&o, "a|b^c&d~e\\f\r\ng");
	assert_string_equal(o.p, "a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\f\\X0D\\\\X0A\\g");
	out_free(&o);
	hl7_control_id(id1, "BBFB", "x");
	hl7_control_id(id2, "BBFB", "y");
	assert_int_equal(strlen(id1), 20);
	assert_string_not_equal(id1, id2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_delimiters_from_msh),
		cmocka_unit_test(test_bad_delimiters),
		cmocka_unit_test(test_escapes),
		cmocka_unit_test(test_repetitions_components),
		cmocka_unit_test(test_terminators_and_mllp),
		cmocka_unit_test(test_charsets),
		cmocka_unit_test(test_controls_and_segment_names),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_dtm),
		cmocka_unit_test(test_reader_maps_fields),
		cmocka_unit_test(test_reader_problems),
		cmocka_unit_test(test_ack),
		cmocka_unit_test(test_out_escape_and_control_id),
	};

	return cmocka_run_group_tests_name("his-hl7v2", tests, NULL, NULL);
}
