// Dot product, first stage: each work-item accumulates a grid-strided slice in float, the
// work-group reduces in local memory, and the host adds the per-group partials in double.
__kernel void dot_partial(__global const float *restrict a, __global const float *restrict b,
                          __global float *restrict partial, uint n, __local float *scratch) {
    size_t lid = get_local_id(0), ls = get_local_size(0);
    size_t stride = get_global_size(0);
    float acc = 0.0f;
    for (size_t i = get_global_id(0); i < n; i += stride) acc += a[i] * b[i];
    scratch[lid] = acc;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (size_t s = ls / 2; s > 0; s >>= 1) {
        if (lid < s) scratch[lid] += scratch[lid + s];
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (lid == 0) partial[get_group_id(0)] = scratch[0];
}
