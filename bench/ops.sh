#!/usr/bin/env bash
# Runs an ops/sec benchmark file (bench/buffer.js, bench/core.js: lines "name: N ops/sec") under node
# (NODE, default node24) and nodec (NODEC, default build/nodec) and prints each case side by side
# with the ratio nodec/node (>= 1.0 means nodec is faster). Usage: bench/ops.sh FILE [filter]
# The two run in turn BENCH_RUNS times (default 2) and each keeps its best per case: on a shared
# machine a slow spell then hits one run of one engine, not the ratio.
set -euo pipefail
bash "$(dirname "$0")/../scripts/deps.sh" --bench
cd "$(dirname "$0")/.."
file=$1
shift
NODE=${NODE:-$(command -v node24 || command -v node)}
NODEC=${NODEC:-build/nodec}
runs=${BENCH_RUNS:-2}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for ((i = 0; i < runs; i++)); do
  "$NODE" "$file" "$@" >>"$dir/node"
  "$NODEC" "$file" "$@" >>"$dir/nodec"
done
best() { awk -F': ' '{ n = $2 + 0; if (!($1 in m) || n > m[$1]) m[$1] = n } END { for (k in m) print k ":" m[k] }' "$1" | sort; }
printf '%-26s %14s %14s %8s\n' case node nodec ratio
join -t: <(best "$dir/node") <(best "$dir/nodec") | while IFS=: read -r name n c; do
  awk -v name="$name" -v n="$n" -v c="$c" 'BEGIN { printf "%-26s %14d %14d %8.2f\n", name, n, c, c / n }'
done
