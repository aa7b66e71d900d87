#!/usr/bin/env bash
# -v/--version and -h/--help.
set -euo pipefail
: "${NODEC:?set NODEC to the runtime binary}"
fail() { echo "FAIL: $*" >&2; exit 1; }

v=$("$NODEC" -v)
[[ "$v" == v24.* ]] || fail "-v printed [$v]"
[[ "$v" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "-v format [$v]"
[ "$("$NODEC" --version)" == "$v" ] || fail "--version differs from -v"
[ "$("$NODEC" -p process.version)" == "$v" ] || fail "process.version differs from -v"
h=$("$NODEC" -h) || fail "-h exit code $?"
[[ "$h" == *Usage:* ]] || fail "-h has no Usage:"
[[ "$h" == *--eval* ]] || fail "-h does not mention --eval"
"$NODEC" --help > /dev/null || fail "--help exit code"
# -v after a script name belongs to the script
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo 'console.log(JSON.stringify(process.argv.slice(2)))' > "$tmp/a.js"
[ "$("$NODEC" "$tmp/a.js" -v --version -h)" == '["-v","--version","-h"]' ] || fail "flags after the script must reach it"
echo ok
