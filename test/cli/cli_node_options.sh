#!/usr/bin/env bash
# NODE_OPTIONS: parsed before the command line's options, applied, but not listed in process.execArgv;
# unknown or disallowed options there exit 9 as node does.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

printf 'globalThis.preloaded = "yes";\n' > "$tmp/pre load.js"
out=$(NODE_OPTIONS="--no-deprecation -r \"$tmp/pre load.js\"" "$NODEC" -e 'require("sys"); console.log(preloaded, process.execArgv.length)' 2>"$tmp/err")
[ "$out" = "yes 2" ] || fail "preload from NODE_OPTIONS: got [$out]"
[ ! -s "$tmp/err" ] || fail "--no-deprecation from NODE_OPTIONS: stderr [$(cat "$tmp/err")]"

code=0
NODE_OPTIONS="--definitely-not-an-option" "$NODEC" -e 0 2>"$tmp/err" || code=$?
[ "$code" = 9 ] || fail "bad option in NODE_OPTIONS exits 9, got $code"
grep -q -- '--definitely-not-an-option is not allowed in NODE_OPTIONS' "$tmp/err" || fail "bad option message"

code=0
NODE_OPTIONS="-e 1" "$NODEC" -e 0 2>"$tmp/err" || code=$?
[ "$code" = 9 ] || fail "-e in NODE_OPTIONS exits 9, got $code"
echo ok
