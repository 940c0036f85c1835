import Foundation
import WorkbenchStore
import WorkbenchWidgets

/// The log and edit forms of an intervention: fields, checks as you type, and turning the
/// values into a store draft.
enum InterventionForm {
    /// The outcome choice shown for "not recorded".
    static let noOutcome = "–"

    /// The choices of the outcome field.
    static var outcomeOptions: [String] { [noOutcome] + InterventionOutcome.allCases.map(\.rawValue) }

    /// A form with the given starting values.
    static func make(
        title: String, attempt: Int64?, engineer: String, date: DayDate, hours: String = "",
        kind: InterventionKind = .kernelPort, outcome: InterventionOutcome? = nil, summary: String = "", today: DayDate
    ) -> Form {
        let kinds = InterventionKind.allCases.map(\.rawValue)
        let outcomes = outcomeOptions
        return Form(title: title, fields: [
            .text("attempt", label: "attempt #", value: attempt.map(String.init) ?? "", placeholder: "id, e.g. 3",
                  required: true, maxLength: 12, validator: { Int64($0.trimmingCharacters(in: .whitespaces)).map { $0 > 0 ? nil : "a positive number" } ?? "a number" }),
            .text("engineer", label: "engineer", value: engineer, placeholder: "who helped", required: true, maxLength: 200),
            .text("date", label: "date", value: date.description, placeholder: "YYYY-MM-DD", required: true, maxLength: 10,
                  validator: { dateProblem($0, today: today) }),
            .text("hours", label: "hours", value: hours, placeholder: "e.g. 2.5", required: true, maxLength: 8,
                  validator: { hoursProblem($0) }),
            .choice("kind", label: "kind", options: kinds, selected: kinds.firstIndex(of: kind.rawValue) ?? 0),
            .choice("outcome", label: "outcome", options: outcomes,
                    selected: outcome.flatMap { outcomes.firstIndex(of: $0.rawValue) } ?? 0),
            .text("summary", label: "summary", value: summary, placeholder: "what was done", required: true, maxLength: 4_000),
        ])
    }

    /// The add form: the last engineer remembered and today's date.
    static func add(attempt: Int64?, engineer: String?, today: DayDate) -> Form {
        make(title: "Log an intervention", attempt: attempt, engineer: engineer ?? "", date: today, today: today)
    }

    /// The edit form of `intervention`.
    static func edit(_ intervention: Intervention, today: DayDate) -> Form {
        make(title: "Edit intervention \(intervention.id ?? 0)", attempt: intervention.attemptId, engineer: intervention.engineer,
             date: intervention.date, hours: Format.hours(intervention.hours, unit: false), kind: intervention.kind,
             outcome: intervention.outcome, summary: intervention.summary, today: today)
    }

    /// Why `text` is not an acceptable date, or nil.
    static func dateProblem(_ text: String, today: DayDate) -> String? {
        guard let day = try? DayDate(parsing: text.trimmingCharacters(in: .whitespaces)) else { return "YYYY-MM-DD" }
        return day > today ? "in the future" : nil
    }

    /// Why `text` is not an acceptable number of hours, or nil.
    static func hoursProblem(_ text: String) -> String? {
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else { return "a number" }
        if value <= 0 { return "more than 0" }
        return value > 1_000 ? "at most 1000" : nil
    }

    /// The draft the submitted values describe (the form has already checked them).
    static func draft(from values: [String: String]) throws(StoreError) -> InterventionDraft {
        let trimmed = { (key: String) in (values[key] ?? "").trimmingCharacters(in: .whitespaces) }
        guard let attempt = Int64(trimmed("attempt")) else {
            throw .invalidValue(field: "attempt", value: trimmed("attempt"), reason: "must be a number")
        }
        guard let hours = Double(trimmed("hours")) else {
            throw .invalidValue(field: "hours", value: trimmed("hours"), reason: "must be a number")
        }
        let outcome = values["outcome"].flatMap(InterventionOutcome.init(rawValue:))
        return InterventionDraft(
            attemptId: attempt, engineer: trimmed("engineer"), hours: hours,
            kind: try InterventionKind.parse(values["kind"] ?? ""), summary: values["summary"] ?? "",
            date: try DayDate(parsing: trimmed("date")), outcome: outcome)
    }
}
