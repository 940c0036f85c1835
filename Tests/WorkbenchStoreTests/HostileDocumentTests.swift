import Foundation
import Testing
@testable import WorkbenchStore

/// Hostile workspace documents: each is refused with a `StoreError` and leaves the database as it was (no commit seen
/// from a second connection, the same overview), or it is a valid document and imports. Cases replay from seed and index.
@Suite("Hostile input: workspace documents", .onEveryBackend)
struct HostileDocumentTests {
    static let fragments = [
        "[", "]", "{", "}", "\"", ",", ":", "null", "true", "-1", "0", "1e400", "NaN", "1" + String(repeating: "9", count: 400),
        "\"\u{1b}[2J\"", "\"2026-02-30\"", "\"9999-99-99T99:99:99Z\"", "\"hours\": -3, ", "\"hours\": 1e308, ", "\"to\": \"gone\", ",
        "\"name\": \"\", ", "\"schema\": \"x\", ", "\\u0000", "\u{FEFF}", String(repeating: "[", count: 10_000),
    ]

    /// A workspace holding the demo, a second connection that sees its commits, and the state both should keep.
    struct Fixture {
        let workspace: TestWorkspace
        let observer: Workbench

        init() throws {
            workspace = try TestWorkspace()
            try workspace.workbench.importDocument(try WorkspaceDocument.load(path: ImportTests.demoPath))
            observer = try workspace.reopen()
        }

        /// What must not move when a document is refused: the counts, and the commit counter another connection sees.
        struct State: Equatable {
            let overview: WorkspaceOverview
            let dataVersion: Int
        }

        func state() throws -> State {
            State(overview: try workspace.workbench.overview(), dataVersion: try observer.dataVersion())
        }

        /// Nil when `data` was refused with a clear `StoreError` and nothing changed, or imported as a valid document.
        func problem(importing data: Data) throws -> String? {
            let before = try state()
            let clock = ContinuousClock()
            var refusal: StoreError?
            let elapsed = clock.measure {
                do throws(StoreError) {
                    try workspace.workbench.importDocument(try WorkspaceDocument.decode(data, path: "doc.json"))
                } catch {
                    refusal = error
                }
            }
            // A hang detector, not a speed test: a case takes about 10 ms, and a PostgreSQL server or a disk shared
            // with the other tests may stall for a moment.
            if elapsed > .seconds(10) { return "took \(elapsed)" }
            guard let refusal else { return nil }
            let after = try state()
            if after != before { return "refused (\(refusal)) but the database changed: \(before) → \(after)" }
            let text = refusal.description
            if text.unicodeScalars.contains(where: { $0.value < 32 || $0.value == 127 }) { return "control characters in \(text.debugDescription)" }
            return text.count > 20 ? nil : "unclear error '\(text)'"
        }
    }

    @Test("500 mutated demo documents are refused cleanly or imported")
    func mutatedDocuments() throws {
        let fixture = try Fixture()
        let demo = try Data(contentsOf: URL(fileURLWithPath: ImportTests.demoPath))
        let seed: UInt64 = 0xD0C5_0001
        let count = 500
        for index in 0..<count {
            var rng = SplitMix(state: seed &+ UInt64(index) &* 0xD1B5_4A32_D192_ED03)
            var bytes = [UInt8](demo)
            if rng.below(4) == 0 { bytes = Array(bytes.prefix(rng.below(bytes.count))) }
            for _ in 0..<(1 + rng.below(6)) {
                let at = rng.below(bytes.count + 1)
                if rng.below(3) == 0, at < bytes.count {
                    bytes[at] ^= UInt8(1 << rng.below(8))
                } else {
                    bytes.insert(contentsOf: Array(Self.fragments[rng.below(Self.fragments.count)].utf8), at: at)
                }
            }
            if let problem = try fixture.problem(importing: Data(bytes)) {
                Issue.record("seed \(seed) case \(index): \(problem)")
                return
            }
        }
        print("hostile-input: workspace documents: \(count) randomised cases, seed \(seed)")
    }

    static let attempt = #"{"schema": "drawbridge.workspace/1", "teams": [{"name": "t", "codebases": [{"name": "c", "attempts": [{"title": "a", "target": "hip", "strategy": "hip", "events": [{"at": "2026-01-01T00:00:00Z", "to": "planned"}], "interventions": [{"engineer": "e", "date": "2026-01-02", "hours": HOURS, "kind": "other", "summary": "s"}]}]}]}]}"#

    /// Constructed hostile documents (built from an index, so a failure does not print 10,000 brackets).
    static let constructedDocuments: [String] = [
        String(repeating: "[", count: 10_000), String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000),
        "{\"schema\": \"drawbridge.workspace/1\", \"teams\": " + String(repeating: "{\"a\": ", count: 10_000),
    ] + ["1e400", "1" + String(repeating: "0", count: 400), "NaN", "-Infinity", "0", "-2", "true", "\"2\"", "[]"].map {
        attempt.replacing("HOURS", with: $0)
    } + [attempt.replacing("HOURS", with: "1").replacing("\"e\"", with: "\"\\u001b[2J\""), "\u{FEFF}", ""]

    @Test("deep nesting, huge numbers, NaN, wrong types and bad values are refused with a reason",
          arguments: 0..<constructedDocuments.count)
    func constructed(_ index: Int) throws {
        let fixture = try Fixture()
        let data = Data(Self.constructedDocuments[index].utf8)
        #expect(throws: StoreError.self) { try fixture.workspace.workbench.importDocument(try WorkspaceDocument.decode(data, path: "d")) }
        let problem = try fixture.problem(importing: data)
        #expect(problem == nil, "document \(index): \(problem ?? "")")
    }

    @Test("a syntax error says what the parser found")
    func syntaxReasons() {
        let reason = "not valid JSON (truncated or malformed): Unexpected end of file during JSON parse."
        #expect(throws: StoreError.invalidDocument(path: "d", reason: reason)) {
            try WorkspaceDocument.decode(Data("{\"schema\": \"drawbridge.workspace/1\", \"teams\": [".utf8), path: "d")
        }
    }

    /// SplitMix64, as in the other suites' hostile-input tests (this target links no module that has one).
    struct SplitMix {
        var state: UInt64

        mutating func below(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = (state ^ (state >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(max(1, bound)))
        }
    }
}
