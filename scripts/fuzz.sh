#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer harnesses of tests/fuzz (clang, ASan + UBSan, linking only the parsers) and
# runs each for SECONDS over its seed corpus (DESIGN.md, Tests). The test suite runs it for 30 s a
# target; long runs are done by hand (`scripts/fuzz.sh 600`) and their counts reported.
#
# Usage: scripts/fuzz.sh [--build-only | --no-build] [SECONDS] [TARGET...]
#   SECONDS  per target, 30 by default
#   TARGET   vcard, csv (default: all), or their executable names fuzz_vcard, fuzz_csv
# Environment: BUREAU_FUZZ_BUILD_DIR (default: build-fuzz, relative to the source root);
#   BUREAU_SKIP_DEPS=1 skips the Debian package check; CI=true makes a missing clang an error
#   instead of a skip (exit 77, which CTest reports as skipped).
# Seeds: tests/fuzz/corpus/TARGET (small files written for the purpose) and, for vcard, the real
# exports of ../shared/interop/vcf when that folder exists; read-only. What libFuzzer finds goes
# to BUILD/corpus/TARGET, crashes to BUILD/artifacts/. Prints "TARGET: N runs in S s" per target.
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/deps.sh
source scripts/lib/deps.sh

build=yes
run=yes
seconds=30
targets=()
for arg in "$@"; do
    case "$arg" in
    --build-only) run=no ;;
    --no-build) build=no ;;
    -h | --help)
        sed -n '3,16p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *[!0-9]*) targets+=("${arg#fuzz_}") ;;
    *) seconds="$arg" ;;
    esac
done
((${#targets[@]} != 0)) || targets=(vcard csv)
for target in "${targets[@]}"; do
    [[ -f "tests/fuzz/fuzz_$target.cpp" ]] || bureau_die "no fuzz target named '$target' (tests/fuzz/fuzz_$target.cpp)"
done

build_dir="${BUREAU_FUZZ_BUILD_DIR:-build-fuzz}"
[[ "$build_dir" == /* ]] || build_dir="$PWD/$build_dir"

if [[ "$build" == yes ]]; then
    bureau_install_packages cmake ninja-build qt6-base-dev clang libclang-rt-14-dev
    if ! command -v clang++ >/dev/null 2>&1; then
        if [[ "${CI:-}" == true ]]; then
            bureau_die "clang++ is missing: the fuzz harnesses need clang and libclang-rt-14-dev"
        fi
        bureau_log "skipped: clang++ is missing (Debian: clang libclang-rt-14-dev); the fuzz harnesses need it."
        exit 77
    fi
    launcher=()
    if command -v ccache >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S tests/fuzz -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ "${launcher[@]}" >"$build_dir.configure.log" 2>&1 \
        || { cat "$build_dir.configure.log" >&2; bureau_die "configuring the fuzz build in $build_dir failed"; }
    rm -f "$build_dir.configure.log"
    cmake --build "$build_dir" -j "$(nproc)" || bureau_die "building the fuzz harnesses failed (see above)"
fi
[[ "$run" == yes ]] || exit 0

# Leaks are checked (LeakSanitizer); a report of any sanitizer stops the run with a crash file.
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

status=0
for target in "${targets[@]}"; do
    name="fuzz_$target"
    binary="$build_dir/$name"
    if [[ ! -x "$binary" ]]; then
        if [[ "${CI:-}" != true ]] && ! command -v clang++ >/dev/null 2>&1; then
            bureau_log "skipped: $name is not built and clang++ is missing (Debian: clang libclang-rt-14-dev)."
            exit 77
        fi
        bureau_die "$binary is not built (run scripts/fuzz.sh --build-only first)"
    fi
    work="$build_dir/corpus/$target"
    mkdir -p "$work" "$build_dir/artifacts"
    seeds=("tests/fuzz/corpus/$target")
    if [[ "$target" == vcard && -d ../shared/interop/vcf ]]; then
        seeds+=(../shared/interop/vcf)
    fi
    dict=()
    if [[ -f "tests/fuzz/$target.dict" ]]; then
        dict=(-dict="tests/fuzz/$target.dict")
    fi
    log="$build_dir/$name.log"
    bureau_log "Fuzzing $name for $seconds s (log: $log)"
    set +e
    "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build_dir/artifacts/$name-" "${dict[@]}" "$work" "${seeds[@]}" >"$log" 2>&1
    code=$?
    set -e
    runs=$(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -n 1 | grep -Eo '[0-9]+' | head -n 1 || true)
    if ((code != 0)) || [[ -z "$runs" ]]; then
        tail -n 60 "$log" >&2
        printf '%s: FAILED (exit %d); the input that failed is in %s/artifacts/\n' "$name" "$code" "$build_dir" \
            | tee "$build_dir/$name.summary" >&2
        status=1
        continue
    fi
    printf '%s: %s runs in %s s, no crash, leak or sanitizer report\n' "$name" "$runs" "$seconds" \
        | tee "$build_dir/$name.summary"
done
exit "$status"
