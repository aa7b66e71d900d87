#!/usr/bin/env bash
# Installs the Debian packages nodec needs. Idempotent: quiet and fast when all are present.
#   scripts/deps.sh          what building and testing need (make run / make test / CI)
#   scripts/deps.sh --bench  also what the benchmarks compare against (make bench)
set -euo pipefail

PKGS=(
  build-essential pkg-config clang python3 openssl ca-certificates
  libjavascriptcoregtk-4.1-dev   # the engine (JSC C API)
  libuv1-dev                     # the event loop
  libssl-dev zlib1g-dev libdeflate-dev libbrotli-dev libzstd-dev libc-ares-dev libnghttp2-dev  # field libraries
  libclang-rt-14-dev             # ASan/UBSan/libFuzzer runtimes (make asan, make fuzz)
)
if [ "${1:-}" = "--bench" ]; then
  PKGS+=(
    hyperfine wrk                  # timing and HTTP load
    libjavascriptcoregtk-4.0-bin   # a bare `jsc` for the start-up baseline
    nginx-light                    # the static-file baseline
    time                           # /usr/bin/time for peak RSS
  )
fi

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
