import Foundation

/// The files a listing has found so far, handed to scan workers as they are found: lexing starts with the first
/// directory instead of after the last, so the walk of the tree overlaps the scan.
///
/// One thread lists (adding batches, then finishing with the whole listing); any number of workers take files
/// until the feed is finished and drained. A worker waits only when it has caught up with the listing.
final class FileFeed: @unchecked Sendable {
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var files: [FileItem] = []
    private var taken = 0
    private var knownBytes = 0
    private var listing: FileLister.Listing?
    private var cancelled = false

    init() {}

    /// A feed already finished with `listing` (one file given as the root, or a listing made elsewhere).
    convenience init(finished listing: FileLister.Listing) {
        self.init()
        add(listing.files[...])
        finish(listing)
    }

    /// Makes `batch` available to workers.
    func add(_ batch: ArraySlice<FileItem>) {
        guard !batch.isEmpty else { return }
        condition.lock()
        files.append(contentsOf: batch)
        for file in batch { knownBytes += max(0, file.size) }
        condition.broadcast()
        condition.unlock()
    }

    /// Ends the listing: `listing` holds every file added and every skip found while listing.
    func finish(_ listing: FileLister.Listing) {
        condition.lock()
        self.listing = listing
        condition.broadcast()
        condition.unlock()
    }

    /// The next file to scan, waiting while the listing may still find one; nil once every file has been taken.
    func next() -> FileItem? {
        condition.lock()
        defer { condition.unlock() }
        while taken == files.count, listing == nil { condition.wait() }
        guard taken < files.count else { return nil }
        taken += 1
        return files[taken - 1]
    }

    /// Files found so far, bytes known so far (tree walks do not stat files), and whether the listing is complete.
    var found: (files: Int, bytes: Int, complete: Bool) {
        condition.lock()
        defer { condition.unlock() }
        return (files.count, knownBytes, listing != nil)
    }

    /// Asks the listing to stop early (its result is no longer wanted).
    func cancel() {
        condition.lock()
        cancelled = true
        condition.unlock()
    }

    /// Whether `cancel()` was called; the lister checks between directories.
    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    /// Waits for the listing to finish and returns it.
    func waitForListing() -> FileLister.Listing {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let listing { return listing }
            condition.wait()
        }
    }
}
