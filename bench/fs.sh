#!/bin/sh
# fs benchmarks side by side: nodec vs node 24 in one run; ratio = node ms / nodec ms (>1: nodec faster).
# Each runtime runs ROUNDS times (default 3), alternating, and each case keeps its best time: the
# first cases otherwise pay for the writeback of the files the script has just created, whoever
# runs first.
cd "$(dirname "$0")/.."
NODEC=${NODEC:-./build/nodec}
NODE=${NODE:-$(command -v node24 || command -v node)}
ROUNDS=${ROUNDS:-3}
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
i=0
while [ "$i" -lt "$ROUNDS" ]; do
  $NODEC bench/fs.js >> "$t/nodec" || exit 1
  $NODE bench/fs.js >> "$t/node" || exit 1
  i=$((i + 1))
done
best() { awk '!($1 in m) || $2 < m[$1] { m[$1] = $2 } END { for (k in m) print k, m[k] }' "$1" | sort; }
best "$t/nodec" > "$t/nodec.best"
best "$t/node" > "$t/node.best"
printf '%-28s %10s %10s %7s\n' case nodec_ms node_ms ratio
join "$t/nodec.best" "$t/node.best" | awk '{ printf "%-28s %10.1f %10.1f %7.2f\n", $1, $2, $3, $3 / $2 }'
