import Testing
@testable import CUDAScan

@Suite("C/C++/CUDA lexer")
struct CFamilyLexerTests {
    @Test func commentsAreNotFindings() {
        let code = """
        // cudaMalloc in a line comment
        /* cudaFree in a
           block comment cudaMemcpy */
        int x; // cudaStream_t trailing
        cudaDeviceSynchronize();
        """
        #expect(TestSupport.symbols(code, path: "a.cu") == ["cudaDeviceSynchronize"])
    }

    @Test("#if 0 and #if false branches are dead code; #else, #elif and nested conditionals are handled")
    func deadPreprocessorBranches() {
        let code = """
        #if 0
        cudaMalloc(&p, 4);
        #ifdef HAVE_X
        cudaMemset(p, 0, 4);
        #endif
        cudaStreamCreate(&s);
        #else
        cudaFree(p);
        #endif
        #if false // never
        cudaEventCreate(&e);
        #elif defined(USE_CUDA)
        cudaMemcpy(d, h, n, k);
        #endif
        #if 1
        cudaDeviceSynchronize();
        #endif
        #if 0
        cudaDeviceReset();
        """
        #expect(TestSupport.symbols(code, path: "a.cu") == ["cudaFree", "cudaMemcpy", "cudaDeviceSynchronize"])
        let lines = TestSupport.scan(code, path: "a.cu").map(\.line)
        #expect(lines == [8, 13, 16])
    }

    @Test("a line splice right after # does not swallow the next line (found by the lexer fuzzer)")
    func spliceAfterHash() {
        let code = "#     \\\n\n    int i = blockIdx.x;\n"
        let found = TestSupport.scan(code, path: "a.cu")
        #expect(found.map(\.symbol) == ["blockIdx"])
        #expect(found.map(\.line) == [3])
    }

    @Test func lineCommentContinuedByBackslash() {
        let code = "// a comment that continues \\\ncudaMalloc(&p, 4);\ncudaFree(p);\n"
        #expect(TestSupport.symbols(code, path: "a.cu") == ["cudaFree"])
    }

    @Test func stringAndCharLiteralsAreNotFindings() {
        let code = #"""
        const char* a = "cudaMalloc \" still string cudaFree";
        char c = '"'; cudaEventCreate(&e);
        const char* b = u8"cudaMemcpy";
        """#
        #expect(TestSupport.symbols(code, path: "a.cpp") == ["cudaEventCreate"])
    }

    @Test func rawStringsWithDelimiters() {
        let code = """
        auto s = R"ptx(cudaMalloc )" still inside cudaFree)ptx"; cudaSetDevice(0);
        auto t = LR"(cudaMemcpy
        cudaMemset)"; cudaGetDevice(&d);
        """
        let found = TestSupport.scan(code, path: "a.cu")
        #expect(found.map(\.symbol) == ["cudaSetDevice", "cudaGetDevice"])
        #expect(found.map(\.line) == [1, 3])
    }

    @Test func digitSeparatorIsNotACharLiteral() {
        let code = "int n = 1'000'000; cudaMalloc(&p, n);\n"
        #expect(TestSupport.symbols(code, path: "a.cu") == ["cudaMalloc"])
    }

    @Test func includesAreHeaderFindings() {
        let code = """
        #include <cuda_runtime.h>
        #  include "cublas_v2.h"
        #include <vector>
        #include <thrust/sort.h>
        #include <cusparseLt.h>
        """
        let found = TestSupport.scan(code, path: "a.h")
        #expect(found.map(\.symbol) == ["cuda_runtime.h", "cublas_v2.h", "thrust/sort.h", "cusparseLt.h"])
        #expect(found[0].mappings[.hip]?.replacement == "hip/hip_runtime.h")
        #expect(found[2].mappings[.hip]?.replacement == "thrust/sort.h")
        #expect(found[3].cataloged == false)
        #expect(found[3].family == "cusparse")
    }

    @Test func macroBodiesAreScannedButOwnMacroNamesAreNot() {
        let code = """
        #define CUDA_CHECK(x) do { cudaError_t e = (x); \\
            if (e != cudaSuccess) abort(); } while (0)
        #define cuMyHelper(x) x
        CUDA_CHECK(cudaMalloc(&p, 4));
        cuMyHelper(1);
        #if CUDART_VERSION >= 11000
        #endif
        """
        let found = TestSupport.scan(code, path: "a.cu")
        #expect(found.map(\.symbol) == ["cudaError_t", "cudaSuccess", "cudaMalloc", "CUDART_VERSION"])
        #expect(found.map(\.line) == [1, 2, 4, 6])
    }

    @Test func launchesIncludingSplitOverLines() {
        let code = """
        k<<<grid, block>>>(a);
        k2<<<
            grid, block, 0,
            stream>>>(a);
        k3
          <<<1, 1>>>();
        """
        let found = TestSupport.scan(code, path: "a.cu").filter { $0.symbol == "<<<>>>" }
        #expect(found.map(\.line) == [1, 2, 6])
        #expect(found.map(\.column) == [2, 3, 3])
    }

    @Test func nestedTemplatesAreNotLaunches() {
        let code = """
        std::vector<std::vector<int>> a;
        std::map<int, std::vector<std::pair<int, int>>> b;
        x = y >> 3; z = w >>> 1;
        std::ostream& operator<<<int>(std::ostream&, const Foo<int>&);
        kernel<float><<<g, b>>>(p);
        """
        let found = TestSupport.scan(code, path: "a.cu").filter { $0.symbol == "<<<>>>" }
        #expect(found.map(\.line) == [5])
    }

    @Test func asmBlocksArePTXInCUDAFiles() {
        let cuda = "asm volatile(\"mov.u32 %0, %%laneid;\" : \"=r\"(lane));\n__asm__(\"bar.sync 0;\");\n"
        #expect(TestSupport.symbols(cuda, path: "a.cu") == ["asm", "__asm__"])
        let hostOnly = "asm(\"pause\");\nasm volatile (\"ld.global.nc.f32 %0, [%1];\" : \"=f\"(v) : \"l\"(p));\n"
        #expect(TestSupport.scan(hostOnly, path: "a.cpp").map(\.line) == [2])
    }

    @Test func qualifiedNamesAndNamespaces() {
        let code = "thrust::device_vector<int> v; cub::BlockReduce<float, 256> r; cooperative_groups::this_thread_block();"
        let found = TestSupport.scan(code, path: "a.cu")
        #expect(found.map(\.symbol) == ["thrust::device_vector", "cub::BlockReduce", "cooperative_groups::this_thread_block"])
        #expect(found.map(\.family) == ["thrust", "cub", "kernel-syntax"])
    }

    @Test func uncataloguedPrefixesAreStillFindings() {
        let code = "cudaBrandNewCall(); cublasFuture(); ncclSomethingNew(); cudaptr = 0; curand_foo(); cuX();"
        let found = TestSupport.scan(code, path: "a.cu")
        #expect(found.map(\.symbol) == ["cudaBrandNewCall", "cublasFuture", "ncclSomethingNew", "curand_foo", "cuX"])
        #expect(found.map(\.family) == ["runtime", "cublas", "nccl", "curand", "driver"])
        #expect(found.allSatisfy { !$0.cataloged && $0.kind == "unknown" })
        #expect(found.allSatisfy { $0.mappings[.hip] != nil && $0.mappings[.ascend] != nil })
    }

    @Test func ownDeclarationsWithCUDAPrefixesAreNotFindings() {
        let code = """
        #include "nvrtc_helper.h"
        #include "cuda_runtime.h"
        CUdevice cuDevice;
        cuDeviceGet(&cuDevice, 0);
        float *cudaPtr = nullptr; use(cudaPtr);
        prop.cudaThing = 1; p->cuField = 2;
        int cudaCheckHelper(int x);
        cudaCheckHelper(1);
        return cudaBrandNew(x);
        """
        let found = TestSupport.scan(code, path: "a.cu")
        #expect(found.map(\.symbol) == ["cuda_runtime.h", "CUdevice", "cuDeviceGet", "cudaBrandNew"])
    }

    @Test func invalidUTF8DoesNotStopTheLexer() {
        var bytes = Array("int a; // \u{00e9}\n".utf8)
        bytes += [0xff, 0xfe, 0xc3, 0x28, 0x0a]
        bytes += Array("cudaMalloc(&p, 4); \"\u{1F600}".utf8)
        bytes += [0xe2, 0x82]
        bytes += Array("\"; cudaFree(p);\n".utf8)
        let lexer = CFamilyLexer(vocabulary: TestSupport.catalog.vocabulary, isCUDASource: true)
        let found = bytes.withUnsafeBufferPointer { lexer.candidates(in: $0) }
        #expect(found.map(\.symbol) == ["cudaMalloc", "cudaFree"])
        #expect(found.map(\.line) == [3, 3])
    }

    @Test func unterminatedConstructsEndCleanly() {
        for code in ["\"cudaMalloc", "/* cudaMalloc", "R\"x(cudaMalloc", "k<<<", "#include <cuda", "asm(\"x", "'"] {
            #expect(TestSupport.scan(code, path: "a.cu").allSatisfy { $0.symbol != "cudaMalloc" })
        }
    }

    /// `texture` is CUDA's only as the legacy texture reference template; a variable of that name is not a tie.
    @Test func textureCountsOnlyAsATemplate() {
        let code = "texture<float, 2, cudaReadModeElementType> tex;\ntexture <int> t2;\nGLuint texture = 0;\nbind(texture);\n"
        let found = TestSupport.scan(code, path: "a.cu").filter { $0.symbol == "texture" }
        #expect(found.map(\.line) == [1, 2])
        #expect(TestSupport.catalog.lookup("texture")?.entry.kind == "template")
    }

    /// Kind `template` is the catalog's to give: a user entry of that kind counts only with template arguments too.
    @Test func catalogTemplatesCountOnlyWithArguments() throws {
        var catalog = TestSupport.catalog
        catalog.overlay(try Catalog(text: "surface | template | runtime | hip = surface [direct]\n"))
        let findings = Scanner(catalog: catalog).scan(text: "surface<void, 2> s;\nint surface = 0;\n", path: "a.cu")
        #expect(findings.filter { $0.symbol == "surface" }.map(\.line) == [1])
    }
}
