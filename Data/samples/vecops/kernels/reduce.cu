// Block-level sum reduction: shared memory for the block, warp shuffles for the last 32 lanes.
#include "check.h"

__device__ __forceinline__ float warp_sum(float v) {
    for (int offset = 16; offset > 0; offset /= 2) {
        v += __shfl_down_sync(0xffffffff, v, offset);
    }
    return v;
}

__global__ void reduce_sum(const float* __restrict__ in, float* out, int n) {
    __shared__ float partial[kBlock / 32];
    int tid = threadIdx.x;
    int i = blockIdx.x * blockDim.x + tid;
    float v = i < n ? in[i] : 0.0f;
    v = warp_sum(v);
    if ((tid & 31) == 0) partial[tid / 32] = v;
    __syncthreads();
    if (tid < 32) {
        v = tid < kBlock / 32 ? partial[tid] : 0.0f;
        v = warp_sum(v);
        if (tid == 0) atomicAdd(out, v);
    }
}

float device_sum(const float* host, int n) {
    float *d_in = nullptr, *d_out = nullptr;
    VEC_CHECK(cudaMalloc(&d_in, n * sizeof(float)));
    VEC_CHECK(cudaMalloc(&d_out, sizeof(float)));
    VEC_CHECK(cudaMemcpy(d_in, host, n * sizeof(float), cudaMemcpyHostToDevice));
    VEC_CHECK(cudaMemset(d_out, 0, sizeof(float)));
    int blocks = (n + kBlock - 1) / kBlock;
    reduce_sum<<<blocks, kBlock>>>(d_in, d_out, n);
    VEC_CHECK(cudaGetLastError());
    float result = 0.0f;
    VEC_CHECK(cudaMemcpy(&result, d_out, sizeof(float), cudaMemcpyDeviceToHost));
    cudaFree(d_in);
    cudaFree(d_out);
    return result;
}
