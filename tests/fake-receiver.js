#!/usr/bin/env node
// A receiver that says yes without a receipt (tests/receipt.test): an
// HTTPS server with mutual TLS on loopback whose answer depends on the
// first path segment of the request, as a proxy, a load balancer or a
// misconfigured endpoint might answer in front of a real FHIR server.
//
//   /html/...      200 text/html page
//   /empty/...     200 with no body
//   /json/...      200 {"ok":true} (JSON, not FHIR)
//   /other/...     200 a response message to another message
//   /patient/...   200 a FHIR resource that is no receipt (a Patient)
//   /ooerror/...   200 an OperationOutcome that reports an error
//   /txempty/...   200 a transaction-response with no entries
//   /ooinfo/...    202 an OperationOutcome, information only (a real receipt)
//   /good/...      200 a response message to the request, code ok
//
// Usage: fake-receiver.js --cert F --key F --ca F --port-file F
// Every request is logged on stderr as "MODE METHOD URL".
'use strict';
const fs = require('fs');
const https = require('https');
const crypto = require('crypto');

const args = {};
for (let i = 2; i + 1 < process.argv.length; i += 2) args[process.argv[i].slice(2)] = process.argv[i + 1];

function responseTo(headerId, code) {
  return {
    resourceType: 'Bundle', id: crypto.randomUUID(), type: 'message', timestamp: new Date().toISOString(),
    entry: [{
      fullUrl: 'urn:uuid:' + crypto.randomUUID(),
      resource: {
        resourceType: 'MessageHeader', id: crypto.randomUUID(),
        eventCoding: { system: 'http://example.org/events', code: 'referral' },
        source: { endpoint: 'https://receiver.example/fhir' },
        response: { identifier: headerId, code },
      },
    }],
  };
}

function outcome(severity, text) {
  return { resourceType: 'OperationOutcome', issue: [{ severity, code: severity === 'information' ? 'informational' : 'processing', diagnostics: text }] };
}

const server = https.createServer({
  cert: fs.readFileSync(args.cert), key: fs.readFileSync(args.key), ca: fs.readFileSync(args.ca),
  requestCert: true, rejectUnauthorized: true,
}, (req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const mode = (req.url.split('/')[1] || '');
    process.stderr.write(`${mode} ${req.method} ${req.url}\n`);
    let headerId = null;
    try { headerId = JSON.parse(Buffer.concat(chunks).toString()).entry[0].resource.id; } catch (e) { /* XML or not FHIR */ }
    const fhir = (status, body) => {
      res.writeHead(status, { 'Content-Type': 'application/fhir+json' });
      res.end(JSON.stringify(body));
    };
    switch (mode) {
      case 'html':
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end('<html><body>OK</body></html>');
        break;
      case 'empty':
        res.writeHead(200);
        res.end();
        break;
      case 'json':
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"ok":true}');
        break;
      case 'other':
        fhir(200, responseTo(crypto.randomUUID(), 'ok'));
        break;
      case 'patient':
        fhir(200, { resourceType: 'Patient', id: 'p1' });
        break;
      case 'ooerror':
        fhir(200, outcome('error', 'not processed'));
        break;
      case 'txempty':
        fhir(200, { resourceType: 'Bundle', type: 'transaction-response' });
        break;
      case 'ooinfo':
        fhir(202, outcome('information', 'accepted for processing'));
        break;
      case 'good':
        fhir(200, responseTo(headerId, 'ok'));
        break;
      default:
        fhir(404, outcome('error', 'no such mode'));
    }
  });
});

server.listen(0, '127.0.0.1', () => {
  fs.writeFileSync(args['port-file'] + '.tmp', String(server.address().port) + '\n');
  fs.renameSync(args['port-file'] + '.tmp', args['port-file']);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
