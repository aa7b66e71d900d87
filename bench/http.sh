#!/usr/bin/env bash
# http hello-world: bench/http_hello.js under nodec, node 24 and bun (when on PATH) in one run,
# loaded by wrk on 127.0.0.1 (keep-alive, 1 thread, 50 connections). Prints req/s and the server's
# CPU time per request (user+sys from /proc, steadier than req/s on a busy machine), and ratios
# to nodec (>= 1.0 for bun's req/s ratio is the issue's target).
set -euo pipefail
cd "$(dirname "$0")/.."
NODEC=${NODEC:-./build/nodec}
NODE=${NODE:-$(command -v node24 || command -v node)}
BUN=${BUN:-$(command -v bun || true)}
DURATION=${DURATION:-5s}
CONNS=${CONNS:-50}
bash "$(dirname "$0")/../scripts/deps.sh" --bench
source bench/common.sh

run() { # name cmd -> "name rps us_per_req"
  local name=$1 cmd=$2 port pid out t0 t1
  port=$(free_port)
  $cmd bench/http_hello.js "$port" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 50); do
    (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break
    sleep 0.1
  done
  wrk -t1 -c"$CONNS" -d1s "http://127.0.0.1:$port/" >/dev/null  # warm-up (JIT)
  t0=$(awk '{print $14+$15}' /proc/$pid/stat)
  out=$(wrk -t1 -c"$CONNS" -d"$DURATION" "http://127.0.0.1:$port/")
  t1=$(awk '{print $14+$15}' /proc/$pid/stat)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  local rps reqs
  rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  reqs=$(echo "$out" | awk '/requests in/{print $1}')
  echo "$name $rps $(python3 -c "print(($t1-$t0)*1e6/$(getconf CLK_TCK)/$reqs)")"
}

results=$(run nodec "$NODEC"; run node "$NODE"; if [ -n "$BUN" ]; then run bun "$BUN"; fi)
python3 - "$results" <<'PY'
import sys
rows = [l.split() for l in sys.argv[1].strip().splitlines()]
base = {r[0]: (float(r[1]), float(r[2])) for r in rows}
n_rps, n_cpu = base['nodec']
print(f"{'runtime':8s} {'req/s':>10s} {'cpu us/req':>11s} {'nodec req/s ratio':>18s} {'nodec cpu ratio':>16s}")
for name, (rps, cpu) in base.items():
    print(f"{name:8s} {rps:10.0f} {cpu:11.1f} {n_rps / rps:17.2f}x {cpu / n_cpu:15.2f}x")
PY
