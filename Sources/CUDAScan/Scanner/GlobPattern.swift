/// A shell-style glob over `/`-separated relative paths: `*` and `?` stay within one path component,
/// `**` spans any number of components, `[abc]`/`[!a-z]` are character classes.
public struct GlobPattern: Sendable, Hashable {
    /// The pattern text.
    public let pattern: String
    private let bytes: [UInt8]

    /// Creates a pattern.
    public init(_ pattern: String) {
        self.pattern = pattern
        self.bytes = Array(pattern.utf8)
    }

    /// Whether the whole of `path` matches.
    public func matches(_ path: String) -> Bool {
        Self.match(bytes[...], Array(path.utf8)[...])
    }

    private static func match(_ p: ArraySlice<UInt8>, _ s: ArraySlice<UInt8>) -> Bool {
        var p = p, s = s
        while let c = p.first {
            if c == 42 { // *
                if p.dropFirst().first == 42 { // **
                    var rest = p.dropFirst(2)
                    let slashAfter = rest.first == 47
                    if slashAfter { rest = rest.dropFirst() }
                    if rest.isEmpty { return true }
                    var t = s
                    while true {
                        if match(rest, t) { return true }
                        guard !t.isEmpty else { return false }
                        if slashAfter {
                            guard let slash = t.firstIndex(of: 47) else { return false }
                            t = t[(slash + 1)...]
                        } else {
                            t = t.dropFirst()
                        }
                    }
                }
                let rest = p.dropFirst()
                var t = s
                while true {
                    if match(rest, t) { return true }
                    guard let first = t.first, first != 47 else { return false }
                    t = t.dropFirst()
                }
            }
            guard let d = s.first else { return false }
            if c == 63 { // ?
                guard d != 47 else { return false }
            } else if c == 91, let close = p.dropFirst(2).firstIndex(of: 93) { // [class]
                var set = p[(p.startIndex + 1)..<close]
                let negate = set.first == 33 || set.first == 94
                if negate { set = set.dropFirst() }
                var hit = false
                var k = set.startIndex
                while k < set.endIndex {
                    if k + 2 < set.endIndex, set[k + 1] == 45 {
                        if d >= set[k] && d <= set[k + 2] { hit = true }
                        k += 3
                    } else {
                        if d == set[k] { hit = true }
                        k += 1
                    }
                }
                guard hit != negate, d != 47 else { return false }
                p = p[(close + 1)...]
                s = s.dropFirst()
                continue
            } else if c == 92, let escaped = p.dropFirst().first { // \x
                guard d == escaped else { return false }
                p = p.dropFirst()
            } else {
                guard c == d else { return false }
            }
            p = p.dropFirst()
            s = s.dropFirst()
        }
        return s.isEmpty
    }
}

/// A set of exclude globs applied to relative paths: a pattern without `/` matches any path component.
public struct ExcludeMatcher: Sendable {
    private let anchored: [GlobPattern]
    private let component: [GlobPattern]

    /// Creates a matcher from user globs.
    public init(_ patterns: [String]) {
        var anchored: [GlobPattern] = []
        var component: [GlobPattern] = []
        for raw in patterns {
            var p = raw
            while p.hasSuffix("/") { p.removeLast() }
            if p.hasPrefix("./") { p.removeFirst(2) }
            if p.isEmpty { continue }
            if p.contains("/") { anchored.append(GlobPattern(p.hasPrefix("/") ? String(p.dropFirst()) : p)) } else {
                component.append(GlobPattern(p))
            }
        }
        self.anchored = anchored
        self.component = component
    }

    /// Whether the relative path (a file or directory) is excluded.
    public func excludes(_ relativePath: String) -> Bool {
        if anchored.contains(where: { $0.matches(relativePath) }) { return true }
        guard !component.isEmpty else { return false }
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        return component.contains { $0.matches(name) }
    }
}
