// Reads a text file and prints a summary: lines, words, bytes and the most common words.
// usage: nodec examples/file-summary.js FILE
'use strict';
const fs = require('fs');
const path = require('path');

const file = process.argv[2];
if (!file) {
  console.error('usage: nodec examples/file-summary.js FILE');
  process.exit(2);
}

fs.readFile(file, 'utf8', (err, text) => {
  if (err) {
    console.error(`cannot read ${file}: ${err.message}`);
    process.exitCode = 1;
    return;
  }
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  const words = text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];
  const counts = new Map();
  for (const w of words) if (w.length > 3) counts.set(w, (counts.get(w) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5);
  console.log(`${path.basename(file)}: ${lines} lines, ${words.length} words, ${Buffer.byteLength(text)} bytes`);
  console.table(top.map(([word, count]) => ({ word, count })));
});
