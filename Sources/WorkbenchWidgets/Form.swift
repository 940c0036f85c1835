import TerminalCore

/// A form of labelled fields with validation, submit and cancel.
///
/// Tab/Down and Shift-Tab/Up move between fields; Enter or Ctrl-S submits when every field
/// is valid (otherwise focus goes to the first invalid field and messages appear next to
/// the fields); Esc cancels at once when nothing changed and asks "discard changes?" when
/// the form is dirty. A field is validated when focus leaves it, and re-validated as it is
/// edited once it shows a message.
public struct Form: Sendable {
    /// What a key did.
    public enum Outcome: Hashable, Sendable {
        /// Not a form key.
        case ignored
        /// A value changed.
        case edited
        /// Focus, cursor or prompt changed.
        case moved
        /// Submit was pressed and every field is valid; the values by field id.
        case submitted([String: String])
        /// The form was closed without saving.
        case cancelled
    }

    /// The title shown in the border.
    public var title: String
    /// The fields, top to bottom.
    public private(set) var fields: [FormField]
    /// The focused field.
    public private(set) var focus: Int = 0
    /// Validation messages shown, by field id.
    public private(set) var errors: [String: String] = [:]
    /// True while the "discard changes?" prompt is shown.
    public private(set) var isConfirmingDiscard = false
    private let initialValues: [String]
    /// Fields validated at least once (on leaving them or on submit); these re-validate live.
    private var validated: Set<String> = []

    /// A form titled `title` with `fields`; their current values count as unchanged.
    public init(title: String, fields: [FormField]) {
        self.title = title
        self.fields = fields
        self.initialValues = fields.map(\.value)
    }

    /// The values by field id.
    public var values: [String: String] {
        Dictionary(fields.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// True when any value differs from the initial one.
    public var isDirty: Bool {
        fields.map(\.value) != initialValues
    }

    /// Shows `message` next to field `id` (e.g. an error from saving), focusing it.
    public mutating func setError(_ message: String?, for id: String) {
        errors[id] = message
        if message != nil, let index = fields.firstIndex(where: { $0.id == id }) { focus = index }
    }

    /// Validates every field, records the messages, and returns whether all are valid.
    @discardableResult
    public mutating func validateAll() -> Bool {
        errors = [:]
        validated.formUnion(fields.map(\.id))
        for field in fields {
            if let message = field.validationMessage() { errors[field.id] = message }
        }
        return errors.isEmpty
    }

    /// Applies a key.
    public mutating func handle(_ key: Key) -> Outcome {
        if isConfirmingDiscard { return handleDiscardPrompt(key) }
        switch key {
        case .tab, .down: return moveFocus(by: 1)
        case .backTab, .up: return moveFocus(by: -1)
        case .enter, .ctrl("s"): return submit()
        case .escape:
            guard isDirty else { return .cancelled }
            isConfirmingDiscard = true
            return .moved
        default:
            break
        }
        guard fields.indices.contains(focus) else { return .ignored }
        switch fields[focus].kind {
        case .text(var field):
            let outcome = field.handle(key)
            fields[focus].kind = .text(field)
            if outcome == .edited {
                revalidateFocused()
                return .edited
            }
            return outcome == .moved ? .moved : .ignored
        case .choice(let options, let selected):
            guard !options.isEmpty else { return .ignored }
            let step: Int
            switch key {
            case .right, .char(" "), .char("l"): step = 1
            case .left, .char("h"): step = -1
            default: return .ignored
            }
            fields[focus].kind = .choice(options: options, selected: (selected + step + options.count) % options.count)
            revalidateFocused()
            return .edited
        }
    }

    private mutating func handleDiscardPrompt(_ key: Key) -> Outcome {
        switch key {
        case .char("y"), .char("Y"):
            isConfirmingDiscard = false
            return .cancelled
        case .char("n"), .char("N"), .escape, .enter:
            // Enter keeps editing: the safe answer is the default.
            isConfirmingDiscard = false
            return .moved
        default:
            return .moved
        }
    }

    private mutating func moveFocus(by step: Int) -> Outcome {
        guard !fields.isEmpty else { return .ignored }
        if fields.indices.contains(focus) {
            validated.insert(fields[focus].id)
            errors[fields[focus].id] = fields[focus].validationMessage()
        }
        focus = (focus + step + fields.count) % fields.count
        return .moved
    }

    private mutating func submit() -> Outcome {
        guard validateAll() else {
            focus = fields.firstIndex { errors[$0.id] != nil } ?? focus
            return .moved
        }
        return .submitted(values)
    }

    private mutating func revalidateFocused() {
        let id = fields[focus].id
        if validated.contains(id) { errors[id] = fields[focus].validationMessage() }
    }
}
