import Foundation

/// Turns a foreign results file into a session of one port's results (nothing on error).
public enum BenchImporter {
    /// Detects the format and imports; results are stored under `port`.
    public static func importData(_ data: Data, port: String, kernelMap: KernelNameMap = KernelNameMap(),
                                  sourceName: String = "<input>") throws(ImportError) -> BenchSession {
        if data.isEmpty { throw ImportError.empty(source: sourceName) }
        guard String(data: data.prefix(1 << 20), encoding: .utf8) != nil || data.count > 1 << 20 else {
            throw ImportError.notText(source: sourceName)
        }
        let (format, root) = try ImportFormat.detect(data, source: sourceName)
        let run: ImportedRun
        switch format {
        case .googleBenchmark: run = try GoogleBenchmarkImporter.read(root!, map: kernelMap)
        case .nvbench:
            let directory = (sourceName as NSString).deletingLastPathComponent
            run = try NvbenchImporter.read(root!, map: kernelMap, directory: directory.isEmpty ? "." : directory)
        case .hyperfine: run = try HyperfineImporter.read(root!, map: kernelMap)
        case .transcript: run = try TranscriptImporter.read(String(decoding: data, as: UTF8.self), source: sourceName, map: kernelMap)
        }
        // A transcript whose every result was wrong is still worth storing: the lead sees which kernels the port gets wrong.
        guard !run.results.isEmpty || run.failures.contains(where: \.wrongResult) else {
            throw ImportError.noResults(source: sourceName, format: format.rawValue)
        }
        var machine = run.machine
        machine.source = format.rawValue
        let results = run.results.map { r -> KernelResult in
            var r = r
            r.port = port
            if let spec = KernelSuite.standard.spec(named: r.kernel), !r.dims.isEmpty {
                let size = ProblemSize(label: r.size, dims: r.dims)
                r.applyThroughput(bytes: spec.bytes(size), flops: spec.flops(size), bound: nil, calibration: nil)
            }
            return r
        }
        let failures = run.failures.map { f -> KernelFailure in
            var f = f
            f.port = port
            return f
        }
        var detail = "imported from \(format.rawValue)"
        if format == .nvbench {
            detail += "; \(run.sampleFiles) results from per-sample files, \(run.results.count - run.sampleFiles) from summaries only"
            if let first = run.missingSampleFiles.first {
                detail += " (\(run.missingSampleFiles.count) sample file\(run.missingSampleFiles.count == 1 ? "" : "s") unusable, e.g. \(first))"
            }
        }
        if format == .transcript {
            let wrong = failures.filter(\.wrongResult).count
            detail += "; checksums: \(run.verified) agree with the c reference, \(wrong) wrong, \(run.unverified) unverified"
        }
        return BenchSession(startedAt: run.date ?? "", machine: machine, settings: SamplerSettings(), baseline: "",
                            selfCheck: false, ports: [PortStatus(name: port, available: true, detail: detail)],
                            results: results, failures: failures)
    }
}

/// What a format reader produces before it becomes a session.
struct ImportedRun {
    var machine: MachineDescription
    var date: String?
    var results: [KernelResult] = []
    var failures: [KernelFailure] = []
    /// Results whose checksum was compared with the reference and agreed (transcripts only).
    var verified = 0
    /// Results with no checksum, or of a kernel or size the suite does not have (transcripts only).
    var unverified = 0
    /// Results read from per-sample files (nvbench `--jsonbin`).
    var sampleFiles = 0
    /// Per-sample files a result named but that could not be used, with why (nvbench): summaries only.
    var missingSampleFiles: [String] = []

    /// A result from foreign samples (already in nanoseconds per call).
    static func result(kernel: String, size: String, dims: [Int], samples: [Double], checksum: Double = .nan) -> KernelResult {
        KernelResult(kernel: kernel, port: "", size: size, dims: dims, samples: samples, repsPerSample: 1,
                     stopReason: .imported, checksum: checksum, checksumOK: true, checksumError: .nan, resamples: 500)
    }
}

/// The suite dimensions for a foreign size text, when it names a rung or a plain number.
func suiteDims(kernel: String, size: String) -> [Int] {
    if let spec = KernelSuite.standard.spec(named: kernel) {
        if let rung = spec.size(size) { return rung.dims }
        if let dims = ProblemSize.parseDims(Substring(size)), dims.count == spec.sizes[0].dims.count { return dims }
    }
    return []
}
