/// One labelled field of a `Form`: free text or a choice from a fixed list.
public struct FormField: Sendable {
    /// The kind of input.
    public enum Kind: Hashable, Sendable {
        /// Free text, edited with readline keys.
        case text(TextField)
        /// One of `options`, cycled with Left/Right or Space.
        case choice(options: [String], selected: Int)
    }

    /// A check of the field's value: nil when valid, else the message shown next to it.
    public typealias Validator = @Sendable (String) -> String?

    /// A stable key for the value in `Form.values`.
    public var id: String
    /// The label shown left of the input.
    public var label: String
    /// The input.
    public var kind: Kind
    /// Whether an empty value is rejected with "required".
    public var isRequired: Bool
    /// Further validation run on the value (after the required check).
    public var validator: Validator?

    /// A text field.
    public static func text(_ id: String, label: String, value: String = "", placeholder: String = "", required: Bool = false, maxLength: Int? = nil, validator: Validator? = nil) -> FormField {
        FormField(id: id, label: label, kind: .text(TextField(value, placeholder: placeholder, maxLength: maxLength)),
                  isRequired: required, validator: validator)
    }

    /// A choice field over `options` with `selected` chosen (clamped).
    public static func choice(_ id: String, label: String, options: [String], selected: Int = 0) -> FormField {
        let index = options.isEmpty ? 0 : min(max(0, selected), options.count - 1)
        return FormField(id: id, label: label, kind: .choice(options: options, selected: index), isRequired: false, validator: nil)
    }

    /// A field from its parts.
    public init(id: String, label: String, kind: Kind, isRequired: Bool, validator: Validator?) {
        self.id = id
        self.label = label
        self.kind = kind
        self.isRequired = isRequired
        self.validator = validator
    }

    /// The current value: the text, or the selected option.
    public var value: String {
        switch kind {
        case .text(let field): return field.text
        case .choice(let options, let selected): return options.isEmpty ? "" : options[selected]
        }
    }

    /// The validation message for the current value, nil when valid.
    public func validationMessage() -> String? {
        let trimmed = value.trimmingSpaces()
        if isRequired && trimmed.isEmpty { return "required" }
        return validator?(value)
    }
}
