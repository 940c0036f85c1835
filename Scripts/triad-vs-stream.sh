#!/bin/sh
# Compares the `c` port's triad bandwidth with a plain STREAM-style triad in C (gcc -O3,
# OpenMP over every core, same float arrays, same element count), in the same run, taking
# turns so that both see the same machine state. Prints both bandwidths and the ratio.
#   Scripts/triad-vs-stream.sh [ELEMENTS] [ROUNDS]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-33554432}     # 2^25 floats = 128 MiB per array, four times a 32 MiB last-level cache
rounds=${2:-3}
probe="$here/.build/release/bench-probe"
if [ ! -x "$probe" ]; then
    (cd "$here" && swift build -c release --product bench-probe >/dev/null)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/stream.c" <<'C'
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec * 1e-9; }
int main(int argc, char **argv) {
    long n = atol(argv[1]); int runs = atoi(argv[2]);
    float *a = malloc(n * sizeof(float)), *b = malloc(n * sizeof(float)), *c = malloc(n * sizeof(float));
#pragma omp parallel for
    for (long i = 0; i < n; i++) { a[i] = 0; b[i] = 1; c[i] = 2; }
    double best = 1e30;
    for (int r = 0; r <= runs; r++) {
        double t = now();
#pragma omp parallel for
        for (long i = 0; i < n; i++) a[i] = b[i] + 3.0f * c[i];
        t = now() - t;
        if (r > 0 && t < best) best = t;   /* the first run is excluded, as STREAM does */
    }
    printf("%.2f\n", 3.0 * sizeof(float) * n / best / 1e9);
    return a[n / 2] == 7.0f ? 0 : 1;
}
C
gcc -O3 -fopenmp -o "$work/stream" "$work/stream.c"
best_stream=0
best_c=0
i=0
while [ "$i" -lt "$rounds" ]; do
    s=$(OMP_NUM_THREADS=$(nproc) "$work/stream" "$n" 20)
    c=$("$probe" triad-bandwidth --elements "$n" --runs 20)
    best_stream=$(echo "$s $best_stream" | awk '{print ($1 > $2) ? $1 : $2}')
    best_c=$(echo "$c $best_c" | awk '{print ($1 > $2) ? $1 : $2}')
    echo "round $((i + 1)): STREAM-style triad $s GB/s, c port triad $c GB/s"
    i=$((i + 1))
done
echo "$best_stream $best_c" | awk '{printf "best: STREAM-style triad %.2f GB/s, c port triad %.2f GB/s, ratio %.1f%%\n", $1, $2, 100 * $2 / $1}'
