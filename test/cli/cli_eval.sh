#!/usr/bin/env bash
# -e / --eval / -p / --print: evaluation, printing, argv and the [eval] module.
set -euo pipefail
: "${NODEC:?set NODEC to the runtime binary}"
fail() { echo "FAIL: $*" >&2; exit 1; }
eq() { [ "$1" == "$2" ] || fail "$3: expected [$2], got [$1]"; }

eq "$("$NODEC" -e 'console.log("hello")')" "hello" "-e"
eq "$("$NODEC" --eval 'console.log(6*7)')" "42" "--eval"
eq "$("$NODEC" -p 1+1)" "2" "-p 1+1"
eq "$("$NODEC" --print '"str"')" "str" "--print string"
eq "$("$NODEC" -p 'undefined')" "undefined" "-p undefined"
eq "$("$NODEC" -p '({a:1})')" "{ a: 1 }" "-p object is inspected"
eq "$("$NODEC" -pe '[1,2]')" "[ 1, 2 ]" "-pe"
eq "$("$NODEC" -p 'null')" "null" "-p null"
eq "$("$NODEC" -e '1+1')" "" "-e prints nothing"
# arguments after the code go to process.argv after execPath
eq "$("$NODEC" -e 'console.log(JSON.stringify(process.argv.slice(1)))' a 'b c')" '["a","b c"]' "-e argv"
eq "$("$NODEC" -e 'console.log(JSON.stringify(process.argv.slice(1)))' -- a -b)" '["a","-b"]' "-e argv after --"
eq "$("$NODEC" -e 'console.log(process.argv[0] === process.execPath)')" "true" "-e argv[0]"
# the eval module: its name, require relative to the cwd, module scope
eq "$("$NODEC" -e 'console.log(__filename, module.id, typeof require, require.main === undefined)')" "[eval] [eval] function true" "-e module"
eq "$("$NODEC" -e 'console.log(require("./test/fixtures/cjs/dir_index"))')" "dir_index/index.js" "-e relative require"
eq "$("$NODEC" -e 'console.log(require("path").basename(require.resolve("./test/fixtures/cjs/pkg_main")))')" "entry.js" "-e require.resolve"
eq "$("$NODEC" -e 'setTimeout(() => console.log("later"), 5); console.log("now")')" "now
later" "-e runs the loop"
eq "$("$NODEC" -p 'Promise.resolve(5)')" "Promise { 5 }" "-p promise is inspected, not awaited"
eq "$("$NODEC" -e 'process.stdout.write("no newline")')" "no newline" "-e stdout.write"
# code from -e is sloppy mode (like a script), 'this' is module.exports-like object
eq "$("$NODEC" -e 'x = 5; console.log(globalThis.x)')" "5" "-e sloppy"
echo ok
