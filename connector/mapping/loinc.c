/*
 * LOINC codes seen in GP referrals to exercise programmes (standards.md
 * §1.6): vital signs, waist, HbA1c, physical activity and the
 * stadspoli's pain score. Unknown codes still travel, just without a
 * display text and category.
 */
#include "loinc.h"

#include <string.h>

static const loinc_info table[] = {
	{ "39156-5", "Body mass index (BMI) [Ratio]", "vital-signs", "Vital Signs" },
	{ "29463-7", "Body weight", "vital-signs", "Vital Signs" },
	{ "8302-2", "Body height", "vital-signs", "Vital Signs" },
	{ "85354-9", "Blood pressure panel with all children optional", "vital-signs", "Vital Signs" },
	{ "8480-6", "Systolic blood pressure", "vital-signs", "Vital Signs" },
	{ "8462-4", "Diastolic blood pressure", "vital-signs", "Vital Signs" },
	{ "8867-4", "Heart rate", "vital-signs", "Vital Signs" },
	{ "8280-0", "Waist Circumference at umbilicus by Tape measure", "exam", "Exam" },
	{ "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "laboratory", "Laboratory" },
	{ "89555-7", "How many days per week did you engage in moderate to strenuous physical activity in the last 30 days", "activity", "Activity" },
	{ "68516-4", "On those days that you engage in moderate to strenuous exercise, how many minutes, on average, do you exercise", "activity", "Activity" },
	{ "82290-8", "Frequency of moderate to vigorous aerobic physical activity", "activity", "Activity" },
	{ "82291-6", "Frequency of muscle-strengthening physical activity", "activity", "Activity" },
	/* the conditietest a beweegcoach reports most: metres walked in six minutes */
	{ "64098-7", "Walking distance 6 minutes", "activity", "Activity" },
	/* the stadspoli's pain score (NRS 0-10), a patient-reported survey answer */
	{ "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "survey", "Survey" },
};

const loinc_info *loinc_lookup(const char *code)
{
	size_t i;

	for (i = 0; i < sizeof(table) / sizeof(table[0]); i++)
		if (strcmp(table[i].code, code) == 0)
			return &table[i];
	return NULL;
}
