# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# The Debian 12 packages Bureau needs, in one place, and the function that installs the missing
# ones. Sourced by scripts/run.sh and scripts/test.sh; sets no shell options of its own.
#
# Installed with --no-install-recommends, so every package a build or a run needs is named here
# even when a plain `apt-get install` would bring it as a recommendation:
# - qt6-base-dev depends on qt6-qpa-plugins (xcb platform plugin); the offscreen plugin is in
#   libqt6gui6. The SQLite and PostgreSQL drivers of Qt Sql are separate packages.
# - qt6-tools-dev alone is not enough for find_package(Qt6 LinguistTools): qt6-l10n-tools has
#   lupdate/lrelease.
# - QtKeychain loads libsecret at run time; it is not a dependency of libqt6keychain1.

# shellcheck disable=SC2034 # the lists are used by the scripts that source this file

# Needed to build and to run (scripts/run.sh and scripts/test.sh).
BUREAU_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-svg-dev qt6-charts-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libsecret-1-0
    catch2 libical-dev libqpdf-dev libcurl4-openssl-dev libsqlite3-dev zlib1g-dev
    fonts-dejavu-core python3
)

# Only for the desktop session of scripts/run.sh: libqt6gui6 recommends the GTK platform theme,
# which gives GNOME's palette (dark mode) and dialogs; --no-install-recommends would drop it.
BUREAU_RUN_PACKAGES=(
    qt6-gtk-platformtheme
)

# Only for scripts/test.sh: the services and tools the tests use.
# - dbus-daemon ships dbus-run-session (and dbus-bin, dbus-send); gnome-keyring needs a
#   dbus-session-bus provider: dbus-x11 satisfies it without pulling in systemd, as
#   dbus-user-session would.
# - xvfb and xauth for tests that need a real X server (xvfb-run); poppler-utils for pdftotext and
#   pdftoppm; sqlite3 to inspect databases; libxml2-utils for xmllint (Factur-X XML).
# - clang and libclang-rt-14-dev (libFuzzer, ASan, UBSan runtimes) for the fuzz harnesses of
#   tests/fuzz, which scripts/fuzz.sh builds apart from the main (gcc) build.
BUREAU_TEST_PACKAGES=(
    gnome-keyring dbus-daemon dbus-x11
    xvfb xauth poppler-utils sqlite3 libxml2-utils
    clang libclang-rt-14-dev
)

bureau_log()
{
    printf '%s\n' "$*" >&2
}

bureau_die()
{
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# Prints the packages among "$@" that are not installed, one per line.
bureau_missing_packages()
{
    local package status
    for package in "$@"; do
        status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
        case "$status" in
        *"ok installed"*) ;;
        *) printf '%s\n' "$package" ;;
        esac
    done
}

# Installs the packages among "$@" that are missing: apt-get as root, through sudo otherwise.
# BUREAU_SKIP_DEPS=1 skips the check (for a machine set up by other means).
bureau_install_packages()
{
    if [[ "${BUREAU_SKIP_DEPS:-0}" == 1 ]]; then
        bureau_log "BUREAU_SKIP_DEPS=1: not checking Debian packages."
        return 0
    fi
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        bureau_log "warning: this is not a Debian system (no dpkg-query or apt-get); make sure the"
        bureau_log "equivalents of these Debian 12 packages are installed: $*"
        return 0
    fi

    local missing
    mapfile -t missing < <(bureau_missing_packages "$@")
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    bureau_log "Installing missing Debian packages: ${missing[*]}"

    local -a as_root=()
    if ((EUID != 0)); then
        if command -v sudo >/dev/null 2>&1; then
            as_root=(sudo)
        else
            bureau_die "these Debian packages are missing and this script is neither root nor able to use sudo:
  ${missing[*]}
Install them as root, then run this script again:
  apt-get update && apt-get install --no-install-recommends ${missing[*]}"
        fi
    fi

    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update \
        || bureau_die "apt-get update failed"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" \
        || bureau_die "apt-get install failed for: ${missing[*]}"

    mapfile -t missing < <(bureau_missing_packages "$@")
    if ((${#missing[@]} != 0)); then
        bureau_die "still missing after apt-get install: ${missing[*]}"
    fi
}

# The build folder: BUREAU_BUILD_DIR (relative to the source root, or absolute), "build" by default.
# Call from the source root.
bureau_build_dir()
{
    local dir="${BUREAU_BUILD_DIR:-build}"
    case "$dir" in
    /*) printf '%s\n' "$dir" ;;
    *) printf '%s/%s\n' "$PWD" "$dir" ;;
    esac
}
