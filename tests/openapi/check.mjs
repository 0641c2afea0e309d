// node check.mjs OPENAPI.yaml LOG [REQUESTS]: the document against the OpenAPI
// schema (@seriousme/openapi-schema-validator), then every answer in LOG (lines
// "METHOD PATH STATUS CONTENT-TYPE BODYFILE" that tests/api.test recorded
// from the running server) against the document (openapi-response-validator).
// REQUESTS (lines "METHOD PATH CONTENT-TYPE BODYFILE valid|invalid") are
// JSON bodies sent to the server, each with whether the server took it:
// the document's request schema must say the same of each.
// Prints one "ok"/"not ok" line per check; exits 1 on any failure.
import fs from "node:fs";
import { createRequire } from "node:module";
import { Validator } from "@seriousme/openapi-schema-validator";
const require = createRequire(import.meta.url);
const yaml = require("js-yaml");
const OpenAPIResponseValidator = require("openapi-response-validator").default;

const [docFile, logFile, requestFile] = process.argv.slice(2);
const doc = yaml.load(fs.readFileSync(docFile, "utf8"));
let failed = 0;

const res = await new Validator().validate(doc);
if (res.valid) console.log(`ok - ${docFile} is a valid OpenAPI ${doc.openapi} document`);
else { failed++; console.log(`not ok - ${docFile} is not valid OpenAPI: ${JSON.stringify(res.errors).slice(0, 600)}`); }

// the document's path template a concrete path is an instance of
function operation(method, path) {
  for (const [tmpl, item] of Object.entries(doc.paths)) {
    const re = new RegExp("^" + tmpl.replace(/\{[^}]+\}/g, "[^/]+") + "$");
    if (re.test(path) && item[method]) return [tmpl, item[method]];
  }
  return [null, null];
}

const lines = fs.readFileSync(logFile, "utf8").split("\n").filter(Boolean);
let checked = 0;
for (const line of lines) {
  const [method, target, status, ctype, bodyFile] = line.split(" ");
  const path = target.split("?")[0];
  const m = method.toLowerCase();
  let [tmpl, op] = operation(m, path);
  const what = `${method} ${target} ${status}`;
  // a method or path the document does not have: refused as a Problem
  if (!op && (status === "404" || status === "405")) {
    tmpl = "(not in the document)";
    op = { responses: { [status]: { $ref: "#/components/responses/Problem" } } };
  }
  if (!op) { failed++; console.log(`not ok - ${what}: no operation in the document`); continue; }
  const declared = op.responses[status];
  if (!declared) { failed++; console.log(`not ok - ${what}: status ${status} not in the document for ${m} ${tmpl}`); continue; }
  const resp = declared.$ref ? doc.components.responses[declared.$ref.split("/").pop()] : declared;
  const types = Object.keys(resp.content || {});
  if (!types.includes(ctype)) { failed++; console.log(`not ok - ${what}: Content-Type ${ctype}, the document says ${types}`); continue; }
  let body;
  try { body = JSON.parse(fs.readFileSync(bodyFile, "utf8")); }
  catch (e) { failed++; console.log(`not ok - ${what}: body is not JSON: ${e.message}`); continue; }
  const v = new OpenAPIResponseValidator({ responses: { [status]: resp }, components: doc.components });
  const err = v.validateResponse(status, body);
  checked++;
  if (err) { failed++; console.log(`not ok - ${what}: ${JSON.stringify(err.errors).slice(0, 600)}`); }
  else console.log(`ok - ${what} matches ${m} ${tmpl}`);
}
// request bodies: the schema a JSON body must meet, as the server judged it
let requests = 0;
for (const line of requestFile ? fs.readFileSync(requestFile, "utf8").split("\n").filter(Boolean) : []) {
  const [method, target, ctype, bodyFile, verdict] = line.split(" ");
  const [tmpl, op] = operation(method.toLowerCase(), target.split("?")[0]);
  const media = op && op.requestBody && op.requestBody.content[ctype];
  const what = `${method} ${target} ${ctype} body ${bodyFile.split("/").pop()}`;
  requests++;
  if (!media) { failed++; console.log(`not ok - ${what}: no request body of that type in the document`); continue; }
  // the request schema checked by the same validator, as if it were an answer
  const v = new OpenAPIResponseValidator({ responses: { 200: { description: "request", content: { [ctype]: media } } },
                                           components: doc.components });
  const err = v.validateResponse(200, JSON.parse(fs.readFileSync(bodyFile, "utf8")));
  if ((err ? "invalid" : "valid") === verdict) console.log(`ok - ${what}: ${verdict} for ${tmpl}, as the server judged it`);
  else { failed++; console.log(`not ok - ${what}: the server judged it ${verdict}, the document ${err ? "invalid: " + JSON.stringify(err.errors).slice(0, 400) : "valid"}`); }
}
console.log(`${checked} answers and ${requests} request bodies checked against the document, ${failed} failed`);
process.exit(failed || checked === 0 ? 1 : 0);
