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

    /// Scans the tree at `root`; `progress` is called serially from worker threads after each file. The tree is
    /// listed on a thread of its own while the workers lex the files it has found.
    public func scan(root: URL, progress: (@Sendable (ScanProgress) -> Void)? = nil) throws(ScanError) -> ScanReport {
        let started = ContinuousClock.now
        return scan(try Self.startListing(root: root, options: options), root: root.path, started: started, progress: progress)
    }

    /// Lists and scans `root` while `catalog` loads: the listing starts at once on a thread of its own, `catalog` is
    /// called on this thread, and workers start lexing the files found so far as soon as it returns. A catalog error
    /// is thrown before a missing root is reported, and stops the listing.
    public static func scan(root: URL, options: ScanOptions, catalog load: () throws -> Catalog,
                            progress: (@Sendable (ScanProgress) -> Void)? = nil) throws -> ScanReport {
        let started = ContinuousClock.now
        let feed: FileFeed
        do {
            feed = try startListing(root: root, options: options)
        } catch {
            _ = try load()
            throw error
        }
        let catalog: Catalog
        do {
            catalog = try load()
        } catch {
            feed.cancel()
            _ = feed.waitForListing()
            throw error
        }
        return Scanner(catalog: catalog, options: options).scan(feed, root: root.path, started: started, progress: progress)
    }

    /// Starts listing `root` (a directory, walked on a thread of its own, or one file) into a feed.
    static func startListing(root: URL, options: ScanOptions) throws(ScanError) -> FileFeed {
        var st = stat()
        guard stat(root.path, &st) == 0 else { throw .rootNotFound(path: root.path) }
        guard (st.st_mode & S_IFMT) == S_IFDIR else {
            let name = root.lastPathComponent
            var listing = FileLister.Listing()
            if let language = Language.detect(fileName: name), (st.st_mode & S_IFMT) == S_IFREG {
                listing.files = [FileItem(relativePath: name, absolutePath: root.path, size: Int(st.st_size), language: language)]
            } else {
                listing.skipped = [SkippedFile(path: name, reason: "not a source file the scanner reads")]
            }
            return FileFeed(finished: listing)
        }
        let feed = FileFeed()
        let lister = FileLister(root: root.path, options: options, feed: feed)
        let thread = Thread { _ = lister.list() }
        // The walk recurses once per directory level: the main thread's stack, not a secondary thread's default.
        thread.stackSize = 8 << 20
        thread.start()
        return feed
    }

    /// Reads and lexes every file of `feed` as it arrives; the report's duration counts from `started`.
    private func scan(_ feed: FileFeed, root: String, started: ContinuousClock.Instant,
                      progress: (@Sendable (ScanProgress) -> Void)?) -> ScanReport {
        var outcome = scanFiles(feed, progress: progress)
        let listing = feed.waitForListing()
        // Each file's findings are already sorted; ordering the files by path orders the whole list. The groups
        // are taken out of `outcome` so they are uniquely referenced and can be moved without copy-on-write.
        var groups = outcome.groups
        outcome.groups = []
        // Importing or requiring the project's own package is not a third-party tie; which packages are the
        // project's is known once the whole tree is listed.
        let firstParty = Self.firstPartyPackages(listing.files)
        if !firstParty.isEmpty {
            for index in groups.indices where groups[index].hasPackageKeys {
                groups[index].findings.removeAll { Self.isPackageKey($0.key) && firstParty.contains(Self.packageName(of: $0.key)) }
            }
        }
        // A CUDA-prefixed name the project defines in one file (`void cudaCheck(...)` in a header) is its own in all.
        if !outcome.ownNames.isEmpty {
            for index in groups.indices where groups[index].mayHaveUncataloged {
                groups[index].findings.removeAll { !$0.cataloged && outcome.ownNames.contains($0.symbol) }
            }
        }
        groups.sort { $0.path < $1.path }
        // Each file's findings stay in their own array: the list reads them in order without copying them into one.
        let findings = FindingList(runs: groups.map(\.findings))
        let skipped = (listing.skipped + outcome.skipped).sorted { $0.path < $1.path }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return ScanReport(root: root, target: options.target, generation: options.generation,
                          filesScanned: outcome.files, bytesScanned: outcome.bytes, skipped: skipped, findings: findings,
                          duration: seconds)
    }

    /// Scans one in-memory file (for editors, the TUI and tests); `path` decides the language.
    public func scan(text: String, path: String) -> [Finding] {
        guard let language = Language.detect(fileName: path.split(separator: "/").last.map(String.init) ?? path) else { return [] }
        var bytes = Array(text.utf8)
        let resolver = FindingResolver(catalog: catalog, generation: options.generation, snippets: options.snippets)
        let lexer = language.lexer(catalog: catalog, snippets: options.snippets)
        let candidates = bytes.withUnsafeMutableBufferPointer { lexer.candidates(in: UnsafeBufferPointer($0)) }
        let cache = FindingResolver.Cache()
        var findings: [Finding] = []
        for candidate in candidates {
            resolver.resolve(candidate, file: path, language: language, cache: cache, into: &findings)
        }
        return findings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
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

    /// Whether a key names a package (`import:` or `pip:`), tested on its first byte before any prefix.
    static func isPackageKey(_ key: String) -> Bool {
        guard let lead = key.utf8.first, lead == 0x69 || lead == 0x70 else { return false }  // i, p
        return key.hasPrefix("import:") || key.hasPrefix("pip:")
    }

    /// The normalised package name of an `import:` or `pip:` key.
    static func packageName(of key: String) -> String {
        let name = key.split(separator: ":", maxSplits: 1).last.map(String.init) ?? key
        return RequirementSpec.normalise(String(name.split(separator: ".").first ?? Substring(name)))
    }
}
