import CUDAScan
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a scan report as it is produced: to standard output, or to a temporary file
/// beside the destination that replaces it only once everything was written (a reader
/// never sees half a report, and a failed write — a full disk, a closed pipe — leaves any
/// old file in place and is reported).
final class ReportStream {
    private let handle: FileHandle
    private let temporaryPath: String?
    private let path: String?
    private var failure: (any Error)?
    /// The last byte handed to `drain`, so `finish` knows whether the output ends a line.
    private var lastByte: UInt8?

    /// A stream to `path`, or to standard output when `path` is nil or `-`.
    init(to path: String?) throws {
        guard let path, path != "-" else {
            handle = .standardOutput
            temporaryPath = nil
            self.path = nil
            return
        }
        let directory = (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw OutputDestination.WriteFailed(path: path, reason: "directory does not exist")
        }
        let name = (path as NSString).lastPathComponent
        let temporary = ((directory.isEmpty ? "." : directory) as NSString)
            .appendingPathComponent(".\(name).drawbridge-\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let opened = FileHandle(forWritingAtPath: temporary)
        else {
            throw OutputDestination.WriteFailed(path: path, reason: "cannot create a file in its directory")
        }
        handle = opened
        temporaryPath = temporary
        self.path = path
    }

    /// Writes `bytes` (the writers' drain); after a failure it writes nothing more.
    func drain(_ bytes: [UInt8]) {
        if let last = bytes.last { lastByte = last }
        guard failure == nil, !bytes.isEmpty else { return }
        // write(2) straight from the array: `FileHandle.write(contentsOf:)` copied every chunk into fresh memory
        // first, which cost a page fault per 4 KB of report.
        let descriptor = handle.fileDescriptor
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let written = write(descriptor, base + offset, raw.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0, errno == EINTR {
                    continue
                } else {
                    failure = SystemError(code: written < 0 ? errno : EIO)
                    return
                }
            }
        }
    }

    /// A failed system call's `errno`, described by `strerror`.
    struct SystemError: Error, CustomStringConvertible {
        let code: Int32
        var description: String { String(cString: strerror(code)) }
    }

    /// Writes the rest (ending it with a newline when it has none) and, for a file, moves it into place.
    func finish(_ rest: String) throws {
        var rest = Array(rest.utf8)
        // A chunk drained just before the end may have carried the final newline already.
        if (rest.last ?? lastByte) != 0x0A { rest.append(0x0A) }
        drain(rest)
        guard let temporaryPath, let path else {
            if let failure { throw OutputDestination.WriteFailed(path: "standard output", reason: Self.reason(failure)) }
            return
        }
        do {
            try handle.close()
            if let failure { throw failure }
            // rename(2) replaces the destination atomically, whether or not it exists.
            guard rename(temporaryPath, path) == 0 else {
                throw OutputDestination.WriteFailed(path: path, reason: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporaryPath)
            if let written = error as? OutputDestination.WriteFailed { throw written }
            throw OutputDestination.WriteFailed(path: path, reason: Self.reason(failure ?? error))
        }
    }

    private static func reason(_ error: any Error) -> String {
        if let system = error as? SystemError { return system.description }
        return (error as NSError).localizedDescription
    }
}
