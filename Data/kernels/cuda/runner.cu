// Drawbridge CUDA runner: speaks the runner protocol (version 1) on stdin/stdout and times
// the kernels in kernels.cuh with CUDA events. Build: see Makefile (plain nvcc, no libraries).
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <cuda_runtime.h>

#include "kernels.cuh"

namespace {

// ---- inputs and checksums: bit-for-bit the definitions in the protocol document ----

__host__ __device__ uint64_t db_bits(uint64_t seed, uint32_t stream, uint64_t index) {
    uint64_t z = seed * 0x9E3779B97F4A7C15ull + ((uint64_t)stream << 40) + index;
    z += 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

__global__ void k_fill_uniform(float *out, size_t n, uint64_t seed, uint32_t stream, float scale, float offset) {
    size_t i = blockIdx.x * (size_t)blockDim.x + threadIdx.x;
    if (i >= n) return;
    float u = (float)(db_bits(seed, stream, i) >> 40) * (1.0f / 16777216.0f);
    // Separate roundings, as the reference computes it (no fused multiply-add).
    out[i] = __fadd_rn(offset, __fmul_rn(scale, u));
}

__global__ void k_fill_bits(unsigned *out, size_t n, uint64_t seed, uint32_t stream, int bits) {
    size_t i = blockIdx.x * (size_t)blockDim.x + threadIdx.x;
    if (i < n) out[i] = (unsigned)(db_bits(seed, stream, i) >> (64 - bits));
}

double db_weight(uint64_t i) {
    uint32_t h = (uint32_t)(i * 2654435761ull);
    return 0.5 + (double)h / 4294967296.0;
}

struct Failure {
    std::string message;
};

void check(cudaError_t st, const char *what) {
    if (st != cudaSuccess) throw Failure{std::string(what) + ": " + cudaGetErrorString(st)};
}

unsigned blocks(size_t n, unsigned per) { return (unsigned)((n + per - 1) / per); }

// ---- one kernel at one size with its device buffers ----

struct Prepared {
    std::string kernel;
    std::vector<size_t> dims;
    uint64_t seed = 0;
    std::vector<void *> buffers;
    float *fin[3] = {nullptr, nullptr, nullptr};
    unsigned *win = nullptr;
    void *out = nullptr;
    unsigned *sums = nullptr;
    size_t out_count = 0, partials = 0, tiles = 0;
    bool out_is_float = true;

    void *alloc(size_t bytes) {
        void *p = nullptr;
        check(cudaMalloc(&p, bytes ? bytes : 4), "cudaMalloc");
        buffers.push_back(p);
        return p;
    }
    float *uniform(size_t n, uint32_t stream, float scale, float offset) {
        float *p = (float *)alloc(n * 4);
        k_fill_uniform<<<blocks(n, 256), 256>>>(p, n, seed, stream, scale, offset);
        return p;
    }
    unsigned *bits(size_t n, uint32_t stream, int width) {
        unsigned *p = (unsigned *)alloc(n * 4);
        k_fill_bits<<<blocks(n, 256), 256>>>(p, n, seed, stream, width);
        return p;
    }
    ~Prepared() {
        for (void *p : buffers) cudaFree(p);
    }
};

size_t dim(const Prepared &p, int i) { return p.dims.size() > (size_t)i ? p.dims[i] : p.dims[0]; }

void setup(Prepared &p) {
    size_t n = p.dims[0], m = dim(p, 1);
    const std::string &k = p.kernel;
    if (k == "copy") { p.fin[0] = p.uniform(n, 1, 1, 0); p.out_count = n; }
    else if (k == "triad") { p.fin[0] = p.uniform(n, 1, 1, 0); p.fin[1] = p.uniform(n, 2, 1, 0); p.out_count = n; }
    else if (k == "dot") {
        p.fin[0] = p.uniform(n, 1, 1, 0); p.fin[1] = p.uniform(n, 2, 1, 0);
        p.partials = n / (DB_WG * 16); if (p.partials < 1) p.partials = 1; if (p.partials > 1024) p.partials = 1024;
        p.out_count = p.partials;
    }
    else if (k == "transpose") { p.fin[0] = p.uniform(n * m, 1, 1, 0); p.out_count = n * m; }
    else if (k == "sgemm") { p.fin[0] = p.uniform(n * n, 1, 1, 0); p.fin[1] = p.uniform(n * n, 2, 1, 0); p.out_count = n * n; }
    else if (k == "softmax") { p.fin[0] = p.uniform(n * m, 1, 8, -4); p.out_count = n * m; }
    else if (k == "layernorm") {
        p.fin[0] = p.uniform(n * m, 1, 8, -4); p.fin[1] = p.uniform(m, 2, 1, 0.5f); p.fin[2] = p.uniform(m, 3, 1, -0.5f);
        p.out_count = n * m;
    }
    else if (k == "stencil") { p.fin[0] = p.uniform(n * n, 1, 1, 0); p.out_count = n * n; }
    else if (k == "histogram") { p.win = p.bits(n, 1, 32); p.out_count = 256; p.out_is_float = false; }
    else if (k == "scan") {
        p.win = p.bits(n, 1, 2); p.out_count = n; p.out_is_float = false;
        p.tiles = (n + DB_WG * DB_SCAN_ITEMS - 1) / (DB_WG * DB_SCAN_ITEMS);
        p.sums = (unsigned *)p.alloc(p.tiles * 4);
    }
    else throw Failure{"unknown kernel '" + k + "'"};
    p.out = p.alloc(p.out_count * 4);
    check(cudaDeviceSynchronize(), "input generation");
}

void launch(Prepared &p) {
    size_t n = p.dims[0], m = dim(p, 1);
    const std::string &k = p.kernel;
    float *o = (float *)p.out;
    dim3 tile(DB_TILE, DB_TILE);
    if (k == "copy") k_copy<<<blocks(n, DB_WG), DB_WG>>>(p.fin[0], o, (unsigned)n);
    else if (k == "triad") k_triad<<<blocks(n, DB_WG), DB_WG>>>(o, p.fin[0], p.fin[1], 3.0f, (unsigned)n);
    else if (k == "dot") k_dot_partial<<<(unsigned)p.partials, DB_WG>>>(p.fin[0], p.fin[1], o, (unsigned)n);
    else if (k == "transpose")
        k_transpose<<<dim3(blocks(m, DB_TILE), blocks(n, DB_TILE)), tile>>>(p.fin[0], o, (unsigned)n, (unsigned)m);
    else if (k == "sgemm") k_sgemm<<<dim3(blocks(n, DB_TILE), blocks(n, DB_TILE)), tile>>>(p.fin[0], p.fin[1], o, (unsigned)n);
    else if (k == "softmax") k_softmax<<<(unsigned)n, DB_WG>>>(p.fin[0], o, (unsigned)m);
    else if (k == "layernorm") k_layernorm<<<(unsigned)n, DB_WG>>>(p.fin[0], p.fin[1], p.fin[2], o, (unsigned)m, 1e-5f);
    else if (k == "stencil") k_stencil<<<dim3(blocks(n, DB_TILE), blocks(n, DB_TILE)), tile>>>(p.fin[0], o, (unsigned)n, 0.5f, 0.125f);
    else if (k == "histogram") {
        size_t groups = n / (DB_WG * 64);
        if (groups < 1) groups = 1;
        if (groups > 256) groups = 256;
        k_histogram_clear<<<1, 256>>>((unsigned *)p.out);
        k_histogram<<<(unsigned)groups, DB_WG>>>(p.win, (unsigned *)p.out, (unsigned)n);
    } else if (k == "scan") {
        k_scan_tiles<<<(unsigned)p.tiles, DB_WG>>>(p.win, (unsigned *)p.out, p.sums, (unsigned)n);
        k_scan_sums<<<1, DB_WG>>>(p.sums, (unsigned)p.tiles);
        k_scan_add<<<blocks(n, DB_WG), DB_WG>>>((unsigned *)p.out, p.sums, (unsigned)n, DB_WG * DB_SCAN_ITEMS);
    }
    check(cudaGetLastError(), "launch");
}

double checksum(Prepared &p) {
    launch(p);
    check(cudaDeviceSynchronize(), "kernel");
    std::vector<uint32_t> host(p.out_count);
    check(cudaMemcpy(host.data(), p.out, p.out_count * 4, cudaMemcpyDeviceToHost), "copy back");
    if (p.kernel == "dot") {
        // Per-block partials are added on the host in double; the output is that sum as a float.
        double total = 0;
        for (size_t i = 0; i < p.out_count; i++) {
            float f;
            memcpy(&f, &host[i], 4);
            total += f;
        }
        return db_weight(0) * (double)(float)total;
    }
    double s = 0;
    for (size_t i = 0; i < p.out_count; i++) {
        double v;
        if (p.out_is_float) {
            float f;
            memcpy(&f, &host[i], 4);
            v = f;
        } else {
            v = host[i];
        }
        s += db_weight(i) * v;
    }
    return s;
}

// ---- protocol ----

const char *kSuite[][2] = {
    {"copy", "S=65536 M=1048576 L=16777216"},     {"triad", "S=65536 M=1048576 L=16777216"},
    {"dot", "S=65536 M=1048576 L=16777216"},      {"transpose", "S=256x256 M=1024x1024 L=4096x4096"},
    {"sgemm", "S=128 M=256 L=768"},               {"softmax", "S=256x256 M=1024x1024 L=4096x2048"},
    {"layernorm", "S=256x256 M=1024x1024 L=4096x2048"}, {"stencil", "S=256 M=1024 L=4096"},
    {"histogram", "S=65536 M=1048576 L=16777216"}, {"scan", "S=65536 M=1048576 L=16777216"},
};

bool known_kernel(const std::string &k) {
    for (auto &e : kSuite)
        if (k == e[0]) return true;
    return false;
}

bool parse_dims(const char *text, std::vector<size_t> &dims) {
    dims.clear();
    const char *s = text;
    while (*s) {
        char *end = nullptr;
        unsigned long long v = strtoull(s, &end, 10);
        if (end == s || v == 0 || v > (1ull << 32)) return false;
        dims.push_back((size_t)v);
        if (*end == 'x') s = end + 1;
        else if (*end == 0) break;
        else return false;
    }
    return !dims.empty() && dims.size() <= 2;
}

Prepared *current = nullptr;

Prepared &prepare(const std::string &kernel, const char *dims_text, uint64_t seed) {
    std::vector<size_t> dims;
    if (!known_kernel(kernel)) throw Failure{"unknown kernel '" + kernel + "'"};
    if (!parse_dims(dims_text, dims)) throw Failure{std::string("bad dimensions '") + dims_text + "'"};
    if (current && current->kernel == kernel && current->dims == dims && current->seed == seed) return *current;
    delete current;
    current = nullptr;
    Prepared *p = new Prepared();
    p->kernel = kernel;
    p->dims = dims;
    p->seed = seed;
    try {
        setup(*p);
    } catch (...) {
        delete p;
        throw;
    }
    current = p;
    return *p;
}

void reply_run(const std::string &kernel, const char *dims, uint64_t seed, long samples, long reps) {
    Prepared &p = prepare(kernel, dims, seed);
    launch(p);  // warm the kernel (module load, caches) outside the timed samples
    check(cudaDeviceSynchronize(), "warm-up");
    cudaEvent_t start, stop;
    check(cudaEventCreate(&start), "cudaEventCreate");
    check(cudaEventCreate(&stop), "cudaEventCreate");
    std::vector<double> out;
    for (long s = 0; s < samples; s++) {
        check(cudaEventRecord(start), "cudaEventRecord");
        for (long r = 0; r < reps; r++) launch(p);
        check(cudaEventRecord(stop), "cudaEventRecord");
        check(cudaEventSynchronize(stop), "cudaEventSynchronize");
        float ms = 0;
        check(cudaEventElapsedTime(&ms, start, stop), "cudaEventElapsedTime");
        out.push_back((double)ms * 1e6 / (double)reps);
    }
    cudaEventDestroy(start);
    cudaEventDestroy(stop);
    printf("result %s %s %llu %ld\n", kernel.c_str(), dims, (unsigned long long)seed, reps);
    for (double v : out) printf("sample %.3f\n", v > 0 ? v : 0.001);
    printf("end\n");
}

}  // namespace

int main() {
    char line[4096];
    setvbuf(stdout, nullptr, _IOLBF, 0);
    while (fgets(line, sizeof(line), stdin)) {
        line[strcspn(line, "\r\n")] = 0;
        char verb[32] = {0}, kernel[64] = {0}, dims[64] = {0};
        unsigned long long seed = 0;
        long samples = 0, reps = 0;
        if (sscanf(line, "%31s", verb) != 1) {
            printf("error empty request\n");
            continue;
        }
        try {
            if (!strcmp(verb, "hello")) {
                int version = 0;
                if (sscanf(line, "hello %d", &version) != 1 || version != 1) {
                    printf("error unsupported protocol version; this runner speaks 1\n");
                    continue;
                }
                int count = 0;
                if (cudaGetDeviceCount(&count) != cudaSuccess || count == 0) {
                    printf("error no CUDA device\n");
                    continue;
                }
                cudaDeviceProp prop;
                check(cudaGetDeviceProperties(&prop, 0), "cudaGetDeviceProperties");
                int runtime = 0, driver = 0;
                cudaRuntimeGetVersion(&runtime);
                cudaDriverGetVersion(&driver);
                printf("hello drawbridge-runner/1\ninfo name cuda\n");
                printf("info device %s (sm_%d%d, %d SMs, %.0f GiB)\n", prop.name, prop.major, prop.minor,
                       prop.multiProcessorCount, prop.totalGlobalMem / 1073741824.0);
                printf("info toolchain CUDA runtime %d, driver %d\nend\n", runtime, driver);
            } else if (!strcmp(verb, "list")) {
                for (auto &e : kSuite) printf("kernel %s %s\n", e[0], e[1]);
                printf("end\n");
            } else if (!strcmp(verb, "run")) {
                if (sscanf(line, "run %63s %63s %llu %ld %ld", kernel, dims, &seed, &samples, &reps) != 5 || samples < 1 ||
                    samples > 100000 || reps < 1 || reps > 10000000) {
                    printf("error usage: run KERNEL DIMS SEED SAMPLES REPS\n");
                    continue;
                }
                reply_run(kernel, dims, seed, samples, reps);
            } else if (!strcmp(verb, "verify")) {
                if (sscanf(line, "verify %63s %63s %llu", kernel, dims, &seed) != 3) {
                    printf("error usage: verify KERNEL DIMS SEED\n");
                    continue;
                }
                Prepared &p = prepare(kernel, dims, seed);
                printf("checksum %s %s %llu %.17g\n", kernel, dims, seed, checksum(p));
            } else if (!strcmp(verb, "quit")) {
                printf("bye\n");
                break;
            } else {
                printf("error unknown request '%s'\n", verb);
            }
        } catch (const Failure &f) {
            printf("error %s\n", f.message.c_str());
        }
    }
    delete current;
    return 0;
}
