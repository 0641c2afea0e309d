#!/usr/bin/env node
'use strict';
// Sends HL7 v2 to `beweegbrug mllp` the ways an interface engine (or an
// attacker) does, and prints one line per answer received:
//   CASE MSA-1 MSA-2 ERR-COUNT FIRST-ERR-2 | FIRST-ERR-8
// Answers are parsed by node-hl7-client's Message (a parser nobody here
// wrote); the `client` case also sends with node-hl7-client's MLLP Client.
//
// usage: client.js CASE PORT FILE...      (env TLS_CA, TLS_CERT, TLS_KEY: use TLS)
const fs = require('fs');
const net = require('net');
const tls = require('tls');
const { Client, Message } = require('node-hl7-client');

const [, , kase, portArg, ...files] = process.argv;
const port = Number(portArg);
const SB = Buffer.from([0x0b]);
const EB = Buffer.from([0x1c, 0x0d]);
const useTls = !!process.env.TLS_CA;
const tlsOpts = useTls ? {
  ca: fs.readFileSync(process.env.TLS_CA),
  cert: process.env.TLS_CERT ? fs.readFileSync(process.env.TLS_CERT) : undefined,
  key: process.env.TLS_KEY ? fs.readFileSync(process.env.TLS_KEY) : undefined,
  servername: 'localhost',
} : undefined;

function read(file) {
  // sample files may end segments with LF; HL7 wants CR
  return fs.readFileSync(file, 'utf8').replace(/\r?\n/g, '\r').replace(/\r+$/, '\r');
}
const frame = (text) => Buffer.concat([SB, Buffer.from(text, 'utf8'), EB]);

function describe(name, text) {
  const msg = new Message({ text: text.replace(/\r+$/, '') });
  const errs = text.split('\r').filter((s) => s.startsWith('ERR|'));
  let err2 = '-';
  let err8 = '';
  if (errs.length) {
    // ERR-2 as sent (its components), the text from the parser
    err2 = errs[0].split('|')[2] || '-';
    err8 = msg.get('ERR.8').toString();
  }
  return `${name} ${msg.get('MSA.1').toString()} ${msg.get('MSA.2').toString() || '-'} ${errs.length} ${err2} | ${err8}`;
}

// A raw connection that collects every framed answer.
function connect() {
  return new Promise((resolve, reject) => {
    const s = useTls ? tls.connect({ host: '127.0.0.1', port, ...tlsOpts }) : net.connect({ host: '127.0.0.1', port });
    const answers = [];
    let buf = Buffer.alloc(0);
    const waiters = [];
    s.setNoDelay(true);
    s.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      for (;;) {
        const start = buf.indexOf(0x0b);
        const end = buf.indexOf(EB);
        if (start < 0 || end < 0) break;
        answers.push(buf.subarray(start + 1, end).toString('utf8'));
        buf = buf.subarray(end + 2);
        while (waiters.length && answers.length >= waiters[0].n) waiters.shift().resolve();
      }
    });
    s.on('error', () => {});
    s.hungUp = new Promise((r) => s.on('close', r));
    s.on('close', () => { while (waiters.length) waiters.shift().resolve(); });
    s.answers = answers;
    s.waitFor = (n, ms = 20000) => new Promise((r) => {
      if (answers.length >= n) return r();
      const t = setTimeout(r, ms);
      waiters.push({ n, resolve: () => { clearTimeout(t); r(); } });
    });
    s.once(useTls ? 'secureConnect' : 'connect', () => resolve(s));
    s.once('error', reject);
  });
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const texts = files.map(read);
  switch (kase) {
    case 'client': {
      // node-hl7-client's own MLLP client: one connection; each message once
      // the previous one's ACK is in, as an interface engine does
      const client = new Client({ host: '127.0.0.1', ...(useTls ? { tls: tlsOpts } : {}) });
      let next = null;
      const out = client.createConnection({ port, waitAck: true, maxConnectionAttempts: 1 }, async (res) => {
        console.log(describe('client', res.getMessage().toString()));
        if (next) next();
      });
      await Promise.race([new Promise((r) => out.once('connect', r)), sleep(10000)]);
      for (const t of texts) {
        const acked = new Promise((r) => { next = r; });
        await out.sendMessage(new Message({ text: t.replace(/\r$/, '') }));
        await Promise.race([acked, sleep(20000)]);
      }
      await out.close();
      client.closeAll();
      break;
    }
    case 'split': {
      // one message in pieces of 7 bytes, 5 ms apart: the end marker split too
      const s = await connect();
      const b = frame(texts[0]);
      for (let i = 0; i < b.length; i += 7) { s.write(b.subarray(i, i + 7)); await sleep(5); }
      await s.waitFor(1);
      s.answers.forEach((a) => console.log(describe('split', a)));
      s.end();
      break;
    }
    case 'together': {
      // every message in one write
      const s = await connect();
      s.write(Buffer.concat(texts.map(frame)));
      await s.waitFor(texts.length);
      s.answers.forEach((a) => console.log(describe('together', a)));
      s.end();
      break;
    }
    case 'drop': {
      // send and hang up at once, before any answer
      const s = await connect();
      s.end(frame(texts[0]));
      s.destroy();
      await sleep(1500);
      console.log('drop sent');
      break;
    }
    case 'garbage': {
      // noise before, between and after frames, and a frame begun and abandoned
      const s = await connect();
      const noise = Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n\x00\xff\x1c\r');
      const parts = [noise];
      texts.forEach((t) => { parts.push(frame(t), noise, Buffer.from('\x0bMSH|^~\\&|ABANDONED')); });
      s.write(Buffer.concat(parts.slice(0, -1)));
      await s.waitFor(texts.length);
      s.answers.forEach((a) => console.log(describe('garbage', a)));
      s.end();
      break;
    }
    case 'big': {
      // the first file, with an NTE making it SIZE bytes (env BIG, default 10 MB), then the second file
      const size = Number(process.env.BIG || 10 * 1000 * 1000);
      const base = texts[0];
      const pad = 'x'.repeat(Math.max(0, size - base.length - 10));
      const big = `${base}NTE|1||${pad}\r`;
      const s = await connect();
      s.write(frame(big));
      if (texts[1]) s.write(frame(texts[1]));
      await s.waitFor(texts[1] ? 2 : 1, 60000);
      s.answers.forEach((a) => console.log(describe('big', a)));
      s.end();
      break;
    }
    case 'noise': {
      // random bytes without a frame start: the listener must hang up, not hoard
      const s = await connect();
      const junk = Buffer.alloc(1024 * 1024, 0x41);
      s.write(junk);
      const closed = await Promise.race([s.hungUp.then(() => true), sleep(10000).then(() => false)]);
      console.log(`noise ${closed ? 'closed' : 'open'}`);
      s.destroy();
      break;
    }
    case 'stall': {
      // a frame begun and never finished: closed after [mllp] timeout
      const s = await connect();
      s.write(Buffer.from('\x0bMSH|^~\\&|SLOW'));
      const t0 = Date.now();
      const closed = await Promise.race([s.hungUp.then(() => true), sleep(15000).then(() => false)]);
      console.log(`stall ${closed ? 'closed' : 'open'} ${Math.round((Date.now() - t0) / 1000)}`);
      s.destroy();
      break;
    }
    case 'many': {
      // N (env MANY) connections from one address at once; count those the listener keeps
      const n = Number(process.env.MANY || 8);
      const socks = [];
      for (let i = 0; i < n; i++) {
        try { socks.push(await connect()); } catch (e) { /* refused */ }
      }
      await sleep(500);
      const open = socks.filter((s) => !s.destroyed && s.readyState === 'open');
      // the kept ones still work
      let answered = 0;
      await Promise.all(open.map(async (s) => { s.write(frame(texts[0])); await s.waitFor(1, 20000); answered += s.answers.length; }));
      console.log(`many ${open.length} open, ${answered} answered`);
      socks.forEach((s) => s.destroy());
      break;
    }
    default:
      console.error(`unknown case ${kase}`);
      process.exit(2);
  }
}

// never hang a test run
setTimeout(() => { console.error('client.js: gave up after 120 s'); process.exit(3); }, 120000).unref();
main().then(() => process.exit(0), (e) => { console.error(e && e.stack ? e.stack : e); process.exit(1); });
