/// A key and its short label, as shown in the footer: `? help`.
public struct KeyHint: Hashable, Sendable {
    /// The key as displayed.
    public var key: String
    /// What it does, in a word or two.
    public var label: String

    /// A hint showing `key` and `label`.
    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }

    /// The hint as text, `key label`.
    public var text: String { key + " " + label }
}
