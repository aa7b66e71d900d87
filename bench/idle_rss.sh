#!/usr/bin/env bash
# Idle keep-alive connections: bench/http_hello.js under nodec, node 24 and bun (when on PATH) in
# one run. bench/idle_client.py opens COUNT (10,000) keep-alive connections, sends one
# `GET / HTTP/1.1` on each, reads the response and leaves them idle; the server's VmRSS is read
# before connecting (baseline) and with all of them open. Prints both, the KB per connection and
# nodec/node ratios (issue target: nodec RSS <= node's). The client gives up after TIMEOUT (60) s.
# Node's http server closes keep-alive connections idle for 5 s (keepAliveTimeout), so the client
# opens them quickly and measures at once; the `open` column shows how many were still held.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
NODEC=${NODEC:-./build/nodec}
NODE=${NODE:-$(command -v node24 || command -v node)}
BUN=${BUN:-$(command -v bun || true)}
COUNT=${COUNT:-10000}
TIMEOUT=${TIMEOUT:-60}
bash "$(dirname "$0")/../scripts/deps.sh" --bench

# server and client each hold COUNT sockets; 30000 if the hard limit allows, else the hard limit
ulimit -n 30000 2>/dev/null || ulimit -n "$(ulimit -Hn)"
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((COUNT + 100)) ]; then
  echo "idle_rss.sh: open-files limit $(ulimit -n) is too low for $COUNT connections" >&2; exit 1
fi

source bench/common.sh

rss_kb() { awk '/^VmRSS:/{print $2}' "/proc/$1/status"; }

run() { # name runtime -> "name base_kb loaded_kb open seconds"
  local name=$1 port pid base out
  port=$(free_port)
  "$2" bench/http_hello.js "$port" >/dev/null 2>"$dir/$name.err" &
  pid=$!
  pids+=("$pid")
  for i in $(seq 101); do
    (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break
    if ! kill -0 "$pid" 2>/dev/null || [ "$i" = 101 ]; then
      echo "idle_rss.sh: $name is not listening on $port:" >&2; cat "$dir/$name.err" >&2; return 1
    fi
    sleep 0.1
  done
  sleep 0.5
  base=$(rss_kb "$pid")
  if ! out=$(python3 bench/idle_client.py "$port" "$pid" "$COUNT" "$TIMEOUT"); then
    echo "idle_rss.sh: client failed against $name" >&2
    kill -0 "$pid" 2>/dev/null || { echo "idle_rss.sh: $name died:" >&2; cat "$dir/$name.err" >&2; }
    return 1
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$name $base $out"
}

results=$(run nodec "$NODEC"; run node "$NODE"; if [ -n "$BUN" ]; then run bun "$BUN"; fi)
python3 - "$results" "$COUNT" <<'PY'
import sys
rows = [l.split() for l in sys.argv[1].strip().splitlines()]
count = int(sys.argv[2])
res = {r[0]: (int(r[1]), int(r[2]), int(r[3]), float(r[4])) for r in rows}
print(f"{count} idle keep-alive connections (one GET each) to bench/http_hello.js")
print(f"{'runtime':8s} {'base MB':>8s} {'idle MB':>8s} {'KB/conn':>8s} {'open':>6s} {'connect s':>10s}")
for name, (base, idle, n, secs) in res.items():
    print(f"{name:8s} {base / 1024:8.1f} {idle / 1024:8.1f} {(idle - base) / count:8.2f} {n:6d} {secs:10.2f}")
nb, ni = res['nodec'][:2]
ob, oi = res['node'][:2]
print(f"nodec/node RSS with connections = {ni / oi:.2f}x   (target <= 1.00)")
print(f"nodec/node KB per connection    = {(ni - nb) / (oi - ob):.2f}x")
PY
