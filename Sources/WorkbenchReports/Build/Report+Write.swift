import Foundation
import WorkbenchStore

/// A report file that could not be written.
public struct ReportWriteError: Error, Equatable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// What went wrong.
    public var reason: String

    /// One line for a status bar or stderr.
    public var description: String { "cannot write report \(ReportText.plain(path)): \(reason)" }
}

extension Report {
    /// Builds the report on `scope`, renders it in `format` and writes it atomically into
    /// `directory` under `defaultFileName(scope:format:)`; returns the file's URL.
    ///
    /// The one call the workbench's `R` key needs: it can then say where the report went.
    @discardableResult
    public static func write(
        scope: ReportScope, format: ReportFormat, since: DayDate? = nil, from workbench: Workbench, into directory: URL
    ) throws -> URL {
        let report = try build(scope: scope, since: since, from: workbench)
        let url = directory.appendingPathComponent(defaultFileName(scope: scope, format: format))
        do {
            // `.atomic` writes a temporary file and renames it: no reader sees half a report.
            try Data(report.render(format).utf8).write(to: url, options: .atomic)
        } catch {
            throw ReportWriteError(path: url.path, reason: (error as NSError).localizedDescription)
        }
        return url
    }
}
