/*
 * ICPC-1-NL codes with a meaning the core acts on: the comorbidity and
 * risk factors of the GGR (gewichtsgerelateerd gezondheidsrisico) that
 * the GLI entry check counts. The official NHG ICPC table is
 * licence-gated; each row names the public page its code and Dutch text
 * were checked against (docs/terminology.md). Codes we could not check
 * are not here; notably no ICPC-1-NL code for slaapapneu or for
 * prediabetes could be verified, so those count only once the GP records
 * a verified code (or measures the waist).
 */
#include <string.h>

#include "terms.h"

/* NHG-registratieadvies bij Standaard CVRM (nhg.org), 2019/2020 */
#define SRC_NHG_CVRM "NHG-registratieadvies bij Standaard CVRM (nhg.org)"
/* Primacura zorgprogramma CVRM, inclusiecriteria with ICPC codes and titles (primacura.nl) */
#define SRC_PRIMACURA "Primacura zorgprogramma CVRM, inclusiecriteria (primacura.nl)"
/* HZW Huisartsenzorg, CVRM-ketenzorg: welke patienten (hzwhuisartsenzorg.nl) */
#define SRC_HZW "HZW Huisartsenzorg, CVRM-ketenzorg ICPC-codes (hzwhuisartsenzorg.nl)"
/* VIPLive/Calculus reports (support.viplive.nl): DM T90.00/.01/.02; hartfalen K77 */
#define SRC_VIPLIVE "VIPLive/Calculus indicator definitions (support.viplive.nl)"
/* Nictiz HL7-mappings example data (github.com/Nictiz/HL7-mappings) */
#define SRC_NICTIZ "Nictiz HL7-mappings examples (T90.02 Diabetes Mellitus type 2)"
/* WHO/Wonca ICPC-2 rubrics L89-L91 (osteoarthrosis hip, knee, other), the same rubrics in ICPC-1 */
#define SRC_ICPC2 "ICPC-2 rubric (WHO/Wonca), same rubric in ICPC-1-NL"

typedef struct icpc_row {
	bb_icpc_info info;
	int covers_subcodes;    /* a rubric row also stands for T90.05 etc. */
} icpc_row;

static const icpc_row rows[] = {
	/* hypertensie */
	{ { "K86", "Hypertensie zonder orgaanbeschadiging", "hypertensie",
	    SRC_NHG_CVRM "; " SRC_PRIMACURA "; " SRC_HZW }, 1 },
	{ { "K86.01", "Essenti\xc3\xable hypertensie zonder orgaanbeschadiging", "hypertensie",
	    SRC_NHG_CVRM }, 0 },
	{ { "K87", "Hypertensie met orgaanbeschadiging", "hypertensie", SRC_PRIMACURA "; " SRC_HZW }, 1 },
	/* dyslipidemie */
	{ { "T93", "Vetstofwisselingsstoornis", "dyslipidemie", SRC_NHG_CVRM "; " SRC_HZW }, 1 },
	{ { "T93.01", "Hypercholesterolemie", "dyslipidemie", SRC_NHG_CVRM }, 0 },
	/* diabetes mellitus: type 2 and type not given; T90.01 is not type 2 */
	{ { "T90", "Diabetes mellitus", "diabetes", SRC_VIPLIVE }, 1 },
	{ { "T90.00", "Diabetes mellitus (type niet gespecificeerd)", "diabetes", SRC_VIPLIVE }, 0 },
	{ { "T90.01", "Diabetes mellitus (niet type 2)", NULL, SRC_VIPLIVE "; " SRC_NHG_CVRM }, 0 },
	{ { "T90.02", "Diabetes mellitus type 2", "diabetes", SRC_NHG_CVRM "; " SRC_NICTIZ }, 0 },
	/* hart- en vaatziekten */
	{ { "K74", "Angina pectoris", "HVZ", SRC_PRIMACURA "; " SRC_HZW }, 1 },
	{ { "K74.01", "Instabiele angina pectoris", "HVZ", SRC_PRIMACURA }, 0 },
	{ { "K74.02", "Stabiele angina pectoris", "HVZ", SRC_PRIMACURA }, 0 },
	{ { "K75", "Acuut myocardinfarct", "HVZ", SRC_PRIMACURA "; " SRC_HZW }, 1 },
	{ { "K76", "Andere/chronische ischemische hartziekte", "HVZ", SRC_PRIMACURA }, 1 },
	{ { "K76.01", "Coronairsclerose", "HVZ", SRC_PRIMACURA "; " SRC_HZW }, 0 },
	{ { "K76.02", "Vroeger myocardinfarct (> 4 weken geleden)", "HVZ", SRC_PRIMACURA }, 0 },
	{ { "K77", "Hartfalen", "HVZ", SRC_VIPLIVE }, 1 },
	{ { "K89", "Passag\xc3\xa8re cerebrale ischemie/TIA", "HVZ", SRC_PRIMACURA "; " SRC_HZW }, 1 },
	{ { "K90.02", "Intracerebrale bloeding", "HVZ", SRC_PRIMACURA "; " SRC_HZW }, 0 },
	{ { "K90.03", "Cerebraal infarct", "HVZ", SRC_PRIMACURA "; " SRC_HZW }, 0 },
	{ { "K91", "Atherosclerose", "HVZ", SRC_HZW }, 1 },
	{ { "K92.01", "Perifeer arterieel vaatlijden/claudicatio intermittens", "HVZ", SRC_HZW }, 0 },
	{ { "K99.01", "Aneurysma aortae", "HVZ", SRC_HZW }, 0 },
	/* artrose */
	{ { "L89", "Coxartrose", "artrose", SRC_ICPC2 }, 1 },
	{ { "L90", "Gonartrose", "artrose", SRC_ICPC2 }, 1 },
	{ { "L91", "Artrose, overige", "artrose", SRC_ICPC2 }, 1 },
};

#define N_ROWS (sizeof(rows) / sizeof(rows[0]))

const bb_icpc_info *bb_icpc_at(size_t index)
{
	return index < N_ROWS ? &rows[index].info : NULL;
}

const bb_icpc_info *term_icpc(const char *code)
{
	size_t i, rubric;

	if (!code || !*code)
		return NULL;
	for (i = 0; i < N_ROWS; i++)
		if (strcmp(rows[i].info.code, code) == 0)
			return &rows[i].info;
	rubric = strcspn(code, ".");
	if (rubric == strlen(code))
		return NULL;
	for (i = 0; i < N_ROWS; i++)
		if (rows[i].covers_subcodes && strlen(rows[i].info.code) == rubric &&
		    strncmp(rows[i].info.code, code, rubric) == 0)
			return &rows[i].info;
	return NULL;
}

const bb_icpc_info *bb_icpc_lookup(const char *code)
{
	return term_icpc(code);
}
