#!/usr/bin/env bash
# Runs the parallel scanner, the workbench's background jobs and the concurrency tests under
# ThreadSanitizer (its own build folder, .build-tsan) and fails on any data race it reports.
# usage: Scripts/tsan.sh [extra swift test --filter regex]
set -euo pipefail
cd "$(dirname "$0")/.."
filter="${1:-ScannerTests|ScanScreenTests|LargeScanTests|LargeReportWriterTests|BenchRunnerTests|ConcurrentWorkbenchTests|HostileTextScreenTests}"
swift build --build-tests --sanitize=thread --scratch-path .build-tsan >&2
log=$(mktemp)
set +e
swift test --sanitize=thread --scratch-path .build-tsan --skip-build --filter "$filter" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
races=$(grep -c "WARNING: ThreadSanitizer" "$log" || true)
rm -f "$log"
echo "ThreadSanitizer: $races warnings; swift test exit $status" >&2
[ "$status" -eq 0 ] && [ "$races" -eq 0 ]
