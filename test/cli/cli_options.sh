#!/usr/bin/env bash
# Option parsing: unknown options, '--', -r/--require preloads, V8-style flags accepted.
set -euo pipefail
: "${NODEC:?set NODEC to the runtime binary}"
fail() { echo "FAIL: $*" >&2; exit 1; }
eq() { [ "$1" == "$2" ] || fail "$3: expected [$2], got [$1]"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

code=0
"$NODEC" --definitely-not-an-option -e 0 2> "$tmp/err" || code=$?
eq "$code" "9" "unknown option exit code"
grep -q 'bad option' "$tmp/err" || fail "unknown option stderr: $(cat "$tmp/err")"
grep -q -- '--definitely-not-an-option' "$tmp/err" || fail "unknown option not named"

code=0
"$NODEC" --max-old-space-size=100 -e 0 || code=$?
eq "$code" "0" "--max-old-space-size accepted"
eq "$("$NODEC" --stack-size=2000 -p 1)" "1" "--stack-size accepted"

# '--' ends runtime options: the next word is the script, later words are its args
echo 'console.log(JSON.stringify(process.argv.slice(2)))' > "$tmp/args.js"
eq "$("$NODEC" -- "$tmp/args.js" --foo -- bar)" '["--foo","--","bar"]' "-- then script"
eq "$("$NODEC" "$tmp/args.js" -e x)" '["-e","x"]' "options after the script belong to it"

# -r / --require preloads run before the main module, in order, sharing the process
echo 'globalThis.order = (globalThis.order || []).concat("pre1");' > "$tmp/pre1.js"
echo 'globalThis.order = (globalThis.order || []).concat("pre2"); console.log("main is", require.main === undefined ? "not set yet" : "set");' > "$tmp/pre2.js"
echo 'console.log(globalThis.order.concat("main").join(","))' > "$tmp/main.js"
eq "$("$NODEC" -r "$tmp/pre1.js" --require "$tmp/pre2.js" "$tmp/main.js")" "main is not set yet
pre1,pre2,main" "-r preloads"
eq "$("$NODEC" -r "$tmp/pre1.js" -p 'globalThis.order.join()')" "pre1" "-r with -p"
# relative preload path is resolved from the cwd
(cd "$tmp" && eq "$("$NODEC" -r ./pre1.js main.js)" "pre1,main" "relative -r")
code=0
"$NODEC" -r "$tmp/missing.js" -e 0 2> "$tmp/err" || code=$?
eq "$code" "1" "missing preload exit code"
grep -q 'Cannot find module' "$tmp/err" || fail "missing preload stderr"

# a missing main script
code=0
"$NODEC" "$tmp/nope.js" 2> "$tmp/err" || code=$?
eq "$code" "1" "missing script exit code"
grep -q "Cannot find module '$tmp/nope.js'" "$tmp/err" || fail "missing script stderr: $(cat "$tmp/err")"
grep -q "MODULE_NOT_FOUND" "$tmp/err" || fail "missing script code"
# the script path may omit .js and may be a directory with index.js
eq "$("$NODEC" "$tmp/args" 1)" '["1"]' "script without extension"
mkdir "$tmp/dir" && echo 'console.log("dir main")' > "$tmp/dir/index.js"
eq "$("$NODEC" "$tmp/dir")" "dir main" "directory as script"
echo ok
