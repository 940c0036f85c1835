#!/usr/bin/env bash
# Times a release-build scan of a large synthetic tree against ripgrep with one alternation of CUDA prefixes.
# usage: Scripts/bench-scan.sh [TREE_DIR]   (the tree is generated there when missing: ~60 MB in ~15,000 files)
set -euo pipefail
cd "$(dirname "$0")/.."
tree="${1:-${TMPDIR:-/tmp}/drawbridge-bench-tree}"
runs="${RUNS:-3}"

command -v rg >/dev/null || { echo "ripgrep (rg) is missing: apt-get update && apt-get install -y ripgrep" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing: apt-get install -y time" >&2; exit 1; }
if [ ! -d "$tree" ]; then
    echo "generating $tree ..." >&2
    python3 Scripts/make-bench-tree.py "$tree" 15000 60
fi
swift build -c release --product drawbridge >&2
bin=.build/release/drawbridge

files=$(find "$tree" -type f | wc -l)
bytes=$(find "$tree" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
pattern='\b(cuda[A-Z]\w*|cu[A-Z]\w*|CU_\w+|CUDA_\w+|cublas\w*|cudnn\w*|nccl\w*|curand\w*|cufft\w*|cusparse\w*|cusolver\w*|nvrtc\w*|__shfl\w*|__syncthreads|threadIdx|blockIdx|blockDim|atomicAdd|torch\.cuda\w*)'

# measure CMD...: prints "wall_seconds max_rss_kb cpu_seconds" of one run (CPU = user + system, which stays
# meaningful when other work shares the machine). Wall time from the shell's microsecond clock: /usr/bin/time reports
# hundredths, too coarse for a ratio of two fifths-of-a-second runs.
[ -n "${EPOCHREALTIME:-}" ] || { echo "bash 5 or later is needed (EPOCHREALTIME)" >&2; exit 1; }
measure() {
    local log start end
    log=$(mktemp)
    start=$EPOCHREALTIME
    /usr/bin/time -v "$@" >/dev/null 2>"$log"
    end=$EPOCHREALTIME
    awk -v s="$start" -v e="$end" '/Maximum resident set size/ {m = $2} /User time/ {u = $2} /System time/ {sy = $2}
                END {printf "%.4f %s %s\n", e - s, m, u + sy}' FS=': ' "$log"
    rm -f "$log"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Warm the page cache for both tools.
"$bin" scan "$tree" --format csv >/dev/null
rg -c "$pattern" "$tree" >/dev/null || true

# ripgrep twice: counting matching lines per file (-c, the least work it can do), and printing every match with its
# file, line and column (--column -o, the same places a scan reports, though without any catalog lookup or report).
scan_walls=(); scan_rss=(); scan_cpu=(); rg_walls=(); rg_rss=(); rg_cpu=(); rgo_walls=(); rgo_cpu=(); json_walls=(); json_cpu=()
for _ in $(seq "$runs"); do
    read -r w m c < <(measure "$bin" scan "$tree" --format csv); scan_walls+=("$w"); scan_rss+=("$m"); scan_cpu+=("$c")
    read -r w m c < <(measure "$bin" scan "$tree" --format json); json_walls+=("$w"); json_cpu+=("$c")
    read -r w m c < <(measure rg -c "$pattern" "$tree"); rg_walls+=("$w"); rg_rss+=("$m"); rg_cpu+=("$c")
    read -r w m c < <(measure rg --column -n -o "$pattern" "$tree"); rgo_walls+=("$w"); rgo_cpu+=("$c")
done
scan_c=$(printf '%s\n' "${scan_cpu[@]}" | median)
rg_c=$(printf '%s\n' "${rg_cpu[@]}" | median)
rgo_c=$(printf '%s\n' "${rgo_cpu[@]}" | median)
scan_wall=$(printf '%s\n' "${scan_walls[@]}" | median)
json_wall=$(printf '%s\n' "${json_walls[@]}" | median)
json_c=$(printf '%s\n' "${json_cpu[@]}" | median)
rg_wall=$(printf '%s\n' "${rg_walls[@]}" | median)
rgo_wall=$(printf '%s\n' "${rgo_walls[@]}" | median)
scan_peak=$(printf '%s\n' "${scan_rss[@]}" | sort -n | tail -1)
rg_peak=$(printf '%s\n' "${rg_rss[@]}" | sort -n | tail -1)
findings=$("$bin" scan "$tree" --format csv | tail -n +2 | wc -l)
matches=$(rg --column -n -o "$pattern" "$tree" | wc -l)

echo "tree: $tree ($files files, $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b/1048576}') MB), $(nproc) cores, median of $runs runs"
("$bin" scan "$tree" | head -16) || true
awk -v f="$files" -v b="$bytes" -v sw="$scan_wall" -v rw="$rg_wall" -v ow="$rgo_wall" -v sp="$scan_peak" -v rp="$rg_peak" \
    -v sc="$scan_c" -v rc="$rg_c" -v oc="$rgo_c" -v n="$findings" -v m="$matches" -v jw="$json_wall" -v jc="$json_c" 'BEGIN {
    printf "drawbridge scan --format csv : %.3f s  %8.0f files/s  %7.1f MB/s  cpu %.3f s  peak %.1f MB  (%d findings)\n", sw, f/sw, b/1048576/sw, sc, sp/1024, n
    printf "drawbridge scan --format json: %.3f s  %8.0f files/s  %7.1f MB/s  cpu %.3f s  (with source lines)\n", jw, f/jw, b/1048576/jw, jc
    printf "rg -c (counts only)          : %.3f s  %8.0f files/s  %7.1f MB/s  cpu %.3f s  peak %.1f MB\n", rw, f/rw, b/1048576/rw, rc, rp/1024
    printf "rg --column -n -o (matches)  : %.3f s  %8.0f files/s  %7.1f MB/s  cpu %.3f s  (%d matches)\n", ow, f/ow, b/1048576/ow, oc, m
    printf "wall-time ratio drawbridge/ripgrep: %.2f against rg -c (target <= 1.5), %.2f against rg printing every match; cpu ratios %.2f and %.2f; peak %.1f MB (target < 300)\n", sw/rw, sw/ow, sc/rc, sc/oc, sp/1024
    printf "JSON report (every finding with its source line): %.2f against rg -c, %.2f against rg printing every match\n", jw/rw, jw/ow
}'
