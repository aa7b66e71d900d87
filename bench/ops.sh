#!/usr/bin/env bash
# Runs an ops/sec benchmark file (bench/buffer.js, bench/core.js: lines "name: N ops/sec") under node
# (NODE, default node24) and nodec (NODEC, default build/nodec) and prints each case side by side
# with the ratio nodec/node (>= 1.0 means nodec is faster). Usage: bench/ops.sh FILE [filter]
set -euo pipefail
bash "$(dirname "$0")/../scripts/deps.sh" --bench
cd "$(dirname "$0")/.."
file=$1
shift
NODE=${NODE:-$(command -v node24 || command -v node)}
NODEC=${NODEC:-build/nodec}
a=$(mktemp) b=$(mktemp)
trap 'rm -f "$a" "$b"' EXIT
"$NODE" "$file" "$@" >"$a"
"$NODEC" "$file" "$@" >"$b"
printf '%-26s %14s %14s %8s\n' case node nodec ratio
join -t: <(sort "$a") <(sort "$b") | while IFS=: read -r name n c; do
  n=${n% ops/sec}; c=${c% ops/sec}
  awk -v name="$name" -v n="$n" -v c="$c" 'BEGIN { printf "%-26s %14d %14d %8.2f\n", name, n, c, c / n }'
done
