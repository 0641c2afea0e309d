#!/usr/bin/env node
/*
 * Generate connector/fhir/fhir_tables.c from the FHIR R4 type table that
 * the npm package "fhir" (FHIR.js) ships as profiles/types.json.
 *
 *   node gen-tables.js TYPES_JSON OUT_C
 *
 * Run by hand or with `make regen-fhir`, never during a normal build: the
 * output is committed so that building the library needs no Node.
 *
 * Every R4 resource type is generated (the codec reads and writes any
 * FHIR R4 resource), with every data type.
 *
 * What we take from types.json: types in definition order, each with its
 * properties in definition order. Choice types arrive pre-expanded
 * (valueQuantity, valueString, ... sharing `_choice: "value[x]"`); we fold
 * them back into one element with a list of allowed types. `_x`
 * companions are dropped (the codec derives them). Backbone elements are
 * nested `_properties`; each becomes an anonymous type named by its path
 * ("Patient.contact"). `#Path` types are content references to such a
 * backbone type (QuestionnaireResponse.item.item).
 *
 * Corrections to FHIR.js applied here, each per the R4 specification:
 *   - Element.id (the id of anything that is not a resource) is a
 *     `string`, not an `id` (FHIR.js types it `id` on data types).
 *   - Extension.url is a `uri` (FHIR.js says `string`).
 */
'use strict';

const fs = require('fs');
const path = require('path');

if (process.argv.length !== 4) {
	process.stderr.write('usage: gen-tables.js TYPES_JSON OUT_C\n');
	process.exit(2);
}
const [typesPath, outPath] = process.argv.slice(2);
const src = JSON.parse(fs.readFileSync(typesPath, 'utf8'));

function die(msg) {
	process.stderr.write('gen-tables: ' + msg + '\n');
	process.exit(1);
}

/* Must match enum fhir_prim in fhir_meta.h (same order). */
const PRIMS = ['base64Binary', 'boolean', 'canonical', 'code', 'date', 'dateTime',
	'decimal', 'id', 'instant', 'integer', 'markdown', 'oid', 'positiveInt',
	'string', 'time', 'unsignedInt', 'uri', 'url', 'uuid', 'xhtml'];

/* Every concrete resource type; Resource and DomainResource are abstract. */
const resources = Object.keys(src)
	.filter((n) => src[n]._kind === 'resource' && n !== 'Resource' && n !== 'DomainResource')
	.sort();
if (resources.length !== 146)
	die(`expected the 146 resource types of FHIR R4, found ${resources.length}`);

/* ---- string pool (deduplicated) ---------------------------------- */
const pool = [];
const poolIndex = new Map();
let poolLen = 0;
function str(s) {
	if (poolIndex.has(s))
		return poolIndex.get(s);
	if (!/^[A-Za-z0-9.]+$/.test(s))
		die(`unexpected name "${s}"`);
	const off = poolLen;
	pool.push(s);
	poolIndex.set(s, off);
	poolLen += s.length + 1;
	return off;
}

/* ---- types ---------------------------------------------------------- */
const types = [];          /* {name, kind, prim, abstract, props, owner} */
const typeIndex = new Map();
function addType(name, kind, props, extra) {
	if (typeIndex.has(name))
		die(`duplicate type ${name}`);
	const t = Object.assign({ name, kind, props, prim: null, abstract: false, elems: null }, extra || {});
	typeIndex.set(name, types.length);
	types.push(t);
	return t;
}

const allNames = Object.keys(src);
for (const n of allNames)
	if (src[n]._kind === 'primitive-type') {
		if (!PRIMS.includes(n))
			die(`unknown primitive type ${n}`);
		addType(n, 'PRIMITIVE', null, { prim: n });
	}
for (const n of PRIMS)
	if (!typeIndex.has(n))
		die(`primitive type ${n} missing from types.json`);
for (const n of allNames)
	if (src[n]._kind === 'complex-type')
		addType(n, 'COMPLEX', src[n]._properties);
addType('Resource', 'RESOURCE', src.Resource._properties, { abstract: true });
addType('DomainResource', 'RESOURCE', src.DomainResource._properties, { abstract: true });
for (const r of resources)
	addType(r, 'RESOURCE', src[r]._properties);

/*
 * Walk properties, creating backbone types on the way. Element lists are
 * built after all types exist so that type references resolve; content
 * references (#Path) are resolved last.
 */
const pending = [];
for (const t of types.slice())
	if (t.props)
		pending.push(t);

function isBackbone(p) {
	return (p._type === 'BackboneElement' || p._type === 'Element') &&
		Array.isArray(p._properties) && p._properties.length > 0;
}

function buildElems(t) {
	const elems = [];
	const byChoice = new Map();
	for (const p of t.props) {
		if (p._name.startsWith('_'))
			continue;
		let typeName = p._type;
		if (isBackbone(p)) {
			const bb = addType(`${t.name}.${p._name}`, 'BACKBONE', p._properties);
			buildElems(bb);
			typeName = bb.name;
		} else if (typeName.startsWith('#')) {
			typeName = typeName; /* resolved below */
		}
		/* R4 corrections, see the header comment. */
		if (p._name === 'id' && t.kind !== 'RESOURCE')
			typeName = 'string';
		if (t.name === 'Extension' && p._name === 'url')
			typeName = 'uri';
		const attr = (p._name === 'id' && t.kind !== 'RESOURCE') ||
			(t.name === 'Extension' && p._name === 'url');
		if (p._choice) {
			const base = p._choice.replace('[x]', '');
			let e = byChoice.get(base);
			if (!e) {
				e = { name: base, choices: [], multiple: !!p._multiple, required: !!p._required, attr: false };
				byChoice.set(base, e);
				elems.push(e);
			}
			const suffix = p._name.slice(base.length);
			if (p._name.slice(0, base.length) !== base ||
				suffix.toLowerCase() !== typeName.toLowerCase())
				die(`${t.name}.${p._name}: choice name does not match type ${typeName}`);
			e.choices.push({ name: p._name, type: typeName });
		} else {
			elems.push({ name: p._name, type: typeName, multiple: !!p._multiple,
				required: !!p._required, attr });
		}
	}
	t.elems = elems;
}

for (const t of pending)
	buildElems(t);

/* Primitive types: their value is the node's text; elements are id + extension. */
for (const t of types)
	if (t.kind === 'PRIMITIVE')
		t.elems = [
			{ name: 'id', type: 'string', multiple: false, required: false, attr: true },
			{ name: 'extension', type: 'Extension', multiple: true, required: false, attr: false },
		];

function resolveType(owner, name) {
	if (name.startsWith('#')) {
		const target = name.slice(1);
		if (!typeIndex.has(target))
			die(`${owner.name}: content reference ${name} does not resolve`);
		return typeIndex.get(target);
	}
	if (!typeIndex.has(name))
		die(`${owner.name}: type ${name} is not generated`);
	return typeIndex.get(name);
}

/* ---- flatten -------------------------------------------------------- */
const elemRows = [];
const choiceRows = [];
for (const t of types) {
	t.first = elemRows.length;
	if (t.elems.length > 65535)
		die(`${t.name}: too many elements`);
	t.elems.forEach((e, order) => {
		const row = { name: str(e.name), order, comment: `${t.name}.${e.name}`,
			flags: [] };
		if (e.multiple) row.flags.push('M');
		if (e.required) row.flags.push('R');
		if (e.attr) row.flags.push('A');
		if (e.choices) {
			row.flags.push('C');
			row.type = choiceRows.length;
			row.nchoice = e.choices.length;
			for (const c of e.choices)
				choiceRows.push({ name: str(c.name), type: resolveType(t, c.type) });
		} else {
			row.type = resolveType(t, e.type);
			row.nchoice = 0;
		}
		elemRows.push(row);
	});
	t.count = t.elems.length;
}
for (const t of types)
	t.nameOff = str(t.name);

if (types.length > 65535 || elemRows.length > 65535 || choiceRows.length > 65535)
	die('table too large for 16-bit indexes');

/*
 * Element lookup by (type, name) in one probe or a few: an open-addressing
 * hash table over every element name of every type, a choice once per
 * allowed type ("valueQuantity"). The hash must match fhir_meta.c's
 * name_hash: FNV-1a over the name's bytes, mixed with the type's index.
 */
function nameHash(name, typeIndex) {
	let h = 0x811c9dc5;
	for (let i = 0; i < name.length; i++) {
		h ^= name.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return (h ^ Math.imul(typeIndex + 1, 0x9e3779b1)) >>> 0;
}
const hashKeys = [];
types.forEach((t, ti) => {
	t.elems.forEach((e, order) => {
		const elemIndex = t.first + order;
		if (e.choices) {
			const first = elemRows[elemIndex].type;
			e.choices.forEach((c, j) => hashKeys.push({ name: c.name, ti, elem: elemIndex, choice: first + j }));
		} else {
			hashKeys.push({ name: e.name, ti, elem: elemIndex, choice: 0xffff });
		}
	});
});
let hashSize = 1;
while (hashSize < hashKeys.length * 1.5)
	hashSize *= 2;
const hashSlots = new Array(hashSize).fill(null);
for (const k of hashKeys) {
	let h = nameHash(k.name, k.ti) & (hashSize - 1);
	while (hashSlots[h])
		h = (h + 1) & (hashSize - 1);
	hashSlots[h] = k;
}

const sorted = types.map((t, i) => i)
	.sort((a, b) => (types[a].name < types[b].name ? -1 : types[a].name > types[b].name ? 1 : 0));

/* ---- emit ------------------------------------------------------------ */
let pkgVersion = 'unknown';
try {
	pkgVersion = JSON.parse(fs.readFileSync(path.join(path.dirname(typesPath), '..', 'package.json'), 'utf8')).version;
} catch (e) { /* a bare types.json: version unknown */ }

const out = [];
out.push('/*');
out.push(' * GENERATED FILE - DO NOT EDIT.');
out.push(' *');
out.push(` * Made by connector/fhir/gen/gen-tables.js from FHIR.js (npm "fhir" ${pkgVersion})`);
out.push(' * profiles/types.json (FHIR R4 4.0.1): every resource type and data type.');
out.push(' * To regenerate:');
out.push(' *   make regen-fhir FHIR_TYPES_JSON=/path/to/node_modules/fhir/profiles/types.json');
out.push(` * ${types.length} types (${resources.length} resources), ${elemRows.length} elements, ${choiceRows.length} choice types.`);
out.push(' */');
out.push('#include "fhir_tables.h"');
out.push('');
out.push('#define M FHIR_E_MULTIPLE');
out.push('#define R FHIR_E_REQUIRED');
out.push('#define A FHIR_E_ATTR');
out.push('#define C FHIR_E_CHOICE');
out.push('');
out.push('/* Every name, NUL-terminated; tables refer to names by offset. */');
out.push('const char fhir_pool[] =');
let line = '';
for (const s of pool) {
	const piece = `"${s}\\0"`;
	if (line.length + piece.length > 76) {
		out.push('\t' + line);
		line = '';
	}
	line += piece;
}
out.push('\t' + line + ';');
out.push('');
out.push(`const size_t fhir_types_len = ${types.length};`);
out.push('');
out.push('/* name, first element, element count, kind, primitive kind, flags */');
out.push('const fhir_type fhir_types[] = {');
types.forEach((t, i) => {
	const prim = t.prim ? 'FHIR_PRIM_' + t.prim.toUpperCase() : 'FHIR_PRIM_NONE';
	out.push(`\t{ ${t.nameOff}, ${t.first}, ${t.count}, FHIR_KIND_${t.kind}, ${prim}, ${t.abstract ? 'FHIR_T_ABSTRACT' : 0} }, /* ${i} ${t.name} */`);
});
out.push('};');
out.push('');
out.push('/* Type indexes sorted by name, for binary search. */');
out.push('const uint16_t fhir_types_by_name[] = {');
for (let i = 0; i < sorted.length; i += 16)
	out.push('\t' + sorted.slice(i, i + 16).join(', ') + ',');
out.push('};');
out.push('');
out.push('/* name, type (choices: first fhir_choices row), order, flags, choice count */');
out.push('const fhir_elem fhir_elems[] = {');
for (const r of elemRows) {
	const flags = r.flags.length ? r.flags.join('|') : '0';
	out.push(`\t{ ${r.name}, ${r.type}, ${r.order}, ${flags}, ${r.nchoice} }, /* ${r.comment} */`);
}
out.push('};');
out.push('');
out.push(`/* (type, name) -> element: ${hashKeys.length} names in ${hashSize} slots; see fhir_meta.c. */`);
out.push(`const size_t fhir_elem_hash_size = ${hashSize};`);
out.push('/* owner type, element, choice row (65535: not a choice); 65535, 65535, 65535: empty */');
out.push('const fhir_elem_slot fhir_elem_hash[] = {');
for (let i = 0; i < hashSize; i += 4)
	out.push('\t' + hashSlots.slice(i, i + 4).map((k) => k ? `{ ${k.ti}, ${k.elem}, ${k.choice} }` : '{ 65535, 65535, 65535 }').join(', ') + ',');
out.push('};');
out.push('');
out.push('/* Expanded choice names ("valueQuantity") and their types. */');
out.push('const fhir_choice fhir_choices[] = {');
for (let i = 0; i < choiceRows.length; i += 6)
	out.push('\t' + choiceRows.slice(i, i + 6).map((c) => `{ ${c.name}, ${c.type} }`).join(', ') + ',');
out.push('};');
out.push('');

fs.writeFileSync(outPath, out.join('\n'));
