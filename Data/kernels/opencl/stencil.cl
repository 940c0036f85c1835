// 2-D 5-point Jacobi step: c0 * centre + c1 * ((up + down) + (left + right)); edges copied.
__kernel void stencil(__global const float *restrict in, __global float *restrict out, uint n,
                      float c0, float c1) {
    uint j = get_global_id(0), i = get_global_id(1);
    if (i >= n || j >= n) return;
    size_t k = (size_t)i * n + j;
    if (i == 0 || j == 0 || i == n - 1 || j == n - 1) {
        out[k] = in[k];
        return;
    }
    float t = (in[k - n] + in[k + n]) + (in[k - 1] + in[k + 1]);
    out[k] = c0 * in[k] + c1 * t;
}
