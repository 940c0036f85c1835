#!/usr/bin/env bash
# PostgreSQL beside SQLite, the team-scale figures: 8 writer processes x 500 interventions on each
# backend, 10 SIGKILLs of a scan being saved to PostgreSQL, and the portfolio report and first frame
# on a 1,000-attempt / 100,000-intervention workspace on both, side by side in one run.
#
#   Scripts/bench-postgres.sh [postgres://user@host:port/maintenance-db]
#
# With no URL it starts a throw-away cluster (Scripts/postgres-test-cluster.sh) and stops it after.
# Builds in release mode; needs psql.
set -euo pipefail
cd "$(dirname "$0")/.."

cluster=""
url="${1:-}"
if [ -z "$url" ]; then
  cluster="${TMPDIR:-/tmp}/drawbridge-bench-pg"
  url="$(Scripts/postgres-test-cluster.sh start "$cluster" 54340)"
  trap 'Scripts/postgres-test-cluster.sh stop "$cluster"' EXIT
fi
echo "server: $url"

swift build -c release --product drawbridge >/dev/null
swift build -c release --product workbench-benchmarks >/dev/null
bin="$(swift build -c release --show-bin-path)"
work="$(mktemp -d)"
trap 'rm -rf "$work"; [ -n "$cluster" ] && Scripts/postgres-test-cluster.sh stop "$cluster"' EXIT

# A fresh database on the server; prints its URL.
fresh() {
  local name="drawbridge_bench_$1_$$"
  psql -X -q "$url" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"
  echo "${url%/*}/$name"
}

echo
echo "== 8 writer processes x 500 interventions =="
"$bin/workbench-benchmarks" writers --db "$work/writers.sqlite" --processes 8 --count 500
"$bin/workbench-benchmarks" writers --db "$(fresh writers)" --processes 8 --count 500

echo
echo "== SIGKILL mid-scan-save on PostgreSQL, 10 tries =="
scan_db="$(fresh kills)"
"$bin/drawbridge" demo --db "$scan_db" >/dev/null
mkdir -p "$work/tree"
line='    cudaMalloc(&p, n); cudaFree(p);'
for file in $(seq 1 100); do
  for _ in $(seq 1 1000); do echo "$line"; done > "$work/tree/k$file.cu"
done
start=$(date +%s.%N)
"$bin/drawbridge" scan run "$work/tree" --save --attempt 1 --format csv --db "$scan_db" >/dev/null
length=$(python3 -c "print(round($(date +%s.%N) - $start, 2))")
echo "an uninterrupted save of 200,000 findings takes ${length} s"
landed=0
partial=0
for try in $(seq 1 10); do
  "$bin/drawbridge" scan run "$work/tree" --save --attempt 1 --format csv --db "$scan_db" >/dev/null 2>&1 &
  pid=$!
  sleep "$(python3 -c "print($length * (0.3 + 0.06 * $try))")"
  if kill -9 "$pid" 2>/dev/null; then landed=$((landed + 1)); fi
  wait "$pid" 2>/dev/null || true
  incomplete=$("$bin/drawbridge" check --db "$scan_db" --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["incomplete_scans"]))')
  partial=$((partial + incomplete))
done
scans=$(psql -X -A -t "$scan_db" -c "SELECT count(*) || ' scans, ' || coalesce(sum(finding_count), 0) || ' findings' FROM scan")
echo "kills landed mid-run: $landed of 10; partial scans found after them: $partial; stored: $scans (each whole)"

echo
echo "== portfolio report and first frame, 1,000 attempts / 100,000 interventions =="
"$bin/workbench-benchmarks" backends --postgres "$(fresh scale)" --attempts 1000 --interventions 100000 --runs 5
