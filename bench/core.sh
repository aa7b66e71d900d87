#!/usr/bin/env bash
# emit / util.inspect / URL throughput, nodec vs node side by side (see bench/ops.sh, bench/core.js).
exec bash "$(dirname "$0")/ops.sh" bench/core.js "$@"
