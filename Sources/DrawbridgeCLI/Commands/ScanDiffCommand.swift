import ArgumentParser
import CUDAScan
import Foundation
import WorkbenchJobs
import WorkbenchStore

/// `drawbridge scan diff OLD NEW`: which findings two stored scans removed and added.
struct ScanDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff", abstract: "Compare two stored scans: the findings removed and added (the burn-down).")

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The older scan's id.") var old: Int64
    @Argument(help: "The newer scan's id.") var new: Int64
    @Option(help: "Output format.") var format: OutputFormat = .table

    func run() throws {
        let workbench = try workspace.open()
        let oldScan = try workbench.scan(id: old)
        let newScan = try workbench.scan(id: new)
        let target = CUDAScan.Target(rawValue: newScan.scan.target) ?? .ascend
        let diff = ScanDiff(
            old: try workbench.findings(scan: old).map { ScanRecords.scannerFinding($0, target: target) },
            new: try workbench.findings(scan: new).map { ScanRecords.scannerFinding($0, target: target) })
        let rows: [[Tabular.Value]] = diff.removed.map { row("removed", $0, target) } + diff.added.map { row("added", $0, target) }
        let table = Tabular(
            columns: [
                .init("change"), .init("file", flexible: true), .init("line", alignRight: true),
                .init("symbol"), .init("family"), .init("effort"),
            ],
            rows: rows)
        if format == .table {
            print("scan \(old) → scan \(new): \(diff.removed.count) removed, \(diff.added.count) added, "
                  + "\(diff.unchanged.count) unchanged (\(oldScan.scan.findingCount) → \(newScan.scan.findingCount) findings)")
        }
        print(format.render(table, terminalWidth: CommandEnvironment.terminalWidth(), emptyMessage: "no findings changed"),
              terminator: "")
    }

    private func row(_ change: String, _ finding: CUDAScan.Finding, _ target: CUDAScan.Target) -> [Tabular.Value] {
        [.text(change), .text(finding.file), .int(Int64(finding.line)), .text(finding.symbol), .text(finding.family),
         .text(finding.cataloged ? (finding.effort(for: target)?.rawValue ?? "unknown") : "unknown")]
    }
}
