#!/usr/bin/env bash
# bench/gc_heap.js under nodec and node 24 in one run: loop time and peak RSS after building a big heap,
# kept alive or dropped. Ratio node/nodec (>= 1.0: nodec as fast or faster).
set -euo pipefail
cd "$(dirname "$0")/.."
NODE=${NODE:-$(command -v node24 || command -v node)}
NODEC=${NODEC:-build/nodec}
printf '%-10s %10s %10s %12s %12s %8s\n' case nodec_ms node_ms nodec_rss_mb node_rss_mb ratio
for mode in live dropped; do
  read -r cm cr < <("$NODEC" bench/gc_heap.js "$mode")
  read -r nm nr < <("$NODE" bench/gc_heap.js "$mode")
  awk -v m="$mode" -v cm="$cm" -v nm="$nm" -v cr="$cr" -v nr="$nr" \
    'BEGIN { printf "%-10s %10d %10d %12d %12d %8.2f\n", m, cm, nm, cr, nr, nm / cm }'
done
