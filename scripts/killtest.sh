#!/usr/bin/env bash
# Kills `pagelens-cli add` with SIGKILL at random moments for ROUNDS rounds (default 200) and checks
# the library after each (tests/integration/tst_crashsafety.cpp). SEED replays a run.
# Usage: scripts/killtest.sh [ROUNDS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build -j2 --target tst_crashsafety pagelens-cli >/dev/null
export PAGELENS_KILL_ROUNDS=${1:-200}
[ -z "${2:-}" ] || export PAGELENS_KILL_SEED=$2
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='*.debug=false' OMP_THREAD_LIMIT=1
exec build/tests/tst_crashsafety
