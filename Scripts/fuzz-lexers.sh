#!/usr/bin/env bash
# Fuzzes the C/C++/CUDA and Python lexers with libFuzzer for a bounded time, seeded with Data/samples.
# usage: Scripts/fuzz-lexers.sh [SECONDS]   (default 60; prints executions and exec/s)
# Builds `lexer-fuzz` in release mode with -sanitize=fuzzer,address under its own scratch path (.build-fuzz), so the
# ordinary build is untouched. A crash, a finding outside the input or a case over 1 s stops the run with exit status
# 1 and leaves the input in .build-fuzz/artifacts/; replay it with `.build-fuzz/release/lexer-fuzz FILE`.
# Where libFuzzer cannot be built, `swift run lexer-fuzz --seconds N --seed S` is the coverage-free fallback.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
[[ "$seconds" =~ ^[0-9]+$ ]] && [ "$seconds" -gt 0 ] || { echo "usage: $0 [SECONDS]" >&2; exit 64; }

mkdir -p .build-fuzz
# The gold linker warns about every sanitizer symbol it cannot export: noise, left in the build log only.
if ! swift build -c release --product lexer-fuzz --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DLIBFUZZER >.build-fuzz/build.log 2>&1; then
    grep -v "Cannot export local symbol" .build-fuzz/build.log >&2 || true
    echo "fuzz-lexers: the libFuzzer build failed (log in .build-fuzz/build.log);" \
        "'swift run lexer-fuzz --seconds N' is the coverage-free fallback" >&2
    exit 1
fi

# libFuzzer adds what it learns to the first corpus directory: a copy, so Data/samples stays as it is.
corpus=.build-fuzz/corpus
mkdir -p "$corpus" .build-fuzz/artifacts
find Data/samples -type f \( -name '*.cu' -o -name '*.h' -o -name '*.cpp' -o -name '*.py' \) -exec cp {} "$corpus"/ \;

log=.build-fuzz/fuzz.log
status=0
# A fixed seed (FUZZ_SEED to change it), so a CI run is reproducible up to where its time runs out.
.build-fuzz/release/lexer-fuzz -seed="${FUZZ_SEED:-1}" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix=.build-fuzz/artifacts/ "$corpus" >"$log" 2>&1 || status=$?
executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
if [ "$status" -ne 0 ]; then
    grep -E "lexer-fuzz:|ERROR|SUMMARY|Test unit written" "$log" >&2 || tail -20 "$log" >&2
    echo "fuzz-lexers: FAILED after ${executions:-?} executions; full log in $log" >&2
    exit 1
fi
echo "fuzz-lexers: ${seconds} s, ${executions} executions, ${rate} exec/s, ${coverage}, no failures"
