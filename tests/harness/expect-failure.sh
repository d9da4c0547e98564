#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# expect-failure.sh PATTERN COMMAND [ARGS…]: passes only when COMMAND fails in the ordinary way
# (exit status 1–125, not a crash or a signal) and its output contains PATTERN.
set -u
pattern=$1
shift
output=$("$@" 2>&1)
status=$?
if ((status == 0)); then
    echo "expected a failure, but the command succeeded:"; echo "$output"; exit 1
fi
if ((status > 125)); then
    echo "expected an ordinary failure, got status $status (crash or signal):"; echo "$output"; exit 1
fi
if ! grep -qF -- "$pattern" <<<"$output"; then
    echo "the command failed, but without \"$pattern\":"; echo "$output"; exit 1
fi
echo "failed as expected ($status): $pattern"
