/* Machine calibration: the memory roof (STREAM-style triad over arrays far larger than the
   last-level cache) and the compute roof (independent FMA chains kept in registers). */
#include "include/ck_kernels.h"
#include "ck_internal.h"

#include <stdlib.h>
#include <string.h>

double ck_calibrate_triad(ck_pool *pool, size_t n, int runs) {
    float *a = ck_alloc(n * sizeof(float)), *b = ck_alloc(n * sizeof(float)), *c = ck_alloc(n * sizeof(float));
    double best = 0;
    if (a && b && c) {
        /* First touch from the pool so pages are spread as the kernel will use them. */
        ck_fill_uniform(pool, a, n, 7, 1, 1, 0);
        ck_fill_uniform(pool, b, n, 7, 2, 1, 0);
        ck_fill_uniform(pool, c, n, 7, 3, 1, 0);
        ck_triad(pool, a, b, c, 3.0f, n);
        for (int r = 0; r < runs; r++) {
            uint64_t t0 = ck_now_ns();
            ck_triad(pool, a, b, c, 3.0f, n);
            uint64_t dt = ck_now_ns() - t0;
            double bw = dt > 0 ? 3.0 * sizeof(float) * (double)n / ((double)dt * 1e-9) : 0;
            if (bw > best) best = bw;
        }
    }
    ck_free(a);
    ck_free(b);
    ck_free(c);
    return best;
}

typedef float ck_v4 __attribute__((vector_size(16)));
typedef float ck_v8 __attribute__((vector_size(32)));
typedef float ck_v16 __attribute__((vector_size(64)));

/* Twelve accumulators cover FMA latency times throughput on current cores. */
#define CK_FMA_BODY(VT, LANES)                                                    \
    VT acc[12];                                                                   \
    VT m, add;                                                                    \
    for (int l = 0; l < LANES; l++) { m[l] = 0.999999f; add[l] = 1e-7f; }         \
    for (int j = 0; j < 12; j++)                                                  \
        for (int l = 0; l < LANES; l++) acc[j][l] = (float)(j + l) * 1e-3f;       \
    for (long i = 0; i < iters; i++)                                              \
        for (int j = 0; j < 12; j++) acc[j] = acc[j] * m + add;                   \
    float s = 0;                                                                  \
    for (int j = 0; j < 12; j++)                                                  \
        for (int l = 0; l < LANES; l++) s += acc[j][l];                           \
    *sink = s;                                                                    \
    return 12.0 * 2.0 * LANES * (double)iters;

#if defined(__x86_64__)
__attribute__((target("avx512f,fma"))) static double fma_v16(long iters, volatile float *sink) {
    CK_FMA_BODY(ck_v16, 16)
}
__attribute__((target("avx2,fma"))) static double fma_v8(long iters, volatile float *sink) {
    CK_FMA_BODY(ck_v8, 8)
}
#endif
static double fma_v4(long iters, volatile float *sink) { CK_FMA_BODY(ck_v4, 4) }

typedef struct {
    long iters;
    double flops[CK_MAX_WORKERS];
} fma_args;

static void fma_task(void *raw, int tid, int nt) {
    (void)nt;
    fma_args *a = raw;
    volatile float sink = 0;
#if defined(__x86_64__)
    if (__builtin_cpu_supports("avx512f")) { a->flops[tid] = fma_v16(a->iters, &sink); return; }
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) {
        a->flops[tid] = fma_v8(a->iters, &sink);
        return;
    }
#endif
    a->flops[tid] = fma_v4(a->iters, &sink);
}

double ck_calibrate_fma(ck_pool *pool, int runs) {
    fma_args a;
    memset(&a, 0, sizeof(a));
    a.iters = 2000000;
    double best = 0;
    int workers = ck_pool_chunks(pool);
    for (int r = 0; r < runs + 1; r++) {
        uint64_t t0 = ck_now_ns();
        ck_pool_run(pool, fma_task, &a);
        uint64_t dt = ck_now_ns() - t0;
        double total = 0;
        for (int t = 0; t < workers && t < CK_MAX_WORKERS; t++) total += a.flops[t];
        double rate = dt > 0 ? total / ((double)dt * 1e-9) : 0;
        /* The first run only warms the clocks and the pool. */
        if (r > 0 && rate > best) best = rate;
    }
    return best;
}
