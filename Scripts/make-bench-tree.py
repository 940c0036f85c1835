#!/usr/bin/env python3
"""Writes a synthetic CUDA/PyTorch source tree for the scanner benchmark.

CUDA density is calibrated on NVIDIA/cuda-samples (about one finding per 350 bytes of source):
CUDA files mix CUDA lines with ordinary C++ lines, Python files mix torch.cuda lines with plain Python.

usage: make-bench-tree.py OUTPUT_DIR [FILES] [TOTAL_MB]
Deterministic (fixed seed): the same arguments give the same tree.
"""
import os
import random
import sys

out = sys.argv[1]
files = int(sys.argv[2]) if len(sys.argv) > 2 else 15000
total_mb = float(sys.argv[3]) if len(sys.argv) > 3 else 60.0
rng = random.Random(20240611)
target = int(total_mb * 1024 * 1024 / files)

CUDA_LINES = [
    "    VEC_CHECK(cudaMalloc(&{v}, n * sizeof(float)));",
    "    cudaMemcpyAsync({v}, host_{v}, bytes, cudaMemcpyHostToDevice, stream);",
    "    {v}[i] += __shfl_down_sync(0xffffffff, {v}[i], 16);",
    "    int i = blockIdx.x * blockDim.x + threadIdx.x;",
    "    __syncthreads();",
    "    atomicAdd(&{v}[threadIdx.x % 32], 1.0f);",
    "    cublasSgemm(handle, CUBLAS_OP_N, CUBLAS_OP_N, m, n, k, &alpha, a, m, b, k, &beta, c, m);",
    "    kernel_{v}<<<grid, block, 0, stream>>>({v}, n);",
    "    cudaStreamSynchronize(stream);",
    "    // cudaFree({v}) happens in the destructor",
]
CPP_LINES = [
    "    std::vector<std::vector<int>> {v}_table(rows, std::vector<int>(cols));",
    "    for (size_t i = 0; i < {v}.size(); ++i) total += {v}[i] * weight[i % 7];",
    "    if ({v} == nullptr) throw std::runtime_error(\"missing {v}: check the configuration\");",
    "    auto {v}_it = std::find_if(items.begin(), items.end(), [&](const Item& x) {{ return x.id == key; }});",
    "    result.push_back(std::make_pair({v}, static_cast<double>(count) / total));",
    "    const char* {v}_msg = \"this string mentions cudaMalloc but is not code\";",
    "    /* block comment about threadIdx and {v} */",
    "    std::lock_guard<std::mutex> guard({v}_mutex);",
]
PLAIN_PY_LINES = [
    "    {v} = [item.strip() for item in lines if item and not item.startswith('#')]",
    "    if {v} is None:\n        raise ValueError(f\"missing {v}: {{path}}\")",
    "    total_{v} = sum(len(chunk) for chunk in batches) / max(1, len(batches))",
    "    with open(path, encoding='utf-8') as handle:\n        {v} = json.load(handle)",
    "    logger.debug('loaded %s entries for %s', len({v}), name)",
]
PY_LINES = [
    "    {v} = torch.zeros(batch, hidden, device=\"cuda\")",
    "    {v} = model({v}).cuda()",
    "    loss = criterion({v}, target)  # runs on torch.cuda when available",
    "    for step, ({v}, labels) in enumerate(loader):",
    "        logger.info(\"step %d loss %.4f\", step, loss.item())",
    "    torch.cuda.synchronize()",
    "    {v}_list = [x * 2 for x in range(10) if x % 3]",
    "    config = dict(lr=1e-4, name=\"{v}\", warmup=100)",
]

def body(lines, ext):
    words = ["alpha", "beta", "grad", "acc", "buf", "tile", "row", "col", "scale", "bias", "state", "tmp"]
    parts = []
    size = 0
    func = 0
    while size < target:
        v = rng.choice(words) + str(rng.randint(0, 99))
        if ext == "py":
            header = f"def step_{func}({v}, target):\n"
        elif ext == "cu":
            header = f"__global__ void kernel_{v}(float* {v}, int n) {{\n"
        else:
            header = f"void helper_{func}_{v}(std::vector<float>& {v}) {{\n"
        chunk = [header]
        for _ in range(rng.randint(6, 14)):
            if ext == "cu" and rng.random() < 0.55:
                pool = CPP_LINES
            elif ext == "py" and rng.random() < 0.6:
                pool = PLAIN_PY_LINES
            else:
                pool = lines
            chunk.append(rng.choice(pool).format(v=v) + "\n")
        chunk.append("\n" if ext == "py" else "}\n\n")
        text = "".join(chunk)
        parts.append(text)
        size += len(text)
        func += 1
    return "".join(parts)

os.makedirs(out, exist_ok=True)
for index in range(files):
    kind = rng.random()
    if kind < 0.30:
        ext, lines, head = "cu", CUDA_LINES, "#include <cuda_runtime.h>\n#include \"check.h\"\n\n"
    elif kind < 0.72:
        ext, lines, head = rng.choice(["cpp", "h", "cc"]), CPP_LINES, "#include <vector>\n#include <string>\n\n"
    else:
        ext, lines, head = "py", PY_LINES, "import torch\nimport torch.nn as nn\n\n"
    directory = os.path.join(out, f"mod{index % 150:03d}", f"sub{index % 7}")
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, f"file{index:05d}.{ext}"), "w") as handle:
        handle.write(head + body(lines, ext))
