#!/usr/bin/env bash
# Renders the application icon (resources/icons/pagelens.svg) into the committed files the installers
# use: hicolor PNGs at every standard size (Linux), pagelens.ico (Windows), pagelens.icns (macOS).
# Run it after changing the SVG. Needs rsvg-convert, icotool and png2icns
# (apt-get install librsvg2-bin icoutils icnsutils).
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/icons/pagelens.svg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 22 24 32 48 64 96 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$tmp/$size.png"
done
for size in 16 22 24 32 48 64 96 128 256 512; do
    dir=packaging/linux/icons/hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    cp "$tmp/$size.png" "$dir/io.pagelens.PageLens.png"
done
# 256 is stored as PNG inside the .ico (Vista and later); the small ones as bitmaps.
icotool -c -o packaging/windows/pagelens.ico "$tmp"/{16,24,32,48,64,128}.png -r "$tmp/256.png"
png2icns packaging/macos/pagelens.icns "$tmp"/{16,32,48,128,256,512,1024}.png >/dev/null
