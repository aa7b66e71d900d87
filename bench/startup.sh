#!/usr/bin/env bash
# Start-up time of an empty script: nodec vs node vs a bare JavaScriptCore process, one hyperfine run.
# Prints the ratios the foundation issue targets (nodec <= 1.2x bare jsc, <= 0.3x node) and peak RSS.
set -euo pipefail
bash "$(dirname "$0")/../scripts/deps.sh" --bench
cd "$(dirname "$0")/.."
NODEC=${NODEC:-./build/nodec}
NODE=${NODE:-$(command -v node24 || command -v node)}
JSC=${JSC:-$(command -v jsc || true)}
EMPTY=bench/empty.js
out=$(mktemp)
trap 'rm -f "$out" "$out.json"' EXIT

cmds=("$NODEC $EMPTY" "$NODE $EMPTY")
names=(nodec node)
if [ -n "$JSC" ]; then cmds+=("$JSC -e 0"); names+=(jsc); fi
hyperfine -N --warmup 5 --runs ${RUNS:-40} --export-json "$out.json" "${cmds[@]}" >/dev/null
python3 - "$out.json" "${names[@]}" <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))['results']
names = sys.argv[2:]
t = {n: r['mean'] * 1000 for n, r in zip(names, res)}
for n in names:
    print(f'{n:6s} {t[n]:7.2f} ms')
print(f"nodec/node = {t['nodec'] / t['node']:.2f}x   (target <= 0.30)")
if 'jsc' in t:
    print(f"nodec/jsc  = {t['nodec'] / t['jsc']:.2f}x   (target <= 1.20)")
PY
rss() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1; }
r_nodec=$(rss $NODEC -e 0); r_node=$(rss $NODE -e 0)
python3 -c "print(f'peak RSS: nodec {$r_nodec/1024:.1f} MB, node {$r_node/1024:.1f} MB, ratio {$r_nodec/$r_node:.2f}x (target <= 0.60)')"
