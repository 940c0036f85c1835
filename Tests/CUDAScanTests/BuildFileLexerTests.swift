import Testing
@testable import CUDAScan

@Suite("Build file, requirements and notebook lexers")
struct BuildFileLexerTests {
    @Test func cmakeLanguagesPackagesAndVariables() {
        let code = """
        # project(old LANGUAGES CUDA) in a comment
        #[[ find_package(CUDA)
            is commented out ]]
        project(demo LANGUAGES CXX CUDA)
        find_package(CUDAToolkit 12 REQUIRED)
        set(CMAKE_CUDA_ARCHITECTURES "80;90")
        target_link_libraries(demo PRIVATE CUDA::cublas)
        cuda_add_library(old_style k.cu)
        set_property(TARGET demo PROPERTY CUDA_ARCHITECTURES 80)
        """
        let found = TestSupport.scan(code, path: "CMakeLists.txt")
        #expect(found.map(\.symbol) == ["CUDA", "CUDAToolkit", "CMAKE_CUDA_ARCHITECTURES", "CUDA::cublas", "cuda_add_library",
                                        "CUDA_ARCHITECTURES"])
        #expect(found.map(\.line) == [4, 5, 6, 7, 8, 9])
        #expect(found[0].mappings[.hip]?.replacement == "enable_language(HIP)")
    }

    @Test func makefileFlagsAndLibraries() {
        let code = """
        NVCC ?= /usr/local/cuda/bin/nvcc
        NVFLAGS = -O3 -arch=sm_80 --use_fast_math # -lcufft is commented
        app: main.o
        \t$(NVCC) -o app main.o -lcudart -lcublas
        """
        let found = TestSupport.scan(code, path: "Makefile")
        #expect(found.map(\.symbol) == ["NVCC", "/usr/local/cuda/bin/nvcc", "-arch=sm_80", "--use_fast_math", "NVCC", "-lcudart", "-lcublas"])
        #expect(found.first { $0.symbol == "-lcudart" }?.mappings[.ascend]?.replacement == "-lascendcl")
        #expect(TestSupport.scan("project(cuda-c-linking LANGUAGES CXX)\n", path: "CMakeLists.txt").isEmpty)
    }

    @Test func dockerfileImagesEnvAndPip() {
        let code = """
        # FROM nvidia/cuda:11.8.0-base in a comment
        FROM --platform=linux/amd64 nvidia/cuda:12.1.0-cudnn8-runtime-ubuntu22.04 AS base
        FROM pytorch/pytorch:2.1.0-cuda12.1-cudnn8-runtime
        ENV CUDA_VISIBLE_DEVICES=0 PATH=/usr/local/cuda/bin:$PATH
        RUN pip install --no-cache-dir cupy-cuda12x bitsandbytes numpy
        RUN apt-get install -y cuda-nvcc-12-1 libcudnn8 && rm -rf /var/lib/apt/lists/*
        """
        let found = TestSupport.scan(code, path: "Dockerfile")
        #expect(found.map(\.key) == ["docker:nvidia/cuda", "docker:tag-cuda", "build:CUDA_VISIBLE_DEVICES",
                                     "build:/usr/local/cuda/bin:$PATH", "pip:cupy-cuda12x", "pip:bitsandbytes",
                                     "docker:pkg:cuda-nvcc-12-1", "docker:pkg:libcudnn8"])
        #expect(found.map(\.line) == [2, 3, 4, 4, 5, 5, 6, 6])
        #expect(found[2].mappings[.ascend]?.replacement == "ASCEND_RT_VISIBLE_DEVICES")
    }

    @Test func requirementsWheelsAndIndexes() {
        let code = """
        # cupy-cuda11x is not used any more
        --extra-index-url https://download.pytorch.org/whl/cu118
        torch==2.0.1+cu118 ; python_version >= "3.9"
        flash_attn>=2.0
        nvidia-cudnn-cu12==8.9.2.26
        requests
        """
        let found = TestSupport.scan(code, path: "requirements-gpu.txt")
        #expect(found.map(\.key) == ["pip:whl/cuXXX", "pip:+cuXXX", "pip:flash-attn", "pip:nvidia-cudnn-cu12"])
        #expect(found.map(\.line) == [2, 3, 4, 5])
    }

    @Test func pyprojectAndCondaEnvironments() {
        let toml = """
        [project]
        name = "demo"
        dependencies = ["xformers>=0.0.23", "numpy"]
        [tool.poetry.dependencies]
        triton = "^2.1"
        """
        #expect(TestSupport.scan(toml, path: "pyproject.toml").map(\.key) == ["pip:xformers", "pip:triton"])
        let conda = "dependencies:\n  - pytorch-cuda=12.1\n  - cudatoolkit=11.8  # old\n  - numpy\n"
        #expect(TestSupport.scan(conda, path: "environment.yml").map(\.key) == ["pip:pytorch-cuda", "pip:cudatoolkit"])
    }

    @Test func notebookCodeCellsOnlyAtTheirPlacesInTheFile() {
        let notebook = """
        {
         "cells": [
          {
           "cell_type": "markdown",
           "metadata": {},
           "source": ["Call torch.cuda.synchronize() after the step.\\n"]
          },
          {
           "cell_type": "code",
           "metadata": {},
           "outputs": [],
           "source": [
            "import torch\\n",
            "x = torch.ones(2).cuda()\\n",
            "# torch.cuda.empty_cache() is commented\\n",
            "torch.cuda.synchronize()"
           ]
          },
          {"cell_type": "code", "source": "y = 'cuda:0'\\nprint(\\"\\u00e9\\")\\nz = \\"\\\\\\"\\" + torch.cuda.current_device()", "metadata": {}}
         ],
         "metadata": {}, "nbformat": 4, "nbformat_minor": 5
        }
        """
        let found = TestSupport.scan(notebook, path: "analysis.ipynb")
        #expect(found.map(\.symbol) == [".cuda()", "torch.cuda.synchronize", "cuda:0", "torch.cuda.current_device"])
        // Places in the .ipynb file itself: the JSON line, and the column as written there (escapes count as written).
        #expect(found.map(\.line) == [14, 16, 19, 19])
        #expect(found.map(\.column) == [23, 6, 41, 84])
        #expect(TestSupport.scan("{ not json", path: "broken.ipynb").isEmpty)
    }

    @Test(arguments: [
        ("-arch=sm_90a", "build:sm_XX"), ("compute_75", "build:sm_XX"), ("sm_x", nil), ("sm_xcompute_80", "build:sm_XX"),
        ("sm_", nil), ("gencode=arch=compute_80,code=sm_80", "build:sm_XX"), ("asm_1", "build:sm_XX"), ("cusm", nil),
    ] as [(String, String?)])
    func architectureWords(word: String, key: String?) {
        #expect(BuildFileLexer.archKey(word) == key)
    }

    @Test(arguments: [
        ("CUDA", true), ("NVCC", true), ("TensorRT", true), ("libNCCL", true), ("-O3", true), ("SM_80", true),
        ("hello", false), ("compute", false), ("Compute_x", true), ("c", false), ("", false),
    ])
    func wordsWorthAKey(word: String, matters: Bool) {
        #expect(BuildFileLexer.mayMatter(word) == matters)
    }
}

@Suite("Bare library names in build files count only where libraries are linked")
struct BuildFileLinkContextTests {
    @Test("a CMake project function's MODEL cuda argument is not the cuda library")
    func projectFunctionArgument() {
        let code = "add_hecbench_benchmark(NAME adam MODEL cuda SOURCES main.cu)\n"
        #expect(TestSupport.scan(code, path: "CMakeLists.txt").map(\.key) == [])
    }

    @Test("CMake link commands", arguments: [
        ("target_link_libraries(app PRIVATE cuda cudart)\n", ["build:cuda", "build:cudart"]),
        ("target_link_libraries(app\n  PUBLIC cublas\n  nccl)\n", ["build:cublas", "build:nccl"]),
        ("link_libraries(cudnn)\n", ["build:cudnn"]),
        ("find_library(CUDART_LIBRARY cudart PATHS /opt)\n", ["build:cudart"]),
        ("target_link_libraries(app CUDA::cudart CUDA::cublas)\n", ["build:CUDA::cudart", "build:CUDA::cublas"]),
    ])
    func linkCommands(code: String, keys: [String]) {
        #expect(TestSupport.scan(code, path: "CMakeLists.txt").map(\.key) == keys)
    }

    @Test("CMake commands that are not link commands", arguments: [
        "add_executable(cuda main.cpp)\n",
        "set(BACKENDS cuda cudart)\n",
        "add_subdirectory(cuda)\n",
        "install(TARGETS app DESTINATION cudnn)\n",
        "if(GPU STREQUAL cuda)\nendif()\n",
    ])
    func otherCommands(code: String) {
        #expect(TestSupport.scan(code, path: "CMakeLists.txt").map(\.key) == [])
    }

    @Test("CUDA::* targets, find_package and CUDA variables still count in any command")
    func otherTiesStayEverywhere() {
        let code = "set(LIBS CUDA::cufft)\nfind_package(CUDAToolkit)\nset(CMAKE_CUDA_STANDARD 17)\n"
        #expect(TestSupport.scan(code, path: "CMakeLists.txt").map(\.key)
                == ["build:CUDA::cufft", "build:find_package(CUDAToolkit)", "build:CMAKE_CUDA_STANDARD"])
    }

    @Test("a Makefile links with -l flags; a bare cuda is a value or a folder")
    func makefiles() {
        let code = "PLATFORM=cuda\nOBJDIR=${PLATFORM}\nclean:\n\trm -rf cuda\napp:\n\t$(CC) main.o -lcuda -lcudart\n"
        #expect(TestSupport.scan(code, path: "Makefile").map(\.key) == ["build:-lcuda", "build:-lcudart"])
    }

    @Test("which names are bare library names comes from the catalog (kind library, not a flag or CUDA:: target)")
    func linkLibrariesFromCatalog() throws {
        let catalog = try Catalog(text: """
        build:mylib | library | build | ascend = ascendcl [mechanical]
        build:-lmylib | library | build | ascend = -lascendcl [mechanical]
        build:CUDA::mylib | cmake | build | ascend = ascendcl [mechanical]
        build:mytool | tool | build | ascend = - [rewrite] no tool
        """)
        #expect(catalog.vocabulary.linkLibraries == ["mylib"])
        #expect(TestSupport.catalog.vocabulary.linkLibraries.isSuperset(of: ["cuda", "cudart", "cublas", "cudnn", "nccl"]))
    }
}
