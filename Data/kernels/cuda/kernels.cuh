// The suite's kernels in CUDA, written as the OpenCL versions in ../opencl are: same
// algorithms, same launch shapes, so the two ports can be compared kernel for kernel.
#pragma once
#include <cstdint>

#define DB_WG 256
#define DB_TILE 16
#define DB_SCAN_ITEMS 16

__global__ void k_copy(const float *__restrict__ a, float *__restrict__ b, unsigned n) {
    size_t i = blockIdx.x * (size_t)blockDim.x + threadIdx.x;
    if (i < n) b[i] = a[i];
}

__global__ void k_triad(float *__restrict__ a, const float *__restrict__ b, const float *__restrict__ c, float s,
                        unsigned n) {
    size_t i = blockIdx.x * (size_t)blockDim.x + threadIdx.x;
    if (i < n) a[i] = b[i] + s * c[i];
}

__global__ void k_dot_partial(const float *__restrict__ a, const float *__restrict__ b, float *__restrict__ partial,
                              unsigned n) {
    __shared__ float scratch[DB_WG];
    unsigned lid = threadIdx.x;
    size_t stride = (size_t)gridDim.x * blockDim.x;
    float acc = 0.0f;
    for (size_t i = blockIdx.x * (size_t)blockDim.x + lid; i < n; i += stride) acc += a[i] * b[i];
    scratch[lid] = acc;
    __syncthreads();
    for (unsigned s = blockDim.x / 2; s > 0; s >>= 1) {
        if (lid < s) scratch[lid] += scratch[lid + s];
        __syncthreads();
    }
    if (lid == 0) partial[blockIdx.x] = scratch[0];
}

__global__ void k_transpose(const float *__restrict__ in, float *__restrict__ out, unsigned rows, unsigned cols) {
    __shared__ float tile[DB_TILE][DB_TILE + 1];
    unsigned lx = threadIdx.x, ly = threadIdx.y;
    unsigned c = blockIdx.x * DB_TILE + lx, r = blockIdx.y * DB_TILE + ly;
    if (r < rows && c < cols) tile[ly][lx] = in[(size_t)r * cols + c];
    __syncthreads();
    unsigned oc = blockIdx.y * DB_TILE + lx, orow = blockIdx.x * DB_TILE + ly;
    if (orow < cols && oc < rows) out[(size_t)orow * rows + oc] = tile[lx][ly];
}

__global__ void k_sgemm(const float *__restrict__ a, const float *__restrict__ b, float *__restrict__ c, unsigned n) {
    __shared__ float as[DB_TILE][DB_TILE];
    __shared__ float bs[DB_TILE][DB_TILE];
    unsigned lx = threadIdx.x, ly = threadIdx.y;
    unsigned col = blockIdx.x * DB_TILE + lx, row = blockIdx.y * DB_TILE + ly;
    float acc = 0.0f;
    for (unsigned t = 0; t < n; t += DB_TILE) {
        as[ly][lx] = (row < n && t + lx < n) ? a[(size_t)row * n + t + lx] : 0.0f;
        bs[ly][lx] = (t + ly < n && col < n) ? b[(size_t)(t + ly) * n + col] : 0.0f;
        __syncthreads();
        for (unsigned k = 0; k < DB_TILE; k++) acc += as[ly][k] * bs[k][lx];
        __syncthreads();
    }
    if (row < n && col < n) c[(size_t)row * n + col] = acc;
}

__global__ void k_softmax(const float *__restrict__ x, float *__restrict__ y, unsigned cols) {
    __shared__ float scratch[DB_WG];
    unsigned lid = threadIdx.x, ls = blockDim.x;
    const float *xr = x + (size_t)blockIdx.x * cols;
    float *yr = y + (size_t)blockIdx.x * cols;
    float m = -INFINITY;
    for (unsigned i = lid; i < cols; i += ls) m = fmaxf(m, xr[i]);
    scratch[lid] = m;
    __syncthreads();
    for (unsigned s = ls / 2; s > 0; s >>= 1) {
        if (lid < s) scratch[lid] = fmaxf(scratch[lid], scratch[lid + s]);
        __syncthreads();
    }
    m = scratch[0];
    __syncthreads();
    float sum = 0.0f;
    for (unsigned i = lid; i < cols; i += ls) sum += expf(xr[i] - m);
    scratch[lid] = sum;
    __syncthreads();
    for (unsigned s = ls / 2; s > 0; s >>= 1) {
        if (lid < s) scratch[lid] += scratch[lid + s];
        __syncthreads();
    }
    float inv = 1.0f / scratch[0];
    for (unsigned i = lid; i < cols; i += ls) yr[i] = expf(xr[i] - m) * inv;
}

__global__ void k_layernorm(const float *__restrict__ x, const float *__restrict__ gamma,
                            const float *__restrict__ beta, float *__restrict__ y, unsigned cols, float eps) {
    __shared__ float scratch[DB_WG];
    unsigned lid = threadIdx.x, ls = blockDim.x;
    const float *xr = x + (size_t)blockIdx.x * cols;
    float *yr = y + (size_t)blockIdx.x * cols;
    float s = 0.0f;
    for (unsigned i = lid; i < cols; i += ls) s += xr[i];
    scratch[lid] = s;
    __syncthreads();
    for (unsigned k = ls / 2; k > 0; k >>= 1) {
        if (lid < k) scratch[lid] += scratch[lid + k];
        __syncthreads();
    }
    float mean = scratch[0] / (float)cols;
    __syncthreads();
    float v = 0.0f;
    for (unsigned i = lid; i < cols; i += ls) {
        float d = xr[i] - mean;
        v += d * d;
    }
    scratch[lid] = v;
    __syncthreads();
    for (unsigned k = ls / 2; k > 0; k >>= 1) {
        if (lid < k) scratch[lid] += scratch[lid + k];
        __syncthreads();
    }
    float inv = 1.0f / sqrtf(scratch[0] / (float)cols + eps);
    for (unsigned i = lid; i < cols; i += ls) yr[i] = (xr[i] - mean) * inv * gamma[i] + beta[i];
}

__global__ void k_stencil(const float *__restrict__ in, float *__restrict__ out, unsigned n, float c0, float c1) {
    unsigned j = blockIdx.x * blockDim.x + threadIdx.x, i = blockIdx.y * blockDim.y + threadIdx.y;
    if (i >= n || j >= n) return;
    size_t k = (size_t)i * n + j;
    if (i == 0 || j == 0 || i == n - 1 || j == n - 1) {
        out[k] = in[k];
        return;
    }
    float t = (in[k - n] + in[k + n]) + (in[k - 1] + in[k + 1]);
    out[k] = c0 * in[k] + c1 * t;
}

__global__ void k_histogram_clear(unsigned *bins) { bins[threadIdx.x + blockIdx.x * blockDim.x] = 0; }

__global__ void k_histogram(const unsigned *__restrict__ values, unsigned *bins, unsigned n) {
    __shared__ unsigned local_bins[256];
    unsigned lid = threadIdx.x;
    size_t stride = (size_t)gridDim.x * blockDim.x;
    for (unsigned i = lid; i < 256; i += blockDim.x) local_bins[i] = 0;
    __syncthreads();
    for (size_t i = blockIdx.x * (size_t)blockDim.x + lid; i < n; i += stride) atomicAdd(&local_bins[values[i] & 255u], 1u);
    __syncthreads();
    for (unsigned i = lid; i < 256; i += blockDim.x)
        if (local_bins[i]) atomicAdd(&bins[i], local_bins[i]);
}

__global__ void k_scan_tiles(const unsigned *__restrict__ in, unsigned *__restrict__ out, unsigned *__restrict__ sums,
                             unsigned n) {
    __shared__ unsigned scratch[DB_WG];
    unsigned lid = threadIdx.x, ls = blockDim.x;
    size_t base = ((size_t)blockIdx.x * ls + lid) * DB_SCAN_ITEMS;
    unsigned total = 0;
    for (unsigned k = 0; k < DB_SCAN_ITEMS; k++)
        if (base + k < n) total += in[base + k];
    scratch[lid] = total;
    __syncthreads();
    for (unsigned off = 1; off < ls; off <<= 1) {
        unsigned v = lid >= off ? scratch[lid - off] : 0u;
        __syncthreads();
        scratch[lid] += v;
        __syncthreads();
    }
    unsigned run = scratch[lid] - total;
    for (unsigned k = 0; k < DB_SCAN_ITEMS; k++)
        if (base + k < n) {
            run += in[base + k];
            out[base + k] = run;
        }
    if (lid == ls - 1) sums[blockIdx.x] = scratch[lid];
}

__global__ void k_scan_sums(unsigned *sums, unsigned count) {
    __shared__ unsigned scratch[DB_WG];
    unsigned lid = threadIdx.x, ls = blockDim.x;
    unsigned carry = 0;
    for (unsigned start = 0; start < count; start += ls) {
        scratch[lid] = start + lid < count ? sums[start + lid] : 0u;
        __syncthreads();
        for (unsigned off = 1; off < ls; off <<= 1) {
            unsigned w = lid >= off ? scratch[lid - off] : 0u;
            __syncthreads();
            scratch[lid] += w;
            __syncthreads();
        }
        if (start + lid < count) sums[start + lid] = scratch[lid] + carry;
        carry += scratch[ls - 1];
        __syncthreads();
    }
}

__global__ void k_scan_add(unsigned *out, const unsigned *sums, unsigned n, unsigned tile) {
    size_t i = blockIdx.x * (size_t)blockDim.x + threadIdx.x;
    if (i >= n) return;
    size_t t = i / tile;
    if (t > 0) out[i] += sums[t - 1];
}
