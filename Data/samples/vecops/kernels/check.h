#pragma once
#include <cstdio>
#include <cstdlib>
#include <cuda_runtime.h>

// Every runtime call goes through this macro so failures name the call site.
#define VEC_CHECK(call)                                                        \
    do {                                                                       \
        cudaError_t err_ = (call);                                             \
        if (err_ != cudaSuccess) {                                             \
            std::fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__,            \
                         cudaGetErrorString(err_));                            \
            std::exit(1);                                                      \
        }                                                                      \
    } while (0)

constexpr int kBlock = 256;
