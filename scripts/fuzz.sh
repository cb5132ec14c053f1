#!/usr/bin/env bash
# Builds the libFuzzer targets of the asan preset (clang-16, ASan + UBSan, build-asan/) and runs
# each for SECONDS (default 30), then prints executions and findings per target. Seeds: the committed
# tests/fuzz/<target>/seeds and regressions, plus, read at run time from the shared folder and never
# copied into the repository, the recorded response bodies (shared/fixtures/recorded) and the corpus
# images and PDFs. A finding's input is kept in build-asan/fuzz/findings/<target>/; the exit status is 1
# when any target found one. Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
shared=${PAGELENS_SHARED:-$(pwd)/../shared}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(geminicodec openaicodec streamdecoder servicefailure jsonschemavalidator imagecodec documentopener latecodec
    agenttools workerprotocol documentworker)

export LSAN_OPTIONS=suppressions=$(pwd)/tests/sanitize/lsan.supp:print_suppressions=0
symbolizer=$(command -v llvm-symbolizer-16 || command -v llvm-symbolizer || true)
[ -z "$symbolizer" ] || export ASAN_SYMBOLIZER_PATH=$symbolizer

cmake --preset asan >/dev/null
cmake --build --preset fuzz -j2 >/dev/null

work=build-asan/fuzz
rm -rf "$work/seeds" "$work/findings" "$work/logs"
mkdir -p "$work/seeds" "$work/findings" "$work/logs"

# Response bodies of the recorded fixtures, one file each, by service.
python3 - "$shared/fixtures/recorded" "$work/seeds" <<'PY'
import json, os, pathlib, shutil, sys
recorded, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for service in ("gemini", "openai"):
    target = out / service
    target.mkdir(parents=True, exist_ok=True)
    for fixture in sorted((recorded / service).glob("*.json")):
        for i, interaction in enumerate(json.loads(fixture.read_text())["interactions"]):
            response = interaction["response"]
            body = response.get("body_text")
            if body is None and "body_json" in response:
                body = json.dumps(response["body_json"], indent=2)
            if body:
                (target / f"{fixture.stem}-{i}").write_text(body)
    raw = recorded / service / "raw"
    if raw.is_dir():
        for f in raw.iterdir():
            shutil.copyfile(f, target / f"raw-{f.name}")
PY

# Corpus files up to 128 KB: larger ones slow every mutation down more than they add.
corpus_seeds() {
    local name=$1; shift
    mkdir -p "$work/seeds/$name"
    find "$@" -type f -size -128k ! -name '*.md' ! -name '*.tsv' -exec cp -t "$work/seeds/$name" {} + 2>/dev/null || true
}
corpus_seeds images "$shared/corpus/images" "$shared/corpus/seed" "$shared/corpus/broken"
corpus_seeds documents "$shared/corpus/pdfs" "$shared/corpus/broken"

seeds_for() {
    case $1 in
    geminicodec) echo "$work/seeds/gemini" ;;
    openaicodec) echo "$work/seeds/openai" ;;
    streamdecoder | servicefailure) echo "$work/seeds/gemini $work/seeds/openai" ;;
    imagecodec) echo "$work/seeds/images" ;;
    documentopener | documentworker) echo "$work/seeds/documents $work/seeds/images" ;;
    esac
}

status=0
printf '%-20s %12s %10s %8s  %s\n' target executions exec/s corpus findings
for name in "${targets[@]}"; do
    corpus=build-asan/fuzz/corpus/$name   # grows from run to run
    mkdir -p "$corpus" "$work/findings/$name"
    dirs=("$corpus" "tests/fuzz/$name/seeds")
    [ -d "tests/fuzz/$name/regressions" ] && dirs+=("tests/fuzz/$name/regressions")
    # shellcheck disable=SC2207
    dirs+=($(seeds_for "$name"))
    log=$work/logs/$name.log
    build-asan/tests/fuzz/fuzz_$name -max_total_time="$seconds" -print_final_stats=1 -timeout=20 -rss_limit_mb=2048 \
        -artifact_prefix="$work/findings/$name/" "${dirs[@]}" >"$log" 2>&1 || true
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    found=$(find "$work/findings/$name" -type f | wc -l)
    [ "$found" -eq 0 ] || status=1
    printf '%-20s %12s %10s %8s  %s\n' "$name" "${execs:-?}" "${rate:-?}" "$(find "$corpus" -type f | wc -l)" \
        "$found$( [ "$found" -eq 0 ] || echo " ($(find "$work/findings/$name" -type f -printf '%f ')) see $log")"
done
exit $status
