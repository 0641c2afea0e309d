/* beweegbrug offers: the sociale beweegkaart's suggestions for a patient. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int run_offers(int argc, char **argv);

const cli_command cmd_offers = {
	"offers",
	"suggest offers of the sociale beweegkaart for a patient, explained",
	"Usage: beweegbrug offers [--config FILE] [--catalogue FILE|URL]\n"
	"                         [--his ADAPTER RECORD | --reason CODES --age N --postcode PC]\n"
	"                         [--prefers LIST] [--mobility limited] [--bmi N] [--kind K]\n"
	"                         [--top N] [--format text|json]\n"
	"\n"
	"Ranks the offers of the catalogue (--catalogue, else beweegkaart of the\n"
	"configuration) for a patient: ICPC codes (--reason T90,K86; T90.02 counts\n"
	"as T90), age, postcode (3021 or 3021 AB), preferred features (--prefers\n"
	"outdoor,group,free,evening,women-only,water,...), limited mobility, and a\n"
	"BMI for the GLI criteria. Or give a HIS record with --his: its reasons,\n"
	"age, postcode, wishes and measurements are used. Prints the best N\n"
	"(default 3) with the reasons each fits and how to refer (electronically\n"
	"via a configured destination, or by phone). docs/beweegkaart.md has the\n"
	"rules.\n"
	"\n"
	"Exit codes: 0 suggestions printed (also none), 64 usage, 65 bad record or\n"
	"catalogue, 66 missing file, 78 configuration.\n",
	run_offers
};

static void json_string(const char *s)
{
	putchar('"');
	for (; s && *s; s++) {
		unsigned char ch = (unsigned char)*s;
		if (ch == '"' || ch == '\\')
			printf("\\%c", ch);
		else if (ch < 0x20)
			printf("\\u%04x", ch);
		else
			putchar(ch);
	}
	putchar('"');
}

static void json_field(const char *name, const char *value, int comma)
{
	printf("%s\"%s\": ", comma ? ", " : "", name);
	if (value)
		json_string(value);
	else
		fputs("null", stdout);
}

static void print_json(const bb_suggestions *list)
{
	size_t i, n = bb_suggestions_count(list);

	puts("[");
	for (i = 0; i < n; i++) {
		const bb_suggestion *s = bb_suggestions_at(list, i);
		const bb_offer *o = s->offer;
		printf("  {\"rank\": %zu, \"score\": %d, ", i + 1, s->score);
		json_field("id", o->id, 0);
		json_field("name", o->name, 1);
		json_field("kind", o->kind, 1);
		json_field("organization", o->organization, 1);
		json_field("town", o->town, 1);
		json_field("when", o->when, 1);
		json_field("destination", o->destination_id, 1);
		json_field("contact", o->contact, 1);
		json_field("why", s->why, 1);
		printf("}%s\n", i + 1 < n ? "," : "");
	}
	puts("]");
}

static void print_text(const bb_suggestions *list)
{
	size_t i, n = bb_suggestions_count(list);

	if (!n)
		puts("no offer fits");
	for (i = 0; i < n; i++) {
		const bb_suggestion *s = bb_suggestions_at(list, i);
		const bb_offer *o = s->offer;
		const char *w = s->why;
		printf("%zu. %s [%s] (score %d)\n", i + 1, o->name, o->id, s->score);
		printf("   %s, %s; %s%s%s\n", o->kind, o->organization ? o->organization : "-",
		       o->town ? o->town : "-", o->when ? "; " : "", o->when ? o->when : "");
		/* one reason per line: easier to read in a consulting room */
		while (w && *w) {
			size_t len = strcspn(w, "\n");
			printf("   - %.*s\n", (int)len, w);
			w += len + (w[len] == '\n');
		}
	}
}

/* What the command line asks for. */
typedef struct offers_args {
	bb_offer_query q;
	const char *config, *catalogue, *his, *format;
	long top;
} offers_args;

/* The options into `a`: EXIT_OK, or the usage error's exit code. */
static int parse_options(offers_args *a, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "catalogue", required_argument, NULL, 'k' },
		{ "his", required_argument, NULL, 'H' },
		{ "reason", required_argument, NULL, 'r' },
		{ "age", required_argument, NULL, 'a' },
		{ "postcode", required_argument, NULL, 'p' },
		{ "prefers", required_argument, NULL, 'P' },
		{ "mobility", required_argument, NULL, 'm' },
		{ "bmi", required_argument, NULL, 'b' },
		{ "kind", required_argument, NULL, 'K' },
		{ "top", required_argument, NULL, 't' },
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	char *end;
	int opt;

	while ((opt = getopt_long(argc, argv, "c:k:H:r:a:p:P:m:b:K:t:f:", longopts, NULL)) != -1) {
		switch (opt) {
		case 'c': a->config = optarg; break;
		case 'k': a->catalogue = optarg; break;
		case 'H': a->his = optarg; break;
		case 'r': a->q.reasons = optarg; break;
		case 'p': a->q.postcode = optarg; break;
		case 'P': a->q.prefers = optarg; break;
		case 'b': a->q.bmi = optarg; break;
		case 'K': a->q.kind = optarg; break;
		case 'm':
			if (strcmp(optarg, "limited") != 0)
				return cli_usage_error(&cmd_offers, "--mobility takes: limited");
			a->q.mobility = optarg;
			break;
		case 'a':
			a->q.age = (int)strtol(optarg, &end, 10);
			if (*end || end == optarg || a->q.age < 0 || a->q.age > 130)
				return cli_usage_error(&cmd_offers, "--age takes years, 0 to 130");
			break;
		case 't':
			a->top = strtol(optarg, &end, 10);
			if (*end || end == optarg || a->top < 1 || a->top > 100)
				return cli_usage_error(&cmd_offers, "--top takes 1 to 100");
			break;
		case 'f':
			if (strcmp(optarg, "text") != 0 && strcmp(optarg, "json") != 0)
				return cli_usage_error(&cmd_offers, "--format is text or json");
			a->format = optarg;
			break;
		default:
			return cli_usage_error(&cmd_offers, "unknown option");
		}
	}
	if (!a->config && !a->catalogue)
		return cli_usage_error(&cmd_offers, "--config or --catalogue is needed");
	if (a->his && optind + 1 != argc)
		return cli_usage_error(&cmd_offers, "--his needs exactly one RECORD");
	if (!a->his && optind != argc)
		return cli_usage_error(&cmd_offers, "a RECORD needs --his ADAPTER");
	return EXIT_OK;
}

/*
 * The catalogue loaded into *offers, and its best offers for the record
 * (*r, read by `adapter`) or, without --his, for the query. The caller
 * frees what was made, also on failure.
 */
static int suggest(bb_suggestions **s, bb_offers **offers, bb_referral **r, bb_connector *c,
		   const offers_args *a, const char *adapter, const char *record, const char *data,
		   size_t len)
{
	int rc;

	if ((rc = bb_offers_new(offers, c)) != BB_OK)
		return rc;
	if ((rc = bb_offers_load(*offers, a->catalogue)) != BB_OK)
		return rc;
	if (!a->his)
		return bb_offers_suggest(s, *offers, &a->q, (size_t)a->top);
	if ((rc = cli_read_referral(r, c, adapter, record, data, len)) != BB_OK)
		return rc;
	return bb_offers_suggest_for_referral(s, *offers, *r, a->q.prefers, (size_t)a->top);
}

static int run_offers(int argc, char **argv)
{
	offers_args a = { BB_OFFER_QUERY_INIT, NULL, NULL, NULL, "text", 3 };
	char *adapter = NULL, *data = NULL;
	size_t len = 0;
	bb_connector *c = NULL;
	bb_offers *offers = NULL;
	bb_referral *r = NULL;
	bb_suggestions *s = NULL;
	int rc, code;

	if ((code = parse_options(&a, argc, argv)) != EXIT_OK)
		return code;
	if (a.his && !(adapter = cli_his_adapter_name(a.his)))
		return EXIT_SOFTWARE;
	if (a.his && (code = cli_read_file(argv[optind], BB_MAX_INPUT, &data, &len)) != EXIT_OK)
		goto out;
	if (cli_connector(&c, 0) != BB_OK) {
		code = EXIT_SOFTWARE;
		goto out;
	}
	if (a.config && bb_connector_load_config(c, a.config) != BB_OK) {
		cli_print_errors(c);
		code = EXIT_CONFIG;
		goto out;
	}
	if ((rc = suggest(&s, &offers, &r, c, &a, adapter, a.his ? argv[optind] : NULL, data,
			  len)) != BB_OK) {
		cli_print_errors(c);
		/* the catalogue is this command's input: one it cannot read is missing input */
		code = rc == BB_EIO ? EXIT_NOINPUT : cli_exit_code(rc);
		goto out;
	}
	if (strcmp(a.format, "json") == 0)
		print_json(s);
	else
		print_text(s);
out:
	bb_suggestions_free(s);
	bb_referral_free(r);
	bb_offers_free(offers);
	bb_connector_free(c);
	free(adapter);
	free(data);
	return code;
}
