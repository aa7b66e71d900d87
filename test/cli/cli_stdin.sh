#!/usr/bin/env bash
# Programs from stdin (no script / '-') and process.stdin reading from a pipe.
set -euo pipefail
: "${NODEC:?set NODEC to the runtime binary}"
fail() { echo "FAIL: $*" >&2; exit 1; }
eq() { [ "$1" == "$2" ] || fail "$3: expected [$2], got [$1]"; }

eq "$(echo 'console.log(1+1)' | "$NODEC")" "2" "script from stdin"
eq "$(echo 'console.log(JSON.stringify(process.argv.slice(1)), __filename)' | "$NODEC" - x y)" '["-","x","y"] [stdin]' "'-' reads stdin with args"
eq "$(printf 'const a = 1;\nconst b = 2;\nconsole.log(a + b)\n' | "$NODEC" -)" "3" "multi-line stdin"
eq "$(echo hi | "$NODEC" -e "process.stdin.on('data', d => process.stdout.write(d.toString().toUpperCase()))")" "HI" "stdin data event"
eq "$(printf 'a\nb\nc\n' | "$NODEC" -e "let s=''; process.stdin.setEncoding('utf8'); process.stdin.on('data', d => s += d); process.stdin.on('end', () => console.log(JSON.stringify(s)))")" '"a\nb\nc\n"' "stdin end event"
eq "$(printf 'xyz' | "$NODEC" -e "console.log(require('fs').readFileSync(0, 'utf8'))")" "xyz" "readFileSync(0)"
# a larger payload than one pipe buffer arrives whole
got=$(head -c 200000 /dev/zero | tr '\0' 'a' | "$NODEC" -e "let n=0; process.stdin.on('data', d => n += d.length); process.stdin.on('end', () => console.log(n))")
eq "$got" "200000" "large stdin"
eq "$("$NODEC" -e "process.stdin.on('end', () => console.log('end on empty')); process.stdin.resume()" < /dev/null)" "end on empty" "empty stdin ends"
# for-await over stdin
eq "$(printf 'p\nq\n' | "$NODEC" -e "(async () => { let s = ''; for await (const c of process.stdin) s += c; console.log(s.trim().split('\n').join(',')); })()")" "p,q" "async iteration of stdin"
echo ok
