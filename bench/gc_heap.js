'use strict';
// Allocation after building a big heap: 1.5M objects in a Map plus a 128 MB Buffer, then a loop of
// short-lived JSON.parse results and small Buffers. argv[2] 'live' keeps the big heap alive through
// the loop; 'dropped' lets go of it first, so how soon the engine collects it shows in the loop's
// time and the peak RSS (see JSC_heapGrowthMaxIncrease in src/runtime/runtime.c).
// Prints "ms peakRssMB". bench/gc.sh runs it under nodec and node.
let live = new Map();
for (let i = 0; i < 1.5e6; i++) live.set('k' + i, { a: i, b: 'v' + i, c: [i] });
let big = Buffer.alloc(128 << 20, 1);
const keep = process.argv[2] === 'live';
if (!keep) live = big = null;
const t = process.hrtime.bigint();
let sum = 0;
for (let i = 0; i < 1e6; i++) {
  const o = JSON.parse('{"x":' + i + ',"y":[1,2,3],"z":"hello"}');
  sum += o.x + Buffer.from('abc' + i).length;
}
const ms = Number(process.hrtime.bigint() - t) / 1e6;
if (sum < 0 || (keep && (live.size === 0 || big.length === 0))) throw new Error('unreachable');
console.log(`${ms.toFixed(0)} ${Math.round(process.resourceUsage().maxRSS / 1024)}`);
