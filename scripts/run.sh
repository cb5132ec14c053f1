#!/usr/bin/env bash
# Sets up and starts PageLens: the GUI on a library when there is a display; headless otherwise
# (indexes FOLDER, default the shared corpus, and prints search results for QUERY).
#   scripts/run.sh [FOLDER] [QUERY]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
folder="${1:-../shared/corpus}"
query="${2:-scanned letter}"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec build/app/pagelens "$folder"
fi
echo "No display: indexing $folder headless (pagelens-cli)." >&2
build/app/pagelens-cli add "$folder" || true
exec build/app/pagelens-cli search "$query"
