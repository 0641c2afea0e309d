/*
 * beweegbrug feedback: the provider's answer to a received referral
 * (terugkoppeling), queued for the referring GP like a referral is.
 *
 * Each action is one row of the Task table (schemas/README.md) with the
 * BSeR business status it carries; the library checks that it may follow
 * what was sent before and refuses it otherwise.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"

static int run(int argc, char **argv);

const cli_command cmd_feedback = {
	"feedback",
	"answer a received referral (accept, intake, progress, complete, ...)",
	"Usage: beweegbrug feedback --config FILE REFERRAL ACTION [OUTCOME...] [--date DATETIME]\n"
	"\n"
	"Queues a feedback message (FHIR message Bundle) on REFERRAL (a referral\n"
	"id or message id from 'beweegbrug inbox list') for the referring GP:\n"
	"the reply_to destination of the [sender] it came from. 'beweegbrug\n"
	"deliver' delivers it, with the same retries as a referral. Prints the\n"
	"message id.\n"
	"\n"
	"ACTION, exactly one (Task status / BSeR business status):\n"
	"  --accept               accepted / 3.0\n"
	"  --decline REASON       rejected / 4.0, with a reason code\n"
	"  --intake DATE          in-progress / 5.1.4, the intake took place on DATE\n"
	"  --progress             in-progress / 5.1.4, a progress report (repeatable)\n"
	"  --complete             completed / 7.0\n"
	"  --stop REASON          failed / 6.0: the patient stopped early (uitval)\n"
	"  --forward TRACK --to ORGANISATION [--to-agb AGB]\n"
	"                         completed / 7.0 + triaged-forwarded: a stadspoli\n"
	"                         forwards the patient to TRACK (physio, specialist,\n"
	"                         beweegcoach) at ORGANISATION\n"
	"                         --forward-status STATUS: later reports on that\n"
	"                         track (received, accepted, in-progress, on-hold,\n"
	"                         completed); the referral itself stays completed\n"
	"  --follow-up MONTHS --active yes|no [--per-week N]\n"
	"                         a follow-up report MONTHS (1-60) after the start:\n"
	"                         still active, and how often a week (1-28); the referral\n"
	"                         keeps its status (also after completed or stopped)\n"
	"\n"
	"Where the person goes on (with --complete, --stop or --follow-up):\n"
	"  --continue CODE        regulier-aanbod, zelfstandig, geen or onbekend\n"
	"                         (https://beweegbrug.nl/fhir/CodeSystem/continuation)\n"
	"  --next-offer ID        the beweegkaart offer they go on to (with\n"
	"                         --continue regulier-aanbod, which it implies)\n"
	"\n"
	"REASON (https://beweegbrug.nl/fhir/CodeSystem/stop-reason): geen-plek, buiten-doelgroep,\n"
	"niet-bereikbaar, patient-wil-niet, motivatie, medisch, tijd, kosten,\n"
	"verhuisd, aanbod-past-niet, doel-bereikt, overig. --reason-text TEXT adds\n"
	"words of your own.\n"
	"\n"
	"OUTCOME (optional, any action):\n"
	"  --bmi N                BMI, kg/m2 (LOINC 39156-5)\n"
	"  --weight KG            body weight (LOINC 29463-7)\n"
	"  --waist CM             waist circumference (LOINC 8280-0)\n"
	"  --fitness M|TEXT       a number: six-minute walk test distance in metres\n"
	"                         (LOINC 64098-7); text: another fitness test, in words\n"
	"  --wellbeing N          well-being score 0-10, whole or one decimal, as the\n"
	"                         person gives it (" BB_WELLBEING_SYSTEM "#" BB_WELLBEING_CODE ":\n"
	"                         no LOINC or SNOMED code for it is agreed)\n"
	"  --attended N           sessions attended (SNOMED 298057009)\n"
	"  --missed N             sessions missed (SNOMED 298058004)\n"
	"  --narrative TEXT       the coach's short report\n"
	"  --plan TEXT            your plan (the GP's journal shows it as yours)\n"
	"  --propose TEXT         what you propose the GP does (shown as\n"
	"                         \"Voorstel aanbieder: ...\")\n"
	"  --author NAME          who writes it\n"
	"  --organisation NAME    on behalf of which organisation (--organization too)\n"
	"  --reference ID         your own id for this patient's trajectory\n"
	"  --practice AGB         the referring practice, when referral ids of\n"
	"                         several practices could clash\n"
	"  --date DATETIME        when (default now); the GP side applies feedback\n"
	"                         in this order and ignores what is older than what\n"
	"                         it already has\n"
	"\n"
	"Exit codes: 0 queued, 64 usage, 65 refused (an illegal next step, e.g.\n"
	"--accept after --complete, or a bad value; or the store is damaged),\n"
	"66 no such referral in the inbox, 74 the store cannot be read or written,\n"
	"78 configuration (including a wrong outbox key).\n",
	run
};

/* LOINC 64098-7 "Six minute walk test" (distance): the conditietest most
 * Dutch beweegcoaches and physiotherapists take. A fitness result that is
 * not a number has no agreed code (standards §5.4) and goes in words. */
#define LOINC_SIX_MINUTE_WALK "64098-7"

enum {
	OPT_CONFIG = 256, OPT_ACCEPT, OPT_DECLINE, OPT_INTAKE, OPT_PROGRESS, OPT_COMPLETE, OPT_STOP,
	OPT_FORWARD, OPT_TO, OPT_TO_AGB, OPT_REASON_TEXT, OPT_BMI, OPT_WEIGHT, OPT_WAIST,
	OPT_FITNESS, OPT_WELLBEING, OPT_ATTENDED, OPT_MISSED, OPT_NARRATIVE, OPT_AUTHOR,
	OPT_ORGANISATION, OPT_REFERENCE, OPT_PRACTICE, OPT_DATE, OPT_FORWARD_STATUS, OPT_PLAN,
	OPT_PROPOSE, OPT_FOLLOW_UP, OPT_ACTIVE, OPT_PER_WEEK, OPT_CONTINUE, OPT_NEXT_OFFER
};

static const struct option longopts[] = {
	{ "config", required_argument, NULL, OPT_CONFIG },
	{ "accept", no_argument, NULL, OPT_ACCEPT },
	{ "decline", required_argument, NULL, OPT_DECLINE },
	{ "intake", required_argument, NULL, OPT_INTAKE },
	{ "progress", no_argument, NULL, OPT_PROGRESS },
	{ "complete", no_argument, NULL, OPT_COMPLETE },
	{ "stop", required_argument, NULL, OPT_STOP },
	{ "forward", required_argument, NULL, OPT_FORWARD },
	{ "to", required_argument, NULL, OPT_TO },
	{ "to-agb", required_argument, NULL, OPT_TO_AGB },
	{ "forward-status", required_argument, NULL, OPT_FORWARD_STATUS },
	{ "reason-text", required_argument, NULL, OPT_REASON_TEXT },
	{ "bmi", required_argument, NULL, OPT_BMI },
	{ "weight", required_argument, NULL, OPT_WEIGHT },
	{ "waist", required_argument, NULL, OPT_WAIST },
	{ "fitness", required_argument, NULL, OPT_FITNESS },
	{ "wellbeing", required_argument, NULL, OPT_WELLBEING },
	{ "attended", required_argument, NULL, OPT_ATTENDED },
	{ "missed", required_argument, NULL, OPT_MISSED },
	{ "narrative", required_argument, NULL, OPT_NARRATIVE },
	{ "plan", required_argument, NULL, OPT_PLAN },
	{ "propose", required_argument, NULL, OPT_PROPOSE },
	{ "author", required_argument, NULL, OPT_AUTHOR },
	{ "organisation", required_argument, NULL, OPT_ORGANISATION },
	{ "organization", required_argument, NULL, OPT_ORGANISATION },
	{ "reference", required_argument, NULL, OPT_REFERENCE },
	{ "practice", required_argument, NULL, OPT_PRACTICE },
	{ "date", required_argument, NULL, OPT_DATE },
	{ "follow-up", required_argument, NULL, OPT_FOLLOW_UP },
	{ "active", required_argument, NULL, OPT_ACTIVE },
	{ "per-week", required_argument, NULL, OPT_PER_WEEK },
	{ "continue", required_argument, NULL, OPT_CONTINUE },
	{ "next-offer", required_argument, NULL, OPT_NEXT_OFFER },
	{ NULL, 0, NULL, 0 }
};

/* What the command line asked for, before it becomes a bb_feedback. */
typedef struct request {
	const char *config, *referral;
	int action;                 /* OPT_ACCEPT ... OPT_FORWARD; 0 none yet */
	const char *action_arg;     /* REASON, DATE or TRACK */
	const char *to, *to_agb, *forward_status, *reason_text;
	const char *bmi, *weight, *waist, *fitness, *wellbeing;
	const char *attended, *missed, *narrative, *author, *organisation, *reference;
	const char *practice, *date, *plan, *propose;
	const char *active, *per_week, *continuation, *next_offer;
	const char *status_now;     /* --follow-up: the referral's status, which it keeps */
} request;

/* Status and business status of each action: the Task table. */
static void action_status(int action, const char **status, const char **business)
{
	switch (action) {
	case OPT_ACCEPT:
		*status = "accepted"; *business = "3.0"; break;
	case OPT_DECLINE:
		*status = "rejected"; *business = "4.0"; break;
	case OPT_INTAKE:
	case OPT_PROGRESS:
		/* 5.1.4 "Service Request Event Completed": an intake or a session took place */
		*status = "in-progress"; *business = "5.1.4"; break;
	case OPT_STOP:
		/*
		 * failed, not cancelled: in the Task state machine (standards
		 * §5.2, NL Generic Functions) "cancelled" is the owner's answer
		 * to the GP asking to cancel (5.2 -> 6.0); a patient dropping
		 * out (uitval) is the trajectory failing, with the reason why.
		 */
		*status = "failed"; *business = "6.0"; break;
	case OPT_COMPLETE:
	case OPT_FORWARD:
	default:
		*status = "completed"; *business = "7.0"; break;
	}
}

static int is_decimal(const char *s)
{
	char *end;

	if (!s || !*s || strchr(s, ',') || strchr(s, 'e') || strchr(s, 'E'))
		return 0;
	(void)strtod(s, &end);
	return *end == '\0' && (*s == '-' || (*s >= '0' && *s <= '9'));
}

static int set_action(request *rq, int opt, const char *arg)
{
	if (rq->action)
		return cli_usage_error(&cmd_feedback,
				       "one action at a time (--accept, --decline, --intake, --progress,"
				       " --complete, --stop, --forward)");
	rq->action = opt;
	rq->action_arg = arg;
	return EXIT_OK;
}

/* Read the command line into `rq`; EXIT_OK or the usage error's code. */
static int parse(request *rq, int argc, char **argv)
{
	int opt, code = EXIT_OK;

	memset(rq, 0, sizeof(*rq));
	while (code == EXIT_OK && (opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (opt) {
		case OPT_CONFIG: rq->config = optarg; break;
		case OPT_ACCEPT: case OPT_PROGRESS: case OPT_COMPLETE:
			code = set_action(rq, opt, NULL); break;
		case OPT_DECLINE: case OPT_INTAKE: case OPT_STOP: case OPT_FORWARD: case OPT_FOLLOW_UP:
			code = set_action(rq, opt, optarg); break;
		case OPT_TO: rq->to = optarg; break;
		case OPT_TO_AGB: rq->to_agb = optarg; break;
		case OPT_FORWARD_STATUS: rq->forward_status = optarg; break;
		case OPT_REASON_TEXT: rq->reason_text = optarg; break;
		case OPT_BMI: rq->bmi = optarg; break;
		case OPT_WEIGHT: rq->weight = optarg; break;
		case OPT_WAIST: rq->waist = optarg; break;
		case OPT_FITNESS: rq->fitness = optarg; break;
		case OPT_WELLBEING: rq->wellbeing = optarg; break;
		case OPT_ATTENDED: rq->attended = optarg; break;
		case OPT_MISSED: rq->missed = optarg; break;
		case OPT_NARRATIVE: rq->narrative = optarg; break;
		case OPT_PLAN: rq->plan = optarg; break;
		case OPT_PROPOSE: rq->propose = optarg; break;
		case OPT_AUTHOR: rq->author = optarg; break;
		case OPT_ORGANISATION: rq->organisation = optarg; break;
		case OPT_REFERENCE: rq->reference = optarg; break;
		case OPT_PRACTICE: rq->practice = optarg; break;
		case OPT_DATE: rq->date = optarg; break;
		case OPT_ACTIVE: rq->active = optarg; break;
		case OPT_PER_WEEK: rq->per_week = optarg; break;
		case OPT_CONTINUE: rq->continuation = optarg; break;
		case OPT_NEXT_OFFER: rq->next_offer = optarg; break;
		default: return cli_usage_error(&cmd_feedback, "unknown option");
		}
	}
	if (code != EXIT_OK)
		return code;
	if (!rq->config)
		return cli_usage_error(&cmd_feedback, "--config is needed");
	if (optind + 1 != argc)
		return cli_usage_error(&cmd_feedback, "expected exactly one REFERRAL");
	rq->referral = argv[optind];
	if (!rq->action)
		return cli_usage_error(&cmd_feedback, "say what happened: --accept, --decline REASON,"
				       " --intake DATE, --progress, --complete, --stop REASON, --forward TRACK"
				       " or --follow-up MONTHS");
	if ((rq->action == OPT_FORWARD) != (rq->to != NULL))
		return cli_usage_error(&cmd_feedback, "--forward TRACK and --to ORGANISATION go together");
	if (rq->to_agb && !rq->to)
		return cli_usage_error(&cmd_feedback, "--to-agb goes with --forward and --to");
	if (rq->forward_status && rq->action != OPT_FORWARD)
		return cli_usage_error(&cmd_feedback, "--forward-status goes with --forward");
	if ((rq->action == OPT_FOLLOW_UP) != (rq->active != NULL))
		return cli_usage_error(&cmd_feedback, "--follow-up MONTHS and --active yes|no go together");
	if (rq->per_week && rq->action != OPT_FOLLOW_UP)
		return cli_usage_error(&cmd_feedback, "--per-week goes with --follow-up");
	if ((rq->continuation || rq->next_offer) && rq->action != OPT_COMPLETE &&
	    rq->action != OPT_STOP && rq->action != OPT_FOLLOW_UP)
		return cli_usage_error(&cmd_feedback,
				       "--continue and --next-offer go with --complete, --stop or --follow-up");
	if (rq->next_offer && !rq->continuation)
		rq->continuation = "regulier-aanbod";
	if (rq->reason_text && rq->action != OPT_DECLINE && rq->action != OPT_STOP)
		return cli_usage_error(&cmd_feedback, "--reason-text goes with --decline or --stop");
	return EXIT_OK;
}

/* "2026-11-23T14:05:09+00:00": the default --date, and the measurements' date. */
static void now_datetime(char out[32])
{
	time_t t = time(NULL);
	struct tm tm;

	if (!gmtime_r(&t, &tm) || !strftime(out, 32, "%Y-%m-%dT%H:%M:%S+00:00", &tm))
		strcpy(out, "1970-01-01T00:00:00+00:00");
}

/*
 * The narrative the GP reads: the coach's words, then what has no code of
 * its own (a fitness test in words), as sentences of one line: the HIS
 * shows the journal's S line as one line. The well-being score is a
 * field of its own (BB_FB_WELLBEING), checked and coded, not words.
 */
static char *narrative_of(const request *rq)
{
	const char *parts[2];
	const char *labels[2] = { "", "Conditietest: " };
	size_t i, len = 1, n;
	char *out;

	parts[0] = rq->narrative;
	parts[1] = rq->fitness && !is_decimal(rq->fitness) ? rq->fitness : NULL;
	for (i = 0; i < 2; i++)
		if (parts[i])
			len += strlen(labels[i]) + strlen(parts[i]) + 2;
	if (len == 1 || !(out = malloc(len)))
		return NULL;
	out[0] = '\0';
	for (i = 0; i < 2; i++) {
		if (!parts[i])
			continue;
		n = strlen(out);
		if (n > 0)   /* end the sentence before, unless it ended itself */
			strcat(out, strchr(".!?", out[n - 1]) ? " " : ". ");
		strcat(out, labels[i]);
		strcat(out, parts[i]);
	}
	return out;
}

/*
 * The canonical feedback the request describes; BB_OK or the first problem.
 * Fields and measurements are set in the order of the tables, and a NULL
 * value (not given, or not for this action) is left out.
 */
static int build(bb_feedback *fb, const request *rq, const char *date)
{
	const char *status, *business;
	const int follow_up = rq->action == OPT_FOLLOW_UP, forward = rq->action == OPT_FORWARD;
	char *narrative = narrative_of(rq);
	size_t i;
	int rc = BB_OK;

	action_status(rq->action, &status, &business);
	if (follow_up) {
		/* the Task keeps the status it has; its business status is the default */
		status = rq->status_now;
		business = NULL;
	}
	const struct { bb_feedback_field field; const char *value; } fields[] = {
		{ BB_FB_FOLLOWUP_MONTHS, follow_up ? rq->action_arg : NULL },
		{ BB_FB_FOLLOWUP_ACTIVE, follow_up ? rq->active : NULL },
		{ BB_FB_FOLLOWUP_PER_WEEK, follow_up ? rq->per_week : NULL },
		{ BB_FB_CONTINUATION, rq->continuation },
		{ BB_FB_NEXT_OFFER, rq->next_offer },
		{ BB_FB_REFERRAL_ID, rq->referral },
		{ BB_FB_STATUS, status },
		{ BB_FB_BUSINESS_STATUS, business },
		{ BB_FB_DATE, date },
		{ BB_FB_REASON_CODE,
		  rq->action == OPT_DECLINE || rq->action == OPT_STOP ? rq->action_arg : NULL },
		{ BB_FB_REASON_TEXT, rq->reason_text },
		{ BB_FB_INTAKE_DATE, rq->action == OPT_INTAKE ? rq->action_arg : NULL },
		{ BB_FB_FORWARDED_TRACK, forward ? rq->action_arg : NULL },
		{ BB_FB_FORWARDED_ORGANIZATION, forward ? rq->to : NULL },
		{ BB_FB_FORWARDED_AGB, forward ? rq->to_agb : NULL },
		{ BB_FB_FORWARDED_STATUS, forward ? rq->forward_status : NULL },
		{ BB_FB_NARRATIVE, narrative },
		{ BB_FB_PLAN, rq->plan },
		{ BB_FB_PROPOSAL, rq->propose },
		{ BB_FB_AUTHOR_NAME, rq->author },
		{ BB_FB_AUTHOR_ORGANIZATION, rq->organisation },
		{ BB_FB_RECEIVER_REFERENCE, rq->reference },
		{ BB_FB_PRACTICE_AGB, rq->practice },
		{ BB_FB_SESSIONS_ATTENDED, rq->attended },
		{ BB_FB_SESSIONS_MISSED, rq->missed },
		/* the model refuses a score out of 0-10, naming feedback.wellbeing */
		{ BB_FB_WELLBEING, rq->wellbeing },
	};
	const struct { const char *loinc, *value, *unit; } measures[] = {
		{ "39156-5", rq->bmi, "kg/m2" },
		{ "29463-7", rq->weight, "kg" },
		{ "8280-0", rq->waist, "cm" },
		{ LOINC_SIX_MINUTE_WALK, rq->fitness && is_decimal(rq->fitness) ? rq->fitness : NULL, "m" },
	};

	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		if (fields[i].value &&
		    (rc = bb_feedback_set(fb, fields[i].field, fields[i].value)) != BB_OK)
			goto fail;
	for (i = 0; i < sizeof(measures) / sizeof(measures[0]); i++)
		if (measures[i].value &&
		    (rc = bb_feedback_add_measurement(fb, measures[i].loinc, measures[i].value,
						      measures[i].unit, date)) != BB_OK)
			goto fail;
fail:
	free(narrative);
	return rc;
}

/* A follow-up keeps the referral's status: what we said last about it. */
typedef struct status_seen {
	char *buf;
	size_t size;
} status_seen;

static int take_status(const bb_inbox_entry *e, void *payload)
{
	status_seen *s = payload;

	snprintf(s->buf, s->size, "%s", e->status ? e->status : "");
	return 0;
}

static int status_now(bb_connector *c, request *rq, char *buf, size_t size)
{
	status_seen seen = { buf, size };

	buf[0] = '\0';
	if (bb_inbox_show(NULL, NULL, c, rq->referral, take_status, &seen) != BB_OK) {
		cli_print_errors(c);
		return EXIT_NOINPUT;
	}
	rq->status_now = buf;
	return EXIT_OK;
}

/* A value the model refused: its own words, one line per problem. */
static void print_problems(const bb_feedback *fb)
{
	size_t i;

	for (i = 0; i < bb_feedback_problem_count(fb); i++)
		fprintf(stderr, "%s feedback: %s\n", cli_program, bb_feedback_problem_at(fb, i));
}

static int run(int argc, char **argv)
{
	char now[32], id[BB_MESSAGE_ID_LEN], status_buf[32];
	bb_connector *c = NULL;
	bb_feedback *fb = NULL;
	request rq;
	int code, rc;

	code = parse(&rq, argc, argv);
	if (code != EXIT_OK)
		return code;
	now_datetime(now);
	if (bb_feedback_new(&fb) != BB_OK || cli_connector(&c, 0) != BB_OK) {
		bb_feedback_free(fb);
		return EXIT_SOFTWARE;
	}
	if (bb_connector_load_config(c, rq.config) != BB_OK) {
		cli_print_errors(c);
		code = EXIT_CONFIG;
	} else if (rq.action == OPT_FOLLOW_UP &&
		   (code = status_now(c, &rq, status_buf, sizeof(status_buf))) != EXIT_OK) {
		/* printed */
	} else if ((rc = build(fb, &rq, rq.date ? rq.date : now)) != BB_OK) {
		if (bb_feedback_problem_count(fb))
			print_problems(fb);
		else
			fprintf(stderr, "%s feedback: cannot make the feedback (%s)\n", cli_program,
				bb_strerror(rc));
		code = rc == BB_ENOMEM ? EXIT_SOFTWARE : EXIT_DATAERR;
	} else if ((rc = bb_feedback_send(id, c, fb)) != BB_OK) {
		cli_print_errors(c);
		/* the library says BB_EINVAL for an illegal step: bad data, not bad usage */
		code = rc == BB_ENOTFOUND ? EXIT_NOINPUT
		       : rc == BB_EINVAL || rc == BB_EINPUT ? EXIT_DATAERR : cli_exit_code(rc);
	} else {
		printf("%s queued\n", id);
	}
	bb_feedback_free(fb);
	bb_connector_free(c);
	return code;
}
