#!/usr/bin/env bash
# Syntax errors in the main script and in a required file: exit 1, stderr names the file.
set -euo pipefail
: "${NODEC:?set NODEC to the runtime binary}"
fail() { echo "FAIL: $*" >&2; exit 1; }
eq() { [ "$1" == "$2" ] || fail "$3: expected [$2], got [$1]"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fixture=test/fixtures/cjs/errors/syntax_error.js
code=0
"$NODEC" -e "require('./test/fixtures/cjs/errors/requires_syntax_error')" > "$tmp/out" 2> "$tmp/err" || code=$?
eq "$code" "1" "required syntax error exit code"
grep -q 'syntax_error.js' "$tmp/err" || { cat "$tmp/err" >&2; fail "stderr must name the file"; }
grep -q 'SyntaxError' "$tmp/err" || fail "stderr must say SyntaxError"
[ ! -s "$tmp/out" ] || fail "nothing on stdout"

printf 'console.log("never");\nlet = = 2;\n' > "$tmp/main_bad.js"
code=0
"$NODEC" "$tmp/main_bad.js" > "$tmp/out" 2> "$tmp/err" || code=$?
eq "$code" "1" "main syntax error exit code"
grep -q 'main_bad.js' "$tmp/err" || { cat "$tmp/err" >&2; fail "stderr must name the main file"; }
grep -q 'SyntaxError' "$tmp/err" || fail "main: SyntaxError"
[ ! -s "$tmp/out" ] || fail "a script with a syntax error must not run at all"

code=0
"$NODEC" -e 'console.log("never"); )' > "$tmp/out" 2> "$tmp/err" || code=$?
eq "$code" "1" "-e syntax error exit code"
grep -q 'SyntaxError' "$tmp/err" || fail "-e: SyntaxError"
[ ! -s "$tmp/out" ] || fail "-e syntax error must not run"

# a syntax error is catchable from the requiring module
out=$("$NODEC" -e "try { require('./$fixture') } catch (e) { console.log(e.name, e instanceof SyntaxError) }")
eq "$out" "SyntaxError true" "catchable SyntaxError"
# bad JSON file names the file
code=0
"$NODEC" -e "require('./test/fixtures/cjs/json/bad.json')" 2> "$tmp/err" || code=$?
eq "$code" "1" "bad json exit code"
grep -q 'bad.json' "$tmp/err" || fail "bad json: file named"
echo ok
