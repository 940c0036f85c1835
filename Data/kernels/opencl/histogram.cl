// 256-bin histogram: per-work-group bins with local atomics, merged with global atomics.
__kernel void histogram_clear(__global uint *bins) { bins[get_global_id(0)] = 0; }

__kernel void histogram(__global const uint *restrict values, __global uint *bins, uint n) {
    __local uint local_bins[256];
    size_t lid = get_local_id(0), ls = get_local_size(0), stride = get_global_size(0);
    for (size_t i = lid; i < 256; i += ls) local_bins[i] = 0;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (size_t i = get_global_id(0); i < n; i += stride) atomic_inc(&local_bins[values[i] & 255u]);
    barrier(CLK_LOCAL_MEM_FENCE);
    for (size_t i = lid; i < 256; i += ls)
        if (local_bins[i]) atomic_add(&bins[i], local_bins[i]);
}
