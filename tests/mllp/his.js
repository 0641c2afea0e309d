#!/usr/bin/env node
'use strict';
// A HIS's MLLP listener for tests: takes framed HL7 v2, reads each message
// with node-hl7-client's Message parser, and answers the way SCRIPT says,
// one word per message received (the last word repeats):
//   AA AE AR   an ACK with that MSA-1 and MSA-2 = the message's MSH-10
//   wrongid    AA naming another control id
//   drop       hang up without an answer
//   silent     never answer
// Prints one line per message: "N MSH-9 MSH-10 ACTION".
//
// usage: his.js PORT-FILE SCRIPT
const fs = require('fs');
const net = require('net');
const { Message } = require('node-hl7-client');

const [, , portFile, script = 'AA'] = process.argv;
const words = script.split(',');
let n = 0;

function ack(code, control) {
  return `MSH|^~\\&|HIS|PRAKTIJK|BEWEEGBRUG|BEWEEGBRUG|20261201120000||ACK^R01^ACK|ACK-${n}|P|2.5\r` +
    `MSA|${code}|${control}\r` + (code === 'AA' ? '' : `ERR||OBX^1^5|207^Application internal error^HL70357|E||||test HIS says ${code}\r`);
}

const server = net.createServer((sock) => {
  let buf = Buffer.alloc(0);
  sock.on('error', () => {});
  sock.on('data', (d) => {
    buf = Buffer.concat([buf, d]);
    for (;;) {
      const s = buf.indexOf(0x0b);
      const e = buf.indexOf(Buffer.from([0x1c, 0x0d]));
      if (s < 0 || e < 0) return;
      const text = buf.subarray(s + 1, e).toString('utf8');
      buf = buf.subarray(e + 2);
      const word = words[Math.min(n, words.length - 1)];
      n++;
      const msg = new Message({ text: text.replace(/\r+$/, '') });
      const control = msg.get('MSH.10').toString();
      console.log(`${n} ${msg.get('MSH.9.1').toString()}^${msg.get('MSH.9.2').toString()} ${control} ${word}`);
      if (word === 'drop') { sock.destroy(); return; }
      if (word === 'silent') return;
      const code = word === 'wrongid' ? 'AA' : word;
      const body = ack(code, word === 'wrongid' ? 'SOMEONE-ELSE' : control);
      sock.write(Buffer.concat([Buffer.from([0x0b]), Buffer.from(body, 'utf8'), Buffer.from([0x1c, 0x0d])]));
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  fs.writeFileSync(`${portFile}.tmp`, `${server.address().port}\n`);
  fs.renameSync(`${portFile}.tmp`, portFile);
});
process.on('SIGTERM', () => process.exit(0));
