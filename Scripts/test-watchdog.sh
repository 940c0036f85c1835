#!/usr/bin/env bash
# Watches the test process of `swift test` and, if it is still running LIMIT seconds after it
# started, prints what it is doing (the process tree, each thread's stack, the output it still
# held in its buffers) and stops it, so that a hung test fails CI with its cause on the page
# instead of running into CI's own time limit with nothing said.
#
#   Scripts/test-watchdog.sh LIMIT [BUILD_DIR]     (run in the background before `swift test`)
#
# LIMIT counts from the moment the test process appears, not from the start of the build.
# BUILD_DIR is the build folder whose test bundle is watched (default .build).
set -uo pipefail
cd "$(dirname "$0")/.."

limit="${1:?usage: Scripts/test-watchdog.sh LIMIT [BUILD_DIR]}"
build_dir="$(pwd)/${2:-.build}"
case "$limit" in *[!0-9]*|'') echo "test-watchdog: LIMIT must be whole seconds (got '$limit')" >&2; exit 64 ;; esac

pattern="$build_dir/.*PackageTests\.xctest"
# Only processes of this tree's bundle count: another checkout's tests are not ours to stop.
test_pids() { pgrep -f "$pattern" || true; }
# The watchdog ends with the script that started it, so it never holds CI's output open.
starter=$PPID
starter_gone() { ! kill -0 "$starter" 2>/dev/null; }

while [ -z "$(test_pids)" ]; do
  starter_gone && exit 0
  sleep 5
done
started=$(date +%s)
while true; do
  sleep 10
  starter_gone && exit 0
  pids="$(test_pids)"
  [ -z "$pids" ] && exit 0
  [ $(( $(date +%s) - started )) -lt "$limit" ] && continue
  {
    echo
    echo "test-watchdog: the test process has run for over $limit s; it is probably hung. What it is doing:"
    ps -eo pid,ppid,etimes,stat,wchan:24,args --forest | cut -c1-220
    for pid in $pids; do
      echo
      echo "test-watchdog: threads of process $pid"
      if command -v gdb > /dev/null; then
        # The test output still in stdio buffers says which tests finished: flush the test
        # process and swift-test, which relays its output and holds up to a page of it back.
        parent=$(ps -o ppid= -p "$pid" | tr -d ' ')
        for holder in "$pid" "$parent"; do
          [ -n "$holder" ] && [ "$holder" -gt 1 ] || continue
          timeout 60 gdb -p "$holder" -batch -nx -ex 'set complaints 0' -ex 'call (int)fflush(0)' > /dev/null 2>&1
          sleep 1
        done
        stacks=$(timeout 120 gdb -p "$pid" -batch -nx -ex 'set complaints 0' -ex 'thread apply all bt 25' 2>&1 \
          | grep -v '^During symbol reading\|^\[New LWP\|^warning:\|^Missing separate')
        printf '%s\n' "$stacks" | cut -c1-300
        echo
        echo "test-watchdog: the project's own frames on those stacks (where each waiting thread is):"
        printf '%s\n' "$stacks" | grep -o 'at /[^ ]*/\(Tests\|Sources\)/[^ ]*:[0-9]*' | sort | uniq -c
      else
        for task in /proc/"$pid"/task/*; do
          echo "  $(basename "$task") $(cat "$task/comm" 2>/dev/null) waiting in $(cat "$task/wchan" 2>/dev/null)"
        done
      fi
    done
    echo
    echo "test-watchdog: stopping the test process ($pids) after $limit s"
  } >&2
  # shellcheck disable=SC2086
  kill -TERM $pids 2>/dev/null
  sleep 10
  # shellcheck disable=SC2086
  kill -KILL $pids 2>/dev/null
  exit 1
done
