#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The inside of scripts/test.sh: runs in the private session D-Bus (dbus-run-session) and the
# throwaway HOME that test.sh prepared. Starts the services, checks that CTest knows every test
# each Catch2 runner lists, runs ctest, stops the services, and exits non-zero on any failure.
# Usage: run-tests.sh BUILD_DIR (absolute). Needs BUREAU_TEST_ROOT.
set -euo pipefail

cd "$(dirname "$0")/../.."
# shellcheck source=scripts/lib/deps.sh
source scripts/lib/deps.sh
# shellcheck source=scripts/lib/services.sh
source scripts/lib/services.sh

build_dir="${1:?usage: run-tests.sh BUILD_DIR}"
: "${BUREAU_TEST_ROOT:?run this through scripts/test.sh}"
[[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]] || bureau_die "no session D-Bus: run this through scripts/test.sh"

trap stop_services EXIT
start_services

# --- Every test a runner lists must be a CTest test ---------------------------------------------
# catch_discover_tests runs each runner at build time, outside the test environment; a runner that
# aborts there loses its tests without a word (DESIGN.md, known traps). Ask each runner again, in
# this environment, and compare with what CTest registered under its prefix.
count_failures=()

# The test names a runner lists, run as CTest runs it (its folder, offscreen), in this environment.
list_test_names()
{
    local runner="$1"
    (
        cd "$(dirname "$runner")"
        QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" timeout 120 "$runner" --list-test-names-only 2>/dev/null
    ) || true
}

check_runner_counts()
{
    local ctest_json
    ctest_json=$(ctest --test-dir "$build_dir" --show-only=json-v1) \
        || { count_failures+=("ctest --show-only failed"); return; }

    local -a runners
    mapfile -t runners < <(find "$build_dir/tests" -type f -executable -name 'bureau_*_tests' 2>/dev/null | sort)
    if ((${#runners[@]} == 0)); then
        count_failures+=("no Catch2 runner (bureau_*_tests) under $build_dir/tests")
        return
    fi

    local runner name listed registered
    for runner in "${runners[@]}"; do
        name=$(basename "$runner")
        # Catch2 2 exits with the number of tests listed: the status says nothing, the lines do.
        listed=$(list_test_names "$runner" | grep -c . || true)
        listed=${listed:-0}
        registered=$(python3 -c '
import json, sys
prefix = sys.argv[1] + ":"
tests = json.load(sys.stdin).get("tests", [])
print(sum(1 for t in tests if t.get("name", "").startswith(prefix)))
' "$name" <<<"$ctest_json")
        printf 'test counts: %-28s %4d listed by the runner, %4d registered in CTest\n' "$name" "$listed" "$registered"
        if ((listed == 0)); then
            count_failures+=("$name lists no test (did it crash? run: $runner --list-test-names-only)")
        elif ((listed != registered)); then
            count_failures+=("$name lists $listed tests but CTest has $registered: discovery lost or split tests (rebuild, and check test names for ';' and ',')")
        fi
    done
}
check_runner_counts

# --- Run the suite -------------------------------------------------------------------------------
# The fuzz smoke (fuzz:* tests) leaves one summary per harness; clear the last run's first.
rm -f "$build_dir"/fuzz/*.summary
ctest_log="$BUREAU_TEST_ROOT/ctest.log"
set +e
ctest --test-dir "$build_dir" --output-on-failure --no-tests=error --timeout 600 -j "$(nproc)" 2>&1 | tee "$ctest_log"
ctest_status=${PIPESTATUS[0]}
set -e

failures=()
if grep -q 'No tests were found' "$ctest_log"; then
    failures+=("ctest found no tests")
fi
passed="" failed=""
if summary=$(grep -Eo '[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$ctest_log" | tail -n 1); then
    failed=$(sed -E 's/.* ([0-9]+) tests? failed.*/\1/' <<<"$summary")
    total=$(sed -E 's/.* out of ([0-9]+)/\1/' <<<"$summary")
    passed=$((total - failed))
fi
if ((ctest_status != 0)); then
    failures+=("ctest exited with status $ctest_status")
fi
failures+=("${count_failures[@]}")

# The execution counts of the fuzz smoke, for the record (DESIGN.md, Tests).
for fuzz_summary in "$build_dir"/fuzz/*.summary; do
    if [[ -f "$fuzz_summary" ]]; then
        printf 'fuzz smoke: %s\n' "$(cat "$fuzz_summary")"
    fi
done

echo
if ((${#failures[@]} != 0)); then
    for failure in "${failures[@]}"; do
        printf 'FAILED: %s\n' "$failure"
    done
    printf 'test.sh: FAILED (%s passed, %s failed in ctest; %d problem(s) above)\n' \
        "${passed:-?}" "${failed:-?}" "${#failures[@]}"
    exit 1
fi
printf 'Summary: %s passed, %s failed\n' "$passed" "$failed"
