import GRDB

extension StoreError {
    /// Wraps whatever a database closure threw into a `StoreError`.
    static func wrapping(_ error: any Error) -> StoreError {
        if let storeError = error as? StoreError { return storeError }
        if let dbError = error as? DatabaseError {
            switch dbError.resultCode {
            case .SQLITE_NOTADB:
                return .database(message: "file is not a database")
            case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
                return .database(message: dbError.message ?? "cannot write the database")
            case .SQLITE_FULL:
                return .database(message: "disk is full; nothing was saved")
            default:
                return .database(message: dbError.message ?? "\(dbError.resultCode)")
            }
        }
        return .database(message: "\(error)")
    }
}

/// Runs `body`, converting any error it throws into a `StoreError`.
@inline(__always)
func storeOperation<T>(_ body: () throws -> T) throws(StoreError) -> T {
    do {
        return try body()
    } catch {
        throw StoreError.wrapping(error)
    }
}
