#!/bin/bash
# Runs bench/crypto.js under nodec and node 24 in the same run and prints time per case and the
# ratio node/nodec (>= 1.0 means nodec is as fast or faster).
cd "$(dirname "$0")/.."
NODEC=${NODEC:-./build/nodec}
NODE=${NODE:-$(command -v node24 || command -v node)}
a=$($NODEC bench/crypto.js) || exit 1
b=$($NODE bench/crypto.js) || exit 1
python3 - "$a" "$b" <<'PY'
import json, sys
c, n = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"{'case':28} {'nodec ms':>10} {'node ms':>10} {'node/nodec':>10}")
for k in c:
    print(f"{k:28} {c[k]:10.1f} {n[k]:10.1f} {n[k]/c[k]:10.2f}")
PY
