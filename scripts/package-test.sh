#!/usr/bin/env bash
# Proves the Linux packages on this machine (Debian 12, as root; CI runs it after the tests):
#   - builds the DEB and the RPM with cpack and checks their names, metadata and contents
#     (no -dev/-devel requirement, the desktop file and AppStream metainfo validate, every icon size);
#   - installs the DEB with `apt-get install ./pagelens_<version>_<arch>.deb`, then from /usr/bin:
#     both --version commands without a display, a headless `pagelens-cli add`/`search` on corpus
#     files (text layer and OCR), the GUI under the offscreen platform opening a file given on its
#     command line and quitting (--quit-after-start), and the MIME association for PDFs and images;
#   - removes the package and checks that none of its files is left.
# Installs what it needs to check (rpm, desktop-file-utils, appstream, dpkg-dev, file) when missing.
# The corpus is read from $PAGELENS_SHARED (default ../shared beside the checkout). Prints the time
# each stage took. Usage: scripts/package-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
shared=$(cd "${PAGELENS_SHARED:-$root/../shared}" && pwd)   # without "..", as the CLI prints paths
corpus=$shared/corpus
started=$SECONDS
stage_started=$SECONDS

stage() {
    echo "package-test: $1 ($((SECONDS - stage_started)) s)"
    stage_started=$SECONDS
}
fail() {
    echo "package-test: FAILED: $*" >&2
    exit 1
}

[ "$(id -u)" -eq 0 ] || fail "run as root: it installs and removes the pagelens package"
if dpkg-query -W -f='${Status}' pagelens 2>/dev/null | grep -q "install ok installed"; then
    fail "pagelens is already installed here; remove it first (apt-get remove pagelens)"
fi

export DEBIAN_FRONTEND=noninteractive
apt=(apt-get -o DPkg::Lock::Timeout=600 -y -qq)
tools=(rpm desktop-file-utils appstream dpkg-dev file)
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}" >&2
    "${apt[@]}" update
    "${apt[@]}" install --no-install-recommends "${missing[@]}" >/dev/null
fi
stage "tools ready"

# The version as the project declares it, and the architecture as dpkg names it.
version=$(sed -n 's/^project(PageLens VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[ -n "$version" ] || fail "no version in CMakeLists.txt"
arch=$(dpkg --print-architecture)
deb=build/pagelens_${version}_${arch}.deb
rpm_file=build/pagelens-${version}-1.$(uname -m).rpm

[ -f build/build.ninja ] || bash scripts/setup.sh >/dev/null   # CI has built the tree already (scripts/test.sh)
rm -f build/pagelens_*.deb build/pagelens-*.rpm
(cd build && cpack -G DEB >/dev/null && cpack -G RPM >/dev/null)
[ -f "$deb" ] || fail "cpack did not make $deb (found: $(ls build/*.deb 2>/dev/null))"
[ -f "$rpm_file" ] || fail "cpack did not make $rpm_file (found: $(ls build/*.rpm 2>/dev/null))"
stage "built $deb and $rpm_file"

work=$(mktemp -d)
installed=""
cleanup() {
    if [ -n "$installed" ] && dpkg-query -W -f='${Status}' pagelens 2>/dev/null | grep -q "install ok installed"; then
        "${apt[@]}" remove pagelens >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# --- What the DEB declares and holds ---------------------------------------------------------
[ "$(dpkg-deb -f "$deb" Package)" = pagelens ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version $(dpkg-deb -f "$deb" Version) != $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
if echo "$depends" | tr ',|' '\n\n' | grep -Eq -- '-dev( |$)'; then fail "depends on a -dev package"; fi
for needed in libqt6core6 libqt6widgets6 libqt6pdf6 libtesseract5 libpoppler-qt6 libqt6sql6-sqlite tesseract-ocr-eng; do
    echo "$depends" | grep -q "$needed" || fail "Depends lacks $needed"
done
dpkg-deb -x "$deb" "$work/deb"
desktop=usr/share/applications/io.pagelens.PageLens.desktop
metainfo=usr/share/metainfo/io.pagelens.PageLens.metainfo.xml
desktop-file-validate "$work/deb/$desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$work/deb/$metainfo" || fail "appstreamcli validate"
for size in 16 22 24 32 48 64 96 128 256 512; do
    png=$work/deb/usr/share/icons/hicolor/${size}x${size}/apps/io.pagelens.PageLens.png
    [ -f "$png" ] || fail "no ${size}x${size} icon"
    file "$png" | grep -q "PNG image data, $size x $size" || fail "icon $png is not $size x $size: $(file -b "$png")"
done
[ -f "$work/deb/usr/share/icons/hicolor/scalable/apps/io.pagelens.PageLens.svg" ] || fail "no scalable icon"
contents=$(dpkg-deb -c "$deb")   # listed first: grep -q ending early would fail the pipe (pipefail)
if grep -Eq '/usr/include/|\.a$|\.so$' <<<"$contents"; then fail "the DEB holds headers or link libraries"; fi
stage "DEB metadata, desktop file, metainfo and icons checked"

# --- The RPM (not installed: checked by its declared requirements and file list) --------------
rpm -qp --qf '%{NAME} %{VERSION}\n' "$rpm_file" | grep -qx "pagelens $version" || fail "RPM name/version"
requires=$(rpm -qpR "$rpm_file")
if echo "$requires" | grep -q -- '-devel'; then fail "the RPM requires a -devel package"; fi
for needed in 'libQt6Core.so.6' 'libQt6Pdf.so.6' 'libtesseract.so.5' 'libpoppler-qt6.so' 'tesseract-langpack-eng' 'qt6-qtsvg'; do
    echo "$requires" | grep -q "$needed" || fail "RPM requirements lack $needed"
done
rpm_files=$(rpm -qpl "$rpm_file")
for f in /usr/bin/pagelens /usr/bin/pagelens-cli /usr/bin/pagelens-docworker "/$desktop" "/$metainfo" \
    /usr/share/icons/hicolor/512x512/apps/io.pagelens.PageLens.png /usr/share/icons/hicolor/scalable/apps/io.pagelens.PageLens.svg; do
    echo "$rpm_files" | grep -qx "$f" || fail "the RPM lacks $f"
done
if echo "$rpm_files" | grep -Eq '^/usr/include|\.a$|\.so$|^/usr/share/applications$|^/usr/share/icons$'; then
    fail "the RPM holds headers, link libraries or directories other packages own"
fi
stage "RPM requirements and file list checked"

# --- Install the DEB the way a user does ------------------------------------------------------
"${apt[@]}" install "./$deb" >/dev/null
installed=yes
dpkg-query -W -f='${Status}' pagelens | grep -q "install ok installed" || fail "not installed"
dpkg -L pagelens >"$work/files"
[ "$(command -v pagelens)" = /usr/bin/pagelens ] || fail "pagelens is not /usr/bin/pagelens"
[ "$(command -v pagelens-cli)" = /usr/bin/pagelens-cli ] || fail "pagelens-cli is not /usr/bin/pagelens-cli"
stage "installed with apt-get install ./$(basename "$deb")"

# Both --version commands with no display at all.
gui_version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/pagelens --version)
[ "$gui_version" = "PageLens $version" ] || fail "pagelens --version printed '$gui_version'"
cli_version=$(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/pagelens-cli --version)
[ "$cli_version" = "pagelens-cli $version" ] || fail "pagelens-cli --version printed '$cli_version'"
echo "$gui_version / $cli_version"

# Headless add and search in a fresh home: a text-layer PDF and a WebP scan that needs OCR.
export HOME=$work/home XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
pdf=$corpus/pdfs/pypdf-multicolumn.pdf
webp=$corpus/images/docling-webp-test.webp
[ -f "$pdf" ] && [ -f "$webp" ] || fail "corpus files missing under $corpus (set PAGELENS_SHARED)"
cli=(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/pagelens-cli --library "$work/cli-library")
"${cli[@]}" add "$pdf" "$webp" || fail "pagelens-cli add exited $?"
first_hit() { python3 -c 'import json, sys; hits = json.load(sys.stdin); print(hits[0]["path"] if hits else "")'; }
hit=$("${cli[@]}" search --json pellentesque | first_hit)
[ "$hit" = "$pdf" ] || fail "search 'pellentesque' found '$hit', not the PDF"
hit=$("${cli[@]}" search --json "self contained package" | first_hit)   # printed on the WebP page
[ "$hit" = "$webp" ] || fail "search 'self contained package' found '$hit', not the WebP scan (OCR)"
stage "pagelens-cli add/search from /usr/bin (text layer and OCR)"

# The installed CLI reads documents in the installed /usr/bin/pagelens-docworker: a worker made to
# crash on the PDF fails that file alone (exit 2) and the WebP still indexes.
worker_cli=(env -u DISPLAY -u WAYLAND_DISPLAY PAGELENS_WORKER_FAULT=crash:multicolumn /usr/bin/pagelens-cli --library "$work/worker-library")
rc=0; "${worker_cli[@]}" add "$pdf" "$webp" 2>"$work/worker.err" || rc=$?
[ "$rc" = 2 ] || fail "add with a crashing worker exited $rc, not 2: $(cat "$work/worker.err")"
grep -q "made the reader crash" "$work/worker.err" || fail "the crash was not reported: $(cat "$work/worker.err")"
grep -q "indexed .*docling-webp-test.webp" "$work/worker.err" || fail "the WebP was not indexed beside the crash"
stage "a crashing /usr/bin/pagelens-docworker fails one file; the rest indexes"

# The GUI: offscreen, a file on its command line (as "Open with PageLens" passes it), quit once
# the window is up and the file is indexed; the CLI then sees the file in that library.
jpg=$corpus/images/docling-qr_bill_example.jpg
QT_QPA_PLATFORM=offscreen timeout 300 /usr/bin/pagelens --quit-after-start --library "$work/gui-library" "$jpg" \
    >"$work/gui.out" 2>"$work/gui.err" || { cat "$work/gui.out" "$work/gui.err" >&2; fail "the GUI did not start and quit cleanly"; }
grep -q "PageLens started" "$work/gui.out" || fail "the GUI did not report its window: $(cat "$work/gui.out")"
status=$(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/pagelens-cli --library "$work/gui-library" status --json)
echo "$status" | python3 -c '
import json, sys
docs = json.load(sys.stdin)["documents"]
sys.exit(0 if [d["status"] for d in docs if d["path"] == sys.argv[1]] == ["indexed"] else 1)' "$jpg" ||
    fail "the file given to the GUI is not indexed in its library: $status"
cat "$work/gui.out"
stage "GUI started offscreen with a file argument and quit"

# "Open with PageLens" for PDFs and images: the desktop database maps the types to our entry.
if command -v update-desktop-database >/dev/null; then
    for type in application/pdf image/png image/jpeg image/tiff image/webp; do
        grep -q "^$type=.*io.pagelens.PageLens.desktop" /usr/share/applications/mimeinfo.cache ||
            fail "$type is not associated with PageLens in mimeinfo.cache"
    done
fi
stage "MIME association for PDF and images"

# --- Remove: nothing of the package may stay ---------------------------------------------------
"${apt[@]}" remove pagelens >/dev/null
installed=""
if dpkg-query -W -f='${Status}' pagelens 2>/dev/null | grep -q "installed"; then
    fail "still installed: $(dpkg-query -W -f='${Status}' pagelens)"
fi
left=()
while read -r f; do
    [ -f "$f" ] || [ -L "$f" ] || continue   # shared directories (/usr/share/icons/...) stay, files must not
    left+=("$f")
done <"$work/files"
[ ${#left[@]} -eq 0 ] || fail "left after removal: ${left[*]}"
! command -v pagelens >/dev/null || fail "pagelens still on PATH"
if grep -q "io.pagelens.PageLens.desktop" /usr/share/applications/mimeinfo.cache 2>/dev/null; then
    fail "mimeinfo.cache still names PageLens"
fi
stage "removed with apt-get remove; no file left"

echo "package-test: passed in $((SECONDS - started)) s"
