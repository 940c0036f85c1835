import Foundation
import Testing
@testable import CUDAScan
#if canImport(Glibc)
import Glibc
#endif

/// The whole scanner over a tree of hostile files and names, and the catalog parser over mutated catalog text.
@Suite("Hostile input: scanner and catalog")
struct HostileScanTests {
    /// Whether rendered text holds a control or bidi character other than the newlines between its lines.
    static func hasControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            (s.value < 0x20 && s != "\n") || (0x7F..<0xA0).contains(s.value) || (0x202A...0x202E).contains(s.value)
                || (0x2066...0x2069).contains(s.value) || s.value == 0x2028 || s.value == 0x2029
        }
    }

    @Test("a tree of hostile files and names is scanned in time, every skip has a reason, output has no control characters")
    func hostileTree() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        var rng = SplitMix64(seed: 0x5CA7_0001)
        let names = ["new\nline.cu", "esc\u{1b}[31mred.cu", "bidi\u{202e}uc.py", String(repeating: "long", count: 60) + ".cpp",
                     "tab\there.h", "bell\u{7}.py", "c1\u{85}x.cu", "ok.cu"]
        for (index, name) in names.enumerated() {
            var rngCase = SplitMix64(seed: SplitMix64.caseSeed(0x5CA7_0002, index))
            let bytes = Hostile.generate(&rngCase, seeds: Hostile.samples([.cuda, .python]), tokens: Hostile.cTokens)
            try Data(bytes.filter { $0 != 0 } + Array("\ncudaMalloc(&p, 4); // \u{1b}[2J\n".utf8))
                .write(to: root.appendingPathComponent(name))
        }
        // Random file contents under random names in nested directories.
        for index in 0..<40 {
            let dir = root.appendingPathComponent("d\(index % 5)/e\u{1b}\(index % 3)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let bytes = Hostile.generate(&rng, seeds: Hostile.samples([.cuda, .cpp, .python]), tokens: Hostile.pythonTokens)
            try Data(bytes).write(to: dir.appendingPathComponent("f\(index).\(rng.pick(["cu", "py", "h", "ipynb", "txt"]))"))
        }
        try Data([0, 1, 2, 0xFF] + Array("cudaMalloc".utf8)).write(to: root.appendingPathComponent("binary.cu"))
        try Data(repeating: 65, count: 70_000).write(to: root.appendingPathComponent("big.cu"))
        try Data("cudaFree(p);".utf8).write(to: root.appendingPathComponent("locked.cu"))
        chmod(root.appendingPathComponent("locked.cu").path, 0)
        #expect(symlink("loop-b.cu", root.appendingPathComponent("loop-a.cu").path) == 0)
        #expect(symlink("loop-a.cu", root.appendingPathComponent("loop-b.cu").path) == 0)
        #expect(symlink("missing.cu", root.appendingPathComponent("dangling\u{1b}.cu").path) == 0)
        #expect(symlink(".", root.appendingPathComponent("self").path) == 0)
        #expect(mkfifo(root.appendingPathComponent("pipe.cu").path, 0o644) == 0)

        let scanner = Scanner(catalog: TestSupport.catalog, options: ScanOptions(maxFileSize: 64 << 10, useGit: false))
        let clock = ContinuousClock()
        var report: ScanReport?
        let elapsed = try clock.measure { report = try scanner.scan(root: root) }
        let scan = try #require(report)
        #expect(elapsed < .seconds(30), "scan took \(elapsed)")
        let reasons = Dictionary(scan.skipped.map { ($0.path, $0.reason) }, uniquingKeysWith: { a, _ in a })
        #expect(reasons["binary.cu"] == "binary")
        #expect(reasons["big.cu"]?.hasPrefix("too large") == true)
        #expect(reasons["loop-a.cu"] == "symlink loop" && reasons["loop-b.cu"] == "symlink loop")
        #expect(reasons["dangling\u{1b}.cu"] == "broken symlink")
        #expect(reasons["self"] == "symlink to a directory (not followed)")
        #expect(reasons["pipe.cu"] == "not a regular file (fifo)")
        // Root reads through mode 000; anyone else must see the file skipped as unreadable.
        if getuid() != 0 { #expect(reasons["locked.cu"]?.hasPrefix("unreadable") == true) }
        #expect(scan.skipped.allSatisfy { !$0.reason.isEmpty })
        #expect(scan.findings.contains { $0.file == "esc\u{1b}[31mred.cu" && $0.symbol == "cudaMalloc" })
        for format in [ReportFormat.table, .markdown] {
            let text = ReportWriter.render(scan, as: format, catalog: TestSupport.catalog)
            #expect(!Self.hasControlCharacters(text), "\(format) output holds control characters")
        }
        print("hostile-input: scanner tree: \(scan.filesScanned) files scanned, \(scan.skipped.count) skipped in \(elapsed)")
    }

    /// Lines of the shipped catalog, mutated: each parse gives a catalog or a `CatalogError` naming the file and a real line.
    @Test("2,000 mutated catalog files: a catalog or an error naming file and line")
    func mutatedCatalogs() throws {
        let directory = TestSupport.catalogDirectory.path
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".catalog") }.sorted()
        let texts = files.compactMap { FileManager.default.contents(atPath: directory + "/" + $0) }
            .map { Array(String(decoding: $0, as: UTF8.self).split(separator: "\n").prefix(400).joined(separator: "\n").utf8) }
        let tokens = ["|", "=", "[", "]", " ", "@family ", "hip", "ascend = ", "[direct a2:blocker]", "*", "#", ":", "\n", "-"]
        let seed: UInt64 = 0xCA7A_0001
        let count = 2000
        var catalogs = 0
        for index in 0..<count {
            var rng = SplitMix64(seed: SplitMix64.caseSeed(seed, index))
            let bytes = Hostile.generate(&rng, seeds: texts, tokens: tokens)
            let text = String(decoding: bytes, as: UTF8.self)
            let lineCount = text.utf8.split(separator: 10, omittingEmptySubsequences: false).count
            do {
                let catalog = try Catalog(text: text, fileName: "fuzz.catalog")
                _ = catalog.lookup("cudaMalloc")
                _ = catalog.lookup(String(decoding: bytes.prefix(32), as: UTF8.self))
                catalogs += 1
            } catch {
                let line = Self.line(of: error)
                let ok = error.description.hasPrefix("fuzz.catalog:") && line.map { (1...lineCount).contains($0) } == true
                #expect(ok, "seed \(seed) case \(index): \(error)")
            }
        }
        print("hostile-input: catalog: \(count) randomised cases (\(catalogs) parsed), seed \(seed)")
    }

    static func line(of error: CatalogError) -> Int? {
        switch error {
        case let .malformedLine(_, line, _), let .unknownEffort(_, line, _), let .unknownTarget(_, line, _),
             let .unknownGeneration(_, line, _), let .duplicateSymbol(_, line, _, _):
            return line
        case .unreadable: return nil
        }
    }
}
