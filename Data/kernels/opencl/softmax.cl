// Row softmax: one work-group per row; max and sum reduced in local memory.
__kernel void softmax(__global const float *restrict x, __global float *restrict y, uint cols,
                      __local float *scratch) {
    size_t row = get_group_id(0), lid = get_local_id(0), ls = get_local_size(0);
    __global const float *xr = x + row * cols;
    __global float *yr = y + row * cols;
    float m = -INFINITY;
    for (size_t i = lid; i < cols; i += ls) m = fmax(m, xr[i]);
    scratch[lid] = m;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (size_t s = ls / 2; s > 0; s >>= 1) {
        if (lid < s) scratch[lid] = fmax(scratch[lid], scratch[lid + s]);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    m = scratch[0];
    barrier(CLK_LOCAL_MEM_FENCE);
    float sum = 0.0f;
    for (size_t i = lid; i < cols; i += ls) sum += exp(xr[i] - m);
    scratch[lid] = sum;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (size_t s = ls / 2; s > 0; s >>= 1) {
        if (lid < s) scratch[lid] += scratch[lid + s];
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    float inv = 1.0f / scratch[0];
    for (size_t i = lid; i < cols; i += ls) yr[i] = exp(xr[i] - m) * inv;
}
