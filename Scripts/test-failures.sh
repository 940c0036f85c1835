#!/usr/bin/env bash
# Repeats the failures of a finished `swift test` run at the end of its output: CI shows only
# the tail of a long run, and a failing test's own lines are printed minutes before the summary.
#
#   Scripts/test-failures.sh LOG STATUS     (LOG: the run's output; STATUS: its exit status)
#
# Prints nothing when STATUS is 0. Otherwise prints every Swift Testing line marked ✘ with the
# detail lines under it, XCTest's failure lines and the compiler's errors, then the exit status.
# Exits 0 itself, unless LOG cannot be read (2) or the arguments are wrong (64).
set -uo pipefail

log="${1:-}"
status="${2:-}"
if [ -z "$log" ] || [ -z "$status" ]; then
  echo "usage: Scripts/test-failures.sh LOG STATUS" >&2
  exit 64
fi
case "$status" in *[!0-9]*) echo "test-failures: STATUS must be an exit status (got '$status')" >&2; exit 64 ;; esac
if [ ! -r "$log" ]; then
  echo "test-failures: cannot read the test log '$log'" >&2
  exit 2
fi
[ "$status" -eq 0 ] && exit 0

echo
echo "==== swift test failed (exit $status); its failure lines, repeated from above ===="
# A ✘ line starts a failure; the lines Swift Testing indents under it ("↳ ...", or the values an
# expectation compared) belong to it, up to the next line that starts at the margin.
awk '
  /✘/ { print; inside = 1; count++; next }
  inside && (/^[[:space:]]/ || /^↳/) { print; next }
  { inside = 0 }
  /: error: / || /Test Case .* failed/ || /^error: / || /Fatal error/ || /signal code/ { print; count++ }
  END { if (count == 0) print "(no failure line found: the run stopped before any test reported; see its last lines above)" }
' "$log" | head -n 400
echo "==== end of the failure lines (exit $status) ===="
exit 0
