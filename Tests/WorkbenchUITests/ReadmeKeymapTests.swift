import Foundation
import Testing
@testable import WorkbenchUI

/// The README's key table is generated from the keymap; this keeps it current.
@Suite("README key table")
struct ReadmeKeymapTests {
    static let begin = "<!-- keymap:begin -->\n"
    static let end = "<!-- keymap:end -->"

    @Test("the README lists exactly the keymap's bindings")
    func readmeTable() throws {
        let url = ScreenHarnessPaths.root.appendingPathComponent("README.md")
        let readme = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(readme.range(of: Self.begin), "README.md has no \(Self.begin)")
        let stop = try #require(readme.range(of: Self.end, range: start.upperBound..<readme.endIndex))
        let table = AppKeymap.markdownTable()
        if String(readme[start.upperBound..<stop.lowerBound]) == table { return }
        if ProcessInfo.processInfo.environment["DRAWBRIDGE_UPDATE_SCREENS"] == "1" {
            var updated = readme
            updated.replaceSubrange(start.upperBound..<stop.lowerBound, with: table)
            try updated.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("rewrote the key table in README.md; review it and run again")
        } else {
            Issue.record("README.md's key table is out of date; run with DRAWBRIDGE_UPDATE_SCREENS=1 to regenerate it")
        }
    }
}
