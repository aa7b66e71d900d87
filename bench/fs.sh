#!/bin/sh
# fs benchmarks side by side: nodec vs node 24 in one run; ratio = node ms / nodec ms (>1: nodec faster).
cd "$(dirname "$0")/.."
NODEC=${NODEC:-./build/nodec}
NODE=${NODE:-$(command -v node24 || command -v node)}
$NODEC bench/fs.js > /tmp/fsbench.nodec.$$ || exit 1
$NODE bench/fs.js > /tmp/fsbench.node.$$ || exit 1
printf '%-28s %10s %10s %7s\n' case nodec_ms node_ms ratio
join /tmp/fsbench.nodec.$$ /tmp/fsbench.node.$$ | awk '{ printf "%-28s %10.1f %10.1f %7.2f\n", $1, $2, $3, $3 / $2 }'
rm -f /tmp/fsbench.nodec.$$ /tmp/fsbench.node.$$
