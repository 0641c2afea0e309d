/*
 * The CapabilityStatement of a Beweegbrug receiver (GET [base]/metadata):
 * what a sender can find out before it sends. It says how we are reached
 * (mutual TLS: a client certificate from the configured CAs, senders
 * authorised by certificate subject), that the only REST interaction is
 * the operation $process-message (besides this statement), which messages
 * we take and send (the event v2-0003#I12, referral and feedback, our
 * MessageDefinitions), and the profiles of what travels in them.
 */
#include <stdlib.h>
#include <string.h>

#include "connector.h"
#include "fhir/fhir_codec.h"
#include "mapping/build.h"
#include "mapping/claims.h"
#include "mapping/mapping.h"
#include "mapping/naming.h"

#define PROCESS_MESSAGE_OD "http://hl7.org/fhir/OperationDefinition/MessageHeader-process-message"
#define SYS_SECURITY_SERVICE "http://terminology.hl7.org/CodeSystem/restful-security-service"
#define SYS_MESSAGE_TRANSPORT "http://terminology.hl7.org/CodeSystem/message-transport"
#define MD_REFERRAL BB_CANONICAL_BASE "/MessageDefinition/beweegbrug-referral"
#define MD_FEEDBACK BB_CANONICAL_BASE "/MessageDefinition/beweegbrug-feedback"

/* The resource types in our messages and the profiles they claim. */
static const struct {
	const char *type;
	const char *profiles[4];
} in_messages[] = {
	{ "Bundle", { PROFILE_REFERRAL_MESSAGE, PROFILE_FEEDBACK_MESSAGE } },
	{ "MessageHeader", { PROFILE_MESSAGEHEADER } },
	{ "Task", { PROFILE_REFERRAL_TASK, PROFILE_FEEDBACK_TASK, PROFILE_FORWARD_TASK } },
	{ "ServiceRequest", { PROFILE_SERVICEREQUEST } },
	{ "Patient", { PROFILE_PATIENT } },
	{ "Practitioner", { PROFILE_PRACTITIONER } },
	{ "PractitionerRole", { PROFILE_PRACTITIONERROLE } },
	{ "Organization", { PROFILE_PRACTICE, PROFILE_RECEIVER } },
	{ "Condition", { PROFILE_PROBLEM } },
	{ "Goal", { PROFILE_GOAL } },
	{ "Observation", { PROFILE_BMI, PROFILE_BODYWEIGHT, PROFILE_BODYHEIGHT, PROFILE_BLOODPRESSURE } },
	{ "Consent", { PROFILE_CONSENT } },
};

/* Do the configured senders include one with this role? */
static int has_sender_role(const config *cfg, const char *role)
{
	size_t i;

	for (i = 0; cfg && i < cfg->nsenders; i++) {
		const char *r = config_get(&cfg->senders[i], "role");
		if (r && strcmp(r, role) == 0)
			return 1;
	}
	return 0;
}

static void supported(fhir_node *messaging, const char *mode, const char *definition)
{
	fhir_node *m = fhir_add(messaging, "supportedMessage");

	fhir_set(m, "mode", mode);
	fhir_set(m, "definition", definition);
}

static fhir_node *build(const config *cfg, const char *base_url, diag_list *d)
{
	fhir_node *cs = fhir_resource_new("CapabilityStatement", d), *rest, *sec, *msg, *ep, *impl;
	char now[32], *address = str_printf("%s/$process-message", base_url);
	int referrals = has_sender_role(cfg, "referrer"), feedback = has_sender_role(cfg, "provider");
	size_t i, k;

	mapping_now(now);
	fhir_set(cs, "id", "beweegbrug-server");
	fhir_set(cs, "url", BB_CANONICAL_BASE "/CapabilityStatement/beweegbrug-server");
	fhir_set(cs, "version", BB_VERSION);
	fhir_set(cs, "name", "BeweegbrugServer");
	fhir_set(cs, "title", "Beweegbrug: verwijzingen en terugkoppeling ontvangen");
	fhir_set(cs, "status", "active");
	fhir_set(cs, "date", now);
	fhir_set(cs, "publisher", "Beweegbrug");
	fhir_set(cs, "description",
		 "A Beweegbrug receiver of FHIR R4 messages for referrals from Dutch general "
		 "practice to sport and exercise, and their feedback, modelled on HL7 BSeR with "
		 "profiles derived from Nictiz nl-core (" BB_CANONICAL_BASE ").");
	fhir_set(cs, "kind", "instance");
	fhir_set(fhir_add(cs, "software"), "name", "Beweegbrug");
	fhir_set(fhir_get(cs, "software", 0), "version", BB_VERSION);
	impl = fhir_add(cs, "implementation");
	fhir_set(impl, "description", "beweegbrug serve");
	fhir_set(impl, "url", base_url);
	fhir_set(cs, "fhirVersion", "4.0.1");
	fhir_set(cs, "format", "application/fhir+json");
	fhir_set(cs, "format", "application/fhir+xml");

	rest = fhir_add(cs, "rest");
	fhir_set(rest, "mode", "server");
	fhir_set(rest, "documentation",
		 "The REST interactions served are GET [base]/metadata (this statement) and the "
		 "operation POST [base]/$process-message; resources are not read, searched or "
		 "written one by one: they travel inside message Bundles.");
	sec = fhir_add(rest, "security");
	fhir_set(sec, "cors", "false");
	mapping_concept(sec, "service", SYS_SECURITY_SERVICE, "Certificates", "Certificates",
		   "Mutual TLS");
	fhir_set(sec, "description",
		 "Mutual TLS, TLS 1.2 or newer: every connection brings a client certificate "
		 "issued by a CA this receiver trusts, and a message is taken only from a sender "
		 "known by its certificate's subject, in the role it may send in (referrer: "
		 "referrals; provider: feedback).");
	for (i = 0; i < sizeof(in_messages) / sizeof(in_messages[0]); i++) {
		fhir_node *r = fhir_add(rest, "resource");
		fhir_set(r, "type", in_messages[i].type);
		for (k = 0; k < 4 && in_messages[i].profiles[k]; k++)
			fhir_set(r, "supportedProfile", in_messages[i].profiles[k]);
		fhir_set(r, "documentation", "Only inside messages ($process-message); no REST "
			 "interactions on this type.");
	}
	{
		fhir_node *op = fhir_add(rest, "operation");
		fhir_set(op, "name", "process-message");
		fhir_set(op, "definition", PROCESS_MESSAGE_OD);
		fhir_set(op, "documentation",
			 "Synchronous: the answer is a response message (MessageHeader.response: ok, "
			 "transient-error or fatal-error, details in an OperationOutcome). A message "
			 "sent again with the same MessageHeader.id is answered as the first time and "
			 "not processed twice.");
	}

	msg = fhir_add(cs, "messaging");
	ep = fhir_add(msg, "endpoint");
	mapping_coding(ep, "protocol", SYS_MESSAGE_TRANSPORT, "http", "HTTP");
	fhir_set(ep, "address", address);
	fhir_set(msg, "documentation",
		 "Every message has the event " SYS_V2_0003 "#I12 (REF/RRI - Patient referral) "
		 "and one focus, the Task: a referral (Task requested, business status 2.0) or "
		 "feedback on one (the same Task, later status). Duplicates are recognised by "
		 "MessageHeader.id for as long as the receiver keeps its messages.");
	if (referrals || !feedback)
		supported(msg, "receiver", MD_REFERRAL);
	if (feedback)
		supported(msg, "receiver", MD_FEEDBACK);
	if (cfg && cfg->ndestinations)
		supported(msg, "sender", referrals ? MD_FEEDBACK : MD_REFERRAL);
	free(address);
	return cs;
}

int bb_capability_statement(char **out, size_t *out_len, bb_connector *c, const char *base_url,
			    bb_format format)
{
	diag_list d = DIAG_LIST_INIT;
	strbuf b = STRBUF_INIT;
	fhir_node *cs;
	int rc;

	if (!c)
		return BB_EINVAL;
	if (!out || !base_url || (format != BB_FORMAT_JSON && format != BB_FORMAT_XML))
		return connector_error(c, BB_EINVAL, "bb_capability_statement: bad argument");
	*out = NULL;
	if (out_len)
		*out_len = 0;
	connector_init_libxml();
	cs = build(c->cfg, base_url, &d);
	if (!cs || fhir_errors(cs))
		rc = d.count ? err_set_diags(&c->err, &d, BB_ERROR) : connector_error(c, BB_ENOMEM, "out of memory");
	else if ((rc = fhir_write(&b, cs, format == BB_FORMAT_XML ? FHIR_FORMAT_XML : FHIR_FORMAT_JSON, 1)) != BB_OK)
		rc = connector_error(c, rc, "cannot write the CapabilityStatement");
	else if (!(*out = strbuf_detach(&b, out_len)))
		rc = connector_error(c, BB_ENOMEM, "out of memory");
	else
		err_clear(&c->err);
	strbuf_free(&b);
	fhir_node_free(cs);
	diag_free(&d);
	return rc;
}
