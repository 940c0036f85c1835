// Stream copy: b[i] = a[i].
__kernel void copy(__global const float *restrict a, __global float *restrict b, uint n) {
    size_t i = get_global_id(0);
    if (i < n) b[i] = a[i];
}
