#!/usr/bin/env bash
# Compiles the Windows installer script that CPack generates from packaging/windows/nsis.cmake
# (icon, Start-menu entry, "Open with" registrations, uninstaller) with makensis on Linux, around a
# placeholder pagelens.exe: it proves the NSIS settings and fileassoc.nsh compile, not the Windows
# build (.github/workflows/build.yml). Installs makensis (apt: nsis) when missing and run as root.
#   scripts/nsis-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
if ! command -v makensis >/dev/null; then
    [ "$(id -u)" -eq 0 ] || { echo "nsis-check: needs makensis (apt-get install nsis)" >&2; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends nsis >/dev/null ||
        { apt-get -qq update && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nsis >/dev/null; }
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$(sed -n 's/^project(PageLens VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
printf 'placeholder, not a Windows program\n' >"$work/pagelens.exe"
cat >"$work/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.22)
project(PageLens VERSION $version LANGUAGES NONE)
install(PROGRAMS "$work/pagelens.exe" DESTINATION bin)
set(CPACK_PACKAGE_NAME "pagelens")
set(CPACK_PACKAGE_VENDOR "PageLens")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "PageLens")
set(CPACK_PACKAGE_EXECUTABLES "pagelens;PageLens")
set(CPACK_SYSTEM_NAME "win64")
set(CPACK_GENERATOR "NSIS")
include("$root/packaging/windows/nsis.cmake")
include(CPack)
CMAKE
cmake -S "$work" -B "$work/build" >/dev/null
(cd "$work/build" && cpack -G NSIS >/dev/null) || {
    cat "$work"/build/_CPack_Packages/*/NSIS/NSISOutput.log >&2 2>/dev/null || true
    exit 1
}
installer=$(ls "$work"/build/pagelens-*.exe)
script=$(ls "$work"/build/_CPack_Packages/*/NSIS/project.nsi)
grep -q "insertmacro PageLensRegisterTypes" "$script" && grep -q "insertmacro PageLensUnregisterTypes" "$script" ||
    { echo "nsis-check: the file associations are not in the installer script" >&2; exit 1; }
echo "nsis-check: $(basename "$installer") compiled ($(stat -c %s "$installer") bytes), with file associations and uninstaller"
