/* Deterministic inputs and output checksums. The definitions here are part of the runner
   protocol: any port (CUDA, Ascend C, ...) must reproduce them bit for bit. */
#include "ck_internal.h"

#include <math.h>

uint64_t ck_bits(uint64_t seed, uint32_t stream, uint64_t index) {
    /* SplitMix64's finaliser over a key that packs seed, stream and index; counter-based so
       that every element can be generated independently on any device. */
    uint64_t z = seed * 0x9E3779B97F4A7C15ull + ((uint64_t)stream << 40) + index;
    z += 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

typedef struct {
    float *out;
    uint32_t *bits_out;
    size_t n;
    uint64_t seed;
    uint32_t stream;
    float scale, offset;
    int bits;
} fill_args;

static void fill_task(void *raw, int tid, int nt) {
    fill_args *a = raw;
    size_t b, e;
    ck_split(a->n, nt, tid, 1024, &b, &e);
    if (a->out) {
        for (size_t i = b; i < e; i++) {
            float u = (float)(ck_bits(a->seed, a->stream, i) >> 40) * (1.0f / 16777216.0f);
            a->out[i] = a->offset + a->scale * u;
        }
    } else {
        for (size_t i = b; i < e; i++)
            a->bits_out[i] = (uint32_t)(ck_bits(a->seed, a->stream, i) >> (64 - a->bits));
    }
}

void ck_fill_uniform(ck_pool *pool, float *out, size_t n, uint64_t seed, uint32_t stream,
                     float scale, float offset) {
    fill_args a = {out, NULL, n, seed, stream, scale, offset, 0};
    ck_pool_run(pool, fill_task, &a);
}

void ck_fill_bits(ck_pool *pool, uint32_t *out, size_t n, uint64_t seed, uint32_t stream,
                  int bits) {
    if (bits < 1) bits = 1;
    if (bits > 32) bits = 32;
    fill_args a = {NULL, out, n, seed, stream, 0, 0, bits};
    ck_pool_run(pool, fill_task, &a);
}

double ck_weight(uint64_t index) {
    /* Position-dependent weights make a permuted or shifted output change the checksum. */
    uint32_t h = (uint32_t)(index * 2654435761ull);
    return 0.5 + (double)h / 4294967296.0;
}

void ck_checksum_f32(const float *x, size_t n, double *sum, double *magnitude) {
    double s = 0, m = 0;
    for (size_t i = 0; i < n; i++) {
        double w = ck_weight(i), v = (double)x[i];
        s += w * v;
        m += w * fabs(v);
    }
    *sum = s;
    *magnitude = m;
}

void ck_checksum_u32(const uint32_t *x, size_t n, double *sum, double *magnitude) {
    double s = 0;
    for (size_t i = 0; i < n; i++) s += ck_weight(i) * (double)x[i];
    *sum = s;
    *magnitude = s;
}
