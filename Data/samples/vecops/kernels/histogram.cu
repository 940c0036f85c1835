// 256-bin histogram: per-block bins in shared memory, merged into global memory with atomics.
#include "check.h"

template <typename T>
struct Bins {
    static constexpr int count = 256;
};

__global__ void histogram(const unsigned char* data, unsigned int* bins, size_t n) {
    __shared__ unsigned int local[Bins<unsigned char>::count];
    for (int b = threadIdx.x; b < Bins<unsigned char>::count; b += blockDim.x) local[b] = 0;
    __syncthreads();
    for (size_t i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) {
        atomicAdd(&local[data[i]], 1u);
    }
    __syncthreads();
    for (int b = threadIdx.x; b < Bins<unsigned char>::count; b += blockDim.x) {
        atomicAdd(&bins[b], local[b]);
    }
}

void run_histogram(const unsigned char* d_data, unsigned int* d_bins, size_t n, cudaStream_t stream) {
    // A launch written across lines, as long argument lists often are.
    histogram<<<
        64, kBlock, 0,
        stream>>>(d_data, d_bins, n);
}
