import Foundation
import Testing
@testable import CUDAScan

@Suite("Catalog loading, validation and queries")
struct CatalogTests {
    @Test func parsesEntriesEffortsGenerationsAndNotes() throws {
        let text = """
        # comment
        @family runtime | ascend = - [rewrite] check aclrt*

        cudaMalloc | function | runtime | hip = hipMalloc [direct] | ascend = aclrtMalloc [mechanical] adds a policy argument
        __shfl_sync | device-function | device-intrinsic | ascend = AscendC::Simt::WarpShflSync [blocker 950:rewrite a3:blocker] SIMT only
        """
        let catalog = try Catalog(text: text, fileName: "t.catalog")
        let malloc = try #require(catalog.lookup("cudaMalloc")?.entry)
        #expect(malloc.mappings[.hip] == TargetMapping(replacement: "hipMalloc", effort: .direct))
        #expect(malloc.mappings[.ascend]?.note == "adds a policy argument")
        #expect(malloc.origin == "t.catalog:4")
        let shfl = try #require(catalog.lookup("__shfl_sync")?.entry.mappings[.ascend])
        #expect(shfl.effort(on: .a2) == .blocker)
        #expect(shfl.effort(on: .a3) == .blocker)
        #expect(shfl.effort(on: .gen950) == .rewrite)
        #expect(catalog.familyDefaults["runtime"]?[.ascend]?.effort == .rewrite)
    }

    @Test(arguments: [
        ("cudaMalloc | function", CatalogError.malformedLine(file: "bad.catalog", line: 2, message: "expected 'symbol | kind | family | target = …'")),
        ("cuda Malloc | function | runtime", CatalogError.malformedLine(file: "bad.catalog", line: 2, message: "the symbol must be one word without spaces")),
        ("cudaMalloc | Function | runtime", CatalogError.malformedLine(file: "bad.catalog", line: 2, message: "kind 'Function' must be a lower-case word")),
        ("cudaMalloc | function | runtime | opencl = x [direct]", CatalogError.unknownTarget(file: "bad.catalog", line: 2, value: "opencl")),
        ("cudaMalloc | function | runtime | hip = hipMalloc [easy]", CatalogError.unknownEffort(file: "bad.catalog", line: 2, value: "easy")),
        ("cudaMalloc | function | runtime | hip = hipMalloc", CatalogError.malformedLine(file: "bad.catalog", line: 2, message: "missing '[effort]' after the replacement for hip")),
        ("cudaMalloc | function | runtime | ascend = x [blocker 910:rewrite]", CatalogError.unknownGeneration(file: "bad.catalog", line: 2, value: "910")),
        ("cudaMalloc | function | runtime | hip = a b [direct]", CatalogError.malformedLine(file: "bad.catalog", line: 2, message: "the hip replacement must be one word, '-' for none or '?' for not assessed")),
        ("cudaMalloc | function | runtime | hip hipMalloc [direct]", CatalogError.malformedLine(file: "bad.catalog", line: 2, message: "expected 'target = replacement [effort] note' in 'hip hipMalloc [direct]'")),
        ("cudaFree | function | runtime", CatalogError.duplicateSymbol(file: "bad.catalog", line: 2, symbol: "cudaFree", firstLine: 1)),
        ("@family | hip = x [direct]", CatalogError.malformedLine(file: "bad.catalog", line: 2, message: "expected '@family NAME | target = …'")),
        ("cudaMalloc | function | runtime | hip = x [direct] | hip = y [direct]", CatalogError.malformedLine(file: "bad.catalog", line: 2, message: "target 'hip' appears twice")),
    ])
    func malformedLinesReportFileAndLine(line: String, expected: CatalogError) {
        let text = "cudaFree | function | runtime | hip = hipFree [direct]\n" + line + "\n"
        #expect(throws: expected) { try Catalog(text: text, fileName: "bad.catalog") }
        #expect(expected.description.hasPrefix("bad.catalog:2: "))
    }

    @Test func laterDirectoriesOverrideAndExtend() throws {
        let base = try TestSupport.temporaryDirectory(), user = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: base); try? FileManager.default.removeItem(at: user) }
        try TestSupport.write("cudaMalloc | function | runtime | hip = hipMalloc [direct] | ascend = aclrtMalloc [mechanical]\n",
                              to: "a.catalog", in: base)
        try TestSupport.write("cudaMalloc | function | runtime | ascend = aclrtMalloc [rewrite] team rule\nmyCudaWrapper | function | runtime | hip = myHipWrapper [direct]\n",
                              to: "team.catalog", in: user)
        try TestSupport.write("not a catalog file", to: "README.md", in: user)
        let catalog = try Catalog.load(directories: [base, user])
        let entry = try #require(catalog.lookup("cudaMalloc")?.entry)
        #expect(entry.mappings[.hip]?.replacement == "hipMalloc")
        #expect(entry.mappings[.ascend]?.effort == .rewrite)
        #expect(entry.mappings[.ascend]?.note == "team rule")
        #expect(catalog.lookup("myCudaWrapper") != nil)
    }

    /// Entries keep their mapping fields as written and build them when read; three files layering one symbol must
    /// read exactly as the mappings merged in file order would.
    @Test func writtenMappingsReadAsTheirMergedLayers() throws {
        let one = try Catalog(text: """
            cudaMalloc | function | runtime | hip = hipMalloc [direct] | ascend = aclrtMalloc [mechanical a2:rewrite 950:direct] first
            cudaFree | function | runtime
            """, fileName: "one.catalog")
        var layered = one
        layered.overlay(try Catalog(text: "cudaMalloc | function | runtime | ascend = aclrtMalloc [rewrite] second\ncudaFree | function | runtime | sycl = sycl::free [direct]\n"))
        layered.overlay(try Catalog(text: "cudaMalloc | function | memory | sycl = sycl::malloc_device [direct] | hip = - [blocker]\n"))
        let malloc = try #require(layered.lookup("cudaMalloc")?.entry)
        #expect(malloc.family == "memory")
        #expect(malloc.mappings == [
            .hip: TargetMapping(replacement: nil, effort: .blocker),
            .ascend: TargetMapping(replacement: "aclrtMalloc", effort: .rewrite, note: "second"),
            .sycl: TargetMapping(replacement: "sycl::malloc_device", effort: .direct),
        ])
        // Reading one target builds only that field, and agrees with building them all.
        for target in Target.allCases { #expect(malloc.mapping(for: target) == malloc.mappings[target]) }
        let first = try #require(one.lookup("cudaMalloc")?.entry)
        #expect(first.mappings[.ascend] == TargetMapping(replacement: "aclrtMalloc", effort: .mechanical,
                                                           generationEfforts: [.a2: .rewrite, .gen950: .direct], note: "first"))
        #expect(first.origin == "one.catalog:1")
        #expect(layered.lookup("cudaFree")?.entry.mappings.keys.sorted() == [.sycl])
        #expect(layered.lookup("cudaFree")?.entry.mapping(for: .hip) == nil)
        #expect(first.mapping(for: .ascend)?.generationEfforts == [.a2: .rewrite, .gen950: .direct])
        // However the mappings are held, equal entries are equal.
        #expect(first == CatalogEntry(symbol: "cudaMalloc", kind: "function", family: "runtime", mappings: first.mappings,
                                      originFile: "one.catalog", originLine: 1))
    }

    @Test func overlayActsLikeALaterDirectory() throws {
        var base = try Catalog(text: "cudaFree | function | runtime | hip = hipFree [direct]\n@family runtime | ascend = - [rewrite] x\n")
        base.overlay(try Catalog(text: "cudaFree | function | runtime | ascend = aclrtFree [direct]\nfoo::* | namespace | runtime | hip = bar::* [direct]\n"))
        #expect(base.lookup("cudaFree")?.entry.mappings.keys.sorted() == [.hip, .ascend])
        #expect(base.lookup("foo::x")?.wildcardMatch == "x")
        #expect(base.familyDefaults["runtime"]?[.ascend]?.effort == .rewrite)
    }

    @Test func loadErrorsNameTheFile() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try TestSupport.write("ok | function | runtime\n\nbroken line\n", to: "x.catalog", in: dir)
        do {
            _ = try Catalog.load(directories: [dir])
            Issue.record("a malformed file loaded")
        } catch {
            #expect(error.description.hasSuffix("x.catalog:3: expected 'symbol | kind | family | target = …'"))
        }
        #expect(throws: CatalogError.self) { try Catalog.load(directories: [dir.appendingPathComponent("missing")]) }
    }

    @Test func wildcardRulesSubstituteAndExactEntriesWin() throws {
        let catalog = try Catalog(text: """
        torch.cuda.* | python-api | pytorch | ascend = torch.npu.* [direct]
        torch.cuda.memory_usage | python-api | pytorch | ascend = - [rewrite] unsupported
        """)
        let (rule, match) = try #require(catalog.lookup("torch.cuda.synchronize"))
        #expect(catalog.mapping(for: rule, target: .ascend, wildcardMatch: match)?.replacement == "torch.npu.synchronize")
        #expect(catalog.lookup("torch.cuda.memory_usage")?.entry.mappings[.ascend]?.effort == .rewrite)
        #expect(catalog.lookup("torch.npu.synchronize") == nil)
    }

    @Test func shippedCatalogLoadsAndCoversEveryFamily() throws {
        let catalog = try Catalog.load(directories: [TestSupport.catalogDirectory])
        #expect(catalog.count > 8000)
        let families = Set(catalog.stats().families.map(\.family))
        for family in ["runtime", "driver", "kernel-syntax", "device-intrinsic", "cublas", "cublaslt", "cudnn", "cusolver", "nccl",
                       "curand", "cufft", "cusparse", "thrust", "cub", "cutlass", "header", "pytorch", "python-package",
                       "onnxruntime", "build", "requirements", "docker"] {
            #expect(families.contains(family), "missing family \(family)")
        }
        #expect(catalog.show("cudaMemcpy")?.mappings[.ascend]?.note?.contains("destMax") == true)
        #expect(catalog.show("cudaMemcpy")?.mappings[.hip]?.replacement == "hipMemcpy")
        #expect(catalog.show("flash-attn")?.entry.symbol == "pip:flash-attn")
        #expect(catalog.show("cuda_runtime.h")?.mappings[.hip]?.replacement == "hip/hip_runtime.h")
        #expect(catalog.show("noSuchSymbol") == nil)
    }

    @Test func searchAndStats() throws {
        let catalog = try Catalog(text: """
        cudaMalloc | function | runtime | hip = hipMalloc [direct] | ascend = aclrtMalloc [mechanical] adds a policy
        cudaFree | function | runtime | hip = hipFree [direct]
        ncclAllReduce | function | nccl | ascend = HcclAllReduce [direct]
        """)
        #expect(catalog.search("policy").map(\.symbol) == ["cudaMalloc"])
        #expect(catalog.search("HCCL").map(\.symbol) == ["ncclAllReduce"])
        #expect(catalog.search("").isEmpty)
        let stats = catalog.stats()
        #expect(stats.total == 3)
        let runtime = try #require(stats.families.first { $0.family == "runtime" })
        #expect(runtime.entries == 2)
        #expect(runtime.withReplacement[.hip] == 2)
        #expect(runtime.replacementShare(.ascend) == 0.5)
    }
}

@Suite("Catalog files adding SYCL (oneMKL, oneDNN) or Ascend (aclnn) to the HIPIFY names")
struct AddedTargetCatalogTests {
    @Test("the oneMKL, oneDNN and aclnn files only add their target's mappings to names the HIPIFY tables list, with the same kind and family", arguments: [
        ("sycl-onemkl-blas.catalog", ["hip-cublas.catalog"], Target.sycl, "oneapi::mkl::blas::column_major::", 600),
        ("sycl-onemkl-lapack.catalog", ["hip-cusolver.catalog"], .sycl, "oneapi::mkl::lapack::", 100),
        ("sycl-onemkl-dft-rng.catalog", ["hip-cufft.catalog", "hip-curand.catalog"], .sycl, "", 30),
        ("sycl-onemkl-sparse.catalog", ["hip-cusparse.catalog"], .sycl, "oneapi::mkl::sparse::", 50),
        ("sycl-onemkl-device-rng.catalog", ["hip-curand.catalog"], .sycl, "oneapi::mkl::rng::device::", 20),
        ("sycl-onednn.catalog", ["hip-cudnn.catalog"], .sycl, "dnnl::", 40),
        ("huawei-aclnn.catalog", ["hip-cublas.catalog", "hip-cudnn.catalog"], .ascend, "acl", 180),
    ])
    func addsToKnownEntriesOnly(file: String, bases: [String], target: Target, namespace: String, atLeast: Int) throws {
        let directory = TestSupport.catalogDirectory
        var known: [String: CatalogEntry] = [:]
        for base in bases {
            let hip = try CatalogFileParser(fileName: base).parse(
                String(contentsOf: directory.appendingPathComponent(base), encoding: .utf8))
            for entry in hip.entries { known[entry.symbol] = entry }
        }
        // Every other file (libraries.catalog, kernel.catalog, the other sycl-* files…) that maps a symbol for the
        // target: repeating it here would silently override that mapping, or be overridden, depending on name order.
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".catalog") }.sorted()
        var alreadyMapped: [String: String] = [:]
        for name in names where name != file {
            let other = try CatalogFileParser(fileName: name).parse(
                String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
            for entry in other.entries where entry.mappings[target] != nil { alreadyMapped[entry.symbol] = name }
        }
        // Loaded after the HIPIFY files, so the entries keep their HIP mappings and point at this file.
        for base in bases { #expect(names.firstIndex(of: file)! > names.firstIndex(of: base)!) }
        let added = try CatalogFileParser(fileName: file).parse(
            String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8))
        #expect(added.entries.count > atLeast)
        #expect(added.familyDefaults.isEmpty)
        for entry in added.entries {
            let original = try #require(known[entry.symbol], "\(entry.symbol) is not in \(bases)")
            #expect(entry.kind == original.kind && entry.family == original.family, "\(entry.symbol)")
            #expect(Array(entry.mappings.keys) == [target], "\(entry.symbol)")
            #expect(alreadyMapped[entry.symbol] == nil, "\(entry.symbol) is already mapped for \(target) in \(alreadyMapped[entry.symbol] ?? "")")
            let replacement = entry.mappings[target]?.replacement
            // Constants are spelled in capitals (`ACL_FLOAT`, `ACL_FORMAT_NCHW`).
            #expect(replacement == nil || replacement!.hasPrefix(namespace) || (namespace == "acl" && replacement!.hasPrefix("ACL_")),
                    "\(entry.symbol) → \(replacement ?? "-")")
        }
    }

    @Test(arguments: [
        ("cublasSgemv_v2", "gemv"), ("cublasIdamax", "iamax"), ("cublasDznrm2_64", "nrm2"), ("cublasZdscal_v2", "scal"),
        ("cublasCdotc", "dotc"), ("cublasDgemmStridedBatched", "gemm_batch"), ("cublasHgemm", "gemm"), ("cublasCsrot", "rot"),
        ("cusolverDnSgetrf", "lapack::getrf"), ("cusolverDnZgetrf_bufferSize", "lapack::getrf_scratchpad_size"),
        ("cusolverDnCheevd", "lapack::heevd"), ("cusolverDnDormqr_bufferSize", "lapack::ormqr_scratchpad_size"),
        ("cufftExecZ2D", "dft::compute_backward"), ("curandGenerateNormal", "rng::generate"),
    ])
    func routineNamesLoseTheirPrecisionPrefix(symbol: String, routine: String) throws {
        let (entry, match) = try #require(TestSupport.catalog.lookup(symbol))
        let sycl = TestSupport.catalog.mapping(for: entry, target: .sycl, wildcardMatch: match)
        let namespace = ["lapack::", "dft::", "rng::"].contains { routine.hasPrefix($0) } ? "oneapi::mkl::" : "oneapi::mkl::blas::column_major::"
        #expect(sycl?.replacement == namespace + routine)
        #expect(sycl?.effort == .mechanical)
    }

    @Test("cuSPARSE, cuRAND device API and cuDNN names map to oneMKL sparse, oneMKL device RNG and oneDNN", arguments: [
        ("cusparseSpMV", "oneapi::mkl::sparse::gemv", Effort.mechanical),
        ("cusparseCreateCsr", "oneapi::mkl::sparse::set_csr_data", Effort.rewrite),
        ("cusparseDestroySpMat", "oneapi::mkl::sparse::release_matrix_handle", Effort.mechanical),
        ("cusparseSpMatDescr_t", "oneapi::mkl::sparse::matrix_handle_t", Effort.mechanical),
        ("cusparseDcsrmv", "oneapi::mkl::sparse::gemv", Effort.rewrite),
        ("curandStatePhilox4_32_10_t", "oneapi::mkl::rng::device::philox4x32x10", Effort.rewrite),
        ("curandStateMRG32k3a_t", "oneapi::mkl::rng::device::mrg32k3a", Effort.rewrite),
        ("curand_normal2", "oneapi::mkl::rng::device::generate", Effort.rewrite),
        ("curand_poisson", "oneapi::mkl::rng::device::generate", Effort.rewrite),
        ("cudnnSetTensor4dDescriptor", "dnnl::memory::desc", Effort.rewrite),
        ("cudnnConvolutionBackwardData", "dnnl::convolution_backward_data", Effort.rewrite),
        ("cudnnConvolutionBackwardFilter", "dnnl::convolution_backward_weights", Effort.rewrite),
        ("cudnnPoolingForward", "dnnl::pooling_forward", Effort.rewrite),
        ("cudnnTransformTensor", "dnnl::reorder", Effort.rewrite),
    ])
    func sparseRandomAndDNNNamesGainSYCLReplacements(symbol: String, replacement: String, effort: Effort) throws {
        let (entry, match) = try #require(TestSupport.catalog.lookup(symbol))
        let sycl = TestSupport.catalog.mapping(for: entry, target: .sycl, wildcardMatch: match)
        #expect(sycl?.replacement == replacement)
        #expect(sycl?.effort == effort)
        // The HIPIFY mapping loaded earlier survives.
        #expect(TestSupport.catalog.mapping(for: entry, target: .hip, wildcardMatch: match)?.replacement != nil)
    }

    @Test("workspace-size queries have no oneMKL counterpart and are dropped", arguments: ["cusparseSpMV_bufferSize", "cusparseSpMM_bufferSize", "cusparseDcsrsv2_bufferSize"])
    func bufferSizeQueriesAreDropped(symbol: String) throws {
        let (entry, match) = try #require(TestSupport.catalog.lookup(symbol))
        let sycl = try #require(TestSupport.catalog.mapping(for: entry, target: .sycl, wildcardMatch: match))
        #expect(sycl.replacement == nil)
        #expect(sycl.effort == .mechanical)
    }

    @Test("mappings recorded before these files keep their SYCL replacement", arguments: [
        ("curand_init", "oneapi::mkl::rng::device::philox4x32x10"), ("curand_uniform", "oneapi::mkl::rng::device::generate"),
        ("cudnnConvolutionForward", "dnnl::convolution_forward"), ("cudnnCreate", "dnnl::engine"),
    ])
    func earlierSYCLMappingsAreKept(symbol: String, replacement: String) throws {
        let (entry, match) = try #require(TestSupport.catalog.lookup(symbol))
        #expect(TestSupport.catalog.mapping(for: entry, target: .sycl, wildcardMatch: match)?.replacement == replacement)
    }

    @Test("precisions oneMKL lacks keep no oneMKL replacement", arguments: ["cublasCsymv", "cublasZsyr_v2", "cublasCrot", "cublasZrot_v2", "cusolverDnSgesvdj", "cusolverDnCpotrfBatched"])
    func unsupportedPrecisionsStayUnmapped(symbol: String) {
        let found = TestSupport.catalog.lookup(symbol)
        let sycl = found.flatMap { TestSupport.catalog.mapping(for: $0.entry, target: .sycl, wildcardMatch: $0.wildcardMatch) }
        #expect(sycl?.replacement?.hasPrefix("oneapi::mkl::blas") != true)
    }
}

@Suite("cuBLAS and cuDNN → CANN aclnn operators for Ascend")
struct AscendAclnnCatalogTests {
    @Test(arguments: [
        ("cublasSaxpy_v2", "aclnnInplaceAdd", "hipblasSaxpy"), ("cublasSdot_v2_64", "aclnnDot", "hipblasSdot_64"),
        ("cublasSnrm2_v2", "aclnnNorm", "hipblasSnrm2"), ("cublasIsamax", "aclnnArgMax", "hipblasIsamax"),
        ("cublasSgemv_v2", "aclnnAddmv", "hipblasSgemv"), ("cublasSgemm_64", "aclnnAddmm", "hipblasSgemm_64"),
        ("cublasHgemmStridedBatched", "aclnnBaddbmm", "hipblasHgemmStridedBatched"),
        ("cudnnConvolutionBackwardData", "aclnnConvolutionBackward", "hipdnnConvolutionBackwardData"),
        ("cudnnPoolingForward", "aclnnMaxPool2dWithIndices", "hipdnnPoolingForward"),
        ("cudnnDestroyTensorDescriptor", "aclDestroyTensor", "hipdnnDestroyTensorDescriptor"),
    ])
    func routinesMapToTheirOperator(symbol: String, aclnn: String, hip: String) throws {
        let (entry, match) = try #require(TestSupport.catalog.lookup(symbol))
        let ascend = TestSupport.catalog.mapping(for: entry, target: .ascend, wildcardMatch: match)
        #expect(ascend?.replacement == aclnn)
        #expect(ascend?.effort == .rewrite || ascend?.effort == .mechanical)
        // The HIP mapping of the HIPIFY tables survives the extra file.
        let hipMapping = TestSupport.catalog.mapping(for: entry, target: .hip, wildcardMatch: match)
        #expect(hipMapping?.replacement == hip)
    }

    @Test("double-precision matrix products stay blockers", arguments: ["cublasDgemm_v2", "cublasDgemmStridedBatched", "cublasDgemv"])
    func doublePrecisionIsABlocker(symbol: String) throws {
        let (entry, match) = try #require(TestSupport.catalog.lookup(symbol))
        let ascend = TestSupport.catalog.mapping(for: entry, target: .ascend, wildcardMatch: match)
        #expect(ascend?.replacement == nil)
        #expect(ascend?.effort == .blocker)
    }
}

@Suite("Answers: what a mapping tells a team, and where the catalog is silent")
struct CatalogAnswerTests {
    let catalog: Catalog

    init() throws {
        catalog = try Catalog(text: """
        @family runtime | ascend = ? [rewrite] not assessed: look for the aclrt* counterpart
        @family cusparse | ascend = - [blocker] CANN has no sparse BLAS library
        cudaMalloc | function | runtime | ascend = aclrtMalloc [mechanical] adds a policy
        cudaFuncGetAttributes | function | runtime | ascend = - [rewrite]
        cudaLaunchCooperativeKernel | function | runtime | ascend = - [blocker 950:rewrite] no grid-wide sync on A2
        cudaStreamGetCaptureInfo | function | runtime | hip = hipStreamGetCaptureInfo [direct]
        cusparseCreate | function | cusparse | hip = hipsparseCreate [direct]
        cudaThreadExit | function | runtime | ascend = ? [rewrite] deprecated
        """)
    }

    @Test("'?' reads as not assessed; '-' with a reason, or a replacement, is an answer")
    func answers() throws {
        func mapping(_ symbol: String) throws -> TargetMapping? {
            let (entry, match) = try #require(catalog.lookup(symbol))
            return catalog.mapping(for: entry, target: .ascend, wildcardMatch: match)
        }
        #expect(try mapping("cudaMalloc")?.isAnswer == true)
        #expect(try mapping("cudaLaunchCooperativeKernel")?.isAnswer == true)
        #expect(try mapping("cudaFuncGetAttributes")?.isAnswer == false, "a bare effort with no reason")
        let unassessed = try #require(try mapping("cudaStreamGetCaptureInfo"))
        #expect(unassessed.assessed == false && unassessed.replacement == nil && unassessed.isAnswer == false)
        #expect(try mapping("cusparseCreate")?.isAnswer == true, "a family-wide answer with its reason")
        #expect(try mapping("cudaThreadExit")?.assessed == false)
    }

    @Test("stats count answers per family and target")
    func stats() throws {
        let runtime = try #require(catalog.stats().families.first { $0.family == "runtime" })
        #expect(runtime.entries == 5)
        #expect(runtime.answered[.ascend] == 2)
        #expect(runtime.withReplacement[.ascend] == 1)
        #expect(runtime.answerShare(.ascend) == 0.4)
        let sparse = try #require(catalog.stats().families.first { $0.family == "cusparse" })
        #expect(sparse.answered[.ascend] == 1)
    }

    @Test("a scan counts the findings without an answer, per family")
    func scanSummary() throws {
        let scanner = Scanner(catalog: catalog, options: ScanOptions(target: .ascend))
        let findings = scanner.scan(text: """
        void f() { cudaMalloc(p, 4); cudaStreamGetCaptureInfo(s); cudaFuncGetAttributes(a, k); cusparseCreate(&h); cudaZzz(); }
        """, path: "a.cu")
        #expect(findings.map(\.symbol) == ["cudaMalloc", "cudaStreamGetCaptureInfo", "cudaFuncGetAttributes", "cusparseCreate", "cudaZzz"])
        let summary = ScanSummary(findings: findings, target: .ascend)
        #expect(summary.withoutAnswer == 3)
        #expect(summary.withoutAnswerByFamily == ["runtime": 3])
        #expect(findings[1].mappings[.ascend]?.assessed == false)
        #expect(findings[4].mappings[.ascend]?.assessed == false, "uncatalogued, on the '?' family default")
        let hip = ScanSummary(findings: findings, target: .hip)
        #expect(hip.withoutAnswer == 3, "only cudaStreamGetCaptureInfo and cusparseCreate map for hip; the rest are unassessed")
    }

    @Test("an unassessed mapping keeps its flag through JSON; assessed ones encode as before")
    func coding() throws {
        let unassessed = Mapping(replacement: nil, effort: .rewrite, note: "n", assessed: false)
        let data = try JSONEncoder().encode(unassessed)
        #expect(String(decoding: data, as: UTF8.self).contains("\"assessed\":false"))
        #expect(try JSONDecoder().decode(Mapping.self, from: data) == unassessed)
        let assessed = Mapping(replacement: "aclrtFree", effort: .direct, note: nil)
        #expect(!String(decoding: try JSONEncoder().encode(assessed), as: UTF8.self).contains("assessed"))
        let stored = #"{"replacement":"aclrtFree","effort":"direct"}"#
        #expect(try JSONDecoder().decode(Mapping.self, from: Data(stored.utf8)) == assessed, "stored before the flag existed")
    }

    @Test("310p is a chip generation")
    func generation310p() throws {
        let parsed = try Catalog(text: "__nv_bfloat16 | type | device-intrinsic | ascend = bfloat16_t [mechanical 310p:blocker] no bf16 on 310P\n")
        let (entry, _) = try #require(parsed.lookup("__nv_bfloat16"))
        let mapping = try #require(parsed.mapping(for: entry, target: .ascend))
        #expect(mapping.effort(on: .gen310p) == .blocker)
        #expect(mapping.effort(on: .a2) == .mechanical)
    }
}
