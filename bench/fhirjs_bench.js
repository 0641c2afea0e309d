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
 * no JSON-to-JSON path), printed as codec-j2j-node. Measured after
 * WARMUP_SECONDS (default 4) of CPU time spent warming up (below).
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
/* CPU time of the process (every thread: the JIT and the GC work too), as
 * codec_bench measures: the wall clock also counts other programs' turns. */
function cpu() {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1e6;
}
/*
 * Warm-up: V8 compiles the hot functions in tiers over the first seconds,
 * so FHIR.js measured from its first pass runs slower than it can
 * (x2j: 3,550 docs/s over 1 s, 4,350 over 2 s, 4,760 over 5 s, 4,830
 * over 10 s on one machine). Passes run for WARMUP_SECONDS of CPU time
 * (default 4) before the measured ones: its steady speed is the peer.
 */
const warmup = Number(process.env.WARMUP_SECONDS || 4);
const w0 = cpu();
do
	pass();
while (cpu() - w0 < warmup);
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
