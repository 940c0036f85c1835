# Builds the vecops_ext PyTorch extension.
from setuptools import setup
from torch.utils.cpp_extension import BuildExtension, CUDAExtension

setup(
    name="vecops_ext",
    ext_modules=[
        CUDAExtension(
            name="vecops_ext",
            sources=["csrc/fused_bias_gelu.cu"],
            extra_compile_args={"cxx": ["-O3"], "nvcc": ["-O3", "--use_fast_math"]},
        )
    ],
    cmdclass={"build_ext": BuildExtension},
)
