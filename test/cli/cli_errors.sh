#!/usr/bin/env bash
# Fatal errors: uncaught exceptions, unhandled rejections, exit codes and their stderr shape.
set -euo pipefail
: "${NODEC:?set NODEC to the runtime binary}"
fail() { echo "FAIL: $*" >&2; exit 1; }
eq() { [ "$1" == "$2" ] || fail "$3: expected [$2], got [$1]"; }
has() { grep -qF -- "$2" "$1" || { echo "--- stderr:" >&2; cat "$1" >&2; fail "$3: stderr lacks [$2]"; }; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# uncaught Error: location line, source line, caret under the throw, message, stack frames
printf 'const x = 1;\nfunction f() {\n  throw new Error("boom");\n}\nf();\n' > "$tmp/boom.js"
code=0
"$NODEC" "$tmp/boom.js" > "$tmp/out" 2> "$tmp/err" || code=$?
eq "$code" "1" "uncaught error exit code"
has "$tmp/err" "$tmp/boom.js:3" "location"
has "$tmp/err" '  throw new Error("boom");' "source line"
grep -qE '^ +\^' "$tmp/err" || fail "caret line missing"
has "$tmp/err" "Error: boom" "message"
grep -qE '^    at ' "$tmp/err" || fail "no '    at ' stack frame"
grep -qE "^    at f \(.*boom\.js:3:[0-9]+\)" "$tmp/err" || fail "no frame for f with file:line:col"
[ ! -s "$tmp/out" ] || fail "stdout should be empty"

# throw of a primitive
code=0
"$NODEC" -e 'throw 1' 2> "$tmp/err" || code=$?
eq "$code" "1" "throw 1 exit code"
# node also shows the source line and a caret for a thrown primitive; JSC's C API reports no
# location for a non-Error exception, so nodec prints the value and the hint only.
grep -qx '1' "$tmp/err" || fail "throw 1 prints the value on its own line"
code=0
"$NODEC" -e 'throw "a string"' 2> "$tmp/err" || code=$?
eq "$code" "1" "throw string exit code"
grep -qx 'a string' "$tmp/err" || fail "thrown string printed"
code=0
"$NODEC" -e 'throw {a: 1}' 2> "$tmp/err" || code=$?
eq "$code" "1" "throw object exit code"
has "$tmp/err" "{ a: 1 }" "thrown object inspected"

# error properties are printed after the stack
code=0
"$NODEC" -e 'const e = new Error("with props"); e.code = "E_X"; throw e' 2> "$tmp/err" || code=$?
eq "$code" "1" "error with props exit code"
has "$tmp/err" "Error: with props" "message"
has "$tmp/err" "code: 'E_X'" "extra property"

# unhandled rejections are fatal (exit 1)
code=0
"$NODEC" -e 'Promise.reject(new Error("rejected!"))' 2> "$tmp/err" || code=$?
eq "$code" "1" "unhandled rejection exit code"
has "$tmp/err" "Error: rejected!" "rejection message"
code=0
"$NODEC" -e 'Promise.reject(42)' 2> "$tmp/err" || code=$?
eq "$code" "1" "unhandled non-error rejection exit code"
has "$tmp/err" 'The promise rejected with the reason "42".' "non-error rejection message"
has "$tmp/err" "ERR_UNHANDLED_REJECTION" "non-error rejection code"
code=0
"$NODEC" -e '(async () => { await null; throw new TypeError("in async") })()' 2> "$tmp/err" || code=$?
eq "$code" "1" "async throw exit code"
has "$tmp/err" "TypeError: in async" "async throw message"
# --unhandled-rejections=warn keeps going
code=0
out=$("$NODEC" --unhandled-rejections=warn -e 'Promise.reject(new Error("w")); setTimeout(() => console.log("alive"), 5)' 2> "$tmp/err") || code=$?
eq "$code" "0" "--unhandled-rejections=warn exit code"
eq "$out" "alive" "--unhandled-rejections=warn continues"

# explicit exits
code=0; "$NODEC" -e 'process.exit(3)' || code=$?; eq "$code" "3" "process.exit(3)"
code=0; "$NODEC" -e 'process.exitCode = 5' || code=$?; eq "$code" "5" "process.exitCode"
code=0; "$NODEC" -e 'process.exit(256 + 4)' || code=$?; eq "$code" "4" "exit code is taken mod 256"
code=0; "$NODEC" -e 'process.on("exit", () => { process.exitCode = 6 })' || code=$?; eq "$code" "6" "exitCode set in exit handler"
# an uncaughtException listener makes the error non-fatal
code=0
out=$("$NODEC" -e 'process.on("uncaughtException", (e) => console.log("handled", e.message)); throw new Error("x")') || code=$?
eq "$code" "0" "handled uncaught exit code"
eq "$out" "handled x" "handled uncaught output"
# throwing inside the uncaughtException handler is exit code 7
code=0
"$NODEC" -e 'process.on("uncaughtException", () => { throw new Error("again") }); throw new Error("x")' 2> /dev/null || code=$?
eq "$code" "7" "error in uncaughtException handler"
# stdout written before the crash is flushed
code=0
out=$("$NODEC" -e 'console.log("before"); process.stdout.write("partial"); throw new Error("late")' 2> /dev/null) || code=$?
eq "$out" "before
partial" "stdout before crash"
echo ok
