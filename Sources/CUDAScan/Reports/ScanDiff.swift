/// The difference between two scans of the same codebase: what was removed, added and kept.
public struct ScanDiff: Sendable, Hashable {
    /// Findings of the old scan with no counterpart in the new one.
    public var removed: [Finding]
    /// Findings of the new scan with no counterpart in the old one.
    public var added: [Finding]
    /// Pairs (old, new) judged to be the same finding, possibly on a different line.
    public var unchanged: [(old: Finding, new: Finding)]

    /// Compares two finding lists.
    ///
    /// Findings match when file and symbol agree; among those, the same line text (snippet) is tried
    /// first, then what is left pairs up in order of occurrence. So inserted or deleted lines above a
    /// finding do not make it look removed and re-added.
    public init(old: [Finding], new: [Finding]) {
        struct Group { var old: [Finding] = []; var new: [Finding] = [] }
        var groups: [String: Group] = [:]
        var order: [String] = []
        for finding in old {
            let key = finding.file + "\u{0}" + finding.symbol
            if groups[key] == nil { order.append(key) }
            groups[key, default: Group()].old.append(finding)
        }
        for finding in new {
            let key = finding.file + "\u{0}" + finding.symbol
            if groups[key] == nil { order.append(key) }
            groups[key, default: Group()].new.append(finding)
        }
        var removed: [Finding] = [], added: [Finding] = [], unchanged: [(Finding, Finding)] = []
        for key in order {
            guard let group = groups[key] else { continue }
            var oldLeft = group.old.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
            var newLeft = group.new.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
            // Pass 1: identical line text, in order.
            var i = 0
            while i < oldLeft.count {
                if let j = newLeft.firstIndex(where: { $0.snippet == oldLeft[i].snippet && !$0.snippet.isEmpty }) {
                    unchanged.append((oldLeft[i], newLeft[j]))
                    oldLeft.remove(at: i)
                    newLeft.remove(at: j)
                } else {
                    i += 1
                }
            }
            // Pass 2: occurrence order among the rest (the line was edited but the call stayed).
            let paired = min(oldLeft.count, newLeft.count)
            for k in 0..<paired { unchanged.append((oldLeft[k], newLeft[k])) }
            removed += oldLeft.dropFirst(paired)
            added += newLeft.dropFirst(paired)
        }
        let byPlace: (Finding, Finding) -> Bool = { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
        self.removed = removed.sorted(by: byPlace)
        self.added = added.sorted(by: byPlace)
        self.unchanged = unchanged.sorted { byPlace($0.1, $1.1) }
    }

    /// Compares `unchanged` pairs by their files, lines and symbols.
    public static func == (lhs: ScanDiff, rhs: ScanDiff) -> Bool {
        lhs.removed == rhs.removed && lhs.added == rhs.added && lhs.unchanged.map(\.old) == rhs.unchanged.map(\.old)
            && lhs.unchanged.map(\.new) == rhs.unchanged.map(\.new)
    }

    /// Hashes the removed and added findings.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(removed)
        hasher.combine(added)
    }
}
