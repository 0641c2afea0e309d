/*
 * The field tables of the canonical model and the checks behind them.
 * Names are what error messages show; they follow the model's structure
 * ("patient.bsn") rather than any input format.
 */
#include "model.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "bsn.h"
#include "util/lexical.h"
#include "util/strutil.h"
#include "terminology/terms.h"

static const char *const kinds[] = { "gli", "beweegcoach", "stadspoli", "regular", NULL };
static const char *const priorities[] = { "routine", "urgent", "asap", "stat", NULL };
static const char *const tracks[] = { "physio", "specialist", "beweegcoach", NULL };
static const char *const genders[] = { "male", "female", "other", "unknown", NULL };
static const char *const name_usages[] = { "NL1", "NL2", "NL3", "NL4", NULL };
static const char *const yes_no[] = { "yes", "no", NULL };
static const char *const task_states[] = {
	"requested", "received", "accepted", "rejected", "in-progress", "on-hold",
	"completed", "failed", "cancelled", NULL
};

const field_def referral_fields[] = {
	{ BB_REF_ID, "referral.id", FC_ID, NULL },
	{ BB_REF_KIND, "referral.kind", FC_ENUM, kinds },
	{ BB_REF_AUTHORED, "referral.authored", FC_DATETIME, NULL },
	{ BB_REF_PRIORITY, "referral.priority", FC_ENUM, priorities },
	{ BB_REF_LETTER, "referral.letter", FC_TEXT, NULL },
	{ BB_REF_PREFERENCES, "referral.preferences", FC_TEXT, NULL },
	{ BB_REF_TRACK, "referral.track", FC_ENUM, tracks },
	{ BB_REF_VALID_UNTIL, "referral.valid_until", FC_DATE, NULL },
	{ BB_REF_PATIENT_BSN, "patient.bsn", FC_BSN, NULL },
	{ BB_REF_PATIENT_GIVEN, "patient.given", FC_LINE, NULL },
	{ BB_REF_PATIENT_INITIALS, "patient.initials", FC_LINE, NULL },
	{ BB_REF_PATIENT_CALL_NAME, "patient.call_name", FC_LINE, NULL },
	{ BB_REF_PATIENT_PREFIX, "patient.prefix", FC_LINE, NULL },
	{ BB_REF_PATIENT_FAMILY, "patient.family", FC_LINE, NULL },
	{ BB_REF_PATIENT_PARTNER_PREFIX, "patient.partner_prefix", FC_LINE, NULL },
	{ BB_REF_PATIENT_PARTNER_FAMILY, "patient.partner_family", FC_LINE, NULL },
	{ BB_REF_PATIENT_NAME_USAGE, "patient.name_usage", FC_ENUM, name_usages },
	{ BB_REF_PATIENT_BIRTHDATE, "patient.birthdate", FC_DATE, NULL },
	{ BB_REF_PATIENT_GENDER, "patient.gender", FC_ENUM, genders },
	{ BB_REF_PATIENT_STREET, "patient.street", FC_LINE, NULL },
	{ BB_REF_PATIENT_HOUSENUMBER, "patient.housenumber", FC_LINE, NULL },
	{ BB_REF_PATIENT_HOUSENUMBER_SUFFIX, "patient.housenumber_suffix", FC_LINE, NULL },
	{ BB_REF_PATIENT_POSTCODE, "patient.postcode", FC_POSTCODE, NULL },
	{ BB_REF_PATIENT_CITY, "patient.city", FC_LINE, NULL },
	{ BB_REF_PATIENT_COUNTRY, "patient.country", FC_COUNTRY, NULL },
	{ BB_REF_PATIENT_PHONE, "patient.phone", FC_PHONE, NULL },
	{ BB_REF_PATIENT_EMAIL, "patient.email", FC_EMAIL, NULL },
	{ BB_REF_REFERRER_AGB, "referrer.agb", FC_AGB, NULL },
	{ BB_REF_REFERRER_UZI, "referrer.uzi", FC_UZI, NULL },
	{ BB_REF_REFERRER_BIG, "referrer.big", FC_BIG, NULL },
	{ BB_REF_REFERRER_INITIALS, "referrer.initials", FC_LINE, NULL },
	{ BB_REF_REFERRER_GIVEN, "referrer.given", FC_LINE, NULL },
	{ BB_REF_REFERRER_PREFIX, "referrer.prefix", FC_LINE, NULL },
	{ BB_REF_REFERRER_FAMILY, "referrer.family", FC_LINE, NULL },
	{ BB_REF_REFERRER_ROLE, "referrer.role", FC_LINE, NULL },
	{ BB_REF_REFERRER_PHONE, "referrer.phone", FC_PHONE, NULL },
	{ BB_REF_PRACTICE_AGB, "practice.agb", FC_AGB, NULL },
	{ BB_REF_PRACTICE_URA, "practice.ura", FC_URA, NULL },
	{ BB_REF_PRACTICE_NAME, "practice.name", FC_LINE, NULL },
	{ BB_REF_PRACTICE_PHONE, "practice.phone", FC_PHONE, NULL },
	{ BB_REF_RECEIVER_ID, "receiver.id", FC_ID, NULL },
	{ BB_REF_RECEIVER_NAME, "receiver.name", FC_LINE, NULL },
	{ BB_REF_RECEIVER_AGB, "receiver.agb", FC_AGB, NULL },
	{ BB_REF_RECEIVER_URA, "receiver.ura", FC_URA, NULL },
	{ BB_REF_OFFER_ID, "receiver.offer_id", FC_ID, NULL },
	{ BB_REF_CONSENT, "consent.given", FC_ENUM, yes_no },
	{ BB_REF_CONSENT_DATE, "consent.date", FC_DATETIME, NULL },
	{ BB_REF_COMPLAINT_ONSET, "complaint.onset", FC_DATE, NULL },
	{ BB_REF_GOAL, "patient.goal", FC_TEXT, NULL },
};
const size_t referral_field_count = sizeof(referral_fields) / sizeof(referral_fields[0]);

const field_def feedback_fields[] = {
	{ BB_FB_REFERRAL_ID, "feedback.referral_id", FC_ID, NULL },
	{ BB_FB_RECEIVER_REFERENCE, "feedback.receiver_reference", FC_ID, NULL },
	{ BB_FB_STATUS, "feedback.status", FC_ENUM, task_states },
	{ BB_FB_BUSINESS_STATUS, "feedback.business_status", FC_ID, NULL },
	{ BB_FB_REASON_CODE, "feedback.reason_code", FC_ID, NULL },
	{ BB_FB_REASON_TEXT, "feedback.reason_text", FC_TEXT, NULL },
	{ BB_FB_NARRATIVE, "feedback.narrative", FC_TEXT, NULL },
	{ BB_FB_DATE, "feedback.date", FC_DATETIME, NULL },
	{ BB_FB_INTAKE_DATE, "feedback.intake_date", FC_DATETIME, NULL },
	{ BB_FB_AUTHOR_NAME, "feedback.author", FC_LINE, NULL },
	{ BB_FB_AUTHOR_ORGANIZATION, "feedback.organization", FC_LINE, NULL },
	{ BB_FB_SESSIONS_ATTENDED, "feedback.sessions_attended", FC_COUNT, NULL },
	{ BB_FB_SESSIONS_MISSED, "feedback.sessions_missed", FC_COUNT, NULL },
	{ BB_FB_PRACTICE_AGB, "feedback.practice_agb", FC_AGB, NULL },
	{ BB_FB_MESSAGE_ID, "feedback.message_id", FC_ID, NULL },
	{ BB_FB_FORWARDED_TRACK, "feedback.forwarded.track", FC_ENUM, tracks },
	{ BB_FB_FORWARDED_ORGANIZATION, "feedback.forwarded.organization", FC_LINE, NULL },
	{ BB_FB_FORWARDED_AGB, "feedback.forwarded.agb", FC_AGB, NULL },
	{ BB_FB_FORWARDED_STATUS, "feedback.forwarded.status", FC_ENUM, task_states },
	{ BB_FB_PATIENT_BSN, "feedback.patient_bsn", FC_BSN, NULL },
	{ BB_FB_REFERRAL_AUTHORED, "feedback.referral_authored", FC_DATETIME, NULL },
	{ BB_FB_REFERRER_AGB, "feedback.referrer_agb", FC_AGB, NULL },
	{ BB_FB_PRACTICE_NAME, "feedback.practice_name", FC_LINE, NULL },
	{ BB_FB_PRACTICE_URA, "feedback.practice_ura", FC_URA, NULL },
	{ BB_FB_RECEIVER_ID, "feedback.receiver_id", FC_ID, NULL },
	{ BB_FB_RECEIVER_AGB, "feedback.receiver_agb", FC_AGB, NULL },
	{ BB_FB_RECEIVER_URA, "feedback.receiver_ura", FC_URA, NULL },
	{ BB_FB_REFERRAL_KIND, "feedback.referral_kind", FC_ENUM, kinds },
	{ BB_FB_EPISODE_CODE, "feedback.episode.code", FC_ICPC, NULL },
	{ BB_FB_EPISODE_TEXT, "feedback.episode.text", FC_LINE, NULL },
	{ BB_FB_PLAN, "feedback.plan", FC_TEXT, NULL },
	{ BB_FB_PROPOSAL, "feedback.proposal", FC_TEXT, NULL },
	{ BB_FB_CONTINUATION, "feedback.continuation", FC_ENUM, term_continuation_codes },
	{ BB_FB_NEXT_OFFER, "feedback.next_offer", FC_ID, NULL },
	{ BB_FB_FOLLOWUP_MONTHS, "feedback.follow_up.months", FC_MONTHS, NULL },
	{ BB_FB_FOLLOWUP_ACTIVE, "feedback.follow_up.active", FC_ENUM, yes_no },
	{ BB_FB_FOLLOWUP_PER_WEEK, "feedback.follow_up.per_week", FC_PER_WEEK, NULL },
	{ BB_FB_WELLBEING, "feedback.wellbeing", FC_SCORE10, NULL },
};
const size_t feedback_field_count = sizeof(feedback_fields) / sizeof(feedback_fields[0]);

#define MAX_TEXT 20000
#define MAX_LINE 500

static int text_ok(const char *v, int multiline, size_t max)
{
	size_t n = 0;

	for (; *v; v++, n++) {
		unsigned char c = (unsigned char)*v;
		if (c < 0x20 && !(multiline && (c == '\n' || c == '\t' || c == '\r')))
			return 0;
		if (c == 0x7f)
			return 0;
	}
	return n <= max;
}

static int in_allowed(const char *const *allowed, const char *v)
{
	for (; *allowed; allowed++)
		if (strcmp(*allowed, v) == 0)
			return 1;
	return 0;
}

static int postcode_ok(const char *v)
{
	/* 1234AB or 1234 AB; the first digit is never 0 */
	if (v[0] < '1' || v[0] > '9' || !isdigit((unsigned char)v[1]) ||
	    !isdigit((unsigned char)v[2]) || !isdigit((unsigned char)v[3]))
		return 0;
	v += 4;
	if (*v == ' ')
		v++;
	return isalpha((unsigned char)v[0]) && isalpha((unsigned char)v[1]) && v[2] == '\0';
}

static int email_ok(const char *v)
{
	const char *at = strchr(v, '@');

	if (!at || at == v || strchr(at + 1, '@') || !strchr(at + 1, '.'))
		return 0;
	for (; *v; v++)
		if (isspace((unsigned char)*v) || iscntrl((unsigned char)*v))
			return 0;
	return at[1] != '.' && v[-1] != '.';
}

static int phone_ok(const char *v)
{
	int digits = 0;

	for (; *v; v++) {
		if (isdigit((unsigned char)*v))
			digits++;
		else if (!strchr("+-() ", *v))
			return 0;
	}
	return digits >= 3 && digits <= 15;
}

static int id_ok(const char *v)
{
	size_t n = 0;

	for (; *v; v++, n++)
		if (!isgraph((unsigned char)*v) && !((unsigned char)*v & 0x80))
			return 0;
	return n >= 1 && n <= 64;
}

int model_icpc_code_ok(const char *c)
{
	/* a chapter letter, two digits, optionally '.' and two digits */
	if (!isupper((unsigned char)c[0]) || !isdigit((unsigned char)c[1]) ||
	    !isdigit((unsigned char)c[2]))
		return 0;
	if (c[3] == '\0')
		return 1;
	return c[3] == '.' && isdigit((unsigned char)c[4]) && isdigit((unsigned char)c[5]) &&
	       c[6] == '\0';
}

int model_field_value_ok(const field_def *def, const char *v, const char **why)
{
	switch (def->check) {
	case FC_TEXT:
		*why = "is not text (control characters, or longer than 20000 characters)";
		return text_ok(v, 1, MAX_TEXT);
	case FC_LINE:
		*why = "must be one line of at most 500 characters";
		return text_ok(v, 0, MAX_LINE);
	case FC_ENUM:
		*why = "is not one of the allowed values";
		return in_allowed(def->allowed, v);
	case FC_BSN:
		*why = "is not a valid BSN (9 digits passing the elfproef)";
		return model_bsn_is_valid(v);
	case FC_AGB:
		*why = "is not an AGB code (8 digits)";
		return model_is_digits(v, 8);
	case FC_URA:
		*why = "is not a URA number (8 digits)";
		return model_is_digits(v, 8);
	case FC_BIG:
		*why = "is not a BIG number (11 digits)";
		return model_is_digits(v, 11);
	case FC_UZI:
		*why = "is not a UZI number (9 digits)";
		return model_is_digits(v, 9);
	case FC_DATE:
		*why = "is not a date (YYYY-MM-DD)";
		return lex_is_date(v, 1);
	case FC_DATETIME:
		*why = "is not a date (YYYY-MM-DD) or date-time with time zone (YYYY-MM-DDThh:mm:ss+01:00)";
		return lex_is_datetime(v) && strlen(v) >= 10;
	case FC_POSTCODE:
		*why = "is not a Dutch postcode (1234 AB)";
		return postcode_ok(v);
	case FC_EMAIL:
		*why = "is not an e-mail address";
		return email_ok(v);
	case FC_PHONE:
		*why = "is not a telephone number";
		return phone_ok(v);
	case FC_COUNTRY:
		*why = "is not a two-letter country code (NL)";
		return isupper((unsigned char)v[0]) && isupper((unsigned char)v[1]) && !v[2];
	case FC_COUNT:
		*why = "is not a whole number of 0 or more";
		return lex_is_integer(v, 0);
	case FC_MONTHS:
		*why = "is not a number of months after the start (1-60)";
		return lex_is_integer(v, 1) && strlen(v) <= 2 && atoi(v) <= 60;
	case FC_PER_WEEK:
		*why = "is not a number of times a week (1-28)";
		return lex_is_integer(v, 1) && strlen(v) <= 2 && atoi(v) <= 28;
	case FC_SCORE10:
		*why = "is not a well-being score from 0 to 10 (whole, or with one decimal: 7 or 7.5)";
		return term_score_ok(v, 0, 10);
	case FC_ID:
		*why = "is not an identifier (1-64 printable characters, no spaces)";
		return id_ok(v);
	case FC_ICPC:
		*why = "is not an ICPC-1-NL code (e.g. T90 or T90.02)";
		return model_icpc_code_ok(v);
	}
	*why = "has an unknown check";
	return 0;
}

int model_loinc_is_valid(const char *code)
{
	/* LOINC: 1-7 digits, '-', a mod-10 (Luhn) check digit over the digits. */
	const char *dash = strchr(code, '-');
	size_t n, i;
	int sum = 0, dbl = 1;

	if (!dash)
		return 0;
	n = (size_t)(dash - code);
	if (n < 1 || n > 7 || !model_is_digits(dash + 1, 1))
		return 0;
	for (i = n; i-- > 0;) {
		int d;
		if (!isdigit((unsigned char)code[i]))
			return 0;
		d = code[i] - '0';
		if (dbl) {
			d *= 2;
			if (d > 9)
				d -= 9;
		}
		sum += d;
		dbl = !dbl;
	}
	return (10 - sum % 10) % 10 == dash[1] - '0';
}

int model_ucum_unit_ok(const char *unit)
{
	size_t n = 0;

	/* UCUM units are printable ASCII without spaces; we do not parse the grammar. */
	for (; *unit; unit++, n++)
		if (!isgraph((unsigned char)*unit))
			return 0;
	return n >= 1 && n <= 40;
}
