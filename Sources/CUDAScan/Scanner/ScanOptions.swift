/// What a scan looks at and how.
public struct ScanOptions: Sendable {
    /// The target whose efforts drive summaries and `failOn`.
    public var target: Target
    /// The Ascend chip generation whose efforts apply.
    public var generation: ChipGeneration
    /// Glob patterns (relative paths, `**` allowed) of files and directories to leave out.
    public var excludes: [String]
    /// Whether to scan files that `.gitignore` excludes.
    public var includeIgnored: Bool
    /// Files larger than this many bytes are skipped.
    public var maxFileSize: Int
    /// Worker threads; 0 means one per active processor.
    public var workers: Int
    /// Whether to ask git for the file list when the root is in a work tree (else `.gitignore` files are parsed).
    public var useGit: Bool
    /// Whether findings carry their source line (`Finding.snippet`). A report that shows no source lines (CSV, the
    /// table, Markdown) and is not stored can leave them empty: cutting each line out and sharing equal lines was a
    /// twentieth of a large scan's work.
    public var snippets: Bool

    /// Creates options; the defaults scan for Ascend A2 with 16 MiB files at most, on all cores, keeping snippets.
    public init(target: Target = .ascend, generation: ChipGeneration = .defaultGeneration, excludes: [String] = [],
                includeIgnored: Bool = false, maxFileSize: Int = 16 << 20, workers: Int = 0, useGit: Bool = true,
                snippets: Bool = true) {
        self.target = target
        self.generation = generation
        self.excludes = excludes
        self.includeIgnored = includeIgnored
        self.maxFileSize = maxFileSize
        self.workers = workers
        self.useGit = useGit
        self.snippets = snippets
    }
}
