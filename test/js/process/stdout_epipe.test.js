'use strict';
// `nodec script | head -1`: once the reader has gone, console.log's EPIPE must not surface as an
// uncaught error (node's console parks a no-op 'error' listener from the write callback). Exit 0,
// nothing on stderr.
const { spawnSync } = require('child_process');
const assert = require('assert');

const script = 'for (let i = 0; i < 200000; i++) console.log("line " + i);';
const r = spawnSync('sh', ['-c', `"${process.execPath}" -e '${script}' 2>err${process.pid}.txt | head -1; cat err${process.pid}.txt; rm -f err${process.pid}.txt`], {
  encoding: 'utf8', cwd: require('os').tmpdir(), timeout: 20000,
});
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, 'line 0\n');
console.log('ok');
