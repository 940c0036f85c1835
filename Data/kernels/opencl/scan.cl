// Inclusive scan of uint in three launches: scan each tile of ITEMS * local-size elements,
// scan the tile totals with one work-group, then add each tile's offset.
#define ITEMS 16

__kernel void scan_tiles(__global const uint *restrict in, __global uint *restrict out,
                         __global uint *restrict sums, uint n, __local uint *scratch) {
    size_t lid = get_local_id(0), ls = get_local_size(0);
    size_t base = (get_group_id(0) * ls + lid) * ITEMS;
    uint total = 0;
    for (uint k = 0; k < ITEMS; k++)
        if (base + k < n) total += in[base + k];
    scratch[lid] = total;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (size_t off = 1; off < ls; off <<= 1) {
        uint v = lid >= off ? scratch[lid - off] : 0u;
        barrier(CLK_LOCAL_MEM_FENCE);
        scratch[lid] += v;
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    uint run = scratch[lid] - total;
    for (uint k = 0; k < ITEMS; k++)
        if (base + k < n) {
            run += in[base + k];
            out[base + k] = run;
        }
    if (lid == ls - 1) sums[get_group_id(0)] = scratch[lid];
}

__kernel void scan_sums(__global uint *sums, uint count, __local uint *scratch) {
    size_t lid = get_local_id(0), ls = get_local_size(0);
    uint carry = 0;
    for (uint start = 0; start < count; start += ls) {
        uint v = start + lid < count ? sums[start + lid] : 0u;
        scratch[lid] = v;
        barrier(CLK_LOCAL_MEM_FENCE);
        for (size_t off = 1; off < ls; off <<= 1) {
            uint w = lid >= off ? scratch[lid - off] : 0u;
            barrier(CLK_LOCAL_MEM_FENCE);
            scratch[lid] += w;
            barrier(CLK_LOCAL_MEM_FENCE);
        }
        if (start + lid < count) sums[start + lid] = scratch[lid] + carry;
        carry += scratch[ls - 1];
        barrier(CLK_LOCAL_MEM_FENCE);
    }
}

__kernel void scan_add(__global uint *out, __global const uint *sums, uint n, uint tile) {
    size_t i = get_global_id(0);
    if (i >= n) return;
    size_t t = i / tile;
    if (t > 0) out[i] += sums[t - 1];
}
