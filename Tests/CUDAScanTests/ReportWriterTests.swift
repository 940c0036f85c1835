import Foundation
import Testing
@testable import CUDAScan

@Suite("Report writers")
struct ReportWriterTests {
    static func report() -> ScanReport {
        let code = "#include <cuda_runtime.h>\n__global__ void k() { int i = threadIdx.x; }\nint main() { cudaMalloc(&p, 4); k<<<1, 1>>>(); cudaNewThing(); }\n"
        var findings = TestSupport.scan(code, path: "src/a,b \"q\".cu")
        findings += TestSupport.scan("x = torch.ones(1).cuda()\n", path: "train.py")
        return ScanReport(root: "/repo", target: .ascend, generation: .a2, filesScanned: 2, bytesScanned: 120,
                          skipped: [SkippedFile(path: "bin/blob.cu", reason: "binary")], findings: findings, duration: 0.25)
    }

    @Test func jsonHasTheSchemaFieldsAndParses() throws {
        let report = Self.report()
        let text = ReportWriter.json(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "drawbridge.scan/1")
        #expect(object["root"] as? String == "/repo")
        #expect(object["target"] as? String == "ascend")
        #expect(object["files_scanned"] as? Int == 2)
        #expect(object["bytes_scanned"] as? Int == 120)
        let skipped = try #require(object["skipped"] as? [[String: Any]])
        #expect(skipped.first?["path"] as? String == "bin/blob.cu" && skipped.first?["reason"] as? String == "binary")
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["total"] as? Int == report.findings.count)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == report.findings.count)
        let malloc = try #require(findings.first { $0["symbol"] as? String == "cudaMalloc" })
        #expect(malloc["file"] as? String == "src/a,b \"q\".cu")
        #expect(malloc["line"] as? Int == 3 && malloc["column"] as? Int == 14)
        #expect(malloc["family"] as? String == "runtime")
        let mappings = try #require(malloc["mappings"] as? [String: [String: Any]])
        #expect(mappings["ascend"]?["replacement"] as? String == "aclrtMalloc")
        #expect(mappings["ascend"]?["effort"] as? String == "mechanical")
        #expect(mappings["hip"]?["note"] is NSNull)
        let efforts = Set(findings.flatMap { ($0["mappings"] as? [String: [String: Any]] ?? [:]).values.compactMap { $0["effort"] as? String } })
        #expect(efforts.isSubset(of: ["direct", "mechanical", "rewrite", "blocker"]))
        let unknown = try #require(findings.first { $0["symbol"] as? String == "cudaNewThing" })
        #expect(unknown["cataloged"] as? Bool == false)
    }

    @Test func sarifHasTheRequiredStructure() throws {
        let report = Self.report()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(ReportWriter.sarif(report, catalog: TestSupport.catalog).utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        #expect((object["$schema"] as? String)?.contains("sarif-2.1.0") == true)
        let runs = try #require(object["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "Drawbridge")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ruleIDs = rules.compactMap { $0["id"] as? String }
        #expect(Set(ruleIDs).count == ruleIDs.count)
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.count == report.findings.count)
        for result in results {
            let ruleID = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(ruleIDs[index] == ruleID)
            #expect(["note", "warning", "error"].contains(result["level"] as? String ?? ""))
            #expect(((result["message"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let uri = try #require((location["artifactLocation"] as? [String: Any])?["uri"] as? String)
            #expect(!uri.contains(" ") && !uri.contains("\""))
            #expect(((location["region"] as? [String: Any])?["startLine"] as? Int ?? 0) >= 1)
        }
        #expect(results.first { ($0["ruleId"] as? String)?.hasSuffix("threadIdx") == true }?["level"] as? String == "error")
        #expect(ReportWriter.sarifURI("src/a,b \"q\".cu") == "src/a%2Cb%20%22q%22.cu")
        // UTF-8 byte columns are not UTF-16 columns: lines with non-ASCII text carry no column.
        let accented = TestSupport.scan("/* é */ cudaFree(p);\n", path: "x.cu")
        let log = ReportWriter.sarif(ScanReport(root: "/r", target: .hip, generation: .a2, filesScanned: 1, bytesScanned: 1, skipped: [],
                                                findings: accented, duration: 0))
        #expect(log.contains("\"startLine\" : 1") && !log.contains("startColumn"))
    }

    @Test func csvQuotesCommasQuotesAndNewlines() {
        #expect(ReportWriter.csvField("plain") == "plain")
        #expect(ReportWriter.csvField("a,b") == "\"a,b\"")
        #expect(ReportWriter.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(ReportWriter.csvField("two\nlines") == "\"two\nlines\"")
        let text = ReportWriter.csv(Self.report())
        let rows = text.components(separatedBy: "\r\n")
        #expect(rows.first == ReportWriter.csvColumns.joined(separator: ","))
        #expect(rows.count == Self.report().findings.count + 2)
        #expect(rows[1].hasPrefix("\"src/a,b \"\"q\"\".cu\",1,11,cuda_runtime.h,"))
    }

    @Test func markdownHasTotalsTopFilesAndBlockers() {
        let text = ReportWriter.markdown(Self.report())
        #expect(text.contains("## By family and effort"))
        #expect(text.contains("| kernel-syntax |"))
        #expect(text.contains("## Top files"))
        #expect(text.contains("## Blockers on ascend"))
        #expect(text.contains("`threadIdx`"))
        #expect(text.contains("`bin/blob.cu`: binary"))
    }

    @Test func tableSummarisesByFamilyAndEffort() {
        let text = ReportWriter.table(Self.report())
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("family") && $0.contains("blocker") && $0.hasSuffix("no answer") })
        #expect(lines.contains { $0.hasPrefix("TOTAL") })
        #expect(lines.contains { $0.hasPrefix("src/a,b \"q\".cu:3:14") && $0.contains("aclrtMalloc") && $0.contains("mechanical") })
    }

    @Test func failOnComparesEffortsForTheTarget() {
        let report = Self.report()
        #expect(ReportWriter.failOn(report, threshold: .blocker))
        #expect(ReportWriter.failOn(report, threshold: .direct))
        let clean = ScanReport(root: "/r", target: .ascend, generation: .a2, filesScanned: 1, bytesScanned: 1, skipped: [],
                               findings: report.findings.filter { $0.mappings[.ascend]?.effort == .direct }, duration: 0)
        #expect(!ReportWriter.failOn(clean, threshold: .mechanical))
        #expect(ReportWriter.failOn(clean, threshold: .direct))
        #expect(!ReportWriter.failOn(report, threshold: .blocker, target: .hip))
        #expect(ReportWriter.failOn(report, threshold: .rewrite, target: .hip))  // the uncatalogued call is unassessed
    }

    @Test func reportsRoundTripThroughCodableWithKeyedMappings() throws {
        let report = Self.report()
        let data = try JSONEncoder().encode(report)
        #expect(try JSONDecoder().decode(ScanReport.self, from: data) == report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let first = try #require((object["findings"] as? [[String: Any]])?.first)
        #expect((first["mappings"] as? [String: Any])?["ascend"] != nil)
    }

    @Test func sanitizerEscapesControlCharacters() {
        #expect(DisplaySanitizer.sanitize("a\nb\u{1B}[2Jc\td\u{7F}\u{202E}") == "a\\nb\\e[2Jc\\td\\u{7f}\\u{202e}")
        #expect(DisplaySanitizer.sanitize("café") == "café")
    }
}
