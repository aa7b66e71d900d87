#!/usr/bin/env bash
# Process-level behaviour seen from outside: signals end the process, stdout to a closed pipe,
# stdout/stderr separation, big synchronous output is complete.
set -euo pipefail
: "${NODEC:?set NODEC to the runtime binary}"
fail() { echo "FAIL: $*" >&2; exit 1; }
eq() { [ "$1" == "$2" ] || fail "$3: expected [$2], got [$1]"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

out=$("$NODEC" -e 'console.log("out"); console.error("err")' 2> "$tmp/err")
eq "$out" "out" "stdout only"
eq "$(cat "$tmp/err")" "err" "stderr only"
# 1MB written then process exits: nothing lost
n=$("$NODEC" -e 'process.stdout.write("x".repeat(1 << 20))' | wc -c)
eq "$n" "1048576" "large stdout complete"
n=$("$NODEC" -e 'for (let i = 0; i < 20000; i++) console.log(i)' | tail -1)
eq "$n" "19999" "many console.log lines complete"
# an uncaught SIGTERM kills the process with the signal (shell sees 128+15)
code=0
"$NODEC" -e 'process.kill(process.pid, "SIGTERM"); setTimeout(() => {}, 2000)' || code=$?
eq "$code" "143" "SIGTERM exit status"
# a SIGTERM listener keeps the process alive
out=$("$NODEC" -e 'process.on("SIGTERM", () => { console.log("got SIGTERM"); process.exit(0) }); process.kill(process.pid, "SIGTERM"); setTimeout(() => {}, 2000)')
eq "$out" "got SIGTERM" "SIGTERM listener"
# the process ends when the loop is empty even if stdin is an open pipe nobody reads
exec 3< <(sleep 20 > /dev/null 2>&1)
writer=$!
code=0
out=$(timeout 10 "$NODEC" -e 'console.log("done")' <&3) || code=$?
exec 3<&-
kill "$writer" 2> /dev/null || true
eq "$code" "0" "unread stdin does not keep the process alive"
eq "$out" "done" "unread stdin output"
echo ok
