'use strict';
// Loads the benchmark texts: every .txt under a folder (recursively, in path order), or the "text" field of a .jsonl file.
const fs = require('fs');
const path = require('path');

function listTxt(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTxt(full));
    else if (entry.name.endsWith('.txt')) out.push(full);
  }
  return out;
}

function loadTexts(input) {
  if (fs.statSync(input).isDirectory()) {
    return listTxt(input).map((f) => fs.readFileSync(f, 'utf8').replace(/^\uFEFF/, ''));
  }
  return fs.readFileSync(input, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);
}

// One token definition for every tool, so that tokens/s compare: runs of letters/digits, or one other non-space character.
function countTokens(texts) {
  let n = 0;
  for (const t of texts) {
    const m = t.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu);
    n += m ? m.length : 0;
  }
  return n;
}

module.exports = { loadTexts, countTokens, listTxt };
