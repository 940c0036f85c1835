import Foundation
import WorkbenchStore

/// Grouping a large scan on a background thread, so opening it, regrouping it or
/// switching its target never freezes the screen; the scan screen collects the result on
/// a later tick and drops it if the user has asked for something else meanwhile.
final class GroupLoad: @unchecked Sendable {
    /// What was asked for: a result for another request is stale.
    struct Request: Equatable, Sendable {
        var scan: Int64
        var grouping: FindingGrouping
        var target: String?
    }

    /// The request being answered.
    let request: Request
    private let lock = NSLock()
    private var outcome: Result<[FindingGroup], StoreError>?

    /// Starts grouping `request` from `workbench` on a new thread.
    init(_ request: Request, workbench: Workbench) {
        self.request = request
        let thread = Thread { [self] in
            let result = Result { () throws(StoreError) -> [FindingGroup] in
                try workbench.findingGroups(scan: request.scan, by: request.grouping, target: request.target)
            }
            lock.withLock { outcome = result }
        }
        thread.name = "drawbridge: grouping scan \(request.scan)"
        thread.start()
    }

    /// The groups once they are ready (nil while grouping runs).
    var result: Result<[FindingGroup], StoreError>? { lock.withLock { outcome } }
}
