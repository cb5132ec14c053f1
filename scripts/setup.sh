#!/usr/bin/env bash
# Installs what PageLens needs on Debian 12 / Ubuntu 22.04+ (apt), then configures and builds.
# Used by run.sh, test.sh and .ci/run. Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-pdf-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-image-formats-plugins libqt6svg6
    qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite qtkeychain-qt6-dev libgl-dev
    libfaiss-dev libopenblas-dev libspdlog-dev libexpected-dev
    libtesseract-dev tesseract-ocr-eng tesseract-ocr-osd tesseract-ocr-deu
    libpoppler-qt6-dev poppler-utils
    xvfb xauth
    clang-16 libfuzzer-16-dev libclang-rt-16-dev python3
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}" >&2
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake --preset default >/dev/null
cmake --build --preset default
