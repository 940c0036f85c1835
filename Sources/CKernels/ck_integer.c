/* Integer kernels: histogram (privatised bins, the host form of shared-memory atomics)
   and inclusive scan (per-chunk sums, then a scan of each chunk with its offset). */
#include "include/ck_kernels.h"
#include "ck_internal.h"

#include <string.h>


typedef struct {
    const uint32_t *in;
    uint32_t *out;
    size_t n;
    uint32_t bins[CK_MAX_WORKERS][256];
    uint32_t sums[CK_MAX_WORKERS];
} int_args;

static void histogram_task(void *raw, int tid, int nt) {
    int_args *a = raw;
    size_t b, e;
    ck_split(a->n, nt, tid, CK_ALIGN, &b, &e);
    /* Four sub-histograms break the store-to-load dependency when values repeat. */
    uint32_t local[4][256];
    memset(local, 0, sizeof(local));
    size_t i = b;
    for (; i + 4 <= e; i += 4) {
        local[0][a->in[i] & 255]++;
        local[1][a->in[i + 1] & 255]++;
        local[2][a->in[i + 2] & 255]++;
        local[3][a->in[i + 3] & 255]++;
    }
    for (; i < e; i++) local[0][a->in[i] & 255]++;
    for (int k = 0; k < 256; k++)
        a->bins[tid][k] = local[0][k] + local[1][k] + local[2][k] + local[3][k];
}

void ck_histogram(ck_pool *pool, const uint32_t *values, size_t n, uint32_t *bins) {
    int_args a;
    a.in = values;
    a.n = n;
    int workers = ck_pool_chunks(pool);
    if (workers > CK_MAX_WORKERS) workers = CK_MAX_WORKERS;
    ck_pool_run(pool, histogram_task, &a);
    for (int k = 0; k < 256; k++) {
        uint32_t s = 0;
        for (int t = 0; t < workers; t++) s += a.bins[t][k];
        bins[k] = s;
    }
}

static void scan_sum_task(void *raw, int tid, int nt) {
    int_args *a = raw;
    size_t b, e;
    ck_split(a->n, nt, tid, CK_ALIGN, &b, &e);
    uint32_t s = 0;
    for (size_t i = b; i < e; i++) s += a->in[i];
    a->sums[tid] = s;
}

static void scan_apply_task(void *raw, int tid, int nt) {
    int_args *a = raw;
    size_t b, e;
    ck_split(a->n, nt, tid, CK_ALIGN, &b, &e);
    uint32_t run = 0;
    for (int t = 0; t < tid; t++) run += a->sums[t];
    for (size_t i = b; i < e; i++) {
        run += a->in[i];
        a->out[i] = run;
    }
}

void ck_scan(ck_pool *pool, const uint32_t *in, uint32_t *out, size_t n) {
    int_args a;
    a.in = in;
    a.out = out;
    a.n = n;
    ck_pool_run(pool, scan_sum_task, &a);
    ck_pool_run(pool, scan_apply_task, &a);
}
