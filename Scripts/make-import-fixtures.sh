#!/bin/sh
# Regenerates the importer test fixtures from real tools on this machine:
# Google Benchmark (Debian libbenchmark-dev) and hyperfine (Debian hyperfine).
# The nvbench fixture is written by hand to nvbench's documented JSON format.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/Tests/KernelBenchTests/Fixtures"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
g++ -O2 -o "$work/gb" "$here/Scripts/fixtures/gbench_triad.cc" -lbenchmark -lpthread
"$work/gb" --benchmark_format=json --benchmark_repetitions=5 --benchmark_min_time=0.05 \
    > "$out/google-benchmark.json"
cat > "$work/triad.c" <<'C'
#include <stdlib.h>
int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    float *a = malloc(n * 4), *b = malloc(n * 4), *c = malloc(n * 4);
    for (long i = 0; i < n; i++) { b[i] = 1; c[i] = 2; }
    for (int r = 0; r < 20; r++)
        for (long i = 0; i < n; i++) a[i] = b[i] + 3 * c[i];
    return a[n / 2] == 7 ? 0 : 1;
}
C
gcc -O3 -o "$work/triad" "$work/triad.c"
hyperfine --warmup 2 --runs 12 --export-json "$out/hyperfine.json" \
    "$work/triad 1048576" "$work/triad 4194304" > /dev/null
# The temporary path in command names is replaced by a stable one.
sed -i "s|$work/|./|g" "$out/hyperfine.json"
echo "fixtures written to $out"
