import Foundation
import Testing
@testable import DrawbridgeCLI

@Suite("Streamed output")
struct ReportStreamTests {
    func temporaryFile() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("drawbridge-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("out.csv")
    }

    @Test("a report whose last chunk was drained with its final newline gets no second one")
    func newlineAtChunkBoundary() throws {
        let file = try temporaryFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let stream = try ReportStream(to: file.path)
        stream.drain(Array("a,b\r\n".utf8))
        try stream.finish("")
        #expect(try Data(contentsOf: file) == Data("a,b\r\n".utf8))
    }

    @Test("a text without a final newline gets one; nothing but the file is left in its directory")
    func newlineAdded() throws {
        let file = try temporaryFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        try OutputDestination.write("{}", to: file.path)
        #expect(try String(contentsOf: file, encoding: .utf8) == "{}\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path) == ["out.csv"])
    }
}
