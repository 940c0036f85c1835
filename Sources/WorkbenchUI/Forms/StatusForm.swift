import Foundation
import WorkbenchStore
import WorkbenchWidgets

/// The form that moves an attempt to another status, with a note for the timeline.
enum StatusForm {
    /// A form offering every status but `current`, the next natural one first selected.
    static func make(attempt: Int64, current: AttemptStatus) -> Form {
        let options = AttemptStatus.allCases.filter { $0 != current }.map(\.rawValue)
        let preferred: AttemptStatus = current == .planned ? .active : (current == .active ? .blocked : .active)
        return Form(title: "Change the status of attempt \(attempt) (now \(current.rawValue))", fields: [
            .choice("status", label: "new status", options: options, selected: options.firstIndex(of: preferred.rawValue) ?? 0),
            .text("note", label: "note", placeholder: "why, for the timeline", maxLength: 4_000),
        ])
    }

    /// The status and note the submitted values describe.
    static func change(from values: [String: String]) throws(StoreError) -> (status: AttemptStatus, note: String?) {
        let status = try AttemptStatus.parse(values["status"] ?? "")
        let note = (values["note"] ?? "").trimmingCharacters(in: .whitespaces)
        return (status, note.isEmpty ? nil : note)
    }
}
