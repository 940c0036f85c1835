/* Stream kernels: copy, triad, dot. Each worker takes one contiguous, cache-line aligned
   chunk, as a CUDA grid-stride loop becomes one chunk per core on the host. */
#include "include/ck_kernels.h"
#include "ck_internal.h"

#include <string.h>

typedef struct {
    float *a;
    const float *b, *c;
    float s;
    size_t n;
    double partial[CK_MAX_WORKERS];
} stream_args;

static void copy_task(void *raw, int tid, int nt) {
    stream_args *x = raw;
    size_t b, e;
    ck_split(x->n, nt, tid, CK_ALIGN, &b, &e);
    if (e > b) memcpy(x->a + b, x->b + b, (e - b) * sizeof(float));
}

void ck_copy(ck_pool *pool, const float *a, float *b, size_t n) {
    stream_args x = {.a = b, .b = a, .n = n};
    ck_pool_run(pool, copy_task, &x);
}

CK_HOT static void triad_loop(float *restrict a, const float *restrict b,
                              const float *restrict c, float s, size_t n) {
    for (size_t i = 0; i < n; i++) a[i] = b[i] + s * c[i];
}

static void triad_task(void *raw, int tid, int nt) {
    stream_args *x = raw;
    size_t b, e;
    ck_split(x->n, nt, tid, CK_ALIGN, &b, &e);
    if (e > b) triad_loop(x->a + b, x->b + b, x->c + b, x->s, e - b);
}

void ck_triad(ck_pool *pool, float *a, const float *b, const float *c, float s, size_t n) {
    stream_args x = {.a = a, .b = b, .c = c, .s = s, .n = n};
    ck_pool_run(pool, triad_task, &x);
}

/* Sixteen independent float lanes let the compiler vectorise without reassociating a
   single accumulator; blocks of 4096 bound the float rounding error before the double sum. */
CK_HOT static double dot_loop(const float *restrict a, const float *restrict b, size_t n) {
    double total = 0;
    size_t i = 0;
    while (i < n) {
        size_t end = i + 4096 < n ? i + 4096 : n;
        float acc[16] = {0};
        for (; i + 16 <= end; i += 16)
            for (int j = 0; j < 16; j++) acc[j] += a[i + j] * b[i + j];
        float tail = 0;
        for (; i < end; i++) tail += a[i] * b[i];
        float block = tail;
        for (int j = 0; j < 16; j++) block += acc[j];
        total += (double)block;
    }
    return total;
}

static void dot_task(void *raw, int tid, int nt) {
    stream_args *x = raw;
    size_t b, e;
    ck_split(x->n, nt, tid, 4096, &b, &e);
    x->partial[tid] = e > b ? dot_loop(x->b + b, x->c + b, e - b) : 0.0;
}

double ck_dot(ck_pool *pool, const float *a, const float *b, size_t n) {
    stream_args x = {.b = a, .c = b, .n = n};
    ck_pool_run(pool, dot_task, &x);
    double total = 0;
    int workers = ck_pool_chunks(pool);
    for (int t = 0; t < workers && t < CK_MAX_WORKERS; t++) total += x.partial[t];
    return total;
}
