/// How far a scan has got, for progress bars.
public struct ScanProgress: Sendable, Equatable {
    /// Files finished (scanned or skipped while reading).
    public var filesDone: Int
    /// Files to scan in total.
    public var filesTotal: Int
    /// Bytes read so far.
    public var bytesDone: Int
    /// Bytes to read in total, as far as the listing knows (git listings stat every file; tree walks do not, and report 0).
    public var bytesTotal: Int
}
