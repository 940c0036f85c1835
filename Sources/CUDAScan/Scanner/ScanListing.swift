/// What a scan will read and what it skips, listed before any file is read.
public struct ScanListing: Sendable {
    /// The scanned directory (or file) as given.
    public let root: String
    /// The files to read.
    let files: [FileItem]
    /// Files and directories already skipped while listing, with reasons.
    public let skipped: [SkippedFile]
    /// How long the listing took (counted in the scan's duration).
    let listingTime: Duration

    /// The number of files to read.
    public var fileCount: Int { files.count }
}
