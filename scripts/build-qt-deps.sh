#!/usr/bin/env bash
# Windows and macOS (CI, .github/workflows/build.yml): builds the two libraries that no package
# manager there ships against the Qt in use — QtKeychain (Qt 6) and Poppler's Qt 6 binding — and
# installs them into PREFIX. Linux uses Debian's packages instead (scripts/setup.sh).
# The compiler, Qt and Poppler's own dependencies (freetype, libjpeg, libpng, libtiff, openjpeg,
# lcms2: vcpkg.json on Windows, Homebrew on macOS) must be findable through CMAKE_PREFIX_PATH.
#   scripts/build-qt-deps.sh PREFIX
set -euo pipefail
prefix=${1:?usage: scripts/build-qt-deps.sh PREFIX}
qtkeychain_tag=0.14.3
poppler_tag=poppler-24.08.0
src=$(mktemp -d)
trap 'rm -rf "$src"' EXIT

build() {   # build NAME SOURCE_DIR CMAKE_OPTIONS...
    local name=$1 dir=$2
    shift 2
    cmake -S "$dir" -B "$src/build-$name" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_PREFIX_PATH="${CMAKE_PREFIX_PATH:-}" "$@"
    cmake --build "$src/build-$name"
    cmake --install "$src/build-$name"
}

git clone --quiet --depth 1 --branch "$qtkeychain_tag" https://github.com/frankosterfeld/qtkeychain.git "$src/qtkeychain"
build qtkeychain "$src/qtkeychain" -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF

git clone --quiet --depth 1 --branch "$poppler_tag" https://gitlab.freedesktop.org/poppler/poppler.git "$src/poppler"
case "$(uname -s)" in
MINGW* | MSYS* | CYGWIN*) fonts=win32 ;;
*) fonts=fontconfig ;;
esac
build poppler "$src/poppler" -DENABLE_QT6=ON -DENABLE_QT5=OFF -DENABLE_GLIB=OFF -DENABLE_CPP=OFF \
    -DENABLE_UTILS=OFF -DENABLE_BOOST=OFF -DENABLE_NSS3=OFF -DENABLE_GPGME=OFF -DENABLE_LIBCURL=OFF \
    -DENABLE_GOBJECT_INTROSPECTION=OFF -DBUILD_GTK_TESTS=OFF -DBUILD_QT5_TESTS=OFF -DBUILD_QT6_TESTS=OFF \
    -DBUILD_CPP_TESTS=OFF -DBUILD_MANUAL_TESTS=OFF -DFONT_CONFIGURATION=$fonts
