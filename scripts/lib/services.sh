# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# The services the tests talk to, started by scripts/lib/run-tests.sh inside the private session
# D-Bus that scripts/test.sh opens, in the throwaway HOME it made. Loopback and private only.
#
# Each service records "PID NAME" in $BUREAU_TEST_ROOT/pids/NAME.pid, so that scripts/test.sh can
# still stop it if this shell dies before stop_services runs.
#
# LATER ISSUES: add a start_X/stop_X pair per service (PostgreSQL on 127.0.0.1 as an unprivileged
# user, an SMTP server, a CalDAV server), call them from start_services/stop_services, and export
# what the tests need to find them (BUREAU_TEST_PG_*, …).

bureau_record_pid()
{
    local name="$1" pid="$2"
    mkdir -p "$BUREAU_TEST_ROOT/pids"
    printf '%s %s\n' "$pid" "$name" >"$BUREAU_TEST_ROOT/pids/$name.pid"
}

# Stops the process recorded under NAME, if it is still the process we started.
bureau_stop_recorded()
{
    local name="$1" file="$BUREAU_TEST_ROOT/pids/$1.pid" pid comm
    [[ -f "$file" ]] || return 0
    read -r pid comm <"$file" || true
    rm -f "$file"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 0
    # A recycled PID would belong to someone else: check the command name first.
    if [[ "$(ps -p "$pid" -o comm= 2>/dev/null || true)" != "$comm"* ]]; then
        return 0
    fi
    kill "$pid" 2>/dev/null || return 0
    local i
    for ((i = 0; i < 50; ++i)); do
        kill -0 "$pid" 2>/dev/null || return 0
        # A daemon that is not our child becomes a zombie until its parent reaps it: done too.
        [[ "$(ps -p "$pid" -o stat= 2>/dev/null || true)" == Z* ]] && return 0
        sleep 0.1
    done
    bureau_log "warning: $name (pid $pid) did not stop on SIGTERM; sending SIGKILL"
    kill -9 "$pid" 2>/dev/null || true
}

bureau_dbus_literal()
{
    dbus-send --session --print-reply=literal "$@" 2>/dev/null
}

# gnome-keyring's Secret Service, unlocked, in the throwaway HOME (DESIGN.md, known traps).
start_keyring()
{
    local output line
    output=$(printf %s "bureau-test" | gnome-keyring-daemon --unlock --components=secrets) \
        || bureau_die "gnome-keyring-daemon did not start"
    # It prints VARIABLE=value lines (GNOME_KEYRING_CONTROL and so on) for the session.
    while IFS= read -r line; do
        [[ "$line" =~ ^[A-Za-z_][A-Za-z0-9_]*= ]] && export "${line?}"
    done <<<"$output"

    local i owned=""
    for ((i = 0; i < 100; ++i)); do
        owned=$(bureau_dbus_literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets || true)
        [[ "$owned" == *true* ]] && break
        sleep 0.1
    done
    [[ "$owned" == *true* ]] || bureau_die "gnome-keyring-daemon is not serving org.freedesktop.secrets after 10 s"

    local pid
    pid=$(bureau_dbus_literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk '{print $NF}')
    [[ "$pid" =~ ^[0-9]+$ ]] || bureau_die "cannot find the PID of gnome-keyring-daemon"
    bureau_record_pid gnome-keyring-d "$pid"

    local locked
    locked=$(bureau_dbus_literal --dest=org.freedesktop.secrets /org/freedesktop/secrets/aliases/default \
        org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Collection string:Locked || true)
    [[ "$locked" == *false* ]] || bureau_die "the test keyring is not unlocked (Locked: ${locked:-unknown})"

    export BUREAU_TEST_KEYRING=1
    bureau_log "services: gnome-keyring (pid $pid), default collection unlocked"
}

stop_keyring()
{
    bureau_stop_recorded gnome-keyring-d
}

start_services()
{
    start_keyring
    # LATER ISSUES: start_postgresql, start_smtp, start_caldav here.
}

stop_services()
{
    # LATER ISSUES: stop them here, in reverse order.
    stop_keyring
}
