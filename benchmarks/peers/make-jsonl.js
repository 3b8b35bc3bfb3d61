'use strict';
// Writes a JSON Lines benchmark input from the .txt files under one or more folders, cycling through them:
//   node make-jsonl.js OUT.jsonl COUNT FOLDER...
// Each line: {"id": "doc-N", "text": ..., "date": "2016-10-01"}. Write it outside the repository (e.g. in a temporary folder).
const fs = require('fs');
const { loadTexts } = require('./texts');

const [out, countArg, ...folders] = process.argv.slice(2);
if (!out || !countArg || folders.length === 0) {
  console.error('usage: node make-jsonl.js OUT.jsonl COUNT FOLDER...');
  process.exit(2);
}
const texts = folders.flatMap(loadTexts);
const count = Number(countArg);
const fd = fs.openSync(out, 'w');
let chunk = [];
for (let i = 0; i < count; i++) {
  chunk.push(JSON.stringify({ id: `doc-${i}`, text: texts[i % texts.length], date: '2016-10-01' }));
  if (chunk.length === 1000) {
    fs.writeSync(fd, chunk.join('\n') + '\n');
    chunk = [];
  }
}
if (chunk.length) fs.writeSync(fd, chunk.join('\n') + '\n');
fs.closeSync(fd);
console.error(`${out}: ${count} documents from ${texts.length} texts`);
