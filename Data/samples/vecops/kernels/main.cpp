// Host driver: picks the device and runs every kernel once.
#include <vector>
#include "check.h"

float device_sum(const float* host, int n);
float timed_saxpy(int n, float a, std::vector<float>& x, std::vector<float>& y);

int main() {
    int count = 0;
    VEC_CHECK(cudaGetDeviceCount(&count));
    if (count == 0) return 1;
    VEC_CHECK(cudaSetDevice(0));
    std::vector<float> x(1 << 20, 1.0f), y(1 << 20, 2.0f);
    std::printf("sum %f\n", device_sum(x.data(), int(x.size())));
    std::printf("saxpy %f ms\n", timed_saxpy(int(x.size()), 2.0f, x, y));
    cudaDeviceSynchronize();
    return 0;
}
