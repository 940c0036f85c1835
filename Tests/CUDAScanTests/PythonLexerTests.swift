import Testing
@testable import CUDAScan

@Suite("Python lexer")
struct PythonLexerTests {
    @Test func deviceStringsAreCodeButOrdinaryStringsAreNot() {
        let code = """
        a = torch.zeros(3, device="cuda")
        b = x.to('cuda:1')
        c = "cuda is fast"
        d = 'the cuda:0 device'
        e = f"cuda:{rank}"
        f = f"running on cuda {name}"
        """
        let found = TestSupport.scan(code, path: "a.py")
        #expect(found.map(\.symbol) == ["cuda", "cuda:1", "cuda:{rank}"])
        #expect(found.map(\.key) == ["\"cuda\"", "\"cuda:N\"", "\"cuda:N\""])
        #expect(found.map(\.line) == [1, 2, 5])
        #expect(found[0].mappings[.ascend]?.replacement == "\"npu\"")
    }

    @Test func ncclBackendAndProviders() {
        let code = """
        dist.init_process_group(backend='nccl', init_method='env://')
        sess = ort.InferenceSession(path, providers=["CUDAExecutionProvider"])
        """
        let found = TestSupport.scan(code, path: "a.py")
        #expect(found.map(\.symbol) == ["nccl", "CUDAExecutionProvider"])
        #expect(found[0].mappings[.ascend]?.replacement == "\"hccl\"")
        #expect(found[1].mappings[.ascend]?.replacement == "\"CANNExecutionProvider\"")
    }

    @Test func commentsDocstringsAndTripleQuotedStrings() {
        let code = #"""
        # torch.cuda.synchronize() in a comment
        def f():
            """Moves to 'cuda' and calls torch.cuda.synchronize()."""
            s = '''
            torch.cuda.empty_cache()
            '''
            torch.cuda.empty_cache()
        """#
        let found = TestSupport.scan(code, path: "a.py")
        #expect(found.map(\.symbol) == ["torch.cuda.empty_cache"])
        #expect(found.map(\.line) == [7])
    }

    @Test func methodCallsAndAttributes() {
        let code = "model = Net().cuda()\nx = y.cuda(non_blocking=True)\nif t.is_cuda: pass\nargs.cuda = True\n"
        let found = TestSupport.scan(code, path: "a.py")
        #expect(found.map(\.symbol) == [".cuda()", ".cuda()", ".is_cuda"])
        #expect(found.map(\.line) == [1, 2, 3])
        #expect(found[2].mappings[.ascend]?.replacement == ".is_npu")
    }

    @Test("a plain assignment of a module path makes an alias; calls, comparisons and other heads do not")
    func assignmentAliases() {
        let code = """
        import torch
        dev = torch.cuda
        amp = dev.amp  # an alias of an alias
        dev.synchronize()
        amp.GradScaler()
        same = x == torch.cuda
        made = torch.cuda.Stream()
        made.synchronize()
        other = numpy.linalg
        other.norm(v)
        """
        let found = TestSupport.scan(code, path: "a.py")
        #expect(found.first { $0.symbol == "dev.synchronize" }?.key == "torch.cuda.synchronize")
        #expect(found.first { $0.symbol == "amp.GradScaler" }?.key == "torch.cuda.amp.GradScaler")
        #expect(found.first { $0.line == 4 }?.line == 4)
        #expect(!found.contains { $0.symbol == "made.synchronize" })
        #expect(!found.contains { $0.symbol.hasPrefix("other") })
    }

    @Test func importAliasesExpandToCatalogNames() {
        let code = """
        import torch.cuda as tc
        from torch.cuda.amp import autocast as ac, GradScaler
        from numba import cuda
        import flash_attn.flash_attn_interface as fai
        tc.synchronize()
        with ac():
            pass
        """
        let found = TestSupport.scan(code, path: "a.py")
        let keys = found.map(\.key)
        #expect(keys.contains("torch.cuda"))
        #expect(keys.contains("torch.cuda.amp.autocast"))
        #expect(keys.contains("torch.cuda.amp.GradScaler"))
        #expect(keys.contains("import:numba.cuda"))
        #expect(keys.contains("import:flash_attn"))
        #expect(found.first { $0.symbol == "tc.synchronize" }?.key == "torch.cuda.synchronize")
        #expect(found.first { $0.symbol == "ac" && $0.line == 6 } != nil)
    }

    /// Imports become candidates only when the catalog has an `import:` entry (or rule) they could match: an import
    /// it lacks could never be a finding, and most imports are the standard library's.
    @Test func importsTheCatalogLacksAreNotCandidates() throws {
        let code = "import os, sys\nfrom collections import OrderedDict\nimport cupy as cp\nfrom numba import cuda\nimport nvidia_dali\n"
        let shipped = PythonLexer(vocabulary: TestSupport.catalog.vocabulary)
        let keys = Array(code.utf8).withUnsafeBufferPointer { shipped.candidates(in: $0) }.map(\.key)
        #expect(keys.filter { $0.hasPrefix("import:") } == ["import:cupy", "import:numba.cuda"])
        var extended = TestSupport.catalog
        extended.overlay(try Catalog(text: "import:nvidia* | python-package | python-api | hip = - [blocker]\n"))
        let withRule = PythonLexer(vocabulary: extended.vocabulary)
        let ruled = Array(code.utf8).withUnsafeBufferPointer { withRule.candidates(in: $0) }.map(\.key)
        #expect(ruled.filter { $0.hasPrefix("import:") }
                == ["import:os", "import:sys", "import:collections", "import:cupy", "import:numba.cuda", "import:nvidia_dali"])
        let findings = Scanner(catalog: extended).scan(text: code, path: "a.py")
        #expect(findings.contains { $0.symbol == "nvidia_dali" && $0.key == "import:nvidia_dali" })
    }

    @Test func fStringFieldsAreCode() {
        let code = "print(f\"mem {torch.cuda.memory_allocated() >> 20} MiB {{torch.cuda.x}}\")\n"
        let found = TestSupport.scan(code, path: "a.py")
        #expect(found.map(\.symbol) == ["torch.cuda.memory_allocated"])
        #expect(found.first?.column == 14)
    }

    @Test func setupPyExtensionsAndFlags() {
        let code = """
        from torch.utils.cpp_extension import CUDAExtension, BuildExtension
        ext = CUDAExtension("m", ["k.cu"], extra_compile_args={"nvcc": ["-O3", "--use_fast_math", "-arch=sm_80"]})
        """
        let found = TestSupport.scan(code, path: "setup.py")
        #expect(found.map(\.symbol) == ["CUDAExtension", "CUDAExtension", "nvcc", "--use_fast_math", "-arch=sm_80"])
        #expect(found.map(\.key).last == "build:sm_XX")
    }

    @Test func stringPrefixesAndEscapes() {
        let code = #"x = rb'cuda' ; y = "it\'s \"cuda\"" ; z = u'nccl'"# + "\n"
        let found = TestSupport.scan(code, path: "a.py")
        #expect(found.map(\.symbol) == ["cuda", "nccl"])
    }
}
