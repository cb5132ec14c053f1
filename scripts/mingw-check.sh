#!/usr/bin/env bash
# Compiles the Windows halves of the Qt-free platform code (core/ingest/memorycap.cpp: the worker's
# job-object memory cap) with the MinGW-w64 cross compiler, warnings as errors. It proves they
# compile against the Windows headers, not that they run: the Windows build and its tests are
# .github/workflows/build.yml's. Installs the compiler (apt: g++-mingw-w64-x86-64-posix) when
# missing and run as root.
#   scripts/mingw-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
compiler=x86_64-w64-mingw32-g++-posix
if ! command -v "$compiler" >/dev/null; then
    [ "$(id -u)" -eq 0 ] || { echo "mingw-check: needs $compiler (apt-get install g++-mingw-w64-x86-64-posix)" >&2; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends g++-mingw-w64-x86-64-posix >/dev/null ||
        { apt-get -qq update && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends g++-mingw-w64-x86-64-posix >/dev/null; }
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for source in core/ingest/memorycap.cpp; do
    "$compiler" -std=c++20 -Wall -Wextra -Werror -I. -c "$source" -o "$work/$(basename "$source" .cpp).o"
    # The Windows calls really are in the object (not compiled out by a wrong #if).
    x86_64-w64-mingw32-nm "$work/$(basename "$source" .cpp).o" | grep -q AssignProcessToJobObject
    echo "mingw-check: $source compiles for Windows"
done
