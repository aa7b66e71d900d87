'use strict';
// The throughput harness of bench/buffer.js and bench/core.js: bench(name, fn) prints
// "name: N ops/sec". Runs on node and nodec alike. Optional argv[2]: a substring to select cases;
// BENCH_MS (per round, default 300) and BENCH_ROUNDS (default 3) set the effort.

const ms = Number(process.env.BENCH_MS) || 300;
const filter = process.argv[2] || '';

// Time is the process's CPU time (user + system, all threads) by default: on a shared machine a
// descheduled process would otherwise look slow. It also charges each engine for its helper threads
// (JSC's parallel GC markers and JIT compilers, V8's): BENCH_CLOCK=wall measures elapsed time
// instead, the throughput a program sees. Each case runs `rounds` timed rounds; the best counts.
const rounds = Number(process.env.BENCH_ROUNDS) || 3;
const wallClock = process.env.BENCH_CLOCK === 'wall';
function cpuMs() {
  if (wallClock) return performance.now();
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

// Keeps results alive so the engines cannot drop the work.
function touch(r) { return r === undefined || r === null ? 0 : r.length ?? 1; }

function bench(name, fn) {
  if (!name.includes(filter)) return;
  let sink = 0;
  // Warm up so both engines have compiled the path.
  const warmEnd = cpuMs() + ms / 3;
  while (cpuMs() < warmEnd) sink += touch(fn());
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    let ops = 0;
    let batch = 1;
    const t0 = cpuMs();
    let elapsed = 0;
    while (elapsed < ms) {
      for (let i = 0; i < batch; i++) sink += touch(fn());
      ops += batch;
      if (batch < 1 << 16) batch *= 2;
      elapsed = cpuMs() - t0;
    }
    best = Math.max(best, ops / (elapsed / 1000));
  }
  if (sink === -1) console.log('');
  console.log(`${name}: ${Math.round(best)} ops/sec`);
}

module.exports = { bench };
