#!/usr/bin/env bash
# The screenshot tour (tests/tour) in English, German (the longest texts) and Arabic (right to left)
# under Xvfb, each into OUTDIR/<lang>/, then two checks that fail the script:
#  - Arabic is mirrored: the library pane sits right of the viewer (left of it in English);
#  - nothing is clipped: no label or button in German (nor in English) is narrower than its text
#    (OUTDIR/<lang>/layout.txt lists them; the tour writes it).
# Meaningful once translations/pagelens_de.ts and pagelens_ar.ts exist; before that German and
# Arabic fall back to English strings (the Arabic layout is mirrored all the same).
# Needs Xvfb and a build (cmake --build build --target pagelens-screentour).
# Usage: scripts/i18n-screens.sh OUTDIR [DISPLAY_NUMBER]
set -euo pipefail
out=${1:?usage: scripts/i18n-screens.sh OUTDIR [DISPLAY_NUMBER]}
display=":${2:-${PAGELENS_SCREENSHOT_DISPLAY:-82}}"
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
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" DISPLAY="$display"
export QT_QPA_PLATFORM=xcb
unset GOOGLE_API_KEY GEMINI_API_KEY OPENAI_API_KEY LANGUAGE LC_MESSAGES
mkdir -p "$HOME"
docs="$work/docs"
mkdir -p "$docs/reports" "$docs/broken"
cp "$corpus/pdfs/pdfplumber-scotus-transcript-p1.pdf" "$corpus/pdfs/docling-normal_4pages.pdf" "$docs/reports/"
cp "$corpus/pdfs/docling-2206.01062_pg3-password-1234.pdf" "$docs/reports/"
cp "$corpus/broken/qpdf-bad1.pdf" "$docs/broken/"

# QLocale reads LANG / LC_ALL itself, so the locales need not be generated on this machine.
for lang in en:en_US.UTF-8 de:de_DE.UTF-8 ar:ar_EG.UTF-8; do
    code=${lang%%:*}
    rm -rf "$work/library-$code"
    mkdir -p "$out/$code"
    LC_ALL=${lang#*:} LANG=${lang#*:} "$tour" "$out/$code" "$work/library-$code" "$docs" >"$out/$code/tour.log" 2>&1 ||
        echo "the tour failed in $code (see $out/$code/tour.log)" >&2
done

failures=0
value() { awk -v key="$1" '$1 == key { print $2 }' "$out/$2/layout.txt" 2>/dev/null | head -1; }
for code in en ar; do
    [ -f "$out/$code/layout.txt" ] || { echo "FAIL $code: no layout.txt (the tour did not reach the library)"; failures=$((failures + 1)); }
done
en_lib=$(value library-x en); en_view=$(value viewer-x en)
ar_lib=$(value library-x ar); ar_view=$(value viewer-x ar); ar_dir=$(value direction ar)
if [ -n "$en_lib" ] && [ -n "$ar_lib" ]; then
    if [ "$en_lib" -lt "$en_view" ] && [ "$ar_lib" -gt "$ar_view" ] && [ "$ar_dir" = rtl ]; then
        echo "ok   ar: mirrored (library pane at x=$ar_lib right of the viewer at x=$ar_view; English: $en_lib left of $en_view)"
    else
        echo "FAIL ar: not mirrored (direction $ar_dir; library x=$ar_lib, viewer x=$ar_view; English: $en_lib, $en_view)"
        failures=$((failures + 1))
    fi
fi
for code in en de; do
    if [ ! -f "$out/$code/layout.txt" ]; then
        echo "FAIL $code: no layout.txt"; failures=$((failures + 1)); continue
    fi
    clipped=$(grep -c '^clipped ' "$out/$code/layout.txt" || true)
    if [ "$clipped" -eq 0 ]; then
        echo "ok   $code: no label or button clipped"
    else
        echo "FAIL $code: $clipped clipped:"; grep '^clipped ' "$out/$code/layout.txt" | sed 's/^/       /'
        failures=$((failures + 1))
    fi
done
echo "screenshots in $out/{en,de,ar}"
exit $((failures > 0))
