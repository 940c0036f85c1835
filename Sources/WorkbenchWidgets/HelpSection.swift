/// A titled group of bindings in the help overlay.
public struct HelpSection: Hashable, Sendable {
    /// The heading, e.g. "This view" or "Global".
    public var title: String
    /// The bindings listed under it.
    public var bindings: [KeyBinding]

    /// A section titled `title` listing `bindings`.
    public init(title: String, bindings: [KeyBinding]) {
        self.title = title
        self.bindings = bindings
    }
}
