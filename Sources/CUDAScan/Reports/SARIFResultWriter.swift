import Foundation

/// Writes SARIF results straight into bytes and collects the rules they refer to, in order of first use.
///
/// Everything in a result except its file, line and column depends only on the finding's symbol
/// and meaning, so it is rendered once per shape of finding (`FindingShapeMemo`, as for CSV and JSON).
struct SARIFResultWriter {
    let target: Target
    let catalog: Catalog?
    /// The rules, in order of first use: a result's `ruleIndex` points into this array.
    private(set) var rules: [[String: Any]] = []
    private var ruleIndex: [String: Int] = [:]
    private var pieces = FindingShapeMemo<Pieces>()
    private var uris: [String: [UInt8]] = [:]
    private var fileRun = FileRun()
    private var lastURI: [UInt8] = []

    /// A result up to its file URI, and from the end of its region to its end.
    private final class Pieces {
        let head: [UInt8]
        let tail: [UInt8]

        init(head: [UInt8], tail: [UInt8]) {
            self.head = head
            self.tail = tail
        }
    }

    init(target: Target, catalog: Catalog?) {
        self.target = target
        self.catalog = catalog
    }

    // The templates end in a NUL that is dropped, so the space a value follows survives editors that trim lines.
    private static let region = Array("""
        ,
                        "uriBaseId" : "%SRCROOT%"
                      },
                      "region" : {
                        "startLine" : \u{0}
        """.utf8.dropLast())
    private static let column = Array(",\n                \"startColumn\" : ".utf8)

    /// Appends one result object (without a separator) to `out`.
    mutating func append(_ finding: Finding, to out: inout [UInt8]) {
        withUnsafePointer(to: finding) { append(at: $0, to: &out) }
    }

    /// Appends the result for the finding at `finding`, read field by field (passing findings by value copied each).
    mutating func append(at finding: UnsafePointer<Finding>, to out: inout [UInt8]) {
        let parts = pieces(for: finding)
        out += parts.head
        // Findings come file by file: the last file's URI is checked first.
        if fileRun.changes(at: finding) { lastURI = uri(finding.pointee.file) }
        out += lastURI
        out += Self.region
        FindingRowWriter.appendDecimal(finding.pointee.line, to: &out)
        // Columns are counted in UTF-8 bytes; SARIF counts UTF-16 units, so a line with non-ASCII text gets no column.
        if finding.pointee.snippet.utf8.allSatisfy({ $0 < 128 }) {
            out += Self.column
            FindingRowWriter.appendDecimal(finding.pointee.column, to: &out)
        }
        out += parts.tail
    }

    /// The quoted URI of `file`, made once per file.
    private mutating func uri(_ file: String) -> [UInt8] {
        if let known = uris[file] { return known }
        let uri = Array(JSONTreeWriter.quoted(ReportWriter.sarifURI(file)).utf8)
        uris[file] = uri
        return uri
    }

    private mutating func pieces(for finding: UnsafePointer<Finding>) -> Pieces {
        pieces.value(for: finding) ?? pieces.remember(makePieces(finding.pointee), for: finding)
    }

    private mutating func makePieces(_ finding: Finding) -> Pieces {
        let id = "\(finding.family)/\(finding.key)"
        let mapping = finding.mappings[target]
        let effort = mapping?.effort ?? .rewrite
        if ruleIndex[id] == nil {
            ruleIndex[id] = rules.count
            rules.append(rule(for: finding, id: id, mapping: mapping, effort: effort))
        }
        var text = "\(finding.symbol) ties this code to CUDA (\(finding.family)); on \(target.rawValue): "
        text += mapping?.replacement.map { "\($0), \(effort.rawValue)" } ?? "no known replacement, \(effort.rawValue)"
        if let note = mapping?.note { text += " — \(note)" }
        let head = """
                  {
                    "level" : "\(ReportWriter.sarifLevel(effort))",
                    "locations" : [
                      {
                        "physicalLocation" : {
                          "artifactLocation" : {
                            "uri" : \u{0}
            """
        let tail = """

                          }
                        }
                      }
                    ],
                    "message" : {
                      "text" : \(JSONTreeWriter.quoted(text))
                    },
                    "ruleId" : \(JSONTreeWriter.quoted(id)),
                    "ruleIndex" : \(ruleIndex[id] ?? 0)
                  }
            """
        return Pieces(head: Array(head.utf8.dropLast()), tail: Array(tail.utf8))
    }

    private func rule(for finding: Finding, id: String, mapping: Mapping?, effort: Effort) -> [String: Any] {
        let replacement = mapping?.replacement.map { "replace with \($0) on \(target.rawValue)" }
            ?? "no known \(target.rawValue) replacement"
        var help = "\(finding.key) (\(finding.family) \(finding.kind)): \(replacement), effort \(effort.rawValue)."
        if let note = mapping?.note { help += " \(note)." }
        if let origin = catalog?.lookup(finding.key)?.entry.origin, !origin.isEmpty {
            help += " Catalog: \(URL(fileURLWithPath: origin).lastPathComponent)."
        }
        return [
            "id": id,
            "name": ReportWriter.sarifRuleName(finding.key),
            "shortDescription": ["text": "CUDA dependency: \(finding.key)"],
            "fullDescription": ["text": help],
            "help": ["text": help],
            "defaultConfiguration": ["level": ReportWriter.sarifLevel(effort)],
            "properties": ["tags": ["cuda", finding.family, "effort-\(effort.rawValue)"], "precision": finding.cataloged ? "high" : "medium"],
        ]
    }
}
