// SAXPY split over two streams, timed with events.
#include <vector>
#include "check.h"

__global__ void saxpy(int n, float a, const float* x, float* y) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) y[i] = a * x[i] + y[i];
}

float timed_saxpy(int n, float a, std::vector<float>& x, std::vector<float>& y) {
    const int half = n / 2;
    float *d_x, *d_y;
    VEC_CHECK(cudaMallocHost(&d_x, 0));  // warm the pinned allocator
    VEC_CHECK(cudaMalloc(&d_x, n * sizeof(float)));
    VEC_CHECK(cudaMalloc(&d_y, n * sizeof(float)));
    cudaStream_t streams[2];
    for (auto& s : streams) VEC_CHECK(cudaStreamCreate(&s));
    cudaEvent_t start, stop;
    cudaEventCreate(&start);
    cudaEventCreate(&stop);
    cudaEventRecord(start, streams[0]);
    for (int k = 0; k < 2; ++k) {
        size_t off = size_t(k) * half;
        cudaMemcpyAsync(d_x + off, x.data() + off, half * sizeof(float), cudaMemcpyHostToDevice, streams[k]);
        cudaMemcpyAsync(d_y + off, y.data() + off, half * sizeof(float), cudaMemcpyHostToDevice, streams[k]);
        saxpy<<<(half + kBlock - 1) / kBlock, kBlock, 0, streams[k]>>>(half, a, d_x + off, d_y + off);
    }
    cudaEventRecord(stop, streams[1]);
    cudaEventSynchronize(stop);
    float ms = 0.0f;
    cudaEventElapsedTime(&ms, start, stop);
    for (auto& s : streams) cudaStreamDestroy(s);
    cudaEventDestroy(start);
    cudaEventDestroy(stop);
    cudaFree(d_x);
    cudaFree(d_y);
    return ms;
}
