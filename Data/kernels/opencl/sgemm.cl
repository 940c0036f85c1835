// SGEMM C = A * B (n x n, row-major) with 16 x 16 tiles staged in local memory.
#define TILE 16
__kernel void sgemm(__global const float *restrict a, __global const float *restrict b,
                    __global float *restrict c, uint n) {
    __local float as[TILE][TILE];
    __local float bs[TILE][TILE];
    uint lx = get_local_id(0), ly = get_local_id(1);
    uint col = get_group_id(0) * TILE + lx, row = get_group_id(1) * TILE + ly;
    float acc = 0.0f;
    for (uint t = 0; t < n; t += TILE) {
        as[ly][lx] = (row < n && t + lx < n) ? a[row * n + t + lx] : 0.0f;
        bs[ly][lx] = (t + ly < n && col < n) ? b[(t + ly) * n + col] : 0.0f;
        barrier(CLK_LOCAL_MEM_FENCE);
        for (uint k = 0; k < TILE; k++) acc += as[ly][k] * bs[k][lx];
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (row < n && col < n) c[row * n + col] = acc;
}
