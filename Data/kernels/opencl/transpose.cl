// Tiled transpose through local memory; the extra column avoids bank conflicts on GPUs.
#define TILE 16
__kernel void transpose(__global const float *restrict in, __global float *restrict out,
                        uint rows, uint cols) {
    __local float tile[TILE][TILE + 1];
    uint lx = get_local_id(0), ly = get_local_id(1);
    uint c = get_group_id(0) * TILE + lx, r = get_group_id(1) * TILE + ly;
    if (r < rows && c < cols) tile[ly][lx] = in[r * cols + c];
    barrier(CLK_LOCAL_MEM_FENCE);
    uint oc = get_group_id(1) * TILE + lx, orow = get_group_id(0) * TILE + ly;
    if (orow < cols && oc < rows) out[orow * rows + oc] = tile[lx][ly];
}
