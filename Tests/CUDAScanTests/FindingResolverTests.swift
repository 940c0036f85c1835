import Testing
@testable import CUDAScan

@Suite("Resolving candidates against the catalog")
struct FindingResolverTests {
    @Test("a method of a catalogued Python value resolves to the value's entry; the symbol stays as written")
    func methodsOfCataloguedValues() throws {
        let source = "import torch\nv = torch.version.cuda.split('.')\nok = torch.cuda.is_available()\n"
        let found = TestSupport.scan(source, path: "v.py")
        let split = try #require(found.first { $0.symbol == "torch.version.cuda.split" })
        #expect(split.key == "torch.version.cuda" && split.cataloged && split.family == "pytorch")
        #expect(split.mappings[.hip]?.replacement == "torch.version.hip")
        let available = try #require(found.first { $0.symbol == "torch.cuda.is_available" })
        #expect(available.key == "torch.cuda.is_available" && available.cataloged)
    }

    @Test("only plain dotted names of three or more parts have shorter names to stand on", arguments: [
        ("torch.version.cuda.split", ["torch.version.cuda", "torch.version"]),
        ("a.b.c.d", ["a.b.c", "a.b"]),
        ("torch.cuda", []), ("cudaMalloc", []), ("import:cupy", []), (".cuda()", []), ("\"cuda:N\"", []),
        ("thrust::device_vector", []), ("a..b.c", []),
    ])
    func dottedPrefixes(key: String, expected: [String]) {
        #expect(FindingResolver.dottedPrefixes(of: key) == expected)
    }
}
