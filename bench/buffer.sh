#!/usr/bin/env bash
# Buffer throughput, nodec vs node side by side (see bench/ops.sh, bench/buffer.js).
exec bash "$(dirname "$0")/ops.sh" bench/buffer.js "$@"
