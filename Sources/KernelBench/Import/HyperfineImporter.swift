/// Reads hyperfine JSON: each command's `times` (seconds) become samples.
enum HyperfineImporter {
    static func read(_ root: JSONNode, map: KernelNameMap) throws(ImportError) -> ImportedRun {
        var run = ImportedRun(machine: MachineDescription(hostname: "unknown", cpu: "unknown", cores: 0,
                                                          os: "unknown (hyperfine export records no machine)"))
        for entry in try root["results"].array() {
            let command = try entry["command"].string()
            var samples: [Double] = []
            if entry["times"].isNull {
                samples = [try entry["median"].duration(scale: 1e9)]
            } else {
                for t in try entry["times"].array() { samples.append(try t.duration(scale: 1e9)) }
                // An empty list would become a result whose median is NaN.
                guard !samples.isEmpty else {
                    throw ImportError.invalidField(source: entry.source, path: entry["times"].path, detail: "no times recorded")
                }
            }
            if let codes = try? entry["exit_codes"].array(), codes.contains(where: { (try? $0.number()) != 0 && !$0.isNull }) {
                run.failures.append(KernelFailure(kernel: command, size: "-", port: "", message: "non-zero exit codes", wrongResult: false))
            }
            let (kernel, size) = map.resolve(command, defaultSize: "-", splitArguments: false)
            run.results.append(ImportedRun.result(kernel: kernel, size: size, dims: suiteDims(kernel: kernel, size: size), samples: samples))
        }
        return run
    }
}
