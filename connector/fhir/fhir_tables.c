/*
 * GENERATED FILE - DO NOT EDIT.
 *
 * Made by connector/fhir/gen/gen-tables.js from FHIR.js (npm "fhir" 4.12.0)
 * profiles/types.json (FHIR R4 4.0.1) and connector/fhir/gen/resources.txt.
 * To regenerate after changing resources.txt:
 *   make regen-fhir FHIR_TYPES_JSON=/path/to/node_modules/fhir/profiles/types.json
 * 209 types (43 resources), 2077 elements, 599 choice types.
 */
#include "fhir_tables.h"

#define M FHIR_E_MULTIPLE
#define R FHIR_E_REQUIRED
#define A FHIR_E_ATTR
#define C FHIR_E_CHOICE

/* Every name, NUL-terminated; tables refer to names by offset. */
const char fhir_pool[] =
	"id\0""extension\0""modifierExtension\0""use\0""type\0""text\0""line\0"
	"city\0""district\0""state\0""postalCode\0""country\0""period\0""value\0"
	"comparator\0""unit\0""system\0""code\0""author\0""authorReference\0"
	"authorString\0""time\0""contentType\0""language\0""data\0""url\0""size\0"
	"hash\0""title\0""creation\0""coding\0""version\0""display\0"
	"userSelected\0""name\0""telecom\0""rank\0""contact\0""profile\0""subject\0"
	"subjectCodeableConcept\0""subjectReference\0""mustSupport\0""codeFilter\0"
	"dateFilter\0""limit\0""sort\0""sequence\0""additionalInstruction\0"
	"patientInstruction\0""timing\0""asNeeded\0""asNeededBoolean\0"
	"asNeededCodeableConcept\0""site\0""route\0""method\0""doseAndRate\0"
	"maxDosePerPeriod\0""maxDosePerAdministration\0""maxDosePerLifetime\0"
	"path\0""representation\0""sliceName\0""sliceIsConstraining\0""label\0"
	"slicing\0""short\0""definition\0""comment\0""requirements\0""alias\0"
	"min\0""max\0""base\0""contentReference\0""defaultValue\0"
	"defaultValueBase64Binary\0""defaultValueBoolean\0""defaultValueCanonical\0"
	"defaultValueCode\0""defaultValueDate\0""defaultValueDateTime\0"
	"defaultValueDecimal\0""defaultValueId\0""defaultValueInstant\0"
	"defaultValueInteger\0""defaultValueMarkdown\0""defaultValueOid\0"
	"defaultValuePositiveInt\0""defaultValueString\0""defaultValueTime\0"
	"defaultValueUnsignedInt\0""defaultValueUri\0""defaultValueUrl\0"
	"defaultValueUuid\0""defaultValueAddress\0""defaultValueAge\0"
	"defaultValueAnnotation\0""defaultValueAttachment\0"
	"defaultValueCodeableConcept\0""defaultValueCoding\0"
	"defaultValueContactPoint\0""defaultValueCount\0""defaultValueDistance\0"
	"defaultValueDuration\0""defaultValueHumanName\0""defaultValueIdentifier\0"
	"defaultValueMoney\0""defaultValuePeriod\0""defaultValueQuantity\0"
	"defaultValueRange\0""defaultValueRatio\0""defaultValueReference\0"
	"defaultValueSampledData\0""defaultValueSignature\0""defaultValueTiming\0"
	"defaultValueContactDetail\0""defaultValueContributor\0"
	"defaultValueDataRequirement\0""defaultValueExpression\0"
	"defaultValueParameterDefinition\0""defaultValueRelatedArtifact\0"
	"defaultValueTriggerDefinition\0""defaultValueUsageContext\0"
	"defaultValueDosage\0""defaultValueMeta\0""meaningWhenMissing\0"
	"orderMeaning\0""fixed\0""fixedBase64Binary\0""fixedBoolean\0"
	"fixedCanonical\0""fixedCode\0""fixedDate\0""fixedDateTime\0"
	"fixedDecimal\0""fixedId\0""fixedInstant\0""fixedInteger\0""fixedMarkdown\0"
	"fixedOid\0""fixedPositiveInt\0""fixedString\0""fixedTime\0"
	"fixedUnsignedInt\0""fixedUri\0""fixedUrl\0""fixedUuid\0""fixedAddress\0"
	"fixedAge\0""fixedAnnotation\0""fixedAttachment\0""fixedCodeableConcept\0"
	"fixedCoding\0""fixedContactPoint\0""fixedCount\0""fixedDistance\0"
	"fixedDuration\0""fixedHumanName\0""fixedIdentifier\0""fixedMoney\0"
	"fixedPeriod\0""fixedQuantity\0""fixedRange\0""fixedRatio\0"
	"fixedReference\0""fixedSampledData\0""fixedSignature\0""fixedTiming\0"
	"fixedContactDetail\0""fixedContributor\0""fixedDataRequirement\0"
	"fixedExpression\0""fixedParameterDefinition\0""fixedRelatedArtifact\0"
	"fixedTriggerDefinition\0""fixedUsageContext\0""fixedDosage\0""fixedMeta\0"
	"pattern\0""patternBase64Binary\0""patternBoolean\0""patternCanonical\0"
	"patternCode\0""patternDate\0""patternDateTime\0""patternDecimal\0"
	"patternId\0""patternInstant\0""patternInteger\0""patternMarkdown\0"
	"patternOid\0""patternPositiveInt\0""patternString\0""patternTime\0"
	"patternUnsignedInt\0""patternUri\0""patternUrl\0""patternUuid\0"
	"patternAddress\0""patternAge\0""patternAnnotation\0""patternAttachment\0"
	"patternCodeableConcept\0""patternCoding\0""patternContactPoint\0"
	"patternCount\0""patternDistance\0""patternDuration\0""patternHumanName\0"
	"patternIdentifier\0""patternMoney\0""patternPeriod\0""patternQuantity\0"
	"patternRange\0""patternRatio\0""patternReference\0""patternSampledData\0"
	"patternSignature\0""patternTiming\0""patternContactDetail\0"
	"patternContributor\0""patternDataRequirement\0""patternExpression\0"
	"patternParameterDefinition\0""patternRelatedArtifact\0"
	"patternTriggerDefinition\0""patternUsageContext\0""patternDosage\0"
	"patternMeta\0""example\0""minValue\0""minValueDate\0""minValueDateTime\0"
	"minValueInstant\0""minValueTime\0""minValueDecimal\0""minValueInteger\0"
	"minValuePositiveInt\0""minValueUnsignedInt\0""minValueQuantity\0"
	"maxValue\0""maxValueDate\0""maxValueDateTime\0""maxValueInstant\0"
	"maxValueTime\0""maxValueDecimal\0""maxValueInteger\0"
	"maxValuePositiveInt\0""maxValueUnsignedInt\0""maxValueQuantity\0"
	"maxLength\0""condition\0""constraint\0""isModifier\0""isModifierReason\0"
	"isSummary\0""binding\0""mapping\0""description\0""expression\0"
	"reference\0""valueBase64Binary\0""valueBoolean\0""valueCanonical\0"
	"valueCode\0""valueDate\0""valueDateTime\0""valueDecimal\0""valueId\0"
	"valueInstant\0""valueInteger\0""valueMarkdown\0""valueOid\0"
	"valuePositiveInt\0""valueString\0""valueTime\0""valueUnsignedInt\0"
	"valueUri\0""valueUrl\0""valueUuid\0""valueAddress\0""valueAge\0"
	"valueAnnotation\0""valueAttachment\0""valueCodeableConcept\0"
	"valueCoding\0""valueContactPoint\0""valueCount\0""valueDistance\0"
	"valueDuration\0""valueHumanName\0""valueIdentifier\0""valueMoney\0"
	"valuePeriod\0""valueQuantity\0""valueRange\0""valueRatio\0"
	"valueReference\0""valueSampledData\0""valueSignature\0""valueTiming\0"
	"valueContactDetail\0""valueContributor\0""valueDataRequirement\0"
	"valueExpression\0""valueParameterDefinition\0""valueRelatedArtifact\0"
	"valueTriggerDefinition\0""valueUsageContext\0""valueDosage\0""valueMeta\0"
	"family\0""given\0""prefix\0""suffix\0""assigner\0""jurisdiction\0"
	"status\0""dateRange\0""restoreDate\0""versionId\0""lastUpdated\0""source\0"
	"security\0""tag\0""currency\0""div\0""documentation\0""start\0""end\0"
	"age\0""ageRange\0""ageCodeableConcept\0""gender\0""race\0"
	"physiologicalCondition\0""height\0""width\0""depth\0""weight\0"
	"nominalVolume\0""externalDiameter\0""shape\0""color\0""imprint\0""image\0"
	"scoring\0""identifier\0""specialPrecautionsForStorage\0""low\0""high\0"
	"numerator\0""denominator\0""citation\0""document\0""resource\0""origin\0"
	"factor\0""lowerLimit\0""upperLimit\0""dimensions\0""when\0""who\0"
	"onBehalfOf\0""targetFormat\0""sigFormat\0""amount\0""amountQuantity\0"
	"amountRange\0""amountString\0""amountType\0""amountText\0"
	"referenceRange\0""event\0""repeat\0""timingTiming\0""timingReference\0"
	"timingDate\0""timingDateTime\0""meta\0""implicitRules\0""contained\0"
	"clinicalStatus\0""verificationStatus\0""category\0""criticality\0"
	"patient\0""encounter\0""onset\0""onsetDateTime\0""onsetAge\0"
	"onsetPeriod\0""onsetRange\0""onsetString\0""recordedDate\0""recorder\0"
	"asserter\0""lastOccurrence\0""note\0""reaction\0""cancelationReason\0"
	"serviceCategory\0""serviceType\0""specialty\0""appointmentType\0"
	"reasonCode\0""reasonReference\0""priority\0""supportingInformation\0"
	"minutesDuration\0""slot\0""created\0""basedOn\0""participant\0"
	"requestedPeriod\0""subtype\0""action\0""recorded\0""outcome\0"
	"outcomeDesc\0""purposeOfEvent\0""agent\0""entity\0""securityContext\0"
	"timestamp\0""total\0""link\0""entry\0""signature\0"
	"instantiatesCanonical\0""instantiatesUri\0""replaces\0""partOf\0""intent\0"
	"contributor\0""careTeam\0""addresses\0""supportingInfo\0""goal\0"
	"activity\0""managingOrganization\0""inResponseTo\0""statusReason\0"
	"medium\0""topic\0""about\0""sent\0""received\0""recipient\0""sender\0"
	"payload\0""groupIdentifier\0""doNotPerform\0""occurrence\0"
	"occurrenceDateTime\0""occurrencePeriod\0""authoredOn\0""requester\0"
	"date\0""confidentiality\0""attester\0""custodian\0""relatesTo\0""section\0"
	"severity\0""bodySite\0""abatement\0""abatementDateTime\0""abatementAge\0"
	"abatementPeriod\0""abatementRange\0""abatementString\0""stage\0"
	"evidence\0""scope\0""dateTime\0""performer\0""organization\0"
	"sourceAttachment\0""sourceReference\0""policy\0""policyRule\0"
	"verification\0""provision\0""udiCarrier\0""distinctIdentifier\0"
	"manufacturer\0""manufactureDate\0""expirationDate\0""lotNumber\0"
	"serialNumber\0""deviceName\0""modelNumber\0""partNumber\0"
	"specialization\0""property\0""owner\0""location\0""safety\0""parent\0"
	"effective\0""effectiveDateTime\0""effectivePeriod\0""issued\0"
	"resultsInterpreter\0""specimen\0""result\0""imagingStudy\0""media\0"
	"conclusion\0""conclusionCode\0""presentedForm\0""masterIdentifier\0"
	"docStatus\0""authenticator\0""securityLabel\0""content\0""context\0"
	"statusHistory\0""class\0""classHistory\0""episodeOfCare\0""appointment\0"
	"length\0""diagnosis\0""account\0""hospitalization\0""serviceProvider\0"
	"connectionType\0""payloadType\0""payloadMimeType\0""address\0""header\0"
	"referralRequest\0""careManager\0""team\0""lifecycleStatus\0"
	"achievementStatus\0""startDate\0""startCodeableConcept\0""target\0"
	"statusDate\0""expressedBy\0""outcomeCode\0""outcomeReference\0""active\0"
	"actual\0""quantity\0""managingEntity\0""characteristic\0""member\0"
	"providedBy\0""extraDetails\0""photo\0""coverageArea\0"
	"serviceProvisionCode\0""eligibility\0""program\0""communication\0"
	"referralMethod\0""appointmentRequired\0""availableTime\0""notAvailable\0"
	"availabilityExceptions\0""endpoint\0""mode\0""orderedBy\0""emptyReason\0"
	"operationalStatus\0""physicalType\0""position\0""hoursOfOperation\0"
	"form\0""ingredient\0""batch\0""reported\0""reportedBoolean\0"
	"reportedReference\0""medication\0""medicationCodeableConcept\0"
	"medicationReference\0""performerType\0""courseOfTherapyType\0""insurance\0"
	"dosageInstruction\0""dispenseRequest\0""substitution\0"
	"priorPrescription\0""detectedIssue\0""eventHistory\0""dateAsserted\0"
	"informationSource\0""derivedFrom\0""dosage\0""eventCoding\0""eventUri\0"
	"destination\0""enterer\0""responsible\0""reason\0""response\0""focus\0"
	"effectiveTiming\0""effectiveInstant\0""dataAbsentReason\0"
	"interpretation\0""device\0""hasMember\0""component\0""issue\0""parameter\0"
	"birthDate\0""deceased\0""deceasedBoolean\0""deceasedDateTime\0"
	"maritalStatus\0""multipleBirth\0""multipleBirthBoolean\0"
	"multipleBirthInteger\0""generalPractitioner\0""qualification\0"
	"practitioner\0""healthcareService\0""performed\0""performedDateTime\0"
	"performedPeriod\0""performedString\0""performedAge\0""performedRange\0"
	"report\0""complication\0""complicationDetail\0""followUp\0""focalDevice\0"
	"usedReference\0""usedCode\0""occurred\0""occurredPeriod\0"
	"occurredDateTime\0""experimental\0""subjectType\0""publisher\0"
	"useContext\0""purpose\0""copyright\0""approvalDate\0""lastReviewDate\0"
	"item\0""questionnaire\0""authored\0""relationship\0""requisition\0"
	"orderDetail\0""quantityQuantity\0""quantityRatio\0""quantityRange\0"
	"occurrenceTiming\0""locationCode\0""locationReference\0""relevantHistory\0"
	"businessStatus\0""for\0""executionPeriod\0""lastModified\0""restriction\0"
	"input\0""output\0""searchParam\0""valueSet\0""direction\0""dose\0"
	"doseRange\0""doseQuantity\0""rate\0""rateRatio\0""rateRange\0"
	"rateQuantity\0""discriminator\0""ordered\0""rules\0""targetProfile\0"
	"aggregation\0""versioning\0""key\0""human\0""xpath\0""strength\0"
	"identity\0""map\0""lowLimit\0""highLimit\0""bounds\0""boundsDuration\0"
	"boundsRange\0""boundsPeriod\0""count\0""countMax\0""duration\0"
	"durationMax\0""durationUnit\0""frequency\0""frequencyMax\0""periodMax\0"
	"periodUnit\0""dayOfWeek\0""timeOfDay\0""offset\0""substance\0"
	"manifestation\0""exposureRoute\0""actor\0""required\0""role\0""altId\0"
	"requestor\0""network\0""purposeOfUse\0""observer\0""what\0""lifecycle\0"
	"query\0""detail\0""relation\0""fullUrl\0""search\0""request\0""score\0"
	"ifNoneMatch\0""ifModifiedSince\0""ifMatch\0""ifNoneExist\0""etag\0"
	"outcomeCodeableConcept\0""progress\0""kind\0""scheduled\0"
	"scheduledTiming\0""scheduledPeriod\0""scheduledString\0""product\0"
	"productCodeableConcept\0""productReference\0""dailyAmount\0"
	"contentString\0""contentAttachment\0""party\0""targetIdentifier\0"
	"targetReference\0""summary\0""assessment\0""authority\0""uri\0""verified\0"
	"verifiedWith\0""verificationDate\0""dataPeriod\0""meaning\0"
	"deviceIdentifier\0""issuer\0""carrierAIDC\0""carrierHRF\0""entryType\0"
	"systemType\0""attachment\0""format\0""facilityType\0""practiceSetting\0"
	"sourcePatientInfo\0""related\0""individual\0""preAdmissionIdentifier\0"
	"admitSource\0""reAdmission\0""dietPreference\0""specialCourtesy\0"
	"specialArrangement\0""dischargeDisposition\0""measure\0""detailQuantity\0"
	"detailRange\0""detailCodeableConcept\0""detailString\0""detailBoolean\0"
	"detailInteger\0""detailRatio\0""due\0""dueDate\0""dueDuration\0""exclude\0"
	"inactive\0""daysOfWeek\0""allDay\0""availableStartTime\0"
	"availableEndTime\0""during\0""flag\0""deleted\0""longitude\0""latitude\0"
	"altitude\0""openingTime\0""closingTime\0""itemCodeableConcept\0"
	"itemReference\0""isActive\0""initialFill\0""dispenseInterval\0"
	"validityPeriod\0""numberOfRepeatsAllowed\0""expectedSupplyDuration\0"
	"allowed\0""allowedBoolean\0""allowedCodeableConcept\0""receiver\0"
	"software\0""details\0""appliesTo\0""diagnostics\0""part\0""preferred\0"
	"other\0""function\0""manipulated\0""linkId\0""enableWhen\0"
	"enableBehavior\0""repeats\0""readOnly\0""answerValueSet\0""answerOption\0"
	"initial\0""question\0""operator\0""answer\0""answerBoolean\0"
	"answerDecimal\0""answerInteger\0""answerDate\0""answerDateTime\0"
	"answerTime\0""answerString\0""answerCoding\0""answerQuantity\0"
	"answerReference\0""initialSelected\0""repetitions\0""base64Binary\0"
	"boolean\0""canonical\0""decimal\0""instant\0""integer\0""markdown\0""oid\0"
	"positiveInt\0""string\0""unsignedInt\0""uuid\0""xhtml\0""Element\0"
	"BackboneElement\0""Address\0""Age\0""Annotation\0""Attachment\0"
	"CodeableConcept\0""Coding\0""ContactDetail\0""ContactPoint\0"
	"Contributor\0""Count\0""DataRequirement\0""Distance\0""Dosage\0"
	"Duration\0""ElementDefinition\0""Expression\0""Extension\0""HumanName\0"
	"Identifier\0""MarketingStatus\0""Meta\0""Money\0""Narrative\0"
	"ParameterDefinition\0""Period\0""Population\0""ProdCharacteristic\0"
	"ProductShelfLife\0""Quantity\0""Range\0""Ratio\0""Reference\0"
	"RelatedArtifact\0""SampledData\0""Signature\0""SubstanceAmount\0""Timing\0"
	"TriggerDefinition\0""UsageContext\0""MoneyQuantity\0""SimpleQuantity\0"
	"Resource\0""DomainResource\0""AllergyIntolerance\0""Appointment\0"
	"AuditEvent\0""Basic\0""Binary\0""Bundle\0""CarePlan\0""CareTeam\0"
	"Communication\0""CommunicationRequest\0""Composition\0""Condition\0"
	"Consent\0""Device\0""DiagnosticReport\0""DocumentReference\0""Encounter\0"
	"Endpoint\0""EpisodeOfCare\0""Flag\0""Goal\0""Group\0""HealthcareService\0"
	"List\0""Location\0""Medication\0""MedicationRequest\0"
	"MedicationStatement\0""MessageHeader\0""Observation\0""OperationOutcome\0"
	"Organization\0""Parameters\0""Patient\0""Practitioner\0"
	"PractitionerRole\0""Procedure\0""Provenance\0""Questionnaire\0"
	"QuestionnaireResponse\0""RelatedPerson\0""ServiceRequest\0""Task\0"
	"DataRequirement.codeFilter\0""DataRequirement.dateFilter\0"
	"DataRequirement.sort\0""Dosage.doseAndRate\0""ElementDefinition.slicing\0"
	"ElementDefinition.slicing.discriminator\0""ElementDefinition.base\0"
	"ElementDefinition.type\0""ElementDefinition.example\0"
	"ElementDefinition.constraint\0""ElementDefinition.binding\0"
	"ElementDefinition.mapping\0""SubstanceAmount.referenceRange\0"
	"Timing.repeat\0""AllergyIntolerance.reaction\0""Appointment.participant\0"
	"AuditEvent.agent\0""AuditEvent.agent.network\0""AuditEvent.source\0"
	"AuditEvent.entity\0""AuditEvent.entity.detail\0""Bundle.link\0"
	"Bundle.entry\0""Bundle.entry.search\0""Bundle.entry.request\0"
	"Bundle.entry.response\0""CarePlan.activity\0""CarePlan.activity.detail\0"
	"CareTeam.participant\0""Communication.payload\0"
	"CommunicationRequest.payload\0""Composition.attester\0"
	"Composition.relatesTo\0""Composition.event\0""Composition.section\0"
	"Condition.stage\0""Condition.evidence\0""Consent.policy\0"
	"Consent.verification\0""Consent.provision\0""Consent.provision.actor\0"
	"Consent.provision.data\0""Device.udiCarrier\0""Device.deviceName\0"
	"Device.specialization\0""Device.version\0""Device.property\0"
	"DiagnosticReport.media\0""DocumentReference.relatesTo\0"
	"DocumentReference.content\0""DocumentReference.context\0"
	"Encounter.statusHistory\0""Encounter.classHistory\0"
	"Encounter.participant\0""Encounter.diagnosis\0"
	"Encounter.hospitalization\0""Encounter.location\0"
	"EpisodeOfCare.statusHistory\0""EpisodeOfCare.diagnosis\0""Goal.target\0"
	"Group.characteristic\0""Group.member\0""HealthcareService.eligibility\0"
	"HealthcareService.availableTime\0""HealthcareService.notAvailable\0"
	"List.entry\0""Location.position\0""Location.hoursOfOperation\0"
	"Medication.ingredient\0""Medication.batch\0"
	"MedicationRequest.dispenseRequest\0"
	"MedicationRequest.dispenseRequest.initialFill\0"
	"MedicationRequest.substitution\0""MessageHeader.destination\0"
	"MessageHeader.source\0""MessageHeader.response\0"
	"Observation.referenceRange\0""Observation.component\0"
	"OperationOutcome.issue\0""Organization.contact\0""Parameters.parameter\0"
	"Patient.contact\0""Patient.communication\0""Patient.link\0"
	"Practitioner.qualification\0""PractitionerRole.availableTime\0"
	"PractitionerRole.notAvailable\0""Procedure.performer\0"
	"Procedure.focalDevice\0""Provenance.agent\0""Provenance.entity\0"
	"Questionnaire.item\0""Questionnaire.item.enableWhen\0"
	"Questionnaire.item.answerOption\0""Questionnaire.item.initial\0"
	"QuestionnaireResponse.item\0""QuestionnaireResponse.item.answer\0"
	"RelatedPerson.communication\0""Task.restriction\0""Task.input\0"
	"Task.output\0";

const size_t fhir_types_len = 209;

/* name, first element, element count, kind, primitive kind, flags */
const fhir_type fhir_types[] = {
	{ 10637, 0, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_BASE64BINARY, 0 }, /* 0 base64Binary */
	{ 10650, 2, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_BOOLEAN, 0 }, /* 1 boolean */
	{ 10658, 4, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_CANONICAL, 0 }, /* 2 canonical */
	{ 125, 6, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_CODE, 0 }, /* 3 code */
	{ 6033, 8, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_DATE, 0 }, /* 4 date */
	{ 6218, 10, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_DATETIME, 0 }, /* 5 dateTime */
	{ 10668, 12, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_DECIMAL, 0 }, /* 6 decimal */
	{ 0, 14, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_ID, 0 }, /* 7 id */
	{ 10676, 16, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_INSTANT, 0 }, /* 8 instant */
	{ 10684, 18, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_INTEGER, 0 }, /* 9 integer */
	{ 10692, 20, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_MARKDOWN, 0 }, /* 10 markdown */
	{ 10701, 22, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_OID, 0 }, /* 11 oid */
	{ 10705, 24, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_POSITIVEINT, 0 }, /* 12 positiveInt */
	{ 10717, 26, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_STRING, 0 }, /* 13 string */
	{ 166, 28, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_TIME, 0 }, /* 14 time */
	{ 10724, 30, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_UNSIGNEDINT, 0 }, /* 15 unsignedInt */
	{ 9484, 32, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_URI, 0 }, /* 16 uri */
	{ 197, 34, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_URL, 0 }, /* 17 url */
	{ 10736, 36, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_UUID, 0 }, /* 18 uuid */
	{ 10741, 38, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_XHTML, 0 }, /* 19 xhtml */
	{ 10747, 40, 2, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 20 Element */
	{ 10755, 42, 3, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 21 BackboneElement */
	{ 10771, 45, 12, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 22 Address */
	{ 10779, 57, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 23 Age */
	{ 10783, 64, 5, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 24 Annotation */
	{ 10794, 69, 10, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 25 Attachment */
	{ 10805, 79, 4, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 26 CodeableConcept */
	{ 10821, 83, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 27 Coding */
	{ 10828, 90, 4, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 28 ContactDetail */
	{ 10842, 94, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 29 ContactPoint */
	{ 10855, 101, 5, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 30 Contributor */
	{ 10867, 106, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 31 Count */
	{ 10873, 113, 10, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 32 DataRequirement */
	{ 10889, 123, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 33 Distance */
	{ 10898, 130, 16, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 34 Dosage */
	{ 10905, 146, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 35 Duration */
	{ 10914, 153, 37, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 36 ElementDefinition */
	{ 10932, 190, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 37 Expression */
	{ 10943, 197, 4, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 38 Extension */
	{ 10953, 201, 9, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 39 HumanName */
	{ 10963, 210, 8, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 40 Identifier */
	{ 10974, 218, 8, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 41 MarketingStatus */
	{ 10990, 226, 8, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 42 Meta */
	{ 10995, 234, 4, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 43 Money */
	{ 11001, 238, 4, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 44 Narrative */
	{ 11011, 242, 9, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 45 ParameterDefinition */
	{ 11031, 251, 4, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 46 Period */
	{ 11038, 255, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 47 Population */
	{ 11049, 262, 14, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 48 ProdCharacteristic */
	{ 11068, 276, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 49 ProductShelfLife */
	{ 11085, 283, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 50 Quantity */
	{ 11094, 290, 4, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 51 Range */
	{ 11100, 294, 4, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 52 Ratio */
	{ 11106, 298, 6, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 53 Reference */
	{ 11116, 304, 9, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 54 RelatedArtifact */
	{ 11132, 313, 9, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 55 SampledData */
	{ 11144, 322, 9, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 56 Signature */
	{ 11154, 331, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 57 SubstanceAmount */
	{ 11170, 338, 6, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 58 Timing */
	{ 11177, 344, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 59 TriggerDefinition */
	{ 11195, 351, 4, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 60 UsageContext */
	{ 11208, 355, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 61 MoneyQuantity */
	{ 11222, 362, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 62 SimpleQuantity */
	{ 11237, 369, 4, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, FHIR_T_ABSTRACT }, /* 63 Resource */
	{ 11246, 373, 8, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, FHIR_T_ABSTRACT }, /* 64 DomainResource */
	{ 11261, 381, 24, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 65 AllergyIntolerance */
	{ 11280, 405, 30, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 66 Appointment */
	{ 11292, 435, 19, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 67 AuditEvent */
	{ 11303, 454, 13, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 68 Basic */
	{ 11309, 467, 7, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 69 Binary */
	{ 11316, 474, 11, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 70 Bundle */
	{ 11323, 485, 31, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 71 CarePlan */
	{ 11332, 516, 21, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 72 CareTeam */
	{ 11341, 537, 31, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 73 Communication */
	{ 11355, 568, 30, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 74 CommunicationRequest */
	{ 11376, 598, 23, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 75 Composition */
	{ 11388, 621, 25, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 76 Condition */
	{ 11398, 646, 21, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 77 Consent */
	{ 11406, 667, 34, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 78 Device */
	{ 11413, 701, 26, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 79 DiagnosticReport */
	{ 11430, 727, 24, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 80 DocumentReference */
	{ 11448, 751, 31, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 81 Encounter */
	{ 11458, 782, 19, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 82 Endpoint */
	{ 11467, 801, 20, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 83 EpisodeOfCare */
	{ 11481, 821, 16, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 84 Flag */
	{ 11486, 837, 24, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 85 Goal */
	{ 11491, 861, 18, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 86 Group */
	{ 11497, 879, 32, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 87 HealthcareService */
	{ 11515, 911, 21, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 88 List */
	{ 11520, 932, 25, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 89 Location */
	{ 11529, 957, 16, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 90 Medication */
	{ 11540, 973, 40, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 91 MedicationRequest */
	{ 11558, 1013, 25, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 92 MedicationStatement */
	{ 11578, 1038, 19, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 93 MessageHeader */
	{ 11592, 1057, 32, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 94 Observation */
	{ 11604, 1089, 9, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 95 OperationOutcome */
	{ 11621, 1098, 18, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 96 Organization */
	{ 11634, 1116, 5, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 97 Parameters */
	{ 11645, 1121, 24, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 98 Patient */
	{ 11653, 1145, 18, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 99 Practitioner */
	{ 11666, 1163, 22, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 100 PractitionerRole */
	{ 11683, 1185, 36, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 101 Procedure */
	{ 11693, 1221, 18, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 102 Provenance */
	{ 11704, 1239, 30, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 103 Questionnaire */
	{ 11718, 1269, 19, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 104 QuestionnaireResponse */
	{ 11740, 1288, 20, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 105 RelatedPerson */
	{ 11754, 1308, 41, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 106 ServiceRequest */
	{ 11769, 1349, 39, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 107 Task */
	{ 11774, 1388, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 108 DataRequirement.codeFilter */
	{ 11801, 1394, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 109 DataRequirement.dateFilter */
	{ 11828, 1399, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 110 DataRequirement.sort */
	{ 11849, 1403, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 111 Dosage.doseAndRate */
	{ 11868, 1408, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 112 ElementDefinition.slicing */
	{ 11894, 1414, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 113 ElementDefinition.slicing.discriminator */
	{ 11934, 1418, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 114 ElementDefinition.base */
	{ 11957, 1423, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 115 ElementDefinition.type */
	{ 11980, 1430, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 116 ElementDefinition.example */
	{ 12006, 1434, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 117 ElementDefinition.constraint */
	{ 12035, 1443, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 118 ElementDefinition.binding */
	{ 12061, 1448, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 119 ElementDefinition.mapping */
	{ 12087, 1454, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 120 SubstanceAmount.referenceRange */
	{ 12118, 1458, 17, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 121 Timing.repeat */
	{ 12132, 1475, 10, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 122 AllergyIntolerance.reaction */
	{ 12160, 1485, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 123 Appointment.participant */
	{ 12184, 1493, 14, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 124 AuditEvent.agent */
	{ 12201, 1507, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 125 AuditEvent.agent.network */
	{ 12226, 1512, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 126 AuditEvent.source */
	{ 12244, 1518, 12, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 127 AuditEvent.entity */
	{ 12262, 1530, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 128 AuditEvent.entity.detail */
	{ 12287, 1535, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 129 Bundle.link */
	{ 12299, 1540, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 130 Bundle.entry */
	{ 12312, 1549, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 131 Bundle.entry.search */
	{ 12332, 1554, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 132 Bundle.entry.request */
	{ 12353, 1563, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 133 Bundle.entry.response */
	{ 12375, 1571, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 134 CarePlan.activity */
	{ 12393, 1579, 20, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 135 CarePlan.activity.detail */
	{ 12418, 1599, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 136 CareTeam.participant */
	{ 12439, 1606, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 137 Communication.payload */
	{ 12461, 1610, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 138 CommunicationRequest.payload */
	{ 12490, 1614, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 139 Composition.attester */
	{ 12511, 1620, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 140 Composition.relatesTo */
	{ 12533, 1625, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 141 Composition.event */
	{ 12551, 1631, 13, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 142 Composition.section */
	{ 12571, 1644, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 143 Condition.stage */
	{ 12587, 1650, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 144 Condition.evidence */
	{ 12606, 1655, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 145 Consent.policy */
	{ 12621, 1660, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 146 Consent.verification */
	{ 12642, 1666, 14, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 147 Consent.provision */
	{ 12660, 1680, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 148 Consent.provision.actor */
	{ 12684, 1685, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 149 Consent.provision.data */
	{ 12707, 1690, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 150 Device.udiCarrier */
	{ 12725, 1699, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 151 Device.deviceName */
	{ 12743, 1704, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 152 Device.specialization */
	{ 12765, 1709, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 153 Device.version */
	{ 12780, 1715, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 154 Device.property */
	{ 12796, 1721, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 155 DiagnosticReport.media */
	{ 12819, 1726, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 156 DocumentReference.relatesTo */
	{ 12847, 1731, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 157 DocumentReference.content */
	{ 12873, 1736, 10, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 158 DocumentReference.context */
	{ 12899, 1746, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 159 Encounter.statusHistory */
	{ 12923, 1751, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 160 Encounter.classHistory */
	{ 12946, 1756, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 161 Encounter.participant */
	{ 12968, 1762, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 162 Encounter.diagnosis */
	{ 12988, 1768, 12, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 163 Encounter.hospitalization */
	{ 13014, 1780, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 164 Encounter.location */
	{ 13033, 1787, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 165 EpisodeOfCare.statusHistory */
	{ 13061, 1792, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 166 EpisodeOfCare.diagnosis */
	{ 13085, 1798, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 167 Goal.target */
	{ 13097, 1804, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 168 Group.characteristic */
	{ 13118, 1811, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 169 Group.member */
	{ 13131, 1817, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 170 HealthcareService.eligibility */
	{ 13161, 1822, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 171 HealthcareService.availableTime */
	{ 13193, 1829, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 172 HealthcareService.notAvailable */
	{ 13224, 1834, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 173 List.entry */
	{ 13235, 1841, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 174 Location.position */
	{ 13253, 1847, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 175 Location.hoursOfOperation */
	{ 13279, 1854, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 176 Medication.ingredient */
	{ 13301, 1860, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 177 Medication.batch */
	{ 13318, 1865, 10, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 178 MedicationRequest.dispenseRequest */
	{ 13352, 1875, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 179 MedicationRequest.dispenseRequest.initialFill */
	{ 13398, 1880, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 180 MedicationRequest.substitution */
	{ 13429, 1885, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 181 MessageHeader.destination */
	{ 13455, 1892, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 182 MessageHeader.source */
	{ 13476, 1900, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 183 MessageHeader.response */
	{ 13499, 1906, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 184 Observation.referenceRange */
	{ 13526, 1915, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 185 Observation.component */
	{ 13548, 1923, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 186 OperationOutcome.issue */
	{ 13571, 1932, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 187 Organization.contact */
	{ 13592, 1939, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 188 Parameters.parameter */
	{ 13613, 1946, 10, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 189 Patient.contact */
	{ 13629, 1956, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 190 Patient.communication */
	{ 13651, 1961, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 191 Patient.link */
	{ 13664, 1966, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 192 Practitioner.qualification */
	{ 13691, 1973, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 193 PractitionerRole.availableTime */
	{ 13722, 1980, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 194 PractitionerRole.notAvailable */
	{ 13752, 1985, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 195 Procedure.performer */
	{ 13772, 1991, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 196 Procedure.focalDevice */
	{ 13794, 1996, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 197 Provenance.agent */
	{ 13811, 2003, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 198 Provenance.entity */
	{ 13829, 2009, 19, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 199 Questionnaire.item */
	{ 13848, 2028, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 200 Questionnaire.item.enableWhen */
	{ 13878, 2034, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 201 Questionnaire.item.answerOption */
	{ 13910, 2039, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 202 Questionnaire.item.initial */
	{ 13937, 2043, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 203 QuestionnaireResponse.item */
	{ 13964, 2051, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 204 QuestionnaireResponse.item.answer */
	{ 13998, 2056, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 205 RelatedPerson.communication */
	{ 14026, 2061, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 206 Task.restriction */
	{ 14043, 2067, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 207 Task.input */
	{ 14054, 2072, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 208 Task.output */
};

/* Type indexes sorted by name, for binary search. */
const uint16_t fhir_types_by_name[] = {
	22, 23, 65, 122, 24, 66, 123, 25, 67, 124, 125, 127, 128, 126, 21, 68,
	69, 70, 130, 132, 133, 131, 129, 71, 134, 135, 72, 136, 26, 27, 73, 137,
	74, 138, 75, 139, 141, 140, 142, 76, 144, 143, 77, 145, 147, 148, 149, 146,
	28, 29, 30, 31, 32, 108, 109, 110, 78, 151, 154, 152, 150, 153, 79, 155,
	33, 80, 157, 158, 156, 64, 34, 111, 35, 20, 36, 114, 118, 117, 116, 119,
	112, 113, 115, 81, 160, 162, 163, 164, 161, 159, 82, 83, 166, 165, 37, 38,
	84, 85, 167, 86, 168, 169, 87, 171, 170, 172, 39, 40, 88, 173, 89, 175,
	174, 41, 90, 177, 176, 91, 178, 179, 180, 92, 93, 181, 183, 182, 42, 43,
	61, 44, 94, 185, 184, 95, 186, 96, 187, 45, 97, 188, 98, 190, 189, 191,
	46, 47, 99, 192, 100, 193, 194, 101, 196, 195, 48, 49, 102, 197, 198, 50,
	103, 199, 201, 200, 202, 104, 203, 204, 51, 52, 53, 54, 105, 205, 63, 55,
	106, 56, 62, 57, 120, 107, 207, 208, 206, 58, 121, 59, 60, 0, 1, 2,
	3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
	19,
};

/* name, type (choices: first fhir_choices row), order, flags, choice count */
const fhir_elem fhir_elems[] = {
	{ 0, 13, 0, A, 0 }, /* base64Binary.id */
	{ 3, 38, 1, M, 0 }, /* base64Binary.extension */
	{ 0, 13, 0, A, 0 }, /* boolean.id */
	{ 3, 38, 1, M, 0 }, /* boolean.extension */
	{ 0, 13, 0, A, 0 }, /* canonical.id */
	{ 3, 38, 1, M, 0 }, /* canonical.extension */
	{ 0, 13, 0, A, 0 }, /* code.id */
	{ 3, 38, 1, M, 0 }, /* code.extension */
	{ 0, 13, 0, A, 0 }, /* date.id */
	{ 3, 38, 1, M, 0 }, /* date.extension */
	{ 0, 13, 0, A, 0 }, /* dateTime.id */
	{ 3, 38, 1, M, 0 }, /* dateTime.extension */
	{ 0, 13, 0, A, 0 }, /* decimal.id */
	{ 3, 38, 1, M, 0 }, /* decimal.extension */
	{ 0, 13, 0, A, 0 }, /* id.id */
	{ 3, 38, 1, M, 0 }, /* id.extension */
	{ 0, 13, 0, A, 0 }, /* instant.id */
	{ 3, 38, 1, M, 0 }, /* instant.extension */
	{ 0, 13, 0, A, 0 }, /* integer.id */
	{ 3, 38, 1, M, 0 }, /* integer.extension */
	{ 0, 13, 0, A, 0 }, /* markdown.id */
	{ 3, 38, 1, M, 0 }, /* markdown.extension */
	{ 0, 13, 0, A, 0 }, /* oid.id */
	{ 3, 38, 1, M, 0 }, /* oid.extension */
	{ 0, 13, 0, A, 0 }, /* positiveInt.id */
	{ 3, 38, 1, M, 0 }, /* positiveInt.extension */
	{ 0, 13, 0, A, 0 }, /* string.id */
	{ 3, 38, 1, M, 0 }, /* string.extension */
	{ 0, 13, 0, A, 0 }, /* time.id */
	{ 3, 38, 1, M, 0 }, /* time.extension */
	{ 0, 13, 0, A, 0 }, /* unsignedInt.id */
	{ 3, 38, 1, M, 0 }, /* unsignedInt.extension */
	{ 0, 13, 0, A, 0 }, /* uri.id */
	{ 3, 38, 1, M, 0 }, /* uri.extension */
	{ 0, 13, 0, A, 0 }, /* url.id */
	{ 3, 38, 1, M, 0 }, /* url.extension */
	{ 0, 13, 0, A, 0 }, /* uuid.id */
	{ 3, 38, 1, M, 0 }, /* uuid.extension */
	{ 0, 13, 0, A, 0 }, /* xhtml.id */
	{ 3, 38, 1, M, 0 }, /* xhtml.extension */
	{ 0, 13, 0, A, 0 }, /* Element.id */
	{ 3, 38, 1, M, 0 }, /* Element.extension */
	{ 0, 13, 0, A, 0 }, /* BackboneElement.id */
	{ 3, 38, 1, M, 0 }, /* BackboneElement.extension */
	{ 13, 38, 2, M, 0 }, /* BackboneElement.modifierExtension */
	{ 0, 13, 0, A, 0 }, /* Address.id */
	{ 3, 38, 1, M, 0 }, /* Address.extension */
	{ 31, 3, 2, 0, 0 }, /* Address.use */
	{ 35, 3, 3, 0, 0 }, /* Address.type */
	{ 40, 13, 4, 0, 0 }, /* Address.text */
	{ 45, 13, 5, M, 0 }, /* Address.line */
	{ 50, 13, 6, 0, 0 }, /* Address.city */
	{ 55, 13, 7, 0, 0 }, /* Address.district */
	{ 64, 13, 8, 0, 0 }, /* Address.state */
	{ 70, 13, 9, 0, 0 }, /* Address.postalCode */
	{ 81, 13, 10, 0, 0 }, /* Address.country */
	{ 89, 46, 11, 0, 0 }, /* Address.period */
	{ 0, 13, 0, A, 0 }, /* Age.id */
	{ 3, 38, 1, M, 0 }, /* Age.extension */
	{ 96, 6, 2, 0, 0 }, /* Age.value */
	{ 102, 3, 3, 0, 0 }, /* Age.comparator */
	{ 113, 13, 4, 0, 0 }, /* Age.unit */
	{ 118, 16, 5, 0, 0 }, /* Age.system */
	{ 125, 3, 6, 0, 0 }, /* Age.code */
	{ 0, 13, 0, A, 0 }, /* Annotation.id */
	{ 3, 38, 1, M, 0 }, /* Annotation.extension */
	{ 130, 0, 2, C, 2 }, /* Annotation.author */
	{ 166, 5, 3, 0, 0 }, /* Annotation.time */
	{ 40, 10, 4, R, 0 }, /* Annotation.text */
	{ 0, 13, 0, A, 0 }, /* Attachment.id */
	{ 3, 38, 1, M, 0 }, /* Attachment.extension */
	{ 171, 3, 2, 0, 0 }, /* Attachment.contentType */
	{ 183, 3, 3, 0, 0 }, /* Attachment.language */
	{ 192, 0, 4, 0, 0 }, /* Attachment.data */
	{ 197, 17, 5, 0, 0 }, /* Attachment.url */
	{ 201, 15, 6, 0, 0 }, /* Attachment.size */
	{ 206, 0, 7, 0, 0 }, /* Attachment.hash */
	{ 211, 13, 8, 0, 0 }, /* Attachment.title */
	{ 217, 5, 9, 0, 0 }, /* Attachment.creation */
	{ 0, 13, 0, A, 0 }, /* CodeableConcept.id */
	{ 3, 38, 1, M, 0 }, /* CodeableConcept.extension */
	{ 226, 27, 2, M, 0 }, /* CodeableConcept.coding */
	{ 40, 13, 3, 0, 0 }, /* CodeableConcept.text */
	{ 0, 13, 0, A, 0 }, /* Coding.id */
	{ 3, 38, 1, M, 0 }, /* Coding.extension */
	{ 118, 16, 2, 0, 0 }, /* Coding.system */
	{ 233, 13, 3, 0, 0 }, /* Coding.version */
	{ 125, 3, 4, 0, 0 }, /* Coding.code */
	{ 241, 13, 5, 0, 0 }, /* Coding.display */
	{ 249, 1, 6, 0, 0 }, /* Coding.userSelected */
	{ 0, 13, 0, A, 0 }, /* ContactDetail.id */
	{ 3, 38, 1, M, 0 }, /* ContactDetail.extension */
	{ 262, 13, 2, 0, 0 }, /* ContactDetail.name */
	{ 267, 29, 3, M, 0 }, /* ContactDetail.telecom */
	{ 0, 13, 0, A, 0 }, /* ContactPoint.id */
	{ 3, 38, 1, M, 0 }, /* ContactPoint.extension */
	{ 118, 3, 2, 0, 0 }, /* ContactPoint.system */
	{ 96, 13, 3, 0, 0 }, /* ContactPoint.value */
	{ 31, 3, 4, 0, 0 }, /* ContactPoint.use */
	{ 275, 12, 5, 0, 0 }, /* ContactPoint.rank */
	{ 89, 46, 6, 0, 0 }, /* ContactPoint.period */
	{ 0, 13, 0, A, 0 }, /* Contributor.id */
	{ 3, 38, 1, M, 0 }, /* Contributor.extension */
	{ 35, 3, 2, R, 0 }, /* Contributor.type */
	{ 262, 13, 3, R, 0 }, /* Contributor.name */
	{ 280, 28, 4, M, 0 }, /* Contributor.contact */
	{ 0, 13, 0, A, 0 }, /* Count.id */
	{ 3, 38, 1, M, 0 }, /* Count.extension */
	{ 96, 6, 2, 0, 0 }, /* Count.value */
	{ 102, 3, 3, 0, 0 }, /* Count.comparator */
	{ 113, 13, 4, 0, 0 }, /* Count.unit */
	{ 118, 16, 5, 0, 0 }, /* Count.system */
	{ 125, 3, 6, 0, 0 }, /* Count.code */
	{ 0, 13, 0, A, 0 }, /* DataRequirement.id */
	{ 3, 38, 1, M, 0 }, /* DataRequirement.extension */
	{ 35, 3, 2, R, 0 }, /* DataRequirement.type */
	{ 288, 2, 3, M, 0 }, /* DataRequirement.profile */
	{ 296, 2, 4, C, 2 }, /* DataRequirement.subject */
	{ 344, 13, 5, M, 0 }, /* DataRequirement.mustSupport */
	{ 356, 108, 6, M, 0 }, /* DataRequirement.codeFilter */
	{ 367, 109, 7, M, 0 }, /* DataRequirement.dateFilter */
	{ 378, 12, 8, 0, 0 }, /* DataRequirement.limit */
	{ 384, 110, 9, M, 0 }, /* DataRequirement.sort */
	{ 0, 13, 0, A, 0 }, /* Distance.id */
	{ 3, 38, 1, M, 0 }, /* Distance.extension */
	{ 96, 6, 2, 0, 0 }, /* Distance.value */
	{ 102, 3, 3, 0, 0 }, /* Distance.comparator */
	{ 113, 13, 4, 0, 0 }, /* Distance.unit */
	{ 118, 16, 5, 0, 0 }, /* Distance.system */
	{ 125, 3, 6, 0, 0 }, /* Distance.code */
	{ 0, 13, 0, A, 0 }, /* Dosage.id */
	{ 3, 38, 1, M, 0 }, /* Dosage.extension */
	{ 13, 38, 2, M, 0 }, /* Dosage.modifierExtension */
	{ 389, 9, 3, 0, 0 }, /* Dosage.sequence */
	{ 40, 13, 4, 0, 0 }, /* Dosage.text */
	{ 398, 26, 5, M, 0 }, /* Dosage.additionalInstruction */
	{ 420, 13, 6, 0, 0 }, /* Dosage.patientInstruction */
	{ 439, 58, 7, 0, 0 }, /* Dosage.timing */
	{ 446, 4, 8, C, 2 }, /* Dosage.asNeeded */
	{ 495, 26, 9, 0, 0 }, /* Dosage.site */
	{ 500, 26, 10, 0, 0 }, /* Dosage.route */
	{ 506, 26, 11, 0, 0 }, /* Dosage.method */
	{ 513, 111, 12, M, 0 }, /* Dosage.doseAndRate */
	{ 525, 52, 13, 0, 0 }, /* Dosage.maxDosePerPeriod */
	{ 542, 50, 14, 0, 0 }, /* Dosage.maxDosePerAdministration */
	{ 567, 50, 15, 0, 0 }, /* Dosage.maxDosePerLifetime */
	{ 0, 13, 0, A, 0 }, /* Duration.id */
	{ 3, 38, 1, M, 0 }, /* Duration.extension */
	{ 96, 6, 2, 0, 0 }, /* Duration.value */
	{ 102, 3, 3, 0, 0 }, /* Duration.comparator */
	{ 113, 13, 4, 0, 0 }, /* Duration.unit */
	{ 118, 16, 5, 0, 0 }, /* Duration.system */
	{ 125, 3, 6, 0, 0 }, /* Duration.code */
	{ 0, 13, 0, A, 0 }, /* ElementDefinition.id */
	{ 3, 38, 1, M, 0 }, /* ElementDefinition.extension */
	{ 13, 38, 2, M, 0 }, /* ElementDefinition.modifierExtension */
	{ 586, 13, 3, R, 0 }, /* ElementDefinition.path */
	{ 591, 3, 4, M, 0 }, /* ElementDefinition.representation */
	{ 606, 13, 5, 0, 0 }, /* ElementDefinition.sliceName */
	{ 616, 1, 6, 0, 0 }, /* ElementDefinition.sliceIsConstraining */
	{ 636, 13, 7, 0, 0 }, /* ElementDefinition.label */
	{ 125, 27, 8, M, 0 }, /* ElementDefinition.code */
	{ 642, 112, 9, 0, 0 }, /* ElementDefinition.slicing */
	{ 650, 13, 10, 0, 0 }, /* ElementDefinition.short */
	{ 656, 10, 11, 0, 0 }, /* ElementDefinition.definition */
	{ 667, 10, 12, 0, 0 }, /* ElementDefinition.comment */
	{ 675, 10, 13, 0, 0 }, /* ElementDefinition.requirements */
	{ 688, 13, 14, M, 0 }, /* ElementDefinition.alias */
	{ 694, 15, 15, 0, 0 }, /* ElementDefinition.min */
	{ 698, 13, 16, 0, 0 }, /* ElementDefinition.max */
	{ 702, 114, 17, 0, 0 }, /* ElementDefinition.base */
	{ 707, 16, 18, 0, 0 }, /* ElementDefinition.contentReference */
	{ 35, 115, 19, M, 0 }, /* ElementDefinition.type */
	{ 724, 6, 20, C, 50 }, /* ElementDefinition.defaultValue */
	{ 1796, 10, 21, 0, 0 }, /* ElementDefinition.meaningWhenMissing */
	{ 1815, 13, 22, 0, 0 }, /* ElementDefinition.orderMeaning */
	{ 1828, 56, 23, C, 50 }, /* ElementDefinition.fixed */
	{ 2543, 106, 24, C, 50 }, /* ElementDefinition.pattern */
	{ 3360, 116, 25, M, 0 }, /* ElementDefinition.example */
	{ 3368, 156, 26, C, 9 }, /* ElementDefinition.minValue */
	{ 3525, 165, 27, C, 9 }, /* ElementDefinition.maxValue */
	{ 3682, 9, 28, 0, 0 }, /* ElementDefinition.maxLength */
	{ 3692, 7, 29, M, 0 }, /* ElementDefinition.condition */
	{ 3702, 117, 30, M, 0 }, /* ElementDefinition.constraint */
	{ 344, 1, 31, 0, 0 }, /* ElementDefinition.mustSupport */
	{ 3713, 1, 32, 0, 0 }, /* ElementDefinition.isModifier */
	{ 3724, 13, 33, 0, 0 }, /* ElementDefinition.isModifierReason */
	{ 3741, 1, 34, 0, 0 }, /* ElementDefinition.isSummary */
	{ 3751, 118, 35, 0, 0 }, /* ElementDefinition.binding */
	{ 3759, 119, 36, M, 0 }, /* ElementDefinition.mapping */
	{ 0, 13, 0, A, 0 }, /* Expression.id */
	{ 3, 38, 1, M, 0 }, /* Expression.extension */
	{ 3767, 13, 2, 0, 0 }, /* Expression.description */
	{ 262, 7, 3, 0, 0 }, /* Expression.name */
	{ 183, 3, 4, R, 0 }, /* Expression.language */
	{ 3779, 13, 5, 0, 0 }, /* Expression.expression */
	{ 3790, 16, 6, 0, 0 }, /* Expression.reference */
	{ 0, 13, 0, A, 0 }, /* Extension.id */
	{ 3, 38, 1, M, 0 }, /* Extension.extension */
	{ 197, 16, 2, R|A, 0 }, /* Extension.url */
	{ 96, 174, 3, C, 50 }, /* Extension.value */
	{ 0, 13, 0, A, 0 }, /* HumanName.id */
	{ 3, 38, 1, M, 0 }, /* HumanName.extension */
	{ 31, 3, 2, 0, 0 }, /* HumanName.use */
	{ 40, 13, 3, 0, 0 }, /* HumanName.text */
	{ 4509, 13, 4, 0, 0 }, /* HumanName.family */
	{ 4516, 13, 5, M, 0 }, /* HumanName.given */
	{ 4522, 13, 6, M, 0 }, /* HumanName.prefix */
	{ 4529, 13, 7, M, 0 }, /* HumanName.suffix */
	{ 89, 46, 8, 0, 0 }, /* HumanName.period */
	{ 0, 13, 0, A, 0 }, /* Identifier.id */
	{ 3, 38, 1, M, 0 }, /* Identifier.extension */
	{ 31, 3, 2, 0, 0 }, /* Identifier.use */
	{ 35, 26, 3, 0, 0 }, /* Identifier.type */
	{ 118, 16, 4, 0, 0 }, /* Identifier.system */
	{ 96, 13, 5, 0, 0 }, /* Identifier.value */
	{ 89, 46, 6, 0, 0 }, /* Identifier.period */
	{ 4536, 53, 7, 0, 0 }, /* Identifier.assigner */
	{ 0, 13, 0, A, 0 }, /* MarketingStatus.id */
	{ 3, 38, 1, M, 0 }, /* MarketingStatus.extension */
	{ 13, 38, 2, M, 0 }, /* MarketingStatus.modifierExtension */
	{ 81, 26, 3, R, 0 }, /* MarketingStatus.country */
	{ 4545, 26, 4, 0, 0 }, /* MarketingStatus.jurisdiction */
	{ 4558, 26, 5, R, 0 }, /* MarketingStatus.status */
	{ 4565, 46, 6, R, 0 }, /* MarketingStatus.dateRange */
	{ 4575, 5, 7, 0, 0 }, /* MarketingStatus.restoreDate */
	{ 0, 13, 0, A, 0 }, /* Meta.id */
	{ 3, 38, 1, M, 0 }, /* Meta.extension */
	{ 4587, 7, 2, 0, 0 }, /* Meta.versionId */
	{ 4597, 8, 3, 0, 0 }, /* Meta.lastUpdated */
	{ 4609, 16, 4, 0, 0 }, /* Meta.source */
	{ 288, 2, 5, M, 0 }, /* Meta.profile */
	{ 4616, 27, 6, M, 0 }, /* Meta.security */
	{ 4625, 27, 7, M, 0 }, /* Meta.tag */
	{ 0, 13, 0, A, 0 }, /* Money.id */
	{ 3, 38, 1, M, 0 }, /* Money.extension */
	{ 96, 6, 2, 0, 0 }, /* Money.value */
	{ 4629, 3, 3, 0, 0 }, /* Money.currency */
	{ 0, 13, 0, A, 0 }, /* Narrative.id */
	{ 3, 38, 1, M, 0 }, /* Narrative.extension */
	{ 4558, 3, 2, R, 0 }, /* Narrative.status */
	{ 4638, 19, 3, R, 0 }, /* Narrative.div */
	{ 0, 13, 0, A, 0 }, /* ParameterDefinition.id */
	{ 3, 38, 1, M, 0 }, /* ParameterDefinition.extension */
	{ 262, 3, 2, 0, 0 }, /* ParameterDefinition.name */
	{ 31, 3, 3, R, 0 }, /* ParameterDefinition.use */
	{ 694, 9, 4, 0, 0 }, /* ParameterDefinition.min */
	{ 698, 13, 5, 0, 0 }, /* ParameterDefinition.max */
	{ 4642, 13, 6, 0, 0 }, /* ParameterDefinition.documentation */
	{ 35, 3, 7, R, 0 }, /* ParameterDefinition.type */
	{ 288, 2, 8, 0, 0 }, /* ParameterDefinition.profile */
	{ 0, 13, 0, A, 0 }, /* Period.id */
	{ 3, 38, 1, M, 0 }, /* Period.extension */
	{ 4656, 5, 2, 0, 0 }, /* Period.start */
	{ 4662, 5, 3, 0, 0 }, /* Period.end */
	{ 0, 13, 0, A, 0 }, /* Population.id */
	{ 3, 38, 1, M, 0 }, /* Population.extension */
	{ 13, 38, 2, M, 0 }, /* Population.modifierExtension */
	{ 4666, 224, 3, C, 2 }, /* Population.age */
	{ 4698, 26, 4, 0, 0 }, /* Population.gender */
	{ 4705, 26, 5, 0, 0 }, /* Population.race */
	{ 4710, 26, 6, 0, 0 }, /* Population.physiologicalCondition */
	{ 0, 13, 0, A, 0 }, /* ProdCharacteristic.id */
	{ 3, 38, 1, M, 0 }, /* ProdCharacteristic.extension */
	{ 13, 38, 2, M, 0 }, /* ProdCharacteristic.modifierExtension */
	{ 4733, 50, 3, 0, 0 }, /* ProdCharacteristic.height */
	{ 4740, 50, 4, 0, 0 }, /* ProdCharacteristic.width */
	{ 4746, 50, 5, 0, 0 }, /* ProdCharacteristic.depth */
	{ 4752, 50, 6, 0, 0 }, /* ProdCharacteristic.weight */
	{ 4759, 50, 7, 0, 0 }, /* ProdCharacteristic.nominalVolume */
	{ 4773, 50, 8, 0, 0 }, /* ProdCharacteristic.externalDiameter */
	{ 4790, 13, 9, 0, 0 }, /* ProdCharacteristic.shape */
	{ 4796, 13, 10, M, 0 }, /* ProdCharacteristic.color */
	{ 4802, 13, 11, M, 0 }, /* ProdCharacteristic.imprint */
	{ 4810, 25, 12, M, 0 }, /* ProdCharacteristic.image */
	{ 4816, 26, 13, 0, 0 }, /* ProdCharacteristic.scoring */
	{ 0, 13, 0, A, 0 }, /* ProductShelfLife.id */
	{ 3, 38, 1, M, 0 }, /* ProductShelfLife.extension */
	{ 13, 38, 2, M, 0 }, /* ProductShelfLife.modifierExtension */
	{ 4824, 40, 3, 0, 0 }, /* ProductShelfLife.identifier */
	{ 35, 26, 4, R, 0 }, /* ProductShelfLife.type */
	{ 89, 50, 5, R, 0 }, /* ProductShelfLife.period */
	{ 4835, 26, 6, M, 0 }, /* ProductShelfLife.specialPrecautionsForStorage */
	{ 0, 13, 0, A, 0 }, /* Quantity.id */
	{ 3, 38, 1, M, 0 }, /* Quantity.extension */
	{ 96, 6, 2, 0, 0 }, /* Quantity.value */
	{ 102, 3, 3, 0, 0 }, /* Quantity.comparator */
	{ 113, 13, 4, 0, 0 }, /* Quantity.unit */
	{ 118, 16, 5, 0, 0 }, /* Quantity.system */
	{ 125, 3, 6, 0, 0 }, /* Quantity.code */
	{ 0, 13, 0, A, 0 }, /* Range.id */
	{ 3, 38, 1, M, 0 }, /* Range.extension */
	{ 4864, 50, 2, 0, 0 }, /* Range.low */
	{ 4868, 50, 3, 0, 0 }, /* Range.high */
	{ 0, 13, 0, A, 0 }, /* Ratio.id */
	{ 3, 38, 1, M, 0 }, /* Ratio.extension */
	{ 4873, 50, 2, 0, 0 }, /* Ratio.numerator */
	{ 4883, 50, 3, 0, 0 }, /* Ratio.denominator */
	{ 0, 13, 0, A, 0 }, /* Reference.id */
	{ 3, 38, 1, M, 0 }, /* Reference.extension */
	{ 3790, 13, 2, 0, 0 }, /* Reference.reference */
	{ 35, 16, 3, 0, 0 }, /* Reference.type */
	{ 4824, 40, 4, 0, 0 }, /* Reference.identifier */
	{ 241, 13, 5, 0, 0 }, /* Reference.display */
	{ 0, 13, 0, A, 0 }, /* RelatedArtifact.id */
	{ 3, 38, 1, M, 0 }, /* RelatedArtifact.extension */
	{ 35, 3, 2, R, 0 }, /* RelatedArtifact.type */
	{ 636, 13, 3, 0, 0 }, /* RelatedArtifact.label */
	{ 241, 13, 4, 0, 0 }, /* RelatedArtifact.display */
	{ 4895, 10, 5, 0, 0 }, /* RelatedArtifact.citation */
	{ 197, 17, 6, 0, 0 }, /* RelatedArtifact.url */
	{ 4904, 25, 7, 0, 0 }, /* RelatedArtifact.document */
	{ 4913, 2, 8, 0, 0 }, /* RelatedArtifact.resource */
	{ 0, 13, 0, A, 0 }, /* SampledData.id */
	{ 3, 38, 1, M, 0 }, /* SampledData.extension */
	{ 4922, 50, 2, R, 0 }, /* SampledData.origin */
	{ 89, 6, 3, R, 0 }, /* SampledData.period */
	{ 4929, 6, 4, 0, 0 }, /* SampledData.factor */
	{ 4936, 6, 5, 0, 0 }, /* SampledData.lowerLimit */
	{ 4947, 6, 6, 0, 0 }, /* SampledData.upperLimit */
	{ 4958, 12, 7, R, 0 }, /* SampledData.dimensions */
	{ 192, 13, 8, 0, 0 }, /* SampledData.data */
	{ 0, 13, 0, A, 0 }, /* Signature.id */
	{ 3, 38, 1, M, 0 }, /* Signature.extension */
	{ 35, 27, 2, M|R, 0 }, /* Signature.type */
	{ 4969, 8, 3, R, 0 }, /* Signature.when */
	{ 4974, 53, 4, R, 0 }, /* Signature.who */
	{ 4978, 53, 5, 0, 0 }, /* Signature.onBehalfOf */
	{ 4989, 3, 6, 0, 0 }, /* Signature.targetFormat */
	{ 5002, 3, 7, 0, 0 }, /* Signature.sigFormat */
	{ 192, 0, 8, 0, 0 }, /* Signature.data */
	{ 0, 13, 0, A, 0 }, /* SubstanceAmount.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceAmount.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceAmount.modifierExtension */
	{ 5012, 226, 3, C, 3 }, /* SubstanceAmount.amount */
	{ 5059, 26, 4, 0, 0 }, /* SubstanceAmount.amountType */
	{ 5070, 13, 5, 0, 0 }, /* SubstanceAmount.amountText */
	{ 5081, 120, 6, 0, 0 }, /* SubstanceAmount.referenceRange */
	{ 0, 13, 0, A, 0 }, /* Timing.id */
	{ 3, 38, 1, M, 0 }, /* Timing.extension */
	{ 13, 38, 2, M, 0 }, /* Timing.modifierExtension */
	{ 5096, 5, 3, M, 0 }, /* Timing.event */
	{ 5102, 121, 4, 0, 0 }, /* Timing.repeat */
	{ 125, 26, 5, 0, 0 }, /* Timing.code */
	{ 0, 13, 0, A, 0 }, /* TriggerDefinition.id */
	{ 3, 38, 1, M, 0 }, /* TriggerDefinition.extension */
	{ 35, 3, 2, R, 0 }, /* TriggerDefinition.type */
	{ 262, 13, 3, 0, 0 }, /* TriggerDefinition.name */
	{ 439, 229, 4, C, 4 }, /* TriggerDefinition.timing */
	{ 192, 32, 5, M, 0 }, /* TriggerDefinition.data */
	{ 3692, 37, 6, 0, 0 }, /* TriggerDefinition.condition */
	{ 0, 13, 0, A, 0 }, /* UsageContext.id */
	{ 3, 38, 1, M, 0 }, /* UsageContext.extension */
	{ 125, 27, 2, R, 0 }, /* UsageContext.code */
	{ 96, 233, 3, R|C, 4 }, /* UsageContext.value */
	{ 0, 13, 0, A, 0 }, /* MoneyQuantity.id */
	{ 3, 38, 1, M, 0 }, /* MoneyQuantity.extension */
	{ 96, 6, 2, 0, 0 }, /* MoneyQuantity.value */
	{ 102, 3, 3, 0, 0 }, /* MoneyQuantity.comparator */
	{ 113, 13, 4, 0, 0 }, /* MoneyQuantity.unit */
	{ 118, 16, 5, 0, 0 }, /* MoneyQuantity.system */
	{ 125, 3, 6, 0, 0 }, /* MoneyQuantity.code */
	{ 0, 13, 0, A, 0 }, /* SimpleQuantity.id */
	{ 3, 38, 1, M, 0 }, /* SimpleQuantity.extension */
	{ 96, 6, 2, 0, 0 }, /* SimpleQuantity.value */
	{ 102, 3, 3, 0, 0 }, /* SimpleQuantity.comparator */
	{ 113, 13, 4, 0, 0 }, /* SimpleQuantity.unit */
	{ 118, 16, 5, 0, 0 }, /* SimpleQuantity.system */
	{ 125, 3, 6, 0, 0 }, /* SimpleQuantity.code */
	{ 0, 7, 0, 0, 0 }, /* Resource.id */
	{ 5164, 42, 1, 0, 0 }, /* Resource.meta */
	{ 5169, 16, 2, 0, 0 }, /* Resource.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Resource.language */
	{ 0, 7, 0, 0, 0 }, /* DomainResource.id */
	{ 5164, 42, 1, 0, 0 }, /* DomainResource.meta */
	{ 5169, 16, 2, 0, 0 }, /* DomainResource.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* DomainResource.language */
	{ 40, 44, 4, 0, 0 }, /* DomainResource.text */
	{ 5183, 63, 5, M, 0 }, /* DomainResource.contained */
	{ 3, 38, 6, M, 0 }, /* DomainResource.extension */
	{ 13, 38, 7, M, 0 }, /* DomainResource.modifierExtension */
	{ 0, 7, 0, 0, 0 }, /* AllergyIntolerance.id */
	{ 5164, 42, 1, 0, 0 }, /* AllergyIntolerance.meta */
	{ 5169, 16, 2, 0, 0 }, /* AllergyIntolerance.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* AllergyIntolerance.language */
	{ 40, 44, 4, 0, 0 }, /* AllergyIntolerance.text */
	{ 5183, 63, 5, M, 0 }, /* AllergyIntolerance.contained */
	{ 3, 38, 6, M, 0 }, /* AllergyIntolerance.extension */
	{ 13, 38, 7, M, 0 }, /* AllergyIntolerance.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* AllergyIntolerance.identifier */
	{ 5193, 26, 9, 0, 0 }, /* AllergyIntolerance.clinicalStatus */
	{ 5208, 26, 10, 0, 0 }, /* AllergyIntolerance.verificationStatus */
	{ 35, 3, 11, 0, 0 }, /* AllergyIntolerance.type */
	{ 5227, 3, 12, M, 0 }, /* AllergyIntolerance.category */
	{ 5236, 3, 13, 0, 0 }, /* AllergyIntolerance.criticality */
	{ 125, 26, 14, 0, 0 }, /* AllergyIntolerance.code */
	{ 5248, 53, 15, R, 0 }, /* AllergyIntolerance.patient */
	{ 5256, 53, 16, 0, 0 }, /* AllergyIntolerance.encounter */
	{ 5266, 237, 17, C, 5 }, /* AllergyIntolerance.onset */
	{ 5330, 5, 18, 0, 0 }, /* AllergyIntolerance.recordedDate */
	{ 5343, 53, 19, 0, 0 }, /* AllergyIntolerance.recorder */
	{ 5352, 53, 20, 0, 0 }, /* AllergyIntolerance.asserter */
	{ 5361, 5, 21, 0, 0 }, /* AllergyIntolerance.lastOccurrence */
	{ 5376, 24, 22, M, 0 }, /* AllergyIntolerance.note */
	{ 5381, 122, 23, M, 0 }, /* AllergyIntolerance.reaction */
	{ 0, 7, 0, 0, 0 }, /* Appointment.id */
	{ 5164, 42, 1, 0, 0 }, /* Appointment.meta */
	{ 5169, 16, 2, 0, 0 }, /* Appointment.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Appointment.language */
	{ 40, 44, 4, 0, 0 }, /* Appointment.text */
	{ 5183, 63, 5, M, 0 }, /* Appointment.contained */
	{ 3, 38, 6, M, 0 }, /* Appointment.extension */
	{ 13, 38, 7, M, 0 }, /* Appointment.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Appointment.identifier */
	{ 4558, 3, 9, R, 0 }, /* Appointment.status */
	{ 5390, 26, 10, 0, 0 }, /* Appointment.cancelationReason */
	{ 5408, 26, 11, M, 0 }, /* Appointment.serviceCategory */
	{ 5424, 26, 12, M, 0 }, /* Appointment.serviceType */
	{ 5436, 26, 13, M, 0 }, /* Appointment.specialty */
	{ 5446, 26, 14, 0, 0 }, /* Appointment.appointmentType */
	{ 5462, 26, 15, M, 0 }, /* Appointment.reasonCode */
	{ 5473, 53, 16, M, 0 }, /* Appointment.reasonReference */
	{ 5489, 15, 17, 0, 0 }, /* Appointment.priority */
	{ 3767, 13, 18, 0, 0 }, /* Appointment.description */
	{ 5498, 53, 19, M, 0 }, /* Appointment.supportingInformation */
	{ 4656, 8, 20, 0, 0 }, /* Appointment.start */
	{ 4662, 8, 21, 0, 0 }, /* Appointment.end */
	{ 5520, 12, 22, 0, 0 }, /* Appointment.minutesDuration */
	{ 5536, 53, 23, M, 0 }, /* Appointment.slot */
	{ 5541, 5, 24, 0, 0 }, /* Appointment.created */
	{ 667, 13, 25, 0, 0 }, /* Appointment.comment */
	{ 420, 13, 26, 0, 0 }, /* Appointment.patientInstruction */
	{ 5549, 53, 27, M, 0 }, /* Appointment.basedOn */
	{ 5557, 123, 28, M|R, 0 }, /* Appointment.participant */
	{ 5569, 46, 29, M, 0 }, /* Appointment.requestedPeriod */
	{ 0, 7, 0, 0, 0 }, /* AuditEvent.id */
	{ 5164, 42, 1, 0, 0 }, /* AuditEvent.meta */
	{ 5169, 16, 2, 0, 0 }, /* AuditEvent.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* AuditEvent.language */
	{ 40, 44, 4, 0, 0 }, /* AuditEvent.text */
	{ 5183, 63, 5, M, 0 }, /* AuditEvent.contained */
	{ 3, 38, 6, M, 0 }, /* AuditEvent.extension */
	{ 13, 38, 7, M, 0 }, /* AuditEvent.modifierExtension */
	{ 35, 27, 8, R, 0 }, /* AuditEvent.type */
	{ 5585, 27, 9, M, 0 }, /* AuditEvent.subtype */
	{ 5593, 3, 10, 0, 0 }, /* AuditEvent.action */
	{ 89, 46, 11, 0, 0 }, /* AuditEvent.period */
	{ 5600, 8, 12, R, 0 }, /* AuditEvent.recorded */
	{ 5609, 3, 13, 0, 0 }, /* AuditEvent.outcome */
	{ 5617, 13, 14, 0, 0 }, /* AuditEvent.outcomeDesc */
	{ 5629, 26, 15, M, 0 }, /* AuditEvent.purposeOfEvent */
	{ 5644, 124, 16, M|R, 0 }, /* AuditEvent.agent */
	{ 4609, 126, 17, R, 0 }, /* AuditEvent.source */
	{ 5650, 127, 18, M, 0 }, /* AuditEvent.entity */
	{ 0, 7, 0, 0, 0 }, /* Basic.id */
	{ 5164, 42, 1, 0, 0 }, /* Basic.meta */
	{ 5169, 16, 2, 0, 0 }, /* Basic.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Basic.language */
	{ 40, 44, 4, 0, 0 }, /* Basic.text */
	{ 5183, 63, 5, M, 0 }, /* Basic.contained */
	{ 3, 38, 6, M, 0 }, /* Basic.extension */
	{ 13, 38, 7, M, 0 }, /* Basic.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Basic.identifier */
	{ 125, 26, 9, R, 0 }, /* Basic.code */
	{ 296, 53, 10, 0, 0 }, /* Basic.subject */
	{ 5541, 4, 11, 0, 0 }, /* Basic.created */
	{ 130, 53, 12, 0, 0 }, /* Basic.author */
	{ 0, 7, 0, 0, 0 }, /* Binary.id */
	{ 5164, 42, 1, 0, 0 }, /* Binary.meta */
	{ 5169, 16, 2, 0, 0 }, /* Binary.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Binary.language */
	{ 171, 3, 4, R, 0 }, /* Binary.contentType */
	{ 5657, 53, 5, 0, 0 }, /* Binary.securityContext */
	{ 192, 0, 6, 0, 0 }, /* Binary.data */
	{ 0, 7, 0, 0, 0 }, /* Bundle.id */
	{ 5164, 42, 1, 0, 0 }, /* Bundle.meta */
	{ 5169, 16, 2, 0, 0 }, /* Bundle.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Bundle.language */
	{ 4824, 40, 4, 0, 0 }, /* Bundle.identifier */
	{ 35, 3, 5, R, 0 }, /* Bundle.type */
	{ 5673, 8, 6, 0, 0 }, /* Bundle.timestamp */
	{ 5683, 15, 7, 0, 0 }, /* Bundle.total */
	{ 5689, 129, 8, M, 0 }, /* Bundle.link */
	{ 5694, 130, 9, M, 0 }, /* Bundle.entry */
	{ 5700, 56, 10, 0, 0 }, /* Bundle.signature */
	{ 0, 7, 0, 0, 0 }, /* CarePlan.id */
	{ 5164, 42, 1, 0, 0 }, /* CarePlan.meta */
	{ 5169, 16, 2, 0, 0 }, /* CarePlan.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* CarePlan.language */
	{ 40, 44, 4, 0, 0 }, /* CarePlan.text */
	{ 5183, 63, 5, M, 0 }, /* CarePlan.contained */
	{ 3, 38, 6, M, 0 }, /* CarePlan.extension */
	{ 13, 38, 7, M, 0 }, /* CarePlan.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* CarePlan.identifier */
	{ 5710, 2, 9, M, 0 }, /* CarePlan.instantiatesCanonical */
	{ 5732, 16, 10, M, 0 }, /* CarePlan.instantiatesUri */
	{ 5549, 53, 11, M, 0 }, /* CarePlan.basedOn */
	{ 5748, 53, 12, M, 0 }, /* CarePlan.replaces */
	{ 5757, 53, 13, M, 0 }, /* CarePlan.partOf */
	{ 4558, 3, 14, R, 0 }, /* CarePlan.status */
	{ 5764, 3, 15, R, 0 }, /* CarePlan.intent */
	{ 5227, 26, 16, M, 0 }, /* CarePlan.category */
	{ 211, 13, 17, 0, 0 }, /* CarePlan.title */
	{ 3767, 13, 18, 0, 0 }, /* CarePlan.description */
	{ 296, 53, 19, R, 0 }, /* CarePlan.subject */
	{ 5256, 53, 20, 0, 0 }, /* CarePlan.encounter */
	{ 89, 46, 21, 0, 0 }, /* CarePlan.period */
	{ 5541, 5, 22, 0, 0 }, /* CarePlan.created */
	{ 130, 53, 23, 0, 0 }, /* CarePlan.author */
	{ 5771, 53, 24, M, 0 }, /* CarePlan.contributor */
	{ 5783, 53, 25, M, 0 }, /* CarePlan.careTeam */
	{ 5792, 53, 26, M, 0 }, /* CarePlan.addresses */
	{ 5802, 53, 27, M, 0 }, /* CarePlan.supportingInfo */
	{ 5817, 53, 28, M, 0 }, /* CarePlan.goal */
	{ 5822, 134, 29, M, 0 }, /* CarePlan.activity */
	{ 5376, 24, 30, M, 0 }, /* CarePlan.note */
	{ 0, 7, 0, 0, 0 }, /* CareTeam.id */
	{ 5164, 42, 1, 0, 0 }, /* CareTeam.meta */
	{ 5169, 16, 2, 0, 0 }, /* CareTeam.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* CareTeam.language */
	{ 40, 44, 4, 0, 0 }, /* CareTeam.text */
	{ 5183, 63, 5, M, 0 }, /* CareTeam.contained */
	{ 3, 38, 6, M, 0 }, /* CareTeam.extension */
	{ 13, 38, 7, M, 0 }, /* CareTeam.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* CareTeam.identifier */
	{ 4558, 3, 9, 0, 0 }, /* CareTeam.status */
	{ 5227, 26, 10, M, 0 }, /* CareTeam.category */
	{ 262, 13, 11, 0, 0 }, /* CareTeam.name */
	{ 296, 53, 12, 0, 0 }, /* CareTeam.subject */
	{ 5256, 53, 13, 0, 0 }, /* CareTeam.encounter */
	{ 89, 46, 14, 0, 0 }, /* CareTeam.period */
	{ 5557, 136, 15, M, 0 }, /* CareTeam.participant */
	{ 5462, 26, 16, M, 0 }, /* CareTeam.reasonCode */
	{ 5473, 53, 17, M, 0 }, /* CareTeam.reasonReference */
	{ 5831, 53, 18, M, 0 }, /* CareTeam.managingOrganization */
	{ 267, 29, 19, M, 0 }, /* CareTeam.telecom */
	{ 5376, 24, 20, M, 0 }, /* CareTeam.note */
	{ 0, 7, 0, 0, 0 }, /* Communication.id */
	{ 5164, 42, 1, 0, 0 }, /* Communication.meta */
	{ 5169, 16, 2, 0, 0 }, /* Communication.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Communication.language */
	{ 40, 44, 4, 0, 0 }, /* Communication.text */
	{ 5183, 63, 5, M, 0 }, /* Communication.contained */
	{ 3, 38, 6, M, 0 }, /* Communication.extension */
	{ 13, 38, 7, M, 0 }, /* Communication.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Communication.identifier */
	{ 5710, 2, 9, M, 0 }, /* Communication.instantiatesCanonical */
	{ 5732, 16, 10, M, 0 }, /* Communication.instantiatesUri */
	{ 5549, 53, 11, M, 0 }, /* Communication.basedOn */
	{ 5757, 53, 12, M, 0 }, /* Communication.partOf */
	{ 5852, 53, 13, M, 0 }, /* Communication.inResponseTo */
	{ 4558, 3, 14, R, 0 }, /* Communication.status */
	{ 5865, 26, 15, 0, 0 }, /* Communication.statusReason */
	{ 5227, 26, 16, M, 0 }, /* Communication.category */
	{ 5489, 3, 17, 0, 0 }, /* Communication.priority */
	{ 5878, 26, 18, M, 0 }, /* Communication.medium */
	{ 296, 53, 19, 0, 0 }, /* Communication.subject */
	{ 5885, 26, 20, 0, 0 }, /* Communication.topic */
	{ 5891, 53, 21, M, 0 }, /* Communication.about */
	{ 5256, 53, 22, 0, 0 }, /* Communication.encounter */
	{ 5897, 5, 23, 0, 0 }, /* Communication.sent */
	{ 5902, 5, 24, 0, 0 }, /* Communication.received */
	{ 5911, 53, 25, M, 0 }, /* Communication.recipient */
	{ 5921, 53, 26, 0, 0 }, /* Communication.sender */
	{ 5462, 26, 27, M, 0 }, /* Communication.reasonCode */
	{ 5473, 53, 28, M, 0 }, /* Communication.reasonReference */
	{ 5928, 137, 29, M, 0 }, /* Communication.payload */
	{ 5376, 24, 30, M, 0 }, /* Communication.note */
	{ 0, 7, 0, 0, 0 }, /* CommunicationRequest.id */
	{ 5164, 42, 1, 0, 0 }, /* CommunicationRequest.meta */
	{ 5169, 16, 2, 0, 0 }, /* CommunicationRequest.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* CommunicationRequest.language */
	{ 40, 44, 4, 0, 0 }, /* CommunicationRequest.text */
	{ 5183, 63, 5, M, 0 }, /* CommunicationRequest.contained */
	{ 3, 38, 6, M, 0 }, /* CommunicationRequest.extension */
	{ 13, 38, 7, M, 0 }, /* CommunicationRequest.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* CommunicationRequest.identifier */
	{ 5549, 53, 9, M, 0 }, /* CommunicationRequest.basedOn */
	{ 5748, 53, 10, M, 0 }, /* CommunicationRequest.replaces */
	{ 5936, 40, 11, 0, 0 }, /* CommunicationRequest.groupIdentifier */
	{ 4558, 3, 12, R, 0 }, /* CommunicationRequest.status */
	{ 5865, 26, 13, 0, 0 }, /* CommunicationRequest.statusReason */
	{ 5227, 26, 14, M, 0 }, /* CommunicationRequest.category */
	{ 5489, 3, 15, 0, 0 }, /* CommunicationRequest.priority */
	{ 5952, 1, 16, 0, 0 }, /* CommunicationRequest.doNotPerform */
	{ 5878, 26, 17, M, 0 }, /* CommunicationRequest.medium */
	{ 296, 53, 18, 0, 0 }, /* CommunicationRequest.subject */
	{ 5891, 53, 19, M, 0 }, /* CommunicationRequest.about */
	{ 5256, 53, 20, 0, 0 }, /* CommunicationRequest.encounter */
	{ 5928, 138, 21, M, 0 }, /* CommunicationRequest.payload */
	{ 5965, 242, 22, C, 2 }, /* CommunicationRequest.occurrence */
	{ 6012, 5, 23, 0, 0 }, /* CommunicationRequest.authoredOn */
	{ 6023, 53, 24, 0, 0 }, /* CommunicationRequest.requester */
	{ 5911, 53, 25, M, 0 }, /* CommunicationRequest.recipient */
	{ 5921, 53, 26, 0, 0 }, /* CommunicationRequest.sender */
	{ 5462, 26, 27, M, 0 }, /* CommunicationRequest.reasonCode */
	{ 5473, 53, 28, M, 0 }, /* CommunicationRequest.reasonReference */
	{ 5376, 24, 29, M, 0 }, /* CommunicationRequest.note */
	{ 0, 7, 0, 0, 0 }, /* Composition.id */
	{ 5164, 42, 1, 0, 0 }, /* Composition.meta */
	{ 5169, 16, 2, 0, 0 }, /* Composition.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Composition.language */
	{ 40, 44, 4, 0, 0 }, /* Composition.text */
	{ 5183, 63, 5, M, 0 }, /* Composition.contained */
	{ 3, 38, 6, M, 0 }, /* Composition.extension */
	{ 13, 38, 7, M, 0 }, /* Composition.modifierExtension */
	{ 4824, 40, 8, 0, 0 }, /* Composition.identifier */
	{ 4558, 3, 9, R, 0 }, /* Composition.status */
	{ 35, 26, 10, R, 0 }, /* Composition.type */
	{ 5227, 26, 11, M, 0 }, /* Composition.category */
	{ 296, 53, 12, 0, 0 }, /* Composition.subject */
	{ 5256, 53, 13, 0, 0 }, /* Composition.encounter */
	{ 6033, 5, 14, R, 0 }, /* Composition.date */
	{ 130, 53, 15, M|R, 0 }, /* Composition.author */
	{ 211, 13, 16, R, 0 }, /* Composition.title */
	{ 6038, 3, 17, 0, 0 }, /* Composition.confidentiality */
	{ 6054, 139, 18, M, 0 }, /* Composition.attester */
	{ 6063, 53, 19, 0, 0 }, /* Composition.custodian */
	{ 6073, 140, 20, M, 0 }, /* Composition.relatesTo */
	{ 5096, 141, 21, M, 0 }, /* Composition.event */
	{ 6083, 142, 22, M, 0 }, /* Composition.section */
	{ 0, 7, 0, 0, 0 }, /* Condition.id */
	{ 5164, 42, 1, 0, 0 }, /* Condition.meta */
	{ 5169, 16, 2, 0, 0 }, /* Condition.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Condition.language */
	{ 40, 44, 4, 0, 0 }, /* Condition.text */
	{ 5183, 63, 5, M, 0 }, /* Condition.contained */
	{ 3, 38, 6, M, 0 }, /* Condition.extension */
	{ 13, 38, 7, M, 0 }, /* Condition.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Condition.identifier */
	{ 5193, 26, 9, 0, 0 }, /* Condition.clinicalStatus */
	{ 5208, 26, 10, 0, 0 }, /* Condition.verificationStatus */
	{ 5227, 26, 11, M, 0 }, /* Condition.category */
	{ 6091, 26, 12, 0, 0 }, /* Condition.severity */
	{ 125, 26, 13, 0, 0 }, /* Condition.code */
	{ 6100, 26, 14, M, 0 }, /* Condition.bodySite */
	{ 296, 53, 15, R, 0 }, /* Condition.subject */
	{ 5256, 53, 16, 0, 0 }, /* Condition.encounter */
	{ 5266, 244, 17, C, 5 }, /* Condition.onset */
	{ 6109, 249, 18, C, 5 }, /* Condition.abatement */
	{ 5330, 5, 19, 0, 0 }, /* Condition.recordedDate */
	{ 5343, 53, 20, 0, 0 }, /* Condition.recorder */
	{ 5352, 53, 21, 0, 0 }, /* Condition.asserter */
	{ 6197, 143, 22, M, 0 }, /* Condition.stage */
	{ 6203, 144, 23, M, 0 }, /* Condition.evidence */
	{ 5376, 24, 24, M, 0 }, /* Condition.note */
	{ 0, 7, 0, 0, 0 }, /* Consent.id */
	{ 5164, 42, 1, 0, 0 }, /* Consent.meta */
	{ 5169, 16, 2, 0, 0 }, /* Consent.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Consent.language */
	{ 40, 44, 4, 0, 0 }, /* Consent.text */
	{ 5183, 63, 5, M, 0 }, /* Consent.contained */
	{ 3, 38, 6, M, 0 }, /* Consent.extension */
	{ 13, 38, 7, M, 0 }, /* Consent.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Consent.identifier */
	{ 4558, 3, 9, R, 0 }, /* Consent.status */
	{ 6212, 26, 10, R, 0 }, /* Consent.scope */
	{ 5227, 26, 11, M|R, 0 }, /* Consent.category */
	{ 5248, 53, 12, 0, 0 }, /* Consent.patient */
	{ 6218, 5, 13, 0, 0 }, /* Consent.dateTime */
	{ 6227, 53, 14, M, 0 }, /* Consent.performer */
	{ 6237, 53, 15, M, 0 }, /* Consent.organization */
	{ 4609, 254, 16, C, 2 }, /* Consent.source */
	{ 6283, 145, 17, M, 0 }, /* Consent.policy */
	{ 6290, 26, 18, 0, 0 }, /* Consent.policyRule */
	{ 6301, 146, 19, M, 0 }, /* Consent.verification */
	{ 6314, 147, 20, 0, 0 }, /* Consent.provision */
	{ 0, 7, 0, 0, 0 }, /* Device.id */
	{ 5164, 42, 1, 0, 0 }, /* Device.meta */
	{ 5169, 16, 2, 0, 0 }, /* Device.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Device.language */
	{ 40, 44, 4, 0, 0 }, /* Device.text */
	{ 5183, 63, 5, M, 0 }, /* Device.contained */
	{ 3, 38, 6, M, 0 }, /* Device.extension */
	{ 13, 38, 7, M, 0 }, /* Device.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Device.identifier */
	{ 656, 53, 9, 0, 0 }, /* Device.definition */
	{ 6324, 150, 10, M, 0 }, /* Device.udiCarrier */
	{ 4558, 3, 11, 0, 0 }, /* Device.status */
	{ 5865, 26, 12, M, 0 }, /* Device.statusReason */
	{ 6335, 13, 13, 0, 0 }, /* Device.distinctIdentifier */
	{ 6354, 13, 14, 0, 0 }, /* Device.manufacturer */
	{ 6367, 5, 15, 0, 0 }, /* Device.manufactureDate */
	{ 6383, 5, 16, 0, 0 }, /* Device.expirationDate */
	{ 6398, 13, 17, 0, 0 }, /* Device.lotNumber */
	{ 6408, 13, 18, 0, 0 }, /* Device.serialNumber */
	{ 6421, 151, 19, M, 0 }, /* Device.deviceName */
	{ 6432, 13, 20, 0, 0 }, /* Device.modelNumber */
	{ 6444, 13, 21, 0, 0 }, /* Device.partNumber */
	{ 35, 26, 22, 0, 0 }, /* Device.type */
	{ 6455, 152, 23, M, 0 }, /* Device.specialization */
	{ 233, 153, 24, M, 0 }, /* Device.version */
	{ 6470, 154, 25, M, 0 }, /* Device.property */
	{ 5248, 53, 26, 0, 0 }, /* Device.patient */
	{ 6479, 53, 27, 0, 0 }, /* Device.owner */
	{ 280, 29, 28, M, 0 }, /* Device.contact */
	{ 6485, 53, 29, 0, 0 }, /* Device.location */
	{ 197, 16, 30, 0, 0 }, /* Device.url */
	{ 5376, 24, 31, M, 0 }, /* Device.note */
	{ 6494, 26, 32, M, 0 }, /* Device.safety */
	{ 6501, 53, 33, 0, 0 }, /* Device.parent */
	{ 0, 7, 0, 0, 0 }, /* DiagnosticReport.id */
	{ 5164, 42, 1, 0, 0 }, /* DiagnosticReport.meta */
	{ 5169, 16, 2, 0, 0 }, /* DiagnosticReport.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* DiagnosticReport.language */
	{ 40, 44, 4, 0, 0 }, /* DiagnosticReport.text */
	{ 5183, 63, 5, M, 0 }, /* DiagnosticReport.contained */
	{ 3, 38, 6, M, 0 }, /* DiagnosticReport.extension */
	{ 13, 38, 7, M, 0 }, /* DiagnosticReport.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* DiagnosticReport.identifier */
	{ 5549, 53, 9, M, 0 }, /* DiagnosticReport.basedOn */
	{ 4558, 3, 10, R, 0 }, /* DiagnosticReport.status */
	{ 5227, 26, 11, M, 0 }, /* DiagnosticReport.category */
	{ 125, 26, 12, R, 0 }, /* DiagnosticReport.code */
	{ 296, 53, 13, 0, 0 }, /* DiagnosticReport.subject */
	{ 5256, 53, 14, 0, 0 }, /* DiagnosticReport.encounter */
	{ 6508, 256, 15, C, 2 }, /* DiagnosticReport.effective */
	{ 6552, 8, 16, 0, 0 }, /* DiagnosticReport.issued */
	{ 6227, 53, 17, M, 0 }, /* DiagnosticReport.performer */
	{ 6559, 53, 18, M, 0 }, /* DiagnosticReport.resultsInterpreter */
	{ 6578, 53, 19, M, 0 }, /* DiagnosticReport.specimen */
	{ 6587, 53, 20, M, 0 }, /* DiagnosticReport.result */
	{ 6594, 53, 21, M, 0 }, /* DiagnosticReport.imagingStudy */
	{ 6607, 155, 22, M, 0 }, /* DiagnosticReport.media */
	{ 6613, 13, 23, 0, 0 }, /* DiagnosticReport.conclusion */
	{ 6624, 26, 24, M, 0 }, /* DiagnosticReport.conclusionCode */
	{ 6639, 25, 25, M, 0 }, /* DiagnosticReport.presentedForm */
	{ 0, 7, 0, 0, 0 }, /* DocumentReference.id */
	{ 5164, 42, 1, 0, 0 }, /* DocumentReference.meta */
	{ 5169, 16, 2, 0, 0 }, /* DocumentReference.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* DocumentReference.language */
	{ 40, 44, 4, 0, 0 }, /* DocumentReference.text */
	{ 5183, 63, 5, M, 0 }, /* DocumentReference.contained */
	{ 3, 38, 6, M, 0 }, /* DocumentReference.extension */
	{ 13, 38, 7, M, 0 }, /* DocumentReference.modifierExtension */
	{ 6653, 40, 8, 0, 0 }, /* DocumentReference.masterIdentifier */
	{ 4824, 40, 9, M, 0 }, /* DocumentReference.identifier */
	{ 4558, 3, 10, R, 0 }, /* DocumentReference.status */
	{ 6670, 3, 11, 0, 0 }, /* DocumentReference.docStatus */
	{ 35, 26, 12, 0, 0 }, /* DocumentReference.type */
	{ 5227, 26, 13, M, 0 }, /* DocumentReference.category */
	{ 296, 53, 14, 0, 0 }, /* DocumentReference.subject */
	{ 6033, 8, 15, 0, 0 }, /* DocumentReference.date */
	{ 130, 53, 16, M, 0 }, /* DocumentReference.author */
	{ 6680, 53, 17, 0, 0 }, /* DocumentReference.authenticator */
	{ 6063, 53, 18, 0, 0 }, /* DocumentReference.custodian */
	{ 6073, 156, 19, M, 0 }, /* DocumentReference.relatesTo */
	{ 3767, 13, 20, 0, 0 }, /* DocumentReference.description */
	{ 6694, 26, 21, M, 0 }, /* DocumentReference.securityLabel */
	{ 6708, 157, 22, M|R, 0 }, /* DocumentReference.content */
	{ 6716, 158, 23, 0, 0 }, /* DocumentReference.context */
	{ 0, 7, 0, 0, 0 }, /* Encounter.id */
	{ 5164, 42, 1, 0, 0 }, /* Encounter.meta */
	{ 5169, 16, 2, 0, 0 }, /* Encounter.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Encounter.language */
	{ 40, 44, 4, 0, 0 }, /* Encounter.text */
	{ 5183, 63, 5, M, 0 }, /* Encounter.contained */
	{ 3, 38, 6, M, 0 }, /* Encounter.extension */
	{ 13, 38, 7, M, 0 }, /* Encounter.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Encounter.identifier */
	{ 4558, 3, 9, R, 0 }, /* Encounter.status */
	{ 6724, 159, 10, M, 0 }, /* Encounter.statusHistory */
	{ 6738, 27, 11, R, 0 }, /* Encounter.class */
	{ 6744, 160, 12, M, 0 }, /* Encounter.classHistory */
	{ 35, 26, 13, M, 0 }, /* Encounter.type */
	{ 5424, 26, 14, 0, 0 }, /* Encounter.serviceType */
	{ 5489, 26, 15, 0, 0 }, /* Encounter.priority */
	{ 296, 53, 16, 0, 0 }, /* Encounter.subject */
	{ 6757, 53, 17, M, 0 }, /* Encounter.episodeOfCare */
	{ 5549, 53, 18, M, 0 }, /* Encounter.basedOn */
	{ 5557, 161, 19, M, 0 }, /* Encounter.participant */
	{ 6771, 53, 20, M, 0 }, /* Encounter.appointment */
	{ 89, 46, 21, 0, 0 }, /* Encounter.period */
	{ 6783, 35, 22, 0, 0 }, /* Encounter.length */
	{ 5462, 26, 23, M, 0 }, /* Encounter.reasonCode */
	{ 5473, 53, 24, M, 0 }, /* Encounter.reasonReference */
	{ 6790, 162, 25, M, 0 }, /* Encounter.diagnosis */
	{ 6800, 53, 26, M, 0 }, /* Encounter.account */
	{ 6808, 163, 27, 0, 0 }, /* Encounter.hospitalization */
	{ 6485, 164, 28, M, 0 }, /* Encounter.location */
	{ 6824, 53, 29, 0, 0 }, /* Encounter.serviceProvider */
	{ 5757, 53, 30, 0, 0 }, /* Encounter.partOf */
	{ 0, 7, 0, 0, 0 }, /* Endpoint.id */
	{ 5164, 42, 1, 0, 0 }, /* Endpoint.meta */
	{ 5169, 16, 2, 0, 0 }, /* Endpoint.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Endpoint.language */
	{ 40, 44, 4, 0, 0 }, /* Endpoint.text */
	{ 5183, 63, 5, M, 0 }, /* Endpoint.contained */
	{ 3, 38, 6, M, 0 }, /* Endpoint.extension */
	{ 13, 38, 7, M, 0 }, /* Endpoint.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Endpoint.identifier */
	{ 4558, 3, 9, R, 0 }, /* Endpoint.status */
	{ 6840, 27, 10, R, 0 }, /* Endpoint.connectionType */
	{ 262, 13, 11, 0, 0 }, /* Endpoint.name */
	{ 5831, 53, 12, 0, 0 }, /* Endpoint.managingOrganization */
	{ 280, 29, 13, M, 0 }, /* Endpoint.contact */
	{ 89, 46, 14, 0, 0 }, /* Endpoint.period */
	{ 6855, 26, 15, M|R, 0 }, /* Endpoint.payloadType */
	{ 6867, 3, 16, M, 0 }, /* Endpoint.payloadMimeType */
	{ 6883, 17, 17, R, 0 }, /* Endpoint.address */
	{ 6891, 13, 18, M, 0 }, /* Endpoint.header */
	{ 0, 7, 0, 0, 0 }, /* EpisodeOfCare.id */
	{ 5164, 42, 1, 0, 0 }, /* EpisodeOfCare.meta */
	{ 5169, 16, 2, 0, 0 }, /* EpisodeOfCare.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* EpisodeOfCare.language */
	{ 40, 44, 4, 0, 0 }, /* EpisodeOfCare.text */
	{ 5183, 63, 5, M, 0 }, /* EpisodeOfCare.contained */
	{ 3, 38, 6, M, 0 }, /* EpisodeOfCare.extension */
	{ 13, 38, 7, M, 0 }, /* EpisodeOfCare.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* EpisodeOfCare.identifier */
	{ 4558, 3, 9, R, 0 }, /* EpisodeOfCare.status */
	{ 6724, 165, 10, M, 0 }, /* EpisodeOfCare.statusHistory */
	{ 35, 26, 11, M, 0 }, /* EpisodeOfCare.type */
	{ 6790, 166, 12, M, 0 }, /* EpisodeOfCare.diagnosis */
	{ 5248, 53, 13, R, 0 }, /* EpisodeOfCare.patient */
	{ 5831, 53, 14, 0, 0 }, /* EpisodeOfCare.managingOrganization */
	{ 89, 46, 15, 0, 0 }, /* EpisodeOfCare.period */
	{ 6898, 53, 16, M, 0 }, /* EpisodeOfCare.referralRequest */
	{ 6914, 53, 17, 0, 0 }, /* EpisodeOfCare.careManager */
	{ 6926, 53, 18, M, 0 }, /* EpisodeOfCare.team */
	{ 6800, 53, 19, M, 0 }, /* EpisodeOfCare.account */
	{ 0, 7, 0, 0, 0 }, /* Flag.id */
	{ 5164, 42, 1, 0, 0 }, /* Flag.meta */
	{ 5169, 16, 2, 0, 0 }, /* Flag.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Flag.language */
	{ 40, 44, 4, 0, 0 }, /* Flag.text */
	{ 5183, 63, 5, M, 0 }, /* Flag.contained */
	{ 3, 38, 6, M, 0 }, /* Flag.extension */
	{ 13, 38, 7, M, 0 }, /* Flag.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Flag.identifier */
	{ 4558, 3, 9, R, 0 }, /* Flag.status */
	{ 5227, 26, 10, M, 0 }, /* Flag.category */
	{ 125, 26, 11, R, 0 }, /* Flag.code */
	{ 296, 53, 12, R, 0 }, /* Flag.subject */
	{ 89, 46, 13, 0, 0 }, /* Flag.period */
	{ 5256, 53, 14, 0, 0 }, /* Flag.encounter */
	{ 130, 53, 15, 0, 0 }, /* Flag.author */
	{ 0, 7, 0, 0, 0 }, /* Goal.id */
	{ 5164, 42, 1, 0, 0 }, /* Goal.meta */
	{ 5169, 16, 2, 0, 0 }, /* Goal.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Goal.language */
	{ 40, 44, 4, 0, 0 }, /* Goal.text */
	{ 5183, 63, 5, M, 0 }, /* Goal.contained */
	{ 3, 38, 6, M, 0 }, /* Goal.extension */
	{ 13, 38, 7, M, 0 }, /* Goal.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Goal.identifier */
	{ 6931, 3, 9, R, 0 }, /* Goal.lifecycleStatus */
	{ 6947, 26, 10, 0, 0 }, /* Goal.achievementStatus */
	{ 5227, 26, 11, M, 0 }, /* Goal.category */
	{ 5489, 26, 12, 0, 0 }, /* Goal.priority */
	{ 3767, 26, 13, R, 0 }, /* Goal.description */
	{ 296, 53, 14, R, 0 }, /* Goal.subject */
	{ 4656, 258, 15, C, 2 }, /* Goal.start */
	{ 6996, 167, 16, M, 0 }, /* Goal.target */
	{ 7003, 4, 17, 0, 0 }, /* Goal.statusDate */
	{ 5865, 13, 18, 0, 0 }, /* Goal.statusReason */
	{ 7014, 53, 19, 0, 0 }, /* Goal.expressedBy */
	{ 5792, 53, 20, M, 0 }, /* Goal.addresses */
	{ 5376, 24, 21, M, 0 }, /* Goal.note */
	{ 7026, 26, 22, M, 0 }, /* Goal.outcomeCode */
	{ 7038, 53, 23, M, 0 }, /* Goal.outcomeReference */
	{ 0, 7, 0, 0, 0 }, /* Group.id */
	{ 5164, 42, 1, 0, 0 }, /* Group.meta */
	{ 5169, 16, 2, 0, 0 }, /* Group.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Group.language */
	{ 40, 44, 4, 0, 0 }, /* Group.text */
	{ 5183, 63, 5, M, 0 }, /* Group.contained */
	{ 3, 38, 6, M, 0 }, /* Group.extension */
	{ 13, 38, 7, M, 0 }, /* Group.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Group.identifier */
	{ 7055, 1, 9, 0, 0 }, /* Group.active */
	{ 35, 3, 10, R, 0 }, /* Group.type */
	{ 7062, 1, 11, R, 0 }, /* Group.actual */
	{ 125, 26, 12, 0, 0 }, /* Group.code */
	{ 262, 13, 13, 0, 0 }, /* Group.name */
	{ 7069, 15, 14, 0, 0 }, /* Group.quantity */
	{ 7078, 53, 15, 0, 0 }, /* Group.managingEntity */
	{ 7093, 168, 16, M, 0 }, /* Group.characteristic */
	{ 7108, 169, 17, M, 0 }, /* Group.member */
	{ 0, 7, 0, 0, 0 }, /* HealthcareService.id */
	{ 5164, 42, 1, 0, 0 }, /* HealthcareService.meta */
	{ 5169, 16, 2, 0, 0 }, /* HealthcareService.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* HealthcareService.language */
	{ 40, 44, 4, 0, 0 }, /* HealthcareService.text */
	{ 5183, 63, 5, M, 0 }, /* HealthcareService.contained */
	{ 3, 38, 6, M, 0 }, /* HealthcareService.extension */
	{ 13, 38, 7, M, 0 }, /* HealthcareService.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* HealthcareService.identifier */
	{ 7055, 1, 9, 0, 0 }, /* HealthcareService.active */
	{ 7115, 53, 10, 0, 0 }, /* HealthcareService.providedBy */
	{ 5227, 26, 11, M, 0 }, /* HealthcareService.category */
	{ 35, 26, 12, M, 0 }, /* HealthcareService.type */
	{ 5436, 26, 13, M, 0 }, /* HealthcareService.specialty */
	{ 6485, 53, 14, M, 0 }, /* HealthcareService.location */
	{ 262, 13, 15, 0, 0 }, /* HealthcareService.name */
	{ 667, 13, 16, 0, 0 }, /* HealthcareService.comment */
	{ 7126, 10, 17, 0, 0 }, /* HealthcareService.extraDetails */
	{ 7139, 25, 18, 0, 0 }, /* HealthcareService.photo */
	{ 267, 29, 19, M, 0 }, /* HealthcareService.telecom */
	{ 7145, 53, 20, M, 0 }, /* HealthcareService.coverageArea */
	{ 7158, 26, 21, M, 0 }, /* HealthcareService.serviceProvisionCode */
	{ 7179, 170, 22, M, 0 }, /* HealthcareService.eligibility */
	{ 7191, 26, 23, M, 0 }, /* HealthcareService.program */
	{ 7093, 26, 24, M, 0 }, /* HealthcareService.characteristic */
	{ 7199, 26, 25, M, 0 }, /* HealthcareService.communication */
	{ 7213, 26, 26, M, 0 }, /* HealthcareService.referralMethod */
	{ 7228, 1, 27, 0, 0 }, /* HealthcareService.appointmentRequired */
	{ 7248, 171, 28, M, 0 }, /* HealthcareService.availableTime */
	{ 7262, 172, 29, M, 0 }, /* HealthcareService.notAvailable */
	{ 7275, 13, 30, 0, 0 }, /* HealthcareService.availabilityExceptions */
	{ 7298, 53, 31, M, 0 }, /* HealthcareService.endpoint */
	{ 0, 7, 0, 0, 0 }, /* List.id */
	{ 5164, 42, 1, 0, 0 }, /* List.meta */
	{ 5169, 16, 2, 0, 0 }, /* List.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* List.language */
	{ 40, 44, 4, 0, 0 }, /* List.text */
	{ 5183, 63, 5, M, 0 }, /* List.contained */
	{ 3, 38, 6, M, 0 }, /* List.extension */
	{ 13, 38, 7, M, 0 }, /* List.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* List.identifier */
	{ 4558, 3, 9, R, 0 }, /* List.status */
	{ 7307, 3, 10, R, 0 }, /* List.mode */
	{ 211, 13, 11, 0, 0 }, /* List.title */
	{ 125, 26, 12, 0, 0 }, /* List.code */
	{ 296, 53, 13, 0, 0 }, /* List.subject */
	{ 5256, 53, 14, 0, 0 }, /* List.encounter */
	{ 6033, 5, 15, 0, 0 }, /* List.date */
	{ 4609, 53, 16, 0, 0 }, /* List.source */
	{ 7312, 26, 17, 0, 0 }, /* List.orderedBy */
	{ 5376, 24, 18, M, 0 }, /* List.note */
	{ 5694, 173, 19, M, 0 }, /* List.entry */
	{ 7322, 26, 20, 0, 0 }, /* List.emptyReason */
	{ 0, 7, 0, 0, 0 }, /* Location.id */
	{ 5164, 42, 1, 0, 0 }, /* Location.meta */
	{ 5169, 16, 2, 0, 0 }, /* Location.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Location.language */
	{ 40, 44, 4, 0, 0 }, /* Location.text */
	{ 5183, 63, 5, M, 0 }, /* Location.contained */
	{ 3, 38, 6, M, 0 }, /* Location.extension */
	{ 13, 38, 7, M, 0 }, /* Location.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Location.identifier */
	{ 4558, 3, 9, 0, 0 }, /* Location.status */
	{ 7334, 27, 10, 0, 0 }, /* Location.operationalStatus */
	{ 262, 13, 11, 0, 0 }, /* Location.name */
	{ 688, 13, 12, M, 0 }, /* Location.alias */
	{ 3767, 13, 13, 0, 0 }, /* Location.description */
	{ 7307, 3, 14, 0, 0 }, /* Location.mode */
	{ 35, 26, 15, M, 0 }, /* Location.type */
	{ 267, 29, 16, M, 0 }, /* Location.telecom */
	{ 6883, 22, 17, 0, 0 }, /* Location.address */
	{ 7352, 26, 18, 0, 0 }, /* Location.physicalType */
	{ 7365, 174, 19, 0, 0 }, /* Location.position */
	{ 5831, 53, 20, 0, 0 }, /* Location.managingOrganization */
	{ 5757, 53, 21, 0, 0 }, /* Location.partOf */
	{ 7374, 175, 22, M, 0 }, /* Location.hoursOfOperation */
	{ 7275, 13, 23, 0, 0 }, /* Location.availabilityExceptions */
	{ 7298, 53, 24, M, 0 }, /* Location.endpoint */
	{ 0, 7, 0, 0, 0 }, /* Medication.id */
	{ 5164, 42, 1, 0, 0 }, /* Medication.meta */
	{ 5169, 16, 2, 0, 0 }, /* Medication.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Medication.language */
	{ 40, 44, 4, 0, 0 }, /* Medication.text */
	{ 5183, 63, 5, M, 0 }, /* Medication.contained */
	{ 3, 38, 6, M, 0 }, /* Medication.extension */
	{ 13, 38, 7, M, 0 }, /* Medication.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Medication.identifier */
	{ 125, 26, 9, 0, 0 }, /* Medication.code */
	{ 4558, 3, 10, 0, 0 }, /* Medication.status */
	{ 6354, 53, 11, 0, 0 }, /* Medication.manufacturer */
	{ 7391, 26, 12, 0, 0 }, /* Medication.form */
	{ 5012, 52, 13, 0, 0 }, /* Medication.amount */
	{ 7396, 176, 14, M, 0 }, /* Medication.ingredient */
	{ 7407, 177, 15, 0, 0 }, /* Medication.batch */
	{ 0, 7, 0, 0, 0 }, /* MedicationRequest.id */
	{ 5164, 42, 1, 0, 0 }, /* MedicationRequest.meta */
	{ 5169, 16, 2, 0, 0 }, /* MedicationRequest.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* MedicationRequest.language */
	{ 40, 44, 4, 0, 0 }, /* MedicationRequest.text */
	{ 5183, 63, 5, M, 0 }, /* MedicationRequest.contained */
	{ 3, 38, 6, M, 0 }, /* MedicationRequest.extension */
	{ 13, 38, 7, M, 0 }, /* MedicationRequest.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* MedicationRequest.identifier */
	{ 4558, 3, 9, R, 0 }, /* MedicationRequest.status */
	{ 5865, 26, 10, 0, 0 }, /* MedicationRequest.statusReason */
	{ 5764, 3, 11, R, 0 }, /* MedicationRequest.intent */
	{ 5227, 26, 12, M, 0 }, /* MedicationRequest.category */
	{ 5489, 3, 13, 0, 0 }, /* MedicationRequest.priority */
	{ 5952, 1, 14, 0, 0 }, /* MedicationRequest.doNotPerform */
	{ 7413, 260, 15, C, 2 }, /* MedicationRequest.reported */
	{ 7456, 262, 16, R|C, 2 }, /* MedicationRequest.medication */
	{ 296, 53, 17, R, 0 }, /* MedicationRequest.subject */
	{ 5256, 53, 18, 0, 0 }, /* MedicationRequest.encounter */
	{ 5498, 53, 19, M, 0 }, /* MedicationRequest.supportingInformation */
	{ 6012, 5, 20, 0, 0 }, /* MedicationRequest.authoredOn */
	{ 6023, 53, 21, 0, 0 }, /* MedicationRequest.requester */
	{ 6227, 53, 22, 0, 0 }, /* MedicationRequest.performer */
	{ 7513, 26, 23, 0, 0 }, /* MedicationRequest.performerType */
	{ 5343, 53, 24, 0, 0 }, /* MedicationRequest.recorder */
	{ 5462, 26, 25, M, 0 }, /* MedicationRequest.reasonCode */
	{ 5473, 53, 26, M, 0 }, /* MedicationRequest.reasonReference */
	{ 5710, 2, 27, M, 0 }, /* MedicationRequest.instantiatesCanonical */
	{ 5732, 16, 28, M, 0 }, /* MedicationRequest.instantiatesUri */
	{ 5549, 53, 29, M, 0 }, /* MedicationRequest.basedOn */
	{ 5936, 40, 30, 0, 0 }, /* MedicationRequest.groupIdentifier */
	{ 7527, 26, 31, 0, 0 }, /* MedicationRequest.courseOfTherapyType */
	{ 7547, 53, 32, M, 0 }, /* MedicationRequest.insurance */
	{ 5376, 24, 33, M, 0 }, /* MedicationRequest.note */
	{ 7557, 34, 34, M, 0 }, /* MedicationRequest.dosageInstruction */
	{ 7575, 178, 35, 0, 0 }, /* MedicationRequest.dispenseRequest */
	{ 7591, 180, 36, 0, 0 }, /* MedicationRequest.substitution */
	{ 7604, 53, 37, 0, 0 }, /* MedicationRequest.priorPrescription */
	{ 7622, 53, 38, M, 0 }, /* MedicationRequest.detectedIssue */
	{ 7636, 53, 39, M, 0 }, /* MedicationRequest.eventHistory */
	{ 0, 7, 0, 0, 0 }, /* MedicationStatement.id */
	{ 5164, 42, 1, 0, 0 }, /* MedicationStatement.meta */
	{ 5169, 16, 2, 0, 0 }, /* MedicationStatement.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* MedicationStatement.language */
	{ 40, 44, 4, 0, 0 }, /* MedicationStatement.text */
	{ 5183, 63, 5, M, 0 }, /* MedicationStatement.contained */
	{ 3, 38, 6, M, 0 }, /* MedicationStatement.extension */
	{ 13, 38, 7, M, 0 }, /* MedicationStatement.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* MedicationStatement.identifier */
	{ 5549, 53, 9, M, 0 }, /* MedicationStatement.basedOn */
	{ 5757, 53, 10, M, 0 }, /* MedicationStatement.partOf */
	{ 4558, 3, 11, R, 0 }, /* MedicationStatement.status */
	{ 5865, 26, 12, M, 0 }, /* MedicationStatement.statusReason */
	{ 5227, 26, 13, 0, 0 }, /* MedicationStatement.category */
	{ 7456, 264, 14, R|C, 2 }, /* MedicationStatement.medication */
	{ 296, 53, 15, R, 0 }, /* MedicationStatement.subject */
	{ 6716, 53, 16, 0, 0 }, /* MedicationStatement.context */
	{ 6508, 266, 17, C, 2 }, /* MedicationStatement.effective */
	{ 7649, 5, 18, 0, 0 }, /* MedicationStatement.dateAsserted */
	{ 7662, 53, 19, 0, 0 }, /* MedicationStatement.informationSource */
	{ 7680, 53, 20, M, 0 }, /* MedicationStatement.derivedFrom */
	{ 5462, 26, 21, M, 0 }, /* MedicationStatement.reasonCode */
	{ 5473, 53, 22, M, 0 }, /* MedicationStatement.reasonReference */
	{ 5376, 24, 23, M, 0 }, /* MedicationStatement.note */
	{ 7692, 34, 24, M, 0 }, /* MedicationStatement.dosage */
	{ 0, 7, 0, 0, 0 }, /* MessageHeader.id */
	{ 5164, 42, 1, 0, 0 }, /* MessageHeader.meta */
	{ 5169, 16, 2, 0, 0 }, /* MessageHeader.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* MessageHeader.language */
	{ 40, 44, 4, 0, 0 }, /* MessageHeader.text */
	{ 5183, 63, 5, M, 0 }, /* MessageHeader.contained */
	{ 3, 38, 6, M, 0 }, /* MessageHeader.extension */
	{ 13, 38, 7, M, 0 }, /* MessageHeader.modifierExtension */
	{ 5096, 268, 8, R|C, 2 }, /* MessageHeader.event */
	{ 7720, 181, 9, M, 0 }, /* MessageHeader.destination */
	{ 5921, 53, 10, 0, 0 }, /* MessageHeader.sender */
	{ 7732, 53, 11, 0, 0 }, /* MessageHeader.enterer */
	{ 130, 53, 12, 0, 0 }, /* MessageHeader.author */
	{ 4609, 182, 13, R, 0 }, /* MessageHeader.source */
	{ 7740, 53, 14, 0, 0 }, /* MessageHeader.responsible */
	{ 7752, 26, 15, 0, 0 }, /* MessageHeader.reason */
	{ 7759, 183, 16, 0, 0 }, /* MessageHeader.response */
	{ 7768, 53, 17, M, 0 }, /* MessageHeader.focus */
	{ 656, 2, 18, 0, 0 }, /* MessageHeader.definition */
	{ 0, 7, 0, 0, 0 }, /* Observation.id */
	{ 5164, 42, 1, 0, 0 }, /* Observation.meta */
	{ 5169, 16, 2, 0, 0 }, /* Observation.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Observation.language */
	{ 40, 44, 4, 0, 0 }, /* Observation.text */
	{ 5183, 63, 5, M, 0 }, /* Observation.contained */
	{ 3, 38, 6, M, 0 }, /* Observation.extension */
	{ 13, 38, 7, M, 0 }, /* Observation.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Observation.identifier */
	{ 5549, 53, 9, M, 0 }, /* Observation.basedOn */
	{ 5757, 53, 10, M, 0 }, /* Observation.partOf */
	{ 4558, 3, 11, R, 0 }, /* Observation.status */
	{ 5227, 26, 12, M, 0 }, /* Observation.category */
	{ 125, 26, 13, R, 0 }, /* Observation.code */
	{ 296, 53, 14, 0, 0 }, /* Observation.subject */
	{ 7768, 53, 15, M, 0 }, /* Observation.focus */
	{ 5256, 53, 16, 0, 0 }, /* Observation.encounter */
	{ 6508, 270, 17, C, 4 }, /* Observation.effective */
	{ 6552, 8, 18, 0, 0 }, /* Observation.issued */
	{ 6227, 53, 19, M, 0 }, /* Observation.performer */
	{ 96, 274, 20, C, 11 }, /* Observation.value */
	{ 7807, 26, 21, 0, 0 }, /* Observation.dataAbsentReason */
	{ 7824, 26, 22, M, 0 }, /* Observation.interpretation */
	{ 5376, 24, 23, M, 0 }, /* Observation.note */
	{ 6100, 26, 24, 0, 0 }, /* Observation.bodySite */
	{ 506, 26, 25, 0, 0 }, /* Observation.method */
	{ 6578, 53, 26, 0, 0 }, /* Observation.specimen */
	{ 7839, 53, 27, 0, 0 }, /* Observation.device */
	{ 5081, 184, 28, M, 0 }, /* Observation.referenceRange */
	{ 7846, 53, 29, M, 0 }, /* Observation.hasMember */
	{ 7680, 53, 30, M, 0 }, /* Observation.derivedFrom */
	{ 7856, 185, 31, M, 0 }, /* Observation.component */
	{ 0, 7, 0, 0, 0 }, /* OperationOutcome.id */
	{ 5164, 42, 1, 0, 0 }, /* OperationOutcome.meta */
	{ 5169, 16, 2, 0, 0 }, /* OperationOutcome.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* OperationOutcome.language */
	{ 40, 44, 4, 0, 0 }, /* OperationOutcome.text */
	{ 5183, 63, 5, M, 0 }, /* OperationOutcome.contained */
	{ 3, 38, 6, M, 0 }, /* OperationOutcome.extension */
	{ 13, 38, 7, M, 0 }, /* OperationOutcome.modifierExtension */
	{ 7866, 186, 8, M|R, 0 }, /* OperationOutcome.issue */
	{ 0, 7, 0, 0, 0 }, /* Organization.id */
	{ 5164, 42, 1, 0, 0 }, /* Organization.meta */
	{ 5169, 16, 2, 0, 0 }, /* Organization.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Organization.language */
	{ 40, 44, 4, 0, 0 }, /* Organization.text */
	{ 5183, 63, 5, M, 0 }, /* Organization.contained */
	{ 3, 38, 6, M, 0 }, /* Organization.extension */
	{ 13, 38, 7, M, 0 }, /* Organization.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Organization.identifier */
	{ 7055, 1, 9, 0, 0 }, /* Organization.active */
	{ 35, 26, 10, M, 0 }, /* Organization.type */
	{ 262, 13, 11, 0, 0 }, /* Organization.name */
	{ 688, 13, 12, M, 0 }, /* Organization.alias */
	{ 267, 29, 13, M, 0 }, /* Organization.telecom */
	{ 6883, 22, 14, M, 0 }, /* Organization.address */
	{ 5757, 53, 15, 0, 0 }, /* Organization.partOf */
	{ 280, 187, 16, M, 0 }, /* Organization.contact */
	{ 7298, 53, 17, M, 0 }, /* Organization.endpoint */
	{ 0, 7, 0, 0, 0 }, /* Parameters.id */
	{ 5164, 42, 1, 0, 0 }, /* Parameters.meta */
	{ 5169, 16, 2, 0, 0 }, /* Parameters.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Parameters.language */
	{ 7872, 188, 4, M, 0 }, /* Parameters.parameter */
	{ 0, 7, 0, 0, 0 }, /* Patient.id */
	{ 5164, 42, 1, 0, 0 }, /* Patient.meta */
	{ 5169, 16, 2, 0, 0 }, /* Patient.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Patient.language */
	{ 40, 44, 4, 0, 0 }, /* Patient.text */
	{ 5183, 63, 5, M, 0 }, /* Patient.contained */
	{ 3, 38, 6, M, 0 }, /* Patient.extension */
	{ 13, 38, 7, M, 0 }, /* Patient.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Patient.identifier */
	{ 7055, 1, 9, 0, 0 }, /* Patient.active */
	{ 262, 39, 10, M, 0 }, /* Patient.name */
	{ 267, 29, 11, M, 0 }, /* Patient.telecom */
	{ 4698, 3, 12, 0, 0 }, /* Patient.gender */
	{ 7882, 4, 13, 0, 0 }, /* Patient.birthDate */
	{ 7892, 285, 14, C, 2 }, /* Patient.deceased */
	{ 6883, 22, 15, M, 0 }, /* Patient.address */
	{ 7934, 26, 16, 0, 0 }, /* Patient.maritalStatus */
	{ 7948, 287, 17, C, 2 }, /* Patient.multipleBirth */
	{ 7139, 25, 18, M, 0 }, /* Patient.photo */
	{ 280, 189, 19, M, 0 }, /* Patient.contact */
	{ 7199, 190, 20, M, 0 }, /* Patient.communication */
	{ 8004, 53, 21, M, 0 }, /* Patient.generalPractitioner */
	{ 5831, 53, 22, 0, 0 }, /* Patient.managingOrganization */
	{ 5689, 191, 23, M, 0 }, /* Patient.link */
	{ 0, 7, 0, 0, 0 }, /* Practitioner.id */
	{ 5164, 42, 1, 0, 0 }, /* Practitioner.meta */
	{ 5169, 16, 2, 0, 0 }, /* Practitioner.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Practitioner.language */
	{ 40, 44, 4, 0, 0 }, /* Practitioner.text */
	{ 5183, 63, 5, M, 0 }, /* Practitioner.contained */
	{ 3, 38, 6, M, 0 }, /* Practitioner.extension */
	{ 13, 38, 7, M, 0 }, /* Practitioner.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Practitioner.identifier */
	{ 7055, 1, 9, 0, 0 }, /* Practitioner.active */
	{ 262, 39, 10, M, 0 }, /* Practitioner.name */
	{ 267, 29, 11, M, 0 }, /* Practitioner.telecom */
	{ 6883, 22, 12, M, 0 }, /* Practitioner.address */
	{ 4698, 3, 13, 0, 0 }, /* Practitioner.gender */
	{ 7882, 4, 14, 0, 0 }, /* Practitioner.birthDate */
	{ 7139, 25, 15, M, 0 }, /* Practitioner.photo */
	{ 8024, 192, 16, M, 0 }, /* Practitioner.qualification */
	{ 7199, 26, 17, M, 0 }, /* Practitioner.communication */
	{ 0, 7, 0, 0, 0 }, /* PractitionerRole.id */
	{ 5164, 42, 1, 0, 0 }, /* PractitionerRole.meta */
	{ 5169, 16, 2, 0, 0 }, /* PractitionerRole.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* PractitionerRole.language */
	{ 40, 44, 4, 0, 0 }, /* PractitionerRole.text */
	{ 5183, 63, 5, M, 0 }, /* PractitionerRole.contained */
	{ 3, 38, 6, M, 0 }, /* PractitionerRole.extension */
	{ 13, 38, 7, M, 0 }, /* PractitionerRole.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* PractitionerRole.identifier */
	{ 7055, 1, 9, 0, 0 }, /* PractitionerRole.active */
	{ 89, 46, 10, 0, 0 }, /* PractitionerRole.period */
	{ 8038, 53, 11, 0, 0 }, /* PractitionerRole.practitioner */
	{ 6237, 53, 12, 0, 0 }, /* PractitionerRole.organization */
	{ 125, 26, 13, M, 0 }, /* PractitionerRole.code */
	{ 5436, 26, 14, M, 0 }, /* PractitionerRole.specialty */
	{ 6485, 53, 15, M, 0 }, /* PractitionerRole.location */
	{ 8051, 53, 16, M, 0 }, /* PractitionerRole.healthcareService */
	{ 267, 29, 17, M, 0 }, /* PractitionerRole.telecom */
	{ 7248, 193, 18, M, 0 }, /* PractitionerRole.availableTime */
	{ 7262, 194, 19, M, 0 }, /* PractitionerRole.notAvailable */
	{ 7275, 13, 20, 0, 0 }, /* PractitionerRole.availabilityExceptions */
	{ 7298, 53, 21, M, 0 }, /* PractitionerRole.endpoint */
	{ 0, 7, 0, 0, 0 }, /* Procedure.id */
	{ 5164, 42, 1, 0, 0 }, /* Procedure.meta */
	{ 5169, 16, 2, 0, 0 }, /* Procedure.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Procedure.language */
	{ 40, 44, 4, 0, 0 }, /* Procedure.text */
	{ 5183, 63, 5, M, 0 }, /* Procedure.contained */
	{ 3, 38, 6, M, 0 }, /* Procedure.extension */
	{ 13, 38, 7, M, 0 }, /* Procedure.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Procedure.identifier */
	{ 5710, 2, 9, M, 0 }, /* Procedure.instantiatesCanonical */
	{ 5732, 16, 10, M, 0 }, /* Procedure.instantiatesUri */
	{ 5549, 53, 11, M, 0 }, /* Procedure.basedOn */
	{ 5757, 53, 12, M, 0 }, /* Procedure.partOf */
	{ 4558, 3, 13, R, 0 }, /* Procedure.status */
	{ 5865, 26, 14, 0, 0 }, /* Procedure.statusReason */
	{ 5227, 26, 15, 0, 0 }, /* Procedure.category */
	{ 125, 26, 16, 0, 0 }, /* Procedure.code */
	{ 296, 53, 17, R, 0 }, /* Procedure.subject */
	{ 5256, 53, 18, 0, 0 }, /* Procedure.encounter */
	{ 8069, 289, 19, C, 5 }, /* Procedure.performed */
	{ 5343, 53, 20, 0, 0 }, /* Procedure.recorder */
	{ 5352, 53, 21, 0, 0 }, /* Procedure.asserter */
	{ 6227, 195, 22, M, 0 }, /* Procedure.performer */
	{ 6485, 53, 23, 0, 0 }, /* Procedure.location */
	{ 5462, 26, 24, M, 0 }, /* Procedure.reasonCode */
	{ 5473, 53, 25, M, 0 }, /* Procedure.reasonReference */
	{ 6100, 26, 26, M, 0 }, /* Procedure.bodySite */
	{ 5609, 26, 27, 0, 0 }, /* Procedure.outcome */
	{ 8157, 53, 28, M, 0 }, /* Procedure.report */
	{ 8164, 26, 29, M, 0 }, /* Procedure.complication */
	{ 8177, 53, 30, M, 0 }, /* Procedure.complicationDetail */
	{ 8196, 26, 31, M, 0 }, /* Procedure.followUp */
	{ 5376, 24, 32, M, 0 }, /* Procedure.note */
	{ 8205, 196, 33, M, 0 }, /* Procedure.focalDevice */
	{ 8217, 53, 34, M, 0 }, /* Procedure.usedReference */
	{ 8231, 26, 35, M, 0 }, /* Procedure.usedCode */
	{ 0, 7, 0, 0, 0 }, /* Provenance.id */
	{ 5164, 42, 1, 0, 0 }, /* Provenance.meta */
	{ 5169, 16, 2, 0, 0 }, /* Provenance.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Provenance.language */
	{ 40, 44, 4, 0, 0 }, /* Provenance.text */
	{ 5183, 63, 5, M, 0 }, /* Provenance.contained */
	{ 3, 38, 6, M, 0 }, /* Provenance.extension */
	{ 13, 38, 7, M, 0 }, /* Provenance.modifierExtension */
	{ 6996, 53, 8, M|R, 0 }, /* Provenance.target */
	{ 8240, 294, 9, C, 2 }, /* Provenance.occurred */
	{ 5600, 8, 10, R, 0 }, /* Provenance.recorded */
	{ 6283, 16, 11, M, 0 }, /* Provenance.policy */
	{ 6485, 53, 12, 0, 0 }, /* Provenance.location */
	{ 7752, 26, 13, M, 0 }, /* Provenance.reason */
	{ 5822, 26, 14, 0, 0 }, /* Provenance.activity */
	{ 5644, 197, 15, M|R, 0 }, /* Provenance.agent */
	{ 5650, 198, 16, M, 0 }, /* Provenance.entity */
	{ 5700, 56, 17, M, 0 }, /* Provenance.signature */
	{ 0, 7, 0, 0, 0 }, /* Questionnaire.id */
	{ 5164, 42, 1, 0, 0 }, /* Questionnaire.meta */
	{ 5169, 16, 2, 0, 0 }, /* Questionnaire.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Questionnaire.language */
	{ 40, 44, 4, 0, 0 }, /* Questionnaire.text */
	{ 5183, 63, 5, M, 0 }, /* Questionnaire.contained */
	{ 3, 38, 6, M, 0 }, /* Questionnaire.extension */
	{ 13, 38, 7, M, 0 }, /* Questionnaire.modifierExtension */
	{ 197, 16, 8, 0, 0 }, /* Questionnaire.url */
	{ 4824, 40, 9, M, 0 }, /* Questionnaire.identifier */
	{ 233, 13, 10, 0, 0 }, /* Questionnaire.version */
	{ 262, 13, 11, 0, 0 }, /* Questionnaire.name */
	{ 211, 13, 12, 0, 0 }, /* Questionnaire.title */
	{ 7680, 2, 13, M, 0 }, /* Questionnaire.derivedFrom */
	{ 4558, 3, 14, R, 0 }, /* Questionnaire.status */
	{ 8281, 1, 15, 0, 0 }, /* Questionnaire.experimental */
	{ 8294, 3, 16, M, 0 }, /* Questionnaire.subjectType */
	{ 6033, 5, 17, 0, 0 }, /* Questionnaire.date */
	{ 8306, 13, 18, 0, 0 }, /* Questionnaire.publisher */
	{ 280, 28, 19, M, 0 }, /* Questionnaire.contact */
	{ 3767, 10, 20, 0, 0 }, /* Questionnaire.description */
	{ 8316, 60, 21, M, 0 }, /* Questionnaire.useContext */
	{ 4545, 26, 22, M, 0 }, /* Questionnaire.jurisdiction */
	{ 8327, 10, 23, 0, 0 }, /* Questionnaire.purpose */
	{ 8335, 10, 24, 0, 0 }, /* Questionnaire.copyright */
	{ 8345, 4, 25, 0, 0 }, /* Questionnaire.approvalDate */
	{ 8358, 4, 26, 0, 0 }, /* Questionnaire.lastReviewDate */
	{ 6536, 46, 27, 0, 0 }, /* Questionnaire.effectivePeriod */
	{ 125, 27, 28, M, 0 }, /* Questionnaire.code */
	{ 8373, 199, 29, M, 0 }, /* Questionnaire.item */
	{ 0, 7, 0, 0, 0 }, /* QuestionnaireResponse.id */
	{ 5164, 42, 1, 0, 0 }, /* QuestionnaireResponse.meta */
	{ 5169, 16, 2, 0, 0 }, /* QuestionnaireResponse.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* QuestionnaireResponse.language */
	{ 40, 44, 4, 0, 0 }, /* QuestionnaireResponse.text */
	{ 5183, 63, 5, M, 0 }, /* QuestionnaireResponse.contained */
	{ 3, 38, 6, M, 0 }, /* QuestionnaireResponse.extension */
	{ 13, 38, 7, M, 0 }, /* QuestionnaireResponse.modifierExtension */
	{ 4824, 40, 8, 0, 0 }, /* QuestionnaireResponse.identifier */
	{ 5549, 53, 9, M, 0 }, /* QuestionnaireResponse.basedOn */
	{ 5757, 53, 10, M, 0 }, /* QuestionnaireResponse.partOf */
	{ 8378, 2, 11, 0, 0 }, /* QuestionnaireResponse.questionnaire */
	{ 4558, 3, 12, R, 0 }, /* QuestionnaireResponse.status */
	{ 296, 53, 13, 0, 0 }, /* QuestionnaireResponse.subject */
	{ 5256, 53, 14, 0, 0 }, /* QuestionnaireResponse.encounter */
	{ 8392, 5, 15, 0, 0 }, /* QuestionnaireResponse.authored */
	{ 130, 53, 16, 0, 0 }, /* QuestionnaireResponse.author */
	{ 4609, 53, 17, 0, 0 }, /* QuestionnaireResponse.source */
	{ 8373, 203, 18, M, 0 }, /* QuestionnaireResponse.item */
	{ 0, 7, 0, 0, 0 }, /* RelatedPerson.id */
	{ 5164, 42, 1, 0, 0 }, /* RelatedPerson.meta */
	{ 5169, 16, 2, 0, 0 }, /* RelatedPerson.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* RelatedPerson.language */
	{ 40, 44, 4, 0, 0 }, /* RelatedPerson.text */
	{ 5183, 63, 5, M, 0 }, /* RelatedPerson.contained */
	{ 3, 38, 6, M, 0 }, /* RelatedPerson.extension */
	{ 13, 38, 7, M, 0 }, /* RelatedPerson.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* RelatedPerson.identifier */
	{ 7055, 1, 9, 0, 0 }, /* RelatedPerson.active */
	{ 5248, 53, 10, R, 0 }, /* RelatedPerson.patient */
	{ 8401, 26, 11, M, 0 }, /* RelatedPerson.relationship */
	{ 262, 39, 12, M, 0 }, /* RelatedPerson.name */
	{ 267, 29, 13, M, 0 }, /* RelatedPerson.telecom */
	{ 4698, 3, 14, 0, 0 }, /* RelatedPerson.gender */
	{ 7882, 4, 15, 0, 0 }, /* RelatedPerson.birthDate */
	{ 6883, 22, 16, M, 0 }, /* RelatedPerson.address */
	{ 7139, 25, 17, M, 0 }, /* RelatedPerson.photo */
	{ 89, 46, 18, 0, 0 }, /* RelatedPerson.period */
	{ 7199, 205, 19, M, 0 }, /* RelatedPerson.communication */
	{ 0, 7, 0, 0, 0 }, /* ServiceRequest.id */
	{ 5164, 42, 1, 0, 0 }, /* ServiceRequest.meta */
	{ 5169, 16, 2, 0, 0 }, /* ServiceRequest.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* ServiceRequest.language */
	{ 40, 44, 4, 0, 0 }, /* ServiceRequest.text */
	{ 5183, 63, 5, M, 0 }, /* ServiceRequest.contained */
	{ 3, 38, 6, M, 0 }, /* ServiceRequest.extension */
	{ 13, 38, 7, M, 0 }, /* ServiceRequest.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* ServiceRequest.identifier */
	{ 5710, 2, 9, M, 0 }, /* ServiceRequest.instantiatesCanonical */
	{ 5732, 16, 10, M, 0 }, /* ServiceRequest.instantiatesUri */
	{ 5549, 53, 11, M, 0 }, /* ServiceRequest.basedOn */
	{ 5748, 53, 12, M, 0 }, /* ServiceRequest.replaces */
	{ 8414, 40, 13, 0, 0 }, /* ServiceRequest.requisition */
	{ 4558, 3, 14, R, 0 }, /* ServiceRequest.status */
	{ 5764, 3, 15, R, 0 }, /* ServiceRequest.intent */
	{ 5227, 26, 16, M, 0 }, /* ServiceRequest.category */
	{ 5489, 3, 17, 0, 0 }, /* ServiceRequest.priority */
	{ 5952, 1, 18, 0, 0 }, /* ServiceRequest.doNotPerform */
	{ 125, 26, 19, 0, 0 }, /* ServiceRequest.code */
	{ 8426, 26, 20, M, 0 }, /* ServiceRequest.orderDetail */
	{ 7069, 296, 21, C, 3 }, /* ServiceRequest.quantity */
	{ 296, 53, 22, R, 0 }, /* ServiceRequest.subject */
	{ 5256, 53, 23, 0, 0 }, /* ServiceRequest.encounter */
	{ 5965, 299, 24, C, 3 }, /* ServiceRequest.occurrence */
	{ 446, 302, 25, C, 2 }, /* ServiceRequest.asNeeded */
	{ 6012, 5, 26, 0, 0 }, /* ServiceRequest.authoredOn */
	{ 6023, 53, 27, 0, 0 }, /* ServiceRequest.requester */
	{ 7513, 26, 28, 0, 0 }, /* ServiceRequest.performerType */
	{ 6227, 53, 29, M, 0 }, /* ServiceRequest.performer */
	{ 8500, 26, 30, M, 0 }, /* ServiceRequest.locationCode */
	{ 8513, 53, 31, M, 0 }, /* ServiceRequest.locationReference */
	{ 5462, 26, 32, M, 0 }, /* ServiceRequest.reasonCode */
	{ 5473, 53, 33, M, 0 }, /* ServiceRequest.reasonReference */
	{ 7547, 53, 34, M, 0 }, /* ServiceRequest.insurance */
	{ 5802, 53, 35, M, 0 }, /* ServiceRequest.supportingInfo */
	{ 6578, 53, 36, M, 0 }, /* ServiceRequest.specimen */
	{ 6100, 26, 37, M, 0 }, /* ServiceRequest.bodySite */
	{ 5376, 24, 38, M, 0 }, /* ServiceRequest.note */
	{ 420, 13, 39, 0, 0 }, /* ServiceRequest.patientInstruction */
	{ 8531, 53, 40, M, 0 }, /* ServiceRequest.relevantHistory */
	{ 0, 7, 0, 0, 0 }, /* Task.id */
	{ 5164, 42, 1, 0, 0 }, /* Task.meta */
	{ 5169, 16, 2, 0, 0 }, /* Task.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Task.language */
	{ 40, 44, 4, 0, 0 }, /* Task.text */
	{ 5183, 63, 5, M, 0 }, /* Task.contained */
	{ 3, 38, 6, M, 0 }, /* Task.extension */
	{ 13, 38, 7, M, 0 }, /* Task.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Task.identifier */
	{ 5710, 2, 9, 0, 0 }, /* Task.instantiatesCanonical */
	{ 5732, 16, 10, 0, 0 }, /* Task.instantiatesUri */
	{ 5549, 53, 11, M, 0 }, /* Task.basedOn */
	{ 5936, 40, 12, 0, 0 }, /* Task.groupIdentifier */
	{ 5757, 53, 13, M, 0 }, /* Task.partOf */
	{ 4558, 3, 14, R, 0 }, /* Task.status */
	{ 5865, 26, 15, 0, 0 }, /* Task.statusReason */
	{ 8547, 26, 16, 0, 0 }, /* Task.businessStatus */
	{ 5764, 3, 17, R, 0 }, /* Task.intent */
	{ 5489, 3, 18, 0, 0 }, /* Task.priority */
	{ 125, 26, 19, 0, 0 }, /* Task.code */
	{ 3767, 13, 20, 0, 0 }, /* Task.description */
	{ 7768, 53, 21, 0, 0 }, /* Task.focus */
	{ 8562, 53, 22, 0, 0 }, /* Task.for */
	{ 5256, 53, 23, 0, 0 }, /* Task.encounter */
	{ 8566, 46, 24, 0, 0 }, /* Task.executionPeriod */
	{ 6012, 5, 25, 0, 0 }, /* Task.authoredOn */
	{ 8582, 5, 26, 0, 0 }, /* Task.lastModified */
	{ 6023, 53, 27, 0, 0 }, /* Task.requester */
	{ 7513, 26, 28, M, 0 }, /* Task.performerType */
	{ 6479, 53, 29, 0, 0 }, /* Task.owner */
	{ 6485, 53, 30, 0, 0 }, /* Task.location */
	{ 5462, 26, 31, 0, 0 }, /* Task.reasonCode */
	{ 5473, 53, 32, 0, 0 }, /* Task.reasonReference */
	{ 7547, 53, 33, M, 0 }, /* Task.insurance */
	{ 5376, 24, 34, M, 0 }, /* Task.note */
	{ 8531, 53, 35, M, 0 }, /* Task.relevantHistory */
	{ 8595, 206, 36, 0, 0 }, /* Task.restriction */
	{ 8607, 207, 37, M, 0 }, /* Task.input */
	{ 8613, 208, 38, M, 0 }, /* Task.output */
	{ 0, 13, 0, A, 0 }, /* DataRequirement.codeFilter.id */
	{ 3, 38, 1, M, 0 }, /* DataRequirement.codeFilter.extension */
	{ 586, 13, 2, 0, 0 }, /* DataRequirement.codeFilter.path */
	{ 8620, 13, 3, 0, 0 }, /* DataRequirement.codeFilter.searchParam */
	{ 8632, 2, 4, 0, 0 }, /* DataRequirement.codeFilter.valueSet */
	{ 125, 27, 5, M, 0 }, /* DataRequirement.codeFilter.code */
	{ 0, 13, 0, A, 0 }, /* DataRequirement.dateFilter.id */
	{ 3, 38, 1, M, 0 }, /* DataRequirement.dateFilter.extension */
	{ 586, 13, 2, 0, 0 }, /* DataRequirement.dateFilter.path */
	{ 8620, 13, 3, 0, 0 }, /* DataRequirement.dateFilter.searchParam */
	{ 96, 304, 4, C, 3 }, /* DataRequirement.dateFilter.value */
	{ 0, 13, 0, A, 0 }, /* DataRequirement.sort.id */
	{ 3, 38, 1, M, 0 }, /* DataRequirement.sort.extension */
	{ 586, 13, 2, R, 0 }, /* DataRequirement.sort.path */
	{ 8641, 3, 3, R, 0 }, /* DataRequirement.sort.direction */
	{ 0, 13, 0, A, 0 }, /* Dosage.doseAndRate.id */
	{ 3, 38, 1, M, 0 }, /* Dosage.doseAndRate.extension */
	{ 35, 26, 2, 0, 0 }, /* Dosage.doseAndRate.type */
	{ 8651, 307, 3, C, 2 }, /* Dosage.doseAndRate.dose */
	{ 8679, 309, 4, C, 3 }, /* Dosage.doseAndRate.rate */
	{ 0, 13, 0, A, 0 }, /* ElementDefinition.slicing.id */
	{ 3, 38, 1, M, 0 }, /* ElementDefinition.slicing.extension */
	{ 8717, 113, 2, M, 0 }, /* ElementDefinition.slicing.discriminator */
	{ 3767, 13, 3, 0, 0 }, /* ElementDefinition.slicing.description */
	{ 8731, 1, 4, 0, 0 }, /* ElementDefinition.slicing.ordered */
	{ 8739, 3, 5, R, 0 }, /* ElementDefinition.slicing.rules */
	{ 0, 13, 0, A, 0 }, /* ElementDefinition.slicing.discriminator.id */
	{ 3, 38, 1, M, 0 }, /* ElementDefinition.slicing.discriminator.extension */
	{ 35, 3, 2, R, 0 }, /* ElementDefinition.slicing.discriminator.type */
	{ 586, 13, 3, R, 0 }, /* ElementDefinition.slicing.discriminator.path */
	{ 0, 13, 0, A, 0 }, /* ElementDefinition.base.id */
	{ 3, 38, 1, M, 0 }, /* ElementDefinition.base.extension */
	{ 586, 13, 2, R, 0 }, /* ElementDefinition.base.path */
	{ 694, 15, 3, R, 0 }, /* ElementDefinition.base.min */
	{ 698, 13, 4, R, 0 }, /* ElementDefinition.base.max */
	{ 0, 13, 0, A, 0 }, /* ElementDefinition.type.id */
	{ 3, 38, 1, M, 0 }, /* ElementDefinition.type.extension */
	{ 125, 16, 2, R, 0 }, /* ElementDefinition.type.code */
	{ 288, 2, 3, M, 0 }, /* ElementDefinition.type.profile */
	{ 8745, 2, 4, M, 0 }, /* ElementDefinition.type.targetProfile */
	{ 8759, 3, 5, M, 0 }, /* ElementDefinition.type.aggregation */
	{ 8771, 3, 6, 0, 0 }, /* ElementDefinition.type.versioning */
	{ 0, 13, 0, A, 0 }, /* ElementDefinition.example.id */
	{ 3, 38, 1, M, 0 }, /* ElementDefinition.example.extension */
	{ 636, 13, 2, R, 0 }, /* ElementDefinition.example.label */
	{ 96, 312, 3, R|C, 50 }, /* ElementDefinition.example.value */
	{ 0, 13, 0, A, 0 }, /* ElementDefinition.constraint.id */
	{ 3, 38, 1, M, 0 }, /* ElementDefinition.constraint.extension */
	{ 8782, 7, 2, R, 0 }, /* ElementDefinition.constraint.key */
	{ 675, 13, 3, 0, 0 }, /* ElementDefinition.constraint.requirements */
	{ 6091, 3, 4, R, 0 }, /* ElementDefinition.constraint.severity */
	{ 8786, 13, 5, R, 0 }, /* ElementDefinition.constraint.human */
	{ 3779, 13, 6, 0, 0 }, /* ElementDefinition.constraint.expression */
	{ 8792, 13, 7, 0, 0 }, /* ElementDefinition.constraint.xpath */
	{ 4609, 2, 8, 0, 0 }, /* ElementDefinition.constraint.source */
	{ 0, 13, 0, A, 0 }, /* ElementDefinition.binding.id */
	{ 3, 38, 1, M, 0 }, /* ElementDefinition.binding.extension */
	{ 8798, 3, 2, R, 0 }, /* ElementDefinition.binding.strength */
	{ 3767, 13, 3, 0, 0 }, /* ElementDefinition.binding.description */
	{ 8632, 2, 4, 0, 0 }, /* ElementDefinition.binding.valueSet */
	{ 0, 13, 0, A, 0 }, /* ElementDefinition.mapping.id */
	{ 3, 38, 1, M, 0 }, /* ElementDefinition.mapping.extension */
	{ 8807, 7, 2, R, 0 }, /* ElementDefinition.mapping.identity */
	{ 183, 3, 3, 0, 0 }, /* ElementDefinition.mapping.language */
	{ 8816, 13, 4, R, 0 }, /* ElementDefinition.mapping.map */
	{ 667, 13, 5, 0, 0 }, /* ElementDefinition.mapping.comment */
	{ 0, 13, 0, A, 0 }, /* SubstanceAmount.referenceRange.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceAmount.referenceRange.extension */
	{ 8820, 50, 2, 0, 0 }, /* SubstanceAmount.referenceRange.lowLimit */
	{ 8829, 50, 3, 0, 0 }, /* SubstanceAmount.referenceRange.highLimit */
	{ 0, 13, 0, A, 0 }, /* Timing.repeat.id */
	{ 3, 38, 1, M, 0 }, /* Timing.repeat.extension */
	{ 8839, 362, 2, C, 3 }, /* Timing.repeat.bounds */
	{ 8886, 12, 3, 0, 0 }, /* Timing.repeat.count */
	{ 8892, 12, 4, 0, 0 }, /* Timing.repeat.countMax */
	{ 8901, 6, 5, 0, 0 }, /* Timing.repeat.duration */
	{ 8910, 6, 6, 0, 0 }, /* Timing.repeat.durationMax */
	{ 8922, 3, 7, 0, 0 }, /* Timing.repeat.durationUnit */
	{ 8935, 12, 8, 0, 0 }, /* Timing.repeat.frequency */
	{ 8945, 12, 9, 0, 0 }, /* Timing.repeat.frequencyMax */
	{ 89, 6, 10, 0, 0 }, /* Timing.repeat.period */
	{ 8958, 6, 11, 0, 0 }, /* Timing.repeat.periodMax */
	{ 8968, 3, 12, 0, 0 }, /* Timing.repeat.periodUnit */
	{ 8979, 3, 13, M, 0 }, /* Timing.repeat.dayOfWeek */
	{ 8989, 14, 14, M, 0 }, /* Timing.repeat.timeOfDay */
	{ 4969, 3, 15, M, 0 }, /* Timing.repeat.when */
	{ 8999, 15, 16, 0, 0 }, /* Timing.repeat.offset */
	{ 0, 13, 0, A, 0 }, /* AllergyIntolerance.reaction.id */
	{ 3, 38, 1, M, 0 }, /* AllergyIntolerance.reaction.extension */
	{ 13, 38, 2, M, 0 }, /* AllergyIntolerance.reaction.modifierExtension */
	{ 9006, 26, 3, 0, 0 }, /* AllergyIntolerance.reaction.substance */
	{ 9016, 26, 4, M|R, 0 }, /* AllergyIntolerance.reaction.manifestation */
	{ 3767, 13, 5, 0, 0 }, /* AllergyIntolerance.reaction.description */
	{ 5266, 5, 6, 0, 0 }, /* AllergyIntolerance.reaction.onset */
	{ 6091, 3, 7, 0, 0 }, /* AllergyIntolerance.reaction.severity */
	{ 9030, 26, 8, 0, 0 }, /* AllergyIntolerance.reaction.exposureRoute */
	{ 5376, 24, 9, M, 0 }, /* AllergyIntolerance.reaction.note */
	{ 0, 13, 0, A, 0 }, /* Appointment.participant.id */
	{ 3, 38, 1, M, 0 }, /* Appointment.participant.extension */
	{ 13, 38, 2, M, 0 }, /* Appointment.participant.modifierExtension */
	{ 35, 26, 3, M, 0 }, /* Appointment.participant.type */
	{ 9044, 53, 4, 0, 0 }, /* Appointment.participant.actor */
	{ 9050, 3, 5, 0, 0 }, /* Appointment.participant.required */
	{ 4558, 3, 6, R, 0 }, /* Appointment.participant.status */
	{ 89, 46, 7, 0, 0 }, /* Appointment.participant.period */
	{ 0, 13, 0, A, 0 }, /* AuditEvent.agent.id */
	{ 3, 38, 1, M, 0 }, /* AuditEvent.agent.extension */
	{ 13, 38, 2, M, 0 }, /* AuditEvent.agent.modifierExtension */
	{ 35, 26, 3, 0, 0 }, /* AuditEvent.agent.type */
	{ 9059, 26, 4, M, 0 }, /* AuditEvent.agent.role */
	{ 4974, 53, 5, 0, 0 }, /* AuditEvent.agent.who */
	{ 9064, 13, 6, 0, 0 }, /* AuditEvent.agent.altId */
	{ 262, 13, 7, 0, 0 }, /* AuditEvent.agent.name */
	{ 9070, 1, 8, R, 0 }, /* AuditEvent.agent.requestor */
	{ 6485, 53, 9, 0, 0 }, /* AuditEvent.agent.location */
	{ 6283, 16, 10, M, 0 }, /* AuditEvent.agent.policy */
	{ 6607, 27, 11, 0, 0 }, /* AuditEvent.agent.media */
	{ 9080, 125, 12, 0, 0 }, /* AuditEvent.agent.network */
	{ 9088, 26, 13, M, 0 }, /* AuditEvent.agent.purposeOfUse */
	{ 0, 13, 0, A, 0 }, /* AuditEvent.agent.network.id */
	{ 3, 38, 1, M, 0 }, /* AuditEvent.agent.network.extension */
	{ 13, 38, 2, M, 0 }, /* AuditEvent.agent.network.modifierExtension */
	{ 6883, 13, 3, 0, 0 }, /* AuditEvent.agent.network.address */
	{ 35, 3, 4, 0, 0 }, /* AuditEvent.agent.network.type */
	{ 0, 13, 0, A, 0 }, /* AuditEvent.source.id */
	{ 3, 38, 1, M, 0 }, /* AuditEvent.source.extension */
	{ 13, 38, 2, M, 0 }, /* AuditEvent.source.modifierExtension */
	{ 495, 13, 3, 0, 0 }, /* AuditEvent.source.site */
	{ 9101, 53, 4, R, 0 }, /* AuditEvent.source.observer */
	{ 35, 27, 5, M, 0 }, /* AuditEvent.source.type */
	{ 0, 13, 0, A, 0 }, /* AuditEvent.entity.id */
	{ 3, 38, 1, M, 0 }, /* AuditEvent.entity.extension */
	{ 13, 38, 2, M, 0 }, /* AuditEvent.entity.modifierExtension */
	{ 9110, 53, 3, 0, 0 }, /* AuditEvent.entity.what */
	{ 35, 27, 4, 0, 0 }, /* AuditEvent.entity.type */
	{ 9059, 27, 5, 0, 0 }, /* AuditEvent.entity.role */
	{ 9115, 27, 6, 0, 0 }, /* AuditEvent.entity.lifecycle */
	{ 6694, 27, 7, M, 0 }, /* AuditEvent.entity.securityLabel */
	{ 262, 13, 8, 0, 0 }, /* AuditEvent.entity.name */
	{ 3767, 13, 9, 0, 0 }, /* AuditEvent.entity.description */
	{ 9125, 0, 10, 0, 0 }, /* AuditEvent.entity.query */
	{ 9131, 128, 11, M, 0 }, /* AuditEvent.entity.detail */
	{ 0, 13, 0, A, 0 }, /* AuditEvent.entity.detail.id */
	{ 3, 38, 1, M, 0 }, /* AuditEvent.entity.detail.extension */
	{ 13, 38, 2, M, 0 }, /* AuditEvent.entity.detail.modifierExtension */
	{ 35, 13, 3, R, 0 }, /* AuditEvent.entity.detail.type */
	{ 96, 365, 4, R|C, 2 }, /* AuditEvent.entity.detail.value */
	{ 0, 13, 0, A, 0 }, /* Bundle.link.id */
	{ 3, 38, 1, M, 0 }, /* Bundle.link.extension */
	{ 13, 38, 2, M, 0 }, /* Bundle.link.modifierExtension */
	{ 9138, 13, 3, R, 0 }, /* Bundle.link.relation */
	{ 197, 16, 4, R, 0 }, /* Bundle.link.url */
	{ 0, 13, 0, A, 0 }, /* Bundle.entry.id */
	{ 3, 38, 1, M, 0 }, /* Bundle.entry.extension */
	{ 13, 38, 2, M, 0 }, /* Bundle.entry.modifierExtension */
	{ 5689, 129, 3, M, 0 }, /* Bundle.entry.link */
	{ 9147, 16, 4, 0, 0 }, /* Bundle.entry.fullUrl */
	{ 4913, 63, 5, 0, 0 }, /* Bundle.entry.resource */
	{ 9155, 131, 6, 0, 0 }, /* Bundle.entry.search */
	{ 9162, 132, 7, 0, 0 }, /* Bundle.entry.request */
	{ 7759, 133, 8, 0, 0 }, /* Bundle.entry.response */
	{ 0, 13, 0, A, 0 }, /* Bundle.entry.search.id */
	{ 3, 38, 1, M, 0 }, /* Bundle.entry.search.extension */
	{ 13, 38, 2, M, 0 }, /* Bundle.entry.search.modifierExtension */
	{ 7307, 3, 3, 0, 0 }, /* Bundle.entry.search.mode */
	{ 9170, 6, 4, 0, 0 }, /* Bundle.entry.search.score */
	{ 0, 13, 0, A, 0 }, /* Bundle.entry.request.id */
	{ 3, 38, 1, M, 0 }, /* Bundle.entry.request.extension */
	{ 13, 38, 2, M, 0 }, /* Bundle.entry.request.modifierExtension */
	{ 506, 3, 3, R, 0 }, /* Bundle.entry.request.method */
	{ 197, 16, 4, R, 0 }, /* Bundle.entry.request.url */
	{ 9176, 13, 5, 0, 0 }, /* Bundle.entry.request.ifNoneMatch */
	{ 9188, 8, 6, 0, 0 }, /* Bundle.entry.request.ifModifiedSince */
	{ 9204, 13, 7, 0, 0 }, /* Bundle.entry.request.ifMatch */
	{ 9212, 13, 8, 0, 0 }, /* Bundle.entry.request.ifNoneExist */
	{ 0, 13, 0, A, 0 }, /* Bundle.entry.response.id */
	{ 3, 38, 1, M, 0 }, /* Bundle.entry.response.extension */
	{ 13, 38, 2, M, 0 }, /* Bundle.entry.response.modifierExtension */
	{ 4558, 13, 3, R, 0 }, /* Bundle.entry.response.status */
	{ 6485, 16, 4, 0, 0 }, /* Bundle.entry.response.location */
	{ 9224, 13, 5, 0, 0 }, /* Bundle.entry.response.etag */
	{ 8582, 8, 6, 0, 0 }, /* Bundle.entry.response.lastModified */
	{ 5609, 63, 7, 0, 0 }, /* Bundle.entry.response.outcome */
	{ 0, 13, 0, A, 0 }, /* CarePlan.activity.id */
	{ 3, 38, 1, M, 0 }, /* CarePlan.activity.extension */
	{ 13, 38, 2, M, 0 }, /* CarePlan.activity.modifierExtension */
	{ 9229, 26, 3, M, 0 }, /* CarePlan.activity.outcomeCodeableConcept */
	{ 7038, 53, 4, M, 0 }, /* CarePlan.activity.outcomeReference */
	{ 9252, 24, 5, M, 0 }, /* CarePlan.activity.progress */
	{ 3790, 53, 6, 0, 0 }, /* CarePlan.activity.reference */
	{ 9131, 135, 7, 0, 0 }, /* CarePlan.activity.detail */
	{ 0, 13, 0, A, 0 }, /* CarePlan.activity.detail.id */
	{ 3, 38, 1, M, 0 }, /* CarePlan.activity.detail.extension */
	{ 13, 38, 2, M, 0 }, /* CarePlan.activity.detail.modifierExtension */
	{ 9261, 3, 3, 0, 0 }, /* CarePlan.activity.detail.kind */
	{ 5710, 2, 4, M, 0 }, /* CarePlan.activity.detail.instantiatesCanonical */
	{ 5732, 16, 5, M, 0 }, /* CarePlan.activity.detail.instantiatesUri */
	{ 125, 26, 6, 0, 0 }, /* CarePlan.activity.detail.code */
	{ 5462, 26, 7, M, 0 }, /* CarePlan.activity.detail.reasonCode */
	{ 5473, 53, 8, M, 0 }, /* CarePlan.activity.detail.reasonReference */
	{ 5817, 53, 9, M, 0 }, /* CarePlan.activity.detail.goal */
	{ 4558, 3, 10, R, 0 }, /* CarePlan.activity.detail.status */
	{ 5865, 26, 11, 0, 0 }, /* CarePlan.activity.detail.statusReason */
	{ 5952, 1, 12, 0, 0 }, /* CarePlan.activity.detail.doNotPerform */
	{ 9266, 367, 13, C, 3 }, /* CarePlan.activity.detail.scheduled */
	{ 6485, 53, 14, 0, 0 }, /* CarePlan.activity.detail.location */
	{ 6227, 53, 15, M, 0 }, /* CarePlan.activity.detail.performer */
	{ 9324, 370, 16, C, 2 }, /* CarePlan.activity.detail.product */
	{ 9372, 50, 17, 0, 0 }, /* CarePlan.activity.detail.dailyAmount */
	{ 7069, 50, 18, 0, 0 }, /* CarePlan.activity.detail.quantity */
	{ 3767, 13, 19, 0, 0 }, /* CarePlan.activity.detail.description */
	{ 0, 13, 0, A, 0 }, /* CareTeam.participant.id */
	{ 3, 38, 1, M, 0 }, /* CareTeam.participant.extension */
	{ 13, 38, 2, M, 0 }, /* CareTeam.participant.modifierExtension */
	{ 9059, 26, 3, M, 0 }, /* CareTeam.participant.role */
	{ 7108, 53, 4, 0, 0 }, /* CareTeam.participant.member */
	{ 4978, 53, 5, 0, 0 }, /* CareTeam.participant.onBehalfOf */
	{ 89, 46, 6, 0, 0 }, /* CareTeam.participant.period */
	{ 0, 13, 0, A, 0 }, /* Communication.payload.id */
	{ 3, 38, 1, M, 0 }, /* Communication.payload.extension */
	{ 13, 38, 2, M, 0 }, /* Communication.payload.modifierExtension */
	{ 6708, 372, 3, R|C, 3 }, /* Communication.payload.content */
	{ 0, 13, 0, A, 0 }, /* CommunicationRequest.payload.id */
	{ 3, 38, 1, M, 0 }, /* CommunicationRequest.payload.extension */
	{ 13, 38, 2, M, 0 }, /* CommunicationRequest.payload.modifierExtension */
	{ 6708, 375, 3, R|C, 3 }, /* CommunicationRequest.payload.content */
	{ 0, 13, 0, A, 0 }, /* Composition.attester.id */
	{ 3, 38, 1, M, 0 }, /* Composition.attester.extension */
	{ 13, 38, 2, M, 0 }, /* Composition.attester.modifierExtension */
	{ 7307, 3, 3, R, 0 }, /* Composition.attester.mode */
	{ 166, 5, 4, 0, 0 }, /* Composition.attester.time */
	{ 9416, 53, 5, 0, 0 }, /* Composition.attester.party */
	{ 0, 13, 0, A, 0 }, /* Composition.relatesTo.id */
	{ 3, 38, 1, M, 0 }, /* Composition.relatesTo.extension */
	{ 13, 38, 2, M, 0 }, /* Composition.relatesTo.modifierExtension */
	{ 125, 3, 3, R, 0 }, /* Composition.relatesTo.code */
	{ 6996, 378, 4, R|C, 2 }, /* Composition.relatesTo.target */
	{ 0, 13, 0, A, 0 }, /* Composition.event.id */
	{ 3, 38, 1, M, 0 }, /* Composition.event.extension */
	{ 13, 38, 2, M, 0 }, /* Composition.event.modifierExtension */
	{ 125, 26, 3, M, 0 }, /* Composition.event.code */
	{ 89, 46, 4, 0, 0 }, /* Composition.event.period */
	{ 9131, 53, 5, M, 0 }, /* Composition.event.detail */
	{ 0, 13, 0, A, 0 }, /* Composition.section.id */
	{ 3, 38, 1, M, 0 }, /* Composition.section.extension */
	{ 13, 38, 2, M, 0 }, /* Composition.section.modifierExtension */
	{ 211, 13, 3, 0, 0 }, /* Composition.section.title */
	{ 125, 26, 4, 0, 0 }, /* Composition.section.code */
	{ 130, 53, 5, M, 0 }, /* Composition.section.author */
	{ 7768, 53, 6, 0, 0 }, /* Composition.section.focus */
	{ 40, 44, 7, 0, 0 }, /* Composition.section.text */
	{ 7307, 3, 8, 0, 0 }, /* Composition.section.mode */
	{ 7312, 26, 9, 0, 0 }, /* Composition.section.orderedBy */
	{ 5694, 53, 10, M, 0 }, /* Composition.section.entry */
	{ 7322, 26, 11, 0, 0 }, /* Composition.section.emptyReason */
	{ 6083, 142, 12, M, 0 }, /* Composition.section.section */
	{ 0, 13, 0, A, 0 }, /* Condition.stage.id */
	{ 3, 38, 1, M, 0 }, /* Condition.stage.extension */
	{ 13, 38, 2, M, 0 }, /* Condition.stage.modifierExtension */
	{ 9455, 26, 3, 0, 0 }, /* Condition.stage.summary */
	{ 9463, 53, 4, M, 0 }, /* Condition.stage.assessment */
	{ 35, 26, 5, 0, 0 }, /* Condition.stage.type */
	{ 0, 13, 0, A, 0 }, /* Condition.evidence.id */
	{ 3, 38, 1, M, 0 }, /* Condition.evidence.extension */
	{ 13, 38, 2, M, 0 }, /* Condition.evidence.modifierExtension */
	{ 125, 26, 3, M, 0 }, /* Condition.evidence.code */
	{ 9131, 53, 4, M, 0 }, /* Condition.evidence.detail */
	{ 0, 13, 0, A, 0 }, /* Consent.policy.id */
	{ 3, 38, 1, M, 0 }, /* Consent.policy.extension */
	{ 13, 38, 2, M, 0 }, /* Consent.policy.modifierExtension */
	{ 9474, 16, 3, 0, 0 }, /* Consent.policy.authority */
	{ 9484, 16, 4, 0, 0 }, /* Consent.policy.uri */
	{ 0, 13, 0, A, 0 }, /* Consent.verification.id */
	{ 3, 38, 1, M, 0 }, /* Consent.verification.extension */
	{ 13, 38, 2, M, 0 }, /* Consent.verification.modifierExtension */
	{ 9488, 1, 3, R, 0 }, /* Consent.verification.verified */
	{ 9497, 53, 4, 0, 0 }, /* Consent.verification.verifiedWith */
	{ 9510, 5, 5, 0, 0 }, /* Consent.verification.verificationDate */
	{ 0, 13, 0, A, 0 }, /* Consent.provision.id */
	{ 3, 38, 1, M, 0 }, /* Consent.provision.extension */
	{ 13, 38, 2, M, 0 }, /* Consent.provision.modifierExtension */
	{ 35, 3, 3, 0, 0 }, /* Consent.provision.type */
	{ 89, 46, 4, 0, 0 }, /* Consent.provision.period */
	{ 9044, 148, 5, M, 0 }, /* Consent.provision.actor */
	{ 5593, 26, 6, M, 0 }, /* Consent.provision.action */
	{ 6694, 27, 7, M, 0 }, /* Consent.provision.securityLabel */
	{ 8327, 27, 8, M, 0 }, /* Consent.provision.purpose */
	{ 6738, 27, 9, M, 0 }, /* Consent.provision.class */
	{ 125, 26, 10, M, 0 }, /* Consent.provision.code */
	{ 9527, 46, 11, 0, 0 }, /* Consent.provision.dataPeriod */
	{ 192, 149, 12, M, 0 }, /* Consent.provision.data */
	{ 6314, 147, 13, M, 0 }, /* Consent.provision.provision */
	{ 0, 13, 0, A, 0 }, /* Consent.provision.actor.id */
	{ 3, 38, 1, M, 0 }, /* Consent.provision.actor.extension */
	{ 13, 38, 2, M, 0 }, /* Consent.provision.actor.modifierExtension */
	{ 9059, 26, 3, R, 0 }, /* Consent.provision.actor.role */
	{ 3790, 53, 4, R, 0 }, /* Consent.provision.actor.reference */
	{ 0, 13, 0, A, 0 }, /* Consent.provision.data.id */
	{ 3, 38, 1, M, 0 }, /* Consent.provision.data.extension */
	{ 13, 38, 2, M, 0 }, /* Consent.provision.data.modifierExtension */
	{ 9538, 3, 3, R, 0 }, /* Consent.provision.data.meaning */
	{ 3790, 53, 4, R, 0 }, /* Consent.provision.data.reference */
	{ 0, 13, 0, A, 0 }, /* Device.udiCarrier.id */
	{ 3, 38, 1, M, 0 }, /* Device.udiCarrier.extension */
	{ 13, 38, 2, M, 0 }, /* Device.udiCarrier.modifierExtension */
	{ 9546, 13, 3, 0, 0 }, /* Device.udiCarrier.deviceIdentifier */
	{ 9563, 16, 4, 0, 0 }, /* Device.udiCarrier.issuer */
	{ 4545, 16, 5, 0, 0 }, /* Device.udiCarrier.jurisdiction */
	{ 9570, 0, 6, 0, 0 }, /* Device.udiCarrier.carrierAIDC */
	{ 9582, 13, 7, 0, 0 }, /* Device.udiCarrier.carrierHRF */
	{ 9593, 3, 8, 0, 0 }, /* Device.udiCarrier.entryType */
	{ 0, 13, 0, A, 0 }, /* Device.deviceName.id */
	{ 3, 38, 1, M, 0 }, /* Device.deviceName.extension */
	{ 13, 38, 2, M, 0 }, /* Device.deviceName.modifierExtension */
	{ 262, 13, 3, R, 0 }, /* Device.deviceName.name */
	{ 35, 3, 4, R, 0 }, /* Device.deviceName.type */
	{ 0, 13, 0, A, 0 }, /* Device.specialization.id */
	{ 3, 38, 1, M, 0 }, /* Device.specialization.extension */
	{ 13, 38, 2, M, 0 }, /* Device.specialization.modifierExtension */
	{ 9603, 26, 3, R, 0 }, /* Device.specialization.systemType */
	{ 233, 13, 4, 0, 0 }, /* Device.specialization.version */
	{ 0, 13, 0, A, 0 }, /* Device.version.id */
	{ 3, 38, 1, M, 0 }, /* Device.version.extension */
	{ 13, 38, 2, M, 0 }, /* Device.version.modifierExtension */
	{ 35, 26, 3, 0, 0 }, /* Device.version.type */
	{ 7856, 40, 4, 0, 0 }, /* Device.version.component */
	{ 96, 13, 5, R, 0 }, /* Device.version.value */
	{ 0, 13, 0, A, 0 }, /* Device.property.id */
	{ 3, 38, 1, M, 0 }, /* Device.property.extension */
	{ 13, 38, 2, M, 0 }, /* Device.property.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* Device.property.type */
	{ 4232, 50, 4, M, 0 }, /* Device.property.valueQuantity */
	{ 3846, 26, 5, M, 0 }, /* Device.property.valueCode */
	{ 0, 13, 0, A, 0 }, /* DiagnosticReport.media.id */
	{ 3, 38, 1, M, 0 }, /* DiagnosticReport.media.extension */
	{ 13, 38, 2, M, 0 }, /* DiagnosticReport.media.modifierExtension */
	{ 667, 13, 3, 0, 0 }, /* DiagnosticReport.media.comment */
	{ 5689, 53, 4, R, 0 }, /* DiagnosticReport.media.link */
	{ 0, 13, 0, A, 0 }, /* DocumentReference.relatesTo.id */
	{ 3, 38, 1, M, 0 }, /* DocumentReference.relatesTo.extension */
	{ 13, 38, 2, M, 0 }, /* DocumentReference.relatesTo.modifierExtension */
	{ 125, 3, 3, R, 0 }, /* DocumentReference.relatesTo.code */
	{ 6996, 53, 4, R, 0 }, /* DocumentReference.relatesTo.target */
	{ 0, 13, 0, A, 0 }, /* DocumentReference.content.id */
	{ 3, 38, 1, M, 0 }, /* DocumentReference.content.extension */
	{ 13, 38, 2, M, 0 }, /* DocumentReference.content.modifierExtension */
	{ 9614, 25, 3, R, 0 }, /* DocumentReference.content.attachment */
	{ 9625, 27, 4, 0, 0 }, /* DocumentReference.content.format */
	{ 0, 13, 0, A, 0 }, /* DocumentReference.context.id */
	{ 3, 38, 1, M, 0 }, /* DocumentReference.context.extension */
	{ 13, 38, 2, M, 0 }, /* DocumentReference.context.modifierExtension */
	{ 5256, 53, 3, M, 0 }, /* DocumentReference.context.encounter */
	{ 5096, 26, 4, M, 0 }, /* DocumentReference.context.event */
	{ 89, 46, 5, 0, 0 }, /* DocumentReference.context.period */
	{ 9632, 26, 6, 0, 0 }, /* DocumentReference.context.facilityType */
	{ 9645, 26, 7, 0, 0 }, /* DocumentReference.context.practiceSetting */
	{ 9661, 53, 8, 0, 0 }, /* DocumentReference.context.sourcePatientInfo */
	{ 9679, 53, 9, M, 0 }, /* DocumentReference.context.related */
	{ 0, 13, 0, A, 0 }, /* Encounter.statusHistory.id */
	{ 3, 38, 1, M, 0 }, /* Encounter.statusHistory.extension */
	{ 13, 38, 2, M, 0 }, /* Encounter.statusHistory.modifierExtension */
	{ 4558, 3, 3, R, 0 }, /* Encounter.statusHistory.status */
	{ 89, 46, 4, R, 0 }, /* Encounter.statusHistory.period */
	{ 0, 13, 0, A, 0 }, /* Encounter.classHistory.id */
	{ 3, 38, 1, M, 0 }, /* Encounter.classHistory.extension */
	{ 13, 38, 2, M, 0 }, /* Encounter.classHistory.modifierExtension */
	{ 6738, 27, 3, R, 0 }, /* Encounter.classHistory.class */
	{ 89, 46, 4, R, 0 }, /* Encounter.classHistory.period */
	{ 0, 13, 0, A, 0 }, /* Encounter.participant.id */
	{ 3, 38, 1, M, 0 }, /* Encounter.participant.extension */
	{ 13, 38, 2, M, 0 }, /* Encounter.participant.modifierExtension */
	{ 35, 26, 3, M, 0 }, /* Encounter.participant.type */
	{ 89, 46, 4, 0, 0 }, /* Encounter.participant.period */
	{ 9687, 53, 5, 0, 0 }, /* Encounter.participant.individual */
	{ 0, 13, 0, A, 0 }, /* Encounter.diagnosis.id */
	{ 3, 38, 1, M, 0 }, /* Encounter.diagnosis.extension */
	{ 13, 38, 2, M, 0 }, /* Encounter.diagnosis.modifierExtension */
	{ 3692, 53, 3, R, 0 }, /* Encounter.diagnosis.condition */
	{ 31, 26, 4, 0, 0 }, /* Encounter.diagnosis.use */
	{ 275, 12, 5, 0, 0 }, /* Encounter.diagnosis.rank */
	{ 0, 13, 0, A, 0 }, /* Encounter.hospitalization.id */
	{ 3, 38, 1, M, 0 }, /* Encounter.hospitalization.extension */
	{ 13, 38, 2, M, 0 }, /* Encounter.hospitalization.modifierExtension */
	{ 9698, 40, 3, 0, 0 }, /* Encounter.hospitalization.preAdmissionIdentifier */
	{ 4922, 53, 4, 0, 0 }, /* Encounter.hospitalization.origin */
	{ 9721, 26, 5, 0, 0 }, /* Encounter.hospitalization.admitSource */
	{ 9733, 26, 6, 0, 0 }, /* Encounter.hospitalization.reAdmission */
	{ 9745, 26, 7, M, 0 }, /* Encounter.hospitalization.dietPreference */
	{ 9760, 26, 8, M, 0 }, /* Encounter.hospitalization.specialCourtesy */
	{ 9776, 26, 9, M, 0 }, /* Encounter.hospitalization.specialArrangement */
	{ 7720, 53, 10, 0, 0 }, /* Encounter.hospitalization.destination */
	{ 9795, 26, 11, 0, 0 }, /* Encounter.hospitalization.dischargeDisposition */
	{ 0, 13, 0, A, 0 }, /* Encounter.location.id */
	{ 3, 38, 1, M, 0 }, /* Encounter.location.extension */
	{ 13, 38, 2, M, 0 }, /* Encounter.location.modifierExtension */
	{ 6485, 53, 3, R, 0 }, /* Encounter.location.location */
	{ 4558, 3, 4, 0, 0 }, /* Encounter.location.status */
	{ 7352, 26, 5, 0, 0 }, /* Encounter.location.physicalType */
	{ 89, 46, 6, 0, 0 }, /* Encounter.location.period */
	{ 0, 13, 0, A, 0 }, /* EpisodeOfCare.statusHistory.id */
	{ 3, 38, 1, M, 0 }, /* EpisodeOfCare.statusHistory.extension */
	{ 13, 38, 2, M, 0 }, /* EpisodeOfCare.statusHistory.modifierExtension */
	{ 4558, 3, 3, R, 0 }, /* EpisodeOfCare.statusHistory.status */
	{ 89, 46, 4, R, 0 }, /* EpisodeOfCare.statusHistory.period */
	{ 0, 13, 0, A, 0 }, /* EpisodeOfCare.diagnosis.id */
	{ 3, 38, 1, M, 0 }, /* EpisodeOfCare.diagnosis.extension */
	{ 13, 38, 2, M, 0 }, /* EpisodeOfCare.diagnosis.modifierExtension */
	{ 3692, 53, 3, R, 0 }, /* EpisodeOfCare.diagnosis.condition */
	{ 9059, 26, 4, 0, 0 }, /* EpisodeOfCare.diagnosis.role */
	{ 275, 12, 5, 0, 0 }, /* EpisodeOfCare.diagnosis.rank */
	{ 0, 13, 0, A, 0 }, /* Goal.target.id */
	{ 3, 38, 1, M, 0 }, /* Goal.target.extension */
	{ 13, 38, 2, M, 0 }, /* Goal.target.modifierExtension */
	{ 9816, 26, 3, 0, 0 }, /* Goal.target.measure */
	{ 9131, 380, 4, C, 7 }, /* Goal.target.detail */
	{ 9926, 387, 5, C, 2 }, /* Goal.target.due */
	{ 0, 13, 0, A, 0 }, /* Group.characteristic.id */
	{ 3, 38, 1, M, 0 }, /* Group.characteristic.extension */
	{ 13, 38, 2, M, 0 }, /* Group.characteristic.modifierExtension */
	{ 125, 26, 3, R, 0 }, /* Group.characteristic.code */
	{ 96, 389, 4, R|C, 5 }, /* Group.characteristic.value */
	{ 9950, 1, 5, R, 0 }, /* Group.characteristic.exclude */
	{ 89, 46, 6, 0, 0 }, /* Group.characteristic.period */
	{ 0, 13, 0, A, 0 }, /* Group.member.id */
	{ 3, 38, 1, M, 0 }, /* Group.member.extension */
	{ 13, 38, 2, M, 0 }, /* Group.member.modifierExtension */
	{ 5650, 53, 3, R, 0 }, /* Group.member.entity */
	{ 89, 46, 4, 0, 0 }, /* Group.member.period */
	{ 9958, 1, 5, 0, 0 }, /* Group.member.inactive */
	{ 0, 13, 0, A, 0 }, /* HealthcareService.eligibility.id */
	{ 3, 38, 1, M, 0 }, /* HealthcareService.eligibility.extension */
	{ 13, 38, 2, M, 0 }, /* HealthcareService.eligibility.modifierExtension */
	{ 125, 26, 3, 0, 0 }, /* HealthcareService.eligibility.code */
	{ 667, 10, 4, 0, 0 }, /* HealthcareService.eligibility.comment */
	{ 0, 13, 0, A, 0 }, /* HealthcareService.availableTime.id */
	{ 3, 38, 1, M, 0 }, /* HealthcareService.availableTime.extension */
	{ 13, 38, 2, M, 0 }, /* HealthcareService.availableTime.modifierExtension */
	{ 9967, 3, 3, M, 0 }, /* HealthcareService.availableTime.daysOfWeek */
	{ 9978, 1, 4, 0, 0 }, /* HealthcareService.availableTime.allDay */
	{ 9985, 14, 5, 0, 0 }, /* HealthcareService.availableTime.availableStartTime */
	{ 10004, 14, 6, 0, 0 }, /* HealthcareService.availableTime.availableEndTime */
	{ 0, 13, 0, A, 0 }, /* HealthcareService.notAvailable.id */
	{ 3, 38, 1, M, 0 }, /* HealthcareService.notAvailable.extension */
	{ 13, 38, 2, M, 0 }, /* HealthcareService.notAvailable.modifierExtension */
	{ 3767, 13, 3, R, 0 }, /* HealthcareService.notAvailable.description */
	{ 10021, 46, 4, 0, 0 }, /* HealthcareService.notAvailable.during */
	{ 0, 13, 0, A, 0 }, /* List.entry.id */
	{ 3, 38, 1, M, 0 }, /* List.entry.extension */
	{ 13, 38, 2, M, 0 }, /* List.entry.modifierExtension */
	{ 10028, 26, 3, 0, 0 }, /* List.entry.flag */
	{ 10033, 1, 4, 0, 0 }, /* List.entry.deleted */
	{ 6033, 5, 5, 0, 0 }, /* List.entry.date */
	{ 8373, 53, 6, R, 0 }, /* List.entry.item */
	{ 0, 13, 0, A, 0 }, /* Location.position.id */
	{ 3, 38, 1, M, 0 }, /* Location.position.extension */
	{ 13, 38, 2, M, 0 }, /* Location.position.modifierExtension */
	{ 10041, 6, 3, R, 0 }, /* Location.position.longitude */
	{ 10051, 6, 4, R, 0 }, /* Location.position.latitude */
	{ 10060, 6, 5, 0, 0 }, /* Location.position.altitude */
	{ 0, 13, 0, A, 0 }, /* Location.hoursOfOperation.id */
	{ 3, 38, 1, M, 0 }, /* Location.hoursOfOperation.extension */
	{ 13, 38, 2, M, 0 }, /* Location.hoursOfOperation.modifierExtension */
	{ 9967, 3, 3, M, 0 }, /* Location.hoursOfOperation.daysOfWeek */
	{ 9978, 1, 4, 0, 0 }, /* Location.hoursOfOperation.allDay */
	{ 10069, 14, 5, 0, 0 }, /* Location.hoursOfOperation.openingTime */
	{ 10081, 14, 6, 0, 0 }, /* Location.hoursOfOperation.closingTime */
	{ 0, 13, 0, A, 0 }, /* Medication.ingredient.id */
	{ 3, 38, 1, M, 0 }, /* Medication.ingredient.extension */
	{ 13, 38, 2, M, 0 }, /* Medication.ingredient.modifierExtension */
	{ 8373, 394, 3, R|C, 2 }, /* Medication.ingredient.item */
	{ 10127, 1, 4, 0, 0 }, /* Medication.ingredient.isActive */
	{ 8798, 52, 5, 0, 0 }, /* Medication.ingredient.strength */
	{ 0, 13, 0, A, 0 }, /* Medication.batch.id */
	{ 3, 38, 1, M, 0 }, /* Medication.batch.extension */
	{ 13, 38, 2, M, 0 }, /* Medication.batch.modifierExtension */
	{ 6398, 13, 3, 0, 0 }, /* Medication.batch.lotNumber */
	{ 6383, 5, 4, 0, 0 }, /* Medication.batch.expirationDate */
	{ 0, 13, 0, A, 0 }, /* MedicationRequest.dispenseRequest.id */
	{ 3, 38, 1, M, 0 }, /* MedicationRequest.dispenseRequest.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationRequest.dispenseRequest.modifierExtension */
	{ 10136, 179, 3, 0, 0 }, /* MedicationRequest.dispenseRequest.initialFill */
	{ 10148, 35, 4, 0, 0 }, /* MedicationRequest.dispenseRequest.dispenseInterval */
	{ 10165, 46, 5, 0, 0 }, /* MedicationRequest.dispenseRequest.validityPeriod */
	{ 10180, 15, 6, 0, 0 }, /* MedicationRequest.dispenseRequest.numberOfRepeatsAllowed */
	{ 7069, 50, 7, 0, 0 }, /* MedicationRequest.dispenseRequest.quantity */
	{ 10203, 35, 8, 0, 0 }, /* MedicationRequest.dispenseRequest.expectedSupplyDuration */
	{ 6227, 53, 9, 0, 0 }, /* MedicationRequest.dispenseRequest.performer */
	{ 0, 13, 0, A, 0 }, /* MedicationRequest.dispenseRequest.initialFill.id */
	{ 3, 38, 1, M, 0 }, /* MedicationRequest.dispenseRequest.initialFill.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationRequest.dispenseRequest.initialFill.modifierExtension */
	{ 7069, 50, 3, 0, 0 }, /* MedicationRequest.dispenseRequest.initialFill.quantity */
	{ 8901, 35, 4, 0, 0 }, /* MedicationRequest.dispenseRequest.initialFill.duration */
	{ 0, 13, 0, A, 0 }, /* MedicationRequest.substitution.id */
	{ 3, 38, 1, M, 0 }, /* MedicationRequest.substitution.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationRequest.substitution.modifierExtension */
	{ 10226, 396, 3, R|C, 2 }, /* MedicationRequest.substitution.allowed */
	{ 7752, 26, 4, 0, 0 }, /* MedicationRequest.substitution.reason */
	{ 0, 13, 0, A, 0 }, /* MessageHeader.destination.id */
	{ 3, 38, 1, M, 0 }, /* MessageHeader.destination.extension */
	{ 13, 38, 2, M, 0 }, /* MessageHeader.destination.modifierExtension */
	{ 262, 13, 3, 0, 0 }, /* MessageHeader.destination.name */
	{ 6996, 53, 4, 0, 0 }, /* MessageHeader.destination.target */
	{ 7298, 17, 5, R, 0 }, /* MessageHeader.destination.endpoint */
	{ 10272, 53, 6, 0, 0 }, /* MessageHeader.destination.receiver */
	{ 0, 13, 0, A, 0 }, /* MessageHeader.source.id */
	{ 3, 38, 1, M, 0 }, /* MessageHeader.source.extension */
	{ 13, 38, 2, M, 0 }, /* MessageHeader.source.modifierExtension */
	{ 262, 13, 3, 0, 0 }, /* MessageHeader.source.name */
	{ 10281, 13, 4, 0, 0 }, /* MessageHeader.source.software */
	{ 233, 13, 5, 0, 0 }, /* MessageHeader.source.version */
	{ 280, 29, 6, 0, 0 }, /* MessageHeader.source.contact */
	{ 7298, 17, 7, R, 0 }, /* MessageHeader.source.endpoint */
	{ 0, 13, 0, A, 0 }, /* MessageHeader.response.id */
	{ 3, 38, 1, M, 0 }, /* MessageHeader.response.extension */
	{ 13, 38, 2, M, 0 }, /* MessageHeader.response.modifierExtension */
	{ 4824, 7, 3, R, 0 }, /* MessageHeader.response.identifier */
	{ 125, 3, 4, R, 0 }, /* MessageHeader.response.code */
	{ 10290, 53, 5, 0, 0 }, /* MessageHeader.response.details */
	{ 0, 13, 0, A, 0 }, /* Observation.referenceRange.id */
	{ 3, 38, 1, M, 0 }, /* Observation.referenceRange.extension */
	{ 13, 38, 2, M, 0 }, /* Observation.referenceRange.modifierExtension */
	{ 4864, 50, 3, 0, 0 }, /* Observation.referenceRange.low */
	{ 4868, 50, 4, 0, 0 }, /* Observation.referenceRange.high */
	{ 35, 26, 5, 0, 0 }, /* Observation.referenceRange.type */
	{ 10298, 26, 6, M, 0 }, /* Observation.referenceRange.appliesTo */
	{ 4666, 51, 7, 0, 0 }, /* Observation.referenceRange.age */
	{ 40, 13, 8, 0, 0 }, /* Observation.referenceRange.text */
	{ 0, 13, 0, A, 0 }, /* Observation.component.id */
	{ 3, 38, 1, M, 0 }, /* Observation.component.extension */
	{ 13, 38, 2, M, 0 }, /* Observation.component.modifierExtension */
	{ 125, 26, 3, R, 0 }, /* Observation.component.code */
	{ 96, 398, 4, C, 11 }, /* Observation.component.value */
	{ 7807, 26, 5, 0, 0 }, /* Observation.component.dataAbsentReason */
	{ 7824, 26, 6, M, 0 }, /* Observation.component.interpretation */
	{ 5081, 184, 7, M, 0 }, /* Observation.component.referenceRange */
	{ 0, 13, 0, A, 0 }, /* OperationOutcome.issue.id */
	{ 3, 38, 1, M, 0 }, /* OperationOutcome.issue.extension */
	{ 13, 38, 2, M, 0 }, /* OperationOutcome.issue.modifierExtension */
	{ 6091, 3, 3, R, 0 }, /* OperationOutcome.issue.severity */
	{ 125, 3, 4, R, 0 }, /* OperationOutcome.issue.code */
	{ 10290, 26, 5, 0, 0 }, /* OperationOutcome.issue.details */
	{ 10308, 13, 6, 0, 0 }, /* OperationOutcome.issue.diagnostics */
	{ 6485, 13, 7, M, 0 }, /* OperationOutcome.issue.location */
	{ 3779, 13, 8, M, 0 }, /* OperationOutcome.issue.expression */
	{ 0, 13, 0, A, 0 }, /* Organization.contact.id */
	{ 3, 38, 1, M, 0 }, /* Organization.contact.extension */
	{ 13, 38, 2, M, 0 }, /* Organization.contact.modifierExtension */
	{ 8327, 26, 3, 0, 0 }, /* Organization.contact.purpose */
	{ 262, 39, 4, 0, 0 }, /* Organization.contact.name */
	{ 267, 29, 5, M, 0 }, /* Organization.contact.telecom */
	{ 6883, 22, 6, 0, 0 }, /* Organization.contact.address */
	{ 0, 13, 0, A, 0 }, /* Parameters.parameter.id */
	{ 3, 38, 1, M, 0 }, /* Parameters.parameter.extension */
	{ 13, 38, 2, M, 0 }, /* Parameters.parameter.modifierExtension */
	{ 262, 13, 3, R, 0 }, /* Parameters.parameter.name */
	{ 96, 409, 4, C, 50 }, /* Parameters.parameter.value */
	{ 4913, 63, 5, 0, 0 }, /* Parameters.parameter.resource */
	{ 10320, 188, 6, M, 0 }, /* Parameters.parameter.part */
	{ 0, 13, 0, A, 0 }, /* Patient.contact.id */
	{ 3, 38, 1, M, 0 }, /* Patient.contact.extension */
	{ 13, 38, 2, M, 0 }, /* Patient.contact.modifierExtension */
	{ 8401, 26, 3, M, 0 }, /* Patient.contact.relationship */
	{ 262, 39, 4, 0, 0 }, /* Patient.contact.name */
	{ 267, 29, 5, M, 0 }, /* Patient.contact.telecom */
	{ 6883, 22, 6, 0, 0 }, /* Patient.contact.address */
	{ 4698, 3, 7, 0, 0 }, /* Patient.contact.gender */
	{ 6237, 53, 8, 0, 0 }, /* Patient.contact.organization */
	{ 89, 46, 9, 0, 0 }, /* Patient.contact.period */
	{ 0, 13, 0, A, 0 }, /* Patient.communication.id */
	{ 3, 38, 1, M, 0 }, /* Patient.communication.extension */
	{ 13, 38, 2, M, 0 }, /* Patient.communication.modifierExtension */
	{ 183, 26, 3, R, 0 }, /* Patient.communication.language */
	{ 10325, 1, 4, 0, 0 }, /* Patient.communication.preferred */
	{ 0, 13, 0, A, 0 }, /* Patient.link.id */
	{ 3, 38, 1, M, 0 }, /* Patient.link.extension */
	{ 13, 38, 2, M, 0 }, /* Patient.link.modifierExtension */
	{ 10335, 53, 3, R, 0 }, /* Patient.link.other */
	{ 35, 3, 4, R, 0 }, /* Patient.link.type */
	{ 0, 13, 0, A, 0 }, /* Practitioner.qualification.id */
	{ 3, 38, 1, M, 0 }, /* Practitioner.qualification.extension */
	{ 13, 38, 2, M, 0 }, /* Practitioner.qualification.modifierExtension */
	{ 4824, 40, 3, M, 0 }, /* Practitioner.qualification.identifier */
	{ 125, 26, 4, R, 0 }, /* Practitioner.qualification.code */
	{ 89, 46, 5, 0, 0 }, /* Practitioner.qualification.period */
	{ 9563, 53, 6, 0, 0 }, /* Practitioner.qualification.issuer */
	{ 0, 13, 0, A, 0 }, /* PractitionerRole.availableTime.id */
	{ 3, 38, 1, M, 0 }, /* PractitionerRole.availableTime.extension */
	{ 13, 38, 2, M, 0 }, /* PractitionerRole.availableTime.modifierExtension */
	{ 9967, 3, 3, M, 0 }, /* PractitionerRole.availableTime.daysOfWeek */
	{ 9978, 1, 4, 0, 0 }, /* PractitionerRole.availableTime.allDay */
	{ 9985, 14, 5, 0, 0 }, /* PractitionerRole.availableTime.availableStartTime */
	{ 10004, 14, 6, 0, 0 }, /* PractitionerRole.availableTime.availableEndTime */
	{ 0, 13, 0, A, 0 }, /* PractitionerRole.notAvailable.id */
	{ 3, 38, 1, M, 0 }, /* PractitionerRole.notAvailable.extension */
	{ 13, 38, 2, M, 0 }, /* PractitionerRole.notAvailable.modifierExtension */
	{ 3767, 13, 3, R, 0 }, /* PractitionerRole.notAvailable.description */
	{ 10021, 46, 4, 0, 0 }, /* PractitionerRole.notAvailable.during */
	{ 0, 13, 0, A, 0 }, /* Procedure.performer.id */
	{ 3, 38, 1, M, 0 }, /* Procedure.performer.extension */
	{ 13, 38, 2, M, 0 }, /* Procedure.performer.modifierExtension */
	{ 10341, 26, 3, 0, 0 }, /* Procedure.performer.function */
	{ 9044, 53, 4, R, 0 }, /* Procedure.performer.actor */
	{ 4978, 53, 5, 0, 0 }, /* Procedure.performer.onBehalfOf */
	{ 0, 13, 0, A, 0 }, /* Procedure.focalDevice.id */
	{ 3, 38, 1, M, 0 }, /* Procedure.focalDevice.extension */
	{ 13, 38, 2, M, 0 }, /* Procedure.focalDevice.modifierExtension */
	{ 5593, 26, 3, 0, 0 }, /* Procedure.focalDevice.action */
	{ 10350, 53, 4, R, 0 }, /* Procedure.focalDevice.manipulated */
	{ 0, 13, 0, A, 0 }, /* Provenance.agent.id */
	{ 3, 38, 1, M, 0 }, /* Provenance.agent.extension */
	{ 13, 38, 2, M, 0 }, /* Provenance.agent.modifierExtension */
	{ 35, 26, 3, 0, 0 }, /* Provenance.agent.type */
	{ 9059, 26, 4, M, 0 }, /* Provenance.agent.role */
	{ 4974, 53, 5, R, 0 }, /* Provenance.agent.who */
	{ 4978, 53, 6, 0, 0 }, /* Provenance.agent.onBehalfOf */
	{ 0, 13, 0, A, 0 }, /* Provenance.entity.id */
	{ 3, 38, 1, M, 0 }, /* Provenance.entity.extension */
	{ 13, 38, 2, M, 0 }, /* Provenance.entity.modifierExtension */
	{ 9059, 3, 3, R, 0 }, /* Provenance.entity.role */
	{ 9110, 53, 4, R, 0 }, /* Provenance.entity.what */
	{ 5644, 197, 5, M, 0 }, /* Provenance.entity.agent */
	{ 0, 13, 0, A, 0 }, /* Questionnaire.item.id */
	{ 3, 38, 1, M, 0 }, /* Questionnaire.item.extension */
	{ 13, 38, 2, M, 0 }, /* Questionnaire.item.modifierExtension */
	{ 10362, 13, 3, R, 0 }, /* Questionnaire.item.linkId */
	{ 656, 16, 4, 0, 0 }, /* Questionnaire.item.definition */
	{ 125, 27, 5, M, 0 }, /* Questionnaire.item.code */
	{ 4522, 13, 6, 0, 0 }, /* Questionnaire.item.prefix */
	{ 40, 13, 7, 0, 0 }, /* Questionnaire.item.text */
	{ 35, 3, 8, R, 0 }, /* Questionnaire.item.type */
	{ 10369, 200, 9, M, 0 }, /* Questionnaire.item.enableWhen */
	{ 10380, 3, 10, 0, 0 }, /* Questionnaire.item.enableBehavior */
	{ 9050, 1, 11, 0, 0 }, /* Questionnaire.item.required */
	{ 10395, 1, 12, 0, 0 }, /* Questionnaire.item.repeats */
	{ 10403, 1, 13, 0, 0 }, /* Questionnaire.item.readOnly */
	{ 3682, 9, 14, 0, 0 }, /* Questionnaire.item.maxLength */
	{ 10412, 2, 15, 0, 0 }, /* Questionnaire.item.answerValueSet */
	{ 10427, 201, 16, M, 0 }, /* Questionnaire.item.answerOption */
	{ 10440, 202, 17, M, 0 }, /* Questionnaire.item.initial */
	{ 8373, 199, 18, M, 0 }, /* Questionnaire.item.item */
	{ 0, 13, 0, A, 0 }, /* Questionnaire.item.enableWhen.id */
	{ 3, 38, 1, M, 0 }, /* Questionnaire.item.enableWhen.extension */
	{ 13, 38, 2, M, 0 }, /* Questionnaire.item.enableWhen.modifierExtension */
	{ 10448, 13, 3, R, 0 }, /* Questionnaire.item.enableWhen.question */
	{ 10457, 3, 4, R, 0 }, /* Questionnaire.item.enableWhen.operator */
	{ 10466, 459, 5, R|C, 10 }, /* Questionnaire.item.enableWhen.answer */
	{ 0, 13, 0, A, 0 }, /* Questionnaire.item.answerOption.id */
	{ 3, 38, 1, M, 0 }, /* Questionnaire.item.answerOption.extension */
	{ 13, 38, 2, M, 0 }, /* Questionnaire.item.answerOption.modifierExtension */
	{ 96, 469, 3, R|C, 6 }, /* Questionnaire.item.answerOption.value */
	{ 10609, 1, 4, 0, 0 }, /* Questionnaire.item.answerOption.initialSelected */
	{ 0, 13, 0, A, 0 }, /* Questionnaire.item.initial.id */
	{ 3, 38, 1, M, 0 }, /* Questionnaire.item.initial.extension */
	{ 13, 38, 2, M, 0 }, /* Questionnaire.item.initial.modifierExtension */
	{ 96, 475, 3, R|C, 12 }, /* Questionnaire.item.initial.value */
	{ 0, 13, 0, A, 0 }, /* QuestionnaireResponse.item.id */
	{ 3, 38, 1, M, 0 }, /* QuestionnaireResponse.item.extension */
	{ 13, 38, 2, M, 0 }, /* QuestionnaireResponse.item.modifierExtension */
	{ 10362, 13, 3, R, 0 }, /* QuestionnaireResponse.item.linkId */
	{ 656, 16, 4, 0, 0 }, /* QuestionnaireResponse.item.definition */
	{ 40, 13, 5, 0, 0 }, /* QuestionnaireResponse.item.text */
	{ 10466, 204, 6, M, 0 }, /* QuestionnaireResponse.item.answer */
	{ 8373, 203, 7, M, 0 }, /* QuestionnaireResponse.item.item */
	{ 0, 13, 0, A, 0 }, /* QuestionnaireResponse.item.answer.id */
	{ 3, 38, 1, M, 0 }, /* QuestionnaireResponse.item.answer.extension */
	{ 13, 38, 2, M, 0 }, /* QuestionnaireResponse.item.answer.modifierExtension */
	{ 96, 487, 3, C, 12 }, /* QuestionnaireResponse.item.answer.value */
	{ 8373, 203, 4, M, 0 }, /* QuestionnaireResponse.item.answer.item */
	{ 0, 13, 0, A, 0 }, /* RelatedPerson.communication.id */
	{ 3, 38, 1, M, 0 }, /* RelatedPerson.communication.extension */
	{ 13, 38, 2, M, 0 }, /* RelatedPerson.communication.modifierExtension */
	{ 183, 26, 3, R, 0 }, /* RelatedPerson.communication.language */
	{ 10325, 1, 4, 0, 0 }, /* RelatedPerson.communication.preferred */
	{ 0, 13, 0, A, 0 }, /* Task.restriction.id */
	{ 3, 38, 1, M, 0 }, /* Task.restriction.extension */
	{ 13, 38, 2, M, 0 }, /* Task.restriction.modifierExtension */
	{ 10625, 12, 3, 0, 0 }, /* Task.restriction.repetitions */
	{ 89, 46, 4, 0, 0 }, /* Task.restriction.period */
	{ 5911, 53, 5, M, 0 }, /* Task.restriction.recipient */
	{ 0, 13, 0, A, 0 }, /* Task.input.id */
	{ 3, 38, 1, M, 0 }, /* Task.input.extension */
	{ 13, 38, 2, M, 0 }, /* Task.input.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* Task.input.type */
	{ 96, 499, 4, R|C, 50 }, /* Task.input.value */
	{ 0, 13, 0, A, 0 }, /* Task.output.id */
	{ 3, 38, 1, M, 0 }, /* Task.output.extension */
	{ 13, 38, 2, M, 0 }, /* Task.output.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* Task.output.type */
	{ 96, 549, 4, R|C, 50 }, /* Task.output.value */
};

/* Expanded choice names ("valueQuantity") and their types. */
const fhir_choice fhir_choices[] = {
	{ 137, 53 }, { 153, 13 }, { 304, 26 }, { 327, 53 }, { 455, 1 }, { 471, 26 },
	{ 737, 0 }, { 762, 1 }, { 782, 2 }, { 804, 3 }, { 821, 4 }, { 838, 5 },
	{ 859, 6 }, { 879, 7 }, { 894, 8 }, { 914, 9 }, { 934, 10 }, { 955, 11 },
	{ 971, 12 }, { 995, 13 }, { 1014, 14 }, { 1031, 15 }, { 1055, 16 }, { 1071, 17 },
	{ 1087, 18 }, { 1104, 22 }, { 1124, 23 }, { 1140, 24 }, { 1163, 25 }, { 1186, 26 },
	{ 1214, 27 }, { 1233, 29 }, { 1258, 31 }, { 1276, 33 }, { 1297, 35 }, { 1318, 39 },
	{ 1340, 40 }, { 1363, 43 }, { 1381, 46 }, { 1400, 50 }, { 1421, 51 }, { 1439, 52 },
	{ 1457, 53 }, { 1479, 55 }, { 1503, 56 }, { 1525, 58 }, { 1544, 28 }, { 1570, 30 },
	{ 1594, 32 }, { 1622, 37 }, { 1645, 45 }, { 1677, 54 }, { 1705, 59 }, { 1735, 60 },
	{ 1760, 34 }, { 1779, 42 }, { 1834, 0 }, { 1852, 1 }, { 1865, 2 }, { 1880, 3 },
	{ 1890, 4 }, { 1900, 5 }, { 1914, 6 }, { 1927, 7 }, { 1935, 8 }, { 1948, 9 },
	{ 1961, 10 }, { 1975, 11 }, { 1984, 12 }, { 2001, 13 }, { 2013, 14 }, { 2023, 15 },
	{ 2040, 16 }, { 2049, 17 }, { 2058, 18 }, { 2068, 22 }, { 2081, 23 }, { 2090, 24 },
	{ 2106, 25 }, { 2122, 26 }, { 2143, 27 }, { 2155, 29 }, { 2173, 31 }, { 2184, 33 },
	{ 2198, 35 }, { 2212, 39 }, { 2227, 40 }, { 2243, 43 }, { 2254, 46 }, { 2266, 50 },
	{ 2280, 51 }, { 2291, 52 }, { 2302, 53 }, { 2317, 55 }, { 2334, 56 }, { 2349, 58 },
	{ 2361, 28 }, { 2380, 30 }, { 2397, 32 }, { 2418, 37 }, { 2434, 45 }, { 2459, 54 },
	{ 2480, 59 }, { 2503, 60 }, { 2521, 34 }, { 2533, 42 }, { 2551, 0 }, { 2571, 1 },
	{ 2586, 2 }, { 2603, 3 }, { 2615, 4 }, { 2627, 5 }, { 2643, 6 }, { 2658, 7 },
	{ 2668, 8 }, { 2683, 9 }, { 2698, 10 }, { 2714, 11 }, { 2725, 12 }, { 2744, 13 },
	{ 2758, 14 }, { 2770, 15 }, { 2789, 16 }, { 2800, 17 }, { 2811, 18 }, { 2823, 22 },
	{ 2838, 23 }, { 2849, 24 }, { 2867, 25 }, { 2885, 26 }, { 2908, 27 }, { 2922, 29 },
	{ 2942, 31 }, { 2955, 33 }, { 2971, 35 }, { 2987, 39 }, { 3004, 40 }, { 3022, 43 },
	{ 3035, 46 }, { 3049, 50 }, { 3065, 51 }, { 3078, 52 }, { 3091, 53 }, { 3108, 55 },
	{ 3127, 56 }, { 3144, 58 }, { 3158, 28 }, { 3179, 30 }, { 3198, 32 }, { 3221, 37 },
	{ 3239, 45 }, { 3266, 54 }, { 3289, 59 }, { 3314, 60 }, { 3334, 34 }, { 3348, 42 },
	{ 3377, 4 }, { 3390, 5 }, { 3407, 8 }, { 3423, 14 }, { 3436, 6 }, { 3452, 9 },
	{ 3468, 12 }, { 3488, 15 }, { 3508, 50 }, { 3534, 4 }, { 3547, 5 }, { 3564, 8 },
	{ 3580, 14 }, { 3593, 6 }, { 3609, 9 }, { 3625, 12 }, { 3645, 15 }, { 3665, 50 },
	{ 3800, 0 }, { 3818, 1 }, { 3831, 2 }, { 3846, 3 }, { 3856, 4 }, { 3866, 5 },
	{ 3880, 6 }, { 3893, 7 }, { 3901, 8 }, { 3914, 9 }, { 3927, 10 }, { 3941, 11 },
	{ 3950, 12 }, { 3967, 13 }, { 3979, 14 }, { 3989, 15 }, { 4006, 16 }, { 4015, 17 },
	{ 4024, 18 }, { 4034, 22 }, { 4047, 23 }, { 4056, 24 }, { 4072, 25 }, { 4088, 26 },
	{ 4109, 27 }, { 4121, 29 }, { 4139, 31 }, { 4150, 33 }, { 4164, 35 }, { 4178, 39 },
	{ 4193, 40 }, { 4209, 43 }, { 4220, 46 }, { 4232, 50 }, { 4246, 51 }, { 4257, 52 },
	{ 4268, 53 }, { 4283, 55 }, { 4300, 56 }, { 4315, 58 }, { 4327, 28 }, { 4346, 30 },
	{ 4363, 32 }, { 4384, 37 }, { 4400, 45 }, { 4425, 54 }, { 4446, 59 }, { 4469, 60 },
	{ 4487, 34 }, { 4499, 42 }, { 4670, 51 }, { 4679, 26 }, { 5019, 50 }, { 5034, 51 },
	{ 5046, 13 }, { 5109, 58 }, { 5122, 53 }, { 5138, 4 }, { 5149, 5 }, { 4088, 26 },
	{ 4232, 50 }, { 4246, 51 }, { 4268, 53 }, { 5272, 5 }, { 5286, 23 }, { 5295, 46 },
	{ 5307, 51 }, { 5318, 13 }, { 5976, 5 }, { 5995, 46 }, { 5272, 5 }, { 5286, 23 },
	{ 5295, 46 }, { 5307, 51 }, { 5318, 13 }, { 6119, 5 }, { 6137, 23 }, { 6150, 46 },
	{ 6166, 51 }, { 6181, 13 }, { 6250, 25 }, { 6267, 53 }, { 6518, 5 }, { 6536, 46 },
	{ 6965, 4 }, { 6975, 26 }, { 7422, 1 }, { 7438, 53 }, { 7467, 26 }, { 7493, 53 },
	{ 7467, 26 }, { 7493, 53 }, { 6518, 5 }, { 6536, 46 }, { 7699, 27 }, { 7711, 16 },
	{ 6518, 5 }, { 6536, 46 }, { 7774, 58 }, { 7790, 8 }, { 4232, 50 }, { 4088, 26 },
	{ 3967, 13 }, { 3818, 1 }, { 3914, 9 }, { 4246, 51 }, { 4257, 52 }, { 4283, 55 },
	{ 3979, 14 }, { 3866, 5 }, { 4220, 46 }, { 7901, 1 }, { 7917, 5 }, { 7962, 1 },
	{ 7983, 9 }, { 8079, 5 }, { 8097, 46 }, { 8113, 13 }, { 8129, 23 }, { 8142, 51 },
	{ 8249, 46 }, { 8264, 5 }, { 8438, 50 }, { 8455, 52 }, { 8469, 51 }, { 5976, 5 },
	{ 5995, 46 }, { 8483, 58 }, { 455, 1 }, { 471, 26 }, { 3866, 5 }, { 4220, 46 },
	{ 4164, 35 }, { 8656, 51 }, { 8666, 50 }, { 8684, 52 }, { 8694, 51 }, { 8704, 50 },
	{ 3800, 0 }, { 3818, 1 }, { 3831, 2 }, { 3846, 3 }, { 3856, 4 }, { 3866, 5 },
	{ 3880, 6 }, { 3893, 7 }, { 3901, 8 }, { 3914, 9 }, { 3927, 10 }, { 3941, 11 },
	{ 3950, 12 }, { 3967, 13 }, { 3979, 14 }, { 3989, 15 }, { 4006, 16 }, { 4015, 17 },
	{ 4024, 18 }, { 4034, 22 }, { 4047, 23 }, { 4056, 24 }, { 4072, 25 }, { 4088, 26 },
	{ 4109, 27 }, { 4121, 29 }, { 4139, 31 }, { 4150, 33 }, { 4164, 35 }, { 4178, 39 },
	{ 4193, 40 }, { 4209, 43 }, { 4220, 46 }, { 4232, 50 }, { 4246, 51 }, { 4257, 52 },
	{ 4268, 53 }, { 4283, 55 }, { 4300, 56 }, { 4315, 58 }, { 4327, 28 }, { 4346, 30 },
	{ 4363, 32 }, { 4384, 37 }, { 4400, 45 }, { 4425, 54 }, { 4446, 59 }, { 4469, 60 },
	{ 4487, 34 }, { 4499, 42 }, { 8846, 35 }, { 8861, 51 }, { 8873, 46 }, { 3967, 13 },
	{ 3800, 0 }, { 9276, 58 }, { 9292, 46 }, { 9308, 13 }, { 9332, 26 }, { 9355, 53 },
	{ 9384, 13 }, { 9398, 25 }, { 707, 53 }, { 9384, 13 }, { 9398, 25 }, { 707, 53 },
	{ 9422, 40 }, { 9439, 53 }, { 9824, 50 }, { 9839, 51 }, { 9851, 26 }, { 9873, 13 },
	{ 9886, 1 }, { 9900, 9 }, { 9914, 52 }, { 9930, 4 }, { 9938, 35 }, { 4088, 26 },
	{ 3818, 1 }, { 4232, 50 }, { 4246, 51 }, { 4268, 53 }, { 10093, 26 }, { 10113, 53 },
	{ 10234, 1 }, { 10249, 26 }, { 4232, 50 }, { 4088, 26 }, { 3967, 13 }, { 3818, 1 },
	{ 3914, 9 }, { 4246, 51 }, { 4257, 52 }, { 4283, 55 }, { 3979, 14 }, { 3866, 5 },
	{ 4220, 46 }, { 3800, 0 }, { 3818, 1 }, { 3831, 2 }, { 3846, 3 }, { 3856, 4 },
	{ 3866, 5 }, { 3880, 6 }, { 3893, 7 }, { 3901, 8 }, { 3914, 9 }, { 3927, 10 },
	{ 3941, 11 }, { 3950, 12 }, { 3967, 13 }, { 3979, 14 }, { 3989, 15 }, { 4006, 16 },
	{ 4015, 17 }, { 4024, 18 }, { 4034, 22 }, { 4047, 23 }, { 4056, 24 }, { 4072, 25 },
	{ 4088, 26 }, { 4109, 27 }, { 4121, 29 }, { 4139, 31 }, { 4150, 33 }, { 4164, 35 },
	{ 4178, 39 }, { 4193, 40 }, { 4209, 43 }, { 4220, 46 }, { 4232, 50 }, { 4246, 51 },
	{ 4257, 52 }, { 4268, 53 }, { 4283, 55 }, { 4300, 56 }, { 4315, 58 }, { 4327, 28 },
	{ 4346, 30 }, { 4363, 32 }, { 4384, 37 }, { 4400, 45 }, { 4425, 54 }, { 4446, 59 },
	{ 4469, 60 }, { 4487, 34 }, { 4499, 42 }, { 10473, 1 }, { 10487, 6 }, { 10501, 9 },
	{ 10515, 4 }, { 10526, 5 }, { 10541, 14 }, { 10552, 13 }, { 10565, 27 }, { 10578, 50 },
	{ 10593, 53 }, { 3914, 9 }, { 3856, 4 }, { 3979, 14 }, { 3967, 13 }, { 4109, 27 },
	{ 4268, 53 }, { 3818, 1 }, { 3880, 6 }, { 3914, 9 }, { 3856, 4 }, { 3866, 5 },
	{ 3979, 14 }, { 3967, 13 }, { 4006, 16 }, { 4072, 25 }, { 4109, 27 }, { 4232, 50 },
	{ 4268, 53 }, { 3818, 1 }, { 3880, 6 }, { 3914, 9 }, { 3856, 4 }, { 3866, 5 },
	{ 3979, 14 }, { 3967, 13 }, { 4006, 16 }, { 4072, 25 }, { 4109, 27 }, { 4232, 50 },
	{ 4268, 53 }, { 3800, 0 }, { 3818, 1 }, { 3831, 2 }, { 3846, 3 }, { 3856, 4 },
	{ 3866, 5 }, { 3880, 6 }, { 3893, 7 }, { 3901, 8 }, { 3914, 9 }, { 3927, 10 },
	{ 3941, 11 }, { 3950, 12 }, { 3967, 13 }, { 3979, 14 }, { 3989, 15 }, { 4006, 16 },
	{ 4015, 17 }, { 4024, 18 }, { 4034, 22 }, { 4047, 23 }, { 4056, 24 }, { 4072, 25 },
	{ 4088, 26 }, { 4109, 27 }, { 4121, 29 }, { 4139, 31 }, { 4150, 33 }, { 4164, 35 },
	{ 4178, 39 }, { 4193, 40 }, { 4209, 43 }, { 4220, 46 }, { 4232, 50 }, { 4246, 51 },
	{ 4257, 52 }, { 4268, 53 }, { 4283, 55 }, { 4300, 56 }, { 4315, 58 }, { 4327, 28 },
	{ 4346, 30 }, { 4363, 32 }, { 4384, 37 }, { 4400, 45 }, { 4425, 54 }, { 4446, 59 },
	{ 4469, 60 }, { 4487, 34 }, { 4499, 42 }, { 3800, 0 }, { 3818, 1 }, { 3831, 2 },
	{ 3846, 3 }, { 3856, 4 }, { 3866, 5 }, { 3880, 6 }, { 3893, 7 }, { 3901, 8 },
	{ 3914, 9 }, { 3927, 10 }, { 3941, 11 }, { 3950, 12 }, { 3967, 13 }, { 3979, 14 },
	{ 3989, 15 }, { 4006, 16 }, { 4015, 17 }, { 4024, 18 }, { 4034, 22 }, { 4047, 23 },
	{ 4056, 24 }, { 4072, 25 }, { 4088, 26 }, { 4109, 27 }, { 4121, 29 }, { 4139, 31 },
	{ 4150, 33 }, { 4164, 35 }, { 4178, 39 }, { 4193, 40 }, { 4209, 43 }, { 4220, 46 },
	{ 4232, 50 }, { 4246, 51 }, { 4257, 52 }, { 4268, 53 }, { 4283, 55 }, { 4300, 56 },
	{ 4315, 58 }, { 4327, 28 }, { 4346, 30 }, { 4363, 32 }, { 4384, 37 }, { 4400, 45 },
	{ 4425, 54 }, { 4446, 59 }, { 4469, 60 }, { 4487, 34 }, { 4499, 42 },
};
