import ArgumentParser
import Foundation
import WorkbenchJobs
import KernelBench
import WorkbenchStore

/// `drawbridge bench import FILE --port NAME`: results measured elsewhere, stored as a port.
struct BenchImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import Google Benchmark, nvbench or hyperfine JSON, or a runner transcript, as one port's results.",
        discussion: """
            The format is detected. The file's machine description is kept. A file that is truncated or not one of \
            these formats stores nothing. Transcript checksums are checked against the c reference (a wrong result \
            is reported, not stored as a timing); nvbench --jsonbin sample files beside the JSON are read. Names such \
            as BM_triad/1048576 become suite kernels and sizes; --kernel-map names the rest.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The file to import.") var file: String
    @Option(help: "The port these results are (e.g. ascend-c, cuda-a100).") var port: String
    @Option(help: "A file of 'FOREIGN = KERNEL [SIZE]' lines naming foreign benchmarks.") var kernelMap: String?
    @Option(help: "The attempt these numbers belong to.") var attempt: Int64?
    @Option(help: "A label for the session.") var label: String?
    @Option(help: "Output format for the imported results.") var format: DetailFormat = .text

    func run() throws {
        let data: Data
        switch RegularFile.read(file, limit: 1 << 30) {
        case .success(let contents): data = contents
        case .failure(let refusal): throw ValidationError("cannot read '\(TerminalSafe.text(file))': \(refusal)")
        }
        let map = try kernelMap.map { path throws(ImportError) in try KernelNameMap.load(path: path) } ?? KernelNameMap()
        let session = try BenchImporter.importData(data, port: port, kernelMap: map, sourceName: file)
        let workbench = try workspace.open()
        let (stored, results) = BenchRecords.records(
            for: session, attempt: attempt, label: label ?? (file as NSString).lastPathComponent, source: "import",
            finishedAt: workbench.clock.now())
        let saved = try workbench.saveBenchSession(stored, results: results)
        switch format {
        case .text: print(TableReportWriter.write(session), terminator: "")
        case .json: print(try JSONReportWriter.write(session))
        }
        // The port's detail says where the numbers came from and how far they could be checked.
        let detail = session.ports.first.map { " (\(TerminalSafe.text($0.detail)))" } ?? ""
        CommandEnvironment.printError(
            "stored \(results.count) results as port '\(TerminalSafe.text(port))' in bench session \(saved.id ?? 0)\(detail)")
    }
}
