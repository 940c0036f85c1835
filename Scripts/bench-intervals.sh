#!/bin/sh
# Quality bars for benchmark intervals across processes (issue 15), measured end to end
# through the real runner protocol with known-ratio runners (Scripts/known-ratio-runner.sh):
# two identical relays of `bench serve --port c` (factor 1.00), one 5% slower (1.05) and one
# 5% faster (0.95), every kernel at S and M against the first 1.00 relay; then the in-process
# A/A self-check of `c` and the runner A/A self-check (two processes of one relay).
#   Scripts/bench-intervals.sh [--load] [--keep DIR] [--time-default OLD_DRAWBRIDGE]
#     --load           keep one core busy (`yes > /dev/null`) while measuring
#     --keep DIR       copy the sessions (JSON) into DIR
#     --time-default B also time a full default `bench run` with binary B and then with this
#                      build, back to back (the before/after figure)
# Extra `bench run` options may follow `--` (e.g. `-- --max-time 5`). Prints figures; it does
# not fail on them (a benchmark, not a test).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
load=0
keep=
old=
while [ $# -gt 0 ]; do
    case "$1" in
        --load) load=1; shift ;;
        --keep) keep=${2:?--keep needs a directory}; shift 2 ;;
        --time-default) old=${2:?--time-default needs a binary}; shift 2 ;;
        --) shift; break ;;
        *) echo "usage: $0 [--load] [--keep DIR] [--time-default OLD_DRAWBRIDGE] [-- bench run options]" >&2; exit 2 ;;
    esac
done
bin=${DRAWBRIDGE_BIN:-$here/.build/debug/drawbridge}
if [ ! -x "$bin" ]; then (cd "$here" && swift build --product drawbridge >/dev/null); fi
work=$(mktemp -d)
yes_pid=
cleanup() {
    if [ -n "$yes_pid" ]; then kill "$yes_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT INT TERM
manifest() {
    printf 'name = %s\ncommand = %s\narg = %s\narg = %s\ntimeout = 60\nprotocol = 1\n' \
        "$1" "$here/Scripts/known-ratio-runner.sh" "$2" "$bin" > "$work/$1.manifest"
}
manifest relay-a 1.00
manifest relay-b 1.00
manifest relay-105 1.05
manifest relay-095 0.95
if [ "$load" = 1 ]; then
    yes > /dev/null &
    yes_pid=$!
    echo "load: yes > /dev/null (pid $yes_pid) keeps one core busy"
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
now() { date +%s.%N; }
t0=$(now)
"$bin" bench run --runner "$work/relay-a.manifest" --runner "$work/relay-b.manifest" \
    --runner "$work/relay-105.manifest" --runner "$work/relay-095.manifest" \
    --baseline relay-a --port relay-b --port relay-105 --port relay-095 --size S --size M \
    --format json "$@" > "$work/relay.json" 2> "$work/relay.err" || { cat "$work/relay.err" >&2; exit 1; }
t1=$(now)
"$bin" bench run --self-check --size S --size M --format json "$@" > "$work/aa.json" 2> "$work/aa.err" \
    || { cat "$work/aa.err" >&2; exit 1; }
t2=$(now)
"$bin" bench run --self-check --runner "$work/relay-a.manifest" --size S --size M --format json "$@" \
    > "$work/aa-runner.json" 2> "$work/aa-runner.err" || { cat "$work/aa-runner.err" >&2; exit 1; }
t3=$(now)
if [ -n "$keep" ]; then mkdir -p "$keep" && cp "$work"/*.json "$keep"/; fi
python3 - "$work" "$t0" "$t1" "$t2" "$t3" <<'PY'
import json, sys
work, t0, t1, t2, t3 = sys.argv[1], *map(float, sys.argv[2:])
relay = json.load(open(f"{work}/relay.json"))
truth = {"relay-b": 1.00, "relay-105": 1.05, "relay-095": 0.95}
want = {"relay-b": "SAME", "relay-105": "SLOWER", "relay-095": "FASTER"}
covered = total = 0
print(f"known-ratio runners against relay-a (1.00), every kernel at S and M ({t1 - t0:.0f} s):")
for port in truth:
    rows = [c for c in relay["comparisons"] if c["port"] == port and c.get("note") is None]
    verdicts = {}
    for c in rows: verdicts[c["verdict"]] = verdicts.get(c["verdict"], 0) + 1
    hits = sum(1 for c in rows if c["ci95"]["low"] is not None and c["ci95"]["low"] <= truth[port] <= c["ci95"]["high"])
    covered += hits; total += len(rows)
    right = verdicts.get(want[port], 0)
    print(f"  {port} (true ratio {truth[port]:.2f}): {want[port]} {right} of {len(rows)}; "
          + ", ".join(f"{v} {n}" for v, n in sorted(verdicts.items()))
          + f"; 95% interval holds the true ratio in {hits} of {len(rows)}")
print(f"  coverage over every known-ratio runner: {covered} of {total}")
for name, path, secs in (("in-process c", "aa.json", t2 - t1), ("runner relay-a, two processes", "aa-runner.json", t3 - t2)):
    s = json.load(open(f"{work}/{path}"))
    rows = [c for c in s["comparisons"] if c.get("note") is None]
    same = sum(1 for c in rows if c["verdict"] == "SAME")
    others = {}
    for c in rows:
        if c["verdict"] != "SAME": others[c["verdict"]] = others.get(c["verdict"], 0) + 1
    extra = "".join(f", {v} {n}" for v, n in sorted(others.items()))
    print(f"self-check {name}: SAME {same} of {len(rows)}{extra} ({secs:.0f} s)")
spread = sorted(c["round_spread"] for c in relay["comparisons"] if c.get("round_spread") is not None)
if spread:
    print(f"between-round spread (relays): median ±{100 * spread[len(spread) // 2]:.1f}%, largest ±{100 * spread[-1]:.1f}%")
PY
if [ -n "$old" ]; then
    echo "full default bench run (10 kernels, S/M/L, c against every available port), back to back:"
    for b in "$old" "$bin"; do
        s=$(now)
        "$b" bench run > "$work/default.txt" 2>&1 || { tail -3 "$work/default.txt" >&2; exit 1; }
        e=$(now)
        ports=$(grep -c '^.* c  *opencl ' "$work/default.txt" || true)
        printf '  %s: %.0f s (%s c/opencl comparisons)\n' "$b" "$(echo "$e - $s" | bc)" "$ports"
        if [ "$ports" = 0 ]; then
            echo "  (no opencl comparisons: OpenCL is not available here, so this is not the default run of the bar; install pocl-opencl-icd)"
        fi
    done
fi
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at end"
