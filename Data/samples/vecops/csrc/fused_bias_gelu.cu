// Fused bias + GELU, exposed to PyTorch as vecops_ext.fused_bias_gelu.
#include <torch/extension.h>
#include <ATen/cuda/CUDAContext.h>
#include <cuda_fp16.h>

__global__ void bias_gelu_kernel(const float* x, const float* bias, float* y, int cols, int n) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= n) return;
    float v = x[i] + bias[i % cols];
    y[i] = 0.5f * v * (1.0f + tanhf(0.7978845608f * (v + 0.044715f * v * v * v)));
}

torch::Tensor fused_bias_gelu(torch::Tensor x, torch::Tensor bias) {
    auto y = torch::empty_like(x);
    int n = x.numel();
    auto stream = at::cuda::getCurrentCUDAStream();
    bias_gelu_kernel<<<(n + 255) / 256, 256, 0, stream>>>(
        x.data_ptr<float>(), bias.data_ptr<float>(), y.data_ptr<float>(), bias.size(0), n);
    return y;
}

PYBIND11_MODULE(TORCH_EXTENSION_NAME, m) {
    m.def("fused_bias_gelu", &fused_bias_gelu, "bias + GELU (CUDA)");
}
