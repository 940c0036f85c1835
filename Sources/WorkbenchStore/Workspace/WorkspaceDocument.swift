import Foundation

/// A workspace (or part of one) as a JSON document: the demo workspace's format and the
/// unit of merge-import.
///
/// Teams hold codebases, codebases hold attempts, attempts hold their status events and
/// interventions. Importing merges by natural keys (team and codebase names, attempt
/// title within its codebase, identical events and interventions), so importing the same
/// document twice adds nothing.
public struct WorkspaceDocument: Codable, Sendable, Equatable {
    /// The format identifier this binary writes and reads.
    public static let currentSchema = "drawbridge.workspace/1"

    /// Always `drawbridge.workspace/1`.
    public var schema: String
    /// The teams, each with its codebases.
    public var teams: [TeamEntry]
    /// Scans linked to no codebase and no attempt (absent in hand-written documents).
    public var scans: [ScanEntry]?
    /// Benchmark sessions linked to no attempt.
    public var benchSessions: [BenchSessionEntry]?

    /// A team and its codebases.
    public struct TeamEntry: Codable, Sendable, Equatable {
        /// Team name.
        public var name: String
        /// Organisation.
        public var org: String?
        /// Migration lead.
        public var lead: String?
        /// The team's codebases.
        public var codebases: [CodebaseEntry]
    }

    /// A codebase and its attempts.
    public struct CodebaseEntry: Codable, Sendable, Equatable {
        /// Codebase name.
        public var name: String
        /// Path or URL.
        public var location: String?
        /// Main language.
        public var language: String?
        /// The codebase's attempts.
        public var attempts: [AttemptEntry]
        /// Scans of the codebase linked to none of its attempts.
        public var scans: [ScanEntry]?
    }

    /// An attempt with its full status history and interventions.
    public struct AttemptEntry: Codable, Sendable, Equatable {
        /// Title, unique within the codebase.
        public var title: String
        /// Target platform.
        public var target: Target
        /// Road taken.
        public var strategy: Strategy
        /// Stack moved from.
        public var sourceStack: String?
        /// Stack moved to.
        public var targetStack: String?
        /// Status changes, oldest first; the first creates the attempt.
        public var events: [EventEntry]
        /// Interventions.
        public var interventions: [InterventionEntry]
        /// The attempt's scans with their findings.
        public var scans: [ScanEntry]?
        /// The attempt's benchmark sessions with their results.
        public var benchSessions: [BenchSessionEntry]?
    }

    /// One status change.
    public struct EventEntry: Codable, Sendable, Equatable {
        /// When (ISO-8601 UTC timestamp).
        public var at: String
        /// The status entered.
        public var to: AttemptStatus
        /// Why.
        public var note: String?
    }

    /// One intervention.
    public struct InterventionEntry: Codable, Sendable, Equatable {
        /// Who helped.
        public var engineer: String
        /// The day.
        public var date: DayDate
        /// Hours spent.
        public var hours: Double
        /// Kind of work.
        public var kind: InterventionKind
        /// What was done.
        public var summary: String
        /// How it ended.
        public var outcome: InterventionOutcome?
    }

    /// A stored scan and its findings, as exported (row ids are ignored on import).
    public struct ScanEntry: Codable, Sendable, Equatable {
        /// The scan row.
        public var scan: Scan
        /// Its findings.
        public var findings: [Finding]
    }

    /// A stored benchmark session and its results, as exported (row ids are ignored on import).
    public struct BenchSessionEntry: Codable, Sendable, Equatable {
        /// The session row.
        public var session: BenchSession
        /// Its results.
        public var results: [BenchResult]
    }

    /// Reads and checks a document from `data`; `path` names it in errors.
    public static func decode(_ data: Data, path: String) throws(StoreError) -> WorkspaceDocument {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let document: WorkspaceDocument
        do {
            document = try decoder.decode(WorkspaceDocument.self, from: data)
        } catch let error as DecodingError {
            throw .invalidDocument(path: path, reason: Self.describe(error) + Self.syntaxDetail(error, data: data))
        } catch let error as StoreError {
            throw .invalidDocument(path: path, reason: error.description)
        } catch {
            throw .invalidDocument(path: path, reason: "\(error)")
        }
        guard document.schema == currentSchema else {
            throw .invalidDocument(
                path: path, reason: "schema is \(StoreError.quoted(document.schema)), expected \(currentSchema)")
        }
        return document
    }

    /// Reads and checks a document from a file.
    public static func load(path: String) throws(StoreError) -> WorkspaceDocument {
        // Only a regular file: a FIFO would block for ever and a device would never end.
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw .invalidDocument(path: path, reason: "file not found or not readable")
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw .invalidDocument(path: path, reason: "not a regular file")
        }
        if let size = (attributes[.size] as? NSNumber)?.intValue, size > maxDocumentBytes {
            throw .invalidDocument(path: path, reason: "\(size) bytes, more than the \(maxDocumentBytes)-byte limit")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .invalidDocument(path: path, reason: "file not found or not readable")
        }
        return try decode(data, path: path)
    }

    /// The largest document `load` reads: an export with millions of findings fits.
    public static let maxDocumentBytes = 4 << 30

    /// Where and why the bytes are not JSON (`Unexpected end of file`, `Number 1e400 is not representable`,
    /// `Too many nested arrays or dictionaries around character 513`): the decoder on Linux says only "not valid
    /// JSON", so the failed data is parsed once more, on this error path only, to learn the reason.
    private static func syntaxDetail(_ error: DecodingError, data: Data) -> String {
        guard case .dataCorrupted(let context) = error, context.codingPath.isEmpty else { return "" }
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return ""
        } catch {
            guard let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String, !text.isEmpty else { return "" }
            let clean = String(text.unicodeScalars.map { $0.value < 32 || $0.value == 127 ? "?" : Character($0) }.prefix(120))
            return ": \(clean)"
        }
    }

    /// A one-line reason for a decoding failure, naming where in the document it happened.
    private static func describe(_ error: DecodingError) -> String {
        func at(_ path: [any CodingKey]) -> String {
            let joined = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return joined.isEmpty ? "top level" : String(joined.drop(while: { $0 == "." }))
        }
        switch error {
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "not valid JSON (truncated or malformed)" }
            if let underlying = context.underlyingError as? StoreError { return "\(at(context.codingPath)): \(underlying)" }
            return "\(at(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "\(at(context.codingPath + [key])): missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(at(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
