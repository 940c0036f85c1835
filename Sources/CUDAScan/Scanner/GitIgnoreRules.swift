/// The rules of the `.gitignore` files seen on the way down a directory tree, used when git itself is unavailable.
struct GitIgnoreRules: Sendable {
    struct Rule: Sendable {
        let glob: GlobPattern
        let negated: Bool
        let directoryOnly: Bool
        /// The directory (relative, `/`-terminated or empty) whose `.gitignore` held the rule.
        let base: String
        /// Whether the pattern is matched against the path below `base` (it had a `/`) rather than the name.
        let anchored: Bool
    }

    private(set) var rules: [Rule] = []

    /// Adds the rules of a `.gitignore` in directory `base` (relative path, empty for the root).
    mutating func add(text: String, base: String) {
        let prefix = base.isEmpty ? "" : base + "/"
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            while line.hasSuffix(" ") && !line.hasSuffix("\\ ") { line.removeLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            var negated = false
            if line.hasPrefix("!") { negated = true; line.removeFirst() } else if line.hasPrefix("\\!") || line.hasPrefix("\\#") {
                line.removeFirst()
            }
            var directoryOnly = false
            if line.hasSuffix("/") { directoryOnly = true; line.removeLast() }
            if line.isEmpty { continue }
            let anchored = line.contains("/")
            if line.hasPrefix("/") { line.removeFirst() }
            rules.append(Rule(glob: GlobPattern(line), negated: negated, directoryOnly: directoryOnly, base: prefix, anchored: anchored))
        }
    }

    /// Whether `path` (relative to the root) is ignored; the last matching rule decides.
    func ignores(_ path: String, isDirectory: Bool) -> Bool {
        var ignored = false
        let name = path.split(separator: "/").last.map(String.init) ?? path
        for rule in rules {
            if rule.directoryOnly && !isDirectory { continue }
            guard path.hasPrefix(rule.base) else { continue }
            let below = String(path.dropFirst(rule.base.count))
            let hit = rule.anchored ? rule.glob.matches(below) : rule.glob.matches(name)
            if hit { ignored = !rule.negated }
        }
        return ignored
    }
}
