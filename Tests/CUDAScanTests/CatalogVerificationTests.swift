import Foundation
import Testing
@testable import CUDAScan

@Suite("catalog verify: the catalog's vendor names against reference trees")
struct CatalogVerificationTests {
    /// A small reference tree: an AscendCL-like header, an op-plugin-like source and YAML, a torch_npu-like module.
    static func referenceTree() throws -> URL {
        let root = try TestSupport.temporaryDirectory()
        try TestSupport.write("""
            #ifndef ACL_RT_H
            #define ACL_MEMCPY_HOST_TO_DEVICE 1
            /* aclrtCommentedOut(void) is only in a comment */
            // aclrtAlsoCommented
            typedef void *aclrtStream;
            ACL_FUNC_VISIBILITY aclError aclrtMalloc(void **devPtr, size_t size, aclrtMemMallocPolicy policy);
            static const char *text = "aclrtInAString";
            #endif
            """, to: "third_party/acl/inc/acl/acl_rt.h", in: root)
        try TestSupport.write("""
            at::Tensor& abs_out(const at::Tensor& self, at::Tensor& result) {
                EXEC_NPU_CMD(aclnnAbs, self, result);
                return result;
            }
            """, to: "op_plugin/ops/opapi/AbsKernelNpuOpApi.cpp", in: root)
        try TestSupport.write("""
            - func: mm(Tensor self, Tensor mat2) -> Tensor
              op_api: all_version
                exec: aclnnMm, self, mat2, out, cube_math_type
            # exec: aclnnCommentedYaml
            """, to: "op_plugin/config/op_plugin_functions.yaml", in: root)
        try TestSupport.write("""
            __all__ = ["synchronize", "device_count"]
            def synchronize(device=None):
                '''Waits for the device; aclrtInADocstring is prose.'''
                pass
            """, to: "torch_npu/npu/utils.py", in: root)
        return root
    }

    static let catalogText = """
        @family runtime | ascend = ? [rewrite] not assessed: look for the aclrt* counterpart
        cudaMalloc | function | runtime | ascend = aclrtMalloc [mechanical] policy such as ACL_MEM_MALLOC_HUGE_FIRST
        cudaMemcpyHostToDevice | constant | runtime | ascend = ACL_MEMCPY_HOST_TO_DEVICE [direct]
        cudaStream_t | type | runtime | ascend = aclrtStream [direct]
        cudaFoo | function | runtime | ascend = aclrtCommentedOut [direct]
        cudaBar | function | runtime | ascend = aclrtInAString [direct] see aclrtAlsoCommented.
        cublasSasum | function | cublas | ascend = aclnnAbs [rewrite] then aclnnReduceSum…
        cublasSgemm | function | cublas | ascend = aclnnMm [mechanical] or aclnnCommentedYaml
        <cuda_runtime.h> | header | header | ascend = acl/acl_rt.h [direct]
        <cublas_v2.h> | header | header | ascend = aclnnop/aclnn_mm.h [mechanical]
        torch.cuda.synchronize | python-api | pytorch | ascend = torch.npu.synchronize [direct] also torch_npu.npu.utils.missing_fn
        cudaMemset | function | runtime | ascend = - [mechanical] use std::memset on the host, or aclrtInADocstring
        "CUDAExecutionProvider" | string | onnxruntime | ascend = "CANNExecutionProvider" [direct]
        build:-lcudart | library | build | ascend = -lascendcl [direct]
        """

    @Test("names in code count; names only in comments, strings and docstrings do not")
    func declaredAndMissing() throws {
        let root = try Self.referenceTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let index = try DeclarationIndex(roots: [root])
        #expect(index.filesRead.c == 2 && index.filesRead.python == 1 && index.filesRead.yaml == 1)
        #expect(index.contains("aclrtMalloc") && index.contains("ACL_MEMCPY_HOST_TO_DEVICE") && index.contains("aclnnMm"))
        #expect(!index.contains("aclrtCommentedOut") && !index.contains("aclrtInAString") && !index.contains("aclnnCommentedYaml"))
        #expect(index.contains("synchronize") && index.contains("device_count") && !index.contains("aclrtInADocstring"))
        #expect(index.containsHeader("acl/acl_rt.h") && !index.containsHeader("aclnnop/aclnn_mm.h") && !index.containsHeader("l/acl_rt.h"))

        let catalog = try Catalog(text: Self.catalogText)
        let result = CatalogVerification(catalog: catalog, target: .ascend, index: index)
        let missing = Set(result.missing.map(\.name.written))
        #expect(missing == ["ACL_MEM_MALLOC_HUGE_FIRST", "aclrtCommentedOut", "aclrtInAString", "aclrtAlsoCommented",
                            "aclnnReduceSum", "aclnnCommentedYaml", "aclnnop/aclnn_mm.h", "torch_npu.npu.utils.missing_fn",
                            "aclrtInADocstring", "\"CANNExecutionProvider\""])
        let checked = Set(result.uses.map(\.name.written))
        #expect(checked.isSuperset(of: ["aclrtMalloc", "aclrtStream", "aclnnAbs", "aclnnMm", "acl/acl_rt.h", "torch.npu.synchronize"]))
        #expect(!checked.contains("std::memset") && !checked.contains("aclrt"), "standard names and bare stems are not vendor names")
        #expect(result.notCodeNames == 1, "-lascendcl is a flag")
        let sum = try #require(result.missing.first { $0.name.written == "aclnnReduceSum" })
        #expect(sum.symbol == "cublasSasum" && sum.name.field == .note && sum.origin.hasSuffix(":7"))
    }

    @Test("a missing tree or a file is an error naming the path")
    func badTrees() throws {
        #expect(throws: VerificationError.missingTree(path: "/nonexistent/cann")) {
            try DeclarationIndex(roots: [URL(fileURLWithPath: "/nonexistent/cann")])
        }
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write("x", to: "file.txt", in: root)
        let file = root.appendingPathComponent("file.txt")
        #expect(throws: VerificationError.notADirectory(path: file.path)) { try DeclarationIndex(roots: [file]) }
    }

    @Test("vendor names are picked out of replacements and prose", arguments: [
        ("aclrtMemcpy", ["aclrtMemcpy"]),
        ("AscendC::DataCopy", ["DataCopy"]),
        ("AscendC::LocalTensor<half>", ["LocalTensor"]),
        ("torch.npu.synchronize()", ["synchronize"]),
        ("std::complex<float>", []),
        ("'npu:0'", []),
        ("float", []),
    ])
    func replacementNames(replacement: String, lookups: [String]) {
        let mapping = TargetMapping(replacement: replacement, effort: .direct)
        let names = VendorName.names(in: mapping, naming: .ascend).compactMap { name -> String? in
            if case let .identifier(identifier) = name.lookup { return identifier }
            return nil
        }
        #expect(names == lookups)
    }

    @Test func noteNames() {
        let mapping = TargetMapping(replacement: nil, effort: .rewrite, note:
            "aclrtMemcpy(dst, destMax, …) then HcclAllReduce; on 950 asc_shfl_down, AscendC::ReduceSum. Not acl or aclnn (the aclrt* calls); see torch.npu.Stream…")
        #expect(VendorName.names(in: mapping, naming: .ascend).map(\.written)
                == ["aclrtMemcpy", "HcclAllReduce", "asc_shfl_down", "AscendC::ReduceSum", "torch.npu.Stream"])
    }
}
