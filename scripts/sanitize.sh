#!/usr/bin/env bash
# Builds the asan preset (clang-16, AddressSanitizer + UndefinedBehaviorSanitizer, build-asan/) and runs
# the unit and integration tests under it, then prints the build and test times. Extra arguments go
# to ctest (e.g. -R tst_catalog). Suppressions: tests/sanitize/lsan.supp (each one justified there).
# Usage: scripts/sanitize.sh [CTEST-ARGS...]
set -euo pipefail
cd "$(dirname "$0")/.."

symbolizer=$(command -v llvm-symbolizer-16 || command -v llvm-symbolizer || true)
[ -z "$symbolizer" ] || export ASAN_SYMBOLIZER_PATH=$symbolizer

start=$(date +%s)
cmake --preset asan >/dev/null
cmake --build --preset asan -j2
built=$(date +%s)
status=0
ctest --preset asan "$@" || status=$?
done=$(date +%s)
echo "sanitize: build $((built - start)) s, tests $((done - built)) s, exit status $status"
exit $status
