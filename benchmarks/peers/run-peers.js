'use strict';
// Times one npm peer on the benchmark texts and prints one JSON line:
//   node run-peers.js PEER INPUT [MIN_SECONDS]
// PEER: count (only print the totals of INPUT: docs, tokens, bytes),
//       wink (wink-nlp + wink-eng-lite-web-model: tokens, sentences, entities),
//       compromise (compromise + compromise-dates: people, places, organisations, dates),
//       chrono (chrono-node: date expressions).
// INPUT: a folder of .txt files or a .jsonl file with a "text" field. The texts are processed in order, whole
// passes repeated until MIN_SECONDS (default 5) have elapsed; loading and one warm-up pass are not timed.
// CPU time (user + system) is measured too: on a shared machine tokens per CPU-second is the steadier figure.
// Peak memory is the process's maximum resident set size (Node itself included).
const { loadTexts, countTokens } = require('./texts');

const [peer, input, minSecondsArg] = process.argv.slice(2);
if (!peer || !input) {
  console.error('usage: node run-peers.js wink|compromise|chrono INPUT [MIN_SECONDS]');
  process.exit(2);
}
const minSeconds = Number(minSecondsArg || 5);
const texts = loadTexts(input);
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t, 'utf8'), 0);
const tokens = countTokens(texts);

function makeRunner(name) {
  switch (name) {
    case 'wink': {
      const winkNLP = require('wink-nlp');
      const model = require('wink-eng-lite-web-model');
      const nlp = winkNLP(model);
      const its = nlp.its;
      let sink = 0;
      return (text) => {
        const doc = nlp.readDoc(text);
        sink += doc.tokens().length() + doc.sentences().length() + doc.entities().out(its.detail).length;
        return sink;
      };
    }
    case 'compromise': {
      const nlp = require('compromise');
      nlp.plugin(require('compromise-dates'));
      let sink = 0;
      return (text) => {
        const doc = nlp(text);
        sink += doc.organizations().out('array').length + doc.people().out('array').length
          + doc.places().out('array').length + doc.dates().json().length + doc.quotations().out('array').length;
        return sink;
      };
    }
    case 'chrono': {
      const chrono = require('chrono-node');
      let sink = 0;
      return (text) => {
        sink += chrono.parse(text, new Date(2016, 9, 1)).length;
        return sink;
      };
    }
    default:
      console.error(`unknown peer ${name}`);
      process.exit(2);
  }
}

if (peer === 'count') {
  // The totals of INPUT, for timing a run of another tool (ours) on the same texts.
  console.log(JSON.stringify({ docs: texts.length, tokens, bytes }));
  process.exit(0);
}

const run = makeRunner(peer);
for (const t of texts) run(t); // warm-up pass (JIT, lazy model loading)

let passes = 0;
const cpuStart = process.cpuUsage();
const start = process.hrtime.bigint();
let seconds = 0;
do {
  for (const t of texts) run(t);
  passes++;
  seconds = Number(process.hrtime.bigint() - start) / 1e9;
} while (seconds < minSeconds);

const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const docs = texts.length * passes;
console.log(JSON.stringify({
  tool: peer,
  docs,
  seconds: +seconds.toFixed(3),
  cpuSeconds: +cpuSeconds.toFixed(3),
  docsPerSec: Math.round(docs / seconds),
  tokensPerSec: Math.round((tokens * passes) / seconds),
  mbPerSec: +((bytes * passes) / seconds / 1e6).toFixed(2),
  tokensPerCpuSec: Math.round((tokens * passes) / cpuSeconds),
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
}));
