/*
 * A summary of a referral for people: what the CLI shows before FHIR
 * output exists, and what an operator reads when checking a record.
 */
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "util/strutil.h"

static const char *get(const bb_referral *r, int f)
{
	const char *v = bb_referral_get(r, f);
	return v ? v : "";
}

/* "J.P. van der Berg", leaving out what is not known. */
static void add_name(strbuf *b, const char *a, const char *c, const char *d)
{
	const char *parts[3] = { a, c, d };
	int i, first = 1;

	for (i = 0; i < 3; i++) {
		if (!parts[i] || !*parts[i])
			continue;
		strbuf_printf(b, "%s%s", first ? "" : " ", parts[i]);
		first = 0;
	}
	if (first)
		strbuf_puts(b, "(no name)");
}

static void line(strbuf *b, const char *label, const char *value)
{
	if (value && *value)
		strbuf_printf(b, "  %-12s %s\n", label, value);
}

int bb_referral_describe(char **out, const bb_referral *r)
{
	strbuf b = STRBUF_INIT;
	size_t i;

	if (!out || !r)
		return BB_EINVAL;
	*out = NULL;
	strbuf_printf(&b, "Verwijzing %s (%s)\n", bb_referral_get(r, BB_REF_ID) ?
		      get(r, BB_REF_ID) : "(no id)",
		      bb_referral_get(r, BB_REF_KIND) ? get(r, BB_REF_KIND) : "kind unknown");
	line(&b, "authored", get(r, BB_REF_AUTHORED));
	line(&b, "priority", get(r, BB_REF_PRIORITY));
	line(&b, "track", get(r, BB_REF_TRACK));
	line(&b, "onset", get(r, BB_REF_COMPLAINT_ONSET));
	line(&b, "goal", get(r, BB_REF_GOAL));

	strbuf_puts(&b, "Patient\n  name         ");
	add_name(&b, bb_referral_get(r, BB_REF_PATIENT_INITIALS) ? get(r, BB_REF_PATIENT_INITIALS)
								  : get(r, BB_REF_PATIENT_GIVEN),
		 get(r, BB_REF_PATIENT_PREFIX), get(r, BB_REF_PATIENT_FAMILY));
	if (bb_referral_get(r, BB_REF_PATIENT_PARTNER_FAMILY)) {
		strbuf_puts(&b, " (partner: ");
		add_name(&b, NULL, get(r, BB_REF_PATIENT_PARTNER_PREFIX),
			 get(r, BB_REF_PATIENT_PARTNER_FAMILY));
		strbuf_puts(&b, ")");
	}
	strbuf_puts(&b, "\n");
	line(&b, "bsn", get(r, BB_REF_PATIENT_BSN));
	line(&b, "born", get(r, BB_REF_PATIENT_BIRTHDATE));
	line(&b, "gender", get(r, BB_REF_PATIENT_GENDER));
	if (bb_referral_get(r, BB_REF_PATIENT_STREET) || bb_referral_get(r, BB_REF_PATIENT_CITY)) {
		strbuf_printf(&b, "  %-12s %s %s%s, %s %s\n", "address", get(r, BB_REF_PATIENT_STREET),
			      get(r, BB_REF_PATIENT_HOUSENUMBER),
			      get(r, BB_REF_PATIENT_HOUSENUMBER_SUFFIX),
			      get(r, BB_REF_PATIENT_POSTCODE), get(r, BB_REF_PATIENT_CITY));
	}
	line(&b, "phone", get(r, BB_REF_PATIENT_PHONE));
	line(&b, "email", get(r, BB_REF_PATIENT_EMAIL));

	strbuf_puts(&b, "Referrer\n  name         ");
	add_name(&b, get(r, BB_REF_REFERRER_INITIALS), get(r, BB_REF_REFERRER_PREFIX),
		 get(r, BB_REF_REFERRER_FAMILY));
	strbuf_puts(&b, "\n");
	line(&b, "role", get(r, BB_REF_REFERRER_ROLE));
	line(&b, "agb", get(r, BB_REF_REFERRER_AGB));
	line(&b, "practice", get(r, BB_REF_PRACTICE_NAME));
	line(&b, "practice agb", get(r, BB_REF_PRACTICE_AGB));

	if (bb_referral_get(r, BB_REF_RECEIVER_ID) || bb_referral_get(r, BB_REF_RECEIVER_NAME)) {
		strbuf_puts(&b, "Receiver\n");
		line(&b, "id", get(r, BB_REF_RECEIVER_ID));
		line(&b, "name", get(r, BB_REF_RECEIVER_NAME));
	}
	if (bb_referral_reason_count(r)) {
		strbuf_puts(&b, "Reasons\n");
		for (i = 0; i < bb_referral_reason_count(r); i++) {
			const char *sys, *code, *text;
			bb_referral_reason_at(&sys, &code, &text, r, i);
			strbuf_printf(&b, "  %-12s %s\n", code ? code : "-", text);
		}
	}
	if (bb_referral_measurement_count(r)) {
		strbuf_puts(&b, "Measurements\n");
		for (i = 0; i < bb_referral_measurement_count(r); i++) {
			const char *loinc, *value, *unit, *when;
			bb_referral_measurement_at(&loinc, &value, &unit, &when, r, i);
			strbuf_printf(&b, "  %-12s %s %s%s%s\n", loinc, value, unit,
				      when ? " on " : "", when ? when : "");
		}
	}
	if (bb_referral_get(r, BB_REF_CONSENT))
		strbuf_printf(&b, "Consent\n  %-12s %s%s%s\n", "given", get(r, BB_REF_CONSENT),
			      bb_referral_get(r, BB_REF_CONSENT_DATE) ? " on " : "",
			      get(r, BB_REF_CONSENT_DATE));
	if (bb_referral_get(r, BB_REF_LETTER))
		strbuf_printf(&b, "Letter\n  %s\n", get(r, BB_REF_LETTER));
	*out = strbuf_detach(&b, NULL);
	return *out ? BB_OK : BB_ENOMEM;
}
