/* The reference (`c`) port of the kernel suite and the machine calibration probes. */
#ifndef CK_KERNELS_H
#define CK_KERNELS_H

#include "ck_core.h"

#ifdef __cplusplus
extern "C" {
#endif

/** b[i] = a[i]. */
void ck_copy(ck_pool *pool, const float *a, float *b, size_t n);

/** a[i] = b[i] + s * c[i]. */
void ck_triad(ck_pool *pool, float *a, const float *b, const float *c, float s, size_t n);

/** Returns sum of a[i] * b[i] (float products, float blocks of 4096, double across blocks). */
double ck_dot(ck_pool *pool, const float *a, const float *b, size_t n);

/** out[c * rows + r] = in[r * cols + c]. */
void ck_transpose(ck_pool *pool, const float *in, float *out, size_t rows, size_t cols);

/** C = A * B for n x n row-major matrices. */
void ck_sgemm(ck_pool *pool, const float *a, const float *b, float *c, size_t n);

/** Numerically stable softmax of each row of a rows x cols matrix. */
void ck_softmax(ck_pool *pool, const float *x, float *y, size_t rows, size_t cols);

/** Layer normalisation of each row: (x - mean) / sqrt(var + eps) * gamma + beta. */
void ck_layernorm(ck_pool *pool, const float *x, const float *gamma, const float *beta,
                  float *y, size_t rows, size_t cols, float eps);

/** One 5-point Jacobi step on an n x n grid: c0 * centre + c1 * (4 neighbours); edges copied. */
void ck_stencil(ck_pool *pool, const float *in, float *out, size_t n, float c0, float c1);

/** 256-bin histogram of the low 8 bits of each value. */
void ck_histogram(ck_pool *pool, const uint32_t *values, size_t n, uint32_t *bins);

/** Inclusive prefix sum of 32-bit integers (wrapping). */
void ck_scan(ck_pool *pool, const uint32_t *in, uint32_t *out, size_t n);

/** Best STREAM-style triad bandwidth in bytes/s over `runs` runs on arrays of n floats. */
double ck_calibrate_triad(ck_pool *pool, size_t n, int runs);

/** Best fused multiply-add throughput in float FLOP/s over `runs` runs on all workers. */
double ck_calibrate_fma(ck_pool *pool, int runs);

#ifdef __cplusplus
}
#endif

#endif
