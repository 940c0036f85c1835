#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock (`flock`) on a side file, held while a database is opened
/// and migrated.
///
/// GRDB's migrator reads which migrations were applied outside the migration's own
/// transaction, so two processes migrating a brand-new file at once both try to create
/// the tables and one fails. Serialising open-and-migrate on a lock file fixes that.
final class FileLock {
    private let descriptor: Int32

    /// Opens (creating if needed) `path` and blocks until the exclusive lock is held.
    init(path: String) throws(StoreError) {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw .notWritable(
                path: path, reason: "cannot create the lock file beside the database (\(String(cString: strerror(errno))))")
        }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let reason = String(cString: strerror(errno))
            close(fd)
            throw .notWritable(path: path, reason: "cannot lock: \(reason)")
        }
        descriptor = fd
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
