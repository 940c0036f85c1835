#!/usr/bin/env bash
# Watches the test processes of `swift test` so that a hang fails CI with its cause on the page
# instead of running into CI's own time limit with nothing said.
#
#   Scripts/test-watchdog.sh LIMIT [BUILD_DIR]     (run in the background before `swift test`)
#
# - A test process still running LIMIT seconds after it started is taken to be hung: the
#   watchdog prints the process tree, each thread's stack, the project's own source lines on
#   those stacks and the output still held in stdio buffers, then stops it (the run fails).
# - swift-test still waiting two minutes after its test process ended means a process the
#   tests started holds the test output open: the watchdog names the holders and stops them,
#   so swift-test can finish and report the tests' own result.
#
# LIMIT counts from the moment each test process appears, not from the start of the build
# (swift test starts the bundle once for XCTest and once for Swift Testing). BUILD_DIR is the
# build folder whose test bundle is watched (default .build). The watchdog ends with the
# script that started it.
set -uo pipefail
cd "$(dirname "$0")/.."

limit="${1:?usage: Scripts/test-watchdog.sh LIMIT [BUILD_DIR]}"
build_dir="$(pwd)/${2:-.build}"
case "$limit" in *[!0-9]*|'') echo "test-watchdog: LIMIT must be whole seconds (got '$limit')" >&2; exit 64 ;; esac
grace=120

pattern="$build_dir/.*PackageTests\.xctest"
# Only processes of this tree's bundle count: another checkout's tests are not ours to stop.
test_pids() { pgrep -f "$pattern" || true; }
starter=$PPID
starter_gone() { ! kill -0 "$starter" 2>/dev/null; }
alive() { [ -n "$1" ] && kill -0 "$1" 2>/dev/null; }

# Flushes the stdio buffers of each process given (test output held back says which tests finished).
flush_output() {
  command -v gdb > /dev/null || return 0
  for holder in "$@"; do
    [ -n "$holder" ] && [ "$holder" -gt 1 ] || continue
    timeout 60 gdb -p "$holder" -batch -nx -ex 'set complaints 0' -ex 'call (int)fflush(0)' > /dev/null 2>&1
    sleep 1
  done
}

report_hung() { # PIDS RELAY
  local pids=$1 relay=$2
  echo
  echo "test-watchdog: the test process has run for over $limit s; it is probably hung. What it is doing:"
  ps -eo pid,ppid,etimes,stat,wchan:24,args --forest | cut -c1-220
  for pid in $pids; do
    echo
    echo "test-watchdog: threads of process $pid"
    if command -v gdb > /dev/null; then
      flush_output "$pid" "$relay"
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
}

# Processes other than RELAY with the write end of one of the given pipes open.
pipe_holders() { # RELAY TARGET...
  local relay=$1; shift
  for fd in /proc/[0-9]*/fd/*; do
    local target pid flags
    target=$(readlink "$fd" 2>/dev/null) || continue
    for wanted in "$@"; do
      [ "$target" = "$wanted" ] || continue
      pid=${fd#/proc/}; pid=${pid%%/*}
      [ "$pid" != "$relay" ] && [ "$pid" != "$$" ] || continue
      flags=$(awk '/^flags:/ { print $2 }' "/proc/$pid/fdinfo/${fd##*/}" 2>/dev/null)
      [ -n "$flags" ] && [ $(( 8#$flags & 3 )) -eq 1 ] && echo "$pid"
    done
  done | sort -u
}

while true; do
  # Wait for the next test process.
  while [ -z "$(test_pids)" ]; do
    starter_gone && exit 0
    sleep 2
  done
  pids="$(test_pids)"
  first=${pids%%$'\n'*}
  relay=$(ps -o ppid= -p "$first" 2>/dev/null | tr -d ' ')
  outputs=$(for fd in 1 2; do readlink "/proc/$first/fd/$fd" 2>/dev/null; done | grep '^pipe:' | sort -u)
  started=$(date +%s)

  # While it runs: stop it once it has run for LIMIT seconds.
  while [ -n "$(test_pids)" ]; do
    starter_gone && exit 0
    if [ $(( $(date +%s) - started )) -ge "$limit" ]; then
      pids="$(test_pids)"
      report_hung "$pids" "$relay" >&2
      # shellcheck disable=SC2086
      kill -TERM $pids 2>/dev/null
      sleep 10
      # shellcheck disable=SC2086
      kill -KILL $pids 2>/dev/null
      exit 1
    fi
    sleep 5
  done

  # After it: swift-test should finish, or start the next test process, within the grace time.
  ended=$(date +%s)
  while alive "$relay" && [ -z "$(test_pids)" ] && [ $(( $(date +%s) - ended )) -lt "$grace" ]; do
    starter_gone && exit 0
    sleep 2
  done
  if alive "$relay" && [ -z "$(test_pids)" ] && [ -n "$outputs" ]; then
    # shellcheck disable=SC2086
    holders=$(pipe_holders "$relay" $outputs)
    {
      echo
      echo "test-watchdog: swift-test ($relay) is still waiting $grace s after its test process ended;"
      echo "test-watchdog: these processes the tests started hold its output open (stopping them):"
      # shellcheck disable=SC2086
      [ -n "$holders" ] && ps -o pid,ppid,etimes,stat,args -p "$(echo $holders | tr ' ' ',')" | cut -c1-220
      [ -z "$holders" ] && echo "  (none found; the process tree:)" && ps -eo pid,ppid,etimes,stat,args --forest | cut -c1-220
    } >&2
    flush_output "$relay"
    # shellcheck disable=SC2086
    [ -n "$holders" ] && kill -KILL $holders 2>/dev/null
  fi
done
