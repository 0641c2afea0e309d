#!/usr/bin/env node
'use strict';
// validate-batch ORACLES [--base | --profile SD] FILE... [--profile SD FILE...]...
//
// What `validate-fhir --json [--profile SD] FILE...` reports, for several
// groups of files (each against its own profile, or none: --base) in one
// process. The oracle's start-up (loading the R4 definitions, about a
// second of CPU) was most of the cost of the tests' many small runs; here it
// is paid once. The checks are the oracle's own: this only reads the files
// as validate-fhir does (JSON, or XML through the oracle's XML reader and,
// with xmllint, the official schema) and calls the oracle's validateResource
// (lib/fhir-validation.js, in the ORACLES folder: the build's copy of
// ../shared/oracles).
//
// Prints one JSON array: per file what validate-fhir --json gives (file, ok,
// format, resourceType, checks, issues) plus `profile` (the SD path or null)
// and `line`, the line validate-fhir would print ("OK file" or "FAIL file:
// issues"). Exit status 0 when every file is valid, 1 when one is not, 2 on
// a usage error or a profile that cannot be loaded.
const fs = require('fs');
const path = require('path');

function usage(msg) {
  process.stderr.write(`validate-batch: ${msg}\n` +
    'usage: validate-batch ORACLES [--base | --profile SD] FILE... [--profile SD FILE...]...\n');
  process.exit(2);
}

const argv = process.argv.slice(2);
if (argv.length < 2) usage('an oracles folder and at least one file are needed');
const oracles = argv.shift();
const v = require(path.join(oracles, 'lib', 'fhir-validation'));
const { parseFhirXml, xsdCheck } = require(path.join(oracles, 'lib', 'fhir-xml'));

// validate-fhir's reading of one file: by extension, else by its first character
function readResource(file) {
  const issues = [];
  const checks = [];
  let buf;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    issues.push({ severity: 'error', source: 'input', path: '', message: `cannot read: ${e.code || e.message}` });
    return { format: undefined, issues, checks };
  }
  const ext = path.extname(file).toLowerCase();
  let format = ext === '.xml' ? 'xml' : ext === '.json' ? 'json' : undefined;
  if (!format) format = /^\s*</.test(buf.slice(0, 200).toString('utf8').replace(/^\uFEFF/, '')) ? 'xml' : 'json';
  let resource;
  if (format === 'xml') {
    const r = parseFhirXml(buf);
    issues.push(...r.issues);
    resource = r.resource;
    checks.push('xml');
    const unsafe = r.issues.some((i) => /DOCTYPE|not well-formed|not valid UTF-8|empty document|nested more than/.test(i.message));
    if (!unsafe) {
      const x = xsdCheck(buf);
      if (x.ran) {
        issues.push(...x.issues);
        checks.push('xsd');
      }
    }
  } else {
    let text;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    } catch (e) {
      issues.push({ severity: 'error', source: 'json', path: '', message: 'not valid UTF-8' });
    }
    if (text !== undefined) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      try {
        resource = JSON.parse(text);
      } catch (e) {
        issues.push({ severity: 'error', source: 'json', path: '', message: `not valid JSON: ${e.message}` });
      }
    }
  }
  return { format, resource, issues, checks };
}

v.loadDefinitions();
const report = [];
let profilePath = null;
let profile;
let failed = 0;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--base') {
    profilePath = null;
    profile = undefined;
    continue;
  }
  if (a === '--profile') {
    if (i + 1 >= argv.length) usage('--profile needs a file');
    profilePath = argv[++i];
    try {
      profile = v.loadProfile(JSON.parse(fs.readFileSync(profilePath, 'utf8')));
    } catch (e) {
      process.stderr.write(`validate-batch: cannot load profile ${profilePath}: ${e.message}\n`);
      process.exit(2);
    }
    continue;
  }
  if (a.startsWith('-')) usage(`unknown option ${a}`);
  const r = readResource(a);
  if (r.resource !== undefined) {
    r.issues.push(...v.validateResource(r.resource, { profile }));
    r.checks.push(...v.ENGINES);
  }
  const ok = !v.hasErrors(r.issues);
  if (!ok) failed++;
  const errors = r.issues.filter((x) => x.severity === 'error');
  report.push({
    file: a,
    profile: profilePath,
    ok,
    format: r.format,
    resourceType: r.resource && r.resource.resourceType,
    checks: r.checks,
    issues: r.issues,
    line: ok ? `OK ${a}` : `FAIL ${a}: ${errors.map(v.formatIssue).join('; ')}`,
  });
}
process.stdout.write(JSON.stringify(report, null, 2) + '\n');
process.exitCode = failed ? 1 : 0;
