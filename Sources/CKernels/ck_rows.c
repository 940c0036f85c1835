/* Row-wise kernels: softmax and layernorm, one row at a time per worker. */
#include "include/ck_kernels.h"
#include "ck_internal.h"

#include <math.h>

typedef struct {
    const float *x, *gamma, *beta;
    float *y;
    size_t rows, cols;
    float eps;
} rows_args;

CK_HOT static void softmax_row(const float *restrict x, float *restrict y, size_t n) {
    float m = x[0];
    for (size_t i = 1; i < n; i++) m = x[i] > m ? x[i] : m;
    float sum = 0;
    for (size_t i = 0; i < n; i++) {
        float e = expf(x[i] - m);
        y[i] = e;
        sum += e;
    }
    float inv = 1.0f / sum;
    for (size_t i = 0; i < n; i++) y[i] *= inv;
}

static void softmax_task(void *raw, int tid, int nt) {
    rows_args *a = raw;
    size_t b, e;
    ck_split(a->rows, nt, tid, 1, &b, &e);
    for (size_t r = b; r < e; r++) softmax_row(a->x + r * a->cols, a->y + r * a->cols, a->cols);
}

void ck_softmax(ck_pool *pool, const float *x, float *y, size_t rows, size_t cols) {
    rows_args a = {.x = x, .y = y, .rows = rows, .cols = cols};
    ck_pool_run(pool, softmax_task, &a);
}

/* Two passes (mean, then variance about the mean) with sixteen float lanes each, which is
   what a careful GPU kernel does with a block reduction. */
CK_HOT static void layernorm_row(const float *restrict x, const float *restrict g,
                                 const float *restrict bta, float *restrict y, size_t n,
                                 float eps) {
    float acc[16] = {0};
    size_t i = 0;
    for (; i + 16 <= n; i += 16)
        for (int j = 0; j < 16; j++) acc[j] += x[i + j];
    float s = 0;
    for (; i < n; i++) s += x[i];
    for (int j = 0; j < 16; j++) s += acc[j];
    float mean = s / (float)n;
    float vacc[16] = {0};
    for (i = 0; i + 16 <= n; i += 16)
        for (int j = 0; j < 16; j++) {
            float d = x[i + j] - mean;
            vacc[j] += d * d;
        }
    float v = 0;
    for (; i < n; i++) v += (x[i] - mean) * (x[i] - mean);
    for (int j = 0; j < 16; j++) v += vacc[j];
    float inv = 1.0f / sqrtf(v / (float)n + eps);
    for (i = 0; i < n; i++) y[i] = (x[i] - mean) * inv * g[i] + bta[i];
}

static void layernorm_task(void *raw, int tid, int nt) {
    rows_args *a = raw;
    size_t b, e;
    ck_split(a->rows, nt, tid, 1, &b, &e);
    for (size_t r = b; r < e; r++)
        layernorm_row(a->x + r * a->cols, a->gamma, a->beta, a->y + r * a->cols, a->cols, a->eps);
}

void ck_layernorm(ck_pool *pool, const float *x, const float *gamma, const float *beta,
                  float *y, size_t rows, size_t cols, float eps) {
    rows_args a = {.x = x, .gamma = gamma, .beta = beta, .y = y, .rows = rows, .cols = cols,
                   .eps = eps};
    ck_pool_run(pool, layernorm_task, &a);
}
