#!/usr/bin/env node
/*
 * The peer of bench/codec_bench: FHIR.js (npm "fhir"), the same documents,
 * the same conversions, measured in the same way.
 *
 * Usage: node bench/fhirjs_bench.js MODE DIR [SECONDS] (MODE j2x|x2j|j2j)
 * Needs NODE_PATH (or a node_modules above) with the "fhir" package, e.g.
 * the build tree's oracles/node_modules. Prints
 *   RESULT codec-MODE-fhirjs DOCS_PER_SECOND docs/s   (per CPU second)
 * For j2j the peer is Node's own JSON.parse + JSON.stringify (FHIR.js has
 * no JSON-to-JSON path), printed as codec-j2j-node.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { Fhir } = require('fhir');

const [mode, dir, secs] = process.argv.slice(2);
if (!['j2x', 'x2j', 'j2j'].includes(mode) || !dir) {
	process.stderr.write('usage: fhirjs_bench.js j2x|x2j|j2j DIR [SECONDS]\n');
	process.exit(2);
}
const seconds = secs ? Number(secs) : 1;
const docs = [];
for (const f of fs.readdirSync(dir).sort()) {
	if (!f.endsWith('.json'))
		continue;
	const base = f.slice(0, -5);
	if (!fs.existsSync(path.join(dir, base + '.xml')))
		continue;
	docs.push({
		json: fs.readFileSync(path.join(dir, f), 'utf8'),
		xml: fs.readFileSync(path.join(dir, base + '.xml'), 'utf8'),
	});
}
if (!docs.length) {
	process.stderr.write(`fhirjs_bench: no NAME.json/NAME.xml pairs in ${dir}\n`);
	process.exit(2);
}
const fhir = new Fhir();
let sink = 0;
function pass() {
	for (const d of docs) {
		if (mode === 'j2x')
			sink += fhir.jsonToXml(d.json).length;
		else if (mode === 'x2j')
			sink += fhir.xmlToJson(d.xml).length;
		else
			sink += JSON.stringify(JSON.parse(d.json)).length;
	}
}
pass(); /* warm-up, as in codec_bench */
/* CPU time of the process (every thread: the JIT and the GC work too), as
 * codec_bench measures: the wall clock also counts other programs' turns. */
function cpu() {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1e6;
}
let passes = 0;
const t0 = cpu();
let t;
do {
	pass();
	passes++;
	t = cpu() - t0;
} while (t < seconds);
const who = mode === 'j2j' ? 'node' : 'fhirjs';
process.stdout.write(`RESULT codec-${mode}-${who} ${(passes * docs.length / t).toFixed(0)} docs/s\n`);
if (!sink)
	process.exit(1);
