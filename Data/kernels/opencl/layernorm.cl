// Layer normalisation: one work-group per row; mean, then variance about the mean.
__kernel void layernorm(__global const float *restrict x, __global const float *restrict gamma,
                        __global const float *restrict beta, __global float *restrict y,
                        uint cols, float eps, __local float *scratch) {
    size_t row = get_group_id(0), lid = get_local_id(0), ls = get_local_size(0);
    __global const float *xr = x + row * cols;
    __global float *yr = y + row * cols;
    float s = 0.0f;
    for (size_t i = lid; i < cols; i += ls) s += xr[i];
    scratch[lid] = s;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (size_t k = ls / 2; k > 0; k >>= 1) {
        if (lid < k) scratch[lid] += scratch[lid + k];
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    float mean = scratch[0] / (float)cols;
    barrier(CLK_LOCAL_MEM_FENCE);
    float v = 0.0f;
    for (size_t i = lid; i < cols; i += ls) {
        float d = xr[i] - mean;
        v += d * d;
    }
    scratch[lid] = v;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (size_t k = ls / 2; k > 0; k >>= 1) {
        if (lid < k) scratch[lid] += scratch[lid + k];
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    float inv = 1.0f / sqrt(scratch[0] / (float)cols + eps);
    for (size_t i = lid; i < cols; i += ls) yr[i] = (xr[i] - mean) * inv * gamma[i] + beta[i];
}
