/// How far a scan has got, for progress bars.
public struct ScanProgress: Sendable, Equatable {
    /// Files finished (scanned or skipped while reading).
    public var filesDone: Int
    /// Files to scan in total: those found so far while the listing runs (`listingComplete` false).
    public var filesTotal: Int
    /// Bytes read so far.
    public var bytesDone: Int
    /// Bytes to read in total, as far as the listing knows (git listings stat every file; tree walks do not, and report 0).
    public var bytesTotal: Int
    /// Whether the tree has been listed in full, so that `filesTotal` is final.
    public var listingComplete: Bool

    /// Creates a progress report.
    public init(filesDone: Int, filesTotal: Int, bytesDone: Int, bytesTotal: Int, listingComplete: Bool = true) {
        self.filesDone = filesDone
        self.filesTotal = filesTotal
        self.bytesDone = bytesDone
        self.bytesTotal = bytesTotal
        self.listingComplete = listingComplete
    }
}
