import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A problem that stops a scan before it starts.
public enum ScanError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The root does not exist or cannot be examined.
    case rootNotFound(path: String)

    /// A one-line message.
    public var description: String {
        switch self {
        case let .rootNotFound(path): return "\(DisplaySanitizer.sanitize(path)): no such file or directory"
        }
    }
}

/// Scans a directory tree (or one file) for CUDA ties, in parallel, using the catalog.
public struct Scanner: Sendable {
    /// The catalog used.
    public let catalog: Catalog
    /// The scan options.
    public let options: ScanOptions

    /// Creates a scanner.
    public init(catalog: Catalog, options: ScanOptions = ScanOptions()) {
        self.catalog = catalog
        self.options = options
    }

    /// Scans the tree at `root`; `progress` is called serially from worker threads after each file.
    public func scan(root: URL, progress: (@Sendable (ScanProgress) -> Void)? = nil) throws(ScanError) -> ScanReport {
        let clock = ContinuousClock()
        let started = clock.now
        var st = stat()
        guard stat(root.path, &st) == 0 else { throw .rootNotFound(path: root.path) }
        var listing: FileLister.Listing
        if (st.st_mode & S_IFMT) == S_IFDIR {
            listing = FileLister(root: root.path, options: options).list()
        } else {
            let name = root.lastPathComponent
            listing = FileLister.Listing()
            if let language = Language.detect(fileName: name), (st.st_mode & S_IFMT) == S_IFREG {
                listing.files = [FileItem(relativePath: name, absolutePath: root.path, size: Int(st.st_size), language: language)]
            } else {
                listing.skipped = [SkippedFile(path: name, reason: "not a source file the scanner reads")]
            }
        }
        let outcome = scanFiles(listing.files, progress: progress)
        // Each file's findings are already sorted; ordering the files by path orders the whole list.
        let groups = outcome.groups.sorted { $0.path < $1.path }
        var findings: [Finding] = []
        findings.reserveCapacity(groups.reduce(0) { $0 + $1.findings.count })
        for group in groups { findings.append(contentsOf: group.findings) }
        let skipped = (listing.skipped + outcome.skipped).sorted { $0.path < $1.path }
        let elapsed = clock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return ScanReport(root: root.path, target: options.target, generation: options.generation,
                          filesScanned: outcome.files, bytesScanned: outcome.bytes, skipped: skipped, findings: findings,
                          duration: seconds)
    }

    /// Scans one in-memory file (for editors, the TUI and tests); `path` decides the language.
    public func scan(text: String, path: String) -> [Finding] {
        guard let language = Language.detect(fileName: path.split(separator: "/").last.map(String.init) ?? path) else { return [] }
        var bytes = Array(text.utf8)
        let resolver = FindingResolver(catalog: catalog, generation: options.generation)
        let candidates = bytes.withUnsafeMutableBufferPointer { language.lexer(catalog: catalog).candidates(in: UnsafeBufferPointer($0)) }
        return candidates.compactMap { resolver.resolve($0, file: path, language: language) }
            .sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    private struct FileFindings: Sendable {
        var path: String
        var findings: [Finding]
    }

    private struct Outcome: Sendable {
        var groups: [FileFindings] = []
        var skipped: [SkippedFile] = []
        var files = 0
        var bytes = 0
    }

    private func scanFiles(_ files: [FileItem], progress: (@Sendable (ScanProgress) -> Void)?) -> Outcome {
        let order = files.indices.sorted { files[$0].size > files[$1].size }  // big files first balance the workers (when known)
        let next = Atomic<Int>(0)
        let shared = Mutex(Outcome())
        let tally = Mutex(ScanProgress(filesDone: 0, filesTotal: files.count, bytesDone: 0,
                                       bytesTotal: files.reduce(0) { $0 + max(0, $1.size) }))
        let workerCount = max(1, min(options.workers > 0 ? options.workers : ProcessInfo.processInfo.activeProcessorCount,
                                     max(1, files.count)))
        let resolver = FindingResolver(catalog: catalog, generation: options.generation)
        let lexers = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, $0.lexer(catalog: catalog)) })
        let maxSize = options.maxFileSize
        DispatchQueue.concurrentPerform(iterations: workerCount) { _ in
            var local = Outcome()
            let cache = FindingResolver.Cache()
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let k = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard k < order.count else { break }
                let item = files[order[k]]
                var readBytes = 0
                switch FileReader.load(item.absolutePath, into: &buffer, maxSize: maxSize) {
                case let .failure(failure):
                    local.skipped.append(SkippedFile(path: item.relativePath, reason: failure.reason))
                case let .success(count):
                    readBytes = count
                    local.files += 1
                    local.bytes += count
                    let lexer = lexers[item.language] ?? item.language.lexer(catalog: catalog)
                    let found = buffer.withUnsafeBufferPointer { all in
                        lexer.candidates(in: UnsafeBufferPointer(rebasing: all[0..<count]))
                    }
                    var fileFindings: [Finding] = []
                    fileFindings.reserveCapacity(found.count)
                    for candidate in found {
                        if let finding = resolver.resolve(candidate, file: item.relativePath, language: item.language,
                                                          cache: cache) {
                            fileFindings.append(finding)
                        }
                    }
                    // Lexers emit in source order except for a few constructs (asm blocks, f-string fields).
                    if !fileFindings.isEmpty {
                        if !zip(fileFindings, fileFindings.dropFirst()).allSatisfy({ ($0.line, $0.column) <= ($1.line, $1.column) }) {
                            fileFindings.sort { ($0.line, $0.column) < ($1.line, $1.column) }
                        }
                        local.groups.append(FileFindings(path: item.relativePath, findings: fileFindings))
                    }
                }
                if let progress {
                    tally.withLock { state in
                        state.filesDone += 1
                        state.bytesDone += readBytes
                        progress(state)
                    }
                }
            }
            let finished = local
            shared.withLock { outcome in
                outcome.groups.append(contentsOf: finished.groups)
                outcome.skipped.append(contentsOf: finished.skipped)
                outcome.files += finished.files
                outcome.bytes += finished.bytes
            }
        }
        return shared.withLock { $0 }
    }
}
