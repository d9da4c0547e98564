#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the missing Debian 12 packages, builds Bureau and starts the GUI on the default
# database. Arguments are passed to `bureau` (for example --demo or --database PATH).
# BUREAU_BUILD_DIR picks another build folder (default: build).
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/deps.sh
source scripts/lib/deps.sh

bureau_install_packages "${BUREAU_BUILD_PACKAGES[@]}" "${BUREAU_RUN_PACKAGES[@]}"

build_dir=$(bureau_build_dir)
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    || bureau_die "configuring the build in $build_dir failed (see above)"
cmake --build "$build_dir" --target bureau bureau-cli -j "$(nproc)" \
    || bureau_die "building bureau and bureau-cli failed (see above)"

gui="$build_dir/app/bureau"
cli="$build_dir/app/bureau-cli"
[[ -x "$gui" ]] || bureau_die "the build did not produce $gui"

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    {
        echo "Bureau is built, but there is no display here (DISPLAY and WAYLAND_DISPLAY are empty, and"
        echo "QT_QPA_PLATFORM is not set), so its window cannot open. To go on:"
        echo "  - run scripts/run.sh from a desktop session (or over ssh -X);"
        echo "  - or under a virtual X server (Debian package xvfb):  xvfb-run scripts/run.sh"
        echo "  - or use the command line:  $cli --help"
        echo "      for example:  $cli --database /tmp/demo.sqlite demo --size small"
        echo "                    $cli --database /tmp/demo.sqlite check"
        # Offered only once the GUI has the option (it renders one view without a display).
        gui_help=$(QT_QPA_PLATFORM=offscreen timeout 20 "$gui" --help 2>/dev/null || true)
        if [[ "$gui_help" == *--screenshot* ]]; then
            echo "  - or render one view to a PNG:"
            echo "      QT_QPA_PLATFORM=offscreen $gui --screenshot FILE.png --view dashboard"
        fi
    } >&2
    exit 2
fi

exec "$gui" "$@"
