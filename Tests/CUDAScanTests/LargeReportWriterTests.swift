import Foundation
import Testing
@testable import CUDAScan

@Suite("Large scan reports: rows written as bytes, streamed")
struct LargeReportWriterTests {
    /// More findings than one rendering batch, with awkward text and one key whose findings disagree on mappings.
    static func largeReport() -> ScanReport {
        let plain: [Target: Mapping] = [.hip: Mapping(replacement: "hipMalloc", effort: .direct, note: nil),
                                        .ascend: Mapping(replacement: "aclrtMalloc", effort: .mechanical, note: "a, \"b\"\nc")]
        let other: [Target: Mapping] = [.hip: Mapping(replacement: nil, effort: .rewrite, note: "line\u{2028}sep"),
                                        .ascend: Mapping(replacement: "x", effort: .blocker, note: nil)]
        var findings: [Finding] = []
        for index in 0..<(ReportWriter.rowBatch * 3 + 37) {
            let odd = index % 7 == 3
            findings.append(Finding(
                file: "dir \(index / 100)/f,\"\(index / 50)\".cu", line: index + 1, column: index % 80 + 1,
                symbol: odd ? "cudaMalloc\u{1B}" : "cudaMalloc", key: "cudaMalloc", family: odd ? "runtime\t" : "runtime",
                kind: "function", language: .cuda, cataloged: !odd, mappings: odd ? other : plain,
                snippet: "cudaMalloc(&p, \(index)); // \\ \"q\" é"))
        }
        return ScanReport(root: "/r", target: .ascend, generation: .a2, filesScanned: 1, bytesScanned: 1, skipped: [],
                          findings: findings, duration: 0)
    }

    @Test("JSON rendered in parallel batches parses back to exactly the findings, streamed or not")
    func jsonRoundTrips() throws {
        let report = Self.largeReport()
        let whole = try Self.renderedTheSameStreamed(report, as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(whole.utf8)) as? [String: Any])
        let rows = try #require(object["findings"] as? [[String: Any]])
        #expect(rows.count == report.findings.count)
        for (row, finding) in zip(rows, report.findings) {
            #expect(row["file"] as? String == finding.file)
            #expect(row["line"] as? Int == finding.line && row["column"] as? Int == finding.column)
            #expect(row["symbol"] as? String == finding.symbol && row["family"] as? String == finding.family)
            #expect(row["cataloged"] as? Bool == finding.cataloged && row["snippet"] as? String == finding.snippet)
            let mappings = try #require(row["mappings"] as? [String: [String: Any]])
            #expect(mappings["hip"]?["effort"] as? String == finding.mappings[.hip]?.effort.rawValue)
            #expect(mappings["hip"]?["note"] as? String == finding.mappings[.hip]?.note)
            #expect(mappings["ascend"]?["replacement"] as? String == finding.mappings[.ascend]?.replacement)
        }
    }

    @Test("CSV rendered in parallel batches has one correctly quoted row per finding, in order")
    func csvRoundTrips() throws {
        let report = Self.largeReport()
        let whole = try Self.renderedTheSameStreamed(report, as: .csv)
        let rows = Self.parseCSV(whole)
        #expect(rows.first == ReportWriter.csvColumns)
        #expect(rows.count == report.findings.count + 1)
        let columns = Dictionary(uniqueKeysWithValues: ReportWriter.csvColumns.enumerated().map { ($1, $0) })
        for (row, finding) in zip(rows.dropFirst(), report.findings) {
            #expect(row.count == ReportWriter.csvColumns.count)
            #expect(row[columns["file"]!] == finding.file && row[columns["line"]!] == String(finding.line))
            #expect(row[columns["symbol"]!] == finding.symbol && row[columns["family"]!] == finding.family)
            #expect(row[columns["cataloged"]!] == String(finding.cataloged))
            #expect(row[columns["ascend_note"]!] == finding.mappings[.ascend]?.note ?? "")
            #expect(row[columns["hip_replacement"]!] == finding.mappings[.hip]?.replacement ?? "")
        }
    }

    @Test("the terminal table streams the same text, aligns every column by characters and never prints a raw escape")
    func tableAlignsAndStreams() throws {
        var report = Self.largeReport()
        report.findings[5].file = "dïr/ünïcödé.cu"
        // The widest location is in the last part of the list: the widths of all parts are combined.
        report.findings[report.findings.count - 3].file = String(repeating: "deep/", count: 30) + "kernel.cu"
        let whole = try Self.renderedTheSameStreamed(report, as: .table)
        #expect(!whole.unicodeScalars.contains { $0.value == 0x1B })
        let lines = whole.split(separator: "\n", omittingEmptySubsequences: false)
        let header = try #require(lines.firstIndex { $0.hasPrefix("location") })
        let symbolColumn = try #require(lines[header].range(of: "symbol")).lowerBound
        let offset = lines[header].distance(from: lines[header].startIndex, to: symbolColumn)
        let rows = lines[(header + 1)...].prefix(report.findings.count)
        #expect(rows.count == report.findings.count)
        for (row, finding) in zip(rows, report.findings) {
            let symbolStart = row.index(row.startIndex, offsetBy: offset)
            #expect(row[symbolStart...].hasPrefix(DisplaySanitizer.sanitize(finding.symbol)))
            #expect(row[row.index(before: symbolStart)] == " ")
        }
    }

    @Test("SARIF results stream the same text; each names its own rule and level, even when one key's findings differ")
    func sarifStreamsAndIndexesRules() throws {
        let report = Self.largeReport()
        let whole = try Self.renderedTheSameStreamed(report, as: .sarif)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(whole.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == report.findings.count)
        for (result, finding) in zip(results, report.findings) {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            #expect(result["ruleId"] as? String == "\(finding.family)/\(finding.key)")
            #expect(result["level"] as? String == ReportWriter.sarifLevel(finding.mappings[.ascend]!.effort))
            let text = ((result["message"] as? [String: Any])?["text"] as? String) ?? ""
            #expect(text.hasPrefix(finding.symbol + " ties this code to CUDA"))
        }
    }

    /// The whole report, after checking that streaming it (drained in chunks) gives the same text.
    static func renderedTheSameStreamed(_ report: ScanReport, as format: ReportFormat) throws -> String {
        let whole = ReportWriter.render(report, as: format)
        var streamed: [UInt8] = []
        let rest = ReportWriter.render(report, as: format) { streamed += $0 }
        #expect(streamed.count > 1 << 20, "the report should be large enough to be drained at least once")
        #expect(String(decoding: streamed, as: UTF8.self) + rest == whole)
        return whole
    }

    @Test func decimalsAreWrittenExactly() {
        for value in [0, 7, 10, 99, 1_000_003, Int.max, -1, Int.min] {
            var out: [UInt8] = []
            FindingRowWriter.appendDecimal(value, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == String(value))
        }
    }

    @Test("JSON strings are escaped byte by byte exactly as the tree writer escapes them")
    func jsonStringsEscapeLikeTheTreeWriter() {
        var texts = ["", "plain", "say \"hi\"", "back\\slash", "tab\tnew\nline\rcr", "\u{01}\u{1F}\u{7F}", "line\u{2028}sep\u{2029}par",
                     "… — ‘’ é 漢字 🚀", "\u{E2}\u{80}", "ends with \u{2028}", "printf(\"%d\\n\", x);"]
        // Random mixes of the bytes that matter and of multi-byte characters that start like U+2028.
        var state: UInt64 = 0xC0DE_0006
        let pieces = ["\"", "\\", "\n", "\u{0}", "\u{1B}", "\u{2028}", "\u{2029}", "\u{2027}", "\u{202A}", "…", "a", "é", "🚀", " "]
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<12 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            texts.append(text)
        }
        for text in texts {
            var out: [UInt8] = []
            FindingRowWriter.appendJSONString(text, to: &out)
            #expect(out == Array(JSONTreeWriter.quoted(text).utf8), "\(text.debugDescription)")
            var inPlace: [UInt8] = []
            withUnsafePointer(to: text) { FindingRowWriter.appendJSONString(at: $0, to: &inPlace) }
            #expect(inPlace == out)
        }
    }

    /// A strict RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var quoted = false
        let bytes = Array(text.utf8)
        var k = 0
        while k < bytes.count {
            let b = bytes[k]
            if quoted {
                if b == 0x22, k + 1 < bytes.count, bytes[k + 1] == 0x22 { field.append(0x22); k += 2; continue }
                if b == 0x22 { quoted = false } else { field.append(b) }
            } else if b == 0x22 {
                quoted = true
            } else if b == 0x2C {
                row.append(String(decoding: field, as: UTF8.self)); field = []
            } else if b == 0x0D, k + 1 < bytes.count, bytes[k + 1] == 0x0A {
                row.append(String(decoding: field, as: UTF8.self)); field = []
                rows.append(row); row = []
                k += 1
            } else {
                field.append(b)
            }
            k += 1
        }
        return rows
    }
}
