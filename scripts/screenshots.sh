#!/usr/bin/env bash
# Screenshot tour: runs the real window under Xvfb through the main screens and writes PNGs into
# OUTDIR (library tree, indexing progress, search, results grouped by document, find and select, page layers turned and not, filters, context menu, 800 × 600, key needed,
# privacy choice, consent preview, settings, help, shortcuts), then the main screen again at 200 %
# scaling. Needs Xvfb and a build (cmake --build build --target pagelens-screentour).
# Usage: scripts/screenshots.sh OUTDIR [DISPLAY_NUMBER]
set -euo pipefail
out=${1:?usage: scripts/screenshots.sh OUTDIR [DISPLAY_NUMBER]}
display=":${2:-${PAGELENS_SCREENSHOT_DISPLAY:-97}}"
root=$(cd "$(dirname "$0")/.." && pwd)
tour="$root/build/tests/pagelens-screentour"
corpus="${PAGELENS_SHARED:-$root/../shared}/corpus"
[ -x "$tour" ] || { echo "build pagelens-screentour first: cmake --build build --target pagelens-screentour" >&2; exit 1; }
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
# A blank profile: settings and keychain lookups of the person running this are not touched.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" DISPLAY="$display"
export QT_QPA_PLATFORM=xcb
unset GOOGLE_API_KEY GEMINI_API_KEY OPENAI_API_KEY
mkdir -p "$HOME"
# A small library: text PDFs, a scan, a locked PDF and broken files in subfolders.
docs="$work/docs"
mkdir -p "$docs/reports/court" "$docs/scans" "$docs/broken"
cp "$corpus/pdfs/pdfplumber-scotus-transcript-p1.pdf" "$corpus/pdfs/pypdf-multicolumn.pdf" "$docs/reports/court/"
cp "$corpus/pdfs/docling-normal_4pages.pdf" "$corpus/pdfs/docling-2206.01062_pg3-password-1234.pdf" "$docs/reports/"
cp "$corpus/images/pypdf-coati-photo.jpg" "$docs/scans/"
cp "$corpus/broken/qpdf-bad1.pdf" "$corpus/broken/pdfplumber-empty.pdf" "$docs/broken/"
"$tour" "$out" "$work/library" "$docs"
# The same library at 200 % (QT_SCALE_FACTOR=2) on a 4K-like screen.
kill $xvfb; wait $xvfb 2>/dev/null || true
Xvfb "$display" -screen 0 2800x1800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
mkdir -p "$work/scaled"
QT_SCALE_FACTOR=2 "$tour" "$work/scaled" "$work/library" "$docs"
for shot in 02-library-tree 03-search-results 06-narrow-800x600; do
    [ -f "$work/scaled/$shot.png" ] && cp "$work/scaled/$shot.png" "$out/${shot}-scale200.png"
done
ls "$out"
