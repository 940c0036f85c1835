#!/bin/sh
# A test fixture, not a port: an external runner whose true speed ratio to the `c` port is
# known exactly. It relays every request to `drawbridge bench serve --port c` (a real
# kernel, timed by the real harness code, over the real protocol) and multiplies each
# `sample NS` reply by FACTOR, so a port measured through it is FACTOR times slower than
# the code it relays to.
#   Scripts/known-ratio-runner.sh FACTOR [DRAWBRIDGE]
# DRAWBRIDGE defaults to $DRAWBRIDGE_BIN, then the worktree's debug build. Write a manifest:
#   name = relay-105
#   command = /path/to/Scripts/known-ratio-runner.sh
#   arg = 1.05
set -eu
factor=${1:?usage: known-ratio-runner.sh FACTOR [DRAWBRIDGE]}
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${2:-${DRAWBRIDGE_BIN:-$here/.build/debug/drawbridge}}
case "$factor" in
    *[!0-9.]* | "" | .* | *. ) echo "known-ratio-runner: FACTOR must be a positive decimal (got '$factor')" >&2; exit 2 ;;
esac
if [ ! -x "$bin" ]; then
    echo "known-ratio-runner: no drawbridge binary at $bin (build it, or pass its path)" >&2
    exit 2
fi
# stdin goes straight to the server; its replies pass through awk, which scales samples and
# flushes after every line (the protocol needs each reply line at once). mawk fills its
# input buffer before it hands over a line unless told to be interactive.
interactive=
if awk -W version 2>&1 | grep -q mawk; then interactive="-W interactive"; fi
# shellcheck disable=SC2086
"$bin" bench serve --port c | awk $interactive -v f="$factor" '
    $1 == "sample" && NF == 2 { printf "sample %.17g\n", $2 * f; fflush(); next }
    { print; fflush() }'
