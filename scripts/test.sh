#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the missing Debian 12 packages, builds everything, starts the services the tests need
# (a private session D-Bus with an unlocked gnome-keyring, in a throwaway HOME), runs the whole
# suite, stops the services, and exits non-zero on any failure — including a Catch2 runner that
# lists more tests than CTest knows.
# Environment: CI=true turns warnings into errors; BUREAU_BUILD_DIR picks another build folder
# (default: build); BUREAU_SKIP_DEPS=1 skips the package check.
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/deps.sh
source scripts/lib/deps.sh

bureau_install_packages "${BUREAU_BUILD_PACKAGES[@]}" "${BUREAU_TEST_PACKAGES[@]}"

build_dir=$(bureau_build_dir)
werror=OFF
if [[ "${CI:-}" == true ]]; then
    werror=ON
fi
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUREAU_WERROR="$werror" \
    || bureau_die "configuring the build in $build_dir failed (see above)"
cmake --build "$build_dir" -j "$(nproc)" \
    || bureau_die "the build failed (see above); no test was run"

# A throwaway HOME and runtime folder: the keyring, QSettings, QStandardPaths and temporary files
# of the tests all land here, never in the user's own.
test_root=$(mktemp -d "${TMPDIR:-/tmp}/bureau-test.XXXXXX")
chmod 700 "$test_root"
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup()
{
    local status=$?
    local file pid comm
    # Services that the inner script could not stop (it was killed): stop them by their PID.
    for file in "$test_root"/pids/*.pid; do
        [[ -f "$file" ]] || continue
        read -r pid comm <"$file" || continue
        if [[ "$pid" =~ ^[0-9]+$ && "$(ps -p "$pid" -o comm= 2>/dev/null || true)" == "$comm"* ]]; then
            kill "$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$test_root"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$test_root"/{home,runtime,tmp,pids}
chmod 700 "$test_root/runtime"
export BUREAU_TEST_ROOT="$test_root"
export HOME="$test_root/home"
export XDG_RUNTIME_DIR="$test_root/runtime"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"
export XDG_STATE_HOME="$HOME/.local/state"
export TMPDIR="$test_root/tmp"
# Tests run offscreen and in a known locale, whatever desktop this script was started from (and a
# desktop keyring could block on a password prompt).
unset DISPLAY WAYLAND_DISPLAY XDG_SESSION_TYPE XDG_CURRENT_DESKTOP DESKTOP_SESSION \
    DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL LANGUAGE
export LANG=C.UTF-8 LC_ALL=C.UTF-8
if [[ -n "${CI+set}" ]]; then
    export CI
fi

status=0
dbus-run-session -- bash scripts/lib/run-tests.sh "$build_dir" || status=$?
exit "$status"
