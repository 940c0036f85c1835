/* Matrix kernels: tiled transpose and a register-blocked SGEMM. */
#include "include/ck_kernels.h"
#include "ck_internal.h"

#define TILE 32

typedef struct {
    const float *a, *b;
    float *c;
    size_t rows, cols, n;
} matrix_args;

static void transpose_task(void *raw, int tid, int nt) {
    matrix_args *x = raw;
    size_t tiles = (x->rows + TILE - 1) / TILE, tb, te;
    ck_split(tiles, nt, tid, 1, &tb, &te);
    for (size_t t = tb; t < te; t++) {
        size_t r0 = t * TILE, r1 = r0 + TILE < x->rows ? r0 + TILE : x->rows;
        for (size_t c0 = 0; c0 < x->cols; c0 += TILE) {
            size_t c1 = c0 + TILE < x->cols ? c0 + TILE : x->cols;
            for (size_t c = c0; c < c1; c++)
                for (size_t r = r0; r < r1; r++) x->c[c * x->rows + r] = x->a[r * x->cols + c];
        }
    }
}

void ck_transpose(ck_pool *pool, const float *in, float *out, size_t rows, size_t cols) {
    matrix_args x = {.a = in, .c = out, .rows = rows, .cols = cols};
    ck_pool_run(pool, transpose_task, &x);
}

/* A 4-row by 64-column block of C stays in registers while k runs over the whole row of A
   and column strip of B; k runs in order, so each element is one FMA chain like the GPU's. */
CK_HOT static void sgemm_block(const float *restrict a, const float *restrict b,
                               float *restrict c, size_t n, size_t i0, size_t j0) {
    float acc[4][64];
    for (int r = 0; r < 4; r++)
        for (int j = 0; j < 64; j++) acc[r][j] = 0;
    for (size_t k = 0; k < n; k++) {
        const float *bk = b + k * n + j0;
        float a0 = a[(i0 + 0) * n + k], a1 = a[(i0 + 1) * n + k];
        float a2 = a[(i0 + 2) * n + k], a3 = a[(i0 + 3) * n + k];
        for (int j = 0; j < 64; j++) {
            float bv = bk[j];
            acc[0][j] += a0 * bv;
            acc[1][j] += a1 * bv;
            acc[2][j] += a2 * bv;
            acc[3][j] += a3 * bv;
        }
    }
    for (int r = 0; r < 4; r++)
        for (int j = 0; j < 64; j++) c[(i0 + r) * n + j0 + j] = acc[r][j];
}

static void sgemm_edge(const float *a, const float *b, float *c, size_t n, size_t i0,
                       size_t i1, size_t j0, size_t j1) {
    for (size_t i = i0; i < i1; i++)
        for (size_t j = j0; j < j1; j++) {
            float s = 0;
            for (size_t k = 0; k < n; k++) s += a[i * n + k] * b[k * n + j];
            c[i * n + j] = s;
        }
}

static void sgemm_task(void *raw, int tid, int nt) {
    matrix_args *x = raw;
    size_t n = x->n, quads = n / 4, qb, qe;
    ck_split(quads, nt, tid, 1, &qb, &qe);
    size_t jfull = n / 64 * 64;
    for (size_t q = qb; q < qe; q++) {
        for (size_t j0 = 0; j0 < jfull; j0 += 64) sgemm_block(x->a, x->b, x->c, n, q * 4, j0);
        if (jfull < n) sgemm_edge(x->a, x->b, x->c, n, q * 4, q * 4 + 4, jfull, n);
    }
    /* Rows left over when n is not a multiple of 4 go to the last worker. */
    if (tid == nt - 1 && quads * 4 < n) sgemm_edge(x->a, x->b, x->c, n, quads * 4, n, 0, n);
}

void ck_sgemm(ck_pool *pool, const float *a, const float *b, float *c, size_t n) {
    matrix_args x = {.a = a, .b = b, .c = c, .n = n};
    ck_pool_run(pool, sgemm_task, &x);
}
