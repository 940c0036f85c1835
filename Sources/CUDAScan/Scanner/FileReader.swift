#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files into a reusable buffer, refusing anything that is not a small regular text file.
enum FileReader {
    /// How many leading bytes are checked for NUL to call a file binary.
    static let binaryProbe = 8192

    /// Reads `path` into `buffer` (grown as needed); returns the byte count, or the reason the file is skipped.
    static func load(_ path: String, into buffer: inout [UInt8], maxSize: Int) -> Result<Int, ReadFailure> {
        // O_NONBLOCK: a FIFO swapped in after listing must not hang the worker.
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            return .failure(ReadFailure(code == ELOOP ? "symlink (not followed)" : "unreadable: \(String(cString: strerror(code)))"))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return .failure(ReadFailure("not a regular file")) }
        let expected = Int(st.st_size)
        guard expected <= maxSize else { return .failure(ReadFailure("too large (\(expected) bytes > \(maxSize))")) }
        if buffer.count < expected + 1 { buffer = [UInt8](repeating: 0, count: max(expected + 1, buffer.count * 2)) }
        var total = 0
        while true {
            if total == buffer.count {
                guard total <= maxSize else { return .failure(ReadFailure("too large (grew past \(maxSize) bytes)")) }
                buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count))
            }
            let n = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return read(fd, base + total, raw.count - total)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure("unreadable: \(String(cString: strerror(errno)))"))
            }
            if n == 0 { break }
            total += n
            // Having read the size fstat reported spares the extra read that would only confirm the end.
            if total == expected, expected > 0 { break }
        }
        guard total <= maxSize else { return .failure(ReadFailure("too large (grew past \(maxSize) bytes)")) }
        let probe = min(total, binaryProbe)
        let isBinary = buffer.withUnsafeBytes { raw in raw.baseAddress.map { memchr($0, 0, probe) != nil } ?? false }
        if isBinary { return .failure(ReadFailure("binary")) }
        return .success(total)
    }
}

/// Why a file could not be read, as shown in the skipped list.
struct ReadFailure: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
