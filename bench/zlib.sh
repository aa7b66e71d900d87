#!/usr/bin/env bash
# zlib speed: bench/zlib.js under nodec and node in one run, ratios node_time / nodec_time
# (>= 1.0 means nodec is at least as fast; the issue's target).
set -euo pipefail
bash "$(dirname "$0")/../scripts/deps.sh" --bench
cd "$(dirname "$0")/.."
NODEC=${NODEC:-./build/nodec}
NODE=${NODE:-$(command -v node24 || command -v node)}
a=$($NODEC bench/zlib.js)
b=$($NODE bench/zlib.js)
python3 - "$a" "$b" <<'PY'
import json, sys
nodec, node = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"{'case':26s} {'nodec ms':>10s} {'node ms':>10s} {'speed vs node':>14s}")
for k in nodec:
    print(f"{k:26s} {nodec[k]:10.1f} {node[k]:10.1f} {node[k] / nodec[k]:13.2f}x")
PY
