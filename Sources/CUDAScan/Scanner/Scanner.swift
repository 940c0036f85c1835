import Foundation
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
        scan(try Self.list(root: root, options: options), progress: progress)
    }

    /// Lists what a scan of `root` reads and skips, without reading any file or needing a catalog (so a caller can
    /// load the catalog meanwhile).
    public static func list(root: URL, options: ScanOptions) throws(ScanError) -> ScanListing {
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
        return ScanListing(root: root.path, files: listing.files, skipped: listing.skipped, listingTime: clock.now - started)
    }

    /// Reads and lexes every file of `listing`; the report's duration includes the listing's.
    public func scan(_ listing: ScanListing, progress: (@Sendable (ScanProgress) -> Void)? = nil) -> ScanReport {
        let clock = ContinuousClock()
        let started = clock.now
        var outcome = scanFiles(listing.files, progress: progress)
        // Each file's findings are already sorted; ordering the files by path orders the whole list. The groups
        // are taken out of `outcome` so they are uniquely referenced and can be moved without copy-on-write.
        var groups = outcome.groups
        outcome.groups = []
        groups.sort { $0.path < $1.path }
        var findings = Self.concatenate(&groups)
        // A CUDA-prefixed name the project defines in one file (`void cudaCheck(...)` in a header) is its own in all.
        if !outcome.ownNames.isEmpty {
            findings.removeAll { !$0.cataloged && outcome.ownNames.contains($0.symbol) }
        }
        let skipped = (listing.skipped + outcome.skipped).sorted { $0.path < $1.path }
        let elapsed = clock.now - started + listing.listingTime
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return ScanReport(root: listing.root, target: options.target, generation: options.generation,
                          filesScanned: outcome.files, bytesScanned: outcome.bytes, skipped: skipped, findings: findings,
                          duration: seconds)
    }

    /// Scans one in-memory file (for editors, the TUI and tests); `path` decides the language.
    public func scan(text: String, path: String) -> [Finding] {
        guard let language = Language.detect(fileName: path.split(separator: "/").last.map(String.init) ?? path) else { return [] }
        var bytes = Array(text.utf8)
        let resolver = FindingResolver(catalog: catalog, generation: options.generation)
        let candidates = bytes.withUnsafeMutableBufferPointer { language.lexer(catalog: catalog).candidates(in: UnsafeBufferPointer($0)) }
        let cache = FindingResolver.Cache()
        var findings: [Finding] = []
        for candidate in candidates {
            resolver.resolve(candidate, file: path, language: language, cache: cache, into: &findings)
        }
        return findings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// Moves every group's findings into one array without copying them (a scan can hold hundreds of thousands),
    /// on all cores: the result is fresh memory, and touching it for the first time costs a page fault per 4 KB.
    private static func concatenate(_ groups: inout [FileFindings]) -> [Finding] {
        var starts: [Int] = []
        starts.reserveCapacity(groups.count)
        var total = 0
        for group in groups {
            starts.append(total)
            total += group.findings.count
        }
        let offsets = starts
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, groups.count, total / 16_384))
        return [Finding](unsafeUninitializedCapacity: total) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            groups.withUnsafeMutableBufferPointer { all in
                // Each part moves its own groups into its own slots.
                nonisolated(unsafe) let sources = all
                nonisolated(unsafe) let destination = base
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    // One placeholder per part: its meaning's reference count is then never contended.
                    let placeholder = Finding.placeholder()
                    let range = (sources.count * part / parts)..<(sources.count * (part + 1) / parts)
                    for index in range {
                        sources[index].findings.withUnsafeMutableBufferPointer { source in
                            guard let from = source.baseAddress else { return }
                            (destination + offsets[index]).moveInitialize(from: from, count: source.count)
                            // The moved-from slots get a placeholder, so the group array's own clean-up releases
                            // nothing that now belongs to the result.
                            from.initialize(repeating: placeholder, count: source.count)
                        }
                    }
                }
            }
            initialized = total
        }
    }

    /// Top-level Python packages that live in the scanned tree itself (`pkg/…/x.py`, `src/pkg/…/x.py`), normalised.
    /// Importing or requiring the project's own package is not a third-party CUDA dependency.
    static func firstPartyPackages(_ files: [FileItem]) -> Set<String> {
        // Distinct directories first: thousands of files share a few top-level directories, and normalising a
        // name costs more than finding it.
        var directories: Set<Substring> = []
        for file in files where file.language == .python {
            let path = file.relativePath
            guard let slash = path.firstIndex(of: "/") else { continue }
            let top = path[..<slash]
            directories.insert(top)
            if top == "src", let next = path[path.index(after: slash)...].firstIndex(of: "/") {
                directories.insert(path[path.index(after: slash)..<next])
            }
        }
        return Set(directories.map { RequirementSpec.normalise(String($0)) })
    }

    /// The normalised package name of an `import:` or `pip:` key.
    static func packageName(of key: String) -> String {
        let name = key.split(separator: ":", maxSplits: 1).last.map(String.init) ?? key
        return RequirementSpec.normalise(String(name.split(separator: ".").first ?? Substring(name)))
    }

    private struct FileFindings: Sendable {
        var path: String
        var findings: [Finding]
    }

    private struct Outcome: Sendable {
        var groups: [FileFindings] = []
        var ownNames: Set<String> = []
        var skipped: [SkippedFile] = []
        var files = 0
        var bytes = 0
    }

    private func scanFiles(_ files: [FileItem], progress: (@Sendable (ScanProgress) -> Void)?) -> Outcome {
        let order = files.indices.sorted { files[$0].size > files[$1].size }  // big files first balance the workers (when known)
        let next = LockedValue(0)
        let shared = LockedValue(Outcome())
        let tally = LockedValue(ScanProgress(filesDone: 0, filesTotal: files.count, bytesDone: 0,
                                       bytesTotal: files.reduce(0) { $0 + max(0, $1.size) }))
        let workerCount = max(1, min(options.workers > 0 ? options.workers : ProcessInfo.processInfo.activeProcessorCount,
                                     max(1, files.count)))
        let resolver = FindingResolver(catalog: catalog, generation: options.generation)
        let lexers = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, $0.lexer(catalog: catalog)) })
        let maxSize = options.maxFileSize
        let firstParty = Self.firstPartyPackages(files)
        DispatchQueue.concurrentPerform(iterations: workerCount) { _ in
            var local = Outcome()
            local.ownNames.reserveCapacity(64)
            let cache = FindingResolver.Cache()
            let interner = SymbolInterner()
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let k = next.fetchAndIncrement()
                guard k < order.count else { break }
                let item = files[order[k]]
                var readBytes = 0
                switch FileReader.load(item.absolutePath, into: &buffer, maxSize: maxSize) {
                case let .failure(failure):
                    local.skipped.append(SkippedFile(path: item.relativePath, reason: failure.reason))
                case let .success(count):
                    readBytes = count
                    let lexer = lexers[item.language] ?? item.language.lexer(catalog: catalog)
                    let result = buffer.withUnsafeBufferPointer { all in
                        lexer.lex(UnsafeBufferPointer(rebasing: all[0..<count]), interner: interner)
                    }
                    if let reason = result.unreadable {
                        local.skipped.append(SkippedFile(path: item.relativePath, reason: reason))
                        break
                    }
                    local.files += 1
                    local.bytes += count
                    local.ownNames.formUnion(result.ownNames)
                    var fileFindings: [Finding] = []
                    fileFindings.reserveCapacity(result.candidates.count)
                    result.candidates.withUnsafeBufferPointer { candidates in
                        guard let base = candidates.baseAddress else { return }
                        for index in candidates.indices {
                            // Through the pointer: iterating the array copied every candidate.
                            let candidate = base + index
                            if let lead = candidate.pointee.key.utf8.first, lead == 0x69 || lead == 0x70,  // i, p
                               candidate.pointee.key.hasPrefix("import:") || candidate.pointee.key.hasPrefix("pip:"),
                               firstParty.contains(Self.packageName(of: candidate.pointee.key)) { continue }
                            resolver.resolve(at: candidate, file: item.relativePath, language: item.language, cache: cache,
                                             into: &fileFindings)
                        }
                    }
                    // Lexers emit in source order except for a few constructs (asm blocks, f-string fields).
                    if !fileFindings.isEmpty {
                        // By index: zipping the array with itself copied every finding.
                        let inOrder = fileFindings.indices.dropFirst().allSatisfy {
                            (fileFindings[$0 - 1].line, fileFindings[$0 - 1].column) <= (fileFindings[$0].line, fileFindings[$0].column)
                        }
                        if !inOrder {
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
                outcome.ownNames.formUnion(finished.ownNames)
                outcome.skipped.append(contentsOf: finished.skipped)
                outcome.files += finished.files
                outcome.bytes += finished.bytes
            }
        }
        return shared.withLock { $0 }
    }
}
