/*
 * write-answers DIR: the answers `serve` gives to a received message
 * (connector/inbound/answer.c), one file each, for profiles.test to check
 * against the profiles they claim: accepted, refused with the problems
 * (field named), "try again later", and the bare OperationOutcome for a
 * request that could not be read; JSON and XML.
 */
#include <stdio.h>
#include <stdlib.h>

#include "inbound/inbound.h"

static int write_one(const char *dir, const char *name, int status, const char *code,
		     const request_info *req, const char *text, const diag_list *why, int xml)
{
	inbox_answer a;
	char path[4096];
	FILE *f;
	int ok;

	if (inbound_answer_make(&a, status, code, req, text, why, xml) != BB_OK) {
		fprintf(stderr, "write-answers: %s: inbound_answer_make failed\n", name);
		return 1;
	}
	snprintf(path, sizeof(path), "%s/%s.%s", dir, name, xml ? "xml" : "json");
	f = fopen(path, "wb");
	ok = f && fwrite(a.body, 1, a.len, f) == a.len;
	if (f && fclose(f) != 0)
		ok = 0;
	inbox_answer_free(&a);
	if (!ok)
		fprintf(stderr, "write-answers: cannot write %s\n", path);
	return !ok;
}

int main(int argc, char **argv)
{
	const request_info referral = {
		"7c1f3f55-5a3e-4d52-9d55-2f3c0b8a6e01", "http://terminology.hl7.org/CodeSystem/v2-0003",
		"I12", "https://coach.example.test/fhir", "https://gp.example.test/fhir"
	};
	const request_info feedback = {
		"7c1f3f55-5a3e-4d52-9d55-2f3c0b8a6e02", "http://terminology.hl7.org/CodeSystem/v2-0003",
		"I12", NULL, NULL
	};
	diag_list why = DIAG_LIST_INIT;
	int bad = 0, xml;

	if (argc != 2) {
		fprintf(stderr, "usage: write-answers DIR\n");
		return 64;
	}
	diag_add(&why, BB_EINPUT, NULL, 0, "Bundle.entry[1].resource.for",
		 "a feedback Task names no patient");
	diag_add(&why, BB_EINPUT, NULL, 0, NULL, "the referral 2026-0042 is not known here");
	for (xml = 0; xml <= 1; xml++) {
		bad |= write_one(argv[1], "answer-ok", 200, "ok", &referral, NULL, NULL, xml);
		bad |= write_one(argv[1], "answer-refused", 422, "fatal-error", &feedback, NULL, &why, xml);
		bad |= write_one(argv[1], "answer-later", 503, "transient-error", &referral,
				 "the store is busy; send the message again later", NULL, xml);
		bad |= write_one(argv[1], "answer-unreadable", 400, "fatal-error", NULL,
				 "the body is not a FHIR resource", NULL, xml);
	}
	diag_free(&why);
	return bad;
}
