// Stream triad: a[i] = b[i] + s * c[i].
__kernel void triad(__global float *restrict a, __global const float *restrict b,
                    __global const float *restrict c, float s, uint n) {
    size_t i = get_global_id(0);
    if (i < n) a[i] = b[i] + s * c[i];
}
