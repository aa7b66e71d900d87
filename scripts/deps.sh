#!/usr/bin/env bash
# Installs every Debian package that building, testing and benchmarking nodec needs.
# Idempotent: quiet and fast when everything is already present.
set -euo pipefail

PKGS=(
  build-essential pkg-config clang
  libjavascriptcoregtk-4.1-dev   # the engine (JSC C API)
  libuv1-dev                     # the event loop
  libssl-dev zlib1g-dev libbrotli-dev libzstd-dev libc-ares-dev libnghttp2-dev
  libclang-rt-14-dev             # ASan/UBSan/libFuzzer runtimes for clang
  python3 openssl ca-certificates
  nodejs                         # reference runtime: golden outputs are checked against it
  hyperfine wrk                  # benchmarks
  libjavascriptcoregtk-4.0-bin   # bare `jsc` for the startup benchmark baseline
)

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# node may come from outside Debian (e.g. a preinstalled binary); don't fight it.
if command -v node >/dev/null 2>&1; then
  missing=("${missing[@]/nodejs}")
fi
missing=($(printf '%s\n' "${missing[@]}" | sed '/^$/d'))
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
