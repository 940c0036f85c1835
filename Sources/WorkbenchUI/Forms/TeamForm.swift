import Foundation
import WorkbenchWidgets

/// The form that adds a team.
enum TeamForm {
    /// An empty team form.
    static func make() -> Form {
        Form(title: "Add a team", fields: [
            .text("name", label: "name", placeholder: "e.g. speech-platform", required: true, maxLength: 200),
            .text("org", label: "organisation", placeholder: "optional", maxLength: 200),
            .text("lead", label: "migration lead", placeholder: "optional", maxLength: 200),
        ])
    }

    /// The trimmed value of `key`, nil when blank.
    static func value(_ key: String, in values: [String: String]) -> String? {
        let text = (values[key] ?? "").trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }
}
