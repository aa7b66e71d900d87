#!/usr/bin/env bash
# Runs bench/core.js under node (NODE, default node24) and nodec (NODEC, default build/nodec) and
# prints each case's ops/sec side by side with the ratio nodec/node (>= 1.0 means nodec is faster).
set -euo pipefail
cd "$(dirname "$0")/.."
NODE=${NODE:-$(command -v node24 || command -v node)}
NODEC=${NODEC:-build/nodec}
a=$(mktemp) b=$(mktemp)
trap 'rm -f "$a" "$b"' EXIT
"$NODE" bench/core.js "$@" >"$a"
"$NODEC" bench/core.js "$@" >"$b"
printf '%-26s %14s %14s %8s\n' case node nodec ratio
join -t: <(sort "$a") <(sort "$b") | while IFS=: read -r name n c; do
  n=${n% ops/sec}; c=${c% ops/sec}
  awk -v name="$name" -v n="$n" -v c="$c" 'BEGIN { printf "%-26s %14d %14d %8.2f\n", name, n, c, c / n }'
done
