/*
 * GENERATED FILE - DO NOT EDIT.
 *
 * Made by connector/fhir/gen/gen-tables.js from FHIR.js (npm "fhir" 4.12.0)
 * profiles/types.json (FHIR R4 4.0.1): every resource type and data type.
 * To regenerate:
 *   make regen-fhir FHIR_TYPES_JSON=/path/to/node_modules/fhir/profiles/types.json
 * 684 types (146 resources), 7456 elements, 987 choice types.
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
	"servicePeriod\0""coverage\0""owner\0""guarantor\0""partOf\0""subtitle\0"
	"experimental\0""date\0""publisher\0""useContext\0""purpose\0""usage\0"
	"copyright\0""approvalDate\0""lastReviewDate\0""effectivePeriod\0""topic\0"
	"editor\0""reviewer\0""endorser\0""relatedArtifact\0""library\0""kind\0"
	"intent\0""priority\0""doNotPerform\0""timingAge\0""timingPeriod\0"
	"timingRange\0""timingDuration\0""location\0""participant\0""product\0"
	"productReference\0""productCodeableConcept\0""quantity\0""dosage\0"
	"bodySite\0""specimenRequirement\0""observationRequirement\0"
	"observationResultRequirement\0""transform\0""dynamicValue\0""actuality\0"
	"category\0""encounter\0""detected\0""recordedDate\0""resultingCondition\0"
	"seriousness\0""severity\0""outcome\0""recorder\0""contributor\0"
	"suspectEntity\0""subjectMedicalHistory\0""referenceDocument\0""study\0"
	"clinicalStatus\0""verificationStatus\0""criticality\0""patient\0""onset\0"
	"onsetDateTime\0""onsetAge\0""onsetPeriod\0""onsetRange\0""onsetString\0"
	"asserter\0""lastOccurrence\0""note\0""reaction\0""cancelationReason\0"
	"serviceCategory\0""serviceType\0""specialty\0""appointmentType\0"
	"reasonCode\0""reasonReference\0""supportingInformation\0"
	"minutesDuration\0""slot\0""created\0""basedOn\0""requestedPeriod\0"
	"appointment\0""participantType\0""actor\0""participantStatus\0""subtype\0"
	"action\0""recorded\0""outcomeDesc\0""purposeOfEvent\0""agent\0""entity\0"
	"securityContext\0""productCategory\0""productCode\0""request\0""parent\0"
	"collection\0""processing\0""manipulation\0""storage\0""active\0"
	"morphology\0""locationQualifier\0""timestamp\0""total\0""link\0""entry\0"
	"signature\0""instantiates\0""imports\0""software\0""implementation\0"
	"fhirVersion\0""format\0""patchFormat\0""implementationGuide\0""rest\0"
	"messaging\0""instantiatesCanonical\0""instantiatesUri\0""replaces\0"
	"careTeam\0""addresses\0""supportingInfo\0""goal\0""activity\0"
	"managingOrganization\0""orderable\0""referencedItem\0"
	"additionalIdentifier\0""classification\0""validityPeriod\0""validTo\0"
	"additionalCharacteristic\0""additionalClassification\0""relatedEntry\0"
	"definitionUri\0""definitionCanonical\0""context\0""occurrence\0"
	"occurrenceDateTime\0""occurrencePeriod\0""occurrenceTiming\0""performer\0"
	"performingOrganization\0""requestingOrganization\0""costCenter\0"
	"bodysite\0""factorOverride\0""priceOverride\0""overrideReason\0""enterer\0"
	"enteredDate\0""reason\0""service\0""account\0""derivedFromUri\0"
	"instance\0""applicability\0""propertyGroup\0""subType\0""billablePeriod\0"
	"insurer\0""provider\0""fundsReserve\0""related\0""prescription\0"
	"originalPrescription\0""payee\0""referral\0""facility\0""diagnosis\0"
	"procedure\0""insurance\0""accident\0""item\0""requestor\0""disposition\0"
	"preAuthRef\0""preAuthPeriod\0""payeeType\0""addItem\0""payment\0"
	"formCode\0""form\0""processNote\0""communicationRequest\0""error\0"
	"statusReason\0""effective\0""effectiveDateTime\0""assessor\0""previous\0"
	"problem\0""investigation\0""protocol\0""summary\0""finding\0"
	"prognosisCodeableConcept\0""prognosisReference\0""caseSensitive\0"
	"valueSet\0""hierarchyMeaning\0""compositional\0""versionNeeded\0"
	"content\0""supplements\0""count\0""filter\0""property\0""concept\0"
	"inResponseTo\0""medium\0""about\0""sent\0""received\0""recipient\0"
	"sender\0""payload\0""groupIdentifier\0""authoredOn\0""requester\0"
	"search\0""confidentiality\0""attester\0""custodian\0""relatesTo\0"
	"section\0""sourceUri\0""sourceCanonical\0""target\0""targetUri\0"
	"targetCanonical\0""group\0""abatement\0""abatementDateTime\0"
	"abatementAge\0""abatementPeriod\0""abatementRange\0""abatementString\0"
	"stage\0""evidence\0""scope\0""dateTime\0""organization\0"
	"sourceAttachment\0""sourceReference\0""policy\0""policyRule\0"
	"verification\0""provision\0""legalState\0""contentDerivative\0""issued\0"
	"applies\0""expirationType\0""authority\0""domain\0""topicCodeableConcept\0"
	"topicReference\0""contentDefinition\0""term\0""relevantHistory\0""signer\0"
	"friendly\0""legal\0""rule\0""legallyBinding\0""legallyBindingAttachment\0"
	"legallyBindingReference\0""policyHolder\0""subscriber\0""subscriberId\0"
	"beneficiary\0""dependent\0""relationship\0""payor\0""class\0""order\0"
	"network\0""costToBeneficiary\0""subrogation\0""contract\0""serviced\0"
	"servicedDate\0""servicedPeriod\0""identified\0""identifiedDateTime\0"
	"identifiedPeriod\0""implicated\0""detail\0""mitigation\0""udiCarrier\0"
	"distinctIdentifier\0""manufacturer\0""manufactureDate\0""expirationDate\0"
	"lotNumber\0""serialNumber\0""deviceName\0""modelNumber\0""partNumber\0"
	"specialization\0""safety\0""udiDeviceIdentifier\0""manufacturerString\0"
	"manufacturerReference\0""shelfLifeStorage\0""physicalCharacteristics\0"
	"languageCode\0""capability\0""onlineInformation\0""parentDevice\0"
	"material\0""operationalStatus\0""measurementPeriod\0""calibration\0"
	"priorRequest\0""codeReference\0""codeCodeableConcept\0""parameter\0"
	"performerType\0""derivedFrom\0""recordedOn\0""device\0"
	"resultsInterpreter\0""specimen\0""result\0""imagingStudy\0""media\0"
	"conclusion\0""conclusionCode\0""presentedForm\0""masterIdentifier\0"
	"docStatus\0""authenticator\0""securityLabel\0""synthesisType\0"
	"studyType\0""population\0""exposure\0""exposureAlternative\0""sampleSize\0"
	"resultsByExposure\0""effectEstimate\0""certainty\0""statusHistory\0"
	"classHistory\0""episodeOfCare\0""length\0""hospitalization\0"
	"serviceProvider\0""connectionType\0""payloadType\0""payloadMimeType\0"
	"address\0""header\0""candidate\0""requestProvider\0""referralRequest\0"
	"careManager\0""team\0""trigger\0""shortTitle\0""exposureBackground\0"
	"exposureVariant\0""characteristic\0""process\0""workflow\0"
	"fundsReserveRequested\0""claim\0""claimResponse\0""preAuthRefPeriod\0"
	"precedence\0""benefitPeriod\0""benefitBalance\0""dataAbsentReason\0""sex\0"
	"born\0""bornPeriod\0""bornDate\0""bornString\0""ageAge\0""ageString\0"
	"estimatedAge\0""deceased\0""deceasedBoolean\0""deceasedAge\0"
	"deceasedRange\0""deceasedDate\0""deceasedString\0""lifecycleStatus\0"
	"achievementStatus\0""startDate\0""startCodeableConcept\0""statusDate\0"
	"expressedBy\0""outcomeCode\0""outcomeReference\0""actual\0"
	"managingEntity\0""member\0""requestIdentifier\0""module\0""moduleUri\0"
	"moduleCanonical\0""moduleCodeableConcept\0""evaluationMessage\0"
	"outputParameters\0""dataRequirement\0""providedBy\0""extraDetails\0"
	"photo\0""coverageArea\0""serviceProvisionCode\0""eligibility\0""program\0"
	"communication\0""referralMethod\0""appointmentRequired\0""availableTime\0"
	"notAvailable\0""availabilityExceptions\0""endpoint\0""modality\0"
	"started\0""referrer\0""interpreter\0""numberOfSeries\0"
	"numberOfInstances\0""procedureReference\0""procedureCode\0""series\0"
	"vaccineCode\0""occurrenceString\0""primarySource\0""reportOrigin\0"
	"doseQuantity\0""isSubpotent\0""subpotentReason\0""education\0"
	"programEligibility\0""fundingSource\0""protocolApplied\0""targetDisease\0"
	"immunizationEvent\0""doseStatus\0""doseStatusReason\0""doseNumber\0"
	"doseNumberPositiveInt\0""doseNumberString\0""seriesDoses\0"
	"seriesDosesPositiveInt\0""seriesDosesString\0""recommendation\0"
	"packageId\0""license\0""dependsOn\0""global\0""manifest\0""ownedBy\0"
	"administeredBy\0""plan\0""cancelledReason\0""issuer\0""lineItem\0"
	"totalNet\0""totalGross\0""paymentTerms\0""mode\0""orderedBy\0"
	"emptyReason\0""physicalType\0""position\0""hoursOfOperation\0"
	"disclaimer\0""compositeScoring\0""riskAdjustment\0""rateAggregation\0"
	"rationale\0""clinicalRecommendationStatement\0""improvementNotation\0"
	"guidance\0""supplementalData\0""measure\0""reporter\0""evaluatedResource\0"
	"view\0""createdDateTime\0""createdPeriod\0""operator\0""frames\0"
	"duration\0""ingredient\0""batch\0""medication\0"
	"medicationCodeableConcept\0""medicationReference\0""eventHistory\0"
	"statusReasonCodeableConcept\0""statusReasonReference\0"
	"authorizingPrescription\0""daysSupply\0""whenPrepared\0""whenHandedOver\0"
	"destination\0""receiver\0""dosageInstruction\0""substitution\0"
	"detectedIssue\0""doseForm\0""synonym\0""relatedMedicationKnowledge\0"
	"associatedMedication\0""productType\0""monograph\0"
	"preparationInstruction\0""intendedRoute\0""cost\0""monitoringProgram\0"
	"administrationGuidelines\0""medicineClassification\0""packaging\0"
	"drugCharacteristic\0""contraindication\0""regulatory\0""kinetics\0"
	"reported\0""reportedBoolean\0""reportedReference\0""courseOfTherapyType\0"
	"dispenseRequest\0""priorPrescription\0""dateAsserted\0"
	"informationSource\0""combinedPharmaceuticalDoseForm\0"
	"legalStatusOfSupply\0""additionalMonitoringIndicator\0""specialMeasures\0"
	"paediatricUseIndicator\0""productClassification\0""marketingStatus\0"
	"pharmaceuticalProduct\0""packagedMedicinalProduct\0""attachedDocument\0"
	"masterFile\0""clinicalTrial\0""crossReference\0"
	"manufacturingBusinessOperation\0""specialDesignation\0"
	"dataExclusivityPeriod\0""dateOfFirstAuthorization\0"
	"internationalBirthDate\0""legalBasis\0""jurisdictionalAuthorization\0"
	"holder\0""regulator\0""disease\0""diseaseStatus\0""comorbidity\0"
	"therapeuticIndication\0""otherTherapy\0""diseaseSymptomProcedure\0"
	"intendedEffect\0""undesirableEffect\0""role\0""allergenicIndicator\0"
	"specifiedSubstance\0""substance\0""interactant\0""effect\0""incidence\0"
	"management\0""manufacturedDoseForm\0""unitOfPresentation\0"
	"otherCharacteristics\0""marketingAuthorization\0""batchIdentifier\0"
	"packageItem\0""administrableDoseForm\0""characteristics\0"
	"routeOfAdministration\0""symptomConditionEffect\0""frequencyOfOccurrence\0"
	"eventCoding\0""eventUri\0""focus\0""responseRequired\0""allowedResponse\0"
	"graph\0""responsible\0""response\0""coordinateSystem\0""referenceSeq\0"
	"variant\0""observedSeq\0""quality\0""readCoverage\0""repository\0"
	"pointer\0""structureVariant\0""uniqueId\0""orderer\0""allergyIntolerance\0"
	"foodPreferenceModifier\0""excludeFoodModifier\0""oralDiet\0""supplement\0"
	"enteralFormula\0""effectiveTiming\0""effectiveInstant\0""interpretation\0"
	"hasMember\0""component\0""permittedDataType\0""multipleResultsAllowed\0"
	"preferredReportName\0""quantitativeDetails\0""qualifiedInterval\0"
	"validCodedValueSet\0""normalCodedValueSet\0""abnormalCodedValueSet\0"
	"criticalCodedValueSet\0""affectsState\0""inputProfile\0""outputProfile\0"
	"overload\0""issue\0""participatingOrganization\0""healthcareService\0"
	"birthDate\0""deceasedDateTime\0""maritalStatus\0""multipleBirth\0"
	"multipleBirthBoolean\0""multipleBirthInteger\0""generalPractitioner\0"
	"paymentDate\0""paymentStatus\0""paymentIssuer\0""paymentAmount\0"
	"paymentIdentifier\0""qualification\0""practitioner\0""performed\0"
	"performedDateTime\0""performedPeriod\0""performedString\0""performedAge\0"
	"performedRange\0""report\0""complication\0""complicationDetail\0"
	"followUp\0""focalDevice\0""usedReference\0""usedCode\0""occurred\0"
	"occurredPeriod\0""occurredDateTime\0""subjectType\0""questionnaire\0"
	"authored\0""variableType\0""primaryPurposeType\0""phase\0""keyword\0"
	"enrollment\0""sponsor\0""principalInvestigator\0""reasonStopped\0""arm\0"
	"objective\0""individual\0""assignedArm\0""actualArm\0""consent\0""basis\0"
	"prediction\0""riskEstimate\0""planningHorizon\0""xpath\0""xpathUsage\0"
	"multipleOr\0""multipleAnd\0""modifier\0""chain\0""requisition\0"
	"orderDetail\0""quantityQuantity\0""quantityRatio\0""quantityRange\0"
	"locationCode\0""locationReference\0""schedule\0""overbooked\0"
	"accessionIdentifier\0""receivedTime\0""container\0""typeCollected\0"
	"patientPreparation\0""timeAspect\0""typeTested\0""abstract\0"
	"contextInvariant\0""baseDefinition\0""derivation\0""snapshot\0"
	"differential\0""structure\0""import\0""criteria\0""channel\0"
	"sequenceType\0""numberOfSubunits\0""areaOfHybridisation\0"
	"oligoNucleotideType\0""subunit\0""geometry\0""copolymerConnectivity\0"
	"modification\0""monomerSet\0""disulfideLinkage\0""gene\0""geneElement\0"
	"sourceMaterialClass\0""sourceMaterialType\0""sourceMaterialState\0"
	"organismId\0""organismName\0""parentSubstanceId\0""parentSubstanceName\0"
	"countryOfOrigin\0""geographicalLocation\0""developmentStage\0"
	"fractionDescription\0""organism\0""partDescription\0""moiety\0"
	"referenceInformation\0""nucleicAcid\0""polymer\0""protein\0"
	"sourceMaterial\0""suppliedItem\0""supplier\0""itemCodeableConcept\0"
	"itemReference\0""deliverFrom\0""deliverTo\0""businessStatus\0""for\0"
	"executionPeriod\0""lastModified\0""restriction\0""input\0""output\0"
	"lockedDate\0""codeSystem\0""expansion\0""codeSearch\0""validateCode\0"
	"translation\0""closure\0""testScript\0""score\0""tester\0""setup\0""test\0"
	"teardown\0""metadata\0""fixture\0""variable\0""immutable\0""compose\0"
	"targetLocation\0""need\0""validationType\0""validationProcess\0"
	"frequency\0""lastPerformed\0""nextScheduled\0""failureAction\0"
	"attestation\0""validator\0""dateWritten\0""prescriber\0"
	"lensSpecification\0""searchParam\0""direction\0""dose\0""doseRange\0"
	"rate\0""rateRatio\0""rateRange\0""rateQuantity\0""discriminator\0"
	"ordered\0""rules\0""targetProfile\0""aggregation\0""versioning\0""key\0"
	"human\0""strength\0""identity\0""map\0""lowLimit\0""highLimit\0""bounds\0"
	"boundsDuration\0""boundsRange\0""boundsPeriod\0""countMax\0""durationMax\0"
	"durationUnit\0""frequencyMax\0""periodMax\0""periodUnit\0""dayOfWeek\0"
	"timeOfDay\0""offset\0""party\0""onHold\0""causality\0""assessment\0"
	"productRelatedness\0""manifestation\0""exposureRoute\0""required\0"
	"altId\0""purposeOfUse\0""observer\0""what\0""lifecycle\0""query\0"
	"collector\0""collected\0""collectedDateTime\0""collectedPeriod\0"
	"additive\0""timeDateTime\0""timePeriod\0""temperature\0""scale\0"
	"relation\0""fullUrl\0""ifNoneMatch\0""ifModifiedSince\0""ifMatch\0"
	"ifNoneExist\0""etag\0""releaseDate\0""interaction\0""operation\0"
	"compartment\0""cors\0""supportedProfile\0""readHistory\0""updateCreate\0"
	"conditionalCreate\0""conditionalRead\0""conditionalUpdate\0"
	"conditionalDelete\0""referencePolicy\0""searchInclude\0"
	"searchRevInclude\0""reliableCache\0""supportedMessage\0"
	"outcomeCodeableConcept\0""progress\0""scheduled\0""scheduledTiming\0"
	"scheduledPeriod\0""scheduledString\0""dailyAmount\0""relationtype\0"
	"function\0""priceComponent\0""diagnosisCodeableConcept\0"
	"diagnosisReference\0""onAdmission\0""packageCode\0"
	"procedureCodeableConcept\0""udi\0""focal\0""businessArrangement\0"
	"locationAddress\0""careTeamSequence\0""diagnosisSequence\0"
	"procedureSequence\0""informationSequence\0""revenue\0""productOrService\0"
	"programCode\0""locationCodeableConcept\0""unitPrice\0""net\0""subSite\0"
	"subDetail\0""itemSequence\0""noteNumber\0""adjudication\0"
	"detailSequence\0""subDetailSequence\0""subdetailSequence\0""adjustment\0"
	"adjustmentReason\0""number\0""uri\0""designation\0""contentString\0"
	"contentAttachment\0""param\0""targetIdentifier\0""targetReference\0"
	"sourceVersion\0""targetVersion\0""element\0""unmapped\0""equivalence\0"
	"verified\0""verifiedWith\0""verificationDate\0""dataPeriod\0""meaning\0"
	"publicationDate\0""publicationStatus\0""offer\0""asset\0""control\0"
	"decision\0""decisionMode\0""answer\0""linkId\0""securityLabelNumber\0"
	"typeReference\0""periodType\0""usePeriod\0""valuedItem\0"
	"entityCodeableConcept\0""entityReference\0""effectiveTime\0""points\0"
	"contextLinkId\0""requesterLinkId\0""performerRole\0""performerLinkId\0"
	"reasonLinkId\0""exception\0""information\0""appliesToAll\0"
	"supportingInfoSequence\0""inforce\0""excluded\0""benefit\0"
	"authorizationRequired\0""authorizationSupporting\0""authorizationUrl\0"
	"allowed\0""allowedUnsignedInt\0""allowedString\0""allowedMoney\0""used\0"
	"usedUnsignedInt\0""usedString\0""usedMoney\0""deviceIdentifier\0"
	"carrierAIDC\0""carrierHRF\0""entryType\0""systemType\0""alternate\0""ref\0"
	"attachment\0""facilityType\0""practiceSetting\0""sourcePatientInfo\0"
	"numberOfStudies\0""numberOfParticipants\0""exposureState\0""variantState\0"
	"riskEvidenceSynthesis\0""unitOfMeasure\0""precisionEstimate\0""level\0"
	"from\0""to\0""rating\0""certaintySubcomponent\0""preAdmissionIdentifier\0"
	"admitSource\0""reAdmission\0""dietPreference\0""specialCourtesy\0"
	"specialArrangement\0""dischargeDisposition\0""definitionReference\0"
	"definitionCodeableConcept\0""definitionExpression\0"
	"definitionDataRequirement\0""definitionTriggerDefinition\0""usageContext\0"
	"exclude\0""participantEffective\0""participantEffectiveDateTime\0"
	"participantEffectivePeriod\0""participantEffectiveDuration\0"
	"participantEffectiveTiming\0""timeFromStart\0""groupMeasure\0""actorId\0"
	"resourceId\0""resourceType\0""containedInstance\0""preConditions\0"
	"postConditions\0""step\0""pause\0""alternative\0""initiator\0"
	"initiatorActive\0""receiverActive\0""financial\0""contributedToDeath\0"
	"detailQuantity\0""detailRange\0""detailCodeableConcept\0""detailString\0"
	"detailBoolean\0""detailInteger\0""detailRatio\0""due\0""dueDate\0"
	"dueDuration\0""params\0""inactive\0""daysOfWeek\0""allDay\0"
	"availableStartTime\0""availableEndTime\0""during\0""uid\0""laterality\0"
	"sopClass\0""documentType\0""presentationDate\0"
	"contraindicatedVaccineCode\0""forecastStatus\0""forecastReason\0"
	"dateCriterion\0""supportingImmunization\0""supportingPatientInformation\0"
	"grouping\0""page\0""template\0""exampleBoolean\0""exampleCanonical\0"
	"groupingId\0""nameUrl\0""nameReference\0""generation\0""rendering\0"
	"other\0""relativePath\0""anchor\0""requirement\0""generalCost\0"
	"specificCost\0""groupSize\0""qualifiers\0""chargeItem\0"
	"chargeItemReference\0""chargeItemCodeableConcept\0""flag\0""deleted\0"
	"longitude\0""latitude\0""altitude\0""openingTime\0""closingTime\0"
	"stratifier\0""measureScore\0""subjectResults\0""stratum\0""isActive\0"
	"wasSubstituted\0""responsibleParty\0""indication\0"
	"indicationCodeableConcept\0""indicationReference\0"
	"patientCharacteristics\0""characteristicCodeableConcept\0"
	"characteristicQuantity\0""regulatoryAuthority\0""maxDispense\0"
	"areaUnderCurve\0""lethalDose50\0""halfLifePeriod\0""initialFill\0"
	"dispenseInterval\0""numberOfRepeatsAllowed\0""expectedSupplyDuration\0"
	"allowedBoolean\0""allowedCodeableConcept\0""productName\0""namePart\0"
	"countryLanguage\0""part\0""operationType\0""authorisationReferenceNumber\0"
	"effectiveDate\0""confidentialityIndicator\0""intendedUse\0""species\0"
	"datePeriod\0""dateDateTime\0""application\0""therapyRelationshipType\0"
	"presentation\0""presentationLowLimit\0""concentration\0"
	"concentrationLowLimit\0""measurementPoint\0""referenceStrength\0"
	"strengthLowLimit\0""outerPackaging\0""immediatePackaging\0"
	"alternateMaterial\0""manufacturedItem\0""firstDose\0""maxSingleDose\0"
	"maxDosePerDay\0""maxDosePerTreatmentPeriod\0""maxTreatmentPeriod\0"
	"targetSpecies\0""withdrawalPeriod\0""tissue\0""message\0""situation\0"
	"details\0""chromosome\0""genomeBuild\0""orientation\0""referenceSeqId\0"
	"referenceSeqPointer\0""referenceSeqString\0""strand\0""windowStart\0"
	"windowEnd\0""observedAllele\0""referenceAllele\0""cigar\0"
	"variantPointer\0""standardSequence\0""truthTP\0""queryTP\0""truthFN\0"
	"queryFP\0""gtFP\0""precision\0""recall\0""fScore\0""roc\0""numTP\0"
	"numFP\0""numFN\0""sensitivity\0""fMeasure\0""datasetId\0""variantsetId\0"
	"readsetId\0""variantType\0""exact\0""outer\0""inner\0""preferred\0"
	"nutrient\0""texture\0""fluidConsistencyType\0""instruction\0""foodType\0"
	"baseFormulaType\0""baseFormulaProductName\0""additiveType\0"
	"additiveProductName\0""caloricDensity\0""routeofAdministration\0"
	"administration\0""maxVolumeToDeliver\0""administrationInstruction\0"
	"appliesTo\0""customaryUnit\0""conversionFactor\0""decimalPrecision\0"
	"range\0""gestationalAge\0""searchType\0""referencedFrom\0""sourceId\0"
	"parameterName\0""diagnostics\0""predecessor\0""submitter\0""assurance\0"
	"textEquivalent\0""goalId\0""relatedAction\0""groupingBehavior\0"
	"selectionBehavior\0""requiredBehavior\0""precheckBehavior\0"
	"cardinalityBehavior\0""actionId\0""offsetDuration\0""offsetRange\0"
	"manipulated\0""enableWhen\0""enableBehavior\0""repeats\0""readOnly\0"
	"answerValueSet\0""answerOption\0""initial\0""question\0""answerBoolean\0"
	"answerDecimal\0""answerInteger\0""answerDate\0""answerDateTime\0"
	"answerTime\0""answerString\0""answerCoding\0""answerQuantity\0"
	"answerReference\0""initialSelected\0""studyEffectiveDescription\0"
	"studyEffective\0""studyEffectiveDateTime\0""studyEffectivePeriod\0"
	"studyEffectiveDuration\0""studyEffectiveTiming\0"
	"studyEffectiveTimeFromStart\0""studyEffectiveGroupMeasure\0"
	"participantEffectiveDescription\0""participantEffectiveTimeFromStart\0"
	"participantEffectiveGroupMeasure\0""probability\0""probabilityDecimal\0"
	"probabilityRange\0""qualitativeRisk\0""relativeRisk\0""whenPeriod\0"
	"whenRange\0""denominatorCount\0""numeratorCount\0""fastingStatus\0"
	"fastingStatusCodeableConcept\0""fastingStatusDuration\0""capacity\0"
	"specimenQuantity\0""additiveCodeableConcept\0""additiveReference\0"
	"isDerived\0""preference\0""retentionTime\0""rejectionCriterion\0"
	"handling\0""cap\0""minimumVolume\0""minimumVolumeQuantity\0"
	"minimumVolumeString\0""preparation\0""temperatureQualifier\0"
	"temperatureRange\0""maxDuration\0""extends\0""typeMode\0""listMode\0"
	"check\0""logMessage\0""contextType\0""listRuleId\0""expiry\0"
	"substanceCodeableConcept\0""substanceReference\0""sequenceAttachment\0"
	"fivePrime\0""threePrime\0""linkage\0""sugar\0""connectivity\0"
	"residueSite\0""ratioType\0""startingMaterial\0""isDefining\0"
	"numberOfUnits\0""averageMolecularFormula\0""repeatUnitAmountType\0"
	"repeatUnit\0""orientationOfPolymerisation\0""degreeOfPolymerisation\0"
	"structuralRepresentation\0""degree\0""nTerminalModificationId\0"
	"nTerminalModification\0""cTerminalModificationId\0"
	"cTerminalModification\0""geneSequenceOrigin\0""organismType\0""fraction\0"
	"materialType\0""genus\0""intraspecificType\0""intraspecificDescription\0"
	"hybrid\0""organismGeneral\0""authorType\0""authorDescription\0"
	"maternalOrganismId\0""maternalOrganismName\0""paternalOrganismId\0"
	"paternalOrganismName\0""hybridType\0""kingdom\0""phylum\0""partLocation\0"
	"stereochemistry\0""opticalActivity\0""molecularFormula\0""parameters\0"
	"definingSubstance\0""definingSubstanceReference\0"
	"definingSubstanceCodeableConcept\0""molecularFormulaByMoiety\0""isotope\0"
	"molecularWeight\0""halfLife\0""official\0""amountRatio\0"
	"amountRatioLowLimit\0""repetitions\0""subsumption\0""isDefault\0""op\0"
	"hierarchical\0""paging\0""incomplete\0""textFilter\0""translations\0"
	"needsMap\0""assert\0""index\0""validated\0""capabilities\0""autocreate\0"
	"autodelete\0""headerField\0""hint\0""accept\0""encodeRequestUrl\0"
	"requestHeader\0""requestId\0""responseId\0""targetId\0""field\0"
	"compareToSourceId\0""compareToSourceExpression\0""compareToSourcePath\0"
	"minimumId\0""navigationLinks\0""requestMethod\0""requestURL\0"
	"responseCode\0""validateProfileId\0""warningOnly\0""include\0""contains\0"
	"communicationMethod\0""validationStatus\0""validationDate\0"
	"canPushUpdates\0""pushTypeAvailable\0""sourceIdentityCertificate\0"
	"proxyIdentityCertificate\0""proxySignature\0""sourceSignature\0"
	"identityCertificate\0""attestationSignature\0""eye\0""sphere\0""cylinder\0"
	"axis\0""prism\0""add\0""power\0""backCurve\0""diameter\0""brand\0"
	"base64Binary\0""boolean\0""canonical\0""decimal\0""instant\0""integer\0"
	"markdown\0""oid\0""positiveInt\0""string\0""unsignedInt\0""uuid\0""xhtml\0"
	"Element\0""BackboneElement\0""Address\0""Age\0""Annotation\0""Attachment\0"
	"CodeableConcept\0""Coding\0""ContactDetail\0""ContactPoint\0"
	"Contributor\0""Count\0""DataRequirement\0""Distance\0""Dosage\0"
	"Duration\0""ElementDefinition\0""Expression\0""Extension\0""HumanName\0"
	"Identifier\0""MarketingStatus\0""Meta\0""Money\0""Narrative\0"
	"ParameterDefinition\0""Period\0""Population\0""ProdCharacteristic\0"
	"ProductShelfLife\0""Quantity\0""Range\0""Ratio\0""Reference\0"
	"RelatedArtifact\0""SampledData\0""Signature\0""SubstanceAmount\0""Timing\0"
	"TriggerDefinition\0""UsageContext\0""MoneyQuantity\0""SimpleQuantity\0"
	"Resource\0""DomainResource\0""Account\0""ActivityDefinition\0"
	"AdverseEvent\0""AllergyIntolerance\0""Appointment\0""AppointmentResponse\0"
	"AuditEvent\0""Basic\0""Binary\0""BiologicallyDerivedProduct\0"
	"BodyStructure\0""Bundle\0""CapabilityStatement\0""CarePlan\0""CareTeam\0"
	"CatalogEntry\0""ChargeItem\0""ChargeItemDefinition\0""Claim\0"
	"ClaimResponse\0""ClinicalImpression\0""CodeSystem\0""Communication\0"
	"CommunicationRequest\0""CompartmentDefinition\0""Composition\0"
	"ConceptMap\0""Condition\0""Consent\0""Contract\0""Coverage\0"
	"CoverageEligibilityRequest\0""CoverageEligibilityResponse\0"
	"DetectedIssue\0""Device\0""DeviceDefinition\0""DeviceMetric\0"
	"DeviceRequest\0""DeviceUseStatement\0""DiagnosticReport\0"
	"DocumentManifest\0""DocumentReference\0""EffectEvidenceSynthesis\0"
	"Encounter\0""Endpoint\0""EnrollmentRequest\0""EnrollmentResponse\0"
	"EpisodeOfCare\0""EventDefinition\0""Evidence\0""EvidenceVariable\0"
	"ExampleScenario\0""ExplanationOfBenefit\0""FamilyMemberHistory\0""Flag\0"
	"Goal\0""GraphDefinition\0""Group\0""GuidanceResponse\0"
	"HealthcareService\0""ImagingStudy\0""Immunization\0"
	"ImmunizationEvaluation\0""ImmunizationRecommendation\0"
	"ImplementationGuide\0""InsurancePlan\0""Invoice\0""Library\0""Linkage\0"
	"List\0""Location\0""Measure\0""MeasureReport\0""Media\0""Medication\0"
	"MedicationAdministration\0""MedicationDispense\0""MedicationKnowledge\0"
	"MedicationRequest\0""MedicationStatement\0""MedicinalProduct\0"
	"MedicinalProductAuthorization\0""MedicinalProductContraindication\0"
	"MedicinalProductIndication\0""MedicinalProductIngredient\0"
	"MedicinalProductInteraction\0""MedicinalProductManufactured\0"
	"MedicinalProductPackaged\0""MedicinalProductPharmaceutical\0"
	"MedicinalProductUndesirableEffect\0""MessageDefinition\0""MessageHeader\0"
	"MolecularSequence\0""NamingSystem\0""NutritionOrder\0""Observation\0"
	"ObservationDefinition\0""OperationDefinition\0""OperationOutcome\0"
	"Organization\0""OrganizationAffiliation\0""Parameters\0""Patient\0"
	"PaymentNotice\0""PaymentReconciliation\0""Person\0""PlanDefinition\0"
	"Practitioner\0""PractitionerRole\0""Procedure\0""Provenance\0"
	"Questionnaire\0""QuestionnaireResponse\0""RelatedPerson\0""RequestGroup\0"
	"ResearchDefinition\0""ResearchElementDefinition\0""ResearchStudy\0"
	"ResearchSubject\0""RiskAssessment\0""RiskEvidenceSynthesis\0""Schedule\0"
	"SearchParameter\0""ServiceRequest\0""Slot\0""Specimen\0"
	"SpecimenDefinition\0""StructureDefinition\0""StructureMap\0"
	"Subscription\0""Substance\0""SubstanceNucleicAcid\0""SubstancePolymer\0"
	"SubstanceProtein\0""SubstanceReferenceInformation\0"
	"SubstanceSourceMaterial\0""SubstanceSpecification\0""SupplyDelivery\0"
	"SupplyRequest\0""Task\0""TerminologyCapabilities\0""TestReport\0"
	"TestScript\0""ValueSet\0""VerificationResult\0""VisionPrescription\0"
	"DataRequirement.codeFilter\0""DataRequirement.dateFilter\0"
	"DataRequirement.sort\0""Dosage.doseAndRate\0""ElementDefinition.slicing\0"
	"ElementDefinition.slicing.discriminator\0""ElementDefinition.base\0"
	"ElementDefinition.type\0""ElementDefinition.example\0"
	"ElementDefinition.constraint\0""ElementDefinition.binding\0"
	"ElementDefinition.mapping\0""SubstanceAmount.referenceRange\0"
	"Timing.repeat\0""Account.coverage\0""Account.guarantor\0"
	"ActivityDefinition.participant\0""ActivityDefinition.dynamicValue\0"
	"AdverseEvent.suspectEntity\0""AdverseEvent.suspectEntity.causality\0"
	"AllergyIntolerance.reaction\0""Appointment.participant\0"
	"AuditEvent.agent\0""AuditEvent.agent.network\0""AuditEvent.source\0"
	"AuditEvent.entity\0""AuditEvent.entity.detail\0"
	"BiologicallyDerivedProduct.collection\0"
	"BiologicallyDerivedProduct.processing\0"
	"BiologicallyDerivedProduct.manipulation\0"
	"BiologicallyDerivedProduct.storage\0""Bundle.link\0""Bundle.entry\0"
	"Bundle.entry.search\0""Bundle.entry.request\0""Bundle.entry.response\0"
	"CapabilityStatement.software\0""CapabilityStatement.implementation\0"
	"CapabilityStatement.rest\0""CapabilityStatement.rest.security\0"
	"CapabilityStatement.rest.resource\0"
	"CapabilityStatement.rest.resource.interaction\0"
	"CapabilityStatement.rest.resource.searchParam\0"
	"CapabilityStatement.rest.resource.operation\0"
	"CapabilityStatement.rest.interaction\0""CapabilityStatement.messaging\0"
	"CapabilityStatement.messaging.endpoint\0"
	"CapabilityStatement.messaging.supportedMessage\0"
	"CapabilityStatement.document\0""CarePlan.activity\0"
	"CarePlan.activity.detail\0""CareTeam.participant\0"
	"CatalogEntry.relatedEntry\0""ChargeItem.performer\0"
	"ChargeItemDefinition.applicability\0""ChargeItemDefinition.propertyGroup\0"
	"ChargeItemDefinition.propertyGroup.priceComponent\0""Claim.related\0"
	"Claim.payee\0""Claim.careTeam\0""Claim.supportingInfo\0""Claim.diagnosis\0"
	"Claim.procedure\0""Claim.insurance\0""Claim.accident\0""Claim.item\0"
	"Claim.item.detail\0""Claim.item.detail.subDetail\0""ClaimResponse.item\0"
	"ClaimResponse.item.adjudication\0""ClaimResponse.item.detail\0"
	"ClaimResponse.item.detail.subDetail\0""ClaimResponse.addItem\0"
	"ClaimResponse.addItem.detail\0""ClaimResponse.addItem.detail.subDetail\0"
	"ClaimResponse.total\0""ClaimResponse.payment\0"
	"ClaimResponse.processNote\0""ClaimResponse.insurance\0"
	"ClaimResponse.error\0""ClinicalImpression.investigation\0"
	"ClinicalImpression.finding\0""CodeSystem.filter\0""CodeSystem.property\0"
	"CodeSystem.concept\0""CodeSystem.concept.designation\0"
	"CodeSystem.concept.property\0""Communication.payload\0"
	"CommunicationRequest.payload\0""CompartmentDefinition.resource\0"
	"Composition.attester\0""Composition.relatesTo\0""Composition.event\0"
	"Composition.section\0""ConceptMap.group\0""ConceptMap.group.element\0"
	"ConceptMap.group.element.target\0"
	"ConceptMap.group.element.target.dependsOn\0""ConceptMap.group.unmapped\0"
	"Condition.stage\0""Condition.evidence\0""Consent.policy\0"
	"Consent.verification\0""Consent.provision\0""Consent.provision.actor\0"
	"Consent.provision.data\0""Contract.contentDefinition\0""Contract.term\0"
	"Contract.term.securityLabel\0""Contract.term.offer\0"
	"Contract.term.offer.party\0""Contract.term.offer.answer\0"
	"Contract.term.asset\0""Contract.term.asset.context\0"
	"Contract.term.asset.valuedItem\0""Contract.term.action\0"
	"Contract.term.action.subject\0""Contract.signer\0""Contract.friendly\0"
	"Contract.legal\0""Contract.rule\0""Coverage.class\0"
	"Coverage.costToBeneficiary\0""Coverage.costToBeneficiary.exception\0"
	"CoverageEligibilityRequest.supportingInfo\0"
	"CoverageEligibilityRequest.insurance\0""CoverageEligibilityRequest.item\0"
	"CoverageEligibilityRequest.item.diagnosis\0"
	"CoverageEligibilityResponse.insurance\0"
	"CoverageEligibilityResponse.insurance.item\0"
	"CoverageEligibilityResponse.insurance.item.benefit\0"
	"CoverageEligibilityResponse.error\0""DetectedIssue.evidence\0"
	"DetectedIssue.mitigation\0""Device.udiCarrier\0""Device.deviceName\0"
	"Device.specialization\0""Device.version\0""Device.property\0"
	"DeviceDefinition.udiDeviceIdentifier\0""DeviceDefinition.deviceName\0"
	"DeviceDefinition.specialization\0""DeviceDefinition.capability\0"
	"DeviceDefinition.property\0""DeviceDefinition.material\0"
	"DeviceMetric.calibration\0""DeviceRequest.parameter\0"
	"DiagnosticReport.media\0""DocumentManifest.related\0"
	"DocumentReference.relatesTo\0""DocumentReference.content\0"
	"DocumentReference.context\0""EffectEvidenceSynthesis.sampleSize\0"
	"EffectEvidenceSynthesis.resultsByExposure\0"
	"EffectEvidenceSynthesis.effectEstimate\0"
	"EffectEvidenceSynthesis.effectEstimate.precisionEstimate\0"
	"EffectEvidenceSynthesis.certainty\0"
	"EffectEvidenceSynthesis.certainty.certaintySubcomponent\0"
	"Encounter.statusHistory\0""Encounter.classHistory\0"
	"Encounter.participant\0""Encounter.diagnosis\0"
	"Encounter.hospitalization\0""Encounter.location\0"
	"EpisodeOfCare.statusHistory\0""EpisodeOfCare.diagnosis\0"
	"EvidenceVariable.characteristic\0""ExampleScenario.actor\0"
	"ExampleScenario.instance\0""ExampleScenario.instance.version\0"
	"ExampleScenario.instance.containedInstance\0""ExampleScenario.process\0"
	"ExampleScenario.process.step\0""ExampleScenario.process.step.operation\0"
	"ExampleScenario.process.step.alternative\0""ExplanationOfBenefit.related\0"
	"ExplanationOfBenefit.payee\0""ExplanationOfBenefit.careTeam\0"
	"ExplanationOfBenefit.supportingInfo\0""ExplanationOfBenefit.diagnosis\0"
	"ExplanationOfBenefit.procedure\0""ExplanationOfBenefit.insurance\0"
	"ExplanationOfBenefit.accident\0""ExplanationOfBenefit.item\0"
	"ExplanationOfBenefit.item.adjudication\0"
	"ExplanationOfBenefit.item.detail\0"
	"ExplanationOfBenefit.item.detail.subDetail\0"
	"ExplanationOfBenefit.addItem\0""ExplanationOfBenefit.addItem.detail\0"
	"ExplanationOfBenefit.addItem.detail.subDetail\0"
	"ExplanationOfBenefit.total\0""ExplanationOfBenefit.payment\0"
	"ExplanationOfBenefit.processNote\0""ExplanationOfBenefit.benefitBalance\0"
	"ExplanationOfBenefit.benefitBalance.financial\0"
	"FamilyMemberHistory.condition\0""Goal.target\0""GraphDefinition.link\0"
	"GraphDefinition.link.target\0""GraphDefinition.link.target.compartment\0"
	"Group.characteristic\0""Group.member\0""HealthcareService.eligibility\0"
	"HealthcareService.availableTime\0""HealthcareService.notAvailable\0"
	"ImagingStudy.series\0""ImagingStudy.series.performer\0"
	"ImagingStudy.series.instance\0""Immunization.performer\0"
	"Immunization.education\0""Immunization.reaction\0"
	"Immunization.protocolApplied\0"
	"ImmunizationRecommendation.recommendation\0"
	"ImmunizationRecommendation.recommendation.dateCriterion\0"
	"ImplementationGuide.dependsOn\0""ImplementationGuide.global\0"
	"ImplementationGuide.definition\0"
	"ImplementationGuide.definition.grouping\0"
	"ImplementationGuide.definition.resource\0"
	"ImplementationGuide.definition.page\0"
	"ImplementationGuide.definition.parameter\0"
	"ImplementationGuide.definition.template\0""ImplementationGuide.manifest\0"
	"ImplementationGuide.manifest.resource\0"
	"ImplementationGuide.manifest.page\0""InsurancePlan.contact\0"
	"InsurancePlan.coverage\0""InsurancePlan.coverage.benefit\0"
	"InsurancePlan.coverage.benefit.limit\0""InsurancePlan.plan\0"
	"InsurancePlan.plan.generalCost\0""InsurancePlan.plan.specificCost\0"
	"InsurancePlan.plan.specificCost.benefit\0"
	"InsurancePlan.plan.specificCost.benefit.cost\0""Invoice.participant\0"
	"Invoice.lineItem\0""Invoice.lineItem.priceComponent\0""Linkage.item\0"
	"List.entry\0""Location.position\0""Location.hoursOfOperation\0"
	"Measure.group\0""Measure.group.population\0""Measure.group.stratifier\0"
	"Measure.group.stratifier.component\0""Measure.supplementalData\0"
	"MeasureReport.group\0""MeasureReport.group.population\0"
	"MeasureReport.group.stratifier\0""MeasureReport.group.stratifier.stratum\0"
	"MeasureReport.group.stratifier.stratum.component\0"
	"MeasureReport.group.stratifier.stratum.population\0"
	"Medication.ingredient\0""Medication.batch\0"
	"MedicationAdministration.performer\0""MedicationAdministration.dosage\0"
	"MedicationDispense.performer\0""MedicationDispense.substitution\0"
	"MedicationKnowledge.relatedMedicationKnowledge\0"
	"MedicationKnowledge.monograph\0""MedicationKnowledge.ingredient\0"
	"MedicationKnowledge.cost\0""MedicationKnowledge.monitoringProgram\0"
	"MedicationKnowledge.administrationGuidelines\0"
	"MedicationKnowledge.administrationGuidelines.dosage\0"
	"MedicationKnowledge.administrationGuidelines.patientCharacteristics\0"
	"MedicationKnowledge.medicineClassification\0"
	"MedicationKnowledge.packaging\0""MedicationKnowledge.drugCharacteristic\0"
	"MedicationKnowledge.regulatory\0"
	"MedicationKnowledge.regulatory.substitution\0"
	"MedicationKnowledge.regulatory.schedule\0"
	"MedicationKnowledge.regulatory.maxDispense\0"
	"MedicationKnowledge.kinetics\0""MedicationRequest.dispenseRequest\0"
	"MedicationRequest.dispenseRequest.initialFill\0"
	"MedicationRequest.substitution\0""MedicinalProduct.name\0"
	"MedicinalProduct.name.namePart\0""MedicinalProduct.name.countryLanguage\0"
	"MedicinalProduct.manufacturingBusinessOperation\0"
	"MedicinalProduct.specialDesignation\0"
	"MedicinalProductAuthorization.jurisdictionalAuthorization\0"
	"MedicinalProductAuthorization.procedure\0"
	"MedicinalProductContraindication.otherTherapy\0"
	"MedicinalProductIndication.otherTherapy\0"
	"MedicinalProductIngredient.specifiedSubstance\0"
	"MedicinalProductIngredient.specifiedSubstance.strength\0"
	"MedicinalProductIngredient.specifiedSubstance.strength.referenceStrength\0"
	"MedicinalProductIngredient.substance\0"
	"MedicinalProductInteraction.interactant\0"
	"MedicinalProductPackaged.batchIdentifier\0"
	"MedicinalProductPackaged.packageItem\0"
	"MedicinalProductPharmaceutical.characteristics\0"
	"MedicinalProductPharmaceutical.routeOfAdministration\0"
	"MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies\0"
	"MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.withdrawalPeriod\0"
	"MessageDefinition.focus\0""MessageDefinition.allowedResponse\0"
	"MessageHeader.destination\0""MessageHeader.source\0"
	"MessageHeader.response\0""MolecularSequence.referenceSeq\0"
	"MolecularSequence.variant\0""MolecularSequence.quality\0"
	"MolecularSequence.quality.roc\0""MolecularSequence.repository\0"
	"MolecularSequence.structureVariant\0"
	"MolecularSequence.structureVariant.outer\0"
	"MolecularSequence.structureVariant.inner\0""NamingSystem.uniqueId\0"
	"NutritionOrder.oralDiet\0""NutritionOrder.oralDiet.nutrient\0"
	"NutritionOrder.oralDiet.texture\0""NutritionOrder.supplement\0"
	"NutritionOrder.enteralFormula\0"
	"NutritionOrder.enteralFormula.administration\0"
	"Observation.referenceRange\0""Observation.component\0"
	"ObservationDefinition.quantitativeDetails\0"
	"ObservationDefinition.qualifiedInterval\0""OperationDefinition.parameter\0"
	"OperationDefinition.parameter.binding\0"
	"OperationDefinition.parameter.referencedFrom\0"
	"OperationDefinition.overload\0""OperationOutcome.issue\0"
	"Organization.contact\0""Parameters.parameter\0""Patient.contact\0"
	"Patient.communication\0""Patient.link\0""PaymentReconciliation.detail\0"
	"PaymentReconciliation.processNote\0""Person.link\0""PlanDefinition.goal\0"
	"PlanDefinition.goal.target\0""PlanDefinition.action\0"
	"PlanDefinition.action.condition\0""PlanDefinition.action.relatedAction\0"
	"PlanDefinition.action.participant\0""PlanDefinition.action.dynamicValue\0"
	"Practitioner.qualification\0""PractitionerRole.availableTime\0"
	"PractitionerRole.notAvailable\0""Procedure.performer\0"
	"Procedure.focalDevice\0""Provenance.agent\0""Provenance.entity\0"
	"Questionnaire.item\0""Questionnaire.item.enableWhen\0"
	"Questionnaire.item.answerOption\0""Questionnaire.item.initial\0"
	"QuestionnaireResponse.item\0""QuestionnaireResponse.item.answer\0"
	"RelatedPerson.communication\0""RequestGroup.action\0"
	"RequestGroup.action.condition\0""RequestGroup.action.relatedAction\0"
	"ResearchElementDefinition.characteristic\0""ResearchStudy.arm\0"
	"ResearchStudy.objective\0""RiskAssessment.prediction\0"
	"RiskEvidenceSynthesis.sampleSize\0""RiskEvidenceSynthesis.riskEstimate\0"
	"RiskEvidenceSynthesis.riskEstimate.precisionEstimate\0"
	"RiskEvidenceSynthesis.certainty\0"
	"RiskEvidenceSynthesis.certainty.certaintySubcomponent\0"
	"SearchParameter.component\0""Specimen.collection\0""Specimen.processing\0"
	"Specimen.container\0""SpecimenDefinition.typeTested\0"
	"SpecimenDefinition.typeTested.container\0"
	"SpecimenDefinition.typeTested.container.additive\0"
	"SpecimenDefinition.typeTested.handling\0""StructureDefinition.mapping\0"
	"StructureDefinition.context\0""StructureDefinition.snapshot\0"
	"StructureDefinition.differential\0""StructureMap.structure\0"
	"StructureMap.group\0""StructureMap.group.input\0"
	"StructureMap.group.rule\0""StructureMap.group.rule.source\0"
	"StructureMap.group.rule.target\0"
	"StructureMap.group.rule.target.parameter\0"
	"StructureMap.group.rule.dependent\0""Subscription.channel\0"
	"Substance.instance\0""Substance.ingredient\0"
	"SubstanceNucleicAcid.subunit\0""SubstanceNucleicAcid.subunit.linkage\0"
	"SubstanceNucleicAcid.subunit.sugar\0""SubstancePolymer.monomerSet\0"
	"SubstancePolymer.monomerSet.startingMaterial\0""SubstancePolymer.repeat\0"
	"SubstancePolymer.repeat.repeatUnit\0"
	"SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation\0"
	"SubstancePolymer.repeat.repeatUnit.structuralRepresentation\0"
	"SubstanceProtein.subunit\0""SubstanceReferenceInformation.gene\0"
	"SubstanceReferenceInformation.geneElement\0"
	"SubstanceReferenceInformation.classification\0"
	"SubstanceReferenceInformation.target\0"
	"SubstanceSourceMaterial.fractionDescription\0"
	"SubstanceSourceMaterial.organism\0"
	"SubstanceSourceMaterial.organism.author\0"
	"SubstanceSourceMaterial.organism.hybrid\0"
	"SubstanceSourceMaterial.organism.organismGeneral\0"
	"SubstanceSourceMaterial.partDescription\0""SubstanceSpecification.moiety\0"
	"SubstanceSpecification.property\0""SubstanceSpecification.structure\0"
	"SubstanceSpecification.structure.isotope\0"
	"SubstanceSpecification.structure.isotope.molecularWeight\0"
	"SubstanceSpecification.structure.representation\0"
	"SubstanceSpecification.code\0""SubstanceSpecification.name\0"
	"SubstanceSpecification.name.official\0"
	"SubstanceSpecification.relationship\0""SupplyDelivery.suppliedItem\0"
	"SupplyRequest.parameter\0""Task.restriction\0""Task.input\0""Task.output\0"
	"TerminologyCapabilities.software\0"
	"TerminologyCapabilities.implementation\0"
	"TerminologyCapabilities.codeSystem\0"
	"TerminologyCapabilities.codeSystem.version\0"
	"TerminologyCapabilities.codeSystem.version.filter\0"
	"TerminologyCapabilities.expansion\0"
	"TerminologyCapabilities.expansion.parameter\0"
	"TerminologyCapabilities.validateCode\0"
	"TerminologyCapabilities.translation\0""TerminologyCapabilities.closure\0"
	"TestReport.participant\0""TestReport.setup\0""TestReport.setup.action\0"
	"TestReport.setup.action.operation\0""TestReport.setup.action.assert\0"
	"TestReport.test\0""TestReport.test.action\0""TestReport.teardown\0"
	"TestReport.teardown.action\0""TestScript.origin\0"
	"TestScript.destination\0""TestScript.metadata\0"
	"TestScript.metadata.link\0""TestScript.metadata.capability\0"
	"TestScript.fixture\0""TestScript.variable\0""TestScript.setup\0"
	"TestScript.setup.action\0""TestScript.setup.action.operation\0"
	"TestScript.setup.action.operation.requestHeader\0"
	"TestScript.setup.action.assert\0""TestScript.test\0"
	"TestScript.test.action\0""TestScript.teardown\0"
	"TestScript.teardown.action\0""ValueSet.compose\0"
	"ValueSet.compose.include\0""ValueSet.compose.include.concept\0"
	"ValueSet.compose.include.concept.designation\0"
	"ValueSet.compose.include.filter\0""ValueSet.expansion\0"
	"ValueSet.expansion.parameter\0""ValueSet.expansion.contains\0"
	"VerificationResult.primarySource\0""VerificationResult.attestation\0"
	"VerificationResult.validator\0""VisionPrescription.lensSpecification\0"
	"VisionPrescription.lensSpecification.prism\0";

const size_t fhir_types_len = 684;

/* name, first element, element count, kind, primitive kind, flags */
const fhir_type fhir_types[] = {
	{ 23785, 0, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_BASE64BINARY, 0 }, /* 0 base64Binary */
	{ 23798, 2, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_BOOLEAN, 0 }, /* 1 boolean */
	{ 23806, 4, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_CANONICAL, 0 }, /* 2 canonical */
	{ 125, 6, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_CODE, 0 }, /* 3 code */
	{ 5261, 8, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_DATE, 0 }, /* 4 date */
	{ 8072, 10, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_DATETIME, 0 }, /* 5 dateTime */
	{ 23816, 12, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_DECIMAL, 0 }, /* 6 decimal */
	{ 0, 14, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_ID, 0 }, /* 7 id */
	{ 23824, 16, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_INSTANT, 0 }, /* 8 instant */
	{ 23832, 18, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_INTEGER, 0 }, /* 9 integer */
	{ 23840, 20, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_MARKDOWN, 0 }, /* 10 markdown */
	{ 23849, 22, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_OID, 0 }, /* 11 oid */
	{ 23853, 24, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_POSITIVEINT, 0 }, /* 12 positiveInt */
	{ 23865, 26, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_STRING, 0 }, /* 13 string */
	{ 166, 28, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_TIME, 0 }, /* 14 time */
	{ 23872, 30, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_UNSIGNEDINT, 0 }, /* 15 unsignedInt */
	{ 16924, 32, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_URI, 0 }, /* 16 uri */
	{ 197, 34, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_URL, 0 }, /* 17 url */
	{ 23884, 36, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_UUID, 0 }, /* 18 uuid */
	{ 23889, 38, 2, FHIR_KIND_PRIMITIVE, FHIR_PRIM_XHTML, 0 }, /* 19 xhtml */
	{ 23895, 40, 2, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 20 Element */
	{ 23903, 42, 3, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 21 BackboneElement */
	{ 23919, 45, 12, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 22 Address */
	{ 23927, 57, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 23 Age */
	{ 23931, 64, 5, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 24 Annotation */
	{ 23942, 69, 10, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 25 Attachment */
	{ 23953, 79, 4, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 26 CodeableConcept */
	{ 23969, 83, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 27 Coding */
	{ 23976, 90, 4, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 28 ContactDetail */
	{ 23990, 94, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 29 ContactPoint */
	{ 24003, 101, 5, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 30 Contributor */
	{ 24015, 106, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 31 Count */
	{ 24021, 113, 10, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 32 DataRequirement */
	{ 24037, 123, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 33 Distance */
	{ 24046, 130, 16, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 34 Dosage */
	{ 24053, 146, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 35 Duration */
	{ 24062, 153, 37, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 36 ElementDefinition */
	{ 24080, 190, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 37 Expression */
	{ 24091, 197, 4, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 38 Extension */
	{ 24101, 201, 9, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 39 HumanName */
	{ 24111, 210, 8, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 40 Identifier */
	{ 24122, 218, 8, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 41 MarketingStatus */
	{ 24138, 226, 8, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 42 Meta */
	{ 24143, 234, 4, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 43 Money */
	{ 24149, 238, 4, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 44 Narrative */
	{ 24159, 242, 9, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 45 ParameterDefinition */
	{ 24179, 251, 4, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 46 Period */
	{ 24186, 255, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 47 Population */
	{ 24197, 262, 14, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 48 ProdCharacteristic */
	{ 24216, 276, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 49 ProductShelfLife */
	{ 24233, 283, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 50 Quantity */
	{ 24242, 290, 4, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 51 Range */
	{ 24248, 294, 4, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 52 Ratio */
	{ 24254, 298, 6, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 53 Reference */
	{ 24264, 304, 9, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 54 RelatedArtifact */
	{ 24280, 313, 9, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 55 SampledData */
	{ 24292, 322, 9, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 56 Signature */
	{ 24302, 331, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 57 SubstanceAmount */
	{ 24318, 338, 6, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 58 Timing */
	{ 24325, 344, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 59 TriggerDefinition */
	{ 24343, 351, 4, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 60 UsageContext */
	{ 24356, 355, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 61 MoneyQuantity */
	{ 24370, 362, 7, FHIR_KIND_COMPLEX, FHIR_PRIM_NONE, 0 }, /* 62 SimpleQuantity */
	{ 24385, 369, 4, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, FHIR_T_ABSTRACT }, /* 63 Resource */
	{ 24394, 373, 8, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, FHIR_T_ABSTRACT }, /* 64 DomainResource */
	{ 24409, 381, 19, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 65 Account */
	{ 24417, 400, 54, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 66 ActivityDefinition */
	{ 24436, 454, 28, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 67 AdverseEvent */
	{ 24449, 482, 24, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 68 AllergyIntolerance */
	{ 24468, 506, 30, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 69 Appointment */
	{ 24480, 536, 16, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 70 AppointmentResponse */
	{ 24500, 552, 19, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 71 AuditEvent */
	{ 24511, 571, 13, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 72 Basic */
	{ 24517, 584, 7, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 73 Binary */
	{ 24524, 591, 19, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 74 BiologicallyDerivedProduct */
	{ 24551, 610, 16, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 75 BodyStructure */
	{ 24565, 626, 11, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 76 Bundle */
	{ 24572, 637, 34, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 77 CapabilityStatement */
	{ 24592, 671, 31, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 78 CarePlan */
	{ 24601, 702, 21, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 79 CareTeam */
	{ 24610, 723, 21, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 80 CatalogEntry */
	{ 24623, 744, 34, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 81 ChargeItem */
	{ 24634, 778, 31, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 82 ChargeItemDefinition */
	{ 24655, 809, 35, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 83 Claim */
	{ 24661, 844, 34, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 84 ClaimResponse */
	{ 24675, 878, 28, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 85 ClinicalImpression */
	{ 24694, 906, 34, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 86 CodeSystem */
	{ 24705, 940, 31, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 87 Communication */
	{ 24719, 971, 30, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 88 CommunicationRequest */
	{ 24740, 1001, 22, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 89 CompartmentDefinition */
	{ 24762, 1023, 23, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 90 Composition */
	{ 24774, 1046, 26, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 91 ConceptMap */
	{ 24785, 1072, 25, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 92 Condition */
	{ 24795, 1097, 21, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 93 Consent */
	{ 24803, 1118, 41, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 94 Contract */
	{ 24812, 1159, 25, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 95 Coverage */
	{ 24821, 1184, 22, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 96 CoverageEligibilityRequest */
	{ 24848, 1206, 23, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 97 CoverageEligibilityResponse */
	{ 24876, 1229, 20, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 98 DetectedIssue */
	{ 24890, 1249, 34, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 99 Device */
	{ 24897, 1283, 30, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 100 DeviceDefinition */
	{ 24914, 1313, 18, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 101 DeviceMetric */
	{ 24927, 1331, 32, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 102 DeviceRequest */
	{ 24941, 1363, 21, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 103 DeviceUseStatement */
	{ 24960, 1384, 26, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 104 DiagnosticReport */
	{ 24977, 1410, 20, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 105 DocumentManifest */
	{ 24994, 1430, 24, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 106 DocumentReference */
	{ 25012, 1454, 41, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 107 EffectEvidenceSynthesis */
	{ 25036, 1495, 31, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 108 Encounter */
	{ 25046, 1526, 19, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 109 Endpoint */
	{ 25055, 1545, 15, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 110 EnrollmentRequest */
	{ 25073, 1560, 16, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 111 EnrollmentResponse */
	{ 25092, 1576, 20, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 112 EpisodeOfCare */
	{ 25106, 1596, 36, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 113 EventDefinition */
	{ 25122, 1632, 36, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 114 Evidence */
	{ 25131, 1668, 35, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 115 EvidenceVariable */
	{ 25148, 1703, 25, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 116 ExampleScenario */
	{ 25164, 1728, 50, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 117 ExplanationOfBenefit */
	{ 25185, 1778, 26, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 118 FamilyMemberHistory */
	{ 25205, 1804, 16, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 119 Flag */
	{ 25210, 1820, 24, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 120 Goal */
	{ 25215, 1844, 23, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 121 GraphDefinition */
	{ 25231, 1867, 18, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 122 Group */
	{ 25237, 1885, 23, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 123 GuidanceResponse */
	{ 25254, 1908, 32, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 124 HealthcareService */
	{ 25272, 1940, 28, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 125 ImagingStudy */
	{ 25285, 1968, 36, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 126 Immunization */
	{ 25298, 2004, 21, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 127 ImmunizationEvaluation */
	{ 25321, 2025, 13, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 128 ImmunizationRecommendation */
	{ 25348, 2038, 28, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 129 ImplementationGuide */
	{ 25368, 2066, 22, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 130 InsurancePlan */
	{ 25382, 2088, 23, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 131 Invoice */
	{ 25390, 2111, 39, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 132 Library */
	{ 25398, 2150, 11, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 133 Linkage */
	{ 25406, 2161, 21, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 134 List */
	{ 25411, 2182, 25, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 135 Location */
	{ 25420, 2207, 49, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 136 Measure */
	{ 25428, 2256, 19, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 137 MeasureReport */
	{ 25442, 2275, 30, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 138 Media */
	{ 25448, 2305, 16, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 139 Medication */
	{ 25459, 2321, 27, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 140 MedicationAdministration */
	{ 25484, 2348, 32, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 141 MedicationDispense */
	{ 25503, 2380, 30, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 142 MedicationKnowledge */
	{ 25523, 2410, 40, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 143 MedicationRequest */
	{ 25541, 2450, 25, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 144 MedicationStatement */
	{ 25561, 2475, 28, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 145 MedicinalProduct */
	{ 25578, 2503, 24, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 146 MedicinalProductAuthorization */
	{ 25608, 2527, 15, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 147 MedicinalProductContraindication */
	{ 25641, 2542, 17, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 148 MedicinalProductIndication */
	{ 25668, 2559, 14, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 149 MedicinalProductIngredient */
	{ 25695, 2573, 15, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 150 MedicinalProductInteraction */
	{ 25723, 2588, 15, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 151 MedicinalProductManufactured */
	{ 25752, 2603, 17, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 152 MedicinalProductPackaged */
	{ 25777, 2620, 15, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 153 MedicinalProductPharmaceutical */
	{ 25808, 2635, 13, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 154 MedicinalProductUndesirableEffect */
	{ 25842, 2648, 32, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 155 MessageDefinition */
	{ 25860, 2680, 19, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 156 MessageHeader */
	{ 25874, 2699, 24, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 157 MolecularSequence */
	{ 25892, 2723, 21, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 158 NamingSystem */
	{ 25905, 2744, 25, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 159 NutritionOrder */
	{ 25920, 2769, 32, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 160 Observation */
	{ 25932, 2801, 21, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 161 ObservationDefinition */
	{ 25954, 2822, 34, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 162 OperationDefinition */
	{ 25974, 2856, 9, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 163 OperationOutcome */
	{ 25991, 2865, 18, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 164 Organization */
	{ 26004, 2883, 20, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 165 OrganizationAffiliation */
	{ 26028, 2903, 5, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 166 Parameters */
	{ 26039, 2908, 24, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 167 Patient */
	{ 26047, 2932, 20, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 168 PaymentNotice */
	{ 26061, 2952, 23, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 169 PaymentReconciliation */
	{ 26083, 2975, 18, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 170 Person */
	{ 26090, 2993, 39, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 171 PlanDefinition */
	{ 26105, 3032, 18, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 172 Practitioner */
	{ 26118, 3050, 22, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 173 PractitionerRole */
	{ 26135, 3072, 36, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 174 Procedure */
	{ 26145, 3108, 18, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 175 Provenance */
	{ 26156, 3126, 30, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 176 Questionnaire */
	{ 26170, 3156, 19, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 177 QuestionnaireResponse */
	{ 26192, 3175, 20, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 178 RelatedPerson */
	{ 26206, 3195, 26, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 179 RequestGroup */
	{ 26219, 3221, 42, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 180 ResearchDefinition */
	{ 26238, 3263, 41, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 181 ResearchElementDefinition */
	{ 26264, 3304, 32, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 182 ResearchStudy */
	{ 26278, 3336, 16, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 183 ResearchSubject */
	{ 26294, 3352, 25, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 184 RiskAssessment */
	{ 26309, 3377, 39, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 185 RiskEvidenceSynthesis */
	{ 26331, 3416, 16, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 186 Schedule */
	{ 26340, 3432, 34, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 187 SearchParameter */
	{ 26356, 3466, 41, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 188 ServiceRequest */
	{ 26371, 3507, 19, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 189 Slot */
	{ 26376, 3526, 21, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 190 Specimen */
	{ 26385, 3547, 14, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 191 SpecimenDefinition */
	{ 26404, 3561, 35, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 192 StructureDefinition */
	{ 26424, 3596, 26, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 193 StructureMap */
	{ 26437, 3622, 15, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 194 Subscription */
	{ 26450, 3637, 15, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 195 Substance */
	{ 26460, 3652, 13, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 196 SubstanceNucleicAcid */
	{ 26481, 3665, 14, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 197 SubstancePolymer */
	{ 26498, 3679, 12, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 198 SubstanceProtein */
	{ 26515, 3691, 13, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 199 SubstanceReferenceInformation */
	{ 26545, 3704, 21, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 200 SubstanceSourceMaterial */
	{ 26569, 3725, 26, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 201 SubstanceSpecification */
	{ 26592, 3751, 19, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 202 SupplyDelivery */
	{ 26607, 3770, 23, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 203 SupplyRequest */
	{ 26621, 3793, 39, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 204 Task */
	{ 26626, 3832, 32, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 205 TerminologyCapabilities */
	{ 26650, 3864, 20, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 206 TestReport */
	{ 26661, 3884, 32, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 207 TestScript */
	{ 26672, 3916, 26, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 208 ValueSet */
	{ 26681, 3942, 22, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 209 VerificationResult */
	{ 26700, 3964, 16, FHIR_KIND_RESOURCE, FHIR_PRIM_NONE, 0 }, /* 210 VisionPrescription */
	{ 26719, 3980, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 211 DataRequirement.codeFilter */
	{ 26746, 3986, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 212 DataRequirement.dateFilter */
	{ 26773, 3991, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 213 DataRequirement.sort */
	{ 26794, 3995, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 214 Dosage.doseAndRate */
	{ 26813, 4000, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 215 ElementDefinition.slicing */
	{ 26839, 4006, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 216 ElementDefinition.slicing.discriminator */
	{ 26879, 4010, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 217 ElementDefinition.base */
	{ 26902, 4015, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 218 ElementDefinition.type */
	{ 26925, 4022, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 219 ElementDefinition.example */
	{ 26951, 4026, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 220 ElementDefinition.constraint */
	{ 26980, 4035, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 221 ElementDefinition.binding */
	{ 27006, 4040, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 222 ElementDefinition.mapping */
	{ 27032, 4046, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 223 SubstanceAmount.referenceRange */
	{ 27063, 4050, 17, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 224 Timing.repeat */
	{ 27077, 4067, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 225 Account.coverage */
	{ 27094, 4072, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 226 Account.guarantor */
	{ 27112, 4078, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 227 ActivityDefinition.participant */
	{ 27143, 4083, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 228 ActivityDefinition.dynamicValue */
	{ 27175, 4088, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 229 AdverseEvent.suspectEntity */
	{ 27202, 4093, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 230 AdverseEvent.suspectEntity.causality */
	{ 27239, 4100, 10, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 231 AllergyIntolerance.reaction */
	{ 27267, 4110, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 232 Appointment.participant */
	{ 27291, 4118, 14, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 233 AuditEvent.agent */
	{ 27308, 4132, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 234 AuditEvent.agent.network */
	{ 27333, 4137, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 235 AuditEvent.source */
	{ 27351, 4143, 12, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 236 AuditEvent.entity */
	{ 27369, 4155, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 237 AuditEvent.entity.detail */
	{ 27394, 4160, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 238 BiologicallyDerivedProduct.collection */
	{ 27432, 4166, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 239 BiologicallyDerivedProduct.processing */
	{ 27470, 4173, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 240 BiologicallyDerivedProduct.manipulation */
	{ 27510, 4178, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 241 BiologicallyDerivedProduct.storage */
	{ 27545, 4185, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 242 Bundle.link */
	{ 27557, 4190, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 243 Bundle.entry */
	{ 27570, 4199, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 244 Bundle.entry.search */
	{ 27590, 4204, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 245 Bundle.entry.request */
	{ 27611, 4213, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 246 Bundle.entry.response */
	{ 27633, 4221, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 247 CapabilityStatement.software */
	{ 27662, 4227, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 248 CapabilityStatement.implementation */
	{ 27697, 4233, 11, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 249 CapabilityStatement.rest */
	{ 27722, 4244, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 250 CapabilityStatement.rest.security */
	{ 27756, 4250, 20, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 251 CapabilityStatement.rest.resource */
	{ 27790, 4270, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 252 CapabilityStatement.rest.resource.interaction */
	{ 27836, 4275, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 253 CapabilityStatement.rest.resource.searchParam */
	{ 27882, 4282, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 254 CapabilityStatement.rest.resource.operation */
	{ 27926, 4288, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 255 CapabilityStatement.rest.interaction */
	{ 27963, 4293, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 256 CapabilityStatement.messaging */
	{ 27993, 4300, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 257 CapabilityStatement.messaging.endpoint */
	{ 28032, 4305, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 258 CapabilityStatement.messaging.supportedMessage */
	{ 28079, 4310, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 259 CapabilityStatement.document */
	{ 28108, 4316, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 260 CarePlan.activity */
	{ 28126, 4324, 20, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 261 CarePlan.activity.detail */
	{ 28151, 4344, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 262 CareTeam.participant */
	{ 28172, 4351, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 263 CatalogEntry.relatedEntry */
	{ 28198, 4356, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 264 ChargeItem.performer */
	{ 28219, 4361, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 265 ChargeItemDefinition.applicability */
	{ 28254, 4367, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 266 ChargeItemDefinition.propertyGroup */
	{ 28289, 4372, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 267 ChargeItemDefinition.propertyGroup.priceComponent */
	{ 28339, 4379, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 268 Claim.related */
	{ 28353, 4385, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 269 Claim.payee */
	{ 28365, 4390, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 270 Claim.careTeam */
	{ 28380, 4398, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 271 Claim.supportingInfo */
	{ 28401, 4407, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 272 Claim.diagnosis */
	{ 28417, 4415, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 273 Claim.procedure */
	{ 28433, 4423, 10, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 274 Claim.insurance */
	{ 28449, 4433, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 275 Claim.accident */
	{ 28464, 4439, 24, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 276 Claim.item */
	{ 28475, 4463, 15, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 277 Claim.item.detail */
	{ 28493, 4478, 14, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 278 Claim.item.detail.subDetail */
	{ 28521, 4492, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 279 ClaimResponse.item */
	{ 28540, 4499, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 280 ClaimResponse.item.adjudication */
	{ 28572, 4506, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 281 ClaimResponse.item.detail */
	{ 28598, 4513, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 282 ClaimResponse.item.detail.subDetail */
	{ 28634, 4519, 21, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 283 ClaimResponse.addItem */
	{ 28656, 4540, 12, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 284 ClaimResponse.addItem.detail */
	{ 28685, 4552, 11, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 285 ClaimResponse.addItem.detail.subDetail */
	{ 28724, 4563, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 286 ClaimResponse.total */
	{ 28744, 4568, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 287 ClaimResponse.payment */
	{ 28766, 4577, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 288 ClaimResponse.processNote */
	{ 28792, 4584, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 289 ClaimResponse.insurance */
	{ 28816, 4592, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 290 ClaimResponse.error */
	{ 28836, 4599, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 291 ClinicalImpression.investigation */
	{ 28869, 4604, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 292 ClinicalImpression.finding */
	{ 28896, 4610, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 293 CodeSystem.filter */
	{ 28914, 4617, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 294 CodeSystem.property */
	{ 28934, 4624, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 295 CodeSystem.concept */
	{ 28953, 4633, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 296 CodeSystem.concept.designation */
	{ 28984, 4639, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 297 CodeSystem.concept.property */
	{ 29012, 4644, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 298 Communication.payload */
	{ 29034, 4648, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 299 CommunicationRequest.payload */
	{ 29063, 4652, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 300 CompartmentDefinition.resource */
	{ 29094, 4658, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 301 Composition.attester */
	{ 29115, 4664, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 302 Composition.relatesTo */
	{ 29137, 4669, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 303 Composition.event */
	{ 29155, 4675, 13, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 304 Composition.section */
	{ 29175, 4688, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 305 ConceptMap.group */
	{ 29192, 4697, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 306 ConceptMap.group.element */
	{ 29217, 4703, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 307 ConceptMap.group.element.target */
	{ 29249, 4712, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 308 ConceptMap.group.element.target.dependsOn */
	{ 29291, 4719, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 309 ConceptMap.group.unmapped */
	{ 29317, 4726, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 310 Condition.stage */
	{ 29333, 4732, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 311 Condition.evidence */
	{ 29352, 4737, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 312 Consent.policy */
	{ 29367, 4742, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 313 Consent.verification */
	{ 29388, 4748, 14, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 314 Consent.provision */
	{ 29406, 4762, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 315 Consent.provision.actor */
	{ 29430, 4767, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 316 Consent.provision.data */
	{ 29453, 4772, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 317 Contract.contentDefinition */
	{ 29480, 4781, 15, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 318 Contract.term */
	{ 29494, 4796, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 319 Contract.term.securityLabel */
	{ 29522, 4803, 13, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 320 Contract.term.offer */
	{ 29542, 4816, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 321 Contract.term.offer.party */
	{ 29568, 4821, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 322 Contract.term.offer.answer */
	{ 29595, 4825, 18, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 323 Contract.term.asset */
	{ 29615, 4843, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 324 Contract.term.asset.context */
	{ 29643, 4849, 17, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 325 Contract.term.asset.valuedItem */
	{ 29674, 4866, 24, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 326 Contract.term.action */
	{ 29695, 4890, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 327 Contract.term.action.subject */
	{ 29724, 4895, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 328 Contract.signer */
	{ 29740, 4901, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 329 Contract.friendly */
	{ 29758, 4905, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 330 Contract.legal */
	{ 29773, 4909, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 331 Contract.rule */
	{ 29787, 4913, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 332 Coverage.class */
	{ 29802, 4919, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 333 Coverage.costToBeneficiary */
	{ 29829, 4925, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 334 Coverage.costToBeneficiary.exception */
	{ 29866, 4930, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 335 CoverageEligibilityRequest.supportingInfo */
	{ 29908, 4936, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 336 CoverageEligibilityRequest.insurance */
	{ 29945, 4942, 13, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 337 CoverageEligibilityRequest.item */
	{ 29977, 4955, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 338 CoverageEligibilityRequest.item.diagnosis */
	{ 30019, 4959, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 339 CoverageEligibilityResponse.insurance */
	{ 30057, 4966, 17, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 340 CoverageEligibilityResponse.insurance.item */
	{ 30100, 4983, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 341 CoverageEligibilityResponse.insurance.item.benefit */
	{ 30151, 4989, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 342 CoverageEligibilityResponse.error */
	{ 30185, 4993, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 343 DetectedIssue.evidence */
	{ 30208, 4998, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 344 DetectedIssue.mitigation */
	{ 30233, 5004, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 345 Device.udiCarrier */
	{ 30251, 5013, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 346 Device.deviceName */
	{ 30269, 5018, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 347 Device.specialization */
	{ 30291, 5023, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 348 Device.version */
	{ 30306, 5029, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 349 Device.property */
	{ 30322, 5035, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 350 DeviceDefinition.udiDeviceIdentifier */
	{ 30359, 5041, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 351 DeviceDefinition.deviceName */
	{ 30387, 5046, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 352 DeviceDefinition.specialization */
	{ 30419, 5051, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 353 DeviceDefinition.capability */
	{ 30447, 5056, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 354 DeviceDefinition.property */
	{ 30473, 5062, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 355 DeviceDefinition.material */
	{ 30499, 5068, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 356 DeviceMetric.calibration */
	{ 30524, 5074, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 357 DeviceRequest.parameter */
	{ 30548, 5079, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 358 DiagnosticReport.media */
	{ 30571, 5084, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 359 DocumentManifest.related */
	{ 30596, 5089, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 360 DocumentReference.relatesTo */
	{ 30624, 5094, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 361 DocumentReference.content */
	{ 30650, 5099, 10, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 362 DocumentReference.context */
	{ 30676, 5109, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 363 EffectEvidenceSynthesis.sampleSize */
	{ 30711, 5115, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 364 EffectEvidenceSynthesis.resultsByExposure */
	{ 30753, 5122, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 365 EffectEvidenceSynthesis.effectEstimate */
	{ 30792, 5131, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 366 EffectEvidenceSynthesis.effectEstimate.precisionEstimate */
	{ 30849, 5138, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 367 EffectEvidenceSynthesis.certainty */
	{ 30883, 5144, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 368 EffectEvidenceSynthesis.certainty.certaintySubcomponent */
	{ 30939, 5150, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 369 Encounter.statusHistory */
	{ 30963, 5155, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 370 Encounter.classHistory */
	{ 30986, 5160, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 371 Encounter.participant */
	{ 31008, 5166, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 372 Encounter.diagnosis */
	{ 31028, 5172, 12, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 373 Encounter.hospitalization */
	{ 31054, 5184, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 374 Encounter.location */
	{ 31073, 5191, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 375 EpisodeOfCare.statusHistory */
	{ 31101, 5196, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 376 EpisodeOfCare.diagnosis */
	{ 31125, 5202, 10, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 377 EvidenceVariable.characteristic */
	{ 31157, 5212, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 378 ExampleScenario.actor */
	{ 31179, 5219, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 379 ExampleScenario.instance */
	{ 31204, 5228, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 380 ExampleScenario.instance.version */
	{ 31237, 5233, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 381 ExampleScenario.instance.containedInstance */
	{ 31280, 5238, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 382 ExampleScenario.process */
	{ 31304, 5246, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 383 ExampleScenario.process.step */
	{ 31333, 5253, 13, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 384 ExampleScenario.process.step.operation */
	{ 31372, 5266, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 385 ExampleScenario.process.step.alternative */
	{ 31413, 5272, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 386 ExplanationOfBenefit.related */
	{ 31442, 5278, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 387 ExplanationOfBenefit.payee */
	{ 31469, 5283, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 388 ExplanationOfBenefit.careTeam */
	{ 31499, 5291, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 389 ExplanationOfBenefit.supportingInfo */
	{ 31535, 5300, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 390 ExplanationOfBenefit.diagnosis */
	{ 31566, 5308, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 391 ExplanationOfBenefit.procedure */
	{ 31597, 5316, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 392 ExplanationOfBenefit.insurance */
	{ 31628, 5322, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 393 ExplanationOfBenefit.accident */
	{ 31658, 5328, 26, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 394 ExplanationOfBenefit.item */
	{ 31684, 5354, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 395 ExplanationOfBenefit.item.adjudication */
	{ 31723, 5361, 17, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 396 ExplanationOfBenefit.item.detail */
	{ 31756, 5378, 16, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 397 ExplanationOfBenefit.item.detail.subDetail */
	{ 31799, 5394, 21, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 398 ExplanationOfBenefit.addItem */
	{ 31828, 5415, 12, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 399 ExplanationOfBenefit.addItem.detail */
	{ 31864, 5427, 11, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 400 ExplanationOfBenefit.addItem.detail.subDetail */
	{ 31910, 5438, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 401 ExplanationOfBenefit.total */
	{ 31937, 5443, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 402 ExplanationOfBenefit.payment */
	{ 31966, 5452, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 403 ExplanationOfBenefit.processNote */
	{ 31999, 5459, 11, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 404 ExplanationOfBenefit.benefitBalance */
	{ 32035, 5470, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 405 ExplanationOfBenefit.benefitBalance.financial */
	{ 32081, 5476, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 406 FamilyMemberHistory.condition */
	{ 32111, 5484, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 407 Goal.target */
	{ 32123, 5490, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 408 GraphDefinition.link */
	{ 32144, 5499, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 409 GraphDefinition.link.target */
	{ 32172, 5507, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 410 GraphDefinition.link.target.compartment */
	{ 32212, 5515, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 411 Group.characteristic */
	{ 32233, 5522, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 412 Group.member */
	{ 32246, 5528, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 413 HealthcareService.eligibility */
	{ 32276, 5533, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 414 HealthcareService.availableTime */
	{ 32308, 5540, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 415 HealthcareService.notAvailable */
	{ 32339, 5545, 15, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 416 ImagingStudy.series */
	{ 32359, 5560, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 417 ImagingStudy.series.performer */
	{ 32389, 5565, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 418 ImagingStudy.series.instance */
	{ 32418, 5572, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 419 Immunization.performer */
	{ 32441, 5577, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 420 Immunization.education */
	{ 32464, 5584, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 421 Immunization.reaction */
	{ 32486, 5590, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 422 Immunization.protocolApplied */
	{ 32515, 5598, 15, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 423 ImmunizationRecommendation.recommendation */
	{ 32557, 5613, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 424 ImmunizationRecommendation.recommendation.dateCriterion */
	{ 32613, 5618, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 425 ImplementationGuide.dependsOn */
	{ 32643, 5624, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 426 ImplementationGuide.global */
	{ 32670, 5629, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 427 ImplementationGuide.definition */
	{ 32701, 5637, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 428 ImplementationGuide.definition.grouping */
	{ 32741, 5642, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 429 ImplementationGuide.definition.resource */
	{ 32781, 5651, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 430 ImplementationGuide.definition.page */
	{ 32817, 5658, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 431 ImplementationGuide.definition.parameter */
	{ 32858, 5663, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 432 ImplementationGuide.definition.template */
	{ 32898, 5669, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 433 ImplementationGuide.manifest */
	{ 32927, 5677, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 434 ImplementationGuide.manifest.resource */
	{ 32965, 5683, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 435 ImplementationGuide.manifest.page */
	{ 32999, 5689, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 436 InsurancePlan.contact */
	{ 33021, 5696, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 437 InsurancePlan.coverage */
	{ 33044, 5702, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 438 InsurancePlan.coverage.benefit */
	{ 33075, 5708, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 439 InsurancePlan.coverage.benefit.limit */
	{ 33112, 5713, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 440 InsurancePlan.plan */
	{ 33131, 5722, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 441 InsurancePlan.plan.generalCost */
	{ 33162, 5729, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 442 InsurancePlan.plan.specificCost */
	{ 33194, 5734, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 443 InsurancePlan.plan.specificCost.benefit */
	{ 33234, 5739, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 444 InsurancePlan.plan.specificCost.benefit.cost */
	{ 33279, 5746, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 445 Invoice.participant */
	{ 33299, 5751, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 446 Invoice.lineItem */
	{ 33316, 5757, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 447 Invoice.lineItem.priceComponent */
	{ 33348, 5764, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 448 Linkage.item */
	{ 33361, 5769, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 449 List.entry */
	{ 33372, 5776, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 450 Location.position */
	{ 33390, 5782, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 451 Location.hoursOfOperation */
	{ 33416, 5789, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 452 Measure.group */
	{ 33430, 5796, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 453 Measure.group.population */
	{ 33455, 5802, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 454 Measure.group.stratifier */
	{ 33480, 5809, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 455 Measure.group.stratifier.component */
	{ 33515, 5815, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 456 Measure.supplementalData */
	{ 33540, 5822, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 457 MeasureReport.group */
	{ 33560, 5829, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 458 MeasureReport.group.population */
	{ 33591, 5835, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 459 MeasureReport.group.stratifier */
	{ 33622, 5840, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 460 MeasureReport.group.stratifier.stratum */
	{ 33661, 5847, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 461 MeasureReport.group.stratifier.stratum.component */
	{ 33710, 5852, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 462 MeasureReport.group.stratifier.stratum.population */
	{ 33760, 5858, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 463 Medication.ingredient */
	{ 33782, 5864, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 464 Medication.batch */
	{ 33799, 5869, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 465 MedicationAdministration.performer */
	{ 33834, 5874, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 466 MedicationAdministration.dosage */
	{ 33866, 5883, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 467 MedicationDispense.performer */
	{ 33895, 5888, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 468 MedicationDispense.substitution */
	{ 33927, 5895, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 469 MedicationKnowledge.relatedMedicationKnowledge */
	{ 33974, 5900, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 470 MedicationKnowledge.monograph */
	{ 34004, 5905, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 471 MedicationKnowledge.ingredient */
	{ 34035, 5911, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 472 MedicationKnowledge.cost */
	{ 34060, 5917, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 473 MedicationKnowledge.monitoringProgram */
	{ 34098, 5922, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 474 MedicationKnowledge.administrationGuidelines */
	{ 34143, 5928, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 475 MedicationKnowledge.administrationGuidelines.dosage */
	{ 34195, 5933, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 476 MedicationKnowledge.administrationGuidelines.patientCharacteristics */
	{ 34263, 5938, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 477 MedicationKnowledge.medicineClassification */
	{ 34306, 5943, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 478 MedicationKnowledge.packaging */
	{ 34336, 5948, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 479 MedicationKnowledge.drugCharacteristic */
	{ 34375, 5953, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 480 MedicationKnowledge.regulatory */
	{ 34406, 5960, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 481 MedicationKnowledge.regulatory.substitution */
	{ 34450, 5965, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 482 MedicationKnowledge.regulatory.schedule */
	{ 34490, 5969, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 483 MedicationKnowledge.regulatory.maxDispense */
	{ 34533, 5974, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 484 MedicationKnowledge.kinetics */
	{ 34562, 5980, 10, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 485 MedicationRequest.dispenseRequest */
	{ 34596, 5990, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 486 MedicationRequest.dispenseRequest.initialFill */
	{ 34642, 5995, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 487 MedicationRequest.substitution */
	{ 34673, 6000, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 488 MedicinalProduct.name */
	{ 34695, 6006, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 489 MedicinalProduct.name.namePart */
	{ 34726, 6011, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 490 MedicinalProduct.name.countryLanguage */
	{ 34764, 6017, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 491 MedicinalProduct.manufacturingBusinessOperation */
	{ 34812, 6026, 10, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 492 MedicinalProduct.specialDesignation */
	{ 34848, 6036, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 493 MedicinalProductAuthorization.jurisdictionalAuthorization */
	{ 34906, 6044, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 494 MedicinalProductAuthorization.procedure */
	{ 34946, 6051, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 495 MedicinalProductContraindication.otherTherapy */
	{ 34992, 6056, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 496 MedicinalProductIndication.otherTherapy */
	{ 35032, 6061, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 497 MedicinalProductIngredient.specifiedSubstance */
	{ 35078, 6068, 10, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 498 MedicinalProductIngredient.specifiedSubstance.strength */
	{ 35133, 6078, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 499 MedicinalProductIngredient.specifiedSubstance.strength.referenceStrength */
	{ 35206, 6086, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 500 MedicinalProductIngredient.substance */
	{ 35243, 6091, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 501 MedicinalProductInteraction.interactant */
	{ 35283, 6095, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 502 MedicinalProductPackaged.batchIdentifier */
	{ 35324, 6100, 15, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 503 MedicinalProductPackaged.packageItem */
	{ 35361, 6115, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 504 MedicinalProductPharmaceutical.characteristics */
	{ 35408, 6120, 10, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 505 MedicinalProductPharmaceutical.routeOfAdministration */
	{ 35461, 6130, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 506 MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies */
	{ 35528, 6135, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 507 MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.withdrawalPeriod */
	{ 35612, 6141, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 508 MessageDefinition.focus */
	{ 35636, 6148, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 509 MessageDefinition.allowedResponse */
	{ 35670, 6153, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 510 MessageHeader.destination */
	{ 35696, 6160, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 511 MessageHeader.source */
	{ 35717, 6168, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 512 MessageHeader.response */
	{ 35740, 6174, 12, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 513 MolecularSequence.referenceSeq */
	{ 35771, 6186, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 514 MolecularSequence.variant */
	{ 35797, 6195, 18, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 515 MolecularSequence.quality */
	{ 35823, 6213, 10, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 516 MolecularSequence.quality.roc */
	{ 35853, 6223, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 517 MolecularSequence.repository */
	{ 35882, 6232, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 518 MolecularSequence.structureVariant */
	{ 35917, 6240, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 519 MolecularSequence.structureVariant.outer */
	{ 35958, 6245, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 520 MolecularSequence.structureVariant.inner */
	{ 35999, 6250, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 521 NamingSystem.uniqueId */
	{ 36021, 6258, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 522 NutritionOrder.oralDiet */
	{ 36045, 6267, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 523 NutritionOrder.oralDiet.nutrient */
	{ 36078, 6272, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 524 NutritionOrder.oralDiet.texture */
	{ 36110, 6277, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 525 NutritionOrder.supplement */
	{ 36136, 6285, 12, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 526 NutritionOrder.enteralFormula */
	{ 36166, 6297, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 527 NutritionOrder.enteralFormula.administration */
	{ 36211, 6303, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 528 Observation.referenceRange */
	{ 36238, 6312, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 529 Observation.component */
	{ 36260, 6320, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 530 ObservationDefinition.quantitativeDetails */
	{ 36302, 6327, 11, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 531 ObservationDefinition.qualifiedInterval */
	{ 36342, 6338, 14, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 532 OperationDefinition.parameter */
	{ 36372, 6352, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 533 OperationDefinition.parameter.binding */
	{ 36410, 6357, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 534 OperationDefinition.parameter.referencedFrom */
	{ 36455, 6362, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 535 OperationDefinition.overload */
	{ 36484, 6367, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 536 OperationOutcome.issue */
	{ 36507, 6376, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 537 Organization.contact */
	{ 36528, 6383, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 538 Parameters.parameter */
	{ 36549, 6390, 10, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 539 Patient.contact */
	{ 36565, 6400, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 540 Patient.communication */
	{ 36587, 6405, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 541 Patient.link */
	{ 36600, 6410, 13, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 542 PaymentReconciliation.detail */
	{ 36629, 6423, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 543 PaymentReconciliation.processNote */
	{ 36663, 6428, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 544 Person.link */
	{ 36675, 6433, 10, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 545 PlanDefinition.goal */
	{ 36695, 6443, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 546 PlanDefinition.goal.target */
	{ 36722, 6449, 30, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 547 PlanDefinition.action */
	{ 36744, 6479, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 548 PlanDefinition.action.condition */
	{ 36776, 6484, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 549 PlanDefinition.action.relatedAction */
	{ 36812, 6490, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 550 PlanDefinition.action.participant */
	{ 36846, 6495, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 551 PlanDefinition.action.dynamicValue */
	{ 36881, 6500, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 552 Practitioner.qualification */
	{ 36908, 6507, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 553 PractitionerRole.availableTime */
	{ 36939, 6514, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 554 PractitionerRole.notAvailable */
	{ 36969, 6519, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 555 Procedure.performer */
	{ 36989, 6525, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 556 Procedure.focalDevice */
	{ 37011, 6530, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 557 Provenance.agent */
	{ 37028, 6537, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 558 Provenance.entity */
	{ 37046, 6543, 19, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 559 Questionnaire.item */
	{ 37065, 6562, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 560 Questionnaire.item.enableWhen */
	{ 37095, 6568, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 561 Questionnaire.item.answerOption */
	{ 37127, 6573, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 562 Questionnaire.item.initial */
	{ 37154, 6577, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 563 QuestionnaireResponse.item */
	{ 37181, 6585, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 564 QuestionnaireResponse.item.answer */
	{ 37215, 6590, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 565 RelatedPerson.communication */
	{ 37243, 6595, 22, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 566 RequestGroup.action */
	{ 37263, 6617, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 567 RequestGroup.action.condition */
	{ 37293, 6622, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 568 RequestGroup.action.relatedAction */
	{ 37327, 6628, 15, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 569 ResearchElementDefinition.characteristic */
	{ 37368, 6643, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 570 ResearchStudy.arm */
	{ 37386, 6649, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 571 ResearchStudy.objective */
	{ 37410, 6654, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 572 RiskAssessment.prediction */
	{ 37436, 6663, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 573 RiskEvidenceSynthesis.sampleSize */
	{ 37469, 6669, 10, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 574 RiskEvidenceSynthesis.riskEstimate */
	{ 37504, 6679, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 575 RiskEvidenceSynthesis.riskEstimate.precisionEstimate */
	{ 37557, 6686, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 576 RiskEvidenceSynthesis.certainty */
	{ 37589, 6692, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 577 RiskEvidenceSynthesis.certainty.certaintySubcomponent */
	{ 37643, 6698, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 578 SearchParameter.component */
	{ 37669, 6703, 10, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 579 Specimen.collection */
	{ 37689, 6713, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 580 Specimen.processing */
	{ 37709, 6720, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 581 Specimen.container */
	{ 37728, 6729, 11, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 582 SpecimenDefinition.typeTested */
	{ 37758, 6740, 11, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 583 SpecimenDefinition.typeTested.container */
	{ 37798, 6751, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 584 SpecimenDefinition.typeTested.container.additive */
	{ 37847, 6755, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 585 SpecimenDefinition.typeTested.handling */
	{ 37886, 6762, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 586 StructureDefinition.mapping */
	{ 37914, 6769, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 587 StructureDefinition.context */
	{ 37942, 6774, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 588 StructureDefinition.snapshot */
	{ 37971, 6778, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 589 StructureDefinition.differential */
	{ 38004, 6782, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 590 StructureMap.structure */
	{ 38027, 6789, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 591 StructureMap.group */
	{ 38046, 6798, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 592 StructureMap.group.input */
	{ 38071, 6805, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 593 StructureMap.group.rule */
	{ 38095, 6814, 14, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 594 StructureMap.group.rule.source */
	{ 38126, 6828, 11, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 595 StructureMap.group.rule.target */
	{ 38157, 6839, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 596 StructureMap.group.rule.target.parameter */
	{ 38198, 6843, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 597 StructureMap.group.rule.dependent */
	{ 38232, 6848, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 598 Subscription.channel */
	{ 38253, 6855, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 599 Substance.instance */
	{ 38272, 6861, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 600 Substance.ingredient */
	{ 38293, 6866, 11, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 601 SubstanceNucleicAcid.subunit */
	{ 38322, 6877, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 602 SubstanceNucleicAcid.subunit.linkage */
	{ 38359, 6884, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 603 SubstanceNucleicAcid.subunit.sugar */
	{ 38394, 6890, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 604 SubstancePolymer.monomerSet */
	{ 38422, 6895, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 605 SubstancePolymer.monomerSet.startingMaterial */
	{ 38467, 6902, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 606 SubstancePolymer.repeat */
	{ 38491, 6909, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 607 SubstancePolymer.repeat.repeatUnit */
	{ 38526, 6917, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 608 SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation */
	{ 38584, 6922, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 609 SubstancePolymer.repeat.repeatUnit.structuralRepresentation */
	{ 38644, 6928, 11, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 610 SubstanceProtein.subunit */
	{ 38669, 6939, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 611 SubstanceReferenceInformation.gene */
	{ 38704, 6945, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 612 SubstanceReferenceInformation.geneElement */
	{ 38746, 6951, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 613 SubstanceReferenceInformation.classification */
	{ 38791, 6958, 11, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 614 SubstanceReferenceInformation.target */
	{ 38828, 6969, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 615 SubstanceSourceMaterial.fractionDescription */
	{ 38872, 6974, 11, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 616 SubstanceSourceMaterial.organism */
	{ 38905, 6985, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 617 SubstanceSourceMaterial.organism.author */
	{ 38945, 6990, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 618 SubstanceSourceMaterial.organism.hybrid */
	{ 38985, 6998, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 619 SubstanceSourceMaterial.organism.organismGeneral */
	{ 39034, 7005, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 620 SubstanceSourceMaterial.partDescription */
	{ 39074, 7010, 10, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 621 SubstanceSpecification.moiety */
	{ 39104, 7020, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 622 SubstanceSpecification.property */
	{ 39136, 7028, 11, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 623 SubstanceSpecification.structure */
	{ 39169, 7039, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 624 SubstanceSpecification.structure.isotope */
	{ 39210, 7047, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 625 SubstanceSpecification.structure.isotope.molecularWeight */
	{ 39267, 7053, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 626 SubstanceSpecification.structure.representation */
	{ 39315, 7059, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 627 SubstanceSpecification.code */
	{ 39343, 7067, 14, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 628 SubstanceSpecification.name */
	{ 39371, 7081, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 629 SubstanceSpecification.name.official */
	{ 39408, 7087, 10, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 630 SubstanceSpecification.relationship */
	{ 39444, 7097, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 631 SupplyDelivery.suppliedItem */
	{ 39472, 7102, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 632 SupplyRequest.parameter */
	{ 39496, 7107, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 633 Task.restriction */
	{ 39513, 7113, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 634 Task.input */
	{ 39524, 7118, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 635 Task.output */
	{ 39536, 7123, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 636 TerminologyCapabilities.software */
	{ 39569, 7128, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 637 TerminologyCapabilities.implementation */
	{ 39608, 7133, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 638 TerminologyCapabilities.codeSystem */
	{ 39643, 7139, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 639 TerminologyCapabilities.codeSystem.version */
	{ 39686, 7148, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 640 TerminologyCapabilities.codeSystem.version.filter */
	{ 39736, 7153, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 641 TerminologyCapabilities.expansion */
	{ 39770, 7161, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 642 TerminologyCapabilities.expansion.parameter */
	{ 39814, 7166, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 643 TerminologyCapabilities.validateCode */
	{ 39851, 7170, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 644 TerminologyCapabilities.translation */
	{ 39887, 7174, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 645 TerminologyCapabilities.closure */
	{ 39919, 7178, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 646 TestReport.participant */
	{ 39942, 7184, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 647 TestReport.setup */
	{ 39959, 7188, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 648 TestReport.setup.action */
	{ 39983, 7193, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 649 TestReport.setup.action.operation */
	{ 40017, 7199, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 650 TestReport.setup.action.assert */
	{ 40048, 7205, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 651 TestReport.test */
	{ 40064, 7211, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 652 TestReport.test.action */
	{ 40087, 7216, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 653 TestReport.teardown */
	{ 40107, 7220, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 654 TestReport.teardown.action */
	{ 40134, 7224, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 655 TestScript.origin */
	{ 40152, 7229, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 656 TestScript.destination */
	{ 40175, 7234, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 657 TestScript.metadata */
	{ 40195, 7239, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 658 TestScript.metadata.link */
	{ 40220, 7244, 10, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 659 TestScript.metadata.capability */
	{ 40251, 7254, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 660 TestScript.fixture */
	{ 40270, 7260, 11, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 661 TestScript.variable */
	{ 40290, 7271, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 662 TestScript.setup */
	{ 40307, 7275, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 663 TestScript.setup.action */
	{ 40331, 7280, 20, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 664 TestScript.setup.action.operation */
	{ 40365, 7300, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 665 TestScript.setup.action.operation.requestHeader */
	{ 40413, 7305, 25, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 666 TestScript.setup.action.assert */
	{ 40444, 7330, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 667 TestScript.test */
	{ 40460, 7336, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 668 TestScript.test.action */
	{ 40483, 7341, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 669 TestScript.teardown */
	{ 40503, 7345, 4, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 670 TestScript.teardown.action */
	{ 40530, 7349, 7, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 671 ValueSet.compose */
	{ 40547, 7356, 8, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 672 ValueSet.compose.include */
	{ 40572, 7364, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 673 ValueSet.compose.include.concept */
	{ 40605, 7370, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 674 ValueSet.compose.include.concept.designation */
	{ 40650, 7376, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 675 ValueSet.compose.include.filter */
	{ 40682, 7382, 9, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 676 ValueSet.expansion */
	{ 40701, 7391, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 677 ValueSet.expansion.parameter */
	{ 40730, 7396, 11, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 678 ValueSet.expansion.contains */
	{ 40758, 7407, 10, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 679 VerificationResult.primarySource */
	{ 40791, 7417, 11, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 680 VerificationResult.attestation */
	{ 40822, 7428, 6, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 681 VerificationResult.validator */
	{ 40851, 7434, 17, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 682 VisionPrescription.lensSpecification */
	{ 40888, 7451, 5, FHIR_KIND_BACKBONE, FHIR_PRIM_NONE, 0 }, /* 683 VisionPrescription.lensSpecification.prism */
};

/* Type indexes sorted by name, for binary search. */
const uint16_t fhir_types_by_name[] = {
	65, 225, 226, 66, 228, 227, 22, 67, 229, 230, 23, 68, 231, 24, 69, 232,
	70, 25, 71, 233, 234, 236, 237, 235, 21, 72, 73, 74, 238, 240, 239, 241,
	75, 76, 243, 245, 246, 244, 242, 77, 259, 248, 256, 257, 258, 249, 255, 251,
	252, 254, 253, 250, 247, 78, 260, 261, 79, 262, 80, 263, 81, 264, 82, 265,
	266, 267, 83, 275, 270, 272, 274, 276, 277, 278, 269, 273, 268, 271, 84, 283,
	284, 285, 290, 289, 279, 280, 281, 282, 287, 288, 286, 85, 292, 291, 86, 295,
	296, 297, 293, 294, 26, 27, 87, 298, 88, 299, 89, 300, 90, 301, 303, 302,
	304, 91, 305, 306, 307, 308, 309, 92, 311, 310, 93, 312, 314, 315, 316, 313,
	28, 29, 94, 317, 329, 330, 331, 328, 318, 326, 327, 323, 324, 325, 320, 322,
	321, 319, 30, 31, 95, 332, 333, 334, 96, 336, 337, 338, 335, 97, 342, 339,
	340, 341, 32, 211, 212, 213, 98, 343, 344, 99, 346, 349, 347, 345, 348, 100,
	353, 351, 355, 354, 352, 350, 101, 356, 102, 357, 103, 104, 358, 33, 105, 359,
	106, 361, 362, 360, 64, 34, 214, 35, 107, 367, 368, 365, 366, 364, 363, 20,
	36, 217, 221, 220, 219, 222, 215, 216, 218, 108, 370, 372, 373, 374, 371, 369,
	109, 110, 111, 112, 376, 375, 113, 114, 115, 377, 116, 378, 379, 381, 380, 382,
	383, 385, 384, 117, 393, 398, 399, 400, 404, 405, 388, 390, 392, 394, 395, 396,
	397, 387, 402, 391, 403, 386, 389, 401, 37, 38, 118, 406, 119, 120, 407, 121,
	408, 409, 410, 122, 411, 412, 123, 124, 414, 413, 415, 39, 40, 125, 416, 418,
	417, 126, 420, 419, 422, 421, 127, 128, 423, 424, 129, 427, 428, 430, 431, 429,
	432, 425, 426, 433, 435, 434, 130, 436, 437, 438, 439, 440, 441, 442, 443, 444,
	131, 446, 447, 445, 132, 133, 448, 134, 449, 135, 451, 450, 41, 136, 452, 453,
	454, 455, 456, 137, 457, 458, 459, 460, 461, 462, 138, 139, 464, 463, 140, 466,
	465, 141, 467, 468, 142, 474, 475, 476, 472, 479, 471, 484, 477, 473, 470, 478,
	480, 483, 482, 481, 469, 143, 485, 486, 487, 144, 145, 491, 488, 490, 489, 492,
	146, 493, 494, 147, 495, 148, 496, 149, 497, 498, 499, 500, 150, 501, 151, 152,
	502, 503, 153, 504, 505, 506, 507, 154, 155, 509, 508, 156, 510, 512, 511, 42,
	157, 515, 516, 513, 517, 518, 520, 519, 514, 43, 61, 158, 521, 44, 159, 526,
	527, 522, 523, 524, 525, 160, 529, 528, 161, 531, 530, 162, 535, 532, 533, 534,
	163, 536, 164, 537, 165, 45, 166, 538, 167, 540, 539, 541, 168, 169, 542, 543,
	46, 170, 544, 171, 547, 548, 551, 550, 549, 545, 546, 47, 172, 552, 173, 553,
	554, 174, 556, 555, 48, 49, 175, 557, 558, 50, 176, 559, 561, 560, 562, 177,
	563, 564, 51, 52, 53, 54, 178, 565, 179, 566, 567, 568, 180, 181, 569, 182,
	570, 571, 183, 63, 184, 572, 185, 576, 577, 574, 575, 573, 55, 186, 187, 578,
	188, 56, 62, 189, 190, 579, 581, 580, 191, 582, 583, 584, 585, 192, 587, 589,
	586, 588, 193, 591, 592, 593, 597, 594, 595, 596, 590, 194, 598, 195, 600, 599,
	57, 223, 196, 601, 602, 603, 197, 604, 605, 606, 607, 608, 609, 198, 610, 199,
	613, 611, 612, 614, 200, 615, 616, 617, 618, 619, 620, 201, 627, 621, 628, 629,
	622, 630, 623, 624, 625, 626, 202, 631, 203, 632, 204, 634, 635, 633, 205, 645,
	638, 639, 640, 641, 642, 637, 636, 644, 643, 206, 646, 647, 648, 650, 649, 653,
	654, 651, 652, 207, 656, 660, 657, 659, 658, 655, 662, 663, 666, 664, 665, 669,
	670, 667, 668, 661, 58, 224, 59, 60, 208, 671, 672, 673, 674, 675, 676, 678,
	677, 209, 680, 679, 681, 210, 682, 683, 0, 1, 2, 3, 4, 5, 6, 7,
	8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
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
	{ 356, 211, 6, M, 0 }, /* DataRequirement.codeFilter */
	{ 367, 212, 7, M, 0 }, /* DataRequirement.dateFilter */
	{ 378, 12, 8, 0, 0 }, /* DataRequirement.limit */
	{ 384, 213, 9, M, 0 }, /* DataRequirement.sort */
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
	{ 513, 214, 12, M, 0 }, /* Dosage.doseAndRate */
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
	{ 642, 215, 9, 0, 0 }, /* ElementDefinition.slicing */
	{ 650, 13, 10, 0, 0 }, /* ElementDefinition.short */
	{ 656, 10, 11, 0, 0 }, /* ElementDefinition.definition */
	{ 667, 10, 12, 0, 0 }, /* ElementDefinition.comment */
	{ 675, 10, 13, 0, 0 }, /* ElementDefinition.requirements */
	{ 688, 13, 14, M, 0 }, /* ElementDefinition.alias */
	{ 694, 15, 15, 0, 0 }, /* ElementDefinition.min */
	{ 698, 13, 16, 0, 0 }, /* ElementDefinition.max */
	{ 702, 217, 17, 0, 0 }, /* ElementDefinition.base */
	{ 707, 16, 18, 0, 0 }, /* ElementDefinition.contentReference */
	{ 35, 218, 19, M, 0 }, /* ElementDefinition.type */
	{ 724, 6, 20, C, 50 }, /* ElementDefinition.defaultValue */
	{ 1796, 10, 21, 0, 0 }, /* ElementDefinition.meaningWhenMissing */
	{ 1815, 13, 22, 0, 0 }, /* ElementDefinition.orderMeaning */
	{ 1828, 56, 23, C, 50 }, /* ElementDefinition.fixed */
	{ 2543, 106, 24, C, 50 }, /* ElementDefinition.pattern */
	{ 3360, 219, 25, M, 0 }, /* ElementDefinition.example */
	{ 3368, 156, 26, C, 9 }, /* ElementDefinition.minValue */
	{ 3525, 165, 27, C, 9 }, /* ElementDefinition.maxValue */
	{ 3682, 9, 28, 0, 0 }, /* ElementDefinition.maxLength */
	{ 3692, 7, 29, M, 0 }, /* ElementDefinition.condition */
	{ 3702, 220, 30, M, 0 }, /* ElementDefinition.constraint */
	{ 344, 1, 31, 0, 0 }, /* ElementDefinition.mustSupport */
	{ 3713, 1, 32, 0, 0 }, /* ElementDefinition.isModifier */
	{ 3724, 13, 33, 0, 0 }, /* ElementDefinition.isModifierReason */
	{ 3741, 1, 34, 0, 0 }, /* ElementDefinition.isSummary */
	{ 3751, 221, 35, 0, 0 }, /* ElementDefinition.binding */
	{ 3759, 222, 36, M, 0 }, /* ElementDefinition.mapping */
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
	{ 5081, 223, 6, 0, 0 }, /* SubstanceAmount.referenceRange */
	{ 0, 13, 0, A, 0 }, /* Timing.id */
	{ 3, 38, 1, M, 0 }, /* Timing.extension */
	{ 13, 38, 2, M, 0 }, /* Timing.modifierExtension */
	{ 5096, 5, 3, M, 0 }, /* Timing.event */
	{ 5102, 224, 4, 0, 0 }, /* Timing.repeat */
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
	{ 0, 7, 0, 0, 0 }, /* Account.id */
	{ 5164, 42, 1, 0, 0 }, /* Account.meta */
	{ 5169, 16, 2, 0, 0 }, /* Account.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Account.language */
	{ 40, 44, 4, 0, 0 }, /* Account.text */
	{ 5183, 63, 5, M, 0 }, /* Account.contained */
	{ 3, 38, 6, M, 0 }, /* Account.extension */
	{ 13, 38, 7, M, 0 }, /* Account.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Account.identifier */
	{ 4558, 3, 9, R, 0 }, /* Account.status */
	{ 35, 26, 10, 0, 0 }, /* Account.type */
	{ 262, 13, 11, 0, 0 }, /* Account.name */
	{ 296, 53, 12, M, 0 }, /* Account.subject */
	{ 5193, 46, 13, 0, 0 }, /* Account.servicePeriod */
	{ 5207, 225, 14, M, 0 }, /* Account.coverage */
	{ 5216, 53, 15, 0, 0 }, /* Account.owner */
	{ 3767, 13, 16, 0, 0 }, /* Account.description */
	{ 5222, 226, 17, M, 0 }, /* Account.guarantor */
	{ 5232, 53, 18, 0, 0 }, /* Account.partOf */
	{ 0, 7, 0, 0, 0 }, /* ActivityDefinition.id */
	{ 5164, 42, 1, 0, 0 }, /* ActivityDefinition.meta */
	{ 5169, 16, 2, 0, 0 }, /* ActivityDefinition.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* ActivityDefinition.language */
	{ 40, 44, 4, 0, 0 }, /* ActivityDefinition.text */
	{ 5183, 63, 5, M, 0 }, /* ActivityDefinition.contained */
	{ 3, 38, 6, M, 0 }, /* ActivityDefinition.extension */
	{ 13, 38, 7, M, 0 }, /* ActivityDefinition.modifierExtension */
	{ 197, 16, 8, 0, 0 }, /* ActivityDefinition.url */
	{ 4824, 40, 9, M, 0 }, /* ActivityDefinition.identifier */
	{ 233, 13, 10, 0, 0 }, /* ActivityDefinition.version */
	{ 262, 13, 11, 0, 0 }, /* ActivityDefinition.name */
	{ 211, 13, 12, 0, 0 }, /* ActivityDefinition.title */
	{ 5239, 13, 13, 0, 0 }, /* ActivityDefinition.subtitle */
	{ 4558, 3, 14, R, 0 }, /* ActivityDefinition.status */
	{ 5248, 1, 15, 0, 0 }, /* ActivityDefinition.experimental */
	{ 296, 237, 16, C, 2 }, /* ActivityDefinition.subject */
	{ 5261, 5, 17, 0, 0 }, /* ActivityDefinition.date */
	{ 5266, 13, 18, 0, 0 }, /* ActivityDefinition.publisher */
	{ 280, 28, 19, M, 0 }, /* ActivityDefinition.contact */
	{ 3767, 10, 20, 0, 0 }, /* ActivityDefinition.description */
	{ 5276, 60, 21, M, 0 }, /* ActivityDefinition.useContext */
	{ 4545, 26, 22, M, 0 }, /* ActivityDefinition.jurisdiction */
	{ 5287, 10, 23, 0, 0 }, /* ActivityDefinition.purpose */
	{ 5295, 13, 24, 0, 0 }, /* ActivityDefinition.usage */
	{ 5301, 10, 25, 0, 0 }, /* ActivityDefinition.copyright */
	{ 5311, 4, 26, 0, 0 }, /* ActivityDefinition.approvalDate */
	{ 5324, 4, 27, 0, 0 }, /* ActivityDefinition.lastReviewDate */
	{ 5339, 46, 28, 0, 0 }, /* ActivityDefinition.effectivePeriod */
	{ 5355, 26, 29, M, 0 }, /* ActivityDefinition.topic */
	{ 130, 28, 30, M, 0 }, /* ActivityDefinition.author */
	{ 5361, 28, 31, M, 0 }, /* ActivityDefinition.editor */
	{ 5368, 28, 32, M, 0 }, /* ActivityDefinition.reviewer */
	{ 5377, 28, 33, M, 0 }, /* ActivityDefinition.endorser */
	{ 5386, 54, 34, M, 0 }, /* ActivityDefinition.relatedArtifact */
	{ 5402, 2, 35, M, 0 }, /* ActivityDefinition.library */
	{ 5410, 3, 36, 0, 0 }, /* ActivityDefinition.kind */
	{ 288, 2, 37, 0, 0 }, /* ActivityDefinition.profile */
	{ 125, 26, 38, 0, 0 }, /* ActivityDefinition.code */
	{ 5415, 3, 39, 0, 0 }, /* ActivityDefinition.intent */
	{ 5422, 3, 40, 0, 0 }, /* ActivityDefinition.priority */
	{ 5431, 1, 41, 0, 0 }, /* ActivityDefinition.doNotPerform */
	{ 439, 239, 42, C, 6 }, /* ActivityDefinition.timing */
	{ 5494, 53, 43, 0, 0 }, /* ActivityDefinition.location */
	{ 5503, 227, 44, M, 0 }, /* ActivityDefinition.participant */
	{ 5515, 245, 45, C, 2 }, /* ActivityDefinition.product */
	{ 5563, 50, 46, 0, 0 }, /* ActivityDefinition.quantity */
	{ 5572, 34, 47, M, 0 }, /* ActivityDefinition.dosage */
	{ 5579, 26, 48, M, 0 }, /* ActivityDefinition.bodySite */
	{ 5588, 53, 49, M, 0 }, /* ActivityDefinition.specimenRequirement */
	{ 5608, 53, 50, M, 0 }, /* ActivityDefinition.observationRequirement */
	{ 5631, 53, 51, M, 0 }, /* ActivityDefinition.observationResultRequirement */
	{ 5660, 2, 52, 0, 0 }, /* ActivityDefinition.transform */
	{ 5670, 228, 53, M, 0 }, /* ActivityDefinition.dynamicValue */
	{ 0, 7, 0, 0, 0 }, /* AdverseEvent.id */
	{ 5164, 42, 1, 0, 0 }, /* AdverseEvent.meta */
	{ 5169, 16, 2, 0, 0 }, /* AdverseEvent.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* AdverseEvent.language */
	{ 40, 44, 4, 0, 0 }, /* AdverseEvent.text */
	{ 5183, 63, 5, M, 0 }, /* AdverseEvent.contained */
	{ 3, 38, 6, M, 0 }, /* AdverseEvent.extension */
	{ 13, 38, 7, M, 0 }, /* AdverseEvent.modifierExtension */
	{ 4824, 40, 8, 0, 0 }, /* AdverseEvent.identifier */
	{ 5683, 3, 9, R, 0 }, /* AdverseEvent.actuality */
	{ 5693, 26, 10, M, 0 }, /* AdverseEvent.category */
	{ 5096, 26, 11, 0, 0 }, /* AdverseEvent.event */
	{ 296, 53, 12, R, 0 }, /* AdverseEvent.subject */
	{ 5702, 53, 13, 0, 0 }, /* AdverseEvent.encounter */
	{ 5261, 5, 14, 0, 0 }, /* AdverseEvent.date */
	{ 5712, 5, 15, 0, 0 }, /* AdverseEvent.detected */
	{ 5721, 5, 16, 0, 0 }, /* AdverseEvent.recordedDate */
	{ 5734, 53, 17, M, 0 }, /* AdverseEvent.resultingCondition */
	{ 5494, 53, 18, 0, 0 }, /* AdverseEvent.location */
	{ 5753, 26, 19, 0, 0 }, /* AdverseEvent.seriousness */
	{ 5765, 26, 20, 0, 0 }, /* AdverseEvent.severity */
	{ 5774, 26, 21, 0, 0 }, /* AdverseEvent.outcome */
	{ 5782, 53, 22, 0, 0 }, /* AdverseEvent.recorder */
	{ 5791, 53, 23, M, 0 }, /* AdverseEvent.contributor */
	{ 5803, 229, 24, M, 0 }, /* AdverseEvent.suspectEntity */
	{ 5817, 53, 25, M, 0 }, /* AdverseEvent.subjectMedicalHistory */
	{ 5839, 53, 26, M, 0 }, /* AdverseEvent.referenceDocument */
	{ 5857, 53, 27, M, 0 }, /* AdverseEvent.study */
	{ 0, 7, 0, 0, 0 }, /* AllergyIntolerance.id */
	{ 5164, 42, 1, 0, 0 }, /* AllergyIntolerance.meta */
	{ 5169, 16, 2, 0, 0 }, /* AllergyIntolerance.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* AllergyIntolerance.language */
	{ 40, 44, 4, 0, 0 }, /* AllergyIntolerance.text */
	{ 5183, 63, 5, M, 0 }, /* AllergyIntolerance.contained */
	{ 3, 38, 6, M, 0 }, /* AllergyIntolerance.extension */
	{ 13, 38, 7, M, 0 }, /* AllergyIntolerance.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* AllergyIntolerance.identifier */
	{ 5863, 26, 9, 0, 0 }, /* AllergyIntolerance.clinicalStatus */
	{ 5878, 26, 10, 0, 0 }, /* AllergyIntolerance.verificationStatus */
	{ 35, 3, 11, 0, 0 }, /* AllergyIntolerance.type */
	{ 5693, 3, 12, M, 0 }, /* AllergyIntolerance.category */
	{ 5897, 3, 13, 0, 0 }, /* AllergyIntolerance.criticality */
	{ 125, 26, 14, 0, 0 }, /* AllergyIntolerance.code */
	{ 5909, 53, 15, R, 0 }, /* AllergyIntolerance.patient */
	{ 5702, 53, 16, 0, 0 }, /* AllergyIntolerance.encounter */
	{ 5917, 247, 17, C, 5 }, /* AllergyIntolerance.onset */
	{ 5721, 5, 18, 0, 0 }, /* AllergyIntolerance.recordedDate */
	{ 5782, 53, 19, 0, 0 }, /* AllergyIntolerance.recorder */
	{ 5981, 53, 20, 0, 0 }, /* AllergyIntolerance.asserter */
	{ 5990, 5, 21, 0, 0 }, /* AllergyIntolerance.lastOccurrence */
	{ 6005, 24, 22, M, 0 }, /* AllergyIntolerance.note */
	{ 6010, 231, 23, M, 0 }, /* AllergyIntolerance.reaction */
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
	{ 6019, 26, 10, 0, 0 }, /* Appointment.cancelationReason */
	{ 6037, 26, 11, M, 0 }, /* Appointment.serviceCategory */
	{ 6053, 26, 12, M, 0 }, /* Appointment.serviceType */
	{ 6065, 26, 13, M, 0 }, /* Appointment.specialty */
	{ 6075, 26, 14, 0, 0 }, /* Appointment.appointmentType */
	{ 6091, 26, 15, M, 0 }, /* Appointment.reasonCode */
	{ 6102, 53, 16, M, 0 }, /* Appointment.reasonReference */
	{ 5422, 15, 17, 0, 0 }, /* Appointment.priority */
	{ 3767, 13, 18, 0, 0 }, /* Appointment.description */
	{ 6118, 53, 19, M, 0 }, /* Appointment.supportingInformation */
	{ 4656, 8, 20, 0, 0 }, /* Appointment.start */
	{ 4662, 8, 21, 0, 0 }, /* Appointment.end */
	{ 6140, 12, 22, 0, 0 }, /* Appointment.minutesDuration */
	{ 6156, 53, 23, M, 0 }, /* Appointment.slot */
	{ 6161, 5, 24, 0, 0 }, /* Appointment.created */
	{ 667, 13, 25, 0, 0 }, /* Appointment.comment */
	{ 420, 13, 26, 0, 0 }, /* Appointment.patientInstruction */
	{ 6169, 53, 27, M, 0 }, /* Appointment.basedOn */
	{ 5503, 232, 28, M|R, 0 }, /* Appointment.participant */
	{ 6177, 46, 29, M, 0 }, /* Appointment.requestedPeriod */
	{ 0, 7, 0, 0, 0 }, /* AppointmentResponse.id */
	{ 5164, 42, 1, 0, 0 }, /* AppointmentResponse.meta */
	{ 5169, 16, 2, 0, 0 }, /* AppointmentResponse.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* AppointmentResponse.language */
	{ 40, 44, 4, 0, 0 }, /* AppointmentResponse.text */
	{ 5183, 63, 5, M, 0 }, /* AppointmentResponse.contained */
	{ 3, 38, 6, M, 0 }, /* AppointmentResponse.extension */
	{ 13, 38, 7, M, 0 }, /* AppointmentResponse.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* AppointmentResponse.identifier */
	{ 6193, 53, 9, R, 0 }, /* AppointmentResponse.appointment */
	{ 4656, 8, 10, 0, 0 }, /* AppointmentResponse.start */
	{ 4662, 8, 11, 0, 0 }, /* AppointmentResponse.end */
	{ 6205, 26, 12, M, 0 }, /* AppointmentResponse.participantType */
	{ 6221, 53, 13, 0, 0 }, /* AppointmentResponse.actor */
	{ 6227, 3, 14, R, 0 }, /* AppointmentResponse.participantStatus */
	{ 667, 13, 15, 0, 0 }, /* AppointmentResponse.comment */
	{ 0, 7, 0, 0, 0 }, /* AuditEvent.id */
	{ 5164, 42, 1, 0, 0 }, /* AuditEvent.meta */
	{ 5169, 16, 2, 0, 0 }, /* AuditEvent.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* AuditEvent.language */
	{ 40, 44, 4, 0, 0 }, /* AuditEvent.text */
	{ 5183, 63, 5, M, 0 }, /* AuditEvent.contained */
	{ 3, 38, 6, M, 0 }, /* AuditEvent.extension */
	{ 13, 38, 7, M, 0 }, /* AuditEvent.modifierExtension */
	{ 35, 27, 8, R, 0 }, /* AuditEvent.type */
	{ 6245, 27, 9, M, 0 }, /* AuditEvent.subtype */
	{ 6253, 3, 10, 0, 0 }, /* AuditEvent.action */
	{ 89, 46, 11, 0, 0 }, /* AuditEvent.period */
	{ 6260, 8, 12, R, 0 }, /* AuditEvent.recorded */
	{ 5774, 3, 13, 0, 0 }, /* AuditEvent.outcome */
	{ 6269, 13, 14, 0, 0 }, /* AuditEvent.outcomeDesc */
	{ 6281, 26, 15, M, 0 }, /* AuditEvent.purposeOfEvent */
	{ 6296, 233, 16, M|R, 0 }, /* AuditEvent.agent */
	{ 4609, 235, 17, R, 0 }, /* AuditEvent.source */
	{ 6302, 236, 18, M, 0 }, /* AuditEvent.entity */
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
	{ 6161, 4, 11, 0, 0 }, /* Basic.created */
	{ 130, 53, 12, 0, 0 }, /* Basic.author */
	{ 0, 7, 0, 0, 0 }, /* Binary.id */
	{ 5164, 42, 1, 0, 0 }, /* Binary.meta */
	{ 5169, 16, 2, 0, 0 }, /* Binary.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Binary.language */
	{ 171, 3, 4, R, 0 }, /* Binary.contentType */
	{ 6309, 53, 5, 0, 0 }, /* Binary.securityContext */
	{ 192, 0, 6, 0, 0 }, /* Binary.data */
	{ 0, 7, 0, 0, 0 }, /* BiologicallyDerivedProduct.id */
	{ 5164, 42, 1, 0, 0 }, /* BiologicallyDerivedProduct.meta */
	{ 5169, 16, 2, 0, 0 }, /* BiologicallyDerivedProduct.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* BiologicallyDerivedProduct.language */
	{ 40, 44, 4, 0, 0 }, /* BiologicallyDerivedProduct.text */
	{ 5183, 63, 5, M, 0 }, /* BiologicallyDerivedProduct.contained */
	{ 3, 38, 6, M, 0 }, /* BiologicallyDerivedProduct.extension */
	{ 13, 38, 7, M, 0 }, /* BiologicallyDerivedProduct.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* BiologicallyDerivedProduct.identifier */
	{ 6325, 3, 9, 0, 0 }, /* BiologicallyDerivedProduct.productCategory */
	{ 6341, 26, 10, 0, 0 }, /* BiologicallyDerivedProduct.productCode */
	{ 4558, 3, 11, 0, 0 }, /* BiologicallyDerivedProduct.status */
	{ 6353, 53, 12, M, 0 }, /* BiologicallyDerivedProduct.request */
	{ 5563, 9, 13, 0, 0 }, /* BiologicallyDerivedProduct.quantity */
	{ 6361, 53, 14, M, 0 }, /* BiologicallyDerivedProduct.parent */
	{ 6368, 238, 15, 0, 0 }, /* BiologicallyDerivedProduct.collection */
	{ 6379, 239, 16, M, 0 }, /* BiologicallyDerivedProduct.processing */
	{ 6390, 240, 17, 0, 0 }, /* BiologicallyDerivedProduct.manipulation */
	{ 6403, 241, 18, M, 0 }, /* BiologicallyDerivedProduct.storage */
	{ 0, 7, 0, 0, 0 }, /* BodyStructure.id */
	{ 5164, 42, 1, 0, 0 }, /* BodyStructure.meta */
	{ 5169, 16, 2, 0, 0 }, /* BodyStructure.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* BodyStructure.language */
	{ 40, 44, 4, 0, 0 }, /* BodyStructure.text */
	{ 5183, 63, 5, M, 0 }, /* BodyStructure.contained */
	{ 3, 38, 6, M, 0 }, /* BodyStructure.extension */
	{ 13, 38, 7, M, 0 }, /* BodyStructure.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* BodyStructure.identifier */
	{ 6411, 1, 9, 0, 0 }, /* BodyStructure.active */
	{ 6418, 26, 10, 0, 0 }, /* BodyStructure.morphology */
	{ 5494, 26, 11, 0, 0 }, /* BodyStructure.location */
	{ 6429, 26, 12, M, 0 }, /* BodyStructure.locationQualifier */
	{ 3767, 13, 13, 0, 0 }, /* BodyStructure.description */
	{ 4810, 25, 14, M, 0 }, /* BodyStructure.image */
	{ 5909, 53, 15, R, 0 }, /* BodyStructure.patient */
	{ 0, 7, 0, 0, 0 }, /* Bundle.id */
	{ 5164, 42, 1, 0, 0 }, /* Bundle.meta */
	{ 5169, 16, 2, 0, 0 }, /* Bundle.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Bundle.language */
	{ 4824, 40, 4, 0, 0 }, /* Bundle.identifier */
	{ 35, 3, 5, R, 0 }, /* Bundle.type */
	{ 6447, 8, 6, 0, 0 }, /* Bundle.timestamp */
	{ 6457, 15, 7, 0, 0 }, /* Bundle.total */
	{ 6463, 242, 8, M, 0 }, /* Bundle.link */
	{ 6468, 243, 9, M, 0 }, /* Bundle.entry */
	{ 6474, 56, 10, 0, 0 }, /* Bundle.signature */
	{ 0, 7, 0, 0, 0 }, /* CapabilityStatement.id */
	{ 5164, 42, 1, 0, 0 }, /* CapabilityStatement.meta */
	{ 5169, 16, 2, 0, 0 }, /* CapabilityStatement.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* CapabilityStatement.language */
	{ 40, 44, 4, 0, 0 }, /* CapabilityStatement.text */
	{ 5183, 63, 5, M, 0 }, /* CapabilityStatement.contained */
	{ 3, 38, 6, M, 0 }, /* CapabilityStatement.extension */
	{ 13, 38, 7, M, 0 }, /* CapabilityStatement.modifierExtension */
	{ 197, 16, 8, 0, 0 }, /* CapabilityStatement.url */
	{ 233, 13, 9, 0, 0 }, /* CapabilityStatement.version */
	{ 262, 13, 10, 0, 0 }, /* CapabilityStatement.name */
	{ 211, 13, 11, 0, 0 }, /* CapabilityStatement.title */
	{ 4558, 3, 12, R, 0 }, /* CapabilityStatement.status */
	{ 5248, 1, 13, 0, 0 }, /* CapabilityStatement.experimental */
	{ 5261, 5, 14, R, 0 }, /* CapabilityStatement.date */
	{ 5266, 13, 15, 0, 0 }, /* CapabilityStatement.publisher */
	{ 280, 28, 16, M, 0 }, /* CapabilityStatement.contact */
	{ 3767, 10, 17, 0, 0 }, /* CapabilityStatement.description */
	{ 5276, 60, 18, M, 0 }, /* CapabilityStatement.useContext */
	{ 4545, 26, 19, M, 0 }, /* CapabilityStatement.jurisdiction */
	{ 5287, 10, 20, 0, 0 }, /* CapabilityStatement.purpose */
	{ 5301, 10, 21, 0, 0 }, /* CapabilityStatement.copyright */
	{ 5410, 3, 22, R, 0 }, /* CapabilityStatement.kind */
	{ 6484, 2, 23, M, 0 }, /* CapabilityStatement.instantiates */
	{ 6497, 2, 24, M, 0 }, /* CapabilityStatement.imports */
	{ 6505, 247, 25, 0, 0 }, /* CapabilityStatement.software */
	{ 6514, 248, 26, 0, 0 }, /* CapabilityStatement.implementation */
	{ 6529, 3, 27, R, 0 }, /* CapabilityStatement.fhirVersion */
	{ 6541, 3, 28, M|R, 0 }, /* CapabilityStatement.format */
	{ 6548, 3, 29, M, 0 }, /* CapabilityStatement.patchFormat */
	{ 6560, 2, 30, M, 0 }, /* CapabilityStatement.implementationGuide */
	{ 6580, 249, 31, M, 0 }, /* CapabilityStatement.rest */
	{ 6585, 256, 32, M, 0 }, /* CapabilityStatement.messaging */
	{ 4904, 259, 33, M, 0 }, /* CapabilityStatement.document */
	{ 0, 7, 0, 0, 0 }, /* CarePlan.id */
	{ 5164, 42, 1, 0, 0 }, /* CarePlan.meta */
	{ 5169, 16, 2, 0, 0 }, /* CarePlan.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* CarePlan.language */
	{ 40, 44, 4, 0, 0 }, /* CarePlan.text */
	{ 5183, 63, 5, M, 0 }, /* CarePlan.contained */
	{ 3, 38, 6, M, 0 }, /* CarePlan.extension */
	{ 13, 38, 7, M, 0 }, /* CarePlan.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* CarePlan.identifier */
	{ 6595, 2, 9, M, 0 }, /* CarePlan.instantiatesCanonical */
	{ 6617, 16, 10, M, 0 }, /* CarePlan.instantiatesUri */
	{ 6169, 53, 11, M, 0 }, /* CarePlan.basedOn */
	{ 6633, 53, 12, M, 0 }, /* CarePlan.replaces */
	{ 5232, 53, 13, M, 0 }, /* CarePlan.partOf */
	{ 4558, 3, 14, R, 0 }, /* CarePlan.status */
	{ 5415, 3, 15, R, 0 }, /* CarePlan.intent */
	{ 5693, 26, 16, M, 0 }, /* CarePlan.category */
	{ 211, 13, 17, 0, 0 }, /* CarePlan.title */
	{ 3767, 13, 18, 0, 0 }, /* CarePlan.description */
	{ 296, 53, 19, R, 0 }, /* CarePlan.subject */
	{ 5702, 53, 20, 0, 0 }, /* CarePlan.encounter */
	{ 89, 46, 21, 0, 0 }, /* CarePlan.period */
	{ 6161, 5, 22, 0, 0 }, /* CarePlan.created */
	{ 130, 53, 23, 0, 0 }, /* CarePlan.author */
	{ 5791, 53, 24, M, 0 }, /* CarePlan.contributor */
	{ 6642, 53, 25, M, 0 }, /* CarePlan.careTeam */
	{ 6651, 53, 26, M, 0 }, /* CarePlan.addresses */
	{ 6661, 53, 27, M, 0 }, /* CarePlan.supportingInfo */
	{ 6676, 53, 28, M, 0 }, /* CarePlan.goal */
	{ 6681, 260, 29, M, 0 }, /* CarePlan.activity */
	{ 6005, 24, 30, M, 0 }, /* CarePlan.note */
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
	{ 5693, 26, 10, M, 0 }, /* CareTeam.category */
	{ 262, 13, 11, 0, 0 }, /* CareTeam.name */
	{ 296, 53, 12, 0, 0 }, /* CareTeam.subject */
	{ 5702, 53, 13, 0, 0 }, /* CareTeam.encounter */
	{ 89, 46, 14, 0, 0 }, /* CareTeam.period */
	{ 5503, 262, 15, M, 0 }, /* CareTeam.participant */
	{ 6091, 26, 16, M, 0 }, /* CareTeam.reasonCode */
	{ 6102, 53, 17, M, 0 }, /* CareTeam.reasonReference */
	{ 6690, 53, 18, M, 0 }, /* CareTeam.managingOrganization */
	{ 267, 29, 19, M, 0 }, /* CareTeam.telecom */
	{ 6005, 24, 20, M, 0 }, /* CareTeam.note */
	{ 0, 7, 0, 0, 0 }, /* CatalogEntry.id */
	{ 5164, 42, 1, 0, 0 }, /* CatalogEntry.meta */
	{ 5169, 16, 2, 0, 0 }, /* CatalogEntry.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* CatalogEntry.language */
	{ 40, 44, 4, 0, 0 }, /* CatalogEntry.text */
	{ 5183, 63, 5, M, 0 }, /* CatalogEntry.contained */
	{ 3, 38, 6, M, 0 }, /* CatalogEntry.extension */
	{ 13, 38, 7, M, 0 }, /* CatalogEntry.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* CatalogEntry.identifier */
	{ 35, 26, 9, 0, 0 }, /* CatalogEntry.type */
	{ 6711, 1, 10, R, 0 }, /* CatalogEntry.orderable */
	{ 6721, 53, 11, R, 0 }, /* CatalogEntry.referencedItem */
	{ 6736, 40, 12, M, 0 }, /* CatalogEntry.additionalIdentifier */
	{ 6757, 26, 13, M, 0 }, /* CatalogEntry.classification */
	{ 4558, 3, 14, 0, 0 }, /* CatalogEntry.status */
	{ 6772, 46, 15, 0, 0 }, /* CatalogEntry.validityPeriod */
	{ 6787, 5, 16, 0, 0 }, /* CatalogEntry.validTo */
	{ 4597, 5, 17, 0, 0 }, /* CatalogEntry.lastUpdated */
	{ 6795, 26, 18, M, 0 }, /* CatalogEntry.additionalCharacteristic */
	{ 6820, 26, 19, M, 0 }, /* CatalogEntry.additionalClassification */
	{ 6845, 263, 20, M, 0 }, /* CatalogEntry.relatedEntry */
	{ 0, 7, 0, 0, 0 }, /* ChargeItem.id */
	{ 5164, 42, 1, 0, 0 }, /* ChargeItem.meta */
	{ 5169, 16, 2, 0, 0 }, /* ChargeItem.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* ChargeItem.language */
	{ 40, 44, 4, 0, 0 }, /* ChargeItem.text */
	{ 5183, 63, 5, M, 0 }, /* ChargeItem.contained */
	{ 3, 38, 6, M, 0 }, /* ChargeItem.extension */
	{ 13, 38, 7, M, 0 }, /* ChargeItem.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* ChargeItem.identifier */
	{ 6858, 16, 9, M, 0 }, /* ChargeItem.definitionUri */
	{ 6872, 2, 10, M, 0 }, /* ChargeItem.definitionCanonical */
	{ 4558, 3, 11, R, 0 }, /* ChargeItem.status */
	{ 5232, 53, 12, M, 0 }, /* ChargeItem.partOf */
	{ 125, 26, 13, R, 0 }, /* ChargeItem.code */
	{ 296, 53, 14, R, 0 }, /* ChargeItem.subject */
	{ 6892, 53, 15, 0, 0 }, /* ChargeItem.context */
	{ 6900, 252, 16, C, 3 }, /* ChargeItem.occurrence */
	{ 6964, 264, 17, M, 0 }, /* ChargeItem.performer */
	{ 6974, 53, 18, 0, 0 }, /* ChargeItem.performingOrganization */
	{ 6997, 53, 19, 0, 0 }, /* ChargeItem.requestingOrganization */
	{ 7020, 53, 20, 0, 0 }, /* ChargeItem.costCenter */
	{ 5563, 50, 21, 0, 0 }, /* ChargeItem.quantity */
	{ 7031, 26, 22, M, 0 }, /* ChargeItem.bodysite */
	{ 7040, 6, 23, 0, 0 }, /* ChargeItem.factorOverride */
	{ 7055, 43, 24, 0, 0 }, /* ChargeItem.priceOverride */
	{ 7069, 13, 25, 0, 0 }, /* ChargeItem.overrideReason */
	{ 7084, 53, 26, 0, 0 }, /* ChargeItem.enterer */
	{ 7092, 5, 27, 0, 0 }, /* ChargeItem.enteredDate */
	{ 7104, 26, 28, M, 0 }, /* ChargeItem.reason */
	{ 7111, 53, 29, M, 0 }, /* ChargeItem.service */
	{ 5515, 255, 30, C, 2 }, /* ChargeItem.product */
	{ 7119, 53, 31, M, 0 }, /* ChargeItem.account */
	{ 6005, 24, 32, M, 0 }, /* ChargeItem.note */
	{ 6118, 53, 33, M, 0 }, /* ChargeItem.supportingInformation */
	{ 0, 7, 0, 0, 0 }, /* ChargeItemDefinition.id */
	{ 5164, 42, 1, 0, 0 }, /* ChargeItemDefinition.meta */
	{ 5169, 16, 2, 0, 0 }, /* ChargeItemDefinition.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* ChargeItemDefinition.language */
	{ 40, 44, 4, 0, 0 }, /* ChargeItemDefinition.text */
	{ 5183, 63, 5, M, 0 }, /* ChargeItemDefinition.contained */
	{ 3, 38, 6, M, 0 }, /* ChargeItemDefinition.extension */
	{ 13, 38, 7, M, 0 }, /* ChargeItemDefinition.modifierExtension */
	{ 197, 16, 8, R, 0 }, /* ChargeItemDefinition.url */
	{ 4824, 40, 9, M, 0 }, /* ChargeItemDefinition.identifier */
	{ 233, 13, 10, 0, 0 }, /* ChargeItemDefinition.version */
	{ 211, 13, 11, 0, 0 }, /* ChargeItemDefinition.title */
	{ 7127, 16, 12, M, 0 }, /* ChargeItemDefinition.derivedFromUri */
	{ 5232, 2, 13, M, 0 }, /* ChargeItemDefinition.partOf */
	{ 6633, 2, 14, M, 0 }, /* ChargeItemDefinition.replaces */
	{ 4558, 3, 15, R, 0 }, /* ChargeItemDefinition.status */
	{ 5248, 1, 16, 0, 0 }, /* ChargeItemDefinition.experimental */
	{ 5261, 5, 17, 0, 0 }, /* ChargeItemDefinition.date */
	{ 5266, 13, 18, 0, 0 }, /* ChargeItemDefinition.publisher */
	{ 280, 28, 19, M, 0 }, /* ChargeItemDefinition.contact */
	{ 3767, 10, 20, 0, 0 }, /* ChargeItemDefinition.description */
	{ 5276, 60, 21, M, 0 }, /* ChargeItemDefinition.useContext */
	{ 4545, 26, 22, M, 0 }, /* ChargeItemDefinition.jurisdiction */
	{ 5301, 10, 23, 0, 0 }, /* ChargeItemDefinition.copyright */
	{ 5311, 4, 24, 0, 0 }, /* ChargeItemDefinition.approvalDate */
	{ 5324, 4, 25, 0, 0 }, /* ChargeItemDefinition.lastReviewDate */
	{ 5339, 46, 26, 0, 0 }, /* ChargeItemDefinition.effectivePeriod */
	{ 125, 26, 27, 0, 0 }, /* ChargeItemDefinition.code */
	{ 7142, 53, 28, M, 0 }, /* ChargeItemDefinition.instance */
	{ 7151, 265, 29, M, 0 }, /* ChargeItemDefinition.applicability */
	{ 7165, 266, 30, M, 0 }, /* ChargeItemDefinition.propertyGroup */
	{ 0, 7, 0, 0, 0 }, /* Claim.id */
	{ 5164, 42, 1, 0, 0 }, /* Claim.meta */
	{ 5169, 16, 2, 0, 0 }, /* Claim.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Claim.language */
	{ 40, 44, 4, 0, 0 }, /* Claim.text */
	{ 5183, 63, 5, M, 0 }, /* Claim.contained */
	{ 3, 38, 6, M, 0 }, /* Claim.extension */
	{ 13, 38, 7, M, 0 }, /* Claim.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Claim.identifier */
	{ 4558, 3, 9, R, 0 }, /* Claim.status */
	{ 35, 26, 10, R, 0 }, /* Claim.type */
	{ 7179, 26, 11, 0, 0 }, /* Claim.subType */
	{ 31, 3, 12, R, 0 }, /* Claim.use */
	{ 5909, 53, 13, R, 0 }, /* Claim.patient */
	{ 7187, 46, 14, 0, 0 }, /* Claim.billablePeriod */
	{ 6161, 5, 15, R, 0 }, /* Claim.created */
	{ 7084, 53, 16, 0, 0 }, /* Claim.enterer */
	{ 7202, 53, 17, 0, 0 }, /* Claim.insurer */
	{ 7210, 53, 18, R, 0 }, /* Claim.provider */
	{ 5422, 26, 19, R, 0 }, /* Claim.priority */
	{ 7219, 26, 20, 0, 0 }, /* Claim.fundsReserve */
	{ 7232, 268, 21, M, 0 }, /* Claim.related */
	{ 7240, 53, 22, 0, 0 }, /* Claim.prescription */
	{ 7253, 53, 23, 0, 0 }, /* Claim.originalPrescription */
	{ 7274, 269, 24, 0, 0 }, /* Claim.payee */
	{ 7280, 53, 25, 0, 0 }, /* Claim.referral */
	{ 7289, 53, 26, 0, 0 }, /* Claim.facility */
	{ 6642, 270, 27, M, 0 }, /* Claim.careTeam */
	{ 6661, 271, 28, M, 0 }, /* Claim.supportingInfo */
	{ 7298, 272, 29, M, 0 }, /* Claim.diagnosis */
	{ 7308, 273, 30, M, 0 }, /* Claim.procedure */
	{ 7318, 274, 31, M|R, 0 }, /* Claim.insurance */
	{ 7328, 275, 32, 0, 0 }, /* Claim.accident */
	{ 7337, 276, 33, M, 0 }, /* Claim.item */
	{ 6457, 43, 34, 0, 0 }, /* Claim.total */
	{ 0, 7, 0, 0, 0 }, /* ClaimResponse.id */
	{ 5164, 42, 1, 0, 0 }, /* ClaimResponse.meta */
	{ 5169, 16, 2, 0, 0 }, /* ClaimResponse.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* ClaimResponse.language */
	{ 40, 44, 4, 0, 0 }, /* ClaimResponse.text */
	{ 5183, 63, 5, M, 0 }, /* ClaimResponse.contained */
	{ 3, 38, 6, M, 0 }, /* ClaimResponse.extension */
	{ 13, 38, 7, M, 0 }, /* ClaimResponse.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* ClaimResponse.identifier */
	{ 4558, 3, 9, R, 0 }, /* ClaimResponse.status */
	{ 35, 26, 10, R, 0 }, /* ClaimResponse.type */
	{ 7179, 26, 11, 0, 0 }, /* ClaimResponse.subType */
	{ 31, 3, 12, R, 0 }, /* ClaimResponse.use */
	{ 5909, 53, 13, R, 0 }, /* ClaimResponse.patient */
	{ 6161, 5, 14, R, 0 }, /* ClaimResponse.created */
	{ 7202, 53, 15, R, 0 }, /* ClaimResponse.insurer */
	{ 7342, 53, 16, 0, 0 }, /* ClaimResponse.requestor */
	{ 6353, 53, 17, 0, 0 }, /* ClaimResponse.request */
	{ 5774, 3, 18, R, 0 }, /* ClaimResponse.outcome */
	{ 7352, 13, 19, 0, 0 }, /* ClaimResponse.disposition */
	{ 7364, 13, 20, 0, 0 }, /* ClaimResponse.preAuthRef */
	{ 7375, 46, 21, 0, 0 }, /* ClaimResponse.preAuthPeriod */
	{ 7389, 26, 22, 0, 0 }, /* ClaimResponse.payeeType */
	{ 7337, 279, 23, M, 0 }, /* ClaimResponse.item */
	{ 7399, 283, 24, M, 0 }, /* ClaimResponse.addItem */
	{ 6457, 286, 25, M, 0 }, /* ClaimResponse.total */
	{ 7407, 287, 26, 0, 0 }, /* ClaimResponse.payment */
	{ 7219, 26, 27, 0, 0 }, /* ClaimResponse.fundsReserve */
	{ 7415, 26, 28, 0, 0 }, /* ClaimResponse.formCode */
	{ 7424, 25, 29, 0, 0 }, /* ClaimResponse.form */
	{ 7429, 288, 30, M, 0 }, /* ClaimResponse.processNote */
	{ 7441, 53, 31, M, 0 }, /* ClaimResponse.communicationRequest */
	{ 7318, 289, 32, M, 0 }, /* ClaimResponse.insurance */
	{ 7462, 290, 33, M, 0 }, /* ClaimResponse.error */
	{ 0, 7, 0, 0, 0 }, /* ClinicalImpression.id */
	{ 5164, 42, 1, 0, 0 }, /* ClinicalImpression.meta */
	{ 5169, 16, 2, 0, 0 }, /* ClinicalImpression.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* ClinicalImpression.language */
	{ 40, 44, 4, 0, 0 }, /* ClinicalImpression.text */
	{ 5183, 63, 5, M, 0 }, /* ClinicalImpression.contained */
	{ 3, 38, 6, M, 0 }, /* ClinicalImpression.extension */
	{ 13, 38, 7, M, 0 }, /* ClinicalImpression.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* ClinicalImpression.identifier */
	{ 4558, 3, 9, R, 0 }, /* ClinicalImpression.status */
	{ 7468, 26, 10, 0, 0 }, /* ClinicalImpression.statusReason */
	{ 125, 26, 11, 0, 0 }, /* ClinicalImpression.code */
	{ 3767, 13, 12, 0, 0 }, /* ClinicalImpression.description */
	{ 296, 53, 13, R, 0 }, /* ClinicalImpression.subject */
	{ 5702, 53, 14, 0, 0 }, /* ClinicalImpression.encounter */
	{ 7481, 257, 15, C, 2 }, /* ClinicalImpression.effective */
	{ 5261, 5, 16, 0, 0 }, /* ClinicalImpression.date */
	{ 7509, 53, 17, 0, 0 }, /* ClinicalImpression.assessor */
	{ 7518, 53, 18, 0, 0 }, /* ClinicalImpression.previous */
	{ 7527, 53, 19, M, 0 }, /* ClinicalImpression.problem */
	{ 7535, 291, 20, M, 0 }, /* ClinicalImpression.investigation */
	{ 7549, 16, 21, M, 0 }, /* ClinicalImpression.protocol */
	{ 7558, 13, 22, 0, 0 }, /* ClinicalImpression.summary */
	{ 7566, 292, 23, M, 0 }, /* ClinicalImpression.finding */
	{ 7574, 26, 24, M, 0 }, /* ClinicalImpression.prognosisCodeableConcept */
	{ 7599, 53, 25, M, 0 }, /* ClinicalImpression.prognosisReference */
	{ 6661, 53, 26, M, 0 }, /* ClinicalImpression.supportingInfo */
	{ 6005, 24, 27, M, 0 }, /* ClinicalImpression.note */
	{ 0, 7, 0, 0, 0 }, /* CodeSystem.id */
	{ 5164, 42, 1, 0, 0 }, /* CodeSystem.meta */
	{ 5169, 16, 2, 0, 0 }, /* CodeSystem.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* CodeSystem.language */
	{ 40, 44, 4, 0, 0 }, /* CodeSystem.text */
	{ 5183, 63, 5, M, 0 }, /* CodeSystem.contained */
	{ 3, 38, 6, M, 0 }, /* CodeSystem.extension */
	{ 13, 38, 7, M, 0 }, /* CodeSystem.modifierExtension */
	{ 197, 16, 8, 0, 0 }, /* CodeSystem.url */
	{ 4824, 40, 9, M, 0 }, /* CodeSystem.identifier */
	{ 233, 13, 10, 0, 0 }, /* CodeSystem.version */
	{ 262, 13, 11, 0, 0 }, /* CodeSystem.name */
	{ 211, 13, 12, 0, 0 }, /* CodeSystem.title */
	{ 4558, 3, 13, R, 0 }, /* CodeSystem.status */
	{ 5248, 1, 14, 0, 0 }, /* CodeSystem.experimental */
	{ 5261, 5, 15, 0, 0 }, /* CodeSystem.date */
	{ 5266, 13, 16, 0, 0 }, /* CodeSystem.publisher */
	{ 280, 28, 17, M, 0 }, /* CodeSystem.contact */
	{ 3767, 10, 18, 0, 0 }, /* CodeSystem.description */
	{ 5276, 60, 19, M, 0 }, /* CodeSystem.useContext */
	{ 4545, 26, 20, M, 0 }, /* CodeSystem.jurisdiction */
	{ 5287, 10, 21, 0, 0 }, /* CodeSystem.purpose */
	{ 5301, 10, 22, 0, 0 }, /* CodeSystem.copyright */
	{ 7618, 1, 23, 0, 0 }, /* CodeSystem.caseSensitive */
	{ 7632, 2, 24, 0, 0 }, /* CodeSystem.valueSet */
	{ 7641, 3, 25, 0, 0 }, /* CodeSystem.hierarchyMeaning */
	{ 7658, 1, 26, 0, 0 }, /* CodeSystem.compositional */
	{ 7672, 1, 27, 0, 0 }, /* CodeSystem.versionNeeded */
	{ 7686, 3, 28, R, 0 }, /* CodeSystem.content */
	{ 7694, 2, 29, 0, 0 }, /* CodeSystem.supplements */
	{ 7706, 15, 30, 0, 0 }, /* CodeSystem.count */
	{ 7712, 293, 31, M, 0 }, /* CodeSystem.filter */
	{ 7719, 294, 32, M, 0 }, /* CodeSystem.property */
	{ 7728, 295, 33, M, 0 }, /* CodeSystem.concept */
	{ 0, 7, 0, 0, 0 }, /* Communication.id */
	{ 5164, 42, 1, 0, 0 }, /* Communication.meta */
	{ 5169, 16, 2, 0, 0 }, /* Communication.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Communication.language */
	{ 40, 44, 4, 0, 0 }, /* Communication.text */
	{ 5183, 63, 5, M, 0 }, /* Communication.contained */
	{ 3, 38, 6, M, 0 }, /* Communication.extension */
	{ 13, 38, 7, M, 0 }, /* Communication.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Communication.identifier */
	{ 6595, 2, 9, M, 0 }, /* Communication.instantiatesCanonical */
	{ 6617, 16, 10, M, 0 }, /* Communication.instantiatesUri */
	{ 6169, 53, 11, M, 0 }, /* Communication.basedOn */
	{ 5232, 53, 12, M, 0 }, /* Communication.partOf */
	{ 7736, 53, 13, M, 0 }, /* Communication.inResponseTo */
	{ 4558, 3, 14, R, 0 }, /* Communication.status */
	{ 7468, 26, 15, 0, 0 }, /* Communication.statusReason */
	{ 5693, 26, 16, M, 0 }, /* Communication.category */
	{ 5422, 3, 17, 0, 0 }, /* Communication.priority */
	{ 7749, 26, 18, M, 0 }, /* Communication.medium */
	{ 296, 53, 19, 0, 0 }, /* Communication.subject */
	{ 5355, 26, 20, 0, 0 }, /* Communication.topic */
	{ 7756, 53, 21, M, 0 }, /* Communication.about */
	{ 5702, 53, 22, 0, 0 }, /* Communication.encounter */
	{ 7762, 5, 23, 0, 0 }, /* Communication.sent */
	{ 7767, 5, 24, 0, 0 }, /* Communication.received */
	{ 7776, 53, 25, M, 0 }, /* Communication.recipient */
	{ 7786, 53, 26, 0, 0 }, /* Communication.sender */
	{ 6091, 26, 27, M, 0 }, /* Communication.reasonCode */
	{ 6102, 53, 28, M, 0 }, /* Communication.reasonReference */
	{ 7793, 298, 29, M, 0 }, /* Communication.payload */
	{ 6005, 24, 30, M, 0 }, /* Communication.note */
	{ 0, 7, 0, 0, 0 }, /* CommunicationRequest.id */
	{ 5164, 42, 1, 0, 0 }, /* CommunicationRequest.meta */
	{ 5169, 16, 2, 0, 0 }, /* CommunicationRequest.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* CommunicationRequest.language */
	{ 40, 44, 4, 0, 0 }, /* CommunicationRequest.text */
	{ 5183, 63, 5, M, 0 }, /* CommunicationRequest.contained */
	{ 3, 38, 6, M, 0 }, /* CommunicationRequest.extension */
	{ 13, 38, 7, M, 0 }, /* CommunicationRequest.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* CommunicationRequest.identifier */
	{ 6169, 53, 9, M, 0 }, /* CommunicationRequest.basedOn */
	{ 6633, 53, 10, M, 0 }, /* CommunicationRequest.replaces */
	{ 7801, 40, 11, 0, 0 }, /* CommunicationRequest.groupIdentifier */
	{ 4558, 3, 12, R, 0 }, /* CommunicationRequest.status */
	{ 7468, 26, 13, 0, 0 }, /* CommunicationRequest.statusReason */
	{ 5693, 26, 14, M, 0 }, /* CommunicationRequest.category */
	{ 5422, 3, 15, 0, 0 }, /* CommunicationRequest.priority */
	{ 5431, 1, 16, 0, 0 }, /* CommunicationRequest.doNotPerform */
	{ 7749, 26, 17, M, 0 }, /* CommunicationRequest.medium */
	{ 296, 53, 18, 0, 0 }, /* CommunicationRequest.subject */
	{ 7756, 53, 19, M, 0 }, /* CommunicationRequest.about */
	{ 5702, 53, 20, 0, 0 }, /* CommunicationRequest.encounter */
	{ 7793, 299, 21, M, 0 }, /* CommunicationRequest.payload */
	{ 6900, 259, 22, C, 2 }, /* CommunicationRequest.occurrence */
	{ 7817, 5, 23, 0, 0 }, /* CommunicationRequest.authoredOn */
	{ 7828, 53, 24, 0, 0 }, /* CommunicationRequest.requester */
	{ 7776, 53, 25, M, 0 }, /* CommunicationRequest.recipient */
	{ 7786, 53, 26, 0, 0 }, /* CommunicationRequest.sender */
	{ 6091, 26, 27, M, 0 }, /* CommunicationRequest.reasonCode */
	{ 6102, 53, 28, M, 0 }, /* CommunicationRequest.reasonReference */
	{ 6005, 24, 29, M, 0 }, /* CommunicationRequest.note */
	{ 0, 7, 0, 0, 0 }, /* CompartmentDefinition.id */
	{ 5164, 42, 1, 0, 0 }, /* CompartmentDefinition.meta */
	{ 5169, 16, 2, 0, 0 }, /* CompartmentDefinition.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* CompartmentDefinition.language */
	{ 40, 44, 4, 0, 0 }, /* CompartmentDefinition.text */
	{ 5183, 63, 5, M, 0 }, /* CompartmentDefinition.contained */
	{ 3, 38, 6, M, 0 }, /* CompartmentDefinition.extension */
	{ 13, 38, 7, M, 0 }, /* CompartmentDefinition.modifierExtension */
	{ 197, 16, 8, R, 0 }, /* CompartmentDefinition.url */
	{ 233, 13, 9, 0, 0 }, /* CompartmentDefinition.version */
	{ 262, 13, 10, R, 0 }, /* CompartmentDefinition.name */
	{ 4558, 3, 11, R, 0 }, /* CompartmentDefinition.status */
	{ 5248, 1, 12, 0, 0 }, /* CompartmentDefinition.experimental */
	{ 5261, 5, 13, 0, 0 }, /* CompartmentDefinition.date */
	{ 5266, 13, 14, 0, 0 }, /* CompartmentDefinition.publisher */
	{ 280, 28, 15, M, 0 }, /* CompartmentDefinition.contact */
	{ 3767, 10, 16, 0, 0 }, /* CompartmentDefinition.description */
	{ 5276, 60, 17, M, 0 }, /* CompartmentDefinition.useContext */
	{ 5287, 10, 18, 0, 0 }, /* CompartmentDefinition.purpose */
	{ 125, 3, 19, R, 0 }, /* CompartmentDefinition.code */
	{ 7838, 1, 20, R, 0 }, /* CompartmentDefinition.search */
	{ 4913, 300, 21, M, 0 }, /* CompartmentDefinition.resource */
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
	{ 5693, 26, 11, M, 0 }, /* Composition.category */
	{ 296, 53, 12, 0, 0 }, /* Composition.subject */
	{ 5702, 53, 13, 0, 0 }, /* Composition.encounter */
	{ 5261, 5, 14, R, 0 }, /* Composition.date */
	{ 130, 53, 15, M|R, 0 }, /* Composition.author */
	{ 211, 13, 16, R, 0 }, /* Composition.title */
	{ 7845, 3, 17, 0, 0 }, /* Composition.confidentiality */
	{ 7861, 301, 18, M, 0 }, /* Composition.attester */
	{ 7870, 53, 19, 0, 0 }, /* Composition.custodian */
	{ 7880, 302, 20, M, 0 }, /* Composition.relatesTo */
	{ 5096, 303, 21, M, 0 }, /* Composition.event */
	{ 7890, 304, 22, M, 0 }, /* Composition.section */
	{ 0, 7, 0, 0, 0 }, /* ConceptMap.id */
	{ 5164, 42, 1, 0, 0 }, /* ConceptMap.meta */
	{ 5169, 16, 2, 0, 0 }, /* ConceptMap.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* ConceptMap.language */
	{ 40, 44, 4, 0, 0 }, /* ConceptMap.text */
	{ 5183, 63, 5, M, 0 }, /* ConceptMap.contained */
	{ 3, 38, 6, M, 0 }, /* ConceptMap.extension */
	{ 13, 38, 7, M, 0 }, /* ConceptMap.modifierExtension */
	{ 197, 16, 8, 0, 0 }, /* ConceptMap.url */
	{ 4824, 40, 9, 0, 0 }, /* ConceptMap.identifier */
	{ 233, 13, 10, 0, 0 }, /* ConceptMap.version */
	{ 262, 13, 11, 0, 0 }, /* ConceptMap.name */
	{ 211, 13, 12, 0, 0 }, /* ConceptMap.title */
	{ 4558, 3, 13, R, 0 }, /* ConceptMap.status */
	{ 5248, 1, 14, 0, 0 }, /* ConceptMap.experimental */
	{ 5261, 5, 15, 0, 0 }, /* ConceptMap.date */
	{ 5266, 13, 16, 0, 0 }, /* ConceptMap.publisher */
	{ 280, 28, 17, M, 0 }, /* ConceptMap.contact */
	{ 3767, 10, 18, 0, 0 }, /* ConceptMap.description */
	{ 5276, 60, 19, M, 0 }, /* ConceptMap.useContext */
	{ 4545, 26, 20, M, 0 }, /* ConceptMap.jurisdiction */
	{ 5287, 10, 21, 0, 0 }, /* ConceptMap.purpose */
	{ 5301, 10, 22, 0, 0 }, /* ConceptMap.copyright */
	{ 4609, 261, 23, C, 2 }, /* ConceptMap.source */
	{ 7924, 263, 24, C, 2 }, /* ConceptMap.target */
	{ 7957, 305, 25, M, 0 }, /* ConceptMap.group */
	{ 0, 7, 0, 0, 0 }, /* Condition.id */
	{ 5164, 42, 1, 0, 0 }, /* Condition.meta */
	{ 5169, 16, 2, 0, 0 }, /* Condition.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Condition.language */
	{ 40, 44, 4, 0, 0 }, /* Condition.text */
	{ 5183, 63, 5, M, 0 }, /* Condition.contained */
	{ 3, 38, 6, M, 0 }, /* Condition.extension */
	{ 13, 38, 7, M, 0 }, /* Condition.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Condition.identifier */
	{ 5863, 26, 9, 0, 0 }, /* Condition.clinicalStatus */
	{ 5878, 26, 10, 0, 0 }, /* Condition.verificationStatus */
	{ 5693, 26, 11, M, 0 }, /* Condition.category */
	{ 5765, 26, 12, 0, 0 }, /* Condition.severity */
	{ 125, 26, 13, 0, 0 }, /* Condition.code */
	{ 5579, 26, 14, M, 0 }, /* Condition.bodySite */
	{ 296, 53, 15, R, 0 }, /* Condition.subject */
	{ 5702, 53, 16, 0, 0 }, /* Condition.encounter */
	{ 5917, 265, 17, C, 5 }, /* Condition.onset */
	{ 7963, 270, 18, C, 5 }, /* Condition.abatement */
	{ 5721, 5, 19, 0, 0 }, /* Condition.recordedDate */
	{ 5782, 53, 20, 0, 0 }, /* Condition.recorder */
	{ 5981, 53, 21, 0, 0 }, /* Condition.asserter */
	{ 8051, 310, 22, M, 0 }, /* Condition.stage */
	{ 8057, 311, 23, M, 0 }, /* Condition.evidence */
	{ 6005, 24, 24, M, 0 }, /* Condition.note */
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
	{ 8066, 26, 10, R, 0 }, /* Consent.scope */
	{ 5693, 26, 11, M|R, 0 }, /* Consent.category */
	{ 5909, 53, 12, 0, 0 }, /* Consent.patient */
	{ 8072, 5, 13, 0, 0 }, /* Consent.dateTime */
	{ 6964, 53, 14, M, 0 }, /* Consent.performer */
	{ 8081, 53, 15, M, 0 }, /* Consent.organization */
	{ 4609, 275, 16, C, 2 }, /* Consent.source */
	{ 8127, 312, 17, M, 0 }, /* Consent.policy */
	{ 8134, 26, 18, 0, 0 }, /* Consent.policyRule */
	{ 8145, 313, 19, M, 0 }, /* Consent.verification */
	{ 8158, 314, 20, 0, 0 }, /* Consent.provision */
	{ 0, 7, 0, 0, 0 }, /* Contract.id */
	{ 5164, 42, 1, 0, 0 }, /* Contract.meta */
	{ 5169, 16, 2, 0, 0 }, /* Contract.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Contract.language */
	{ 40, 44, 4, 0, 0 }, /* Contract.text */
	{ 5183, 63, 5, M, 0 }, /* Contract.contained */
	{ 3, 38, 6, M, 0 }, /* Contract.extension */
	{ 13, 38, 7, M, 0 }, /* Contract.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Contract.identifier */
	{ 197, 16, 9, 0, 0 }, /* Contract.url */
	{ 233, 13, 10, 0, 0 }, /* Contract.version */
	{ 4558, 3, 11, 0, 0 }, /* Contract.status */
	{ 8168, 26, 12, 0, 0 }, /* Contract.legalState */
	{ 6595, 53, 13, 0, 0 }, /* Contract.instantiatesCanonical */
	{ 6617, 16, 14, 0, 0 }, /* Contract.instantiatesUri */
	{ 8179, 26, 15, 0, 0 }, /* Contract.contentDerivative */
	{ 8197, 5, 16, 0, 0 }, /* Contract.issued */
	{ 8204, 46, 17, 0, 0 }, /* Contract.applies */
	{ 8212, 26, 18, 0, 0 }, /* Contract.expirationType */
	{ 296, 53, 19, M, 0 }, /* Contract.subject */
	{ 8227, 53, 20, M, 0 }, /* Contract.authority */
	{ 8237, 53, 21, M, 0 }, /* Contract.domain */
	{ 495, 53, 22, M, 0 }, /* Contract.site */
	{ 262, 13, 23, 0, 0 }, /* Contract.name */
	{ 211, 13, 24, 0, 0 }, /* Contract.title */
	{ 5239, 13, 25, 0, 0 }, /* Contract.subtitle */
	{ 688, 13, 26, M, 0 }, /* Contract.alias */
	{ 130, 53, 27, 0, 0 }, /* Contract.author */
	{ 8066, 26, 28, 0, 0 }, /* Contract.scope */
	{ 5355, 277, 29, C, 2 }, /* Contract.topic */
	{ 35, 26, 30, 0, 0 }, /* Contract.type */
	{ 7179, 26, 31, M, 0 }, /* Contract.subType */
	{ 8280, 317, 32, 0, 0 }, /* Contract.contentDefinition */
	{ 8298, 318, 33, M, 0 }, /* Contract.term */
	{ 6661, 53, 34, M, 0 }, /* Contract.supportingInfo */
	{ 8303, 53, 35, M, 0 }, /* Contract.relevantHistory */
	{ 8319, 328, 36, M, 0 }, /* Contract.signer */
	{ 8326, 329, 37, M, 0 }, /* Contract.friendly */
	{ 8335, 330, 38, M, 0 }, /* Contract.legal */
	{ 8341, 331, 39, M, 0 }, /* Contract.rule */
	{ 8346, 279, 40, C, 2 }, /* Contract.legallyBinding */
	{ 0, 7, 0, 0, 0 }, /* Coverage.id */
	{ 5164, 42, 1, 0, 0 }, /* Coverage.meta */
	{ 5169, 16, 2, 0, 0 }, /* Coverage.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Coverage.language */
	{ 40, 44, 4, 0, 0 }, /* Coverage.text */
	{ 5183, 63, 5, M, 0 }, /* Coverage.contained */
	{ 3, 38, 6, M, 0 }, /* Coverage.extension */
	{ 13, 38, 7, M, 0 }, /* Coverage.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Coverage.identifier */
	{ 4558, 3, 9, R, 0 }, /* Coverage.status */
	{ 35, 26, 10, 0, 0 }, /* Coverage.type */
	{ 8410, 53, 11, 0, 0 }, /* Coverage.policyHolder */
	{ 8423, 53, 12, 0, 0 }, /* Coverage.subscriber */
	{ 8434, 13, 13, 0, 0 }, /* Coverage.subscriberId */
	{ 8447, 53, 14, R, 0 }, /* Coverage.beneficiary */
	{ 8459, 13, 15, 0, 0 }, /* Coverage.dependent */
	{ 8469, 26, 16, 0, 0 }, /* Coverage.relationship */
	{ 89, 46, 17, 0, 0 }, /* Coverage.period */
	{ 8482, 53, 18, M|R, 0 }, /* Coverage.payor */
	{ 8488, 332, 19, M, 0 }, /* Coverage.class */
	{ 8494, 12, 20, 0, 0 }, /* Coverage.order */
	{ 8500, 13, 21, 0, 0 }, /* Coverage.network */
	{ 8508, 333, 22, M, 0 }, /* Coverage.costToBeneficiary */
	{ 8526, 1, 23, 0, 0 }, /* Coverage.subrogation */
	{ 8538, 53, 24, M, 0 }, /* Coverage.contract */
	{ 0, 7, 0, 0, 0 }, /* CoverageEligibilityRequest.id */
	{ 5164, 42, 1, 0, 0 }, /* CoverageEligibilityRequest.meta */
	{ 5169, 16, 2, 0, 0 }, /* CoverageEligibilityRequest.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* CoverageEligibilityRequest.language */
	{ 40, 44, 4, 0, 0 }, /* CoverageEligibilityRequest.text */
	{ 5183, 63, 5, M, 0 }, /* CoverageEligibilityRequest.contained */
	{ 3, 38, 6, M, 0 }, /* CoverageEligibilityRequest.extension */
	{ 13, 38, 7, M, 0 }, /* CoverageEligibilityRequest.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* CoverageEligibilityRequest.identifier */
	{ 4558, 3, 9, R, 0 }, /* CoverageEligibilityRequest.status */
	{ 5422, 26, 10, 0, 0 }, /* CoverageEligibilityRequest.priority */
	{ 5287, 3, 11, M|R, 0 }, /* CoverageEligibilityRequest.purpose */
	{ 5909, 53, 12, R, 0 }, /* CoverageEligibilityRequest.patient */
	{ 8547, 281, 13, C, 2 }, /* CoverageEligibilityRequest.serviced */
	{ 6161, 5, 14, R, 0 }, /* CoverageEligibilityRequest.created */
	{ 7084, 53, 15, 0, 0 }, /* CoverageEligibilityRequest.enterer */
	{ 7210, 53, 16, 0, 0 }, /* CoverageEligibilityRequest.provider */
	{ 7202, 53, 17, R, 0 }, /* CoverageEligibilityRequest.insurer */
	{ 7289, 53, 18, 0, 0 }, /* CoverageEligibilityRequest.facility */
	{ 6661, 335, 19, M, 0 }, /* CoverageEligibilityRequest.supportingInfo */
	{ 7318, 336, 20, M, 0 }, /* CoverageEligibilityRequest.insurance */
	{ 7337, 337, 21, M, 0 }, /* CoverageEligibilityRequest.item */
	{ 0, 7, 0, 0, 0 }, /* CoverageEligibilityResponse.id */
	{ 5164, 42, 1, 0, 0 }, /* CoverageEligibilityResponse.meta */
	{ 5169, 16, 2, 0, 0 }, /* CoverageEligibilityResponse.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* CoverageEligibilityResponse.language */
	{ 40, 44, 4, 0, 0 }, /* CoverageEligibilityResponse.text */
	{ 5183, 63, 5, M, 0 }, /* CoverageEligibilityResponse.contained */
	{ 3, 38, 6, M, 0 }, /* CoverageEligibilityResponse.extension */
	{ 13, 38, 7, M, 0 }, /* CoverageEligibilityResponse.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* CoverageEligibilityResponse.identifier */
	{ 4558, 3, 9, R, 0 }, /* CoverageEligibilityResponse.status */
	{ 5287, 3, 10, M|R, 0 }, /* CoverageEligibilityResponse.purpose */
	{ 5909, 53, 11, R, 0 }, /* CoverageEligibilityResponse.patient */
	{ 8547, 283, 12, C, 2 }, /* CoverageEligibilityResponse.serviced */
	{ 6161, 5, 13, R, 0 }, /* CoverageEligibilityResponse.created */
	{ 7342, 53, 14, 0, 0 }, /* CoverageEligibilityResponse.requestor */
	{ 6353, 53, 15, R, 0 }, /* CoverageEligibilityResponse.request */
	{ 5774, 3, 16, R, 0 }, /* CoverageEligibilityResponse.outcome */
	{ 7352, 13, 17, 0, 0 }, /* CoverageEligibilityResponse.disposition */
	{ 7202, 53, 18, R, 0 }, /* CoverageEligibilityResponse.insurer */
	{ 7318, 339, 19, M, 0 }, /* CoverageEligibilityResponse.insurance */
	{ 7364, 13, 20, 0, 0 }, /* CoverageEligibilityResponse.preAuthRef */
	{ 7424, 26, 21, 0, 0 }, /* CoverageEligibilityResponse.form */
	{ 7462, 342, 22, M, 0 }, /* CoverageEligibilityResponse.error */
	{ 0, 7, 0, 0, 0 }, /* DetectedIssue.id */
	{ 5164, 42, 1, 0, 0 }, /* DetectedIssue.meta */
	{ 5169, 16, 2, 0, 0 }, /* DetectedIssue.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* DetectedIssue.language */
	{ 40, 44, 4, 0, 0 }, /* DetectedIssue.text */
	{ 5183, 63, 5, M, 0 }, /* DetectedIssue.contained */
	{ 3, 38, 6, M, 0 }, /* DetectedIssue.extension */
	{ 13, 38, 7, M, 0 }, /* DetectedIssue.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* DetectedIssue.identifier */
	{ 4558, 3, 9, R, 0 }, /* DetectedIssue.status */
	{ 125, 26, 10, 0, 0 }, /* DetectedIssue.code */
	{ 5765, 3, 11, 0, 0 }, /* DetectedIssue.severity */
	{ 5909, 53, 12, 0, 0 }, /* DetectedIssue.patient */
	{ 8584, 285, 13, C, 2 }, /* DetectedIssue.identified */
	{ 130, 53, 14, 0, 0 }, /* DetectedIssue.author */
	{ 8631, 53, 15, M, 0 }, /* DetectedIssue.implicated */
	{ 8057, 343, 16, M, 0 }, /* DetectedIssue.evidence */
	{ 8642, 13, 17, 0, 0 }, /* DetectedIssue.detail */
	{ 3790, 16, 18, 0, 0 }, /* DetectedIssue.reference */
	{ 8649, 344, 19, M, 0 }, /* DetectedIssue.mitigation */
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
	{ 8660, 345, 10, M, 0 }, /* Device.udiCarrier */
	{ 4558, 3, 11, 0, 0 }, /* Device.status */
	{ 7468, 26, 12, M, 0 }, /* Device.statusReason */
	{ 8671, 13, 13, 0, 0 }, /* Device.distinctIdentifier */
	{ 8690, 13, 14, 0, 0 }, /* Device.manufacturer */
	{ 8703, 5, 15, 0, 0 }, /* Device.manufactureDate */
	{ 8719, 5, 16, 0, 0 }, /* Device.expirationDate */
	{ 8734, 13, 17, 0, 0 }, /* Device.lotNumber */
	{ 8744, 13, 18, 0, 0 }, /* Device.serialNumber */
	{ 8757, 346, 19, M, 0 }, /* Device.deviceName */
	{ 8768, 13, 20, 0, 0 }, /* Device.modelNumber */
	{ 8780, 13, 21, 0, 0 }, /* Device.partNumber */
	{ 35, 26, 22, 0, 0 }, /* Device.type */
	{ 8791, 347, 23, M, 0 }, /* Device.specialization */
	{ 233, 348, 24, M, 0 }, /* Device.version */
	{ 7719, 349, 25, M, 0 }, /* Device.property */
	{ 5909, 53, 26, 0, 0 }, /* Device.patient */
	{ 5216, 53, 27, 0, 0 }, /* Device.owner */
	{ 280, 29, 28, M, 0 }, /* Device.contact */
	{ 5494, 53, 29, 0, 0 }, /* Device.location */
	{ 197, 16, 30, 0, 0 }, /* Device.url */
	{ 6005, 24, 31, M, 0 }, /* Device.note */
	{ 8806, 26, 32, M, 0 }, /* Device.safety */
	{ 6361, 53, 33, 0, 0 }, /* Device.parent */
	{ 0, 7, 0, 0, 0 }, /* DeviceDefinition.id */
	{ 5164, 42, 1, 0, 0 }, /* DeviceDefinition.meta */
	{ 5169, 16, 2, 0, 0 }, /* DeviceDefinition.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* DeviceDefinition.language */
	{ 40, 44, 4, 0, 0 }, /* DeviceDefinition.text */
	{ 5183, 63, 5, M, 0 }, /* DeviceDefinition.contained */
	{ 3, 38, 6, M, 0 }, /* DeviceDefinition.extension */
	{ 13, 38, 7, M, 0 }, /* DeviceDefinition.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* DeviceDefinition.identifier */
	{ 8813, 350, 9, M, 0 }, /* DeviceDefinition.udiDeviceIdentifier */
	{ 8690, 287, 10, C, 2 }, /* DeviceDefinition.manufacturer */
	{ 8757, 351, 11, M, 0 }, /* DeviceDefinition.deviceName */
	{ 8768, 13, 12, 0, 0 }, /* DeviceDefinition.modelNumber */
	{ 35, 26, 13, 0, 0 }, /* DeviceDefinition.type */
	{ 8791, 352, 14, M, 0 }, /* DeviceDefinition.specialization */
	{ 233, 13, 15, M, 0 }, /* DeviceDefinition.version */
	{ 8806, 26, 16, M, 0 }, /* DeviceDefinition.safety */
	{ 8874, 49, 17, M, 0 }, /* DeviceDefinition.shelfLifeStorage */
	{ 8891, 48, 18, 0, 0 }, /* DeviceDefinition.physicalCharacteristics */
	{ 8915, 26, 19, M, 0 }, /* DeviceDefinition.languageCode */
	{ 8928, 353, 20, M, 0 }, /* DeviceDefinition.capability */
	{ 7719, 354, 21, M, 0 }, /* DeviceDefinition.property */
	{ 5216, 53, 22, 0, 0 }, /* DeviceDefinition.owner */
	{ 280, 29, 23, M, 0 }, /* DeviceDefinition.contact */
	{ 197, 16, 24, 0, 0 }, /* DeviceDefinition.url */
	{ 8939, 16, 25, 0, 0 }, /* DeviceDefinition.onlineInformation */
	{ 6005, 24, 26, M, 0 }, /* DeviceDefinition.note */
	{ 5563, 50, 27, 0, 0 }, /* DeviceDefinition.quantity */
	{ 8957, 53, 28, 0, 0 }, /* DeviceDefinition.parentDevice */
	{ 8970, 355, 29, M, 0 }, /* DeviceDefinition.material */
	{ 0, 7, 0, 0, 0 }, /* DeviceMetric.id */
	{ 5164, 42, 1, 0, 0 }, /* DeviceMetric.meta */
	{ 5169, 16, 2, 0, 0 }, /* DeviceMetric.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* DeviceMetric.language */
	{ 40, 44, 4, 0, 0 }, /* DeviceMetric.text */
	{ 5183, 63, 5, M, 0 }, /* DeviceMetric.contained */
	{ 3, 38, 6, M, 0 }, /* DeviceMetric.extension */
	{ 13, 38, 7, M, 0 }, /* DeviceMetric.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* DeviceMetric.identifier */
	{ 35, 26, 9, R, 0 }, /* DeviceMetric.type */
	{ 113, 26, 10, 0, 0 }, /* DeviceMetric.unit */
	{ 4609, 53, 11, 0, 0 }, /* DeviceMetric.source */
	{ 6361, 53, 12, 0, 0 }, /* DeviceMetric.parent */
	{ 8979, 3, 13, 0, 0 }, /* DeviceMetric.operationalStatus */
	{ 4796, 3, 14, 0, 0 }, /* DeviceMetric.color */
	{ 5693, 3, 15, R, 0 }, /* DeviceMetric.category */
	{ 8997, 58, 16, 0, 0 }, /* DeviceMetric.measurementPeriod */
	{ 9015, 356, 17, M, 0 }, /* DeviceMetric.calibration */
	{ 0, 7, 0, 0, 0 }, /* DeviceRequest.id */
	{ 5164, 42, 1, 0, 0 }, /* DeviceRequest.meta */
	{ 5169, 16, 2, 0, 0 }, /* DeviceRequest.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* DeviceRequest.language */
	{ 40, 44, 4, 0, 0 }, /* DeviceRequest.text */
	{ 5183, 63, 5, M, 0 }, /* DeviceRequest.contained */
	{ 3, 38, 6, M, 0 }, /* DeviceRequest.extension */
	{ 13, 38, 7, M, 0 }, /* DeviceRequest.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* DeviceRequest.identifier */
	{ 6595, 2, 9, M, 0 }, /* DeviceRequest.instantiatesCanonical */
	{ 6617, 16, 10, M, 0 }, /* DeviceRequest.instantiatesUri */
	{ 6169, 53, 11, M, 0 }, /* DeviceRequest.basedOn */
	{ 9027, 53, 12, M, 0 }, /* DeviceRequest.priorRequest */
	{ 7801, 40, 13, 0, 0 }, /* DeviceRequest.groupIdentifier */
	{ 4558, 3, 14, 0, 0 }, /* DeviceRequest.status */
	{ 5415, 3, 15, R, 0 }, /* DeviceRequest.intent */
	{ 5422, 3, 16, 0, 0 }, /* DeviceRequest.priority */
	{ 125, 289, 17, R|C, 2 }, /* DeviceRequest.code */
	{ 9074, 357, 18, M, 0 }, /* DeviceRequest.parameter */
	{ 296, 53, 19, R, 0 }, /* DeviceRequest.subject */
	{ 5702, 53, 20, 0, 0 }, /* DeviceRequest.encounter */
	{ 6900, 291, 21, C, 3 }, /* DeviceRequest.occurrence */
	{ 7817, 5, 22, 0, 0 }, /* DeviceRequest.authoredOn */
	{ 7828, 53, 23, 0, 0 }, /* DeviceRequest.requester */
	{ 9084, 26, 24, 0, 0 }, /* DeviceRequest.performerType */
	{ 6964, 53, 25, 0, 0 }, /* DeviceRequest.performer */
	{ 6091, 26, 26, M, 0 }, /* DeviceRequest.reasonCode */
	{ 6102, 53, 27, M, 0 }, /* DeviceRequest.reasonReference */
	{ 7318, 53, 28, M, 0 }, /* DeviceRequest.insurance */
	{ 6661, 53, 29, M, 0 }, /* DeviceRequest.supportingInfo */
	{ 6005, 24, 30, M, 0 }, /* DeviceRequest.note */
	{ 8303, 53, 31, M, 0 }, /* DeviceRequest.relevantHistory */
	{ 0, 7, 0, 0, 0 }, /* DeviceUseStatement.id */
	{ 5164, 42, 1, 0, 0 }, /* DeviceUseStatement.meta */
	{ 5169, 16, 2, 0, 0 }, /* DeviceUseStatement.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* DeviceUseStatement.language */
	{ 40, 44, 4, 0, 0 }, /* DeviceUseStatement.text */
	{ 5183, 63, 5, M, 0 }, /* DeviceUseStatement.contained */
	{ 3, 38, 6, M, 0 }, /* DeviceUseStatement.extension */
	{ 13, 38, 7, M, 0 }, /* DeviceUseStatement.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* DeviceUseStatement.identifier */
	{ 6169, 53, 9, M, 0 }, /* DeviceUseStatement.basedOn */
	{ 4558, 3, 10, R, 0 }, /* DeviceUseStatement.status */
	{ 296, 53, 11, R, 0 }, /* DeviceUseStatement.subject */
	{ 9098, 53, 12, M, 0 }, /* DeviceUseStatement.derivedFrom */
	{ 439, 294, 13, C, 3 }, /* DeviceUseStatement.timing */
	{ 9110, 5, 14, 0, 0 }, /* DeviceUseStatement.recordedOn */
	{ 4609, 53, 15, 0, 0 }, /* DeviceUseStatement.source */
	{ 9121, 53, 16, R, 0 }, /* DeviceUseStatement.device */
	{ 6091, 26, 17, M, 0 }, /* DeviceUseStatement.reasonCode */
	{ 6102, 53, 18, M, 0 }, /* DeviceUseStatement.reasonReference */
	{ 5579, 26, 19, 0, 0 }, /* DeviceUseStatement.bodySite */
	{ 6005, 24, 20, M, 0 }, /* DeviceUseStatement.note */
	{ 0, 7, 0, 0, 0 }, /* DiagnosticReport.id */
	{ 5164, 42, 1, 0, 0 }, /* DiagnosticReport.meta */
	{ 5169, 16, 2, 0, 0 }, /* DiagnosticReport.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* DiagnosticReport.language */
	{ 40, 44, 4, 0, 0 }, /* DiagnosticReport.text */
	{ 5183, 63, 5, M, 0 }, /* DiagnosticReport.contained */
	{ 3, 38, 6, M, 0 }, /* DiagnosticReport.extension */
	{ 13, 38, 7, M, 0 }, /* DiagnosticReport.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* DiagnosticReport.identifier */
	{ 6169, 53, 9, M, 0 }, /* DiagnosticReport.basedOn */
	{ 4558, 3, 10, R, 0 }, /* DiagnosticReport.status */
	{ 5693, 26, 11, M, 0 }, /* DiagnosticReport.category */
	{ 125, 26, 12, R, 0 }, /* DiagnosticReport.code */
	{ 296, 53, 13, 0, 0 }, /* DiagnosticReport.subject */
	{ 5702, 53, 14, 0, 0 }, /* DiagnosticReport.encounter */
	{ 7481, 297, 15, C, 2 }, /* DiagnosticReport.effective */
	{ 8197, 8, 16, 0, 0 }, /* DiagnosticReport.issued */
	{ 6964, 53, 17, M, 0 }, /* DiagnosticReport.performer */
	{ 9128, 53, 18, M, 0 }, /* DiagnosticReport.resultsInterpreter */
	{ 9147, 53, 19, M, 0 }, /* DiagnosticReport.specimen */
	{ 9156, 53, 20, M, 0 }, /* DiagnosticReport.result */
	{ 9163, 53, 21, M, 0 }, /* DiagnosticReport.imagingStudy */
	{ 9176, 358, 22, M, 0 }, /* DiagnosticReport.media */
	{ 9182, 13, 23, 0, 0 }, /* DiagnosticReport.conclusion */
	{ 9193, 26, 24, M, 0 }, /* DiagnosticReport.conclusionCode */
	{ 9208, 25, 25, M, 0 }, /* DiagnosticReport.presentedForm */
	{ 0, 7, 0, 0, 0 }, /* DocumentManifest.id */
	{ 5164, 42, 1, 0, 0 }, /* DocumentManifest.meta */
	{ 5169, 16, 2, 0, 0 }, /* DocumentManifest.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* DocumentManifest.language */
	{ 40, 44, 4, 0, 0 }, /* DocumentManifest.text */
	{ 5183, 63, 5, M, 0 }, /* DocumentManifest.contained */
	{ 3, 38, 6, M, 0 }, /* DocumentManifest.extension */
	{ 13, 38, 7, M, 0 }, /* DocumentManifest.modifierExtension */
	{ 9222, 40, 8, 0, 0 }, /* DocumentManifest.masterIdentifier */
	{ 4824, 40, 9, M, 0 }, /* DocumentManifest.identifier */
	{ 4558, 3, 10, R, 0 }, /* DocumentManifest.status */
	{ 35, 26, 11, 0, 0 }, /* DocumentManifest.type */
	{ 296, 53, 12, 0, 0 }, /* DocumentManifest.subject */
	{ 6161, 5, 13, 0, 0 }, /* DocumentManifest.created */
	{ 130, 53, 14, M, 0 }, /* DocumentManifest.author */
	{ 7776, 53, 15, M, 0 }, /* DocumentManifest.recipient */
	{ 4609, 16, 16, 0, 0 }, /* DocumentManifest.source */
	{ 3767, 13, 17, 0, 0 }, /* DocumentManifest.description */
	{ 7686, 53, 18, M|R, 0 }, /* DocumentManifest.content */
	{ 7232, 359, 19, M, 0 }, /* DocumentManifest.related */
	{ 0, 7, 0, 0, 0 }, /* DocumentReference.id */
	{ 5164, 42, 1, 0, 0 }, /* DocumentReference.meta */
	{ 5169, 16, 2, 0, 0 }, /* DocumentReference.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* DocumentReference.language */
	{ 40, 44, 4, 0, 0 }, /* DocumentReference.text */
	{ 5183, 63, 5, M, 0 }, /* DocumentReference.contained */
	{ 3, 38, 6, M, 0 }, /* DocumentReference.extension */
	{ 13, 38, 7, M, 0 }, /* DocumentReference.modifierExtension */
	{ 9222, 40, 8, 0, 0 }, /* DocumentReference.masterIdentifier */
	{ 4824, 40, 9, M, 0 }, /* DocumentReference.identifier */
	{ 4558, 3, 10, R, 0 }, /* DocumentReference.status */
	{ 9239, 3, 11, 0, 0 }, /* DocumentReference.docStatus */
	{ 35, 26, 12, 0, 0 }, /* DocumentReference.type */
	{ 5693, 26, 13, M, 0 }, /* DocumentReference.category */
	{ 296, 53, 14, 0, 0 }, /* DocumentReference.subject */
	{ 5261, 8, 15, 0, 0 }, /* DocumentReference.date */
	{ 130, 53, 16, M, 0 }, /* DocumentReference.author */
	{ 9249, 53, 17, 0, 0 }, /* DocumentReference.authenticator */
	{ 7870, 53, 18, 0, 0 }, /* DocumentReference.custodian */
	{ 7880, 360, 19, M, 0 }, /* DocumentReference.relatesTo */
	{ 3767, 13, 20, 0, 0 }, /* DocumentReference.description */
	{ 9263, 26, 21, M, 0 }, /* DocumentReference.securityLabel */
	{ 7686, 361, 22, M|R, 0 }, /* DocumentReference.content */
	{ 6892, 362, 23, 0, 0 }, /* DocumentReference.context */
	{ 0, 7, 0, 0, 0 }, /* EffectEvidenceSynthesis.id */
	{ 5164, 42, 1, 0, 0 }, /* EffectEvidenceSynthesis.meta */
	{ 5169, 16, 2, 0, 0 }, /* EffectEvidenceSynthesis.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* EffectEvidenceSynthesis.language */
	{ 40, 44, 4, 0, 0 }, /* EffectEvidenceSynthesis.text */
	{ 5183, 63, 5, M, 0 }, /* EffectEvidenceSynthesis.contained */
	{ 3, 38, 6, M, 0 }, /* EffectEvidenceSynthesis.extension */
	{ 13, 38, 7, M, 0 }, /* EffectEvidenceSynthesis.modifierExtension */
	{ 197, 16, 8, 0, 0 }, /* EffectEvidenceSynthesis.url */
	{ 4824, 40, 9, M, 0 }, /* EffectEvidenceSynthesis.identifier */
	{ 233, 13, 10, 0, 0 }, /* EffectEvidenceSynthesis.version */
	{ 262, 13, 11, 0, 0 }, /* EffectEvidenceSynthesis.name */
	{ 211, 13, 12, 0, 0 }, /* EffectEvidenceSynthesis.title */
	{ 4558, 3, 13, R, 0 }, /* EffectEvidenceSynthesis.status */
	{ 5261, 5, 14, 0, 0 }, /* EffectEvidenceSynthesis.date */
	{ 5266, 13, 15, 0, 0 }, /* EffectEvidenceSynthesis.publisher */
	{ 280, 28, 16, M, 0 }, /* EffectEvidenceSynthesis.contact */
	{ 3767, 10, 17, 0, 0 }, /* EffectEvidenceSynthesis.description */
	{ 6005, 24, 18, M, 0 }, /* EffectEvidenceSynthesis.note */
	{ 5276, 60, 19, M, 0 }, /* EffectEvidenceSynthesis.useContext */
	{ 4545, 26, 20, M, 0 }, /* EffectEvidenceSynthesis.jurisdiction */
	{ 5301, 10, 21, 0, 0 }, /* EffectEvidenceSynthesis.copyright */
	{ 5311, 4, 22, 0, 0 }, /* EffectEvidenceSynthesis.approvalDate */
	{ 5324, 4, 23, 0, 0 }, /* EffectEvidenceSynthesis.lastReviewDate */
	{ 5339, 46, 24, 0, 0 }, /* EffectEvidenceSynthesis.effectivePeriod */
	{ 5355, 26, 25, M, 0 }, /* EffectEvidenceSynthesis.topic */
	{ 130, 28, 26, M, 0 }, /* EffectEvidenceSynthesis.author */
	{ 5361, 28, 27, M, 0 }, /* EffectEvidenceSynthesis.editor */
	{ 5368, 28, 28, M, 0 }, /* EffectEvidenceSynthesis.reviewer */
	{ 5377, 28, 29, M, 0 }, /* EffectEvidenceSynthesis.endorser */
	{ 5386, 54, 30, M, 0 }, /* EffectEvidenceSynthesis.relatedArtifact */
	{ 9277, 26, 31, 0, 0 }, /* EffectEvidenceSynthesis.synthesisType */
	{ 9291, 26, 32, 0, 0 }, /* EffectEvidenceSynthesis.studyType */
	{ 9301, 53, 33, R, 0 }, /* EffectEvidenceSynthesis.population */
	{ 9312, 53, 34, R, 0 }, /* EffectEvidenceSynthesis.exposure */
	{ 9321, 53, 35, R, 0 }, /* EffectEvidenceSynthesis.exposureAlternative */
	{ 5774, 53, 36, R, 0 }, /* EffectEvidenceSynthesis.outcome */
	{ 9341, 363, 37, 0, 0 }, /* EffectEvidenceSynthesis.sampleSize */
	{ 9352, 364, 38, M, 0 }, /* EffectEvidenceSynthesis.resultsByExposure */
	{ 9370, 365, 39, M, 0 }, /* EffectEvidenceSynthesis.effectEstimate */
	{ 9385, 367, 40, M, 0 }, /* EffectEvidenceSynthesis.certainty */
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
	{ 9395, 369, 10, M, 0 }, /* Encounter.statusHistory */
	{ 8488, 27, 11, R, 0 }, /* Encounter.class */
	{ 9409, 370, 12, M, 0 }, /* Encounter.classHistory */
	{ 35, 26, 13, M, 0 }, /* Encounter.type */
	{ 6053, 26, 14, 0, 0 }, /* Encounter.serviceType */
	{ 5422, 26, 15, 0, 0 }, /* Encounter.priority */
	{ 296, 53, 16, 0, 0 }, /* Encounter.subject */
	{ 9422, 53, 17, M, 0 }, /* Encounter.episodeOfCare */
	{ 6169, 53, 18, M, 0 }, /* Encounter.basedOn */
	{ 5503, 371, 19, M, 0 }, /* Encounter.participant */
	{ 6193, 53, 20, M, 0 }, /* Encounter.appointment */
	{ 89, 46, 21, 0, 0 }, /* Encounter.period */
	{ 9436, 35, 22, 0, 0 }, /* Encounter.length */
	{ 6091, 26, 23, M, 0 }, /* Encounter.reasonCode */
	{ 6102, 53, 24, M, 0 }, /* Encounter.reasonReference */
	{ 7298, 372, 25, M, 0 }, /* Encounter.diagnosis */
	{ 7119, 53, 26, M, 0 }, /* Encounter.account */
	{ 9443, 373, 27, 0, 0 }, /* Encounter.hospitalization */
	{ 5494, 374, 28, M, 0 }, /* Encounter.location */
	{ 9459, 53, 29, 0, 0 }, /* Encounter.serviceProvider */
	{ 5232, 53, 30, 0, 0 }, /* Encounter.partOf */
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
	{ 9475, 27, 10, R, 0 }, /* Endpoint.connectionType */
	{ 262, 13, 11, 0, 0 }, /* Endpoint.name */
	{ 6690, 53, 12, 0, 0 }, /* Endpoint.managingOrganization */
	{ 280, 29, 13, M, 0 }, /* Endpoint.contact */
	{ 89, 46, 14, 0, 0 }, /* Endpoint.period */
	{ 9490, 26, 15, M|R, 0 }, /* Endpoint.payloadType */
	{ 9502, 3, 16, M, 0 }, /* Endpoint.payloadMimeType */
	{ 9518, 17, 17, R, 0 }, /* Endpoint.address */
	{ 9526, 13, 18, M, 0 }, /* Endpoint.header */
	{ 0, 7, 0, 0, 0 }, /* EnrollmentRequest.id */
	{ 5164, 42, 1, 0, 0 }, /* EnrollmentRequest.meta */
	{ 5169, 16, 2, 0, 0 }, /* EnrollmentRequest.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* EnrollmentRequest.language */
	{ 40, 44, 4, 0, 0 }, /* EnrollmentRequest.text */
	{ 5183, 63, 5, M, 0 }, /* EnrollmentRequest.contained */
	{ 3, 38, 6, M, 0 }, /* EnrollmentRequest.extension */
	{ 13, 38, 7, M, 0 }, /* EnrollmentRequest.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* EnrollmentRequest.identifier */
	{ 4558, 3, 9, 0, 0 }, /* EnrollmentRequest.status */
	{ 6161, 5, 10, 0, 0 }, /* EnrollmentRequest.created */
	{ 7202, 53, 11, 0, 0 }, /* EnrollmentRequest.insurer */
	{ 7210, 53, 12, 0, 0 }, /* EnrollmentRequest.provider */
	{ 9533, 53, 13, 0, 0 }, /* EnrollmentRequest.candidate */
	{ 5207, 53, 14, 0, 0 }, /* EnrollmentRequest.coverage */
	{ 0, 7, 0, 0, 0 }, /* EnrollmentResponse.id */
	{ 5164, 42, 1, 0, 0 }, /* EnrollmentResponse.meta */
	{ 5169, 16, 2, 0, 0 }, /* EnrollmentResponse.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* EnrollmentResponse.language */
	{ 40, 44, 4, 0, 0 }, /* EnrollmentResponse.text */
	{ 5183, 63, 5, M, 0 }, /* EnrollmentResponse.contained */
	{ 3, 38, 6, M, 0 }, /* EnrollmentResponse.extension */
	{ 13, 38, 7, M, 0 }, /* EnrollmentResponse.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* EnrollmentResponse.identifier */
	{ 4558, 3, 9, 0, 0 }, /* EnrollmentResponse.status */
	{ 6353, 53, 10, 0, 0 }, /* EnrollmentResponse.request */
	{ 5774, 3, 11, 0, 0 }, /* EnrollmentResponse.outcome */
	{ 7352, 13, 12, 0, 0 }, /* EnrollmentResponse.disposition */
	{ 6161, 5, 13, 0, 0 }, /* EnrollmentResponse.created */
	{ 8081, 53, 14, 0, 0 }, /* EnrollmentResponse.organization */
	{ 9543, 53, 15, 0, 0 }, /* EnrollmentResponse.requestProvider */
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
	{ 9395, 375, 10, M, 0 }, /* EpisodeOfCare.statusHistory */
	{ 35, 26, 11, M, 0 }, /* EpisodeOfCare.type */
	{ 7298, 376, 12, M, 0 }, /* EpisodeOfCare.diagnosis */
	{ 5909, 53, 13, R, 0 }, /* EpisodeOfCare.patient */
	{ 6690, 53, 14, 0, 0 }, /* EpisodeOfCare.managingOrganization */
	{ 89, 46, 15, 0, 0 }, /* EpisodeOfCare.period */
	{ 9559, 53, 16, M, 0 }, /* EpisodeOfCare.referralRequest */
	{ 9575, 53, 17, 0, 0 }, /* EpisodeOfCare.careManager */
	{ 9587, 53, 18, M, 0 }, /* EpisodeOfCare.team */
	{ 7119, 53, 19, M, 0 }, /* EpisodeOfCare.account */
	{ 0, 7, 0, 0, 0 }, /* EventDefinition.id */
	{ 5164, 42, 1, 0, 0 }, /* EventDefinition.meta */
	{ 5169, 16, 2, 0, 0 }, /* EventDefinition.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* EventDefinition.language */
	{ 40, 44, 4, 0, 0 }, /* EventDefinition.text */
	{ 5183, 63, 5, M, 0 }, /* EventDefinition.contained */
	{ 3, 38, 6, M, 0 }, /* EventDefinition.extension */
	{ 13, 38, 7, M, 0 }, /* EventDefinition.modifierExtension */
	{ 197, 16, 8, 0, 0 }, /* EventDefinition.url */
	{ 4824, 40, 9, M, 0 }, /* EventDefinition.identifier */
	{ 233, 13, 10, 0, 0 }, /* EventDefinition.version */
	{ 262, 13, 11, 0, 0 }, /* EventDefinition.name */
	{ 211, 13, 12, 0, 0 }, /* EventDefinition.title */
	{ 5239, 13, 13, 0, 0 }, /* EventDefinition.subtitle */
	{ 4558, 3, 14, R, 0 }, /* EventDefinition.status */
	{ 5248, 1, 15, 0, 0 }, /* EventDefinition.experimental */
	{ 296, 299, 16, C, 2 }, /* EventDefinition.subject */
	{ 5261, 5, 17, 0, 0 }, /* EventDefinition.date */
	{ 5266, 13, 18, 0, 0 }, /* EventDefinition.publisher */
	{ 280, 28, 19, M, 0 }, /* EventDefinition.contact */
	{ 3767, 10, 20, 0, 0 }, /* EventDefinition.description */
	{ 5276, 60, 21, M, 0 }, /* EventDefinition.useContext */
	{ 4545, 26, 22, M, 0 }, /* EventDefinition.jurisdiction */
	{ 5287, 10, 23, 0, 0 }, /* EventDefinition.purpose */
	{ 5295, 13, 24, 0, 0 }, /* EventDefinition.usage */
	{ 5301, 10, 25, 0, 0 }, /* EventDefinition.copyright */
	{ 5311, 4, 26, 0, 0 }, /* EventDefinition.approvalDate */
	{ 5324, 4, 27, 0, 0 }, /* EventDefinition.lastReviewDate */
	{ 5339, 46, 28, 0, 0 }, /* EventDefinition.effectivePeriod */
	{ 5355, 26, 29, M, 0 }, /* EventDefinition.topic */
	{ 130, 28, 30, M, 0 }, /* EventDefinition.author */
	{ 5361, 28, 31, M, 0 }, /* EventDefinition.editor */
	{ 5368, 28, 32, M, 0 }, /* EventDefinition.reviewer */
	{ 5377, 28, 33, M, 0 }, /* EventDefinition.endorser */
	{ 5386, 54, 34, M, 0 }, /* EventDefinition.relatedArtifact */
	{ 9592, 59, 35, M|R, 0 }, /* EventDefinition.trigger */
	{ 0, 7, 0, 0, 0 }, /* Evidence.id */
	{ 5164, 42, 1, 0, 0 }, /* Evidence.meta */
	{ 5169, 16, 2, 0, 0 }, /* Evidence.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Evidence.language */
	{ 40, 44, 4, 0, 0 }, /* Evidence.text */
	{ 5183, 63, 5, M, 0 }, /* Evidence.contained */
	{ 3, 38, 6, M, 0 }, /* Evidence.extension */
	{ 13, 38, 7, M, 0 }, /* Evidence.modifierExtension */
	{ 197, 16, 8, 0, 0 }, /* Evidence.url */
	{ 4824, 40, 9, M, 0 }, /* Evidence.identifier */
	{ 233, 13, 10, 0, 0 }, /* Evidence.version */
	{ 262, 13, 11, 0, 0 }, /* Evidence.name */
	{ 211, 13, 12, 0, 0 }, /* Evidence.title */
	{ 9600, 13, 13, 0, 0 }, /* Evidence.shortTitle */
	{ 5239, 13, 14, 0, 0 }, /* Evidence.subtitle */
	{ 4558, 3, 15, R, 0 }, /* Evidence.status */
	{ 5261, 5, 16, 0, 0 }, /* Evidence.date */
	{ 5266, 13, 17, 0, 0 }, /* Evidence.publisher */
	{ 280, 28, 18, M, 0 }, /* Evidence.contact */
	{ 3767, 10, 19, 0, 0 }, /* Evidence.description */
	{ 6005, 24, 20, M, 0 }, /* Evidence.note */
	{ 5276, 60, 21, M, 0 }, /* Evidence.useContext */
	{ 4545, 26, 22, M, 0 }, /* Evidence.jurisdiction */
	{ 5301, 10, 23, 0, 0 }, /* Evidence.copyright */
	{ 5311, 4, 24, 0, 0 }, /* Evidence.approvalDate */
	{ 5324, 4, 25, 0, 0 }, /* Evidence.lastReviewDate */
	{ 5339, 46, 26, 0, 0 }, /* Evidence.effectivePeriod */
	{ 5355, 26, 27, M, 0 }, /* Evidence.topic */
	{ 130, 28, 28, M, 0 }, /* Evidence.author */
	{ 5361, 28, 29, M, 0 }, /* Evidence.editor */
	{ 5368, 28, 30, M, 0 }, /* Evidence.reviewer */
	{ 5377, 28, 31, M, 0 }, /* Evidence.endorser */
	{ 5386, 54, 32, M, 0 }, /* Evidence.relatedArtifact */
	{ 9611, 53, 33, R, 0 }, /* Evidence.exposureBackground */
	{ 9630, 53, 34, M, 0 }, /* Evidence.exposureVariant */
	{ 5774, 53, 35, M, 0 }, /* Evidence.outcome */
	{ 0, 7, 0, 0, 0 }, /* EvidenceVariable.id */
	{ 5164, 42, 1, 0, 0 }, /* EvidenceVariable.meta */
	{ 5169, 16, 2, 0, 0 }, /* EvidenceVariable.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* EvidenceVariable.language */
	{ 40, 44, 4, 0, 0 }, /* EvidenceVariable.text */
	{ 5183, 63, 5, M, 0 }, /* EvidenceVariable.contained */
	{ 3, 38, 6, M, 0 }, /* EvidenceVariable.extension */
	{ 13, 38, 7, M, 0 }, /* EvidenceVariable.modifierExtension */
	{ 197, 16, 8, 0, 0 }, /* EvidenceVariable.url */
	{ 4824, 40, 9, M, 0 }, /* EvidenceVariable.identifier */
	{ 233, 13, 10, 0, 0 }, /* EvidenceVariable.version */
	{ 262, 13, 11, 0, 0 }, /* EvidenceVariable.name */
	{ 211, 13, 12, 0, 0 }, /* EvidenceVariable.title */
	{ 9600, 13, 13, 0, 0 }, /* EvidenceVariable.shortTitle */
	{ 5239, 13, 14, 0, 0 }, /* EvidenceVariable.subtitle */
	{ 4558, 3, 15, R, 0 }, /* EvidenceVariable.status */
	{ 5261, 5, 16, 0, 0 }, /* EvidenceVariable.date */
	{ 5266, 13, 17, 0, 0 }, /* EvidenceVariable.publisher */
	{ 280, 28, 18, M, 0 }, /* EvidenceVariable.contact */
	{ 3767, 10, 19, 0, 0 }, /* EvidenceVariable.description */
	{ 6005, 24, 20, M, 0 }, /* EvidenceVariable.note */
	{ 5276, 60, 21, M, 0 }, /* EvidenceVariable.useContext */
	{ 4545, 26, 22, M, 0 }, /* EvidenceVariable.jurisdiction */
	{ 5301, 10, 23, 0, 0 }, /* EvidenceVariable.copyright */
	{ 5311, 4, 24, 0, 0 }, /* EvidenceVariable.approvalDate */
	{ 5324, 4, 25, 0, 0 }, /* EvidenceVariable.lastReviewDate */
	{ 5339, 46, 26, 0, 0 }, /* EvidenceVariable.effectivePeriod */
	{ 5355, 26, 27, M, 0 }, /* EvidenceVariable.topic */
	{ 130, 28, 28, M, 0 }, /* EvidenceVariable.author */
	{ 5361, 28, 29, M, 0 }, /* EvidenceVariable.editor */
	{ 5368, 28, 30, M, 0 }, /* EvidenceVariable.reviewer */
	{ 5377, 28, 31, M, 0 }, /* EvidenceVariable.endorser */
	{ 5386, 54, 32, M, 0 }, /* EvidenceVariable.relatedArtifact */
	{ 35, 3, 33, 0, 0 }, /* EvidenceVariable.type */
	{ 9646, 377, 34, M|R, 0 }, /* EvidenceVariable.characteristic */
	{ 0, 7, 0, 0, 0 }, /* ExampleScenario.id */
	{ 5164, 42, 1, 0, 0 }, /* ExampleScenario.meta */
	{ 5169, 16, 2, 0, 0 }, /* ExampleScenario.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* ExampleScenario.language */
	{ 40, 44, 4, 0, 0 }, /* ExampleScenario.text */
	{ 5183, 63, 5, M, 0 }, /* ExampleScenario.contained */
	{ 3, 38, 6, M, 0 }, /* ExampleScenario.extension */
	{ 13, 38, 7, M, 0 }, /* ExampleScenario.modifierExtension */
	{ 197, 16, 8, 0, 0 }, /* ExampleScenario.url */
	{ 4824, 40, 9, M, 0 }, /* ExampleScenario.identifier */
	{ 233, 13, 10, 0, 0 }, /* ExampleScenario.version */
	{ 262, 13, 11, 0, 0 }, /* ExampleScenario.name */
	{ 4558, 3, 12, R, 0 }, /* ExampleScenario.status */
	{ 5248, 1, 13, 0, 0 }, /* ExampleScenario.experimental */
	{ 5261, 5, 14, 0, 0 }, /* ExampleScenario.date */
	{ 5266, 13, 15, 0, 0 }, /* ExampleScenario.publisher */
	{ 280, 28, 16, M, 0 }, /* ExampleScenario.contact */
	{ 5276, 60, 17, M, 0 }, /* ExampleScenario.useContext */
	{ 4545, 26, 18, M, 0 }, /* ExampleScenario.jurisdiction */
	{ 5301, 10, 19, 0, 0 }, /* ExampleScenario.copyright */
	{ 5287, 10, 20, 0, 0 }, /* ExampleScenario.purpose */
	{ 6221, 378, 21, M, 0 }, /* ExampleScenario.actor */
	{ 7142, 379, 22, M, 0 }, /* ExampleScenario.instance */
	{ 9661, 382, 23, M, 0 }, /* ExampleScenario.process */
	{ 9669, 2, 24, M, 0 }, /* ExampleScenario.workflow */
	{ 0, 7, 0, 0, 0 }, /* ExplanationOfBenefit.id */
	{ 5164, 42, 1, 0, 0 }, /* ExplanationOfBenefit.meta */
	{ 5169, 16, 2, 0, 0 }, /* ExplanationOfBenefit.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* ExplanationOfBenefit.language */
	{ 40, 44, 4, 0, 0 }, /* ExplanationOfBenefit.text */
	{ 5183, 63, 5, M, 0 }, /* ExplanationOfBenefit.contained */
	{ 3, 38, 6, M, 0 }, /* ExplanationOfBenefit.extension */
	{ 13, 38, 7, M, 0 }, /* ExplanationOfBenefit.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* ExplanationOfBenefit.identifier */
	{ 4558, 3, 9, R, 0 }, /* ExplanationOfBenefit.status */
	{ 35, 26, 10, R, 0 }, /* ExplanationOfBenefit.type */
	{ 7179, 26, 11, 0, 0 }, /* ExplanationOfBenefit.subType */
	{ 31, 3, 12, R, 0 }, /* ExplanationOfBenefit.use */
	{ 5909, 53, 13, R, 0 }, /* ExplanationOfBenefit.patient */
	{ 7187, 46, 14, 0, 0 }, /* ExplanationOfBenefit.billablePeriod */
	{ 6161, 5, 15, R, 0 }, /* ExplanationOfBenefit.created */
	{ 7084, 53, 16, 0, 0 }, /* ExplanationOfBenefit.enterer */
	{ 7202, 53, 17, R, 0 }, /* ExplanationOfBenefit.insurer */
	{ 7210, 53, 18, R, 0 }, /* ExplanationOfBenefit.provider */
	{ 5422, 26, 19, 0, 0 }, /* ExplanationOfBenefit.priority */
	{ 9678, 26, 20, 0, 0 }, /* ExplanationOfBenefit.fundsReserveRequested */
	{ 7219, 26, 21, 0, 0 }, /* ExplanationOfBenefit.fundsReserve */
	{ 7232, 386, 22, M, 0 }, /* ExplanationOfBenefit.related */
	{ 7240, 53, 23, 0, 0 }, /* ExplanationOfBenefit.prescription */
	{ 7253, 53, 24, 0, 0 }, /* ExplanationOfBenefit.originalPrescription */
	{ 7274, 387, 25, 0, 0 }, /* ExplanationOfBenefit.payee */
	{ 7280, 53, 26, 0, 0 }, /* ExplanationOfBenefit.referral */
	{ 7289, 53, 27, 0, 0 }, /* ExplanationOfBenefit.facility */
	{ 9700, 53, 28, 0, 0 }, /* ExplanationOfBenefit.claim */
	{ 9706, 53, 29, 0, 0 }, /* ExplanationOfBenefit.claimResponse */
	{ 5774, 3, 30, R, 0 }, /* ExplanationOfBenefit.outcome */
	{ 7352, 13, 31, 0, 0 }, /* ExplanationOfBenefit.disposition */
	{ 7364, 13, 32, M, 0 }, /* ExplanationOfBenefit.preAuthRef */
	{ 9720, 46, 33, M, 0 }, /* ExplanationOfBenefit.preAuthRefPeriod */
	{ 6642, 388, 34, M, 0 }, /* ExplanationOfBenefit.careTeam */
	{ 6661, 389, 35, M, 0 }, /* ExplanationOfBenefit.supportingInfo */
	{ 7298, 390, 36, M, 0 }, /* ExplanationOfBenefit.diagnosis */
	{ 7308, 391, 37, M, 0 }, /* ExplanationOfBenefit.procedure */
	{ 9737, 12, 38, 0, 0 }, /* ExplanationOfBenefit.precedence */
	{ 7318, 392, 39, M|R, 0 }, /* ExplanationOfBenefit.insurance */
	{ 7328, 393, 40, 0, 0 }, /* ExplanationOfBenefit.accident */
	{ 7337, 394, 41, M, 0 }, /* ExplanationOfBenefit.item */
	{ 7399, 398, 42, M, 0 }, /* ExplanationOfBenefit.addItem */
	{ 6457, 401, 43, M, 0 }, /* ExplanationOfBenefit.total */
	{ 7407, 402, 44, 0, 0 }, /* ExplanationOfBenefit.payment */
	{ 7415, 26, 45, 0, 0 }, /* ExplanationOfBenefit.formCode */
	{ 7424, 25, 46, 0, 0 }, /* ExplanationOfBenefit.form */
	{ 7429, 403, 47, M, 0 }, /* ExplanationOfBenefit.processNote */
	{ 9748, 46, 48, 0, 0 }, /* ExplanationOfBenefit.benefitPeriod */
	{ 9762, 404, 49, M, 0 }, /* ExplanationOfBenefit.benefitBalance */
	{ 0, 7, 0, 0, 0 }, /* FamilyMemberHistory.id */
	{ 5164, 42, 1, 0, 0 }, /* FamilyMemberHistory.meta */
	{ 5169, 16, 2, 0, 0 }, /* FamilyMemberHistory.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* FamilyMemberHistory.language */
	{ 40, 44, 4, 0, 0 }, /* FamilyMemberHistory.text */
	{ 5183, 63, 5, M, 0 }, /* FamilyMemberHistory.contained */
	{ 3, 38, 6, M, 0 }, /* FamilyMemberHistory.extension */
	{ 13, 38, 7, M, 0 }, /* FamilyMemberHistory.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* FamilyMemberHistory.identifier */
	{ 6595, 2, 9, M, 0 }, /* FamilyMemberHistory.instantiatesCanonical */
	{ 6617, 16, 10, M, 0 }, /* FamilyMemberHistory.instantiatesUri */
	{ 4558, 3, 11, R, 0 }, /* FamilyMemberHistory.status */
	{ 9777, 26, 12, 0, 0 }, /* FamilyMemberHistory.dataAbsentReason */
	{ 5909, 53, 13, R, 0 }, /* FamilyMemberHistory.patient */
	{ 5261, 5, 14, 0, 0 }, /* FamilyMemberHistory.date */
	{ 262, 13, 15, 0, 0 }, /* FamilyMemberHistory.name */
	{ 8469, 26, 16, R, 0 }, /* FamilyMemberHistory.relationship */
	{ 9794, 26, 17, 0, 0 }, /* FamilyMemberHistory.sex */
	{ 9798, 301, 18, C, 3 }, /* FamilyMemberHistory.born */
	{ 4666, 304, 19, C, 3 }, /* FamilyMemberHistory.age */
	{ 9851, 1, 20, 0, 0 }, /* FamilyMemberHistory.estimatedAge */
	{ 9864, 307, 21, C, 5 }, /* FamilyMemberHistory.deceased */
	{ 6091, 26, 22, M, 0 }, /* FamilyMemberHistory.reasonCode */
	{ 6102, 53, 23, M, 0 }, /* FamilyMemberHistory.reasonReference */
	{ 6005, 24, 24, M, 0 }, /* FamilyMemberHistory.note */
	{ 3692, 406, 25, M, 0 }, /* FamilyMemberHistory.condition */
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
	{ 5693, 26, 10, M, 0 }, /* Flag.category */
	{ 125, 26, 11, R, 0 }, /* Flag.code */
	{ 296, 53, 12, R, 0 }, /* Flag.subject */
	{ 89, 46, 13, 0, 0 }, /* Flag.period */
	{ 5702, 53, 14, 0, 0 }, /* Flag.encounter */
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
	{ 9943, 3, 9, R, 0 }, /* Goal.lifecycleStatus */
	{ 9959, 26, 10, 0, 0 }, /* Goal.achievementStatus */
	{ 5693, 26, 11, M, 0 }, /* Goal.category */
	{ 5422, 26, 12, 0, 0 }, /* Goal.priority */
	{ 3767, 26, 13, R, 0 }, /* Goal.description */
	{ 296, 53, 14, R, 0 }, /* Goal.subject */
	{ 4656, 312, 15, C, 2 }, /* Goal.start */
	{ 7924, 407, 16, M, 0 }, /* Goal.target */
	{ 10008, 4, 17, 0, 0 }, /* Goal.statusDate */
	{ 7468, 13, 18, 0, 0 }, /* Goal.statusReason */
	{ 10019, 53, 19, 0, 0 }, /* Goal.expressedBy */
	{ 6651, 53, 20, M, 0 }, /* Goal.addresses */
	{ 6005, 24, 21, M, 0 }, /* Goal.note */
	{ 10031, 26, 22, M, 0 }, /* Goal.outcomeCode */
	{ 10043, 53, 23, M, 0 }, /* Goal.outcomeReference */
	{ 0, 7, 0, 0, 0 }, /* GraphDefinition.id */
	{ 5164, 42, 1, 0, 0 }, /* GraphDefinition.meta */
	{ 5169, 16, 2, 0, 0 }, /* GraphDefinition.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* GraphDefinition.language */
	{ 40, 44, 4, 0, 0 }, /* GraphDefinition.text */
	{ 5183, 63, 5, M, 0 }, /* GraphDefinition.contained */
	{ 3, 38, 6, M, 0 }, /* GraphDefinition.extension */
	{ 13, 38, 7, M, 0 }, /* GraphDefinition.modifierExtension */
	{ 197, 16, 8, 0, 0 }, /* GraphDefinition.url */
	{ 233, 13, 9, 0, 0 }, /* GraphDefinition.version */
	{ 262, 13, 10, R, 0 }, /* GraphDefinition.name */
	{ 4558, 3, 11, R, 0 }, /* GraphDefinition.status */
	{ 5248, 1, 12, 0, 0 }, /* GraphDefinition.experimental */
	{ 5261, 5, 13, 0, 0 }, /* GraphDefinition.date */
	{ 5266, 13, 14, 0, 0 }, /* GraphDefinition.publisher */
	{ 280, 28, 15, M, 0 }, /* GraphDefinition.contact */
	{ 3767, 10, 16, 0, 0 }, /* GraphDefinition.description */
	{ 5276, 60, 17, M, 0 }, /* GraphDefinition.useContext */
	{ 4545, 26, 18, M, 0 }, /* GraphDefinition.jurisdiction */
	{ 5287, 10, 19, 0, 0 }, /* GraphDefinition.purpose */
	{ 4656, 3, 20, R, 0 }, /* GraphDefinition.start */
	{ 288, 2, 21, 0, 0 }, /* GraphDefinition.profile */
	{ 6463, 408, 22, M, 0 }, /* GraphDefinition.link */
	{ 0, 7, 0, 0, 0 }, /* Group.id */
	{ 5164, 42, 1, 0, 0 }, /* Group.meta */
	{ 5169, 16, 2, 0, 0 }, /* Group.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Group.language */
	{ 40, 44, 4, 0, 0 }, /* Group.text */
	{ 5183, 63, 5, M, 0 }, /* Group.contained */
	{ 3, 38, 6, M, 0 }, /* Group.extension */
	{ 13, 38, 7, M, 0 }, /* Group.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Group.identifier */
	{ 6411, 1, 9, 0, 0 }, /* Group.active */
	{ 35, 3, 10, R, 0 }, /* Group.type */
	{ 10060, 1, 11, R, 0 }, /* Group.actual */
	{ 125, 26, 12, 0, 0 }, /* Group.code */
	{ 262, 13, 13, 0, 0 }, /* Group.name */
	{ 5563, 15, 14, 0, 0 }, /* Group.quantity */
	{ 10067, 53, 15, 0, 0 }, /* Group.managingEntity */
	{ 9646, 411, 16, M, 0 }, /* Group.characteristic */
	{ 10082, 412, 17, M, 0 }, /* Group.member */
	{ 0, 7, 0, 0, 0 }, /* GuidanceResponse.id */
	{ 5164, 42, 1, 0, 0 }, /* GuidanceResponse.meta */
	{ 5169, 16, 2, 0, 0 }, /* GuidanceResponse.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* GuidanceResponse.language */
	{ 40, 44, 4, 0, 0 }, /* GuidanceResponse.text */
	{ 5183, 63, 5, M, 0 }, /* GuidanceResponse.contained */
	{ 3, 38, 6, M, 0 }, /* GuidanceResponse.extension */
	{ 13, 38, 7, M, 0 }, /* GuidanceResponse.modifierExtension */
	{ 10089, 40, 8, 0, 0 }, /* GuidanceResponse.requestIdentifier */
	{ 4824, 40, 9, M, 0 }, /* GuidanceResponse.identifier */
	{ 10107, 314, 10, R|C, 3 }, /* GuidanceResponse.module */
	{ 4558, 3, 11, R, 0 }, /* GuidanceResponse.status */
	{ 296, 53, 12, 0, 0 }, /* GuidanceResponse.subject */
	{ 5702, 53, 13, 0, 0 }, /* GuidanceResponse.encounter */
	{ 6911, 5, 14, 0, 0 }, /* GuidanceResponse.occurrenceDateTime */
	{ 6964, 53, 15, 0, 0 }, /* GuidanceResponse.performer */
	{ 6091, 26, 16, M, 0 }, /* GuidanceResponse.reasonCode */
	{ 6102, 53, 17, M, 0 }, /* GuidanceResponse.reasonReference */
	{ 6005, 24, 18, M, 0 }, /* GuidanceResponse.note */
	{ 10162, 53, 19, M, 0 }, /* GuidanceResponse.evaluationMessage */
	{ 10180, 53, 20, 0, 0 }, /* GuidanceResponse.outputParameters */
	{ 9156, 53, 21, 0, 0 }, /* GuidanceResponse.result */
	{ 10197, 32, 22, M, 0 }, /* GuidanceResponse.dataRequirement */
	{ 0, 7, 0, 0, 0 }, /* HealthcareService.id */
	{ 5164, 42, 1, 0, 0 }, /* HealthcareService.meta */
	{ 5169, 16, 2, 0, 0 }, /* HealthcareService.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* HealthcareService.language */
	{ 40, 44, 4, 0, 0 }, /* HealthcareService.text */
	{ 5183, 63, 5, M, 0 }, /* HealthcareService.contained */
	{ 3, 38, 6, M, 0 }, /* HealthcareService.extension */
	{ 13, 38, 7, M, 0 }, /* HealthcareService.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* HealthcareService.identifier */
	{ 6411, 1, 9, 0, 0 }, /* HealthcareService.active */
	{ 10213, 53, 10, 0, 0 }, /* HealthcareService.providedBy */
	{ 5693, 26, 11, M, 0 }, /* HealthcareService.category */
	{ 35, 26, 12, M, 0 }, /* HealthcareService.type */
	{ 6065, 26, 13, M, 0 }, /* HealthcareService.specialty */
	{ 5494, 53, 14, M, 0 }, /* HealthcareService.location */
	{ 262, 13, 15, 0, 0 }, /* HealthcareService.name */
	{ 667, 13, 16, 0, 0 }, /* HealthcareService.comment */
	{ 10224, 10, 17, 0, 0 }, /* HealthcareService.extraDetails */
	{ 10237, 25, 18, 0, 0 }, /* HealthcareService.photo */
	{ 267, 29, 19, M, 0 }, /* HealthcareService.telecom */
	{ 10243, 53, 20, M, 0 }, /* HealthcareService.coverageArea */
	{ 10256, 26, 21, M, 0 }, /* HealthcareService.serviceProvisionCode */
	{ 10277, 413, 22, M, 0 }, /* HealthcareService.eligibility */
	{ 10289, 26, 23, M, 0 }, /* HealthcareService.program */
	{ 9646, 26, 24, M, 0 }, /* HealthcareService.characteristic */
	{ 10297, 26, 25, M, 0 }, /* HealthcareService.communication */
	{ 10311, 26, 26, M, 0 }, /* HealthcareService.referralMethod */
	{ 10326, 1, 27, 0, 0 }, /* HealthcareService.appointmentRequired */
	{ 10346, 414, 28, M, 0 }, /* HealthcareService.availableTime */
	{ 10360, 415, 29, M, 0 }, /* HealthcareService.notAvailable */
	{ 10373, 13, 30, 0, 0 }, /* HealthcareService.availabilityExceptions */
	{ 10396, 53, 31, M, 0 }, /* HealthcareService.endpoint */
	{ 0, 7, 0, 0, 0 }, /* ImagingStudy.id */
	{ 5164, 42, 1, 0, 0 }, /* ImagingStudy.meta */
	{ 5169, 16, 2, 0, 0 }, /* ImagingStudy.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* ImagingStudy.language */
	{ 40, 44, 4, 0, 0 }, /* ImagingStudy.text */
	{ 5183, 63, 5, M, 0 }, /* ImagingStudy.contained */
	{ 3, 38, 6, M, 0 }, /* ImagingStudy.extension */
	{ 13, 38, 7, M, 0 }, /* ImagingStudy.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* ImagingStudy.identifier */
	{ 4558, 3, 9, R, 0 }, /* ImagingStudy.status */
	{ 10405, 27, 10, M, 0 }, /* ImagingStudy.modality */
	{ 296, 53, 11, R, 0 }, /* ImagingStudy.subject */
	{ 5702, 53, 12, 0, 0 }, /* ImagingStudy.encounter */
	{ 10414, 5, 13, 0, 0 }, /* ImagingStudy.started */
	{ 6169, 53, 14, M, 0 }, /* ImagingStudy.basedOn */
	{ 10422, 53, 15, 0, 0 }, /* ImagingStudy.referrer */
	{ 10431, 53, 16, M, 0 }, /* ImagingStudy.interpreter */
	{ 10396, 53, 17, M, 0 }, /* ImagingStudy.endpoint */
	{ 10443, 15, 18, 0, 0 }, /* ImagingStudy.numberOfSeries */
	{ 10458, 15, 19, 0, 0 }, /* ImagingStudy.numberOfInstances */
	{ 10476, 53, 20, 0, 0 }, /* ImagingStudy.procedureReference */
	{ 10495, 26, 21, M, 0 }, /* ImagingStudy.procedureCode */
	{ 5494, 53, 22, 0, 0 }, /* ImagingStudy.location */
	{ 6091, 26, 23, M, 0 }, /* ImagingStudy.reasonCode */
	{ 6102, 53, 24, M, 0 }, /* ImagingStudy.reasonReference */
	{ 6005, 24, 25, M, 0 }, /* ImagingStudy.note */
	{ 3767, 13, 26, 0, 0 }, /* ImagingStudy.description */
	{ 10509, 416, 27, M, 0 }, /* ImagingStudy.series */
	{ 0, 7, 0, 0, 0 }, /* Immunization.id */
	{ 5164, 42, 1, 0, 0 }, /* Immunization.meta */
	{ 5169, 16, 2, 0, 0 }, /* Immunization.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Immunization.language */
	{ 40, 44, 4, 0, 0 }, /* Immunization.text */
	{ 5183, 63, 5, M, 0 }, /* Immunization.contained */
	{ 3, 38, 6, M, 0 }, /* Immunization.extension */
	{ 13, 38, 7, M, 0 }, /* Immunization.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Immunization.identifier */
	{ 4558, 3, 9, R, 0 }, /* Immunization.status */
	{ 7468, 26, 10, 0, 0 }, /* Immunization.statusReason */
	{ 10516, 26, 11, R, 0 }, /* Immunization.vaccineCode */
	{ 5909, 53, 12, R, 0 }, /* Immunization.patient */
	{ 5702, 53, 13, 0, 0 }, /* Immunization.encounter */
	{ 6900, 317, 14, R|C, 2 }, /* Immunization.occurrence */
	{ 6260, 5, 15, 0, 0 }, /* Immunization.recorded */
	{ 10545, 1, 16, 0, 0 }, /* Immunization.primarySource */
	{ 10559, 26, 17, 0, 0 }, /* Immunization.reportOrigin */
	{ 5494, 53, 18, 0, 0 }, /* Immunization.location */
	{ 8690, 53, 19, 0, 0 }, /* Immunization.manufacturer */
	{ 8734, 13, 20, 0, 0 }, /* Immunization.lotNumber */
	{ 8719, 4, 21, 0, 0 }, /* Immunization.expirationDate */
	{ 495, 26, 22, 0, 0 }, /* Immunization.site */
	{ 500, 26, 23, 0, 0 }, /* Immunization.route */
	{ 10572, 50, 24, 0, 0 }, /* Immunization.doseQuantity */
	{ 6964, 419, 25, M, 0 }, /* Immunization.performer */
	{ 6005, 24, 26, M, 0 }, /* Immunization.note */
	{ 6091, 26, 27, M, 0 }, /* Immunization.reasonCode */
	{ 6102, 53, 28, M, 0 }, /* Immunization.reasonReference */
	{ 10585, 1, 29, 0, 0 }, /* Immunization.isSubpotent */
	{ 10597, 26, 30, M, 0 }, /* Immunization.subpotentReason */
	{ 10613, 420, 31, M, 0 }, /* Immunization.education */
	{ 10623, 26, 32, M, 0 }, /* Immunization.programEligibility */
	{ 10642, 26, 33, 0, 0 }, /* Immunization.fundingSource */
	{ 6010, 421, 34, M, 0 }, /* Immunization.reaction */
	{ 10656, 422, 35, M, 0 }, /* Immunization.protocolApplied */
	{ 0, 7, 0, 0, 0 }, /* ImmunizationEvaluation.id */
	{ 5164, 42, 1, 0, 0 }, /* ImmunizationEvaluation.meta */
	{ 5169, 16, 2, 0, 0 }, /* ImmunizationEvaluation.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* ImmunizationEvaluation.language */
	{ 40, 44, 4, 0, 0 }, /* ImmunizationEvaluation.text */
	{ 5183, 63, 5, M, 0 }, /* ImmunizationEvaluation.contained */
	{ 3, 38, 6, M, 0 }, /* ImmunizationEvaluation.extension */
	{ 13, 38, 7, M, 0 }, /* ImmunizationEvaluation.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* ImmunizationEvaluation.identifier */
	{ 4558, 3, 9, R, 0 }, /* ImmunizationEvaluation.status */
	{ 5909, 53, 10, R, 0 }, /* ImmunizationEvaluation.patient */
	{ 5261, 5, 11, 0, 0 }, /* ImmunizationEvaluation.date */
	{ 8227, 53, 12, 0, 0 }, /* ImmunizationEvaluation.authority */
	{ 10672, 26, 13, R, 0 }, /* ImmunizationEvaluation.targetDisease */
	{ 10686, 53, 14, R, 0 }, /* ImmunizationEvaluation.immunizationEvent */
	{ 10704, 26, 15, R, 0 }, /* ImmunizationEvaluation.doseStatus */
	{ 10715, 26, 16, M, 0 }, /* ImmunizationEvaluation.doseStatusReason */
	{ 3767, 13, 17, 0, 0 }, /* ImmunizationEvaluation.description */
	{ 10509, 13, 18, 0, 0 }, /* ImmunizationEvaluation.series */
	{ 10732, 319, 19, C, 2 }, /* ImmunizationEvaluation.doseNumber */
	{ 10782, 321, 20, C, 2 }, /* ImmunizationEvaluation.seriesDoses */
	{ 0, 7, 0, 0, 0 }, /* ImmunizationRecommendation.id */
	{ 5164, 42, 1, 0, 0 }, /* ImmunizationRecommendation.meta */
	{ 5169, 16, 2, 0, 0 }, /* ImmunizationRecommendation.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* ImmunizationRecommendation.language */
	{ 40, 44, 4, 0, 0 }, /* ImmunizationRecommendation.text */
	{ 5183, 63, 5, M, 0 }, /* ImmunizationRecommendation.contained */
	{ 3, 38, 6, M, 0 }, /* ImmunizationRecommendation.extension */
	{ 13, 38, 7, M, 0 }, /* ImmunizationRecommendation.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* ImmunizationRecommendation.identifier */
	{ 5909, 53, 9, R, 0 }, /* ImmunizationRecommendation.patient */
	{ 5261, 5, 10, R, 0 }, /* ImmunizationRecommendation.date */
	{ 8227, 53, 11, 0, 0 }, /* ImmunizationRecommendation.authority */
	{ 10835, 423, 12, M|R, 0 }, /* ImmunizationRecommendation.recommendation */
	{ 0, 7, 0, 0, 0 }, /* ImplementationGuide.id */
	{ 5164, 42, 1, 0, 0 }, /* ImplementationGuide.meta */
	{ 5169, 16, 2, 0, 0 }, /* ImplementationGuide.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* ImplementationGuide.language */
	{ 40, 44, 4, 0, 0 }, /* ImplementationGuide.text */
	{ 5183, 63, 5, M, 0 }, /* ImplementationGuide.contained */
	{ 3, 38, 6, M, 0 }, /* ImplementationGuide.extension */
	{ 13, 38, 7, M, 0 }, /* ImplementationGuide.modifierExtension */
	{ 197, 16, 8, R, 0 }, /* ImplementationGuide.url */
	{ 233, 13, 9, 0, 0 }, /* ImplementationGuide.version */
	{ 262, 13, 10, R, 0 }, /* ImplementationGuide.name */
	{ 211, 13, 11, 0, 0 }, /* ImplementationGuide.title */
	{ 4558, 3, 12, R, 0 }, /* ImplementationGuide.status */
	{ 5248, 1, 13, 0, 0 }, /* ImplementationGuide.experimental */
	{ 5261, 5, 14, 0, 0 }, /* ImplementationGuide.date */
	{ 5266, 13, 15, 0, 0 }, /* ImplementationGuide.publisher */
	{ 280, 28, 16, M, 0 }, /* ImplementationGuide.contact */
	{ 3767, 10, 17, 0, 0 }, /* ImplementationGuide.description */
	{ 5276, 60, 18, M, 0 }, /* ImplementationGuide.useContext */
	{ 4545, 26, 19, M, 0 }, /* ImplementationGuide.jurisdiction */
	{ 5301, 10, 20, 0, 0 }, /* ImplementationGuide.copyright */
	{ 10850, 7, 21, R, 0 }, /* ImplementationGuide.packageId */
	{ 10860, 3, 22, 0, 0 }, /* ImplementationGuide.license */
	{ 6529, 3, 23, M|R, 0 }, /* ImplementationGuide.fhirVersion */
	{ 10868, 425, 24, M, 0 }, /* ImplementationGuide.dependsOn */
	{ 10878, 426, 25, M, 0 }, /* ImplementationGuide.global */
	{ 656, 427, 26, 0, 0 }, /* ImplementationGuide.definition */
	{ 10885, 433, 27, 0, 0 }, /* ImplementationGuide.manifest */
	{ 0, 7, 0, 0, 0 }, /* InsurancePlan.id */
	{ 5164, 42, 1, 0, 0 }, /* InsurancePlan.meta */
	{ 5169, 16, 2, 0, 0 }, /* InsurancePlan.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* InsurancePlan.language */
	{ 40, 44, 4, 0, 0 }, /* InsurancePlan.text */
	{ 5183, 63, 5, M, 0 }, /* InsurancePlan.contained */
	{ 3, 38, 6, M, 0 }, /* InsurancePlan.extension */
	{ 13, 38, 7, M, 0 }, /* InsurancePlan.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* InsurancePlan.identifier */
	{ 4558, 3, 9, 0, 0 }, /* InsurancePlan.status */
	{ 35, 26, 10, M, 0 }, /* InsurancePlan.type */
	{ 262, 13, 11, 0, 0 }, /* InsurancePlan.name */
	{ 688, 13, 12, M, 0 }, /* InsurancePlan.alias */
	{ 89, 46, 13, 0, 0 }, /* InsurancePlan.period */
	{ 10894, 53, 14, 0, 0 }, /* InsurancePlan.ownedBy */
	{ 10902, 53, 15, 0, 0 }, /* InsurancePlan.administeredBy */
	{ 10243, 53, 16, M, 0 }, /* InsurancePlan.coverageArea */
	{ 280, 436, 17, M, 0 }, /* InsurancePlan.contact */
	{ 10396, 53, 18, M, 0 }, /* InsurancePlan.endpoint */
	{ 8500, 53, 19, M, 0 }, /* InsurancePlan.network */
	{ 5207, 437, 20, M, 0 }, /* InsurancePlan.coverage */
	{ 10917, 440, 21, M, 0 }, /* InsurancePlan.plan */
	{ 0, 7, 0, 0, 0 }, /* Invoice.id */
	{ 5164, 42, 1, 0, 0 }, /* Invoice.meta */
	{ 5169, 16, 2, 0, 0 }, /* Invoice.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Invoice.language */
	{ 40, 44, 4, 0, 0 }, /* Invoice.text */
	{ 5183, 63, 5, M, 0 }, /* Invoice.contained */
	{ 3, 38, 6, M, 0 }, /* Invoice.extension */
	{ 13, 38, 7, M, 0 }, /* Invoice.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Invoice.identifier */
	{ 4558, 3, 9, R, 0 }, /* Invoice.status */
	{ 10922, 13, 10, 0, 0 }, /* Invoice.cancelledReason */
	{ 35, 26, 11, 0, 0 }, /* Invoice.type */
	{ 296, 53, 12, 0, 0 }, /* Invoice.subject */
	{ 7776, 53, 13, 0, 0 }, /* Invoice.recipient */
	{ 5261, 5, 14, 0, 0 }, /* Invoice.date */
	{ 5503, 445, 15, M, 0 }, /* Invoice.participant */
	{ 10938, 53, 16, 0, 0 }, /* Invoice.issuer */
	{ 7119, 53, 17, 0, 0 }, /* Invoice.account */
	{ 10945, 446, 18, M, 0 }, /* Invoice.lineItem */
	{ 10954, 43, 19, 0, 0 }, /* Invoice.totalNet */
	{ 10963, 43, 20, 0, 0 }, /* Invoice.totalGross */
	{ 10974, 10, 21, 0, 0 }, /* Invoice.paymentTerms */
	{ 6005, 24, 22, M, 0 }, /* Invoice.note */
	{ 0, 7, 0, 0, 0 }, /* Library.id */
	{ 5164, 42, 1, 0, 0 }, /* Library.meta */
	{ 5169, 16, 2, 0, 0 }, /* Library.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Library.language */
	{ 40, 44, 4, 0, 0 }, /* Library.text */
	{ 5183, 63, 5, M, 0 }, /* Library.contained */
	{ 3, 38, 6, M, 0 }, /* Library.extension */
	{ 13, 38, 7, M, 0 }, /* Library.modifierExtension */
	{ 197, 16, 8, 0, 0 }, /* Library.url */
	{ 4824, 40, 9, M, 0 }, /* Library.identifier */
	{ 233, 13, 10, 0, 0 }, /* Library.version */
	{ 262, 13, 11, 0, 0 }, /* Library.name */
	{ 211, 13, 12, 0, 0 }, /* Library.title */
	{ 5239, 13, 13, 0, 0 }, /* Library.subtitle */
	{ 4558, 3, 14, R, 0 }, /* Library.status */
	{ 5248, 1, 15, 0, 0 }, /* Library.experimental */
	{ 35, 26, 16, R, 0 }, /* Library.type */
	{ 296, 323, 17, C, 2 }, /* Library.subject */
	{ 5261, 5, 18, 0, 0 }, /* Library.date */
	{ 5266, 13, 19, 0, 0 }, /* Library.publisher */
	{ 280, 28, 20, M, 0 }, /* Library.contact */
	{ 3767, 10, 21, 0, 0 }, /* Library.description */
	{ 5276, 60, 22, M, 0 }, /* Library.useContext */
	{ 4545, 26, 23, M, 0 }, /* Library.jurisdiction */
	{ 5287, 10, 24, 0, 0 }, /* Library.purpose */
	{ 5295, 13, 25, 0, 0 }, /* Library.usage */
	{ 5301, 10, 26, 0, 0 }, /* Library.copyright */
	{ 5311, 4, 27, 0, 0 }, /* Library.approvalDate */
	{ 5324, 4, 28, 0, 0 }, /* Library.lastReviewDate */
	{ 5339, 46, 29, 0, 0 }, /* Library.effectivePeriod */
	{ 5355, 26, 30, M, 0 }, /* Library.topic */
	{ 130, 28, 31, M, 0 }, /* Library.author */
	{ 5361, 28, 32, M, 0 }, /* Library.editor */
	{ 5368, 28, 33, M, 0 }, /* Library.reviewer */
	{ 5377, 28, 34, M, 0 }, /* Library.endorser */
	{ 5386, 54, 35, M, 0 }, /* Library.relatedArtifact */
	{ 9074, 45, 36, M, 0 }, /* Library.parameter */
	{ 10197, 32, 37, M, 0 }, /* Library.dataRequirement */
	{ 7686, 25, 38, M, 0 }, /* Library.content */
	{ 0, 7, 0, 0, 0 }, /* Linkage.id */
	{ 5164, 42, 1, 0, 0 }, /* Linkage.meta */
	{ 5169, 16, 2, 0, 0 }, /* Linkage.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Linkage.language */
	{ 40, 44, 4, 0, 0 }, /* Linkage.text */
	{ 5183, 63, 5, M, 0 }, /* Linkage.contained */
	{ 3, 38, 6, M, 0 }, /* Linkage.extension */
	{ 13, 38, 7, M, 0 }, /* Linkage.modifierExtension */
	{ 6411, 1, 8, 0, 0 }, /* Linkage.active */
	{ 130, 53, 9, 0, 0 }, /* Linkage.author */
	{ 7337, 448, 10, M|R, 0 }, /* Linkage.item */
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
	{ 10987, 3, 10, R, 0 }, /* List.mode */
	{ 211, 13, 11, 0, 0 }, /* List.title */
	{ 125, 26, 12, 0, 0 }, /* List.code */
	{ 296, 53, 13, 0, 0 }, /* List.subject */
	{ 5702, 53, 14, 0, 0 }, /* List.encounter */
	{ 5261, 5, 15, 0, 0 }, /* List.date */
	{ 4609, 53, 16, 0, 0 }, /* List.source */
	{ 10992, 26, 17, 0, 0 }, /* List.orderedBy */
	{ 6005, 24, 18, M, 0 }, /* List.note */
	{ 6468, 449, 19, M, 0 }, /* List.entry */
	{ 11002, 26, 20, 0, 0 }, /* List.emptyReason */
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
	{ 8979, 27, 10, 0, 0 }, /* Location.operationalStatus */
	{ 262, 13, 11, 0, 0 }, /* Location.name */
	{ 688, 13, 12, M, 0 }, /* Location.alias */
	{ 3767, 13, 13, 0, 0 }, /* Location.description */
	{ 10987, 3, 14, 0, 0 }, /* Location.mode */
	{ 35, 26, 15, M, 0 }, /* Location.type */
	{ 267, 29, 16, M, 0 }, /* Location.telecom */
	{ 9518, 22, 17, 0, 0 }, /* Location.address */
	{ 11014, 26, 18, 0, 0 }, /* Location.physicalType */
	{ 11027, 450, 19, 0, 0 }, /* Location.position */
	{ 6690, 53, 20, 0, 0 }, /* Location.managingOrganization */
	{ 5232, 53, 21, 0, 0 }, /* Location.partOf */
	{ 11036, 451, 22, M, 0 }, /* Location.hoursOfOperation */
	{ 10373, 13, 23, 0, 0 }, /* Location.availabilityExceptions */
	{ 10396, 53, 24, M, 0 }, /* Location.endpoint */
	{ 0, 7, 0, 0, 0 }, /* Measure.id */
	{ 5164, 42, 1, 0, 0 }, /* Measure.meta */
	{ 5169, 16, 2, 0, 0 }, /* Measure.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Measure.language */
	{ 40, 44, 4, 0, 0 }, /* Measure.text */
	{ 5183, 63, 5, M, 0 }, /* Measure.contained */
	{ 3, 38, 6, M, 0 }, /* Measure.extension */
	{ 13, 38, 7, M, 0 }, /* Measure.modifierExtension */
	{ 197, 16, 8, 0, 0 }, /* Measure.url */
	{ 4824, 40, 9, M, 0 }, /* Measure.identifier */
	{ 233, 13, 10, 0, 0 }, /* Measure.version */
	{ 262, 13, 11, 0, 0 }, /* Measure.name */
	{ 211, 13, 12, 0, 0 }, /* Measure.title */
	{ 5239, 13, 13, 0, 0 }, /* Measure.subtitle */
	{ 4558, 3, 14, R, 0 }, /* Measure.status */
	{ 5248, 1, 15, 0, 0 }, /* Measure.experimental */
	{ 296, 325, 16, C, 2 }, /* Measure.subject */
	{ 5261, 5, 17, 0, 0 }, /* Measure.date */
	{ 5266, 13, 18, 0, 0 }, /* Measure.publisher */
	{ 280, 28, 19, M, 0 }, /* Measure.contact */
	{ 3767, 10, 20, 0, 0 }, /* Measure.description */
	{ 5276, 60, 21, M, 0 }, /* Measure.useContext */
	{ 4545, 26, 22, M, 0 }, /* Measure.jurisdiction */
	{ 5287, 10, 23, 0, 0 }, /* Measure.purpose */
	{ 5295, 13, 24, 0, 0 }, /* Measure.usage */
	{ 5301, 10, 25, 0, 0 }, /* Measure.copyright */
	{ 5311, 4, 26, 0, 0 }, /* Measure.approvalDate */
	{ 5324, 4, 27, 0, 0 }, /* Measure.lastReviewDate */
	{ 5339, 46, 28, 0, 0 }, /* Measure.effectivePeriod */
	{ 5355, 26, 29, M, 0 }, /* Measure.topic */
	{ 130, 28, 30, M, 0 }, /* Measure.author */
	{ 5361, 28, 31, M, 0 }, /* Measure.editor */
	{ 5368, 28, 32, M, 0 }, /* Measure.reviewer */
	{ 5377, 28, 33, M, 0 }, /* Measure.endorser */
	{ 5386, 54, 34, M, 0 }, /* Measure.relatedArtifact */
	{ 5402, 2, 35, M, 0 }, /* Measure.library */
	{ 11053, 10, 36, 0, 0 }, /* Measure.disclaimer */
	{ 4816, 26, 37, 0, 0 }, /* Measure.scoring */
	{ 11064, 26, 38, 0, 0 }, /* Measure.compositeScoring */
	{ 35, 26, 39, M, 0 }, /* Measure.type */
	{ 11081, 13, 40, 0, 0 }, /* Measure.riskAdjustment */
	{ 11096, 13, 41, 0, 0 }, /* Measure.rateAggregation */
	{ 11112, 10, 42, 0, 0 }, /* Measure.rationale */
	{ 11122, 10, 43, 0, 0 }, /* Measure.clinicalRecommendationStatement */
	{ 11154, 26, 44, 0, 0 }, /* Measure.improvementNotation */
	{ 656, 10, 45, M, 0 }, /* Measure.definition */
	{ 11174, 10, 46, 0, 0 }, /* Measure.guidance */
	{ 7957, 452, 47, M, 0 }, /* Measure.group */
	{ 11183, 456, 48, M, 0 }, /* Measure.supplementalData */
	{ 0, 7, 0, 0, 0 }, /* MeasureReport.id */
	{ 5164, 42, 1, 0, 0 }, /* MeasureReport.meta */
	{ 5169, 16, 2, 0, 0 }, /* MeasureReport.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* MeasureReport.language */
	{ 40, 44, 4, 0, 0 }, /* MeasureReport.text */
	{ 5183, 63, 5, M, 0 }, /* MeasureReport.contained */
	{ 3, 38, 6, M, 0 }, /* MeasureReport.extension */
	{ 13, 38, 7, M, 0 }, /* MeasureReport.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* MeasureReport.identifier */
	{ 4558, 3, 9, R, 0 }, /* MeasureReport.status */
	{ 35, 3, 10, R, 0 }, /* MeasureReport.type */
	{ 11200, 2, 11, R, 0 }, /* MeasureReport.measure */
	{ 296, 53, 12, 0, 0 }, /* MeasureReport.subject */
	{ 5261, 5, 13, 0, 0 }, /* MeasureReport.date */
	{ 11208, 53, 14, 0, 0 }, /* MeasureReport.reporter */
	{ 89, 46, 15, R, 0 }, /* MeasureReport.period */
	{ 11154, 26, 16, 0, 0 }, /* MeasureReport.improvementNotation */
	{ 7957, 457, 17, M, 0 }, /* MeasureReport.group */
	{ 11217, 53, 18, M, 0 }, /* MeasureReport.evaluatedResource */
	{ 0, 7, 0, 0, 0 }, /* Media.id */
	{ 5164, 42, 1, 0, 0 }, /* Media.meta */
	{ 5169, 16, 2, 0, 0 }, /* Media.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Media.language */
	{ 40, 44, 4, 0, 0 }, /* Media.text */
	{ 5183, 63, 5, M, 0 }, /* Media.contained */
	{ 3, 38, 6, M, 0 }, /* Media.extension */
	{ 13, 38, 7, M, 0 }, /* Media.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Media.identifier */
	{ 6169, 53, 9, M, 0 }, /* Media.basedOn */
	{ 5232, 53, 10, M, 0 }, /* Media.partOf */
	{ 4558, 3, 11, R, 0 }, /* Media.status */
	{ 35, 26, 12, 0, 0 }, /* Media.type */
	{ 10405, 26, 13, 0, 0 }, /* Media.modality */
	{ 11235, 26, 14, 0, 0 }, /* Media.view */
	{ 296, 53, 15, 0, 0 }, /* Media.subject */
	{ 5702, 53, 16, 0, 0 }, /* Media.encounter */
	{ 6161, 327, 17, C, 2 }, /* Media.created */
	{ 8197, 8, 18, 0, 0 }, /* Media.issued */
	{ 11270, 53, 19, 0, 0 }, /* Media.operator */
	{ 6091, 26, 20, M, 0 }, /* Media.reasonCode */
	{ 5579, 26, 21, 0, 0 }, /* Media.bodySite */
	{ 8757, 13, 22, 0, 0 }, /* Media.deviceName */
	{ 9121, 53, 23, 0, 0 }, /* Media.device */
	{ 4733, 12, 24, 0, 0 }, /* Media.height */
	{ 4740, 12, 25, 0, 0 }, /* Media.width */
	{ 11279, 12, 26, 0, 0 }, /* Media.frames */
	{ 11286, 6, 27, 0, 0 }, /* Media.duration */
	{ 7686, 25, 28, R, 0 }, /* Media.content */
	{ 6005, 24, 29, M, 0 }, /* Media.note */
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
	{ 8690, 53, 11, 0, 0 }, /* Medication.manufacturer */
	{ 7424, 26, 12, 0, 0 }, /* Medication.form */
	{ 5012, 52, 13, 0, 0 }, /* Medication.amount */
	{ 11295, 463, 14, M, 0 }, /* Medication.ingredient */
	{ 11306, 464, 15, 0, 0 }, /* Medication.batch */
	{ 0, 7, 0, 0, 0 }, /* MedicationAdministration.id */
	{ 5164, 42, 1, 0, 0 }, /* MedicationAdministration.meta */
	{ 5169, 16, 2, 0, 0 }, /* MedicationAdministration.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* MedicationAdministration.language */
	{ 40, 44, 4, 0, 0 }, /* MedicationAdministration.text */
	{ 5183, 63, 5, M, 0 }, /* MedicationAdministration.contained */
	{ 3, 38, 6, M, 0 }, /* MedicationAdministration.extension */
	{ 13, 38, 7, M, 0 }, /* MedicationAdministration.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* MedicationAdministration.identifier */
	{ 6484, 16, 9, M, 0 }, /* MedicationAdministration.instantiates */
	{ 5232, 53, 10, M, 0 }, /* MedicationAdministration.partOf */
	{ 4558, 3, 11, R, 0 }, /* MedicationAdministration.status */
	{ 7468, 26, 12, M, 0 }, /* MedicationAdministration.statusReason */
	{ 5693, 26, 13, 0, 0 }, /* MedicationAdministration.category */
	{ 11312, 329, 14, R|C, 2 }, /* MedicationAdministration.medication */
	{ 296, 53, 15, R, 0 }, /* MedicationAdministration.subject */
	{ 6892, 53, 16, 0, 0 }, /* MedicationAdministration.context */
	{ 6118, 53, 17, M, 0 }, /* MedicationAdministration.supportingInformation */
	{ 7481, 331, 18, R|C, 2 }, /* MedicationAdministration.effective */
	{ 6964, 465, 19, M, 0 }, /* MedicationAdministration.performer */
	{ 6091, 26, 20, M, 0 }, /* MedicationAdministration.reasonCode */
	{ 6102, 53, 21, M, 0 }, /* MedicationAdministration.reasonReference */
	{ 6353, 53, 22, 0, 0 }, /* MedicationAdministration.request */
	{ 9121, 53, 23, M, 0 }, /* MedicationAdministration.device */
	{ 6005, 24, 24, M, 0 }, /* MedicationAdministration.note */
	{ 5572, 466, 25, 0, 0 }, /* MedicationAdministration.dosage */
	{ 11369, 53, 26, M, 0 }, /* MedicationAdministration.eventHistory */
	{ 0, 7, 0, 0, 0 }, /* MedicationDispense.id */
	{ 5164, 42, 1, 0, 0 }, /* MedicationDispense.meta */
	{ 5169, 16, 2, 0, 0 }, /* MedicationDispense.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* MedicationDispense.language */
	{ 40, 44, 4, 0, 0 }, /* MedicationDispense.text */
	{ 5183, 63, 5, M, 0 }, /* MedicationDispense.contained */
	{ 3, 38, 6, M, 0 }, /* MedicationDispense.extension */
	{ 13, 38, 7, M, 0 }, /* MedicationDispense.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* MedicationDispense.identifier */
	{ 5232, 53, 9, M, 0 }, /* MedicationDispense.partOf */
	{ 4558, 3, 10, R, 0 }, /* MedicationDispense.status */
	{ 7468, 333, 11, C, 2 }, /* MedicationDispense.statusReason */
	{ 5693, 26, 12, 0, 0 }, /* MedicationDispense.category */
	{ 11312, 335, 13, R|C, 2 }, /* MedicationDispense.medication */
	{ 296, 53, 14, 0, 0 }, /* MedicationDispense.subject */
	{ 6892, 53, 15, 0, 0 }, /* MedicationDispense.context */
	{ 6118, 53, 16, M, 0 }, /* MedicationDispense.supportingInformation */
	{ 6964, 467, 17, M, 0 }, /* MedicationDispense.performer */
	{ 5494, 53, 18, 0, 0 }, /* MedicationDispense.location */
	{ 11432, 53, 19, M, 0 }, /* MedicationDispense.authorizingPrescription */
	{ 35, 26, 20, 0, 0 }, /* MedicationDispense.type */
	{ 5563, 50, 21, 0, 0 }, /* MedicationDispense.quantity */
	{ 11456, 50, 22, 0, 0 }, /* MedicationDispense.daysSupply */
	{ 11467, 5, 23, 0, 0 }, /* MedicationDispense.whenPrepared */
	{ 11480, 5, 24, 0, 0 }, /* MedicationDispense.whenHandedOver */
	{ 11495, 53, 25, 0, 0 }, /* MedicationDispense.destination */
	{ 11507, 53, 26, M, 0 }, /* MedicationDispense.receiver */
	{ 6005, 24, 27, M, 0 }, /* MedicationDispense.note */
	{ 11516, 34, 28, M, 0 }, /* MedicationDispense.dosageInstruction */
	{ 11534, 468, 29, 0, 0 }, /* MedicationDispense.substitution */
	{ 11547, 53, 30, M, 0 }, /* MedicationDispense.detectedIssue */
	{ 11369, 53, 31, M, 0 }, /* MedicationDispense.eventHistory */
	{ 0, 7, 0, 0, 0 }, /* MedicationKnowledge.id */
	{ 5164, 42, 1, 0, 0 }, /* MedicationKnowledge.meta */
	{ 5169, 16, 2, 0, 0 }, /* MedicationKnowledge.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* MedicationKnowledge.language */
	{ 40, 44, 4, 0, 0 }, /* MedicationKnowledge.text */
	{ 5183, 63, 5, M, 0 }, /* MedicationKnowledge.contained */
	{ 3, 38, 6, M, 0 }, /* MedicationKnowledge.extension */
	{ 13, 38, 7, M, 0 }, /* MedicationKnowledge.modifierExtension */
	{ 125, 26, 8, 0, 0 }, /* MedicationKnowledge.code */
	{ 4558, 3, 9, 0, 0 }, /* MedicationKnowledge.status */
	{ 8690, 53, 10, 0, 0 }, /* MedicationKnowledge.manufacturer */
	{ 11561, 26, 11, 0, 0 }, /* MedicationKnowledge.doseForm */
	{ 5012, 50, 12, 0, 0 }, /* MedicationKnowledge.amount */
	{ 11570, 13, 13, M, 0 }, /* MedicationKnowledge.synonym */
	{ 11578, 469, 14, M, 0 }, /* MedicationKnowledge.relatedMedicationKnowledge */
	{ 11605, 53, 15, M, 0 }, /* MedicationKnowledge.associatedMedication */
	{ 11626, 26, 16, M, 0 }, /* MedicationKnowledge.productType */
	{ 11638, 470, 17, M, 0 }, /* MedicationKnowledge.monograph */
	{ 11295, 471, 18, M, 0 }, /* MedicationKnowledge.ingredient */
	{ 11648, 10, 19, 0, 0 }, /* MedicationKnowledge.preparationInstruction */
	{ 11671, 26, 20, M, 0 }, /* MedicationKnowledge.intendedRoute */
	{ 11685, 472, 21, M, 0 }, /* MedicationKnowledge.cost */
	{ 11690, 473, 22, M, 0 }, /* MedicationKnowledge.monitoringProgram */
	{ 11708, 474, 23, M, 0 }, /* MedicationKnowledge.administrationGuidelines */
	{ 11733, 477, 24, M, 0 }, /* MedicationKnowledge.medicineClassification */
	{ 11756, 478, 25, 0, 0 }, /* MedicationKnowledge.packaging */
	{ 11766, 479, 26, M, 0 }, /* MedicationKnowledge.drugCharacteristic */
	{ 11785, 53, 27, M, 0 }, /* MedicationKnowledge.contraindication */
	{ 11802, 480, 28, M, 0 }, /* MedicationKnowledge.regulatory */
	{ 11813, 484, 29, M, 0 }, /* MedicationKnowledge.kinetics */
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
	{ 7468, 26, 10, 0, 0 }, /* MedicationRequest.statusReason */
	{ 5415, 3, 11, R, 0 }, /* MedicationRequest.intent */
	{ 5693, 26, 12, M, 0 }, /* MedicationRequest.category */
	{ 5422, 3, 13, 0, 0 }, /* MedicationRequest.priority */
	{ 5431, 1, 14, 0, 0 }, /* MedicationRequest.doNotPerform */
	{ 11822, 337, 15, C, 2 }, /* MedicationRequest.reported */
	{ 11312, 339, 16, R|C, 2 }, /* MedicationRequest.medication */
	{ 296, 53, 17, R, 0 }, /* MedicationRequest.subject */
	{ 5702, 53, 18, 0, 0 }, /* MedicationRequest.encounter */
	{ 6118, 53, 19, M, 0 }, /* MedicationRequest.supportingInformation */
	{ 7817, 5, 20, 0, 0 }, /* MedicationRequest.authoredOn */
	{ 7828, 53, 21, 0, 0 }, /* MedicationRequest.requester */
	{ 6964, 53, 22, 0, 0 }, /* MedicationRequest.performer */
	{ 9084, 26, 23, 0, 0 }, /* MedicationRequest.performerType */
	{ 5782, 53, 24, 0, 0 }, /* MedicationRequest.recorder */
	{ 6091, 26, 25, M, 0 }, /* MedicationRequest.reasonCode */
	{ 6102, 53, 26, M, 0 }, /* MedicationRequest.reasonReference */
	{ 6595, 2, 27, M, 0 }, /* MedicationRequest.instantiatesCanonical */
	{ 6617, 16, 28, M, 0 }, /* MedicationRequest.instantiatesUri */
	{ 6169, 53, 29, M, 0 }, /* MedicationRequest.basedOn */
	{ 7801, 40, 30, 0, 0 }, /* MedicationRequest.groupIdentifier */
	{ 11865, 26, 31, 0, 0 }, /* MedicationRequest.courseOfTherapyType */
	{ 7318, 53, 32, M, 0 }, /* MedicationRequest.insurance */
	{ 6005, 24, 33, M, 0 }, /* MedicationRequest.note */
	{ 11516, 34, 34, M, 0 }, /* MedicationRequest.dosageInstruction */
	{ 11885, 485, 35, 0, 0 }, /* MedicationRequest.dispenseRequest */
	{ 11534, 487, 36, 0, 0 }, /* MedicationRequest.substitution */
	{ 11901, 53, 37, 0, 0 }, /* MedicationRequest.priorPrescription */
	{ 11547, 53, 38, M, 0 }, /* MedicationRequest.detectedIssue */
	{ 11369, 53, 39, M, 0 }, /* MedicationRequest.eventHistory */
	{ 0, 7, 0, 0, 0 }, /* MedicationStatement.id */
	{ 5164, 42, 1, 0, 0 }, /* MedicationStatement.meta */
	{ 5169, 16, 2, 0, 0 }, /* MedicationStatement.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* MedicationStatement.language */
	{ 40, 44, 4, 0, 0 }, /* MedicationStatement.text */
	{ 5183, 63, 5, M, 0 }, /* MedicationStatement.contained */
	{ 3, 38, 6, M, 0 }, /* MedicationStatement.extension */
	{ 13, 38, 7, M, 0 }, /* MedicationStatement.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* MedicationStatement.identifier */
	{ 6169, 53, 9, M, 0 }, /* MedicationStatement.basedOn */
	{ 5232, 53, 10, M, 0 }, /* MedicationStatement.partOf */
	{ 4558, 3, 11, R, 0 }, /* MedicationStatement.status */
	{ 7468, 26, 12, M, 0 }, /* MedicationStatement.statusReason */
	{ 5693, 26, 13, 0, 0 }, /* MedicationStatement.category */
	{ 11312, 341, 14, R|C, 2 }, /* MedicationStatement.medication */
	{ 296, 53, 15, R, 0 }, /* MedicationStatement.subject */
	{ 6892, 53, 16, 0, 0 }, /* MedicationStatement.context */
	{ 7481, 343, 17, C, 2 }, /* MedicationStatement.effective */
	{ 11919, 5, 18, 0, 0 }, /* MedicationStatement.dateAsserted */
	{ 11932, 53, 19, 0, 0 }, /* MedicationStatement.informationSource */
	{ 9098, 53, 20, M, 0 }, /* MedicationStatement.derivedFrom */
	{ 6091, 26, 21, M, 0 }, /* MedicationStatement.reasonCode */
	{ 6102, 53, 22, M, 0 }, /* MedicationStatement.reasonReference */
	{ 6005, 24, 23, M, 0 }, /* MedicationStatement.note */
	{ 5572, 34, 24, M, 0 }, /* MedicationStatement.dosage */
	{ 0, 7, 0, 0, 0 }, /* MedicinalProduct.id */
	{ 5164, 42, 1, 0, 0 }, /* MedicinalProduct.meta */
	{ 5169, 16, 2, 0, 0 }, /* MedicinalProduct.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* MedicinalProduct.language */
	{ 40, 44, 4, 0, 0 }, /* MedicinalProduct.text */
	{ 5183, 63, 5, M, 0 }, /* MedicinalProduct.contained */
	{ 3, 38, 6, M, 0 }, /* MedicinalProduct.extension */
	{ 13, 38, 7, M, 0 }, /* MedicinalProduct.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* MedicinalProduct.identifier */
	{ 35, 26, 9, 0, 0 }, /* MedicinalProduct.type */
	{ 8237, 27, 10, 0, 0 }, /* MedicinalProduct.domain */
	{ 11950, 26, 11, 0, 0 }, /* MedicinalProduct.combinedPharmaceuticalDoseForm */
	{ 11981, 26, 12, 0, 0 }, /* MedicinalProduct.legalStatusOfSupply */
	{ 12001, 26, 13, 0, 0 }, /* MedicinalProduct.additionalMonitoringIndicator */
	{ 12031, 13, 14, M, 0 }, /* MedicinalProduct.specialMeasures */
	{ 12047, 26, 15, 0, 0 }, /* MedicinalProduct.paediatricUseIndicator */
	{ 12070, 26, 16, M, 0 }, /* MedicinalProduct.productClassification */
	{ 12092, 41, 17, M, 0 }, /* MedicinalProduct.marketingStatus */
	{ 12108, 53, 18, M, 0 }, /* MedicinalProduct.pharmaceuticalProduct */
	{ 12130, 53, 19, M, 0 }, /* MedicinalProduct.packagedMedicinalProduct */
	{ 12155, 53, 20, M, 0 }, /* MedicinalProduct.attachedDocument */
	{ 12172, 53, 21, M, 0 }, /* MedicinalProduct.masterFile */
	{ 280, 53, 22, M, 0 }, /* MedicinalProduct.contact */
	{ 12183, 53, 23, M, 0 }, /* MedicinalProduct.clinicalTrial */
	{ 262, 488, 24, M|R, 0 }, /* MedicinalProduct.name */
	{ 12197, 40, 25, M, 0 }, /* MedicinalProduct.crossReference */
	{ 12212, 491, 26, M, 0 }, /* MedicinalProduct.manufacturingBusinessOperation */
	{ 12243, 492, 27, M, 0 }, /* MedicinalProduct.specialDesignation */
	{ 0, 7, 0, 0, 0 }, /* MedicinalProductAuthorization.id */
	{ 5164, 42, 1, 0, 0 }, /* MedicinalProductAuthorization.meta */
	{ 5169, 16, 2, 0, 0 }, /* MedicinalProductAuthorization.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* MedicinalProductAuthorization.language */
	{ 40, 44, 4, 0, 0 }, /* MedicinalProductAuthorization.text */
	{ 5183, 63, 5, M, 0 }, /* MedicinalProductAuthorization.contained */
	{ 3, 38, 6, M, 0 }, /* MedicinalProductAuthorization.extension */
	{ 13, 38, 7, M, 0 }, /* MedicinalProductAuthorization.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* MedicinalProductAuthorization.identifier */
	{ 296, 53, 9, 0, 0 }, /* MedicinalProductAuthorization.subject */
	{ 81, 26, 10, M, 0 }, /* MedicinalProductAuthorization.country */
	{ 4545, 26, 11, M, 0 }, /* MedicinalProductAuthorization.jurisdiction */
	{ 4558, 26, 12, 0, 0 }, /* MedicinalProductAuthorization.status */
	{ 10008, 5, 13, 0, 0 }, /* MedicinalProductAuthorization.statusDate */
	{ 4575, 5, 14, 0, 0 }, /* MedicinalProductAuthorization.restoreDate */
	{ 6772, 46, 15, 0, 0 }, /* MedicinalProductAuthorization.validityPeriod */
	{ 12262, 46, 16, 0, 0 }, /* MedicinalProductAuthorization.dataExclusivityPeriod */
	{ 12284, 5, 17, 0, 0 }, /* MedicinalProductAuthorization.dateOfFirstAuthorization */
	{ 12309, 5, 18, 0, 0 }, /* MedicinalProductAuthorization.internationalBirthDate */
	{ 12332, 26, 19, 0, 0 }, /* MedicinalProductAuthorization.legalBasis */
	{ 12343, 493, 20, M, 0 }, /* MedicinalProductAuthorization.jurisdictionalAuthorization */
	{ 12371, 53, 21, 0, 0 }, /* MedicinalProductAuthorization.holder */
	{ 12378, 53, 22, 0, 0 }, /* MedicinalProductAuthorization.regulator */
	{ 7308, 494, 23, 0, 0 }, /* MedicinalProductAuthorization.procedure */
	{ 0, 7, 0, 0, 0 }, /* MedicinalProductContraindication.id */
	{ 5164, 42, 1, 0, 0 }, /* MedicinalProductContraindication.meta */
	{ 5169, 16, 2, 0, 0 }, /* MedicinalProductContraindication.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* MedicinalProductContraindication.language */
	{ 40, 44, 4, 0, 0 }, /* MedicinalProductContraindication.text */
	{ 5183, 63, 5, M, 0 }, /* MedicinalProductContraindication.contained */
	{ 3, 38, 6, M, 0 }, /* MedicinalProductContraindication.extension */
	{ 13, 38, 7, M, 0 }, /* MedicinalProductContraindication.modifierExtension */
	{ 296, 53, 8, M, 0 }, /* MedicinalProductContraindication.subject */
	{ 12388, 26, 9, 0, 0 }, /* MedicinalProductContraindication.disease */
	{ 12396, 26, 10, 0, 0 }, /* MedicinalProductContraindication.diseaseStatus */
	{ 12410, 26, 11, M, 0 }, /* MedicinalProductContraindication.comorbidity */
	{ 12422, 53, 12, M, 0 }, /* MedicinalProductContraindication.therapeuticIndication */
	{ 12444, 495, 13, M, 0 }, /* MedicinalProductContraindication.otherTherapy */
	{ 9301, 47, 14, M, 0 }, /* MedicinalProductContraindication.population */
	{ 0, 7, 0, 0, 0 }, /* MedicinalProductIndication.id */
	{ 5164, 42, 1, 0, 0 }, /* MedicinalProductIndication.meta */
	{ 5169, 16, 2, 0, 0 }, /* MedicinalProductIndication.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* MedicinalProductIndication.language */
	{ 40, 44, 4, 0, 0 }, /* MedicinalProductIndication.text */
	{ 5183, 63, 5, M, 0 }, /* MedicinalProductIndication.contained */
	{ 3, 38, 6, M, 0 }, /* MedicinalProductIndication.extension */
	{ 13, 38, 7, M, 0 }, /* MedicinalProductIndication.modifierExtension */
	{ 296, 53, 8, M, 0 }, /* MedicinalProductIndication.subject */
	{ 12457, 26, 9, 0, 0 }, /* MedicinalProductIndication.diseaseSymptomProcedure */
	{ 12396, 26, 10, 0, 0 }, /* MedicinalProductIndication.diseaseStatus */
	{ 12410, 26, 11, M, 0 }, /* MedicinalProductIndication.comorbidity */
	{ 12481, 26, 12, 0, 0 }, /* MedicinalProductIndication.intendedEffect */
	{ 11286, 50, 13, 0, 0 }, /* MedicinalProductIndication.duration */
	{ 12444, 496, 14, M, 0 }, /* MedicinalProductIndication.otherTherapy */
	{ 12496, 53, 15, M, 0 }, /* MedicinalProductIndication.undesirableEffect */
	{ 9301, 47, 16, M, 0 }, /* MedicinalProductIndication.population */
	{ 0, 7, 0, 0, 0 }, /* MedicinalProductIngredient.id */
	{ 5164, 42, 1, 0, 0 }, /* MedicinalProductIngredient.meta */
	{ 5169, 16, 2, 0, 0 }, /* MedicinalProductIngredient.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* MedicinalProductIngredient.language */
	{ 40, 44, 4, 0, 0 }, /* MedicinalProductIngredient.text */
	{ 5183, 63, 5, M, 0 }, /* MedicinalProductIngredient.contained */
	{ 3, 38, 6, M, 0 }, /* MedicinalProductIngredient.extension */
	{ 13, 38, 7, M, 0 }, /* MedicinalProductIngredient.modifierExtension */
	{ 4824, 40, 8, 0, 0 }, /* MedicinalProductIngredient.identifier */
	{ 12514, 26, 9, R, 0 }, /* MedicinalProductIngredient.role */
	{ 12519, 1, 10, 0, 0 }, /* MedicinalProductIngredient.allergenicIndicator */
	{ 8690, 53, 11, M, 0 }, /* MedicinalProductIngredient.manufacturer */
	{ 12539, 497, 12, M, 0 }, /* MedicinalProductIngredient.specifiedSubstance */
	{ 12558, 500, 13, 0, 0 }, /* MedicinalProductIngredient.substance */
	{ 0, 7, 0, 0, 0 }, /* MedicinalProductInteraction.id */
	{ 5164, 42, 1, 0, 0 }, /* MedicinalProductInteraction.meta */
	{ 5169, 16, 2, 0, 0 }, /* MedicinalProductInteraction.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* MedicinalProductInteraction.language */
	{ 40, 44, 4, 0, 0 }, /* MedicinalProductInteraction.text */
	{ 5183, 63, 5, M, 0 }, /* MedicinalProductInteraction.contained */
	{ 3, 38, 6, M, 0 }, /* MedicinalProductInteraction.extension */
	{ 13, 38, 7, M, 0 }, /* MedicinalProductInteraction.modifierExtension */
	{ 296, 53, 8, M, 0 }, /* MedicinalProductInteraction.subject */
	{ 3767, 13, 9, 0, 0 }, /* MedicinalProductInteraction.description */
	{ 12568, 501, 10, M, 0 }, /* MedicinalProductInteraction.interactant */
	{ 35, 26, 11, 0, 0 }, /* MedicinalProductInteraction.type */
	{ 12580, 26, 12, 0, 0 }, /* MedicinalProductInteraction.effect */
	{ 12587, 26, 13, 0, 0 }, /* MedicinalProductInteraction.incidence */
	{ 12597, 26, 14, 0, 0 }, /* MedicinalProductInteraction.management */
	{ 0, 7, 0, 0, 0 }, /* MedicinalProductManufactured.id */
	{ 5164, 42, 1, 0, 0 }, /* MedicinalProductManufactured.meta */
	{ 5169, 16, 2, 0, 0 }, /* MedicinalProductManufactured.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* MedicinalProductManufactured.language */
	{ 40, 44, 4, 0, 0 }, /* MedicinalProductManufactured.text */
	{ 5183, 63, 5, M, 0 }, /* MedicinalProductManufactured.contained */
	{ 3, 38, 6, M, 0 }, /* MedicinalProductManufactured.extension */
	{ 13, 38, 7, M, 0 }, /* MedicinalProductManufactured.modifierExtension */
	{ 12608, 26, 8, R, 0 }, /* MedicinalProductManufactured.manufacturedDoseForm */
	{ 12629, 26, 9, 0, 0 }, /* MedicinalProductManufactured.unitOfPresentation */
	{ 5563, 50, 10, R, 0 }, /* MedicinalProductManufactured.quantity */
	{ 8690, 53, 11, M, 0 }, /* MedicinalProductManufactured.manufacturer */
	{ 11295, 53, 12, M, 0 }, /* MedicinalProductManufactured.ingredient */
	{ 8891, 48, 13, 0, 0 }, /* MedicinalProductManufactured.physicalCharacteristics */
	{ 12648, 26, 14, M, 0 }, /* MedicinalProductManufactured.otherCharacteristics */
	{ 0, 7, 0, 0, 0 }, /* MedicinalProductPackaged.id */
	{ 5164, 42, 1, 0, 0 }, /* MedicinalProductPackaged.meta */
	{ 5169, 16, 2, 0, 0 }, /* MedicinalProductPackaged.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* MedicinalProductPackaged.language */
	{ 40, 44, 4, 0, 0 }, /* MedicinalProductPackaged.text */
	{ 5183, 63, 5, M, 0 }, /* MedicinalProductPackaged.contained */
	{ 3, 38, 6, M, 0 }, /* MedicinalProductPackaged.extension */
	{ 13, 38, 7, M, 0 }, /* MedicinalProductPackaged.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* MedicinalProductPackaged.identifier */
	{ 296, 53, 9, M, 0 }, /* MedicinalProductPackaged.subject */
	{ 3767, 13, 10, 0, 0 }, /* MedicinalProductPackaged.description */
	{ 11981, 26, 11, 0, 0 }, /* MedicinalProductPackaged.legalStatusOfSupply */
	{ 12092, 41, 12, M, 0 }, /* MedicinalProductPackaged.marketingStatus */
	{ 12669, 53, 13, 0, 0 }, /* MedicinalProductPackaged.marketingAuthorization */
	{ 8690, 53, 14, M, 0 }, /* MedicinalProductPackaged.manufacturer */
	{ 12692, 502, 15, M, 0 }, /* MedicinalProductPackaged.batchIdentifier */
	{ 12708, 503, 16, M|R, 0 }, /* MedicinalProductPackaged.packageItem */
	{ 0, 7, 0, 0, 0 }, /* MedicinalProductPharmaceutical.id */
	{ 5164, 42, 1, 0, 0 }, /* MedicinalProductPharmaceutical.meta */
	{ 5169, 16, 2, 0, 0 }, /* MedicinalProductPharmaceutical.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* MedicinalProductPharmaceutical.language */
	{ 40, 44, 4, 0, 0 }, /* MedicinalProductPharmaceutical.text */
	{ 5183, 63, 5, M, 0 }, /* MedicinalProductPharmaceutical.contained */
	{ 3, 38, 6, M, 0 }, /* MedicinalProductPharmaceutical.extension */
	{ 13, 38, 7, M, 0 }, /* MedicinalProductPharmaceutical.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* MedicinalProductPharmaceutical.identifier */
	{ 12720, 26, 9, R, 0 }, /* MedicinalProductPharmaceutical.administrableDoseForm */
	{ 12629, 26, 10, 0, 0 }, /* MedicinalProductPharmaceutical.unitOfPresentation */
	{ 11295, 53, 11, M, 0 }, /* MedicinalProductPharmaceutical.ingredient */
	{ 9121, 53, 12, M, 0 }, /* MedicinalProductPharmaceutical.device */
	{ 12742, 504, 13, M, 0 }, /* MedicinalProductPharmaceutical.characteristics */
	{ 12758, 505, 14, M|R, 0 }, /* MedicinalProductPharmaceutical.routeOfAdministration */
	{ 0, 7, 0, 0, 0 }, /* MedicinalProductUndesirableEffect.id */
	{ 5164, 42, 1, 0, 0 }, /* MedicinalProductUndesirableEffect.meta */
	{ 5169, 16, 2, 0, 0 }, /* MedicinalProductUndesirableEffect.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* MedicinalProductUndesirableEffect.language */
	{ 40, 44, 4, 0, 0 }, /* MedicinalProductUndesirableEffect.text */
	{ 5183, 63, 5, M, 0 }, /* MedicinalProductUndesirableEffect.contained */
	{ 3, 38, 6, M, 0 }, /* MedicinalProductUndesirableEffect.extension */
	{ 13, 38, 7, M, 0 }, /* MedicinalProductUndesirableEffect.modifierExtension */
	{ 296, 53, 8, M, 0 }, /* MedicinalProductUndesirableEffect.subject */
	{ 12780, 26, 9, 0, 0 }, /* MedicinalProductUndesirableEffect.symptomConditionEffect */
	{ 6757, 26, 10, 0, 0 }, /* MedicinalProductUndesirableEffect.classification */
	{ 12803, 26, 11, 0, 0 }, /* MedicinalProductUndesirableEffect.frequencyOfOccurrence */
	{ 9301, 47, 12, M, 0 }, /* MedicinalProductUndesirableEffect.population */
	{ 0, 7, 0, 0, 0 }, /* MessageDefinition.id */
	{ 5164, 42, 1, 0, 0 }, /* MessageDefinition.meta */
	{ 5169, 16, 2, 0, 0 }, /* MessageDefinition.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* MessageDefinition.language */
	{ 40, 44, 4, 0, 0 }, /* MessageDefinition.text */
	{ 5183, 63, 5, M, 0 }, /* MessageDefinition.contained */
	{ 3, 38, 6, M, 0 }, /* MessageDefinition.extension */
	{ 13, 38, 7, M, 0 }, /* MessageDefinition.modifierExtension */
	{ 197, 16, 8, 0, 0 }, /* MessageDefinition.url */
	{ 4824, 40, 9, M, 0 }, /* MessageDefinition.identifier */
	{ 233, 13, 10, 0, 0 }, /* MessageDefinition.version */
	{ 262, 13, 11, 0, 0 }, /* MessageDefinition.name */
	{ 211, 13, 12, 0, 0 }, /* MessageDefinition.title */
	{ 6633, 2, 13, M, 0 }, /* MessageDefinition.replaces */
	{ 4558, 3, 14, R, 0 }, /* MessageDefinition.status */
	{ 5248, 1, 15, 0, 0 }, /* MessageDefinition.experimental */
	{ 5261, 5, 16, R, 0 }, /* MessageDefinition.date */
	{ 5266, 13, 17, 0, 0 }, /* MessageDefinition.publisher */
	{ 280, 28, 18, M, 0 }, /* MessageDefinition.contact */
	{ 3767, 10, 19, 0, 0 }, /* MessageDefinition.description */
	{ 5276, 60, 20, M, 0 }, /* MessageDefinition.useContext */
	{ 4545, 26, 21, M, 0 }, /* MessageDefinition.jurisdiction */
	{ 5287, 10, 22, 0, 0 }, /* MessageDefinition.purpose */
	{ 5301, 10, 23, 0, 0 }, /* MessageDefinition.copyright */
	{ 702, 2, 24, 0, 0 }, /* MessageDefinition.base */
	{ 6361, 2, 25, M, 0 }, /* MessageDefinition.parent */
	{ 5096, 345, 26, R|C, 2 }, /* MessageDefinition.event */
	{ 5693, 3, 27, 0, 0 }, /* MessageDefinition.category */
	{ 12846, 508, 28, M, 0 }, /* MessageDefinition.focus */
	{ 12852, 3, 29, 0, 0 }, /* MessageDefinition.responseRequired */
	{ 12869, 509, 30, M, 0 }, /* MessageDefinition.allowedResponse */
	{ 12885, 2, 31, M, 0 }, /* MessageDefinition.graph */
	{ 0, 7, 0, 0, 0 }, /* MessageHeader.id */
	{ 5164, 42, 1, 0, 0 }, /* MessageHeader.meta */
	{ 5169, 16, 2, 0, 0 }, /* MessageHeader.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* MessageHeader.language */
	{ 40, 44, 4, 0, 0 }, /* MessageHeader.text */
	{ 5183, 63, 5, M, 0 }, /* MessageHeader.contained */
	{ 3, 38, 6, M, 0 }, /* MessageHeader.extension */
	{ 13, 38, 7, M, 0 }, /* MessageHeader.modifierExtension */
	{ 5096, 347, 8, R|C, 2 }, /* MessageHeader.event */
	{ 11495, 510, 9, M, 0 }, /* MessageHeader.destination */
	{ 7786, 53, 10, 0, 0 }, /* MessageHeader.sender */
	{ 7084, 53, 11, 0, 0 }, /* MessageHeader.enterer */
	{ 130, 53, 12, 0, 0 }, /* MessageHeader.author */
	{ 4609, 511, 13, R, 0 }, /* MessageHeader.source */
	{ 12891, 53, 14, 0, 0 }, /* MessageHeader.responsible */
	{ 7104, 26, 15, 0, 0 }, /* MessageHeader.reason */
	{ 12903, 512, 16, 0, 0 }, /* MessageHeader.response */
	{ 12846, 53, 17, M, 0 }, /* MessageHeader.focus */
	{ 656, 2, 18, 0, 0 }, /* MessageHeader.definition */
	{ 0, 7, 0, 0, 0 }, /* MolecularSequence.id */
	{ 5164, 42, 1, 0, 0 }, /* MolecularSequence.meta */
	{ 5169, 16, 2, 0, 0 }, /* MolecularSequence.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* MolecularSequence.language */
	{ 40, 44, 4, 0, 0 }, /* MolecularSequence.text */
	{ 5183, 63, 5, M, 0 }, /* MolecularSequence.contained */
	{ 3, 38, 6, M, 0 }, /* MolecularSequence.extension */
	{ 13, 38, 7, M, 0 }, /* MolecularSequence.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* MolecularSequence.identifier */
	{ 35, 3, 9, 0, 0 }, /* MolecularSequence.type */
	{ 12912, 9, 10, R, 0 }, /* MolecularSequence.coordinateSystem */
	{ 5909, 53, 11, 0, 0 }, /* MolecularSequence.patient */
	{ 9147, 53, 12, 0, 0 }, /* MolecularSequence.specimen */
	{ 9121, 53, 13, 0, 0 }, /* MolecularSequence.device */
	{ 6964, 53, 14, 0, 0 }, /* MolecularSequence.performer */
	{ 5563, 50, 15, 0, 0 }, /* MolecularSequence.quantity */
	{ 12929, 513, 16, 0, 0 }, /* MolecularSequence.referenceSeq */
	{ 12942, 514, 17, M, 0 }, /* MolecularSequence.variant */
	{ 12950, 13, 18, 0, 0 }, /* MolecularSequence.observedSeq */
	{ 12962, 515, 19, M, 0 }, /* MolecularSequence.quality */
	{ 12970, 9, 20, 0, 0 }, /* MolecularSequence.readCoverage */
	{ 12983, 517, 21, M, 0 }, /* MolecularSequence.repository */
	{ 12994, 53, 22, M, 0 }, /* MolecularSequence.pointer */
	{ 13002, 518, 23, M, 0 }, /* MolecularSequence.structureVariant */
	{ 0, 7, 0, 0, 0 }, /* NamingSystem.id */
	{ 5164, 42, 1, 0, 0 }, /* NamingSystem.meta */
	{ 5169, 16, 2, 0, 0 }, /* NamingSystem.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* NamingSystem.language */
	{ 40, 44, 4, 0, 0 }, /* NamingSystem.text */
	{ 5183, 63, 5, M, 0 }, /* NamingSystem.contained */
	{ 3, 38, 6, M, 0 }, /* NamingSystem.extension */
	{ 13, 38, 7, M, 0 }, /* NamingSystem.modifierExtension */
	{ 262, 13, 8, R, 0 }, /* NamingSystem.name */
	{ 4558, 3, 9, R, 0 }, /* NamingSystem.status */
	{ 5410, 3, 10, R, 0 }, /* NamingSystem.kind */
	{ 5261, 5, 11, R, 0 }, /* NamingSystem.date */
	{ 5266, 13, 12, 0, 0 }, /* NamingSystem.publisher */
	{ 280, 28, 13, M, 0 }, /* NamingSystem.contact */
	{ 12891, 13, 14, 0, 0 }, /* NamingSystem.responsible */
	{ 35, 26, 15, 0, 0 }, /* NamingSystem.type */
	{ 3767, 10, 16, 0, 0 }, /* NamingSystem.description */
	{ 5276, 60, 17, M, 0 }, /* NamingSystem.useContext */
	{ 4545, 26, 18, M, 0 }, /* NamingSystem.jurisdiction */
	{ 5295, 13, 19, 0, 0 }, /* NamingSystem.usage */
	{ 13019, 521, 20, M|R, 0 }, /* NamingSystem.uniqueId */
	{ 0, 7, 0, 0, 0 }, /* NutritionOrder.id */
	{ 5164, 42, 1, 0, 0 }, /* NutritionOrder.meta */
	{ 5169, 16, 2, 0, 0 }, /* NutritionOrder.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* NutritionOrder.language */
	{ 40, 44, 4, 0, 0 }, /* NutritionOrder.text */
	{ 5183, 63, 5, M, 0 }, /* NutritionOrder.contained */
	{ 3, 38, 6, M, 0 }, /* NutritionOrder.extension */
	{ 13, 38, 7, M, 0 }, /* NutritionOrder.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* NutritionOrder.identifier */
	{ 6595, 2, 9, M, 0 }, /* NutritionOrder.instantiatesCanonical */
	{ 6617, 16, 10, M, 0 }, /* NutritionOrder.instantiatesUri */
	{ 6484, 16, 11, M, 0 }, /* NutritionOrder.instantiates */
	{ 4558, 3, 12, R, 0 }, /* NutritionOrder.status */
	{ 5415, 3, 13, R, 0 }, /* NutritionOrder.intent */
	{ 5909, 53, 14, R, 0 }, /* NutritionOrder.patient */
	{ 5702, 53, 15, 0, 0 }, /* NutritionOrder.encounter */
	{ 8072, 5, 16, R, 0 }, /* NutritionOrder.dateTime */
	{ 13028, 53, 17, 0, 0 }, /* NutritionOrder.orderer */
	{ 13036, 53, 18, M, 0 }, /* NutritionOrder.allergyIntolerance */
	{ 13055, 26, 19, M, 0 }, /* NutritionOrder.foodPreferenceModifier */
	{ 13078, 26, 20, M, 0 }, /* NutritionOrder.excludeFoodModifier */
	{ 13098, 522, 21, 0, 0 }, /* NutritionOrder.oralDiet */
	{ 13107, 525, 22, M, 0 }, /* NutritionOrder.supplement */
	{ 13118, 526, 23, 0, 0 }, /* NutritionOrder.enteralFormula */
	{ 6005, 24, 24, M, 0 }, /* NutritionOrder.note */
	{ 0, 7, 0, 0, 0 }, /* Observation.id */
	{ 5164, 42, 1, 0, 0 }, /* Observation.meta */
	{ 5169, 16, 2, 0, 0 }, /* Observation.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Observation.language */
	{ 40, 44, 4, 0, 0 }, /* Observation.text */
	{ 5183, 63, 5, M, 0 }, /* Observation.contained */
	{ 3, 38, 6, M, 0 }, /* Observation.extension */
	{ 13, 38, 7, M, 0 }, /* Observation.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Observation.identifier */
	{ 6169, 53, 9, M, 0 }, /* Observation.basedOn */
	{ 5232, 53, 10, M, 0 }, /* Observation.partOf */
	{ 4558, 3, 11, R, 0 }, /* Observation.status */
	{ 5693, 26, 12, M, 0 }, /* Observation.category */
	{ 125, 26, 13, R, 0 }, /* Observation.code */
	{ 296, 53, 14, 0, 0 }, /* Observation.subject */
	{ 12846, 53, 15, M, 0 }, /* Observation.focus */
	{ 5702, 53, 16, 0, 0 }, /* Observation.encounter */
	{ 7481, 349, 17, C, 4 }, /* Observation.effective */
	{ 8197, 8, 18, 0, 0 }, /* Observation.issued */
	{ 6964, 53, 19, M, 0 }, /* Observation.performer */
	{ 96, 353, 20, C, 11 }, /* Observation.value */
	{ 9777, 26, 21, 0, 0 }, /* Observation.dataAbsentReason */
	{ 13166, 26, 22, M, 0 }, /* Observation.interpretation */
	{ 6005, 24, 23, M, 0 }, /* Observation.note */
	{ 5579, 26, 24, 0, 0 }, /* Observation.bodySite */
	{ 506, 26, 25, 0, 0 }, /* Observation.method */
	{ 9147, 53, 26, 0, 0 }, /* Observation.specimen */
	{ 9121, 53, 27, 0, 0 }, /* Observation.device */
	{ 5081, 528, 28, M, 0 }, /* Observation.referenceRange */
	{ 13181, 53, 29, M, 0 }, /* Observation.hasMember */
	{ 9098, 53, 30, M, 0 }, /* Observation.derivedFrom */
	{ 13191, 529, 31, M, 0 }, /* Observation.component */
	{ 0, 7, 0, 0, 0 }, /* ObservationDefinition.id */
	{ 5164, 42, 1, 0, 0 }, /* ObservationDefinition.meta */
	{ 5169, 16, 2, 0, 0 }, /* ObservationDefinition.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* ObservationDefinition.language */
	{ 40, 44, 4, 0, 0 }, /* ObservationDefinition.text */
	{ 5183, 63, 5, M, 0 }, /* ObservationDefinition.contained */
	{ 3, 38, 6, M, 0 }, /* ObservationDefinition.extension */
	{ 13, 38, 7, M, 0 }, /* ObservationDefinition.modifierExtension */
	{ 5693, 26, 8, M, 0 }, /* ObservationDefinition.category */
	{ 125, 26, 9, R, 0 }, /* ObservationDefinition.code */
	{ 4824, 40, 10, M, 0 }, /* ObservationDefinition.identifier */
	{ 13201, 3, 11, M, 0 }, /* ObservationDefinition.permittedDataType */
	{ 13219, 1, 12, 0, 0 }, /* ObservationDefinition.multipleResultsAllowed */
	{ 506, 26, 13, 0, 0 }, /* ObservationDefinition.method */
	{ 13242, 13, 14, 0, 0 }, /* ObservationDefinition.preferredReportName */
	{ 13262, 530, 15, 0, 0 }, /* ObservationDefinition.quantitativeDetails */
	{ 13282, 531, 16, M, 0 }, /* ObservationDefinition.qualifiedInterval */
	{ 13300, 53, 17, 0, 0 }, /* ObservationDefinition.validCodedValueSet */
	{ 13319, 53, 18, 0, 0 }, /* ObservationDefinition.normalCodedValueSet */
	{ 13339, 53, 19, 0, 0 }, /* ObservationDefinition.abnormalCodedValueSet */
	{ 13361, 53, 20, 0, 0 }, /* ObservationDefinition.criticalCodedValueSet */
	{ 0, 7, 0, 0, 0 }, /* OperationDefinition.id */
	{ 5164, 42, 1, 0, 0 }, /* OperationDefinition.meta */
	{ 5169, 16, 2, 0, 0 }, /* OperationDefinition.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* OperationDefinition.language */
	{ 40, 44, 4, 0, 0 }, /* OperationDefinition.text */
	{ 5183, 63, 5, M, 0 }, /* OperationDefinition.contained */
	{ 3, 38, 6, M, 0 }, /* OperationDefinition.extension */
	{ 13, 38, 7, M, 0 }, /* OperationDefinition.modifierExtension */
	{ 197, 16, 8, 0, 0 }, /* OperationDefinition.url */
	{ 233, 13, 9, 0, 0 }, /* OperationDefinition.version */
	{ 262, 13, 10, R, 0 }, /* OperationDefinition.name */
	{ 211, 13, 11, 0, 0 }, /* OperationDefinition.title */
	{ 4558, 3, 12, R, 0 }, /* OperationDefinition.status */
	{ 5410, 3, 13, R, 0 }, /* OperationDefinition.kind */
	{ 5248, 1, 14, 0, 0 }, /* OperationDefinition.experimental */
	{ 5261, 5, 15, 0, 0 }, /* OperationDefinition.date */
	{ 5266, 13, 16, 0, 0 }, /* OperationDefinition.publisher */
	{ 280, 28, 17, M, 0 }, /* OperationDefinition.contact */
	{ 3767, 10, 18, 0, 0 }, /* OperationDefinition.description */
	{ 5276, 60, 19, M, 0 }, /* OperationDefinition.useContext */
	{ 4545, 26, 20, M, 0 }, /* OperationDefinition.jurisdiction */
	{ 5287, 10, 21, 0, 0 }, /* OperationDefinition.purpose */
	{ 13383, 1, 22, 0, 0 }, /* OperationDefinition.affectsState */
	{ 125, 3, 23, R, 0 }, /* OperationDefinition.code */
	{ 667, 10, 24, 0, 0 }, /* OperationDefinition.comment */
	{ 702, 2, 25, 0, 0 }, /* OperationDefinition.base */
	{ 4913, 3, 26, M, 0 }, /* OperationDefinition.resource */
	{ 118, 1, 27, R, 0 }, /* OperationDefinition.system */
	{ 35, 1, 28, R, 0 }, /* OperationDefinition.type */
	{ 7142, 1, 29, R, 0 }, /* OperationDefinition.instance */
	{ 13396, 2, 30, 0, 0 }, /* OperationDefinition.inputProfile */
	{ 13409, 2, 31, 0, 0 }, /* OperationDefinition.outputProfile */
	{ 9074, 532, 32, M, 0 }, /* OperationDefinition.parameter */
	{ 13423, 535, 33, M, 0 }, /* OperationDefinition.overload */
	{ 0, 7, 0, 0, 0 }, /* OperationOutcome.id */
	{ 5164, 42, 1, 0, 0 }, /* OperationOutcome.meta */
	{ 5169, 16, 2, 0, 0 }, /* OperationOutcome.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* OperationOutcome.language */
	{ 40, 44, 4, 0, 0 }, /* OperationOutcome.text */
	{ 5183, 63, 5, M, 0 }, /* OperationOutcome.contained */
	{ 3, 38, 6, M, 0 }, /* OperationOutcome.extension */
	{ 13, 38, 7, M, 0 }, /* OperationOutcome.modifierExtension */
	{ 13432, 536, 8, M|R, 0 }, /* OperationOutcome.issue */
	{ 0, 7, 0, 0, 0 }, /* Organization.id */
	{ 5164, 42, 1, 0, 0 }, /* Organization.meta */
	{ 5169, 16, 2, 0, 0 }, /* Organization.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Organization.language */
	{ 40, 44, 4, 0, 0 }, /* Organization.text */
	{ 5183, 63, 5, M, 0 }, /* Organization.contained */
	{ 3, 38, 6, M, 0 }, /* Organization.extension */
	{ 13, 38, 7, M, 0 }, /* Organization.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Organization.identifier */
	{ 6411, 1, 9, 0, 0 }, /* Organization.active */
	{ 35, 26, 10, M, 0 }, /* Organization.type */
	{ 262, 13, 11, 0, 0 }, /* Organization.name */
	{ 688, 13, 12, M, 0 }, /* Organization.alias */
	{ 267, 29, 13, M, 0 }, /* Organization.telecom */
	{ 9518, 22, 14, M, 0 }, /* Organization.address */
	{ 5232, 53, 15, 0, 0 }, /* Organization.partOf */
	{ 280, 537, 16, M, 0 }, /* Organization.contact */
	{ 10396, 53, 17, M, 0 }, /* Organization.endpoint */
	{ 0, 7, 0, 0, 0 }, /* OrganizationAffiliation.id */
	{ 5164, 42, 1, 0, 0 }, /* OrganizationAffiliation.meta */
	{ 5169, 16, 2, 0, 0 }, /* OrganizationAffiliation.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* OrganizationAffiliation.language */
	{ 40, 44, 4, 0, 0 }, /* OrganizationAffiliation.text */
	{ 5183, 63, 5, M, 0 }, /* OrganizationAffiliation.contained */
	{ 3, 38, 6, M, 0 }, /* OrganizationAffiliation.extension */
	{ 13, 38, 7, M, 0 }, /* OrganizationAffiliation.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* OrganizationAffiliation.identifier */
	{ 6411, 1, 9, 0, 0 }, /* OrganizationAffiliation.active */
	{ 89, 46, 10, 0, 0 }, /* OrganizationAffiliation.period */
	{ 8081, 53, 11, 0, 0 }, /* OrganizationAffiliation.organization */
	{ 13438, 53, 12, 0, 0 }, /* OrganizationAffiliation.participatingOrganization */
	{ 8500, 53, 13, M, 0 }, /* OrganizationAffiliation.network */
	{ 125, 26, 14, M, 0 }, /* OrganizationAffiliation.code */
	{ 6065, 26, 15, M, 0 }, /* OrganizationAffiliation.specialty */
	{ 5494, 53, 16, M, 0 }, /* OrganizationAffiliation.location */
	{ 13464, 53, 17, M, 0 }, /* OrganizationAffiliation.healthcareService */
	{ 267, 29, 18, M, 0 }, /* OrganizationAffiliation.telecom */
	{ 10396, 53, 19, M, 0 }, /* OrganizationAffiliation.endpoint */
	{ 0, 7, 0, 0, 0 }, /* Parameters.id */
	{ 5164, 42, 1, 0, 0 }, /* Parameters.meta */
	{ 5169, 16, 2, 0, 0 }, /* Parameters.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Parameters.language */
	{ 9074, 538, 4, M, 0 }, /* Parameters.parameter */
	{ 0, 7, 0, 0, 0 }, /* Patient.id */
	{ 5164, 42, 1, 0, 0 }, /* Patient.meta */
	{ 5169, 16, 2, 0, 0 }, /* Patient.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Patient.language */
	{ 40, 44, 4, 0, 0 }, /* Patient.text */
	{ 5183, 63, 5, M, 0 }, /* Patient.contained */
	{ 3, 38, 6, M, 0 }, /* Patient.extension */
	{ 13, 38, 7, M, 0 }, /* Patient.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Patient.identifier */
	{ 6411, 1, 9, 0, 0 }, /* Patient.active */
	{ 262, 39, 10, M, 0 }, /* Patient.name */
	{ 267, 29, 11, M, 0 }, /* Patient.telecom */
	{ 4698, 3, 12, 0, 0 }, /* Patient.gender */
	{ 13482, 4, 13, 0, 0 }, /* Patient.birthDate */
	{ 9864, 364, 14, C, 2 }, /* Patient.deceased */
	{ 9518, 22, 15, M, 0 }, /* Patient.address */
	{ 13509, 26, 16, 0, 0 }, /* Patient.maritalStatus */
	{ 13523, 366, 17, C, 2 }, /* Patient.multipleBirth */
	{ 10237, 25, 18, M, 0 }, /* Patient.photo */
	{ 280, 539, 19, M, 0 }, /* Patient.contact */
	{ 10297, 540, 20, M, 0 }, /* Patient.communication */
	{ 13579, 53, 21, M, 0 }, /* Patient.generalPractitioner */
	{ 6690, 53, 22, 0, 0 }, /* Patient.managingOrganization */
	{ 6463, 541, 23, M, 0 }, /* Patient.link */
	{ 0, 7, 0, 0, 0 }, /* PaymentNotice.id */
	{ 5164, 42, 1, 0, 0 }, /* PaymentNotice.meta */
	{ 5169, 16, 2, 0, 0 }, /* PaymentNotice.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* PaymentNotice.language */
	{ 40, 44, 4, 0, 0 }, /* PaymentNotice.text */
	{ 5183, 63, 5, M, 0 }, /* PaymentNotice.contained */
	{ 3, 38, 6, M, 0 }, /* PaymentNotice.extension */
	{ 13, 38, 7, M, 0 }, /* PaymentNotice.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* PaymentNotice.identifier */
	{ 4558, 3, 9, R, 0 }, /* PaymentNotice.status */
	{ 6353, 53, 10, 0, 0 }, /* PaymentNotice.request */
	{ 12903, 53, 11, 0, 0 }, /* PaymentNotice.response */
	{ 6161, 5, 12, R, 0 }, /* PaymentNotice.created */
	{ 7210, 53, 13, 0, 0 }, /* PaymentNotice.provider */
	{ 7407, 53, 14, R, 0 }, /* PaymentNotice.payment */
	{ 13599, 4, 15, 0, 0 }, /* PaymentNotice.paymentDate */
	{ 7274, 53, 16, 0, 0 }, /* PaymentNotice.payee */
	{ 7776, 53, 17, R, 0 }, /* PaymentNotice.recipient */
	{ 5012, 43, 18, R, 0 }, /* PaymentNotice.amount */
	{ 13611, 26, 19, 0, 0 }, /* PaymentNotice.paymentStatus */
	{ 0, 7, 0, 0, 0 }, /* PaymentReconciliation.id */
	{ 5164, 42, 1, 0, 0 }, /* PaymentReconciliation.meta */
	{ 5169, 16, 2, 0, 0 }, /* PaymentReconciliation.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* PaymentReconciliation.language */
	{ 40, 44, 4, 0, 0 }, /* PaymentReconciliation.text */
	{ 5183, 63, 5, M, 0 }, /* PaymentReconciliation.contained */
	{ 3, 38, 6, M, 0 }, /* PaymentReconciliation.extension */
	{ 13, 38, 7, M, 0 }, /* PaymentReconciliation.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* PaymentReconciliation.identifier */
	{ 4558, 3, 9, R, 0 }, /* PaymentReconciliation.status */
	{ 89, 46, 10, 0, 0 }, /* PaymentReconciliation.period */
	{ 6161, 5, 11, R, 0 }, /* PaymentReconciliation.created */
	{ 13625, 53, 12, 0, 0 }, /* PaymentReconciliation.paymentIssuer */
	{ 6353, 53, 13, 0, 0 }, /* PaymentReconciliation.request */
	{ 7342, 53, 14, 0, 0 }, /* PaymentReconciliation.requestor */
	{ 5774, 3, 15, 0, 0 }, /* PaymentReconciliation.outcome */
	{ 7352, 13, 16, 0, 0 }, /* PaymentReconciliation.disposition */
	{ 13599, 4, 17, R, 0 }, /* PaymentReconciliation.paymentDate */
	{ 13639, 43, 18, R, 0 }, /* PaymentReconciliation.paymentAmount */
	{ 13653, 40, 19, 0, 0 }, /* PaymentReconciliation.paymentIdentifier */
	{ 8642, 542, 20, M, 0 }, /* PaymentReconciliation.detail */
	{ 7415, 26, 21, 0, 0 }, /* PaymentReconciliation.formCode */
	{ 7429, 543, 22, M, 0 }, /* PaymentReconciliation.processNote */
	{ 0, 7, 0, 0, 0 }, /* Person.id */
	{ 5164, 42, 1, 0, 0 }, /* Person.meta */
	{ 5169, 16, 2, 0, 0 }, /* Person.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Person.language */
	{ 40, 44, 4, 0, 0 }, /* Person.text */
	{ 5183, 63, 5, M, 0 }, /* Person.contained */
	{ 3, 38, 6, M, 0 }, /* Person.extension */
	{ 13, 38, 7, M, 0 }, /* Person.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Person.identifier */
	{ 262, 39, 9, M, 0 }, /* Person.name */
	{ 267, 29, 10, M, 0 }, /* Person.telecom */
	{ 4698, 3, 11, 0, 0 }, /* Person.gender */
	{ 13482, 4, 12, 0, 0 }, /* Person.birthDate */
	{ 9518, 22, 13, M, 0 }, /* Person.address */
	{ 10237, 25, 14, 0, 0 }, /* Person.photo */
	{ 6690, 53, 15, 0, 0 }, /* Person.managingOrganization */
	{ 6411, 1, 16, 0, 0 }, /* Person.active */
	{ 6463, 544, 17, M, 0 }, /* Person.link */
	{ 0, 7, 0, 0, 0 }, /* PlanDefinition.id */
	{ 5164, 42, 1, 0, 0 }, /* PlanDefinition.meta */
	{ 5169, 16, 2, 0, 0 }, /* PlanDefinition.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* PlanDefinition.language */
	{ 40, 44, 4, 0, 0 }, /* PlanDefinition.text */
	{ 5183, 63, 5, M, 0 }, /* PlanDefinition.contained */
	{ 3, 38, 6, M, 0 }, /* PlanDefinition.extension */
	{ 13, 38, 7, M, 0 }, /* PlanDefinition.modifierExtension */
	{ 197, 16, 8, 0, 0 }, /* PlanDefinition.url */
	{ 4824, 40, 9, M, 0 }, /* PlanDefinition.identifier */
	{ 233, 13, 10, 0, 0 }, /* PlanDefinition.version */
	{ 262, 13, 11, 0, 0 }, /* PlanDefinition.name */
	{ 211, 13, 12, 0, 0 }, /* PlanDefinition.title */
	{ 5239, 13, 13, 0, 0 }, /* PlanDefinition.subtitle */
	{ 35, 26, 14, 0, 0 }, /* PlanDefinition.type */
	{ 4558, 3, 15, R, 0 }, /* PlanDefinition.status */
	{ 5248, 1, 16, 0, 0 }, /* PlanDefinition.experimental */
	{ 296, 368, 17, C, 2 }, /* PlanDefinition.subject */
	{ 5261, 5, 18, 0, 0 }, /* PlanDefinition.date */
	{ 5266, 13, 19, 0, 0 }, /* PlanDefinition.publisher */
	{ 280, 28, 20, M, 0 }, /* PlanDefinition.contact */
	{ 3767, 10, 21, 0, 0 }, /* PlanDefinition.description */
	{ 5276, 60, 22, M, 0 }, /* PlanDefinition.useContext */
	{ 4545, 26, 23, M, 0 }, /* PlanDefinition.jurisdiction */
	{ 5287, 10, 24, 0, 0 }, /* PlanDefinition.purpose */
	{ 5295, 13, 25, 0, 0 }, /* PlanDefinition.usage */
	{ 5301, 10, 26, 0, 0 }, /* PlanDefinition.copyright */
	{ 5311, 4, 27, 0, 0 }, /* PlanDefinition.approvalDate */
	{ 5324, 4, 28, 0, 0 }, /* PlanDefinition.lastReviewDate */
	{ 5339, 46, 29, 0, 0 }, /* PlanDefinition.effectivePeriod */
	{ 5355, 26, 30, M, 0 }, /* PlanDefinition.topic */
	{ 130, 28, 31, M, 0 }, /* PlanDefinition.author */
	{ 5361, 28, 32, M, 0 }, /* PlanDefinition.editor */
	{ 5368, 28, 33, M, 0 }, /* PlanDefinition.reviewer */
	{ 5377, 28, 34, M, 0 }, /* PlanDefinition.endorser */
	{ 5386, 54, 35, M, 0 }, /* PlanDefinition.relatedArtifact */
	{ 5402, 2, 36, M, 0 }, /* PlanDefinition.library */
	{ 6676, 545, 37, M, 0 }, /* PlanDefinition.goal */
	{ 6253, 547, 38, M, 0 }, /* PlanDefinition.action */
	{ 0, 7, 0, 0, 0 }, /* Practitioner.id */
	{ 5164, 42, 1, 0, 0 }, /* Practitioner.meta */
	{ 5169, 16, 2, 0, 0 }, /* Practitioner.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Practitioner.language */
	{ 40, 44, 4, 0, 0 }, /* Practitioner.text */
	{ 5183, 63, 5, M, 0 }, /* Practitioner.contained */
	{ 3, 38, 6, M, 0 }, /* Practitioner.extension */
	{ 13, 38, 7, M, 0 }, /* Practitioner.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Practitioner.identifier */
	{ 6411, 1, 9, 0, 0 }, /* Practitioner.active */
	{ 262, 39, 10, M, 0 }, /* Practitioner.name */
	{ 267, 29, 11, M, 0 }, /* Practitioner.telecom */
	{ 9518, 22, 12, M, 0 }, /* Practitioner.address */
	{ 4698, 3, 13, 0, 0 }, /* Practitioner.gender */
	{ 13482, 4, 14, 0, 0 }, /* Practitioner.birthDate */
	{ 10237, 25, 15, M, 0 }, /* Practitioner.photo */
	{ 13671, 552, 16, M, 0 }, /* Practitioner.qualification */
	{ 10297, 26, 17, M, 0 }, /* Practitioner.communication */
	{ 0, 7, 0, 0, 0 }, /* PractitionerRole.id */
	{ 5164, 42, 1, 0, 0 }, /* PractitionerRole.meta */
	{ 5169, 16, 2, 0, 0 }, /* PractitionerRole.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* PractitionerRole.language */
	{ 40, 44, 4, 0, 0 }, /* PractitionerRole.text */
	{ 5183, 63, 5, M, 0 }, /* PractitionerRole.contained */
	{ 3, 38, 6, M, 0 }, /* PractitionerRole.extension */
	{ 13, 38, 7, M, 0 }, /* PractitionerRole.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* PractitionerRole.identifier */
	{ 6411, 1, 9, 0, 0 }, /* PractitionerRole.active */
	{ 89, 46, 10, 0, 0 }, /* PractitionerRole.period */
	{ 13685, 53, 11, 0, 0 }, /* PractitionerRole.practitioner */
	{ 8081, 53, 12, 0, 0 }, /* PractitionerRole.organization */
	{ 125, 26, 13, M, 0 }, /* PractitionerRole.code */
	{ 6065, 26, 14, M, 0 }, /* PractitionerRole.specialty */
	{ 5494, 53, 15, M, 0 }, /* PractitionerRole.location */
	{ 13464, 53, 16, M, 0 }, /* PractitionerRole.healthcareService */
	{ 267, 29, 17, M, 0 }, /* PractitionerRole.telecom */
	{ 10346, 553, 18, M, 0 }, /* PractitionerRole.availableTime */
	{ 10360, 554, 19, M, 0 }, /* PractitionerRole.notAvailable */
	{ 10373, 13, 20, 0, 0 }, /* PractitionerRole.availabilityExceptions */
	{ 10396, 53, 21, M, 0 }, /* PractitionerRole.endpoint */
	{ 0, 7, 0, 0, 0 }, /* Procedure.id */
	{ 5164, 42, 1, 0, 0 }, /* Procedure.meta */
	{ 5169, 16, 2, 0, 0 }, /* Procedure.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Procedure.language */
	{ 40, 44, 4, 0, 0 }, /* Procedure.text */
	{ 5183, 63, 5, M, 0 }, /* Procedure.contained */
	{ 3, 38, 6, M, 0 }, /* Procedure.extension */
	{ 13, 38, 7, M, 0 }, /* Procedure.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Procedure.identifier */
	{ 6595, 2, 9, M, 0 }, /* Procedure.instantiatesCanonical */
	{ 6617, 16, 10, M, 0 }, /* Procedure.instantiatesUri */
	{ 6169, 53, 11, M, 0 }, /* Procedure.basedOn */
	{ 5232, 53, 12, M, 0 }, /* Procedure.partOf */
	{ 4558, 3, 13, R, 0 }, /* Procedure.status */
	{ 7468, 26, 14, 0, 0 }, /* Procedure.statusReason */
	{ 5693, 26, 15, 0, 0 }, /* Procedure.category */
	{ 125, 26, 16, 0, 0 }, /* Procedure.code */
	{ 296, 53, 17, R, 0 }, /* Procedure.subject */
	{ 5702, 53, 18, 0, 0 }, /* Procedure.encounter */
	{ 13698, 370, 19, C, 5 }, /* Procedure.performed */
	{ 5782, 53, 20, 0, 0 }, /* Procedure.recorder */
	{ 5981, 53, 21, 0, 0 }, /* Procedure.asserter */
	{ 6964, 555, 22, M, 0 }, /* Procedure.performer */
	{ 5494, 53, 23, 0, 0 }, /* Procedure.location */
	{ 6091, 26, 24, M, 0 }, /* Procedure.reasonCode */
	{ 6102, 53, 25, M, 0 }, /* Procedure.reasonReference */
	{ 5579, 26, 26, M, 0 }, /* Procedure.bodySite */
	{ 5774, 26, 27, 0, 0 }, /* Procedure.outcome */
	{ 13786, 53, 28, M, 0 }, /* Procedure.report */
	{ 13793, 26, 29, M, 0 }, /* Procedure.complication */
	{ 13806, 53, 30, M, 0 }, /* Procedure.complicationDetail */
	{ 13825, 26, 31, M, 0 }, /* Procedure.followUp */
	{ 6005, 24, 32, M, 0 }, /* Procedure.note */
	{ 13834, 556, 33, M, 0 }, /* Procedure.focalDevice */
	{ 13846, 53, 34, M, 0 }, /* Procedure.usedReference */
	{ 13860, 26, 35, M, 0 }, /* Procedure.usedCode */
	{ 0, 7, 0, 0, 0 }, /* Provenance.id */
	{ 5164, 42, 1, 0, 0 }, /* Provenance.meta */
	{ 5169, 16, 2, 0, 0 }, /* Provenance.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Provenance.language */
	{ 40, 44, 4, 0, 0 }, /* Provenance.text */
	{ 5183, 63, 5, M, 0 }, /* Provenance.contained */
	{ 3, 38, 6, M, 0 }, /* Provenance.extension */
	{ 13, 38, 7, M, 0 }, /* Provenance.modifierExtension */
	{ 7924, 53, 8, M|R, 0 }, /* Provenance.target */
	{ 13869, 375, 9, C, 2 }, /* Provenance.occurred */
	{ 6260, 8, 10, R, 0 }, /* Provenance.recorded */
	{ 8127, 16, 11, M, 0 }, /* Provenance.policy */
	{ 5494, 53, 12, 0, 0 }, /* Provenance.location */
	{ 7104, 26, 13, M, 0 }, /* Provenance.reason */
	{ 6681, 26, 14, 0, 0 }, /* Provenance.activity */
	{ 6296, 557, 15, M|R, 0 }, /* Provenance.agent */
	{ 6302, 558, 16, M, 0 }, /* Provenance.entity */
	{ 6474, 56, 17, M, 0 }, /* Provenance.signature */
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
	{ 9098, 2, 13, M, 0 }, /* Questionnaire.derivedFrom */
	{ 4558, 3, 14, R, 0 }, /* Questionnaire.status */
	{ 5248, 1, 15, 0, 0 }, /* Questionnaire.experimental */
	{ 13910, 3, 16, M, 0 }, /* Questionnaire.subjectType */
	{ 5261, 5, 17, 0, 0 }, /* Questionnaire.date */
	{ 5266, 13, 18, 0, 0 }, /* Questionnaire.publisher */
	{ 280, 28, 19, M, 0 }, /* Questionnaire.contact */
	{ 3767, 10, 20, 0, 0 }, /* Questionnaire.description */
	{ 5276, 60, 21, M, 0 }, /* Questionnaire.useContext */
	{ 4545, 26, 22, M, 0 }, /* Questionnaire.jurisdiction */
	{ 5287, 10, 23, 0, 0 }, /* Questionnaire.purpose */
	{ 5301, 10, 24, 0, 0 }, /* Questionnaire.copyright */
	{ 5311, 4, 25, 0, 0 }, /* Questionnaire.approvalDate */
	{ 5324, 4, 26, 0, 0 }, /* Questionnaire.lastReviewDate */
	{ 5339, 46, 27, 0, 0 }, /* Questionnaire.effectivePeriod */
	{ 125, 27, 28, M, 0 }, /* Questionnaire.code */
	{ 7337, 559, 29, M, 0 }, /* Questionnaire.item */
	{ 0, 7, 0, 0, 0 }, /* QuestionnaireResponse.id */
	{ 5164, 42, 1, 0, 0 }, /* QuestionnaireResponse.meta */
	{ 5169, 16, 2, 0, 0 }, /* QuestionnaireResponse.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* QuestionnaireResponse.language */
	{ 40, 44, 4, 0, 0 }, /* QuestionnaireResponse.text */
	{ 5183, 63, 5, M, 0 }, /* QuestionnaireResponse.contained */
	{ 3, 38, 6, M, 0 }, /* QuestionnaireResponse.extension */
	{ 13, 38, 7, M, 0 }, /* QuestionnaireResponse.modifierExtension */
	{ 4824, 40, 8, 0, 0 }, /* QuestionnaireResponse.identifier */
	{ 6169, 53, 9, M, 0 }, /* QuestionnaireResponse.basedOn */
	{ 5232, 53, 10, M, 0 }, /* QuestionnaireResponse.partOf */
	{ 13922, 2, 11, 0, 0 }, /* QuestionnaireResponse.questionnaire */
	{ 4558, 3, 12, R, 0 }, /* QuestionnaireResponse.status */
	{ 296, 53, 13, 0, 0 }, /* QuestionnaireResponse.subject */
	{ 5702, 53, 14, 0, 0 }, /* QuestionnaireResponse.encounter */
	{ 13936, 5, 15, 0, 0 }, /* QuestionnaireResponse.authored */
	{ 130, 53, 16, 0, 0 }, /* QuestionnaireResponse.author */
	{ 4609, 53, 17, 0, 0 }, /* QuestionnaireResponse.source */
	{ 7337, 563, 18, M, 0 }, /* QuestionnaireResponse.item */
	{ 0, 7, 0, 0, 0 }, /* RelatedPerson.id */
	{ 5164, 42, 1, 0, 0 }, /* RelatedPerson.meta */
	{ 5169, 16, 2, 0, 0 }, /* RelatedPerson.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* RelatedPerson.language */
	{ 40, 44, 4, 0, 0 }, /* RelatedPerson.text */
	{ 5183, 63, 5, M, 0 }, /* RelatedPerson.contained */
	{ 3, 38, 6, M, 0 }, /* RelatedPerson.extension */
	{ 13, 38, 7, M, 0 }, /* RelatedPerson.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* RelatedPerson.identifier */
	{ 6411, 1, 9, 0, 0 }, /* RelatedPerson.active */
	{ 5909, 53, 10, R, 0 }, /* RelatedPerson.patient */
	{ 8469, 26, 11, M, 0 }, /* RelatedPerson.relationship */
	{ 262, 39, 12, M, 0 }, /* RelatedPerson.name */
	{ 267, 29, 13, M, 0 }, /* RelatedPerson.telecom */
	{ 4698, 3, 14, 0, 0 }, /* RelatedPerson.gender */
	{ 13482, 4, 15, 0, 0 }, /* RelatedPerson.birthDate */
	{ 9518, 22, 16, M, 0 }, /* RelatedPerson.address */
	{ 10237, 25, 17, M, 0 }, /* RelatedPerson.photo */
	{ 89, 46, 18, 0, 0 }, /* RelatedPerson.period */
	{ 10297, 565, 19, M, 0 }, /* RelatedPerson.communication */
	{ 0, 7, 0, 0, 0 }, /* RequestGroup.id */
	{ 5164, 42, 1, 0, 0 }, /* RequestGroup.meta */
	{ 5169, 16, 2, 0, 0 }, /* RequestGroup.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* RequestGroup.language */
	{ 40, 44, 4, 0, 0 }, /* RequestGroup.text */
	{ 5183, 63, 5, M, 0 }, /* RequestGroup.contained */
	{ 3, 38, 6, M, 0 }, /* RequestGroup.extension */
	{ 13, 38, 7, M, 0 }, /* RequestGroup.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* RequestGroup.identifier */
	{ 6595, 2, 9, M, 0 }, /* RequestGroup.instantiatesCanonical */
	{ 6617, 16, 10, M, 0 }, /* RequestGroup.instantiatesUri */
	{ 6169, 53, 11, M, 0 }, /* RequestGroup.basedOn */
	{ 6633, 53, 12, M, 0 }, /* RequestGroup.replaces */
	{ 7801, 40, 13, 0, 0 }, /* RequestGroup.groupIdentifier */
	{ 4558, 3, 14, R, 0 }, /* RequestGroup.status */
	{ 5415, 3, 15, R, 0 }, /* RequestGroup.intent */
	{ 5422, 3, 16, 0, 0 }, /* RequestGroup.priority */
	{ 125, 26, 17, 0, 0 }, /* RequestGroup.code */
	{ 296, 53, 18, 0, 0 }, /* RequestGroup.subject */
	{ 5702, 53, 19, 0, 0 }, /* RequestGroup.encounter */
	{ 7817, 5, 20, 0, 0 }, /* RequestGroup.authoredOn */
	{ 130, 53, 21, 0, 0 }, /* RequestGroup.author */
	{ 6091, 26, 22, M, 0 }, /* RequestGroup.reasonCode */
	{ 6102, 53, 23, M, 0 }, /* RequestGroup.reasonReference */
	{ 6005, 24, 24, M, 0 }, /* RequestGroup.note */
	{ 6253, 566, 25, M, 0 }, /* RequestGroup.action */
	{ 0, 7, 0, 0, 0 }, /* ResearchDefinition.id */
	{ 5164, 42, 1, 0, 0 }, /* ResearchDefinition.meta */
	{ 5169, 16, 2, 0, 0 }, /* ResearchDefinition.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* ResearchDefinition.language */
	{ 40, 44, 4, 0, 0 }, /* ResearchDefinition.text */
	{ 5183, 63, 5, M, 0 }, /* ResearchDefinition.contained */
	{ 3, 38, 6, M, 0 }, /* ResearchDefinition.extension */
	{ 13, 38, 7, M, 0 }, /* ResearchDefinition.modifierExtension */
	{ 197, 16, 8, 0, 0 }, /* ResearchDefinition.url */
	{ 4824, 40, 9, M, 0 }, /* ResearchDefinition.identifier */
	{ 233, 13, 10, 0, 0 }, /* ResearchDefinition.version */
	{ 262, 13, 11, 0, 0 }, /* ResearchDefinition.name */
	{ 211, 13, 12, 0, 0 }, /* ResearchDefinition.title */
	{ 9600, 13, 13, 0, 0 }, /* ResearchDefinition.shortTitle */
	{ 5239, 13, 14, 0, 0 }, /* ResearchDefinition.subtitle */
	{ 4558, 3, 15, R, 0 }, /* ResearchDefinition.status */
	{ 5248, 1, 16, 0, 0 }, /* ResearchDefinition.experimental */
	{ 296, 377, 17, C, 2 }, /* ResearchDefinition.subject */
	{ 5261, 5, 18, 0, 0 }, /* ResearchDefinition.date */
	{ 5266, 13, 19, 0, 0 }, /* ResearchDefinition.publisher */
	{ 280, 28, 20, M, 0 }, /* ResearchDefinition.contact */
	{ 3767, 10, 21, 0, 0 }, /* ResearchDefinition.description */
	{ 667, 13, 22, M, 0 }, /* ResearchDefinition.comment */
	{ 5276, 60, 23, M, 0 }, /* ResearchDefinition.useContext */
	{ 4545, 26, 24, M, 0 }, /* ResearchDefinition.jurisdiction */
	{ 5287, 10, 25, 0, 0 }, /* ResearchDefinition.purpose */
	{ 5295, 13, 26, 0, 0 }, /* ResearchDefinition.usage */
	{ 5301, 10, 27, 0, 0 }, /* ResearchDefinition.copyright */
	{ 5311, 4, 28, 0, 0 }, /* ResearchDefinition.approvalDate */
	{ 5324, 4, 29, 0, 0 }, /* ResearchDefinition.lastReviewDate */
	{ 5339, 46, 30, 0, 0 }, /* ResearchDefinition.effectivePeriod */
	{ 5355, 26, 31, M, 0 }, /* ResearchDefinition.topic */
	{ 130, 28, 32, M, 0 }, /* ResearchDefinition.author */
	{ 5361, 28, 33, M, 0 }, /* ResearchDefinition.editor */
	{ 5368, 28, 34, M, 0 }, /* ResearchDefinition.reviewer */
	{ 5377, 28, 35, M, 0 }, /* ResearchDefinition.endorser */
	{ 5386, 54, 36, M, 0 }, /* ResearchDefinition.relatedArtifact */
	{ 5402, 2, 37, M, 0 }, /* ResearchDefinition.library */
	{ 9301, 53, 38, R, 0 }, /* ResearchDefinition.population */
	{ 9312, 53, 39, 0, 0 }, /* ResearchDefinition.exposure */
	{ 9321, 53, 40, 0, 0 }, /* ResearchDefinition.exposureAlternative */
	{ 5774, 53, 41, 0, 0 }, /* ResearchDefinition.outcome */
	{ 0, 7, 0, 0, 0 }, /* ResearchElementDefinition.id */
	{ 5164, 42, 1, 0, 0 }, /* ResearchElementDefinition.meta */
	{ 5169, 16, 2, 0, 0 }, /* ResearchElementDefinition.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* ResearchElementDefinition.language */
	{ 40, 44, 4, 0, 0 }, /* ResearchElementDefinition.text */
	{ 5183, 63, 5, M, 0 }, /* ResearchElementDefinition.contained */
	{ 3, 38, 6, M, 0 }, /* ResearchElementDefinition.extension */
	{ 13, 38, 7, M, 0 }, /* ResearchElementDefinition.modifierExtension */
	{ 197, 16, 8, 0, 0 }, /* ResearchElementDefinition.url */
	{ 4824, 40, 9, M, 0 }, /* ResearchElementDefinition.identifier */
	{ 233, 13, 10, 0, 0 }, /* ResearchElementDefinition.version */
	{ 262, 13, 11, 0, 0 }, /* ResearchElementDefinition.name */
	{ 211, 13, 12, 0, 0 }, /* ResearchElementDefinition.title */
	{ 9600, 13, 13, 0, 0 }, /* ResearchElementDefinition.shortTitle */
	{ 5239, 13, 14, 0, 0 }, /* ResearchElementDefinition.subtitle */
	{ 4558, 3, 15, R, 0 }, /* ResearchElementDefinition.status */
	{ 5248, 1, 16, 0, 0 }, /* ResearchElementDefinition.experimental */
	{ 296, 379, 17, C, 2 }, /* ResearchElementDefinition.subject */
	{ 5261, 5, 18, 0, 0 }, /* ResearchElementDefinition.date */
	{ 5266, 13, 19, 0, 0 }, /* ResearchElementDefinition.publisher */
	{ 280, 28, 20, M, 0 }, /* ResearchElementDefinition.contact */
	{ 3767, 10, 21, 0, 0 }, /* ResearchElementDefinition.description */
	{ 667, 13, 22, M, 0 }, /* ResearchElementDefinition.comment */
	{ 5276, 60, 23, M, 0 }, /* ResearchElementDefinition.useContext */
	{ 4545, 26, 24, M, 0 }, /* ResearchElementDefinition.jurisdiction */
	{ 5287, 10, 25, 0, 0 }, /* ResearchElementDefinition.purpose */
	{ 5295, 13, 26, 0, 0 }, /* ResearchElementDefinition.usage */
	{ 5301, 10, 27, 0, 0 }, /* ResearchElementDefinition.copyright */
	{ 5311, 4, 28, 0, 0 }, /* ResearchElementDefinition.approvalDate */
	{ 5324, 4, 29, 0, 0 }, /* ResearchElementDefinition.lastReviewDate */
	{ 5339, 46, 30, 0, 0 }, /* ResearchElementDefinition.effectivePeriod */
	{ 5355, 26, 31, M, 0 }, /* ResearchElementDefinition.topic */
	{ 130, 28, 32, M, 0 }, /* ResearchElementDefinition.author */
	{ 5361, 28, 33, M, 0 }, /* ResearchElementDefinition.editor */
	{ 5368, 28, 34, M, 0 }, /* ResearchElementDefinition.reviewer */
	{ 5377, 28, 35, M, 0 }, /* ResearchElementDefinition.endorser */
	{ 5386, 54, 36, M, 0 }, /* ResearchElementDefinition.relatedArtifact */
	{ 5402, 2, 37, M, 0 }, /* ResearchElementDefinition.library */
	{ 35, 3, 38, R, 0 }, /* ResearchElementDefinition.type */
	{ 13945, 3, 39, 0, 0 }, /* ResearchElementDefinition.variableType */
	{ 9646, 569, 40, M|R, 0 }, /* ResearchElementDefinition.characteristic */
	{ 0, 7, 0, 0, 0 }, /* ResearchStudy.id */
	{ 5164, 42, 1, 0, 0 }, /* ResearchStudy.meta */
	{ 5169, 16, 2, 0, 0 }, /* ResearchStudy.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* ResearchStudy.language */
	{ 40, 44, 4, 0, 0 }, /* ResearchStudy.text */
	{ 5183, 63, 5, M, 0 }, /* ResearchStudy.contained */
	{ 3, 38, 6, M, 0 }, /* ResearchStudy.extension */
	{ 13, 38, 7, M, 0 }, /* ResearchStudy.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* ResearchStudy.identifier */
	{ 211, 13, 9, 0, 0 }, /* ResearchStudy.title */
	{ 7549, 53, 10, M, 0 }, /* ResearchStudy.protocol */
	{ 5232, 53, 11, M, 0 }, /* ResearchStudy.partOf */
	{ 4558, 3, 12, R, 0 }, /* ResearchStudy.status */
	{ 13958, 26, 13, 0, 0 }, /* ResearchStudy.primaryPurposeType */
	{ 13977, 26, 14, 0, 0 }, /* ResearchStudy.phase */
	{ 5693, 26, 15, M, 0 }, /* ResearchStudy.category */
	{ 12846, 26, 16, M, 0 }, /* ResearchStudy.focus */
	{ 3692, 26, 17, M, 0 }, /* ResearchStudy.condition */
	{ 280, 28, 18, M, 0 }, /* ResearchStudy.contact */
	{ 5386, 54, 19, M, 0 }, /* ResearchStudy.relatedArtifact */
	{ 13983, 26, 20, M, 0 }, /* ResearchStudy.keyword */
	{ 5494, 26, 21, M, 0 }, /* ResearchStudy.location */
	{ 3767, 10, 22, 0, 0 }, /* ResearchStudy.description */
	{ 13991, 53, 23, M, 0 }, /* ResearchStudy.enrollment */
	{ 89, 46, 24, 0, 0 }, /* ResearchStudy.period */
	{ 14002, 53, 25, 0, 0 }, /* ResearchStudy.sponsor */
	{ 14010, 53, 26, 0, 0 }, /* ResearchStudy.principalInvestigator */
	{ 495, 53, 27, M, 0 }, /* ResearchStudy.site */
	{ 14032, 26, 28, 0, 0 }, /* ResearchStudy.reasonStopped */
	{ 6005, 24, 29, M, 0 }, /* ResearchStudy.note */
	{ 14046, 570, 30, M, 0 }, /* ResearchStudy.arm */
	{ 14050, 571, 31, M, 0 }, /* ResearchStudy.objective */
	{ 0, 7, 0, 0, 0 }, /* ResearchSubject.id */
	{ 5164, 42, 1, 0, 0 }, /* ResearchSubject.meta */
	{ 5169, 16, 2, 0, 0 }, /* ResearchSubject.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* ResearchSubject.language */
	{ 40, 44, 4, 0, 0 }, /* ResearchSubject.text */
	{ 5183, 63, 5, M, 0 }, /* ResearchSubject.contained */
	{ 3, 38, 6, M, 0 }, /* ResearchSubject.extension */
	{ 13, 38, 7, M, 0 }, /* ResearchSubject.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* ResearchSubject.identifier */
	{ 4558, 3, 9, R, 0 }, /* ResearchSubject.status */
	{ 89, 46, 10, 0, 0 }, /* ResearchSubject.period */
	{ 5857, 53, 11, R, 0 }, /* ResearchSubject.study */
	{ 14060, 53, 12, R, 0 }, /* ResearchSubject.individual */
	{ 14071, 13, 13, 0, 0 }, /* ResearchSubject.assignedArm */
	{ 14083, 13, 14, 0, 0 }, /* ResearchSubject.actualArm */
	{ 14093, 53, 15, 0, 0 }, /* ResearchSubject.consent */
	{ 0, 7, 0, 0, 0 }, /* RiskAssessment.id */
	{ 5164, 42, 1, 0, 0 }, /* RiskAssessment.meta */
	{ 5169, 16, 2, 0, 0 }, /* RiskAssessment.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* RiskAssessment.language */
	{ 40, 44, 4, 0, 0 }, /* RiskAssessment.text */
	{ 5183, 63, 5, M, 0 }, /* RiskAssessment.contained */
	{ 3, 38, 6, M, 0 }, /* RiskAssessment.extension */
	{ 13, 38, 7, M, 0 }, /* RiskAssessment.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* RiskAssessment.identifier */
	{ 6169, 53, 9, 0, 0 }, /* RiskAssessment.basedOn */
	{ 6361, 53, 10, 0, 0 }, /* RiskAssessment.parent */
	{ 4558, 3, 11, R, 0 }, /* RiskAssessment.status */
	{ 506, 26, 12, 0, 0 }, /* RiskAssessment.method */
	{ 125, 26, 13, 0, 0 }, /* RiskAssessment.code */
	{ 296, 53, 14, R, 0 }, /* RiskAssessment.subject */
	{ 5702, 53, 15, 0, 0 }, /* RiskAssessment.encounter */
	{ 6900, 381, 16, C, 2 }, /* RiskAssessment.occurrence */
	{ 3692, 53, 17, 0, 0 }, /* RiskAssessment.condition */
	{ 6964, 53, 18, 0, 0 }, /* RiskAssessment.performer */
	{ 6091, 26, 19, M, 0 }, /* RiskAssessment.reasonCode */
	{ 6102, 53, 20, M, 0 }, /* RiskAssessment.reasonReference */
	{ 14101, 53, 21, M, 0 }, /* RiskAssessment.basis */
	{ 14107, 572, 22, M, 0 }, /* RiskAssessment.prediction */
	{ 8649, 13, 23, 0, 0 }, /* RiskAssessment.mitigation */
	{ 6005, 24, 24, M, 0 }, /* RiskAssessment.note */
	{ 0, 7, 0, 0, 0 }, /* RiskEvidenceSynthesis.id */
	{ 5164, 42, 1, 0, 0 }, /* RiskEvidenceSynthesis.meta */
	{ 5169, 16, 2, 0, 0 }, /* RiskEvidenceSynthesis.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* RiskEvidenceSynthesis.language */
	{ 40, 44, 4, 0, 0 }, /* RiskEvidenceSynthesis.text */
	{ 5183, 63, 5, M, 0 }, /* RiskEvidenceSynthesis.contained */
	{ 3, 38, 6, M, 0 }, /* RiskEvidenceSynthesis.extension */
	{ 13, 38, 7, M, 0 }, /* RiskEvidenceSynthesis.modifierExtension */
	{ 197, 16, 8, 0, 0 }, /* RiskEvidenceSynthesis.url */
	{ 4824, 40, 9, M, 0 }, /* RiskEvidenceSynthesis.identifier */
	{ 233, 13, 10, 0, 0 }, /* RiskEvidenceSynthesis.version */
	{ 262, 13, 11, 0, 0 }, /* RiskEvidenceSynthesis.name */
	{ 211, 13, 12, 0, 0 }, /* RiskEvidenceSynthesis.title */
	{ 4558, 3, 13, R, 0 }, /* RiskEvidenceSynthesis.status */
	{ 5261, 5, 14, 0, 0 }, /* RiskEvidenceSynthesis.date */
	{ 5266, 13, 15, 0, 0 }, /* RiskEvidenceSynthesis.publisher */
	{ 280, 28, 16, M, 0 }, /* RiskEvidenceSynthesis.contact */
	{ 3767, 10, 17, 0, 0 }, /* RiskEvidenceSynthesis.description */
	{ 6005, 24, 18, M, 0 }, /* RiskEvidenceSynthesis.note */
	{ 5276, 60, 19, M, 0 }, /* RiskEvidenceSynthesis.useContext */
	{ 4545, 26, 20, M, 0 }, /* RiskEvidenceSynthesis.jurisdiction */
	{ 5301, 10, 21, 0, 0 }, /* RiskEvidenceSynthesis.copyright */
	{ 5311, 4, 22, 0, 0 }, /* RiskEvidenceSynthesis.approvalDate */
	{ 5324, 4, 23, 0, 0 }, /* RiskEvidenceSynthesis.lastReviewDate */
	{ 5339, 46, 24, 0, 0 }, /* RiskEvidenceSynthesis.effectivePeriod */
	{ 5355, 26, 25, M, 0 }, /* RiskEvidenceSynthesis.topic */
	{ 130, 28, 26, M, 0 }, /* RiskEvidenceSynthesis.author */
	{ 5361, 28, 27, M, 0 }, /* RiskEvidenceSynthesis.editor */
	{ 5368, 28, 28, M, 0 }, /* RiskEvidenceSynthesis.reviewer */
	{ 5377, 28, 29, M, 0 }, /* RiskEvidenceSynthesis.endorser */
	{ 5386, 54, 30, M, 0 }, /* RiskEvidenceSynthesis.relatedArtifact */
	{ 9277, 26, 31, 0, 0 }, /* RiskEvidenceSynthesis.synthesisType */
	{ 9291, 26, 32, 0, 0 }, /* RiskEvidenceSynthesis.studyType */
	{ 9301, 53, 33, R, 0 }, /* RiskEvidenceSynthesis.population */
	{ 9312, 53, 34, 0, 0 }, /* RiskEvidenceSynthesis.exposure */
	{ 5774, 53, 35, R, 0 }, /* RiskEvidenceSynthesis.outcome */
	{ 9341, 573, 36, 0, 0 }, /* RiskEvidenceSynthesis.sampleSize */
	{ 14118, 574, 37, 0, 0 }, /* RiskEvidenceSynthesis.riskEstimate */
	{ 9385, 576, 38, M, 0 }, /* RiskEvidenceSynthesis.certainty */
	{ 0, 7, 0, 0, 0 }, /* Schedule.id */
	{ 5164, 42, 1, 0, 0 }, /* Schedule.meta */
	{ 5169, 16, 2, 0, 0 }, /* Schedule.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Schedule.language */
	{ 40, 44, 4, 0, 0 }, /* Schedule.text */
	{ 5183, 63, 5, M, 0 }, /* Schedule.contained */
	{ 3, 38, 6, M, 0 }, /* Schedule.extension */
	{ 13, 38, 7, M, 0 }, /* Schedule.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Schedule.identifier */
	{ 6411, 1, 9, 0, 0 }, /* Schedule.active */
	{ 6037, 26, 10, M, 0 }, /* Schedule.serviceCategory */
	{ 6053, 26, 11, M, 0 }, /* Schedule.serviceType */
	{ 6065, 26, 12, M, 0 }, /* Schedule.specialty */
	{ 6221, 53, 13, M|R, 0 }, /* Schedule.actor */
	{ 14131, 46, 14, 0, 0 }, /* Schedule.planningHorizon */
	{ 667, 13, 15, 0, 0 }, /* Schedule.comment */
	{ 0, 7, 0, 0, 0 }, /* SearchParameter.id */
	{ 5164, 42, 1, 0, 0 }, /* SearchParameter.meta */
	{ 5169, 16, 2, 0, 0 }, /* SearchParameter.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* SearchParameter.language */
	{ 40, 44, 4, 0, 0 }, /* SearchParameter.text */
	{ 5183, 63, 5, M, 0 }, /* SearchParameter.contained */
	{ 3, 38, 6, M, 0 }, /* SearchParameter.extension */
	{ 13, 38, 7, M, 0 }, /* SearchParameter.modifierExtension */
	{ 197, 16, 8, R, 0 }, /* SearchParameter.url */
	{ 233, 13, 9, 0, 0 }, /* SearchParameter.version */
	{ 262, 13, 10, R, 0 }, /* SearchParameter.name */
	{ 9098, 2, 11, 0, 0 }, /* SearchParameter.derivedFrom */
	{ 4558, 3, 12, R, 0 }, /* SearchParameter.status */
	{ 5248, 1, 13, 0, 0 }, /* SearchParameter.experimental */
	{ 5261, 5, 14, 0, 0 }, /* SearchParameter.date */
	{ 5266, 13, 15, 0, 0 }, /* SearchParameter.publisher */
	{ 280, 28, 16, M, 0 }, /* SearchParameter.contact */
	{ 3767, 10, 17, R, 0 }, /* SearchParameter.description */
	{ 5276, 60, 18, M, 0 }, /* SearchParameter.useContext */
	{ 4545, 26, 19, M, 0 }, /* SearchParameter.jurisdiction */
	{ 5287, 10, 20, 0, 0 }, /* SearchParameter.purpose */
	{ 125, 3, 21, R, 0 }, /* SearchParameter.code */
	{ 702, 3, 22, M|R, 0 }, /* SearchParameter.base */
	{ 35, 3, 23, R, 0 }, /* SearchParameter.type */
	{ 3779, 13, 24, 0, 0 }, /* SearchParameter.expression */
	{ 14147, 13, 25, 0, 0 }, /* SearchParameter.xpath */
	{ 14153, 3, 26, 0, 0 }, /* SearchParameter.xpathUsage */
	{ 7924, 3, 27, M, 0 }, /* SearchParameter.target */
	{ 14164, 1, 28, 0, 0 }, /* SearchParameter.multipleOr */
	{ 14175, 1, 29, 0, 0 }, /* SearchParameter.multipleAnd */
	{ 102, 3, 30, M, 0 }, /* SearchParameter.comparator */
	{ 14187, 3, 31, M, 0 }, /* SearchParameter.modifier */
	{ 14196, 13, 32, M, 0 }, /* SearchParameter.chain */
	{ 13191, 578, 33, M, 0 }, /* SearchParameter.component */
	{ 0, 7, 0, 0, 0 }, /* ServiceRequest.id */
	{ 5164, 42, 1, 0, 0 }, /* ServiceRequest.meta */
	{ 5169, 16, 2, 0, 0 }, /* ServiceRequest.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* ServiceRequest.language */
	{ 40, 44, 4, 0, 0 }, /* ServiceRequest.text */
	{ 5183, 63, 5, M, 0 }, /* ServiceRequest.contained */
	{ 3, 38, 6, M, 0 }, /* ServiceRequest.extension */
	{ 13, 38, 7, M, 0 }, /* ServiceRequest.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* ServiceRequest.identifier */
	{ 6595, 2, 9, M, 0 }, /* ServiceRequest.instantiatesCanonical */
	{ 6617, 16, 10, M, 0 }, /* ServiceRequest.instantiatesUri */
	{ 6169, 53, 11, M, 0 }, /* ServiceRequest.basedOn */
	{ 6633, 53, 12, M, 0 }, /* ServiceRequest.replaces */
	{ 14202, 40, 13, 0, 0 }, /* ServiceRequest.requisition */
	{ 4558, 3, 14, R, 0 }, /* ServiceRequest.status */
	{ 5415, 3, 15, R, 0 }, /* ServiceRequest.intent */
	{ 5693, 26, 16, M, 0 }, /* ServiceRequest.category */
	{ 5422, 3, 17, 0, 0 }, /* ServiceRequest.priority */
	{ 5431, 1, 18, 0, 0 }, /* ServiceRequest.doNotPerform */
	{ 125, 26, 19, 0, 0 }, /* ServiceRequest.code */
	{ 14214, 26, 20, M, 0 }, /* ServiceRequest.orderDetail */
	{ 5563, 383, 21, C, 3 }, /* ServiceRequest.quantity */
	{ 296, 53, 22, R, 0 }, /* ServiceRequest.subject */
	{ 5702, 53, 23, 0, 0 }, /* ServiceRequest.encounter */
	{ 6900, 386, 24, C, 3 }, /* ServiceRequest.occurrence */
	{ 446, 389, 25, C, 2 }, /* ServiceRequest.asNeeded */
	{ 7817, 5, 26, 0, 0 }, /* ServiceRequest.authoredOn */
	{ 7828, 53, 27, 0, 0 }, /* ServiceRequest.requester */
	{ 9084, 26, 28, 0, 0 }, /* ServiceRequest.performerType */
	{ 6964, 53, 29, M, 0 }, /* ServiceRequest.performer */
	{ 14271, 26, 30, M, 0 }, /* ServiceRequest.locationCode */
	{ 14284, 53, 31, M, 0 }, /* ServiceRequest.locationReference */
	{ 6091, 26, 32, M, 0 }, /* ServiceRequest.reasonCode */
	{ 6102, 53, 33, M, 0 }, /* ServiceRequest.reasonReference */
	{ 7318, 53, 34, M, 0 }, /* ServiceRequest.insurance */
	{ 6661, 53, 35, M, 0 }, /* ServiceRequest.supportingInfo */
	{ 9147, 53, 36, M, 0 }, /* ServiceRequest.specimen */
	{ 5579, 26, 37, M, 0 }, /* ServiceRequest.bodySite */
	{ 6005, 24, 38, M, 0 }, /* ServiceRequest.note */
	{ 420, 13, 39, 0, 0 }, /* ServiceRequest.patientInstruction */
	{ 8303, 53, 40, M, 0 }, /* ServiceRequest.relevantHistory */
	{ 0, 7, 0, 0, 0 }, /* Slot.id */
	{ 5164, 42, 1, 0, 0 }, /* Slot.meta */
	{ 5169, 16, 2, 0, 0 }, /* Slot.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Slot.language */
	{ 40, 44, 4, 0, 0 }, /* Slot.text */
	{ 5183, 63, 5, M, 0 }, /* Slot.contained */
	{ 3, 38, 6, M, 0 }, /* Slot.extension */
	{ 13, 38, 7, M, 0 }, /* Slot.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Slot.identifier */
	{ 6037, 26, 9, M, 0 }, /* Slot.serviceCategory */
	{ 6053, 26, 10, M, 0 }, /* Slot.serviceType */
	{ 6065, 26, 11, M, 0 }, /* Slot.specialty */
	{ 6075, 26, 12, 0, 0 }, /* Slot.appointmentType */
	{ 14302, 53, 13, R, 0 }, /* Slot.schedule */
	{ 4558, 3, 14, R, 0 }, /* Slot.status */
	{ 4656, 8, 15, R, 0 }, /* Slot.start */
	{ 4662, 8, 16, R, 0 }, /* Slot.end */
	{ 14311, 1, 17, 0, 0 }, /* Slot.overbooked */
	{ 667, 13, 18, 0, 0 }, /* Slot.comment */
	{ 0, 7, 0, 0, 0 }, /* Specimen.id */
	{ 5164, 42, 1, 0, 0 }, /* Specimen.meta */
	{ 5169, 16, 2, 0, 0 }, /* Specimen.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Specimen.language */
	{ 40, 44, 4, 0, 0 }, /* Specimen.text */
	{ 5183, 63, 5, M, 0 }, /* Specimen.contained */
	{ 3, 38, 6, M, 0 }, /* Specimen.extension */
	{ 13, 38, 7, M, 0 }, /* Specimen.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Specimen.identifier */
	{ 14322, 40, 9, 0, 0 }, /* Specimen.accessionIdentifier */
	{ 4558, 3, 10, 0, 0 }, /* Specimen.status */
	{ 35, 26, 11, 0, 0 }, /* Specimen.type */
	{ 296, 53, 12, 0, 0 }, /* Specimen.subject */
	{ 14342, 5, 13, 0, 0 }, /* Specimen.receivedTime */
	{ 6361, 53, 14, M, 0 }, /* Specimen.parent */
	{ 6353, 53, 15, M, 0 }, /* Specimen.request */
	{ 6368, 579, 16, 0, 0 }, /* Specimen.collection */
	{ 6379, 580, 17, M, 0 }, /* Specimen.processing */
	{ 14355, 581, 18, M, 0 }, /* Specimen.container */
	{ 3692, 26, 19, M, 0 }, /* Specimen.condition */
	{ 6005, 24, 20, M, 0 }, /* Specimen.note */
	{ 0, 7, 0, 0, 0 }, /* SpecimenDefinition.id */
	{ 5164, 42, 1, 0, 0 }, /* SpecimenDefinition.meta */
	{ 5169, 16, 2, 0, 0 }, /* SpecimenDefinition.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* SpecimenDefinition.language */
	{ 40, 44, 4, 0, 0 }, /* SpecimenDefinition.text */
	{ 5183, 63, 5, M, 0 }, /* SpecimenDefinition.contained */
	{ 3, 38, 6, M, 0 }, /* SpecimenDefinition.extension */
	{ 13, 38, 7, M, 0 }, /* SpecimenDefinition.modifierExtension */
	{ 4824, 40, 8, 0, 0 }, /* SpecimenDefinition.identifier */
	{ 14365, 26, 9, 0, 0 }, /* SpecimenDefinition.typeCollected */
	{ 14379, 26, 10, M, 0 }, /* SpecimenDefinition.patientPreparation */
	{ 14398, 13, 11, 0, 0 }, /* SpecimenDefinition.timeAspect */
	{ 6368, 26, 12, M, 0 }, /* SpecimenDefinition.collection */
	{ 14409, 582, 13, M, 0 }, /* SpecimenDefinition.typeTested */
	{ 0, 7, 0, 0, 0 }, /* StructureDefinition.id */
	{ 5164, 42, 1, 0, 0 }, /* StructureDefinition.meta */
	{ 5169, 16, 2, 0, 0 }, /* StructureDefinition.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* StructureDefinition.language */
	{ 40, 44, 4, 0, 0 }, /* StructureDefinition.text */
	{ 5183, 63, 5, M, 0 }, /* StructureDefinition.contained */
	{ 3, 38, 6, M, 0 }, /* StructureDefinition.extension */
	{ 13, 38, 7, M, 0 }, /* StructureDefinition.modifierExtension */
	{ 197, 16, 8, R, 0 }, /* StructureDefinition.url */
	{ 4824, 40, 9, M, 0 }, /* StructureDefinition.identifier */
	{ 233, 13, 10, 0, 0 }, /* StructureDefinition.version */
	{ 262, 13, 11, R, 0 }, /* StructureDefinition.name */
	{ 211, 13, 12, 0, 0 }, /* StructureDefinition.title */
	{ 4558, 3, 13, R, 0 }, /* StructureDefinition.status */
	{ 5248, 1, 14, 0, 0 }, /* StructureDefinition.experimental */
	{ 5261, 5, 15, 0, 0 }, /* StructureDefinition.date */
	{ 5266, 13, 16, 0, 0 }, /* StructureDefinition.publisher */
	{ 280, 28, 17, M, 0 }, /* StructureDefinition.contact */
	{ 3767, 10, 18, 0, 0 }, /* StructureDefinition.description */
	{ 5276, 60, 19, M, 0 }, /* StructureDefinition.useContext */
	{ 4545, 26, 20, M, 0 }, /* StructureDefinition.jurisdiction */
	{ 5287, 10, 21, 0, 0 }, /* StructureDefinition.purpose */
	{ 5301, 10, 22, 0, 0 }, /* StructureDefinition.copyright */
	{ 13983, 27, 23, M, 0 }, /* StructureDefinition.keyword */
	{ 6529, 3, 24, 0, 0 }, /* StructureDefinition.fhirVersion */
	{ 3759, 586, 25, M, 0 }, /* StructureDefinition.mapping */
	{ 5410, 3, 26, R, 0 }, /* StructureDefinition.kind */
	{ 14420, 1, 27, R, 0 }, /* StructureDefinition.abstract */
	{ 6892, 587, 28, M, 0 }, /* StructureDefinition.context */
	{ 14429, 13, 29, M, 0 }, /* StructureDefinition.contextInvariant */
	{ 35, 16, 30, R, 0 }, /* StructureDefinition.type */
	{ 14446, 2, 31, 0, 0 }, /* StructureDefinition.baseDefinition */
	{ 14461, 3, 32, 0, 0 }, /* StructureDefinition.derivation */
	{ 14472, 588, 33, 0, 0 }, /* StructureDefinition.snapshot */
	{ 14481, 589, 34, 0, 0 }, /* StructureDefinition.differential */
	{ 0, 7, 0, 0, 0 }, /* StructureMap.id */
	{ 5164, 42, 1, 0, 0 }, /* StructureMap.meta */
	{ 5169, 16, 2, 0, 0 }, /* StructureMap.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* StructureMap.language */
	{ 40, 44, 4, 0, 0 }, /* StructureMap.text */
	{ 5183, 63, 5, M, 0 }, /* StructureMap.contained */
	{ 3, 38, 6, M, 0 }, /* StructureMap.extension */
	{ 13, 38, 7, M, 0 }, /* StructureMap.modifierExtension */
	{ 197, 16, 8, R, 0 }, /* StructureMap.url */
	{ 4824, 40, 9, M, 0 }, /* StructureMap.identifier */
	{ 233, 13, 10, 0, 0 }, /* StructureMap.version */
	{ 262, 13, 11, R, 0 }, /* StructureMap.name */
	{ 211, 13, 12, 0, 0 }, /* StructureMap.title */
	{ 4558, 3, 13, R, 0 }, /* StructureMap.status */
	{ 5248, 1, 14, 0, 0 }, /* StructureMap.experimental */
	{ 5261, 5, 15, 0, 0 }, /* StructureMap.date */
	{ 5266, 13, 16, 0, 0 }, /* StructureMap.publisher */
	{ 280, 28, 17, M, 0 }, /* StructureMap.contact */
	{ 3767, 10, 18, 0, 0 }, /* StructureMap.description */
	{ 5276, 60, 19, M, 0 }, /* StructureMap.useContext */
	{ 4545, 26, 20, M, 0 }, /* StructureMap.jurisdiction */
	{ 5287, 10, 21, 0, 0 }, /* StructureMap.purpose */
	{ 5301, 10, 22, 0, 0 }, /* StructureMap.copyright */
	{ 14494, 590, 23, M, 0 }, /* StructureMap.structure */
	{ 14504, 2, 24, M, 0 }, /* StructureMap.import */
	{ 7957, 591, 25, M|R, 0 }, /* StructureMap.group */
	{ 0, 7, 0, 0, 0 }, /* Subscription.id */
	{ 5164, 42, 1, 0, 0 }, /* Subscription.meta */
	{ 5169, 16, 2, 0, 0 }, /* Subscription.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Subscription.language */
	{ 40, 44, 4, 0, 0 }, /* Subscription.text */
	{ 5183, 63, 5, M, 0 }, /* Subscription.contained */
	{ 3, 38, 6, M, 0 }, /* Subscription.extension */
	{ 13, 38, 7, M, 0 }, /* Subscription.modifierExtension */
	{ 4558, 3, 8, R, 0 }, /* Subscription.status */
	{ 280, 29, 9, M, 0 }, /* Subscription.contact */
	{ 4662, 8, 10, 0, 0 }, /* Subscription.end */
	{ 7104, 13, 11, R, 0 }, /* Subscription.reason */
	{ 14511, 13, 12, R, 0 }, /* Subscription.criteria */
	{ 7462, 13, 13, 0, 0 }, /* Subscription.error */
	{ 14520, 598, 14, R, 0 }, /* Subscription.channel */
	{ 0, 7, 0, 0, 0 }, /* Substance.id */
	{ 5164, 42, 1, 0, 0 }, /* Substance.meta */
	{ 5169, 16, 2, 0, 0 }, /* Substance.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Substance.language */
	{ 40, 44, 4, 0, 0 }, /* Substance.text */
	{ 5183, 63, 5, M, 0 }, /* Substance.contained */
	{ 3, 38, 6, M, 0 }, /* Substance.extension */
	{ 13, 38, 7, M, 0 }, /* Substance.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Substance.identifier */
	{ 4558, 3, 9, 0, 0 }, /* Substance.status */
	{ 5693, 26, 10, M, 0 }, /* Substance.category */
	{ 125, 26, 11, R, 0 }, /* Substance.code */
	{ 3767, 13, 12, 0, 0 }, /* Substance.description */
	{ 7142, 599, 13, M, 0 }, /* Substance.instance */
	{ 11295, 600, 14, M, 0 }, /* Substance.ingredient */
	{ 0, 7, 0, 0, 0 }, /* SubstanceNucleicAcid.id */
	{ 5164, 42, 1, 0, 0 }, /* SubstanceNucleicAcid.meta */
	{ 5169, 16, 2, 0, 0 }, /* SubstanceNucleicAcid.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* SubstanceNucleicAcid.language */
	{ 40, 44, 4, 0, 0 }, /* SubstanceNucleicAcid.text */
	{ 5183, 63, 5, M, 0 }, /* SubstanceNucleicAcid.contained */
	{ 3, 38, 6, M, 0 }, /* SubstanceNucleicAcid.extension */
	{ 13, 38, 7, M, 0 }, /* SubstanceNucleicAcid.modifierExtension */
	{ 14528, 26, 8, 0, 0 }, /* SubstanceNucleicAcid.sequenceType */
	{ 14541, 9, 9, 0, 0 }, /* SubstanceNucleicAcid.numberOfSubunits */
	{ 14558, 13, 10, 0, 0 }, /* SubstanceNucleicAcid.areaOfHybridisation */
	{ 14578, 26, 11, 0, 0 }, /* SubstanceNucleicAcid.oligoNucleotideType */
	{ 14598, 601, 12, M, 0 }, /* SubstanceNucleicAcid.subunit */
	{ 0, 7, 0, 0, 0 }, /* SubstancePolymer.id */
	{ 5164, 42, 1, 0, 0 }, /* SubstancePolymer.meta */
	{ 5169, 16, 2, 0, 0 }, /* SubstancePolymer.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* SubstancePolymer.language */
	{ 40, 44, 4, 0, 0 }, /* SubstancePolymer.text */
	{ 5183, 63, 5, M, 0 }, /* SubstancePolymer.contained */
	{ 3, 38, 6, M, 0 }, /* SubstancePolymer.extension */
	{ 13, 38, 7, M, 0 }, /* SubstancePolymer.modifierExtension */
	{ 8488, 26, 8, 0, 0 }, /* SubstancePolymer.class */
	{ 14606, 26, 9, 0, 0 }, /* SubstancePolymer.geometry */
	{ 14615, 26, 10, M, 0 }, /* SubstancePolymer.copolymerConnectivity */
	{ 14637, 13, 11, M, 0 }, /* SubstancePolymer.modification */
	{ 14650, 604, 12, M, 0 }, /* SubstancePolymer.monomerSet */
	{ 5102, 606, 13, M, 0 }, /* SubstancePolymer.repeat */
	{ 0, 7, 0, 0, 0 }, /* SubstanceProtein.id */
	{ 5164, 42, 1, 0, 0 }, /* SubstanceProtein.meta */
	{ 5169, 16, 2, 0, 0 }, /* SubstanceProtein.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* SubstanceProtein.language */
	{ 40, 44, 4, 0, 0 }, /* SubstanceProtein.text */
	{ 5183, 63, 5, M, 0 }, /* SubstanceProtein.contained */
	{ 3, 38, 6, M, 0 }, /* SubstanceProtein.extension */
	{ 13, 38, 7, M, 0 }, /* SubstanceProtein.modifierExtension */
	{ 14528, 26, 8, 0, 0 }, /* SubstanceProtein.sequenceType */
	{ 14541, 9, 9, 0, 0 }, /* SubstanceProtein.numberOfSubunits */
	{ 14661, 13, 10, M, 0 }, /* SubstanceProtein.disulfideLinkage */
	{ 14598, 610, 11, M, 0 }, /* SubstanceProtein.subunit */
	{ 0, 7, 0, 0, 0 }, /* SubstanceReferenceInformation.id */
	{ 5164, 42, 1, 0, 0 }, /* SubstanceReferenceInformation.meta */
	{ 5169, 16, 2, 0, 0 }, /* SubstanceReferenceInformation.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* SubstanceReferenceInformation.language */
	{ 40, 44, 4, 0, 0 }, /* SubstanceReferenceInformation.text */
	{ 5183, 63, 5, M, 0 }, /* SubstanceReferenceInformation.contained */
	{ 3, 38, 6, M, 0 }, /* SubstanceReferenceInformation.extension */
	{ 13, 38, 7, M, 0 }, /* SubstanceReferenceInformation.modifierExtension */
	{ 667, 13, 8, 0, 0 }, /* SubstanceReferenceInformation.comment */
	{ 14678, 611, 9, M, 0 }, /* SubstanceReferenceInformation.gene */
	{ 14683, 612, 10, M, 0 }, /* SubstanceReferenceInformation.geneElement */
	{ 6757, 613, 11, M, 0 }, /* SubstanceReferenceInformation.classification */
	{ 7924, 614, 12, M, 0 }, /* SubstanceReferenceInformation.target */
	{ 0, 7, 0, 0, 0 }, /* SubstanceSourceMaterial.id */
	{ 5164, 42, 1, 0, 0 }, /* SubstanceSourceMaterial.meta */
	{ 5169, 16, 2, 0, 0 }, /* SubstanceSourceMaterial.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* SubstanceSourceMaterial.language */
	{ 40, 44, 4, 0, 0 }, /* SubstanceSourceMaterial.text */
	{ 5183, 63, 5, M, 0 }, /* SubstanceSourceMaterial.contained */
	{ 3, 38, 6, M, 0 }, /* SubstanceSourceMaterial.extension */
	{ 13, 38, 7, M, 0 }, /* SubstanceSourceMaterial.modifierExtension */
	{ 14695, 26, 8, 0, 0 }, /* SubstanceSourceMaterial.sourceMaterialClass */
	{ 14715, 26, 9, 0, 0 }, /* SubstanceSourceMaterial.sourceMaterialType */
	{ 14734, 26, 10, 0, 0 }, /* SubstanceSourceMaterial.sourceMaterialState */
	{ 14754, 40, 11, 0, 0 }, /* SubstanceSourceMaterial.organismId */
	{ 14765, 13, 12, 0, 0 }, /* SubstanceSourceMaterial.organismName */
	{ 14778, 40, 13, M, 0 }, /* SubstanceSourceMaterial.parentSubstanceId */
	{ 14796, 13, 14, M, 0 }, /* SubstanceSourceMaterial.parentSubstanceName */
	{ 14816, 26, 15, M, 0 }, /* SubstanceSourceMaterial.countryOfOrigin */
	{ 14832, 13, 16, M, 0 }, /* SubstanceSourceMaterial.geographicalLocation */
	{ 14853, 26, 17, 0, 0 }, /* SubstanceSourceMaterial.developmentStage */
	{ 14870, 615, 18, M, 0 }, /* SubstanceSourceMaterial.fractionDescription */
	{ 14890, 616, 19, 0, 0 }, /* SubstanceSourceMaterial.organism */
	{ 14899, 620, 20, M, 0 }, /* SubstanceSourceMaterial.partDescription */
	{ 0, 7, 0, 0, 0 }, /* SubstanceSpecification.id */
	{ 5164, 42, 1, 0, 0 }, /* SubstanceSpecification.meta */
	{ 5169, 16, 2, 0, 0 }, /* SubstanceSpecification.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* SubstanceSpecification.language */
	{ 40, 44, 4, 0, 0 }, /* SubstanceSpecification.text */
	{ 5183, 63, 5, M, 0 }, /* SubstanceSpecification.contained */
	{ 3, 38, 6, M, 0 }, /* SubstanceSpecification.extension */
	{ 13, 38, 7, M, 0 }, /* SubstanceSpecification.modifierExtension */
	{ 4824, 40, 8, 0, 0 }, /* SubstanceSpecification.identifier */
	{ 35, 26, 9, 0, 0 }, /* SubstanceSpecification.type */
	{ 4558, 26, 10, 0, 0 }, /* SubstanceSpecification.status */
	{ 8237, 26, 11, 0, 0 }, /* SubstanceSpecification.domain */
	{ 3767, 13, 12, 0, 0 }, /* SubstanceSpecification.description */
	{ 4609, 53, 13, M, 0 }, /* SubstanceSpecification.source */
	{ 667, 13, 14, 0, 0 }, /* SubstanceSpecification.comment */
	{ 14915, 621, 15, M, 0 }, /* SubstanceSpecification.moiety */
	{ 7719, 622, 16, M, 0 }, /* SubstanceSpecification.property */
	{ 14922, 53, 17, 0, 0 }, /* SubstanceSpecification.referenceInformation */
	{ 14494, 623, 18, 0, 0 }, /* SubstanceSpecification.structure */
	{ 125, 627, 19, M, 0 }, /* SubstanceSpecification.code */
	{ 262, 628, 20, M, 0 }, /* SubstanceSpecification.name */
	{ 8469, 630, 21, M, 0 }, /* SubstanceSpecification.relationship */
	{ 14943, 53, 22, 0, 0 }, /* SubstanceSpecification.nucleicAcid */
	{ 14955, 53, 23, 0, 0 }, /* SubstanceSpecification.polymer */
	{ 14963, 53, 24, 0, 0 }, /* SubstanceSpecification.protein */
	{ 14971, 53, 25, 0, 0 }, /* SubstanceSpecification.sourceMaterial */
	{ 0, 7, 0, 0, 0 }, /* SupplyDelivery.id */
	{ 5164, 42, 1, 0, 0 }, /* SupplyDelivery.meta */
	{ 5169, 16, 2, 0, 0 }, /* SupplyDelivery.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* SupplyDelivery.language */
	{ 40, 44, 4, 0, 0 }, /* SupplyDelivery.text */
	{ 5183, 63, 5, M, 0 }, /* SupplyDelivery.contained */
	{ 3, 38, 6, M, 0 }, /* SupplyDelivery.extension */
	{ 13, 38, 7, M, 0 }, /* SupplyDelivery.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* SupplyDelivery.identifier */
	{ 6169, 53, 9, M, 0 }, /* SupplyDelivery.basedOn */
	{ 5232, 53, 10, M, 0 }, /* SupplyDelivery.partOf */
	{ 4558, 3, 11, 0, 0 }, /* SupplyDelivery.status */
	{ 5909, 53, 12, 0, 0 }, /* SupplyDelivery.patient */
	{ 35, 26, 13, 0, 0 }, /* SupplyDelivery.type */
	{ 14986, 631, 14, 0, 0 }, /* SupplyDelivery.suppliedItem */
	{ 6900, 391, 15, C, 3 }, /* SupplyDelivery.occurrence */
	{ 14999, 53, 16, 0, 0 }, /* SupplyDelivery.supplier */
	{ 11495, 53, 17, 0, 0 }, /* SupplyDelivery.destination */
	{ 11507, 53, 18, M, 0 }, /* SupplyDelivery.receiver */
	{ 0, 7, 0, 0, 0 }, /* SupplyRequest.id */
	{ 5164, 42, 1, 0, 0 }, /* SupplyRequest.meta */
	{ 5169, 16, 2, 0, 0 }, /* SupplyRequest.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* SupplyRequest.language */
	{ 40, 44, 4, 0, 0 }, /* SupplyRequest.text */
	{ 5183, 63, 5, M, 0 }, /* SupplyRequest.contained */
	{ 3, 38, 6, M, 0 }, /* SupplyRequest.extension */
	{ 13, 38, 7, M, 0 }, /* SupplyRequest.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* SupplyRequest.identifier */
	{ 4558, 3, 9, 0, 0 }, /* SupplyRequest.status */
	{ 5693, 26, 10, 0, 0 }, /* SupplyRequest.category */
	{ 5422, 3, 11, 0, 0 }, /* SupplyRequest.priority */
	{ 7337, 394, 12, R|C, 2 }, /* SupplyRequest.item */
	{ 5563, 50, 13, R, 0 }, /* SupplyRequest.quantity */
	{ 9074, 632, 14, M, 0 }, /* SupplyRequest.parameter */
	{ 6900, 396, 15, C, 3 }, /* SupplyRequest.occurrence */
	{ 7817, 5, 16, 0, 0 }, /* SupplyRequest.authoredOn */
	{ 7828, 53, 17, 0, 0 }, /* SupplyRequest.requester */
	{ 14999, 53, 18, M, 0 }, /* SupplyRequest.supplier */
	{ 6091, 26, 19, M, 0 }, /* SupplyRequest.reasonCode */
	{ 6102, 53, 20, M, 0 }, /* SupplyRequest.reasonReference */
	{ 15042, 53, 21, 0, 0 }, /* SupplyRequest.deliverFrom */
	{ 15054, 53, 22, 0, 0 }, /* SupplyRequest.deliverTo */
	{ 0, 7, 0, 0, 0 }, /* Task.id */
	{ 5164, 42, 1, 0, 0 }, /* Task.meta */
	{ 5169, 16, 2, 0, 0 }, /* Task.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* Task.language */
	{ 40, 44, 4, 0, 0 }, /* Task.text */
	{ 5183, 63, 5, M, 0 }, /* Task.contained */
	{ 3, 38, 6, M, 0 }, /* Task.extension */
	{ 13, 38, 7, M, 0 }, /* Task.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* Task.identifier */
	{ 6595, 2, 9, 0, 0 }, /* Task.instantiatesCanonical */
	{ 6617, 16, 10, 0, 0 }, /* Task.instantiatesUri */
	{ 6169, 53, 11, M, 0 }, /* Task.basedOn */
	{ 7801, 40, 12, 0, 0 }, /* Task.groupIdentifier */
	{ 5232, 53, 13, M, 0 }, /* Task.partOf */
	{ 4558, 3, 14, R, 0 }, /* Task.status */
	{ 7468, 26, 15, 0, 0 }, /* Task.statusReason */
	{ 15064, 26, 16, 0, 0 }, /* Task.businessStatus */
	{ 5415, 3, 17, R, 0 }, /* Task.intent */
	{ 5422, 3, 18, 0, 0 }, /* Task.priority */
	{ 125, 26, 19, 0, 0 }, /* Task.code */
	{ 3767, 13, 20, 0, 0 }, /* Task.description */
	{ 12846, 53, 21, 0, 0 }, /* Task.focus */
	{ 15079, 53, 22, 0, 0 }, /* Task.for */
	{ 5702, 53, 23, 0, 0 }, /* Task.encounter */
	{ 15083, 46, 24, 0, 0 }, /* Task.executionPeriod */
	{ 7817, 5, 25, 0, 0 }, /* Task.authoredOn */
	{ 15099, 5, 26, 0, 0 }, /* Task.lastModified */
	{ 7828, 53, 27, 0, 0 }, /* Task.requester */
	{ 9084, 26, 28, M, 0 }, /* Task.performerType */
	{ 5216, 53, 29, 0, 0 }, /* Task.owner */
	{ 5494, 53, 30, 0, 0 }, /* Task.location */
	{ 6091, 26, 31, 0, 0 }, /* Task.reasonCode */
	{ 6102, 53, 32, 0, 0 }, /* Task.reasonReference */
	{ 7318, 53, 33, M, 0 }, /* Task.insurance */
	{ 6005, 24, 34, M, 0 }, /* Task.note */
	{ 8303, 53, 35, M, 0 }, /* Task.relevantHistory */
	{ 15112, 633, 36, 0, 0 }, /* Task.restriction */
	{ 15124, 634, 37, M, 0 }, /* Task.input */
	{ 15130, 635, 38, M, 0 }, /* Task.output */
	{ 0, 7, 0, 0, 0 }, /* TerminologyCapabilities.id */
	{ 5164, 42, 1, 0, 0 }, /* TerminologyCapabilities.meta */
	{ 5169, 16, 2, 0, 0 }, /* TerminologyCapabilities.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* TerminologyCapabilities.language */
	{ 40, 44, 4, 0, 0 }, /* TerminologyCapabilities.text */
	{ 5183, 63, 5, M, 0 }, /* TerminologyCapabilities.contained */
	{ 3, 38, 6, M, 0 }, /* TerminologyCapabilities.extension */
	{ 13, 38, 7, M, 0 }, /* TerminologyCapabilities.modifierExtension */
	{ 197, 16, 8, 0, 0 }, /* TerminologyCapabilities.url */
	{ 233, 13, 9, 0, 0 }, /* TerminologyCapabilities.version */
	{ 262, 13, 10, 0, 0 }, /* TerminologyCapabilities.name */
	{ 211, 13, 11, 0, 0 }, /* TerminologyCapabilities.title */
	{ 4558, 3, 12, R, 0 }, /* TerminologyCapabilities.status */
	{ 5248, 1, 13, 0, 0 }, /* TerminologyCapabilities.experimental */
	{ 5261, 5, 14, R, 0 }, /* TerminologyCapabilities.date */
	{ 5266, 13, 15, 0, 0 }, /* TerminologyCapabilities.publisher */
	{ 280, 28, 16, M, 0 }, /* TerminologyCapabilities.contact */
	{ 3767, 10, 17, 0, 0 }, /* TerminologyCapabilities.description */
	{ 5276, 60, 18, M, 0 }, /* TerminologyCapabilities.useContext */
	{ 4545, 26, 19, M, 0 }, /* TerminologyCapabilities.jurisdiction */
	{ 5287, 10, 20, 0, 0 }, /* TerminologyCapabilities.purpose */
	{ 5301, 10, 21, 0, 0 }, /* TerminologyCapabilities.copyright */
	{ 5410, 3, 22, R, 0 }, /* TerminologyCapabilities.kind */
	{ 6505, 636, 23, 0, 0 }, /* TerminologyCapabilities.software */
	{ 6514, 637, 24, 0, 0 }, /* TerminologyCapabilities.implementation */
	{ 15137, 1, 25, 0, 0 }, /* TerminologyCapabilities.lockedDate */
	{ 15148, 638, 26, M, 0 }, /* TerminologyCapabilities.codeSystem */
	{ 15159, 641, 27, 0, 0 }, /* TerminologyCapabilities.expansion */
	{ 15169, 3, 28, 0, 0 }, /* TerminologyCapabilities.codeSearch */
	{ 15180, 643, 29, 0, 0 }, /* TerminologyCapabilities.validateCode */
	{ 15193, 644, 30, 0, 0 }, /* TerminologyCapabilities.translation */
	{ 15205, 645, 31, 0, 0 }, /* TerminologyCapabilities.closure */
	{ 0, 7, 0, 0, 0 }, /* TestReport.id */
	{ 5164, 42, 1, 0, 0 }, /* TestReport.meta */
	{ 5169, 16, 2, 0, 0 }, /* TestReport.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* TestReport.language */
	{ 40, 44, 4, 0, 0 }, /* TestReport.text */
	{ 5183, 63, 5, M, 0 }, /* TestReport.contained */
	{ 3, 38, 6, M, 0 }, /* TestReport.extension */
	{ 13, 38, 7, M, 0 }, /* TestReport.modifierExtension */
	{ 4824, 40, 8, 0, 0 }, /* TestReport.identifier */
	{ 262, 13, 9, 0, 0 }, /* TestReport.name */
	{ 4558, 3, 10, R, 0 }, /* TestReport.status */
	{ 15213, 53, 11, R, 0 }, /* TestReport.testScript */
	{ 9156, 3, 12, R, 0 }, /* TestReport.result */
	{ 15224, 6, 13, 0, 0 }, /* TestReport.score */
	{ 15230, 13, 14, 0, 0 }, /* TestReport.tester */
	{ 8197, 5, 15, 0, 0 }, /* TestReport.issued */
	{ 5503, 646, 16, M, 0 }, /* TestReport.participant */
	{ 15237, 647, 17, 0, 0 }, /* TestReport.setup */
	{ 15243, 651, 18, M, 0 }, /* TestReport.test */
	{ 15248, 653, 19, 0, 0 }, /* TestReport.teardown */
	{ 0, 7, 0, 0, 0 }, /* TestScript.id */
	{ 5164, 42, 1, 0, 0 }, /* TestScript.meta */
	{ 5169, 16, 2, 0, 0 }, /* TestScript.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* TestScript.language */
	{ 40, 44, 4, 0, 0 }, /* TestScript.text */
	{ 5183, 63, 5, M, 0 }, /* TestScript.contained */
	{ 3, 38, 6, M, 0 }, /* TestScript.extension */
	{ 13, 38, 7, M, 0 }, /* TestScript.modifierExtension */
	{ 197, 16, 8, R, 0 }, /* TestScript.url */
	{ 4824, 40, 9, 0, 0 }, /* TestScript.identifier */
	{ 233, 13, 10, 0, 0 }, /* TestScript.version */
	{ 262, 13, 11, R, 0 }, /* TestScript.name */
	{ 211, 13, 12, 0, 0 }, /* TestScript.title */
	{ 4558, 3, 13, R, 0 }, /* TestScript.status */
	{ 5248, 1, 14, 0, 0 }, /* TestScript.experimental */
	{ 5261, 5, 15, 0, 0 }, /* TestScript.date */
	{ 5266, 13, 16, 0, 0 }, /* TestScript.publisher */
	{ 280, 28, 17, M, 0 }, /* TestScript.contact */
	{ 3767, 10, 18, 0, 0 }, /* TestScript.description */
	{ 5276, 60, 19, M, 0 }, /* TestScript.useContext */
	{ 4545, 26, 20, M, 0 }, /* TestScript.jurisdiction */
	{ 5287, 10, 21, 0, 0 }, /* TestScript.purpose */
	{ 5301, 10, 22, 0, 0 }, /* TestScript.copyright */
	{ 4922, 655, 23, M, 0 }, /* TestScript.origin */
	{ 11495, 656, 24, M, 0 }, /* TestScript.destination */
	{ 15257, 657, 25, 0, 0 }, /* TestScript.metadata */
	{ 15266, 660, 26, M, 0 }, /* TestScript.fixture */
	{ 288, 53, 27, M, 0 }, /* TestScript.profile */
	{ 15274, 661, 28, M, 0 }, /* TestScript.variable */
	{ 15237, 662, 29, 0, 0 }, /* TestScript.setup */
	{ 15243, 667, 30, M, 0 }, /* TestScript.test */
	{ 15248, 669, 31, 0, 0 }, /* TestScript.teardown */
	{ 0, 7, 0, 0, 0 }, /* ValueSet.id */
	{ 5164, 42, 1, 0, 0 }, /* ValueSet.meta */
	{ 5169, 16, 2, 0, 0 }, /* ValueSet.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* ValueSet.language */
	{ 40, 44, 4, 0, 0 }, /* ValueSet.text */
	{ 5183, 63, 5, M, 0 }, /* ValueSet.contained */
	{ 3, 38, 6, M, 0 }, /* ValueSet.extension */
	{ 13, 38, 7, M, 0 }, /* ValueSet.modifierExtension */
	{ 197, 16, 8, 0, 0 }, /* ValueSet.url */
	{ 4824, 40, 9, M, 0 }, /* ValueSet.identifier */
	{ 233, 13, 10, 0, 0 }, /* ValueSet.version */
	{ 262, 13, 11, 0, 0 }, /* ValueSet.name */
	{ 211, 13, 12, 0, 0 }, /* ValueSet.title */
	{ 4558, 3, 13, R, 0 }, /* ValueSet.status */
	{ 5248, 1, 14, 0, 0 }, /* ValueSet.experimental */
	{ 5261, 5, 15, 0, 0 }, /* ValueSet.date */
	{ 5266, 13, 16, 0, 0 }, /* ValueSet.publisher */
	{ 280, 28, 17, M, 0 }, /* ValueSet.contact */
	{ 3767, 10, 18, 0, 0 }, /* ValueSet.description */
	{ 5276, 60, 19, M, 0 }, /* ValueSet.useContext */
	{ 4545, 26, 20, M, 0 }, /* ValueSet.jurisdiction */
	{ 15283, 1, 21, 0, 0 }, /* ValueSet.immutable */
	{ 5287, 10, 22, 0, 0 }, /* ValueSet.purpose */
	{ 5301, 10, 23, 0, 0 }, /* ValueSet.copyright */
	{ 15293, 671, 24, 0, 0 }, /* ValueSet.compose */
	{ 15159, 676, 25, 0, 0 }, /* ValueSet.expansion */
	{ 0, 7, 0, 0, 0 }, /* VerificationResult.id */
	{ 5164, 42, 1, 0, 0 }, /* VerificationResult.meta */
	{ 5169, 16, 2, 0, 0 }, /* VerificationResult.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* VerificationResult.language */
	{ 40, 44, 4, 0, 0 }, /* VerificationResult.text */
	{ 5183, 63, 5, M, 0 }, /* VerificationResult.contained */
	{ 3, 38, 6, M, 0 }, /* VerificationResult.extension */
	{ 13, 38, 7, M, 0 }, /* VerificationResult.modifierExtension */
	{ 7924, 53, 8, M, 0 }, /* VerificationResult.target */
	{ 15301, 13, 9, M, 0 }, /* VerificationResult.targetLocation */
	{ 15316, 26, 10, 0, 0 }, /* VerificationResult.need */
	{ 4558, 3, 11, R, 0 }, /* VerificationResult.status */
	{ 10008, 5, 12, 0, 0 }, /* VerificationResult.statusDate */
	{ 15321, 26, 13, 0, 0 }, /* VerificationResult.validationType */
	{ 15336, 26, 14, M, 0 }, /* VerificationResult.validationProcess */
	{ 15354, 58, 15, 0, 0 }, /* VerificationResult.frequency */
	{ 15364, 5, 16, 0, 0 }, /* VerificationResult.lastPerformed */
	{ 15378, 4, 17, 0, 0 }, /* VerificationResult.nextScheduled */
	{ 15392, 26, 18, 0, 0 }, /* VerificationResult.failureAction */
	{ 10545, 679, 19, M, 0 }, /* VerificationResult.primarySource */
	{ 15406, 680, 20, 0, 0 }, /* VerificationResult.attestation */
	{ 15418, 681, 21, M, 0 }, /* VerificationResult.validator */
	{ 0, 7, 0, 0, 0 }, /* VisionPrescription.id */
	{ 5164, 42, 1, 0, 0 }, /* VisionPrescription.meta */
	{ 5169, 16, 2, 0, 0 }, /* VisionPrescription.implicitRules */
	{ 183, 3, 3, 0, 0 }, /* VisionPrescription.language */
	{ 40, 44, 4, 0, 0 }, /* VisionPrescription.text */
	{ 5183, 63, 5, M, 0 }, /* VisionPrescription.contained */
	{ 3, 38, 6, M, 0 }, /* VisionPrescription.extension */
	{ 13, 38, 7, M, 0 }, /* VisionPrescription.modifierExtension */
	{ 4824, 40, 8, M, 0 }, /* VisionPrescription.identifier */
	{ 4558, 3, 9, R, 0 }, /* VisionPrescription.status */
	{ 6161, 5, 10, R, 0 }, /* VisionPrescription.created */
	{ 5909, 53, 11, R, 0 }, /* VisionPrescription.patient */
	{ 5702, 53, 12, 0, 0 }, /* VisionPrescription.encounter */
	{ 15428, 5, 13, R, 0 }, /* VisionPrescription.dateWritten */
	{ 15440, 53, 14, R, 0 }, /* VisionPrescription.prescriber */
	{ 15451, 682, 15, M|R, 0 }, /* VisionPrescription.lensSpecification */
	{ 0, 13, 0, A, 0 }, /* DataRequirement.codeFilter.id */
	{ 3, 38, 1, M, 0 }, /* DataRequirement.codeFilter.extension */
	{ 586, 13, 2, 0, 0 }, /* DataRequirement.codeFilter.path */
	{ 15469, 13, 3, 0, 0 }, /* DataRequirement.codeFilter.searchParam */
	{ 7632, 2, 4, 0, 0 }, /* DataRequirement.codeFilter.valueSet */
	{ 125, 27, 5, M, 0 }, /* DataRequirement.codeFilter.code */
	{ 0, 13, 0, A, 0 }, /* DataRequirement.dateFilter.id */
	{ 3, 38, 1, M, 0 }, /* DataRequirement.dateFilter.extension */
	{ 586, 13, 2, 0, 0 }, /* DataRequirement.dateFilter.path */
	{ 15469, 13, 3, 0, 0 }, /* DataRequirement.dateFilter.searchParam */
	{ 96, 399, 4, C, 3 }, /* DataRequirement.dateFilter.value */
	{ 0, 13, 0, A, 0 }, /* DataRequirement.sort.id */
	{ 3, 38, 1, M, 0 }, /* DataRequirement.sort.extension */
	{ 586, 13, 2, R, 0 }, /* DataRequirement.sort.path */
	{ 15481, 3, 3, R, 0 }, /* DataRequirement.sort.direction */
	{ 0, 13, 0, A, 0 }, /* Dosage.doseAndRate.id */
	{ 3, 38, 1, M, 0 }, /* Dosage.doseAndRate.extension */
	{ 35, 26, 2, 0, 0 }, /* Dosage.doseAndRate.type */
	{ 15491, 402, 3, C, 2 }, /* Dosage.doseAndRate.dose */
	{ 15506, 404, 4, C, 3 }, /* Dosage.doseAndRate.rate */
	{ 0, 13, 0, A, 0 }, /* ElementDefinition.slicing.id */
	{ 3, 38, 1, M, 0 }, /* ElementDefinition.slicing.extension */
	{ 15544, 216, 2, M, 0 }, /* ElementDefinition.slicing.discriminator */
	{ 3767, 13, 3, 0, 0 }, /* ElementDefinition.slicing.description */
	{ 15558, 1, 4, 0, 0 }, /* ElementDefinition.slicing.ordered */
	{ 15566, 3, 5, R, 0 }, /* ElementDefinition.slicing.rules */
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
	{ 15572, 2, 4, M, 0 }, /* ElementDefinition.type.targetProfile */
	{ 15586, 3, 5, M, 0 }, /* ElementDefinition.type.aggregation */
	{ 15598, 3, 6, 0, 0 }, /* ElementDefinition.type.versioning */
	{ 0, 13, 0, A, 0 }, /* ElementDefinition.example.id */
	{ 3, 38, 1, M, 0 }, /* ElementDefinition.example.extension */
	{ 636, 13, 2, R, 0 }, /* ElementDefinition.example.label */
	{ 96, 407, 3, R|C, 50 }, /* ElementDefinition.example.value */
	{ 0, 13, 0, A, 0 }, /* ElementDefinition.constraint.id */
	{ 3, 38, 1, M, 0 }, /* ElementDefinition.constraint.extension */
	{ 15609, 7, 2, R, 0 }, /* ElementDefinition.constraint.key */
	{ 675, 13, 3, 0, 0 }, /* ElementDefinition.constraint.requirements */
	{ 5765, 3, 4, R, 0 }, /* ElementDefinition.constraint.severity */
	{ 15613, 13, 5, R, 0 }, /* ElementDefinition.constraint.human */
	{ 3779, 13, 6, 0, 0 }, /* ElementDefinition.constraint.expression */
	{ 14147, 13, 7, 0, 0 }, /* ElementDefinition.constraint.xpath */
	{ 4609, 2, 8, 0, 0 }, /* ElementDefinition.constraint.source */
	{ 0, 13, 0, A, 0 }, /* ElementDefinition.binding.id */
	{ 3, 38, 1, M, 0 }, /* ElementDefinition.binding.extension */
	{ 15619, 3, 2, R, 0 }, /* ElementDefinition.binding.strength */
	{ 3767, 13, 3, 0, 0 }, /* ElementDefinition.binding.description */
	{ 7632, 2, 4, 0, 0 }, /* ElementDefinition.binding.valueSet */
	{ 0, 13, 0, A, 0 }, /* ElementDefinition.mapping.id */
	{ 3, 38, 1, M, 0 }, /* ElementDefinition.mapping.extension */
	{ 15628, 7, 2, R, 0 }, /* ElementDefinition.mapping.identity */
	{ 183, 3, 3, 0, 0 }, /* ElementDefinition.mapping.language */
	{ 15637, 13, 4, R, 0 }, /* ElementDefinition.mapping.map */
	{ 667, 13, 5, 0, 0 }, /* ElementDefinition.mapping.comment */
	{ 0, 13, 0, A, 0 }, /* SubstanceAmount.referenceRange.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceAmount.referenceRange.extension */
	{ 15641, 50, 2, 0, 0 }, /* SubstanceAmount.referenceRange.lowLimit */
	{ 15650, 50, 3, 0, 0 }, /* SubstanceAmount.referenceRange.highLimit */
	{ 0, 13, 0, A, 0 }, /* Timing.repeat.id */
	{ 3, 38, 1, M, 0 }, /* Timing.repeat.extension */
	{ 15660, 457, 2, C, 3 }, /* Timing.repeat.bounds */
	{ 7706, 12, 3, 0, 0 }, /* Timing.repeat.count */
	{ 15707, 12, 4, 0, 0 }, /* Timing.repeat.countMax */
	{ 11286, 6, 5, 0, 0 }, /* Timing.repeat.duration */
	{ 15716, 6, 6, 0, 0 }, /* Timing.repeat.durationMax */
	{ 15728, 3, 7, 0, 0 }, /* Timing.repeat.durationUnit */
	{ 15354, 12, 8, 0, 0 }, /* Timing.repeat.frequency */
	{ 15741, 12, 9, 0, 0 }, /* Timing.repeat.frequencyMax */
	{ 89, 6, 10, 0, 0 }, /* Timing.repeat.period */
	{ 15754, 6, 11, 0, 0 }, /* Timing.repeat.periodMax */
	{ 15764, 3, 12, 0, 0 }, /* Timing.repeat.periodUnit */
	{ 15775, 3, 13, M, 0 }, /* Timing.repeat.dayOfWeek */
	{ 15785, 14, 14, M, 0 }, /* Timing.repeat.timeOfDay */
	{ 4969, 3, 15, M, 0 }, /* Timing.repeat.when */
	{ 15795, 15, 16, 0, 0 }, /* Timing.repeat.offset */
	{ 0, 13, 0, A, 0 }, /* Account.coverage.id */
	{ 3, 38, 1, M, 0 }, /* Account.coverage.extension */
	{ 13, 38, 2, M, 0 }, /* Account.coverage.modifierExtension */
	{ 5207, 53, 3, R, 0 }, /* Account.coverage.coverage */
	{ 5422, 12, 4, 0, 0 }, /* Account.coverage.priority */
	{ 0, 13, 0, A, 0 }, /* Account.guarantor.id */
	{ 3, 38, 1, M, 0 }, /* Account.guarantor.extension */
	{ 13, 38, 2, M, 0 }, /* Account.guarantor.modifierExtension */
	{ 15802, 53, 3, R, 0 }, /* Account.guarantor.party */
	{ 15808, 1, 4, 0, 0 }, /* Account.guarantor.onHold */
	{ 89, 46, 5, 0, 0 }, /* Account.guarantor.period */
	{ 0, 13, 0, A, 0 }, /* ActivityDefinition.participant.id */
	{ 3, 38, 1, M, 0 }, /* ActivityDefinition.participant.extension */
	{ 13, 38, 2, M, 0 }, /* ActivityDefinition.participant.modifierExtension */
	{ 35, 3, 3, R, 0 }, /* ActivityDefinition.participant.type */
	{ 12514, 26, 4, 0, 0 }, /* ActivityDefinition.participant.role */
	{ 0, 13, 0, A, 0 }, /* ActivityDefinition.dynamicValue.id */
	{ 3, 38, 1, M, 0 }, /* ActivityDefinition.dynamicValue.extension */
	{ 13, 38, 2, M, 0 }, /* ActivityDefinition.dynamicValue.modifierExtension */
	{ 586, 13, 3, R, 0 }, /* ActivityDefinition.dynamicValue.path */
	{ 3779, 37, 4, R, 0 }, /* ActivityDefinition.dynamicValue.expression */
	{ 0, 13, 0, A, 0 }, /* AdverseEvent.suspectEntity.id */
	{ 3, 38, 1, M, 0 }, /* AdverseEvent.suspectEntity.extension */
	{ 13, 38, 2, M, 0 }, /* AdverseEvent.suspectEntity.modifierExtension */
	{ 7142, 53, 3, R, 0 }, /* AdverseEvent.suspectEntity.instance */
	{ 15815, 230, 4, M, 0 }, /* AdverseEvent.suspectEntity.causality */
	{ 0, 13, 0, A, 0 }, /* AdverseEvent.suspectEntity.causality.id */
	{ 3, 38, 1, M, 0 }, /* AdverseEvent.suspectEntity.causality.extension */
	{ 13, 38, 2, M, 0 }, /* AdverseEvent.suspectEntity.causality.modifierExtension */
	{ 15825, 26, 3, 0, 0 }, /* AdverseEvent.suspectEntity.causality.assessment */
	{ 15836, 13, 4, 0, 0 }, /* AdverseEvent.suspectEntity.causality.productRelatedness */
	{ 130, 53, 5, 0, 0 }, /* AdverseEvent.suspectEntity.causality.author */
	{ 506, 26, 6, 0, 0 }, /* AdverseEvent.suspectEntity.causality.method */
	{ 0, 13, 0, A, 0 }, /* AllergyIntolerance.reaction.id */
	{ 3, 38, 1, M, 0 }, /* AllergyIntolerance.reaction.extension */
	{ 13, 38, 2, M, 0 }, /* AllergyIntolerance.reaction.modifierExtension */
	{ 12558, 26, 3, 0, 0 }, /* AllergyIntolerance.reaction.substance */
	{ 15855, 26, 4, M|R, 0 }, /* AllergyIntolerance.reaction.manifestation */
	{ 3767, 13, 5, 0, 0 }, /* AllergyIntolerance.reaction.description */
	{ 5917, 5, 6, 0, 0 }, /* AllergyIntolerance.reaction.onset */
	{ 5765, 3, 7, 0, 0 }, /* AllergyIntolerance.reaction.severity */
	{ 15869, 26, 8, 0, 0 }, /* AllergyIntolerance.reaction.exposureRoute */
	{ 6005, 24, 9, M, 0 }, /* AllergyIntolerance.reaction.note */
	{ 0, 13, 0, A, 0 }, /* Appointment.participant.id */
	{ 3, 38, 1, M, 0 }, /* Appointment.participant.extension */
	{ 13, 38, 2, M, 0 }, /* Appointment.participant.modifierExtension */
	{ 35, 26, 3, M, 0 }, /* Appointment.participant.type */
	{ 6221, 53, 4, 0, 0 }, /* Appointment.participant.actor */
	{ 15883, 3, 5, 0, 0 }, /* Appointment.participant.required */
	{ 4558, 3, 6, R, 0 }, /* Appointment.participant.status */
	{ 89, 46, 7, 0, 0 }, /* Appointment.participant.period */
	{ 0, 13, 0, A, 0 }, /* AuditEvent.agent.id */
	{ 3, 38, 1, M, 0 }, /* AuditEvent.agent.extension */
	{ 13, 38, 2, M, 0 }, /* AuditEvent.agent.modifierExtension */
	{ 35, 26, 3, 0, 0 }, /* AuditEvent.agent.type */
	{ 12514, 26, 4, M, 0 }, /* AuditEvent.agent.role */
	{ 4974, 53, 5, 0, 0 }, /* AuditEvent.agent.who */
	{ 15892, 13, 6, 0, 0 }, /* AuditEvent.agent.altId */
	{ 262, 13, 7, 0, 0 }, /* AuditEvent.agent.name */
	{ 7342, 1, 8, R, 0 }, /* AuditEvent.agent.requestor */
	{ 5494, 53, 9, 0, 0 }, /* AuditEvent.agent.location */
	{ 8127, 16, 10, M, 0 }, /* AuditEvent.agent.policy */
	{ 9176, 27, 11, 0, 0 }, /* AuditEvent.agent.media */
	{ 8500, 234, 12, 0, 0 }, /* AuditEvent.agent.network */
	{ 15898, 26, 13, M, 0 }, /* AuditEvent.agent.purposeOfUse */
	{ 0, 13, 0, A, 0 }, /* AuditEvent.agent.network.id */
	{ 3, 38, 1, M, 0 }, /* AuditEvent.agent.network.extension */
	{ 13, 38, 2, M, 0 }, /* AuditEvent.agent.network.modifierExtension */
	{ 9518, 13, 3, 0, 0 }, /* AuditEvent.agent.network.address */
	{ 35, 3, 4, 0, 0 }, /* AuditEvent.agent.network.type */
	{ 0, 13, 0, A, 0 }, /* AuditEvent.source.id */
	{ 3, 38, 1, M, 0 }, /* AuditEvent.source.extension */
	{ 13, 38, 2, M, 0 }, /* AuditEvent.source.modifierExtension */
	{ 495, 13, 3, 0, 0 }, /* AuditEvent.source.site */
	{ 15911, 53, 4, R, 0 }, /* AuditEvent.source.observer */
	{ 35, 27, 5, M, 0 }, /* AuditEvent.source.type */
	{ 0, 13, 0, A, 0 }, /* AuditEvent.entity.id */
	{ 3, 38, 1, M, 0 }, /* AuditEvent.entity.extension */
	{ 13, 38, 2, M, 0 }, /* AuditEvent.entity.modifierExtension */
	{ 15920, 53, 3, 0, 0 }, /* AuditEvent.entity.what */
	{ 35, 27, 4, 0, 0 }, /* AuditEvent.entity.type */
	{ 12514, 27, 5, 0, 0 }, /* AuditEvent.entity.role */
	{ 15925, 27, 6, 0, 0 }, /* AuditEvent.entity.lifecycle */
	{ 9263, 27, 7, M, 0 }, /* AuditEvent.entity.securityLabel */
	{ 262, 13, 8, 0, 0 }, /* AuditEvent.entity.name */
	{ 3767, 13, 9, 0, 0 }, /* AuditEvent.entity.description */
	{ 15935, 0, 10, 0, 0 }, /* AuditEvent.entity.query */
	{ 8642, 237, 11, M, 0 }, /* AuditEvent.entity.detail */
	{ 0, 13, 0, A, 0 }, /* AuditEvent.entity.detail.id */
	{ 3, 38, 1, M, 0 }, /* AuditEvent.entity.detail.extension */
	{ 13, 38, 2, M, 0 }, /* AuditEvent.entity.detail.modifierExtension */
	{ 35, 13, 3, R, 0 }, /* AuditEvent.entity.detail.type */
	{ 96, 460, 4, R|C, 2 }, /* AuditEvent.entity.detail.value */
	{ 0, 13, 0, A, 0 }, /* BiologicallyDerivedProduct.collection.id */
	{ 3, 38, 1, M, 0 }, /* BiologicallyDerivedProduct.collection.extension */
	{ 13, 38, 2, M, 0 }, /* BiologicallyDerivedProduct.collection.modifierExtension */
	{ 15941, 53, 3, 0, 0 }, /* BiologicallyDerivedProduct.collection.collector */
	{ 4609, 53, 4, 0, 0 }, /* BiologicallyDerivedProduct.collection.source */
	{ 15951, 462, 5, C, 2 }, /* BiologicallyDerivedProduct.collection.collected */
	{ 0, 13, 0, A, 0 }, /* BiologicallyDerivedProduct.processing.id */
	{ 3, 38, 1, M, 0 }, /* BiologicallyDerivedProduct.processing.extension */
	{ 13, 38, 2, M, 0 }, /* BiologicallyDerivedProduct.processing.modifierExtension */
	{ 3767, 13, 3, 0, 0 }, /* BiologicallyDerivedProduct.processing.description */
	{ 7308, 26, 4, 0, 0 }, /* BiologicallyDerivedProduct.processing.procedure */
	{ 15995, 53, 5, 0, 0 }, /* BiologicallyDerivedProduct.processing.additive */
	{ 166, 464, 6, C, 2 }, /* BiologicallyDerivedProduct.processing.time */
	{ 0, 13, 0, A, 0 }, /* BiologicallyDerivedProduct.manipulation.id */
	{ 3, 38, 1, M, 0 }, /* BiologicallyDerivedProduct.manipulation.extension */
	{ 13, 38, 2, M, 0 }, /* BiologicallyDerivedProduct.manipulation.modifierExtension */
	{ 3767, 13, 3, 0, 0 }, /* BiologicallyDerivedProduct.manipulation.description */
	{ 166, 466, 4, C, 2 }, /* BiologicallyDerivedProduct.manipulation.time */
	{ 0, 13, 0, A, 0 }, /* BiologicallyDerivedProduct.storage.id */
	{ 3, 38, 1, M, 0 }, /* BiologicallyDerivedProduct.storage.extension */
	{ 13, 38, 2, M, 0 }, /* BiologicallyDerivedProduct.storage.modifierExtension */
	{ 3767, 13, 3, 0, 0 }, /* BiologicallyDerivedProduct.storage.description */
	{ 16028, 6, 4, 0, 0 }, /* BiologicallyDerivedProduct.storage.temperature */
	{ 16040, 3, 5, 0, 0 }, /* BiologicallyDerivedProduct.storage.scale */
	{ 11286, 46, 6, 0, 0 }, /* BiologicallyDerivedProduct.storage.duration */
	{ 0, 13, 0, A, 0 }, /* Bundle.link.id */
	{ 3, 38, 1, M, 0 }, /* Bundle.link.extension */
	{ 13, 38, 2, M, 0 }, /* Bundle.link.modifierExtension */
	{ 16046, 13, 3, R, 0 }, /* Bundle.link.relation */
	{ 197, 16, 4, R, 0 }, /* Bundle.link.url */
	{ 0, 13, 0, A, 0 }, /* Bundle.entry.id */
	{ 3, 38, 1, M, 0 }, /* Bundle.entry.extension */
	{ 13, 38, 2, M, 0 }, /* Bundle.entry.modifierExtension */
	{ 6463, 242, 3, M, 0 }, /* Bundle.entry.link */
	{ 16055, 16, 4, 0, 0 }, /* Bundle.entry.fullUrl */
	{ 4913, 63, 5, 0, 0 }, /* Bundle.entry.resource */
	{ 7838, 244, 6, 0, 0 }, /* Bundle.entry.search */
	{ 6353, 245, 7, 0, 0 }, /* Bundle.entry.request */
	{ 12903, 246, 8, 0, 0 }, /* Bundle.entry.response */
	{ 0, 13, 0, A, 0 }, /* Bundle.entry.search.id */
	{ 3, 38, 1, M, 0 }, /* Bundle.entry.search.extension */
	{ 13, 38, 2, M, 0 }, /* Bundle.entry.search.modifierExtension */
	{ 10987, 3, 3, 0, 0 }, /* Bundle.entry.search.mode */
	{ 15224, 6, 4, 0, 0 }, /* Bundle.entry.search.score */
	{ 0, 13, 0, A, 0 }, /* Bundle.entry.request.id */
	{ 3, 38, 1, M, 0 }, /* Bundle.entry.request.extension */
	{ 13, 38, 2, M, 0 }, /* Bundle.entry.request.modifierExtension */
	{ 506, 3, 3, R, 0 }, /* Bundle.entry.request.method */
	{ 197, 16, 4, R, 0 }, /* Bundle.entry.request.url */
	{ 16063, 13, 5, 0, 0 }, /* Bundle.entry.request.ifNoneMatch */
	{ 16075, 8, 6, 0, 0 }, /* Bundle.entry.request.ifModifiedSince */
	{ 16091, 13, 7, 0, 0 }, /* Bundle.entry.request.ifMatch */
	{ 16099, 13, 8, 0, 0 }, /* Bundle.entry.request.ifNoneExist */
	{ 0, 13, 0, A, 0 }, /* Bundle.entry.response.id */
	{ 3, 38, 1, M, 0 }, /* Bundle.entry.response.extension */
	{ 13, 38, 2, M, 0 }, /* Bundle.entry.response.modifierExtension */
	{ 4558, 13, 3, R, 0 }, /* Bundle.entry.response.status */
	{ 5494, 16, 4, 0, 0 }, /* Bundle.entry.response.location */
	{ 16111, 13, 5, 0, 0 }, /* Bundle.entry.response.etag */
	{ 15099, 8, 6, 0, 0 }, /* Bundle.entry.response.lastModified */
	{ 5774, 63, 7, 0, 0 }, /* Bundle.entry.response.outcome */
	{ 0, 13, 0, A, 0 }, /* CapabilityStatement.software.id */
	{ 3, 38, 1, M, 0 }, /* CapabilityStatement.software.extension */
	{ 13, 38, 2, M, 0 }, /* CapabilityStatement.software.modifierExtension */
	{ 262, 13, 3, R, 0 }, /* CapabilityStatement.software.name */
	{ 233, 13, 4, 0, 0 }, /* CapabilityStatement.software.version */
	{ 16116, 5, 5, 0, 0 }, /* CapabilityStatement.software.releaseDate */
	{ 0, 13, 0, A, 0 }, /* CapabilityStatement.implementation.id */
	{ 3, 38, 1, M, 0 }, /* CapabilityStatement.implementation.extension */
	{ 13, 38, 2, M, 0 }, /* CapabilityStatement.implementation.modifierExtension */
	{ 3767, 13, 3, R, 0 }, /* CapabilityStatement.implementation.description */
	{ 197, 17, 4, 0, 0 }, /* CapabilityStatement.implementation.url */
	{ 7870, 53, 5, 0, 0 }, /* CapabilityStatement.implementation.custodian */
	{ 0, 13, 0, A, 0 }, /* CapabilityStatement.rest.id */
	{ 3, 38, 1, M, 0 }, /* CapabilityStatement.rest.extension */
	{ 13, 38, 2, M, 0 }, /* CapabilityStatement.rest.modifierExtension */
	{ 10987, 3, 3, R, 0 }, /* CapabilityStatement.rest.mode */
	{ 4642, 10, 4, 0, 0 }, /* CapabilityStatement.rest.documentation */
	{ 4616, 250, 5, 0, 0 }, /* CapabilityStatement.rest.security */
	{ 4913, 251, 6, M, 0 }, /* CapabilityStatement.rest.resource */
	{ 16128, 255, 7, M, 0 }, /* CapabilityStatement.rest.interaction */
	{ 15469, 253, 8, M, 0 }, /* CapabilityStatement.rest.searchParam */
	{ 16140, 254, 9, M, 0 }, /* CapabilityStatement.rest.operation */
	{ 16150, 2, 10, M, 0 }, /* CapabilityStatement.rest.compartment */
	{ 0, 13, 0, A, 0 }, /* CapabilityStatement.rest.security.id */
	{ 3, 38, 1, M, 0 }, /* CapabilityStatement.rest.security.extension */
	{ 13, 38, 2, M, 0 }, /* CapabilityStatement.rest.security.modifierExtension */
	{ 16162, 1, 3, 0, 0 }, /* CapabilityStatement.rest.security.cors */
	{ 7111, 26, 4, M, 0 }, /* CapabilityStatement.rest.security.service */
	{ 3767, 10, 5, 0, 0 }, /* CapabilityStatement.rest.security.description */
	{ 0, 13, 0, A, 0 }, /* CapabilityStatement.rest.resource.id */
	{ 3, 38, 1, M, 0 }, /* CapabilityStatement.rest.resource.extension */
	{ 13, 38, 2, M, 0 }, /* CapabilityStatement.rest.resource.modifierExtension */
	{ 35, 3, 3, R, 0 }, /* CapabilityStatement.rest.resource.type */
	{ 288, 2, 4, 0, 0 }, /* CapabilityStatement.rest.resource.profile */
	{ 16167, 2, 5, M, 0 }, /* CapabilityStatement.rest.resource.supportedProfile */
	{ 4642, 10, 6, 0, 0 }, /* CapabilityStatement.rest.resource.documentation */
	{ 16128, 252, 7, M, 0 }, /* CapabilityStatement.rest.resource.interaction */
	{ 15598, 3, 8, 0, 0 }, /* CapabilityStatement.rest.resource.versioning */
	{ 16184, 1, 9, 0, 0 }, /* CapabilityStatement.rest.resource.readHistory */
	{ 16196, 1, 10, 0, 0 }, /* CapabilityStatement.rest.resource.updateCreate */
	{ 16209, 1, 11, 0, 0 }, /* CapabilityStatement.rest.resource.conditionalCreate */
	{ 16227, 3, 12, 0, 0 }, /* CapabilityStatement.rest.resource.conditionalRead */
	{ 16243, 1, 13, 0, 0 }, /* CapabilityStatement.rest.resource.conditionalUpdate */
	{ 16261, 3, 14, 0, 0 }, /* CapabilityStatement.rest.resource.conditionalDelete */
	{ 16279, 3, 15, M, 0 }, /* CapabilityStatement.rest.resource.referencePolicy */
	{ 16295, 13, 16, M, 0 }, /* CapabilityStatement.rest.resource.searchInclude */
	{ 16309, 13, 17, M, 0 }, /* CapabilityStatement.rest.resource.searchRevInclude */
	{ 15469, 253, 18, M, 0 }, /* CapabilityStatement.rest.resource.searchParam */
	{ 16140, 254, 19, M, 0 }, /* CapabilityStatement.rest.resource.operation */
	{ 0, 13, 0, A, 0 }, /* CapabilityStatement.rest.resource.interaction.id */
	{ 3, 38, 1, M, 0 }, /* CapabilityStatement.rest.resource.interaction.extension */
	{ 13, 38, 2, M, 0 }, /* CapabilityStatement.rest.resource.interaction.modifierExtension */
	{ 125, 3, 3, R, 0 }, /* CapabilityStatement.rest.resource.interaction.code */
	{ 4642, 10, 4, 0, 0 }, /* CapabilityStatement.rest.resource.interaction.documentation */
	{ 0, 13, 0, A, 0 }, /* CapabilityStatement.rest.resource.searchParam.id */
	{ 3, 38, 1, M, 0 }, /* CapabilityStatement.rest.resource.searchParam.extension */
	{ 13, 38, 2, M, 0 }, /* CapabilityStatement.rest.resource.searchParam.modifierExtension */
	{ 262, 13, 3, R, 0 }, /* CapabilityStatement.rest.resource.searchParam.name */
	{ 656, 2, 4, 0, 0 }, /* CapabilityStatement.rest.resource.searchParam.definition */
	{ 35, 3, 5, R, 0 }, /* CapabilityStatement.rest.resource.searchParam.type */
	{ 4642, 10, 6, 0, 0 }, /* CapabilityStatement.rest.resource.searchParam.documentation */
	{ 0, 13, 0, A, 0 }, /* CapabilityStatement.rest.resource.operation.id */
	{ 3, 38, 1, M, 0 }, /* CapabilityStatement.rest.resource.operation.extension */
	{ 13, 38, 2, M, 0 }, /* CapabilityStatement.rest.resource.operation.modifierExtension */
	{ 262, 13, 3, R, 0 }, /* CapabilityStatement.rest.resource.operation.name */
	{ 656, 2, 4, R, 0 }, /* CapabilityStatement.rest.resource.operation.definition */
	{ 4642, 10, 5, 0, 0 }, /* CapabilityStatement.rest.resource.operation.documentation */
	{ 0, 13, 0, A, 0 }, /* CapabilityStatement.rest.interaction.id */
	{ 3, 38, 1, M, 0 }, /* CapabilityStatement.rest.interaction.extension */
	{ 13, 38, 2, M, 0 }, /* CapabilityStatement.rest.interaction.modifierExtension */
	{ 125, 3, 3, R, 0 }, /* CapabilityStatement.rest.interaction.code */
	{ 4642, 10, 4, 0, 0 }, /* CapabilityStatement.rest.interaction.documentation */
	{ 0, 13, 0, A, 0 }, /* CapabilityStatement.messaging.id */
	{ 3, 38, 1, M, 0 }, /* CapabilityStatement.messaging.extension */
	{ 13, 38, 2, M, 0 }, /* CapabilityStatement.messaging.modifierExtension */
	{ 10396, 257, 3, M, 0 }, /* CapabilityStatement.messaging.endpoint */
	{ 16326, 15, 4, 0, 0 }, /* CapabilityStatement.messaging.reliableCache */
	{ 4642, 10, 5, 0, 0 }, /* CapabilityStatement.messaging.documentation */
	{ 16340, 258, 6, M, 0 }, /* CapabilityStatement.messaging.supportedMessage */
	{ 0, 13, 0, A, 0 }, /* CapabilityStatement.messaging.endpoint.id */
	{ 3, 38, 1, M, 0 }, /* CapabilityStatement.messaging.endpoint.extension */
	{ 13, 38, 2, M, 0 }, /* CapabilityStatement.messaging.endpoint.modifierExtension */
	{ 7549, 27, 3, R, 0 }, /* CapabilityStatement.messaging.endpoint.protocol */
	{ 9518, 17, 4, R, 0 }, /* CapabilityStatement.messaging.endpoint.address */
	{ 0, 13, 0, A, 0 }, /* CapabilityStatement.messaging.supportedMessage.id */
	{ 3, 38, 1, M, 0 }, /* CapabilityStatement.messaging.supportedMessage.extension */
	{ 13, 38, 2, M, 0 }, /* CapabilityStatement.messaging.supportedMessage.modifierExtension */
	{ 10987, 3, 3, R, 0 }, /* CapabilityStatement.messaging.supportedMessage.mode */
	{ 656, 2, 4, R, 0 }, /* CapabilityStatement.messaging.supportedMessage.definition */
	{ 0, 13, 0, A, 0 }, /* CapabilityStatement.document.id */
	{ 3, 38, 1, M, 0 }, /* CapabilityStatement.document.extension */
	{ 13, 38, 2, M, 0 }, /* CapabilityStatement.document.modifierExtension */
	{ 10987, 3, 3, R, 0 }, /* CapabilityStatement.document.mode */
	{ 4642, 10, 4, 0, 0 }, /* CapabilityStatement.document.documentation */
	{ 288, 2, 5, R, 0 }, /* CapabilityStatement.document.profile */
	{ 0, 13, 0, A, 0 }, /* CarePlan.activity.id */
	{ 3, 38, 1, M, 0 }, /* CarePlan.activity.extension */
	{ 13, 38, 2, M, 0 }, /* CarePlan.activity.modifierExtension */
	{ 16357, 26, 3, M, 0 }, /* CarePlan.activity.outcomeCodeableConcept */
	{ 10043, 53, 4, M, 0 }, /* CarePlan.activity.outcomeReference */
	{ 16380, 24, 5, M, 0 }, /* CarePlan.activity.progress */
	{ 3790, 53, 6, 0, 0 }, /* CarePlan.activity.reference */
	{ 8642, 261, 7, 0, 0 }, /* CarePlan.activity.detail */
	{ 0, 13, 0, A, 0 }, /* CarePlan.activity.detail.id */
	{ 3, 38, 1, M, 0 }, /* CarePlan.activity.detail.extension */
	{ 13, 38, 2, M, 0 }, /* CarePlan.activity.detail.modifierExtension */
	{ 5410, 3, 3, 0, 0 }, /* CarePlan.activity.detail.kind */
	{ 6595, 2, 4, M, 0 }, /* CarePlan.activity.detail.instantiatesCanonical */
	{ 6617, 16, 5, M, 0 }, /* CarePlan.activity.detail.instantiatesUri */
	{ 125, 26, 6, 0, 0 }, /* CarePlan.activity.detail.code */
	{ 6091, 26, 7, M, 0 }, /* CarePlan.activity.detail.reasonCode */
	{ 6102, 53, 8, M, 0 }, /* CarePlan.activity.detail.reasonReference */
	{ 6676, 53, 9, M, 0 }, /* CarePlan.activity.detail.goal */
	{ 4558, 3, 10, R, 0 }, /* CarePlan.activity.detail.status */
	{ 7468, 26, 11, 0, 0 }, /* CarePlan.activity.detail.statusReason */
	{ 5431, 1, 12, 0, 0 }, /* CarePlan.activity.detail.doNotPerform */
	{ 16389, 468, 13, C, 3 }, /* CarePlan.activity.detail.scheduled */
	{ 5494, 53, 14, 0, 0 }, /* CarePlan.activity.detail.location */
	{ 6964, 53, 15, M, 0 }, /* CarePlan.activity.detail.performer */
	{ 5515, 471, 16, C, 2 }, /* CarePlan.activity.detail.product */
	{ 16447, 50, 17, 0, 0 }, /* CarePlan.activity.detail.dailyAmount */
	{ 5563, 50, 18, 0, 0 }, /* CarePlan.activity.detail.quantity */
	{ 3767, 13, 19, 0, 0 }, /* CarePlan.activity.detail.description */
	{ 0, 13, 0, A, 0 }, /* CareTeam.participant.id */
	{ 3, 38, 1, M, 0 }, /* CareTeam.participant.extension */
	{ 13, 38, 2, M, 0 }, /* CareTeam.participant.modifierExtension */
	{ 12514, 26, 3, M, 0 }, /* CareTeam.participant.role */
	{ 10082, 53, 4, 0, 0 }, /* CareTeam.participant.member */
	{ 4978, 53, 5, 0, 0 }, /* CareTeam.participant.onBehalfOf */
	{ 89, 46, 6, 0, 0 }, /* CareTeam.participant.period */
	{ 0, 13, 0, A, 0 }, /* CatalogEntry.relatedEntry.id */
	{ 3, 38, 1, M, 0 }, /* CatalogEntry.relatedEntry.extension */
	{ 13, 38, 2, M, 0 }, /* CatalogEntry.relatedEntry.modifierExtension */
	{ 16459, 3, 3, R, 0 }, /* CatalogEntry.relatedEntry.relationtype */
	{ 7337, 53, 4, R, 0 }, /* CatalogEntry.relatedEntry.item */
	{ 0, 13, 0, A, 0 }, /* ChargeItem.performer.id */
	{ 3, 38, 1, M, 0 }, /* ChargeItem.performer.extension */
	{ 13, 38, 2, M, 0 }, /* ChargeItem.performer.modifierExtension */
	{ 16472, 26, 3, 0, 0 }, /* ChargeItem.performer.function */
	{ 6221, 53, 4, R, 0 }, /* ChargeItem.performer.actor */
	{ 0, 13, 0, A, 0 }, /* ChargeItemDefinition.applicability.id */
	{ 3, 38, 1, M, 0 }, /* ChargeItemDefinition.applicability.extension */
	{ 13, 38, 2, M, 0 }, /* ChargeItemDefinition.applicability.modifierExtension */
	{ 3767, 13, 3, 0, 0 }, /* ChargeItemDefinition.applicability.description */
	{ 183, 13, 4, 0, 0 }, /* ChargeItemDefinition.applicability.language */
	{ 3779, 13, 5, 0, 0 }, /* ChargeItemDefinition.applicability.expression */
	{ 0, 13, 0, A, 0 }, /* ChargeItemDefinition.propertyGroup.id */
	{ 3, 38, 1, M, 0 }, /* ChargeItemDefinition.propertyGroup.extension */
	{ 13, 38, 2, M, 0 }, /* ChargeItemDefinition.propertyGroup.modifierExtension */
	{ 7151, 265, 3, M, 0 }, /* ChargeItemDefinition.propertyGroup.applicability */
	{ 16481, 267, 4, M, 0 }, /* ChargeItemDefinition.propertyGroup.priceComponent */
	{ 0, 13, 0, A, 0 }, /* ChargeItemDefinition.propertyGroup.priceComponent.id */
	{ 3, 38, 1, M, 0 }, /* ChargeItemDefinition.propertyGroup.priceComponent.extension */
	{ 13, 38, 2, M, 0 }, /* ChargeItemDefinition.propertyGroup.priceComponent.modifierExtension */
	{ 35, 3, 3, R, 0 }, /* ChargeItemDefinition.propertyGroup.priceComponent.type */
	{ 125, 26, 4, 0, 0 }, /* ChargeItemDefinition.propertyGroup.priceComponent.code */
	{ 4929, 6, 5, 0, 0 }, /* ChargeItemDefinition.propertyGroup.priceComponent.factor */
	{ 5012, 43, 6, 0, 0 }, /* ChargeItemDefinition.propertyGroup.priceComponent.amount */
	{ 0, 13, 0, A, 0 }, /* Claim.related.id */
	{ 3, 38, 1, M, 0 }, /* Claim.related.extension */
	{ 13, 38, 2, M, 0 }, /* Claim.related.modifierExtension */
	{ 9700, 53, 3, 0, 0 }, /* Claim.related.claim */
	{ 8469, 26, 4, 0, 0 }, /* Claim.related.relationship */
	{ 3790, 40, 5, 0, 0 }, /* Claim.related.reference */
	{ 0, 13, 0, A, 0 }, /* Claim.payee.id */
	{ 3, 38, 1, M, 0 }, /* Claim.payee.extension */
	{ 13, 38, 2, M, 0 }, /* Claim.payee.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* Claim.payee.type */
	{ 15802, 53, 4, 0, 0 }, /* Claim.payee.party */
	{ 0, 13, 0, A, 0 }, /* Claim.careTeam.id */
	{ 3, 38, 1, M, 0 }, /* Claim.careTeam.extension */
	{ 13, 38, 2, M, 0 }, /* Claim.careTeam.modifierExtension */
	{ 389, 12, 3, R, 0 }, /* Claim.careTeam.sequence */
	{ 7210, 53, 4, R, 0 }, /* Claim.careTeam.provider */
	{ 12891, 1, 5, 0, 0 }, /* Claim.careTeam.responsible */
	{ 12514, 26, 6, 0, 0 }, /* Claim.careTeam.role */
	{ 13671, 26, 7, 0, 0 }, /* Claim.careTeam.qualification */
	{ 0, 13, 0, A, 0 }, /* Claim.supportingInfo.id */
	{ 3, 38, 1, M, 0 }, /* Claim.supportingInfo.extension */
	{ 13, 38, 2, M, 0 }, /* Claim.supportingInfo.modifierExtension */
	{ 389, 12, 3, R, 0 }, /* Claim.supportingInfo.sequence */
	{ 5693, 26, 4, R, 0 }, /* Claim.supportingInfo.category */
	{ 125, 26, 5, 0, 0 }, /* Claim.supportingInfo.code */
	{ 439, 473, 6, C, 2 }, /* Claim.supportingInfo.timing */
	{ 96, 475, 7, C, 5 }, /* Claim.supportingInfo.value */
	{ 7104, 26, 8, 0, 0 }, /* Claim.supportingInfo.reason */
	{ 0, 13, 0, A, 0 }, /* Claim.diagnosis.id */
	{ 3, 38, 1, M, 0 }, /* Claim.diagnosis.extension */
	{ 13, 38, 2, M, 0 }, /* Claim.diagnosis.modifierExtension */
	{ 389, 12, 3, R, 0 }, /* Claim.diagnosis.sequence */
	{ 7298, 480, 4, R|C, 2 }, /* Claim.diagnosis.diagnosis */
	{ 35, 26, 5, M, 0 }, /* Claim.diagnosis.type */
	{ 16540, 26, 6, 0, 0 }, /* Claim.diagnosis.onAdmission */
	{ 16552, 26, 7, 0, 0 }, /* Claim.diagnosis.packageCode */
	{ 0, 13, 0, A, 0 }, /* Claim.procedure.id */
	{ 3, 38, 1, M, 0 }, /* Claim.procedure.extension */
	{ 13, 38, 2, M, 0 }, /* Claim.procedure.modifierExtension */
	{ 389, 12, 3, R, 0 }, /* Claim.procedure.sequence */
	{ 35, 26, 4, M, 0 }, /* Claim.procedure.type */
	{ 5261, 5, 5, 0, 0 }, /* Claim.procedure.date */
	{ 7308, 482, 6, R|C, 2 }, /* Claim.procedure.procedure */
	{ 16589, 53, 7, M, 0 }, /* Claim.procedure.udi */
	{ 0, 13, 0, A, 0 }, /* Claim.insurance.id */
	{ 3, 38, 1, M, 0 }, /* Claim.insurance.extension */
	{ 13, 38, 2, M, 0 }, /* Claim.insurance.modifierExtension */
	{ 389, 12, 3, R, 0 }, /* Claim.insurance.sequence */
	{ 16593, 1, 4, R, 0 }, /* Claim.insurance.focal */
	{ 4824, 40, 5, 0, 0 }, /* Claim.insurance.identifier */
	{ 5207, 53, 6, R, 0 }, /* Claim.insurance.coverage */
	{ 16599, 13, 7, 0, 0 }, /* Claim.insurance.businessArrangement */
	{ 7364, 13, 8, M, 0 }, /* Claim.insurance.preAuthRef */
	{ 9706, 53, 9, 0, 0 }, /* Claim.insurance.claimResponse */
	{ 0, 13, 0, A, 0 }, /* Claim.accident.id */
	{ 3, 38, 1, M, 0 }, /* Claim.accident.extension */
	{ 13, 38, 2, M, 0 }, /* Claim.accident.modifierExtension */
	{ 5261, 4, 3, R, 0 }, /* Claim.accident.date */
	{ 35, 26, 4, 0, 0 }, /* Claim.accident.type */
	{ 5494, 484, 5, C, 2 }, /* Claim.accident.location */
	{ 0, 13, 0, A, 0 }, /* Claim.item.id */
	{ 3, 38, 1, M, 0 }, /* Claim.item.extension */
	{ 13, 38, 2, M, 0 }, /* Claim.item.modifierExtension */
	{ 389, 12, 3, R, 0 }, /* Claim.item.sequence */
	{ 16635, 12, 4, M, 0 }, /* Claim.item.careTeamSequence */
	{ 16652, 12, 5, M, 0 }, /* Claim.item.diagnosisSequence */
	{ 16670, 12, 6, M, 0 }, /* Claim.item.procedureSequence */
	{ 16688, 12, 7, M, 0 }, /* Claim.item.informationSequence */
	{ 16708, 26, 8, 0, 0 }, /* Claim.item.revenue */
	{ 5693, 26, 9, 0, 0 }, /* Claim.item.category */
	{ 16716, 26, 10, R, 0 }, /* Claim.item.productOrService */
	{ 14187, 26, 11, M, 0 }, /* Claim.item.modifier */
	{ 16733, 26, 12, M, 0 }, /* Claim.item.programCode */
	{ 8547, 486, 13, C, 2 }, /* Claim.item.serviced */
	{ 5494, 488, 14, C, 3 }, /* Claim.item.location */
	{ 5563, 50, 15, 0, 0 }, /* Claim.item.quantity */
	{ 16769, 43, 16, 0, 0 }, /* Claim.item.unitPrice */
	{ 4929, 6, 17, 0, 0 }, /* Claim.item.factor */
	{ 16779, 43, 18, 0, 0 }, /* Claim.item.net */
	{ 16589, 53, 19, M, 0 }, /* Claim.item.udi */
	{ 5579, 26, 20, 0, 0 }, /* Claim.item.bodySite */
	{ 16783, 26, 21, M, 0 }, /* Claim.item.subSite */
	{ 5702, 53, 22, M, 0 }, /* Claim.item.encounter */
	{ 8642, 277, 23, M, 0 }, /* Claim.item.detail */
	{ 0, 13, 0, A, 0 }, /* Claim.item.detail.id */
	{ 3, 38, 1, M, 0 }, /* Claim.item.detail.extension */
	{ 13, 38, 2, M, 0 }, /* Claim.item.detail.modifierExtension */
	{ 389, 12, 3, R, 0 }, /* Claim.item.detail.sequence */
	{ 16708, 26, 4, 0, 0 }, /* Claim.item.detail.revenue */
	{ 5693, 26, 5, 0, 0 }, /* Claim.item.detail.category */
	{ 16716, 26, 6, R, 0 }, /* Claim.item.detail.productOrService */
	{ 14187, 26, 7, M, 0 }, /* Claim.item.detail.modifier */
	{ 16733, 26, 8, M, 0 }, /* Claim.item.detail.programCode */
	{ 5563, 50, 9, 0, 0 }, /* Claim.item.detail.quantity */
	{ 16769, 43, 10, 0, 0 }, /* Claim.item.detail.unitPrice */
	{ 4929, 6, 11, 0, 0 }, /* Claim.item.detail.factor */
	{ 16779, 43, 12, 0, 0 }, /* Claim.item.detail.net */
	{ 16589, 53, 13, M, 0 }, /* Claim.item.detail.udi */
	{ 16791, 278, 14, M, 0 }, /* Claim.item.detail.subDetail */
	{ 0, 13, 0, A, 0 }, /* Claim.item.detail.subDetail.id */
	{ 3, 38, 1, M, 0 }, /* Claim.item.detail.subDetail.extension */
	{ 13, 38, 2, M, 0 }, /* Claim.item.detail.subDetail.modifierExtension */
	{ 389, 12, 3, R, 0 }, /* Claim.item.detail.subDetail.sequence */
	{ 16708, 26, 4, 0, 0 }, /* Claim.item.detail.subDetail.revenue */
	{ 5693, 26, 5, 0, 0 }, /* Claim.item.detail.subDetail.category */
	{ 16716, 26, 6, R, 0 }, /* Claim.item.detail.subDetail.productOrService */
	{ 14187, 26, 7, M, 0 }, /* Claim.item.detail.subDetail.modifier */
	{ 16733, 26, 8, M, 0 }, /* Claim.item.detail.subDetail.programCode */
	{ 5563, 50, 9, 0, 0 }, /* Claim.item.detail.subDetail.quantity */
	{ 16769, 43, 10, 0, 0 }, /* Claim.item.detail.subDetail.unitPrice */
	{ 4929, 6, 11, 0, 0 }, /* Claim.item.detail.subDetail.factor */
	{ 16779, 43, 12, 0, 0 }, /* Claim.item.detail.subDetail.net */
	{ 16589, 53, 13, M, 0 }, /* Claim.item.detail.subDetail.udi */
	{ 0, 13, 0, A, 0 }, /* ClaimResponse.item.id */
	{ 3, 38, 1, M, 0 }, /* ClaimResponse.item.extension */
	{ 13, 38, 2, M, 0 }, /* ClaimResponse.item.modifierExtension */
	{ 16801, 12, 3, R, 0 }, /* ClaimResponse.item.itemSequence */
	{ 16814, 12, 4, M, 0 }, /* ClaimResponse.item.noteNumber */
	{ 16825, 280, 5, M|R, 0 }, /* ClaimResponse.item.adjudication */
	{ 8642, 281, 6, M, 0 }, /* ClaimResponse.item.detail */
	{ 0, 13, 0, A, 0 }, /* ClaimResponse.item.adjudication.id */
	{ 3, 38, 1, M, 0 }, /* ClaimResponse.item.adjudication.extension */
	{ 13, 38, 2, M, 0 }, /* ClaimResponse.item.adjudication.modifierExtension */
	{ 5693, 26, 3, R, 0 }, /* ClaimResponse.item.adjudication.category */
	{ 7104, 26, 4, 0, 0 }, /* ClaimResponse.item.adjudication.reason */
	{ 5012, 43, 5, 0, 0 }, /* ClaimResponse.item.adjudication.amount */
	{ 96, 6, 6, 0, 0 }, /* ClaimResponse.item.adjudication.value */
	{ 0, 13, 0, A, 0 }, /* ClaimResponse.item.detail.id */
	{ 3, 38, 1, M, 0 }, /* ClaimResponse.item.detail.extension */
	{ 13, 38, 2, M, 0 }, /* ClaimResponse.item.detail.modifierExtension */
	{ 16838, 12, 3, R, 0 }, /* ClaimResponse.item.detail.detailSequence */
	{ 16814, 12, 4, M, 0 }, /* ClaimResponse.item.detail.noteNumber */
	{ 16825, 280, 5, M|R, 0 }, /* ClaimResponse.item.detail.adjudication */
	{ 16791, 282, 6, M, 0 }, /* ClaimResponse.item.detail.subDetail */
	{ 0, 13, 0, A, 0 }, /* ClaimResponse.item.detail.subDetail.id */
	{ 3, 38, 1, M, 0 }, /* ClaimResponse.item.detail.subDetail.extension */
	{ 13, 38, 2, M, 0 }, /* ClaimResponse.item.detail.subDetail.modifierExtension */
	{ 16853, 12, 3, R, 0 }, /* ClaimResponse.item.detail.subDetail.subDetailSequence */
	{ 16814, 12, 4, M, 0 }, /* ClaimResponse.item.detail.subDetail.noteNumber */
	{ 16825, 280, 5, M, 0 }, /* ClaimResponse.item.detail.subDetail.adjudication */
	{ 0, 13, 0, A, 0 }, /* ClaimResponse.addItem.id */
	{ 3, 38, 1, M, 0 }, /* ClaimResponse.addItem.extension */
	{ 13, 38, 2, M, 0 }, /* ClaimResponse.addItem.modifierExtension */
	{ 16801, 12, 3, M, 0 }, /* ClaimResponse.addItem.itemSequence */
	{ 16838, 12, 4, M, 0 }, /* ClaimResponse.addItem.detailSequence */
	{ 16871, 12, 5, M, 0 }, /* ClaimResponse.addItem.subdetailSequence */
	{ 7210, 53, 6, M, 0 }, /* ClaimResponse.addItem.provider */
	{ 16716, 26, 7, R, 0 }, /* ClaimResponse.addItem.productOrService */
	{ 14187, 26, 8, M, 0 }, /* ClaimResponse.addItem.modifier */
	{ 16733, 26, 9, M, 0 }, /* ClaimResponse.addItem.programCode */
	{ 8547, 491, 10, C, 2 }, /* ClaimResponse.addItem.serviced */
	{ 5494, 493, 11, C, 3 }, /* ClaimResponse.addItem.location */
	{ 5563, 50, 12, 0, 0 }, /* ClaimResponse.addItem.quantity */
	{ 16769, 43, 13, 0, 0 }, /* ClaimResponse.addItem.unitPrice */
	{ 4929, 6, 14, 0, 0 }, /* ClaimResponse.addItem.factor */
	{ 16779, 43, 15, 0, 0 }, /* ClaimResponse.addItem.net */
	{ 5579, 26, 16, 0, 0 }, /* ClaimResponse.addItem.bodySite */
	{ 16783, 26, 17, M, 0 }, /* ClaimResponse.addItem.subSite */
	{ 16814, 12, 18, M, 0 }, /* ClaimResponse.addItem.noteNumber */
	{ 16825, 280, 19, M|R, 0 }, /* ClaimResponse.addItem.adjudication */
	{ 8642, 284, 20, M, 0 }, /* ClaimResponse.addItem.detail */
	{ 0, 13, 0, A, 0 }, /* ClaimResponse.addItem.detail.id */
	{ 3, 38, 1, M, 0 }, /* ClaimResponse.addItem.detail.extension */
	{ 13, 38, 2, M, 0 }, /* ClaimResponse.addItem.detail.modifierExtension */
	{ 16716, 26, 3, R, 0 }, /* ClaimResponse.addItem.detail.productOrService */
	{ 14187, 26, 4, M, 0 }, /* ClaimResponse.addItem.detail.modifier */
	{ 5563, 50, 5, 0, 0 }, /* ClaimResponse.addItem.detail.quantity */
	{ 16769, 43, 6, 0, 0 }, /* ClaimResponse.addItem.detail.unitPrice */
	{ 4929, 6, 7, 0, 0 }, /* ClaimResponse.addItem.detail.factor */
	{ 16779, 43, 8, 0, 0 }, /* ClaimResponse.addItem.detail.net */
	{ 16814, 12, 9, M, 0 }, /* ClaimResponse.addItem.detail.noteNumber */
	{ 16825, 280, 10, M|R, 0 }, /* ClaimResponse.addItem.detail.adjudication */
	{ 16791, 285, 11, M, 0 }, /* ClaimResponse.addItem.detail.subDetail */
	{ 0, 13, 0, A, 0 }, /* ClaimResponse.addItem.detail.subDetail.id */
	{ 3, 38, 1, M, 0 }, /* ClaimResponse.addItem.detail.subDetail.extension */
	{ 13, 38, 2, M, 0 }, /* ClaimResponse.addItem.detail.subDetail.modifierExtension */
	{ 16716, 26, 3, R, 0 }, /* ClaimResponse.addItem.detail.subDetail.productOrService */
	{ 14187, 26, 4, M, 0 }, /* ClaimResponse.addItem.detail.subDetail.modifier */
	{ 5563, 50, 5, 0, 0 }, /* ClaimResponse.addItem.detail.subDetail.quantity */
	{ 16769, 43, 6, 0, 0 }, /* ClaimResponse.addItem.detail.subDetail.unitPrice */
	{ 4929, 6, 7, 0, 0 }, /* ClaimResponse.addItem.detail.subDetail.factor */
	{ 16779, 43, 8, 0, 0 }, /* ClaimResponse.addItem.detail.subDetail.net */
	{ 16814, 12, 9, M, 0 }, /* ClaimResponse.addItem.detail.subDetail.noteNumber */
	{ 16825, 280, 10, M|R, 0 }, /* ClaimResponse.addItem.detail.subDetail.adjudication */
	{ 0, 13, 0, A, 0 }, /* ClaimResponse.total.id */
	{ 3, 38, 1, M, 0 }, /* ClaimResponse.total.extension */
	{ 13, 38, 2, M, 0 }, /* ClaimResponse.total.modifierExtension */
	{ 5693, 26, 3, R, 0 }, /* ClaimResponse.total.category */
	{ 5012, 43, 4, R, 0 }, /* ClaimResponse.total.amount */
	{ 0, 13, 0, A, 0 }, /* ClaimResponse.payment.id */
	{ 3, 38, 1, M, 0 }, /* ClaimResponse.payment.extension */
	{ 13, 38, 2, M, 0 }, /* ClaimResponse.payment.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* ClaimResponse.payment.type */
	{ 16889, 43, 4, 0, 0 }, /* ClaimResponse.payment.adjustment */
	{ 16900, 26, 5, 0, 0 }, /* ClaimResponse.payment.adjustmentReason */
	{ 5261, 4, 6, 0, 0 }, /* ClaimResponse.payment.date */
	{ 5012, 43, 7, R, 0 }, /* ClaimResponse.payment.amount */
	{ 4824, 40, 8, 0, 0 }, /* ClaimResponse.payment.identifier */
	{ 0, 13, 0, A, 0 }, /* ClaimResponse.processNote.id */
	{ 3, 38, 1, M, 0 }, /* ClaimResponse.processNote.extension */
	{ 13, 38, 2, M, 0 }, /* ClaimResponse.processNote.modifierExtension */
	{ 16917, 12, 3, 0, 0 }, /* ClaimResponse.processNote.number */
	{ 35, 3, 4, 0, 0 }, /* ClaimResponse.processNote.type */
	{ 40, 13, 5, R, 0 }, /* ClaimResponse.processNote.text */
	{ 183, 26, 6, 0, 0 }, /* ClaimResponse.processNote.language */
	{ 0, 13, 0, A, 0 }, /* ClaimResponse.insurance.id */
	{ 3, 38, 1, M, 0 }, /* ClaimResponse.insurance.extension */
	{ 13, 38, 2, M, 0 }, /* ClaimResponse.insurance.modifierExtension */
	{ 389, 12, 3, R, 0 }, /* ClaimResponse.insurance.sequence */
	{ 16593, 1, 4, R, 0 }, /* ClaimResponse.insurance.focal */
	{ 5207, 53, 5, R, 0 }, /* ClaimResponse.insurance.coverage */
	{ 16599, 13, 6, 0, 0 }, /* ClaimResponse.insurance.businessArrangement */
	{ 9706, 53, 7, 0, 0 }, /* ClaimResponse.insurance.claimResponse */
	{ 0, 13, 0, A, 0 }, /* ClaimResponse.error.id */
	{ 3, 38, 1, M, 0 }, /* ClaimResponse.error.extension */
	{ 13, 38, 2, M, 0 }, /* ClaimResponse.error.modifierExtension */
	{ 16801, 12, 3, 0, 0 }, /* ClaimResponse.error.itemSequence */
	{ 16838, 12, 4, 0, 0 }, /* ClaimResponse.error.detailSequence */
	{ 16853, 12, 5, 0, 0 }, /* ClaimResponse.error.subDetailSequence */
	{ 125, 26, 6, R, 0 }, /* ClaimResponse.error.code */
	{ 0, 13, 0, A, 0 }, /* ClinicalImpression.investigation.id */
	{ 3, 38, 1, M, 0 }, /* ClinicalImpression.investigation.extension */
	{ 13, 38, 2, M, 0 }, /* ClinicalImpression.investigation.modifierExtension */
	{ 125, 26, 3, R, 0 }, /* ClinicalImpression.investigation.code */
	{ 7337, 53, 4, M, 0 }, /* ClinicalImpression.investigation.item */
	{ 0, 13, 0, A, 0 }, /* ClinicalImpression.finding.id */
	{ 3, 38, 1, M, 0 }, /* ClinicalImpression.finding.extension */
	{ 13, 38, 2, M, 0 }, /* ClinicalImpression.finding.modifierExtension */
	{ 15008, 26, 3, 0, 0 }, /* ClinicalImpression.finding.itemCodeableConcept */
	{ 15028, 53, 4, 0, 0 }, /* ClinicalImpression.finding.itemReference */
	{ 14101, 13, 5, 0, 0 }, /* ClinicalImpression.finding.basis */
	{ 0, 13, 0, A, 0 }, /* CodeSystem.filter.id */
	{ 3, 38, 1, M, 0 }, /* CodeSystem.filter.extension */
	{ 13, 38, 2, M, 0 }, /* CodeSystem.filter.modifierExtension */
	{ 125, 3, 3, R, 0 }, /* CodeSystem.filter.code */
	{ 3767, 13, 4, 0, 0 }, /* CodeSystem.filter.description */
	{ 11270, 3, 5, M|R, 0 }, /* CodeSystem.filter.operator */
	{ 96, 13, 6, R, 0 }, /* CodeSystem.filter.value */
	{ 0, 13, 0, A, 0 }, /* CodeSystem.property.id */
	{ 3, 38, 1, M, 0 }, /* CodeSystem.property.extension */
	{ 13, 38, 2, M, 0 }, /* CodeSystem.property.modifierExtension */
	{ 125, 3, 3, R, 0 }, /* CodeSystem.property.code */
	{ 16924, 16, 4, 0, 0 }, /* CodeSystem.property.uri */
	{ 3767, 13, 5, 0, 0 }, /* CodeSystem.property.description */
	{ 35, 3, 6, R, 0 }, /* CodeSystem.property.type */
	{ 0, 13, 0, A, 0 }, /* CodeSystem.concept.id */
	{ 3, 38, 1, M, 0 }, /* CodeSystem.concept.extension */
	{ 13, 38, 2, M, 0 }, /* CodeSystem.concept.modifierExtension */
	{ 125, 3, 3, R, 0 }, /* CodeSystem.concept.code */
	{ 241, 13, 4, 0, 0 }, /* CodeSystem.concept.display */
	{ 656, 13, 5, 0, 0 }, /* CodeSystem.concept.definition */
	{ 16928, 296, 6, M, 0 }, /* CodeSystem.concept.designation */
	{ 7719, 297, 7, M, 0 }, /* CodeSystem.concept.property */
	{ 7728, 295, 8, M, 0 }, /* CodeSystem.concept.concept */
	{ 0, 13, 0, A, 0 }, /* CodeSystem.concept.designation.id */
	{ 3, 38, 1, M, 0 }, /* CodeSystem.concept.designation.extension */
	{ 13, 38, 2, M, 0 }, /* CodeSystem.concept.designation.modifierExtension */
	{ 183, 3, 3, 0, 0 }, /* CodeSystem.concept.designation.language */
	{ 31, 27, 4, 0, 0 }, /* CodeSystem.concept.designation.use */
	{ 96, 13, 5, R, 0 }, /* CodeSystem.concept.designation.value */
	{ 0, 13, 0, A, 0 }, /* CodeSystem.concept.property.id */
	{ 3, 38, 1, M, 0 }, /* CodeSystem.concept.property.extension */
	{ 13, 38, 2, M, 0 }, /* CodeSystem.concept.property.modifierExtension */
	{ 125, 3, 3, R, 0 }, /* CodeSystem.concept.property.code */
	{ 96, 496, 4, R|C, 7 }, /* CodeSystem.concept.property.value */
	{ 0, 13, 0, A, 0 }, /* Communication.payload.id */
	{ 3, 38, 1, M, 0 }, /* Communication.payload.extension */
	{ 13, 38, 2, M, 0 }, /* Communication.payload.modifierExtension */
	{ 7686, 503, 3, R|C, 3 }, /* Communication.payload.content */
	{ 0, 13, 0, A, 0 }, /* CommunicationRequest.payload.id */
	{ 3, 38, 1, M, 0 }, /* CommunicationRequest.payload.extension */
	{ 13, 38, 2, M, 0 }, /* CommunicationRequest.payload.modifierExtension */
	{ 7686, 506, 3, R|C, 3 }, /* CommunicationRequest.payload.content */
	{ 0, 13, 0, A, 0 }, /* CompartmentDefinition.resource.id */
	{ 3, 38, 1, M, 0 }, /* CompartmentDefinition.resource.extension */
	{ 13, 38, 2, M, 0 }, /* CompartmentDefinition.resource.modifierExtension */
	{ 125, 3, 3, R, 0 }, /* CompartmentDefinition.resource.code */
	{ 16972, 13, 4, M, 0 }, /* CompartmentDefinition.resource.param */
	{ 4642, 13, 5, 0, 0 }, /* CompartmentDefinition.resource.documentation */
	{ 0, 13, 0, A, 0 }, /* Composition.attester.id */
	{ 3, 38, 1, M, 0 }, /* Composition.attester.extension */
	{ 13, 38, 2, M, 0 }, /* Composition.attester.modifierExtension */
	{ 10987, 3, 3, R, 0 }, /* Composition.attester.mode */
	{ 166, 5, 4, 0, 0 }, /* Composition.attester.time */
	{ 15802, 53, 5, 0, 0 }, /* Composition.attester.party */
	{ 0, 13, 0, A, 0 }, /* Composition.relatesTo.id */
	{ 3, 38, 1, M, 0 }, /* Composition.relatesTo.extension */
	{ 13, 38, 2, M, 0 }, /* Composition.relatesTo.modifierExtension */
	{ 125, 3, 3, R, 0 }, /* Composition.relatesTo.code */
	{ 7924, 509, 4, R|C, 2 }, /* Composition.relatesTo.target */
	{ 0, 13, 0, A, 0 }, /* Composition.event.id */
	{ 3, 38, 1, M, 0 }, /* Composition.event.extension */
	{ 13, 38, 2, M, 0 }, /* Composition.event.modifierExtension */
	{ 125, 26, 3, M, 0 }, /* Composition.event.code */
	{ 89, 46, 4, 0, 0 }, /* Composition.event.period */
	{ 8642, 53, 5, M, 0 }, /* Composition.event.detail */
	{ 0, 13, 0, A, 0 }, /* Composition.section.id */
	{ 3, 38, 1, M, 0 }, /* Composition.section.extension */
	{ 13, 38, 2, M, 0 }, /* Composition.section.modifierExtension */
	{ 211, 13, 3, 0, 0 }, /* Composition.section.title */
	{ 125, 26, 4, 0, 0 }, /* Composition.section.code */
	{ 130, 53, 5, M, 0 }, /* Composition.section.author */
	{ 12846, 53, 6, 0, 0 }, /* Composition.section.focus */
	{ 40, 44, 7, 0, 0 }, /* Composition.section.text */
	{ 10987, 3, 8, 0, 0 }, /* Composition.section.mode */
	{ 10992, 26, 9, 0, 0 }, /* Composition.section.orderedBy */
	{ 6468, 53, 10, M, 0 }, /* Composition.section.entry */
	{ 11002, 26, 11, 0, 0 }, /* Composition.section.emptyReason */
	{ 7890, 304, 12, M, 0 }, /* Composition.section.section */
	{ 0, 13, 0, A, 0 }, /* ConceptMap.group.id */
	{ 3, 38, 1, M, 0 }, /* ConceptMap.group.extension */
	{ 13, 38, 2, M, 0 }, /* ConceptMap.group.modifierExtension */
	{ 4609, 16, 3, 0, 0 }, /* ConceptMap.group.source */
	{ 17011, 13, 4, 0, 0 }, /* ConceptMap.group.sourceVersion */
	{ 7924, 16, 5, 0, 0 }, /* ConceptMap.group.target */
	{ 17025, 13, 6, 0, 0 }, /* ConceptMap.group.targetVersion */
	{ 17039, 306, 7, M|R, 0 }, /* ConceptMap.group.element */
	{ 17047, 309, 8, 0, 0 }, /* ConceptMap.group.unmapped */
	{ 0, 13, 0, A, 0 }, /* ConceptMap.group.element.id */
	{ 3, 38, 1, M, 0 }, /* ConceptMap.group.element.extension */
	{ 13, 38, 2, M, 0 }, /* ConceptMap.group.element.modifierExtension */
	{ 125, 3, 3, 0, 0 }, /* ConceptMap.group.element.code */
	{ 241, 13, 4, 0, 0 }, /* ConceptMap.group.element.display */
	{ 7924, 307, 5, M, 0 }, /* ConceptMap.group.element.target */
	{ 0, 13, 0, A, 0 }, /* ConceptMap.group.element.target.id */
	{ 3, 38, 1, M, 0 }, /* ConceptMap.group.element.target.extension */
	{ 13, 38, 2, M, 0 }, /* ConceptMap.group.element.target.modifierExtension */
	{ 125, 3, 3, 0, 0 }, /* ConceptMap.group.element.target.code */
	{ 241, 13, 4, 0, 0 }, /* ConceptMap.group.element.target.display */
	{ 17056, 3, 5, R, 0 }, /* ConceptMap.group.element.target.equivalence */
	{ 667, 13, 6, 0, 0 }, /* ConceptMap.group.element.target.comment */
	{ 10868, 308, 7, M, 0 }, /* ConceptMap.group.element.target.dependsOn */
	{ 5515, 308, 8, M, 0 }, /* ConceptMap.group.element.target.product */
	{ 0, 13, 0, A, 0 }, /* ConceptMap.group.element.target.dependsOn.id */
	{ 3, 38, 1, M, 0 }, /* ConceptMap.group.element.target.dependsOn.extension */
	{ 13, 38, 2, M, 0 }, /* ConceptMap.group.element.target.dependsOn.modifierExtension */
	{ 7719, 16, 3, R, 0 }, /* ConceptMap.group.element.target.dependsOn.property */
	{ 118, 2, 4, 0, 0 }, /* ConceptMap.group.element.target.dependsOn.system */
	{ 96, 13, 5, R, 0 }, /* ConceptMap.group.element.target.dependsOn.value */
	{ 241, 13, 6, 0, 0 }, /* ConceptMap.group.element.target.dependsOn.display */
	{ 0, 13, 0, A, 0 }, /* ConceptMap.group.unmapped.id */
	{ 3, 38, 1, M, 0 }, /* ConceptMap.group.unmapped.extension */
	{ 13, 38, 2, M, 0 }, /* ConceptMap.group.unmapped.modifierExtension */
	{ 10987, 3, 3, R, 0 }, /* ConceptMap.group.unmapped.mode */
	{ 125, 3, 4, 0, 0 }, /* ConceptMap.group.unmapped.code */
	{ 241, 13, 5, 0, 0 }, /* ConceptMap.group.unmapped.display */
	{ 197, 2, 6, 0, 0 }, /* ConceptMap.group.unmapped.url */
	{ 0, 13, 0, A, 0 }, /* Condition.stage.id */
	{ 3, 38, 1, M, 0 }, /* Condition.stage.extension */
	{ 13, 38, 2, M, 0 }, /* Condition.stage.modifierExtension */
	{ 7558, 26, 3, 0, 0 }, /* Condition.stage.summary */
	{ 15825, 53, 4, M, 0 }, /* Condition.stage.assessment */
	{ 35, 26, 5, 0, 0 }, /* Condition.stage.type */
	{ 0, 13, 0, A, 0 }, /* Condition.evidence.id */
	{ 3, 38, 1, M, 0 }, /* Condition.evidence.extension */
	{ 13, 38, 2, M, 0 }, /* Condition.evidence.modifierExtension */
	{ 125, 26, 3, M, 0 }, /* Condition.evidence.code */
	{ 8642, 53, 4, M, 0 }, /* Condition.evidence.detail */
	{ 0, 13, 0, A, 0 }, /* Consent.policy.id */
	{ 3, 38, 1, M, 0 }, /* Consent.policy.extension */
	{ 13, 38, 2, M, 0 }, /* Consent.policy.modifierExtension */
	{ 8227, 16, 3, 0, 0 }, /* Consent.policy.authority */
	{ 16924, 16, 4, 0, 0 }, /* Consent.policy.uri */
	{ 0, 13, 0, A, 0 }, /* Consent.verification.id */
	{ 3, 38, 1, M, 0 }, /* Consent.verification.extension */
	{ 13, 38, 2, M, 0 }, /* Consent.verification.modifierExtension */
	{ 17068, 1, 3, R, 0 }, /* Consent.verification.verified */
	{ 17077, 53, 4, 0, 0 }, /* Consent.verification.verifiedWith */
	{ 17090, 5, 5, 0, 0 }, /* Consent.verification.verificationDate */
	{ 0, 13, 0, A, 0 }, /* Consent.provision.id */
	{ 3, 38, 1, M, 0 }, /* Consent.provision.extension */
	{ 13, 38, 2, M, 0 }, /* Consent.provision.modifierExtension */
	{ 35, 3, 3, 0, 0 }, /* Consent.provision.type */
	{ 89, 46, 4, 0, 0 }, /* Consent.provision.period */
	{ 6221, 315, 5, M, 0 }, /* Consent.provision.actor */
	{ 6253, 26, 6, M, 0 }, /* Consent.provision.action */
	{ 9263, 27, 7, M, 0 }, /* Consent.provision.securityLabel */
	{ 5287, 27, 8, M, 0 }, /* Consent.provision.purpose */
	{ 8488, 27, 9, M, 0 }, /* Consent.provision.class */
	{ 125, 26, 10, M, 0 }, /* Consent.provision.code */
	{ 17107, 46, 11, 0, 0 }, /* Consent.provision.dataPeriod */
	{ 192, 316, 12, M, 0 }, /* Consent.provision.data */
	{ 8158, 314, 13, M, 0 }, /* Consent.provision.provision */
	{ 0, 13, 0, A, 0 }, /* Consent.provision.actor.id */
	{ 3, 38, 1, M, 0 }, /* Consent.provision.actor.extension */
	{ 13, 38, 2, M, 0 }, /* Consent.provision.actor.modifierExtension */
	{ 12514, 26, 3, R, 0 }, /* Consent.provision.actor.role */
	{ 3790, 53, 4, R, 0 }, /* Consent.provision.actor.reference */
	{ 0, 13, 0, A, 0 }, /* Consent.provision.data.id */
	{ 3, 38, 1, M, 0 }, /* Consent.provision.data.extension */
	{ 13, 38, 2, M, 0 }, /* Consent.provision.data.modifierExtension */
	{ 17118, 3, 3, R, 0 }, /* Consent.provision.data.meaning */
	{ 3790, 53, 4, R, 0 }, /* Consent.provision.data.reference */
	{ 0, 13, 0, A, 0 }, /* Contract.contentDefinition.id */
	{ 3, 38, 1, M, 0 }, /* Contract.contentDefinition.extension */
	{ 13, 38, 2, M, 0 }, /* Contract.contentDefinition.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* Contract.contentDefinition.type */
	{ 7179, 26, 4, 0, 0 }, /* Contract.contentDefinition.subType */
	{ 5266, 53, 5, 0, 0 }, /* Contract.contentDefinition.publisher */
	{ 17126, 5, 6, 0, 0 }, /* Contract.contentDefinition.publicationDate */
	{ 17142, 3, 7, R, 0 }, /* Contract.contentDefinition.publicationStatus */
	{ 5301, 10, 8, 0, 0 }, /* Contract.contentDefinition.copyright */
	{ 0, 13, 0, A, 0 }, /* Contract.term.id */
	{ 3, 38, 1, M, 0 }, /* Contract.term.extension */
	{ 13, 38, 2, M, 0 }, /* Contract.term.modifierExtension */
	{ 4824, 40, 3, 0, 0 }, /* Contract.term.identifier */
	{ 8197, 5, 4, 0, 0 }, /* Contract.term.issued */
	{ 8204, 46, 5, 0, 0 }, /* Contract.term.applies */
	{ 5355, 511, 6, C, 2 }, /* Contract.term.topic */
	{ 35, 26, 7, 0, 0 }, /* Contract.term.type */
	{ 7179, 26, 8, 0, 0 }, /* Contract.term.subType */
	{ 40, 13, 9, 0, 0 }, /* Contract.term.text */
	{ 9263, 319, 10, M, 0 }, /* Contract.term.securityLabel */
	{ 17160, 320, 11, R, 0 }, /* Contract.term.offer */
	{ 17166, 323, 12, M, 0 }, /* Contract.term.asset */
	{ 6253, 326, 13, M, 0 }, /* Contract.term.action */
	{ 7957, 318, 14, M, 0 }, /* Contract.term.group */
	{ 0, 13, 0, A, 0 }, /* Contract.term.securityLabel.id */
	{ 3, 38, 1, M, 0 }, /* Contract.term.securityLabel.extension */
	{ 13, 38, 2, M, 0 }, /* Contract.term.securityLabel.modifierExtension */
	{ 16917, 15, 3, M, 0 }, /* Contract.term.securityLabel.number */
	{ 6757, 27, 4, R, 0 }, /* Contract.term.securityLabel.classification */
	{ 5693, 27, 5, M, 0 }, /* Contract.term.securityLabel.category */
	{ 17172, 27, 6, M, 0 }, /* Contract.term.securityLabel.control */
	{ 0, 13, 0, A, 0 }, /* Contract.term.offer.id */
	{ 3, 38, 1, M, 0 }, /* Contract.term.offer.extension */
	{ 13, 38, 2, M, 0 }, /* Contract.term.offer.modifierExtension */
	{ 4824, 40, 3, M, 0 }, /* Contract.term.offer.identifier */
	{ 15802, 321, 4, M, 0 }, /* Contract.term.offer.party */
	{ 5355, 53, 5, 0, 0 }, /* Contract.term.offer.topic */
	{ 35, 26, 6, 0, 0 }, /* Contract.term.offer.type */
	{ 17180, 26, 7, 0, 0 }, /* Contract.term.offer.decision */
	{ 17189, 26, 8, M, 0 }, /* Contract.term.offer.decisionMode */
	{ 17202, 322, 9, M, 0 }, /* Contract.term.offer.answer */
	{ 40, 13, 10, 0, 0 }, /* Contract.term.offer.text */
	{ 17209, 13, 11, M, 0 }, /* Contract.term.offer.linkId */
	{ 17216, 15, 12, M, 0 }, /* Contract.term.offer.securityLabelNumber */
	{ 0, 13, 0, A, 0 }, /* Contract.term.offer.party.id */
	{ 3, 38, 1, M, 0 }, /* Contract.term.offer.party.extension */
	{ 13, 38, 2, M, 0 }, /* Contract.term.offer.party.modifierExtension */
	{ 3790, 53, 3, M|R, 0 }, /* Contract.term.offer.party.reference */
	{ 12514, 26, 4, R, 0 }, /* Contract.term.offer.party.role */
	{ 0, 13, 0, A, 0 }, /* Contract.term.offer.answer.id */
	{ 3, 38, 1, M, 0 }, /* Contract.term.offer.answer.extension */
	{ 13, 38, 2, M, 0 }, /* Contract.term.offer.answer.modifierExtension */
	{ 96, 513, 3, R|C, 12 }, /* Contract.term.offer.answer.value */
	{ 0, 13, 0, A, 0 }, /* Contract.term.asset.id */
	{ 3, 38, 1, M, 0 }, /* Contract.term.asset.extension */
	{ 13, 38, 2, M, 0 }, /* Contract.term.asset.modifierExtension */
	{ 8066, 26, 3, 0, 0 }, /* Contract.term.asset.scope */
	{ 35, 26, 4, M, 0 }, /* Contract.term.asset.type */
	{ 17236, 53, 5, M, 0 }, /* Contract.term.asset.typeReference */
	{ 6245, 26, 6, M, 0 }, /* Contract.term.asset.subtype */
	{ 8469, 27, 7, 0, 0 }, /* Contract.term.asset.relationship */
	{ 6892, 324, 8, M, 0 }, /* Contract.term.asset.context */
	{ 3692, 13, 9, 0, 0 }, /* Contract.term.asset.condition */
	{ 17250, 26, 10, M, 0 }, /* Contract.term.asset.periodType */
	{ 89, 46, 11, M, 0 }, /* Contract.term.asset.period */
	{ 17261, 46, 12, M, 0 }, /* Contract.term.asset.usePeriod */
	{ 40, 13, 13, 0, 0 }, /* Contract.term.asset.text */
	{ 17209, 13, 14, M, 0 }, /* Contract.term.asset.linkId */
	{ 17202, 322, 15, M, 0 }, /* Contract.term.asset.answer */
	{ 17216, 15, 16, M, 0 }, /* Contract.term.asset.securityLabelNumber */
	{ 17271, 325, 17, M, 0 }, /* Contract.term.asset.valuedItem */
	{ 0, 13, 0, A, 0 }, /* Contract.term.asset.context.id */
	{ 3, 38, 1, M, 0 }, /* Contract.term.asset.context.extension */
	{ 13, 38, 2, M, 0 }, /* Contract.term.asset.context.modifierExtension */
	{ 3790, 53, 3, 0, 0 }, /* Contract.term.asset.context.reference */
	{ 125, 26, 4, M, 0 }, /* Contract.term.asset.context.code */
	{ 40, 13, 5, 0, 0 }, /* Contract.term.asset.context.text */
	{ 0, 13, 0, A, 0 }, /* Contract.term.asset.valuedItem.id */
	{ 3, 38, 1, M, 0 }, /* Contract.term.asset.valuedItem.extension */
	{ 13, 38, 2, M, 0 }, /* Contract.term.asset.valuedItem.modifierExtension */
	{ 6302, 525, 3, C, 2 }, /* Contract.term.asset.valuedItem.entity */
	{ 4824, 40, 4, 0, 0 }, /* Contract.term.asset.valuedItem.identifier */
	{ 17320, 5, 5, 0, 0 }, /* Contract.term.asset.valuedItem.effectiveTime */
	{ 5563, 50, 6, 0, 0 }, /* Contract.term.asset.valuedItem.quantity */
	{ 16769, 43, 7, 0, 0 }, /* Contract.term.asset.valuedItem.unitPrice */
	{ 4929, 6, 8, 0, 0 }, /* Contract.term.asset.valuedItem.factor */
	{ 17334, 6, 9, 0, 0 }, /* Contract.term.asset.valuedItem.points */
	{ 16779, 43, 10, 0, 0 }, /* Contract.term.asset.valuedItem.net */
	{ 7407, 13, 11, 0, 0 }, /* Contract.term.asset.valuedItem.payment */
	{ 13599, 5, 12, 0, 0 }, /* Contract.term.asset.valuedItem.paymentDate */
	{ 12891, 53, 13, 0, 0 }, /* Contract.term.asset.valuedItem.responsible */
	{ 7776, 53, 14, 0, 0 }, /* Contract.term.asset.valuedItem.recipient */
	{ 17209, 13, 15, M, 0 }, /* Contract.term.asset.valuedItem.linkId */
	{ 17216, 15, 16, M, 0 }, /* Contract.term.asset.valuedItem.securityLabelNumber */
	{ 0, 13, 0, A, 0 }, /* Contract.term.action.id */
	{ 3, 38, 1, M, 0 }, /* Contract.term.action.extension */
	{ 13, 38, 2, M, 0 }, /* Contract.term.action.modifierExtension */
	{ 5431, 1, 3, 0, 0 }, /* Contract.term.action.doNotPerform */
	{ 35, 26, 4, R, 0 }, /* Contract.term.action.type */
	{ 296, 327, 5, M, 0 }, /* Contract.term.action.subject */
	{ 5415, 26, 6, R, 0 }, /* Contract.term.action.intent */
	{ 17209, 13, 7, M, 0 }, /* Contract.term.action.linkId */
	{ 4558, 26, 8, R, 0 }, /* Contract.term.action.status */
	{ 6892, 53, 9, 0, 0 }, /* Contract.term.action.context */
	{ 17341, 13, 10, M, 0 }, /* Contract.term.action.contextLinkId */
	{ 6900, 527, 11, C, 3 }, /* Contract.term.action.occurrence */
	{ 7828, 53, 12, M, 0 }, /* Contract.term.action.requester */
	{ 17355, 13, 13, M, 0 }, /* Contract.term.action.requesterLinkId */
	{ 9084, 26, 14, M, 0 }, /* Contract.term.action.performerType */
	{ 17371, 26, 15, 0, 0 }, /* Contract.term.action.performerRole */
	{ 6964, 53, 16, 0, 0 }, /* Contract.term.action.performer */
	{ 17385, 13, 17, M, 0 }, /* Contract.term.action.performerLinkId */
	{ 6091, 26, 18, M, 0 }, /* Contract.term.action.reasonCode */
	{ 6102, 53, 19, M, 0 }, /* Contract.term.action.reasonReference */
	{ 7104, 13, 20, M, 0 }, /* Contract.term.action.reason */
	{ 17401, 13, 21, M, 0 }, /* Contract.term.action.reasonLinkId */
	{ 6005, 24, 22, M, 0 }, /* Contract.term.action.note */
	{ 17216, 15, 23, M, 0 }, /* Contract.term.action.securityLabelNumber */
	{ 0, 13, 0, A, 0 }, /* Contract.term.action.subject.id */
	{ 3, 38, 1, M, 0 }, /* Contract.term.action.subject.extension */
	{ 13, 38, 2, M, 0 }, /* Contract.term.action.subject.modifierExtension */
	{ 3790, 53, 3, M|R, 0 }, /* Contract.term.action.subject.reference */
	{ 12514, 26, 4, 0, 0 }, /* Contract.term.action.subject.role */
	{ 0, 13, 0, A, 0 }, /* Contract.signer.id */
	{ 3, 38, 1, M, 0 }, /* Contract.signer.extension */
	{ 13, 38, 2, M, 0 }, /* Contract.signer.modifierExtension */
	{ 35, 27, 3, R, 0 }, /* Contract.signer.type */
	{ 15802, 53, 4, R, 0 }, /* Contract.signer.party */
	{ 6474, 56, 5, M|R, 0 }, /* Contract.signer.signature */
	{ 0, 13, 0, A, 0 }, /* Contract.friendly.id */
	{ 3, 38, 1, M, 0 }, /* Contract.friendly.extension */
	{ 13, 38, 2, M, 0 }, /* Contract.friendly.modifierExtension */
	{ 7686, 530, 3, R|C, 2 }, /* Contract.friendly.content */
	{ 0, 13, 0, A, 0 }, /* Contract.legal.id */
	{ 3, 38, 1, M, 0 }, /* Contract.legal.extension */
	{ 13, 38, 2, M, 0 }, /* Contract.legal.modifierExtension */
	{ 7686, 532, 3, R|C, 2 }, /* Contract.legal.content */
	{ 0, 13, 0, A, 0 }, /* Contract.rule.id */
	{ 3, 38, 1, M, 0 }, /* Contract.rule.extension */
	{ 13, 38, 2, M, 0 }, /* Contract.rule.modifierExtension */
	{ 7686, 534, 3, R|C, 2 }, /* Contract.rule.content */
	{ 0, 13, 0, A, 0 }, /* Coverage.class.id */
	{ 3, 38, 1, M, 0 }, /* Coverage.class.extension */
	{ 13, 38, 2, M, 0 }, /* Coverage.class.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* Coverage.class.type */
	{ 96, 13, 4, R, 0 }, /* Coverage.class.value */
	{ 262, 13, 5, 0, 0 }, /* Coverage.class.name */
	{ 0, 13, 0, A, 0 }, /* Coverage.costToBeneficiary.id */
	{ 3, 38, 1, M, 0 }, /* Coverage.costToBeneficiary.extension */
	{ 13, 38, 2, M, 0 }, /* Coverage.costToBeneficiary.modifierExtension */
	{ 35, 26, 3, 0, 0 }, /* Coverage.costToBeneficiary.type */
	{ 96, 536, 4, R|C, 2 }, /* Coverage.costToBeneficiary.value */
	{ 17414, 334, 5, M, 0 }, /* Coverage.costToBeneficiary.exception */
	{ 0, 13, 0, A, 0 }, /* Coverage.costToBeneficiary.exception.id */
	{ 3, 38, 1, M, 0 }, /* Coverage.costToBeneficiary.exception.extension */
	{ 13, 38, 2, M, 0 }, /* Coverage.costToBeneficiary.exception.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* Coverage.costToBeneficiary.exception.type */
	{ 89, 46, 4, 0, 0 }, /* Coverage.costToBeneficiary.exception.period */
	{ 0, 13, 0, A, 0 }, /* CoverageEligibilityRequest.supportingInfo.id */
	{ 3, 38, 1, M, 0 }, /* CoverageEligibilityRequest.supportingInfo.extension */
	{ 13, 38, 2, M, 0 }, /* CoverageEligibilityRequest.supportingInfo.modifierExtension */
	{ 389, 12, 3, R, 0 }, /* CoverageEligibilityRequest.supportingInfo.sequence */
	{ 17424, 53, 4, R, 0 }, /* CoverageEligibilityRequest.supportingInfo.information */
	{ 17436, 1, 5, 0, 0 }, /* CoverageEligibilityRequest.supportingInfo.appliesToAll */
	{ 0, 13, 0, A, 0 }, /* CoverageEligibilityRequest.insurance.id */
	{ 3, 38, 1, M, 0 }, /* CoverageEligibilityRequest.insurance.extension */
	{ 13, 38, 2, M, 0 }, /* CoverageEligibilityRequest.insurance.modifierExtension */
	{ 16593, 1, 3, 0, 0 }, /* CoverageEligibilityRequest.insurance.focal */
	{ 5207, 53, 4, R, 0 }, /* CoverageEligibilityRequest.insurance.coverage */
	{ 16599, 13, 5, 0, 0 }, /* CoverageEligibilityRequest.insurance.businessArrangement */
	{ 0, 13, 0, A, 0 }, /* CoverageEligibilityRequest.item.id */
	{ 3, 38, 1, M, 0 }, /* CoverageEligibilityRequest.item.extension */
	{ 13, 38, 2, M, 0 }, /* CoverageEligibilityRequest.item.modifierExtension */
	{ 17449, 12, 3, M, 0 }, /* CoverageEligibilityRequest.item.supportingInfoSequence */
	{ 5693, 26, 4, 0, 0 }, /* CoverageEligibilityRequest.item.category */
	{ 16716, 26, 5, 0, 0 }, /* CoverageEligibilityRequest.item.productOrService */
	{ 14187, 26, 6, M, 0 }, /* CoverageEligibilityRequest.item.modifier */
	{ 7210, 53, 7, 0, 0 }, /* CoverageEligibilityRequest.item.provider */
	{ 5563, 50, 8, 0, 0 }, /* CoverageEligibilityRequest.item.quantity */
	{ 16769, 43, 9, 0, 0 }, /* CoverageEligibilityRequest.item.unitPrice */
	{ 7289, 53, 10, 0, 0 }, /* CoverageEligibilityRequest.item.facility */
	{ 7298, 338, 11, M, 0 }, /* CoverageEligibilityRequest.item.diagnosis */
	{ 8642, 53, 12, M, 0 }, /* CoverageEligibilityRequest.item.detail */
	{ 0, 13, 0, A, 0 }, /* CoverageEligibilityRequest.item.diagnosis.id */
	{ 3, 38, 1, M, 0 }, /* CoverageEligibilityRequest.item.diagnosis.extension */
	{ 13, 38, 2, M, 0 }, /* CoverageEligibilityRequest.item.diagnosis.modifierExtension */
	{ 7298, 538, 3, C, 2 }, /* CoverageEligibilityRequest.item.diagnosis.diagnosis */
	{ 0, 13, 0, A, 0 }, /* CoverageEligibilityResponse.insurance.id */
	{ 3, 38, 1, M, 0 }, /* CoverageEligibilityResponse.insurance.extension */
	{ 13, 38, 2, M, 0 }, /* CoverageEligibilityResponse.insurance.modifierExtension */
	{ 5207, 53, 3, R, 0 }, /* CoverageEligibilityResponse.insurance.coverage */
	{ 17472, 1, 4, 0, 0 }, /* CoverageEligibilityResponse.insurance.inforce */
	{ 9748, 46, 5, 0, 0 }, /* CoverageEligibilityResponse.insurance.benefitPeriod */
	{ 7337, 340, 6, M, 0 }, /* CoverageEligibilityResponse.insurance.item */
	{ 0, 13, 0, A, 0 }, /* CoverageEligibilityResponse.insurance.item.id */
	{ 3, 38, 1, M, 0 }, /* CoverageEligibilityResponse.insurance.item.extension */
	{ 13, 38, 2, M, 0 }, /* CoverageEligibilityResponse.insurance.item.modifierExtension */
	{ 5693, 26, 3, 0, 0 }, /* CoverageEligibilityResponse.insurance.item.category */
	{ 16716, 26, 4, 0, 0 }, /* CoverageEligibilityResponse.insurance.item.productOrService */
	{ 14187, 26, 5, M, 0 }, /* CoverageEligibilityResponse.insurance.item.modifier */
	{ 7210, 53, 6, 0, 0 }, /* CoverageEligibilityResponse.insurance.item.provider */
	{ 17480, 1, 7, 0, 0 }, /* CoverageEligibilityResponse.insurance.item.excluded */
	{ 262, 13, 8, 0, 0 }, /* CoverageEligibilityResponse.insurance.item.name */
	{ 3767, 13, 9, 0, 0 }, /* CoverageEligibilityResponse.insurance.item.description */
	{ 8500, 26, 10, 0, 0 }, /* CoverageEligibilityResponse.insurance.item.network */
	{ 113, 26, 11, 0, 0 }, /* CoverageEligibilityResponse.insurance.item.unit */
	{ 8298, 26, 12, 0, 0 }, /* CoverageEligibilityResponse.insurance.item.term */
	{ 17489, 341, 13, M, 0 }, /* CoverageEligibilityResponse.insurance.item.benefit */
	{ 17497, 1, 14, 0, 0 }, /* CoverageEligibilityResponse.insurance.item.authorizationRequired */
	{ 17519, 26, 15, M, 0 }, /* CoverageEligibilityResponse.insurance.item.authorizationSupporting */
	{ 17543, 16, 16, 0, 0 }, /* CoverageEligibilityResponse.insurance.item.authorizationUrl */
	{ 0, 13, 0, A, 0 }, /* CoverageEligibilityResponse.insurance.item.benefit.id */
	{ 3, 38, 1, M, 0 }, /* CoverageEligibilityResponse.insurance.item.benefit.extension */
	{ 13, 38, 2, M, 0 }, /* CoverageEligibilityResponse.insurance.item.benefit.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* CoverageEligibilityResponse.insurance.item.benefit.type */
	{ 17560, 540, 4, C, 3 }, /* CoverageEligibilityResponse.insurance.item.benefit.allowed */
	{ 17614, 543, 5, C, 3 }, /* CoverageEligibilityResponse.insurance.item.benefit.used */
	{ 0, 13, 0, A, 0 }, /* CoverageEligibilityResponse.error.id */
	{ 3, 38, 1, M, 0 }, /* CoverageEligibilityResponse.error.extension */
	{ 13, 38, 2, M, 0 }, /* CoverageEligibilityResponse.error.modifierExtension */
	{ 125, 26, 3, R, 0 }, /* CoverageEligibilityResponse.error.code */
	{ 0, 13, 0, A, 0 }, /* DetectedIssue.evidence.id */
	{ 3, 38, 1, M, 0 }, /* DetectedIssue.evidence.extension */
	{ 13, 38, 2, M, 0 }, /* DetectedIssue.evidence.modifierExtension */
	{ 125, 26, 3, M, 0 }, /* DetectedIssue.evidence.code */
	{ 8642, 53, 4, M, 0 }, /* DetectedIssue.evidence.detail */
	{ 0, 13, 0, A, 0 }, /* DetectedIssue.mitigation.id */
	{ 3, 38, 1, M, 0 }, /* DetectedIssue.mitigation.extension */
	{ 13, 38, 2, M, 0 }, /* DetectedIssue.mitigation.modifierExtension */
	{ 6253, 26, 3, R, 0 }, /* DetectedIssue.mitigation.action */
	{ 5261, 5, 4, 0, 0 }, /* DetectedIssue.mitigation.date */
	{ 130, 53, 5, 0, 0 }, /* DetectedIssue.mitigation.author */
	{ 0, 13, 0, A, 0 }, /* Device.udiCarrier.id */
	{ 3, 38, 1, M, 0 }, /* Device.udiCarrier.extension */
	{ 13, 38, 2, M, 0 }, /* Device.udiCarrier.modifierExtension */
	{ 17656, 13, 3, 0, 0 }, /* Device.udiCarrier.deviceIdentifier */
	{ 10938, 16, 4, 0, 0 }, /* Device.udiCarrier.issuer */
	{ 4545, 16, 5, 0, 0 }, /* Device.udiCarrier.jurisdiction */
	{ 17673, 0, 6, 0, 0 }, /* Device.udiCarrier.carrierAIDC */
	{ 17685, 13, 7, 0, 0 }, /* Device.udiCarrier.carrierHRF */
	{ 17696, 3, 8, 0, 0 }, /* Device.udiCarrier.entryType */
	{ 0, 13, 0, A, 0 }, /* Device.deviceName.id */
	{ 3, 38, 1, M, 0 }, /* Device.deviceName.extension */
	{ 13, 38, 2, M, 0 }, /* Device.deviceName.modifierExtension */
	{ 262, 13, 3, R, 0 }, /* Device.deviceName.name */
	{ 35, 3, 4, R, 0 }, /* Device.deviceName.type */
	{ 0, 13, 0, A, 0 }, /* Device.specialization.id */
	{ 3, 38, 1, M, 0 }, /* Device.specialization.extension */
	{ 13, 38, 2, M, 0 }, /* Device.specialization.modifierExtension */
	{ 17706, 26, 3, R, 0 }, /* Device.specialization.systemType */
	{ 233, 13, 4, 0, 0 }, /* Device.specialization.version */
	{ 0, 13, 0, A, 0 }, /* Device.version.id */
	{ 3, 38, 1, M, 0 }, /* Device.version.extension */
	{ 13, 38, 2, M, 0 }, /* Device.version.modifierExtension */
	{ 35, 26, 3, 0, 0 }, /* Device.version.type */
	{ 13191, 40, 4, 0, 0 }, /* Device.version.component */
	{ 96, 13, 5, R, 0 }, /* Device.version.value */
	{ 0, 13, 0, A, 0 }, /* Device.property.id */
	{ 3, 38, 1, M, 0 }, /* Device.property.extension */
	{ 13, 38, 2, M, 0 }, /* Device.property.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* Device.property.type */
	{ 4232, 50, 4, M, 0 }, /* Device.property.valueQuantity */
	{ 3846, 26, 5, M, 0 }, /* Device.property.valueCode */
	{ 0, 13, 0, A, 0 }, /* DeviceDefinition.udiDeviceIdentifier.id */
	{ 3, 38, 1, M, 0 }, /* DeviceDefinition.udiDeviceIdentifier.extension */
	{ 13, 38, 2, M, 0 }, /* DeviceDefinition.udiDeviceIdentifier.modifierExtension */
	{ 17656, 13, 3, R, 0 }, /* DeviceDefinition.udiDeviceIdentifier.deviceIdentifier */
	{ 10938, 16, 4, R, 0 }, /* DeviceDefinition.udiDeviceIdentifier.issuer */
	{ 4545, 16, 5, R, 0 }, /* DeviceDefinition.udiDeviceIdentifier.jurisdiction */
	{ 0, 13, 0, A, 0 }, /* DeviceDefinition.deviceName.id */
	{ 3, 38, 1, M, 0 }, /* DeviceDefinition.deviceName.extension */
	{ 13, 38, 2, M, 0 }, /* DeviceDefinition.deviceName.modifierExtension */
	{ 262, 13, 3, R, 0 }, /* DeviceDefinition.deviceName.name */
	{ 35, 3, 4, R, 0 }, /* DeviceDefinition.deviceName.type */
	{ 0, 13, 0, A, 0 }, /* DeviceDefinition.specialization.id */
	{ 3, 38, 1, M, 0 }, /* DeviceDefinition.specialization.extension */
	{ 13, 38, 2, M, 0 }, /* DeviceDefinition.specialization.modifierExtension */
	{ 17706, 13, 3, R, 0 }, /* DeviceDefinition.specialization.systemType */
	{ 233, 13, 4, 0, 0 }, /* DeviceDefinition.specialization.version */
	{ 0, 13, 0, A, 0 }, /* DeviceDefinition.capability.id */
	{ 3, 38, 1, M, 0 }, /* DeviceDefinition.capability.extension */
	{ 13, 38, 2, M, 0 }, /* DeviceDefinition.capability.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* DeviceDefinition.capability.type */
	{ 3767, 26, 4, M, 0 }, /* DeviceDefinition.capability.description */
	{ 0, 13, 0, A, 0 }, /* DeviceDefinition.property.id */
	{ 3, 38, 1, M, 0 }, /* DeviceDefinition.property.extension */
	{ 13, 38, 2, M, 0 }, /* DeviceDefinition.property.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* DeviceDefinition.property.type */
	{ 4232, 50, 4, M, 0 }, /* DeviceDefinition.property.valueQuantity */
	{ 3846, 26, 5, M, 0 }, /* DeviceDefinition.property.valueCode */
	{ 0, 13, 0, A, 0 }, /* DeviceDefinition.material.id */
	{ 3, 38, 1, M, 0 }, /* DeviceDefinition.material.extension */
	{ 13, 38, 2, M, 0 }, /* DeviceDefinition.material.modifierExtension */
	{ 12558, 26, 3, R, 0 }, /* DeviceDefinition.material.substance */
	{ 17717, 1, 4, 0, 0 }, /* DeviceDefinition.material.alternate */
	{ 12519, 1, 5, 0, 0 }, /* DeviceDefinition.material.allergenicIndicator */
	{ 0, 13, 0, A, 0 }, /* DeviceMetric.calibration.id */
	{ 3, 38, 1, M, 0 }, /* DeviceMetric.calibration.extension */
	{ 13, 38, 2, M, 0 }, /* DeviceMetric.calibration.modifierExtension */
	{ 35, 3, 3, 0, 0 }, /* DeviceMetric.calibration.type */
	{ 64, 3, 4, 0, 0 }, /* DeviceMetric.calibration.state */
	{ 166, 8, 5, 0, 0 }, /* DeviceMetric.calibration.time */
	{ 0, 13, 0, A, 0 }, /* DeviceRequest.parameter.id */
	{ 3, 38, 1, M, 0 }, /* DeviceRequest.parameter.extension */
	{ 13, 38, 2, M, 0 }, /* DeviceRequest.parameter.modifierExtension */
	{ 125, 26, 3, 0, 0 }, /* DeviceRequest.parameter.code */
	{ 96, 546, 4, C, 4 }, /* DeviceRequest.parameter.value */
	{ 0, 13, 0, A, 0 }, /* DiagnosticReport.media.id */
	{ 3, 38, 1, M, 0 }, /* DiagnosticReport.media.extension */
	{ 13, 38, 2, M, 0 }, /* DiagnosticReport.media.modifierExtension */
	{ 667, 13, 3, 0, 0 }, /* DiagnosticReport.media.comment */
	{ 6463, 53, 4, R, 0 }, /* DiagnosticReport.media.link */
	{ 0, 13, 0, A, 0 }, /* DocumentManifest.related.id */
	{ 3, 38, 1, M, 0 }, /* DocumentManifest.related.extension */
	{ 13, 38, 2, M, 0 }, /* DocumentManifest.related.modifierExtension */
	{ 4824, 40, 3, 0, 0 }, /* DocumentManifest.related.identifier */
	{ 17727, 53, 4, 0, 0 }, /* DocumentManifest.related.ref */
	{ 0, 13, 0, A, 0 }, /* DocumentReference.relatesTo.id */
	{ 3, 38, 1, M, 0 }, /* DocumentReference.relatesTo.extension */
	{ 13, 38, 2, M, 0 }, /* DocumentReference.relatesTo.modifierExtension */
	{ 125, 3, 3, R, 0 }, /* DocumentReference.relatesTo.code */
	{ 7924, 53, 4, R, 0 }, /* DocumentReference.relatesTo.target */
	{ 0, 13, 0, A, 0 }, /* DocumentReference.content.id */
	{ 3, 38, 1, M, 0 }, /* DocumentReference.content.extension */
	{ 13, 38, 2, M, 0 }, /* DocumentReference.content.modifierExtension */
	{ 17731, 25, 3, R, 0 }, /* DocumentReference.content.attachment */
	{ 6541, 27, 4, 0, 0 }, /* DocumentReference.content.format */
	{ 0, 13, 0, A, 0 }, /* DocumentReference.context.id */
	{ 3, 38, 1, M, 0 }, /* DocumentReference.context.extension */
	{ 13, 38, 2, M, 0 }, /* DocumentReference.context.modifierExtension */
	{ 5702, 53, 3, M, 0 }, /* DocumentReference.context.encounter */
	{ 5096, 26, 4, M, 0 }, /* DocumentReference.context.event */
	{ 89, 46, 5, 0, 0 }, /* DocumentReference.context.period */
	{ 17742, 26, 6, 0, 0 }, /* DocumentReference.context.facilityType */
	{ 17755, 26, 7, 0, 0 }, /* DocumentReference.context.practiceSetting */
	{ 17771, 53, 8, 0, 0 }, /* DocumentReference.context.sourcePatientInfo */
	{ 7232, 53, 9, M, 0 }, /* DocumentReference.context.related */
	{ 0, 13, 0, A, 0 }, /* EffectEvidenceSynthesis.sampleSize.id */
	{ 3, 38, 1, M, 0 }, /* EffectEvidenceSynthesis.sampleSize.extension */
	{ 13, 38, 2, M, 0 }, /* EffectEvidenceSynthesis.sampleSize.modifierExtension */
	{ 3767, 13, 3, 0, 0 }, /* EffectEvidenceSynthesis.sampleSize.description */
	{ 17789, 9, 4, 0, 0 }, /* EffectEvidenceSynthesis.sampleSize.numberOfStudies */
	{ 17805, 9, 5, 0, 0 }, /* EffectEvidenceSynthesis.sampleSize.numberOfParticipants */
	{ 0, 13, 0, A, 0 }, /* EffectEvidenceSynthesis.resultsByExposure.id */
	{ 3, 38, 1, M, 0 }, /* EffectEvidenceSynthesis.resultsByExposure.extension */
	{ 13, 38, 2, M, 0 }, /* EffectEvidenceSynthesis.resultsByExposure.modifierExtension */
	{ 3767, 13, 3, 0, 0 }, /* EffectEvidenceSynthesis.resultsByExposure.description */
	{ 17826, 3, 4, 0, 0 }, /* EffectEvidenceSynthesis.resultsByExposure.exposureState */
	{ 17840, 26, 5, 0, 0 }, /* EffectEvidenceSynthesis.resultsByExposure.variantState */
	{ 17853, 53, 6, R, 0 }, /* EffectEvidenceSynthesis.resultsByExposure.riskEvidenceSynthesis */
	{ 0, 13, 0, A, 0 }, /* EffectEvidenceSynthesis.effectEstimate.id */
	{ 3, 38, 1, M, 0 }, /* EffectEvidenceSynthesis.effectEstimate.extension */
	{ 13, 38, 2, M, 0 }, /* EffectEvidenceSynthesis.effectEstimate.modifierExtension */
	{ 3767, 13, 3, 0, 0 }, /* EffectEvidenceSynthesis.effectEstimate.description */
	{ 35, 26, 4, 0, 0 }, /* EffectEvidenceSynthesis.effectEstimate.type */
	{ 17840, 26, 5, 0, 0 }, /* EffectEvidenceSynthesis.effectEstimate.variantState */
	{ 96, 6, 6, 0, 0 }, /* EffectEvidenceSynthesis.effectEstimate.value */
	{ 17875, 26, 7, 0, 0 }, /* EffectEvidenceSynthesis.effectEstimate.unitOfMeasure */
	{ 17889, 366, 8, M, 0 }, /* EffectEvidenceSynthesis.effectEstimate.precisionEstimate */
	{ 0, 13, 0, A, 0 }, /* EffectEvidenceSynthesis.effectEstimate.precisionEstimate.id */
	{ 3, 38, 1, M, 0 }, /* EffectEvidenceSynthesis.effectEstimate.precisionEstimate.extension */
	{ 13, 38, 2, M, 0 }, /* EffectEvidenceSynthesis.effectEstimate.precisionEstimate.modifierExtension */
	{ 35, 26, 3, 0, 0 }, /* EffectEvidenceSynthesis.effectEstimate.precisionEstimate.type */
	{ 17907, 6, 4, 0, 0 }, /* EffectEvidenceSynthesis.effectEstimate.precisionEstimate.level */
	{ 17913, 6, 5, 0, 0 }, /* EffectEvidenceSynthesis.effectEstimate.precisionEstimate.from */
	{ 17918, 6, 6, 0, 0 }, /* EffectEvidenceSynthesis.effectEstimate.precisionEstimate.to */
	{ 0, 13, 0, A, 0 }, /* EffectEvidenceSynthesis.certainty.id */
	{ 3, 38, 1, M, 0 }, /* EffectEvidenceSynthesis.certainty.extension */
	{ 13, 38, 2, M, 0 }, /* EffectEvidenceSynthesis.certainty.modifierExtension */
	{ 17921, 26, 3, M, 0 }, /* EffectEvidenceSynthesis.certainty.rating */
	{ 6005, 24, 4, M, 0 }, /* EffectEvidenceSynthesis.certainty.note */
	{ 17928, 368, 5, M, 0 }, /* EffectEvidenceSynthesis.certainty.certaintySubcomponent */
	{ 0, 13, 0, A, 0 }, /* EffectEvidenceSynthesis.certainty.certaintySubcomponent.id */
	{ 3, 38, 1, M, 0 }, /* EffectEvidenceSynthesis.certainty.certaintySubcomponent.extension */
	{ 13, 38, 2, M, 0 }, /* EffectEvidenceSynthesis.certainty.certaintySubcomponent.modifierExtension */
	{ 35, 26, 3, 0, 0 }, /* EffectEvidenceSynthesis.certainty.certaintySubcomponent.type */
	{ 17921, 26, 4, M, 0 }, /* EffectEvidenceSynthesis.certainty.certaintySubcomponent.rating */
	{ 6005, 24, 5, M, 0 }, /* EffectEvidenceSynthesis.certainty.certaintySubcomponent.note */
	{ 0, 13, 0, A, 0 }, /* Encounter.statusHistory.id */
	{ 3, 38, 1, M, 0 }, /* Encounter.statusHistory.extension */
	{ 13, 38, 2, M, 0 }, /* Encounter.statusHistory.modifierExtension */
	{ 4558, 3, 3, R, 0 }, /* Encounter.statusHistory.status */
	{ 89, 46, 4, R, 0 }, /* Encounter.statusHistory.period */
	{ 0, 13, 0, A, 0 }, /* Encounter.classHistory.id */
	{ 3, 38, 1, M, 0 }, /* Encounter.classHistory.extension */
	{ 13, 38, 2, M, 0 }, /* Encounter.classHistory.modifierExtension */
	{ 8488, 27, 3, R, 0 }, /* Encounter.classHistory.class */
	{ 89, 46, 4, R, 0 }, /* Encounter.classHistory.period */
	{ 0, 13, 0, A, 0 }, /* Encounter.participant.id */
	{ 3, 38, 1, M, 0 }, /* Encounter.participant.extension */
	{ 13, 38, 2, M, 0 }, /* Encounter.participant.modifierExtension */
	{ 35, 26, 3, M, 0 }, /* Encounter.participant.type */
	{ 89, 46, 4, 0, 0 }, /* Encounter.participant.period */
	{ 14060, 53, 5, 0, 0 }, /* Encounter.participant.individual */
	{ 0, 13, 0, A, 0 }, /* Encounter.diagnosis.id */
	{ 3, 38, 1, M, 0 }, /* Encounter.diagnosis.extension */
	{ 13, 38, 2, M, 0 }, /* Encounter.diagnosis.modifierExtension */
	{ 3692, 53, 3, R, 0 }, /* Encounter.diagnosis.condition */
	{ 31, 26, 4, 0, 0 }, /* Encounter.diagnosis.use */
	{ 275, 12, 5, 0, 0 }, /* Encounter.diagnosis.rank */
	{ 0, 13, 0, A, 0 }, /* Encounter.hospitalization.id */
	{ 3, 38, 1, M, 0 }, /* Encounter.hospitalization.extension */
	{ 13, 38, 2, M, 0 }, /* Encounter.hospitalization.modifierExtension */
	{ 17950, 40, 3, 0, 0 }, /* Encounter.hospitalization.preAdmissionIdentifier */
	{ 4922, 53, 4, 0, 0 }, /* Encounter.hospitalization.origin */
	{ 17973, 26, 5, 0, 0 }, /* Encounter.hospitalization.admitSource */
	{ 17985, 26, 6, 0, 0 }, /* Encounter.hospitalization.reAdmission */
	{ 17997, 26, 7, M, 0 }, /* Encounter.hospitalization.dietPreference */
	{ 18012, 26, 8, M, 0 }, /* Encounter.hospitalization.specialCourtesy */
	{ 18028, 26, 9, M, 0 }, /* Encounter.hospitalization.specialArrangement */
	{ 11495, 53, 10, 0, 0 }, /* Encounter.hospitalization.destination */
	{ 18047, 26, 11, 0, 0 }, /* Encounter.hospitalization.dischargeDisposition */
	{ 0, 13, 0, A, 0 }, /* Encounter.location.id */
	{ 3, 38, 1, M, 0 }, /* Encounter.location.extension */
	{ 13, 38, 2, M, 0 }, /* Encounter.location.modifierExtension */
	{ 5494, 53, 3, R, 0 }, /* Encounter.location.location */
	{ 4558, 3, 4, 0, 0 }, /* Encounter.location.status */
	{ 11014, 26, 5, 0, 0 }, /* Encounter.location.physicalType */
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
	{ 12514, 26, 4, 0, 0 }, /* EpisodeOfCare.diagnosis.role */
	{ 275, 12, 5, 0, 0 }, /* EpisodeOfCare.diagnosis.rank */
	{ 0, 13, 0, A, 0 }, /* EvidenceVariable.characteristic.id */
	{ 3, 38, 1, M, 0 }, /* EvidenceVariable.characteristic.extension */
	{ 13, 38, 2, M, 0 }, /* EvidenceVariable.characteristic.modifierExtension */
	{ 3767, 13, 3, 0, 0 }, /* EvidenceVariable.characteristic.description */
	{ 656, 550, 4, R|C, 6 }, /* EvidenceVariable.characteristic.definition */
	{ 18189, 60, 5, M, 0 }, /* EvidenceVariable.characteristic.usageContext */
	{ 18202, 1, 6, 0, 0 }, /* EvidenceVariable.characteristic.exclude */
	{ 18210, 556, 7, C, 4 }, /* EvidenceVariable.characteristic.participantEffective */
	{ 18343, 35, 8, 0, 0 }, /* EvidenceVariable.characteristic.timeFromStart */
	{ 18357, 3, 9, 0, 0 }, /* EvidenceVariable.characteristic.groupMeasure */
	{ 0, 13, 0, A, 0 }, /* ExampleScenario.actor.id */
	{ 3, 38, 1, M, 0 }, /* ExampleScenario.actor.extension */
	{ 13, 38, 2, M, 0 }, /* ExampleScenario.actor.modifierExtension */
	{ 18370, 13, 3, R, 0 }, /* ExampleScenario.actor.actorId */
	{ 35, 3, 4, R, 0 }, /* ExampleScenario.actor.type */
	{ 262, 13, 5, 0, 0 }, /* ExampleScenario.actor.name */
	{ 3767, 10, 6, 0, 0 }, /* ExampleScenario.actor.description */
	{ 0, 13, 0, A, 0 }, /* ExampleScenario.instance.id */
	{ 3, 38, 1, M, 0 }, /* ExampleScenario.instance.extension */
	{ 13, 38, 2, M, 0 }, /* ExampleScenario.instance.modifierExtension */
	{ 18378, 13, 3, R, 0 }, /* ExampleScenario.instance.resourceId */
	{ 18389, 3, 4, R, 0 }, /* ExampleScenario.instance.resourceType */
	{ 262, 13, 5, 0, 0 }, /* ExampleScenario.instance.name */
	{ 3767, 10, 6, 0, 0 }, /* ExampleScenario.instance.description */
	{ 233, 380, 7, M, 0 }, /* ExampleScenario.instance.version */
	{ 18402, 381, 8, M, 0 }, /* ExampleScenario.instance.containedInstance */
	{ 0, 13, 0, A, 0 }, /* ExampleScenario.instance.version.id */
	{ 3, 38, 1, M, 0 }, /* ExampleScenario.instance.version.extension */
	{ 13, 38, 2, M, 0 }, /* ExampleScenario.instance.version.modifierExtension */
	{ 4587, 13, 3, R, 0 }, /* ExampleScenario.instance.version.versionId */
	{ 3767, 10, 4, R, 0 }, /* ExampleScenario.instance.version.description */
	{ 0, 13, 0, A, 0 }, /* ExampleScenario.instance.containedInstance.id */
	{ 3, 38, 1, M, 0 }, /* ExampleScenario.instance.containedInstance.extension */
	{ 13, 38, 2, M, 0 }, /* ExampleScenario.instance.containedInstance.modifierExtension */
	{ 18378, 13, 3, R, 0 }, /* ExampleScenario.instance.containedInstance.resourceId */
	{ 4587, 13, 4, 0, 0 }, /* ExampleScenario.instance.containedInstance.versionId */
	{ 0, 13, 0, A, 0 }, /* ExampleScenario.process.id */
	{ 3, 38, 1, M, 0 }, /* ExampleScenario.process.extension */
	{ 13, 38, 2, M, 0 }, /* ExampleScenario.process.modifierExtension */
	{ 211, 13, 3, R, 0 }, /* ExampleScenario.process.title */
	{ 3767, 10, 4, 0, 0 }, /* ExampleScenario.process.description */
	{ 18420, 10, 5, 0, 0 }, /* ExampleScenario.process.preConditions */
	{ 18434, 10, 6, 0, 0 }, /* ExampleScenario.process.postConditions */
	{ 18449, 383, 7, M, 0 }, /* ExampleScenario.process.step */
	{ 0, 13, 0, A, 0 }, /* ExampleScenario.process.step.id */
	{ 3, 38, 1, M, 0 }, /* ExampleScenario.process.step.extension */
	{ 13, 38, 2, M, 0 }, /* ExampleScenario.process.step.modifierExtension */
	{ 9661, 382, 3, M, 0 }, /* ExampleScenario.process.step.process */
	{ 18454, 1, 4, 0, 0 }, /* ExampleScenario.process.step.pause */
	{ 16140, 384, 5, 0, 0 }, /* ExampleScenario.process.step.operation */
	{ 18460, 385, 6, M, 0 }, /* ExampleScenario.process.step.alternative */
	{ 0, 13, 0, A, 0 }, /* ExampleScenario.process.step.operation.id */
	{ 3, 38, 1, M, 0 }, /* ExampleScenario.process.step.operation.extension */
	{ 13, 38, 2, M, 0 }, /* ExampleScenario.process.step.operation.modifierExtension */
	{ 16917, 13, 3, R, 0 }, /* ExampleScenario.process.step.operation.number */
	{ 35, 13, 4, 0, 0 }, /* ExampleScenario.process.step.operation.type */
	{ 262, 13, 5, 0, 0 }, /* ExampleScenario.process.step.operation.name */
	{ 18472, 13, 6, 0, 0 }, /* ExampleScenario.process.step.operation.initiator */
	{ 11507, 13, 7, 0, 0 }, /* ExampleScenario.process.step.operation.receiver */
	{ 3767, 10, 8, 0, 0 }, /* ExampleScenario.process.step.operation.description */
	{ 18482, 1, 9, 0, 0 }, /* ExampleScenario.process.step.operation.initiatorActive */
	{ 18498, 1, 10, 0, 0 }, /* ExampleScenario.process.step.operation.receiverActive */
	{ 6353, 381, 11, 0, 0 }, /* ExampleScenario.process.step.operation.request */
	{ 12903, 381, 12, 0, 0 }, /* ExampleScenario.process.step.operation.response */
	{ 0, 13, 0, A, 0 }, /* ExampleScenario.process.step.alternative.id */
	{ 3, 38, 1, M, 0 }, /* ExampleScenario.process.step.alternative.extension */
	{ 13, 38, 2, M, 0 }, /* ExampleScenario.process.step.alternative.modifierExtension */
	{ 211, 13, 3, R, 0 }, /* ExampleScenario.process.step.alternative.title */
	{ 3767, 10, 4, 0, 0 }, /* ExampleScenario.process.step.alternative.description */
	{ 18449, 383, 5, M, 0 }, /* ExampleScenario.process.step.alternative.step */
	{ 0, 13, 0, A, 0 }, /* ExplanationOfBenefit.related.id */
	{ 3, 38, 1, M, 0 }, /* ExplanationOfBenefit.related.extension */
	{ 13, 38, 2, M, 0 }, /* ExplanationOfBenefit.related.modifierExtension */
	{ 9700, 53, 3, 0, 0 }, /* ExplanationOfBenefit.related.claim */
	{ 8469, 26, 4, 0, 0 }, /* ExplanationOfBenefit.related.relationship */
	{ 3790, 40, 5, 0, 0 }, /* ExplanationOfBenefit.related.reference */
	{ 0, 13, 0, A, 0 }, /* ExplanationOfBenefit.payee.id */
	{ 3, 38, 1, M, 0 }, /* ExplanationOfBenefit.payee.extension */
	{ 13, 38, 2, M, 0 }, /* ExplanationOfBenefit.payee.modifierExtension */
	{ 35, 26, 3, 0, 0 }, /* ExplanationOfBenefit.payee.type */
	{ 15802, 53, 4, 0, 0 }, /* ExplanationOfBenefit.payee.party */
	{ 0, 13, 0, A, 0 }, /* ExplanationOfBenefit.careTeam.id */
	{ 3, 38, 1, M, 0 }, /* ExplanationOfBenefit.careTeam.extension */
	{ 13, 38, 2, M, 0 }, /* ExplanationOfBenefit.careTeam.modifierExtension */
	{ 389, 12, 3, R, 0 }, /* ExplanationOfBenefit.careTeam.sequence */
	{ 7210, 53, 4, R, 0 }, /* ExplanationOfBenefit.careTeam.provider */
	{ 12891, 1, 5, 0, 0 }, /* ExplanationOfBenefit.careTeam.responsible */
	{ 12514, 26, 6, 0, 0 }, /* ExplanationOfBenefit.careTeam.role */
	{ 13671, 26, 7, 0, 0 }, /* ExplanationOfBenefit.careTeam.qualification */
	{ 0, 13, 0, A, 0 }, /* ExplanationOfBenefit.supportingInfo.id */
	{ 3, 38, 1, M, 0 }, /* ExplanationOfBenefit.supportingInfo.extension */
	{ 13, 38, 2, M, 0 }, /* ExplanationOfBenefit.supportingInfo.modifierExtension */
	{ 389, 12, 3, R, 0 }, /* ExplanationOfBenefit.supportingInfo.sequence */
	{ 5693, 26, 4, R, 0 }, /* ExplanationOfBenefit.supportingInfo.category */
	{ 125, 26, 5, 0, 0 }, /* ExplanationOfBenefit.supportingInfo.code */
	{ 439, 560, 6, C, 2 }, /* ExplanationOfBenefit.supportingInfo.timing */
	{ 96, 562, 7, C, 5 }, /* ExplanationOfBenefit.supportingInfo.value */
	{ 7104, 27, 8, 0, 0 }, /* ExplanationOfBenefit.supportingInfo.reason */
	{ 0, 13, 0, A, 0 }, /* ExplanationOfBenefit.diagnosis.id */
	{ 3, 38, 1, M, 0 }, /* ExplanationOfBenefit.diagnosis.extension */
	{ 13, 38, 2, M, 0 }, /* ExplanationOfBenefit.diagnosis.modifierExtension */
	{ 389, 12, 3, R, 0 }, /* ExplanationOfBenefit.diagnosis.sequence */
	{ 7298, 567, 4, R|C, 2 }, /* ExplanationOfBenefit.diagnosis.diagnosis */
	{ 35, 26, 5, M, 0 }, /* ExplanationOfBenefit.diagnosis.type */
	{ 16540, 26, 6, 0, 0 }, /* ExplanationOfBenefit.diagnosis.onAdmission */
	{ 16552, 26, 7, 0, 0 }, /* ExplanationOfBenefit.diagnosis.packageCode */
	{ 0, 13, 0, A, 0 }, /* ExplanationOfBenefit.procedure.id */
	{ 3, 38, 1, M, 0 }, /* ExplanationOfBenefit.procedure.extension */
	{ 13, 38, 2, M, 0 }, /* ExplanationOfBenefit.procedure.modifierExtension */
	{ 389, 12, 3, R, 0 }, /* ExplanationOfBenefit.procedure.sequence */
	{ 35, 26, 4, M, 0 }, /* ExplanationOfBenefit.procedure.type */
	{ 5261, 5, 5, 0, 0 }, /* ExplanationOfBenefit.procedure.date */
	{ 7308, 569, 6, R|C, 2 }, /* ExplanationOfBenefit.procedure.procedure */
	{ 16589, 53, 7, M, 0 }, /* ExplanationOfBenefit.procedure.udi */
	{ 0, 13, 0, A, 0 }, /* ExplanationOfBenefit.insurance.id */
	{ 3, 38, 1, M, 0 }, /* ExplanationOfBenefit.insurance.extension */
	{ 13, 38, 2, M, 0 }, /* ExplanationOfBenefit.insurance.modifierExtension */
	{ 16593, 1, 3, R, 0 }, /* ExplanationOfBenefit.insurance.focal */
	{ 5207, 53, 4, R, 0 }, /* ExplanationOfBenefit.insurance.coverage */
	{ 7364, 13, 5, M, 0 }, /* ExplanationOfBenefit.insurance.preAuthRef */
	{ 0, 13, 0, A, 0 }, /* ExplanationOfBenefit.accident.id */
	{ 3, 38, 1, M, 0 }, /* ExplanationOfBenefit.accident.extension */
	{ 13, 38, 2, M, 0 }, /* ExplanationOfBenefit.accident.modifierExtension */
	{ 5261, 4, 3, 0, 0 }, /* ExplanationOfBenefit.accident.date */
	{ 35, 26, 4, 0, 0 }, /* ExplanationOfBenefit.accident.type */
	{ 5494, 571, 5, C, 2 }, /* ExplanationOfBenefit.accident.location */
	{ 0, 13, 0, A, 0 }, /* ExplanationOfBenefit.item.id */
	{ 3, 38, 1, M, 0 }, /* ExplanationOfBenefit.item.extension */
	{ 13, 38, 2, M, 0 }, /* ExplanationOfBenefit.item.modifierExtension */
	{ 389, 12, 3, R, 0 }, /* ExplanationOfBenefit.item.sequence */
	{ 16635, 12, 4, M, 0 }, /* ExplanationOfBenefit.item.careTeamSequence */
	{ 16652, 12, 5, M, 0 }, /* ExplanationOfBenefit.item.diagnosisSequence */
	{ 16670, 12, 6, M, 0 }, /* ExplanationOfBenefit.item.procedureSequence */
	{ 16688, 12, 7, M, 0 }, /* ExplanationOfBenefit.item.informationSequence */
	{ 16708, 26, 8, 0, 0 }, /* ExplanationOfBenefit.item.revenue */
	{ 5693, 26, 9, 0, 0 }, /* ExplanationOfBenefit.item.category */
	{ 16716, 26, 10, R, 0 }, /* ExplanationOfBenefit.item.productOrService */
	{ 14187, 26, 11, M, 0 }, /* ExplanationOfBenefit.item.modifier */
	{ 16733, 26, 12, M, 0 }, /* ExplanationOfBenefit.item.programCode */
	{ 8547, 573, 13, C, 2 }, /* ExplanationOfBenefit.item.serviced */
	{ 5494, 575, 14, C, 3 }, /* ExplanationOfBenefit.item.location */
	{ 5563, 50, 15, 0, 0 }, /* ExplanationOfBenefit.item.quantity */
	{ 16769, 43, 16, 0, 0 }, /* ExplanationOfBenefit.item.unitPrice */
	{ 4929, 6, 17, 0, 0 }, /* ExplanationOfBenefit.item.factor */
	{ 16779, 43, 18, 0, 0 }, /* ExplanationOfBenefit.item.net */
	{ 16589, 53, 19, M, 0 }, /* ExplanationOfBenefit.item.udi */
	{ 5579, 26, 20, 0, 0 }, /* ExplanationOfBenefit.item.bodySite */
	{ 16783, 26, 21, M, 0 }, /* ExplanationOfBenefit.item.subSite */
	{ 5702, 53, 22, M, 0 }, /* ExplanationOfBenefit.item.encounter */
	{ 16814, 12, 23, M, 0 }, /* ExplanationOfBenefit.item.noteNumber */
	{ 16825, 395, 24, M, 0 }, /* ExplanationOfBenefit.item.adjudication */
	{ 8642, 396, 25, M, 0 }, /* ExplanationOfBenefit.item.detail */
	{ 0, 13, 0, A, 0 }, /* ExplanationOfBenefit.item.adjudication.id */
	{ 3, 38, 1, M, 0 }, /* ExplanationOfBenefit.item.adjudication.extension */
	{ 13, 38, 2, M, 0 }, /* ExplanationOfBenefit.item.adjudication.modifierExtension */
	{ 5693, 26, 3, R, 0 }, /* ExplanationOfBenefit.item.adjudication.category */
	{ 7104, 26, 4, 0, 0 }, /* ExplanationOfBenefit.item.adjudication.reason */
	{ 5012, 43, 5, 0, 0 }, /* ExplanationOfBenefit.item.adjudication.amount */
	{ 96, 6, 6, 0, 0 }, /* ExplanationOfBenefit.item.adjudication.value */
	{ 0, 13, 0, A, 0 }, /* ExplanationOfBenefit.item.detail.id */
	{ 3, 38, 1, M, 0 }, /* ExplanationOfBenefit.item.detail.extension */
	{ 13, 38, 2, M, 0 }, /* ExplanationOfBenefit.item.detail.modifierExtension */
	{ 389, 12, 3, R, 0 }, /* ExplanationOfBenefit.item.detail.sequence */
	{ 16708, 26, 4, 0, 0 }, /* ExplanationOfBenefit.item.detail.revenue */
	{ 5693, 26, 5, 0, 0 }, /* ExplanationOfBenefit.item.detail.category */
	{ 16716, 26, 6, R, 0 }, /* ExplanationOfBenefit.item.detail.productOrService */
	{ 14187, 26, 7, M, 0 }, /* ExplanationOfBenefit.item.detail.modifier */
	{ 16733, 26, 8, M, 0 }, /* ExplanationOfBenefit.item.detail.programCode */
	{ 5563, 50, 9, 0, 0 }, /* ExplanationOfBenefit.item.detail.quantity */
	{ 16769, 43, 10, 0, 0 }, /* ExplanationOfBenefit.item.detail.unitPrice */
	{ 4929, 6, 11, 0, 0 }, /* ExplanationOfBenefit.item.detail.factor */
	{ 16779, 43, 12, 0, 0 }, /* ExplanationOfBenefit.item.detail.net */
	{ 16589, 53, 13, M, 0 }, /* ExplanationOfBenefit.item.detail.udi */
	{ 16814, 12, 14, M, 0 }, /* ExplanationOfBenefit.item.detail.noteNumber */
	{ 16825, 395, 15, M, 0 }, /* ExplanationOfBenefit.item.detail.adjudication */
	{ 16791, 397, 16, M, 0 }, /* ExplanationOfBenefit.item.detail.subDetail */
	{ 0, 13, 0, A, 0 }, /* ExplanationOfBenefit.item.detail.subDetail.id */
	{ 3, 38, 1, M, 0 }, /* ExplanationOfBenefit.item.detail.subDetail.extension */
	{ 13, 38, 2, M, 0 }, /* ExplanationOfBenefit.item.detail.subDetail.modifierExtension */
	{ 389, 12, 3, R, 0 }, /* ExplanationOfBenefit.item.detail.subDetail.sequence */
	{ 16708, 26, 4, 0, 0 }, /* ExplanationOfBenefit.item.detail.subDetail.revenue */
	{ 5693, 26, 5, 0, 0 }, /* ExplanationOfBenefit.item.detail.subDetail.category */
	{ 16716, 26, 6, R, 0 }, /* ExplanationOfBenefit.item.detail.subDetail.productOrService */
	{ 14187, 26, 7, M, 0 }, /* ExplanationOfBenefit.item.detail.subDetail.modifier */
	{ 16733, 26, 8, M, 0 }, /* ExplanationOfBenefit.item.detail.subDetail.programCode */
	{ 5563, 50, 9, 0, 0 }, /* ExplanationOfBenefit.item.detail.subDetail.quantity */
	{ 16769, 43, 10, 0, 0 }, /* ExplanationOfBenefit.item.detail.subDetail.unitPrice */
	{ 4929, 6, 11, 0, 0 }, /* ExplanationOfBenefit.item.detail.subDetail.factor */
	{ 16779, 43, 12, 0, 0 }, /* ExplanationOfBenefit.item.detail.subDetail.net */
	{ 16589, 53, 13, M, 0 }, /* ExplanationOfBenefit.item.detail.subDetail.udi */
	{ 16814, 12, 14, M, 0 }, /* ExplanationOfBenefit.item.detail.subDetail.noteNumber */
	{ 16825, 395, 15, M, 0 }, /* ExplanationOfBenefit.item.detail.subDetail.adjudication */
	{ 0, 13, 0, A, 0 }, /* ExplanationOfBenefit.addItem.id */
	{ 3, 38, 1, M, 0 }, /* ExplanationOfBenefit.addItem.extension */
	{ 13, 38, 2, M, 0 }, /* ExplanationOfBenefit.addItem.modifierExtension */
	{ 16801, 12, 3, M, 0 }, /* ExplanationOfBenefit.addItem.itemSequence */
	{ 16838, 12, 4, M, 0 }, /* ExplanationOfBenefit.addItem.detailSequence */
	{ 16853, 12, 5, M, 0 }, /* ExplanationOfBenefit.addItem.subDetailSequence */
	{ 7210, 53, 6, M, 0 }, /* ExplanationOfBenefit.addItem.provider */
	{ 16716, 26, 7, R, 0 }, /* ExplanationOfBenefit.addItem.productOrService */
	{ 14187, 26, 8, M, 0 }, /* ExplanationOfBenefit.addItem.modifier */
	{ 16733, 26, 9, M, 0 }, /* ExplanationOfBenefit.addItem.programCode */
	{ 8547, 578, 10, C, 2 }, /* ExplanationOfBenefit.addItem.serviced */
	{ 5494, 580, 11, C, 3 }, /* ExplanationOfBenefit.addItem.location */
	{ 5563, 50, 12, 0, 0 }, /* ExplanationOfBenefit.addItem.quantity */
	{ 16769, 43, 13, 0, 0 }, /* ExplanationOfBenefit.addItem.unitPrice */
	{ 4929, 6, 14, 0, 0 }, /* ExplanationOfBenefit.addItem.factor */
	{ 16779, 43, 15, 0, 0 }, /* ExplanationOfBenefit.addItem.net */
	{ 5579, 26, 16, 0, 0 }, /* ExplanationOfBenefit.addItem.bodySite */
	{ 16783, 26, 17, M, 0 }, /* ExplanationOfBenefit.addItem.subSite */
	{ 16814, 12, 18, M, 0 }, /* ExplanationOfBenefit.addItem.noteNumber */
	{ 16825, 395, 19, M, 0 }, /* ExplanationOfBenefit.addItem.adjudication */
	{ 8642, 399, 20, M, 0 }, /* ExplanationOfBenefit.addItem.detail */
	{ 0, 13, 0, A, 0 }, /* ExplanationOfBenefit.addItem.detail.id */
	{ 3, 38, 1, M, 0 }, /* ExplanationOfBenefit.addItem.detail.extension */
	{ 13, 38, 2, M, 0 }, /* ExplanationOfBenefit.addItem.detail.modifierExtension */
	{ 16716, 26, 3, R, 0 }, /* ExplanationOfBenefit.addItem.detail.productOrService */
	{ 14187, 26, 4, M, 0 }, /* ExplanationOfBenefit.addItem.detail.modifier */
	{ 5563, 50, 5, 0, 0 }, /* ExplanationOfBenefit.addItem.detail.quantity */
	{ 16769, 43, 6, 0, 0 }, /* ExplanationOfBenefit.addItem.detail.unitPrice */
	{ 4929, 6, 7, 0, 0 }, /* ExplanationOfBenefit.addItem.detail.factor */
	{ 16779, 43, 8, 0, 0 }, /* ExplanationOfBenefit.addItem.detail.net */
	{ 16814, 12, 9, M, 0 }, /* ExplanationOfBenefit.addItem.detail.noteNumber */
	{ 16825, 395, 10, M, 0 }, /* ExplanationOfBenefit.addItem.detail.adjudication */
	{ 16791, 400, 11, M, 0 }, /* ExplanationOfBenefit.addItem.detail.subDetail */
	{ 0, 13, 0, A, 0 }, /* ExplanationOfBenefit.addItem.detail.subDetail.id */
	{ 3, 38, 1, M, 0 }, /* ExplanationOfBenefit.addItem.detail.subDetail.extension */
	{ 13, 38, 2, M, 0 }, /* ExplanationOfBenefit.addItem.detail.subDetail.modifierExtension */
	{ 16716, 26, 3, R, 0 }, /* ExplanationOfBenefit.addItem.detail.subDetail.productOrService */
	{ 14187, 26, 4, M, 0 }, /* ExplanationOfBenefit.addItem.detail.subDetail.modifier */
	{ 5563, 50, 5, 0, 0 }, /* ExplanationOfBenefit.addItem.detail.subDetail.quantity */
	{ 16769, 43, 6, 0, 0 }, /* ExplanationOfBenefit.addItem.detail.subDetail.unitPrice */
	{ 4929, 6, 7, 0, 0 }, /* ExplanationOfBenefit.addItem.detail.subDetail.factor */
	{ 16779, 43, 8, 0, 0 }, /* ExplanationOfBenefit.addItem.detail.subDetail.net */
	{ 16814, 12, 9, M, 0 }, /* ExplanationOfBenefit.addItem.detail.subDetail.noteNumber */
	{ 16825, 395, 10, M, 0 }, /* ExplanationOfBenefit.addItem.detail.subDetail.adjudication */
	{ 0, 13, 0, A, 0 }, /* ExplanationOfBenefit.total.id */
	{ 3, 38, 1, M, 0 }, /* ExplanationOfBenefit.total.extension */
	{ 13, 38, 2, M, 0 }, /* ExplanationOfBenefit.total.modifierExtension */
	{ 5693, 26, 3, R, 0 }, /* ExplanationOfBenefit.total.category */
	{ 5012, 43, 4, R, 0 }, /* ExplanationOfBenefit.total.amount */
	{ 0, 13, 0, A, 0 }, /* ExplanationOfBenefit.payment.id */
	{ 3, 38, 1, M, 0 }, /* ExplanationOfBenefit.payment.extension */
	{ 13, 38, 2, M, 0 }, /* ExplanationOfBenefit.payment.modifierExtension */
	{ 35, 26, 3, 0, 0 }, /* ExplanationOfBenefit.payment.type */
	{ 16889, 43, 4, 0, 0 }, /* ExplanationOfBenefit.payment.adjustment */
	{ 16900, 26, 5, 0, 0 }, /* ExplanationOfBenefit.payment.adjustmentReason */
	{ 5261, 4, 6, 0, 0 }, /* ExplanationOfBenefit.payment.date */
	{ 5012, 43, 7, 0, 0 }, /* ExplanationOfBenefit.payment.amount */
	{ 4824, 40, 8, 0, 0 }, /* ExplanationOfBenefit.payment.identifier */
	{ 0, 13, 0, A, 0 }, /* ExplanationOfBenefit.processNote.id */
	{ 3, 38, 1, M, 0 }, /* ExplanationOfBenefit.processNote.extension */
	{ 13, 38, 2, M, 0 }, /* ExplanationOfBenefit.processNote.modifierExtension */
	{ 16917, 12, 3, 0, 0 }, /* ExplanationOfBenefit.processNote.number */
	{ 35, 3, 4, 0, 0 }, /* ExplanationOfBenefit.processNote.type */
	{ 40, 13, 5, 0, 0 }, /* ExplanationOfBenefit.processNote.text */
	{ 183, 26, 6, 0, 0 }, /* ExplanationOfBenefit.processNote.language */
	{ 0, 13, 0, A, 0 }, /* ExplanationOfBenefit.benefitBalance.id */
	{ 3, 38, 1, M, 0 }, /* ExplanationOfBenefit.benefitBalance.extension */
	{ 13, 38, 2, M, 0 }, /* ExplanationOfBenefit.benefitBalance.modifierExtension */
	{ 5693, 26, 3, R, 0 }, /* ExplanationOfBenefit.benefitBalance.category */
	{ 17480, 1, 4, 0, 0 }, /* ExplanationOfBenefit.benefitBalance.excluded */
	{ 262, 13, 5, 0, 0 }, /* ExplanationOfBenefit.benefitBalance.name */
	{ 3767, 13, 6, 0, 0 }, /* ExplanationOfBenefit.benefitBalance.description */
	{ 8500, 26, 7, 0, 0 }, /* ExplanationOfBenefit.benefitBalance.network */
	{ 113, 26, 8, 0, 0 }, /* ExplanationOfBenefit.benefitBalance.unit */
	{ 8298, 26, 9, 0, 0 }, /* ExplanationOfBenefit.benefitBalance.term */
	{ 18513, 405, 10, M, 0 }, /* ExplanationOfBenefit.benefitBalance.financial */
	{ 0, 13, 0, A, 0 }, /* ExplanationOfBenefit.benefitBalance.financial.id */
	{ 3, 38, 1, M, 0 }, /* ExplanationOfBenefit.benefitBalance.financial.extension */
	{ 13, 38, 2, M, 0 }, /* ExplanationOfBenefit.benefitBalance.financial.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* ExplanationOfBenefit.benefitBalance.financial.type */
	{ 17560, 583, 4, C, 3 }, /* ExplanationOfBenefit.benefitBalance.financial.allowed */
	{ 17614, 586, 5, C, 2 }, /* ExplanationOfBenefit.benefitBalance.financial.used */
	{ 0, 13, 0, A, 0 }, /* FamilyMemberHistory.condition.id */
	{ 3, 38, 1, M, 0 }, /* FamilyMemberHistory.condition.extension */
	{ 13, 38, 2, M, 0 }, /* FamilyMemberHistory.condition.modifierExtension */
	{ 125, 26, 3, R, 0 }, /* FamilyMemberHistory.condition.code */
	{ 5774, 26, 4, 0, 0 }, /* FamilyMemberHistory.condition.outcome */
	{ 18523, 1, 5, 0, 0 }, /* FamilyMemberHistory.condition.contributedToDeath */
	{ 5917, 588, 6, C, 4 }, /* FamilyMemberHistory.condition.onset */
	{ 6005, 24, 7, M, 0 }, /* FamilyMemberHistory.condition.note */
	{ 0, 13, 0, A, 0 }, /* Goal.target.id */
	{ 3, 38, 1, M, 0 }, /* Goal.target.extension */
	{ 13, 38, 2, M, 0 }, /* Goal.target.modifierExtension */
	{ 11200, 26, 3, 0, 0 }, /* Goal.target.measure */
	{ 8642, 592, 4, C, 7 }, /* Goal.target.detail */
	{ 18644, 599, 5, C, 2 }, /* Goal.target.due */
	{ 0, 13, 0, A, 0 }, /* GraphDefinition.link.id */
	{ 3, 38, 1, M, 0 }, /* GraphDefinition.link.extension */
	{ 13, 38, 2, M, 0 }, /* GraphDefinition.link.modifierExtension */
	{ 586, 13, 3, 0, 0 }, /* GraphDefinition.link.path */
	{ 606, 13, 4, 0, 0 }, /* GraphDefinition.link.sliceName */
	{ 694, 9, 5, 0, 0 }, /* GraphDefinition.link.min */
	{ 698, 13, 6, 0, 0 }, /* GraphDefinition.link.max */
	{ 3767, 13, 7, 0, 0 }, /* GraphDefinition.link.description */
	{ 7924, 409, 8, M, 0 }, /* GraphDefinition.link.target */
	{ 0, 13, 0, A, 0 }, /* GraphDefinition.link.target.id */
	{ 3, 38, 1, M, 0 }, /* GraphDefinition.link.target.extension */
	{ 13, 38, 2, M, 0 }, /* GraphDefinition.link.target.modifierExtension */
	{ 35, 3, 3, R, 0 }, /* GraphDefinition.link.target.type */
	{ 18668, 13, 4, 0, 0 }, /* GraphDefinition.link.target.params */
	{ 288, 2, 5, 0, 0 }, /* GraphDefinition.link.target.profile */
	{ 16150, 410, 6, M, 0 }, /* GraphDefinition.link.target.compartment */
	{ 6463, 408, 7, M, 0 }, /* GraphDefinition.link.target.link */
	{ 0, 13, 0, A, 0 }, /* GraphDefinition.link.target.compartment.id */
	{ 3, 38, 1, M, 0 }, /* GraphDefinition.link.target.compartment.extension */
	{ 13, 38, 2, M, 0 }, /* GraphDefinition.link.target.compartment.modifierExtension */
	{ 31, 3, 3, R, 0 }, /* GraphDefinition.link.target.compartment.use */
	{ 125, 3, 4, R, 0 }, /* GraphDefinition.link.target.compartment.code */
	{ 8341, 3, 5, R, 0 }, /* GraphDefinition.link.target.compartment.rule */
	{ 3779, 13, 6, 0, 0 }, /* GraphDefinition.link.target.compartment.expression */
	{ 3767, 13, 7, 0, 0 }, /* GraphDefinition.link.target.compartment.description */
	{ 0, 13, 0, A, 0 }, /* Group.characteristic.id */
	{ 3, 38, 1, M, 0 }, /* Group.characteristic.extension */
	{ 13, 38, 2, M, 0 }, /* Group.characteristic.modifierExtension */
	{ 125, 26, 3, R, 0 }, /* Group.characteristic.code */
	{ 96, 601, 4, R|C, 5 }, /* Group.characteristic.value */
	{ 18202, 1, 5, R, 0 }, /* Group.characteristic.exclude */
	{ 89, 46, 6, 0, 0 }, /* Group.characteristic.period */
	{ 0, 13, 0, A, 0 }, /* Group.member.id */
	{ 3, 38, 1, M, 0 }, /* Group.member.extension */
	{ 13, 38, 2, M, 0 }, /* Group.member.modifierExtension */
	{ 6302, 53, 3, R, 0 }, /* Group.member.entity */
	{ 89, 46, 4, 0, 0 }, /* Group.member.period */
	{ 18675, 1, 5, 0, 0 }, /* Group.member.inactive */
	{ 0, 13, 0, A, 0 }, /* HealthcareService.eligibility.id */
	{ 3, 38, 1, M, 0 }, /* HealthcareService.eligibility.extension */
	{ 13, 38, 2, M, 0 }, /* HealthcareService.eligibility.modifierExtension */
	{ 125, 26, 3, 0, 0 }, /* HealthcareService.eligibility.code */
	{ 667, 10, 4, 0, 0 }, /* HealthcareService.eligibility.comment */
	{ 0, 13, 0, A, 0 }, /* HealthcareService.availableTime.id */
	{ 3, 38, 1, M, 0 }, /* HealthcareService.availableTime.extension */
	{ 13, 38, 2, M, 0 }, /* HealthcareService.availableTime.modifierExtension */
	{ 18684, 3, 3, M, 0 }, /* HealthcareService.availableTime.daysOfWeek */
	{ 18695, 1, 4, 0, 0 }, /* HealthcareService.availableTime.allDay */
	{ 18702, 14, 5, 0, 0 }, /* HealthcareService.availableTime.availableStartTime */
	{ 18721, 14, 6, 0, 0 }, /* HealthcareService.availableTime.availableEndTime */
	{ 0, 13, 0, A, 0 }, /* HealthcareService.notAvailable.id */
	{ 3, 38, 1, M, 0 }, /* HealthcareService.notAvailable.extension */
	{ 13, 38, 2, M, 0 }, /* HealthcareService.notAvailable.modifierExtension */
	{ 3767, 13, 3, R, 0 }, /* HealthcareService.notAvailable.description */
	{ 18738, 46, 4, 0, 0 }, /* HealthcareService.notAvailable.during */
	{ 0, 13, 0, A, 0 }, /* ImagingStudy.series.id */
	{ 3, 38, 1, M, 0 }, /* ImagingStudy.series.extension */
	{ 13, 38, 2, M, 0 }, /* ImagingStudy.series.modifierExtension */
	{ 18745, 7, 3, R, 0 }, /* ImagingStudy.series.uid */
	{ 16917, 15, 4, 0, 0 }, /* ImagingStudy.series.number */
	{ 10405, 27, 5, R, 0 }, /* ImagingStudy.series.modality */
	{ 3767, 13, 6, 0, 0 }, /* ImagingStudy.series.description */
	{ 10458, 15, 7, 0, 0 }, /* ImagingStudy.series.numberOfInstances */
	{ 10396, 53, 8, M, 0 }, /* ImagingStudy.series.endpoint */
	{ 5579, 27, 9, 0, 0 }, /* ImagingStudy.series.bodySite */
	{ 18749, 27, 10, 0, 0 }, /* ImagingStudy.series.laterality */
	{ 9147, 53, 11, M, 0 }, /* ImagingStudy.series.specimen */
	{ 10414, 5, 12, 0, 0 }, /* ImagingStudy.series.started */
	{ 6964, 417, 13, M, 0 }, /* ImagingStudy.series.performer */
	{ 7142, 418, 14, M, 0 }, /* ImagingStudy.series.instance */
	{ 0, 13, 0, A, 0 }, /* ImagingStudy.series.performer.id */
	{ 3, 38, 1, M, 0 }, /* ImagingStudy.series.performer.extension */
	{ 13, 38, 2, M, 0 }, /* ImagingStudy.series.performer.modifierExtension */
	{ 16472, 26, 3, 0, 0 }, /* ImagingStudy.series.performer.function */
	{ 6221, 53, 4, R, 0 }, /* ImagingStudy.series.performer.actor */
	{ 0, 13, 0, A, 0 }, /* ImagingStudy.series.instance.id */
	{ 3, 38, 1, M, 0 }, /* ImagingStudy.series.instance.extension */
	{ 13, 38, 2, M, 0 }, /* ImagingStudy.series.instance.modifierExtension */
	{ 18745, 7, 3, R, 0 }, /* ImagingStudy.series.instance.uid */
	{ 18760, 27, 4, R, 0 }, /* ImagingStudy.series.instance.sopClass */
	{ 16917, 15, 5, 0, 0 }, /* ImagingStudy.series.instance.number */
	{ 211, 13, 6, 0, 0 }, /* ImagingStudy.series.instance.title */
	{ 0, 13, 0, A, 0 }, /* Immunization.performer.id */
	{ 3, 38, 1, M, 0 }, /* Immunization.performer.extension */
	{ 13, 38, 2, M, 0 }, /* Immunization.performer.modifierExtension */
	{ 16472, 26, 3, 0, 0 }, /* Immunization.performer.function */
	{ 6221, 53, 4, R, 0 }, /* Immunization.performer.actor */
	{ 0, 13, 0, A, 0 }, /* Immunization.education.id */
	{ 3, 38, 1, M, 0 }, /* Immunization.education.extension */
	{ 13, 38, 2, M, 0 }, /* Immunization.education.modifierExtension */
	{ 18769, 13, 3, 0, 0 }, /* Immunization.education.documentType */
	{ 3790, 16, 4, 0, 0 }, /* Immunization.education.reference */
	{ 17126, 5, 5, 0, 0 }, /* Immunization.education.publicationDate */
	{ 18782, 5, 6, 0, 0 }, /* Immunization.education.presentationDate */
	{ 0, 13, 0, A, 0 }, /* Immunization.reaction.id */
	{ 3, 38, 1, M, 0 }, /* Immunization.reaction.extension */
	{ 13, 38, 2, M, 0 }, /* Immunization.reaction.modifierExtension */
	{ 5261, 5, 3, 0, 0 }, /* Immunization.reaction.date */
	{ 8642, 53, 4, 0, 0 }, /* Immunization.reaction.detail */
	{ 11822, 1, 5, 0, 0 }, /* Immunization.reaction.reported */
	{ 0, 13, 0, A, 0 }, /* Immunization.protocolApplied.id */
	{ 3, 38, 1, M, 0 }, /* Immunization.protocolApplied.extension */
	{ 13, 38, 2, M, 0 }, /* Immunization.protocolApplied.modifierExtension */
	{ 10509, 13, 3, 0, 0 }, /* Immunization.protocolApplied.series */
	{ 8227, 53, 4, 0, 0 }, /* Immunization.protocolApplied.authority */
	{ 10672, 26, 5, M, 0 }, /* Immunization.protocolApplied.targetDisease */
	{ 10732, 606, 6, R|C, 2 }, /* Immunization.protocolApplied.doseNumber */
	{ 10782, 608, 7, C, 2 }, /* Immunization.protocolApplied.seriesDoses */
	{ 0, 13, 0, A, 0 }, /* ImmunizationRecommendation.recommendation.id */
	{ 3, 38, 1, M, 0 }, /* ImmunizationRecommendation.recommendation.extension */
	{ 13, 38, 2, M, 0 }, /* ImmunizationRecommendation.recommendation.modifierExtension */
	{ 10516, 26, 3, M, 0 }, /* ImmunizationRecommendation.recommendation.vaccineCode */
	{ 10672, 26, 4, 0, 0 }, /* ImmunizationRecommendation.recommendation.targetDisease */
	{ 18799, 26, 5, M, 0 }, /* ImmunizationRecommendation.recommendation.contraindicatedVaccineCode */
	{ 18826, 26, 6, R, 0 }, /* ImmunizationRecommendation.recommendation.forecastStatus */
	{ 18841, 26, 7, M, 0 }, /* ImmunizationRecommendation.recommendation.forecastReason */
	{ 18856, 424, 8, M, 0 }, /* ImmunizationRecommendation.recommendation.dateCriterion */
	{ 3767, 13, 9, 0, 0 }, /* ImmunizationRecommendation.recommendation.description */
	{ 10509, 13, 10, 0, 0 }, /* ImmunizationRecommendation.recommendation.series */
	{ 10732, 610, 11, C, 2 }, /* ImmunizationRecommendation.recommendation.doseNumber */
	{ 10782, 612, 12, C, 2 }, /* ImmunizationRecommendation.recommendation.seriesDoses */
	{ 18870, 53, 13, M, 0 }, /* ImmunizationRecommendation.recommendation.supportingImmunization */
	{ 18893, 53, 14, M, 0 }, /* ImmunizationRecommendation.recommendation.supportingPatientInformation */
	{ 0, 13, 0, A, 0 }, /* ImmunizationRecommendation.recommendation.dateCriterion.id */
	{ 3, 38, 1, M, 0 }, /* ImmunizationRecommendation.recommendation.dateCriterion.extension */
	{ 13, 38, 2, M, 0 }, /* ImmunizationRecommendation.recommendation.dateCriterion.modifierExtension */
	{ 125, 26, 3, R, 0 }, /* ImmunizationRecommendation.recommendation.dateCriterion.code */
	{ 96, 5, 4, R, 0 }, /* ImmunizationRecommendation.recommendation.dateCriterion.value */
	{ 0, 13, 0, A, 0 }, /* ImplementationGuide.dependsOn.id */
	{ 3, 38, 1, M, 0 }, /* ImplementationGuide.dependsOn.extension */
	{ 13, 38, 2, M, 0 }, /* ImplementationGuide.dependsOn.modifierExtension */
	{ 16924, 2, 3, R, 0 }, /* ImplementationGuide.dependsOn.uri */
	{ 10850, 7, 4, 0, 0 }, /* ImplementationGuide.dependsOn.packageId */
	{ 233, 13, 5, 0, 0 }, /* ImplementationGuide.dependsOn.version */
	{ 0, 13, 0, A, 0 }, /* ImplementationGuide.global.id */
	{ 3, 38, 1, M, 0 }, /* ImplementationGuide.global.extension */
	{ 13, 38, 2, M, 0 }, /* ImplementationGuide.global.modifierExtension */
	{ 35, 3, 3, R, 0 }, /* ImplementationGuide.global.type */
	{ 288, 2, 4, R, 0 }, /* ImplementationGuide.global.profile */
	{ 0, 13, 0, A, 0 }, /* ImplementationGuide.definition.id */
	{ 3, 38, 1, M, 0 }, /* ImplementationGuide.definition.extension */
	{ 13, 38, 2, M, 0 }, /* ImplementationGuide.definition.modifierExtension */
	{ 18922, 428, 3, M, 0 }, /* ImplementationGuide.definition.grouping */
	{ 4913, 429, 4, M|R, 0 }, /* ImplementationGuide.definition.resource */
	{ 18931, 430, 5, 0, 0 }, /* ImplementationGuide.definition.page */
	{ 9074, 431, 6, M, 0 }, /* ImplementationGuide.definition.parameter */
	{ 18936, 432, 7, M, 0 }, /* ImplementationGuide.definition.template */
	{ 0, 13, 0, A, 0 }, /* ImplementationGuide.definition.grouping.id */
	{ 3, 38, 1, M, 0 }, /* ImplementationGuide.definition.grouping.extension */
	{ 13, 38, 2, M, 0 }, /* ImplementationGuide.definition.grouping.modifierExtension */
	{ 262, 13, 3, R, 0 }, /* ImplementationGuide.definition.grouping.name */
	{ 3767, 13, 4, 0, 0 }, /* ImplementationGuide.definition.grouping.description */
	{ 0, 13, 0, A, 0 }, /* ImplementationGuide.definition.resource.id */
	{ 3, 38, 1, M, 0 }, /* ImplementationGuide.definition.resource.extension */
	{ 13, 38, 2, M, 0 }, /* ImplementationGuide.definition.resource.modifierExtension */
	{ 3790, 53, 3, R, 0 }, /* ImplementationGuide.definition.resource.reference */
	{ 6529, 3, 4, M, 0 }, /* ImplementationGuide.definition.resource.fhirVersion */
	{ 262, 13, 5, 0, 0 }, /* ImplementationGuide.definition.resource.name */
	{ 3767, 13, 6, 0, 0 }, /* ImplementationGuide.definition.resource.description */
	{ 3360, 614, 7, C, 2 }, /* ImplementationGuide.definition.resource.example */
	{ 18977, 7, 8, 0, 0 }, /* ImplementationGuide.definition.resource.groupingId */
	{ 0, 13, 0, A, 0 }, /* ImplementationGuide.definition.page.id */
	{ 3, 38, 1, M, 0 }, /* ImplementationGuide.definition.page.extension */
	{ 13, 38, 2, M, 0 }, /* ImplementationGuide.definition.page.modifierExtension */
	{ 262, 616, 3, R|C, 2 }, /* ImplementationGuide.definition.page.name */
	{ 211, 13, 4, R, 0 }, /* ImplementationGuide.definition.page.title */
	{ 19010, 3, 5, R, 0 }, /* ImplementationGuide.definition.page.generation */
	{ 18931, 430, 6, M, 0 }, /* ImplementationGuide.definition.page.page */
	{ 0, 13, 0, A, 0 }, /* ImplementationGuide.definition.parameter.id */
	{ 3, 38, 1, M, 0 }, /* ImplementationGuide.definition.parameter.extension */
	{ 13, 38, 2, M, 0 }, /* ImplementationGuide.definition.parameter.modifierExtension */
	{ 125, 3, 3, R, 0 }, /* ImplementationGuide.definition.parameter.code */
	{ 96, 13, 4, R, 0 }, /* ImplementationGuide.definition.parameter.value */
	{ 0, 13, 0, A, 0 }, /* ImplementationGuide.definition.template.id */
	{ 3, 38, 1, M, 0 }, /* ImplementationGuide.definition.template.extension */
	{ 13, 38, 2, M, 0 }, /* ImplementationGuide.definition.template.modifierExtension */
	{ 125, 3, 3, R, 0 }, /* ImplementationGuide.definition.template.code */
	{ 4609, 13, 4, R, 0 }, /* ImplementationGuide.definition.template.source */
	{ 8066, 13, 5, 0, 0 }, /* ImplementationGuide.definition.template.scope */
	{ 0, 13, 0, A, 0 }, /* ImplementationGuide.manifest.id */
	{ 3, 38, 1, M, 0 }, /* ImplementationGuide.manifest.extension */
	{ 13, 38, 2, M, 0 }, /* ImplementationGuide.manifest.modifierExtension */
	{ 19021, 17, 3, 0, 0 }, /* ImplementationGuide.manifest.rendering */
	{ 4913, 434, 4, M|R, 0 }, /* ImplementationGuide.manifest.resource */
	{ 18931, 435, 5, M, 0 }, /* ImplementationGuide.manifest.page */
	{ 4810, 13, 6, M, 0 }, /* ImplementationGuide.manifest.image */
	{ 19031, 13, 7, M, 0 }, /* ImplementationGuide.manifest.other */
	{ 0, 13, 0, A, 0 }, /* ImplementationGuide.manifest.resource.id */
	{ 3, 38, 1, M, 0 }, /* ImplementationGuide.manifest.resource.extension */
	{ 13, 38, 2, M, 0 }, /* ImplementationGuide.manifest.resource.modifierExtension */
	{ 3790, 53, 3, R, 0 }, /* ImplementationGuide.manifest.resource.reference */
	{ 3360, 618, 4, C, 2 }, /* ImplementationGuide.manifest.resource.example */
	{ 19037, 17, 5, 0, 0 }, /* ImplementationGuide.manifest.resource.relativePath */
	{ 0, 13, 0, A, 0 }, /* ImplementationGuide.manifest.page.id */
	{ 3, 38, 1, M, 0 }, /* ImplementationGuide.manifest.page.extension */
	{ 13, 38, 2, M, 0 }, /* ImplementationGuide.manifest.page.modifierExtension */
	{ 262, 13, 3, R, 0 }, /* ImplementationGuide.manifest.page.name */
	{ 211, 13, 4, 0, 0 }, /* ImplementationGuide.manifest.page.title */
	{ 19050, 13, 5, M, 0 }, /* ImplementationGuide.manifest.page.anchor */
	{ 0, 13, 0, A, 0 }, /* InsurancePlan.contact.id */
	{ 3, 38, 1, M, 0 }, /* InsurancePlan.contact.extension */
	{ 13, 38, 2, M, 0 }, /* InsurancePlan.contact.modifierExtension */
	{ 5287, 26, 3, 0, 0 }, /* InsurancePlan.contact.purpose */
	{ 262, 39, 4, 0, 0 }, /* InsurancePlan.contact.name */
	{ 267, 29, 5, M, 0 }, /* InsurancePlan.contact.telecom */
	{ 9518, 22, 6, 0, 0 }, /* InsurancePlan.contact.address */
	{ 0, 13, 0, A, 0 }, /* InsurancePlan.coverage.id */
	{ 3, 38, 1, M, 0 }, /* InsurancePlan.coverage.extension */
	{ 13, 38, 2, M, 0 }, /* InsurancePlan.coverage.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* InsurancePlan.coverage.type */
	{ 8500, 53, 4, M, 0 }, /* InsurancePlan.coverage.network */
	{ 17489, 438, 5, M|R, 0 }, /* InsurancePlan.coverage.benefit */
	{ 0, 13, 0, A, 0 }, /* InsurancePlan.coverage.benefit.id */
	{ 3, 38, 1, M, 0 }, /* InsurancePlan.coverage.benefit.extension */
	{ 13, 38, 2, M, 0 }, /* InsurancePlan.coverage.benefit.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* InsurancePlan.coverage.benefit.type */
	{ 19057, 13, 4, 0, 0 }, /* InsurancePlan.coverage.benefit.requirement */
	{ 378, 439, 5, M, 0 }, /* InsurancePlan.coverage.benefit.limit */
	{ 0, 13, 0, A, 0 }, /* InsurancePlan.coverage.benefit.limit.id */
	{ 3, 38, 1, M, 0 }, /* InsurancePlan.coverage.benefit.limit.extension */
	{ 13, 38, 2, M, 0 }, /* InsurancePlan.coverage.benefit.limit.modifierExtension */
	{ 96, 50, 3, 0, 0 }, /* InsurancePlan.coverage.benefit.limit.value */
	{ 125, 26, 4, 0, 0 }, /* InsurancePlan.coverage.benefit.limit.code */
	{ 0, 13, 0, A, 0 }, /* InsurancePlan.plan.id */
	{ 3, 38, 1, M, 0 }, /* InsurancePlan.plan.extension */
	{ 13, 38, 2, M, 0 }, /* InsurancePlan.plan.modifierExtension */
	{ 4824, 40, 3, M, 0 }, /* InsurancePlan.plan.identifier */
	{ 35, 26, 4, 0, 0 }, /* InsurancePlan.plan.type */
	{ 10243, 53, 5, M, 0 }, /* InsurancePlan.plan.coverageArea */
	{ 8500, 53, 6, M, 0 }, /* InsurancePlan.plan.network */
	{ 19069, 441, 7, M, 0 }, /* InsurancePlan.plan.generalCost */
	{ 19081, 442, 8, M, 0 }, /* InsurancePlan.plan.specificCost */
	{ 0, 13, 0, A, 0 }, /* InsurancePlan.plan.generalCost.id */
	{ 3, 38, 1, M, 0 }, /* InsurancePlan.plan.generalCost.extension */
	{ 13, 38, 2, M, 0 }, /* InsurancePlan.plan.generalCost.modifierExtension */
	{ 35, 26, 3, 0, 0 }, /* InsurancePlan.plan.generalCost.type */
	{ 19094, 12, 4, 0, 0 }, /* InsurancePlan.plan.generalCost.groupSize */
	{ 11685, 43, 5, 0, 0 }, /* InsurancePlan.plan.generalCost.cost */
	{ 667, 13, 6, 0, 0 }, /* InsurancePlan.plan.generalCost.comment */
	{ 0, 13, 0, A, 0 }, /* InsurancePlan.plan.specificCost.id */
	{ 3, 38, 1, M, 0 }, /* InsurancePlan.plan.specificCost.extension */
	{ 13, 38, 2, M, 0 }, /* InsurancePlan.plan.specificCost.modifierExtension */
	{ 5693, 26, 3, R, 0 }, /* InsurancePlan.plan.specificCost.category */
	{ 17489, 443, 4, M, 0 }, /* InsurancePlan.plan.specificCost.benefit */
	{ 0, 13, 0, A, 0 }, /* InsurancePlan.plan.specificCost.benefit.id */
	{ 3, 38, 1, M, 0 }, /* InsurancePlan.plan.specificCost.benefit.extension */
	{ 13, 38, 2, M, 0 }, /* InsurancePlan.plan.specificCost.benefit.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* InsurancePlan.plan.specificCost.benefit.type */
	{ 11685, 444, 4, M, 0 }, /* InsurancePlan.plan.specificCost.benefit.cost */
	{ 0, 13, 0, A, 0 }, /* InsurancePlan.plan.specificCost.benefit.cost.id */
	{ 3, 38, 1, M, 0 }, /* InsurancePlan.plan.specificCost.benefit.cost.extension */
	{ 13, 38, 2, M, 0 }, /* InsurancePlan.plan.specificCost.benefit.cost.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* InsurancePlan.plan.specificCost.benefit.cost.type */
	{ 7151, 26, 4, 0, 0 }, /* InsurancePlan.plan.specificCost.benefit.cost.applicability */
	{ 19104, 26, 5, M, 0 }, /* InsurancePlan.plan.specificCost.benefit.cost.qualifiers */
	{ 96, 50, 6, 0, 0 }, /* InsurancePlan.plan.specificCost.benefit.cost.value */
	{ 0, 13, 0, A, 0 }, /* Invoice.participant.id */
	{ 3, 38, 1, M, 0 }, /* Invoice.participant.extension */
	{ 13, 38, 2, M, 0 }, /* Invoice.participant.modifierExtension */
	{ 12514, 26, 3, 0, 0 }, /* Invoice.participant.role */
	{ 6221, 53, 4, R, 0 }, /* Invoice.participant.actor */
	{ 0, 13, 0, A, 0 }, /* Invoice.lineItem.id */
	{ 3, 38, 1, M, 0 }, /* Invoice.lineItem.extension */
	{ 13, 38, 2, M, 0 }, /* Invoice.lineItem.modifierExtension */
	{ 389, 12, 3, 0, 0 }, /* Invoice.lineItem.sequence */
	{ 19115, 620, 4, R|C, 2 }, /* Invoice.lineItem.chargeItem */
	{ 16481, 447, 5, M, 0 }, /* Invoice.lineItem.priceComponent */
	{ 0, 13, 0, A, 0 }, /* Invoice.lineItem.priceComponent.id */
	{ 3, 38, 1, M, 0 }, /* Invoice.lineItem.priceComponent.extension */
	{ 13, 38, 2, M, 0 }, /* Invoice.lineItem.priceComponent.modifierExtension */
	{ 35, 3, 3, R, 0 }, /* Invoice.lineItem.priceComponent.type */
	{ 125, 26, 4, 0, 0 }, /* Invoice.lineItem.priceComponent.code */
	{ 4929, 6, 5, 0, 0 }, /* Invoice.lineItem.priceComponent.factor */
	{ 5012, 43, 6, 0, 0 }, /* Invoice.lineItem.priceComponent.amount */
	{ 0, 13, 0, A, 0 }, /* Linkage.item.id */
	{ 3, 38, 1, M, 0 }, /* Linkage.item.extension */
	{ 13, 38, 2, M, 0 }, /* Linkage.item.modifierExtension */
	{ 35, 3, 3, R, 0 }, /* Linkage.item.type */
	{ 4913, 53, 4, R, 0 }, /* Linkage.item.resource */
	{ 0, 13, 0, A, 0 }, /* List.entry.id */
	{ 3, 38, 1, M, 0 }, /* List.entry.extension */
	{ 13, 38, 2, M, 0 }, /* List.entry.modifierExtension */
	{ 19172, 26, 3, 0, 0 }, /* List.entry.flag */
	{ 19177, 1, 4, 0, 0 }, /* List.entry.deleted */
	{ 5261, 5, 5, 0, 0 }, /* List.entry.date */
	{ 7337, 53, 6, R, 0 }, /* List.entry.item */
	{ 0, 13, 0, A, 0 }, /* Location.position.id */
	{ 3, 38, 1, M, 0 }, /* Location.position.extension */
	{ 13, 38, 2, M, 0 }, /* Location.position.modifierExtension */
	{ 19185, 6, 3, R, 0 }, /* Location.position.longitude */
	{ 19195, 6, 4, R, 0 }, /* Location.position.latitude */
	{ 19204, 6, 5, 0, 0 }, /* Location.position.altitude */
	{ 0, 13, 0, A, 0 }, /* Location.hoursOfOperation.id */
	{ 3, 38, 1, M, 0 }, /* Location.hoursOfOperation.extension */
	{ 13, 38, 2, M, 0 }, /* Location.hoursOfOperation.modifierExtension */
	{ 18684, 3, 3, M, 0 }, /* Location.hoursOfOperation.daysOfWeek */
	{ 18695, 1, 4, 0, 0 }, /* Location.hoursOfOperation.allDay */
	{ 19213, 14, 5, 0, 0 }, /* Location.hoursOfOperation.openingTime */
	{ 19225, 14, 6, 0, 0 }, /* Location.hoursOfOperation.closingTime */
	{ 0, 13, 0, A, 0 }, /* Measure.group.id */
	{ 3, 38, 1, M, 0 }, /* Measure.group.extension */
	{ 13, 38, 2, M, 0 }, /* Measure.group.modifierExtension */
	{ 125, 26, 3, 0, 0 }, /* Measure.group.code */
	{ 3767, 13, 4, 0, 0 }, /* Measure.group.description */
	{ 9301, 453, 5, M, 0 }, /* Measure.group.population */
	{ 19237, 454, 6, M, 0 }, /* Measure.group.stratifier */
	{ 0, 13, 0, A, 0 }, /* Measure.group.population.id */
	{ 3, 38, 1, M, 0 }, /* Measure.group.population.extension */
	{ 13, 38, 2, M, 0 }, /* Measure.group.population.modifierExtension */
	{ 125, 26, 3, 0, 0 }, /* Measure.group.population.code */
	{ 3767, 13, 4, 0, 0 }, /* Measure.group.population.description */
	{ 14511, 37, 5, R, 0 }, /* Measure.group.population.criteria */
	{ 0, 13, 0, A, 0 }, /* Measure.group.stratifier.id */
	{ 3, 38, 1, M, 0 }, /* Measure.group.stratifier.extension */
	{ 13, 38, 2, M, 0 }, /* Measure.group.stratifier.modifierExtension */
	{ 125, 26, 3, 0, 0 }, /* Measure.group.stratifier.code */
	{ 3767, 13, 4, 0, 0 }, /* Measure.group.stratifier.description */
	{ 14511, 37, 5, 0, 0 }, /* Measure.group.stratifier.criteria */
	{ 13191, 455, 6, M, 0 }, /* Measure.group.stratifier.component */
	{ 0, 13, 0, A, 0 }, /* Measure.group.stratifier.component.id */
	{ 3, 38, 1, M, 0 }, /* Measure.group.stratifier.component.extension */
	{ 13, 38, 2, M, 0 }, /* Measure.group.stratifier.component.modifierExtension */
	{ 125, 26, 3, 0, 0 }, /* Measure.group.stratifier.component.code */
	{ 3767, 13, 4, 0, 0 }, /* Measure.group.stratifier.component.description */
	{ 14511, 37, 5, R, 0 }, /* Measure.group.stratifier.component.criteria */
	{ 0, 13, 0, A, 0 }, /* Measure.supplementalData.id */
	{ 3, 38, 1, M, 0 }, /* Measure.supplementalData.extension */
	{ 13, 38, 2, M, 0 }, /* Measure.supplementalData.modifierExtension */
	{ 125, 26, 3, 0, 0 }, /* Measure.supplementalData.code */
	{ 5295, 26, 4, M, 0 }, /* Measure.supplementalData.usage */
	{ 3767, 13, 5, 0, 0 }, /* Measure.supplementalData.description */
	{ 14511, 37, 6, R, 0 }, /* Measure.supplementalData.criteria */
	{ 0, 13, 0, A, 0 }, /* MeasureReport.group.id */
	{ 3, 38, 1, M, 0 }, /* MeasureReport.group.extension */
	{ 13, 38, 2, M, 0 }, /* MeasureReport.group.modifierExtension */
	{ 125, 26, 3, 0, 0 }, /* MeasureReport.group.code */
	{ 9301, 458, 4, M, 0 }, /* MeasureReport.group.population */
	{ 19248, 50, 5, 0, 0 }, /* MeasureReport.group.measureScore */
	{ 19237, 459, 6, M, 0 }, /* MeasureReport.group.stratifier */
	{ 0, 13, 0, A, 0 }, /* MeasureReport.group.population.id */
	{ 3, 38, 1, M, 0 }, /* MeasureReport.group.population.extension */
	{ 13, 38, 2, M, 0 }, /* MeasureReport.group.population.modifierExtension */
	{ 125, 26, 3, 0, 0 }, /* MeasureReport.group.population.code */
	{ 7706, 9, 4, 0, 0 }, /* MeasureReport.group.population.count */
	{ 19261, 53, 5, 0, 0 }, /* MeasureReport.group.population.subjectResults */
	{ 0, 13, 0, A, 0 }, /* MeasureReport.group.stratifier.id */
	{ 3, 38, 1, M, 0 }, /* MeasureReport.group.stratifier.extension */
	{ 13, 38, 2, M, 0 }, /* MeasureReport.group.stratifier.modifierExtension */
	{ 125, 26, 3, M, 0 }, /* MeasureReport.group.stratifier.code */
	{ 19276, 460, 4, M, 0 }, /* MeasureReport.group.stratifier.stratum */
	{ 0, 13, 0, A, 0 }, /* MeasureReport.group.stratifier.stratum.id */
	{ 3, 38, 1, M, 0 }, /* MeasureReport.group.stratifier.stratum.extension */
	{ 13, 38, 2, M, 0 }, /* MeasureReport.group.stratifier.stratum.modifierExtension */
	{ 96, 26, 3, 0, 0 }, /* MeasureReport.group.stratifier.stratum.value */
	{ 13191, 461, 4, M, 0 }, /* MeasureReport.group.stratifier.stratum.component */
	{ 9301, 462, 5, M, 0 }, /* MeasureReport.group.stratifier.stratum.population */
	{ 19248, 50, 6, 0, 0 }, /* MeasureReport.group.stratifier.stratum.measureScore */
	{ 0, 13, 0, A, 0 }, /* MeasureReport.group.stratifier.stratum.component.id */
	{ 3, 38, 1, M, 0 }, /* MeasureReport.group.stratifier.stratum.component.extension */
	{ 13, 38, 2, M, 0 }, /* MeasureReport.group.stratifier.stratum.component.modifierExtension */
	{ 125, 26, 3, R, 0 }, /* MeasureReport.group.stratifier.stratum.component.code */
	{ 96, 26, 4, R, 0 }, /* MeasureReport.group.stratifier.stratum.component.value */
	{ 0, 13, 0, A, 0 }, /* MeasureReport.group.stratifier.stratum.population.id */
	{ 3, 38, 1, M, 0 }, /* MeasureReport.group.stratifier.stratum.population.extension */
	{ 13, 38, 2, M, 0 }, /* MeasureReport.group.stratifier.stratum.population.modifierExtension */
	{ 125, 26, 3, 0, 0 }, /* MeasureReport.group.stratifier.stratum.population.code */
	{ 7706, 9, 4, 0, 0 }, /* MeasureReport.group.stratifier.stratum.population.count */
	{ 19261, 53, 5, 0, 0 }, /* MeasureReport.group.stratifier.stratum.population.subjectResults */
	{ 0, 13, 0, A, 0 }, /* Medication.ingredient.id */
	{ 3, 38, 1, M, 0 }, /* Medication.ingredient.extension */
	{ 13, 38, 2, M, 0 }, /* Medication.ingredient.modifierExtension */
	{ 7337, 622, 3, R|C, 2 }, /* Medication.ingredient.item */
	{ 19284, 1, 4, 0, 0 }, /* Medication.ingredient.isActive */
	{ 15619, 52, 5, 0, 0 }, /* Medication.ingredient.strength */
	{ 0, 13, 0, A, 0 }, /* Medication.batch.id */
	{ 3, 38, 1, M, 0 }, /* Medication.batch.extension */
	{ 13, 38, 2, M, 0 }, /* Medication.batch.modifierExtension */
	{ 8734, 13, 3, 0, 0 }, /* Medication.batch.lotNumber */
	{ 8719, 5, 4, 0, 0 }, /* Medication.batch.expirationDate */
	{ 0, 13, 0, A, 0 }, /* MedicationAdministration.performer.id */
	{ 3, 38, 1, M, 0 }, /* MedicationAdministration.performer.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationAdministration.performer.modifierExtension */
	{ 16472, 26, 3, 0, 0 }, /* MedicationAdministration.performer.function */
	{ 6221, 53, 4, R, 0 }, /* MedicationAdministration.performer.actor */
	{ 0, 13, 0, A, 0 }, /* MedicationAdministration.dosage.id */
	{ 3, 38, 1, M, 0 }, /* MedicationAdministration.dosage.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationAdministration.dosage.modifierExtension */
	{ 40, 13, 3, 0, 0 }, /* MedicationAdministration.dosage.text */
	{ 495, 26, 4, 0, 0 }, /* MedicationAdministration.dosage.site */
	{ 500, 26, 5, 0, 0 }, /* MedicationAdministration.dosage.route */
	{ 506, 26, 6, 0, 0 }, /* MedicationAdministration.dosage.method */
	{ 15491, 50, 7, 0, 0 }, /* MedicationAdministration.dosage.dose */
	{ 15506, 624, 8, C, 2 }, /* MedicationAdministration.dosage.rate */
	{ 0, 13, 0, A, 0 }, /* MedicationDispense.performer.id */
	{ 3, 38, 1, M, 0 }, /* MedicationDispense.performer.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationDispense.performer.modifierExtension */
	{ 16472, 26, 3, 0, 0 }, /* MedicationDispense.performer.function */
	{ 6221, 53, 4, R, 0 }, /* MedicationDispense.performer.actor */
	{ 0, 13, 0, A, 0 }, /* MedicationDispense.substitution.id */
	{ 3, 38, 1, M, 0 }, /* MedicationDispense.substitution.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationDispense.substitution.modifierExtension */
	{ 19293, 1, 3, R, 0 }, /* MedicationDispense.substitution.wasSubstituted */
	{ 35, 26, 4, 0, 0 }, /* MedicationDispense.substitution.type */
	{ 7104, 26, 5, M, 0 }, /* MedicationDispense.substitution.reason */
	{ 19308, 53, 6, M, 0 }, /* MedicationDispense.substitution.responsibleParty */
	{ 0, 13, 0, A, 0 }, /* MedicationKnowledge.relatedMedicationKnowledge.id */
	{ 3, 38, 1, M, 0 }, /* MedicationKnowledge.relatedMedicationKnowledge.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationKnowledge.relatedMedicationKnowledge.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* MedicationKnowledge.relatedMedicationKnowledge.type */
	{ 3790, 53, 4, M|R, 0 }, /* MedicationKnowledge.relatedMedicationKnowledge.reference */
	{ 0, 13, 0, A, 0 }, /* MedicationKnowledge.monograph.id */
	{ 3, 38, 1, M, 0 }, /* MedicationKnowledge.monograph.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationKnowledge.monograph.modifierExtension */
	{ 35, 26, 3, 0, 0 }, /* MedicationKnowledge.monograph.type */
	{ 4609, 53, 4, 0, 0 }, /* MedicationKnowledge.monograph.source */
	{ 0, 13, 0, A, 0 }, /* MedicationKnowledge.ingredient.id */
	{ 3, 38, 1, M, 0 }, /* MedicationKnowledge.ingredient.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationKnowledge.ingredient.modifierExtension */
	{ 7337, 626, 3, R|C, 2 }, /* MedicationKnowledge.ingredient.item */
	{ 19284, 1, 4, 0, 0 }, /* MedicationKnowledge.ingredient.isActive */
	{ 15619, 52, 5, 0, 0 }, /* MedicationKnowledge.ingredient.strength */
	{ 0, 13, 0, A, 0 }, /* MedicationKnowledge.cost.id */
	{ 3, 38, 1, M, 0 }, /* MedicationKnowledge.cost.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationKnowledge.cost.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* MedicationKnowledge.cost.type */
	{ 4609, 13, 4, 0, 0 }, /* MedicationKnowledge.cost.source */
	{ 11685, 43, 5, R, 0 }, /* MedicationKnowledge.cost.cost */
	{ 0, 13, 0, A, 0 }, /* MedicationKnowledge.monitoringProgram.id */
	{ 3, 38, 1, M, 0 }, /* MedicationKnowledge.monitoringProgram.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationKnowledge.monitoringProgram.modifierExtension */
	{ 35, 26, 3, 0, 0 }, /* MedicationKnowledge.monitoringProgram.type */
	{ 262, 13, 4, 0, 0 }, /* MedicationKnowledge.monitoringProgram.name */
	{ 0, 13, 0, A, 0 }, /* MedicationKnowledge.administrationGuidelines.id */
	{ 3, 38, 1, M, 0 }, /* MedicationKnowledge.administrationGuidelines.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationKnowledge.administrationGuidelines.modifierExtension */
	{ 5572, 475, 3, M, 0 }, /* MedicationKnowledge.administrationGuidelines.dosage */
	{ 19325, 628, 4, C, 2 }, /* MedicationKnowledge.administrationGuidelines.indication */
	{ 19382, 476, 5, M, 0 }, /* MedicationKnowledge.administrationGuidelines.patientCharacteristics */
	{ 0, 13, 0, A, 0 }, /* MedicationKnowledge.administrationGuidelines.dosage.id */
	{ 3, 38, 1, M, 0 }, /* MedicationKnowledge.administrationGuidelines.dosage.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationKnowledge.administrationGuidelines.dosage.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* MedicationKnowledge.administrationGuidelines.dosage.type */
	{ 5572, 34, 4, M|R, 0 }, /* MedicationKnowledge.administrationGuidelines.dosage.dosage */
	{ 0, 13, 0, A, 0 }, /* MedicationKnowledge.administrationGuidelines.patientCharacteristics.id */
	{ 3, 38, 1, M, 0 }, /* MedicationKnowledge.administrationGuidelines.patientCharacteristics.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationKnowledge.administrationGuidelines.patientCharacteristics.modifierExtension */
	{ 9646, 630, 3, R|C, 2 }, /* MedicationKnowledge.administrationGuidelines.patientCharacteristics.characteristic */
	{ 96, 13, 4, M, 0 }, /* MedicationKnowledge.administrationGuidelines.patientCharacteristics.value */
	{ 0, 13, 0, A, 0 }, /* MedicationKnowledge.medicineClassification.id */
	{ 3, 38, 1, M, 0 }, /* MedicationKnowledge.medicineClassification.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationKnowledge.medicineClassification.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* MedicationKnowledge.medicineClassification.type */
	{ 6757, 26, 4, M, 0 }, /* MedicationKnowledge.medicineClassification.classification */
	{ 0, 13, 0, A, 0 }, /* MedicationKnowledge.packaging.id */
	{ 3, 38, 1, M, 0 }, /* MedicationKnowledge.packaging.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationKnowledge.packaging.modifierExtension */
	{ 35, 26, 3, 0, 0 }, /* MedicationKnowledge.packaging.type */
	{ 5563, 50, 4, 0, 0 }, /* MedicationKnowledge.packaging.quantity */
	{ 0, 13, 0, A, 0 }, /* MedicationKnowledge.drugCharacteristic.id */
	{ 3, 38, 1, M, 0 }, /* MedicationKnowledge.drugCharacteristic.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationKnowledge.drugCharacteristic.modifierExtension */
	{ 35, 26, 3, 0, 0 }, /* MedicationKnowledge.drugCharacteristic.type */
	{ 96, 632, 4, C, 4 }, /* MedicationKnowledge.drugCharacteristic.value */
	{ 0, 13, 0, A, 0 }, /* MedicationKnowledge.regulatory.id */
	{ 3, 38, 1, M, 0 }, /* MedicationKnowledge.regulatory.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationKnowledge.regulatory.modifierExtension */
	{ 19458, 53, 3, R, 0 }, /* MedicationKnowledge.regulatory.regulatoryAuthority */
	{ 11534, 481, 4, M, 0 }, /* MedicationKnowledge.regulatory.substitution */
	{ 14302, 482, 5, M, 0 }, /* MedicationKnowledge.regulatory.schedule */
	{ 19478, 483, 6, 0, 0 }, /* MedicationKnowledge.regulatory.maxDispense */
	{ 0, 13, 0, A, 0 }, /* MedicationKnowledge.regulatory.substitution.id */
	{ 3, 38, 1, M, 0 }, /* MedicationKnowledge.regulatory.substitution.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationKnowledge.regulatory.substitution.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* MedicationKnowledge.regulatory.substitution.type */
	{ 17560, 1, 4, R, 0 }, /* MedicationKnowledge.regulatory.substitution.allowed */
	{ 0, 13, 0, A, 0 }, /* MedicationKnowledge.regulatory.schedule.id */
	{ 3, 38, 1, M, 0 }, /* MedicationKnowledge.regulatory.schedule.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationKnowledge.regulatory.schedule.modifierExtension */
	{ 14302, 26, 3, R, 0 }, /* MedicationKnowledge.regulatory.schedule.schedule */
	{ 0, 13, 0, A, 0 }, /* MedicationKnowledge.regulatory.maxDispense.id */
	{ 3, 38, 1, M, 0 }, /* MedicationKnowledge.regulatory.maxDispense.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationKnowledge.regulatory.maxDispense.modifierExtension */
	{ 5563, 50, 3, R, 0 }, /* MedicationKnowledge.regulatory.maxDispense.quantity */
	{ 89, 35, 4, 0, 0 }, /* MedicationKnowledge.regulatory.maxDispense.period */
	{ 0, 13, 0, A, 0 }, /* MedicationKnowledge.kinetics.id */
	{ 3, 38, 1, M, 0 }, /* MedicationKnowledge.kinetics.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationKnowledge.kinetics.modifierExtension */
	{ 19490, 50, 3, M, 0 }, /* MedicationKnowledge.kinetics.areaUnderCurve */
	{ 19505, 50, 4, M, 0 }, /* MedicationKnowledge.kinetics.lethalDose50 */
	{ 19518, 35, 5, 0, 0 }, /* MedicationKnowledge.kinetics.halfLifePeriod */
	{ 0, 13, 0, A, 0 }, /* MedicationRequest.dispenseRequest.id */
	{ 3, 38, 1, M, 0 }, /* MedicationRequest.dispenseRequest.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationRequest.dispenseRequest.modifierExtension */
	{ 19533, 486, 3, 0, 0 }, /* MedicationRequest.dispenseRequest.initialFill */
	{ 19545, 35, 4, 0, 0 }, /* MedicationRequest.dispenseRequest.dispenseInterval */
	{ 6772, 46, 5, 0, 0 }, /* MedicationRequest.dispenseRequest.validityPeriod */
	{ 19562, 15, 6, 0, 0 }, /* MedicationRequest.dispenseRequest.numberOfRepeatsAllowed */
	{ 5563, 50, 7, 0, 0 }, /* MedicationRequest.dispenseRequest.quantity */
	{ 19585, 35, 8, 0, 0 }, /* MedicationRequest.dispenseRequest.expectedSupplyDuration */
	{ 6964, 53, 9, 0, 0 }, /* MedicationRequest.dispenseRequest.performer */
	{ 0, 13, 0, A, 0 }, /* MedicationRequest.dispenseRequest.initialFill.id */
	{ 3, 38, 1, M, 0 }, /* MedicationRequest.dispenseRequest.initialFill.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationRequest.dispenseRequest.initialFill.modifierExtension */
	{ 5563, 50, 3, 0, 0 }, /* MedicationRequest.dispenseRequest.initialFill.quantity */
	{ 11286, 35, 4, 0, 0 }, /* MedicationRequest.dispenseRequest.initialFill.duration */
	{ 0, 13, 0, A, 0 }, /* MedicationRequest.substitution.id */
	{ 3, 38, 1, M, 0 }, /* MedicationRequest.substitution.extension */
	{ 13, 38, 2, M, 0 }, /* MedicationRequest.substitution.modifierExtension */
	{ 17560, 636, 3, R|C, 2 }, /* MedicationRequest.substitution.allowed */
	{ 7104, 26, 4, 0, 0 }, /* MedicationRequest.substitution.reason */
	{ 0, 13, 0, A, 0 }, /* MedicinalProduct.name.id */
	{ 3, 38, 1, M, 0 }, /* MedicinalProduct.name.extension */
	{ 13, 38, 2, M, 0 }, /* MedicinalProduct.name.modifierExtension */
	{ 19646, 13, 3, R, 0 }, /* MedicinalProduct.name.productName */
	{ 19658, 489, 4, M, 0 }, /* MedicinalProduct.name.namePart */
	{ 19667, 490, 5, M, 0 }, /* MedicinalProduct.name.countryLanguage */
	{ 0, 13, 0, A, 0 }, /* MedicinalProduct.name.namePart.id */
	{ 3, 38, 1, M, 0 }, /* MedicinalProduct.name.namePart.extension */
	{ 13, 38, 2, M, 0 }, /* MedicinalProduct.name.namePart.modifierExtension */
	{ 19683, 13, 3, R, 0 }, /* MedicinalProduct.name.namePart.part */
	{ 35, 27, 4, R, 0 }, /* MedicinalProduct.name.namePart.type */
	{ 0, 13, 0, A, 0 }, /* MedicinalProduct.name.countryLanguage.id */
	{ 3, 38, 1, M, 0 }, /* MedicinalProduct.name.countryLanguage.extension */
	{ 13, 38, 2, M, 0 }, /* MedicinalProduct.name.countryLanguage.modifierExtension */
	{ 81, 26, 3, R, 0 }, /* MedicinalProduct.name.countryLanguage.country */
	{ 4545, 26, 4, 0, 0 }, /* MedicinalProduct.name.countryLanguage.jurisdiction */
	{ 183, 26, 5, R, 0 }, /* MedicinalProduct.name.countryLanguage.language */
	{ 0, 13, 0, A, 0 }, /* MedicinalProduct.manufacturingBusinessOperation.id */
	{ 3, 38, 1, M, 0 }, /* MedicinalProduct.manufacturingBusinessOperation.extension */
	{ 13, 38, 2, M, 0 }, /* MedicinalProduct.manufacturingBusinessOperation.modifierExtension */
	{ 19688, 26, 3, 0, 0 }, /* MedicinalProduct.manufacturingBusinessOperation.operationType */
	{ 19702, 40, 4, 0, 0 }, /* MedicinalProduct.manufacturingBusinessOperation.authorisationReferenceNumber */
	{ 19731, 5, 5, 0, 0 }, /* MedicinalProduct.manufacturingBusinessOperation.effectiveDate */
	{ 19745, 26, 6, 0, 0 }, /* MedicinalProduct.manufacturingBusinessOperation.confidentialityIndicator */
	{ 8690, 53, 7, M, 0 }, /* MedicinalProduct.manufacturingBusinessOperation.manufacturer */
	{ 12378, 53, 8, 0, 0 }, /* MedicinalProduct.manufacturingBusinessOperation.regulator */
	{ 0, 13, 0, A, 0 }, /* MedicinalProduct.specialDesignation.id */
	{ 3, 38, 1, M, 0 }, /* MedicinalProduct.specialDesignation.extension */
	{ 13, 38, 2, M, 0 }, /* MedicinalProduct.specialDesignation.modifierExtension */
	{ 4824, 40, 3, M, 0 }, /* MedicinalProduct.specialDesignation.identifier */
	{ 35, 26, 4, 0, 0 }, /* MedicinalProduct.specialDesignation.type */
	{ 19770, 26, 5, 0, 0 }, /* MedicinalProduct.specialDesignation.intendedUse */
	{ 19325, 638, 6, C, 2 }, /* MedicinalProduct.specialDesignation.indication */
	{ 4558, 26, 7, 0, 0 }, /* MedicinalProduct.specialDesignation.status */
	{ 5261, 5, 8, 0, 0 }, /* MedicinalProduct.specialDesignation.date */
	{ 19782, 26, 9, 0, 0 }, /* MedicinalProduct.specialDesignation.species */
	{ 0, 13, 0, A, 0 }, /* MedicinalProductAuthorization.jurisdictionalAuthorization.id */
	{ 3, 38, 1, M, 0 }, /* MedicinalProductAuthorization.jurisdictionalAuthorization.extension */
	{ 13, 38, 2, M, 0 }, /* MedicinalProductAuthorization.jurisdictionalAuthorization.modifierExtension */
	{ 4824, 40, 3, M, 0 }, /* MedicinalProductAuthorization.jurisdictionalAuthorization.identifier */
	{ 81, 26, 4, 0, 0 }, /* MedicinalProductAuthorization.jurisdictionalAuthorization.country */
	{ 4545, 26, 5, M, 0 }, /* MedicinalProductAuthorization.jurisdictionalAuthorization.jurisdiction */
	{ 11981, 26, 6, 0, 0 }, /* MedicinalProductAuthorization.jurisdictionalAuthorization.legalStatusOfSupply */
	{ 6772, 46, 7, 0, 0 }, /* MedicinalProductAuthorization.jurisdictionalAuthorization.validityPeriod */
	{ 0, 13, 0, A, 0 }, /* MedicinalProductAuthorization.procedure.id */
	{ 3, 38, 1, M, 0 }, /* MedicinalProductAuthorization.procedure.extension */
	{ 13, 38, 2, M, 0 }, /* MedicinalProductAuthorization.procedure.modifierExtension */
	{ 4824, 40, 3, 0, 0 }, /* MedicinalProductAuthorization.procedure.identifier */
	{ 35, 26, 4, R, 0 }, /* MedicinalProductAuthorization.procedure.type */
	{ 5261, 640, 5, C, 2 }, /* MedicinalProductAuthorization.procedure.date */
	{ 19814, 494, 6, M, 0 }, /* MedicinalProductAuthorization.procedure.application */
	{ 0, 13, 0, A, 0 }, /* MedicinalProductContraindication.otherTherapy.id */
	{ 3, 38, 1, M, 0 }, /* MedicinalProductContraindication.otherTherapy.extension */
	{ 13, 38, 2, M, 0 }, /* MedicinalProductContraindication.otherTherapy.modifierExtension */
	{ 19826, 26, 3, R, 0 }, /* MedicinalProductContraindication.otherTherapy.therapyRelationshipType */
	{ 11312, 642, 4, R|C, 2 }, /* MedicinalProductContraindication.otherTherapy.medication */
	{ 0, 13, 0, A, 0 }, /* MedicinalProductIndication.otherTherapy.id */
	{ 3, 38, 1, M, 0 }, /* MedicinalProductIndication.otherTherapy.extension */
	{ 13, 38, 2, M, 0 }, /* MedicinalProductIndication.otherTherapy.modifierExtension */
	{ 19826, 26, 3, R, 0 }, /* MedicinalProductIndication.otherTherapy.therapyRelationshipType */
	{ 11312, 644, 4, R|C, 2 }, /* MedicinalProductIndication.otherTherapy.medication */
	{ 0, 13, 0, A, 0 }, /* MedicinalProductIngredient.specifiedSubstance.id */
	{ 3, 38, 1, M, 0 }, /* MedicinalProductIngredient.specifiedSubstance.extension */
	{ 13, 38, 2, M, 0 }, /* MedicinalProductIngredient.specifiedSubstance.modifierExtension */
	{ 125, 26, 3, R, 0 }, /* MedicinalProductIngredient.specifiedSubstance.code */
	{ 7957, 26, 4, R, 0 }, /* MedicinalProductIngredient.specifiedSubstance.group */
	{ 7845, 26, 5, 0, 0 }, /* MedicinalProductIngredient.specifiedSubstance.confidentiality */
	{ 15619, 498, 6, M, 0 }, /* MedicinalProductIngredient.specifiedSubstance.strength */
	{ 0, 13, 0, A, 0 }, /* MedicinalProductIngredient.specifiedSubstance.strength.id */
	{ 3, 38, 1, M, 0 }, /* MedicinalProductIngredient.specifiedSubstance.strength.extension */
	{ 13, 38, 2, M, 0 }, /* MedicinalProductIngredient.specifiedSubstance.strength.modifierExtension */
	{ 19850, 52, 3, R, 0 }, /* MedicinalProductIngredient.specifiedSubstance.strength.presentation */
	{ 19863, 52, 4, 0, 0 }, /* MedicinalProductIngredient.specifiedSubstance.strength.presentationLowLimit */
	{ 19884, 52, 5, 0, 0 }, /* MedicinalProductIngredient.specifiedSubstance.strength.concentration */
	{ 19898, 52, 6, 0, 0 }, /* MedicinalProductIngredient.specifiedSubstance.strength.concentrationLowLimit */
	{ 19920, 13, 7, 0, 0 }, /* MedicinalProductIngredient.specifiedSubstance.strength.measurementPoint */
	{ 81, 26, 8, M, 0 }, /* MedicinalProductIngredient.specifiedSubstance.strength.country */
	{ 19937, 499, 9, M, 0 }, /* MedicinalProductIngredient.specifiedSubstance.strength.referenceStrength */
	{ 0, 13, 0, A, 0 }, /* MedicinalProductIngredient.specifiedSubstance.strength.referenceStrength.id */
	{ 3, 38, 1, M, 0 }, /* MedicinalProductIngredient.specifiedSubstance.strength.referenceStrength.extension */
	{ 13, 38, 2, M, 0 }, /* MedicinalProductIngredient.specifiedSubstance.strength.referenceStrength.modifierExtension */
	{ 12558, 26, 3, 0, 0 }, /* MedicinalProductIngredient.specifiedSubstance.strength.referenceStrength.substance */
	{ 15619, 52, 4, R, 0 }, /* MedicinalProductIngredient.specifiedSubstance.strength.referenceStrength.strength */
	{ 19955, 52, 5, 0, 0 }, /* MedicinalProductIngredient.specifiedSubstance.strength.referenceStrength.strengthLowLimit */
	{ 19920, 13, 6, 0, 0 }, /* MedicinalProductIngredient.specifiedSubstance.strength.referenceStrength.measurementPoint */
	{ 81, 26, 7, M, 0 }, /* MedicinalProductIngredient.specifiedSubstance.strength.referenceStrength.country */
	{ 0, 13, 0, A, 0 }, /* MedicinalProductIngredient.substance.id */
	{ 3, 38, 1, M, 0 }, /* MedicinalProductIngredient.substance.extension */
	{ 13, 38, 2, M, 0 }, /* MedicinalProductIngredient.substance.modifierExtension */
	{ 125, 26, 3, R, 0 }, /* MedicinalProductIngredient.substance.code */
	{ 15619, 498, 4, M, 0 }, /* MedicinalProductIngredient.substance.strength */
	{ 0, 13, 0, A, 0 }, /* MedicinalProductInteraction.interactant.id */
	{ 3, 38, 1, M, 0 }, /* MedicinalProductInteraction.interactant.extension */
	{ 13, 38, 2, M, 0 }, /* MedicinalProductInteraction.interactant.modifierExtension */
	{ 7337, 646, 3, R|C, 2 }, /* MedicinalProductInteraction.interactant.item */
	{ 0, 13, 0, A, 0 }, /* MedicinalProductPackaged.batchIdentifier.id */
	{ 3, 38, 1, M, 0 }, /* MedicinalProductPackaged.batchIdentifier.extension */
	{ 13, 38, 2, M, 0 }, /* MedicinalProductPackaged.batchIdentifier.modifierExtension */
	{ 19972, 40, 3, R, 0 }, /* MedicinalProductPackaged.batchIdentifier.outerPackaging */
	{ 19987, 40, 4, 0, 0 }, /* MedicinalProductPackaged.batchIdentifier.immediatePackaging */
	{ 0, 13, 0, A, 0 }, /* MedicinalProductPackaged.packageItem.id */
	{ 3, 38, 1, M, 0 }, /* MedicinalProductPackaged.packageItem.extension */
	{ 13, 38, 2, M, 0 }, /* MedicinalProductPackaged.packageItem.modifierExtension */
	{ 4824, 40, 3, M, 0 }, /* MedicinalProductPackaged.packageItem.identifier */
	{ 35, 26, 4, R, 0 }, /* MedicinalProductPackaged.packageItem.type */
	{ 5563, 50, 5, R, 0 }, /* MedicinalProductPackaged.packageItem.quantity */
	{ 8970, 26, 6, M, 0 }, /* MedicinalProductPackaged.packageItem.material */
	{ 20006, 26, 7, M, 0 }, /* MedicinalProductPackaged.packageItem.alternateMaterial */
	{ 9121, 53, 8, M, 0 }, /* MedicinalProductPackaged.packageItem.device */
	{ 20024, 53, 9, M, 0 }, /* MedicinalProductPackaged.packageItem.manufacturedItem */
	{ 12708, 503, 10, M, 0 }, /* MedicinalProductPackaged.packageItem.packageItem */
	{ 8891, 48, 11, 0, 0 }, /* MedicinalProductPackaged.packageItem.physicalCharacteristics */
	{ 12648, 26, 12, M, 0 }, /* MedicinalProductPackaged.packageItem.otherCharacteristics */
	{ 8874, 49, 13, M, 0 }, /* MedicinalProductPackaged.packageItem.shelfLifeStorage */
	{ 8690, 53, 14, M, 0 }, /* MedicinalProductPackaged.packageItem.manufacturer */
	{ 0, 13, 0, A, 0 }, /* MedicinalProductPharmaceutical.characteristics.id */
	{ 3, 38, 1, M, 0 }, /* MedicinalProductPharmaceutical.characteristics.extension */
	{ 13, 38, 2, M, 0 }, /* MedicinalProductPharmaceutical.characteristics.modifierExtension */
	{ 125, 26, 3, R, 0 }, /* MedicinalProductPharmaceutical.characteristics.code */
	{ 4558, 26, 4, 0, 0 }, /* MedicinalProductPharmaceutical.characteristics.status */
	{ 0, 13, 0, A, 0 }, /* MedicinalProductPharmaceutical.routeOfAdministration.id */
	{ 3, 38, 1, M, 0 }, /* MedicinalProductPharmaceutical.routeOfAdministration.extension */
	{ 13, 38, 2, M, 0 }, /* MedicinalProductPharmaceutical.routeOfAdministration.modifierExtension */
	{ 125, 26, 3, R, 0 }, /* MedicinalProductPharmaceutical.routeOfAdministration.code */
	{ 20041, 50, 4, 0, 0 }, /* MedicinalProductPharmaceutical.routeOfAdministration.firstDose */
	{ 20051, 50, 5, 0, 0 }, /* MedicinalProductPharmaceutical.routeOfAdministration.maxSingleDose */
	{ 20065, 50, 6, 0, 0 }, /* MedicinalProductPharmaceutical.routeOfAdministration.maxDosePerDay */
	{ 20079, 52, 7, 0, 0 }, /* MedicinalProductPharmaceutical.routeOfAdministration.maxDosePerTreatmentPeriod */
	{ 20105, 35, 8, 0, 0 }, /* MedicinalProductPharmaceutical.routeOfAdministration.maxTreatmentPeriod */
	{ 20124, 506, 9, M, 0 }, /* MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies */
	{ 0, 13, 0, A, 0 }, /* MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.id */
	{ 3, 38, 1, M, 0 }, /* MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.extension */
	{ 13, 38, 2, M, 0 }, /* MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.modifierExtension */
	{ 125, 26, 3, R, 0 }, /* MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.code */
	{ 20138, 507, 4, M, 0 }, /* MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.withdrawalPeriod */
	{ 0, 13, 0, A, 0 }, /* MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.withdrawalPeriod.id */
	{ 3, 38, 1, M, 0 }, /* MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.withdrawalPeriod.extension */
	{ 13, 38, 2, M, 0 }, /* MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.withdrawalPeriod.modifierExtension */
	{ 20155, 26, 3, R, 0 }, /* MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.withdrawalPeriod.tissue */
	{ 96, 50, 4, R, 0 }, /* MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.withdrawalPeriod.value */
	{ 6118, 13, 5, 0, 0 }, /* MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.withdrawalPeriod.supportingInformation */
	{ 0, 13, 0, A, 0 }, /* MessageDefinition.focus.id */
	{ 3, 38, 1, M, 0 }, /* MessageDefinition.focus.extension */
	{ 13, 38, 2, M, 0 }, /* MessageDefinition.focus.modifierExtension */
	{ 125, 3, 3, R, 0 }, /* MessageDefinition.focus.code */
	{ 288, 2, 4, 0, 0 }, /* MessageDefinition.focus.profile */
	{ 694, 15, 5, R, 0 }, /* MessageDefinition.focus.min */
	{ 698, 13, 6, 0, 0 }, /* MessageDefinition.focus.max */
	{ 0, 13, 0, A, 0 }, /* MessageDefinition.allowedResponse.id */
	{ 3, 38, 1, M, 0 }, /* MessageDefinition.allowedResponse.extension */
	{ 13, 38, 2, M, 0 }, /* MessageDefinition.allowedResponse.modifierExtension */
	{ 20162, 2, 3, R, 0 }, /* MessageDefinition.allowedResponse.message */
	{ 20170, 10, 4, 0, 0 }, /* MessageDefinition.allowedResponse.situation */
	{ 0, 13, 0, A, 0 }, /* MessageHeader.destination.id */
	{ 3, 38, 1, M, 0 }, /* MessageHeader.destination.extension */
	{ 13, 38, 2, M, 0 }, /* MessageHeader.destination.modifierExtension */
	{ 262, 13, 3, 0, 0 }, /* MessageHeader.destination.name */
	{ 7924, 53, 4, 0, 0 }, /* MessageHeader.destination.target */
	{ 10396, 17, 5, R, 0 }, /* MessageHeader.destination.endpoint */
	{ 11507, 53, 6, 0, 0 }, /* MessageHeader.destination.receiver */
	{ 0, 13, 0, A, 0 }, /* MessageHeader.source.id */
	{ 3, 38, 1, M, 0 }, /* MessageHeader.source.extension */
	{ 13, 38, 2, M, 0 }, /* MessageHeader.source.modifierExtension */
	{ 262, 13, 3, 0, 0 }, /* MessageHeader.source.name */
	{ 6505, 13, 4, 0, 0 }, /* MessageHeader.source.software */
	{ 233, 13, 5, 0, 0 }, /* MessageHeader.source.version */
	{ 280, 29, 6, 0, 0 }, /* MessageHeader.source.contact */
	{ 10396, 17, 7, R, 0 }, /* MessageHeader.source.endpoint */
	{ 0, 13, 0, A, 0 }, /* MessageHeader.response.id */
	{ 3, 38, 1, M, 0 }, /* MessageHeader.response.extension */
	{ 13, 38, 2, M, 0 }, /* MessageHeader.response.modifierExtension */
	{ 4824, 7, 3, R, 0 }, /* MessageHeader.response.identifier */
	{ 125, 3, 4, R, 0 }, /* MessageHeader.response.code */
	{ 20180, 53, 5, 0, 0 }, /* MessageHeader.response.details */
	{ 0, 13, 0, A, 0 }, /* MolecularSequence.referenceSeq.id */
	{ 3, 38, 1, M, 0 }, /* MolecularSequence.referenceSeq.extension */
	{ 13, 38, 2, M, 0 }, /* MolecularSequence.referenceSeq.modifierExtension */
	{ 20188, 26, 3, 0, 0 }, /* MolecularSequence.referenceSeq.chromosome */
	{ 20199, 13, 4, 0, 0 }, /* MolecularSequence.referenceSeq.genomeBuild */
	{ 20211, 3, 5, 0, 0 }, /* MolecularSequence.referenceSeq.orientation */
	{ 20223, 26, 6, 0, 0 }, /* MolecularSequence.referenceSeq.referenceSeqId */
	{ 20238, 53, 7, 0, 0 }, /* MolecularSequence.referenceSeq.referenceSeqPointer */
	{ 20258, 13, 8, 0, 0 }, /* MolecularSequence.referenceSeq.referenceSeqString */
	{ 20277, 3, 9, 0, 0 }, /* MolecularSequence.referenceSeq.strand */
	{ 20284, 9, 10, 0, 0 }, /* MolecularSequence.referenceSeq.windowStart */
	{ 20296, 9, 11, 0, 0 }, /* MolecularSequence.referenceSeq.windowEnd */
	{ 0, 13, 0, A, 0 }, /* MolecularSequence.variant.id */
	{ 3, 38, 1, M, 0 }, /* MolecularSequence.variant.extension */
	{ 13, 38, 2, M, 0 }, /* MolecularSequence.variant.modifierExtension */
	{ 4656, 9, 3, 0, 0 }, /* MolecularSequence.variant.start */
	{ 4662, 9, 4, 0, 0 }, /* MolecularSequence.variant.end */
	{ 20306, 13, 5, 0, 0 }, /* MolecularSequence.variant.observedAllele */
	{ 20321, 13, 6, 0, 0 }, /* MolecularSequence.variant.referenceAllele */
	{ 20337, 13, 7, 0, 0 }, /* MolecularSequence.variant.cigar */
	{ 20343, 53, 8, 0, 0 }, /* MolecularSequence.variant.variantPointer */
	{ 0, 13, 0, A, 0 }, /* MolecularSequence.quality.id */
	{ 3, 38, 1, M, 0 }, /* MolecularSequence.quality.extension */
	{ 13, 38, 2, M, 0 }, /* MolecularSequence.quality.modifierExtension */
	{ 35, 3, 3, R, 0 }, /* MolecularSequence.quality.type */
	{ 20358, 26, 4, 0, 0 }, /* MolecularSequence.quality.standardSequence */
	{ 4656, 9, 5, 0, 0 }, /* MolecularSequence.quality.start */
	{ 4662, 9, 6, 0, 0 }, /* MolecularSequence.quality.end */
	{ 15224, 50, 7, 0, 0 }, /* MolecularSequence.quality.score */
	{ 506, 26, 8, 0, 0 }, /* MolecularSequence.quality.method */
	{ 20375, 6, 9, 0, 0 }, /* MolecularSequence.quality.truthTP */
	{ 20383, 6, 10, 0, 0 }, /* MolecularSequence.quality.queryTP */
	{ 20391, 6, 11, 0, 0 }, /* MolecularSequence.quality.truthFN */
	{ 20399, 6, 12, 0, 0 }, /* MolecularSequence.quality.queryFP */
	{ 20407, 6, 13, 0, 0 }, /* MolecularSequence.quality.gtFP */
	{ 20412, 6, 14, 0, 0 }, /* MolecularSequence.quality.precision */
	{ 20422, 6, 15, 0, 0 }, /* MolecularSequence.quality.recall */
	{ 20429, 6, 16, 0, 0 }, /* MolecularSequence.quality.fScore */
	{ 20436, 516, 17, 0, 0 }, /* MolecularSequence.quality.roc */
	{ 0, 13, 0, A, 0 }, /* MolecularSequence.quality.roc.id */
	{ 3, 38, 1, M, 0 }, /* MolecularSequence.quality.roc.extension */
	{ 13, 38, 2, M, 0 }, /* MolecularSequence.quality.roc.modifierExtension */
	{ 15224, 9, 3, M, 0 }, /* MolecularSequence.quality.roc.score */
	{ 20440, 9, 4, M, 0 }, /* MolecularSequence.quality.roc.numTP */
	{ 20446, 9, 5, M, 0 }, /* MolecularSequence.quality.roc.numFP */
	{ 20452, 9, 6, M, 0 }, /* MolecularSequence.quality.roc.numFN */
	{ 20412, 6, 7, M, 0 }, /* MolecularSequence.quality.roc.precision */
	{ 20458, 6, 8, M, 0 }, /* MolecularSequence.quality.roc.sensitivity */
	{ 20470, 6, 9, M, 0 }, /* MolecularSequence.quality.roc.fMeasure */
	{ 0, 13, 0, A, 0 }, /* MolecularSequence.repository.id */
	{ 3, 38, 1, M, 0 }, /* MolecularSequence.repository.extension */
	{ 13, 38, 2, M, 0 }, /* MolecularSequence.repository.modifierExtension */
	{ 35, 3, 3, R, 0 }, /* MolecularSequence.repository.type */
	{ 197, 16, 4, 0, 0 }, /* MolecularSequence.repository.url */
	{ 262, 13, 5, 0, 0 }, /* MolecularSequence.repository.name */
	{ 20479, 13, 6, 0, 0 }, /* MolecularSequence.repository.datasetId */
	{ 20489, 13, 7, 0, 0 }, /* MolecularSequence.repository.variantsetId */
	{ 20502, 13, 8, 0, 0 }, /* MolecularSequence.repository.readsetId */
	{ 0, 13, 0, A, 0 }, /* MolecularSequence.structureVariant.id */
	{ 3, 38, 1, M, 0 }, /* MolecularSequence.structureVariant.extension */
	{ 13, 38, 2, M, 0 }, /* MolecularSequence.structureVariant.modifierExtension */
	{ 20512, 26, 3, 0, 0 }, /* MolecularSequence.structureVariant.variantType */
	{ 20524, 1, 4, 0, 0 }, /* MolecularSequence.structureVariant.exact */
	{ 9436, 9, 5, 0, 0 }, /* MolecularSequence.structureVariant.length */
	{ 20530, 519, 6, 0, 0 }, /* MolecularSequence.structureVariant.outer */
	{ 20536, 520, 7, 0, 0 }, /* MolecularSequence.structureVariant.inner */
	{ 0, 13, 0, A, 0 }, /* MolecularSequence.structureVariant.outer.id */
	{ 3, 38, 1, M, 0 }, /* MolecularSequence.structureVariant.outer.extension */
	{ 13, 38, 2, M, 0 }, /* MolecularSequence.structureVariant.outer.modifierExtension */
	{ 4656, 9, 3, 0, 0 }, /* MolecularSequence.structureVariant.outer.start */
	{ 4662, 9, 4, 0, 0 }, /* MolecularSequence.structureVariant.outer.end */
	{ 0, 13, 0, A, 0 }, /* MolecularSequence.structureVariant.inner.id */
	{ 3, 38, 1, M, 0 }, /* MolecularSequence.structureVariant.inner.extension */
	{ 13, 38, 2, M, 0 }, /* MolecularSequence.structureVariant.inner.modifierExtension */
	{ 4656, 9, 3, 0, 0 }, /* MolecularSequence.structureVariant.inner.start */
	{ 4662, 9, 4, 0, 0 }, /* MolecularSequence.structureVariant.inner.end */
	{ 0, 13, 0, A, 0 }, /* NamingSystem.uniqueId.id */
	{ 3, 38, 1, M, 0 }, /* NamingSystem.uniqueId.extension */
	{ 13, 38, 2, M, 0 }, /* NamingSystem.uniqueId.modifierExtension */
	{ 35, 3, 3, R, 0 }, /* NamingSystem.uniqueId.type */
	{ 96, 13, 4, R, 0 }, /* NamingSystem.uniqueId.value */
	{ 20542, 1, 5, 0, 0 }, /* NamingSystem.uniqueId.preferred */
	{ 667, 13, 6, 0, 0 }, /* NamingSystem.uniqueId.comment */
	{ 89, 46, 7, 0, 0 }, /* NamingSystem.uniqueId.period */
	{ 0, 13, 0, A, 0 }, /* NutritionOrder.oralDiet.id */
	{ 3, 38, 1, M, 0 }, /* NutritionOrder.oralDiet.extension */
	{ 13, 38, 2, M, 0 }, /* NutritionOrder.oralDiet.modifierExtension */
	{ 35, 26, 3, M, 0 }, /* NutritionOrder.oralDiet.type */
	{ 14302, 58, 4, M, 0 }, /* NutritionOrder.oralDiet.schedule */
	{ 20552, 523, 5, M, 0 }, /* NutritionOrder.oralDiet.nutrient */
	{ 20561, 524, 6, M, 0 }, /* NutritionOrder.oralDiet.texture */
	{ 20569, 26, 7, M, 0 }, /* NutritionOrder.oralDiet.fluidConsistencyType */
	{ 20590, 13, 8, 0, 0 }, /* NutritionOrder.oralDiet.instruction */
	{ 0, 13, 0, A, 0 }, /* NutritionOrder.oralDiet.nutrient.id */
	{ 3, 38, 1, M, 0 }, /* NutritionOrder.oralDiet.nutrient.extension */
	{ 13, 38, 2, M, 0 }, /* NutritionOrder.oralDiet.nutrient.modifierExtension */
	{ 14187, 26, 3, 0, 0 }, /* NutritionOrder.oralDiet.nutrient.modifier */
	{ 5012, 50, 4, 0, 0 }, /* NutritionOrder.oralDiet.nutrient.amount */
	{ 0, 13, 0, A, 0 }, /* NutritionOrder.oralDiet.texture.id */
	{ 3, 38, 1, M, 0 }, /* NutritionOrder.oralDiet.texture.extension */
	{ 13, 38, 2, M, 0 }, /* NutritionOrder.oralDiet.texture.modifierExtension */
	{ 14187, 26, 3, 0, 0 }, /* NutritionOrder.oralDiet.texture.modifier */
	{ 20602, 26, 4, 0, 0 }, /* NutritionOrder.oralDiet.texture.foodType */
	{ 0, 13, 0, A, 0 }, /* NutritionOrder.supplement.id */
	{ 3, 38, 1, M, 0 }, /* NutritionOrder.supplement.extension */
	{ 13, 38, 2, M, 0 }, /* NutritionOrder.supplement.modifierExtension */
	{ 35, 26, 3, 0, 0 }, /* NutritionOrder.supplement.type */
	{ 19646, 13, 4, 0, 0 }, /* NutritionOrder.supplement.productName */
	{ 14302, 58, 5, M, 0 }, /* NutritionOrder.supplement.schedule */
	{ 5563, 50, 6, 0, 0 }, /* NutritionOrder.supplement.quantity */
	{ 20590, 13, 7, 0, 0 }, /* NutritionOrder.supplement.instruction */
	{ 0, 13, 0, A, 0 }, /* NutritionOrder.enteralFormula.id */
	{ 3, 38, 1, M, 0 }, /* NutritionOrder.enteralFormula.extension */
	{ 13, 38, 2, M, 0 }, /* NutritionOrder.enteralFormula.modifierExtension */
	{ 20611, 26, 3, 0, 0 }, /* NutritionOrder.enteralFormula.baseFormulaType */
	{ 20627, 13, 4, 0, 0 }, /* NutritionOrder.enteralFormula.baseFormulaProductName */
	{ 20650, 26, 5, 0, 0 }, /* NutritionOrder.enteralFormula.additiveType */
	{ 20663, 13, 6, 0, 0 }, /* NutritionOrder.enteralFormula.additiveProductName */
	{ 20683, 50, 7, 0, 0 }, /* NutritionOrder.enteralFormula.caloricDensity */
	{ 20698, 26, 8, 0, 0 }, /* NutritionOrder.enteralFormula.routeofAdministration */
	{ 20720, 527, 9, M, 0 }, /* NutritionOrder.enteralFormula.administration */
	{ 20735, 50, 10, 0, 0 }, /* NutritionOrder.enteralFormula.maxVolumeToDeliver */
	{ 20754, 13, 11, 0, 0 }, /* NutritionOrder.enteralFormula.administrationInstruction */
	{ 0, 13, 0, A, 0 }, /* NutritionOrder.enteralFormula.administration.id */
	{ 3, 38, 1, M, 0 }, /* NutritionOrder.enteralFormula.administration.extension */
	{ 13, 38, 2, M, 0 }, /* NutritionOrder.enteralFormula.administration.modifierExtension */
	{ 14302, 58, 3, 0, 0 }, /* NutritionOrder.enteralFormula.administration.schedule */
	{ 5563, 50, 4, 0, 0 }, /* NutritionOrder.enteralFormula.administration.quantity */
	{ 15506, 648, 5, C, 2 }, /* NutritionOrder.enteralFormula.administration.rate */
	{ 0, 13, 0, A, 0 }, /* Observation.referenceRange.id */
	{ 3, 38, 1, M, 0 }, /* Observation.referenceRange.extension */
	{ 13, 38, 2, M, 0 }, /* Observation.referenceRange.modifierExtension */
	{ 4864, 50, 3, 0, 0 }, /* Observation.referenceRange.low */
	{ 4868, 50, 4, 0, 0 }, /* Observation.referenceRange.high */
	{ 35, 26, 5, 0, 0 }, /* Observation.referenceRange.type */
	{ 20780, 26, 6, M, 0 }, /* Observation.referenceRange.appliesTo */
	{ 4666, 51, 7, 0, 0 }, /* Observation.referenceRange.age */
	{ 40, 13, 8, 0, 0 }, /* Observation.referenceRange.text */
	{ 0, 13, 0, A, 0 }, /* Observation.component.id */
	{ 3, 38, 1, M, 0 }, /* Observation.component.extension */
	{ 13, 38, 2, M, 0 }, /* Observation.component.modifierExtension */
	{ 125, 26, 3, R, 0 }, /* Observation.component.code */
	{ 96, 650, 4, C, 11 }, /* Observation.component.value */
	{ 9777, 26, 5, 0, 0 }, /* Observation.component.dataAbsentReason */
	{ 13166, 26, 6, M, 0 }, /* Observation.component.interpretation */
	{ 5081, 528, 7, M, 0 }, /* Observation.component.referenceRange */
	{ 0, 13, 0, A, 0 }, /* ObservationDefinition.quantitativeDetails.id */
	{ 3, 38, 1, M, 0 }, /* ObservationDefinition.quantitativeDetails.extension */
	{ 13, 38, 2, M, 0 }, /* ObservationDefinition.quantitativeDetails.modifierExtension */
	{ 20790, 26, 3, 0, 0 }, /* ObservationDefinition.quantitativeDetails.customaryUnit */
	{ 113, 26, 4, 0, 0 }, /* ObservationDefinition.quantitativeDetails.unit */
	{ 20804, 6, 5, 0, 0 }, /* ObservationDefinition.quantitativeDetails.conversionFactor */
	{ 20821, 9, 6, 0, 0 }, /* ObservationDefinition.quantitativeDetails.decimalPrecision */
	{ 0, 13, 0, A, 0 }, /* ObservationDefinition.qualifiedInterval.id */
	{ 3, 38, 1, M, 0 }, /* ObservationDefinition.qualifiedInterval.extension */
	{ 13, 38, 2, M, 0 }, /* ObservationDefinition.qualifiedInterval.modifierExtension */
	{ 5693, 3, 3, 0, 0 }, /* ObservationDefinition.qualifiedInterval.category */
	{ 20838, 51, 4, 0, 0 }, /* ObservationDefinition.qualifiedInterval.range */
	{ 6892, 26, 5, 0, 0 }, /* ObservationDefinition.qualifiedInterval.context */
	{ 20780, 26, 6, M, 0 }, /* ObservationDefinition.qualifiedInterval.appliesTo */
	{ 4698, 3, 7, 0, 0 }, /* ObservationDefinition.qualifiedInterval.gender */
	{ 4666, 51, 8, 0, 0 }, /* ObservationDefinition.qualifiedInterval.age */
	{ 20844, 51, 9, 0, 0 }, /* ObservationDefinition.qualifiedInterval.gestationalAge */
	{ 3692, 13, 10, 0, 0 }, /* ObservationDefinition.qualifiedInterval.condition */
	{ 0, 13, 0, A, 0 }, /* OperationDefinition.parameter.id */
	{ 3, 38, 1, M, 0 }, /* OperationDefinition.parameter.extension */
	{ 13, 38, 2, M, 0 }, /* OperationDefinition.parameter.modifierExtension */
	{ 262, 3, 3, R, 0 }, /* OperationDefinition.parameter.name */
	{ 31, 3, 4, R, 0 }, /* OperationDefinition.parameter.use */
	{ 694, 9, 5, R, 0 }, /* OperationDefinition.parameter.min */
	{ 698, 13, 6, R, 0 }, /* OperationDefinition.parameter.max */
	{ 4642, 13, 7, 0, 0 }, /* OperationDefinition.parameter.documentation */
	{ 35, 3, 8, 0, 0 }, /* OperationDefinition.parameter.type */
	{ 15572, 2, 9, M, 0 }, /* OperationDefinition.parameter.targetProfile */
	{ 20859, 3, 10, 0, 0 }, /* OperationDefinition.parameter.searchType */
	{ 3751, 533, 11, 0, 0 }, /* OperationDefinition.parameter.binding */
	{ 20870, 534, 12, M, 0 }, /* OperationDefinition.parameter.referencedFrom */
	{ 19683, 532, 13, M, 0 }, /* OperationDefinition.parameter.part */
	{ 0, 13, 0, A, 0 }, /* OperationDefinition.parameter.binding.id */
	{ 3, 38, 1, M, 0 }, /* OperationDefinition.parameter.binding.extension */
	{ 13, 38, 2, M, 0 }, /* OperationDefinition.parameter.binding.modifierExtension */
	{ 15619, 3, 3, R, 0 }, /* OperationDefinition.parameter.binding.strength */
	{ 7632, 2, 4, R, 0 }, /* OperationDefinition.parameter.binding.valueSet */
	{ 0, 13, 0, A, 0 }, /* OperationDefinition.parameter.referencedFrom.id */
	{ 3, 38, 1, M, 0 }, /* OperationDefinition.parameter.referencedFrom.extension */
	{ 13, 38, 2, M, 0 }, /* OperationDefinition.parameter.referencedFrom.modifierExtension */
	{ 4609, 13, 3, R, 0 }, /* OperationDefinition.parameter.referencedFrom.source */
	{ 20885, 13, 4, 0, 0 }, /* OperationDefinition.parameter.referencedFrom.sourceId */
	{ 0, 13, 0, A, 0 }, /* OperationDefinition.overload.id */
	{ 3, 38, 1, M, 0 }, /* OperationDefinition.overload.extension */
	{ 13, 38, 2, M, 0 }, /* OperationDefinition.overload.modifierExtension */
	{ 20894, 13, 3, M, 0 }, /* OperationDefinition.overload.parameterName */
	{ 667, 13, 4, 0, 0 }, /* OperationDefinition.overload.comment */
	{ 0, 13, 0, A, 0 }, /* OperationOutcome.issue.id */
	{ 3, 38, 1, M, 0 }, /* OperationOutcome.issue.extension */
	{ 13, 38, 2, M, 0 }, /* OperationOutcome.issue.modifierExtension */
	{ 5765, 3, 3, R, 0 }, /* OperationOutcome.issue.severity */
	{ 125, 3, 4, R, 0 }, /* OperationOutcome.issue.code */
	{ 20180, 26, 5, 0, 0 }, /* OperationOutcome.issue.details */
	{ 20908, 13, 6, 0, 0 }, /* OperationOutcome.issue.diagnostics */
	{ 5494, 13, 7, M, 0 }, /* OperationOutcome.issue.location */
	{ 3779, 13, 8, M, 0 }, /* OperationOutcome.issue.expression */
	{ 0, 13, 0, A, 0 }, /* Organization.contact.id */
	{ 3, 38, 1, M, 0 }, /* Organization.contact.extension */
	{ 13, 38, 2, M, 0 }, /* Organization.contact.modifierExtension */
	{ 5287, 26, 3, 0, 0 }, /* Organization.contact.purpose */
	{ 262, 39, 4, 0, 0 }, /* Organization.contact.name */
	{ 267, 29, 5, M, 0 }, /* Organization.contact.telecom */
	{ 9518, 22, 6, 0, 0 }, /* Organization.contact.address */
	{ 0, 13, 0, A, 0 }, /* Parameters.parameter.id */
	{ 3, 38, 1, M, 0 }, /* Parameters.parameter.extension */
	{ 13, 38, 2, M, 0 }, /* Parameters.parameter.modifierExtension */
	{ 262, 13, 3, R, 0 }, /* Parameters.parameter.name */
	{ 96, 661, 4, C, 50 }, /* Parameters.parameter.value */
	{ 4913, 63, 5, 0, 0 }, /* Parameters.parameter.resource */
	{ 19683, 538, 6, M, 0 }, /* Parameters.parameter.part */
	{ 0, 13, 0, A, 0 }, /* Patient.contact.id */
	{ 3, 38, 1, M, 0 }, /* Patient.contact.extension */
	{ 13, 38, 2, M, 0 }, /* Patient.contact.modifierExtension */
	{ 8469, 26, 3, M, 0 }, /* Patient.contact.relationship */
	{ 262, 39, 4, 0, 0 }, /* Patient.contact.name */
	{ 267, 29, 5, M, 0 }, /* Patient.contact.telecom */
	{ 9518, 22, 6, 0, 0 }, /* Patient.contact.address */
	{ 4698, 3, 7, 0, 0 }, /* Patient.contact.gender */
	{ 8081, 53, 8, 0, 0 }, /* Patient.contact.organization */
	{ 89, 46, 9, 0, 0 }, /* Patient.contact.period */
	{ 0, 13, 0, A, 0 }, /* Patient.communication.id */
	{ 3, 38, 1, M, 0 }, /* Patient.communication.extension */
	{ 13, 38, 2, M, 0 }, /* Patient.communication.modifierExtension */
	{ 183, 26, 3, R, 0 }, /* Patient.communication.language */
	{ 20542, 1, 4, 0, 0 }, /* Patient.communication.preferred */
	{ 0, 13, 0, A, 0 }, /* Patient.link.id */
	{ 3, 38, 1, M, 0 }, /* Patient.link.extension */
	{ 13, 38, 2, M, 0 }, /* Patient.link.modifierExtension */
	{ 19031, 53, 3, R, 0 }, /* Patient.link.other */
	{ 35, 3, 4, R, 0 }, /* Patient.link.type */
	{ 0, 13, 0, A, 0 }, /* PaymentReconciliation.detail.id */
	{ 3, 38, 1, M, 0 }, /* PaymentReconciliation.detail.extension */
	{ 13, 38, 2, M, 0 }, /* PaymentReconciliation.detail.modifierExtension */
	{ 4824, 40, 3, 0, 0 }, /* PaymentReconciliation.detail.identifier */
	{ 20920, 40, 4, 0, 0 }, /* PaymentReconciliation.detail.predecessor */
	{ 35, 26, 5, R, 0 }, /* PaymentReconciliation.detail.type */
	{ 6353, 53, 6, 0, 0 }, /* PaymentReconciliation.detail.request */
	{ 20932, 53, 7, 0, 0 }, /* PaymentReconciliation.detail.submitter */
	{ 12903, 53, 8, 0, 0 }, /* PaymentReconciliation.detail.response */
	{ 5261, 4, 9, 0, 0 }, /* PaymentReconciliation.detail.date */
	{ 12891, 53, 10, 0, 0 }, /* PaymentReconciliation.detail.responsible */
	{ 7274, 53, 11, 0, 0 }, /* PaymentReconciliation.detail.payee */
	{ 5012, 43, 12, 0, 0 }, /* PaymentReconciliation.detail.amount */
	{ 0, 13, 0, A, 0 }, /* PaymentReconciliation.processNote.id */
	{ 3, 38, 1, M, 0 }, /* PaymentReconciliation.processNote.extension */
	{ 13, 38, 2, M, 0 }, /* PaymentReconciliation.processNote.modifierExtension */
	{ 35, 3, 3, 0, 0 }, /* PaymentReconciliation.processNote.type */
	{ 40, 13, 4, 0, 0 }, /* PaymentReconciliation.processNote.text */
	{ 0, 13, 0, A, 0 }, /* Person.link.id */
	{ 3, 38, 1, M, 0 }, /* Person.link.extension */
	{ 13, 38, 2, M, 0 }, /* Person.link.modifierExtension */
	{ 7924, 53, 3, R, 0 }, /* Person.link.target */
	{ 20942, 3, 4, 0, 0 }, /* Person.link.assurance */
	{ 0, 13, 0, A, 0 }, /* PlanDefinition.goal.id */
	{ 3, 38, 1, M, 0 }, /* PlanDefinition.goal.extension */
	{ 13, 38, 2, M, 0 }, /* PlanDefinition.goal.modifierExtension */
	{ 5693, 26, 3, 0, 0 }, /* PlanDefinition.goal.category */
	{ 3767, 26, 4, R, 0 }, /* PlanDefinition.goal.description */
	{ 5422, 26, 5, 0, 0 }, /* PlanDefinition.goal.priority */
	{ 4656, 26, 6, 0, 0 }, /* PlanDefinition.goal.start */
	{ 6651, 26, 7, M, 0 }, /* PlanDefinition.goal.addresses */
	{ 4642, 54, 8, M, 0 }, /* PlanDefinition.goal.documentation */
	{ 7924, 546, 9, M, 0 }, /* PlanDefinition.goal.target */
	{ 0, 13, 0, A, 0 }, /* PlanDefinition.goal.target.id */
	{ 3, 38, 1, M, 0 }, /* PlanDefinition.goal.target.extension */
	{ 13, 38, 2, M, 0 }, /* PlanDefinition.goal.target.modifierExtension */
	{ 11200, 26, 3, 0, 0 }, /* PlanDefinition.goal.target.measure */
	{ 8642, 711, 4, C, 3 }, /* PlanDefinition.goal.target.detail */
	{ 18644, 35, 5, 0, 0 }, /* PlanDefinition.goal.target.due */
	{ 0, 13, 0, A, 0 }, /* PlanDefinition.action.id */
	{ 3, 38, 1, M, 0 }, /* PlanDefinition.action.extension */
	{ 13, 38, 2, M, 0 }, /* PlanDefinition.action.modifierExtension */
	{ 4522, 13, 3, 0, 0 }, /* PlanDefinition.action.prefix */
	{ 211, 13, 4, 0, 0 }, /* PlanDefinition.action.title */
	{ 3767, 13, 5, 0, 0 }, /* PlanDefinition.action.description */
	{ 20952, 13, 6, 0, 0 }, /* PlanDefinition.action.textEquivalent */
	{ 5422, 3, 7, 0, 0 }, /* PlanDefinition.action.priority */
	{ 125, 26, 8, M, 0 }, /* PlanDefinition.action.code */
	{ 7104, 26, 9, M, 0 }, /* PlanDefinition.action.reason */
	{ 4642, 54, 10, M, 0 }, /* PlanDefinition.action.documentation */
	{ 20967, 7, 11, M, 0 }, /* PlanDefinition.action.goalId */
	{ 296, 714, 12, C, 2 }, /* PlanDefinition.action.subject */
	{ 9592, 59, 13, M, 0 }, /* PlanDefinition.action.trigger */
	{ 3692, 548, 14, M, 0 }, /* PlanDefinition.action.condition */
	{ 15124, 32, 15, M, 0 }, /* PlanDefinition.action.input */
	{ 15130, 32, 16, M, 0 }, /* PlanDefinition.action.output */
	{ 20974, 549, 17, M, 0 }, /* PlanDefinition.action.relatedAction */
	{ 439, 716, 18, C, 6 }, /* PlanDefinition.action.timing */
	{ 5503, 550, 19, M, 0 }, /* PlanDefinition.action.participant */
	{ 35, 26, 20, 0, 0 }, /* PlanDefinition.action.type */
	{ 20988, 3, 21, 0, 0 }, /* PlanDefinition.action.groupingBehavior */
	{ 21005, 3, 22, 0, 0 }, /* PlanDefinition.action.selectionBehavior */
	{ 21023, 3, 23, 0, 0 }, /* PlanDefinition.action.requiredBehavior */
	{ 21040, 3, 24, 0, 0 }, /* PlanDefinition.action.precheckBehavior */
	{ 21057, 3, 25, 0, 0 }, /* PlanDefinition.action.cardinalityBehavior */
	{ 656, 722, 26, C, 2 }, /* PlanDefinition.action.definition */
	{ 5660, 2, 27, 0, 0 }, /* PlanDefinition.action.transform */
	{ 5670, 551, 28, M, 0 }, /* PlanDefinition.action.dynamicValue */
	{ 6253, 547, 29, M, 0 }, /* PlanDefinition.action.action */
	{ 0, 13, 0, A, 0 }, /* PlanDefinition.action.condition.id */
	{ 3, 38, 1, M, 0 }, /* PlanDefinition.action.condition.extension */
	{ 13, 38, 2, M, 0 }, /* PlanDefinition.action.condition.modifierExtension */
	{ 5410, 3, 3, R, 0 }, /* PlanDefinition.action.condition.kind */
	{ 3779, 37, 4, 0, 0 }, /* PlanDefinition.action.condition.expression */
	{ 0, 13, 0, A, 0 }, /* PlanDefinition.action.relatedAction.id */
	{ 3, 38, 1, M, 0 }, /* PlanDefinition.action.relatedAction.extension */
	{ 13, 38, 2, M, 0 }, /* PlanDefinition.action.relatedAction.modifierExtension */
	{ 21077, 7, 3, R, 0 }, /* PlanDefinition.action.relatedAction.actionId */
	{ 8469, 3, 4, R, 0 }, /* PlanDefinition.action.relatedAction.relationship */
	{ 15795, 724, 5, C, 2 }, /* PlanDefinition.action.relatedAction.offset */
	{ 0, 13, 0, A, 0 }, /* PlanDefinition.action.participant.id */
	{ 3, 38, 1, M, 0 }, /* PlanDefinition.action.participant.extension */
	{ 13, 38, 2, M, 0 }, /* PlanDefinition.action.participant.modifierExtension */
	{ 35, 3, 3, R, 0 }, /* PlanDefinition.action.participant.type */
	{ 12514, 26, 4, 0, 0 }, /* PlanDefinition.action.participant.role */
	{ 0, 13, 0, A, 0 }, /* PlanDefinition.action.dynamicValue.id */
	{ 3, 38, 1, M, 0 }, /* PlanDefinition.action.dynamicValue.extension */
	{ 13, 38, 2, M, 0 }, /* PlanDefinition.action.dynamicValue.modifierExtension */
	{ 586, 13, 3, 0, 0 }, /* PlanDefinition.action.dynamicValue.path */
	{ 3779, 37, 4, 0, 0 }, /* PlanDefinition.action.dynamicValue.expression */
	{ 0, 13, 0, A, 0 }, /* Practitioner.qualification.id */
	{ 3, 38, 1, M, 0 }, /* Practitioner.qualification.extension */
	{ 13, 38, 2, M, 0 }, /* Practitioner.qualification.modifierExtension */
	{ 4824, 40, 3, M, 0 }, /* Practitioner.qualification.identifier */
	{ 125, 26, 4, R, 0 }, /* Practitioner.qualification.code */
	{ 89, 46, 5, 0, 0 }, /* Practitioner.qualification.period */
	{ 10938, 53, 6, 0, 0 }, /* Practitioner.qualification.issuer */
	{ 0, 13, 0, A, 0 }, /* PractitionerRole.availableTime.id */
	{ 3, 38, 1, M, 0 }, /* PractitionerRole.availableTime.extension */
	{ 13, 38, 2, M, 0 }, /* PractitionerRole.availableTime.modifierExtension */
	{ 18684, 3, 3, M, 0 }, /* PractitionerRole.availableTime.daysOfWeek */
	{ 18695, 1, 4, 0, 0 }, /* PractitionerRole.availableTime.allDay */
	{ 18702, 14, 5, 0, 0 }, /* PractitionerRole.availableTime.availableStartTime */
	{ 18721, 14, 6, 0, 0 }, /* PractitionerRole.availableTime.availableEndTime */
	{ 0, 13, 0, A, 0 }, /* PractitionerRole.notAvailable.id */
	{ 3, 38, 1, M, 0 }, /* PractitionerRole.notAvailable.extension */
	{ 13, 38, 2, M, 0 }, /* PractitionerRole.notAvailable.modifierExtension */
	{ 3767, 13, 3, R, 0 }, /* PractitionerRole.notAvailable.description */
	{ 18738, 46, 4, 0, 0 }, /* PractitionerRole.notAvailable.during */
	{ 0, 13, 0, A, 0 }, /* Procedure.performer.id */
	{ 3, 38, 1, M, 0 }, /* Procedure.performer.extension */
	{ 13, 38, 2, M, 0 }, /* Procedure.performer.modifierExtension */
	{ 16472, 26, 3, 0, 0 }, /* Procedure.performer.function */
	{ 6221, 53, 4, R, 0 }, /* Procedure.performer.actor */
	{ 4978, 53, 5, 0, 0 }, /* Procedure.performer.onBehalfOf */
	{ 0, 13, 0, A, 0 }, /* Procedure.focalDevice.id */
	{ 3, 38, 1, M, 0 }, /* Procedure.focalDevice.extension */
	{ 13, 38, 2, M, 0 }, /* Procedure.focalDevice.modifierExtension */
	{ 6253, 26, 3, 0, 0 }, /* Procedure.focalDevice.action */
	{ 21113, 53, 4, R, 0 }, /* Procedure.focalDevice.manipulated */
	{ 0, 13, 0, A, 0 }, /* Provenance.agent.id */
	{ 3, 38, 1, M, 0 }, /* Provenance.agent.extension */
	{ 13, 38, 2, M, 0 }, /* Provenance.agent.modifierExtension */
	{ 35, 26, 3, 0, 0 }, /* Provenance.agent.type */
	{ 12514, 26, 4, M, 0 }, /* Provenance.agent.role */
	{ 4974, 53, 5, R, 0 }, /* Provenance.agent.who */
	{ 4978, 53, 6, 0, 0 }, /* Provenance.agent.onBehalfOf */
	{ 0, 13, 0, A, 0 }, /* Provenance.entity.id */
	{ 3, 38, 1, M, 0 }, /* Provenance.entity.extension */
	{ 13, 38, 2, M, 0 }, /* Provenance.entity.modifierExtension */
	{ 12514, 3, 3, R, 0 }, /* Provenance.entity.role */
	{ 15920, 53, 4, R, 0 }, /* Provenance.entity.what */
	{ 6296, 557, 5, M, 0 }, /* Provenance.entity.agent */
	{ 0, 13, 0, A, 0 }, /* Questionnaire.item.id */
	{ 3, 38, 1, M, 0 }, /* Questionnaire.item.extension */
	{ 13, 38, 2, M, 0 }, /* Questionnaire.item.modifierExtension */
	{ 17209, 13, 3, R, 0 }, /* Questionnaire.item.linkId */
	{ 656, 16, 4, 0, 0 }, /* Questionnaire.item.definition */
	{ 125, 27, 5, M, 0 }, /* Questionnaire.item.code */
	{ 4522, 13, 6, 0, 0 }, /* Questionnaire.item.prefix */
	{ 40, 13, 7, 0, 0 }, /* Questionnaire.item.text */
	{ 35, 3, 8, R, 0 }, /* Questionnaire.item.type */
	{ 21125, 560, 9, M, 0 }, /* Questionnaire.item.enableWhen */
	{ 21136, 3, 10, 0, 0 }, /* Questionnaire.item.enableBehavior */
	{ 15883, 1, 11, 0, 0 }, /* Questionnaire.item.required */
	{ 21151, 1, 12, 0, 0 }, /* Questionnaire.item.repeats */
	{ 21159, 1, 13, 0, 0 }, /* Questionnaire.item.readOnly */
	{ 3682, 9, 14, 0, 0 }, /* Questionnaire.item.maxLength */
	{ 21168, 2, 15, 0, 0 }, /* Questionnaire.item.answerValueSet */
	{ 21183, 561, 16, M, 0 }, /* Questionnaire.item.answerOption */
	{ 21196, 562, 17, M, 0 }, /* Questionnaire.item.initial */
	{ 7337, 559, 18, M, 0 }, /* Questionnaire.item.item */
	{ 0, 13, 0, A, 0 }, /* Questionnaire.item.enableWhen.id */
	{ 3, 38, 1, M, 0 }, /* Questionnaire.item.enableWhen.extension */
	{ 13, 38, 2, M, 0 }, /* Questionnaire.item.enableWhen.modifierExtension */
	{ 21204, 13, 3, R, 0 }, /* Questionnaire.item.enableWhen.question */
	{ 11270, 3, 4, R, 0 }, /* Questionnaire.item.enableWhen.operator */
	{ 17202, 726, 5, R|C, 10 }, /* Questionnaire.item.enableWhen.answer */
	{ 0, 13, 0, A, 0 }, /* Questionnaire.item.answerOption.id */
	{ 3, 38, 1, M, 0 }, /* Questionnaire.item.answerOption.extension */
	{ 13, 38, 2, M, 0 }, /* Questionnaire.item.answerOption.modifierExtension */
	{ 96, 736, 3, R|C, 6 }, /* Questionnaire.item.answerOption.value */
	{ 21349, 1, 4, 0, 0 }, /* Questionnaire.item.answerOption.initialSelected */
	{ 0, 13, 0, A, 0 }, /* Questionnaire.item.initial.id */
	{ 3, 38, 1, M, 0 }, /* Questionnaire.item.initial.extension */
	{ 13, 38, 2, M, 0 }, /* Questionnaire.item.initial.modifierExtension */
	{ 96, 742, 3, R|C, 12 }, /* Questionnaire.item.initial.value */
	{ 0, 13, 0, A, 0 }, /* QuestionnaireResponse.item.id */
	{ 3, 38, 1, M, 0 }, /* QuestionnaireResponse.item.extension */
	{ 13, 38, 2, M, 0 }, /* QuestionnaireResponse.item.modifierExtension */
	{ 17209, 13, 3, R, 0 }, /* QuestionnaireResponse.item.linkId */
	{ 656, 16, 4, 0, 0 }, /* QuestionnaireResponse.item.definition */
	{ 40, 13, 5, 0, 0 }, /* QuestionnaireResponse.item.text */
	{ 17202, 564, 6, M, 0 }, /* QuestionnaireResponse.item.answer */
	{ 7337, 563, 7, M, 0 }, /* QuestionnaireResponse.item.item */
	{ 0, 13, 0, A, 0 }, /* QuestionnaireResponse.item.answer.id */
	{ 3, 38, 1, M, 0 }, /* QuestionnaireResponse.item.answer.extension */
	{ 13, 38, 2, M, 0 }, /* QuestionnaireResponse.item.answer.modifierExtension */
	{ 96, 754, 3, C, 12 }, /* QuestionnaireResponse.item.answer.value */
	{ 7337, 563, 4, M, 0 }, /* QuestionnaireResponse.item.answer.item */
	{ 0, 13, 0, A, 0 }, /* RelatedPerson.communication.id */
	{ 3, 38, 1, M, 0 }, /* RelatedPerson.communication.extension */
	{ 13, 38, 2, M, 0 }, /* RelatedPerson.communication.modifierExtension */
	{ 183, 26, 3, R, 0 }, /* RelatedPerson.communication.language */
	{ 20542, 1, 4, 0, 0 }, /* RelatedPerson.communication.preferred */
	{ 0, 13, 0, A, 0 }, /* RequestGroup.action.id */
	{ 3, 38, 1, M, 0 }, /* RequestGroup.action.extension */
	{ 13, 38, 2, M, 0 }, /* RequestGroup.action.modifierExtension */
	{ 4522, 13, 3, 0, 0 }, /* RequestGroup.action.prefix */
	{ 211, 13, 4, 0, 0 }, /* RequestGroup.action.title */
	{ 3767, 13, 5, 0, 0 }, /* RequestGroup.action.description */
	{ 20952, 13, 6, 0, 0 }, /* RequestGroup.action.textEquivalent */
	{ 5422, 3, 7, 0, 0 }, /* RequestGroup.action.priority */
	{ 125, 26, 8, M, 0 }, /* RequestGroup.action.code */
	{ 4642, 54, 9, M, 0 }, /* RequestGroup.action.documentation */
	{ 3692, 567, 10, M, 0 }, /* RequestGroup.action.condition */
	{ 20974, 568, 11, M, 0 }, /* RequestGroup.action.relatedAction */
	{ 439, 766, 12, C, 6 }, /* RequestGroup.action.timing */
	{ 5503, 53, 13, M, 0 }, /* RequestGroup.action.participant */
	{ 35, 26, 14, 0, 0 }, /* RequestGroup.action.type */
	{ 20988, 3, 15, 0, 0 }, /* RequestGroup.action.groupingBehavior */
	{ 21005, 3, 16, 0, 0 }, /* RequestGroup.action.selectionBehavior */
	{ 21023, 3, 17, 0, 0 }, /* RequestGroup.action.requiredBehavior */
	{ 21040, 3, 18, 0, 0 }, /* RequestGroup.action.precheckBehavior */
	{ 21057, 3, 19, 0, 0 }, /* RequestGroup.action.cardinalityBehavior */
	{ 4913, 53, 20, 0, 0 }, /* RequestGroup.action.resource */
	{ 6253, 566, 21, M, 0 }, /* RequestGroup.action.action */
	{ 0, 13, 0, A, 0 }, /* RequestGroup.action.condition.id */
	{ 3, 38, 1, M, 0 }, /* RequestGroup.action.condition.extension */
	{ 13, 38, 2, M, 0 }, /* RequestGroup.action.condition.modifierExtension */
	{ 5410, 3, 3, R, 0 }, /* RequestGroup.action.condition.kind */
	{ 3779, 37, 4, 0, 0 }, /* RequestGroup.action.condition.expression */
	{ 0, 13, 0, A, 0 }, /* RequestGroup.action.relatedAction.id */
	{ 3, 38, 1, M, 0 }, /* RequestGroup.action.relatedAction.extension */
	{ 13, 38, 2, M, 0 }, /* RequestGroup.action.relatedAction.modifierExtension */
	{ 21077, 7, 3, R, 0 }, /* RequestGroup.action.relatedAction.actionId */
	{ 8469, 3, 4, R, 0 }, /* RequestGroup.action.relatedAction.relationship */
	{ 15795, 772, 5, C, 2 }, /* RequestGroup.action.relatedAction.offset */
	{ 0, 13, 0, A, 0 }, /* ResearchElementDefinition.characteristic.id */
	{ 3, 38, 1, M, 0 }, /* ResearchElementDefinition.characteristic.extension */
	{ 13, 38, 2, M, 0 }, /* ResearchElementDefinition.characteristic.modifierExtension */
	{ 656, 774, 3, R|C, 4 }, /* ResearchElementDefinition.characteristic.definition */
	{ 18189, 60, 4, M, 0 }, /* ResearchElementDefinition.characteristic.usageContext */
	{ 18202, 1, 5, 0, 0 }, /* ResearchElementDefinition.characteristic.exclude */
	{ 17875, 26, 6, 0, 0 }, /* ResearchElementDefinition.characteristic.unitOfMeasure */
	{ 21365, 13, 7, 0, 0 }, /* ResearchElementDefinition.characteristic.studyEffectiveDescription */
	{ 21391, 778, 8, C, 4 }, /* ResearchElementDefinition.characteristic.studyEffective */
	{ 21494, 35, 9, 0, 0 }, /* ResearchElementDefinition.characteristic.studyEffectiveTimeFromStart */
	{ 21522, 3, 10, 0, 0 }, /* ResearchElementDefinition.characteristic.studyEffectiveGroupMeasure */
	{ 21549, 13, 11, 0, 0 }, /* ResearchElementDefinition.characteristic.participantEffectiveDescription */
	{ 18210, 782, 12, C, 4 }, /* ResearchElementDefinition.characteristic.participantEffective */
	{ 21581, 35, 13, 0, 0 }, /* ResearchElementDefinition.characteristic.participantEffectiveTimeFromStart */
	{ 21615, 3, 14, 0, 0 }, /* ResearchElementDefinition.characteristic.participantEffectiveGroupMeasure */
	{ 0, 13, 0, A, 0 }, /* ResearchStudy.arm.id */
	{ 3, 38, 1, M, 0 }, /* ResearchStudy.arm.extension */
	{ 13, 38, 2, M, 0 }, /* ResearchStudy.arm.modifierExtension */
	{ 262, 13, 3, R, 0 }, /* ResearchStudy.arm.name */
	{ 35, 26, 4, 0, 0 }, /* ResearchStudy.arm.type */
	{ 3767, 13, 5, 0, 0 }, /* ResearchStudy.arm.description */
	{ 0, 13, 0, A, 0 }, /* ResearchStudy.objective.id */
	{ 3, 38, 1, M, 0 }, /* ResearchStudy.objective.extension */
	{ 13, 38, 2, M, 0 }, /* ResearchStudy.objective.modifierExtension */
	{ 262, 13, 3, 0, 0 }, /* ResearchStudy.objective.name */
	{ 35, 26, 4, 0, 0 }, /* ResearchStudy.objective.type */
	{ 0, 13, 0, A, 0 }, /* RiskAssessment.prediction.id */
	{ 3, 38, 1, M, 0 }, /* RiskAssessment.prediction.extension */
	{ 13, 38, 2, M, 0 }, /* RiskAssessment.prediction.modifierExtension */
	{ 5774, 26, 3, 0, 0 }, /* RiskAssessment.prediction.outcome */
	{ 21648, 786, 4, C, 2 }, /* RiskAssessment.prediction.probability */
	{ 21696, 26, 5, 0, 0 }, /* RiskAssessment.prediction.qualitativeRisk */
	{ 21712, 6, 6, 0, 0 }, /* RiskAssessment.prediction.relativeRisk */
	{ 4969, 788, 7, C, 2 }, /* RiskAssessment.prediction.when */
	{ 11112, 13, 8, 0, 0 }, /* RiskAssessment.prediction.rationale */
	{ 0, 13, 0, A, 0 }, /* RiskEvidenceSynthesis.sampleSize.id */
	{ 3, 38, 1, M, 0 }, /* RiskEvidenceSynthesis.sampleSize.extension */
	{ 13, 38, 2, M, 0 }, /* RiskEvidenceSynthesis.sampleSize.modifierExtension */
	{ 3767, 13, 3, 0, 0 }, /* RiskEvidenceSynthesis.sampleSize.description */
	{ 17789, 9, 4, 0, 0 }, /* RiskEvidenceSynthesis.sampleSize.numberOfStudies */
	{ 17805, 9, 5, 0, 0 }, /* RiskEvidenceSynthesis.sampleSize.numberOfParticipants */
	{ 0, 13, 0, A, 0 }, /* RiskEvidenceSynthesis.riskEstimate.id */
	{ 3, 38, 1, M, 0 }, /* RiskEvidenceSynthesis.riskEstimate.extension */
	{ 13, 38, 2, M, 0 }, /* RiskEvidenceSynthesis.riskEstimate.modifierExtension */
	{ 3767, 13, 3, 0, 0 }, /* RiskEvidenceSynthesis.riskEstimate.description */
	{ 35, 26, 4, 0, 0 }, /* RiskEvidenceSynthesis.riskEstimate.type */
	{ 96, 6, 5, 0, 0 }, /* RiskEvidenceSynthesis.riskEstimate.value */
	{ 17875, 26, 6, 0, 0 }, /* RiskEvidenceSynthesis.riskEstimate.unitOfMeasure */
	{ 21746, 9, 7, 0, 0 }, /* RiskEvidenceSynthesis.riskEstimate.denominatorCount */
	{ 21763, 9, 8, 0, 0 }, /* RiskEvidenceSynthesis.riskEstimate.numeratorCount */
	{ 17889, 575, 9, M, 0 }, /* RiskEvidenceSynthesis.riskEstimate.precisionEstimate */
	{ 0, 13, 0, A, 0 }, /* RiskEvidenceSynthesis.riskEstimate.precisionEstimate.id */
	{ 3, 38, 1, M, 0 }, /* RiskEvidenceSynthesis.riskEstimate.precisionEstimate.extension */
	{ 13, 38, 2, M, 0 }, /* RiskEvidenceSynthesis.riskEstimate.precisionEstimate.modifierExtension */
	{ 35, 26, 3, 0, 0 }, /* RiskEvidenceSynthesis.riskEstimate.precisionEstimate.type */
	{ 17907, 6, 4, 0, 0 }, /* RiskEvidenceSynthesis.riskEstimate.precisionEstimate.level */
	{ 17913, 6, 5, 0, 0 }, /* RiskEvidenceSynthesis.riskEstimate.precisionEstimate.from */
	{ 17918, 6, 6, 0, 0 }, /* RiskEvidenceSynthesis.riskEstimate.precisionEstimate.to */
	{ 0, 13, 0, A, 0 }, /* RiskEvidenceSynthesis.certainty.id */
	{ 3, 38, 1, M, 0 }, /* RiskEvidenceSynthesis.certainty.extension */
	{ 13, 38, 2, M, 0 }, /* RiskEvidenceSynthesis.certainty.modifierExtension */
	{ 17921, 26, 3, M, 0 }, /* RiskEvidenceSynthesis.certainty.rating */
	{ 6005, 24, 4, M, 0 }, /* RiskEvidenceSynthesis.certainty.note */
	{ 17928, 577, 5, M, 0 }, /* RiskEvidenceSynthesis.certainty.certaintySubcomponent */
	{ 0, 13, 0, A, 0 }, /* RiskEvidenceSynthesis.certainty.certaintySubcomponent.id */
	{ 3, 38, 1, M, 0 }, /* RiskEvidenceSynthesis.certainty.certaintySubcomponent.extension */
	{ 13, 38, 2, M, 0 }, /* RiskEvidenceSynthesis.certainty.certaintySubcomponent.modifierExtension */
	{ 35, 26, 3, 0, 0 }, /* RiskEvidenceSynthesis.certainty.certaintySubcomponent.type */
	{ 17921, 26, 4, M, 0 }, /* RiskEvidenceSynthesis.certainty.certaintySubcomponent.rating */
	{ 6005, 24, 5, M, 0 }, /* RiskEvidenceSynthesis.certainty.certaintySubcomponent.note */
	{ 0, 13, 0, A, 0 }, /* SearchParameter.component.id */
	{ 3, 38, 1, M, 0 }, /* SearchParameter.component.extension */
	{ 13, 38, 2, M, 0 }, /* SearchParameter.component.modifierExtension */
	{ 656, 2, 3, R, 0 }, /* SearchParameter.component.definition */
	{ 3779, 13, 4, R, 0 }, /* SearchParameter.component.expression */
	{ 0, 13, 0, A, 0 }, /* Specimen.collection.id */
	{ 3, 38, 1, M, 0 }, /* Specimen.collection.extension */
	{ 13, 38, 2, M, 0 }, /* Specimen.collection.modifierExtension */
	{ 15941, 53, 3, 0, 0 }, /* Specimen.collection.collector */
	{ 15951, 790, 4, C, 2 }, /* Specimen.collection.collected */
	{ 11286, 35, 5, 0, 0 }, /* Specimen.collection.duration */
	{ 5563, 50, 6, 0, 0 }, /* Specimen.collection.quantity */
	{ 506, 26, 7, 0, 0 }, /* Specimen.collection.method */
	{ 5579, 26, 8, 0, 0 }, /* Specimen.collection.bodySite */
	{ 21778, 792, 9, C, 2 }, /* Specimen.collection.fastingStatus */
	{ 0, 13, 0, A, 0 }, /* Specimen.processing.id */
	{ 3, 38, 1, M, 0 }, /* Specimen.processing.extension */
	{ 13, 38, 2, M, 0 }, /* Specimen.processing.modifierExtension */
	{ 3767, 13, 3, 0, 0 }, /* Specimen.processing.description */
	{ 7308, 26, 4, 0, 0 }, /* Specimen.processing.procedure */
	{ 15995, 53, 5, M, 0 }, /* Specimen.processing.additive */
	{ 166, 794, 6, C, 2 }, /* Specimen.processing.time */
	{ 0, 13, 0, A, 0 }, /* Specimen.container.id */
	{ 3, 38, 1, M, 0 }, /* Specimen.container.extension */
	{ 13, 38, 2, M, 0 }, /* Specimen.container.modifierExtension */
	{ 4824, 40, 3, M, 0 }, /* Specimen.container.identifier */
	{ 3767, 13, 4, 0, 0 }, /* Specimen.container.description */
	{ 35, 26, 5, 0, 0 }, /* Specimen.container.type */
	{ 21843, 50, 6, 0, 0 }, /* Specimen.container.capacity */
	{ 21852, 50, 7, 0, 0 }, /* Specimen.container.specimenQuantity */
	{ 15995, 796, 8, C, 2 }, /* Specimen.container.additive */
	{ 0, 13, 0, A, 0 }, /* SpecimenDefinition.typeTested.id */
	{ 3, 38, 1, M, 0 }, /* SpecimenDefinition.typeTested.extension */
	{ 13, 38, 2, M, 0 }, /* SpecimenDefinition.typeTested.modifierExtension */
	{ 21911, 1, 3, 0, 0 }, /* SpecimenDefinition.typeTested.isDerived */
	{ 35, 26, 4, 0, 0 }, /* SpecimenDefinition.typeTested.type */
	{ 21921, 3, 5, R, 0 }, /* SpecimenDefinition.typeTested.preference */
	{ 14355, 583, 6, 0, 0 }, /* SpecimenDefinition.typeTested.container */
	{ 19057, 13, 7, 0, 0 }, /* SpecimenDefinition.typeTested.requirement */
	{ 21932, 35, 8, 0, 0 }, /* SpecimenDefinition.typeTested.retentionTime */
	{ 21946, 26, 9, M, 0 }, /* SpecimenDefinition.typeTested.rejectionCriterion */
	{ 21965, 585, 10, M, 0 }, /* SpecimenDefinition.typeTested.handling */
	{ 0, 13, 0, A, 0 }, /* SpecimenDefinition.typeTested.container.id */
	{ 3, 38, 1, M, 0 }, /* SpecimenDefinition.typeTested.container.extension */
	{ 13, 38, 2, M, 0 }, /* SpecimenDefinition.typeTested.container.modifierExtension */
	{ 8970, 26, 3, 0, 0 }, /* SpecimenDefinition.typeTested.container.material */
	{ 35, 26, 4, 0, 0 }, /* SpecimenDefinition.typeTested.container.type */
	{ 21974, 26, 5, 0, 0 }, /* SpecimenDefinition.typeTested.container.cap */
	{ 3767, 13, 6, 0, 0 }, /* SpecimenDefinition.typeTested.container.description */
	{ 21843, 50, 7, 0, 0 }, /* SpecimenDefinition.typeTested.container.capacity */
	{ 21978, 798, 8, C, 2 }, /* SpecimenDefinition.typeTested.container.minimumVolume */
	{ 15995, 584, 9, M, 0 }, /* SpecimenDefinition.typeTested.container.additive */
	{ 22034, 13, 10, 0, 0 }, /* SpecimenDefinition.typeTested.container.preparation */
	{ 0, 13, 0, A, 0 }, /* SpecimenDefinition.typeTested.container.additive.id */
	{ 3, 38, 1, M, 0 }, /* SpecimenDefinition.typeTested.container.additive.extension */
	{ 13, 38, 2, M, 0 }, /* SpecimenDefinition.typeTested.container.additive.modifierExtension */
	{ 15995, 800, 3, R|C, 2 }, /* SpecimenDefinition.typeTested.container.additive.additive */
	{ 0, 13, 0, A, 0 }, /* SpecimenDefinition.typeTested.handling.id */
	{ 3, 38, 1, M, 0 }, /* SpecimenDefinition.typeTested.handling.extension */
	{ 13, 38, 2, M, 0 }, /* SpecimenDefinition.typeTested.handling.modifierExtension */
	{ 22046, 26, 3, 0, 0 }, /* SpecimenDefinition.typeTested.handling.temperatureQualifier */
	{ 22067, 51, 4, 0, 0 }, /* SpecimenDefinition.typeTested.handling.temperatureRange */
	{ 22084, 35, 5, 0, 0 }, /* SpecimenDefinition.typeTested.handling.maxDuration */
	{ 20590, 13, 6, 0, 0 }, /* SpecimenDefinition.typeTested.handling.instruction */
	{ 0, 13, 0, A, 0 }, /* StructureDefinition.mapping.id */
	{ 3, 38, 1, M, 0 }, /* StructureDefinition.mapping.extension */
	{ 13, 38, 2, M, 0 }, /* StructureDefinition.mapping.modifierExtension */
	{ 15628, 7, 3, R, 0 }, /* StructureDefinition.mapping.identity */
	{ 16924, 16, 4, 0, 0 }, /* StructureDefinition.mapping.uri */
	{ 262, 13, 5, 0, 0 }, /* StructureDefinition.mapping.name */
	{ 667, 13, 6, 0, 0 }, /* StructureDefinition.mapping.comment */
	{ 0, 13, 0, A, 0 }, /* StructureDefinition.context.id */
	{ 3, 38, 1, M, 0 }, /* StructureDefinition.context.extension */
	{ 13, 38, 2, M, 0 }, /* StructureDefinition.context.modifierExtension */
	{ 35, 3, 3, R, 0 }, /* StructureDefinition.context.type */
	{ 3779, 13, 4, R, 0 }, /* StructureDefinition.context.expression */
	{ 0, 13, 0, A, 0 }, /* StructureDefinition.snapshot.id */
	{ 3, 38, 1, M, 0 }, /* StructureDefinition.snapshot.extension */
	{ 13, 38, 2, M, 0 }, /* StructureDefinition.snapshot.modifierExtension */
	{ 17039, 36, 3, M|R, 0 }, /* StructureDefinition.snapshot.element */
	{ 0, 13, 0, A, 0 }, /* StructureDefinition.differential.id */
	{ 3, 38, 1, M, 0 }, /* StructureDefinition.differential.extension */
	{ 13, 38, 2, M, 0 }, /* StructureDefinition.differential.modifierExtension */
	{ 17039, 36, 3, M|R, 0 }, /* StructureDefinition.differential.element */
	{ 0, 13, 0, A, 0 }, /* StructureMap.structure.id */
	{ 3, 38, 1, M, 0 }, /* StructureMap.structure.extension */
	{ 13, 38, 2, M, 0 }, /* StructureMap.structure.modifierExtension */
	{ 197, 2, 3, R, 0 }, /* StructureMap.structure.url */
	{ 10987, 3, 4, R, 0 }, /* StructureMap.structure.mode */
	{ 688, 13, 5, 0, 0 }, /* StructureMap.structure.alias */
	{ 4642, 13, 6, 0, 0 }, /* StructureMap.structure.documentation */
	{ 0, 13, 0, A, 0 }, /* StructureMap.group.id */
	{ 3, 38, 1, M, 0 }, /* StructureMap.group.extension */
	{ 13, 38, 2, M, 0 }, /* StructureMap.group.modifierExtension */
	{ 262, 7, 3, R, 0 }, /* StructureMap.group.name */
	{ 22096, 7, 4, 0, 0 }, /* StructureMap.group.extends */
	{ 22104, 3, 5, R, 0 }, /* StructureMap.group.typeMode */
	{ 4642, 13, 6, 0, 0 }, /* StructureMap.group.documentation */
	{ 15124, 592, 7, M|R, 0 }, /* StructureMap.group.input */
	{ 8341, 593, 8, M|R, 0 }, /* StructureMap.group.rule */
	{ 0, 13, 0, A, 0 }, /* StructureMap.group.input.id */
	{ 3, 38, 1, M, 0 }, /* StructureMap.group.input.extension */
	{ 13, 38, 2, M, 0 }, /* StructureMap.group.input.modifierExtension */
	{ 262, 7, 3, R, 0 }, /* StructureMap.group.input.name */
	{ 35, 13, 4, 0, 0 }, /* StructureMap.group.input.type */
	{ 10987, 3, 5, R, 0 }, /* StructureMap.group.input.mode */
	{ 4642, 13, 6, 0, 0 }, /* StructureMap.group.input.documentation */
	{ 0, 13, 0, A, 0 }, /* StructureMap.group.rule.id */
	{ 3, 38, 1, M, 0 }, /* StructureMap.group.rule.extension */
	{ 13, 38, 2, M, 0 }, /* StructureMap.group.rule.modifierExtension */
	{ 262, 7, 3, R, 0 }, /* StructureMap.group.rule.name */
	{ 4609, 594, 4, M|R, 0 }, /* StructureMap.group.rule.source */
	{ 7924, 595, 5, M, 0 }, /* StructureMap.group.rule.target */
	{ 8341, 593, 6, M, 0 }, /* StructureMap.group.rule.rule */
	{ 8459, 597, 7, M, 0 }, /* StructureMap.group.rule.dependent */
	{ 4642, 13, 8, 0, 0 }, /* StructureMap.group.rule.documentation */
	{ 0, 13, 0, A, 0 }, /* StructureMap.group.rule.source.id */
	{ 3, 38, 1, M, 0 }, /* StructureMap.group.rule.source.extension */
	{ 13, 38, 2, M, 0 }, /* StructureMap.group.rule.source.modifierExtension */
	{ 6892, 7, 3, R, 0 }, /* StructureMap.group.rule.source.context */
	{ 694, 9, 4, 0, 0 }, /* StructureMap.group.rule.source.min */
	{ 698, 13, 5, 0, 0 }, /* StructureMap.group.rule.source.max */
	{ 35, 13, 6, 0, 0 }, /* StructureMap.group.rule.source.type */
	{ 724, 802, 7, C, 50 }, /* StructureMap.group.rule.source.defaultValue */
	{ 17039, 13, 8, 0, 0 }, /* StructureMap.group.rule.source.element */
	{ 22113, 3, 9, 0, 0 }, /* StructureMap.group.rule.source.listMode */
	{ 15274, 7, 10, 0, 0 }, /* StructureMap.group.rule.source.variable */
	{ 3692, 13, 11, 0, 0 }, /* StructureMap.group.rule.source.condition */
	{ 22122, 13, 12, 0, 0 }, /* StructureMap.group.rule.source.check */
	{ 22128, 13, 13, 0, 0 }, /* StructureMap.group.rule.source.logMessage */
	{ 0, 13, 0, A, 0 }, /* StructureMap.group.rule.target.id */
	{ 3, 38, 1, M, 0 }, /* StructureMap.group.rule.target.extension */
	{ 13, 38, 2, M, 0 }, /* StructureMap.group.rule.target.modifierExtension */
	{ 6892, 7, 3, 0, 0 }, /* StructureMap.group.rule.target.context */
	{ 22139, 3, 4, 0, 0 }, /* StructureMap.group.rule.target.contextType */
	{ 17039, 13, 5, 0, 0 }, /* StructureMap.group.rule.target.element */
	{ 15274, 7, 6, 0, 0 }, /* StructureMap.group.rule.target.variable */
	{ 22113, 3, 7, M, 0 }, /* StructureMap.group.rule.target.listMode */
	{ 22151, 7, 8, 0, 0 }, /* StructureMap.group.rule.target.listRuleId */
	{ 5660, 3, 9, 0, 0 }, /* StructureMap.group.rule.target.transform */
	{ 9074, 596, 10, M, 0 }, /* StructureMap.group.rule.target.parameter */
	{ 0, 13, 0, A, 0 }, /* StructureMap.group.rule.target.parameter.id */
	{ 3, 38, 1, M, 0 }, /* StructureMap.group.rule.target.parameter.extension */
	{ 13, 38, 2, M, 0 }, /* StructureMap.group.rule.target.parameter.modifierExtension */
	{ 96, 852, 3, R|C, 5 }, /* StructureMap.group.rule.target.parameter.value */
	{ 0, 13, 0, A, 0 }, /* StructureMap.group.rule.dependent.id */
	{ 3, 38, 1, M, 0 }, /* StructureMap.group.rule.dependent.extension */
	{ 13, 38, 2, M, 0 }, /* StructureMap.group.rule.dependent.modifierExtension */
	{ 262, 7, 3, R, 0 }, /* StructureMap.group.rule.dependent.name */
	{ 15274, 13, 4, M|R, 0 }, /* StructureMap.group.rule.dependent.variable */
	{ 0, 13, 0, A, 0 }, /* Subscription.channel.id */
	{ 3, 38, 1, M, 0 }, /* Subscription.channel.extension */
	{ 13, 38, 2, M, 0 }, /* Subscription.channel.modifierExtension */
	{ 35, 3, 3, R, 0 }, /* Subscription.channel.type */
	{ 10396, 17, 4, 0, 0 }, /* Subscription.channel.endpoint */
	{ 7793, 3, 5, 0, 0 }, /* Subscription.channel.payload */
	{ 9526, 13, 6, M, 0 }, /* Subscription.channel.header */
	{ 0, 13, 0, A, 0 }, /* Substance.instance.id */
	{ 3, 38, 1, M, 0 }, /* Substance.instance.extension */
	{ 13, 38, 2, M, 0 }, /* Substance.instance.modifierExtension */
	{ 4824, 40, 3, 0, 0 }, /* Substance.instance.identifier */
	{ 22162, 5, 4, 0, 0 }, /* Substance.instance.expiry */
	{ 5563, 50, 5, 0, 0 }, /* Substance.instance.quantity */
	{ 0, 13, 0, A, 0 }, /* Substance.ingredient.id */
	{ 3, 38, 1, M, 0 }, /* Substance.ingredient.extension */
	{ 13, 38, 2, M, 0 }, /* Substance.ingredient.modifierExtension */
	{ 5563, 52, 3, 0, 0 }, /* Substance.ingredient.quantity */
	{ 12558, 857, 4, R|C, 2 }, /* Substance.ingredient.substance */
	{ 0, 13, 0, A, 0 }, /* SubstanceNucleicAcid.subunit.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceNucleicAcid.subunit.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceNucleicAcid.subunit.modifierExtension */
	{ 14598, 9, 3, 0, 0 }, /* SubstanceNucleicAcid.subunit.subunit */
	{ 389, 13, 4, 0, 0 }, /* SubstanceNucleicAcid.subunit.sequence */
	{ 9436, 9, 5, 0, 0 }, /* SubstanceNucleicAcid.subunit.length */
	{ 22213, 25, 6, 0, 0 }, /* SubstanceNucleicAcid.subunit.sequenceAttachment */
	{ 22232, 26, 7, 0, 0 }, /* SubstanceNucleicAcid.subunit.fivePrime */
	{ 22242, 26, 8, 0, 0 }, /* SubstanceNucleicAcid.subunit.threePrime */
	{ 22253, 602, 9, M, 0 }, /* SubstanceNucleicAcid.subunit.linkage */
	{ 22261, 603, 10, M, 0 }, /* SubstanceNucleicAcid.subunit.sugar */
	{ 0, 13, 0, A, 0 }, /* SubstanceNucleicAcid.subunit.linkage.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceNucleicAcid.subunit.linkage.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceNucleicAcid.subunit.linkage.modifierExtension */
	{ 22267, 13, 3, 0, 0 }, /* SubstanceNucleicAcid.subunit.linkage.connectivity */
	{ 4824, 40, 4, 0, 0 }, /* SubstanceNucleicAcid.subunit.linkage.identifier */
	{ 262, 13, 5, 0, 0 }, /* SubstanceNucleicAcid.subunit.linkage.name */
	{ 22280, 13, 6, 0, 0 }, /* SubstanceNucleicAcid.subunit.linkage.residueSite */
	{ 0, 13, 0, A, 0 }, /* SubstanceNucleicAcid.subunit.sugar.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceNucleicAcid.subunit.sugar.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceNucleicAcid.subunit.sugar.modifierExtension */
	{ 4824, 40, 3, 0, 0 }, /* SubstanceNucleicAcid.subunit.sugar.identifier */
	{ 262, 13, 4, 0, 0 }, /* SubstanceNucleicAcid.subunit.sugar.name */
	{ 22280, 13, 5, 0, 0 }, /* SubstanceNucleicAcid.subunit.sugar.residueSite */
	{ 0, 13, 0, A, 0 }, /* SubstancePolymer.monomerSet.id */
	{ 3, 38, 1, M, 0 }, /* SubstancePolymer.monomerSet.extension */
	{ 13, 38, 2, M, 0 }, /* SubstancePolymer.monomerSet.modifierExtension */
	{ 22292, 26, 3, 0, 0 }, /* SubstancePolymer.monomerSet.ratioType */
	{ 22302, 605, 4, M, 0 }, /* SubstancePolymer.monomerSet.startingMaterial */
	{ 0, 13, 0, A, 0 }, /* SubstancePolymer.monomerSet.startingMaterial.id */
	{ 3, 38, 1, M, 0 }, /* SubstancePolymer.monomerSet.startingMaterial.extension */
	{ 13, 38, 2, M, 0 }, /* SubstancePolymer.monomerSet.startingMaterial.modifierExtension */
	{ 8970, 26, 3, 0, 0 }, /* SubstancePolymer.monomerSet.startingMaterial.material */
	{ 35, 26, 4, 0, 0 }, /* SubstancePolymer.monomerSet.startingMaterial.type */
	{ 22319, 1, 5, 0, 0 }, /* SubstancePolymer.monomerSet.startingMaterial.isDefining */
	{ 5012, 57, 6, 0, 0 }, /* SubstancePolymer.monomerSet.startingMaterial.amount */
	{ 0, 13, 0, A, 0 }, /* SubstancePolymer.repeat.id */
	{ 3, 38, 1, M, 0 }, /* SubstancePolymer.repeat.extension */
	{ 13, 38, 2, M, 0 }, /* SubstancePolymer.repeat.modifierExtension */
	{ 22330, 9, 3, 0, 0 }, /* SubstancePolymer.repeat.numberOfUnits */
	{ 22344, 13, 4, 0, 0 }, /* SubstancePolymer.repeat.averageMolecularFormula */
	{ 22368, 26, 5, 0, 0 }, /* SubstancePolymer.repeat.repeatUnitAmountType */
	{ 22389, 607, 6, M, 0 }, /* SubstancePolymer.repeat.repeatUnit */
	{ 0, 13, 0, A, 0 }, /* SubstancePolymer.repeat.repeatUnit.id */
	{ 3, 38, 1, M, 0 }, /* SubstancePolymer.repeat.repeatUnit.extension */
	{ 13, 38, 2, M, 0 }, /* SubstancePolymer.repeat.repeatUnit.modifierExtension */
	{ 22400, 26, 3, 0, 0 }, /* SubstancePolymer.repeat.repeatUnit.orientationOfPolymerisation */
	{ 22389, 13, 4, 0, 0 }, /* SubstancePolymer.repeat.repeatUnit.repeatUnit */
	{ 5012, 57, 5, 0, 0 }, /* SubstancePolymer.repeat.repeatUnit.amount */
	{ 22428, 608, 6, M, 0 }, /* SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation */
	{ 22451, 609, 7, M, 0 }, /* SubstancePolymer.repeat.repeatUnit.structuralRepresentation */
	{ 0, 13, 0, A, 0 }, /* SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation.id */
	{ 3, 38, 1, M, 0 }, /* SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation.extension */
	{ 13, 38, 2, M, 0 }, /* SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation.modifierExtension */
	{ 22476, 26, 3, 0, 0 }, /* SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation.degree */
	{ 5012, 57, 4, 0, 0 }, /* SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation.amount */
	{ 0, 13, 0, A, 0 }, /* SubstancePolymer.repeat.repeatUnit.structuralRepresentation.id */
	{ 3, 38, 1, M, 0 }, /* SubstancePolymer.repeat.repeatUnit.structuralRepresentation.extension */
	{ 13, 38, 2, M, 0 }, /* SubstancePolymer.repeat.repeatUnit.structuralRepresentation.modifierExtension */
	{ 35, 26, 3, 0, 0 }, /* SubstancePolymer.repeat.repeatUnit.structuralRepresentation.type */
	{ 591, 13, 4, 0, 0 }, /* SubstancePolymer.repeat.repeatUnit.structuralRepresentation.representation */
	{ 17731, 25, 5, 0, 0 }, /* SubstancePolymer.repeat.repeatUnit.structuralRepresentation.attachment */
	{ 0, 13, 0, A, 0 }, /* SubstanceProtein.subunit.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceProtein.subunit.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceProtein.subunit.modifierExtension */
	{ 14598, 9, 3, 0, 0 }, /* SubstanceProtein.subunit.subunit */
	{ 389, 13, 4, 0, 0 }, /* SubstanceProtein.subunit.sequence */
	{ 9436, 9, 5, 0, 0 }, /* SubstanceProtein.subunit.length */
	{ 22213, 25, 6, 0, 0 }, /* SubstanceProtein.subunit.sequenceAttachment */
	{ 22483, 40, 7, 0, 0 }, /* SubstanceProtein.subunit.nTerminalModificationId */
	{ 22507, 13, 8, 0, 0 }, /* SubstanceProtein.subunit.nTerminalModification */
	{ 22529, 40, 9, 0, 0 }, /* SubstanceProtein.subunit.cTerminalModificationId */
	{ 22553, 13, 10, 0, 0 }, /* SubstanceProtein.subunit.cTerminalModification */
	{ 0, 13, 0, A, 0 }, /* SubstanceReferenceInformation.gene.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceReferenceInformation.gene.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceReferenceInformation.gene.modifierExtension */
	{ 22575, 26, 3, 0, 0 }, /* SubstanceReferenceInformation.gene.geneSequenceOrigin */
	{ 14678, 26, 4, 0, 0 }, /* SubstanceReferenceInformation.gene.gene */
	{ 4609, 53, 5, M, 0 }, /* SubstanceReferenceInformation.gene.source */
	{ 0, 13, 0, A, 0 }, /* SubstanceReferenceInformation.geneElement.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceReferenceInformation.geneElement.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceReferenceInformation.geneElement.modifierExtension */
	{ 35, 26, 3, 0, 0 }, /* SubstanceReferenceInformation.geneElement.type */
	{ 17039, 40, 4, 0, 0 }, /* SubstanceReferenceInformation.geneElement.element */
	{ 4609, 53, 5, M, 0 }, /* SubstanceReferenceInformation.geneElement.source */
	{ 0, 13, 0, A, 0 }, /* SubstanceReferenceInformation.classification.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceReferenceInformation.classification.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceReferenceInformation.classification.modifierExtension */
	{ 8237, 26, 3, 0, 0 }, /* SubstanceReferenceInformation.classification.domain */
	{ 6757, 26, 4, 0, 0 }, /* SubstanceReferenceInformation.classification.classification */
	{ 6245, 26, 5, M, 0 }, /* SubstanceReferenceInformation.classification.subtype */
	{ 4609, 53, 6, M, 0 }, /* SubstanceReferenceInformation.classification.source */
	{ 0, 13, 0, A, 0 }, /* SubstanceReferenceInformation.target.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceReferenceInformation.target.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceReferenceInformation.target.modifierExtension */
	{ 7924, 40, 3, 0, 0 }, /* SubstanceReferenceInformation.target.target */
	{ 35, 26, 4, 0, 0 }, /* SubstanceReferenceInformation.target.type */
	{ 16128, 26, 5, 0, 0 }, /* SubstanceReferenceInformation.target.interaction */
	{ 14890, 26, 6, 0, 0 }, /* SubstanceReferenceInformation.target.organism */
	{ 22594, 26, 7, 0, 0 }, /* SubstanceReferenceInformation.target.organismType */
	{ 5012, 859, 8, C, 3 }, /* SubstanceReferenceInformation.target.amount */
	{ 5059, 26, 9, 0, 0 }, /* SubstanceReferenceInformation.target.amountType */
	{ 4609, 53, 10, M, 0 }, /* SubstanceReferenceInformation.target.source */
	{ 0, 13, 0, A, 0 }, /* SubstanceSourceMaterial.fractionDescription.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceSourceMaterial.fractionDescription.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceSourceMaterial.fractionDescription.modifierExtension */
	{ 22607, 13, 3, 0, 0 }, /* SubstanceSourceMaterial.fractionDescription.fraction */
	{ 22616, 26, 4, 0, 0 }, /* SubstanceSourceMaterial.fractionDescription.materialType */
	{ 0, 13, 0, A, 0 }, /* SubstanceSourceMaterial.organism.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceSourceMaterial.organism.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceSourceMaterial.organism.modifierExtension */
	{ 4509, 26, 3, 0, 0 }, /* SubstanceSourceMaterial.organism.family */
	{ 22629, 26, 4, 0, 0 }, /* SubstanceSourceMaterial.organism.genus */
	{ 19782, 26, 5, 0, 0 }, /* SubstanceSourceMaterial.organism.species */
	{ 22635, 26, 6, 0, 0 }, /* SubstanceSourceMaterial.organism.intraspecificType */
	{ 22653, 13, 7, 0, 0 }, /* SubstanceSourceMaterial.organism.intraspecificDescription */
	{ 130, 617, 8, M, 0 }, /* SubstanceSourceMaterial.organism.author */
	{ 22678, 618, 9, 0, 0 }, /* SubstanceSourceMaterial.organism.hybrid */
	{ 22685, 619, 10, 0, 0 }, /* SubstanceSourceMaterial.organism.organismGeneral */
	{ 0, 13, 0, A, 0 }, /* SubstanceSourceMaterial.organism.author.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceSourceMaterial.organism.author.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceSourceMaterial.organism.author.modifierExtension */
	{ 22701, 26, 3, 0, 0 }, /* SubstanceSourceMaterial.organism.author.authorType */
	{ 22712, 13, 4, 0, 0 }, /* SubstanceSourceMaterial.organism.author.authorDescription */
	{ 0, 13, 0, A, 0 }, /* SubstanceSourceMaterial.organism.hybrid.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceSourceMaterial.organism.hybrid.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceSourceMaterial.organism.hybrid.modifierExtension */
	{ 22730, 13, 3, 0, 0 }, /* SubstanceSourceMaterial.organism.hybrid.maternalOrganismId */
	{ 22749, 13, 4, 0, 0 }, /* SubstanceSourceMaterial.organism.hybrid.maternalOrganismName */
	{ 22770, 13, 5, 0, 0 }, /* SubstanceSourceMaterial.organism.hybrid.paternalOrganismId */
	{ 22789, 13, 6, 0, 0 }, /* SubstanceSourceMaterial.organism.hybrid.paternalOrganismName */
	{ 22810, 26, 7, 0, 0 }, /* SubstanceSourceMaterial.organism.hybrid.hybridType */
	{ 0, 13, 0, A, 0 }, /* SubstanceSourceMaterial.organism.organismGeneral.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceSourceMaterial.organism.organismGeneral.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceSourceMaterial.organism.organismGeneral.modifierExtension */
	{ 22821, 26, 3, 0, 0 }, /* SubstanceSourceMaterial.organism.organismGeneral.kingdom */
	{ 22829, 26, 4, 0, 0 }, /* SubstanceSourceMaterial.organism.organismGeneral.phylum */
	{ 8488, 26, 5, 0, 0 }, /* SubstanceSourceMaterial.organism.organismGeneral.class */
	{ 8494, 26, 6, 0, 0 }, /* SubstanceSourceMaterial.organism.organismGeneral.order */
	{ 0, 13, 0, A, 0 }, /* SubstanceSourceMaterial.partDescription.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceSourceMaterial.partDescription.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceSourceMaterial.partDescription.modifierExtension */
	{ 19683, 26, 3, 0, 0 }, /* SubstanceSourceMaterial.partDescription.part */
	{ 22836, 26, 4, 0, 0 }, /* SubstanceSourceMaterial.partDescription.partLocation */
	{ 0, 13, 0, A, 0 }, /* SubstanceSpecification.moiety.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceSpecification.moiety.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceSpecification.moiety.modifierExtension */
	{ 12514, 26, 3, 0, 0 }, /* SubstanceSpecification.moiety.role */
	{ 4824, 40, 4, 0, 0 }, /* SubstanceSpecification.moiety.identifier */
	{ 262, 13, 5, 0, 0 }, /* SubstanceSpecification.moiety.name */
	{ 22849, 26, 6, 0, 0 }, /* SubstanceSpecification.moiety.stereochemistry */
	{ 22865, 26, 7, 0, 0 }, /* SubstanceSpecification.moiety.opticalActivity */
	{ 22881, 13, 8, 0, 0 }, /* SubstanceSpecification.moiety.molecularFormula */
	{ 5012, 862, 9, C, 2 }, /* SubstanceSpecification.moiety.amount */
	{ 0, 13, 0, A, 0 }, /* SubstanceSpecification.property.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceSpecification.property.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceSpecification.property.modifierExtension */
	{ 5693, 26, 3, 0, 0 }, /* SubstanceSpecification.property.category */
	{ 125, 26, 4, 0, 0 }, /* SubstanceSpecification.property.code */
	{ 22898, 13, 5, 0, 0 }, /* SubstanceSpecification.property.parameters */
	{ 22909, 864, 6, C, 2 }, /* SubstanceSpecification.property.definingSubstance */
	{ 5012, 866, 7, C, 2 }, /* SubstanceSpecification.property.amount */
	{ 0, 13, 0, A, 0 }, /* SubstanceSpecification.structure.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceSpecification.structure.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceSpecification.structure.modifierExtension */
	{ 22849, 26, 3, 0, 0 }, /* SubstanceSpecification.structure.stereochemistry */
	{ 22865, 26, 4, 0, 0 }, /* SubstanceSpecification.structure.opticalActivity */
	{ 22881, 13, 5, 0, 0 }, /* SubstanceSpecification.structure.molecularFormula */
	{ 22987, 13, 6, 0, 0 }, /* SubstanceSpecification.structure.molecularFormulaByMoiety */
	{ 23012, 624, 7, M, 0 }, /* SubstanceSpecification.structure.isotope */
	{ 23020, 625, 8, 0, 0 }, /* SubstanceSpecification.structure.molecularWeight */
	{ 4609, 53, 9, M, 0 }, /* SubstanceSpecification.structure.source */
	{ 591, 626, 10, M, 0 }, /* SubstanceSpecification.structure.representation */
	{ 0, 13, 0, A, 0 }, /* SubstanceSpecification.structure.isotope.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceSpecification.structure.isotope.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceSpecification.structure.isotope.modifierExtension */
	{ 4824, 40, 3, 0, 0 }, /* SubstanceSpecification.structure.isotope.identifier */
	{ 262, 26, 4, 0, 0 }, /* SubstanceSpecification.structure.isotope.name */
	{ 11534, 26, 5, 0, 0 }, /* SubstanceSpecification.structure.isotope.substitution */
	{ 23036, 50, 6, 0, 0 }, /* SubstanceSpecification.structure.isotope.halfLife */
	{ 23020, 625, 7, 0, 0 }, /* SubstanceSpecification.structure.isotope.molecularWeight */
	{ 0, 13, 0, A, 0 }, /* SubstanceSpecification.structure.isotope.molecularWeight.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceSpecification.structure.isotope.molecularWeight.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceSpecification.structure.isotope.molecularWeight.modifierExtension */
	{ 506, 26, 3, 0, 0 }, /* SubstanceSpecification.structure.isotope.molecularWeight.method */
	{ 35, 26, 4, 0, 0 }, /* SubstanceSpecification.structure.isotope.molecularWeight.type */
	{ 5012, 50, 5, 0, 0 }, /* SubstanceSpecification.structure.isotope.molecularWeight.amount */
	{ 0, 13, 0, A, 0 }, /* SubstanceSpecification.structure.representation.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceSpecification.structure.representation.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceSpecification.structure.representation.modifierExtension */
	{ 35, 26, 3, 0, 0 }, /* SubstanceSpecification.structure.representation.type */
	{ 591, 13, 4, 0, 0 }, /* SubstanceSpecification.structure.representation.representation */
	{ 17731, 25, 5, 0, 0 }, /* SubstanceSpecification.structure.representation.attachment */
	{ 0, 13, 0, A, 0 }, /* SubstanceSpecification.code.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceSpecification.code.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceSpecification.code.modifierExtension */
	{ 125, 26, 3, 0, 0 }, /* SubstanceSpecification.code.code */
	{ 4558, 26, 4, 0, 0 }, /* SubstanceSpecification.code.status */
	{ 10008, 5, 5, 0, 0 }, /* SubstanceSpecification.code.statusDate */
	{ 667, 13, 6, 0, 0 }, /* SubstanceSpecification.code.comment */
	{ 4609, 53, 7, M, 0 }, /* SubstanceSpecification.code.source */
	{ 0, 13, 0, A, 0 }, /* SubstanceSpecification.name.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceSpecification.name.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceSpecification.name.modifierExtension */
	{ 262, 13, 3, R, 0 }, /* SubstanceSpecification.name.name */
	{ 35, 26, 4, 0, 0 }, /* SubstanceSpecification.name.type */
	{ 4558, 26, 5, 0, 0 }, /* SubstanceSpecification.name.status */
	{ 20542, 1, 6, 0, 0 }, /* SubstanceSpecification.name.preferred */
	{ 183, 26, 7, M, 0 }, /* SubstanceSpecification.name.language */
	{ 8237, 26, 8, M, 0 }, /* SubstanceSpecification.name.domain */
	{ 4545, 26, 9, M, 0 }, /* SubstanceSpecification.name.jurisdiction */
	{ 11570, 628, 10, M, 0 }, /* SubstanceSpecification.name.synonym */
	{ 15193, 628, 11, M, 0 }, /* SubstanceSpecification.name.translation */
	{ 23045, 629, 12, M, 0 }, /* SubstanceSpecification.name.official */
	{ 4609, 53, 13, M, 0 }, /* SubstanceSpecification.name.source */
	{ 0, 13, 0, A, 0 }, /* SubstanceSpecification.name.official.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceSpecification.name.official.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceSpecification.name.official.modifierExtension */
	{ 8227, 26, 3, 0, 0 }, /* SubstanceSpecification.name.official.authority */
	{ 4558, 26, 4, 0, 0 }, /* SubstanceSpecification.name.official.status */
	{ 5261, 5, 5, 0, 0 }, /* SubstanceSpecification.name.official.date */
	{ 0, 13, 0, A, 0 }, /* SubstanceSpecification.relationship.id */
	{ 3, 38, 1, M, 0 }, /* SubstanceSpecification.relationship.extension */
	{ 13, 38, 2, M, 0 }, /* SubstanceSpecification.relationship.modifierExtension */
	{ 12558, 868, 3, C, 2 }, /* SubstanceSpecification.relationship.substance */
	{ 8469, 26, 4, 0, 0 }, /* SubstanceSpecification.relationship.relationship */
	{ 22319, 1, 5, 0, 0 }, /* SubstanceSpecification.relationship.isDefining */
	{ 5012, 870, 6, C, 4 }, /* SubstanceSpecification.relationship.amount */
	{ 23066, 52, 7, 0, 0 }, /* SubstanceSpecification.relationship.amountRatioLowLimit */
	{ 5059, 26, 8, 0, 0 }, /* SubstanceSpecification.relationship.amountType */
	{ 4609, 53, 9, M, 0 }, /* SubstanceSpecification.relationship.source */
	{ 0, 13, 0, A, 0 }, /* SupplyDelivery.suppliedItem.id */
	{ 3, 38, 1, M, 0 }, /* SupplyDelivery.suppliedItem.extension */
	{ 13, 38, 2, M, 0 }, /* SupplyDelivery.suppliedItem.modifierExtension */
	{ 5563, 50, 3, 0, 0 }, /* SupplyDelivery.suppliedItem.quantity */
	{ 7337, 874, 4, C, 2 }, /* SupplyDelivery.suppliedItem.item */
	{ 0, 13, 0, A, 0 }, /* SupplyRequest.parameter.id */
	{ 3, 38, 1, M, 0 }, /* SupplyRequest.parameter.extension */
	{ 13, 38, 2, M, 0 }, /* SupplyRequest.parameter.modifierExtension */
	{ 125, 26, 3, 0, 0 }, /* SupplyRequest.parameter.code */
	{ 96, 876, 4, C, 4 }, /* SupplyRequest.parameter.value */
	{ 0, 13, 0, A, 0 }, /* Task.restriction.id */
	{ 3, 38, 1, M, 0 }, /* Task.restriction.extension */
	{ 13, 38, 2, M, 0 }, /* Task.restriction.modifierExtension */
	{ 23086, 12, 3, 0, 0 }, /* Task.restriction.repetitions */
	{ 89, 46, 4, 0, 0 }, /* Task.restriction.period */
	{ 7776, 53, 5, M, 0 }, /* Task.restriction.recipient */
	{ 0, 13, 0, A, 0 }, /* Task.input.id */
	{ 3, 38, 1, M, 0 }, /* Task.input.extension */
	{ 13, 38, 2, M, 0 }, /* Task.input.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* Task.input.type */
	{ 96, 880, 4, R|C, 50 }, /* Task.input.value */
	{ 0, 13, 0, A, 0 }, /* Task.output.id */
	{ 3, 38, 1, M, 0 }, /* Task.output.extension */
	{ 13, 38, 2, M, 0 }, /* Task.output.modifierExtension */
	{ 35, 26, 3, R, 0 }, /* Task.output.type */
	{ 96, 930, 4, R|C, 50 }, /* Task.output.value */
	{ 0, 13, 0, A, 0 }, /* TerminologyCapabilities.software.id */
	{ 3, 38, 1, M, 0 }, /* TerminologyCapabilities.software.extension */
	{ 13, 38, 2, M, 0 }, /* TerminologyCapabilities.software.modifierExtension */
	{ 262, 13, 3, R, 0 }, /* TerminologyCapabilities.software.name */
	{ 233, 13, 4, 0, 0 }, /* TerminologyCapabilities.software.version */
	{ 0, 13, 0, A, 0 }, /* TerminologyCapabilities.implementation.id */
	{ 3, 38, 1, M, 0 }, /* TerminologyCapabilities.implementation.extension */
	{ 13, 38, 2, M, 0 }, /* TerminologyCapabilities.implementation.modifierExtension */
	{ 3767, 13, 3, R, 0 }, /* TerminologyCapabilities.implementation.description */
	{ 197, 17, 4, 0, 0 }, /* TerminologyCapabilities.implementation.url */
	{ 0, 13, 0, A, 0 }, /* TerminologyCapabilities.codeSystem.id */
	{ 3, 38, 1, M, 0 }, /* TerminologyCapabilities.codeSystem.extension */
	{ 13, 38, 2, M, 0 }, /* TerminologyCapabilities.codeSystem.modifierExtension */
	{ 16924, 2, 3, 0, 0 }, /* TerminologyCapabilities.codeSystem.uri */
	{ 233, 639, 4, M, 0 }, /* TerminologyCapabilities.codeSystem.version */
	{ 23098, 1, 5, 0, 0 }, /* TerminologyCapabilities.codeSystem.subsumption */
	{ 0, 13, 0, A, 0 }, /* TerminologyCapabilities.codeSystem.version.id */
	{ 3, 38, 1, M, 0 }, /* TerminologyCapabilities.codeSystem.version.extension */
	{ 13, 38, 2, M, 0 }, /* TerminologyCapabilities.codeSystem.version.modifierExtension */
	{ 125, 13, 3, 0, 0 }, /* TerminologyCapabilities.codeSystem.version.code */
	{ 23110, 1, 4, 0, 0 }, /* TerminologyCapabilities.codeSystem.version.isDefault */
	{ 7658, 1, 5, 0, 0 }, /* TerminologyCapabilities.codeSystem.version.compositional */
	{ 183, 3, 6, M, 0 }, /* TerminologyCapabilities.codeSystem.version.language */
	{ 7712, 640, 7, M, 0 }, /* TerminologyCapabilities.codeSystem.version.filter */
	{ 7719, 3, 8, M, 0 }, /* TerminologyCapabilities.codeSystem.version.property */
	{ 0, 13, 0, A, 0 }, /* TerminologyCapabilities.codeSystem.version.filter.id */
	{ 3, 38, 1, M, 0 }, /* TerminologyCapabilities.codeSystem.version.filter.extension */
	{ 13, 38, 2, M, 0 }, /* TerminologyCapabilities.codeSystem.version.filter.modifierExtension */
	{ 125, 3, 3, R, 0 }, /* TerminologyCapabilities.codeSystem.version.filter.code */
	{ 23120, 3, 4, M|R, 0 }, /* TerminologyCapabilities.codeSystem.version.filter.op */
	{ 0, 13, 0, A, 0 }, /* TerminologyCapabilities.expansion.id */
	{ 3, 38, 1, M, 0 }, /* TerminologyCapabilities.expansion.extension */
	{ 13, 38, 2, M, 0 }, /* TerminologyCapabilities.expansion.modifierExtension */
	{ 23123, 1, 3, 0, 0 }, /* TerminologyCapabilities.expansion.hierarchical */
	{ 23136, 1, 4, 0, 0 }, /* TerminologyCapabilities.expansion.paging */
	{ 23143, 1, 5, 0, 0 }, /* TerminologyCapabilities.expansion.incomplete */
	{ 9074, 642, 6, M, 0 }, /* TerminologyCapabilities.expansion.parameter */
	{ 23154, 10, 7, 0, 0 }, /* TerminologyCapabilities.expansion.textFilter */
	{ 0, 13, 0, A, 0 }, /* TerminologyCapabilities.expansion.parameter.id */
	{ 3, 38, 1, M, 0 }, /* TerminologyCapabilities.expansion.parameter.extension */
	{ 13, 38, 2, M, 0 }, /* TerminologyCapabilities.expansion.parameter.modifierExtension */
	{ 262, 3, 3, R, 0 }, /* TerminologyCapabilities.expansion.parameter.name */
	{ 4642, 13, 4, 0, 0 }, /* TerminologyCapabilities.expansion.parameter.documentation */
	{ 0, 13, 0, A, 0 }, /* TerminologyCapabilities.validateCode.id */
	{ 3, 38, 1, M, 0 }, /* TerminologyCapabilities.validateCode.extension */
	{ 13, 38, 2, M, 0 }, /* TerminologyCapabilities.validateCode.modifierExtension */
	{ 23165, 1, 3, R, 0 }, /* TerminologyCapabilities.validateCode.translations */
	{ 0, 13, 0, A, 0 }, /* TerminologyCapabilities.translation.id */
	{ 3, 38, 1, M, 0 }, /* TerminologyCapabilities.translation.extension */
	{ 13, 38, 2, M, 0 }, /* TerminologyCapabilities.translation.modifierExtension */
	{ 23178, 1, 3, R, 0 }, /* TerminologyCapabilities.translation.needsMap */
	{ 0, 13, 0, A, 0 }, /* TerminologyCapabilities.closure.id */
	{ 3, 38, 1, M, 0 }, /* TerminologyCapabilities.closure.extension */
	{ 13, 38, 2, M, 0 }, /* TerminologyCapabilities.closure.modifierExtension */
	{ 15193, 1, 3, 0, 0 }, /* TerminologyCapabilities.closure.translation */
	{ 0, 13, 0, A, 0 }, /* TestReport.participant.id */
	{ 3, 38, 1, M, 0 }, /* TestReport.participant.extension */
	{ 13, 38, 2, M, 0 }, /* TestReport.participant.modifierExtension */
	{ 35, 3, 3, R, 0 }, /* TestReport.participant.type */
	{ 16924, 16, 4, R, 0 }, /* TestReport.participant.uri */
	{ 241, 13, 5, 0, 0 }, /* TestReport.participant.display */
	{ 0, 13, 0, A, 0 }, /* TestReport.setup.id */
	{ 3, 38, 1, M, 0 }, /* TestReport.setup.extension */
	{ 13, 38, 2, M, 0 }, /* TestReport.setup.modifierExtension */
	{ 6253, 648, 3, M|R, 0 }, /* TestReport.setup.action */
	{ 0, 13, 0, A, 0 }, /* TestReport.setup.action.id */
	{ 3, 38, 1, M, 0 }, /* TestReport.setup.action.extension */
	{ 13, 38, 2, M, 0 }, /* TestReport.setup.action.modifierExtension */
	{ 16140, 649, 3, 0, 0 }, /* TestReport.setup.action.operation */
	{ 23187, 650, 4, 0, 0 }, /* TestReport.setup.action.assert */
	{ 0, 13, 0, A, 0 }, /* TestReport.setup.action.operation.id */
	{ 3, 38, 1, M, 0 }, /* TestReport.setup.action.operation.extension */
	{ 13, 38, 2, M, 0 }, /* TestReport.setup.action.operation.modifierExtension */
	{ 9156, 3, 3, R, 0 }, /* TestReport.setup.action.operation.result */
	{ 20162, 10, 4, 0, 0 }, /* TestReport.setup.action.operation.message */
	{ 8642, 16, 5, 0, 0 }, /* TestReport.setup.action.operation.detail */
	{ 0, 13, 0, A, 0 }, /* TestReport.setup.action.assert.id */
	{ 3, 38, 1, M, 0 }, /* TestReport.setup.action.assert.extension */
	{ 13, 38, 2, M, 0 }, /* TestReport.setup.action.assert.modifierExtension */
	{ 9156, 3, 3, R, 0 }, /* TestReport.setup.action.assert.result */
	{ 20162, 10, 4, 0, 0 }, /* TestReport.setup.action.assert.message */
	{ 8642, 13, 5, 0, 0 }, /* TestReport.setup.action.assert.detail */
	{ 0, 13, 0, A, 0 }, /* TestReport.test.id */
	{ 3, 38, 1, M, 0 }, /* TestReport.test.extension */
	{ 13, 38, 2, M, 0 }, /* TestReport.test.modifierExtension */
	{ 262, 13, 3, 0, 0 }, /* TestReport.test.name */
	{ 3767, 13, 4, 0, 0 }, /* TestReport.test.description */
	{ 6253, 652, 5, M|R, 0 }, /* TestReport.test.action */
	{ 0, 13, 0, A, 0 }, /* TestReport.test.action.id */
	{ 3, 38, 1, M, 0 }, /* TestReport.test.action.extension */
	{ 13, 38, 2, M, 0 }, /* TestReport.test.action.modifierExtension */
	{ 16140, 649, 3, 0, 0 }, /* TestReport.test.action.operation */
	{ 23187, 650, 4, 0, 0 }, /* TestReport.test.action.assert */
	{ 0, 13, 0, A, 0 }, /* TestReport.teardown.id */
	{ 3, 38, 1, M, 0 }, /* TestReport.teardown.extension */
	{ 13, 38, 2, M, 0 }, /* TestReport.teardown.modifierExtension */
	{ 6253, 654, 3, M|R, 0 }, /* TestReport.teardown.action */
	{ 0, 13, 0, A, 0 }, /* TestReport.teardown.action.id */
	{ 3, 38, 1, M, 0 }, /* TestReport.teardown.action.extension */
	{ 13, 38, 2, M, 0 }, /* TestReport.teardown.action.modifierExtension */
	{ 16140, 649, 3, R, 0 }, /* TestReport.teardown.action.operation */
	{ 0, 13, 0, A, 0 }, /* TestScript.origin.id */
	{ 3, 38, 1, M, 0 }, /* TestScript.origin.extension */
	{ 13, 38, 2, M, 0 }, /* TestScript.origin.modifierExtension */
	{ 23194, 9, 3, R, 0 }, /* TestScript.origin.index */
	{ 288, 27, 4, R, 0 }, /* TestScript.origin.profile */
	{ 0, 13, 0, A, 0 }, /* TestScript.destination.id */
	{ 3, 38, 1, M, 0 }, /* TestScript.destination.extension */
	{ 13, 38, 2, M, 0 }, /* TestScript.destination.modifierExtension */
	{ 23194, 9, 3, R, 0 }, /* TestScript.destination.index */
	{ 288, 27, 4, R, 0 }, /* TestScript.destination.profile */
	{ 0, 13, 0, A, 0 }, /* TestScript.metadata.id */
	{ 3, 38, 1, M, 0 }, /* TestScript.metadata.extension */
	{ 13, 38, 2, M, 0 }, /* TestScript.metadata.modifierExtension */
	{ 6463, 658, 3, M, 0 }, /* TestScript.metadata.link */
	{ 8928, 659, 4, M|R, 0 }, /* TestScript.metadata.capability */
	{ 0, 13, 0, A, 0 }, /* TestScript.metadata.link.id */
	{ 3, 38, 1, M, 0 }, /* TestScript.metadata.link.extension */
	{ 13, 38, 2, M, 0 }, /* TestScript.metadata.link.modifierExtension */
	{ 197, 16, 3, R, 0 }, /* TestScript.metadata.link.url */
	{ 3767, 13, 4, 0, 0 }, /* TestScript.metadata.link.description */
	{ 0, 13, 0, A, 0 }, /* TestScript.metadata.capability.id */
	{ 3, 38, 1, M, 0 }, /* TestScript.metadata.capability.extension */
	{ 13, 38, 2, M, 0 }, /* TestScript.metadata.capability.modifierExtension */
	{ 15883, 1, 3, R, 0 }, /* TestScript.metadata.capability.required */
	{ 23200, 1, 4, R, 0 }, /* TestScript.metadata.capability.validated */
	{ 3767, 13, 5, 0, 0 }, /* TestScript.metadata.capability.description */
	{ 4922, 9, 6, M, 0 }, /* TestScript.metadata.capability.origin */
	{ 11495, 9, 7, 0, 0 }, /* TestScript.metadata.capability.destination */
	{ 6463, 16, 8, M, 0 }, /* TestScript.metadata.capability.link */
	{ 23210, 2, 9, R, 0 }, /* TestScript.metadata.capability.capabilities */
	{ 0, 13, 0, A, 0 }, /* TestScript.fixture.id */
	{ 3, 38, 1, M, 0 }, /* TestScript.fixture.extension */
	{ 13, 38, 2, M, 0 }, /* TestScript.fixture.modifierExtension */
	{ 23223, 1, 3, R, 0 }, /* TestScript.fixture.autocreate */
	{ 23234, 1, 4, R, 0 }, /* TestScript.fixture.autodelete */
	{ 4913, 53, 5, 0, 0 }, /* TestScript.fixture.resource */
	{ 0, 13, 0, A, 0 }, /* TestScript.variable.id */
	{ 3, 38, 1, M, 0 }, /* TestScript.variable.extension */
	{ 13, 38, 2, M, 0 }, /* TestScript.variable.modifierExtension */
	{ 262, 13, 3, R, 0 }, /* TestScript.variable.name */
	{ 724, 13, 4, 0, 0 }, /* TestScript.variable.defaultValue */
	{ 3767, 13, 5, 0, 0 }, /* TestScript.variable.description */
	{ 3779, 13, 6, 0, 0 }, /* TestScript.variable.expression */
	{ 23245, 13, 7, 0, 0 }, /* TestScript.variable.headerField */
	{ 23257, 13, 8, 0, 0 }, /* TestScript.variable.hint */
	{ 586, 13, 9, 0, 0 }, /* TestScript.variable.path */
	{ 20885, 7, 10, 0, 0 }, /* TestScript.variable.sourceId */
	{ 0, 13, 0, A, 0 }, /* TestScript.setup.id */
	{ 3, 38, 1, M, 0 }, /* TestScript.setup.extension */
	{ 13, 38, 2, M, 0 }, /* TestScript.setup.modifierExtension */
	{ 6253, 663, 3, M|R, 0 }, /* TestScript.setup.action */
	{ 0, 13, 0, A, 0 }, /* TestScript.setup.action.id */
	{ 3, 38, 1, M, 0 }, /* TestScript.setup.action.extension */
	{ 13, 38, 2, M, 0 }, /* TestScript.setup.action.modifierExtension */
	{ 16140, 664, 3, 0, 0 }, /* TestScript.setup.action.operation */
	{ 23187, 666, 4, 0, 0 }, /* TestScript.setup.action.assert */
	{ 0, 13, 0, A, 0 }, /* TestScript.setup.action.operation.id */
	{ 3, 38, 1, M, 0 }, /* TestScript.setup.action.operation.extension */
	{ 13, 38, 2, M, 0 }, /* TestScript.setup.action.operation.modifierExtension */
	{ 35, 27, 3, 0, 0 }, /* TestScript.setup.action.operation.type */
	{ 4913, 3, 4, 0, 0 }, /* TestScript.setup.action.operation.resource */
	{ 636, 13, 5, 0, 0 }, /* TestScript.setup.action.operation.label */
	{ 3767, 13, 6, 0, 0 }, /* TestScript.setup.action.operation.description */
	{ 23262, 3, 7, 0, 0 }, /* TestScript.setup.action.operation.accept */
	{ 171, 3, 8, 0, 0 }, /* TestScript.setup.action.operation.contentType */
	{ 11495, 9, 9, 0, 0 }, /* TestScript.setup.action.operation.destination */
	{ 23269, 1, 10, R, 0 }, /* TestScript.setup.action.operation.encodeRequestUrl */
	{ 506, 3, 11, 0, 0 }, /* TestScript.setup.action.operation.method */
	{ 4922, 9, 12, 0, 0 }, /* TestScript.setup.action.operation.origin */
	{ 18668, 13, 13, 0, 0 }, /* TestScript.setup.action.operation.params */
	{ 23286, 665, 14, M, 0 }, /* TestScript.setup.action.operation.requestHeader */
	{ 23300, 7, 15, 0, 0 }, /* TestScript.setup.action.operation.requestId */
	{ 23310, 7, 16, 0, 0 }, /* TestScript.setup.action.operation.responseId */
	{ 20885, 7, 17, 0, 0 }, /* TestScript.setup.action.operation.sourceId */
	{ 23321, 7, 18, 0, 0 }, /* TestScript.setup.action.operation.targetId */
	{ 197, 13, 19, 0, 0 }, /* TestScript.setup.action.operation.url */
	{ 0, 13, 0, A, 0 }, /* TestScript.setup.action.operation.requestHeader.id */
	{ 3, 38, 1, M, 0 }, /* TestScript.setup.action.operation.requestHeader.extension */
	{ 13, 38, 2, M, 0 }, /* TestScript.setup.action.operation.requestHeader.modifierExtension */
	{ 23330, 13, 3, R, 0 }, /* TestScript.setup.action.operation.requestHeader.field */
	{ 96, 13, 4, R, 0 }, /* TestScript.setup.action.operation.requestHeader.value */
	{ 0, 13, 0, A, 0 }, /* TestScript.setup.action.assert.id */
	{ 3, 38, 1, M, 0 }, /* TestScript.setup.action.assert.extension */
	{ 13, 38, 2, M, 0 }, /* TestScript.setup.action.assert.modifierExtension */
	{ 636, 13, 3, 0, 0 }, /* TestScript.setup.action.assert.label */
	{ 3767, 13, 4, 0, 0 }, /* TestScript.setup.action.assert.description */
	{ 15481, 3, 5, 0, 0 }, /* TestScript.setup.action.assert.direction */
	{ 23336, 13, 6, 0, 0 }, /* TestScript.setup.action.assert.compareToSourceId */
	{ 23354, 13, 7, 0, 0 }, /* TestScript.setup.action.assert.compareToSourceExpression */
	{ 23380, 13, 8, 0, 0 }, /* TestScript.setup.action.assert.compareToSourcePath */
	{ 171, 3, 9, 0, 0 }, /* TestScript.setup.action.assert.contentType */
	{ 3779, 13, 10, 0, 0 }, /* TestScript.setup.action.assert.expression */
	{ 23245, 13, 11, 0, 0 }, /* TestScript.setup.action.assert.headerField */
	{ 23400, 13, 12, 0, 0 }, /* TestScript.setup.action.assert.minimumId */
	{ 23410, 1, 13, 0, 0 }, /* TestScript.setup.action.assert.navigationLinks */
	{ 11270, 3, 14, 0, 0 }, /* TestScript.setup.action.assert.operator */
	{ 586, 13, 15, 0, 0 }, /* TestScript.setup.action.assert.path */
	{ 23426, 3, 16, 0, 0 }, /* TestScript.setup.action.assert.requestMethod */
	{ 23440, 13, 17, 0, 0 }, /* TestScript.setup.action.assert.requestURL */
	{ 4913, 3, 18, 0, 0 }, /* TestScript.setup.action.assert.resource */
	{ 12903, 3, 19, 0, 0 }, /* TestScript.setup.action.assert.response */
	{ 23451, 13, 20, 0, 0 }, /* TestScript.setup.action.assert.responseCode */
	{ 20885, 7, 21, 0, 0 }, /* TestScript.setup.action.assert.sourceId */
	{ 23464, 7, 22, 0, 0 }, /* TestScript.setup.action.assert.validateProfileId */
	{ 96, 13, 23, 0, 0 }, /* TestScript.setup.action.assert.value */
	{ 23482, 1, 24, R, 0 }, /* TestScript.setup.action.assert.warningOnly */
	{ 0, 13, 0, A, 0 }, /* TestScript.test.id */
	{ 3, 38, 1, M, 0 }, /* TestScript.test.extension */
	{ 13, 38, 2, M, 0 }, /* TestScript.test.modifierExtension */
	{ 262, 13, 3, 0, 0 }, /* TestScript.test.name */
	{ 3767, 13, 4, 0, 0 }, /* TestScript.test.description */
	{ 6253, 668, 5, M|R, 0 }, /* TestScript.test.action */
	{ 0, 13, 0, A, 0 }, /* TestScript.test.action.id */
	{ 3, 38, 1, M, 0 }, /* TestScript.test.action.extension */
	{ 13, 38, 2, M, 0 }, /* TestScript.test.action.modifierExtension */
	{ 16140, 664, 3, 0, 0 }, /* TestScript.test.action.operation */
	{ 23187, 666, 4, 0, 0 }, /* TestScript.test.action.assert */
	{ 0, 13, 0, A, 0 }, /* TestScript.teardown.id */
	{ 3, 38, 1, M, 0 }, /* TestScript.teardown.extension */
	{ 13, 38, 2, M, 0 }, /* TestScript.teardown.modifierExtension */
	{ 6253, 670, 3, M|R, 0 }, /* TestScript.teardown.action */
	{ 0, 13, 0, A, 0 }, /* TestScript.teardown.action.id */
	{ 3, 38, 1, M, 0 }, /* TestScript.teardown.action.extension */
	{ 13, 38, 2, M, 0 }, /* TestScript.teardown.action.modifierExtension */
	{ 16140, 664, 3, R, 0 }, /* TestScript.teardown.action.operation */
	{ 0, 13, 0, A, 0 }, /* ValueSet.compose.id */
	{ 3, 38, 1, M, 0 }, /* ValueSet.compose.extension */
	{ 13, 38, 2, M, 0 }, /* ValueSet.compose.modifierExtension */
	{ 15137, 4, 3, 0, 0 }, /* ValueSet.compose.lockedDate */
	{ 18675, 1, 4, 0, 0 }, /* ValueSet.compose.inactive */
	{ 23494, 672, 5, M|R, 0 }, /* ValueSet.compose.include */
	{ 18202, 672, 6, M, 0 }, /* ValueSet.compose.exclude */
	{ 0, 13, 0, A, 0 }, /* ValueSet.compose.include.id */
	{ 3, 38, 1, M, 0 }, /* ValueSet.compose.include.extension */
	{ 13, 38, 2, M, 0 }, /* ValueSet.compose.include.modifierExtension */
	{ 118, 16, 3, 0, 0 }, /* ValueSet.compose.include.system */
	{ 233, 13, 4, 0, 0 }, /* ValueSet.compose.include.version */
	{ 7728, 673, 5, M, 0 }, /* ValueSet.compose.include.concept */
	{ 7712, 675, 6, M, 0 }, /* ValueSet.compose.include.filter */
	{ 7632, 2, 7, M, 0 }, /* ValueSet.compose.include.valueSet */
	{ 0, 13, 0, A, 0 }, /* ValueSet.compose.include.concept.id */
	{ 3, 38, 1, M, 0 }, /* ValueSet.compose.include.concept.extension */
	{ 13, 38, 2, M, 0 }, /* ValueSet.compose.include.concept.modifierExtension */
	{ 125, 3, 3, R, 0 }, /* ValueSet.compose.include.concept.code */
	{ 241, 13, 4, 0, 0 }, /* ValueSet.compose.include.concept.display */
	{ 16928, 674, 5, M, 0 }, /* ValueSet.compose.include.concept.designation */
	{ 0, 13, 0, A, 0 }, /* ValueSet.compose.include.concept.designation.id */
	{ 3, 38, 1, M, 0 }, /* ValueSet.compose.include.concept.designation.extension */
	{ 13, 38, 2, M, 0 }, /* ValueSet.compose.include.concept.designation.modifierExtension */
	{ 183, 3, 3, 0, 0 }, /* ValueSet.compose.include.concept.designation.language */
	{ 31, 27, 4, 0, 0 }, /* ValueSet.compose.include.concept.designation.use */
	{ 96, 13, 5, R, 0 }, /* ValueSet.compose.include.concept.designation.value */
	{ 0, 13, 0, A, 0 }, /* ValueSet.compose.include.filter.id */
	{ 3, 38, 1, M, 0 }, /* ValueSet.compose.include.filter.extension */
	{ 13, 38, 2, M, 0 }, /* ValueSet.compose.include.filter.modifierExtension */
	{ 7719, 3, 3, R, 0 }, /* ValueSet.compose.include.filter.property */
	{ 23120, 3, 4, R, 0 }, /* ValueSet.compose.include.filter.op */
	{ 96, 13, 5, R, 0 }, /* ValueSet.compose.include.filter.value */
	{ 0, 13, 0, A, 0 }, /* ValueSet.expansion.id */
	{ 3, 38, 1, M, 0 }, /* ValueSet.expansion.extension */
	{ 13, 38, 2, M, 0 }, /* ValueSet.expansion.modifierExtension */
	{ 4824, 16, 3, 0, 0 }, /* ValueSet.expansion.identifier */
	{ 6447, 5, 4, R, 0 }, /* ValueSet.expansion.timestamp */
	{ 6457, 9, 5, 0, 0 }, /* ValueSet.expansion.total */
	{ 15795, 9, 6, 0, 0 }, /* ValueSet.expansion.offset */
	{ 9074, 677, 7, M, 0 }, /* ValueSet.expansion.parameter */
	{ 23502, 678, 8, M, 0 }, /* ValueSet.expansion.contains */
	{ 0, 13, 0, A, 0 }, /* ValueSet.expansion.parameter.id */
	{ 3, 38, 1, M, 0 }, /* ValueSet.expansion.parameter.extension */
	{ 13, 38, 2, M, 0 }, /* ValueSet.expansion.parameter.modifierExtension */
	{ 262, 13, 3, R, 0 }, /* ValueSet.expansion.parameter.name */
	{ 96, 980, 4, C, 7 }, /* ValueSet.expansion.parameter.value */
	{ 0, 13, 0, A, 0 }, /* ValueSet.expansion.contains.id */
	{ 3, 38, 1, M, 0 }, /* ValueSet.expansion.contains.extension */
	{ 13, 38, 2, M, 0 }, /* ValueSet.expansion.contains.modifierExtension */
	{ 118, 16, 3, 0, 0 }, /* ValueSet.expansion.contains.system */
	{ 14420, 1, 4, 0, 0 }, /* ValueSet.expansion.contains.abstract */
	{ 18675, 1, 5, 0, 0 }, /* ValueSet.expansion.contains.inactive */
	{ 233, 13, 6, 0, 0 }, /* ValueSet.expansion.contains.version */
	{ 125, 3, 7, 0, 0 }, /* ValueSet.expansion.contains.code */
	{ 241, 13, 8, 0, 0 }, /* ValueSet.expansion.contains.display */
	{ 16928, 674, 9, M, 0 }, /* ValueSet.expansion.contains.designation */
	{ 23502, 678, 10, M, 0 }, /* ValueSet.expansion.contains.contains */
	{ 0, 13, 0, A, 0 }, /* VerificationResult.primarySource.id */
	{ 3, 38, 1, M, 0 }, /* VerificationResult.primarySource.extension */
	{ 13, 38, 2, M, 0 }, /* VerificationResult.primarySource.modifierExtension */
	{ 4974, 53, 3, 0, 0 }, /* VerificationResult.primarySource.who */
	{ 35, 26, 4, M, 0 }, /* VerificationResult.primarySource.type */
	{ 23511, 26, 5, M, 0 }, /* VerificationResult.primarySource.communicationMethod */
	{ 23531, 26, 6, 0, 0 }, /* VerificationResult.primarySource.validationStatus */
	{ 23548, 5, 7, 0, 0 }, /* VerificationResult.primarySource.validationDate */
	{ 23563, 26, 8, 0, 0 }, /* VerificationResult.primarySource.canPushUpdates */
	{ 23578, 26, 9, M, 0 }, /* VerificationResult.primarySource.pushTypeAvailable */
	{ 0, 13, 0, A, 0 }, /* VerificationResult.attestation.id */
	{ 3, 38, 1, M, 0 }, /* VerificationResult.attestation.extension */
	{ 13, 38, 2, M, 0 }, /* VerificationResult.attestation.modifierExtension */
	{ 4974, 53, 3, 0, 0 }, /* VerificationResult.attestation.who */
	{ 4978, 53, 4, 0, 0 }, /* VerificationResult.attestation.onBehalfOf */
	{ 23511, 26, 5, 0, 0 }, /* VerificationResult.attestation.communicationMethod */
	{ 5261, 4, 6, 0, 0 }, /* VerificationResult.attestation.date */
	{ 23596, 13, 7, 0, 0 }, /* VerificationResult.attestation.sourceIdentityCertificate */
	{ 23622, 13, 8, 0, 0 }, /* VerificationResult.attestation.proxyIdentityCertificate */
	{ 23647, 56, 9, 0, 0 }, /* VerificationResult.attestation.proxySignature */
	{ 23662, 56, 10, 0, 0 }, /* VerificationResult.attestation.sourceSignature */
	{ 0, 13, 0, A, 0 }, /* VerificationResult.validator.id */
	{ 3, 38, 1, M, 0 }, /* VerificationResult.validator.extension */
	{ 13, 38, 2, M, 0 }, /* VerificationResult.validator.modifierExtension */
	{ 8081, 53, 3, R, 0 }, /* VerificationResult.validator.organization */
	{ 23678, 13, 4, 0, 0 }, /* VerificationResult.validator.identityCertificate */
	{ 23698, 56, 5, 0, 0 }, /* VerificationResult.validator.attestationSignature */
	{ 0, 13, 0, A, 0 }, /* VisionPrescription.lensSpecification.id */
	{ 3, 38, 1, M, 0 }, /* VisionPrescription.lensSpecification.extension */
	{ 13, 38, 2, M, 0 }, /* VisionPrescription.lensSpecification.modifierExtension */
	{ 5515, 26, 3, R, 0 }, /* VisionPrescription.lensSpecification.product */
	{ 23719, 3, 4, R, 0 }, /* VisionPrescription.lensSpecification.eye */
	{ 23723, 6, 5, 0, 0 }, /* VisionPrescription.lensSpecification.sphere */
	{ 23730, 6, 6, 0, 0 }, /* VisionPrescription.lensSpecification.cylinder */
	{ 23739, 9, 7, 0, 0 }, /* VisionPrescription.lensSpecification.axis */
	{ 23744, 683, 8, M, 0 }, /* VisionPrescription.lensSpecification.prism */
	{ 23750, 6, 9, 0, 0 }, /* VisionPrescription.lensSpecification.add */
	{ 23754, 6, 10, 0, 0 }, /* VisionPrescription.lensSpecification.power */
	{ 23760, 6, 11, 0, 0 }, /* VisionPrescription.lensSpecification.backCurve */
	{ 23770, 6, 12, 0, 0 }, /* VisionPrescription.lensSpecification.diameter */
	{ 11286, 50, 13, 0, 0 }, /* VisionPrescription.lensSpecification.duration */
	{ 4796, 13, 14, 0, 0 }, /* VisionPrescription.lensSpecification.color */
	{ 23779, 13, 15, 0, 0 }, /* VisionPrescription.lensSpecification.brand */
	{ 6005, 24, 16, M, 0 }, /* VisionPrescription.lensSpecification.note */
	{ 0, 13, 0, A, 0 }, /* VisionPrescription.lensSpecification.prism.id */
	{ 3, 38, 1, M, 0 }, /* VisionPrescription.lensSpecification.prism.extension */
	{ 13, 38, 2, M, 0 }, /* VisionPrescription.lensSpecification.prism.modifierExtension */
	{ 5012, 6, 3, R, 0 }, /* VisionPrescription.lensSpecification.prism.amount */
	{ 702, 3, 4, R, 0 }, /* VisionPrescription.lensSpecification.prism.base */
};

/* (type, name) -> element: 8257 names in 16384 slots; see fhir_meta.c. */
const size_t fhir_elem_hash_size = 16384;
/* owner type, element, choice row (65535: not a choice); 65535, 65535, 65535: empty */
const fhir_elem_slot fhir_elem_hash[] = {
	{ 635, 7122, 932 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 107, 1474, 65535 }, { 65535, 65535, 65535 }, { 488, 6004, 65535 }, { 65535, 65535, 65535 },
	{ 468, 5892, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 181, 3270, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 36, 176, 100 }, { 65535, 65535, 65535 }, { 574, 6678, 65535 }, { 65535, 65535, 65535 },
	{ 420, 5582, 65535 }, { 65535, 65535, 65535 }, { 175, 3120, 65535 }, { 469, 5895, 65535 },
	{ 285, 4559, 65535 }, { 400, 5436, 65535 }, { 587, 6770, 65535 }, { 65535, 65535, 65535 },
	{ 537, 6380, 65535 }, { 100, 1304, 65535 }, { 620, 7009, 65535 }, { 148, 2547, 65535 },
	{ 178, 3192, 65535 }, { 65535, 65535, 65535 }, { 238, 4165, 462 }, { 65535, 65535, 65535 },
	{ 29, 95, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 327, 4890, 65535 }, { 97, 1224, 65535 }, { 65535, 65535, 65535 }, { 98, 1230, 65535 },
	{ 563, 6583, 65535 }, { 36, 177, 126 }, { 36, 177, 145 }, { 65535, 65535, 65535 },
	{ 252, 4272, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 614, 6966, 861 },
	{ 651, 7210, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 658, 7240, 65535 }, { 572, 6659, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 180, 3255, 65535 },
	{ 398, 5394, 65535 }, { 566, 6601, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 278, 4491, 65535 }, { 69, 519, 65535 }, { 167, 2925, 366 }, { 141, 2357, 65535 },
	{ 276, 4453, 489 }, { 423, 5603, 65535 }, { 65535, 65535, 65535 }, { 100, 1289, 65535 },
	{ 538, 6387, 702 }, { 191, 3559, 65535 }, { 256, 4293, 65535 }, { 668, 7338, 65535 },
	{ 79, 716, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 159, 2764, 65535 }, { 143, 2412, 65535 }, { 193, 3599, 65535 }, { 326, 4870, 65535 },
	{ 326, 4877, 527 }, { 459, 5839, 65535 }, { 581, 6723, 65535 }, { 634, 7117, 897 },
	{ 661, 7266, 65535 }, { 246, 4217, 65535 }, { 110, 1552, 65535 }, { 114, 1632, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 365, 5125, 65535 },
	{ 595, 6831, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 298, 4647, 505 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 326, 4887, 65535 },
	{ 122, 1870, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 161, 2809, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 171, 2999, 65535 }, { 65535, 65535, 65535 },
	{ 253, 4278, 65535 }, { 608, 6920, 65535 }, { 98, 1242, 285 }, { 101, 1325, 65535 },
	{ 185, 3377, 65535 }, { 219, 4025, 412 }, { 278, 4482, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 341, 4988, 545 }, { 232, 4111, 65535 },
	{ 280, 4505, 65535 }, { 526, 6287, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 68, 504, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 43, 234, 65535 }, { 569, 6634, 65535 }, { 132, 2114, 65535 }, { 406, 5482, 591 },
	{ 65535, 65535, 65535 }, { 94, 1126, 65535 }, { 65535, 65535, 65535 }, { 108, 1514, 65535 },
	{ 171, 3025, 65535 }, { 455, 5811, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 161, 2807, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 159, 2748, 65535 }, { 605, 6898, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 106, 1445, 65535 }, { 134, 2173, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 303, 4670, 65535 }, { 597, 6845, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 438, 5706, 65535 },
	{ 36, 177, 110 }, { 72, 573, 65535 }, { 672, 7356, 65535 }, { 65535, 65535, 65535 },
	{ 357, 5078, 549 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 88, 975, 65535 },
	{ 65535, 65535, 65535 }, { 480, 5956, 65535 }, { 65535, 65535, 65535 }, { 117, 1751, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 648, 7191, 65535 },
	{ 422, 5596, 606 }, { 98, 1240, 65535 }, { 87, 945, 65535 }, { 530, 6320, 65535 },
	{ 445, 5747, 65535 }, { 65535, 65535, 65535 }, { 305, 4694, 65535 }, { 313, 4744, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 176, 56 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 112, 1585, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 169, 2953, 65535 }, { 251, 4254, 65535 },
	{ 65535, 65535, 65535 }, { 547, 6467, 721 }, { 92, 1090, 273 }, { 36, 176, 86 },
	{ 34, 142, 65535 }, { 183, 3345, 65535 }, { 162, 2840, 65535 }, { 559, 6561, 65535 },
	{ 601, 6866, 65535 }, { 175, 3125, 65535 }, { 242, 4187, 65535 }, { 374, 5185, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 635, 7122, 973 }, { 41, 223, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 36, 176, 84 }, { 384, 5255, 65535 }, { 459, 5835, 65535 }, { 516, 6214, 65535 },
	{ 65535, 65535, 65535 }, { 123, 1899, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 91, 1064, 65535 }, { 158, 2728, 65535 }, { 65535, 65535, 65535 },
	{ 165, 2891, 65535 }, { 65535, 65535, 65535 }, { 560, 6567, 729 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 423, 5610, 612 }, { 65535, 65535, 65535 },
	{ 479, 5948, 65535 }, { 193, 3613, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 100, 1290, 65535 }, { 387, 5281, 65535 }, { 65535, 65535, 65535 }, { 131, 2100, 65535 },
	{ 279, 4498, 65535 }, { 65535, 65535, 65535 }, { 595, 6836, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 277, 4477, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 69, 529, 65535 },
	{ 538, 6387, 682 }, { 550, 6490, 65535 }, { 668, 7337, 65535 }, { 188, 3499, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 176, 97 },
	{ 180, 3246, 65535 }, { 110, 1551, 65535 }, { 356, 5072, 65535 }, { 238, 4163, 65535 },
	{ 65535, 65535, 65535 }, { 408, 5490, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 171, 3000, 65535 }, { 39, 202, 65535 }, { 60, 354, 236 },
	{ 65535, 65535, 65535 }, { 136, 2254, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 373, 5180, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 66, 445, 246 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 176, 73 },
	{ 133, 2160, 65535 }, { 65535, 65535, 65535 }, { 237, 4159, 461 }, { 65535, 65535, 65535 },
	{ 123, 1895, 316 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 181, 3269, 65535 }, { 98, 1233, 65535 }, { 116, 1727, 65535 }, { 125, 1963, 65535 },
	{ 205, 3853, 65535 }, { 587, 6771, 65535 }, { 337, 4942, 65535 }, { 421, 5588, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 515, 6205, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 173, 19 },
	{ 165, 2899, 65535 }, { 65535, 65535, 65535 }, { 235, 4140, 65535 }, { 65535, 65535, 65535 },
	{ 195, 3637, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 36, 160, 65535 }, { 65535, 65535, 65535 }, { 82, 789, 65535 }, { 154, 2645, 65535 },
	{ 144, 2464, 341 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 133, 2152, 65535 },
	{ 594, 6821, 839 }, { 65535, 65535, 65535 }, { 357, 5077, 65535 }, { 65535, 65535, 65535 },
	{ 204, 3795, 65535 }, { 390, 5307, 65535 }, { 65535, 65535, 65535 }, { 203, 3773, 65535 },
	{ 252, 4271, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 172, 3042, 65535 },
	{ 266, 4367, 65535 }, { 559, 6546, 65535 }, { 658, 7241, 65535 }, { 65535, 65535, 65535 },
	{ 313, 4743, 65535 }, { 65535, 65535, 65535 }, { 283, 4535, 65535 }, { 445, 5748, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 173, 43 }, { 65535, 65535, 65535 },
	{ 219, 4025, 444 }, { 30, 104, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 124, 1908, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 242, 4186, 65535 }, { 373, 5181, 65535 }, { 374, 5186, 65535 },
	{ 300, 4657, 65535 }, { 65535, 65535, 65535 }, { 294, 4622, 65535 }, { 65535, 65535, 65535 },
	{ 152, 2613, 65535 }, { 65535, 65535, 65535 }, { 78, 701, 65535 }, { 65535, 65535, 65535 },
	{ 142, 2383, 65535 }, { 184, 3368, 381 }, { 187, 3446, 65535 }, { 104, 1392, 65535 },
	{ 516, 6215, 65535 }, { 594, 6821, 815 }, { 65535, 65535, 65535 }, { 384, 5254, 65535 },
	{ 454, 5807, 65535 }, { 113, 1614, 65535 }, { 181, 3296, 65535 }, { 513, 6181, 65535 },
	{ 65535, 65535, 65535 }, { 55, 318, 65535 }, { 65535, 65535, 65535 }, { 71, 555, 65535 },
	{ 169, 2956, 65535 }, { 233, 4128, 65535 }, { 53, 298, 65535 }, { 209, 3961, 65535 },
	{ 304, 4680, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 116, 1717, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 538, 6389, 65535 },
	{ 517, 6228, 65535 }, { 65535, 65535, 65535 }, { 143, 2425, 337 }, { 168, 2937, 65535 },
	{ 232, 4112, 65535 }, { 373, 5179, 65535 }, { 526, 6286, 65535 }, { 611, 6939, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 200, 3714, 65535 },
	{ 65535, 65535, 65535 }, { 196, 3661, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 88, 972, 65535 }, { 455, 5810, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 132, 2131, 65535 }, { 65535, 65535, 65535 },
	{ 97, 1211, 65535 }, { 102, 1345, 65535 }, { 65535, 65535, 65535 }, { 682, 7434, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 127, 2014, 65535 }, { 161, 2808, 65535 },
	{ 203, 3786, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 597, 6844, 65535 }, { 303, 4671, 65535 }, { 540, 6400, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 201, 3739, 65535 }, { 449, 5772, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 159, 2745, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 145, 2498, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 628, 7070, 65535 },
	{ 106, 1441, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 671, 7355, 65535 }, { 272, 4411, 481 }, { 347, 5022, 65535 },
	{ 65535, 65535, 65535 }, { 121, 1861, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 425, 5619, 65535 }, { 65535, 65535, 65535 }, { 666, 7327, 65535 }, { 65535, 65535, 65535 },
	{ 307, 4703, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 194, 3624, 65535 }, { 65535, 65535, 65535 },
	{ 560, 6566, 65535 }, { 188, 3506, 65535 }, { 65535, 65535, 65535 }, { 382, 5243, 65535 },
	{ 84, 865, 65535 }, { 65535, 65535, 65535 }, { 567, 6618, 65535 }, { 65535, 65535, 65535 },
	{ 547, 6473, 65535 }, { 65535, 65535, 65535 }, { 165, 2883, 65535 }, { 192, 3580, 65535 },
	{ 594, 6821, 848 }, { 672, 7362, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 176, 81 }, { 247, 4226, 65535 },
	{ 507, 6140, 65535 }, { 579, 6710, 65535 }, { 90, 1030, 65535 }, { 36, 162, 65535 },
	{ 69, 531, 65535 }, { 416, 5551, 65535 }, { 542, 6419, 65535 }, { 496, 6057, 65535 },
	{ 65535, 65535, 65535 }, { 236, 4143, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 340, 4979, 65535 }, { 409, 5505, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 158, 2741, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 36, 170, 65535 }, { 65535, 65535, 65535 }, { 94, 1118, 65535 },
	{ 569, 6641, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 515, 6212, 65535 },
	{ 65535, 65535, 65535 }, { 638, 7134, 65535 }, { 506, 6132, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 197, 3675, 65535 }, { 249, 4237, 65535 },
	{ 635, 7122, 979 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 141, 2360, 65535 },
	{ 157, 2710, 65535 }, { 65535, 65535, 65535 }, { 593, 6812, 65535 }, { 65535, 65535, 65535 },
	{ 648, 7190, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 87, 964, 65535 }, { 627, 7065, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 87, 968, 65535 }, { 146, 2517, 65535 },
	{ 9, 19, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 123, 1887, 65535 }, { 365, 5127, 65535 }, { 65535, 65535, 65535 },
	{ 23, 57, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 117, 1745, 65535 }, { 559, 6551, 65535 }, { 220, 4030, 65535 },
	{ 364, 5117, 65535 }, { 130, 2087, 65535 }, { 577, 6694, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 139, 2318, 65535 }, { 71, 566, 65535 }, { 581, 6720, 65535 },
	{ 397, 5389, 65535 }, { 153, 2632, 65535 }, { 645, 7177, 65535 }, { 68, 486, 65535 },
	{ 668, 7339, 65535 }, { 70, 542, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 162, 2839, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 130, 2079, 65535 },
	{ 356, 5071, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 293, 4612, 65535 },
	{ 65535, 65535, 65535 }, { 159, 2768, 65535 }, { 513, 6182, 65535 }, { 652, 7211, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 66, 450, 65535 },
	{ 132, 2142, 65535 }, { 185, 3386, 65535 }, { 25, 75, 65535 }, { 529, 6316, 651 },
	{ 146, 2516, 65535 }, { 174, 3091, 372 }, { 435, 5685, 65535 }, { 538, 6387, 680 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 126, 1982, 318 }, { 510, 6153, 65535 },
	{ 65535, 65535, 65535 }, { 23, 60, 65535 }, { 152, 2606, 65535 }, { 206, 3879, 65535 },
	{ 88, 1000, 65535 }, { 141, 2354, 65535 }, { 107, 1459, 65535 }, { 258, 4309, 65535 },
	{ 513, 6180, 65535 }, { 69, 526, 65535 }, { 160, 2789, 363 }, { 486, 5994, 65535 },
	{ 65535, 65535, 65535 }, { 114, 1641, 65535 }, { 190, 3541, 65535 }, { 91, 1063, 65535 },
	{ 65535, 65535, 65535 }, { 368, 5144, 65535 }, { 340, 4977, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 151, 2595, 65535 }, { 283, 4520, 65535 }, { 78, 672, 65535 },
	{ 185, 3399, 65535 }, { 81, 747, 65535 }, { 178, 3190, 65535 }, { 124, 1922, 65535 },
	{ 547, 6467, 717 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 174, 3105, 65535 },
	{ 65535, 65535, 65535 }, { 36, 173, 52 }, { 113, 1631, 65535 }, { 114, 1656, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 439, 5708, 65535 }, { 178, 3180, 65535 }, { 542, 6414, 65535 }, { 65535, 65535, 65535 },
	{ 80, 730, 65535 }, { 210, 3968, 65535 }, { 65535, 65535, 65535 }, { 173, 3068, 65535 },
	{ 212, 3987, 65535 }, { 676, 7388, 65535 }, { 65535, 65535, 65535 }, { 104, 1398, 65535 },
	{ 408, 5494, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 354, 5057, 65535 }, { 214, 3997, 65535 }, { 297, 4639, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 149, 2560, 65535 }, { 384, 5265, 65535 },
	{ 65535, 65535, 65535 }, { 161, 2820, 65535 }, { 139, 2309, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 36, 185, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 205, 3841, 65535 }, { 65535, 65535, 65535 }, { 69, 533, 65535 },
	{ 611, 6944, 65535 }, { 466, 5879, 65535 }, { 639, 7145, 65535 }, { 65535, 65535, 65535 },
	{ 323, 4836, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 174, 3088, 65535 },
	{ 65535, 65535, 65535 }, { 594, 6821, 834 }, { 65535, 65535, 65535 }, { 595, 6837, 65535 },
	{ 65535, 65535, 65535 }, { 506, 6131, 65535 }, { 595, 6834, 65535 }, { 592, 6803, 65535 },
	{ 318, 4793, 65535 }, { 388, 5283, 65535 }, { 142, 2394, 65535 }, { 474, 5925, 65535 },
	{ 638, 7135, 65535 }, { 136, 2252, 65535 }, { 65535, 65535, 65535 }, { 113, 1598, 65535 },
	{ 38, 200, 206 }, { 664, 7298, 65535 }, { 65535, 65535, 65535 }, { 560, 6567, 727 },
	{ 184, 3354, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 648, 7189, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 547, 6461, 714 }, { 246, 4213, 65535 },
	{ 65535, 65535, 65535 }, { 205, 3857, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 104, 1401, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 577, 6693, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 89, 1019, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 317, 4772, 65535 }, { 650, 7202, 65535 },
	{ 65535, 65535, 65535 }, { 243, 4195, 65535 }, { 65535, 65535, 65535 }, { 178, 3189, 65535 },
	{ 65535, 65535, 65535 }, { 259, 4314, 65535 }, { 65535, 65535, 65535 }, { 114, 1659, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 193, 3614, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 19, 39, 65535 }, { 65535, 65535, 65535 },
	{ 175, 3108, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 124, 1916, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 130, 2085, 65535 }, { 143, 2445, 65535 },
	{ 425, 5620, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 326, 4873, 65535 },
	{ 634, 7117, 904 }, { 65535, 65535, 65535 }, { 185, 3402, 65535 }, { 635, 7122, 938 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 33, 123, 65535 }, { 478, 5946, 65535 },
	{ 606, 6908, 65535 }, { 567, 6619, 65535 }, { 65535, 65535, 65535 }, { 594, 6821, 820 },
	{ 53, 302, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 85, 888, 65535 }, { 547, 6475, 723 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 90, 1029, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 251, 4257, 65535 },
	{ 65535, 65535, 65535 }, { 104, 1384, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 496, 6058, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 107, 1478, 65535 },
	{ 65535, 65535, 65535 }, { 283, 4521, 65535 }, { 151, 2594, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 662, 7271, 65535 },
	{ 149, 2563, 65535 }, { 207, 3899, 65535 }, { 65535, 65535, 65535 }, { 634, 7117, 918 },
	{ 82, 793, 65535 }, { 117, 1733, 65535 }, { 224, 4052, 458 }, { 345, 5008, 65535 },
	{ 65535, 65535, 65535 }, { 36, 173, 24 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 139, 2306, 65535 }, { 65535, 65535, 65535 }, { 49, 281, 65535 }, { 126, 1988, 65535 },
	{ 192, 3572, 65535 }, { 275, 4437, 65535 }, { 90, 1034, 65535 }, { 67, 465, 65535 },
	{ 80, 729, 65535 }, { 132, 2132, 65535 }, { 65535, 65535, 65535 }, { 219, 4025, 440 },
	{ 65535, 65535, 65535 }, { 78, 675, 65535 }, { 526, 6292, 65535 }, { 173, 3066, 65535 },
	{ 217, 4014, 65535 }, { 65535, 65535, 65535 }, { 346, 5017, 65535 }, { 65535, 65535, 65535 },
	{ 36, 179, 158 }, { 115, 1702, 65535 }, { 65535, 65535, 65535 }, { 33, 126, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 87, 958, 65535 }, { 354, 5058, 65535 },
	{ 591, 6789, 65535 }, { 345, 5012, 65535 }, { 120, 1835, 312 }, { 65535, 65535, 65535 },
	{ 399, 5426, 65535 }, { 222, 4041, 65535 }, { 65535, 65535, 65535 }, { 188, 3471, 65535 },
	{ 306, 4700, 65535 }, { 316, 4771, 65535 }, { 195, 3645, 65535 }, { 210, 3965, 65535 },
	{ 81, 777, 65535 }, { 121, 1854, 65535 }, { 295, 4628, 65535 }, { 65535, 65535, 65535 },
	{ 404, 5466, 65535 }, { 65535, 65535, 65535 }, { 449, 5769, 65535 }, { 474, 5927, 65535 },
	{ 518, 6237, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 364, 5116, 65535 },
	{ 162, 2825, 65535 }, { 65535, 65535, 65535 }, { 70, 543, 65535 }, { 545, 6442, 65535 },
	{ 680, 7422, 65535 }, { 200, 3715, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 120, 1829, 65535 }, { 245, 4212, 65535 }, { 65535, 65535, 65535 }, { 36, 179, 161 },
	{ 262, 4350, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 520, 6245, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 293, 4611, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 136, 2224, 65535 }, { 219, 4024, 65535 }, { 553, 6510, 65535 }, { 666, 7328, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 91, 1049, 65535 },
	{ 433, 5676, 65535 }, { 676, 7387, 65535 }, { 65535, 65535, 65535 }, { 378, 5212, 65535 },
	{ 65535, 65535, 65535 }, { 68, 483, 65535 }, { 95, 1172, 65535 }, { 96, 1199, 65535 },
	{ 276, 4442, 65535 }, { 435, 5684, 65535 }, { 65535, 65535, 65535 }, { 141, 2355, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 136, 2247, 65535 }, { 65535, 65535, 65535 }, { 160, 2791, 65535 }, { 36, 173, 38 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 307, 4706, 65535 }, { 185, 3406, 65535 }, { 634, 7117, 910 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 22, 45, 65535 },
	{ 505, 6122, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 140, 2334, 65535 }, { 86, 930, 65535 }, { 185, 3387, 65535 }, { 211, 3981, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 114, 1642, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 114, 1663, 65535 }, { 503, 6106, 65535 }, { 336, 4940, 65535 }, { 180, 3225, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 93, 1097, 65535 }, { 434, 5679, 65535 },
	{ 93, 1116, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 89, 1009, 65535 }, { 325, 4862, 65535 }, { 564, 6588, 764 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 576, 6688, 65535 }, { 651, 7205, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 109, 1530, 65535 }, { 282, 4514, 65535 }, { 165, 2897, 65535 }, { 36, 176, 90 },
	{ 208, 3941, 65535 }, { 36, 177, 120 }, { 234, 4136, 65535 }, { 422, 5594, 65535 },
	{ 621, 7014, 65535 }, { 232, 4115, 65535 }, { 676, 7386, 65535 }, { 65535, 65535, 65535 },
	{ 101, 1329, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 635, 7122, 963 },
	{ 68, 499, 250 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 424, 5614, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 162, 2848, 65535 }, { 108, 1500, 65535 },
	{ 22, 52, 65535 }, { 70, 551, 65535 }, { 292, 4606, 65535 }, { 93, 1111, 65535 },
	{ 132, 2124, 65535 }, { 620, 7008, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 173, 27 },
	{ 65535, 65535, 65535 }, { 231, 4109, 65535 }, { 580, 6713, 65535 }, { 190, 3527, 65535 },
	{ 353, 5052, 65535 }, { 65535, 65535, 65535 }, { 547, 6463, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 85, 896, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 36, 176, 72 }, { 315, 4765, 65535 }, { 65535, 65535, 65535 }, { 438, 5702, 65535 },
	{ 407, 5488, 596 }, { 134, 2169, 65535 }, { 69, 516, 65535 }, { 495, 6052, 65535 },
	{ 23, 63, 65535 }, { 160, 2792, 65535 }, { 179, 3200, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 150, 2587, 65535 }, { 363, 5111, 65535 }, { 65535, 65535, 65535 },
	{ 141, 2378, 65535 }, { 193, 3615, 65535 }, { 65535, 65535, 65535 }, { 116, 1725, 65535 },
	{ 94, 1147, 277 }, { 152, 2617, 65535 }, { 194, 3632, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 509, 6148, 65535 }, { 143, 2419, 65535 },
	{ 65535, 65535, 65535 }, { 42, 228, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 515, 6208, 65535 }, { 174, 3090, 65535 }, { 152, 2612, 65535 }, { 27, 89, 65535 },
	{ 556, 6526, 65535 }, { 630, 7095, 65535 }, { 65535, 65535, 65535 }, { 167, 2928, 65535 },
	{ 65535, 65535, 65535 }, { 79, 709, 65535 }, { 215, 4004, 65535 }, { 447, 5760, 65535 },
	{ 117, 1773, 65535 }, { 201, 3746, 65535 }, { 367, 5138, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 485, 5981, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 200, 3705, 65535 }, { 132, 2133, 65535 }, { 225, 4067, 65535 },
	{ 182, 3322, 65535 }, { 36, 179, 162 }, { 94, 1156, 65535 }, { 560, 6565, 65535 },
	{ 594, 6821, 823 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 39, 209, 65535 }, { 85, 902, 65535 }, { 92, 1082, 65535 }, { 149, 2569, 65535 },
	{ 47, 259, 65535 }, { 627, 7060, 65535 }, { 675, 7381, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 171, 3021, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 296, 4633, 65535 }, { 129, 2039, 65535 }, { 150, 2580, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 325, 4857, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 637, 7130, 65535 },
	{ 130, 2078, 65535 }, { 65535, 65535, 65535 }, { 119, 1808, 65535 }, { 672, 7360, 65535 },
	{ 70, 546, 65535 }, { 83, 823, 65535 }, { 415, 5543, 65535 }, { 154, 2635, 65535 },
	{ 439, 5712, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 127, 2015, 65535 }, { 566, 6597, 65535 }, { 396, 5372, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 317, 4780, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 104, 1409, 65535 }, { 140, 2327, 65535 },
	{ 112, 1578, 65535 }, { 172, 3035, 65535 }, { 181, 3279, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 171, 3010, 369 }, { 80, 739, 65535 }, { 183, 3338, 65535 }, { 65535, 65535, 65535 },
	{ 83, 809, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 55, 315, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 383, 5249, 65535 }, { 65535, 65535, 65535 },
	{ 69, 512, 65535 }, { 81, 758, 65535 }, { 101, 1316, 65535 }, { 219, 4025, 415 },
	{ 261, 4342, 65535 }, { 297, 4642, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 424, 5615, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 167, 2917, 65535 },
	{ 103, 1363, 65535 }, { 386, 5277, 65535 }, { 66, 417, 65535 }, { 111, 1563, 65535 },
	{ 161, 2821, 65535 }, { 634, 7117, 896 }, { 65535, 65535, 65535 }, { 292, 4605, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 132, 2122, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 192, 3579, 65535 }, { 99, 1280, 65535 }, { 398, 5397, 65535 }, { 491, 6022, 65535 },
	{ 82, 796, 65535 }, { 232, 4117, 65535 }, { 322, 4824, 516 }, { 174, 3072, 65535 },
	{ 353, 5053, 65535 }, { 79, 712, 65535 }, { 124, 1918, 65535 }, { 479, 5952, 633 },
	{ 573, 6667, 65535 }, { 65535, 65535, 65535 }, { 493, 6041, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 325, 4864, 65535 }, { 148, 2556, 65535 },
	{ 594, 6827, 65535 }, { 115, 1681, 65535 }, { 118, 1799, 311 }, { 495, 6053, 65535 },
	{ 65535, 65535, 65535 }, { 32, 113, 65535 }, { 156, 2689, 65535 }, { 121, 1860, 65535 },
	{ 137, 2269, 65535 }, { 190, 3530, 65535 }, { 303, 4673, 65535 }, { 132, 2128, 323 },
	{ 297, 4643, 500 }, { 363, 5110, 65535 }, { 99, 1279, 65535 }, { 498, 6073, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 323, 4832, 65535 },
	{ 505, 6121, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 374, 5190, 65535 },
	{ 189, 3512, 65535 }, { 505, 6128, 65535 }, { 77, 656, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 174, 3094, 65535 }, { 65535, 65535, 65535 },
	{ 30, 105, 65535 }, { 96, 1203, 65535 }, { 65535, 65535, 65535 }, { 96, 1196, 65535 },
	{ 399, 5418, 65535 }, { 65535, 65535, 65535 }, { 204, 3807, 65535 }, { 601, 6870, 65535 },
	{ 563, 6581, 65535 }, { 65535, 65535, 65535 }, { 109, 1527, 65535 }, { 661, 7260, 65535 },
	{ 65535, 65535, 65535 }, { 434, 5678, 65535 }, { 126, 1999, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 118, 1783, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 277, 4470, 65535 }, { 594, 6824, 65535 },
	{ 519, 6240, 65535 }, { 65535, 65535, 65535 }, { 403, 5457, 65535 }, { 117, 1771, 65535 },
	{ 576, 6687, 65535 }, { 104, 1396, 65535 }, { 601, 6873, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 222, 4045, 65535 }, { 66, 445, 245 }, { 256, 4299, 65535 },
	{ 502, 6099, 65535 }, { 65535, 65535, 65535 }, { 33, 129, 65535 }, { 128, 2036, 65535 },
	{ 282, 4515, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 180, 3222, 65535 }, { 538, 6387, 684 }, { 144, 2458, 65535 },
	{ 141, 2359, 333 }, { 590, 6782, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 492, 6034, 65535 }, { 637, 7129, 65535 }, { 65535, 65535, 65535 }, { 173, 3052, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 190, 3535, 65535 },
	{ 65535, 65535, 65535 }, { 547, 6454, 65535 }, { 65535, 65535, 65535 }, { 134, 2177, 65535 },
	{ 181, 3292, 65535 }, { 142, 2398, 65535 }, { 448, 5764, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 437, 5699, 65535 },
	{ 65535, 65535, 65535 }, { 566, 6596, 65535 }, { 65535, 65535, 65535 }, { 93, 1115, 65535 },
	{ 119, 1805, 65535 }, { 140, 2328, 65535 }, { 117, 1759, 65535 }, { 8, 17, 65535 },
	{ 207, 3907, 65535 }, { 220, 4028, 65535 }, { 306, 4697, 65535 }, { 174, 3093, 65535 },
	{ 188, 3493, 65535 }, { 421, 5587, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 656, 7233, 65535 },
	{ 665, 7304, 65535 }, { 582, 6732, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 206, 3875, 65535 }, { 187, 3461, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 29, 100, 65535 }, { 69, 513, 65535 },
	{ 136, 2248, 65535 }, { 142, 2395, 65535 }, { 36, 176, 95 }, { 377, 5202, 65535 },
	{ 27, 85, 65535 }, { 556, 6527, 65535 }, { 613, 6956, 65535 }, { 65535, 65535, 65535 },
	{ 193, 3607, 65535 }, { 394, 5348, 65535 }, { 65535, 65535, 65535 }, { 200, 3708, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 79, 708, 65535 }, { 181, 3280, 380 },
	{ 235, 4137, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 42, 229, 65535 },
	{ 634, 7117, 926 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 171, 3009, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 208, 3931, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 113, 1608, 65535 },
	{ 129, 2042, 65535 }, { 117, 1770, 65535 }, { 485, 5982, 65535 }, { 344, 5003, 65535 },
	{ 65535, 65535, 65535 }, { 610, 6938, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 221, 4036, 65535 }, { 65535, 65535, 65535 }, { 315, 4766, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 38, 199, 65535 }, { 627, 7061, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 122, 1880, 65535 }, { 566, 6612, 65535 }, { 65535, 65535, 65535 },
	{ 99, 1276, 65535 }, { 88, 996, 65535 }, { 131, 2104, 65535 }, { 366, 5134, 65535 },
	{ 65535, 65535, 65535 }, { 164, 2865, 65535 }, { 680, 7426, 65535 }, { 174, 3091, 374 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 219, 4025, 456 },
	{ 182, 3307, 65535 }, { 150, 2579, 65535 }, { 102, 1333, 65535 }, { 326, 4879, 65535 },
	{ 65535, 65535, 65535 }, { 560, 6562, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 89, 1005, 65535 }, { 343, 4995, 65535 }, { 622, 7026, 864 }, { 65535, 65535, 65535 },
	{ 49, 277, 65535 }, { 65535, 65535, 65535 }, { 192, 3564, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 36, 177, 155 }, { 340, 4978, 65535 }, { 176, 3139, 65535 },
	{ 36, 177, 144 }, { 398, 5405, 581 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 140, 2331, 65535 }, { 631, 7097, 65535 }, { 135, 2196, 65535 }, { 65535, 65535, 65535 },
	{ 272, 4409, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 594, 6817, 65535 },
	{ 65535, 65535, 65535 }, { 121, 1847, 65535 }, { 682, 7438, 65535 }, { 65535, 65535, 65535 },
	{ 36, 173, 18 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 635, 7122, 967 }, { 65535, 65535, 65535 }, { 83, 817, 65535 }, { 128, 2030, 65535 },
	{ 233, 4125, 65535 }, { 489, 6006, 65535 }, { 591, 6796, 65535 }, { 65535, 65535, 65535 },
	{ 103, 1378, 65535 }, { 65535, 65535, 65535 }, { 173, 3071, 65535 }, { 120, 1826, 65535 },
	{ 414, 5535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 94, 1128, 65535 }, { 169, 2965, 65535 }, { 538, 6387, 701 }, { 180, 3229, 65535 },
	{ 194, 3630, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 36, 177, 108 }, { 65535, 65535, 65535 }, { 164, 2879, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 29, 98, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 262, 4345, 65535 }, { 130, 2073, 65535 }, { 284, 4546, 65535 },
	{ 594, 6821, 805 }, { 65535, 65535, 65535 }, { 199, 3696, 65535 }, { 123, 1896, 65535 },
	{ 418, 5565, 65535 }, { 161, 2812, 65535 }, { 162, 2832, 65535 }, { 65535, 65535, 65535 },
	{ 594, 6821, 830 }, { 174, 3095, 65535 }, { 191, 3553, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 493, 6040, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 188, 3491, 390 }, { 170, 2976, 65535 },
	{ 525, 6282, 65535 }, { 276, 4439, 65535 }, { 447, 5762, 65535 }, { 575, 6685, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 394, 5337, 65535 }, { 297, 4643, 502 },
	{ 112, 1587, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 160, 2773, 65535 },
	{ 451, 5785, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 333, 4920, 65535 }, { 65535, 65535, 65535 }, { 525, 6283, 65535 }, { 201, 3732, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 91, 1057, 65535 }, { 465, 5872, 65535 },
	{ 99, 1250, 65535 }, { 220, 4033, 65535 }, { 347, 5018, 65535 }, { 538, 6387, 683 },
	{ 65535, 65535, 65535 }, { 394, 5329, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 92, 1074, 65535 }, { 65535, 65535, 65535 }, { 664, 7292, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 124, 1928, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 205, 3832, 65535 }, { 609, 6925, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 54, 309, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 180, 3259, 65535 },
	{ 617, 6987, 65535 }, { 65535, 65535, 65535 }, { 111, 1574, 65535 }, { 145, 2489, 65535 },
	{ 65535, 65535, 65535 }, { 388, 5286, 65535 }, { 323, 4826, 65535 }, { 65535, 65535, 65535 },
	{ 38, 200, 208 }, { 63, 369, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 200, 3724, 65535 },
	{ 113, 1630, 65535 }, { 465, 5870, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 163, 2858, 65535 }, { 36, 173, 34 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 569, 6633, 65535 },
	{ 84, 870, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 134, 2161, 65535 },
	{ 157, 2716, 65535 }, { 38, 200, 178 }, { 65535, 65535, 65535 }, { 36, 173, 9 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 93, 1105, 65535 }, { 475, 5930, 65535 }, { 179, 3218, 65535 }, { 436, 5693, 65535 },
	{ 65535, 65535, 65535 }, { 231, 4108, 65535 }, { 65535, 65535, 65535 }, { 407, 5487, 65535 },
	{ 65535, 65535, 65535 }, { 297, 4643, 498 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 155, 2661, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 682, 7441, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 594, 6821, 814 }, { 86, 936, 65535 },
	{ 536, 6368, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 120, 1831, 65535 }, { 404, 5461, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 407, 5488, 594 },
	{ 83, 841, 65535 }, { 94, 1140, 65535 }, { 582, 6737, 65535 }, { 35, 150, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 79, 721, 65535 }, { 87, 961, 65535 },
	{ 471, 5910, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 108, 1519, 65535 },
	{ 65535, 65535, 65535 }, { 678, 7397, 65535 }, { 145, 2491, 65535 }, { 182, 3326, 65535 },
	{ 546, 6445, 65535 }, { 621, 7010, 65535 }, { 114, 1666, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 429, 5646, 65535 }, { 65535, 65535, 65535 },
	{ 146, 2520, 65535 }, { 326, 4874, 65535 }, { 459, 5838, 65535 }, { 607, 6910, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 138, 2280, 65535 }, { 566, 6607, 768 }, { 641, 7153, 65535 },
	{ 65535, 65535, 65535 }, { 170, 2979, 65535 }, { 160, 2789, 358 }, { 184, 3363, 65535 },
	{ 65535, 65535, 65535 }, { 130, 2072, 65535 }, { 160, 2770, 65535 }, { 174, 3091, 370 },
	{ 262, 4346, 65535 }, { 333, 4923, 537 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 99, 1253, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 12, 24, 65535 }, { 67, 459, 65535 }, { 191, 3554, 65535 },
	{ 202, 3754, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 318, 4785, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 245, 4207, 65535 }, { 65535, 65535, 65535 },
	{ 209, 3947, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 164, 2873, 65535 },
	{ 570, 6643, 65535 }, { 134, 2175, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 201, 3731, 65535 }, { 65535, 65535, 65535 }, { 190, 3546, 65535 }, { 167, 2929, 65535 },
	{ 333, 4921, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 81, 753, 65535 }, { 182, 3321, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 113, 1610, 65535 }, { 659, 7249, 65535 }, { 131, 2091, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 343, 4994, 65535 }, { 65535, 65535, 65535 },
	{ 219, 4025, 450 }, { 574, 6674, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 49, 278, 65535 },
	{ 429, 5650, 65535 }, { 463, 5861, 622 }, { 192, 3578, 65535 }, { 65535, 65535, 65535 },
	{ 499, 6078, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 272, 4408, 65535 },
	{ 39, 203, 65535 }, { 142, 2397, 65535 }, { 634, 7117, 908 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 89, 1002, 65535 }, { 201, 3741, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 357, 5074, 65535 }, { 610, 6933, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 167, 2925, 367 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 142, 2390, 65535 },
	{ 195, 3648, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 120, 1827, 65535 }, { 124, 1937, 65535 }, { 404, 5462, 65535 }, { 414, 5534, 65535 },
	{ 65535, 65535, 65535 }, { 121, 1859, 65535 }, { 102, 1352, 291 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 428, 5637, 65535 }, { 86, 921, 65535 }, { 67, 476, 65535 },
	{ 618, 6997, 65535 }, { 39, 205, 65535 }, { 145, 2493, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 475, 5929, 65535 }, { 65535, 65535, 65535 },
	{ 181, 3285, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 385, 5270, 65535 },
	{ 528, 6308, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 286, 4563, 65535 },
	{ 456, 5820, 65535 }, { 126, 1980, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 536, 6369, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 123, 1906, 65535 }, { 70, 548, 65535 }, { 662, 7274, 65535 }, { 65535, 65535, 65535 },
	{ 560, 6567, 726 }, { 65535, 65535, 65535 }, { 628, 7074, 65535 }, { 404, 5460, 65535 },
	{ 219, 4025, 409 }, { 144, 2450, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 185, 3398, 65535 }, { 65535, 65535, 65535 }, { 38, 200, 201 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 546, 6444, 65535 }, { 82, 780, 65535 }, { 678, 7398, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 376, 5200, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 153, 2622, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 157, 2717, 65535 }, { 65535, 65535, 65535 },
	{ 215, 4000, 65535 }, { 65535, 65535, 65535 }, { 579, 6712, 792 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 114, 1655, 65535 }, { 607, 6911, 65535 }, { 65535, 65535, 65535 },
	{ 279, 4496, 65535 }, { 174, 3080, 65535 }, { 72, 582, 65535 }, { 399, 5419, 65535 },
	{ 564, 6588, 758 }, { 65535, 65535, 65535 }, { 394, 5330, 65535 }, { 275, 4438, 485 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 73, 584, 65535 }, { 91, 1065, 65535 },
	{ 117, 1739, 65535 }, { 588, 6777, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 617, 6986, 65535 }, { 391, 5314, 569 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 103, 1371, 65535 }, { 666, 7308, 65535 },
	{ 65535, 65535, 65535 }, { 184, 3364, 65535 }, { 231, 4107, 65535 }, { 323, 4827, 65535 },
	{ 453, 5801, 65535 }, { 635, 7122, 935 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 39, 208, 65535 }, { 162, 2841, 65535 }, { 59, 345, 65535 }, { 137, 2273, 65535 },
	{ 532, 6349, 65535 }, { 65535, 65535, 65535 }, { 546, 6447, 712 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 206, 3883, 65535 }, { 465, 5871, 65535 },
	{ 65535, 65535, 65535 }, { 118, 1801, 65535 }, { 65535, 65535, 65535 }, { 2, 4, 65535 },
	{ 77, 642, 65535 }, { 185, 3409, 65535 }, { 97, 1223, 65535 }, { 277, 4469, 65535 },
	{ 65535, 65535, 65535 }, { 117, 1756, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 129, 2046, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 276, 4461, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 535, 6363, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 203, 3788, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 79, 703, 65535 }, { 579, 6708, 65535 }, { 521, 6250, 65535 }, { 96, 1189, 65535 },
	{ 628, 7072, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 566, 6611, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 58, 340, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 118, 1791, 65535 }, { 65535, 65535, 65535 }, { 464, 5865, 65535 },
	{ 261, 4328, 65535 }, { 533, 6356, 65535 }, { 65535, 65535, 65535 }, { 128, 2037, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 29, 96, 65535 }, { 167, 2921, 65535 },
	{ 200, 3711, 65535 }, { 450, 5781, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 307, 4708, 65535 },
	{ 479, 5952, 635 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 167, 2913, 65535 }, { 36, 177, 133 },
	{ 82, 799, 65535 }, { 144, 2470, 65535 }, { 153, 2631, 65535 }, { 160, 2779, 65535 },
	{ 414, 5539, 65535 }, { 450, 5776, 65535 }, { 593, 6813, 65535 }, { 606, 6903, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 129, 2045, 65535 },
	{ 150, 2574, 65535 }, { 203, 3785, 396 }, { 65535, 65535, 65535 }, { 140, 2325, 65535 },
	{ 616, 6976, 65535 }, { 308, 4712, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 77, 666, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 169, 2974, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 561, 6571, 739 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 91, 1048, 65535 }, { 156, 2693, 65535 }, { 65535, 65535, 65535 },
	{ 69, 510, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 188, 3486, 65535 },
	{ 379, 5219, 65535 }, { 180, 3254, 65535 }, { 538, 6388, 65535 }, { 545, 6435, 65535 },
	{ 413, 5532, 65535 }, { 398, 5411, 65535 }, { 38, 200, 192 }, { 119, 1810, 65535 },
	{ 463, 5863, 65535 }, { 677, 7392, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 117, 1744, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 71, 568, 65535 }, { 237, 4155, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 143, 2438, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 102, 1350, 65535 }, { 126, 1996, 65535 }, { 162, 2824, 65535 }, { 48, 263, 65535 },
	{ 102, 1346, 65535 }, { 349, 5033, 65535 }, { 682, 7444, 65535 }, { 65535, 65535, 65535 },
	{ 95, 1159, 65535 }, { 65535, 65535, 65535 }, { 159, 2766, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 71, 560, 65535 }, { 383, 5251, 65535 }, { 350, 5038, 65535 },
	{ 65535, 65535, 65535 }, { 119, 1814, 65535 }, { 403, 5454, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 170, 2985, 65535 }, { 169, 2962, 65535 }, { 182, 3313, 65535 },
	{ 22, 54, 65535 }, { 65535, 65535, 65535 }, { 184, 3355, 65535 }, { 65535, 65535, 65535 },
	{ 109, 1532, 65535 }, { 120, 1841, 65535 }, { 65535, 65535, 65535 }, { 166, 2903, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 146, 2511, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 118, 1795, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 251, 4251, 65535 }, { 391, 5315, 65535 },
	{ 65535, 65535, 65535 }, { 24, 64, 65535 }, { 113, 1599, 65535 }, { 131, 2097, 65535 },
	{ 65535, 65535, 65535 }, { 348, 5027, 65535 }, { 226, 4076, 65535 }, { 381, 5236, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 75, 618, 65535 }, { 65535, 65535, 65535 },
	{ 202, 3762, 65535 }, { 65535, 65535, 65535 }, { 158, 2734, 65535 }, { 474, 5924, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 28, 93, 65535 },
	{ 233, 4124, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 180, 3227, 65535 },
	{ 76, 633, 65535 }, { 377, 5209, 556 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 261, 4341, 65535 }, { 423, 5605, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 145, 2490, 65535 }, { 322, 4822, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 653, 7216, 65535 }, { 65535, 65535, 65535 },
	{ 408, 5496, 65535 }, { 65535, 65535, 65535 }, { 190, 3533, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 359, 5087, 65535 }, { 181, 3288, 65535 },
	{ 65535, 65535, 65535 }, { 558, 6542, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 36, 177, 115 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 332, 4915, 65535 }, { 106, 1435, 65535 }, { 337, 4948, 65535 }, { 511, 6160, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 680, 7427, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 133, 2159, 65535 }, { 194, 3631, 65535 }, { 393, 5323, 65535 }, { 65535, 65535, 65535 },
	{ 136, 2251, 65535 }, { 168, 2947, 65535 }, { 171, 3026, 65535 }, { 582, 6729, 65535 },
	{ 673, 7367, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 261, 4326, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 152, 2605, 65535 }, { 210, 3978, 65535 }, { 78, 682, 65535 }, { 616, 6975, 65535 },
	{ 532, 6345, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 186, 3427, 65535 },
	{ 177, 3161, 65535 }, { 377, 5209, 558 }, { 115, 1691, 65535 }, { 602, 6877, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 80, 735, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 136, 2229, 65535 }, { 144, 2471, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 143, 2447, 65535 },
	{ 545, 6434, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 677, 7393, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 187, 3454, 65535 }, { 119, 1811, 65535 }, { 140, 2322, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 75, 621, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 416, 5553, 65535 }, { 65535, 65535, 65535 }, { 72, 583, 65535 },
	{ 65535, 65535, 65535 }, { 107, 1485, 65535 }, { 85, 903, 65535 }, { 477, 5941, 65535 },
	{ 531, 6327, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 299, 4651, 506 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 48, 264, 65535 }, { 65535, 65535, 65535 }, { 69, 507, 65535 }, { 65535, 65535, 65535 },
	{ 95, 1177, 65535 }, { 65535, 65535, 65535 }, { 99, 1262, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 535, 6364, 65535 }, { 122, 1877, 65535 }, { 389, 5291, 65535 },
	{ 85, 886, 65535 }, { 65535, 65535, 65535 }, { 219, 4025, 435 }, { 155, 2658, 65535 },
	{ 622, 7024, 65535 }, { 97, 1220, 65535 }, { 65535, 65535, 65535 }, { 45, 248, 65535 },
	{ 65535, 65535, 65535 }, { 58, 339, 65535 }, { 95, 1170, 65535 }, { 634, 7117, 923 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 405, 5475, 586 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 150, 2577, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 464, 5866, 65535 }, { 193, 3612, 65535 }, { 277, 4466, 65535 }, { 204, 3803, 65535 },
	{ 460, 5840, 65535 }, { 492, 6031, 65535 }, { 65535, 65535, 65535 }, { 200, 3710, 65535 },
	{ 682, 7448, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 106, 1451, 65535 }, { 239, 4172, 464 }, { 594, 6821, 850 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 79, 706, 65535 }, { 318, 4781, 65535 },
	{ 169, 2971, 65535 }, { 65535, 65535, 65535 }, { 606, 6904, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 613, 6954, 65535 },
	{ 129, 2044, 65535 }, { 207, 3904, 65535 }, { 431, 5662, 65535 }, { 81, 746, 65535 },
	{ 66, 453, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 176, 3126, 65535 }, { 103, 1376, 296 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 132, 2130, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 322, 4823, 65535 }, { 160, 2793, 65535 },
	{ 398, 5402, 65535 }, { 162, 2844, 65535 }, { 265, 4365, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 190, 3532, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 247, 4221, 65535 }, { 65535, 65535, 65535 }, { 427, 5634, 65535 }, { 65535, 65535, 65535 },
	{ 224, 4055, 65535 }, { 66, 444, 65535 }, { 192, 3574, 65535 }, { 36, 173, 54 },
	{ 450, 5779, 65535 }, { 400, 5437, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 332, 4914, 65535 },
	{ 167, 2920, 65535 }, { 194, 3625, 65535 }, { 105, 1410, 65535 }, { 284, 4547, 65535 },
	{ 36, 176, 65 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 622, 7026, 865 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 36, 179, 157 }, { 121, 1855, 65535 }, { 135, 2192, 65535 }, { 393, 5324, 65535 },
	{ 132, 2127, 65535 }, { 267, 4376, 65535 }, { 538, 6387, 697 }, { 295, 4632, 65535 },
	{ 261, 4325, 65535 }, { 630, 7093, 870 }, { 634, 7117, 882 }, { 65535, 65535, 65535 },
	{ 38, 200, 222 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 603, 6889, 65535 }, { 65535, 65535, 65535 }, { 123, 1888, 65535 },
	{ 517, 6231, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 111, 1573, 65535 },
	{ 181, 3297, 65535 }, { 67, 463, 65535 }, { 403, 5453, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 34, 130, 65535 },
	{ 109, 1533, 65535 }, { 204, 3813, 65535 }, { 233, 4122, 65535 }, { 266, 4370, 65535 },
	{ 440, 5716, 65535 }, { 471, 5908, 626 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 39, 206, 65535 }, { 317, 4778, 65535 },
	{ 485, 5987, 65535 }, { 251, 4252, 65535 }, { 260, 4323, 65535 }, { 480, 5957, 65535 },
	{ 592, 6798, 65535 }, { 604, 6893, 65535 }, { 187, 3437, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 385, 5269, 65535 },
	{ 65535, 65535, 65535 }, { 171, 3017, 65535 }, { 328, 4899, 65535 }, { 635, 7122, 947 },
	{ 660, 7259, 65535 }, { 113, 1615, 65535 }, { 416, 5549, 65535 }, { 474, 5923, 65535 },
	{ 545, 6436, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 180, 3228, 65535 }, { 663, 7275, 65535 }, { 96, 1201, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 116, 1708, 65535 },
	{ 65535, 65535, 65535 }, { 71, 554, 65535 }, { 667, 7332, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 517, 6230, 65535 }, { 566, 6606, 65535 }, { 65535, 65535, 65535 },
	{ 359, 5084, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 85, 892, 65535 }, { 373, 5173, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 372, 5170, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 88, 980, 65535 }, { 38, 200, 205 }, { 142, 2382, 65535 }, { 219, 4025, 437 },
	{ 596, 6841, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 57, 334, 228 }, { 430, 5651, 65535 },
	{ 160, 2781, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 594, 6826, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 607, 6914, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 112, 1594, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 288, 4577, 65535 }, { 65535, 65535, 65535 }, { 150, 2585, 65535 },
	{ 394, 5333, 65535 }, { 36, 164, 65535 }, { 65535, 65535, 65535 }, { 444, 5740, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 323, 4838, 65535 }, { 679, 7412, 65535 },
	{ 635, 7122, 968 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 140, 2345, 65535 }, { 586, 6763, 65535 }, { 65535, 65535, 65535 }, { 146, 2503, 65535 },
	{ 365, 5126, 65535 }, { 551, 6499, 65535 }, { 65535, 65535, 65535 }, { 36, 176, 102 },
	{ 66, 452, 65535 }, { 65535, 65535, 65535 }, { 454, 5804, 65535 }, { 88, 987, 65535 },
	{ 337, 4953, 65535 }, { 538, 6386, 65535 }, { 201, 3740, 65535 }, { 569, 6636, 779 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 184, 3369, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 217, 4010, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 383, 5248, 65535 }, { 95, 1167, 65535 }, { 116, 1724, 65535 },
	{ 515, 6196, 65535 }, { 632, 7105, 65535 }, { 681, 7431, 65535 }, { 65535, 65535, 65535 },
	{ 226, 4075, 65535 }, { 270, 4397, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 182, 3316, 65535 }, { 657, 7235, 65535 }, { 136, 2235, 65535 }, { 529, 6316, 656 },
	{ 75, 610, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 204, 3818, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 337, 4947, 65535 }, { 525, 6279, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 295, 4630, 65535 }, { 65535, 65535, 65535 }, { 418, 5568, 65535 }, { 65535, 65535, 65535 },
	{ 68, 499, 247 }, { 65535, 65535, 65535 }, { 598, 6853, 65535 }, { 265, 4364, 65535 },
	{ 113, 1626, 65535 }, { 384, 5264, 65535 }, { 65535, 65535, 65535 }, { 233, 4121, 65535 },
	{ 102, 1344, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 241, 4180, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 105, 1426, 65535 }, { 647, 7185, 65535 },
	{ 65535, 65535, 65535 }, { 4, 8, 65535 }, { 65535, 65535, 65535 }, { 120, 1824, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 103, 1375, 65535 }, { 78, 692, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 143, 2429, 65535 }, { 111, 1569, 65535 },
	{ 89, 1007, 65535 }, { 398, 5405, 580 }, { 65535, 65535, 65535 }, { 115, 1678, 65535 },
	{ 562, 6573, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 377, 5206, 550 },
	{ 65535, 65535, 65535 }, { 254, 4285, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 212, 3990, 400 }, { 115, 1699, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 312, 4739, 65535 }, { 65535, 65535, 65535 }, { 539, 6398, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 18, 37, 65535 }, { 169, 2967, 65535 }, { 491, 6020, 65535 },
	{ 633, 7107, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 203, 3772, 65535 }, { 204, 3796, 65535 }, { 671, 7354, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 130, 2067, 65535 },
	{ 160, 2775, 65535 }, { 162, 2838, 65535 }, { 167, 2926, 65535 }, { 491, 6017, 65535 },
	{ 538, 6387, 664 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 466, 5880, 65535 },
	{ 65535, 65535, 65535 }, { 126, 1973, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 133, 2153, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 155, 2671, 65535 }, { 91, 1062, 65535 },
	{ 65535, 65535, 65535 }, { 302, 4665, 65535 }, { 170, 2982, 65535 }, { 142, 2401, 65535 },
	{ 634, 7117, 888 }, { 156, 2690, 65535 }, { 416, 5556, 65535 }, { 462, 5856, 65535 },
	{ 635, 7122, 954 }, { 680, 7424, 65535 }, { 65535, 65535, 65535 }, { 374, 5189, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 201, 3726, 65535 }, { 36, 175, 65535 },
	{ 215, 4002, 65535 }, { 107, 1468, 65535 }, { 152, 2619, 65535 }, { 231, 4101, 65535 },
	{ 420, 5577, 65535 }, { 99, 1256, 65535 }, { 564, 6588, 763 }, { 204, 3819, 65535 },
	{ 197, 3670, 65535 }, { 65535, 65535, 65535 }, { 162, 2850, 65535 }, { 191, 3551, 65535 },
	{ 362, 5104, 65535 }, { 637, 7132, 65535 }, { 72, 574, 65535 }, { 92, 1087, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 586, 6764, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 440, 5713, 65535 }, { 661, 7264, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 454, 5803, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 36, 189, 65535 }, { 219, 4025, 423 }, { 65535, 65535, 65535 }, { 81, 763, 65535 },
	{ 594, 6821, 846 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 157, 2718, 65535 }, { 515, 6197, 65535 }, { 383, 5247, 65535 }, { 516, 6218, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 398, 5401, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 176, 83 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 325, 4856, 65535 }, { 630, 7093, 872 },
	{ 323, 4835, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 107, 1488, 65535 }, { 251, 4264, 65535 }, { 65535, 65535, 65535 }, { 657, 7236, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 369, 5150, 65535 }, { 176, 3151, 65535 },
	{ 525, 6278, 65535 }, { 664, 7285, 65535 }, { 65535, 65535, 65535 }, { 127, 2023, 319 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 251, 4269, 65535 }, { 65535, 65535, 65535 },
	{ 132, 2113, 65535 }, { 396, 5371, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 143, 2430, 65535 }, { 149, 2572, 65535 },
	{ 227, 4078, 65535 }, { 65535, 65535, 65535 }, { 667, 7331, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 373, 5174, 65535 },
	{ 65535, 65535, 65535 }, { 116, 1721, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 391, 5313, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 187, 3451, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 298, 4644, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 176, 3135, 65535 },
	{ 596, 6840, 65535 }, { 65535, 65535, 65535 }, { 189, 3516, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 144, 2464, 342 }, { 558, 6540, 65535 },
	{ 622, 7025, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 38, 198, 65535 }, { 79, 722, 65535 }, { 128, 2034, 65535 },
	{ 156, 2680, 65535 }, { 444, 5741, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 105, 1419, 65535 }, { 131, 2098, 65535 }, { 426, 5627, 65535 }, { 455, 5814, 65535 },
	{ 192, 3573, 65535 }, { 65535, 65535, 65535 }, { 147, 2540, 65535 }, { 628, 7073, 65535 },
	{ 65535, 65535, 65535 }, { 547, 6474, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 139, 2317, 65535 },
	{ 160, 2776, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 500, 6089, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 201, 3729, 65535 }, { 65535, 65535, 65535 }, { 85, 878, 65535 }, { 28, 91, 65535 },
	{ 191, 3548, 65535 }, { 272, 4413, 65535 }, { 114, 1645, 65535 }, { 632, 7106, 879 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 170, 2981, 65535 }, { 211, 3982, 65535 }, { 136, 2212, 65535 },
	{ 261, 4337, 468 }, { 302, 4666, 65535 }, { 582, 6739, 65535 }, { 643, 7166, 65535 },
	{ 583, 6743, 65535 }, { 65535, 65535, 65535 }, { 609, 6927, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 130, 2070, 65535 }, { 65535, 65535, 65535 }, { 174, 3096, 65535 },
	{ 65535, 65535, 65535 }, { 318, 4784, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 231, 4102, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65, 386, 65535 }, { 103, 1380, 65535 }, { 32, 120, 65535 }, { 113, 1616, 65535 },
	{ 294, 4623, 65535 }, { 65535, 65535, 65535 }, { 99, 1255, 65535 }, { 14, 28, 65535 },
	{ 435, 5688, 65535 }, { 65535, 65535, 65535 }, { 122, 1869, 65535 }, { 394, 5343, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 219, 4025, 453 },
	{ 36, 177, 135 }, { 241, 4179, 65535 }, { 207, 3889, 65535 }, { 65535, 65535, 65535 },
	{ 514, 6189, 65535 }, { 572, 6654, 65535 }, { 576, 6690, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 609, 6926, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 602, 6881, 65535 }, { 647, 7186, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 561, 6571, 738 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 108, 1507, 65535 }, { 65535, 65535, 65535 }, { 287, 4572, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 173, 50 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 335, 4934, 65535 }, { 65535, 65535, 65535 }, { 89, 1008, 65535 },
	{ 666, 7325, 65535 }, { 323, 4837, 65535 }, { 65535, 65535, 65535 }, { 143, 2413, 65535 },
	{ 99, 1274, 65535 }, { 193, 3598, 65535 }, { 547, 6453, 65535 }, { 634, 7117, 929 },
	{ 65535, 65535, 65535 }, { 120, 1821, 65535 }, { 65535, 65535, 65535 }, { 312, 4738, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 501, 6091, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 536, 6370, 65535 },
	{ 65535, 65535, 65535 }, { 182, 3323, 65535 }, { 65535, 65535, 65535 }, { 81, 760, 252 },
	{ 65535, 65535, 65535 }, { 36, 176, 77 }, { 153, 2623, 65535 }, { 94, 1134, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 115, 1677, 65535 }, { 129, 2062, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 440, 5718, 65535 },
	{ 65535, 65535, 65535 }, { 596, 6842, 855 }, { 71, 570, 65535 }, { 88, 977, 65535 },
	{ 40, 213, 65535 }, { 141, 2375, 65535 }, { 145, 2475, 65535 }, { 184, 3362, 65535 },
	{ 82, 781, 65535 }, { 271, 4404, 474 }, { 375, 5194, 65535 }, { 382, 5240, 65535 },
	{ 427, 5633, 65535 }, { 515, 6200, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 524, 6274, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 38, 200, 183 },
	{ 3, 6, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 290, 4597, 65535 }, { 379, 5226, 65535 },
	{ 85, 895, 65535 }, { 230, 4094, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 515, 6206, 65535 }, { 36, 177, 152 },
	{ 65535, 65535, 65535 }, { 180, 3238, 378 }, { 159, 2750, 65535 }, { 74, 591, 65535 },
	{ 161, 2805, 65535 }, { 453, 5798, 65535 }, { 569, 6631, 777 }, { 582, 6736, 65535 },
	{ 65535, 65535, 65535 }, { 433, 5672, 65535 }, { 160, 2784, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 134, 2171, 65535 }, { 382, 5244, 65535 }, { 341, 4987, 542 },
	{ 65535, 65535, 65535 }, { 632, 7102, 65535 }, { 65535, 65535, 65535 }, { 126, 1984, 65535 },
	{ 65, 398, 65535 }, { 81, 766, 65535 }, { 237, 4159, 460 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 301, 4659, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 169, 2959, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 34, 133, 65535 },
	{ 162, 2834, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 311, 4734, 65535 }, { 115, 1692, 65535 }, { 443, 5735, 65535 },
	{ 635, 7122, 976 }, { 65535, 65535, 65535 }, { 598, 6851, 65535 }, { 113, 1609, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 569, 6637, 65535 }, { 65535, 65535, 65535 }, { 561, 6568, 65535 }, { 91, 1059, 65535 },
	{ 65535, 65535, 65535 }, { 186, 3424, 65535 }, { 538, 6387, 703 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 180, 3250, 65535 }, { 240, 4175, 65535 }, { 65535, 65535, 65535 }, { 182, 3318, 65535 },
	{ 66, 428, 65535 }, { 372, 5167, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 419, 5572, 65535 }, { 113, 1617, 65535 }, { 586, 6768, 65535 }, { 106, 1453, 65535 },
	{ 433, 5670, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 86, 932, 65535 },
	{ 65535, 65535, 65535 }, { 131, 2090, 65535 }, { 181, 3264, 65535 }, { 198, 3684, 65535 },
	{ 207, 3909, 65535 }, { 65535, 65535, 65535 }, { 202, 3753, 65535 }, { 65535, 65535, 65535 },
	{ 229, 4091, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 511, 6165, 65535 },
	{ 423, 5608, 65535 }, { 65535, 65535, 65535 }, { 127, 2009, 65535 }, { 490, 6011, 65535 },
	{ 97, 1217, 65535 }, { 656, 7231, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 564, 6588, 761 }, { 600, 6865, 857 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 348, 5023, 65535 }, { 98, 1236, 65535 }, { 65535, 65535, 65535 },
	{ 90, 1041, 65535 }, { 635, 7122, 946 }, { 65535, 65535, 65535 }, { 504, 6116, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 125, 1962, 65535 }, { 65535, 65535, 65535 }, { 539, 6394, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 630, 7092, 65535 }, { 65535, 65535, 65535 },
	{ 276, 4453, 488 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 560, 6567, 732 },
	{ 160, 2778, 65535 }, { 646, 7179, 65535 }, { 389, 5294, 65535 }, { 514, 6188, 65535 },
	{ 65535, 65535, 65535 }, { 653, 7219, 65535 }, { 171, 2997, 65535 }, { 253, 4280, 65535 },
	{ 457, 5828, 65535 }, { 207, 3912, 65535 }, { 277, 4463, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 575, 6680, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 129, 2051, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 120, 1836, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 110, 1546, 65535 },
	{ 17, 35, 65535 }, { 135, 2182, 65535 }, { 547, 6462, 65535 }, { 100, 1287, 65535 },
	{ 65535, 65535, 65535 }, { 125, 1961, 65535 }, { 224, 4063, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 124, 1932, 65535 }, { 36, 176, 75 }, { 36, 180, 167 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 204, 3810, 65535 }, { 36, 188, 65535 },
	{ 88, 985, 65535 }, { 560, 6567, 733 }, { 585, 6757, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 206, 3864, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 100, 1301, 65535 },
	{ 538, 6387, 700 }, { 444, 5744, 65535 }, { 109, 1540, 65535 }, { 562, 6576, 747 },
	{ 65535, 65535, 65535 }, { 100, 1310, 65535 }, { 612, 6950, 65535 }, { 47, 258, 225 },
	{ 113, 1612, 299 }, { 169, 2958, 65535 }, { 547, 6460, 65535 }, { 226, 4072, 65535 },
	{ 301, 4660, 65535 }, { 328, 4900, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 36, 173, 17 }, { 65535, 65535, 65535 }, { 180, 3237, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 83, 828, 65535 }, { 118, 1792, 65535 }, { 163, 2859, 65535 },
	{ 125, 1948, 65535 }, { 443, 5736, 65535 }, { 30, 103, 65535 }, { 311, 4733, 65535 },
	{ 143, 2444, 65535 }, { 84, 844, 65535 }, { 65535, 65535, 65535 }, { 90, 1045, 65535 },
	{ 65535, 65535, 65535 }, { 409, 5503, 65535 }, { 65535, 65535, 65535 }, { 193, 3608, 65535 },
	{ 38, 200, 219 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 616, 6978, 65535 }, { 257, 4304, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 113, 1607, 65535 }, { 104, 1400, 65535 }, { 72, 581, 65535 }, { 92, 1075, 65535 },
	{ 372, 5168, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 240, 4174, 65535 },
	{ 155, 2648, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 82, 797, 65535 }, { 98, 1248, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 458, 5834, 65535 }, { 276, 4449, 65535 }, { 36, 180, 166 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 66, 405, 65535 }, { 65535, 65535, 65535 }, { 225, 4071, 65535 },
	{ 129, 2063, 65535 }, { 219, 4025, 431 }, { 13, 26, 65535 }, { 649, 7196, 65535 },
	{ 280, 4503, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 88, 978, 65535 }, { 382, 5239, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 161, 2802, 65535 }, { 598, 6852, 65535 },
	{ 65535, 65535, 65535 }, { 81, 755, 65535 }, { 460, 5844, 65535 }, { 203, 3782, 395 },
	{ 475, 5932, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 389, 5298, 563 }, { 65535, 65535, 65535 }, { 524, 6273, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 230, 4095, 65535 }, { 517, 6226, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 263, 4355, 65535 }, { 397, 5388, 65535 },
	{ 137, 2261, 65535 }, { 318, 4794, 65535 }, { 562, 6576, 742 }, { 212, 3988, 65535 },
	{ 642, 7161, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 146, 2525, 65535 },
	{ 453, 5797, 65535 }, { 34, 139, 65535 }, { 159, 2751, 65535 }, { 390, 5304, 567 },
	{ 470, 5904, 65535 }, { 110, 1549, 65535 }, { 85, 889, 65535 }, { 95, 1171, 65535 },
	{ 189, 3519, 65535 }, { 160, 2789, 357 }, { 314, 4751, 65535 }, { 500, 6086, 65535 },
	{ 634, 7117, 913 }, { 514, 6187, 65535 }, { 646, 7180, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 100, 1284, 65535 }, { 65535, 65535, 65535 }, { 86, 926, 65535 },
	{ 81, 768, 65535 }, { 126, 2001, 65535 }, { 65535, 65535, 65535 }, { 121, 1846, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 39, 204, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 143, 2441, 65535 }, { 159, 2753, 65535 },
	{ 94, 1150, 65535 }, { 208, 3921, 65535 }, { 219, 4025, 445 }, { 571, 6649, 65535 },
	{ 575, 6681, 65535 }, { 577, 6697, 65535 }, { 242, 4188, 65535 }, { 65535, 65535, 65535 },
	{ 92, 1089, 269 }, { 173, 3062, 65535 }, { 124, 1931, 65535 }, { 65535, 65535, 65535 },
	{ 580, 6719, 795 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 607, 6913, 65535 }, { 65535, 65535, 65535 }, { 76, 635, 65535 }, { 429, 5642, 65535 },
	{ 585, 6756, 65535 }, { 65535, 65535, 65535 }, { 145, 2500, 65535 }, { 538, 6387, 696 },
	{ 171, 2994, 65535 }, { 635, 7122, 960 }, { 65535, 65535, 65535 }, { 618, 6993, 65535 },
	{ 192, 3563, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 98, 1242, 286 }, { 167, 2930, 65535 },
	{ 287, 4568, 65535 }, { 618, 6996, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 27, 84, 65535 }, { 36, 176, 71 },
	{ 65535, 65535, 65535 }, { 317, 4779, 65535 }, { 65535, 65535, 65535 }, { 101, 1322, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 83, 832, 65535 }, { 433, 5671, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 102, 1341, 65535 }, { 38, 200, 200 }, { 358, 5079, 65535 },
	{ 557, 6534, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 143, 2421, 65535 },
	{ 656, 7230, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 143, 2427, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 174, 3086, 65535 }, { 65535, 65535, 65535 }, { 576, 6691, 65535 }, { 65535, 65535, 65535 },
	{ 181, 3267, 65535 }, { 98, 1235, 65535 }, { 216, 4006, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 594, 6821, 813 }, { 38, 200, 218 },
	{ 115, 1695, 65535 }, { 247, 4225, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 491, 6025, 65535 }, { 504, 6117, 65535 }, { 176, 3136, 65535 }, { 65535, 65535, 65535 },
	{ 60, 354, 233 }, { 633, 7110, 65535 }, { 78, 684, 65535 }, { 402, 5449, 65535 },
	{ 119, 1817, 65535 }, { 132, 2123, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 100, 1305, 65535 }, { 140, 2346, 65535 }, { 204, 3805, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 36, 173, 7 }, { 36, 176, 63 }, { 51, 293, 65535 }, { 131, 2099, 65535 },
	{ 683, 7451, 65535 }, { 65535, 65535, 65535 }, { 185, 3414, 65535 }, { 65535, 65535, 65535 },
	{ 141, 2352, 65535 }, { 580, 6718, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 202, 3764, 65535 }, { 202, 3766, 391 },
	{ 73, 588, 65535 }, { 589, 6781, 65535 }, { 302, 4668, 510 }, { 626, 7054, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 206, 3872, 65535 }, { 562, 6576, 743 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 555, 6522, 65535 }, { 362, 5101, 65535 }, { 137, 2272, 65535 },
	{ 65535, 65535, 65535 }, { 70, 540, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 205, 3854, 65535 }, { 65535, 65535, 65535 }, { 68, 488, 65535 },
	{ 100, 1300, 65535 }, { 142, 2389, 65535 }, { 324, 4846, 65535 }, { 65535, 65535, 65535 },
	{ 191, 3560, 65535 }, { 173, 3053, 65535 }, { 135, 2190, 65535 }, { 575, 6684, 65535 },
	{ 612, 6945, 65535 }, { 291, 4601, 65535 }, { 538, 6387, 672 }, { 276, 4460, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65, 394, 65535 },
	{ 151, 2589, 65535 }, { 183, 3350, 65535 }, { 78, 678, 65535 }, { 81, 762, 65535 },
	{ 273, 4419, 65535 }, { 36, 176, 104 }, { 510, 6159, 65535 }, { 470, 5900, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 102, 1334, 65535 }, { 65535, 65535, 65535 }, { 147, 2532, 65535 }, { 182, 3306, 65535 },
	{ 219, 4025, 424 }, { 373, 5178, 65535 }, { 202, 3767, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 139, 2311, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 80, 724, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 541, 6405, 65535 }, { 176, 3150, 65535 },
	{ 178, 3194, 65535 }, { 271, 4402, 65535 }, { 281, 4507, 65535 }, { 65535, 65535, 65535 },
	{ 125, 1952, 65535 }, { 305, 4695, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 128, 2035, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 149, 2566, 65535 },
	{ 421, 5589, 65535 }, { 634, 7117, 885 }, { 515, 6204, 65535 }, { 619, 7001, 65535 },
	{ 399, 5415, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 583, 6745, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 279, 4497, 65535 }, { 210, 3970, 65535 }, { 629, 7085, 65535 }, { 180, 3243, 65535 },
	{ 674, 7375, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 562, 6576, 748 }, { 65535, 65535, 65535 }, { 257, 4300, 65535 }, { 557, 6533, 65535 },
	{ 65535, 65535, 65535 }, { 323, 4842, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 271, 4399, 65535 }, { 565, 6592, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 132, 2146, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 268, 4382, 65535 }, { 65535, 65535, 65535 },
	{ 389, 5298, 562 }, { 91, 1058, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 328, 4895, 65535 }, { 65535, 65535, 65535 }, { 492, 6032, 638 },
	{ 657, 7237, 65535 }, { 231, 4103, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 413, 5529, 65535 }, { 78, 680, 65535 }, { 184, 3366, 65535 }, { 461, 5851, 65535 },
	{ 628, 7071, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 186, 3416, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 636, 7125, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 90, 1024, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 111, 1562, 65535 }, { 162, 2833, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 342, 4990, 65535 }, { 208, 3937, 65535 }, { 278, 4490, 65535 },
	{ 151, 2598, 65535 }, { 423, 5610, 613 }, { 658, 7242, 65535 }, { 65535, 65535, 65535 },
	{ 68, 494, 65535 }, { 65535, 65535, 65535 }, { 535, 6366, 65535 }, { 65535, 65535, 65535 },
	{ 117, 1741, 65535 }, { 65535, 65535, 65535 }, { 117, 1763, 65535 }, { 100, 1307, 65535 },
	{ 145, 2483, 65535 }, { 151, 2601, 65535 }, { 352, 5048, 65535 }, { 341, 4988, 544 },
	{ 88, 993, 260 }, { 484, 5975, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 115, 1668, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 582, 6738, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 207, 3910, 65535 }, { 203, 3779, 65535 },
	{ 494, 6046, 65535 }, { 74, 599, 65535 }, { 102, 1353, 65535 }, { 673, 7364, 65535 },
	{ 100, 1309, 65535 }, { 304, 4678, 65535 }, { 635, 7122, 958 }, { 678, 7399, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 250, 4248, 65535 },
	{ 86, 931, 65535 }, { 188, 3501, 65535 }, { 171, 3001, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 423, 5600, 65535 }, { 160, 2797, 65535 }, { 555, 6520, 65535 },
	{ 100, 1293, 288 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 44, 238, 65535 }, { 594, 6821, 803 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 78, 677, 65535 }, { 89, 1013, 65535 }, { 350, 5040, 65535 },
	{ 505, 6126, 65535 }, { 65535, 65535, 65535 }, { 82, 798, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 36, 177, 112 }, { 192, 3577, 65535 }, { 346, 5016, 65535 },
	{ 65535, 65535, 65535 }, { 64, 373, 65535 }, { 7, 15, 65535 }, { 139, 2312, 65535 },
	{ 677, 7395, 982 }, { 65535, 65535, 65535 }, { 180, 3262, 65535 }, { 376, 5199, 65535 },
	{ 65535, 65535, 65535 }, { 400, 5435, 65535 }, { 132, 2125, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 242, 4189, 65535 }, { 76, 632, 65535 }, { 287, 4576, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 131, 2106, 65535 }, { 121, 1858, 65535 }, { 151, 2592, 65535 }, { 83, 833, 65535 },
	{ 157, 2704, 65535 }, { 208, 3936, 65535 }, { 281, 4508, 65535 }, { 566, 6607, 770 },
	{ 149, 2565, 65535 }, { 560, 6567, 735 }, { 35, 148, 65535 }, { 143, 2440, 65535 },
	{ 320, 4812, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 209, 3957, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 274, 4429, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 192, 3591, 65535 }, { 86, 911, 65535 }, { 210, 3971, 65535 }, { 80, 727, 65535 },
	{ 528, 6307, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 183, 3339, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 551, 6495, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 514, 6192, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 70, 537, 65535 },
	{ 101, 1315, 65535 }, { 65535, 65535, 65535 }, { 170, 2992, 65535 }, { 389, 5296, 65535 },
	{ 172, 3034, 65535 }, { 44, 241, 65535 }, { 621, 7016, 65535 }, { 154, 2644, 65535 },
	{ 220, 4027, 65535 }, { 34, 143, 65535 }, { 112, 1579, 65535 }, { 135, 2199, 65535 },
	{ 144, 2462, 65535 }, { 67, 468, 65535 }, { 318, 4787, 511 }, { 326, 4871, 65535 },
	{ 326, 4872, 65535 }, { 362, 5100, 65535 }, { 411, 5519, 603 }, { 545, 6439, 65535 },
	{ 622, 7020, 65535 }, { 626, 7055, 65535 }, { 679, 7411, 65535 }, { 630, 7090, 869 },
	{ 38, 200, 184 }, { 68, 489, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 36, 173, 23 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 480, 5953, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 141, 2349, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 223, 4049, 65535 }, { 65535, 65535, 65535 }, { 291, 4600, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 338, 4955, 65535 },
	{ 283, 4531, 65535 }, { 65535, 65535, 65535 }, { 533, 6355, 65535 }, { 322, 4824, 515 },
	{ 484, 5976, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 352, 5047, 65535 },
	{ 65535, 65535, 65535 }, { 590, 6786, 65535 }, { 65535, 65535, 65535 }, { 73, 590, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 176, 3154, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 365, 5129, 65535 }, { 65535, 65535, 65535 }, { 409, 5499, 65535 }, { 594, 6821, 819 },
	{ 65535, 65535, 65535 }, { 178, 3185, 65535 }, { 190, 3542, 65535 }, { 634, 7117, 917 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 138, 2288, 65535 }, { 494, 6045, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 547, 6469, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 267, 4372, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 616, 6977, 65535 }, { 209, 3959, 65535 }, { 423, 5599, 65535 }, { 555, 6521, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 77, 651, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 136, 2249, 65535 },
	{ 48, 269, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 74, 608, 65535 },
	{ 224, 4056, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 127, 2016, 65535 }, { 65535, 65535, 65535 },
	{ 181, 3271, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 565, 6591, 65535 }, { 193, 3609, 65535 }, { 271, 4400, 65535 }, { 140, 2343, 65535 },
	{ 442, 5733, 65535 }, { 65535, 65535, 65535 }, { 334, 4928, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 90, 1027, 65535 }, { 196, 3652, 65535 }, { 276, 4450, 65535 },
	{ 278, 4486, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 204, 3809, 65535 }, { 65535, 65535, 65535 }, { 155, 2657, 65535 }, { 413, 5530, 65535 },
	{ 261, 4336, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 54, 304, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 83, 838, 65535 }, { 145, 2501, 65535 },
	{ 178, 3184, 65535 }, { 65535, 65535, 65535 }, { 78, 687, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 123, 1897, 65535 },
	{ 65535, 65535, 65535 }, { 389, 5297, 560 }, { 141, 2369, 65535 }, { 636, 7124, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 342, 4991, 65535 }, { 66, 422, 65535 },
	{ 84, 852, 65535 }, { 405, 5473, 65535 }, { 125, 1940, 65535 }, { 285, 4558, 65535 },
	{ 223, 4046, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 219, 4025, 451 }, { 676, 7389, 65535 }, { 65535, 65535, 65535 }, { 81, 761, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 86, 933, 65535 }, { 337, 4949, 65535 }, { 456, 5818, 65535 },
	{ 71, 569, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 170, 2991, 65535 }, { 292, 4607, 65535 }, { 65535, 65535, 65535 }, { 294, 4617, 65535 },
	{ 412, 5523, 65535 }, { 606, 6905, 65535 }, { 273, 4418, 65535 }, { 547, 6478, 65535 },
	{ 193, 3605, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 554, 6515, 65535 }, { 594, 6821, 845 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 86, 927, 65535 }, { 542, 6422, 65535 },
	{ 65535, 65535, 65535 }, { 152, 2603, 65535 }, { 84, 853, 65535 }, { 65535, 65535, 65535 },
	{ 57, 334, 227 }, { 570, 6646, 65535 }, { 639, 7143, 65535 }, { 679, 7413, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 77, 644, 65535 },
	{ 155, 2662, 65535 }, { 122, 1875, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 108, 1525, 65535 }, { 205, 3850, 65535 }, { 65535, 65535, 65535 }, { 206, 3876, 65535 },
	{ 65535, 65535, 65535 }, { 219, 4025, 433 }, { 483, 5970, 65535 }, { 278, 4487, 65535 },
	{ 314, 4758, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 87, 951, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 309, 4725, 65535 }, { 625, 7048, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 117, 1775, 65535 }, { 65535, 65535, 65535 }, { 81, 744, 65535 }, { 141, 2363, 65535 },
	{ 493, 6038, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 396, 5377, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 635, 7122, 961 }, { 65535, 65535, 65535 },
	{ 639, 7139, 65535 }, { 36, 176, 79 }, { 635, 7120, 65535 }, { 65535, 65535, 65535 },
	{ 154, 2643, 65535 }, { 146, 2518, 65535 }, { 233, 4131, 65535 }, { 175, 3117, 376 },
	{ 302, 4668, 509 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 283, 4528, 65535 }, { 65535, 65535, 65535 },
	{ 112, 1586, 65535 }, { 288, 4580, 65535 }, { 65535, 65535, 65535 }, { 597, 6847, 65535 },
	{ 65535, 65535, 65535 }, { 192, 3590, 65535 }, { 65535, 65535, 65535 }, { 38, 200, 212 },
	{ 564, 6587, 65535 }, { 65535, 65535, 65535 }, { 99, 1275, 65535 }, { 10, 20, 65535 },
	{ 118, 1794, 65535 }, { 370, 5158, 65535 }, { 428, 5640, 65535 }, { 614, 6961, 65535 },
	{ 57, 332, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 105, 1412, 65535 },
	{ 448, 5768, 65535 }, { 218, 4018, 65535 }, { 65535, 65535, 65535 }, { 176, 3155, 65535 },
	{ 207, 3885, 65535 }, { 568, 6622, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 280, 4501, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 143, 2423, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 92, 1091, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 116, 1726, 65535 },
	{ 325, 4858, 65535 }, { 408, 5497, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 440, 5717, 65535 }, { 65535, 65535, 65535 }, { 204, 3808, 65535 }, { 38, 200, 198 },
	{ 132, 2138, 65535 }, { 36, 176, 78 }, { 176, 3128, 65535 }, { 128, 2031, 65535 },
	{ 157, 2720, 65535 }, { 422, 5592, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 497, 6061, 65535 }, { 36, 177, 147 },
	{ 120, 1825, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 165, 2886, 65535 }, { 351, 5043, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 372, 5171, 65535 }, { 65535, 65535, 65535 },
	{ 355, 5062, 65535 }, { 270, 4391, 65535 }, { 138, 2282, 65535 }, { 219, 4025, 452 },
	{ 276, 4455, 65535 }, { 65535, 65535, 65535 }, { 337, 4952, 65535 }, { 132, 2120, 65535 },
	{ 140, 2342, 65535 }, { 121, 1853, 65535 }, { 185, 3403, 65535 }, { 538, 6387, 668 },
	{ 69, 522, 65535 }, { 117, 1774, 65535 }, { 199, 3697, 65535 }, { 682, 7449, 65535 },
	{ 36, 173, 49 }, { 94, 1121, 65535 }, { 114, 1660, 65535 }, { 664, 7299, 65535 },
	{ 197, 3669, 65535 }, { 67, 461, 65535 }, { 138, 2303, 65535 }, { 191, 3552, 65535 },
	{ 426, 5624, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 422, 5597, 609 }, { 136, 2208, 65535 }, { 634, 7117, 912 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 192, 3571, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 36, 186, 65535 }, { 227, 4081, 65535 }, { 65535, 65535, 65535 },
	{ 341, 4984, 65535 }, { 195, 3649, 65535 }, { 284, 4540, 65535 }, { 209, 3949, 65535 },
	{ 285, 4556, 65535 }, { 97, 1222, 65535 }, { 126, 1972, 65535 }, { 397, 5384, 65535 },
	{ 65535, 65535, 65535 }, { 107, 1477, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65, 382, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 304, 4675, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 283, 4534, 65535 }, { 595, 6838, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 625, 7049, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 310, 4729, 65535 }, { 493, 6037, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 48, 270, 65535 }, { 361, 5098, 65535 }, { 375, 5191, 65535 }, { 402, 5448, 65535 },
	{ 498, 6071, 65535 }, { 274, 4428, 65535 }, { 160, 2786, 349 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 120, 1842, 65535 },
	{ 163, 2864, 65535 }, { 65535, 65535, 65535 }, { 635, 7119, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 233, 4118, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 66, 447, 65535 },
	{ 336, 4941, 65535 }, { 132, 2141, 65535 }, { 203, 3778, 65535 }, { 65535, 65535, 65535 },
	{ 74, 602, 65535 }, { 65535, 65535, 65535 }, { 92, 1089, 266 }, { 92, 1090, 270 },
	{ 248, 4231, 65535 }, { 280, 4502, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 581, 6728, 797 }, { 115, 1680, 65535 }, { 65535, 65535, 65535 }, { 564, 6586, 65535 },
	{ 493, 6042, 65535 }, { 324, 4847, 65535 }, { 125, 1958, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 233, 4123, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 434, 5681, 619 }, { 282, 4518, 65535 },
	{ 65535, 65535, 65535 }, { 6, 13, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 412, 5524, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 162, 2822, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 682, 7442, 65535 }, { 65535, 65535, 65535 }, { 142, 2403, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 398, 5400, 65535 },
	{ 65535, 65535, 65535 }, { 20, 40, 65535 }, { 554, 6516, 65535 }, { 65535, 65535, 65535 },
	{ 392, 5321, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 371, 5165, 65535 }, { 65535, 65535, 65535 },
	{ 29, 97, 65535 }, { 67, 464, 65535 }, { 77, 643, 65535 }, { 90, 1044, 65535 },
	{ 344, 5001, 65535 }, { 483, 5971, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 91, 1046, 65535 }, { 614, 6963, 65535 }, { 65535, 65535, 65535 }, { 66, 442, 243 },
	{ 65535, 65535, 65535 }, { 138, 2281, 65535 }, { 246, 4219, 65535 }, { 270, 4392, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 136, 2211, 65535 },
	{ 205, 3842, 65535 }, { 130, 2071, 65535 }, { 649, 7193, 65535 }, { 143, 2420, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 562, 6576, 750 }, { 199, 3698, 65535 }, { 65535, 65535, 65535 }, { 126, 1969, 65535 },
	{ 65535, 65535, 65535 }, { 400, 5432, 65535 }, { 276, 4445, 65535 }, { 65535, 65535, 65535 },
	{ 65, 385, 65535 }, { 288, 4581, 65535 }, { 67, 460, 65535 }, { 547, 6464, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 103, 1374, 65535 },
	{ 209, 3948, 65535 }, { 95, 1161, 65535 }, { 65535, 65535, 65535 }, { 341, 4985, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 174, 3089, 65535 }, { 201, 3730, 65535 }, { 65535, 65535, 65535 }, { 578, 6698, 65535 },
	{ 204, 3811, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 166, 2905, 65535 }, { 182, 3335, 65535 },
	{ 197, 3666, 65535 }, { 427, 5632, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 436, 5689, 65535 }, { 65535, 65535, 65535 }, { 57, 333, 65535 },
	{ 178, 3193, 65535 }, { 219, 4025, 416 }, { 65535, 65535, 65535 }, { 175, 3111, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 680, 7421, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 280, 4500, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 103, 1376, 294 }, { 65535, 65535, 65535 }, { 251, 4262, 65535 },
	{ 507, 6135, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 102, 1343, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 104, 1387, 65535 }, { 187, 3440, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 79, 719, 65535 }, { 135, 2191, 65535 },
	{ 529, 6317, 65535 }, { 569, 6636, 780 }, { 114, 1651, 65535 }, { 621, 7015, 65535 },
	{ 128, 2032, 65535 }, { 422, 5591, 65535 }, { 207, 3888, 65535 }, { 365, 5122, 65535 },
	{ 206, 3874, 65535 }, { 65535, 65535, 65535 }, { 154, 2646, 65535 }, { 185, 3394, 65535 },
	{ 495, 6054, 65535 }, { 577, 6696, 65535 }, { 666, 7324, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 351, 5042, 65535 }, { 116, 1711, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 36, 173, 14 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 153, 2630, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 105, 1421, 65535 },
	{ 65535, 65535, 65535 }, { 271, 4406, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 544, 6430, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 547, 6457, 65535 }, { 250, 4245, 65535 }, { 54, 308, 65535 }, { 32, 117, 2 },
	{ 65535, 65535, 65535 }, { 132, 2111, 65535 }, { 167, 2912, 65535 }, { 326, 4877, 529 },
	{ 134, 2174, 65535 }, { 65535, 65535, 65535 }, { 36, 176, 67 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 176, 3144, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 392, 5317, 65535 },
	{ 65535, 65535, 65535 }, { 160, 2786, 351 }, { 323, 4830, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 635, 7122, 948 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 96, 1188, 65535 },
	{ 371, 5164, 65535 }, { 65535, 65535, 65535 }, { 107, 1491, 65535 }, { 65535, 65535, 65535 },
	{ 314, 4754, 65535 }, { 615, 6971, 65535 }, { 176, 3142, 65535 }, { 65535, 65535, 65535 },
	{ 321, 4817, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 61, 355, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 156, 2682, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 388, 5287, 65535 }, { 147, 2538, 65535 }, { 177, 3157, 65535 },
	{ 463, 5859, 65535 }, { 569, 6640, 784 }, { 115, 1700, 65535 }, { 592, 6802, 65535 },
	{ 619, 6998, 65535 }, { 331, 4911, 65535 }, { 66, 423, 65535 }, { 456, 5819, 65535 },
	{ 661, 7263, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 201, 3736, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 39, 207, 65535 }, { 378, 5218, 65535 }, { 65535, 65535, 65535 },
	{ 605, 6896, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 102, 1357, 65535 },
	{ 140, 2326, 65535 }, { 473, 5919, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 233, 4127, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 389, 5298, 565 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 548, 6479, 65535 }, { 436, 5695, 65535 }, { 65535, 65535, 65535 },
	{ 36, 179, 159 }, { 516, 6221, 65535 }, { 36, 184, 65535 }, { 65535, 65535, 65535 },
	{ 69, 511, 65535 }, { 118, 1787, 65535 }, { 285, 4555, 65535 }, { 397, 5385, 65535 },
	{ 208, 3938, 65535 }, { 402, 5445, 65535 }, { 511, 6167, 65535 }, { 189, 3514, 65535 },
	{ 219, 4025, 417 }, { 97, 1227, 65535 }, { 505, 6127, 65535 }, { 406, 5476, 65535 },
	{ 534, 6358, 65535 }, { 65535, 65535, 65535 }, { 102, 1355, 65535 }, { 513, 6183, 65535 },
	{ 81, 752, 65535 }, { 293, 4616, 65535 }, { 595, 6829, 65535 }, { 65535, 65535, 65535 },
	{ 204, 3829, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 97, 1228, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 118, 1785, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 477, 5938, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 281, 4510, 65535 }, { 451, 5787, 65535 },
	{ 187, 3433, 65535 }, { 117, 1758, 65535 }, { 65535, 65535, 65535 }, { 169, 2969, 65535 },
	{ 260, 4318, 65535 }, { 538, 6387, 708 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 430, 5654, 617 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 335, 4930, 65535 }, { 666, 7306, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 100, 1312, 65535 }, { 429, 5649, 614 }, { 50, 289, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 116, 1704, 65535 }, { 398, 5404, 579 }, { 85, 880, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 193, 3596, 65535 }, { 318, 4788, 65535 },
	{ 65535, 65535, 65535 }, { 106, 1434, 65535 }, { 138, 2296, 65535 }, { 108, 1501, 65535 },
	{ 422, 5593, 65535 }, { 676, 7384, 65535 }, { 65535, 65535, 65535 }, { 36, 165, 65535 },
	{ 617, 6988, 65535 }, { 65535, 65535, 65535 }, { 156, 2694, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 360, 5093, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 155, 2660, 65535 }, { 657, 7238, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 264, 4356, 65535 }, { 373, 5176, 65535 }, { 65535, 65535, 65535 },
	{ 37, 191, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 516, 6216, 65535 }, { 185, 3380, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 122, 1867, 65535 },
	{ 65535, 65535, 65535 }, { 47, 257, 65535 }, { 179, 3201, 65535 }, { 65535, 65535, 65535 },
	{ 666, 7322, 65535 }, { 125, 1949, 65535 }, { 126, 1994, 65535 }, { 164, 2876, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 61, 358, 65535 },
	{ 114, 1635, 65535 }, { 94, 1145, 65535 }, { 152, 2611, 65535 }, { 594, 6821, 810 },
	{ 639, 7146, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 322, 4824, 522 },
	{ 65535, 65535, 65535 }, { 169, 2966, 65535 }, { 65535, 65535, 65535 }, { 32, 119, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 463, 5860, 65535 }, { 144, 2465, 65535 }, { 390, 5306, 65535 },
	{ 581, 6724, 65535 }, { 36, 177, 129 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 485, 5983, 65535 }, { 65535, 65535, 65535 }, { 124, 1911, 65535 }, { 213, 3991, 65535 },
	{ 331, 4910, 65535 }, { 673, 7368, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 198, 3689, 65535 }, { 36, 177, 116 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 473, 5918, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 605, 6897, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 173, 55 },
	{ 71, 552, 65535 }, { 65535, 65535, 65535 }, { 651, 7208, 65535 }, { 65535, 65535, 65535 },
	{ 165, 2894, 65535 }, { 95, 1169, 65535 }, { 177, 3160, 65535 }, { 487, 5998, 637 },
	{ 188, 3477, 65535 }, { 65535, 65535, 65535 }, { 638, 7136, 65535 }, { 65535, 65535, 65535 },
	{ 594, 6818, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 139, 2320, 65535 },
	{ 240, 4177, 466 }, { 402, 5444, 65535 }, { 534, 6359, 65535 }, { 101, 1326, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 142, 2380, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 75, 612, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 66, 432, 65535 }, { 79, 707, 65535 }, { 96, 1185, 65535 },
	{ 261, 4340, 471 }, { 94, 1132, 65535 }, { 179, 3204, 65535 }, { 192, 3583, 65535 },
	{ 544, 6429, 65535 }, { 0, 0, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 250, 4246, 65535 }, { 522, 6262, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 582, 6733, 65535 }, { 65535, 65535, 65535 },
	{ 186, 3430, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 117, 1740, 65535 }, { 366, 5135, 65535 },
	{ 392, 5318, 65535 }, { 36, 176, 59 }, { 65535, 65535, 65535 }, { 446, 5754, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 146, 2505, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 333, 4923, 536 }, { 65535, 65535, 65535 }, { 188, 3484, 65535 },
	{ 118, 1796, 301 }, { 167, 2909, 65535 }, { 582, 6735, 65535 }, { 81, 764, 65535 },
	{ 615, 6970, 65535 }, { 65535, 65535, 65535 }, { 65, 396, 65535 }, { 425, 5621, 65535 },
	{ 36, 176, 85 }, { 540, 6403, 65535 }, { 629, 7081, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 150, 2578, 65535 }, { 84, 858, 65535 }, { 138, 2285, 65535 },
	{ 108, 1502, 65535 }, { 321, 4818, 65535 }, { 569, 6640, 782 }, { 641, 7157, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 566, 6604, 65535 }, { 65535, 65535, 65535 },
	{ 465, 5873, 65535 }, { 138, 2292, 328 }, { 487, 5995, 65535 }, { 635, 7122, 978 },
	{ 94, 1158, 280 }, { 145, 2494, 65535 }, { 65535, 65535, 65535 }, { 420, 5581, 65535 },
	{ 676, 7383, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 187, 3460, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 107, 1490, 65535 },
	{ 46, 253, 65535 }, { 114, 1650, 65535 }, { 91, 1055, 65535 }, { 106, 1431, 65535 },
	{ 38, 200, 191 }, { 558, 6537, 65535 }, { 65535, 65535, 65535 }, { 136, 2215, 65535 },
	{ 47, 260, 65535 }, { 179, 3202, 65535 }, { 47, 256, 65535 }, { 521, 6253, 65535 },
	{ 615, 6972, 65535 }, { 466, 5878, 65535 }, { 140, 2339, 332 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 416, 5545, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 224, 4059, 65535 }, { 236, 4152, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 185, 3393, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 66, 437, 65535 }, { 227, 4082, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 669, 7344, 65535 }, { 36, 168, 65535 }, { 187, 3436, 65535 },
	{ 189, 3513, 65535 }, { 237, 4158, 65535 }, { 274, 4423, 65535 }, { 48, 271, 65535 },
	{ 326, 4889, 65535 }, { 182, 3331, 65535 }, { 406, 5482, 590 }, { 595, 6830, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 207, 3892, 65535 }, { 175, 3119, 65535 },
	{ 65535, 65535, 65535 }, { 594, 6821, 851 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 36, 177, 138 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 60, 353, 65535 }, { 345, 5004, 65535 }, { 115, 1683, 65535 },
	{ 116, 1707, 65535 }, { 118, 1784, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 416, 5558, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 203, 3770, 65535 }, { 65535, 65535, 65535 }, { 36, 177, 130 }, { 260, 4317, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 44, 240, 65535 }, { 65535, 65535, 65535 },
	{ 130, 2081, 65535 }, { 65535, 65535, 65535 }, { 666, 7307, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 245, 4211, 65535 }, { 142, 2409, 65535 }, { 394, 5352, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 195, 3640, 65535 },
	{ 65535, 65535, 65535 }, { 267, 4375, 65535 }, { 65535, 65535, 65535 }, { 34, 141, 65535 },
	{ 547, 6449, 65535 }, { 65535, 65535, 65535 }, { 330, 4907, 65535 }, { 168, 2943, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 48, 267, 65535 },
	{ 84, 846, 65535 }, { 70, 541, 65535 }, { 218, 4020, 65535 }, { 36, 154, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 97, 1226, 65535 },
	{ 65535, 65535, 65535 }, { 155, 2650, 65535 }, { 94, 1143, 65535 }, { 145, 2495, 65535 },
	{ 205, 3835, 65535 }, { 259, 4312, 65535 }, { 65535, 65535, 65535 }, { 618, 6990, 65535 },
	{ 65535, 65535, 65535 }, { 174, 3082, 65535 }, { 243, 4196, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 182, 3325, 65535 }, { 212, 3990, 399 }, { 84, 867, 65535 },
	{ 99, 1281, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 206, 3881, 65535 }, { 61, 361, 65535 }, { 219, 4025, 455 },
	{ 83, 830, 65535 }, { 134, 2164, 65535 }, { 394, 5340, 65535 }, { 396, 5368, 65535 },
	{ 200, 3713, 65535 }, { 142, 2406, 65535 }, { 401, 5440, 65535 }, { 377, 5205, 65535 },
	{ 141, 2353, 65535 }, { 476, 5933, 65535 }, { 107, 1460, 65535 }, { 409, 5502, 65535 },
	{ 619, 7002, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 63, 372, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 239, 4170, 65535 }, { 65535, 65535, 65535 },
	{ 249, 4234, 65535 }, { 583, 6747, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 171, 3016, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 430, 5656, 65535 }, { 65535, 65535, 65535 }, { 54, 306, 65535 }, { 117, 1735, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 341, 4987, 541 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 405, 5470, 65535 }, { 65535, 65535, 65535 },
	{ 48, 268, 65535 }, { 178, 3181, 65535 }, { 67, 479, 65535 }, { 634, 7117, 907 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 89, 1014, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 157, 2700, 65535 }, { 538, 6387, 661 },
	{ 263, 4351, 65535 }, { 65535, 65535, 65535 }, { 50, 286, 65535 }, { 147, 2531, 65535 },
	{ 320, 4804, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 188, 3473, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 323, 4833, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 632, 7106, 876 }, { 99, 1266, 65535 }, { 65535, 65535, 65535 }, { 86, 907, 65535 },
	{ 334, 4925, 65535 }, { 93, 1114, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 381, 5234, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 591, 6794, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 176, 3140, 65535 }, { 65535, 65535, 65535 },
	{ 604, 6892, 65535 }, { 192, 3561, 65535 }, { 65535, 65535, 65535 }, { 406, 5479, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 188, 3475, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 131, 2108, 65535 },
	{ 65535, 65535, 65535 }, { 310, 4727, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 38, 200, 202 }, { 65535, 65535, 65535 }, { 50, 283, 65535 },
	{ 172, 3040, 65535 }, { 105, 1420, 65535 }, { 65535, 65535, 65535 }, { 679, 7410, 65535 },
	{ 65535, 65535, 65535 }, { 531, 6336, 65535 }, { 537, 6382, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 452, 5790, 65535 },
	{ 65535, 65535, 65535 }, { 509, 6152, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 94, 1135, 65535 }, { 65535, 65535, 65535 }, { 591, 6792, 65535 }, { 65535, 65535, 65535 },
	{ 101, 1321, 65535 }, { 136, 2230, 65535 }, { 121, 1844, 65535 }, { 184, 3371, 65535 },
	{ 404, 5469, 65535 }, { 57, 337, 65535 }, { 87, 952, 65535 }, { 578, 6702, 65535 },
	{ 108, 1513, 65535 }, { 675, 7378, 65535 }, { 462, 5854, 65535 }, { 78, 698, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 679, 7407, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 34, 145, 65535 },
	{ 187, 3458, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 77, 650, 65535 }, { 207, 3905, 65535 }, { 65535, 65535, 65535 },
	{ 107, 1481, 65535 }, { 391, 5310, 65535 }, { 429, 5645, 65535 }, { 523, 6268, 65535 },
	{ 553, 6513, 65535 }, { 682, 7440, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 661, 7265, 65535 },
	{ 665, 7301, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 276, 4452, 487 }, { 65535, 65535, 65535 }, { 157, 2714, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 179, 3206, 65535 }, { 182, 3327, 65535 }, { 533, 6354, 65535 },
	{ 65535, 65535, 65535 }, { 378, 5217, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 608, 6917, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 108, 1522, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 594, 6815, 65535 }, { 593, 6810, 65535 }, { 661, 7267, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 122, 1879, 65535 },
	{ 157, 2703, 65535 }, { 189, 3525, 65535 }, { 151, 2593, 65535 }, { 109, 1541, 65535 },
	{ 192, 3588, 65535 }, { 628, 7067, 65535 }, { 65535, 65535, 65535 }, { 249, 4235, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 91, 1056, 65535 },
	{ 117, 1734, 65535 }, { 147, 2528, 65535 }, { 126, 1997, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 74, 593, 65535 }, { 80, 733, 65535 },
	{ 93, 1112, 65535 }, { 424, 5617, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 86, 910, 65535 }, { 197, 3673, 65535 }, { 80, 728, 65535 },
	{ 92, 1090, 271 }, { 193, 3618, 65535 }, { 178, 3182, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 241, 4183, 65535 },
	{ 162, 2831, 65535 }, { 635, 7122, 940 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 173, 35 }, { 142, 2388, 65535 },
	{ 301, 4662, 65535 }, { 320, 4805, 65535 }, { 557, 6530, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 328, 4898, 65535 }, { 102, 1352, 293 }, { 65535, 65535, 65535 }, { 188, 3472, 65535 },
	{ 660, 7257, 65535 }, { 65535, 65535, 65535 }, { 144, 2453, 65535 }, { 145, 2477, 65535 },
	{ 236, 4151, 65535 }, { 65535, 65535, 65535 }, { 102, 1347, 65535 }, { 207, 3911, 65535 },
	{ 415, 5540, 65535 }, { 330, 4906, 65535 }, { 557, 6535, 65535 }, { 394, 5346, 65535 },
	{ 65535, 65535, 65535 }, { 501, 6094, 646 }, { 634, 7117, 884 }, { 326, 4884, 65535 },
	{ 36, 155, 65535 }, { 94, 1141, 65535 }, { 120, 1840, 65535 }, { 115, 1685, 65535 },
	{ 65535, 65535, 65535 }, { 66, 408, 65535 }, { 111, 1568, 65535 }, { 205, 3848, 65535 },
	{ 65535, 65535, 65535 }, { 73, 587, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 127, 2024, 321 }, { 486, 5990, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 634, 7117, 914 }, { 65535, 65535, 65535 }, { 101, 1324, 65535 }, { 74, 600, 65535 },
	{ 259, 4311, 65535 }, { 322, 4824, 520 }, { 125, 1957, 65535 }, { 488, 6003, 65535 },
	{ 65535, 65535, 65535 }, { 76, 627, 65535 }, { 97, 1225, 65535 }, { 65535, 65535, 65535 },
	{ 401, 5439, 65535 }, { 92, 1095, 65535 }, { 174, 3102, 65535 }, { 344, 4998, 65535 },
	{ 83, 835, 65535 }, { 80, 742, 65535 }, { 297, 4643, 496 }, { 36, 177, 123 },
	{ 65535, 65535, 65535 }, { 107, 1461, 65535 }, { 484, 5979, 65535 }, { 82, 792, 65535 },
	{ 224, 4054, 65535 }, { 188, 3491, 389 }, { 75, 624, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 115, 1701, 65535 }, { 65535, 65535, 65535 }, { 235, 4141, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 181, 3287, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 34, 136, 65535 }, { 189, 3522, 65535 }, { 401, 5441, 65535 },
	{ 99, 1258, 65535 }, { 36, 176, 88 }, { 462, 5853, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 219, 4025, 425 }, { 412, 5526, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 95, 1168, 65535 },
	{ 277, 4474, 65535 }, { 523, 6269, 65535 }, { 273, 4415, 65535 }, { 106, 1438, 65535 },
	{ 391, 5309, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 612, 6948, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 208, 3924, 65535 },
	{ 483, 5973, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 136, 2239, 65535 },
	{ 131, 2088, 65535 }, { 232, 4114, 65535 }, { 405, 5474, 583 }, { 651, 7209, 65535 },
	{ 83, 827, 65535 }, { 510, 6156, 65535 }, { 326, 4880, 65535 }, { 665, 7302, 65535 },
	{ 533, 6353, 65535 }, { 675, 7379, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 308, 4718, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 187, 3459, 65535 }, { 325, 4865, 65535 }, { 65535, 65535, 65535 }, { 143, 2426, 340 },
	{ 65535, 65535, 65535 }, { 182, 3312, 65535 }, { 65535, 65535, 65535 }, { 202, 3751, 65535 },
	{ 65535, 65535, 65535 }, { 210, 3975, 65535 }, { 594, 6816, 65535 }, { 65535, 65535, 65535 },
	{ 382, 5245, 65535 }, { 135, 2184, 65535 }, { 141, 2372, 65535 }, { 381, 5235, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 41, 225, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 664, 7296, 65535 }, { 132, 2137, 65535 },
	{ 677, 7395, 984 }, { 60, 351, 65535 }, { 172, 3044, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 661, 7270, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 206, 3866, 65535 }, { 604, 6891, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 310, 4728, 65535 }, { 516, 6217, 65535 },
	{ 94, 1154, 65535 }, { 188, 3482, 65535 }, { 345, 5010, 65535 }, { 580, 6716, 65535 },
	{ 594, 6821, 831 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 445, 5750, 65535 }, { 46, 252, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 272, 4411, 480 }, { 452, 5791, 65535 }, { 470, 5903, 65535 }, { 68, 497, 65535 },
	{ 123, 1901, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 90, 1028, 65535 }, { 65535, 65535, 65535 }, { 541, 6409, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 430, 5655, 65535 }, { 169, 2970, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 675, 7377, 65535 }, { 65535, 65535, 65535 },
	{ 204, 3821, 65535 }, { 140, 2337, 65535 }, { 385, 5266, 65535 }, { 294, 4620, 65535 },
	{ 168, 2939, 65535 }, { 181, 3293, 65535 }, { 546, 6448, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 66, 401, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 574, 6670, 65535 }, { 199, 3699, 65535 }, { 325, 4860, 65535 },
	{ 161, 2806, 65535 }, { 456, 5815, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 543, 6427, 65535 }, { 97, 1213, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 296, 4636, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 314, 4748, 65535 },
	{ 38, 200, 220 }, { 82, 807, 65535 }, { 98, 1241, 65535 }, { 239, 4168, 65535 },
	{ 65535, 65535, 65535 }, { 215, 4003, 65535 }, { 137, 2257, 65535 }, { 393, 5325, 65535 },
	{ 571, 6653, 65535 }, { 660, 7258, 65535 }, { 164, 2881, 65535 }, { 67, 475, 65535 },
	{ 64, 375, 65535 }, { 682, 7447, 65535 }, { 114, 1646, 65535 }, { 65535, 65535, 65535 },
	{ 645, 7175, 65535 }, { 369, 5153, 65535 }, { 628, 7080, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 87, 946, 65535 }, { 65535, 65535, 65535 },
	{ 216, 4008, 65535 }, { 65535, 65535, 65535 }, { 81, 757, 65535 }, { 36, 173, 29 },
	{ 117, 1760, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 274, 4426, 65535 },
	{ 187, 3457, 65535 }, { 655, 7226, 65535 }, { 65535, 65535, 65535 }, { 36, 173, 28 },
	{ 154, 2638, 65535 }, { 192, 3570, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 110, 1556, 65535 }, { 243, 4190, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 117, 1765, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 16, 33, 65535 },
	{ 65535, 65535, 65535 }, { 132, 2136, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 132, 2121, 65535 }, { 228, 4086, 65535 },
	{ 142, 2400, 65535 }, { 65535, 65535, 65535 }, { 101, 1313, 65535 }, { 65535, 65535, 65535 },
	{ 176, 3138, 65535 }, { 635, 7122, 939 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 287, 4571, 65535 }, { 107, 1493, 65535 }, { 83, 812, 65535 },
	{ 132, 2145, 65535 }, { 564, 6588, 756 }, { 65535, 65535, 65535 }, { 188, 3503, 65535 },
	{ 84, 871, 65535 }, { 66, 449, 65535 }, { 135, 2206, 65535 }, { 158, 2729, 65535 },
	{ 35, 151, 65535 }, { 244, 4202, 65535 }, { 392, 5319, 65535 }, { 521, 6255, 65535 },
	{ 180, 3239, 65535 }, { 172, 3032, 65535 }, { 639, 7142, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 93, 1100, 65535 }, { 219, 4023, 65535 }, { 65535, 65535, 65535 },
	{ 84, 854, 65535 }, { 584, 6754, 800 }, { 65535, 65535, 65535 }, { 66, 446, 65535 },
	{ 124, 1923, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 30, 101, 65535 },
	{ 526, 6294, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 442, 5731, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 85, 887, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 148, 2548, 65535 },
	{ 398, 5407, 65535 }, { 65535, 65535, 65535 }, { 91, 1068, 65535 }, { 155, 2665, 65535 },
	{ 570, 6648, 65535 }, { 584, 6753, 65535 }, { 497, 6064, 65535 }, { 65535, 65535, 65535 },
	{ 69, 534, 65535 }, { 87, 956, 65535 }, { 198, 3683, 65535 }, { 290, 4593, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 594, 6821, 825 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 659, 7244, 65535 }, { 193, 3606, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 215, 4005, 65535 }, { 594, 6821, 824 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 77, 665, 65535 }, { 396, 5367, 65535 }, { 127, 2008, 65535 }, { 513, 6176, 65535 },
	{ 300, 4654, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 79, 720, 65535 }, { 517, 6223, 65535 },
	{ 65535, 65535, 65535 }, { 643, 7169, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 185, 3396, 65535 }, { 566, 6598, 65535 }, { 100, 1288, 65535 },
	{ 361, 5095, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 114, 1653, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 125, 1942, 65535 },
	{ 65535, 65535, 65535 }, { 208, 3917, 65535 }, { 65535, 65535, 65535 }, { 229, 4090, 65535 },
	{ 36, 177, 134 }, { 588, 6774, 65535 }, { 65535, 65535, 65535 }, { 112, 1588, 65535 },
	{ 94, 1137, 65535 }, { 185, 3415, 65535 }, { 503, 6101, 65535 }, { 65535, 65535, 65535 },
	{ 116, 1723, 65535 }, { 65535, 65535, 65535 }, { 147, 2541, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 371, 5162, 65535 }, { 67, 481, 65535 }, { 267, 4377, 65535 },
	{ 487, 5998, 636 }, { 204, 3824, 65535 }, { 65535, 65535, 65535 }, { 446, 5751, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 621, 7019, 862 }, { 65535, 65535, 65535 },
	{ 428, 5641, 65535 }, { 65535, 65535, 65535 }, { 171, 2998, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 38, 200, 190 },
	{ 196, 3654, 65535 }, { 187, 3452, 65535 }, { 432, 5664, 65535 }, { 261, 4337, 469 },
	{ 348, 5026, 65535 }, { 108, 1521, 65535 }, { 497, 6066, 65535 }, { 466, 5874, 65535 },
	{ 65535, 65535, 65535 }, { 87, 947, 65535 }, { 65535, 65535, 65535 }, { 205, 3849, 65535 },
	{ 261, 4340, 472 }, { 65535, 65535, 65535 }, { 36, 177, 149 }, { 188, 3500, 65535 },
	{ 655, 7225, 65535 }, { 65535, 65535, 65535 }, { 538, 6387, 681 }, { 65535, 65535, 65535 },
	{ 96, 1195, 65535 }, { 214, 3999, 406 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 304, 4679, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 199, 3700, 65535 }, { 65535, 65535, 65535 }, { 537, 6376, 65535 }, { 65535, 65535, 65535 },
	{ 378, 5215, 65535 }, { 132, 2148, 65535 }, { 169, 2972, 65535 }, { 65535, 65535, 65535 },
	{ 45, 250, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 517, 6229, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 311, 4736, 65535 }, { 143, 2433, 65535 }, { 395, 5354, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 26, 80, 65535 }, { 117, 1767, 65535 }, { 158, 2730, 65535 },
	{ 466, 5882, 624 }, { 65535, 65535, 65535 }, { 399, 5422, 65535 }, { 71, 562, 65535 },
	{ 335, 4933, 65535 }, { 86, 914, 65535 }, { 442, 5732, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 171, 3022, 65535 },
	{ 477, 5942, 65535 }, { 482, 5968, 65535 }, { 129, 2064, 65535 }, { 168, 2938, 65535 },
	{ 615, 6973, 65535 }, { 135, 2197, 65535 }, { 666, 7310, 65535 }, { 162, 2845, 65535 },
	{ 672, 7361, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 146, 2515, 65535 }, { 65535, 65535, 65535 }, { 93, 1110, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 574, 6671, 65535 }, { 65535, 65535, 65535 },
	{ 137, 2260, 65535 }, { 324, 4843, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 97, 1212, 65535 }, { 108, 1516, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 516, 6220, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 114, 1643, 65535 }, { 36, 177, 107 }, { 182, 3304, 65535 },
	{ 202, 3759, 65535 }, { 316, 4770, 65535 }, { 239, 4167, 65535 }, { 515, 6211, 65535 },
	{ 252, 4274, 65535 }, { 66, 404, 65535 }, { 164, 2868, 65535 }, { 635, 7122, 975 },
	{ 65535, 65535, 65535 }, { 189, 3518, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 178, 3188, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 377, 5206, 554 }, { 131, 2096, 65535 }, { 645, 7176, 65535 },
	{ 185, 3388, 65535 }, { 65535, 65535, 65535 }, { 253, 4275, 65535 }, { 548, 6483, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 186, 3418, 65535 }, { 65535, 65535, 65535 },
	{ 174, 3075, 65535 }, { 65535, 65535, 65535 }, { 138, 2284, 65535 }, { 300, 4653, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 411, 5519, 604 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 111, 1560, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 103, 1366, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 450, 5780, 65535 }, { 361, 5096, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 229, 4089, 65535 }, { 635, 7122, 956 }, { 79, 717, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 576, 6689, 65535 }, { 601, 6875, 65535 }, { 65535, 65535, 65535 },
	{ 635, 7122, 974 }, { 110, 1550, 65535 }, { 180, 3260, 65535 }, { 496, 6059, 65535 },
	{ 503, 6102, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 70, 549, 65535 }, { 371, 5161, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 644, 7173, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 40, 210, 65535 }, { 538, 6387, 673 }, { 129, 2052, 65535 },
	{ 283, 4538, 65535 }, { 432, 5665, 65535 }, { 536, 6373, 65535 }, { 145, 2484, 65535 },
	{ 143, 2435, 65535 }, { 208, 3920, 65535 }, { 36, 167, 65535 }, { 527, 6302, 649 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 598, 6848, 65535 },
	{ 65535, 65535, 65535 }, { 566, 6608, 65535 }, { 195, 3651, 65535 }, { 563, 6582, 65535 },
	{ 181, 3268, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 198, 3680, 65535 },
	{ 65535, 65535, 65535 }, { 442, 5730, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 104, 1397, 65535 }, { 65535, 65535, 65535 },
	{ 127, 2005, 65535 }, { 148, 2549, 65535 }, { 464, 5867, 65535 }, { 65535, 65535, 65535 },
	{ 249, 4242, 65535 }, { 542, 6416, 65535 }, { 669, 7341, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 87, 949, 65535 }, { 584, 6752, 65535 },
	{ 25, 74, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 98, 1246, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 290, 4594, 65535 }, { 65535, 65535, 65535 },
	{ 354, 5060, 65535 }, { 105, 1423, 65535 }, { 337, 4951, 65535 }, { 527, 6297, 65535 },
	{ 188, 3490, 387 }, { 508, 6147, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 178, 3186, 65535 }, { 513, 6175, 65535 }, { 206, 3882, 65535 }, { 224, 4062, 65535 },
	{ 65535, 65535, 65535 }, { 115, 1670, 65535 }, { 38, 200, 204 }, { 159, 2758, 65535 },
	{ 219, 4025, 438 }, { 65535, 65535, 65535 }, { 654, 7222, 65535 }, { 360, 5090, 65535 },
	{ 65535, 65535, 65535 }, { 523, 6271, 65535 }, { 594, 6821, 828 }, { 103, 1373, 65535 },
	{ 176, 3146, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 346, 5013, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 539, 6396, 65535 },
	{ 38, 200, 223 }, { 174, 3085, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 396, 5364, 65535 }, { 175, 3123, 65535 }, { 583, 6742, 65535 },
	{ 289, 4585, 65535 }, { 508, 6144, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 105, 1427, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 431, 5659, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 510, 6158, 65535 },
	{ 275, 4433, 65535 }, { 554, 6518, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 118, 1797, 304 }, { 65535, 65535, 65535 }, { 77, 670, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 88, 999, 65535 },
	{ 377, 5206, 555 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 573, 6664, 65535 }, { 513, 6184, 65535 }, { 133, 2150, 65535 }, { 378, 5216, 65535 },
	{ 441, 5724, 65535 }, { 516, 6219, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 195, 3639, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 515, 6202, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 221, 4039, 65535 }, { 65535, 65535, 65535 }, { 306, 4701, 65535 }, { 363, 5113, 65535 },
	{ 65535, 65535, 65535 }, { 225, 4070, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 295, 4627, 65535 }, { 204, 3793, 65535 }, { 370, 5157, 65535 }, { 502, 6096, 65535 },
	{ 552, 6505, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 115, 1689, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 512, 6170, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 62, 362, 65535 },
	{ 199, 3701, 65535 }, { 594, 6821, 807 }, { 644, 7171, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 355, 5066, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 113, 1622, 65535 }, { 65535, 65535, 65535 }, { 503, 6113, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 136, 2222, 65535 }, { 36, 173, 11 },
	{ 228, 4085, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 66, 448, 65535 }, { 115, 1682, 65535 }, { 547, 6467, 716 },
	{ 561, 6571, 741 }, { 572, 6660, 65535 }, { 107, 1458, 65535 }, { 317, 4775, 65535 },
	{ 634, 7114, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 82, 805, 65535 },
	{ 65535, 65535, 65535 }, { 45, 246, 65535 }, { 65535, 65535, 65535 }, { 640, 7152, 65535 },
	{ 251, 4260, 65535 }, { 65535, 65535, 65535 }, { 36, 176, 80 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 317, 4777, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 124, 1910, 65535 }, { 65535, 65535, 65535 }, { 62, 365, 65535 }, { 549, 6484, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 288, 4583, 65535 }, { 631, 7101, 875 },
	{ 65535, 65535, 65535 }, { 170, 2990, 65535 }, { 65535, 65535, 65535 }, { 68, 487, 65535 },
	{ 65535, 65535, 65535 }, { 299, 4650, 65535 }, { 65535, 65535, 65535 }, { 391, 5314, 570 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 176, 57 }, { 148, 2558, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 165, 2902, 65535 }, { 623, 7032, 65535 },
	{ 5, 11, 65535 }, { 161, 2813, 65535 }, { 620, 7005, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 640, 7151, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 283, 4539, 65535 }, { 190, 3543, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 53, 300, 65535 }, { 65535, 65535, 65535 }, { 68, 501, 65535 }, { 117, 1729, 65535 },
	{ 117, 1777, 65535 }, { 147, 2533, 65535 }, { 214, 3998, 402 }, { 320, 4813, 65535 },
	{ 327, 4894, 65535 }, { 399, 5421, 65535 }, { 139, 2310, 65535 }, { 184, 3360, 65535 },
	{ 146, 2506, 65535 }, { 478, 5943, 65535 }, { 532, 6343, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 209, 3952, 65535 },
	{ 65535, 65535, 65535 }, { 336, 4936, 65535 }, { 65535, 65535, 65535 }, { 157, 2706, 65535 },
	{ 65535, 65535, 65535 }, { 86, 934, 65535 }, { 87, 970, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 143, 2428, 65535 }, { 659, 7251, 65535 },
	{ 113, 1605, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 77, 657, 65535 },
	{ 207, 3898, 65535 }, { 218, 4016, 65535 }, { 100, 1303, 65535 }, { 36, 173, 32 },
	{ 282, 4517, 65535 }, { 188, 3467, 65535 }, { 65535, 65535, 65535 }, { 75, 613, 65535 },
	{ 332, 4917, 65535 }, { 210, 3969, 65535 }, { 86, 913, 65535 }, { 407, 5484, 65535 },
	{ 65535, 65535, 65535 }, { 178, 3179, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 441, 5723, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 573, 6665, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 427, 5629, 65535 }, { 85, 881, 65535 }, { 174, 3091, 373 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 93, 1106, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 38, 200, 182 }, { 65535, 65535, 65535 }, { 113, 1625, 65535 }, { 36, 173, 48 },
	{ 65535, 65535, 65535 }, { 370, 5156, 65535 }, { 502, 6097, 65535 }, { 103, 1379, 65535 },
	{ 105, 1424, 65535 }, { 65535, 65535, 65535 }, { 522, 6265, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 143, 2432, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 42, 233, 65535 }, { 644, 7172, 65535 }, { 65535, 65535, 65535 }, { 202, 3769, 65535 },
	{ 512, 6169, 65535 }, { 581, 6725, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 127, 2022, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 447, 5761, 65535 }, { 356, 5068, 65535 }, { 479, 5952, 632 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 45, 245, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 274, 4432, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 176, 92 },
	{ 360, 5091, 65535 }, { 654, 7221, 65535 }, { 65535, 65535, 65535 }, { 214, 3995, 65535 },
	{ 674, 7374, 65535 }, { 65535, 65535, 65535 }, { 114, 1634, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 92, 1081, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 327, 4893, 65535 }, { 185, 3379, 65535 },
	{ 131, 2107, 65535 }, { 66, 442, 242 }, { 201, 3747, 65535 }, { 466, 5882, 625 },
	{ 513, 6177, 65535 }, { 583, 6741, 65535 }, { 635, 7122, 962 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 82, 801, 65535 }, { 134, 2172, 65535 }, { 284, 4544, 65535 },
	{ 25, 70, 65535 }, { 285, 4552, 65535 }, { 289, 4586, 65535 }, { 42, 230, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 205, 3843, 65535 },
	{ 538, 6387, 674 }, { 65535, 65535, 65535 }, { 531, 6337, 65535 }, { 65535, 65535, 65535 },
	{ 368, 5147, 65535 }, { 431, 5660, 65535 }, { 469, 5899, 65535 }, { 65535, 65535, 65535 },
	{ 94, 1130, 65535 }, { 143, 2410, 65535 }, { 105, 1429, 65535 }, { 532, 6342, 65535 },
	{ 65535, 65535, 65535 }, { 214, 3999, 404 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 398, 5408, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 124, 1929, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 1, 2, 65535 }, { 123, 1894, 65535 },
	{ 65535, 65535, 65535 }, { 78, 676, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 147, 2534, 65535 }, { 15, 31, 65535 }, { 36, 176, 68 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 177, 3165, 65535 },
	{ 236, 4147, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 188, 3470, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 276, 4453, 490 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 72, 571, 65535 }, { 544, 6431, 65535 }, { 178, 3176, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 157, 2705, 65535 }, { 136, 2223, 326 }, { 527, 6302, 648 }, { 630, 7087, 65535 },
	{ 117, 1732, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 398, 5404, 578 },
	{ 149, 2564, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 81, 760, 254 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 92, 1085, 65535 }, { 418, 5571, 65535 }, { 401, 5442, 65535 },
	{ 55, 316, 65535 }, { 86, 912, 65535 }, { 211, 3984, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 204, 3816, 65535 },
	{ 122, 1884, 65535 }, { 557, 6536, 65535 }, { 538, 6387, 667 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 228, 4084, 65535 },
	{ 559, 6543, 65535 }, { 94, 1155, 65535 }, { 115, 1679, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 276, 4443, 65535 }, { 379, 5225, 65535 }, { 634, 7115, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 136, 2234, 65535 }, { 594, 6821, 844 }, { 94, 1148, 65535 }, { 272, 4414, 65535 },
	{ 417, 5560, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 427, 5636, 65535 },
	{ 65535, 65535, 65535 }, { 634, 7117, 911 }, { 65535, 65535, 65535 }, { 538, 6387, 690 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 176, 87 }, { 86, 938, 65535 },
	{ 162, 2835, 65535 }, { 313, 4747, 65535 }, { 550, 6494, 65535 }, { 65535, 65535, 65535 },
	{ 107, 1455, 65535 }, { 65535, 65535, 65535 }, { 156, 2683, 65535 }, { 299, 4649, 65535 },
	{ 65535, 65535, 65535 }, { 488, 6000, 65535 }, { 65535, 65535, 65535 }, { 83, 818, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 88, 988, 65535 },
	{ 199, 3703, 65535 }, { 492, 6028, 65535 }, { 614, 6966, 860 }, { 65535, 65535, 65535 },
	{ 298, 4647, 504 }, { 203, 3781, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 184, 3352, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 166, 2906, 65535 }, { 198, 3685, 65535 }, { 203, 3785, 398 }, { 383, 5250, 65535 },
	{ 583, 6748, 798 }, { 65535, 65535, 65535 }, { 274, 4430, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 127, 2010, 65535 }, { 53, 301, 65535 },
	{ 95, 1162, 65535 }, { 421, 5586, 65535 }, { 107, 1487, 65535 }, { 85, 890, 65535 },
	{ 124, 1920, 65535 }, { 65535, 65535, 65535 }, { 104, 1403, 65535 }, { 519, 6244, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 74, 605, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 83, 836, 65535 }, { 563, 6579, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 113, 1596, 65535 }, { 182, 3334, 65535 },
	{ 269, 4386, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 155, 2659, 65535 }, { 148, 2546, 65535 },
	{ 634, 7117, 928 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 671, 7349, 65535 }, { 167, 2931, 65535 }, { 176, 3145, 65535 }, { 394, 5351, 65535 },
	{ 65535, 65535, 65535 }, { 279, 4494, 65535 }, { 52, 297, 65535 }, { 411, 5516, 65535 },
	{ 65535, 65535, 65535 }, { 623, 7033, 65535 }, { 65535, 65535, 65535 }, { 38, 200, 176 },
	{ 65535, 65535, 65535 }, { 219, 4025, 434 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 104, 1386, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 191, 3558, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 173, 3069, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 42, 226, 65535 },
	{ 184, 3370, 65535 }, { 208, 3923, 65535 }, { 457, 5825, 65535 }, { 340, 4967, 65535 },
	{ 468, 5891, 65535 }, { 545, 6440, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 251, 4266, 65535 },
	{ 65535, 65535, 65535 }, { 482, 5966, 65535 }, { 600, 6861, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 126, 1983, 65535 }, { 350, 5037, 65535 },
	{ 65535, 65535, 65535 }, { 642, 7164, 65535 }, { 277, 4473, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 175, 3110, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 168, 2933, 65535 }, { 65535, 65535, 65535 }, { 204, 3801, 65535 },
	{ 65535, 65535, 65535 }, { 161, 2815, 65535 }, { 65535, 65535, 65535 }, { 452, 5794, 65535 },
	{ 65535, 65535, 65535 }, { 430, 5657, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 66, 407, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 107, 1472, 65535 }, { 529, 6312, 65535 }, { 88, 976, 65535 },
	{ 312, 4741, 65535 }, { 472, 5912, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 169, 2964, 65535 }, { 538, 6387, 662 }, { 97, 1207, 65535 }, { 571, 6652, 65535 },
	{ 390, 5304, 568 }, { 200, 3721, 65535 }, { 65535, 65535, 65535 }, { 630, 7096, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 303, 4674, 65535 }, { 387, 5278, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 429, 5647, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 572, 6658, 787 }, { 479, 5951, 65535 }, { 144, 2461, 65535 }, { 38, 200, 217 },
	{ 83, 824, 65535 }, { 574, 6676, 65535 }, { 107, 1462, 65535 }, { 614, 6959, 65535 },
	{ 340, 4969, 65535 }, { 65535, 65535, 65535 }, { 388, 5288, 65535 }, { 137, 2263, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 159, 2749, 65535 }, { 173, 3063, 65535 },
	{ 69, 520, 65535 }, { 458, 5829, 65535 }, { 543, 6424, 65535 }, { 550, 6493, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 187, 3445, 65535 },
	{ 236, 4148, 65535 }, { 449, 5775, 65535 }, { 123, 1898, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 256, 4296, 65535 }, { 316, 4767, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 158, 2727, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 31, 112, 65535 }, { 65535, 65535, 65535 }, { 548, 6482, 65535 }, { 553, 6509, 65535 },
	{ 673, 7369, 65535 }, { 654, 7223, 65535 }, { 116, 1716, 65535 }, { 65535, 65535, 65535 },
	{ 205, 3861, 65535 }, { 384, 5262, 65535 }, { 489, 6009, 65535 }, { 65535, 65535, 65535 },
	{ 538, 6387, 675 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 87, 944, 65535 }, { 161, 2817, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 54, 312, 65535 }, { 56, 323, 65535 },
	{ 82, 788, 65535 }, { 112, 1593, 65535 }, { 245, 4204, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 624, 7041, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 109, 1536, 65535 },
	{ 65535, 65535, 65535 }, { 411, 5517, 65535 }, { 279, 4493, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 123, 1900, 65535 }, { 265, 4361, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 165, 2885, 65535 },
	{ 65535, 65535, 65535 }, { 124, 1939, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 145, 2499, 65535 }, { 174, 3100, 65535 }, { 238, 4165, 463 }, { 127, 2024, 322 },
	{ 340, 4968, 65535 }, { 65535, 65535, 65535 }, { 176, 3129, 65535 }, { 204, 3823, 65535 },
	{ 208, 3922, 65535 }, { 281, 4511, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 420, 5583, 65535 }, { 155, 2673, 65535 }, { 65535, 65535, 65535 }, { 511, 6166, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 586, 6766, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 66, 431, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 482, 5967, 65535 }, { 36, 173, 41 },
	{ 65535, 65535, 65535 }, { 105, 1413, 65535 }, { 159, 2767, 65535 }, { 194, 3622, 65535 },
	{ 65535, 65535, 65535 }, { 209, 3956, 65535 }, { 350, 5036, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 94, 1146, 65535 }, { 52, 294, 65535 }, { 65535, 65535, 65535 }, { 72, 579, 65535 },
	{ 492, 6027, 65535 }, { 65535, 65535, 65535 }, { 198, 3686, 65535 }, { 219, 4025, 441 },
	{ 498, 6074, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 125, 1951, 65535 }, { 219, 4025, 411 }, { 337, 4945, 65535 },
	{ 58, 341, 65535 }, { 407, 5488, 592 }, { 526, 6290, 65535 }, { 162, 2852, 65535 },
	{ 526, 6291, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 123, 1885, 65535 }, { 127, 2011, 65535 }, { 148, 2543, 65535 }, { 421, 5585, 65535 },
	{ 65535, 65535, 65535 }, { 36, 176, 61 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 94, 1120, 65535 }, { 153, 2634, 65535 },
	{ 444, 5745, 65535 }, { 98, 1234, 65535 }, { 325, 4852, 526 }, { 681, 7428, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 563, 6578, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 269, 4387, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 197, 3674, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 209, 3950, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 87, 941, 65535 }, { 205, 3844, 65535 }, { 394, 5336, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 155, 2668, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 168, 2950, 65535 }, { 169, 2957, 65535 }, { 188, 3504, 65535 }, { 184, 3367, 65535 },
	{ 83, 834, 65535 }, { 26, 82, 65535 }, { 271, 4405, 477 }, { 553, 6508, 65535 },
	{ 109, 1538, 65535 }, { 610, 6928, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 634, 7117, 898 }, { 65535, 65535, 65535 },
	{ 503, 6105, 65535 }, { 65535, 65535, 65535 }, { 108, 1506, 65535 }, { 36, 156, 65535 },
	{ 69, 528, 65535 }, { 326, 4882, 65535 }, { 468, 5888, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 503, 6111, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 143, 2418, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 394, 5347, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 158, 2724, 65535 },
	{ 134, 2170, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 469, 5898, 65535 },
	{ 539, 6390, 65535 }, { 624, 7040, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 104, 1402, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 485, 5986, 65535 },
	{ 65535, 65535, 65535 }, { 66, 406, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 284, 4543, 65535 }, { 397, 5378, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 404, 5468, 65535 }, { 65535, 65535, 65535 },
	{ 472, 5913, 65535 }, { 65535, 65535, 65535 }, { 555, 6523, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 594, 6821, 837 }, { 65535, 65535, 65535 }, { 156, 2692, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 410, 5510, 65535 },
	{ 255, 4288, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 202, 3768, 65535 }, { 75, 623, 65535 }, { 185, 3392, 65535 }, { 168, 2936, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 614, 6960, 65535 }, { 209, 3962, 65535 },
	{ 388, 5289, 65535 }, { 65535, 65535, 65535 }, { 135, 2193, 65535 }, { 200, 3722, 65535 },
	{ 137, 2262, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 304, 4683, 65535 },
	{ 65535, 65535, 65535 }, { 325, 4854, 65535 }, { 127, 2020, 65535 }, { 326, 4866, 65535 },
	{ 65535, 65535, 65535 }, { 206, 3873, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 69, 535, 65535 }, { 97, 1210, 65535 }, { 114, 1649, 65535 }, { 543, 6425, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 31, 109, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 207, 3891, 65535 }, { 65535, 65535, 65535 }, { 128, 2029, 65535 },
	{ 670, 7345, 65535 }, { 22, 53, 65535 }, { 65535, 65535, 65535 }, { 418, 5570, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 86, 920, 65535 }, { 65535, 65535, 65535 }, { 174, 3107, 65535 }, { 148, 2553, 65535 },
	{ 406, 5482, 588 }, { 184, 3365, 65535 }, { 613, 6952, 65535 }, { 65535, 65535, 65535 },
	{ 89, 1006, 65535 }, { 103, 1365, 65535 }, { 55, 314, 65535 }, { 349, 5031, 65535 },
	{ 528, 6303, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 429, 5648, 65535 },
	{ 234, 4135, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 34, 140, 65535 }, { 474, 5926, 628 }, { 601, 6871, 65535 },
	{ 186, 3419, 65535 }, { 82, 802, 65535 }, { 192, 3587, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 95, 1173, 65535 }, { 160, 2789, 362 },
	{ 174, 3074, 65535 }, { 599, 6855, 65535 }, { 278, 4480, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 528, 6306, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 53, 303, 65535 },
	{ 138, 2276, 65535 }, { 153, 2628, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 179, 3219, 65535 }, { 305, 4691, 65535 }, { 160, 2774, 65535 },
	{ 289, 4588, 65535 }, { 457, 5822, 65535 }, { 65535, 65535, 65535 }, { 115, 1671, 65535 },
	{ 65535, 65535, 65535 }, { 209, 3960, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 76, 634, 65535 }, { 126, 1974, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 202, 3766, 393 }, { 69, 517, 65535 }, { 65535, 65535, 65535 },
	{ 67, 455, 65535 }, { 82, 787, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 593, 6811, 65535 }, { 65535, 65535, 65535 }, { 38, 200, 211 },
	{ 136, 2214, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 268, 4380, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 175, 3124, 65535 }, { 168, 2942, 65535 },
	{ 195, 3646, 65535 }, { 209, 3943, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 97, 1221, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 386, 5272, 65535 },
	{ 65535, 65535, 65535 }, { 192, 3584, 65535 }, { 199, 3695, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 78, 697, 65535 }, { 197, 3671, 65535 }, { 65535, 65535, 65535 }, { 65, 388, 65535 },
	{ 118, 1798, 65535 }, { 65535, 65535, 65535 }, { 102, 1356, 65535 }, { 65535, 65535, 65535 },
	{ 552, 6502, 65535 }, { 244, 4199, 65535 }, { 529, 6315, 65535 }, { 370, 5159, 65535 },
	{ 570, 6647, 65535 }, { 258, 4306, 65535 }, { 65535, 65535, 65535 }, { 582, 6734, 65535 },
	{ 88, 995, 65535 }, { 169, 2973, 65535 }, { 180, 3245, 65535 }, { 394, 5353, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 520, 6249, 65535 },
	{ 634, 7117, 890 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 29, 99, 65535 }, { 65535, 65535, 65535 }, { 625, 7052, 65535 },
	{ 315, 4762, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 481, 5962, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 572, 6661, 789 },
	{ 65535, 65535, 65535 }, { 623, 7030, 65535 }, { 173, 3050, 65535 }, { 458, 5832, 65535 },
	{ 329, 4902, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 155, 2667, 65535 }, { 67, 474, 65535 }, { 77, 638, 65535 },
	{ 88, 990, 65535 }, { 96, 1204, 65535 }, { 107, 1482, 65535 }, { 170, 2986, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 31, 106, 65535 }, { 65535, 65535, 65535 }, { 471, 5906, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 339, 4961, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 102, 1331, 65535 },
	{ 104, 1407, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 400, 5428, 65535 },
	{ 164, 2867, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 36, 177, 150 }, { 185, 3407, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 660, 7254, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 559, 6553, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 564, 6588, 757 },
	{ 635, 7122, 964 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 635, 7122, 934 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 542, 6411, 65535 }, { 410, 5509, 65535 }, { 65535, 65535, 65535 },
	{ 292, 4609, 65535 }, { 114, 1664, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 280, 4504, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 209, 3963, 65535 },
	{ 600, 6865, 858 }, { 36, 173, 51 }, { 105, 1422, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 209, 3946, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 199, 3692, 65535 }, { 205, 3847, 65535 }, { 126, 1975, 65535 }, { 212, 3990, 401 },
	{ 51, 290, 65535 }, { 93, 1107, 65535 }, { 65535, 65535, 65535 }, { 115, 1686, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 666, 7320, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 99, 1267, 65535 }, { 170, 2980, 65535 }, { 268, 4381, 65535 }, { 136, 2213, 65535 },
	{ 609, 6922, 65535 }, { 138, 2279, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 284, 4551, 65535 }, { 259, 4315, 65535 }, { 165, 2900, 65535 },
	{ 191, 3557, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 170, 2987, 65535 }, { 340, 4980, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 93, 1099, 65535 },
	{ 65, 387, 65535 }, { 529, 6316, 658 }, { 67, 458, 65535 }, { 197, 3672, 65535 },
	{ 680, 7417, 65535 }, { 65535, 65535, 65535 }, { 99, 1254, 65535 }, { 236, 4153, 65535 },
	{ 529, 6316, 653 }, { 594, 6821, 821 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 641, 7156, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 129, 2057, 65535 }, { 207, 3890, 65535 },
	{ 343, 4997, 65535 }, { 102, 1351, 65535 }, { 196, 3655, 65535 }, { 538, 6383, 65535 },
	{ 65535, 65535, 65535 }, { 538, 6387, 676 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 680, 7420, 65535 }, { 36, 173, 16 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 613, 6953, 65535 },
	{ 203, 3789, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 135, 2195, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 349, 5030, 65535 }, { 125, 1943, 65535 }, { 362, 5103, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 128, 2026, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 114, 1647, 65535 }, { 159, 2761, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 56, 325, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 92, 1080, 65535 },
	{ 467, 5883, 65535 }, { 51, 292, 65535 }, { 185, 3390, 65535 }, { 177, 3166, 65535 },
	{ 200, 3718, 65535 }, { 65535, 65535, 65535 }, { 118, 1802, 65535 }, { 65535, 65535, 65535 },
	{ 483, 5972, 65535 }, { 278, 4479, 65535 }, { 36, 177, 137 }, { 77, 662, 65535 },
	{ 198, 3690, 65535 }, { 65535, 65535, 65535 }, { 160, 2786, 350 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 471, 5907, 65535 }, { 203, 3791, 65535 }, { 325, 4849, 65535 },
	{ 174, 3101, 65535 }, { 489, 6010, 65535 }, { 64, 376, 65535 }, { 36, 177, 124 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 339, 4960, 65535 }, { 65535, 65535, 65535 },
	{ 38, 200, 179 }, { 66, 441, 65535 }, { 261, 4332, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 278, 4483, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 400, 5429, 65535 }, { 396, 5361, 65535 }, { 167, 2919, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 594, 6821, 812 }, { 188, 3479, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 94, 1142, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 646, 7182, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 254, 4282, 65535 },
	{ 606, 6906, 65535 }, { 410, 5508, 65535 }, { 90, 1037, 65535 }, { 36, 177, 142 },
	{ 542, 6412, 65535 }, { 65535, 65535, 65535 }, { 188, 3496, 65535 }, { 198, 3687, 65535 },
	{ 65535, 65535, 65535 }, { 389, 5298, 566 }, { 547, 6470, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 169, 2968, 65535 }, { 65535, 65535, 65535 },
	{ 506, 6134, 65535 }, { 112, 1576, 65535 }, { 136, 2238, 65535 }, { 552, 6501, 65535 },
	{ 648, 7192, 65535 }, { 160, 2789, 360 }, { 177, 3171, 65535 }, { 204, 3830, 65535 },
	{ 36, 173, 25 }, { 572, 6658, 786 }, { 36, 177, 153 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 258, 4307, 65535 }, { 65535, 65535, 65535 },
	{ 77, 641, 65535 }, { 322, 4824, 523 }, { 65535, 65535, 65535 }, { 387, 5282, 65535 },
	{ 515, 6209, 65535 }, { 65535, 65535, 65535 }, { 36, 177, 121 }, { 65535, 65535, 65535 },
	{ 183, 3336, 65535 }, { 481, 5961, 65535 }, { 65535, 65535, 65535 }, { 323, 4840, 65535 },
	{ 65535, 65535, 65535 }, { 36, 179, 156 }, { 83, 811, 65535 }, { 538, 6387, 686 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 154, 2637, 65535 }, { 65535, 65535, 65535 },
	{ 193, 3619, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 606, 6907, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 41, 218, 65535 }, { 623, 7029, 65535 },
	{ 113, 1621, 65535 }, { 547, 6456, 65535 }, { 635, 7122, 957 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 83, 842, 65535 }, { 377, 5208, 65535 },
	{ 255, 4291, 65535 }, { 594, 6821, 847 }, { 65535, 65535, 65535 }, { 329, 4903, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 340, 4976, 65535 }, { 265, 4366, 65535 }, { 490, 6016, 65535 }, { 522, 6259, 65535 },
	{ 283, 4537, 65535 }, { 65535, 65535, 65535 }, { 189, 3508, 65535 }, { 65535, 65535, 65535 },
	{ 55, 320, 65535 }, { 102, 1339, 65535 }, { 205, 3856, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 508, 6141, 65535 }, { 602, 6882, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 583, 6750, 65535 }, { 106, 1447, 65535 },
	{ 109, 1531, 65535 }, { 174, 3091, 371 }, { 634, 7117, 924 }, { 621, 7013, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 275, 4438, 484 }, { 610, 6932, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 451, 5783, 65535 }, { 118, 1779, 65535 },
	{ 594, 6821, 840 }, { 187, 3439, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 246, 4216, 65535 }, { 593, 6806, 65535 }, { 634, 7117, 906 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 312, 4740, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 322, 4824, 517 }, { 65535, 65535, 65535 }, { 437, 5696, 65535 }, { 92, 1088, 65535 },
	{ 116, 1710, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 448, 5767, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 180, 3226, 65535 },
	{ 65535, 65535, 65535 }, { 603, 6886, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 113, 1606, 65535 }, { 352, 5049, 65535 }, { 397, 5381, 65535 },
	{ 192, 3592, 65535 }, { 113, 1629, 65535 }, { 179, 3199, 65535 }, { 204, 3812, 65535 },
	{ 295, 4624, 65535 }, { 65535, 65535, 65535 }, { 91, 1070, 263 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 664, 7281, 65535 },
	{ 36, 181, 65535 }, { 123, 1907, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 164, 2875, 65535 }, { 532, 6340, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 562, 6576, 753 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 366, 5131, 65535 },
	{ 65535, 65535, 65535 }, { 106, 1436, 65535 }, { 115, 1696, 65535 }, { 108, 1499, 65535 },
	{ 206, 3867, 65535 }, { 235, 4142, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 66, 415, 65535 }, { 209, 3951, 65535 }, { 109, 1544, 65535 }, { 137, 2271, 65535 },
	{ 173, 3058, 65535 }, { 143, 2449, 65535 }, { 224, 4050, 65535 }, { 135, 2185, 65535 },
	{ 38, 200, 207 }, { 314, 4760, 65535 }, { 104, 1394, 65535 }, { 125, 1966, 65535 },
	{ 674, 7372, 65535 }, { 604, 6894, 65535 }, { 113, 1620, 65535 }, { 62, 368, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 35, 147, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 82, 778, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 176, 3137, 65535 },
	{ 144, 2452, 65535 }, { 145, 2478, 65535 }, { 106, 1443, 65535 }, { 96, 1190, 65535 },
	{ 390, 5302, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 189, 3520, 65535 }, { 514, 6193, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 153, 2620, 65535 }, { 65535, 65535, 65535 },
	{ 32, 115, 65535 }, { 319, 4798, 65535 }, { 247, 4224, 65535 }, { 423, 5609, 610 },
	{ 74, 594, 65535 }, { 168, 2949, 65535 }, { 174, 3103, 65535 }, { 422, 5597, 608 },
	{ 491, 6024, 65535 }, { 238, 4161, 65535 }, { 677, 7395, 986 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 11, 22, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 529, 6316, 652 }, { 167, 2914, 65535 }, { 282, 4516, 65535 },
	{ 461, 5849, 65535 }, { 171, 3011, 65535 }, { 398, 5398, 65535 }, { 605, 6901, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 251, 4256, 65535 }, { 208, 3930, 65535 }, { 516, 6222, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 97, 1216, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 309, 4720, 65535 }, { 630, 7090, 868 }, { 65535, 65535, 65535 }, { 177, 3163, 65535 },
	{ 634, 7117, 925 }, { 640, 7148, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 173, 44 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 101, 1327, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 119, 1809, 65535 }, { 73, 586, 65535 },
	{ 498, 6068, 65535 }, { 65535, 65535, 65535 }, { 599, 6858, 65535 }, { 592, 6801, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 92, 1089, 267 }, { 146, 2512, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 248, 4229, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 219, 4025, 439 },
	{ 380, 5229, 65535 }, { 65535, 65535, 65535 }, { 569, 6628, 65535 }, { 65535, 65535, 65535 },
	{ 124, 1925, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 155, 2666, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 404, 5467, 65535 }, { 545, 6441, 65535 },
	{ 414, 5536, 65535 }, { 108, 1496, 65535 }, { 183, 3344, 65535 }, { 603, 6885, 65535 },
	{ 65535, 65535, 65535 }, { 36, 177, 139 }, { 66, 427, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 589, 6778, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 664, 7282, 65535 }, { 92, 1093, 65535 }, { 190, 3531, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 176, 99 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 112, 1584, 65535 },
	{ 447, 5757, 65535 }, { 532, 6339, 65535 }, { 612, 6949, 65535 }, { 276, 4456, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 106, 1437, 65535 }, { 138, 2304, 65535 },
	{ 231, 4106, 65535 }, { 547, 6467, 719 }, { 674, 7371, 65535 }, { 65535, 65535, 65535 },
	{ 36, 173, 30 }, { 179, 3196, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 319, 4801, 65535 }, { 140, 2339, 331 }, { 260, 4321, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 176, 3147, 65535 }, { 518, 6232, 65535 },
	{ 65535, 65535, 65535 }, { 85, 891, 65535 }, { 106, 1452, 65535 }, { 323, 4831, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 36, 180, 169 }, { 94, 1129, 65535 }, { 65535, 65535, 65535 }, { 622, 7027, 866 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 522, 6260, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 376, 5196, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 66, 416, 238 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 357, 5078, 546 },
	{ 45, 243, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 325, 4853, 65535 }, { 83, 819, 65535 }, { 379, 5224, 65535 }, { 451, 5784, 65535 },
	{ 65535, 65535, 65535 }, { 115, 1687, 65535 }, { 209, 3958, 65535 }, { 65535, 65535, 65535 },
	{ 189, 3511, 65535 }, { 249, 4238, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 187, 3438, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 164, 2882, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 593, 6807, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 305, 4688, 65535 }, { 78, 700, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 118, 1782, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 655, 7228, 65535 }, { 116, 1709, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 182, 3324, 65535 },
	{ 163, 2856, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 177, 3162, 65535 }, { 63, 371, 65535 }, { 114, 1644, 65535 }, { 309, 4721, 65535 },
	{ 65535, 65535, 65535 }, { 72, 580, 65535 }, { 65535, 65535, 65535 }, { 181, 3281, 65535 },
	{ 65535, 65535, 65535 }, { 249, 4240, 65535 }, { 65535, 65535, 65535 }, { 185, 3389, 65535 },
	{ 318, 4786, 65535 }, { 540, 6404, 65535 }, { 65535, 65535, 65535 }, { 122, 1883, 65535 },
	{ 65535, 65535, 65535 }, { 36, 177, 113 }, { 65535, 65535, 65535 }, { 234, 4132, 65535 },
	{ 416, 5548, 65535 }, { 65535, 65535, 65535 }, { 134, 2163, 65535 }, { 65535, 65535, 65535 },
	{ 87, 965, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 83, 829, 65535 }, { 65535, 65535, 65535 }, { 155, 2651, 65535 },
	{ 205, 3834, 65535 }, { 65535, 65535, 65535 }, { 22, 48, 65535 }, { 24, 66, 0 },
	{ 65535, 65535, 65535 }, { 92, 1072, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 380, 5230, 65535 }, { 542, 6418, 65535 }, { 65535, 65535, 65535 }, { 248, 4228, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 55, 319, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 104, 1404, 65535 }, { 84, 847, 65535 }, { 143, 2426, 339 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 441, 5728, 65535 }, { 559, 6548, 65535 }, { 268, 4383, 65535 }, { 65, 399, 65535 },
	{ 65535, 65535, 65535 }, { 192, 3585, 65535 }, { 438, 5705, 65535 }, { 65535, 65535, 65535 },
	{ 96, 1191, 65535 }, { 390, 5301, 65535 }, { 221, 4037, 65535 }, { 398, 5405, 582 },
	{ 65535, 65535, 65535 }, { 145, 2497, 65535 }, { 100, 1299, 65535 }, { 160, 2789, 353 },
	{ 214, 3998, 403 }, { 65535, 65535, 65535 }, { 21, 42, 65535 }, { 65535, 65535, 65535 },
	{ 170, 2989, 65535 }, { 411, 5521, 65535 }, { 319, 4797, 65535 }, { 594, 6821, 826 },
	{ 65535, 65535, 65535 }, { 80, 743, 65535 }, { 276, 4446, 65535 }, { 634, 7117, 889 },
	{ 143, 2446, 65535 }, { 123, 1895, 315 }, { 238, 4162, 65535 }, { 200, 3709, 65535 },
	{ 307, 4707, 65535 }, { 579, 6703, 65535 }, { 407, 5488, 597 }, { 511, 6163, 65535 },
	{ 173, 3065, 65535 }, { 671, 7352, 65535 }, { 402, 5450, 65535 }, { 65535, 65535, 65535 },
	{ 559, 6558, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 77, 645, 65535 }, { 276, 4452, 486 }, { 518, 6239, 65535 }, { 65535, 65535, 65535 },
	{ 461, 5848, 65535 }, { 167, 2915, 65535 }, { 180, 3251, 65535 }, { 668, 7340, 65535 },
	{ 129, 2043, 65535 }, { 410, 5512, 65535 }, { 671, 7353, 65535 }, { 650, 7199, 65535 },
	{ 124, 1936, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 48, 262, 65535 }, { 65535, 65535, 65535 }, { 84, 874, 65535 },
	{ 116, 1714, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 510, 6157, 65535 },
	{ 65535, 65535, 65535 }, { 531, 6329, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 102, 1348, 290 }, { 65535, 65535, 65535 }, { 634, 7117, 915 }, { 65535, 65535, 65535 },
	{ 237, 4156, 65535 }, { 154, 2639, 65535 }, { 186, 3431, 65535 }, { 196, 3660, 65535 },
	{ 119, 1804, 65535 }, { 574, 6675, 65535 }, { 187, 3442, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 283, 4530, 493 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 664, 7290, 65535 }, { 65535, 65535, 65535 }, { 196, 3664, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 379, 5220, 65535 }, { 77, 639, 65535 },
	{ 45, 244, 65535 }, { 538, 6387, 694 }, { 83, 813, 65535 }, { 677, 7391, 65535 },
	{ 65535, 65535, 65535 }, { 676, 7390, 65535 }, { 467, 5887, 65535 }, { 65535, 65535, 65535 },
	{ 36, 176, 93 }, { 147, 2536, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 602, 6879, 65535 }, { 65535, 65535, 65535 },
	{ 139, 2314, 65535 }, { 200, 3723, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 308, 4713, 65535 },
	{ 65535, 65535, 65535 }, { 68, 496, 65535 }, { 188, 3480, 65535 }, { 271, 4404, 473 },
	{ 564, 6589, 65535 }, { 65535, 65535, 65535 }, { 270, 4396, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 450, 5777, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 164, 2866, 65535 }, { 86, 924, 65535 }, { 606, 6902, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 318, 4783, 65535 }, { 156, 2696, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 140, 2335, 330 }, { 290, 4596, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 153, 2625, 65535 }, { 460, 5842, 65535 }, { 464, 5864, 65535 }, { 532, 6341, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 241, 4182, 65535 },
	{ 170, 2988, 65535 }, { 65535, 65535, 65535 }, { 134, 2179, 65535 }, { 65535, 65535, 65535 },
	{ 201, 3743, 65535 }, { 308, 4715, 65535 }, { 65535, 65535, 65535 }, { 160, 2777, 65535 },
	{ 66, 419, 65535 }, { 205, 3840, 65535 }, { 340, 4973, 65535 }, { 518, 6236, 65535 },
	{ 521, 6251, 65535 }, { 65535, 65535, 65535 }, { 397, 5390, 65535 }, { 65535, 65535, 65535 },
	{ 535, 6362, 65535 }, { 82, 783, 65535 }, { 117, 1737, 65535 }, { 389, 5293, 65535 },
	{ 603, 6888, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 126, 1987, 65535 },
	{ 185, 3405, 65535 }, { 102, 1358, 65535 }, { 84, 873, 65535 }, { 99, 1278, 65535 },
	{ 65535, 65535, 65535 }, { 138, 2292, 327 }, { 65535, 65535, 65535 }, { 405, 5474, 585 },
	{ 105, 1428, 65535 }, { 65535, 65535, 65535 }, { 393, 5322, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 582, 6730, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 89, 1021, 65535 },
	{ 84, 877, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 105, 1417, 65535 },
	{ 65535, 65535, 65535 }, { 114, 1662, 65535 }, { 511, 6161, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 396, 5376, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 583, 6746, 65535 }, { 208, 3933, 65535 }, { 200, 3716, 65535 },
	{ 65535, 65535, 65535 }, { 247, 4223, 65535 }, { 65535, 65535, 65535 }, { 174, 3073, 65535 },
	{ 634, 7117, 919 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 103, 1364, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 322, 4821, 65535 },
	{ 653, 7217, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 68, 491, 65535 },
	{ 204, 3820, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 176, 3133, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 93, 1101, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 416, 5559, 65535 },
	{ 65535, 65535, 65535 }, { 180, 3221, 65535 }, { 663, 7277, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 413, 5531, 65535 }, { 36, 177, 146 },
	{ 65535, 65535, 65535 }, { 67, 456, 65535 }, { 672, 7359, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 138, 2277, 65535 }, { 24, 65, 65535 },
	{ 299, 4651, 507 }, { 342, 4992, 65535 }, { 107, 1484, 65535 }, { 495, 6055, 643 },
	{ 65535, 65535, 65535 }, { 22, 49, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 251, 4250, 65535 }, { 273, 4422, 65535 }, { 592, 6800, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 155, 2663, 65535 },
	{ 245, 4210, 65535 }, { 271, 4403, 65535 }, { 325, 4852, 525 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 198, 3682, 65535 }, { 65535, 65535, 65535 }, { 34, 132, 65535 }, { 109, 1526, 65535 },
	{ 402, 5446, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 585, 6760, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 226, 4077, 65535 },
	{ 473, 5920, 65535 }, { 65535, 65535, 65535 }, { 95, 1165, 65535 }, { 127, 2007, 65535 },
	{ 209, 3944, 65535 }, { 547, 6458, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 129, 2038, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 170, 2983, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 196, 3663, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 450, 5778, 65535 }, { 65535, 65535, 65535 },
	{ 108, 1508, 65535 }, { 137, 2259, 65535 }, { 291, 4602, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 318, 4782, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 200, 3704, 65535 }, { 99, 1257, 65535 }, { 569, 6640, 785 },
	{ 270, 4395, 65535 }, { 397, 5386, 65535 }, { 219, 4025, 426 }, { 188, 3505, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 271, 4405, 475 }, { 65535, 65535, 65535 },
	{ 122, 1876, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 460, 5841, 65535 },
	{ 66, 403, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 58, 338, 65535 },
	{ 164, 2869, 65535 }, { 476, 5936, 631 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 92, 1090, 274 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 92, 1092, 65535 }, { 521, 6252, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 389, 5292, 65535 }, { 65535, 65535, 65535 }, { 253, 4279, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 107, 1467, 65535 },
	{ 65535, 65535, 65535 }, { 62, 364, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 83, 810, 65535 }, { 65535, 65535, 65535 }, { 531, 6328, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 237, 4157, 65535 },
	{ 138, 2301, 65535 }, { 593, 6808, 65535 }, { 65535, 65535, 65535 }, { 92, 1077, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 423, 5604, 65535 }, { 594, 6821, 841 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 358, 5083, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 379, 5221, 65535 }, { 168, 2944, 65535 }, { 545, 6433, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 635, 7122, 953 }, { 65535, 65535, 65535 }, { 326, 4875, 65535 },
	{ 65535, 65535, 65535 }, { 146, 2526, 65535 }, { 566, 6607, 766 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 602, 6878, 65535 }, { 208, 3940, 65535 }, { 154, 2636, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 308, 4714, 65535 }, { 97, 1219, 65535 }, { 616, 6974, 65535 }, { 65535, 65535, 65535 },
	{ 144, 2473, 65535 }, { 65535, 65535, 65535 }, { 163, 2861, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 199, 3693, 65535 }, { 119, 1818, 65535 }, { 125, 1954, 65535 },
	{ 663, 7276, 65535 }, { 127, 2018, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 125, 1955, 65535 }, { 77, 663, 65535 }, { 65535, 65535, 65535 }, { 136, 2243, 65535 },
	{ 474, 5922, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 414, 5537, 65535 }, { 65535, 65535, 65535 }, { 261, 4339, 65535 },
	{ 65535, 65535, 65535 }, { 143, 2431, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 155, 2679, 65535 },
	{ 283, 4526, 65535 }, { 592, 6799, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 118, 1799, 308 }, { 41, 222, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 531, 6330, 65535 }, { 93, 1098, 65535 }, { 67, 469, 65535 },
	{ 547, 6475, 722 }, { 34, 131, 65535 }, { 65535, 65535, 65535 }, { 187, 3450, 65535 },
	{ 36, 173, 45 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 82, 804, 65535 }, { 65535, 65535, 65535 }, { 116, 1720, 65535 }, { 605, 6899, 65535 },
	{ 403, 5452, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 573, 6666, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 95, 1166, 65535 }, { 304, 4684, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 174, 3076, 65535 }, { 422, 5595, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 261, 4324, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 582, 6731, 65535 }, { 27, 86, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 167, 2918, 65535 }, { 65535, 65535, 65535 },
	{ 105, 1416, 65535 }, { 126, 1991, 65535 }, { 498, 6076, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 103, 1367, 65535 }, { 257, 4303, 65535 },
	{ 389, 5295, 65535 }, { 634, 7117, 922 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 332, 4913, 65535 }, { 511, 6162, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 247, 4222, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 110, 1558, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 34, 138, 4 },
	{ 65535, 65535, 65535 }, { 65, 393, 65535 }, { 65535, 65535, 65535 }, { 190, 3526, 65535 },
	{ 601, 6872, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 653, 7218, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 128, 2027, 65535 }, { 175, 3116, 65535 }, { 208, 3919, 65535 }, { 176, 3132, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 400, 5433, 65535 }, { 65535, 65535, 65535 }, { 121, 1857, 65535 },
	{ 23, 62, 65535 }, { 34, 137, 65535 }, { 86, 923, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 369, 5152, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 657, 7234, 65535 }, { 65535, 65535, 65535 },
	{ 157, 2721, 65535 }, { 65535, 65535, 65535 }, { 75, 616, 65535 }, { 117, 1754, 65535 },
	{ 65535, 65535, 65535 }, { 144, 2451, 65535 }, { 65535, 65535, 65535 }, { 180, 3230, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 614, 6965, 65535 }, { 663, 7278, 65535 },
	{ 217, 4011, 65535 }, { 162, 2851, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 381, 5237, 65535 }, { 515, 6195, 65535 }, { 220, 4032, 65535 }, { 65535, 65535, 65535 },
	{ 192, 3576, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 173, 39 },
	{ 65535, 65535, 65535 }, { 97, 1215, 65535 }, { 102, 1336, 65535 }, { 140, 2341, 65535 },
	{ 109, 1534, 65535 }, { 147, 2530, 65535 }, { 165, 2895, 65535 }, { 351, 5045, 65535 },
	{ 440, 5715, 65535 }, { 635, 7122, 970 }, { 69, 521, 65535 }, { 168, 2941, 65535 },
	{ 207, 3895, 65535 }, { 146, 2509, 65535 }, { 66, 420, 65535 }, { 586, 6762, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 538, 6387, 698 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65, 392, 65535 }, { 65535, 65535, 65535 }, { 76, 629, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 74, 606, 65535 }, { 288, 4578, 65535 },
	{ 65535, 65535, 65535 }, { 123, 1893, 65535 }, { 367, 5142, 65535 }, { 444, 5739, 65535 },
	{ 156, 2687, 65535 }, { 205, 3836, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 173, 3055, 65535 }, { 65535, 65535, 65535 }, { 138, 2287, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 136, 2218, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 186, 3428, 65535 }, { 430, 5652, 65535 }, { 298, 4646, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 134, 2165, 65535 }, { 65535, 65535, 65535 }, { 635, 7122, 952 },
	{ 65535, 65535, 65535 }, { 115, 1693, 65535 }, { 24, 66, 1 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 73, 585, 65535 }, { 359, 5085, 65535 },
	{ 564, 6588, 762 }, { 65535, 65535, 65535 }, { 373, 5172, 65535 }, { 180, 3249, 65535 },
	{ 65535, 65535, 65535 }, { 227, 4080, 65535 }, { 65535, 65535, 65535 }, { 136, 2223, 325 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 261, 4338, 65535 }, { 661, 7269, 65535 }, { 65535, 65535, 65535 }, { 66, 435, 65535 },
	{ 406, 5481, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 231, 4100, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 503, 6108, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 118, 1780, 65535 }, { 420, 5578, 65535 },
	{ 446, 5755, 620 }, { 77, 652, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 189, 3509, 65535 },
	{ 65535, 65535, 65535 }, { 154, 2647, 65535 }, { 349, 5034, 65535 }, { 93, 1113, 275 },
	{ 643, 7168, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 302, 4664, 65535 },
	{ 65535, 65535, 65535 }, { 68, 503, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 180, 165 },
	{ 338, 4958, 539 }, { 65535, 65535, 65535 }, { 276, 4444, 65535 }, { 85, 885, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 219, 4025, 428 },
	{ 65535, 65535, 65535 }, { 160, 2769, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 106, 1444, 65535 }, { 65535, 65535, 65535 }, { 491, 6018, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 321, 4820, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 188, 3497, 65535 }, { 65535, 65535, 65535 },
	{ 633, 7108, 65535 }, { 65535, 65535, 65535 }, { 148, 2554, 65535 }, { 18, 36, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 119, 1812, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 82, 800, 65535 },
	{ 501, 6093, 65535 }, { 614, 6966, 859 }, { 65535, 65535, 65535 }, { 181, 3276, 65535 },
	{ 416, 5557, 65535 }, { 357, 5078, 548 }, { 65535, 65535, 65535 }, { 271, 4405, 476 },
	{ 65535, 65535, 65535 }, { 46, 254, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 61, 359, 65535 }, { 89, 1001, 65535 }, { 41, 221, 65535 },
	{ 562, 6574, 65535 }, { 81, 774, 256 }, { 262, 4349, 65535 }, { 504, 6118, 65535 },
	{ 594, 6821, 835 }, { 664, 7287, 65535 }, { 283, 4536, 65535 }, { 497, 6067, 65535 },
	{ 160, 2788, 65535 }, { 36, 176, 91 }, { 285, 4560, 65535 }, { 65535, 65535, 65535 },
	{ 208, 3934, 65535 }, { 647, 7184, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 4, 9, 65535 },
	{ 260, 4322, 65535 }, { 572, 6656, 65535 }, { 635, 7121, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 71, 561, 65535 }, { 84, 862, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 136, 2250, 65535 }, { 559, 6549, 65535 }, { 567, 6620, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 205, 3855, 65535 }, { 111, 1575, 65535 },
	{ 79, 718, 65535 }, { 136, 2220, 65535 }, { 158, 2732, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 66, 430, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 283, 4527, 65535 }, { 38, 200, 189 }, { 288, 4579, 65535 }, { 134, 2162, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 326, 4878, 65535 }, { 409, 5506, 65535 },
	{ 453, 5799, 65535 }, { 65535, 65535, 65535 }, { 59, 348, 232 }, { 38, 197, 65535 },
	{ 63, 370, 65535 }, { 156, 2686, 65535 }, { 350, 5039, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 131, 2102, 65535 }, { 33, 128, 65535 }, { 65535, 65535, 65535 },
	{ 631, 7100, 65535 }, { 298, 4645, 65535 }, { 183, 3341, 65535 }, { 430, 5653, 65535 },
	{ 66, 451, 65535 }, { 596, 6839, 65535 }, { 286, 4567, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 100, 1308, 65535 }, { 65535, 65535, 65535 }, { 160, 2785, 65535 },
	{ 273, 4420, 65535 }, { 117, 1743, 65535 }, { 65535, 65535, 65535 }, { 300, 4656, 65535 },
	{ 65535, 65535, 65535 }, { 84, 856, 65535 }, { 190, 3534, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 359, 5086, 65535 }, { 205, 3833, 65535 }, { 87, 954, 65535 },
	{ 321, 4819, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 112, 1581, 65535 },
	{ 341, 4986, 65535 }, { 664, 7284, 65535 }, { 227, 4079, 65535 }, { 667, 7330, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 157, 2702, 65535 }, { 561, 6571, 736 }, { 65535, 65535, 65535 },
	{ 369, 5151, 65535 }, { 493, 6043, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 311, 4735, 65535 }, { 65535, 65535, 65535 }, { 525, 6277, 65535 }, { 65535, 65535, 65535 },
	{ 261, 4333, 65535 }, { 75, 617, 65535 }, { 99, 1259, 65535 }, { 569, 6635, 65535 },
	{ 71, 567, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 301, 4663, 65535 }, { 65535, 65535, 65535 }, { 95, 1175, 65535 },
	{ 86, 909, 65535 }, { 109, 1543, 65535 }, { 177, 3169, 65535 }, { 276, 4454, 65535 },
	{ 383, 5246, 65535 }, { 623, 7038, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 166, 2907, 65535 },
	{ 65535, 65535, 65535 }, { 358, 5082, 65535 }, { 65535, 65535, 65535 }, { 362, 5105, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 440, 5714, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 194, 3636, 65535 },
	{ 271, 4401, 65535 }, { 340, 4972, 65535 }, { 454, 5802, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 47, 261, 65535 }, { 87, 969, 65535 }, { 144, 2454, 65535 },
	{ 146, 2510, 65535 }, { 25, 72, 65535 }, { 408, 5498, 65535 }, { 38, 200, 199 },
	{ 590, 6785, 65535 }, { 65535, 65535, 65535 }, { 352, 5050, 65535 }, { 98, 1239, 65535 },
	{ 102, 1362, 65535 }, { 207, 3903, 65535 }, { 312, 4737, 65535 }, { 633, 7109, 65535 },
	{ 501, 6092, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 108, 1497, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 634, 7117, 891 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 562, 6575, 65535 }, { 625, 7051, 65535 },
	{ 389, 5297, 561 }, { 682, 7445, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 107, 1466, 65535 }, { 65535, 65535, 65535 }, { 278, 4488, 65535 },
	{ 27, 87, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 117, 1762, 65535 },
	{ 340, 4975, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 241, 4178, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 572, 6655, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 179, 3197, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 174, 3104, 65535 }, { 65535, 65535, 65535 },
	{ 99, 1249, 65535 }, { 14, 29, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 420, 5579, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 538, 6387, 666 }, { 65535, 65535, 65535 }, { 254, 4287, 65535 }, { 155, 2676, 65535 },
	{ 344, 5002, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 103, 1383, 65535 }, { 395, 5358, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 170, 2975, 65535 },
	{ 37, 196, 65535 }, { 65535, 65535, 65535 }, { 224, 4057, 65535 }, { 643, 7167, 65535 },
	{ 65535, 65535, 65535 }, { 58, 342, 65535 }, { 180, 3252, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 585, 6758, 65535 }, { 65535, 65535, 65535 }, { 219, 4025, 448 },
	{ 65535, 65535, 65535 }, { 127, 2021, 65535 }, { 92, 1090, 272 }, { 65535, 65535, 65535 },
	{ 85, 884, 65535 }, { 28, 90, 65535 }, { 136, 2228, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 491, 6019, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 192, 3586, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 145, 2486, 65535 }, { 636, 7127, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 649, 7198, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 77, 649, 65535 }, { 155, 2655, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 372, 5166, 65535 }, { 484, 5978, 65535 }, { 677, 7395, 980 },
	{ 561, 6569, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 204, 3825, 65535 },
	{ 99, 1272, 65535 }, { 65535, 65535, 65535 }, { 566, 6602, 65535 }, { 65535, 65535, 65535 },
	{ 136, 2245, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 634, 7117, 916 }, { 220, 4034, 65535 }, { 188, 3502, 65535 }, { 529, 6316, 659 },
	{ 84, 851, 65535 }, { 538, 6387, 663 }, { 65535, 65535, 65535 }, { 147, 2535, 65535 },
	{ 368, 5149, 65535 }, { 36, 176, 62 }, { 443, 5734, 65535 }, { 572, 6657, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 147, 2539, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 419, 5575, 65535 }, { 226, 4074, 65535 }, { 301, 4658, 65535 },
	{ 191, 3556, 65535 }, { 65535, 65535, 65535 }, { 102, 1354, 65535 }, { 266, 4371, 65535 },
	{ 322, 4824, 514 }, { 124, 1909, 65535 }, { 632, 7103, 65535 }, { 65535, 65535, 65535 },
	{ 224, 4052, 459 }, { 416, 5555, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 145, 2487, 65535 }, { 36, 176, 76 }, { 172, 3049, 65535 }, { 320, 4811, 65535 },
	{ 159, 2744, 65535 }, { 74, 597, 65535 }, { 410, 5514, 65535 }, { 627, 7064, 65535 },
	{ 50, 287, 65535 }, { 503, 6110, 65535 }, { 251, 4255, 65535 }, { 277, 4468, 65535 },
	{ 635, 7122, 971 }, { 65535, 65535, 65535 }, { 181, 3303, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 642, 7163, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 167, 2911, 65535 },
	{ 65535, 65535, 65535 }, { 284, 4549, 65535 }, { 65535, 65535, 65535 }, { 230, 4093, 65535 },
	{ 65535, 65535, 65535 }, { 566, 6610, 65535 }, { 394, 5342, 575 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 3, 7, 65535 }, { 117, 1730, 65535 },
	{ 173, 3061, 65535 }, { 176, 3141, 65535 }, { 285, 4562, 65535 }, { 65535, 65535, 65535 },
	{ 188, 3468, 65535 }, { 65535, 65535, 65535 }, { 140, 2333, 65535 }, { 208, 3927, 65535 },
	{ 145, 2481, 65535 }, { 88, 971, 65535 }, { 96, 1187, 65535 }, { 136, 2242, 65535 },
	{ 148, 2552, 65535 }, { 337, 4950, 65535 }, { 363, 5114, 65535 }, { 367, 5143, 65535 },
	{ 96, 1197, 282 }, { 117, 1769, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 371, 5163, 65535 }, { 65535, 65535, 65535 }, { 193, 3611, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 106, 1433, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 463, 5861, 623 },
	{ 65535, 65535, 65535 }, { 206, 3870, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 218, 4021, 65535 }, { 68, 490, 65535 },
	{ 302, 4667, 65535 }, { 180, 3247, 65535 }, { 65535, 65535, 65535 }, { 463, 5862, 65535 },
	{ 322, 4824, 519 }, { 66, 416, 237 }, { 17, 34, 65535 }, { 135, 2188, 65535 },
	{ 141, 2373, 65535 }, { 429, 5644, 65535 }, { 484, 5977, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 575, 6679, 65535 }, { 571, 6651, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 185, 3381, 65535 }, { 95, 1180, 65535 }, { 160, 2782, 65535 }, { 172, 3048, 65535 },
	{ 677, 7395, 983 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 81, 772, 65535 },
	{ 132, 2129, 65535 }, { 277, 4464, 65535 }, { 125, 1967, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 94, 1127, 65535 }, { 180, 3231, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 66, 411, 65535 }, { 65535, 65535, 65535 }, { 646, 7178, 65535 },
	{ 417, 5564, 65535 }, { 207, 3902, 65535 }, { 500, 6088, 65535 }, { 65535, 65535, 65535 },
	{ 38, 200, 188 }, { 114, 1636, 65535 }, { 180, 3256, 65535 }, { 320, 4814, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 85, 899, 65535 },
	{ 65535, 65535, 65535 }, { 38, 200, 175 }, { 116, 1719, 65535 }, { 624, 7043, 65535 },
	{ 113, 1601, 65535 }, { 233, 4129, 65535 }, { 504, 6115, 65535 }, { 65, 397, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 89, 1020, 65535 }, { 65535, 65535, 65535 },
	{ 136, 2227, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 81, 773, 65535 }, { 348, 5024, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 167, 2922, 365 }, { 65535, 65535, 65535 },
	{ 195, 3638, 65535 }, { 209, 3953, 65535 }, { 210, 3972, 65535 }, { 187, 3448, 65535 },
	{ 497, 6065, 65535 }, { 490, 6012, 65535 }, { 539, 6397, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 358, 5081, 65535 }, { 359, 5088, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 139, 2313, 65535 }, { 184, 3357, 65535 },
	{ 138, 2286, 65535 }, { 189, 3523, 65535 }, { 433, 5669, 65535 }, { 538, 6387, 704 },
	{ 596, 6842, 854 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 287, 4570, 65535 }, { 48, 266, 65535 }, { 419, 5573, 65535 },
	{ 65535, 65535, 65535 }, { 113, 1624, 65535 }, { 494, 6047, 65535 }, { 65535, 65535, 65535 },
	{ 66, 421, 65535 }, { 65535, 65535, 65535 }, { 74, 598, 65535 }, { 398, 5406, 65535 },
	{ 453, 5796, 65535 }, { 642, 7162, 65535 }, { 178, 3177, 65535 }, { 77, 661, 65535 },
	{ 167, 2927, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 635, 7122, 951 },
	{ 91, 1071, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 262, 4348, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 160, 2789, 361 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 524, 6272, 65535 }, { 638, 7138, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 340, 4974, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 143, 2436, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 145, 2482, 65535 },
	{ 382, 5238, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 13, 27, 65535 }, { 503, 6104, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 176, 3152, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 134, 2181, 65535 }, { 144, 2474, 65535 }, { 32, 116, 65535 },
	{ 65535, 65535, 65535 }, { 240, 4173, 65535 }, { 384, 5260, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 155, 2654, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 159, 2763, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 81, 770, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 561, 6570, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 124, 1912, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 311, 4732, 65535 }, { 65535, 65535, 65535 }, { 36, 177, 118 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 84, 850, 65535 },
	{ 149, 2571, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 99, 1269, 65535 },
	{ 95, 1176, 65535 }, { 107, 1456, 65535 }, { 160, 2789, 356 }, { 454, 5805, 65535 },
	{ 65535, 65535, 65535 }, { 177, 3159, 65535 }, { 169, 2952, 65535 }, { 226, 4073, 65535 },
	{ 65535, 65535, 65535 }, { 36, 173, 46 }, { 65535, 65535, 65535 }, { 69, 523, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 632, 7104, 65535 }, { 129, 2047, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 66, 442, 241 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 255, 4292, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 187, 3435, 65535 },
	{ 149, 2567, 65535 }, { 498, 6072, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 219, 4025, 447 },
	{ 158, 2735, 65535 }, { 348, 5025, 65535 }, { 607, 6916, 65535 }, { 98, 1229, 65535 },
	{ 216, 4007, 65535 }, { 167, 2922, 364 }, { 329, 4904, 530 }, { 341, 4988, 543 },
	{ 562, 6576, 744 }, { 145, 2488, 65535 }, { 65535, 65535, 65535 }, { 594, 6821, 842 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 116, 1706, 65535 }, { 156, 2697, 65535 },
	{ 65535, 65535, 65535 }, { 78, 679, 65535 }, { 158, 2738, 65535 }, { 656, 7229, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 123, 1890, 65535 }, { 490, 6013, 65535 },
	{ 65535, 65535, 65535 }, { 124, 1938, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 155, 2675, 65535 }, { 358, 5080, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 172, 3041, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 419, 5574, 65535 }, { 195, 3641, 65535 }, { 287, 4569, 65535 },
	{ 27, 83, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 185, 3378, 65535 }, { 206, 3871, 65535 },
	{ 574, 6673, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 674, 7373, 65535 }, { 194, 3627, 65535 }, { 585, 6755, 65535 }, { 219, 4025, 429 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 629, 7086, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 429, 5643, 65535 }, { 135, 2189, 65535 }, { 208, 3935, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 77, 669, 65535 }, { 159, 2759, 65535 }, { 57, 335, 65535 },
	{ 114, 1633, 65535 }, { 394, 5338, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 625, 7050, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 529, 6316, 657 }, { 571, 6650, 65535 },
	{ 138, 2298, 65535 }, { 78, 699, 65535 }, { 31, 108, 65535 }, { 66, 413, 65535 },
	{ 277, 4465, 65535 }, { 88, 997, 65535 }, { 217, 4013, 65535 }, { 136, 2237, 65535 },
	{ 81, 754, 65535 }, { 416, 5550, 65535 }, { 521, 6257, 65535 }, { 88, 991, 65535 },
	{ 514, 6186, 65535 }, { 552, 6506, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 500, 6087, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 210, 3964, 65535 },
	{ 65535, 65535, 65535 }, { 202, 3763, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 141, 2361, 336 }, { 399, 5416, 65535 }, { 97, 1208, 65535 },
	{ 119, 1815, 65535 }, { 65535, 65535, 65535 }, { 661, 7268, 65535 }, { 65535, 65535, 65535 },
	{ 168, 2934, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 84, 864, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 281, 4506, 65535 }, { 659, 7250, 65535 },
	{ 94, 1158, 279 }, { 106, 1448, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 541, 6406, 65535 }, { 396, 5373, 65535 }, { 65535, 65535, 65535 }, { 117, 1749, 65535 },
	{ 185, 3410, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 535, 6365, 65535 },
	{ 64, 380, 65535 }, { 139, 2305, 65535 }, { 65535, 65535, 65535 }, { 514, 6191, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 86, 939, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 249, 4241, 65535 }, { 470, 5901, 65535 }, { 325, 4859, 65535 }, { 65535, 65535, 65535 },
	{ 248, 4230, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 391, 5312, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 108, 1517, 65535 }, { 420, 5580, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 115, 1697, 65535 }, { 480, 5955, 65535 }, { 538, 6387, 710 }, { 612, 6946, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 68, 482, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 141, 2374, 65535 }, { 184, 3372, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 622, 7022, 65535 }, { 626, 7053, 65535 },
	{ 65535, 65535, 65535 }, { 85, 900, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 135, 2203, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 158, 2743, 65535 }, { 551, 6497, 65535 }, { 683, 7452, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 113, 1618, 65535 }, { 509, 6151, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 101, 1323, 65535 }, { 362, 5102, 65535 }, { 65535, 65535, 65535 },
	{ 185, 3385, 65535 }, { 65535, 65535, 65535 }, { 496, 6060, 645 }, { 44, 239, 65535 },
	{ 148, 2551, 65535 }, { 430, 5654, 616 }, { 65535, 65535, 65535 }, { 155, 2677, 65535 },
	{ 555, 6519, 65535 }, { 65535, 65535, 65535 }, { 100, 1311, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 94, 1122, 65535 }, { 160, 2789, 355 }, { 81, 774, 255 },
	{ 267, 4374, 65535 }, { 187, 3449, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 673, 7365, 65535 }, { 65535, 65535, 65535 }, { 136, 2226, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 114, 1640, 65535 }, { 159, 2752, 65535 }, { 197, 3668, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 120, 1837, 65535 }, { 392, 5320, 65535 },
	{ 393, 5327, 571 }, { 394, 5349, 65535 }, { 65535, 65535, 65535 }, { 185, 3395, 65535 },
	{ 118, 1789, 65535 }, { 204, 3798, 65535 }, { 85, 897, 65535 }, { 409, 5501, 65535 },
	{ 664, 7297, 65535 }, { 89, 1010, 65535 }, { 106, 1446, 65535 }, { 115, 1674, 65535 },
	{ 193, 3621, 65535 }, { 160, 2800, 65535 }, { 74, 601, 65535 }, { 120, 1838, 65535 },
	{ 126, 1971, 65535 }, { 189, 3521, 65535 }, { 97, 1218, 283 }, { 88, 979, 65535 },
	{ 112, 1590, 65535 }, { 136, 2244, 65535 }, { 142, 2407, 65535 }, { 484, 5974, 65535 },
	{ 133, 2155, 65535 }, { 521, 6256, 65535 }, { 114, 1652, 65535 }, { 338, 4957, 65535 },
	{ 635, 7122, 949 }, { 86, 917, 65535 }, { 104, 1385, 65535 }, { 125, 1947, 65535 },
	{ 411, 5519, 605 }, { 566, 6607, 769 }, { 65535, 65535, 65535 }, { 342, 4989, 65535 },
	{ 65535, 65535, 65535 }, { 219, 4025, 430 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 397, 5393, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 186, 3422, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 323, 4841, 65535 }, { 369, 5154, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 117, 1738, 65535 },
	{ 129, 2058, 65535 }, { 65535, 65535, 65535 }, { 25, 78, 65535 }, { 413, 5528, 65535 },
	{ 188, 3490, 386 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 328, 4896, 65535 },
	{ 65535, 65535, 65535 }, { 78, 691, 65535 }, { 65535, 65535, 65535 }, { 77, 648, 65535 },
	{ 175, 3109, 65535 }, { 196, 3659, 65535 }, { 206, 3878, 65535 }, { 656, 7232, 65535 },
	{ 65535, 65535, 65535 }, { 68, 502, 65535 }, { 385, 5271, 65535 }, { 65535, 65535, 65535 },
	{ 244, 4203, 65535 }, { 271, 4398, 65535 }, { 65535, 65535, 65535 }, { 207, 3901, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 647, 7187, 65535 },
	{ 165, 2887, 65535 }, { 257, 4301, 65535 }, { 515, 6207, 65535 }, { 65535, 65535, 65535 },
	{ 386, 5275, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 408, 5493, 65535 },
	{ 32, 122, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 291, 4599, 65535 }, { 380, 5232, 65535 }, { 596, 6842, 853 }, { 682, 7450, 65535 },
	{ 612, 6947, 65535 }, { 65535, 65535, 65535 }, { 123, 1902, 65535 }, { 306, 4702, 65535 },
	{ 480, 5954, 65535 }, { 204, 3828, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 87, 942, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 68, 499, 249 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 66, 439, 65535 }, { 322, 4824, 518 }, { 377, 5210, 65535 }, { 180, 3248, 65535 },
	{ 362, 5099, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 667, 7335, 65535 },
	{ 65535, 65535, 65535 }, { 137, 2268, 65535 }, { 158, 2725, 65535 }, { 622, 7021, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 440, 5719, 65535 }, { 220, 4026, 65535 }, { 594, 6820, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 683, 7453, 65535 }, { 551, 6496, 65535 }, { 65535, 65535, 65535 },
	{ 38, 200, 187 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 161, 2816, 65535 }, { 159, 2762, 65535 },
	{ 99, 1268, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 58, 343, 65535 },
	{ 568, 6627, 772 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 177, 3172, 65535 }, { 233, 4126, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 538, 6387, 669 }, { 65535, 65535, 65535 }, { 310, 4731, 65535 }, { 394, 5339, 65535 },
	{ 65535, 65535, 65535 }, { 98, 1237, 65535 }, { 399, 5417, 65535 }, { 396, 5369, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 149, 2559, 65535 }, { 412, 5525, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 224, 4066, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 633, 7111, 65535 }, { 135, 2194, 65535 },
	{ 65535, 65535, 65535 }, { 322, 4824, 513 }, { 66, 442, 239 }, { 72, 576, 65535 },
	{ 84, 876, 65535 }, { 541, 6407, 65535 }, { 151, 2597, 65535 }, { 65535, 65535, 65535 },
	{ 7, 14, 65535 }, { 96, 1202, 65535 }, { 65535, 65535, 65535 }, { 64, 379, 65535 },
	{ 494, 6049, 641 }, { 634, 7117, 883 }, { 65535, 65535, 65535 }, { 205, 3852, 65535 },
	{ 86, 925, 65535 }, { 487, 5999, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 454, 5808, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 470, 5902, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 78, 671, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 125, 1946, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 143, 2415, 65535 }, { 326, 4883, 65535 },
	{ 432, 5668, 65535 }, { 636, 7123, 65535 }, { 175, 3112, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 106, 1450, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 38, 200, 180 }, { 77, 660, 65535 },
	{ 186, 3423, 65535 }, { 210, 3976, 65535 }, { 287, 4573, 65535 }, { 142, 2396, 65535 },
	{ 179, 3209, 65535 }, { 54, 305, 65535 }, { 165, 2884, 65535 }, { 65535, 65535, 65535 },
	{ 120, 1832, 65535 }, { 326, 4885, 65535 }, { 664, 7286, 65535 }, { 65535, 65535, 65535 },
	{ 328, 4897, 65535 }, { 596, 6842, 856 }, { 601, 6874, 65535 }, { 104, 1388, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 180, 168 }, { 207, 3887, 65535 },
	{ 158, 2737, 65535 }, { 96, 1200, 65535 }, { 65535, 65535, 65535 }, { 196, 3658, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 108, 1504, 65535 }, { 99, 1273, 65535 },
	{ 169, 2960, 65535 }, { 65535, 65535, 65535 }, { 565, 6590, 65535 }, { 38, 200, 203 },
	{ 220, 4031, 65535 }, { 84, 875, 65535 }, { 679, 7414, 65535 }, { 65535, 65535, 65535 },
	{ 320, 4809, 65535 }, { 65535, 65535, 65535 }, { 135, 2198, 65535 }, { 257, 4302, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 177, 131 }, { 136, 2210, 65535 },
	{ 65535, 65535, 65535 }, { 91, 1061, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 423, 5598, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 148, 2544, 65535 }, { 65535, 65535, 65535 }, { 248, 4232, 65535 }, { 68, 498, 65535 },
	{ 622, 7023, 65535 }, { 65535, 65535, 65535 }, { 261, 4330, 65535 }, { 107, 1469, 65535 },
	{ 65535, 65535, 65535 }, { 440, 5721, 65535 }, { 267, 4373, 65535 }, { 65535, 65535, 65535 },
	{ 36, 172, 65535 }, { 59, 349, 65535 }, { 65, 384, 65535 }, { 618, 6994, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 494, 6044, 65535 },
	{ 409, 5500, 65535 }, { 673, 7366, 65535 }, { 65535, 65535, 65535 }, { 138, 2289, 65535 },
	{ 65535, 65535, 65535 }, { 126, 2002, 65535 }, { 65535, 65535, 65535 }, { 407, 5488, 598 },
	{ 65535, 65535, 65535 }, { 115, 1675, 65535 }, { 162, 2837, 65535 }, { 143, 2434, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 581, 6726, 65535 },
	{ 65535, 65535, 65535 }, { 352, 5046, 65535 }, { 526, 6296, 65535 }, { 529, 6316, 650 },
	{ 129, 2059, 65535 }, { 578, 6701, 65535 }, { 91, 1070, 264 }, { 94, 1119, 65535 },
	{ 677, 7395, 981 }, { 338, 4956, 65535 }, { 623, 7034, 65535 }, { 159, 2765, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 185, 3383, 65535 }, { 65535, 65535, 65535 }, { 135, 2201, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 295, 4629, 65535 }, { 115, 1688, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 171, 2993, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 179, 3198, 65535 },
	{ 141, 2356, 65535 }, { 65535, 65535, 65535 }, { 345, 5007, 65535 }, { 65535, 65535, 65535 },
	{ 408, 5492, 65535 }, { 512, 6173, 65535 }, { 628, 7075, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 114, 1638, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 579, 6706, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 679, 7416, 65535 }, { 206, 3868, 65535 }, { 361, 5097, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 108, 1498, 65535 }, { 137, 2266, 65535 },
	{ 65535, 65535, 65535 }, { 70, 544, 65535 }, { 115, 1676, 65535 }, { 256, 4294, 65535 },
	{ 66, 418, 65535 }, { 550, 6492, 65535 }, { 84, 866, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 356, 5073, 65535 }, { 105, 1425, 65535 }, { 569, 6639, 65535 },
	{ 36, 178, 65535 }, { 100, 1283, 65535 }, { 135, 2186, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 308, 4716, 65535 }, { 82, 795, 65535 }, { 619, 7004, 65535 },
	{ 65535, 65535, 65535 }, { 37, 194, 65535 }, { 479, 5950, 65535 }, { 207, 3897, 65535 },
	{ 65535, 65535, 65535 }, { 379, 5223, 65535 }, { 65535, 65535, 65535 }, { 658, 7239, 65535 },
	{ 65535, 65535, 65535 }, { 398, 5395, 65535 }, { 266, 4369, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65, 390, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 36, 173, 37 }, { 65535, 65535, 65535 }, { 327, 4891, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 136, 2221, 65535 }, { 380, 5231, 65535 },
	{ 65535, 65535, 65535 }, { 138, 2299, 65535 }, { 195, 3644, 65535 }, { 666, 7329, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 29, 94, 65535 }, { 65535, 65535, 65535 },
	{ 176, 3149, 65535 }, { 263, 4354, 65535 }, { 635, 7122, 972 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 364, 5119, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 469, 5896, 65535 }, { 587, 6769, 65535 }, { 36, 179, 160 }, { 337, 4944, 65535 },
	{ 538, 6387, 707 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 130, 2082, 65535 }, { 65535, 65535, 65535 }, { 528, 6309, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 94, 1157, 65535 }, { 594, 6821, 808 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 678, 7403, 65535 },
	{ 155, 2649, 65535 }, { 157, 2711, 65535 }, { 65535, 65535, 65535 }, { 77, 654, 65535 },
	{ 62, 366, 65535 }, { 172, 3037, 65535 }, { 65535, 65535, 65535 }, { 36, 173, 12 },
	{ 545, 6438, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 224, 4058, 65535 }, { 492, 6030, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 516, 6213, 65535 }, { 459, 5836, 65535 }, { 172, 3046, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 101, 1318, 65535 }, { 84, 845, 65535 }, { 551, 6498, 65535 }, { 65535, 65535, 65535 },
	{ 103, 1377, 65535 }, { 601, 6867, 65535 }, { 441, 5727, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 179, 3215, 65535 }, { 374, 5184, 65535 },
	{ 538, 6387, 677 }, { 594, 6821, 833 }, { 96, 1198, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 60, 354, 234 }, { 65535, 65535, 65535 },
	{ 124, 1915, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 158, 2740, 65535 }, { 48, 272, 65535 }, { 530, 6321, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 536, 6371, 65535 }, { 445, 5746, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 365, 5128, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 672, 7357, 65535 },
	{ 135, 2205, 65535 }, { 145, 2479, 65535 }, { 68, 499, 248 }, { 407, 5488, 595 },
	{ 303, 4669, 65535 }, { 505, 6129, 65535 }, { 396, 5374, 65535 }, { 540, 6402, 65535 },
	{ 65535, 65535, 65535 }, { 394, 5342, 576 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 192, 3581, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 148, 2557, 65535 }, { 634, 7117, 903 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 161, 2801, 65535 }, { 185, 3404, 65535 },
	{ 556, 6528, 65535 }, { 74, 595, 65535 }, { 57, 334, 226 }, { 396, 5365, 65535 },
	{ 682, 7436, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 86, 908, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 121, 1862, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 43, 235, 65535 }, { 157, 2701, 65535 },
	{ 193, 3620, 65535 }, { 232, 4110, 65535 }, { 118, 1799, 307 }, { 114, 1661, 65535 },
	{ 507, 6139, 65535 }, { 611, 6941, 65535 }, { 208, 3932, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 266, 4368, 65535 }, { 398, 5396, 65535 }, { 74, 604, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 148, 2555, 65535 }, { 158, 2731, 65535 }, { 294, 4621, 65535 }, { 201, 3750, 65535 },
	{ 414, 5538, 65535 }, { 252, 4270, 65535 }, { 65535, 65535, 65535 }, { 339, 4962, 65535 },
	{ 635, 7122, 969 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 327, 4892, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 54, 310, 65535 }, { 579, 6707, 790 }, { 65535, 65535, 65535 },
	{ 124, 1919, 65535 }, { 172, 3045, 65535 }, { 195, 3643, 65535 }, { 253, 4281, 65535 },
	{ 126, 1977, 65535 }, { 65535, 65535, 65535 }, { 40, 217, 65535 }, { 125, 1965, 65535 },
	{ 56, 324, 65535 }, { 189, 3510, 65535 }, { 396, 5375, 65535 }, { 65535, 65535, 65535 },
	{ 337, 4943, 65535 }, { 65535, 65535, 65535 }, { 168, 2951, 65535 }, { 469, 5897, 65535 },
	{ 343, 4996, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 59, 348, 231 },
	{ 249, 4239, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 181, 3263, 65535 }, { 621, 7018, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 118, 1781, 65535 }, { 261, 4335, 65535 }, { 65535, 65535, 65535 }, { 80, 731, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 513, 6179, 65535 },
	{ 472, 5914, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 153, 2633, 65535 },
	{ 39, 201, 65535 }, { 185, 3384, 65535 }, { 206, 3865, 65535 }, { 541, 6408, 65535 },
	{ 598, 6854, 65535 }, { 628, 7076, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 135, 2183, 65535 }, { 65535, 65535, 65535 }, { 38, 200, 194 }, { 408, 5491, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 314, 4755, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 114, 1639, 65535 }, { 110, 1545, 65535 },
	{ 201, 3744, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 68, 500, 65535 }, { 224, 4053, 65535 }, { 261, 4327, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 287, 4575, 65535 }, { 111, 1565, 65535 }, { 65535, 65535, 65535 },
	{ 36, 173, 21 }, { 256, 4295, 65535 }, { 543, 6426, 65535 }, { 550, 6491, 65535 },
	{ 165, 2901, 65535 }, { 668, 7336, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 585, 6761, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 479, 5949, 65535 }, { 219, 4025, 410 },
	{ 614, 6962, 65535 }, { 652, 7214, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 74, 592, 65535 },
	{ 81, 769, 65535 }, { 591, 6797, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 56, 329, 65535 }, { 141, 2366, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 672, 7358, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 67, 473, 65535 }, { 188, 3487, 384 },
	{ 491, 6023, 65535 }, { 152, 2618, 65535 }, { 540, 6401, 65535 }, { 594, 6821, 817 },
	{ 597, 6843, 65535 }, { 147, 2529, 65535 }, { 182, 3309, 65535 }, { 95, 1178, 65535 },
	{ 575, 6683, 65535 }, { 682, 7435, 65535 }, { 538, 6387, 691 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 635, 7122, 965 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 455, 5809, 65535 }, { 65535, 65535, 65535 }, { 145, 2476, 65535 }, { 65535, 65535, 65535 },
	{ 26, 81, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65, 395, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 611, 6940, 65535 }, { 526, 6285, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 136, 2241, 65535 },
	{ 337, 4946, 65535 }, { 160, 2790, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 628, 7078, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 53, 299, 65535 }, { 32, 117, 3 }, { 65535, 65535, 65535 }, { 150, 2583, 65535 },
	{ 65535, 65535, 65535 }, { 384, 5253, 65535 }, { 459, 5837, 65535 }, { 554, 6517, 65535 },
	{ 36, 177, 122 }, { 90, 1031, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 307, 4711, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 144, 2459, 65535 }, { 561, 6571, 737 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 155, 2652, 65535 }, { 22, 56, 65535 },
	{ 188, 3488, 65535 }, { 38, 200, 186 }, { 188, 3481, 65535 }, { 242, 4185, 65535 },
	{ 269, 4388, 65535 }, { 270, 4394, 65535 }, { 601, 6868, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 277, 4472, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 76, 628, 65535 }, { 195, 3647, 65535 }, { 65535, 65535, 65535 }, { 124, 1914, 65535 },
	{ 94, 1144, 65535 }, { 566, 6616, 65535 }, { 313, 4742, 65535 }, { 84, 848, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 530, 6322, 65535 }, { 632, 7106, 878 },
	{ 462, 5857, 65535 }, { 65535, 65535, 65535 }, { 23, 58, 65535 }, { 219, 4025, 443 },
	{ 317, 4774, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 114, 1665, 65535 },
	{ 471, 5909, 65535 }, { 411, 5519, 601 }, { 9, 18, 65535 }, { 115, 1672, 65535 },
	{ 116, 1715, 65535 }, { 471, 5908, 627 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 181, 3294, 65535 }, { 22, 47, 65535 },
	{ 187, 3444, 65535 }, { 563, 6584, 65535 }, { 65535, 65535, 65535 }, { 682, 7437, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 246, 4215, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 105, 1418, 65535 }, { 179, 3216, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 209, 3955, 65535 }, { 310, 4730, 65535 }, { 388, 5285, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 424, 5616, 65535 }, { 635, 7122, 941 }, { 638, 7133, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 199, 3694, 65535 },
	{ 331, 4912, 534 }, { 94, 1124, 65535 }, { 127, 2017, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 38, 200, 174 },
	{ 147, 2537, 65535 }, { 161, 2811, 65535 }, { 65535, 65535, 65535 }, { 216, 4009, 65535 },
	{ 121, 1849, 65535 }, { 496, 6056, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 104, 1391, 65535 }, { 65535, 65535, 65535 }, { 125, 1941, 65535 }, { 106, 1449, 65535 },
	{ 208, 3918, 65535 }, { 236, 4144, 65535 }, { 128, 2028, 65535 }, { 148, 2550, 65535 },
	{ 325, 4861, 65535 }, { 531, 6335, 65535 }, { 666, 7326, 65535 }, { 65535, 65535, 65535 },
	{ 140, 2335, 329 }, { 65535, 65535, 65535 }, { 318, 4792, 65535 }, { 65535, 65535, 65535 },
	{ 156, 2688, 347 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 86, 922, 65535 }, { 567, 6617, 65535 }, { 129, 2061, 65535 }, { 65535, 65535, 65535 },
	{ 165, 2889, 65535 }, { 480, 5958, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 211, 3985, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 532, 6348, 65535 }, { 547, 6459, 65535 }, { 555, 6524, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 425, 5618, 65535 }, { 192, 3566, 65535 },
	{ 65535, 65535, 65535 }, { 175, 3115, 65535 }, { 196, 3653, 65535 }, { 307, 4704, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 157, 2708, 65535 },
	{ 65535, 65535, 65535 }, { 186, 3420, 65535 }, { 411, 5520, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 161, 2818, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 172, 3047, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 522, 6263, 65535 }, { 534, 6361, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 36, 157, 65535 }, { 583, 6744, 65535 }, { 65535, 65535, 65535 },
	{ 498, 6075, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 591, 6791, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 297, 4640, 65535 }, { 90, 1036, 65535 }, { 65535, 65535, 65535 }, { 354, 5056, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 87, 959, 65535 },
	{ 65535, 65535, 65535 }, { 196, 3662, 65535 }, { 66, 402, 65535 }, { 141, 2365, 65535 },
	{ 171, 3030, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 423, 5611, 65535 }, { 137, 2258, 65535 },
	{ 86, 935, 65535 }, { 118, 1788, 65535 }, { 125, 1960, 65535 }, { 212, 3986, 65535 },
	{ 80, 741, 65535 }, { 64, 374, 65535 }, { 272, 4410, 65535 }, { 439, 5709, 65535 },
	{ 492, 6035, 65535 }, { 296, 4637, 65535 }, { 683, 7454, 65535 }, { 143, 2425, 338 },
	{ 136, 2219, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 142, 2402, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 662, 7273, 65535 }, { 368, 5145, 65535 },
	{ 283, 4519, 65535 }, { 65535, 65535, 65535 }, { 171, 3020, 65535 }, { 65535, 65535, 65535 },
	{ 627, 7062, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 503, 6114, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 174, 3099, 65535 }, { 77, 653, 65535 }, { 81, 759, 65535 }, { 141, 2348, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 171, 3002, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 510, 6154, 65535 }, { 107, 1494, 65535 }, { 378, 5214, 65535 },
	{ 441, 5725, 65535 }, { 36, 176, 89 }, { 88, 998, 65535 }, { 124, 1927, 65535 },
	{ 207, 3896, 65535 }, { 495, 6055, 642 }, { 65535, 65535, 65535 }, { 203, 3792, 65535 },
	{ 83, 821, 65535 }, { 251, 4265, 65535 }, { 305, 4696, 65535 }, { 444, 5743, 65535 },
	{ 36, 176, 94 }, { 520, 6247, 65535 }, { 678, 7402, 65535 }, { 652, 7212, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 100, 1291, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 70, 536, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 107, 1473, 65535 },
	{ 581, 6721, 65535 }, { 177, 3168, 65535 }, { 538, 6387, 689 }, { 449, 5771, 65535 },
	{ 236, 4145, 65535 }, { 398, 5410, 65535 }, { 65535, 65535, 65535 }, { 104, 1390, 65535 },
	{ 65535, 65535, 65535 }, { 267, 4378, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 203, 3787, 65535 }, { 65535, 65535, 65535 }, { 90, 1023, 65535 },
	{ 196, 3656, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 314, 4759, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 186, 3417, 65535 },
	{ 61, 357, 65535 }, { 106, 1440, 65535 }, { 423, 5606, 65535 }, { 65535, 65535, 65535 },
	{ 33, 124, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 165, 2890, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 125, 1944, 65535 }, { 65535, 65535, 65535 }, { 617, 6989, 65535 }, { 633, 7112, 65535 },
	{ 65535, 65535, 65535 }, { 178, 3187, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 171, 3023, 65535 }, { 125, 1959, 65535 }, { 69, 518, 65535 }, { 175, 3114, 65535 },
	{ 307, 4705, 65535 }, { 65535, 65535, 65535 }, { 505, 6123, 65535 }, { 37, 192, 65535 },
	{ 678, 7401, 65535 }, { 36, 174, 65535 }, { 36, 177, 119 }, { 472, 5916, 65535 },
	{ 19, 38, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 180, 3234, 65535 }, { 65535, 65535, 65535 }, { 32, 118, 65535 }, { 99, 1261, 65535 },
	{ 65535, 65535, 65535 }, { 202, 3756, 65535 }, { 499, 6081, 65535 }, { 309, 4724, 65535 },
	{ 317, 4773, 65535 }, { 577, 6692, 65535 }, { 630, 7093, 873 }, { 634, 7116, 65535 },
	{ 399, 5420, 65535 }, { 127, 2006, 65535 }, { 107, 1465, 65535 }, { 144, 2469, 65535 },
	{ 146, 2519, 65535 }, { 209, 3945, 65535 }, { 616, 6981, 65535 }, { 666, 7309, 65535 },
	{ 65535, 65535, 65535 }, { 205, 3845, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 284, 4548, 65535 }, { 65535, 65535, 65535 }, { 519, 6243, 65535 },
	{ 569, 6631, 775 }, { 648, 7188, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 224, 4064, 65535 }, { 246, 4214, 65535 }, { 131, 2093, 65535 }, { 198, 3681, 65535 },
	{ 138, 2278, 65535 }, { 65535, 65535, 65535 }, { 174, 3083, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 666, 7316, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 506, 6130, 65535 },
	{ 115, 1669, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 388, 5284, 65535 },
	{ 76, 631, 65535 }, { 314, 4753, 65535 }, { 94, 1125, 65535 }, { 394, 5331, 65535 },
	{ 611, 6942, 65535 }, { 103, 1372, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 197, 3676, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 67, 457, 65535 },
	{ 36, 177, 143 }, { 110, 1553, 65535 }, { 680, 7423, 65535 }, { 474, 5926, 629 },
	{ 181, 3291, 65535 }, { 183, 3351, 65535 }, { 129, 2065, 65535 }, { 184, 3373, 65535 },
	{ 65535, 65535, 65535 }, { 133, 2158, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 376, 5201, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 378, 5213, 65535 }, { 510, 6155, 65535 }, { 313, 4746, 65535 },
	{ 435, 5683, 65535 }, { 77, 640, 65535 }, { 94, 1131, 65535 }, { 179, 3205, 65535 },
	{ 532, 6351, 65535 }, { 581, 6728, 796 }, { 634, 7117, 920 }, { 65535, 65535, 65535 },
	{ 140, 2347, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 157, 2715, 65535 },
	{ 652, 7213, 65535 }, { 65535, 65535, 65535 }, { 536, 6375, 65535 }, { 520, 6246, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 293, 4610, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 569, 6640, 783 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 449, 5770, 65535 }, { 563, 6580, 65535 }, { 65535, 65535, 65535 }, { 581, 6722, 65535 },
	{ 65535, 65535, 65535 }, { 364, 5115, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 155, 2656, 65535 }, { 65535, 65535, 65535 },
	{ 621, 7017, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 377, 5206, 552 }, { 591, 6790, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 64, 377, 65535 },
	{ 222, 4040, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 146, 2522, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 297, 4641, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 610, 6935, 65535 },
	{ 634, 7117, 902 }, { 65535, 65535, 65535 }, { 281, 4512, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 80, 723, 65535 }, { 250, 4249, 65535 }, { 374, 5187, 65535 },
	{ 595, 6833, 65535 }, { 439, 5710, 65535 }, { 607, 6912, 65535 }, { 36, 177, 136 },
	{ 104, 1395, 65535 }, { 181, 3272, 65535 }, { 383, 5252, 65535 }, { 623, 7036, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 254, 4286, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 566, 6603, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 151, 2588, 65535 }, { 118, 1803, 65535 }, { 664, 7291, 65535 }, { 65535, 65535, 65535 },
	{ 368, 5146, 65535 }, { 662, 7272, 65535 }, { 96, 1193, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 141, 2361, 335 },
	{ 509, 6149, 65535 }, { 155, 2674, 345 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 86, 929, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 495, 6051, 65535 }, { 122, 1872, 65535 }, { 105, 1411, 65535 }, { 171, 3031, 65535 },
	{ 530, 6323, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 207, 3886, 65535 }, { 390, 5305, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 438, 5703, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 174, 3079, 65535 }, { 353, 5051, 65535 },
	{ 584, 6754, 801 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 31, 110, 65535 },
	{ 65535, 65535, 65535 }, { 373, 5182, 65535 }, { 79, 715, 65535 }, { 25, 76, 65535 },
	{ 36, 182, 65535 }, { 117, 1746, 65535 }, { 65535, 65535, 65535 }, { 580, 6714, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 103, 1370, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 193, 3601, 65535 }, { 176, 3127, 65535 }, { 424, 5613, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 93, 1117, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 278, 4489, 65535 }, { 100, 1298, 65535 }, { 123, 1904, 65535 },
	{ 171, 3018, 65535 }, { 405, 5475, 587 }, { 590, 6784, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 282, 4513, 65535 },
	{ 452, 5795, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 188, 3476, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 519, 6242, 65535 }, { 651, 7206, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 43, 237, 65535 }, { 66, 412, 65535 },
	{ 473, 5921, 65535 }, { 65535, 65535, 65535 }, { 95, 1163, 65535 }, { 141, 2377, 65535 },
	{ 250, 4247, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 93, 1103, 65535 }, { 330, 4908, 532 }, { 407, 5489, 600 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65, 383, 65535 },
	{ 661, 7262, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 136, 2209, 65535 }, { 65535, 65535, 65535 }, { 201, 3738, 65535 }, { 304, 4685, 65535 },
	{ 211, 3980, 65535 }, { 107, 1492, 65535 }, { 65535, 65535, 65535 }, { 24, 68, 65535 },
	{ 171, 3027, 65535 }, { 65535, 65535, 65535 }, { 546, 6447, 711 }, { 171, 3003, 65535 },
	{ 65535, 65535, 65535 }, { 22, 46, 65535 }, { 148, 2545, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 45, 249, 65535 },
	{ 187, 3447, 65535 }, { 65535, 65535, 65535 }, { 69, 506, 65535 }, { 377, 5204, 65535 },
	{ 208, 3928, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 113, 1613, 65535 },
	{ 496, 6060, 644 }, { 118, 1796, 302 }, { 83, 815, 65535 }, { 78, 683, 65535 },
	{ 93, 1108, 65535 }, { 511, 6164, 65535 }, { 88, 984, 65535 }, { 283, 4530, 494 },
	{ 158, 2726, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 120, 1828, 65535 },
	{ 65535, 65535, 65535 }, { 289, 4589, 65535 }, { 116, 1718, 65535 }, { 65535, 65535, 65535 },
	{ 425, 5622, 65535 }, { 140, 2321, 65535 }, { 306, 4699, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 118, 1793, 65535 }, { 65535, 65535, 65535 }, { 87, 943, 65535 },
	{ 224, 4061, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 201, 3749, 65535 }, { 145, 2492, 65535 },
	{ 49, 279, 65535 }, { 307, 4709, 65535 }, { 448, 5766, 65535 }, { 524, 6275, 65535 },
	{ 65535, 65535, 65535 }, { 154, 2641, 65535 }, { 187, 3455, 65535 }, { 125, 1956, 65535 },
	{ 485, 5989, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 82, 790, 65535 },
	{ 634, 7117, 901 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 240, 4177, 467 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 185, 3400, 65535 },
	{ 296, 4634, 65535 }, { 174, 3081, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 86, 919, 65535 }, { 140, 2340, 65535 }, { 164, 2872, 65535 }, { 179, 3208, 65535 },
	{ 532, 6346, 65535 }, { 100, 1294, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 627, 7059, 65535 }, { 65535, 65535, 65535 }, { 326, 4876, 65535 }, { 65535, 65535, 65535 },
	{ 225, 4068, 65535 }, { 142, 2391, 65535 }, { 114, 1657, 65535 }, { 120, 1835, 313 },
	{ 65535, 65535, 65535 }, { 155, 2670, 65535 }, { 126, 1979, 65535 }, { 441, 5726, 65535 },
	{ 594, 6825, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 485, 5980, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 367, 5139, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 117, 1755, 65535 }, { 132, 2116, 65535 },
	{ 65535, 65535, 65535 }, { 235, 4139, 65535 }, { 339, 4965, 65535 }, { 641, 7159, 65535 },
	{ 246, 4220, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 107, 1480, 65535 }, { 38, 200, 221 },
	{ 65535, 65535, 65535 }, { 160, 2787, 65535 }, { 191, 3555, 65535 }, { 556, 6525, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 104, 1393, 65535 }, { 590, 6783, 65535 }, { 126, 1970, 65535 }, { 476, 5937, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 34, 134, 65535 }, { 175, 3118, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 576, 6686, 65535 }, { 519, 6241, 65535 }, { 651, 7207, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 203, 3775, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 162, 2842, 65535 },
	{ 532, 6350, 65535 }, { 65535, 65535, 65535 }, { 55, 317, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 93, 1104, 65535 },
	{ 144, 2460, 65535 }, { 160, 2799, 65535 }, { 132, 2140, 65535 }, { 434, 5677, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 542, 6420, 65535 }, { 70, 545, 65535 }, { 36, 173, 10 }, { 166, 2904, 65535 },
	{ 197, 3667, 65535 }, { 505, 6124, 65535 }, { 639, 7144, 65535 }, { 661, 7261, 65535 },
	{ 91, 1066, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 95, 1160, 65535 }, { 65535, 65535, 65535 }, { 505, 6120, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 181, 3273, 65535 }, { 90, 1040, 65535 }, { 124, 1921, 65535 },
	{ 509, 6150, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 594, 6821, 832 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 32, 114, 65535 },
	{ 67, 466, 65535 }, { 85, 905, 65535 }, { 181, 3298, 65535 }, { 363, 5109, 65535 },
	{ 558, 6541, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 138, 2290, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 438, 5704, 65535 }, { 276, 4459, 65535 },
	{ 190, 3539, 65535 }, { 452, 5793, 65535 }, { 65535, 65535, 65535 }, { 176, 3130, 65535 },
	{ 65535, 65535, 65535 }, { 36, 176, 105 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 174, 3078, 65535 }, { 65535, 65535, 65535 }, { 268, 4384, 65535 },
	{ 73, 589, 65535 }, { 373, 5183, 65535 }, { 580, 6715, 65535 }, { 587, 6773, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 103, 1369, 65535 }, { 65535, 65535, 65535 },
	{ 105, 1414, 65535 }, { 292, 4604, 65535 }, { 499, 6083, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 181, 3289, 65535 }, { 506, 6133, 65535 },
	{ 88, 986, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 296, 4635, 65535 }, { 664, 7283, 65535 }, { 65535, 65535, 65535 }, { 150, 2573, 65535 },
	{ 65535, 65535, 65535 }, { 50, 285, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 217, 4012, 65535 }, { 65535, 65535, 65535 }, { 174, 3087, 65535 }, { 164, 2871, 65535 },
	{ 219, 4025, 418 }, { 36, 177, 127 }, { 650, 7204, 65535 }, { 65535, 65535, 65535 },
	{ 201, 3733, 65535 }, { 503, 6112, 65535 }, { 594, 6822, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 221, 4035, 65535 }, { 225, 4069, 65535 },
	{ 37, 193, 65535 }, { 36, 179, 163 }, { 168, 2935, 65535 }, { 97, 1218, 284 },
	{ 635, 7122, 966 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 142, 2408, 65535 }, { 130, 2074, 65535 }, { 117, 1750, 65535 }, { 367, 5140, 65535 },
	{ 79, 702, 65535 }, { 36, 173, 36 }, { 293, 4613, 65535 }, { 318, 4790, 65535 },
	{ 458, 5833, 65535 }, { 137, 2267, 65535 }, { 106, 1442, 65535 }, { 235, 4138, 65535 },
	{ 559, 6552, 65535 }, { 97, 1209, 65535 }, { 564, 6588, 765 }, { 624, 7046, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 377, 5203, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 202, 3765, 65535 },
	{ 65535, 65535, 65535 }, { 107, 1471, 65535 }, { 142, 2385, 65535 }, { 507, 6138, 65535 },
	{ 65535, 65535, 65535 }, { 83, 816, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 158, 2736, 65535 }, { 157, 2712, 65535 }, { 460, 5846, 65535 }, { 141, 2379, 65535 },
	{ 65535, 65535, 65535 }, { 52, 296, 65535 }, { 71, 557, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 522, 6261, 65535 }, { 65535, 65535, 65535 },
	{ 594, 6821, 806 }, { 8, 16, 65535 }, { 306, 4698, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 297, 4643, 499 }, { 65535, 65535, 65535 },
	{ 319, 4799, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 180, 171 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 207, 3913, 65535 }, { 285, 4561, 65535 },
	{ 400, 5434, 65535 }, { 520, 6248, 65535 }, { 566, 6595, 65535 }, { 448, 5765, 65535 },
	{ 65535, 65535, 65535 }, { 284, 4550, 65535 }, { 67, 477, 65535 }, { 536, 6374, 65535 },
	{ 634, 7117, 921 }, { 82, 806, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 36, 177, 154 }, { 154, 2642, 65535 }, { 65535, 65535, 65535 },
	{ 538, 6387, 678 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 637, 7128, 65535 }, { 547, 6476, 65535 },
	{ 65535, 65535, 65535 }, { 377, 5207, 65535 }, { 65535, 65535, 65535 }, { 165, 2896, 65535 },
	{ 185, 3413, 65535 }, { 219, 4025, 442 }, { 347, 5019, 65535 }, { 395, 5360, 65535 },
	{ 77, 647, 65535 }, { 65535, 65535, 65535 }, { 36, 173, 8 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 192, 3589, 65535 }, { 333, 4919, 65535 }, { 481, 5963, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 108, 1511, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 138, 2302, 65535 }, { 570, 6645, 65535 },
	{ 65535, 65535, 65535 }, { 379, 5227, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 425, 5623, 65535 }, { 65535, 65535, 65535 }, { 276, 4440, 65535 },
	{ 191, 3547, 65535 }, { 174, 3098, 65535 }, { 65535, 65535, 65535 }, { 682, 7439, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 418, 5566, 65535 }, { 547, 6468, 65535 }, { 175, 3117, 375 },
	{ 116, 1705, 65535 }, { 538, 6387, 699 }, { 85, 879, 65535 }, { 86, 918, 65535 },
	{ 115, 1698, 65535 }, { 339, 4963, 65535 }, { 492, 6033, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 187, 3434, 65535 }, { 103, 1382, 65535 }, { 207, 3914, 65535 },
	{ 262, 4344, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 179, 3213, 65535 },
	{ 65535, 65535, 65535 }, { 146, 2523, 65535 }, { 65535, 65535, 65535 }, { 179, 3210, 65535 },
	{ 80, 736, 65535 }, { 428, 5639, 65535 }, { 164, 2877, 65535 }, { 140, 2329, 65535 },
	{ 641, 7155, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 173, 13 },
	{ 65535, 65535, 65535 }, { 120, 1820, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 260, 4320, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 489, 6007, 65535 }, { 65535, 65535, 65535 }, { 437, 5701, 65535 }, { 65535, 65535, 65535 },
	{ 123, 1905, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 69, 514, 65535 }, { 638, 7137, 65535 }, { 65535, 65535, 65535 }, { 109, 1542, 65535 },
	{ 357, 5076, 65535 }, { 132, 2134, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 631, 7098, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 168, 2945, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 499, 6080, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 100, 1293, 287 }, { 65535, 65535, 65535 }, { 208, 3929, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 49, 276, 65535 }, { 65535, 65535, 65535 },
	{ 611, 6943, 65535 }, { 65535, 65535, 65535 }, { 180, 3261, 65535 }, { 84, 861, 65535 },
	{ 666, 7318, 65535 }, { 77, 668, 65535 }, { 65535, 65535, 65535 }, { 117, 1766, 65535 },
	{ 560, 6563, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 112, 1589, 65535 },
	{ 607, 6909, 65535 }, { 397, 5391, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 137, 2265, 65535 }, { 351, 5044, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 193, 3616, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 203, 3782, 394 }, { 275, 4436, 65535 }, { 65535, 65535, 65535 },
	{ 38, 200, 181 }, { 65535, 65535, 65535 }, { 100, 1295, 65535 }, { 40, 215, 65535 },
	{ 621, 7011, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 678, 7396, 65535 },
	{ 65535, 65535, 65535 }, { 239, 4169, 65535 }, { 559, 6559, 65535 }, { 182, 3330, 65535 },
	{ 144, 2457, 65535 }, { 146, 2507, 65535 }, { 222, 4044, 65535 }, { 408, 5495, 65535 },
	{ 135, 2200, 65535 }, { 65535, 65535, 65535 }, { 596, 6842, 852 }, { 164, 2878, 65535 },
	{ 65535, 65535, 65535 }, { 36, 177, 132 }, { 65535, 65535, 65535 }, { 34, 135, 65535 },
	{ 81, 749, 65535 }, { 536, 6367, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 251, 4263, 65535 }, { 207, 3900, 65535 },
	{ 219, 4025, 446 }, { 594, 6821, 809 }, { 75, 614, 65535 }, { 83, 840, 65535 },
	{ 286, 4565, 65535 }, { 349, 5032, 65535 }, { 397, 5382, 65535 }, { 65535, 65535, 65535 },
	{ 178, 3178, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 66, 414, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 303, 4672, 65535 }, { 65535, 65535, 65535 }, { 136, 2225, 65535 }, { 65535, 65535, 65535 },
	{ 590, 6787, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 547, 6477, 65535 },
	{ 610, 6937, 65535 }, { 134, 2167, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 629, 7084, 65535 }, { 65535, 65535, 65535 }, { 465, 5869, 65535 }, { 54, 311, 65535 },
	{ 152, 2608, 65535 }, { 156, 2681, 65535 }, { 559, 6560, 65535 }, { 107, 1457, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 177, 3158, 65535 },
	{ 301, 4661, 65535 }, { 635, 7122, 933 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 323, 4825, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 200, 3719, 65535 },
	{ 181, 3290, 65535 }, { 165, 2898, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65, 391, 65535 },
	{ 288, 4582, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 25, 77, 65535 },
	{ 136, 2246, 65535 }, { 177, 3174, 65535 }, { 161, 2810, 65535 }, { 205, 3838, 65535 },
	{ 276, 4448, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 394, 5328, 65535 },
	{ 538, 6387, 685 }, { 594, 6821, 804 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 245, 4209, 65535 },
	{ 678, 7400, 65535 }, { 65535, 65535, 65535 }, { 531, 6331, 65535 }, { 428, 5638, 65535 },
	{ 65535, 65535, 65535 }, { 634, 7117, 899 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 562, 6576, 745 }, { 326, 4886, 65535 }, { 414, 5533, 65535 },
	{ 460, 5845, 65535 }, { 549, 6489, 724 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 489, 6008, 65535 },
	{ 569, 6631, 776 }, { 252, 4273, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 357, 5075, 65535 }, { 307, 4710, 65535 }, { 286, 4566, 65535 }, { 480, 5959, 65535 },
	{ 65535, 65535, 65535 }, { 272, 4407, 65535 }, { 542, 6415, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 631, 7099, 65535 }, { 513, 6178, 65535 }, { 594, 6821, 827 },
	{ 65535, 65535, 65535 }, { 66, 434, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 547, 6452, 65535 }, { 499, 6079, 65535 }, { 601, 6869, 65535 },
	{ 144, 2463, 65535 }, { 65535, 65535, 65535 }, { 106, 1432, 65535 }, { 124, 1924, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 343, 4993, 65535 }, { 65535, 65535, 65535 }, { 87, 950, 65535 }, { 65535, 65535, 65535 },
	{ 560, 6564, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 347, 5020, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 111, 1572, 65535 }, { 423, 5609, 611 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 85, 882, 65535 }, { 210, 3979, 65535 }, { 201, 3725, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 80, 734, 65535 }, { 570, 6644, 65535 }, { 65535, 65535, 65535 }, { 126, 1989, 65535 },
	{ 567, 6621, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 98, 1245, 65535 },
	{ 276, 4441, 65535 }, { 569, 6642, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 468, 5893, 65535 }, { 526, 6288, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 92, 1094, 65535 }, { 173, 3059, 65535 }, { 394, 5350, 65535 }, { 526, 6293, 65535 },
	{ 65535, 65535, 65535 }, { 96, 1197, 281 }, { 65535, 65535, 65535 }, { 12, 25, 65535 },
	{ 197, 3677, 65535 }, { 74, 603, 65535 }, { 65535, 65535, 65535 }, { 102, 1360, 65535 },
	{ 162, 2847, 65535 }, { 65535, 65535, 65535 }, { 79, 710, 65535 }, { 127, 2013, 65535 },
	{ 164, 2880, 65535 }, { 418, 5567, 65535 }, { 65535, 65535, 65535 }, { 130, 2066, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 261, 4331, 65535 }, { 397, 5392, 65535 },
	{ 641, 7154, 65535 }, { 65535, 65535, 65535 }, { 494, 6050, 65535 }, { 580, 6717, 65535 },
	{ 605, 6900, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 176, 3134, 65535 },
	{ 188, 3492, 65535 }, { 65535, 65535, 65535 }, { 126, 1982, 317 }, { 264, 4360, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 91, 1051, 65535 }, { 158, 2739, 65535 },
	{ 65535, 65535, 65535 }, { 2, 5, 65535 }, { 131, 2103, 65535 }, { 134, 2168, 65535 },
	{ 418, 5569, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 107, 1470, 65535 },
	{ 559, 6547, 65535 }, { 65535, 65535, 65535 }, { 345, 5009, 65535 }, { 120, 1830, 65535 },
	{ 365, 5130, 65535 }, { 409, 5504, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 485, 5988, 65535 }, { 88, 981, 65535 }, { 174, 3084, 65535 }, { 283, 4522, 65535 },
	{ 59, 344, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 22, 51, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 162, 2827, 65535 }, { 185, 3412, 65535 }, { 273, 4421, 482 },
	{ 530, 6326, 65535 }, { 617, 6985, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 114, 1667, 65535 }, { 36, 177, 111 }, { 65535, 65535, 65535 }, { 156, 2684, 65535 },
	{ 205, 3839, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 77, 655, 65535 }, { 203, 3790, 65535 }, { 293, 4615, 65535 },
	{ 455, 5812, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 601, 6876, 65535 },
	{ 65535, 65535, 65535 }, { 219, 4025, 449 }, { 165, 2893, 65535 }, { 215, 4001, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 204, 3817, 65535 }, { 194, 3633, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 36, 173, 31 }, { 65535, 65535, 65535 }, { 171, 3019, 65535 }, { 546, 6443, 65535 },
	{ 36, 166, 65535 }, { 75, 611, 65535 }, { 188, 3469, 65535 }, { 621, 7012, 65535 },
	{ 96, 1186, 65535 }, { 65535, 65535, 65535 }, { 83, 839, 65535 }, { 126, 1985, 65535 },
	{ 144, 2456, 65535 }, { 65535, 65535, 65535 }, { 666, 7323, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 167, 2910, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 623, 7035, 65535 }, { 404, 5459, 65535 }, { 574, 6672, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 525, 6281, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 627, 7066, 65535 }, { 117, 1731, 65535 }, { 103, 1376, 295 }, { 141, 2359, 334 },
	{ 65535, 65535, 65535 }, { 525, 6284, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 286, 4564, 65535 }, { 614, 6967, 65535 }, { 96, 1205, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 146, 2504, 65535 },
	{ 475, 5928, 65535 }, { 100, 1297, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 202, 3752, 65535 },
	{ 574, 6677, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 99, 1277, 65535 },
	{ 356, 5070, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 134, 2176, 65535 }, { 65535, 65535, 65535 },
	{ 35, 152, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 62, 363, 65535 }, { 644, 7170, 65535 }, { 65535, 65535, 65535 },
	{ 377, 5206, 551 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 131, 2089, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 181, 3265, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 436, 5692, 65535 }, { 112, 1591, 65535 }, { 530, 6324, 65535 }, { 204, 3799, 65535 },
	{ 502, 6095, 65535 }, { 65535, 65535, 65535 }, { 160, 2772, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 115, 1673, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 427, 5631, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 683, 7455, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 205, 3846, 65535 },
	{ 517, 6227, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 133, 2156, 65535 }, { 183, 3346, 65535 }, { 573, 6663, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 89, 1004, 65535 }, { 36, 177, 125 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 445, 5749, 65535 },
	{ 65535, 65535, 65535 }, { 236, 4154, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 80, 732, 65535 }, { 143, 2417, 65535 }, { 275, 4434, 65535 }, { 192, 3565, 65535 },
	{ 85, 901, 65535 }, { 186, 3421, 65535 }, { 261, 4343, 65535 }, { 431, 5658, 65535 },
	{ 36, 176, 58 }, { 549, 6487, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 608, 6921, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 331, 4912, 535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 173, 3064, 65535 }, { 289, 4584, 65535 }, { 95, 1183, 65535 },
	{ 121, 1848, 65535 }, { 38, 200, 185 }, { 285, 4554, 65535 }, { 539, 6393, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 560, 6567, 728 }, { 486, 5993, 65535 },
	{ 635, 7122, 930 }, { 346, 5014, 65535 }, { 65535, 65535, 65535 }, { 180, 3253, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 110, 1547, 65535 }, { 460, 5843, 65535 },
	{ 65535, 65535, 65535 }, { 360, 5089, 65535 }, { 60, 354, 235 }, { 141, 2371, 65535 },
	{ 65535, 65535, 65535 }, { 112, 1595, 65535 }, { 65535, 65535, 65535 }, { 634, 7117, 905 },
	{ 65535, 65535, 65535 }, { 99, 1270, 65535 }, { 126, 1990, 65535 }, { 139, 2319, 65535 },
	{ 407, 5485, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 87, 967, 65535 }, { 569, 6631, 774 }, { 65535, 65535, 65535 }, { 129, 2055, 65535 },
	{ 218, 4015, 65535 }, { 636, 7126, 65535 }, { 140, 2344, 65535 }, { 278, 4481, 65535 },
	{ 152, 2615, 65535 }, { 65535, 65535, 65535 }, { 406, 5482, 589 }, { 626, 7057, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 66, 429, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 364, 5121, 65535 }, { 336, 4937, 65535 },
	{ 630, 7089, 65535 }, { 91, 1067, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 309, 4723, 65535 }, { 212, 3989, 65535 },
	{ 72, 578, 65535 }, { 518, 6238, 65535 }, { 90, 1033, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 143, 2437, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 119, 1819, 65535 }, { 65535, 65535, 65535 },
	{ 184, 3368, 382 }, { 503, 6109, 65535 }, { 162, 2843, 65535 }, { 65535, 65535, 65535 },
	{ 147, 2527, 65535 }, { 478, 5944, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 177, 3167, 65535 }, { 569, 6638, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 127, 2012, 65535 }, { 79, 711, 65535 },
	{ 410, 5513, 65535 }, { 407, 5488, 593 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 261, 4329, 65535 }, { 488, 6002, 65535 }, { 5, 10, 65535 }, { 88, 989, 65535 },
	{ 620, 7006, 65535 }, { 273, 4421, 483 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 118, 1790, 65535 },
	{ 69, 532, 65535 }, { 426, 5628, 65535 }, { 104, 1399, 297 }, { 490, 6015, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 116, 1722, 65535 },
	{ 549, 6485, 65535 }, { 76, 626, 65535 }, { 65535, 65535, 65535 }, { 417, 5562, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 339, 4964, 65535 }, { 539, 6395, 65535 }, { 159, 2757, 65535 },
	{ 377, 5209, 557 }, { 545, 6437, 65535 }, { 559, 6545, 65535 }, { 577, 6695, 65535 },
	{ 626, 7058, 65535 }, { 634, 7113, 65535 }, { 634, 7117, 895 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 36, 177, 109 }, { 66, 443, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 66, 426, 65535 }, { 121, 1845, 65535 }, { 145, 2485, 65535 },
	{ 125, 1945, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 187, 3453, 65535 }, { 275, 4435, 65535 }, { 143, 2416, 65535 }, { 394, 5342, 577 },
	{ 65535, 65535, 65535 }, { 491, 6021, 65535 }, { 136, 2255, 65535 }, { 65535, 65535, 65535 },
	{ 219, 4025, 454 }, { 136, 2231, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 81, 767, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 89, 1016, 65535 }, { 25, 69, 65535 }, { 422, 5596, 607 },
	{ 100, 1285, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 624, 7042, 65535 },
	{ 521, 6254, 65535 }, { 65535, 65535, 65535 }, { 136, 2240, 65535 }, { 65535, 65535, 65535 },
	{ 285, 4553, 65535 }, { 171, 2995, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 118, 1796, 303 }, { 192, 3562, 65535 }, { 583, 6740, 65535 }, { 632, 7106, 877 },
	{ 65535, 65535, 65535 }, { 204, 3815, 65535 }, { 136, 2217, 65535 }, { 162, 2849, 65535 },
	{ 196, 3657, 65535 }, { 572, 6662, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 538, 6387, 671 }, { 65535, 65535, 65535 }, { 346, 5015, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 209, 3954, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 214, 3996, 65535 }, { 354, 5059, 65535 }, { 434, 5682, 65535 },
	{ 170, 2978, 65535 }, { 654, 7220, 65535 }, { 65535, 65535, 65535 }, { 251, 4259, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 207, 3894, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 173, 3060, 65535 }, { 394, 5332, 65535 },
	{ 180, 3242, 65535 }, { 417, 5563, 65535 }, { 326, 4877, 528 }, { 356, 5069, 65535 },
	{ 65535, 65535, 65535 }, { 512, 6168, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 137, 2264, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 297, 4643, 497 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 99, 1252, 65535 },
	{ 204, 3800, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 141, 2368, 65535 },
	{ 179, 3207, 65535 }, { 202, 3755, 65535 }, { 370, 5155, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 66, 409, 65535 }, { 65535, 65535, 65535 }, { 308, 4717, 65535 },
	{ 65535, 65535, 65535 }, { 630, 7093, 871 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 155, 2669, 65535 }, { 65535, 65535, 65535 }, { 427, 5630, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 131, 2092, 65535 }, { 133, 2157, 65535 },
	{ 181, 3302, 65535 }, { 214, 3999, 405 }, { 441, 5722, 65535 }, { 65535, 65535, 65535 },
	{ 620, 7007, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 201, 3748, 65535 },
	{ 488, 6001, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 204, 3802, 65535 },
	{ 224, 4065, 65535 }, { 69, 515, 65535 }, { 65535, 65535, 65535 }, { 157, 2713, 65535 },
	{ 299, 4648, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 140, 2332, 65535 }, { 236, 4149, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 417, 5561, 65535 }, { 65535, 65535, 65535 }, { 461, 5850, 65535 }, { 549, 6486, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 505, 6125, 65535 }, { 48, 265, 65535 },
	{ 108, 1520, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 559, 6544, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 77, 659, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 190, 3545, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 228, 4083, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 182, 3333, 65535 }, { 508, 6146, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 126, 2000, 65535 },
	{ 208, 3925, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 407, 5486, 65535 }, { 65535, 65535, 65535 }, { 80, 738, 65535 },
	{ 86, 906, 65535 }, { 429, 5649, 615 }, { 613, 6955, 65535 }, { 161, 2803, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 388, 5290, 65535 },
	{ 616, 6982, 65535 }, { 472, 5915, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 627, 7063, 65535 },
	{ 205, 3859, 65535 }, { 336, 4938, 65535 }, { 157, 2699, 65535 }, { 326, 4881, 65535 },
	{ 419, 5576, 65535 }, { 143, 2422, 65535 }, { 249, 4243, 65535 }, { 72, 577, 65535 },
	{ 492, 6029, 65535 }, { 547, 6465, 65535 }, { 150, 2586, 65535 }, { 115, 1694, 65535 },
	{ 433, 5673, 65535 }, { 157, 2722, 65535 }, { 83, 825, 65535 }, { 64, 378, 65535 },
	{ 165, 2892, 65535 }, { 546, 6446, 65535 }, { 630, 7088, 65535 }, { 614, 6968, 65535 },
	{ 15, 30, 65535 }, { 65535, 65535, 65535 }, { 478, 5945, 65535 }, { 94, 1152, 65535 },
	{ 546, 6447, 713 }, { 180, 3258, 65535 }, { 547, 6471, 65535 }, { 65535, 65535, 65535 },
	{ 1, 3, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 177, 114 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 319, 4800, 65535 }, { 65535, 65535, 65535 }, { 76, 630, 65535 },
	{ 205, 3858, 65535 }, { 140, 2330, 65535 }, { 206, 3869, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 192, 3593, 65535 }, { 194, 3629, 65535 }, { 271, 4405, 479 },
	{ 566, 6599, 65535 }, { 65535, 65535, 65535 }, { 135, 2187, 65535 }, { 437, 5700, 65535 },
	{ 482, 5965, 65535 }, { 36, 177, 141 }, { 195, 3650, 65535 }, { 187, 3456, 65535 },
	{ 59, 348, 230 }, { 600, 6862, 65535 }, { 204, 3826, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 42, 227, 65535 }, { 90, 1025, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 340, 4966, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 111, 1561, 65535 }, { 65535, 65535, 65535 }, { 38, 200, 216 }, { 65535, 65535, 65535 },
	{ 580, 6719, 794 }, { 579, 6707, 791 }, { 84, 859, 65535 }, { 108, 1512, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 526, 6289, 65535 }, { 88, 982, 65535 }, { 265, 4363, 65535 },
	{ 434, 5681, 618 }, { 65535, 65535, 65535 }, { 82, 803, 65535 }, { 241, 4181, 65535 },
	{ 411, 5515, 65535 }, { 671, 7350, 65535 }, { 65535, 65535, 65535 }, { 390, 5303, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 61, 360, 65535 }, { 124, 1917, 65535 },
	{ 121, 1852, 65535 }, { 201, 3735, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 113, 1602, 65535 }, { 160, 2789, 359 }, { 65535, 65535, 65535 }, { 398, 5414, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 269, 4385, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 77, 664, 65535 }, { 664, 7295, 65535 },
	{ 681, 7430, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 180, 3224, 65535 }, { 65535, 65535, 65535 },
	{ 127, 2004, 65535 }, { 123, 1892, 65535 }, { 569, 6636, 778 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 141, 2370, 65535 },
	{ 192, 3569, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 184, 3358, 65535 },
	{ 65535, 65535, 65535 }, { 109, 1529, 65535 }, { 65535, 65535, 65535 }, { 100, 1302, 65535 },
	{ 198, 3679, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 130, 2075, 65535 }, { 139, 2316, 65535 }, { 384, 5257, 65535 }, { 538, 6387, 670 },
	{ 630, 7091, 65535 }, { 539, 6392, 65535 }, { 65535, 65535, 65535 }, { 119, 1807, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 136, 2232, 65535 },
	{ 65535, 65535, 65535 }, { 56, 322, 65535 }, { 67, 478, 65535 }, { 304, 4686, 65535 },
	{ 245, 4205, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 118, 1799, 309 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 230, 4096, 65535 }, { 468, 5890, 65535 }, { 65535, 65535, 65535 }, { 181, 3301, 65535 },
	{ 115, 1690, 65535 }, { 65535, 65535, 65535 }, { 566, 6614, 65535 }, { 23, 61, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 153, 2629, 65535 },
	{ 172, 3036, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 36, 177, 148 }, { 102, 1342, 65535 }, { 113, 1627, 65535 },
	{ 181, 3282, 65535 }, { 65535, 65535, 65535 }, { 610, 6930, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 667, 7334, 65535 }, { 65535, 65535, 65535 }, { 316, 4768, 65535 },
	{ 101, 1317, 65535 }, { 36, 176, 98 }, { 126, 1992, 65535 }, { 569, 6636, 781 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 543, 6423, 65535 }, { 74, 596, 65535 }, { 129, 2054, 65535 }, { 458, 5830, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 398, 5399, 65535 }, { 261, 4337, 470 },
	{ 80, 725, 65535 }, { 527, 6301, 65535 }, { 326, 4868, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 36, 176, 66 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 151, 2590, 65535 }, { 126, 1998, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 183, 3347, 65535 }, { 614, 6958, 65535 },
	{ 204, 3806, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 184, 3375, 65535 },
	{ 527, 6300, 65535 }, { 69, 530, 65535 }, { 255, 4290, 65535 }, { 182, 3305, 65535 },
	{ 387, 5279, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 56, 326, 65535 }, { 65535, 65535, 65535 },
	{ 145, 2480, 65535 }, { 472, 5911, 65535 }, { 529, 6313, 65535 }, { 36, 176, 64 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 207, 3906, 65535 }, { 132, 2144, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 397, 5380, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 95, 1179, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 54, 307, 65535 }, { 36, 176, 74 },
	{ 34, 138, 5 }, { 427, 5635, 65535 }, { 454, 5806, 65535 }, { 107, 1489, 65535 },
	{ 157, 2707, 65535 }, { 231, 4105, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 155, 2672, 65535 }, { 157, 2719, 65535 }, { 149, 2570, 65535 }, { 180, 3241, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 113, 1603, 65535 },
	{ 188, 3494, 65535 }, { 681, 7429, 65535 }, { 200, 3712, 65535 }, { 642, 7165, 65535 },
	{ 563, 6577, 65535 }, { 65535, 65535, 65535 }, { 318, 4787, 512 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 86, 915, 65535 }, { 635, 7122, 950 }, { 666, 7314, 65535 },
	{ 187, 3465, 65535 }, { 594, 6823, 65535 }, { 276, 4447, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 193, 3617, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 123, 1891, 65535 }, { 337, 4954, 65535 },
	{ 283, 4529, 491 }, { 421, 5584, 65535 }, { 276, 4458, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 109, 1539, 65535 }, { 594, 6821, 802 }, { 403, 5458, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 184, 3359, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 143, 2442, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 355, 5067, 65535 }, { 492, 6026, 65535 }, { 65535, 65535, 65535 }, { 52, 295, 65535 },
	{ 499, 6084, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 194, 3628, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 111, 1564, 65535 }, { 350, 5035, 65535 },
	{ 76, 636, 65535 }, { 86, 937, 65535 }, { 65535, 65535, 65535 }, { 89, 1017, 65535 },
	{ 108, 1510, 65535 }, { 142, 2393, 65535 }, { 232, 4113, 65535 }, { 600, 6863, 65535 },
	{ 619, 7003, 65535 }, { 65535, 65535, 65535 }, { 446, 5755, 621 }, { 38, 200, 213 },
	{ 82, 794, 65535 }, { 641, 7160, 65535 }, { 65535, 65535, 65535 }, { 397, 5383, 65535 },
	{ 65535, 65535, 65535 }, { 208, 3916, 65535 }, { 678, 7404, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 187, 3441, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 265, 4362, 65535 }, { 399, 5425, 65535 }, { 116, 1713, 65535 }, { 538, 6387, 706 },
	{ 190, 3529, 65535 }, { 78, 695, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 92, 1089, 265 }, { 131, 2110, 65535 }, { 279, 4492, 65535 }, { 219, 4025, 414 },
	{ 485, 5984, 65535 }, { 179, 3211, 65535 }, { 183, 3348, 65535 }, { 549, 6488, 65535 },
	{ 671, 7351, 65535 }, { 65535, 65535, 65535 }, { 200, 3707, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 33, 127, 65535 }, { 36, 176, 70 }, { 395, 5359, 65535 },
	{ 130, 2086, 65535 }, { 458, 5831, 65535 }, { 137, 2256, 65535 }, { 324, 4848, 65535 },
	{ 538, 6387, 687 }, { 326, 4867, 65535 }, { 649, 7197, 65535 }, { 512, 6171, 65535 },
	{ 65535, 65535, 65535 }, { 384, 5256, 65535 }, { 65535, 65535, 65535 }, { 171, 3012, 65535 },
	{ 65535, 65535, 65535 }, { 224, 4060, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 100, 1296, 65535 }, { 129, 2041, 65535 }, { 255, 4289, 65535 }, { 387, 5280, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 171, 3007, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 446, 5756, 65535 }, { 65535, 65535, 65535 },
	{ 125, 1964, 65535 }, { 531, 6332, 65535 }, { 490, 6014, 65535 }, { 93, 1113, 276 },
	{ 65535, 65535, 65535 }, { 552, 6504, 65535 }, { 635, 7122, 942 }, { 529, 6314, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 66, 400, 65535 },
	{ 162, 2855, 65535 }, { 397, 5379, 65535 }, { 538, 6387, 705 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 182, 3308, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 587, 6772, 65535 }, { 616, 6980, 65535 }, { 624, 7039, 65535 },
	{ 65535, 65535, 65535 }, { 172, 3033, 65535 }, { 155, 2653, 65535 }, { 292, 4608, 65535 },
	{ 539, 6391, 65535 }, { 65535, 65535, 65535 }, { 34, 144, 65535 }, { 245, 4206, 65535 },
	{ 69, 527, 65535 }, { 65535, 65535, 65535 }, { 124, 1933, 65535 }, { 65535, 65535, 65535 },
	{ 78, 690, 65535 }, { 65535, 65535, 65535 }, { 174, 3106, 65535 }, { 318, 4789, 65535 },
	{ 78, 686, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 36, 173, 6 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 466, 5877, 65535 }, { 70, 538, 65535 }, { 84, 849, 65535 },
	{ 101, 1314, 65535 }, { 298, 4647, 503 }, { 410, 5511, 65535 }, { 468, 5889, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 547, 6466, 65535 }, { 141, 2350, 65535 },
	{ 599, 6859, 65535 }, { 610, 6929, 65535 }, { 553, 6507, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 38, 200, 209 }, { 48, 275, 65535 },
	{ 316, 4769, 65535 }, { 186, 3429, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 132, 2135, 65535 }, { 65535, 65535, 65535 }, { 305, 4692, 65535 }, { 614, 6964, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 283, 4533, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 188, 3498, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 223, 4048, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 680, 7419, 65535 }, { 65535, 65535, 65535 }, { 82, 791, 65535 }, { 197, 3665, 65535 },
	{ 652, 7215, 65535 }, { 386, 5273, 65535 }, { 621, 7019, 863 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 108, 1518, 65535 }, { 144, 2467, 343 }, { 219, 4025, 419 },
	{ 160, 2798, 65535 }, { 276, 4462, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 167, 2916, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 36, 177, 128 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 268, 4379, 65535 }, { 665, 7303, 65535 }, { 251, 4261, 65535 },
	{ 609, 6924, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 260, 4319, 65535 },
	{ 179, 3217, 65535 }, { 320, 4815, 65535 }, { 389, 5298, 564 }, { 562, 6576, 746 },
	{ 411, 5518, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 96, 1192, 65535 },
	{ 126, 1968, 65535 }, { 59, 346, 65535 }, { 251, 4267, 65535 }, { 457, 5823, 65535 },
	{ 515, 6199, 65535 }, { 283, 4523, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 181, 3278, 65535 }, { 36, 173, 15 }, { 667, 7333, 65535 },
	{ 131, 2101, 65535 }, { 193, 3604, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 599, 6856, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 467, 5885, 65535 }, { 538, 6387, 692 }, { 634, 7117, 909 },
	{ 117, 1752, 65535 }, { 322, 4824, 524 }, { 581, 6727, 65535 }, { 65535, 65535, 65535 },
	{ 110, 1554, 65535 }, { 475, 5931, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 55, 313, 65535 }, { 377, 5206, 553 }, { 406, 5483, 65535 }, { 372, 5169, 65535 },
	{ 68, 499, 251 }, { 434, 5680, 65535 }, { 528, 6304, 65535 }, { 241, 4184, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 433, 5674, 65535 }, { 610, 6931, 65535 }, { 613, 6951, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 634, 7117, 886 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 66, 425, 65535 }, { 89, 1018, 65535 }, { 522, 6264, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 184, 3361, 65535 }, { 80, 740, 65535 }, { 126, 2003, 65535 }, { 538, 6385, 65535 },
	{ 670, 7346, 65535 }, { 65535, 65535, 65535 }, { 126, 1993, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 182, 3332, 65535 }, { 435, 5687, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 398, 5412, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 95, 1181, 65535 }, { 65535, 65535, 65535 },
	{ 81, 748, 65535 }, { 220, 4029, 65535 }, { 272, 4412, 65535 }, { 453, 5800, 65535 },
	{ 38, 200, 177 }, { 407, 5489, 599 }, { 254, 4284, 65535 }, { 92, 1086, 65535 },
	{ 494, 6049, 640 }, { 542, 6410, 65535 }, { 75, 615, 65535 }, { 171, 3028, 65535 },
	{ 210, 3967, 65535 }, { 79, 704, 65535 }, { 142, 2399, 65535 }, { 664, 7293, 65535 },
	{ 131, 2109, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 117, 1747, 65535 },
	{ 396, 5363, 65535 }, { 400, 5427, 65535 }, { 56, 328, 65535 }, { 124, 1930, 65535 },
	{ 188, 3483, 65535 }, { 85, 893, 258 }, { 382, 5242, 65535 }, { 660, 7255, 65535 },
	{ 168, 2946, 65535 }, { 659, 7248, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 155, 2678, 65535 }, { 102, 1337, 65535 }, { 150, 2575, 65535 }, { 188, 3490, 388 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 121, 1865, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 119, 1816, 65535 },
	{ 139, 2308, 65535 }, { 146, 2508, 65535 }, { 31, 107, 65535 }, { 219, 4025, 427 },
	{ 325, 4851, 65535 }, { 471, 5905, 65535 }, { 228, 4087, 65535 }, { 208, 3939, 65535 },
	{ 213, 3993, 65535 }, { 65535, 65535, 65535 }, { 111, 1570, 65535 }, { 84, 872, 65535 },
	{ 91, 1047, 65535 }, { 106, 1439, 65535 }, { 91, 1069, 262 }, { 456, 5821, 65535 },
	{ 240, 4176, 65535 }, { 634, 7117, 893 }, { 177, 3173, 65535 }, { 329, 4901, 65535 },
	{ 41, 224, 65535 }, { 366, 5136, 65535 }, { 68, 485, 65535 }, { 36, 183, 65535 },
	{ 336, 4939, 65535 }, { 594, 6821, 811 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 173, 3056, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 41, 220, 65535 },
	{ 94, 1133, 65535 }, { 65535, 65535, 65535 }, { 579, 6711, 65535 }, { 635, 7122, 937 },
	{ 65535, 65535, 65535 }, { 170, 2984, 65535 }, { 130, 2076, 65535 }, { 50, 288, 65535 },
	{ 251, 4258, 65535 }, { 230, 4098, 65535 }, { 90, 1039, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 183, 3343, 65535 }, { 315, 4763, 65535 }, { 201, 3734, 65535 },
	{ 362, 5106, 65535 }, { 65535, 65535, 65535 }, { 168, 2948, 65535 }, { 28, 92, 65535 },
	{ 132, 2119, 65535 }, { 162, 2823, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 258, 4305, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 152, 2607, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 112, 1583, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 244, 4200, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 171, 3008, 65535 },
	{ 499, 6082, 65535 }, { 599, 6857, 65535 }, { 243, 4197, 65535 }, { 185, 3408, 65535 },
	{ 278, 4478, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 396, 5366, 65535 }, { 102, 1340, 65535 }, { 373, 5175, 65535 }, { 467, 5884, 65535 },
	{ 503, 6107, 65535 }, { 559, 6554, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 118, 1800, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 118, 1797, 306 }, { 65535, 65535, 65535 },
	{ 523, 6270, 65535 }, { 74, 607, 65535 }, { 102, 1348, 289 }, { 349, 5029, 65535 },
	{ 528, 6305, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 98, 1243, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 415, 5544, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 177, 3164, 65535 }, { 565, 6593, 65535 }, { 135, 2204, 65535 }, { 65535, 65535, 65535 },
	{ 207, 3884, 65535 }, { 538, 6384, 65535 }, { 161, 2814, 65535 }, { 670, 7347, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 84, 869, 65535 }, { 269, 4389, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 586, 6767, 65535 }, { 568, 6627, 773 }, { 65535, 65535, 65535 },
	{ 190, 3538, 65535 }, { 569, 6632, 65535 }, { 65, 381, 65535 }, { 159, 2754, 65535 },
	{ 680, 7418, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 323, 4829, 65535 }, { 338, 4958, 538 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 386, 5274, 65535 }, { 283, 4530, 495 },
	{ 678, 7406, 65535 }, { 624, 7044, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 239, 4171, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 609, 6923, 65535 }, { 136, 2207, 65535 }, { 36, 176, 103 }, { 48, 273, 65535 },
	{ 121, 1863, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 81, 765, 65535 }, { 593, 6809, 65535 },
	{ 85, 883, 65535 }, { 595, 6835, 65535 }, { 51, 291, 65535 }, { 136, 2253, 65535 },
	{ 192, 3582, 65535 }, { 628, 7077, 65535 }, { 146, 2513, 65535 }, { 65535, 65535, 65535 },
	{ 515, 6210, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 457, 5824, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 594, 6819, 65535 }, { 167, 2923, 65535 },
	{ 449, 5774, 65535 }, { 672, 7363, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 348, 5028, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 36, 169, 65535 }, { 162, 2826, 65535 }, { 84, 868, 65535 }, { 65535, 65535, 65535 },
	{ 41, 219, 65535 }, { 152, 2604, 65535 }, { 623, 7028, 65535 }, { 173, 3057, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 156, 2685, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 68, 505, 65535 },
	{ 65535, 65535, 65535 }, { 315, 4764, 65535 }, { 91, 1050, 65535 }, { 183, 3342, 65535 },
	{ 110, 1559, 65535 }, { 333, 4922, 65535 }, { 481, 5960, 65535 }, { 66, 438, 65535 },
	{ 374, 5188, 65535 }, { 529, 6316, 654 }, { 603, 6887, 65535 }, { 65535, 65535, 65535 },
	{ 181, 3299, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 69, 508, 65535 },
	{ 86, 916, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 140, 2323, 65535 }, { 126, 1981, 65535 }, { 222, 4042, 65535 }, { 65535, 65535, 65535 },
	{ 244, 4201, 65535 }, { 552, 6500, 65535 }, { 65535, 65535, 65535 }, { 112, 1582, 65535 },
	{ 65535, 65535, 65535 }, { 70, 547, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 641, 7158, 65535 },
	{ 399, 5423, 65535 }, { 176, 3148, 65535 }, { 75, 622, 65535 }, { 410, 5507, 65535 },
	{ 65535, 65535, 65535 }, { 149, 2562, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 254, 4283, 65535 }, { 284, 4545, 65535 }, { 326, 4869, 65535 },
	{ 660, 7256, 65535 }, { 99, 1282, 65535 }, { 65535, 65535, 65535 }, { 116, 1712, 65535 },
	{ 89, 1011, 65535 }, { 467, 5886, 65535 }, { 65535, 65535, 65535 }, { 49, 280, 65535 },
	{ 304, 4682, 65535 }, { 595, 6832, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 78, 674, 65535 }, { 189, 3524, 65535 }, { 65535, 65535, 65535 }, { 238, 4164, 65535 },
	{ 396, 5362, 65535 }, { 65535, 65535, 65535 }, { 81, 745, 65535 }, { 102, 1338, 65535 },
	{ 289, 4587, 65535 }, { 65535, 65535, 65535 }, { 120, 1839, 65535 }, { 130, 2084, 65535 },
	{ 411, 5519, 602 }, { 84, 863, 65535 }, { 553, 6512, 65535 }, { 65535, 65535, 65535 },
	{ 339, 4959, 65535 }, { 65535, 65535, 65535 }, { 232, 4116, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 616, 6983, 65535 }, { 65535, 65535, 65535 },
	{ 192, 3594, 65535 }, { 325, 4850, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 35, 146, 65535 }, { 90, 1032, 65535 }, { 129, 2048, 65535 }, { 205, 3860, 65535 },
	{ 134, 2178, 65535 }, { 277, 4471, 65535 }, { 518, 6234, 65535 }, { 146, 2514, 65535 },
	{ 224, 4051, 65535 }, { 330, 4908, 533 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 86, 928, 65535 }, { 65535, 65535, 65535 }, { 106, 1430, 65535 },
	{ 193, 3600, 65535 }, { 318, 4791, 65535 }, { 160, 2783, 65535 }, { 447, 5759, 65535 },
	{ 204, 3804, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 366, 5132, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 664, 7280, 65535 }, { 150, 2584, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 295, 4625, 65535 }, { 589, 6780, 65535 },
	{ 65535, 65535, 65535 }, { 122, 1871, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 164, 2874, 65535 }, { 182, 3317, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 538, 6387, 679 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 423, 5607, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 431, 5661, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 323, 4839, 65535 }, { 65535, 65535, 65535 }, { 566, 6609, 65535 }, { 65535, 65535, 65535 },
	{ 437, 5697, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 305, 4690, 65535 },
	{ 65535, 65535, 65535 }, { 542, 6413, 65535 }, { 593, 6805, 65535 }, { 65535, 65535, 65535 },
	{ 203, 3771, 65535 }, { 531, 6334, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 539, 6399, 65535 }, { 65535, 65535, 65535 }, { 130, 2068, 65535 }, { 88, 994, 65535 },
	{ 607, 6915, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 279, 4495, 65535 },
	{ 295, 4631, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 201, 3727, 65535 },
	{ 451, 5782, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 117, 1764, 65535 }, { 177, 3170, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 360, 5092, 65535 }, { 102, 1352, 292 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 180, 3244, 65535 }, { 211, 3983, 65535 },
	{ 376, 5198, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 508, 6142, 65535 },
	{ 94, 1151, 65535 }, { 65535, 65535, 65535 }, { 95, 1164, 65535 }, { 522, 6258, 65535 },
	{ 65535, 65535, 65535 }, { 78, 681, 65535 }, { 136, 2236, 65535 }, { 65535, 65535, 65535 },
	{ 569, 6629, 65535 }, { 65535, 65535, 65535 }, { 194, 3635, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 142, 2404, 65535 }, { 142, 2381, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 206, 3877, 65535 }, { 113, 1623, 65535 },
	{ 65535, 65535, 65535 }, { 380, 5228, 65535 }, { 65535, 65535, 65535 }, { 81, 776, 65535 },
	{ 71, 553, 65535 }, { 92, 1079, 65535 }, { 94, 1136, 65535 }, { 36, 177, 151 },
	{ 102, 1359, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 501, 6094, 647 },
	{ 65535, 65535, 65535 }, { 498, 6069, 65535 }, { 104, 1406, 65535 }, { 65535, 65535, 65535 },
	{ 180, 3235, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 218, 4017, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 117, 1753, 65535 }, { 234, 4134, 65535 }, { 65535, 65535, 65535 },
	{ 623, 7037, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 640, 7149, 65535 },
	{ 158, 2733, 65535 }, { 65535, 65535, 65535 }, { 204, 3814, 65535 }, { 65535, 65535, 65535 },
	{ 635, 7122, 977 }, { 65535, 65535, 65535 }, { 176, 3153, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 36, 176, 82 }, { 309, 4719, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 163, 2863, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 188, 3478, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 485, 5985, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 87, 955, 65535 },
	{ 185, 3391, 65535 }, { 65535, 65535, 65535 }, { 650, 7201, 65535 }, { 65535, 65535, 65535 },
	{ 167, 2908, 65535 }, { 249, 4236, 65535 }, { 547, 6467, 720 }, { 132, 2115, 65535 },
	{ 197, 3678, 65535 }, { 35, 149, 65535 }, { 113, 1612, 300 }, { 262, 4347, 65535 },
	{ 65535, 65535, 65535 }, { 206, 3880, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 203, 3783, 65535 }, { 67, 470, 65535 }, { 11, 23, 65535 }, { 529, 6319, 65535 },
	{ 65535, 65535, 65535 }, { 579, 6705, 65535 }, { 114, 1648, 65535 }, { 159, 2747, 65535 },
	{ 332, 4918, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 181, 3275, 65535 },
	{ 153, 2626, 65535 }, { 238, 4160, 65535 }, { 513, 6185, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 32, 121, 65535 }, { 65535, 65535, 65535 }, { 117, 1772, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 21, 44, 65535 },
	{ 65535, 65535, 65535 }, { 239, 4172, 465 }, { 80, 737, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 96, 1184, 65535 }, { 88, 974, 65535 }, { 126, 1976, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 78, 689, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 82, 784, 65535 }, { 65535, 65535, 65535 }, { 537, 6379, 65535 },
	{ 526, 6295, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 560, 6567, 734 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 110, 1555, 65535 }, { 116, 1703, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 98, 1232, 65535 }, { 191, 3549, 65535 }, { 305, 4689, 65535 }, { 437, 5698, 65535 },
	{ 108, 1505, 65535 }, { 143, 2439, 65535 }, { 610, 6936, 65535 }, { 65535, 65535, 65535 },
	{ 95, 1182, 65535 }, { 159, 2760, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 208, 3926, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 185, 3411, 65535 }, { 65535, 65535, 65535 },
	{ 118, 1799, 310 }, { 187, 3432, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 677, 7394, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 102, 1349, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 180, 173 }, { 559, 6555, 65535 },
	{ 157, 2709, 65535 }, { 304, 4687, 65535 }, { 45, 242, 65535 }, { 65535, 65535, 65535 },
	{ 508, 6143, 65535 }, { 65535, 65535, 65535 }, { 203, 3774, 65535 }, { 376, 5197, 65535 },
	{ 314, 4757, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 634, 7117, 881 }, { 229, 4092, 65535 }, { 36, 173, 20 },
	{ 92, 1083, 65535 }, { 98, 1244, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 634, 7117, 894 }, { 65535, 65535, 65535 }, { 36, 171, 65535 }, { 36, 173, 22 },
	{ 394, 5335, 65535 }, { 512, 6172, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 83, 837, 65535 }, { 65535, 65535, 65535 }, { 83, 822, 65535 }, { 138, 2295, 65535 },
	{ 65535, 65535, 65535 }, { 518, 6233, 65535 }, { 124, 1935, 65535 }, { 65535, 65535, 65535 },
	{ 105, 1415, 65535 }, { 65535, 65535, 65535 }, { 143, 2424, 65535 }, { 36, 173, 26 },
	{ 122, 1868, 65535 }, { 674, 7370, 65535 }, { 65535, 65535, 65535 }, { 90, 1043, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 447, 5758, 65535 }, { 594, 6821, 849 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 613, 6957, 65535 }, { 65535, 65535, 65535 },
	{ 120, 1822, 65535 }, { 65535, 65535, 65535 }, { 366, 5133, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 532, 6338, 65535 }, { 416, 5552, 65535 }, { 552, 6503, 65535 },
	{ 65535, 65535, 65535 }, { 126, 1986, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 277, 4475, 65535 }, { 394, 5341, 573 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 589, 6779, 65535 }, { 295, 4626, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 193, 3597, 65535 }, { 176, 3131, 65535 },
	{ 603, 6884, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 592, 6804, 65535 }, { 650, 7200, 65535 }, { 91, 1054, 65535 }, { 682, 7446, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 136, 2216, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 117, 1757, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 461, 5847, 65535 }, { 353, 5054, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 99, 1263, 65535 }, { 65535, 65535, 65535 }, { 142, 2392, 65535 }, { 65535, 65535, 65535 },
	{ 84, 855, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65, 389, 65535 }, { 538, 6387, 709 }, { 135, 2202, 65535 }, { 579, 6704, 65535 },
	{ 93, 1109, 65535 }, { 319, 4796, 65535 }, { 677, 7395, 985 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 335, 4935, 65535 }, { 594, 6821, 822 }, { 153, 2627, 65535 },
	{ 386, 5276, 65535 }, { 175, 3121, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 21, 43, 65535 }, { 36, 173, 53 }, { 132, 2112, 65535 }, { 162, 2830, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 602, 6883, 65535 }, { 438, 5707, 65535 },
	{ 594, 6821, 818 }, { 129, 2056, 65535 }, { 141, 2367, 65535 }, { 138, 2293, 65535 },
	{ 390, 5300, 65535 }, { 498, 6077, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 394, 5345, 65535 }, { 82, 785, 65535 }, { 65535, 65535, 65535 },
	{ 562, 6576, 752 }, { 141, 2358, 65535 }, { 243, 4194, 65535 }, { 180, 3232, 65535 },
	{ 66, 410, 65535 }, { 40, 214, 65535 }, { 362, 5108, 65535 }, { 544, 6432, 65535 },
	{ 66, 433, 65535 }, { 78, 694, 65535 }, { 143, 2448, 65535 }, { 248, 4227, 65535 },
	{ 314, 4756, 65535 }, { 569, 6630, 65535 }, { 594, 6821, 816 }, { 89, 1022, 65535 },
	{ 219, 4025, 407 }, { 87, 957, 65535 }, { 624, 7045, 65535 }, { 122, 1881, 65535 },
	{ 680, 7425, 65535 }, { 187, 3462, 65535 }, { 259, 4313, 65535 }, { 92, 1078, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 498, 6070, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 142, 2384, 65535 }, { 234, 4133, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 171, 3005, 65535 }, { 65535, 65535, 65535 }, { 180, 3238, 377 },
	{ 38, 200, 210 }, { 109, 1537, 65535 }, { 670, 7348, 65535 }, { 136, 2233, 65535 },
	{ 536, 6372, 65535 }, { 113, 1611, 65535 }, { 207, 3893, 65535 }, { 323, 4828, 65535 },
	{ 640, 7150, 65535 }, { 169, 2955, 65535 }, { 177, 3156, 65535 }, { 190, 3540, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 187, 65535 }, { 71, 556, 65535 },
	{ 173, 3067, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 66, 424, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 163, 2862, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 10, 21, 65535 }, { 65535, 65535, 65535 }, { 110, 1557, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 181, 3300, 65535 }, { 152, 2614, 65535 },
	{ 65535, 65535, 65535 }, { 102, 1335, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 62, 367, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 233, 4120, 65535 },
	{ 131, 2105, 65535 }, { 65535, 65535, 65535 }, { 639, 7140, 65535 }, { 65535, 65535, 65535 },
	{ 203, 3784, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 38, 200, 196 }, { 36, 173, 40 }, { 455, 5813, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 375, 5193, 65535 }, { 364, 5120, 65535 }, { 65535, 65535, 65535 },
	{ 81, 750, 65535 }, { 65535, 65535, 65535 }, { 85, 904, 65535 }, { 129, 2040, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 182, 3329, 65535 }, { 65535, 65535, 65535 },
	{ 200, 3706, 65535 }, { 65535, 65535, 65535 }, { 140, 2336, 65535 }, { 121, 1866, 65535 },
	{ 182, 3314, 65535 }, { 625, 7047, 65535 }, { 94, 1147, 278 }, { 107, 1483, 65535 },
	{ 65535, 65535, 65535 }, { 85, 893, 257 }, { 65535, 65535, 65535 }, { 107, 1464, 65535 },
	{ 304, 4677, 65535 }, { 283, 4529, 492 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 91, 1053, 65535 }, { 65535, 65535, 65535 }, { 111, 1571, 65535 },
	{ 36, 179, 164 }, { 483, 5969, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 639, 7147, 65535 }, { 27, 88, 65535 }, { 179, 3203, 65535 }, { 65535, 65535, 65535 },
	{ 201, 3745, 65535 }, { 36, 173, 33 }, { 134, 2166, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 152, 2609, 65535 },
	{ 65535, 65535, 65535 }, { 141, 2351, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 210, 3974, 65535 }, { 384, 5261, 65535 }, { 65535, 65535, 65535 }, { 394, 5344, 65535 },
	{ 554, 6514, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 183, 3337, 65535 }, { 49, 282, 65535 }, { 138, 2291, 65535 }, { 108, 1503, 65535 },
	{ 38, 200, 214 }, { 169, 2961, 65535 }, { 391, 5311, 65535 }, { 36, 159, 65535 },
	{ 499, 6085, 65535 }, { 99, 1271, 65535 }, { 65535, 65535, 65535 }, { 117, 1776, 65535 },
	{ 70, 539, 65535 }, { 115, 1684, 65535 }, { 162, 2829, 65535 }, { 294, 4618, 65535 },
	{ 173, 3054, 65535 }, { 368, 5148, 65535 }, { 412, 5522, 65535 }, { 65535, 65535, 65535 },
	{ 205, 3837, 65535 }, { 130, 2077, 65535 }, { 664, 7289, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 112, 1577, 65535 }, { 223, 4047, 65535 }, { 568, 6625, 65535 },
	{ 65535, 65535, 65535 }, { 82, 786, 65535 }, { 67, 467, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 127, 2019, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 173, 3070, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 187, 3443, 65535 }, { 416, 5554, 65535 },
	{ 66, 442, 244 }, { 188, 3487, 383 }, { 144, 2467, 344 }, { 281, 4509, 65535 },
	{ 405, 5474, 584 }, { 432, 5666, 65535 }, { 78, 688, 65535 }, { 284, 4541, 65535 },
	{ 341, 4983, 65535 }, { 578, 6700, 65535 }, { 59, 347, 65535 }, { 681, 7433, 65535 },
	{ 98, 1238, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 426, 5625, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 396, 5370, 65535 }, { 129, 2060, 65535 }, { 65535, 65535, 65535 },
	{ 199, 3691, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 384, 5263, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 649, 7195, 65535 },
	{ 99, 1265, 65535 }, { 65535, 65535, 65535 }, { 160, 2786, 352 }, { 171, 3024, 65535 },
	{ 594, 6821, 829 }, { 65535, 65535, 65535 }, { 325, 4855, 65535 }, { 181, 3284, 65535 },
	{ 22, 50, 65535 }, { 270, 4390, 65535 }, { 355, 5063, 65535 }, { 36, 177, 140 },
	{ 65535, 65535, 65535 }, { 145, 2502, 65535 }, { 190, 3528, 65535 }, { 218, 4019, 65535 },
	{ 25, 71, 65535 }, { 290, 4598, 65535 }, { 497, 6062, 65535 }, { 602, 6880, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 128, 2025, 65535 }, { 65535, 65535, 65535 }, { 365, 5124, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 594, 6821, 836 },
	{ 65535, 65535, 65535 }, { 457, 5827, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 616, 6979, 65535 }, { 507, 6137, 65535 }, { 65535, 65535, 65535 }, { 404, 5464, 65535 },
	{ 525, 6280, 65535 }, { 538, 6387, 665 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 94, 1149, 65535 }, { 274, 4431, 65535 },
	{ 476, 5936, 630 }, { 67, 471, 65535 }, { 151, 2602, 65535 }, { 566, 6615, 65535 },
	{ 436, 5691, 65535 }, { 231, 4104, 65535 }, { 57, 331, 65535 }, { 451, 5786, 65535 },
	{ 538, 6387, 695 }, { 547, 6461, 715 }, { 568, 6623, 65535 }, { 528, 6311, 65535 },
	{ 42, 232, 65535 }, { 599, 6860, 65535 }, { 664, 7294, 65535 }, { 65535, 65535, 65535 },
	{ 394, 5334, 65535 }, { 340, 4970, 65535 }, { 91, 1052, 65535 }, { 183, 3340, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 77, 637, 65535 }, { 616, 6984, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 562, 6576, 751 },
	{ 152, 2610, 65535 }, { 573, 6668, 65535 }, { 173, 3051, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 20, 41, 65535 },
	{ 79, 714, 65535 }, { 112, 1580, 65535 }, { 141, 2364, 65535 }, { 65535, 65535, 65535 },
	{ 78, 693, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 150, 2581, 65535 }, { 162, 2828, 65535 }, { 294, 4619, 65535 }, { 676, 7385, 65535 },
	{ 88, 992, 65535 }, { 65535, 65535, 65535 }, { 219, 4025, 408 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 119, 1806, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 492, 6032, 639 }, { 566, 6607, 771 }, { 6, 12, 65535 },
	{ 65535, 65535, 65535 }, { 83, 831, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 171, 3029, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 534, 6360, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 646, 7183, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 89, 1015, 65535 }, { 564, 6585, 65535 }, { 635, 7122, 945 },
	{ 65535, 65535, 65535 }, { 174, 3097, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 192, 3575, 65535 }, { 159, 2756, 65535 },
	{ 233, 4119, 65535 }, { 682, 7443, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 222, 4043, 65535 }, { 203, 3785, 397 }, { 65535, 65535, 65535 }, { 219, 4025, 421 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 144, 2455, 65535 },
	{ 635, 7118, 65535 }, { 572, 6661, 788 }, { 103, 1381, 65535 }, { 25, 73, 65535 },
	{ 189, 3515, 65535 }, { 639, 7141, 65535 }, { 375, 5192, 65535 }, { 151, 2591, 65535 },
	{ 341, 4987, 540 }, { 121, 1856, 65535 }, { 88, 983, 65535 }, { 283, 4524, 65535 },
	{ 65535, 65535, 65535 }, { 666, 7312, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 493, 6036, 65535 }, { 81, 751, 65535 },
	{ 92, 1096, 65535 }, { 102, 1332, 65535 }, { 666, 7317, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 118, 1786, 65535 }, { 80, 726, 65535 }, { 304, 4676, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 181, 3295, 65535 }, { 351, 5041, 65535 }, { 65535, 65535, 65535 }, { 317, 4776, 65535 },
	{ 65535, 65535, 65535 }, { 171, 3014, 65535 }, { 192, 3595, 65535 }, { 230, 4099, 65535 },
	{ 65535, 65535, 65535 }, { 515, 6198, 65535 }, { 65535, 65535, 65535 }, { 100, 1292, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 497, 6063, 65535 },
	{ 90, 1026, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 182, 3320, 65535 }, { 365, 5123, 65535 }, { 65535, 65535, 65535 }, { 422, 5590, 65535 },
	{ 65535, 65535, 65535 }, { 277, 4476, 65535 }, { 65535, 65535, 65535 }, { 334, 4929, 65535 },
	{ 65535, 65535, 65535 }, { 402, 5451, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 125, 1950, 65535 }, { 101, 1330, 65535 }, { 78, 696, 65535 }, { 75, 619, 65535 },
	{ 547, 6455, 65535 }, { 666, 7321, 65535 }, { 43, 236, 65535 }, { 507, 6136, 65535 },
	{ 65535, 65535, 65535 }, { 280, 4499, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 24, 67, 65535 }, { 40, 212, 65535 }, { 277, 4467, 65535 },
	{ 65535, 65535, 65535 }, { 423, 5612, 65535 }, { 65535, 65535, 65535 }, { 289, 4590, 65535 },
	{ 568, 6624, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 436, 5690, 65535 },
	{ 188, 3487, 385 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 504, 6119, 65535 }, { 109, 1528, 65535 },
	{ 565, 6594, 65535 }, { 578, 6699, 65535 }, { 634, 7117, 880 }, { 635, 7122, 955 },
	{ 658, 7243, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 284, 4542, 65535 }, { 65535, 65535, 65535 }, { 75, 625, 65535 }, { 209, 3942, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 444, 5742, 65535 }, { 200, 3717, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 67, 454, 65535 }, { 132, 2147, 65535 }, { 426, 5626, 65535 }, { 556, 6529, 65535 },
	{ 65535, 65535, 65535 }, { 300, 4655, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 180, 3223, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 194, 3634, 65535 },
	{ 649, 7194, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 340, 4981, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 355, 5064, 65535 }, { 538, 6387, 688 }, { 108, 1523, 65535 },
	{ 138, 2275, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 142, 2387, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 357, 5078, 547 }, { 65535, 65535, 65535 }, { 534, 6357, 65535 },
	{ 585, 6759, 65535 }, { 65535, 65535, 65535 }, { 102, 1361, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 83, 814, 65535 }, { 128, 2033, 65535 },
	{ 548, 6480, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 71, 559, 65535 }, { 92, 1073, 65535 }, { 65535, 65535, 65535 },
	{ 457, 5826, 65535 }, { 403, 5456, 65535 }, { 634, 7117, 892 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 605, 6895, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 293, 4614, 65535 },
	{ 463, 5858, 65535 }, { 154, 2640, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 364, 5118, 65535 }, { 65535, 65535, 65535 }, { 619, 6999, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 163, 2857, 65535 }, { 659, 7252, 65535 }, { 65535, 65535, 65535 }, { 594, 6821, 843 },
	{ 36, 176, 60 }, { 65535, 65535, 65535 }, { 190, 3537, 65535 }, { 205, 3862, 65535 },
	{ 61, 356, 65535 }, { 153, 2624, 65535 }, { 321, 4816, 65535 }, { 158, 2742, 65535 },
	{ 33, 125, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 629, 7083, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 42, 231, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 392, 5316, 65535 }, { 66, 440, 65535 }, { 377, 5209, 559 },
	{ 219, 4025, 436 }, { 40, 216, 65535 }, { 82, 782, 65535 }, { 104, 1405, 65535 },
	{ 65535, 65535, 65535 }, { 36, 161, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 250, 4244, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 132, 2117, 65535 },
	{ 78, 685, 65535 }, { 264, 4359, 65535 }, { 332, 4916, 65535 }, { 65535, 65535, 65535 },
	{ 659, 7247, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 190, 3544, 65535 },
	{ 65535, 65535, 65535 }, { 161, 2804, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 219, 4025, 413 }, { 488, 6005, 65535 }, { 65535, 65535, 65535 },
	{ 112, 1592, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 182, 3328, 65535 },
	{ 160, 2789, 354 }, { 121, 1864, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 77, 667, 65535 },
	{ 416, 5547, 65535 }, { 132, 2143, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 122, 1873, 65535 }, { 65535, 65535, 65535 }, { 436, 5694, 65535 },
	{ 179, 3195, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 171, 2996, 65535 },
	{ 87, 953, 65535 }, { 529, 6316, 660 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 129, 2053, 65535 }, { 289, 4591, 65535 }, { 126, 1995, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 67, 472, 65535 }, { 162, 2854, 65535 },
	{ 264, 4357, 65535 }, { 558, 6539, 65535 }, { 37, 190, 65535 }, { 610, 6934, 65535 },
	{ 678, 7405, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 155, 2674, 346 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 100, 1286, 65535 }, { 634, 7117, 900 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 487, 5997, 65535 }, { 79, 713, 65535 }, { 65535, 65535, 65535 },
	{ 193, 3602, 65535 }, { 514, 6190, 65535 }, { 65535, 65535, 65535 }, { 299, 4651, 508 },
	{ 524, 6276, 65535 }, { 108, 1495, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 452, 5792, 65535 }, { 518, 6235, 65535 }, { 65535, 65535, 65535 },
	{ 522, 6266, 65535 }, { 65535, 65535, 65535 }, { 205, 3851, 65535 }, { 382, 5241, 65535 },
	{ 113, 1628, 65535 }, { 36, 173, 47 }, { 335, 4931, 65535 }, { 399, 5424, 65535 },
	{ 56, 330, 65535 }, { 122, 1882, 65535 }, { 184, 3374, 65535 }, { 666, 7305, 65535 },
	{ 65535, 65535, 65535 }, { 203, 3777, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 81, 756, 65535 },
	{ 159, 2755, 65535 }, { 65535, 65535, 65535 }, { 251, 4268, 65535 }, { 65535, 65535, 65535 },
	{ 579, 6709, 65535 }, { 243, 4193, 65535 }, { 65535, 65535, 65535 }, { 219, 4025, 420 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 93, 1102, 65535 }, { 477, 5939, 65535 }, { 120, 1834, 65535 }, { 345, 5006, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 81, 760, 253 },
	{ 127, 2023, 320 }, { 99, 1251, 65535 }, { 398, 5403, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 170, 2977, 65535 }, { 65535, 65535, 65535 },
	{ 595, 6828, 65535 }, { 181, 3283, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 406, 5477, 65535 }, { 274, 4425, 65535 }, { 92, 1084, 65535 },
	{ 681, 7432, 65535 }, { 481, 5964, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 615, 6969, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 90, 1042, 65535 }, { 210, 3973, 65535 }, { 179, 3214, 65535 }, { 144, 2468, 65535 },
	{ 66, 436, 65535 }, { 152, 2616, 65535 }, { 164, 2870, 65535 }, { 377, 5211, 65535 },
	{ 629, 7082, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 464, 5868, 65535 }, { 590, 6788, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 38, 200, 197 }, { 139, 2315, 65535 },
	{ 153, 2621, 65535 }, { 138, 2283, 65535 }, { 65535, 65535, 65535 }, { 393, 5326, 65535 },
	{ 132, 2118, 65535 }, { 566, 6607, 767 }, { 65535, 65535, 65535 }, { 0, 1, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 169, 2963, 65535 }, { 544, 6428, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 183, 3349, 65535 }, { 22, 55, 65535 }, { 132, 2149, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 67, 462, 65535 }, { 75, 620, 65535 },
	{ 82, 779, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 68, 495, 65535 }, { 65535, 65535, 65535 }, { 402, 5443, 65535 },
	{ 65535, 65535, 65535 }, { 142, 2386, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 548, 6481, 65535 }, { 65535, 65535, 65535 }, { 84, 860, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 59, 348, 229 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 23, 59, 65535 }, { 71, 558, 65535 },
	{ 568, 6626, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 188, 3485, 65535 }, { 163, 2860, 65535 }, { 180, 3240, 65535 },
	{ 175, 3122, 65535 }, { 473, 5917, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 320, 4807, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 108, 1524, 65535 }, { 213, 3992, 65535 }, { 331, 4909, 65535 }, { 207, 3908, 65535 },
	{ 583, 6749, 65535 }, { 251, 4253, 65535 }, { 619, 7000, 65535 }, { 92, 1076, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 287, 4574, 65535 }, { 631, 7101, 874 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 203, 3780, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 174, 3092, 65535 }, { 155, 2664, 65535 }, { 322, 4824, 521 }, { 398, 5409, 65535 },
	{ 65535, 65535, 65535 }, { 447, 5763, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 335, 4932, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 120, 1843, 65535 }, { 107, 1475, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 260, 4316, 65535 }, { 203, 3776, 65535 }, { 340, 4971, 65535 },
	{ 160, 2771, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 91, 1069, 261 }, { 65535, 65535, 65535 },
	{ 345, 5005, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 477, 5940, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 87, 963, 65535 },
	{ 118, 1778, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 181, 3266, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 493, 6039, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 630, 7094, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 274, 4424, 65535 }, { 406, 5478, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 90, 1038, 65535 }, { 189, 3507, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 107, 1486, 65535 }, { 65535, 65535, 65535 },
	{ 110, 1548, 65535 }, { 134, 2180, 65535 }, { 202, 3760, 65535 }, { 566, 6613, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 416, 5546, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 675, 7380, 65535 }, { 171, 3013, 65535 },
	{ 47, 255, 65535 }, { 314, 4752, 65535 }, { 65535, 65535, 65535 }, { 113, 1619, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 122, 1874, 65535 }, { 210, 3977, 65535 },
	{ 65535, 65535, 65535 }, { 529, 6318, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 313, 4745, 65535 },
	{ 283, 4525, 65535 }, { 468, 5894, 65535 }, { 65535, 65535, 65535 }, { 67, 480, 65535 },
	{ 130, 2080, 65535 }, { 174, 3077, 65535 }, { 264, 4358, 65535 }, { 558, 6538, 65535 },
	{ 433, 5675, 65535 }, { 65535, 65535, 65535 }, { 160, 2795, 65535 }, { 462, 5855, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 559, 6557, 65535 }, { 103, 1368, 65535 }, { 89, 1003, 65535 },
	{ 290, 4595, 65535 }, { 403, 5455, 65535 }, { 100, 1306, 65535 }, { 144, 2472, 65535 },
	{ 439, 5711, 65535 }, { 487, 5996, 65535 }, { 676, 7382, 65535 }, { 36, 176, 96 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 83, 826, 65535 },
	{ 193, 3603, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 334, 4926, 65535 }, { 628, 7079, 65535 }, { 65535, 65535, 65535 },
	{ 245, 4208, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 579, 6712, 793 },
	{ 379, 5222, 65535 }, { 129, 2050, 65535 }, { 150, 2582, 65535 }, { 547, 6472, 65535 },
	{ 65535, 65535, 65535 }, { 320, 4803, 65535 }, { 189, 3517, 65535 }, { 263, 4352, 65535 },
	{ 557, 6532, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 221, 4038, 65535 },
	{ 502, 6098, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 283, 4532, 65535 }, { 55, 321, 65535 }, { 325, 4863, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 72, 572, 65535 }, { 65535, 65535, 65535 }, { 178, 3175, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 559, 6556, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 114, 1654, 65535 },
	{ 146, 2524, 65535 }, { 405, 5471, 65535 }, { 623, 7031, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 185, 3397, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 628, 7069, 65535 }, { 65535, 65535, 65535 }, { 249, 4233, 65535 }, { 655, 7227, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 586, 6765, 65535 }, { 36, 176, 69 }, { 65535, 65535, 65535 }, { 169, 2954, 65535 },
	{ 309, 4722, 65535 }, { 65535, 65535, 65535 }, { 201, 3742, 65535 }, { 503, 6103, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 104, 1399, 298 }, { 65535, 65535, 65535 },
	{ 107, 1454, 65535 }, { 537, 6381, 65535 }, { 65535, 65535, 65535 }, { 542, 6417, 65535 },
	{ 65535, 65535, 65535 }, { 117, 1748, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 344, 5000, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 476, 5934, 65535 },
	{ 333, 4924, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 180, 3257, 65535 },
	{ 65535, 65535, 65535 }, { 618, 6991, 65535 }, { 99, 1264, 65535 }, { 479, 5952, 634 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 285, 4557, 65535 }, { 70, 550, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 486, 5992, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 297, 4643, 501 }, { 566, 6600, 65535 }, { 146, 2521, 65535 },
	{ 198, 3688, 65535 }, { 65535, 65535, 65535 }, { 494, 6048, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 36, 153, 65535 }, { 65535, 65535, 65535 }, { 637, 7131, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 394, 5341, 574 }, { 65535, 65535, 65535 },
	{ 122, 1878, 65535 }, { 415, 5542, 65535 }, { 547, 6450, 65535 }, { 65535, 65535, 65535 },
	{ 179, 3212, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 142, 2405, 65535 },
	{ 204, 3797, 65535 }, { 594, 6814, 65535 }, { 202, 3758, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 608, 6918, 65535 },
	{ 162, 2836, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 435, 5686, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 133, 2154, 65535 }, { 131, 2095, 65535 }, { 665, 7300, 65535 }, { 366, 5137, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 91, 1060, 65535 },
	{ 65535, 65535, 65535 }, { 167, 2924, 65535 }, { 530, 6325, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 523, 6267, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 273, 4417, 65535 },
	{ 95, 1174, 65535 }, { 130, 2083, 65535 }, { 679, 7408, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 94, 1123, 65535 }, { 65535, 65535, 65535 }, { 276, 4451, 65535 },
	{ 278, 4485, 65535 }, { 65535, 65535, 65535 }, { 98, 1231, 65535 }, { 191, 3550, 65535 },
	{ 31, 111, 65535 }, { 74, 609, 65535 }, { 514, 6194, 65535 }, { 65535, 65535, 65535 },
	{ 121, 1850, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 363, 5112, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 143, 2411, 65535 }, { 224, 4052, 457 }, { 261, 4334, 65535 }, { 65535, 65535, 65535 },
	{ 113, 1604, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 355, 5065, 65535 }, { 120, 1823, 65535 }, { 65535, 65535, 65535 },
	{ 126, 1978, 65535 }, { 184, 3376, 65535 }, { 452, 5789, 65535 }, { 188, 3489, 65535 },
	{ 65535, 65535, 65535 }, { 50, 284, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 165, 2888, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 190, 3536, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 87, 948, 65535 }, { 310, 4726, 65535 },
	{ 65535, 65535, 65535 }, { 83, 843, 65535 }, { 98, 1247, 65535 }, { 104, 1408, 65535 },
	{ 192, 3567, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 236, 4146, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 38, 200, 193 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 156, 2688, 348 }, { 71, 565, 65535 },
	{ 375, 5195, 65535 }, { 200, 3720, 65535 }, { 381, 5233, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 176, 101 },
	{ 138, 2297, 65535 }, { 138, 2300, 65535 }, { 318, 4795, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 199, 3702, 65535 }, { 340, 4982, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 559, 6550, 65535 }, { 69, 524, 65535 },
	{ 233, 4130, 65535 }, { 108, 1509, 65535 }, { 320, 4810, 65535 }, { 344, 4999, 65535 },
	{ 354, 5061, 65535 }, { 400, 5431, 65535 }, { 401, 5438, 65535 }, { 119, 1813, 65535 },
	{ 188, 3495, 65535 }, { 476, 5935, 65535 }, { 549, 6489, 725 }, { 65535, 65535, 65535 },
	{ 87, 960, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 94, 1153, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 259, 4310, 65535 }, { 65535, 65535, 65535 }, { 618, 6992, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 326, 4888, 65535 }, { 172, 3043, 65535 },
	{ 65535, 65535, 65535 }, { 156, 2698, 65535 }, { 486, 5991, 65535 }, { 85, 894, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 270, 4393, 65535 },
	{ 65535, 65535, 65535 }, { 547, 6451, 65535 }, { 415, 5541, 65535 }, { 330, 4905, 65535 },
	{ 65535, 65535, 65535 }, { 144, 2466, 65535 }, { 65535, 65535, 65535 }, { 398, 5413, 65535 },
	{ 36, 163, 65535 }, { 88, 973, 65535 }, { 334, 4927, 65535 }, { 538, 6387, 693 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 72, 575, 65535 },
	{ 449, 5773, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 117, 1742, 65535 },
	{ 384, 5259, 65535 }, { 188, 3466, 65535 }, { 236, 4150, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 406, 5480, 65535 }, { 68, 492, 65535 }, { 151, 2600, 65535 }, { 263, 4353, 65535 },
	{ 557, 6531, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 440, 5720, 65535 },
	{ 65535, 65535, 65535 }, { 402, 5447, 65535 }, { 117, 1761, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 531, 6333, 65535 }, { 65535, 65535, 65535 },
	{ 186, 3425, 65535 }, { 65535, 65535, 65535 }, { 564, 6588, 760 }, { 108, 1515, 65535 },
	{ 65535, 65535, 65535 }, { 159, 2746, 65535 }, { 243, 4198, 65535 }, { 405, 5472, 65535 },
	{ 634, 7117, 887 }, { 65535, 65535, 65535 }, { 515, 6201, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 161, 2819, 65535 }, { 71, 564, 65535 }, { 117, 1728, 65535 }, { 553, 6511, 65535 },
	{ 65535, 65535, 65535 }, { 77, 646, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 628, 7068, 65535 },
	{ 635, 7122, 943 }, { 123, 1903, 65535 }, { 65535, 65535, 65535 }, { 104, 1389, 65535 },
	{ 675, 7376, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 121, 1851, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 124, 1934, 65535 }, { 65535, 65535, 65535 }, { 124, 1926, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 296, 4638, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 180, 172 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 46, 251, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 81, 771, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 175, 3113, 65535 }, { 353, 5055, 65535 },
	{ 192, 3568, 65535 }, { 604, 6890, 65535 }, { 143, 2414, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 404, 5463, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 60, 352, 65535 },
	{ 92, 1089, 268 }, { 204, 3831, 65535 }, { 432, 5667, 65535 }, { 566, 6605, 65535 },
	{ 622, 7027, 867 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 389, 5299, 65535 },
	{ 65535, 65535, 65535 }, { 202, 3757, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 443, 5738, 65535 }, { 564, 6588, 755 }, { 65535, 65535, 65535 }, { 271, 4405, 478 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 180, 3236, 65535 }, { 65535, 65535, 65535 },
	{ 608, 6919, 65535 }, { 666, 7313, 65535 }, { 626, 7056, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 201, 3728, 65535 }, { 591, 6795, 65535 }, { 65535, 65535, 65535 },
	{ 583, 6748, 799 }, { 412, 5527, 65535 }, { 533, 6352, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 305, 4693, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 276, 4457, 65535 }, { 131, 2094, 65535 }, { 635, 7122, 936 },
	{ 65535, 65535, 65535 }, { 109, 1535, 65535 }, { 182, 3315, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 204, 3794, 65535 }, { 138, 2294, 65535 }, { 168, 2940, 65535 },
	{ 130, 2069, 65535 }, { 273, 4416, 65535 }, { 391, 5308, 65535 }, { 679, 7415, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 81, 775, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 679, 7409, 65535 }, { 65535, 65535, 65535 }, { 478, 5947, 65535 },
	{ 68, 493, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 97, 1214, 65535 }, { 635, 7122, 959 }, { 133, 2151, 65535 }, { 462, 5852, 65535 },
	{ 650, 7203, 65535 }, { 258, 4308, 65535 }, { 137, 2270, 65535 }, { 291, 4603, 65535 },
	{ 508, 6145, 65535 }, { 65535, 65535, 65535 }, { 140, 2324, 65535 }, { 172, 3038, 65535 },
	{ 246, 4218, 65535 }, { 65535, 65535, 65535 }, { 36, 177, 117 }, { 314, 4761, 65535 },
	{ 38, 200, 215 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 158, 2723, 65535 },
	{ 65535, 65535, 65535 }, { 395, 5356, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 181, 3280, 379 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 101, 1319, 65535 }, { 69, 509, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 367, 5141, 65535 }, { 16, 32, 65535 }, { 151, 2596, 65535 }, { 207, 3915, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 118, 1797, 305 }, { 278, 4484, 65535 },
	{ 537, 6378, 65535 }, { 65535, 65535, 65535 }, { 187, 3464, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 243, 4191, 65535 }, { 65535, 65535, 65535 },
	{ 181, 3274, 65535 }, { 256, 4298, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 87, 940, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 466, 5876, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 253, 4277, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 645, 7174, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 83, 820, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 47, 258, 224 }, { 314, 4749, 65535 }, { 560, 6567, 730 },
	{ 65535, 65535, 65535 }, { 171, 3006, 65535 }, { 78, 673, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 182, 3311, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 56, 327, 65535 }, { 141, 2362, 65535 }, { 451, 5788, 65535 }, { 456, 5816, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 219, 4025, 432 }, { 123, 1895, 314 }, { 204, 3822, 65535 }, { 324, 4845, 65535 },
	{ 404, 5465, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 230, 4097, 65535 },
	{ 574, 6669, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 156, 2691, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 186, 3426, 65535 },
	{ 385, 5267, 65535 }, { 36, 173, 42 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 149, 2561, 65535 },
	{ 125, 1953, 65535 }, { 185, 3382, 65535 }, { 204, 3827, 65535 }, { 432, 5663, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 256, 4297, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 179, 3220, 65535 },
	{ 194, 3623, 65535 }, { 65535, 65535, 65535 }, { 635, 7122, 931 }, { 594, 6821, 838 },
	{ 597, 6846, 65535 }, { 65535, 65535, 65535 }, { 107, 1463, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 446, 5752, 65535 }, { 65535, 65535, 65535 }, { 564, 6588, 754 },
	{ 503, 6100, 65535 }, { 114, 1637, 65535 }, { 141, 2376, 65535 }, { 84, 857, 65535 },
	{ 213, 3994, 65535 }, { 532, 6344, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 160, 2796, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 588, 6775, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 361, 5094, 65535 }, { 65535, 65535, 65535 },
	{ 132, 2139, 65535 }, { 111, 1567, 65535 }, { 187, 3463, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 323, 4834, 65535 }, { 171, 3015, 65535 },
	{ 517, 6224, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 145, 2496, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 201, 3737, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 99, 1260, 65535 },
	{ 71, 563, 65535 }, { 527, 6299, 65535 }, { 659, 7245, 65535 }, { 320, 4806, 65535 },
	{ 77, 658, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 290, 4592, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 666, 7319, 65535 }, { 45, 247, 65535 },
	{ 184, 3356, 65535 }, { 384, 5258, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 319, 4802, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 362, 5107, 65535 }, { 547, 6467, 718 },
	{ 123, 1886, 65535 }, { 148, 2542, 65535 }, { 219, 4025, 422 }, { 669, 7343, 65535 },
	{ 82, 808, 65535 }, { 132, 2128, 324 }, { 65535, 65535, 65535 }, { 129, 2049, 65535 },
	{ 113, 1600, 65535 }, { 659, 7253, 65535 }, { 564, 6588, 759 }, { 560, 6567, 731 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 30, 102, 65535 }, { 397, 5387, 65535 }, { 101, 1328, 65535 },
	{ 635, 7122, 944 }, { 65535, 65535, 65535 }, { 598, 6850, 65535 }, { 65535, 65535, 65535 },
	{ 219, 4022, 65535 }, { 178, 3183, 65535 }, { 107, 1476, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 202, 3766, 392 }, { 65535, 65535, 65535 },
	{ 253, 4276, 65535 }, { 139, 2307, 65535 }, { 65535, 65535, 65535 }, { 634, 7117, 927 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 171, 3004, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 575, 6682, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 239, 4166, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 314, 4750, 65535 }, { 65535, 65535, 65535 },
	{ 96, 1194, 65535 }, { 65535, 65535, 65535 }, { 646, 7181, 65535 }, { 48, 274, 65535 },
	{ 150, 2576, 65535 }, { 182, 3310, 65535 }, { 193, 3610, 65535 }, { 591, 6793, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 97, 1206, 65535 }, { 466, 5881, 65535 },
	{ 456, 5817, 65535 }, { 36, 180, 170 }, { 529, 6316, 655 }, { 65535, 65535, 65535 },
	{ 532, 6347, 65535 }, { 65535, 65535, 65535 }, { 210, 3966, 65535 }, { 79, 705, 65535 },
	{ 180, 3233, 65535 }, { 65535, 65535, 65535 }, { 171, 3010, 368 }, { 324, 4844, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 320, 4808, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 176, 3143, 65535 }, { 66, 442, 240 }, { 168, 2932, 65535 }, { 373, 5177, 65535 },
	{ 423, 5601, 65535 }, { 65535, 65535, 65535 }, { 202, 3761, 65535 }, { 385, 5268, 65535 },
	{ 172, 3039, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 38, 200, 195 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 137, 2274, 65535 }, { 185, 3401, 65535 }, { 65535, 65535, 65535 }, { 26, 79, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 562, 6576, 749 },
	{ 114, 1658, 65535 }, { 600, 6864, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 395, 5355, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 101, 1320, 65535 },
	{ 542, 6421, 65535 }, { 528, 6310, 65535 }, { 94, 1139, 65535 }, { 65535, 65535, 65535 },
	{ 537, 6377, 65535 }, { 160, 2794, 65535 }, { 117, 1768, 65535 }, { 663, 7279, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 69, 525, 65535 }, { 107, 1479, 65535 }, { 243, 4192, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 181, 3277, 65535 },
	{ 655, 7224, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 140, 2338, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 124, 1913, 65535 },
	{ 65535, 65535, 65535 }, { 393, 5327, 572 }, { 466, 5875, 65535 }, { 65535, 65535, 65535 },
	{ 68, 484, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 181, 3286, 65535 }, { 123, 1889, 65535 }, { 400, 5430, 65535 },
	{ 513, 6174, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 659, 7246, 65535 }, { 113, 1597, 65535 }, { 345, 5011, 65535 },
	{ 527, 6298, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 85, 898, 65535 },
	{ 178, 3191, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 188, 3474, 65535 },
	{ 156, 2695, 65535 }, { 65535, 65535, 65535 }, { 666, 7311, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 584, 6751, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 195, 3642, 65535 }, { 423, 5602, 65535 },
	{ 561, 6572, 65535 }, { 65535, 65535, 65535 }, { 87, 962, 65535 }, { 65535, 65535, 65535 },
	{ 90, 1035, 65535 }, { 669, 7342, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 117, 1736, 65535 }, { 151, 2599, 65535 }, { 65535, 65535, 65535 }, { 442, 5729, 65535 },
	{ 205, 3863, 65535 }, { 37, 195, 65535 }, { 143, 2443, 65535 }, { 149, 2568, 65535 },
	{ 65535, 65535, 65535 }, { 184, 3353, 65535 }, { 443, 5737, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 36, 177, 106 }, { 65535, 65535, 65535 },
	{ 87, 966, 65535 }, { 395, 5357, 65535 }, { 160, 2780, 65535 }, { 36, 158, 65535 },
	{ 120, 1833, 65535 }, { 598, 6849, 65535 }, { 59, 350, 65535 }, { 40, 211, 65535 },
	{ 88, 993, 259 }, { 561, 6571, 740 }, { 618, 6995, 65535 }, { 666, 7315, 65535 },
	{ 347, 5021, 65535 }, { 65535, 65535, 65535 }, { 132, 2126, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 57, 336, 65535 }, { 65535, 65535, 65535 }, { 446, 5753, 65535 }, { 65535, 65535, 65535 },
	{ 371, 5160, 65535 }, { 89, 1012, 65535 }, { 500, 6090, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 },
	{ 588, 6776, 65535 }, { 65535, 65535, 65535 }, { 162, 2853, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 229, 4088, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 94, 1138, 65535 }, { 111, 1566, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 162, 2846, 65535 }, { 194, 3626, 65535 }, { 274, 4427, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 304, 4681, 65535 }, { 65535, 65535, 65535 },
	{ 515, 6203, 65535 }, { 65535, 65535, 65535 }, { 182, 3319, 65535 }, { 65535, 65535, 65535 },
	{ 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 65535, 65535, 65535 }, { 517, 6225, 65535 },
	{ 664, 7288, 65535 }, { 300, 4652, 65535 }, { 329, 4904, 531 }, { 65535, 65535, 65535 },
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
	{ 4232, 50 }, { 4246, 51 }, { 4268, 53 }, { 304, 26 }, { 327, 53 }, { 5109, 58 },
	{ 5149, 5 }, { 5444, 23 }, { 5454, 46 }, { 5467, 51 }, { 5479, 35 }, { 5523, 53 },
	{ 5540, 26 }, { 5923, 5 }, { 5937, 23 }, { 5946, 46 }, { 5958, 51 }, { 5969, 13 },
	{ 6911, 5 }, { 6930, 46 }, { 6947, 58 }, { 5523, 53 }, { 5540, 26 }, { 7491, 5 },
	{ 5339, 46 }, { 6911, 5 }, { 6930, 46 }, { 7898, 16 }, { 7908, 2 }, { 7931, 16 },
	{ 7941, 2 }, { 5923, 5 }, { 5937, 23 }, { 5946, 46 }, { 5958, 51 }, { 5969, 13 },
	{ 7973, 5 }, { 7991, 23 }, { 8004, 46 }, { 8020, 51 }, { 8035, 13 }, { 8094, 25 },
	{ 8111, 53 }, { 8244, 26 }, { 8265, 53 }, { 8361, 25 }, { 8386, 53 }, { 8556, 4 },
	{ 8569, 46 }, { 8556, 4 }, { 8569, 46 }, { 8595, 5 }, { 8614, 46 }, { 8833, 13 },
	{ 8852, 53 }, { 9040, 53 }, { 9054, 26 }, { 6911, 5 }, { 6930, 46 }, { 6947, 58 },
	{ 5109, 58 }, { 5454, 46 }, { 5149, 5 }, { 7491, 5 }, { 5339, 46 }, { 304, 26 },
	{ 327, 53 }, { 9803, 46 }, { 9814, 4 }, { 9823, 13 }, { 9834, 23 }, { 4670, 51 },
	{ 9841, 13 }, { 9873, 1 }, { 9889, 23 }, { 9901, 51 }, { 9915, 4 }, { 9928, 13 },
	{ 9977, 4 }, { 9987, 26 }, { 10114, 16 }, { 10124, 2 }, { 10140, 26 }, { 6911, 5 },
	{ 10528, 13 }, { 10743, 12 }, { 10765, 13 }, { 10794, 12 }, { 10817, 13 }, { 304, 26 },
	{ 327, 53 }, { 304, 26 }, { 327, 53 }, { 11240, 5 }, { 11256, 46 }, { 11323, 26 },
	{ 11349, 53 }, { 7491, 5 }, { 5339, 46 }, { 11382, 26 }, { 11410, 53 }, { 11323, 26 },
	{ 11349, 53 }, { 11831, 1 }, { 11847, 53 }, { 11323, 26 }, { 11349, 53 }, { 11323, 26 },
	{ 11349, 53 }, { 7491, 5 }, { 5339, 46 }, { 12825, 27 }, { 12837, 16 }, { 12825, 27 },
	{ 12837, 16 }, { 7491, 5 }, { 5339, 46 }, { 13133, 58 }, { 13149, 8 }, { 4232, 50 },
	{ 4088, 26 }, { 3967, 13 }, { 3818, 1 }, { 3914, 9 }, { 4246, 51 }, { 4257, 52 },
	{ 4283, 55 }, { 3979, 14 }, { 3866, 5 }, { 4220, 46 }, { 9873, 1 }, { 13492, 5 },
	{ 13537, 1 }, { 13558, 9 }, { 304, 26 }, { 327, 53 }, { 13708, 5 }, { 13726, 46 },
	{ 13742, 13 }, { 13758, 23 }, { 13771, 51 }, { 13878, 46 }, { 13893, 5 }, { 304, 26 },
	{ 327, 53 }, { 304, 26 }, { 327, 53 }, { 6911, 5 }, { 6930, 46 }, { 14226, 50 },
	{ 14243, 52 }, { 14257, 51 }, { 6911, 5 }, { 6930, 46 }, { 6947, 58 }, { 455, 1 },
	{ 471, 26 }, { 6911, 5 }, { 6930, 46 }, { 6947, 58 }, { 15008, 26 }, { 15028, 53 },
	{ 6911, 5 }, { 6930, 46 }, { 6947, 58 }, { 3866, 5 }, { 4220, 46 }, { 4164, 35 },
	{ 15496, 51 }, { 10572, 50 }, { 15511, 52 }, { 15521, 51 }, { 15531, 50 }, { 3800, 0 },
	{ 3818, 1 }, { 3831, 2 }, { 3846, 3 }, { 3856, 4 }, { 3866, 5 }, { 3880, 6 },
	{ 3893, 7 }, { 3901, 8 }, { 3914, 9 }, { 3927, 10 }, { 3941, 11 }, { 3950, 12 },
	{ 3967, 13 }, { 3979, 14 }, { 3989, 15 }, { 4006, 16 }, { 4015, 17 }, { 4024, 18 },
	{ 4034, 22 }, { 4047, 23 }, { 4056, 24 }, { 4072, 25 }, { 4088, 26 }, { 4109, 27 },
	{ 4121, 29 }, { 4139, 31 }, { 4150, 33 }, { 4164, 35 }, { 4178, 39 }, { 4193, 40 },
	{ 4209, 43 }, { 4220, 46 }, { 4232, 50 }, { 4246, 51 }, { 4257, 52 }, { 4268, 53 },
	{ 4283, 55 }, { 4300, 56 }, { 4315, 58 }, { 4327, 28 }, { 4346, 30 }, { 4363, 32 },
	{ 4384, 37 }, { 4400, 45 }, { 4425, 54 }, { 4446, 59 }, { 4469, 60 }, { 4487, 34 },
	{ 4499, 42 }, { 15667, 35 }, { 15682, 51 }, { 15694, 46 }, { 3967, 13 }, { 3800, 0 },
	{ 15961, 5 }, { 15979, 46 }, { 16004, 5 }, { 16017, 46 }, { 16004, 5 }, { 16017, 46 },
	{ 16399, 58 }, { 16415, 46 }, { 16431, 13 }, { 5540, 26 }, { 5523, 53 }, { 5138, 4 },
	{ 5454, 46 }, { 3818, 1 }, { 3967, 13 }, { 4232, 50 }, { 4072, 25 }, { 4268, 53 },
	{ 16496, 26 }, { 16521, 53 }, { 16564, 26 }, { 10476, 53 }, { 16619, 22 }, { 14284, 53 },
	{ 8556, 4 }, { 8569, 46 }, { 16745, 26 }, { 16619, 22 }, { 14284, 53 }, { 8556, 4 },
	{ 8569, 46 }, { 16745, 26 }, { 16619, 22 }, { 14284, 53 }, { 3846, 3 }, { 4109, 27 },
	{ 3967, 13 }, { 3914, 9 }, { 3818, 1 }, { 3866, 5 }, { 3880, 6 }, { 16940, 13 },
	{ 16954, 25 }, { 707, 53 }, { 16940, 13 }, { 16954, 25 }, { 707, 53 }, { 16978, 40 },
	{ 16995, 53 }, { 8244, 26 }, { 8265, 53 }, { 3818, 1 }, { 3880, 6 }, { 3914, 9 },
	{ 3856, 4 }, { 3866, 5 }, { 3979, 14 }, { 3967, 13 }, { 4006, 16 }, { 4072, 25 },
	{ 4109, 27 }, { 4232, 50 }, { 4268, 53 }, { 17282, 26 }, { 17304, 53 }, { 6911, 5 },
	{ 6930, 46 }, { 6947, 58 }, { 16954, 25 }, { 707, 53 }, { 16954, 25 }, { 707, 53 },
	{ 16954, 25 }, { 707, 53 }, { 4232, 50 }, { 4209, 43 }, { 16496, 26 }, { 16521, 53 },
	{ 17568, 15 }, { 17587, 13 }, { 17601, 43 }, { 17619, 15 }, { 17635, 13 }, { 17646, 43 },
	{ 4088, 26 }, { 4232, 50 }, { 4246, 51 }, { 3818, 1 }, { 18068, 53 }, { 6872, 2 },
	{ 18088, 26 }, { 18114, 37 }, { 18135, 32 }, { 18161, 59 }, { 18231, 5 }, { 18260, 46 },
	{ 18287, 35 }, { 18316, 58 }, { 5138, 4 }, { 5454, 46 }, { 3818, 1 }, { 3967, 13 },
	{ 4232, 50 }, { 4072, 25 }, { 4268, 53 }, { 16496, 26 }, { 16521, 53 }, { 16564, 26 },
	{ 10476, 53 }, { 16619, 22 }, { 14284, 53 }, { 8556, 4 }, { 8569, 46 }, { 16745, 26 },
	{ 16619, 22 }, { 14284, 53 }, { 8556, 4 }, { 8569, 46 }, { 16745, 26 }, { 16619, 22 },
	{ 14284, 53 }, { 17568, 15 }, { 17587, 13 }, { 17601, 43 }, { 17619, 15 }, { 17646, 43 },
	{ 5937, 23 }, { 5958, 51 }, { 5946, 46 }, { 5969, 13 }, { 18542, 50 }, { 18557, 51 },
	{ 18569, 26 }, { 18591, 13 }, { 18604, 1 }, { 18618, 9 }, { 18632, 52 }, { 18648, 4 },
	{ 18656, 35 }, { 4088, 26 }, { 3818, 1 }, { 4232, 50 }, { 4246, 51 }, { 4268, 53 },
	{ 10743, 12 }, { 10765, 13 }, { 10794, 12 }, { 10817, 13 }, { 10743, 12 }, { 10765, 13 },
	{ 10794, 12 }, { 10817, 13 }, { 18945, 1 }, { 18960, 2 }, { 18988, 17 }, { 18996, 53 },
	{ 18945, 1 }, { 18960, 2 }, { 19126, 53 }, { 19146, 26 }, { 15008, 26 }, { 15028, 53 },
	{ 15511, 52 }, { 15531, 50 }, { 15008, 26 }, { 15028, 53 }, { 19336, 26 }, { 19362, 53 },
	{ 19405, 26 }, { 19435, 50 }, { 4088, 26 }, { 3967, 13 }, { 4232, 50 }, { 3800, 0 },
	{ 19608, 1 }, { 19623, 26 }, { 19336, 26 }, { 19362, 53 }, { 19790, 46 }, { 19801, 5 },
	{ 11323, 26 }, { 11349, 53 }, { 11323, 26 }, { 11349, 53 }, { 15028, 53 }, { 15008, 26 },
	{ 15531, 50 }, { 15511, 52 }, { 4232, 50 }, { 4088, 26 }, { 3967, 13 }, { 3818, 1 },
	{ 3914, 9 }, { 4246, 51 }, { 4257, 52 }, { 4283, 55 }, { 3979, 14 }, { 3866, 5 },
	{ 4220, 46 }, { 3800, 0 }, { 3818, 1 }, { 3831, 2 }, { 3846, 3 }, { 3856, 4 },
	{ 3866, 5 }, { 3880, 6 }, { 3893, 7 }, { 3901, 8 }, { 3914, 9 }, { 3927, 10 },
	{ 3941, 11 }, { 3950, 12 }, { 3967, 13 }, { 3979, 14 }, { 3989, 15 }, { 4006, 16 },
	{ 4015, 17 }, { 4024, 18 }, { 4034, 22 }, { 4047, 23 }, { 4056, 24 }, { 4072, 25 },
	{ 4088, 26 }, { 4109, 27 }, { 4121, 29 }, { 4139, 31 }, { 4150, 33 }, { 4164, 35 },
	{ 4178, 39 }, { 4193, 40 }, { 4209, 43 }, { 4220, 46 }, { 4232, 50 }, { 4246, 51 },
	{ 4257, 52 }, { 4268, 53 }, { 4283, 55 }, { 4300, 56 }, { 4315, 58 }, { 4327, 28 },
	{ 4346, 30 }, { 4363, 32 }, { 4384, 37 }, { 4400, 45 }, { 4425, 54 }, { 4446, 59 },
	{ 4469, 60 }, { 4487, 34 }, { 4499, 42 }, { 18542, 50 }, { 18557, 51 }, { 18569, 26 },
	{ 304, 26 }, { 327, 53 }, { 5149, 5 }, { 5444, 23 }, { 5454, 46 }, { 5479, 35 },
	{ 5467, 51 }, { 5109, 58 }, { 6872, 2 }, { 6858, 16 }, { 21086, 35 }, { 21101, 51 },
	{ 21213, 1 }, { 21227, 6 }, { 21241, 9 }, { 21255, 4 }, { 21266, 5 }, { 21281, 14 },
	{ 21292, 13 }, { 21305, 27 }, { 21318, 50 }, { 21333, 53 }, { 3914, 9 }, { 3856, 4 },
	{ 3979, 14 }, { 3967, 13 }, { 4109, 27 }, { 4268, 53 }, { 3818, 1 }, { 3880, 6 },
	{ 3914, 9 }, { 3856, 4 }, { 3866, 5 }, { 3979, 14 }, { 3967, 13 }, { 4006, 16 },
	{ 4072, 25 }, { 4109, 27 }, { 4232, 50 }, { 4268, 53 }, { 3818, 1 }, { 3880, 6 },
	{ 3914, 9 }, { 3856, 4 }, { 3866, 5 }, { 3979, 14 }, { 3967, 13 }, { 4006, 16 },
	{ 4072, 25 }, { 4109, 27 }, { 4232, 50 }, { 4268, 53 }, { 5149, 5 }, { 5444, 23 },
	{ 5454, 46 }, { 5479, 35 }, { 5467, 51 }, { 5109, 58 }, { 21086, 35 }, { 21101, 51 },
	{ 18088, 26 }, { 6872, 2 }, { 18114, 37 }, { 18135, 32 }, { 21406, 5 }, { 21429, 46 },
	{ 21450, 35 }, { 21473, 58 }, { 18231, 5 }, { 18260, 46 }, { 18287, 35 }, { 18316, 58 },
	{ 21660, 6 }, { 21679, 51 }, { 21725, 46 }, { 21736, 51 }, { 15961, 5 }, { 15979, 46 },
	{ 21792, 26 }, { 21821, 35 }, { 16004, 5 }, { 16017, 46 }, { 21869, 26 }, { 21893, 53 },
	{ 21992, 50 }, { 22014, 13 }, { 21869, 26 }, { 21893, 53 }, { 737, 0 }, { 762, 1 },
	{ 782, 2 }, { 804, 3 }, { 821, 4 }, { 838, 5 }, { 859, 6 }, { 879, 7 },
	{ 894, 8 }, { 914, 9 }, { 934, 10 }, { 955, 11 }, { 971, 12 }, { 995, 13 },
	{ 1014, 14 }, { 1031, 15 }, { 1055, 16 }, { 1071, 17 }, { 1087, 18 }, { 1104, 22 },
	{ 1124, 23 }, { 1140, 24 }, { 1163, 25 }, { 1186, 26 }, { 1214, 27 }, { 1233, 29 },
	{ 1258, 31 }, { 1276, 33 }, { 1297, 35 }, { 1318, 39 }, { 1340, 40 }, { 1363, 43 },
	{ 1381, 46 }, { 1400, 50 }, { 1421, 51 }, { 1439, 52 }, { 1457, 53 }, { 1479, 55 },
	{ 1503, 56 }, { 1525, 58 }, { 1544, 28 }, { 1570, 30 }, { 1594, 32 }, { 1622, 37 },
	{ 1645, 45 }, { 1677, 54 }, { 1705, 59 }, { 1735, 60 }, { 1760, 34 }, { 1779, 42 },
	{ 3893, 7 }, { 3967, 13 }, { 3818, 1 }, { 3914, 9 }, { 3880, 6 }, { 22169, 26 },
	{ 22194, 53 }, { 5019, 50 }, { 5034, 51 }, { 5046, 13 }, { 5019, 50 }, { 5046, 13 },
	{ 22927, 53 }, { 22954, 26 }, { 5019, 50 }, { 5046, 13 }, { 22194, 53 }, { 22169, 26 },
	{ 5019, 50 }, { 5034, 51 }, { 23054, 52 }, { 5046, 13 }, { 15008, 26 }, { 15028, 53 },
	{ 4088, 26 }, { 4232, 50 }, { 4246, 51 }, { 3818, 1 }, { 3800, 0 }, { 3818, 1 },
	{ 3831, 2 }, { 3846, 3 }, { 3856, 4 }, { 3866, 5 }, { 3880, 6 }, { 3893, 7 },
	{ 3901, 8 }, { 3914, 9 }, { 3927, 10 }, { 3941, 11 }, { 3950, 12 }, { 3967, 13 },
	{ 3979, 14 }, { 3989, 15 }, { 4006, 16 }, { 4015, 17 }, { 4024, 18 }, { 4034, 22 },
	{ 4047, 23 }, { 4056, 24 }, { 4072, 25 }, { 4088, 26 }, { 4109, 27 }, { 4121, 29 },
	{ 4139, 31 }, { 4150, 33 }, { 4164, 35 }, { 4178, 39 }, { 4193, 40 }, { 4209, 43 },
	{ 4220, 46 }, { 4232, 50 }, { 4246, 51 }, { 4257, 52 }, { 4268, 53 }, { 4283, 55 },
	{ 4300, 56 }, { 4315, 58 }, { 4327, 28 }, { 4346, 30 }, { 4363, 32 }, { 4384, 37 },
	{ 4400, 45 }, { 4425, 54 }, { 4446, 59 }, { 4469, 60 }, { 4487, 34 }, { 4499, 42 },
	{ 3800, 0 }, { 3818, 1 }, { 3831, 2 }, { 3846, 3 }, { 3856, 4 }, { 3866, 5 },
	{ 3880, 6 }, { 3893, 7 }, { 3901, 8 }, { 3914, 9 }, { 3927, 10 }, { 3941, 11 },
	{ 3950, 12 }, { 3967, 13 }, { 3979, 14 }, { 3989, 15 }, { 4006, 16 }, { 4015, 17 },
	{ 4024, 18 }, { 4034, 22 }, { 4047, 23 }, { 4056, 24 }, { 4072, 25 }, { 4088, 26 },
	{ 4109, 27 }, { 4121, 29 }, { 4139, 31 }, { 4150, 33 }, { 4164, 35 }, { 4178, 39 },
	{ 4193, 40 }, { 4209, 43 }, { 4220, 46 }, { 4232, 50 }, { 4246, 51 }, { 4257, 52 },
	{ 4268, 53 }, { 4283, 55 }, { 4300, 56 }, { 4315, 58 }, { 4327, 28 }, { 4346, 30 },
	{ 4363, 32 }, { 4384, 37 }, { 4400, 45 }, { 4425, 54 }, { 4446, 59 }, { 4469, 60 },
	{ 4487, 34 }, { 4499, 42 }, { 3967, 13 }, { 3818, 1 }, { 3914, 9 }, { 3880, 6 },
	{ 4006, 16 }, { 3846, 3 }, { 3866, 5 },
};
