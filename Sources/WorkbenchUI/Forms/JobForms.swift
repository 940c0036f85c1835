import Foundation
import KernelBench
import WorkbenchWidgets

/// The forms that start long work in the background: a scan of a directory and a run of
/// the benchmark suite.
enum JobForms {
    /// Checks an optional attempt id.
    static let attemptCheck: FormField.Validator = { text in
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        return Int64(trimmed).map { $0 > 0 ? nil : "a positive number" } ?? "a number, or empty"
    }

    /// The scan form: a path (the last one scanned by default), the target and an optional attempt.
    static func scan(path: String, attempt: Int64?) -> Form {
        Form(title: "Scan a directory in the background", fields: [
            .text("path", label: "path", value: path, placeholder: "directory or file to scan", required: true, maxLength: 4_096,
                  validator: { text in
                      var isDirectory: ObjCBool = false
                      let path = (text.trimmingCharacters(in: .whitespaces) as NSString).expandingTildeInPath
                      return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) ? nil : "not found"
                  }),
            .choice("target", label: "target", options: ScanView.targets),
            .text("attempt", label: "attempt #", value: attempt.map(String.init) ?? "", placeholder: "optional",
                  maxLength: 12, validator: attemptCheck),
        ])
    }

    /// The benchmark form: sizes, the longest time per measurement and an optional attempt.
    static func bench(attempt: Int64?) -> Form {
        Form(title: "Run the kernel suite in the background", fields: [
            .text("sizes", label: "sizes", value: "S", placeholder: "S, M and/or L, space-separated", required: true, maxLength: 20,
                  validator: { sizes(from: $0) == nil ? "S, M or L, space-separated" : nil }),
            .text("maxTime", label: "max s per measurement", value: "2", placeholder: "seconds", required: true, maxLength: 8,
                  validator: { Double($0.trimmingCharacters(in: .whitespaces)).map { $0 > 0 && $0 <= 600 ? nil : "0 to 600 seconds" } ?? "a number" }),
            .text("attempt", label: "attempt #", value: attempt.map(String.init) ?? "", placeholder: "optional",
                  maxLength: 12, validator: attemptCheck),
        ])
    }

    /// The size labels in `text`, nil when any is not S, M or L.
    static func sizes(from text: String) -> [String]? {
        let words = text.uppercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard !words.isEmpty, words.allSatisfy({ ["S", "M", "L"].contains($0) }) else { return nil }
        return words
    }

    /// The attempt id in `values`, nil when blank.
    static func attempt(in values: [String: String]) -> Int64? {
        Int64((values["attempt"] ?? "").trimmingCharacters(in: .whitespaces))
    }

    /// The plan the benchmark form describes.
    static func plan(from values: [String: String]) -> BenchPlan {
        var plan = BenchPlan()
        plan.sizes = sizes(from: values["sizes"] ?? "") ?? ["S"]
        if let seconds = Double((values["maxTime"] ?? "").trimmingCharacters(in: .whitespaces)), seconds > 0 {
            plan.settings.maxTime = seconds
        }
        return plan
    }
}
