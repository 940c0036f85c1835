import Foundation
import Testing

/// Compares a screen with its golden file in `Screens/`, and rewrites the file instead when
/// `DRAWBRIDGE_UPDATE_SCREENS=1` (the test then fails, so nothing is recorded unnoticed).
enum GoldenScreen {
    /// The directory of the goldens.
    static var directory: URL { ScreenHarnessPaths.root.appendingPathComponent("Screens") }

    /// Checks `actual` against `Screens/<name>.txt`.
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name + ".txt")
        let text: String = actual + "\n"
        if ProcessInfo.processInfo.environment["DRAWBRIDGE_UPDATE_SCREENS"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(url.lastPathComponent); review it and run again without DRAWBRIDGE_UPDATE_SCREENS", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden \(url.path); run with DRAWBRIDGE_UPDATE_SCREENS=1 to record it", sourceLocation: sourceLocation)
            return
        }
        if expected != text {
            let message: String = "screen differs from Screens/\(name).txt:\n" + lineDiff(expected: expected, actual: text)
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

    /// The differing lines, numbered, as `-expected` / `+actual` pairs.
    static func lineDiff(expected: String, actual: String) -> String {
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        var out: [String] = []
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? old[index] : nil
            let b = index < new.count ? new[index] : nil
            guard a != b else { continue }
            let number = String(index + 1)
            let pad = String(repeating: " ", count: max(0, 4 - number.count)) + number
            if let a { out.append("\(pad) - |\(a)|") }
            if let b { out.append("\(pad) + |\(b)|") }
        }
        return out.joined(separator: "\n")
    }
}

/// Where the repository is, from this file's path.
enum ScreenHarnessPaths {
    /// The directory holding Package.swift.
    static var root: URL {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }
}
